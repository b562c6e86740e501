"""Identity keys of person names: two spellings of one name get the same key.

On top of :func:`marsad.loaders.normalize.match_key` (hamza and alef forms, ى/ي, ة/ه, diacritics,
honorifics, 'عبد ال…' joined), a person key

- reads ابن as بن and joins بن to the next word (بن كيران, ابن كيران and بنكيران are one surname);
- joins a compound given name written in two words (نور الدين / نورالدين, عبد الله / عبدالله);
- reads a family name with or without its article as one (عبد الحق الخيام / عبد الحق خيام);
- drops a leading sharifian title (مولاي حفيظ العلمي / حفيظ العلمي) when two words remain;
- reads a doubled alef before the article as a typing slip (محمد االسادس / محمد السادس);
- replaces known spelling variants of one name (الالاه → الاله, لحسن → الحسن) from
  ``data/registry/name_variants.json``.

It never folds one given name into another (محمد and أحمد stay apart): only whole words listed as
variants of each other are replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.loaders.normalize import match_key
from marsad.loaders.resolution.files import load_registry_file


@dataclass(frozen=True, slots=True)
class NameRules:
    variants: dict[str, str]
    optional_first: frozenset[str]
    compound_second: frozenset[str]


@cache
def name_rules() -> NameRules:
    doc = load_registry_file("name_variants.json")
    assert isinstance(doc, dict)
    fold = match_key
    return NameRules(variants={fold(k): fold(v) for k, v in doc["variants"].items()},
                     optional_first=frozenset(fold(x) for x in doc["optional_first"]),
                     compound_second=frozenset(fold(x) for x in doc["compound_second"]))


def _join(words: list[str], rules: NameRules) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        word = "بن" if words[i] == "ابن" else words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and (word in ("بن", "عبد", "ابو", "بو") or nxt in rules.compound_second):
            out.append(word + nxt)
            i += 2
            continue
        out.append(word)
        i += 1
    return out


def person_key(name: str) -> str:
    """The key two spellings of one person's name share ("" when nothing identifying is left)."""
    rules = name_rules()
    words = [w[1:] if w.startswith("اال") else w for w in match_key(name).split()]  # a doubled alef ("االسادس")
    if len(words) > 2 and words[0] in rules.optional_first:
        words = words[1:]
    words = [rules.variants.get(w, w) for w in _join(words, rules)]
    # a family name with or without the article is one name (الخيام / خيام, النصيري / نصيري)
    words = words[:1] + [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words[1:]]
    return " ".join(words)


_TRAILING_GLOSS = re.compile(r"\s*(\([^()]*\)|«[^«»]*»|“[^“”]*”|\"[^\"]*\")\s*[-–]?\s*$")
_SPACED_WA = re.compile(r"(?<!\S)و\s+(?=\S)")
_NEWS_AGENCY = re.compile(r"^وكاله (ال)?انباء$")
_IN_PLACE = re.compile(r"(?<!\S)في\s+(?=\S)")


def usual_spelling(key: str) -> str:
    """A match key in its usual spelling: a conjunction written apart joined to its word ("حزب العداله و
    التنميه" → "حزب العداله والتنميه"), a place after "في" read as after "ب" ("القنصليه العامه في اسطنبول" →
    "القنصليه العامه باسطنبول": the press writes both), "ديموقراط…" spelt "ديمقراط…" (both spellings are
    current), and a news agency's "وكاله انباء X" read as "وكاله الانباء X" (the press writes both)."""
    key = _IN_PLACE.sub("ب", _SPACED_WA.sub("و", key)).replace("ديموقراط", "ديمقراط")
    return "وكاله الانباء " + key[len("وكاله انباء "):] if key.startswith("وكاله انباء ") else key


def institution_key(name: str) -> str:
    """The key of an institution name not in the registry: its match key, with a conjunction written apart
    joined to its word, and without a trailing gloss in brackets or quotes (وكالة الأنباء القطرية (قنا),
    وكالة الأنباء السعودية « واس ») when what is left names a body by itself: not a bare head ("وكالة «
    فرانس بريس »") nor "وكالة الأنباء « الأناضول »", whose quotes hold the name itself."""
    key = usual_spelling(match_key(_TRAILING_GLOSS.sub("", name)))
    if len(key.split()) >= 2 and not _NEWS_AGENCY.match(key):
        return key
    return usual_spelling(match_key(name)) or key
