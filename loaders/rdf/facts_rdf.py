"""Writing fact nodes into one document's graph: labels, types, evidence, and the links of each fact.

A node that two local facts of the same document resolve to is written once: the first name is
its rdfs:label, other spellings become skos:altLabel, and single-valued properties keep the
first value, so the graph always has exactly one label and at most one date per node.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import DCTERMS, RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.term import Node

from marsad.core.vocab import DECISION_ACTION_CONCEPT, DECISION_KIND_CONCEPT, MRS, ORG
from marsad.loaders.facts import Agent, Decision, Event
from marsad.loaders.rdf.evidence import Span, add_evidence
from marsad.loaders.rdf.triples import Triples

# Classes a later, more specific mention of the same node replaces.
_GENERIC = {MRS.Institution, MRS.Event, MRS.Program}
# A public establishment or high commission "under" a ministry is supervised (tutelle), not a part.
_SUPERVISED = {MRS.PublicEstablishment, MRS.HighCommission}
# Every fact node is typed and labelled: the terms are looked up once here, since an attribute of a closed
# namespace (RDF.type, MRS.matchKey) is checked against the namespace and built as a new IRI on each access.
_TYPE, _LABEL, _ALT_LABEL, _MATCH_KEY = RDF.type, RDFS.label, SKOS.altLabel, MRS.matchKey


@lru_cache(maxsize=1 << 14)
def arabic_literal(text: str) -> Literal:
    """A label in Arabic (the names of persons and bodies recur from one document to the next, and building a
    literal costs more than the look-up; a literal is immutable)."""
    return Literal(text, lang="ar")


@lru_cache(maxsize=1 << 14)
def _key_literal(key: str) -> Literal:
    """A match key as a plain literal (remembered, as ``arabic_literal``)."""
    return Literal(key)


@dataclass(frozen=True, slots=True)
class FactWriter:
    graph: Triples
    doc_id: str
    document: URIRef
    extractor_version: str

    def entity(self, node: URIRef, cls: URIRef, label: str, spans: list[Span], *, confidence: float,
               key: str | None = None) -> None:
        """Type, label, match key, and evidence (with the fact's confidence) of one fact node."""
        g = self.graph
        current_cls = g.value(node, _TYPE)
        if current_cls is None or (current_cls in _GENERIC and cls not in _GENERIC):
            g.set((node, _TYPE, cls))  # the first specific mention decides the class
        text = arabic_literal(label.strip())
        current = g.value(node, _LABEL)
        if current is None:
            g.add((node, _LABEL, text))
        elif current != text:
            g.add((node, _ALT_LABEL, text))
        if key:
            self.once(node, _MATCH_KEY, _key_literal(key))
        add_evidence(g, node, spans, doc_id=self.doc_id, document=self.document,
                     extractor_version=self.extractor_version, confidence=confidence)

    def identify(self, node: URIRef, registry_id: str, surface: str) -> None:
        """A node linked to the reference registry: its registry id, and the name the text used as an
        alternative label when it is not the registry's label."""
        self.once(node, DCTERMS.identifier, Literal(registry_id))
        text = arabic_literal(surface.strip())
        if surface.strip() and self.graph.value(node, _LABEL) != text:
            self.graph.add((node, _ALT_LABEL, text))

    def once(self, node: URIRef, prop: URIRef, value: Node | None) -> None:
        """Add a single-valued property unless the node already has a value for it."""
        if value is not None and self.graph.value(node, prop) is None:
            self.graph.add((node, prop, value))

    def link(self, node: URIRef, prop: URIRef, value: Node | None) -> None:
        if value is not None:
            self.graph.add((node, prop, value))

    def parent(self, child: URIRef, parent: URIRef) -> None:
        g = self.graph
        if g.value(child, RDF.type) in _SUPERVISED and g.value(parent, RDF.type) == MRS.Ministry:
            g.add((child, MRS.supervisedBy, parent))
        else:
            g.add((child, ORG.subOrganizationOf, parent))

    def event(self, node: URIRef, event: Event, *, day: Literal | None, body: URIRef | None,
              organizer: URIRef | None, persons: dict[str, URIRef], posts: dict[str, URIRef]) -> None:
        self.once(node, MRS.date, day)
        if event.place:
            self.once(node, MRS.placeName, Literal(event.place, lang="ar"))
        if event.venue:
            self.once(node, MRS.venue, Literal(event.venue, lang="ar"))
        self.link(node, MRS.body, body)
        self.link(node, MRS.organizedBy, organizer)
        if event.number is not None and event.number > 0:
            self.once(node, MRS.sessionNumber, Literal(event.number, datatype=XSD.integer))
        if event.chair is not None:
            self.once(node, MRS.chair, _agent(event.chair, persons, posts))
        for participant in event.participants:
            self.link(node, MRS.participant, _agent(participant, persons, posts))

    def tenure(self, node: URIRef, *, holder: URIRef, post: URIRef, acting: bool,
               attested_on: Literal | None) -> None:
        g = self.graph
        g.add((holder, ORG.holds, post))
        g.add((node, MRS.holder, holder))
        g.add((node, MRS.post, post))
        g.add((node, MRS.acting, Literal(acting)))
        self.once(node, MRS.attestedOn, attested_on)

    def decision(self, node: URIRef, decision: Decision, *, event: URIRef | None) -> None:
        self.once(node, MRS.object, Literal(decision.object, lang="ar"))
        self.once(node, MRS.decisionKind, DECISION_KIND_CONCEPT.get(decision.kind, MRS.KindOther))
        self.once(node, MRS.decisionAction, DECISION_ACTION_CONCEPT.get(decision.action, MRS.ActionOther))
        self.once(node, MRS.decidedAt, event)
        if decision.year is not None:
            self.once(node, MRS.fiscalYear, Literal(decision.year, datatype=XSD.integer))

    def agreement(self, node: URIRef, *, parties: list[URIRef], purpose: str | None,
                  event: URIRef | None) -> None:
        for party in parties:
            self.graph.add((node, MRS.party, party))
        if purpose:
            self.once(node, MRS.purpose, Literal(purpose, lang="ar"))
        self.once(node, MRS.signedAt, event)

    def program(self, node: URIRef, *, owner: URIRef | None, period: str | None) -> None:
        self.link(node, MRS.ownedBy, owner)
        if period:
            self.once(node, MRS.period, Literal(period))


def _agent(agent: Agent, persons: dict[str, URIRef], posts: dict[str, URIRef]) -> URIRef | None:
    """The named person when known, else the post."""
    return persons.get(agent.person or "") or posts.get(agent.post or "")
