"""`import mlnb` stays light: heavy libraries are imported where they are used, never at import."""
import subprocess, sys

import pytest

HEAVY = ["sklearn", "matplotlib", "shap", "lime", "mlflow", "optuna", "dask", "distributed", "papermill", "ipywidgets"]


def imported_modules(statement: str) -> set[str]:
    "Top-level packages imported by `statement`, read from `python -X importtime`."
    r = subprocess.run([sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True)
    names = set()
    for line in r.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    assert names, r.stderr  # the parse must see the modules, or the test would pass vacuously
    return names


@pytest.mark.parametrize("statement", ["import mlnb", "import mlnb.core", "import mlnb.data", "import mlnb.cli",
                                       "import mlnb.metrics", "import mlnb.tune", "import mlnb.lint",
                                       "import mlnb.errors", "import mlnb.explain", "import mlnb.fairness", "import mlnb.card",
                                       "import mlnb.pipeline", "import mlnb.tracking"])
def test_no_heavy_imports(statement):
    heavy = sorted(set(HEAVY) & imported_modules(statement))
    assert not heavy, f"`{statement}` imports {heavy}; import them inside the functions that need them"


def test_the_check_detects_a_heavy_import():
    assert "sklearn" in imported_modules("import mlnb; import sklearn")
