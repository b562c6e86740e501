"""Which event a cue word announces: a session, a meeting, an assembly, a signing, a visit, another event
(a ceremony, a press conference), or none."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from marsad.loaders.extraction.cues import AGREEMENTS, EVENTS, ROLES
from marsad.loaders.extraction.events.process import signing_for
from marsad.loaders.extraction.text import (
    COMMAS,
    OPEN_QUOTES,
    RELATIVES,
    Token,
    clitic_spellings,
    in_words,
    lam_article,
    strip_clitic,
)
from marsad.loaders.extraction.words import CALENDAR, FUNCTION_WORDS
from marsad.loaders.normalize import fold

NUMBER = regex.compile(r"^(?:ال)?(\d{1,3})$")
"""A session's number after its noun: "11" in "الدورة 11", "ال11" in "الدورة ال11"."""


@cache
def _cue_words() -> frozenset[str]:
    """Every word a cue can start with: a token that is none of them, as written or after a clitic, is no cue."""
    return frozenset({*(p[0] for p in EVENTS.PRESS | EVENTS.ASSEMBLY_TWO | EVENTS.OPENING_TWO | EVENTS.EVENING_TWO
                        if p), *(p[0] for p in _START_SIGNAL),
                      *EVENTS.VISIT_VERBS, *EVENTS.SESSION,
                      *EVENTS.CEREMONY, *EVENTS.CELEBRATION, *EVENTS.ASSEMBLY, *EVENTS.MEETING, *EVENTS.VISIT,
                      *EVENTS.LECTURE, *EVENTS.TALK_VERBS, *AGREEMENTS.SIGN, *EVENTS.CONVENED, *EVENTS.INSPECT,
                      *EVENTS.INAUGURATE, *EVENTS.MEET_VERBS, *EVENTS.RECEPTION_NOUN, *EVENTS.MEETING_THEIRS,
                      *EVENTS.HONOUR_VERBS, *EVENTS.PATRON_HIS, *EVENTS.ORGANISED_GATHERINGS})


@cache
def cue_spellings() -> frozenset[str]:
    """Every word that may pass ``may_cue`` (a superset: see ``clitic_spellings``), for looking a text's words up."""
    return clitic_spellings(_cue_words())


@lru_cache(maxsize=65536)
def may_cue(w: str) -> bool:
    """Whether a word, as written, after a clitic or read as ل + the article, is a word a cue can start with."""
    cue_words = _cue_words()
    lam = lam_article(w)
    return w in cue_words or strip_clitic(w)[0] in cue_words or (lam is not None and lam[0] in cue_words)


_HIS_MEETING = frozenset(fold(w) for w in ("لقائه", "لقائها", "لقاءه", "لقاءها", "لقاءهم", "لقائهم"))
"""The possessive meeting nouns of [meeting] ("خلال لقائه بالوزير", or spelt with a bare hamza: "لقاءها"), no cue
behind ب or ل."""

_TALK_PREFIX = frozenset({"و", "ف", "ب", "ت", "ي"})
"""A talk verb as written (بحث، تباحث، يبحث) or behind و/ف: not behind ل ("لبحث" is "to discuss", no meeting)."""


