"""Property tests of the pipeline's entry points (issue 11): whatever the spec, notebook or value, a result or an
MlnbError (Python), exit 0 / 1 / 2 with no traceback (command line); never another exception, never a hang.

- random bytes, and random YAML specs built from the spec's own keys with values both plausible and hostile, as
  `mlnb.yml` through `load_pipeline`, `pipeline_status` and `mlnb status` (with random `-p` and `--sweep`);
- random bytes, random JSON and notebook-shaped JSON as a notebook through `notebook_parameters` and `mlnb params`;
- random values through `record` outside a pipeline, read back with `recorded(None, name)`.

Nothing here starts a kernel. Each example is bounded by hypothesis' `deadline`; the file runs in about half a minute.
How many examples each property ran is printed and kept in the test's user properties (`--junitxml`), and
`--hypothesis-show-statistics` shows hypothesis' own account. MLNB_FUZZ_SCALE=20 (say) hunts longer than CI affords.
"""
import contextlib, io, json, math, os, shutil, tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings, strategies as st

import mlnb.pipeline as pl
from mlnb.cli import main
from mlnb.core import MlnbError, Report

SCALE = float(os.environ.get("MLNB_FUZZ_SCALE", "1"))
FUZZ = settings(max_examples=int(250 * SCALE), deadline=3000, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
COUNTS: dict[str, int] = {}
pytestmark = pytest.mark.timeout(240)


def count(name: str) -> None: COUNTS[name] = COUNTS.get(name, 0) + 1


@pytest.fixture(autouse=True)
def report_examples(request, record_property):
    "After each property: how many examples it ran, printed and kept as a user property."
    yield
    n = COUNTS.get(request.node.name, 0)
    record_property("examples", n)
    print(f"{request.node.name}: {n} examples")


def cli(*argv) -> tuple[int, str]:
    "`mlnb ARGV` in this process: the exit status is 0, 1 or 2, and stderr holds no traceback."
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([str(a) for a in argv])
    err = err.getvalue()
    assert status in (0, 1, 2) and "Traceback" not in err, (status, err[-2000:])
    if status == 2: assert err.startswith("mlnb: ") and err.count("\n") == 1, err
    return status, err


def api(fn, *args, **kw):
    "`fn(...)`'s result, or None when it raised an MlnbError (one line, naming what and where); any other exception fails."
    try: return fn(*args, **kw)
    except MlnbError as ex:
        assert str(ex).strip() and ex.what, repr(ex)
        return None


# --- a pipeline folder the specs point into

def _notebook(params, *cells):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    if params is not None:
        c = nbformat.v4.new_code_cell(params); c.metadata["tags"] = ["parameters"]; nb.cells.append(c)
    nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    return nb


@pytest.fixture(scope="module")
def root():
    d = Path(tempfile.mkdtemp(prefix="mlnb-fuzz-pipe{x}-"))
    nbformat.write(_notebook("rows: int = 3\nname: str = 'x'\nrate: float | None = None\nflag = True", "import helpers"), d/"a.ipynb")
    nbformat.write(_notebook(None, "print(1)"), d/"b.ipynb")
    (d/"dir.ipynb").mkdir(); (d/"sub").mkdir(); (d/"data.csv").write_text("x\n1\n"); (d/"helpers.py").write_text("import os\n")
    yield d
    shutil.rmtree(d, ignore_errors=True)


scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True, allow_infinity=True),
                    st.text(max_size=30), st.sampled_from(["", "..", "/", "{", "}", "{rows}", "~", "a.b", "\x00", "é", "!!x"]))
values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                      max_leaves=12)
paths = st.one_of(st.sampled_from(["data.csv", "work/out.csv", "work/{rows}.csv", "work/{nope}.csv", "work/{rows", "{name}/x",
                                   "../x.csv", "/etc/passwd", "C:\\x", "~/x", ".mlnb/x", "a/**/b", "a/**b", ".", "", "sub",
                                   "work/{rows:d}.csv", "work/{rows.real}", "*.csv"]), st.text(max_size=20))
step_names = st.one_of(st.sampled_from(["a", "b", "c", "a-1"]), st.text(max_size=10))
literals = st.one_of(st.sampled_from(["true", "1", "1.5", "null", "'x'", "[1", "{", "!!python/object/apply:os.system ['x']",
                                      "2020-01-01", "2020-99-99", '"', "*a", "&a 1", "[1, 2]", "{a: 1}"]), st.text(max_size=15))
whens = st.one_of(st.builds(lambda s, r, op, lit: f"{s}.{r} {op} {lit}", step_names, st.sampled_from(["x", "y.z", "(x"]),
                            st.sampled_from(["==", "!=", "<", ">=", "=", ""]), literals), values)


