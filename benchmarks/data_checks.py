"""The data checks of `mlnb check` (validation and leakage) on 1M rows x 50 columns, next to the one
check users already run by hand, pandas' `duplicated()` on the stacked tables, measured in the same run.

Goal (issue: leakage checks): data checks on 1M rows x 50 columns within 15 s on a 2-core machine.
Usage: python benchmarks/data_checks.py [--rows N] [--columns N]
"""
import argparse, sys, time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from split_preview import make_frame, seconds  # the same wide table: floats, ints, strings, entities, dates


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--columns", type=int, default=50)
    a = p.parse_args()
    from mlnb.leakage import check_leakage
    from mlnb.split import split_data
    from mlnb.validate import validate
    df = make_frame(a.rows, a.columns)
    s = split_data(df, "target", strategy="random", seed=0)
    train, test = s.train, s.test
    peer = seconds(lambda: pd.concat([train, test]).duplicated().sum())
    t_leak = seconds(lambda: check_leakage(train, test, "target", time="date", groups="customer_id"))
    t_valid = seconds(lambda: validate(train, test, target="target", groups="customer_id"))
    total = t_leak + t_valid
    print(f"{len(df):,} rows x {df.shape[1]} columns (train {len(train):,}, test {len(test):,})")
    print(f"pandas duplicated() on both tables:  {peer:6.2f} s")
    print(f"mlnb check_leakage:                  {t_leak:6.2f} s")
    print(f"mlnb validate (with drift):          {t_valid:6.2f} s")
    print(f"mlnb data checks {total:.2f} s (goal <= 15 s), ratio to duplicated() {total / peer:.1f}")


if __name__ == "__main__":
    main()
