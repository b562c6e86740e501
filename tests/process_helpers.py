"""What the tests that drive `marsad` as a separate process share: a free local port, and the CLI run with an
environment of its own."""

from __future__ import annotations

import socket
import subprocess
import sys


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_marsad(env: dict[str, str], *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``python -m marsad ARGS`` with ``env``, its output captured; never raises on a non-zero exit."""
    return subprocess.run([sys.executable, "-m", "marsad", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
