"""How far a title or an institution name runs: the Arabic genitive (idafa) chain after its head.

"وزيرة التضامن والإدماج الاجتماعي والأسرة بحضور…" → the chain stops before "بحضور".
A word joins the chain when it carries the article (ال، لل، وال), when it is in construct with a
following article word ("لموظفي الجماعات", "قيادة مخطط تنمية جهة الدار…"), when it is a possessive
coordination ("ومجموعاتها"), or after "المكلف(ة)" ("المكلفة بالمغاربة المقيمين بالخارج").
It stops at punctuation, function and time words, personal names, and at "و" + a new head.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.loaders.extraction.cues import DECISIONS, EVENTS, ROLES
from marsad.loaders.extraction.lexicon import lexicon, longest_entry
from marsad.loaders.extraction.text import Token, after_proclitic, lam_article, strip_clitic
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

MAX_CHAIN = 14
_ALA = fold("على")
_FOR_YEAR = frozenset(fold(w) for w in ("للعام", "لعام", "للسنة", "لسنة"))
_YEAR_KINDS = frozenset(fold(w) for w in ("المالي", "المالية", "الدراسي", "الدراسية"))
_SUFFIXED = ("ها", "هم", "هما")
_ASSISTANT_OF = frozenset({fold("مساعد"), fold("مساعدة")})  # "ومساعد مدير …": the next office (ext-t64)


def _suffixed_masdar(norm: str) -> bool:
    """ "واعتمادها", "وانفتاحها", "واستفزازها": و + an alef-initial verbal noun (ا…ا… before its last letter) + a
    pronoun."""
    if norm[:1] != "و" or not norm.endswith(_SUFFIXED):
        return False
    stem = norm[1:-2] if norm.endswith(("ها", "هم")) else norm[1:-3]
    return len(stem) >= 5 and stem[0] == "ا" and stem[-2] == "ا"


_IFAAL = re.compile(r"^الا\w\wا\w$")  # "الإشراف", "الإعلام": a definite verbal noun of the form إفعال
_PARTICIPLE = re.compile(r"^(الم\w{3,}|ال\wا\w\w)$")  # "المعين", "المنشاه", "الصاعد": a definite participle
_PRONOUN_PREPOSITIONS = frozenset(fold(w) for w in (
    "لديها", "لديه", "لديهم", "لديهما", "لها", "له", "لهم", "عليها", "عليه", "عليهم", "فيها", "فيه", "منها", "منه",
    "عنها", "عنه", "بها", "به"))
"""A preposition with a pronoun right after "و" + a definite word ("والمتوفر لديها", "والمعمول به"): a clause, no
field of a body's name."""
_DERIVED_PARTICIPLE = re.compile(r"^الم[^اوي\W]{3}ه?$")  # "المشكله", "المكلفه": مفعّل(ة), not "الميزانيه", "الماليه"


def starts_head(tokens: list[Token], i: int, *, strip: bool) -> bool:
    """True when an institution head or a title starts at ``tokens[i]`` (after a clitic if ``strip``)."""
    lex = lexicon()
    first = strip_clitic(tokens[i].norm)[0] if strip else tokens[i].norm
    if strip and first not in lex.first_words and tokens[i].norm[:1] == "و" and tokens[i].norm[1:] in lex.first_words:
        first = tokens[i].norm[1:]  # "وكلية": و + a head whose first letter is a clitic's too (not و + ك + "لية")
    if first not in lex.first_words:  # every head and title starts with one of them
        return False
    if first == _OFFICE and i + 1 < len(tokens) and longest_entry(tokens, i + 1, lex.titles, max_len=4) is not None:
        return False  # "رئيس الديوان بمكتب وزير الخارجية": an official's own office, no body a title reaches
    words = [first] + [t.norm for t in tokens[i + 1 : i + 3]]
    for n in (3, 2, 1):
        key = tuple(words[:n])
        if len(key) == n and (key in lex.inst_heads or key in lex.titles):
            return True
    return False


def _article(norm: str) -> bool:
    return norm.startswith(("ال", "لل")) or (norm[:1] == "و" and norm[1:3] in ("ال",) ) or norm.startswith("ولل")


_TERRITORY_NOUNS = frozenset(fold(w) for w in ("محافظة", "منطقة"))


def is_name_start(tokens: list[Token], j: int) -> bool:
    """A personal name (or an honorific) starts at ``tokens[j]``."""
    lex = lexicon()
    tok = tokens[j]
    base = tok.norm[1:] if tok.norm[:1] == "و" else tok.norm
    if base in lex.first_names and (base not in lex.ambiguous_names):
        return True
    if j + 1 < len(tokens) and tokens[j + 1].norm in lex.compound_second and base in lex.first_names:
        return True
    if base == "عبد" and j + 1 < len(tokens) and tokens[j + 1].norm.startswith("ال"):
        return True
    return (base.startswith("عبد") and len(base) > 3) or tok.norm in lex.honorifics


_IBN = fold("ابن")


def _ibn_eponym(tokens: list[Token], j: int) -> bool:
    """ "مدارس ابن X الإسلامية", "مستشفى ابن Y": a given name right after "ابن" (written with its alef) after a noun
    that is no given name is the name a body bears ("son of X"), not a holder's name (ext-t155)."""
    if j < 2 or tokens[j - 1].norm != _IBN:
        return False
    noun = tokens[j - 2]
    return noun.is_word and noun.sent == tokens[j].sent == tokens[j - 1].sent and not is_stop(noun.norm) \
        and noun.norm not in lexicon().first_names and noun.norm not in lexicon().particles \
        and not noun.norm.endswith("ي")


def _imams_name(tokens: list[Token], j: int) -> bool:
    """ "مسجد الإمام علي": "علي" written with ي right after "الإمام" is the imam's name, not the preposition على."""
    return j > 0 and tokens[j].text == "علي" and tokens[j - 1].norm == fold("الإمام") \
        and tokens[j - 1].sent == tokens[j].sent


@cache
def _event_nouns() -> frozenset[str]:
    """The nouns of events a body holds (a lecture, a seminar, a workshop, a ceremony, a sitting, a meeting, an
    exhibition or a festival: "افتتحت العمادة بجامعة الملك سعود المعرض", r20)."""
    shows = (fold(w) for w in ("معرض", "المعرض", "مهرجان", "المهرجان"))
    return frozenset({*EVENTS.LECTURE, *EVENTS.ASSEMBLY, *EVENTS.CEREMONY, *EVENTS.SESSION, *EVENTS.MEETING, *shows})


def event_noun(norm: str) -> bool:
    """A noun of an event a body holds (:func:`_event_nouns`); names and bodies' names end before one."""
    return norm in _event_nouns()


def _improper_annexation(tokens: list[Token], i: int, j: int) -> bool:
    """ "… المغربي متعدد التخصصات", "… الوطنية متعددة الخدمات": after a definite nisba inside a chain, an indefinite
    adjective of the list in construct with a definite plural (ext-t36)."""
    if j < i + 1 or j + 1 >= len(tokens) or tokens[j].norm not in CHAINS.IMPROPER_ADJECTIVES:
        return False
    prev, nxt = tokens[j - 1], tokens[j + 1]
    return prev.article and prev.norm.endswith(("ي", "يه")) and nxt.article and nxt.norm.startswith("ال") \
        and nxt.norm.endswith(("ات", "ين", "ون")) and prev.sent == tokens[j].sent == nxt.sent


_CURRENT = frozenset(fold(w) for w in ("الحالي", "الحالية"))


def _dated_name(tokens: list[Token], j: int) -> bool:
    """A day of one or two digits and a month's name right after "ل" + a bare noun in the chain ("… لقوى 14 آذار",
    "… لحركة 20 فبراير"): the date names the movement the noun is in construct with (s13-inst7)."""
    if j < 1 or j + 1 >= len(tokens) or not tokens[j].norm.isdigit() or len(tokens[j].norm) > 2:
        return False
    before, month = tokens[j - 1], tokens[j + 1]
    return before.is_word and before.norm[:1] == "ل" and not before.norm.startswith("لل") and not before.article \
        and len(before.norm) >= 4 and month.norm in CALENDAR.MONTHS and month.sent == tokens[j].sent \
        and before.sent == tokens[j].sent and not event_noun(before.norm[1:]) \
        and before.norm[1:] not in CHAINS.RECIPIENTS and before.norm[1:] not in _DATED_NOT_NAMES
    # (not "لجلسة 14 مارس", "لصحيفة 14 مارس", "لموعد 14 مارس": a sitting's, an addressee's or a time's date)


_DATED_NOT_NAMES = frozenset(fold(w) for w in ("صحيفة", "جريدة", "موعد", "يوم", "تاريخ", "عدد", "دورة", "مباراة",
                                              "زيارة", "قرار", "خطاب", "رسالة", "مرسوم", "بيان"))


