"""Quarantine: documents whose graph did not conform to the SHACL shapes, kept for inspection.

Each quarantined document is one JSON file under MARSAD_HOME/quarantine named after its graph key,
holding the document id, where it came from, the shapes' messages, the extracted facts and the
graph (N-Triples) that was refused.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    document: str
    origin: str | None
    messages: list[str]
    path: Path


def _file_for(folder: Path, document_id: str) -> Path:
    return folder / f"{hashlib.sha256(document_id.encode('utf-8')).hexdigest()[:16]}.json"


def put(folder: Path, *, document_id: str, origin: str | None, messages: list[str],
        facts: dict[str, object], graph: str) -> Path:
    """Keep a refused document with the reasons; returns the file written."""
    folder.mkdir(parents=True, exist_ok=True)
    path = _file_for(folder, document_id)
    payload = {"document": document_id, "origin": origin, "messages": messages, "facts": facts, "graph": graph}
    partial = path.with_suffix(".json.partial")  # written aside then renamed: a kill never leaves half a file
    partial.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, path)
    return path


def release(folder: Path, *, document_id: str) -> None:
    """Forget a document's quarantine entry (it has since been stored)."""
    _file_for(folder, document_id).unlink(missing_ok=True)


def entries(folder: Path) -> list[QuarantineEntry]:
    """Every quarantined document, sorted by document id."""
    found = []
    for path in sorted(folder.glob("*.json")) if folder.exists() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(QuarantineEntry(document=data["document"], origin=data.get("origin"),
                                     messages=list(data.get("messages", [])), path=path))
    return sorted(found, key=lambda e: e.document)
