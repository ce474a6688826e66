"""Function and notebook-cell sizes of mlnb: the figures the one-house refactor is judged by.

Usage: python tools/code_sizes.py [ROOT]   (ROOT: a checkout, default: this one)
Prints the median function length and the functions over 50 / 60 lines (from mlnb/*.py),
and the median exported-cell length and the cells over 40 lines (from nbs/*.ipynb).
"""
import ast, json, statistics, sys
from pathlib import Path

def function_sizes(root:Path) -> dict:
    "Lines of every function and method in the generated package, by qualified name."
    out = {}
    for f in sorted((root/"mlnb").glob("*.py")):
        if f.name.startswith("_"): continue
        tree = ast.parse(f.read_text())
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                out[f"{f.stem}.{node.name}:{node.lineno}"] = node.end_lineno - node.lineno + 1
    return out

def cell_sizes(root:Path) -> list[int]:
    "Lines of every exported code cell in the notebooks."
    sizes = []
    for nb in sorted((root/"nbs").glob("*.ipynb")):
        for c in json.loads(nb.read_text())["cells"]:
            src = "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            if c["cell_type"] == "code" and src.lstrip().startswith(("#| export", "#|export")):
                sizes.append(len(src.splitlines()))
    return sizes

def main(root:Path):
    fs, cs = function_sizes(root), cell_sizes(root)
    big = sorted(((n, k) for k, n in fs.items() if n > 50), reverse=True)
    print(f"functions: {len(fs)}, median {statistics.median(fs.values()):g} lines, "
          f"{sum(n > 50 for n in fs.values())} over 50, {sum(n > 60 for n in fs.values())} over 60")
    for n, k in big: print(f"  {n:4d}  {k}")
    print(f"exported cells: {len(cs)}, median {statistics.median(cs):g} lines, {sum(n > 40 for n in cs)} over 40")

if __name__ == "__main__": main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent))
