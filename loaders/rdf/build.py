"""The RDF of one document: its mrs:Document node and every fact, each with its evidence.

The caller puts the triples in the document's named graph (``graph_iri(doc.id)``). The mapping is
stated once, into a :class:`~marsad.loaders.rdf.triples.Triples`: ``build_ntriples`` writes it as
N-Triples (what ingest stores and validates), ``build_graph`` gives it as an rdflib graph. Entities get
stable IRIs (loaders.rdf.iris), so the same person or institution named in two documents is one
node; local ids from the facts only scope what cannot be identified across documents. A link to a
local id that names nothing (or a fact whose evidence is not in the text) is skipped, never fatal.
"""

from __future__ import annotations

import hashlib
from datetime import date

from rdflib import DCTERMS, RDF, RDFS, XSD, Graph, Literal, URIRef

from marsad.core.confidence import REGISTRY
from marsad.core.vocab import LABEL_AR, MRS, ORG, SCHEMA
from marsad.loaders.document import SourceDocument
from marsad.loaders.facts import DocumentFacts
from marsad.loaders.normalize import match_key
from marsad.loaders.rdf import iris
from marsad.loaders.rdf.classify import event_class, institution_class, program_class
from marsad.loaders.rdf.evidence import Span, check_spans, find_span
from marsad.loaders.rdf.facts_rdf import FactWriter
from marsad.loaders.rdf.iris import document_iri, graph_iri
from marsad.loaders.rdf.triples import Triples
from marsad.loaders.resolution import Resolution, resolve
from marsad.loaders.resolution.keys import institution_key
from marsad.loaders.resolution.keys import person_key as resolution_key

__all__ = ["build_graph", "build_ntriples", "build_triples", "document_iri", "graph_iri"]


