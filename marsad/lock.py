"""One writer at a time per MARSAD_HOME: `marsad ingest` and `marsad neo4j sync` hold ``writer.lock``.

The lock is an OS file lock (``fcntl.flock``) on ``MARSAD_HOME/writer.lock``, so the kernel releases it
when its holder dies, even by ``kill -9``. The file also says who holds it (pid, command line, start
time): a second writer that finds the lock taken refuses with a message naming the running one, or,
asked to wait, waits for it. A holder that ends normally empties the file; a file still naming a
process when the lock is free means that process died mid-run (a stale lock): the new writer says so
and takes over — every write is per document and idempotent, so rerunning the same ingest completes
what the dead one left.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.core.errors import WriterBusy

LOCK_FILE = "writer.lock"

Say = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds (or last held) the writer lock."""

    pid: int
    command: str
    started: str

    def describe(self) -> str:
        return f"pid {self.pid}, `{self.command}`, started {self.started}"


def alive(pid: int) -> bool:
    """Whether process ``pid`` exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _read_holder(fd: int) -> Holder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 65536)
    try:
        data = json.loads(raw.decode("utf-8"))
        return Holder(pid=int(data["pid"]), command=str(data["command"]), started=str(data["started"]))
    except (ValueError, KeyError, TypeError):  # empty (released cleanly) or being written right now
        return None


def _write_holder(fd: int, holder: Holder) -> None:
    payload = json.dumps({"pid": holder.pid, "command": holder.command, "started": holder.started},
                         ensure_ascii=False).encode("utf-8")
    os.ftruncate(fd, 0)
    os.pwrite(fd, payload + b"\n", 0)


def _probe(home: Path) -> tuple[bool, Holder | None]:
    """Whether a process holds the writer lock of ``home`` now, and whom the lock file names then."""
    try:
        fd = os.open(home / LOCK_FILE, os.O_RDWR)
    except OSError:
        return False, None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True, _read_holder(fd)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False, None
    finally:
        os.close(fd)


def current_holder(home: Path) -> Holder | None:
    """The process holding the writer lock of ``home`` now, or None when no writer runs."""
    return _probe(home)[1]


def writer_running(home: Path) -> bool:
    """Whether a process holds the writer lock of ``home`` now (an ingest, a Neo4j sync)."""
    return _probe(home)[0]


def _busy_message(home: Path, holder: Holder | None, *, wait_hint: bool) -> str:
    who = (f"another writer is running on MARSAD_HOME {home}: {holder.describe()}" if holder is not None
           else f"another writer holds {home / LOCK_FILE}")
    if holder is not None and not alive(holder.pid):
        who += (" — that pid has exited, but a process it started still holds the lock "
                f"(`fuser {home / LOCK_FILE}` names it)")
    hint = (". Wait for it to finish, or rerun with --wait to start as soon as it does" if wait_hint
            else "; waiting for it to finish")
    stop = f" (to stop it: `kill {holder.pid}`; what it stored so far stays valid)" if holder is not None else ""
    return who + hint + stop


@contextlib.contextmanager
def writer_lock(home: Path, *, wait: bool = False, say: Say = lambda _: None,
                command: str | None = None) -> Iterator[Holder]:
    """Hold the writer lock of ``home`` for the duration of the block.

    Raises WriterBusy naming the running writer when it is taken, unless ``wait`` (then blocks, after
    saying so). Says when it takes over the lock of a writer that died.
    """
    home.mkdir(parents=True, exist_ok=True)
    path = home / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            if not wait:
                raise WriterBusy(_busy_message(home, holder, wait_hint=True),
                                 detail={"pid": holder.pid if holder else None, "lock": str(path)}) from None
            say(_busy_message(home, holder, wait_hint=False))
            fcntl.flock(fd, fcntl.LOCK_EX)
        previous = _read_holder(fd)
        if previous is not None and previous.pid != os.getpid():
            say(f"the previous writer on this MARSAD_HOME ({previous.describe()}) did not finish: it was killed "
                "or crashed. Taking over its stale lock; documents it did not complete are written now")
        me = Holder(pid=os.getpid(), command=command or " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
                    started=time.strftime("%Y-%m-%d %H:%M:%S %Z"))
        _write_holder(fd, me)
        try:
            yield me
        finally:
            os.ftruncate(fd, 0)  # a clean end: an empty file tells the next writer nothing was left half-done
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
