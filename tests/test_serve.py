"""`mlnb serve` as a user runs it: a real server process on a free loopback port, real HTTP requests, then SIGTERM.

A model saved with `save_served_model` from ISLR's Default: its answers equal the model's in this process; bad requests
are each a clear 4xx that never repeats what was sent; a model that fails on a request is a 500 with a request id and
the server goes on answering, and among concurrent requests it fails alone; the prediction log holds every answered row,
read back with pandas while the server runs; a server on models:/NAME@ALIAS follows the alias without a restart."""
import json, re, signal, subprocess, time, urllib.error, urllib.request

import numpy as np
import pandas as pd
import pytest

from helpers import BIN, free_port


def call(url: str, body=None, content_type="application/json", timeout=30):
    "(status, headers with lower-case names, text) of a GET (body None) or POST."
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": content_type} if data is not None else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r: return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode()
    except urllib.error.HTTPError as ex: return ex.code, {k.lower(): v for k, v in ex.headers.items()}, ex.read().decode()


@pytest.fixture(scope="module")
def default_model(tmp_path_factory):
    "A logistic regression on ISLR's Default, and a second one that fails on rows with a missing income (LogisticRegression refuses NaN)."
    from sklearn.linear_model import LogisticRegression
    from mlnb.data import load_rdataset
    from mlnb.metrics import baseline_model
    from mlnb.serve import save_served_model
    d = load_rdataset("ISLR", "Default")
    X, y = d.drop(columns="default"), d["default"]
    model = baseline_model(X, "binary").fit(X, y)
    root = tmp_path_factory.mktemp("models")
    good = save_served_model(model, X, root/"default", name="default", threshold=0.2)
    Xn = X[["balance", "income"]].copy()
    Xn.loc[::50, "income"] = np.nan  # training had missing incomes: the gate lets them through ...
    fragile = LogisticRegression().fit(Xn.fillna(Xn["income"].median()), y)  # ... but this model cannot take them
    bad = save_served_model(fragile, Xn, root/"fragile", name="fragile")
    return X, model, good, bad


@pytest.fixture
def server(tmp_path):
    "Start `mlnb serve` on a free port; stop it with SIGTERM (as a process manager would) after the test."
    procs = []
    def start(folder, *args):
        port = free_port()
        p = subprocess.Popen([str(BIN/"mlnb"), "serve", str(folder), "--port", str(port), *args],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        procs.append(p)
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if call(url + "/health", timeout=2)[0] == 200: return url, p
            except OSError: time.sleep(0.1)
        p.kill(); raise AssertionError(f"the server did not start: {p.stderr.read()}")
    yield start
    for p in procs:
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=30)


def test_answers_equal_the_model_and_are_logged(default_model, server, tmp_path):
    X, model, folder, _ = default_model
    url, proc = server(folder, "--log", tmp_path/"log", "--log-rows", "10")
    rows = X.iloc[:8]
    status, headers, text = call(url + "/invocations", {"dataframe_split": {"columns": list(rows.columns), "data": rows.values.tolist()}})
    assert status == 200 and json.loads(text)["predictions"] == model.predict(rows).tolist()
    status, headers, text = call(url + "/predict", {"dataframe_records": rows.to_dict("records")})
    out = json.loads(text)
    assert status == 200 and out["model"] == "default" and out["request_id"] == headers["x-request-id"]
    p = np.array([a["probabilities"]["Yes"] for a in out["predictions"]])
    np.testing.assert_allclose(p, model.predict_proba(rows)[:, 1], rtol=0, atol=1e-12)
    assert [a["decision"] for a in out["predictions"]] == np.where(p >= 0.2, "Yes", "No").tolist()
    schema = json.loads(call(url + "/schema")[2])
    assert [c["name"] for c in schema["columns"]] == ["student", "balance", "income"] and schema["threshold"] == 0.2
    metrics = call(url + "/metrics")[2]
    assert 'mlnb_requests_total{model="default",version="",endpoint="/predict",status="200"} 1' in metrics
    assert 'mlnb_rows_predicted_total{model="default",version="",endpoint="/invocations"} 8' in metrics
    # a log file every 10 rows: 8 + 8 rows fill one, readable while the server runs; 3 more wait for the next
    assert call(url + "/predict", {"dataframe_records": X.iloc[8:11].to_dict("records")})[0] == 200
    files = sorted((tmp_path/"log").glob("*.parquet"))
    log = pd.read_parquet(files[0])
    assert len(files) == 1 and len(log) == 16 and out["request_id"] in set(log["request_id"])
    assert {"time", "model", "version", "row", "input.balance", "probability.Yes", "decision"} <= set(log.columns)
    assert str(log["time"].dtype) == "datetime64[ns, UTC]" and (pd.Timestamp.now("UTC") - log["time"].max()).total_seconds() < 120
    proc.send_signal(signal.SIGTERM); proc.wait(timeout=30)  # the stop writes what waits
    log = pd.concat(pd.read_parquet(f) for f in sorted((tmp_path/"log").glob("*.parquet")))
    assert len(log) == 19 and not log.duplicated(["request_id", "row"]).any()
    np.testing.assert_allclose(log["input.balance"], X["balance"].iloc[list(range(8)) * 2 + [8, 9, 10]])


