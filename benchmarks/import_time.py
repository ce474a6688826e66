"""How long `import mlnb` takes, against `import sklearn` measured in the same run.

Each import runs in a fresh interpreter (so nothing is cached in-process), several times; the
median wall time of the import statement alone is reported, and the ratio to scikit-learn's.
Usage: python benchmarks/import_time.py [--repeat N]
"""
import argparse, statistics, subprocess, sys

CODE = "import time; t = time.perf_counter(); import {mod}; print(time.perf_counter() - t)"


def import_seconds(mod: str, repeat: int) -> float:
    runs = [float(subprocess.run([sys.executable, "-c", CODE.format(mod=mod)], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(repeat)]
    return statistics.median(runs)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=7)
    n = p.parse_args().repeat
    import_seconds("mlnb", 1), import_seconds("sklearn", 1)  # warm the file cache
    base = import_seconds("sklearn", n)
    print(f"{'import':<14}{'median ms':>10}{'vs sklearn':>12}")
    for mod in ("mlnb", "mlnb.core", "mlnb.cli", "pandas", "sklearn"):
        s = import_seconds(mod, n)
        print(f"{mod:<14}{1000 * s:>10.1f}{s / base:>12.3f}")


if __name__ == "__main__":
    main()
