"""Evidence spans: checked against the text as read, and written as mrs:Evidence nodes."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from rdflib import RDF, XSD, Literal, URIRef

from marsad.core.confidence import basis
from marsad.core.vocab import MRS, PROV
from marsad.loaders.facts import Evidence
from marsad.loaders.rdf.iris import evidence_iri
from marsad.loaders.rdf.triples import Triples

log = logging.getLogger(__name__)

# Every fact has evidence nodes: their terms are looked up once here, since an attribute of a closed
# namespace (MRS.start) is checked against the namespace and built as a new IRI on each access.
_MENTIONED_IN, _EVIDENCE, _EVIDENCE_CLASS, _TYPE = MRS.mentionedIn, MRS.evidence, MRS.Evidence, RDF.type
_START, _END, _QUOTE, _DERIVED_FROM, _EXTRACTOR_VERSION = (MRS.start, MRS.end, MRS.quote, PROV.wasDerivedFrom,
                                                           MRS.extractorVersion)
_CONFIDENCE, _CONFIDENCE_BASIS = MRS.confidence, MRS.confidenceBasis


@dataclass(frozen=True, slots=True)
class Span:
    """A span whose quote is exactly ``text[start:end]``."""

    start: int
    end: int
    quote: str


def check_spans(text: str, evidence: Iterable[Evidence], *, doc_id: str) -> list[Span]:
    """The spans that hold in ``text``. A span whose offsets are off but whose quote occurs in the
    text is moved to the occurrence nearest to its start; a quote that does not occur is dropped."""
    spans: list[Span] = []
    for ev in evidence:
        if not ev.quote:
            continue
        if text[ev.start : ev.end] == ev.quote:
            span = Span(ev.start, ev.end, ev.quote)
        else:
            found = _nearest(text, ev.quote, ev.start)
            if found is None:
                log.warning("%s: evidence %r at %d-%d is not in the text; dropped", doc_id, ev.quote,
                            ev.start, ev.end)
                continue
            span = Span(found, found + len(ev.quote), ev.quote)
        if span not in spans:
            spans.append(span)
    return spans


def find_span(text: str, phrase: str) -> list[Span]:
    """The first occurrence of ``phrase`` in ``text`` as a span (for facts given without evidence)."""
    at = text.find(phrase) if phrase else -1
    return [Span(at, at + len(phrase), phrase)] if at >= 0 else []


def _nearest(text: str, quote: str, start: int) -> int | None:
    best: int | None = None
    at = text.find(quote)
    while at >= 0:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(quote, at + 1)
    return best


@lru_cache(maxsize=16)
def confidence_literal(value: float) -> Literal:
    """An xsd:decimal with two places (0.95, 0.80, 0.50), the same lexical form for the same value."""
    return Literal(Decimal(f"{value:.2f}"), datatype=XSD.decimal)


def add_evidence(
    graph: Triples, fact: URIRef, spans: Iterable[Span], *, doc_id: str, document: URIRef, extractor_version: str,
    confidence: float,
) -> None:
    """Link ``fact`` to one mrs:Evidence node per span, and to the document. Each evidence carries the
    fact's ``confidence`` (``marsad.core.confidence``); when two facts of the document resolve to the same
    node with the same span, the evidence keeps the higher one."""
    graph.add((fact, _MENTIONED_IN, document))
    version = plain_literal(extractor_version)
    for span in spans:
        node = evidence_iri(doc_id=doc_id, start=span.start, end=span.end, fact=fact)
        graph.add((fact, _EVIDENCE, node))
        graph.add((node, _TYPE, _EVIDENCE_CLASS))
        graph.add((node, _START, integer_literal(span.start)))
        graph.add((node, _END, integer_literal(span.end)))
        graph.add((node, _QUOTE, Literal(span.quote)))
        graph.add((node, _DERIVED_FROM, document))
        graph.add((node, _EXTRACTOR_VERSION, version))
        current = graph.value(node, _CONFIDENCE)
        if current is None or float(str(current)) < confidence:
            graph.set((node, _CONFIDENCE, confidence_literal(confidence)))
            graph.set((node, _CONFIDENCE_BASIS, _basis_literal(confidence)))


@lru_cache(maxsize=65536)
def integer_literal(value: int) -> Literal:
    """An xsd:integer literal (offsets recur from one document to the next; a literal is immutable)."""
    return Literal(value, datatype=XSD.integer)


@lru_cache(maxsize=16)
def _basis_literal(confidence: float) -> Literal:
    """The confidence basis of a value (``basis`` sorts the levels at each call; a fact has one of a few values)."""
    return plain_literal(basis(confidence))


@lru_cache(maxsize=16)
def plain_literal(value: str) -> Literal:
    """A plain literal of a value that recurs on every evidence node (the extractor version, a confidence basis)."""
    return Literal(value)
