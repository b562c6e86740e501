"""IRIs are minted exactly as ontology/README.md says, and classes are refined by the names' head words."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import URIRef

from marsad.core.vocab import MRS
from marsad.loaders.normalize import match_key
from marsad.loaders.rdf import iris
from marsad.loaders.rdf.classify import event_class, institution_class, program_class


def key(*fields: str) -> str:
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()[:16]


def test_document_and_graph_share_the_key_of_the_document_id() -> None:
    assert iris.document_iri("seed-000") == URIRef(f"https://w3id.org/marsad/id/document/{key('seed-000')}")
    assert iris.graph_iri("seed-000") == URIRef(f"https://w3id.org/marsad/graph/{key('seed-000')}")


def test_names_are_keyed_by_their_match_key() -> None:
    plain = iris.person_iri("عبد الوهاب الجابري", doc_id="a", local_id="p1")
    # compound given name joined, family name without its article (loaders/resolution/keys.py)
    assert plain == URIRef(f"https://w3id.org/marsad/id/person/{key('عبدالوهاب جابري')}")
    # honorific, hamza/alef forms, taa marbuta and a different document: the same person
    assert iris.person_iri("السيد عبدالوهاب الجابرى", doc_id="b", local_id="p9") == plain
    ministry = iris.institution_iri("وزارة الداخلية", doc_id="a", local_id="i1")
    assert ministry == iris.institution_iri("وزارة الداخليه.", doc_id="b", local_id="i7")


def test_a_conjunction_typed_apart_keys_as_one_written_joined() -> None:
    joined = iris.institution_iri("الكتابة الجهوية لحزب الوحدة والتقدم", doc_id="a", local_id="i1")
    assert iris.institution_iri("الكتابة الجهوية لحزب الوحدة و التقدم", doc_id="b", local_id="i2") == joined
    # a word that only ends in و is no conjunction: "أبو بكر" keeps its two words
    assert match_key("جمعية أبو بكر") == "جمعيه ابو بكر"
    assert match_key("مجلس و") == "مجلس و"  # nothing after it to join


def test_a_name_with_nothing_left_stays_local_to_its_document() -> None:
    assert iris.person_iri("السيد", doc_id="a", local_id="p1") != iris.person_iri("السيد", doc_id="b", local_id="p1")


def test_posts_are_scoped_by_institution_or_else_by_document() -> None:
    ministry = iris.institution_iri("وزارة الداخلية", doc_id="a", local_id="i1")
    in_a = iris.post_iri("الكاتب العام", institution=ministry, doc_id="a", local_id="x")
    assert in_a == iris.post_iri("الكاتب العام", institution=ministry, doc_id="b", local_id="y")
    assert iris.post_iri("الرئيس", institution=None, doc_id="a", local_id="x") != iris.post_iri(
        "الرئيس", institution=None, doc_id="b", local_id="x")


def test_events_are_the_same_when_body_and_day_are() -> None:
    body = iris.institution_iri("مجلس جهة سوس ماسة", doc_id="a", local_id="i1")
    one = iris.event_iri(body=body, date="2024-03-04", doc_id="a", local_id="e1")
    assert one == iris.event_iri(body=body, date="2024-03-04", doc_id="b", local_id="e5")
    assert one == URIRef(f"https://w3id.org/marsad/id/event/{key(str(body), '2024-03-04')}")
    assert iris.event_iri(body=body, date=None, doc_id="a", local_id="e1") != iris.event_iri(
        body=body, date=None, doc_id="b", local_id="e1")


def test_tenure_agreement_and_evidence_keys() -> None:
    person, post = URIRef("urn:p"), URIRef("urn:q")
    assert iris.tenure_iri(person, post, acting=True) != iris.tenure_iri(person, post, acting=False)
    a, b = URIRef("urn:a"), URIRef("urn:b")
    assert iris.agreement_iri(event=None, parties=[a, b], doc_id="d") == iris.agreement_iri(
        event=None, parties=[b, a], doc_id="d")
    fact = URIRef("urn:f")
    assert iris.evidence_iri(doc_id="d", start=1, end=5, fact=fact) == URIRef(
        f"https://w3id.org/marsad/id/evidence/{key('d', '1', '5', 'urn:f')}")


@pytest.mark.parametrize(("kind", "name", "expected"), [
    ("territorial", "جهة الدار البيضاء سطات", MRS.Region),
    ("territorial", "إقليم تارودانت", MRS.Province),
    ("territorial", "عمالة مراكش", MRS.Prefecture),
    ("territorial", "جماعة أكادير", MRS.Commune),
    ("territorial", "الجماعات الترابية", MRS.TerritorialCollectivity),
    ("local_service", "المديرية الجهوية للصحة", MRS.RegionalDirectorate),
    ("local_service", "المديرية الإقليمية للتربية الوطنية", MRS.ProvincialDirectorate),
    ("local_service", "مندوبية التعاون الوطني", MRS.DeconcentratedService),
    ("governing_body", "مجلس الإدارة", MRS.Board),
    ("governing_body", "مجلس إدارة الأكاديمية", MRS.Board),
    ("governing_body", "مجلس الرقابة", MRS.Board),
    ("governing_body", "المجلس الجماعي", MRS.Council),
    ("governing_body", "لجنة التتبع", MRS.Committee),
    ("parliament", "مجلس النواب", MRS.ParliamentaryChamber),
    ("parliament", "مجلس المستشارين", MRS.ParliamentaryChamber),
    ("parliament", "لجنة المالية والتنمية الاقتصادية", MRS.ParliamentaryCommittee),
    ("parliament", "البرلمان", MRS.Parliament),
    ("association", "حزب التجمع الوطني للأحرار", MRS.PoliticalParty),
    ("association", "الاتحاد المغربي للشغل", MRS.TradeUnion),
    ("association", "النقابة الوطنية للتعليم", MRS.TradeUnion),
    ("association", "جمعية حماية المستهلك", MRS.Association),
    ("ministry", "وزارة الداخلية", MRS.Ministry),
    ("public_body", "المكتب الوطني للماء والكهرباء", MRS.PublicEstablishment),
    ("high_commission", "المندوبية السامية للتخطيط", MRS.HighCommission),
    ("company", "الخطوط الملكية المغربية", MRS.Company),
    ("other", "هيئة ما", MRS.Institution),
])
def test_institution_class(kind: str, name: str, expected: URIRef) -> None:
    assert institution_class(kind, name) == expected


def test_event_and_program_classes() -> None:
    assert event_class("session") == MRS.Session and event_class("other") == MRS.Event
    assert program_class("المخطط الجهوي للتعليم") == MRS.Plan
    assert program_class("الاستراتيجية الوطنية للماء") == MRS.Strategy
    assert program_class("برنامج أوراش") == MRS.Program
