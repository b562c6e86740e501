"""`marsad serve` itself: the command starts uvicorn over MARSAD_HOME (with two workers here), answers,
and stops cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from api_helpers import BENALI, PROJECT_ROOT, free_port, load_fixture_store


def test_marsad_serve_with_two_workers(tmp_path: Path) -> None:
    home = load_fixture_store(tmp_path)
    port = free_port()
    env = {**os.environ, "MARSAD_HOME": str(home), "MARSAD_PORT": str(port)}
    process = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--workers", "2"], cwd=PROJECT_ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.stdout.read().decode() if process.stdout else ""
            try:
                answer = httpx.get(f"{url}/persons/{BENALI}", timeout=5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "marsad serve did not answer within 60 s"
                time.sleep(0.3)
        assert answer.status_code == 200 and answer.json()["label"] == "محمد بنعلي"
        pages = [httpx.get(url + "/", timeout=10) for _ in range(6)]  # spread over both workers
        assert all(p.status_code == 200 and 'dir="rtl"' in p.text for p in pages)
    finally:
        process.terminate()
        assert process.wait(timeout=30) is not None
