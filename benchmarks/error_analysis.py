"""Error tree + slices of `mlnb.errors` on 1M rows x 30 columns, next to the least any error analysis
does, one depth-3 scikit-learn tree fitted on the error indicator, measured in the same run.

Goals: error tree + slices on 1M rows x 30 columns within 10 s on 2 cores (error analysis); the slice search over all
features, depth 3, within 10 s (slice search). The confirmation on held-out halves runs the search twice more, on half
the rows each, and is timed apart.
Usage: python benchmarks/error_analysis.py [--rows N] [--columns N]
"""
import argparse, time

import numpy as np
import pandas as pd


def seconds(f):
    t = time.perf_counter(); f(); return time.perf_counter() - t


def make_rows(n: int, k: int, seed: int = 0):
    "k features (two thirds numeric, one third categorical) and an error indicator with a planted weak cohort."
    rng = np.random.default_rng(seed)
    cols = {}
    for i in range(k):
        if i % 3 == 2: cols[f"c{i}"] = rng.choice([f"level{j}" for j in range(8)], n)
        else: cols[f"x{i}"] = rng.normal(size=n).round(3)
    X = pd.DataFrame(cols)
    weak = (X["c2"] == "level0").to_numpy() & (X["x0"] > 1).to_numpy()
    error = (rng.random(n) < np.where(weak, 0.4, 0.05)).astype(float)
    return X, error, weak


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--columns", type=int, default=30)
    a = p.parse_args()
    from sklearn.tree import DecisionTreeClassifier
    from mlnb.errors import _tree_features, analyze_errors, error_tree, find_slices
    X, error, weak = make_rows(a.rows, a.columns)
    M = _tree_features(X, 20)[0]
    peer = seconds(lambda: DecisionTreeClassifier(max_depth=3, min_samples_leaf=100).fit(M, error.astype(int)))
    out = {}
    t_tree = seconds(lambda: out.update(tree=error_tree(X, error)))
    t_slices = seconds(lambda: out.update(slices=find_slices(X, error, confirm=False)))
    t_confirmed = seconds(lambda: out.update(confirmed=find_slices(X, error)))
    y = np.zeros(len(X), int)
    t_all = seconds(lambda: out.update(report=analyze_errors(None, X, y, y_pred=error.astype(int), task="classification")))
    nodes, slices = out["tree"][0], out["slices"]
    worst = nodes[nodes["leaf"]]["error"].idxmax()
    print(f"{len(X):,} rows x {X.shape[1]} columns, {slices.attrs['tested']:,} slices considered (all features, depth 3; "
          f"level 3 screened on {slices.attrs['sampled'] or 'all'} rows, {slices.attrs['triples_cut']} feature triples cut)")
    print(f"sklearn DecisionTreeClassifier(max_depth=3) alone: {peer:6.2f} s")
    print(f"mlnb error_tree:                                   {t_tree:6.2f} s  (worst leaf: {nodes.loc[worst, 'rule']})")
    print(f"mlnb find_slices (search, depth 3):                {t_slices:6.2f} s  (top: {slices.loc[0, 'slice']}) (goal <= 10 s)")
    print(f"mlnb find_slices with confirmation on halves:      {t_confirmed:6.2f} s  (top confirmed: {bool(out['confirmed'].loc[0, 'confirmed'])})")
    print(f"error tree + slices {t_tree + t_slices:.2f} s (goal <= 10 s), ratio to one sklearn tree {(t_tree + t_slices) / peer:.1f}")
    print(f"whole analyze_errors (confusion, failures, tree, slices, heatmap, figures): {t_all:.2f} s")


if __name__ == "__main__":
    main()
