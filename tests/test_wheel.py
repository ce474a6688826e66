"""The wheel ships the JupyterLab extension prebuilt: its JavaScript really is inside (jupyterlab#15603: a wheel once
shipped 6.5 kB instead of 3.2 MB), the server extension is enabled by a config file, and a fresh virtual environment
with the wheel installed and no Node.js on its PATH shows the findings panel in JupyterLab."""
import json, os, re, shutil, subprocess, sys, sysconfig, zipfile
from pathlib import Path

import pytest

from helpers import ROOT

DATA = "mlnb-{version}.data/data/"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    "The wheel built from the checkout, as `pip wheel .` builds it (offline: the dev environment has the build tools)."
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    (whl,) = out.glob("mlnb-*.whl")
    return whl


def test_wheel_holds_the_prebuilt_extension(wheel):
    import mlnb
    data = DATA.format(version=mlnb.__version__)
    with zipfile.ZipFile(wheel) as z:
        sizes = {i.filename: i.file_size for i in z.infolist()}
        ext = data + "share/jupyter/labextensions/mlnb/"
        js = {n: s for n, s in sizes.items() if n.startswith(ext + "static/") and n.endswith(".js")}
        (entry,) = [n for n in js if re.search(r"/remoteEntry\.[0-9a-f]+\.js$", n)]
        assert sum(js.values()) > 40_000, js  # the panel, the marks and CodeMirror's lint: about 70 kB, not a stub
        bundle = "".join(z.read(n).decode() for n in js)
        for needle in ("mlnb:findings", "mlnb-findings", "cm-lintRange", "Stop ignoring"):  # plugin, panel, marks, ignores
            assert needle in bundle, needle
        meta = json.loads(z.read(ext + "package.json"))
        assert meta["name"] == "mlnb" and meta["jupyterlab"]["_build"]["load"].endswith(entry.rsplit("/", 1)[1])
        assert json.loads(z.read(ext + "install.json"))["packageName"] == "mlnb"
        server = json.loads(z.read(data + "etc/jupyter/jupyter_server_config.d/mlnb.json"))
        assert server == {"ServerApp": {"jpserver_extensions": {"mlnb.lab": True}}}
        assert not [n for n in sizes if n.startswith("mlnb/labextension/")]  # shipped once, as shared data
        assert "mlnb/lab.py" in sizes and "mlnb/lint.py" in sizes


def fresh_env(wheel, tmp_path) -> tuple[Path, dict]:
    """A new virtual environment with the wheel installed (no build, no Node.js). Its dependencies come from the dev
    environment's site-packages through a plain path entry (offline), so `mlnb` and the extension are the wheel's."""
    venv = tmp_path/"fresh"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv/"bin"/"python"  # its own pip (pip --prefix from this environment would uninstall the checkout's mlnb here)
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True, timeout=300)
    site = Path(subprocess.check_output([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    (site/"_dev_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {"PATH": str(venv/"bin"), "JUPYTERLAB_DIR": str(Path(sys.prefix)/"share"/"jupyter"/"lab"), "HOME": str(tmp_path)}
    return venv, env


@pytest.mark.browser
def test_fresh_environment_without_node_shows_the_panel(wheel, tmp_path, chromium_path, page):
    from playwright.sync_api import expect
    from conftest import LabServer
    venv, env = fresh_env(wheel, tmp_path)
    assert shutil.which("node", path=env["PATH"]) is None and shutil.which("jlpm", path=env["PATH"]) is None
    where = subprocess.check_output([str(venv/"bin"/"python"), "-c", "import mlnb, sys; print(mlnb.__file__); print(sys.prefix)"],
                                    text=True, env=env, cwd=tmp_path).split()
    assert where[0].startswith(str(venv)) and where[1] == str(venv), where  # the wheel's mlnb, not the checkout's
    assert (venv/"share/jupyter/labextensions/mlnb/package.json").exists()
    (tmp_path/"lab").mkdir()
    server = LabServer(tmp_path/"lab", [ROOT/"tests"/"notebooks"/"leaky_lint.ipynb"],
                       command=[str(venv/"bin"/"python"), "-m", "jupyterlab"], env_extra=env)
    try:
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(server.notebook_url("leaky_lint.ipynb"))
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        page.locator('.jp-SideBar.jp-mod-right li[data-id="mlnb-findings"]').click()
        expect(page.locator('#mlnb-findings .mlnb-finding[data-code="MLNB-C001"]')).to_have_count(1, timeout=30_000)
        expect(page.locator(".jp-Notebook .cm-lintRange")).to_have_count(2)
    finally:
        server.stop()
