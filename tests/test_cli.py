"""The `mlnb` command as a user runs it: a real process, its stdout, stderr and exit status."""
import json

import pytest

from helpers import mlnb

import mlnb as pkg


@pytest.fixture(scope="module")
def customers(tmp_path_factory):
    path = tmp_path_factory.mktemp("data")/"customers.csv"
    r = mlnb("data", "customers", "--customers", "300", "--output", path)
    assert r.returncode == 0, r.stderr
    return path


def test_version():
    r = mlnb("--version")
    lines = r.stdout.strip().splitlines()
    assert r.returncode == 0 and lines[0].startswith(f"mlnb {pkg.__version__} (Python 3.")
    assert lines[1] == "extras installed: explain, track, tune, imbalance, dask, examples, serve"  # the dev install has them all


from mlnb.cli import COMMANDS


@pytest.mark.parametrize("args", [()] + [(name,) for name in COMMANDS])
def test_help_for_every_command(args):
    r = mlnb(*args, "--help")
    assert r.returncode == 0 and r.stderr == ""
    assert r.stdout.startswith("usage: mlnb" + (f" {args[0]}" if args else ""))
    if not args:
        for name in COMMANDS: assert name in r.stdout
        assert "Exit status: 0 no error finding, 1 an error finding, 2 bad usage" in " ".join(r.stdout.split())
        assert "3 a bug in mlnb" in " ".join(r.stdout.split())  # the fourth status a CI script may see


def test_check_text_and_json(customers):
    r = mlnb("check", customers, "--target", "churned")
    assert r.returncode == 0, r.stderr
    assert "WARNING MLNB-D003 [duplicate]" in r.stdout
    r = mlnb("check", customers, "--target", "churned", "--format", "json")
    out = json.loads(r.stdout)  # exactly one JSON object on stdout
    assert sorted(f["code"] for f in out["findings"]) == ["MLNB-D003", "MLNB-V010"]  # the planted duplicates, income
    assert set(out["findings"][0]) >= {"code", "kind", "severity", "message", "fix", "evidence", "location"}


def test_error_finding_exits_1_and_ignore_with_reason_exits_0(customers, tmp_path):
    broken = tmp_path/"broken.csv"
    lines = customers.read_text().splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("churned")] = ""  # a row without its target
    broken.write_text("\n".join([lines[0], ",".join(row), *lines[2:]]) + "\n")
    assert mlnb("check", broken, "--target", "churned").returncode == 1
    r = mlnb("check", broken, "--target", "churned", "--ignore", "MLNB-D001=labels arrive a day late", "--format", "json")
    assert r.returncode == 0
    ignored = [f for f in json.loads(r.stdout)["findings"] if f["ignored"]]
    assert [(f["code"], f["ignored"]) for f in ignored] == [("MLNB-D001", "labels arrive a day late")]


def test_html_output_file(customers, tmp_path):
    out = tmp_path/"report.html"
    r = mlnb("check", customers, "--target", "churned", "--format", "html", "--output", out)
    assert r.returncode == 0 and r.stdout == ""
    assert f"wrote {out}" in r.stderr
    html = out.read_text()
    assert html.startswith('<!DOCTYPE html>') and '<div class="mlnb-report">' in html and "<script" not in html
    assert "<title>mlnb check: " in html  # a page of its own: the browser tab names the report


