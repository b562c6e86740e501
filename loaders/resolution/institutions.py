"""Linking an institution name to the registry, and cutting a name that runs on into the next clause.

A name is linked when, folded, it is a registry name (label, former official name, short form, emblem
name, or a Latin abbreviation), also after dropping a Moroccan marker (وزارة الداخلية المغربية). When
only the first two or more words are a registry name and the next word does not make it foreign
(وزارة الداخلية الفرنسية), the extractor ran past the name's end (وزارة الداخلية لحماد القباج, حزب
الوردة للحفاظ): the name is cut there and linked. One exception keeps a longer ministry name whole: a
ministry followed by a coordinated definite noun (وزارة الصحة والحماية الاجتماعية) is another portfolio.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.loaders.normalize import match_key
from marsad.loaders.resolution.keys import usual_spelling
from marsad.loaders.resolution.registry import Entry, Registry, registry

_NEVER_CUT = ("intl:", "agency:")  # foreign bodies: a longer name is another body (مجلس الأمن القومي)


@dataclass(frozen=True, slots=True)
class InstitutionLink:
    entry: Entry | None
    keep_words: int | None = None  # cut the name after this many (non-empty) words; None: keep it whole


def _strip_moroccan(words: tuple[str, ...], reg: Registry) -> tuple[str, ...]:
    for marker in sorted(reg.moroccan, key=len, reverse=True):
        if len(words) > len(marker) and words[-len(marker):] == marker:
            return words[: -len(marker)]
    return words


def link_institution(name: str, *, kind: str | None = None) -> InstitutionLink:
    """The registry entry ``name`` denotes, and where to cut it when it runs on."""
    reg = registry()
    raw = name.strip()
    if raw.upper() in reg.abbreviations:
        return InstitutionLink(reg.abbreviations[raw.upper()])
    key = match_key(raw)
    words = tuple(key.split())
    if not words:
        return InstitutionLink(None)
    joined = tuple(usual_spelling(key).split())  # "حزب العداله و التنميه"
    for candidate in (words, _strip_moroccan(words, reg), joined, _strip_moroccan(joined, reg)):
        if candidate in reg.institutions:
            return InstitutionLink(reg.institutions[candidate])
    for size in range(min(len(words) - 1, reg.max_len), 1, -1):
        entry = reg.institutions.get(words[:size])
        if entry is None or entry.id.startswith(_NEVER_CUT):
            continue
        rest = words[size:]
        if rest[0] in reg.foreign:
            return InstitutionLink(None)
        if entry.kind == "ministry" and rest[0].startswith("وال"):
            return InstitutionLink(None)  # another portfolio, not a run-on
        if entry.kind == "territorial" and kind is not None and kind != "territorial":
            return InstitutionLink(None)
        return InstitutionLink(entry, keep_words=size)
    return InstitutionLink(None)
