"""Pipelines with real kernels, driven through the `mlnb` command as a user would: caching, reruns of exactly the
affected steps, typed parameters checked before any kernel, failures, a runner killed mid-run, sweeps on a process
pool and on Dask, and MLflow's parent / child runs with the registered alias."""
import json, os, shutil, signal, subprocess, sys, time

import nbformat
import pytest

from helpers import BIN, mlnb

SPEC = """\
name: toy
steps:
  - name: data
    notebook: data.ipynb
    inputs: [raw/values.csv]
    outputs: [work/data.csv]
  - name: fit
    notebook: fit.ipynb
    upstream: [data]
    inputs: [work/data.csv]
    outputs: ["work/fit-{power}.json"]  # quoted: YAML reads a bare { as a mapping
  - name: report
    notebook: report.ipynb
    upstream: [fit]
"""


def notebook(params: str, *cells: str):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    first = nbformat.v4.new_code_cell(params)
    first.metadata["tags"] = ["parameters"]
    nb.cells = [first] + [nbformat.v4.new_code_cell(c) for c in cells]
    return nb


@pytest.fixture
def toy(tmp_path):
    "data (reads raw/values.csv) -> fit (power: int) -> report, in a temporary folder."
    root = tmp_path/"toy"
    (root/"raw").mkdir(parents=True)
    (root/"work").mkdir()
    (root/"raw"/"values.csv").write_text("x\n1\n2\n3\n")
    nbformat.write(notebook("", "import pandas as pd, mlnb", "df = pd.read_csv('raw/values.csv')\ndf.to_csv('work/data.csv', index=False)",
                            "mlnb.record('rows', len(df))"), root/"data.ipynb")
    nbformat.write(notebook("power: int = 1", "import json, pandas as pd, mlnb", "df = pd.read_csv('work/data.csv')",
                            "total = float((df.x ** power).sum())\njson.dump({'total': total}, open(f'work/fit-{power}.json', 'w'))",
                            "mlnb.record('total', total)"), root/"fit.ipynb")
    nbformat.write(notebook("", "import mlnb", "mlnb.record('double', 2 * mlnb.recorded('fit', 'total'))"), root/"report.ipynb")
    (root/"mlnb.yml").write_text(SPEC)
    return root


def run(root, *args, timeout=300):
    r = mlnb("run", root, "--no-tracking", "--format", "json", *args, timeout=timeout)
    assert r.returncode in (0, 1), r.stderr
    return r, json.loads(r.stdout)


def record(root, step, name):
    return json.loads((root/".mlnb"/"steps"/step/"record.json").read_text())[name]["value"]


def edit_cell(path, index, source):
    nb = nbformat.read(path, as_version=4)
    nb.cells[index].source = source
    nbformat.write(nb, path)


def test_runs_then_caches_then_reruns_exactly_what_changed(toy):
    r, out = run(toy)
    assert out["steps"] == {"data": "ran", "fit": "ran", "report": "ran"}
    assert record(toy, "report", "double") == 12.0
    prov = json.loads((toy/".mlnb/steps/fit/provenance.json").read_text())
    assert set(prov["outputs"]) == {"work/fit-1.json"} and prov["git"] and prov["environment"]["python"]

    assert run(toy)[1]["steps"] == {"data": "cached", "fit": "cached", "report": "cached"}

    (toy/"raw"/"values.csv").write_text("x\n1\n2\n4\n")  # a changed input: everything downstream of it
    r, out = run(toy)
    assert out["steps"] == {"data": "ran", "fit": "ran", "report": "ran"}
    assert "input changed: raw/values.csv" in r.stderr and record(toy, "report", "double") == 14.0

    edit_cell(toy/"fit.ipynb", 1, "import json, pandas as pd, mlnb  # same work")  # code changed, record did not
    assert run(toy)[1]["steps"] == {"data": "cached", "fit": "ran", "report": "cached"}

    edit_cell(toy/"report.ipynb", 2, "mlnb.record('double', 2.0 * mlnb.recorded('fit', 'total'))")
    assert run(toy)[1]["steps"] == {"data": "cached", "fit": "cached", "report": "ran"}

    r, out = run(toy, "-p", "power=2")  # a new parameter value: its step and what its record reaches
    assert out["steps"] == {"data": "cached", "fit": "ran", "report": "ran"} and record(toy, "report", "double") == 42.0
    status = json.loads(mlnb("status", toy, "--format", "json").stdout)["steps"]
    assert status == {"data": "fresh", "fit": "stale", "report": "stale"}  # without -p power=2


def test_a_wrong_parameter_type_fails_before_any_kernel_starts(toy):
    r = mlnb("run", toy, "--no-tracking", "-p", "power=high")
    assert r.returncode == 2 and "power='high' is not a int" in r.stderr
    assert not (toy/".mlnb"/"steps").exists()  # nothing ran, nothing was written
    (toy/"mlnb.yml").write_text(SPEC.replace("inputs: [raw/values.csv]", "inputs: [raw/values.csv]\n    parameters: {rows: 3}"))
    r = mlnb("run", toy, "--no-tracking")
    assert r.returncode == 2 and "sets 'rows', which data.ipynb does not declare" in r.stderr


