# Two commands do everything; each sets up .venv itself (created if missing, reinstalled only
# when pyproject.toml changed, so a second run starts at once).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.mlnb-installed

.PHONY: demo test docs lab venv

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
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
