"""RDF terms as index values: IRIs shortened by a fixed prefix table, literals as their lexical form
with a one-letter kind, and back to the plain values the API shows (as ``marsad.sparql_rows``)."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from marsad.core.output import Cell

# Longest first is not needed: no prefix is a prefix of another.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("https://w3id.org/marsad/id/", "@"),
    ("https://w3id.org/marsad/ontology#", "mrs:"),
    ("http://www.w3.org/ns/org#", "org:"),
    ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"),
    ("http://www.w3.org/2000/01/rdf-schema#", "rdfs:"),
    ("http://www.w3.org/2004/02/skos/core#", "skos:"),
    ("http://purl.org/dc/terms/", "dcterms:"),
    ("http://www.w3.org/ns/prov#", "prov:"),
    ("https://schema.org/", "schema:"),
    ("http://www.w3.org/2002/07/owl#", "owl:"),
)
_EXPAND = {short: long for long, short in PREFIXES}

IRI, BLANK, TEXT, INTEGER, BOOLEAN, DATE = "r", "b", "s", "i", "o", "d"
# other literals: "@" + language for language-tagged strings, "^" + datatype for other datatypes
_KINDS = {
    "http://www.w3.org/2001/XMLSchema#string": TEXT,
    "http://www.w3.org/2001/XMLSchema#integer": INTEGER, "http://www.w3.org/2001/XMLSchema#long": INTEGER,
    "http://www.w3.org/2001/XMLSchema#int": INTEGER, "http://www.w3.org/2001/XMLSchema#boolean": BOOLEAN,
    "http://www.w3.org/2001/XMLSchema#date": DATE,
}


def short(iri: str) -> str:
    """The index form of an IRI (``@person/ab12…``, ``mrs:chair``); unknown namespaces stay whole."""
    for long, prefix in PREFIXES:
        if iri.startswith(long):
            return prefix + iri[len(long):]
    return iri


def expand(value: str) -> str:
    """The full IRI of an index form."""
    if value.startswith("@"):
        return "https://w3id.org/marsad/id/" + value[1:]
    head, sep, rest = value.partition(":")
    if sep:
        long = _EXPAND.get(head + ":")
        if long is not None:
            return long + rest
    return value


def encode(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> tuple[str, str]:
    """(value, kind) of an object term."""
    if isinstance(term, ox.NamedNode):
        return short(term.value), IRI
    if isinstance(term, ox.Literal):
        if term.language:
            return term.value, "@" + term.language
        return term.value, literal_kind(term.datatype.value)
    if isinstance(term, ox.BlankNode):
        return term.value, BLANK
    return str(term), TEXT


@lru_cache(maxsize=256)
def literal_kind(datatype: str) -> str:
    """The kind of a literal of ``datatype`` (the full IRI) that has no language tag."""
    return _KINDS.get(datatype) or "^" + short(datatype)


def cell(value: str | None, kind: str | None) -> Cell:
    """The plain value of an index (value, kind) pair, as the SPARQL readers give it."""
    if value is None:
        return None
    if kind == IRI:
        return expand(value)
    if kind == INTEGER:
        try:
            return int(value)
        except ValueError:
            return value
    if kind == BOOLEAN:
        return value == "true"
    return value
