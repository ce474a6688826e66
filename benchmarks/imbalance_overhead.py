"""`compare_imbalance` (and `baselines` with its rule row) next to the same scikit-learn / imbalanced-learn
`cross_validate` calls made by hand on the same folds with the same pipelines and scorers, measured in the same run.

Goal (issue 16): mlnb's overhead over the plain calls <= 10 %. Both sides fit the same strategies (no change, class
weights, random over- and undersampling, SMOTE, a threshold tuned by TunedThresholdClassifierCV) of the same linear
baseline on the same 5 stratified folds and compute the same metrics; mlnb adds the fold bookkeeping, the intervals,
the paired differences from no change, the recommendation and the findings.
Usage: python benchmarks/imbalance_overhead.py [--rows N] [--columns N] [--repeat R]
"""
import argparse, time, warnings

from metrics_overhead import make_frame


def best_of(f, repeat:int) -> float:
    "The fastest of `repeat` runs of f, in seconds (the least disturbed by the machine)."
    out = []
    for _ in range(repeat):
        t = time.perf_counter(); f(); out.append(time.perf_counter() - t)
    return min(out)


def setup(doc:str):
    "The arguments (--rows, --columns, --repeat), the generated table's X and y, and 5 stratified folds."
    from sklearn.model_selection import StratifiedKFold
    p = argparse.ArgumentParser(description=doc.splitlines()[0])
    p.add_argument("--rows", type=int, default=20_000)
    p.add_argument("--columns", type=int, default=20)
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args()
    warnings.simplefilter("ignore")
    df = make_frame(a.rows, a.columns)
    X, y = df.drop(columns="target"), df["target"]
    return a, X, y, list(StratifiedKFold(5, shuffle=True, random_state=0).split(X, y))


def main():
    a, X, y, folds = setup(__doc__)
    from sklearn.model_selection import cross_validate
    from mlnb.imbalance import compare_imbalance, imbalance_strategies
    from mlnb.metrics import baseline_model, metric_scorer
    metrics = ["balanced_accuracy", "recall", "average_precision"]
    model = baseline_model(X, "binary")
    scorers = {m: metric_scorer(m, classes=[0, 1], pos_label=1) for m in metrics}
    strategies = imbalance_strategies(model, metrics[0], scorers[metrics[0]], seed=0)
    by_hand = lambda: [cross_validate(s, X, y, cv=folds, scoring=scorers) for s in strategies.values()]
    with_mlnb = lambda: compare_imbalance(X, y, model=model, metrics=metrics, cv=folds)
    t_hand, t_mlnb = best_of(by_hand, a.repeat), best_of(with_mlnb, a.repeat)
    print(f"{a.rows:,} rows x {a.columns} columns, {len(strategies)} strategies, 5 folds, {len(metrics)} metrics, best of {a.repeat}")
    print(f"cross_validate by hand:  {t_hand:7.2f} s")
    print(f"mlnb compare_imbalance:  {t_mlnb:7.2f} s")
    print(f"overhead: {t_mlnb / t_hand - 1:+.1%} (goal <= +10%)")


if __name__ == "__main__":
    main()
