"""The writer lock of a MARSAD_HOME: a second writer refuses naming the first, waits when asked, and takes over
the stale lock of a writer that died (its pid is gone), saying so."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from marsad.core.errors import WriterBusy
from marsad.lock import LOCK_FILE, current_holder, writer_lock


def test_a_second_writer_refuses_naming_the_first(tmp_path: Path) -> None:
    with writer_lock(tmp_path, command="marsad ingest a.jsonl") as me:
        assert current_holder(tmp_path) == me
        with pytest.raises(WriterBusy) as refused, writer_lock(tmp_path):
            pass
    message = refused.value.message
    assert f"another writer is running on MARSAD_HOME {tmp_path}: pid {me.pid}, `marsad ingest a.jsonl`" in message
    assert "rerun with --wait" in message and f"kill {me.pid}" in message
    assert refused.value.status == 409
    assert current_holder(tmp_path) is None
    assert (tmp_path / LOCK_FILE).read_bytes() == b""  # a clean end leaves nothing stale


def test_wait_blocks_until_the_first_writer_is_done(tmp_path: Path) -> None:
    said: list[str] = []
    released = threading.Event()

    def first() -> None:
        with writer_lock(tmp_path, command="first"):
            time.sleep(0.5)
            released.set()

    thread = threading.Thread(target=first)
    thread.start()
    while current_holder(tmp_path) is None:
        time.sleep(0.01)
    with writer_lock(tmp_path, wait=True, say=said.append, command="second") as me:
        assert released.is_set()  # it only got the lock once the first let go
        assert me.command == "second"
    thread.join()
    assert said and "waiting for it to finish" in said[0] and "`first`" in said[0]


def test_a_stale_lock_of_a_dead_writer_is_taken_over_and_said(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    pid = int(dead.stdout)  # a pid that existed and is gone
    (tmp_path / LOCK_FILE).write_text(json.dumps({"pid": pid, "command": "marsad ingest big.jsonl",
                                                  "started": "2026-01-01 10:00:00 UTC"}), encoding="utf-8")
    said: list[str] = []
    with writer_lock(tmp_path, say=said.append) as me:
        assert current_holder(tmp_path) == me
    assert len(said) == 1
    assert f"pid {pid}, `marsad ingest big.jsonl`" in said[0] and "did not finish" in said[0]


def test_the_cli_refuses_with_the_message_and_no_store_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    doc = tmp_path / "a.txt"
    doc.write_text("نص", encoding="utf-8")
    with writer_lock(home, command="marsad ingest elsewhere") as me:
        result = subprocess.run([sys.executable, "-m", "marsad", "ingest", "--no-neo4j", str(doc)],
                                env={"MARSAD_HOME": str(home), "COLUMNS": "300", "PATH": "/usr/bin:/bin"},
                                capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 1
    assert f"pid {me.pid}, `marsad ingest elsewhere`" in result.stderr
    assert "IO error" not in result.stderr and "Traceback" not in result.stderr
