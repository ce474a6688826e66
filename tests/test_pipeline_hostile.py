"""Issue 11, the pipeline's part: each class of hostile input or tampered state gets a clear error (exit 2 on the command
line, an MlnbError in Python), never a crash, a hang, a silent wrong answer, or code run from a file mlnb reads.

Real kernels where a run is needed (a folder named with braces, sys.exit in a cell, a local module, a killed runner); the
rest checks what happens before any kernel would start."""
import io, json, multiprocessing, os, pickle, signal, subprocess, sys, time, zipfile
from pathlib import Path

import nbformat
import pytest

import mlnb.pipeline as pl
from mlnb.cli import main
from mlnb.core import MlnbError
from helpers import BIN

pytestmark = [pytest.mark.timeout(300), pytest.mark.filterwarnings("ignore::DeprecationWarning")]


def notebook(params: str | None, *cells: str):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    if params is not None:
        first = nbformat.v4.new_code_cell(params)
        first.metadata["tags"] = ["parameters"]
        nb.cells.append(first)
    nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    return nb


def folder(root: Path, spec: str, **notebooks) -> Path:
    "A pipeline folder: mlnb.yml and the notebooks (name -> nbformat notebook)."
    root.mkdir(parents=True, exist_ok=True)
    for name, nb in notebooks.items(): nbformat.write(nb, root/f"{name}.ipynb")
    (root/"mlnb.yml").write_text(spec)
    return root


def cli(capsys, *argv) -> tuple[int, str]:
    "`mlnb ARGV` in this process: (exit status, stderr); a traceback on stderr fails the test."
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return code, err


@pytest.fixture
def base(tmp_path):
    return folder(tmp_path/"p", "", a=notebook("rows: int = 3\nname: str = 'x'", "print(rows)"), b=notebook(None, "print(1)"))


