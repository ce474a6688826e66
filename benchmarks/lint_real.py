"""Lint the real-notebook corpus (tests/lint_real: public notebooks written by others, labelled by hand):
precision and recall per leakage kind on the development part or the held-out part, and throughput.

The corpus and its labelling rule are described in tests/lint_real/LABELLING.md. `split.json` assigns
every notebook to `dev` or `heldout` once, when it joins the corpus; the held-out part is scored only
to report, never to tune the lint.
A notebook counts as a positive for a kind when it has at least one active finding of that kind at `warning` or `error`;
an `info` finding (one the lint marks as unsure, to check by hand) claims nothing.

Usage: python benchmarks/lint_real.py [--part dev|heldout|all] [--verbose] [--repeat N] [--assign | --assign-heldout]
"""
import argparse, csv, hashlib, json, time
from pathlib import Path

from mlnb.lint import lint_notebook, parse_cell

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "lint_real"
KINDS = ["preprocessing", "overlap", "multi-test"]


def labels(corpus:Path=CORPUS) -> dict:
    "File name -> {'kinds': [...], 'why': {...}, 'note': ...}, from every labels_*.json."
    out = {}
    for f in sorted(corpus.glob("labels_*.json")): out.update(json.loads(f.read_text()))
    return {n: v for n, v in out.items() if (corpus / "notebooks" / n).exists()}


def part_of(corpus:Path=CORPUS) -> dict:
    "File name -> 'dev' or 'heldout', as split.json fixed it."
    return json.loads((corpus / "split.json").read_text())


def assign_new(corpus:Path=CORPUS, part:str|None=None) -> dict:
    "Give each labelled notebook not yet in split.json its part, once: `part`, or else a third held out by a hash of its name."
    path = corpus / "split.json"
    parts = json.loads(path.read_text()) if path.exists() else {}
    for name in sorted(labels(corpus)):
        if name not in parts:
            parts[name] = part or ("heldout" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3 == 0 else "dev")
    path.write_text(json.dumps(dict(sorted(parts.items())), indent=1) + "\n")
    return parts


def sources(corpus:Path=CORPUS) -> dict:
    "File name -> its row of sources_*.csv: repository, commit, path in it, licence."
    return {r["file"]: r for f in sorted(corpus.glob("sources_*.csv")) for r in csv.DictReader(f.open())}


def checkouts(corpus:Path=CORPUS) -> dict:
    "File name -> where it runs: `workdir` and `project` in `repos/`, which holds its repository's own modules that it imports."
    out = {}
    for name, r in sources(corpus).items():
        repo = corpus / "repos" / r["repo"].replace("/", "__")  # (a notebook that imports none has no folder there: nothing is read)
        out[name] = dict(workdir=repo / Path(r["path"]).parent, project=repo)  # (as written: a folder's name may start with a space)
    return out


def lint(name:str, corpus:Path=CORPUS, where:dict|None=None):
    "`lint_notebook` of the corpus notebook `name`, run as in its repository."
    return lint_notebook(corpus / "notebooks" / name, **(where or checkouts(corpus)).get(name, {}))


def score(names:list, truth:dict, corpus:Path=CORPUS) -> tuple[dict, dict]:
    "Per kind: counts, precision, recall and the notebooks missed or wrongly flagged; and the findings per notebook."
    where = checkouts(corpus)
    found = {n: lint(n, corpus, where).active for n in names}
    kinds_found = {n: {f.kind for f in fs if f.severity.value != "info"} for n, fs in found.items()}
    out = {}
    for kind in KINDS:
        pos = [n for n in names if kind in truth[n]["kinds"]]
        tp = [n for n in pos if kind in kinds_found[n]]
        fp = [n for n in names if kind in kinds_found[n] and kind not in truth[n]["kinds"]]
        fn = [n for n in pos if kind not in kinds_found[n]]
        out[kind] = dict(positives=len(pos), tp=len(tp), fp=fp, fn=fn,
                         precision=len(tp) / (len(tp) + len(fp)) if tp or fp else float("nan"),
                         recall=len(tp) / len(pos) if pos else float("nan"))
    return out, found


def throughput(names:list, corpus:Path=CORPUS, repeat:int=3) -> float:
    "Notebooks linted per second (best of `repeat` passes over `names`)."
    best, where = float("inf"), checkouts(corpus)
    for _ in range(repeat):
        t0 = time.perf_counter()
        for n in names: lint(n, corpus, where)
        best = min(best, time.perf_counter() - t0)
    return len(names) / best


def parse_rate(names:list, corpus:Path=CORPUS, repeat:int=3) -> float:
    """Notebooks read and parsed per second (json, then `parse_cell` of each code cell, as the lint parses it; best of `repeat`):
    the peer measured in the same run, so that the lint's speed can be read apart from how fast the machine is at the moment."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for n in names:
            for c in json.loads((corpus / "notebooks" / n).read_text(encoding="utf-8")).get("cells", []):
                if c.get("cell_type") == "code": parse_cell("".join(c["source"]) if isinstance(c["source"], list) else c["source"])
        best = min(best, time.perf_counter() - t0)
    return len(names) / best


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--part", choices=["dev", "heldout", "all"], default="dev")
    p.add_argument("--verbose", action="store_true", help="list each miss and false alarm with its label and findings")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--assign", action="store_true", help="first give newly labelled notebooks their part (once), by the name hash")
    p.add_argument("--assign-heldout", action="store_true", help="first put newly labelled notebooks in the held-out part (once)")
    a = p.parse_args()
    truth = labels()
    parts = assign_new(part="heldout") if a.assign_heldout else assign_new() if a.assign else part_of()
    names = sorted(n for n in truth if n in parts and (a.part == "all" or parts[n] == a.part))
    res, found = score(names, truth)
    print(f"{a.part} part: {len(names)} notebooks from {CORPUS}")
    print(f"{'kind':14s} {'positives':>9s} {'precision':>9s} {'recall':>7s}   tp  fp  fn")
    for kind, r in res.items():
        print(f"{kind:14s} {r['positives']:9d} {r['precision']:9.2f} {r['recall']:7.2f} {r['tp']:4d} {len(r['fp']):3d} {len(r['fn']):3d}")
        if a.verbose:
            for n in r["fn"]: print(f"   missed     {n}: {truth[n]['why'].get(kind, '')}")
            for n in r["fp"]:
                msgs = "; ".join(f.message[:160] for f in found[n] if f.kind == kind and f.severity.value != "info")
                print(f"   false alarm {n}: {msgs}  [label note: {truth[n].get('note', '')}]")
    rate, parsed = throughput(names, repeat=a.repeat), parse_rate(names, repeat=a.repeat)
    print(f"throughput: {rate:.0f} notebooks / s (goal >= 50); reading and parsing alone, same run: {parsed:.0f} notebooks / s "
          f"(the lint takes {parsed / rate if rate else float('nan'):.1f}x the time of parsing)")  # (nan: an empty part)


if __name__ == "__main__":
    main()
