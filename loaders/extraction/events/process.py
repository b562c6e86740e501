"""Event words that name a process, a period or an aim rather than one event held (ev14).

"اجتماع العام الماضي" is last year's meeting, recalled; "استئناف مباحثات السلام" is a process of talks, no one meeting;
"مفاوضات لتوقيع اتفاق" is a signing negotiations aim at, none done; "المعرض في دورته الحالية" is a fair's edition, no
body's sitting."""

from __future__ import annotations

from marsad.loaders.extraction.cues import EVENTS
from marsad.loaders.extraction.text import Token, strip_clitic
from marsad.loaders.extraction.words import CALENDAR, FUNCTION_WORDS
from marsad.loaders.normalize import fold

PERIODS = frozenset(fold(w) for w in ("العام", "السنة", "الموسم", "الشهر"))


def period_named_after(tokens: list[Token], i: int) -> bool:
    """ "وركز اجتماع العام الماضي على …", "قمة يونيو الماضي" (ev14): an event word whose very next words are a past
    period or month ("العام الماضي", "يونيو الماضي") in construct with it is an event of that past time, recalled,
    not the one the text reports."""
    k = i + 1
    if k + 1 >= len(tokens) or tokens[k + 1].sent != tokens[i].sent:
        return False
    return (tokens[k].norm in PERIODS or tokens[k].norm in CALENDAR.MONTHS) \
        and tokens[k + 1].norm in FUNCTION_WORDS.PAST_ONES


_TALKS = frozenset(fold(w) for w in ("مباحثات", "المباحثات"))
_IN = fold("في")


def talks_process(tokens: list[Token], i: int) -> bool:
    """ "لاستئناف مباحثات السلام", "مؤكدين مواصلة المباحثات", "مباشرتهما في مباحثات ثنائية" (ev14): talks right after
    a verbal noun of resuming, continuing or starting them ([talks_process], with "في" between or not) are a process
    spoken of, no meeting held."""
    if strip_clitic(tokens[i].norm, "وبل")[0] not in _TALKS or i < 1 or tokens[i - 1].sent != tokens[i].sent:
        return False
    k = i - 1
    if tokens[k].norm == _IN and k > 0 and tokens[k - 1].sent == tokens[i].sent:
        k -= 1
    base = strip_clitic(tokens[k].norm, "وبل")[0]
    return any(base.startswith(stem) for stem in EVENTS.TALKS_PROCESS)


_SIGNING_FOR = frozenset(fold(w) for w in ("لتوقيع", "لإبرام", "للتوقيع"))


def signing_for(tokens: list[Token], i: int) -> bool:
    """ "ستبدأ مفاوضات لتوقيع اتفاق تجارة حرة", "دراسة لإبرام اتفاقية" (ev14): a signing word behind "ل" right after
    a noun of negotiating or studying ([talks_towards]) is what the talks aim at, no signing done."""
    if tokens[i].norm not in _SIGNING_FOR or i < 1 or tokens[i - 1].sent != tokens[i].sent:
        return False
    return strip_clitic(tokens[i - 1].norm, "وب")[0] in EVENTS.TALKS_TOWARDS


_OWN_EDITIONS = frozenset(fold(w) for w in ("دورته", "دورتها"))
_DAWRA = fold("دورة")


def own_edition(tokens: list[Token], i: int) -> bool:
    """ "يشهد المعرض في دورته هذا العام …", "المهرجان دورته الثالثة" (ev14): a session word with a possessive pronoun
    right after a fair, festival or prize ([edition_of]; "في" and one word of its name between or not) is its
    edition, no body's sitting; so is "دورة" in construct with one ("دورة المهرجان")."""
    if tokens[i].norm == _DAWRA and i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent \
            and tokens[i + 1].article and tokens[i + 1].norm in EVENTS.EDITION_OF:
        return True  # (tuning195) "أن دورة المهرجان لهذا العام تأتي وسط …": the festival's edition in construct
    if tokens[i].norm not in _OWN_EDITIONS or i < 1:
        return False
    k = i - 1
    if tokens[k].norm == _IN:
        k -= 1
    return any(tokens[x].sent == tokens[i].sent and strip_clitic(tokens[x].norm)[0] in EVENTS.EDITION_OF
               for x in range(max(0, k - 1), k + 1))  # "المعرض في دورته", "معرض الكتاب في دورته"


_VISIT_NOUNS = frozenset(fold(w) for w in ("زيارة", "زيارات"))
_MANY = frozenset(fold(w) for w in ("آلاف", "ألف", "الاف", "الف", "مئات", "عشرات", "ألفي", "ألفين"))


def counted_visits(tokens: list[Token], i: int) -> bool:
    """ "نفذ مكتب العمل 3 آلاف زيارة تفتيشية", "قامت الفرق بـ 2990 زيارة" (ev14): a visit noun right after a count
    (digits, or "آلاف", "مئات", "عشرات") is a tally of inspections, no one visit held."""
    if tokens[i].norm not in _VISIT_NOUNS or i < 1 or tokens[i - 1].sent != tokens[i].sent:
        return False
    before = tokens[i - 1].norm
    return before in _MANY or (before.isdigit() and len(before) != 4)


_CELEBRATING = frozenset(fold(w) for w in ("احتفالا", "واحتفالا"))
_HOLDER_REACH = 10


def celebrating_for(tokens: list[Token], i: int) -> bool:
    """ "تشغيل الأغاني الوطنية احتفالا بافتتاح القناة", "وستفتح الحدائق مجانا احتفالا بالعيد" (ev14): the accusative
    "احتفالا" before "بـ" with no verb of holding, organising or attending ([celebration_holders]) in the ten words
    before it in its sentence is the purpose of another act ("in celebration of"), no celebration held ("أقامت
    البلدية مساء أمس احتفالا بالعيد" is one)."""
    if tokens[i].norm not in _CELEBRATING or i + 1 >= len(tokens) or not tokens[i + 1].norm.startswith("ب"):
        return False
    return not any(tokens[k].sent == tokens[i].sent
                   and strip_clitic(tokens[k].norm, "و")[0] in EVENTS.CELEBRATION_HOLDERS
                   for k in range(max(0, i - _HOLDER_REACH), i))


_PRESIDENCY = frozenset(fold(w) for w in ("رئاسة", "رئاسته", "رئاستها", "رئاستهم", "الرئاسة"))
_TERM_WORDS = frozenset(fold(w) for w in ("دورة", "الدورة", "لدورة", "للدورة"))


def presidency_term(tokens: list[Token], i: int) -> bool:
    """ "رئاسة بلاده لدورة الاتحاد الأوروبي", "تسلمت المملكة رئاسة الدورة الحالية" (ev14): a session word right after
    the noun of presidency (one word between or not) is the term a state presides, no sitting held ("ترؤسه الدورة"
    and "برئاسة" after the sitting are its chair, not read here)."""
    if tokens[i].norm not in _TERM_WORDS:
        return False
    return any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm, "وب")[0] in _PRESIDENCY
               and not tokens[k].norm.startswith("ب") for k in range(max(0, i - 2), i))
