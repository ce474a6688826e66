"""Property tests of `mlnb lint` (issue 11): whatever the input, a Report or a MlnbError, never a crash.

- random bytes and random notebook-shaped JSON as `.ipynb`, random text as `.py`, through
  `mlnb.lint.lint_paths` (a Report, or a MlnbError naming the file) and through `mlnb.cli.main`
  in-process (exit 0 / 1 with JSON on stdout, or 2 with one line on stderr; never a traceback);
- random valid Python cells assembled from realistic ML snippets (fit / transform / split /
  concat / fillna with random variable names): the static analysis never raises on them, with
  its per-statement error guard switched off (`_DEBUG`), so a crash the guard would hide fails;
- statements that reassign their own input, repeated hundreds of times (generated code): no
  recursion limit, no exponential walk, each example within the deadline.

Every example is bounded by hypothesis' `deadline`; the whole file runs in well under 30 s.
Run with `--hypothesis-show-statistics` to see how many examples each property ran, and with
MLNB_FUZZ_SCALE=50 (say) for a longer hunt than CI affords.
"""
import ast, contextlib, io, json, keyword, os, tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, event, given, settings, strategies as st

import mlnb.lint
from mlnb.cli import main
from mlnb.core import MlnbError, Report, registered_codes
from mlnb.lint import lint_cells, lint_paths, parse_cell

SCALE = float(os.environ.get("MLNB_FUZZ_SCALE", "1"))  # e.g. 50 for a long hunt outside CI
FUZZ = settings(max_examples=int(200 * SCALE), deadline=2000, suppress_health_check=[HealthCheck.too_slow], database=None)
CODES = {c.code for c in registered_codes(load_all=False)}  # core's and lint's: what a lint report may hold
WORK = Path(tempfile.mkdtemp(prefix="mlnb-fuzz-"))


# --- the properties, shared by every input strategy

def through_api(path: Path):
    "lint_paths gives a Report, or a MlnbError that names the file (with where and fix); nothing else."
    try: rep = lint_paths([path])
    except MlnbError as ex:
        assert ex.where == str(path) and ex.fix, str(ex)
        assert "\n" not in str(ex), str(ex)
        return None
    assert isinstance(rep, Report)
    assert {f.code for f in rep} <= CODES and "MLNB-G001" not in {f.code for f in rep}, rep.to_text()
    assert all(f.location.get("path") == str(path) for f in rep)
    return rep


def through_cli(path: Path) -> int:
    "`mlnb lint PATH --format json` in-process: 0 / 1 with parseable JSON, or 2 with one line on stderr; no traceback."
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["lint", str(path), "--format", "json"])
    out, err = out.getvalue(), err.getvalue()
    assert "Traceback" not in err, err
    assert status in (0, 1, 2), (status, err)
    if status == 2:
        assert out == "" and err.startswith("mlnb: error: ") and err.count("\n") == 1, err
        assert f"(in {path})" in err, err
    else:
        doc = json.loads(out)
        assert err == "" and doc["files"] == [str(path)]
        assert status == int(any(f["severity"] == "error" and not f["ignored"] for f in doc["findings"]))
    return status


def check_file(name: str, data: bytes) -> int:
    "Both properties on `data` written as `name`; the exit status."
    path = WORK / name
    path.write_bytes(data)
    rep = through_api(path)
    status = through_cli(path)
    assert (status == 2) == (rep is None), (status, rep)
    event(f"exit {status}")  # --hypothesis-show-statistics shows how the examples split
    return status


# --- random bytes and random text

@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_as_notebook(data):
    check_file("bytes.ipynb", data)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_as_script(data):
    check_file("bytes.py", data)


@FUZZ
@given(st.text(max_size=1500))
def test_random_text_as_script(text):
    check_file("text.py", text.encode("utf-8"))


# --- random JSON shaped like notebooks

