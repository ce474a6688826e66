"""Every static view, looked at in headless Chromium at 1280 x 800, as a reader would: the page has a title, nothing is
wider than its box, every text is readable on its background (WCAG AA, 4.5:1), and each summary counts the findings the
page shows. The views are the README's example (split preview, validation, leakage, error analysis, one row's explanation,
fairness, model card); each page and its screenshot are kept in test-artifacts/views/ for a reviewer to look at."""
import re, warnings

import pytest

from helpers import ARTIFACTS

pytestmark = pytest.mark.browser
VIEWS = ARTIFACTS/"views"

# Elements wider than their parent, unless a parent scrolls (a wide table scrolls inside its box: that is the design);
# on the whole page, or within the element it is evaluated on
OVERFLOW_JS = """(root) => {
  const out = [], top = root || document.body, scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  for (const el of top.querySelectorAll('*')) {
    if (['STYLE', 'SCRIPT', 'BR'].includes(el.tagName)) continue;
    let p = el.parentElement, inside = false;
    for (let a = p; a; a = a.parentElement) {  // a scroller inside the root keeps its content; the page's own scrollers do not count
      if (scrolls(a)) { inside = true; break; }
      if (a === top) break;
    }
    if (!p || inside || scrolls(el)) continue;
    const r = el.getBoundingClientRect(), pr = p.getBoundingClientRect();
    if (r.width > 0 && r.right > pr.right + 1)
      out.push(`${el.tagName}.${el.className} ${Math.round(r.width)}px in ${Math.round(pr.width)}px: ${(el.textContent || '').trim().slice(0, 50)}`);
  }
  return out.slice(0, 10);
}"""

# WCAG contrast of each element's own text against the first opaque background behind it
CONTRAST_JS = """(root) => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = c => { const l = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                     return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
  const out = [];
  for (const el of (root || document.body).querySelectorAll('*')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.getBoundingClientRect().width === 0) continue;
    let bg = null;
    for (let a = el; a; a = a.parentElement) { const c = rgb(getComputedStyle(a).backgroundColor); if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) { bg = c; break; } }
    bg = bg || [255, 255, 255];
    const fg = rgb(getComputedStyle(el).color), [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05), faded = Number(getComputedStyle(el.closest('.mlnb-ignored') || el).opacity) < 1;
    if (ratio < 4.5 && !faded) out.push(`${el.tagName}.${el.className} ${ratio.toFixed(2)}:1 "${el.textContent.trim().slice(0, 40)}"`);
  }
  return out.slice(0, 10);
}"""

# Numbers and dates as a person writes them: no float noise (7+ decimals, 1.234567e-05), no "22.0" for a count, no NaN,
# no ISO midnight; and no table header row that is empty (the index-name row pandas adds)
NUMBERS_JS = """(root) => {
  const bad = [[/(^|[^\\d.])(?:[1-9]\\d*\\.\\d{6,}|0\\.0*[1-9]\\d{6,})/, 'float noise'], [/\\d\\.\\d{5,}e[-+]?\\d/i, 'long mantissa'],
               [/\\bnan\\b/i, 'NaN'], [/T00:00:00/, 'ISO midnight']];
  const out = [], top = root || document.body, say = (what, el) => out.push(`${what}: "${el.textContent.trim().slice(0, 40)}"`);
  for (const el of top.querySelectorAll('.mlnb-report td, .mlnb-report th, .mlnb-inputs b, .mlnb-card td, .mlnb-card th'))
    for (const [re, what] of bad) if (re.test(el.textContent)) say(what, el);
  for (const el of top.querySelectorAll('td.mlnb-num, td.num'))  // a count is 22, not 22.0 (text cells may hold a version '1.0')
    if (/^\\s*-?[\\d,]+\\.0\\s*$/.test(el.textContent)) say('whole number as x.0', el);
  for (const tr of top.querySelectorAll('thead tr'))
    if ([...tr.children].every(c => !c.textContent.trim())) out.push('an empty header row');
  return out.slice(0, 10);
}"""

# Per report on the page: the counts its summary line states, and the findings it shows (ignored ones apart)
COUNTS_JS = """() => [...document.querySelectorAll('.mlnb-report')].filter(r => r.querySelector(':scope > .mlnb-summary')).map(r => {
  const shown = {error: 0, warning: 0, info: 0};
  for (const f of r.querySelectorAll(':scope > .mlnb-finding:not(.mlnb-ignored)'))
    for (const s of Object.keys(shown)) if (f.classList.contains('mlnb-' + s)) shown[s]++;
  return {summary: r.querySelector(':scope > .mlnb-summary').textContent, shown};
})"""

