"""Minting the stable IRIs of Marsad resources, exactly as described in ontology/README.md.

A key is the first 16 hex digits of the SHA-256 of the identifying fields joined by U+001F.
Names and titles enter as ``match_key(name)``; IRIs, dates, document ids, offsets and flags enter
as their exact string form. So the same name gives the same IRI in every document.
"""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from marsad.core.vocab import graph_iri as _graph_iri
from marsad.core.vocab import resource_iri
from marsad.loaders.normalize import match_key
from marsad.loaders.resolution.keys import institution_key, person_key

SEPARATOR = "\x1f"


def mint_key(*fields: str) -> str:
    """The key of already-normalised identifying fields."""
    joined = SEPARATOR.join(fields)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def document_key(doc_id: str) -> str:
    return mint_key(doc_id)


def document_iri(doc_id: str) -> URIRef:
    """The IRI of the mrs:Document node of a source document."""
    return resource_iri("document", document_key(doc_id))


def graph_iri(doc_id: str) -> URIRef:
    """The IRI of the named graph that holds every fact of one source document."""
    return _graph_iri(document_key(doc_id))


def _named(type_: str, name: str, *, doc_id: str, local_id: str) -> URIRef:
    key = match_key(name)
    if key:
        return resource_iri(type_, mint_key(key))
    # A name with nothing left after normalisation (only honorifics or punctuation) identifies
    # nothing across documents: it stays local to its document.
    return resource_iri(type_, mint_key(doc_id, local_id))


def person_iri(name: str, *, doc_id: str, local_id: str, key: str | None = None) -> URIRef:
    """A person is the identity key of the name (loaders.resolution.keys.person_key: hamza and alef
    forms, بن/ابن, compound surnames and given names, known spelling variants folded), or ``key``."""
    key = key if key is not None else person_key(name)
    if key:
        return resource_iri("person", mint_key(key))
    return resource_iri("person", mint_key(doc_id, local_id))


def registry_iri(type_: str, registry_id: str) -> URIRef:
    """An entity linked to the reference registry is its registry id, whatever name the text uses."""
    return resource_iri(type_, mint_key("registry", registry_id))


def institution_iri(name: str, *, scope: URIRef | None = None, doc_id: str, local_id: str) -> URIRef:
    """An institution is its name (loaders.resolution.keys.institution_key); a name relative to a parent
    (a board) is scoped by the parent's IRI. One linked to the registry is its registry id (registry_iri)."""
    key = institution_key(name)
    if key and scope is not None:
        return resource_iri("institution", mint_key(str(scope), key))
    if key:
        return resource_iri("institution", mint_key(key))
    return resource_iri("institution", mint_key(doc_id, local_id))


def program_iri(name: str, *, doc_id: str, local_id: str) -> URIRef:
    return _named("program", name, doc_id=doc_id, local_id=local_id)


def post_iri(title: str, *, institution: URIRef | None, doc_id: str, local_id: str,
             holder: URIRef | None = None) -> URIRef:
    """A post is its title within its institution. Without an institution ("the president") it is not
    merged across documents on its title alone: it is the title as held by its holder (one node for "ولي
    العهد" held by one person in every document that names him so), or, with no holder, the title within
    its document."""
    key = match_key(title) or local_id
    if institution is not None:
        return resource_iri("post", mint_key(str(institution), key))
    if holder is not None:
        return resource_iri("post", mint_key("held by", str(holder), key))
    return resource_iri("post", mint_key(doc_id, key))


def tenure_iri(person: URIRef, post: URIRef, *, acting: bool) -> URIRef:
    return resource_iri("tenure", mint_key(str(person), str(post), "true" if acting else "false"))


def event_iri(*, body: URIRef | None, date: str | None, doc_id: str, local_id: str) -> URIRef:
    """Same body and same day: same event. Otherwise the event is local to its document."""
    if body is not None and date:
        return resource_iri("event", mint_key(str(body), date))
    return resource_iri("event", mint_key(doc_id, local_id))


def decision_iri(*, event: URIRef | None, kind: str, object_: str, doc_id: str) -> URIRef:
    scope = str(event) if event is not None else doc_id
    return resource_iri("decision", mint_key(scope, kind, match_key(object_)))


def agreement_iri(*, event: URIRef | None, parties: list[URIRef], doc_id: str) -> URIRef:
    scope = str(event) if event is not None else doc_id
    return resource_iri("agreement", mint_key(scope, *sorted(str(p) for p in parties)))


def evidence_iri(*, doc_id: str, start: int, end: int, fact: URIRef) -> URIRef:
    return resource_iri("evidence", mint_key(doc_id, str(start), str(end), str(fact)))
