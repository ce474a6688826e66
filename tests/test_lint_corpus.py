"""The code-level leakage lint on its labelled corpus (tests/lint_corpus, made by make_corpus.py).

Precision and recall per kind must stay >= 0.95, every notebook must lint without raising, and
the committed notebooks must be what the generator writes (labels included).
"""
import json, subprocess, sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from lint_corpus import CORPUS, KINDS, score  # noqa: E402

from mlnb.core import MlnbError
from mlnb.lint import lint_cells, lint_notebook, lint_paths, lint_source

LABELS = json.loads((CORPUS / "labels.json").read_text())


def test_corpus_size_and_balance():
    assert len(LABELS) >= 44
    clean = sum(not kinds for kinds in LABELS.values())
    assert len(LABELS) / 4 <= clean <= len(LABELS) / 2
    for kind in KINDS: assert sum(kind in k for k in LABELS.values()) >= 8, kind
    assert sorted(p.name for p in CORPUS.glob("*.ipynb")) == sorted(LABELS)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_every_notebook_lints(name):
    r = lint_notebook(CORPUS / name)
    assert all(f.location["path"] == str(CORPUS / name) for f in r)
    assert all(isinstance(f.location.get("cell"), int) for f in r)
    assert not [f for f in r if f.code == "MLNB-G001"], r.to_text()


@pytest.mark.parametrize("kind", KINDS)
def test_precision_and_recall(kind):
    s = score()[kind]
    assert s["precision"] >= 0.95, f"{kind}: false positives {s['fp']}"
    assert s["recall"] >= 0.95, f"{kind}: missed {s['fn']}"


def test_findings_name_the_change():
    r = lint_notebook(CORPUS / "p01_scaler_before_split.ipynb")
    (f,) = r.findings
    assert (f.code, f.location["cell"], f.location["line"]) == ("MLNB-C001", 3, 2)
    assert f.fix.startswith("fit StandardScaler inside a Pipeline on X_train")
    assert f.evidence["split"] == {"cell": 4, "line": 1}


def test_generator_is_in_sync(tmp_path):
    "Regenerating the corpus gives the committed labels (the notebooks are not hand-edited)."
    src = (CORPUS / "make_corpus.py").read_text()
    ns = {"__name__": "corpus", "__file__": str(tmp_path / "make_corpus.py")}
    exec(compile(src, "make_corpus.py", "exec"), ns)
    assert ns["write"]() == LABELS
    for name in LABELS:
        assert json.loads((tmp_path / name).read_text())["cells"] == json.loads((CORPUS / name).read_text())["cells"], name


def test_arbitrary_input_never_raises():
    junk = ["", "\x00", "print 'py2'", "%%bash\nrm -rf /", "def f(:", "x = [" * 50, "import *", "a.b.c()()()[0]",
            "for (a, b) in c: d[a] = b.fit(a)", "with x as (a, b): pass", "yield x", "f(**{}).g(*[])", "del a[0], b.c",
            "X_tr, X_te = train_test_split()", "SMOTE().fit_resample()", "model.fit()", "cross_val_score()"]
    for src in junk:
        lint_source(src); lint_cells([src, "x = 1", src])
    assert len(lint_notebook({"cells": [{"cell_type": "code", "source": ["x = ", "1"]}], "metadata": {}})) == 0


def test_bad_paths_raise_mlnb_errors(tmp_path):
    from mlnb.core import MlnbError
    with pytest.raises(MlnbError, match="No file"): lint_paths([tmp_path / "missing.ipynb"])
    (tmp_path / "a.R").write_text("x <- 1")
    with pytest.raises(MlnbError, match="unknown suffix"): lint_paths([tmp_path / "a.R"])
    (tmp_path / "broken.ipynb").write_text("{not json")
    with pytest.raises(MlnbError, match="not a readable notebook"): lint_notebook(tmp_path / "broken.ipynb")