LEAK = "X = StandardScaler().fit_transform(X)\nXtr, Xte, ytr, yte = train_test_split(X, y)\nprint(SVC().fit(Xtr, ytr).score(Xte, yte))\n"
SNIPPET_TEXT = st.sampled_from([
    "import pandas as pd\n", "X = StandardScaler().fit_transform(X)\n", "X_tr, X_te, y_tr, y_te = train_test_split(X, y)\n",
    "print(SVC().fit(X_tr, y_tr).score(X_te, y_te))\n", "%matplotlib inline\n", "!pip install x\n", "print 'py2'\n",
    "def f(:\n", "df = df.fillna(df.mean())\n", "for k in [1, 2]:\n    m = KNN(k).fit(X_tr, y_tr).score(X_te, y_te)\n", "",
    "%%bash\nls\n", "x = (" * 30 + ")" * 30 + "\n", LEAK])
ODD_TEXT = st.text(st.characters(codec=None, categories=["Cs", "Cc", "Zl", "Zp", "Co", "Lu"]), max_size=8)  # lone surrogates too
SCALAR = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | ODD_TEXT
JSON = st.recursive(SCALAR, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4),
                    max_leaves=15)
SOURCE = st.one_of(SNIPPET_TEXT, st.text(max_size=60), ODD_TEXT, st.lists(SNIPPET_TEXT | st.text(max_size=20), max_size=5),
                   st.lists(SNIPPET_TEXT | JSON, max_size=4), JSON)
CELL_TYPE = st.sampled_from(["code", "code", "code", "markdown", "raw", "heading", "Code", ""]) | JSON
CELL = st.one_of(
    st.fixed_dictionaries({}, optional={"cell_type": CELL_TYPE, "source": SOURCE, "input": SOURCE, "outputs": JSON,
                                        "metadata": JSON, "execution_count": JSON, "id": JSON}),
    st.fixed_dictionaries({"cell_type": st.just("code"), "source": SOURCE}),
    JSON)
METADATA = st.one_of(
    st.fixed_dictionaries({}, optional={
        "kernelspec": st.fixed_dictionaries({}, optional={"language": st.sampled_from(["python", "R", "Python3"]) | JSON}) | JSON,
        "language_info": st.fixed_dictionaries({}, optional={"name": st.sampled_from(["python", "julia"]) | JSON}) | JSON}),
    JSON)
CELLS = st.lists(CELL, max_size=6)
VALID_CELL = st.one_of(  # what Jupyter writes, so that readable notebooks (exit 0 and 1) are drawn often too
    st.builds(lambda s, lines: {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                                "source": s.splitlines(True) if lines else s}, st.just(LEAK) | SNIPPET_TEXT, st.booleans()),
    st.builds(lambda s: {"cell_type": "markdown", "metadata": {}, "source": s}, st.text(max_size=20)))
NOTEBOOK = st.one_of(
    st.fixed_dictionaries({"cells": st.lists(VALID_CELL, max_size=6), "metadata": st.just({}), "nbformat": st.just(4),
                           "nbformat_minor": st.just(5)}),
    st.fixed_dictionaries({"cells": CELLS}, optional={"metadata": METADATA, "nbformat": st.sampled_from([3, 4]) | JSON,
                                                     "nbformat_minor": JSON}),
    st.fixed_dictionaries({}, optional={"cells": CELLS | JSON, "worksheets": st.lists(
        st.fixed_dictionaries({}, optional={"cells": CELLS | JSON}) | JSON, max_size=3) | JSON, "metadata": METADATA}),
    JSON)


def readable(nb) -> bool:
    "The rule of nbs/05_lint.ipynb, written again as an oracle: is this notebook one the lint must read (exit 0 / 1)?"
    if not isinstance(nb, dict): return False
    if "cells" not in nb and "worksheets" in nb:
        ws, fields = nb["worksheets"], ("input", "source")
        if not (isinstance(ws, list) and all(isinstance(w, dict) and isinstance(w.get("cells"), list) for w in ws)): return False
        cells = [c for w in ws for c in w["cells"]]
    else:
        cells, fields = nb.get("cells"), ("source",)
        if not isinstance(cells, list): return False
    meta = nb.get("metadata")
    lang = meta.get("kernelspec") if isinstance(meta, dict) else None
    lang = (lang.get("language") if isinstance(lang, dict) else None) or (
        (meta.get("language_info") or {}).get("name") if isinstance(meta, dict) and isinstance(meta.get("language_info"), dict) else None)
    if str(lang or "python").lower() not in ("python", "python3", "ipython", "python2"): return True  # not linted: cells not read
    for c in cells:
        if not isinstance(c, dict) or not isinstance(c.get("cell_type"), str): return False
        if c["cell_type"] != "code": continue
        field = next((f for f in fields if f in c), None)
        if field is None: return False
        src = c[field]
        if not (isinstance(src, str) or isinstance(src, list) and all(isinstance(x, str) for x in src)): return False
    return True


