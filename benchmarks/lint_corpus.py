"""Lint the labelled corpus in tests/lint_corpus: precision and recall per leakage kind, and throughput.

A notebook counts as a positive for a kind when it has at least one active finding of that kind;
`labels.json` gives the expected kinds of each notebook (an empty list for a clean one).
Usage: python benchmarks/lint_corpus.py [--repeat N] [--verbose]
"""
import argparse, json, time
from pathlib import Path

from mlnb.lint import lint_notebook, lint_source

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "lint_corpus"
KINDS = ["preprocessing", "overlap", "multi-test"]


def score(corpus: Path = CORPUS) -> dict:
    "Per kind: true / false positives and negatives, precision, recall, and the notebooks it got wrong."
    labels = json.loads((corpus / "labels.json").read_text())
    found = {name: {f.kind for f in lint_notebook(corpus / name).active} for name in labels}
    out = {}
    for kind in KINDS:
        tp = sum(kind in found[n] and kind in labels[n] for n in labels)
        fp = [n for n in labels if kind in found[n] and kind not in labels[n]]
        fn = [n for n in labels if kind not in found[n] and kind in labels[n]]
        out[kind] = dict(tp=tp, fp=fp, fn=fn, precision=tp / (tp + len(fp)) if tp + len(fp) else 1.0,
                         recall=tp / (tp + len(fn)) if tp + len(fn) else 1.0)
    return out


def throughput(corpus: Path = CORPUS, repeat: int = 3) -> float:
    "Notebooks linted per second (reading included), best of `repeat` passes over the corpus."
    files = sorted(corpus.glob("*.ipynb"))
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for f in files: lint_notebook(f)
        best = min(best, time.perf_counter() - t)
    return len(files) / best


def worst_case_ms_per_kline() -> float:
    "Milliseconds per 1,000 lines on a pathological input (six nested comprehension loops, 500 times)."
    xs = "xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n"
    src = xs + "r = [a + b + c + d + e + f for a in xs for b in xs for c in xs for d in xs for e in xs for f in xs]\n" * 500
    t = time.perf_counter()
    lint_source(src)
    return (time.perf_counter() - t) * 1000 / (src.count("\n") / 1000)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--verbose", action="store_true", help="list the notebooks each kind got wrong")
    a = p.parse_args()
    n = len(json.loads((CORPUS / "labels.json").read_text()))
    print(f"corpus: {n} notebooks in {CORPUS}")
    for kind, s in score().items():
        print(f"{kind:<14} precision {s['precision']:.3f}  recall {s['recall']:.3f}  (tp {s['tp']}, fp {len(s['fp'])}, fn {len(s['fn'])})")
        if a.verbose:
            for name in s["fp"]: print(f"    false positive: {name}")
            for name in s["fn"]: print(f"    missed: {name}")
    print(f"throughput: {throughput(repeat=a.repeat):.0f} notebooks / s (goal >= 50)")
    print(f"pathological input: {worst_case_ms_per_kline():.0f} ms per 1,000 lines (goal: well under 1,000)")


if __name__ == "__main__":
    main()
