"""A real JupyterLab in headless Chromium: a Report renders, and its widget reacts to its controls."""
import re

import pytest
from playwright.sync_api import expect

from lab import open_notebook, open_notebook7, rerun_cell, run_all
from test_views import CONTRAST_JS, NUMBERS_JS, OVERFLOW_JS, VIEWS

pytestmark = pytest.mark.browser


def shoot(page, top, name: str) -> None:
    "Keep a screenshot of the page from `top` down at 1280 x 800 with the reviewers' views (test-artifacts/views/<name>.png)."
    VIEWS.mkdir(parents=True, exist_ok=True)
    top.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(VIEWS/f"{name}.png"))


def looks_right(view) -> None:
    "Nothing inside the widget wider than its box; all its text at least 4.5:1 against its background; numbers written for people."
    assert view.evaluate(OVERFLOW_JS) == [], "elements wider than their box"
    assert view.evaluate(CONTRAST_JS) == [], "text below 4.5:1 on its background"
    assert view.evaluate(NUMBERS_JS) == [], "numbers or dates written raw"


def test_report_and_report_view_in_jupyterlab(jupyter_lab, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "report_widget.ipynb")
    run_all(page, n_code_cells=3)
    outputs = page.locator(".jp-CodeCell").nth(0).locator(".jp-OutputArea-output")

    # The static report (first cell): both planted problems with their codes, severities and fixes.
    static = outputs.locator(".mlnb-report")
    expect(static).to_be_visible()
    expect(static.locator('[data-code="MLNB-D001"] .mlnb-badge')).to_have_text("error")
    expect(static.locator('[data-code="MLNB-D003"] .mlnb-badge')).to_have_text("warning")
    expect(static.locator('[data-code="MLNB-D001"] .mlnb-fix')).to_contain_text("never impute a target")

    # The live view (second cell) shows the same findings, then only errors once filtered.
    view = page.locator(".mlnb-report-view")
    expect(view).to_be_visible()
    expect(view.locator(".mlnb-finding")).to_have_count(2)
    looks_right(view)
    shoot(page, view, "report_view")
    view.locator(".widget-dropdown select").select_option(label="errors")
    expect(view.locator('.mlnb-finding[data-code="MLNB-D003"]')).to_have_count(0)
    expect(view.locator(".mlnb-finding")).to_have_count(1)
    expect(view.locator('.mlnb-finding[data-code="MLNB-D001"]')).to_contain_text("missing in 3 of")

    # The choice reached the kernel: re-running the third cell prints the widget's state.
    rerun_cell(page, 2)
    third = page.locator(".jp-CodeCell").nth(2).locator(".jp-OutputArea-output")
    expect(third).to_have_text(re.compile(r"kernel sees: error \['MLNB-D001'\]"))


def test_split_preview_group_split_removes_shared_subjects(jupyter_lab, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "split_preview.ipynb")
    run_all(page, n_code_cells=2)
    view = page.locator(".mlnb-split-preview")
    expect(view).to_be_visible()
    shared = view.locator('.mlnb-finding[data-code="MLNB-S005"]')
    expect(shared).to_have_count(1)
    expect(shared.locator(".mlnb-badge")).to_have_text("error")
    expect(view.locator("figure img").first).to_be_visible()  # the plots of the preview
    looks_right(view)
    shoot(page, view, "split_preview")

    view.locator(".widget-dropdown", has_text="strategy").locator("select").select_option(label="group")
    expect(shared).to_have_count(0)
    expect(view.locator(".mlnb-report h3")).to_have_text("Split preview: group")
    expect(view.locator("details.mlnb-code pre")).to_contain_text("strategy='group'")

    rerun_cell(page, 1)  # the kernel holds the new split, with no subject on both sides
    out = page.locator(".jp-CodeCell").nth(1).locator(".jp-OutputArea-output")
    expect(out).to_have_text(re.compile(r"kernel sees: group \[\]"))


