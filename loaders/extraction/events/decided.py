"""The event of decisions that no sitting reports: an official or a body that decides on its own ("أصدر وزير
الشؤون الاجتماعية قرارات بتكليف …", "اعتمد الاتحاد الأوروبي الشريحة الأولى …", "أوصى مجلس إدارة الشركة بتوزيع
أرباح …", "صدرت موافقة الوزير على …"). When a text's decisions have no event to hold them, the first clause in
which a deciding verb has an office, a person or an institution as its subject is that event: chaired by the
official (his ministry its institution), or held by the body (a council's or board's a sitting, any other's an
`other` event)."""

from __future__ import annotations

import datetime as dt

from marsad.loaders.extraction.cues import DECISIONS, EVENTS
from marsad.loaders.extraction.dates import DateMention, cited_document_date
from marsad.loaders.extraction.decisions import (
    DecisionMention,
    announced_approval,
    approval_cue_recalled,
    assigned_to_role,
    based_on,
    body_complement,
    grants,
    lays_down,
    refers_to_inquiry,
    relative_approval,
    renews_contract,
)
from marsad.loaders.extraction.events.chairs import agent_at, honorifics, office_agent
from marsad.loaders.extraction.events.mention import Agent, EventMention
from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.people import People
from marsad.loaders.extraction.text import COMMAS, Token, strip_clitic
from marsad.loaders.extraction.words import FUNCTION_WORDS, PEOPLE
from marsad.loaders.normalize import fold

_ISSUED_REACH = 30
"""How far after "أصدر" its subject's resolution noun may be ("أصدر وزير … الدكتور X قراراً …")."""


def _verb(norm: str) -> str:
    """The verb without a conjunction ("وأصدر" → "أصدر"; "وافق" is a verb of its own)."""
    if norm in DECISIONS.DECIDE_VERBS or norm[:1] != "و":
        return norm
    return strip_clitic(norm, "و")[0]


_RATIFY = frozenset(fold(w) for w in ("صادق", "صادقت"))
"""A ratification whose subject the pluperfect puts before it ("وكان البرلمان صادق على …") (ext-t151)."""


def _deciding(tokens: list[Token], i: int) -> bool:
    """A deciding verb at ``tokens[i]``: an approval, a recommendation, an appointment, or an issuing verb whose
    object is a resolution ("أصدر … قرارا"), or "صدرت موافقة" (the approver named after the noun)."""
    verb = _verb(tokens[i].norm)
    if verb in _RATIFY and i > 1 and tokens[i - 1].sent == tokens[i].sent and any(
            tokens[j].norm in _WAS_BEFORE for j in range(max(0, i - 8), i)):
        return True  # only after "كان" (its subject between): a verb-first "صادق X" is find.py's sitting
    if verb in _RATIFY and _kind_after(tokens, i):
        return True  # "وصادق المجلس على …" (dec3)
    if verb in DECISIONS.DECIDE_VERBS or verb in DECISIONS.RECOMMEND or verb in _APPOINT_VERBS \
            or assigned_to_role(tokens, i) or _reshuffle(tokens, i) \
            or renews_contract(tokens, i) or lays_down(tokens, i) is not None \
            or grants(tokens, i) is not None \
            or refers_to_inquiry(tokens, i) is not None:  # "كلف الوزير X … عضوا في …" (ext-t52); "جددت الشركة تعاقد …",
        # "وضعت الهيئة ضوابط …", "منحت الهيئة X حق التشغيل …" (ext-t157)
        return True
    if verb in EVENTS.ISSUE_VERBS:
        sent = tokens[i].sent
        return any(t.sent == sent and (t.norm in EVENTS.RESOLUTION or t.norm in DECISIONS.DECREES)
                   for t in tokens[i + 2 : i + _ISSUED_REACH])
    return False


def _issued_approval(tokens: list[Token], i: int) -> int | None:
    """ "صدرت موافقة وزير الشؤون الاجتماعية على …", "بناءً على موافقة مجلس الإدارة بتشكيل …": the token after the
    approval noun that follows an issued verb or "بناءً على" (where its approver is named), or None."""
    if i + 2 < len(tokens) and tokens[i + 1].norm in DECISIONS.APPROVE_BY and (
            based_on(tokens, i + 1) or announced_approval(tokens, i + 1)):
        return i + 2  # "بناءً على موافقة مجلس إدارتها بتشكيل …", "أعلنت … عن موافقة الجمعية العامة …"
    if _verb(tokens[i].norm) not in DECISIONS.ISSUED or i + 2 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return None
    if tokens[i + 1].norm in _DECREE_NOUNS and tokens[i + 2].sent == tokens[i].sent:
        return i + 2  # "صدر قرار وزير التعليم … المتضمن تمديد تكليف …": the decree's issuer after the noun (ext-t33)
    return i + 2 if tokens[i + 1].norm in DECISIONS.APPROVE_BY else None


