"""`mlnb lint` on unreadable and malformed input (issue 11): one test per class of input.

An unreadable file, or a cell whose code cannot be told, is a `MlnbError` naming the file (and
the cell): the CLI exits 2 with one line on stderr, also when it is one of several paths. What
nbformat allows (a source as a list of strings, no outputs) and what the lint does not read
(markdown sources, outputs, metadata) is tolerated. A script with a syntax error is readable:
an info finding, exit 0.
"""
import contextlib, io, json

import pytest

from helpers import mlnb
from mlnb.cli import main
from mlnb.core import MlnbError
from mlnb.lint import lint_cells, lint_notebook, lint_paths, lint_source

LEAK = ("X = StandardScaler().fit_transform(X)\nX_train, X_test, y_train, y_test = train_test_split(X, y)\n"
        "print(SVC().fit(X_train, y_train).score(X_test, y_test))\n")


def run(*argv) -> tuple[int, str, str]:
    "`mlnb` in-process: exit status, stdout, stderr."
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([str(a) for a in argv])
    return status, out.getvalue(), err.getvalue()


def notebook(*cells, **top) -> bytes:
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": list(cells), **top}).encode()


def code_cell(source=LEAK, **kw) -> dict:
    return {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": source, **kw}


def assert_exit_2(path, *contains, paths=None):
    "Exit 2, one line on stderr naming `path` and each of `contains`, nothing on stdout."
    status, out, err = run("lint", *(paths or [path]), "--format", "json")
    assert status == 2, (status, out, err)
    assert out == "" and err.endswith("\n") and err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("mlnb: error: ") and f"(in {path})" in err and "Fix: " in err, err
    for c in contains: assert c in err, (c, err)
    return err


UNREADABLE_FILES = {
    "invalid_json": (b"{not json", "not JSON (Expecting property name"),
    "random_bytes": (bytes(range(256)) * 4, "not UTF-8 text (invalid start byte at byte 128)"),
    "empty": (b"", "the file is empty"),
    "blank": (b" \n\t\n", "the file is empty"),
    "json_list": (b"[1, 2]", "the file holds a list, not a JSON object"),
    "json_string": (b'"cells"', "the file holds a string, not a JSON object"),
    "json_null": (b"null", "the file holds null, not a JSON object"),
    "no_cells": (b'{"metadata": {}}', "it has no 'cells' list"),
    "cells_string": (b'{"cells": "x = 1"}', "'cells' is a string, not a list"),
    "cells_object": (b'{"cells": {"0": {}}}', "'cells' is an object, not a list"),
    "cells_null": (b'{"cells": null}', "'cells' is null, not a list"),
    "worksheets_bad": (b'{"worksheets": [{"cells": 1}]}', "'worksheets' is not a list of objects"),
    "nested_too_deeply": (b"[" * 200_000, "its JSON is nested too deeply"),
    "truncated": (notebook(code_cell())[:-20], "not JSON ("),
    "huge_int": (b'{"cells": [], "n": ' + b"9" * 5000 + b"}", "not JSON ("),
}


@pytest.mark.parametrize("case", sorted(UNREADABLE_FILES))
def test_unreadable_notebook_is_exit_2(tmp_path, case):
    data, detail = UNREADABLE_FILES[case]
    p = tmp_path / f"{case}.ipynb"
    p.write_bytes(data)
    with pytest.raises(MlnbError, match="is not a readable notebook"): lint_paths([p])
    assert_exit_2(p, f"{case}.ipynb is not a readable notebook: {detail}")


MALFORMED_CELLS = {  # cell 1 of a notebook whose cell 0 is markdown: error text after "cell 1 "
    "null_cell": (None, "is null, not a cell object"),
    "string_cell": ("x = 1", "is a string, not a cell object"),
    "list_cell": (["x = 1"], "is a list, not a cell object"),
    "no_cell_type": ({"source": LEAK, "metadata": {}}, "has no 'cell_type'"),
    "null_cell_type": ({"cell_type": None, "source": LEAK}, "has no 'cell_type'"),
    "number_cell_type": ({"cell_type": 3, "source": LEAK}, "has a 'cell_type' that is a number"),
    "no_source": ({"cell_type": "code", "outputs": []}, "is a code cell with no 'source'"),
    "null_source": (code_cell(None), "has a 'source' that is null, not code"),
    "int_source": (code_cell(3), "has a 'source' that is a number, not code"),
    "bool_source": (code_cell(True), "has a 'source' that is a boolean, not code"),
    "object_source": (code_cell({"a": 1}), "has a 'source' that is an object, not code"),
    "null_line": (code_cell([LEAK, None]), "has a 'source' that is a list holding null at item 1, not code"),
    "nested_list_line": (code_cell(["x = 1\n", ["y"]]), "has a 'source' that is a list holding a list at item 1, not code"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED_CELLS))
def test_malformed_cell_is_exit_2_naming_the_cell(tmp_path, case):
    cell, detail = MALFORMED_CELLS[case]
    p = tmp_path / "nb.ipynb"
    p.write_bytes(notebook({"cell_type": "markdown", "metadata": {}, "source": "# t"}, cell))
    err = assert_exit_2(p, f"nb.ipynb is not a readable notebook: cell 1 {detail}", "Fix: repair cell 1")
    with pytest.raises(MlnbError) as ex: lint_notebook(json.loads(p.read_bytes()))
    assert ex.value.what == f"The dict given is not a readable notebook: cell 1 {detail}" and ex.value.where == "lint_notebook"
    assert err.count("cell 1") >= 2


TOLERATED_CELLS = {  # read, and linted: the leak in the code cell is found
    "source_as_lines": [code_cell(LEAK.splitlines(True))],
    "no_outputs_metadata_count": [{"cell_type": "code", "source": LEAK}],
    "odd_outputs": [code_cell(outputs=None, execution_count="x", metadata=[])],
    "markdown_without_source": [{"cell_type": "markdown"}, code_cell()],
    "markdown_with_number_source": [{"cell_type": "markdown", "source": 3}, code_cell()],
    "raw_and_unknown_types": [{"cell_type": "raw", "source": None}, {"cell_type": "future", "x": 1}, code_cell()],
    "empty_source": [code_cell(""), code_cell([]), code_cell()],
}


@pytest.mark.parametrize("case", sorted(TOLERATED_CELLS))
def test_what_nbformat_allows_or_lint_does_not_read_is_tolerated(tmp_path, case):
    p = tmp_path / "nb.ipynb"
    p.write_bytes(notebook(*TOLERATED_CELLS[case]))
    status, out, err = run("lint", p, "--format", "json")
    assert (status, err) == (1, ""), err
    assert [f["code"] for f in json.loads(out)["findings"]] == ["MLNB-C001"]


def test_odd_but_readable_notebooks(tmp_path):
    "Metadata that is not a dict, a byte order mark, the nbformat 3 layout, an R notebook: read, never refused."
    p = tmp_path / "bom.ipynb"
    p.write_bytes(b"\xef\xbb\xbf" + notebook(code_cell(), metadata="python"))
    assert [f.code for f in lint_paths([p])] == ["MLNB-C001"]
    v3 = {"nbformat": 3, "metadata": {"name": ""}, "worksheets": [
        {"cells": [{"cell_type": "heading", "level": 1, "source": "t"}, {"cell_type": "code", "input": LEAK.splitlines(True)}]}]}
    assert [(f.code, f.location["cell"]) for f in lint_notebook(v3)] == [("MLNB-C001", 1)]
    with pytest.raises(MlnbError, match="cell 0 is a code cell with no 'input'"):
        lint_notebook({"worksheets": [{"cells": [{"cell_type": "code"}]}]})
    r_nb = {"metadata": {"kernelspec": {"language": "R"}}, "cells": [{"cell_type": "code", "source": None}]}
    assert len(lint_notebook(r_nb)) == 0  # not Python: not linted, so its cells are not read
    with pytest.raises(MlnbError, match="'cells' is a number"): lint_notebook({"metadata": {"kernelspec": {"language": "R"}}, "cells": 1})


def test_one_unreadable_among_several_fails_the_run_naming_it(tmp_path):
    good = tmp_path / "good.ipynb"
    good.write_bytes(notebook(code_cell()))
    script = tmp_path / "train.py"
    script.write_text(LEAK)
    bad = tmp_path / "sub" / "bad.ipynb"
    bad.parent.mkdir()
    bad.write_bytes(notebook(code_cell(None)))
    for paths in ([good, bad, script], [bad, good], [good, script, bad], [tmp_path]):
        err = assert_exit_2(bad, "bad.ipynb is not a readable notebook: cell 0 has a 'source' that is null", paths=paths)
        assert "good.ipynb" not in err and "train.py" not in err
    bad.unlink()
    status, out, _ = run("lint", tmp_path, "--format", "json")
    assert status == 1 and json.loads(out)["files"] == [str(good), str(script)]


def test_non_utf8_script_is_exit_2(tmp_path):
    p = tmp_path / "latin1.py"
    p.write_bytes("import pandas as pd\nx = 'caf\xe9'\n".encode("latin-1"))
    assert_exit_2(p, "latin1.py is not a readable script: 'utf-8' codec can't decode byte 0xe9", "save it as UTF-8")
    p.write_bytes(b"\xff\xfe" + "x = 1\n".encode("utf-16-le"))  # UTF-16 with its BOM: not what Python reads
    assert_exit_2(p, "latin1.py is not a readable script")
    p.write_bytes(b"# coding: ascii\nx = '\xc3\xa9'\n")  # declares ASCII, holds UTF-8
    assert_exit_2(p, "'ascii' codec can't decode byte 0xc3")
    p.write_bytes(b"# coding: rot13\nx = 1\n")  # a codec, but not a text encoding
    assert_exit_2(p, "latin1.py is not a readable script")


def test_declared_encoding_and_bom_scripts_are_read(tmp_path):
    "A script Python itself runs is read: a PEP 263 declaration, a UTF-8 byte order mark."
    p = tmp_path / "declared.py"
    p.write_bytes(("# -*- coding: latin-1 -*-\n# caf\xe9\n" + LEAK).encode("latin-1"))
    q = tmp_path / "bom.py"
    q.write_bytes(b"\xef\xbb\xbf" + LEAK.encode())
    for f in (p, q):
        status, out, err = run("lint", f, "--format", "json")
        assert (status, err) == (1, ""), err
        assert [x["code"] for x in json.loads(out)["findings"]] == ["MLNB-C001"]


def test_script_with_syntax_error_is_readable_input(tmp_path):
    "Not valid Python is still text: an info finding at the line of the error, exit 0 (the rest of the run is linted)."
    p = tmp_path / "old.py"
    p.write_text("import pandas as pd\n\nif x\n")
    status, out, err = run("lint", p, "--format", "json")
    assert (status, err) == (0, "")
    (f,) = json.loads(out)["findings"]
    assert (f["code"], f["severity"], f["location"]) == ("MLNB-C006", "info", {"path": str(p), "line": 3})
    p.write_bytes(b"x = 1\x00\n")  # a NUL byte: text, but not Python
    status, out, err = run("lint", p, "--format", "json")
    assert (status, err) == (0, "") and [f["code"] for f in json.loads(out)["findings"]] == ["MLNB-C006"]


def test_folder_named_like_a_notebook_is_not_a_file(tmp_path):
    (tmp_path / "checkpoints.ipynb").mkdir()
    (tmp_path / "a.py").write_text(LEAK)
    assert lint_paths([tmp_path]).inputs["paths"] == [str(tmp_path / "a.py")]


def test_python_api_refuses_non_text_cells():
    with pytest.raises(MlnbError, match="Cell 1 is null, not code"): lint_cells(["x = 1", None])
    with pytest.raises(MlnbError, match="not one string"): lint_cells("x = 1")
    with pytest.raises(MlnbError, match="A script is text, not a number"): lint_source(3)
    with pytest.raises(MlnbError, match="The dict given is not a readable notebook: it is a list"): lint_notebook([])
    assert [f.code for f in lint_cells([LEAK.splitlines(True)])] == ["MLNB-C001"]


def test_installed_command_exits_2_with_one_line(tmp_path):
    "The real `mlnb` executable, as a CI gate runs it."
    p = tmp_path / "corrupt.ipynb"
    p.write_bytes(b"\x00\x01garbage")
    r = mlnb("lint", p)
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith("mlnb: error: corrupt.ipynb is not a readable notebook: not JSON (") and "Traceback" not in r.stderr