CARD_JS = """() => { const seen = new Map();
  for (const f of document.querySelectorAll('.mlnb-card .mlnb-finding:not(.mlnb-ignored)'))
    seen.set(f.dataset.code + '|' + f.querySelector('.mlnb-message').textContent, ['error', 'warning', 'info'].find(s => f.classList.contains('mlnb-' + s)));
  const shown = {error: 0, warning: 0, info: 0}; for (const s of seen.values()) shown[s]++;
  return {status: document.querySelector('.mlnb-status').textContent, shown};
}"""


def _counts(text:str) -> dict:
    "The counts a summary states: '0 errors, 2 warnings, 1 info' -> {'error': 0, 'warning': 2, 'info': 1}."
    m = re.search(r"(\d+) errors?, (\d+) warnings?, (\d+) info", text)
    return dict(zip(("error", "warning", "info"), map(int, m.groups())))


@pytest.fixture(scope="module")
def views() -> dict:
    "The README's example reports, each saved as a page."
    import pandas as pd
    from sklearn.ensemble import HistGradientBoostingClassifier
    from mlnb.card import model_card
    from mlnb.data import make_customers
    from mlnb.errors import analyze_errors
    from mlnb.explain import explain_row
    from mlnb.fairness import check_fairness
    from mlnb.leakage import check_leakage
    from mlnb.metrics import evaluate
    from mlnb.split import preview_split, split_data
    from mlnb.validate import validate
    warnings.filterwarnings("ignore")
    VIEWS.mkdir(parents=True, exist_ok=True)
    df = make_customers(seed=0)
    split = split_data(df, target="churned", groups="customer_id", time="snapshot_date")
    features = ["age", "tenure_months", "monthly_charges", "support_calls"]
    X_train, y_train, X_test, y_test = split.train[features], split.train["churned"], split.test[features], split.test["churned"]
    model = HistGradientBoostingClassifier(random_state=0).fit(X_train, y_train)
    errors = analyze_errors(model, X_test, y_test, data=split.test[["region"]])
    errors_regression = _visits_errors()
    fairness = check_fairness(model, X_test, y_test, sensitive=split.test["region"])
    reports = {"split": preview_split(split), "validate": validate(split.train, split.test, target="churned", groups="customer_id"),
               "leakage": check_leakage(split.train, pd.concat([split.test, split.train.head(20)]), target="churned"),
               "errors": errors, "errors_regression": errors_regression, "explain_row": explain_row(model, X_test, X_test.index[0]), "fairness": fairness}
    pages = {name: r.save(VIEWS/f"{name}.html") for name, r in reports.items()}
    card = model_card("churn", evaluation=evaluate(model, X_train, y_train, groups=split.train["customer_id"]), errors=errors,
                      fairness=fairness, intended_use="Rank customers for a retention call.")
    pages["card"] = card.save(VIEWS/"card.html")
    return pages


def _visits_errors():
    "A regressor's error analysis on a real table (AER's DoctorVisits): slices on the loss relative to rows predicted alike."
    import pandas as pd
    from sklearn.ensemble import HistGradientBoostingRegressor
    from mlnb.data import load_rdataset
    from mlnb.errors import analyze_errors
    df = load_rdataset("AER", "DoctorVisits").drop(columns=["rownames"], errors="ignore")
    raw = df.drop(columns=["visits"])
    X, train = pd.get_dummies(raw, dtype=float), df.index % 2 == 0
    model = HistGradientBoostingRegressor(random_state=0).fit(X[train], df["visits"][train])
    return analyze_errors(model, X[~train], df["visits"][~train], task="regression", name="visits regressor",
                          data=raw[~train].select_dtypes(exclude="number"), features=list(raw.columns))


@pytest.fixture
def look(views, browser):
    "Open a view at 1280 x 800, keep its screenshot, and give the page."
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    def open_view(name):
        pg.goto(views[name].resolve().as_uri())
        pg.screenshot(path=str(VIEWS/f"{name}.png"), full_page=True)
        return pg
    yield open_view
    context.close()


@pytest.mark.parametrize("name", ["split", "validate", "leakage", "errors", "errors_regression", "explain_row", "fairness", "card"])
def test_view_reads_well(look, name):
    pg = look(name)
    assert pg.title().strip(), f"{name}: the page has no title"
    assert pg.evaluate(OVERFLOW_JS) == [], f"{name}: elements wider than their box"
    assert pg.evaluate(CONTRAST_JS) == [], f"{name}: text below 4.5:1 on its background"
    assert pg.evaluate(NUMBERS_JS) == [], f"{name}: numbers or dates written raw"
    for r in pg.evaluate(COUNTS_JS):
        assert _counts(r["summary"]) == r["shown"], f"{name}: the summary '{r['summary']}' against the findings shown {r['shown']}"


def test_card_status_counts_what_it_shows(look):
    c = look("card").evaluate(CARD_JS)
    assert _counts(c["status"].split("Findings shown:")[1]) == c["shown"], c

