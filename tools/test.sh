#!/usr/bin/env bash
# Everything CI runs (`make test` calls this; `.ci/run` calls `make test`).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
start=$(date +%s)

echo "== 1/3 notebooks and generated code in sync (nbdev-export, nbdev-clean change nothing)"
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

echo "== 2/3 nbdev-test (on a copy of nbs/, keeping outputs for the docs) and the docs site"
$BIN/python tools/build_docs.py

echo "== 3/3 pytest: CLI, import time, demo, browser tests on JupyterLab and the docs site ($(( $(date +%s) - start )) s so far)"
exec $BIN/python -m pytest