def opens_clause(tokens: list[Token], i: int) -> bool:
    """The verb opens its clause: first in its sentence, after a comma or after a clause opener ("كما بحث")."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].is_punct:
        return True
    if tokens[i - 1].norm in EVENTS.CLAUSE_OPENERS:
        return True
    # "من جهة ثانية كرم الأمير X …" (ext-t142): a phrase turning to another matter, all that stands before the verb
    # in its sentence (no comma after it), opens the clause too
    start = i
    while start > 0 and tokens[start - 1].sent == tokens[i].sent and i - start < _SHIFT_WORDS:
        start -= 1
    if start > 0 and tokens[start - 1].sent == tokens[i].sent:
        return False
    words = [t.norm for t in tokens[start:i]]
    return (tuple(words) in EVENTS.TOPIC_SHIFT
            or tuple([strip_clitic(words[0], "و")[0], *words[1:]]) in EVENTS.TOPIC_SHIFT)


_SHIFT_WORDS = 4


_SUMMIT = frozenset({fold("قمة"), fold("القمة")})
_SPORT_REACH = 9
"""How near "قمة" a word of the pitch makes it a derby ("مباراة القمة", "في القمة ١١٠ … على استاد"), not a summit
named in a sentence that also tells of matches ("حضرت كل المباريات … باستثناء … بسبب حضور قمة الحلف")."""


def _height_of(tokens: list[Token], i: int) -> bool:
    """ "حرمهم لقمة عيشهم", "يتربع قمة أقوى العملات" (aud-event): "لقمة" before "عيش" is a morsel, and an
    indefinite "قمة" before an elative or a possessed noun is the height of something, no summit ("قمة أمس" is one)."""
    k = i + 1
    if k >= len(tokens) or tokens[k].sent != tokens[i].sent or not tokens[k].is_word or tokens[i].article:
        return False
    nxt = tokens[k].norm
    if tokens[i].norm == _MORSEL and strip_clitic(nxt)[0].removeprefix(fold("ال")).startswith(_LIVING):
        return True
    return nxt in _ELATIVES or _possessed(tokens[k].text) or nxt in EVENTS.PEAK_OF  # "في قمة الصواب" (ev14)


def _possessed(word: str) -> bool:
    """ "في قمة إنجازاته", "قمة عطائها" (aud-event2): an indefinite "قمة" before a noun that carries a possessive
    pronoun after a plural "ات" or a hamza is the peak of someone's deeds, no summit (a summit is named after a place,
    a body or a year; a verb with an object pronoun, "قمة يعقدها", stays a summit)."""
    return word.endswith(_OWNED)


_OWNED = ("اته", "اتها", "اتهم", "ائه", "ائها", "ائهم")


_MORSEL = fold("لقمة")
_LIVING = fold("عيش")
_ELATIVES = frozenset(fold(w) for w in ("أقوى", "أعلى", "أكثر", "أفضل", "أهم", "أكبر", "أجمل", "أروع", "أشد",
                                        "أبرز", "أسوأ"))


COLLECTIVE = frozenset(fold(w) for w in ("جماعي", "الجماعي", "جماعية", "الجماعية"))


def _private_ceremony(tokens: list[Token], i: int) -> bool:
    """A wedding, a birthday or a concert named right after the ceremony's word ("حفل زفاف", "حفلا موسيقيا"); not a
    collective wedding, which a charity or a committee holds ("حفل الزواج الجماعي")."""
    for k in range(i + 1, min(i + 3, len(tokens))):
        if tokens[k].sent != tokens[i].sent:
            return False
        if strip_clitic(tokens[k].norm)[0] in EVENTS.PRIVATE_CEREMONIES:
            return not (k + 1 < len(tokens) and tokens[k + 1].norm in COLLECTIVE)
    return False


_OWN_CEREMONY = frozenset(fold(w) for w in ("حفلها", "حفله"))
"""A ceremony word with its holder's pronoun ([ceremony]): a ceremony only after a past verb of organising in its clause
("نظمت الشركة حفلها السنوي لمنسوبيها", mev), since the pronoun is most often a performer's ("حفلها في المسرح"). "حفلة"
folds like "حفله": the test reads the written word."""


_PERFORMERS = frozenset(fold(w) for w in ("الفنان", "الفنانة", "فنان", "فنانة", "المطرب", "المطربة", "المغني",
                                          "المغنية", "الموسيقار"))
_HONOURING = frozenset(fold(w) for w in ("تكريم", "لتكريم", "تكريما", "وتكريم", "كرم", "وكرم", "تكريمي", "تكريمية",
                                         "التكريمي", "التكريمية", "تكريمه", "تكريمها"))
_PERFORMER_REACH = 12


def _performer_before(tokens: list[Token], i: int) -> bool:
    """ "وقع الفنان X، مساء أمس بالرباط، حفلا …", "يشارك الفنان X خلال أيام العيد بثلاث حفلات": a singer or artist, the
    subject before the ceremony's word in its sentence, gives a concert, no institution's ceremony; not one honoured
    ("كرم الوزير الفنان X في حفل", "حفل تكريم الفنان …") (ext-t148)."""
    sent = tokens[i].sent
    window = [k for k in range(max(0, i - _PERFORMER_REACH), i) if tokens[k].sent == sent]
    if not any(strip_clitic(tokens[k].norm, "و")[0] in _PERFORMERS for k in window):
        return False
    near = [*window, *(k for k in range(i + 1, min(i + 3, len(tokens))) if tokens[k].sent == sent)]
    return not any(tokens[k].norm in _HONOURING for k in near)


@lru_cache(maxsize=1 << 16)
def _festive_word(w: str) -> str | None:
    """ "ceremony" or "inaugurate" when the folded word is one of those cues ("حفل", "احتفال", "افتتح"), else None;
    cached by the word, as `concert_text` asks it of every word of a text."""
    base = strip_clitic(w)[0]
    if w in EVENTS.CEREMONY or base in EVENTS.CEREMONY or w in EVENTS.CELEBRATION or base in EVENTS.CELEBRATION:
        return "ceremony"
    return "inaugurate" if w in EVENTS.INAUGURATE or base in EVENTS.INAUGURATE else None


def festive(tok: Token) -> bool:
    return _festive_word(tok.norm) is not None


def concert_text(tokens: list[Token]) -> bool:
    """The text's first ceremony, celebration or inauguration word is a singer's concert or an artist's own opening
    ("وقع الفنان X … حفلا", "افتتح الفنان X استوديو …"): its later ceremony words ("وألهب … الجمهور بحفل", "احتفالا
    بافتتاح الاستوديو") tell of the same, no institution's ceremony (ext-t148)."""
    first = next((i for i, t in enumerate(tokens) if t.is_word and _festive_word(t.norm) is not None), None)
    if first is None:
        return False
    if _festive_word(tokens[first].norm) == "inaugurate":
        return first + 1 < len(tokens) and tokens[first + 1].norm in _PERFORMERS
    return _performer_before(tokens, first)


def cue_kind(tokens: list[Token], i: int) -> str | None:
    w = tokens[i].norm
    if not may_cue(w):
        return None
    base = strip_clitic(w)[0]
    lam = lam_article(w)
    if lam is not None and lam[0] in EVENTS.MEETING and base not in EVENTS.MEETING:
        base = lam[0]  # "للقاء": ل + "اللقاء"
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if base in EVENTS.PATRON_HIS:  # "خلال رعايته لختام بطولة …": a closing held under him (ext-t78)
        return "other" if i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent \
            and strip_clitic(nxt, "ل")[0] in EVENTS.PATRON_OF else None
    if base in EVENTS.ORGANISED_GATHERINGS:  # "نظمت اللجنة … معايدة لكبيرات السن" (ext-t78)
        return "other" if not tokens[i].article and _organised_before(tokens, i) else None
    if base in _HIS_MEETING and w != base and w[:1] in "بل":
        return None  # "يستهل مشواره بلقائه مع فريق …": a match; "يتطلع للقائه": one to come
    if (w, nxt) in EVENTS.PRESS or (base, nxt) in EVENTS.PRESS:
        return "other"  # a press conference
    if (w, nxt) in EVENTS.SIGNING_CEREMONY or (base, nxt) in EVENTS.SIGNING_CEREMONY:
        return "signing"  # "أقام النادي حفل توقيع عقد اللاعب": a signing ceremony (slots8)
    if (w, nxt) in EVENTS.OPENING_TWO or (base, nxt) in EVENTS.OPENING_TWO:
        return "other"  # "افتتاح معرض …": an exhibition opened
    if (base, nxt) in _START_SIGNAL and _signal_given(tokens, i):
        return "other"  # "يطلق الأمير غدا شارة البدء للحافلة": a launch (ext-t118)
    if (w, nxt) in EVENTS.EVENING_TWO or (base, nxt) in EVENTS.EVENING_TWO:
        return "other"  # "أقام النادي الأدبي مسامرة شعرية": a literary evening (ext-t79)
    if w in EVENTS.VISIT_VERBS:
        return "visit"
    if w[:1] == "ب" and w[1:] in EVENTS.VISIT_VERBS and any(
            doing(tokens[k].norm) and _one_clause(tokens, k, i) for k in range(max(0, i - _DOING_REACH), i)):
        return "visit"  # "قام مدير التعليم د.X بتفقد المركز": the verbal noun after a verb of doing (a long subject
        # between: "قام فريق العمل المكلف بالإشراف على … ، اليوم، بتفقد …", ext-t69)
    if w in EVENTS.RECEPTION_NOUN:  # "لدى استقبال الوزير X له": a reception (its host is checked by find_events)
        return "meeting" if i > 0 and (tokens[i - 1].norm in ROLES.DURING or welcomed_on_arrival(tokens, i)) else None
    if w in EVENTS.TALK_VERBS or w[1:] in EVENTS.TALK_VERBS:
        return "meeting" if (w in EVENTS.TALK_VERBS or w[:1] in _TALK_PREFIX) and opens_clause(tokens, i) and any(
            t.norm in (fold("مع"), fold("ومع")) and t.sent == tokens[i].sent for t in tokens[i + 1 : i + 12]) \
            else None  # "بحث الوزير X مع نظيره …" (not "فتح بحث قضائي مع …", "لبحث …")
    if w in EVENTS.MEET_VERBS or (w[:1] in "وف" and w[1:] in EVENTS.MEET_VERBS):
        return "meeting" if opens_clause(tokens, i) and any(
            (t.norm in (fold("مع"), fold("ومع")) or (t.norm[:1] == "ب" and t.norm[1:] in EVENTS.MET_WITH_B))
            and t.sent == tokens[i].sent for t in tokens[i + 1 : i + 30]) \
            else None  # "اجتمع الأمين العام X، في مكتبه …، مع القائم بالأعمال …", "اجتمع الوزير بأعضاء اللجنة"
    if (w in EVENTS.INSPECT or base in EVENTS.INSPECT) and any(
            t.norm == fold("على") and t.sent == tokens[i].sent for t in tokens[i + 2 : i + 16]):
        return "visit"  # "وقف المدير … على تشغيل …" (the office after the verb is checked by find_events)
    if w in EVENTS.INAUGURATE or base in EVENTS.INAUGURATE:  # "دشن", "افتتح": an inauguration; not an artist's own
        return None if nxt in _PERFORMERS else "other"  # ("افتتح الفنان X استوديو الصوت الخاص به", ext-t148)
    if honour_verb(w):  # "كرم أمير المنطقة X الفائزين": an honouring (its agent is checked by find_events)
        return "other" if nxt != fold("الله") and opens_clause(tokens, i) else None
    if (w, nxt) in EVENTS.ASSEMBLY_TWO or (base, nxt) in EVENTS.ASSEMBLY_TWO:
        return None if _assembly_members(tokens, i) else "assembly"
    if (w in EVENTS.SESSION or base in EVENTS.SESSION) and nxt in EVENTS.TITLED:
        return "other"  # "أقامت الجمعية دورة بعنوان …": a titled course or panel, not a sitting (ext-t31)
    if (w in EVENTS.SESSION or base in EVENTS.SESSION) and (nxt in EVENTS.NOT_SITTINGS
                                                             or edition_of(tokens, i) in EVENTS.NOT_SITTINGS
                                                             or cycle_of(tokens, i) or any(
            strip_clitic(tokens[k].norm)[0] in EVENTS.COURSE_BEFORE and tokens[k].sent == tokens[i].sent
            for k in range(max(0, i - 25), i)) or _term_of_office(tokens, i) or _past_term(tokens, i)
            or _years_span(tokens, i) or prize_edition(tokens, i) or _course_on_topic(tokens, i)
            or _year_edition(tokens, i) or (base in EDITION_NOUNS and nxt in _TERMS) or _intake(tokens, i)
            or _kind_a_few_words_on(tokens, i) or _organised_edition(tokens, i) or _term_as_from(tokens, i)
            or _councils_term(tokens, i) or _year_of_term(tokens, i) or _won_round(tokens, i)):
        return None  # "دورة انتخابية", "دورة تكوينية", "تخريج الدورة … والدورة": a cycle or a course, not a sitting
    if (w in EVENTS.SESSION or base in EVENTS.SESSION) and not _possessive_lookalike(tokens[i]):
        of = edition_of(tokens, i)  # "الدورة 11 لمؤتمر…" is the conference; "الدورة الخامسة لجائزة…" a ceremony
        if of in EVENTS.ASSEMBLY:
            return "assembly"
        if of in EVENTS.EDITION_OF:  # "الدورة الثانية من مسابقة …", "… لمهرجان …", "… لمعرض …": a contest's,
            return "other" if of in _PRIZES else None  # festival's or fair's edition is no event (ext-t82)
    if (w in EVENTS.SESSION or base in EVENTS.SESSION) and nxt in EVENTS.TALKS_AFTER_SESSION:
        return "meeting"  # "جلسة مباحثات رسمية مع الرئيس …": talks, not a council's sitting
    if base in _OWN_CEREMONY and "ة" not in tokens[i].text and not _organised_before(tokens, i):
        return None  # "عدم التخلف عن إحياء حفلها": a singer's concert; "أقامت الجمعية حفلها الختامي" stays (mev)
    if (w in EVENTS.CEREMONY or base in EVENTS.CEREMONY) and (_private_ceremony(tokens, i)
                                                             or _performer_before(tokens, i)):
        return None  # "في حفل زفاف", "أحيا الفنان حفلا موسيقيا": a wedding or a concert, no institution's ceremony
    if w in EVENTS.CEREMONY or base in EVENTS.CEREMONY or w in EVENTS.LECTURE or base in EVENTS.LECTURE:
        return "other"  # a ceremony: "ترأس … حفلا تكريميا", "نظمت … معرضا"
    if (w in EVENTS.CELEBRATION or base in EVENTS.CELEBRATION) \
            and not (i > 0 and tokens[i - 1].norm in EVENTS.OCCASION):
        return "other"  # "حضروا … للاحتفال بالذكرى التاسعة"; not "بمناسبة الاحتفال باليوم العالمي"
    if base in _SUMMIT and _height_of(tokens, i):
        return None  # "قمة أقوى العملات", "لقمة العيش": a height or a morsel (aud-event)
    if base in _SUMMIT and ((i > 0 and tokens[i - 1].norm in EVENTS.NOT_SUMMIT) or any(
            strip_clitic(t.norm)[0] in EVENTS.SUMMIT_SPORT for t in tokens[max(0, i - _SPORT_REACH) : i + _SPORT_REACH]
            if t.sent == tokens[i].sent)):
        return None  # "على قمة الترتيب", "مباراة القمة", "قمة جبال": a top, a derby or a peak, not a summit
    if base in _SYMPOSIUM and _symposium_body(tokens, i):
        return None  # "رئيس الندوة العالمية للشباب X …، برامج الندوة": a body so named, no symposium (ext-t106)
    for kind, words in (("session", EVENTS.SESSION), ("assembly", EVENTS.ASSEMBLY), ("meeting", EVENTS.MEETING),
                        ("visit", EVENTS.VISIT)):
        if (w in words or base in words) and (kind != "session" or not _possessive_lookalike(tokens[i])):
            if kind == "session" and base in EDITION_NOUNS and _edition_not_sitting(tokens, i) \
                    and not contest_edition(tokens) and not course_text(tokens):  # (those find_events drops)
                return "other"  # "انطلقت دورة ترفيع الحكام", "الدورة السادسة لصيف الفنون": a course or an
                # event's edition, no body's sitting (kind)
            return kind  # "اجتماعه", "استقباله" are possessives of real cues; "دوره" may be "his role"
    if (w in AGREEMENTS.SIGN or base in AGREEMENTS.SIGN) and (_agreement_in_sentence(tokens, i)
                                                               or _signed_on_agreement(tokens, i)
                                                               or _signed_contracts(tokens, i)
                                                               or _signed_with_then_agreement(tokens, i)
                                                               or _opening_signer_then_agreement(tokens, i)) \
            and not _signed_in_a_past_year(tokens, i):
        return "signing"
    if w in EVENTS.MEETING_THEIRS and i > 0 and tokens[i - 1].norm in EVENTS.PURPOSE:
        return "meeting"  # "لحضور اجتماعهم المشترك مع …": the meeting they came for
    if w in EVENTS.MEETING_THEIRS and nxt == _WITH and tokens[i + 1].sent == tokens[i].sent:
        return "meeting"  # "وبدأ الوزيران X وY اجتماعهما مع ممثلي الصندوق …": their meeting with others (ext-t116)
    if w in EVENTS.CONVENED and i > 0 and nxt in EVENTS.TIME_WORDS and tokens[i - 1].norm in COMMAS:
        return "meeting"  # "المكتب السياسي…، المجتمع مساء الأربعاء"
    return None


_PRIZES = frozenset(fold(w) for w in ("جائزة", "الجائزة"))
_ADMISSION = frozenset(fold(w) for w in ("القبول", "التسجيل", "الالتحاق", "للالتحاق", "بالالتحاق", "المقبولين",
                                         "المقبولات", "المتقدمين", "للمتقدمين", "المتقدمات"))
_ADMISSION_REACH = 20


AS_FROM = frozenset(fold(w) for w in ("اعتبارا", "اعتباراً", "إعتبارا", "ابتداء", "ابتداءً", "إبتداء", "بدءا", "بدءاً"))
"""Words of "as from" before "من" ("اعتبارا من 1 محرم", "بدءا من الدورة المقبلة"): when something set begins."""
_FROM = fold("من")


def _term_as_from(tokens: list[Token], i: int) -> bool:
    """ "قرارا بتشكيل فريق لتطوير المهرجان بدءا من الدورة المقبلة" (ev26): a term or an edition right after
    "بدءا من", "اعتبارا من" is when what was set begins, no sitting held."""
    return i >= 2 and tokens[i - 1].norm == _FROM and tokens[i - 2].norm in AS_FROM \
        and tokens[i - 2].sent == tokens[i].sent


def _councils_term(tokens: list[Token], i: int) -> bool:
    """ "الدورة المقبلة للمجالس البلدية", "الدورة الثالثة للمجالس المحلية" (ev27): a session word whose holder, past
    at most two adjectives, is a plural of councils is their common term of office; many councils hold no one
    sitting."""
    for k in range(i + 1, min(len(tokens), i + 4)):
        if tokens[k].sent != tokens[i].sent:
            return False
        if tokens[k].norm in _COUNCILS:
            return True
        if not tokens[k].article:
            return False
    return False


_COUNCILS = frozenset(fold(w) for w in ("للمجالس", "المجالس", "لمجالس"))


def _year_of_term(tokens: list[Token], i: int) -> bool:
    """ "من أعمال السنة الثالثة من الدورة السادسة", "في السنة الثانية من الدورة" (ev27): a session word after "من"
    with a year a few words back is the term that year belongs to, no sitting held."""
    if i < 2 or tokens[i - 1].norm != _FROM or tokens[i - 1].sent != tokens[i].sent:
        return False
    return any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm)[0] in _TERM_YEARS
               for k in range(max(0, i - 5), i - 1))


