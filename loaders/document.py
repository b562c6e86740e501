"""A source document as read from disk: the text exactly as decoded, plus its metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One news article. ``text`` is exactly what was decoded; evidence offsets index into it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # the file (and line) it was read from
