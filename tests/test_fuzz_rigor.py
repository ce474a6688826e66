"""Property tests (hypothesis) of the modelling-rigor checks on hostile input: `evaluate_test` + `check_holdout` return a
report whose views render, or raise `MlnbError`; `base_rates` returns shares that sum to one per part; the one-feature
rule fits (or raises `MlnbError`) and predicts one value per row. Never another exception."""
import numpy as np
from hypothesis import strategies as st
from sklearn.dummy import DummyClassifier

from mlnb.core import MlnbError
from mlnb.holdout import base_rates, check_holdout, evaluate_test
from mlnb.metrics import evaluate
from test_fuzz_data import OUTCOMES, api_property, bounded, frames, run_property


def test_check_holdout(capsys):
    def body(args):
        df, cut = args
        X, y = df.drop(columns=["y"]), df["y"]
        k = min(max(1, cut), len(df) - 1) if len(df) > 1 else 0
        with bounded():
            try:
                cv = evaluate(DummyClassifier(), X[:k], y[:k], cv=2, metrics=["accuracy"])
                report = check_holdout(cv, evaluate_test(DummyClassifier(), X[:k], y[:k], X[k:], y[k:], metrics=["accuracy"]),
                                       y[:k], y[k:])
            except MlnbError:
                OUTCOMES["MlnbError"] = OUTCOMES.get("MlnbError", 0) + 1
                return
        OUTCOMES["report"] = OUTCOMES.get("report", 0) + 1
        assert report.to_html() and report.to_text() and report.to_json()
        assert {f.code for f in report} <= {"MLNB-M015", "MLNB-M016", "MLNB-M017"}
    run_property("check_holdout", st.tuples(frames(max_rows=40, max_cols=3, min_rows=0), st.integers(0, 40)), body, 60, capsys)


def test_base_rates(capsys):
    def body(args):
        a, b = args
        rates, p = base_rates(np.array(a), np.array(b), "binary")
        OUTCOMES["report"] = OUTCOMES.get("report", 0) + 1
        assert np.allclose(rates[["train share", "test share"]].sum(), 1) and 0 <= p <= 1
    labels = st.lists(st.sampled_from(["yes", "no"]), min_size=1, max_size=50)
    run_property("base_rates", st.tuples(labels, labels), body, 100, capsys)


def test_one_rule(capsys):
    "OneRule fits any table of the generator (or says why not) and predicts one value per row, from its own rule."
    from mlnb.rules import OneRuleClassifier, OneRuleRegressor
    def body(df):
        X, y = df.drop(columns=["y"]), df["y"]
        y = y.iloc[:, 0] if y.ndim == 2 else y  # MultiIndex columns
        regression = y.dtype.kind == "f"
        with bounded():
            try: rule = (OneRuleRegressor if regression else OneRuleClassifier)().fit(X, y)
            except MlnbError:
                OUTCOMES["refused"] = OUTCOMES.get("refused", 0) + 1
                return
            pred = rule.predict(X)
        OUTCOMES["report"] = OUTCOMES.get("report", 0) + 1
        assert len(pred) == len(X) and isinstance(rule.rule_, str) and rule.rule_
        if not regression: assert np.allclose(rule.predict_proba(X).sum(axis=1), 1)
    run_property("one_rule", frames(max_rows=40, max_cols=4, min_rows=1), body, 100, capsys)


def test_compare_imbalance(capsys):
    "compare_imbalance on hostile small tables: a report with a recommendation among its strategies, or an MlnbError."
    from mlnb.imbalance import compare_imbalance
    def body(df):
        X, y = df.drop(columns=["y"]), df["y"]
        report = api_property(compare_imbalance, X, y.iloc[:, 0] if y.ndim == 2 else y, cv=2, metrics=["balanced_accuracy"])
        assert report is None or report.recommended_ in set(report.strategies_.index)
    import pandas as pd
    valid = pd.DataFrame({"x": np.arange(40.0), "c": ["a", "b"] * 20, "y": [1] * 10 + [0] * 30})  # always runs: a rare class of 10
    run_property("compare_imbalance", frames(max_rows=40, max_cols=3, min_rows=0), body, 25, capsys, known=[valid])


def test_diagnose(capsys):
    "diagnose on hostile small tables: curves whose sizes grow, or an MlnbError."
    import pandas as pd
    from mlnb.diagnose import diagnose
    def body(df):
        X, y = df.drop(columns=["y"]), df["y"]
        report = api_property(diagnose, X, y.iloc[:, 0] if y.ndim == 2 else y, cv=2)
        assert report is None or report.learning_curve_["rows"].is_monotonic_increasing
    valid = pd.DataFrame({"x": np.arange(40.0), "c": ["a", "b"] * 20, "y": [1] * 15 + [0] * 25})
    run_property("diagnose", frames(max_rows=40, max_cols=3, min_rows=0), body, 20, capsys, known=[valid])


def test_nested_tune(capsys):
    "tune with nested cross-validation on hostile small tables: a nested estimate per outer fold, or an MlnbError."
    import pandas as pd
    from sklearn.tree import DecisionTreeClassifier
    from mlnb.tune import tune
    def body(df):
        X, y = df.drop(columns=["y"]), df["y"]
        y = y.iloc[:, 0] if y.ndim == 2 else y
        X = X.select_dtypes("number")  # a bare tree: the features must be numbers (a non-number is its own error, tested elsewhere)
        report = api_property(tune, DecisionTreeClassifier(), {"max_depth": ("int", 1, 4)}, X, y, cv=2, n_trials=2, nested=2, log=False)
        assert report is None or (len(report.nested_) == 2 and report.nested_score_ is not None)
    valid = pd.DataFrame({"x": np.arange(40.0), "z": np.arange(40.0) % 7, "y": [1] * 15 + [0] * 25})
    run_property("nested tune", frames(max_rows=40, max_cols=3, min_rows=0), body, 20, capsys, known=[valid])