ONE = "name: p\nsteps:\n  - {name: a, notebook: a.ipynb"
TWO = ONE + "}\n  - {name: b, notebook: b.ipynb, upstream: [a]"
BAD_SPECS = [  # (spec, what the error says): every field, at every level
    ("name: p\ntimeout: -5\nsteps:\n  - {name: a, notebook: a.ipynb}\n", "timeout -5 is not a positive number"),
    ("name: p\ntimeout: abc\nsteps:\n  - {name: a, notebook: a.ipynb}\n", "timeout 'abc' is not a positive number"),
    ("name: p\ntimeout: .nan\nsteps:\n  - {name: a, notebook: a.ipynb}\n", "is not a positive number"),
    (ONE + ", timeout: -1}\n", "timeout -1 is not a positive number"),
    (ONE + ", timeout: [1]}\n", "timeout [1] is not a positive number"),
    ("name: [p]\nsteps:\n  - {name: a, notebook: a.ipynb}\n", "The pipeline name ['p'] is not valid"),
    ("name: \"a\\nb\"\nsteps:\n  - {name: a, notebook: a.ipynb}\n", "The pipeline name 'a\\nb' is not valid"),
    ("name: p\nkernel: 3\nsteps:\n  - {name: a, notebook: a.ipynb}\n", "kernel 3 is not valid"),
    ("name: p\ntracking_uri: {a: 1}\nsteps:\n  - {name: a, notebook: a.ipynb}\n", "tracking_uri {'a': 1} is not valid"),
    ("name: p\nsteps: {a: 1}\n", "no steps"),
    (ONE + ", kernel: 'py thon'}\n", "kernel 'py thon' is not valid"),
    ("name: p\nsteps:\n  - {name: \"a\\n\", notebook: a.ipynb}\n", "Step name 'a\\n' is not valid"),
    (ONE + ", parameters: {1: 2}}\n", "is not a mapping of Python names"),
    (ONE + ", when: 3}\n", "when 3 is not a condition"),
    ("name: p\nsteps:\n  - {name: a, notebook: .}\n", "is the pipeline folder itself"),
    ("name: p\nsteps:\n  - {name: a, notebook: sub}\n", "notebook 'sub' is a folder"),
    ("name: p\nsteps:\n  - {name: a, notebook: missing.ipynb}\n", "No notebook 'missing.ipynb'"),
    ("name: p\nsteps:\n  - {name: a, notebook: mlnb.yml}\n", "is not a .ipynb file"),
    ("name: p\nsteps:\n  - {name: a, notebook: ../p/a.ipynb}\n", "leaves the pipeline folder"),
    (ONE + ", inputs: [/etc/passwd]}\n", "'/etc/passwd' is an absolute path"),
    (ONE + ", outputs: ['C:\\\\x.csv']}\n", "is an absolute path"),
    (ONE + ", outputs: [~/x.csv]}\n", "is an absolute path"),
    (ONE + ", inputs: [work/../../x.csv]}\n", "leaves the pipeline folder"),
    (ONE + ", outputs: [.mlnb/steps/a/record.json]}\n", "mlnb's own state"),
    (ONE + ", inputs: ['data/**.csv']}\n", "is not a valid glob"),
    (ONE + ", inputs: ['']}\n", "is not a path"),
    (TWO + ", when: 'a.x == [1'}\n", "Cannot read the value '[1'"),
    (TWO + ", when: 'a.x == {'}\n", "Cannot read the value '{'"),
    (TWO + ", when: 'a.x == \"unterminated'}\n", "Cannot read the value"),
    (TWO + ", when: 'a.x == !!python/object/apply:os.system [\"touch pwned\"]'}\n", "compares with a YAML tag"),
    (TWO + ", when: 'a.x == [!!python/object/apply:os.system [\"touch pwned\"]]'}\n", "Cannot read the value"),
    (TWO + ", when: 'a.x == 2020-01-01'}\n", "is a date"),
    (TWO + ", when: 'a.x == [1, 2'}\n", "Cannot read the value"),
    (TWO + ", when: 'a.(x'}\n", "Cannot read the condition"),
    ("name: p\nsteps:\n  - name: a\n    notebook: !!python/object/apply:os.system ['touch pwned']\n", "not valid YAML"),
    ("name: p\nsteps:\n  - {name: a, notebook: a.ipynb, parameters: {when: 2020-99-99}}\n", "not valid YAML"),
    ("a: &a [*a, *a]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\ng: &g [*f, *f]\nh: &h [*g, *g]\n"
     "i: &i [*h, *h]\nj: &j [*i, *i]\nk: &k [*j, *j]\nl: &l [*k, *k]\nm: &m [*l, *l]\nn: &n [*m, *m]\no: &o [*n, *n]\np: &p [*o, *o]\n"
     "q: [*p, *p]\n", "expands to over"),
]


@pytest.mark.parametrize("spec, says", BAD_SPECS, ids=[f"spec{i}" for i in range(len(BAD_SPECS))])
def test_every_spec_field_is_checked_before_anything_runs(base, capsys, spec, says):
    (base/"sub").mkdir(exist_ok=True)
    (base/"mlnb.yml").write_text(spec)
    with pytest.raises(MlnbError, match=None) as ex: pl.load_pipeline(base)
    assert says in str(ex.value), str(ex.value)
    for command in ("run", "status"):
        code, err = cli(capsys, command, base, "--no-tracking") if command == "run" else cli(capsys, command, base)
        assert code == 2 and says in err and err.count("\n") == 1, err
    assert not (base/".mlnb"/"steps").exists() and not (base/"pwned").exists()


def test_a_spec_that_is_not_utf8_or_not_a_file(base, capsys):
    (base/"mlnb.yml").write_bytes("name: caf\xe9\nsteps: []\n".encode("latin-1"))
    code, err = cli(capsys, "status", base)
    assert code == 2 and "is not UTF-8 text (byte 9)" in err
    (base/"mlnb.yml").unlink(); (base/"mlnb.yml").mkdir()
    code, err = cli(capsys, "run", base/"mlnb.yml", "--no-tracking")
    assert code == 2 and "No pipeline spec" in err


