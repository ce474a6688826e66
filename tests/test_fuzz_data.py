"""Property tests (hypothesis) of every public function that takes a table, and of the CLI commands that read one.

The property, from DESIGN.md's contract: a function returns a `Report` or raises `MlnbError` (a clear, user-facing
error); a command exits 0, 1 or 2 with no traceback. Never another exception, never a hang: every call runs under a
wall-clock bound (`bounded`). Each property prints how many examples it ran and asserts a minimum, so a run that
silently generated nothing fails. Set CI=true for a fixed (derandomized) sequence of examples.
"""
import contextlib, os, signal, string, time

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from mlnb.core import MlnbError, Report
from mlnb.data import summarize
from mlnb.leakage import check_leakage
from mlnb.metrics import baselines, suggest_metrics
from mlnb.split import preview_split, split_data
from mlnb.validate import validate

CALL_SECONDS = 20  # one call on a table of at most a few hundred rows; far above what any takes
SETTINGS = dict(deadline=None,  # the per-call bound below is what catches hangs; hypothesis' deadline flakes on slow CI
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                       HealthCheck.function_scoped_fixture],
                derandomize=os.environ.get("CI", "").lower() == "true", print_blob=True)


class Hang(Exception):
    "A call ran longer than its bound."


@contextlib.contextmanager
def bounded(seconds=CALL_SECONDS):
    "Raise `Hang` in the calling thread when the block runs longer than `seconds`."
    def alarm(*_): raise Hang(f"call ran longer than {seconds} s")
    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try: yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


OUTCOMES = {}  # the property's outcomes in the current run: "report", "MlnbError", "exit 0" ...


def api_property(fn, *args, **kwargs):
    "The API property: `fn` returns a Report or raises MlnbError."
    with bounded():
        try: result = fn(*args, **kwargs)
        except MlnbError:
            OUTCOMES["MlnbError"] = OUTCOMES.get("MlnbError", 0) + 1
            return None
    assert isinstance(result, Report), type(result)
    result.to_dict(), result.to_text(), result.to_html()  # every view renders
    OUTCOMES["report"] = OUTCOMES.get("report", 0) + 1
    return result


def run_property(name, strategy, body, examples, cap, minimum=None, succeed:str|None="report", known=()):
    "Run `body` on `examples` drawn from `strategy` (and the `known` ones); print how many ran and how they ended; check both."
    count = 0
    OUTCOMES.clear()
    def prop(value):
        nonlocal count
        count += 1
        body(value)
    for k in known: prop = example(k)(prop)  # a valid input always runs, so `succeed` does not depend on luck
    prop = settings(max_examples=examples, **SETTINGS)(given(strategy)(prop))
    t0 = time.perf_counter()
    prop()
    with cap.disabled():
        print(f"\n[hypothesis] {name}: {count} examples in {time.perf_counter() - t0:.1f} s; outcomes {dict(sorted(OUTCOMES.items()))}")
    assert count >= (minimum if minimum is not None else examples // 2), f"{name} ran only {count} examples"
    if succeed: assert OUTCOMES.get(succeed, 0) >= 1, f"{name}: no example got past the input checks ({OUTCOMES})"


# --- random tables

CELLS = ["a", "b", "yes", "1", "2.5", "", " ", "NaN", "inf", "-inf", "2024-01-05", "05/01/2024", "31/01/2024",
         "13/02/2024", "2024-01-05T10:00:00+01:00", "2024-01-05 10:00", "Zürich", "line\nbreak", "1e308"]
NAMES = st.sampled_from(["a", "b", "x", "Zürich", "line\nbreak", "", " ", "1", "a.1", "日付", "date"]) | st.text(max_size=4)
FLOATS = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.0, 1.0, np.nan, np.inf, -np.inf])
TEXT = st.sampled_from(CELLS) | st.text(max_size=6)
MIXED = st.one_of(st.none(), st.integers(-5, 5), FLOATS, TEXT, st.booleans())
DATES = st.datetimes(min_value=pd.Timestamp("1900-01-01").to_pydatetime(), max_value=pd.Timestamp("2100-01-01").to_pydatetime())