_DECREE_NOUNS = frozenset(fold(w) for w in ("قرار", "أمر", "مرسوم", "قرارات", "أوامر", "مراسيم"))

_CARRIED_OUT = frozenset(fold(w) for w in ("أجرى", "أجرت"))
_RESHUFFLE_NOUNS = frozenset(fold(w) for w in ("تعديلا", "تعديلات", "تغييرا", "تغييرات"))
_CABINET_WORDS = frozenset(fold(w) for w in ("حكومة", "الحكومة", "حكومته", "الحكومي", "حكوميا", "وزاريا", "الوزاري",
                                             "الوزارية", "وزارية", "حكومية", "الحكومية", "التشكيلة"))
_RESHUFFLE_REACH = 18


def _reshuffle(tokens: list[Token], i: int) -> bool:
    """ "أجرى الرئيس X تعديلا جزئيا في الحكومة شمل تعيين …" (ext-t133): a head of state's or government's reshuffle is
    the act whose appointments the text goes on to tell ("أجرى" with "تعديلا"/"تغييرات" and a word of the cabinet
    after it, in its sentence); not a test or a survey carried out ("أجرى الوزير اختبارا")."""
    if _verb(tokens[i].norm) not in _CARRIED_OUT:
        return False
    sent = tokens[i].sent
    window = [t for t in tokens[i + 1 : i + 1 + _RESHUFFLE_REACH] if t.sent == sent]
    return any(t.norm in _RESHUFFLE_NOUNS for t in window) and any(t.norm in _CABINET_WORDS for t in window)


def _kind_after(tokens: list[Token], i: int) -> bool:
    """A body told by its kind alone right after the verb at ``i`` ("وصادق المجلس على توصية …"): it decides as "وافق
    المجلس على …" does (dec3); a body named in full after the verb ("صادق مجلس النواب على …") is find.py's
    sitting."""
    k = i + 1
    return k < len(tokens) and tokens[k].sent == tokens[i].sent and tokens[k].norm in DECISIONS.GENERIC_BODIES


_APPOINT_VERBS = frozenset({fold("عين"), fold("عينت")})
_APPOINTED_SHE = fold("عينت")


def _masculine_title(tokens: list[Token], people: People, k: int) -> bool:
    """The office at ``tokens[k]`` opens with a masculine head word ("عضو", "مدير", "رئيس"; not "رئيسة", "وزيرة")."""
    post = next((p for p in people.posts if p.first == k), None)
    return post is not None and not strip_clitic(tokens[k].norm, "و")[0].endswith(("ه", "ة"))


_ROYAL_STYLE = PEOPLE.ROYAL_STYLE | PEOPLE.ROYAL_TITLES | frozenset({fold("السمو"), fold("الملكي")})


def _royal_style(tokens: list[Token], k: int) -> bool:
    """A word of a royal style ("صاحب السمو الملكي الأمير") before an approver's name."""
    return tokens[k].norm in _ROYAL_STYLE


def within_decided(tokens: list[Token], events: list[EventMention], decisions: list[DecisionMention]) -> bool:
    """ "اعتمد الوزير لجنة الفصل … في الانتخابات البلدية في دورتها الثالثة": the only event found has no chair and
    every cue of it stands inside what was decided (after the object's first word), so it is part of the object
    (an election's round), not a sitting. Or (ext-dec) "أعلن البنك المركزي أنه قرر إنشاء … . وصوت مجلس النواب في
    وقت سابق على مشروع قانون …": the only event found, with no chair, is told by deciding words that are all
    recalled as earlier (its own decision dropped as background) while a decision of the text stands elsewhere:
    the text's event is that decision's."""
    ev = events[0] if len(events) == 1 else None
    if ev is None or ev.chair is not None or not ev.cues:
        return False
    if all(any(d.first < d.at < c < d.last for d in decisions) for c in ev.cues):
        return True
    return bool(decisions) and all(approval_cue_recalled(tokens, c) for c in ev.cues) \
        and not any(tokens[d.first].sent == tokens[c].sent for d in decisions for c in ev.cues)