def _after_ifaal(tokens: list[Token], i: int, j: int) -> bool:
    """``tokens[j]`` right after a verbal noun of the إفعال form that opens the chain at ``tokens[i]``, or after it
    and its one nisba adjective that is no nationality ("لجنة الإشراف الفني على المستشفيات", s13-inst7; only
    before a definite plural object)."""
    return _IFAAL.match(tokens[i].norm) is not None and (
        j == i + 1 or (j == i + 2 and tokens[i + 1].article and tokens[i + 1].norm.startswith("ال")
                       and tokens[i + 1].norm.endswith(("ي", "يه")) and len(tokens[i + 1].norm) >= 5
                       and not is_nationality(tokens[i + 1].norm)))
    # (not "وكالة الأنباء البحرينية على …": a plural of the same shape and a nationality)


def _holder_after_royal(tokens: list[Token], i: int, j: int) -> bool:
    """(inst14) "بجامعة الملك سعود خالد العتيبي", "مستشفى الملك خالد محمد X": after a royal style and its one name, a
    given name that no "بن"/"بنت" follows opens the name of the office's holder, no word of the eponym ("الملك عبدالله
    بن عبدالعزيز" reads on)."""
    n = len(tokens)
    return j == i + 2 and tokens[i].norm in CHAINS.ROYAL and not tokens[j].article \
        and tokens[j].norm in lexicon().first_names and tokens[j - 1].norm not in PEOPLE.FILIATION \
        and not (j + 1 < n and tokens[j + 1].norm in _SON_OF)


