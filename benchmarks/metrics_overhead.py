"""`baselines` + `evaluate` on 100k rows x 30 columns, next to the same scikit-learn `cross_validate`
calls made by hand on the same folds with the same pipelines and scorers, measured in the same run.

Goal (issue 5): mlnb's overhead over the plain scikit-learn calls <= 10 %. Both sides fit the same
four baseline pipelines plus one extra model on the same 5 stratified folds and compute the same
five metrics; mlnb adds the metric suggestion, the fold bookkeeping, the intervals, the paired
tests, the findings and the bar plot.
Usage: python benchmarks/metrics_overhead.py [--rows N] [--columns N] [--folds K]
"""
import argparse, time, warnings

import numpy as np
import pandas as pd


def make_frame(rows: int, columns: int, seed: int = 0) -> pd.DataFrame:
    "Numbers (some missing), a few categoricals, and a 10% positive target that depends on both."
    rng = np.random.default_rng(seed)
    data, logit = {}, np.zeros(rows)
    for i in range(columns):
        if i % 6 == 5:
            v = rng.choice(np.array(["a", "b", "c", "d", "e", "f"], dtype=object), rows)
            logit += 0.4 * (v == "a")
        else:
            v = rng.normal(size=rows)
            if i < 8: logit += v * (0.6 if i % 2 else -0.4)
            if i % 7 == 3: v[rng.random(rows) < 0.05] = np.nan
        data[f"x{i}"] = v
    p = 1 / (1 + np.exp(-(logit - 3.0)))
    data["target"] = (rng.random(rows) < p).astype(int)
    return pd.DataFrame(data)


def seconds(f) -> float:
    t = time.perf_counter(); f(); return time.perf_counter() - t


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--columns", type=int, default=30)
    p.add_argument("--folds", type=int, default=5)
    a = p.parse_args()
    warnings.simplefilter("ignore")
    df = make_frame(a.rows, a.columns)
    X, y = df.drop(columns="target"), df["target"]
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import StratifiedKFold, cross_validate
    from sklearn.pipeline import make_pipeline
    from mlnb.metrics import baseline_models, baselines, evaluate, metric_scorer, suggest_metrics

    extra = make_pipeline(baseline_models(X, "binary")["gradient boosting"][0],
                          HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0))
    names = [m["name"] for m in suggest_metrics(y).metrics]
    folds = list(StratifiedKFold(a.folds, shuffle=True, random_state=0).split(X, y))  # the folds mlnb chooses

    def by_hand():
        scoring = {m: metric_scorer(m) for m in names}
        for model in list(baseline_models(X, "binary").values()) + [extra]:
            cross_validate(model, X, y, cv=folds, scoring=scoring)

    box = {}
    def with_mlnb():
        box["b"] = baselines(X, y, cv=a.folds, seed=0)
        box["e"] = evaluate(extra, X, y, cv=a.folds, seed=0, baseline=box["b"])

    t_hand = seconds(by_hand)
    t_mlnb = seconds(with_mlnb)
    assert all(np.array_equal(b1, b2) for (_, b1), (_, b2) in zip(box["b"].splits, folds)), "not the same folds"
    print(f"{len(df):,} rows x {X.shape[1]} columns, {len(folds)} folds, metrics: {', '.join(names)}")
    print(f"scikit-learn cross_validate x 5 models (by hand): {t_hand:7.2f} s")
    print(f"mlnb baselines + evaluate(baseline=...):          {t_mlnb:7.2f} s")
    print(f"overhead {100 * (t_mlnb / t_hand - 1):+.1f} % (ratio {t_mlnb / t_hand:.3f}; goal <= 10 %)")
    print(box["b"].tables["scores"]["average_precision"].round(4).to_string())


if __name__ == "__main__":
    main()
