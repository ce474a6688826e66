"""`metrics_by_group` and `check_fairness` on 1M rows (two sensitive columns, 8 intersections), next to
fairlearn's `MetricFrame` on the same predictions, measured in the same run.

mlnb computes every metric for every group *with* 200-resample bootstrap intervals (vectorised: confusion
counts drawn from a multinomial, means and ROC AUC from index matrices drawn in chunks). The baselines are
fairlearn's `MetricFrame` point estimates (no intervals), and its own bootstrap (`n_boot=`, which recomputes
every metric per resample) at a few resamples, extrapolated to 200. The numbers of both are checked equal.
Usage: python benchmarks/fairness_speed.py [--rows N] [--boot B] [--fairlearn-boot B]
"""
import argparse, time, warnings

import numpy as np
import pandas as pd


def make_data(rows: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    sex = rng.choice(np.array(["female", "male"], dtype=object), rows, p=[0.45, 0.55])
    race = rng.choice(np.array(["a", "b", "c", "d"], dtype=object), rows, p=[0.6, 0.2, 0.15, 0.05])
    y = rng.random(rows) < 0.3
    score = np.clip(0.3 + 0.35 * (y - 0.3) + rng.normal(0, 0.2, rows) - 0.05 * (sex == "female"), 0, 1)
    return y, score > 0.4, score, pd.DataFrame({"sex": sex, "race": race})


def seconds(f):
    t = time.perf_counter(); out = f(); return time.perf_counter() - t, out


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--boot", type=int, default=200)
    p.add_argument("--fairlearn-boot", type=int, default=2)
    a = p.parse_args()
    warnings.simplefilter("ignore")
    from sklearn.metrics import accuracy_score, brier_score_loss, roc_auc_score
    import fairlearn.metrics as flm
    from mlnb.fairness import check_fairness, metrics_by_group

    y, yp, s, sens = make_data(a.rows)
    names = ["selection_rate", "true_positive_rate", "false_positive_rate", "accuracy"]
    fl = {"selection_rate": flm.selection_rate, "true_positive_rate": flm.true_positive_rate,
          "false_positive_rate": flm.false_positive_rate, "accuracy": accuracy_score}

    t_fl, mf = seconds(lambda: flm.MetricFrame(metrics=fl, y_true=y, y_pred=yp, sensitive_features=sens))
    t_fl_s, mfs = seconds(lambda: flm.MetricFrame(metrics={"roc_auc": roc_auc_score, "brier": brier_score_loss},
                                                  y_true=y, y_pred=s, sensitive_features=sens))
    t_rates, tab = seconds(lambda: metrics_by_group(y, yp, sens, metrics=names, n_boot=a.boot))
    t_all, tab2 = seconds(lambda: metrics_by_group(y, yp, sens, y_score=s, n_boot=a.boot))
    t_check, rep = seconds(lambda: check_fairness(y=y, y_pred=yp, y_score=s, sensitive=sens, n_boot=a.boot, figures=False))
    fb = a.fairlearn_boot
    t_flb, _ = seconds(lambda: flm.MetricFrame(metrics=fl, y_true=y, y_pred=yp, sensitive_features=sens, n_boot=fb,
                                               ci_quantiles=[0.025, 0.975], random_state=0))

    assert np.allclose(tab.iloc[1:][names].to_numpy(float), mf.by_group[names].to_numpy(float)), "rates differ from fairlearn"
    assert np.allclose(tab2.iloc[1:]["roc_auc"].to_numpy(float), mfs.by_group["roc_auc"].to_numpy(float)), "AUC differs"
    assert np.allclose(-tab2.iloc[1:]["neg_brier_score"].to_numpy(float), mfs.by_group["brier"].to_numpy(float)), "Brier differs"

    per = max(t_flb - t_fl, 1e-9) / fb
    print(f"{a.rows:,} rows, {len(tab) - 1} intersection groups of sex x race, {a.boot} bootstrap resamples per group")
    print(f"fairlearn MetricFrame, 4 rates, point estimates only:         {t_fl:7.2f} s")
    print(f"fairlearn MetricFrame, roc_auc + brier, point estimates only: {t_fl_s:7.2f} s")
    print(f"fairlearn MetricFrame, 4 rates, n_boot={fb} ({per:.2f} s per resample; {a.boot} would take ~{t_fl + per * a.boot:.0f} s)"
          f": {t_flb:7.2f} s")
    print(f"mlnb metrics_by_group, 4 rates + {a.boot}-resample intervals:        {t_rates:7.2f} s "
          f"(ratio {t_rates / t_fl:.2f} to fairlearn's point estimates)")
    print(f"mlnb metrics_by_group, 4 rates + roc_auc + brier, intervals:   {t_all:7.2f} s "
          f"(ratio {t_all / (t_fl + t_fl_s):.2f} to fairlearn's point estimates of the same metrics)")
    print(f"mlnb check_fairness (sex, race, sex x race; gaps, calibration): {t_check:7.2f} s")
    print(f"speed-up of the bootstrap over fairlearn's at {a.boot} resamples: ~{(t_fl + per * a.boot) / t_rates:.0f}x")


if __name__ == "__main__":
    main()