def chain_end(tokens: list[Token], i: int, *, limit: int = MAX_CHAIN, stop_titles: bool = False,
              eponym: bool = False, plain_names: bool = False, purpose_stop: bool = True,
              possessive: bool = True, one_li: bool = False) -> int:
    """Index one past the last token of the chain that starts at ``tokens[i]`` (``i`` if none).

    With ``eponym``, the chain may open with a personal name ("جامعة محمد الخامس", "مؤسسة محمد السادس…").
    With ``one_li`` (a body's name), a second "لل…" phrase after the first one's adjective ends the chain, unless
    the first one opened a nested body ("اللجنة الإقليمية للمبادرة الوطنية للتنمية البشرية"): "الهيئة العامة للسياحة
    والتراث الوطني للخطة التنفيذية" names the body, then says what for ("مركز المقابلات للمرشحين للوظائف" goes on).
    """
    j = i
    n = len(tokens)
    sent = tokens[i].sent if i < n else -1
    if eponym and i < n and (is_name_start(tokens, i) or tokens[i].norm in CHAINS.ROYAL or (
            plain_names and not tokens[i].article and tokens[i].is_word and not is_stop(tokens[i].norm)
            and not (tokens[i].norm[:1] == "و" and tokens[i].norm.endswith(("ها", "هم"))))):
        # (not "و" + a noun with a pronoun: "جمعية وخارجها" is no association's name)
        filiated = False
        while j < n and j - i < (7 if filiated else _eponym_reach(tokens, i)) and tokens[j].is_word \
                and tokens[j].sent == sent \
                and not is_stop(tokens[j].norm) and tokens[j].norm not in lexicon().honorifics and (
                    not tokens[j].norm.startswith(("بال", "لل", "ب", "ل")) or _filiation(tokens, i, j)) \
                and not (j + 1 < n and tokens[j + 1].norm in CHAINS.DESCRIPTION_ADVERBS and tokens[j].article) \
                and tokens[j].norm not in DECISIONS.COUNTS:  # "جامعة الملك سعود ثلاث مذكرات": a count follows
            # ("نادي X الصاعد حديثا": a participle and its adverb after the eponym describe the body)
            if _filiation(tokens, i, j):
                filiated, j = True, j + 1 + _name_word_len(tokens, j + 1)  # "جامعة الأمير سطام بن عبدالعزيز": the
                continue  # particle and the father's name ("بن عبد العزيز" in two words, ext-t122)
            if filiated:
                break  # the name ends with the father's name ("جامعة الأميرة نورة بنت عبدالرحمن فقرة")
            if j > i and is_name_start(tokens, j) and not is_name_start(tokens, i) \
                    and tokens[i].norm not in CHAINS.ROYAL:
                break  # "المدير الفني بنادي هجر X Y": after a one-word proper name that is no given name, a given name
                # opens the holder's name, no word of the body's (ext-t67)
            if j > i and tokens[j].article and tokens[j].norm in CHAINS.PERSON_PREDICATES:
                break  # "فريق جامعة الملك سعود الفائز بالمركز": what the body won, no word of its eponym (ext-t55)
            if _holder_after_royal(tokens, i, j):
                break  # (inst14) "عضو هيئة التدريس بجامعة الملك سعود X Y": the holder's given name
            if j > i and _definite_profession(tokens, j):
                break  # (inst11) "المحاضر بجامعة الباحة المدرب المعتمد X": the holder's profession, no word of the name
            if j > i + 1 and tokens[j].norm[:1] == "و" and (tokens[j].norm[1:],) in lexicon().inst_heads:
                break  # "بين جامعة الملك عبدالعزيز وشركة …": "و" + a body's head opens the next party
            if j > i + 1 and tokens[i].norm in CHAINS.ROYAL and tokens[j].norm.startswith("وال") \
                    and not tokens[j - 1].article:
                return j  # (inst10) "مستشفى الملك فهد والمانع والجفر": after a royal eponym "و" + a definite word
                # lists the next bodies; the eponym's name takes no coordinated word
            if j == i + 1 and plain_names and tokens[j].norm[:1] == "و" and starts_head(tokens, j, strip=True):
                break  # "جمعية وفاق ومؤسسة رعاية الأيتام": an association's one-word name, then a second body (ext-t34)
            if j > i + 1 and tokens[j].norm[:1] == "و" and tokens[j].norm[1:] in FUNCTION_WORDS.ROLE_PLURALS:
                break  # "جامعة الملك سعود وأعضاء …": "و" + a plural of persons is no word of the eponym
            if j > i and _staff_after_name(tokens, j):
                break  # (inst18) "جامعة سان هوزيه والمشرفون على البرنامج": "و" + a body's staff
            if j > i and _heads_plural(tokens[j]):
                break  # "جامعة نايف والمؤسسات الإقليمية": "و" + the plural of a body's head is no word of the eponym
            if j > i and _common_plural_after_name(tokens[j]):
                break  # "جامعة واترلو والعقبات": a name is coordinated with no common plural (ext-t42)
            if j > i and _act_with_object(tokens, j):
                break  # "رابطة دوري المحترفين وتقديمها اعتذارا": و + an act with its pronoun and object (ext-t42)
            if j > i + 1 and event_noun(tokens[j].norm):
                break  # "نظمت جامعة الملك سعود محاضرة …": the event the body holds is no word of its eponym (ext-t31)
            if stop_titles and j > i and tokens[j].article and _title_at(tokens, j) and not _office_of(tokens, j) \
                    and not adjective_title(tokens, j):
                break  # "شبكة X النائب الأول للزعيم": an office after the eponym opens an apposition (ext-t63)
            if j > i and _time_span(tokens, j):
                break  # (inst16) "وقعت مع شركة X نهاية الأسبوع الماضي": the time, no word of the name
            if j > i and tokens[j].norm[:1] == "و" and not tokens[j].article \
                    and tokens[j].norm[1:] in CHAINS.MEETING_ACTS:
                break  # (inst16) "بتنظيم جامعة الملك سعود ومشاركة وزارة الصحة": the next party's part
            if stop_titles and j > i and not tokens[j].article and _title_at(tokens, j) and j + 1 < n \
                    and tokens[j + 1].sent == sent and starts_head(tokens, j + 1, strip=False):
                break  # (inst16) "رئيس جمعية كفيف عضو مجلس الشورى X": a bare title in construct with a body's head
                # after the one-word name opens the holder's next office
            j += 1  # "جامعة محمد الخامس", "مستشفى الملك خالد" (not the honorific after it: "… الدكتور X")
    mukallaf = False
    li_body: bool | None = None  # whether the chain's first "لل…" phrase opened a nested body (None: none yet)
    named_end = j if eponym and j > i else -1
    while j < n and j - i < limit and tokens[j].sent == sent:
        tok = tokens[j]
        norm = tok.norm
        bound = _bound_phrase_len(tokens, j) if j > i else 0
        if bound:
            j += bound  # (inst18) "لجنة رعاية السجناء والمفرج عنهم": the phrase bound to the word before; then only
            if _bound_goes_on(tokens, j, sent):  # a place or "و" + a definite field goes on ("… عن بعد خدمات": no)
                continue
            break
        if j > i and _staff_after_name(tokens, j):
            break  # (inst18) "كلية الهندسة بجامعة X والمشرفون على البرنامج": "و" + a body's staff
        if _dated_name(tokens, j + 1):
            j += 3  # "الأمانة العامة لقوى 14 آذار": a day and its month after "ل" + a bare noun name a movement
            continue  # (s13-inst7)
        if j == named_end and event_noun(norm):
            break  # "نظمت جامعة الملك سعود محاضرة …": the event the body holds is no word of its name (ext-t31)
        if not tok.article and j + 2 < n and tokens[j + 1].norm in _SON_OF and tokens[j + 1].sent == sent \
                and tok.norm in lexicon().first_names and not (j > i and tokens[j - 1].norm in CHAINS.ROYAL):
            break  # "وكيل الوزارة ماجد بن فهد …": a given name and "بن" open the holder's name (ext-t67)
        if j == named_end and _common_plural_after_name(tok):
            break  # "مستشفى الملك فهد والمستوصفات": "و" + a common plural after an eponym (ext-t42)
        if (j == i or (j == i + 1 and tokens[i].norm in CHAINS.MUKALLAF)) and norm in _CURRENT and j + 1 < n \
                and tokens[j + 1].sent == sent and tokens[j + 1].norm[:1] == "ل" \
                and not tokens[j + 1].norm.startswith("لل") and starts_head(tokens, j + 1, strip=True):
            j += 1  # "الرئيس (المكلف) الحالي لنادي X": "current" before the body the office is of (ext-t55)
            continue
        if j > i and tok.article and norm in CHAINS.PERSON_PREDICATES:
            break  # "نادي X المرشح الوحيد لرئاسته": what the person is, no word of the body's name (ext-t55)
        if j > i and norm in _LI_STYLES:
            break  # "خلال استقبال الرئيس المصري لصاحب السمو الملكي الأمير X": the guest's style, after ل
        if j > i and norm in CHAINS.WAW_PLURALS:
            break  # "وزارة التعليم وكلاء الوزارة": a plural of officials whose first letter is و, no "و" + a word
        if j > i and norm[:1] == "و" and not tok.article and norm[1:] in CHAINS.PROFESSIONS:
            break  # "عضو مجلس إدارة الجمعية واستشارية طب العيون": و + a profession, the holder's next office (ext-t42)
        if j > i and _definite_profession(tokens, j):
            break  # (inst11) "المحاضر بجامعة الباحة المدرب المعتمد X": the holder's profession, no word of the name
        if one_li and j > i and norm.startswith("لل") and tok.article:
            if li_body is False and _nisba(tokens[j - 1]):
                break  # "… للتخصصات الصحية للتخصصات الطبية": the field closed by its adjective, then what for
            li_body = li_body or _opens_body(tokens, j)
        elif one_li and norm[:1] == "و" and strip_clitic(norm)[0] in _PROGRAM_FIRSTS:
            li_body = None  # "… للسياحة والتراث الوطني والبرنامج الوطني للحرف": a programme coordinated, its own field
        if j > i and tokens[j - 1].is_word and not tokens[j - 1].article and norm in CHAINS.ROYAL \
                and (strip_clitic(tokens[j - 1].norm)[0] in INSTITUTIONS.EPONYM_HEADS
                     or _dual_head(tokens[j - 1].norm)):
            j = _eponym_end(tokens, j + 1, sent)  # "مجلس إدارة مركز الملك فيصل للدراسات": a nested eponym
            continue
        if j > i and tokens[j - 1].is_word and not tokens[j - 1].article and norm in CHAINS.ROYAL \
                and strip_clitic(tokens[j - 1].norm)[0] in _EPONYM_FACILITIES:
            j = _eponym_end(tokens, j + 1, sent)  # "مدير مطار الملك خالد الدولي": the facility's royal name, then
            while j + 1 < n and tokens[j].norm in PEOPLE.FILIATION and tokens[j + 1].sent == sent \
                    and tokens[j + 1].is_word and not tokens[j + 1].article:
                j += 2  # his filiation ("مطار الأمير نايف بن عبدالعزيز"),
            if j < n and tokens[j].sent == sent and tokens[j].norm.endswith(_NISBA_ENDS) and tokens[j].article:
                j += 1  # its one nisba adjective; what follows is the sentence, not the title ("مدير عام مطار الملك
            break  # فهد الدولي التوجيهات الحثيثة", pp10)
        if tok.norm == "-" and j > i and j + 1 < n and tokens[j + 1].is_word and tokens[j - 1].is_word \
                and tokens[j + 1].sent == sent and not is_stop(tokens[j + 1].norm) \
                and not (tok.start == tokens[j - 1].end and tokens[j + 1].start > tok.end
                         and all(t.norm != "-" for t in tokens[i:j])):  # (not "- حفظهم الله -")
            j += 1  # (ext-t63: not a dash written against the word before and apart from the next, "X- ضمان …",
            # unless it closes a dash the name opened: "المديرية الجهوية -قطاع الثقافة- مراكش")
            continue
        if norm in CHAINS.LADA:
            j += 1
            continue
        if _improper_annexation(tokens, i, j):
            j += 2  # "المركز المغربي متعدد التخصصات للدراسات …": an adjective and its genitive, inside the name
            continue
        if stop_titles and j > i and tokens[j - 1].norm not in CHAINS.LADA and _title_at(tokens, j) \
                and not _office_of(tokens, j) \
                and not adjective_title(tokens, j) and not (norm in CHAINS.RANKS and _head_before(tokens, j)):
            break
        if stop_titles and j > i and _bi_title(tokens, j):
            break  # (inst18) "اجتماع مجلس التعاون بوزير الخارجية الأمريكي": ب + a title is whom the body met
        if mukallaf and tok.is_word and norm not in lexicon().honorifics and norm not in CHAINS.RANKS and (
                norm == "مع" or (
                not is_stop(norm) and not is_stop(norm[1:]) and (norm.startswith("ب") or tok.article))) \
                and not (norm[:1] == "و" and starts_head(tokens, j, strip=True)):
            # (not "اللجنة المعنية بمتابعة الخطة والأمين العام للجامعة": و + a title opens the next office, ext-t64)
            j += 1
            continue
        if possessive and j > i and norm in CHAINS.OBJECT_PREPS and tokens[j - 1].norm.startswith(("لل", "ولل")) \
                and j + 1 < n and tokens[j + 1].sent == sent and (tokens[j + 1].article or (
                    tokens[j + 1].is_word and tokens[j + 1].norm[:1] not in "وبلفك" and not is_stop(tokens[j + 1].norm)
                    and not tokens[j + 1].norm.endswith(("ه", "ها", "هم")) and j + 2 < n
                    and tokens[j + 2].norm.startswith("ال") and tokens[j + 2].article
                    and tokens[j + 2].sent == sent)):  # "… للدفاع عن حقوق الإنسان"
            j += 1  # a body's purpose takes its object: "مركز … للتبليغ عن الرشوة", "…للوقاية من حوادث السير"
            continue
        if _after_ifaal(tokens, i, j) and norm == _ALA and j + 1 < n and tokens[j + 1].article \
                and tokens[j + 1].sent == sent and tokens[j + 1].norm.endswith("ات"):
            j += 1  # "لجنة الإشراف على المستشفيات": a verbal noun of the إفعال form takes its (plural) object
            # ("وافقت لجنة الإشراف على الميزانية": what a committee approves is no part of its name)
            continue
        if j == i + 1 and norm == _ALA and _IFAAL.match(tokens[i].norm) and j + 2 < n and tokens[j + 1].is_word \
                and not tokens[j + 1].article and not is_stop(tokens[j + 1].norm) and tokens[j + 2].article \
                and tokens[j + 1].sent == sent and tokens[j + 2].sent == sent and not _approved_before(tokens, i):
            j += 3  # "لجنة الإشراف على كرة القدم": its object in construct, no approval verb before the committee
            if j < n and tokens[j].sent == sent and _nisba(tokens[j]):  # (ext-t34; "وافقت لجنة الإشراف على خطة
                j += 1  # العمل" approves the plan); one adjective may follow, no more ("… المشروع المتابعة")
            break
        if j > i and norm in CHAINS.OWN_EVENT:
            break  # "عقدت الجامعة الوطنية لقطاع الصحة اجتماعها الشهري": the body's own meeting follows it
        if j > i and tok.article and tokens[j - 1].is_word and event_noun(norm) and (
                tokens[j - 1].article or (j - 2 > i and tokens[j - 2].norm in CHAINS.ROYAL)):
            break  # "ترأس وزير الصحة الاجتماع الدوري …": the event chaired, after a complete title (ext-t53); after a
            # royal eponym too: "افتتحت كلية العلوم بجامعة الملك سعود المعرض" (r20)
        if j > i and norm[:1] == "و" and not tok.article and norm[1:] in CHAINS.VENUE_NOUNS and j + 1 < n \
                and tokens[j + 1].sent == sent and tokens[j + 1].article:
            break  # "مجلس المهرجان ومسرح الطفل": و + a venue in construct is the next venue, not the name (ext-t55)
        if j > i and norm in CHAINS.DOCUMENT_PARTICIPLES:
            break  # "تعميم وزير الداخلية المتضمن قيام …": what the circular says, no word of the title (ext-t49)
        if norm in CHAINS.OFFERED and (j > i or tok.article):
            break  # "رفع وزير الصحة التهنئة لـ…": what the official conveys, no word of his title (nor, right
            # after a definite head, of a body's name: "وقدم مدير المركز التهنئة والشكر للجميع", ext-t70)
        if norm in CHAINS.TIME_NOUNS and j + 1 < n and tokens[j + 1].norm in CHAINS.TIME_ADJECTIVES:
            break  # "مقر رئاسة النيابة العامة العام الماضي"
        if j > i and _time_span(tokens, j):
            break  # (inst16) "وقعت مع الشركة الوطنية للنقل نهاية الأسبوع": the time, no word of the name
        if j > i and norm in _FOR_YEAR and j + 1 < n and tokens[j + 1].norm in _YEAR_KINDS:
            break  # "التقرير السنوي للهيئة للعام المالي …": the report's year, no word of the body's name (ext-t62)
        if norm in CHAINS.AFTER:
            break  # "… للأنباء عقب الاستقبال": a time preposition ends the name
        if j > i and norm[:1] == "و" and norm[1:] in CHAINS.NEVER_COORDINATED:
            break  # "التعاون بين الوكالة الأممية والمملكة المغربية": a second party, not part of the name
        if j > i + 1 and _suffixed_masdar(norm) and not tok.article and tok.is_word:
            break  # "المجموعة الاستشارية للبرنامج واعتمادها": و + the verbal noun of a derived verb (افتعال، انفعال،
            # استفعال) with an attached pronoun is what is done to the body, no word of its name (ext-t62; not
            # "ومجموعاتها وهيئاتها", "لرعاية المعوقين وتأهيلهم", which names keep)
        if norm[:1] == "و" and (norm[1:] in lexicon().honorifics or norm[1:] in PEOPLE.ROYAL_STYLE):
            break  # "وزير الداخلية وصاحب السمو …", "وزير الدفاع ومعالي …": و + a style opens the next person
        if strip_clitic(norm)[1] and strip_clitic(norm)[0] in CHAINS.RECIPIENTS \
                and not (possessive and norm.startswith("لل") and strip_clitic(norm)[0] in CHAINS.BODY_FIELDS and (
                    j == i or (j == i + 1 and tokens[i].article and tokens[i].norm.endswith(("ي", "يه"))))) \
                and not (j > i and norm.startswith("وال") and strip_clitic(norm)[0] in CHAINS.BODY_FIELDS
                         and tokens[j - 1].norm.startswith("لل")):
            # ("المؤسسة الشرقية للطباعة والصحافة والإعلام": a field coordinated with the field before it, ext-t46)
            break  # "قدم رئيس النيابة العامة للوفد البرلماني شروحات": the addressee, not the name
            # (right after a body's head it is the body's field: "المجلس الوطني للصحافة")
        if norm == "و" and j > i and tokens[j - 1].article and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].is_word and tokens[j + 1].article and not tokens[j + 1].norm.startswith("و") \
                and not is_stop(tokens[j + 1].norm) and not starts_head(tokens, j + 1, strip=False) \
                and not is_name_start(tokens, j + 1) and not tokens[j + 1].norm.endswith(("ين", "ون")) \
                and longest_entry(tokens, j + 1, lexicon().named, max_len=lexicon().max_named, clitics="") is None \
                and tokens[j + 1].norm not in FUNCTION_WORDS.ROLE_PLURALS and not place_len(tokens, j - 1):
            j += 1  # "وزارة الأسرة و التضامن و المساواة": a spaced و coordinates as "والتضامن" does
            continue
        if j > i and _organising_committee(tokens, j):
            j += 1  # "رئيس اللجنة المنظمة": the committee's participle agrees with it, its adjective, no stop
            continue
        if (not tok.is_word or is_stop(norm) or norm in lexicon().honorifics) and not _imams_name(tokens, j):
            break
        if j > i and norm[:1] in "لب" and (norm[1:] in lexicon().honorifics
                                            or (norm[:2] == "لل" and "ال" + norm[2:] in lexicon().honorifics)):
            break  # "وقع الاتحاد السعودي للكاراتيه لسعادة X": ل + a style opens the addressee, not the name; so does
            # ل on an article style ("ترشيح مجلس إدارة المؤسسة العربية للإعلام للأستاذ X …", ext-t46)
        if j > i and not tok.article and norm.endswith("وا") and len(norm) >= 5 and norm[:1] != "و":
            break  # "قوات … قتلوا": a past verb of a plural subject ends the name
        if j > i and not tok.article and norm[:2] in ("سي", "ست") and norm.endswith("ون") and len(norm) >= 6:
            break  # "لجنة خبراء سيكلفون بتحديد …": a future verb of a plural subject ends the name
        if norm[:1] in "لبف" and is_stop(norm[1:]):
            break  # "لهذا", "بعد", "فهو": a preposition or a particle on a function word
        if norm[:1] == "و" and starts_head(tokens, j, strip=True):
            break
        if j > i and norm[:1] == "و" and norm[1:] in _ASSISTANT_OF and j + 1 < n and tokens[j + 1].sent == sent \
                and starts_head(tokens, j + 1, strip=False):
            break  # "مدير الشؤون الإدارية ومساعد مدير الشرطة": و + an assistant of a title, the next office (ext-t64)
        if j > i and norm[:1] == "و" and not tok.article and longest_entry(
                tokens, j, lexicon().named, max_len=lexicon().max_named, clitics="و") is not None:
            break  # "القوات الجوية الملكية وحرس الحدود": و + a listed body is a second body
        if j > i and norm[:1] == "و" and norm[1:] in CHAINS.BRANCH_NOUNS and j + 1 < n and tokens[j + 1].sent == sent \
                and starts_head(tokens, j + 1, strip=False):
            break  # "هيئة السياحة والآثار وفرع وزارة الخارجية": و + a noun in construct with a body's head is a
            # second body ("وفرع وزارة …", "ومكتب هيئة …"), not part of the first one's name (a field is:
            # "وزارة العدالة الانتقالية وشؤون مجلس النواب")
        if j > i and norm[:1] == "و" and not tok.article and norm[1:] in CHAINS.COORDINATED_BODIES and j + 1 < n \
                and tokens[j + 1].sent == sent and tokens[j + 1].article:
            break  # "وزارة الإسكان ومصلحة الجمارك العامة": و + a body noun in construct opens a second body (ext-t50)
        if j > i and norm[:1] == "و" and norm[1:] in _TERRITORY_NOUNS and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].is_word and not is_stop(tokens[j + 1].norm) \
                and (not tokens[j + 1].article or place_len(tokens, j + 1)):
            break  # "مركز X ومحافظة Y Z": و + a governorate or a region named by a bare word or a known place is a
            # second place or body, no field of the first one's name (ext-t86)
        if j > i and norm[:1] == "و" and not tok.article and norm[1:] in CHAINS.MEETING_ACTS:
            break  # "مجلس إدارة الاتحاد ومناقشة المقترح": what the sitting does next, no field of the name (ext-t50)
        if j > i and norm[:1] == "و" and tok.article and norm[1:] in CHAINS.DEFINITE_MEETING_ACTS:
            break  # (inst17) "مدينة X للعلوم والتقنية واللقاء برئيسها": the visitors' next act
        if j > i and norm in CHAINS.LI_VERBS:
            break  # (inst17) "نادي X السعودي لتصبح الناقل الرسمي": what the party becomes, even after a club
        if j > i and (_heads_plural(tok) or _common_plural_after_name(tok)) and tokens[j - 1].is_word \
                and (not tokens[j - 1].article or place_len(tokens, j - 1)):
            break  # "جامعة أكسفورد والجامعات السعودية": after a proper name, "و" + the plural of a body's head
        if (j > i or (i > 0 and tokens[i - 1].article)) and norm[:1] == "و" \
                and norm[1:] in FUNCTION_WORDS.ROLE_PLURALS \
                and j + 1 < n and (tokens[j + 1].article or starts_head(tokens, j + 1, strip=False)):
            break  # "وزارة التجارة ومنسوبي هيئة السياحة": the staff of a second body, not part of the name
            # (nor the complement of a definite title: "حضره الوزير ووكلاء الوزارة"; an indefinite one shares its
            # genitive: "استقبل رئيس وأعضاء هيئة المهندسين")
        if j > i and tok.article and j + 1 < n and tokens[j + 1].norm in CHAINS.DESCRIPTION_ADVERBS \
                and tokens[j + 1].sent == sent and _PARTICIPLE.match(norm) and not norm.endswith(("ي", "يه")):
            break  # "نادي X الصاعد حديثا للدوري": a participle and its adverb describe the body
            # (not a nisba: "عقدت اللجنة المشتركة المغربية الإسبانية مؤخرا اجتماعا")
        place = place_len(tokens, j) or _li_place(tokens, j)
        if place:
            j += place
            if j < n and tokens[j].article and tokens[j].sent == sent and not starts_head(tokens, j, strip=False):
                continue  # "الشرق الأوسط": the place word was an ordinary noun (not "محافظ جدة الشركة الوطنية":
                # a body's definite head after the place opens the verb's object, pp19)
            break  # a place closes the name ("…لسوس ماسة يعقد دورة…")
        if purpose_stop and norm in CHAINS.PURPOSE:
            break
        if j > i and norm[:1] == "ل" and not norm.startswith("لل") and not tok.article and len(norm) >= 5 \
                and tok.text.endswith(("ه", "ها", "هم", "هما")) and not tok.text.endswith("ة"):
            break  # "الرئيس العام لرعاية الشباب لجهوده الكبيرة": ل + a noun with a pronoun says what for (ext-t45)
        if is_name_start(tokens, j) and not (j > i and tokens[j - 1].norm in CHAINS.ROYAL) \
                and not _imams_name(tokens, j) and not _ibn_eponym(tokens, j):
            break
        if stop_titles and j > i and not tok.article and (
                (norm[:1] == "و" and norm[1:] in lexicon().ambiguous_names and _surname_closed(tokens, j + 1, sent))
                or (tokens[j - 1].article and norm in lexicon().ambiguous_names
                    and _surname_then_verb(tokens, j + 1, sent))):
            break  # "رئيس الغرفة التجارية وسامي الأحمد مدير …": و + a given name that is also a word, then a family
            # name and a title: the list's next person, not the body's or office's words (ext-t103)
        if stop_titles and j > i and tokens[j - 1].norm not in CHAINS.LADA and _title_at(tokens, j) \
                and not _office_of(tokens, j) \
                and not adjective_title(tokens, j) and not (norm in CHAINS.RANKS and _head_before(tokens, j)):
            break
        if norm in CHAINS.MUKALLAF:
            mukallaf = True
            j += 1
            continue
        if norm in CHAINS.FORMER:
            j += 1
            break  # "وزير التجارة الأسبق": the qualifier closes the title
        if j > i and norm.startswith("والم") and tok.article and _DERIVED_PARTICIPLE.match(norm[1:]) and j + 1 < n \
                and tokens[j + 1].sent == sent and tokens[j + 1].norm[:1] == "ب" and not tokens[j + 1].article:
            break  # "لجنة التطوير الإداري والمشكلة بقرار من الرئيس": و + a participle with its ب-phrase describes
        if j > i and norm[:1] == "و" and tok.article and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].norm in _PRONOUN_PREPOSITIONS and not _nisba_field(norm):
            break  # "وزارة الداخلية والمتوفر لديها …": و + a word with a pronoun's preposition starts a clause
            # (not a nisba field, the name's last word: "وزارة الشؤون البلدية والقروية لديها لائحة", ext-t81)
        if j >= i + 2 and norm.startswith("والم") and tok.article and norm.endswith(("ين", "ون")) and len(norm) > 7 \
                and tokens[j - 1].article and tokens[j - 2].article:
            break  # "قوات الطوارئ الخاصة والمنومين": after a noun and its adjective, a participle plural (people)
            # is a new item (not "والتعاون", "والتكوين": verbal nouns)
        if j > i and tok.article and norm.startswith("الم") and norm.endswith("ين") and not norm.endswith("يين") \
                and len(norm) >= 7 and tokens[j - 1].is_word and not tokens[j - 1].article \
                and tokens[j - 1].norm[:1] not in "لب" and not is_stop(tokens[j - 1].norm) \
                and j + 1 < n and tokens[j + 1].sent == sent \
                and tokens[j + 1].norm[:1] == "ل" and not tokens[j + 1].norm.startswith("لل"):
            break  # "في معملي جامعة يوتا المخصصين لتكنولوجيا …": a dual or plural participle with its ل-object
            # agrees with a noun before the body's name, it does not continue the name
        if j > i and tok.article and norm.startswith("الم") and norm.endswith("ه") and len(norm) >= 7 \
                and tokens[j - 1].article and tokens[j - 1].norm.startswith("ال") and tokens[j - 1].norm.endswith("ي") \
                and len(tokens[j - 1].norm) >= 6 and not (tokens[i - 1].norm.endswith("ه") if i > 0 else False):
            break  # "مجلس الوزراء اللبناني المرتقبة": a feminine participle after a masculine nisba qualifies another
            # noun (a sitting, a meeting), not the body
        if j > i and tok.article and norm in _DECIDED_OBJECTS and tokens[j - 1].article \
                and tokens[j - 1].norm.startswith(("ال", "لل")) and not (
                    norm.endswith("يه") and tokens[j - 1].norm.endswith("ات") and len(tokens[j - 1].norm) > 5):
            # (a nisba form after a plural agrees with it: "للدراسات الاستراتيجية" (ext-t36))
            break  # "اعتمد مجلس إدارة الجمعية السعودية للإدارة الخطة": what the body decided, after a definite noun
            # that takes no genitive (not "لجنة متابعة الخطة")
        genitive_article = tok.article and not norm.startswith(("بال", "كال", "فال"))
        if j > i and norm in CHAINS.RANKS and not _head_before(tokens, j) and (
                norm != _FARIQ or (j + 1 < n and tokens[j + 1].sent == sent and (
                is_name_start(tokens, j + 1) or tokens[j + 1].norm in CHAINS.RANKS
                or tokens[j + 1].norm in CHAINS.RANK_QUALIFIERS or _bare_two_word_name(tokens, j + 1)))):
            # "الفريق أول X"; "رئيس هيئة قناة السويس الفريق X Y": a rank before a name the lexicon lacks (inst10)
            break  # "قوات التحالف العقيد الركن X", "رئيس الأركان الفريق X": a rank opens the name after it
        if genitive_article and j > i + 1 and norm.startswith("ال") and (
                _nisba(tokens[j - 1]) or tokens[j - 1].norm in INSTITUTIONS.NAME_ADJECTIVES) \
                and tokens[j - 2].article and not norm.endswith(("ي", "يه", "ين", "ون")) \
                and not norm.startswith("الم") and norm not in lexicon().first_names \
                and norm not in INSTITUTIONS.NAME_ADJECTIVES:
            break  # "المديرية العامة للأمن الوطني الأسباب": no noun is in construct with an adjective
            # (a participle may be one more adjective: "الجالية المغربية المقيمة"; a given name an eponym)
        if genitive_article and j > i and norm.startswith("الم") and norm.endswith(("ين", "ون")) \
                and not norm.endswith(("يين", "يون")) and len(norm) >= 7 and _nisba(tokens[j - 1]):
            break  # "مستشفى أبها المركزي المصابين": a plural participle (people) after the name's nisba (ext-t42)
        if genitive_article and (not _nisba_then_name(tokens, j) or _improper_annexation(tokens, i, j + 1)):
            j += 1
            continue
        if genitive_article:
            j += 1
            break
        if norm in CHAINS.LOCALITY and j + 1 < n and tokens[j + 1].is_word and tokens[j + 1].sent == sent \
                and not is_stop(tokens[j + 1].norm):
            j += 2  # "لحي تمرسيط", "بدوار أولاد …"
            continue
        if norm.startswith("بال") or (norm[:1] == "ك" and not _title_at(tokens, j) and not place_len(tokens, j)
                                       and not starts_head(tokens, j, strip=False) and norm not in CHAINS.KAF_NOUNS):
            break  # "بالرباط" (where), "كحارس" (as)
        if j > i and norm[:1] == "و" and tok.text.endswith("ه") and not tok.article and len(norm) > 4 \
                and not possessive:
            break  # "رئيس الجمهورية وتقديره": a possessive noun after و is no part of a title
        if j > i and norm[:1] == "و" and norm.endswith(("ها", "هم")) and possessive \
                and not (norm.endswith("هم") and strip_clitic(norm[:-2])[0] in CHAINS.KIN_NOUNS) \
                and not _act_with_object(tokens, j):  # (not an act: "رابطة … وتقديمها اعتذارا" (ext-t42))
            j += 1
            continue  # "…ومجموعاتها وهيئاتها" in a body's name (an office's title does not coordinate so)
            # (never its first word: "إلى كلية وضمها إلى الجامعة", a verb and its object after the bare head)
            # (not "قوات الطوارئ وذويهم": their kin are people, no part of the body)
        if j > i and _honoured_seat(tokens, j):
            break  # (inst21) "رئيس اللجنة العليا لمعرض X بمكتب سموه": the holder's own office, where it met
        if norm[:1] == "ب" and not starts_head(tokens, j, strip=True) and not starts_head(tokens, j, strip=False):
            break  # "بمقاربة…", "بمساواة…": a ب-phrase continues a name only towards a body ("بوزارة…"); a head
            # whose own first letter is ب is no ب-phrase ("رئيس بلدية المحافظة", "مدير بنك …") (ext-t67)
        if norm[:1] == "و" and (norm.endswith("ا") or not _construct(tokens, j, sent, reach=3)):
            break
        if j > i and norm[:1] == "و" and _loose_item(tokens, j, sent):
            break  # "الجمعية … للثقافة والفنون وفرق للفلكلور": an item that is no field of the name (ext-t34)
        if j > i and _article(tokens[j - 1].norm) and tokens[j - 1].article and norm[:1] not in "لوب" \
                and norm not in CHAINS.DEFINITE_OPENERS and tokens[j - 1].norm not in CHAINS.DEFINITE_OPENERS:
            break  # a definite noun closes the construct: "رئيس المجلس منير …", "المدير العام للمكتب محاضرة"
        if _construct(tokens, j, sent):
            j += 1
            continue
        if j == i and _named_indefinite(tokens, j):
            j += 2  # "رئيسة متحف برادو،": an indefinite head and the bare proper name it is in construct with
        break
    # never end on a dangling preposition or connector
    while j > i and tokens[j - 1].norm in CHAINS.LADA | CHAINS.MUKALLAF:
        j -= 1
    if j > i + 1 and tokens[j - 1].norm in CHAINS.PARTY_AFFILIATIONS and tokens[j - 2].norm in PEOPLE.NATIONALITIES:
        j -= 1  # "بمجلس النواب الأمريكي الجمهوري X": the holder's party after the body's nationality
    return j