def test_live_lint_shows_the_finding_under_the_split_cell(jupyter_lab, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "live_lint.ipynb")
    run_all(page, n_code_cells=4)
    cells = page.locator(".jp-CodeCell")
    note = cells.nth(3).locator(".mlnb-lint-notes .mlnb-note")
    expect(note).to_have_count(1)
    expect(note).to_have_attribute("data-code", "MLNB-C001")
    expect(note).to_contain_text("StandardScaler")
    expect(note).to_contain_text("In [3]")  # where the pattern started: the scaler's cell
    for i in range(3): expect(cells.nth(i).locator(".mlnb-lint-notes")).to_have_count(0)
    looks_right(cells.nth(3).locator(".mlnb-lint-notes"))
    shoot(page, cells.nth(3), "live_lint")
    expect(cells.nth(3).locator(".jp-OutputArea-output").first).to_contain_text("accuracy")


def test_leakage_check_ignores_a_finding_with_a_reason(jupyter_lab, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "leakage_check.ipynb")
    run_all(page, n_code_cells=2)
    view = page.locator(".mlnb-leakage-check")
    expect(view.locator('.mlnb-finding[data-code="MLNB-L001"]')).to_have_count(1)
    ignore = view.locator(".widget-dropdown", has_text="ignore").locator("select")
    assert ignore.evaluate("s => s.options[s.selectedIndex]?.text") == "MLNB-L001"  # it starts on a code, not blank
    looks_right(view)
    shoot(page, view, "leakage_check")

    view.locator("input[placeholder='why it does not apply here']").fill("record_id is dropped before training")
    view.get_by_role("button", name="Ignore").click()
    ignored = view.locator('.mlnb-finding.mlnb-ignored[data-code="MLNB-L001"]')
    expect(ignored).to_contain_text("Ignored because: record_id is dropped before training")
    expect(view.locator(".mlnb-summary")).to_contain_text("1 ignored")
    rerun_cell(page, 1)
    out = page.locator(".jp-CodeCell").nth(1).locator(".jp-OutputArea-output")
    expect(out).to_have_text("kernel sees: {'MLNB-L001': 'record_id is dropped before training'}")


def test_metric_selector_threshold_slider_changes_the_confusion_matrix(jupyter_lab, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "metric_selector.ipynb")
    run_all(page, n_code_cells=1)
    view = page.locator(".mlnb-metric-selector")
    matrix = view.locator(".mlnb-table", has_text="confusion matrix at threshold")
    expect(matrix.locator("h4")).to_have_text("confusion matrix at threshold 0.50 (out-of-fold)")
    before = matrix.locator("table").inner_text()
    handle = view.locator(".widget-slider .noUi-handle")
    gap = matrix.bounding_box()["y"] - handle.bounding_box()["y"]
    assert 0 < gap < 600, gap  # the matrix sits under the slider that moves it (it was 1,100 px further down)
    row = matrix.locator("tr").nth(1).bounding_box()["height"]
    assert row < 24, row  # compact rows as in the static HTML, not the widget's inherited 28 px line height
    track = view.locator(".widget-slider .slider-container").bounding_box()["width"]
    assert track > 250, track  # a hundredth of the threshold is more than a pixel (the track was 124 px)
    looks_right(view)
    shoot(page, view, "metric_selector")
    expect(view.locator(".mlnb-table", has_text="recommended metrics at threshold 0.50")).to_contain_text("neg_expected_cost")
    handle.focus()
    for _ in range(40): handle.press("ArrowLeft")  # 0.50 -> 0.10, one step per key
    expect(matrix.locator("h4")).to_have_text("confusion matrix at threshold 0.10 (out-of-fold)", timeout=15_000)
    assert matrix.locator("table").inner_text() != before
    expect(view.locator(".mlnb-inputs")).to_contain_text("threshold: 0.1")


def open_explorer(page, lab, notebook: str, n_code_cells: int):
    "Open a notebook whose first cell shows an ErrorExplorer at 1280 x 800, run it all, and give the explorer."
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, lab, notebook)
    run_all(page, n_code_cells=n_code_cells, timeout=180_000)
    return page.locator(".mlnb-error-explorer")


