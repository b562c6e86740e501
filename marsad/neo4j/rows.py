"""One document graph as property-graph rows: nodes (iri, labels, properties) and relationships.

Triples come from rdflib (``triples_from_rdflib``) or from the Oxigraph store (``triples_from_store``)
in one neutral form, so both paths produce the same rows. Literal values become Python values:
integers, booleans and decimals stay numbers; dates stay ISO strings (``2024-03-12``), which is
how every named query compares them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral

from marsad.core.vocab import MRS
from marsad.neo4j.mapping import GraphMapping

_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt",
                                "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + "decimal", _XSD + "double", _XSD + "float"}
_DOCUMENT, _DOCUMENT_ID, _CONTENT_HASH = str(MRS.Document), str(MRS.documentId), str(MRS.contentHash)
_EVIDENCE, _QUOTE = str(MRS.evidence), str(MRS.quote)

Value = str | int | float | bool


@dataclass(frozen=True)
class Lit:
    """A literal: lexical form, datatype IRI and language tag ('' when none)."""

    lexical: str
    datatype: str = ""
    language: str = ""

    def value(self) -> Value:
        if self.datatype in _INTEGERS:
            try:
                return int(self.lexical)
            except ValueError:
                return self.lexical
        if self.datatype == _XSD + "boolean":
            return self.lexical.strip() in ("true", "1")
        if self.datatype in _FLOATS:
            try:
                return float(self.lexical)
            except ValueError:
                return self.lexical
        return self.lexical


Object = str | Lit  # an IRI (str) or a literal
Triple = tuple[str, str, Object]


def triples_from_rdflib(graph: Graph) -> Iterator[Triple]:
    """The triples of an rdflib graph (blank nodes are left out)."""
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            continue
        if isinstance(o, RdfLiteral):
            dt = str(o.datatype) if o.datatype else ""
            yield str(s), str(p), Lit(str(o), dt, o.language or "")
        elif isinstance(o, URIRef):
            yield str(s), str(p), str(o)


def triples_from_store(quads: Iterable[ox.Quad]) -> Iterator[Triple]:
    """The triples of Oxigraph quads (blank nodes are left out)."""
    for quad in quads:
        s, p, o = quad.subject, quad.predicate, quad.object
        if not isinstance(s, ox.NamedNode):
            continue
        if isinstance(o, ox.Literal):
            yield s.value, p.value, Lit(o.value, o.datatype.value, o.language or "")
        elif isinstance(o, ox.NamedNode):
            yield s.value, p.value, o.value


@dataclass(frozen=True)
class NodeRow:
    iri: str
    labels: tuple[str, ...]
    props: dict[str, object]


@dataclass(frozen=True)
class RelRow:
    type: str
    start: str
    end: str
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class DocumentRows:
    """Everything one document graph contributes; ``source`` is its document id."""

    graph_iri: str
    source: str
    content_hash: str
    document_iri: str | None
    nodes: tuple[NodeRow, ...]
    rels: tuple[RelRow, ...] = field(default=())

    @property
    def size(self) -> int:
        return len(self.nodes) + len(self.rels)


def _single(values: list[Value]) -> Value:
    return sorted(values, key=lambda v: (type(v).__name__, str(v)))[0]


def document_rows(mapping: GraphMapping, graph_iri: str, triples: Iterable[Triple]) -> DocumentRows:
    """Map the triples of one document graph to rows."""
    graph_iri = str(graph_iri)  # an rdflib URIRef neither equals nor hashes like the same str
    types: dict[str, set[str]] = defaultdict(set)
    values: dict[str, dict[str, list[Value]]] = defaultdict(lambda: defaultdict(list))
    multi: set[str] = set()
    links: set[tuple[str, str, str]] = set()
    evidence: dict[str, set[str]] = defaultdict(set)
    quotes: dict[str, str] = {}
    for s, p, o in triples:
        if p == _RDF_TYPE and isinstance(o, str):
            types[s].add(o)
            continue
        if p == _EVIDENCE and isinstance(o, str):
            evidence[s].add(o)
        elif p == _QUOTE and isinstance(o, Lit):
            quotes[s] = o.lexical
        if isinstance(o, Lit) and (rule := mapping.properties.get(p)) is not None:
            name = f"{rule.name}_{o.language.lower()}" if rule.language_suffix and o.language else rule.name
            values[s][name].append(o.value())
            if rule.multi_valued:
                multi.add(name)
        elif isinstance(o, str) and (notation := mapping.notation_properties.get(p)) is not None:
            values[s][notation].append(mapping.notations.get(o, o.rsplit("#", 1)[-1]))
        elif isinstance(o, str) and (rel := mapping.relationships.get(p)) is not None:
            links.add((rel.type, o, s) if rel.reversed else (rel.type, s, o))
            links.add(("", s, o))  # remember the RDF subject for the quotes
    document = next((s for s, t in types.items() if _DOCUMENT in t), None)
    doc_values = values.get(document or "", {})
    source = str(_single(doc_values[_prop(mapping, _DOCUMENT_ID)])) if doc_values.get(
        _prop(mapping, _DOCUMENT_ID)) else graph_iri
    content_hash = str(_single(doc_values[_prop(mapping, _CONTENT_HASH)])) if doc_values.get(
        _prop(mapping, _CONTENT_HASH)) else ""
    rels: list[RelRow] = []
    subject_of: dict[tuple[str, str], str] = {}
    for rel_type, start, end in links:
        if not rel_type:
            subject_of[(start, end)] = start
    iris = set(types) | set(values)
    for rel_type, start, end in sorted(links):
        if not rel_type:
            continue
        subject = start if (start, end) in subject_of else end
        rel_quotes = tuple(sorted({quotes[e] for e in evidence.get(subject, ()) if e in quotes}))
        rels.append(RelRow(type=rel_type, start=start, end=end, quotes=rel_quotes))
        iris.update((start, end))
    nodes = []
    for iri in sorted(iris):
        props: dict[str, object] = {}
        for name, vals in values.get(iri, {}).items():
            props[name] = sorted(set(vals), key=str) if name in multi else _single(vals)
        if iri == document:
            props["graph"] = graph_iri
        nodes.append(NodeRow(iri=iri, labels=mapping.labels_for(types.get(iri, ())), props=props))
    return DocumentRows(graph_iri=graph_iri, source=source, content_hash=content_hash, document_iri=document,
                        nodes=tuple(nodes), rels=tuple(rels))


def _prop(mapping: GraphMapping, predicate: str) -> str:
    return mapping.properties[predicate].name
