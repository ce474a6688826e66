"""Fault injection (issue 11): `mlnb run` on a small real pipeline, SIGKILLed by PID at random moments, many times (seeded,
bounded in time), with its inputs, a local module or a step's code changed between trials; then run to completion.

After every kill: every provenance.json parses, and a step `mlnb status` calls fresh holds records that agree with the
current inputs (never a cached result of changed inputs or code). After every completion: every step is fresh, every
output's hash is the one its provenance says, the records are what the current inputs give, and MLflow holds no RUNNING
run. The number of trials is printed and kept in the test's user properties (`--junitxml` shows them)."""
import json, os, random, signal, subprocess, time
from pathlib import Path

import nbformat
import psutil
import pytest

import mlnb.pipeline as pl
from helpers import BIN

pytestmark = [pytest.mark.timeout(400), pytest.mark.filterwarnings("ignore::DeprecationWarning")]
BUDGET = float(os.environ.get("MLNB_FAULT_SECONDS", "45"))  # seconds of kill trials; the final completion comes on top
SEED = int(os.environ.get("MLNB_FAULT_SEED", "11"))

SPEC = """\
name: faults
steps:
  - name: data
    notebook: data.ipynb
    inputs: [raw/values.json]
    outputs: [work/data.json]
  - name: square
    notebook: square.ipynb
    upstream: [data]
    inputs: [work/data.json]
    outputs: [work/square.json]
  - name: report
    notebook: report.ipynb
    upstream: [square]
"""


def notebook(*cells: str):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    return nb


def make(root: Path) -> Path:
    (root/"raw").mkdir(parents=True); (root/"work").mkdir()
    (root/"raw"/"values.json").write_text("[1, 2, 3]")
    (root/"helpers.py").write_text("FACTOR = 2\n")
    nbformat.write(notebook("import json, mlnb", "values = json.load(open('raw/values.json'))",
                            "json.dump({'total': sum(values)}, open('work/data.json', 'w'))\nmlnb.record('total', sum(values))"),
                   root/"data.ipynb")
    nbformat.write(notebook("import json, mlnb\nfrom helpers import FACTOR", "total = json.load(open('work/data.json'))['total']",
                            "json.dump({'sq': total * FACTOR}, open('work/square.json', 'w'))\nmlnb.record('sq', total * FACTOR)"),
                   root/"square.ipynb")
    nbformat.write(notebook("import mlnb", "mlnb.record('double', 2 * mlnb.recorded('square', 'sq'))"), root/"report.ipynb")
    (root/"mlnb.yml").write_text(SPEC)
    return root


def mutate(root: Path, rng: random.Random) -> str:
    "Change an input, the local module, a step's code, or nothing."
    what = rng.choices(["values", "factor", "code", "nothing"], weights=[4, 3, 2, 1])[0]
    if what == "values": (root/"raw"/"values.json").write_text(json.dumps([rng.randint(0, 50) for _ in range(rng.randint(1, 5))]))
    elif what == "factor": (root/"helpers.py").write_text(f"FACTOR = {rng.randint(1, 9)}\n")
    elif what == "code":
        nb = nbformat.read(root/"report.ipynb", as_version=4)
        nb.cells[0].source = f"import mlnb  # edit {rng.random()}"
        nbformat.write(nb, root/"report.ipynb")
    return what


def record(root: Path, step: str, name: str):
    rec = json.loads((root/".mlnb"/"steps"/step/"record.json").read_text())
    return rec[name]["value"]


def expected(root: Path) -> dict:
    "What the current inputs give: data.total, square.sq, report.double."
    total = sum(json.loads((root/"raw"/"values.json").read_text()))
    factor = int((root/"helpers.py").read_text().split("=")[1])
    return {"total": total, "sq": total * factor, "double": 2 * total * factor}


def check_state(root: Path) -> dict:
    """After a kill: provenance files parse; a fresh step's records agree with the inputs it would be served from. Returns
    the steps that must run next time: stale by their own inputs, code or local module, failed, or never run."""
    for prov in (root/".mlnb"/"steps").glob("*/provenance.json"):
        p = json.loads(prov.read_text())  # atomic writes: never half a file
        assert p["key"] and p["key_parts"]["code"], prov
    table = pl.pipeline_status(root).tables["steps"]
    states = table["state"].to_dict()
    if states["data"] == "fresh":
        assert record(root, "data", "total") == expected(root)["total"] == json.loads((root/"work/data.json").read_text())["total"]
    if states["square"] == "fresh":
        factor = int((root/"helpers.py").read_text().split("=")[1])
        assert record(root, "square", "sq") == json.loads((root/"work/data.json").read_text())["total"] * factor
    if states["report"] == "fresh":
        assert record(root, "report", "double") == 2 * record(root, "square", "sq")
    return {s for s, row in table.iterrows() if row["state"] != "fresh" and "upstream" not in row["why"]}