def test_error_explorer_click_on_a_failure_shows_its_explanation(jupyter_lab, page):
    view = open_explorer(page, jupyter_lab, "error_explorer.ipynb", 2)
    expect(view).to_be_visible()
    expect(view.locator(".mlnb-finding[data-code='MLNB-E003']")).to_have_count(1)  # the overview tab: the weak cohort
    current = view.locator(".lm-TabBar-tab.lm-mod-current")
    assert current.evaluate("e => getComputedStyle(e).borderBottomColor") == "rgb(9, 105, 218)"  # the explorer's own tab style

    view.locator(".lm-TabBar-tab", has_text="failures").click()
    failures = view.locator(".mlnb-failure-list").first
    first = failures.locator(".widget-toggle-button").first
    expect(first).to_be_visible()
    label = first.inner_text()
    assert label.startswith("row ")
    first.click()  # a click on the worst failure: it stays marked, its explanation shows beside the list
    expect(first).to_have_class(re.compile("mod-active"))
    explanation = failures.locator(".mlnb-explanation")
    expect(explanation.locator("h3").first).to_have_text(re.compile(r"^Explanation of row \d+"), timeout=60_000)
    expect(explanation.locator(".mlnb-table h4", has_text="the row")).to_have_count(1)
    expect(explanation.locator(".mlnb-table h4", has_text="shap")).to_have_count(1)
    expect(explanation.locator(".mlnb-table h4", has_text="lime")).to_have_count(1)
    expect(explanation.locator("img").first).to_be_visible()  # the waterfall
    list_box, pane = first.bounding_box(), explanation.bounding_box()
    assert list_box["x"] + list_box["width"] <= pane["x"] and abs(list_box["y"] - pane["y"]) < 120  # side by side
    looks_right(view)
    shoot(page, view.locator(".lm-TabBar"), "error_explorer_failures")

    for tab in ("overview", "heatmap", "fairness"):  # the fairness findings wrap inside the tab (they ran off the edge)
        view.locator(".lm-TabBar-tab", has_text=tab).click()
        expect(view.locator(".mlnb-report h3 >> visible=true").first).to_be_visible(timeout=30_000)
        looks_right(view)
        shoot(page, view.locator(".lm-TabBar"), f"error_explorer_{tab}")

    rerun_cell(page, 1)  # the kernel holds the selection
    row = label.split(":")[0].removeprefix("row ")
    out = page.locator(".jp-CodeCell").nth(1).locator(".jp-OutputArea-output")
    expect(out).to_have_text(f"kernel sees row: {row}")


def test_error_explorer_tree_is_drawn_as_boxes_to_click(jupyter_lab, page):
    "The error tree as boxes (width by rows, colour by error, readable text); a click shows the cohort and its failures."
    view = open_explorer(page, jupyter_lab, "error_explorer.ipynb", 2)
    view.locator(".lm-TabBar-tab", has_text="error tree").click()
    boxes = view.locator(".mlnb-tree-node")
    expect(boxes.first).to_have_text(re.compile(r"all rows\s+1,000 rows"))
    expect(view.locator(".mlnb-cohort").first).to_contain_text("Click a box")
    root, worst = boxes.first.bounding_box(), view.locator(".mlnb-tree-node.mlnb-worst")
    expect(worst).to_have_text(re.compile(r"region = 'north'\s+104 rows"))
    assert 0.06 < worst.bounding_box()["width"] / root["width"] < 0.2  # 104 of 1,000 rows: about a tenth of the width
    assert view.evaluate(CONTRAST_JS) == []  # the darkest red box has white text

    worst.click()
    expect(worst).to_have_class(re.compile("mlnb-selected"))
    expect(view.locator(".mlnb-cohort h3").first).to_have_text("Cohort: node 12: contract = 'monthly' & region = 'north'", timeout=60_000)
    cohort_failures = view.locator(".mlnb-failure-list").nth(1)
    expect(cohort_failures).to_contain_text("of 38, worst first")
    cohort_failures.locator(".widget-toggle-button").first.click()
    expect(cohort_failures.locator(".mlnb-explanation h3").first).to_have_text(re.compile(r"^Explanation of row \d+"), timeout=60_000)
    looks_right(view)
    shoot(page, view.locator(".lm-TabBar"), "error_explorer_error_tree")
    view.locator(".lm-TabBar-tab", has_text="slices").click()
    view.locator(".mlnb-slices .widget-toggle-button").first.click()
    expect(view.locator(".mlnb-cohort h3").last).to_have_text("Cohort: region = 'north' & contract = 'monthly'", timeout=60_000)
    looks_right(view)
    shoot(page, view.locator(".lm-TabBar"), "error_explorer_slices")


