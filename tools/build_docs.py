"""Build the docs site offline: run the notebooks, process them with nbdev, render with smalldocs.

Quarto cannot be installed on these machines, so `nbdev-docs` is not an option here (users who
have Quarto can still run it). This script does what it does in pure Python:

1. copy `nbs/` to `_build/nbs` and run every notebook there with `nbdev-test --save`, so the
   pages show real outputs while the committed notebooks stay free of them;
2. process the executed copies with nbdev (`proc_nbs`: show_doc cells, directives) into `_proc/`;
3. write the finding-codes page from the registry (`mlnb codes --format markdown`);
4. render `_proc/` with smalldocs into `_docs/` (see `nbs/_quarto.yml`), links to the published site made relative;
5. fail if a notebook errored or a page is missing.

Usage: python tools/build_docs.py [--skip-run]   (--skip-run: reuse `_build/nbs` from a previous run)
"""
import json, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NBS, BUILD, PROC, SITE = ROOT/"nbs", ROOT/"_build"/"nbs", ROOT/"_proc", ROOT/"_docs"
BIN = Path(sys.executable).parent


def run_notebooks() -> None:
    "Copy the notebooks and execute the copies, saving their outputs (this is also `nbdev-test`)."
    shutil.rmtree(BUILD, ignore_errors=True)
    shutil.copytree(NBS, BUILD, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "_proc"))
    subprocess.run([str(BIN/"nbdev-test"), str(BUILD), "--save", "--flags", ""], cwd=ROOT, check=True)


def page_name(nb: Path) -> str:
    "The page name Quarto gives a notebook: 00_core.ipynb -> core.ipynb."
    return nb.name.split("_", 1)[1] if nb.name[:1].isdigit() and "_" in nb.name else nb.name


def process_notebooks() -> None:
    "nbdev's own docs processing (show_doc cells, directives), into _proc/."
    from nbdev.serve import proc_nbs
    shutil.rmtree(PROC, ignore_errors=True)
    proc_nbs(path=str(BUILD), force=True, n_workers=0)
    # Quarto drops a numeric prefix from page names (00_core.ipynb -> core.html, the names nbdev links to);
    # smalldocs keeps file names, so the processed copies are renamed the same way.
    quarto = (PROC/"_quarto.yml").read_text()
    for nb in PROC.glob("[0-9]*_*.ipynb"):
        nb.rename(PROC/page_name(nb))
        quarto = quarto.replace(nb.name, page_name(nb))
    (PROC/"_quarto.yml").write_text(quarto)
    (PROC/"codes.qmd").write_text(subprocess.run([str(BIN/"mlnb"), "codes", "--format", "markdown"], cwd=ROOT,
                                                  check=True, capture_output=True, text=True).stdout)


def errors_in(nb_path: Path) -> list[str]:
    "Error outputs left in a processed notebook."
    nb = json.loads(nb_path.read_text())
    return [f"{nb_path.name}: {o.get('ename')}: {o.get('evalue')}" for c in nb["cells"]
            for o in c.get("outputs", []) if o.get("output_type") == "error"]


def sidebar_entries() -> list[str]:
    "Every page file `_quarto.yml` names (sidebar and navbar)."
    import yaml
    site = yaml.safe_load((NBS/"_quarto.yml").read_text())["website"]
    found = []
    def walk(node):
        if isinstance(node, str) and node.endswith((".ipynb", ".qmd", ".md")): found.append(node)
        elif isinstance(node, dict): [walk(v) for k, v in node.items() if k in ("contents", "href", "left", "right")]
        elif isinstance(node, list): [walk(v) for v in node]
    walk(site.get("sidebar", {})); walk(site.get("navbar", {}))
    return found


def local_links() -> None:
    "Links to the published site (a finding's code, in a report on a page) made relative, so a local build links to itself."
    from mlnb.core import DOCS_URL
    for page in SITE.rglob("*.html"):
        text = page.read_text()
        if f'href="{DOCS_URL}' in text: page.write_text(text.replace(f'href="{DOCS_URL}', 'href="'))


def render_and_check() -> list[str]:
    "Render the site and list what is wrong with it (missing pages, broken links, errors in notebooks)."
    shutil.rmtree(SITE, ignore_errors=True)
    out = subprocess.run([str(BIN/"smalldocs"), "render", str(PROC)], cwd=ROOT, capture_output=True, text=True)
    print(out.stdout + out.stderr, end="")
    if out.returncode: return [f"smalldocs render failed with status {out.returncode}"]
    local_links()
    problems = [line.strip() for line in (out.stdout + out.stderr).splitlines() if "broken link" in line]
    problems += [f"_quarto.yml names {e}, which is not in nbs/" for e in sidebar_entries()
                 if not (NBS/e).exists() and e != "codes.qmd"]
    problems += [e for p in sorted(PROC.glob("*.ipynb")) for e in errors_in(p)]
    sources = [p for p in NBS.glob("*.ipynb") if not p.name.startswith("_")] + [NBS/"codes.qmd"]
    for src in sources:
        page = (SITE/page_name(src)).with_suffix(".html")
        if not page.exists(): problems.append(f"missing page {page.name} for {src.name}")
    return problems


def main(argv: list[str]) -> int:
    if "--skip-run" not in argv: run_notebooks()
    process_notebooks()
    problems = render_and_check()
    for p in problems: print(f"docs: {p}", file=sys.stderr)
    if not problems: print(f"docs: site built in {SITE.relative_to(ROOT)}/ ({len(list(SITE.glob('*.html')))} pages)")
    return int(bool(problems))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
