"""Hostile input to the JupyterLab extension's server side: whatever a client sends, the lint and pipeline endpoints answer
or refuse with an MlnbError (a 400 with its message), never crash, and never read outside the served folder; any
metadata a notebook carries in `mlnb.ignore` ignores nothing it should not and is reported when it is not valid."""
import json, shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import ROOT
from mlnb.core import MlnbError
from mlnb.lab import lint_request, pipeline_request
from mlnb.lint import lint_notebook

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=20)
CELL = st.fixed_dictionaries({"cell_type": st.sampled_from(["code", "markdown", "raw"]),
                              "source": st.sampled_from(["", "X = StandardScaler().fit_transform(X)", "df = pd.read_csv('a.csv')",
                                                         "X_tr, X_te = train_test_split(X)", "print(m.score(X_te, y_te))", "%%bash\nls"])},
                             optional={"id": st.text(max_size=8), "execution_count": st.none() | st.integers(0, 99), "metadata": JSON})
LEAKY = ["import pandas as pd\nfrom sklearn.preprocessing import StandardScaler\nfrom sklearn.model_selection import train_test_split\n"
         "from sklearn.linear_model import LogisticRegression\ndf = pd.read_csv('churn.csv')\nX, y = df.drop(columns='churned'), df['churned']",
         "X = StandardScaler().fit_transform(X)\nX_tr, X_te, y_tr, y_te = train_test_split(X, y)",
         "m = LogisticRegression().fit(X_tr, y_tr)\nprint(m.score(X_te, y_te))"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(JSON, st.fixed_dictionaries({"cells": st.lists(CELL | JSON, max_size=6)}, optional={"metadata": JSON, "path": JSON})))
def test_lint_request_answers_or_refuses(body):
    try: answer = lint_request(body)
    except MlnbError as ex: assert str(ex).strip(); return
    json.dumps(answer)  # what the handler sends
    for f in answer["findings"]:
        for m in f["marks"]: assert 0 <= m["cell"] < len(body["cells"]) and m["line"] >= 1


@settings(max_examples=200, deadline=None)
@given(st.lists(JSON, max_size=5))
def test_any_ignore_metadata_ignores_only_what_it_names(entries):
    nb = {"cells": [{"cell_type": "code", "source": s, "metadata": {}, "id": f"c{i}"} for i, s in enumerate(LEAKY)],
          "metadata": {"mlnb": {"ignore": entries}}}
    r = lint_notebook(nb)
    leak = [f for f in r.findings if f.code == "MLNB-C001"]
    assert len(leak) == 1
    named = any(isinstance(e, dict) and e.get("code") == "MLNB-C001" and isinstance(e.get("reason"), str) and e["reason"].strip()
                and e.get("key") is None and e.get("cell") is None for e in entries)
    if named: assert leak[0].ignored is not None
    if not any(isinstance(e, dict) and e.get("code") == "MLNB-C001" for e in entries): assert leak[0].ignored is None
    bad = [f for f in r.findings if f.code == "MLNB-C010"]
    assert all(f.ignored is None for f in bad)  # a report about ignores is never itself ignored by them


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.one_of(JSON, st.sampled_from(["../x.ipynb", "/etc/passwd", "tiny/../../x.ipynb", "tiny/make.ipynb", "", ".", "tiny",
                                             "tiny/%2e%2e/x", "tiny/make.ipynb\x00", "~/x.ipynb"]), st.text(max_size=20)))
def test_pipeline_request_stays_inside_the_served_folder(tmp_path_factory, path):
    served = tmp_path_factory.getbasetemp()/"served"
    if not (served/"tiny").exists(): shutil.copytree(ROOT/"tests"/"pipelines"/"tiny", served/"tiny")
    try: answer = pipeline_request({"path": path, "cells": []}, served)
    except MlnbError as ex: assert str(ex); return
    if answer["pipeline"] is not None: assert answer["pipeline"]["spec"] == "tiny/mlnb.yml"