def iso_date(value: str | None) -> Literal | None:
    """An xsd:date literal for a full ISO date (YYYY-MM-DD); None for anything else."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
    return Literal(day.isoformat(), datatype=XSD.date)


def build_graph(doc: SourceDocument, facts: DocumentFacts, *, extractor_version: str,
                resolution: Resolution | None = None) -> Graph:
    """The triples of one document (``build_triples``) as an rdflib graph."""
    return build_triples(doc, facts, extractor_version=extractor_version, resolution=resolution).graph()


def build_ntriples(doc: SourceDocument, facts: DocumentFacts, *, extractor_version: str,
                   resolution: Resolution | None = None) -> str:
    """The triples of one document (``build_triples``) as N-Triples text."""
    return build_triples(doc, facts, extractor_version=extractor_version, resolution=resolution).ntriples()


def build_triples(doc: SourceDocument, facts: DocumentFacts, *, extractor_version: str,
                  resolution: Resolution | None = None) -> Triples:
    """The triples of one document: the document node, every fact, and their evidence.

    ``resolution`` is what the resolution stage made of ``facts`` (which must then be the facts it
    returned); without it the stage runs here."""
    if resolution is None:
        facts, resolution = resolve(facts)
    graph = Triples()
    doc_node = document_iri(doc.id)
    _document(graph, doc_node, doc, facts)
    writer = FactWriter(graph=graph, doc_id=doc.id, document=doc_node, extractor_version=extractor_version)
    published = iso_date(doc.published or facts.document.published)
    text = doc.text

    institutions = _institution_iris(facts, text, doc_id=doc.id, resolution=resolution)
    for inst in facts.institutions:
        if inst.id in institutions:
            spans = check_spans(text, inst.evidence, doc_id=doc.id)
            entry = resolution.institutions.get(inst.id)
            if entry is None:
                writer.entity(institutions[inst.id], institution_class(inst.kind, inst.name), inst.name, spans,
                              confidence=inst.confidence, key=institution_key(inst.name))
            else:
                writer.entity(institutions[inst.id], institution_class(inst.kind, entry.label), entry.label, spans,
                              confidence=max(inst.confidence, REGISTRY), key=match_key(entry.label))
                writer.identify(institutions[inst.id], entry.id, inst.name)
    for inst in facts.institutions:
        child, parent = institutions.get(inst.id), institutions.get(inst.parent or "")
        if child is not None and parent is not None and child != parent:
            writer.parent(child, parent)

    persons: dict[str, URIRef] = {}
    trust: dict[str, float] = {}  # a person's confidence, for the tenures they hold
    names: dict[URIRef, str] = {}
    for person in facts.persons:
        spans = check_spans(text, person.evidence, doc_id=doc.id) if person.name.strip() else []
        if spans:
            entry = resolution.persons.get(person.id)
            key = resolution.person_keys.get(person.id)
            if entry is None:
                node = iris.person_iri(person.name, doc_id=doc.id, local_id=person.id, key=key)
                writer.entity(node, MRS.Person, person.name, spans, confidence=person.confidence,
                              key=key or match_key(person.name))
            else:
                node = iris.registry_iri("person", entry.id)
                writer.entity(node, MRS.Person, entry.label, spans, confidence=max(person.confidence, REGISTRY),
                              key=resolution_key(entry.label))
                writer.identify(node, entry.id, person.name)
            persons[person.id] = node
            trust[person.id] = person.confidence
            names.setdefault(node, person.name)

    posts: dict[str, URIRef] = {}
    post_spans: dict[str, list[Span]] = {}
    for post in facts.posts:
        spans = check_spans(text, post.evidence, doc_id=doc.id) if post.title.strip() else []
        if spans:
            org = institutions.get(post.institution or "")
            node = iris.post_iri(post.title, institution=org, doc_id=doc.id, local_id=post.id,
                                 holder=persons.get(post.holder or ""))
            writer.entity(node, MRS.Post, post.title, spans, confidence=post.confidence, key=match_key(post.title))
            writer.link(node, ORG.postIn, org)
            posts[post.id], post_spans[post.id] = node, spans

    events: dict[str, URIRef] = {}
    event_dates: dict[str, Literal] = {}
    for event in facts.events:
        spans = check_spans(text, event.evidence, doc_id=doc.id)
        if not spans:
            continue
        body = institutions.get(event.body or "")
        day = iso_date(event.date)
        node = iris.event_iri(body=body, date=str(day) if day else None, doc_id=doc.id, local_id=event.id)
        cls = event_class(event.kind)
        # "session of <body>" reads better than the cue word the extractor saw ("الدورة", "لقاء"), and two
        # documents reporting the same event (same body and date) then give it the same label
        host = body or institutions.get(event.institution or "")
        label = _event_label(cls, host, graph) if host is not None else (event.title or "").strip() or \
            _event_label(cls, None, graph)
        writer.entity(node, cls, label, spans, confidence=event.confidence)
        writer.event(node, event, day=day, body=body, organizer=institutions.get(event.institution or ""),
                     persons=persons, posts=posts)
        events[event.id] = node
        if day is not None:
            event_dates[event.id] = day

    for post in facts.posts:
        holder, held = persons.get(post.holder or ""), posts.get(post.id)
        if holder is None or held is None:
            continue
        attested = _attested_on(post.id, post.holder or "", facts, event_dates) or published
        tenure = iris.tenure_iri(holder, held, acting=post.acting)
        # a tenure is as sure as the weaker of its post and its holder
        writer.entity(tenure, MRS.Tenure, f"{names[holder]}، {post.title}", post_spans[post.id],
                      confidence=min(post.confidence, trust.get(post.holder or "", post.confidence)))
        writer.tenure(tenure, holder=holder, post=held, acting=post.acting, attested_on=attested)

    for decision in facts.decisions:
        spans = check_spans(text, decision.evidence, doc_id=doc.id) if decision.object.strip() else []
        if not spans:
            continue
        event_node = events.get(decision.event or "")
        node = iris.decision_iri(event=event_node, kind=decision.kind, object_=decision.object, doc_id=doc.id)
        writer.entity(node, MRS.Decision, decision.object, spans, confidence=decision.confidence)
        writer.decision(node, decision, event=event_node)

    for agreement in facts.partnerships:
        spans = check_spans(text, agreement.evidence, doc_id=doc.id)
        parties = sorted({institutions[p] for p in agreement.parties if p in institutions})
        if not spans or not parties:
            continue  # an agreement between no known institution says nothing
        event_node = events.get(agreement.event or "")
        node = iris.agreement_iri(event=event_node, parties=parties, doc_id=doc.id)
        label = (agreement.purpose or "").strip() or _agreement_label(parties, graph)
        writer.entity(node, MRS.Agreement, label, spans, confidence=agreement.confidence)
        writer.agreement(node, parties=parties, purpose=agreement.purpose, event=event_node)

    for program in facts.programs:
        spans = check_spans(text, program.evidence, doc_id=doc.id) or find_span(text, program.name)
        if not spans or not program.name.strip():
            continue
        node = iris.program_iri(program.name, doc_id=doc.id, local_id=program.id)
        writer.entity(node, program_class(program.name), program.name, spans, confidence=program.confidence,
                      key=match_key(program.name))
        writer.program(node, owner=institutions.get(program.institution or ""), period=program.period)
    return graph


def _institution_iris(facts: DocumentFacts, text: str, *, doc_id: str, resolution: Resolution) -> dict[str, URIRef]:
    """IRIs of the institutions with a name and evidence. One linked to the registry is its registry
    id. A governing body ("مجلس الإدارة") is named relative to its parent, so it is scoped by its
    parent's IRI when the parent is known."""
    by_id = {inst.id: inst for inst in facts.institutions
             if inst.name.strip() and check_spans(text, inst.evidence, doc_id=doc_id)}
    out: dict[str, URIRef] = {}

    def resolve(local_id: str, seen: frozenset[str]) -> URIRef | None:
        inst = by_id.get(local_id)
        if inst is None or local_id in seen:
            return None
        if local_id not in out and local_id in resolution.institutions:
            out[local_id] = iris.registry_iri("institution", resolution.institutions[local_id].id)
        if local_id not in out:
            scope = None
            if inst.kind == "governing_body" and inst.parent and inst.parent != local_id:
                scope = resolve(inst.parent, seen | {local_id})
            out[local_id] = iris.institution_iri(inst.name, scope=scope, doc_id=doc_id, local_id=local_id)
        return out[local_id]

    for local_id in by_id:
        resolve(local_id, frozenset())
    return out