def test_unreadable_file_among_several_fails_the_run_naming_it(tmp_path):
    "A corrupt notebook must not pass a CI gate: the whole run is a usage error (exit 2) naming the file."
    (tmp_path / "broken.ipynb").write_text("{not json")
    good = CORPUS / "p01_scaler_before_split.ipynb"
    with pytest.raises(MlnbError, match=r"broken\.ipynb is not a readable notebook"):
        lint_paths([tmp_path / "broken.ipynb", good])
    assert [f.code for f in lint_paths([good])] == ["MLNB-C001"]


def test_odd_notebooks_lint():
    "A string kernelspec, source as a list of strings and the nbformat 3 layout are read; a null in a source is refused."
    leak = "X = StandardScaler().fit_transform(X)\nXtr, Xte, ytr, yte = train_test_split(X, y)\nprint(SVC().fit(Xtr, ytr).score(Xte, yte))"
    odd = {"metadata": {"kernelspec": "python3", "language_info": ["python"]},
           "cells": [{"cell_type": "code", "source": leak.splitlines(True)}, {"cell_type": "markdown", "source": {"a": 1}}]}
    assert [f.code for f in lint_notebook(odd)] == ["MLNB-C001"]
    with pytest.raises(MlnbError, match="cell 0 has a 'source' that is a list holding null"):
        lint_notebook({"metadata": {}, "cells": [{"cell_type": "code", "source": [leak, None]}]})
    assert len(lint_notebook({"metadata": "python", "cells": []})) == 0
    v3 = {"nbformat": 3, "nbformat_minor": 0, "metadata": {"name": "old"},
          "worksheets": [{"cells": [{"cell_type": "markdown", "source": "# old"},
                                    {"cell_type": "code", "input": leak.split("\n", 1)[0] + "\n", "language": "python"}]},
                         {"cells": [{"cell_type": "code", "input": leak.split("\n", 1)[1], "language": "python"}]}]}
    assert [(f.code, f.location["cell"]) for f in lint_notebook(v3)] == [("MLNB-C001", 1)]


def test_script_syntax_error_has_a_line():
    (f,) = lint_source("import pandas as pd\n\nif x\n", "old.py")
    assert f.code == "MLNB-C006" and f.location == {"path": "old.py", "line": 3}
    assert f.message.startswith("The script ") and "Cell" not in f.message


@pytest.mark.timeout(60)  # a hang guard only: the speed itself is measured in benchmarks/lint_corpus.py
def test_work_is_bounded():
    "Nested comprehensions, loops and fan-out calls finish: the analysis has a step budget and says when it is spent."
    xs = "xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n"
    comp = xs + "r = [a + b + c + d + e + f for a in xs for b in xs for c in xs for d in xs for e in xs for f in xs]\n" * 500
    loops = xs + "".join("    " * i + f"for v{i} in xs:\n" for i in range(12)) + "    " * 12 + "m = SVC().fit(X, y).score(X_test, y_test)\n"
    fan = "\n".join(f"def f{i}(x):\n" + "".join(f"    y = f{i + 1}(x) + g(x).mean()\n" for _ in range(25)) + "    return y"
                     for i in range(8)) + "\ndef f8(x): return x\n" + "z = f0(X)\n" * 20
    for src in (comp, loops, fan):
        r = lint_source(src)
        assert not [f for f in r if f.code == "MLNB-G001"]
    assert [f.code for f in lint_source(fan)] == ["MLNB-C008"]


def test_import_stays_light():
    r = subprocess.run([sys.executable, "-X", "importtime", "-c", "import mlnb.lint"], capture_output=True, text=True, check=True)
    loaded = {l.rsplit("|", 1)[1].strip().split(".")[0] for l in r.stderr.splitlines() if l.startswith("import time:")}
    assert not loaded & {"sklearn", "pandas", "numpy", "IPython", "matplotlib"}, loaded & {"sklearn", "pandas", "numpy", "IPython"}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_statement_is_skipped(name, monkeypatch):
    "Every statement of the corpus is understood: with _DEBUG on, an analysis error would raise."
    import mlnb.lint
    monkeypatch.setattr(mlnb.lint, "_DEBUG", True)
    lint_notebook(CORPUS / name)