def test_a_notebook_that_is_a_folder_or_not_a_notebook(base, capsys):
    (base/"dir.ipynb").mkdir()
    (base/"notes.txt").write_text("{}")
    for path, says in [(base/"dir.ipynb", "is a folder"), (base, "is a folder"), (base/"notes.txt", "is not a notebook (.ipynb)"),
                       (base/"none.ipynb", "No notebook")]:
        with pytest.raises(MlnbError, match="notebook"): pl.notebook_parameters(path)
        code, err = cli(capsys, "params", path)
        assert code == 2 and says in err, err
    (base/"mlnb.yml").write_text("name: p\nsteps:\n  - {name: a, notebook: dir.ipynb}\n")
    for argv in (("run", base, "--no-tracking"), ("status", base)):
        code, err = cli(capsys, *argv)
        assert code == 2 and "notebook 'dir.ipynb' is a folder" in err


@pytest.mark.parametrize("template, value, says", [
    ("work/{name}.csv", "../../x", "leaves the pipeline folder"),
    ("{name}", "/etc/passwd", "is an absolute path"),
    ("{name}/x.csv", ".mlnb", "mlnb's own state"),
    ("work/{name", "x", "not a valid template"),
    ("work/{nope}.csv", "x", "names ['nope']"),
    ("work/{name.upper}.csv", "x", "only plain parameter names"),
    ("work/{name[0]}.csv", "x", "only plain parameter names"),
    ("work/{}.csv", "x", "only plain parameter names"),
    ("work/{name:d}.csv", "x", "not a valid template"),
])
def test_paths_filled_from_parameters_stay_inside(base, template, value, says):
    (base/"mlnb.yml").write_text(f"name: p\nsteps:\n  - name: a\n    notebook: a.ipynb\n    outputs: ['{template}']\n")
    p = pl.validate_pipeline(pl.load_pipeline(base), {"name": value})
    with pytest.raises(MlnbError) as ex: pl.plan_run(p)
    assert says in str(ex.value), str(ex.value)
    with pytest.raises(MlnbError): pl.plan_run(pl.validate_pipeline(pl.load_pipeline(base)), {"name": [value]})


def braces_pipeline(root: Path) -> Path:
    values = "[3, 2.5, 'text', True, None, [1, 'a'], {'k': [1, 2]}, float('nan')]"
    return folder(root, f"""\
name: braces
steps:
  - name: values
    notebook: values.ipynb
    outputs: ["work/{{x}}.txt"]
  - name: exits
    notebook: exits.ipynb
  - name: raises
    notebook: raises.ipynb
""", values=notebook("x: int = 1", "import mlnb, pandas as pd, pathlib",
                     f"for i, v in enumerate({values}): mlnb.record(f'v{{i}}', v)",
                     "mlnb.record('table', pd.DataFrame({'a': [1, 2]}, index=['x', 'y']))",
                     "pathlib.Path('work').mkdir(exist_ok=True); pathlib.Path(f'work/{x}.txt').write_text('ok')"),
        exits=notebook(None, "import sys; sys.exit(0)", "import pathlib; pathlib.Path('exits-ran').write_text('')", "x = 1"),
        raises=notebook(None, "x = 1", "raise SystemExit", "import pathlib; pathlib.Path('raises-ran').write_text('')"))