_TERM_YEARS = frozenset(fold(w) for w in ("السنة", "سنة"))  # not "العام": "اجتماعها العام الثالث من الدورة" is general


def _won_round(tokens: list[Token], i: int) -> bool:
    """ "متأكد من انتخابه من الدورة الأولى", "فاز في الدورة الثانية" (ev27): a session word after "من" or "في", a
    few words after being elected or winning, is the ballot's round, no sitting."""
    if i < 2 or tokens[i - 1].norm not in (_FROM, _IN) or tokens[i - 1].sent != tokens[i].sent:
        return False
    return any(tokens[k].sent == tokens[i].sent and in_words(tokens[k].norm, _WON) for k in range(max(0, i - 4), i - 1))


_WON = frozenset(fold(w) for w in ("انتخابه", "انتخابها", "فوزه", "فوزها", "فاز", "فازت", "يفوز", "تفوز"))


def _intake(tokens: list[Token], i: int) -> bool:
    """ "أعلن المعهد فتح باب القبول والتسجيل في دورة الفرد الأساسي رقم 15", "نتائج القبول لطالبي الالتحاق بالكلية
    للدورة 45": an edition word in a sentence of admission or registration is a course's intake, no sitting
    (s13-ev6)."""
    if strip_clitic(tokens[i].norm)[0] not in EDITION_NOUNS:
        return False
    sent = tokens[i].sent
    return any(tokens[k].sent == sent and strip_clitic(tokens[k].norm, "و")[0] in _ADMISSION
               for k in range(max(0, i - _ADMISSION_REACH), min(len(tokens), i + _ADMISSION_REACH)))


EDITION_NOUNS = frozenset(fold(w) for w in ("الدورة", "دورة"))
_TERMS = frozenset(fold(w) for w in ("الرئاسية", "رئاسية", "النيابية", "نيابية", "البلدية", "بلدية",
                                     # (ev13) "نهاية دورة رئاسته للوزراء", "دورة ولايتها": a term of office
                                     "رئاسته", "رئاستها", "ولايته", "ولايتها", "عضويته", "عضويتها"))
"""Right after "دورة" (only there: "اللجنة النيابية" and "المجالس البلدية" meet), a president's, a chamber's or a
council's term of office, no sitting: "بداية الدورة الرئاسية الثانية", "أول دورة بلدية تخوضها المرأة" (spur)."""


