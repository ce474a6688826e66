# Two commands do everything; each sets up .venv itself (created if missing, reinstalled only
# when pyproject.toml changed, so a second run starts at once).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.mlnb-installed

.PHONY: demo test docs lab venv

# The JupyterLab extension's sources: when they change, the install rebuilds its JavaScript (Node.js needed).
EXT_SRC := labextension/package.json labextension/tsconfig.json $(wildcard labextension/src/*.ts labextension/style/*)

$(STAMP): pyproject.toml $(EXT_SRC)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@command -v node >/dev/null 2>&1 || { echo "Node.js is needed to build mlnb's JupyterLab extension (apt-get install nodejs)" >&2; exit 1; }
	rm -rf mlnb/labextension
	bash tools/pip_install.sh $(BIN)/python -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/python examples/demo.py

test: $(STAMP)
	bash tools/test.sh

docs: $(STAMP)
	$(BIN)/python tools/build_docs.py

lab: $(STAMP)
	$(BIN)/jupyter lab
