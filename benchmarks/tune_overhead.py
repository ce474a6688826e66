"""`tune` against the same Optuna search written by hand (TPE with the same seed, median pruner,
the same folds, the same metric, the same number of trials, no MLflow), measured in the same run.

mlnb adds: space checking, per-trial MLflow logging (optional, `--log`), evaluating the best and
the untuned setting on the same folds (two extra cross-validations), the refit on all rows, the
findings and the history plot. The ratio printed is mlnb's time over the hand-written loop's.
Usage: python benchmarks/tune_overhead.py [--rows N] [--trials N] [--log]
"""
import argparse, os, tempfile, time, warnings

import numpy as np


def seconds(f) -> float:
    t = time.perf_counter(); f(); return time.perf_counter() - t


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=20_000)
    p.add_argument("--trials", type=int, default=20)
    p.add_argument("--log", action="store_true", help="log the mlnb search to MLflow (a temporary sqlite store)")
    a = p.parse_args()
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    import optuna
    from sklearn.base import clone
    from sklearn.datasets import make_classification
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from mlnb.tune import tune
    X, y = make_classification(n_samples=a.rows, n_features=30, n_informative=8, random_state=0)
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(X, y))

    def by_hand():
        optuna.logging.set_verbosity(optuna.logging.WARNING)
        study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=0),
                                    pruner=optuna.pruners.MedianPruner(n_startup_trials=5, n_warmup_steps=0))
        def objective(trial):
            m0 = clone(pipe).set_params(logisticregression__C=trial.suggest_float("logisticregression__C", 1e-4, 1e2, log=True))
            s = []
            for i, (tr, te) in enumerate(folds):
                m = clone(m0).fit(X[tr], y[tr]); s.append(roc_auc_score(y[te], m.predict_proba(X[te])[:, 1]))
                trial.report(float(np.mean(s)), i)
                if i < len(folds) - 1 and trial.should_prune(): raise optuna.TrialPruned()
            return float(np.mean(s))
        study.optimize(objective, n_trials=a.trials)
        clone(pipe).set_params(**study.best_params).fit(X, y)

    tmp = tempfile.mkdtemp()
    def with_mlnb():
        tune(pipe, {"logisticregression__C": ("float", 1e-4, 1e2, {"log": True})}, X, y, metric="roc_auc", cv=folds,
             n_trials=a.trials, log=a.log, tracking_uri=f"sqlite:///{tmp}/mlruns.db")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with_mlnb(); by_hand()  # warm up imports (and create the MLflow store)
        t_hand, t_mlnb = seconds(by_hand), seconds(with_mlnb)
    print(f"rows={a.rows} trials={a.trials} log={a.log}: by hand {t_hand:.2f} s, mlnb.tune {t_mlnb:.2f} s, "
          f"ratio {t_mlnb / t_hand:.2f}")


if __name__ == "__main__":
    main()
