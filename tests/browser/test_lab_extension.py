"""mlnb's JupyterLab extension in a real JupyterLab (headless Chromium): the findings panel, the marks in the editor,
jumping to a finding, the lint following the user's edits, and an ignore that is saved in the notebook and holds after a
reload and in the CLI. No kernel is needed: the server lints the cells as they are."""
import json, re

import pytest
from playwright.sync_api import expect

from helpers import mlnb
from test_lab import looks_right, shoot

pytestmark = pytest.mark.browser

NOTEBOOK = "leaky_lint.ipynb"  # markdown, imports, markdown, the scaler fitted before the split, the model scored


def open_with_panel(page, server):
    "Open the leaky notebook and the mlnb panel; wait for its first lint."
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(server.notebook_url(NOTEBOOK))
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.locator('.jp-SideBar.jp-mod-right li[data-id="mlnb-findings"]').click()
    panel = page.locator("#mlnb-findings")
    expect(panel.locator(".mlnb-finding")).to_have_count(1, timeout=30_000)
    return panel


def marked_lines(page) -> list:
    "(cell index, text of the marked line) for every lint mark in the notebook's editors."
    return page.evaluate("""() => [...document.querySelectorAll('.jp-Notebook .jp-Cell')].flatMap((cell, i) =>
        [...cell.querySelectorAll('.cm-lintRange')].map(r => [i, r.closest('.cm-line').textContent]))""")


def test_panel_lists_the_leak_marks_its_lines_and_jumps_there(jupyter_lab, page):
    panel = open_with_panel(page, jupyter_lab)
    finding = panel.locator('.mlnb-finding[data-code="MLNB-C001"]')
    expect(panel.locator(".mlnb-counts")).to_have_text("1 error, 0 warnings, 0 info")
    expect(finding.locator(".mlnb-where")).to_have_text("cell 4, line 1")  # markdown cells count, as the user sees them
    expect(finding.locator(".mlnb-message")).to_contain_text("evaluated at cell 5, line 2")
    expect(finding.locator(".mlnb-fix")).to_contain_text("Pipeline")
    assert finding.locator("a.mlnb-code").get_attribute("href").endswith("codes.html#mlnb-c001")
    # the fit (cell 4, line 1) and the evaluation (cell 5, line 2) are underlined, with a gutter mark each
    expect(page.locator(".jp-Notebook .cm-lintRange")).to_have_count(2)
    assert marked_lines(page) == [[3, "X = StandardScaler().fit_transform(X)"],
                                  [4, "print('accuracy', model.score(X_test, y_test))"]]
    expect(page.locator(".jp-Notebook .cm-lint-marker-error")).to_have_count(2)
    looks_right(panel)
    shoot(page, panel, "lab_findings_panel")

    page.locator(".jp-Notebook .cm-lintRange").nth(1).hover()  # the hover says what leaked where
    tip = page.locator(".cm-tooltip-lint")
    expect(tip).to_contain_text("MLNB-C001 (error), the evaluation: StandardScaler was fitted on `X` (cell 4, line 1)")
    shoot(page, page.locator(".jp-Notebook"), "lab_marks_hover")

    page.mouse.move(5, 400)
    finding.locator(".mlnb-where").click()  # jump: the cell becomes active, the cursor on the line
    expect(page.locator(".jp-Notebook .jp-Cell.jp-mod-active")).to_have_count(1)
    expect(page.locator(".jp-Notebook .jp-Cell").nth(3)).to_have_class(re.compile(r"\bjp-mod-active\b"))  # waits: the jump lands a frame later
    expect(page.locator("#jp-main-statusbar")).to_contain_text("Ln 1, Col 1")


