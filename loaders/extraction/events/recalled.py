"""Events the text recalls or denies, not ones it reports (ev13): "في جلسته السابعة قبل عامين", "قبل سنوات دعوت
أعضاء المنظمة للقاء تعريفي" (held years ago), "لا تنوي المنظمة عقد اجتماع طارئ", "ما أجل عقد اجتماعات المجلس" (never
held)."""

from __future__ import annotations

from itertools import takewhile

from marsad.loaders.extraction.cues import EVENTS
from marsad.loaders.extraction.text import COMMAS, DURING_IN, RELATIVES_WITH_DUALS, Token, sentence_start, strip_clitic
from marsad.loaders.extraction.words import CALENDAR, FUNCTION_WORDS
from marsad.loaders.normalize import fold

_AGO = frozenset(fold(w) for w in ("قبل", "وقبل"))
_CLAUSE_OPENERS = RELATIVES_WITH_DUALS | frozenset(fold(w) for w in ("أن", "ان", "إن", "حيث"))
_YEAR_NOUNS = frozenset(fold(w) for w in ("العام", "السنة", "عام"))
_AGO_AFTER = 7
"""How far into the event word's own phrase "قبل عامين" may stand ("في جلسته السابعة والثلاثين قبل عامين")."""
_AGO_BEFORE = 15
"""How far before the event word a sentence-opening "قبل سنوات" may stand."""


def _span_of_years(tokens: list[Token], x: int) -> bool:
    """ "قبل" at ``x`` followed by a span of years ("قبل عامين", "قبل سنوات", "قبل ثلاث سنوات", "قبل عدة أعوام"),
    not by a year's number ("قبل عام 2020" is a deadline)."""
    for k in (x + 1, x + 2):
        if k >= len(tokens) or tokens[k].sent != tokens[x].sent:
            return False
        if tokens[k].norm in EVENTS.YEARS_AGO:
            return not (k + 1 < len(tokens) and tokens[k + 1].norm[:2] in ("19", "20") and tokens[k + 1].norm.isdigit())
    return False


def years_ago(tokens: list[Token], i: int) -> bool:
    """The event word at ``i`` is dated years back: "قبل" and a span of years in its own phrase (the next few words
    of its clause, no relative pronoun, "أن" or comma between: "أقره المجلس في جلسته السابعة قبل عامين"; not "عقد
    المجلس اجتماعا لمتابعة المشروع الذي أطلق قبل سنوات"), or opening its sentence with no comma before the event
    word ("قبل سنوات دعوت أعضاء المنظمة للقاء تعريفي"), or "العام الماضي" right before it ("شهدت العام الماضي توقيع
    اتفاقية المقر"): an event recalled, not one the text reports."""
    sent = tokens[i].sent
    for x in range(i + 1, min(len(tokens), i + 1 + _AGO_AFTER)):
        if tokens[x].sent != sent or tokens[x].norm in COMMAS or tokens[x].norm in _CLAUSE_OPENERS:
            break
        if tokens[x].norm in _AGO and _span_of_years(tokens, x):
            return True
    if i >= 2 and tokens[i - 2].sent == tokens[i].sent and tokens[i - 2].norm in _YEAR_NOUNS \
            and tokens[i - 1].norm in FUNCTION_WORDS.PAST_ONES:
        return True  # "محافظة الطائف التي شهدت العام الماضي توقيع اتفاقية المقر": last year's event
    if _held_ago(tokens, i) or _made_last_month(tokens, i) or _recent_in_relative(tokens, i):
        return True
    start = sentence_start(tokens, i)
    x = start + 1 if start < i and not tokens[start].is_word else start
    return x < i and i - x <= _AGO_BEFORE and tokens[x].norm in _AGO and _span_of_years(tokens, x) \
        and not any(tokens[k].norm in COMMAS for k in range(x, i))