def test_error_explorer_of_a_regressor_judges_the_loss_against_rows_predicted_alike(jupyter_lab, page):
    """A regressor whose misses grow with its predictions and are larger in the north: the tree splits on the region (not
    on income), its boxes and legend give the relative loss, and the heatmap shows the same relative loss."""
    view = open_explorer(page, jupyter_lab, "error_explorer_regression.ipynb", 1)
    view.locator(".lm-TabBar-tab", has_text="error tree").click()
    worst = view.locator(".mlnb-tree-node.mlnb-worst")
    expect(worst).to_have_text(re.compile(r"region = 'north'\s+\d{3} rows · \d+\.\d+ \(1\.\dx\)"))
    expect(view.locator(".mlnb-tree-node").first).to_have_text(re.compile(r"all rows\s+2,000 rows · \d+\.\d+ \(1\.0x\)"))
    expect(view).to_contain_text("its colour its relative loss (white 0, darkest red")
    expect(view).to_contain_text("1 the loss usual for its predictions")
    assert "income" not in worst.inner_text()  # the richest rows miss by more, but not by more than their predictions do
    looks_right(view)
    shoot(page, view.locator(".lm-TabBar"), "error_explorer_regression_tree")
    view.locator(".lm-TabBar-tab", has_text="heatmap").click()
    expect(view.locator(".mlnb-report h3").filter(has_text="relative loss by region")).to_be_visible(timeout=60_000)
    looks_right(view)
    shoot(page, view.locator(".lm-TabBar"), "error_explorer_regression_heatmap")


def test_error_explorer_works_in_notebook_7(jupyter_lab, page):
    "The same widget in Notebook 7's interface: standard ipywidgets only, so nothing to install for it."
    open_notebook7(page, jupyter_lab, "error_explorer.ipynb")
    run_all(page, n_code_cells=2, timeout=180_000)
    view = page.locator(".mlnb-error-explorer")
    expect(view).to_be_visible()
    view.locator(".lm-TabBar-tab", has_text="error tree").click()
    view.locator(".mlnb-tree-node").first.click()  # the root: all rows
    expect(view.locator(".mlnb-cohort h3").first).to_have_text("Cohort: node 0: all rows", timeout=60_000)
    view.locator(".lm-TabBar-tab", has_text="failures").click()
    view.locator(".mlnb-failure-list").first.locator(".widget-toggle-button").first.click()
    explanation = view.locator(".mlnb-explanation").first
    expect(explanation.locator("h3").first).to_have_text(re.compile(r"^Explanation of row \d+"), timeout=60_000)
    expect(explanation.locator(".mlnb-table h4", has_text="lime")).to_have_count(1)


