"""Driving JupyterLab from Playwright: open a notebook, wait for its kernel, run all cells."""
import re

KERNEL_STATUS = '#jp-main-statusbar .jp-StatusBar-TextItem[title^="Change kernel"]'


def open_notebook(page, server, name: str) -> None:
    "Open `name` with a fresh workspace and wait until a kernel is really idle (not just the toolbar)."
    page.goto(server.notebook_url(name))
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    # Right after opening, the toolbar says idle before any kernel exists; Run All then does nothing.
    page.wait_for_function(
        """sel => { const el = document.querySelector(sel);
                    return el && /\\|\\s*Idle/.test(el.textContent) && !/No Kernel/.test(el.textContent); }""",
        arg=KERNEL_STATUS, timeout=60_000)


def open_notebook7(page, server, name: str) -> None:
    "Open `name` in Notebook 7 and wait until its execution indicator says the kernel is idle."
    page.goto(server.notebook7_url(name))
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    page.wait_for_selector('.jp-Notebook-ExecutionIndicator[data-status="idle"]', timeout=60_000)


def run_all(page, n_code_cells: int, timeout: int = 120_000) -> None:
    "Run all cells from the Run menu and wait until every code cell shows an execution count."
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
    page.wait_for_function(
        """n => { const ps = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
                  return ps.length === n && ps.every(p => /\\[\\d+\\]:/.test(p.textContent)); }""",
        arg=n_code_cells, timeout=timeout)


def rerun_cell(page, index: int) -> None:
    "Re-run the code cell at `index` (0-based among code cells) with Ctrl+Enter."
    cell = page.locator(".jp-CodeCell").nth(index)
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+Enter")