_HOLDER_STEMS = tuple(fold(w) for w in ("مجلس", "لجنة", "لجنه", "برلمان", "ائتلاف", "جمعية", "جمعيه", "جماعة", "جماعه",
                                        "هيئة", "هيئه", "مؤتمر", "منظمة", "منظمه", "اتحاد"))
"""Stems of the bodies that hold a numbered or ordinary sitting ("الدورة 306 لمجلس المديرين", "للجنة", "للائتلاف")."""
_EDITION_REACH = 5


def _holder_word(norm: str) -> bool:
    return norm.removeprefix(fold("ال")).startswith(_HOLDER_STEMS)


def _edition_not_sitting(tokens: list[Token], i: int) -> bool:
    """A bare "دورة"/"الدورة" is an event's edition or a course, no body's sitting, when its number or ordinal is
    followed by ل and a noun that is no sitting body ("الدورة السادسة لصيف الفنون", "الدورة التاسعة للسوق"; not
    "الدورة 306 لمجلس المديرين", "الدورة الثانية للمجلس الإداري"), or when a verb of organising stands before it in its
    clause and no sitting body follows it ("ينظم المركز يوم الخميس دورة الشيخ X الثانية"; not "نظمت الجماعة الدورة
    العادية لمجلسها"); the golds keep such a one as another event (kind)."""
    of = edition_of(tokens, i)
    if of:  # ("للجنة" is ل + "لجنة": read as ل + "الجنة" too)
        return not (_holder_word(of) or _holder_word(fold("ل") + of.removeprefix(fold("ال"))))
    sent = tokens[i].sent
    for k in range(i + 1, min(len(tokens), i + 1 + _EDITION_REACH)):
        t = tokens[k]
        if t.sent != sent or t.is_punct:
            break
        if t.norm in EVENTS.SITTING_TYPES or fold("ال") + t.norm in EVENTS.SITTING_TYPES or t.norm in CALENDAR.MONTHS \
                or _holder_word(strip_clitic(t.norm)[0]):
            return False
    for k in range(i - 1, max(-1, i - 1 - _ORGANISER_REACH), -1):
        t = tokens[k]
        if t.sent != sent or t.is_punct or _holder_word(strip_clitic(t.norm, "و")[0]):
            return False
        verb = strip_clitic(t.norm, "و")[0]
        if verb in EVENTS.ORGANISE or verb in EVENTS.ORGANISED_PAST:
            return True
        if may_cue(t.norm) and cue_kind(tokens, k) is not None:
            return False  # "أقامت اللجنة ورش عمل … للمشاركين في هذه الدورة": the verb organised the other cue
    return False


_ORGANISER_REACH = 12


_COURSE_WORD = fold("دورة")
_COURSE_TOPIC_LINKS = frozenset(fold(w) for w in ("في", "عن", "حول"))
_TRAINEE_STEM = fold("متدرب")


def _course_on_topic(tokens: list[Token], i: int) -> bool:
    """ "نظمت العمادة دورة في استخدام الأنظمة", "نفذ النادي دورة في مبادئ الإسعاف", "اختتمت دورة أساسيات الحاسب …
    التي استفاد منها 68 متدربا": an indefinite "دورة" followed by the subject it teaches ("في", "عن", "حول" and no
    date or number after it; not "ودورة في", the fold of "ودوره في", "and its role in"), or told in a sentence that
    counts its trainees, is a training course, not a body's sitting (ext-t148)."""
    if strip_clitic(tokens[i].norm, "و")[0] != _COURSE_WORD:
        return False
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].sent == tokens[i].sent and tokens[k].norm in _COURSE_TOPIC_LINKS \
            and tokens[i].norm == _COURSE_WORD:  # ("التدريب ودوره في …", folded alike, is "its role in")
        after = tokens[k + 1].norm
        if after not in CALENDAR.MONTHS and after not in CALENDAR.WEEKDAYS and not NUMBER.match(after) \
                and tokens[k + 1].sent == tokens[i].sent:
            return True
    return any(t.sent == tokens[i].sent and _TRAINEE_STEM in t.norm for t in tokens[i + 1 : i + 40])


def _kind_a_few_words_on(tokens: list[Token], i: int) -> bool:
    """ "أطلقت المؤسسة دورة موسم الصيف التدريبية", "اختتمت دورة سلمى الرياضية الثانية" (ev15): "دورة" whose course or
    tournament adjective ([course_kinds], [tournament_kinds]) follows it, right after or after one or two plain words
    of a construct (no number, ordinal, preposition "ل" or stop between), is a training course or a tournament, not a
    body's sitting ("الدورة الثالثة للمجلس" and "دورة المجلس العادية" stay)."""
    if strip_clitic(tokens[i].norm, "و")[0] not in EDITION_NOUNS:
        return False
    for k in range(i + 1, min(len(tokens), i + 1 + _KIND_LATER_WORDS)):
        tok = tokens[k]
        if tok.sent != tokens[i].sent or not tok.is_word:
            return False
        if tok.norm in EVENTS.COURSE_KINDS or tok.norm in EVENTS.TOURNAMENT_KINDS:
            return True
        if tok.norm[:1] == "ل" or NUMBER.match(tok.norm) or tok.norm in CALENDAR.ORDINALS:
            return False
    return False


_KIND_LATER_WORDS = 3


def _organised_edition(tokens: list[Token], i: int) -> bool:
    """ "وشارك الموظفون في دورة نظمتها الغرفة التجارية", "اختتمت الدورة التي نظمتها الجامعة" (ev15): "دورة" that a verb
    of organising with its pronoun ([organise_it]) follows, right after it or after "التي", is a course or a contest's
    edition that someone organised, not a body's sitting (a council holds its sitting: "دورته التي عقدها")."""
    if strip_clitic(tokens[i].norm, "و")[0] not in EDITION_NOUNS:
        return False
    k = i + 1
    if k < len(tokens) and tokens[k].sent == tokens[i].sent and tokens[k].norm in RELATIVES:
        k += 1
    return k < len(tokens) and tokens[k].sent == tokens[i].sent and (tokens[k].norm in EVENTS.ORGANISE_IT
                                                                      or tokens[k].norm in _ORGANISED_IT)


_ORGANISED_IT = frozenset(fold(w) for w in ("نظمتها", "أقامتها", "أقامها", "تقيمها", "يقيمها"))


def contest_edition(tokens: list[Token]) -> bool:
    """The text speaks of a numbered edition of a contest, festival, fair or race ("الدورة الثانية من مسابقة …",
    "للدورة ال17 لمهرجان …"): its other bare "الدورة" words are that edition, not a body's sitting (ext-t82)."""
    return any(strip_clitic(t.norm)[0] in EDITION_NOUNS and (of := edition_of(tokens, i)) in EVENTS.EDITION_OF
               and of not in _PRIZES for i, t in enumerate(tokens))


def course_text(tokens: list[Token]) -> bool:
    """The text names a training or awareness course ("دورة تدريبية", "الدورة التكوينية"): its other bare "الدورة"
    words (no ordinal, number or sitting type after them) are that course, not a body's sitting (ext-t90)."""
    return any(strip_clitic(t.norm)[0] in EDITION_NOUNS and i + 1 < len(tokens)
               and (tokens[i + 1].norm in EVENTS.COURSE_KINDS or _course_on_topic(tokens, i)
                    or _kind_a_few_words_on(tokens, i))
               for i, t in enumerate(tokens))  # (ext-t148: "دورة في استخدام …" too; ev15: "دورة الصيف التدريبية")


def bare_edition(tokens: list[Token], i: int) -> bool:
    """ "محاور الدورة", "برنامج الدورة": a definite session word with no ordinal, number or sitting type after it."""
    k = i + 1
    return tokens[i].article and not (k < len(tokens) and tokens[k].sent == tokens[i].sent and (
        tokens[k].norm in EVENTS.SITTING_TYPES or tokens[k].norm in CALENDAR.ORDINALS
        or bool(NUMBER.match(tokens[k].norm))))


def _organised_before(tokens: list[Token], i: int) -> bool:
    """ "نظمت اللجنة … في اليوم السابع لعيد الفطر معايدة …": a past verb of organising ([organised_past]) earlier in
    the clause of a gathering noun makes it the event organised, when no other cue word stands between them; not one
    recalled ("كانت الجمعية قد نظمت …") (ext-t78)."""
    for k in range(i - 1, max(-1, i - _ORGANISED_REACH), -1):
        if not _one_clause(tokens, k, i) or cue_kind(tokens, k) is not None:
            return False  # "أقامت الإمارة حفل معايدة", "قامت البلدية بزيارة ومعايدة …": the cue before tells it
        if strip_clitic(tokens[k].norm, "وف")[0] in EVENTS.ORGANISED_PAST:
            return k == 0 or (tokens[k - 1].norm != "قد" and tokens[k - 1].norm not in _WAS)
    return False