def _head_before(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The minister named last before ``tokens[i]`` (an office that implies a ministry), as the head of "الوزارة"."""
    posts = [p for p in people.posts if p.last <= i and p.ministry]
    return office_agent(people, max(posts, key=lambda p: p.first)) if posts else None


def decided_event(tokens: list[Token], insts: list[InstMention], people: People, dates: list[DateMention],
                  published: dt.date | None, decisions: list[DecisionMention]) -> EventMention | None:
    """The event that holds ``decisions`` when no other event was found, or None (no decision, or no clause names
    who decided)."""
    if not decisions:
        return None
    starts = {m.first: m for m in insts}
    for i, tok in enumerate(tokens):
        if not tok.is_word:
            continue
        if _told_as_background(tokens, i):
            continue  # "تضاعفت الأسعار بعد أن قررت السفارة الانتقال …": what happened before, no event (ext-t151)
        at = _issued_approval(tokens, i)
        if at is None:
            at = relative_approval(tokens, i)  # "النظام الذي أقره مجلس الوزراء": the body after the verb (ext-t33)
        if at is None and not _deciding(tokens, i):
            continue
        issued = at is not None or _verb(tok.norm) in EVENTS.ISSUE_VERBS or _reshuffle(tokens, i)
        # what was decided: in the verb's sentence, or (issued decisions: "أصدر الوزير قرارات …") after it
        if not any(tokens[d.first].sent == tok.sent or (issued and d.first > i) for d in decisions):
            continue
        k = i + 1 if at is None else at
        while k < len(tokens) and tokens[k].sent == tok.sent and (
                tokens[k].norm in honorifics() or (_royal_style(tokens, k) and agent_at(tokens, people, k) is None)):
            k += 1  # "اعتمد صاحب السمو الملكي الأمير X أمير منطقة …": the style before the name
        if k >= len(tokens) or tokens[k].sent != tok.sent:
            continue
        agent = agent_at(tokens, people, k)
        if agent is not None and _verb(tok.norm) in _APPOINT_VERBS and not any(p.first == k for p in people.posts):
            agent = None  # "عينت (الإدارة) فيصل الغامدي إداريا": a bare name after the verb is the one appointed
        if agent is not None and _verb(tok.norm) == _APPOINTED_SHE and _masculine_title(tokens, people, k):
            agent = None  # "الإدارة عينت عضو مجلس الإدارة X مديرا": a feminine verb takes no masculine office as its
            # subject: the office after it is the one appointed (dec7)
        body = starts.get(k) if agent is None else None
        if agent is None and body is None and tokens[k].norm in DECISIONS.GENERIC_BODIES:
            agent = _head_before(tokens, people, i)  # "برر وزير التعليم … : اعتمدت الوزارة …": the minister's
            if agent is None:
                body = _only_of_kind(insts, tokens[k].norm)  # "منحت الهيئة …" and one authority named (ext-t157)
        if agent is None and body is None and at is None:
            body = _subject_before(tokens, insts, i)  # "… إلى أن اللجنة العامة اعتمدت البرنامج" (ext-t133)
        if agent is None and body is None and at is None:
            agent = _office_before(tokens, people, i)  # "وأضاف أن مدير الجمارك قرر إحالة …" (dec11)
        if agent is None and body is None and at is None and tokens[k].norm in _MEMBERS_AS_ONE:
            council = _council_before(tokens, insts, people, i)  # "وقرر المجتمعون إقرار الميزانية" (ext-t151)
            if council is not None:
                ev = _taken_at(tokens, i, _headed_by(tokens, people, council)
                               or _meeting_headed_by(tokens, people, council), council, dates, published)
                ev.kind = "session"
                return ev
        if agent is None and body is None:
            continue
        if agent is None and body is not None:
            agent = _headed_by(tokens, people, body)  # "قررت لجنة X برئاسة Y …": Y chairs the sitting that decided
        if body is None and agent is not None:
            body = _office_body(tokens, insts, agent)  # "اعتمد مدير عام صندوق X …": the fund's (ext-t157)
        return _taken_at(tokens, i, agent, body, dates, published)
    return _stated_event(tokens, insts, people, dates, published, decisions) or _royal_decree_event(
        tokens, people, dates, published, decisions)


_HEAD_TITLES = frozenset(fold(w) for w in ("مدير", "المدير", "رئيس", "الرئيس", "أمين", "الأمين"))
_OWN_BODY_KINDS = frozenset({"ministry", "territorial", "city"})


def _office_body(tokens: list[Token], insts: list[InstMention], agent: Agent) -> InstMention | None:
    """The body a deciding official heads, named inside his office after its head word ("مدير عام صندوق التنمية
    العقارية", "مدير جامعة X", "رئيس مجلس المنافسة"), or None: not a minister's ministry, a region or a city (the
    tuning sets leave those events without a body)."""
    post = agent.post
    if post is None or post.ministry or tokens[post.first].norm not in _HEAD_TITLES:
        return None
    inside = [m for m in insts if post.first < m.first and m.last <= post.last and m.kind not in _OWN_BODY_KINDS]
    return min(inside, key=lambda m: m.first) if inside else None


def _only_of_kind(insts: list[InstMention], generic: str) -> InstMention | None:
    """The body a generic noun ("الهيئة", "الوزارة", "المؤسسة") stands for, when the text names one institution only
    whose name opens with that noun ("الهيئة العامة للطيران المدني", named later as its head's office): its first
    mention; None when it names none or two (ext-t157)."""
    head = generic[2:] if generic.startswith("ال") else generic
    if len(head) < 3:
        return None
    named = [m for m in insts if fold(m.name).split(" ")[0] in (head, "ال" + head)]
    return named[0] if named and len({fold(m.name) for m in named}) == 1 else None


_THAT = frozenset(fold(w) for w in ("أن", "إن", "بأن", "لأن", "وأن", "وإن"))
_BACKGROUND_TIMES = frozenset(fold(w) for w in ("بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ"))


def _told_as_background(tokens: list[Token], i: int) -> bool:
    """ "بعد أن قرر الصندوق …", "منذ أن وافق …": the verb at ``i`` tells, in a clause of time, what came before the
    reported fact; no sitting of its own is reported (ext-t151)."""
    return i >= 2 and tokens[i - 1].norm == fold("أن") and tokens[i - 2].norm in _BACKGROUND_TIMES \
        and tokens[i - 2].sent == tokens[i].sent


_WAS_BEFORE = FUNCTION_WORDS.WAS
"""The pluperfect's auxiliary ("كان" and its forms) before a subject and its verb ("وكان البرلمان قد صادق على
القانون") (ext-t151)."""
_QAD = fold("قد")


def _between_subject_and_verb(norm: str) -> bool:
    """ "قد", or a gentilic adjective the body's name left out ("الكنيست الإسرائيلي"), between the pluperfect's
    subject and its verb."""
    return norm == _QAD or (norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 4)


def _subject_before(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "وأوضح المتحدث … لافتا إلى أن اللجنة العامة للانتخابات اعتمدت البرنامج الزمني" (ext-t133): the body named
    right before the deciding verb, after "أن"/"إن", is its subject: it decided, not the one who tells of it. Not a
    company ("إن شركة X وافقت على الاعتراف بعيب"): what it concedes is no body's decision."""
    for m in insts:
        if m.first > 0 and tokens[m.first - 1].norm in _WAS_BEFORE and _sits(tokens, m) \
                and tokens[m.first - 1].sent == tokens[i].sent \
                and m.last <= i <= m.last + 2 and all(_between_subject_and_verb(t.norm) for t in tokens[m.last : i]):
            return m  # "وكان المجلس (قد) صادق على …": the body between the auxiliary and the verb (ext-t151)
        if body_complement(tokens, m.last, i) and m.first > 0 and m.kind != "company" \
                and tokens[m.first - 1].norm in _THAT \
                and tokens[m.first - 1].sent == tokens[i].sent:
            return m
    return None


def _office_before(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "وأضاف أن رئيس مصلحة الجمارك قرر تحرير محضر …" (dec11): the office named right after "أن"/"إن" and right
    before the deciding verb (its holder's name between them, or none) is the verb's subject: that official
    decided, not the one who tells of it."""
    for p in people.posts:
        if p.first == 0 or tokens[p.first - 1].norm not in _THAT or tokens[p.first - 1].sent != tokens[i].sent:
            continue
        if p.last == i or any(pm.first == p.last and pm.last == i for pm in people.persons):
            return office_agent(people, p)
    return None


_HEADED = fold("برئاسة")


def _headed_by(tokens: list[Token], people: People, body: InstMention) -> Agent | None:
    """ "قررت لجنة شؤون اللاعبين برئاسة X …": the office holder or person right after "برئاسة" (honorifics between)
    that follows the deciding body's name."""
    k = body.last
    if k >= len(tokens) or tokens[k].norm != _HEADED or tokens[k].sent != tokens[body.first].sent:
        return None
    return _head_named_after(tokens, people, k)


def _head_named_after(tokens: list[Token], people: People, headed: int) -> Agent | None:
    """The office holder or person right after "برئاسة" at ``headed`` (honorifics between), in its sentence."""
    k = headed + 1
    while k < len(tokens) and tokens[k].norm in honorifics():
        k += 1
    return agent_at(tokens, people, k) if k < len(tokens) and tokens[k].sent == tokens[headed].sent else None


_MEMBERS_AS_ONE = frozenset(fold(w) for w in ("المجتمعون", "المجتمعين", "الأعضاء", "المجلس"))
"""The deciders told as the sitting's attendees or its council by kind alone ("وقرر المجتمعون …", "ووافق الأعضاء
على …"): the council the text named before decided (ext-t151)."""
_COUNCIL_KINDS = ("governing_body", "parliament")


_COUNCIL_HEADS = (fold("المجلس"), fold("مجلس"))


def _sits(tokens: list[Token], m: InstMention) -> bool:
    """A council, a board or a parliament: a body that decides at a sitting (not a union's or a ministry's
    recalled approval, "كان الاتحاد وافق في عام 2010 على …")."""
    return m.kind in _COUNCIL_KINDS or tokens[m.first].norm in _COUNCIL_HEADS


def _council_before(tokens: list[Token], insts: list[InstMention], people: People, i: int) -> InstMention | None:
    """The council, board or parliament the text names last before ``tokens[i]`` (the deciding verb), or None."""
    before = [m for m in insts if m.last <= i and _sits(tokens, m)
              and not any(p.first < m.first and m.last <= p.last for p in people.posts)]  # not its head's office
    return max(before, key=lambda m: m.first) if before else None


_MEETING_STEMS = tuple(fold(w) for w in ("اجتماع", "جلس"))


def _meeting_headed_by(tokens: list[Token], people: People, body: InstMention) -> Agent | None:
    """ "عقد أعضاء المجلس البلدي اجتماعهم برئاسة X": the chair after "برئاسة" when only the meeting's noun stands
    between the council's name and it (ext-t151)."""
    sent = tokens[body.first].sent
    heads = [j for j in range(body.last + 1, min(body.last + 3, len(tokens))) if tokens[j].norm == _HEADED]
    if not heads or any(t.sent != sent for t in tokens[body.last : heads[0] + 1]) \
            or not strip_clitic(tokens[heads[0] - 1].norm, "و")[0].startswith(_MEETING_STEMS):
        return None  # "… اجتماعهم برئاسة": the meeting's noun right before "برئاسة", one word more allowed
    return _head_named_after(tokens, people, heads[0])


def _taken_at(tokens: list[Token], i: int, agent: Agent | None, body: InstMention | None, dates: list[DateMention],
              published: dt.date | None) -> EventMention:
    """The event a decision was taken at, announced by the word at ``i``: a council's or parliament's sitting, any
    other body's or official's `other` event, dated by the date nearest ``i`` in its sentence."""
    sitting = body is not None and body.kind in ("governing_body", "parliament")
    general = body is not None and fold(body.name).startswith(_GENERAL_ASSEMBLIES)  # "أقرت الجمعية العمومية …"
    ev = EventMention("assembly" if general else "session" if sitting else "other", [i], chair=agent, body=body,
                      sentences={tokens[i].sent})
    near = [d for d in dates if tokens[d.first].sent == tokens[i].sent and not cited_document_date(tokens, d)]
    if near:
        ev.date = min(near, key=lambda d: abs(d.first - i)).resolve(published)
    return ev


_GENERAL_ASSEMBLIES = tuple(fold(w) for w in ("الجمعية العمومية", "الجمعية العامة", "الجمع العام"))
"""A general assembly that decides meets as an assembly (ext-t33)."""


_STATE_VERBS = frozenset(fold(w) for w in ("قال", "قالت", "أعلن", "أعلنت", "أوضح", "أوضحت", "ذكر", "ذكرت", "أفاد",
                                           "أفادت", "كشف", "كشفت", "بين", "بينت", "تعلن", "يعلن", "أكد", "أكدت"))
"""Verbs that state a decision taken ("وقال المجلس في بيان: إنه تمت تسمية …", a company's notice "تعلن شركة X عن
قبول مجلس الإدارة …"); not "طالب" (demanded), "نفى"."""


def _stated_event(tokens: list[Token], insts: list[InstMention], people: People, dates: list[DateMention],
                  published: dt.date | None, decisions: list[DecisionMention]) -> EventMention | None:
    """ "وقال مجلس إدارة النادي في بيان: إنه تمت تسمية X رئيسا …": a decision that no deciding clause names, in the
    sentence of a statement whose subject (right after the verb) is a body or an office, was taken by that body
    (a council's or board's sitting, any other's an `other` event) or chaired by that official."""
    starts = {m.first: m for m in insts}
    firsts = {d.first for d in decisions}
    for i, tok in enumerate(tokens):
        if not tok.is_word or _verb(tok.norm) not in _STATE_VERBS:
            continue
        if not any(tokens[f].sent == tok.sent and f > i for f in firsts):
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].norm in honorifics() and tokens[k].sent == tok.sent:
            k += 1
        if k >= len(tokens) or tokens[k].sent != tok.sent:
            continue
        agent = agent_at(tokens, people, k) if any(p.first == k for p in people.posts) else None
        body = starts.get(k) if agent is None else None
        if agent is None and body is None:
            body = _named_by_its_head(tokens, insts, k)  # "وقال الائتلاف في بيان: إنه تمت تسمية …" (dec)
        if agent is None and body is None:
            continue
        return _taken_at(tokens, i, agent, body, dates, published)
    return None


_SHORT_NAME_LEN = 5
"""The shortest definite head word ("الائتلاف", "الاتحاد", "المجلس") that may stand for a body named in full."""


def _named_by_its_head(tokens: list[Token], insts: list[InstMention], k: int) -> InstMention | None:
    """ "أعلن الائتلاف السوري المعارض … . وقال الائتلاف في بيان: إنه تمت تسمية …" (dec): a definite word that no
    institution mention holds, standing for the one body the text named before it whose full name (two words or
    more) opens with that word; None when no body or two different ones open with it."""
    norm = tokens[k].norm
    if not tokens[k].is_word or not norm.startswith("ال") or len(norm) < _SHORT_NAME_LEN:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent and tokens[k + 1].is_word \
            and tokens[k + 1].norm.startswith("ال"):
        return None  # "وقال الاتحاد الأوروبي …": a name of its own that no mention holds, not the body named before
    named = [m for m in insts if m.last - m.first > 1 and tokens[m.first].norm == norm]
    if not named or named[0].last > k or len({fold(m.name) for m in named}) != 1:
        return None
    return named[0]


_ORDER = frozenset(fold(w) for w in ("أمر", "الأمر", "أوامر", "الأوامر"))
_ROYAL = frozenset(fold(w) for w in ("ملكي", "الملكي", "ملكية", "الملكية"))
_KING_TITLES = frozenset(fold(w) for w in ("الملك", "خادم الحرمين الشريفين"))


def _royal_decree_event(tokens: list[Token], people: People, dates: list[DateMention], published: dt.date | None,
                        decisions: list[DecisionMention]) -> EventMention | None:
    """ "صدر أمر ملكي بتعيين X أميرا لمنطقة …": a decision a royal order makes, with no deciding clause, is the
    King's: an `other` event chaired by him when the text names him with his office ("خادم الحرمين الشريفين")."""
    king = next((p for p in people.posts if fold(p.title) in _KING_TITLES), None)
    if king is None:
        return None
    firsts = {d.first for d in decisions}
    for i, tok in enumerate(tokens[:-2]):
        if _verb(tok.norm) not in DECISIONS.ISSUED or tokens[i + 1].norm not in _ORDER \
                or tokens[i + 2].norm not in _ROYAL or tokens[i + 2].sent != tok.sent:
            continue
        if not any(tokens[f].sent == tok.sent and f > i for f in firsts):
            continue
        ev = EventMention("other", [i], chair=office_agent(people, king), sentences={tok.sent})
        near = [d for d in dates if tokens[d.first].sent == tok.sent]
        if near:
            ev.date = min(near, key=lambda d: abs(d.first - i)).resolve(published)
        return ev
    return None


_DIRECTIVE_REACH = 30
"""How far after a directive's verb its "ب" + verbal noun may be (the agent's styles, name and office between)."""
_ADDRESSEE_WORDS = 5
"""Words between the directive's agent and its "ب" ("وجه الأمير X الجهات ذات العلاقة بتسمية …"): the addressee."""
_LEDE_SENTENCES = 2
_OBJECT_WORDS = 15
_UNIT_HEADS = frozenset(fold(w) for w in ("دائرة", "إدارة", "الإدارة", "قسم", "وحدة", "شعبة", "مديرية", "المديرية",
                                          "لجنة", "اللجنة", "فرع"))
"""A unit the text names with its parent body right after it ("أمرت دائرة العرض والأخلاق بهيئة التحقيق …"): the
parent body is the one that orders."""
_COURT_HEADS = tuple(fold(w) for w in ("محكمة", "المحكمة", "النيابة"))
_SENT_TO = frozenset(fold(w) for w in ("إلى", "الى", "لدى"))
_CLAUSE_MARKS = frozenset({".", "؛", ";", ":", "!", "؟", "?"})
_DERIVED_PREFIXES = ("ت", "ا", "است")
_ALSO_DIRECTED = frozenset(fold(w) for w in ("كما", "وكما"))
_QUOTES = (("«", "»"), ("“", "”"))


def _directive_noun(norm: str) -> bool:
    """A verbal noun a directive orders ("تقديم", "إيقاف", "استكمال", "سرعة", "صرف"), without the article."""
    if norm in DECISIONS.NOT_DIRECTIVE_NOUNS or norm.startswith("ال"):
        return False
    if norm in DECISIONS.DIRECTIVE_NOUNS:
        return True
    return len(norm) >= 4 and norm.startswith(_DERIVED_PREFIXES)


def _directive_at(tokens: list[Token], m: int) -> int | None:
    """The verbal noun a directive's "ب" at ``tokens[m]`` takes ("بتقديم", "بإيقاف", "بـ «ضبط …»"): its index, or
    None."""
    tok = tokens[m]
    if not tok.is_word or not tok.norm.startswith("ب"):
        return None
    if tok.norm == "ب":  # "بـ" written apart, a quotation mark or none before the noun
        x = m + 1
        while x < len(tokens) and not tokens[x].is_word and tokens[x].norm not in _CLAUSE_MARKS \
                and tokens[x].sent == tok.sent:
            x += 1
        return x if x < len(tokens) and tokens[x].sent == tok.sent and _directive_noun(tokens[x].norm) else None
    return m if _directive_noun(tok.norm[1:]) else None


def _quoted(text: str, start: int) -> bool:
    """The character at ``start`` stands inside a quotation opened earlier on its line (« … », “ … ”, " … ")."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return any(before.count(a) > before.count(b) for a, b in _QUOTES) or before.count('"') % 2 == 1


def _lede_sentences(tokens: list[Token], title: int) -> set[int]:
    """The first sentences that hold a word: the lede (one or two sentences), and the headline before it."""
    out: list[int] = []
    for t in tokens:
        if t.is_word and t.sent not in out:
            out.append(t.sent)
            if len(out) >= _LEDE_SENTENCES + (1 if title >= 0 else 0):
                break
    return set(out)


def _agent_end(tokens: list[Token], insts: list[InstMention], people: People, k: int, limit: int) -> int:
    """The token after the directive's agent from ``tokens[k]``: its styles, names, offices and bodies in a row
    ("صاحب السمو الملكي الأمير X بن Y أمير منطقة Z", "وزير التعليم الدكتور “X”"), a comma ending it."""
    ends = {m.first: m.last for m in insts}
    for p in people.posts:
        ends[p.first] = max(ends.get(p.first, 0), p.last)
    for pm in people.persons:
        ends[pm.first] = max(ends.get(pm.first, 0), pm.last)
    while k < limit:
        if k in ends:
            k = ends[k]
        elif tokens[k].norm in honorifics() or _royal_style(tokens, k) or tokens[k].norm in "«»“”\"":
            k += 1
        else:
            break
    return k


def _directive_agent(tokens: list[Token], insts: list[InstMention], people: People, k: int, m: int
                     ) -> tuple[Agent | None, InstMention | None]:
    """Who directs, from ``tokens[k]`` (past the styles) to the "ب" at ``m``: an office or a named person, or a body
    (a unit named with its parent body: the parent); (None, None) when none, or a court (its orders are rulings)."""
    agent = agent_at(tokens, people, k)
    if agent is not None:
        return agent, None
    body = next((b for b in insts if b.first == k), None)
    if body is None and tokens[k].norm in _UNIT_HEADS:
        body = next((b for b in insts if k < b.first < m and tokens[b.first].norm[:1] == "ب"
                     and b.first - k <= _ADDRESSEE_WORDS), None)  # "دائرة العرض والأخلاق بهيئة التحقيق …"
    if body is None or fold(body.name).startswith(_COURT_HEADS) or tokens[k].norm.startswith(_COURT_HEADS):
        return None, None
    return None, body


def _directive(tokens: list[Token], insts: list[InstMention], people: People, i: int
               ) -> tuple[Agent | None, InstMention | None, int] | None:
    """ "وجه أمير المنطقة X بتقديم …", "أمرت دائرة X بهيئة Y بتمديد …": the verb at ``i`` with its agent (an office,
    a person or a body) and, after it (a comma, or an addressee of a few words, between), "ب" + a verbal noun:
    (the agent, the body, the verbal noun's index), or None. Not "وجه X كلمة/الدعوة …" (sent), nor "وجه X إلى …"."""
    sent = tokens[i].sent
    k = i + 1
    while k < len(tokens) and tokens[k].sent == sent and (tokens[k].norm in honorifics() or (
            _royal_style(tokens, k) and agent_at(tokens, people, k) is None)):
        k += 1
    limit = min(len(tokens), i + _DIRECTIVE_REACH)
    if k >= limit or tokens[k].sent != sent:
        return None
    for m in range(k + 1, limit):
        norm = tokens[m].norm
        if tokens[m].sent != sent or norm in _CLAUSE_MARKS or norm in _SENT_TO or norm in DECISIONS.SENT_NOUNS:
            return None
        noun = _directive_at(tokens, m)
        if noun is None:
            continue
        agent, body = _directive_agent(tokens, insts, people, k, m)
        if agent is None and body is None:
            return None
        end = _agent_end(tokens, insts, people, k if body is None or body.first == k else body.first, m)
        gap = [t for t in tokens[end:m] if t.is_word]
        if len(gap) > _ADDRESSEE_WORDS or any(t.norm in COMMAS for t in tokens[end : m - 1]):
            return None  # "وجه الأمير X، في كلمة ألقاها …، بـ…": a clause between, no directive read
        return agent, body, noun
    return None


def _directive_object_end(tokens: list[Token], noun: int) -> int:
    """The token after a directive's object: its clause, up to a comma or a sentence's mark, a few words at most."""
    sent = tokens[noun].sent
    x = noun + 1
    while x < len(tokens) and x < noun + _OBJECT_WORDS and tokens[x].sent == sent \
            and tokens[x].norm not in COMMAS and tokens[x].norm not in _CLAUSE_MARKS:
        x += 1
    while x - 1 > noun and not tokens[x - 1].is_word:
        x -= 1
    return x


def _directive_decision(text: str, tokens: list[Token], i: int, noun: int) -> DecisionMention:
    end = _directive_object_end(tokens, noun)
    start = tokens[noun].start + (1 if tokens[noun].norm[:1] == "ب" and len(tokens[noun].norm) > 1 else 0)
    return DecisionMention(i, end, "measures", "approve", text[start : tokens[end - 1].end], None, noun)


def _more_directives(text: str, tokens: list[Token], i: int) -> list[DecisionMention]:
    """ "… كما وجه بتكثيف التواجد الأمني …": a further directive of the same agent in the lede's sentence, the verb
    right before its "ب" (the agent left out, or his pronoun style: "كما وجه سموه بـ…")."""
    sent = tokens[i].sent
    out: list[DecisionMention] = []
    for v in range(i + 2, len(tokens) - 1):
        if tokens[v].sent != sent:
            break
        if tokens[v].norm not in DECISIONS.DIRECTIVE_VERBS or not (
                tokens[v].norm[:1] == "و" or tokens[v - 1].norm in _ALSO_DIRECTED):
            continue
        m = v + 1 if tokens[v + 1].norm not in honorifics() or v + 2 >= len(tokens) else v + 2
        noun = _directive_at(tokens, m) if tokens[m].sent == sent else None
        if noun is not None:
            out.append(_directive_decision(text, tokens, v, noun))
    return out


def directed_event(text: str, tokens: list[Token], insts: list[InstMention], people: People,
                   dates: list[DateMention], published: dt.date | None, title: int,
                   decisions: list[DecisionMention]) -> tuple[EventMention, list[DecisionMention]] | None:
    """ "وجه صاحب السمو الملكي الأمير X أمير منطقة Y بتقديم أفضل الخدمات …", "أمرت دائرة X بهيئة Y بتمديد حبس …"
    (dir20): a text that opens with an official's or a body's directive and tells no sitting reports that directive
    as one `other` event chaired by the official (or held by the body that orders), its order one decision of kind
    `measures` (one more for each further "كما وجه بـ…" of its sentence). Only at the lede, the verb opening its
    sentence (after "و" or not), and not inside a quotation; (the event, its new decisions) or None. The caller asks
    this only when no other event was found."""
    lede = _lede_sentences(tokens, title)
    for i, tok in enumerate(tokens):
        if tok.sent not in lede or tok.norm not in DECISIONS.DIRECTIVE_VERBS:
            continue
        if any(t.is_word and t.sent == tok.sent for t in tokens[max(0, i - _DIRECTIVE_REACH) : i]) \
                or _quoted(text, tok.start):
            continue  # the verb opens its sentence ("وكان X قد وجه …" tells what came before)
        found = _directive(tokens, insts, people, i)
        if found is None:
            continue
        agent, body, noun = found  # (an official directs alone: his office's body holds no event, tuning147/177)
        ev = _taken_at(tokens, i, agent, body, dates, published)
        ev.kind = "other"
        told = [_directive_decision(text, tokens, i, noun), *_more_directives(text, tokens, i)]
        return ev, [d for d in told if not any(o.first < d.last and d.first < o.last for o in decisions)]
    return None
