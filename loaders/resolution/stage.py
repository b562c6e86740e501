"""The resolution stage, between extraction and the RDF builder: one document's facts in, the same facts
with run-on institution names cut, plus the identity of every person and institution.

- an institution is linked to its registry entry when its name is a registry name
  (:mod:`marsad.loaders.resolution.institutions`); its kind becomes the registry's;
- a person's identity key is :func:`~marsad.loaders.resolution.keys.person_key`; within one document a
  name of two words or more that ends a longer name of the same document (نجيب بوليف after محمد نجيب
  بوليف) takes the longer name's key when exactly one longer name fits;
- a person is linked to the registry by key; a shorter name (a missing first name) only when the
  title or institution of a post it holds in this document agrees with one of the registered posts.

Evidence spans stay exact: a cut name's quotes are cut by the same tail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import get_args

from marsad.loaders.facts import DocumentFacts, Evidence, Institution, InstitutionKind, Person, Post
from marsad.loaders.normalize import match_key
from marsad.loaders.resolution.institutions import link_institution
from marsad.loaders.resolution.keys import person_key
from marsad.loaders.resolution.registry import Entry, registry

_KINDS = frozenset(get_args(InstitutionKind))
_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Resolution:
    """Identity of the document's entities, by local id."""

    institutions: dict[str, Entry] = field(default_factory=dict)
    persons: dict[str, Entry] = field(default_factory=dict)
    person_keys: dict[str, str] = field(default_factory=dict)


def cut_name(name: str, keep_words: int) -> str:
    """The first ``keep_words`` words of ``name`` that count for matching (punctuation-only tokens do not)."""
    seen = 0
    for token in _TOKEN.finditer(name):
        if match_key(token.group()):
            seen += 1
            if seen == keep_words:
                return name[: token.end()]
    return name


def _cut(inst: Institution, keep_words: int) -> Institution:
    short = cut_name(inst.name, keep_words)
    tail = inst.name[len(short):]
    if not tail.strip():
        return inst
    evidence = []
    for ev in inst.evidence:
        quote = ev.quote
        if quote.endswith(tail) and len(quote) > len(tail):
            quote = quote[: -len(tail)].rstrip()
            ev = Evidence(start=ev.start, end=ev.start + len(quote), quote=quote)
        evidence.append(ev)
    return inst.model_copy(update={"name": short, "evidence": evidence})


def _institutions(facts: DocumentFacts) -> tuple[list[Institution], dict[str, Entry]]:
    out: list[Institution] = []
    links: dict[str, Entry] = {}
    for inst in facts.institutions:
        link = link_institution(inst.name, kind=inst.kind)
        if link.keep_words is not None:
            inst = _cut(inst, link.keep_words)
        if link.entry is not None:
            links[inst.id] = link.entry
            if link.entry.kind in _KINDS and link.entry.kind != inst.kind:
                inst = inst.model_copy(update={"kind": link.entry.kind})
        out.append(inst)
    return out, links


def _longer_names(persons: list[Person]) -> dict[str, str]:
    """person id → key of the one longer name in the document that its name (two words or more) ends."""
    keys = {p.id: person_key(p.name) for p in persons}
    out: dict[str, str] = {}
    for pid, key in keys.items():
        words = key.split()
        if len(words) < 2:
            continue
        longer = {k for k in keys.values() if len(k.split()) > len(words) and k.split()[-len(words):] == words}
        if len(longer) == 1:
            out[pid] = longer.pop()
    return out


def _agrees(entry: Entry, posts: list[Post], inst_links: dict[str, Entry]) -> bool:
    for post in posts:
        linked = inst_links.get(post.institution or "")
        if linked is not None and linked.id in entry.posts:
            return True
        title = match_key(post.title).split()
        if any(title and (title == t.split() or title[-2:] == t.split()[-2:]) for t in entry.titles if len(title) >= 2):
            return True
    return False


def _persons(facts: DocumentFacts, inst_links: dict[str, Entry]) -> tuple[dict[str, str], dict[str, Entry]]:
    reg = registry()
    longer = _longer_names(facts.persons)
    keys: dict[str, str] = {}
    links: dict[str, Entry] = {}
    for person in facts.persons:
        key = longer.get(person.id) or person_key(person.name)
        keys[person.id] = key
        entry = reg.persons.get(key)
        if entry is None:
            candidates = reg.person_suffixes.get(tuple(key.split()), ())
            held = [p for p in facts.posts if p.holder == person.id]
            fitting = [c for c in candidates if _agrees(c, held, inst_links)]
            entry = fitting[0] if len(fitting) == 1 else None
        if entry is not None:
            links[person.id] = entry
    return keys, links


def resolve(facts: DocumentFacts) -> tuple[DocumentFacts, Resolution]:
    """The facts with run-on institution names cut, and who or what each entity is."""
    institutions, inst_links = _institutions(facts)
    facts = facts.model_copy(update={"institutions": institutions})
    keys, person_links = _persons(facts, inst_links)
    return facts, Resolution(institutions=inst_links, persons=person_links, person_keys=keys)