_ORGANISED_REACH = 20


_TERM_QUALIFIERS = frozenset(fold(w) for w in ("المقبلة", "القادمة", "الجديدة", "الحالية", "المنتهية"))
_CANDIDACY = frozenset(fold(w) for w in ("ترشحه", "ترشحها", "ترشح", "الترشح", "للترشح", "مرشح", "المرشح", "مرشحا",
                                         "لرئاسة", "رئاسة", "ولاية", "لعضوية"))


_WAS = FUNCTION_WORDS.WAS


def welcomed_on_arrival(tokens: list[Token], i: int) -> bool:
    """ "وكان في استقبال سموه في مطار …": the reception noun after "كان في", then an honorific with its holder's
    pronoun — the one who arrived was welcomed (ext-t66), as by "وكان في استقباله"."""
    return 1 < i < len(tokens) - 1 and tokens[i - 1].norm == fold("في") and tokens[i - 2].norm in _WAS \
        and tokens[i + 1].norm in ROLES.HONORIFIC_PRONOUNS and tokens[i + 1].sent == tokens[i].sent


def _term_of_office(tokens: list[Token], i: int) -> bool:
    """ "أعلن X ترشحه لرئاسة مجلس الإدارة في الدورة المقبلة": a session word qualified as coming, new or current,
    a few words after a candidacy or a presidency, is a term of office, not a sitting (ext-t45)."""
    if i + 1 >= len(tokens) or tokens[i + 1].norm not in _TERM_QUALIFIERS or tokens[i + 1].sent != tokens[i].sent:
        return False
    return any(tokens[k].sent == tokens[i].sent and tokens[k].norm in _CANDIDACY for k in range(max(0, i - 8), i))


_YEAR4 = regex.compile(r"^(?:19|20)\d\d$")
_SPAN_MARKS = frozenset({"-", "–", "—", "/", fold("إلى"), fold("الى")})


def _years_span(tokens: list[Token], i: int) -> bool:
    """ "إعادة تشكيل اللجان لدورة 2015- 2019", "الدورة المنقضية 2011 - 2015": a session word followed (past one
    adjective) by a span of two years is a term of office, not a sitting (ext-t87)."""
    k = i + 1
    if k < len(tokens) and tokens[k].article and tokens[k].sent == tokens[i].sent:
        k += 1
    if k + 2 >= len(tokens) or not _YEAR4.match(tokens[k].norm) or tokens[k].sent != tokens[i].sent:
        return False
    mark = next((x for x in (k + 1, k + 2) if tokens[x].norm in _SPAN_MARKS), None)
    return mark is not None and mark + 1 < len(tokens) and _YEAR4.match(tokens[mark + 1].norm) is not None


_YEAR_WORDS = frozenset(fold(w) for w in ("سنة", "عام", "لسنة", "لعام"))


def _year_edition(tokens: list[Token], i: int) -> bool:
    """ "مشاركته في دورة سنة 2014", "دورة عام 2019": an indefinite session word named by its year alone is a
    festival's or contest's edition, not a body's sitting (ext-t148)."""
    k = i + 1
    return not tokens[i].article and k + 1 < len(tokens) and tokens[k].norm in _YEAR_WORDS \
        and tokens[k + 1].sent == tokens[i].sent and _YEAR4.match(tokens[k + 1].norm) is not None


_PAST = frozenset(fold(w) for w in ("السابقة", "الماضية", "المنصرمة", "سابقة", "ماضية", "منصرمة"))  # "خلال دورة
# سابقة": an earlier term (ev12)
_CURRENT = fold("الحالية")
_CURRENT_OR_NEW = frozenset({_CURRENT, fold("الجديدة")})  # (ev13) "نسب المشاركة في الدورة الجديدة الثالثة" of an
# election: its new round
_MEMBERS = frozenset(fold(w) for w in ("أعضاء", "اعضاء", "وأعضاء", "لأعضاء", "عضوية", "وعضوية"))


def _past_term(tokens: list[Token], i: int) -> bool:
    """ "بزيادة مركزين عن عدد الدورة السابقة", "الدورة الحالية للانتخابات" (ext-t69): a session word qualified as
    past is an earlier term or sitting recalled, and one qualified as current with an election (or course) word
    near it in its sentence is the electoral cycle, not a sitting held, as is a body's own ("في دورته الحالية",
    ev27); "الدورة" right after "أعضاء" is a term's or a course's membership (ev12)."""
    if i > 0 and tokens[i - 1].norm in _MEMBERS and tokens[i - 1].sent == tokens[i].sent \
            and strip_clitic(tokens[i].norm)[0] in EDITION_NOUNS:
        return True  # "أن يكون أغلب أعضاء الدورة الحالية من المتقاعدين": the members of a term or a course (ev12)
    if i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    if tokens[i + 1].norm in _PAST:
        return True
    if tokens[i + 1].norm == _CURRENT and not tokens[i].article and tokens[i].norm.endswith(("ه", "ها")):
        return True  # "التحول الاستراتيجي لمجلس الهيئة في دورته الحالية": a body's current term (ev27)
    return tokens[i + 1].norm in _CURRENT_OR_NEW and any(
        strip_clitic(tokens[k].norm)[0] in EVENTS.NOT_SITTINGS and tokens[k].sent == tokens[i].sent
        for k in range(max(0, i - _CURRENT_REACH), min(len(tokens), i + 3)))


_CURRENT_REACH = 30


def _one_clause(tokens: list[Token], k: int, i: int) -> bool:
    """Tokens ``k`` and ``i`` stand in one sentence, or in two split only at an abbreviated title's full stop
    ("د.صالح", "م.سعد"), which ends no sentence."""
    return all(tokens[x].sent == tokens[x - 1].sent
               or (tokens[x - 1].norm == "." and x > 1 and tokens[x - 2].norm in ("د", "م"))
               for x in range(k + 1, i + 1))


_ROUND_STARTS = frozenset(fold(w) for w in ("انطلاق", "لانطلاق", "بانطلاق", "وانطلاق", "بدء", "لبدء", "ببدء"))


def cycle_of(tokens: list[Token], i: int) -> bool:
    """ "الانتخابات في دورتها الثالثة": a session word right after an election word (and "في") is its round."""
    if any(k >= 0 and tokens[k].sent == tokens[i].sent and tokens[k].norm in EVENTS.NOT_SITTINGS
           for k in (i - 1, i - 2)):
        return True
    if tokens[i].norm[:2] == "لل" and _election_close_before(tokens, i):
        return True  # "انتخابات المجالس البلدية للدورة الثالثة": the election's round, with ل (ev20)
    # "للانتخابات البلدية بالأحساء، في دورتها الثالثة": "في" + a possessive session word, an election word a few
    # words before it (behind a clitic) is its round (ext-t33); so is "في" + "الدورة" + an ordinal after an
    # election word: "اللجنة المحلية للانتخابات البلدية في الدورة الثالثة بمكة" names the committee's term (ext-t82)
    if i >= 2 and tokens[i - 1].norm in _ROUND_STARTS and not tokens[i].article \
            and tokens[i].norm.endswith(("ها", "ه")):
        # "مواقع الانتخابات البلدية … استعدادا لانطلاق دورتها الثالثة" (ev16): the start of its round
        return any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm)[0] in EVENTS.NOT_SITTINGS
                   for k in range(max(0, i - _CYCLE_REACH), i - 1))
    before = i - 1 if i < 1 or tokens[i - 1].norm not in OPEN_QUOTES else i - 2  # "في «دورتها الثالثة»" (ev19)
    if before < 1 or tokens[before].norm != "في":
        return False
    if tokens[i].article:
        if not _numbered_term(tokens, i):
            # the definite word, with no comma back to the election word, is its round too (ext-t79)
            for k in range(i - 2, max(-1, i - _CYCLE_REACH - 1), -1):
                if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS:
                    return False
                if strip_clitic(tokens[k].norm)[0] in EVENTS.NOT_SITTINGS:
                    return True
    elif not tokens[i].norm.endswith(("ها", "ه")):
        return False
    return any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm)[0] in EVENTS.NOT_SITTINGS
               for k in range(max(0, i - (i - 1 - before) - _CYCLE_REACH), before))


