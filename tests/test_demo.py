"""`make demo`'s script, end to end, into a temporary folder: the example pipeline (examples/churn) run by `mlnb run`.

One demo run is shared by the tests below, which then run the pipeline again as a user would; they run in file order
(cached re-run, then drift and retraining, then a leak that stops the pipeline)."""
import json, re, subprocess, sys

import pytest

from helpers import BIN, ROOT, mlnb

pytestmark = [pytest.mark.timeout(900), pytest.mark.filterwarnings("ignore::DeprecationWarning")]  # SQLAlchemy, through MLflow
STEPS = ["data", "checks", "split", "train", "evaluate", "card", "register", "drift", "retrain"]


def run_demo(out):
    r = subprocess.run([sys.executable, str(ROOT/"examples"/"demo.py"), "--output-dir", str(out)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return r


def run(out, *args) -> tuple[int, dict]:
    "`mlnb run OUT ARGS --format json`: (exit status, the JSON report)."
    r = mlnb("run", out, *args, "--format", "json", timeout=600)
    return r.returncode, json.loads(r.stdout)


def model_version(out, alias):
    from mlflow import MlflowClient
    return MlflowClient(f"sqlite:///{out/'mlflow.db'}").get_model_version_by_alias("churn", alias)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    return out, run_demo(out)


def test_demo_runs_the_pipeline(demo):
    out, r = demo
    assert f"$ mlnb run {out}" in r.stdout and "Where to look" in r.stdout
    assert re.search(r"the pipeline ran in \d+ s \(8 ran, 1 skipped\), then again in \d+ s \(8 cached, 1 skipped\)", r.stdout), r.stdout[-2000:]
    for step in STEPS[:-1]:
        prov = json.loads((out/".mlnb"/"steps"/step/"provenance.json").read_text())
        assert prov["step"] == step and (out/prov["executed_notebook"]).exists()
    assert not (out/".mlnb"/"steps"/"retrain"/"provenance.json").exists()  # no drift by default: retrain skipped
    assert f"mlflow ui --backend-store-uri sqlite:///{out/'mlflow.db'}" in r.stdout and f"jupyter lab {out}" in r.stdout
    assert f"mlnb status {out}" in r.stdout
    assert not list((ROOT/"examples"/"churn").glob("work")), "the demo must run in its copy, not in examples/churn"


def test_checks_pass_and_gate(demo):
    out, _ = demo
    rec = json.loads((out/".mlnb"/"steps"/"checks"/"record.json").read_text())
    assert rec["errors"] == {"kind": "scalar", "value": 0}
    for name in ("validation", "leakage"):
        assert rec[name]["kind"] == "report" and rec[name]["exit_code"] == 0
        report = json.loads((out/".mlnb"/"steps"/"checks"/rec[name]["file"]).read_text())
        assert report["summary"]["error"] == 0 and not [f for f in report["findings"] if f["severity"] == "error"], report["findings"]
    assert (out/"work"/"validation.html").exists() and (out/"work"/"leakage.html").exists()


def test_card_and_registered_model(demo):
    out, _ = demo
    card = (out/"work"/"model_card.html").read_text()
    assert "<title>Model card: churn</title>" in card and "Intended use" in card and "age_band" in card
    assert (out/"work"/"model_card.md").read_text().startswith("# Model card: churn")
    rec = json.loads((out/".mlnb"/"steps"/"evaluate"/"record.json").read_text())
    rates = [rec[f"{part}_churn_rate"]["value"] for part in ("train", "test")]
    said = f"churners are {rates[1]:.1%} of the test part against {rates[0]:.1%} of"  # the README's note on the demo, as run
    md = (out/"work"/"model_card.md").read_text()
    assert "MLNB-M016" in md and f"{rates[1]:.1%} of the test part against {rates[0]:.1%} of the training part" in md  # check_holdout, in the caveats
    assert "MLNB-M015" in md and "roc_auc, which does not, agrees" in md
    readme = " ".join((ROOT/"README.md").read_text().split())
    assert said in readme and f"average precision {rec['test_average_precision']['value']:.3f} on its test part" in readme
    v = model_version(out, "candidate")
    prov = json.loads((out/".mlnb"/"steps"/"register"/"provenance.json").read_text())
    assert v.run_id == prov["mlflow"]["run_id"]
    import mlflow.sklearn, pandas as pd
    mlflow.set_tracking_uri(f"sqlite:///{out/'mlflow.db'}")
    model = mlflow.sklearn.load_model("models:/churn@candidate")
    test = pd.read_parquet(out/"work"/"test.parquet")
    p = model.predict_proba(test[list(model.feature_names_in_)])[:, 1]
    assert p.shape == (len(test),) and 0 < p.mean() < 1


def test_demo_again_is_cached(demo):
    out, _ = demo
    before = {s: (out/".mlnb"/"steps"/s/"provenance.json").read_text() for s in STEPS[:-1]}
    r = run_demo(out)  # `make demo` a second time: the copy over the old one keeps the cache
    assert "the pipeline ran in" in r.stdout and "(8 cached, 1 skipped), then again" in r.stdout, r.stdout[-2000:]
    status, report = run(out)
    assert status == 0 and report["steps"] == {**{s: "cached" for s in STEPS[:-1]}, "retrain": "skipped"}
    assert before == {s: (out/".mlnb"/"steps"/s/"provenance.json").read_text() for s in STEPS[:-1]}


def test_drift_triggers_retraining(demo):
    out, _ = demo
    status, report = run(out, "-p", "drift_shift=1.0")
    assert status == 0, report
    assert report["steps"] == {**{s: "cached" for s in STEPS[:-2]}, "drift": "ran", "retrain": "ran"}
    drift = json.loads((out/".mlnb"/"steps"/"drift"/"record.json").read_text())
    assert drift["drifted"]["value"] is True and drift["drifted_columns"]["value"] >= 3
    assert model_version(out, "retrained").version != model_version(out, "candidate").version


def test_leak_stops_the_pipeline(demo):
    out, _ = demo
    status, report = run(out, "-p", "problems=[proxy]")
    assert status == 1
    assert report["steps"]["data"] == "ran" and report["steps"]["checks"] == "failed"
    assert all(report["steps"][s] == "blocked" for s in STEPS[2:])
    failed = json.loads((out/".mlnb"/"steps"/"checks"/"failed.json").read_text())
    assert failed["ename"] == "MlnbError" and "MLNB-L006" in failed["evalue"] and "exit_survey_sent" in failed["evalue"]
    assert (out/"work"/"model_card.html").exists()  # the last good results stay in place


def test_the_readme_pipeline_commands_work_as_written(demo):
    "The README's pipeline block, word for word with demo/ being this run's folder (servers left out)."
    out, _ = demo
    block = next(b for b in re.findall(r"```sh\n(.*?)```", (ROOT/"README.md").read_text(), re.S) if "mlnb status demo" in b)
    commands = [line.split("#")[0].strip() for line in block.splitlines()]
    commands = [c for c in commands if c.startswith(".venv/bin/mlnb ")]
    assert len(commands) == 3, commands
    for cmd in commands:
        argv = cmd.replace(".venv/bin/mlnb ", "").split()
        argv = [str(out) if a == "demo" else str(ROOT/a) if a.startswith("examples/") else a for a in argv]
        r = mlnb(*argv, timeout=600)
        assert r.returncode == 0, (cmd, r.stderr[-2000:])


def run_readme_block(marker: str, out, folder) -> subprocess.CompletedProcess:
    "The README's sh block holding `marker`, run by bash word for word in `folder`, where demo/ is this run's demo and .venv/ this venv."
    block = next(b for b in re.findall(r"```sh\n(.*?)```", (ROOT/"README.md").read_text(), re.S) if marker in b)
    (folder/"demo").symlink_to(out); (folder/".venv").symlink_to(BIN.parent)
    return subprocess.run(["bash", "-c", block], cwd=folder, capture_output=True, text=True, timeout=300)


def test_the_readme_serving_commands_work_as_written(demo, tmp_path):
    "The README's serving block run by bash, word for word, in a folder where demo/ is this run's demo and .venv/ this venv."
    out, _ = demo
    r = run_readme_block("mlnb serve models:/churn@candidate", out, tmp_path)
    lines = r.stdout.splitlines()
    health, answer, refused = (json.loads(line) for line in lines[:3])
    assert health == {"status": "ok", "model": "churn", "version": "1", "columns": 8}, r.stderr[-2000:]
    p = [a["probabilities"]["1"] for a in answer["predictions"]]
    assert [a["decision"] for a in answer["predictions"]] == [0, 1] and answer["version"] == "1"
    threshold = json.loads((out/".mlnb"/"steps"/"evaluate"/"record.json").read_text())["threshold_value"]["value"]
    readme = " ".join((ROOT/"README.md").read_text().split())
    assert f"churns with probability {p[0]:.2f}" in readme and f"six support calls, {p[1]:.2f}, above the threshold ({threshold:.2f})" in readme
    assert sorted(e["code"] for e in refused["errors"]) == ["MLNB-Q001"] * 5 + ["MLNB-Q003", "MLNB-Q005"] and "mars" not in lines[2]
    import pandas as pd
    log = pd.read_parquet(out/"work"/"predictions")
    answered, refused_rows = log[log["role"] == "champion"], log[log["role"] == "refused"]
    assert answered["request_id"].tolist() == [answer["request_id"]] * 2 and answered["probability.1"].tolist() == p
    assert refused_rows["request_id"].tolist() == [refused["request_id"]] and "MLNB-Q005:region" in refused_rows["refused"].iloc[0]
    assert r.stdout.count(answer["request_id"]) >= 2  # the printed log
    assert "Monitoring: demo/work/predictions" in r.stdout and "MLNB-N007" not in r.stdout  # calibrated on the test part


def test_the_readme_review_commands_work_as_written(demo, tmp_path):
    "The README's review block run by bash, word for word: certify, serve with a queue, the third customer deferred, labelled, monitored."
    out, _ = demo
    r = run_readme_block("mlnb abstain", out, tmp_path)
    health, answer = (json.loads(line) for line in r.stdout.splitlines() if line.startswith("{"))  # after abstain's report
    assert health["review"] == {"risk": 0.05, "delta": 0.1, "queue": True}, r.stderr[-2000:]
    assert [a["decision"] for a in answer["predictions"]] == [0, 1, "review"]
    policy = json.loads((out/"work"/"review.json").read_text())
    readme = " ".join((ROOT/"README.md").read_text().split())
    from mlnb.review import band
    lo, hi = band(policy["levels"][0]["level"], policy["threshold"])
    assert f"sends probabilities between {lo:.3f} and {hi:.3f} to a person" in readme
    assert f"support calls ({answer['predictions'][2]['probabilities']['1']:.2f})" in readme
    share, errors, n = re.search(r"decides ([\d.]+%) of the calibration rows alone, with (\d+) errors among (\d+)", r.stdout).groups()
    assert f"decide {share} of the test part alone ({errors} errors among {n}" in readme
    from mlnb.review import ReviewQueue
    q = ReviewQueue(out/"work"/"review.db")
    assert q.counts() == {"open": 0, "labelled": 1, "skipped": 0} and q.labels()["reason"].tolist() == ["called: renewing for a year"]
    assert "MLNB-N012" in r.stdout and "People labelled 1 row the model deferred" in r.stdout


def test_a_drifted_prediction_log_retrains_and_the_server_switches(demo, tmp_path):
    "Serve churn@candidate with a log; send it drifted customers; `mlnb run -p prediction_log=...`: the drift step's monitor says drifted, retrain registers a new candidate, the server follows the alias."
    import time, urllib.error, urllib.request
    import pandas as pd
    from helpers import free_port
    from mlnb.data import make_customers
    out, _ = demo
    store, port = f"sqlite:///{out/'mlflow.db'}", free_port()
    before = model_version(out, "candidate").version
    server = subprocess.Popen([str(BIN/"mlnb"), "serve", "models:/churn@candidate", "--tracking-uri", store, "--port", str(port),
                               "--log", str(tmp_path/"log"), "--log-rows", "100", "--poll", "1"], stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    def get(path, body=None):
        req = urllib.request.Request(url + path, data=body and json.dumps(body).encode(), headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r: return json.loads(r.read())
    try:
        for _ in range(300):
            try: get("/health"); break
            except OSError: time.sleep(0.2)
        train = pd.read_parquet(out/"work"/"train.parquet")  # the drift step's new customers with drift_shift=1.0, as the server sees them
        new = make_customers(300, months=3, churn_rate=float(train["churned"].mean()), problems=(), shift=1.0, start="2025-01-01", seed=1)
        features = get("/schema")["columns"]
        rows = new[[c["name"] for c in features]]
        refused = 0
        for record in rows.to_dict("records"):  # one customer-month per request: the gate refuses the rows of a region never seen (422)
            try: get("/predict", {"dataframe_records": [record]})
            except urllib.error.HTTPError as ex: refused += ex.code == 422
        assert 0 < refused < len(rows) // 2, refused
        status, report = run(out, "-p", f"prediction_log={tmp_path/'log'}", "-p", "drift_shift=1.0", "-p", "retrain.alias=candidate")
        assert status == 0 and report["steps"]["drift"] == "ran" and report["steps"]["retrain"] == "ran", report["steps"]
        rec = json.loads((out/".mlnb"/"steps"/"drift"/"record.json").read_text())
        assert rec["drift_source"]["value"] == "prediction log" and rec["drifted"]["value"] is True
        after = model_version(out, "candidate").version
        assert after != before
        for _ in range(100):
            if get("/health")["version"] == str(after): break
            time.sleep(0.2)
        assert get("/health")["version"] == str(after)
    finally:
        server.terminate(); server.wait(timeout=30)
    assert f"moved from version {before} to {after}" in server.stderr.read()
