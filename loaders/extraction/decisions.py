"""Decisions (what a sitting approved, adopted or appointed) and partnership agreements.

"المصادقة على مخطط عمل وميزانية مؤسسة التعاون الوطني برسم سنة 2026" gives two decisions
(action_plan 2026, budget 2026): the object list is split at "و" + a kind word and a year stated at
the end of the list applies to every item without its own. Repeats of one object are one decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from functools import cache

import regex

from marsad.loaders.extraction.chain import is_name_start, place_len
from marsad.loaders.extraction.cues import AGREEMENTS, DECISIONS, EVENTS, ROLES
from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.lexicon import lexicon
from marsad.loaders.extraction.text import (
    COMMAS,
    DURING_IN,
    RELATIVES,
    RELATIVES_WITH_DUALS,
    Token,
    clitic_spellings,
    in_words,
    sentence_end,
    strip_clitic,
    word_index,
)
from marsad.loaders.extraction.words import CALENDAR, FUNCTION_WORDS, PEOPLE, is_stop
from marsad.loaders.normalize import fold

MAX_OBJECT = 45
_CLITIC_LETTERS = "وبلفك"
"""The proclitics strip_clitic removes by default (from a word that starts with none, it removes nothing)."""
_YEAR = regex.compile(r"^((?:19|20)\d\d)م?$")
"""A year: "2026", "2015م" (the Gregorian mark glued to it, ext-t68; not "2100", not "26")."""


def where(tokens: list[Token], words: Set[str]) -> list[int]:
    """The indices, in order, of the tokens whose folded form is one of ``words`` (a set, such as ``forms_passing``
    gives). The rules below look a document's tokens up for a few cue words: read from the text's word index
    (``word_index``, built once a text), which visits each distinct word once or each of ``words``, not each token,
    and only the few tokens found reach the rule's own loop."""
    return word_index(tokens).of(words)


def forms_passing(test: Callable[[str], bool], words: Iterable[str]) -> frozenset[str]:
    """Every word that passes ``test``, a test of a word, or of its base past a proclitic, against ``words``: the
    test is run once on each candidate form (``clitic_spellings``), so a rule asks one set look-up a token instead of
    stripping its clitics. The set holds exactly the words that pass, as every word that does is a form of one of
    ``words``."""
    return frozenset(form for form in clitic_spellings(words) if test(form))


@dataclass(slots=True)
class DecisionMention:
    first: int
    last: int
    kind: str
    action: str
    obj: str
    year: int | None
    at: int = -1  # the object's first token


@dataclass(slots=True)
class PartnershipMention:
    first: int
    last: int
    parties: list[InstMention]
    purpose: str | None


def _kind_at(tokens: list[Token], k: int) -> tuple[str, int] | None:
    if based_on(tokens, k):
        return None  # "وافق عليه المجلس بناءً على توصية اللجنة": the ground of the act, not what it decides (dec3)
    rest = [t.norm for t in tokens[k + 1 : k + 3]]
    firsts = [tokens[k].norm]
    stripped, clitic = strip_clitic(tokens[k].norm, "وبل")
    if clitic:
        firsts.append(stripped)
    for first in firsts:
        words = [first, *rest]
        for size in (3, 2, 1):
            key = tuple(words[:size])
            if len(key) == size and key in DECISIONS.KINDS:
                return DECISIONS.KINDS[key], size
    return None


_MAX_COUNT = 30
_TENS = frozenset(fold(w) for w in ("عشر", "عشرة"))
_ITEM_GLUE = ("،", ",", "وعلي", "علي", "وكذا", "كذا")
"""Before an object of a list that has no "و" of its own: "…، وعلى ميزانية", "توصيات …، وكذا إعلان …"."""


def _count_at(tokens: list[Token], k: int) -> int | None:
    """How many objects a count word at ``tokens[k]`` gives ("سبعة", "وأربعة", "7", "اتفاقيتين"), or None."""
    if k < 0 or k >= len(tokens):
        return None
    norm = tokens[k].norm
    if norm in _TENS and k > 0 and (tokens[k - 1].norm in CALENDAR.ORDINAL_UNITS
                                   or tokens[k - 1].norm in CALENDAR.ORDINALS):
        return None  # "في اجتماعه الثالث عشر الميزانية": the ten of a compound ordinal counts nothing (ext-t68)
    for w in (norm, norm[1:] if norm[:1] == "و" else norm):
        if w in DECISIONS.COUNTS:
            return DECISIONS.COUNTS[w]
        if w.isdigit() and 2 <= int(w) <= _MAX_COUNT:
            return int(w)
    return None


def _year_in(tokens: list[Token], a: int, b: int) -> int | None:
    for k in range(a, b):
        m = _YEAR.match(tokens[k].norm)
        if m and k > 0 and tokens[k - 1].norm in DECISIONS.YEAR_CUES:
            return int(m.group(1))
    return None


def _not_decided(tokens: list[Token], i: int) -> bool:
    """An approval that is demanded, intended or expected ("طالبت … بالمصادقة", "للمصادقة عليه")."""
    if tokens[i].norm.startswith("لل"):
        return True
    return any((tokens[x].norm in DECISIONS.NOT_DECIDED or strip_clitic(tokens[x].norm, "وف")[0]
                in DECISIONS.NOT_DECIDED) and tokens[x].sent == tokens[i].sent for x in range(max(0, i - 6), i))


def expected_approval_cues(tokens: list[Token]) -> list[int]:
    """Approval verbs only expected ("من المقرر أن يتبنى مجلس الوزراء …"): no decision, but their subject's
    sitting is announced (the events read them with the approvals)."""
    return [i for i in where(tokens, _approving_forms())
            if any(tokens[x].norm in DECISIONS.EXPECTED and tokens[x].sent == tokens[i].sent
                   for x in range(max(0, i - 4), i))]


def _approves_subject(norm: str) -> bool:
    """ "يتبنى", "ويقر": an approval verb with its subject after it ([approve_subject]), bare or behind a clitic."""
    return norm in DECISIONS.APPROVE_SUBJECT or _base(norm) in DECISIONS.APPROVE_SUBJECT


@cache
def _approving_forms() -> frozenset[str]:
    return forms_passing(_approves_subject, DECISIONS.APPROVE_SUBJECT)


def _votes_rejection(tokens: list[Token], i: int) -> bool:
    """ "صوت البرلمان بأغلبية … لصالح رفض الاتفاق": the vote's object is a rejection, no approval."""
    sent = tokens[i].sent
    on = next((x for x in range(i + 1, min(len(tokens) - 1, i + _VOTE_REACH))
               if tokens[x].sent == sent and tokens[x].norm in DECISIONS.ON), None)
    return on is not None and tokens[on + 1].norm in DECISIONS.REJECTED_OBJECT


def passive_resolution(tokens: list[Token], i: int) -> bool:
    """ "في قرار اعتمد بـ325 صوتا مقابل …": a resolution adopted by a counted vote, the approval verb passive after
    the resolution noun (its voters, a legislature, named earlier in the text)."""
    if i < 1 or i + 2 >= len(tokens) or tokens[i - 1].sent != tokens[i].sent:
        return False
    if tokens[i - 1].norm not in EVENTS.RESOLUTION or _base(tokens[i].norm) not in DECISIONS.APPROVE:
        return False
    window = [t.norm for t in tokens[i + 1 : i + 5] if t.sent == tokens[i].sent]
    return any(w.isdigit() or w.lstrip("ب").isdigit() for w in window) and any(
        in_words(w, DECISIONS.VOTE) or w in ("صوتا", "اصوات", "باغلبيه") for w in window)


_DATELINE_DASHES = frozenset({"-", "ـ", "–", "—"})


def recalled(tokens: list[Token], d: DecisionMention) -> bool:
    """ "والشهر الماضي أقر البرلمان …": a decision in a sentence that opens with a past time is recalled, not the
    reported event's."""
    sent = tokens[d.first].sent
    words = [t for t in tokens if t.sent == sent]
    colon = next((x for x, t in enumerate(words[:6]) if t.norm == ":"), None)
    if colon is not None and any(t.norm in _DATELINE_DASHES for t in words[:colon]):
        words = words[colon + 1 :]  # "سبق-الرياض: وافق الوزير …": a dateline's outlet ("سبق") opens nothing (ext-t56)
    opening = [t.norm for t in words if t.is_word][:4]
    if not opening:
        return False
    opening[0] = strip_clitic(opening[0], "و")[0]
    if opening[0] == _BEFORE and any(w in _AGO_UNITS for w in opening[1:3]):
        return True  # "قبل عشر سنوات من الآن قرر رئيس النادي …", "وقبل عامين صادق البرلمان …"
    return any(tuple(opening[: len(p)]) == p for p in DECISIONS.PAST_OPENERS) or _told_back_then(tokens, d.first) \
        or _in_time_clause(tokens, d.first)


_AS_SOON = frozenset(fold(w) for w in ("بمجرد", "وبمجرد", "فور", "عقب", "وعقب", "إثر", "اثر"))
_THAT_OR_WHAT = frozenset({fold("أن"), fold("ما")})


def _in_time_clause(tokens: list[Token], i: int) -> bool:
    """ "… شهدت انخفاضا بعد أن وافقت الحكومة على مشروع قانون …", "وبمجرد موافقة البرلمان على البرنامج، وافق البنك
    …", "… وليا للعهد بعد موافقة أغلبية هيئة البيعة": a deciding verb after "بعد أن"/"قبل أن"/"منذ أن", or an
    approval noun right after "بعد"/"بمجرد"/"عقب", opens a clause of time: what happened before the fact reported,
    not the decision the text reports (dec4)."""
    if i < 1 or tokens[i - 1].sent != tokens[i].sent:
        return False
    before = tokens[i - 1].norm
    if before in _THAT_OR_WHAT:
        return i >= 2 and tokens[i - 2].sent == tokens[i].sent and tokens[i - 2].norm in _BACKGROUND_TIMES | _AS_SOON
    return before in _BACKGROUND_TIMES | _AS_SOON and tokens[i].norm in _APPROVED_NOUNS


_BEFORE = fold("قبل")
_AGO_UNITS = frozenset(fold(w) for w in ("سنوات", "سنة", "سنتين", "عام", "عاما", "عامين", "أعوام", "أشهر", "شهور",
                                         "عقد", "عقدين", "عقود"))
"""Units of a time long enough ago that a decision dated by it is recalled (not days or weeks: "قبل يومين أقر
المجلس …" may be the sitting reported)."""
_THEN = frozenset(fold(w) for w in ("وقتها", "آنذاك", "حينها", "حينذاك", "حينئذ", "وقتئذ", "وقتذاك", "يومها",
                                    "يومذاك"))
_FORMER = frozenset(fold(w) for w in ("السابق", "السابقة"))
_THEN_BEFORE, _THEN_AFTER, _FORMER_REACH = 4, 6, 5


_OFFICES_AS = frozenset(fold(w) for w in ("وزيرا", "سفيرا", "محافظا", "أميرا", "قائدا", "وكيلا", "مساعدا", "قاضيا"))
_SINCE_YEAR = frozenset(fold(w) for w in ("عام", "العام", "سنة", "منذ"))
_PASSIVE_REACH = 6


def _passive_past(tokens: list[Token], i: int) -> bool:
    """ "ثم عين وزيرا للداخلية في عام 1382 …": "عين" with a role right after it (no appointer, no appointee named:
    the passive "عُيّن") and a year or "منذ" a few words on is a biography's appointment, not one the text reports."""
    if tokens[i].norm not in (_EYE, _AND_APPOINTED) or i + 1 >= len(tokens) \
            or tokens[i + 1].norm not in _ROLES_AS | _OFFICES_AS:
        return False
    return any(tokens[x].sent == tokens[i].sent and tokens[x].norm in _SINCE_YEAR
               for x in range(i + 2, min(len(tokens), i + 2 + _PASSIVE_REACH)))


_BETWEEN = fold("بين")
_SPAN_REACH = 8
"""How far after the deciding word "بين" may open a span of years ("وأصدر المجلس 6 قرارات ما بين 2006 و2010")."""
_SPAN_YEAR_WORDS = 4


def _past_span(tokens: list[Token], i: int) -> bool:
    """ "وأصدر مجلس الأمن ست قرارات ما بين 2006 و2010 …": the deciding word with a span of years after it (two
    years of one calendar, the first earlier), before any "على", tells decisions taken over a period, recalled as
    background: no one sitting took them (s13-dec6)."""
    sent, n = tokens[i].sent, len(tokens)
    for f in range(i + 1, min(n, i + 1 + _SPAN_REACH)):
        if tokens[f].sent != sent or tokens[f].norm in DECISIONS.ON:
            return False
        if tokens[f].norm != _BETWEEN:
            continue
        years = [y for y in (_year_of(strip_clitic(t.norm, "و")[0]) for t in tokens[f + 1 : f + 1 + _SPAN_YEAR_WORDS]
                             if t.sent == sent) if y is not None]
        return len(years) >= 2 and years[0][0] == years[-1][0] and years[0][1] < years[-1][1]
    return False


def _told_back_then(tokens: list[Token], i: int) -> bool:
    """ "قرر رئيس النادي وقتها …", "وحينها صدر أمر ملكي بتعيين …", "وقرر الرئيس السابق X إرسال …": a deciding word
    with an adverb of "back then" just before it or between it and its object, or whose subject is an office held
    before ("السابق" after it, ahead of any "على"), tells a decision of the past, not one the text reports."""
    sent = tokens[i].sent
    if _passive_past(tokens, i) or _dated_before(tokens, i) or _past_span(tokens, i):
        return True
    for x in range(max(0, i - _THEN_BEFORE), min(len(tokens), i + _THEN_AFTER)):
        if tokens[x].sent != sent:
            continue
        if x > i and tokens[x].norm in DECISIONS.ON:
            break
        if tokens[x].norm in _THEN or strip_clitic(tokens[x].norm, "و")[0] in _THEN:  # "وقتها", "وحينها"
            return True
        if i + 1 < x <= i + _FORMER_REACH and tokens[x].norm in _FORMER:
            return True
        if i < x <= i + _LAST_YEAR_REACH and x + 1 < len(tokens) and tokens[x].norm in _YEAR_UNITS \
                and tokens[x + 1].norm in FUNCTION_WORDS.PAST_ONES and tokens[x + 1].sent == sent:
            return True  # "أقر المجلس العام الماضي عدم تنفيذ …": a decision of last year, recalled (ext-dec)
    return _earlier(tokens, i)


_IN_TIME = frozenset({fold("في"), fold("وفي")})
_MONTH_WORDS = frozenset(CALENDAR.MONTHS) | frozenset(w for k in CALENDAR.HIJRI_MONTHS for w in k.split()) \
    | frozenset(w for pair in CALENDAR.MASHRIQ_MONTHS for w in pair)
_ERA_MARKS = frozenset(fold(w) for w in ("هـ", "ه", "م"))
_DATE_MARKS = frozenset({"،", ",", "(", ")"})
_HIJRI_YEAR = regex.compile(r"^(1[34]\d\d)$")
_DATED_REACH = 12
"""How many words of a date ("في 29 محرم 1430 هـ (1982م)") may stand between "في" and the deciding word."""


def _year_of(norm: str) -> tuple[str, int] | None:
    """A Gregorian year ("2014", "1982م") or a Hijri one ("1430"), with its calendar."""
    m = _YEAR.match(norm)
    if m:
        return "g", int(m.group(1))
    h = _HIJRI_YEAR.match(norm)
    return ("h", int(h.group(1))) if h else None


def _date_word(tok: Token) -> bool:
    """A word or mark a bare date is made of: a year, a month, "الماضي", "عام", "هـ", a day's number, a bracket."""
    norm = tok.norm
    if _year_of(norm) is not None or norm in _MONTH_WORDS or norm in FUNCTION_WORDS.PAST_ONES or norm.isdigit():
        return True
    return norm in (_YEAR_UNITS | _ERA_MARKS if tok.is_word else _DATE_MARKS)


def _past_date(tokens: list[Token], a: int, b: int) -> bool:
    """The date words ``tokens[a:b]`` date a past time: a month with "الماضي"/"المنصرم", or a year earlier than the
    latest year (of its calendar) the text names."""
    words = [t.norm for t in tokens[a:b]]
    if any(w in _MONTH_WORDS for w in words) and any(w in FUNCTION_WORDS.PAST_ONES for w in words):
        return True
    years = [y for y in (_year_of(w) for w in words) if y is not None]
    if not years:
        return False
    latest: dict[str, int] = {}
    for t in tokens:
        y = _year_of(t.norm)
        if y is not None:
            latest[y[0]] = max(latest.get(y[0], 0), y[1])
    return any(y < latest[cal] for cal, y in years)


_DATED_AFTER_REACH = 4
"""How far after the deciding word a past date may open ("قرر في يناير الماضي …", "أصدرت قرارا إداريا في …")."""


def _dated_before(tokens: list[Token], i: int) -> bool:
    """ "وفي 1981 أقر الكنيست قانون …", "في أبريل (نيسان) الماضي، وافق مجلس الدولة على …", "أنه في العام 2014
    وافقت الحكومة على …": the deciding word right after a time phrase opened by "في" that dates it in the past —
    a month with "الماضي"/"المنصرم", or a year earlier than the latest year the text names — tells a decision
    recalled as background, not the one the text reports (dec4). Only date words, digits and punctuation may
    stand between "في" and the verb; a year the text names last is no past ("في عام 2015 وافق …" in a text of
    2015). So does such a phrase a few words after the verb, before any "على" or mark ("قرر في يناير الماضي
    تقديمها …", "الذي عين في أيار (مايو) الماضي لولاية …", "أصدرت قرارا إداريا في يناير الماضي بإلغاء …")."""
    sent = tokens[i].sent
    x = i - 1
    while x >= 0 and i - x <= _DATED_REACH and tokens[x].sent == sent and tokens[x].norm not in _IN_TIME:
        if not _date_word(tokens[x]):
            break  # another word (a verb, a noun) or a stop: no bare date before the verb
        x -= 1
    else:
        if x >= 0 and i - x <= _DATED_REACH and tokens[x].sent == sent and _past_date(tokens, x + 1, i):
            return True
    for f in range(i + 1, min(len(tokens), i + 1 + _DATED_AFTER_REACH)):
        if tokens[f].sent != sent or not tokens[f].is_word or tokens[f].norm in DECISIONS.ON:
            return False
        if tokens[f].norm in _IN_TIME:
            end = f + 1
            while end < len(tokens) and end - f <= _DATED_REACH and tokens[end].sent == sent \
                    and _date_word(tokens[end]):
                end += 1
            return end > f + 1 and _past_date(tokens, f + 1, end)
    return False


def approval_cue_recalled(tokens: list[Token], i: int) -> bool:
    """An approval cue at ``tokens[i]`` told as a decision of the past ("وصوت المجلس في وقت سابق على …", "أقر
    المجلس العام الماضي …", "وقرر الرئيس وقتها …"): a sitting it tells is background, not the text's event (ext-dec)."""
    return in_words(tokens[i].norm, _CUE_HEADS) and _told_back_then(tokens, i)


_EARLIER_REACH = 12
_TIME_NOUN, _EARLIER, _EARLIER_ALONE = fold("وقت"), fold("سابق"), fold("سابقا")
_LATELY = frozenset(fold(w) for w in ("مؤخرا", "مؤخراً"))
"""'Lately' (s12-dec5): a decision it dates right after the deciding word ("اعتمدت الهيئة مؤخرا المركز …",
"اعتمدت مؤخرا قرارا …") was taken before the fact the text reports, told as background like "سابقا"."""
_LATELY_REACH = 5
"""How far after the deciding word "مؤخرا" may stand: a subject of a few words and a short object
("اعتمدت الأمم المتحدة المركز مؤخرا"), not a relative clause further on ("… على إنشاء الدائرة المستحدثة مؤخرا")."""


def _earlier(tokens: list[Token], i: int) -> bool:
    """ "وصوت مجلس النواب في وقت سابق على مشروع قانون …", "ووافق المجلس سابقا على …": "earlier" between the
    deciding word and its "على" tells a decision of the past, recalled as background (ext-dec); so does "مؤخرا"
    within five words after it ("واعتمدت المنظمة الدولية المعهد مؤخرا مرجعا …": s12-dec5)."""
    sent = tokens[i].sent
    for x in range(i + 1, min(len(tokens), i + 1 + _EARLIER_REACH)):
        if tokens[x].sent != sent or tokens[x].norm in DECISIONS.ON:
            return False
        if tokens[x].norm == _EARLIER_ALONE or (tokens[x].norm == _EARLIER and tokens[x - 1].norm == _TIME_NOUN):
            return True
        if x <= i + _LATELY_REACH and tokens[x].norm in _LATELY:
            return True
    return False


_YEAR_UNITS = frozenset(fold(w) for w in ("العام", "السنة", "عام", "سنة"))
_LAST_YEAR_REACH = 3


def _legislature_subject(tokens: list[Token], i: int) -> bool:
    """ "وافق البرلمان …", "أقر أعضاء البرلمان …": the approval verb's subject is a legislature."""
    sent = tokens[i].sent
    return in_words(tokens[i].norm, DECISIONS.APPROVE_SUBJECT) \
        and any(tokens[x].sent == sent and in_words(tokens[x].norm, DECISIONS.LEGISLATURE)
                for x in range(i + 1, min(len(tokens), i + 3)))


def _base(norm: str) -> str:
    # a word that starts with no clitic letter is its own base (strip_clitic leaves it as it is)
    return strip_clitic(norm)[0] if norm[:1] in _CLITIC_LETTERS else norm


_VOTE_REACH = 12
"""How far after a vote verb its "لصالح"/"على" may come ("صوت المجلس الجماعي، يوم …، لصالح …")."""


