"""Fixtures shared by the tests: real browsers and a real JupyterLab.

Browser tests drive Debian's Chromium with Playwright (never `playwright install`: it downloads
a browser). Outside CI a missing Chromium skips them with the reason; with CI=true it fails them.
"""
import os, secrets, shutil, signal, subprocess, time, urllib.request
from pathlib import Path

import pytest

from helpers import ARTIFACTS, BIN, ROOT, free_port

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    "Keep each phase's report on the test item, so fixtures can tell whether the test failed."
    outcome = yield
    rep = outcome.get_result()
    setattr(item, f"rep_{rep.when}", rep)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path: return path
    msg = "Chromium not found: install Debian's package with `apt-get install -y chromium` to run the browser tests"
    if os.environ.get("CI", "").lower() == "true": pytest.fail(msg + " (CI=true: a missing browser is a failure)")
    pytest.skip(msg)


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    "A fresh page; on failure its screenshot is saved to test-artifacts/<test>.png."
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS/f"{request.node.name}.png"
        pg.screenshot(path=str(shot), full_page=True)
        print(f"screenshot of the failing page: {shot}")
    context.close()


class LabServer:
    "A JupyterLab server on a free port, with its own root and settings directories."
    def __init__(self, tmp: Path, notebooks: list[Path], command: list|None=None, env_extra: dict|None=None):
        self.root, self.port, self.token = tmp/"root", free_port(), secrets.token_hex(16)
        self.root.mkdir()
        for nb in notebooks: shutil.copy(nb, self.root/nb.name)
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        for var, sub in [("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython"),
                         ("JUPYTERLAB_SETTINGS_DIR", "settings"), ("JUPYTERLAB_WORKSPACES_DIR", "workspaces")]:
            (tmp/sub).mkdir()
            env[var] = str(tmp/sub)
        env.pop("JUPYTER_DATA_DIR", None)
        env.update(env_extra or {})
        news = tmp/"settings"/"@jupyterlab"/"apputils-extension"
        news.mkdir(parents=True)  # no "get notified about Jupyter news?" toast over the notebook
        (news/"notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
        self.log = open(tmp/"lab.log", "w")
        self.proc = subprocess.Popen(
            [*(command or [str(BIN/"jupyter-lab")]), "--no-browser", "--allow-root", f"--port={self.port}", "--ServerApp.ip=127.0.0.1",
             f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={self.root}",
             "--LabApp.extension_manager=readonly", "--ServerApp.port_retries=0"],
            cwd=self.root, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=False)
        self.url = f"http://127.0.0.1:{self.port}"
        self._wait_ready()

    def _wait_ready(self, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None: break
            try:
                with urllib.request.urlopen(f"{self.url}/api/status?token={self.token}", timeout=2) as r:
                    if r.status == 200: return
            except OSError: time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"JupyterLab did not start; its log:\n{Path(self.log.name).read_text()[-3000:]}")

    def notebook_url(self, name: str) -> str:
        return f"{self.url}/lab/tree/{name}?reset&token={self.token}"

    def notebook7_url(self, name: str) -> str:
        "The same notebook in Notebook 7's interface (served by the same server once `notebook` is installed)."
        return f"{self.url}/notebooks/{name}?token={self.token}"

    def stop(self):
        import psutil
        if self.proc.poll() is None:
            kernels = psutil.Process(self.proc.pid).children(recursive=True)
            self.proc.send_signal(signal.SIGTERM)  # the server shuts its kernels down on SIGTERM
            try: self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill(); self.proc.wait(5)
            for k in kernels:  # kernels run in their own process group: make sure none outlives the test
                if k.is_running(): k.kill()
        self.log.close()


@pytest.fixture
def jupyter_lab(tmp_path, chromium_path):
    "A running JupyterLab whose root holds copies of tests/notebooks/*.ipynb."
    server = LabServer(tmp_path, sorted((ROOT/"tests"/"notebooks").glob("*.ipynb")))
    yield server
    server.stop()