def test_marks_follow_the_users_edit(jupyter_lab, page):
    panel = open_with_panel(page, jupyter_lab)
    editor = page.locator(".jp-Notebook .jp-Cell").nth(3).locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text("X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)\n"
                              "scaler = StandardScaler().fit(X_train)\n"
                              "X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)")
    expect(panel.locator(".mlnb-empty")).to_have_text("No leakage found in this notebook.", timeout=15_000)
    expect(page.locator(".jp-Notebook .cm-lintRange")).to_have_count(0)
    page.keyboard.press("Control+z")  # undo: the leak and its marks are back
    expect(panel.locator('.mlnb-finding[data-code="MLNB-C001"]')).to_have_count(1, timeout=15_000)
    expect(page.locator(".jp-Notebook .cm-lintRange")).to_have_count(2)


def test_ignore_with_a_reason_is_saved_and_holds_after_reload_and_in_the_cli(jupyter_lab, page):
    panel = open_with_panel(page, jupyter_lab)
    panel.get_by_role("button", name="Ignore…").click()  # no reason: refused, nothing ignored
    page.locator(".jp-Dialog .jp-mod-accept").click()
    refusal = page.locator(".jp-Dialog", has_text="an ignore needs a reason")
    refusal.locator(".jp-mod-accept").click()
    expect(page.locator(".jp-Dialog")).to_have_count(0)
    expect(panel.locator(".mlnb-counts")).to_have_text("1 error, 0 warnings, 0 info")
    panel.get_by_role("button", name="Ignore…").click()
    dialog = page.locator(".jp-Dialog")
    dialog.locator("input").fill("teaching notebook: the leak is the lesson")
    dialog.locator(".jp-mod-accept").click()
    ignored = panel.locator(".mlnb-group.mlnb-ignored .mlnb-finding")
    expect(ignored.locator(".mlnb-reason")).to_have_text("Ignored: teaching notebook: the leak is the lesson")
    expect(panel.locator(".mlnb-counts")).to_have_text("0 errors, 0 warnings, 0 info (1 ignored)")
    expect(page.locator(".jp-Notebook .cm-lintRange")).to_have_count(0)  # an ignored finding marks nothing
    shoot(page, panel, "lab_findings_ignored")

    path = jupyter_lab.root/NOTEBOOK  # saved into the notebook's metadata
    (entry,) = json.loads(path.read_text())["metadata"]["mlnb"]["ignore"]
    assert (entry["code"], entry["reason"]) == ("MLNB-C001", "teaching notebook: the leak is the lesson")
    r = mlnb("lint", str(path), "--format", "json")  # the CLI honours it: exit 0, the finding kept with its reason
    assert r.returncode == 0, r.stdout + r.stderr
    assert [(f["code"], f["ignored"]) for f in json.loads(r.stdout)["findings"]] == [("MLNB-C001", entry["reason"])]

    page.reload()
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    panel = page.locator("#mlnb-findings")
    if not panel.is_visible(): page.locator('.jp-SideBar.jp-mod-right li[data-id="mlnb-findings"]').click()
    expect(panel.locator(".mlnb-counts")).to_have_text("0 errors, 0 warnings, 0 info (1 ignored)", timeout=30_000)
    panel.locator(".mlnb-group.mlnb-ignored summary").click()  # the ignored group starts folded
    panel.get_by_role("button", name="Stop ignoring").click()
    expect(panel.locator(".mlnb-counts")).to_have_text("1 error, 0 warnings, 0 info")
    expect(page.locator(".jp-Notebook .cm-lintRange")).to_have_count(2)
    assert "ignore" not in json.loads(path.read_text())["metadata"].get("mlnb", {}) or \
        json.loads(path.read_text())["metadata"]["mlnb"]["ignore"] == []