BAD = [  # (what is wrong, body, content type, status expected, codes expected)
    ("missing column", {"dataframe_records": [{"student": "No", "balance": 100.0}]}, "application/json", 422, ["MLNB-Q001"]),
    ("wrong type", {"dataframe_records": [{"student": "No", "balance": "lots", "income": 1e4}]}, "application/json", 422, ["MLNB-Q003"]),
    ("out-of-range number", {"dataframe_records": [{"student": "No", "balance": 987654321.0, "income": 1e4}]}, "application/json", 422, ["MLNB-Q004"]),
    ("unseen category", {"dataframe_records": [{"student": "Sometimes", "balance": 100.0, "income": 1e4}]}, "application/json", 422, ["MLNB-Q005"]),
    ("extra column", {"dataframe_records": [{"student": "No", "balance": 100.0, "income": 1e4, "secret_note": "x"}]}, "application/json", 422, ["MLNB-Q002"]),
    ("missing value", {"dataframe_records": [{"student": None, "balance": 100.0, "income": 1e4}]}, "application/json", 422, ["MLNB-Q006"]),
    ("no rows", {"dataframe_records": []}, "application/json", 422, ["MLNB-Q007"]),
    ("empty body", b"", "application/json", 400, None),
    ("non-JSON", b"student=No&balance=100", "application/json", 400, None),
    ("not JSON at all", b"student,balance\nNo,100", "text/csv", 415, None),
    ("10 MB body", b'{"dataframe_records": [' + b'{"student": "No", "balance": 1.0, "income": 2.0},' * 230_000 + b'{}]}', "application/json", 413, None),
]


def test_bad_requests_are_clear_4xx_that_repeat_nothing(default_model, server):
    _, _, folder, _ = default_model
    url, _ = server(folder)
    for what, body, ctype, status, codes in BAD:
        got, headers, text = call(url + "/predict", body, ctype)
        assert got == status, (what, got, text[:300])
        out = json.loads(text)
        assert out["request_id"] == headers["x-request-id"], what
        if codes: assert [e["code"] for e in out["errors"]] == codes, (what, out)
        for secret in ("lots", "987654321", "Sometimes", "balance=100", "No,100"):
            assert secret not in text, (what, secret)
    assert call(url + "/health")[0] == 200  # and it still serves


def test_a_model_crash_is_a_500_and_the_server_keeps_serving(default_model, server):
    _, _, _, fragile = default_model
    url, proc = server(fragile)
    status, headers, text = call(url + "/predict", {"dataframe_records": [{"balance": 500.0, "income": None}]})
    assert status == 500 and json.loads(text)["request_id"] == headers["x-request-id"] and "NaN" not in text
    status, _, text = call(url + "/predict", {"dataframe_records": [{"balance": 500.0, "income": 30000.0}]})
    assert status == 200 and json.loads(text)["predictions"][0]["prediction"] in (0, 1, "No", "Yes")
    proc.send_signal(signal.SIGTERM); proc.wait(timeout=30)
    assert headers["x-request-id"] in proc.stderr.read()  # the traceback is in the server's log, under the request id


