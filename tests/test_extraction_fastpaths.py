"""The extractor's fast paths answer as the plain tests they stand for (issue 9): tokenize's C-level build and its
pattern without the glued-taa alternative, the word index's intersections, and find_people's cue prefilter; and the
sentence bounds (sentence_start, sentence_end) as the token-by-token walks they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.loaders.extraction import people
from marsad.loaders.extraction.lexicon import lexicon
from marsad.loaders.extraction.text import (
    _ARTICLE,
    _GLUED,
    _MARKS,
    _SENTENCE_END,
    _SPLIT,
    _SPLIT_UNGLUED,
    _TOKEN,
    _UNMARKED,
    _WORD,
    Token,
    WordIndex,
    _quoted_ellipsis,
    _written_article,
    bare_noun,
    clitic_spellings,
    sentence_end,
    sentence_start,
    tokenize,
)
from marsad.loaders.extraction.words import CHAINS, PEOPLE
from marsad.loaders.normalize import fold

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.one_of(ARABIC, st.sampled_from(list(" \n\t.،؛!?؟;•«»\"()/-,0123456789١٢دذأمةزالوب\u0640\u064e\u200f")),
                  st.characters())
PHRASES = st.sampled_from(["الزيارةزار ", "د.محمد ", "د. علي ", "أ. ", "2015 م. وقال ", "و.م.ع ", "« ألوان .. أروع » ",
                           '"X.. شاهد" ', "19/12/2025 ", "1.5 ", "28مارس ", "\n\n", "مدرسة2 ", "ةب", "الـمَجلِس "])


def _reference_tokenize(text: str) -> list[Token]:
    """tokenize as it was written before its C-level build (1dfa268): one match at a time."""
    tokens: list[Token] = []
    sent = 0
    found = text.find("\n")
    newline = found if found >= 0 else len(text) + 1
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if newline < start:
            sent += 1
            found = text.find("\n", end)
            newline = found if found >= 0 else len(text) + 1
        surface = m.group()
        norm = fold(surface)
        tokens.append(Token(surface, norm, start, end, sent, bool(_WORD.match(norm))))
        if surface in _SENTENCE_END and not (surface == "." and _quoted_ellipsis(text, start, end)):
            sent += 1
    return tokens


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=MIXED, max_size=12), PHRASES), max_size=40).map("".join))
def test_tokenize_is_the_match_at_a_time_reading(text: str) -> None:
    got = tokenize(text)
    want = _reference_tokenize(text)
    assert got == want
    assert all(type(t) is Token and text[t.start : t.end] == t.text for t in got)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=MIXED, max_size=12), PHRASES), max_size=40).map("".join))
def test_the_pattern_without_glued_taa_splits_alike(text: str) -> None:
    if not _GLUED.search(text):
        assert _SPLIT_UNGLUED.split(text) == _SPLIT.split(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=MIXED, max_size=8), PHRASES), max_size=30).map("".join),
       st.sets(st.sampled_from(["المجلس", "و", "،", ".", "الزيارة", "زار", "محمد", "1.5", "x", "2015"]), max_size=6),
       st.booleans())
def test_word_index_finds_every_token_of_the_words(text: str, words: set[str], frozen: bool) -> None:
    tokens = tokenize(text)
    asked = {fold(w) for w in words} | {t.norm for t in tokens[::7]}
    index = WordIndex(tokens)
    for form in (frozenset(asked) if frozen else asked, index.words() & asked):
        assert index.of(form) == [i for i, t in enumerate(tokens) if t.norm in form]


def _cue_test_forms() -> set[str]:
    """Every word a cue bit's test may look up, with each clitic spelling and any first letter, from the lexicon, the
    word lists and people.py's own word sets (a set added there for a cue is covered without naming it here)."""
    lex = lexicon()
    bases: set[str] = set(lex.first_words | lex.honorifics | lex.first_names | lex.ambiguous_names)
    bases |= {w for t in lex.titles for w in t}
    for group in (PEOPLE, CHAINS):
        for value in vars(group).values():
            if isinstance(value, (set, frozenset)):
                bases |= {w for w in value if isinstance(w, str)}
    for value in vars(people).values():
        if isinstance(value, (set, frozenset)):
            bases |= {w for w in value if isinstance(w, str)}
    forms = set(clitic_spellings(bases))
    forms |= {w + "ه" for w in bases} | {w[1:] for w in bases} | {w[2:] for w in bases}
    forms |= {c + w for w in list(bases) for c in "ابتيمنسه"}
    forms |= {"عبد", "وعبد", "عبدالله", "وعبدالرحمن", "لعبد", "بعبد"}
    return forms


def test_the_cue_prefilter_lets_through_every_form_with_a_bit() -> None:
    """_may_cue refuses a form only when _cue_bits gives it no bit: a word added to a cue's test must be in
    _cue_forms too (or the test's own enumeration here misses it)."""
    missed = sorted(f for f in _cue_test_forms() if people._cue_bits(f) and not people._may_cue(f))
    assert missed == []


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ARABIC, min_size=1, max_size=9))
def test_the_cue_prefilter_on_any_word(norm: str) -> None:
    assert people._CueBits().__getitem__(norm) == people._cue_bits(norm)


def test_the_marks_table_deletes_what_the_marks_pattern_matches() -> None:
    assert all((_MARKS.match(chr(c)) is not None) == (c in _UNMARKED)
               for c in range(0x10000) if not 0xD800 <= c < 0xE000)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["و", "ف", "ب", "ك", "ل", "ا", "أ", "م", "\u064e", "\u0651", "\u0640", "\u0670", "x"]),
                max_size=6).map("".join))
def test_the_written_article_reads_as_the_pattern(surface: str) -> None:
    assert _written_article(surface) == bool(_ARTICLE.match(_MARKS.sub("", surface)))


def test_sentence_end_is_one_past_the_sentences_last_token() -> None:
    tokens = tokenize("عقد المجلس اجتماعه. وحضره الوزير\nالخبر الثاني")
    sents = [t.sent for t in tokens]
    assert sents == [0, 0, 0, 0, 1, 1, 2, 2]
    assert [sentence_end(tokens, i) for i in range(len(tokens))] == [4, 4, 4, 4, 6, 6, 8, 8]
    assert [sentence_start(tokens, i) for i in range(len(tokens))] == [0, 0, 0, 0, 4, 4, 6, 6]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=MIXED, max_size=12), PHRASES), min_size=1, max_size=30).map("".join))
def test_sentence_bounds_are_the_walks_they_replace(text: str) -> None:
    tokens = tokenize(text)
    for i, tok in enumerate(tokens):
        start, end = i, i + 1
        while start > 0 and tokens[start - 1].sent == tok.sent:
            start -= 1
        while end < len(tokens) and tokens[end].sent == tok.sent:
            end += 1
        assert (sentence_start(tokens, i), sentence_end(tokens, i)) == (start, end)


def test_bare_noun_drops_proclitics_and_the_article_of_a_long_base() -> None:
    assert [bare_noun(fold(w)) for w in ("والحفل", "الحفل", "حفل", "واللقاء", "بالاجتماع")] == \
        [fold("حفل"), fold("حفل"), fold("حفل"), fold("لقاء"), fold("اجتماع")]
    assert bare_noun(fold("الله")) == fold("الله")  # a base of four letters keeps its "ال"