_DECIDED_OBJECTS = frozenset({k[0] for k in DECISIONS.KINDS if len(k) == 1 and k[0].startswith("ال")}
                             | {fold("الخطة")})


_ORGANISING = frozenset(fold(w) for w in ("المنظمة", "المنظم"))
_COMMITTEES = frozenset(fold(w) for w in ("اللجنة", "اللجان"))


def _organising_committee(tokens: list[Token], j: int) -> bool:
    """ "اللجنة المنظمة", "اللجان المنظمة": the definite participle "organising" right after a definite committee
    agrees with it, so it is the committee's adjective (a definite word after a definite one is never its
    genitive), not the organiser named next that the stop word "المنظمة" ends a name before elsewhere."""
    return tokens[j].norm in _ORGANISING and strip_clitic(tokens[j - 1].norm)[0] in _COMMITTEES \
        and tokens[j - 1].sent == tokens[j].sent


def _time_span(tokens: list[Token], j: int) -> bool:
    """ "نهاية الأسبوع", "مطلع العام": the end, start or middle of a time noun in the same sentence (inst16)."""
    return tokens[j].norm in CHAINS.TIME_SPANS and j + 1 < len(tokens) and tokens[j + 1].sent == tokens[j].sent \
        and tokens[j + 1].norm in CHAINS.TIME_NOUNS


