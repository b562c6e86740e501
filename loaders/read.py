"""Reading documents: .txt, .html, .json and .jsonl files, single files or whole folders.

Every document is either yielded as a SourceDocument or reported as a DocumentError naming the
document and the reason (empty, binary, NUL characters, not UTF-8, unpaired surrogates, too large,
malformed JSON, a missing or mistyped field, a duplicate id, unsupported type; see loaders/files.py for
links, FIFOs and the like). Nothing is silently dropped and one bad document never stops the batch.

"The text as read" is the decoded UTF-8 (a leading BOM removed) with universal newlines (\\r\\n and
\\r become \\n), exactly as Python's ``Path.read_text(encoding="utf-8")`` gives it; evidence offsets
index into that text. A .txt, .html or .json file that starts with a UTF-16 or UTF-32 byte-order mark is
decoded with that encoding (the mark is unambiguous); a .jsonl file must be UTF-8.

Two documents with the same id in one run: the first one read is kept, and a later one is refused
naming the first (an id names one document, and Marsad does not guess which of two texts is right;
files are read in sorted order, so the outcome is the same on every run, and a rerun changes nothing).
A changed text replaces the stored one when it is ingested in a later run.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.core.errors import DocumentError
from marsad.core.settings import Settings
from marsad.loaders.document import SourceDocument
from marsad.loaders.files import iter_files, open_regular, read_bytes
from marsad.loaders.html import html_to_document

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
_COLLECTION_FACTOR = 100  # a .json collection may hold up to this many documents' worth of bytes

ReadResult = SourceDocument | DocumentError


_BOMS = (  # the longer UTF-32 marks first: FF FE 00 00 also starts with the UTF-16 LE mark
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"), (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
MAX_ID_CHARS = 512


def decode(data: bytes, *, name: str) -> str:
    """Decode document bytes as UTF-8 (with or without BOM; UTF-16/32 when they start with their BOM),
    refusing binary and undecodable data."""
    codec, label, skipped = "utf-8", "UTF-8", 0
    for bom, bom_codec, bom_label in _BOMS:
        if data.startswith(bom):
            codec, label, skipped, data = bom_codec, bom_label, len(bom), data[len(bom):]
            break
    if codec == "utf-8" and b"\x00" in data[:8192]:
        raise DocumentError(name, "binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DocumentError(
            name, f"not valid {label}: byte 0x{data[exc.start]:02x} at offset {exc.start + skipped} ({exc.reason})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_unicode(value: str, *, name: str, what: str = "text") -> None:
    """Refuse an unpaired surrogate (JSON can escape one, \\ud800): it is not a character and cannot be stored."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DocumentError(name, f"{what} holds an unpaired surrogate U+{ord(value[exc.start]):04X} at offset "
                                  f"{exc.start}: not valid Unicode") from None


