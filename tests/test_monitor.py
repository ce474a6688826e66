"""`mlnb monitor` as a user runs it on a log the server wrote, and property tests (hypothesis) of `monitor` on hostile
tables: it returns a report whose views all render, or raises MlnbError; never another exception."""
import json

import numpy as np
import pandas as pd
from hypothesis import strategies as st

from helpers import mlnb
from mlnb.monitor import monitor
from mlnb.serve import PredictionLog
from test_fuzz_data import api_property, frames, run_property


def test_the_command_reads_a_served_log(tmp_path):
    "A log written by PredictionLog: 600 rows like training, then 600 with the income doubled; windows of 300 rows."
    rng = np.random.default_rng(0)
    train = pd.DataFrame({"income": rng.lognormal(10, 0.4, 3000), "plan": rng.choice(["basic", "pro"], 3000), "y": rng.integers(0, 2, 3000)})
    train.to_csv(tmp_path/"train.csv", index=False)
    log = PredictionLog(tmp_path/"log", max_rows=250)
    rows = train.sample(1200, random_state=1).reset_index(drop=True)
    rows.loc[600:, "income"] *= 2
    p = rng.uniform(0, 1, 1200)
    records = [{"request_id": f"r{i}", "row": 0, "time": 1.7e9 + i, "role": "champion", "input.income": r.income, "input.plan": r.plan,
                "prediction": int(q > 0.5), "probability.0": 1 - q, "probability.1": q} for i, (r, q) in enumerate(zip(rows.itertuples(), p))]
    for i in range(0, 1200, 250): log.append(records[i:i + 250])  # a file each: windows of 300 rows span files
    log.close()
    r = mlnb("monitor", tmp_path/"log", "--reference", tmp_path/"train.csv", "--target", "y", "--window", "300", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [w["drifted"] for w in out["windows"]] == [[], [], ["income"], ["income"]]
    assert [w["rows"] for w in out["windows"]] == [300] * 4 and out["windows"][0]["start"].startswith("2023-11-14T22:13:20")
    assert {f["code"] for f in out["findings"]} == {"MLNB-N001", "MLNB-N007"}
    assert "estimated" in out["windows"][0] and set(out["windows"][0]["estimated"]) == {"roc_auc", "accuracy", "precision", "recall", "f1"}
    assert len(list((tmp_path/"log").glob("*.parquet"))) == 5
    on_dask = mlnb("monitor", tmp_path/"log", "--reference", tmp_path/"train.csv", "--target", "y", "--window", "300", "--format", "json",
                   "--executor", "dask", "--jobs", "2")  # a real LocalCluster of two worker processes, one file per task
    assert on_dask.returncode == 0, on_dask.stderr
    assert json.loads(on_dask.stdout)["windows"] == out["windows"]
    bad = mlnb("monitor", tmp_path/"nowhere", "--reference", tmp_path/"train.csv")
    assert bad.returncode == 2 and "holds no prediction log" in bad.stderr


@st.composite
def logs(draw):
    "A reference table and a log of the same columns (prefixed input.), sometimes with probabilities and times."
    ref = draw(frames(max_rows=30, max_cols=3))
    log = draw(frames(max_rows=30, max_cols=3))
    if isinstance(ref.columns, pd.MultiIndex) or isinstance(log.columns, pd.MultiIndex): return ref, log.add_prefix("input."), 5
    log = log.drop(columns="y").add_prefix("input.")
    if draw(st.booleans()): log["probability.a"] = draw(st.lists(st.floats(0, 1) | st.none(), min_size=len(log), max_size=len(log))) if len(log) else []
    if draw(st.booleans()): log["time"] = pd.Timestamp("2024-01-01", tz="UTC") + pd.to_timedelta(np.arange(len(log)), unit="h")
    return ref, log, draw(st.sampled_from([5, 7, "1D", "6h", 0, "soon", -3]))


def test_monitor_on_hostile_tables(capsys):
    run_property("monitor", logs(), lambda a: api_property(monitor, a[1], a[0], target="y" if "y" in a[0].columns else None, window=a[2]),
                 examples=120, cap=capsys)