@FUZZ
@given(NOTEBOOK, st.booleans())
def test_random_notebook_json(nb, pretty):
    "Random notebook-shaped JSON: refused (exit 2) exactly when the rule says so, and never a crash."
    status = check_file("nb.ipynb", json.dumps(nb, indent=1 if pretty else None).encode())  # ensure_ascii: surrogates as escapes
    assert (status == 2) == (not readable(nb)), nb


@FUZZ
@given(NOTEBOOK, st.integers(0, 50), st.binary(min_size=1, max_size=5))
def test_corrupted_notebook_json(nb, cut, junk):
    "A notebook truncated or with bytes spliced in (a half-written or damaged file)."
    data = json.dumps(nb).encode()
    at = max(0, len(data) - cut)
    check_file("cut.ipynb", data[:at] + junk + data[at:])


# --- realistic ML cells: the analysis itself must never raise

NAME = st.one_of(
    st.sampled_from(["X", "y", "X_train", "X_test", "y_train", "y_test", "X_val", "y_val", "X_tr", "X_te", "df", "data",
                     "train", "test", "full", "scaler", "model", "clf", "pipe", "imp", "enc", "pca", "sel", "res", "scores",
                     "features", "target", "fold", "best", "params", "grid", "preds", "X_all", "tmp", "_", "self", "print",
                     "len", "pd", "np", "fit", "transform", "mean"]),
    st.from_regex(r"[a-zA-Z_][a-zA-Z0-9_]{0,8}", fullmatch=True)).filter(lambda s: s.isidentifier() and not keyword.iskeyword(s))
COL = st.sampled_from(["'age'", "'target'", "'Survived'", "'id'", "0", "['a', 'b']", "cols", "feats"])
NUM = st.sampled_from(["0", "1", "5", "0.2", "42", "-1", "None"])
CLS = st.sampled_from(["StandardScaler", "MinMaxScaler", "SimpleImputer", "OneHotEncoder", "PCA", "SelectKBest", "TfidfVectorizer",
                       "TargetEncoder", "LabelEncoder", "PolynomialFeatures", "SMOTE", "RandomOverSampler"])
MODEL = st.sampled_from(["LogisticRegression", "RandomForestClassifier", "SVC", "XGBClassifier", "KNeighborsClassifier",
                         "DummyClassifier", "LinearRegression", "GradientBoostingClassifier"])
SPLIT = st.sampled_from(["KFold", "StratifiedKFold", "GroupKFold", "TimeSeriesSplit", "ShuffleSplit"])
METRIC = st.sampled_from(["accuracy_score", "roc_auc_score", "f1_score", "mean_squared_error", "classification_report"])
STAT = st.sampled_from(["mean", "median", "std", "max", "quantile", "mode"])

