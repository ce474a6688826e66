"""Copy, for each corpus notebook, the repository's own Python files it imports or runs (at the notebook's commit)
into `repos/<owner>__<name>/`, keeping their paths, and list them in `modules.csv`.

The lint reads a notebook's local modules from disk, as a user's checkout has them; this gives the corpus the same files.
Needs a git mirror of each repository (bare or not), found as MIRRORS/<owner>+<name>/repo.
Usage: python tests/lint_real/gather_modules.py MIRRORS NOTEBOOK...   (notebook file names of the corpus)
Only files up to 300 kB are taken; a package imported by name is taken whole, unless it has more than 40 .py files
(then it is a library of its own, which the lint does not read either).
"""
import ast, csv, json, posixpath, re, subprocess, sys
from pathlib import Path, PurePosixPath as P

HERE = Path(__file__).resolve().parent
MAX_BYTES, MAX_PKG = 300_000, 40


def sources() -> dict:
    out = {}
    for f in sorted(HERE.glob("sources_*.csv")):
        for r in csv.DictReader(f.open()): out[r["file"]] = r
    return out


def git(gd:Path, *args) -> str:
    return subprocess.run(["git", "--git-dir", str(gd), *args], capture_output=True, text=True, check=True).stdout


def gitdir(mirrors:Path, repo:str) -> Path:
    d = mirrors / repo.replace("/", "+") / "repo"
    return d / ".git" if (d / ".git").exists() else d


def code_of(text:str, nb:bool) -> tuple[list, list]:
    "The sources of the code to scan, and the scripts and notebooks named by %run / !python lines."
    if nb:
        cells = [c for c in json.loads(text)["cells"] if c.get("cell_type") == "code"]
        srcs = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in cells]
    else: srcs = [text]
    runs = [m.group(2) for s in srcs for m in re.finditer(r"^\s*(%run(?:\s+-\w+)*|!\s*python3?)\s+['\"]?([\w./-]+\.(?:py|ipynb))", s, re.M)]
    return srcs, runs


_SYS_PATH = r"sys\.path\.(?:insert\(\s*\d+\s*,|append\()\s*[rf]?['\"]([^'\"]+)['\"]"


def imports(src:str) -> list[tuple[int, str]]:
    "(level, dotted name) of each import in `src`, magics left out."
    src = "\n".join("pass" if l.lstrip().startswith(("%", "!")) else l for l in src.split("\n"))
    try: tree = ast.parse(src)
    except (SyntaxError, ValueError): return []
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Import): out += [(0, a.name) for a in n.names]
        elif isinstance(n, ast.ImportFrom):
            out.append((n.level, n.module or ""))
            out += [(n.level, f"{n.module}.{a.name}" if n.module else a.name) for a in n.names if a.name != "*"]
    return out


def blob(gd:Path, commit:str, path:str, hops:int=5) -> bytes:
    "The bytes of `path` at `commit`, a symbolic link followed to the file it names in the repository (as a checkout has it)."
    entry = git(gd, "ls-tree", commit, "--", path).split()
    data = subprocess.run(["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], capture_output=True, check=True).stdout
    if entry and entry[0] == "120000" and hops:  # a link: its text is the target's path, relative to the link's folder
        target = posixpath.normpath(posixpath.join(posixpath.dirname(path), data.decode().strip()))
        if not target.startswith(".."): return blob(gd, commit, target, hops - 1)
    return data


def gather(gd:Path, commit:str, nb_path:str) -> set:
    "Repository paths of the .py files the notebook at `nb_path` imports or runs, transitively."
    files = set(git(gd, "ls-tree", "-r", "--name-only", commit).split("\n"))
    py = {f for f in files if f.endswith(".py") and ".ipynb_checkpoints/" not in f}  # (Jupyter's autosaves: never imported, and git-ignored here)
    nb_dir = P(nb_path).parent
    roots = [nb_dir] + list(nb_dir.parents) + [P("src")]  # as the lint looks: up to the root, and the `src/` layout
    todo, seen = [(nb_path, True)], set()
    while todo:
        path, nb = todo.pop()
        if path in seen: continue
        seen.add(path)
        try: text = blob(gd, commit, path).decode()
        except (subprocess.CalledProcessError, UnicodeDecodeError): continue
        srcs, runs = code_of(text, nb)
        here = P(path).parent
        added = [P(posixpath.normpath(str(here / d))) for s in srcs for d in re.findall(_SYS_PATH, s) if not d.startswith("/")]
        added = [d for d in added if not str(d).startswith("..")]  # ('../scripts/' from notebooks/: the folder scripts/; above the root: none)
        roots = roots + [d for d in added if d not in roots]  # sys.path.insert(0, './utils/'): searched as the lint searches it
        for r in runs:
            cand = posixpath.normpath(str(here / r)) if not r.startswith("/") else None  # (`%run ../util/helpers.ipynb`)
            if cand and (cand in py or cand.endswith(".ipynb") and cand in files): todo.append((cand, cand.endswith(".ipynb")))
        for s in srcs:
            for level, name in imports(s):
                bases = [here.parents[level - 2] if level > 1 else here] if level else roots
                for base in bases:
                    top = str(base / name.split(".")[0]).lstrip("./") + "/"
                    if level == 0 and sum(f.startswith(top) for f in py) > MAX_PKG: break  # a library's own package
                    stem = base.joinpath(*name.split(".")) if name else base
                    if (f := f"{stem}.py".lstrip("./")) in py: todo.append((f, False)); break
                    pkg = [f for f in py if f.startswith(f"{stem}/".lstrip("./")) or str(stem) == "."]
                    if pkg and str(stem) not in (".", ""):
                        if len(pkg) <= MAX_PKG: todo += [(f, False) for f in sorted(pkg)]
                        break
    return {p for p in seen if p != nb_path}


def stripped(data:bytes) -> bytes:
    "Notebook JSON `data` with every code cell's outputs and execution count cleared, as the corpus notebooks are stored."
    nb = json.loads(data)
    for c in nb.get("cells", []):
        if c.get("cell_type") == "code": c["outputs"], c["execution_count"] = [], None
    return (json.dumps(nb, indent=1, ensure_ascii=False) + "\n").encode()


def main():
    mirrors, names = Path(sys.argv[1]), sys.argv[2:]
    src = sources()
    out = HERE / "modules.csv"
    rows = list(csv.DictReader(out.open())) if out.exists() else []
    have = {(r["repo"], r["commit"], r["path"]) for r in rows}
    for n in names:
        r = src[n]
        gd = gitdir(mirrors, r["repo"])
        try: found = gather(gd, r["commit"], r["path"])
        except subprocess.CalledProcessError:
            print(n, "skipped: no mirror of", r["repo"], "at", r["commit"][:7], file=sys.stderr); continue
        for f in sorted(found):
            if (r["repo"], r["commit"], f) in have: continue
            data = blob(gd, r["commit"], f)
            if f.endswith(".ipynb"): data = stripped(data)  # a notebook that `%run` runs: its code, not its outputs
            if len(data) > MAX_BYTES: continue
            dest = HERE / "repos" / r["repo"].replace("/", "__") / f
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
            rows.append(dict(repo=r["repo"], commit=r["commit"], path=f, notebook=n)); have.add((r["repo"], r["commit"], f))
            print(n, f)
    with out.open("w", newline="") as fh:
        w = csv.DictWriter(fh, ["repo", "commit", "path", "notebook"]); w.writeheader(); w.writerows(rows)


if __name__ == "__main__": main()