def test_a_group_the_reader_unfolds_stays_unfolded_when_the_panel_is_redrawn(jupyter_lab, page):
    "The panel is drawn again after every lint; a group the reader opened (or closed) keeps its state, so its buttons stay reachable."
    panel = open_with_panel(page, jupyter_lab)
    panel.get_by_role("button", name="Ignore…").click()
    page.locator(".jp-Dialog input").fill("teaching notebook")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    group = panel.locator(".mlnb-group.mlnb-ignored")
    expect(group).to_have_count(1)
    assert group.get_attribute("open") is None  # the ignored group starts folded
    group.locator("summary").click()
    expect(group.get_by_role("button", name="Stop ignoring")).to_be_visible()
    page.evaluate("document.querySelector('#mlnb-findings .mlnb-ignored').dataset.drawn = 'before'")
    editor = page.locator(".jp-Notebook .jp-Cell").nth(1).locator(".cm-content")  # an edit elsewhere: a new lint, a new drawing
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("\n# an edit")
    page.wait_for_function("() => { const g = document.querySelector('#mlnb-findings .mlnb-ignored'); return g && !g.dataset.drawn }",
                           timeout=15_000)
    assert group.get_attribute("open") == ""  # still unfolded
    shoot(page, panel, "lab_findings_ignored_open")
    group.get_by_role("button", name="Stop ignoring").click()
    expect(panel.locator(".mlnb-counts")).to_have_text("1 error, 0 warnings, 0 info")

def test_the_kernels_live_findings_join_the_panel(jupyter_lab, page):
    "Cells run out of order: the notebook as written is clean, but the kernel fitted the scaler on every row before the split."
    from lab import open_notebook
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "live_order.ipynb")
    page.locator('.jp-SideBar.jp-mod-right li[data-id="mlnb-findings"]').click()
    panel = page.locator("#mlnb-findings")
    expect(panel.locator(".mlnb-empty")).to_have_text("No leakage found in this notebook.", timeout=30_000)
    cells = page.locator(".jp-Notebook .jp-Cell")
    for i in (0, 3, 1):  # imports, then the scaler (last in the notebook), then the split and the score
        cells.nth(i).locator(".cm-content").click()
        page.keyboard.press("Control+Enter")
        expect(cells.nth(i).locator(".jp-InputPrompt")).to_have_text(re.compile(r"\[\d+\]:"), timeout=60_000)
    finding = panel.locator('.mlnb-finding[data-code="MLNB-C001"]')
    expect(finding).to_have_count(1, timeout=30_000)
    expect(finding.locator(".mlnb-source")).to_contain_text("From the kernel")
    expect(finding.locator(".mlnb-where")).to_have_text("In [2], line 1")
    expect(page.locator(".jp-Notebook .cm-lintRange")).to_have_count(2, timeout=30_000)  # the editors' marks follow the panel
    assert sorted(map(tuple, marked_lines(page))) == [(1, "print('accuracy', model.score(X_test, y_test))"),
                                                       (3, "X = StandardScaler().fit_transform(X)")]
    shoot(page, panel, "lab_findings_kernel")
    finding.locator(".mlnb-where").click()
    expect(page.locator(".jp-Notebook .jp-Cell").nth(3)).to_have_class(re.compile(r"\bjp-mod-active\b"))  # waits: the jump lands a frame later


