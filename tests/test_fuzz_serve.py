"""Property tests (hypothesis) of the serving gate on hostile requests: `parse_request` returns a table or raises
`RequestError` with a 4xx status; `check_request` returns a report for any table; neither repeats a value it was sent
(a marker string planted in every value never appears in an error or a finding). Never another exception."""
import json

import numpy as np
import pandas as pd
from hypothesis import strategies as st

from mlnb.serve import RequestError, check_request, parse_request
from mlnb.validate import infer_schema
from test_fuzz_data import OUTCOMES, bounded, run_property

MARK = "SECRET-7f3a"  # planted in the values sent: it must never come back
SCHEMA = infer_schema(pd.DataFrame({"age": np.arange(20.0), "plan": ["basic", "pro"] * 10,
                                    "signup": pd.date_range("2024-01-01", periods=20).astype(str)}))
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
                   st.sampled_from([MARK, f"{MARK}-basic", "basic", "pro", "2024-01-05", f"2024-{MARK}", ""]), st.text(max_size=5))
KEYS = st.sampled_from(["age", "plan", "signup", "agee", "a column nobody trained on", ""])  # names may come back; values never
ROW = st.dictionaries(KEYS, VALUES, max_size=5)
BODY = st.one_of(
    st.builds(lambda rows: {"dataframe_records": rows}, st.lists(ROW, max_size=6)),
    st.builds(lambda cols, data: {"dataframe_split": {"columns": cols, "data": data}}, st.lists(KEYS, max_size=4),
              st.lists(st.lists(VALUES, max_size=4), max_size=5)),
    st.builds(lambda rows: {"instances": rows}, st.lists(st.lists(VALUES, min_size=3, max_size=3) | ROW, max_size=5)),
    st.builds(lambda d: {"inputs": d}, st.dictionaries(KEYS, st.lists(VALUES, max_size=4), max_size=4)),
    st.dictionaries(st.sampled_from(["rows", "dataframe_records", "data"]), VALUES, max_size=3),
    st.recursive(VALUES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["a", "inputs"]), inner, max_size=3),
                 max_leaves=8))


def test_the_gate_never_crashes_and_never_repeats_a_value(capsys):
    def body(obj):
        raw = json.dumps(obj).encode() if not isinstance(obj, bytes) else obj
        with bounded():
            try: df = parse_request(raw, SCHEMA.names)
            except RequestError as ex:
                assert 400 <= ex.status < 500 and MARK not in str(ex)
                OUTCOMES["RequestError"] = OUTCOMES.get("RequestError", 0) + 1
                return
            report = check_request(df, SCHEMA)
        assert MARK not in report.to_json() and MARK not in report.to_text()
        OUTCOMES["report"] = OUTCOMES.get("report", 0) + 1
    known = [{"dataframe_records": [{"age": 3.0, "plan": "basic", "signup": "2024-01-05"}]}]
    run_property("serve gate", BODY, body, 150, capsys, known=known)