def test_a_model_recorded_in_a_pipeline_is_served_from_the_registry(tmp_path, server):
    "A step records its model with X= and a threshold; the runner registers it; `mlnb serve models:/toy@candidate` serves that version."
    import nbformat
    from helpers import mlnb
    root = tmp_path/"pipe"
    root.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(
        "import mlnb\nfrom sklearn.datasets import load_breast_cancer\nfrom sklearn.linear_model import LogisticRegression\n"
        "from sklearn.pipeline import make_pipeline\nfrom sklearn.preprocessing import StandardScaler\n"
        "X, y = load_breast_cancer(return_X_y=True, as_frame=True)\nX = X.iloc[:, :5]\n"
        "model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)\n"
        "mlnb.record_model('toy', model, X=X, threshold=0.3)\nX.iloc[:4].to_json('rows.json', orient='records')")]
    nbformat.write(nb, root/"train.ipynb")
    (root/"mlnb.yml").write_text("name: toy\nsteps:\n  - name: train\n    notebook: train.ipynb\n    outputs: [rows.json]\n")
    store = f"sqlite:///{root}/mlflow.db"
    r = mlnb("run", root, "--tracking-uri", store, "--format", "json", timeout=300)
    assert r.returncode == 0, r.stderr
    url, _ = server("models:/toy@candidate", "--tracking-uri", store)
    rows = json.loads((root/"rows.json").read_text())
    status, _, text = call(url + "/predict", {"dataframe_records": rows})
    out = json.loads(text)
    assert status == 200 and (out["model"], out["version"]) == ("toy", "1"), out
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    X, y = load_breast_cancer(return_X_y=True, as_frame=True)
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X.iloc[:, :5], y)
    p = model.predict_proba(X.iloc[:4, :5])[:, 1]
    np.testing.assert_allclose([a["probabilities"]["1"] for a in out["predictions"]], p, rtol=0, atol=1e-12)
    assert [a["decision"] for a in out["predictions"]] == [int(v >= 0.3) for v in p]
    schema = json.loads(call(url + "/schema")[2])
    assert len(schema["columns"]) == 5 and schema["threshold"] == 0.3
    assert call(url + "/predict", {"dataframe_records": [{**rows[0], "mean radius": 1e9}]})[0] == 422  # the gate holds


@pytest.fixture(scope="module")
def challengers(default_model, tmp_path_factory):
    "Two shadows on the champion's features: a forest that works, and a k-nearest-neighbours model that fails on every request."
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OrdinalEncoder
    from sklearn.compose import make_column_transformer
    from mlnb.data import load_rdataset
    from mlnb.serve import save_served_model
    X, *_ = default_model
    y = load_rdataset("ISLR", "Default")["default"]
    enc = lambda: make_column_transformer((OrdinalEncoder(), ["student"]), remainder="passthrough")
    forest = make_pipeline(enc(), RandomForestClassifier(n_estimators=20, random_state=0)).fit(X, y)
    broken = make_pipeline(enc(), KNeighborsClassifier(n_neighbors=5)).fit(X.iloc[:6], y.iloc[:6])
    broken.set_params(kneighborsclassifier__n_neighbors=50)  # more neighbours than rows: predict raises, every time
    root = tmp_path_factory.mktemp("shadows")
    return forest, save_served_model(forest, X, root/"forest", name="forest"), save_served_model(broken, X, root/"broken", name="broken")


