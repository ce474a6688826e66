"""`explain` and `explain_row` on a gradient-boosting model fitted on 10k rows x 20 columns, against the bare
`shap.TreeExplainer(model)(X)` call measured in the same run.

`explain(model, X, sample=10_000)` explains every row, so its ratio to the bare call is mlnb's overhead: the
checks, the importance table, the bar chart and the beeswarm of 10,000 dots (rendered to PNG). `explain_row`
is timed after a warm-up call (which builds and caches the explainers): that is what a widget pays per click.
Usage: python benchmarks/shap_speed.py [--rows N] [--columns N] [--repeat K] [--no-gbc]
"""
import argparse, statistics, time, warnings

import numpy as np
import pandas as pd


def make_frame(rows: int, columns: int, seed: int = 0) -> tuple[pd.DataFrame, np.ndarray]:
    "Numbers, a 20% positive target from five of them (one interaction), the rest noise."
    rng = np.random.default_rng(seed)
    X = pd.DataFrame(rng.normal(size=(rows, columns)), columns=[f"x{i}" for i in range(columns)])
    logit = 1.5 * X["x0"] - X["x1"] + 0.8 * X["x2"] * X["x3"] + 0.5 * X["x4"] - 1.6
    return X, (rng.random(rows) < 1 / (1 + np.exp(-logit))).astype(int).to_numpy()


def seconds(f, repeat: int) -> float:
    "Median wall time of `repeat` calls."
    out = []
    for _ in range(repeat):
        t = time.perf_counter(); f(); out.append(time.perf_counter() - t)
    return statistics.median(out)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=10_000)
    p.add_argument("--columns", type=int, default=20)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--no-gbc", action="store_true", help="skip GradientBoostingClassifier (slow to fit)")
    a = p.parse_args()
    warnings.simplefilter("ignore")
    import shap
    from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier
    from mlnb.explain import clear_row_cache, explain, explain_row

    X, y = make_frame(a.rows, a.columns)
    models = {"HistGradientBoostingClassifier()": HistGradientBoostingClassifier(random_state=0)}
    if not a.no_gbc: models["GradientBoostingClassifier()"] = GradientBoostingClassifier(random_state=0)
    print(f"{a.rows:,} rows x {a.columns} columns; median of {a.repeat} runs; shap {shap.__version__}")
    for name, model in models.items():
        t = time.perf_counter(); model.fit(X, y); fit = time.perf_counter() - t
        shap.TreeExplainer(model)(X.iloc[:50]); explain(model, X.iloc[:200], sample=200)  # warm-up: imports, first calls
        bare = seconds(lambda: shap.TreeExplainer(model)(X), a.repeat)
        box = {}
        ours = seconds(lambda: box.setdefault("r", explain(model, X, sample=a.rows)), a.repeat)
        r = box["r"]
        assert r.inputs["rows explained"] == f"all {a.rows:,}" and r.inputs["explainer"] == "TreeExplainer", r.inputs
        clear_row_cache()
        t = time.perf_counter(); explain_row(model, X, 0); cold = time.perf_counter() - t
        rows = list(range(1, 1 + 5 * a.repeat))
        it = iter(rows)
        warm = seconds(lambda: explain_row(model, X, next(it)), len(rows))
        it = iter(rows)
        no_fig = seconds(lambda: explain_row(model, X, next(it), figures=False), len(rows))
        it = iter(rows)
        shap_only = seconds(lambda: explain_row(model, X, next(it), lime=False, figures=False), len(rows))
        te = shap.TreeExplainer(model)
        it = iter(rows)
        bare_row = seconds(lambda: te(X.iloc[[next(it)]]), len(rows))
        print(f"\n{name} (fit {fit:.1f} s)")
        print(f"  bare shap.TreeExplainer(model)(X), {a.rows:,} rows:   {bare:7.3f} s")
        print(f"  mlnb explain(model, X, sample={a.rows:,}):          {ours:7.3f} s   ratio {ours / bare:.2f} "
              f"(overhead {ours - bare:+.3f} s: checks, table, bar chart, beeswarm PNG)")
        print(f"  explain_row, first call (builds the explainers):    {cold:7.3f} s")
        print(f"  explain_row, cached (SHAP + LIME 1,000 + waterfall): {warm:7.3f} s   (median of {len(rows)} rows)")
        print(f"  explain_row, cached, figures=False:                 {no_fig:7.3f} s")
        print(f"  explain_row, cached, lime=False, figures=False:     {shap_only:7.3f} s   "
              f"vs bare TreeExplainer on one row {bare_row:.4f} s")
        print("  top features: " + ", ".join(f"{k} {v:.2f}" for k, v in r.tables["importance"]["share"].head(5).items()))


if __name__ == "__main__":
    main()
