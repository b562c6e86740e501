"""Helpers shared by the readers: prefixes, IRIs from keys, bound values, rows, sources of a fact."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

import pyoxigraph as ox

from marsad.core.confidence import value_of
from marsad.core.errors import BadRequest, NotFound
from marsad.core.output import Cell
from marsad.core.vocab import ID_BASE, RESOURCE_TYPES
from marsad.sparql_rows import term_value
from marsad.store import RdfStore

PREFIXES = """PREFIX mrs: <https://w3id.org/marsad/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
MRS = "https://w3id.org/marsad/ontology#"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

Row = dict[str, Cell]
Bindings = Mapping[str, ox.NamedNode | ox.Literal]


def key_of(iri: str) -> str:
    """The key of a resource IRI (its last path segment)."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def type_of(iri: str) -> str | None:
    """The resource type ({type} in .../id/{type}/{key}) of an IRI, or None."""
    if not iri.startswith(ID_BASE):
        return None
    head = iri[len(ID_BASE):].split("/", 1)[0]
    return head if head in RESOURCE_TYPES else None


def resource(type_: str, key: str) -> ox.NamedNode:
    """The IRI of resource ``type_``/``key``; an impossible key is simply not found."""
    if not _KEY.match(key):
        raise NotFound(f"no {type_} with key {key!r}", detail={"type": type_, "key": key})
    return ox.NamedNode(f"{ID_BASE}{type_}/{key}")


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


def text(value: str) -> ox.Literal:
    return ox.Literal(value)


def day(value: date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=XSD_DATE)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def decimal(value: float) -> ox.Literal:
    return ox.Literal(f"{value:.6f}", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))


_SELECT = re.compile(r"^\s*SELECT\s+(DISTINCT\s+)?", re.IGNORECASE)
_GROUP = re.compile(r"\bGROUP BY\s+")


def rows(store: RdfStore, body: str, bindings: Bindings | None = None) -> list[Row]:
    """Run ``PREFIXES + body`` (a SELECT) with ``bindings`` substituted; plain-valued rows.

    Oxigraph substitutes only projected variables (SEP-0007), so the bound names are added to the
    projection (and to GROUP BY, where they are constants) and left out of the rows."""
    bound = dict(bindings or {})
    if bound:
        names = " ".join(f"?{name}" for name in bound) + " "
        body = _SELECT.sub(lambda m: m.group(0) + names, body, count=1)
        body = _GROUP.sub(lambda m: m.group(0) + names, body, count=1)
    return [{k: term_value(v) for k, v in row.items() if k not in bound}
            for row in store.select(PREFIXES + body, substitutions=bound)]


def ask(store: RdfStore, body: str, bindings: Bindings | None = None) -> bool:
    result = store.query(PREFIXES + body, substitutions=bindings or {})
    return bool(result)


def require(store: RdfStore, node: ox.NamedNode, type_: str) -> None:
    """NotFound unless ``node`` is described in the store."""
    if not ask(store, "ASK { ?node ?p ?o }", {"node": node}):
        raise NotFound(f"no {type_} with key {key_of(node.value)!r}", detail={"type": type_, "key": key_of(node.value)})


def page_bounds(limit: int, offset: int) -> str:
    """A LIMIT/OFFSET clause from two validated integers."""
    if not (isinstance(limit, int) and isinstance(offset, int)) or limit < 1 or offset < 0:
        raise BadRequest("invalid paging")
    return f" LIMIT {limit} OFFSET {offset}"


def ref(iri: Cell, label: Cell, **extra: Any) -> dict[str, Any]:
    """A link to another resource, as lists and details show it."""
    value = str(iri)
    return {"key": key_of(value), "type": type_of(value), "iri": value, "label": label, **extra}


def labels(store: RdfStore, node: ox.NamedNode) -> tuple[str | None, list[str], list[str]]:
    """(label, other spellings, classes) of one node."""
    found = rows(store, """SELECT ?p ?o WHERE { ?node ?p ?o
        FILTER(?p IN (rdfs:label, skos:altLabel, rdf:type, dcterms:title)) }""", {"node": node})
    label = next((str(r["o"]) for r in found if str(r["p"]).endswith("#label")), None)
    label = label or next((str(r["o"]) for r in found if str(r["p"]).endswith("/title")), None)
    alt = sorted({str(r["o"]) for r in found if str(r["p"]).endswith(("#label", "#altLabel"))} - {label or ""})
    classes = sorted({local_name(str(r["o"])) for r in found if str(r["p"]).endswith("#type")})
    return label, alt, classes


SOURCES_PAGE = 50  # the sources a detail carries; /sources/{type}/{key} pages through the rest
POSTS_PAGE = 100  # the post attestations a person's detail carries; /persons/{key}/posts pages through the rest


def sources(store: RdfStore, node: ox.NamedNode) -> list[dict[str, Any]]:
    """The documents and evidence quotes that support one fact node, in a total order (publication,
    document, start, end, quote, title, confidence), so pages of them never overlap."""
    found = rows(store, """SELECT DISTINCT ?doc ?title ?published ?start ?end ?quote ?conf WHERE {
        ?node mrs:evidence ?ev . ?ev mrs:quote ?quote ; mrs:start ?start ; mrs:end ?end ; prov:wasDerivedFrom ?doc .
        OPTIONAL { ?ev mrs:confidence ?conf }
        OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc mrs:published ?published }
    } ORDER BY ?published ?doc ?start ?end ?quote ?title ?conf""", {"node": node})
    return [{"document": ref(r["doc"], r.get("title"), published=r.get("published")),
             "start": r["start"], "end": r["end"], "quote": r["quote"], "confidence": value_of(r.get("conf"))}
            for r in found]


def cut_sources(found: list[dict[str, Any]]) -> dict[str, Any]:
    """The first ``SOURCES_PAGE`` sources and how many there are, as a detail carries them."""
    return {"sources": found[:SOURCES_PAGE], "sources_total": len(found)}
