"""build_graph on a small hand-written document: stable IRIs, evidence on every fact, validity."""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.compare import isomorphic

from marsad.core.vocab import MRS, ORG, PROV
from marsad.loaders.document import SourceDocument
from marsad.loaders.facts import (
    Agent,
    Decision,
    DocumentFacts,
    DocumentInfo,
    Event,
    Evidence,
    Institution,
    Partnership,
    Person,
    Post,
    Program,
)
from marsad.loaders.rdf.build import build_graph, document_iri, graph_iri
from marsad.loaders.rdf.validate import validate, with_type_closure

TEXT = (
    "عقد مجلس الإدارة للوكالة الوطنية للمياه والغابات، يوم 12 مارس 2024 بالرباط، دورته العادية الثانية "
    "برئاسة السيد أحمد العلوي، وزير الفلاحة، بحضور السيدة فاطمة الزهراء بناني، المديرة العامة للوكالة "
    "بالنيابة. وصادق المجلس على ميزانية الوكالة برسم سنة 2025، واعتمد برنامج العمل. كما تم توقيع اتفاقية "
    "شراكة بين الوكالة وجهة الرباط سلا القنيطرة."
)
VERSION = "test-1"


def ev(quote: str, text: str = TEXT) -> list[Evidence]:
    start = text.index(quote)
    return [Evidence(start=start, end=start + len(quote), quote=quote)]


def sample_facts(doc_id: str = "doc-1", text: str = TEXT) -> DocumentFacts:
    return DocumentFacts(
        document=DocumentInfo(id=doc_id, title="دورة مجلس الإدارة", published="2024-03-13"),
        institutions=[
            Institution(id="i1", name="الوكالة الوطنية للمياه والغابات", kind="public_body", parent="i3",
                        evidence=ev("للوكالة الوطنية للمياه والغابات", text)),
            Institution(id="i2", name="مجلس الإدارة", kind="governing_body", parent="i1",
                        evidence=ev("مجلس الإدارة", text)),
            Institution(id="i3", name="وزارة الفلاحة", kind="ministry", evidence=ev("وزير الفلاحة", text)),
            Institution(id="i4", name="جهة الرباط سلا القنيطرة", kind="territorial",
                        evidence=ev("جهة الرباط سلا القنيطرة", text)),
        ],
        persons=[
            Person(id="p1", name="أحمد العلوي", evidence=ev("أحمد العلوي", text)),
            Person(id="p2", name="فاطمة الزهراء بناني", evidence=ev("فاطمة الزهراء بناني", text)),
        ],
        posts=[
            Post(id="po1", title="وزير الفلاحة", institution="i3", holder="p1", evidence=ev("وزير الفلاحة", text)),
            Post(id="po2", title="المديرة العامة للوكالة", institution="i1", holder="p2", acting=True,
                 evidence=ev("المديرة العامة للوكالة بالنيابة", text)),
        ],
        events=[
            Event(id="e1", kind="session", date="2024-03-12", place="الرباط", body="i2", institution="i1", number=2,
                  chair=Agent(person="p1", post="po1"), participants=[Agent(person="p2"), Agent(post="po2")],
                  evidence=ev("دورته العادية الثانية", text)),
        ],
        decisions=[
            Decision(id="d1", event="e1", action="approve", kind="budget", object="ميزانية الوكالة برسم سنة 2025",
                     year=2025, evidence=ev("صادق المجلس على ميزانية الوكالة برسم سنة 2025", text)),
            Decision(id="d2", event="e1", action="adopt", kind="action_plan", object="برنامج العمل",
                     evidence=ev("اعتمد برنامج العمل", text)),
        ],
        partnerships=[
            Partnership(id="a1", parties=["i1", "i4"], evidence=ev("توقيع اتفاقية شراكة", text)),
        ],
        programs=[Program(id="g1", name="برنامج العمل", institution="i1")],  # no evidence: found in the text
    )


def build(doc_id: str = "doc-1", text: str = TEXT, facts: DocumentFacts | None = None) -> Graph:
    doc = SourceDocument(id=doc_id, text=text, published="2024-03-13", source="example", url="https://example.org/a")
    return build_graph(doc, facts or sample_facts(doc_id, text), extractor_version=VERSION)


