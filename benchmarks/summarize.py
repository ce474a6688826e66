"""`mlnb.data.summarize` on a large table, against pandas' own `describe(include="all")` in the same run.

The summary does more than `describe` (duplicates, missing values, distinct counts, findings),
so a ratio near 1 means it costs about what a user already pays for a first look.
Usage: python benchmarks/summarize.py [--rows N]
"""
import argparse, time

import pandas as pd

from mlnb.data import make_customers, summarize


def seconds(f) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter(); f(); best = min(best, time.perf_counter() - t)
    return best


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    rows = p.parse_args().rows
    base = make_customers(n_customers=2000, seed=0)
    df = pd.concat([base] * (rows // len(base) + 1), ignore_index=True).iloc[:rows]
    peer = seconds(lambda: df.describe(include="all"))
    ours = seconds(lambda: summarize(df, target="churned"))
    print(f"rows {len(df):,}: summarize {ours:.2f} s, describe(include='all') {peer:.2f} s, ratio {ours / peer:.2f}")


if __name__ == "__main__":
    main()
