"""Drift monitoring at scale: `mlnb monitor` on 1M rows x 100 columns read from a Parquet prediction log (time and peak
memory of a fresh process), ten windows of 1M rows with no shift (alerts: none wanted), the same with a negligible shift
that a KS test at large n flags, and a planted shift (alerted in the first window that holds it).

The data is made from scikit-learn's bundled sets: digits (64 features), breast cancer (30) and wine (13), 100 columns in
all, each drawn with replacement from its set (with a little jitter, so values are not all ties). The reference is
100,000 rows; logs are generated chunk by chunk (`monitor` reads any iterable of DataFrames), so ten million rows never
sit in memory at once. The peer for the false alarms: scipy's two-sample KS test at p < 0.05 on one window.
Goals (issue 18): 1M x 100 in at most 60 s and 4 GB; no alert without a shift; the shift alerted in its first window.
Usage: python benchmarks/monitor_drift.py [--windows 10] [--rows 1000000]
"""
import argparse, json, subprocess, sys, tempfile, time, warnings
from pathlib import Path

import numpy as np
import pandas as pd


def sources():
    "Columns of the three bundled sets, as arrays to draw from."
    from sklearn.datasets import load_breast_cancer, load_digits, load_wine
    cols = {}
    for name, loader in (("digits", load_digits), ("cancer", load_breast_cancer), ("wine", load_wine)):
        X = loader().data
        for j in range(X.shape[1]): cols[f"{name}_{j}"] = X[:, j]
    keep = [c for c in cols if np.unique(cols[c]).size > 1][:100]  # digits has constant pixels
    return {c: cols[c] for c in keep}


def draw(src: dict, n: int, rng, shift: dict | None = None) -> pd.DataFrame:
    "n rows, each column drawn from its set with replacement, jittered by 1% of its spread; `shift` adds that many sds to a column."
    out = {}
    for c, v in src.items():
        x = rng.choice(v, n) + rng.normal(0, 0.01 * (v.std() or 1), n)
        if shift and c in shift: x = x + shift[c] * v.std()
        out[c] = x
    return pd.DataFrame(out)


def log(src, windows: int, rows: int, seed: int, shift=None, from_window: int = 0, chunk: int = 250_000):
    "The log as chunks of `input.` columns: `windows` x `rows` rows, `shift` applied from window `from_window`."
    rng = np.random.default_rng(seed)
    for w in range(windows):
        for _ in range(rows // chunk):
            yield draw(src, chunk, rng, shift if w >= from_window else None).add_prefix("input.")


def one_million_from_parquet(src, reference: Path, rows: int) -> dict:
    "Write 1M rows as a prediction log, then monitor it in a fresh process: seconds and peak memory there."
    folder = Path(tempfile.mkdtemp())/"log"
    folder.mkdir()
    for i, df in enumerate(log(src, 1, rows, seed=1)):
        df.insert(0, "role", "champion")
        df.to_parquet(folder/f"predictions-{i:04d}.parquet", index=False)
    code = ("import json, resource, time, pandas as pd; from mlnb.monitor import monitor; t = time.perf_counter(); "
            f"r = monitor({str(folder)!r}, pd.read_parquet({str(reference)!r}), window={rows}); "
            "print(json.dumps({'seconds': time.perf_counter() - t, 'peak_gb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, "
            "'codes': [f.code for f in r.findings]}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--windows", type=int, default=10)
    p.add_argument("--rows", type=int, default=1_000_000)
    a = p.parse_args()
    warnings.simplefilter("ignore")
    from scipy import stats
    from mlnb.monitor import monitor
    src = sources()
    reference = draw(src, 100_000, np.random.default_rng(0))
    ref_path = Path(tempfile.mkdtemp())/"reference.parquet"
    reference.to_parquet(ref_path, index=False)
    big = one_million_from_parquet(src, ref_path, a.rows)
    print(f"{len(src)} columns; reference {len(reference):,} rows")
    print(f"1. {a.rows:,} rows x {len(src)} columns from Parquet, fresh process: {big['seconds']:.1f} s (goal <= 60), "
          f"peak {big['peak_gb']:.2f} GB (goal <= 4); findings {big['codes']}")
    t = time.perf_counter()
    quiet = monitor(log(src, a.windows, a.rows, seed=2), reference, window=a.rows)
    alerts = [f.code for f in quiet.findings if f.code != "MLNB-N009"]
    print(f"2. no shift, {a.windows} windows of {a.rows:,}: {len(alerts)} alerts (goal 0), max PSI {quiet.drift_.max().max():.4f}; "
          f"{time.perf_counter() - t:.0f} s ({a.windows * a.rows / (time.perf_counter() - t) / 1e6:.2f}M rows/s)")
    tiny = {c: 0.02 for c in src if not c.startswith("digits")}  # digits' pixels are counts 0-16: a shift moves them off the grid
    window = next(log(src, 1, a.rows, seed=3, shift=tiny))
    ks = sum(stats.ks_2samp(reference[c], window[f"input.{c}"]).pvalue < 0.05 for c in src)
    quiet2 = monitor(log(src, 1, a.rows, seed=3, shift=tiny), reference, window=a.rows)
    print(f"3. a negligible shift (0.02 sd on the {len(tiny)} continuous columns), one window of {a.rows:,}: KS at p < 0.05 flags {ks} of "
          f"{len(src)} columns; mlnb flags {sum(len(w['drifted']) for w in quiet2.windows_)} (max PSI {quiet2.drift_.max().max():.4f})")
    planted = {"cancer_0": 0.5}
    at = a.windows // 2
    shifted = monitor(log(src, a.windows, a.rows, seed=4, shift=planted, from_window=at), reference, window=a.rows)
    first = next((i for i, w in enumerate(shifted.windows_) if "cancer_0" in w["drifted"]), None)
    others = sorted({c for w in shifted.windows_ for c in w["drifted"]} - set(planted))
    print(f"4. cancer_0 shifted by 0.5 sd from window {at}: first alerted in window {first} (goal {at}); other columns alerted: {others or 'none'}")


if __name__ == "__main__":
    main()