# each template: a format string and the strategies of its fields
TEMPLATES = [
    ("import pandas as pd\nimport numpy as np", {}),
    ("from sklearn.preprocessing import *\nfrom sklearn.model_selection import train_test_split, {s}", {"s": SPLIT}),
    ("%matplotlib inline", {}),
    ("{a} = pd.read_csv('{a}.csv')", {"a": NAME}),
    ("{a} = pd.DataFrame({{'x': [1, 2], 'y': [3, 4]}})", {"a": NAME}),
    ("{X}, {y} = {a}.drop(columns={c}), {a}[{c}]", {"X": NAME, "y": NAME, "a": NAME, "c": COL}),
    ("{a}, {b}, {c}, {d} = train_test_split({X}, {y}, test_size={n}, random_state={n})",
     {"a": NAME, "b": NAME, "c": NAME, "d": NAME, "X": NAME, "y": NAME, "n": NUM}),
    ("{a}, {b} = train_test_split({X}, stratify={X}[{c}])", {"a": NAME, "b": NAME, "X": NAME, "c": COL}),
    ("{s} = {k}()", {"s": NAME, "k": CLS}),
    ("{a} = {s}.fit_transform({X})", {"a": NAME, "s": NAME, "X": NAME}),
    ("{a} = {s}.fit({X}).transform({b})", {"a": NAME, "s": NAME, "X": NAME, "b": NAME}),
    ("{a} = {k}().fit_transform({X}, {y})", {"a": NAME, "k": CLS, "X": NAME, "y": NAME}),
    ("{X}, {y} = {k}().fit_resample({X}, {y})", {"X": NAME, "y": NAME, "k": CLS}),
    ("{a} = {s}.transform({X})", {"a": NAME, "s": NAME, "X": NAME}),
    ("{m} = {M}()\n{m}.fit({X}, {y})", {"m": NAME, "M": MODEL, "X": NAME, "y": NAME}),
    ("{m} = {M}(n_estimators={n}).fit({X}, {y})", {"m": NAME, "M": MODEL, "X": NAME, "y": NAME, "n": NUM}),
    ("print({f}({y}, {m}.predict({X})))", {"f": METRIC, "y": NAME, "m": NAME, "X": NAME}),
    ("{a} = {m}.score({X}, {y})", {"a": NAME, "m": NAME, "X": NAME, "y": NAME}),
    ("{a} = {m}.predict_proba({X})[:, 1]", {"a": NAME, "m": NAME, "X": NAME}),
    ("{a} = pd.concat([{b}, {c}], axis={ax})", {"a": NAME, "b": NAME, "c": NAME, "ax": st.sampled_from(["0", "1"])}),
    ("{a} = np.vstack([{b}, {c}])", {"a": NAME, "b": NAME, "c": NAME}),
    ("{a} = {b}.append({c}, ignore_index=True)", {"a": NAME, "b": NAME, "c": NAME}),
    ("{a}[{c}] = {a}[{c}].fillna({a}[{c}].{st}())", {"a": NAME, "c": COL, "st": STAT}),
    ("{a} = {a}.fillna({b}.{st}())", {"a": NAME, "b": NAME, "st": STAT}),
    ("{a}.fillna({n}, inplace=True)", {"a": NAME, "n": NUM}),
    ("{a} = ({a} - {a}.{st}()) / {a}.std()", {"a": NAME, "st": STAT}),
    ("{a}[{c}] = {a}.groupby({c})[{c}].transform('{st}')", {"a": NAME, "c": COL, "st": STAT}),
    ("{a} = {a}.iloc[:{n}]\n{b} = {a}.iloc[{n}:]", {"a": NAME, "b": NAME, "n": NUM}),
    ("{a} = {b}[{b}[{c}] > {n}]", {"a": NAME, "b": NAME, "c": COL, "n": NUM}),
    ("{a} = cross_val_score({m}, {X}, {y}, cv={n})", {"a": NAME, "m": NAME, "X": NAME, "y": NAME, "n": NUM}),
    ("{p} = make_pipeline({k}(), {M}())\n{p}.fit({X}, {y})", {"p": NAME, "k": CLS, "M": MODEL, "X": NAME, "y": NAME}),
    ("{g} = GridSearchCV({m}, {{'C': [0.1, 1, 10]}}, cv={s}({n}))\n{g}.fit({X}, {y})\n{b} = {g}.best_estimator_",
     {"g": NAME, "m": NAME, "s": SPLIT, "n": NUM, "X": NAME, "y": NAME, "b": NAME}),
    ("for {i}, ({tr}, {te}) in enumerate({s}({n}).split({X}, {y})):\n    {m}.fit({X}[{tr}], {y}[{tr}])\n"
     "    print({m}.score({X}[{te}], {y}[{te}]))",
     {"i": NAME, "tr": NAME, "te": NAME, "s": SPLIT, "n": NUM, "X": NAME, "y": NAME, "m": NAME}),
    ("for {k} in [1, 3, 5]:\n    {m} = {M}({k}).fit({X}, {y})\n    {r}[{k}] = {m}.score({a}, {b})",
     {"k": NAME, "m": NAME, "M": MODEL, "X": NAME, "y": NAME, "r": NAME, "a": NAME, "b": NAME}),
    ("{r} = {{}}\nfor {nm}, {m} in [('a', {M}()), ('b', {M2}())]:\n    {r}[{nm}] = {m}.fit({X}, {y}).score({a}, {b})\n"
     "{best} = max({r}, key={r}.get)",
     {"r": NAME, "nm": NAME, "m": NAME, "M": MODEL, "M2": MODEL, "X": NAME, "y": NAME, "a": NAME, "b": NAME, "best": NAME}),
    ("def {f}({X}):\n    return {s}.fit_transform({X})\n{a} = {f}({b})", {"f": NAME, "X": NAME, "s": NAME, "a": NAME, "b": NAME}),
    ("def {f}({X}, {y}={n}, *args, **kw):\n    {m} = {M}(**kw)\n    {m}.fit({X}, {y})\n    return {m}\n{a} = {f}({b}, {c})",
     {"f": NAME, "X": NAME, "y": NAME, "n": NUM, "m": NAME, "M": MODEL, "a": NAME, "b": NAME, "c": NAME}),
    ("class {C}:\n    def fit(self, {X}, {y}=None):\n        self.{a} = {X}.{st}()\n        return self\n"
     "    def transform(self, {X}):\n        return {X} - self.{a}\n{t} = {C}().fit({b})",
     {"C": NAME, "X": NAME, "y": NAME, "a": NAME, "st": STAT, "t": NAME, "b": NAME}),
    ("if {X}.shape[0] > {n}:\n    {X} = {s}.fit_transform({X})\nelif {y}:\n    pass\nelse:\n    {X} = {y}",
     {"X": NAME, "n": NUM, "s": NAME, "y": NAME}),
    ("match {a}:\n    case 'scaled':\n        {X} = {k}().fit_transform({X})\n    case [{b}, *{c}]:\n        {X} = {b}\n"
     "    case _:\n        pass", {"a": NAME, "X": NAME, "k": CLS, "b": NAME, "c": NAME}),
    ("try:\n    {a} = {b}.{st}()\nexcept (KeyError, ValueError) as {e}:\n    {a} = None\nfinally:\n    del {b}",
     {"a": NAME, "b": NAME, "st": STAT, "e": NAME}),
    ("with open('{a}.pkl', 'rb') as {f}:\n    {m} = pickle.load({f})", {"a": NAME, "f": NAME, "m": NAME}),
    ("{a} = [{m}.fit({X}, {y}).score({b}, {c}) for {m} in [{M}(), {M2}()]]",
     {"a": NAME, "m": NAME, "X": NAME, "y": NAME, "b": NAME, "c": NAME, "M": MODEL, "M2": MODEL}),
    ("{a} = {{{k}: {v}.fit_transform({X}) for {k}, {v} in {d}.items()}}",
     {"a": NAME, "k": NAME, "v": NAME, "X": NAME, "d": NAME}),
    ("{a} = lambda {x}: {s}.fit_transform({x})\n{b} = {a}({X})", {"a": NAME, "x": NAME, "s": NAME, "b": NAME, "X": NAME}),
    ("if ({a} := {b}.{st}()) is not None:\n    {c} = {b}.fillna({a})", {"a": NAME, "b": NAME, "st": STAT, "c": NAME}),
    ("{a} += {b}\n{a}[{c}] -= {n}\n{a}.{b} = {c}", {"a": NAME, "b": NAME, "c": COL, "n": NUM}),
    ("{a}, *{b} = {c}\n{d} = {a} if {b} else {c}", {"a": NAME, "b": NAME, "c": NAME, "d": NAME}),
    ("{m}.fit({X}, {y}, eval_set=[({a}, {b})], early_stopping_rounds={n})",
     {"m": NAME, "X": NAME, "y": NAME, "a": NAME, "b": NAME, "n": NUM}),
    ("global {a}\n{a} = {b}.loc[{b}.index.isin({c}.index)]", {"a": NAME, "b": NAME, "c": NAME}),
    ("async def {f}({a}):\n    await {a}.fit()\n    async for {b} in {a}:\n        yield {b}", {"f": NAME, "a": NAME, "b": NAME}),
    ("assert {a}.shape == {b}.shape, {c}\nprint(f'{{{a}.mean():.3f}}')", {"a": NAME, "b": NAME, "c": NAME}),
    ("{a} = {b}.merge({c}, on={col}, how='left').dropna().reset_index(drop=True)", {"a": NAME, "b": NAME, "c": NAME, "col": COL}),
    ("{a} = {b}.sample(frac={n}, replace=True, random_state=0)", {"a": NAME, "b": NAME, "n": NUM}),
    ("{a}.to_csv('{a}.csv')\n{X} = {X}.values.reshape(-1, 1)", {"a": NAME, "X": NAME}),
    ("{a} = resample({X}, {y}, n_samples={n})", {"a": NAME, "X": NAME, "y": NAME, "n": NUM}),
    ("{a} = {s}.inverse_transform({m}.predict({X}))", {"a": NAME, "s": NAME, "m": NAME, "X": NAME}),
]