def _document(graph: Triples, node: URIRef, doc: SourceDocument, facts: DocumentFacts) -> None:
    graph.add((node, RDF.type, MRS.Document))
    graph.add((node, MRS.documentId, Literal(doc.id)))
    graph.add((node, MRS.contentHash, Literal(hashlib.sha256(doc.text.encode("utf-8")).hexdigest())))
    graph.add((node, MRS.text, Literal(doc.text)))
    title = doc.title or facts.document.title
    if title:
        graph.add((node, DCTERMS.title, Literal(title, lang="ar")))
    published = iso_date(doc.published or facts.document.published)
    if published is not None:
        graph.add((node, MRS.published, published))
    outlet = doc.source or facts.document.source
    if outlet:
        graph.add((node, MRS.outlet, Literal(outlet)))
    if doc.url:
        graph.add((node, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))


def _name_of(graph: Triples, node: URIRef) -> str:
    value = graph.value(node, RDFS.label)
    return str(value) if value is not None else ""


def _event_label(cls: URIRef, body: URIRef | None, graph: Triples) -> str:
    head = LABEL_AR.get(cls, LABEL_AR[MRS.Event])
    return f"{head} {_name_of(graph, body)}".strip() if body is not None else head


def _agreement_label(parties: list[URIRef], graph: Triples) -> str:
    return f"{LABEL_AR[MRS.Agreement]} بين " + " و".join(_name_of(graph, p) for p in parties)


def _attested_on(post_id: str, person_id: str, facts: DocumentFacts, dates: dict[str, Literal]) -> Literal | None:
    """The date of the first dated event in which the post or its holder chairs or takes part."""
    for event in facts.events:
        if event.id not in dates:
            continue
        agents = [*event.participants, *([event.chair] if event.chair else [])]
        if any(a.post == post_id or (a.person and a.person == person_id) for a in agents):
            return dates[event.id]
    return None

