"""`split_data` + `preview_split` + `check_drift` on 1M rows x 50 columns, next to scikit-learn's
`train_test_split` of the same frame, measured in the same run.

Goal (issue: split previews): the preview and the drift check together within 5 s on a 2-core
machine. The ratio says what mlnb's look costs over the plain split a user would do anyway.
Usage: python benchmarks/split_preview.py [--rows N] [--columns N]
"""
import argparse, time

import numpy as np
import pandas as pd


def make_frame(rows: int, columns: int, seed: int = 0) -> pd.DataFrame:
    "A wide table: floats, ints, categoricals, an entity column, dates and an imbalanced target."
    rng = np.random.default_rng(seed)
    data = {"customer_id": rng.integers(0, rows // 10, rows), "date": pd.Timestamp("2020-01-01") +
            pd.to_timedelta(rng.integers(0, 1000, rows), "D"), "target": (rng.random(rows) < 0.05).astype(int)}
    for i in range(columns - len(data)):
        kind = i % 3
        data[f"x{i}"] = (rng.normal(size=rows) if kind == 0 else rng.integers(0, 100, rows) if kind == 1
                         else rng.choice(np.array(["a", "b", "c", "d", "e"], dtype=object), rows))
    return pd.DataFrame(data)


def seconds(f) -> float:
    t = time.perf_counter(); f(); return time.perf_counter() - t


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--columns", type=int, default=50)
    a = p.parse_args()
    df = make_frame(a.rows, a.columns)
    from sklearn.model_selection import train_test_split
    from mlnb.split import preview_split, split_data
    from mlnb.validate import check_drift

    peer = seconds(lambda: train_test_split(df, test_size=0.2, stratify=df["target"], random_state=0))
    box = {}
    t_split = seconds(lambda: box.update(split=split_data(df, "target", groups="customer_id", seed=0)))
    t_preview = seconds(lambda: preview_split(box["split"]))
    s = box["split"]
    t_drift = seconds(lambda: check_drift(s.train, s.test))
    total = t_split + t_preview + t_drift
    print(f"{len(df):,} rows x {df.shape[1]} columns")
    print(f"sklearn train_test_split (stratified):  {peer:6.2f} s")
    print(f"mlnb split_data (group):                {t_split:6.2f} s")
    print(f"mlnb preview_split (with plots):        {t_preview:6.2f} s")
    print(f"mlnb check_drift train vs test:         {t_drift:6.2f} s")
    print(f"mlnb total {total:.2f} s (goal <= 5 s), ratio to train_test_split {total / peer:.2f}")


if __name__ == "__main__":
    main()
