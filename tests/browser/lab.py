"""Driving JupyterLab from Playwright: open a notebook, wait for its kernel, run all cells."""
import re, time

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
    _until(page, """() => document.querySelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]')""", None, 60_000)


def _accept_kernel_dialog(page) -> bool:
    "Notebook 7 sometimes asks which kernel to start (even when the notebook names one): take the one it proposes, as a user would."
    dialog = page.locator(".jp-Dialog", has_text="Select Kernel")
    if not dialog.count(): return False
    dialog.locator(".jp-mod-accept").click()
    return True


def _until(page, condition: str, arg, timeout: int) -> None:
    "Wait for a JavaScript condition, answering a kernel dialog whenever one shows up meanwhile."
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    deadline = time.monotonic() + timeout / 1000
    while True:
        _accept_kernel_dialog(page)
        try: return page.wait_for_function(condition, arg=arg, timeout=3_000)
        except PlaywrightTimeout:
            if time.monotonic() > deadline: raise


def _click_run_all(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()


def run_all(page, n_code_cells: int, timeout: int = 120_000) -> None:
    "Run all cells from the Run menu and wait until every code cell shows an execution count."
    started = """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')].some(p => /\\[(\\*|\\d+)\\]:/.test(p.textContent))"""
    deadline = time.monotonic() + 120
    while True:  # a Run All sent before the kernel is ready (or while Notebook 7 asks for one) is dropped: send it again
        _accept_kernel_dialog(page)
        _click_run_all(page)
        try:
            page.wait_for_function(started, timeout=20_000); break
        except Exception:
            if time.monotonic() > deadline: raise
    _until(page, """n => { const ps = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
                           return ps.length === n && ps.every(p => /\\[\\d+\\]:/.test(p.textContent)); }""",
           n_code_cells, timeout)


def rerun_cell(page, index: int) -> None:
    "Re-run the code cell at `index` (0-based among code cells) with Ctrl+Enter."
    cell = page.locator(".jp-CodeCell").nth(index)
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Control+Enter")