def test_braces_in_the_folder_name_sys_exit_and_record_round_trip(tmp_path, monkeypatch):
    root = braces_pipeline(tmp_path/"my{x}pipe{}")
    rep = pl.run_pipeline(root, tracking=False, echo=None)
    # 2. papermill did not format the folder name: the executed notebook and provenance are where mlnb put them
    assert rep.statuses == {"values": "ran", "exits": "failed", "raises": "failed"}, rep.tables["steps"]
    prov = json.loads((root/".mlnb/steps/values/provenance.json").read_text())
    assert (root/prov["executed_notebook"]).is_file() and list(prov["outputs"]) == ["work/1.txt"] and (root/"work/1.txt").exists()
    assert not list(tmp_path.glob("my1pipe*"))
    # 3. a notebook that stops early is a failure, with the cell, and is not cached
    failures = {f.location["step"]: f for f in rep.findings if f.code == "MLNB-P001"}
    assert failures["exits"].location["cell"] == 0 and "SystemExit: 0" in failures["exits"].message
    assert "stopped early" in failures["exits"].message and "2 later code cell(s) never ran" in failures["exits"].message
    assert failures["raises"].location["cell"] == 1 and "1 later code cell(s) never ran" in failures["raises"].message
    for step in ("exits", "raises"):
        assert not (root/".mlnb/steps"/step/"provenance.json").exists() and not (root/f"{step}-ran").exists()
    assert pl.pipeline_status(root).states == {"values": "fresh", "exits": "failed", "raises": "failed"}
    # 8. outside a pipeline, record then recorded(None, name) gives what the pipeline gives a downstream step
    monkeypatch.chdir(root)
    import numpy as np, pandas as pd
    values = [3, 2.5, "text", True, None, [1, "a"], {"k": [1, 2]}, float("nan")]
    for i, v in enumerate(values): assert pl.record(f"v{i}", v) is v
    pl.record("table", pd.DataFrame({"a": [1, 2]}, index=["x", "y"]))
    for i in range(len(values)): assert pl.recorded(None, f"v{i}") == pl.recorded("values", f"v{i}"), i
    pd.testing.assert_frame_equal(pl.recorded(None, "table"), pl.recorded("values", "table"))
    with pytest.raises(MlnbError, match="Cannot record a ndarray"): pl.record("arr", np.zeros((2, 2)))


def test_a_changed_local_module_reruns_the_step(tmp_path, capsys):
    root = folder(tmp_path/"mods", "name: mods\nsteps:\n  - {name: uses, notebook: uses.ipynb}\n  - {name: plain, notebook: plain.ipynb}\n",
                  uses=notebook(None, "%matplotlib inline\nimport mlnb\nfrom helpers import scale", "mlnb.record('y', scale(2))"),
                  plain=notebook(None, "import mlnb", "mlnb.record('y', 1)"))
    (root/"helpers.py").write_text("from tools.factor import FACTOR\ndef scale(x): return x * FACTOR\n")
    (root/"tools").mkdir(); (root/"tools"/"__init__.py").write_text(""); (root/"tools"/"factor.py").write_text("FACTOR = 3\n")
    assert pl.run_pipeline(root, tracking=False, echo=None).statuses == {"uses": "ran", "plain": "ran"}
    assert json.loads((root/".mlnb/steps/uses/record.json").read_text())["y"]["value"] == 6
    (root/"tools"/"factor.py").write_text("FACTOR = 4\n")  # two imports away from the notebook
    status = pl.pipeline_status(root)
    assert status.states == {"uses": "stale", "plain": "fresh"}
    assert status.tables["steps"].loc["uses", "why"] == "local module changed: tools/factor.py"
    assert cli(capsys, "status", root)[0] == 0
    rep = pl.run_pipeline(root, tracking=False, echo=None)
    assert rep.statuses == {"uses": "ran", "plain": "cached"} and rep.tables["steps"].loc["uses", "why"] == "local module changed: tools/factor.py"
    assert json.loads((root/".mlnb/steps/uses/record.json").read_text())["y"]["value"] == 8


