"""Files generated from the ontology (marsad/core/vocab.py, marsad/neo4j/schema.cypher): write, or check for drift."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(target: Path, text: str, *, check: bool, command: str) -> int:
    """Write ``text`` to ``target``; with ``check``, write nothing and return 1 when ``target`` differs."""
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            print(f"{target} is out of date: run {command}", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0