def test_model_check_parts_show_their_reports_and_figures(jupyter_lab, page):
    "ModelCheck on ISLR's Default: each part (baselines, imbalance, curves) runs when chosen and shows its findings and figures."
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "model_check.ipynb")
    run_all(page, n_code_cells=1)
    view = page.locator(".mlnb-model-check")
    report = view.locator(".mlnb-report")
    expect(report.locator("h3")).to_have_text(re.compile(r"^Baselines \(binary, 10,?000 rows\)"), timeout=60_000)
    expect(report.locator('img[alt="baselines"]')).to_be_visible()
    expect(report.locator("th", has_text="balanced_accuracy [CI]").first).to_be_visible()  # one header, not a (metric, mean) tuple
    expect(report.locator('.mlnb-finding[data-code^="MLNB-M01"]').first).to_be_visible()
    looks_right(view)
    shoot(page, view, "model_check_baselines")
    view.locator(".widget-toggle-button", has_text="imbalance").click()
    expect(report.locator("h3")).to_have_text(re.compile(r"^Imbalance strategies"), timeout=60_000)
    expect(report.locator('.mlnb-finding[data-code="MLNB-M020"]')).to_contain_text("class weights beats no change")
    expect(report.locator('img[alt="strategies"]')).to_be_visible()
    looks_right(view)
    shoot(page, view, "model_check_imbalance")
    view.locator(".widget-toggle-button", has_text="learning and validation curves").click()
    expect(report.locator("h3")).to_have_text("Diagnosis: LogisticRegression", timeout=60_000)
    expect(report.locator("img")).to_have_count(2)
    looks_right(view)
    shoot(page, view, "model_check_curves")
    view.locator(".widget-dropdown select").nth(1).select_option("average_precision")
    expect(report.locator(".mlnb-inputs")).to_contain_text("primary: average_precision", timeout=60_000)


def test_review_queue_view_labels_rows_with_a_reason(jupyter_lab, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "review_queue.ipynb")
    run_all(page, n_code_cells=2)
    view = page.locator(".mlnb-review-queue")
    expect(view.locator(".mlnb-report")).to_contain_text("open: 4")
    expect(view).to_contain_text("1,480.5")
    looks_right(view)
    shoot(page, view, "review_queue")

    view.locator(".widget-dropdown select").select_option(label="Yes")
    view.get_by_role("button", name="Save label").click()
    expect(view.locator(".mlnb-status-error")).to_contain_text("needs a reason")
    view.locator("input[placeholder='why (required)']").fill("called: missed two payments")
    view.locator("input[placeholder='reviewer']").fill("ana")
    view.get_by_role("button", name="Save label").click()
    expect(view.locator(".mlnb-review-note")).to_have_text("Row 1 labelled 'Yes'.")
    expect(view.locator(".mlnb-report")).to_contain_text("open: 3")
    expect(view).to_contain_text("1,600.5")  # the next row
    view.locator("input[placeholder='why (required)']").fill("customer unreachable")
    view.get_by_role("button", name="Skip").click()
    expect(view.locator(".mlnb-review-note")).to_have_text("Row 2 skipped.")
    rerun_cell(page, 1)
    out = page.locator(".jp-CodeCell").nth(1).locator(".jp-OutputArea-output")
    expect(out).to_have_text("kernel sees: {'open': 2, 'labelled': 1, 'skipped': 1} [['req0', 'Yes', 'called: missed two payments', 'ana']]")


def test_monitor_view_shows_windows_and_a_window_in_detail(jupyter_lab, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    open_notebook(page, jupyter_lab, "monitor_view.ipynb")
    run_all(page, n_code_cells=2)
    view = page.locator(".mlnb-monitor-view")
    expect(view.locator('.mlnb-finding[data-code="MLNB-N001"]')).to_contain_text("balance")
    expect(view.locator(".mlnb-report img")).to_have_count(1)  # the windows over time
    view.locator(".widget-dropdown select").select_option(label="rows 2,000-2,999")
    expect(view).to_contain_text("window rows 2,000-2,999: features by PSI")
    detail = view.locator("table").filter(has_text="drifted").last
    expect(detail.locator("tbody tr").first).to_contain_text("balance")
    looks_right(view)
    shoot(page, view, "monitor_view")
    view.locator("input[type='number']").fill("5")
    view.locator("input[type='number']").press("Enter")
    expect(view.locator('.mlnb-finding[data-code="MLNB-N001"]')).to_have_count(0)
    rerun_cell(page, 1)
    out = page.locator(".jp-CodeCell").nth(1).locator(".jp-OutputArea-output")
    expect(out).to_have_text("kernel sees: 5.0 'rows 2,000-2,999' [[], [], [], []]")
