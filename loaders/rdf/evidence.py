"""Evidence spans: checked against the text as read, and written as mrs:Evidence nodes."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from rdflib import RDF, XSD, Graph, Literal, URIRef

from marsad.core.confidence import basis
from marsad.core.vocab import MRS, PROV
from marsad.loaders.facts import Evidence
from marsad.loaders.rdf.iris import evidence_iri

log = logging.getLogger(__name__)


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


def confidence_literal(value: float) -> Literal:
    """An xsd:decimal with two places (0.95, 0.80, 0.50), the same lexical form for the same value."""
    return Literal(Decimal(f"{value:.2f}"), datatype=XSD.decimal)


def add_evidence(
    graph: Graph, fact: URIRef, spans: Iterable[Span], *, doc_id: str, document: URIRef, extractor_version: str,
    confidence: float,
) -> None:
    """Link ``fact`` to one mrs:Evidence node per span, and to the document. Each evidence carries the
    fact's ``confidence`` (``marsad.core.confidence``); when two facts of the document resolve to the same
    node with the same span, the evidence keeps the higher one."""
    graph.add((fact, MRS.mentionedIn, document))
    for span in spans:
        node = evidence_iri(doc_id=doc_id, start=span.start, end=span.end, fact=fact)
        graph.add((fact, MRS.evidence, node))
        graph.add((node, RDF.type, MRS.Evidence))
        graph.add((node, MRS.start, Literal(span.start, datatype=XSD.integer)))
        graph.add((node, MRS.end, Literal(span.end, datatype=XSD.integer)))
        graph.add((node, MRS.quote, Literal(span.quote)))
        graph.add((node, PROV.wasDerivedFrom, document))
        graph.add((node, MRS.extractorVersion, Literal(extractor_version)))
        current = graph.value(node, MRS.confidence)
        if current is None or float(str(current)) < confidence:
            graph.set((node, MRS.confidence, confidence_literal(confidence)))
            graph.set((node, MRS.confidenceBasis, Literal(basis(confidence))))
