"""mlnb's data checks against deepchecks' `train_test_validation()` suite, on the same tables, in one run.

The tables: 1M rows x 50 columns (35 numeric, half of them heavy-tailed, 10 categorical, a timestamp, a
customer id with repeat rows, a row id, a leaky feature) split 80 / 20 at random, with 2% of the test rows
copied into train. Planted problems: the copies (duplicate), the leaky feature (target), customers on both
sides (group). Each tool runs in its own process (deepchecks in its own virtual environment: it needs
pandas < 3, numpy < 2, scikit-learn < 1.8), and reports its compute time (reading the files excluded) and its
peak memory. mlnb is also run as a user runs it, `mlnb check` on the files (wall time, peak memory).

Goal (issue 12): mlnb at least 20x faster than deepchecks, at most 1.5 GB peak, every planted problem found
and nothing above info on the clean columns.

Usage: python benchmarks/data_checks_vs_deepchecks.py [--rows N] [--skip-deepchecks]
       (the first run builds benchmarks/.venv-deepchecks: about a minute, from PyPI). Never run in CI.
"""
import argparse, json, os, resource, subprocess, sys, time
from pathlib import Path

HERE = Path(__file__).parent
DC_VENV = HERE/".venv-deepchecks"
DC_PACKAGES = ["deepchecks==0.19.1", "pandas<3", "numpy<2", "scikit-learn<1.8", "pyarrow<17"]  # newer pyarrow needs numpy 2
PLANTED = {"duplicate": "2% of test rows copied into train", "target": "leaky_score: the target plus noise",
           "group": "customers on both sides"}