def denied(tokens: list[Token], i: int, holding: frozenset[str]) -> bool:
    """The event word at ``i`` is a noun of holding (``holding``: "عقد", "إقامة", with its clitic ب/ل) or comes right
    after one, and a negation or a postponement governs that noun, a few words before it in its clause: "لا تنوي
    المنظمة عقد اجتماع طارئ", "لا يوجد مقترح بعقد اجتماع", "ما أجل عقد اجتماعات مجلس الإدارة" — an event not
    held (not "لا سيما عقد …")."""
    h = next((x for x in (i, i - 1) if x >= 1 and tokens[x].sent == tokens[i].sent
              and _holding(tokens[x].norm, holding)), None)  # (the holding noun itself when a body's sitting is read
    if h is None:  # at it: "أجل عقد اجتماعات مجلس الإدارة")
        return False
    for k in range(h - 1, max(-1, h - 1 - _DENIED_REACH), -1):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS:
            return False
        if strip_clitic(tokens[k].norm, "و")[0] in EVENTS.NOT_HELD and tokens[k + 1].norm not in _NOT_NEGATED:
            return True
    return False


_DENIED_REACH = 3
_NOT_NEGATED = frozenset(fold(w) for w in ("سيما", "يكتف", "تكتف", "يقتصر", "تقتصر", "بد", "يزال", "تزال",
                                                 "زال", "زالت"))
"""After "لا"/"لم": "لا سيما عقد …", "لم يكتف بعقد …", "لا بد من عقد …", "لا يزال" do not deny the event."""


def _holding(norm: str, holding: frozenset[str]) -> bool:
    """A noun of holding, bare or with its clitic ب/ل ("عقد", "بعقد", "لعقد")."""
    return norm in holding or (norm[:1] in "بل" and norm[1:] in holding)


_HELD = frozenset(fold(w) for w in ("عقد", "عقدت", "انعقد", "انعقدت", "أقيم", "أقيمت", "جرى", "جرت", "نظم", "نظمت",
                                    "وقع", "وقعت", "أبرم", "أبرمت"))
_HELD_RELATIVE_REACH = 8
"""How far after the event word the relative pronoun of its holding may stand ("القمة الاقتصادية لمجموعة العشرين
التي")."""


def _held_ago(tokens: list[Token], i: int) -> bool:
    """ "القمة الاقتصادية لمجموعة العشرين التي عقدت في أستراليا قبل 8 أشهر", "الاتفاقية التي وقعت قبل عامين" (ev17):
    a relative pronoun a few words after the event word (no comma between) whose verb of holding or signing is
    dated back by "قبل" and a span of years or months in its own clause tells the event itself recalled."""
    sent = tokens[i].sent
    for x in range(i + 1, min(len(tokens) - 1, i + 1 + _HELD_RELATIVE_REACH)):
        if tokens[x].sent != sent or tokens[x].norm in COMMAS:
            return False
        if tokens[x].norm in _CLAUSE_OPENERS and tokens[x + 1].norm in _HELD:
            return any(tokens[k].norm in _AGO and _span_of_years(tokens, k) for k in takewhile(
                lambda k: tokens[k].sent == sent and tokens[k].norm not in COMMAS
                and tokens[k].norm not in _CLAUSE_OPENERS,
                range(x + 2, min(len(tokens), x + 2 + _AGO_AFTER))))
    return False


_MADE = frozenset(fold(w) for w in ("قام", "قامت"))
_MADE_REACH = 30
"""How far past its "بها" the month of a visit made ("التي قام بها X … في يونيو الماضي") may stand: a long title."""


def _made_last_month(tokens: list[Token], i: int) -> bool:
    """ "أهمية الزيارة التي قام بها ولي العهد وزير الدفاع في يونيو الماضي" (ev22): a relative pronoun right after
    the event word whose verb of doing ("قام بها") is dated, in its own clause (no comma, no "أن" before), by a
    named month or "العام" and "الماضي": a visit made months ago, recalled, not the one the text reports."""
    x = i + 1
    if x + 1 >= len(tokens) or tokens[x].sent != tokens[i].sent or tokens[x].norm not in RELATIVES_WITH_DUALS \
            or tokens[x + 1].norm not in _MADE:
        return False
    for k in range(x + 2, min(len(tokens) - 1, x + 2 + _MADE_REACH)):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS or tokens[k].norm in _CLAUSE_OPENERS:
            return False
        if tokens[k + 1].norm in FUNCTION_WORDS.PAST_ONES and tokens[k + 1].sent == tokens[i].sent \
                and (tokens[k].norm in CALENDAR.MONTHS or tokens[k].norm in _YEAR_NOUNS):
            return True
    return False


