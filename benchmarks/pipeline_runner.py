"""The pipeline runner of `mlnb.pipeline`, measured against bare `papermill.execute_notebook` in the same run.

1. overhead: the same notebooks run by `run_pipeline` (forced, tracking off, then on) and by papermill alone;
2. a fully cached rerun: seconds per step, in-process and through the `mlnb run` command;
3. a sweep of 8 notebooks on 2 workers against 1 worker.

Goals (issue: notebook pipelines): overhead <= 5 %, cached rerun <= 0.2 s per step, sweep speed-up >= 1.6x.
Usage: python benchmarks/pipeline_runner.py [--steps N] [--work SECONDS]
"""
import argparse, subprocess, sys, tempfile, time
from pathlib import Path

import nbformat
import papermill


def step_notebook(work: float):
    "A step that computes for about `work` seconds on one core (pure Python: no BLAS threads to skew the sweep)."
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell(f"seed: int = 0\nwork: float = {work}")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("import time, mlnb"),
                nbformat.v4.new_code_cell("t = time.process_time()\nn = seed\nwhile time.process_time() - t < work: n = (n * 1103515245 + 12345) % 2**31"),
                nbformat.v4.new_code_cell("mlnb.record('n', n)")]
    return nb


def make_pipeline(root: Path, steps: int, work: float) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    nbformat.write(step_notebook(work), root/"step.ipynb")
    lines = ["name: bench", "steps:"]
    for i in range(steps):
        lines += [f"  - name: s{i}", "    notebook: step.ipynb", f"    parameters: {{seed: {i}}}"] + ([f"    upstream: [s{i-1}]"] if i else [])
    (root/"mlnb.yml").write_text("\n".join(lines) + "\n")
    return root


def seconds(f):
    t = time.perf_counter(); f(); return time.perf_counter() - t


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--steps", type=int, default=5)
    p.add_argument("--work", type=float, default=2.0, help="seconds of computation per notebook")
    a = p.parse_args()
    from mlnb.pipeline import run_pipeline
    tmp = Path(tempfile.mkdtemp())
    root = make_pipeline(tmp/"chain", a.steps, a.work)
    quiet = dict(echo=None)

    run_pipeline(root, tracking=False, **quiet)  # warm-up: imports, kernel spec lookup, file caches
    bare = seconds(lambda: [papermill.execute_notebook(str(root/"step.ipynb"), str(tmp/f"bare-{i}.ipynb"), parameters={"seed": i},
                                                       kernel_name="python3", progress_bar=False) for i in range(a.steps)])
    runner = seconds(lambda: run_pipeline(root, force=True, tracking=False, **quiet))
    uri = f"sqlite:///{tmp/'mlflow.db'}"
    first = seconds(lambda: run_pipeline(root, force=True, tracking_uri=uri, **quiet))  # creates the sqlite store
    tracked = seconds(lambda: run_pipeline(root, force=True, tracking_uri=uri, **quiet))
    print(f"{a.steps} notebooks of ~{a.work:.1f} s each, one after another")
    print(f"  bare papermill.execute_notebook:   {bare:6.2f} s")
    print(f"  run_pipeline, tracking off:        {runner:6.2f} s  overhead {100 * (runner / bare - 1):+.1f} % (goal <= 5 %)")
    print(f"  run_pipeline, MLflow tracking on:  {tracked:6.2f} s  overhead {100 * (tracked / bare - 1):+.1f} % "
          f"(the first tracked run, which creates the sqlite store, took {first:.2f} s)")

    cached = seconds(lambda: run_pipeline(root, tracking=False, **quiet))
    cli = seconds(lambda: subprocess.run([str(Path(sys.executable).parent/"mlnb"), "run", str(root), "--no-tracking"],
                                         capture_output=True, check=True))
    print(f"fully cached rerun: {cached / a.steps:.3f} s per step in-process, {cli / a.steps:.3f} s per step "
          f"through `mlnb run` (Python start-up included) (goal <= 0.2 s)")

    sweep = make_pipeline(tmp/"sweep", 1, a.work)
    values = {"seed": list(range(8))}
    one = seconds(lambda: run_pipeline(sweep, sweep=values, jobs=1, force=True, tracking=False, **quiet))
    two = seconds(lambda: run_pipeline(sweep, sweep=values, jobs=2, force=True, tracking=False, **quiet))
    print(f"sweep of 8 notebooks: 1 worker {one:.2f} s, 2 workers {two:.2f} s, speed-up {one / two:.2f}x (goal >= 1.6x)")


if __name__ == "__main__":
    main()
