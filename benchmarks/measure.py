"""Measuring a run: wall time, CPU seconds and peak resident memory of a whole process tree.

CPU seconds (user + system, this process and every child it waited for) are what a run costs
whatever else the machine is doing; wall time depends on how busy the shared machine is. Peak RSS
is sampled from /proc every 0.1 s as the sum over the process and all its descendants (Linux).
"""

from __future__ import annotations

import contextlib
import os
import resource
import threading
import time
from dataclasses import dataclass
from pathlib import Path


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its children that have been waited for."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _tree(pid: int) -> list[int]:
    tree, found, todo = _children(), [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(tree.get(current, ()))
    return found


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, summed (a page shared by several processes, as
    after a fork, counts once for each)."""
    total, page = 0, os.sysconf("SC_PAGE_SIZE")
    for current in _tree(pid):
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * page
    return total


def tree_pss_bytes(pid: int) -> int:
    """Proportional set size of ``pid`` and its descendants (Linux ``smaps_rollup``): a page shared by n
    processes counts 1/n in each, so the sum is the physical memory the tree holds."""
    total = 0
    for current in _tree(pid):
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024
                    break
    return total


@dataclass
class PeakRss:
    """Samples the resident memory of this process tree in a thread while in a ``with`` block: the peak of
    the summed RSS and the peak of the proportional set size (shared pages counted once)."""

    interval: float = 0.1
    peak: int = 0
    peak_pss: int = 0

    def __enter__(self) -> PeakRss:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.is_set():
            self._take()
            self._stop.wait(self.interval)

    def _take(self) -> None:
        self.peak = max(self.peak, tree_rss_bytes(os.getpid()))
        self.peak_pss = max(self.peak_pss, tree_pss_bytes(os.getpid()))

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._take()


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


class Timer:
    """Wall and CPU seconds (this process tree) of a ``with`` block."""

    def __enter__(self) -> Timer:
        self._wall, self._cpu = time.perf_counter(), cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.result = Timing(wall=time.perf_counter() - self._wall, cpu=cpu_seconds() - self._cpu)


def first_lines(path: Path, limit: int, out: Path) -> Path:
    """The first ``limit`` lines of a .jsonl file written to ``out``, so a quick run can be asked for."""
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= limit:
                break
            dst.write(line)
    return out
