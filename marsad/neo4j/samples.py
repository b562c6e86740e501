"""Small synthetic document graphs in the Marsad vocabulary (for the Neo4j tests and the write benchmark).

``SampleDocument`` writes facts the way loaders.rdf.build does: every fact node typed, labelled in
Arabic, with evidence (offsets and a quote into the document's text) and mrs:mentionedIn; IRIs are
stable hashes of the identifying fields, so the same name in two documents is one node.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from marsad.core.confidence import CUE
from marsad.core.vocab import MRS, ORG, PROV, graph_iri, resource_iri
from marsad.loaders.rdf.evidence import confidence_literal

EXTRACTOR_VERSION = "sample-1"


def key(*fields: str) -> str:
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()[:16]


class SampleDocument:
    """Builds the graph of one document, fact by fact."""

    def __init__(self, doc_id: str, *, published: str = "2024-03-12") -> None:
        self.doc_id = doc_id
        self.graph = Graph()
        self.document = resource_iri("document", key(doc_id))
        self.published = published
        self._text: list[str] = []
        self._length = 0

    def _quote(self, words: str) -> tuple[int, int]:
        start = self._length
        self._text.append(words + " . ")
        self._length += len(words) + 3
        return start, start + len(words)

    def entity(self, type_: str, cls: URIRef, name: str, *identity: str) -> URIRef:
        node = resource_iri(type_, key(type_, name, *identity))
        g = self.graph
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(name, lang="ar")))
        g.add((node, MRS.matchKey, Literal(name)))
        start, end = self._quote(name)
        evidence = resource_iri("evidence", key(self.doc_id, str(start), str(end), str(node)))
        g.add((node, MRS.evidence, evidence))
        g.add((node, MRS.mentionedIn, self.document))
        g.add((evidence, RDF.type, MRS.Evidence))
        g.add((evidence, MRS.start, Literal(start)))
        g.add((evidence, MRS.end, Literal(end)))
        g.add((evidence, MRS.quote, Literal(name)))
        g.add((evidence, PROV.wasDerivedFrom, self.document))
        g.add((evidence, MRS.extractorVersion, Literal(EXTRACTOR_VERSION)))
        g.add((evidence, MRS.confidence, confidence_literal(CUE)))
        g.add((evidence, MRS.confidenceBasis, Literal("cue")))
        return node

    def add(self, subject: URIRef, predicate: URIRef, value: URIRef | Literal) -> None:
        self.graph.add((subject, predicate, value))

    def event(self, cls: URIRef, name: str, *, body: URIRef, day: str) -> URIRef:
        node = self.entity("event", cls, name, str(body), day)
        self.add(node, MRS.date, Literal(day, datatype=XSD.date))
        self.add(node, MRS.body, body)
        return node

    def tenure(self, person: URIRef, post: URIRef, *, day: str) -> URIRef:
        node = self.entity("tenure", MRS.Tenure, f"{person}، {post}")
        self.add(person, ORG.holds, post)
        self.add(node, MRS.holder, person)
        self.add(node, MRS.post, post)
        self.add(node, MRS.acting, Literal(False))
        self.add(node, MRS.attestedOn, Literal(day, datatype=XSD.date))
        return node

    def decision(self, obj: str, *, event: URIRef, kind: URIRef, action: URIRef, year: int | None) -> URIRef:
        node = self.entity("decision", MRS.Decision, obj, str(event))
        self.add(node, MRS.object, Literal(obj, lang="ar"))
        self.add(node, MRS.decidedAt, event)
        self.add(node, MRS.decisionKind, kind)
        self.add(node, MRS.decisionAction, action)
        if year is not None:
            self.add(node, MRS.fiscalYear, Literal(year))
        return node

    def finish(self) -> tuple[str, Graph]:
        """(graph IRI, graph) with the mrs:Document node added."""
        text = "".join(self._text)
        g, doc = self.graph, self.document
        g.add((doc, RDF.type, MRS.Document))
        g.add((doc, MRS.documentId, Literal(self.doc_id)))
        g.add((doc, MRS.contentHash, Literal(hashlib.sha256(text.encode("utf-8")).hexdigest())))
        g.add((doc, MRS.text, Literal(text)))
        g.add((doc, MRS.published, Literal(self.published, datatype=XSD.date)))
        return str(graph_iri(key(self.doc_id))), g


def region_documents() -> list[tuple[str, Graph]]:
    """Three documents about one regional council (shared people, institutions and one shared event)."""
    a = SampleDocument("doc-a")
    region = a.entity("institution", MRS.Region, "جهة الرباط سلا القنيطرة")
    council = a.entity("institution", MRS.Council, "مجلس جهة الرباط سلا القنيطرة")
    ministry = a.entity("institution", MRS.Ministry, "وزارة الداخلية")
    a.add(council, ORG.subOrganizationOf, region)
    chair = a.entity("person", MRS.Person, "رشيد العبدي")
    member = a.entity("person", MRS.Person, "فاطمة الزهراء")
    post = a.entity("post", MRS.Post, "رئيس مجلس الجهة", str(council))
    a.add(post, ORG.postIn, council)
    a.tenure(chair, post, day="2024-03-12")
    session = a.event(MRS.Session, "دورة مارس", body=council, day="2024-03-12")
    a.add(session, MRS.chair, chair)
    a.add(session, MRS.participant, member)
    a.add(session, MRS.sessionNumber, Literal(1))
    a.decision("ميزانية الجهة برسم سنة 2024", event=session, kind=MRS.KindBudget, action=MRS.ActionApprove,
               year=2024)
    signing = a.event(MRS.Signing, "توقيع اتفاقية", body=council, day="2024-03-12")
    agreement = a.entity("agreement", MRS.Agreement, "اتفاقية شراكة للنقل", str(region), str(ministry))
    a.add(agreement, MRS.party, region)
    a.add(agreement, MRS.party, ministry)
    a.add(agreement, MRS.signedAt, signing)
    a.add(agreement, MRS.purpose, Literal("تحسين النقل العمومي", lang="ar"))

    b = SampleDocument("doc-b", published="2024-06-21")
    council_b = b.entity("institution", MRS.Council, "مجلس جهة الرباط سلا القنيطرة")
    chair_b = b.entity("person", MRS.Person, "رشيد العبدي")
    other = b.entity("person", MRS.Person, "كريم بنعلي")
    june = b.event(MRS.Session, "دورة يونيو", body=council_b, day="2024-06-20")
    b.add(june, MRS.chair, chair_b)
    b.add(june, MRS.participant, other)
    b.decision("الميزانية التعديلية", event=june, kind=MRS.KindBudget, action=MRS.ActionApprove, year=None)
    b.decision("برنامج التنمية الجهوية", event=june, kind=MRS.KindProgram, action=MRS.ActionAdopt, year=None)

    c = SampleDocument("doc-c")
    council_c = c.entity("institution", MRS.Council, "مجلس جهة الرباط سلا القنيطرة")
    member_c = c.entity("person", MRS.Person, "فاطمة الزهراء")
    chair_c = c.entity("person", MRS.Person, "رشيد العبدي")
    march = c.event(MRS.Session, "دورة مارس", body=council_c, day="2024-03-12")
    c.add(march, MRS.participant, member_c)
    c.add(march, MRS.chair, chair_c)
    return [a.finish(), b.finish(), c.finish()]


def synthetic_documents(count: int, *, seed: int = 7) -> Iterator[tuple[str, Graph]]:
    """``count`` documents drawn from pools of people and councils (so entities recur across documents)."""
    rng = random.Random(seed)
    people = [f"شخص رقم {i}" for i in range(max(10, count // 2))]
    councils = [f"مجلس جماعة رقم {i}" for i in range(max(5, count // 10))]
    for n in range(count):
        doc = SampleDocument(f"synthetic-{n}")
        council = doc.entity("institution", MRS.Council, rng.choice(councils))
        day = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        event = doc.event(MRS.Session, f"دورة {n}", body=council, day=day)
        chair = doc.entity("person", MRS.Person, rng.choice(people))
        doc.add(event, MRS.chair, chair)
        for name in rng.sample(people, 4):
            doc.add(event, MRS.participant, doc.entity("person", MRS.Person, name))
        post = doc.entity("post", MRS.Post, f"رئيس {council}", str(council))
        doc.add(post, ORG.postIn, council)
        doc.tenure(chair, post, day=day)
        for i in range(3):
            doc.decision(f"قرار {i} من الدورة {n}", event=event, kind=MRS.KindBudget, action=MRS.ActionApprove,
                         year=int(day[:4]))
        yield doc.finish()
