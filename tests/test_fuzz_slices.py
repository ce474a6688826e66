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


@st.composite
def predictions(draw, n):
    "Per-row predictions a loss is made relative to: mostly valid (any scale, ties, constant), sometimes hostile."
    kind = draw(st.sampled_from(["spread", "spread", "ties", "constant", "nan", "short", "text"]))
    rng = np.random.default_rng(draw(st.integers(0, 2**16)))
    if kind == "short": return rng.normal(size=max(0, n - 1))
    if kind == "text": return np.array(["a"] * n, dtype=object)
    p = rng.normal(size=n) * draw(st.sampled_from([1e-9, 1.0, 1e9]))
    if kind == "ties" and n: p = np.round(p / (np.abs(p).max() + 1e-300) * 2)
    if kind == "constant": p = np.full(n, 3.0)
    if kind == "nan" and n: p[rng.integers(n)] = np.nan
    return p


def has_features(df) -> bool:
    "Whether a table has a column besides its target (a table without is refused, as `test_slice_search` checks)."
    return df.shape[1] > 1


def test_slice_search_relative(capsys):
    "With `relative_to`, the table still matches its masks, and its relative loss is the mean of `relative_loss` on the slice."
    from mlnb.slices import relative_loss
    def body(args):
        df, (loss, err), pred, as_loss = args
        X, regression = df.drop(columns=["y"]), loss or as_loss  # 0/1 errors are a loss too: most draws get past the checks
        with bounded():
            try: table, masks = slice_search(X, err, regression=regression, depth=2, min_rows=2, relative_to=pred)
            except MlnbError:
                OUTCOMES["MlnbError"] = OUTCOMES.get("MlnbError", 0) + 1
                return
        OUTCOMES["table"] = OUTCOMES.get("table", 0) + 1
        rel = relative_loss(err, pred)
        assert np.isfinite(rel).all() and (rel >= 0).all()
        for _, r in table.iterrows():
            m = masks[r["slice"]]
            assert m.sum() == r["rows"] and np.isclose(err[m].mean(), r["error"]), r
            assert np.isclose(rel[m].mean(), r["relative loss"]), r
            assert 0 <= r["p adjusted"] <= 1, r
    strategy = frames(max_rows=40, max_cols=3).filter(has_features).flatmap(
        lambda df: st.tuples(st.just(df), errors(len(df)), predictions(len(df)), st.booleans()))
    run_property("slice_search relative_to", strategy, body, 80, capsys, succeed="table")


def test_error_tree_relative(capsys):
    """With `relative_to`, every node of the error tree agrees with its rows: its error is their mean loss, its relative loss
    their mean `relative_loss`; or the tree raises `MlnbError` (0/1 errors have no scale, predictions not one finite number
    per row, errors not finite)."""
    from mlnb.errors import error_tree
    from mlnb.slices import relative_loss
    def body(args):
        df, (loss, err), pred, as_loss = args
        X, regression = df.drop(columns=["y"]), loss or as_loss
        with bounded():
            try: nodes, _, rows = error_tree(X, err, regression=regression, max_depth=2, min_rows=2, relative_to=pred)
            except MlnbError:
                OUTCOMES["MlnbError"] = OUTCOMES.get("MlnbError", 0) + 1
                return
        OUTCOMES["tree"] = OUTCOMES.get("tree", 0) + 1
        rel = relative_loss(err, pred)
        for node, r in nodes.iterrows():
            m = rows[node]
            assert m.sum() == r["rows"] and np.isclose(err[m].mean(), r["error"]) and np.isclose(rel[m].mean(), r["relative loss"]), r
        assert np.isclose(nodes.loc[0, "relative loss"], 1.0), nodes  # a relative loss averages 1 over all rows
    strategy = frames(min_rows=1, max_rows=40, max_cols=3).filter(has_features).flatmap(
        lambda df: st.tuples(st.just(df), errors(len(df)), predictions(len(df)), st.booleans()))
    run_property("error_tree relative_to", strategy, body, 80, capsys, succeed="tree")