def mostly(valid, hostile, draw, odds=8):
    "A valid value `odds` times in ten, else a hostile one: deep enough checks are reached, and every one is tried."
    return draw(valid) if draw(st.sampled_from([True] * odds + [False] * (10 - odds))) else draw(hostile)


def rarely(draw) -> bool:
    "True one time in twenty (sampled_from, not integers: hypothesis favours the bounds of an integer range)."
    return draw(st.sampled_from([False] * 19 + [True]))


@st.composite
def steps(draw):
    s = {"name": mostly(st.sampled_from(["a", "b", "c"]), step_names, draw, 9),
         "notebook": mostly(st.sampled_from(["a.ipynb", "b.ipynb"]),
                            st.one_of(st.sampled_from(["dir.ipynb", "sub", "missing.ipynb", "data.csv", "../a.ipynb"]), values), draw, 9)}
    optional = [("parameters", st.fixed_dictionaries({}, optional={"rows": st.integers(0, 9), "name": st.text(max_size=8)}),
                 st.one_of(st.dictionaries(st.sampled_from(["rows", "name", "rate", "flag", "nope", "1x"]), values, max_size=3), values)),
                ("inputs", st.lists(st.sampled_from(["data.csv", "helpers.py", "*.csv", "sub"]), max_size=2),
                 st.one_of(st.lists(paths, max_size=3), paths, values)),
                ("outputs", st.lists(st.sampled_from(["work/out.csv", "work/{rows}.csv", "work/{name}/x.csv"]), max_size=2),
                 st.one_of(st.lists(paths, max_size=3), paths, values)),
                ("upstream", st.lists(st.sampled_from(["a", "b"]), max_size=1), st.one_of(st.lists(step_names, max_size=2), values)),
                ("when", st.sampled_from(["a.x", "a.x == true", "b.y >= 1.5"]), whens),
                ("kernel", st.just("python3"), st.one_of(st.sampled_from(["nope", "py thon"]), values)),
                ("timeout", st.sampled_from([1, 0.5, 600, None]), st.one_of(st.sampled_from([-5, 0, "abc", float("nan"), float("inf")]), values))]
    for key, valid, hostile in optional:
        if draw(st.sampled_from([True, False, False])): s[key] = mostly(valid, hostile, draw, 9)
    if rarely(draw): s[draw(st.sampled_from(["notebok", "input"]))] = draw(values)  # a misspelt key
    return s


@st.composite
def specs(draw):
    spec = {}
    if draw(st.booleans()): spec["name"] = mostly(st.sampled_from(["p", "x y"]), values, draw)
    for key, valid, hostile in [("kernel", st.just("python3"), values), ("tracking_uri", st.just("sqlite:///m.db"), values),
                                ("timeout", st.sampled_from([600, None, 0.1]), st.one_of(st.sampled_from([-5, "abc"]), values))]:
        if draw(st.sampled_from([True, False, False, False])): spec[key] = mostly(valid, hostile, draw, 9)
    if rarely(draw): spec["junk"] = draw(values)
    spec["steps"] = mostly(st.lists(steps(), min_size=1, max_size=3), values, draw, 9)
    return spec


def _through_everything(root: Path, extra: list[str]) -> None:
    p = api(pl.load_pipeline, root)
    event(f"spec loads: {p is not None}")
    if p is not None:
        assert isinstance(p, pl.Pipeline)
        rep = api(pl.pipeline_status, root)
        assert rep is None or isinstance(rep, Report)
    cli("status", root, *extra)
    cli("status", root/"mlnb.yml", "--format", "json", *extra)


@FUZZ
@given(spec=specs(), p=st.lists(st.tuples(st.sampled_from(["rows", "name", "a.rows", "nope", "", "rate", "flag"]), st.text(max_size=10)),
                                max_size=2),
       sweep=st.one_of(st.none(), st.tuples(st.sampled_from(["rows", "name", "x"]), st.text(max_size=12))))
def test_random_yaml_specs(root, spec, p, sweep):
    count("test_random_yaml_specs")
    (root/"mlnb.yml").write_text(yaml.safe_dump(spec, allow_unicode=True))
    extra = [a for k, v in p for a in ("-p", f"{k}={v}")] + (["--sweep", f"{sweep[0]}={sweep[1]}"] if sweep else [])
    _through_everything(root, extra)
    assert not (root/".mlnb"/"steps").exists()  # status never runs anything


