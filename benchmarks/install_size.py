"""A lean install, measured (issue 21): fresh virtual environments of `pip install .` (the core) and
`pip install '.[all]'` (every extra), built one after the other in the same run, side by side: install time, size on
disk, number of packages, which heavy packages came with it, and the time of `import mlnb`.

Goals: the bare install at most 0.8 GB and at most 60% of the time of the full one, with none of numba, llvmlite,
scikit-image, mlflow, dask, optuna, shap, lime; `import mlnb` under 0.3 s in both. Both installs use pip's cache (as a
second install on a machine does); pass --no-cache for cold downloads. Not run in CI (it builds two environments).
Usage: python benchmarks/install_size.py [--no-cache] [--keep DIR]
"""
import argparse, json, shutil, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("numba", "llvmlite", "scikit-image", "mlflow", "dask", "optuna", "shap", "lime")


def size_of(path: Path) -> int:
    "Bytes of the files under `path`."
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def import_time(python: Path, module: str = "mlnb") -> float:
    "Best of 5 fresh interpreters: seconds to import `module` (the interpreter's own start-up not counted)."
    run = lambda code: subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True).stdout
    t = [float(run(f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)")) for _ in range(5)]
    return min(t)


def build(where: Path, target: str, cache: bool) -> dict:
    "Create a venv in `where`, install `target` into it, and measure it."
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    py = where/"bin"/"python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    t0 = time.perf_counter()
    subprocess.run([str(py), "-m", "pip", "install", "-q", *([] if cache else ["--no-cache-dir"]), target], check=True, cwd=ROOT)
    seconds = time.perf_counter() - t0
    pkgs = json.loads(subprocess.run([str(py), "-m", "pip", "list", "--format", "json"], check=True, capture_output=True,
                                     text=True).stdout)
    names = {p["name"].lower() for p in pkgs}
    return {"seconds": seconds, "bytes": size_of(where), "packages": len(pkgs),
            "heavy": [h for h in HEAVY if h in names], "import": import_time(py), "metrics": import_time(py, "mlnb.metrics")}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--no-cache", action="store_true", help="download every package (pip --no-cache-dir)")
    p.add_argument("--keep", metavar="DIR", help="build the environments in DIR and keep them")
    a = p.parse_args()
    base = Path(a.keep or tempfile.mkdtemp(prefix="mlnb-install-"))
    try:
        full = build(base/"all", ".[all]", not a.no_cache)
        bare = build(base/"bare", ".", not a.no_cache)
    finally:
        if not a.keep: shutil.rmtree(base, ignore_errors=True)
    print(f"{'':22}{'pip install .':>16}{'.[all]':>12}")
    print(f"{'install time':22}{bare['seconds']:>14.1f} s{full['seconds']:>10.1f} s   bare / all: {bare['seconds'] / full['seconds']:.0%} (goal <= 60%)")
    print(f"{'size on disk':22}{bare['bytes'] / 1e9:>13.2f} GB{full['bytes'] / 1e9:>9.2f} GB   (goal: bare <= 0.8 GB)")
    print(f"{'packages':22}{bare['packages']:>16}{full['packages']:>12}")
    print(f"{'import mlnb':22}{bare['import']:>14.3f} s{full['import']:>10.3f} s   (goal < 0.3 s; the modules load on first use)")
    print(f"{'import mlnb.metrics':22}{bare['metrics']:>14.3f} s{full['metrics']:>10.3f} s   (pandas, NumPy, SciPy, the registry)")
    print(f"{'heavy packages':22}{', '.join(bare['heavy']) or 'none':>16}   all: {', '.join(full['heavy'])}")


if __name__ == "__main__":
    main()