def test_pipeline_panel_runs_checks_parameters_and_shows_a_stale_step(jupyter_lab, page):
    "A step of a two-step pipeline: run it, break and fix a parameter's type in the editor, save: the step is stale, and why."
    import shutil
    from helpers import ROOT
    shutil.copytree(ROOT/"tests"/"pipelines"/"tiny", jupyter_lab.root/"tiny")
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(jupyter_lab.notebook_url("tiny/make.ipynb"))
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.locator('.jp-SideBar.jp-mod-right li[data-id="mlnb-pipeline"]').click()
    panel = page.locator("#mlnb-pipeline")
    expect(panel.locator(".mlnb-title")).to_have_text("Pipeline: tiny", timeout=30_000)
    steps = panel.locator(".mlnb-steps tbody tr")
    expect(steps).to_have_count(2)
    for name in ("make", "report"): expect(panel.locator(f'tr[data-step="{name}"]')).to_have_attribute("data-state", "never run")
    expect(panel.locator('.mlnb-param[data-name="rows"]')).to_contain_text("rows: int = 50 (mlnb.yml gives make: 20)")
    expect(panel.locator(".mlnb-param-bad")).to_have_count(0)

    panel.get_by_role("button", name="Run pipeline").click()
    expect(panel.locator(".mlnb-run-state")).to_contain_text("Run of the pipeline finished in", timeout=120_000)
    for name in ("make", "report"): expect(panel.locator(f'tr[data-step="{name}"]')).to_have_attribute("data-state", "fresh")
    assert (jupyter_lab.root/"tiny"/"out"/"report.txt").read_text().startswith("tiny: 20 rows")

    params = page.locator(".jp-Notebook .jp-Cell").nth(1).locator(".cm-content")
    params.click(); page.keyboard.press("Control+a"); page.keyboard.insert_text("rows: int = 'many'\nseed: int = 0")
    bad = panel.locator('.mlnb-param-bad[data-name="rows"] .mlnb-problem')
    expect(bad).to_contain_text("rows='many' is a str, but the notebook declares rows: int", timeout=15_000)
    looks_right(panel)
    shoot(page, panel, "lab_pipeline_panel")
    params.click(); page.keyboard.press("Control+a"); page.keyboard.insert_text("rows: int = 30\nseed: int = 0")
    expect(panel.locator(".mlnb-param-bad")).to_have_count(0, timeout=15_000)
    page.keyboard.press("Control+s")
    make = panel.locator('tr[data-step="make"]')
    expect(make).to_have_attribute("data-state", "stale", timeout=30_000)
    expect(make.locator(".mlnb-why").first).to_contain_text("code")
    expect(panel.locator('tr[data-step="report"]')).to_have_attribute("data-state", "stale")
    make.get_by_role("button", name="Run from here").click()
    expect(panel.locator(".mlnb-run-state")).to_contain_text("Run from make finished in", timeout=120_000)
    for name in ("make", "report"): expect(panel.locator(f'tr[data-step="{name}"]')).to_have_attribute("data-state", "fresh")


def test_a_leak_in_the_projects_module_is_found_at_the_cell_that_runs_it(jupyter_lab, page):
    proj = jupyter_lab.root / "churn"
    for f, text in {".git/HEAD": "", "src/__init__.py": "",
                    "src/prep.py": "from sklearn.preprocessing import StandardScaler\n\n\ndef prepare(X):\n    return StandardScaler().fit_transform(X)\n"}.items():
        (proj / f).parent.mkdir(parents=True, exist_ok=True); (proj / f).write_text(text)
    cells = ["import sys\nsys.path.append('..')\nimport pandas as pd\nfrom sklearn.model_selection import train_test_split\n"
             "from sklearn.svm import SVC\nfrom src.prep import prepare",
             "df = pd.read_csv('churn.csv')\nX, y = df.drop(columns='churned'), df['churned']\nX = prepare(X)",
             "X_tr, X_te, y_tr, y_te = train_test_split(X, y)\nprint(SVC().fit(X_tr, y_tr).score(X_te, y_te))"]
    nb = {"cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": c} for c in cells],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    (proj / "notebooks").mkdir()
    (proj / "notebooks" / "model.ipynb").write_text(json.dumps(nb))
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(jupyter_lab.notebook_url("churn/notebooks/model.ipynb"))
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.locator('.jp-SideBar.jp-mod-right li[data-id="mlnb-findings"]').click()
    panel = page.locator("#mlnb-findings")
    finding = panel.locator('.mlnb-finding[data-code="MLNB-C001"]')
    expect(finding).to_have_count(1, timeout=30_000)
    expect(finding.locator(".mlnb-where")).to_have_text("cell 2, line 3")  # the line of the notebook that ran the module's fit
    expect(finding.locator(".mlnb-message")).to_contain_text("fitted on `X` (cell 2, line 3, in src/prep.py line 5)")
    expect(page.locator(".jp-Notebook .cm-lintRange")).to_have_count(2, timeout=30_000)  # the editors' marks follow the panel
    assert [3, "X = prepare(X)"] not in marked_lines(page) and [1, "X = prepare(X)"] in marked_lines(page)
    looks_right(panel)
    shoot(page, panel, "lab_findings_module")