def test_a_sigkilled_runner_leaves_no_running_mlflow_run(tmp_path, capsys, monkeypatch):
    from mlflow import MlflowClient
    root = folder(tmp_path/"kill", "name: kill\nsteps:\n  - {name: first, notebook: first.ipynb}\n"
                                  "  - {name: waits, notebook: waits.ipynb, upstream: [first]}\n",
                  first=notebook(None, "import mlnb", "mlnb.record('n', 1)"),
                  waits=notebook(None, "import pathlib, time\nwhile not pathlib.Path('go').exists(): time.sleep(0.1)"))
    uri = f"sqlite:///{tmp_path/'mlflow.db'}"
    env = {**os.environ, "MLFLOW_TRACKING_URI": uri, "MLFLOW_DISABLE_TELEMETRY": "true"}
    runner = subprocess.Popen([str(BIN/"mlnb"), "run", str(root)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.time() + 120
    while not (root/".mlnb/steps/waits/.attempt/executed.ipynb").exists():  # first is logged: its parent run is RUNNING
        assert time.time() < deadline and runner.poll() is None, runner.communicate()
        time.sleep(0.1)
    held = json.loads((root/".mlnb/run.json").read_text())
    assert held["pid"] == runner.pid and held["uri"] == uri
    os.kill(runner.pid, signal.SIGKILL)
    runner.wait()
    client = MlflowClient(uri)
    parent = client.get_run(held["run_id"])
    assert parent.info.status == "RUNNING"
    orphan = client.create_run(parent.info.experiment_id, run_name="waits", tags={"mlflow.parentRunId": held["run_id"]}).info.run_id
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)  # another store: warned about, never opened, the note kept
    assert [f.code for f in pl.pipeline_status(root).findings] == ["MLNB-P007"] and (root/".mlnb/run.json").exists()
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)  # `mlnb status` in this process: the same store as the runner
    assert cli(capsys, "status", root)[0] == 0
    assert [client.get_run(r).info.status for r in (held["run_id"], orphan)] == ["KILLED", "KILLED"]
    assert not (root/".mlnb/run.json").exists()
    (root/"go").write_text("")
    r = subprocess.run([str(BIN/"mlnb"), "run", str(root), "--format", "json"], capture_output=True, text=True, env=env, timeout=200)
    assert r.returncode == 0 and json.loads(r.stdout)["steps"] == {"first": "cached", "waits": "ran"}, r.stderr
    parents = [x for x in client.search_runs([parent.info.experiment_id]) if "mlflow.parentRunId" not in x.data.tags]
    assert sorted(x.info.status for x in parents) == ["FINISHED", "KILLED"]