@FUZZ
@given(data=st.one_of(st.binary(max_size=400),
                      st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.sampled_from([b"", b"\xff\xfe", b"name: p\nsteps:\n  - {name: a, notebook: a.ipynb}\n"]).flatmap(
                          lambda base: st.binary(max_size=40).map(lambda junk: base + junk))))
def test_random_bytes_as_a_spec(root, data):
    count("test_random_bytes_as_a_spec")
    (root/"mlnb.yml").write_bytes(data)
    _through_everything(root, [])


json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)),
                           lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                           max_leaves=15)
sources = st.one_of(st.sampled_from(["x: int = 1", "rows: int = 3\nname = 'a'", "x: float | None = None", "x = [1, 2", "x = \x00",
                                     "x: Optional[List[int]] = None", "x: 'int | None' = 1", "x: '(' = 1", "x = (" * 200 + "1",
                                     "%matplotlib inline\nx = 1", "x = y = 1", "x, y = 1, 2", "x: int", "import os\nx = os.sep"]),
                    st.text(max_size=60))


@st.composite
def notebooks(draw):
    cells = []
    for _ in range(draw(st.integers(0, 4))):
        cell = {"cell_type": mostly(st.sampled_from(["code", "markdown", "raw"]), json_values, draw, 9),
                "source": mostly(st.one_of(sources, st.lists(sources, max_size=3)), json_values, draw, 9),
                "metadata": mostly(st.fixed_dictionaries({}, optional={"tags": st.sampled_from([["parameters"], [], ["x"]])}),
                                   st.one_of(st.fixed_dictionaries({"tags": json_values}), json_values), draw, 9)}
        cells.append({k: v for k, v in cell.items() if not rarely(draw)})
    nb = {"nbformat": mostly(st.just(4), json_values, draw, 9), "nbformat_minor": 5, "metadata": {}, "cells": cells}
    return nb if not rarely(draw) else draw(json_values)


@FUZZ
@given(nb=notebooks(), raw=st.one_of(st.none(), st.none(), st.none(), st.binary(max_size=200)),
       suffix=st.sampled_from([".ipynb"] * 8 + [".txt", ""]))
def test_random_notebooks(root, nb, raw, suffix):
    count("test_random_notebooks")
    path = root/f"fuzz{suffix}"
    path.write_bytes(raw if raw is not None else json.dumps(nb).encode())
    ps = api(pl.notebook_parameters, path)
    event(f"notebook read: {ps is not None}")
    assert ps is None or all(isinstance(p, pl.Param) and p.type in pl.TYPES for p in ps.values())
    cli("params", path)
    cli("params", path, "--format", "json")


names = st.one_of(st.sampled_from(["auc", "a.b", "x-1", "record", "..", ".", "a/b", "", "model-x"]), st.text(max_size=12))
frames = st.builds(lambda cols, n, idx: pd.DataFrame({c: np.arange(n) * i for i, c in enumerate(cols)},
                                                    index=[f"r{i}" for i in range(n)] if idx else None),
                   st.lists(st.one_of(st.text(max_size=5), st.integers()), max_size=4, unique=True), st.integers(0, 1200), st.booleans())
anything = st.recursive(
    st.one_of(scalars, st.binary(max_size=10), st.complex_numbers(allow_nan=True), st.decimals(allow_nan=True),
              st.fractions(), st.dates(), st.datetimes(), st.sampled_from([np.float32(1.5), np.int64(3), np.bool_(True),
                                                                           np.datetime64("2020-01-01"), np.array([1, 2]),
                                                                           np.zeros((2, 2)), pd.NaT, pd.NA, object(), print,
                                                                           pd.Series([1, 2], name="s")]), frames),
    lambda kids: st.lists(kids, max_size=4) | st.tuples(kids, kids) | st.dictionaries(st.one_of(st.text(max_size=5), st.integers()),
                                                                                       kids, max_size=4) | st.sets(st.integers(), max_size=4),
    max_leaves=10)


@FUZZ
@given(name=names, value=anything)
def test_random_values_through_record(name, value):
    count("test_random_values_through_record")
    accepted = api(pl.record, name, value) is not None or value is None
    event(f"recorded: {accepted}")
    if not accepted: return
    back = api(pl.recorded, None, name)
    if isinstance(value, (bool, int, str)) and not isinstance(value, np.generic): assert back == value
    if isinstance(value, float) and math.isfinite(value): assert back == value


def test_the_properties_ran():
    "Runs last (file order): every property ran examples; the counts go to the output and the user properties."
    for name in ("test_random_yaml_specs", "test_random_bytes_as_a_spec", "test_random_notebooks", "test_random_values_through_record"):
        assert COUNTS.get(name, 0) >= 10, COUNTS
    print("examples per property:", COUNTS)
