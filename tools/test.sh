#!/usr/bin/env bash
# Everything CI runs (`make test` calls this; `.ci/run` calls `make test`).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
start=$(date +%s)

echo "== 1/4 a bare install (pip install ., no extras): the core works; each feature that needs an extra names it"
BARE=.venv-bare  # built once, rebuilt when pyproject.toml changes; mlnb itself is reinstalled every run
if [ ! -x $BARE/bin/python ] || [ pyproject.toml -nt $BARE/.mlnb-installed ]; then
  rm -rf $BARE && python3 -m venv $BARE
  bash tools/pip_install.sh $BARE/bin/python . pytest
  touch $BARE/.mlnb-installed
else
  $BARE/bin/python -m pip install --quiet --no-deps --force-reinstall .
fi
rm -rf build  # what the wheel build leaves behind
$BARE/bin/python -m pytest -q -p no:cacheprovider tests/test_lean.py

echo "== 2/4 notebooks and generated code in sync (nbdev-export, nbdev-clean change nothing)"
snapshot() { find nbs mlnb -type f \( -name '*.ipynb' -o -name '*.py' \) -not -path '*/.ipynb_checkpoints/*' \
               -not -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum; }
before=$(snapshot)
$BIN/nbdev-export
$BIN/nbdev-clean
after=$(snapshot)
# In CI (a clean clone) anything uncommitted under nbs/ or mlnb/ after export + clean is a failure too:
# it catches a generated file that was regenerated locally but never committed.
if [ "${CI:-}" = "true" ] && [ -n "$(git status --porcelain -- nbs mlnb)" ]; then
  echo "FAILED: nbdev-export / nbdev-clean change committed files; run them and commit the result:" >&2
  git status --porcelain -- nbs mlnb | sed 's/^/  /' >&2
  exit 1
fi
if [ "$before" != "$after" ]; then
  echo "FAILED: these files change under nbdev-export / nbdev-clean; run them and commit the result:" >&2
  diff <(echo "$before") <(echo "$after") | grep '^[<>]' | awk '{print "  " $3}' | sort -u >&2
  exit 1
fi

echo "== 3/4 nbdev-test (on a copy of nbs/, keeping outputs for the docs) and the docs site"
$BIN/python tools/build_docs.py

echo "== 4/4 pytest: CLI, import time, demo, browser tests on JupyterLab and the docs site ($(( $(date +%s) - start )) s so far)"
exec $BIN/python -m pytest
