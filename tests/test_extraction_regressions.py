"""One test per bug fixed while reading real articles, named after what broke."""

from __future__ import annotations

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract
from marsad.loaders.facts import DocumentFacts


def _facts(text: str) -> DocumentFacts:
    return extract(SourceDocument(id="r", text=text))


def _persons(text: str) -> list[str]:
    return [p.name for p in _facts(text).persons]


def _held(text: str) -> set[tuple[str, str]]:
    facts = _facts(text)
    names = {p.id: p.name for p in facts.persons}
    return {(p.title, names[p.holder]) for p in facts.posts if p.holder}


def _institutions(text: str) -> list[str]:
    return [i.name for i in _facts(text).institutions]


def test_wa_ila_is_not_the_title_wali() -> None:
    assert not _facts("وإلى الآن لم يتم الإعلان عن أغلى لاعب في البطولة.").posts


def test_his_role_is_not_a_session() -> None:
    text = "رهن التحقيق لدوره البارز في القضية حسب النيابة العامة السعودية."
    assert not _facts(text).events


def test_civil_society_is_not_a_convened_meeting() -> None:
    text = "أكد الوزير على دور المجتمع المدني في محاربة المخدرات بحضور ممثلي الجمعيات."
    assert not _facts(text).events


def test_article_surname_does_not_swallow_the_next_noun() -> None:
    assert _persons("رفض الناطق باسم الحكومة مصطفى الخلفي الإجابة على سؤال.") == ["مصطفى الخلفي"]


def test_nisba_adjective_ends_a_title_before_an_unknown_name() -> None:
    held = _held("وقال وزير الخارجية الفلسطيني رياض المالكي إن الاجتماع كان مهما.")
    assert ("وزير الخارجية الفلسطيني", "رياض المالكي") in held
    assert "وزارة الخارجية الفلسطيني رياض المالكي" not in _institutions(
        "وقال وزير الخارجية الفلسطيني رياض المالكي إن الاجتماع كان مهما.")


def test_hamza_alef_is_not_the_article() -> None:
    assert not _facts("قتلت عاملة إغاثة ألمانية في كابول.").posts


def test_title_used_as_honorific_before_a_name() -> None:
    titles = [p.title for p in _facts("ترشح الرئيس بوتفليقة للعهدة الرئاسية الخامسة.").posts]
    assert "الرئيس بوتفليقة للعهدة الرئاسية الخامسة" not in titles


def test_indefinite_description_is_not_an_institution() -> None:
    assert _institutions("كشفت شبكة دولية تضم صحافيين عن وثائق جديدة.") == []


def test_purpose_clause_is_not_part_of_a_name() -> None:
    text = "صادق المجلس على اتفاقية شراكة بين مجلس جهة سوس ماسة وجامعة ابن زهر لدعم البحث العلمي."
    assert "جامعة ابن زهر" in _institutions(text)


def test_feminine_title_is_not_held_by_a_male_name() -> None:
    assert not _held("وقالت وزيرة الأسرة محمد الأعرج إن البرنامج سينطلق.")


def test_possessive_phrase_is_not_a_person() -> None:
    assert "أوراق اعتمادها" not in _persons("قدمت أوراق اعتمادها سفيرة لصاحب الجلالة في البوسنة.")


def test_number_with_dots_does_not_end_a_sentence() -> None:
    [decision] = _facts("صادق مجلس الحكومة على مشروع مرسوم رقم 2.19.424 يتعلق بالأجور.").decisions
    assert decision.kind == "regulation" and "2.19.424" in decision.object
