"""Reading documents: .txt, .html, .json and .jsonl files, single files or whole folders.

Every document is either yielded as a SourceDocument or reported as a DocumentError naming the
document and the reason (empty, binary, not UTF-8, too large, malformed JSON, unsupported type).
Nothing is silently dropped and one bad document never stops the batch.

"The text as read" is the decoded UTF-8 (a leading BOM removed) with universal newlines (\\r\\n and
\\r become \\n), exactly as Python's ``Path.read_text(encoding="utf-8")`` gives it; evidence offsets
index into that text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.core.errors import DocumentError
from marsad.core.settings import Settings
from marsad.loaders.document import SourceDocument
from marsad.loaders.html import html_to_document

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
_COLLECTION_FACTOR = 100  # a .json collection may hold up to this many documents' worth of bytes

ReadResult = SourceDocument | DocumentError


def decode(data: bytes, *, name: str) -> str:
    """Decode document bytes as UTF-8 (with or without BOM), refusing binary and undecodable data."""
    if b"\x00" in data[:8192]:
        raise DocumentError(name, "binary file (contains NUL bytes), not a text document")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            name, f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} ({exc.reason})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_text(text: str, *, name: str) -> None:
    if not text.strip():
        raise DocumentError(name, "empty document (no text)")


def _title_of(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


def _read_bytes(path: Path, *, name: str, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise DocumentError(
                name, f"file is {size / 1e6:.1f} MB, over the limit of {limit / 1e6:.1f} MB "
                "(MARSAD_MAX_DOCUMENT_BYTES)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(name, f"cannot read file: {exc.strerror or exc}") from None


def _from_record(record: object, *, name: str, default_id: str, limit: int) -> SourceDocument:
    if not isinstance(record, dict):
        raise DocumentError(name, f"expected a JSON object with a 'text' field, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise DocumentError(name, "missing or non-string 'text' field")
    if len(text.encode("utf-8")) > limit:
        raise DocumentError(name, f"text is over the limit of {limit / 1e6:.1f} MB (MARSAD_MAX_DOCUMENT_BYTES)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_text(text, name=name)

    def opt(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value not in (None, "") else None

    published = opt("published")
    return SourceDocument(
        id=opt("id") or default_id, text=text, title=opt("title"),
        published=published[:10] if published else None, source=opt("source"), url=opt("url"), origin=name,
    )


def read_file(path: Path, *, settings: Settings) -> Iterator[ReadResult]:
    """Read one file: one document (.txt, .html), or several (.json list, .jsonl lines)."""
    name, limit, suffix = str(path), settings.max_document_bytes, path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, limit=limit)
            return
        if suffix == ".json":
            data = decode(_read_bytes(path, name=name, limit=limit * _COLLECTION_FACTOR), name=name)
            try:
                parsed = json.loads(data)
            except json.JSONDecodeError as exc:
                raise DocumentError(name, f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
            records = parsed if isinstance(parsed, list) else [parsed]
            for i, record in enumerate(records):
                label = name if len(records) == 1 else f"{name}[{i}]"
                try:
                    yield _from_record(record, name=label, default_id=path.stem if len(records) == 1
                                       else f"{path.stem}-{i}", limit=limit)
                except DocumentError as exc:
                    yield exc
            return
        text = decode(_read_bytes(path, name=name, limit=limit), name=name)
        if suffix in (".html", ".htm"):
            doc = html_to_document(text, doc_id=path.name, origin=name)
            _check_text(doc.text, name=name)
            yield doc
        elif suffix == ".txt":
            _check_text(text, name=name)
            yield SourceDocument(id=path.name, text=text, title=_title_of(text), origin=name)
        else:
            raise DocumentError(name, f"unsupported file type '{suffix}' (expected one of {', '.join(SUFFIXES)})")
    except DocumentError as exc:
        yield exc


def _read_jsonl(path: Path, *, limit: int) -> Iterator[ReadResult]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield DocumentError(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            name = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                if len(raw) > limit * 2:
                    raise DocumentError(name, f"line is over the limit of {limit / 1e6:.1f} MB")
                line = decode(raw, name=name)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DocumentError(name, f"invalid JSON: {exc.msg} at column {exc.colno}") from None
                yield _from_record(record, name=name, default_id=f"{path.stem}-{lineno}", limit=limit)
            except DocumentError as exc:
                yield exc


def iter_files(paths: Iterable[Path]) -> Iterator[Path | DocumentError]:
    """Expand folders (recursively, sorted, hidden files skipped); report paths that do not exist."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield DocumentError(str(path), "no such file or folder")


def read_path(path: Path, *, settings: Settings) -> Iterator[ReadResult]:
    """Read a file or every document file under a folder."""
    yield from read_paths([path], settings=settings)


def read_paths(paths: Iterable[Path], *, settings: Settings) -> Iterator[ReadResult]:
    for item in iter_files(paths):
        if isinstance(item, DocumentError):
            yield item
        else:
            yield from read_file(item, settings=settings)


def estimate_count(paths: Iterable[Path]) -> int:
    """A quick upper estimate of how many documents ``paths`` hold (for progress bars)."""
    total = 0
    for item in iter_files(paths):
        if isinstance(item, DocumentError):
            total += 1
        elif item.suffix.lower() == ".jsonl":
            with item.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total