_RECENTLY = frozenset(fold(w) for w in ("مؤخرا", "مؤخراً", "سابقا", "سابقاً"))
_RECENT_REACH = 3
"""How far after the event word "مؤخرا" may stand ("التي وافقت جمعيتها العمومية مؤخرا")."""


def _recent_in_relative(tokens: list[Token], i: int) -> bool:
    """ "لصالح شركة X التي وافقت جمعيتها العمومية مؤخرا على تعديل نشاطها" (ev23): the event word is the subject of
    a verb right after a relative pronoun that describes something else (pronoun, verb, event word), and "مؤخرا" or
    "سابقا" closes its phrase a few words on (no comma between): a deed of the past told to describe a body, not the
    event the text reports."""
    if i < 2 or tokens[i - 2].sent != tokens[i].sent or tokens[i - 2].norm not in RELATIVES_WITH_DUALS \
            or tokens[i - 1].article or not tokens[i - 1].is_word:
        return False
    for k in range(i + 1, min(len(tokens), i + 1 + _RECENT_REACH)):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS:
            return False
        if tokens[k].norm in _RECENTLY:
            return True
    return False


_NEGATORS = frozenset(fold(w) for w in ("لم", "ولم", "لن", "ولن", "فلم", "فلن"))


def negated_deed(tokens: list[Token], i: int) -> bool:
    """ "أن الهيئة لم توقع أي اتفاق مع الوزارة", "ولن يزور الوزير المدينة" (ev16): an event verb right after "لم" or
    "لن" is a deed denied, no event the text reports."""
    return i >= 1 and tokens[i - 1].sent == tokens[i].sent and tokens[i - 1].norm in _NEGATORS


_POSTPONE_VERBS = frozenset(fold(w) for w in ("أجل", "أجلت", "وأجل", "وأجلت", "أرجأ", "أرجأت", "وأرجأ", "وأرجأت"))
_POSTPONE_REACH = 4
_FOR_SAKE = frozenset(fold(w) for w in ("من", "ومن"))


def postponed(tokens: list[Token], i: int) -> bool:
    """ "أجل النادي الأهلي جمعيته العمومية التي كان من المقرر انعقادها اليوم" (ev16): a verb of postponing a few
    words before the event word in its clause (its subject between, no comma) puts the event off: none held (not
    "من أجل عقد …", a purpose, nor "أجل المجلس في جلسته أمس التصويت", the sitting at which a thing was put off)."""
    for k in range(i - 1, max(-1, i - 1 - _POSTPONE_REACH), -1):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS or tokens[k].norm in DURING_IN:
            return False  # "أجل مجلس النواب في جلسته أمس التصويت على …": the sitting that put something off
        if tokens[k].norm in _POSTPONE_VERBS:
            return not (k >= 1 and tokens[k - 1].norm in _FOR_SAKE)
    return False


_CAME_VERBS = frozenset(fold(w) for w in ("جاء", "وجاء", "جاءت", "وجاءت", "يأتي", "ويأتي", "تأتي", "وتأتي"))
_AFTER_EVENT = frozenset(fold(w) for w in ("بعد", "عقب", "غداة", "إثر", "اثر"))
_THIS_ONE = frozenset(fold(w) for w in ("ذلك", "هذا", "هذه"))
_CAME_REACH = 3
"""How many words (the subject: "التفجير", "الطلب السوري") may stand between "جاء" and "بعد"/"غداة"."""


def came_after(tokens: list[Token], i: int) -> bool:
    """ "وجاء التفجير غداة احتفال سكان المدينة بذكرى …", "وأرسل الإخطار … وجاء بعد إبرام اتفاق نووي مع إيران"
    (events22): an event word right after "بعد", "عقب", "غداة" or "إثر", itself at most three words after a verb of
    coming ("جاء", "يأتي") in its clause, is an earlier event that dates what came after it, not one the text reports
    (not when a demonstrative stands between: "جاء ذلك عقب اجتماع اليوم برئاسة …", "ويأتي هذا اللقاء بعد …" tell
    of the text's own event)."""
    if i < 2 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].norm not in _AFTER_EVENT:
        return False
    for k in range(i - 2, max(-1, i - 3 - _CAME_REACH), -1):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS or tokens[k].norm in _THIS_ONE:
            return False
        if tokens[k].norm in _CAME_VERBS:
            return True
    return False