def _act_with_object(tokens: list[Token], j: int) -> bool:
    """ "وتقديمها اعتذارا", "وتقديمها كنظام": و + a verbal noun of the تفعيل form with a pronoun, then its object in
    the accusative (a bare word in alef) or "ك" + a noun (as what): what the body does, no part of its name
    ("الإدارة العامة لرعاية المعوقين وتأهيلهم" keeps its field) (ext-t42)."""
    norm = tokens[j].norm
    if norm[:1] != "و" or not norm.endswith(("ها", "هم")) or j + 1 >= len(tokens):
        return False
    stem, nxt = norm[1:-2], tokens[j + 1]
    return len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي" and nxt.is_word and nxt.sent == tokens[j].sent \
        and not nxt.article and not is_stop(nxt.norm) and len(nxt.norm) >= 4 \
        and (nxt.norm.endswith("ا") or nxt.norm[:1] == "ك")  # ("وتقديمها كنظام أساسي": as what)


def _definite_profession(tokens: list[Token], j: int) -> bool:
    """(inst11) "بجامعة الطائف الطبيب الاستشاري X", "بجامعة الباحة المدرب المعتمد": a definite profession
    (:data:`CHAINS.PROFESSIONS` with the article) after a body's name opens the apposition of the person who holds
    it; not a family name after a given name ("مؤسسة أحمد الطبيب"), nor a nisba, which is also an adjective of
    bodies ("المجلس الاقتصادي الاستشاري"), nor the object of a verbal noun behind ب/ل ("اللجنة المكلفة باختيار
    المدرب للمنتخب")."""
    tok, prev = tokens[j], tokens[j - 1]
    return tok.article and tok.norm.startswith("ال") and tok.norm[2:] in CHAINS.PROFESSIONS \
        and not tok.norm.endswith(("ي", "يه")) and prev.norm not in lexicon().first_names \
        and (prev.article or prev.norm[:1] not in "بل" or place_len(tokens, j - 1) > 0)