def nodes_of(graph: Graph, cls: URIRef) -> set[URIRef]:
    return {s for s in with_type_closure(graph).subjects(RDF.type, cls) if isinstance(s, URIRef)}


def named(graph: Graph, cls: URIRef, label: str) -> URIRef:
    # a node linked to the registry has the registry's label; the text's spelling is an alternative label
    found = [s for s in nodes_of(graph, cls) if (s, RDFS.label, Literal(label, lang="ar")) in graph
             or (s, SKOS.altLabel, Literal(label, lang="ar")) in graph]
    assert len(found) == 1, (cls, label, found)
    return found[0]


def test_sample_graph_validates() -> None:
    report = validate(build())
    assert report.conforms, report.messages


def test_building_twice_gives_isomorphic_graphs() -> None:
    assert isomorphic(build(), build())


def test_same_names_in_two_documents_share_iris_and_documents_do_not() -> None:
    one, two = build("doc-1"), build("doc-2", "تمهيد. " + TEXT)
    for cls, label in [(MRS.Person, "أحمد العلوي"), (MRS.Institution, "وزارة الفلاحة"),
                       (MRS.Institution, "مجلس الإدارة"), (MRS.Event, "دورته العادية الثانية")]:
        if cls == MRS.Event:
            assert nodes_of(one, MRS.Session) == nodes_of(two, MRS.Session)  # same body, same day
            continue
        assert named(one, cls, label) == named(two, cls, label)
    assert nodes_of(one, MRS.Document) != nodes_of(two, MRS.Document)
    assert nodes_of(one, MRS.Evidence).isdisjoint(nodes_of(two, MRS.Evidence))
    assert document_iri("doc-1").split("/")[-1] == graph_iri("doc-1").split("/")[-1]


def test_every_fact_node_has_evidence_quoting_the_text() -> None:
    graph = build()
    facts = set().union(*(nodes_of(graph, c) for c in (MRS.Person, MRS.Institution, MRS.Post, MRS.Tenure,
                                                       MRS.Event, MRS.Decision, MRS.Agreement, MRS.Program)))
    assert len(facts) == 4 + 2 + 2 + 2 + 1 + 2 + 1 + 1
    for node in facts:
        evidence = list(graph.objects(node, MRS.evidence))
        assert evidence, node
        for item in evidence:
            start, end = int(str(graph.value(item, MRS.start))), int(str(graph.value(item, MRS.end)))
            assert TEXT[start:end] == str(graph.value(item, MRS.quote))
            assert graph.value(item, PROV.wasDerivedFrom) == document_iri("doc-1")


def test_links_kinds_and_tenures() -> None:
    graph = build()
    ahmad = named(graph, MRS.Person, "أحمد العلوي")
    session = next(iter(nodes_of(graph, MRS.Session)))
    assert graph.value(session, MRS.chair) == ahmad  # the named person wins over the post
    assert graph.value(session, MRS.date) == Literal("2024-03-12", datatype=ns.XSD.date)
    agency = named(graph, MRS.PublicEstablishment, "الوكالة الوطنية للمياه والغابات")
    ministry = named(graph, MRS.Ministry, "وزارة الفلاحة")
    board = named(graph, MRS.Board, "مجلس الإدارة")
    assert (agency, MRS.supervisedBy, ministry) in graph
    assert (board, ORG.subOrganizationOf, agency) in graph
    assert nodes_of(graph, MRS.Region) == {named(graph, MRS.Institution, "جهة الرباط سلا القنيطرة")}
    budget = named(graph, MRS.Decision, "ميزانية الوكالة برسم سنة 2025")
    assert graph.value(budget, MRS.decisionKind) == MRS.KindBudget
    assert graph.value(budget, MRS.decisionAction) == MRS.ActionApprove
    assert int(str(graph.value(budget, MRS.fiscalYear))) == 2025
    tenures = nodes_of(graph, MRS.Tenure)
    acting = {str(graph.value(t, MRS.acting)) for t in tenures}
    assert acting == {"true", "false"}
    assert {str(graph.value(t, MRS.attestedOn)) for t in tenures} == {"2024-03-12"}  # the session's date
    agreement = next(iter(nodes_of(graph, MRS.Agreement)))
    assert len(set(graph.objects(agreement, MRS.party))) == 2