def check_complete(root: Path, uri: str) -> None:
    "After a run to completion: all fresh, output hashes as recorded, records right, no RUNNING MLflow run."
    assert pl.pipeline_status(root).states == {"data": "fresh", "square": "fresh", "report": "fresh"}
    for step in ("data", "square", "report"):
        prov = json.loads((root/".mlnb"/"steps"/step/"provenance.json").read_text())
        for out, digest in prov["outputs"].items(): assert pl.path_digest(root, out) == digest, (step, out)
        assert (root/prov["executed_notebook"]).is_file()
    want = expected(root)
    assert (record(root, "data", "total"), record(root, "square", "sq"), record(root, "report", "double")) == \
           (want["total"], want["sq"], want["double"])
    from mlflow import MlflowClient
    client = MlflowClient(uri)
    exp = client.get_experiment_by_name("mlnb: faults")
    assert not [r.info.run_id for r in client.search_runs([exp.experiment_id]) if r.info.status == "RUNNING"]


def start(root: Path, env: dict, tracking: bool) -> subprocess.Popen:
    return subprocess.Popen([str(BIN/"mlnb"), "run", str(root), "--format", "json", *([] if tracking else ["--no-tracking"])],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def kill(runner: subprocess.Popen) -> bool:
    "SIGKILL the runner by its PID (its kernels too, afterwards, so they do not pile up); whether it was still running."
    try: kernels = psutil.Process(runner.pid).children(recursive=True)
    except psutil.NoSuchProcess: kernels = []
    alive = runner.poll() is None
    if alive: os.kill(runner.pid, signal.SIGKILL)
    runner.communicate()
    for k in kernels:
        try: k.kill()
        except psutil.NoSuchProcess: pass
    return alive


def complete(root: Path, env: dict, *args: str) -> dict:
    r = subprocess.run([str(BIN/"mlnb"), "run", str(root), "--format", "json", *args], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    out = json.loads(r.stdout)
    assert not [f["message"] for f in out["findings"] if f["code"] == "MLNB-P005"]  # MLflow logged every step
    return out["steps"]


def test_killed_at_random_points_then_resumed(tmp_path, record_property, monkeypatch):
    root, rng = make(tmp_path/"faults"), random.Random(SEED)
    uri = f"sqlite:///{tmp_path/'mlflow.db'}"
    env = {**os.environ, "MLFLOW_TRACKING_URI": uri, "MLFLOW_DISABLE_TELEMETRY": "true"}
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)  # `pipeline_status` in this process sees the runners' store
    assert complete(root, env) == {"data": "ran", "square": "ran", "report": "ran"}
    check_complete(root, uri)
    t0 = time.monotonic()  # a full run without MLflow: what the kill moments are drawn over
    assert complete(root, env, "--force", "--no-tracking") == {"data": "ran", "square": "ran", "report": "ran"}
    full = time.monotonic() - t0
    trials = killed = completions = 0
    changes = {}
    deadline = time.monotonic() + BUDGET
    while time.monotonic() < deadline:
        what = mutate(root, rng)
        changes[what] = changes.get(what, 0) + 1
        runner = start(root, env, tracking=trials % 3 == 0)  # MLflow in a third of the trials: its start-up costs seconds
        time.sleep(rng.uniform(0.0, full))
        killed += kill(runner)
        trials += 1
        must_run = check_state(root)
        if trials % 5 == 0:  # resume now and then, so that kills also land on a pipeline with fresh steps
            steps = complete(root, env)
            assert all(steps[s] == "ran" for s in must_run), (must_run, steps)
            check_complete(root, uri); completions += 1
    must_run, steps = check_state(root), complete(root, env)
    assert all(steps[s] == "ran" for s in must_run), (must_run, steps)
    check_complete(root, uri); completions += 1
    for name, value in (("trials", trials), ("killed", killed), ("completions", completions), ("seed", SEED)):
        record_property(name, value)
    print(f"fault injection: {trials} trials ({killed} killed mid-run), {completions} runs to completion, changes {changes}, "
          f"seed {SEED}, full run {full:.1f} s")
    assert trials >= 6 and killed >= trials // 3