def test_a_step_that_raises_leaves_a_marked_notebook_and_a_clear_error(toy):
    run(toy)
    edit_cell(toy/"fit.ipynb", 3, "raise RuntimeError('no convergence')")
    r, out = run(toy)
    assert r.returncode == 1 and out["steps"] == {"data": "cached", "fit": "failed", "report": "blocked"}
    failure = [f for f in out["findings"] if f["code"] == "MLNB-P001"][0]
    assert failure["location"]["step"] == "fit" and failure["location"]["cell"] == 3
    assert "RuntimeError: no convergence" in failure["message"]
    marked = nbformat.read(toy/".mlnb/steps/fit/failed.ipynb", as_version=4)
    assert [c.source for c in marked.cells if "mlnb-failed" in c.metadata.get("tags", [])] == ["raise RuntimeError('no convergence')"]
    assert record(toy, "fit", "total") == 6.0  # the last good record stays


def test_a_runner_killed_mid_run_resumes_cleanly(toy):
    # fit waits for a flag file, so the runner can be killed while fit's kernel is busy
    edit_cell(toy/"fit.ipynb", 2, "import pathlib, time\nwhile not pathlib.Path('go').exists(): time.sleep(0.1)\ndf = pd.read_csv('work/data.csv')")
    runner = subprocess.Popen([str(BIN/"mlnb"), "run", str(toy), "--no-tracking"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while not (toy/".mlnb/steps/fit/.attempt/executed.ipynb").exists():
        assert time.time() < deadline and runner.poll() is None, runner.communicate()
        time.sleep(0.2)
    time.sleep(1.0)
    os.kill(runner.pid, signal.SIGKILL)
    runner.wait()
    assert not (toy/".mlnb/steps/fit/provenance.json").exists()
    (toy/"go").write_text("")
    r, out = run(toy)
    assert out["steps"] == {"data": "cached", "fit": "ran", "report": "ran"}, r.stderr
    assert record(toy, "report", "double") == 12.0
    assert json.loads(mlnb("status", toy, "--format", "json").stdout)["steps"] == {"data": "fresh", "fit": "fresh", "report": "fresh"}


def test_a_sweep_gives_the_same_results_on_a_process_pool_and_on_dask(toy):
    other = toy.parent/"toy-dask"
    shutil.copytree(toy, other)
    r, local = run(toy, "--sweep", "power=1,2,3", "--jobs", "2")
    r2, dask = run(other, "--sweep", "power=1,2,3", "--jobs", "2", "--executor", "dask")
    expected = {"data": "ran", **{f"{s}@power={p}": "ran" for s in ("fit", "report") for p in (1, 2, 3)}}
    assert local["steps"] == expected and dask["steps"] == expected, r2.stderr
    for p, total in ((1, 6.0), (2, 14.0), (3, 36.0)):
        assert record(toy, f"report@power={p}", "double") == record(other, f"report@power={p}", "double") == 2 * total
        assert json.loads((toy/"work"/f"fit-{p}.json").read_text()) == json.loads((other/"work"/f"fit-{p}.json").read_text())


def test_mlflow_holds_the_parent_and_child_runs_and_the_registered_alias(toy, tmp_path):
    from mlflow import MlflowClient
    nbformat.write(notebook("C: float = 1.0", "import mlnb, numpy as np\nfrom sklearn.linear_model import LogisticRegression",
                            "X = np.arange(20.0).reshape(-1, 1); y = (X[:, 0] > 9).astype(int)",
                            "model = LogisticRegression(C=C).fit(X, y)\nmlnb.record('accuracy', model.score(X, y))",
                            "mlnb.record_model('toy-model', model, alias='candidate')"), toy/"register.ipynb")
    (toy/"mlnb.yml").write_text(SPEC + "  - name: register\n    notebook: register.ipynb\n    upstream: [report]\n")
    uri = f"sqlite:///{tmp_path/'mlflow.db'}"
    r = mlnb("run", toy, "--tracking-uri", uri, "--format", "json", timeout=300)
    assert r.returncode == 0, r.stderr
    client = MlflowClient(uri)
    exp = client.get_experiment_by_name("mlnb: toy")
    runs = client.search_runs([exp.experiment_id])
    parents = [x for x in runs if "mlflow.parentRunId" not in x.data.tags]
    children = [x for x in runs if x.data.tags.get("mlflow.parentRunId") == parents[0].info.run_id]
    assert len(parents) == 1 and sorted(c.info.run_name for c in children) == ["data", "fit", "register", "report"]
    fit = [c for c in children if c.info.run_name == "fit"][0]
    assert fit.data.params["power"] == "1" and fit.data.metrics["total"] == 6.0
    assert any(a.path.endswith(".ipynb") for a in client.list_artifacts(fit.info.run_id))
    version = client.get_model_version_by_alias("toy-model", "candidate")
    assert version.run_id == [c for c in children if c.info.run_name == "register"][0].info.run_id
