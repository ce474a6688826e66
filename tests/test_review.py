"""Human review as a user runs it: `mlnb abstain` certifies a policy on labelled rows, `mlnb serve --review --queue`
defers the rows in its band, `mlnb review` lists and labels them with a reason, and `mlnb monitor --labels QUEUE` reads
the labels back; bad input is a clear error at each step. Then property tests (hypothesis) of `abstain`, `load_policy`
and the queue on hostile input."""
import json, signal, sqlite3

import numpy as np
import pandas as pd
import pytest
from hypothesis import strategies as st

from helpers import mlnb
from mlnb.core import MlnbError
from mlnb.review import AbstentionPolicy, ReviewQueue, abstain, load_policy
from test_fuzz_data import OUTCOMES, api_property, bounded, run_property
from test_serve import call, server  # noqa: F401 (a fixture)


@pytest.fixture(scope="module")
def half_model(tmp_path_factory):
    "A logistic regression on the even rows of ISLR's Default (threshold 0.2), the odd rows as a labelled CSV, the even ones as training."
    from mlnb.data import load_rdataset
    from mlnb.metrics import baseline_model
    from mlnb.serve import save_served_model
    d = load_rdataset("ISLR", "Default")
    even = np.arange(len(d)) % 2 == 0
    root = tmp_path_factory.mktemp("review")
    X = d.drop(columns="default")
    folder = save_served_model(baseline_model(X, "binary").fit(X[even], d["default"][even]), X, root/"model", name="default", threshold=0.2)
    d[~even].to_csv(root/"calibration.csv", index=False)
    d[even].to_csv(root/"train.csv", index=False)
    return d[~even].drop(columns="default"), folder, root


def test_certify_serve_review_and_monitor(half_model, server, tmp_path):
    X_cal, folder, root = half_model
    r = mlnb("abstain", folder, "--calibration", root/"calibration.csv", "--target", "default", "--risk", "0.02",
             "--out", tmp_path/"policy.json", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [f["code"] for f in out["findings"]] == ["MLNB-H002"] and out["policy"]["threshold"] == 0.2
    assert "wrote the review policy" in r.stderr
    url, proc = server(folder, "--review", tmp_path/"policy.json", "--queue", tmp_path/"review.db", "--log", tmp_path/"log", "--log-rows", "50")
    answers = []
    for start in range(0, 600, 100):
        status, _, text = call(url + "/predict", {"dataframe_records": X_cal.iloc[start:start + 100].to_dict("records")})
        assert status == 200
        answers += json.loads(text)["predictions"]
    deferred = sum(a["decision"] == "review" for a in answers)
    assert 0 < deferred < 300, deferred  # the band, not everything
    listed = json.loads(mlnb("review", tmp_path/"review.db", "--format", "json", "--limit", "1000").stdout)
    assert listed["inputs"] == {"open": deferred, "labelled": 0, "skipped": 0} and len(listed["open"]) == deferred
    first = listed["open"][0]
    assert set(first["inputs"]) == {"student", "balance", "income"} and 0 < first["probabilities"]["Yes"] < 1

    no_reason = mlnb("review", tmp_path/"review.db", "--label", first["id"], "Yes")
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    wrong = mlnb("review", tmp_path/"review.db", "--label", first["id"], "Maybe", "--reason", "unsure")
    assert wrong.returncode != 0 and "'Maybe' is not one of the classes ['No', 'Yes']" in wrong.stderr
    done = mlnb("review", tmp_path/"review.db", "--label", first["id"], "Yes", "--reason", "called: two missed payments",
                "--reviewer", "ana", "--export", tmp_path/"labels.csv")
    assert done.returncode == 0, done.stderr
    labels = pd.read_csv(tmp_path/"labels.csv")
    assert labels[["request_id", "row", "label", "reason"]].values.tolist() == [[first["request_id"], first["row"], "Yes", "called: two missed payments"]]
    assert f'mlnb_review_rows_total{{model="default",version=""}} {deferred}' in call(url + "/metrics")[2]

    proc.send_signal(signal.SIGTERM); proc.wait(timeout=30)  # the log's last rows are written at the stop
    m = mlnb("monitor", tmp_path/"log", "--reference", root/"train.csv", "--target", "default", "--labels", tmp_path/"review.db",
             "--window", "300", "--format", "json")
    assert m.returncode == 0, m.stderr
    assert sum(w["deferred"] for w in json.loads(m.stdout)["windows"]) == deferred  # each window counts the rows sent to people
    n012 = [f for f in json.loads(m.stdout)["findings"] if f["code"] == "MLNB-N012"]
    assert len(n012) == 1 and n012[0]["evidence"]["labelled"] == 1
    assert not any(f["code"] == "MLNB-N006" for f in json.loads(m.stdout)["findings"])  # no realized drop judged on doubtful rows


def test_bad_input_is_a_clear_error(half_model, tmp_path):
    X_cal, folder, root = half_model
    r = mlnb("abstain", folder, "--calibration", root/"calibration.csv", "--target", "churned")
    assert r.returncode != 0 and "churned" in r.stderr and "Fix:" in r.stderr
    r = mlnb("abstain", folder, "--calibration", root/"calibration.csv", "--target", "default", "--risk", "5")
    assert r.returncode != 0 and "risk=5.0 must be a number between 0 and 1" in r.stderr
    r = mlnb("review", tmp_path/"nothing.db")
    assert r.returncode == 2 and "No review queue" in r.stderr
    other = AbstentionPolicy([{"class": None, "group": None, "level": 0.5}], ["No", "Yes"], 0.02, 0.1, threshold=0.5, positive="Yes")
    other.save(tmp_path/"other.json")
    r = mlnb("serve", folder, "--review", tmp_path/"other.json", "--port", "1")
    assert r.returncode != 0 and "certified at threshold 0.5, the model decides at 0.2" in r.stderr and "mlnb abstain" in r.stderr
    (tmp_path/"evil.json").write_text('{"format": "mlnb-review-policy/1", "__class__": "os.system", "levels": "rm -rf /"}')
    with pytest.raises(MlnbError, match="malformed"): load_policy(tmp_path/"evil.json")


PROBS = st.lists(st.one_of(st.floats(0, 1), st.just(float("nan"))), min_size=1, max_size=60)


from sklearn.base import BaseEstimator, ClassifierMixin


class _Fixed(ClassifierMixin, BaseEstimator):
    "A classifier whose probabilities are given (row i gets p[i]): abstain's input checks and maths on any numbers."
    def __init__(self, p=()): self.p = p
    def fit(self, X, y=None):
        self.classes_, self.n_features_in_, self.feature_names_in_ = np.array([0, 1]), 1, np.array(["x"], dtype=object)
        return self
    def predict_proba(self, X):
        p = np.asarray(self.p, dtype=float)[: len(X)]
        return np.c_[1 - p, p]
    def predict(self, X): return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)


