"""Evidence spans index the text as read: property tests on the folding map and on extract()."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract
from marsad.loaders.extraction.text import (
    AND_RELATIVES,
    RELATIVES,
    RELATIVES_WITH_DUALS,
    RELATIVES_WITH_PLURAL,
    tokenize,
)
from marsad.loaders.normalize import fold, fold_with_offsets

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(ARABIC, st.sampled_from(list(" \n،.:-()0123456789السيدوزيرةمجلسﻻﷲ\u0640\u064e\u0651")),
                  st.characters())
PHRASES = st.sampled_from([
    "ترأس السيد ", "وزيرة التضامن والإدماج الاجتماعي والأسرة ", "عامل إقليم الرحامنة ", "محمد العلوي، ",
    "المجلس الإداري لمؤسسة التعاون الوطني ", "صادق المجلس على ميزانية 2026 ", "بحضور ", "اليوم الخميس ",
    "19 دجنبر 2025 ", "اتفاقية شراكة بين جماعة أيت ملول وجمعية الأمل ", "الدورة الرابعة ", "، ", ".\n",
    "بالرباط ", "عبد اللطيف الزعيم ", "انعقد اجتماع ", "لجنة ", "بن ", "و", "ﻻ", "ـ", "\u064b",
])


@given(st.text(alphabet=MIXED, max_size=300))
def test_folding_map_points_into_the_original(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert len(offsets) == len(folded) + 1
    assert offsets[-1] == len(text)
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(text) for o in offsets)
    for i, ch in enumerate(folded):
        assert ch in fold(text[offsets[i]])  # each folded character comes from the original one it names


@given(st.text(alphabet=MIXED, max_size=300))
def test_tokens_are_slices_of_the_text(text: str) -> None:
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
        assert tok.norm == fold(tok.text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(PHRASES, st.text(alphabet=MIXED, max_size=12)), max_size=40))
def test_extract_never_raises_and_spans_are_exact(parts: list[str]) -> None:
    text = "".join(parts)
    facts = extract(SourceDocument(id="h", text=text))
    assert facts.document.id == "h"
    for group in (facts.persons, facts.institutions, facts.posts, facts.events, facts.decisions,
                  facts.partnerships, facts.programs):
        for item in group:
            for ev in item.evidence:
                assert text[ev.start : ev.end] == ev.quote
                assert ev.quote.strip() == ev.quote and ev.quote


def test_empty_and_odd_documents_give_empty_facts() -> None:
    for text in ("", " ", "\n\n", "٠١٢", "\ufeff", "ـــــ", "a" * 1000):
        facts = extract(SourceDocument(id="x", text=text))
        assert not facts.persons and not facts.events


def test_a_presentation_form_folds_as_its_letters_without_their_marks() -> None:
    """ﱛ (thal with superscript alef) decomposes into a letter and a mark: the mark goes, as in fold()."""
    folded, offsets = fold_with_offsets("aﱛb")
    assert folded == fold("aﱛb") == "aذb"
    assert offsets == [0, 1, 2, 3]


def test_the_relative_pronouns_nest_and_match_tokens() -> None:
    """The one list of relative pronouns the rules read, in three widths, each holding the one before it."""
    assert {fold("الذي"), fold("التي")} == RELATIVES
    assert RELATIVES | {fold("الذين")} == RELATIVES_WITH_PLURAL
    assert RELATIVES_WITH_PLURAL | {fold("اللذين"), fold("اللتين")} == RELATIVES_WITH_DUALS
    assert {fold("والذي"), fold("والتي")} == AND_RELATIVES
    tokens = tokenize("الاجتماع الذي عقده المجلس والطرفين اللذين وقعا")
    words = [t.norm for t in tokens if t.norm in RELATIVES_WITH_DUALS]
    assert words == [fold("الذي"), fold("اللذين")]