def _vote_cue(tokens: list[Token], i: int) -> bool:
    """ "صوت المجلس بالإجماع لصالح …", "صوتت اللجنة على …" (not "صوت ضد …", not the noun "صوت" alone)."""
    if not in_words(tokens[i].norm, DECISIONS.VOTE):
        return False
    sent = tokens[i].sent
    before = tokens[i - 1].norm.lstrip("وب") if i > 0 and tokens[i - 1].sent == sent else ""
    if before.isdigit() or before in DECISIONS.COUNTS or before == "مقابل":
        return False  # "بأغلبية 300 صوت مقابل 200", "مقابل صوت واحد": votes counted, the noun
    for x in range(i + 1, min(len(tokens), i + _VOTE_REACH)):
        if tokens[x].sent != sent or tokens[x].norm in DECISIONS.VOTE_AGAINST:
            return False
        if tokens[x].norm in DECISIONS.ON:
            return True
    return False


def _resolve_cue(tokens: list[Token], i: int) -> bool:
    """A sitting body's resolution: "أقر المجلس أن …", "أصدر مجلس الأمن قرارا …" (the subject a council or
    a committee, so "أقر الوزير بأن …", an admission, is none)."""
    if not in_words(tokens[i].norm, DECISIONS.RESOLVE) or i + 1 >= len(tokens):
        return False
    sent = tokens[i].sent
    if tokens[i + 1].sent != sent or not in_words(tokens[i + 1].norm, DECISIONS.RESOLVING_BODIES):
        return False
    window = [t.norm for t in tokens[i + 2 : i + 10] if t.sent == sent]
    if _base(tokens[i].norm).startswith("تبن") and any(w in _PAST for w in window):
        return False  # "وتبنى المجلس قرارات في الماضي …": resolutions recalled, not this sitting's
    if _base(tokens[i].norm).startswith("تبن"):  # "تبنى مجلس الأمن بالإجماع قرارا …", "تبنت لجنة X خطة …" (dec)
        if any(w in EVENTS.RESOLUTION for w in window):
            return True
        return tokens[i + 1].norm in _SITTERS and any(
            tokens[x].sent == sent and _kind_at(tokens, x) is not None for x in range(i + 2, min(len(tokens), i + 10)))
    if _base(tokens[i].norm).startswith("اصدر"):  # "أصدر المجلس قرارا …"
        return any(w in EVENTS.RESOLUTION for w in window)
    if _base(tokens[i].norm).startswith("اتخذ"):  # "واتخذ المجلس حيالها عددا من التوصيات"
        return any(w in DECISIONS.TAKEN for w in window[:6])
    return any(w in ("ان", "بان") for w in window)


_PAST = frozenset({fold("الماضي"), fold("سابقا"), fold("سابق")})
_SITTERS = frozenset(fold(w) for w in ("مجلس", "المجلس", "لجنة", "اللجنة"))
"""A council or a committee, whose "تبنى" with a decision kind after it is a decision of its sitting ("تبنت لجنة X خطة
…"); a government's or a group's is a policy or a claim ("تبنت الحكومة إصلاحات …") (dec)."""
_CUE_HEADS = DECISIONS.APPROVE | DECISIONS.VOTE | DECISIONS.RESOLVE
"""Every word an approval cue starts with (bare or after a clitic): a token whose word and base are in none is
no cue, found with one look-up instead of a clitic strip for each of the three kinds (12% of extraction)."""


def _recommend_cue(tokens: list[Token], i: int) -> bool:
    """ "أوصى مجلس إدارة الشركة بتوزيع …", "أوصى المجلس البلدي … بتوجيه …": a board's or a council's
    recommendation (its subject right after the verb) is one of its decisions."""
    return i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent \
        and in_words(tokens[i + 1].norm, DECISIONS.RESOLVING_BODIES)


_DONE_APPROVALS = frozenset({fold("إقرار"), fold("اعتماد")})
"""Approval nouns that are decisions only when the text says the approval was made ("تم إقرار …"): after
"ناقش"، "بحث"، "دراسة" they are what was discussed."""
_DONE = frozenset({fold("تم"), fold("تمت"), fold("وتم"), fold("وتمت")})
_AFFIRM = frozenset(fold(w) for w in ("أكد", "أكدت"))
"""A council affirming an approval it makes ("وأكد مجلس الوزراء … على إقرار عدد من الإجراءات", ext-t33)."""
_AFFIRM_REACH = 24
_AGREED_ON = frozenset({fold("على")})
_IF = frozenset(fold(w) for w in ("حال", "حالة", "إذا", "اذا", "لو", "متى", "وإذا", "وإن", "إن"))
_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"))
_DURING = frozenset(fold(w) for w in ("خلالها", "خلاله", "فيها", "فيه", "أمس", "اليوم"))


_CLAUSE_BREAKS = frozenset({"،", ",", "؛", ";", fold("حيث"), fold("بحيث")})
"""Words that end the noun phrase an approval noun governs: what follows is a clause of its own ("… حيث سيكون لها
ميزانيتها", "…، مع البدء في البرنامج …")."""


def _clause_break(tokens: list[Token], a: int, b: int) -> int:
    """The first clause break (``_CLAUSE_BREAKS``) in ``tokens[a:b]``, or ``b``."""
    return next((x for x in range(a, b) if tokens[x].norm in _CLAUSE_BREAKS), b)


_LIST_REACH_AFTER = 4


def _list_follows(tokens: list[Token], i: int) -> bool:
    """ "تم اعتماد ما يلي: …", "تم إقرار الآتي: …": a list announced right after the approval noun."""
    return any(tokens[x].norm == ":" or (x == i + 1 and tokens[x].norm == "ما")
               for x in range(i + 1, min(len(tokens), i + 1 + _LIST_REACH_AFTER)) if tokens[x].sent == tokens[i].sent)


def _verbal_object(tokens: list[Token], i: int) -> bool:
    """ "وتم اعتماد العاملين في المراكز …", "تم إقرار إنشاء …": the word after a made approval noun ("تم إقرار …") is
    what it approved, when that is a definite word of its sentence or a verbal noun of founding (no preposition,
    manner, demonstrative, count nor indefinite noun: "تم اعتماد 50 طالبا", "تم اعتماد مبلغ …")."""
    if i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent or not tokens[i + 1].is_word:
        return False
    w = tokens[i + 1].norm
    return len(w) > 2 and (tokens[i + 1].article or w in DECISIONS.FOUNDING) and w not in DECISIONS.ON \
        and w not in DECISIONS.MANNER and w not in DECISIONS.NOT_OBJECT and w not in DECISIONS.ADMISSION \
        and w not in _DEMONSTRATIVES


_VERBAL_OBJECT_WORDS = 12
"""How many words the object read after a made approval noun keeps at most (no kind word closes it)."""
_IF_REACH = 5
"""How far before "تم" a word of supposition may be ("لو وفرنا ذلك وتم اعتماد الخطة")."""
_SUPPOSING = frozenset(fold(w) for w in ("حال", "حالة", "إذا", "اذا", "لو", "متى"))
"""``_IF`` but "إن", which a few words before "تم" is more often "that" ("قال إن …") than "if"."""


def _restated(tokens: list[Token], k: int, found: list[DecisionMention]) -> bool:
    """The object's first two words ("المراكز الانتخابية") stand together in the object of a decision found before
    ("أسماء ومقرات المراكز الانتخابية"): the same approval told again."""
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word or tokens[k + 1].sent != tokens[k].sent:
        return False
    pair = (tokens[k].norm, tokens[k + 1].norm)
    return any((tokens[x].norm, tokens[x + 1].norm) == pair for d in found if 0 <= d.at < k
               for x in range(d.at, min(d.last, k) - 1))


_WITHIN = frozenset(fold(w) for w in ("خلال", "في", "أثناء"))


def _sitting_noun(norm: str) -> bool:
    """A sitting's noun with the article ("الاجتماع", "الجلسة", "اللقاء"): "تم خلال الاجتماع اعتماد …" (ext-dec)."""
    return norm.startswith("ال") and (norm[2:] in EVENTS.SESSION or norm[2:] in EVENTS.MEETING or norm in EVENTS.SESSION
                                      or norm in EVENTS.MEETING)


_RESOLVED_SUBJECT = 4
"""How far before a made approval noun the resolution verb may be (its subject, up to three words, between)."""