def _check_text(text: str, *, name: str) -> None:
    _check_unicode(text, name=name)
    if not text.strip():
        raise DocumentError(name, "empty document (no text)")
    nul = text.find("\x00")
    if nul >= 0:
        raise DocumentError(name, f"contains a NUL character at offset {nul}: binary data or a broken file, "
                                  "not a text document")


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", bool: "a boolean", float: "a number", int: "a number",
             type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _document_id(value: object, *, name: str, default: str, what: str = "'id'") -> str:
    """A record's id: a string or an integer; the default (file name and line) when missing or blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise DocumentError(name, f"'id' must be a string or an integer, got {_json_type(value)}")
    doc_id = str(value)
    _check_unicode(doc_id, name=name, what=what)
    for i, char in enumerate(doc_id):
        if unicodedata.category(char) in ("Cc", "Cf"):  # newlines, NUL, bidi controls, zero-width characters
            raise DocumentError(name, f"{what} holds the invisible or control character U+{ord(char):04X} at "
                                      f"offset {i}: ids must be visible text")
    if len(doc_id) > MAX_ID_CHARS:
        raise DocumentError(name, f"{what} is {len(doc_id)} characters long, over {MAX_ID_CHARS}")
    return doc_id


def _title_of(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


def _from_record(record: object, *, name: str, default_id: str, limit: int) -> SourceDocument:
    if not isinstance(record, dict):
        raise DocumentError(name, f"expected a JSON object with a 'text' field, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise DocumentError(name, "missing 'text' field" if text is None
                            else f"'text' must be a string, got {_json_type(text)}")
    _check_unicode(text, name=name)
    if len(text.encode("utf-8")) > limit:
        raise DocumentError(name, f"text is over the limit of {limit / 1e6:.1f} MB (MARSAD_MAX_DOCUMENT_BYTES)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _check_text(text, name=name)

    def opt(key: str) -> str | None:
        value = record.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise DocumentError(name, f"'{key}' must be a string, got {_json_type(value)}")
        _check_unicode(str(value), name=name, what=f"'{key}'")
        return str(value)

    published = opt("published")
    return SourceDocument(
        id=_document_id(record.get("id"), name=name, default=default_id), text=text, title=opt("title"),
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
            data = decode(read_bytes(path, name=name, limit=limit * _COLLECTION_FACTOR), name=name)
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
        if suffix not in (".html", ".htm", ".txt"):
            raise DocumentError(name, f"unsupported file type '{suffix}' (expected one of {', '.join(SUFFIXES)})")
        doc_id = _document_id(path.name, name=name, default=path.name, what="the file name (the document's id)")
        text = decode(read_bytes(path, name=name, limit=limit), name=name)
        if suffix in (".html", ".htm"):
            doc = html_to_document(text, doc_id=doc_id, origin=name)
            _check_text(doc.text, name=name)
            yield doc
        elif suffix == ".txt":
            _check_text(text, name=name)
            yield SourceDocument(id=doc_id, text=text, title=_title_of(text), origin=name)
    except DocumentError as exc:
        yield exc


def _read_jsonl(path: Path, *, limit: int) -> Iterator[ReadResult]:
    try:
        fh, _ = open_regular(path, name=str(path))
    except DocumentError as exc:
        yield exc
        return
    with fh:
        start = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
        if any(start.startswith(bom) for bom, codec, _ in _BOMS if codec != "utf-8"):
            yield DocumentError(str(path), "a JSON Lines file must be UTF-8, and this one starts with a UTF-16 or "
                                           "UTF-32 byte-order mark: convert it (e.g. `iconv -f UTF-16 -t UTF-8`)")
            return
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


def read_path(path: Path, *, settings: Settings) -> Iterator[ReadResult]:
    """Read a file or every document file under a folder."""
    yield from read_paths([path], settings=settings)


def read_paths(paths: Iterable[Path], *, settings: Settings) -> Iterator[ReadResult]:
    """Every document under ``paths``; a later document with an id already read is refused (see above)."""
    first: dict[str, tuple[bytes, str]] = {}  # id -> (hash of the text, where it was read)
    for item in iter_files(paths):
        if isinstance(item, DocumentError):
            yield item
            continue
        for result in read_file(item, settings=settings):
            if isinstance(result, SourceDocument):
                digest, where = hashlib.sha256(result.text.encode("utf-8")).digest(), result.origin or result.id
                seen = first.setdefault(result.id, (digest, where))
                if seen != (digest, where):
                    result = DocumentError(where, _duplicate(result.id, seen[1], same=seen[0] == digest))
            yield result


def _duplicate(doc_id: str, first: str, *, same: bool) -> str:
    if same:
        return f"duplicate of the document with id {doc_id!r} read from {first} (same text): read once"
    return (f"another document with id {doc_id!r} was read first, from {first}, with a different text: the first "
            "one read is kept (ids must be unique in a batch; to replace a stored document, ingest its new text "
            "in a later run)")


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
