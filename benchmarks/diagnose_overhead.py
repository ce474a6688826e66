"""`diagnose` next to scikit-learn's own `learning_curve` and `validation_curve` called by hand on the same folds, with the
same model, training sizes, settings and scorer, measured in the same run.

Goal (issue 16): mlnb's overhead over the plain calls <= 10 %. Both sides fit the linear baseline (a scaled logistic
regression after per-type preprocessing) at 10%, 25%, 50%, 75% and 100% of each of 5 stratified training folds, and at
the current C and six other settings of C on the full folds, scoring training and validation rows; mlnb adds the
intervals, the slope per doubling with its t-test, the gap against its tolerance, the paired comparison of settings
and the findings.
Usage: python benchmarks/diagnose_overhead.py [--rows N] [--columns N] [--repeat R]
"""
from imbalance_overhead import best_of, setup


def main():
    a, X, y, folds = setup(__doc__)
    from sklearn.model_selection import learning_curve, validation_curve
    from mlnb.diagnose import diagnose, main_parameter
    from mlnb.metrics import baseline_model, metric_scorer
    model = baseline_model(X, "binary")
    scorer = metric_scorer("average_precision", classes=[0, 1], pos_label=1)
    path, _, grid, current = main_parameter(model)
    def by_hand():
        learning_curve(model, X, y, train_sizes=[0.1, 0.25, 0.5, 0.75, 1.0], cv=folds, scoring=scorer, shuffle=True, random_state=0)
        validation_curve(model, X, y, param_name=path, param_range=[current, *grid], cv=folds, scoring=scorer)
    with_mlnb = lambda: diagnose(X, y, model=model, metrics=["average_precision"], cv=folds)
    t_hand, t_mlnb = best_of(by_hand, a.repeat), best_of(with_mlnb, a.repeat)
    print(f"{a.rows:,} rows x {a.columns} columns, 5 training sizes + {len(grid) + 1} settings of {path}, 5 folds, best of {a.repeat}")
    print(f"learning_curve + validation_curve by hand:  {t_hand:7.2f} s")
    print(f"mlnb diagnose:                              {t_mlnb:7.2f} s")
    print(f"overhead: {t_mlnb / t_hand - 1:+.1%} (goal <= +10%)")


if __name__ == "__main__":
    main()
