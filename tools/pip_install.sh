#!/usr/bin/env bash
# pip install that survives a flaky network: CI machines have had a download cut off mid-file
# (pandas, 3.9 of 12.4 MB, six resumes, then the whole run failed after 24 s).
# Usage: tools/pip_install.sh PYTHON PIP-INSTALL-ARGS...
# Upgrades pip first (older pips lack --resume-retries), then installs the arguments; each step
# is tried up to 4 times, waiting longer each time. Wheels already downloaded stay in pip's cache.
set -uo pipefail
py=$1; shift
attempt() {
  local i
  for i in 1 2 3 4; do
    "$@" && return 0
    [ "$i" -lt 4 ] && { echo "== pip failed (attempt $i of 4); trying again in $((i * 20)) s" >&2; sleep $((i * 20)); }
  done
  echo "== pip failed 4 times: check the network (a proxy, or PyPI itself), then run the command again" >&2
  return 1
}
attempt "$py" -m pip install --quiet --upgrade pip || exit 1
attempt "$py" -m pip install --quiet --retries 10 --resume-retries 20 "$@"