def test_a_failing_shadow_changes_no_answer(default_model, challengers, server, tmp_path):
    X, model, folder, _ = default_model
    _, _, broken = challengers
    url, proc = server(folder, "--shadow", broken, "--log", tmp_path/"log")
    for k in range(10):
        rows = X.iloc[5 * k:5 * k + 5]
        status, _, text = call(url + "/invocations", {"dataframe_records": rows.to_dict("records")})
        assert status == 200 and json.loads(text)["predictions"] == model.predict(rows).tolist()
    time.sleep(1)
    assert 'mlnb_shadow_requests_total{model="broken",version="",outcome="error"} 10' in call(url + "/metrics")[2]
    proc.send_signal(signal.SIGTERM); proc.wait(timeout=30)
    log = pd.concat(pd.read_parquet(f) for f in (tmp_path/"log").glob("*.parquet"))
    assert set(log["role"]) == {"champion"} and len(log) == 50  # the shadow's failures log nothing but a warning
    assert "the shadow model broken failed" in proc.stderr.read()


def test_a_working_shadow_is_logged_beside_the_champion(default_model, challengers, server, tmp_path):
    X, model, folder, _ = default_model
    forest, shadow, _ = challengers
    url, proc = server(folder, "--shadow", shadow, "--log", tmp_path/"log")
    rows = X.iloc[100:130]
    assert call(url + "/predict", {"dataframe_records": rows.to_dict("records")})[0] == 200
    proc.send_signal(signal.SIGTERM); proc.wait(timeout=30)
    log = pd.concat(pd.read_parquet(f) for f in (tmp_path/"log").glob("*.parquet"))
    champ, shad = log[log["role"] == "champion"].sort_values("row"), log[log["role"] == "shadow"].sort_values("row")
    assert len(champ) == len(shad) == 30 and set(champ["request_id"]) == set(shad["request_id"])
    assert (shad["model"] == "forest").all() and shad["prediction"].tolist() == forest.predict(rows).tolist()
    np.testing.assert_allclose(shad["probability.Yes"], forest.predict_proba(rows)[:, 1], rtol=0, atol=1e-12)


def test_an_ab_split_is_sticky_by_its_key_and_says_which_model_answered(default_model, challengers, server, tmp_path):
    "Half the customers to the forest, by a hash of their id: each row names its model, whose probabilities it carries; the same ids go to the same models in another request."
    X, model, folder, _ = default_model
    forest, shadow, _ = challengers
    url, proc = server(folder, "--split", f"{shadow}=0.5", "--key", "customer_id", "--log", tmp_path/"log")
    rows = X.iloc[:200].assign(customer_id=[f"c{i}" for i in range(200)])  # the key is not an input: taken out before the gate
    status, _, text = call(url + "/predict", {"dataframe_records": rows.to_dict("records")})
    out = json.loads(text)["predictions"]
    assert status == 200, text[:300]
    by = np.array([a["model"] for a in out])
    assert set(by) == {"default", "forest"} and 60 < (by == "forest").sum() < 140
    want = np.where(by == "forest", forest.predict_proba(X.iloc[:200])[:, 1], model.predict_proba(X.iloc[:200])[:, 1])
    np.testing.assert_allclose([a["probabilities"]["Yes"] for a in out], want, rtol=0, atol=1e-12)
    again = json.loads(call(url + "/predict", {"dataframe_records": rows.iloc[::-1].to_dict("records")})[2])["predictions"]
    assert [a["model"] for a in again] == list(by[::-1])  # sticky: the same customer, the same model
    metrics = call(url + "/metrics")[2]
    assert f'mlnb_split_rows_total{{model="forest",version="",role="variant"}} {2 * (by == "forest").sum()}' in metrics
    proc.send_signal(signal.SIGTERM); proc.wait(timeout=30)
    log = pd.concat(pd.read_parquet(f) for f in (tmp_path/"log").glob("*.parquet"))
    assert len(log) == 400 and set(log.groupby("role")["model"].unique().map(tuple)) == {("default",), ("forest",)}
    assert "input.customer_id" not in log.columns  # not an input; logged as the split's key
    routes = log.drop_duplicates("key.customer_id").set_index("key.customer_id")["model"]
    assert routes.loc[[f"c{i}" for i in range(200)]].tolist() == list(by)


