"""Paths and small helpers for the tests."""
import socket, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ARTIFACTS = ROOT/"test-artifacts"


def mlnb(*args, cwd=None, timeout=120) -> subprocess.CompletedProcess:
    "Run the installed `mlnb` command as a user would; text output captured."
    return subprocess.run([str(BIN/"mlnb"), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=timeout)


def free_port() -> int:
    "A TCP port on 127.0.0.1 that nothing listens on right now."
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