def make_tables(rows:int, seed:int=0):
    "The train and test tables with the planted problems (numpy and pandas only, so both environments can read them)."
    import numpy as np, pandas as pd
    rng = np.random.default_rng(seed)
    y = rng.random(rows) < 0.1
    cols = {"row_id": np.arange(rows), "customer_id": rng.integers(0, rows // 4, rows),
            "ts": pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 365 * 24 * 3600, rows), unit="s")}
    for i in range(35):  # normal, lognormal (heavy tails) and counts, some related to the target
        base = [rng.normal(0, 1, rows), rng.lognormal(0, 1.2, rows), rng.poisson(3, rows).astype(float)][i % 3]
        cols[f"num_{i}"] = base + (0.3 * y if i % 5 == 0 else 0)
    for i in range(10):
        k = [3, 8, 30, 200, 1000][i % 5]
        cols[f"cat_{i}"] = pd.Categorical(rng.integers(0, k, rows).astype(str)).astype(str)
    cols["leaky_score"] = y + rng.normal(0, 0.05, rows)
    cols["target"] = y.astype(int)
    df = pd.DataFrame(cols)
    test_mask = rng.random(rows) < 0.2
    train, test = df[~test_mask], df[test_mask]
    copies = test.sample(frac=0.02, random_state=seed)
    return pd.concat([train, copies], ignore_index=True), test.reset_index(drop=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_mlnb(data:Path) -> dict:
    import pandas as pd
    from mlnb.leakage import check_leakage
    from mlnb.validate import validate
    train, test = pd.read_parquet(data/"train.parquet"), pd.read_parquet(data/"test.parquet")
    t0 = time.perf_counter()
    leak = check_leakage(train, test, "target", time="ts", groups="customer_id")
    valid = validate(train, test, target="target", groups="customer_id")
    seconds = time.perf_counter() - t0
    findings = [f.to_dict() for f in leak.findings + valid.findings]
    return {"seconds": seconds, "peak_mb": peak_mb(), "findings": findings}


def worker_deepchecks(data:Path) -> dict:
    import warnings
    import pandas as pd
    warnings.filterwarnings("ignore")
    from deepchecks.tabular import Dataset
    from deepchecks.tabular.suites import train_test_validation
    train, test = pd.read_parquet(data/"train.parquet"), pd.read_parquet(data/"test.parquet")
    cats = [c for c in train.columns if c.startswith("cat_")]
    t0 = time.perf_counter()
    ds = [Dataset(d, label="target", cat_features=cats, datetime_name="ts", index_name="row_id") for d in (train, test)]
    result = train_test_validation().run(train_dataset=ds[0], test_dataset=ds[1])
    seconds = time.perf_counter() - t0
    failed = [{"check": r.get_header(), "conditions": [c.name for c in r.conditions_results if not c.is_pass()]}
              for r in result.get_not_passed_checks()]
    return {"seconds": seconds, "peak_mb": peak_mb(), "failed": failed}


def run_worker(python:str, which:str, data:Path) -> dict:
    r = subprocess.run([python, __file__, "--worker", which, "--data", str(data)], capture_output=True, text=True)
    if r.returncode: sys.exit(f"{which} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def run_cli(data:Path) -> dict:
    "`mlnb check` as a user runs it: wall time and the child's peak memory."
    mlnb = Path(sys.executable).parent/"mlnb"
    t0 = time.perf_counter()
    r = subprocess.run([str(mlnb), "check", str(data/"train.parquet"), "--test", str(data/"test.parquet"), "--target", "target",
                        "--time", "ts", "--groups", "customer_id", "--format", "json"], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if r.returncode not in (0, 1): sys.exit(f"mlnb check exited {r.returncode}:\n{r.stderr[-2000:]}")
    return {"seconds": wall, "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            "findings": json.loads(r.stdout)["findings"]}


def ensure_deepchecks() -> str:
    python = DC_VENV/"bin"/"python"
    if not python.exists():
        print(f"building {DC_VENV} (deepchecks in its own environment) ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(DC_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *DC_PACKAGES], check=True)
    return str(python)


def judge(findings:list) -> tuple[dict, list]:
    "Which planted problems were found, and the findings above info that are about none of them."
    kinds = {f["kind"] for f in findings if f["severity"] != "info"}
    found = {k: k in kinds for k in PLANTED}
    planted_cols = {"leaky_score", "customer_id", "row_id", "target", "ts"}
    false = [f for f in findings if f["severity"] != "info" and f["kind"] not in PLANTED
             and not set((f.get("location") or {}).get("columns") or []) & planted_cols]
    return found, false


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--skip-deepchecks", action="store_true", help="measure mlnb only")
    p.add_argument("--worker", choices=["mlnb", "deepchecks"], help=argparse.SUPPRESS)
    p.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.worker:
        print(json.dumps(worker_mlnb(a.data) if a.worker == "mlnb" else worker_deepchecks(a.data), default=str)); return
    data = HERE/".data"/f"deepchecks-{a.rows}"
    if not (data/"test.parquet").exists():
        data.mkdir(parents=True, exist_ok=True)
        train, test = make_tables(a.rows)
        train.to_parquet(data/"train.parquet"); test.to_parquet(data/"test.parquet")
    print(f"{a.rows:,} rows x 50 columns; planted: " + "; ".join(PLANTED.values()))
    cli = run_cli(data)  # first: RUSAGE_CHILDREN keeps the largest child so far
    mine = run_worker(sys.executable, "mlnb", data)
    found, false = judge(mine["findings"])
    print(f"mlnb check_leakage + validate: {mine['seconds']:7.1f} s compute, {mine['peak_mb']:7.0f} MB peak")
    print(f"mlnb check (the command):      {cli['seconds']:7.1f} s wall,    {cli['peak_mb']:7.0f} MB peak")
    print("planted problems found: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in found.items()))
    print(f"findings above info on clean columns (false alarms): {len(false)}")
    for f in false: print(f"  {f['code']} {f['severity']}: {f['message'][:150]}")
    if a.skip_deepchecks: return
    theirs = run_worker(ensure_deepchecks(), "deepchecks", data)
    print(f"deepchecks train_test_validation: {theirs['seconds']:7.1f} s compute, {theirs['peak_mb']:7.0f} MB peak")
    for f in theirs["failed"]: print(f"  failed: {f['check']}: {', '.join(f['conditions'])[:150]}")
    print(f"ratio deepchecks / mlnb compute: {theirs['seconds'] / mine['seconds']:.1f}x (goal >= 20x); "
          f"mlnb check peak {cli['peak_mb'] / 1024:.2f} GB (goal <= 1.5 GB)")


if __name__ == "__main__":
    main()