def test_concurrent_requests_share_calls_and_a_bad_one_fails_alone(default_model, server):
    "60 requests from 12 clients at once: good ones answered with their own rows' predictions, each fifth (a missing income this model cannot take) a 500, fewer model calls than requests."
    from concurrent.futures import ThreadPoolExecutor
    from mlnb.serve import load_served_model
    X, _, _, fragile = default_model
    model = load_served_model(fragile).model
    url, _ = server(fragile)
    rows = [X[["balance", "income"]].iloc[3 * i:3 * i + 3].assign(income=lambda d, i=i: None if i % 5 == 0 else d["income"]) for i in range(60)]
    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(lambda r: call(url + "/invocations", {"dataframe_records": r.to_dict("records")}), rows))
    for i, (r, (status, _, text)) in enumerate(zip(rows, answers)):
        if i % 5 == 0: assert status == 500, (i, text)
        else: assert status == 200 and json.loads(text)["predictions"] == model.predict(r).tolist(), (i, text)
    metrics = call(url + "/metrics")[2]
    count = lambda name: int(re.search(rf"^{name} (\d+)$", metrics, re.M).group(1))
    assert count("mlnb_batched_requests_total") == 60 and count("mlnb_batches_total") < 60, metrics[-600:]


def test_the_server_follows_its_alias(default_model, challengers, server, tmp_path):
    "Served from models:/default@champion: the alias moved to a forest is served within the poll, without a restart; a version that cannot be served is refused once and the forest keeps serving."
    from mlflow import MlflowClient
    X, _, folder, _ = default_model
    forest, forest_folder, _ = challengers
    store = f"sqlite:///{tmp_path}/mlflow.db"
    client = MlflowClient(store, registry_uri=store)
    experiment = client.create_experiment("serving", artifact_location=(tmp_path/"artifacts").as_uri())
    def register(f):
        run = client.create_run(experiment).info
        client.log_artifacts(run.run_id, str(f), "model")
        return client.create_model_version("default", source=f"{run.artifact_uri}/model", run_id=run.run_id).version
    def wait_for_version(v):
        for _ in range(200):
            if json.loads(call(url + "/health")[2])["version"] == v: return
            time.sleep(0.1)
        raise AssertionError(f"the server did not switch to version {v}")
    client.create_registered_model("default")
    client.set_registered_model_alias("default", "champion", register(folder))
    url, proc = server("models:/default@champion", "--tracking-uri", store, "--poll", "0.5", "--log", tmp_path/"log")
    rows = X.iloc[:20]
    assert json.loads(call(url + "/predict", {"dataframe_records": rows.to_dict("records")})[2])["version"] == "1"
    client.set_registered_model_alias("default", "champion", register(forest_folder))
    wait_for_version("2")
    out = json.loads(call(url + "/predict", {"dataframe_records": rows.to_dict("records")})[2])
    assert out["version"] == "2"
    np.testing.assert_allclose([a["probabilities"]["Yes"] for a in out["predictions"]], forest.predict_proba(rows)[:, 1], rtol=0, atol=1e-12)
    (tmp_path/"junk").mkdir(); (tmp_path/"junk"/"notes.txt").write_text("not a model")
    client.set_registered_model_alias("default", "champion", register(tmp_path/"junk"))
    time.sleep(2)  # four polls
    assert json.loads(call(url + "/health")[2])["version"] == "2"
    metrics = call(url + "/metrics")[2]
    assert "mlnb_model_switches_total 1" in metrics and "mlnb_model_reload_failures_total 1" in metrics, metrics[-500:]
    proc.send_signal(signal.SIGTERM); proc.wait(timeout=30)
    err = proc.stderr.read()
    assert "models:/default@champion moved from version 1 to 2" in err and err.count("now names version 3, which cannot be served") == 1, err[-2000:]
    log = pd.concat(pd.read_parquet(f) for f in (tmp_path/"log").glob("*.parquet"))
    assert log.groupby("version").size().to_dict() == {"1": 20, "2": 20}