_CYCLE_REACH = 7


def _election_close_before(tokens: list[Token], i: int) -> bool:
    """An election word ("انتخابات", "الناخبين") stands within a few words before token ``i`` in its sentence, no
    comma between."""
    for k in range(i - 1, max(-1, i - 1 - _CYCLE_REACH), -1):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS:
            return False
        if strip_clitic(tokens[k].norm)[0] in EVENTS.NOT_SITTINGS:
            return True
    return False


_SYMPOSIUM = frozenset(fold(w) for w in ("ندوة", "الندوة"))
_BODY_HEADS = frozenset(fold(w) for w in ("رئيس", "أعضاء", "عضو", "أمين", "الأمين"))


def _symposium_body(tokens: list[Token], i: int) -> bool:
    """ "استقبل الأمير رئيس الندوة العالمية للشباب X وعددا من أعضاء الندوة" (ext-t106): "الندوة" right after an office's
    head or its members ("رئيس", "أعضاء") anywhere in the text names a body that has them; its mentions are no
    symposium. Read only for the word "ندوة"."""
    return any(strip_clitic(tokens[k].norm)[0] in _SYMPOSIUM and tokens[k].article
               and strip_clitic(tokens[k - 1].norm)[0] in _BODY_HEADS and tokens[k - 1].sent == tokens[k].sent
               and _named_body_after(tokens, k) for k in range(1, len(tokens) - 2))


def _named_body_after(tokens: list[Token], k: int) -> bool:
    """ "الندوة العالمية للشباب": a definite adjective, then a ل-word, the body's name going on (not "رئيس الندوة
    إن …", a symposium's chair)."""
    adj, of = tokens[k + 1], tokens[k + 2]
    return adj.sent == of.sent == tokens[k].sent and adj.article and adj.norm.endswith(("يه", "ية")) \
        and of.norm.startswith("لل")


def prize_edition(tokens: list[Token], i: int) -> bool:
    """ "المؤتمر الصحافي الخاص بجائزة X للتميز المهني في دورتها السادسة" (ext-t106): "في" + a possessive session word
    with a prize's word a few words before it (behind a clitic, no comma between) is the prize's edition, no sitting
    (nor its number)."""
    if i < 2 or tokens[i - 1].norm != "في" or tokens[i].article or not tokens[i].norm.endswith(("ها", "ه")):
        return False
    for k in range(i - 2, max(-1, i - _CYCLE_REACH - 1), -1):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS:
            return False
        if strip_clitic(tokens[k].norm)[0] in _PRIZES:
            return True
    return False


def _numbered_term(tokens: list[Token], i: int) -> bool:
    """ "الدورة الثالثة", "الدورة 3": the session word with an ordinal or a number right after it in its sentence."""
    k = i + 1
    return k < len(tokens) and tokens[k].sent == tokens[i].sent and (
        tokens[k].norm in CALENDAR.ORDINALS or bool(NUMBER.match(tokens[k].norm)))


def edition_of(tokens: list[Token], i: int) -> str:
    """The noun a numbered cue is an edition of ("الدورة 11 لمؤتمر" → "مؤتمر"), without its ل; else ""."""
    k = i + 1
    if k < len(tokens) and tokens[k].norm in EVENTS.SITTING_TYPES:
        k += 1
    if k < len(tokens) and (tokens[k].norm in CALENDAR.ORDINALS or NUMBER.match(tokens[k].norm)):
        k += 1
    elif k + 1 < len(tokens) and f"{tokens[k].norm} {tokens[k + 1].norm}" in CALENDAR.ORDINALS:
        k += 2
    else:
        return ""
    if k + 1 < len(tokens) and tokens[k].norm == "من" and tokens[k + 1].sent == tokens[i].sent:
        return tokens[k + 1].norm  # "الدورة 17 من مهرجان موازين"
    if k < len(tokens) and tokens[k].norm[:1] == "ل" and tokens[k].sent == tokens[i].sent:
        return strip_clitic(tokens[k].norm, "ل")[0]
    return ""


def _assembly_members(tokens: list[Token], i: int) -> bool:
    """ "سعداء بالالتقاء بأعضاء الجمعية العمومية" (ext-t65): a general assembly after a plural of persons is the body
    they belong to, not an assembly held; "يشار إلى أن … أقرت أثناء اجتماع الجمعية العمومية للمجلس …" is
    background."""
    if not association_word(tokens[i].norm):
        return False
    if i > 0 and strip_clitic(tokens[i - 1].norm, "وبل")[0] in FUNCTION_WORDS.ROLE_PLURALS:
        return True
    if _member_of(tokens, i):
        return True
    opener = next((t for t in tokens[max(0, i - 60) : i + 1] if t.sent == tokens[i].sent and t.is_word), tokens[i])
    return strip_clitic(opener.norm)[0] in EVENTS.BACKGROUND_OPENERS


def assembly_ahead(tokens: list[Token], i: int, reach: int = 10) -> bool:
    """ "عقب عقد الجمعية العمومية غير العادية خلال الأسبوعين المقبلين" (ext-t65): a general assembly with a word of
    the future further on in its sentence (within ``reach`` tokens) is one announced."""
    return association_word(tokens[i].norm) and any(
        tokens[k].norm in EVENTS.FUTURE or tokens[k].norm in _AHEAD_PLURAL
        for k in range(i + 1, min(len(tokens), i + reach)) if tokens[k].sent == tokens[i].sent)


_AHEAD_PLURAL = frozenset(fold(w) for w in ("المقبلين", "القادمين"))


_ASSOCIATION = fold("جمعي")


def association_word(w: str) -> bool:
    """ "جمعية", "الجمعية", "جمعيتها" (its proclitic and article passed over)."""
    return strip_clitic(w)[0].removeprefix("ال").startswith(_ASSOCIATION)


def real_visit(tokens: list[Token], i: int) -> bool:
    """ "قام بزيارة", "زيارة عمل/تفقدية/رسمية": an official visit, not any mention of a visit."""
    prev = tokens[i - 1].norm if i > 0 else ""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if _listed_visits(tokens[i].norm):
        return False
    if (tokens[i].norm.startswith("ب") and prev in EVENTS.VISIT_CONTEXT) or nxt in EVENTS.VISIT_KINDS \
            or visit_by(tokens, i) or _started_visit(tokens, i):
        return True
    # "يقوم وفد مغربي يرأسه وزير … بزيارة": the verb opens the clause, the subject stands between; "وقام مدير
    # الفرع X يرافقه مشرف البرامج Y وعدد من المنسوبين بزيارات": a subject and his companions between (ext-t31)
    return tokens[i].norm.startswith("ب") and any(
        doing(tokens[k].norm) and tokens[k].sent == tokens[i].sent for k in range(max(0, i - _DOING_REACH), i))


_DOING_REACH = 25
_START_SIGNAL = frozenset((fold(a), fold("البدء")) for a in ("شارة", "إشارة"))
_GIVES_SIGNAL = frozenset(fold(w) for w in ("يطلق", "أطلق", "تطلق", "أطلقت", "يعطي", "أعطى", "تعطي", "أعطت"))


def _signal_given(tokens: list[Token], i: int) -> bool:
    """ "يطلق أمير المنطقة الأمير X غدا شارة البدء …" (ext-t118): a starting signal an official gives (a launch verb at
    most 25 words before, in the sentence: a long subject), not one named ("الخطة هي إشارة البدء لحملة")."""
    s = tokens[i].sent
    return any(tokens[k].sent == s and strip_clitic(tokens[k].norm)[0] in _GIVES_SIGNAL
               for k in range(max(0, i - _DOING_REACH), i))


"""How far before "بزيارة" its verb of doing may stand, in its sentence (a visitor with his companions between)."""

_PLURAL_VISITS = frozenset(fold(w) for w in ("الزيارات", "زيارات", "والزيارات", "وزيارات"))


def _listed_visits(w: str) -> bool:
    """ "ناقش الاجتماع … الزيارات التي سيقوم بها أعضاء اللجان": plural visits not behind "ب" (and a verb of doing)
    are visits listed, discussed or planned, not one visit held; a relative clause naming who makes them or a kind
    after them does not make them one (ext-t61)."""
    return w in _PLURAL_VISITS


def doing(w: str) -> bool:
    """A verb of doing ("قام", "يقوم"), bare or behind و/ف ("وقام مدير … بزيارة", ext-t31)."""
    return w in EVENTS.DOING or (w[:1] in "وف" and w[1:] in EVENTS.DOING)


