"""Applying judgements to one document graph: a pure function from triples to triples.

Judgements apply in order. A merge rewrites the other node to the kept one wherever it is subject or
object; the other node's names become skos:altLabel of the kept one (which gets its recorded label and
classes), and ``kept owl:sameAs other`` records the old IRI. A split renames a node in one document
graph only. A reject removes every triple of the fact and its evidence spans. Evidence nodes are never
renamed, so every fact keeps its source span. A judgement whose nodes are absent changes nothing, so
applying the same judgements twice gives the same graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from marsad.core.vocab import MRS
from marsad.curation.judgements import Judgement

LABEL = ox.NamedNode(str(RDFS.label))
ALT_LABEL = ox.NamedNode(str(SKOS.altLabel))
SAME_AS = ox.NamedNode(str(OWL.sameAs))
TYPE = ox.NamedNode(str(RDF.type))
IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))
EVIDENCE = ox.NamedNode(str(MRS.evidence))

Triples = set[ox.Triple]


def _merge(triples: Triples, judgement: Judgement) -> Triples:
    keep, other = ox.NamedNode(judgement.node), ox.NamedNode(judgement.other)
    if not any(t.subject == other or t.object == other for t in triples if t.predicate != SAME_AS):
        return triples
    out: Triples = set()
    for t in triples:
        if t.subject == other:
            if t.predicate in (LABEL, ALT_LABEL):
                out.add(ox.Triple(keep, ALT_LABEL, t.object))
            elif t.predicate not in (TYPE, IDENTIFIER):
                out.add(ox.Triple(keep, t.predicate, t.object))
        elif t.object == other and t.predicate != SAME_AS:
            out.add(ox.Triple(t.subject, t.predicate, keep))
        else:
            out.add(t)
    out.add(ox.Triple(keep, SAME_AS, other))
    out.update(ox.Triple(keep, TYPE, ox.NamedNode(c)) for c in judgement.types)
    for language, text in judgement.label.items():
        out.add(ox.Triple(keep, LABEL, ox.Literal(text, language=language or None)))
        out.discard(ox.Triple(keep, ALT_LABEL, ox.Literal(text, language=language or None)))
    return out


def _rename(triples: Triples, old: ox.NamedNode, new: ox.NamedNode) -> Triples:
    return {ox.Triple(new if t.subject == old else t.subject, t.predicate,
                      new if t.object == old and t.predicate != SAME_AS else t.object) for t in triples}


def _reject(triples: Triples, fact: ox.NamedNode) -> Triples:
    spans = {t.object for t in triples if t.subject == fact and t.predicate == EVIDENCE}
    kept = {t for t in triples if fact not in (t.subject, t.object)}
    still_used = {t.object for t in kept if t.predicate == EVIDENCE}
    dropped = spans - still_used
    return {t for t in kept if t.subject not in dropped}


def apply(graph_iri: str, triples: Iterable[ox.Triple], judgements: Sequence[Judgement]) -> Triples:
    """The triples of document graph ``graph_iri`` after every judgement, in order."""
    current = set(triples)
    for judgement in judgements:
        if judgement.action == "merge":
            current = _merge(current, judgement)
        elif judgement.action == "split" and judgement.document == graph_iri:
            current = _rename(current, ox.NamedNode(judgement.node), ox.NamedNode(judgement.other))
        elif judgement.action == "reject":
            current = _reject(current, ox.NamedNode(judgement.node))
    return current


def apply_ntriples(graph_iri: str, ntriples: str, judgements: Sequence[Judgement]) -> str:
    """``apply`` on an N-Triples text (the form ingest stores); the text unchanged without judgements."""
    if not judgements:
        return ntriples
    parsed = (q.triple for q in ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    return "\n".join(sorted(str(t) + " ." for t in apply(graph_iri, parsed, judgements)))