def story(draw, n:list) -> list:
    "The steps of a typical ML notebook, each drawn from its leaky and clean variants, on the variable names `n`."
    df, X, y, Xtr, Xte, ytr, yte, m, t, k = n
    T, M, M2, f = draw(CLS), draw(MODEL), draw(MODEL), draw(METRIC)
    pick = lambda *variants: draw(st.sampled_from(variants))
    steps = [f"{df} = pd.read_csv('data.csv')", pick(f"{X}, {y} = {df}.drop(columns='t'), {df}['t']",
                                                      f"{X} = {df}[['a', 'b']]\n{y} = {df}.t.values")]
    steps += draw(st.lists(st.sampled_from([
        f"{X} = {T}().fit_transform({X})", f"{X} = {X}.fillna({X}.{draw(STAT)}())", f"{X}, {y} = {T}().fit_resample({X}, {y})",
        f"{df} = pd.concat([{df}, {df}.sample(10)])", f"{t} = {T}()\n{t}.fit({X})", f"{X} = ({X} - {X}.mean()) / {X}.std()"]), max_size=2))
    steps.append(pick(f"{Xtr}, {Xte}, {ytr}, {yte} = train_test_split({X}, {y}, test_size=0.2, stratify={y})",
                      f"{Xtr}, {Xte} = {X}.iloc[:100], {X}.iloc[100:]\n{ytr}, {yte} = {y}[:100], {y}[100:]",
                      f"{Xtr}, {Xte}, {ytr}, {yte} = train_test_split({X}, {y})\n{Xtr}, {k}, {ytr}, {df} = train_test_split({Xtr}, {ytr})"))
    steps += draw(st.lists(st.sampled_from([
        f"{t} = {T}()\n{Xtr} = {t}.fit_transform({Xtr})\n{Xte} = {t}.transform({Xte})", f"{Xte} = {T}().fit_transform({Xte})",
        f"{Xtr}, {ytr} = {T}().fit_resample({Xtr}, {ytr})", f"{Xte} = {t}.transform({Xte})",
        f"{Xtr} = {Xtr}.fillna({Xtr}.mean())\n{Xte} = {Xte}.fillna({Xtr}.mean())"]), max_size=2))
    steps.append(pick(f"{m} = {M}().fit({Xtr}, {ytr})", f"{m} = {M}().fit({X}, {y})", f"{m} = make_pipeline({T}(), {M}()).fit({Xtr}, {ytr})",
                      f"{m} = {M}()\n{m}.fit(pd.concat([{Xtr}, {Xte}]), np.concatenate([{ytr}, {yte}]))",
                      f"{m} = {M}().fit({Xtr}, {ytr}, eval_set=[({Xte}, {yte})])"))
    steps += draw(st.lists(st.sampled_from([
        f"print({f}({yte}, {m}.predict({Xte})))", f"{k} = {m}.score({Xte}, {yte})", f"print(cross_val_score({m}, {X}, {y}, cv=5))",
        f"for {k} in [1, 3, 5]:\n    {m} = {M}({k}).fit({Xtr}, {ytr})\n    print({m}.score({Xte}, {yte}))",
        f"{k} = {{}}\nfor {t}, {m} in [('a', {M}()), ('b', {M2}())]:\n    {k}[{t}] = {m}.fit({Xtr}, {ytr}).score({Xte}, {yte})\nprint(max({k}, key={k}.get))",
        f"{k} = GridSearchCV({m}, {{'C': [1, 10]}}).fit({X}, {y})\nprint({k}.score({Xte}, {yte}))"]), min_size=1, max_size=3))
    return steps