def test_abstain_on_hostile_numbers(capsys):
    def body(args):
        p, labels, risk, delta, per_class = args
        n = min(len(p), len(labels))
        X = pd.DataFrame({"x": np.arange(n, dtype=float)})
        model = _Fixed(p[:n]).fit(X)
        rep = api_property(abstain, model, X, labels[:n], risk=risk, delta=delta, per_class=per_class, threshold=0.5)
        if rep is not None:  # what it promises it delivers on its own rows: nothing decided where a NaN probability was
            nan = np.isnan(np.asarray(p[:n], dtype=float))
            assert not (~rep.policy_.defer(model.predict_proba(X)) & nan).any()
    labels = st.lists(st.sampled_from([0, 1, 2, None, "1"]), min_size=1, max_size=60)
    numbers = st.one_of(st.floats(0.001, 0.999), st.sampled_from([0, 1, -1, 2.5, float("nan")]))
    run_property("abstain", st.tuples(PROBS, labels, numbers, numbers, st.booleans()), body, 120, capsys,
                 known=[([0.9, 0.1] * 200, [1, 0] * 200, 0.05, 0.1, False)])


def test_policy_files_and_queue_labels_on_hostile_text(capsys, tmp_path):
    text = st.text(max_size=30) | st.sampled_from(["'); DROP TABLE items; --", "\x00", "Yes", "1", " "])
    q = ReviewQueue(tmp_path/"q.db", classes=["No", "Yes"])
    q.add([{"request_id": "r", "row": i, "inputs": {"a": i}} for i in range(3)])
    def body(args):
        raw, label, reason = args
        (tmp_path/"p.json").write_text(raw, encoding="utf-8", errors="surrogatepass") if "\ud800" not in raw else None
        with bounded():
            try: load_policy(tmp_path/"p.json"); OUTCOMES["policy"] = OUTCOMES.get("policy", 0) + 1
            except MlnbError: OUTCOMES["MlnbError"] = OUTCOMES.get("MlnbError", 0) + 1
            try: got = q.label(1, label, reason)
            except MlnbError: return
        assert got["label"] == label and got["reason"] == reason.strip()  # stored as given: text is data, never SQL
        OUTCOMES["labelled"] = OUTCOMES.get("labelled", 0) + 1
    raw = st.text(max_size=80) | st.sampled_from(['{"format": "mlnb-review-policy/1"}', "[]", "null", '{"format": 1}'])
    run_property("policy files and labels", st.tuples(raw, text, text), body, 150, capsys, succeed="labelled",
                 known=[("{}", "Yes", "checked")])
    with sqlite3.connect(tmp_path/"q.db") as db: assert db.execute("SELECT COUNT(*) FROM items").fetchone()[0] == 3