def visit_by(tokens: list[Token], i: int) -> bool:
    """ "الزيارة التي يقوم بها وزير …", "الزيارة التي يقوم وزير …": a visit whose visitor a relative clause names."""
    return visitor_at(tokens, i) is not None


def visit_to_come(tokens: list[Token], i: int) -> bool:
    """ "الإعداد لزيارة الدولة التي سيقوم بها الرئيس إلى المغرب" (ext-t97): a visit whose relative clause puts its
    verb of doing in the future ("سيقوم", "ستقوم") is one to come, which the text does not report."""
    if visitor_at(tokens, i) is None:
        return False
    k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].norm.removeprefix("ال") in EVENTS.VISIT_KINDS else i + 1
    return tokens[k + 1].norm[:2] in _WILL


_WILL = frozenset({"سي", "ست"})


def visitor_at(tokens: list[Token], i: int) -> int | None:
    """Where the relative clause after a visit word names its visitor: "الزيارة التي يقوم بها وزير …", "الزيارة
    الرسمية التي أجراها وزير …" (the token after the verb and its "بها"), or None."""
    k = i + 1
    if k < len(tokens) and tokens[k].norm.removeprefix("ال") in EVENTS.VISIT_KINDS:
        k += 1  # "الزيارة الرسمية التي …"
    if k + 2 >= len(tokens) or tokens[k].norm not in RELATIVES \
            or tokens[k + 1].sent != tokens[i].sent:
        return None
    verb = tokens[k + 1].norm
    if verb not in EVENTS.DOING and verb not in EVENTS.DOING_IT:
        return None
    j = k + 2
    return j + 1 if tokens[j].norm in (fold("بها"), fold("به")) and j + 1 < len(tokens) else j


def _possessive_lookalike(tok: Token) -> bool:
    """ "دوره" (his role) folds like "دورة" (a session): the cue must be written with ة or a suffix."""
    surface = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return tok.norm.endswith("ه") and not surface.endswith(("ة", "ته", "تها", "تهم"))


def _agreement_in_sentence(tokens: list[Token], i: int) -> bool:
    sent = tokens[i].sent
    for k in range(max(0, i - 12), min(len(tokens), i + 12)):
        if tokens[k].sent != sent:
            continue
        if _agreement_at(tokens, k):
            return True
        base = strip_clitic(tokens[k].norm)[0]
        if k + 1 < len(tokens) and (base, tokens[k + 1].norm) in EVENTS.SPONSORSHIP_CONTRACTS:
            return True  # "وقع الاتحاد عقد رعاية مع شركة X": a sponsorship contract (ext-t116)
    return False


def _agreement_at(tokens: list[Token], k: int) -> bool:
    """An agreement's noun at ``k`` ("اتفاقية", "والاتفاقية"), or its two words ("مذكرة تفاهم", "مذكرتي تعاون", "عقد
    شراكة")."""
    base = strip_clitic(tokens[k].norm)[0]
    if tokens[k].norm in AGREEMENTS.AGREEMENT_WORDS or base in AGREEMENTS.AGREEMENT_WORDS:
        return True
    return k + 1 < len(tokens) and ((base, tokens[k + 1].norm) == AGREEMENTS.MEMO
                                    or (base, tokens[k + 1].norm) in AGREEMENTS.AGREEMENT_TWO)


def honour_verb(w: str) -> bool:
    """ "كرم", "وكرمت": a past verb of honouring, bare or behind و/ف (ext-t31)."""
    return w in EVENTS.HONOUR_VERBS or (w[:1] in "وف" and w[1:] in EVENTS.HONOUR_VERBS)


def signing_ahead(tokens: list[Token], i: int) -> bool:
    """ "سيتم توقيع …", "ستعمل الشركة على توقيع اتفاقيات …", "من المقرر توقيع …": a future word or a verb of intent
    in the six tokens before a signing word, in its sentence: a signing to come, no event (ext-t31)."""
    return any(tokens[k].norm in EVENTS.FUTURE or tokens[k].norm in EVENTS.SIGNING_AHEAD
               or strip_clitic(tokens[k].norm, "و")[0] in EVENTS.SIGNING_AHEAD
               for k in range(max(0, i - 6), i) if tokens[k].sent == tokens[i].sent) or _signing_later(tokens, i) \
        or _signing_aimed(tokens, i) or signing_for(tokens, i)  # (ev14)


def _signing_aimed(tokens: list[Token], i: int) -> bool:
    """ "… الذين يشاركون في المبادرة من أجل التوقيع على الاتفاقية في المؤتمر المقبل", "تمهيدا لتوقيع العقود",
    "بهدف إبرام اتفاق" (ev7): a signing word right after a word of purpose is the aim of something else, none done."""
    return i > 0 and tokens[i - 1].sent == tokens[i].sent and tokens[i - 1].norm in _PURPOSE


_PURPOSE = frozenset(fold(w) for w in ("أجل", "لأجل", "بهدف", "بغية", "تمهيدا", "تمهيداً", "توطئة"))


def _signing_later(tokens: list[Token], i: int) -> bool:
    """ "التقى الوزير نظيره، وذلك قبل توقيع مذكرة تفاهم بين البلدين المقرر غدا" (ext-t127): the verbal noun of signing
    right after "قبل", or followed in its sentence by a word of scheduling ("المقرر", "المزمع", "المرتقب"), is a
    signing after the event the text reports, still to come: no event."""
    if strip_clitic(tokens[i].norm)[0] not in _SIGNING_NOUNS and tokens[i].norm not in _SIGNING_NOUNS:
        return False
    if i > 0 and tokens[i - 1].sent == tokens[i].sent and strip_clitic(tokens[i - 1].norm, "و")[0] == _BEFORE_WORD:
        return True
    return any(tokens[k].norm in _SCHEDULED and tokens[k].sent == tokens[i].sent
               for k in range(i + 1, min(len(tokens), i + _SCHEDULED_REACH)))


_SIGNING_NOUNS = frozenset(fold(w) for w in ("توقيع", "التوقيع"))
_BEFORE_WORD = fold("قبل")
_SCHEDULED = frozenset(fold(w) for w in ("المقرر", "المزمع", "المرتقب", "المقررة", "المزمعة", "المرتقبة"))
_SCHEDULED_REACH = 9


def future(tokens: list[Token], i: int) -> bool:
    sent = tokens[i].sent
    return any(tokens[k].norm in EVENTS.FUTURE for k in range(max(0, i - 4), min(len(tokens), i + 6))
               if tokens[k].sent == sent)


def arrival_at(tokens: list[Token], i: int) -> int | None:
    """ "وكان الوزير قد وصل إلى الدوحة … في زيارة رسمية": where the arrival verb stands before a visit noun after
    "في" (within its sentence), or None."""
    if i == 0 or tokens[i - 1].norm not in _IN_VISIT or strip_clitic(tokens[i].norm)[0] not in EVENTS.VISIT:
        return None
    arrived = next((k for k in range(i - 2, max(-1, i - 25), -1) if tokens[k].sent == tokens[i].sent
                    and (tokens[k].norm in EVENTS.ARRIVAL_VERBS
                         or (tokens[k].norm[:1] in "وف" and tokens[k].norm[1:] in EVENTS.ARRIVAL_VERBS))), None)
    if arrived is not None:
        return arrived
    return next((k for k in range(i - 2, max(-1, i - _DEPARTURE_REACH), -1) if tokens[k].sent == tokens[i].sent
                 and _departure_to(tokens, k, i)), None)


_IN_VISIT = frozenset({"في", fold("خلال")})
"""Before the visit noun: "وصل … في زيارة رسمية", "يغادر … إلى عمّان، ويلتقي خلال الزيارة …" (ext-t64)."""
_DEPARTURE_REACH = 60
"""How far before the visit noun a departure verb may stand: a style and a row of offices come between."""


def _departure_to(tokens: list[Token], k: int, i: int) -> bool:
    """ "يتوجه الأمير X اليوم إلى … في زيارة": a departure verb at ``tokens[k]`` with "إلى" between it and the visit
    noun at ``i`` (where he goes); "غادر … بعد انتهاء زيارة" is no visit's start."""
    w = tokens[k].norm
    if w not in EVENTS.DEPARTURE_VERBS and not (w[:1] in "وف" and w[1:] in EVENTS.DEPARTURE_VERBS):
        return False
    return any(tokens[x].norm in (fold("إلى"), "الى") for x in range(k + 1, i))