def _bound_phrase_len(tokens: list[Token], j: int) -> int:
    """How many words from ``tokens[j]`` finish a phrase of ``[bound_phrases]`` begun by the word before: "والمفرج
    عنهم", "والتعليم عن بعد" (a name keeps them: "لجنة رعاية السجناء والمفرج عنهم"); 0 if none (inst18)."""
    if j == 0:
        return 0
    before = strip_clitic(tokens[j - 1].norm)[0]
    sent = tokens[j - 1].sent
    found = [len(phrase) - 1 for phrase in CHAINS.BOUND_PHRASES if phrase[0] == before and all(
        j + k < len(tokens) and tokens[j + k].norm == w and tokens[j + k].sent == sent
        for k, w in enumerate(phrase[1:]))]
    return max(found, default=0)


def _bound_goes_on(tokens: list[Token], j: int, sent: int) -> bool:
    """After a bound phrase ("… والتعليم عن بعد"), the name goes on only into a place ("بمنطقة القصيم") or "و" + a
    definite field; an indefinite word is the clause's ("… عن بعد خدمات للطلاب") (inst18)."""
    if j >= len(tokens) or tokens[j].sent != sent:
        return False
    return bool(place_len(tokens, j) or _li_place(tokens, j)) or (
        tokens[j].article and tokens[j].norm.startswith("وال"))


def _staff_after_name(tokens: list[Token], j: int) -> bool:
    """ "والمشرفون", "والمسؤولين" after a body's name: "و" + the staff of a body (``[staff_plurals]``) is the clause's
    next persons, no field of the name; not after a definite plural of persons, which a union's field coordinates
    ("نقابة المعلمين والعاملين") (inst18)."""
    if tokens[j].norm not in INSTITUTIONS.STAFF_PLURALS or j == 0:
        return False
    before = tokens[j - 1].norm
    return not before.startswith(("لل", "ولل")) and not before.endswith(("ين", "ون")) \
        and not (before.endswith("ات") and not tokens[j - 1].article)  # (inst21) "مجلس سيدات ورجال الأعمال"


def _common_plural_after_name(tok: Token) -> bool:
    """ "والعقبات", "والمستوصفات": "و" + a definite plural in ات, which a personal or foreign name in a body's name is
    never coordinated with (ext-t42)."""
    return tok.article and tok.norm.startswith("وال") and tok.norm.endswith("ات") and len(tok.norm) >= 8


def _heads_plural(tok: Token) -> bool:
    """ "والجامعات", "والمؤسسات", "والهيئات": "و" + the definite plural in ات of a body's head in ة."""
    norm = tok.norm
    return norm.startswith("وال") and tok.article and norm.endswith("ات") and norm[1:-2] + "ه" in lexicon().first_words


def _opens_body(tokens: list[Token], j: int) -> bool:
    """A "لل…" word opens a nested body: a head ("للمبادرة", "للمديرية") or a listed body ("للاتحاد المغربي للشغل")."""
    if starts_head(tokens, j, strip=True):
        return True
    tok = tokens[j]
    lam = lam_article(tok.norm)  # "للجنة": ل + "اللجنة"
    for base in {strip_clitic(tok.norm)[0], *(lam[:1] if lam else ())}:
        probe = [Token(tok.text, base, tok.start, tok.end, tok.sent, True), *tokens[j + 1 : j + 8]]
        if longest_entry(probe, 0, lexicon().named, max_len=lexicon().max_named, clitics="") is not None \
                or longest_entry(probe, 0, lexicon().inst_heads, max_len=lexicon().max_head, clitics="") is not None \
                or base in _PROGRAM_FIRSTS:
            return True
    return False


