"""Extraction on the project's own sample articles (data/articles): what a careful reader would record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
from marsad.loaders.facts import DocumentFacts
from marsad.loaders.normalize import match_key

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def _txt(stem: str) -> DocumentFacts:
    path = ARTICLES / f"{stem}.txt"
    return extract(SourceDocument(id=stem, text=path.read_text(encoding="utf-8")))


def _names(facts: DocumentFacts) -> set[str]:
    return {match_key(p.name) for p in facts.persons}


def _held(facts: DocumentFacts) -> set[tuple[str, str]]:
    persons = {p.id: p.name for p in facts.persons}
    return {(persons[p.holder], p.title) for p in facts.posts if p.holder}


def _agent(facts: DocumentFacts, agent: object) -> str | None:
    persons = {p.id: p.name for p in facts.persons}
    posts = {p.id: p.title for p in facts.posts}
    person = getattr(agent, "person", None)
    post = getattr(agent, "post", None)
    return persons.get(person) if person else posts.get(post) if post else None


def _inst(facts: DocumentFacts, iid: str | None) -> str | None:
    return next((i.name for i in facts.institutions if i.id == iid), None)


def _evidence_exact(facts: DocumentFacts, text: str) -> None:
    for group in (facts.persons, facts.institutions, facts.posts, facts.events, facts.decisions,
                  facts.partnerships, facts.programs):
        for item in group:
            for ev in item.evidence:
                assert text[ev.start : ev.end] == ev.quote


def test_version_is_named() -> None:
    assert EXTRACTOR_VERSION.startswith("marsad-rules/")


def test_board_session_budget_and_action_plan() -> None:
    facts = _txt("01_board_budget")
    assert _names(facts) == {match_key("يوسف الإدريسي"), match_key("نادية العمراني")}
    assert ("نادية العمراني", "مديرة الوكالة الحضرية للدار البيضاء") in _held(facts)
    [event] = facts.events
    assert (event.kind, event.date, event.place, event.number) == ("session", "2026-10-13", "الدار البيضاء", 2)
    assert _inst(facts, event.body) == "مجلس إدارة الوكالة الحضرية للدار البيضاء"
    assert _agent(facts, event.chair) == "يوسف الإدريسي"
    assert [_agent(facts, a) for a in event.participants] == ["نادية العمراني"]
    kinds = sorted((d.kind, d.year) for d in facts.decisions)
    assert kinds == [("action_plan", 2027), ("budget", 2027), ("regulation", None)]
    board = next(i for i in facts.institutions if i.id == event.body)
    assert board.kind == "governing_body" and _inst(facts, board.parent) == "الوكالة الحضرية للدار البيضاء"


def test_regional_council_approves_two_partnerships() -> None:
    facts = _txt("02_region_council")
    [event] = facts.events
    assert (event.kind, event.date, event.place) == ("session", "2026-04-06", "أكادير")
    assert _agent(facts, event.chair) == "إبراهيم أوحساين"
    parties = [{_inst(facts, x) for x in p.parties} for p in facts.partnerships]
    assert {"مجلس جهة سوس ماسة", "جامعة ابن زهر"} in parties
    assert {"مجلس جهة سوس ماسة", "المكتب الوطني للكهرباء والماء الصالح للشرب"} in parties
    assert sorted(d.kind for d in facts.decisions) == ["budget", "partnership", "partnership"]


def test_memorandum_signed_today_resolves_from_the_dateline() -> None:
    facts = _txt("03_memorandum")
    assert facts.document.published == "2026-11-19"
    [event] = facts.events
    assert (event.kind, event.date, event.place) == ("signing", "2026-11-19", "الرباط")
    assert ("أحمد الزياني", "رئيس جماعة تمارة") in _held(facts)
    [memo] = facts.partnerships
    assert "وزارة التضامن والإدماج الاجتماعي والأسرة" in {_inst(facts, x) for x in memo.parties}


def test_named_programme_with_its_period() -> None:
    memo = _txt("03_memorandum")
    assert [p.name for p in memo.programs] == ["البرنامج الوطني للتأهيل المجتمعي"]
    text = "وقعت الوزارة اتفاقية لتنفيذ المخطط الجهوي للتنمية السياحية (2022-2026) بجهة سوس ماسة."
    [plan] = extract(SourceDocument(id="p", text=text)).programs
    assert (plan.name, plan.period) == ("المخطط الجهوي للتنمية السياحية", "2022-2026")


def test_provincial_committee_chaired_by_the_governor() -> None:
    facts = _txt("04_province_committee")
    [event] = facts.events
    assert event.kind == "session"  # a convened sitting of a committee
    assert event.date == "2026-12-08"  # "أمس الثلاثاء" in an article dated Wednesday 9 December
    assert _agent(facts, event.chair) == "مراد الطاهري"
    attendees = {_agent(facts, a) for a in event.participants}
    assert {"الكاتب العام لعمالة إقليم الحوز", "رئيس المجلس الإقليمي للحوز"} <= attendees
    assert _inst(facts, event.body) == "اللجنة الإقليمية للتنمية البشرية"


def test_government_council_two_decrees_and_an_appointment() -> None:
    facts = _txt("05_appointment")
    [event] = facts.events
    assert _inst(facts, event.body) == "مجلس الحكومة" and event.date == "2026-10-22"
    kinds = sorted(d.kind for d in facts.decisions)
    assert kinds == ["appointment", "regulation", "regulation"]  # the headline repeats the body: not counted
    assert ("يوسف الإدريسي", "مديرا للوكالة الحضرية للدار البيضاء") in _held(facts)


def test_general_assembly_reports_and_programme() -> None:
    facts = _txt("06_general_assembly")
    [event] = facts.events
    assert (event.kind, event.date, event.place) == ("assembly", "2026-11-07", "تمارة")
    assert _agent(facts, event.chair) == "خديجة بناني"
    assert sorted((d.kind, d.year) for d in facts.decisions) == [
        ("action_plan", 2027), ("report", 2026), ("report", 2026)]


def test_same_person_and_institution_across_documents() -> None:
    """Articles 01 and 05 name the same person and the same agency: same match keys."""
    a, b = _txt("01_board_budget"), _txt("05_appointment")
    assert match_key("يوسف الإدريسي") in _names(a) & _names(b)
    agency = match_key("الوكالة الحضرية للدار البيضاء")
    assert agency in {match_key(i.name) for i in a.institutions} & {match_key(i.name) for i in b.institutions}


def test_jsonl_articles_use_their_publication_date() -> None:
    lines = (ARTICLES / "07_08_samples.jsonl").read_text(encoding="utf-8").split("\n")
    rows = [json.loads(line) for line in lines if line]
    docs = {r["id"]: SourceDocument(id=r["id"], text=r["text"], title=r["title"], published=r["published"])
            for r in rows}
    committee = extract(docs["07_parliament_committee"])
    [event] = committee.events
    assert (event.kind, event.date) == ("session", "2026-11-24")  # "أمس الثلاثاء", published Wednesday 25
    assert _agent(committee, event.chair) == "حسن المودن"
    assert [d.kind for d in committee.decisions] == ["regulation"]
    visit = extract(docs["08_visit"])
    [event] = visit.events
    assert (event.kind, event.date, event.place) == ("visit", "2026-12-03", "فاس")
    assert ("محمد الشرقاوي", "والي جهة فاس مكناس") in _held(visit)


def test_html_article_without_script_or_comments() -> None:
    html = pytest.importorskip("marsad.loaders.html")
    doc = html.html_to_document((ARTICLES / "09_board_html.html").read_text(encoding="utf-8"), doc_id="09")
    facts = extract(doc)
    _evidence_exact(facts, doc.text)
    assert match_key("كمال الرامي") not in _names(facts)  # a reader's comment is not news
    assert match_key("سمير التازي") not in _names(facts)  # nor is a script
    [event] = facts.events
    assert (event.kind, event.date, event.number) == ("session", "2026-06-15", 1)
    assert _inst(facts, event.body) == "المجلس الإداري للمكتب الجهوي للاستثمار الفلاحي لسوس ماسة"


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_sample_evidence_is_exact(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _evidence_exact(extract(SourceDocument(id=path.stem, text=text)), text)
