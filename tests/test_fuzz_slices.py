"""Property tests (hypothesis) of the slice search and of `analyze_errors` on hostile tables and errors.

The property: `slice_search` returns a table whose every row agrees with its own mask (rows, error, interval, p-values in
range), or raises `MlnbError`; `analyze_errors` returns a `Report` whose views render, or raises `MlnbError`. Never another
exception, never a hang. The tables come from the same generator as `test_fuzz_data.py`.
"""
import numpy as np
import pandas as pd
from hypothesis import strategies as st

from mlnb.core import MlnbError
from mlnb.errors import analyze_errors
from mlnb.slices import slice_search
from test_fuzz_data import OUTCOMES, api_property, bounded, frames, run_property


@st.composite
def errors(draw, n):
    "Per-row errors: mostly valid (0/1, or a loss), sometimes hostile (NaN, inf, negative, 2, the wrong length)."
    kind = draw(st.sampled_from(["01", "01", "loss", "loss", "nan", "negative", "two", "short"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**16)))
    if kind == "short": return False, rng.integers(0, 2, max(0, n - 1)).astype(float)
    if kind == "01": return False, (rng.random(n) < draw(st.floats(0, 1))).astype(float)
    e = rng.exponential(1.0, n) * draw(st.sampled_from([1e-9, 1.0, 1e9]))
    if kind == "nan" and n: e[rng.integers(n)] = draw(st.sampled_from([np.nan, np.inf]))
    if kind == "negative" and n: e[rng.integers(n)] = -1.0
    if kind == "two" and n: return False, np.where(np.arange(n) == 0, 2.0, 0.0)
    return True, e


def check_table(X, err, regression, depth):
    "Run the search; when it returns, each row must match its own mask."
    with bounded():
        try: table, masks = slice_search(X, err, regression=regression, depth=depth, min_rows=2)
        except MlnbError:
            OUTCOMES["MlnbError"] = OUTCOMES.get("MlnbError", 0) + 1
            return
    OUTCOMES["table"] = OUTCOMES.get("table", 0) + 1
    assert table["slice"].is_unique
    for _, r in table.iterrows():
        m = masks[r["slice"]]
        assert m.sum() == r["rows"] and np.isclose(err[m].mean(), r["error"]), r
        assert r["ci low"] - 1e-9 <= r["error"] <= r["ci high"] + 1e-9, r
        assert 0 <= r["p adjusted"] <= 1 and r["p"] <= r["p adjusted"] + 1e-12, r


def test_slice_search(capsys):
    def body(args):
        df, (regression, err), depth = args
        check_table(df.drop(columns=["y"]), err, regression, depth)
    strategy = st.tuples(frames(max_rows=40, max_cols=4), st.just(None), st.integers(1, 3)).flatmap(
        lambda t: st.tuples(st.just(t[0]), errors(len(t[0])), st.just(t[2])))
    run_property("slice_search", strategy, body, 120, capsys, succeed="table")


def test_analyze_errors(capsys):
    def body(args):
        df, seed = args
        X = df.drop(columns=["y"])
        rng = np.random.default_rng(seed)
        y = pd.Series(rng.integers(0, 2, len(df)))
        y_pred = np.where(rng.random(len(df)) < 0.3, 1 - y, y)
        api_property(analyze_errors, None, X, y, y_pred=y_pred, max_depth=2)
    run_property("analyze_errors", st.tuples(frames(min_rows=1, max_rows=40, max_cols=3), st.integers(0, 2**16)), body, 60, capsys)
