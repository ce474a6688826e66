"""`make demo`'s script, end to end, into a temporary folder."""
import json, subprocess, sys

from helpers import ROOT


def test_demo(tmp_path):
    r = subprocess.run([sys.executable, str(ROOT/"examples"/"demo.py"), "--output-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Where to look" in r.stdout and f"lab {tmp_path/'quickstart.ipynb'}" in r.stdout
    report = json.loads((tmp_path/"report.json").read_text())
    codes = {f["code"] for f in report["findings"]}
    assert {"MLNB-D003", "MLNB-V010"} <= codes, codes  # planted: duplicate rows, income missing more for churners
    assert {f["location"].get("table") for f in report["findings"] if f["code"] == "MLNB-D003"} == {"train", "test"}
    split = (tmp_path/"split.html").read_text()
    assert "Split preview: group+time" in split and "MLNB-S005" not in split  # no customer on both sides
    assert (tmp_path/"parts"/"train.csv").exists() and (tmp_path/"parts"/"test.csv").exists()
    assert (tmp_path/"report.html").read_text().startswith('<div class="mlnb-report">')
    nb = json.loads((tmp_path/"quickstart.ipynb").read_text())
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert any("MLNB-D003" in "".join(o.get("data", {}).get("text/html", "")) for o in outputs)
