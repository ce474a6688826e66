"""Bad data through the command line, one test per class of defect (issue 11): dates in several formats, inf,
numbers mixed with text, repeated header names, a one-class target, seeds out of range.

Each command runs in-process (`mlnb.cli.main`), as the user's shell would run it, and is judged by its contract:
exit 0 / 1 by findings, 2 with one line saying what to fix, never a traceback."""
import json

import numpy as np
import pandas as pd
import pytest

from mlnb.cli import main


def run(capfd, *argv):
    "Exit status, stdout, stderr of `mlnb ARGV`."
    status = main([str(a) for a in argv])
    out, err = capfd.readouterr()
    assert "Traceback" not in err, err
    return status, out, err


def findings(out):
    return {(f["code"], f["severity"]) for f in json.loads(out)["findings"]}


def csv(tmp_path, name, df):
    path = tmp_path/name
    df.to_csv(path, index=False)
    return path


# --- 1. dates: one format per column, never a per-value guess

@pytest.fixture
def mixed_dates(tmp_path):
    "Dated rows, three quarters ISO, the latest quarter day-first: a per-value guess tests on the past."
    iso = [f"2024-01-{d:02d}" for d in range(1, 29)] * 3
    dmy = [f"{d:02d}/02/2024" for d in range(13, 29)] * 2 + [f"{d:02d}/01/2024" for d in range(1, 13)] * 2
    n = len(iso) + len(dmy)
    return csv(tmp_path, "mixed.csv", pd.DataFrame({"day": iso + dmy, "x": np.arange(n) % 7, "y": [0, 1] * (n // 2)}))


def test_split_on_mixed_dates_is_a_usage_error_naming_each_format(capfd, mixed_dates):
    status, _, err = run(capfd, "split", mixed_dates, "--target", "y", "--time", "day")
    assert status == 2 and len(err.strip().splitlines()) == 1, err
    assert "written in 2 formats" in err and "(ISO8601)" in err and "(%d/%m/%Y)" in err and "--time-format" in err


def test_split_on_ambiguous_dates_asks_for_the_format_and_uses_it(capfd, tmp_path):
    days = [f"{m:02d}/{d:02d}/2024" for m in range(1, 13) for d in range(1, 13)]  # no part above 12
    path = csv(tmp_path, "amb.csv", pd.DataFrame({"day": days, "y": [0, 1] * 72}))
    status, _, err = run(capfd, "split", path, "--target", "y", "--time", "day")
    assert status == 2 and "fit 2 formats" in err and "--time-format '%d/%m/%Y' or '%m/%d/%Y'" in err, err
    status, out, _ = run(capfd, "split", path, "--target", "y", "--time", "day", "--time-format", "%m/%d/%Y", "--format", "json")
    assert status in (0, 1) and json.loads(out)["split"]["params"]["time_format"] == "%m/%d/%Y"
    assert ("MLNB-S004", "error") not in findings(out)  # read month-first as asked: test rows are later


def test_check_reports_mixed_dates_and_compares_nothing_on_a_guess(capfd, tmp_path, mixed_dates):
    status, out, _ = run(capfd, "check", mixed_dates, "--target", "y", "--time", "day", "--format", "json")
    assert ("MLNB-K001", "error") in findings(out) and status == 1
    test = csv(tmp_path, "test.csv", pd.read_csv(mixed_dates).tail(20))
    status, out, _ = run(capfd, "check", mixed_dates, "--test", test, "--target", "y", "--time", "day", "--format", "json")
    codes = [f["code"] for f in json.loads(out)["findings"]]
    assert codes.count("MLNB-K001") == 1 and "MLNB-L005" not in codes, codes


def test_check_reports_the_true_end_date_of_a_day_first_column(capfd, tmp_path):
    frame = lambda days: pd.DataFrame({"day": [f"{d:02d}/01/2024" for d in days], "x": range(len(days)), "y": [0, 1] * (len(days) // 2)})
    train, test = csv(tmp_path, "train.csv", frame(range(1, 29))), csv(tmp_path, "test.csv", frame(range(13, 23)))
    status, out, _ = run(capfd, "check", train, "--test", test, "--target", "y", "--time", "day", "--format", "json")
    late = [f for f in json.loads(out)["findings"] if f["code"] == "MLNB-L005"]
    assert late and "training ends 2024-01-28" in late[0]["message"] and "test starts 2024-01-13" in late[0]["message"]


# --- 2. inf is not a number a check may ignore

def test_inf_in_a_feature_or_the_target_is_a_finding(capfd, tmp_path):
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"x": rng.normal(size=200), "z": rng.normal(size=200), "y": rng.normal(size=200)})
    df.loc[5, "x"] = np.inf
    status, out, _ = run(capfd, "check", csv(tmp_path, "fx.csv", df), "--target", "y", "--format", "json")
    assert ("MLNB-D005", "warning") in findings(out) and status == 0
    df.loc[7, "y"] = -np.inf
    status, out, _ = run(capfd, "check", csv(tmp_path, "fy.csv", df), "--target", "y", "--format", "json")
    assert ("MLNB-D006", "error") in findings(out) and status == 1


def test_metrics_suggest_reasons_on_finite_values(capfd, tmp_path):
    y = np.r_[np.random.default_rng(0).normal(100, 10, 300), [np.inf] * 3]
    status, out, _ = run(capfd, "metrics", "suggest", csv(tmp_path, "t.csv", pd.DataFrame({"y": y})), "--target", "y", "--format", "json")
    codes = [f["code"] for f in json.loads(out)["findings"]]
    assert codes == ["MLNB-D006"] and status == 1  # no outlier / skew advice about the inf rows
    assert json.loads(out)["primary"] == "neg_root_mean_squared_error"


def test_baselines_with_inf_or_only_the_target(capfd, tmp_path):
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"x": rng.normal(size=120), "y": rng.integers(0, 2, 120)})
    df.loc[3, "x"] = np.inf
    status, out, _ = run(capfd, "baselines", csv(tmp_path, "b.csv", df), "--target", "y", "--format", "json")
    assert status in (0, 1) and ("MLNB-D005", "warning") in findings(out)
    df.loc[3, "x"], df["y"] = 0.0, rng.normal(size=120)
    df.loc[4, "y"] = np.inf
    status, _, err = run(capfd, "baselines", csv(tmp_path, "by.csv", df), "--target", "y")
    assert status == 2 and "infinite values" in err, err
    status, _, err = run(capfd, "baselines", csv(tmp_path, "only.csv", df[["y"]].assign(y=[0, 1] * 60)), "--target", "y")
    assert status == 2 and "no feature columns" in err, err


# --- 3. mixed types, bad targets, repeated header names

def test_numbers_mixed_with_text_in_a_feature_and_in_the_target(capfd, tmp_path):
    df = pd.DataFrame({"n": ["1", "2", "?", "4"] * 25, "x": range(100), "y": [0, 1, "yes", 1] * 25})
    path = csv(tmp_path, "mix.csv", df)
    status, out, _ = run(capfd, "check", path, "--target", "y", "--format", "json")
    assert {("MLNB-D007", "warning"), ("MLNB-D008", "error")} <= findings(out) and status == 1
    status, out, _ = run(capfd, "metrics", "suggest", path, "--target", "y", "--format", "json")
    assert ("MLNB-D008", "error") in findings(out) and status == 1


def test_repeated_header_names_are_refused_with_the_columns(capfd, tmp_path):
    path = tmp_path/"dup.csv"
    path.write_text("a,y,a\n1,0,2\n3,1,4\n")
    for argv in (("check", path, "--target", "y"), ("split", path, "--target", "y"), ("baselines", path, "--target", "y"),
                 ("metrics", "suggest", path, "--target", "y")):
        status, _, err = run(capfd, *argv)
        assert status == 2 and "repeats 1 column name: 'a' at columns 1, 3" in err, (argv, err)


# --- 4. split on a one-class target says what check says

def test_split_on_a_one_class_target_gives_checks_finding(capfd, tmp_path):
    path = csv(tmp_path, "one.csv", pd.DataFrame({"x": range(300), "y": 1}))
    s_status, s_out, _ = run(capfd, "split", path, "--target", "y", "--format", "json")
    c_status, c_out, _ = run(capfd, "check", path, "--target", "y", "--format", "json")
    assert ("MLNB-D002", "error") in findings(s_out) & findings(c_out)
    assert s_status == c_status == 1


# --- 5. seeds out of range: usage errors with the range, from the CLI and the Python API

@pytest.mark.parametrize("seed", ["-1", "4294967296"])
@pytest.mark.parametrize("command", ["split", "baselines", "data"])
def test_seed_out_of_range_is_a_usage_error(capfd, tmp_path, command, seed):
    path = csv(tmp_path, "s.csv", pd.DataFrame({"x": range(60), "y": [0, 1] * 30}))
    argv = ("data", "customers", "--seed", seed) if command == "data" else (command, path, "--target", "y", "--seed", seed)
    status, _, err = run(capfd, *argv)
    assert status == 2 and "from 0 to 4294967295" in err, err


def test_seed_out_of_range_in_the_python_api():
    from mlnb.core import MlnbError
    from mlnb.data import make_customers
    from mlnb.metrics import baselines, cv_splits
    from mlnb.split import split_data
    df = pd.DataFrame({"x": range(60), "y": [0, 1] * 30})
    for call in (lambda: split_data(df, "y", seed=-1), lambda: make_customers(seed=2**32),
                 lambda: baselines(df, "y", seed=-1, plot=False), lambda: cv_splits(df["y"], "binary", seed=2**32)):
        with pytest.raises(MlnbError, match="from 0 to 4,294,967,295"): call()


# --- 6. --help lists every exit status

def test_help_lists_exit_status_3(capfd):
    status, out, _ = run(capfd, "--help")
    assert status == 0 and "3 a bug in mlnb" in " ".join(out.split())
