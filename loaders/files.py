"""Finding and opening document files, so that no path is skipped without a word and none can hang a run.

Folders are walked recursively in sorted order, hidden entries skipped. Symbolic links are followed,
with each folder read once: a link back to a folder already read (a loop) is reported, not followed
again. A link that loops on itself or points nowhere, a FIFO, a socket or a device is reported with
what it is: a FIFO would block a reader forever, so files are opened non-blocking and checked to be
regular files before a byte is read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from marsad.core.errors import DocumentError

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def _not_regular(mode: int) -> str:
    what = next((label for test, label in _KINDS if test(mode)), "not a regular file")
    return f"{what}, not a regular file: not read"


def _unreachable(path: Path, exc: OSError) -> str:
    """Why ``path`` cannot be followed to a file or folder."""
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop: not read"
    if path.is_symlink():
        return f"a broken symbolic link (to {os.readlink(path)}): not read"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    return f"cannot read: {exc.strerror or exc}"


def iter_files(paths: Iterable[Path]) -> Iterator[Path | DocumentError]:
    """Every regular file under ``paths``, sorted per argument; a DocumentError for every other path."""
    for path in paths:
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            yield DocumentError(str(path), _unreachable(path, exc))
            continue
        if stat.S_ISDIR(mode):
            found: list[tuple[Path, Path | DocumentError]] = []
            _walk(path, found, visited=set())
            yield from (item for _, item in sorted(found, key=lambda pair: pair[0]))
        elif stat.S_ISREG(mode):
            yield path
        else:
            yield DocumentError(str(path), _not_regular(mode))


def _walk(folder: Path, found: list[tuple[Path, Path | DocumentError]], *, visited: set[tuple[int, int]]) -> None:
    st = folder.stat()
    if (st.st_dev, st.st_ino) in visited:
        found.append((folder, DocumentError(str(folder), "a symbolic link to a folder already read (a loop): "
                                            "not read again")))
        return
    visited.add((st.st_dev, st.st_ino))
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        found.append((folder, DocumentError(str(folder), f"cannot list folder: {exc.strerror or exc}")))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            found.append((path, DocumentError(str(path), _unreachable(path, exc))))
            continue
        if stat.S_ISDIR(mode):
            _walk(path, found, visited=visited)
        elif stat.S_ISREG(mode):
            found.append((path, path))
        else:
            found.append((path, DocumentError(str(path), _not_regular(mode))))


def open_regular(path: Path, *, name: str) -> tuple[BinaryIO, int]:
    """Open a regular file for reading without ever blocking on a FIFO; the file and its size."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise DocumentError(name, f"cannot read file: {exc.strerror or exc}") from None
    fh = os.fdopen(fd, "rb")
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        fh.close()
        raise DocumentError(name, _not_regular(st.st_mode))
    os.set_blocking(fd, True)
    return fh, st.st_size


def too_large(size: float, limit: int) -> str:
    return f"file is {size / 1e6:.1f} MB, over the limit of {limit / 1e6:.1f} MB (MARSAD_MAX_DOCUMENT_BYTES)"


def read_bytes(path: Path, *, name: str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (checked before and while reading)."""
    fh, size = open_regular(path, name=name)
    with fh:
        if size > limit:
            raise DocumentError(name, too_large(size, limit))
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise DocumentError(name, f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > limit:  # it grew after the size check
        raise DocumentError(name, too_large(len(data), limit))
    return data
