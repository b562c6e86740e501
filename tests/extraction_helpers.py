"""Helpers of the extraction tests written on sentences: extract a text (every evidence span checked against it) and
read its persons, bodies and office holders by name."""

from __future__ import annotations

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract
from marsad.loaders.facts import DocumentFacts


def facts_of(text: str) -> DocumentFacts:
    facts = extract(SourceDocument(id="u", text=text))
    for group in (facts.persons, facts.institutions, facts.posts, facts.events, facts.decisions, facts.partnerships,
                  facts.programs):
        for item in group:
            assert all(text[e.start : e.end] == e.quote for e in item.evidence)
    return facts


def person_names(facts: DocumentFacts) -> list[str]:
    return [p.name for p in facts.persons]


def body_names(facts: DocumentFacts) -> list[str]:
    return [i.name for i in facts.institutions]


def holders(facts: DocumentFacts) -> dict[str, str | None]:
    """Each office's title and its holder's name (None when unheld)."""
    names = {p.id: p.name for p in facts.persons}
    return {p.title: names.get(p.holder or "") for p in facts.posts}
