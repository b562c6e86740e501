"""The whole per-document pipeline (extract → RDF → SHACL) never crashes, keeps exact spans and conforms.

Property tests over hostile text (random Unicode, Arabic with diacritics/tatweel/zero-width characters,
cue words only, digits, mixed RTL/LTR, very long lines), plus a slow run over the first 500
SaudiNewsNet articles read straight from their .zip archives in ../shared (skipped when absent).

``extract()`` catches its own exceptions and returns empty facts, so "never crashes" is checked on
what it logs too: a traceback logged under ``loaders.extraction`` fails the test.
"""

from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.loaders.document import SourceDocument
from marsad.loaders.pipeline import FACT_KEYS, Processed, process

SAUDINEWSNET = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "saudinewsnet"

ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B)]
DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
INVISIBLE = ["\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u202b", "\u202c", "\ufeff"]
CUE_WORDS = ["ترأس", "برئاسة", "تحت رئاسة", "صادق", "المصادقة على", "اتفاقية", "مذكرة تفاهم", "انعقد", "دورة",
             "مجلس", "الإدارة", "وزير", "وزيرة", "عامل", "إقليم", "جهة", "جماعة", "لجنة", "بحضور", "السيد",
             "تعيين", "الجمع العام", "يوم", "الخميس", "2019", "مارس", "بين", "و", "،", ".", "\n"]
MIXED = ["Rabat", "ONCF", "COP22", "(", ")", "«", "»", "-", "/", "123", "٢٠١٩", "۱۲", "2.19.424", "%", *CUE_WORDS]

_PROFILE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class _Caught(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.errors: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.errors.append(repr(record.exc_info[1]))


@contextmanager
def _caught_in_extraction() -> Iterator[_Caught]:
    handler, logger = _Caught(), logging.getLogger("marsad.loaders.extraction")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def _wrong_spans(result: Processed, text: str) -> list[str]:
    wrong = []
    for key in FACT_KEYS:
        for item in result.facts.get(key) or []:  # type: ignore[attr-defined]
            for ev in item["evidence"]:
                start, end = ev["start"], ev["end"]
                if not (0 <= start <= end <= len(text) and text[start:end] == ev["quote"]):
                    wrong.append(f"{key} {item['id']}: [{start}:{end}] {ev['quote']!r}")
    return wrong


def assert_robust(text: str, doc_id: str = "robustness-test") -> Processed:
    """Run the pipeline on ``text`` and fail on a crash (raised or caught), a wrong span or a non-conforming graph."""
    with _caught_in_extraction() as caught:
        result = process(SourceDocument(id=doc_id, text=text))
    assert result.error is None, f"{doc_id}: {result.error}"
    assert not caught.errors, f"{doc_id}: extract() caught {caught.errors}"
    assert not _wrong_spans(result, text), f"{doc_id}: {_wrong_spans(result, text)}"
    assert result.conforms, f"{doc_id}: {result.messages[:3]}"
    return result


def _joined(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), min_size=1, max_size=60).map(" ".join)


non_blank = st.text(min_size=1, max_size=400).filter(str.strip)
arabic_noise = st.text(alphabet=st.sampled_from(ARABIC_LETTERS + DIACRITICS + INVISIBLE + [" ", "\n"]),
                       min_size=1, max_size=400).filter(str.strip)


@_PROFILE
@given(non_blank)
def test_random_unicode_never_breaks_the_pipeline(text: str) -> None:
    assert_robust(text)


@_PROFILE
@given(arabic_noise)
def test_arabic_with_diacritics_tatweel_and_zero_width_characters(text: str) -> None:
    assert_robust(text)


@_PROFILE
@given(_joined(CUE_WORDS))
def test_text_made_only_of_cue_words(text: str) -> None:
    assert_robust(text)


@_PROFILE
@given(_joined(MIXED))
def test_digits_and_mixed_rtl_ltr(text: str) -> None:
    assert_robust(text)


@_PROFILE
@given(st.sampled_from(CUE_WORDS), st.sampled_from(INVISIBLE + DIACRITICS))
def test_invisible_characters_inside_a_real_sentence(word: str, mark: str) -> None:
    sentence = ("ترأس وزير الداخلية، يوم الخميس 14 مارس 2019 بالرباط، الدورة العادية لمجلس إدارة الوكالة، "
                "وصادق المجلس على الميزانية برسم سنة 2019.")
    assert_robust(sentence.replace(word, mark.join(word), 1) if word in sentence else f"{word}{mark} {sentence}")


@pytest.mark.parametrize("text", ["وقع الطرفان اتفاقية", "صادق المجلس على اتفاقية", "وقع الطرفان اتفاقية."])
def test_agreement_word_among_the_last_tokens(text: str) -> None:
    """find_partnerships looked at tokens[k + 1], tokens[k + 2] past the end (IndexError, caught: empty facts)."""
    assert_robust(text)


def test_one_very_long_line() -> None:
    sentence = "ترأس رئيس المجلس برئاسة صادق اتفاقية بين وزارة الفلاحة وجهة الشرق يوم الخميس 2019، "
    assert_robust(sentence * 300)  # about 25,000 characters, no newline


def test_a_text_that_is_only_tatweel_and_marks() -> None:
    assert_robust("ـــــ\u200f\u064b\u064c ـ\u200d\n\u061c")


def _saudinewsnet(limit: int) -> Iterator[tuple[str, str]]:
    for archive in sorted(SAUDINEWSNET.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in sorted(n for n in zf.namelist() if n.endswith(".json")):
                for i, record in enumerate(json.loads(zf.read(member).decode("utf-8"))):
                    text = str(record.get("content") or "").replace("\r\n", "\n").replace("\r", "\n")
                    if text.strip():
                        yield f"snn-{Path(member).stem}-{i:04d}", text
                        limit -= 1
                        if limit <= 0:
                            return


@pytest.mark.slow
@pytest.mark.skipif(not SAUDINEWSNET.is_dir(), reason=f"{SAUDINEWSNET} is not there (shared texts are not in the repo)")
def test_first_500_saudinewsnet_articles() -> None:
    failures = []
    for doc_id, text in islice(_saudinewsnet(500), 500):
        try:
            assert_robust(text, doc_id)
        except AssertionError as exc:
            failures.append(str(exc).splitlines()[0][:300])
    assert not failures, f"{len(failures)} of 500 articles failed: {failures[:5]}"