def crafted_skops(module: str, name: str, argument: str) -> bytes:
    "A skops file whose one object is `module.name(argument)`: what an attacker would write to run code at load time."
    import zoneinfo, skops.io as sio
    z = zipfile.ZipFile(io.BytesIO(sio.dumps({"a": zoneinfo.ZoneInfo("UTC")})))
    schema = z.read("schema.json").decode().replace('"zoneinfo"', json.dumps(module)).replace('"ZoneInfo"', json.dumps(name))
    schema = schema.replace('"\\"UTC\\""', json.dumps(json.dumps(argument)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as w: w.writestr("schema.json", schema)
    return out.getvalue()


class Payload:
    def __init__(self, marker): self.marker = marker
    def __reduce__(self): return (os.system, (f"touch {self.marker}",))


def test_a_tampered_record_never_runs_code(tmp_path, monkeypatch):
    root = folder(tmp_path/"t", "name: t\nsteps:\n  - {name: up, notebook: up.ipynb}\n"
                               "  - {name: down, notebook: down.ipynb, upstream: [up], when: up.flag}\n",
                  up=notebook(None, "import mlnb", "mlnb.record('flag', True)"), down=notebook(None, "import mlnb", "mlnb.record('z', 1)"))
    assert pl.run_pipeline(root, tracking=False, echo=None).statuses == {"up": "ran", "down": "ran"}
    marker, state = tmp_path/"pwned", root/".mlnb/steps/up"
    (state/"model-x.pkl").write_bytes(pickle.dumps(Payload(marker)))
    (state/"model-x.skops").write_bytes(pickle.dumps(Payload(marker)))
    (state/"model-os.skops").write_bytes(crafted_skops("os", "system", f"touch {marker}"))
    (state/"model-sk.skops").write_bytes(crafted_skops("sklearn.utils._testing", "assert_run_python_script_without_output",
                                                       f"import pathlib; pathlib.Path({str(marker)!r}).touch()"))
    (tmp_path/"secret.json").write_text('{"title": "x"}')
    good = json.loads((state/"record.json").read_text())
    tampered = {"flag": {"kind": "model", "file": "model-x.pkl"}, "pkl": {"kind": "model", "file": "model-x.pkl"},
                "fake": {"kind": "model", "file": "model-x.skops"}, "os": {"kind": "model", "file": "model-os.skops"},
                "sk": {"kind": "model", "file": "model-sk.skops"}, "up2": {"kind": "report", "file": "../../../secret.json"},
                "abs": {"kind": "figure", "file": str(tmp_path/"secret.json")}, "odd": {"kind": "table", "value": 3}}
    (state/"record.json").write_text(json.dumps(tampered))
    monkeypatch.chdir(root)
    says = {"flag": "never loads pickle files", "pkl": "never loads pickle files", "fake": "not a readable skops file",
            "os": "types that are not trusted: ['os.system']", "sk": "not trusted: ['sklearn.utils._testing.assert_run_python",
            "up2": "outside its folder", "abs": "not a file of its folder", "odd": "cannot be read"}
    for name, message in says.items():
        with pytest.raises(MlnbError) as ex: pl.recorded("up", name)
        assert message in str(ex.value), (name, str(ex.value))
    with pytest.raises(MlnbError, match="never loads pickle"): pl.recorded("up")
    with pytest.raises(MlnbError, match="not trusted"): pl.model_from_skops(state/"model-sk.skops", trusted=["os.system"])
    from mlnb.tracking import register_recorded_model
    with pytest.raises(MlnbError, match="never loads pickle"):
        register_recorded_model("0" * 32, "sqlite:///unused.db", state, {"kind": "model", "file": "model-x.pkl", "name": "m"})
    # the runner: the condition reads the tampered record, refuses it before any kernel, and runs nothing from it
    rep = pl.run_pipeline(root, tracking=False, echo=None)
    assert rep.statuses == {"up": "cached", "down": "failed"}
    assert "up.flag is not a recorded value (kind 'model')" in [f for f in rep.findings if f.code == "MLNB-P001"][0].message
    # a provenance that names paths outside: refused, never hashed or read
    (state/"record.json").write_text(json.dumps(good))
    prov = json.loads((state/"provenance.json").read_text())
    for edit, message in [({"outputs": {"../../secret.json": None}}, "leaves the pipeline folder"),
                          ({"outputs": {str(tmp_path/"secret.json"): None}}, "is an absolute path"),
                          ({"executed_notebook": "../x.ipynb"}, "outside")]:
        (state/"provenance.json").write_text(json.dumps({**prov, **edit}))
        rep = pl.run_pipeline(root, tracking=False, echo=None)
        assert rep.statuses["up"] == "failed" and message in [f for f in rep.findings if f.code == "MLNB-P001"][0].message
        assert pl.pipeline_status(root).states["up"] == "failed"
    assert not marker.exists()


def _hold_lock(root: str, log: str, start: float, trials: int, slot: float) -> None:
    "One contender: in each time slot, try the lock; a holder writes + and - lines around a short hold."
    import mlnb.pipeline as pl
    from mlnb.core import MlnbError
    for t in range(trials):
        time.sleep(max(0.0, start + t * slot - time.time()))
        try:
            with pl.pipeline_lock(root):
                with open(log, "a") as f: f.write(f"+{t} {os.getpid()}\n")
                time.sleep(0.002)
                with open(log, "a") as f: f.write(f"-{t} {os.getpid()}\n")
        except MlnbError as ex:
            assert "Another mlnb run" in str(ex)


def test_the_lock_has_one_holder_at_a_time(tmp_path):
    "8 processes x 30 trials enter at the same moment: never two holders, and in every trial someone gets in."
    procs, trials, log = 8, 30, tmp_path/"holders.log"
    ctx = multiprocessing.get_context("fork")
    start = time.time() + 1.0
    workers = [ctx.Process(target=_hold_lock, args=(str(tmp_path), str(log), start, trials, 0.05)) for _ in range(procs)]
    for w in workers: w.start()
    for w in workers: w.join(60)
    assert [w.exitcode for w in workers] == [0] * procs
    lines, holder = log.read_text().splitlines(), None
    for line in lines:
        if line.startswith("+"): assert holder is None, f"two holders: {holder} and {line}"; holder = line[1:]
        else: assert holder == line[1:], line; holder = None
    assert holder is None and {int(l[1:].split()[0]) for l in lines} == set(range(trials))
    assert (tmp_path/".mlnb"/"lock").exists()  # never deleted
    print(f"lock: {procs} processes x {trials} trials, {len(lines) // 2} holds, never two at once")
