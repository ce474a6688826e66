"""The README's examples run as written (the shell block in a scratch folder, `.venv/bin/` being this venv)."""
import re, shlex, subprocess

from helpers import BIN, ROOT

README = (ROOT/"README.md").read_text()


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def test_python_examples_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the second block saves a model card in the working directory
    ns = {}
    exec(compile(blocks("python")[0], "README.md", "exec"), ns)
    assert ns["report"].title.startswith("Data summary") and ns["split"].strategy == "group+time"
    exec(compile(blocks("python")[1], "README.md", "exec"), ns)
    assert ns["errors"].tables["error tree"].loc[0, "rows"] == len(ns["X_test"])
    assert set(ns["fairness"].tables["by group"]["sensitive"]) >= {"region"}
    # the README's notes on the example's own problems quote these findings
    from mlnb.split import preview_split
    assert any(f.code == "MLNB-S009" and f.message.startswith("4270 rows (45%)") for f in preview_split(ns["split"], plots=False))
    assert any(f.code == "MLNB-E004" and "0% of its 41 rows" in f.message for f in ns["errors"])
    assert "4,270 rows, 45% (`MLNB-S009`)" in README and "none of the test part's 41" in README
    card = (tmp_path/"model_card.html").read_text()
    assert "Rank customers for a retention call." in card and "Quantitative analyses" in card
    exec(compile(blocks("python")[2], "README.md", "exec"), ns)
    n = ns["tuned"].nested_score_
    assert ns["tuned"].inputs["nested"].startswith("StratifiedGroupKFold(3)") and {"estimate", "optimism", "gain"} <= set(n)


def test_shell_example_runs(tmp_path):
    block = next(b for b in blocks("sh") if "mlnb data customers" in b)  # the commands on the example (not the installs)
    commands = [line.split("#")[0].strip() for line in block.splitlines()]
    for cmd in filter(None, commands):
        argv = shlex.split(cmd.replace(".venv/bin/", f"{BIN}/"))
        r = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert r.returncode in (0, 1), (cmd, r.stderr)  # 1: the report holds an error-level finding
    assert (tmp_path/"report.html").exists() and (tmp_path/"parts"/"train.csv").exists()
