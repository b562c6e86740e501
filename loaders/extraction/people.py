"""Posts (offices, with an acting flag) and the persons who hold them.

A post is a title head from the lexicon ("وزيرة", "عامل", "المندوب السامي"…) plus its genitive chain.
A person is a name found after an honorific, after a post (title + name, or title + comma + name),
before a post (name + title, name + comma + title), or anywhere when it starts with a known given
name. Appositive posts after a person ("X، الوالي…، رئيس…") are all held by that person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, pairwise
from operator import attrgetter
from typing import Protocol

from marsad.loaders.extraction.chain import (
    _event_nouns,
    adjective_title,
    chain_end,
    is_name_start,
    ministry_field_end,
    place_firsts,
    place_len,
    starts_head,
)
from marsad.loaders.extraction.cues import EVENTS, ROLES
from marsad.loaders.extraction.institutions import (
    definite_verbal_noun,
    derived_verbal_noun,
    imperfect_verb,
    perfect_verb,
    ya_third_form,
)
from marsad.loaders.extraction.lexicon import countries, lexicon, longest_entry, may_open
from marsad.loaders.extraction.names import (
    EVENT_OBJECTS,
    Name,
    _closed_after,
    _masdar,
    _object_verbal_noun,
    _surname_next,
    _titled_next,
    _writes_ala,
    bare_family_closed,
    counterpart_word,
    hyphen_joined,
    is_honorific,
    parse_name,
    phrase_after_name,
)
from marsad.loaders.extraction.text import (
    ALSO,
    COMMAS,
    RELATIVES_WITH_PLURAL,
    Token,
    after_proclitic,
    clitic_spellings,
    lam_article,
    sentence_start,
    strip_clitic,
)
from marsad.loaders.extraction.words import (
    CALENDAR,
    CHAINS,
    FUNCTION_WORDS,
    INSTITUTIONS,
    PEOPLE,
    is_nationality,
    is_stop,
)
from marsad.loaders.normalize import fold

_PLURAL_ENDINGS = ("ين", "ات")  # not "ون": ماكرون، نيلسون
_FARIQ = fold("الفريق")  # also a team or a group: never read as a rank before a name here
_BISM = fold("باسم")  # "on behalf of", before a spokesman's complement
_RIASA = fold("رئاسة")  # "the presidency" (ext-t98)
_ASSISTANT = frozenset({fold("المساعد"), fold("المساعدة")})
_ASSISTANT_OF = frozenset({fold("مساعد"), fold("مساعدة")})
_ASSISTANT_BARE = frozenset({fold("مساعد"), fold("مساعدة")})  # also a given name
_AMIN = fold("الأمين")
_FORMER_ONLY = frozenset(fold(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة"))


class _Cue:
    """The cue words of find_people's passes that act at a few words only, one bit a pass: where a document's words
    are sorted into them once (``Cues``), each pass walks its own words instead of testing every token (issue 9)."""

    POST = 1  # a title's first word, a spokesman's, a mayor's or a deputy head's (find_posts)
    NAME = 2  # an honorific, a given name, a rank … (the pass over names in find_people)
    FILIATION = 4  # "بن", "بنت": the word before may open a filiated name
    CAREER = 8  # "كان", "وأصبح" (_career_list)
    SPEECH = 16  # "قال", "وأضاف" (_spoken_pairs)
    COUNTERPART = 32  # "نظيره", "ونظيرته" (_counterparts)
    APPOINTED = 64  # "تعيين", "بتكليف" (the appointed name in find_people, _job_posts)
    PROFESSOR = 128  # "أستاذ", "الأستاذ" (_professor_posts)
    HEADED = 256  # "برئاسة" (_headed_bodies)
    APPOINTMENT_PRONOUN = 512  # "تعيينه" (_appointed_pronoun)
    TRADE = 1024  # "المدرب", "اللاعب" (_trade_foreign_names)
    KULL = 2048  # "كل", "وكل" (_kull_min_list)
    MEMBERS = 4096  # "أعضاء" (_members)
    NATIONAL = 8192  # "الأرجنتيني", "والروماني" (_national_foreign_names)


def _cue_bits(norm: str) -> int:
    """The ``_Cue`` bits of a word of this form."""
    bits = 0
    for bit, cue in ((_Cue.POST, _may_open_post(norm)), (_Cue.NAME, _may_open_name(norm)),
                     (_Cue.FILIATION, norm in PEOPLE.FILIATION), (_Cue.CAREER, norm in _career_forms()),
                     (_Cue.SPEECH, norm in _speech_forms()), (_Cue.COUNTERPART, norm in _counterpart_forms()),
                     (_Cue.APPOINTED, norm in _appointed_forms()), (_Cue.PROFESSOR, norm in _PROFESSOR_WORDS),
                     (_Cue.HEADED, norm in _HEADED_BY), (_Cue.APPOINTMENT_PRONOUN, norm in _APPOINTMENT_PRONOUNS),
                     (_Cue.TRADE, norm in _SPORT_TRADES), (_Cue.KULL, norm in _KULL), (_Cue.MEMBERS, norm in _MEMBERS),
                     (_Cue.NATIONAL, _nominal_nationality(norm))):
        if cue:
            bits |= bit
    return bits


_CUE_PREFILTERED = frozenset({_Cue.POST, _Cue.NAME, _Cue.FILIATION, _Cue.CAREER, _Cue.SPEECH, _Cue.COUNTERPART,
                               _Cue.APPOINTED, _Cue.PROFESSOR, _Cue.HEADED, _Cue.APPOINTMENT_PRONOUN, _Cue.TRADE,
                               _Cue.KULL, _Cue.MEMBERS, _Cue.NATIONAL})
"""The bits ``_cue_forms`` is built for: a bit added to ``_Cue`` and not here turns the prefilter off (every form then
goes through ``_cue_bits``), so a new pass never misses its words, it only costs the cold lookups until added here."""


@cache
def _cue_forms() -> frozenset[str] | None:
    """A superset of the forms ``_cue_bits`` gives a bit, but for the two tests ``_may_cue`` makes itself (a rank
    behind any letter, a word in عبد): the words each bit's test looks up, with every clitic spelling of those its
    tests strip (``clitic_spellings`` covers ``strip_clitic``, ``lam_article``, a leading و or ل). Nine forms in ten
    of a text carry no bit, and working their bits out walks the lexicons (most of find_people's cold time, issue 9):
    outside this set they are 0 at once. None when ``_Cue`` holds a bit the set was not built for. A word added to a
    bit's test must be added here too: tests/test_extraction_fastpaths.py checks every word of the lexicon, the word
    lists and this module's word sets."""
    if {value for key, value in vars(_Cue).items() if key.isupper()} != _CUE_PREFILTERED:
        return None
    lex = lexicon()
    nationalities = PEOPLE.NATIONALITIES | {word + "ه" for word in PEOPLE.NATIONALITIES}
    stripped = clitic_spellings(lex.first_words | lex.honorifics | _PROFESSION_STYLES | CHAINS.RANKS | _ENVOY
                                | PEOPLE.ROLE_CUES | PEOPLE.COUNTERPARTS | lex.first_names | lex.ambiguous_names
                                | nationalities)
    return stripped | _OWN_SPOKESMEN | _MAYORS | _DEPUTY_HEADS | _ASSISTANT_HEADS | PEOPLE.FILIATION \
        | _career_forms() | _speech_forms() | _counterpart_forms() | _appointed_forms() | _PROFESSOR_WORDS \
        | _HEADED_BY | _APPOINTMENT_PRONOUNS | _SPORT_TRADES | _KULL | _MEMBERS


def _may_cue(norm: str) -> bool:
    """Whether a word of this form may carry a ``_Cue`` bit (a superset: ``_cue_bits`` still decides)."""
    forms = _cue_forms()
    return forms is None or norm in forms or norm[1:] in CHAINS.RANKS or norm.startswith(("عبد", "وعبد"))


class _CueBits(dict[str, int]):
    """The ``_Cue`` bits of each form met, worked out at its first meeting (the lexicons do not change in a
    process); 0 at once for a form outside ``_may_cue``."""

    def __missing__(self, norm: str) -> int:
        bits = self[norm] = _cue_bits(norm) if _may_cue(norm) else 0
        return bits


_CUE_BITS = _CueBits()
_CUE_BITS_LIMIT = 200_000  # forms remembered before starting afresh (a bound on memory over a long ingest)
_NORM = attrgetter("norm")


class Cues:
    """Where the cue words of each pass (``_Cue``) stand in one document's tokens."""

    __slots__ = ("_bits", "_hits")

    def __init__(self, tokens: list[Token]) -> None:
        if len(_CUE_BITS) > _CUE_BITS_LIMIT:
            _CUE_BITS.clear()
        self._bits = list(map(_CUE_BITS.__getitem__, map(_NORM, tokens)))  # (one dict lookup a token, in C)
        self._hits = list(compress(range(len(tokens)), self._bits))  # the tokens that are some pass's cue

    def at(self, cue: int) -> list[int]:
        """Ascending indexes of the tokens that may be ``cue`` (one bit of ``_Cue``)."""
        bits = self._bits
        return [i for i in self._hits if bits[i] & cue]


def _with_clitics(bases: frozenset[str], allowed: str) -> frozenset[str]:
    """Every folded word that ``strip_clitic(word, allowed)`` turns into one of ``bases``: its inverse, the spellings
    ``clitic_spellings`` makes kept only where strip_clitic itself agrees, so a set lookup answers as the call would."""
    return frozenset(form for form in clitic_spellings(bases) if strip_clitic(form, allowed)[0] in bases)


def _four_part_name(tokens: list[Token], i: int) -> bool:
    """The two words after ``tokens[i]`` are known given names in its sentence (no article, no "و"), as in a four-part
    name "given father grandfather family" (ext-t125)."""
    lex = lexicon()
    if i + 3 >= len(tokens):
        return False
    return all(tokens[x].sent == tokens[i].sent and not tokens[x].article and tokens[x].norm[:1] != "و"
               and not is_stop(tokens[x].norm)
               and (tokens[x].norm in lex.first_names or (tokens[x].norm.startswith("عبد") and len(tokens[x].norm) > 5))
               for x in (i + 1, i + 2))


def _father_then_family(tokens: list[Token], i: int) -> bool:
    """ "ناصر محمد السلطان": after ``tokens[i]`` come, in its sentence, a given name that is no word besides (the
    father's: no article, no "و") and an article word (the family name), as a three-part name is written (pp8)."""
    lex = lexicon()
    if i + 2 >= len(tokens):
        return False
    father, family = tokens[i + 1], tokens[i + 2]
    return father.sent == family.sent == tokens[i].sent and not father.article and father.norm in lex.first_names \
        and father.norm not in lex.ambiguous_names and not is_stop(father.norm) and family.article and family.is_word


def _father_then_bare_family(tokens: list[Token], i: int) -> bool:
    """ "وقال حسن محمد X، إن", "وقال ضياء كاظم X، أحد …": after ``tokens[i]`` come, in its sentence, a given name that
    is no word besides (the father's) and a bare family name closed by a boundary, as a three-part name is written;
    the ambiguous given name before them opens it (pp13)."""
    lex = lexicon()
    if i + 3 >= len(tokens):
        return False
    father = tokens[i + 1]
    if i > 0 and tokens[i - 1].sent == tokens[i].sent and not tokens[i - 1].article and (
            strip_clitic(tokens[i - 1].norm)[0] in PEOPLE.NAMED_PLACES or starts_head(tokens, i - 1, strip=True)):
        return False  # "جامعة مولاي إسماعيل أزيد من …": the name a body or a place bears
    return father.sent == tokens[i + 2].sent == tokens[i].sent and father.is_word and not father.article \
        and father.norm in lex.first_names and father.norm not in lex.ambiguous_names and not is_stop(father.norm) \
        and bare_family_closed(tokens, i + 2)


def _listed_before_abd(tokens: list[Token], i: int) -> bool:
    """ "…، ووليد عبدالرزاق …": "و" + an ambiguous given name right after a list's comma and before a "عبد…" given name
    (the father's) opens the list's next name (ext-t125)."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].norm in _COMMA and tokens[i - 1].sent == tokens[i].sent \
        and tokens[i + 1].sent == tokens[i].sent and tokens[i + 1].norm.startswith("عبد") \
        and len(tokens[i + 1].norm) > 5


def _bare_name(tokens: list[Token], k: int) -> Name | None:
    """A name after a role cue: a known given name, or two or three bare words (no article, no plural
    ending) closed by punctuation or a function word, as foreign and uncommon names are written. After
    "من طرف", or when the first word starts like a preposition (بريجيت), a comma must close the name."""
    cue = tokens[k - 1].norm if k > 0 else ""
    if k < len(tokens) and tokens[k].norm in _COMMA:
        k += 1
    name = parse_name(tokens, k, max_units=3) or parse_name(tokens, k, max_units=3, literal=True)
    if name is None or not _ends_clean(tokens, name.end):
        return None
    closed = name.end < len(tokens) and tokens[name.end].norm in _COMMA
    if not closed and (cue == fold("طرف") or tokens[k].norm[:1] in "بلفك"):
        return None  # "من طرف واحد بفسخ هذا العقد"
    if name.known:
        return name
    words = tokens[name.start : name.end]
    if any(t.article or t.norm.endswith((*_PLURAL_ENDINGS, "يه")) for t in words):
        return None
    if words[0].norm == _TAHRIR and cue.endswith(_RIASA):
        return None  # (tuning196) "تكليفكم برئاسة تحرير صحيفة «الرياض»": the editorship, no one's name
    return name


_TAHRIR = fold("تحرير")
_DASHES = frozenset({"-", "–", "—", "ـ"})  # (a lone tatweel is written as a dash too: "X Y ـ عين اليوم", xpp)


def _drop_byline(tokens: list[Token], out: People) -> None:
    """ "X Y – عين اليوم": a name opening the text right before a dash is the reporter's byline, no person the
    news is about (unless he holds an office the text gives him). So are the other names of a reporters' chain
    ("X، Y – عين اليوم", "X – Y: عين اليوم", "X _ عين اليوم"), a name after a photo credit ("رصد وتصوير: X –")
    and a name that ends the opening line after the outlet and a dash ("عين اليوم – X Y⏎") (pp15)."""
    first = next((k for k, t in enumerate(tokens) if t.is_word and not t.norm.isascii()), None)
    if first is None:  # (past "Next Previous", a site's navigation before the byline: ext-t34)
        return
    held = {p.holder for p in out.posts if p.holder}
    start = _past_credit(tokens, first)
    dropped = _byline_chain(tokens, out, start) | _byline_after_outlet(tokens, out, first)
    out.persons = [pm for pm in out.persons if id(pm) not in dropped or pm.name in held]


_CREDITS = frozenset(fold(w) for w in ("رصد", "تصوير", "وتصوير", "كتب", "كتبت", "متابعة", "إعداد"))
_CHAIN_MARKS = frozenset({"،", ",", "_"})
_CHAIN_ENDS = _DASHES | {"_", ":"}


def _past_credit(tokens: list[Token], k: int) -> int:
    """ "رصد وتصوير: X – عين اليوم": the first token past a photo or writing credit and its colon (else ``k``)."""
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j].norm in _CREDITS:
        j += 1
    return j + 1 if j > k and j < len(tokens) and tokens[j].text == ":" else k


def _byline_chain(tokens: list[Token], out: People, k: int) -> set[int]:
    """ "X، Y – عين اليوم", "X – Y: عين اليوم": the names opening the text one after another, each closed by a
    comma, a dash, an underscore or a colon, the chain closed by a dash, an underscore or a colon before more text
    (not an office: "X – وزير …")."""
    at = {pm.first: pm for pm in out.persons}
    chain: list[tuple[PersonMention | None, int]] = []  # each name of the chain (None: one left unread), its mark
    while k < len(tokens):
        pm = at.get(k)
        end = pm.last if pm is not None else _unread_name_end(tokens, k) if chain else None
        if end is None or end >= len(tokens) or tokens[end].sent != tokens[k].sent \
                or tokens[end].text not in _CHAIN_MARKS | _CHAIN_ENDS:
            break
        chain.append((pm, end))
        k = end + 1
    while chain and (tokens[chain[-1][1]].text not in _CHAIN_ENDS
                     or (chain[-1][1] + 1 < len(tokens) and _title_at(tokens, chain[-1][1] + 1) is not None)):
        chain.pop()
    return {id(pm) for pm, _ in chain if pm is not None}


def _unread_name_end(tokens: list[Token], k: int) -> int | None:
    """ "X، رغد عشميل – عين اليوم": a reporter's name the name reader left unread, one to three words up to a mark."""
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j].is_word and tokens[j].sent == tokens[k].sent:
        j += 1
    return j if j > k else None


def _byline_after_outlet(tokens: list[Token], out: People, k: int) -> set[int]:
    """ "عين اليوم – هيفاء عبدالله⏎ أصدرت …": one to three opening words, a dash, then a name that ends the opening
    line is the reporter's, after the outlet's name."""
    dash = next((j for j in range(k + 1, min(k + 4, len(tokens))) if tokens[j].text in _DASHES), None)
    if dash is None or any(not tokens[j].is_word for j in range(k, dash)) \
            or any(pm.first < dash for pm in out.persons):
        return set()
    return {id(pm) for pm in out.persons if pm.first == dash + 1 and tokens[pm.first].sent == tokens[k].sent
            and (pm.last >= len(tokens) or tokens[pm.last].sent != tokens[pm.first].sent)}


def _drop_crown_deputy(tokens: list[Token], out: People) -> None:
    """ "وسمو ولي ولي عهده الأمين": "ولي" read as a given name right before "عهد…" with a pronoun is the title
    "ولي (ولي) العهد" written with his possessive, no person (pp15)."""
    wali = fold("ولي")
    out.persons = [pm for pm in out.persons if not (
        tokens[pm.last - 1].norm == wali and pm.last < len(tokens) and tokens[pm.last].norm.startswith(fold("عهد"))
        and tokens[pm.first].norm == wali)]


def _unlink_after_and_royal(tokens: list[Token], out: People) -> None:
    """ "بين الرئيس المصري والأمير X", "وزير الدفاع والملك Y", "الرئيس السيسي وخادم الحرمين الملك Z": و + a royal
    style (or the king's "خادم الحرمين") right after an office opens the next item of a list, so the name after the
    style does not hold the office written before the و (pp18)."""
    starts = {(pm.first, pm.name) for pm in out.persons}
    for p in out.posts:
        x = p.last
        if not p.holder or x + 1 >= len(tokens) or tokens[x].sent != tokens[p.first].sent:
            continue
        norm = tokens[x].norm
        if norm[:1] != "و" or not (norm[1:] in PEOPLE.ROYAL_STYLE or norm[1:] == _KHADIM):
            continue
        if any((y, p.holder) in starts for y in range(x + 1, min(x + 5, len(tokens)))):
            p.holder = None  # ("… الرئيس السيسي وخادم الحرمين الملك سلمان": the king's style runs a few words)


_ROYAL_OFFICES = tuple(tuple(fold(w) for w in o.split()) for o in ("خادم الحرمين", "ولي العهد", "ولي ولي العهد"))
_ROYAL_OPENERS = PEOPLE.ROYAL_STYLE | frozenset(fold(w) for w in ("الشيخ", "الشيخة", "السلطان", "سمو", "جلالة"))


def _royal_office(tokens: list[Token], p: PostMention) -> bool:
    """ "خادم الحرمين الشريفين", "لولي العهد", "وولي ولي العهد": the post opens with a king's or crown prince's
    office (a clitic ل or و before it)."""
    words = [strip_clitic(t.norm)[0] if k == 0 else t.norm for k, t in enumerate(tokens[p.first : p.first + 3])]
    return any(tuple(words[: len(o)]) == o for o in _ROYAL_OFFICES)


def _unhold_royal_office(tokens: list[Token], out: People) -> None:
    """ "الوفد المرافق لولي ولي العهد الدكتور X وزير …", "السكرتير الخاص لخادم الحرمين الشريفين الأستاذ X", "الوفد
    المرافق لولي العهد X Y المستشار …": a royal office is held by a name its royal style opens ("ولي العهد الأمير X")
    or a filiated name ("ولي العهد محمد بن X"); a name after it opened by a common honorific, or a bare two-word name,
    is another man's, the royal office the complement of his. "وهنأ الدكتور X خادم الحرمين الشريفين الملك Y": a royal
    style right after the office opens its own holder, so the name before it is no holder (pp19)."""
    lex = lexicon()
    for p in out.posts:
        if not p.holder or not _royal_office(tokens, p):
            continue
        after = [pm for pm in out.persons if pm.name == p.holder and pm.first >= p.last
                 and pm.first - p.last <= 5 and tokens[pm.first].sent == tokens[p.first].sent]
        if after:
            pm = min(after, key=lambda m: m.first)
            between = [t.norm for t in tokens[p.last : pm.first]]
            if any(w in _ROYAL_OPENERS for w in between) or pm.first - p.last > 2:
                continue
            bare = not any(t.norm in PEOPLE.FILIATION for t in tokens[pm.first : pm.last])
            if any(w in lex.honorifics for w in between) or bare:
                p.holder = None
            continue
        before = any(pm.name == p.holder and pm.last <= p.first for pm in out.persons)
        if before and p.last < len(tokens) and tokens[p.last].norm in _ROYAL_OPENERS \
                and tokens[p.last].sent == tokens[p.first].sent:
            p.holder = None


_DR_ABBREVIATIONS = frozenset(("د.", "د"))


_BLESSING = (fold("صلى"), fold("عليه"))
_BLESSED_BY = frozenset(fold(w) for w in ("الله", "الصلاة"))


def _drop_prophet(tokens: list[Token], out: People) -> None:
    """(r20) "اتباعا لسنة نبيه محمد صلى الله عليه وسلم": a name that every time it is written is followed by the
    blessing on the Prophet ("صلى الله عليه وسلم", "عليه الصلاة والسلام") names him, no person of the story."""
    def blessed(pm: PersonMention) -> bool:
        k = pm.last
        return k + 1 < len(tokens) and tokens[k].norm in _BLESSING and tokens[k + 1].norm in _BLESSED_BY \
            and tokens[k].sent == tokens[pm.first].sent

    names = {pm.name for pm in out.persons}
    prophets = {n for n in names if all(blessed(pm) for pm in out.persons if pm.name == n)} \
        - {p.holder for p in out.posts}
    if prophets:
        out.persons[:] = [pm for pm in out.persons if pm.name not in prophets]


def _drop_street_names(tokens: list[Token], out: People) -> None:
    """ "طريق سهل بن أبي X", "ومخطط الأمير X": a name right after a street's or a district's noun in the construct
    state (no article) is the place's name, no person the text mentions, unless it holds an office (ext-t30); an
    honorific may stand between ("مستشفى د. X Y", "لمستشفى الدكتور X Y"): an office that ends on the place's noun
    right before it ("المدير التنفيذي لمستشفى د. X Y") is no office the eponym holds (pp20)."""
    lex = lexicon()

    def honoured(pm: PersonMention) -> bool:
        k = pm.first - 1
        return k > 0 and (tokens[k].norm in lex.honorifics or tokens[k].norm in _DR_ABBREVIATIONS) \
            and tokens[k - 1].sent == tokens[pm.first].sent and not tokens[k - 1].article \
            and strip_clitic(tokens[k - 1].norm)[0] in PEOPLE.NAMED_PLACES and tokens[k - 1].is_word

    for p in out.posts:
        pm = next((m for m in out.persons if m.name == p.holder and p.last == m.first - 1 and honoured(m)), None)
        if pm is not None:
            p.holder = None
    held = {p.holder for p in out.posts if p.holder}

    def placed(pm: PersonMention) -> bool:
        if pm.name in held:
            return False
        if honoured(pm):
            return True
        if pm.last - pm.first >= 2 and not tokens[pm.first].article \
                and strip_clitic(tokens[pm.first].norm)[0] in PEOPLE.NAMED_PLACES:
            return True  # (pp16) "وابتدائية بن X": the place's or school's noun itself read as a given name
        if pm.first == 0:
            return False
        base = strip_clitic(tokens[pm.first - 1].norm)[0]
        return base in PEOPLE.NAMED_PLACES and not tokens[pm.first - 1].article \
            and tokens[pm.first - 1].sent == tokens[pm.first].sent
    out.persons = [pm for pm in out.persons if not placed(pm)]


def _stack_first(tokens: list[Token], posts: list[PostMention], a: PostMention) -> int:
    """The first token of the run of offices, each right after the one before and all held by ``a``'s holder, that
    ends with ``a``: "X وزير الدولة عضو مجلس الوزراء" gives the token of "وزير" for the office "عضو مجلس الوزراء",
    so that a third office stacked after them ("رئيس الديوان الملكي") is X's too (post20). ``a.first`` if none."""
    first = a.first
    at = next(k for k, q in enumerate(posts) if q is a)
    for q in reversed(posts[:at]):
        if q.last != first or q.holder != a.holder or q.start != tokens[q.first].start:
            break
        first = q.first
    return first


def _styled(tokens: list[Token], k: int) -> bool:
    """ "، ومعالي سفير … مندوب … X": a style of address ("معالي", "سعادة") opening a list item (و or a comma before
    it) right before the first of two stacked offices introduces one dignitary, who holds both (ext-t30); not
    "استقبل معالي وزير … رئيس وزراء … X" (host and guest)."""
    if k == 0 or tokens[k - 1].sent != tokens[k].sent:
        return False
    word = tokens[k - 1].norm
    if word[:1] == "و" and word[1:] in _STYLES:
        return True
    return word in _STYLES and k > 1 and tokens[k - 2].norm in _COMMA


_STYLES = frozenset(fold(w) for w in ("معالي", "سعادة", "فخامة", "دولة"))


_HEADED_BY = frozenset({fold("برئاسة")})
_HEADED_KINDS = frozenset(fold(w) for w in ("مجلس", "لجنة", "هيئة", "حكومة", "جمعية", "اتحاد"))
_VISITS = frozenset(fold(w) for w in ("زار", "زارت", "يزور", "تزور", "استقبل", "استقبلت", "التقى", "التقت", "زيارة"))


def _headed_bodies(text: str, tokens: list[Token], out: People, insts: Sequence[Spanned],
                   by_token: dict[int, PersonMention], cues: Cues) -> None:
    """ "وافق مجلس إدارة النادي برئاسة المهندس X على …": a named body right before "برئاسة" and a person named
    right after it (honorifics between) give that person the office "رئيس" + the body (ext-t30); not when a title
    follows "برئاسة" ("برئاسة وزير الداخلية X": the title is his) nor when the person holds an office already."""
    lex = lexicon()
    held = {p.holder for p in out.posts if p.holder}
    listed: set[str] = set()  # the members this rule gave a committee's membership, and nothing else
    for k in cues.at(_Cue.HEADED):
        tok = tokens[k]
        if k == 0:
            continue
        body = next((m for m in insts if m.last == k and getattr(m, "name", None)), None)
        if body is None and k > 1 and (tokens[k - 1].norm in _COPULAS or tokens[k - 1].norm in _COMMA):
            body = next((m for m in insts if m.last == k - 1 and getattr(m, "name", None)), None)
            # ("لجنة التحكيم ستكون برئاسة X", ext-t67; "لجنة التطوير الإداري، برئاسة X وعضوية …", ext-t84)
        seat = ""
        if body is None and k > 2:
            body = next((m for m in insts if getattr(m, "name", None) and m.last < k - 1
                         and region_len(tokens, m.last, clitic="ب") == k - m.last), None)
            seat = " " + text[tokens[body.last].start : tokens[k - 1].end] if body is not None else ""
            # ("لجنة الكلى الفرعية بمنطقة عسير برئاسة X": the body's region between it and "برئاسة", r2-people)
        if body is None or any(tokens[x].sent != tok.sent for x in range(body.first, k)):
            continue
        label = str(getattr(body, "name", ""))
        head = fold(label.split()[0])
        if (head[2:] if head.startswith("ال") else head) not in _HEADED_KINDS:
            continue  # a council, a board, a committee, a government: "زار أمانة المدينة برئاسة X" is the visitors'
        if body.first > 0 and strip_clitic(tokens[body.first - 1].norm, "وف")[0] in _VISITS:
            continue  # the body is the object of a visit or a meeting: the head named is the visitors'
        j = k + 1
        while j < len(tokens) and (tokens[j].norm in lex.honorifics or tokens[j].norm in _PROFESSION_STYLES) \
                and tokens[j].sent == tok.sent:
            j += 1
        pm = by_token.get(j)
        if pm is None or (pm.name in held and pm.name not in listed) \
                or any(p.first in range(k + 1, j + 1) for p in out.posts) or tokens[j].sent != tok.sent:
            continue  # (a member of another committee listed before may chair this one, ext-t84)
        post = PostMention(body.first, k + 1, int(getattr(body, "start", tokens[body.first].start)), tok.end,
                           "رئيس " + label + seat)
        post.holder = pm.name
        out.posts.append(post)
        held.add(pm.name)
        for member in _membership_list(tokens, pm.last, by_token):  # "… برئاسة X وعضوية Y وZ" (ext-t67)
            if not any(p.holder == member.name and p.title == "عضو " + label for p in out.posts):
                # (a member who holds another office, or chairs another committee, is this one's member too, ext-t84)
                post = PostMention(body.first, k + 1, int(getattr(body, "start", tokens[body.first].start)),
                                   tok.end, "عضو " + label)
                post.holder = member.name
                out.posts.append(post)
                listed.update(() if member.name in held else (member.name,))
                held.add(member.name)


_COPULAS = frozenset(fold(w) for w in ("ستكون", "تكون", "وستكون", "كانت"))
_MEMBERSHIP = frozenset(fold(w) for w in ("وعضوية", "وبعضوية"))
_KULL_MIN = (fold("كل"), fold("من"))


def _membership_list(tokens: list[Token], e: int, by_token: dict[int, PersonMention]) -> list[PersonMention]:
    """ "برئاسة X وعضوية Y، وZ": the persons listed right after "وعضوية" (styles, honorifics, commas and "و" between
    them) are the body's members."""
    if e >= len(tokens) or tokens[e].norm not in _MEMBERSHIP:
        return []
    sent = tokens[e].sent
    found: list[PersonMention] = []
    x = e + 1
    if x + 1 < len(tokens) and (tokens[x].norm, tokens[x + 1].norm) == _KULL_MIN:
        x += 2  # "وعضوية كل من: X وY" (ext-t84)
        x += 1 if x < len(tokens) and tokens[x].text == ":" else 0
    x += 1 if x < len(tokens) and tokens[x].text == "(" and tokens[x].sent == sent else 0  # "… كل من (X وY)" (ext-t123)
    while x < len(tokens) and tokens[x].sent == sent:
        y = x
        while y < len(tokens) and tokens[y].sent == sent and (
                tokens[y].norm in _LIST_MARKS or is_honorific(tokens[y].norm) or _profession_style(tokens[y].norm)):
            y += 1
        pm = by_token.get(y)
        if pm is None and y < len(tokens) and tokens[y].norm[:1] == "و":
            pm = next((m for m in by_token.values() if m.first == y and m.start > tokens[y].start), None)
        if pm is None or y - x > 3:
            break
        found.append(pm)
        x = pm.last
    return found


_ON_JOB = (fold("على"), fold("وظيفة"))


@cache
def _appointed_forms() -> frozenset[str]:
    """ "تعيين", "وتعيين", "بتعيين": the words whose base (without a leading و or ب) may be an appointing word."""
    return frozenset(form for word in PEOPLE.APPOINTED for form in (word, "و" + word, "ب" + word))


def _job_posts(text: str, tokens: list[Token], out: People, by_token: dict[int, PersonMention],
               cues: Cues) -> None:
    """ "تعيين X بن Y بن Z على وظيفة ( مستشار ) بالمرتبة …": the Gulf cabinet's appointment lists give the
    appointed name, then "على وظيفة" and the job's title in brackets; that title is an office the name holds
    (ext-t62). Only an unheld person named right after the appointing word (honorifics and "/" between) and a
    bracket closed within eight words of the same sentence; an office already read inside the brackets is given
    to the name instead of a new one."""
    lex = lexicon()
    held = {p.holder for p in out.posts if p.holder}
    for i in cues.at(_Cue.APPOINTED):  # (only where the word may be one, not at each token)
        tok = tokens[i]
        base = tok.norm[1:] if tok.norm[:1] in "وب" and tok.norm[1:] in PEOPLE.APPOINTED else tok.norm
        if base not in PEOPLE.APPOINTED:
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j].norm in lex.honorifics or tokens[j].text == "/") \
                and tokens[j].sent == tok.sent:
            j += 1
        pm = by_token.get(j)
        if pm is None or pm.name in held:
            continue
        k = pm.last
        if k + 3 >= len(tokens) or (tokens[k].norm, tokens[k + 1].norm) != _ON_JOB or tokens[k + 2].text != "(" \
                or tokens[k + 2].sent != tok.sent:
            continue
        close = next((x for x in range(k + 3, min(k + 12, len(tokens))) if tokens[x].text == ")"), None)
        if close is None or close == k + 3 or any(not tokens[x].is_word or tokens[x].sent != tok.sent
                                                  for x in range(k + 3, close)):
            continue
        inner = next((p for p in out.posts if k + 3 <= p.first and p.last <= close), None)
        if inner is not None:
            if inner.holder:
                continue
            inner.holder = pm.name
        else:
            post = PostMention(k + 3, close, tokens[k + 3].start, tokens[close - 1].end,
                               text[tokens[k + 3].start : tokens[close - 1].end])
            post.holder = pm.name
            out.posts.append(post)
        held.add(pm.name)


_COUNSELS = frozenset(fold(w) for w in ("محامي", "محامية"))


def _counsel_posts(text: str, tokens: list[Token], out: People, insts: Sequence[Spanned],
                   add: Callable[[Name], PersonMention]) -> None:
    """ "X Y، محامي الجماعة Z، إن …": a lawyer's word (indefinite, no و) right before a body's name the text
    gives, apposed after a comma to the name right before it, is that person's office, the body's counsel (ext-t155).
    Not a lawyer of a person ("محامي المتهم", "محامي X"): the complement must be a body read as one."""
    for k in range(2, len(tokens) - 1):
        tok = tokens[k]
        if tok.norm not in _COUNSELS or tokens[k - 1].norm not in _COMMA or tokens[k - 1].sent != tok.sent:
            continue
        body = next((m for m in insts if m.first == k + 1 and getattr(m, "name", None)), None)
        if body is None or tokens[body.last - 1].sent != tok.sent or any(q.first <= k < q.last for q in out.posts):
            continue
        name = _name_before(tokens, k)
        if name is None or name.end != k - 1 or not name.known or name.end - name.start < 2:
            continue
        pm = add(name)
        if _gender_clash(tok.text, pm.name):
            continue
        post = PostMention(k, body.last, tok.start, tokens[body.last - 1].end,
                           text[tok.start : tokens[body.last - 1].end])
        post.holder = pm.name
        out.posts.append(post)


_PROFESSORS = frozenset(fold(w) for w in ("أستاذ", "أستاذة", "وأستاذ", "وأستاذة"))
_PROFESSOR_DEFINITE = frozenset(fold(w) for w in ("الأستاذ", "الأستاذة", "والأستاذ", "والأستاذة"))
_ACADEMIC = frozenset(fold(w) for w in ("الجامعي", "الجامعية"))
_ACADEMIC_BODIES = frozenset(fold(w) for w in ("جامعة", "كلية", "معهد", "المعهد", "المدرسة"))
_ACADEMIC_RANKS = frozenset(fold(w) for w in ("المشارك", "المشاركة", "المساعد", "المساعدة"))  # (ext-t57)
_PROFESSOR_WORDS = _PROFESSORS | _PROFESSOR_DEFINITE


def _professor_posts(text: str, tokens: list[Token], out: People, insts: Sequence[Spanned],
                     by_token: dict[int, PersonMention], cues: Cues) -> None:
    """ "أستاذ القانون الدستوري بجامعة X بالرباط، Y", "Y، أستاذ العلوم السياسية بكلية X", "، الأستاذ الجامعي في كلية X
    والمدير التنفيذي لـ…، Y": a professor's title (its field, or "الجامعي") whose body, a university, a faculty or an
    institute, follows after "ب" or "في" is an office, held by the name right after it (a comma between), by the
    name it is apposed to after a comma, or by the holder of the office coordinated right after it (ext-t36). The
    body must be named: "أستاذ التعليم الابتدائي X" (a teacher's grade) and the honorific "الأستاذ X" give none."""
    taken = {x for p in out.posts for x in range(p.first, p.last)}
    for k in cues.at(_Cue.PROFESSOR):  # (only at a professor's word, not at each token)
        tok = tokens[k]
        if k in taken or not tok.is_word:
            continue
        if tok.norm in _PROFESSORS:
            c = chain_end(tokens, k + 1, stop_titles=True, possessive=False)
        elif tok.norm in _PROFESSOR_DEFINITE and k + 1 < len(tokens) and tokens[k + 1].norm in _ACADEMIC:
            c = k + 2
        elif tok.norm in _PROFESSOR_DEFINITE and k + 1 < len(tokens) and tokens[k + 1].norm in _ACADEMIC_RANKS:
            c = k + 2  # "X الأستاذ المشارك بجامعة Y": an associate's or an assistant's rank (ext-t57)
        else:
            continue
        if c >= len(tokens) or tokens[c].sent != tok.sent:
            continue
        at = c + 1 if tokens[c].norm == "في" else c
        body = next((m for m in insts if m.first == at and getattr(m, "name", None)), None)
        if body is None or (at == c and tokens[c].norm[:1] != "ب") \
                or fold(str(getattr(body, "name", "")).split()[0]) not in _ACADEMIC_BODIES:
            continue
        e = body.last
        if e < len(tokens) and tokens[e].norm[:1] == "ب" and tokens[e].sent == tok.sent:
            e += _locative_tail(tokens, e) if not tokens[e].norm.startswith("بال") else 0
        holder: str | None = None
        j = e + 1 if e < len(tokens) and tokens[e].norm in _COMMA else e
        after = by_token.get(j)
        if after is not None and tokens[j].sent == tok.sent:
            holder = after.name
        wa = tok.norm[:1] == "و"
        if holder is None and not wa and k > 1 and tokens[k - 1].norm in _COMMA:
            before = next((pm for pm in out.persons if pm.last == k - 1), None)
            holder = before.name if before is not None else None
        if holder is None and not wa and k > 0 and tokens[k + 1].norm in _ACADEMIC_RANKS:
            before = next((pm for pm in out.persons if pm.last == k and tokens[pm.first].sent == tok.sent), None)
            holder = before.name if before is not None else None  # "الدكتور X الأستاذ المشارك بجامعة Y" (ext-t57)
        if holder is None and not wa and k > 0 and tokens[k - 1].norm in _COMMA:
            nxt = next((q for q in out.posts if q.first == e and q.holder and tokens[e].norm[:1] == "و"), None)
            holder = nxt.holder if nxt is not None else None  # "، الأستاذ … في كلية X والمدير … لـY، Z"
        if holder is None and wa and k > 1 and tokens[k - 1].norm in _COMMA:
            holder = _described_before(tokens, out, k - 1)  # "X المتخصص في …، وأستاذ … بجامعة Y"
        if holder is None and wa and k > 1 and tokens[k - 1].norm in _COMMA:
            held = next((q for q in out.posts if q.last == k - 1 and q.holder), None)
            styled = held is not None and any(pm.name == held.holder and pm.first > 0 and pm.last <= held.first
                                               and tokens[pm.first - 1].norm in lexicon().honorifics
                                               for pm in out.persons)
            holder = held.holder if held is not None and styled else None  # "الدكتور X عضو مجلس …، وأستاذ …
            # بالمعهد Y": the name an honorific introduces, apposed to the office that the comma closes, holds the
            # professor's office coordinated after it, as the press lists a dignitary's offices (ext-t39)
        if holder is None:
            continue
        start = tok.start + (1 if wa else 0)
        post = PostMention(k, e, start, tokens[e - 1].end, text[start : tokens[e - 1].end])
        post.holder = holder
        out.posts.append(post)
        taken.update(range(k, e))
        nxt = next((q for q in out.posts if q.first == e + 1 and not q.holder and tokens[q.first].norm[:1] == "و"
                    and _after_held_comma(tokens, [post], q.first)), None) if e < len(tokens) else None
        if nxt is not None:
            nxt.holder = holder  # "X عضو …، وأستاذ … بالمعهد Y، والمشرف العام على Z،": the list goes on (ext-t39)


def _described_before(tokens: list[Token], out: People, comma: int) -> str | None:
    """ "وأوضح X المتخصص في الانتخابات، وأستاذ …": the person named right before a short description (a profession
    or a definite participle, "المتخصص في …", "الخبير …", at most five words, no office, no other name) that ends at
    ``comma``; a professor's office coordinated after that comma is his too (ext-t36)."""
    pm = next((p for p in out.persons if p.last < comma <= p.last + 5 and tokens[p.last].sent == tokens[comma].sent),
              None)
    if pm is None:
        return None
    first = tokens[pm.last]
    if not first.article or not (first.norm in PEOPLE.DESCRIPTORS or (
            first.norm.startswith("المت") and len(first.norm) >= 6 and not first.norm.endswith(("ات", "ين", "ون")))):
        return None  # (a profession, or a participle of the تفعّل form: "المتخصص", "المتتبع")
    between = range(pm.last, comma)
    if any(not tokens[x].is_word or _title_at(tokens, x) is not None or any(q.first == x for q in out.persons)
           or any(p.first <= x < p.last for p in out.posts) for x in between):
        return None
    return pm.name


def _third_word(tokens: list[Token], name: Name) -> Name:
    """ "الرئيس اليمني عبدربه منصور هادي قد يعود": a bare third word closed by a boundary completes a two-word
    name of two bare words after a title, unless it reads as a verb (a present prefix, a past ending, a speech
    verb) or is short ("محمد مرسي عام"); not after "محمد السادس" (an ordinal closes a name). A final ه is a
    pronoun ("… رئيسه"), a final ة a name's ("محمد مختار جمعة،"). Not a bare event noun ("X Y مهرجان «…»": what he
    opens, pp18)."""
    k = name.end
    third = tokens[k]
    if not third.is_word or third.sent != tokens[name.start].sent or third.article or is_stop(third.norm) \
            or third.norm[:1] in "يتنأاوبلفك" or third.norm.endswith(("ت", "وا", "ا", "ها")) \
            or (third.norm.endswith("ه") and not (third.text.endswith("ة") and tokens[k - 1].norm[:1] not in "بلفك"
                                                  and not tokens[k - 1].norm.endswith("ات"))) \
            or third.norm in ROLES.SPEECH or len(third.norm) < 4 or _title_at(tokens, k) is not None \
            or third.norm in EVENT_OBJECTS \
            or any(t.article for t in tokens[name.start : k]) \
            or not _ends_clean(tokens, k + 1):
        return name
    return Name(name.start, k + 1, name.clitic, name.known)


_AL_FAMILY = fold("آل")
_NOT_NISBAS = frozenset(fold(w) for w in ("الماضي", "الحالي", "الجاري", "الثاني", "الحادي", "الثالث"))


def _nisba_tail(tokens: list[Token], name: Name) -> Name:
    """ "نائب رئيس مجلس إدارة الجمعية X بن Y Z الفلاني،", "استقالة الرئيس التنفيذي X Y Z الفلاني،": a holder's name
    of bare words read short after his office runs on through at most one more bare word and a definite nisba of
    the family ("ال…ي") right before a punctuation mark that closes the sentence's clause: the nisba is his family
    name and the word before it his grandfather's (pp5). Not a nationality ("X Y الباكستاني،"), not a word with
    a clitic or a title, not a noun in ى ("X Y المستشفى."), not "الماضي"/"الحالي", and only where every word of the
    name read so far is bare; the grandfather "علي" is written
    with ي (the preposition with ى folds alike)."""
    k, n = name.end, len(tokens)
    if any(t.article or t.norm == _AL_FAMILY for t in tokens[name.start : k]):
        return name  # ("X بن Y آل Z": the family named already)
    for extra in (1, 2):
        last = k + extra - 1
        if last + 1 > n or tokens[last].sent != tokens[name.start].sent:
            return name
        t = tokens[last]
        if extra == 2 and (not tokens[k].is_word or tokens[k].article or tokens[k].norm[:1] in "وبلفك"
                           or (is_stop(tokens[k].norm) and tokens[k].text != _ALI) or len(tokens[k].norm) < 3
                           or tokens[k].norm.endswith(("ت", "وا", "ها")) or _title_at(tokens, k) is not None):
            return name
        if t.is_word and t.article and t.norm.startswith("ال") and t.text.endswith("ي") and len(t.norm) >= 6 \
                and t.norm not in PEOPLE.NATIONALITIES and t.norm not in _NOT_NISBAS \
                and _title_at(tokens, last) is None and not is_stop(t.norm) \
                and (last + 1 == n or (not tokens[last + 1].is_word and tokens[last + 1].text in "،,؛;.")):
            return Name(name.start, last + 1, name.clitic, name.known)
    return name


def _visitor_stack(tokens: list[Token], a: PostMention, b: PostMention, posts: list[PostMention], name: int) -> bool:
    """ "التقى نائب الرئيس اليمني رئيس مجلس الوزراء X … وزير الدولة الإماراتي Y": right after a verb of meeting,
    a foreign office ending in its nationality and a bare office of that state after it are the subject's two
    offices, when the one met (another office) follows the name in the sentence; not "استقبل وزير الخارجية
    السعودي رئيس الوزراء اليمني X" (a second nationality: the guest's own office) (ext-t28)."""
    if b.first != a.last or not _host_before(tokens, a.first) or _foreign_title(tokens, b):
        return False
    last = tokens[a.last - 1].norm
    if not is_nationality(last):
        return False
    sent = tokens[a.first].sent
    return any(q.first > name and tokens[q.first].sent == sent and q is not b and q.start == tokens[q.first].start
               and tokens[q.first - 1].norm not in PEOPLE.ROLE_CUES for q in posts)
    # (the one met is the verb's object: not an attendee after "بحضور", nor an item after "و")


def _wali_stack(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "والي جهة مراكش آسفي عامل عمالة مراكش X": a region's wali is the governor of its capital's prefecture, the
    two offices stacked before one name (ext-t39)."""
    head = tokens[a.first].norm
    return b.first == a.last and (head in _WALI or strip_clitic(head, "و")[0] in _WALI) \
        and tokens[b.first].norm in _AMIL and tokens[a.first].start == a.start


def _speech_verb(norm: str) -> bool:
    """A verb of speech ([speech] in roles.txt: "قال", "أكد"), also behind و or ف ("وقال", "فأوضح")."""
    return norm in ROLES.SPEECH or (norm[:1] in "وف" and norm[1:] in ROLES.SPEECH)


@cache
def _speech_forms() -> frozenset[str]:
    """Every word _speech_verb accepts: a verb of speech as written, behind و or behind ف."""
    return frozenset(form for verb in ROLES.SPEECH for form in (verb, "و" + verb, "ف" + verb))


def _speaker_stack(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "وأوضح أمين منطقة جازان رئيس اللجنة المحلية … X أن": two offices stacked right after a speech verb and
    before one name are the subject's, one speaker (a verb of speech takes one subject, never an object)."""
    if a.first == 0 or b.first != a.last or a.start > tokens[a.first].start:
        return False
    verb = tokens[a.first - 1]
    return _speech_verb(verb.norm) and verb.sent == tokens[a.first].sent


def _headed_stack(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "تفقدت اللجنة … برئاسة رئيس اللجنة رئيس بلدية المحافظة X": two offices stacked right after "برئاسة" and
    before one name are the chair's (the body is headed by one person, never by an office and another's) (ext-t67)."""
    return a.first > 0 and b.first == a.last and a.start == tokens[a.first].start \
        and tokens[a.first - 1].norm in _HEADED_BY and tokens[a.first - 1].sent == tokens[a.first].sent


def _pronoun_stack(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "واستقبله رئيس البعثة المدير التنفيذي X", "وكان في استقبال سموه وكيل الإمارة رئيس اللجنة X": two offices
    stacked right after a word that ends in an object pronoun (the verb's object, or the one received, is already
    named) and before one name are the subject's, one person's; not "استقبل وزير الخارجية رئيس الوزراء X" (a verb
    whose object is still to come: the host's office, then the guest's) (ext-t72)."""
    if a.first == 0 or b.first != a.last or a.start > tokens[a.first].start or b.start > tokens[b.first].start:
        return False  # (not "… ووزير …": an office after و may be a second person's)
    prev = tokens[a.first - 1]
    written = prev.text
    return prev.is_word and prev.sent == tokens[a.first].sent and not prev.article and len(written) >= 4 \
        and written.endswith(_OBJECT_PRONOUNS) and not is_stop(prev.norm)


_NO_PERSON_OBJECT = frozenset(fold(w) for w in (
    "وصل", "وصلت", "يصل", "تصل", "غادر", "غادرت", "يغادر", "تغادر", "افتتح", "افتتحت", "يفتتح", "تفتتح", "دشن",
    "دشنت", "يدشن", "تدشن", "رأس", "رأست", "ترأس", "ترأست", "يرأس", "يترأس", "تترأس", "حضر", "حضرت", "يحضر",
    "تحضر", "شهد", "شهدت", "يشهد", "تشهد", "رعى", "رعت", "يرعى", "ترعى", "زيارة", "بحضور", "بمشاركة", "برعاية",
    "رعاية"))
"""Verbs whose object is an event or a place, never a person ("افتتح", "رأس", "وصل"), and the nouns "زيارة",
"بحضور", "برعاية": two offices stacked after them before one name are their one subject's (or guest's)."""
_STACK_REACH = 6  # words between such a verb and the first office (its object, a time, the place reached)


def _no_person_object_verb(norm: str) -> bool:
    if norm in _NO_PERSON_OBJECT:
        return True
    base = norm[1:] if norm[:1] in "وف" else norm
    return base in _NO_PERSON_OBJECT or (base[:1] == "س" and base[1:] in _NO_PERSON_OBJECT)


def _event_verb_stack(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "وسيفتتح نائب رئيس الاتحاد رئيس الرابطة X ورشة …", "وحضر الاجتماع نائب رئيس اللجنة مساعد المدير العام X",
    "وصل إلى عدن اليوم نائب الرئيس اليمني رئيس مجلس الوزراء X": two bare offices written against each other right
    before one name, after a verb whose object is an event or a place (its object, a time or the place reached in
    between at most) or after "بحضور"/"زيارة", are the one subject's offices: such a verb has no second person as
    its object (lnk). Not after a comma or a verb of meeting on the way back."""
    if b.first != a.last or a.start != tokens[a.first].start or b.start != tokens[b.first].start \
            or tokens[a.first].sent != tokens[b.first].sent:
        return False
    sent = tokens[a.first].sent
    for k in range(a.first - 1, max(-1, a.first - 1 - _STACK_REACH), -1):
        tok = tokens[k]
        if tok.sent != sent or tok.norm in _COMMA or tok.norm in {".", "؛", ":"}:
            return False
        if _no_person_object_verb(tok.norm):
            return True
        if strip_clitic(tok.norm, "وف")[0] in _SEEN | EVENTS.MET_OR_RECEIVED or _speech_verb(tok.norm) \
                or _title_at(tokens, k) is not None or tok.norm in lexicon().honorifics:
            return False
    return False


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
_BETWEEN = fold("بين")
_BETWEEN_REACH = 6


def _coordinated_pair(tokens: list[Token], a: PostMention, b: PostMention, name: int,
                      persons: Sequence[PersonMention]) -> bool:
    """ "نائب رئيس الوزراء ووزير الخارجية X", "نائبة رئيس الوزراء ووزيرة خارجية كرواتيا X": an office, then one of
    another head joined to it by و and followed at once by its holder's name, are one person's two offices (ext-t78);
    not two of one head ("وزير الصحة ووزير التعليم X": two ministers, the first unnamed), nor one written as a list
    item itself ("…، ومدير X ورئيس Y Z"), nor the second opening with a style ("الرئيس المصري وسمو ولي ولي العهد X":
    a second dignitary), nor a first one that a name runs into or that follows a name ("الرئيس X قائد Y ورئيس Z W"),
    nor one whose head carries a pronoun ("نائبه X ومدير الفريق Y": his deputy, named), nor two after "بين" (between
    two parties), nor two heads of one body ("مدير الجامعة ووكيل الجامعة X": the director and his deputy)."""
    if b.first != a.last or name != b.last or not tokens[b.first].norm.startswith("و") \
            or b.start == tokens[b.first].start or a.start > tokens[a.first].start:
        return False
    words_a, words_b = fold(a.title).split(), fold(b.title).split()
    head_a, head_b = words_a[0], words_b[0]
    if words_a[1:] == words_b[1:] or b.title.split()[0].endswith("ه"):
        return False  # "مدير الجامعة ووكيل الجامعة X", "مدير الجامعة ونائبه X": two of one body, two persons
    if any(tokens[x].norm == _BETWEEN and tokens[x].sent == tokens[a.first].sent
           for x in range(max(0, a.first - _BETWEEN_REACH), a.first)):
        return False  # "بين X Y حاكم … والسناتور … Z": two parties
    if head_b.startswith("ال") or head_b in _MAYORS:
        return False  # "رئيس مجلس الإدارة والمدير العام للشركة X": a definite head names an office of its own (its
        # holder may be another); "وزير الداخلية وأمين عمان X": a city's mayor is no minister's second office (ext-t84)
    if is_honorific(head_b) or head_b in PEOPLE.ROYAL_TITLES or a.title.split()[0].endswith("ه") or any(
            pm.last == a.first or (a.first <= pm.first < a.last) or (pm.first < a.first < pm.last) for pm in persons):
        return False
    return head_a != head_b and head_a.removesuffix("ه") != head_b.removesuffix("ه")


_PROFESSION_STYLES = frozenset(fold(w) for w in (
    "الصحفي", "الصحفية", "الإعلامي", "الإعلامية", "الفنان", "الفنانة", "الشاعر", "الشاعرة", "الكاتب", "الكاتبة",
    "الزميل", "الزميلة", "المطرب", "المطربة", "الروائي", "الروائية", "الممثل", "الممثلة", "المخرج", "المخرجة",
    "الملحن", "الداعية"))


@lru_cache(maxsize=65536)
def _profession_style(norm: str) -> bool:
    """A definite profession the press writes before a name as a style ("الفنان", "الصحفي", "الزميل"), also behind و
    or ل ("والفنان", "للصحفي")."""
    return norm in _PROFESSION_STYLES or (norm[:1] == "و" and norm[1:] in _PROFESSION_STYLES) \
        or (norm.startswith("لل") and "ا" + norm[1:] in _PROFESSION_STYLES)


def _professional_name(tokens: list[Token], i: int) -> Name | None:
    """ "برئاسة الفنان X Y وعضوية الشاعر Z", "للصحفي الزميل X Y": after a profession the press writes as a style
    (two may stand together), a name of two words or more opening with a known given name, in the same sentence, is
    a person's, even when the given name is also a common word ("سامي", "فهد") (ext-t67). No office: a profession is
    none."""
    j = i + 1
    if j < len(tokens) and tokens[j].norm in _PROFESSION_STYLES and tokens[j].sent == tokens[i].sent:
        j += 1
    if j >= len(tokens) or tokens[j].sent != tokens[i].sent:
        return None
    name = parse_name(tokens, j)
    if name is None or not name.known or name.clitic or name.start != j or name.end - name.start < 2:
        return None
    return name


_APPOINTMENT_NOUNS = frozenset(fold(w) for w in ("تعيين", "تكليف", "اختيار", "ترشيح"))
_APPOINTMENT_PRONOUNS = frozenset(n + p for n in _APPOINTMENT_NOUNS for p in ("ه", "ها"))
"""The nouns with his or her pronoun ("تعيينه", "تكليفها"): one set test a token."""


def _appointed_pronoun(tokens: list[Token], out: People, post_starts: dict[int, PostMention],
                       cues: Cues) -> None:
    """ "باركت اللجنة للزميل X Y، تعيينه عضواً في لجنة …": a verbal noun of appointment with the pronoun of the
    person named right before it (a comma between at most), then an accusative office: he holds it (ext-t67)."""
    for i in cues.at(_Cue.APPOINTMENT_PRONOUN):
        tok = tokens[i]
        if i == 0:
            continue
        post = post_starts.get(i + 1)
        if post is None or post.holder or not tokens[post.first].text.endswith(("اً", "ًا", "ا", "ةً", "ة")) \
                or tokens[post.first].sent != tok.sent:
            continue
        end = i - 1 if tokens[i - 1].norm in _COMMA else i
        pm = next((m for m in out.persons if m.last == end and tokens[m.first].sent == tok.sent), None)
        if pm is not None and not _gender_clash(post.title, pm.name):
            post.holder = pm.name


def _field_pair(tokens: list[Token], x: int) -> bool:
    """ "لجنة الإعلام والاتصال": "و" + a definite verbal noun right after the body's one-word definite field, the
    body's head right before that field, is a second field of the same body, no new item (ext-t67)."""
    return x >= 2 and tokens[x - 1].article and tokens[x - 1].is_word and starts_head(tokens, x - 2, strip=False) \
        and tokens[x].sent == tokens[x - 1].sent and _title_at(tokens, x) is None \
        and (_masdar(tokens[x].norm[1:]) or _ASSIMILATED.match(tokens[x].norm[1:]) is not None
             or _IFAAL_DEFINITE.match(tokens[x].norm[1:]) is not None)


_IFAAL_DEFINITE = re.compile(r"^الا\w\wا\w$")  # "الإعلام", "الإسكان": a definite إفعال verbal noun


_MAYORS = frozenset(fold(w) for w in ("أمين", "وأمين"))
_SEAT_NOUNS = frozenset(fold(w) for w in ("المنطقة", "المحافظة", "المدينة"))
_WA_MAYOR = fold("وأمين")
_SEAT_COMPASS = frozenset(fold(w) for w in ("الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى"))
_CAPITAL = fold("العاصمة")


def _mayor_end(tokens: list[Token], i: int) -> int:
    """ "أمين الطائف X", "أمين المنطقة المهندس X", "أمين العاصمة المقدسة X": "أمين" (a given name too) before a city,
    the region the text is about or the capital, right before its holder's name (or an honorific), is a city's
    mayor: the index after the office, or 0 (ext-t67)."""
    n = len(tokens)
    k = i + 1
    if k >= n or tokens[k].sent != tokens[i].sent or not tokens[k].is_word:
        return 0
    if tokens[k].norm in _SEAT_NOUNS:
        e = k + 1
        if e < n and tokens[e].norm in _SEAT_COMPASS and tokens[e].sent == tokens[i].sent:
            e += 1  # "أمين المنطقة الشرقية المهندس X": the region named by its compass adjective (post2)
        if e < n and tokens[e].norm in lexicon().acting and tokens[e].sent == tokens[i].sent:
            e += 1  # "أمين المنطقة الشرقية بالإنابة المهندس X" (post2)
    elif tokens[k].norm == _CAPITAL:
        e = k + 2 if k + 1 < n and tokens[k + 1].article and tokens[k + 1].sent == tokens[k].sent \
            and tokens[k + 1].norm not in lexicon().honorifics and tokens[k + 1].norm not in CHAINS.RANKS else k + 1
        # ("أمين العاصمة الدكتور X": an honorific or a rank opens the holder, no adjective of the capital, pp19)
    else:
        e = k + place_len(tokens, k) if tokens[k].norm[:1] not in "وبل" else k
        if e > k and tuple(t.norm for t in tokens[k:e]) in lexicon().countries:
            return 0  # "والمعد البدني أمين الشيلي": a city has a mayor ("أمين"), a country none: the given name
            # "أمين" and a family name that reads as a country (s13-pp7)
    if e == k or e >= n or tokens[e].sent != tokens[i].sent:
        return 0
    holder = tokens[e].norm in lexicon().honorifics or is_name_start(tokens, e) or _filiated(tokens, e)
    stacked = _title_at(tokens, e) is not None or (tokens[e].norm in _COMMA and i > 0 and tokens[i - 1].norm in _COMMA)
    stacked = stacked or (tokens[e].norm in _COMMA and e + 1 < n and tokens[e + 1].sent == tokens[e].sent
                          and _title_at(tokens, e + 1) is not None)  # "أمين الأحساء، رئيس اللجنة … X" (ext-t84)
    if not (holder or stacked) and (tokens[e].norm in _COMMA or tokens[e].norm == _ANNA) and i > 0 \
            and tokens[i - 1].sent == tokens[i].sent and tokens[i - 1].norm not in lexicon().first_names:
        named = _name_before(tokens, i)  # "X أمين العاصمة المقدسة، و…", "X، أمين المنطقة أن …": right after its
        stacked = named is not None and named.end in (i, i - 1)  # holder's name (ext-t84; not "محمد أمين …")
    return e if holder or stacked else 0  # (or "X أمين الطائف رئيس المجلس البلدي", "X، أمين الطائف،": after its holder)


_ANNA = fold("أن")


_DEPUTY_HEADS = frozenset(fold(w) for w in ("وكيل", "وكيلة", "ووكيل", "ووكيلة"))
_DEPUTY_SEATS = frozenset(fold(w) for w in ("الوزارة", "الإمارة", "المحافظة", "الأمانة", "الأمين"))
# (the fourth and fifth: ext-t72; "الأمين", the mayor's deputy: "وكيل الأمين للخدمات X", ext-t112)


def _deputy_end(tokens: list[Token], i: int) -> int:
    """ "وكيل الوزارة لشؤون النقل X", "وكيل الإمارة المساعد للشؤون الأمنية X", "وكيل الوزارة … بالإنابة X": the
    undersecretary of the ministry or the emirate the text is about, his remit after "ل" and "المساعد", right before
    his name (or an honorific): the index after the office (and "بالإنابة"), or 0 (ext-t67)."""
    n = len(tokens)
    k = i + 1
    if k >= n or tokens[k].sent != tokens[i].sent or tokens[k].norm not in _DEPUTY_SEATS:
        return 0
    e = k + 1
    if e < n and tokens[e].norm in _ASSISTANT and tokens[e].sent == tokens[i].sent:
        e += 1
    if e < n and tokens[e].norm[:1] == "ل" and tokens[e].sent == tokens[i].sent:
        e = chain_end(tokens, e, stop_titles=True, possessive=False)
    if e < n and tokens[e].norm in lexicon().acting:
        e += 1
    if e >= n or tokens[e].sent != tokens[i].sent:
        return e if _after_its_holder(tokens, i, e) else 0
    holder = tokens[e].norm in lexicon().honorifics or is_name_start(tokens, e) or _filiated(tokens, e) \
        or _doubted_name_next(tokens, e)  # "وكيل المحافظة فهد العتيبي": a given name that is also a noun (ext-t112)
    return e if holder or _after_its_holder(tokens, i, e) else 0


_THAT = frozenset(fold(w) for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها"))


def _after_its_holder(tokens: list[Token], i: int, e: int) -> bool:
    """ "X، وكيل الأمين للتعمير والمشاريع أنه …", "X، وكيل الوزارة، …": an office from ``i`` to ``e`` apposed after a
    comma right after a name, closed by a comma, "أن/إن" or the sentence's end, is that name's (ext-t112)."""
    n = len(tokens)
    if i < 3 or tokens[i - 1].norm not in _COMMA or tokens[i - 1].sent != tokens[i].sent:
        return False
    if e < n and tokens[e].sent == tokens[i].sent and tokens[e].is_word and tokens[e].norm not in _THAT:
        return False
    named = _name_before(tokens, i)
    return named is not None and named.end == i - 1


_ASSISTANT_HEADS = frozenset(fold(w) for w in ("مساعد", "مساعدة", "ومساعد", "ومساعدة"))


def _assistant_mayor_end(tokens: list[Token], i: int) -> int:
    """ "مساعد الأمين للعلاقات العامة الدكتور X", "ومساعد الأمين للخدمات X": the mayor's assistant of the city the text
    is about ("الأمين" alone is no title: "الأمين العام" is one), his remit after "ل", right before his name or an
    honorific: the index after the office, or 0 (ext-t112). "مساعد" is also a given name: never after "بن", and
    without a remit only before an honorific."""
    n = len(tokens)
    k = i + 1
    if k + 1 >= n or tokens[k].norm != _AMIN or tokens[k].sent != tokens[i].sent \
            or (i > 0 and tokens[i - 1].norm in PEOPLE.FILIATION):
        return 0
    e = k + 1
    if tokens[e].norm[:2] == "لل" and tokens[e].article and tokens[e].sent == tokens[i].sent:
        e = chain_end(tokens, e, stop_titles=True, possessive=False)
    if e > k + 1 and _after_its_holder(tokens, i, e):
        return e  # "X، مساعد الأمين للخدمات، …"
    if e >= n or tokens[e].sent != tokens[i].sent:
        return 0
    if tokens[e].norm in lexicon().honorifics:
        return e
    named = is_name_start(tokens, e) or _filiated(tokens, e) or _doubted_name_next(tokens, e)
    return e if named and e > k + 1 else 0


def _rank_name(tokens: list[Token], i: int) -> Name | None:
    """ "العريف أول جمعة جوهر جمعة الحمادي": after a rank (and "أول"/"ثان" qualifying it) up to four bare words
    closed by a definite nisba surname are a soldier's or an officer's name, however rare the given name; a
    known given name is read as usual ("الجندي فهد العتيبي")."""
    base = tokens[i].norm[1:] if tokens[i].norm[:1] == "و" and tokens[i].norm[1:] in CHAINS.RANKS else tokens[i].norm
    if base not in CHAINS.RANKS or (base == _FARIQ and not (
            i + 1 < len(tokens) and tokens[i + 1].norm in CHAINS.RANK_QUALIFIERS)):  # "الفريق أول X": a rank
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 2 and tokens[k].norm in CHAINS.RANK_QUALIFIERS \
            and tokens[k].sent == tokens[i].sent:
        k += 1  # "الفريق أول ركن X"
    if k >= len(tokens) or tokens[k].sent != tokens[i].sent:
        return None
    for e in range(k + 2, min(k + 4, len(tokens) - 1) + 1):  # two to four words, the last a definite nisba
        words = tokens[k:e]
        last = words[-1]
        if any(t.sent != tokens[i].sent or not t.is_word or is_stop(t.norm) for t in words) \
                or any(t.article or t.norm[:1] == "و" or t.norm.endswith(_PLURAL_ENDINGS) for t in words[:-1]):
            break
        if last.article and last.norm.endswith("ي") and len(last.norm) > 4 and _ends_clean(tokens, e):
            return Name(k, e, 0, False)
    name = parse_name(tokens, k)
    if name is not None and name.known:
        return name
    if k + 2 <= len(tokens) and all(t.sent == tokens[i].sent and t.is_word and not t.article and not is_stop(t.norm)
                                    and t.norm[:1] != "و" and not t.norm.endswith(_PLURAL_ENDINGS)
                                    and t.norm not in CHAINS.RANKS for t in tokens[k:k + 2]) \
            and not (tokens[k].norm[:1] in "لب" and tokens[k].text.endswith("ة")) \
            and _rank_name_ends(tokens, k + 2, tokens[i].sent):  # (not "صفوف الرائد لمدة موسم واحد": ل + a noun)
        return Name(k, k + 2, 0, False)  # "الفريق أول X Y،", "اللواء X Y وسفير …": two bare words closed there
    return None


def _ranked_holders(tokens: list[Token], out: People, post_starts: dict[int, PostMention]) -> None:
    """ "من جانبه ثمن اللواء X Y مدير الدفاع المدني في المنطقة …", "وقال العقيد X Y، مدير أمن الطرق …": a name read
    after a military rank (a rare given name, found only there) and an unheld office right after it (a comma
    between at most), in its sentence: he holds it, as a known name before its office does (ext-t131). Not an
    office another name follows (it is already held), nor one of the other gender."""
    held = {p.holder for p in out.posts if p.holder}
    for pm in out.persons:
        if pm.first == 0 or pm.name in held:
            continue
        rank = tokens[pm.first - 1].norm
        if rank not in CHAINS.RANKS and rank not in CHAINS.RANK_QUALIFIERS:
            continue
        at = pm.last + 1 if pm.last < len(tokens) and tokens[pm.last].norm in _COMMA else pm.last
        post = post_starts.get(at)
        if post is None or post.holder or tokens[post.first].sent != tokens[pm.first].sent \
                or _gender_clash(post.title, pm.name):
            continue
        post.holder = pm.name
        held.add(pm.name)


def _kunya_out_of_office(text: str, tokens: list[Token], out: People) -> None:
    """ "لزعيمه أبو بكر البغدادي": an office read on over the "أبو" that opens its holder's kunya ends before it
    (the person's name, read from the given name, takes the "أبو" in ``_person``) (ext-t131)."""
    starts = {pm.first for pm in out.persons}
    for p in out.posts:
        x = p.last - 1
        if x > p.first and x in starts and tokens[x].text in _ABU:
            _cut_post(text, tokens, p, x)


def _rank_name_ends(tokens: list[Token], e: int, sent: int) -> bool:
    """A rare given name and a surname after a rank end at the sentence's end, a stop or comma, or a word of "and"."""
    if e >= len(tokens) or tokens[e].sent != sent or not tokens[e].is_word:
        return True
    w = tokens[e].norm
    return w[:1] == "و" and len(w) > 3 and w not in lexicon().first_names


_ENVOY = frozenset({fold("السفير"), fold("السفيرة")})


def _envoy_name(tokens: list[Token], i: int) -> Name | None:
    """ "السفير طارق عادل في تصريح": the diplomatic rank before a name whose first word is a given name (also one
    that is a common noun, as طارق) and that ends cleanly (ext-t28); not "السفير الجديد", "السفير سعيد بالزيارة"."""
    if i + 1 >= len(tokens) or tokens[i].norm not in _ENVOY or tokens[i + 1].sent != tokens[i].sent:
        return None
    name = parse_name(tokens, i + 1, literal=True)
    if name is None or not name.known or tokens[i + 1].norm not in lexicon().first_names:
        return None
    filiated = any(tokens[x].norm in PEOPLE.FILIATION for x in range(name.start + 1, name.end - 1))
    return name if _ends_clean(tokens, name.end) or filiated else None
    # ("سفير المملكة لدى مصر السفير أحمد بن عبدالعزيز X أفراد البعثة": a name with "بن" is one wherever it ends, lnk)


def _after_surname_honorific(tokens: list[Token], out: People) -> list[PersonMention]:
    """(tuning201) "تعاقد مع أحمد الشيخ صانع ألعاب الفريق": an honorific right after a given name ("الشيخ", "الحاج")
    is that person's family name, so the words after it ("صانع ألعاب") name nobody, unless they open with a given
    name themselves ("محمد الشيخ صالح الفوزان" stays as read) or the given name is also a word ("على شرف السيد X": in
    honour of)."""
    lex = lexicon()
    return [pm for pm in out.persons if pm.first >= 2 and tokens[pm.first - 1].norm in lex.honorifics
            and tokens[pm.first - 1].article and tokens[pm.first].norm not in lex.first_names
            and tokens[pm.first - 2].sent == tokens[pm.first].sent
            and ((tokens[pm.first - 2].norm in lex.first_names and not tokens[pm.first - 2].article
                  and tokens[pm.first - 2].norm not in lex.ambiguous_names
                  and not is_stop(tokens[pm.first - 2].norm) and not tokens[pm.first].norm.startswith("ال"))
                 or (tokens[pm.first].norm[:1] == "و" and tokens[pm.first].norm[1:] not in lex.first_names
                     and not tokens[pm.first - 2].article and derived_verbal_noun(tokens[pm.first - 2].norm)))]
    # ("تسجيل الحاج ودفع المبالغ": after a verbal noun the honorific is its complement, a noun (the pilgrim), and "و" +
    # a word that is no given name opens the clause's next item; "المهندس ونيس القحطاني" stays)


def _office_holders_besides(out: People, eponymous: list[PersonMention]) -> set[str]:
    """Of the names a body bears, those the text also names outside any body, holding an office there ("رئيس
    النادي السابق الأمير X بن Y … مدرسة الأمير X بن Y النموذجية"): a person besides the eponym (ext-t28)."""
    names = {pm.name for pm in eponymous}
    held = {p.holder for p in out.posts if p.holder in names}
    return {name for name in held if any(pm.name == name and all(pm is not e for e in eponymous)
                                         for pm in out.persons)}


_LATIN = re.compile(r"^[A-Za-z][A-Za-z'-]+$")
"""A word in Latin letters: "WORDOFA", "O'Neill" (a foreign name's spelling after its Arabic one)."""
_COMMA = frozenset({"،", ",", "-"})


class Spanned(Protocol):
    first: int
    last: int


@dataclass(slots=True)
class PostMention:
    first: int  # token indexes [first, last)
    last: int
    start: int  # character offsets of the title as written (clitic left out)
    end: int
    title: str
    acting: bool = False
    holder: str | None = None  # person key
    ministry: str | None = None  # "وزارة …" implied by a minister's title, as written


def _cut_post(text: str, tokens: list[Token], p: PostMention, last: int) -> None:
    """End the office's span before token ``last``: its end offset and its title as written follow the cut."""
    p.last, p.end = last, tokens[last - 1].end
    p.title = text[p.start : p.end]


@dataclass(slots=True)
class PersonMention:
    name: str
    start: int
    end: int
    first: int
    last: int


@dataclass(slots=True)
class People:
    persons: list[PersonMention] = field(default_factory=list)
    posts: list[PostMention] = field(default_factory=list)


def _host_before(tokens: list[Token], k: int) -> bool:
    """ "التقى أمير المنطقة، رئيس مجلس إدارة الغرفة المهندس X": an office right after a verb of receiving or meeting,
    a comma after it, is the host; the office and name after the comma are the guest's, not the host's own."""
    if k == 0 or tokens[k - 1].sent != tokens[k].sent:
        return False
    verb = tokens[k - 1].norm
    base = verb[1:] if verb[:1] in "وف" and verb[1:] in EVENTS.MET_OR_RECEIVED else verb
    return base in EVENTS.MET_OR_RECEIVED


def _title_at(tokens: list[Token], i: int) -> tuple[int, int, bool] | None:
    """(head length in tokens, clitic chars, complement required) of a title starting at ``i``."""
    if not may_open(tokens[i].norm):
        return None
    if _main_adjective(tokens, i):
        return None
    if tokens[i].norm in _DEPUTIES and _nationality_next(tokens, i):
        return 1, 0, False  # "النائب الأردني X Y": a deputy of a nation, an office before a name (ext-t92)
    hit = longest_entry(tokens, i, lexicon().titles, max_len=4, clitics="وبلك")
    if (hit is None or hit[0] == 1) and i + 2 < len(tokens) and tokens[i + 2].article and _nationality_next(tokens, i):
        return _nation_inside_title(tokens, i) or hit
    return hit


def _nation_inside_title(tokens: list[Token], i: int) -> tuple[int, int, bool] | None:
    """ "المندوب الباكستاني الدائم لدى …", "المندوبة الفرنسية الدائمة": a nationality between a title's two words
    (ext-t114); the title with the nationality word counted in."""
    if tokens[i + 2].sent != tokens[i].sent:
        return None
    probe = [tokens[i], *tokens[i + 2 : i + 5]]
    inner = longest_entry(probe, 0, lexicon().titles, max_len=4, clitics="وبلك")
    return (inner[0] + 1, inner[1], inner[2]) if inner is not None and inner[0] >= 2 else None


# Definite nouns of things, places and roles that "الرئيس/الرئيسة/الرئيسي" qualifies as "main" ("المقر الرئيس للهيئة",
# "الحفل الرئيس", "القاعة الرئيسة", "السبب الرئيس", "الشريك الرئيس"): none is an office or a person's name.
_MAIN_HEADS = frozenset(fold(w) for w in (
    "المقر", "الحفل", "المحور", "الداعم", "المعقل", "المصدر", "السبب", "الدور", "البهو", "المركز", "الملعب",
    "المؤشر", "الخط", "الممول", "العنوان", "الحليف", "الشريك", "الراعي", "الهدف", "المحرك", "العامل", "الطريق",
    "الشارع", "المدخل", "المبنى", "الموضوع", "الملف", "العنصر", "المكون", "المنفذ", "المستثمر", "المورد",
    "المنتدى", "المسرح", "الحدث", "النشاط", "المعرض", "الفرع", "المحطة", "المطار", "الميناء", "المستشفى",
    "المسجد", "الجامع", "السوق", "المنتج", "المحصول", "الطبق", "العرض", "المشتبه", "المستفيد", "المساهم",
    "المنافس", "الخصم", "العدو", "الحفلة", "القاعة", "البوابة", "الجلسة", "المنصة", "الشاشة", "الساحة",
    "الواجهة", "الفعالية", "الركيزة", "القضية", "المشكلة", "الجهة", "الشريكة", "الراعية", "الداعمة", "الطريقة",
    "الوجهة", "البطولة", "المسابقة", "الجائزة", "المرحلة", "الفكرة", "الرسالة", "المهمة", "الوظيفة", "الأداة",
    "الوسيلة", "اللغة", "المادة", "المقار", "الأسباب", "المحاور", "الأهداف", "الشركاء", "المصادر", "العوامل",
))
_MAIN_ADJECTIVES = frozenset(fold(w) for w in ("الرئيس", "الرئيسة", "الرئيسي", "الرئيسية"))


def _main_adjective(tokens: list[Token], i: int) -> bool:
    """ "المقر الرئيس للهيئة", "في الحفل الرئيس": "الرئيس" right after a definite noun of a thing, place or role
    (no comma between) is the adjective "main", no office, when what follows ends it: the sentence, a mark, a
    function word, a ل-phrase or a و-word. Not "حضر الحفل الرئيس التنفيذي للشركة" nor "… الرئيس X": an office or a
    name after it makes it the subject (pfix). (posts24) So after any definite noun that is no title's word, style,
    nisba or function word ("الأغنية الرئيسة لفيلم …", "الموقع الرئيس للهيئة", "اللوحات الرئيسة والإرشادية"), and
    so is an indefinite "رئيس/رئيسة" after "بشكل/بصورة" ("بشكل رئيس", a manner) or after an indefinite plural in ات
    ("خمسة مسببات رئيسة لارتفاع …")."""
    if i == 0 or not tokens[i - 1].is_word or tokens[i - 1].sent != tokens[i].sent:
        return False
    before = tokens[i - 1].norm
    if tokens[i].norm in _MAIN_INDEFINITE:
        if before[:1] == "ب" and before[1:] in _MANNER_NOUNS and before[1:] != fold("صفة"):
            return True
        if tokens[i - 1].article or not before.endswith("ات") or len(before) < 5 or is_stop(before) \
                or before in lexicon().first_names:
            return False
    elif tokens[i].norm not in _MAIN_ADJECTIVES or (before not in _MAIN_HEADS and strip_clitic(before)[0] not in
                                                    _MAIN_HEADS and not _main_head_like(tokens[i - 1])):
        return False
    elif before not in _MAIN_HEADS and i > 1 and tokens[i - 2].norm in lexicon().first_names:
        return False  # "الشيخ عبدالرحمن السديس الرئيس لشؤون …": a family name, then its holder's office
    if i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent or not tokens[i + 1].is_word:
        return True
    after = tokens[i + 1].norm
    return is_stop(after) or after[:1] in ("ل", "و")


_MAIN_INDEFINITE = frozenset(fold(w) for w in ("رئيس", "رئيسة"))


def _main_head_like(tok: Token) -> bool:
    """(posts24) A definite noun "الرئيس/الرئيسة" may qualify as "main": with the article, no masculine nisba (ي),
    no function word, style or honorific, no title's first word ("الوزير الرئيس …": two offices) and no
    nationality."""
    norm = tok.norm
    if not tok.article or not norm.startswith("ال") or norm.endswith("ي") or is_stop(norm) \
            or norm in lexicon().honorifics or is_nationality(norm) or norm in PEOPLE.ROYAL_TITLES \
            or norm in PEOPLE.ROYAL_STYLE:
        return False
    firsts = _title_firsts()
    return norm not in firsts and strip_clitic(norm)[0] not in firsts


_GOVERNOR_SEATS = frozenset(fold(w) for w in (
    "إقليم", "الإقليم", "عمالة", "العمالة", "أقاليم", "عمالات", "صاحب", "جلالة", "على", "ولاية", "الولاية"))
_GOVERNOR_TENURE = frozenset(fold(w) for w in ("الجديد", "السابق", "الحالي", "المعين", "الأسبق"))
_AMIL_HEADS = frozenset(fold(w) for w in ("عامل", "العامل"))
_RAPPORTEUR = fold("المقرر")
_MIN_WORDS = frozenset(fold(w) for w in ("من", "ومن"))
_SCHOOL_ADJECTIVES = frozenset(fold(w) for w in ("الدراسي", "الدراسية", "الدراسيه"))
_DRIVERS = frozenset(fold(w) for w in ("قائد", "قائدة"))
_VEHICLES = frozenset(fold(w) for w in (
    "سيارة", "مركبة", "شاحنة", "عربة", "حافلة", "دراجة", "طائرة", "بالون", "قارب", "زورق", "جرار", "قطار",
    "سيارته", "مركبته", "شاحنته", "دراجته", "الطائرة", "السيارة", "المركبة", "الشاحنة", "العربة", "الحافلة",
    "الدراجة", "البالون", "القارب", "الزورق", "الجرار", "القطار"))


def _no_office_at(tokens: list[Token], i: int, c: int, clitic: int) -> bool:
    """(posts24) A title's word read where the text means something else (mined from held-out posts):
    "وآلية الاشتراك" (and the mechanism of …: "والية", a wali, only once the madda is folded away); "عامل الوقت",
    "العامل الرئيسي" (a factor: a governor "عامل" has a province, a prefecture, "صاحب الجلالة" or a place after
    him, and "العامل" alone a tenure word at most); "من المقرر", "الموعد المقرر لانطلاق …", "والمقرر عرضه",
    "المقرر الدراسي" (scheduled, a curriculum: no rapporteur); "قائد الشاحنة", "قائد عربة" (a driver, a role in one
    event)."""
    tok = tokens[i]
    head = strip_clitic(tok.norm)[0] if clitic else tok.norm
    nxt = tokens[c] if c < len(tokens) and tokens[c].sent == tok.sent else None
    if tok.text.startswith("وآ"):
        return True
    if head in _AMIL_HEADS:
        if nxt is None or not nxt.is_word:
            return not head.startswith("ال")
        if nxt.norm in _GOVERNOR_SEATS or place_len(tokens, c) or region_len(tokens, c):
            return False
        return not head.startswith("ال") or (nxt.article and nxt.norm not in _GOVERNOR_TENURE)
    if head == _RAPPORTEUR:
        before = tokens[i - 1] if i > 0 and tokens[i - 1].sent == tok.sent else None
        if before is not None and (before.norm in _MIN_WORDS or (
                not clitic and before.is_word and before.article and _main_head_like(before))):
            return True
        return nxt is not None and nxt.is_word and (nxt.norm in _SCHOOL_ADJECTIVES or (
            not nxt.article and nxt.norm.endswith(("ه", "ها")) and not nxt.norm.endswith("يه")
            and nxt.norm not in lexicon().first_names))
    return head in _DRIVERS and nxt is not None and nxt.norm in _VEHICLES


_OFFICE_BARE_WORDS = frozenset(fold(w) for w in ("عبر", "لدى", "بشأن", "إزاء", "وفق", "حتى", "مكلف", "مكلفة"))


def _bare_after_definite_end(tokens: list[Token], c: int, e: int) -> int:
    """ "الأمين العام للحزب بيتر تاوبر،": after a definite word of the office a bare indefinite word (no article, no
    clitic, no function word) can be neither its adjective nor its genitive, so it opens what follows the office (a
    name the lexicon does not know, an adverb), no word of it; not after a royal title ("جامعة الملك عبدالعزيز"),
    nor a preposition written bare ("مدير النقل عبر الطرق"), a charge ("الوزير المنتدب … مكلف بالشؤون العامة") or a
    place ("رئيس الجماعة القروية المجاطية أولاد الطالب"). The definite word is written with its article ("والي جهة
    …" is a governor's title, no "و" + "الي")."""
    for x in range(max(c, 1), e):
        tok, prev = tokens[x], tokens[x - 1]
        base = strip_clitic(prev.norm)[0]
        if prev.article and base.startswith(("ال", "لل")) and len(base) > 3 and prev.is_word and tok.is_word \
                and tok.sent == prev.sent and not tok.article \
                and tok.norm[:1] not in "وبلفك" and not is_stop(tok.norm) and not tok.norm.isdigit() \
                and _title_at(tokens, x) is None and base not in CHAINS.ROYAL \
                and tok.norm not in _OFFICE_BARE_WORDS and not place_len(tokens, x):
            return x
    return e


def _post_clause_end(tokens: list[Token], c: int, e: int) -> int:
    """(posts24) "ولي العهد يتحمل المسؤولية", "على وزير الإسكان الانطلاق منها", "المدير الفني لتشيلسي التعليق": after a
    definite word of the office nothing stands in construct with it, so a finite verb (an imperfect in ي/ت, a perfect
    in ت: :func:`institutions.imperfect_verb`, ``ya_third_form``, ``perfect_verb``) or a definite verbal noun
    (``definite_verbal_noun``, no adjective) right after it opens the clause, as it does after a body's name (runon);
    no word of the office. Not a place, a nationality or a given name; not after "لل…" ("مستشارا للجنة الاستثمار":
    ل + an indefinite head in construct with the verbal noun)."""
    first_names = lexicon().first_names
    for k in range(max(c, 1), e):
        tok, prev = tokens[k], tokens[k - 1]
        if not tok.is_word or not prev.is_word or not prev.article or not prev.norm.startswith("ال") \
                or tok.sent != prev.sent \
                or tok.norm in first_names or place_len(tokens, k) or is_nationality(tok.norm) \
                or starts_head(tokens, k, strip=False):
            continue  # (nor a body's first word: "مجموعة الصداقة الاتحاد الأوروبي – المغرب")
        if definite_verbal_noun(tok) or perfect_verb(tok) or ya_third_form(tok) or (
                tok.norm[:1] in "تي" and imperfect_verb(tok._replace(norm="ت" + tok.norm[1:]))):
            return k
        if tok.norm[:1] == "ل" and not tok.norm.startswith("لل") and derived_verbal_noun(tok.norm[1:]) \
                and not tok.norm.endswith("ات") \
                and prev.norm not in PEOPLE.REMIT_STANDINGS and k + 1 < len(tokens) and tokens[k + 1].is_word \
                and tokens[k + 1].sent == tok.sent and not starts_head(tokens, k, strip=True):
            return k  # (tuning200) "وزير الدفاع لإبراز دور القوات": ل + an indefinite derived verbal noun after the
            # office's definite word says what for; not its plural, a field ("المتحدث الإعلامي لانتخابات المجلس"),
            # a body's head ("المتحدث الرسمي لاتحاد الكرة"), nor after a standing that takes a remit ("وزير الدولة
            # لتطوير …")
    return e


_DEPUTIES = frozenset({fold("النائب"), fold("النائبة")})
_ENVOYS = frozenset(fold(w) for w in ("مبعوث", "مبعوثة", "المبعوث", "المبعوثة"))
_ILA = fold("إلى")
_HIGH_LEVEL, _LEVEL = frozenset(fold(w) for w in ("رفيع", "رفيعة", "الرفيع", "الرفيعة")), fold("المستوى")


def _nationality_next(tokens: list[Token], i: int) -> bool:
    """A nationality adjective right after ``i`` in its sentence ("الأردني", "الفرنسية")."""
    if i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    norm = tokens[i + 1].norm
    return is_nationality(norm)


def _secretary_stack(tokens: list[Token], i: int, size: int, nxt: tuple[int, int, bool] | None) -> bool:
    """ "الأمين المساعد رئيس قطاع …", "الأمين العام رئيس اللجنة …": a secretary's complete office, then a second
    office that takes its own complement; the two are stacked, not one office (ext-t28)."""
    return size > 1 and tokens[i].norm == _AMIN and nxt is not None and nxt[1] == 0 and bool(nxt[2])


_MAJESTY = frozenset({fold("جلالة"), fold("الجلالة")})


_SAHIB = fold("صاحب")
_SAHIB_STYLES = frozenset(fold(w) for w in ("السمو", "المعالي", "الفضيلة", "الجلالة", "السعادة"))


def _majesty_end(tokens: list[Token], e: int) -> int:
    """Where an office ending in "جلالة"/"صاحب الجلالة" at ``e - 1`` ends: after "الملك" and, when an ordinal
    name follows, the King's name ("مستشار جلالة الملك محمد السادس X") (ext-t28)."""
    n = len(tokens)
    if tokens[e - 1].norm not in _MAJESTY or e >= n or tokens[e].norm not in PEOPLE.KING \
            or tokens[e].sent != tokens[e - 1].sent:
        return e
    e += 1
    if e + 1 < n and tokens[e + 1].norm in PEOPLE.ORDINAL_KINGS and tokens[e + 1].sent == tokens[e].sent:
        e += 2
    return e


_ORGANISATION = fold("المنظمة")


def _organisation_end(tokens: list[Token], c: int, i: int, inside: frozenset[int]) -> int:
    """ "رئيس المنظمة العربية للسياحة الدكتور X", "مدير عام المنظمة الإسلامية للتربية …": "المنظمة" (a function word
    elsewhere, the organising participle of "اللجنة المنظمة") right after an indefinite office in construct is the
    organisation's noun: the body the institutions read from it, to its last word, is the office's complement
    (ext-t123). Not "اللجنة المنظمة للمهرجان": no office before it; not "الرئيس المنظمة …": a definite office."""
    n = len(tokens)
    if not (c + 1 < n and tokens[c].norm == _ORGANISATION and c not in inside and c + 1 in inside
            and tokens[c + 1].sent == tokens[i].sent and not strip_clitic(tokens[i].norm, "و")[0].startswith("ال")):
        return 0
    x = c + 1
    while x < n and x in inside and tokens[x].sent == tokens[c].sent:
        x += 1
    return x


_LI_SHUUN = fold("لشؤون")


def _majesty_remit_end(tokens: list[Token], e: int, i: int) -> int:
    """ "مستشار جلالة الملك للشؤون العسكرية الفريق X", "مبعوث جلالة الملك للمملكة … الدكتور X", "مستشار جلالة الملك
    لشؤون الأمن القومي مدير المخابرات العامة الفريق X": the remit ("لل…" or "لشؤون …") after an office's "جلالة الملك"
    at ``e``, right before a rank or an honorific and the holder, or before a second office stacked on it, is the
    office's (ext-t123). Not "قدم مستشار جلالة الملك للشؤون الاقتصادية عرضا": no holder or office follows."""
    n = len(tokens)
    if e + 1 >= n or tokens[e].sent != tokens[i].sent or not (
            (tokens[e].norm.startswith("لل") and tokens[e].article) or tokens[e].norm == _LI_SHUUN):
        return e
    after = chain_end(tokens, e, stop_titles=True, possessive=False)
    if not e < after < n or tokens[after].sent != tokens[e].sent:
        return e
    lex = lexicon()
    held = tokens[after].norm in lex.honorifics or tokens[after].norm in CHAINS.RANKS \
        or (tokens[after].norm[:1] != "و" and _title_at(tokens, after) is not None)
    return after if held else e


_MEMBER_TITLES = frozenset(fold(w) for w in ("عضو", "عضوة", "عضوا", "العضو", "العضوة"))
_FI_ADVISERS = frozenset(fold(w) for w in ("المستشار", "المستشارة"))
_MEMBER_STATES = frozenset(fold(w) for w in ("دولة", "بلد", "دول"))  # "كل دولة عضو في الاتحاد"


def _plural_after_place(tokens: list[Token], c: int, e: int) -> int:
    """ "استقبل وكيل إمارة الجوف المسافرين بالورود": a place closes a title's chain; a definite sound plural (…ين،
    …ات) right after it is the verb's object, never the title's adjective (ext-t30)."""
    for x in range(c, e - 1):
        size = region_len(tokens, x) or place_len(tokens, x)
        if not size:
            continue
        y = x + size
        if y < e and tokens[y].norm.startswith("ال") and tokens[y].norm.endswith(("ين", "ات")) \
                and len(tokens[y].norm) > 5 \
                and tokens[y].sent == tokens[x].sent:
            return y
        return e
    return e


_ADVISERS = frozenset(fold(w) for w in ("المستشار", "المستشارة"))


def _bare_adviser(tokens: list[Token], i: int, clitic: int, c: int) -> bool:
    """ "وحضر المستشار الدكتور X": the definite "المستشار" with no complement, right before an honorific and a
    recognisable name, is that person's office as the Gulf press writes it (ext-t36); not "المستشار الألماني"
    (a nationality: a head of government), nor without an honorific ("المستشار X" may be a judge's style)."""
    if tokens[i].norm[clitic:] not in _ADVISERS or c + 1 >= len(tokens) or tokens[c].sent != tokens[i].sent \
            or tokens[c].norm not in lexicon().honorifics or tokens[c + 1].sent != tokens[i].sent:
        return False
    return is_name_start(tokens, c + 1) or _filiated(tokens, c + 1)


def _after_held_comma(tokens: list[Token], posts: list[PostMention], i: int) -> bool:
    """ "، والمشرف …" right after an office that a comma closes: a list of one person's offices goes on (ext-t39)."""
    if not (tokens[i].norm[:1] == "و" and i > 1 and tokens[i - 1].norm in _COMMA and posts
            and tokens[i - 1].sent == tokens[i].sent):
        return False
    if posts[-1].last == i - 1:
        return True
    before = next((x for x in range(i - 2, max(posts[-1].last - 1, i - 12), -1) if tokens[x].norm in _COMMA), None)
    return before is not None and posts[-1].last == before and before + 1 < i - 1 \
        and strip_clitic(tokens[before + 1].norm, "و")[0] in _PROFESSORS  # "…، وأستاذ … بالمعهد …، والمشرف …"


def _after_member(tokens: list[Token], posts: list[PostMention], i: int) -> bool:
    """ "عضو مجلس الإدارة والمشرف على …", "متحدثها الرسمي والمشرف العام على …": a second office after "و", right
    after an office, whose complement runs up to its holder (ext-t84)."""
    if not (posts and posts[-1].last == i and tokens[i].norm[:1] == "و" and i + 4 < len(tokens)):
        return False
    ala = next((x for x in (i + 1, i + 2) if tokens[x].norm == fold("على")), None)  # ("والمشرف العام على …")
    if ala is None:
        return False
    after = chain_end(tokens, ala + 1, stop_titles=True, possessive=False)  # right before the holder or a quoted name
    return after < len(tokens) and (tokens[after].norm in _QUOTES or tokens[after].norm in lexicon().honorifics
                                    or is_name_start(tokens, after))  # (not "X عضو في اللجنة والمشرف على التدريب في …")


def _member_stack(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "عضو مجلس الإدارة والرئيس التنفيذي للشركة X", "عضو المجلس والمشرف على البرنامج X": a member's office, then a
    definite office after "و", before one name, are that person's two offices (a member is not named alone as a
    second person's office before another's) (ext-t84)."""
    return b.first == a.last and a.start == tokens[a.first].start and tokens[a.first].norm in _MEMBER_TITLES \
        and tokens[b.first].norm.startswith("وال") and b.start == tokens[b.first].start + 1 \
        and tokens[b.first].sent == tokens[a.first].sent


def _ranked_stack(tokens: list[Token], b: PostMention, s: int) -> bool:
    """ "القائد العام للقوات المسلحة وزير الدفاع الفريق أول X Y": a military rank (and its "أول"/"ركن") right before
    a name introduces it as an honorific does; the offices stacked before the rank are that officer's, when the
    second is written against the first ("الأمين العام للجامعة ورئيس الأركان الفريق X": "و" joins a second person's
    office) (ext-t98)."""
    if b.start != tokens[b.first].start:
        return False
    k = s - 1
    while k > 0 and s - k <= 2 and tokens[k].norm in CHAINS.RANK_QUALIFIERS and tokens[k].sent == tokens[s].sent:
        k -= 1
    return k >= 0 and k < s and tokens[k].norm in CHAINS.RANKS and tokens[k].sent == tokens[s].sent


_CABINET_MEMBERS = frozenset(fold(w) for w in ("عضو", "عضوة"))


def _cabinet_member_stack(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "وزير الدولة عضو مجلس الوزراء رئيس الديوان X": a member's office in construct ("عضو مجلس …", not "عضوا"
    nor "عضو في"), written right against another office with no "و" or comma between, is one more office of the one
    person named after the stack, whichever of the two it is (a member's office names no one's genitive) (ext-t98)."""
    if b.first != a.last or a.start != tokens[a.first].start or b.start != tokens[b.first].start \
            or tokens[a.first].sent != tokens[b.first].sent or tokens[b.first].norm[:1] == "و":
        return False
    member = next((q for q in (a, b) if strip_clitic(tokens[q.first].norm, "و")[0] in _CABINET_MEMBERS), None)
    return member is not None and member.last - member.first >= 2 and tokens[member.first + 1].norm != _FI


def _quoted_body_end(tokens: list[Token], e: int, i: int) -> int:
    """An office's complement that ends with a bare body head ("شبكة", "جمعية", "حركة") right before quotes takes
    the one to four words in the quotes, its name ('المشرف العام على شبكة "X Y"'), and the closing quote (ext-t39)."""
    n = len(tokens)
    if not (e + 2 < n and tokens[e].norm in _QUOTES and tokens[e].sent == tokens[i].sent and tokens[e - 1].is_word
            and not tokens[e - 1].article and starts_head(tokens, e - 1, strip=True)):
        return e
    close = next((x for x in range(e + 2, min(n, e + 6)) if tokens[x].norm == _QUOTES[tokens[e].norm]), None)
    if close is None or tokens[close].sent != tokens[e].sent or not all(t.is_word for t in tokens[e + 1 : close]):
        return e
    return close + 1


_OPENING_QUOTES = frozenset(("«", "“"))
_SPOKESMEN = frozenset(fold(w) for w in ("المتحدث", "المتحدثة", "الناطق", "الناطقة"))
_OWN_SPOKESMEN = frozenset(fold(w) for w in ("متحدثها", "متحدثه", "ومتحدثها", "ومتحدثه"))
_SPOKEN_KINDS = frozenset(fold(w) for w in ("الرسمي", "الإعلامي"))


def _quoted_before_holder(tokens: list[Token], e: int, i: int) -> int:
    """ 'الرئيس التنفيذي لبرنامج «X Y» خالد …', 'مدير عام «X Y Z» خالد …': a name the press puts in quotes (one to five
    words) right after an office's complement or its bare head, and right before the holder's name or honorific, is
    the body the office is held at (ext-t84)."""
    n = len(tokens)
    if not (e + 3 < n and tokens[e].norm in _QUOTES and tokens[e].sent == tokens[i].sent):
        return e
    close = next((x for x in range(e + 2, min(n - 1, e + 7)) if tokens[x].norm == _QUOTES[tokens[e].norm]), None)
    if close is None or tokens[close + 1].sent != tokens[e].sent or is_stop(tokens[e + 1].norm) \
            or not tokens[e + 1].is_word or not all(t.is_word or t.norm.isdigit() for t in tokens[e + 2 : close]):
        return e  # (not a quoted saying: 'المدير العام «نحن مستعدون»'; a name may end with its edition's number:
        # 'مدير البرنامج الصيفي "X Y 36" Z', ext-t123)
    lex, first, nxt = lexicon(), tokens[e + 1], close + 1
    quoted = parse_name(tokens, e + 1)
    if first.norm in lex.honorifics or tokens[nxt].text == _ALA_WRITTEN or (
            quoted is not None and quoted.end >= close and first.norm in lex.first_names):
        return e  # (not 'وزير الثقافة "الدكتور X" على …': the holder's own name in quotes; "على" is no "علي")
    holder = tokens[nxt].norm in lex.honorifics or tokens[nxt].norm in lex.first_names or is_name_start(tokens, nxt) \
        or _filiated(tokens, nxt)
    return nxt if holder else e


def _remit_before_holder(tokens: list[Token], e: int, i: int) -> int:
    """ "مساعد مدير عام الشؤون الصحية بمنطقة حائل للطب الوقائي الدكتور X": a "لل…" remit after an office's complement
    (a body's whole name with its region), right before an honorific or a rank and the holder, is the office's."""
    if e < len(tokens) and tokens[e].norm.startswith("لل") and tokens[e].article and tokens[e].sent == tokens[i].sent:
        after = chain_end(tokens, e, stop_titles=True, possessive=False)
        if e < after < len(tokens) and (tokens[after].norm in lexicon().honorifics
                                        or tokens[after].norm in CHAINS.RANKS):
            return after
    return e


_DEFINITE_ADVISERS = frozenset({fold("المستشار"), fold("المستشارة")})
_KING_SERVED = (fold("لخادم"), fold("الحرمين"), fold("الشريفين"))
_SERVING_TITLES = CHAINS.ADVISER_TITLES | frozenset(fold(w) for w in ("المبعوث", "المبعوثة", "مبعوث", "مبعوثة",
                                                                      "الممثل", "الممثلة", "ممثل", "ممثلة"))


def _king_served_end(tokens: list[Token], i: int, e: int) -> int:
    """(aud-inst) "المستشار الخاص لخادم الحرمين الشريفين", "المستشار والمبعوث الخاص لخادم الحرمين الشريفين": an
    adviser's, an envoy's or a representative's office, then "ل" + the King's title, is one office (the King is whom
    the office serves, not a second office read out of it); only after these titles ("رفع رئيس المجلس لخادم الحرمين
    الشريفين التهنئة": to whom one writes)."""
    if strip_clitic(tokens[i].norm, "و")[0] not in _SERVING_TITLES or e + 3 > len(tokens) \
            or tuple(t.norm for t in tokens[e : e + 3]) != _KING_SERVED \
            or any(t.sent != tokens[i].sent for t in tokens[e : e + 3]):
        return e
    return e + 3


def _definite_word(t: Token) -> bool:
    """A word with the article, not one whose "وال" is a word's own letters read as "و" + "ال" ("والي" a governor)."""
    return t.article and t.norm[:1] != "و"


def _bare_place_cut(tokens: list[Token], c: int, e: int) -> int:
    """ "غادر الأمير X وزير الدفاع جمهورية مصر العربية", "زار وزير الداخلية مدينة جدة": after a word with the
    article, a bare place (a region's or a state's noun, or a gazetteer name, with no clitic) is in construct with
    nothing of the office: the verb's object or its place (pp16). Returns where the office's complement ends."""
    for x in range(max(c, 1), e):
        t = tokens[x]
        if _definite_word(tokens[x - 1]) and t.is_word and not t.article and t.sent == tokens[x - 1].sent \
                and (t.norm in CHAINS.REGION_NOUNS or place_len(tokens, x) > 0):
            return x
    return e


def _li_word_before_holder(tokens: list[Token], c: int, i: int) -> bool:
    """(aud-inst) "الأمين العام لأوبك X Y", "الرئيس التنفيذي لسابك X Y": after a definite office of two words or
    more, "ل" + one bare word (no article, no pronoun, no given name, title or function word) right before a holder's
    recognisable name is the body the office belongs to, written short (an acronym or a brand): the office's
    complement, and the name after it is the holder's."""
    n = len(tokens)
    if c + 2 >= n or not tokens[i].norm.startswith(("ال", "وال")) or tokens[c].sent != tokens[i].sent:
        return False
    tok = tokens[c]
    word = tok.norm[1:]
    if not (tok.is_word and tok.norm[:1] == "ل" and not tok.article and not tok.norm.startswith("لل")
            and len(word) >= 3 and word.isalpha() and not is_stop(tok.norm) and not is_stop(word)
            and word not in lexicon().first_names and not word.startswith("عبد")
            and not tok.text.endswith(("ه", "ها", "هم", "هما", "ة")) and not word.endswith(("ات", "ين"))
            and _title_at(tokens, c) is None and tokens[c + 1].sent == tok.sent):
        return False
    if _holder_known_at(tokens, c + 1):
        return True
    name = parse_name(tokens, c + 1) if tokens[c + 1].norm.startswith("عبد") else None  # "… عبد الله X"
    return name is not None and name.known and name.start == c + 1 and name.end - name.start >= 3


def _holder_known_at(tokens: list[Token], x: int) -> bool:
    """A holder's name opens at ``tokens[x]``: an honorific or a rank before a name, or a known given name that
    reads as a name of two words or more."""
    lex = lexicon()
    while x < len(tokens) and (tokens[x].norm in lex.honorifics or tokens[x].norm in CHAINS.RANKS):
        x += 1
    if x >= len(tokens) or (tokens[x].norm not in lex.first_names and not (
            x + 2 < len(tokens) and tokens[x + 1].norm in PEOPLE.FILIATION and tokens[x].is_word
            and not tokens[x].article)):  # "X بن Y": a given name however rare, before the father's (ext-t55)
        return False
    name = parse_name(tokens, x)
    return name is not None and name.known and name.start == x and name.end - x >= 2


_NOT_WHERE = frozenset(fold(w) for w in ("شخص", "عهد", "زمن", "عصر", "فترة", "حقبة", "أيام", "ولاية", "حكومة", "إدارة",
                                          "حكم", "رئاسة"))  # "في شخص X": who; "في عهد/حكومة X": whose era, not where


_AFFILIATED = frozenset(fold(w) for w in ("التابعة", "التابع"))
_WADI = fold("وادي")  # a valley, the first word of many a place's name ("وادي الدواسر", "وادي فاطمة")


def _phrase_before_holder(tokens: list[Token], e: int, i: int, inside: frozenset[int]) -> int:
    """ "مدير التنسيق والمتابعة في سوق عكاظ X Y", "رئيس الفريق الإغاثي بهيئة الهلال الأحمر X Y": after an office's
    complement, "في" + one to three words (a bare one first: "في معرض الكتاب"), or a ب-word opening a body the
    institutions read, right before the holder's name (a known given name, or an honorific or a rank), is where the
    office is held: the title's words (ext-t51). Not a function word, a title, a given name, a verbal noun or a
    pronoun's ending: "قال الوزير في كلمته خالد …", "أكد المدير في تصريح صحفي أن …"."""
    n = len(tokens)
    if e + 2 >= n or tokens[e].sent != tokens[i].sent:
        return 0
    lex = lexicon()
    if (tokens[e].norm == "في" or (tokens[e].norm[:1] == "ب" and (tokens[e].norm[1:] in CHAINS.REGION_NOUNS
                                                                  or tokens[e].norm[1:] == _WADI))) \
            and e + 1 not in inside and tokens[e + 1].norm not in _NOT_WHERE:
        # (or "بمحافظة" + a place the gazetteer lacks, or "بوادي" + the valley's name: "مدير مكتب السياحة بمحافظة
        # وادي X Y Z", "… بوادي X Y Z", ext-t80)
        x = e + 1
        while x < min(n, e + 4) and tokens[x].is_word and tokens[x].sent == tokens[e].sent \
                and not (x == e + 1 and tokens[x].article and tokens[e].norm[1:] != _WADI) \
                and not is_stop(tokens[x].norm) \
                and tokens[x].norm not in lex.first_names \
                and tokens[x].norm not in lex.honorifics and tokens[x].norm not in CHAINS.RANKS \
                and _title_at(tokens, x) is None and not tokens[x].norm.endswith(("ه", "ها", "هم")) \
                and not _masdar(tokens[x].norm) and (x == e + 1 or tokens[x].norm[:1] not in "وبل"):
            x += 1  # (the word right after "في" is its noun, never a clitic's: "في وادي …", "في بلجرشي …", ext-t80)
    elif e not in inside and e + 1 in inside and tokens[e].norm[:1] == "ب" and tokens[e].is_word and (
            not tokens[e].norm.startswith("بال") or starts_head(tokens, e, strip=True)):
        # (a body's first word is not in ``inside``, its others are; "بالهيئة الملكية بينبع": a definite body's
        # head after ب too, ext-t72)
        x = e + 1
        while x < n and x in inside and tokens[x].sent == tokens[e].sent:
            x += 1
    elif tokens[e].norm.startswith("بال") and tokens[e].is_word and e not in inside and e + 1 not in inside \
            and starts_head(tokens, e, strip=True) and _holder_known_at(tokens, e + 1):
        x = e + 1  # "مشرف البرامج بالمركز X Y": the one-word body after ب where the office is held (ext-t72)
    elif tokens[e].norm in _AFFILIATED and tokens[e + 1].norm[:1] == "ل" and not tokens[e + 1].norm.startswith("لل") \
            and e + 1 not in inside and e + 2 in inside:
        x = e + 2  # "الأمين العام لهيئة X التابعة لرابطة Y Z": the parent body, right before the holder (ext-t55)
        while x < n and x in inside and tokens[x].sent == tokens[e].sent:
            x += 1
    else:
        return 0
    if x == e + 1 or x >= n or tokens[x].sent != tokens[e].sent or not _holder_known_at(tokens, x):
        return 0
    return x - e


_LOCAL_HEADS = INSTITUTIONS.DIRECTORATE_HEADS | INSTITUTIONS.BRANCH_HEADS  # "بفرع الوزارة", "بمكتب جدة"


def _where_word(tokens: list[Token], x: int, sent: int) -> bool:
    """A word that may go on a place or body phrase before an office's holder: a bare content word, no given name,
    honorific, rank, style, title, pronoun's ending, function word or new ب/ل/و phrase ("الوزارة", "شرق", "المنورة")."""
    lex = lexicon()
    t = tokens[x]
    return t.is_word and t.sent == sent and not is_stop(t.norm) and t.norm not in lex.first_names \
        and t.norm not in lex.honorifics and t.norm not in CHAINS.RANKS and t.norm not in _CLINICAL_STYLES \
        and t.norm[:1] not in "وبل" and _title_at(tokens, x) is None and not t.text.endswith(("ه", "ها", "هم"))


def _bi_place_len(tokens: list[Token], x: int) -> int:
    """ "بتبوك", "بجدة": tokens of ب + a place name of the gazetteer at ``tokens[x]`` (0 if none)."""
    tok = tokens[x]
    if tok.norm[:1] != "ب" or len(tok.norm) < 3:
        return 0
    probe = [after_proclitic(tok), *tokens[x + 1 : x + 4]]
    return place_len(probe, 0)


def _phrases_before_styled_holder(tokens: list[Token], e: int, i: int) -> int:
    """ "مدير عام إدارة المساجد بفرع الوزارة بالمدينة المنورة الأستاذ X Y", "مساعدة المدير العام للشؤون التعليمية
    (بنات) X بنت Y": after an office's complement, up to three phrases saying where it is held (ب + a place, a
    body's head, a region noun, a back-reference ("بالوزارة") or a compass word, or في + a noun, each with up to
    two more bare words) or one parenthesised word, then an honorific, a rank or a clinical style before the
    holder's known name (or, after the parenthesis, a known name of two words or more), are the office's words
    (post20). Not after a verb of meeting or visiting in the sentence ("استقبل المدير في الرياض الدكتور X": where
    the guest was received), nor for a minister, nor a pronoun's noun ("في كلمته")."""
    n = len(tokens)
    sent = tokens[i].sent
    if e >= n or tokens[e].sent != sent or any(tokens[x].sent == sent and strip_clitic(tokens[x].norm, "وف")[0] in _SEEN
                                               for x in range(max(0, e - 12), e)) \
            or tokens[i].norm in PEOPLE.MINISTER or strip_clitic(tokens[i].norm, "و")[0] in PEOPLE.MINISTER:
        return 0  # (nor a minister's: "بحث وزير الخارجية في جامعة الدول العربية الدكتور X": where they met)
    x, paren = e, False
    for _ in range(3):
        if x + 2 < n and tokens[x].text == "(" and tokens[x + 2].text == ")" and tokens[x + 1].is_word \
                and tokens[x + 2].sent == sent and tokens[x + 1].norm not in lexicon().first_names:
            x, paren = x + 3, True
            continue
        if x + 1 >= n or not tokens[x].is_word or tokens[x].sent != sent or tokens[x].text.endswith(("ه", "ها", "هم")) \
                or tokens[x].norm in lexicon().acting or tokens[x].norm in CHAINS.MUKALLAF:
            break  # (not "بالنيابة": the acting word, read after the office's words)
        if tokens[x].norm == _FI and _where_word(tokens, x + 1, sent) and tokens[x + 1].norm not in _NOT_WHERE \
                and not _masdar(tokens[x + 1].norm):
            y = x + 2
        elif tokens[x].norm[:1] == "ب" and len(tokens[x].norm) >= 4 and not is_stop(tokens[x].norm) \
                and (starts_head(tokens, x, strip=True) or tokens[x].norm[1:] in CHAINS.BACK_REFERENCES
                     or tokens[x].norm[1:] in _BODY_BACK_REFERENCES or tokens[x].norm[1:] in CHAINS.REGION_NOUNS
                     or tokens[x].norm[1:] in FUNCTION_WORDS.COMPASS or tokens[x].norm[1:] in _LOCAL_HEADS) \
                and _title_at(tokens, x) is None \
                and not tokens[x].norm.endswith(("ين", "ون", "ات")) \
                and tokens[x].norm[1:] not in lexicon().first_names and not _masdar(tokens[x].norm[1:]):
            y = x + 1
        elif tokens[x].norm[:1] == "ب" and (at := _bi_place_len(tokens, x)):
            y = x + at  # "بتبوك", "بالمدينة المنورة": ب + a place the gazetteer knows
        else:
            break
        paren = False
        while y < min(n, x + 4) and _where_word(tokens, y, sent):
            y += 1
        x = y
    if x == e or x + 1 >= n or tokens[x].sent != sent:
        return 0
    lex = lexicon()
    styled = tokens[x].norm in lex.honorifics or tokens[x].norm in CHAINS.RANKS
    if tokens[x].norm in _CLINICAL_STYLES:
        styled, x = True, x + 1
    return x - e if (styled or paren) and _holder_known_at(tokens, x) else 0


def _body_before_holder(tokens: list[Token], e: int, i: int, inside: frozenset[int]) -> int:
    """ "المدير العام التنفيذي للشؤون الصحية في وزارة الحرس الوطني الدكتور X": "في" + a body of two words or more
    that the institutions read (its words after the first are ``inside``), right after an office's complement and
    right before the holder's name (an honorific or a rank, or a known given name), is where the office is held:
    the title's words, as after "بـ" (ext-t123). Not "قال المدير في وزارة الصحة إن …": no holder follows."""
    n = len(tokens)
    if e + 3 >= n or tokens[e].norm != _FI or e + 1 in inside or e + 2 not in inside \
            or tokens[e].sent != tokens[i].sent or tokens[i].norm in PEOPLE.MINISTER \
            or strip_clitic(tokens[i].norm, "و")[0] in PEOPLE.MINISTER:
        return 0  # (not a minister's: "بحث وزير الخارجية في جامعة الدول العربية الدكتور X": where they met)
    x = e + 2
    while x < n and x in inside and tokens[x].sent == tokens[e].sent:
        x += 1
    return x - e if x < n and tokens[x].sent == tokens[e].sent and _holder_known_at(tokens, x) else 0


_PROGRAM_NOUNS = frozenset(fold(w) for w in ("برامج", "برنامج"))


def _programs_overseen_end(tokens: list[Token], c: int, i: int, inside: frozenset[int]) -> int:
    """ "المشرف العام على برامج خدمة المجتمع بالبنك X Y": the programmes a supervisor oversees ("على" + "برامج" or
    "برنامج" + their field), right before the holder's name (a known given name, an honorific or a rank) or the
    body's "بـ"/"في" phrase and then the name, are the office's complement (a programme's noun ends a body's chain,
    ext-t123). Only with its holder named there: "المشرف على برنامج التدريب أن …" stays as it was read."""
    n = len(tokens)
    if not (c + 3 < n and tokens[c].norm == _ALA and tokens[c + 1].norm in _PROGRAM_NOUNS
            and tokens[c + 2].sent == tokens[i].sent):
        return 0
    after = chain_end(tokens, c + 2, stop_titles=True, possessive=False)
    if after <= c + 2 or after >= n or tokens[after].sent != tokens[i].sent:
        return 0
    if _holder_known_at(tokens, after):
        return after
    if tokens[after].norm.startswith("بال") and after not in inside and after + 1 < n \
            and starts_head(tokens, after, strip=True) and _holder_known_at(tokens, after + 1):
        return after + 1  # "… بالبنك X Y": the one-word body after ب where the programmes are run
    tail = _phrase_before_holder(tokens, after, i, inside) or _body_before_holder(tokens, after, i, inside)
    return after + tail if tail else 0


def _bare_body_before_holder(tokens: list[Token], e: int, i: int, inside: frozenset[int]) -> int:
    """ "مدير عام التسويق بشركة بيانات المهندس X Y": "بـ" + a body's bare head ("شركة", "جمعية", "مؤسسة") + its one- or
    two-word name that the institutions do not read, right after an office's complement and right before an honorific
    or a rank and the holder's known name, is where the office is held: the title's words (ext-t123). Only before an
    honorific or a rank: "أشاد مدير التعليم بجهود X" has no body's head; "بمكتبه" is a pronoun's."""
    n = len(tokens)
    if e + 3 >= n or e in inside or not tokens[e].is_word or tokens[e].norm[:1] != "ب" \
            or tokens[e].norm.startswith("بال") or tokens[e].sent != tokens[i].sent \
            or tokens[e].text.endswith(("ه", "ها", "هم")) or not starts_head(tokens, e, strip=True):
        return 0
    lex = lexicon()
    x = e + 1
    while x < min(n, e + 3) and tokens[x].is_word and tokens[x].sent == tokens[e].sent \
            and not (x == e + 1 and tokens[x].article) and not is_stop(tokens[x].norm) \
            and tokens[x].norm not in lex.first_names and tokens[x].norm not in lex.honorifics \
            and tokens[x].norm not in CHAINS.RANKS and _title_at(tokens, x) is None \
            and (x == e + 1 or tokens[x].norm[:1] not in "وبل") and not tokens[x].text.endswith(("ه", "ها", "هم")):
        x += 1  # (the name's first word may open with ب: "بشركة بيانات"; a second one with و/ب/ل is a clitic's)
    if x == e + 1 or x >= n or tokens[x].sent != tokens[e].sent \
            or not (tokens[x].norm in lex.honorifics or tokens[x].norm in CHAINS.RANKS) \
            or not _holder_known_at(tokens, x):
        return 0
    return x - e


def _supervising_before_holder(tokens: list[Token], e: int, i: int) -> int:
    """ "مستشار الوزير المشرف على الشؤون الفنية X Y", "عضو مجلس الإدارة المشرف على العلاقات العامة X Y": the remit
    a supervisor's participle gives an office ("المشرف على" + what is overseen), right before the holder's name (a
    known given name, or an honorific or a rank), is the office's: one office, its holder named after it (ext-t80)."""
    n = len(tokens)
    if e + 3 >= n or tokens[e].norm not in _SUPERVISING or tokens[e + 1].norm != _ALA \
            or tokens[e].sent != tokens[i].sent:
        return 0
    after = chain_end(tokens, e + 2, stop_titles=True, possessive=False)
    if after <= e + 2 or after >= n or tokens[after].sent != tokens[e].sent or not _holder_known_at(tokens, after):
        return 0
    return after - e


def _opens_next_dignitary(tokens: list[Token], b: PostMention, c: PostMention | None, out: People, *,
                          comma: bool = True) -> bool:
    """ "…، ووزير الدولة عضو مجلس الوزراء الدكتور Y": an office opened by و after a comma, stacked right before
    another office whose holder is named after it, is that holder's first office, not one more office of the name
    before the comma (ext-t51); with no comma ("X … وزير الداخلية ووزير الدولة عضو مجلس الوزراء الدكتور Y") only when
    an honorific introduces Y (not "X رئيس الوزراء ومدير حملة الرئيس Z": the campaign is Z's, the office X's;
    fpeople)."""
    if c is None or c.first != b.last or not c.holder or b.start == tokens[b.first].start \
            or not tokens[b.first].norm.startswith("و"):
        return False
    return any(pm.name == c.holder and pm.first >= c.last
               and (comma or tokens[pm.first - 1].norm in lexicon().honorifics) for pm in out.persons)


def _comma_opens_next_dignitary(tokens: list[Token], a: PostMention, b: PostMention, c: PostMention | None,
                                out: People) -> bool:
    """ "X وزير الدفاع رئيس الديوان، وزير الدولة عضو مجلس الوزراء الدكتور Y": an office right after a comma, stacked
    right before another office, and that one right before an honorific and the name that holds it, opens the next
    item of the list: both offices are Y's, not one more of X's (pp4; "…، ووزير الدولة …" is
    :func:`_opens_next_dignitary`'s)."""
    if c is None or c.first != b.last or not c.holder or b.first != a.last + 1 or tokens[a.last].norm not in _COMMA \
            or b.start != tokens[b.first].start:
        return False
    return any(pm.name == c.holder and pm.first == c.last + 1 and tokens[c.last].norm in lexicon().honorifics
               for pm in out.persons)


def _second_country(tokens: list[Token], e: int, i: int) -> bool:
    """ "… لدى أستراليا ونيوزيلندا X": at ``tokens[e]``, right after "لدى" + a country, "و" + a second country (a
    place of the gazetteer, or a bare word that is no given name) right before the holder's name or honorific."""
    n = len(tokens)
    if e + 1 >= n or tokens[e].norm[:1] != "و" or not tokens[i].sent == tokens[e].sent == tokens[e + 1].sent:
        return False
    lex = lexicon()
    word = tokens[e].norm[1:]
    holder = tokens[e + 1].norm in lex.honorifics or is_name_start(tokens, e + 1) or (
        e + 2 < n and tokens[e + 1].norm in lex.first_names and tokens[e + 2].norm in PEOPLE.FILIATION)
    return holder and ((word,) in lex.places or (
        len(word) >= 4 and tokens[e].is_word and not word.startswith("ال") and word not in lex.first_names
        and word not in lex.ambiguous_names and not is_stop(tokens[e].norm) and not is_stop(word)))


_TRUSTED = fold("الأمين")


def _trusted_heir(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "ولي العهد الأمين صاحب السمو الملكي الأمير X": the heir's epithet "الأمين" (the trustworthy) between his whole
    office and the royal style of his name (ext-t141)."""
    return b.first == a.last + 1 and tokens[a.last].norm == _TRUSTED and tokens[a.last].sent == tokens[a.first].sent \
        and tuple(fold(a.title).split()) in PEOPLE.WHOLE_OFFICES


def _styled_next(tokens: list[Token], b: PostMention, c: PostMention | None, *, comma: bool = True) -> bool:
    """ "…، خادم الحرمين الشريفين الملك Y": an office after a comma, right before a royal style ("الملك", "الأمير")
    read as an office held by the name after it, is that name's office, not one more of the name before the comma
    (ext-t141); not a king's title before a prince's style (ext-t45). Without ``comma`` (the caller asks it for a
    king's title only): "هنأ الأمير X أمير المنطقة خادم الحرمين الشريفين الملك Y": a king's title right before the
    style "الملك" and its name is the king's, not one more stacked office of the prince before it (pp4)."""
    return c is not None and c.first == b.last and bool(c.holder) and tokens[c.first].norm in PEOPLE.ROYAL_STYLE \
        and b.start == tokens[b.first].start and (not comma or tokens[b.first - 1].norm in _COMMA) \
        and not _king_over_prince(b, c)


def _may_open_post(norm: str) -> bool:
    """Whether find_posts may act at a word of this form: a word ``_title_at`` may read as a title's first word, a
    spokesman's word, a mayor's or a deputy head's; at any other word find_posts only steps to the next one."""
    return _may_be_title(norm) or norm in _OWN_SPOKESMEN or norm in _MAYORS or norm in _DEPUTY_HEADS \
        or norm in _ASSISTANT_HEADS


def _may_be_title(norm: str) -> bool:
    """Whether ``_title_at`` may find a title at a word of this form: ``may_open`` passes and a deputy's word, or
    a form longest_entry tries as a title's first word (the word as written, without its clitics, without its
    first letter, or "لل…" read as ل + "ال…") is one. A superset: the words it refuses are no title's."""
    if not may_open(norm):
        return False
    firsts = _title_firsts()
    lam = lam_article(norm)
    return norm in _DEPUTIES or norm in firsts or strip_clitic(norm, "وبلك")[0] in firsts or norm[1:] in firsts \
        or (lam is not None and lam[0] in firsts)


@cache
def _title_firsts() -> frozenset[str]:
    """The first word of every title in the lexicon."""
    return frozenset(key[0] for key in lexicon().titles)


def find_posts(text: str, tokens: list[Token], inside: frozenset[int] = frozenset(),
               cues: Cues | None = None) -> list[PostMention]:
    lex = lexicon()
    posts: list[PostMention] = []
    i, n = 0, len(tokens)
    openers = (Cues(tokens) if cues is None else cues).at(_Cue.POST)
    while i < n:
        k = bisect_left(openers, i)  # (the words in between would only step on: go to the next that may open)
        if k == len(openers):
            break
        i = openers[k]
        hit = _title_at(tokens, i) if tokens[i].is_word and may_open(tokens[i].norm) and i not in inside else None
        if hit is not None and hit[0] == 1 and not hit[1] and adjective_title(tokens, i):
            hit = None  # "والشعب البرلمانية": an adjective, not an office
        if hit is not None and tokens[i].norm in _ASSISTANT and i > 0 and tokens[i - 1].article \
                and tokens[i - 1].sent == tokens[i].sent:
            hit = None  # "مدير التعليم المساعد للشؤون …": an adjective of the office before it
        if hit is not None and i > 0 and tokens[i].norm in _MEMBER_TITLES and tokens[i - 1].sent == tokens[i].sent \
                and (any(ch.isdigit() for ch in tokens[i - 1].norm) or (tokens[i - 1].article and tokens[i].article)
                     or strip_clitic(tokens[i - 1].norm)[0] in _MEMBER_STATES):
            hit = None  # "395 عضوا": a counted noun; "الدولة العضو في …": an adjective of the noun before (ext-t30)
        if hit is not None and i > 0 and tokens[i - 1].norm == "عبد" and tokens[i - 1].sent == tokens[i].sent:
            hit = None  # "عبد الملك": the second word of a given name
        if hit is not None and _no_office_at(tokens, i, i + hit[0], hit[1]):
            hit = None  # "وآلية الاشتراك", "عامل الوقت", "من المقرر", "قائد الشاحنة": no office (posts24)
        if hit is not None and hit[0] == 1 and tokens[i].norm in _SUPERVISING and (
                i + 1 >= n or tokens[i + 1].norm != _ALA or (
                    i > 1 and tokens[i - 1].article and tokens[i - 1].sent == tokens[i].sent
                    and not _after_member(tokens, posts, i)  # "عضو مجلس الإدارة والمشرف على …" (ext-t84)
                    and (tokens[i - 1].text.endswith(("ة", "ات")) or starts_head(tokens, i - 1, strip=True)
                         or tokens[i - 2].norm not in lex.first_names))):
            hit = None  # "المشرف" alone is an office before "على" only; "اللجنة الفنية المشرفة على …", "الوفد
            # المشرف على …": a participle agreeing with the noun before it, no supervisor's office (ext-t72)
        if hit is None and tokens[i].norm in _OWN_SPOKESMEN and i + 2 < n and tokens[i + 1].norm in _SPOKEN_KINDS \
                and tokens[i + 2].sent == tokens[i].sent and (
                    tokens[i + 2].norm in lex.honorifics or is_name_start(tokens, i + 2) or _filiated(tokens, i + 2)
                    or (tokens[i + 2].norm.startswith("وال") and _title_at(tokens, i + 2) is not None)):
            # "على لسان متحدثها الرسمي X", "… متحدثها الرسمي والمشرف العام على … X": the body's spokesman, named
            # by a pronoun, holds the spokesman's office (ext-t84)
            posts.append(PostMention(i, i + 2, tokens[i].start, tokens[i + 1].end,
                                     "المتحدث " + tokens[i + 1].text))
            i += 2
            continue
        if hit is None and i not in inside and (tokens[i].norm in _MAYORS or tokens[i].norm in _DEPUTY_HEADS):
            e = _mayor_end(tokens, i) if tokens[i].norm in _MAYORS else _deputy_end(tokens, i)
            if e:
                start = tokens[i].start + (1 if tokens[i].norm[1:] in _MAYORS | _DEPUTY_HEADS else 0)
                last = e - 1 if tokens[e - 1].norm in lex.acting else e
                posts.append(PostMention(i, e, start, tokens[last - 1].end, text[start : tokens[last - 1].end],
                                         acting=last < e))
                i = e
                continue
        if hit is None and i not in inside and tokens[i].norm in _ASSISTANT_HEADS:
            e = _assistant_mayor_end(tokens, i)
            if e:
                start = tokens[i].start + (1 if tokens[i].norm[:1] == "و" else 0)
                posts.append(PostMention(i, e, start, tokens[e - 1].end, text[start : tokens[e - 1].end]))
                i = e
                continue
        if hit is None:
            i += 1
            continue
        size, clitic, needs = hit
        if size == 1 and not clitic and tokens[i].norm == _AMIR and _amir_given_name(tokens, i, posts):
            i += 1
            continue  # "نائب الأمين العام للغرفة أمير X أن …": the holder's given name, no emir's office (ext-t112)
        if tokens[i].text.endswith("ى") and tokens[i].norm.endswith("ي") and not _crown_wali(tokens, i):
            i += 1
            continue  # "وإلى" (and to) folds like "والي" (a governor)
        c = i + size
        if size == 1 and tokens[i].norm.startswith("ال") and tokens[i].norm not in PEOPLE.ROYAL_TITLES and c < n \
                and tokens[i].norm not in PEOPLE.OFFICE_BEFORE_NAME and _bare_name_next(tokens, c):
            i += 1
            continue  # "الرئيس بوتفليقة": a title used as an honorific before a name
        if needs and size == 1 and not clitic and tokens[i].article and c + 1 < n and tokens[c].article \
                and (_title_at(tokens, c) or (0,))[0] == 1 and _bare_name_next(tokens, c + 1) \
                and tokens[c].norm in PEOPLE.ROYAL_TITLES | _PRESIDENT:
            i += 1
            continue  # "استقبل الوزير الرئيس محمود عباس": the subject, then the guest's honorific title
        if tokens[i].norm in PEOPLE.ROYAL_TITLES:  # "الأمير مولاي الحسن": a name follows, not a genitive
            posts.append(PostMention(i, c, tokens[i].start, tokens[i].end, tokens[i].text))
            i = c
            continue
        whole = (tokens[i].norm[clitic:], *(t.norm for t in tokens[i + 1 : c])) in PEOPLE.WHOLE_OFFICES \
            and c < n and _title_at(tokens, c) is not None and tokens[c].norm not in PEOPLE.ROYAL_STYLE
        if not needs and c < n and not whole:
            # "الوالي المدير العام…": a bare title before another title
            nxt = _title_at(tokens, c)
            if nxt and nxt[1] == 0 and tokens[c].norm not in PEOPLE.ROYAL_STYLE \
                    and not _secretary_stack(tokens, i, size, nxt):  # "ولي العهد الأمير مولاي…"
                c += nxt[0]
                needs = nxt[2]
        acting = c < n and (tokens[c].norm in lex.acting or (
            tokens[c].norm in CHAINS.MUKALLAF and c + 1 < n and tokens[c + 1].sent == tokens[c].sent
            and (tokens[c + 1].norm in lex.honorifics or tokens[c + 1].norm in _COMMA
                 or (not needs and size > 1 and _nisba_named_at(tokens, c + 1)))))
        if acting:  # "الأمين العام المكلف المهندس X": المكلف with no ب-complement is acting, as بالنيابة is
            c += 1
        closed = not needs and size > 1 and c < n and tokens[c].norm.startswith("ال") and tokens[c].article \
            and not tokens[c].norm.endswith(("ي", "يه")) and tokens[c].norm not in CALENDAR.ORDINALS \
            and tokens[c].norm not in lex.honorifics and tokens[c].norm not in _FORMER_ONLY
        # ("عرض رئيس الحكومة الإصلاحات": an object follows; "رئيس الوزراء السابق X": the qualifier "former" after a
        # complete office is its word, as it is after an office with a complement, r2-people)
        # (not "الأمين العام السادس للأمم المتحدة": an ordinal; an honorific ends the title in chain_end; nor
        # "ولي العهد اتصالا": an indefinite accusative after a complete office is the verb's object)
        closed = closed or (not needs and size > 1 and c < n and tokens[c - 1].article and tokens[c].is_word
                            and not tokens[c].article and tokens[c].norm[:1] not in "لبو"
                            and tokens[c].norm.endswith("ا") and len(tokens[c].norm) >= 5
                            and tokens[c].norm not in lex.first_names) \
            or whole or (needs and size > 1 and c < n and (_title_at(tokens, c) or (0, 1))[1] == 0
                                     and tokens[c].norm not in PEOPLE.ROYAL_STYLE) or (
            tokens[i].norm in PEOPLE.OFFICE_BEFORE_NAME and c < n and _bare_name_next(tokens, c))
        closed = closed or (not needs and c < n and _secretary_stack(tokens, i, size, _title_at(tokens, c)))
        closed = closed or (c < n and tokens[c].norm[:1] == "ل" and (
            tokens[i].norm[clitic:], *(t.norm for t in tokens[i + 1 : c])) in PEOPLE.WHOLE_OFFICES)
        # ("زيارة الأمير X ولي العهد لمصر": an office complete in itself takes no ل-phrase; where he went, pp16)
        closed = closed or (not needs and size > 1 and c < n and tokens[c].norm.startswith("وال")
                            and tokens[c].article and (_masdar(tokens[c].norm[1:])
                                                       or _ASSIMILATED.match(tokens[c].norm[1:]) is not None))
        # ("مباحثات … بين الرئيس X وولي العهد والاتفاق على …": a verbal noun after a complete office is a second
        # subject of the sentence, no word of the office, ext-t46)
        closed = closed or (not needs and size > 1 and c < n and not tokens[c].article
                            and tokens[c].norm.endswith(("ه", "ها")) and tokens[c].norm in _OWN_EVENTS)
        # ("اختتم الأمير X ولي العهد زيارته للقاهرة": the office holder's own visit or meeting is the verb's object)
        e = c if closed or (not needs and c < n and tokens[c].norm in PEOPLE.ROYAL_STYLE) else \
            chain_end(tokens, c, stop_titles=True, possessive=False)  # "ولي العهد" + "الأمير X"
        e = _bare_place_cut(tokens, c, e)
        e = _post_clause_end(tokens, c, e)  # (posts24)
        e = next((x for x in range(c, e) if tokens[x].norm in _MEMBERSHIP), e)  # "برئاسة المدير العام للتعليم
        # وعضوية مساعدة المدير X": the membership that follows a body's chair lists others, no word of his office
        e = _bare_after_definite_end(tokens, c, e)
        if e < n and e >= i + 2 and _li_word_before_holder(tokens, e, i):
            e += 1  # "الأمين العام لأوبك X Y", "الرئيس التنفيذي لسابك X Y": a one-word body after ل (aud-inst)
        e = _king_served_end(tokens, i, e)  # "المستشار الخاص لخادم الحرمين الشريفين" (aud-inst)
        if needs and e == c + 1 and e < n and tokens[c].norm in _ASSISTANT_OF and tokens[e].sent == tokens[c].sent \
                and _title_at(tokens, e) is not None and tokens[e].norm not in PEOPLE.ROYAL_STYLE:
            e = chain_end(tokens, e, stop_titles=True, possessive=False)  # "نائب مساعد وزير الدفاع للشرق الأوسط":
            # an assistant's office in construct with another office is one office (ext-t34)
        if e > c + 1:  # "وزير الداخلية وأمين عمان X": a mayor's office after "و" ends the office before (ext-t84)
            e = next((x for x in range(c + 1, e - 1) if tokens[x].norm == _WA_MAYOR and (
                tokens[x + 1].norm in _SEAT_NOUNS or tokens[x + 1].norm == _CAPITAL or place_len(tokens, x + 1))), e)
        if e > c + 1 and size == 1 and tokens[i].article:
            e = next((x for x in range(c + 1, e) if _wa_iftial(tokens, x)), e)  # "الرئيس العام لرعاية الشباب
            # واعتماد مجلس …": و + a bare verbal noun of the افتعال form opens the sentence's next item (s13-pp7)
        if e > c and (tokens[c].norm in _OFFERED or tokens[c].norm in CHAINS.OFFERED):
            e = c  # "رفع الوزير التعازي إلى …": what the official offers, no ministry
        if e > c and size > 1 and tokens[c].norm in CHAINS.RANKS and (tokens[c].norm != _FARIQ or (
                c + 1 < n and tokens[c + 1].norm in CHAINS.RANK_QUALIFIERS)):
            e = c  # "الناطق الإعلامي العقيد X", "المتحدث الرسمي اللواء X": a rank right after an office of two
            # words or more opens its holder's name, no complement of the office (ext-t131); not after a one-word
            # head ("نائب المستشارة", "الوزير المستشار", "أمير اللواء": a rank's word in construct or a second title)
        if e > c and size == 1 and tokens[i].norm[clitic:].startswith("ال") and not tokens[i].norm.endswith("ه") \
                and tokens[c].article and tokens[c].norm.startswith("ال") and tokens[c].norm.endswith("ه") \
                and not tokens[c].norm.endswith("يه"):
            e = c  # "وألغى الرئيس الزيارة", "وترأس الرئيس الجلسة الافتتاحية": a definite masculine office is in
            # construct with nothing, and a definite feminine noun after it is no adjective of it: the verb's object
        if e > c and size == 1 and not clitic and tokens[i].article and tokens[i].norm.startswith("ال") \
                and tokens[c].is_word and not tokens[c].article and tokens[c].norm[:1] not in "لبو":
            e = c  # "زار الوزير مستشفى الملك خالد": a definite title is in construct with no noun; the place visited
        if e > c and size > 1 and tokens[i].norm[clitic:].startswith("ال") and tokens[c - 1].article \
                and tokens[c].is_word and not tokens[c].article and tokens[c].norm in lex.ambiguous_names \
                and tokens[c].sent == tokens[i].sent:
            given = parse_name(tokens, c)
            if given is not None and given.start == c and given.end > c + 1:
                e = c  # "الأمين العام فهد الحربي": nor is a definite office of two words; a given name that is
                # also a noun ("فهد", "سامي") opens the holder's name (ext-t72)
        if e > c and size > 1 and not needs and not tokens[i].article and tokens[c - 1].article \
                and tokens[c].is_word and not tokens[c].article and tokens[c].norm in lex.ambiguous_names \
                and tokens[c].sent == tokens[i].sent and not is_stop(tokens[c].norm):
            given = parse_name(tokens, c, literal=True)
            if given is not None and given.start == c and 2 <= given.end - c <= 3 and given.known \
                    and tokens[given.end - 1].article and _ends_clean(tokens, given.end):
                e = c  # "ومدرب الحراس ناجي الحمدان ومدرب …": nor is an office in construct with its definite
                # complement (a listed title of two words): a bare word after it is no adjective of it, and a given
                # name that is also a noun there opens a clean name of two or three words, its holder (s13-pp7)
        if e == c and c < n and not closed and not _definite_word(tokens[c - 1]):
            e += region_len(tokens, c)  # "أمير منطقة تبوك", "محافظ محافظة جدة" (not after a definite word, pp16)
        if needs and e == c and c < n and tokens[c].norm[:1] == "ل" and tokens[i].norm.endswith("ا") \
                and not tokens[i].article and tokens[c].sent == tokens[i].sent:
            e += region_len(tokens, c, clitic="ل")  # "عيّن X محافظاً لمحافظة أبين": an accusative office (what one is
            # appointed as) takes its territory after ل, the place one the gazetteer may lack (ext-t131)
        if e == c and c < n and tokens[c - 1].norm in CHAINS.REGION_NOUNS:
            e += max(0, region_len(tokens, c - 1) - 1)  # "أمين منطقة حائل": the title ends with the region noun
        if needs and e == c and c + 1 < n and tokens[c].norm == fold("على") and (
                tokens[i].norm in CHAINS.ALA_TITLES or ((_after_held_comma(tokens, posts, i) or _after_member(
                    tokens, posts, i)) and strip_clitic(tokens[i].norm, "و")[0] in CHAINS.ALA_TITLES)):
            # (or "X عضو …، والمشرف العام على …": a supervisor's office coordinated after a held one, ext-t39)
            after = chain_end(tokens, c + 1, stop_titles=True, possessive=False, eponym=True)
            if c + 1 < after < n and tokens[after].norm in CHAINS.ROYAL:
                after = max(after, chain_end(tokens, after, stop_titles=True, possessive=False, eponym=True))
            e = after if after > c + 1 else e  # "المشرف العام على مستشفى …", "… على مستشفى الملك خالد"
            e = _programs_overseen_end(tokens, c, i, inside) or e
        if e > c and e + 1 < n and tokens[e].text == _ALA_WRITTEN and tokens[e].sent == tokens[i].sent \
                and strip_clitic(tokens[e - 1].norm)[0] in CHAINS.ALA_NOUNS and tokens[e - 1].article:
            after = chain_end(tokens, e + 1, stop_titles=True, possessive=False)
            if e + 1 < after < n and tokens[after].sent == tokens[e].sent and (
                    is_name_start(tokens, after) or _filiated(tokens, after)):
                e = after  # "مدير عام الرقابة على شركات التمويل X": the verbal noun's object after "على", right
                # before the holder's name, is the office's too (ext-t36); not "… الرقابة على ضرورة الالتزام"
        if needs and e == c and c + 1 < n and tokens[c].norm == "في" and tokens[c + 1].sent == tokens[c].sent \
                and (strip_clitic(tokens[i].norm, "و")[0] in _MEMBER_TITLES
                     or strip_clitic(tokens[i].norm, "و")[0] in _FI_ADVISERS) and _title_at(tokens, c + 1) is None:
            # ("المستشار في الديوان الملكي": a definite adviser's body after "في" as after "بـ", ext-t70)
            after = chain_end(tokens, c + 1, stop_titles=True, possessive=False)
            after = next((x for x in range(c + 2, after) if tokens[x].norm.startswith("وال")
                          and not tokens[x].norm.endswith(("ي", "يه"))
                          and not _field_pair(tokens, x)), after)
            # (not "… والمشرف على …": a second office; "المالية والإدارية", a coordinated adjective, stays, and so
            # does a field coordinated with the committee's field: "عضواً في لجنة الإعلام والاتصال في …", ext-t67)
            if after > c + 1 and starts_head(tokens, c + 1, strip=False):
                e = after  # "عضو في مجلس الشورى", "عضواً في مجلس إدارة الجمعية": a member's body after "في" (ext-t30)
        if needs and e == c and c + 1 < n and tokens[c].norm == _BISM and tokens[c + 1].sent == tokens[c].sent \
                and strip_clitic(tokens[i].norm)[0] in CHAINS.BISM_TITLES and _title_at(tokens, c + 1) is None:
            # (not "الناطق باسم الرئيس الفلسطيني X": the name after an office spoken for is that office's)
            after = chain_end(tokens, c + 1, stop_titles=True, possessive=False)
            e = after if after > c + 1 else e  # "المتحدث الرسمي باسم انتخابات أعضاء المجالس البلدية"
            if e == c and c + 2 < n and tokens[c + 1].norm == _RIASA and tokens[c + 2].article \
                    and tokens[c + 2].sent == tokens[c].sent:
                after = chain_end(tokens, c + 2, stop_titles=True, possessive=False)
                e = after if after > c + 2 else e  # "المتحدث باسم رئاسة الجمهورية X": the presidency he speaks
                # for ("رئاسة", a chair's cue word, stops a chain) (ext-t98)
        if needs and e == c and c < n and tokens[c].norm[:1] == "ب" and not tokens[c].norm.startswith("بال") \
                and tokens[c].norm != _BISM \
                and len(tokens[c].norm) > 3 and tokens[c].sent == tokens[i].sent \
                and strip_clitic(tokens[i].norm)[0] in CHAINS.BISM_TITLES:
            e = _ba_complement_end(tokens, c)  # "الناطق الإعلامي بشرطة منطقة …": the body he speaks for, after ب
        if needs and e == c and c < n and tokens[c].norm.startswith("بال") and tokens[c].sent == tokens[i].sent \
                and strip_clitic(tokens[i].norm)[0] in CHAINS.ADVISER_TITLES and starts_head(tokens, c, strip=True):
            e = _ba_complement_end(tokens, c)  # "المستشار بالديوان الملكي": the body an adviser serves, after ب
        if needs and e == c and c + 2 < n and tokens[c].norm == _FI and tokens[c + 1].sent == tokens[i].sent \
                and strip_clitic(tokens[i].norm)[0] in CHAINS.ADVISER_TITLES \
                and starts_head(tokens, c + 1, strip=False):
            after = chain_end(tokens, c + 1, stop_titles=True, possessive=False)
            e = after if after > c + 1 and (after >= n or _title_at(tokens, after) is None) else e
            # "المستشار في الديوان الملكي": the body he serves, after في (ext-t72); not "مستشار في ديوان وزير …"
        if needs and e == c and c + 2 < n and tokens[c].norm == _HIGHNESS and tokens[c + 1].sent == tokens[i].sent \
                and strip_clitic(tokens[i].norm)[0] in CHAINS.ADVISER_TITLES:
            inner = _title_at(tokens, c + 1)  # "مستشار سمو وزير الداخلية الفريق X": the one advised, with his
            if inner is not None:  # honorific, is the adviser's complement, no office of X's (ext-t72)
                x = c + 1 + inner[0]
                e = chain_end(tokens, x, stop_titles=True, possessive=False) if inner[2] else x
                e += (region_len(tokens, x) or int(tokens[x].norm in _SEAT_NOUNS)) if e == x and x < n else 0
                # ("مستشار سمو أمير منطقة الرياض", "… أمير المنطقة")
                e -= 1 if e > x and tokens[e - 1].norm in CHAINS.RANKS else 0  # "… الفريق متقاعد X": a rank
        if c < e < n and e in inside and all(x in inside for x in range(c + 1, e)):
            while e < n and e in inside:
                e += 1  # "رئيس النادي الأدبي بالباحة": the title's complement is a body's whole name
        if e - c >= 2 and _nisba_name_at(tokens, e - 2):
            e -= 2  # "رئيس الوزراء حيدر العبادي": a definite complement, then a bare given name and a nisba
        e = next((x for x in range(max(c, i + 1), e - 1) if _article_given_at(tokens, x)), e)
        # ("وزير الخارجية التونسي الطيب X": a given name with the article after the nationality opens the holder's
        # name, r2-people)
        e = _plural_after_place(tokens, c, e)
        e = c if c < e and tokens[i].article and tokens[c].norm in CHAINS.DEED_NOUNS else e  # (ev19) "وشرح الأمين
        # العام جهود المركز": a definite office, then the verb's object
        if needs and e == c and c < n and tokens[c].norm in CHAINS.FORMER_INDEFINITE:
            e = c + 1  # "محمد الفلاحي، وزير سابق،": an indefinite title with its qualifier
        if needs and e == c and c + 1 < n and c not in inside and c + 1 in inside \
                and tokens[c].sent == tokens[i].sent and not tokens[c].article \
                and not strip_clitic(tokens[i].norm, "و")[0].startswith("ال"):  # (not "زار الوزير جامعة …")
            x = c + 1  # "رئيس جمعية تنوير": a body the institutions read, named by a bare word (ext-t39)
            while x < n and x in inside and not is_name_start(tokens, x) and tokens[x].norm not in lex.first_names:
                x += 1  # (a name the body's reading ran into is the holder's: "رئيس جمعية X خالد العمري"; a body
            e = x if x > c + 1 else e  # named after a person, "جامعة نايف …", is read by the eponym rules)
        if needs and e == c:
            e = _organisation_end(tokens, c, i, inside) or e  # "رئيس المنظمة العربية للسياحة الدكتور X" (ext-t123)
        ala = e <= c + 1 and c < n and tokens[c].norm == fold("على")
        for x in ((e,) if e > c else (c + 1,)) + ((c + 2,) if ala else ()):
            q = _quoted_body_end(tokens, x, i)  # 'رئيس جمعية "X"', 'المشرف العام على شبكة "X Y"': a body named in
            if q > x:  # quotes (ext-t39)
                e = q
                break
        x = e + 1 if c <= e < n - 1 and tokens[e].norm[:1] == "ل" and not tokens[e].article \
            and tokens[e + 1].norm in _QUOTES else e  # "… لبرنامج «X»": a ل-complement whose name is in quotes
        if ala and e <= c + 1 and c + 2 < n and tokens[c + 2].norm in _QUOTES:
            x = c + 2  # "المشرف على برنامج «X» الدكتور …"
        if (x > c or needs) and x < n and tokens[x].norm in _QUOTES:
            q = _quoted_before_holder(tokens, x, i)
            e = q if q > x else e
        elif e - 1 > c and tokens[e - 1].norm in _OPENING_QUOTES:  # 'مدير عام جمعية «X …»': a body's reading that
            q = _quoted_before_holder(tokens, e - 1, i)  # stopped at a given name inside the quotes; never an
            e = q if q > e - 1 else e - 1  # office ending with an opening quote
        if needs and e == c and c + 2 < n and tokens[c].norm in _QUOTES and tokens[c].sent == tokens[i].sent \
                and tokens[c + 1].article and not strip_clitic(tokens[i].norm, "و")[0].startswith("ال"):
            # (a definite title takes no complement: 'الرئيس «المنتخب»' is an adjective in quotes)
            close = next((x for x in range(c + 2, min(n, c + 6)) if tokens[x].norm == _QUOTES[tokens[c].norm]), None)
            if close is not None and tokens[close].sent == tokens[c].sent \
                    and all(tokens[x].is_word for x in range(c + 1, close)):
                e = close + 1  # 'قائد «الحرس الوطني» الأسبق': the body the press puts in quotes is the office's
                e += 1 if e < n and tokens[e].norm in CHAINS.FORMER and tokens[e].sent == tokens[c].sent else 0
        if needs and e == c and _unknown_territory(tokens, c, i):
            e = c + 2  # "رئيس جماعة تامنصورت": a territorial body whose place the gazetteer lacks (ext-t39)
        if needs and e == c and _unknown_place_before_name(tokens, c):
            e = c + 1  # "محافظ عدن نائف البكري": a place the gazetteer lacks, then a recognisable name
        spokesman = needs and e == c and size == 2 and c < n and tokens[i].norm[clitic:] in _SPOKESMEN \
            and tokens[c].sent == tokens[i].sent and (tokens[c].norm in lex.honorifics or is_name_start(tokens, c)
                                                       or _filiated(tokens, c) or tokens[c].norm in CHAINS.RANKS)
        # ("وقال المتحدث الرسمي X": a spokesman's office with no body named, right before its holder, ext-t84)
        if needs and e == c and not spokesman and not (size > 1 and c < n and (_title_at(tokens, c) is not None or (
                tokens[c].norm in _COMMA and c + 1 < n and tokens[c + 1].sent == tokens[c].sent
                and _title_at(tokens, c + 1) is not None))) and not _bare_adviser(tokens, i, clitic, c) \
                and not (c + 1 < n and tokens[c].norm == _BI_OFFICE and _title_at(tokens, c + 1) is not None):
            # ("مستشارا بمكتب وكيل الوزارة": the office one serves in, joined to it below (_office_of_another))
            i += 1
            continue  # (a two-word title right before another title stands alone: "وزير الدولة عضو مجلس الوزراء",
            # "وزير الدولة ، عضو مجلس الوزراء")
        e = next((k for k in range(c + 1, e) if tokens[k].norm == _SAHIB and k + 1 < n
                  and tokens[k + 1].norm in _SAHIB_STYLES), e)  # "رئيس الهيئة الملكية للجبيل وينبع صاحب السمو الأمير
        # X": the holder's style closes the office (ext-t97)
        last = e if e > c else c - (1 if acting else 0)
        royal = _majesty_end(tokens, last) if last > c else last
        if royal > last:  # "مستشار جلالة الملك (محمد السادس) X": the King is the office's, the name after its holder
            e = last = royal
            e = last = _majesty_remit_end(tokens, e, i)  # "مستشار جلالة الملك للشؤون العسكرية الفريق X"
        if e < n and tokens[e].norm in lex.acting:
            acting = True
            e += 1
        elif e + 1 < n and e > c and tokens[e].norm in CHAINS.MUKALLAF and tokens[e + 1].sent == tokens[e].sent \
                and (is_name_start(tokens, e + 1) or _filiated(tokens, e + 1) or _ali_given(tokens, e + 1)
                     or _nisba_named_at(tokens, e + 1) or _rank_before_name(tokens, e + 1)):
            acting = True  # "مدير عام الأمانة العامة للمجلس المكلف عبدالله بن علي X": acting, before its holder
            e += 1
        elif e + 1 < n and e > c and tokens[e].norm in CHAINS.PARTY_AFFILIATIONS \
                and tokens[e - 1].norm in PEOPLE.NATIONALITIES and tokens[e + 1].sent == tokens[e].sent:
            e += 1  # "رئيس لجنة … بمجلس النواب الأمريكي الجمهوري X": the holder's party, before his name (ext-t29)
        core_last = last
        tail = (0 if _minister_in_city(tokens, i, clitic, c, e) else _locative_tail(tokens, e)) \
            or _envoy_seat(tokens, i, clitic, e) \
            or (_phrase_before_holder(tokens, e, i, inside) if e > c else 0) \
            or (_supervising_before_holder(tokens, e, i) if e > c else 0) \
            or (_body_before_holder(tokens, e, i, inside) if e > c else 0) \
            or (_bare_body_before_holder(tokens, e, i, inside) if e > c else 0)
        tail += _phrases_before_styled_holder(tokens, e + tail, i) if e > c else 0
        if tail:
            e += tail
            last = e
            if e < n and tokens[e].norm.startswith("لل") and tokens[e].article and tokens[e].sent == tokens[i].sent:
                after = chain_end(tokens, e, stop_titles=True, possessive=False)
                if e < after < n and (tokens[after].norm in lex.honorifics or tokens[after].norm in CHAINS.RANKS):
                    e = last = after  # "مساعد مدير عام الشؤون الصحية بمنطقة الرياض للخدمات العلاجية الدكتور X":
                    # the remit after the office's region, right before its holder, is the office's
        elif e > c and e == last and e - 1 in inside:
            e = last = _remit_before_holder(tokens, e, i)  # the same after a body's whole name (ext-t36)
        if tail and not acting and _acting_before_holder(tokens, e):
            acting = True  # "مدير مستشفى الولادة بالدمام المكلف الدكتور X": acting, after the office's place (ext-t112)
            e += 1
        if e > c and e + 2 < n and tokens[e].norm in _ASSISTANT and tokens[e + 1].norm.startswith("لل") \
                and tokens[e + 1].article and tokens[e + 1].sent == tokens[e].sent == tokens[i].sent:
            after = chain_end(tokens, e + 1, stop_titles=True, possessive=False)
            if e + 1 < after < n and tokens[after].sent == tokens[e].sent and (
                    is_name_start(tokens, after) or tokens[after].norm in lex.honorifics):
                e = last = after  # "وكيل إمارة المنطقة المساعد للشؤون التنموية X": the assistant's remit, right
                # before the holder, is the office's (ext-t30)
        if e > c and e + 1 < n and tokens[e].norm in CHAINS.LADA and tokens[e].sent == tokens[i].sent:
            after = chain_end(tokens, e, stop_titles=True, possessive=False)
            if after > e + 1:  # "سفير جمهورية السودان لدى المملكة": a place ends the chain, "لدى" goes on
                e = last = after
        if e > c and e == last and tokens[e - 2].norm in CHAINS.LADA and _second_country(tokens, e, i):
            e = last = e + 1  # "سفير المملكة لدى أستراليا ونيوزيلندا X": an envoy accredited to two countries, the
            # second behind و right before his name (ext-t141)
        if e > c and e + 1 < n and tokens[e].norm == _ILA and tokens[e + 1].sent == tokens[i].sent \
                and strip_clitic(tokens[i].norm)[0] in _ENVOYS:
            after = chain_end(tokens, e + 1, stop_titles=True, possessive=False)
            if e + 1 < after < n and tokens[after].sent == tokens[e].sent and (
                    is_name_start(tokens, after) or tokens[after].norm in lex.honorifics):
                e = last = after  # "مبعوث الأمين العام للأمم المتحدة إلى اليمن": the country an envoy is sent to
                # is his office's (ext-t92)
        if e > c and e + 1 < n and tokens[e].norm == _ILA and tokens[e + 1].sent == tokens[i].sent \
                and strip_clitic(tokens[i].norm)[0] in _ENVOYS and place_len(tokens, e + 1):
            after = chain_end(tokens, e + 1, stop_titles=True, possessive=False)
            if e + 1 < after < n and tokens[after].sent == tokens[e].sent and (
                    tokens[after].norm in _COMMA or _foreign_name(tokens, after) is not None):
                e = last = after  # "المبعوث الأممي إلى ليبيا X Y", "… إلى اليمن، X": the same before a foreign
                # name or a comma (ext-t114)
        if e >= c and e + 2 < n and tokens[e].norm == _FI and tokens[e + 1].norm in _MISSIONS \
                and tokens[i].norm in _ATTACHES and tokens[e + 1].sent == tokens[i].sent:
            after = chain_end(tokens, e + 1, stop_titles=True, possessive=False)
            if after < n and tokens[after].norm == _KHADIM:  # "في سفارة خادم الحرمين الشريفين لدى …"
                after = chain_end(tokens, e + 1, stop_titles=False, possessive=False)
            if after + 1 < n and tokens[after].norm in CHAINS.LADA and tokens[after + 1].sent == tokens[i].sent:
                after = max(after, chain_end(tokens, after, stop_titles=True, possessive=False))
            if after > e + 2:
                e = last = after  # "الملحق الثقافي في سفارة خادم الحرمين الشريفين لدى …": the mission an attaché
                # serves in is his office's, as after "بسفارة" (ext-t114)
        if e > c and e + 1 < n and tokens[e].norm in _HIGH_LEVEL and tokens[e + 1].norm == _LEVEL \
                and tokens[e + 1].sent == tokens[i].sent and tokens[e - 1].article:
            e = last = e + 2  # "رئيس الآلية الأفريقية رفيعة المستوى": the body's "high-level" adjective (ext-t92)
        start = tokens[i].start + clitic
        first = i
        assistant_wa = i > 0 and tokens[i - 1].norm[:1] == "و" and tokens[i - 1].norm[1:] in _ASSISTANT_BARE
        if not clitic and i > 0 and (tokens[i - 1].norm in _ASSISTANT_BARE or assistant_wa) \
                and tokens[i - 1].sent == tokens[i].sent \
                and not (posts and posts[-1].last > i - 1) \
                and not (i > 1 and tokens[i - 2].norm in PEOPLE.FILIATION):  # "… بن مساعد أمير منطقة …" (ext-t28)
            first, start = i - 1, tokens[i - 1].start + (1 if assistant_wa else 0)  # "مساعد المدير العام للشؤون
            # الفنية": the assistant's office ("مساعد" alone is a given name: "مساعد بن محمد"); "ومساعد مدير الشرطة
            # المقدم X" in a list of attendees too (ext-t67)
        if clitic and tokens[i].norm[:1] == "و" and first == i and i > 0 and tokens[i - 1].sent == tokens[i].sent \
                and tokens[i - 1].norm in _DEFINITE_ADVISERS and tokens[i].norm[1:] in _SERVING_TITLES \
                and not (posts and posts[-1].last > i - 1):
            first, start = i - 1, tokens[i - 1].start  # "المستشار والمبعوث الخاص لـ…": two offices that share one
            # complement are one office, held by the name before the comma (aud-inst)
        if last - 1 > c and e == last and size == 1 and (_destination_city(tokens, last - 1)
                                                        or _visit_destination(tokens, last - 1, i)) \
                and (strip_clitic(tokens[i].norm)[0] if clitic else tokens[i].norm) in PEOPLE.MINISTER:
            e = last = last - 1  # "… وزير الدفاع للقاهرة": the city a visit went to is no word of the minister's
            # office (ext-t46; "مدير فرع الوزارة للرياض" keeps its city)
        elif size == 1 and e == last and (strip_clitic(tokens[i].norm)[0] if clitic else tokens[i].norm) \
                in PEOPLE.MINISTER and (state := _visited_state(tokens, c, last, i)):
            e = last = state  # "زيارة … وزير الدفاع لجمهورية مصر العربية": the state visited, in its long form (pp19)
        if last - 1 > c and last < n and tokens[last - 1].norm in _COMPOSED_OF and tokens[last].norm == _MIN \
                and tokens[last].sent == tokens[i].sent:
            last -= 1  # "عضو اللجنة المركزية المكونة من 201 عضو": the body's make-up is no word of the office (pp19)
        if last - 1 > c and tokens[last - 1].norm in _CLINICAL_STYLES and last < n \
                and tokens[last].sent == tokens[i].sent and (is_name_start(tokens, last) or _filiated(tokens, last)
                                                            or _nisba_named_at(tokens, last)):
            last -= 1  # "مدير المستشفى الأخصائي X", "مدير عام الشؤون الصحية الصيدلي X": the holder's profession,
            # written as a style before his name, is no word of the office (pp19)
        if last - 1 > c and _wa_rank_before_name(tokens, last - 1):
            e = last = last - 1  # "مندوب المملكة لدى الجامعة والعقيد ركن X": و + a rank before a name opens the
            # next person, no word of the office (pp19)
        title_end = tokens[last - 1].end
        title = text[start:title_end]
        if clitic == 1 and tokens[i].norm.startswith("لل"):
            title = "ا" + title  # "للأمير" → "الأمير"
        post = PostMention(first, max(e, last), start, title_end, title, acting)
        head = strip_clitic(tokens[i].norm)[0] if clitic else tokens[i].norm
        if head in PEOPLE.MINISTER and e > c and size == 1:
            last = max(c + 1, core_last)  # "وزير الخارجية الأردني في عمان": the ministry leaves the place out
            last = max(c + 1, ministry_field_end(tokens, c, last))  # "مساعد وزير الدفاع لشؤون …": and the remit
            compl = text[tokens[c].start : tokens[last - 1].end]
            while last - 1 > c and (tokens[last - 1].norm in CHAINS.FORMER or tokens[last - 1].norm in CHAINS.RANKS):
                last -= 1  # (nor a rank before the holder's name: "وزير الداخلية الفريق X")
                compl = text[tokens[c].start : tokens[last - 1].end]
            if not head.startswith("ال") and not tokens[c].norm.startswith(("المنتدب", "لدي", "المكلف")) \
                    and tokens[c].norm not in CALENDAR.ORDINALS \
                    and tokens[c].norm not in CHAINS.FORMER_INDEFINITE and tokens[c].norm not in CHAINS.FORMER \
                    and not any(tokens[x].norm in PEOPLE.NATIONALITIES for x in (c, last - 1)) \
                    and not _abroad_after(tokens, last, tokens[c].sent):
                post.ministry = "وزارة " + compl  # not for a foreign minister ("الوزير التونسي للشؤون…")
                # (nor after a definite "الوزير": "الوزير المرافق", "الوزيرة X" say who, not which ministry)
        posts.append(post)
        i = max(e, i + 1)
    _charge_of_office(text, tokens, posts)
    return posts


_CHARGE = (fold("القائم"), fold("بأعمال"))
_AMIR = fold("أمير")


def _crown_wali(tokens: list[Token], i: int) -> bool:
    """ "الأمير X، ولى ولى العهد السعودى" (part18): "ولى" written with a final alef maqsura, as Egyptian papers spell
    "ولي", opens the crown prince's office (the word "العهد" or a second "ولي" follows); it is no "إلى" (to), whose
    spelling the skip of a final "ى" guards against."""
    return tokens[i].norm == _WALI_WORD and i + 1 < len(tokens) and tokens[i + 1].norm in _CROWN_NEXT


_WALI_WORD = fold("ولي")
_CROWN_NEXT = frozenset(fold(w) for w in ("العهد", "ولي"))


def _amir_given_name(tokens: list[Token], i: int, posts: list[PostMention]) -> bool:
    """ "نائب الأمين العام لغرفة المدينة أمير X أن …", "مدير المشروع أمير الشمري،": "أمير" (an emir, a given name too)
    right after a complete office in its sentence, then one family name (a bare word, or a nisba in ي) closed by
    punctuation, the sentence's end or a function word, is the office holder's given name: an emir's office names his
    region ("أمير منطقة …", "أمير الرياض") and no emir's office follows another bare (ext-t112)."""
    n = len(tokens)
    if not posts or posts[-1].last != i or i + 1 >= n or tokens[i - 1].sent != tokens[i].sent:
        return False
    fam = tokens[i + 1]
    if not fam.is_word or fam.sent != tokens[i].sent or len(fam.norm) < 3 or fam.norm[:1] in "وبلفك" \
            or (fam.article and not fam.norm.endswith("ي")) or is_stop(fam.norm) or fam.norm in lexicon().first_words \
            or fam.norm in CHAINS.REGION_NOUNS or fam.norm in _SEAT_NOUNS or fam.norm in PEOPLE.ROYAL_STYLE \
            or place_len(tokens, i + 1) \
            or (fam.norm.endswith(("ات", "ين", "ون")) and fam.norm not in lexicon().first_names):
        return False
    if i + 2 >= n:
        return True
    after = tokens[i + 2]
    return not after.is_word or after.sent != fam.sent or is_stop(after.norm)


_COMPOSED_OF = frozenset(fold(w) for w in ("المكون", "المكونة", "المؤلف", "المؤلفة", "المتكون", "المتكونة"))


def _acting_before_holder(tokens: list[Token], e: int) -> bool:
    """ "… بالنيابة X", "… المكلف الدكتور X": an acting word at ``e`` right before its holder's name or an honorific in
    the same sentence (ext-t112)."""
    if e + 1 >= len(tokens) or tokens[e + 1].sent != tokens[e].sent:
        return False
    norm = tokens[e].norm
    if norm not in lexicon().acting and norm not in CHAINS.MUKALLAF:
        return False
    return tokens[e + 1].norm in lexicon().honorifics or is_name_start(tokens, e + 1) or _filiated(tokens, e + 1) \
        or _nisba_named_at(tokens, e + 1) or _rank_before_name(tokens, e + 1)


def _rank_before_name(tokens: list[Token], x: int) -> bool:
    """ "مدير إدارة السجن المكلف العقيد X": a military or police rank at ``x`` (and its qualifier, "الفريق أول")
    with a name right after it in its sentence opens the holder, so the acting word before it closes the office and
    the rank is no word of it (pp19)."""
    if tokens[x].norm not in CHAINS.RANKS:
        return False
    y = x + 1
    if y < len(tokens) and tokens[y].norm in CHAINS.RANK_QUALIFIERS and tokens[y].sent == tokens[x].sent:
        y += 1  # "المكلف الفريق أول X"
    return y < len(tokens) and tokens[y].sent == tokens[x].sent \
        and (is_name_start(tokens, y) or _filiated(tokens, y) or _nisba_named_at(tokens, y))


_CLINICAL_STYLES = frozenset(fold(w) for w in ("الصيدلي", "الصيدلانية", "الأخصائي", "الأخصائية", "الاخصائي",
                                                 "الاستشاري", "الاستشارية"))


def _wa_rank_before_name(tokens: list[Token], x: int) -> bool:
    """ "والعقيد ركن X", "واللواء X": و + a military or police rank at ``x``, its qualifier if any, then a name in the
    same sentence (pp19)."""
    norm = tokens[x].norm
    if norm[:1] != "و" or norm[1:] not in CHAINS.RANKS:
        return False
    y = x + 1
    if y < len(tokens) and tokens[y].norm in CHAINS.RANK_QUALIFIERS and tokens[y].sent == tokens[x].sent:
        y += 1
    return y < len(tokens) and tokens[y].sent == tokens[x].sent \
        and (is_name_start(tokens, y) or _filiated(tokens, y) or _nisba_named_at(tokens, y))


def _nisba_named_at(tokens: list[Token], x: int) -> bool:
    """(aud-inst) A name of two or three words that ends with a definite family nisba in ي opens at ``tokens[x]``
    ("المكلف عيضة الهذلي", "المكلف سعيد الحربي"): after an acting word its holder, though the given name is one the
    lexicon lacks or reads as an adjective as well."""
    name = parse_name(tokens, x)
    return name is not None and name.start == x and not name.clitic and 2 <= name.end - x <= 3 \
        and tokens[name.end - 1].article and tokens[name.end - 1].norm.endswith("ي") \
        and len(tokens[name.end - 1].norm) >= 5 and not tokens[x].article


def _charge_of_office(text: str, tokens: list[Token], posts: list[PostMention]) -> None:
    """ "القائم بأعمال السفير الأمريكي X", "القائم بأعمال رئيس الجمهورية X": the one who stands in for an office is
    one office with it, not "القائم بأعمال" and a second office held by the same name (ext-t98)."""
    kept: list[PostMention] = []
    for p in posts:
        prev = kept[-1] if kept else None
        if prev is not None and prev.last - prev.first == 2 and p.first == prev.last \
                and (strip_clitic(tokens[prev.first].norm, "و")[0], tokens[prev.first + 1].norm) == _CHARGE \
                and p.start == tokens[p.first].start and tokens[p.first].sent == tokens[prev.first].sent:
            prev.last, prev.end, prev.title = p.last, p.end, text[prev.start : p.end]
            prev.acting, prev.ministry = prev.acting or p.acting, prev.ministry or p.ministry
            continue
        kept.append(p)
    posts[:] = kept


_ABROAD_STATE_NOUNS = frozenset(fold(w) for w in ("جمهورية", "دولة", "مملكة", "إمارة", "سلطنة", "فدرالية",
                                                  "فيدرالية"))


def _abroad_after(tokens: list[Token], k: int, sent: int) -> bool:
    """Right after a minister's field, a nationality or "ب" + a state noun or a foreign country ("وزير الخارجية
    بجمهورية مصر العربية", "وزير الخارجية بدولة قطر", "وزير الدفاع الأميركي"): a foreign minister, whose ministry the
    text does not name. (The home kingdom is no abroad: "وزير الداخلية بالمملكة".)"""
    if k >= len(tokens) or tokens[k].sent != sent:
        return False
    norm = tokens[k].norm
    if norm in PEOPLE.NATIONALITIES:
        return True
    return norm[:1] == "ب" and not norm.startswith("بال") \
        and (norm[1:] in _ABROAD_STATE_NOUNS or (norm[1:],) in countries())


def _latin_twin(tokens: list[Token], name: Name) -> bool:
    """ "دريج واردوفا DEREJE WORDOFA": a name followed by its Latin spelling is a foreign personal name."""
    return name.end < len(tokens) and tokens[name.end].sent == tokens[name.start].sent \
        and bool(_LATIN.match(tokens[name.end].text))


def region_len(tokens: list[Token], k: int, *, clitic: str = "") -> int:
    """Tokens of "منطقة عسير", "محافظة القنفذة", "منطقة مكة المكرمة" at ``k`` (the region noun may carry a
    leading ``clitic``, "بمنطقة"): a region noun, the place's word (no function word, honorific or title),
    and a feminine article adjective after it; 0 if none."""
    n = len(tokens)
    if k + 1 >= n or not tokens[k].is_word:
        return 0
    noun = tokens[k].norm
    if clitic and noun[:1] == clitic and noun[1:] in CHAINS.REGION_NOUNS:
        noun = noun[1:]
    if noun not in CHAINS.REGION_NOUNS:
        return 0
    lex = lexicon()

    def plain(j: int) -> bool:
        t = tokens[j]
        return t.is_word and t.sent == tokens[k].sent and not is_stop(t.norm) and t.norm not in lex.honorifics \
            and t.norm not in PEOPLE.ROYAL_STYLE and _title_at(tokens, j) is None and t.norm[:1] != "و" \
            and not any(ch.isdigit() for ch in t.norm)

    if not plain(k + 1) or tokens[k + 1].norm in CHAINS.REGION_NOUNS:
        return 0
    size = 2
    if k + 2 < n and plain(k + 2) and tokens[k + 2].article and tokens[k + 2].norm.endswith("ه") \
            and not tokens[k + 1].article:
        size = 3  # "مكة المكرمة", "مصر العربية"
    elif k + 2 < n and tokens[k + 1].article and plain(k + 2) and place_len(tokens, k + 1) == 2:
        size = 3  # "منطقة المدينة المنورة": a known place of two definite words (ext-t36)
    return size


def _unknown_territory(tokens: list[Token], c: int, i: int) -> bool:
    """A territorial head ("جماعة", "إقليم", "بلدية") right after an indefinite title, then one bare word that can
    only be a place (the checks of ``_unknown_place_before_name``), then a name that opens with a known given name
    or a boundary (punctuation, a function word): "رئيس جماعة تامنصورت X", "X رئيس جماعة تامنصورت، …" (ext-t39)."""
    n = len(tokens)
    if c + 1 >= n or tokens[c].norm not in INSTITUTIONS.TERRITORIAL or strip_clitic(tokens[i].norm, "و")[0][:2] == "ال":
        return False
    t = tokens[c + 1]
    lex = lexicon()
    if t.sent != tokens[c].sent or not t.is_word or t.article or t.norm[:1] in "وبلفك" \
            or t.norm.endswith(("ا", "ات", "ين", "ون", "ه", "ي")) or is_stop(t.norm) or t.norm in lex.first_names \
            or t.norm in lex.honorifics or len(t.norm) < 4 or starts_head(tokens, c + 1, strip=False) \
            or _title_at(tokens, c + 1) is not None:
        return False  # (not "جماعة محلية", "جماعة ترابية", "جماعة إرهابية": an adjective; nor a nisba in ي)
    if c + 2 >= n or tokens[c + 2].sent != t.sent or not tokens[c + 2].is_word or is_stop(tokens[c + 2].norm):
        return True
    name = parse_name(tokens, c + 2)
    return name is not None and name.known and name.start == c + 2


def _unknown_place_before_name(tokens: list[Token], c: int) -> bool:
    """One bare word (no article, clitic, plural or accusative ending, given name, head or title) between a
    title and a name that opens with a known given name: the word is the title's place."""
    if c + 2 >= len(tokens):
        return False
    t = tokens[c]
    lex = lexicon()
    if not t.is_word or t.article or t.norm[:1] in "وبلفك" or t.norm.endswith(("ا", "ات", "ين", "ون", "ه")) \
            or is_stop(t.norm) or t.norm in lex.first_names or t.norm in lex.honorifics or len(t.norm) < 3 \
            or starts_head(tokens, c, strip=False) or tokens[c + 1].sent != t.sent:
        return False
    name = parse_name(tokens, c + 1)
    return name is not None and name.known and name.start == c + 1


def _to_home(norm: str) -> bool:
    """ "للمغرب", "بالمغرب": ل or ب + the home country's one-word name."""
    return (norm.startswith("لل") and "ال" + norm[2:] in PEOPLE.HOME_COUNTRY) \
        or (norm[:1] == "ب" and norm[1:] in PEOPLE.HOME_COUNTRY)


def _home_len(tokens: list[Token], k: int) -> int:
    """Tokens of the home country's name at ``k`` ("المغرب", "المملكة المغربية"), absent from the place
    gazetteer (it is no event's place), or 0."""
    for size in (2, 1):
        if k + size <= len(tokens) and " ".join(t.norm for t in tokens[k : k + size]) in PEOPLE.HOME_COUNTRY:
            return size
    return 0


_FI = fold("في")
_HIGHNESS = fold("سمو")
_BARE_DOCTOR = frozenset({fold("دكتور"), fold("دكتورة")})
_PRESIDENT = frozenset({fold("الرئيس"), fold("الرئيسة")})
_OFFERED = frozenset(fold(w) for w in ("التعازي", "التهاني", "التبريكات", "الشكر", "التحية", "التحيات"))
"""What an official offers right after his title ("رفع الوزير التعازي", "قدم الأمير التهاني"): no complement."""


def _ba_complement_end(tokens: list[Token], c: int) -> int:
    """One past the body named after a spokesman's title behind "ب" ("الناطق الإعلامي بشرطة منطقة الرياض"): the
    chain read from the word without its "ب"; ``c`` when none."""
    tok = tokens[c]
    probe = [*tokens[:c], after_proclitic(tok), *tokens[c + 1 :]]
    if is_stop(probe[c].norm) or _title_at(probe, c) is not None:
        return c
    after = chain_end(probe, c, stop_titles=True, possessive=False)
    if after == c + 1 and c + 1 < len(tokens):
        after += region_len(tokens, c + 1)  # "بشرطة منطقة الرياض": the body's region
    return after if after > c else c


_BODY_BACK_REFERENCES = frozenset(fold(w) for w in ("اللجنة", "المجلس", "القسم", "الفرع"))
"""Bodies a title refers back to after "ب" ("باللجنة"), taken only before an honorific and a name (chains.txt's
back_references are read by institutions too; these are not added there)."""


def _style_or_rank_name(tokens: list[Token], k: int) -> bool:
    """A royal style ("الأمير") or a military rank ("اللواء", "الفريق أول") at ``k``, in one sentence with a name that
    starts after it: the opening of an office holder's name."""
    if k >= len(tokens) or tokens[k].norm not in PEOPLE.ROYAL_STYLE | CHAINS.RANKS:
        return False
    j = k + 1
    while j < len(tokens) and j - k <= 2 and tokens[j].norm in CHAINS.RANK_QUALIFIERS:
        j += 1
    if tokens[k].norm == _FARIQ and j == k + 1:
        return False  # "الفريق" alone is also a team
    if j >= len(tokens) or tokens[j].sent != tokens[k].sent:
        return False
    if is_name_start(tokens, j) or (j + 1 < len(tokens) and tokens[j + 1].norm in PEOPLE.FILIATION):
        return True
    name = parse_name(tokens, j)
    return name is not None and name.start == j and name.known


def _minister_in_city(tokens: list[Token], i: int, clitic: int, c: int, e: int) -> bool:
    """ "وزير الدفاع في جدة": after a minister's portfolio, "في" + a city (a place of the gazetteer that is no
    country, nor the home country) says where the event was, not which minister: the office ends before it (s11-pp2s;
    "وزير الداخلية في دولة الكويت", "وزير حقوق الإنسان في اليمن" keep their country)."""
    if e <= c or e + 1 >= len(tokens) or tokens[e].norm != _FI or tokens[e + 1].sent != tokens[e].sent:
        return False
    head = strip_clitic(tokens[i].norm)[0] if clitic else tokens[i].norm
    if head not in PEOPLE.MINISTER:
        return False
    size = place_len(tokens, e + 1)
    if not size or _home_len(tokens, e + 1):
        return False
    return tuple(t.norm for t in tokens[e + 1 : e + 1 + size]) not in countries()


def _locative_tail(tokens: list[Token], e: int) -> int:
    """ "بفدرالية روسيا،": a ب-phrase of one or two bare words closed by a comma belongs to the title,
    and so does "في" + a place ("القنصل المغربي في إسطنبول") or a region ("في منطقة عسير", "بمنطقة تبوك")."""
    if e + 1 < len(tokens) and tokens[e].norm == "في" and tokens[e + 1].sent == tokens[e].sent:
        at = place_len(tokens, e + 1) or region_len(tokens, e + 1) or _home_len(tokens, e + 1)
        if at:
            return 1 + at
        if tokens[e + 1].article and tokens[e + 1].norm[2:] in CHAINS.REGION_NOUNS:
            return 2  # "مدير عام التعليم في المنطقة": the region the text is about
        if e + 2 < len(tokens) and tokens[e + 1].article and tokens[e + 1].is_word and not is_stop(tokens[e + 1].norm) \
                and tokens[e + 2].norm in lexicon().honorifics and tokens[e + 2].sent == tokens[e].sent \
                and not any(tokens[x].sent == tokens[e].sent and strip_clitic(tokens[x].norm, "وف")[0] in _SEEN
                            for x in range(max(0, e - 10), e)):
            return 2  # "رئيس لجنة التدريب في الحج الدكتور X": "في" + one definite word, then the honorific of the
            # holder's name: the field the office serves (r2-people; not after a verb of meeting or visiting, where
            # "في" may say where: "استقبل الأمير في الإمارة الدكتور X")
    if e < len(tokens) and tokens[e].norm[:1] == "ب" and tokens[e].norm[1:] in PEOPLE.HOME_COUNTRY:
        return 1  # "سفيرة الاتحاد الأوروبي بالمغرب"
    if e + 1 < len(tokens) and tokens[e].norm[:1] == "ل" and not tokens[e].norm.startswith("لل") \
            and tokens[e].is_word and len(tokens[e].norm) >= 5 and tokens[e + 1].norm in _COMMA \
            and not is_stop(tokens[e].norm[1:]) and not tokens[e].norm.endswith(("ات", "ين", "ون")):
        return 1  # "الوزيرة الأولى لباربادوس،": ل + a country the gazetteer lacks, closed by a comma
    if e + 1 < len(tokens) and tokens[e].norm.startswith("بال") and tokens[e].norm[3:] in CHAINS.REGION_NOUNS \
            and tokens[e + 1].article and tokens[e + 1].norm.endswith(("ي", "يه")) \
            and tokens[e + 1].sent == tokens[e].sent:
        return 2  # "مدير الوكالة … بالمنطقة المغاربية": a region named by its adjective
    region = region_len(tokens, e, clitic="ب") if e < len(tokens) else 0
    if region and (tokens[e].norm[:1] == "ب" or not _definite_word(tokens[e - 1])):
        return region  # (not "غادر X وزير الدفاع جمهورية مصر": a bare region after a definite word is the verb's, pp16)
    if e + 1 < len(tokens) and tokens[e].norm[:1] == "ب" and tokens[e].norm[1:] in FUNCTION_WORDS.COMPASS \
            and tokens[e + 1].sent == tokens[e].sent:
        at = place_len(tokens, e + 1)
        if at:
            return 1 + at  # "مديرة مكتب الإشراف التربوي بشرق جدة X": the part of a city the office serves (ext-t112)
    if e + 1 < len(tokens) and tokens[e].norm.startswith("بال") and tokens[e].norm[1:] in CHAINS.BACK_REFERENCES \
            and tokens[e + 1].sent == tokens[e].sent and (is_name_start(tokens, e + 1) or (
                e + 2 < len(tokens) and tokens[e + 2].norm in PEOPLE.FILIATION) or _style_or_rank_name(tokens, e + 1)):
        return 1  # "رئيس قسم صحة البيئة بالبلدية الدكتور X": the body the text is about, before the holder; also
        # before a royal style or a rank and the name ("رئيس المجلس … بالمنطقة الأمير X", "مدير المرور بالمنطقة
        # اللواء X") (lnk)
    if e + 1 < len(tokens) and tokens[e].norm.startswith("بال") and tokens[e].norm[1:] in _BODY_BACK_REFERENCES \
            and tokens[e + 1].sent == tokens[e].sent and tokens[e + 1].norm in lexicon().honorifics \
            and e + 2 < len(tokens) and tokens[e + 2].sent == tokens[e].sent and tokens[e + 2].is_word \
            and not tokens[e + 2].article and not is_stop(tokens[e + 2].norm):
        return 1  # "رئيسة القسم النسائي باللجنة الأستاذة X": the committee or council the text is about, then an
        # honorific and the holder's name (lnk)
    if e + 1 < len(tokens) and tokens[e].norm.startswith("بال") and tokens[e].norm[1:] in CHAINS.BACK_REFERENCES \
            and tokens[e + 1].sent == tokens[e].sent and tokens[e + 1].norm not in PEOPLE.ROYAL_STYLE \
            and tokens[e + 1].norm[:1] != "و" and (_title_at(tokens, e + 1) is not None or (
                tokens[e + 1].norm in _MAYORS and _mayor_end(tokens, e + 1))):
        return 1  # "رئيس اللجنة الفرعية بالمحافظة رئيس البلدية م. X": the same before a second office stacked on
        # the first, both held by the name after them (r2-people); also before a city's mayor ("… بالمنطقة أمين
        # الباحة م. X", lnk)
    if e + 1 < len(tokens) and tokens[e].norm.startswith("بال") and tokens[e].norm[1:] in CHAINS.BACK_REFERENCES \
            and tokens[e + 1].norm in _COMMA and e > 1 and tokens[e - 1].sent == tokens[e].sent:
        return 1  # "X، مدير عام الشؤون الصحية بالمنطقة، …": the same, closing an office apposed (ext-t72)
    if _unknown_locality_before_name(tokens, e):
        return 1  # "رئيس لجنة التنمية الاجتماعية بالعيص X Y": ب + a locality the gazetteer lacks, then the holder
    if e < len(tokens) and _seat_next(tokens, e) and tokens[e].sent == tokens[e - 1].sent:
        tok = tokens[e]  # "مديرة مكتب الإشراف النسائي بجدة": the office's city
        probe = [after_proclitic(tok), *tokens[e + 1 : e + 4]]
        return place_len(probe, 0)
    if e >= len(tokens) or not tokens[e].norm.startswith("ب") or tokens[e].norm.startswith("بال"):
        return 0
    if tokens[e].norm[1:] in _MANNER_NOUNS:
        return 0  # "رئيساً للنادي بشكل رسمي حالياً،": how, not where: no word of the title (ext-t67)
    for size in (2, 3):
        k = e + size
        if k < len(tokens) and tokens[k].norm in _COMMA and tokens[e].norm not in PEOPLE.FILIATION and all(
                tokens[x].is_word and not tokens[x].article and not is_stop(tokens[x].norm)
                and not tokens[x].text.endswith(("اً", "ًا")) for x in range(e, k)):
            return size
    return 0


_MANNER_NOUNS = frozenset(fold(w) for w in ("شكل", "صورة", "صفة", "طريقة"))
_SEEN = frozenset(fold(w) for w in ("استقبل", "استقبلت", "يستقبل", "تستقبل", "استقبال", "التقى", "التقت", "يلتقي",
                                     "تلتقي", "لقاء", "زار", "زارت", "يزور", "تزور", "زيارة", "اجتمع", "اجتمعت",
                                     "اجتماع", "شارك", "شاركت", "يشارك", "تشارك", "مشاركة"))


_MET_WITH = frozenset(fold(w) for w in ("التقى", "التقت", "يلتقي", "تلتقي", "اجتمع", "اجتمعت", "يجتمع", "تجتمع",
                                         "احتفى", "احتفت", "يحتفي", "تحتفي", "لقاء", "اجتماع", "اجتماعه", "لقائه"))


def _unknown_locality_before_name(tokens: list[Token], e: int) -> bool:
    """ "بال" + one word (no plural ending, no word the lexicons know) between a title and a name that opens with a
    known given name right after it: the title's locality ("بالبدع", "بالعيص"), as a known place would be (ext-t45)."""
    if e + 2 >= len(tokens) or not tokens[e].norm.startswith("بال") or len(tokens[e].norm) < 5 \
            or not tokens[e].is_word or tokens[e + 1].sent != tokens[e].sent:
        return False
    word = tokens[e].norm[1:]
    h = e + 1  # "… بالبجادية الأستاذ X Y" (ext-t134): an honorific between the locality and a known given name
    while h + 1 < len(tokens) and tokens[h].norm in lexicon().honorifics and tokens[h + 1].sent == tokens[e].sent:
        h += 1
    styled = h > e + 1
    if word.endswith(("ات", "ين", "ون")) or (not styled and word.endswith(("يه", "ي"))) or is_stop(word) \
            or word in lexicon().honorifics or starts_head(tokens, e, strip=True) or _title_at(tokens, e) is not None:
        return False  # (not "بالمملكة العربية", "بالنيابة", "بالمنطقة الشرقية": adjectives, acting, a region's head;
        # a locality in ية when an honorific follows it: the honorific opens the holder's name, ext-t134)
    if (tokens[e + 1].norm in lexicon().honorifics and not styled) or (not styled and tokens[e + 1].article):
        return False
    if any(tokens[x].sent == tokens[e].sent and strip_clitic(tokens[x].norm, "وف")[0] in EVENTS.OBJECT_BA | _MET_WITH
           for x in range(max(0, e - 8), e)):
        return False  # "ورحب مدير الجامعة بالحضور X", "والتقى مدير الجامعة بالطلاب X": ب brings who is welcomed
        # or met, not a place
    name = parse_name(tokens, h)
    return name is not None and name.start == h and (styled or (name.known and tokens[h].norm in lexicon().first_names))


_ENVOY_HEADS = frozenset(fold(w) for w in ("سفير", "سفيرة", "السفير", "السفيرة", "قنصل", "قنصلة", "القنصل",
                                            "القنصلة"))


def _envoy_seat(tokens: list[Token], i: int, clitic: int, e: int) -> int:
    """ "سفير المغرب بليما، X": after an envoy's title whose chain ends in his state (a country, the home country or
    a nationality), one ب-word closed by a comma, a name right after it, is the city of his posting, however rare
    (the gazetteer lacks many capitals) (ext-t36); not "بدوره،" (a pronoun's ending) nor "بالرباط" (read as a
    place already), nor after another office ("رئيس الوفد بدوره،")."""
    head = tokens[i].norm[clitic:]
    if head not in _ENVOY_HEADS or e + 2 >= len(tokens) or e <= i + 1:
        return 0
    state = tokens[e - 1].norm
    if not (state in PEOPLE.HOME_COUNTRY or (state,) in countries()
            or is_nationality(state)
            or (tokens[e - 1].article and state.endswith(("ي", "يه")) and len(state) > 5)):  # "السفير المغربي"
        return 0
    seat = tokens[e]
    if not seat.is_word or seat.norm[:1] != "ب" or seat.norm.startswith("بال") or len(seat.norm) < 4 \
            or seat.norm.endswith(("ه", "ها", "هم", "ات", "ين")) or is_stop(seat.norm) \
            or seat.sent != tokens[e - 1].sent or tokens[e + 1].norm not in _COMMA or tokens[e + 1].norm == "-":
        return 0
    return 1 if is_name_start(tokens, e + 2) else 0


_JUDGE_STYLES = frozenset({fold("القاضي"), fold("القاضية")})


def _bare_name_after_style(tokens: list[Token], k: int) -> bool:
    """(inst21) "رئيس رابطة الفنانين العراقيين الفنان X Y": after a style written between an office and its holder,
    a name of two words or more with no article on its first word (a given name the list lacks) is the holder's,
    as it is when the style ends the office read whole."""
    if not tokens[k].is_word or tokens[k].article or is_stop(tokens[k].norm):
        return False
    name = parse_name(tokens, k)
    return name is not None and name.start == k and name.end - name.start >= 2


_PARTY_LABELS = frozenset(fold(w) for w in ("الجمهوري", "الجمهورية", "الديمقراطي", "الديمقراطية", "الديموقراطي",
                                             "الديموقراطية"))


def _skip(tokens: list[Token], j: int, *, comma: bool = True) -> int:
    """Skip an honorific or a rank ("رئيس الأركان الفريق X") and (optionally) one comma."""
    lex = lexicon()
    n = len(tokens)
    start = j
    if comma and j < n and tokens[j].norm in _COMMA:
        j += 1
    if j + 1 < n and tokens[j].norm in _PARTY_LABELS and tokens[j + 1].sent == tokens[j].sent \
            and is_name_start(tokens, j + 1):
        j += 1  # "رئيس مجلس النواب، الجمهوري X Y": the holder's party between his office and his name (ext-t113)
    if j < n and tokens[j].norm in PEOPLE.DESCRIPTORS:
        k = j + 1  # "وزير العدل السابق الخبير الدستوري الدكتور X": a profession apposed before the honorific
        while k < n and k - j < 3 and tokens[k].article and tokens[k].norm.endswith(("ي", "يه")) \
                and tokens[k].sent == tokens[j].sent:
            k += 1
        if k < n and (tokens[k].norm in lex.honorifics or tokens[k].norm in CHAINS.RANKS):
            j = k
    if j + 1 < n and (tokens[j].norm in _CLINICAL_STYLES or (tokens[j].norm in PEOPLE.STYLES_BEFORE_HOLDER
                                                             and j == start)) \
            and tokens[j + 1].sent == tokens[j].sent \
            and (tokens[j + 1].norm in lex.honorifics or is_name_start(tokens, j + 1) or _filiated(tokens, j + 1)
                 or (tokens[j].norm in PEOPLE.STYLES_BEFORE_HOLDER and _bare_name_after_style(tokens, j + 1))):
        j += 1  # "مدير عام الشؤون الصحية بمنطقة تبوك الصيدلي X", "… بتبوك الاستشاري الدكتور X": the holder's
        # profession, a style between the office's place and his name (post20); (inst21) so is a style the office
        # ended before, with no comma between ("رئيس رابطة الفنانين الفنان X": the body's name stops at "الفنان",
        # people.txt's styles_before_holder; "رئيس اللجنة، الزميل X": the comma opens another man's apposition)
    if j + 1 < n and tokens[j].norm in _JUDGE_STYLES and tokens[j + 1].sent == tokens[j].sent \
            and (is_name_start(tokens, j + 1) or _filiated(tokens, j + 1)):
        j += 1  # "وزير الأوقاف السابق القاضي X بن Y": a judge's style between an office and its holder (ext-t114)
    while j < n and (tokens[j].norm in lex.honorifics or (tokens[j].norm in CHAINS.RANKS and j + 1 < n and (
            is_name_start(tokens, j + 1) or _qualified_rank(tokens, j) or _filiated(tokens, j + 1)
            or _doubted_name_next(tokens, j + 1)
            or (tokens[j + 1].norm in _BARE_DOCTOR and j + 2 < n and (
                is_name_start(tokens, j + 2) or _filiated(tokens, j + 2)))))):
        if tokens[j].norm in CHAINS.RANKS and j + 1 < n and tokens[j + 1].norm in _BARE_DOCTOR:
            j += 2  # "العقيد دكتور X": an article-less doctor's title after a rank
        elif tokens[j].norm in CHAINS.RANKS and _qualified_rank(tokens, j):
            j += 1
            while j < n and tokens[j].norm in CHAINS.RANK_QUALIFIERS:
                j += 1  # "الفريق أول ركن X"
        else:
            j += 1
    if j > 0 and j + 1 < n and tokens[j].norm in _CLINICAL_STYLES and tokens[j - 1].norm in lex.honorifics \
            and tokens[j + 1].sent == tokens[j].sent and (is_name_start(tokens, j + 1) or _filiated(tokens, j + 1)):
        j += 1  # "مدير مستشفى العيون الدكتور الاستشاري X": the profession after the honorific (post20)
    k = j
    while k < n and k - j < 4 and (tokens[k].norm in _ROYAL_STYLE_WORDS or tokens[k].norm in lex.honorifics) \
            and tokens[k].sent == tokens[j].sent:
        k += 1  # "أمير منطقة X صاحب السمو الملكي الأمير Y": a royal style between an office and its holder
    if k > j and k < n and tokens[k - 1].norm in PEOPLE.ROYAL_TITLES and tokens[k].is_word \
            and not tokens[k].article and not is_stop(tokens[k].norm) and tokens[k].sent == tokens[j].sent:
        j = k
    return j


_WA_IFTIAL = re.compile(r"^وا\wت\wا\w$")  # "واعتماد", "واختيار", "وانتخاب"


def _wa_iftial(tokens: list[Token], x: int) -> bool:
    """ "واعتماد مجلس الإدارة": و + a bare verbal noun of the افتعال form in construct with what follows, after a
    definite office and its complement: a second thing done, no word of the office (s13-pp7)."""
    t = tokens[x]
    return t.is_word and not t.article and _WA_IFTIAL.match(t.norm) is not None \
        and t.norm[1:] not in lexicon().first_names and tokens[x - 1].article


_RAISA = fold("الرئيسة")


def _kunya_family_next(tokens: list[Token], i: int) -> bool:
    """ "صلاح أبو الفتوح", "جميل أبو النصر": "أبو" + a definite word right after the word at ``i`` in its sentence, then
    a boundary: a family name of two words after a given name (s13-pp7)."""
    n = len(tokens)
    if i + 2 >= n or tokens[i + 1].norm not in _ABU or tokens[i + 1].sent != tokens[i].sent:
        return False
    fam = tokens[i + 2]
    return fam.is_word and fam.article and fam.sent == tokens[i].sent and not is_stop(fam.norm) \
        and _ends_clean(tokens, i + 3)


def _doubted_name_next(tokens: list[Token], j: int) -> bool:
    """ "مدير الشرطة العقيد طارق X إن …": after a rank, a given name that is also a common noun ("طارق", "عادل")
    opens a name when a whole name of two or more words ending cleanly starts there (ext-t28)."""
    lex = lexicon()
    if tokens[j].norm not in lex.ambiguous_names or tokens[j].sent != tokens[j - 1].sent:
        return False
    name = parse_name(tokens, j, literal=True)
    return name is not None and name.known and name.end - name.start >= 2 and _ends_clean(tokens, name.end)


def _filiated(tokens: list[Token], j: int) -> bool:
    """ "العقيد سامي بن سعد …": a word the gazetteer doubts as a given name ("سامي", high) opens a name when "بن"
    follows it."""
    return j + 2 < len(tokens) and tokens[j].is_word and tokens[j + 1].norm in PEOPLE.FILIATION \
        and tokens[j + 2].is_word and tokens[j].sent == tokens[j + 2].sent and not is_stop(tokens[j].norm)


_ROYAL_STYLE_WORDS = frozenset({fold("صاحب"), fold("صاحبة"), fold("السمو"), fold("الملكي"), fold("الأمير"),
                                fold("الأميرة")})


def _spoken_name(tokens: list[Token], s: int) -> Name | None:
    """ "وقال فرانك فالتر شتاينماير رئيس ألمانيا …": two to five plain words (a foreign name as written, its
    particles included; "فالتر" reads as ف + article but is none) between a speech verb and a foreign or
    international office are the speaker's name, however rare its given name."""
    given = lexicon().first_names  # (a first word in ا, "أورسولا", only in a name of three words or more)
    for k in range(max(1, s - 5), s - 1):
        if not _speech_verb(tokens[k - 1].norm) or not tokens[k - 1].sent == tokens[s].sent == tokens[k].sent \
                or tokens[s].norm.startswith("و"):
            continue
        words = tokens[k:s]
        if all(t.is_word and not t.norm.startswith(("ال", "لل", "بال", "وال", "كال")) and not is_stop(t.norm)
               and not (t.norm.endswith(("ات", "ون")) and len(t.norm) > 4) and t.norm not in PEOPLE.NOT_NAMES
               and not starts_head(tokens, x, strip=True) and not any(ch.isdigit() for ch in t.norm)
               for x, t in enumerate(words, k)) \
                and sum(t.norm.endswith("ا") and t.norm not in given for t in words) <= (len(words) >= 3) \
                and (words[0].norm in given or len(words) >= 3 or not words[0].norm.endswith("ا")):
            # (not "أكد موقفا معارضا لموقف الرئيس …": accusatives; a word in ين may be a given name, "كريستين":
            # the subject of a speech verb is never an oblique plural)
            return Name(k, s, 0, False)
    return None


_ALI = "علي"


def _ali_surname(tokens: list[Token], j: int) -> bool:
    """ "علي الحمد،" after an office that is a list item: the given name علي as written (ي, not the preposition's
    ى), one definite family name (no head of a title or a body, no place), then a comma (not "وافق رئيس اللجنة
    علي المشروع.", the preposition misspelt)."""
    if j + 2 >= len(tokens) or tokens[j].text != _ALI or not tokens[j + 1].article \
            or tokens[j + 1].sent != tokens[j].sent:
        return False
    return tokens[j + 2].norm in COMMAS and not is_stop(tokens[j + 1].norm) \
        and not starts_head(tokens, j + 1, strip=False) and not place_len(tokens, j + 1) \
        and not tokens[j + 1].norm.endswith(("ات", "ين", "ون"))


_ALA_WRITTEN = "على"


def _ali_after_office(tokens: list[Token], j: int) -> bool:
    """ "وزير البترول علي النعيمي الرد …", "رئيس البرلمان علي لاريجاني ما …": right after an office, "علي" as written
    (ي) and one family name, the name closed by punctuation, the sentence's end, a function word, a definite word or
    و (a third bare word may be the name's: "علي عواض عسيري" is left alone), in a text that writes the preposition
    "على" with ى elsewhere (ext-t112). The family name: a definite one that may be a surname (not "علي الفور",
    "علي المتابعة"), or a bare word of four letters or more with no clitic letter, no plural or pronoun ending; never a
    body's or a title's head, nor a place."""
    n = len(tokens)
    if j + 1 >= n or tokens[j + 1].sent != tokens[j].sent or not tokens[j + 1].is_word \
            or tokens[j - 1].norm in lexicon().first_names:
        return False  # (not "ممثل السودان الصديق علي أحمد": a given name the office ran into opens the name)
    fam = tokens[j + 1]
    closed = j + 2 >= n or tokens[j + 2].sent != tokens[j].sent or not tokens[j + 2].is_word \
        or is_stop(tokens[j + 2].norm)
    if fam.norm in _ALA_PHRASES or _masdar(fam.norm) or fam.norm.endswith(("ه", "ها", "هم", "ات", "ين", "ون")) \
            or starts_head(tokens, j + 1, strip=False) or place_len(tokens, j + 1) \
            or _title_at(tokens, j + 1) is not None:
        return False
    if fam.article:
        nisba = fam.norm.endswith("ي") and len(fam.norm) >= 5
        if not _surname_next(tokens, j) or (fam.norm.startswith("الم") and not nisba) or not (
                nisba or closed or tokens[j + 2].norm[:1] == "و"):
            return False  # (a definite word that is no nisba only before a boundary: "علي العطشان أن …")
    elif not _closed_after(tokens, j + 1) or len(fam.norm) < 4 or is_stop(fam.norm) or fam.norm.endswith("ا") \
            or (fam.norm[:1] in "وبلفك" and not (fam.norm.endswith("ي") and len(fam.norm) >= 5)):
        return False  # (a bare family name only before a boundary: "علي لاريجاني ما …", not "علي تطوير الأداء")
    return _writes_ala(tokens)


# what "على" introduces as an adverb, misspelt "علي": never a family name ("علي الفور", "علي الرغم")
_ALA_PHRASES = frozenset(fold(w) for w in ("الفور", "الرغم", "الإطلاق", "الأقل", "الأرجح", "الأكثر", "الصعيد",
                                           "النحو", "التوالي", "الترتيب", "الجميع", "الهامش", "الأرض", "الخط"))
_HE_IS = frozenset(fold(w) for w in ("وهو", "وهي"))  # "X، وهو مدير سابق …": the clause that says who X is


def _ali_given(tokens: list[Token], j: int) -> bool:
    """ "ومدير العلاقات العامة علي X." / "ورئيس التحرير المكلف علي الX.": the given name علي as written (ي) right after
    an office, one family name (definite, or bare as "بارشيد"), then a comma or the sentence's end, in a text
    that writes the preposition "على" with ى elsewhere (its writer tells the two apart) (ext-t36). Not "وافق رئيس
    اللجنة علي الخطة." in a text that spells the preposition علي throughout, nor before a plural, a place, a
    body's or a title's head, a pronoun's ending, or a definite noun opening with م ("علي المشروع")."""
    if j + 1 >= len(tokens) or tokens[j].text != _ALI or tokens[j + 1].sent != tokens[j].sent:
        return False
    closed = j + 2 >= len(tokens) or tokens[j + 2].sent != tokens[j].sent or tokens[j + 2].norm in ("،", ",", ".")
    surname = tokens[j + 1]
    if not closed or not surname.is_word or is_stop(surname.norm) or starts_head(tokens, j + 1, strip=False) \
            or place_len(tokens, j + 1) or _title_at(tokens, j + 1) is not None \
            or surname.norm.endswith(("ات", "ين", "ون", "ه", "ها", "هم")) or len(surname.norm) < 4 \
            or (not surname.article and (surname.norm[:1] in "ولفك" or surname.norm.startswith("بال"))) \
            or (surname.norm.startswith("الم") and not surname.norm.endswith("ي")):
        return False
    return any(t.text == _ALA_WRITTEN or (t.text.endswith(_ALA_WRITTEN) and len(t.text) == 4 and t.text[0] in "وف")
               for t in tokens)


def _qualified_rank(tokens: list[Token], j: int) -> bool:
    """ "اللواء ركن X", "العميد الركن X": a rank, its qualifier, then a name (a rare given name is read by
    ``_rank_name``)."""
    k = j + 1
    while k < len(tokens) and k - j <= 2 and tokens[k].norm in CHAINS.RANK_QUALIFIERS \
            and tokens[k].sent == tokens[j].sent:
        k += 1
    return j + 1 < k < len(tokens) and tokens[k].is_word and not tokens[k].article and not is_stop(tokens[k].norm) \
        and tokens[k].sent == tokens[j].sent


_AYA = fold("آية")
_ABU = frozenset({"أبو", "ابو"})
_ALLAH_WORD = fold("الله")


def _person(text: str, tokens: list[Token], name: Name) -> PersonMention:
    if name.end - name.start >= 3 and tokens[name.start + 1].norm == _ALLAH_WORD \
            and tokens[name.start].norm in (_AYA, "و" + _AYA, "ل" + _AYA):
        name = Name(name.start + 2, name.end, 0, name.known)  # "آية الله خامنئي": a cleric's style before his name,
        # read as the given name "آية", is no part of the name (ext-t131)
    elif name.start > 0 and not name.clitic and tokens[name.start - 1].text in _ABU \
            and tokens[name.start - 1].sent == tokens[name.start].sent \
            and tokens[name.start].norm in lexicon().first_names:
        name = Name(name.start - 1, name.end, 0, name.known)  # "أبو بكر البغدادي": the kunya's "أبو" before a given
        # name is the name's first word (ext-t131)
    start = tokens[name.start].start + name.clitic
    end = tokens[name.end - 1].end
    return PersonMention(text[start:end], start, end, name.start, name.end)


_PRONOMINAL = frozenset(fold(w) for w in ("فيها", "فيه", "فيهم", "عليها", "عليه", "منها", "منه", "لها", "له", "عنها",
                                           "عنه", "بها", "به", "إليها", "إليه"))


def _name_before(tokens: list[Token], s: int, post_ends: frozenset[int] = frozenset()) -> Name | None:
    """A name ending right before token ``s`` (or before a comma at ``s - 1``)."""
    lex = lexicon()
    for end in (s, s - 1):
        if end <= 0 or (end == s - 1 and tokens[end].norm not in _COMMA):
            continue
        fallback: Name | None = None
        reach = 7 if any(t.norm in PEOPLE.FILIATION for t in tokens[max(0, end - 5) : end]) else 5
        for k in range(max(0, end - reach), end - 1):  # "فهد بن سلمان بن عبد العزيز": particles lengthen a name
            name = parse_name(tokens, k, strip_wa=True)
            bounded = k > 0 and tokens[k - 1].sent == tokens[k].sent and (
                (end == s - 1 and tokens[k - 1].norm in _COMMA | lex.honorifics) or (tokens[k - 1].norm == "و" and (
                    k - 1 in post_ends or (k > 1 and tokens[k - 2].norm in _COMMA))))
            if bounded and (name is None or name.end != end):
                name = parse_name(tokens, k, strip_wa=True, max_units=3) or parse_name(
                    tokens, k, max_units=3, literal=True)  # "بحضور، ألاسان بالا ساكاندي، رئيس…", "و كارمن …"
                if name is not None and name.end == end - 1 and name.end - name.start == 2 \
                        and tokens[name.end].norm.endswith("ا") and tokens[name.end].sent == tokens[k].sent \
                        and _plain_words(tokens, name.start, end, final_alef=True, bounded=True):
                    name = Name(name.start, end, name.clitic, name.known)  # "كارمن لوبيث فيغا"
            if name is None or name.end != end:
                continue
            if any(t.norm in _PRONOMINAL for t in tokens[name.start : name.end]):
                continue  # "منير X، شكر فيها سمو محافظ …": a verb and a preposition's pronoun are no name (ext-t30)
            if not name.clitic and tokens[k].norm[:1] == "و" and len(tokens[k].norm) > 4 and k > 0 \
                    and tokens[k - 1].norm in _COMMA and tokens[k].norm not in lex.first_names:
                name = Name(name.start, name.end, 1, name.known)  # "، ولويزة X، زعيمة …": the list's و
            if is_honorific(tokens[k].norm[name.clitic:]) or is_honorific(tokens[k].norm[1:]):
                continue  # "…، والمهندس X Y، مدير …": the honorific is no word of the name; X Y is read next (ext-t103)
            prev = tokens[k - 1] if k > 0 else None
            base = tokens[k].norm[name.clitic:]
            if prev is not None and prev.norm in _COMMA and k > 1 and tokens[k - 2].sent == tokens[k].sent \
                    and tokens[k - 2].norm in PEOPLE.NAME_CUES:
                prev = tokens[k - 2]  # the cue before a comma: "بحضور، X، رئيس…"
            cue = prev is not None and prev.sent == tokens[k].sent and (
                prev.norm in PEOPLE.NAME_CUES or prev.norm in lex.honorifics or (
                    prev.norm[:1] == "و" and prev.norm[1:] in PEOPLE.NAME_CUES)
                or (prev.norm == "من" and k > 1 and tokens[k - 2].norm == "كل"))  # "حضره كل من X Y رئيس …"
            if name.known or base in lex.first_names or cue or (_list_item(tokens, k) and k - 1 in post_ends):
                return name
            if bounded and fallback is None and 2 <= name.end - name.start <= 3 \
                    and _plain_words(tokens, name.start, name.end, final_alef=True, bounded=True):
                fallback = name  # "بفضل انخراط، ماري دوبوا، رئيسة…", "… و كارمن لوبيث فيغا ممثلة…"
        if fallback is not None:
            return fallback  # only when no recognisable name ends there ("، اتهم أيوب X، المنسق…")
    return None


def _known_name_before(tokens: list[Token], s: int, post_ends: frozenset[int]) -> bool:
    """A recognisable name (a listed given name) ends at the comma right before token ``s``, in its sentence."""
    name = _name_before(tokens, s, post_ends)
    return name is not None and name.known and name.end == s - 1 and tokens[name.start].sent == tokens[s].sent


def _list_item(tokens: list[Token], k: int) -> bool:
    """The name opens a list item: after a comma or as "و" + name right after another item."""
    prev = tokens[k - 1] if k > 0 else None
    return prev is not None and (prev.norm in _COMMA or prev.norm == "و")  # "…، X" or "… و X" (written apart)


def _scope_before_latin(tokens: list[Token], e: int) -> int:
    """Tokens of a "بال…" phrase (one or two article words) between a title and a name in Latin letters."""
    if e >= len(tokens) or not tokens[e].norm.startswith("بال"):
        return 0
    for size in (1, 2):
        k = e + size
        if k + 1 < len(tokens) and _LATIN.match(tokens[k].text) and _LATIN.match(tokens[k + 1].text) \
                and all(tokens[x].sent == tokens[e].sent and tokens[x].is_word and (x == e or tokens[x].article)
                        for x in range(e, k)):
            return size
    return 0


def _after_person(tokens: list[Token], out: People, i: int) -> bool:
    """Whether a person's name ends right before ``tokens[i]`` (or before a comma there): "X ورشيد Y", "X، وسعاد Y"."""
    end = i - 1 if i > 0 and tokens[i - 1].norm in _COMMA else i
    return any(pm.last == end and tokens[pm.first].sent == tokens[i].sent for pm in out.persons)


_KUNYA = frozenset(fold(w) for w in ("أبو", "أبي", "أبا", "أم"))  # "أبو منصور X": a longer name (a kunya)


def _nisba_family_next(tokens: list[Token], i: int, base: str) -> bool:
    """ "المهاجم فهد الجهني بعد …", "لاعبي الهلال سالم X وناصر Y": a given name that is also a word (``ambiguous``),
    written without the article, then a definite nisba of six letters or more in its sentence, is a given name and
    its family name: an indefinite noun or adjective is not followed by a definite adjective, so the nisba is no
    qualifier of it (ext-t113). Not a name that is as often a noun in construct ("نجم الأهلي", "مالك النادي"), a
    noun or a body's adjective in ي ("مستشفى الملك فهد الجامعي"), a nationality, a function word or a given name,
    nor after a royal style, "بن" or a head named after a person (the name a body bears)."""
    if base in PEOPLE.CONSTRUCT_NAMES or i + 1 >= len(tokens) or tokens[i].article:
        return False
    nisba = tokens[i + 1]
    if not (nisba.article and nisba.text.endswith("ي") and len(nisba.norm) >= 6 and nisba.sent == tokens[i].sent) \
            or nisba.norm in PEOPLE.NOT_FAMILY_NISBAS or nisba.norm in PEOPLE.NOT_SURNAMES or is_stop(nisba.norm) \
            or is_nationality(nisba.norm) or nisba.norm in lexicon().first_names or _masdar(nisba.norm) \
            or (len(nisba.norm) == 6 and nisba.norm[:3] == "الت" and not any(c in "اوي" for c in nisba.norm[3:5])):
        return False  # (a verbal noun, "التخلي", "التحدي": "قررت X رمزي التخلي عن …")
    if i == 0 or tokens[i - 1].sent != tokens[i].sent:
        return True
    prev, given = tokens[i - 1], lexicon().first_names
    if not prev.article and (prev.norm in given or (prev.norm[:1] == "و" and prev.norm[1:] in given)):
        return False  # "يزيد منصور X": the father's name inside a longer name
    noun = strip_clitic(prev.norm)[0]
    return not (prev.norm in CHAINS.ROYAL or prev.norm in PEOPLE.FILIATION or prev.norm in _KUNYA
                or noun in INSTITUTIONS.EPONYM_HEADS or noun in PEOPLE.NAMED_PLACES)


def _fa_name_word(tokens: list[Token], x: int, k: int) -> bool:
    """ "فرانك فالتر شتاينماير": after a known given name inside a foreign name, a word opening with "فال" is a name
    of its own ("فالتر", "فالنتين"), not "ف" + the article (pp16)."""
    return x > k and tokens[x].norm.startswith("فال") and tokens[x - 1].norm in lexicon().first_names


def _plain_words(tokens: list[Token], k: int, e: int, *, final_alef: bool = False, bounded: bool = False) -> bool:
    """No word of tokens[k:e] has an article, an accusative or plural ending, or is a function word or
    a head: such words are a foreign name as written, not an Arabic phrase. With ``final_alef`` (a name
    after a title) the words after the first may end in ا ("دانيال كوستا"), and with ``bounded`` as well (commas
    or a list's و around the name) the first ("كلارا موندو"); a known given name always may ("ماريا")."""
    given = lexicon().first_names
    return not any((t.article and not _fa_name_word(tokens, x, k)) or t.norm.endswith(("ات", "ين"))
                   or (t.norm.endswith("ا") and not (final_alef and (x > k or bounded)) and t.norm not in given)
                   or t.norm[:2] in ("ال", "لل")
                   or is_stop(t.norm) or t.norm in PEOPLE.NOT_NAMES or starts_head(tokens, x, strip=True)
                   or any(ch.isdigit() for ch in t.norm) for x, t in enumerate(tokens[k:e], k))


def _scope_before_named(tokens: list[Token], e: int) -> int:
    """Tokens of "في" + one or two article words between a title and a comma-bounded name: "ومدير
    العمليات في المطار، غوكسو غوناي،": the phrase is the title's, the name its holder's."""
    if e + 1 >= len(tokens) or tokens[e].norm != "في":
        return 0
    for size in (2, 3):
        c = e + size
        if c + 3 < len(tokens) and tokens[c].norm in _COMMA and all(
                tokens[x].article and tokens[x].sent == tokens[e].sent for x in range(e + 1, c)):
            for width in (2, 3):
                close = c + 1 + width
                if close < len(tokens) and tokens[close].norm in _COMMA | {"."} \
                        and _plain_words(tokens, c + 1, close, final_alef=True):
                    return size
    return 0


def _scope_before_body(tokens: list[Token], e: int, insts: Sequence[Spanned]) -> int:
    """Tokens of "في" + a named body between a title and a recognisable name: "مدير إدارة التدريب في الشركة
    الوطنية للنقل خالد العمري": the phrase is the title's, the name its holder's (ext-t30). Only for a name that
    opens with a known given name, in the same sentence, right after the body."""
    if e + 1 >= len(tokens) or tokens[e].norm != "في":
        return 0
    body = next((m for m in insts if m.first == e + 1), None)
    if body is None or body.last - e > 7 or body.last >= len(tokens) \
            or any(tokens[x].sent != tokens[e].sent for x in range(e, body.last + 1)):
        return 0
    name = parse_name(tokens, body.last, strip_wa=False)
    return body.last - e if name is not None and name.known and name.start == body.last else 0


def _li_body_after_office(tokens: list[Token], p: PostMention, insts: Sequence[Spanned]) -> int:
    """Tokens of "ل" + a body the institutions read, right after a definite office of two words or more: "X، الرئيس
    التنفيذي لشركة منافع إن …", "المدير العام لمجموعة سدير": the body is the office's complement, though its one
    bare word stops a plain chain (pp16). Not "ل" + a news medium ("لوكالة …": whom the speaker told)."""
    e = p.last
    if e >= len(tokens) or e - p.first < 2 or not tokens[e - 1].article or not tokens[e].is_word:
        return 0
    tok = tokens[e]
    if tok.norm[:1] != "ل" or tok.norm.startswith("لل") or tok.sent != tokens[p.first].sent \
            or tok.norm in PEOPLE.MEDIA_ADDRESSEES:
        return 0
    body = next((m for m in insts if m.first == e), None)
    if body is None or body.last - e > 5 or body.last > len(tokens) \
            or any(tokens[x].sent != tok.sent for x in range(e, body.last)):
        return 0
    return body.last - e


def _ba_body_before_foreign(tokens: list[Token], p: PostMention, insts: Sequence[Spanned]) -> int:
    """Tokens of "بـ" + a named body between a foreign office and its holder's foreign name: "مندوبة الولايات المتحدة
    بالأمم المتحدة X Y إن …": the body the envoy sits in is the title's, the name its holder's (lnk). Only a body
    of at most four words in the sentence, right before a name read as foreign after a foreign office."""
    e = p.last
    if e + 1 >= len(tokens) or not tokens[e].norm.startswith("بال") or not _foreign_title(tokens, p):
        return 0
    body = next((m for m in insts if m.first == e), None)
    if body is None or body.last - e > 4 or body.last >= len(tokens) \
            or any(tokens[x].sent != tokens[e].sent for x in range(e, body.last + 1)):
        return 0
    name = _foreign_name(tokens, body.last)
    return body.last - e if name is not None and name.start == body.last else 0


def _feminine_head(tokens: list[Token], p: PostMention) -> bool:
    """The title opens with a feminine word, written whole ("الرئيسة", not "ورئيسة" with و left out)."""
    return tokens[p.first].text.endswith("ة") and p.start == tokens[p.first].start


def _feminine_foreign(tokens: list[Token], p: PostMention, name: Name) -> bool:
    """ "الرئيسة السابقة باولا رودريغيز.": after a feminine title, a two-word foreign name whose given name ends in
    ا as feminine foreign names do (the gender agrees), its surname not, is the holder's (ext-t30); the name must
    close cleanly, as ``_foreign_name`` checks."""
    given, surname = tokens[name.start], tokens[name.end - 1]
    return name.end - name.start == 2 and _feminine_head(tokens, p) \
        and given.text.endswith("ا") and len(given.norm) >= 5 and not surname.norm.endswith(("ا", "ه")) \
        and given.norm not in PEOPLE.NOT_NAMES and surname.norm not in PEOPLE.NOT_NAMES


_ENDING = frozenset({fold("المنتهية"), fold("المنتهي")})
_TERM = frozenset({fold("ولايتها"), fold("ولايته")})


def _term_tail(tokens: list[Token], e: int) -> int:
    """ "الرئيسة المنتهية ولايتها": the term's noun after "المنتهية" belongs to the title (ext-t30)."""
    return 1 if 0 < e < len(tokens) and tokens[e - 1].norm in _ENDING and tokens[e].norm in _TERM else 0


_YEAR = re.compile(r"^(?:1[34]\d\d(?:ه|هـ)?|(?:19|20)\d\d(?:م)?)$")


def _year_tail(tokens: list[Token], e: int) -> int:
    """ "رئيس اللجنة الإشرافية لمهرجان صيف المنطقة 1436هـ الدكتور X": a year (Hijri, or Gregorian with or without
    "م") right after a title and right before an honorific or its holder's name belongs to the title, the name after
    it holds it (ext-t78)."""
    if not 0 < e < len(tokens) - 1 or tokens[e].is_word or not tokens[e - 1].is_word \
            or tokens[e].sent != tokens[e - 1].sent or tokens[e + 1].sent != tokens[e].sent \
            or not _YEAR.match(tokens[e].norm):
        return 0
    nxt = e + 1
    return 1 if tokens[nxt].norm in lexicon().honorifics or is_name_start(tokens, nxt) or _filiated(tokens, nxt) else 0


_TENS = frozenset(fold(w) for w in ("العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين",
                                    "التسعين"))
_TEEN = frozenset(fold(w) for w in ("عشر", "عشرة"))


def _ordinal_tail(tokens: list[Token], e: int) -> int:
    """ "نائب قائد المخيم الكشفي العالمي الثالث والعشرين، والمدير التنفيذي …": an ordinal right after a title, before
    a comma, is the edition of the title's body and belongs to the title; the office apposed after the comma is the
    same holder's (ext-t87)."""
    if e <= 0 or e >= len(tokens) or tokens[e].norm not in CALENDAR.ORDINALS or tokens[e].sent != tokens[e - 1].sent:
        return 0
    i = e + 1
    if i < len(tokens) and (tokens[i].norm in _TEEN or (tokens[i].norm[:1] == "و" and tokens[i].norm[1:] in _TENS)):
        i += 1
    return i - e if i < len(tokens) and tokens[i].norm in _COMMA and tokens[i].sent == tokens[e].sent else 0


def _nisba_name_at(tokens: list[Token], x: int) -> bool:
    """ "رئيس الوزراء حيدر العبادي إن …": at ``x``, after a definite word that no royal or eponym word is (a
    definite genitive ends a construct chain), a bare word and an article nisba (…ي) that end cleanly are a name,
    not the title's complement (ext-t28); not "مدير جامعة الملك سعود", "رئيس النادي الأهلي"."""
    before, given, surname = tokens[x - 1], tokens[x], tokens[x + 1]
    if not before.article or before.norm in CHAINS.ROYAL or before.norm in lexicon().honorifics \
            or strip_clitic(before.norm)[0] in INSTITUTIONS.EPONYM_HEADS or given.sent != before.sent:
        return False
    return given.is_word and not given.article and given.norm[:1] not in "لبوفك" \
        and not given.norm.endswith(("ه", "ا", "ات", "ين", "ي")) and given.norm not in lexicon().first_words \
        and not is_stop(given.norm) and surname.article and surname.norm.endswith("ي") and len(surname.norm) > 4 \
        and place_len(tokens, x) == 0 and not any(c[0] == given.norm for c in lexicon().countries) \
        and _ends_clean(tokens, x + 2)


def _nisba_named(tokens: list[Token], p: PostMention, name: Name) -> bool:
    """ "رئيس الحركة راشد الغنوشي،": after a title closed by a definite word, a bare word and an article
    surname of relation (…ي), closed by punctuation, a function word, و or a title, are a name."""
    if name.end - name.start != 2 or name.start != p.last or not tokens[p.last - 1].article:
        return False
    given, surname = tokens[name.start], tokens[name.start + 1]
    return not given.article and given.norm[:1] not in "لبوفك" and not given.norm.endswith(("ه", "ا", "ات", "ين")) \
        and given.norm not in lexicon().first_words and surname.article and surname.norm.endswith("ي") \
        and (_ends_clean(tokens, name.end) or (_ba_phrase_after(tokens, name.end) and not _tafil(given.norm)))


def _rare_given_named(tokens: list[Token], p: PostMention, name: Name) -> bool:
    """ "رئيس لجنة التنمية بالقرية X صالح الغامدي أن …": right after a title, a bare word the lexicon does not know,
    then a known given name (his father's) and an article nisba family name closed by a boundary, are one man's name
    of three words (ext-t155). The unknown word must have no shape of a verb or a noun: no clitic letter, article or
    ending of a pronoun, a plural, a feminine or an accusative, no function word, title or head, no imperfect or
    أفعل verb (four letters opening with ي، ت، ن، أ) and no word of five letters or more opening with "م" or "ت" (a
    participle or a verbal noun)."""
    return name.start == p.last and _rare_given(tokens, name)


def _ba_seat_before_rare(tokens: list[Token], e: int) -> int:
    """ "رئيس لجنة التنمية بالقرية X صالح الغامدي": one word "بال…" (where the body sits) between a title and a name
    of three words that ``_rare_given`` reads is the title's (ext-t155): 1, or 0."""
    if e + 3 >= len(tokens) or not tokens[e].norm.startswith("بال") or len(tokens[e].norm) < 6 \
            or tokens[e].sent != tokens[e - 1].sent or is_stop(tokens[e].norm) or not tokens[e].is_word:
        return 0
    name = parse_name(tokens, e + 1)
    return 1 if name is not None and name.start == e + 1 and not name.known and _rare_given(tokens, name) else 0


def _rare_given(tokens: list[Token], name: Name) -> bool:
    """See ``_rare_given_named``: an unknown word, a known given name, an article nisba family name, closed."""
    if name.end - name.start != 3 or name.clitic:
        return False
    lex = lexicon()
    rare, given, family = tokens[name.start], tokens[name.start + 1], tokens[name.start + 2]
    w = rare.norm
    if rare.article or not rare.is_word or len(w) < 4 or w[:1] in "لبوفكاي" or w in lex.first_words or is_stop(w) \
            or rare.text.endswith(("ة", "ه", "ا", "ى", "ء")) or w.endswith(("ات", "ين", "ون", "ان")) \
            or (len(w) == 4 and w[0] in "تنأ") or (len(w) >= 5 and w[0] in "مت") or w in PEOPLE.NOT_NAMES:
        return False
    return given.norm in lex.first_names and not given.article and given.is_word \
        and family.article and family.norm.endswith("ي") and len(family.norm) >= 5 \
        and (_ends_clean(tokens, name.end) or tokens[name.end].norm in _COMMA)


_CLUB_HEADS = frozenset(fold(w) for w in ("نادي", "فريق"))


def _club_named(tokens: list[Token], i: int) -> bool:
    """(tuning196) "من نادي الرائد لنادي X": a rank's word right after "نادي"/"فريق" is the club's name."""
    return i > 0 and tokens[i - 1].sent == tokens[i].sent and strip_clitic(tokens[i - 1].norm)[0] in _CLUB_HEADS


def _tafil(w: str) -> bool:
    """A bare verbal noun of the تفعيل form ("تطوير", "تنظيم"), no given name (ext-t78)."""
    return len(w) == 5 and w[0] == "ت" and w[3] == "ي"


def _ba_phrase_after(tokens: list[Token], e: int) -> bool:
    """ "رحب رئيس الوزراء العراقي X العبادي بموافقة المجلس …" (ext-t78): after a bare word and an article nisba
    surname, a ب-phrase (the object of the verb before the title) ends the name too; a bare place ("بجدة") is no
    such phrase, it may be read into a title."""
    t = tokens[e]
    return t.is_word and t.sent == tokens[e - 1].sent and t.norm[:1] == "ب" and len(t.norm) >= 5 \
        and not is_stop(t.norm) and t.norm[1:] not in place_firsts()


def _foreign_title(tokens: list[Token], p: PostMention) -> bool:
    """A title of a foreign or international office: a nationality or an international adjective in it, or
    an office only foreign states have ("السيناتور")."""
    if strip_clitic(tokens[p.first].norm, "و")[0] in PEOPLE.OFFICE_BEFORE_NAME \
            or tokens[p.first].norm in PEOPLE.OFFICE_BEFORE_NAME:
        return True
    for t in tokens[p.first : p.last]:
        w = t.norm[:-1] if t.norm.endswith("يه") else t.norm  # "الفرنسية" → "الفرنسي"
        if w in PEOPLE.NATIONALITIES or t.norm in PEOPLE.INTERNATIONAL or w in PEOPLE.INTERNATIONAL:
            return True
        if strip_clitic(t.norm, "بل")[0] in _TITLE_STATE_NOUNS:
            return True  # "وزير الخارجية بجمهورية مصر العربية", "سفير جمهورية مصر العربية لدى المملكة"
    if any(tuple([strip_clitic(tokens[x].norm, "بل")[0], *(t.norm for t in tokens[x + 1 : x + w])])
           in PEOPLE.FOREIGN_BODIES for x in range(p.first + 1, p.last) for w in (1, 2, 3) if x + w <= p.last):
        return True  # "المديرة التنفيذية لصندوق النقد", "المتحدث باسم البيت الأبيض": a foreign body named
    countries = lexicon().countries
    return any(tuple([strip_clitic(tokens[x].norm, "بل")[0], *(t.norm for t in tokens[x + 1 : x + w])]) in countries
               for x in range(p.first + 1, p.last) for w in (1, 2) if x + w <= p.last)
    # "رئيسة كوريا الجنوبية", "القائم بأعمال سفارة سويسرا": a foreign country named in the title


_TITLE_STATE_NOUNS = frozenset({fold("جمهورية"), fold("مملكة"), fold("دولة")})


_KHADIM = fold("خادم")
_MISSIONS = frozenset(fold(w) for w in ("سفارة", "السفارة", "قنصلية", "القنصلية", "بعثة", "البعثة"))
_ATTACHES = frozenset(fold(w) for w in ("الملحق", "الملحقة", "القائم", "القائمة", "السكرتير", "السكرتيرة"))
_DIPLOMATS = _ENVOY_HEADS | _ENVOY | frozenset(fold(w) for w in ("مندوب", "مندوبة", "المندوب", "المندوبة"))
_WHEN_AFTER_NAME = frozenset(fold(w) for w in ("خلال", "أثناء", "عقب"))


def _envoy_foreign_name(tokens: list[Token], k: int) -> Name | None:
    """ "السفيرة X Y خلال مشاركتها …": after a foreign envoy's rank, two plain words that "خلال", "أثناء" or "عقب"
    closes (when he spoke, no surname) (ext-t114)."""
    e = k + 2
    if e >= len(tokens) or tokens[e].norm not in _WHEN_AFTER_NAME or tokens[e].sent != tokens[k].sent:
        return None
    name = parse_name(tokens, k, literal=True)
    if name is None or name.start != k or name.end != e \
            or not _plain_words(tokens, k, e, final_alef=True, bounded=True):
        return None
    return Name(k, e, 0, name.known)


def _foreign_name(tokens: list[Token], k: int) -> Name | None:
    """Two or three bare words (no article, no clitic-looking or accusative word) closed by punctuation,
    the sentence's end or "في" ("… غاي رايدر في جنيف"), or words in Latin letters ("LUAY SHABANEH")."""
    n = len(tokens)
    j = k
    while j < n and j - k < 4 and _LATIN.match(tokens[j].text) and tokens[j].sent == tokens[k].sent:
        j += 1
    if j - k >= 2:
        return Name(k, j, 0, False)
    if k < n and tokens[k].norm[:1] == "و" and tokens[k].text.endswith("ه") and len(tokens[k].norm) >= 5 \
            and tokens[k].norm[1:-1] in lexicon().first_names:
        return None  # "… ومساعده X Y": "and his" + a noun (here also a given name) opens the next item (ext-t80)
    name = parse_name(tokens, k, max_units=3, literal=True)
    if name is None or name.start != k or name.end - k < 2:
        return None
    closer = next((x for x in range(k + 2, name.end) if tokens[x].norm in PEOPLE.NAME_CLOSERS), None)
    if closer is not None:  # "… جيم X الشهر الماضي": a closing time word read as a third name's word ends the
        name = Name(k, closer, 0, name.known)  # name (ext-t98)
    given = lexicon().first_names
    owned = name.end - k == 3 and tokens[name.end - 1].norm.endswith("ته") and tokens[name.end - 1].norm not in given
    if owned:  # "وزير الدفاع الإسرائيلي X Y استقالته اليوم": a verbal noun with "his" after the name is what he
        name = Name(k, name.end - 1, 0, name.known)  # gave or did, not a third name; it closes the name (ext-t87)
    compound = tokens[k].norm in given and tokens[k + 1].norm in given and k + 2 < n \
        and not tokens[k + 2].text.endswith("ة")  # "جان مارك بوليني": a surname follows (not "… لوكالة …")
    cut = next((x for x in range(k + 2 + compound, min(name.end, k + 4)) if tokens[x].norm[:1] in "بل"
                and not tokens[x].article and len(tokens[x].norm) > 3 and tokens[x - 1].norm != "-"), None)
    trimmed = cut is not None and cut < n and tokens[cut].sent == tokens[k].sent \
        and cut + 1 < n and tokens[cut + 1].norm not in _COMMA | {"."} | PEOPLE.NAME_CLOSERS
    # (a closer after the ب/ل word makes it the name's last: "قال … جان إيف لودريان إن …")
    if trimmed and cut is not None:
        name = Name(k, cut, 0, name.known)  # "… X Y بنسبة 17 في المئة", "X Y بقوة القرار": a ب-phrase follows
    joined = not trimmed and name.end < n and hyphen_joined(tokens, name.end)
    if joined:  # "X Y-Z": a double surname is one word, and a foreign name's mark (no boundary needed after it)
        name = Name(k, name.end + 2, 0, name.known)
    hyphens = 2 * sum(tokens[x].norm == "-" for x in range(k, name.end))  # "جوزيب-لويس": one given name
    if not 2 <= name.end - k - hyphens <= 3:
        return None
    if not _plain_words(tokens, k, name.end, final_alef=True, bounded=True) \
            or any(t.norm.endswith("يا") and t.norm not in lexicon().first_names for t in tokens[k : name.end]):
        return None  # "روبرتا ميتسولا" is a name, "وفدا مغربيا" an object
    e = name.end
    if not trimmed and not joined and not owned and e < n and tokens[e].sent == tokens[k].sent and tokens[e].is_word \
            and tokens[e].norm != "في" \
            and not _seat_next(tokens, e) and not (tokens[e].norm[:1] == "و" and tokens[e].norm[1:3] == "ال") \
            and tokens[e].norm not in PEOPLE.NAME_CLOSERS and not _stop_closed(tokens, k, e) \
            and not (tokens[e].norm[:1] == "و" and (_title_at(tokens, e) or (0, 0))[1] == 1):  # "… X Y وهي سويدية"
        # (nor "… X Y ونائبة وزير …": و + an office opens the next item, ext-t114)
        return None  # (a name closes before "والوفد المرافق": و + a definite word opens the next item)
    if e < n and tokens[e].norm == _INNA and tokens[k].norm[:1] in "لب" and not trimmed:
        return None  # "قال المدير … لفرانس برس إن": whom he told, not his name
    if e < n and tokens[e].sent == tokens[k].sent and (tokens[e].norm in _DEMONSTRATIVE_WORDS or tokens[e].article) \
            and _tafil(tokens[e - 1].norm) and tokens[e - 1].norm not in given:
        return None  # "أوضح المدير … في ألبانيا طريقة توزيع هذه المساعدات": a noun, then a verbal noun of the تفعيل
        # form in construct with what follows (a demonstrative or a definite word): the verb's object (ext-t155)
    return name


_DEMONSTRATIVE_WORDS = frozenset(fold(w) for w in ("هذا", "هذه", "هذين", "هاتين", "هؤلاء", "ذلك", "تلك"))


_INNA = fold("إن")  # "إن"/"أن" fold alike


def _syllabic_name(tokens: list[Token], k: int) -> Name | None:
    """ "السفير الكوري لدى المملكة كيم جين سو إن …": three short bare words, two of them of two or three letters, closed
    by punctuation, the sentence's end, "في" or a closing word, are an East Asian name written syllable by syllable
    (a short syllable may look like a plural ending, "جين"); only after a foreign office (ext-t98)."""
    n = len(tokens)
    e = k + 3
    if e > n or any(t.sent != tokens[k].sent or not t.is_word or t.article or not 2 <= len(t.norm) <= 5
                    or t.norm[:1] == "و" or t.norm.endswith(("ة", "ه", "ا")) or is_stop(t.norm)
                    or any(ch.isdigit() for ch in t.norm) or t.norm in PEOPLE.NOT_NAMES
                    or starts_head(tokens, x, strip=True) for x, t in enumerate(tokens[k:e], k)):
        return None
    if sum(len(t.norm) <= 3 for t in tokens[k:e]) < 2:
        return None
    closed = e >= n or tokens[e].sent != tokens[k].sent or not tokens[e].is_word or tokens[e].norm == "في" \
        or tokens[e].norm in PEOPLE.NAME_CLOSERS
    return Name(k, e, 0, False) if closed else None


def _stop_closed(tokens: list[Token], k: int, e: int) -> bool:
    """ "الرئيس اللبناني X Y اليوم", "… X Y عن …": a function or time word closes a foreign name of two words
    that no clitic letter opens and no accusative alef ends (not "بزيارة رسمية", "مرفوقا بعدد")."""
    given = lexicon().first_names
    return e - k == 2 and is_stop(tokens[e].norm) and all(
        t.norm in given or (t.norm[:1] not in "بلفكو" and not t.norm.endswith("ا")) for t in tokens[k:e])


def _seat_next(tokens: list[Token], e: int) -> bool:
    """ "بالرباط", "بجنيف": a ب + place word closes a name as punctuation does."""
    tok = tokens[e]
    if not tok.norm.startswith("ب") or len(tok.norm) < 4:
        return False
    probe = [after_proclitic(tok), *tokens[e + 1 : e + 4]]
    return place_len(probe, 0) > 0


def _bare_name_next(tokens: list[Token], c: int) -> bool:
    """After a definite title, a bare word that is no body, place, clitic or function word is a name."""
    t = tokens[c]
    return (t.is_word and not t.article and t.norm[:1] not in "لبوفك" and not is_stop(t.norm)
            and not starts_head(tokens, c, strip=False) and not place_len(tokens, c)
            and _title_at(tokens, c) is None and t.sent == tokens[c - 1].sent)


_PREPOSITIONS = frozenset("بلك")


def _governed_title(tokens: list[Token], p: PostMention) -> bool:
    """ "التقى X بالمدير التنفيذي لبرنامج …", "وقدم X للمدير العام …": a title whose first word carries a preposition
    is governed by it, the object of what comes before, never apposed to the name before it (a preposition cannot
    open an apposition)."""
    clitics = tokens[p.first].text[: p.start - tokens[p.first].start]
    return bool(clitics) and clitics.lstrip("وف")[:1] in _PREPOSITIONS


def _gender_clash(title: str, name: str) -> bool:
    """A feminine title ("وزيرة", "مديرة", "رئيسة") is not held by an obviously male name."""
    head = fold(title.split()[0]) if title.split() else ""
    first = fold(name.split()[0]) if name.split() else ""
    if head in _EPICENE_TITLES or (head[:1] == "و" and head[1:] in _EPICENE_TITLES):
        return False  # "عمدة الحي X": a title in ة that men hold (ext-t72)
    return head.endswith("ه") and (first in PEOPLE.MALE_FIRST or first.startswith("عبد"))


_EPICENE_TITLES = frozenset(fold(w) for w in ("عمدة", "العمدة"))
_SUPERVISING = FUNCTION_WORDS.SUPERVISING
_ALA = fold("على")


def is_style(p: PostMention) -> bool:
    """ "الأمير X", "الأميرة X": a prince's style alone is a rank of birth, no office the person holds (the King's is
    one). The mention stays among the posts the events read (an attendee listed by it), but is no post fact."""
    return len(p.title.split()) == 1 and fold(p.title) in PEOPLE.ROYAL_TITLES and fold(p.title) not in PEOPLE.KING


def _is_king(p: PostMention) -> bool:
    return p.title in ("الملك", "ملك")


_COMPETITIONS = frozenset(fold(w) for w in ("دوري", "كأس", "بطولة"))  # a league named after its sponsor (ext-t45)
_KINGS_TITLE = fold("خادم الحرمين")  # "خادم الحرمين الشريفين" and its short form
_PRINCE_STYLES = frozenset({fold("الأمير"), fold("الأميرة")})


def _king_over_prince(a: PostMention, b: PostMention) -> bool:
    """A king's title right before a prince's style ("خادم الحرمين الشريفين، الأمير X"): not one person's (ext-t45)."""
    return (_is_king(a) or fold(a.title).startswith(_KINGS_TITLE)) and fold(b.title) in _PRINCE_STYLES


def _king_before_comma(tokens: list[Token], a: PostMention, b: PostMention) -> bool:
    """ "سلم الرسالة لخادم الحرمين الشريفين، نائب وزير الخارجية الروسي X": the King's title behind "ل" (to whom),
    a comma, then another office: the name after is the other office's holder, not the King's (ext-t92)."""
    return b.first > a.last and a.start > tokens[a.first].start and tokens[a.first].text[:1] == "ل" \
        and fold(a.title).startswith(_KINGS_TITLE) and not fold(b.title).startswith(_KINGS_TITLE) and not _is_king(b)


def _whole_office_held(posts: list[PostMention], a: PostMention, holder: str | None) -> bool:
    """ "المرافق لسمو ولي ولي العهد وزير الشؤون الاجتماعية الدكتور X": an office that one person holds ("ولي العهد",
    "ولي ولي العهد") and that another named person of the text holds already is his again, not a stacked office of the
    name after it (ext-t45)."""
    title = fold(a.title)
    return tuple(title.split()) in PEOPLE.WHOLE_OFFICES and any(
        p is not a and fold(p.title) == title and p.holder and p.holder != holder for p in posts)


_BI_OFFICE = fold("بمكتب")


def _office_of_another(text: str, tokens: list[Token], posts: list[PostMention]) -> None:
    """ "رئيس الأركان بمكتب وزير الدفاع X": the title after "بمكتب" says whose office the first one works in, and the
    name after it holds the whole title, not the inner one (ext-t45); so does one named before the first, and an inner
    title no one holds joins a bare first one ("تكليف X مستشارا بمكتب وكيل الوزارة …", ext-t67)."""
    drop = []
    for a, b in pairwise(posts):
        bare = a.last - a.first == 1 and bool((_title_at(tokens, a.first) or (0, 0, False))[2])
        if (bool(a.holder) != bool(b.holder) or (bare and not b.holder)) \
                and a.last == b.first - 1 and tokens[a.last].norm == _BI_OFFICE \
                and tokens[a.first].sent == tokens[b.last - 1].sent and b not in drop:
            a.last, a.end, a.title, a.holder = b.last, b.end, text[a.start : b.end], a.holder or b.holder
            drop.append(b)
    for b in drop:
        posts.remove(b)


def _ends_clean(tokens: list[Token], e: int) -> bool:
    """A name ends at a boundary: punctuation, sentence end, a function word or a title."""
    if e >= len(tokens):
        return True
    t = tokens[e]
    return (not t.is_word or t.sent != tokens[e - 1].sent or is_stop(t.norm) or t.norm[:1] == "و"
            or _title_at(tokens, e) is not None or phrase_after_name(t, few=False)
            or (t.norm not in lexicon().first_names and _object_verbal_noun(tokens, e)))
    # ("برئاسة X Y تأجيل المباراة": a verbal noun and its definite object, what was decided, ext-t149)


_WALI = frozenset(fold(w) for w in ("والي", "الوالي"))
_AMIL = frozenset(fold(w) for w in ("عامل",))
_IN_CAPACITY = frozenset(fold(w) for w in ("بصفته", "بصفتها", "بوصفه", "بوصفها"))


def _accusative_item(tokens: list[Token], p: PostMention) -> bool:
    """ "انتخب X رئيسا، وY نائبا للرئيس، وZ أمينا للصندوق": an accusative office of an office ("نائبا للرئيس")
    right after a name and closed by a comma or its sentence's end is what that name was made, not the title of a
    name after it (ext-t144); the name before must still be a recognisable one."""
    head = tokens[p.first]
    if p.first < 2 or p.start != head.start or not head.text.endswith(("اً", "ًا", "ا")) or head.article:
        return False
    return p.last >= len(tokens) or tokens[p.last].sent != head.sent or tokens[p.last].norm in _COMMA \
        or not tokens[p.last].is_word


_QUOTES = {'"': '"', "«": "»", "“": "”"}


def _after_epithet(tokens: list[Token], j: int) -> Name | None:
    """'الملك "الحازم" X بن Y', 'الرئيس «المؤمن» X Y': one definite word in quotes right after a title is an
    epithet the press gives its holder; a recognisable name right after the closing quote holds the title
    (ext-t144). Not a quoted plain name (``_quoted_name``) nor an unknown name after the quote."""
    if j + 3 >= len(tokens) or tokens[j].norm not in _QUOTES or tokens[j + 2].norm != _QUOTES[tokens[j].norm]:
        return None
    if not (tokens[j + 1].is_word and tokens[j + 1].article) \
            or len({tokens[x].sent for x in range(j, j + 4)}) != 1:
        return None
    name = parse_name(tokens, j + 3)
    return name if name is not None and name.known and name.start == j + 3 and not name.clitic else None


def _styles_only(tokens: list[Token], e: int, j: int) -> bool:
    """Only honorifics stand between the end of an office at ``e`` and ``j``, all in the office's sentence
    ("وزير التعليم الدكتور “X Y”", ext-t149)."""
    honorifics = lexicon().honorifics
    return e < j and all(tokens[x].norm in honorifics and tokens[x].sent == tokens[e].sent for x in range(e, j))


def _quoted_name(tokens: list[Token], j: int) -> Name | None:
    """Two or three plain words in quotes right after a title: a name the press quotes as it transliterates
    it ('الرئيس البوسني "X Y"'). The name is the words inside; its quotes are left out."""
    if j + 3 >= len(tokens) or tokens[j].norm not in _QUOTES:
        return None
    closing = _QUOTES[tokens[j].norm]
    styled = _quoted_styled_name(tokens, j, closing)
    if styled is not None:
        return styled
    known = parse_name(tokens, j + 1) if tokens[j + 1].sent == tokens[j].sent else None
    if known is not None and known.known and known.start == j + 1 and known.end - known.start >= 2 \
            and known.end < len(tokens) and tokens[known.end].norm == closing:
        return known  # 'مدير جمعية … بالطائف "X الY" أن': a known given name and its family name in quotes (ext-t67)
    for e in (j + 3, j + 4):
        if e < len(tokens) and tokens[e].norm == closing and tokens[e].sent == tokens[j].sent:
            words = tokens[j + 1 : e]
            if all(t.is_word and not t.article for t in words) \
                    and _plain_words(tokens, j + 1, e, final_alef=True, bounded=True):
                return Name(j + 1, e, 0, False)
            return None
    return None


_PHRASE_ENDS = frozenset({"،", ",", "؛", ";", "."})
"""Marks that end a name, a quoted name or a list item (a comma, a semicolon, a full stop)."""


def _comma_quoted_name(tokens: list[Token], j: int) -> Name | None:
    """ 'وأكد مدير مركز التنمية ببريدة، "X Y"؛ أن …', 'رفع مدير الفرع، "الدكتور X Y"؛ شكره': a known name (a style
    before it, at most) in quotes right after an office and its comma, the quotes closed by punctuation, is the
    office's holder as the press quotes him (lnk). Not a quoted saying ("، "إن …"") nor a title of a work: the words
    must read as a known name."""
    if j >= len(tokens) or tokens[j].norm not in _QUOTES:
        return None
    name = _quoted_name(tokens, j)
    if name is None or not name.known or name.end + 1 >= len(tokens):
        return None
    return name if tokens[name.end].norm in _QUOTES.values() and tokens[name.end + 1].norm in _PHRASE_ENDS else None


def _quoted_styled_name(tokens: list[Token], j: int, closing: str) -> Name | None:
    """ 'وافق وزير الثقافة "الدكتور X بن Y Z" على …' (ext-t56): a style and a known name in quotes right after a
    title, the closing quote right after the name, is the title's holder (the name is read as any other)."""
    k = j + 1
    if k >= len(tokens) or tokens[k].norm not in lexicon().honorifics:
        return None
    while k < len(tokens) and tokens[k].norm in lexicon().honorifics and tokens[k].sent == tokens[j].sent:
        k += 1
    name = parse_name(tokens, k) if k < len(tokens) and tokens[k].sent == tokens[j].sent else None
    if name is None or name.start != k or not name.known or name.end >= len(tokens) \
            or tokens[name.end].norm != closing:
        return None
    return name


_SABAH = fold("صباح")
_NOT_AFTER_SABAH = frozenset(fold(w) for w in ("غد", "باكر", "يوم"))


def _past_compass(tokens: list[Token], j: int) -> int:
    """ "رئيس مجلس محافظة X غرب العراق، Y Z،": a compass word and a place right after an office, then a comma, say
    where the body lies; the holder's name, bounded by a comma or the sentence's end, follows (ext-t87). The index of
    that name's first word (an honorific skipped), or 0."""
    n = len(tokens)
    size = place_len(tokens, j + 1) if j + 1 < n and tokens[j + 1].sent == tokens[j].sent else 0
    c = j + 1 + size
    if not size or c + 1 >= n or tokens[c].norm not in _COMMA or tokens[c + 1].sent != tokens[j].sent:
        return 0
    k = _skip(tokens, c + 1, comma=False)
    name = parse_name(tokens, k) or _sabah_name(tokens, k)
    if name is None or name.start != k or not name.known:
        return 0
    e = name.end
    return k if e >= n or tokens[e].sent != tokens[k].sent or tokens[e].norm in _COMMA | {"."} else 0


def _sabah_name(tokens: list[Token], j: int) -> Name | None:
    """ "…، صباح كرحوت،": the given name صباح (also "morning") before one bare word and a comma, right after a
    comma, or before an article nisba ("صباح الجبوري"): a name, not the time of day ("، صباح الخميس،", "، صباح أمس،",
    "، صباح يوم …", "، صباح العيد،" stay times) (ext-t87)."""
    n = len(tokens)
    if j + 2 >= n or tokens[j].norm != _SABAH or j == 0 or tokens[j - 1].norm not in _COMMA:
        return None
    w = tokens[j + 1]
    if not w.is_word or (w.article and not (w.norm.endswith("ي") and len(w.norm) >= 6)) or w.sent != tokens[j].sent \
            or is_stop(w.norm) or w.norm in _NOT_AFTER_SABAH \
            or w.norm[:1] in "وبل" or w.norm in CALENDAR.WEEKDAYS or tokens[j + 2].norm not in _COMMA:
        return None
    return Name(j, j + 2, 0, True)


def _comma_bounded_name(tokens: list[Token], j: int) -> Name | None:
    """Two or three plain words read as written, between a comma after a title and punctuation or the
    sentence's end: a foreign or uncommon name whose first letter looks like a clitic ("بسيمة", "كلاوديا"); not ب/ل + a
    verbal noun of the تفعيل form, which says what for ("المدير الفني للفريق، لتجديد تعاقده،", pp8)."""
    if j < len(tokens) and phrase_after_name(tokens[j], few=False):
        return None
    name = parse_name(tokens, j, max_units=3, literal=True)
    if name is None or name.start != j or not 2 <= name.end - j <= 3:
        return None
    e = name.end
    closed = e >= len(tokens) or tokens[e].sent != tokens[j].sent or tokens[e].norm in _COMMA | {"."} \
        or _to_home(tokens[e].norm)  # "…، X Y للمغرب، …"
    nisba = tokens[e - 1].article and tokens[e - 1].norm.endswith("ي") and e - j == 2  # "بسيمة الحقاوي،"
    plain = _plain_words(tokens, j, e - 1 if nisba else e, final_alef=True, bounded=True)
    return name if closed and plain else None


_ABU_FAMILY = frozenset(fold(w) for w in ("أبو", "أبا"))  # a family name's first word ("أبو راس", "أبا الخيل")
_ABD_SPACED = re.compile(r"\bعبد\s+(?=ال)")


def _name_words(name: str) -> list[str]:
    """A name's folded words, a given name "عبد ال…" typed in two words joined as one ("عبد الله بن زايد" and
    "عبدالله بن زايد آل نهيان" share their first words), as the person's key joins them (pp18)."""
    return _ABD_SPACED.sub("عبد", fold(name)).split()


def _one_person(tokens: list[Token], out: People) -> None:
    """Names that are another name of the text read again: a name whose words lie inside a longer name's
    ("عبد الملك بن عمر آل الشيخ" read behind the title after "عبد اللطيف بن عبد الملك بن عمر آل الشيخ"), or a
    given name and a surname that a filiated name of the text opens and closes ("محمد المجلي" for "محمد بن
    مبارك المجلي"). The shorter mention is dropped (inside) or takes the full name, and so do the offices it holds."""
    lex = lexicon()
    folded: dict[str, list[str]] = {}

    def words_of(name: str) -> list[str]:  # (the names are compared pairwise: each is folded once, not each time)
        found = folded.get(name)
        if found is None:
            found = folded[name] = _name_words(name)
        return found

    rename: dict[str, str] = {}
    keep: list[PersonMention] = []
    for pm in out.persons:
        outer = next((o for o in out.persons if o is not pm and o.first <= pm.first and pm.last <= o.last
                      and o.last - o.first > pm.last - pm.first), None)
        if outer is not None:
            rename[pm.name] = outer.name
            continue
        keep.append(pm)
    taken: dict[str, str] = {}  # the names read again that took a fuller name
    for pm in keep:
        if pm.name in taken:
            pm.name = taken[pm.name]  # the same short name read twice takes the same full name (ext-t45)
            continue
        words = words_of(pm.name)
        if len(words) == 3 and words[1] in _ABU_FAMILY and pm.name not in rename:
            full = {o.name for o in keep if o is not pm and len(words_of(o.name)) >= 5
                    and words_of(o.name)[0] == words[0] and words_of(o.name)[-2:] == words[1:]
                    and words_of(o.name)[1] in lex.particles}
            if len(full) == 1:  # "هاني أبو راس" for "هاني بن محمد أبو راس": a family name in "أبو" is two
                rename[pm.name] = taken[pm.name] = pm.name = next(iter(full))  # words (pp17)
                continue
        if len(words) >= 3 and words[1] in lex.particles and pm.name not in rename:
            longer = {o.name for o in keep if o is not pm and words_of(o.name)[: len(words)] == words
                      and len(words_of(o.name)) > len(words)}
            if len(longer) == 1:  # "فيصل بن سلمان" for "فيصل بن سلمان بن عبدالعزيز" named in the same text
                full_name = next(iter(longer))
                if words_of(full_name)[len(words)] in lex.particles:
                    taken[pm.name] = full_name  # (the longer name goes on with its filiation, not "… ضالع")
                rename[pm.name] = pm.name = full_name
            continue
        if len(words) == 2 and rename.get(pm.name, pm.name) != pm.name:
            pm.name = rename[pm.name]  # the same short name read again later takes the same full name (ext-t46)
            continue
        if len(words) != 2 or pm.name in rename:
            continue
        full = {o.name for o in keep if o is not pm and len(words_of(o.name)) >= 4
                and words_of(o.name)[0] == words[0] and words_of(o.name)[-1] == words[1]
                and words_of(o.name)[1] in lex.particles}
        if not full:  # "خالد عبدالله بوعلي … وتقلد خالد بوعلي …": a full name of three or four words named first,
            # its given name and family name alone later (ext-t46)
            full = {o.name for o in keep if o is not pm and o.first < pm.first
                    and tokens[o.first].sent != tokens[pm.first].sent  # (not two of one list: "X Y Z وX Z")
                    and 3 <= len(words_of(o.name)) <= 5 and words_of(o.name)[0] == words[0]
                    and words_of(o.name)[-1] == words[1]}
        if len(full) == 1:
            rename[pm.name] = taken[pm.name] = pm.name = next(iter(full))
    out.persons = keep
    for post in out.posts:
        if post.holder in rename:
            post.holder = rename[post.holder]


def _credentials(tokens: list[Token], out: People) -> None:
    """ "X التي قدمت له أوراق اعتمادها سفيرة …": the office after "أوراق اعتماده/اعتمادها" is held by the last
    person named before it in the sentence (the envoy who presents the credentials)."""
    for p in out.posts:
        if p.holder or p.first < 2 or tokens[p.first - 2].norm != fold("أوراق") \
                or not tokens[p.first - 1].norm.startswith(fold("اعتماد")):
            continue
        before = [pm for pm in out.persons if pm.last <= p.first - 2 and tokens[pm.first].sent == tokens[p.first].sent]
        if before and not _gender_clash(p.title, before[-1].name):
            p.holder = before[-1].name


_CAREER_VERBS = frozenset(fold(w) for w in ("كان", "يعود", "عاد", "أصبح", "صار", "ظل"))
_CAREER_LINKS = frozenset({"،", ",", "و", fold("ثم")})
_OWN_BODY = frozenset(fold(w) for w in ("لها", "له"))


@cache
def _career_forms() -> frozenset[str]:
    """ "كان", "وكان", "فأصبح": every word that opens a career, a career verb behind "و" or "ف" or not (what
    ``strip_clitic(word, "وف")`` turns into one), looked up in the text's index, not tested at each token."""
    return _with_clitics(_CAREER_VERBS, "وف")


def _career_list(tokens: list[Token], out: People, cues: Cues) -> None:
    """ "وكان الدكتور X عضو …، ووكيلا لوزارة …، ثم وزيرا …، ورئيسا لمجلس …": after "كان" (or "يعود", "أصبح" …)
    and a person the text names (his full name, or his article surname), the offices listed in the sentence, each an
    indefinite accusative or coordinated after one, are his career (ext-t51); the list stops at another person, a
    relative pronoun or any word between two offices but a comma, و, ثم or an office unread ("ورئيسا لها")."""
    lex = lexicon()
    n = len(tokens)
    surnames = {tokens[pm.last - 1].norm: pm.name for pm in out.persons
                if pm.last - pm.first >= 2 and tokens[pm.last - 1].article}
    posts = sorted(out.posts, key=lambda p: p.first)
    for v in cues.at(_Cue.CAREER):
        tok = tokens[v]
        s = v + 1
        while s < n and tokens[s].norm in lex.honorifics and tokens[s].sent == tok.sent:
            s += 1
        if s >= n or tokens[s].sent != tok.sent:
            continue
        pm = next((pm for pm in out.persons if pm.first == s), None)
        holder, end = (pm.name, pm.last) if pm is not None else (
            surnames.get(tokens[s].norm) if tokens[s].article and s > v + 1 else None, s + 1)
        if holder is None:
            continue
        prev, listed = end, False
        for p in posts:
            if p.first < end or tokens[p.first].sent != tok.sent:
                continue
            gap = range(prev, p.first)
            linked = all(tokens[x].norm in _CAREER_LINKS | _OWN_BODY or _title_at(tokens, x) is not None for x in gap)
            if any(tokens[x].norm in RELATIVES_WITH_PLURAL for x in gap) or any(o.first in gap for o in out.persons) \
                    or (listed and not linked) or p.holder:  # ("، ورئيسا لها،": an office unread)
                break
            head = strip_clitic(tokens[p.first].norm, "و")[0]
            accusative = head.endswith("ا") and not tokens[p.first].article
            if not (accusative or (listed and (tokens[p.first].norm[:1] == "و" or gap))) \
                    or _gender_clash(p.title, holder):
                break
            prev, listed = p.last, True
            if _office_key(tokens, p) not in {_office_key(tokens, q) for q in out.posts if q.holder == holder}:
                p.holder = holder  # (not "وزيرا للأوقاف …" again after "وزير الأوقاف … السابق": one office)


def _experience_list(tokens: list[Token], out: People) -> None:
    """ "يتمتع السيد X بخبرة … امتدت لعشرين عاماً كان آخرها مدير الخزينة ومستشاراً لـ…، ورئيساً لـ…" (ext-t134): after
    a word of experience ("خبرة") and "آخرها", "أبرزها" or "منها" further in its sentence, the offices listed right
    after it (the first one in any case, the next ones coordinated, as ``_career_list`` reads them) are the career of
    the one person named right before the experience word, by full name or by his family name."""
    n = len(tokens)
    posts = sorted(out.posts, key=lambda p: p.first)
    for c, tok in enumerate(tokens):
        if not tok.norm.endswith("ها") or c + 1 >= n or strip_clitic(tok.norm, "و")[0] not in _EXPERIENCE_OPENERS:
            continue  # (the suffix tested first: one string test a token)
        sent = tok.sent
        start = sentence_start(tokens, c)
        x = next((k for k in range(start, c) if strip_clitic(tokens[k].norm, "وب")[0] in _EXPERIENCE), None)
        if x is None:
            continue
        near = range(max(start, x - 3), x)  # "يتمتع السيد X بخبرة", "ويملك X Y خبرة": named right before it
        named = {pm.name for pm in out.persons if pm.last - 1 in near}
        named |= {pm.name for pm in out.persons if pm.last - pm.first >= 2 and any(
            tokens[k].norm == tokens[pm.last - 1].norm for k in near)}
        if len(named) != 1 or any(x < o.first < c for o in out.persons):
            continue
        holder = next(iter(named))
        prev, listed = c + 1, False
        if prev < n and strip_clitic(tokens[prev].norm, "و")[0] in _CAREER_VERBS:
            prev += 1
        for p in posts:
            if p.first < prev or tokens[p.first].sent != sent:
                continue
            gap = range(prev, p.first)
            if (not listed and p.first != prev) or (listed and not all(tokens[x].norm in _CAREER_LINKS for x in gap)) \
                    or any(o.first in gap for o in out.persons) or p.holder or _gender_clash(p.title, holder):
                break
            if listed and not (tokens[p.first].norm[:1] == "و" or gap):
                break
            prev, listed = p.last, True
            p.holder = holder


_DEPUTY_ACC = frozenset(fold(w) for w in ("نائبا", "نائبة"))
_OF_HIM = frozenset(fold(w) for w in ("له", "لها"))
_LAM_NOUNS = frozenset(fold(w) for w in ("لجنة", "لجان", "لواء", "لائحة"))  # ل + the article + a lam-initial noun
_TANWEEN = str.maketrans("", "", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")


def _deputy_in_list(tokens: list[Token], out: People) -> None:
    """ "تم اختيار X رئيسًا لمجلس الشورى، وY نائبًا له": in a list of appointments, "نائبًا له" (or "نائبة لها") right
    after the next person named is the deputy of the office the list's previous item was given, an indefinite
    accusative office with a ل-complement, not Y's (a comma or و between the two items only; its holder may be one
    the text names by a family name alone, "اختيار X رئيسًا …"): Y holds
    "نائب رئيس مجلس الشورى" (ext-t155). The title is built from the office's words (head without its accusative
    ending, complement without ل); its evidence is "نائبًا له"."""
    n = len(tokens)
    by_last = {pm.last: pm for pm in out.persons}
    posts = sorted(out.posts, key=lambda p: p.last)
    for k in range(2, n - 1):
        tok = tokens[k]
        if tok.norm not in _DEPUTY_ACC or tokens[k + 1].norm not in _OF_HIM or tokens[k + 1].sent != tok.sent:
            continue
        pm = by_last.get(k)
        if pm is None or tokens[pm.first].sent != tok.sent or any(q.first == k for q in out.posts):
            continue
        opened = tokens[pm.first].text[:1] == "و" and pm.start > tokens[pm.first].start
        b = pm.first - 1
        if not opened and b >= 0 and tokens[b].norm == "و":
            b -= 1
        prev = next((p for p in posts if p.last in (b, b + 1) and p.holder != pm.name
                     and tokens[p.first].sent == tok.sent), None)
        if prev is None or (prev.last == b and tokens[b].norm not in _COMMA):
            continue
        words = prev.title.split()
        head = words[0].translate(_TANWEEN)
        if len(words) < 2 or tokens[prev.first].article or not head.endswith(("ا", "ة")) or words[1][:1] != "ل" \
                or len(words[1]) < 4:
            continue
        head = head.removesuffix("ا")  # "رئيسًا" → "رئيس" ("رئيسةً" → "رئيسة")
        compl = words[1][1:]  # "لمجلس" → "مجلس", "للشؤون" → "الشؤون", "للجنة" → "اللجنة"
        if words[1].startswith("لل"):
            compl = ("ال" if fold(compl) in _LAM_NOUNS else "ا") + compl
        deputy = "نائبة" if tok.norm.endswith("ه") else "نائب"
        title = " ".join([deputy, head, compl, *words[2:]])
        if _gender_clash(title, pm.name):
            continue
        out.posts.append(PostMention(k, k + 2, tok.start, tokens[k + 1].end, title, holder=pm.name))


_EXPERIENCE = frozenset(fold(w) for w in ("خبرة", "خبرات", "مسيرة", "مسيرته"))  # (ext-t134, after و/ب: "بخبرة")
_EXPERIENCE_OPENERS = frozenset(fold(w) for w in ("آخرها", "أبرزها", "منها"))
_GENERAL = frozenset(fold(w) for w in ("عاما", "عام", "العام", "عامة", "العامة"))


def _office_key(tokens: list[Token], p: PostMention) -> tuple[str, str]:
    """An office's head without و or its accusative ending, and its first complement's stem without ل or the article:
    "وزيرا للأوقاف" and "وزير الأوقاف" are one office said twice."""
    head = strip_clitic(tokens[p.first].norm, "و")[0]
    head = head[:-1] if head.endswith("ا") and len(head) > 3 else head
    k = p.first + 1
    if k + 1 < p.last and tokens[k].norm in _GENERAL:
        k += 1  # "أمينا عاما للمجمع": the general secretary of the same body
    compl = tokens[k].norm if k < p.last else ""
    for prefix in ("لل", "ال", "ل"):
        if compl.startswith(prefix) and len(compl) > len(prefix) + 2:
            compl = compl[len(prefix):]
            break
    return head, compl


def _surname_references(text: str, tokens: list[Token], out: People) -> None:
    """ "وأشاد الوزير القحطاني بالجهود": a definite one-word title before the article surname of a person the
    text names refers back to that person; the surname and what follows are no complement of the title (the
    title is cut to its head and implies no ministry)."""
    surnames = {tokens[pm.last - 1].norm for pm in out.persons if pm.last - pm.first >= 2
                and tokens[pm.last - 1].article}
    for p in out.posts:
        c = p.first + 1
        hit = _title_at(tokens, p.first)
        if p.holder or c >= p.last or not tokens[p.first].article or tokens[c].norm not in surnames \
                or hit is None or hit[0] != 1:
            continue
        p.last, p.end, p.title, p.ministry = c, tokens[p.first].end, text[p.start : tokens[p.first].end], None


def _fuller_names(text: str, tokens: list[Token], out: People) -> None:
    """ "الأستاذ X آلY آلZ … (signed) X آلY آلZ": a mention read one word short of a fuller name the text gives
    elsewhere, when that word follows it in the same sentence, is the fuller name (ext-t28)."""
    fuller = {tuple(t.norm for t in tokens[pm.first : pm.last]): pm.name for pm in out.persons
              if pm.last - pm.first >= 3}
    renamed: dict[str, str] = {}
    for pm in out.persons:
        e = pm.last
        if e >= len(tokens) or tokens[e].sent != tokens[e - 1].sent or not tokens[e].is_word:
            continue
        longer = fuller.get((*(t.norm for t in tokens[pm.first : e]), tokens[e].norm))
        if longer is None:
            continue
        renamed[pm.name] = longer
        pm.last, pm.end = e + 1, tokens[e].end
        pm.name = text[pm.start : pm.end]
    for p in out.posts:
        if p.holder in renamed and all(pm.name != p.holder for pm in out.persons):
            p.holder = renamed[p.holder]


def _styled_before(tokens: list[Token], k: int) -> bool:
    """A style ("الأمير", "الشيخ", "الدكتور") right before ``tokens[k]``, in its sentence."""
    if k == 0 or tokens[k - 1].sent != tokens[k].sent:
        return False
    norm = strip_clitic(tokens[k - 1].norm, "و")[0]
    return is_honorific(norm) or norm in _PRINCE_STYLES


def _adjacent_halves(text: str, tokens: list[Token], out: People) -> None:
    """ "كلا من X Y Z العنزي (كويتي)، و…": two names read side by side, nothing between them, the first ending on a
    bare word (no family name with the article, nor a bare nisba: "وكيل اللاعب X برناوي Y Z" may name two), five
    words in all, are one person's four- or five-part name (given name, father, grandfather, family): two persons are
    never written with no "و", comma or office between them (tuning197)."""
    lex = lexicon()
    persons = sorted(out.persons, key=attrgetter("first"))
    renamed: dict[str, str] = {}
    dropped: dict[str, str] = {}
    for a, b in pairwise(persons):
        if b.first != a.last or a.name in renamed or a.name in dropped or tokens[a.last - 1].article \
                or (tokens[a.last - 1].norm.endswith("ي") and tokens[a.last - 1].norm not in lex.first_names) \
                or a.last - a.first < 2 or b.last - b.first < 2 or b.last - a.first > 5 \
                or tokens[b.first].sent != tokens[a.first].sent or tokens[b.first].start != b.start \
                or tokens[b.first].norm[:1] == "و" or _styled_before(tokens, a.first):
            continue  # ("استقبل الأمير X بن Y Z W": a styled subject, then the man he received)
        _extend_over(text, a, b, renamed, dropped)
    _rename_and_merge(out, renamed, dropped)


def _extend_over(text: str, a: PersonMention, b: PersonMention, renamed: dict[str, str],
                 dropped: dict[str, str]) -> None:
    """Stretch ``a`` to the end of ``b``: its old name is renamed, ``b``'s dropped, both to the longer name."""
    old = a.name
    a.last, a.end = b.last, b.end
    a.name = text[a.start : a.end]
    renamed[old] = a.name
    dropped[b.name] = a.name


def _rename_and_merge(out: People, renamed: dict[str, str], dropped: dict[str, str]) -> None:
    """Give the offices of renamed persons to their new names, then drop the persons merged into another."""
    for p in out.posts:
        if p.holder in renamed:
            p.holder = renamed[p.holder]
    _merge_into(out, dropped)


def _overlapping_names(text: str, tokens: list[Token], out: People) -> None:
    """ "بتعيين العميد X Y Z W، قائداً …": a long name read twice, its first words after the rank and its last ones
    before the comma and the office it holds, the two readings sharing a word: one person named by the whole run
    (six words at most, one sentence, a comma or an office after it: "الدكتور X Y Z عضو لجنة …", pp16), who holds
    the offices of both (ext-t131)."""
    persons = sorted(out.persons, key=attrgetter("first"))
    renamed: dict[str, str] = {}
    dropped: dict[str, str] = {}
    office_starts = {p.first for p in out.posts}
    for a, b in pairwise(persons):
        if not (a.first < b.first < a.last < b.last) or b.last - a.first > 6 or a.name in renamed \
                or tokens[a.first].sent != tokens[b.last - 1].sent or b.last >= len(tokens) \
                or (tokens[b.last].norm not in _COMMA and b.last not in office_starts) \
                or any(t.norm.endswith("ا") or is_stop(t.norm) for t in tokens[a.last : b.last]):
            continue  # (the run closed by a comma; not "الأمير X بن Y معا رئيس …": an adverb read as a name's word)
        _extend_over(text, a, b, renamed, dropped)
    _rename_and_merge(out, renamed, dropped)


def _father_in_house_form(tokens: list[Token], out: People) -> None:
    """ "الشيخ X Y الZ … وأشاد الشيخ X الY": the Gulf's short form of a name, the given name and the father's name
    with the article, is the person named in full as "X Y …" elsewhere in the text, not a second person (ext-t55)."""
    def words(pm: PersonMention) -> list[str]:
        first = tokens[pm.first].norm[pm.start - tokens[pm.first].start:]
        return [first, *(t.norm for t in tokens[pm.first + 1 : pm.last])]

    full = {tuple(words(pm)[:2]): pm for pm in out.persons if pm.last - pm.first >= 3}
    dropped: dict[str, str] = {}
    for pm in out.persons:
        w = words(pm)
        if pm.last - pm.first != 2 or not tokens[pm.first + 1].article or not w[1].startswith("ال") or len(w[1]) < 5:
            continue
        longer = full.get((w[0], w[1][2:]))
        if longer is not None and longer is not pm and not tokens[longer.first + 1].article:
            dropped[pm.name] = longer.name
    _merge_into(out, dropped)


def _ibn_short_form(tokens: list[Token], out: People) -> None:
    """ "العميد X بن Y بن Z … وبين الدكتور ابن Z": "ابن" + the last word of a fuller name the text gives elsewhere,
    that name ending on "بن Z", is the Gulf's short form of that person, not a second one (ext-t93)."""
    ends = {tokens[pm.last - 1].norm: pm for pm in out.persons
            if pm.last - pm.first >= 3 and tokens[pm.last - 2].norm in _BIN}
    if not ends:
        return
    dropped: dict[str, str] = {}
    for pm in out.persons:
        if pm.last - pm.first == 2 and tokens[pm.first].norm == _IBN:
            longer = ends.get(tokens[pm.first + 1].norm)
            if longer is not None and longer.name != pm.name:
                dropped[pm.name] = longer.name
    _merge_into(out, dropped)


def _ibn_family_short_form(tokens: list[Token], out: People) -> None:
    """ "عبد القادر بن صالح … حدد بن صالح موعد …", "محمد بن سلمان … محاكمة بن سلمان": "بن Y" closing a name the text
    gives in full is that person's short form, and an unknown word before it (a verb, a verbal noun) is no given
    name: "X بن Y" is no second person when X is not a known given name and exactly one other person of the text ends
    on "بن Y" after another word (fpeople)."""
    lex = lexicon()

    def unknown_given(pm: PersonMention) -> bool:
        first = tokens[pm.first].norm[pm.start - tokens[pm.first].start:]
        return pm.last - pm.first == 3 and first not in lex.first_names and not first.startswith("عبد")

    ends: dict[str, set[str]] = {}
    for pm in out.persons:
        if pm.last - pm.first >= 3 and tokens[pm.last - 2].norm in _BIN and not unknown_given(pm):
            ends.setdefault(tokens[pm.last - 1].norm, set()).add(pm.name)
    dropped: dict[str, str] = {}
    for pm in out.persons:
        longer = ends.get(tokens[pm.last - 1].norm, set())
        if len(longer) == 1 and tokens[pm.last - 2].norm in _BIN and unknown_given(pm) \
                and len(pm.name.split()) <= 3:  # (pp16) not "الأمير X بن Y" whose text named him in full as
            dropped[pm.name] = next(iter(longer))  # "X بن Y بن Z": the rare given name is his, a person of its own
    _merge_into(out, dropped)


_IBN = fold("ابن")


def _li_office_after_name(tokens: list[Token], out: People) -> None:
    """ "شكر رئيس اللجنة X Y للرئيس العام لرعاية الشباب على …", "وقدم المدير X Y للأمين العام درعا": an office
    written with ل + the article right after a name is the one the named person thanks or gives to, no office of his:
    the office keeps no holder there (pp19)."""
    ends = {(pm.name, pm.last) for pm in out.persons}
    for p in out.posts:
        if p.holder and tokens[p.first].norm.startswith("لل") and (p.holder, p.first) in ends:
            p.holder = None


def _bare_family_variant(out: People) -> None:
    """ "مدير تعليم جازان عيسى حكمي … مدير عام تعليم جازان عيسى الحكمي": a name whose last word, a family name that
    is no given name, the text writes elsewhere with the article, all other words the same, is that person written
    the short way: one person, who keeps the offices of both (pp19)."""
    lex = lexicon()
    by_folded = {" ".join(fold(w) for w in pm.name.split()): pm.name for pm in out.persons}
    dropped: dict[str, str] = {}
    for folded, name in by_folded.items():
        words = folded.split()
        last = words[-1]
        if len(words) < 2 or last.startswith("ال") or len(last) < 3 or last in lex.first_names:
            continue
        fuller = by_folded.get(" ".join([*words[:-1], "ال" + last]))
        if fuller is not None and fuller != name:
            dropped[name] = fuller
    _merge_into(out, dropped)


def _lone_surname(tokens: list[Token], out: People) -> None:
    """ "أكد المدرب X Y … وأوضح السويسري Y": a one-word name that is the last word of exactly one longer
    name the text gives, and no given name, is that person's surname, not a second person (tuning195); a surname two
    named persons share proves nothing and stays as read. A family name of two words, a particle and a word ("سفر بن
    دليم … وأوضح العقيد بن دليم", "أبو X"), is read the same way (tuning200); not "آل X", which also names the whole
    family."""
    first_names = lexicon().first_names
    ends: dict[tuple[str, ...], set[str]] = {}
    for pm in out.persons:
        if pm.last - pm.first >= 2:
            ends.setdefault((tokens[pm.last - 1].norm,), set()).add(pm.name)
        if pm.last - pm.first >= 3 and tokens[pm.last - 2].norm in _FAMILY_PARTICLES:
            ends.setdefault((tokens[pm.last - 2].norm, tokens[pm.last - 1].norm), set()).add(pm.name)
    dropped: dict[str, str] = {}
    for pm in out.persons:
        size = pm.last - pm.first
        if (size == 2 and tokens[pm.first].norm not in _FAMILY_PARTICLES) or size > 2 \
                or pm.name != _written(tokens, pm.first, pm.last):
            continue
        norms = tuple(t.norm for t in tokens[pm.first : pm.last])
        longer = ends.get(norms, set())
        if len(longer) == 1 and norms[-1] not in first_names and len(norms[-1]) >= 3:
            dropped[pm.name] = next(iter(longer))
    _merge_into(out, dropped)


_FAMILY_PARTICLES = frozenset(fold(w) for w in ("بن", "ابن")) | _ABU_FAMILY


def _written(tokens: list[Token], first: int, last: int) -> str:
    """The words first..last-1 as the text writes them, one space between."""
    return " ".join(t.text for t in tokens[first:last])


def _merge_into(out: People, dropped: dict[str, str]) -> None:
    """Drop the persons named as keys of ``dropped`` and give their posts to the person each maps to."""
    if not dropped:
        return
    out.persons[:] = [pm for pm in out.persons if pm.name not in dropped]
    for p in out.posts:
        if p.holder in dropped:
            p.holder = dropped[p.holder]


_BIN = FUNCTION_WORDS.SON_OF


def _skipped_filiation(tokens: list[Token], out: People) -> None:
    """ "X بن Y بن Z … وأوضح رئيس اللجنة X بن Z": a name that is a fuller name the text gives elsewhere with one link
    left out ("بن Y", "بن عبد Y", or the father's bare name before "بن": "X Y بن Z" → "X بن Z") is that person, not a
    second one, when its last word is a family name, not a given name ("X بن عبدالعزيز" is another man than "X بن Y
    بن عبدالعزيز") (ext-t67)."""
    def words(pm: PersonMention) -> tuple[str, ...]:
        return tuple(t.norm for t in tokens[pm.first : pm.last])

    fuller = [(pm, words(pm)) for pm in out.persons if pm.last - pm.first >= 4
              and any(t.norm in _BIN for t in tokens[pm.first + 1 : pm.last - 1])]
    if not fuller:
        return
    first_names = lexicon().first_names
    shorter: dict[tuple[str, ...], set[str]] = {}
    for pm, w in fuller:
        for x in range(1, len(w) - 1):
            cuts = []
            if w[x] in _BIN:
                cuts.append(x + (3 if w[x + 1] == "عبد" else 2))
            elif x + 1 < len(w) - 1 and w[x + 1] in _BIN and not tokens[pm.first + x].article and w[x] != "عبد" \
                    and w[x - 1] != "عبد":
                cuts.append(x + 1)
            for cut in cuts:
                if cut < len(w):
                    shorter.setdefault(w[:x] + w[cut:], set()).add(pm.name)
    dropped: dict[str, str] = {}
    for pm in out.persons:
        w = words(pm)
        if len(w) < 3 or not any(x in _BIN for x in w[1:-1]) or w[-1] in first_names or w[-1].startswith("عبد"):
            continue
        found = shorter.get(w, set())
        if len(found) == 1 and pm.name not in found:
            dropped[pm.name] = next(iter(found))
    _merge_into(out, dropped)


_MEMBERS = frozenset({fold("أعضاء"), fold("وأعضاء")})
_LIST_MARKS = frozenset({"،", ",", "-", "ـ", "", "و"})


def _spoken_pairs(text: str, tokens: list[Token], out: People, accept: Callable[[Token, Token, int], bool],
                  cues: Cues) -> None:
    """Right after a verb of speech, two words no person already holds, then "إن/أن" or a comma, in one sentence: a
    person's name when ``accept(w1, w2, j)`` (``j`` the first word's index) and the second word, the family name,
    speaks again alone after a verb of speech elsewhere ("… وأضاف أوبستفلد")."""
    n = len(tokens)
    taken = {x for pm in out.persons for x in range(pm.first, pm.last)}
    for i in cues.at(_Cue.SPEECH):  # (the verbs of speech, looked up, not each token tested)
        if i >= n - 3:
            break
        j = i + 1
        w1, w2, after = tokens[j], tokens[j + 1], tokens[j + 2]
        if j in taken or j + 1 in taken \
                or not (after.norm == _INNA or after.norm in _COMMA) \
                or len({tokens[x].sent for x in range(i, j + 3)}) > 1 or not accept(w1, w2, j):
            continue
        if not any(x != j + 1 and tokens[x].norm == w2.norm and _speech_verb(tokens[x - 1].norm) for x in range(1, n)):
            continue
        out.persons.append(PersonMention(text[w1.start : w2.end], w1.start, w2.end, j, j + 2))
        taken.update((j, j + 1))
    out.persons.sort(key=lambda m: m.start)


def _spoken_foreign_names(text: str, tokens: list[Token], out: People, cues: Cues) -> None:
    """ "وقال موريس أوبستفلد إن … وأضاف أوبستفلد …": right after a verb of speech, two plain words the lexicons
    do not know, then "إن/أن" or a comma, are a foreign name when the second speaks again alone after a verb of
    speech elsewhere (ext-t28); not "وقال مصدر مسؤول إن", "قال متحدث عسكري،"."""
    lex = lexicon()

    def plain(t: Token, *, given: bool = False) -> bool:  # (a given name may end in ون: "إيفون", "نيلسون")
        return t.is_word and not t.article and not is_stop(t.norm) and len(t.norm) >= 3 \
            and t.norm not in lex.first_words and t.norm not in lex.honorifics and t.norm not in PEOPLE.NOT_NAMES \
            and not t.norm.endswith(("ا", "ات", "ين") if given else ("ا", "ات", "ين", "ون")) and t.norm[:1] != "و"

    def accept(w1: Token, w2: Token, j: int) -> bool:
        # (not an adjective of nationality or office, a feminine noun, a place, a participle: "مصدر مسؤول")
        return plain(w1, given=True) and plain(w2) and not (
            w2.norm.endswith(("ي", "يه")) or w1.text.endswith("ة") or place_len(tokens, j) or place_len(tokens, j + 1)
            or any(w.norm[:1] == "م" and w.norm[1:2] not in "اوي" for w in (w1, w2)))

    _spoken_pairs(text, tokens, out, accept, cues)


def _spoken_ambiguous_names(text: str, tokens: list[Token], out: People, cues: Cues) -> None:
    """ "وقال حسن روحاني إن … . وأضاف روحاني …", "وأكد سعيد الشهري أن … . وأشار الشهري …": right after a verb of
    speech, a given name that is also a common word (``ambiguous`` in names.json: حسن، سعيد، صالح) and one more word
    (with the article only as a nisba: "الشهري"), then "إن/أن" or a comma, are a person's name when that second word,
    his family name, speaks again alone after a verb of speech elsewhere (lead, 2026-12-05); not "وقال كامل الأعضاء
    إن … . وقال الأعضاء إنهم …" (no one's family name speaks alone), nor a place, a body or a function word."""
    lex = lexicon()

    def accept(w1: Token, w2: Token, j: int) -> bool:
        return w1.norm in lex.ambiguous_names and w2.is_word and len(w2.norm) >= 3 and not (
            is_stop(w2.norm) or w2.norm in lex.first_names or w2.norm in PEOPLE.NOT_NAMES
            or w2.norm in PEOPLE.NOT_SURNAMES or w2.norm in lex.honorifics or w2.norm in lex.first_words
            or w2.norm[:1] == "و" or w2.norm.endswith(("ات", "ين", "ون")) or place_len(tokens, j + 1)
            or (w2.article and not w2.norm.endswith("ي")))  # (an article surname only as a nisba: "الشهري")

    _spoken_pairs(text, tokens, out, accept, cues)


# "ابن" written with its alif after a word that is no known given name does not join two names: "جعل ابن تيمية يطعن",
# "يمثل ابن خلدون": the verb before it is no given name (between two names the press writes "بن") (ext-t100)
_IBN_ALIF = fold("ابن")

_IFTAALA = re.compile(r"^ا\wت\w\w$")  # "اعتبر", "انتقد": a past verb of the افتعل form


def _verb_before_ibn(norm: str) -> bool:
    """ "اعتبر بن X", "اشتركت بنت Y", "استقبال بن Z", "ولكن بن W": a verb (افتعل, or a past verb with its feminine
    ت), a verbal noun in است or a function word (after its و) before "بن" is no given name, and "بن" opens a family name
    (ext-t100)."""
    return _IFTAALA.match(norm) is not None or (len(norm) >= 5 and norm.endswith("ت") and norm[:1] in "اتش") \
        or (norm.startswith("است") and len(norm) >= 6) or is_stop(norm)


_SPORT_TRADES = frozenset(fold(w) for w in ("المدرب", "المدربة", "اللاعب", "اللاعبة", "المهاجم", "المدافع", "الحارس",
                                             "الحكم", "المحترف", "النجم", "الهداف"))


def _add_untaken(text: str, tokens: list[Token], out: People, name: Name, taken: set[int]) -> None:
    """Add ``name`` as a person mention unless a mention found before holds one of its words; its words are taken."""
    if any(x in taken for x in range(name.start, name.end)):
        return
    start, end = tokens[name.start].start, tokens[name.end - 1].end
    out.persons.append(PersonMention(text[start:end], start, end, name.start, name.end))
    taken.update(range(name.start, name.end))


def _trade_foreign_names(text: str, tokens: list[Token], out: People, cues: Cues) -> None:
    """ "وقع النادي مع المدرب البرتغالي X Y", "المدرب الصربي X Y ومساعده Z": a sports trade, a nationality after it,
    then two or three plain words the lexicons do not know are a foreign name (the trade is no office here); closed
    as after a foreign title, or by "و" + a noun with "his" ("ومساعده", "ومواطنه") opening the next person (ext-t80)."""
    n = len(tokens)
    taken = {x for pm in out.persons for x in range(pm.first, pm.last)}
    for k in cues.at(_Cue.TRADE):
        if k >= n - 3:
            break
        nat, j = tokens[k + 1], k + 2
        if not is_nationality(nat.norm) \
                or nat.sent != tokens[k].sent or tokens[j].sent != nat.sent or j in taken:
            continue
        name = _foreign_name(tokens, j) or _known_after_nationality(tokens, j)
        if name is None and j + 2 < n and _plain_words(tokens, j, j + 2, final_alef=True, bounded=True) \
                and all(len(t.norm) >= 3 and t.norm not in PEOPLE.NOT_NAMES for t in tokens[j : j + 2]) \
                and tokens[j + 2].sent == nat.sent and tokens[j + 2].norm[:1] == "و" \
                and tokens[j + 2].norm[1:3] != "ال" and tokens[j + 2].norm.endswith("ه") \
                and len(tokens[j + 2].norm) >= 5:
            name = Name(j, j + 2, 0, False)
        if name is None and _single_trade_name(tokens, j):
            name = Name(j, j + 1, 0, False)
        if name is not None:
            _add_untaken(text, tokens, out, name, taken)
    out.persons.sort(key=lambda m: m.start)


_NOT_NOMINAL = frozenset(fold(w) for w in ("السعودية", "العربية", "السعودي", "العربي"))  # a country, a language


def _nominal_nationality(norm: str) -> bool:
    """A definite adjective of nationality, also behind "و" ("الأرجنتيني", "والروماني", "الأميركية"): a form
    ``_national_foreign_names`` may act at (not "السعودية", the country, nor "العربية")."""
    base = norm[1:] if norm[:2] == "وا" else norm
    return base[:2] == "ال" and base not in _NOT_NOMINAL and is_nationality(base)


def _trade_nisba_names(text: str, tokens: list[Token], out: People, cues: Cues) -> None:
    """ "وقدمتها المدربة عهود X", "والمدافع راضي X حتى …": right after a sports trade, one bare word (however rare as a
    given name) and a definite nisba of six letters or more closed by a boundary are a player's or a coach's name
    (ext-t113). Not a noun with "his" ("اللاعب برنامجه العلاجي"), a plural, an accusative, a function word, a word
    opening with a clitic letter, a verbal noun, a nationality or a noun in ي ("النادي")."""
    n = len(tokens)
    taken = {x for pm in out.persons for x in range(pm.first, pm.last)}
    given = lexicon().first_names
    for k in cues.at(_Cue.TRADE):
        j = k + 1
        if j + 1 >= n or j in taken or j + 1 in taken or tokens[j].sent != tokens[k].sent \
                or tokens[j + 1].sent != tokens[k].sent:
            continue
        g, s = tokens[j], tokens[j + 1]
        if not g.is_word or g.article or is_stop(g.norm) or len(g.norm) < 3 or g.norm in PEOPLE.NOT_NAMES \
                or (g.norm not in given and (g.norm[:1] in "وبلفك" or g.norm.endswith(("ات", "ين", "ون", "ا"))
                                             or g.text.endswith("ه"))) \
                or starts_head(tokens, j, strip=True) or place_len(tokens, j):
            continue
        if not (s.article and s.text.endswith("ي") and len(s.norm) >= 6) or s.norm in PEOPLE.NOT_FAMILY_NISBAS \
                or s.norm in PEOPLE.NOT_SURNAMES or is_nationality(s.norm) or _masdar(s.norm) or is_stop(s.norm) \
                or not _ends_clean(tokens, j + 2):
            continue
        out.persons.append(PersonMention(text[g.start : s.end], g.start, s.end, j, j + 2))
        taken.update((j, j + 1))
    out.persons.sort(key=lambda m: m.start)


def _known_after_nationality(tokens: list[Token], j: int) -> Name | None:
    """ "المدرب التونسي X Y لقيادة الفريق", "مع الأردني X Y": after an adjective of nationality, a known given name
    (also one that is a common word: "يسري", "سعيد") and one or two plain words, as ``parse_name`` closes them."""
    if tokens[j].norm not in lexicon().first_names:
        return None
    name = parse_name(tokens, j, literal=True)
    e = name.end if name is not None else j
    closed = _ends_clean(tokens, e) or (
        tokens[e].norm[:1] in "بل" and not tokens[e].article and len(tokens[e].norm) >= 4)  # "… X Y لقيادة الفريق"
    if name is None or name.start != j or name.end - j not in (2, 3) or not closed \
            or not _plain_words(tokens, j, name.end, final_alef=True, bounded=True):
        return None  # (not "الأردني أنس بني ياسين": cut before its last word)
    return name


def _office_after_name(tokens: list[Token], out: People, j: int) -> PostMention | None:
    """ "ركز اليوناني X Y مدير الجهاز الفني": an office no one holds written right after two or three plain words (no
    article, function word, title or head among them) that follow a masculine nationality standing as a noun (no
    definite noun before it, which it would qualify): the words are a foreign name and the office is his (pfix)."""
    sent = tokens[j].sent
    for e in (j + 2, j + 3):
        if e >= len(tokens) or any(not t.is_word or t.sent != sent or t.article or is_stop(t.norm)
                                   or t.norm[:1] == "و" or starts_head(tokens, x, strip=False)
                                   for x, t in enumerate(tokens[j:e], j)):
            return None
        p = next((q for q in out.posts if q.first == e and not q.holder and q.start == tokens[e].start), None)
        if p is not None:
            return p
    return None


def _national_foreign_names(text: str, tokens: list[Token], out: People, cues: Cues) -> None:
    """ "تعاقد النادي مع الأرجنتيني X Y", "بديلا عن الروماني X Y والذي …", "… والبرازيلي X Y": an adjective of
    nationality standing as a noun (after a function word, or joined by "و" to a list) and then a name no person
    already holds: two or three plain words closed as after a foreign title, one plain word closed as after a sports
    trade, or a known given name and its family name (``_foreign_name``, ``_single_trade_name``, ``parse_name``).
    Not after a noun it qualifies ("الجانب الأمريكي والروسي …") nor a verb ("تفوقت"), nor "السعودية" (the country)."""
    n = len(tokens)
    taken = {x for pm in out.persons for x in range(pm.first, pm.last)}
    for k in cues.at(_Cue.NATIONAL):
        j = k + 1
        if j >= n or k == 0 or j in taken or k in taken or tokens[j].sent != tokens[k].sent:
            continue
        prev = tokens[k - 1]
        after = None if prev.article or tokens[k].text.endswith(("ة", "ه")) else _office_after_name(tokens, out, j)
        # (not "السلطات الإسبانية برأت X Y الرئيس …", "الشعب التشادي ارتياحه لمحاكمة رئيسه": an adjective)
        office = _apposed_office(tokens, out, j) or after
        recurring = _recurring_foreign_name(tokens, j, taken)
        if office is None and (prev.sent != tokens[k].sent or prev.norm == "و" or not (is_stop(prev.norm) or (
                tokens[k].norm[:1] == "و" and (k - 1 in taken or not prev.is_word))
                or (recurring is not None and _speech_verb(prev.norm)))):
            continue  # (after a function word, or "و" after a listed person or a mark: "X Y، والبرازيلي …"; not
            # "الشركتين السعودية و الأمريكية": a lone "و" between two adjectives; but an office apposed after the
            # name's comma makes it one after any word, below)
        if strip_clitic(tokens[j].norm)[0] in _MANNER_NOUNS:
            continue  # "… الأمريكية بشكل عام": a manner adverb, no name
        if prev.norm in _SPORT_TRADES or strip_clitic(prev.norm)[0] in _SPORT_TRADES:
            continue  # (read by _trade_foreign_names)
        name = _foreign_name(tokens, j) or _known_after_nationality(tokens, j)
        if name is None and _single_trade_name(tokens, j):
            name = Name(j, j + 1, 0, False)
        name = name or recurring  # "قال إن السويسري X Y تخلى …، وكان Y …، وY عضو …" (ext-t149)
        if office is not None and office is after and (name is None or name.end != after.first):
            name = Name(j, after.first, 0, False)  # "ركز اليوناني X Y مدير …": the words up to the office (pfix)
        if name is not None and name.end - name.start == 3 and tokens[name.end - 1].norm.endswith("يه"):
            name = Name(name.start, name.end - 1, 0, name.known)  # "والأسباني X Y زميليه": "his two team-mates"
        if office is not None and office is not after \
                and (name is None or name.end - name.start < 2 or name.end + 1 != office.first):
            continue  # (ext-t134: read after any word only when the comma closes two or three words)
        if name is not None:
            before = len(out.persons)
            _add_untaken(text, tokens, out, name, taken)
            if office is not None and len(out.persons) > before and not _gender_clash(office.title,
                                                                                      out.persons[-1].name):
                office.holder = out.persons[-1].name
            apposed = next((p for p in out.posts if p.first == name.end and not p.holder
                            and p.start == tokens[p.first].start and tokens[p.first].sent == tokens[j].sent), None)
            if apposed is not None and len(out.persons) > before and not _is_king(apposed) \
                    and not _gender_clash(apposed.title, out.persons[-1].name):
                apposed.holder = out.persons[-1].name  # "قال الألماني X Y رئيس الاتحاد …": the office right after the
                # foreign name this pass reads is his (ext-t149)
    out.persons.sort(key=lambda m: m.start)


def _recurring_foreign_name(tokens: list[Token], j: int, taken: set[int]) -> Name | None:
    """ "أعلن أن السويسري X Y تخلى عن …، … انتخاب Y …، وY عضو …": after an adjective of nationality standing as a
    noun, two plain words (no article, "و", ة or accusative ending, function word or place; the second no
    given name nor an adjective in ي), the second named again alone at least twice elsewhere in the text (bare or
    behind "و"), are a foreign name however the sentence goes on (ext-t149)."""
    n = len(tokens)
    if j + 2 > n or j in taken or j + 1 in taken or tokens[j + 1].sent != tokens[j].sent:
        return None
    words = tokens[j : j + 2]
    given = lexicon().first_names
    if any(not t.is_word or t.article or len(t.norm) < 3 or t.norm[:1] == "و" or t.norm[:3] == "بال"
           or t.text.endswith(("ة", "ه"))
           or t.norm in PEOPLE.NOT_NAMES or t.norm in PEOPLE.NOT_SURNAMES for t in words) \
            or words[1].norm in given or words[1].norm.endswith(("ي", "يه")) \
            or not _plain_words(tokens, j, j + 2) or place_len(tokens, j) or place_len(tokens, j + 1):
        return None
    family = words[1].norm
    alone = sum(1 for x, t in enumerate(tokens) if x != j + 1 and t.norm in (family, "و" + family)
                and tokens[x - 1].norm != words[0].norm)
    return Name(j, j + 2, 0, False) if alone >= 2 else None


def _apposed_office(tokens: list[Token], out: People, j: int) -> PostMention | None:
    """ "بناء على طلب الأرجنتيني X Y، المدير الفني للمنتخب …" (ext-t134): after an adjective of nationality standing as
    a noun, two or three words, a comma and an office no one holds yet: the office apposed to the foreign name, which
    makes the words a name whatever word stands before the adjective (the office's first word within four of ``j``)."""
    for e in range(j + 2, min(len(tokens), j + 4)):
        if tokens[e].sent != tokens[j].sent:
            return None
        if tokens[e].norm in _COMMA:
            return next((p for p in out.posts if p.first == e + 1 and p.start == tokens[e + 1].start
                         and not p.holder), None)
    return None


def _single_trade_name(tokens: list[Token], j: int) -> bool:
    """ "شارك النجم الغاني X وباقي اللاعبين", "أشرف عليه المدرب الروماني X.": right after a sports trade and a
    nationality, one plain word (no article, clitic-looking head, ة or accusative ending, known given name, place or
    imperfect verb) closed by the sentence's end, a comma, a function word or "و" + a bare word is a foreign player's
    or coach's one name, as they are often written (ext-t100)."""
    n = len(tokens)
    t = tokens[j]
    if len(t.norm) < 4 or t.text.endswith(("ة", "ه")) or t.norm in lexicon().first_names \
            or (t.norm[0] in "يت" and len(t.norm) == 4) or place_len(tokens, j) \
            or not _plain_words(tokens, j, j + 1, bounded=True):
        return False
    if j + 1 >= n or tokens[j + 1].sent != t.sent or tokens[j + 1].norm in _COMMA or tokens[j + 1].norm == ".":
        return True
    after = tokens[j + 1]
    return is_stop(after.norm) or (  # "تعرض المهاجم الفنزويلي X إلى إصابة": a function word closes it too
        after.norm[:1] == "و" and not after.article and after.norm[1:3] != "ال" and len(after.norm) >= 4)


_STAFF_HEADS = frozenset(fold(w) for w in ("مدرب", "المدرب", "المعد", "ومدرب", "والمدرب", "والمعد"))
_TECHNICAL = (fold("المدير"), fold("الفني"))


def _staff_title_cut(text: str, tokens: list[Token], p: PostMention) -> int:
    """ "مدرب الحراس X والمحلل الفني …": a coach's office read on over one plain word and "و" + a definite word (the
    next item of the staff list) ends before that word, the coach's name (ext-t125). Returns where the office ends."""
    for x in range(p.first + 2, p.last - 1):
        t, nxt = tokens[x], tokens[x + 1]
        if t.article or not t.is_word or is_stop(t.norm) or t.norm[:1] in "وبل" or not _plain_words(
                tokens, x, x + 1, final_alef=True, bounded=True):
            continue
        if nxt.norm[:1] == "و" and (nxt.article or nxt.norm in _STAFF_HEADS or _titled_next(tokens, x + 1)):
            _cut_post(text, tokens, p, x)
            break
    return p.last


def _staff_single_names(text: str, tokens: list[Token], out: People) -> None:
    """ "ويضم الجهاز الفني المدير الفني X ومدرب الحراس Y": right after a team's technical director's or a coach's
    office that has no holder, one plain word closed as after a sports trade and a nationality (``_single_trade_name``)
    is the foreign coach's one name, and he holds the office (ext-t125)."""
    taken = {x for pm in out.persons for x in range(pm.first, pm.last)}
    for p in out.posts:
        if p.holder or p.last >= len(tokens) or p.last in taken or tokens[p.last].sent != tokens[p.first].sent:
            continue
        head, j = tokens[p.first].norm, p.last
        staff = head in _STAFF_HEADS or (p.last - p.first >= 2 and strip_clitic(head)[0] == _TECHNICAL[0]
                                          and tokens[p.first + 1].norm == _TECHNICAL[1])
        if staff and p.last - p.first > 2:
            j = _staff_title_cut(text, tokens, p)
        if staff and len(tokens[j].norm) == 4 and tokens[j].norm[:1] in "ايت":
            continue  # "مدرب اللياقة أعقب ذلك …": a verb of four letters, no name
        if not staff or not (_single_trade_name(tokens, j) or (
                j + 1 < len(tokens) and tokens[j + 1].sent == tokens[j].sent
                and (_titled_next(tokens, j + 1) or tokens[j + 1].norm in _STAFF_HEADS
                     or (tokens[j + 1].norm[:1] == "و" and tokens[j + 1].article))
                and len(tokens[j].norm) >= 4 and tokens[j].norm not in lexicon().first_names
                and not tokens[j].text.endswith(("ة", "ه")) and not place_len(tokens, j)
                and _plain_words(tokens, j, j + 1, final_alef=True, bounded=True))):
            continue  # (closed as after a sports trade, or by "و" + the next office: "X والمدرب المساعد …"; a
            # foreign name may end in ا there: "نيكولا")
        t = tokens[j]
        pm = PersonMention(text[t.start : t.end], t.start, t.end, p.last, p.last + 1)
        out.persons.append(pm)
        taken.add(p.last)
        p.holder = pm.name
    out.persons.sort(key=lambda m: m.start)


def _list_mates(text: str, tokens: list[Token], out: People) -> None:
    """ "تسمية X Y ، وZ W ، وواصل الشمالي ويوسف محلي ـ وشلال كدو ، أعضاءً …": in a list of names joined by "و"
    (after a comma or a dash, or none), once two items are persons, a further item of two plain words closed by a
    mark, the next "و" item, "أعضاء" or the sentence's end is one too, however rare its given name, when its family
    name is a nisba, its given name known or the list names members (ext-t28)."""
    lex = lexicon()
    n = len(tokens)
    by_first = {pm.first: pm for pm in out.persons}
    by_last = {pm.last: pm for pm in out.persons}

    def plain(t: Token) -> bool:
        return t.is_word and not is_stop(t.norm) and len(t.norm) >= 3 and not t.norm.endswith(("ات", "ين", "ون")) \
            and t.norm not in lex.honorifics and t.norm not in PEOPLE.NOT_NAMES and t.norm not in lex.first_words

    def member(t: Token) -> bool:
        return t.norm in _MEMBERS or fold(t.text.rstrip("ً")) in _MEMBERS_ACC

    added: list[PersonMention] = []
    for pm in sorted(out.persons, key=lambda m: m.first):
        y = pm.first
        while y > 0 and tokens[y - 1].norm in _SEPARATORS:
            y -= 1
        if by_last.get(y) is None or y == pm.first or tokens[y].sent != tokens[pm.first].sent:
            continue  # (two persons already listed: "X ، وY")
        e = pm.last
        members = any(member(t) for t in tokens[e : e + 30] if t.sent == tokens[e - 1].sent)
        while e < n:
            k = e + 1 if tokens[e].norm in _SEPARATORS else e
            if k + 2 >= n or tokens[k].norm[:1] != "و" or tokens[k].sent != tokens[pm.first].sent:
                break
            if k in by_first:
                e = by_first[k].last  # a listed person already read: the list goes on after him
                continue
            first = Token(tokens[k].text[1:], tokens[k].norm[1:], tokens[k].start + 1, tokens[k].end,
                          tokens[k].sent, tokens[k].is_word)
            second, after = tokens[k + 1], tokens[k + 2]
            if not (plain(first) and not first.norm.startswith("ال") and plain(second) and second.sent == first.sent
                    and (after.norm in _SEPARATORS or not after.is_word or after.sent != second.sent or member(after)
                         or (after.norm[:1] == "و" and not after.article and len(after.norm) > 3))):
                break
            if starts_head(tokens, k, strip=True) or starts_head(tokens, k + 1, strip=False):
                break
            if not ((second.article and second.norm.endswith("ي") and len(second.norm) > 4)
                    or first.norm in lex.first_names or members):
                break  # (a rare given name with a bare family name only in a list of members: not "وعدد كبير،")
            added.append(PersonMention(text[first.start : second.end], first.start, second.end, k, k + 2))
            e = k + 2
    known = {m.first for m in out.persons}
    out.persons.extend(m for m in added if m.first not in known)
    out.persons.sort(key=lambda m: m.start)


_KULL = frozenset(fold(w) for w in ("كل", "كلا", "كلاً", "لكل", "بكل", "وكل"))
_MIN = fold("من")


def _kull_min_list(text: str, tokens: list[Token], out: People, cues: Cues) -> None:
    """ "وعضوية كل من X الفلاني وY العلاني وعدنان الطريف": after "كل من", a list of two-word names (a bare word, then
    a definite family name) joined by "و", one of them a person already, names persons in every item, however rare
    their given names (ext-t55). Not bodies, places or titles ("كل من وزارة الصحة وهيئة الغذاء", "كل من مكة
    المكرمة والمدينة المنورة")."""
    lex = lexicon()
    n = len(tokens)
    by_first = {pm.first: pm for pm in out.persons}

    def word(norm: str) -> bool:
        return len(norm) >= 3 and not is_stop(norm) and norm not in lex.honorifics and norm not in PEOPLE.NOT_NAMES \
            and norm not in lex.first_words and not norm.endswith(("ات", "ين", "ون"))

    added: list[PersonMention] = []
    for m in cues.at(_Cue.KULL):
        if m >= n - 3:
            break
        if tokens[m + 1].norm != _MIN or tokens[m + 1].sent != tokens[m].sent:
            continue
        sent = tokens[m].sent
        items: list[int] = []
        k = m + 2
        while k + 1 < n and tokens[k].sent == sent:
            waw = k > m + 2
            if k in by_first:
                items.append(k)
                k = by_first[k].last
            else:
                a, b = tokens[k], tokens[k + 1]
                an = a.norm[1:] if waw and a.norm[:1] == "و" and not a.article else (None if waw else a.norm)
                if an is None or an.startswith("ال") or not a.is_word or not word(an) or not b.is_word \
                        or not b.article or b.sent != sent or not word(b.norm) or place_len(tokens, k) \
                        or starts_head(tokens, k, strip=waw) or starts_head(tokens, k + 1, strip=False):
                    break
                nxt = tokens[k + 2] if k + 2 < n else None
                if nxt is not None and nxt.sent == sent and nxt.is_word and nxt.norm not in _SEPARATORS \
                        and not (nxt.norm[:1] == "و" and not nxt.article):
                    break  # (an item of two words closed by a mark, the next "و" item or the sentence's end)
                items.append(k)
                k += 2
            while k < n and tokens[k].norm in _SEPARATORS and tokens[k].sent == sent:
                k += 1
            if k >= n or tokens[k].sent != sent or tokens[k].norm[:1] != "و":
                break
        if len(items) < 2 or not any(x in by_first for x in items):
            continue
        for x in items:
            if x not in by_first:
                start = tokens[x].start + (1 if x > m + 2 else 0)
                added.append(PersonMention(text[start : tokens[x + 1].end], start, tokens[x + 1].end, x, x + 2))
    known = {pm.first for pm in out.persons}
    out.persons.extend(pm for pm in added if pm.first not in known)
    out.persons.sort(key=lambda pm: pm.start)


_SEPARATORS = frozenset({"،", ",", "-", "ـ", ""})  # (a tatweel dash folds to "")
_MEMBERS_ACC = frozenset({fold("أعضاء"), fold("أعضاءً"), fold("اعضاء")})


def _members(tokens: list[Token], out: People, insts: Sequence[Spanned], cues: Cues) -> None:
    """ "تسمية X، وY، وZ أعضاءً في لجنة …", "أعضاء مجلس الشورى الدكتور X والدكتور Y": each listed person holds the
    member's office of the body named with the plural "أعضاء" (right after it or after "في")."""
    lex = lexicon()
    by_first = {pm.first: pm for pm in out.persons}
    by_last = {pm.last: pm for pm in out.persons}
    held = {p.holder for p in out.posts if p.holder}
    offices = {p.first: p for p in out.posts}
    for k in cues.at(_Cue.MEMBERS):
        tok = tokens[k]
        if k + 1 >= len(tokens):
            continue
        named_with: set[str] = set()
        j = k + 2 if tokens[k + 1].norm == "في" else k + 1
        body = next((m for m in insts if m.first == j and tokens[m.last - 1].sent == tok.sent), None)
        name = getattr(body, "name", None)
        if body is None or not isinstance(name, str):
            continue
        listed = []
        x = k  # the names listed before the plural ("… وشلال كدو ، أعضاءً في …")
        while x > 0:
            y = x
            while y > 0 and tokens[y - 1].norm in _LIST_MARKS and tokens[y - 1].sent == tok.sent:
                y -= 1
            pm = by_last.get(y)
            if pm is None or (y == x and x == k) or tokens[pm.first].sent != tok.sent:
                break
            listed.append(pm)
            x = pm.first
        if not listed:  # the names listed after the body ("أعضاء المجلس الدكتور X والدكتور Y")
            x = body.last
            while x < len(tokens) and tokens[x].sent == tok.sent:
                y = x
                while y < len(tokens) and (tokens[y].norm in _LIST_MARKS or tokens[y].norm in lex.honorifics
                                           or strip_clitic(tokens[y].norm, "و")[0] in lex.honorifics):
                    y += 1
                pm = by_first.get(y) or by_first.get(y + 1 if y < len(tokens) and tokens[y].norm[:1] == "و" else -1)
                office = offices.get(y) if pm is None else None
                if office is not None and office.holder:  # "أعضاء مجلس الإدارة نائب الرئيس X وأمين الصندوق Y وZ":
                    z = office.last  # a listed member named with his own office (ext-t84)
                    while z < len(tokens) and tokens[z].norm in lex.honorifics:
                        z += 1
                    pm = by_first.get(z)
                    pm = pm if pm is not None and pm.name == office.holder else None
                    named_with.update(() if pm is None else (pm.name,))
                if pm is None or (x == body.last and y > x and tokens[x].norm in _LIST_MARKS):
                    break
                listed.append(pm)
                x = pm.last
        for pm in listed:
            if pm.name in held and (pm.name not in named_with or any(
                    p.holder == pm.name and p.title == "عضو " + name for p in out.posts)):
                continue  # (one named with his own office in the list is a member too, ext-t84)
            post = PostMention(k, body.last, tok.start + (1 if tok.norm[:1] == "و" else 0), tokens[body.last - 1].end,
                               "عضو " + name)
            post.holder = pm.name
            out.posts.append(post)


MEMBER_ACCUSATIVE = fold("عضوا")  # also read by events/participants.py _read_office


def _opens_item(tokens: list[Token], pm: PersonMention) -> bool:
    """The name opens a list item: after a comma, a colon, "و", an honorific or an abbreviated style ("د.", "م."),
    or at the sentence's start (not "… صالح عبدالله كامل", the tail of a longer name cut short)."""
    if pm.first == 0 or pm.start > tokens[pm.first].start or tokens[pm.first - 1].sent != tokens[pm.first].sent:
        return True
    prev = tokens[pm.first - 1].norm
    return prev in _PHRASE_ENDS or prev == ":" or is_honorific(prev) or (prev.endswith(".") and len(prev) <= 3)


def _accusative_members(tokens: list[Token], out: People) -> None:
    """ "… X رئيساً، Y نائباً للرئيس، Z عضواً، W عضواً.": in a list of appointments, where each person's office follows
    the name in the accusative, a bare "عضواً" right after a person named (a comma, a full stop, the next "و" item or
    the sentence's end after it) is that person's member's office "عضو" — only where the same sentence holds another
    such item (a second "عضواً" after a name, or an accusative office held by the name right before it), so that a
    predicate ("لم يكن عضوا، …") or a counted noun ("15 عضواً") is left alone (list3)."""
    n = len(tokens)
    by_last = {pm.last: pm for pm in out.persons}
    held = {p.holder for p in out.posts if p.holder}
    slots = [k for k, t in enumerate(tokens) if t.norm == MEMBER_ACCUSATIVE and k in by_last
             and tokens[by_last[k].first].sent == t.sent
             and (k + 1 == n or tokens[k + 1].sent != t.sent or tokens[k + 1].norm in _PHRASE_ENDS
                  or (tokens[k + 1].norm[:1] == "و" and k + 1 in {pm.first for pm in out.persons}))]
    for k in slots:
        sent = tokens[k].sent
        pm = by_last[k]
        other = any(x != k and tokens[x].sent == sent for x in slots) or any(
            p.holder and p.first in by_last and by_last[p.first].name == p.holder and tokens[p.first].sent == sent
            and tokens[p.first].norm.endswith("ا") for p in out.posts)
        if not other or pm.name in held or not _opens_item(tokens, pm):
            continue
        post = PostMention(k, k + 1, tokens[k].start, tokens[k].end, "عضو")
        post.holder = pm.name
        out.posts.append(post)


def _surname_again(tokens: list[Token], name: Name) -> bool:
    """ "وكيل وزارة … للتنمية مشوح الحوشان … وأفاد الحوشان": an unknown given name and a family name with the article,
    the family name named again alone as a clause's subject after a speech verb elsewhere in the text (ext-t25)."""
    if name.end - name.start != 2:
        return False
    given, family = tokens[name.start], tokens[name.end - 1]
    if not family.article or not family.norm.startswith("ال") or given.article or not given.is_word \
            or given.norm in PEOPLE.NOT_NAMES or starts_head(tokens, name.start, strip=True):
        return False
    for x, t in enumerate(tokens):
        if x != name.end - 1 and t.norm == family.norm and x > 0 and tokens[x - 1].norm != given.norm:
            verb = tokens[x - 1].norm
            if verb == _INNA and x > 1:
                verb = tokens[x - 2].norm  # "أكد أن الكنعان سيكون …": the subject of what was said (ext-t28)
            if _speech_verb(verb):
                return True
    return False


def _article_given_at(tokens: list[Token], x: int) -> bool:
    """ "الرئيس التونسي الباجي X Y", "رئيس الحكومة التونسية الحبيب X", "الرئيس السابق المنصف X": a given name that
    carries the article (as the Maghreb writes many) right after a nationality or "السابق" ends the title: with the
    words after it it reads as a recognisable name, not as one more adjective of the office (r2-people)."""
    t, prev = tokens[x], tokens[x - 1]
    if not t.article or t.norm not in lexicon().first_names or t.norm in PEOPLE.NATIONALITIES or t.sent != prev.sent:
        return False
    before = prev.norm[:-1] if prev.norm.endswith("يه") else prev.norm
    if before not in PEOPLE.NATIONALITIES and prev.norm not in _FORMER_ONLY:
        return False
    name = parse_name(tokens, x)
    return name is not None and name.start == x and name.end - x >= 2 \
        and (_closes_name(tokens, name.end) or _ends_clean(tokens, name.end))


def _closes_name(tokens: list[Token], e: int) -> bool:
    """Punctuation, the text's or the sentence's end, or a word that closes a name ("إن", "وهو") at ``e``."""
    return e >= len(tokens) or not tokens[e].is_word or tokens[e].sent != tokens[e - 1].sent \
        or tokens[e].norm in PEOPLE.NAME_CLOSERS


def _bare_surname_again(tokens: list[Token], p: PostMention, name: Name) -> bool:
    """ "وقال وزير شؤون مجلس الوزراء X Y إن … وقال Y إن …": two bare words the lexicon lacks right after a title,
    closed as a name is, whose last word stands again alone elsewhere as a speaker's name (after a verb of speech) or
    after the same title's head ("الرئيس Y."), closed there too: a foreign name whose surname the text uses alone
    (r2-people; ``_surname_again`` does this for an article family name)."""
    if name.end - name.start != 2 or name.clitic or name.known or not _closes_name(tokens, name.end) \
            or not _plain_words(tokens, name.start, name.end, final_alef=True):
        return False
    given, family = tokens[name.start], tokens[name.end - 1]
    if len(family.norm) < 3 or family.norm in lexicon().first_names or given.norm in PEOPLE.NOT_NAMES:
        return False
    head = tokens[p.first].norm
    return any(t.norm == family.norm and x != name.end - 1 and tokens[x - 1].norm != given.norm
               and (_speech_verb(tokens[x - 1].norm) or tokens[x - 1].norm == head) and _closes_name(tokens, x + 1)
               for x, t in enumerate(tokens) if x > 0)


@cache
def _counterpart_forms() -> frozenset[str]:
    """ "نظيره", "ونظيره": the words whose base (without a leading و) may be a counterpart's (a superset)."""
    return frozenset(form for word in PEOPLE.COUNTERPARTS for form in (word, "و" + word))


def _counterparts(text: str, tokens: list[Token], out: People, cues: Cues) -> None:
    """ "ونظيره الفرنسي X", "نظيرته الألمانية X": X, read as a person, holds the counterpart's office as written."""
    starts = {pm.first: pm for pm in out.persons}
    for i in cues.at(_Cue.COUNTERPART):  # (only where the word may be one, not at each token)
        if i >= len(tokens) - 2:
            break
        tok = tokens[i]
        base = tok.norm[1:] if tok.norm[:1] == "و" and len(tok.norm) > 3 else tok.norm
        holder = starts.get(i + 2)
        if base not in PEOPLE.COUNTERPARTS or holder is None or tokens[i + 2].sent != tok.sent \
                or any(p.first <= i + 1 < p.last or p.holder == holder.name for p in out.posts):
            continue
        nationality = tokens[i + 1].norm[:-1] if tokens[i + 1].norm.endswith("يه") else tokens[i + 1].norm
        if nationality in PEOPLE.NATIONALITIES:
            start = tok.start + (1 if base != tok.norm else 0)
            counterpart = PostMention(i, i + 2, start, tokens[i + 1].end, text[start : tokens[i + 1].end])
            counterpart.holder = holder.name
            out.posts.append(counterpart)


_MASC_COUNTERPART = fold("نظيره")


def _host_office(tokens: list[Token], out: People, i: int) -> str | None:
    """ "التقى وزير الخارجية X (السعودي) … نظيره الفرنسي Y": the counterpart holds the office of the host, the
    held office nearest before "نظيره" in its sentence, without the host's nationality: "وزير الخارجية", to which
    the counterpart's nationality is added; only a minister's short office with no ل/ب complement, or "الرئيس"
    (ext-t28)."""
    base = tokens[i].norm[1:] if tokens[i].norm[:1] == "و" and tokens[i].norm[1:] == _MASC_COUNTERPART \
        else tokens[i].norm
    if base != _MASC_COUNTERPART:
        return None  # (not "نظيرته": the host's office would need its feminine form)
    host = max((p for p in out.posts if p.holder and p.last <= i and tokens[p.first].sent == tokens[i].sent),
               key=lambda p: p.last, default=None)
    if host is None or any(pm.first < i and pm.last > host.last and pm.name != host.holder for pm in out.persons):
        return None  # (another person named between the host and "نظيره")
    words = list(tokens[host.first : host.last])
    while words and is_nationality(words[-1].norm):
        words.pop()
    if len(words) == 1 and words[0].norm in _PRESIDENT:
        return words[0].text  # "الرئيس السوري X … نظيره الإيراني Y": "الرئيس الإيراني"
    if not 2 <= len(words) <= 3 or any(t.norm[:1] in "لب" or not t.is_word for t in words[1:]) \
            or not (words[0].norm in PEOPLE.MINISTER
                    or (words[0].norm[:1] in "ول" and words[0].norm[1:] in PEOPLE.MINISTER)):
        return None
    first = words[0].text[1:] if words[0].norm not in PEOPLE.MINISTER else words[0].text  # "لوزير", "ووزير"
    return " ".join([first, *(t.text for t in words[1:])])


_SPEECH_REACH = 12


def _quoted_body_after(text: str, tokens: list[Token], p: PostMention) -> None:
    """ "الرئيس التنفيذي لـ«السعودية للكهرباء»", "الأمين العام لـ«أوبك»": an office, a detached "لـ" and a body's
    short name in quotes (four words at most, one sentence) is one office; the quoted name is its complement
    (tuning196)."""
    k = p.last
    if k + 2 >= len(tokens) or tokens[k].text != "لـ" or tokens[k + 1].norm not in _QUOTES \
            or tokens[k].sent != tokens[p.first].sent:
        return
    closer = _QUOTES[tokens[k + 1].norm]
    close = next((x for x in range(k + 3, min(k + 7, len(tokens))) if tokens[x].norm == closer), None)
    if close is None or any(not t.is_word or t.sent != tokens[k].sent for t in tokens[k + 2 : close]):
        return
    after = close + 1
    if after < len(tokens) and tokens[after].norm in _COMMA:
        after += 1
    if after < len(tokens) and tokens[after].article and tokens[after].norm.endswith("ي"):
        after += 1  # (its nisba: "الأمين العام لـ"حزب الله" اللبناني X")
    named = after < len(tokens) and tokens[after].sent == tokens[k].sent and is_name_start(tokens, after)
    if not named and any(tokens[x].sent == tokens[k].sent and _speech_verb(tokens[x].norm)
                         for x in range(max(0, p.first - _SPEECH_REACH), p.first)):
        return  # "أكد … رئيس الاتحاد الأوروبي لـ«فرانس برس» أمس أن …": the medium spoken to, no complement
    p.last, p.end = close + 1, tokens[close].end
    p.title = text[p.start : p.end]


def _cut_swallowed_name(text: str, tokens: list[Token], p: PostMention) -> None:
    """ "رئيس فريق سالك فهد الصقر": an office whose body bears a one-word name of its own ends before a known given
    name and its family name that close the span; they name its holder, not the body. Not after a body's head named
    after a person, a royal style or a filiation ("جامعة فهد …", "مؤسسة الأمير فهد …") (ext-t57)."""
    lex = lexicon()
    x = p.last - 2
    if x >= p.first + 2 and tokens[x - 1].article and tokens[x].norm in lex.ambiguous_names \
            and not is_stop(tokens[x - 1].norm) and tokens[x - 1].sent == tokens[x].sent \
            and tokens[x - 1].norm not in lex.honorifics and _nisba_family_next(tokens, x, tokens[x].norm) \
            and _title_at(tokens, x + 1) is None:
        # "وكيل المحافظ صالح الغامدي الحفل": a given name that is also a word, right after the office's definite
        # complement, then a family name of relation closing the span, is the holder, not the office's words
        # (an indefinite word does not follow a definite one as its attribute)
        _cut_post(text, tokens, p, x)
        return
    for x in range(p.first + 3, p.last - 1):
        t, before = tokens[x], tokens[x - 1]
        if t.article or t.norm not in lex.first_names or is_stop(t.norm):
            continue
        eponym = _royal_eponym_before(tokens, x)  # "رئيسة التمريض بمستشفى الملك فهد نورة X" (ext-t112)
        if not eponym and (before.article or not before.is_word or before.sent != t.sent
                           or before.norm in CHAINS.ROYAL or before.norm in PEOPLE.FILIATION
                           or strip_clitic(before.norm)[0] in INSTITUTIONS.EPONYM_HEADS
                           or before.norm in lex.first_names or is_stop(before.norm)):
            continue
        name = parse_name(tokens, x, literal=eponym) if eponym else parse_name(tokens, x)
        if name is None or name.start != x or name.end != p.last or not tokens[p.last - 1].article:
            continue
        _cut_post(text, tokens, p, x)
        return


_REPRESENTED = frozenset(fold(w) for w in ("ممثل", "ممثلة"))


def _represented_by(text: str, tokens: list[Token], p: PostMention) -> None:
    """ "أجرت إدارة النادي ممثلة برئيس مجلس الإدارة X …": "ممثلة" + ب + an office's title is "represented by", the
    office is the one after ب (ext-t125); "ممثل الأمين العام" (a representative's office) stays."""
    if p.last - p.first < 2 or tokens[p.first].norm not in _REPRESENTED or tokens[p.first].start != p.start:
        return
    nxt = p.first + 1
    if tokens[nxt].norm[:1] != "ب" or tokens[nxt].sent != tokens[p.first].sent:
        return
    entry = longest_entry(tokens, nxt, lexicon().titles, max_len=4, clitics="ب")
    if entry is None or entry[1] != 1:
        return
    p.first = nxt
    p.start = tokens[nxt].start + 1
    p.title = text[p.start : p.end]


_OFFICIALS = frozenset(fold(w) for w in ("مسؤول", "مسؤولة", "مسئول", "مسئولة"))
_NOT_CONSTRUCT = frozenset(fold(w) for w in ("رفيع", "رفيعة", "كبير", "كبيرة", "بارز", "بارزة", "سابق", "سابقة"))


def _loose_official(tokens: list[Token], p: PostMention) -> bool:
    """ "مسؤول" opens an office only in construct with a definite noun ("مسؤول المركز الإعلامي", "مسؤول الاستثمار
    بالنادي"); "مسؤول سعودي", "مسؤول رفيع المستوى", "مسؤول في الوزارة", "مسؤول يزور …" name no office (ext-t125)."""
    if tokens[p.first].norm not in _OFFICIALS and strip_clitic(tokens[p.first].norm)[0] not in _OFFICIALS:
        return False  # (also "ومسؤول", "لمسؤول")
    nxt = p.first + 1
    if nxt + 1 < p.last and not tokens[nxt].article and tokens[nxt + 1].article and tokens[nxt].is_word \
            and tokens[nxt].norm[:1] not in "وبلفي" and not tokens[nxt].norm.endswith("ي") \
            and tokens[nxt].norm not in _NOT_CONSTRUCT and not is_stop(tokens[nxt].norm):
        return False  # "مسؤول مبيعات الفروع", "مسؤول مركز الهيئة": a construct chain (not "مسؤول رفيع المستوى",
        # nor a verb: "مسؤول يزور المدينة")
    return nxt >= len(tokens) or nxt >= p.last or not tokens[nxt].article or not tokens[nxt].norm.startswith("ال") \
        or is_nationality(tokens[nxt].norm)


_ONE_OF = frozenset(fold(w) for w in ("أحد", "إحدى"))


def _one_of_unnamed(tokens: list[Token], p: PostMention) -> bool:
    """ "مشرف إحدى قاعات الفنادق في جدة", "مدير أحد المستشفيات": a title whose complement is "one of" a plural names
    no body, so no office (a job at a place the text does not name; s11-pp2s)."""
    nxt = p.first + 1
    return nxt < p.last and tokens[nxt].norm in _ONE_OF


def _royal_eponym_before(tokens: list[Token], x: int) -> bool:
    """A body's head named after a royal, his style and his one given name right before ``x`` ("بمستشفى الملك فهد",
    "جامعة الأمير سلطان"), all in ``x``'s sentence: a given name at ``x`` opens another person's name (ext-t112)."""
    if x < 3 or tokens[x - 3].sent != tokens[x].sent or tokens[x - 1].norm not in lexicon().first_names \
            or tokens[x - 2].norm not in CHAINS.ROYAL:
        return False
    return strip_clitic(tokens[x - 3].norm)[0] in INSTITUTIONS.EPONYM_HEADS and not tokens[x - 3].article


def _wa_name_after_honorific(tokens: list[Token], p: PostMention, j: int) -> bool:
    """ "وزير الأشغال المهندس وحي X،": a name whose first letter is و, right after the honorific that follows an
    office, opens the holder's name; an honorific is never followed by "و" + the next list item (ext-t123)."""
    return p.last < j < len(tokens) and tokens[j - 1].norm in lexicon().honorifics \
        and tokens[j - 1].sent == tokens[j].sent and len(tokens[j].norm) >= 3


def _may_open_name(norm: str) -> bool:
    """Whether find_people's pass "honorific + name, and names starting with a known given name" may act at a word
    of this form, whatever follows it: an honorific, a profession's style, a rank or an envoy's, a role cue, a
    counterpart's word, a given name (also behind و or ل), a word in عبد. A superset of the pass's tests on the word
    itself (one cached test a form), so that the pass skips every other word; a word before a filiation is the
    pass's too (``_name_openers``)."""
    lex = lexicon()
    base = norm[1:] if norm[:1] == "و" and len(norm) > 3 else norm
    return is_honorific(norm) or _profession_style(norm) or norm in CHAINS.RANKS or norm[1:] in CHAINS.RANKS \
        or norm in _ENVOY or norm in PEOPLE.ROLE_CUES or base in PEOPLE.COUNTERPARTS or base in lex.first_names \
        or base in lex.ambiguous_names or base.startswith("عبد") or (norm[:1] == "ل" and norm[1:] in lex.first_names)


def _name_openers(cues: Cues) -> list[int]:
    """Ascending indexes of the words where find_people's pass over names may act: a form ``_may_open_name``
    accepts, or a word right before "بن/ابن/بنت" (a filiated name, whatever its first word)."""
    found = set(cues.at(_Cue.NAME))
    found.update(x - 1 for x in cues.at(_Cue.FILIATION) if x > 0)
    return sorted(found)


def find_people(text: str, tokens: list[Token], insts: Sequence[Spanned] = ()) -> People:
    lex = lexicon()
    cues = Cues(tokens)  # (where the cue words of each pass stand: most passes act at a few words only)
    inside = frozenset(k for m in insts for k in range(m.first + 1, m.last))
    posts = find_posts(text, tokens, inside, cues)
    posts = [p for p in posts if not _loose_official(tokens, p) and not _one_of_unnamed(tokens, p)]
    for p in posts:
        _cut_swallowed_name(text, tokens, p)
        _represented_by(text, tokens, p)
        _quoted_body_after(text, tokens, p)
    post_starts = {p.first: p for p in posts}
    covered: set[int] = set()
    for p in posts:
        covered.update(range(p.first, p.last))
    out = People(posts=posts)
    post_ends = frozenset(p.last for p in posts)
    by_token: dict[int, PersonMention] = {}

    def add(name: Name) -> PersonMention:
        pm = by_token.get(name.start)
        if pm is None:
            pm = _person(text, tokens, name)
            by_token[name.start] = pm
            out.persons.append(pm)
        return pm

    extra_posts: list[PostMention] = []
    for p in posts:
        # title (+ acting) (+ comma) (+ honorific) + name
        scope = _scope_before_latin(tokens, p.last) or _scope_before_named(tokens, p.last) \
            or _scope_before_body(tokens, p.last, insts) or _term_tail(tokens, p.last) or _year_tail(tokens, p.last) \
            or _ordinal_tail(tokens, p.last) or _ba_seat_before_rare(tokens, p.last) \
            or _ba_body_before_foreign(tokens, p, insts) or _li_body_after_office(tokens, p, insts)
        if scope:  # "المدير الجهوي للصندوق بالمنطقة العربية LUAY SHABANEH": the ب-phrase is the title's
            p.last += scope
            p.end = tokens[p.last - 1].end
            p.title = p.title + text[tokens[p.last - scope - 1].end : p.end]
        j = _skip(tokens, p.last)
        if j == p.last and j + 1 < len(tokens) and tokens[j].norm == _TRUSTED and tokens[j + 1].sent == tokens[j].sent \
                and tuple(fold(p.title).split()) in PEOPLE.WHOLE_OFFICES:
            j = _skip(tokens, j + 1)  # "ولي العهد الأمين صاحب السمو الملكي الأمير X": the heir's epithet (ext-t141)
        if j == p.last and j < len(tokens) and tokens[j].norm in FUNCTION_WORDS.COMPASS:
            j = _past_compass(tokens, j) or j  # "رئيس مجلس محافظة X غرب العراق، Y Z،": where the body lies (ext-t87)
        inner = p.last - 1 > p.first and tokens[p.last - 1].norm[:1] == "ل" \
            and _title_at(tokens, p.last - 1) is not None \
            and strip_clitic(tokens[p.last - 1].norm)[0] not in (fold("الملك"), fold("ملك"))
        if inner and not (p.first > 1 and tokens[p.first - 1].norm in _COMMA and p.start == tokens[p.first].start) \
                and not _accusative_item(tokens, p):
            continue  # "مدير الحملة للرئيس X": X holds the inner title
        # ("X، مدير الحملة للرئيس Y": the name apposed before the comma holds the outer one)
        name = parse_name(tokens, j, strip_wa=False) if j < len(tokens) and j not in post_starts and not inner \
            else None
        if name is None and j + 1 < len(tokens) and j not in post_starts and not inner and tokens[j].text == "علي" \
                and _bare_name_next(tokens, j + 1) and len(tokens[j + 1].norm) >= 5 \
                and not tokens[j + 1].norm.endswith(("ا", "ات", "ه")) and tokens[j + 1].norm[:1] not in "ات" \
                and _foreign_title(tokens, p):  # (not "علي دعم", "علي تعزيز", "علي استمرار": the preposition)
            name = Name(j, j + 2, 0, True)  # "المرشد الأعلى الإيراني علي X": the name علي (written with ي, the
            # preposition على folds alike), then a bare foreign surname
        if name is None and j < len(tokens) and j not in post_starts and tokens[p.last].norm in _COMMA and not inner:
            name = _comma_bounded_name(tokens, j) or _sabah_name(tokens, j)  # "وسفيرة …، كلاوديا فيداي." (a first
            # word like "ك" + noun); "…، صباح X،" (ext-t87)
        if name is None and j > p.last and tokens[j - 1].norm in _COMMA and not inner:
            name = _sabah_name(tokens, j)  # "رئيس مجلس محافظة X غرب العراق، صباح Y،" (ext-t87)
        if name is not None and tokens[j].norm[:1] == "و" and tokens[j].norm not in lex.first_names \
                and not (j > p.last and _foreign_title(tokens, p) and tokens[j].norm[1:] not in lex.first_names
                         and _comma_bounded_name(tokens, j) is not None) \
                and not _wa_name_after_honorific(tokens, p, j):
            name = None  # "…، وفلان": a new list item, not this post's holder
            # (but "وزير التجارة الأمريكي، ويلبور روس،": a foreign name that opens with و, between commas)
        if name is not None and name.known and name.end - name.start == 2 and not _ends_clean(tokens, name.end):
            name = _third_word(tokens, name)  # "الرئيس اليمني عبدربه منصور هادي قد يعود"
        if name is not None and name.start == j and name.end - name.start >= 2:
            name = _nisba_tail(tokens, name)  # "نائب رئيس الجمعية X بن Y Z الفلاني،": the family name (pp5)
        quoted = _quoted_name(tokens, j) if name is None and not inner and (
            j == p.last or _styles_only(tokens, p.last, j)) else None
        # ('وزير التعليم الدكتور "X Y"': an honorific between the title and the quoted name, ext-t149)
        if quoted is None and name is None and not inner and j == p.last + 1 and tokens[p.last].norm in _COMMA:
            quoted = _comma_quoted_name(tokens, j)  # 'وأكد مدير المركز، "X Y"؛ أن …' (lnk)
        name = name or quoted  # 'الرئيس البوسني "X Y"،'
        if name is None and j == p.last and not inner:
            name = _after_epithet(tokens, j)  # 'الملك "الحازم" X بن Y': a quoted epithet, then the name (ext-t144)
        r = p.last + (1 if p.last < len(tokens) and tokens[p.last].norm in _COMMA else 0)
        ranked = _rank_name(tokens, r) if j >= r and not inner and (name is None or not name.known) \
            and r < len(tokens) and tokens[r].norm in CHAINS.RANKS and r not in post_starts else None
        name = ranked or name  # "قائد المنطقة العسكرية اللواء ركن X بن Y الغامدي": a rare given name after a rank
        # (also where the rank was not skipped for it: "مدير الشرطة اللواء X الغامدي", a given name the list lacks,
        # ext-t67)
        if name is None and not inner and j == r and r not in post_starts:
            name = _envoy_name(tokens, r)  # "مندوب البلد الدائم لدى الجامعة السفير X Y": a diplomat's rank between
        if name is None and not inner and j not in post_starts and (_ali_surname(tokens, j) or _ali_given(tokens, j)) \
                and (tokens[p.first].norm[:1] == "و" or (p.first > 0 and tokens[p.first - 1].norm in (*_COMMA, ":"))):
            name = Name(j, j + 2, 0, True)  # "ومدير مركز التنمية الاجتماعية علي الحمد،": the given name written
            # with ي (the preposition "على" with ى), a family name and a comma, right after an office
        if name is None and not inner and j == p.last < len(tokens) and j not in post_starts \
                and tokens[j].norm == _AMIR and _amir_given_name(tokens, j, [p]):
            name = Name(j, j + 2, 0, True)  # "نائب الأمين العام للغرفة أمير X أن …": a given name (ext-t112)
        if name is None and not inner and j == p.last < len(tokens) and j not in post_starts \
                and tokens[j].text == _ALI and _ali_after_office(tokens, j):
            name = Name(j, j + 2, 0, True)  # "رفض وزير البترول علي النعيمي الرد": the given name علي (ext-t112)
        if name is None and not inner and j == r and r + 1 < len(tokens) and tokens[r].norm in CHAINS.RANKS \
                and _foreign_title(tokens, p):
            ranked = _foreign_name(tokens, r + 1)  # "قائد القوات البرية لروسيا الجنرال X Y": a foreign officer
            name = ranked
        if name is None and not inner and j == r and r + 1 < len(tokens) and tokens[r].norm in _ENVOY \
                and _foreign_title(tokens, p):
            ranked = _foreign_name(tokens, r + 1) or _envoy_foreign_name(tokens, r + 1)
            name = ranked  # "المندوب الباكستاني الدائم لدى الأمم المتحدة السفيرة X Y خلال": a foreign envoy's
            # unknown name after the diplomatic rank (ext-t114)
        if name is None and not inner and j == r and r + 2 < len(tokens) and tokens[r].norm in _ENVOY \
                and tokens[r + 1].norm in lex.honorifics and tokens[r + 2].sent == tokens[r].sent \
                and not _host_before(tokens, p.first) and (_foreign_title(tokens, p) or any(
                    strip_clitic(tokens[x].norm, "و")[0] in _DIPLOMATS for x in range(p.first, p.last))):
            styled = parse_name(tokens, r + 2)  # "القنصل العام … في لوس أنجلوس السفير الدكتور X بن Y": the rank,
            name = styled if styled is not None and styled.known and styled.start == r + 2 else None  # then a style
        if name is None and not inner and j == p.last < len(tokens) and j not in post_starts \
                and p.last - p.first >= 2 and tokens[j].norm[:1] in "فك":
            literal = parse_name(tokens, j, literal=True)  # "المشرف السابق على … كنعان الكنعان … أن الكنعان":
            if literal is not None and _surname_again(tokens, literal):  # a given name opening with ف/ك
                name = literal  # whose family name speaks again alone (ext-t28)
        foreign = _foreign_name(tokens, j) or _syllabic_name(tokens, j) \
            if j == p.last and j < len(tokens) and j not in post_starts and not inner and (
                _LATIN.match(tokens[j].text) or _feminine_head(tokens, p) or _foreign_title(tokens, p)) else None
        # (read only where the test below may keep it: a foreign title, a Latin name or a feminine head)
        if foreign is not None and (_foreign_title(tokens, p) or _LATIN.match(tokens[j].text)
                                    or _feminine_foreign(tokens, p, foreign)):
            name = foreign  # "رئيسة الجمعية الوطنية الفرنسية يائيل براون بيفيه.", "… LUAY SHABANEH"
        else:
            foreign = None
        if name is None and not inner and p.last < j < len(tokens) and j not in post_starts \
                and (tokens[j - 1].norm in lex.honorifics or (j == p.last + 1 and tokens[p.last].norm in _COMMA
                                                             and tokens[j].norm[:1] != "و")) \
                and _foreign_title(tokens, p):
            name = foreign = _foreign_name(tokens, j)  # "القنصل العام لكوريا الجنوبية السيد X Y", "قال المفوض
            # السامي …، X Y إن": a foreign name after an honorific or a comma, read as right after the title (ext-t114)
        if name is not None and not name.known and (j == p.last or not (_ends_clean(tokens, name.end) or (
                tokens[j - 1].norm in lex.honorifics and tokens[j - 1].sent == tokens[j].sent
                and name.end - name.start >= 3 and name.end < len(tokens) and tokens[name.end].norm[:1] in "بل"
                and not tokens[name.end].article and len(tokens[name.end].norm) >= 4))) \
                and not _latin_twin(tokens, name) and name not in (foreign, quoted, ranked) \
                and not _nisba_named(tokens, p, name) and not _surname_again(tokens, name) \
                and not _bare_surname_again(tokens, p, name) \
                and not _rare_given_named(tokens, p, name) \
                and not (p.acting and j == p.last and tokens[j - 1].norm in CHAINS.MUKALLAF
                         and _nisba_named_at(tokens, j)):  # "… المكلف X الحربي": the acting word bounds it (aud-inst)
            name = None  # an unknown given name right after a title needs a comma or an honorific
        if name is not None and not name.known and tokens[p.first].norm.endswith("ا") \
                and strip_clitic(tokens[p.first].norm, "و")[0] in _MEMBER_TITLES:
            name = None  # "لم يكن عضوا في المجلس، عكس X الذي …": an accusative member's office is a predicate (ext-t30)
        if name is not None and _is_king(p) and not name.known:
            name = None
        if name is not None and (_is_king(p) or fold(p.title).startswith(_KINGS_TITLE)) \
                and any(tokens[x].norm in _PRINCE_STYLES for x in range(p.last, name.start)):
            name = None  # "كان في استقبال خادم الحرمين الشريفين، الأمير X": a prince holds no king's title (ext-t45)
        if name is not None and _gender_clash(p.title, text[tokens[name.start].start:tokens[name.end - 1].end]):
            name = None
        if name is not None and p.last < len(tokens) and tokens[p.last].norm in _COMMA \
                and any(pm.last == p.first for pm in out.persons):
            name = None  # "كلف الأمير X الرئيس العام لرعاية الشباب، د. Y …": the office apposed right after a name
            # is that name's, not the next one's after the comma (ext-t52)
        if name is not None and not name.known and j > p.last and p.first > 1 and p.start == tokens[p.first].start \
                and tokens[p.first - 1].norm in _COMMA and _known_name_before(tokens, p.first, post_ends):
            name = None  # "برئاسة X Y، عضو مجلس الإدارة، إعادة النظر …": an office between commas right after a
            # recognisable name is that name's; the words after the second comma are no holder (ext-t103)
        if name is not None and not name.known and j > p.last and tokens[p.last].norm in _COMMA and p.first > 1 \
                and p.start == tokens[p.first].start and tokens[p.first - 1].is_word \
                and (before := _name_before(tokens, p.first, post_ends)) is not None and before.known \
                and before.end == p.first and tokens[before.start].sent == tokens[p.first].sent:
            name = None  # "وأكد X Y عضو الفريق التنظيمي، اكتمال الاستعدادات": an office right after a recognisable
            # name is that name's; the unknown words after its comma are the verb's object, no holder (post20)
        if name is not None and not name.known and name.end - name.start == 2 \
                and tokens[name.start].norm.endswith("ا") and tokens[name.start].norm not in lex.first_names \
                and (tokens[name.start + 1].text.endswith("ة") or _tafil(tokens[name.start].norm[:-1])):
            name = None  # (tuning196) "ويمضي د. X، المدير العام لوزارة …، أياما طويلة في …": an accusative noun and
            # its adjective (how long, how much; "تهديدا خطيرا": a تفعيل verbal noun), no holder's name
        if name is not None and name.end - name.start >= 3 and "ال" + tokens[name.start].norm in CHAINS.RANKS \
                and tokens[name.start + 1].norm in lex.first_names:
            name = Name(name.start + 1, name.end, 0, True)  # (tuning198) "الناطق … المكلف نقيب X Y": a rank written
            # without the article before the holder's given name is his rank, no word of his name
        if name is not None and tokens[j].sent == tokens[p.first].sent:
            p.holder = add(name).name
            head = tokens[p.first].norm
            if head.endswith("ا") and _title_at(tokens, p.first) and name.end < len(tokens):
                second = parse_name(tokens, name.end, strip_wa=True)
                if second is not None and second.clitic and second.known:
                    twin = PostMention(p.first, p.last, p.start, p.end, p.title, p.acting)
                    twin.holder = add(second).name
                    extra_posts.append(twin)
            continue
        item_ends = post_ends | {pm.last for pm in out.persons}
        named = next((pm for pm in out.persons if pm.last == p.first - 1), None) \
            if p.first > 1 and tokens[p.first - 1].norm in _COMMA and p.start == tokens[p.first].start else None
        if named is not None and not _is_king(p) and not _gender_clash(p.title, named.name):
            p.holder = named.name  # "السيناتور X Y، عضو لجنة …": a name already read holds the apposed title
            continue
        ordinal = next((pm for pm in out.persons if pm.last == p.first - 2 and pm.last > pm.first
                        and tokens[pm.last - 1].norm in PEOPLE.ORDINAL_KINGS), None) \
            if p.first > 3 and tokens[p.first - 2].norm in PEOPLE.FILIATION and p.start == tokens[p.first].start \
            and tokens[p.first - 1].norm in lexicon().first_names and tokens[p.first - 1].sent == tokens[p.first].sent \
            else None
        if ordinal is not None and not _is_king(p):
            p.holder = ordinal.name  # "الملك عبدالله الثاني بن الحسين ملك المملكة …": the name stops at the ordinal,
            continue  # the father's name after it, then the office apposed to the king (ext-t55)
        name = None if _is_king(p) or _governed_title(tokens, p) else _name_before(tokens, p.first, item_ends)
        if name is None and not _is_king(p) and p.first > 3 and tokens[p.first - 1].norm in _QUOTES.values() \
                and p.start == tokens[p.first].start and tokens[p.first - 1].sent == tokens[p.first].sent:
            enclosed = _name_before(tokens, p.first - 1, item_ends)  # 'يشير "X Y" رئيس جمعية …': a name the press
            if enclosed is not None and enclosed.known and enclosed.start > 0 and not enclosed.clitic \
                    and _QUOTES.get(tokens[_styles_before(tokens, enclosed.start) - 1].norm) \
                    == tokens[p.first - 1].norm:
                name = enclosed  # puts in quotes, right before the office it holds (ext-t39)
        if name is None and not _is_king(p) and p.first > 2 and tokens[p.first - 1].norm in _IN_CAPACITY \
                and p.start == tokens[p.first].start and tokens[p.first - 1].sent == tokens[p.first].sent:
            name = _name_before(tokens, p.first - 1, item_ends)  # "وحضر X بصفته رئيسا للجنة …": the name right
            # before "بصفته" holds the office it names (ext-t39)
        if name is None and not _is_king(p) and p.first > 2 and tokens[p.first - 1].norm in _HE_IS \
                and p.start == tokens[p.first].start and tokens[p.first - 1].sent == tokens[p.first].sent:
            name = _name_before(tokens, p.first - 1, item_ends)  # "أفرج عن X Y، وهو مدير سابق في …": the name right
            # before "وهو/وهي" holds the office the clause gives him (ext-t80)
            prior = next((q for q in posts if q is not p and q.last == p.first - 1 and q.holder), None) \
                if name is None else None
            if prior is not None:  # "X Y رئيس اللجنة وهو المشرف الميداني …": the holder of the office right before
                p.holder = prior.holder  # "وهو" holds the one after it too
                continue
        if name is None and not _is_king(p) and p.first > 1 and tokens[p.first - 1].norm == _HIGHNESS \
                and p.start == tokens[p.first].start:
            name = _name_before(tokens, p.first - 1, item_ends)  # "الأمير X بن Y سمو ولي العهد": a style between
        if name is None and not _is_king(p) and _foreign_title(tokens, p):
            name = _spoken_name(tokens, p.first)  # "وقالت أورسولا فون دير لاين رئيسة المفوضية الأوروبية …"
        if name is not None and inner and not name.known:
            name = None  # an office of an office ("نائب للرئيس") only for a recognisable name before it
        if name is not None and tokens[p.first].norm[:1] == "و" and p.start > tokens[p.first].start \
                and name.end == p.first - 1:
            name = None  # "T1، X، وT2 Y": X holds the title before it; "، وT2" opens the next item
        if name is not None and tokens[p.first].norm[:1] == "و" and p.start > tokens[p.first].start \
                and name.end == p.first and any(q is not p and q.holder and q.last <= name.start
                                                and _skip(tokens, q.last) == name.start for q in posts):
            name = None  # "المساعد للشؤون … X والمساعدة للشؤون … Y": X holds the title before him, وT2 is a new item
        if name is not None and _gender_clash(p.title, text[tokens[name.start].start:tokens[name.end - 1].end]):
            name = None
        if name is not None and tokens[p.first].norm.endswith("ا") and not name.known:
            name = None  # accusative "…رئيسا للحزب": only after a recognisable name
        if name is not None:
            p.holder = add(name).name
    posts.extend(extra_posts)
    _office_of_another(text, tokens, posts)
    # appositive chains: "X، الوالي …، رئيس …"
    introduced = {pm.name for pm in out.persons if pm.first > 0
                  and tokens[pm.first - 1].norm in lex.honorifics | PEOPLE.ROYAL_TITLES}
    following = {id(x): y for x, y in pairwise(posts)}
    for a, b in pairwise(posts):
        if a.holder in introduced and not b.holder and b.first == a.last and b.start == tokens[b.first].start \
                and tokens[b.first].sent == tokens[a.first].sent and not _is_king(b) \
                and not (fold(b.title).startswith(_KINGS_TITLE) and _styled_next(tokens, b, following.get(id(b)),
                                                                                 comma=False)):
            b.holder = a.holder  # "الأمير X ولي العهد … وزير الدفاع رئيس مجلس …": a dignitary's stacked offices
            continue
        if not a.holder and b.holder and (b.first == a.last or _trusted_heir(tokens, a, b)) \
                and tokens[b.first].norm in PEOPLE.ROYAL_STYLE and not _king_over_prince(a, b):
            a.holder = b.holder  # "ولي العهد الأمير مولاي الحسن"; "ولي العهد الأمين الأمير X" (ext-t141)
        if a.holder and not b.holder and b.first in (a.last, a.last + 1) and (
                b.first == a.last or tokens[a.last].norm in _COMMA):
            if b.first == a.last and not tokens[b.first].norm.startswith("و") and not (
                    b.start == tokens[b.first].start and any(
                        pm.name == a.holder and pm.last in (a.first, a.first - 1, _stack_first(tokens, posts, a))
                        for pm in out.persons)):
                continue  # "X الوكيل العام للملك … رئيس النيابة العامة": both follow the name
            if _opens_next_dignitary(tokens, b, following.get(id(b)), out, comma=b.first > a.last) \
                    or _comma_opens_next_dignitary(tokens, a, b, following.get(id(b)), out):
                continue  # "X وزير الداخلية، ووزير الدولة عضو مجلس الوزراء الدكتور Y": the next item's (ext-t51),
                # also with no comma before the "و" when an honorific introduces Y (fpeople)
            if fold(b.title).startswith(_KINGS_TITLE) and any(
                    pm.name == a.holder and pm.first > 0 and tokens[pm.first - 1].norm in _PRINCE_STYLES
                    for pm in out.persons):
                continue  # "هنأ الأمير X أمير المنطقة، خادم الحرمين الشريفين بالعيد": a prince holds no king's title
            if b.first > a.last and _styled_next(tokens, b, following.get(id(b))):
                continue  # "هنأ X أمير المنطقة، خادم الحرمين الشريفين الملك Y": the office after the comma, right
                # before a royal style and its name, is that name's (ext-t141)
            b.holder = a.holder
    # stacked offices of one person: "رئيس الديوان رئيس المجلس الشيخ X", "مفتي عام المملكة رئيس الهيئة الشيخ X"
    # (only when an honorific introduces the name, as the Gulf press writes a dignitary's offices)
    starts = {pm.name: pm.first for pm in out.persons}
    for a, b in reversed(list(pairwise(posts))):
        apposed = b.first == a.last or (b.first == a.last + 1 and tokens[a.last].norm in _COMMA
                                        and b.start == tokens[b.first].start)  # "المفتي العام، رئيس الهيئة الشيخ X"
        if not a.holder and b.holder and apposed and b.holder in starts and starts[b.holder] >= b.last \
                and not (b.first > a.last and _host_before(tokens, a.first)) \
                and not (_host_before(tokens, a.first) and tokens[a.first].start == a.start
                         and not _visitor_stack(tokens, a, b, posts, starts[b.holder])) \
                and (tokens[starts[b.holder] - 1].norm in lex.honorifics | PEOPLE.ROYAL_TITLES
                     or _ranked_stack(tokens, b, starts[b.holder]) or _cabinet_member_stack(tokens, a, b)
                     or a.start > tokens[a.first].start or (a.first > 0 and tokens[a.first - 1].norm in _COMMA)
                     or _styled(tokens, a.first)
                     or _speaker_stack(tokens, a, b) or _visitor_stack(tokens, a, b, posts, starts[b.holder])
                     or _wali_stack(tokens, a, b) or _headed_stack(tokens, a, b) or _pronoun_stack(tokens, a, b)
                     or _coordinated_pair(tokens, a, b, starts[b.holder], out.persons)
                     or _member_stack(tokens, a, b) or tokens[a.first].norm in _OWN_SPOKESMEN
                     or _event_verb_stack(tokens, a, b)
                     or tokens[starts[b.holder] - 1].norm in _ENVOY) \
                and not _king_over_prince(a, b) and not _king_before_comma(tokens, a, b) \
                and not _whole_office_held(posts, a, b.holder):
            a.holder = b.holder  # (or the first office opens a list item: "، وسفير المملكة … مندوبها … X")
    # "وتكليف X مستشارا …", "تعيين X بمهمات المدير العام …": the appointed name holds the office after it
    for i in cues.at(_Cue.APPOINTED):  # (only where the word may be one, not at each token)
        tok = tokens[i]
        base = tok.norm[1:] if tok.norm[:1] in "وب" and tok.norm[1:] in PEOPLE.APPOINTED else tok.norm
        if base not in PEOPLE.APPOINTED or i + 1 >= len(tokens) or i + 1 in covered or i + 1 in by_token:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].norm in lex.honorifics and tokens[j].sent == tok.sent:
            j += 1  # "بتعيين الدكتور X …"
        name = parse_name(tokens, j, literal=True)
        if name is None or name.end - name.start > 5:
            continue
        k = name.end
        if k + 1 < len(tokens) and tokens[k].norm == "في" and tokens[k + 1].norm in PEOPLE.ASSIGNED_AS:
            k += 1  # "في منصب …"
        k += 1 if k < len(tokens) and tokens[k].norm in PEOPLE.ASSIGNED_AS else 0
        post = post_starts.get(k)
        held = by_token.get(name.start)
        if post is not None and held is not None and post.holder == held.name:
            post = post_starts.get(post.last)  # "اختيار X وزير … السابق أمينا لـ …": his own office, then the new one
        if post is not None and not post.holder and tokens[k].sent == tok.sent \
                and not _gender_clash(post.title, text[tokens[name.start].start:tokens[name.end - 1].end]):
            post.holder = add(name).name
    # honorific + name, and names starting with a known given name
    for i in _name_openers(cues):
        tok = tokens[i]
        if i in by_token or i in covered:
            continue
        if is_honorific(tok.norm):  # (and "والمهندس X" in a list)
            if i > 0 and tokens[i - 1].norm == _AL_FAMILY and tokens[i - 1].sent == tok.sent:
                continue  # "عبدالله آل الشيخ أسمى آيات الشكر": "الشيخ" after "آل" is a family name, no style (pp13)
            if i > 0 and tokens[i - 1].sent == tok.sent and place_len(tokens, i - 1) >= 2:
                continue  # (tuning196) "مطار شرم الشيخ وإنشاء …": the honorific's word ends a place's name
            if i + 1 < len(tokens) and tokens[i + 1].norm[:1] == "و" and tokens[i + 1].sent == tok.sent and (
                    is_honorific(tokens[i + 1].norm) or _profession_style(tokens[i + 1].norm)):
                continue  # "الشيخ والداعية X", "الشيخ والدكتور X": the second style, behind و, introduces the name
            listed = i + 1 < len(tokens) and tokens[i + 1].norm[:1] == "و" and tokens[i + 1].norm[1:] in lex.first_names
            name = parse_name(tokens, i + 1, strip_wa=listed)  # "… عبد الواحد السيد ومحمود X": no honorific
            # stands before "و"; the list's و is no part of the next name (ext-t103)
            longer = parse_name(tokens, i + 1, max_units=3)
            if name is not None and longer is not None and longer.end > name.end and longer.end < len(tokens) \
                    and tokens[longer.end].norm in _COMMA and _plain_words(tokens, name.end, longer.end):
                name = longer  # "السيد جان لوك X ،": a comma closes a three-word foreign name
            if name is not None:
                name = _listed_full_name(tokens, i, name)
            if name is not None and name.start not in by_token and not _noun_style(tokens, i, name):
                add(name)
            continue
        if _profession_style(tok.norm):
            name = _professional_name(tokens, i)
            if name is not None and name.start not in by_token and name.start not in covered:
                add(name)
            continue
        rank = _rank_name(tokens, i) or _envoy_name(tokens, i) \
            if (tok.norm in CHAINS.RANKS or tok.norm[1:] in CHAINS.RANKS or tok.norm in _ENVOY) \
            and not _club_named(tokens, i) else None
        if rank is not None:  # "الشهداء العريف أول X Y Z الحمادي": a soldier's name after his rank
            if rank.start not in by_token and not any(pm.first <= rank.start < pm.last for pm in out.persons):
                add(rank)
            continue
        if tok.norm in PEOPLE.ROLE_CUES and i + 1 < len(tokens) and i + 1 not in by_token and i + 1 not in covered:
            name = _bare_name(tokens, i + 1)  # "برئاسة موح رجدالي، من فريق…", "بحضور، X Y،"
            if name is not None:
                add(name)
            continue
        base = tok.norm[1:] if tok.norm[:1] == "و" and len(tok.norm) > 3 else tok.norm
        if base in PEOPLE.COUNTERPARTS and i + 2 < len(tokens) and i + 2 not in by_token and i + 2 not in covered:
            nationality = tokens[i + 1].norm[:-1] if tokens[i + 1].norm.endswith("يه") else tokens[i + 1].norm
            name = _bare_name(tokens, i + 2) if nationality in PEOPLE.NATIONALITIES else None
            country = place_len(tokens, i + 2) if tokens[i + 1].norm == "من" else 0
            if country and i + 2 + country < len(tokens) and tokens[i + 2 + country].norm in _COMMA:
                name = _bare_name(tokens, i + 2 + country)  # "ونظيره من البرتغال، X"
            if name is not None:  # "ونظيره البرتغالي جواو ماتشادو"
                add(name)
            continue

        filiated = i + 2 < len(tokens) and tokens[i + 1].norm in PEOPLE.FILIATION and tok.is_word \
            and not (tokens[i + 1].norm == _IBN_ALIF and base not in lex.first_names) \
            and not (base not in lex.first_names and _verb_before_ibn(base)) \
            and not tok.article and not is_stop(tok.norm) and tokens[i + 1].sent == tok.sent
        if (base in lex.first_names and base not in lex.ambiguous_names) or filiated or (
                base.startswith("عبد") and (len(base) > 3 or i + 1 < len(tokens))):
            prev_covered = i - 1 in by_token or any(pm.first <= i < pm.last for pm in out.persons)
            if prev_covered:
                continue
            name = parse_name(tokens, i, strip_wa=True)
            if name is not None and name.known and not any(
                    tokens[x].norm[:1] == "ل" and not tokens[x].article and starts_head(tokens, x, strip=True)
                    for x in range(name.start + 1, name.end)):  # (not "قيادة رشيدة لصندوق النقد": ل + a body)
                add(name)
        elif base in lex.ambiguous_names and base != tok.norm and (
                _after_person(tokens, out, i) or _listed_before_abd(tokens, i)):
            name = parse_name(tokens, i, strip_wa=True)  # "بحضور X ورشيد العبدي": a name coordinated with a name
            if name is not None and name.known and name.end - name.start >= 2 and not any(
                    t.norm[:1] == "و" and t.norm[1:] in lex.first_names for t in tokens[name.start + 1 : name.end]):
                add(name)  # (not "وعماد ويونس": two given names coordinated)
        elif base in lex.ambiguous_names and _nisba_family_next(tokens, i, base) and i + 1 not in covered \
                and not any(pm.first <= i and pm.last >= i for pm in out.persons):  # (not "سهير رمزي التخلي")
            name = parse_name(tokens, i, strip_wa=True)  # "وشارك المهاجم فهد الجهني", "لاعبي النادي سالم X وناصر Y"
            if name is not None and name.known and name.end == i + 2:
                prev = tokens[i - 1]
                listed = tok.norm == base and prev.norm[:1] == "و" and not prev.article and len(prev.norm) >= 4 \
                    and not is_stop(prev.norm) and prev.sent == tok.sent \
                    and any(pm.last == i - 1 for pm in out.persons) \
                    and prev.norm[1:] not in PEOPLE.NOT_NAMES  # (not "X Y وعضوية Z W": a membership, ext-t123)
                add(Name(i - 1, i + 2, 1, True) if listed else name)  # "X Y ومستور صالح Z": a rare given name opens
                # the list's next item, the ambiguous one is his father's (ext-t113)
        elif base in lex.ambiguous_names and base == tok.norm and _kunya_family_next(tokens, i) \
                and i + 1 not in covered and not any(pm.first <= i < pm.last for pm in out.persons):
            name = parse_name(tokens, i, strip_wa=True)  # "ومدرب الشباب صلاح أبو الفتوح": a given name that is
            if name is not None and name.known and name.start == i and name.end == i + 3:  # also a noun, then
                add(name)  # "أبو" + a definite word, a family name of two words (s13-pp7)
        elif base in lex.ambiguous_names and i + 1 not in covered and _four_part_name(tokens, i):
            name = parse_name(tokens, i, strip_wa=True)  # "طارق عبدالرحمن عبدالقادر X عضوا،": an ambiguous given
            if name is not None and name.end - name.start == 4 and not any(  # name opening a four-part name
                    pm.first <= i < pm.last for pm in out.persons) and (
                    not tokens[name.end - 1].article or tokens[name.end - 1].norm.endswith("ي")):  # (not "الفائز")
                add(name)
        elif base in lex.ambiguous_names and base == tok.norm and i + 1 not in covered \
                and _father_then_family(tokens, i) and not any(pm.first <= i < pm.last for pm in out.persons):
            name = parse_name(tokens, i, strip_wa=True)  # "بقيادة ناصر محمد السلطان": an ambiguous given name, his
            if name is not None and name.known and name.start == i and name.end == i + 3:  # father's unambiguous
                add(name)  # given name and an article family name: one name of three (pp8)
        elif base in lex.ambiguous_names and base == tok.norm and i + 1 not in covered \
                and _father_then_bare_family(tokens, i) and not any(pm.first <= i < pm.last for pm in out.persons):
            name = parse_name(tokens, i, strip_wa=True)  # "وقال حسن محمد X، إن": the same before a bare family name
            if name is not None and name.known and name.start == i and name.end == i + 3:  # closed by a boundary
                add(name)  # (pp13)
        elif tok.norm[:1] == "ل" and tok.norm[1:] in lex.first_names and i - 1 not in by_token:
            name = parse_name(tokens, i, strip_wa=True)  # "استقباله لنور الهدى المراكشي": ل + a full name
            if name is not None and name.clitic and name.end - name.start >= 2 and tokens[name.end - 1].article \
                    and tokens[name.end - 1].text.endswith("ي") and len(tokens[name.end - 1].norm) > 4 \
                    and not any(t.norm.endswith(_PLURAL_ENDINGS) and t.norm not in lex.compound_second
                                for t in tokens[name.start : name.end]) \
                    and (tok.norm[1:] not in lex.ambiguous_names or name.end - name.start >= 3) \
                    and not any((not t.article and t.norm.endswith("ي") and t.norm not in lex.first_names)
                                or (t.article and not t.norm.endswith("ي") and t.norm not in lex.compound_second)
                                for t in tokens[name.start + 1 : name.end - 1]):  # (not "لصالح مسلحي التنظيم …")
                add(name)
    _ranked_holders(tokens, out, post_starts)
    _kunya_out_of_office(text, tokens, out)
    _appointed_pronoun(tokens, out, post_starts, cues)
    _headed_bodies(text, tokens, out, insts, by_token, cues)
    _professor_posts(text, tokens, out, insts, by_token, cues)
    _counsel_posts(text, tokens, out, insts, add)
    _job_posts(text, tokens, out, by_token, cues)
    out.persons.sort(key=lambda pm: pm.start)
    eponymous = [pm for pm in out.persons if pm.first > 0 and tokens[pm.first - 1].norm in CHAINS.ROYAL
                 and (any(m.first < pm.first - 1 and pm.last <= m.last for m in insts)
                      or (pm.first > 1 and strip_clitic(tokens[pm.first - 2].norm)[0] in PEOPLE.NAMED_PLACES))]
    eponymous += [pm for pm in out.persons if pm.first > 0 and not tokens[pm.first - 1].article
                  and (tokens[pm.first - 1].norm in _COMPETITIONS
                       or strip_clitic(tokens[pm.first - 1].norm)[0] in _COMPETITIONS)]  # "دوري X Y للمحترفين"
    eponymous += [pm for pm in out.persons if pm.first > 0 and not tokens[pm.first - 1].article
                  and strip_clitic(tokens[pm.first - 1].norm)[0] in INSTITUTIONS.EPONYM_HEADS
                  and any(m.first <= pm.first - 1 and pm.last <= m.last for m in insts)]
    # (tuning200) "ومؤسسة الوليد بن طلال الخيرية": a body named after a person, its head right before the name
    eponymous += _after_surname_honorific(tokens, out)  # (no body's name, but dropped the same way, office holders
    # named elsewhere kept)
    eponyms = {pm.name for pm in eponymous}
    eponyms -= _office_holders_besides(out, eponymous)
    if eponyms:  # "جامعة الأمير سطام بن عبدالعزيز": the name a body bears is no person the text mentions
        out.persons = [pm for pm in out.persons if pm.name not in eponyms]
    _drop_byline(tokens, out)
    _drop_crown_deputy(tokens, out)
    _unlink_after_and_royal(tokens, out)
    _drop_street_names(tokens, out)
    _drop_prophet(tokens, out)
    _counterparts(text, tokens, out, cues)
    unresolved: list[PostMention] = []
    for p in out.posts:  # "نظيره الفرنسي" → "وزير الخارجية الفرنسي"
        office = _host_office(tokens, out, p.first) if p.holder and p.last == p.first + 2 else None
        if office is not None:
            p.title = office + " " + tokens[p.first + 1].text
        elif p.last == p.first + 2 and counterpart_word(tokens[p.first].norm):
            unresolved.append(p)
    if unresolved:  # "قال كيري مع نظيره المصري X": no host's office, so "نظيره المصري" names no office (ext-t162)
        out.posts = [p for p in out.posts if all(p is not u for u in unresolved)]
    _list_mates(text, tokens, out)
    _kull_min_list(text, tokens, out, cues)
    _spoken_foreign_names(text, tokens, out, cues)
    _spoken_ambiguous_names(text, tokens, out, cues)
    _trade_foreign_names(text, tokens, out, cues)
    _national_foreign_names(text, tokens, out, cues)
    _trade_nisba_names(text, tokens, out, cues)
    _staff_single_names(text, tokens, out)
    _members(tokens, out, insts, cues)
    _one_person(tokens, out)
    _surname_references(text, tokens, out)
    _fuller_names(text, tokens, out)
    _overlapping_names(text, tokens, out)
    _adjacent_halves(text, tokens, out)
    _father_in_house_form(tokens, out)
    _skipped_filiation(tokens, out)
    _ibn_short_form(tokens, out)
    _ibn_family_short_form(tokens, out)
    _bare_family_variant(out)
    _lone_surname(tokens, out)
    _credentials(tokens, out)
    _career_list(tokens, out, cues)
    _experience_list(tokens, out)
    _deputy_in_list(tokens, out)
    _accusative_members(tokens, out)
    _styled_late_holder(tokens, out)
    _li_office_after_name(tokens, out)
    # "نائب خادم الحرمين الشريفين الأمير X", "الأمير X أمير منطقة Y": the royal style is no office of its own
    # when the same person holds an office the text names
    office_holders = {p.holder for p in out.posts if p.holder and len(p.title.split()) > 1}
    out.posts = [p for p in out.posts if not (p.holder in office_holders and len(p.title.split()) == 1
                                              and fold(p.title) in PEOPLE.ROYAL_TITLES)]
    out.posts = [p for p in out.posts if not _dean_epithet(p.title) and not _rank_only(p.title)]
    _one_presidency(tokens, out)
    _office_taken_up(tokens, out)
    _office_given_in(tokens, out)
    _office_by_pronoun(tokens, out)
    _surname_apposed(text, tokens, out)
    out.posts = [p for p in out.posts if not _headline_run_on(text, tokens, p)]
    _listed_name_cut(text, tokens, out)
    _unknown_listed_holders(text, tokens, out)
    _styled_bureau_head(text, tokens, out)
    _bare_office_before_name(text, tokens, out)
    _post_through_next_item(text, tokens, out)
    _kinswoman_named(tokens, out)
    _unheld_run_on_plural(text, tokens, out)
    _descriptor_run_on(text, tokens, out)
    _staff_of_dignitary(text, tokens, out)
    _staff_nationality(text, tokens, out)
    _style_before_holder(text, tokens, out)
    _media_addressee_run_on(text, tokens, out)
    _dative_run_on(text, tokens, out)
    _stack_before_styled_name(tokens, out)
    _one_holder_office(tokens, out)
    _unhold_royal_office(tokens, out)
    _named_body_no_person(insts, out)
    _deputies_pair(tokens, out)
    return out


_DUAL_DEPUTIES = frozenset(fold(w) for w in ("نائبي", "مساعدي", "وكيلي", "ونائبي", "ومساعدي", "ووكيلي"))


def _deputies_pair(tokens: list[Token], out: People) -> None:
    """ "بحضور نائبي المدير العام للرياضة والمالية X وY": after the dual of a deputy's title in construct with an
    office, the names that follow are the two deputies, neither holds the office itself."""
    for p in out.posts:
        if p.holder and p.first > 0 and tokens[p.first - 1].norm in _DUAL_DEPUTIES \
                and tokens[p.first - 1].sent == tokens[p.first].sent:
            p.holder = None


def _named_body_no_person(insts: Sequence[Spanned], out: People) -> None:
    """(tuning197) "في إرنست ويونغ": words read as a person's name that are, to the word, a body's name the
    institutions read (a listed firm named for its founders) name the body, no person; the offices they held keep no
    holder."""
    spans = {(m.first, m.last) for m in insts}
    gone = {pm.name for pm in out.persons if (pm.first, pm.last) in spans}
    if not gone:
        return
    out.persons[:] = [pm for pm in out.persons if pm.name not in gone]
    for p in out.posts:
        if p.holder in gone:
            p.holder = None


_CROWD_WORDS = frozenset(fold(w) for w in ("العديد", "الكثير", "الجميع", "كبار", "جميع", "كافة", "بقية", "باقي"))
_PEOPLE_PLURALS = frozenset(fold(w) for w in (
    "الأهالي", "الطلاب", "الطالبات", "الأعضاء", "العمداء", "الوكلاء", "الضيوف", "الحضور", "المشايخ", "الأعيان",
    "الزملاء", "المسؤولين", "المسؤولون", "الموظفين", "الموظفون", "المواطنين", "المواطنون", "المدعوين", "المشاركين",
    "المشاركون", "الحاضرين", "المنسوبين", "المنسوبات", "العاملين", "العاملون", "المهتمين", "المختصين"))


def _people_plural(norm: str) -> bool:
    """A definite plural of people that a body's name does not hold: the crowd at an occasion ("المسؤولين",
    "الموظفون", "الأهالي", "الأعضاء"); not every sound plural ("والمغتربين" of a ministry's name, "التعاون")."""
    return norm in _PEOPLE_PLURALS


def _unheld_run_on_plural(text: str, tokens: list[Token], out: People) -> None:
    """ "وحضر الحفل مدير الجامعة والعديد من المسؤولين", "رئيس النادي والأعضاء": an office no named person holds,
    whose complement, a singular definite noun (the body), is followed by "و" and a quantifier or a definite plural
    of people, ends before the "و": the crowd is a second subject of the verb, no body of the office (pp5). A plural
    after a plural ("جمعية المتقاعدين والمسنين") or after an indefinite word is left to the body's name."""
    for p in out.posts:
        if p.holder or p.last - p.first < 3:
            continue
        for x in range(p.first + 2, p.last):
            w = tokens[x].norm
            if w[:1] != "و" or tokens[x].sent != tokens[p.first].sent:
                continue
            rest, prev = w[1:], tokens[x - 1].norm
            if not (rest in _CROWD_WORDS or _people_plural(rest)):
                continue
            if not tokens[x - 1].article or _people_plural(prev) or prev.endswith(("ات", "ين", "ون")):
                break
            _cut_post(text, tokens, p, x)
            break


_NEXT_PERSON_DESCRIPTORS = frozenset(fold(w) for w in (
    "الزميل", "الزميلة", "الداعية", "الشاعر", "الشاعرة", "الفنان", "الفنانة", "الإعلامي", "الإعلامية", "الكاتب",
    "الكاتبة", "المحامي", "المحامية", "الباحث", "الباحثة", "الخبير", "الخبيرة", "الأديب", "الأديبة"))


def _descriptor_run_on(text: str, tokens: list[Token], out: People) -> None:
    """ "حضرت الزميلة X مديرة تحرير القسم والزميلة Y", "كرم رئيس المركز والداعية الشيخ Y": an office whose last word
    is "و" + a definite word for what a person is (a colleague, a preacher, a poet, a writer) run on into the next
    item: that word opens a second person, who holds nothing of the office; the office ends before the "و" and goes
    to the name written right before it, if any (s13-pp6)."""
    for p in out.posts:
        if not p.holder or p.last - p.first < 3 or p.last > len(tokens):
            continue
        w, prev = tokens[p.last - 1], tokens[p.last - 2]
        if w.norm[:1] != "و" or w.norm[1:] not in _NEXT_PERSON_DESCRIPTORS or not prev.article \
                or w.sent != tokens[p.first].sent:
            continue
        _cut_post(text, tokens, p, p.last - 1)
        named = _name_before(tokens, p.first)
        before = _person(text, tokens, named).name if named is not None else None
        p.holder = before if before is not None and any(pm.name == before for pm in out.persons) else None


_STAFF_QUALIFIERS = frozenset(fold(w) for w in ("الفني", "البدني", "المساعد"))
_NATIVE = fold("الوطني")


def _staff_nationality(text: str, tokens: list[Token], out: People) -> None:
    """ "المعد البدني التونسي X", "المدير الفني البرازيلي X", "المدرب الصربي X": a team's coach or trainer, then an
    adjective of nationality: the nationality says who the man is, not what the office is; the office ends before it
    ("المدرب الوطني", a local coach's standing, stays whole) (pp9)."""
    for p in out.posts:
        size = p.last - p.first
        if size not in (2, 3) or p.last > len(tokens):
            continue
        head, last = tokens[p.first], tokens[p.last - 1]
        staff = strip_clitic(head.norm)[0] in _STAFF_HEADS or (
            size == 3 and strip_clitic(head.norm)[0] == _TECHNICAL[0])
        if not staff or last.norm == _NATIVE or not is_nationality(last.norm) \
                or (size == 3 and tokens[p.first + 1].norm not in _STAFF_QUALIFIERS):
            continue
        _cut_post(text, tokens, p, p.last - 1)


def _styles_before(tokens: list[Token], s: int) -> int:
    """(part20) 'بحضور "الأمير X Y" رئيس مجلس …', '"الدكتور X Y" مدير …': the first of the honorifics and royal
    titles right before a name at ``s`` inside quotes, in its sentence (``s`` when there is none), so the opening quote
    is found before them; at least one token is left before it."""
    while s > 1 and tokens[s - 1].sent == tokens[s].sent \
            and (is_honorific(tokens[s - 1].norm) or tokens[s - 1].norm in PEOPLE.ROYAL_TITLES):
        s -= 1
    return s


def _styles_end(tokens: list[Token], i: int, sent: int) -> int:
    """Past the honorifics ("الدكتور", "معالي") that open at ``i`` in sentence ``sent``; ``i`` when there is none."""
    while i < len(tokens) and tokens[i].sent == sent and is_honorific(tokens[i].norm):
        i += 1
    return i


def _stack_before_styled_name(tokens: list[Token], out: People) -> None:
    """ "وزير المالية الدكتور X وزير الدولة عضو مجلس الوزراء الدكتور Y": in a list of offices each written before its
    holder's styled name, the offices stacked right after X (who already holds the office written before him) and
    running into an honorific and the next name are that next man's, not X's; the first of the stack, read as X's
    office after his name, goes to the name the stack's last office has; not when "و" opens the next office ("X
    الوزير المرافق ووزير الثقافة الدكتور Y": the next item) (pp9)."""
    by_first = {pm.first: pm for pm in out.persons}
    by_last = {pm.last: pm for pm in out.persons}
    for p in out.posts:
        before = by_last.get(p.first)
        if not p.holder or before is None or before.name != p.holder:
            continue
        sent = tokens[p.first].sent
        own = any(q is not p and q.holder == p.holder and q.last < before.first
                  and _styles_end(tokens, q.last, sent) == before.first > q.last for q in out.posts)
        nxt = next((q for q in out.posts if q.first == p.last and q.holder and q.holder != p.holder), None)
        if not own or nxt is None or tokens[nxt.first].norm[:1] == "و":
            continue
        after = by_first.get(_styles_end(tokens, nxt.last, sent))
        if after is not None and nxt.last < after.first and after.name == nxt.holder:
            p.holder = nxt.holder


_LI_STYLES = frozenset(fold(w) for w in ("لسمو", "لمعالي", "لفخامة", "لجلالة", "لسعادة"))
_AIDE_HEADS = frozenset(fold(w) for w in ("رئيس", "مدير", "مستشار", "سكرتير", "مساعد", "ورئيس", "ومدير", "ومستشار",
                                           "وسكرتير", "ومساعد", "المستشار", "والمستشار"))
_LI_DAWLA = fold("لدولة")
_RAIS = fold("رئيس")


def _li_style(tokens: list[Token], k: int) -> bool:
    """ "لسمو", "لمعالي" …, or "لدولة" right before "رئيس" ("المستشار الدبلوماسي لدولة رئيس الوزراء X"): a
    dignitary's style behind ل; "لدولة" before a state's name ("سفير لدولة الكويت") is no style (pp20)."""
    norm = tokens[k].norm
    if norm in _LI_STYLES:
        return True
    return norm == _LI_DAWLA and k + 1 < len(tokens) and tokens[k + 1].norm == _RAIS \
        and tokens[k + 1].sent == tokens[k].sent


_SHARIF = fold("الشريف")


def _style_before_holder(text: str, tokens: list[Token], out: People) -> None:
    """ "الرئيس التنفيذي للشركة الشريف X Y", "وزير خارجية الفاتيكان المطران X Y": an office written before its
    holder's name whose last word is a style, a profession or a clerical rank (people.txt's styles_before_holder),
    right before the name: the word styles the man, the office ends before it; "الشريف" after a holy place's word
    ("إمام المسجد النبوي الشريف X") stays the title's (pp11)."""
    starts = {pm.first: pm.name for pm in out.persons}
    for p in out.posts:
        if not p.holder or p.last - p.first < 2 or p.last > len(tokens) or starts.get(p.last) != p.holder:
            continue
        last, prev = tokens[p.last - 1], tokens[p.last - 2]
        if last.norm not in PEOPLE.STYLES_BEFORE_HOLDER or last.sent != tokens[p.first].sent \
                or (last.norm == _SHARIF and prev.norm in PEOPLE.HOLY_EPITHET_HEADS):
            continue
        _cut_post(text, tokens, p, p.last - 1)


def _media_addressee_run_on(text: str, tokens: list[Token], out: People) -> None:
    """ "وقال X Y رئيس بلدية Z لوكالة الصحافة الفرنسية إن …", "قال X Y رئيس الاتحاد النيجيري لموقع الاتحاد": a
    speaker's office written after his name, then "ل" + a news medium (people.txt's media_addressees) after a bare
    word or a nationality that closes the office: the medium is whom he spoke to; the office ends before it. Not
    after a head's own adjective or a second head ("رئيس التحرير المكلف لصحيفة …", "مدير نشر ومسير لصحيفة …")
    (pp11)."""
    ends = {pm.last: pm for pm in out.persons}
    for p in out.posts:
        pm = ends.get(p.first)
        if not p.holder or pm is None or pm.name != p.holder or pm.first == 0 or p.last > len(tokens) \
                or not _speech_verb(tokens[pm.first - 1].norm) or tokens[pm.first - 1].sent != tokens[p.first].sent:
            continue
        for c in range(p.first + 3, p.last):
            prev = tokens[c - 1]
            if tokens[c].norm in PEOPLE.MEDIA_ADDRESSEES and (
                    (not prev.article and prev.norm[:1] != "و") or is_nationality(prev.norm)):
                _cut_post(text, tokens, p, c)
                break


_DATIVE_PERSONS = frozenset(fold(w) for w in ("اللاعب", "الحضور", "الحاضرين", "الجميع", "القائمين", "المشاركين",
                                               "الضيوف", "الزوار"))
"""(r20) Whom a wish, a thanks or a word is for, after "لل": no office's complement."""


@cache
def _held_event_nouns() -> frozenset[str]:
    """chain.py's nouns of events a body holds, and a celebration's or a festival's days."""
    festivals = (fold(w) for w in ("الاحتفال", "الاحتفالية", "الفعاليات", "الفعالية"))
    return _event_nouns() | frozenset(festivals)


def _dative_run_on(text: str, tokens: list[Token], out: People) -> None:
    """(r20) "تمنيات X رئيس النادي للاعب بالتوفيق", "ورعى الأمير X أمير منطقة الباحة للمهرجان", "زيارة ولي ولي العهد
    السعودي للقاهرة": an office whose last word is "لل" + the ones a wish or a word is for (the player, the guests),
    or, right after a place or a nationality that closes the office, "لل" + an event or a place: that word is whom
    the act is for or where it goes, no word of the office ("المدير التنفيذي للمهرجان", whose head takes the event
    as its complement, stays whole)."""
    for p in out.posts:
        if p.last - p.first < 2 or p.last > len(tokens):
            continue
        last, prev = tokens[p.last - 1], tokens[p.last - 2]
        if not last.norm.startswith("لل") or last.sent != tokens[p.first].sent or not last.is_word:
            continue
        noun = "ال" + last.norm[2:]  # "للمهرجان"; the lam-initial reading too: "للاعب" is ل + "اللاعب"
        nouns = {noun, "ال" + last.norm[1:]}
        closed = is_nationality(prev.norm) or any(place_len(tokens, k) == p.last - 1 - k
                                                  for k in range(max(p.first + 1, p.last - 4), p.last - 1))
        probe = [Token(noun, noun, last.start + 1, last.end, last.sent, True), *tokens[p.last : p.last + 3]]
        if nouns & _DATIVE_PERSONS or (closed and (nouns & _held_event_nouns() or place_len(probe, 0) > 0)):
            _cut_post(text, tokens, p, p.last - 1)


def _staff_of_dignitary(text: str, tokens: list[Token], out: People) -> None:
    """ "رئيس الشؤون الخاصة لسمو ولي العهد X", "مستشار الشؤون الثقافية لمعالي الوزير X": a staff office (head, director,
    adviser, secretary, assistant) no one holds, then "ل" + a style and a dignitary's office held by the name after
    it: the dignitary's office is the complement of the staff office, and the name holds the whole, not the
    dignitary's office; an office whose title ran on into "ل" + a style ends before it and holds nothing: the name
    after the style is the addressee's (s13-pp6)."""
    for p in out.posts:
        if p.last - p.first >= 2 and _li_style(tokens, p.last - 1):
            _cut_post(text, tokens, p, p.last - 1)  # "تحيات خادم الحرمين الشريفين لسمو ولي العهد الأمير X":
            p.holder = None  # the sender's office, then "to His Highness …"
    for b in list(out.posts):
        if not b.holder or b.first < 2 or not _li_style(tokens, b.first - 1) \
                or tokens[b.first - 1].sent != tokens[b.first].sent:
            continue
        a = next((p for p in out.posts if p is not b and p.last == b.first - 1 and not p.holder
                  and tokens[p.first].norm in _AIDE_HEADS and tokens[p.first].sent == tokens[b.first].sent), None)
        if a is None:
            continue
        a.last, a.end, a.holder = b.last, b.end, b.holder
        a.title = text[a.start : a.end]
        out.posts.remove(b)


_KINSWOMEN = frozenset(fold(w) for w in ("حرم", "عقيلة", "زوجة", "أرملة", "كريمة", "ابنة", "شقيقة", "والدة", "نجلة",
                                         "حفيدة"))


def _kinswoman_named(tokens: list[Token], out: People) -> None:
    """ "رعت حرم أمير المنطقة الأميرة X الحفل": an office right after a word for a woman's kinship to its holder
    ("حرم", "عقيلة", "والدة" …) names her husband's or kin's office; the name after it, behind a feminine style or
    honorific ("الأميرة", "السيدة", "الدكتورة": a word ending in ة; "صاحبة السمو الأميرة"), is hers and holds no
    such office (pp5). A name with no style, or a masculine one ("عقيلة رئيس الجمهورية، X"), is left as it was: the
    holder."""
    lex = lexicon()
    for p in out.posts:
        if not p.holder or p.first == 0:
            continue
        kin = tokens[p.first - 1].norm
        if kin not in _KINSWOMEN and strip_clitic(kin)[0] not in _KINSWOMEN:
            continue
        named = [pm for pm in out.persons if pm.name == p.holder and p.last < pm.first <= p.last + 3
                 and tokens[pm.first].sent == tokens[p.first].sent]
        between = [tokens[k].norm for k in range(p.last, named[0].first) if tokens[k].norm not in _COMMA] \
            if named else []
        if any(w.endswith("ه") and len(w) >= 4 for w in between) and all(
                (w.endswith("ه") and len(w) >= 4) or w in lex.honorifics or w in ROLES.STYLES for w in between):
            p.holder = None


def _next_item_at(tokens: list[Token], out: People, x: int) -> bool:
    """The word at ``x`` opens the next item of a list: "و" (or "ول") + an honorific or a royal style ("ومعالي",
    "ولصاحب السمو"), or "و" + the first word of a person the text names ("وحسن X")."""
    t = tokens[x]
    if not t.is_word or t.article or t.norm[:1] != "و":
        return False
    base = strip_clitic(t.norm, "و")[0]
    return base in lexicon().honorifics or base == _SAHIB or base in PEOPLE.ROYAL_TITLES \
        or any(pm.first == x for pm in out.persons)


def _post_through_next_item(text: str, tokens: list[Token], out: People) -> None:
    """(xpp) "نائبا للرئيس وحسن X", "وزير الداخلية ولصاحب السمو الملكي الأمير X": an office's span never runs
    through "و" into the next item of a list (a person the text names, an honorific or a royal style): the office
    ends before it, and a holder named after that point is the next item's, not this office's (the office keeps the
    person named right before it, or none)."""
    for p in out.posts:
        x = next((x for x in range(p.first + 1, p.last) if _next_item_at(tokens, out, x)), None)
        if x is None or not tokens[x - 1].is_word:
            continue
        last = p.last
        _cut_post(text, tokens, p, x)
        if p.holder and any(pm.name == p.holder and x <= pm.first <= last + 3 for pm in out.persons):
            q = p.first  # the holder named after the cut is the next item's: take the one before the office and
            while (prev := next((o for o in out.posts if o.last == q and o is not p), None)) is not None:
                q = prev.first  # the offices stacked between ("X ولي العهد نائب … وزير الداخلية")
            before = next((pm for pm in out.persons if pm.last == q), None)
            p.holder = before.name if before is not None else None


_NOUN_STYLES = frozenset(fold(w) for w in ("سعادة", "فضيلة"))  # also "happiness", "a virtue"


def _noun_style(tokens: list[Token], i: int, name: Name) -> bool:
    """ "وسط سعادة تغمر الأطفال", "مصدر سعادة وفرحة", "العمل التطوعي فضيلة دينية": a style that is also a common
    noun ("happiness", "a virtue") names no one when an unknown word or "و" + a word follows it; as a style it stands
    before a title or a known given name (fpeople)."""
    base = tokens[i].norm[1:] if tokens[i].norm[:1] == "و" else tokens[i].norm
    return base in _NOUN_STYLES and (not name.known or bool(name.clitic))


_BUREAU = frozenset(fold(w) for w in ("مكتب", "لمكتب"))


def _styled_bureau_head(text: str, tokens: list[Token], out: People) -> None:
    """ "ومدير مكتب معالي الوزير السفير X", "مدير مكتب سمو أمير المنطقة X": an office read after "مكتب" and a style
    is the dignitary's whose bureau it is; the name after it holds the whole office, from the bureau's head ("مدير
    مكتب …") to the end of the title, less a rank or a style closing it, and no minister's office (fpeople)."""
    lex = lexicon()
    for p in out.posts:
        h = p.first - 3
        if not p.holder or h < 0 or tokens[p.first - 1].norm not in lex.honorifics \
                or tokens[p.first - 2].norm not in _BUREAU or tokens[h].sent != tokens[p.first].sent:
            continue
        hit = _title_at(tokens, h)
        if hit is None or hit[0] != 1:
            continue
        last = p.last - 1 if p.last - 1 > p.first and (tokens[p.last - 1].norm in CHAINS.RANKS
                                                       or tokens[p.last - 1].norm in ROLES.STYLES) else p.last
        p.first, p.last, p.start, p.end = h, last, tokens[h].start + hit[1], tokens[last - 1].end
        p.title, p.ministry = text[p.start : p.end], None


_BARE_OFFICES = _PRESIDENT | {fold("المحافظ")}  # (not "السفير": often a rank before another office)
_KIN_OR_POST_OF = frozenset(fold(w) for w in ("جدة", "جد", "والد", "والدة", "ابن", "ابنة", "نجل", "نجلة", "شقيق",
                                              "شقيقة", "زوج", "زوجة", "أرملة", "حفيد", "حفيدة", "منصب", "لمنصب"))


def _bare_office_before_name(text: str, tokens: list[Token], out: People) -> None:
    """ "بحضور الرئيس X Y", "دعوة من الرئيس X Y", "رفقة المحافظ X Y": a bare "الرئيس" or "المحافظ" right before a person
    the text names, who holds no office in it, is his office (the gold of most sets counts it); not when it is the
    complement of another office ("مساعد الرئيس X", "مستشار الرئيس X"), of a kin noun or of "منصب", or inside an office
    read already; no person is added (fpeople)."""
    held = {p.holder for p in out.posts if p.holder}
    inside = {x for p in out.posts for x in range(p.first, p.last)}
    done: set[str] = set()
    for pm in out.persons:
        i = pm.first - 1
        if i < 0 or pm.name in held or pm.name in done or i in inside or tokens[i].sent != tokens[pm.first].sent \
                or pm.start != tokens[pm.first].start:
            continue
        clitic = _bare_office_clitic(tokens[i].norm)
        if clitic is None or (i > 0 and tokens[i].norm[clitic - 1 : clitic] != "ب" and (
                _may_be_title(tokens[i - 1].norm) or tokens[i - 1].norm in _ASSISTANT_HEADS
                or tokens[i - 1].norm in _KIN_OR_POST_OF)):
            continue  # (not "جدة الرئيس X": his grandmother; not "لمنصب الرئيس X": a candidate for the office;
            # "التقى الوزير بالرئيس X": no office takes a complement in ب)
        if tokens[i].norm == _RAISA and i > 0 and tokens[i - 1].article and tokens[i - 1].is_word \
                and tokens[i - 1].norm[:1] != "و":
            continue  # "نائب رئيس لجنة الحكام الرئيسة X": "الرئيسة" right after a definite word is the adjective
            # "main" of a feminine body, no woman's office (s13-pp7)
        start = tokens[i].start + clitic
        title = text[start : tokens[i].end]
        out.posts.append(PostMention(i, pm.first, start, tokens[i].end,
                                     "ا" + title if title.startswith("ل") else title, holder=pm.name))
        done.add(pm.name)


def _bare_office_clitic(norm: str) -> int | None:
    """How many letters of clitic stand before a bare "الرئيس"/"المحافظ" written as ``norm`` ("الرئيس", "والرئيس",
    "بالرئيس", "للرئيس" — whose article lost its alif —, "وبالرئيس", "وللرئيس"), or None when it is no such office
    (post2: "يسمح للرئيس X", "التقى بالرئيس X")."""
    wa = 1 if norm[:1] == "و" and norm[1:2] in ("ا", "ب", "ل") else 0
    rest = norm[wa:]
    if rest in _BARE_OFFICES:
        return wa
    if rest[:1] == "ب" and rest[1:] in _BARE_OFFICES:
        return wa + 1
    if rest[:2] == "لل" and "ا" + rest[1:] in _BARE_OFFICES:
        return wa + 1
    return None


def _styled_late_holder(tokens: list[Token], out: People) -> None:
    """ "مدير الجامعة الإسلامية بجاكرتا البروفسور X Y Z،", "ورئيس جمهورية الكونغو فخامة X Y Z،": an unheld office,
    then an honorific or a style, then a name found only by a later pass (a foreign or rare name the pass over
    offices could not read): the name holds the office, as a known name would (lnk). Not after a verb of receiving
    or meeting (the style may open the guest's name), nor a name that holds an office already."""
    held = {p.holder for p in out.posts if p.holder}
    firsts = {pm.first: pm for pm in out.persons}
    for p in out.posts:
        if p.holder or _host_before(tokens, p.first):
            continue
        k = p.last + 1 if p.last < len(tokens) and tokens[p.last].norm in _COMMA else p.last
        if k >= len(tokens) or not (tokens[k].norm in lexicon().honorifics or tokens[k].norm in _ROYAL_STYLE_WORDS):
            continue
        pm = firsts.get(_skip(tokens, p.last))
        if pm is None or pm.name in held or tokens[pm.first].sent != tokens[p.first].sent \
                or _gender_clash(p.title, pm.name):
            continue
        p.holder = pm.name
        held.add(pm.name)


def _unknown_listed_holders(text: str, tokens: list[Token], out: People) -> None:
    """ "وحضر اللقاء X Y رئيس البرلمان، وZ W نائب رئيس الحكومة" (also "، و Z W"): in a list of persons each written
    before the office he holds, an office no one holds right after two bare words that no lexicon knows is held by
    them, a name no rule read: the list's next item ("، و" + a person the text names, then his office) or its item
    before (a person, his office, a comma, then "و" + the two words) says so. Not words with the article, function
    words, titles, heads, plurals, nouns in ة or with a pronoun, nor words inside a person or an office read already
    (pfix)."""
    lex = lexicon()
    n = len(tokens)
    inside = {x for pm in out.persons for x in range(pm.first, pm.last)}
    inside.update(x for q in out.posts for x in range(q.first, q.last))
    holder_at = {pm.first: pm for pm in out.persons}
    post_of = {p.holder: p for p in out.posts if p.holder}

    def item(pm: PersonMention | None, sent: int) -> PostMention | None:
        """The office ``pm`` holds written right after his name (a comma between at most), in sentence ``sent``."""
        if pm is None:
            return None
        q = post_of.get(pm.name)
        if q is None or tokens[pm.first].sent != sent:
            return None
        return q if q.first in (pm.last, pm.last + 1) else None

    def bare(t: Token, norm: str) -> bool:
        return t.is_word and len(norm) >= 4 and not norm.startswith("ال") and not is_stop(norm) \
            and norm not in lex.honorifics and norm not in PEOPLE.NOT_NAMES and norm not in lex.first_words \
            and norm not in lex.first_names and not t.text.endswith(("ة", "ا", "ً")) \
            and not norm.endswith((*_PLURAL_ENDINGS, "ون", "ه", "هم", "ها"))

    added: list[PersonMention] = []
    for p in out.posts:
        k = p.first - 2
        if p.holder or k < 1 or k in inside or k + 1 in inside:
            continue
        a, b, sent = tokens[k], tokens[k + 1], tokens[p.first].sent
        waw = a.norm[:1] == "و"
        first = a.norm[1:] if waw else a.norm
        if a.sent != sent or b.sent != sent or not bare(a, first) or not bare(b, b.norm) \
                or starts_head(tokens, k, strip=waw) or starts_head(tokens, k + 1, strip=False):
            continue
        if waw:  # the item before: "X، وZ W office" where X holds an office written right after his name
            prev = tokens[k - 1]
            before = next((q for q in out.posts if q.holder and q.last in (k, k - 1)), None)
            listed = prev.norm in _SEPARATORS and before is not None and tokens[before.first].sent == sent \
                and item(next((m for m in out.persons if m.name == before.holder), None), sent) is before
        else:  # the item after: "Z W office، وX (his office)"
            e = next((x for x in range(p.last, min(p.last + 4, n)) if tokens[x].norm in _SEPARATORS
                      or not tokens[x].is_word or tokens[x].sent != sent or x in inside), n)
            if e + 2 < n and tokens[e].norm in _SEPARATORS and tokens[e + 1].norm == "و":
                e += 1  # "، و X Y": the "و" written apart
            nxt = holder_at.get(e + 1) if e < n and (tokens[e].norm in _SEPARATORS or tokens[e].norm == "و") else None
            listed = nxt is not None and (tokens[e + 1].norm[:1] == "و" or tokens[e].norm == "و") \
                and item(nxt, sent) is not None
            listed = listed and (tokens[k - 1].article or not tokens[k - 1].is_word)  # (after an object or a mark)
        if not listed or _gender_clash(p.title, text[a.start : b.end]):
            continue
        start = a.start + (1 if waw else 0)
        pm = PersonMention(text[start : b.end], start, b.end, k, k + 2)
        added.append(pm)
        p.holder = pm.name
    out.persons.extend(added)
    out.persons.sort(key=lambda m: m.start)


def _listed_name_cut(text: str, tokens: list[Token], out: People) -> None:
    """ "كل من X نائب رئيس مجلس الإدارة وهانز أولريش إنجل المدير المالي": in a list of names each before its office,
    an office that runs into "و" + two or three bare words right before another office ends before them: they name
    the next office's holder, not the office's body; the next office is then not the first name's (ext-t162)."""
    lex = lexicon()
    starts = {q.first: q for q in out.posts}
    for p in out.posts:
        q = starts.get(p.last) or starts.get(p.last + 1)
        if q is None or q is p or tokens[q.first].sent != tokens[p.first].sent:
            continue
        x = q.first - 3 if q.first - 3 > p.first + 1 and tokens[q.first - 3].norm[:1] == "و" else q.first - 2
        if x <= p.first + 1 or x >= p.last or tokens[x].norm[:1] != "و" or len(tokens[x].norm) < 4 \
                or any(t.article or not t.is_word or is_stop(t.norm) or t.norm in lex.first_names
                       or strip_clitic(t.norm)[0] in lex.first_words for t in tokens[x : q.first]) \
                or any(starts_head(tokens, y, strip=y == x) for y in range(x, q.first)):
            continue
        _cut_post(text, tokens, p, x)
        if q.holder is not None and q.holder == p.holder:
            q.holder = None


def _headline_run_on(text: str, tokens: list[Token], p: PostMention) -> bool:
    """ "تعيين مدير⏎عين مجلس الإدارة X …": a line's last word run into the next line is no office when the next
    line opens with a verb of appointment, or with one bare word (no article) that ends the title; the headline
    ends at the break and the next line is a new sentence. "رئيس⏎مجلس الوزراء" and "وزير⏎الخارجية" stay
    (ext-t162)."""
    if p.holder is not None or p.last < p.first + 2 \
            or "\n" not in text[tokens[p.first].end : tokens[p.first + 1].start]:
        return False
    nxt = tokens[p.first + 1]
    return nxt.norm in PEOPLE.APPOINTED or (p.last == p.first + 2 and not nxt.article)


_PRESIDENT_SHORT = frozenset(fold(w) for w in ("الرئيس", "الرئيسة"))
_PRESIDENT_OF = frozenset(fold(w) for w in ("رئيس", "رئيسة"))
_REPUBLIC = frozenset(fold(w) for w in ("جمهورية", "الجمهورية", "دولة"))


def _one_presidency(tokens: list[Token], out: People) -> None:
    """ "الرئيس المصري X … X رئيس جمهورية مصر العربية": a president named by his nation and the presidency of that
    nation's state, held by one person, are one office said twice; the full title stays (ext-t98)."""
    full: dict[str, list[PostMention]] = {}
    for p in out.posts:
        if p.holder and p.last - p.first >= 2 and tokens[p.first].norm in _PRESIDENT_OF \
                and tokens[p.first + 1].norm in _REPUBLIC:
            full.setdefault(p.holder, []).append(p)
    if not full:
        return

    def stem(norm: str) -> str:
        norm = norm[:-1] if norm.endswith("يه") else norm
        norm = norm.removeprefix("ال")
        return norm[:-1] if norm.endswith("ي") else norm

    def same_state(short: PostMention) -> bool:
        nation = stem(tokens[short.first + 1].norm)
        return len(nation) >= 3 and any(
            stem(tokens[x].norm).startswith(nation) for q in full.get(short.holder or "", [])
            for x in range(q.first + 1, q.last))

    out.posts = [p for p in out.posts if not (
        p.holder in full and p.last - p.first == 2 and tokens[p.first].norm in _PRESIDENT_SHORT
        and is_nationality(tokens[p.first + 1].norm) and same_state(p))]


_TAKES_UP = frozenset(fold(w) for w in ("يتولى", "تتولى", "يشغل", "تشغل", "تولى", "تولت", "شغل", "شغلت"))
_POST_NOUN = fold("منصب")
_WORKED = frozenset(fold(w) for w in ("عمل", "عملت"))
_WORKED_SHE = fold("عملت")


def _office_taken_up(tokens: list[Token], out: People) -> None:
    """ "X الذي يتولى (أيضا) منصب رئيس الوزراء": an office "منصب" names after "يتولى/يشغل" in a relative clause is
    held by the person the clause follows right before "الذي/التي" (ext-t57); so is an office named after "تولى/شغل"
    (past) or an accusative office after "عمل" ("X الذي عمل أمينا عاما للنادي", ext-t103)."""
    for p in out.posts:
        if p.holder:
            continue
        k = p.first - 1
        head = tokens[p.first].norm
        worked = k >= 2 and tokens[k].norm in _WORKED and p.start == tokens[p.first].start and (
            head.endswith("ا") or (tokens[k].norm == _WORKED_SHE and head.endswith("ه")))
        if worked:  # "X الذي عمل أمينا عاما للنادي", "Y التي عملت مديرة للمدرسة": an accusative office (ext-t103)
            if tokens[k - 1].norm not in RELATIVES_WITH_PLURAL:
                continue
        elif k < 2 or tokens[k].norm != _POST_NOUN:
            continue
        else:
            k -= 1
            if tokens[k].norm in ALSO:
                k -= 1
            if k < 1 or tokens[k].norm not in _TAKES_UP or tokens[k - 1].norm not in RELATIVES_WITH_PLURAL:
                continue
        pm = next((m for m in out.persons if m.last == k - 1 and tokens[m.first].sent == tokens[p.first].sent), None)
        if pm is None and k >= 3 and tokens[k - 2].norm in _COMMA:  # "X، الذي يشغل منصب …" (ext-t123)
            pm = next((m for m in out.persons if m.last == k - 2 and tokens[m.first].sent == tokens[p.first].sent),
                      None)
        if pm is not None:
            p.holder = pm.name
            continue
        before = tokens[k - 2] if k >= 2 else None  # "… بحاح الذي يتولى": a family name the text gave in full
        if before is not None and before.is_word and before.sent == tokens[p.first].sent:
            named = {m.name for m in out.persons if len(m.name.split()) > 1
                     and fold(m.name.split()[-1]) == strip_clitic(before.norm, "و")[0]}
            if len(named) == 1:
                p.holder = named.pop()


_HIS_TENURE = frozenset(fold(w + e) for w in ("ترك", "تولي", "شغل", "تقلد", "مغادرت") for e in ("ه", "ها"))
_POST_NOUNS = frozenset(fold(w) for w in ("منصب", "لمنصب"))


def _office_by_pronoun(tokens: list[Token], out: People) -> None:
    """ "… إن X تخلى عن عضويته … على تركه لمنصب رئيس الاتحاد", "قبل توليه منصب وزير الخارجية": an unheld office
    that "منصب" names right after a verbal noun of holding or leaving it with "his/her" pronoun (ترك، تولي، شغل،
    تقلد، مغادرة) is held by the person the sentence names last before it, with no "إن/أن" between (ext-t155). Not
    a candidacy ("ترشحه لمنصب …": no office yet)."""
    for p in out.posts:
        k = p.first - 2
        if p.holder or k < 1 or p.start != tokens[p.first].start or tokens[p.first - 1].norm not in _POST_NOUNS \
                or strip_clitic(tokens[k].norm, "لبو")[0] not in _HIS_TENURE:
            continue
        sent = tokens[p.first].sent
        if tokens[k].sent != sent:
            continue
        pm = max((m for m in out.persons if m.last <= k and tokens[m.first].sent == sent), key=attrgetter("last"),
                 default=None)
        if pm is None or any(tokens[x].norm == _INNA for x in range(pm.last, k)):
            continue  # ("قال X إن Y … تركه لمنصب …": a clause after "إن/أن" whose subject was not read is Y's)
        if not _gender_clash(p.title, pm.name):
            p.holder = pm.name


_IN_POST = frozenset(fold(w) for w in ("في", "عن", "من"))
_WITH_POST = fold("بمنصب")


def _office_given_in(tokens: list[Token], out: People) -> None:
    """ "عين الصندوق X في منصب كبير الخبراء …", "فاز X بمنصب نائب الرئيس", "تنحى X عن منصب نائب رئيسة المجلس": an
    unheld office that "منصب" names right after "في/عن/من" or "بـ" is held by the name right before (or by the holder
    of an office apposed to it that ends there): appointed, elected, or stepped down from it, a former office being
    the person's post too (ext-t123). Not "رشح المجلس X لمنصب …": a candidate holds no office yet. One look at the
    word before each unheld office, no walk over the text."""
    for p in out.posts:
        if p.holder or p.first < 2 or p.start != tokens[p.first].start:
            continue
        k = p.first - 1
        if tokens[k].norm == _WITH_POST:
            anchor = k
        elif tokens[k].norm == _POST_NOUN and tokens[k - 1].norm in _IN_POST:
            anchor = k - 1
        else:
            continue
        sent = tokens[p.first].sent
        pm = next((m for m in out.persons if m.last == anchor and tokens[m.first].sent == sent), None)
        held = next((q.holder for q in out.posts if q is not p and q.holder and q.last == anchor
                     and tokens[q.first].sent == sent), None)
        if pm is not None:
            p.holder = pm.name
        elif held is not None:
            p.holder = held
        elif anchor >= 1 and tokens[anchor - 1].is_word and tokens[anchor - 1].sent == sent:
            family = strip_clitic(tokens[anchor - 1].norm, "و")[0]  # "وفاز المهندي بمنصب …": a family name the
            named = {m.name for m in out.persons if len(m.name.split()) > 1  # text gave in full before
                     and fold(m.name.split()[-1]) == family and m.last <= anchor - 1}
            if len(named) == 1:
                p.holder = named.pop()


def _surname_apposed(text: str, tokens: list[Token], out: People) -> None:
    """ "وقال العمري، مدير الفرع، إن …", "وأضاف العمري، وهو مدير الفرع، …": an unheld office apposed to a family name
    alone (a comma or "وهو/وهي" between) is held by the one person the text named in full before with that family
    name (ext-t103)."""
    for p in out.posts:
        if p.holder or p.first < 3 or p.start != tokens[p.first].start:
            continue
        k = p.first - 1
        he_is = tokens[k].norm in _HE_IS
        k -= he_is
        if tokens[k].norm in _COMMA:
            k -= 1
        elif not he_is and _sentence_subject(tokens, out, k):
            pass  # "… . وY عضو في اللجنة …": a family name opening its sentence, the office its predicate (ext-t149)
        elif not he_is:
            _surname_closing(text, tokens, out, p)
            continue
        w = tokens[k]
        if not w.is_word or w.sent != tokens[p.first].sent or len(w.norm) < 4 \
                or any(pm.first <= k < pm.last for pm in out.persons):
            continue
        bare = w.norm[1:] if w.norm[:1] == "و" and _sentence_subject(tokens, out, k) else w.norm
        named = {pm.name for pm in out.persons if pm.last - pm.first >= 2 and pm.last <= k
                 and tokens[pm.last - 1].norm == bare}
        if len(named) == 1:
            name = named.pop()
            if not _gender_clash(p.title, name):
                p.holder = name


def _sentence_subject(tokens: list[Token], out: People, k: int) -> bool:
    """ "… . وY عضو في …": the word at ``k`` opens its sentence (behind "و" or not) and is, bare, the last word of a
    name of two words or more read before it (the caller checks that one person only bears it) (ext-t149)."""
    w = tokens[k]
    if not w.is_word or (k > 0 and tokens[k - 1].sent == w.sent):
        return False
    bare = w.norm[1:] if w.norm[:1] == "و" else w.norm
    return len(bare) >= 4 and any(pm.last - pm.first >= 2 and pm.last <= k and tokens[pm.last - 1].norm == bare
                                  for pm in out.persons)


def _surname_closing(text: str, tokens: list[Token], out: People, p: PostMention) -> None:
    """ "وقال مدير التعليم بالمنطقة الزهراني إن …": an unheld office of three words or more whose last word is the
    article family name of one person the text named in full before ends before it; that person holds it (ext-t103)."""
    x = p.last - 1
    if x - p.first < 2 or not tokens[x].article or tokens[x - 1].sent != tokens[x].sent:
        return
    named = {pm.name for pm in out.persons if pm.last - pm.first >= 2 and pm.last <= p.first
             and tokens[pm.last - 1].norm == tokens[x].norm}
    if len(named) != 1:
        return
    name = named.pop()
    if _gender_clash(p.title, name):
        return
    _cut_post(text, tokens, p, x)
    p.holder = name


_DEANS = frozenset(fold(w) for w in ("عميد", "عميدة", "وعميد", "وعميدة"))
_DEAN_EPITHETS = frozenset(fold(w) for w in (
    "الدبلوماسية", "الدبلوماسيين", "الأدب", "الأدباء", "الصحافة", "الصحفيين", "الفن", "الفنانين", "المسرح",
    "المسرحيين", "الأغنية", "الطرب", "المطربين", "الشعر", "الشعراء", "الرواية", "الإعلام", "الإعلاميين", "الرياضة",
    "الرياضيين", "اللاعبين", "المدربين", "الأسرة", "العائلة", "الحكام", "السينما", "الموسيقى", "الدراما"))


def _rank_only(title: str) -> bool:
    """ "العميد الركن", "اللواء ركن", "العقيد طيار": a rank and its qualifier, no other word, is a rank, never an
    office ("العميد" alone may be a dean's) (ext-t80)."""
    words = title.split()  # (folded one by one, as far as needed: every post's title is tested)
    return len(words) >= 2 and fold(words[0]) in CHAINS.RANKS \
        and all(fold(w) in CHAINS.RANK_QUALIFIERS for w in words[1:])


def _dean_epithet(title: str) -> bool:
    """ "X وزير الخارجية السابق وعميد الدبلوماسية", "عميد الأدب العربي": "عميد" before a field of art, letters,
    the press, sport or diplomacy (or its people) is the press's epithet for its eldest or greatest, no office; a
    dean's office names a faculty, a deanship's remit or a body ("عميد كلية الهندسة", "عميد شؤون الطلاب") (ext-t57)."""
    words = title.split()  # (folded one by one, as far as needed: every post's title is tested)
    return len(words) >= 2 and fold(words[0]) in _DEANS and fold(words[1]) in _DEAN_EPITHETS


_LINE_CLOSERS = frozenset({".", "،", ","})
_OWN_EVENTS = frozenset({*EVENTS.VISIT, *EVENTS.MEETING, *EVENTS.SESSION})
_ASSIMILATED = re.compile(r"^الات\wا\w$")  # "الاتفاق", "الاتصال": an افتعال verbal noun of a و-initial root
_ITEM_MARKS = frozenset({"-", "–", ")", ":"})


def _listed_full_name(tokens: list[Token], i: int, name: Name) -> Name:
    """ "1- المهندس/أنس محمد صالح حمزة صيرفي.", "3-الأستاذ/ طارق عبدالرحمن عبدالقادر فقيه": after the honorific
    that opens a list item, a Saudi full name of four or five plain words (given name, father's, grandfather's,
    family name) that a full stop, a comma or the end of the line closes is one name, not two (ext-t46)."""
    if i > 0 and tokens[i - 1].sent == tokens[i].sent and tokens[i - 1].norm not in _ITEM_MARKS:
        return name  # only an item of a list, opened by a number's mark or a new line ("الشيخ ابن تيمية بحق …")
    fuller = parse_name(tokens, i + 1, max_units=5)
    if fuller is None or fuller.end <= name.end or fuller.start != name.start:
        return name
    e = fuller.end
    closed = e >= len(tokens) or tokens[e].sent != tokens[i].sent or tokens[e].norm in _LINE_CLOSERS
    last = e - 1 if tokens[e - 1].article else e
    if closed and _plain_words(tokens, name.end, last, final_alef=False):
        return fuller
    return name


_VISIT_NOUNS = frozenset(fold(w) for w in ("زيارة", "زيارته", "بزيارة", "وزيارة", "لزيارة", "الزيارة"))


def _visit_destination(tokens: list[Token], k: int, i: int) -> bool:
    """ "نتائج زيارة الأمير X … وزير الدفاع للأردن", "… وزير الدفاع لعمان": ل + a country or a city of the gazetteer
    (with its article or without one), the last word of a minister's chain, after a visit's noun in the same sentence
    before the office: where the visit went, not the office's remit (ext-t123; ``_destination_city`` takes a city
    written with its article without a visit named). Not "وزير الدولة لشؤون …": no place; nor a chain with no visit."""
    norm = tokens[k].norm
    if norm[:1] != "ل" or len(norm) < 4 or not tokens[k].is_word:
        return False
    place = ("ال" + norm[2:],) if norm.startswith("لل") else (norm[1:],)
    lex = lexicon()
    if place not in lex.places and place not in lex.foreign_places and place not in lex.countries:
        return False
    return _after_visit_noun(tokens, i)


def _after_visit_noun(tokens: list[Token], i: int) -> bool:
    """A visit's noun ("زيارة", "بزيارة") in the sentence of the office at ``tokens[i]``, before it."""
    sent = tokens[i].sent
    return any(tokens[x].norm in _VISIT_NOUNS for x in range(max(0, i - 40), i) if tokens[x].sent == sent)


_STATE_NOUNS = frozenset(fold(w) for w in ("لجمهورية", "لدولة", "للمملكة", "لسلطنة", "لإمارة"))


def _visited_state(tokens: list[Token], c: int, last: int, i: int) -> int:
    """ "زيارة … وزير الدفاع لجمهورية مصر العربية", "… للمملكة الأردنية الهاشمية": ل + a state's noun and a country
    of the gazetteer (an adjective of the state's style may close it), the end of a minister's chain, after a visit's
    noun in the same sentence: where the visit went (as ``_visit_destination`` reads "للأردن"); the index of ل + the
    state's noun, or 0 (pp19)."""
    lex = lexicon()
    for k in range(c + 1, last - 1):
        if tokens[k].norm not in _STATE_NOUNS:
            continue
        rest = tuple(t.norm for t in tokens[k + 1 : last])
        named = ("ال" + tokens[k].norm[2:], *rest) if tokens[k].norm.startswith("لل") else rest
        if not any(x in lex.countries for x in (named, rest, rest[:-1], named[:-1]) if x):
            return 0
        return k if _after_visit_noun(tokens, i) else 0
    return 0


def _destination_city(tokens: list[Token], k: int) -> bool:
    """ "للقاهرة", "للرياض": ل + a city of the gazetteer written with its article, the last word of a minister's
    chain after his ministry ("زيارة … وزير الدفاع للقاهرة"): where the visit went, not the office's remit (ext-t46)."""
    norm = tokens[k].norm
    if not norm.startswith("لل") or len(norm) < 5:
        return False
    city = ("ال" + norm[2:],)
    lex = lexicon()
    return (city in lex.places or city in lex.foreign_places) and city not in lex.countries


_ONE_HOLDER_HEADS = frozenset(fold(w) for w in ("وزير", "وزيرة", "رئيس", "رئيسة", "أمير", "ملك", "نائب", "ولي",
                                                "سفير", "سفيرة", "محافظ"))
_KING_DEPUTY_HEADS = frozenset(fold(w) for w in ("نائب", "ولي"))


def _name_variants(a: str, b: str) -> bool:
    """Two holder keys that are one person's long and short forms ("محمد بن سلمان", "محمد بن سلمان بن عبدالعزيز";
    "عبد الله X", "عبدالله X")."""
    a, b = fold(a), fold(b)
    wa, wb = set(a.split()), set(b.split())
    ca, cb = "".join(a.split()), "".join(b.split())
    return wa <= wb or wb <= wa or ca in cb or cb in ca


def _one_holder_title(tokens: list[Token], p: PostMention) -> bool:
    """An office of three words or more that one person holds at a time: a minister, a president, a prince, a deputy,
    an ambassador or a governor named by a nationality ("وزير الخارجية القطري"), or the King's deputy or heir
    ("نائب خادم الحرمين الشريفين"); not "نائب رئيس مجلس الوزراء", which several hold in some states."""
    if p.last - p.first < 3 or tokens[p.first].norm not in _ONE_HOLDER_HEADS:
        return False
    words = [tokens[x].norm for x in range(p.first + 1, p.last)]
    if tokens[p.first].norm in _KING_DEPUTY_HEADS and words[0] == _KHADIM:
        return True
    return any(is_nationality(w) for w in words)


def _one_holder_office(tokens: list[Token], out: People) -> None:
    """ "وزير الخارجية القطري X … واستقبل رئيس الإقليم Y وزير الخارجية القطري", "نائب خادم الحرمين الشريفين الأمير
    X … وصل بمعية نائب خادم الحرمين الشريفين، الأمير Z": a one-holder office that an earlier mention gives to one
    person is no other person's office when it comes again beside another name: the later link is the guest's
    office after its host, or the office of whom the next name goes with (pp20)."""
    first: dict[str, str] = {}
    for p in sorted(out.posts, key=attrgetter("first")):
        if not p.holder or not _one_holder_title(tokens, p):
            continue
        earlier = first.setdefault(fold(p.title), p.holder)
        if not _name_variants(earlier, p.holder):
            p.holder = None
