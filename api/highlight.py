"""Cutting a document's text into segments so every extracted fact's evidence span is marked and
linked to its page, even when spans overlap."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from marsad.core.output import Cell

PAGE_TYPES = frozenset({"institution", "person", "event", "document", "post", "decision", "agreement"})


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    text: str
    facts: tuple[dict[str, Cell], ...]

    @property
    def target(self) -> dict[str, Cell] | None:
        """The narrowest fact covering this segment that has a page."""
        linked = [f for f in self.facts if f.get("type") in PAGE_TYPES]
        return min(linked, key=lambda f: int(f["end"] or 0) - int(f["start"] or 0)) if linked else None

    @property
    def title(self) -> str:
        return " · ".join(f"{f.get('type')}: {f.get('label') or f.get('quote')}" for f in self.facts)

    @property
    def types(self) -> str:
        return " ".join(sorted({str(f.get("type")) for f in self.facts}))


def segments(text: str, facts: list[dict[str, Cell]]) -> list[Segment]:
    """``text`` cut at every span boundary; each piece with the facts whose span covers it."""
    spans = [f for f in facts if isinstance(f.get("start"), int) and isinstance(f.get("end"), int)
             and 0 <= int(f["start"] or 0) < int(f["end"] or 0) <= len(text)]
    cuts = sorted({0, len(text), *(int(f["start"] or 0) for f in spans), *(int(f["end"] or 0) for f in spans)})
    out = []
    for a, b in pairwise(cuts):
        covering = tuple(f for f in spans if int(f["start"] or 0) <= a and b <= int(f["end"] or 0))
        out.append(Segment(start=a, text=text[a:b], facts=covering))
    return out
