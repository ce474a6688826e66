"""The built docs site, served over HTTP and read in headless Chromium: home page, an API page, codes."""
import functools, http.server, subprocess, sys, threading

import pytest
from playwright.sync_api import expect

from helpers import ROOT

pytestmark = pytest.mark.browser
SITE = ROOT/"_docs"


@pytest.fixture(scope="module")
def site_url():
    built = (SITE/"index.html").stat().st_mtime if (SITE/"index.html").exists() else 0
    newest_source = max(p.stat().st_mtime for p in (ROOT/"nbs").rglob("*") if p.is_file())
    if built < newest_source:  # `make test` builds it just before; a lone pytest run (re)builds a stale site here
        subprocess.run([sys.executable, str(ROOT/"tools"/"build_docs.py")], cwd=ROOT, check=True)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args): pass
    handler = functools.partial(Quiet, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_home_page(site_url, page):
    page.goto(f"{site_url}/index.html")
    expect(page).to_have_title("mlnb")
    expect(page.locator("main")).to_contain_text("A first report")
    # the executed example's output is on the page: the static report with the planted duplicates
    report = page.locator("main .mlnb-report").first
    expect(report).to_be_visible()
    expect(report.locator('[data-code="MLNB-D003"]')).to_contain_text("exact copies of an earlier row")
    expect(report.locator('a.mlnb-code[href^="codes.html#"]').first).to_be_attached()  # the local codes page, not the public site
    # the sidebar reaches every module page
    for name in ("core", "data", "widgets", "cli"):
        expect(page.locator(f'nav a[href$="{name}.html"]').first).to_be_attached()


def test_api_page(site_url, page):
    page.goto(f"{site_url}/core.html")
    main = page.locator("main")
    expect(main.locator("h1").first).to_have_text("core")
    headings = {h.strip().rstrip("#").strip() for h in main.locator("h3").all_text_contents()}
    assert {"Finding", "Report", "register_code", "Report.to_html", "Report.ignore"} <= headings, headings
    expect(main).to_contain_text("Self-contained HTML view")  # a docstring rendered by show_doc


def test_codes_page_has_an_anchor_per_code(site_url, page):
    from mlnb.core import registered_codes
    page.goto(f"{site_url}/codes.html")
    for info in registered_codes():
        expect(page.locator(f"#{info.anchor}")).to_be_attached()
    expect(page.locator("#mlnb-d001")).to_contain_text("MLNB-D001")


def test_module_pages_list_their_codes(site_url, page):
    "Under a module's 'Finding codes' heading, its codes, each linking to its section of the local codes page."
    for name, code in [("errors", "MLNB-E001"), ("validate", "MLNB-V001"), ("fairness", "MLNB-F001"), ("card", "MLNB-R001")]:
        page.goto(f"{site_url}/{name}.html")
        expect(page.locator(f'main a[href="codes.html#{code.lower()}"]').first).to_be_attached()


def test_pages_fit_at_1280(site_url, browser):
    "At 1280 x 800 nothing on a page is wider than its box (code blocks and tables scroll inside theirs); the reports in every page write their numbers for people."
    from test_views import NUMBERS_JS, OVERFLOW_JS
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    for name in ("index", "core", "errors", "widgets", "codes"):
        pg.goto(f"{site_url}/{name}.html")
        assert pg.evaluate(OVERFLOW_JS) == [], name
    for page_file in sorted(SITE.glob("*.html")):
        pg.goto(f"{site_url}/{page_file.name}")
        assert pg.evaluate(NUMBERS_JS) == [], page_file.name
    context.close()