@pytest.mark.parametrize("args, expected", [
    (("check", "{dir}/no-such.csv", "--target", "y"), "No file"),
    (("check", "{customers}", "--target", "churn"), "did you mean 'churned'"),
    (("check", "{customers}", "--target", "churned", "--time", "date"), "is not in customers.csv"),
    (("check", "{customers}"), "the following arguments are required: --target"),
    (("check", "{customers}", "--target", "churned", "--bogus"), "unrecognized arguments: --bogus"),
    (("check", "{customers}", "--target", "churned", "--format", "xml"), "invalid choice: 'xml'"),
    (("check", "{latin1}", "--target", "y"), "--encoding latin-1"),
    (("check", "{dir}", "--target", "y"), "Cannot tell the format"),
    (("data", "nope"), "Unknown example 'nope'"),
    (("check", "{customers}", "--target", "churned", "--encoding", "bogus"), "Unknown encoding 'bogus'"),
    (("check", "{customers}", "--target", "churned", "--output", "{dir}"), "Cannot write"),
    (("check", "{customers}", "--target", "churned", "--output", "{customers}/x.json"), "Cannot write"),
    (("split", "{customers}", "--target", "churned", "--output-dir", "{customers}"), "Cannot write"),
    (("explode",), "invalid choice: 'explode'"),
    (("split", "{customers}", "--target", "churned", "--seed", "-1"), "from 0 to 4294967295"),
    (("split", "{customers}", "--target", "churned", "--seed", "4294967296"), "from 0 to 4294967295"),
    (("baselines", "{customers}", "--target", "churned", "--seed", "-1"), "from 0 to 4294967295"),
    (("data", "customers", "--seed", "4294967296"), "from 0 to 4294967295"),
])
def test_user_errors_are_one_line_exit_2(args, expected, customers, tmp_path):
    (tmp_path/"latin1.csv").write_bytes("city,y\nZ\xfcrich,1\n".encode("latin-1"))
    args = [a.format(dir=tmp_path, customers=customers, latin1=tmp_path/"latin1.csv") for a in args]
    r = mlnb(*args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stderr.startswith("mlnb: error: ") and expected in r.stderr, r.stderr


def test_encoding_flag_reads_latin1(tmp_path):
    path = tmp_path/"latin1.csv"
    path.write_bytes("city,y\nZ\xfcrich,1\nK\xf6ln,0\n".encode("latin-1"))
    r = mlnb("check", path, "--target", "y", "--encoding", "latin-1", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["inputs"]["train rows"] == 2


def test_codes_listing():
    out = json.loads(mlnb("codes", "--format", "json").stdout)["codes"]
    codes = [c["code"] for c in out]
    assert codes == sorted(codes) and {"MLNB-D001", "MLNB-D003", "MLNB-G001"} <= set(codes)
    assert all(c["fix"] and c["url"].endswith("#" + c["code"].lower()) for c in out)


def test_a_crashed_check_is_an_error(tmp_path):
    "A check that crashes makes the report incomplete: MLNB-G001, exit status 1, never a silent 0."
    from mlnb.core import Report
    def broken(): raise RuntimeError("boom")
    report = Report("x").run_check(broken, label="broken")
    assert [(f.code, f.severity) for f in report] == [("MLNB-G001", "error")] and report.exit_code == 1


def test_json_lines_with_nested_values(tmp_path):
    path = tmp_path/"events.jsonl"
    path.write_text('{"tags": ["a"], "y": 0}\n{"tags": ["b"], "y": 1}\n{"tags": ["a"], "y": 0}\n')
    r = mlnb("check", path, "--target", "y", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == ["MLNB-D003"]


@pytest.fixture(scope="module")
def evaluation_json(tmp_path_factory):
    "An `evaluate` report on the example customers, saved as JSON the way a user saves it."
    from mlnb.data import make_customers
    from mlnb.metrics import evaluate
    from sklearn.linear_model import LogisticRegression
    df = make_customers(n_customers=200, problems=(), seed=1)
    report = evaluate(LogisticRegression(max_iter=500), df[["age", "tenure_months", "monthly_charges", "support_calls"]],
                      df["churned"], groups=df["customer_id"], metrics=["average_precision", "roc_auc"], name="churn model")
    path = tmp_path_factory.mktemp("card")/"eval.json"
    report.save(path)
    return path, report


def _with_ci(row) -> str:
    return f"{row['mean']:.3f} [{row['ci low']:.3f}, {row['ci high']:.3f}]"


def test_card_markdown_from_a_saved_evaluation(evaluation_json, tmp_path):
    path, report = evaluation_json
    (tmp_path/"use.md").write_text("Rank customers for **retention calls**; users: the retention team.\n")
    r = mlnb("card", path, "--intended-use", f"@{tmp_path/'use.md'}", "--limitations", "Synthetic customers only.")
    assert r.returncode == 0, r.stderr
    md = r.stdout
    assert md.startswith("# Model card: churn model\n")
    for section in ("Model details", "Intended use", "Factors", "Metrics", "Evaluation data", "Training data",
                    "Quantitative analyses", "Ethical considerations", "Caveats and recommendations"):
        assert f"\n## {section}\n" in md, section
    for metric, row in report.tables["scores"].iterrows():  # every metric with its 95% interval, as evaluate measured it
        assert f"| {metric}{' (primary)' if metric == report.inputs['primary'] else ''} | {_with_ci(row)} |" in md, metric
    assert "Rank customers for **retention calls**; users: the retention team." in md
    assert "Synthetic customers only." in md and "**Not provided.** Pass `intended_use=" not in md


def test_card_html_file_and_json_findings(evaluation_json, tmp_path):
    path, report = evaluation_json
    out = tmp_path/"card.html"
    r = mlnb("card", path, "--intended-use", "Retention <calls> only.", "--output", out, "--format", "json")
    assert r.returncode == 0, r.stderr
    assert f"wrote {out}" in r.stderr
    d = json.loads(r.stdout)
    codes = {f["code"] for f in d["findings"]}
    assert "MLNB-R002" in codes and "MLNB-R001" not in codes  # limitations missing, intended use stated
    assert d["output"] == str(out) and "Metrics" in d["sections"]
    html = out.read_text()
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html.lower()
    assert _with_ci(report.tables["scores"].loc[report.inputs["primary"]]) in html
    assert "Retention &lt;calls&gt; only." in html  # the user's text, escaped


@pytest.mark.parametrize("args, expected", [
    (("{dir}/no-such.json",), "No file"),
    (("{customers}",), "customers.csv is not JSON"),
    (("{dir}/list.json",), "is not an mlnb report"),
    (("{eval}", "--fairness", "{customers}"), "(in --fairness)"),
    (("{eval}", "--intended-use", "@{dir}/missing.md"), "No file"),
    (("{eval}", "--output", "{dir}/card.pdf"), "end the file name in .md, .html or .json"),
    (("{eval}", "--format", "html"), "invalid choice: 'html'"),
])
def test_card_bad_input_is_one_line_exit_2(args, expected, evaluation_json, customers, tmp_path):
    (tmp_path/"list.json").write_text("[1, 2]")
    r = mlnb("card", *[a.format(dir=tmp_path, customers=customers, eval=evaluation_json[0]) for a in args])
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert r.stderr.startswith("mlnb: error: ") and expected in r.stderr, r.stderr


def test_role_decided_on_the_command_line_is_what_every_check_uses(customers, tmp_path):
    "`customer_id` is an entity to the detector (S005: customers on both sides); --role makes it a plain label."
    def codes(*extra):
        r = mlnb("split", customers, "--target", "churned", "--strategy", "stratified", "--format", "json", *extra)
        assert r.returncode in (0, 1), r.stderr
        return {f["code"] for f in json.loads(r.stdout)["findings"]}
    assert "MLNB-S005" in codes()
    assert "MLNB-S005" not in codes("--role", "customer_id=categorical")
    r = mlnb("check", customers, "--target", "churned", "--role", "customer_id=cash")
    assert r.returncode == 2 and "ROLE one of constant, date, row_id, entity" in r.stderr, r.stderr


def test_a_newline_in_a_file_name_keeps_the_error_on_one_line(tmp_path):
    bad = tmp_path/"a\nb.ipynb"
    bad.write_text("{bad")
    r = mlnb("lint", bad)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "a\\nb.ipynb is not a readable notebook" in r.stderr


def test_holdout_flags_a_test_part_whose_base_rate_differs(tmp_path):
    "A split by customer and time: churners are rarer in the test part; `mlnb holdout` says so, with both parts' numbers."
    from mlnb.data import make_customers
    from mlnb.split import split_data
    parts = split_data(make_customers(n_customers=600, problems=(), seed=0), "churned", groups="customer_id", time="snapshot_date")
    cols = ["customer_id", "age", "tenure_months", "monthly_charges", "support_calls", "plan", "churned"]
    parts.train[cols].to_csv(tmp_path/"train.csv", index=False); parts.test[cols].to_csv(tmp_path/"test.csv", index=False)
    r = mlnb("holdout", tmp_path/"train.csv", tmp_path/"test.csv", "--target", "churned", "--groups", "customer_id",
             "--model", "linear", "--metrics", "average_precision,roc_auc", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    rate = [f for f in out["findings"] if f["code"] == "MLNB-M016"]
    assert len(rate) == 1 and "of the test part against" in rate[0]["message"]
    shares = {row["class"]: row for row in out["rates"]}
    assert shares[1]["test share"] < 0.6 * shares[1]["train share"]
    assert [s["metric"] for s in out["scores"]] == ["average_precision", "roc_auc"]
    assert {s["test against the CV interval"] for s in out["scores"]} <= {"inside", "below", "above"}
    bad = mlnb("holdout", tmp_path/"train.csv", tmp_path/"test.csv", "--target", "churnd")
    assert bad.returncode == 2 and "did you mean 'churned'" in bad.stderr


def test_baselines_print_the_rule_and_the_verdict(customers):
    r = mlnb("baselines", customers, "--target", "churned", "--groups", "customer_id", "--format", "json", timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert " \u2192 " in out["rule"] and "rows)" in out["rule"]  # the rule in words: branch -> share (rows)
    verdict = [f for f in out["findings"] if f["code"] in ("MLNB-M018", "MLNB-M019")]
    assert verdict and all("one-feature rule" in f["message"] for f in verdict)


def test_imbalance_compares_strategies_and_recommends_one(tmp_path):
    "ISLR's Default (3% default): judged by balanced accuracy, the simplest strategy that lifts it is recommended."
    from mlnb.data import load_rdataset
    load_rdataset("ISLR", "Default").to_csv(tmp_path/"default.csv", index=False)
    r = mlnb("imbalance", tmp_path/"default.csv", "--target", "default", "--metrics", "balanced_accuracy", "--format", "json", timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    names = {s["name"] for s in out["strategies"]}
    assert names == {"none", "class weights", "random oversampling", "random undersampling", "SMOTE", "threshold"}
    assert out["recommended"] == "class weights" and any(f["code"] == "MLNB-M020" for f in out["findings"])
    s = {x["name"]: x for x in out["strategies"]}
    assert s["class weights"]["low"] > s["none"]["high"]
    bad = mlnb("imbalance", tmp_path/"default.csv", "--target", "default", "--costs", "fn=10")
    assert bad.returncode == 2 and "needs fp= and fn=" in bad.stderr


def diabetes_csv(folder):
    "scikit-learn's diabetes table, its target named progression, as folder/diabetes.csv."
    from sklearn.datasets import load_diabetes
    X, y = load_diabetes(return_X_y=True, as_frame=True)
    X.assign(progression=y).to_csv(folder/"diabetes.csv", index=False)


def test_diagnose_flags_an_overgrown_model(tmp_path):
    "scikit-learn's diabetes table with the forest baseline (leaves of one row): the curves, and findings that name the fix."
    diabetes_csv(tmp_path)
    r = mlnb("diagnose", tmp_path/"diabetes.csv", "--target", "progression", "--model", "forest", "--metrics", "r2",
             "--format", "json", timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [row["fraction"] for row in out["learning_curve"]] == [0.1, 0.25, 0.5, 0.75, 1.0]
    assert {"rows", "train", "validation"} <= set(out["learning_curve"][0]) and len(out["validation_curve"]) == 7
    assert "MLNB-M023" in [f["code"] for f in out["findings"]]  # r2 near 0.9 on its training rows, about 0.4 on the test rows
    bad = mlnb("diagnose", tmp_path/"diabetes.csv", "--target", "progression", "--metrics", "accuracy")
    assert bad.returncode == 2 and "applies to" in bad.stderr


def test_tune_reports_the_nested_estimate(tmp_path):
    "scikit-learn's diabetes table, the linear baseline (a ridge) over its default space, with 3 outer folds."
    diabetes_csv(tmp_path)
    r = mlnb("tune", tmp_path/"diabetes.csv", "--target", "progression", "--metrics", "r2", "--trials", "12", "--nested", "3",
             "--no-log", "--format", "json", cwd=tmp_path, timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert list(out["best_params"]) == ["ridge__alpha"] and 0.4 < out["best_score"] < 0.6
    n = out["nested"]
    assert n["ci low"] < n["estimate"] < n["ci high"] and abs(n["estimate"] - out["best_score"]) < 0.1
    assert {"MLNB-T008", "MLNB-T009"} & {f["code"] for f in out["findings"]}
    assert not (tmp_path/"mlflow.db").exists()
    bad = mlnb("tune", tmp_path/"diabetes.csv", "--target", "progression", "--space", '{"alpha": ["float", 1, 0.1]}')
    assert bad.returncode == 2 and "low 1 not below high 0.1" in bad.stderr
    bad = mlnb("tune", tmp_path/"diabetes.csv", "--target", "progression", "--space", "{alpha}")
    assert bad.returncode == 2 and "--space is not JSON" in bad.stderr