_PROGRAM_FIRSTS = frozenset({fold("البرنامج"), fold("المبادرة"), fold("المشروع"), fold("الاستراتيجية")})
"""Heads of a programme or a plan, whose name a body's committee may bear ("اللجنة الإشرافية للبرنامج الوطني
للمعارض")."""

_STATE = frozenset({fold("الدولة"), fold("دولة"), fold("للدولة")})  # "وزير (ال)دولة للشؤون الخارجية"


def ministry_field_end(tokens: list[Token], c: int, e: int) -> int:
    """End of a ministry's name whose field spans tokens[c:e] as read: a ministry is named by its field, and a
    ل-phrase after it ("مساعد وزير الدفاع لشؤون الأمن الدولي", "وكيل وزارة النقل للطرق", "وزارة الصحة
    للمستشفى") is an office's remit or a purpose, no part of the ministry's name; not after "الدولة" (a minister of
    state's portfolio, "وزير الدولة لشؤون الدفاع", "وزير دولة للشؤون …") nor in "الوزارة المنتدبة/المكلفة …"."""
    if c >= e or tokens[c].norm in _STATE or tokens[c].norm.startswith(("المنتدب", "المكلف")):
        return e
    for x in range(c + 1, e):
        if tokens[x].norm[:1] == "ل" and tokens[x].norm not in CHAINS.LADA and tokens[x - 1].article:
            return x  # (a ل-phrase after the definite field; not "لوائح" after a bare noun)
    return e


_ABD = fold("عبد")
_SONS = frozenset(fold(w) for w in ("بن", "بنت", "ابن"))


def _name_word_len(tokens: list[Token], k: int) -> int:
    """2 when ``tokens[k]`` is "عبد" written apart from the definite word it forms one given name with ("عبد العزيز",
    "عبد الله"), else 1 (ext-t122)."""
    return 2 if k + 1 < len(tokens) and tokens[k].norm == _ABD and tokens[k + 1].article \
        and tokens[k + 1].sent == tokens[k].sent else 1


def _eponym_reach(tokens: list[Token], i: int) -> int:
    """How many words an eponym's name may take before "بن": three ("الأمير محمد بن …" holds the style and the name),
    one more when a given name in it is "عبد" + a word and "بن" comes right after it ("مستشفى الأمير عبد العزيز بن
    مساعد"); no further word otherwise ("جامعة الملك عبد الله محمد X": the holder's name follows) (ext-t122)."""
    k = i + 3
    return 4 if k < len(tokens) and tokens[k].norm in _SONS and tokens[k].sent == tokens[i].sent \
        and any(_name_word_len(tokens, x) == 2 for x in (i, i + 1)) else 3


def _filiation(tokens: list[Token], i: int, j: int) -> bool:
    """ "بن"/"بنت" between two words of an eponym ("الأمير سطام بن عبدالعزيز"), a name on both sides."""
    return i < j and tokens[j].norm in (fold("بن"), fold("بنت"), fold("ابن")) and j + 1 < len(tokens) \
        and tokens[j + 1].sent == tokens[j].sent and tokens[j + 1].is_word and not tokens[j + 1].article \
        and not is_stop(tokens[j + 1].norm)


def _dual_head(norm: str) -> bool:
    """ "جامعتي" (the dual "two universities" in construct): a body head named after a person, in the dual, before
    "الملك X وY" ("مدير جامعتي الملك عبدالعزيز وجدة المكلف") (ext-t28)."""
    return norm.endswith("تي") and len(norm) > 4 and norm[:-2] + "ه" in INSTITUTIONS.EPONYM_HEADS


_NISBA_ENDS = ("ي", "ى", "يه")
_EPONYM_FACILITIES = frozenset(fold(w) for w in ("مطار", "ميناء", "جامع", "مجمع", "استاد"))
"""(pp10) Facilities named after a king or a prince whose director's title runs through the royal name: "مدير مطار
الملك خالد الدولي", "إمام جامع الأمير X" (the named places of people.txt that a post can be attached to)."""


def _eponym_end(tokens: list[Token], j: int, sent: int) -> int:
    """One past the personal name (up to three plain words) at ``tokens[j]`` after a royal style."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].is_word and tokens[k].sent == sent \
            and not is_stop(tokens[k].norm) and not tokens[k].norm.startswith(("بال", "لل", "ب", "ل")) \
            and tokens[k].norm not in lexicon().honorifics and not tokens[k].article \
            and not (k > j and tokens[k].norm[:1] == "و" and tokens[k].norm[1:] in FUNCTION_WORDS.ROLE_PLURALS) \
            and not (k > j and event_noun(tokens[k].norm)):  # "جامعة الملك سعود محاضرة": the event held (ext-t31)
        k += 1  # (not "بجامعة الملك سعود وأعضاء …": a plural of persons after "و" is no word of the name)
    return k


_LI_STYLES = FUNCTION_WORDS.LI_STYLES
_OFFICE = fold("مكتب")


_AT_OFFICE = fold("بمكتب")
_SON_OF = FUNCTION_WORDS.SON_OF


def _bi_title(tokens: list[Token], j: int) -> bool:
    """ "بوزير الخارجية", "برئيس مجلس الشورى": ب on a word that opens a title (not on an article: "بالأمين"), after a
    body's name the person the body met or is tied to, no word of the name ("بوزارة", "بكلية" are bodies) (inst18)."""
    tok = tokens[j]
    if not tok.norm.startswith("ب") or tok.article or len(tok.norm) < 4:
        return False
    probe = [Token(tok.text, tok.norm[1:], tok.start, tok.end, tok.sent, False), *tokens[j + 1 : j + 3]]
    return _title_at(probe, 0) and not _office_of(tokens, j)


def _office_of(tokens: list[Token], j: int) -> bool:
    """ "مدير مكتب الرئيس X", "مدير مكتب وزير الخارجية X": a title right after "مكتب" says whose office it is, the
    genitive of the title's chain (the name after it holds the whole title), not a second title (ext-t45)."""
    return j > 0 and tokens[j - 1].norm in (_OFFICE, _AT_OFFICE) and tokens[j - 1].sent == tokens[j].sent
    # ("مستشارا بمكتب وكيل الوزارة …": the office where one serves, after ب, ext-t67)


def _li_place(tokens: list[Token], j: int) -> int:
    """ "لسوس ماسة": the genitive ل before a place name (not the locative ب, which ends a name)."""
    tok = tokens[j]
    if tok.norm[:1] != "ل" or tok.norm.startswith("لل") or len(tok.norm) < 4:
        return 0
    probe = [after_proclitic(tok), *tokens[j + 1 : j + 4]]
    return place_len(probe, 0)


@cache
def place_firsts() -> frozenset[str]:
    """The first word of every place name of the gazetteer."""
    return frozenset(p[0] for p in lexicon().places)


def place_len(tokens: list[Token], j: int) -> int:
    """Number of tokens of the longest place name (gazetteer) starting at ``tokens[j]``; hyphens and slashes
    between its words allowed."""
    lex = lexicon()
    if j < len(tokens) and tokens[j].norm != "-" and tokens[j].norm not in place_firsts():
        return 0  # no place name starts with this word
    words: list[str] = []
    idx: list[int] = []
    k = j
    while k < len(tokens) and len(words) < lex.max_place and tokens[k].sent == tokens[j].sent:
        if tokens[k].norm == "-" or (tokens[k].norm == "/" and k > j):  # "الدار البيضاء / سطات"
            k += 1
            continue
        if not tokens[k].is_word:
            break
        words.append(tokens[k].norm)
        idx.append(k)
        k += 1
    for size in range(len(words), 0, -1):
        if tuple(words[:size]) in lex.places:
            return idx[size - 1] - j + 1
    return 0


def _approved_before(tokens: list[Token], i: int) -> bool:
    """An approval verb ("وافقت", "أقر", "اعتمد") before ``tokens[i]`` in its sentence (within eight words)."""
    return any(tokens[x].sent == tokens[i].sent and (tokens[x].norm in DECISIONS.APPROVE
                                                      or strip_clitic(tokens[x].norm)[0] in DECISIONS.APPROVE)
               for x in range(max(0, i - 8), i))


def _loose_item(tokens: list[Token], j: int, sent: int) -> bool:
    """A bare "و…" word in a name's chain that opens a new item rather than a field of the name: one followed by a
    ل-phrase, not a genitive ("وفرق للفلكلور الشعبي": a description), or by a second bare "و…" word ("وتوجهات ورؤى
    هيئة …": a list of things). A field is in construct with a definite noun: "وسياسة المدينة", "وصناعة الرياض"."""
    if j + 1 >= len(tokens) or tokens[j + 1].sent != sent or not tokens[j + 1].is_word:
        return False
    nxt = tokens[j + 1].norm
    return (nxt[:1] == "ل" and not tokens[j + 1].article) or nxt.startswith("لل") \
        or (nxt[:1] == "و" and not tokens[j + 1].article and len(nxt) > 2 and not is_stop(nxt))