@st.composite
def ML_CELLS(draw):
    "A typical notebook's steps with random names, random snippets on the same names in between, cut into 1 to 8 cells."
    pool = draw(st.lists(NAME, min_size=10, max_size=14, unique=True))
    names = st.sampled_from(pool)
    def snippet():
        fmt, fields = draw(st.sampled_from(TEMPLATES))
        return fmt.format(**{k: draw(names if v is NAME else v) for k, v in fields.items()})
    steps = story(draw, pool[:10]) if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0 if steps else 1, 6))):
        steps.insert(draw(st.integers(0, len(steps))), snippet())
    cuts = sorted(set(draw(st.lists(st.integers(1, max(1, len(steps) - 1)), max_size=7))))
    return ["\n".join(steps[a:b]) for a, b in zip([0] + cuts, cuts + [len(steps)]) if steps[a:b]]


@settings(max_examples=int(400 * SCALE), deadline=2000, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(ML_CELLS())
def test_realistic_ml_cells_never_crash_the_analysis(cells):
    for c in cells:
        tree, err = parse_cell(c)
        assume(err is None and tree is not None)  # only valid code: a template with a name that is not assignable is dropped
    old, mlnb.lint._DEBUG = mlnb.lint._DEBUG, True  # an analysis error re-raises instead of skipping its statement
    try: rep = lint_cells(cells)
    finally: mlnb.lint._DEBUG = old
    codes = [f.code for f in rep]
    assert not {"MLNB-G001", "MLNB-C006", "MLNB-C008"} & set(codes), rep.to_text()
    assert set(codes) <= CODES
    for code in sorted(set(codes)) or ["no finding"]: event(code)
    assert all(0 <= f.location["cell"] < len(cells) and f.location["line"] >= 1 for f in rep), rep.to_dict()


CHAINS = [  # a statement that reassigns its own input: repeated, it builds a chain of row sets or values as long as the file
    "{X}, {T} = train_test_split({X})", "{X}, {T}, {y}, {u} = train_test_split({X}, {y})", "{X}, {T} = {X}.iloc[:10], {X}.iloc[10:]",
    "{X} = {k}().fit_transform({X})", "{X} = pd.concat([{X}, {T}])", "{X} = {X}.fillna({X}.mean())", "{X}, {y} = {k}().fit_resample({X}, {y})",
    "{X} = {X} + {T}", "{X} = [{X}, {T}]", "{X} = {{'a': {X}, 'b': {T}}}", "{X} = ({X}, {T})", "{X} = {X}[{X}['a'] > 0]",
    "{X} = {f}({X})", "{m} = {M}().fit({X}, {y})\n{u} = {m}.score({T}, {y})", "for {u}, {v} in KFold().split({X}):\n    {X} = {X}[{u}]",
    "{X}, {T} = {T}, {X}", "{f} = lambda {u}, {f}={f}: {f}({u})", "{X} += {T}", "{X} = {X}.values", "{X} = {m}.predict({X})"]


@settings(max_examples=int(30 * SCALE), deadline=5000, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(st.lists(st.sampled_from(CHAINS), min_size=1, max_size=2), st.lists(NAME, min_size=7, max_size=7, unique=True), CLS, MODEL,
       st.integers(50, 1500))
def test_long_chains_never_crash_the_analysis(chain, names, k, M, n):
    "Statements that reassign their input, repeated hundreds of times (generated code): a chain of splits that deep once hit the recursion limit."
    X, T, y, u, v, f, m = names
    snip = "\n".join(chain).format(X=X, T=T, y=y, u=u, v=v, f=f, m=m, k=k, M=M)
    assume(parse_cell(snip)[1] is None)
    src = (f"{X} = pd.read_csv('a.csv')\n{T} = {X}\ndef {f}(a): return a\n" + (snip + "\n") * n +
           f"{m} = {M}().fit({X}, {y})\nprint({m}.score({T}, {y}))\n")
    old, mlnb.lint._DEBUG = mlnb.lint._DEBUG, True
    try: rep = lint_cells([src])
    finally: mlnb.lint._DEBUG = old
    assert "MLNB-G001" not in {c.code for c in rep}, rep.to_text()
    event("budget spent" if "MLNB-C008" in {c.code for c in rep} else "checked in full")


# --- a notebook in a project: its cells' code moved into the project's modules, imported every way

IMPORT = st.sampled_from(["from {pkg}{mod} import *", "import {pkg}{mod}", "import {pkg}{mod} as mm", "from {pkg}{mod} import {name}",
                          "from {pkg}{mod} import {name} as nn"])
PATH_HINT = st.sampled_from(["", "import sys\nsys.path.append('..')", "import sys\nsys.path.insert(0, '/etc')",
                             "import sys, os\nsys.path.append(os.path.join(os.getcwd(), '..', '..', '..'))", "%cd ..", "%cd /",
                             "os.chdir(Path.cwd().parent / 'src')"]) | \
            st.text(max_size=300).map(lambda p: f"import sys\nsys.path.append({p!r})")  # any text as a path: NULs, very long names


@settings(max_examples=int(150 * SCALE), deadline=4000, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(ML_CELLS(), st.lists(st.sampled_from(["", "src/", "notebooks/", "src/sub/", "../outside/"]), min_size=1, max_size=3),
       st.data())
def test_project_modules_never_crash_and_never_read_outside(cells, folders, data):
    for c in cells: assume(parse_cell(c)[1] is None)
    root = Path(tempfile.mkdtemp(dir=WORK))
    proj = root / "proj"
    (proj / "notebooks").mkdir(parents=True); (proj / ".git").mkdir()
    outside = root / "outside"; outside.mkdir()
    (outside / "evil.py").write_text("raise SystemExit('an outside module was run')")
    imports, body = [data.draw(PATH_HINT)], []
    for i, c in enumerate(cells):
        folder = folders[i % len(folders)]
        if i == len(cells) - 1 or not data.draw(st.booleans()): body.append(c); continue  # this cell stays in the notebook
        f = (proj / folder / f"m{i}.py").resolve()
        f.parent.mkdir(parents=True, exist_ok=True); f.write_text(c)
        pkg = folder.strip("./").replace("/", ".").removeprefix("notebooks").strip(".")
        names = top_level_names(c) or ["x"]
        imports.append(data.draw(IMPORT).format(pkg=f"{pkg}." if pkg else "", mod=f"m{i}", name=data.draw(st.sampled_from(names))))
    imports.append("import evil\nfrom outside import evil")
    nb = {"cells": [{"cell_type": "code", "source": s} for s in imports + body], "metadata": {}, "nbformat": 4}
    (proj / "notebooks" / "nb.ipynb").write_text(json.dumps(nb))
    read, tree = [], mlnb.lint.LocalModules.tree
    def spy(self, f):
        read.append(Path(f).resolve()); return tree(self, f)
    old, mlnb.lint._DEBUG, mlnb.lint.LocalModules.tree = mlnb.lint._DEBUG, True, spy
    try: rep = mlnb.lint.lint_notebook(proj / "notebooks" / "nb.ipynb")
    finally: mlnb.lint._DEBUG, mlnb.lint.LocalModules.tree = old, tree
    assert all(p.is_relative_to(proj.resolve()) for p in read), read  # nothing outside the project is read
    event(f"modules read: {min(len(set(read)), 3)}")
    codes = {f.code for f in rep}
    assert not {"MLNB-G001", "MLNB-C008"} & codes and codes <= CODES, rep.to_text()


def top_level_names(code: str) -> list:
    "Names a module's code assigns or defines at its top level (what `from m import name` can take)."
    try: tree = ast.parse(code)
    except SyntaxError: return []
    out = []
    for s in tree.body:
        if isinstance(s, (ast.FunctionDef, ast.ClassDef)): out.append(s.name)
        elif isinstance(s, ast.Assign): out += [t.id for t in s.targets if isinstance(t, ast.Name)]
    return out