def test_dangling_local_ids_and_bad_evidence_are_skipped() -> None:
    facts = sample_facts()
    broken = facts.model_copy(update={
        "posts": [*facts.posts, Post(id="po3", title="الكاتب العام", institution="nope", holder="ghost",
                                     evidence=ev("الوكالة"))],
        "events": [Event(id="e2", kind="meeting", body="missing", chair=Agent(person="ghost"),
                         participants=[Agent(post="none")], evidence=ev("بالرباط"))],
        "decisions": [*facts.decisions, Decision(id="d3", event="nowhere", kind="report", object="تقرير",
                                                  evidence=[Evidence(start=0, end=5, quote="غير موجود")])],
        "partnerships": [Partnership(id="a2", parties=["x", "y"], evidence=ev("اتفاقية"))],
    })
    graph = build(facts=broken)
    assert validate(graph).conforms
    assert not any(str(o) == "تقرير" for o in graph.objects(None, MRS.object))  # evidence not in the text
    assert len(nodes_of(graph, MRS.Agreement)) == 0  # no known party


def test_misplaced_evidence_is_moved_to_the_quote() -> None:
    quote = "أحمد العلوي"
    facts = sample_facts().model_copy(update={
        "persons": [Person(id="p1", name=quote, evidence=[Evidence(start=3, end=3 + len(quote), quote=quote)])],
    })
    graph = build(facts=facts)
    start = graph.value(next(iter(graph.objects(named(graph, MRS.Person, quote), MRS.evidence))), MRS.start)
    assert int(str(start)) == TEXT.index(quote)


def test_blank_names_are_skipped_and_a_specific_kind_wins() -> None:
    facts = sample_facts()
    edited = facts.model_copy(update={
        "persons": [*facts.persons, Person(id="p9", name="  ", evidence=ev("بالرباط"))],
        "institutions": [
            Institution(id="i0", name="وزارة الفلاحة", kind="other", evidence=ev("وزير الفلاحة")),
            *facts.institutions,
        ],
        "events": [facts.events[0].model_copy(update={"title": " "})],
    })
    graph = build(facts=edited)
    assert validate(graph).conforms
    ministry = named(graph, MRS.Institution, "وزارة الفلاحة")
    assert set(graph.objects(ministry, RDF.type)) == {MRS.Ministry}
    assert len(nodes_of(graph, MRS.Person)) == 2


def test_a_post_without_an_institution_is_one_node_per_holder_across_documents() -> None:
    """"ولي العهد" held by the same person in two documents is one post (and one tenure, attested twice); held by
    another person, or by nobody, it stays apart."""
    text = "استقبل ولي العهد الأمير سلمان السديري وفدا من رجال الأعمال، وحضر اللقاء ولي العهد."

    def facts(doc_id: str, holder: str | None) -> DocumentFacts:
        persons = [Person(id="p1", name=holder, evidence=ev("سلمان السديري", text))] if holder else []
        return DocumentFacts(document=DocumentInfo(id=doc_id, title="استقبال", published="2024-03-13"),
                             persons=persons,
                             posts=[Post(id="po1", title="ولي العهد", holder="p1" if holder else None,
                                         evidence=ev("ولي العهد", text))])

    def post_of(doc_id: str, holder: str | None) -> URIRef:
        graph = build(doc_id, text, facts(doc_id, holder))
        assert validate(graph).conforms
        (post,) = nodes_of(graph, MRS.Post)
        return post

    same = post_of("doc-1", "سلمان السديري")
    assert post_of("doc-2", "سلمان السديري") == same
    assert post_of("doc-3", "خالد السديري") != same
    assert post_of("doc-4", None) != post_of("doc-5", None)  # with no holder the title stays in its document