def _honoured_seat(tokens: list[Token], j: int) -> bool:
    """(inst21) "بمكتب سموه", "بمقر معاليه": ب + a body's head right before an honorific with its holder's
    pronoun ([honorific_pronouns]: سموه، معاليه) is that holder's own office, the place of the sitting; no nested
    body of the name before it ("عقد رئيس اللجنة العليا لمعرض X بمكتب سموه الاجتماع")."""
    if j + 1 >= len(tokens) or tokens[j + 1].sent != tokens[j].sent:
        return False
    return tokens[j].norm[:1] == "ب" and tokens[j + 1].norm in ROLES.HONORIFIC_PRONOUNS \
        and starts_head(tokens, j, strip=True)


def _construct(tokens: list[Token], j: int, sent: int, reach: int = 4) -> bool:
    """A bare noun is in construct when an article word follows within ``reach`` plain words."""
    for k in range(j + 1, min(j + 1 + reach, len(tokens))):
        t = tokens[k]
        if t.sent != sent or not t.is_word or is_stop(t.norm) or (is_name_start(tokens, k)
                                                                  and not _ibn_eponym(tokens, k)):
            return False  # (but "مدارس ابن X الإسلامية": the name a body bears, ext-t155)
        if t.article or place_len(tokens, k) > 0:
            return True
    return False


def _named_indefinite(tokens: list[Token], j: int) -> bool:
    """A bare noun then one bare proper name closed by punctuation: "متحف برادو،"."""
    if j + 2 >= len(tokens):
        return False
    noun, name, close = tokens[j], tokens[j + 1], tokens[j + 2]
    return noun.is_word and name.is_word and not name.article and name.sent == noun.sent \
        and close.norm in ("،", ",", ".") and name.norm[:1] != "و" and not is_stop(name.norm) \
        and not is_stop(noun.norm) and not noun.norm.endswith("ا") and not name.norm.endswith(("ات", "ين", "يه")) \
        and not noun.norm.endswith(("ي", "يه")) and not {noun.norm, name.norm} & INSTITUTIONS.INDEFINITE_ADJECTIVES


def adjective_title(tokens: list[Token], j: int) -> bool:
    """ "الاتحاد البرلماني الإفريقي", "الجمعية البرلمانية": a title that is an adjective of relation agrees
    with the article noun before it; it does not open a new title."""
    norm = tokens[j].norm
    return j > 0 and tokens[j - 1].article and tokens[j].article and norm.endswith(("ي", "يه")) \
        and lexicon().titles.get((norm,)) is False


_FARIQ = fold("الفريق")  # also a team or a parliamentary group: a rank only before a name or another rank


def _head_before(tokens: list[Token], j: int) -> bool:
    """(inst10) "بنادي الرائد", "فريق الرائد": a body's head without the article right before a rank's word holds it
    in construct as the body's own name (a club), no rank before a holder's name."""
    prev = tokens[j - 1]
    return j > 0 and prev.is_word and not prev.article and prev.sent == tokens[j].sent \
        and (strip_clitic(prev.norm)[0],) in lexicon().inst_heads


def _bare_two_word_name(tokens: list[Token], j: int) -> bool:
    """(inst10) Two plain words of the same sentence at ``tokens[j]``, no article, no clitic, no function word, no
    place, no title and no body's head: a given name and a family name the lexicon lacks ("الفريق X Y" after a
    body's name is its head's rank and name; a team is "الفريق الأول", "الفريق السعودي")."""
    if j + 1 >= len(tokens):
        return False
    pair = tokens[j : j + 2]
    return all(t.is_word and not t.article and t.sent == tokens[j - 1].sent and not is_stop(t.norm)
               and t.norm[:1] not in "وبلفك" and len(t.norm) >= 3 and t.norm.isalpha() and not t.norm.isascii()
               and not starts_head(tokens, j + n, strip=False) for n, t in enumerate(pair)) \
        and not place_len(tokens, j) and not place_len(tokens, j + 1) and not _title_at(tokens, j)


def _nisba_field(norm: str) -> bool:
    """ "والقروية", "والاجتماعية": و + a definite nisba adjective (not a participle in والم: "والمتوفر"), a field of
    the name coordinated with the one before it (ext-t81)."""
    return norm.startswith("وال") and not norm.startswith("والم") and norm.endswith(("ي", "يه")) and len(norm) >= 7


def _nisba(tok: Token) -> bool:
    """A definite nisba adjective ("الوطني", "الجهوية"), not a short noun in ي ("الوادي" is one word more)."""
    return tok.article and tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه")) and len(tok.norm) >= 6


def _surname_closed(tokens: list[Token], k: int, sent: int) -> bool:
    """A family name with the article at ``k``, then a title ("وسامي الأحمد مدير الفرع"; not "وحسن الجوار")."""
    if k + 1 >= len(tokens) or tokens[k].sent != sent or not tokens[k].article or not tokens[k].is_word:
        return False
    return tokens[k + 1].sent == sent and _title_at(tokens, k + 1)


def _surname_then_verb(tokens: list[Token], k: int, sent: int) -> bool:
    """A family name with the article at ``k``, then punctuation, the sentence's end or a complementiser ("إن",
    "أن"): "عضوة مجلس الشورى لطيفة الشعلان إن …" (an indefinite word after a definite one is no attribute); or,
    not after a royal style or an honorific, a function word, or a definite word after a nisba (lnk2)."""
    if k >= len(tokens) or tokens[k].sent != sent or not tokens[k].article or not tokens[k].is_word:
        return False
    nxt = k + 1
    if nxt >= len(tokens) or tokens[nxt].sent != sent or not tokens[nxt].is_word or tokens[nxt].norm in _THAT:
        return True
    surname, lex = tokens[k].norm, lexicon()
    if surname in lex.first_words or is_stop(surname) or _title_at(tokens, k) or (k >= 2 and (
            tokens[k - 2].norm in CHAINS.ROYAL or tokens[k - 2].norm in lex.honorifics)):
        return False  # (a body named after a person: "مجلس الأمير سلطان الخيري", "مؤسسة الشيخ صالح X الخيرية")
    # "نادي النجمة وليد X بعد …", "رئيس الجمعية نبيل X وعدد من …": a function word, a time word or "و" + one after
    # the family name ends the name, no word of the body's or title's; so does a definite word (the verb's object)
    # after a family name of relation ("وكيل المحافظ صالح الغامدي الحفل", lnk2)
    return is_stop(tokens[nxt].norm) or (tokens[nxt].article and surname.endswith("ي") and len(surname) >= 5)


_THAT = frozenset({fold("إن"), fold("أن")})


def _title_at(tokens: list[Token], j: int) -> bool:
    lex = lexicon()
    if j < len(tokens) and tokens[j].norm not in lex.first_words:  # every title starts with one of them
        return False
    words = [t.norm for t in tokens[j : j + 3]]
    return any(tuple(words[:n]) in lex.titles for n in (3, 2, 1) if len(words) >= n)


def _nisba_then_name(tokens: list[Token], j: int) -> bool:
    """ "وزير الخارجية الفلسطيني رياض المالكي", "النائبة البرلمانية آمنة ماء العينين": after an adjective
    of relation (…ي، …ية) a bare word without a clitic, not a place, opens a personal name."""
    if not tokens[j].norm.endswith(("ي", "يه")) or j + 1 >= len(tokens):
        return False
    a = tokens[j + 1]
    if a.norm[:1] == "ب" and not a.article and a.is_word and a.sent == tokens[j].sent:
        return True  # "نادي … الألماني بنظام الإعارة": a ب-phrase after the adjective is not the name
    if a.norm[:1] == "و" and _waw_given_name(tokens, j + 1):
        return True  # "وزير الخارجية السوري وليد المعلم": a given name whose first letter is "و" (ext-t114)
    if not a.is_word or a.article or is_stop(a.norm) or a.norm[:1] in "لبوف" or a.sent != tokens[j].sent:
        return False
    return place_len(tokens, j + 1) == 0 and not starts_head(tokens, j + 1, strip=False)


def _waw_given_name(tokens: list[Token], k: int) -> bool:
    """ "وليد المعلم", "وائل جمال": a known given name written with an initial "و" (no "and" here: "و" + the rest is
    no given name), then a family name in the same sentence that is no function word, no given name and no title."""
    lex = lexicon()
    if tokens[k].norm not in lex.first_names or tokens[k].norm[1:] in lex.first_names or k + 1 >= len(tokens):
        return False
    b = tokens[k + 1]
    return b.is_word and b.sent == tokens[k].sent and not is_stop(b.norm) and b.norm not in lex.first_names \
        and b.norm not in lex.first_words and len(b.norm) >= 2
