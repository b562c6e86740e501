"""Each fact's confidence comes from the rule that found it (marsad.core.confidence): a registry link,
an explicit cue with its argument in the same sentence, or an inference. Small written sentences, one
rule each; then the RDF evidence carries it and the shapes check it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDFS, Literal, URIRef

from marsad.core.confidence import CUE, INFERRED, REGISTRY, basis, unverified
from marsad.core.vocab import MRS
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract
from marsad.loaders.facts import DocumentFacts
from marsad.loaders.rdf.build import build_graph
from marsad.loaders.rdf.validate import validate

SESSION = ("ترأس السيد محمد بنعلي، المدير العام للمكتب الوطني للكهرباء والماء الصالح للشرب، يوم الثلاثاء 12 مارس 2024 "
           "بالرباط، أشغال الدورة العادية لمجلس الإدارة. وصادق المجلس على ميزانية سنة 2024.")
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
SIGNING = "وقعت وزارة الداخلية والمكتب الوطني للسكك الحديدية اتفاقية شراكة يوم 4 ماي 2024 بالرباط."


def _facts(text: str) -> DocumentFacts:
    return extract(SourceDocument(id="c", text=text))


def _by_name(facts: DocumentFacts, kind: str) -> dict[str, float]:
    return {getattr(f, "name", None) or getattr(f, "title", None) or getattr(f, "object", ""): f.confidence
            for f in getattr(facts, kind)}


def test_explicit_cues_give_cue_confidence() -> None:
    facts = _facts(SESSION)
    assert _by_name(facts, "persons") == {"محمد بنعلي": CUE}  # after an honorific, beside a post
    assert set(_by_name(facts, "institutions").values()) == {CUE}
    assert set(_by_name(facts, "posts").values()) == {CUE}
    assert [e.confidence for e in facts.events] == [CUE]  # ترأس … أشغال الدورة
    assert [d.confidence for d in facts.decisions] == [CUE]  # صادق … على ميزانية, of a session read from a cue


def test_a_name_found_by_its_given_name_alone_is_inferred() -> None:
    assert _by_name(_facts("وأكد محمد العلوي أن المشروع سيرى النور قريبا."), "persons") == {"محمد العلوي": INFERRED}


def test_a_ministry_implied_by_a_ministers_title_is_inferred_and_the_title_is_a_cue() -> None:
    # (a ministry only implied is kept when it acts in the article: here its minister chairs a meeting;
    # tests/test_extraction_implied.py has the minister who is only quoted)
    facts = _facts("ترأس وزير الصحة اجتماعا لتتبع الوضع الوبائي.")
    assert _by_name(facts, "institutions") == {"وزارة الصحة": INFERRED}
    assert _by_name(facts, "posts") == {"وزير الصحة": CUE}


def test_a_body_approving_is_a_sitting_read_from_a_cue() -> None:
    facts = _facts("صادق مجلس الحكومة على مشروع القانون رقم 12.20 يوم الخميس 5 مارس 2020.")
    assert [(e.kind, e.confidence) for e in facts.events] == [("session", CUE)]
    assert {d.kind: d.confidence for d in facts.decisions} == {"regulation": CUE}


def test_a_sitting_no_event_noun_names_is_inferred() -> None:
    facts = _facts("وتقدم به الوزير إلى المجلس الحكومي المنعقد أمس حيث تمت المصادقة عليه.")
    assert [(e.kind, e.confidence) for e in facts.events] == [("session", INFERRED)]


def test_an_event_known_only_by_the_speakers_institution_and_its_decisions_are_inferred() -> None:
    facts = _facts("عين أحمد اليزمي رئيسا للمجلس الوطني لحقوق الإنسان. وقال اليزمي في ندوة صحفية إن التقرير جاهز.")
    assert [(e.body, e.institution is not None, e.confidence) for e in facts.events] == [(None, True, INFERRED)]
    assert [(d.kind, d.confidence) for d in facts.decisions] == [("appointment", INFERRED)]


def test_agreements_with_named_parties_are_cues_and_listed_single_party_ones_inferred() -> None:
    assert [p.confidence for p in _facts(SIGNING).partnerships] == [CUE]
    listed = _facts("شملت الاتفاقيات الموقعة كلا من:\nوزارة الداخلية،\nوالمكتب الوطني للسكك الحديدية.")
    assert [(len(p.parties), p.confidence) for p in listed.partnerships] == [(1, INFERRED), (1, INFERRED)]


def test_levels_and_the_unverified_threshold() -> None:
    levels = [basis(v) for v in (REGISTRY, CUE, INFERRED, 0.0, 0.85)]
    assert levels == ["registry", "cue", "inferred", "inferred", "cue"]
    assert unverified(INFERRED) and not unverified(CUE) and not unverified(None)


def _rdf(text: str) -> dict[str, tuple[Literal, Literal]]:
    doc = SourceDocument(id="c", text=text)
    graph = build_graph(doc, extract(doc), extractor_version="test")
    assert validate(graph).conforms
    return {str(graph.value(node, RDFS.label)): (graph.value(ev, MRS.confidence), graph.value(ev, MRS.confidenceBasis))
            for node, ev in graph.subject_objects(MRS.evidence)}


def test_registry_linked_entities_are_registry_confidence_in_rdf() -> None:
    found = _rdf(SIGNING)
    assert found["وزارة الداخلية"] == (Literal(Decimal("0.95"), datatype=DECIMAL), Literal("registry"))
    assert found["المكتب الوطني للسكك الحديدية"][1] == Literal("registry")
    assert {str(b) for _c, b in found.values()} == {"registry", "cue"}


def test_a_tenure_is_as_sure_as_the_weaker_of_its_post_and_holder() -> None:
    found = _rdf("وقال محمد العلوي، رئيس جماعة تطوان، إن الأشغال انطلقت.")
    tenure = next(v for k, v in found.items() if "،" in k)
    assert tenure[0].toPython() == min(found["محمد العلوي"][0].toPython(), found["رئيس جماعة تطوان"][0].toPython())


@pytest.mark.parametrize(("value", "fails"), [("0.5", False), ("1", False), ("1.2", True), ("-0.1", True)])
def test_the_shapes_hold_confidence_to_a_decimal_from_0_to_1(value: str, fails: bool) -> None:
    doc = SourceDocument(id="c", text=SIGNING)
    graph = build_graph(doc, extract(doc), extractor_version="test")
    for ev in list(graph.subjects(MRS.confidence, None)):
        graph.set((ev, MRS.confidence, Literal(Decimal(value), datatype=DECIMAL)))
    report = validate(graph)
    assert report.conforms is not fails
    assert all(v.node_shape == "ConfidenceShape" for v in report.violations)


def test_evidence_without_a_confidence_does_not_conform() -> None:
    doc = SourceDocument(id="c", text=SIGNING)
    graph = build_graph(doc, extract(doc), extractor_version="test")
    graph.remove((None, MRS.confidence, None))
    report = validate(graph)
    assert not report.conforms and {v.node_shape for v in report.violations} == {"ConfidenceShape"}