@st.composite
def column(draw, n):
    "n values of one randomly chosen kind, as pandas would hold them."
    kind = draw(st.sampled_from(["float", "int", "bool", "text", "mixed", "dates", "date text", "missing", "constant"]))
    if kind == "missing": return pd.Series([np.nan] * n, dtype="float64")
    if kind == "constant": return pd.Series([draw(MIXED)] * n, dtype=object)
    if kind == "mixed": return pd.Series(draw(st.lists(MIXED, min_size=n, max_size=n)), dtype=object)
    if kind == "date text":
        fmt = draw(st.sampled_from(["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "mixed"]))
        days = draw(st.lists(DATES, min_size=n, max_size=n))
        return pd.Series([d.strftime(fmt if fmt != "mixed" else ("%Y-%m-%d" if i % 2 else "%d/%m/%Y")) for i, d in enumerate(days)])
    elem = {"float": FLOATS, "int": st.integers(-10**6, 10**6), "bool": st.booleans(), "text": TEXT, "dates": DATES}[kind]
    return pd.Series(draw(st.lists(elem, min_size=n, max_size=n)))


TARGETS = st.sampled_from(["binary", "classes", "float", "inf", "one", "yes", "text", "missing", "some missing"])


@st.composite
def target(draw, n, kinds=TARGETS):
    kind = draw(kinds)
    if kind == "one": return pd.Series([1] * n)
    if kind == "missing": return pd.Series([np.nan] * n)
    elem = {"binary": st.integers(0, 1), "classes": st.sampled_from(["a", "b", "c"]), "float": st.floats(-1e6, 1e6),
            "inf": FLOATS, "yes": st.sampled_from([0, 1, "yes"]), "text": TEXT, "some missing": st.none() | st.integers(0, 1)}[kind]
    return pd.Series(draw(st.lists(elem, min_size=n, max_size=n)), dtype=object if kind in ("yes", "some missing") else None)


@st.composite
def frames(draw, max_rows=25, max_cols=4, min_rows=0, targets=TARGETS):
    "A table with a target `y`: random dtypes, NaN, inf, empty, unicode / newline / repeated names, sometimes MultiIndex."
    n = draw(st.integers(min_rows, max_rows))
    names = draw(st.lists(NAMES.filter(lambda s: s != "y"), max_size=max_cols))
    cols = [draw(column(n)) for _ in names] + [draw(target(n, targets))]
    df = pd.concat([c.reset_index(drop=True) for c in cols], axis=1) if cols else pd.DataFrame()
    df.columns = names + ["y"]
    if names and draw(st.integers(0, 9)) == 0:  # now and then, two header levels
        df.columns = pd.MultiIndex.from_tuples([(str(c), "v") for c in df.columns])
    return df


def split_pair(df, at):
    k = max(1, min(len(df) - 1, int(len(df) * at)))
    return df.iloc[:k], df.iloc[k:]


# --- the Python API

def test_summarize(capsys):
    run_property("summarize", frames(), lambda df: api_property(summarize, df, target="y"), 150, capsys)


def test_validate(capsys):
    def body(args):
        df, at = args
        api_property(validate, df, target="y")
        api_property(validate, *split_pair(df, at), target="y")
    run_property("validate", st.tuples(frames(), st.floats(0.2, 0.8)), body, 80, capsys)


def test_check_leakage(capsys):
    def body(args):
        df, at, role = args
        cols = [c for c in df.columns if c != "y"]
        time_col = cols[0] if role == "time" and cols else None
        groups = cols[-1] if role == "groups" and cols else None
        api_property(check_leakage, *split_pair(df, at), "y", time=time_col, groups=groups)
    run_property("check_leakage", st.tuples(frames(), st.floats(0.2, 0.8), st.sampled_from([None, "time", "groups"])),
                 body, 80, capsys)


def test_split_and_preview(capsys):
    def body(args):
        df, strategy, use_time, seed = args
        cols = [c for c in df.columns if c != "y"]
        time_col = cols[0] if use_time and cols else None
        with bounded():
            try: split = split_data(df, "y", strategy=strategy, time=time_col, seed=seed)
            except MlnbError:
                OUTCOMES["split_data: MlnbError"] = OUTCOMES.get("split_data: MlnbError", 0) + 1
                return
        api_property(preview_split, split, plots=False)
    strategies = st.sampled_from(["auto", "random", "stratified", "time"])
    seeds = st.none() | st.integers(-2, 2**33)
    run_property("split_data + preview_split", st.tuples(frames(), strategies, st.booleans(), seeds), body, 80, capsys)


def test_suggest_metrics(capsys):
    run_property("suggest_metrics", frames(max_cols=0), lambda df: api_property(suggest_metrics, df["y"]), 150, capsys)


def test_baselines_on_tiny_tables(capsys):
    body = lambda df: api_property(baselines, df, "y", cv=2, plot=False)
    usable = st.sampled_from(["binary", "binary", "classes", "float", "inf", "yes"])  # mostly targets a model can learn
    good = pd.DataFrame({"x": np.arange(20.0), "c": ["a", "b"] * 10, "y": [0, 1, 1, 0] * 5})
    run_property("baselines", frames(min_rows=12, max_rows=30, max_cols=2, targets=usable), body, 8, capsys, minimum=4, known=[good])


def test_large_tables_stay_fast(capsys):
    "A cheap generator of many rows (repeated blocks): each check runs within its bound."
    rng = np.random.default_rng(0)
    n = 200_000
    df = pd.DataFrame({"x": np.tile(rng.normal(size=1000), n // 1000), "d": np.tile(pd.date_range("2020-01-01", periods=1000).strftime("%d/%m/%Y"), n // 1000),
                       "t": np.tile(np.array(["a", "b", "1"], dtype=object), n // 3 + 1)[:n], "y": np.tile([0, 1], n // 2)})
    df.loc[7, "x"] = np.inf
    t0 = time.perf_counter()
    for fn, args in ((summarize, (df,)), (validate, (df,)), (check_leakage, split_pair(df, 0.8)), (suggest_metrics, (df["y"],))):
        r = api_property(fn, *args, **({"target": "y"} if fn in (summarize, validate) else {"target": "y"} if fn is check_leakage else {}))
        assert r is not None
    with bounded(): preview_split(df, target="y", time="d", plots=False)
    with capsys.disabled(): print(f"\n[large] {n:,} rows through summarize, validate, check_leakage, suggest_metrics, preview_split: {time.perf_counter() - t0:.1f} s")


# --- the command line, in-process, on random files

def cli_property(capfd, argv):
    "The CLI property: exit 0, 1 or 2, no traceback."
    from mlnb.cli import main
    capfd.readouterr()
    with bounded():
        status = main([str(a) for a in argv])
    out, err = capfd.readouterr()
    OUTCOMES[f"exit {status}"] = OUTCOMES.get(f"exit {status}", 0) + 1
    assert status in (0, 1, 2), (argv, status, err[-2000:])
    assert "Traceback" not in err, err[-2000:]
    if status == 2: assert err.startswith("mlnb: error: "), err


COMMANDS = st.sampled_from([("check",), ("split",), ("metrics", "suggest"), ("baselines",)])
SUFFIXES = st.sampled_from([".csv", ".tsv", ".parquet", ".jsonl", ".json", ".feather", ".csv.gz"])


def test_cli_on_random_bytes(capfd, tmp_path):
    def body(args):
        command, suffix, data = args
        path = tmp_path/f"data{suffix}"
        path.write_bytes(data)
        cli_property(capfd, [*command, path, "--target", "y", "--format", "json"])
    run_property("cli random bytes", st.tuples(COMMANDS, SUFFIXES, st.binary(max_size=300)), body, 60, capfd, succeed=None)


@st.composite
def csv_text(draw):
    "CSV text that pandas mostly reads: a header (with y, repeats, unicode), rows of random cells."
    names = draw(st.lists(st.sampled_from(["a", "b", "date", "Zürich", "x y", "", "y"]) | st.text(string.ascii_letters, max_size=3),
                          max_size=3))
    names.insert(draw(st.integers(0, len(names))), "y")
    n = draw(st.integers(0, 40))
    cell = st.sampled_from(CELLS[:-2] + ["0", "1", "0", "1", "3.5", "-2"]) | st.text(string.printable, max_size=4)
    kinds = [draw(st.sampled_from(["cell", "int", "float", "date"])) for _ in names]  # most columns keep one type
    value = {"cell": cell, "int": st.integers(0, 3).map(str), "float": st.floats(-1e3, 1e3).map(repr),
             "date": st.sampled_from(["2024-01-%02d" % d for d in range(1, 29)] + ["%02d/02/2024" % d for d in range(1, 29)])}
    rows = [[draw(value[k] if draw(st.integers(0, 19)) else cell) for k in kinds] for _ in range(n)]
    sep = draw(st.sampled_from([",", ",", ",", ";"]))
    quote = lambda v: '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ",;\"\n\r") else v
    return "\n".join(sep.join(quote(v) for v in row) for row in [names] + rows) + "\n"


def test_cli_on_random_csv(capfd, tmp_path):
    def body(args):
        command, text, extra = args
        path = tmp_path/"table.csv"
        path.write_text(text, encoding="utf-8")
        cli_property(capfd, [*command, path, "--target", "y", "--format", "json", *extra])
    extras = st.sampled_from([(), ("--time", "date"), ("--groups", "a"), ("--seed", "-1"), ("--time", "date", "--time-format", "%d/%m/%Y")])
    extras_for = lambda cmd: extras.filter(lambda e: not (cmd == ("metrics", "suggest") and e) and not (cmd == ("check",) and "--seed" in e))
    run_property("cli random CSV", COMMANDS.flatmap(lambda c: st.tuples(st.just(c), csv_text(), extras_for(c))), body, 100, capfd, succeed="exit 0",
                 known=[(("check",), "a,y\n" + "".join(f"{i},{i % 2}\n" for i in range(30)), ())])