def _done(tokens: list[Token], i: int) -> bool:
    """ "تم إقرار …" right before, or "وافق/قرر X على/" a few words before with "على" right before."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].norm in _DEMONSTRATIVES:
        return False  # "تم اعتماد هذا الخيار": a course of action named before, no body's text
    done = i - 1 if tokens[i - 1].norm in _DONE else i - 2 if (
        i > 1 and tokens[i - 1].norm in _DURING and tokens[i - 2].norm in _DONE) else i - 3 if (
        i > 2 and tokens[i - 2].norm in _WITHIN and _sitting_noun(tokens[i - 1].norm) and tokens[i - 3].norm in _DONE
        and tokens[i - 3].sent == tokens[i].sent) else None  # "وتم خلالها إقرار …", "وتم خلال الاجتماع اعتماد …"
    if done is not None:  # "وفي حال تم اعتماد المشروع", "لو وفرنا ذلك وتم اعتماد الخطة": only supposed
        if done > 0 and tokens[done - 1].norm in _IF:
            return False
        return not any(tokens[x].norm in _SUPPOSING or (tokens[x].norm[:1] == "و" and tokens[x].norm[1:] in _SUPPOSING)
                       for x in range(max(0, done - _IF_REACH), done) if tokens[x].sent == tokens[i].sent)
    if any(_base(tokens[x].norm) in _RESOLVE_TO and all(tokens[y].is_word and tokens[y].sent == tokens[i].sent
                                                        for y in range(x, i))
           for x in range(max(0, i - _RESOLVED_SUBJECT), i - 1)):
        return True  # "وقرر المجلس إقرار الترتيبات …", "قررت اللجنة اعتماد الخطة …": resolved, so made (ext-t68)
    if tokens[i - 1].norm in _AGREED_ON:
        return any(tokens[x].sent == tokens[i].sent and _base(tokens[x].norm).startswith("وافق")
                   for x in range(max(0, i - 6), i - 1)) or any(
            tokens[x].sent == tokens[i].sent and _base(tokens[x].norm) in _AFFIRM and x + 2 < i
            and in_words(tokens[x + 1].norm, DECISIONS.RESOLVING_BODIES)
            for x in range(max(0, i - _AFFIRM_REACH), i - 1))
    return False


_AND_ON = fold("وعلى")
_CLAUSE_AFTER_ON = frozenset(fold(w) for w in ("إثر", "ضوء", "غرار", "صعيد", "الصعيد", "مستوى", "المستوى", "هامش",
                                               "خلفية", "رأس", "أساس", "الرغم", "العكس", "سبيل", "حد", "مدى", "امتداد"))
"""After "وعلى", words that open a new clause ("وعلى صعيد آخر …", "وعلى إثر ذلك …"), no object approved."""


def _second_object(tokens: list[Token], k: int) -> bool:
    """The word after a repeated "وعلى" opens an object of its own: a word of its sentence, no clause ("وعلى أن …"),
    preposition, manner ("بالإجماع") or demonstrative."""
    return k < len(tokens) and tokens[k].is_word and tokens[k].sent == tokens[k - 1].sent \
        and tokens[k].norm not in DECISIONS.ADMISSION and tokens[k].norm not in DECISIONS.NOT_OBJECT \
        and tokens[k].norm not in DECISIONS.MANNER and not (tokens[k].norm[:1] == "ب" and tokens[k].article) \
        and len(tokens[k].norm) > 2 and not tokens[k].norm.startswith("هذ") and tokens[k].norm not in _CLAUSE_AFTER_ON


_REFUSING = frozenset(fold(w) for w in ("رفض", "رفضت", "يرفض", "ترفض", "رفضوا", "عدم", "تأجيل", "إرجاء"))


def _refused(tokens: list[Token], i: int) -> bool:
    """An approval noun refused, denied or put off: right after "رفض"، "عدم"، "تأجيل" ("بعدم الموافقة"), or after
    such a verb and its one-word subject ("ورفض المجلس الموافقة على …")."""
    sent = tokens[i].sent
    for x in (i - 1, i - 2):
        if x < 0 or tokens[x].sent != sent:
            return False
        if tokens[x].norm in _REFUSING or strip_clitic(tokens[x].norm, "وب")[0] in _REFUSING:
            return x == i - 1 or tokens[i - 1].is_word
    return False


_NEGATIONS = frozenset(fold(w) for w in ("لم", "ولم", "لن", "ولن", "لا", "ولا"))
_MADE = frozenset(fold(w) for w in ("تم", "تتم", "يتم"))


def _negated(tokens: list[Token], i: int) -> bool:
    """ "ولم تتم المصادقة على الحساب", "لم يتم إقرار الميزانية", "ولم يصادق المجلس …": an approval denied (ext-t68)."""
    x = i - 1
    if x >= 0 and tokens[x].norm in _MADE:
        x -= 1
    return 0 <= x < i and tokens[x].sent == tokens[i].sent and tokens[x].norm in _NEGATIONS


_ACCEPT = frozenset(fold(w) for w in ("قبول", "بقبول", "وقبول"))
_RESIGNATION = fold("استقال")
_ACCEPT_REACH = 5
"""How far before "قبول استقالة" the word that makes it done or resolved may be ("وتم خلال الاجتماع أيضا قبول …")."""


def _accepted_resignation(tokens: list[Token], i: int) -> bool:
    """ "وتم خلال الاجتماع قبول استقالة X", "قرر المجلس قبول استقالة X": a resignation accepted (one decision); not
    "طالب بقبول استقالة", nor "قبول" alone ("قبول الطلاب")."""
    if tokens[i].norm not in _ACCEPT or i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    if not strip_clitic(tokens[i + 1].norm, "وب")[0].startswith(_RESIGNATION):
        return _board_accepted(tokens, i)
    before = [x for x in range(max(0, i - _ACCEPT_REACH), i) if tokens[x].sent == tokens[i].sent]
    return any(tokens[x].norm in _DONE or _base(tokens[x].norm) in _RESOLVE_TO for x in before) \
        and not _not_decided(tokens, i)


_BOARD_WORDS = frozenset(fold(w) for w in ("مجلس", "المجلس", "الإدارة", "إدارة", "الشركة", "بتاريخ", "أمس", "اليوم"))
_ANNOUNCED_ABOUT = frozenset(fold(w) for w in ("أعلن", "أعلنت", "وأعلن", "وأعلنت", "تعلن", "يعلن"))
_BOARD_REACH = 8


def _board_accepted(tokens: list[Token], i: int) -> bool:
    """ "تعلن شركة X عن قبول مجلس الإدارة بتاريخ 23/07/2015 استقالة الرئيس التنفيذي": an acceptance announced ("أعلن
    … عن قبول"), the board that accepted and the date between "قبول" and "استقالة"."""
    sent = tokens[i].sent
    if i < 1 or tokens[i - 1].norm != _ABOUT or not any(
            tokens[x].norm in _ANNOUNCED_ABOUT for x in range(max(0, i - 12), i - 1) if tokens[x].sent == sent):
        return False
    for x in range(i + 1, min(len(tokens), i + _BOARD_REACH)):
        tok = tokens[x]
        if tok.sent != sent:
            return False
        if strip_clitic(tok.norm, "وب")[0].startswith(_RESIGNATION):
            return x > i + 1
        if tok.norm not in _BOARD_WORDS and not any(c.isdigit() for c in tok.norm):
            return False
    return False


_CUE_WORDS = _ACCEPT | DECISIONS.RECOMMEND | _DONE_APPROVALS | _CUE_HEADS
_CUE_BASES = DECISIONS.RECOMMEND | _CUE_HEADS
"""The words one of ``approval_cues``' branches starts from, as written and once a proclitic is stripped: a token
that is neither can be no cue, and is passed over before the checks of its neighbours."""


def _may_cue(norm: str) -> bool:
    """A word one of ``approval_cues``' branches may start from (``_CUE_WORDS``, or its base in ``_CUE_BASES``)."""
    return norm in _CUE_WORDS or _base(norm) in _CUE_BASES


@cache
def _cue_forms() -> frozenset[str]:
    return forms_passing(_may_cue, _CUE_WORDS | _CUE_BASES)


def approval_cues(tokens: list[Token]) -> list[int]:
    approve, heads = DECISIONS.APPROVE, _CUE_HEADS
    cues = []
    agenda: set[int] = set()  # sentences whose approval noun is only demanded or on an agenda
    for i in where(tokens, _cue_forms()):
        t = tokens[i]
        norm = t.norm
        if t.sent in agenda and norm[:1] == "و" and norm[1:] in _APPROVAL_NOUNS:
            continue  # "ويناقش الاجتماع الموافقة على X، والموافقة على Y": Y is on the same agenda
        if i > 0 and tokens[i - 1].norm in _DEMONSTRATIVES and tokens[i - 1].sent == t.sent:
            continue  # "وتأتي هذه الموافقة ضمن استراتيجية …": the approval named before, no new one
        if norm == _SADIQ and i > 0 and tokens[i - 1].sent == t.sent and tokens[i - 1].norm in lexicon().first_names:
            continue  # "ويلفت محمد صادق إسماعيل، مدير المركز …": a given name, no verb after a name
        if norm == _SADIQ and i > 0 and tokens[i - 1].sent == t.sent and tokens[i - 1].is_word \
                and (i + 1 >= len(tokens) or tokens[i + 1].sent != t.sent or not tokens[i + 1].is_word):
            continue  # "ما ننقله من توثيق صادق، ولما …": the adjective "truthful"; the verb has its subject or
            # "على" after it, never a comma or the end of the sentence (ext-t138)
        if norm in _FOR_APPROVAL and _dignitary_approval(tokens, i):
            continue  # "رفع شكره للأمير لموافقة سموه على تشكيل اللجنة": the approval thanked for, no decision
        if _supposed(tokens, i):
            continue  # "إذا ما أقر الاتحاد خطته …": an approval only supposed, none made (ext-t157)
        if _refused(tokens, i) or _negated(tokens, i):
            continue  # "ورفض المجلس الموافقة على الميزانية", "قرر عدم المصادقة على …": no approval
        if i > 0 and tokens[i - 1].norm in RELATIVES and (k := relative_approval(tokens, i)) is not None \
                and _dated_after(tokens, k, k + 1):
            continue  # "الخطة التي وافق عليها البرلمان الأسبوع الماضي": its object is before it (_relative_objects)
        if norm in _ACCEPT:
            if _accepted_resignation(tokens, i):
                cues.append(i)
            continue
        if norm in DECISIONS.RECOMMEND or _base(norm) in DECISIONS.RECOMMEND:
            if _recommend_cue(tokens, i):
                cues.append(i)
            continue
        if norm in _DONE_APPROVALS and _done(tokens, i) and not _not_decided(tokens, i):
            cues.append(i)  # "وتم إقرار الميزانية", "وافق المجلس على اعتماد الخطة": the approval was made
            continue
        base = norm if norm in heads else _base(norm)
        if base not in heads:
            continue
        if not (norm in approve or _base(norm) in approve or _vote_cue(tokens, i) or _resolve_cue(tokens, i)):
            continue
        if not _not_decided(tokens, i):
            cues.append(i)
        elif norm in _APPROVAL_NOUNS:
            agenda.add(t.sent)
    return cues


_WHAT = fold("ما")


def _supposed(tokens: list[Token], i: int) -> bool:
    """ "إذا ما أقر المجلس …", "لو وافقت الحكومة …", "في حال صادق البرلمان …": the approval at ``i`` right after a
    word of supposition ("ما" between allowed) is a condition, not an approval made."""
    x = i - 1
    if x >= 0 and tokens[x].norm == _WHAT:
        x -= 1
    if x < 0 or tokens[x].sent != tokens[i].sent:
        return False
    norm = tokens[x].norm
    return norm in _SUPPOSING or (norm[:1] == "و" and norm[1:] in _SUPPOSING)


_FOR_APPROVAL = frozenset(fold(w) for w in ("لموافقة", "لموافقته", "لموافقتها", "لموافقتهم"))
_SADIQ = fold("صادق")
"""The approval verb that is a given name too ("صادق"): after a given name it is part of a person's name."""


def _dignitary_approval(tokens: list[Token], i: int) -> bool:
    """ "ورفع المحافظ شكره لأمير المنطقة لموافقة سموه على تشكيل اللجنة", "لموافقته على …" (ext-t79): an approval
    noun behind the causal "ل" with its giver's pronoun (an honorific one, "سموه"، "معاليه", or a pronoun ending it)
    is the reason for thanks or the ground of what follows, given by someone else before; the event decides
    nothing there."""
    if tokens[i].norm != _FOR_APPROVAL_BARE:
        return True
    return i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent \
        and tokens[i + 1].norm in ROLES.HONORIFIC_PRONOUNS


_FOR_APPROVAL_BARE = fold("لموافقة")


_AND_WAS = frozenset(fold(w) for w in ("وكان", "وكانت", "وكانوا"))
"""A pluperfect clause's opener ("وكانت الغرفة قد وقعت …"): an approval's object never runs past it."""


_CONSIDERING = frozenset(fold(w) for w in ("النظر", "الاطلاع", "الإطلاع", "الاطّلاع"))
_AFTER = frozenset(fold(w) for w in ("بعد", "وبعد"))


def _considering(tokens: list[Token], j: int) -> bool:
    """ "بعد النظر في …", "وبعد الاطلاع على …": the opening of what a council considered before deciding."""
    return tokens[j].norm in _CONSIDERING and j > 0 and tokens[j - 1].norm in _AFTER


def _past_considered(tokens: list[Token], j: int, limit: int) -> int:
    """ "وافق مجلس الوزراء، بعد النظر في قرار مجلس الشورى رقم (…) وتاريخ …، على نظام …": what a council considered
    (a resolution, a minute, a letter) is no object it decides; the object is read after that clause, from its
    comma or from the "على" that closes it (the clause's own "في"/"على" passed over)."""
    x = j + 2
    while x < limit and tokens[x].sent == tokens[j].sent and tokens[x].norm not in DECISIONS.ON \
            and tokens[x].norm not in COMMAS:
        x += 1
    return x + 1 if x < limit and tokens[x].norm in COMMAS else x


def find_decisions(text: str, tokens: list[Token], cues: list[int] | None = None,
                   subjects: dict[int, tuple[int, str]] | None = None) -> list[DecisionMention]:
    """``cues`` is ``approval_cues(tokens)`` when the caller has it already; ``subjects`` maps the first token of
    each office, person or institution mention to the token after it (``subject_spans``), to read the object of
    an official's or a body's approval that names no decision kind ("اعتمد الوزير لجنة …")."""
    out: list[DecisionMention] = []
    seen: set[tuple[str, int | None, str]] = set()
    found_cues = approval_cues(tokens) if cues is None else cues
    for n_cue, i in enumerate(found_cues):
        sent = tokens[i].sent
        if in_words(tokens[i].norm, DECISIONS.VOTE) and _votes_rejection(tokens, i):
            continue
        if _court_rules(tokens, i):
            continue  # "أن محكمة طوكيو وافقت على تمديد الحجز …": a court's ruling, no institutional decision (ext-t138)
        if _hedged(tokens, i):
            continue  # "قررت ميركل، فيما يبدو، خوض الانتخابات": what a report guesses was decided, no decision (ev20)
        if _relied_on(tokens, i) or _acknowledged(tokens, i) or _own_outing(tokens, i, subjects or {}):
            continue  # "اعتمد بشكل كبير على …" (relied on), "وأقرت اللجنة، الاثنين، أن …" (admitted) (dec3s)
        j = i + 1
        limit = min(len(tokens), i + MAX_OBJECT)
        if n_cue + 1 < len(found_cues):
            limit = min(limit, found_cues[n_cue + 1])
        if _base(tokens[i].norm) in _RESOLVE_TO:
            limit = j  # "قرر المجلس تكليف عضو … خلال مناقشة الميزانية": what is resolved is the verbal noun after
            # the subject (read by _decided_object), not a kind word further on
        while j < limit and tokens[j].sent == sent and tokens[j].norm not in DECISIONS.ON:
            if j > i + 1 and tokens[j].norm in _AND_WAS:
                limit = j  # "أقر المجلس …، وكانت الغرفة قد وقعت اتفاقية …": a clause of its own, what was done
                break  # before, no object of this approval (ext-dec)
            if _considering(tokens, j):
                j = _past_considered(tokens, j, limit)  # "وافق المجلس، بعد النظر في قرار مجلس الشورى …، على …"
                continue
            if _kind_at(tokens, j) and tokens[j - 1].norm not in _FIELD_OF:
                break
            j += 1
        verbal = tokens[i].norm in _DONE_APPROVALS and not _list_follows(tokens, i)  # "وتم اعتماد X": the object
        # is right after (no subject), but in a list announced ("تم اعتماد ما يلي: أولا، …")
        if verbal and _clause_break(tokens, i + 1, j) < j:
            j = i + 1  # "تم اعتماد العاملين …، مع البدء في البرنامج …": a kind word past a clause is no object
        if j < limit and tokens[j].norm in DECISIONS.ON:
            j += 1
        end = j
        while end < limit and tokens[end].sent == sent:
            end += 1
        first_clause = _clause_break(tokens, j + 1, end) if verbal else end
        items: list[tuple[int, str]] = []
        for k in range(j, end):
            if not items and k >= first_clause:
                break
            hit = _kind_at(tokens, k)
            if hit is None and items and tokens[k - 1].norm == _AND_ON and _second_object(tokens, k) \
                    and not (_count_at(tokens, k) is not None and _kind_at(tokens, k + 1)):  # "وعلى ثلاثة اتفاقات"
                hit = ("other", 1)  # "المصادقة على تعديل الميزانية وعلى برمجة الفائض": "وعلى" repeats, a second object
            if hit is None or (strip_clitic(tokens[k].norm, "وبل")[0] in DECISIONS.AFTER_ON_ONLY
                               and (tokens[k].norm not in DECISIONS.AFTER_ON_ONLY
                                    or strip_clitic(tokens[k - 1].norm, "و")[0] not in DECISIONS.ON)):
                continue  # "عن طريق نظام التسجيل": a system, not a text approved ("على نظام المنافسة")
            if k > 0 and tokens[k - 1].norm in _FIELD_OF:
                continue  # "اعتماد 37 قرضا منها 18 في مجال البرامج التعليمية": a field, not an object (ext-t138)
            counted = _count_at(tokens, k - 1) is not None
            opener = k - 1 if counted else k  # "وأربعة مشاريع مراسيم": the count opens the item
            opens = not items or tokens[opener].norm[:1] == "و" or tokens[opener - 1].norm in _ITEM_GLUE
            if opens and (not items or k - items[-1][0] > 1):
                items.append((k, hit[0]))
            if len(items) == 1 and k - j > 12:
                break
        if not items:
            received = _received_object(tokens, i)
            if received is not None:
                items, end = [received], i
        if not items and passive_resolution(tokens, i):
            items, end = [(i - 1, "other")], i + 1
        if not items:
            default = _default_item(tokens, i, j)
            if default is not None:
                items = [default]
                j = default[0]
        if not items:
            decided = _decided_object(tokens, i, subjects or {})
            if decided is not None and _base(tokens[i].norm) in _RESOLVE_TO and any(
                    i < c <= decided[0] and tokens[c].sent == sent for c in found_cues[n_cue + 1 :]):
                continue  # "قرر المجلس الموافقة على …": the approval it resolved is read at its own cue
            if decided is not None:
                items, j = [decided], decided[0]
                end = _sentence_end(tokens, j)  # "م. X لجنة …": past an abbreviation's full stop
        if not items and verbal and _verbal_object(tokens, i):
            if _restated(tokens, i + 1, out):
                continue  # "اعتمدت اللجنة أسماء المراكز الانتخابية … تم إقرار المراكز الانتخابية بواقع …"
            items, j = [(i + 1, "other")], i + 1
            end = min(first_clause, i + 1 + _VERBAL_OBJECT_WORDS)
        if not items:
            resolved = _resolved_approval(tokens, i, found_cues[:n_cue], subjects or {})
            if resolved is not None:
                items, j = [resolved], resolved[0]
                end = _sentence_end(tokens, j)
        if items and items[0][0] - j > 12:  # "بالموافقة على منح … وفقا لسياسات وإجراءات …": a kind word far on
            decided = _decided_object(tokens, i, subjects or {})
            items, j = ([decided], decided[0]) if decided is not None else ([], j)
            end = _sentence_end(tokens, j) if decided is not None else end
        if not items or items[0][0] - j > 12:
            continue
        year_all = _year_in(tokens, items[-1][0], end)
        action = "adopt" if fold(tokens[i].norm).lstrip("و").startswith(("اعتمد", "اقر")) else "approve"
        bounds = [k for k, _ in items] + [end]
        for (k, kind), nxt in zip(items, bounds[1:], strict=False):
            year = _year_in(tokens, k, nxt) or year_all
            stop = next((x for x in range(k, nxt) if tokens[x].norm in ("،", ",", "برسم")), nxt)
            stop = max(stop, k + 1)
            if stop == nxt and nxt < end and stop - 1 > k and _count_at(tokens, stop - 1) is not None:
                stop -= 1  # "على المرسوم رقم 2.24.123 وعلى ثلاثة اتفاقات": the count opens the next object
            while stop - 1 > k and (not tokens[stop - 1].is_word or tokens[stop - 1].norm in DECISIONS.ON
                                    or tokens[stop - 1].norm in ("و", "وعلي")):  # "اتفاقيتين وعلى ميزانية"
                stop -= 1
            start_char = tokens[k].start + (1 if tokens[k].norm[:1] == "و" and len(tokens[k].norm) > 3 else 0)
            obj = text[start_char : tokens[stop - 1].end]
            key = (kind, year, " ".join(t.norm.lstrip("و") for t in tokens[k : min(stop, k + 10)]))
            if key in seen or _refers_back(tokens, k, kind, out):
                continue
            seen.add(key)
            count = _count_at(tokens, k - 1) or _count_at(tokens, k) or 1
            out.extend(DecisionMention(min(i, k), max(stop, i + 1), kind, action, obj, year, k)
                       for _ in range(count))  # "حظيت الخطة بمصادقة": the object comes first
    out.extend(_issued_decrees(text, tokens, subjects or {}, set(found_cues), out))
    out.extend(_relative_objects(text, tokens, subjects or {}, out))
    out.extend(_decree_of_body(text, tokens, subjects or {}, out))
    out.extend(_renewed_contracts(text, tokens, subjects or {}, out))
    out.extend(_rules_laid_down(text, tokens, subjects or {}, out))
    out.extend(_granted_rights(text, tokens, subjects or {}, out))
    out.extend(_declared_holidays(text, tokens, subjects or {}, out))
    out.extend(_referrals(text, tokens, subjects or {}, out))
    decreed = {d.at for d in out if d.kind == "appointment"}  # "صدر قرار مجلس الوزراء بتعيين …" read already
    appointed = [d for d in _appointments(text, tokens, {d.first for d in out}) if d.first not in decreed]
    starts = {d.first for d in appointed}  # "قرر مجلس الوزراء تعيين X رئيسا …": one appointment, not also an other
    out = [d for d in out if not (d.kind == "other" and d.at in starts)]  # (ext-t68)
    out = [d for d in out if not (d.kind == "other" and d.at + 1 in starts and d.at >= 0
                                  and tokens[d.at].norm.lstrip("و") in _RENEWALS)]  # "تمديد تكليف X": the
    # appointment extended, one decision (ext-t157)
    listed = [d.first for d in appointed if _approved_list_item(tokens, d.first)]
    if listed:  # "وافق على تعيينات …: 1 ـ تعيين X … 2 ـ …": the items are the decisions, not the plural heading them
        out = [d for d in out if not (d.at >= 0 and d.at < min(listed) and tokens[d.at].norm in _APPOINTMENT_PLURALS)]
    out.extend(appointed)
    out = [d for d in out if not _reacted_then_told(tokens, d, out)]
    out = [d for n, d in enumerate(out) if not any(_told_again(tokens, d, e) for e in out[:n])]
    out = [d for d in out if not (_bare_back_reference(tokens, d) and len(out) > 1)]
    out = [d for n, d in enumerate(out) if not _came_after(tokens, d, out[:n])]
    for d in out:
        if d.kind == "other" and d.at >= 0 and _nomination(tokens, d.at):
            d.kind = "appointment"  # "وافق الوزير على ترشيح المجلس للأستاذ X رئيسا لتحرير …" (ext-t46)
    return out


_OUTINGS = frozenset(fold(w) for w in ("التجول", "السفر", "الذهاب", "المغادرة", "الرحيل", "الانتقال"))
"""Verbal nouns of going somewhere: what an official resolves to do himself, no act of his office (dec3s)."""


def _own_outing(tokens: list[Token], i: int, subjects: dict[int, tuple[int, str]]) -> bool:
    """ "قرر الرئيس X التجول بدراجته في شوارع …", "قرر الأمير X الانتقال مع الوفد إلى …": "قرر" whose subject is an
    office or a person (not a body: "قررت الحكومة الانتقال إلى المرحلة الثانية" stays) and whose object, right
    after that subject, is his own going somewhere decides nothing of an institution (dec3s)."""
    if strip_clitic(tokens[i].norm, "و")[0] not in _RESOLVE_TO:
        return False
    sent, k = tokens[i].sent, i + 1
    styles = lexicon().honorifics
    while k < len(tokens) and k not in subjects and tokens[k].norm in styles and tokens[k].sent == sent:
        k += 1
    if k not in subjects or subjects[k][1] == "body":
        return False
    while k in subjects and tokens[k].sent == sent and subjects[k][1] != "body":
        k = subjects[k][0]
    return k < len(tokens) and tokens[k].sent == sent and tokens[k].norm in _OUTINGS


_RELY_VERBS = frozenset(fold(w) for w in ("اعتمد", "اعتمدت", "يعتمد", "تعتمد", "اعتمدوا", "يعتمدون"))
_BASIS_BEFORE_ON = frozenset(fold(w) for w in ("بناء", "بناءً", "وبناء", "وبناءً", "استنادا", "تأسيسا", "علاوة",
                                               "علاوةً", "وعلاوة"))
_RELY_REACH = 6


def _relied_on(tokens: list[Token], i: int) -> bool:
    """ "اعتمد بشكل كبير على مستشاريه", "تعتمد الوزارة على المتطوعين": "اعتمد" whose "على" comes, within a few words
    in its clause, before any word of a decision kind is "relied on"; the approval "اعتمد" takes its object
    unmarked ("اعتمد المجلس الميزانية"), and "بناءً على" after it opens a basis, not a reliance (dec3s)."""
    if strip_clitic(tokens[i].norm, "و")[0] not in _RELY_VERBS:
        return False
    sent = tokens[i].sent
    for x in range(i + 1, min(len(tokens), i + 1 + _RELY_REACH)):
        if tokens[x].sent != sent or tokens[x].norm in _CLAUSE_BREAKS or _kind_at(tokens, x):
            return False
        if tokens[x].norm in DECISIONS.ON:
            return tokens[x - 1].norm not in _BASIS_BEFORE_ON
    return False


_ADMIT_VERBS = frozenset(fold(w) for w in ("أقر", "أقرت", "أقروا"))
_THAT_CLAUSE = frozenset(fold(w) for w in ("أن", "بأن", "وأن"))
_THAT_IT = frozenset(fold(w) for w in ("أنه", "أنها", "بأنه", "بأنها"))
_ADMIT_REACH = 10


def _acknowledged(tokens: list[Token], i: int) -> bool:
    """ "وأقرت لجنة مستقلة، الاثنين، أن الشركة بالغت …", "أقر الوزير بأنه …": "أقر" whose clause goes on, before
    any word of a decision kind, to "أن"/"بأن" and a nominal clause (a definite subject after it, or its pronoun
    "أنه") admits a fact; nothing is adopted. "أقر المجلس أن تقوم البلدية بـ…" (a verb after "أن": what is to be
    done) is a resolution, and "بعد أن"/"قبل أن" a clause of time (dec3s)."""
    if strip_clitic(tokens[i].norm, "و")[0] not in _ADMIT_VERBS:
        return False
    sent = tokens[i].sent
    for x in range(i + 1, min(len(tokens) - 1, i + 1 + _ADMIT_REACH)):
        if tokens[x].sent != sent or _kind_at(tokens, x):
            return False
        if tokens[x].norm in _THAT_IT and tokens[x - 1].norm not in _BACKGROUND_TIMES:
            return True
        if tokens[x].norm in _THAT_CLAUSE:
            return tokens[x - 1].norm not in _BACKGROUND_TIMES and tokens[x + 1].sent == sent \
                and tokens[x + 1].norm.startswith("ال")
    return False


_BACKGROUND_TIMES = frozenset(fold(w) for w in ("بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ"))


_RENEW_VERBS = frozenset(fold(w) for w in ("جدد", "جددت", "مدد", "مددت"))
_CONTRACTS = frozenset(fold(w) for w in ("تعاقد", "عقد", "تعاقدات", "عقود"))
_RENEWALS = frozenset(fold(w) for w in ("تمديد", "تجديد"))
_SPORT_HIRES = frozenset(fold(w) for w in ("مدرب", "المدرب", "مدربه", "مدربها", "لاعب", "اللاعب", "لاعبه", "لاعبها",
                                           "لاعبي", "لاعبين", "محترف", "المحترف", "حارس", "مهاجم", "المهاجم"))
"""A player or a coach whose contract a club renews: a transfer of sport, no institutional appointment."""
_COMPANY_WORDS = frozenset(fold(w) for w in ("الشركة", "شركة", "المجموعة", "البنك"))
_RENEW_REACH = 12
_RENEWED_LIST_REACH = 40


@cache
def _with_and(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each of them behind the conjunction "و" (the verbs the rules of ext-t157 look up)."""
    return words | frozenset("و" + w for w in words)


def renews_contract(tokens: list[Token], i: int) -> bool:
    """ "جددت الشركة تعاقد …", "ومدد المجلس عقود …": a verb of renewal with a contract noun a few words after it in
    its sentence (not "جددت الحكومة تحذيرها", a warning repeated)."""
    if tokens[i].norm not in _with_and(_RENEW_VERBS):
        return False
    return any(tokens[x].sent == tokens[i].sent and tokens[x].norm in _CONTRACTS
               for x in range(i + 2, min(len(tokens), i + _RENEW_REACH)))


def _renewed_count(tokens: list[Token], c: int) -> int:
    """How many persons "كل من" lists after the contract noun at ``c`` ("تعاقدات كل من X نائب الرئيس وY المدير
    المالي وZ عضو المجلس"): one more at each "و" glued to a word with no article that follows a definite word (the
    office of the one before); the list ends at a preposition, a comma or the sentence's end."""
    if not (c + 3 < len(tokens) and tokens[c + 1].norm == _EACH and tokens[c + 2].norm == _OF):
        return 1
    sent, count = tokens[c].sent, 1
    for x in range(c + 4, min(len(tokens), c + _RENEWED_LIST_REACH)):
        tok = tokens[x]
        if tok.sent != sent or not tok.is_word or tok.norm in _NOUN_BEFORE or tok.norm.startswith("لمد"):
            break
        if tok.norm[:1] == "و" and len(tok.norm) > 3 and not tok.article and not is_stop(tok.norm) \
                and tokens[x - 1].article:
            count += 1
    return count


def _renewed_contracts(text: str, tokens: list[Token], subjects: dict[int, tuple[int, str]],
                       found: list[DecisionMention]) -> list[DecisionMention]:
    """ "جددت الشركة تعاقد رئيسها التنفيذي X", "كما مددت الهيئة عقود كل من X وY …" (ext-t157): a body (named
    right after the verb) that renews or extends an official's contract reappoints him: one appointment per person
    listed. Not a contract of a player or a coach (sport), not a contract with a partner ("تعاقدها مع …"), not a
    renewal already read as a body's resolution ("قرر المجلس تمديد تعاقد X": the same person named after it)."""
    out: list[DecisionMention] = []
    for i in where(tokens, _with_and(_RENEW_VERBS)):  # the verb, bare or after "و"
        tok = tokens[i]
        if not tok.is_word or i + 1 >= len(tokens) or not renews_contract(tokens, i):
            continue
        if subjects.get(i + 1, (0, ""))[1] == "body":
            after = subjects[i + 1][0]
        elif tokens[i + 1].norm in DECISIONS.GENERIC_BODIES or tokens[i + 1].norm in _COMPANY_WORDS:
            after = i + 2  # "جددت الشركة …", "جددت شركة X …" (its name unread)
        else:
            continue
        sent = tok.sent
        c = next((x for x in range(after, min(len(tokens), i + _RENEW_REACH))
                  if tokens[x].sent == sent and tokens[x].norm in _CONTRACTS), None)
        if c is None or c + 1 >= len(tokens) or tokens[c + 1].sent != sent or not tokens[c + 1].is_word \
                or tokens[c + 1].norm in _NOUN_BEFORE:
            continue
        window = [t.norm for t in tokens[c + 1 : c + 8] if t.sent == sent]
        if any(w in _SPORT_HIRES for w in window):
            continue
        if tokens[c + 1].norm != _EACH and not any(subjects.get(x, (0, ""))[1] in ("office", "person")
                                                   for x in range(c + 1, c + 6)):
            continue  # "جددت الهيئة عقد المراجع الخارجي": no official named, a service's contract
        if any(d.at >= 0 and tokens[d.at].norm.lstrip("و") in _RENEWALS and d.at + 2 < len(tokens)
               and tokens[d.at + 1].norm in _CONTRACTS
               and tokens[d.at + 2].norm.rstrip("0123456789") in window for d in found):
            continue  # the lead's renewal, told again as the board's resolution (read there)
        end = _object_end(tokens, c)
        obj = text[tokens[c].start : tokens[end - 1].end]
        out.extend(DecisionMention(i, end, "appointment", "other", obj, None, c)
                   for _ in range(_renewed_count(tokens, c)))
    return out


_LAY_DOWN = frozenset(fold(w) for w in ("وضع", "وضعت", "أصدر", "أصدرت"))
_RULES = frozenset(fold(w) for w in ("ضوابط", "قواعد", "معايير", "اشتراطات", "شروطا", "لائحة", "ضوابطا"))
"""Rules a body lays down or issues ("وضعت الهيئة ضوابط مشددة …", "أصدرت الوزارة اشتراطات جديدة …") (ext-t157)."""
_LAY_DOWN_REACH = 10


def lays_down(tokens: list[Token], i: int) -> int | None:
    """The rules noun that the verb at ``i`` ("وضعت", "أصدرت") takes as its object, its subject between them
    ("وضعت هيئة X، ضوابط …"), or None: not behind a word of demand or intent ("طالبت بأن تضع …" is no verb here),
    not with a clause break or another verb between."""
    if tokens[i].norm not in _with_and(_LAY_DOWN) or i + 2 >= len(tokens) or _not_decided(tokens, i):
        return None
    return _word_later_in_clause(tokens, i, _LAY_DOWN_REACH, _RULES, _NOUN_BEFORE)


_OBJECT_CLAUSE_ENDS = frozenset(("؛", ";", ":", fold("حيث")))
"""What ends the clause an object is looked for in; not a comma, which may stand after the subject ("وضعت هيئة X،
ضوابط")."""


def _word_later_in_clause(tokens: list[Token], i: int, reach: int, words: frozenset[str],
                          not_after: frozenset[str]) -> int | None:
    """The first of ``words`` from ``tokens[i + 2]`` on, fewer than ``reach`` tokens after ``i`` and in the clause of
    ``tokens[i]`` (no sentence end, "؛", ":" or "حيث" between), or None; None too when it stands right after a word
    of ``not_after`` (a noun it belongs to: "هيئة التحقيق")."""
    sent = tokens[i].sent
    for x in range(i + 2, min(len(tokens), i + reach)):
        if tokens[x].sent != sent or tokens[x].norm in _OBJECT_CLAUSE_ENDS:
            return None
        if tokens[x].norm in words:
            return x if tokens[x - 1].norm not in not_after else None
    return None


def _verb_objects(tokens: list[Token], verbs: frozenset[str], find_object: Callable[[list[Token], int], int | None],
                  found: list[DecisionMention]) -> Iterable[tuple[int, int]]:
    """(verb, object) for each of ``verbs`` (bare or after "و") not last in the text whose object ``find_object``
    finds and no decision already found stands at: the common start of `_rules_laid_down` and `_granted_rights`."""
    taken = {d.at for d in found}
    for i in where(tokens, _with_and(verbs)):
        if not tokens[i].is_word or i + 1 >= len(tokens):
            continue
        x = find_object(tokens, i)
        if x is not None and x not in taken:
            yield i, x


def _rules_laid_down(text: str, tokens: list[Token], subjects: dict[int, tuple[int, str]],
                     found: list[DecisionMention]) -> list[DecisionMention]:
    """ "وضعت هيئة الاتصالات ضوابط مشددة للحد من …" (ext-t157): a body or an official (named right after the verb)
    that lays down or issues rules adopts a regulation: one decision, its object the rules noun and what follows it
    to the next comma."""
    out: list[DecisionMention] = []
    for i, x in _verb_objects(tokens, _LAY_DOWN, lays_down, found):
        after = subjects[i + 1][0] if subjects.get(i + 1, (0, ""))[1] in ("body", "office") \
            else i + 2 if tokens[i + 1].norm in DECISIONS.GENERIC_BODIES else None
        while after is not None and after < len(tokens) and tokens[after].norm in lexicon().honorifics:
            after += 1
        while after is not None and subjects.get(after, (0, ""))[1] == "person":
            after = subjects[after][0]  # "أصدر وزير الصحة الدكتور X قواعد …": the office's holder
        if after is None or x not in (after, after + 1) or (x == after + 1 and tokens[after].norm not in COMMAS):
            continue  # the rules right after the subject (a comma between): "وضع الأمير حجر الأساس وفق معايير …"
        end = _object_end(tokens, x)
        out.append(DecisionMention(i, end, "regulation", "adopt", text[tokens[x].start : tokens[end - 1].end], None, x))
    return out


_GRANT_VERBS = frozenset(fold(w) for w in ("منح", "منحت"))
_GRANTED = frozenset(fold(w) for w in ("حق", "ترخيص", "ترخيصا", "رخصة", "تصريح", "تصريحا", "امتياز", "امتيازا",
                                       "ترخيصين", "رخصتين"))
"""What a regulator grants ("منحت الهيئة شركة X حق التشغيل", "منحت الوزارة ترخيصا لـ…") (ext-t157); not a prize, a
medal or a degree (no decision of a body's institutional life)."""
_GRANT_REACH = 10
_GRANT_OBJECT_REACH = 8
_GRANT_OBJECT_ENDS = frozenset({"،", ",", fold("من"), fold("في")})
"""A grant's object ends before what it is granted from or in ("حق التشغيل من مطار …")."""
_ALSO_WORDS = frozenset(fold(w) for w in ("كما", "وكما"))


def grants(tokens: list[Token], i: int) -> int | None:
    """The right or licence noun that the verb at ``i`` ("منحت", "ومنح") grants, within a few words after it in its
    clause, or None (not behind a word of demand or intent)."""
    if tokens[i].norm not in _with_and(_GRANT_VERBS) or _not_decided(tokens, i):
        return None
    sent = tokens[i].sent
    for x in range(i + 1, min(len(tokens), i + _GRANT_REACH)):
        if tokens[x].sent != sent or tokens[x].norm in ("؛", ";", ":", "،", ",", fold("حيث")):
            return None
        if tokens[x].norm in _GRANTED and x + 1 < len(tokens) and tokens[x + 1].sent == sent \
                and tokens[x + 1].is_word:
            return x
    return None


def _granted_rights(text: str, tokens: list[Token], subjects: dict[int, tuple[int, str]],
                    found: list[DecisionMention]) -> list[DecisionMention]:
    """ "منحت الهيئة شركة X حق التشغيل الدولي …، كما منحت Y حق التشغيل …" (ext-t157): a body (named right after the
    verb, or by its kind) that grants a right or a licence decides: one decision (other) per grant, a grant told
    after "كما" with its subject left out the same body's. Not a court's ruling ("منحت المحكمة الأم حق الحضانة")."""
    out: list[DecisionMention] = []
    for i, x in _verb_objects(tokens, _GRANT_VERBS, grants, found):
        subject = subjects.get(i + 1, (0, ""))[1] in ("body", "office") \
            or tokens[i + 1].norm in DECISIONS.GENERIC_BODIES
        also = i > 0 and tokens[i - 1].norm in _ALSO_WORDS and bool(out)
        if not (subject or also) or _court_rules(tokens, i):
            continue
        end = _object_end(tokens, x, _GRANT_OBJECT_REACH, _GRANT_OBJECT_ENDS)
        out.append(DecisionMention(i, end, "other", "approve", text[tokens[x].start : tokens[end - 1].end], None, x))
    return out


_REFER_VERBS = frozenset(fold(w) for w in ("أحال", "أحالت"))
_INQUIRIES = frozenset(fold(w) for w in ("التحقيق", "للتحقيق"))
"""Where a body sends its staff it decides on (dec11): an inquiry; not the prosecution's authority ("هيئة التحقيق
والادعاء العام", a police case), a court, a committee's study or a file's next desk ("أحالت الوزارة الطلب إلى
اللجنة المختصة" decides nothing yet)."""
_INQUIRY_BODIES = frozenset(fold(w) for w in ("هيئة", "لهيئة", "بهيئة", "وهيئة"))
_REFERRAL_NOUNS = frozenset(fold(w) for w in ("إحالة", "احالة"))
_REFER_REACH = 25
_STATED_REACH = 30


def _inquiry_after(tokens: list[Token], i: int) -> int | None:
    """The inquiry word later in the clause of ``tokens[i]``, within a few words, or None."""
    return _word_later_in_clause(tokens, i, _REFER_REACH, _INQUIRIES, _INQUIRY_BODIES)


def refers_to_inquiry(tokens: list[Token], i: int) -> int | None:
    """The inquiry word ("التحقيق") that the referral verb at ``i`` ("أحالت", "وأحال") sends its object to, later in
    its clause ("أحالت الأمانة ثلاثة موظفين إلى التحقيق"), or None (not behind a word of demand or intent, not a
    court's referral)."""
    if tokens[i].norm not in _with_and(_REFER_VERBS) or _not_decided(tokens, i) or _court_rules(tokens, i):
        return None
    return _inquiry_after(tokens, i)


def _stated_referral(tokens: list[Token], i: int, subjects: dict[int, tuple[int, str]]) -> int | None:
    """ "وقالت إدارة المستشفى في بيان إنه تمت إحالة الطبيب للتحقيق": the inquiry word of a made referral ("تمت إحالة"
    at ``i``) told in a statement whose subject (right after the verb) is a body or an office, or None."""
    if tokens[i].norm not in _REFERRAL_NOUNS or i == 0 or tokens[i - 1].norm not in _DONE:
        return None
    sent = tokens[i].sent
    if not any(tokens[x].sent == sent and tokens[x].norm in _REPORTING
               and subjects.get(x + 1, (0, ""))[1] in ("body", "office") for x in range(max(0, i - _STATED_REACH), i)):
        return None
    return _inquiry_after(tokens, i)


def _referrals(text: str, tokens: list[Token], subjects: dict[int, tuple[int, str]],
               found: list[DecisionMention]) -> list[DecisionMention]:
    """ "أحالت هيئة X مدير المستشفى إلى التحقيق بعد …" (dec11, tuning168's municipality): a body or an official named
    right after the verb that refers its staff to an inquiry takes a measure: one decision (measures), its object
    what is referred up to the inquiry word; so does a made referral a body's statement tells ("وقالت الهيئة إنه
    تمت إحالة الموظف للتحقيق"). One referral per text: the story told again is the same measure."""
    for i, x in _verb_objects(tokens, _REFER_VERBS, refers_to_inquiry, found):
        if subjects.get(i + 1, (0, ""))[1] not in ("body", "office") \
                and tokens[i + 1].norm not in DECISIONS.GENERIC_BODIES:
            continue
        start = subjects.get(i + 1, (i + 2, ""))[0]
        start = start if start < x else i + 1
        while start < x and not tokens[start].is_word:
            start += 1  # "أحالت الأمانة، أمس، …": no comma opens the object
        return [DecisionMention(i, x + 1, "measures", "approve", text[tokens[start].start : tokens[x].end], None, x)]
    for n in where(tokens, _REFERRAL_NOUNS):
        made = _stated_referral(tokens, n, subjects)
        if made is not None and not any(d.first <= n < d.last for d in found):
            return [DecisionMention(n, made + 1, "measures", "approve", text[tokens[n].start : tokens[made].end],
                                    None, made)]
    return []


_HOLIDAYS = frozenset(fold(w) for w in ("إجازة", "عطلة", "إجازه", "عطله"))
_OFFICIAL = frozenset(fold(w) for w in ("رسمية", "رسميه"))
_DECLARING = frozenset(fold(w) for w in ("أعلن", "أعلنت", "وأعلن", "وأعلنت", "قرر", "قررت", "وقرر", "وقررت"))
_DECLARED_REACH = 30


def _declared_holidays(text: str, tokens: list[Token], subjects: dict[int, tuple[int, str]],
                       found: list[DecisionMention]) -> list[DecisionMention]:
    """ "أعلن مجلس الوزراء اليوم أن يوم الخميس المقبل سيتم اعتباره إجازة رسمية …" (ext-dec): a public holiday that
    a body or an official (right after "أعلن"/"قرر", in its sentence) declares is its decision (other), told with
    no approval word; not a day that is a holiday anyway ("وهو يوم إجازة رسمية"), nor one only demanded."""
    out: list[DecisionMention] = []
    for x in where(tokens, _HOLIDAYS):
        if x + 1 >= len(tokens) or tokens[x + 1].norm not in _OFFICIAL or tokens[x + 1].sent != tokens[x].sent \
                or any(d.first <= x < d.last for d in found):
            continue
        sent = tokens[x].sent
        verbs = [v for v in range(max(0, x - _DECLARED_REACH), x) if tokens[v].sent == sent
                 and tokens[v].norm in _DECLARING and subjects.get(v + 1, (0, ""))[1] in ("body", "office")]
        if not verbs or _not_decided(tokens, verbs[-1]) or _negated(tokens, x):
            continue
        end = _object_end(tokens, x, _GRANT_OBJECT_REACH)
        out.append(DecisionMention(x, end, "other", "approve", text[tokens[x].start : tokens[end - 1].end], None, x))
    return out


_REACTIONS = frozenset(fold(w) for w in ("أدان", "أدانت", "استنكر", "استنكرت", "ندد", "نددت", "شجب", "شجبت", "انتقد",
                                         "انتقدت", "رفض", "رفضت", "رحب", "رحبت", "أدانوا", "نددوا", "استنكروا"))
_APPROVED_NOUNS = frozenset(fold(w) for w in ("مصادقة", "موافقة", "إقرار", "المصادقة", "الموافقة", "الإقرار"))
_WAS_REACH = 8


def _reacted_then_told(tokens: list[Token], d: DecisionMention, found: list[DecisionMention]) -> bool:
    """ "أدان المجلس بشدة مصادقة البرلمان على قانون … . وكان البرلمان صادق أمس على قانون …" (ext-t157): an approval
    told by its noun as what a statement condemns or welcomes, then told again as the pluperfect's approval of the
    same kind, is one decision (the later one, with its verb, is kept)."""
    i = d.first
    if i < 1 or tokens[i].norm not in _APPROVED_NOUNS:
        return False
    sent = tokens[i].sent
    if not any(tokens[x].sent == sent and strip_clitic(tokens[x].norm, "و")[0] in _REACTIONS
               for x in range(max(0, i - 20), i)):
        return False
    return any(o.kind == d.kind and o.first > d.last and any(
        tokens[x].norm in FUNCTION_WORDS.WAS and tokens[x].sent == tokens[o.first].sent
        for x in range(max(0, o.first - _WAS_REACH), o.first)) for o in found)


_AGAIN_WORDS = 4


def _content_words(tokens: list[Token], d: DecisionMention) -> list[str]:
    """The words of a decision's object, without function words and without a proclitic "و"/"ب"/"ل"."""
    sent = tokens[d.at].sent
    return [strip_clitic(t.norm, "وبل")[0] for t in tokens[d.at : d.last]
            if t.is_word and t.sent == sent and not is_stop(t.norm)]


def _told_again(tokens: list[Token], d: DecisionMention, before: DecisionMention) -> bool:
    """ "اعتمدت الوزارة أولوية تكليف المعلم أو المعلمة في …" in the lead, and again in the minister's words a
    sentence later ("… بالإرشاد … للمتخصصين"): a decision of no named kind, in another sentence than one read
    before, with the same first two words and every content word of the shorter object (four at least) in the
    longer, is that decision told again, not a second one (ext-dec); "إنشاء مستشفى في تبوك" and "إنشاء مستشفى في
    حائل" stay two."""
    if d.kind != "other" or before.kind != "other" or d.at < 0 or before.at < 0 \
            or tokens[d.at].sent == tokens[before.at].sent:
        return False
    mine, theirs = _content_words(tokens, d), _content_words(tokens, before)
    short, long_ = sorted((mine, theirs), key=len)
    return len(short) >= _AGAIN_WORDS and mine[:2] == theirs[:2] and set(short) <= set(long_)


_HEDGES = frozenset(fold(w) for w in ("فيما يبدو", "على ما يبدو", "كما يبدو", "على الأرجح", "على ما يظهر"))
_HEDGE_REACH = 3


def _hedged(tokens: list[Token], i: int) -> bool:
    """ "قررت ميركل، فيما يبدو، خوض …", "وافقت الحكومة على ما يبدو على …": a hedge ("فيما يبدو") within three words
    after the cue, in its sentence: a decision guessed at, not told (ev20)."""
    for x in range(i + 1, min(len(tokens) - 1, i + 1 + _HEDGE_REACH)):
        if tokens[x].sent != tokens[i].sent:
            return False
        if tokens[x].norm + " " + tokens[x + 1].norm in _HEDGES \
                or (x + 2 < len(tokens) and " ".join(t.norm for t in tokens[x : x + 3]) in _HEDGES):
            return True
    return False


_BACK_NOUNS = frozenset(fold(w) for w in ("القرار", "القرارات", "القانون", "المشروع", "الاتفاق", "الاتفاقية"))


def _bare_back_reference(tokens: list[Token], d: DecisionMention) -> bool:
    """ "وصوتت روسيا لصالح القرار": an object that is one bare definite noun of a decree or text ("القرار",
    "القانون") names the decision told elsewhere in the text, no second one (ev20); so does one after a demonstrative,
    whatever follows it ("صوت 46 عضوا لصالح إقرار هذا القانون التعسفي", ev21)."""
    if d.at < 0 or strip_clitic(tokens[d.at].norm, "وبل")[0] not in _BACK_NOUNS:
        return False
    return d.last - d.at == 1 or (d.at > 0 and tokens[d.at - 1].norm in _DEMONSTRATIVES)


_CAME = frozenset(fold(w) for w in ("جاءت", "وجاءت", "جاء", "وجاء", "تأتي", "وتأتي", "يأتي", "ويأتي"))


def _came_after(tokens: list[Token], d: DecisionMention, before: list[DecisionMention]) -> bool:
    """ "صادق المجلس على مشروع قانون مكافحة الإرهاب … . وجاءت المصادقة على قانون الإرهاب بعد هجوم …": an approval
    told by its verbal noun after "جاء" (when or why it came) restates one of the same kind read before (ev20)."""
    return d.first > 0 and tokens[d.first - 1].norm in _CAME \
        and any(b.kind == d.kind and tokens[b.first].sent < tokens[d.first].sent for b in before)


_FIELD_OF = frozenset(fold(w) for w in ("مجال", "مجالات", "ومجال", "ومجالات", "قطاع", "وقطاع"))
"""Before a kind word, a field that an object is in ("قروض في مجال البرامج التعليمية"), not the object."""
_NOMINATION = fold("ترشيح")
_NOMINEE_REACH = 14
"""How far after "ترشيح" the office the nominee is put forward for may stand ("ترشيح مجلس إدارة الشركة للأستاذ X
رئيسا لتحرير الصحيفة")."""


def _nomination(tokens: list[Token], k: int) -> bool:
    """ "ترشيح X رئيسا لمجلس الإدارة", "على ترشيح المجلس للأستاذ X نائبا للرئيس": the nomination of a person to an
    office, an accusative office word ("رئيسا", "نائباً", "عضوا") after it in its sentence, is an appointment, not
    "ترشيح المدينة لاستضافة البطولة", "ترشيح الفيلم لجائزة" (ext-t46)."""
    if strip_clitic(tokens[k].norm, "وبل")[0] != _NOMINATION:
        return False
    return _office_after(tokens, k)


def _office_after(tokens: list[Token], k: int) -> bool:
    """An accusative office word of the titles lexicon ("رئيسا", "نائباً", "عضوا") after ``tokens[k]`` in its
    sentence, within reach: the office a person is put forward or chosen for."""
    titles = lexicon().titles
    sent = tokens[k].sent
    for x in range(k + 2, min(len(tokens), k + _NOMINEE_REACH)):
        t = tokens[x]
        if t.sent != sent:
            return False
        if t.is_word and t.norm.endswith("ا") and (t.norm[:-1],) in titles:
            return True
    return False


_CHOSEN = frozenset(fold(w) for w in ("اختيار", "انتخاب"))
_DONE_BEFORE = frozenset(fold(w) for w in ("تم", "وتم", "تمت", "وتمت"))
_MEMBERS_OF = frozenset(fold(w) for w in ("أعضاء", "اعضاء"))


def _chosen_for(tokens: list[Token], k: int) -> bool:
    """ "كما تم اختيار أعضاء اللجان المنبثقة من المجلس", "وتم انتخاب الأستاذ X رئيسا للمجلس": a choice or an
    election done ("تم" right before it) of a body's members, or of a person named with the office he is chosen
    for, is an appointment; not "تم اختيار الرياض مقرا …" nor "تم اختيار أفضل لاعب" (ext-t46)."""
    if k == 0 or tokens[k - 1].norm not in _DONE_BEFORE or k + 1 >= len(tokens) \
            or tokens[k + 1].sent != tokens[k].sent:
        return False
    if tokens[k + 1].norm in _MEMBERS_OF:
        return True
    return (tokens[k + 1].norm in lexicon().honorifics or is_name_start(tokens, k + 1)) and _office_after(tokens, k)


_LIST_MARKS = frozenset({"-", ")", ".", "ـ", "–"})
_AS_FOLLOWS = (fold("ما"), fold("يلي"))
_LIST_REACH = 80
"""How far before a numbered item the resolution that lists it ("تقرر ما يلي :") may stand."""


def _resolved_list_item(tokens: list[Token], k: int) -> bool:
    """ "حيث تقرر ما يلي : 1- ترشيح X رئيساً لمجلس الإدارة 2- …": a numbered item ("1-", "2)") of the list a
    resolution opens with "ما يلي" (ext-t46)."""
    if k < 2 or tokens[k - 1].norm not in _LIST_MARKS or not tokens[k - 2].norm.isdigit() \
            or len(tokens[k - 2].norm) > 2:
        return False
    for x in range(k - 3, max(1, k - _LIST_REACH), -1):
        if (tokens[x - 1].norm, tokens[x].norm) == _AS_FOLLOWS:
            return any(_base(tokens[y].norm) in _RESOLVED_LIST for y in range(max(0, x - 4), x - 1)
                       if tokens[y].sent == tokens[x].sent)  # "تقرر ما يلي", "قرر المجلس ما يلي"
    return False


_RESOLVED_LIST = frozenset(fold(w) for w in ("قرر", "قررت", "تقرر", "أقر", "أقرت"))
_HEADINGS = frozenset({(fold("النحو"), fold("التالي")), _AS_FOLLOWS})
_APPOINTMENT_PLURALS = frozenset(fold(w) for w in ("تعيينات", "التعيينات", "وتعيينات"))
_TRANSFER = fold("نقل")
_APPROVED_LIST_REACH = 400
"""How far before a numbered item the heading of its list may be (nine items of some 25 words)."""


def _approved_list_item(tokens: list[Token], k: int) -> bool:
    """ "وافق مجلس الوزراء على تعيينات ونقل …، وذلك على النحو التالي: 1 ـ تعيين X على وظيفة … 2 ـ تعيين Y …": a
    numbered item of a list that an approval (or a plural of appointments) heads with "على النحو التالي" or "ما يلي",
    every sentence between them opening with its number."""
    if k < 2 or tokens[k - 1].norm not in _LIST_MARKS | {""} or not tokens[k - 2].norm.isdigit() \
            or len(tokens[k - 2].norm) > 2:
        return False
    for x in range(k - 3, max(1, k - _APPROVED_LIST_REACH), -1):
        nxt = tokens[x + 1]
        if nxt.sent != tokens[x].sent and nxt.is_word and not nxt.norm.isdigit():
            return False  # a sentence that is no numbered item: the list ends before it
        if (tokens[x - 1].norm, tokens[x].norm) in _HEADINGS:
            return any(tokens[y].norm in _APPOINTMENT_PLURALS or in_words(tokens[y].norm, DECISIONS.APPROVE)
                       for y in range(max(0, x - 30), x - 1) if tokens[y].sent == tokens[x].sent)
    return False


_ISSUING_NOUNS = frozenset(fold(w) for w in ("صدور", "بصدور", "صدر", "وصدر", "صدرت"))
_DECREE_HEADS = frozenset(fold(w) for w in ("قرار", "أمر", "مرسوم"))
_PROMOTION = fold("ترقي")
_SINCE = frozenset(fold(w) for w in ("منذ", "ومنذ", "فمنذ", "قبل"))


def _decree_of_body(text: str, tokens: list[Token], subjects: dict[int, tuple[int, str]],
                    found: list[DecisionMention]) -> list[DecisionMention]:
    """ "بمناسبة صدور قرار مجلس الوزراء، في جلسته التي عقدت أمس …، بترقيته إلى المرتبة …": a decree issued by a body
    or an official named right after the decree noun decides the first verbal noun behind "ب" after them (a
    promotion is an appointment, anything else other; an appointment noun is read by the appointments)."""
    out: list[DecisionMention] = []
    taken = {d.at for d in found}
    for i in where(tokens, _ISSUING_NOUNS):
        if i >= len(tokens) - 2 or tokens[i + 1].norm not in _DECREE_HEADS \
                or tokens[i + 1].sent != tokens[i].sent or subjects.get(i + 2, (0, "person"))[1] == "person":
            continue
        if i > 0 and tokens[i - 1].norm in _SINCE:
            continue  # "فمنذ صدور قرار الجمعية العامة رقم …": a decree recalled
        k = _recommended_object(tokens, i + 1, subjects)
        if k is None or k[0] in taken or tokens[k[0]].norm[1:] in DECISIONS.APPROVE_BY \
                or any(tokens[y].norm == _NUMBER_WORD for y in range(i + 2, k[0])):
            continue  # "… رقم 3379 … بموافقة 72 دولة": a numbered decree cited, its vote no object
        noun = tokens[k[0]].norm[1:]
        appoint = noun in DECISIONS.APPOINT or tokens[k[0]].norm in DECISIONS.APPOINT
        kind = "appointment" if appoint or noun.startswith(_PROMOTION) else "other"
        count = max(_listed_count(tokens, k[0]), _counted_appointees(tokens, k[0])) if appoint else 1
        end = _sentence_end(tokens, k[0])
        stop = next((y for y in range(k[0] + 1, end) if tokens[y].norm in COMMAS), end)
        while stop - 1 > k[0] and not tokens[stop - 1].is_word:
            stop -= 1
        out.extend(DecisionMention(i, stop, kind, "approve", text[tokens[k[0]].start + 1 : tokens[stop - 1].end],
                                   None, k[0]) for _ in range(count))
    return out


_RELATIVE_APPROVALS = frozenset(fold(w) for w in ("أقره", "أقرها", "أقرته", "أقرتها", "اعتمده", "اعتمدها", "اعتمدته",
                                                  "اعتمدتها"))
_APPROVED_ON = frozenset(fold(w) for w in ("وافق", "وافقت", "صادق", "صادقت"))
_ON_IT = frozenset(fold(w) for w in ("عليه", "عليها"))


def relative_approval(tokens: list[Token], i: int) -> int | None:
    """ "… النظام الذي أقره مجلس الوزراء", "الخطة التي وافق عليها المجلس": an approval verb right after a relative
    pronoun, its object the pronoun's antecedent; the index of the word after the verb (its subject), or None."""
    if i < 1 or tokens[i - 1].norm not in RELATIVES or tokens[i - 1].sent != tokens[i].sent:
        return None
    k = i + 1 if tokens[i].norm in _RELATIVE_APPROVALS else i + 2 if (
        tokens[i].norm in _APPROVED_ON and i + 1 < len(tokens) and tokens[i + 1].norm in _ON_IT) else None
    return k if k is not None and k < len(tokens) and tokens[k].sent == tokens[i].sent else None


_RELATIVE_VERBS = _RELATIVE_APPROVALS | _APPROVED_ON
_KIND_FIRSTS = frozenset(key[0] for key in DECISIONS.KINDS)
_NEWS_TIMES = frozenset(fold(w) for w in ("مؤخرا", "حديثا", "الأسبوع", "الشهر", "الماضي", "الماضية"))
"""After a relative clause's approving body, the time that dates it as news ("الذي أقره مجلس الوزراء مؤخرا")."""
_ANTECEDENT_REACH = 5


def _dated_after(tokens: list[Token], k: int, after: int) -> bool:
    """A time word within three words after the subject (its span ends at ``after``; a bare one-word subject at
    ``k``) of a relative clause's approval: "الذي أقره مجلس الوزراء مؤخرا"."""
    sent = tokens[k].sent
    return any(tokens[y].sent == sent and tokens[y].is_word and (tokens[y].norm in _NEWS_TIMES
                                                                or tokens[y].norm in EVENTS.TIME_WORDS)
               for y in range(after, min(len(tokens), after + 3)))


"""How far before the relative pronoun the head of what was approved may be ("نظام العمل الجديد الذي أقره …")."""


def _relative_objects(text: str, tokens: list[Token], subjects: dict[int, tuple[int, str]],
                      found: list[DecisionMention]) -> list[DecisionMention]:
    """ "تطبيق نظام العمل الجديد الذي أقره مجلس الوزراء": a body (named right after the verb) approved the relative
    pronoun's antecedent, one decision of the kind its head names (the head within a few words before the pronoun,
    no punctuation between); a bare person decides nothing here ("الاتفاق الذي أقره X" is read elsewhere)."""
    out: list[DecisionMention] = []
    taken = {d.at for d in found}
    for i in where(tokens, _RELATIVE_VERBS):  # (relative_approval reads no other verb)
        k = relative_approval(tokens, i)
        if k is None or not (subjects.get(k, (0, ""))[1] == "body"
                             or in_words(tokens[k].norm, DECISIONS.RESOLVING_BODIES)
                             or in_words(tokens[k].norm, DECISIONS.LEGISLATURE)):
            continue
        sent = tokens[i].sent
        if not _dated_after(tokens, k, subjects[k][0] if k in subjects else k + 1):
            continue  # "برنامج التحول الذي أقره مجلس الإدارة يتضمن …": an approval recalled as background, undated
        head: tuple[int, str] | None = None
        for x in range(i - 2, max(-1, i - 2 - _ANTECEDENT_REACH), -1):
            if tokens[x].sent != sent or not tokens[x].is_word:
                break
            hit = _kind_at(tokens, x)
            if hit is not None and x + hit[1] <= i - 1:
                head = (x, hit[0])
                break
        if head is None:  # "الخطة الخمسية التي وافق عليها البرلمان": a definite noun and its adjectives, other
            x = i - 2
            while x > 0 and x > i - 2 - _ANTECEDENT_REACH and tokens[x - 1].sent == sent and tokens[x].article \
                    and tokens[x - 1].article and tokens[x - 1].is_word:
                x -= 1
            if x < 0 or tokens[x].sent != sent or not tokens[x].article or not tokens[x].is_word:
                continue
            head = (x, "other")
        x, kind = head
        if x in taken or _refers_back(tokens, x, kind, found + out):
            continue
        norm = tokens[x].norm
        clitic = 0 if norm in _KIND_FIRSTS or norm.startswith("ال") else strip_clitic(norm, "وب")[1]
        start = tokens[x].start + clitic  # "وبالنظام": past its clitics; "برنامج": its own letter
        action = "adopt" if tokens[i].norm.startswith(("اقر", "اعتمد")) else "approve"
        out.append(DecisionMention(x, i + 1, kind, action, text[start : tokens[i - 2].end],
                                   _year_in(tokens, x, i - 1), x))
    return out


_RESOLVED_REACH = 8
"""How far after "قرر" the approval noun it resolves may be ("وقرر مجلس الوزراء الموافقة على …")."""
_APPROVAL_NOUNS = frozenset(fold(w) for w in ("الموافقة", "المصادقة"))


def _resolved_approval(tokens: list[Token], i: int, before: list[int], subjects: dict[int, tuple[int, str]]
                       ) -> tuple[int, str] | None:
    """ "وقرر مجلس الوزراء الموافقة على الترتيبات …", "قرر المجلس المصادقة على …": an approval noun right after the
    subject of a resolution verb (a cue itself) decides what follows "على", one decision (other) when it names no
    decision kind (not "قرر المجلس تأجيل الموافقة على …")."""
    sent = tokens[i].sent
    if tokens[i].norm not in _APPROVAL_NOUNS or i + 2 >= len(tokens) or tokens[i + 1].norm not in DECISIONS.ON \
            or tokens[i + 2].sent != sent or not tokens[i + 2].is_word:
        return None
    for c in before:
        if _base(tokens[c].norm) not in _RESOLVE_TO or tokens[c].sent != sent or not 0 < i - c <= _RESOLVED_REACH:
            continue
        k = c + 1
        if k in subjects and subjects[k][1] != "person":
            k = subjects[k][0]
        elif k < i and in_words(tokens[k].norm, DECISIONS.RESOLVING_BODIES):
            k += 1
        while k < i and tokens[k].norm in EVENTS.TIME_WORDS:
            k += 1
        if k == i:
            return i + 2, "other"
    return None


_DECREE_OBJECT_REACH = 30
"""How far after "أصدر" its decree noun may be ("أصدر وزير … الدكتور X، قرارا بإعادة هيكلة …")."""
_COURTS = ("محكمه", "المحكمه", "محاكم", "المحاكم", "القاضي", "قاضي", "النيابه")


_PROVIDING = frozenset(fold(w) for w in ("يقضي", "تقضي", "القاضي", "القاضية", "ويقضي", "وتقضي"))
"""A decree's verb of providing: "قرارا يقضي بـ …" names the decision as "قرارا بـ …" does."""


def _issue_verb(norm: str) -> bool:
    """ "أصدر", "وأصدرت": a verb of issuing, behind "و" or not."""
    return strip_clitic(norm, "و")[0] in EVENTS.ISSUE_VERBS


@cache
def _issuing_forms() -> frozenset[str]:
    return forms_passing(_issue_verb, EVENTS.ISSUE_VERBS)


_COURT_REACH = 3


def _court_rules(tokens: list[Token], i: int) -> bool:
    """ "وافقت المحكمة العليا على طلب الدفاع", "أن محكمة طوكيو وافقت على تمديد الحجز": an approval verb whose subject
    is a court (right after it, or a court and its place right before it, no punctuation between) rules on a case;
    it approves nothing for an institution."""
    sent = tokens[i].sent
    if i + 1 < len(tokens) and tokens[i + 1].sent == sent and tokens[i + 1].norm in _COURTS:
        return True
    for x in range(i - 1, max(-1, i - _COURT_REACH - 1), -1):
        if tokens[x].sent != sent or not tokens[x].is_word:
            return False
        if strip_clitic(tokens[x].norm, "و")[0] in _COURTS:
            return True
    return False


def _issued_decrees(text: str, tokens: list[Token], subjects: dict[int, tuple[int, str]], cues: set[int],
                    found: list[DecisionMention]) -> list[DecisionMention]:
    """ "أصدر وزير الشؤون الاجتماعية الدكتور X، قرارا بإعادة هيكلة الإدارات …": an official or a body (named right
    after the issuing verb) issuing a decree whose object is a verbal noun behind "ب" decides it: one decision at
    that noun (other, or the kind its head names); "قرارا بتعيين …" is read by the appointments, a court's ruling
    ("أصدرت المحكمة قرارا بسجن …") is no institutional decision."""
    out: list[DecisionMention] = []
    styles = lexicon().honorifics
    taken = {d.at for d in found} | {d.first for d in found}
    for i in where(tokens, _issuing_forms()):
        if i in cues:
            continue
        tok = tokens[i]
        sent, k = tok.sent, i + 1
        while k < len(tokens) and tokens[k].sent == sent and tokens[k].norm in styles:
            k += 1
        if k not in subjects or subjects[k][1] == "person" or tokens[k].norm in _COURTS:
            continue
        for x in range(subjects[k][0], min(len(tokens) - 1, i + _DECREE_OBJECT_REACH)):
            if tokens[x].sent != sent:
                break
            if tokens[x].norm not in DECISIONS.DECREES:
                continue
            if tokens[x + 1].norm in _PROVIDING and x + 2 < len(tokens) and tokens[x + 2].norm[:1] == "ب":
                x += 1  # "أصدر الوزير قرارا يقضي بتشكيل لجنة …": what the decree provides for follows the verb
            if tokens[x + 1].norm in _DECREE_STYLES and x + 2 < len(tokens) and tokens[x + 2].norm[:1] == "ب":
                x += 1  # "أصدر الملك أمره الكريم بترقية …": the style of a royal order before its object (ext-t138)
            nxt = tokens[x + 1]
            base = nxt.norm[1:]
            if (nxt.sent != sent or not nxt.is_word or nxt.norm[:1] != "ب" or len(base) < 3
                    or nxt.norm in DECISIONS.APPOINT or nxt.norm in DECISIONS.MANNER or x + 1 in taken):
                break
            hit = _kind_at(tokens, x + 1)
            end = _sentence_end(tokens, x + 1)
            if any(tokens[y].norm in DECISIONS.DECREES for y in range(x + 2, end)):
                break  # "قراراً بتدوير عدد من القيادات … عبر 8 قرارات وزارية": the decrees it sums up are read
            stop = next((y for y in range(x + 2, end) if tokens[y].norm in COMMAS), end)
            while stop - 1 > x + 1 and not tokens[stop - 1].is_word:
                stop -= 1
            obj = text[nxt.start + 1 : tokens[stop - 1].end]
            if base == _PROMOTION_NOUN and x + 2 < stop \
                    and _appointment_base(tokens[x + 2].norm) in DECISIONS.APPOINT:
                # "أصدر الملك أمرا بترقية وتعيين 100 قاض …": promotions and appointments of judges (ext-t138)
                out.append(DecisionMention(i, stop, "appointment", "other", obj, None, x + 1))
                break
            out.append(DecisionMention(i, stop, hit[0] if hit else "other", "approve", obj, None, x + 1))
            break
    return out


_DECREE_STYLES = frozenset(fold(w) for w in ("الكريم", "السامي"))
_PROMOTION_NOUN = fold("ترقية")


def _refers_back(tokens: list[Token], k: int, kind: str, found: list[DecisionMention]) -> bool:
    """ "أقر البرلمان قانونًا جديدًا … وبعد النقاش أقرَّ هذا القانون … وما إن تمت المصادقة على القانون …": an object
    that is the definite form of a decision's indefinite head found before ("قانونا" → "القانون"), or its head
    after a demonstrative, is that decision again (not when a number or a definite qualifier follows: "القانون رقم
    12", "القانون التنظيمي")."""
    head = strip_clitic(tokens[k].norm, "وبل")[0]
    if k + 1 < len(tokens) and (tokens[k + 1].norm.isdigit() or tokens[k + 1].norm == _NUMBER_WORD
                                or (tokens[k + 1].norm.startswith("ال")
                                    and tokens[k + 1].norm not in RELATIVES_WITH_DUALS)):
        return False  # "القانون التنظيمي …": a definite qualifier names another text
    demonstrative = k > 0 and tokens[k - 1].norm in _DEMONSTRATIVES
    for d in found:
        if d.kind != kind or d.at < 0 or d.at >= k:
            continue
        before = tokens[d.at].norm.lstrip("و")
        if demonstrative or (not before.startswith("ال") and head.startswith("ال")
                             and head[2:] in (before, before.removesuffix("ا"))):
            return True
    return False


_NUMBER_WORD = fold("رقم")
_RECEIVED_REACH = 8
"""How far before "بمصادقة" the verb of "حظيت الخطة بمصادقة …" may be."""


def _received_object(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """ "حظيت ورقة الإصلاحات بمصادقة المجلس": the object approved is the subject of حظي/نال, before the cue
    (its first word of a decision kind)."""
    if tokens[i].norm[:1] != "ب":
        return None
    sent = tokens[i].sent
    verb = next((x for x in range(i - 1, max(-1, i - _RECEIVED_REACH), -1)
                 if tokens[x].sent == sent and in_words(tokens[x].norm, DECISIONS.RECEIVED)), None)
    if verb is None:
        return None
    for k in range(verb + 1, i):
        hit = _kind_at(tokens, k)
        if hit is not None:
            return k, hit[0]
    return None


_DEFERRING = frozenset(fold(w) for w in ("تأجيل", "إرجاء"))


def _law_or_deferral(tokens: list[Token], j: int) -> str:
    """A legislature's vote for a text of law (regulation), but for a deferral ("صوت البرلمان لصالح تأجيل الخروج
    من الاتحاد …", "إرجاء …"): a decision of its own (other); "تمديد العمل بالتوقيت الصيفي" stays a law's."""
    return "other" if tokens[j].norm in _DEFERRING else "regulation"


def _default_item(tokens: list[Token], i: int, j: int) -> tuple[int, str] | None:
    """The object of an approval that names no decision kind, where the cue says what it is: a legislature's
    vote ("صوت النواب لصالح إلغاء …") or approval ("وافق البرلمان … على تطبيق …") adopts a text of law; a
    sitting body's resolution ("أقر المجلس أن تتولى البلدية …") is a decision of its own (other)."""
    sent = tokens[i].sent
    if (not _vote_cue(tokens, i) and _legislature_subject(tokens, i) and j < len(tokens) and tokens[j].sent == sent
            and tokens[j].is_word and j - i <= _VOTE_REACH + 4 and strip_clitic(tokens[j - 1].norm, "و")[0]
            in DECISIONS.ON):
        return j, _law_or_deferral(tokens, j)
    if _vote_cue(tokens, i):
        if (j < len(tokens) and tokens[j].sent == sent and tokens[j].is_word
                and any(in_words(tokens[x].norm, DECISIONS.LEGISLATURE) for x in range(i + 1, j))):
            return j, _law_or_deferral(tokens, j)
        if (j < len(tokens) and tokens[j].sent == sent and tokens[j].is_word and i + 1 < j
                and in_words(tokens[i + 1].norm, DECISIONS.RESOLVING_BODIES)
                and strip_clitic(tokens[j - 1].norm, "و")[0] in DECISIONS.ON and tokens[j - 1].norm != fold("لصالح")
                and tokens[j].norm not in _REFUSING):
            return j, "other"  # "صوت مجلس المحافظة بالإجماع على حل المجالس …": a council's vote decides (dec)
        return None
    if (j < len(tokens) - 2 and strip_clitic(tokens[j - 1].norm, "و")[0] in DECISIONS.ON
            and _base(tokens[j].norm) in DECISIONS.FOUNDING and tokens[j + 2].sent == sent
            and (tokens[j + 1].norm.lstrip("ل") in DECISIONS.COUNTS or _count_at(tokens, j + 1) is not None)
            and tokens[j + 2].is_word):
        return j + 2, "other"  # "الموافقة على تأسيس أربع (16) جمعيات": four bodies founded, four decisions
    if _resolve_cue(tokens, i) and not _base(tokens[i].norm).startswith("اصدر"):
        that = next((x for x in range(i + 2, min(len(tokens), i + 10))
                     if tokens[x].sent == sent and tokens[x].norm in ("ان", "بان")), None)
        if that is not None and that + 1 < len(tokens) and tokens[that + 1].sent == sent:
            return that + 1, "other"
    return None


def subject_spans(offices: list[tuple[int, int]], bodies: list[tuple[int, int]], persons: list[tuple[int, int]]
                  ) -> dict[int, tuple[int, str]]:
    """(first, last) token spans of offices, of institutions and of persons → first token -> (the token after the
    longest span starting there, its kind: "office", "body" or "person")."""
    out: dict[int, tuple[int, str]] = {}
    for spans, kind in ((persons, "person"), (bodies, "body"), (offices, "office")):
        for first, last in spans:
            if last >= out.get(first, (0, ""))[0]:
                out[first] = (last, kind)
    return out


def _decided_object(tokens: list[Token], i: int, subjects: dict[int, tuple[int, str]]) -> tuple[int, str] | None:
    """The object of an approval verb whose subject is an official or a body named right after it ("اعتمد وزير
    الشؤون البلدية … م. X لجنة الفصل …", "اعتمدت الوزارة أولوية …") or right before it after "أن" ("بيّن أن
    الوزير … اعتمد أسماء …"), or of a resolution that approves ("قرارا … يقضي بالموافقة على منح …"): one
    decision (other) at its first word, when the approval names no decision kind."""
    sent = tokens[i].sent
    norm = tokens[i].norm
    verb = norm if norm in DECISIONS.DECIDE_VERBS or norm in DECISIONS.RECOMMEND else _base(norm)
    if verb in DECISIONS.RECOMMEND:
        return _recommended_object(tokens, i, subjects)
    issued = i > 0 and tokens[i - 1].sent == sent and (tokens[i - 1].norm in DECISIONS.ISSUED or based_on(tokens, i)
                                                        or announced_approval(tokens, i)) \
        and verb in DECISIONS.APPROVE_BY  # "صدرت موافقة الوزير على …", "بناءً على موافقة مجلس الإدارة …"
    if verb not in DECISIONS.DECIDE_VERBS and not issued:
        return _resolution_object(tokens, i)
    k = i + 1
    styles = lexicon().honorifics
    while k < len(tokens) and k not in subjects and tokens[k].norm in styles and tokens[k].sent == sent:
        k += 1  # "وافق معالي وزير التجارة …": a style before the office
    while k < len(tokens) and k not in subjects and tokens[k].norm in _STYLE_WORDS and tokens[k].sent == sent:
        k += 1  # "اعتمد صاحب السمو الملكي الأمير X أمير منطقة …": a royal style before the name
    if k in subjects and subjects[k][1] == "person" and subjects[k][0] in subjects \
            and subjects[subjects[k][0]][1] == "office" and tokens[subjects[k][0]].sent == sent:
        k = subjects[k][0]  # the name, then the office it holds: the official decides (ext-t33)
    if k in subjects and subjects[k][1] != "person":  # verb, subject (offices, then their holder's name), object
        office = True  # (a bare name decides nothing: "إن اللاعب X وافق على الانضمام")
        while office and k in subjects and tokens[k].sent == sent:
            k, kind = subjects[k]
            office = kind == "office"
            if office and k + 2 < len(tokens) and tokens[k].norm in ("م", "د") and tokens[k + 1].norm == ".":
                k += 2  # "م. X": an abbreviated title (its full stop ends no sentence) before the office's holder
                sent = tokens[k].sent
            while office and k < len(tokens) and (tokens[k].norm in styles or tokens[k].norm in _STYLE_WORDS) \
                    and tokens[k].sent == sent:
                k += 1  # "خادم الحرمين الشريفين الملك X", "صاحب السمو الأمير X": a style before the name
            if not office and k + 1 < len(tokens) and tokens[k].norm in COMMAS and tokens[k + 1].sent == sent \
                    and subjects.get(k + 1, (0, ""))[1] == "office":
                k, office = k + 1, True  # "وافق محافظ X الأمير Y، رئيس مجلس Z على …": the holder's apposed office
        k = _quoted_holder_end(tokens, k, subjects)  # 'وافق وزير X "الدكتور Y" على …' (ext-t56)
    elif k < len(tokens) and tokens[k].norm in DECISIONS.GENERIC_BODIES and tokens[k].sent == sent:
        k += 1  # "اعتمدت الوزارة أولوية …"
    elif not _subject_before(tokens, i, subjects) and resumed_subject(tokens, i, subjects) is None:
        return None
    if verb in _RESOLVE_TO:
        k = _past_subject(tokens, k, subjects)
    while k < len(tokens) and tokens[k].sent == sent and tokens[k].norm in EVENTS.TIME_WORDS:
        k += 1
    if k >= len(tokens) or tokens[k].sent != sent or not tokens[k].is_word:
        return None
    on = next((x for x in range(k, min(len(tokens), k + _ON_REACH)) if tokens[x].sent == sent
               and tokens[x].norm in DECISIONS.ON), None)
    if verb.startswith(fold("اعتمد")) and on == k:
        return None  # "اعتمدت الوزارة على …": relied on
    if issued and on != k and based_on(tokens, i) and tokens[k].norm[:1] == "ب" and len(tokens[k].norm) > 3 \
            and tokens[k].norm not in DECISIONS.MANNER and tokens[k].norm not in DECISIONS.ADMISSION:
        return k, "other"  # "بناءً على موافقة مجلس إدارتها بتشكيل لجنة …": the verbal noun behind "ب"
    if verb.startswith(fold("وافق")) or issued:  # "وافق الوزير (في اليوم نفسه) على …": the object after على
        k = on + 1 if on is not None else len(tokens)
        if k >= len(tokens) or tokens[k].sent != sent or not tokens[k].is_word:
            return None
    k = _past_sitting(tokens, k, subjects)
    if k >= len(tokens) or tokens[k].sent != sent or not tokens[k].is_word:
        return None
    first = tokens[k].norm
    ahead = [t.norm for t in tokens[k : k + 4] if t.sent == sent]
    if first in _REFUSING and len(ahead) > 1 and (ahead[1] in _APPROVAL_NOUNS or ahead[1] in _DONE_APPROVALS):
        return None  # "وقرر المجلس تأجيل الموافقة على …", "عدم المصادقة على …": nothing approved (ext-t68)
    if first in DECISIONS.ADMISSION or first in DECISIONS.NOT_OBJECT or (first[:1] == "ب"
                                                                          and first not in DECISIONS.ON
                                                                          and first not in _B_NOUNS):
        return None  # "أقر الوزير بأن …", "اعتمد المجلس بالإجماع", "أقر المجلس في ساعة متأخرة …"
    if verb.startswith(fold("اقر")) and any(w in DECISIONS.ADMISSION or (w[:1] == "ب" and w != "بين")
                                           for w in ahead[1:]):  # ("توزيع المهام بين …" is an object)
        return None  # "وأقر نائب الرئيس X نفسه بخطر …": an admission, its subject's name unread
    return k, "other"


_B_NOUNS = frozenset(fold(w) for w in ("بداية", "بدء", "برنامج", "برامج", "بطولة"))
"""Nouns that open with "ب" of their own, no preposition: "اعتمد الوزير بداية العام الدراسي …" decides (dec)."""


_QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”"}
_QUOTED_REACH = 9


def _quoted_holder_end(tokens: list[Token], k: int, subjects: dict[int, tuple[int, str]]) -> int:
    """ 'وافق وزير الثقافة "الدكتور X بن Y" على تعيين …' (ext-t56): the office's holder named in quotes right after
    it is passed over with its quotes (a person named inside them), so the object after "على" is read; else ``k``."""
    if k >= len(tokens) or tokens[k].norm not in _QUOTE_PAIRS:
        return k
    sent, closing = tokens[k].sent, _QUOTE_PAIRS[tokens[k].norm]
    close = next((x for x in range(k + 1, min(len(tokens), k + _QUOTED_REACH))
                  if tokens[x].norm == closing and tokens[x].sent == sent), None)
    if close is None or not any(subjects.get(x, (0, ""))[1] == "person" for x in range(k + 1, close)):
        return k
    return close + 1


_ANNOUNCING = frozenset(fold(w) for w in ("أعلن", "أعلنت", "وأعلن", "وأعلنت", "كشف", "كشفت", "وكشف", "وكشفت"))
_ABOUT = fold("عن")
_ANNOUNCED_REACH = 6


def announced_approval(tokens: list[Token], i: int) -> bool:
    """ "وأعلنت الشركة عن موافقة الجمعية العامة على زيادة رأس المال": an approval noun after "عن" that an
    announcing verb a few words before governs is an approval given (its approver named after it) (ext-t33)."""
    sent = tokens[i].sent
    return i > 1 and tokens[i - 1].norm == _ABOUT and tokens[i - 1].sent == sent and any(
        tokens[x].norm in _ANNOUNCING and tokens[x].sent == sent for x in range(max(0, i - _ANNOUNCED_REACH), i - 1))


_BASED, _ON_WORD = fold("بناء"), fold("على")


def based_on(tokens: list[Token], i: int) -> bool:
    """ "بناءً على موافقة مجلس الإدارة …": the approval noun at ``tokens[i]`` is the ground of what is done, an
    approval given (its approver named after it, as after "صدرت")."""
    return i > 1 and tokens[i - 1].norm == _ON_WORD and tokens[i - 2].norm.lstrip("و") == _BASED \
        and tokens[i - 2].sent == tokens[i].sent


_SITTING_REACH = 40
"""How far after "في اجتماعه" the comma before the decided object may be (past the attendance list)."""


def _past_sitting(tokens: list[Token], k: int, subjects: dict[int, tuple[int, str]]) -> int:
    """ "أقر مجلس إدارة النادي في اجتماعه أمس بمقره بحضور رئيسه X ونائبه Y، توزيع المهام …": after the subject,
    the sitting where it decided (in its sentence, with its time, place and attendance) runs to the first comma
    before a word that opens no further attendee (no "و", no office, person or body): the object is after it;
    ``k`` itself when no sitting phrase opens there."""
    sent, start = tokens[k].sent, k
    glued = tokens[k].norm[:1] == "ب" and any(w in EVENTS.SESSION or w in EVENTS.MEETING
                                              for w in _unpossessed(tokens[k].norm[1:]))
    if glued:  # "اعتمد مجلس النواب بجلسته، آلية …": "ب" glued to the sitting noun (ext-t52)
        k -= 1
    elif not (k + 1 < len(tokens) and tokens[k].norm in ("في", "خلال") and tokens[k + 1].sent == sent
              and any(w in EVENTS.SESSION or w in EVENTS.MEETING for w in _unpossessed(tokens[k + 1].norm))):
        return k
    # "قرر الاتحاد خلال اجتماعه السبت الماضي وقف التعاقد …": no comma, the sitting's time words end it (ext-t33);
    # read first, so that a comma further on ("إيقاف X …، كما قررت …") does not end the sitting there (ext-t52)
    y = k + 2
    while y < len(tokens) and tokens[y].sent == sent and tokens[y].is_word and (
            tokens[y].norm in EVENTS.TIME_WORDS or tokens[y].norm in _SITTING_TIMES):
        y += 1
    if y > k + 2 and y < len(tokens) and tokens[y].sent == sent and tokens[y].is_word and y not in subjects \
            and tokens[y].norm[:1] not in "بل" and not (tokens[y].norm[:1] == "و" and tokens[y].norm[1:2] in "ابل") \
            and tokens[y].norm not in DECISIONS.NOT_OBJECT and not tokens[y].norm.isdigit() \
            and not is_stop(tokens[y].norm):
        return y  # (a word opening with "و" is read when no clitic follows it: "وقف التعاقد", not "والاتحاد")
    for x in range(k + 2, min(len(tokens) - 1, k + _SITTING_REACH)):
        if tokens[x].sent != sent:
            break
        nxt = tokens[x + 1]
        if tokens[x].norm in COMMAS and nxt.sent == sent and nxt.is_word and nxt.norm[:1] != "و" \
                and x + 1 not in subjects and nxt.norm not in lexicon().honorifics:
            return x + 1
    return start


def _unpossessed(norm: str) -> tuple[str, ...]:
    """A sitting noun and its forms without a possessive ("اجتماعه" → "اجتماع", "جلستها" → "جلسه")."""
    forms = [norm]
    for suffix in ("ها", "ه"):
        if norm.endswith(suffix) and len(norm) > len(suffix) + 2:
            stem = norm[: -len(suffix)]
            forms.append(stem[:-1] + "ه" if stem.endswith("ت") else stem)
    return tuple(forms)


_SITTING_TIMES = frozenset(fold(w) for w in ("الماضي", "الماضية", "الفائت", "المنصرم", "الأول", "أول"))


_RESOLVE_TO = frozenset({fold("قرر"), fold("قررت")})
"""A body's or an official's resolution to do something: "قررت اللجنة فرض رسم …" (its object the verbal noun
right after the subject)."""


def _past_subject(tokens: list[Token], k: int, subjects: dict[int, tuple[int, str]]) -> int:
    """The token after what may follow a resolving subject before its object: the body it belongs to ("لجنة …
    بالاتحاد المصري …"), its chair ("برئاسة X عضو مجلس …"), a comma."""
    sent = tokens[k].sent if k < len(tokens) else -1
    for _ in range(6):
        if k >= len(tokens) or tokens[k].sent != sent:
            break
        if k in subjects and tokens[k].norm[:1] == "ب" and subjects[k][1] == "body":
            k = subjects[k][0]  # "بالاتحاد المصري لكرة القدم"
        elif tokens[k].norm == _IN and k + 1 in subjects and subjects[k + 1][1] == "body":
            k = subjects[k + 1][0]  # "لجنة المسابقات في اتحاد الكرة …" (ext-t52)
        elif in_words(tokens[k].norm, ROLES.CHAIR) and k + 1 in subjects:
            k = subjects[k + 1][0]  # "برئاسة X"
        elif k in subjects and subjects[k][1] == "office" and tokens[k - 1].norm not in COMMAS:
            k = subjects[k][0]  # the chair's office after his name
        elif _PARTICIPLE.match(tokens[k].norm) and k + 1 < len(tokens):
            k += 1  # "قررت الحكومة اليمنية المعترف بها دوليا اليوم قطع …": a participle describing the subject
            while k < len(tokens) and tokens[k].sent == sent and (
                    (tokens[k].norm[:1] == "ب" and len(tokens[k].norm) <= 4) or tokens[k].norm in EVENTS.TIME_WORDS
                    or (tokens[k].norm.endswith("ا") and not tokens[k].article and len(tokens[k].norm) >= 5)):
                k += 1
        elif tokens[k].norm in COMMAS:
            k += 1
            if _apposed(tokens, k):  # "قررت الجامعة، المنضوية تحت لواء X، في بلاغ …، تعليق …": an apposition
                nxt = next((x for x in range(k, min(len(tokens), k + 12)) if tokens[x].norm in COMMAS
                            or tokens[x].sent != sent), None)
                if nxt is not None and tokens[nxt].sent == sent:
                    k = nxt
        else:
            break
    return k


_IN = fold("في")
_PARTICIPLE = regex.compile(r"^(الم\w{3,}|ال\wا\w\w)$")


def _apposed(tokens: list[Token], k: int) -> bool:
    """A comma-bounded phrase between a subject and what it resolves: a participle ("المنضوية تحت …"), a time
    ("الأربعاء الماضي") or a preposition ("في بلاغ …", "خلال اجتماعها …"); not the object itself ("تشكيل لجنة")."""
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    norm = tokens[k].norm
    return bool(_PARTICIPLE.match(norm)) or norm in EVENTS.TIME_WORDS or norm in _APPOSED_OPENERS


_APPOSED_OPENERS = frozenset({fold("في"), fold("خلال"), fold("يومه")})


_ON_REACH = 8
_STYLE_WORDS = PEOPLE.ROYAL_STYLE | PEOPLE.ROYAL_TITLES | frozenset({fold("السمو"), fold("الملكي")})
"""A royal style between an approving office and its holder's name ("صاحب السمو الملكي الأمير X")."""
"""How far after an approver "على" may open what he approved ("وافق البنك في اليوم نفسه على …")."""


_OVER = frozenset(fold(w) for w in ("على", "في"))


def body_complement(tokens: list[Token], last: int, i: int) -> bool:
    """ "أن مجلس الإشراف على الشركة قرر …" (ext-t157): between a body's name (ending before ``last``) and the verb
    at ``i`` stands nothing, or only what the body oversees, "على"/"في" and one definite noun, so the body is still
    the verb's subject."""
    if last == i:
        return True
    return last + 2 == i and tokens[last].norm in _OVER and tokens[last + 1].article \
        and tokens[last].sent == tokens[i].sent == tokens[last + 1].sent


def _subject_before(tokens: list[Token], i: int, subjects: dict[int, tuple[int, str]]) -> bool:
    """ "أن وزير الشؤون البلدية … اعتمد": an office or a body ends right before the verb and "أن" opens it (a body
    with what it oversees after its name: ``body_complement``)."""
    starts = [f for f, (last, kind) in subjects.items() if last == i or (kind == "body" and body_complement(tokens,
                                                                                                           last, i))]
    while starts:
        first = min(starts)
        if first > 0 and tokens[first - 1].norm in ("ان", "بان"):
            return subjects[first][1] != "person" or any(last == first and kind == "office"
                                                          for last, kind in subjects.values())
        starts = [f for f, (last, _) in subjects.items() if last == first]
    return False


_REPORTING = frozenset(fold(w) for w in ("أعلن", "أعلنت", "وأعلن", "وأعلنت", "قال", "قالت", "وقال", "وقالت", "أكد",
                                         "أكدت", "وأكد", "وأكدت", "ذكر", "ذكرت", "وذكر", "وذكرت", "أوضح", "أوضحت",
                                         "وأوضح", "وأوضحت", "أفاد", "أفادت", "وأفاد", "وأفادت", "كشف", "كشفت", "وكشف",
                                         "وكشفت"))
_IT_THAT = frozenset(fold(w) for w in ("أنه", "أنها", "بأنه", "بأنها", "إنه", "إنها"))
_REPORT_REACH = 12
_BEFORE_THAT = frozenset(fold(w) for w in ("في", "بيان", "له", "لها", "أمس", "اليوم", "،", ","))


def resumed_subject(tokens: list[Token], i: int, subjects: dict[int, tuple[int, str]]) -> int | None:
    """ "أعلن البنك المركزي الروسي أمس أنه قرر إنشاء وكالة …", "وقالت الوزارة في بيان إنها قررت …": a deciding
    verb right after "أنه/أنها" whose pronoun resumes the subject of the reporting verb before it, in its sentence
    (an office or a body right after that verb, only time words or "في بيان" between the subject and "أنه"): the
    first token of that subject, or None (ext-dec)."""
    if i < 3 or tokens[i - 1].norm not in _IT_THAT or tokens[i - 1].sent != tokens[i].sent:
        return None
    sent = tokens[i].sent
    for v in range(i - 2, max(-1, i - 2 - _REPORT_REACH), -1):
        if tokens[v].sent != sent:
            return None
        if tokens[v].norm not in _REPORTING:
            continue
        k = v + 1
        styles = lexicon().honorifics
        while k < i and k not in subjects and tokens[k].norm in styles:
            k += 1
        if k not in subjects or subjects[k][1] == "person":
            return None
        end = k
        while (end in subjects or (end > k and tokens[end].norm in styles)) and end < i - 1:
            end = subjects[end][0] if end in subjects else end + 1  # an office, then its holder's name (a style
            # between: "أكد وزير التعليم الدكتور X، أنه اعتمد …", dec)
        if end > i - 1 or any(tokens[x].norm not in _BEFORE_THAT and tokens[x].norm not in EVENTS.TIME_WORDS
                              for x in range(end, i - 1)):
            return None
        return k
    return None


def _sentence_end(tokens: list[Token], j: int) -> int:
    """The token after the end of ``tokens[j]``'s sentence (text.sentence_end), at most MAX_OBJECT tokens on."""
    return min(sentence_end(tokens, j), j + MAX_OBJECT)


_RECOMMEND_REACH = 30
"""How far after "أوصى" its object may be ("أوصى المجلس البلدي في محافظة …، خلال جلسته … أمس، بتوجيه …")."""


def _recommended_object(tokens: list[Token], i: int, subjects: dict[int, tuple[int, str]]
                        ) -> tuple[int, str] | None:
    """ "أوصى المجلس البلدي …، خلال جلسته …، بتوجيه خطاب …": what a body recommends is the first verbal noun behind
    "ب" after its subject (not inside a name, not "بالإجماع"), one decision (other)."""
    sent = tokens[i].sent
    named = {x for first, (last, _) in subjects.items() for x in range(first, last)}
    for k in range(i + 2, min(len(tokens), i + _RECOMMEND_REACH)):
        if tokens[k].sent != sent:
            return None
        norm = tokens[k].norm
        if norm in DECISIONS.ADMISSION:
            return None  # "أوصى المجلس بأن يتم الرفع …": a clause, which refers the matter on, decides nothing
        seat = norm[1:].removeprefix("ال")
        if norm[:1] == "ب" and len(norm) > 3 and k not in named and seat not in DECISIONS.SEATS \
                and fold("ال" + seat) not in DECISIONS.SEATS \
                and norm not in DECISIONS.MANNER and not in_words(norm, ROLES.CHAIR) \
                and not in_words(norm, ROLES.ATTEND):
            return k, "other"
    return None


_RESOLUTION_REACH = 4
"""How far before "بالموافقة" a resolution noun may be ("قراراً بالإجماع يقضي بالموافقة على …")."""


def _resolution_object(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """ "أصدرت المجموعة … قراراً بالإجماع يقضي بالموافقة على منح …": the approval a resolution makes, when its
    object names no decision kind, is one decision (other) at the object's first word."""
    sent = tokens[i].sent
    base = _base(tokens[i].norm)
    if tokens[i].norm[:1] != "ب" or (base not in DECISIONS.APPROVE_BY and base.removeprefix("ال")
                                     not in DECISIONS.APPROVE_BY):
        return None
    if not any(tokens[x].sent == sent and tokens[x].norm in EVENTS.RESOLUTION
               for x in range(max(0, i - _RESOLUTION_REACH), i)):
        return None
    if any(tokens[x].sent == sent and _resolve_cue(tokens, x) for x in range(max(0, i - MAX_OBJECT), i)):
        return None  # "أصدر المجلس قرارا … بالموافقة على …": the resolution is its decision already
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].norm in DECISIONS.ON and tokens[k + 1].sent == sent \
            and tokens[k + 1].is_word:
        return k + 1, "other"
    return None


_AND_RESOLVED = frozenset(fold(w) for w in ("وقرر", "وقررت"))
"""Besides [appoint_context]: "وقرر المجلس تعيين X …", the resolution verb after "و" (ext-t68)."""


def _appointment_base(norm: str) -> str:
    """The word ``_appointments`` reads: past a clitic "و" or "ب" only ("وتعيين", "بتعيين")."""
    return strip_clitic(norm)[0] if norm[:1] in "وب" else norm


def _may_appoint(norm: str) -> bool:
    """A word one of ``_appointments``' branches starts from: a nomination, a choice, "كلف", an appointment noun."""
    base = _appointment_base(norm)
    return base == _NOMINATION or base in _CHOSEN or norm in _ASSIGN_VERBS or norm in DECISIONS.APPOINT \
        or base in DECISIONS.APPOINT


@cache
def _appointing_forms() -> frozenset[str]:
    return forms_passing(_may_appoint, {_NOMINATION, *_CHOSEN, *_ASSIGN_VERBS, *DECISIONS.APPOINT})


def _appointments(text: str, tokens: list[Token], used: set[int]) -> list[DecisionMention]:
    out: list[DecisionMention] = []
    sents: set[int] = set()
    for k in where(tokens, _appointing_forms()):
        tok = tokens[k]
        base = _appointment_base(tok.norm)
        if tok.norm in DECISIONS.APPOINT and _approved_list_item(tokens, k):
            out.append(_appointment_at(text, tokens, k, repeated=False))  # "1 ـ تعيين X على وظيفة …" (ext-t132)
            continue
        if base == _NOMINATION and tok.sent not in sents and _resolved_list_item(tokens, k) and _nomination(tokens, k):
            sents.add(tok.sent)  # "تقرر ما يلي : 1- ترشيح X رئيساً لمجلس الإدارة" (ext-t46)
            out.append(_appointment_at(text, tokens, k, repeated=False))
            continue
        if base in _CHOSEN and tok.sent not in sents and _chosen_for(tokens, k):
            sents.add(tok.sent)  # "كما تم اختيار أعضاء اللجان …", "وتم انتخاب X رئيسا للمجلس" (ext-t46)
            out.append(_appointment_at(text, tokens, k, repeated=False))
            continue
        if tok.sent not in sents and assigned_to_role(tokens, k):
            sents.add(tok.sent)  # "كلف الوزير X الدكتور Y عضوا في مجلس إدارة …" (ext-t52)
            out.append(_appointment_at(text, tokens, k, repeated=False))
            continue
        if (tok.norm not in DECISIONS.APPOINT and base not in DECISIONS.APPOINT) or tok.sent in sents:
            continue
        if tok.norm == fold("عين") and k + 1 < len(tokens) and tokens[k + 1].norm == fold("اليوم"):
            continue  # "عين اليوم": a news outlet's name in a byline, not "appointed today"
        if base == _EYE and ((k + 1 < len(tokens) and tokens[k + 1].norm == _REGARD)
                             or (k > 0 and tokens[k - 1].norm == "في")):
            continue  # "أخذ بعين الاعتبار", "وضع في عين الاعتبار": the noun "eye", no appointment
        if tok.norm == _EYE and k > 0 and tokens[k - 1].sent == tok.sent and tokens[k - 1].norm in _NOUN_BEFORE:
            continue  # "في مناطق مثل عين العرب", "من عين …": a preposition governs a noun, never the verb "عين"
        if tok.norm == _EYE and k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent \
                and tokens[k + 1].norm[:1] == "ل" and tokens[k + 1].norm[:2] != "لا":
            continue  # "دار عين للدراسات والبحوث": the verb "عيّن" takes its appointee unmarked, never "ل" (ext-t138)
        if tok.norm == _EYE and _spring_place(tokens, k):
            continue  # "بغابة عين الحصن", "جماعة عين الشق": a place named after a spring, no appointment
        if tok.norm == _EYE and _eye_noun(tokens, k):
            continue  # "كوباني - عين العرب", "عين «X»", "في طرفة عين": a name or the noun "eye" (ext-t151)
        ctx = [tokens[x].norm for x in range(max(0, k - 3), k) if tokens[x].sent == tok.sent]
        if not any(w in DECISIONS.APPOINT_CONTEXT or w in _AND_RESOLVED for w in ctx) \
                and tok.norm not in (fold("عين"), fold("عينت")) \
                and tok.norm != fold("وعينت") and not _and_appointed(tokens, k) \
                and not _decreed(tokens, k) and not _among_taken(tokens, k) and not _decree_contains(tokens, k) \
                and not _resolved_by_subject(tokens, k) \
                and not (k > 0 and tokens[k - 1].norm in DECISIONS.DECREES and tok.norm[:1] == "ب"
                         and (tokens[k - 1].norm not in _DECREE_ADJECTIVES or tokens[k - 2].norm in DECISIONS.DECREES)):
            # "أقالت الرئيسة وزير الصحة، وعينت X وزيرا": coordinated; "أصدر الوزير قرارا بتعيين …": decreed
            continue
        if _charged_with_task(tokens, k):
            continue  # "تم تكليف الشاعر X بصياغة الكلمات": a task, no post (ext-t138)
        if _unnamed_plural(tokens, k) or _body_hired(tokens, k):
            continue  # "تم تكليف مراقبين لمتابعة …", "تعيين شركة X لتنفيذ …": a task staffed or contracted, no post
        if base in _NAMING and not _names_follow(tokens, k):
            continue  # "تمت تسمية الشارع باسم …": a street named, no one appointed
        sents.add(tok.sent)
        listed = _listed_count(tokens, k)
        if listed == 1:
            listed = _counted_appointees(tokens, k)
        if listed == 1:
            listed = _coordinated_appointees(tokens, k)
        if listed > 1:  # "تمت تسمية كل من X، وY، وZ أعضاء في اللجنة": one appointment per person listed
            out.extend(_appointment_at(text, tokens, k, repeated=False) for _ in range(listed))
            continue
        # "على تكليف X مستشارا …، وتكليف Y مديرا …": the same appointment noun repeated after "و" in the sentence
        # appoints one more each time (one decision per person)
        repeats = [x for x in range(k + 1, len(tokens)) if tokens[x].sent == tok.sent
                   and tokens[x].norm == "و" + base and base not in (fold("عين"), fold("عينت"))]
        out.extend(_appointment_at(text, tokens, at, repeated=at != k) for at in (k, *repeats))
    # "6 ـ نقل X من (…) إلى وظيفة (…)": a transfer listed among the approved appointments is one of them
    out.extend(_appointment_at(text, tokens, k, repeated=False) for k, tok in enumerate(tokens)
               if tok.norm == _TRANSFER and _approved_list_item(tokens, k))
    return out


_RESOLVED_SUBJECT_REACH = 12
"""How far before the appointment noun "قرر" and its subject (a long office and a name) may stand."""


def _resolved_by_subject(tokens: list[Token], k: int) -> bool:
    """ "وقرر مدير الجامعة الدكتور X تعيين الدكتور Y خلفا له" (ev22): "قرر" (bare or after و/ف) a few words before
    the appointment noun in its clause (no comma between), its subject between them: the decision appoints. Not past
    a sitting's frame ("قرر المجلس في اجتماعه أمس تعيين …", read as before)."""
    for x in range(k - 1, max(-1, k - 1 - _RESOLVED_SUBJECT_REACH), -1):
        if tokens[x].sent != tokens[k].sent or tokens[x].norm in COMMAS or tokens[x].norm in DURING_IN:
            return False
        if strip_clitic(tokens[x].norm, "وف")[0] in _RESOLVE_TO:
            return True
    return False


_DECREE_ADJECTIVES = frozenset(fold(w) for w in ("جمهوريا", "جمهوري", "رئاسيا", "رئاسي", "وزاريا", "وزاري", "أميريا",
                                                 "أميري"))
"""Adjectives of a decree ([decrees]): before "بتعيين" only after the decree noun ("قرارا جمهوريا بتعيين …")."""
_AMONG = frozenset(fold(w) for w in ("منها", "ومنها", "أبرزها", "وأبرزها", "أهمها", "وأهمها", "بينها"))
_TAKEN_REACH = 15
"""How far before "ومنها تعيين" the decisions it is one of may be named ("تم اتخاذ عدد من القرارات المهمة ومنها …")."""


def _among_taken(tokens: list[Token], k: int) -> bool:
    """ "وتم اتخاذ عدد من القرارات، ومنها تعيين X رئيسا …": an appointment noun right after "منها" (one of them)
    whose sentence names decisions taken before it."""
    sent = tokens[k].sent
    return k > 0 and tokens[k - 1].norm in _AMONG and any(
        tokens[x].sent == sent and tokens[x].norm.lstrip("و") in DECISIONS.TAKEN
        for x in range(max(0, k - _TAKEN_REACH), k - 1))


_EXTEND = frozenset(fold(w) for w in ("تمديد", "بتمديد"))
_CONTAINING = frozenset(fold(w) for w in ("المتضمن", "المتضمنة", "القاضي", "القاضية", "يقضي", "تقضي", "ويقضي",
                                          "بشأن"))


def _decree_contains(tokens: list[Token], k: int) -> bool:
    """ "صدر قرار الوزير … المتضمن تمديد تكليف X مديرا …", "أصدر قرارا بتمديد تكليف …": an appointment noun after a
    decree that contains it ("المتضمن", "القاضي بـ", "يقضي"), or extends it ("تمديد"), is that decree's."""
    sent, x = tokens[k].sent, k - 1
    if x >= 0 and tokens[x].norm in _EXTEND and tokens[x].sent == sent:
        if x > 0 and tokens[x].norm[:1] == "ب" and tokens[x - 1].norm in DECISIONS.DECREES:
            return True  # "قرارا بتمديد تكليف …"
        x -= 1
    return x > 0 and tokens[x].sent == sent and tokens[x].norm in _CONTAINING and any(
        tokens[y].sent == sent and tokens[y].norm in DECISIONS.DECREES for y in range(max(0, x - _DECREE_REACH), x))


_LARGE = frozenset(fold(w) for w in ("ألف", "آلاف", "الف", "الاف", "مليون", "ملايين", "مئة", "مائة", "مئات"))


def _counted_appointees(tokens: list[Token], k: int) -> int:
    """ "بتعيين ثلاثة مستشارين …": a count right after the appointment noun says how many persons were appointed
    (one decision each); 1 when none (nor "تعيين 20 ألف معلم", a hiring)."""
    n = _count_at(tokens, k + 1)
    if n is None or tokens[k + 1].sent != tokens[k].sent or k + 2 >= len(tokens) \
            or tokens[k + 2].norm in _LARGE or not tokens[k + 2].is_word:
        return 1
    return n


_COORDINATED_REACH = 60


def _coordinated_appointees(tokens: list[Token], k: int) -> int:
    """ "تعيين المهندس X مديراً لـ…، والمهندس Y مديراً لـ… والمهندس Z مديراً لـ…" (ext-t56): after the appointment
    noun, each role in the accusative ("مديراً", "عضواً") that a person coordinated by "و" (a style or a given name
    with it: "والمهندس", "وخالد") stands before appoints one more person; one person's two roles ("مديرا ونائبا")
    count once. 1 when there is no such list."""
    sent, first_names, styles = tokens[k].sent, lexicon().first_names, lexicon().honorifics
    count, joined = 0, False
    for x in range(k + 1, min(len(tokens), k + _COORDINATED_REACH)):
        norm = tokens[x].norm
        if tokens[x].sent != sent:
            break
        if norm[:1] == "و" and len(norm) > 2 and (norm[1:] in styles or norm[1:] in first_names):
            joined = True
        elif norm in _ROLES_AS and (count == 0 or joined):
            count, joined = count + 1, False
    return max(count, 1)


_EYE, _REGARD = fold("عين"), fold("الاعتبار")
_NOUN_BEFORE = frozenset(fold(w) for w in ("مثل", "ومثل", "من", "في", "إلى", "على", "عن", "حتى", "نحو", "بين", "منذ",
                                           "لدى", "عند", "قرب", "ضمن", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب",
                                           "(", "«", '"', "“"))
"""Words that govern a noun: "عين" right after one is a noun (a spring, a place, an eye), not the verb "عيّن"; nor is
it after an opening bracket or quote ("«عين نجم»", "(عين العرب)"), where a name starts."""


def _spring_place(tokens: list[Token], k: int) -> bool:
    """ "عين" at ``k`` opens a place's name: a place noun in construct stands right before it ("بغابة عين الحصن",
    "جماعة عين الشق"; [spring_places]), or the gazetteer knows a place of two words or more from it ("عين حرودة")."""
    if k > 0 and tokens[k - 1].sent == tokens[k].sent and not tokens[k - 1].article \
            and in_words(tokens[k - 1].norm, DECISIONS.SPRING_PLACES):
        return True
    return place_len(tokens, k) >= 2


_ALIAS_MARKS = frozenset({"-", "–", "ـ", "/"})
_NAME_OPENERS = frozenset({"«", '"', "“", "("})
_EYE_IDIOMS = frozenset(fold(w) for w in ("طرفة", "غمضة", "لمح", "لمحة", "بمثابة", "كل", "رأي", "باسم", "اسم"))


def _eye_noun(tokens: list[Token], k: int) -> bool:
    """ "عين" at ``k`` is a noun, not the verb "عيّن": after a dash or a slash that gives a place's other name
    ("كوباني - عين العرب") or after "باسم" ("تعرف باسم عين العرب"), before a quote or a bracket that opens a name
    ("تحولت عين «الجوهرية»"; the verb's appointee is never quoted), or in an idiom of the eye ("في طرفة عين",
    "بمثابة عين تراقب", "ليس كل عين ترى") (ext-t151)."""
    sent = tokens[k].sent
    before = tokens[k - 1] if k > 0 and tokens[k - 1].sent == sent else None
    after = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].sent == sent else None
    if before is not None and (before.norm in _ALIAS_MARKS or before.norm in _EYE_IDIOMS):
        return True
    if after is not None and after.norm in _VERY_WORDS:
        return True  # "يلبس عين ذلك اللباس", "عين ذاته": "the very" (dec3s)
    return after is not None and after.norm in _NAME_OPENERS


_VERY_WORDS = frozenset(fold(w) for w in ("ذلك", "ذاك", "تلك", "ذاته", "ذاتها", "نفسه", "نفسها"))


_AND_APPOINTED = fold("وعين")


def _and_appointed(tokens: list[Token], k: int) -> bool:
    """ "وعين المهندس X مديرا لمركز المعلومات": "وعين" is the verb when a style or a name follows (not "وعين الماء")."""
    if tokens[k].norm != _AND_APPOINTED or k + 1 >= len(tokens) or tokens[k + 1].sent != tokens[k].sent:
        return False
    return tokens[k + 1].norm in lexicon().honorifics or is_name_start(tokens, k + 1)


_NAMING = frozenset({fold("تسمية")})
"""An appointment noun only before the persons named ("تمت تسمية كل من X …", "تسمية X رئيسا …")."""
_EACH, _OF = fold("كل"), fold("من")
_LIST_SEPARATORS = frozenset({"،", ",", "-", "ـ", "–"})


def _names_follow(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent and (
        tokens[k + 1].norm == _EACH or is_name_start(tokens, k + 1))


def _listed_count(tokens: list[Token], k: int) -> int:
    """How many persons "كل من" lists right after the appointment noun at ``k`` ("تعيين كل من X، وY وZ …"): items
    open after a separator or at "و" + a given name, and the list ends at a word that cannot open a name (the
    office they were appointed to, "أعضاء", a preposition); 1 when there is no such list."""
    n, sent = len(tokens), tokens[k].sent
    if not (k + 3 < n and tokens[k + 1].norm == _EACH and tokens[k + 2].norm == _OF):
        return 1
    first_names = lexicon().first_names
    items, size, x = 0, 0, k + 3
    while x < n and x < k + 60 and tokens[x].sent == sent:
        tok = tokens[x]
        if not tok.is_word:
            if tok.norm not in _LIST_SEPARATORS:
                break
            size = 0
            x += 1
            continue
        bare = tok.norm[1:] if tok.norm[:1] == "و" and tok.norm not in first_names else tok.norm
        opens = size == 0 or (tok.norm[:1] == "و" and tok.norm not in first_names and bare in first_names)
        if opens:
            if size == 0 and (tok.article or (bare.endswith(("ا", "اء")) and bare not in first_names)
                              or bare in ("في", "على", "الى", "من", "عن")):
                break  # "… أعضاء في لجنة …", "… مستشارا": what they were appointed to
            items += 1
            size = 1
        else:
            size += 1
            if size > 5:
                break
        x += 1
    return items


_ASSIGN_VERBS = frozenset(fold(w) for w in ("كلف", "كلفت", "وكلف", "وكلفت"))
_ROLES_AS = frozenset(fold(w) for w in ("عضوا", "عضوة", "رئيسا", "رئيسة", "مديرا", "مديرة", "مستشارا", "مستشارة",
                                         "نائبا", "أمينا", "مشرفا", "مشرفة", "متحدثا", "ناطقا", "منسقا", "مساعدا"))
_ROLE_REACH = 30


def assigned_to_role(tokens: list[Token], k: int) -> bool:
    """ "كلّف الوزير X الدكتور Y وكيل الوزارة عضواً في مجلس إدارة الهيئة …" (ext-t52): the verb "كلّف" opening its
    clause (not "كلفة", "تكاليف") with a role in the accusative after it in its sentence ("عضواً", "رئيساً", "مديراً")
    appoints; without such a role it charges with a task ("كلف الوزير لجنة بدراسة …") and appoints no one. A given
    name right after the verb reads it as a passive ("فيما كُلّف X بالعمل نائبا …"): a detail of a decision told
    before it, not one of its own."""
    if tokens[k].norm not in _ASSIGN_VERBS:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].norm in lexicon().first_names:
        return False
    sent = tokens[k].sent
    for x in range(k + 2, min(len(tokens), k + _ROLE_REACH)):
        if tokens[x].sent != sent:
            return False
        if tokens[x].norm in _ROLES_AS:
            return True
        if tokens[x].norm in COMMAS and x + 1 < len(tokens) and tokens[x + 1].norm in _NEW_CLAUSE_OPENERS:
            return False  # "كلف خزينة النادي قرابة المليون، مع الإشارة إلى … جهازا فنيا مساعدا": a role past a
            # comma and a preposition that opens a clause of its own is not the one assigned (dec3s)
        if tokens[x].norm[:1] == "ب" and _task_word(tokens[x].norm):
            return False  # "كلفت الرئاسة القسم القانوني بدراسة الاعتراضات …": a task before any role (ext-t138; not
            # "ل", which opens an office's field: "الرئيس العام لرعاية الشباب")
    return False


_NEW_CLAUSE_OPENERS = frozenset(fold(w) for w in ("مع", "في", "إلى", "على", "من", "عن", "رغم", "بعد", "قبل"))
"""Prepositions that, after a comma, open a clause of their own (dec3s)."""
_CHARGE = fold("تكليف")
_TASK_REACH = 8
_POST_DUTIES = frozenset(fold(w) for w in ("مهام", "مهمات", "أعمال", "عمل", "العمل", "إدارة", "تسيير", "رئاسة",
                                           "منصب", "وظيفة", "قيادة", "الإشراف", "إشراف", "مهمة"))
"""Nouns behind "ب" after "تكليف X" that name a post's duties, not a task: "بمهمات مدير …", "بأعمال رئيس الهيئة",
"بالعمل مستشارا", "بإدارة فرع الوزارة" (an acting head is appointed)."""
_COUNT_OF = frozenset(fold(w) for w in ("عدد", "عددا", "بعض"))


def _behind_b_or_l(norm: str) -> str | None:
    """The noun of a word behind "ب" or "ل" (and the article), when it has four letters or more."""
    if norm[:2] == "لل":
        rest = norm[2:]
    elif norm[:1] in "بل":
        rest = norm[1:]
        rest = rest[2:] if rest[:2] == "ال" else rest
    else:
        return None
    return rest if len(rest) >= 4 else None


def _task_word(norm: str) -> bool:
    """A verbal noun behind "ب" or "لل" that is a task, not a post's duties ("بدراسة", "بصياغة", "للمشاركة"); "ل"
    without the article opens an office's field ("الرئيس العام لرعاية الشباب"), no task."""
    if norm[:1] == "ل" and norm[:2] != "لل":
        return False
    rest = _behind_b_or_l(norm)
    return rest is not None and rest[-1] == "ه" and rest not in _POST_DUTIES and "ال" + rest not in _POST_DUTIES


def _charged_with_task(tokens: list[Token], k: int) -> bool:
    """ "تم تكليف الشاعر X بصياغة الكلمات", "تكليف أعضاء من المجلس للمشاركة في الاحتفالات", "تكليف عدد من
    المراقبين": "تكليف" that charges with a task (a verbal noun behind "ب"/"ل" before any role in the accusative) or
    charges an unnamed number of people appoints no one to a post (ext-t138)."""
    if _appointment_base(tokens[k].norm) != _CHARGE:
        return False
    sent = tokens[k].sent
    if k + 1 < len(tokens) and tokens[k + 1].sent == sent and tokens[k + 1].norm in _COUNT_OF:
        return not any(tokens[x].norm in _ROLES_AS for x in range(k + 2, min(len(tokens), k + _ROLE_REACH))
                       if tokens[x].sent == sent)
    if k + 1 < len(tokens) and tokens[k + 1].sent == sent and tokens[k + 1].norm in _CHARGED_BODIES:
        return True  # "تم تكليف رابطة الدوري بإطلاق …", "تكليف لجنة …": a body is charged, no one appointed (dec3s)
    for x in range(k + 1, min(len(tokens), k + _TASK_REACH)):
        if tokens[x].sent != sent or tokens[x].norm in COMMAS or tokens[x].norm in _ROLES_AS:
            return False
        if _behind_b_or_l(tokens[x].norm) is not None:
            return _task_word(tokens[x].norm)  # the first "ب"/"ل" noun: a task, or a post's duties or place
    return False


_APPOINTMENT = fold("تعيين")
_UNNAMED_NOUNS = frozenset({_CHARGE, _APPOINTMENT})


def _unnamed_plural(tokens: list[Token], k: int) -> bool:
    """ "تم تكليف مراقبين وإداريين لمتابعة …": an appointment noun whose object is an indefinite plural of people (a
    word in "ين" with no article that is no given name), then a verbal noun of purpose ("لمتابعة", "بمراقبة"), and
    that no role in the accusative ("مديرا", "أعضاء") follows in its sentence staffs a task with people it does not
    name: no appointment to a post (s13-dec6). A count before the plural ("تعيين 25 قاضيا") is no such object."""
    if _appointment_base(tokens[k].norm) not in _UNNAMED_NOUNS or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    sent = tokens[k].sent
    if nxt.sent != sent or not nxt.is_word or nxt.article or not nxt.norm.endswith("ين") or len(nxt.norm) < 5 \
            or nxt.norm in lexicon().first_names or is_name_start(tokens, k + 1):
        return False
    x = k + 2
    while x < len(tokens) and tokens[x].sent == sent and tokens[x].norm[:1] == "و" and tokens[x].norm.endswith("ين"):
        x += 1  # "مراقبين وإداريين"
    behind = next((t.norm for t in tokens[x : x + _PURPOSE_REACH] if t.sent == sent and t.is_word
                   and t.norm[:1] in "لب"), None)  # "مراقبين خلال فترة العيد لمتابعة …": past a time phrase
    if behind is None or not _purpose(behind):
        return False  # "تعيين ممثلين للشركة لدى الهيئة": no task named, the golds split (tuning43, 68)
    return not any(tokens[x].norm in _ROLES_AS or tokens[x].norm in _MEMBERS_OF
                   for x in range(k + 2, min(len(tokens), k + _ROLE_REACH)) if tokens[x].sent == sent)


_PURPOSE_REACH = 5
_HIRED_REACH = 8
"""How far after the body an appointment noun names its task may be ("تعيين شركة "X" الصينية لتنفيذ …")."""


def _body_hired(tokens: list[Token], k: int) -> bool:
    """ "عن تعيين شركة "X" الصينية لتنفيذ التصاميم …": "تعيين" whose object is a body (a company, an office) and
    whose first word behind "ل"/"ب" is a verbal noun of purpose ("لمتابعة", or "لت…": "لتنفيذ", "لتشغيل") hires a
    contractor for a task: no one appointed to a post (s13-dec6; "تكليف" + a body is read by
    ``_charged_with_task``; "تعيين شركة X كمدير للطرح" names no task)."""
    if _appointment_base(tokens[k].norm) != _APPOINTMENT or k + 1 >= len(tokens):
        return False
    sent = tokens[k].sent
    if tokens[k + 1].sent != sent or tokens[k + 1].norm not in _CHARGED_BODIES:
        return False
    behind = next((t.norm for t in tokens[k + 2 : k + 2 + _HIRED_REACH] if t.sent == sent and t.is_word
                   and t.norm[:1] in "لب"), None)
    return behind is not None and (_purpose(behind) or (behind[:2] == "لت" and len(behind) >= 6))  # "لتنفيذ"


def _purpose(norm: str) -> bool:
    """An indefinite verbal noun of purpose behind "ل" or "ب" ("لمتابعة", "بمراقبة"), not a definite noun ("للشركة")."""
    return norm[:1] in "لب" and norm[1:3] != "ال" and norm[:2] != "لل" and norm.endswith("ه") and len(norm) > 4


_CHARGED_BODIES = frozenset(fold(w) for w in ("لجنة", "اللجنة", "هيئة", "الهيئة", "رابطة", "الرابطة", "وزارة",
                                               "الوزارة", "إدارة", "الإدارة", "الجهات", "جهات", "الجهة", "جهة", "فرق",
                                               "مكتب", "المكتب", "الأمانة", "أمانة", "شركة", "الشركة",
                                               "مجلس", "المجلس", "الإمارة", "إمارة", "المديرية", "مديرية"))
"""A body's kind right after "تكليف": the body is charged with a task; only persons are appointed (dec3s). Not
"الفريق", also a military rank ("تكليف الفريق أول X رئيسا للأركان")."""


def _object_end(tokens: list[Token], k: int, reach: int = 12, ends: frozenset[str] = COMMAS) -> int:
    """The end (exclusive) of a decision's object that opens at ``tokens[k]``: up to the first of ``ends`` (the next
    comma), the sentence's end or ``reach`` words, without the marks it closes on."""
    end = k + 1
    while end < len(tokens) and end - k < reach and tokens[end].sent == tokens[k].sent and tokens[end].norm not in ends:
        end += 1
    while end - 1 > k and not tokens[end - 1].is_word:
        end -= 1
    return end


def _appointment_at(text: str, tokens: list[Token], k: int, *, repeated: bool) -> DecisionMention:
    """The appointment at ``tokens[k]``, its object up to the next comma (a repeated noun without its "و")."""
    end = _object_end(tokens, k)
    start = tokens[k].start + (1 if repeated else 0)
    return DecisionMention(k, end, "appointment", "other", text[start : tokens[end - 1].end], None)


_DECREE_REACH = 15
"""How far before "على تكليف" the decisions that decree it may be named ("ونصت القرارات التي أصدرها الوزير …")."""


def _decreed(tokens: list[Token], k: int) -> bool:
    """ "ونصت القرارات التي أصدرها الوزير على تكليف …": an appointment noun right after "على" whose sentence names
    decisions before it is what they decree."""
    sent = tokens[k].sent
    return k > 0 and tokens[k - 1].norm in DECISIONS.ON and any(
        tokens[x].sent == sent and tokens[x].norm.lstrip("و") in DECISIONS.TAKEN
        for x in range(max(0, k - _DECREE_REACH), k - 1))


def _may_agree(norm: str, firsts: frozenset[str]) -> bool:
    """An agreement word, bare or behind a clitic, or the first word of a two-word one ("مذكرة تفاهم")."""
    base = _base(norm)
    return norm in AGREEMENTS.AGREEMENT_WORDS or base in AGREEMENTS.AGREEMENT_WORDS or base in firsts


@cache
def _agreement_forms() -> frozenset[str]:
    firsts = frozenset((AGREEMENTS.MEMO[0], *(pair[0] for pair in AGREEMENTS.AGREEMENT_TWO)))
    return forms_passing(lambda norm: _may_agree(norm, firsts), AGREEMENTS.AGREEMENT_WORDS | firsts)


def find_partnerships(text: str, tokens: list[Token], insts: list[InstMention]) -> list[PartnershipMention]:
    out: list[PartnershipMention] = []
    done: set[int] = set()
    used: set[int] = set()
    unnamed: list[int] = []  # signed agreements read, with or without parties
    for k in where(tokens, _agreement_forms()):
        tok = tokens[k]
        base = _base(tok.norm)
        memo = k + 1 < len(tokens) and ((base, tokens[k + 1].norm) == AGREEMENTS.MEMO
                                        or (base, tokens[k + 1].norm) in AGREEMENTS.AGREEMENT_TWO)
        agreement = tok.norm in AGREEMENTS.AGREEMENT_WORDS or base in AGREEMENTS.AGREEMENT_WORDS
        if not (agreement or memo) or tok.sent in done \
                or k in used:
            continue
        sent = tok.sent
        window = [x for x in range(max(0, k - 15), min(len(tokens), k + 3)) if tokens[x].sent == sent]
        signer = _far_signer(tokens, k, window)
        if signer is not None:
            window = [signer, *window]  # "وقعت إدارة النادي ممثلة بنائب رئيسها … X مذكرة تعاون مع …" (dec)
        if not any((in_words(tokens[x].norm, AGREEMENTS.SIGN) and not signed_earlier(tokens, x))
                   or in_words(tokens[x].norm, DECISIONS.APPROVE) for x in window):
            continue
        if _not_signed(tokens, window):
            continue
        unnamed.append(k)
        listed = _listed_parties(tokens, insts, k)
        if listed:
            done.add(sent)
            out.extend(PartnershipMention(k, m.last, [m], None) for m in listed)
            continue
        between = next((x for x in range(k, min(len(tokens), k + 8))
                        if tokens[x].sent == sent and tokens[x].norm in ("بين", "مع")), None)
        if between is None:
            between = _far_between(tokens, k)
        if between is None:
            signers = _signers(tokens, insts, window)
            if len(signers) < 2:
                signers = _on_behalf(tokens, insts, k)  # "ووقع الاتفاقية عن X مديرها، وعن Y …" (ext-t68)
            if len(signers) >= 2 and not any({id(m) for m in o.parties} == {id(m) for m in signers}
                                           or (_agreement_restated(tokens, k) and {fold(m.name) for m in o.parties}
                                               < {fold(m.name) for m in signers})
                                           for o in out):
                # (nor "وقع X اتفاقية مع Y … . وقد تم توقيع الاتفاقية …، ووقعها عن X …، وعن Y …": the agreement read
                # before, its signers named again, ext-t89); the signers may come after the agreement word
                out.append(PartnershipMention(min(k, *(m.first for m in signers)),
                                              max(k + 1, *(m.last for m in signers)), signers, None))
            continue
        top = _party_list(tokens, insts, between + 1) or _second_party(tokens, insts, between)
        if not top and tokens[between].norm == "مع":
            top = _signers(tokens, insts, window)  # "وقعت الجمعية اتفاقية … مع المتبرع X": the body that signed
        if not top:
            top = _on_behalf(tokens, insts, k)  # "بين الجانبين، حيث وقعها عن X …، وعن Y …" (ext-t68)
        if not top:
            continue
        used.update(range(k, between + 1))
        if any({id(m) for m in top} == {id(m) for m in o.parties} for o in out):
            continue
        end = max(m.last for m in top)  # the signers may come before the agreement ("وقعت X اتفاقية … مع Y")
        if _each_party(tokens, k, between, top):  # "ثلاث اتفاقيات مع كل من X، وY، وZ": one agreement each
            out.extend(PartnershipMention(k, m.last, [m], None) for m in top)
            continue
        out.append(PartnershipMention(min(k, *(m.first for m in top)), max(end, k + 1), top, None))
    if unnamed and not out:
        out.extend(_partnership_between(tokens, insts))
    return out


_FAR_SIGNER = 30
_SIGNING_VERBS = frozenset(fold(w) for w in ("وقع", "ووقع", "وقعت", "ووقعت", "أبرم", "وأبرم", "أبرمت", "وأبرمت"))


def _far_signer(tokens: list[Token], k: int, window: list[int]) -> int | None:
    """ "وقعت إدارة نادي X ممثلة بنائب الرئيس والمشرف العام على مسابقة … Y مذكرة تعاون …" (dec): the signing verb
    that opens the agreement's sentence, further back than the window reads (the signer's long description between),
    when no signing word stands in the window and no other agreement word between: its index, or None."""
    if not window or any(in_words(tokens[x].norm, AGREEMENTS.SIGN) for x in window):
        return None
    sent = tokens[k].sent
    if any(tokens[x].norm in _CLAUSE_BREAKS for x in window if x < k):
        return None  # "وقعت الحادثة …، وبحث الجانبان مذكرة …": a clause of its own before the agreement
    for x in range(window[0] - 1, max(-1, k - _FAR_SIGNER), -1):
        if tokens[x].sent != sent or tokens[x].norm in _CLAUSE_BREAKS or _may_agree(tokens[x].norm, frozenset()):
            return None
        if tokens[x].norm in _SIGNING_VERBS:
            return x if x == 0 or tokens[x - 1].sent != sent else None
    return None


_FAR_BETWEEN = 16


def _far_between(tokens: list[Token], k: int) -> int | None:
    """ "ووافق على اتفاقية التزام للبحث عن البترول واستغلاله في منطقة X بالصحراء الغربية بين جمهورية مصر العربية
    والهيئة …": the agreement's own "بين" may come after a long purpose, when no comma, no other agreement word and
    no other "بين"/"مع" stands between (ext-t138)."""
    sent = tokens[k].sent
    for x in range(k + 1, min(len(tokens), k + _FAR_BETWEEN)):
        t = tokens[x]
        if t.sent != sent or t.norm in ("،", ",", "مع") or _may_agree(t.norm, frozenset()):
            return None
        if t.norm == "بين":
            return x
    return None


def _agreement_restated(tokens: list[Token], k: int) -> bool:
    """ "وقد تم توقيع الاتفاقية …", "توقيع اتفاقية التعاون …": a definite agreement word (or one in construct with a
    definite "التعاون، التفاهم، الشراكة") tells again of an agreement read before, not of another one (ext-t89)."""
    return tokens[k].article or strip_clitic(tokens[k].norm)[0].startswith(fold("ال")) or (
        k + 1 < len(tokens) and tokens[k + 1].norm in _DEFINITE_OBJECTS)


_ON_BEHALF = frozenset(fold(w) for w in ("عن", "وعن"))
_SIGNED_FOR = (fold("وقع"), fold("ووقع"))


def _on_behalf(tokens: list[Token], insts: list[InstMention], k: int) -> list[InstMention]:
    """ "وقع الاتفاقية عن الجامعة X مديرها، وعن الشركة Y رئيسها": the bodies the signers signed for ("عن" right before
    each), in the agreement's sentence after it — its parties when there are two or more."""
    starts = {m.first: m for m in insts}
    end = k + 1
    while end < len(tokens) - 1 and tokens[end].sent == tokens[k].sent:
        end += 1
    at = [x for x in range(k + 1, end) if tokens[x].norm in _ON_BEHALF and x + 1 in starts]
    if len(at) < 2 or not any(in_words(tokens[y].norm, AGREEMENTS.SIGN) or tokens[y].norm.startswith(_SIGNED_FOR)
                              for y in range(max(0, at[0] - 3), at[0])):
        return []  # the first "عن" right after the signing ("وقّع الاتفاقية عن …", "وقعها عن …"), not "تحدث عن …"
    return [starts[x + 1] for x in at]


_POSSIBLE = frozenset(fold(w) for w in ("إمكانية", "امكانية", "إمكان", "سبل", "آفاق"))
"""Before a signing word, words that make the agreement discussed or possible, not signed ("بحث … إمكانية توقيع …")."""


_AGREED_TO = frozenset(fold(w) for w in ("اتفق", "اتفقا", "اتفقت", "اتفقوا", "اتفقتا"))
_AGREED_REACH = 4


def signing_to_come(tokens: list[Token], i: int) -> bool:
    """ "بحث الجانبان سبل توقيع مذكرة …", "واتفق الجانبان على توقيع اتفاقية …": a signing word right after a word of
    possibility, or after "على" when a verb of agreeing comes a few words before: a signing looked into or agreed on
    for later, none done (ext-t68)."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent:
        return False
    if tokens[i - 1].norm in _POSSIBLE:
        return True
    return tokens[i - 1].norm in DECISIONS.ON and any(
        tokens[x].sent == tokens[i].sent and (tokens[x].norm in _AGREED_TO or tokens[x].norm[1:] in _AGREED_TO)
        for x in range(max(0, i - _AGREED_REACH), i - 1))


_SIGNED_PARTICIPLES = frozenset(fold(w) for w in ("الموقعة", "الموقع", "المبرمة", "المبرم"))
_DEFINITE_OBJECTS = frozenset(fold(w) for w in ("التفاهم", "التعاون", "الشراكة"))


def signed_earlier(tokens: list[Token], i: int) -> bool:
    """ "في إطار الاتفاقية الموقعة بين X وY", "مذكرة التفاهم المبرمة مع …": a signed participle right after a definite
    agreement, its parties right after it, names an agreement signed before, when the text tells no signing of its
    own (no other signing word: "وقعت …", "حفل توقيع …"): no signing reported, no agreement signed (ext-t68)."""
    if tokens[i].norm not in _SIGNED_PARTICIPLES or i == 0 or i + 1 >= len(tokens) \
            or tokens[i - 1].sent != tokens[i].sent or tokens[i + 1].norm not in ("بين", "مع"):
        return False
    before = strip_clitic(tokens[i - 1].norm)[0]  # (ev13) "وفقا للاتفاقية الموقعة بين …", "عملا بالاتفاقية …"
    if not ((before in AGREEMENTS.AGREEMENT_WORDS and before.startswith("ال")) or before in _DEFINITE_OBJECTS):
        return False
    return not any(in_words(t.norm, AGREEMENTS.SIGN) and t.norm not in _SIGNED_PARTICIPLES for t in tokens)


_AUTHORIZING = frozenset(fold(w) for w in ("تفويض", "بتفويض"))
_AUTHORIZED_REACH = 8
"""How far before a signing word the authorization noun may be (the authorized office between them)."""


def _not_signed(tokens: list[Token], window: list[int]) -> bool:
    """ "بحث الجانبان إمكانية توقيع اتفاقية …", "وسيتم توقيع مذكرة تفاهم …": the signing word of the agreement's
    sentence is only possible, demanded or expected (a [not_decided] word or "إمكانية" within three words before
    it), or future ("سيوقع", "ستوقع"): no agreement signed."""
    for x in window:
        norm = tokens[x].norm
        if not in_words(norm, AGREEMENTS.SIGN):
            continue
        if norm.startswith(("سيوق", "ستوق", "وسيوق", "وستوق")):
            return True
        before = [tokens[y].norm for y in range(max(0, x - 3), x) if tokens[y].sent == tokens[x].sent]
        if "،" in before or "," in before:  # "بحث الجانبان سبل التعاون، ووقعا …": a clause of its own (ext-t68)
            before = before[max(before.index(c) for c in COMMAS if c in before) + 1 :]
        if any(w in _AUTHORIZING or w[1:] in _AUTHORIZING for w in (tokens[y].norm for y in range(
                max(0, x - _AUTHORIZED_REACH), x) if tokens[y].sent == tokens[x].sent)):
            return True  # "تفويض وزير الشؤون البلدية والقروية بالتوقيع على …": authorized to sign (ext-t68)
        return signing_to_come(tokens, x) or any(
            w in DECISIONS.NOT_DECIDED or strip_clitic(w, "و")[0] in DECISIONS.NOT_DECIDED or w in _POSSIBLE
            for w in before)
    return False


def _partnership_between(tokens: list[Token], insts: list[InstMention]) -> list[PartnershipMention]:
    """ "ثمرة اتفاقية تم توقيعها اليوم …" with no party in its sentence, and elsewhere "ثمرة شراكة بين X وY من جهة،
    وZ من جهة أخرى": the agreement signed is that partnership, its parties the bodies listed on either side."""
    for k, tok in enumerate(tokens[:-1]):
        if strip_clitic(tok.norm)[0] not in AGREEMENTS.PARTNERSHIP or tokens[k + 1].norm != "بين":
            continue
        parties = _party_list(tokens, insts, k + 2)
        x = max((m.last for m in parties), default=k + 2)
        side = [t.norm for t in tokens[x : x + 4]]
        if side[:1] == ["،"]:
            side = side[1:]
        if parties and side[:2] == ["من", "جهه"]:  # the other side, after "من جهة،"
            y = x + 1 + side.index("جهه") + 1
            while y < len(tokens) and not tokens[y].is_word:
                y += 1
            parties += _party_list(tokens, insts, y)
        if len(parties) >= 2:
            return [PartnershipMention(k, max(m.last for m in parties), parties, None)]
    return []


_EACH_OF = (fold("كل"), fold("من"))


def _each_party(tokens: list[Token], k: int, between: int, parties: list[InstMention]) -> bool:
    """ "وقعت الوزارة ثلاث اتفاقيات مع كل من X، وY، وZ": agreements counted (or in the plural) with "كل من" before
    their listed parties are one agreement with each of them (the host, the signer, in all)."""
    if len(parties) < 2 or tokens[between].norm != "مع" or between + 2 >= len(tokens) \
            or (tokens[between + 1].norm, tokens[between + 2].norm) != _EACH_OF:
        return False
    count = _count_at(tokens, k - 1) or _count_at(tokens, k)
    return count is not None or tokens[k].norm.lstrip("و") in _PLURAL_AGREEMENTS


_PLURAL_AGREEMENTS = frozenset(fold(w) for w in ("اتفاقيات", "الاتفاقيات", "مذكرات", "اتفاقات"))
_SECOND_REACH = 12
"""How far after "بين" the "و" of a second party may be when the first is no institution found."""


def _second_party(tokens: list[Token], insts: list[InstMention], between: int) -> list[InstMention]:
    """ "توقيع بروتوكول بين مهرجان «…» وجمعية الثقافة والفنون": when the first party after "بين" is no institution
    found (a festival, a quoted name), the one after its "و" is still a party (no comma nor other "بين" between)."""
    if tokens[between].norm != "بين":
        return []
    starts = {m.first for m in insts}
    represented = False  # "بين كل من الإمارة ممثلة في وكيلها X، ومكتب …": a comma after who signed for the first
    limit = between + _SECOND_REACH
    x = between + 2
    while x < min(len(tokens), limit):
        if tokens[x].sent != tokens[between].sent or tokens[x].norm == "بين":
            return []
        if tokens[x].norm in _REPRESENTED:
            represented, limit = True, max(limit, x + _REPRESENTED_REACH)
        elif tokens[x].norm in COMMAS:
            if not represented:
                return []
            represented, limit = False, x + 2
        elif x in starts and tokens[x].norm[:1] == "و":
            return _party_list(tokens, insts, x)
        x += 1
    return []


def _signers(tokens: list[Token], insts: list[InstMention], window: list[int]) -> list[InstMention]:
    """The bodies a signing verb has as its subject: "وقع X وY، مؤخرا، اتفاقية تعاون", "ووقعت X وY …" (ext-t68)."""
    for x in window:
        verb = tokens[x].norm[1:] if tokens[x].norm[:2] == "وو" else tokens[x].norm
        if verb in AGREEMENTS.SIGN and not verb.startswith(("ال", "تو")):
            found = _party_list(tokens, insts, x + 1)
            after = max((m.last for m in found), default=x + 1)
            if found and after + 1 < len(tokens) and tokens[after].norm == "مع" \
                    and tokens[after].sent == tokens[x].sent:
                found = found + _party_list(tokens, insts, after + 1)  # "وقعت X مع Y ثلاث مذكرات تفاهم"
            return found
    return []


def _listed_parties(tokens: list[Token], insts: list[InstMention], k: int) -> list[InstMention]:
    """ "شملت الاتفاقيات الموقعة كلا من: X، وY…" with one agreement per listed party, line by line."""
    sent = tokens[k].sent
    colon = next((x for x in range(k, min(len(tokens), k + 8)) if tokens[x].sent == sent
                  and tokens[x].norm == ":"), None)
    if colon is None:
        return []
    starts = {m.first: m for m in insts}
    found: list[InstMention] = []
    x = colon + 1
    while x < len(tokens):
        m = starts.get(x)
        if m is None:
            break
        found.append(m)
        line = tokens[x].sent
        x = m.last
        while x < len(tokens) and tokens[x].sent == line:
            x += 1
        while x < len(tokens) and not tokens[x].is_word:
            x += 1
    return found if len(found) >= 2 else []


_REPRESENTED = frozenset(fold(w) for w in ("ممثلة", "ممثلا", "ممثلاً", "ممثلين", "ممثلتين", "ويمثلها", "ويمثله"))
_REPRESENTED_REACH = 16


def _past_representative(tokens: list[Token], x: int) -> int:
    """ "بين الإمارة ممثلة في وكيلها X، ومكتب التدريب ممثلا في …": after a party, the phrase naming who signed for it
    runs to the next comma, where the list goes on (``x`` itself when no such phrase)."""
    if 0 < x <= len(tokens) and tokens[x - 1].norm in _REPRESENTED:
        x -= 1  # a name that swallowed "ممثلة" ("جامعة الملك سعود ممثلة في …")
    if x >= len(tokens) or tokens[x].norm not in _REPRESENTED:
        return x
    for y in range(x + 1, min(len(tokens), x + _REPRESENTED_REACH)):
        if tokens[y].sent != tokens[x].sent:
            break
        if tokens[y].norm in COMMAS:
            return y
    return x


def _party_list(tokens: list[Token], insts: list[InstMention], x: int) -> list[InstMention]:
    """The institutions enumerated from ``tokens[x]`` on: "بين X وY وZ" (outermost names only)."""
    starts: dict[int, InstMention] = {}
    for m in insts:
        if m.first not in starts or m.last > starts[m.first].last:
            starts[m.first] = m
    found: list[InstMention] = []
    skipped = 0
    # a generic first party ("بين الوزارة ومجلس جهة…") is passed over when named ones follow
    if x not in starts and x + 1 < len(tokens) and x + 1 in starts and tokens[x + 1].norm[:1] == "و":
        x += 1
    while x < len(tokens):
        hit = starts.get(x)
        if hit is not None:
            found.append(hit)
            x = _past_representative(tokens, hit.last)
            skipped = 0
            continue
        if (tokens[x].norm in DECISIONS.LIST_GLUE or (found and tokens[x].norm[:1] == "ب" and tokens[x].is_word
                                              and tokens[x].norm != "بين")) and skipped < 2:
            x += 1
            skipped += 1
            continue
        break
    return found
