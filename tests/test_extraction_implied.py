"""Institutions only implied by an office ("وزير الخارجية" → وزارة الخارجية): a fact of the article when the
ministry acts in it (its minister chairs an event, or it hosts one), none when the minister is only
mentioned or quoted (the annotation guide counts the institutions a text names). Sentences written for the test."""

from __future__ import annotations

from marsad.core.confidence import INFERRED
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract
from marsad.loaders.facts import DocumentFacts


def _facts(text: str) -> DocumentFacts:
    return extract(SourceDocument(id="implied", text=text))


def _names(facts: DocumentFacts) -> set[str]:
    return {i.name for i in facts.institutions}


def test_a_minister_only_quoted_implies_no_institution() -> None:
    facts = _facts("عقد المجلس الإداري للوكالة الحضرية لطنجة دورته العادية يوم الثلاثاء. وقال وزير الداخلية "
                   "عبد الوافي لفتيت في تصريح سابق إن الحكومة ماضية في الإصلاح.")
    assert any(n.startswith("المجلس الإداري") for n in _names(facts))
    assert not any(n.startswith("وزارة الداخلية") for n in _names(facts))


def test_guard_a_minister_who_chairs_keeps_the_ministry() -> None:
    facts = _facts("ترأس وزير الصحة خالد آيت الطالب، يوم الاثنين بالرباط، اجتماعا لتتبع تنزيل برنامج "
                   "تأهيل المستشفيات الإقليمية.")
    implied = [i for i in facts.institutions if i.name.startswith("وزارة الصحة")]
    assert implied and all(i.confidence == INFERRED for i in implied)


def test_guard_a_named_ministry_stays_without_any_reference() -> None:
    facts = _facts("أعلنت وزارة الثقافة عن تنظيم معرض للكتاب في الدار البيضاء خلال الشهر المقبل.")
    assert any(n.startswith("وزارة الثقافة") for n in _names(facts))
