"""`make demo`: the example pipeline (examples/churn) from data to a registered model, run by `mlnb run`.

1. copy examples/churn to the output folder (default demo/ in the checkout), so the checkout stays clean;
2. `mlnb run` it: data -> checks (validation + leakage; an error stops the pipeline) -> split -> train (baselines,
   tuning) -> evaluate (test scores, threshold, errors, fairness) -> card -> register in MLflow, and the monitoring
   branch: drift -> retrain (only when the new data drifted);
3. `mlnb run` it again: nothing changed, so every step comes from the cache;
4. print where the executed notebooks, the HTML reports and the MLflow store are, and how to browse them.

Running the demo again re-uses the previous run's cache (a few seconds).
Usage: python examples/demo.py [--output-dir DIR]
"""
import argparse, os, re, shutil, subprocess, sys, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
GENERATED = ("work", ".mlnb", "mlflow.db", "mlruns", "mlartifacts", ".ipynb_checkpoints", "__pycache__")


def shown(path: Path) -> str:
    "A path as a user would type it: relative to the working directory when inside it."
    rel = os.path.relpath(path)
    return path.as_posix() if rel.startswith("..") else rel


def mlnb(*args) -> tuple[int, dict, float]:
    "Run an `mlnb` command, echoing it as a user would type it: (exit status, step -> status, seconds)."
    print("\n$ mlnb " + " ".join(map(str, args)), flush=True)
    start = time.perf_counter()
    proc = subprocess.Popen([str(BIN/"mlnb"), *map(str, args)], stderr=subprocess.PIPE, text=True, bufsize=1)
    steps = {}
    for line in proc.stderr:  # the runner's progress lines, `mlnb: STEP: STATUS ...`: shown as they come
        if "Kernel is running over TCP without encryption" in line: continue  # jupyter_client's notice for local kernels
        sys.stderr.write(line); sys.stderr.flush()
        if m := re.match(r"mlnb: ([\w@=.,+-]+): (ran|cached|skipped|failed|blocked)\b", line): steps[m[1]] = m[2]
    return proc.wait(), steps, time.perf_counter() - start


def table(title: str, rows: list) -> None:
    "Print `title`, then one `command-or-path   what it is` line per row, aligned."
    width = max((len(a) for a, _ in rows if len(a) < 70), default=0) + 3
    print(title)
    for a, b in rows:
        print(f"  {a:<{width}}{b}" if len(a) < 70 else f"  {a}\n  {'':<{width}}{b}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--output-dir", type=Path, default=HERE.parent/"demo", help="where the pipeline is copied and run (default: demo/)")
    out = p.parse_args(argv).output_dir.resolve()
    start = time.perf_counter()
    shutil.copytree(HERE/"churn", out, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*GENERATED))
    print(f"Copied examples/churn to {shown(out)}/ (the pipeline: mlnb.yml and steps/*.ipynb)")

    status, first, t1 = mlnb("run", shown(out))
    if status != 0:
        print(f"\nThe pipeline stopped: see the failed step above, its failed.ipynb, and `mlnb status {shown(out)}`.", file=sys.stderr)
        return status
    status, second, t2 = mlnb("run", shown(out))  # nothing changed: every step comes from the cache
    if status != 0: return status
    counts = lambda steps: ", ".join(f"{sum(s == k for s in steps.values())} {k}" for k in ("ran", "cached", "skipped")
                                     if any(s == k for s in steps.values()))

    d, db, bin_ = shown(out), (out/"mlflow.db").as_posix(), shown(BIN)
    print(f"\nmlnb demo done in {time.perf_counter() - start:.0f} s: the pipeline ran in {t1:.0f} s ({counts(first)}), "
          f"then again in {t2:.0f} s ({counts(second)}).")
    table("Where to look:", [
        (f"{d}/mlnb.yml", "the pipeline: steps, parameters, declared inputs and outputs"),
        (f"{d}/.mlnb/steps/*/executed.ipynb", "each step's executed notebook, provenance.json beside it (key, timings, git, hashes)"),
        (f"{d}/work/model_card.html", f"the model card: open file://{out/'work'/'model_card.html'} in a browser"),
        (f"{d}/work/*.html", "the reports: validation, leakage, split, baselines, tuning, evaluation, threshold, errors, fairness, drift"),
        (f"{d}/mlflow.db", "the MLflow store: a run per pipeline run (a child run per step), the tuning trials, churn@candidate")])
    table("Browse them:", [
        (f"{bin_}/mlflow ui --backend-store-uri sqlite:///{db}", "then open http://127.0.0.1:5000"),
        (f"{bin_}/jupyter lab {d}", "the step notebooks (steps/) and the executed ones (.mlnb/steps/)"),
        (f"{bin_}/mlnb status {d}", "which steps are fresh, stale (and why) or failed")])
    table("Try:", [
        (f"{bin_}/mlnb run {d} -p drift_shift=1.0", "new customers drift: `drift` and `retrain` run, registering churn@retrained"),
        (f"{bin_}/mlnb run {d} -p 'problems=[proxy]'", "a column recorded after the outcome: `checks` stops the pipeline")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