_SIGNED_ADJECTIVES = frozenset(fold(w) for w in ("الموقعة", "الموقع"))
_PAST_YEAR = regex.compile(r"^(?:19|20)\d\dم?$")
_SIGNED_YEAR_REACH = 4


def _signed_in_a_past_year(tokens: list[Token], i: int) -> bool:
    """ "وفقاً لأحكام اتفاقية العلاقات الدبلوماسية الموقعة في فيينا 1961م", "الاتفاقية الموقعة عام 1997": the
    participle with a bare year after it describes an agreement signed long ago, which no signing here reports
    (not "الموقعة اليوم 5 أغسطس 2015": a year after a month dates a day) (ext-t46)."""
    if tokens[i].norm not in _SIGNED_ADJECTIVES:
        return False
    for x in range(i + 1, min(len(tokens), i + 1 + _SIGNED_YEAR_REACH)):
        if tokens[x].sent != tokens[i].sent:
            return False
        if _PAST_YEAR.match(tokens[x].norm):
            before = tokens[x - 1].norm
            return not before.isdigit() and before not in CALENDAR.MONTHS and before not in CALENDAR.HIJRI_MONTHS
    return False


_SIGNED_VERBS = frozenset(fold(w) for w in ("وقع", "وقعت", "وقعا", "ووقع", "ووقعت", "ووقعا",
                                            # "أبرمت غرفة X مؤخرا عقدا مع أحد المكاتب …" (ext-t116)
                                            "أبرم", "أبرمت", "وأبرم", "وأبرمت"))
_ON = fold("على")
_SIGNER_REACH = 24


def _signed_on_agreement(tokens: list[Token], i: int) -> bool:
    """ "ووقع المندوب الدائم للمملكة لدى الأمم المتحدة السفير X بن Y Z على اتفاقية …": a past signing verb whose
    subject, a long office and name, puts "على" + the agreement beyond the sentence window (ext-t46)."""
    if tokens[i].norm not in _SIGNED_VERBS:
        return False
    for k in range(i + 2, min(len(tokens) - 1, i + _SIGNER_REACH)):
        if tokens[k].sent != tokens[i].sent:
            return False
        if tokens[k].norm == _ON:
            nxt = tokens[k + 1]
            return nxt.sent == tokens[i].sent and (nxt.norm in AGREEMENTS.AGREEMENT_WORDS
                                                   or strip_clitic(nxt.norm)[0] in AGREEMENTS.AGREEMENT_WORDS)
    return False


def _signed_with_then_agreement(tokens: list[Token], i: int) -> bool:
    """ "وقع نادي المنطقة الأدبي مع كلية الآداب بجامعة المدينة بجمهورية البلد اتفاقية ثقافية …": a past signing verb
    whose two parties, long names, put the agreement noun beyond the sentence window; "مع" before it and no
    punctuation between the verb and it (one clause) (ext-t161)."""
    if tokens[i].norm not in _SIGNED_VERBS:
        return False
    seen_with = False
    for k in range(i + 1, min(len(tokens), i + _SIGNER_REACH)):
        t = tokens[k]
        if t.sent != tokens[i].sent or t.is_punct:
            return False
        if t.norm == _WITH:
            seen_with = True
            continue
        if _agreement_at(tokens, k):
            return seen_with
    return False


def _opening_signer_then_agreement(tokens: list[Token], i: int) -> bool:
    """ "وقعت إدارة النادي ممثلة بنائب رئيسها والمشرف على مسابقته "X" فلان بن فلان مذكرة تعاون مع جمعية …" (evz): a
    past signing verb opening its sentence whose subject, a body and who represents it, puts the agreement noun beyond
    the sentence window; no comma, semicolon or colon between them (one clause)."""
    if tokens[i].norm not in _SIGNED_VERBS or not (i == 0 or tokens[i - 1].sent != tokens[i].sent):
        return False
    for k in range(i + 1, min(len(tokens), i + _SIGNER_REACH)):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in _CLAUSE_MARKS:
            return False
        if _agreement_at(tokens, k):
            return True
    return False


_CLAUSE_MARKS = frozenset(("،", ",", "؛", ";", ":"))


CONTRACTS = frozenset(fold(w) for w in ("عقود", "عقودا", "عقدا", "عقدين", "العقود"))
_CONTRACT_OBJECT = frozenset(fold(w) for w in ("مع", "بقيمة", "بين"))
_CONTRACT_REACH = 14
_WITH = fold("مع")


def _signed_contracts(tokens: list[Token], i: int) -> bool:
    """ "وقع أمين المنطقة X خمسة عقود لمشروعات …", "ووقعت الهيئة عقدين مع …": a past signing verb whose object,
    in its sentence, is contracts (a plural or an indefinite "عقدا", not "عقد", also the verb "held") followed by
    what they are for (ل…), their value or their other party: a signing (ext-t58). "منذ عقود", "قبل عقدين"
    (decades) are none."""
    if tokens[i].norm not in _SIGNED_VERBS:
        return False
    for k in range(i + 2, min(len(tokens) - 1, i + _CONTRACT_REACH)):
        if tokens[k].sent != tokens[i].sent:
            return False
        if tokens[k].norm == _A_CONTRACT and tokens[k + 1].sent == tokens[i].sent \
                and tokens[k + 1].norm in _CONTRACT_KINDS and tokens[k - 1].norm not in _DECADES_BEFORE:
            return True  # "وقعت أمانة المنطقة عقد صيانة الطرق مع …": a contract named by what it is for (ext-t124)
        if tokens[k].norm in CONTRACTS and tokens[k - 1].norm not in _DECADES_BEFORE:
            nxt = tokens[k + 1].norm
            if nxt == _WITH and k + 2 < len(tokens) and tokens[k + 2].norm in EVENTS.CONTRACT_PLAYERS:
                return False  # "وقع النادي عقدا مع اللاعب X": a player's contract, no institutional signing (ext-t82)
            return tokens[k + 1].sent == tokens[i].sent and (
                nxt in _CONTRACT_OBJECT or (nxt.startswith("ل") and len(nxt) > 3))
    return False


_DECADES_BEFORE = frozenset(fold(w) for w in ("منذ", "قبل", "خلال", "لعدة", "عدة", "بعد"))
_A_CONTRACT = fold("عقد")
_CONTRACT_KINDS = frozenset(fold(w) for w in ("صيانة", "تشغيل", "إنشاء", "تنفيذ", "توريد", "تأهيل", "نظافة",
                                              "إنشاءات", "تصميم", "استشارات", "تطوير", "بناء", "ترميم", "تجهيز"))
"""After "عقد" (a contract, or the verb "held"), the verbal noun of what the contract is for: a contract signed
("وقعت الأمانة عقد صيانة …"); not "عقد احتراف" (a player's), nor "عقد اجتماع" (holding one) (ext-t124)."""


_STARTS = frozenset(fold(w) for w in ("بدأ", "بدأت", "يبدأ", "تبدأ", "سيبدأ", "ستبدأ", "وبدأ", "وبدأت", "ويبدأ",
                                      "وتبدأ"))
_VISIT_STARTED = FUNCTION_WORDS.VISIT_NOUNS
_START_REACH = 20


def _started_visit(tokens: list[Token], i: int) -> bool:
    """ "يبدأ رئيس اللجنة الدولية X غدا زيارة إلى …", "بدأ الوزير X أمس جولة في …": an indefinite visit or tour,
    object of a verb of starting that opens its sentence, is an official visit (ext-t58); "بدأت زيارة الحجاج" (its
    noun right after the verb, a construct) is none."""
    if tokens[i].norm not in _VISIT_STARTED:
        return False
    for k in range(i - 2, max(-1, i - _START_REACH), -1):
        if tokens[k].sent != tokens[i].sent:
            return False
        if tokens[k].norm in _STARTS:
            return k == 0 or tokens[k - 1].sent != tokens[k].sent or tokens[k - 1].is_punct
    return False


_MEMBERSHIP = frozenset(fold(w) for w in ("عضو", "عضوا", "عضواً", "عضوًا", "عضوية", "عضويته", "عضويتها", "عضويتهم"))
_IN = fold("في")


def _member_of(tokens: list[Token], i: int) -> bool:
    """ "واختياره عضوا في الجمعية العمومية للاتحاد", "عضو الجمعية العمومية للنادي" (ext-t124): an assembly one is a
    member of, or holds membership in, is the body, not an assembly held."""
    k = i - 1
    if k > 0 and tokens[k].norm == _IN and tokens[k - 1].sent == tokens[i].sent:
        k -= 1
    return k >= 0 and tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm, "و")[0] in _MEMBERSHIP
