"""Who chaired an event: the office holder or person after a chair cue (ترأس، برئاسة، تحت رئاسة، أشرف على),
the host of a reception, never the head of a visiting delegation."""

from __future__ import annotations

from functools import lru_cache

from marsad.loaders.extraction.cues import EVENTS, ROLES
from marsad.loaders.extraction.events.kinds import cue_kind
from marsad.loaders.extraction.events.mention import Agent, EventMention
from marsad.loaders.extraction.lexicon import lexicon
from marsad.loaders.extraction.people import People, PersonMention, PostMention
from marsad.loaders.extraction.text import (
    AND_RELATIVES,
    COMMAS,
    RELATIVES,
    Token,
    candidates,
    in_words,
    sentence_end,
    sentence_start,
    strip_clitic,
)
from marsad.loaders.extraction.words import CALENDAR, CHAINS, FUNCTION_WORDS, INSTITUTIONS, PEOPLE, is_stop
from marsad.loaders.normalize import fold


def office_agent(people: People, post: PostMention) -> Agent:
    """An office as an agent, with its holder's name mention when the office is held by one."""
    return Agent(next((pm for pm in people.persons if pm.name == post.holder), None), post)


def person_agent(people: People, person: PersonMention) -> Agent:
    """A named person as an agent, with the office the text gives him when it gives one."""
    return Agent(person, next((p for p in people.posts if p.holder == person.name), None))


def agent_at(tokens: list[Token], people: People, k: int) -> Agent | None:
    for p in people.posts:
        if p.first == k and not tokens[k].norm.endswith("ا") \
                and not eponym_title(tokens, p):  # "وزيرا الداخلية والعدل": two chairs
            return office_agent(people, p)
    for pm in people.persons:
        if pm.first == k:
            return person_agent(people, pm)
    return None


def eponym_title(tokens: list[Token], p: PostMention) -> bool:
    """ "وصل الوفد إلى مطار الملك خالد الدولي، وكان في استقباله …", "فاز الفريق على ملعب الملك فهد بعد لقائه …"
    (part16): a royal title no one holds ("الملك", "خادم الحرمين الشريفين …"), right after a place's, a body's or a
    programme's noun in the construct state ("برنامج خادم الحرمين الشريفين للابتعاث"; no article, its sentence), is
    the eponym the place, the body or the programme is named after; it neither hosts nor attends."""
    title = fold(p.title)
    if p.holder or p.first == 0 or not (title in PEOPLE.ROYAL_TITLES or title.startswith(_KINGS_TITLE)):
        return False
    noun = tokens[p.first - 1]
    heads = PEOPLE.NAMED_PLACES | INSTITUTIONS.EPONYM_HEADS | PEOPLE.EPONYM_PROGRAMMES
    return noun.sent == tokens[p.first].sent and not noun.article \
        and (noun.norm in heads or strip_clitic(noun.norm)[0] in heads)  # ("برنامج", "لجائزة")


_KINGS_TITLE = fold("خادم الحرمين")


def _agent_ending(tokens: list[Token], people: People, k: int) -> Agent | None:
    for p in people.posts:
        if p.last == k:
            return office_agent(people, p)
    for pm in people.persons:
        if pm.last == k:
            return person_agent(people, pm)
    return None


_HIS_HEAD = frozenset(fold(w) for w in ("رئيسه", "مديره"))  # folded like "رئيسة", "مديرة"


def skips_after_chair(tokens: list[Token], people: People, j: int) -> bool:
    """ "برئاسة رئيسه X", "ترأس الاجتماع مديره X": a word between a chairing cue and its agent; not a woman's office
    written with ة that opens a post ("وترأست رئيسة البرنامج X اجتماعا", "برئاسة مديرة المركز X"), which the fold
    makes look like "رئيسه" (his head) but is the chair's own office (ext-t47)."""
    if tokens[j].norm not in ROLES.SKIP_AFTER_CHAIR:
        return False
    return not (tokens[j].norm in _HIS_HEAD and tokens[j].text.endswith("ة")
                and any(p.first == j and p.last > j + 1 for p in people.posts))


def _abbreviated(tokens: list[Token], j: int) -> bool:
    """ "برئاسة م. X", "د. X": an abbreviated title (engineer, doctor) and its full stop stand before the name."""
    if tokens[j].norm == ".":
        return j > 0 and tokens[j - 1].norm in ("م", "د")
    return tokens[j].norm in ("م", "د") and j + 1 < len(tokens) and tokens[j + 1].norm == "."


def _cue_positions(tokens: list[Token], people: People) -> list[int]:
    """Where a chairing or receiving cue stands ("برئاسة", "ترأس", "استقبل"), in text order; none inside a
    name ("هاني أبو رأس")."""
    out: list[int] = []
    cues = candidates(tokens, _CHAIR_WORDS)  # (most words cannot be a cue: only these are tested)
    if not cues:
        return out
    named = {x for pm in people.persons for x in range(pm.first, pm.last)}
    on = (fold("على"), "علي")
    for k in cues:
        w = tokens[k].norm
        if not _may_chair(w) or k in named:
            continue
        two = _pair(tokens, k)
        if k > 0 and tokens[k - 1].norm in on:
            continue  # "على رأس الوفد": at the head of, not chaired
        if in_words(w, ROLES.CHAIR) or two in ROLES.CHAIR_TWO \
                or w in ROLES.RECEIVE or w in ROLES.RECEPTION \
                or (w in EVENTS.RECEPTION_NOUN and k > 0 and tokens[k - 1].norm in ROLES.DURING):
            out.append(k)
    return out


_CHAIR_WORDS = ROLES.CHAIR | {first for first, _ in ROLES.CHAIR_TWO} | ROLES.RECEIVE | ROLES.RECEPTION \
    | EVENTS.RECEPTION_NOUN | AND_RELATIVES
"""The words of ``_may_chair`` (behind a proclitic too, for the chairing words)."""


def _pair(tokens: list[Token], k: int) -> tuple[str, str]:
    """The two words at ``k`` as a two-word chair cue reads them; a relative behind "و" reads as the bare one
    (s12-chair2: "في الاجتماع الأول للجنة، والذي عقده في مكتبه": who held it is the sentence's subject, as after
    "الذي عقده")."""
    if k + 1 >= len(tokens):
        return ("", "")
    w = tokens[k].norm
    return (_BARE_RELATIVE.get(w, w), tokens[k + 1].norm)


_BARE_RELATIVE = {w: w[1:] for w in AND_RELATIVES}


@lru_cache(maxsize=65536)
def _may_chair(w: str) -> bool:
    """Whether a word can stand at a chairing or receiving cue of ``_cue_positions`` (most words cannot)."""
    w = _BARE_RELATIVE.get(w, w)
    return in_words(w, ROLES.CHAIR) or any(w == first for first, _ in ROLES.CHAIR_TWO) \
        or w in ROLES.RECEIVE or w in ROLES.RECEPTION or w in EVENTS.RECEPTION_NOUN


def _won_presidency(tokens: list[Token], k: int) -> bool:
    """ "احتفظ رئيس المجلس X برئاسة المجلس", "فاز X برئاسة النادي" (ext-t65): "برئاسة" after a verb of keeping or
    winning earlier in its clause is the office kept or won, not an event's chair."""
    if tokens[k].norm != _PRESIDENCY_B:
        return False
    for x in range(k - 1, max(-1, k - _WON_REACH), -1):
        if tokens[x].sent != tokens[k].sent or tokens[x].norm in COMMAS:
            return False
        if strip_clitic(tokens[x].norm, "وف")[0] in _WON:
            return True
    return False


_PRESIDENCY_B = fold("برئاسة")
_WON = frozenset(fold(w) for w in ("احتفظ", "احتفظت", "يحتفظ", "تحتفظ", "فاز", "فازت", "يفوز", "تفوز"))
_WON_REACH = 14


def chair(tokens: list[Token], people: People, ev: EventMention, *, own_only: bool = False) -> Agent | None:
    lo = ev.cues[0] if ev.cues else 0
    head_sent = tokens[lo].sent if ev.cues else -1
    # only chairing and receiving cues are read, nearest first: own sentences, then the cue's, then by distance
    order = sorted(_cue_positions(tokens, people), key=lambda k: (tokens[k].sent not in ev.sentences,
                                                          tokens[k].sent != head_sent, abs(k - lo)))
    deferred: Agent | None = None  # a talk's holder read before its noun, when the event's "استقبل" names a host
    for k in order:
        if own_only and tokens[k].sent not in ev.sentences:
            break
        w = tokens[k].norm
        if session_host_elsewhere(tokens, ev, k):
            continue  # "عقد مجلس الوزراء جلسته … . وقال رئيس مجلس النواب X خلال لقائه …": another meeting's host
        if strip_clitic(w)[0] in _WILL_CHAIR and (tokens[k].sent not in ev.sentences or _chairs_another(tokens, ev, k)):
            continue  # "كما سيترأس الوزير X حفلا …": a future chair cue says who chairs only in the event's sentences,
            # and not when it names the other event it chairs
        two = _pair(tokens, k)
        if w in EVENTS.RECEPTION_NOUN:  # "لدى استقبال نائب الرئيس X له": X hosts
            if tokens[k].sent != head_sent and lead_named_at_head(tokens, people, ev):
                continue  # (part18)
            host = reception_host(tokens, people, k)
            if host is not None:
                return host
            continue
        if w in ROLES.SUPERVISE and not any(tokens[x].norm == fold("على") and tokens[x].sent == tokens[k].sent
                                       for x in range(k + 1, min(len(tokens), k + 20))):
            continue  # "أشرف … على" chairs; a bare "أشرف" is a given name
        if w in ROLES.RECEPTION and k > 0 and tokens[k - 1].norm in ROLES.PASSIVE:
            continue  # "وتم استقباله": he was received, the host is not named
        if _done_before(tokens, k):
            continue  # "وسبق لـX أن أشرف على المنتخب عام 2006": an act recalled, no chair of the event (ext-t80)
        if _composition(tokens, k):
            continue  # "لجنة التطوير، برئاسة X وعضوية كل من Y وZ": who heads a committee formed, no sitting's chair
        if _committee_formed(tokens, k):
            continue  # "وتم تشكيل لجنة برئاسة X لبدء العمل": who heads a committee set up, no chair (ext-t135)
        if _heads_body(tokens, people, k):
            continue  # "اللجنة الدائمة التي يرأسها الوزير": who heads a body, no sitting's chair (ext-t38)
        if _won_presidency(tokens, k):
            continue  # "احتفظ رئيس المجلس X برئاسة المجلس حتى 2019": a presidency kept or won, no sitting (ext-t65)
        if _heads_body_told_apart(tokens, ev, k):
            continue  # "وسبق لاتحاد الكرة برئاسة X أن أعلن …": who heads a body named in a sentence that tells no
            # event, not who chaired this one (ext-t139)
        if _in_background_clause(tokens, ev, k):
            continue  # "الجدير بالذكر أن لجنة X وبلدية Y برئاسة Z كانت لهم جهود": who heads a body named in
            # background, no chair of the event (ext-t104)
        if _numbered_panel_told(tokens, ev, k):
            continue  # "ينظم المجلس ملتقى … . أما الجلسة الثالثة … والتي يرأسها د. X": X chairs one of the forum's
            # sittings, not the forum (slots22)
        if ev.kind in ("assembly", "session", "meeting") and leads_delegation(tokens, k):
            continue  # "بوفد برلماني … برئاسة X": X leads the delegation, not the conference nor the meeting
            # ("التقى الوزير وفدا … برئاسة X": the minister holds it)
        j = k + (2 if two in ROLES.CHAIR_TWO else 1)
        while j < len(tokens) and (skips_after_chair(tokens, people, j) or tokens[j].norm in COMMAS
                                   or tokens[j].norm in honorifics() or _bare_style(people, tokens, j)
                                   or _abbreviated(tokens, j) or _rank(people, tokens, j)
                                   or _style_before_name(people, tokens, j) or _joint_between(tokens, k, j)):
            j += 1
        agent = None if w in ROLES.RECEPTION else (agent_at(tokens, people, j) or _agent_ending(tokens, people, k)
                                                   or _office_after_unread(tokens, people, j)
                                                   or _surname_at(tokens, people, j)
                                                   or _name_after_styled_title(tokens, people, j)
                                                   or _name_after_bare_title(tokens, people, k, j)
                                                   or _title_then_surname(tokens, people, j))
        # "استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير X": the office before a style and a name
        agent = _named_elsewhere(tokens, people, _stacked_holder(tokens, people, agent))
        agent = _office_then_surname(tokens, people, agent)  # "برئاسة الرئيس هادي": the one named in full (ext-t69)
        if w in ROLES.RECEIVE and k > 0 and tokens[k - 1].norm == "قد":
            agent = clause_subject(tokens, people, k)  # "وكان الأمير X قد استقبل Y": X, before, hosts
        elif w in ROLES.RECEIVE:  # passive: "استقبل X … من طرف Y" — Y received X
            by = next((x + 2 for x in range(k + 1, min(len(tokens) - 2, k + 30)) if tokens[x].sent == tokens[k].sent
                       and tokens[x].norm == "من" and tokens[x + 1].norm in ROLES.BY), None)
            while by is not None and by < len(tokens) and tokens[by].norm in honorifics():
                by += 1
            agent = (agent_at(tokens, people, by) if by is not None else None) or agent
        # "خلال استقباله X": X is the guest; the host is the subject before
        if agent is None and (w == fold("ترؤس") or w in ROLES.RECEPTION) \
                and not _chaired_after_meeting(tokens, k) \
                and not _welcomed_in_report(tokens, k):  # "ناب X … عن الرئيس في ترؤس هذا اللقاء",
            # "استعرض رئيس الحكومة … خلال استقباله …": the subject before the verbal noun
            agent = next((a for a in (agent_at(tokens, people, x) for x in range(max(0, k - 25), k)
                                      if tokens[x].sent == tokens[k].sent)
                          if a is not None and not _accompanier_at(tokens, _agent_first(a))), None)
            if agent is None and w in ROLES.RECEPTION and k > 0 and tokens[k - 1].norm in ROLES.DURING:
                # "أعرب الرئيس X … عن …، وذلك خلال استقباله": further back, or "وأضاف أخنوش، خلال ترؤسه": a
                # surname named in full before (not "وتم استقباله", "نسعد باستقباله": no one receives there)
                agent = clause_subject(tokens, people, k) or _said_at_subject(tokens, people, k) \
                    or _speaker_before(tokens, people, k)
                if agent is not None and _accompanier_at(tokens, _agent_first(agent)):
                    agent = None  # "… يرافقه الأمير Y، كان في استقباله …": Y came along, he did not receive (evbody)
        if agent is None and ((two in _HELD_BY and _no_subject_after(tokens, k + 2) and not _chaired_on(tokens, k + 2))
                              or (w in ROLES.SUPERVISE and k + 1 < len(tokens) and tokens[k + 1].norm == fold("على"))
                              or (k > 0 and tokens[k - 1].norm == "قد" and in_words(w, ROLES.CHAIR))):
            # "وأبان X خلال الاجتماع الذي عقده بمقر …", "وكان X قد أشرف على انطلاق أعمال …", "وكان X قد ترأس
            # أشغال …": no one named after the cue, the subject of its clause held the meeting (or, its subject a
            # pronoun, the speaker of the sentence before: "أكد المدير X … . وأبان خلال الاجتماع الذي عقده", ext-t66)
            agent = clause_subject(tokens, people, k) or (_speaker_before(tokens, people, k)
                                                          if two in _HELD_BY and _verb_then_during(tokens, k) else None)
        if agent is None and k > 1 and tokens[k - 1].norm in RELATIVES and in_words(w, ROLES.CHAIR):
            agent = _ending_at(people, k - 2)  # "رئيس الحكومة X الذي ترأس الجلسة": the office or name before it
        if agent is not None and _possessive_talks(tokens, people, ev, k, order):
            deferred = deferred or agent
            continue
        if agent is not None:
            return agent
    return deferred or _brought_together(tokens, people, ev) or _held_after_noun(tokens, people, ev) \
        or _lead(tokens, people, ev)


def forum_panel(tokens: list[Token], ev: EventMention, x: int) -> bool:
    """ "ينظم المجلس ملتقى … . يعقب ذلك الجلسة الأولى" (slots22): a sitting named bare ("الجلسة", "جلسة", not the
    body's own "جلستها") within an assembly told by another noun (a forum, a conference) is one of its panels."""
    return ev.kind == "assembly" and bool(ev.cues) and strip_clitic(tokens[x].norm)[0] in PANEL_SITTINGS \
        and strip_clitic(tokens[ev.cues[0]].norm)[0] not in EVENTS.SESSION


PANEL_SITTINGS = frozenset(fold(w) for w in ("الجلسة", "جلسة"))


def _numbered_panel_told(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """A chair cue in a sentence that names one of the assembly's panels by its ordinal ("الجلسة الثالثة") chairs
    that panel."""
    lo, hi = sentence_start(tokens, k), sentence_end(tokens, k)
    return any(forum_panel(tokens, ev, x) and tokens[x + 1].norm in CALENDAR.ORDINALS for x in range(lo, hi - 1))


def lead_named_at_head(tokens: list[Token], people: People, ev: EventMention) -> bool:
    """ "التقى وزير الخارجية X أمس مع نظيره Y. … وذكر المتحدث أنه خلال استقبال الملك Z لـX في ختام زيارته …"
    (part18): the event's first cue is a lead verb with an office or a name right after it (past styles and words
    of time); a reception noun in another sentence tells another meeting of the guest, whose host does not chair
    this one (``participants`` reads it too: that host takes no part in this one)."""
    c = ev.cues[0] if ev.cues else -1
    if c < 0 or strip_clitic(tokens[c].norm, "و")[0] not in ROLES.LEAD or c + 1 >= len(tokens):
        return False
    j = _past_styles_and_times(tokens, people, c + 1, tokens[c].sent)
    return j < len(tokens) and tokens[j].sent == tokens[c].sent and agent_at(tokens, people, j) is not None


def _past_styles_and_times(tokens: list[Token], people: People, j: int, sent: int) -> int:
    """The first token from ``j`` on, in sentence ``sent``, past honorifics, bare styles and words of time ("التقى
    أمس معالي وزير …", "عقده الدكتور X"): where the agent's mention opens, if any."""
    while j < len(tokens) and tokens[j].sent == sent and (
            tokens[j].norm in honorifics() or _bare_style(people, tokens, j) or _time_word_at(tokens, people, j)):
        j += 1
    return j


def _held_after_noun(tokens: list[Token], people: People, ev: EventMention) -> Agent | None:
    """ "جاء ذلك في لقاء عقده الدكتور X أمس مع مديري …", "خلال اجتماع عقدته الوزيرة Y": an indefinite meeting noun
    of the event followed at once by the verb of holding with its pronoun (an adjectival clause, which takes no
    relative after an indefinite noun) names who held it right after the verb; with no one named there ("في لقاء
    عقده أمس مع …"), the subject of the sentence before one opening with "جاء ذلك" (part18); not the speaker of a
    sentence before ("أعلنت لجنة X، في ختام اجتماع عقدته أمس": the body held it)."""
    for c in ev.cues:
        if c + 2 >= len(tokens) or tokens[c].article or strip_clitic(tokens[c].norm)[0].startswith("ال") \
                or tokens[c + 1].norm not in _HELD_IT or tokens[c + 1].sent != tokens[c].sent:
            continue
        j = _past_styles_and_times(tokens, people, c + 2, tokens[c].sent)
        named = (agent_at(tokens, people, j) or _surname_at(tokens, people, j)) if j < len(tokens) \
            and tokens[j].sent == tokens[c].sent else None
        if named is None and (_no_subject_after(tokens, j) or tokens[j].norm == fold("مع")):
            named = _said_at_subject(tokens, people, c)
        if named is not None:
            return named
    return None


def session_host_elsewhere(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """ "عقد مجلس الوزراء جلسة أمس … . وقال رئيس مجلس النواب X خلال لقائه عددا من النواب …" (slots13): a sitting is
    chaired, not hosted; a receiving verb or a person's meeting noun ("استقبل", "لقائه", "استقباله") outside every
    sentence with a cue of the sitting ("جلسة") tells another meeting, and its host does not chair the sitting (a
    council's own "اجتماعه" is left alone)."""
    if ev.kind != "session" or not ev.cues:
        return False
    w = strip_clitic(tokens[k].norm, "وفب")[0]
    if tokens[k].norm not in ROLES.RECEIVE and w not in _HIS_MEETING:
        return False
    sittings = {tokens[c].sent for c in ev.cues if cue_kind(tokens, c) == "session"}
    return bool(sittings) and tokens[k].sent not in sittings


_HIS_MEETING = frozenset(fold(w) for w in ("لقائه", "لقائها", "استقباله", "استقبالها"))


def other_meetings_hosts(tokens: list[Token], people: People, ev: EventMention) -> set[str]:
    """ "عقد مجلس الوزراء جلسته أمس … . وقال رئيس مجلس النواب X خلال لقائه عددا من النواب …" (slots13): the names and
    offices of those who host the other meetings merged into a sitting's cues (``session_host_elsewhere``); they
    neither chair the sitting nor take part in it."""
    out: set[str] = set()
    for c in ev.cues:
        if not session_host_elsewhere(tokens, ev, c):
            continue
        for find in (opening_possessor, gathered_by, honorific_possessor, said_at_possessor, construct_host,
                     speaker_during, official_said_again, clause_subject, _speaker_before):
            agent = find(tokens, people, c)
            if agent is not None:
                out |= {x for x in (agent.person.name if agent.person else None,
                                    agent.post.title if agent.post else None,
                                    agent.post.holder if agent.post else None) if x}
                break
    return out


def _brought_together(tokens: list[Token], people: People, ev: EventMention) -> Agent | None:
    """ "لقاء جمع الوزير X بنظيره Y", "الاجتماع الذي جمع بين الرئيس X و…", "المباحثات التي أجراها الرئيس X مع …"
    (evbody): a meeting noun of the event whose clause goes on with a verb of bringing together or of holding it
    (after a relative only: "التي أجراها") is held by the first one named right after that verb."""
    if ev.kind != "meeting":
        return None
    for c in list(ev.cues) + _plural_meetings_before(tokens, ev):
        v = next((x for x in range(c + 1, min(len(tokens), c + _BROUGHT_REACH + 1))
                  if tokens[x].sent == tokens[c].sent and _brings_or_held(tokens, x)), None)
        if v is None or not all(tokens[x].is_word for x in range(c + 1, v)):
            continue
        j = v + 1
        while j < len(tokens) and tokens[j].sent == tokens[c].sent and (
                tokens[j].norm in _BETWEEN or tokens[j].norm in honorifics() or _bare_style(people, tokens, j)
                or _time_word_at(tokens, people, j) or _style_before_name(people, tokens, j)):
            j += 1
        agent = (agent_at(tokens, people, j) or _surname_at(tokens, people, j) or _full_name_again(tokens, people, j)) \
            if j < len(tokens) and tokens[j].sent == tokens[c].sent else None
        if agent is not None:
            return _named_elsewhere(tokens, people, _stacked_holder(tokens, people, agent))
    return None


def _plural_meetings_before(tokens: list[Token], ev: EventMention) -> list[int]:
    """ "أول اللقاءات جمعت الرئيس X بالشيخ Y …، حيث صرح Y عقب المقابلة أن اللقاء …" (s13-evbody2): a plural meeting noun
    ("اللقاءات", not read as a cue) before the event's first cue in its sentence, whose clause goes on with a verb
    of bringing together, tells the meeting the definite cue then refers back to."""
    if not ev.cues:
        return []
    c = ev.cues[0]
    return [x for x in range(c - 1, -1, -1) if tokens[x].sent == tokens[c].sent
            and strip_clitic(tokens[x].norm, "و")[0] in _PLURAL_MEETINGS]


_PLURAL_MEETINGS = frozenset(fold(w) for w in ("اللقاءات", "لقاءات", "الاجتماعات", "اجتماعات"))


def _accompanier_at(tokens: list[Token], x: int) -> bool:
    """ "ولدى وصول الملك X يرافقه الأمير Y، كان في استقباله …" (evbody): one named right after a verb of accompanying
    (past honorifics and royal styles) went with the one who came; he neither hosts nor is received."""
    for a in range(max(0, x - _STYLES_REACH - 1), x):
        if tokens[a].sent == tokens[x].sent and strip_clitic(tokens[a].norm, "و")[0] in _ACCOMPANYING \
                and past_styles(tokens, a + 1) == x:
            return True
    return False


def _agent_first(agent: Agent) -> int:
    """The first word of an agent's name or office, whichever is written first."""
    return min(m.first for m in (agent.person, agent.post) if m is not None)


_ACCOMPANYING = frozenset(fold(w) for w in ("يرافقه", "يرافقها", "يرافقهم", "يرافقهما", "ترافقه", "ترافقها"))
_STYLES_REACH = 4


def _brings_or_held(tokens: list[Token], x: int) -> bool:
    """ "جمع", "يجمع" (brought together), or "أجراها" after a relative (held it)."""
    return tokens[x].norm in _BROUGHT or (tokens[x].norm in _CARRIED_OUT and tokens[x - 1].norm in RELATIVES)


_BROUGHT = frozenset(fold(w) for w in ("جمع", "جمعت", "يجمع", "تجمع", "سيجمع", "ستجمع"))
_CARRIED_OUT = frozenset(fold(w) for w in ("أجراها", "أجراه", "اجراها", "اجراه", "أجرتها", "أجرته", "اجرتها", "اجرته"))
_BETWEEN = frozenset({fold("بين")})
_BROUGHT_REACH = 4


_WILL_CHAIR = frozenset(fold(w) for w in ("سيترأس", "ستترأس", "سيرأس", "سترأس"))


_BACKGROUND_REACH = 30


def _in_background_clause(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """ "…، الجدير بالذكر أن لجنة الاحتفالات، وبلدية البلدة برئاسة X، كانت لهم جهود" (ext-t104): a chairing cue
    after a word opening background ("الجدير بالذكر"، "يذكر أن"، "يشار إلى أن") in its sentence, with no cue of the
    event between that word and the cue, tells who heads a body recalled there, not who chaired the event ("يذكر أن
    الاجتماع عقد برئاسة X" names the event after the opener, and keeps its chair)."""
    sent = tokens[k].sent
    for x in range(k - 1, max(-1, k - _BACKGROUND_REACH), -1):
        if tokens[x].sent != sent or x in ev.cues or cue_kind(tokens, x):
            return False
        if strip_clitic(tokens[x].norm)[0] in EVENTS.BACKGROUND_OPENERS:
            return True
    return False


_NOT_A_NAME = frozenset(fold(w) for w in ("ذلك", "وذلك", "هذا", "وهذا", "ذاك", "كان", "وكان", "جاء", "وجاء", "تم",
                                          "وتم", "عقد", "وعقد", "عقدت", "وعقدت", "انعقد", "وانعقد"))
"""Words before "برئاسة" that point back to an event told before ("وجاء ذلك برئاسة X"), no body's name."""


def _heads_body_told_apart(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """ "وقرر مجلس إدارة النادي في اجتماعه … . وسبق لاتحاد الكرة برئاسة X أن أعلن …" (ext-t139): "برئاسة" right after
    a word of a name (not a comma, not an event's noun) in a sentence outside the event's, which holds no event noun
    at all, tells who heads the body named before it, not who chaired the event ("وكان الاجتماع برئاسة X", "عقد
    المجلس برئاسة X دورته" name an event in their sentence and keep their chair)."""
    if tokens[k].norm != _BI_RIASA or k < 1 or tokens[k].sent in ev.sentences or not tokens[k - 1].is_word \
            or is_stop(tokens[k - 1].norm) or tokens[k - 1].norm in _NOT_A_NAME:
        return False  # "وجاء ذلك برئاسة X": the event told before, under X
    lo = sentence_start(tokens, k)
    hi = sentence_end(tokens, k)
    return not any(x != k and (cue_kind(tokens, x) is not None or _event_verb(tokens[x].norm)) for x in range(lo, hi))


def _event_verb(w: str) -> bool:
    """ "وفد من النادي اجتمع مع لجنة X برئاسة Y", "بدأت في X اجتماعات دول المنظمة برئاسة Y": a verb of meeting,
    sitting, receiving, visiting or talking, or a noun of meeting (a plural too), tells an event in its sentence though
    the cue finder reads none there."""
    base = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    noun = strip_clitic(w)[0]
    return any(v in words for v in (w, base, noun) for words in (
        EVENTS.SITTING_VERBS, EVENTS.TALK_VERBS, EVENTS.VISIT_VERBS, EVENTS.CONVENED, ROLES.RECEIVE,
        EVENTS.MEETINGS_PLURAL, EVENTS.MEETING, EVENTS.SESSION, EVENTS.ASSEMBLY, EVENTS.CEREMONY)) \
        or base.startswith((fold("اجتمع"), fold("التقى"), fold("التقت"), fold("عقد"), fold("انعقد")))


def _chairs_another(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """ "سيترأس الوزير X حفلا في السفارة" (ext-t96): within a few words after the chair cue, an indefinite event noun
    of another kind than the event's is what he will chair."""
    for x in range(k + 1, min(len(tokens), k + _OTHER_EVENT_REACH)):
        if tokens[x].sent != tokens[k].sent:
            return False
        if tokens[x].is_word and not tokens[x].article:
            kind = cue_kind(tokens, x)
            if kind is not None:
                return kind != ev.kind
    return False


_OTHER_EVENT_REACH = 10


def _joint_between(tokens: list[Token], k: int, j: int) -> bool:
    """ "برئاسة مشتركة بين الوزير X ونظيره Y" (ext-t96): "مشتركة" right after the chairing cue, and "بين" or "من"
    after it, stand between the cue and the first co-chair, who chairs (the other takes part)."""
    if j == k + 1:
        return tokens[j].norm in _JOINT_WORDS
    return j == k + 2 and tokens[k + 1].norm in _JOINT_WORDS and tokens[j].norm in _BETWEEN_FROM


_JOINT_WORDS = frozenset(fold(w) for w in ("مشتركة", "المشتركة"))
_BETWEEN_FROM = frozenset(fold(w) for w in ("بين", "من"))


def _possessive_talks(tokens: list[Token], people: People, ev: EventMention, k: int, order: list[int]) -> bool:
    """ "وأكد الوزير الأميركي أن مباحثاته في جدة …" after "استقبل الملك X الوزير …" (ext-t32): a talk's or meeting's
    noun with its holder's pronoun, no "خلال" before it, read its holder in the subject before; when a "استقبل" of
    the event's sentences names its host after it, the guest who speaks of "his talks" holds nothing."""
    if tokens[k].norm not in ROLES.RECEPTION or (k > 0 and tokens[k - 1].norm in ROLES.DURING):
        return False
    return any(tokens[x].norm in ROLES.RECEIVE and tokens[x].sent in ev.sentences and x != k
               and agent_at(tokens, people, x + 1) is not None for x in order)


_MEETING_NOUNS = frozenset(fold(w) for w in ("اجتماعه", "اجتماعها", "لقائه", "لقائها"))


def _chaired_after_meeting(tokens: list[Token], k: int) -> bool:
    """ "أوضح المتحدث X أن اللجنة عقدت اجتماعها الخامس برئاسة Y" (ext-t88): a meeting noun with its holder's pronoun
    and a chairing cue a few words on in its clause ("برئاسة", not a delegation's) is chaired by the one named there,
    not by the subject before it (the speaker reporting the sitting)."""
    if tokens[k].norm not in _MEETING_NOUNS:
        return False
    for x in range(k + 1, min(len(tokens), k + 1 + _CHAIRED_ON_REACH)):
        if tokens[x].sent != tokens[k].sent or tokens[x].norm in COMMAS:
            return False
        if tokens[x].norm == _BI_RIASA:
            return not leads_delegation(tokens, x)
    return False


SABAQA = frozenset(fold(w) for w in ("سبق", "وسبق"))
_ANNA = fold("أن")


def _done_before(tokens: list[Token], k: int) -> bool:
    """ "سبق لـX أن ترأس …", "وسبق أن أشرف X على …": "سبق" (had already) then "أن" right before the cue, in its
    sentence, recalls an earlier act of the one named: no chairing of the text's event (ext-t80)."""
    if k < 2 or tokens[k - 1].norm != _ANNA:
        return False
    return any(tokens[x].norm in SABAQA and tokens[x].sent == tokens[k].sent for x in range(max(0, k - 4), k - 1))


_BI_RIASA = fold("برئاسة")
_MEMBERSHIP = frozenset(fold(w) for w in ("وعضوية", "والعضوية"))


def _composition(tokens: list[Token], k: int) -> bool:
    """ "لجنة الاستثمار، برئاسة X وعضوية كل من Y وZ": "برئاسة" then "وعضوية" in its sentence, after a body's name
    rather than an event's noun, says who heads and who sits on a committee (its composition), not who chaired a
    sitting; "عقدت اللجنة اجتماعها برئاسة X وعضوية …" is chaired (ext-t34)."""
    if tokens[k].norm != _BI_RIASA:
        return False
    if not any(tokens[x].norm in _MEMBERSHIP and tokens[x].sent == tokens[k].sent
               for x in range(k + 1, min(len(tokens), k + 14))) and not _officers_then_members(tokens, k):
        return False
    p = k - 1
    while p >= 0 and tokens[p].norm in COMMAS and tokens[p].sent == tokens[k].sent:
        p -= 1
    return p >= 0 and tokens[p].sent == tokens[k].sent and tokens[p].is_word and cue_kind(tokens, p) is None


def _officers_then_members(tokens: list[Token], k: int) -> bool:
    """ "التشكيل الجديد للمجلس برئاسة X، وY نائبا، وZ أمين الصندوق، وعضوية كل من …": the officers a new make-up lists
    between its head and "وعضوية" push that word past the 14 words read, so it is sought further in the sentence
    when officers' words ("نائبا", "أمين") are listed on the way, each clause opened by "و" past a comma
    (s13-evbody2)."""
    officers = 0
    for x in range(k + 1, min(len(tokens), k + _OFFICERS_REACH)):
        if tokens[x].sent != tokens[k].sent:
            return False
        w = tokens[x].norm
        if w in _MEMBERSHIP:
            return officers >= 1
        if strip_clitic(w, "و")[0] in _OFFICER_WORDS and tokens[x - 1].is_word:
            officers += 1
        elif x > k + 1 and tokens[x - 1].norm in COMMAS and not w.startswith("و"):
            return False  # a clause that does not go on with "و": the list is over
    return False


_OFFICERS_REACH = 80
_OFFICER_WORDS = frozenset(fold(w) for w in ("نائبا", "نائب", "أمين", "أمينا", "امين", "امينا", "مقررا", "مقرر",
                                             "سكرتيرا", "متحدثا", "عضوا"))


def _committee_formed(tokens: list[Token], k: int) -> bool:
    """ "وتم تشكيل لجنة برئاسة X لبدء العمل", "قرر المجلس تكوين فريق عمل برئاسة X" (ext-t135): "برئاسة" right after
    a committee or team (an adjective or "عمل" between) that a verbal noun or verb of forming sets up names who heads
    the body formed, not who chairs the event told in the text ("عقدت اللجنة المشكلة اجتماعها برئاسة X" keeps its
    chair: the committee noun does not stand right before the cue there)."""
    if tokens[k].norm != _BI_RIASA:
        return False
    p = k - 1
    while p > k - _FORMED_REACH and p > 0 and tokens[p].sent == tokens[k].sent \
            and strip_clitic(tokens[p].norm, "و")[0] not in _COMMITTEE_WORDS:
        if not tokens[p].is_word or tokens[p].norm in EVENTS.MEETING or cue_kind(tokens, p) is not None:
            return False
        p -= 1
    if p <= 0 or tokens[p].sent != tokens[k].sent or strip_clitic(tokens[p].norm, "و")[0] not in _COMMITTEE_WORDS:
        return False
    return strip_clitic(tokens[p - 1].norm, "وب")[0] in _FORMING


_FORMED_REACH = 4
_COMMITTEE_WORDS = frozenset(fold(w) for w in ("لجنة", "لجنه", "فريق", "فريقا", "هيئة"))
_FORMING = frozenset(fold(w) for w in ("تشكيل", "تكوين", "إنشاء", "تأسيس", "شكلت", "شكل", "تشكلت", "كونت", "أنشأت",
                                       "أنشأ", "تشكيلها", "يشكل", "تشكل", "تشكيله"))


def _heads_body(tokens: list[Token], people: People, k: int) -> bool:
    """ "اللجنة الدائمة لمكافحة الغش التي يرأسها وزير المالية", "المجلس الذي يرأسه X": a chairing verb with its
    object pronoun in a relative clause after a body's name (not an event's noun, not a person or an office) tells
    who heads the body, not who chaired the event; "الاجتماع الذي ترأسه الوزير" keeps its chair (ext-t38)."""
    w = strip_clitic(tokens[k].norm)[0]
    if w not in _HEAD_OF_IT or k < 2 or (tokens[k - 1].norm not in RELATIVES
                                         and tokens[k - 1].norm not in AND_RELATIVES):
        return False  # "المجلس والذي يرأسه أمير المنطقة": a relative after "و" heads the body too (ext-t58)
    p = k - 2
    if tokens[p].norm in COMMAS and p > 0:
        p -= 1  # "اللجنة الدائمة لمكافحة غسل الأموال، التي يرأسها المحافظ": a comma before the relative (all3)
    if tokens[p].norm in _CLOSERS:  # "أقر برنامج الخليج للتنمية "أجفند" الذي يرأسه الأمير X": a quoted short name
        p = _before_quote(tokens, p)  # closes the body; the word before the quote says what it names (ext-t109)
    return p >= 0 and tokens[p].sent == tokens[k].sent and tokens[p].is_word and cue_kind(tokens, p) is None \
        and _agent_ending(tokens, people, p + 1) is None and not _event_of_bodies(tokens, p, k)


_HE_WHO = frozenset({fold("الذي"), fold("والذي")})
_OF_BODIES_REACH = 5


def _event_of_bodies(tokens: list[Token], p: int, k: int) -> bool:
    """ "الاجتماع الدوري لبلديات منطقة عسير الذي يترأسه أمين المنطقة": the masculine relative ends a chain that opens
    on a masculine event noun and goes on through a "لـ" genitive (the bodies that meet), so the relative tells who
    chairs the meeting, not who heads the bodies named after "لـ" (ext-t117); "اجتماع مجلس الإدارة الذي يرأسه X"
    (no "لـ") and "لجنة X التي يرأسها" keep heading a body."""
    if tokens[k - 1].norm not in _HE_WHO:
        return False
    genitive = False
    for q in range(p, max(-1, p - _OF_BODIES_REACH - 1), -1):
        t = tokens[q]
        if t.sent != tokens[k].sent or not t.is_word:
            return False
        if q < p and cue_kind(tokens, q) is not None:
            return genitive and t.norm[-1:] != "ه"
        genitive = genitive or (t.norm[:1] == "ل" and t.norm[:2] != "ال")
    return False


_CLOSERS = frozenset({'"', "»", "”", ")"})
_OPENERS = frozenset({'"', "«", "“", "("})
_QUOTED_WORDS = 3


def _before_quote(tokens: list[Token], close: int) -> int:
    """The token before the opening mark of the short quote (up to three words) that closes at ``close``; -1 when
    there is none (a quoted word after an event noun, "اجتماعه "الطارئ" الذي يرأسه X", keeps its chair: the word
    before the quote is the cue)."""
    for q in range(close - 1, max(-1, close - 2 - _QUOTED_WORDS), -1):
        if tokens[q].norm in _OPENERS:
            return q - 1 if q < close - 1 else -1
        if not tokens[q].is_word:
            return -1
    return -1


_HEAD_OF_IT = frozenset(fold(w) for w in ("يرأسها", "يرأسه", "يترأسها", "يترأسه"))  # present: who heads it


_HELD_BY = frozenset((fold(a), fold(b)) for a, b in (("الذي", "عقده"), ("التي", "عقدتها"), ("الذي", "عقدته"),
                                                     ("التي", "عقدها")))


def _chaired_on(tokens: list[Token], j: int) -> bool:
    """ "خلال الاجتماع الذي عقده الخميس برئاسة X": a chairing cue a few words on in the clause names who chaired the
    meeting the relative clause tells of (not the subject of the sentence)."""
    for x in range(j, min(len(tokens), j + _CHAIRED_ON_REACH)):
        if tokens[x].sent != tokens[j].sent or tokens[x].norm in COMMAS:
            return False
        two = (tokens[x].norm, tokens[x + 1].norm) if x + 1 < len(tokens) else ("", "")
        if in_words(tokens[x].norm, ROLES.CHAIR) or (two in ROLES.CHAIR_TWO and two not in _HELD_BY):
            return True
    return False


_CHAIRED_ON_REACH = 6


def _no_subject_after(tokens: list[Token], j: int) -> bool:
    """ "الاجتماع الذي عقده بمقر …", "… الذي عقده اليوم": the verb's subject is its own pronoun (a place, a time
    or the end of the clause follows), not "التي عقدتها اللجنة …", whose subject is named after it."""
    if j >= len(tokens) or not tokens[j].is_word:
        return True
    w = tokens[j].norm
    return w[:1] in "بل" or w == fold("في") or w in EVENTS.TIME_WORDS


def _said_at_subject(tokens: list[Token], people: People, k: int) -> Agent | None:
    """ "أكد الوزير X أهمية … . جاء ذلك خلال اجتماعه بمديري …": a sentence opening with "جاء ذلك" places the
    sentence before at the event; the subject of that sentence holds the meeting."""
    start = sentence_start(tokens, k)
    words = [t for t in tokens[start:k] if t.is_word]
    if start == 0 or len(words) < 2 or strip_clitic(words[0].norm)[0] not in ROLES.SAID_AT \
            or words[1].norm != fold("ذلك"):
        return None
    named = clause_subject(tokens, people, start - 1)
    back = sentence_start(tokens, start - 1)
    for _ in range(_SAID_AT_BACK):  # "أشاد X بـ… . ووجه بضرورة … . جاء ذلك خلال لقائه": past a sentence whose
        if named is not None or back == 0:  # verb's subject is its pronoun, to the one who spoke first (ext-t89)
            break
        named = clause_subject(tokens, people, back - 1)
        back = sentence_start(tokens, back - 1)
    return named


_SAID_AT_BACK = 2


def said_at_subject(tokens: list[Token], people: People, k: int) -> Agent | None:
    """The subject of the sentence before one opening with "جاء ذلك" that tells the event at ``k`` ("جاء ذلك خلال
    زيارته أمس لوكالة …", evz), or None."""
    return _said_at_subject(tokens, people, k)


def _verb_then_during(tokens: list[Token], k: int) -> bool:
    """ "وأبان خلال الاجتماع الذي عقده …": the sentence of ``k`` opens with a verb and at once a word of "during", so
    the verb's subject is its pronoun (not "وأكدت الأمانة العامة، في بلاغ صدر عن اجتماعها الذي عقدته": a body),
    ext-t66."""
    start = sentence_start(tokens, k)
    words = [t for t in tokens[start:k] if t.is_word][:2]
    return len(words) == 2 and strip_clitic(words[1].norm, "وف")[0] in ROLES.DURING


def _speaker_before(tokens: list[Token], people: People, k: int) -> Agent | None:
    """ "أكد المدير العام X أهمية … . وبين خلال اجتماعه بمديري …": a sentence opening with a speech verb whose
    subject is its pronoun goes on with the speaker of the sentence before, who holds the meeting."""
    start = sentence_start(tokens, k)
    opener = next((t for t in tokens[start:k] if t.is_word), None)
    if start == 0 or opener is None or strip_clitic(opener.norm)[0] not in ROLES.SPEECH:
        return None
    return clause_subject(tokens, people, start - 1)


def _office_after_unread(tokens: list[Token], people: People, j: int) -> Agent | None:
    """ "برئاسة أمين الطائف رئيس اللجنة المهندس X": after a chair cue, an office of a named holder one or two plain
    words on (a first title the lexicon does not read) names the chair."""
    for x in (j + 1, j + 2):
        if x >= len(tokens) or any(not t.is_word or t.sent != tokens[j].sent
                                   or (t.norm[:1] in "وبل" and not _bare_place_word(tokens, j, y))
                                   or t.norm in honorifics() for y, t in enumerate(tokens[j:x], start=j)):
            return None
        post = next((p for p in people.posts if p.first == x and p.holder), None)
        if post is None and x == j + 2 and j > 0 and tokens[j - 1].norm in CHAINS.RANKS \
                and not any(pm.first <= y < pm.last for pm in people.persons for y in (j, j + 1)):
            # "برئاسة اللواء X Y مساعد مدير الأمن العام": a rank, a two-word name the lexicon does not read, then
            # an office no one else holds: that office chairs (ext-t54)
            post = next((p for p in people.posts if p.first == x and not p.holder), None)
        if post is not None:
            return office_agent(people, post)
    return None


def _bare_place_word(tokens: list[Token], j: int, y: int) -> bool:
    """ "برئاسة محافظ بدر رئيس اللجنة X" (ext-t79): the second word of an unread two-word title, a bare place name
    that starts like a clitic "ب" or "ل" ("بدر", "لينة"), is no clitic phrase when the title's first word is a
    bare head noun and the word has no article behind its letter and is no attendance or time word."""
    if y != j + 1 or tokens[j].norm[:1] in "وبل" or tokens[j].article or is_stop(tokens[j].norm):
        return False
    w = tokens[y].norm
    return w[:1] in "بل" and not w[1:].startswith(("ال", "ل")) and len(w) > 2 and w not in ROLES.ATTEND \
        and w not in EVENTS.TIME_WORDS and not is_stop(w)


def _surname_at(tokens: list[Token], people: People, j: int) -> Agent | None:
    """ "وفي ختام الاجتماع أشرف المطيري على توقيع …": after a chair cue, the bare surname of one person named in
    full before (no name read at it, no other name right after it)."""
    if j >= len(tokens) or not tokens[j].is_word or tokens[j].norm in honorifics() \
            or any(pm.first <= j < pm.last for pm in people.persons) \
            or any(p.first <= j < p.last for p in people.posts):
        return None
    word = tokens[j].norm
    found = {pm.name: pm for pm in people.persons if pm.last <= j and len(fold(pm.name).split()) > 1
             and fold(pm.name).split()[-1] == word and len(word) > 3}
    return person_agent(people, next(iter(found.values()))) if len(found) == 1 else None


def _full_name_again(tokens: list[Token], people: People, j: int) -> Agent | None:
    """ "… جمعت الحبيب الصيد بالشيخ Y": the full name of one named before, written again where no mention was read
    (s13-evbody2)."""
    if j >= len(tokens) or any(pm.first <= j < pm.last for pm in people.persons):
        return None
    found = {}
    for pm in people.persons:
        words = fold(pm.name).split()
        if pm.last <= j and len(words) > 1 and [t.norm for t in tokens[j : j + len(words)]] == words:
            found[pm.name] = pm
    return person_agent(people, next(iter(found.values()))) if len(found) == 1 else None


def _office_then_surname(tokens: list[Token], people: People, agent: Agent | None) -> Agent | None:
    """ "قرر الرئيس اليمني X Y … . وأقر المجلس، برئاسة الرئيس Y أمس": an office no one holds where it is read, right
    before the bare surname of one person named in full before who holds an office it opens, is that person
    (ext-t69)."""
    if agent is None or agent.person is not None or agent.post is None or agent.post.holder:
        return agent
    named = _family_named(tokens, people, agent.post.last)
    title = fold(agent.post.title) + " "
    if named is None or named.person is None or not any(
            p.holder == named.person.name and (fold(p.title) + " ").startswith(title) for p in people.posts):
        return agent  # (not "وزير المالية X Y … برئاسة الرئيس Y": another office, maybe another man)
    return named


def _family_named(tokens: list[Token], people: People, j: int) -> Agent | None:
    """The person whose family name (not a father's name after "بن": "الوليد بن طلال" is no "طلال") is the bare word
    at ``j``, as ``_surname_at`` reads it, unless a royal style stands right before it ("الأمير طلال": a prince's
    given name)."""
    if j < 1 or tokens[j - 1].norm in PEOPLE.ROYAL_TITLES:
        return None
    named = _surname_at(tokens, people, j)
    if named is None or named.person is None:
        return None
    parts = fold(named.person.name).split()
    return None if len(parts) > 1 and parts[-2] in _SON_OF else named


_SON_OF = frozenset(fold(w) for w in ("بن", "ابن", "بنت"))


def _title_then_surname(tokens: list[Token], people: People, j: int) -> Agent | None:
    """ "قرر الرئيس اليمني X Y … . وأقر المجلس، برئاسة الرئيس Y أمس" (ext-t69): after a chair cue, the first word of
    an office a person named in full before holds, then that person's bare surname: that person."""
    if j + 1 >= len(tokens) or not tokens[j].is_word or tokens[j + 1].sent != tokens[j].sent:
        return None
    named = _family_named(tokens, people, j + 1)
    if named is None or named.person is None:
        return None
    holder = named.person.name
    if not any(p.holder == holder and fold(p.title).split()[0] == tokens[j].norm for p in people.posts):
        return None
    return named


def _name_after_styled_title(tokens: list[Token], people: People, j: int) -> Agent | None:
    """ "استقبل وكيل جامعة الملك خالد الأستاذ الدكتور X": after a chair cue, a title the lexicon does not read (plain
    words, no clitic و, no comma) then a style or two ("الأستاذ الدكتور") right before a name: that person."""
    for x in range(j, min(len(tokens), j + _TITLE_REACH)):
        tok = tokens[x]
        if tok.sent != tokens[j].sent or not tok.is_word or (x > j and tok.norm[:1] == "و"):
            return None
        if any(pm.first == x for pm in people.persons):
            return None  # a name before any style: not this case
        if tok.norm not in honorifics() and (is_stop(tok.norm) or tok.norm in EVENTS.TIME_WORDS):
            return None  # "استقبل في مكتبه أمس الدكتور X": X is the guest
        if tok.norm in honorifics():
            y = x
            while y < len(tokens) and tokens[y].norm in honorifics():
                y += 1
            person = next((pm for pm in people.persons if pm.first == y), None) if x > j else None
            return person_agent(people, person) if person is not None else None
    return None


_TITLE_REACH = 8


def _name_after_bare_title(tokens: list[Token], people: People, k: int, j: int) -> Agent | None:
    """ "برئاسة أمين المنطقة X": after "برئاسة" (or "ترأس"), a two-word title the lexicon does not read (a bare head
    noun, then a definite word), and right after it (an honorific may stand between) a name: that person (ext-t38).
    After "استقبل" too, and the title may end on a definite adjective ("استقبل أمين الغرفة التجارية X": s12-chair2)."""
    receives = tokens[k].norm in ROLES.RECEIVE
    if not (in_words(tokens[k].norm, ROLES.CHAIR) or receives) or j + 2 >= len(tokens):
        return None
    head, of = tokens[j], tokens[j + 1]
    if not (head.is_word and of.is_word and not head.article and of.article) or head.sent != tokens[k].sent \
            or of.sent != head.sent or head.norm[:1] in "وبل" or is_stop(head.norm) or is_stop(of.norm) \
            or head.norm in honorifics() or of.norm in honorifics() or of.norm in EVENTS.TIME_WORDS \
            or any(pm.first <= x < pm.last for pm in people.persons for x in (j, j + 1)) \
            or any(p.first <= x < p.last for p in people.posts for x in (j, j + 1)):
        return None
    y = j + 2
    if receives and _plain_definite(tokens, people, y, head.sent):
        y += 1  # "أمين الغرفة التجارية": a definite adjective ends the title
    while y < len(tokens) and tokens[y].norm in honorifics():
        y += 1
    person = next((pm for pm in people.persons if pm.first == y), None)
    return person_agent(people, person) if person is not None else None


def _plain_definite(tokens: list[Token], people: People, y: int, sent: int) -> bool:
    """A definite word at ``y`` in sentence ``sent`` that is no function, time or style word and opens no name nor
    office (the adjective ending an unread title)."""
    if y >= len(tokens):
        return False
    t = tokens[y]
    return t.is_word and t.article and t.sent == sent and not is_stop(t.norm) and t.norm not in honorifics() \
        and t.norm not in EVENTS.TIME_WORDS and not any(pm.first <= y < pm.last for pm in people.persons) \
        and not any(p.first <= y < p.last for p in people.posts)


def _name_after_unread(tokens: list[Token], people: People, j: int) -> Agent | None:
    """ "اجتمع محافظ بلجرشي X مع …": after a lead verb, a name one or two words on, after a title the lexicon does
    not read (its first word bare, the next one a place: "بلجرشي")."""
    if j >= len(tokens) or not tokens[j].is_word or tokens[j].norm[:1] in "وبل" or tokens[j].norm in honorifics() \
            or tokens[j].norm in ROLES.COUNTERPART:  # "التقى نظيره X": X is the one met
        return None
    for x in (j + 1, j + 2):
        if x >= len(tokens) or not tokens[x - 1].is_word or tokens[x - 1].sent != tokens[j].sent \
                or tokens[x - 1].norm in ROLES.ATTEND:  # "دشن المنصة بحضور X": X attends
            return None
        person = next((pm for pm in people.persons if pm.first == x), None)
        if person is not None:
            return person_agent(people, person)
    return None


def reception_host(tokens: list[Token], people: People, k: int) -> Agent | None:
    """Who hosts the reception told by the verbal noun at ``k`` (``reception_parties``)."""
    return reception_parties(tokens, people, k)[0]


def reception_parties(tokens: list[Token], people: People, k: int) -> tuple[Agent | None, Agent | None]:
    """(host, guest) of "لدى استقبال X …". The office or name X right after the verbal noun (styles skipped; of
    stacked offices before a name, the name's holder) hosts when a guest follows it in its clause: "له" (the
    clause's subject is the guest: "وأعرب Y، لدى استقبال نائب الرئيس X له"), an office or name after ل ("خلال
    استقبال X لسامح شكري") or one with no preposition ("خلال استقبال وزير العدل X بمكتبه أمس وزير الإسكان Y").
    With none, X is the guest and the clause's subject hosts ("وقال سموه لدى استقبال مدير فرع المعهد X:")."""
    j = k + 1
    while j < len(tokens) and tokens[j].sent == tokens[k].sent and (
            tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES or _bare_style(people, tokens, j)):
        j += 1
    if j >= len(tokens) or tokens[j].sent != tokens[k].sent:
        return None, None
    first = _holder_of_stack(tokens, people, agent_at(tokens, people, j))
    if first is None:  # "خلال استقبال الرئيس المصري لـ…": an office whose head word is also a style
        first = next((a for a in (agent_at(tokens, people, x) for x in range(k + 1, j)) if a is not None
                      and a.person is None and a.post is not None and a.post.last > j), None)
    if first is None and any(tokens[x].norm == _KING for x in range(k + 1, j)):
        first = _the_king(tokens, people)  # "خلال استقبال الملك المفدى له": the king the text names
    if first is None:
        return None, None
    ends = [m.last for m in (first.person, first.post) if m is not None and m.last > k] or [j]
    for x in range(max(ends), min(len(tokens), max(ends) + 12)):
        if tokens[x].sent != tokens[k].sent or tokens[x].norm == ":":
            break
        if tokens[x].norm in _HIM:
            return first, clause_subject(tokens, people, k)
        if tokens[x].norm[:1] == "ل" and tokens[x].start < _start_of(people, x):
            return first, agent_at(tokens, people, x)
        if tokens[x].norm in _LI_STYLES:  # "خلال استقبال الرئيس X لصاحب السمو الملكي الأمير Y": Y, past his styles
            y = x + 1
            while y < len(tokens) and tokens[y].sent == tokens[k].sent and (
                    tokens[y].norm in honorifics() or tokens[y].norm in ROLES.STYLES or _bare_style(people, tokens, y)):
                y += 1
            guest = agent_at(tokens, people, y) if y < len(tokens) else None
            if guest is not None:
                return first, guest
        if tokens[x].norm not in honorifics() and _bare_at(tokens, people, x):
            return first, agent_at(tokens, people, x)
    subject = clause_subject(tokens, people, k)
    if subject is None or subject == first:
        return None, None
    return subject, first


_KING = fold("الملك")
_LI_STYLES = frozenset({fold("لصاحب"), fold("لفخامة")})


def _the_king(tokens: list[Token], people: People) -> Agent | None:
    """The king the text names with the style "الملك" before his name ("خادم الحرمين الشريفين الملك X"), for a bare
    "الملك" with no name after it; "الأمير", which many hold, has no such reading."""
    king = next((pm for pm in people.persons if pm.first > 0 and tokens[pm.first - 1].norm == _KING), None)
    return person_agent(people, king) if king is not None else None


def _holder_of_stack(tokens: list[Token], people: People, agent: Agent | None) -> Agent | None:
    """ "نائب الرئيس اليمني رئيس مجلس الوزراء X", "خادم الحرمين الشريفين الملك X": an unheld office standing before
    other offices or a style and a name is the named one's."""
    if agent is None or agent.person is not None or agent.post is None:
        return agent
    x: int | None = agent.post.last
    while x is not None and x < len(tokens):
        nxt = next((p for p in people.posts if p.first == x), None)
        if nxt is not None and nxt.holder:
            return office_agent(people, nxt)
        if nxt is None and (tokens[x].norm in honorifics() or tokens[x].norm in ROLES.STYLES):
            x += 1
            continue
        if nxt is None:
            person = next((pm for pm in people.persons if pm.first == x), None)
            return Agent(person, agent.post) if person is not None else agent
        x = nxt.last
    return agent


def _stacked_holder(tokens: list[Token], people: People, agent: Agent | None) -> Agent | None:
    """``_holder_of_stack`` keeping the office read first when the holder was found behind a bare style."""
    found = _holder_of_stack(tokens, people, agent)
    if agent is not None and found is not None and found.post is not None and agent.post is not None \
            and fold(found.post.title) in PEOPLE.ROYAL_TITLES:
        return Agent(found.person, agent.post)
    earlier = _held_before(people, agent)
    if earlier is not None and earlier.person is not None and found is not None and found.person is not None \
            and found.person.name != earlier.person.name:
        return earlier
    return found


def _held_before(people: People, agent: Agent | None) -> Agent | None:
    """ "استقبل أمير منطقة تبوك الأمير X … . كما استقبل أمير منطقة تبوك سفير اليابان Y": an unheld office of two
    words or more that a named person held earlier in the text is still that person's, not the next office's holder
    (the guest after the verb); the office as read here is kept (ev20)."""
    if agent is None or agent.person is not None or agent.post is None or len(agent.post.title.split()) < 2:
        return None
    title = fold(agent.post.title)
    held = [p for p in people.posts if p.last <= agent.post.first and p.holder and fold(p.title) == title]
    holders = {p.holder for p in held}
    if len(holders) != 1:
        return None
    found = office_agent(people, held[-1])
    return Agent(found.person, agent.post) if found.person is not None else None


def bare_title_holder(tokens: list[Token], people: People, j: int) -> Agent | None:
    """ "ووقع الوزير بالمناسبة اتفاقية …": a bare definite title ("الوزير", "الوالي") at ``tokens[j]``, no office read
    there, names the one holder named before it of an office opening with that title ("وزير الصحة X")."""
    if j >= len(tokens) or not tokens[j].norm.startswith("ال") or len(tokens[j].norm) < 5 \
            or any(p.first <= j < p.last for p in people.posts) \
            or any(pm.first <= j < pm.last for pm in people.persons):
        return None
    head = tokens[j].norm[2:]
    held = [p for p in people.posts if p.last <= j and p.holder and fold(p.title).split()[:1] == [head]]
    return office_agent(people, held[-1]) if held and len({p.holder for p in held}) == 1 else None


def stack_holder(tokens: list[Token], people: People, agent: Agent | None) -> Agent | None:
    """ "وصل … نائب رئيس الجمهورية اليمنية رئيس مجلس الوزراء X": an unheld office read first chairs as the person its
    row of offices (or the same office elsewhere in the text) ends with, keeping the office read first."""
    return _named_elsewhere(tokens, people, _stacked_holder(tokens, people, agent))


def sitting_head(tokens: list[Token], people: People, ev: EventMention, alone: bool) -> Agent | None:
    """ "بدأ الفريق اجتماع دورته الـ13 في الكويت. ونقلت … عن رئيس الجلسة العميد X تأكيده …": the holder of the office
    of presiding over the sitting itself ([sitting_heads]) chairs it, when that office is named in one of the event's
    sentences, or from its first sentence on when the text reports no other event (ext-t66)."""
    first = min(tokens[c].sent for c in ev.cues)
    for p in people.posts:
        sent = tokens[p.first].sent
        if (sent in ev.sentences or (alone and sent >= first)) and fold(p.title) in ROLES.SITTING_HEADS:
            return stack_holder(tokens, people, office_agent(people, p))
    return None


def row_holder(tokens: list[Token], people: People, agent: Agent | None) -> Agent | None:
    """ "مدير شرطة المنطقة رئيس اللجنة الأمنية الدائمة اللواء X": an unheld office read first is the person its row
    of offices ends with, or the one the same office stands before elsewhere in the text ("وزير الحج" after "وزير
    الحج X") — not one of an office it only opens with ("وزير الخارجية المصري" is not "وزير الخارجية X"), ext-t44."""
    found = _stacked_holder(tokens, people, agent)
    if found is None or found.person is not None or found.post is None:
        return found
    title = fold(found.post.title)
    if title in PEOPLE.ROYAL_TITLES:  # a bare style ("الأمير"), which many hold
        return found
    for p in people.posts:
        if p is not found.post and fold(p.title) == title:
            held = _holder_of_stack(tokens, people, office_agent(people, p))
            if held is not None and held.person is not None:
                return Agent(held.person, found.post)
    return found


def _named_elsewhere(tokens: list[Token], people: People, agent: Agent | None) -> Agent | None:
    """ "أكد نائب خادم الحرمين الشريفين الأمير X … . جاء ذلك لدى ترؤس نائب خادم الحرمين الشريفين اجتماعا": an
    unheld office chairs as the name the same office stands before elsewhere in the text (with a style between)."""
    if agent is None or agent.person is not None or agent.post is None:
        return agent
    title = fold(agent.post.title)
    for p in people.posts:  # the same office, or one said with its seat ("… في جدة")
        other = fold(p.title)
        if p is not agent.post and len(other.split()) > 1 and (title + " ").startswith(other + " "):
            found = _holder_of_stack(tokens, people, office_agent(people, p))
            if found is not None and found.person is not None:
                return Agent(found.person, agent.post)
    return agent


_HIM = frozenset({"له", "لها", "لهم", "لهما"})


def _bare_at(tokens: list[Token], people: People, x: int) -> bool:
    """An office or name starts at token ``x`` with no clitic before it."""
    return any(p.first == x and p.start == tokens[x].start for p in people.posts) \
        or any(pm.first == x and pm.start == tokens[x].start for pm in people.persons)


def _start_of(people: People, x: int) -> int:
    """Where the office or name read at token ``x`` starts in the text (after a clitic ل: past the token's start)."""
    post = next((p.start for p in people.posts if p.first == x), None)
    return post if post is not None else next((pm.start for pm in people.persons if pm.first == x), -1)


def clause_subject(tokens: list[Token], people: People, k: int, as_written: bool = False) -> Agent | None:
    """The subject of the clause a possessive verbal noun at ``k`` ends: the first office or name of its
    sentence, else a surname there of a person named in full earlier, once a proclitic is stripped; with
    ``as_written``, also as written (ext-t156: "وقال كيري خلال مؤتمر صحافي عقده …", a surname opening with a letter
    that is also a proclitic; read only for the one who held the event, since a speaker "during" a meeting named
    further on in a recalled or coming meeting's sentence would be read too: "وستتاح لجون كيري … خلال لقاء")."""
    start = sentence_start(tokens, k)
    for x in range(start, k):
        agent = agent_at(tokens, people, x)
        if agent is not None and not _titles_a_prize(tokens, agent):
            return agent
    for x in range(start, k):
        for pm in people.persons:
            parts = fold(pm.name).split()
            if len(parts) > 1 and pm.last <= start and (strip_clitic(tokens[x].norm)[0] == parts[-1]
                                                        or (as_written and tokens[x].norm == parts[-1])):
                return person_agent(people, pm)
    return None


def _titles_a_prize(tokens: list[Token], agent: Agent) -> bool:
    """ "أوصت اللجنة باستحداث بطولة تحمل مسمى كأس الرئيس العام لرعاية الشباب" (slots8): an office with no holder
    right after a cup, a prize or a chair named after it is part of that name, not the subject of the clause."""
    post = agent.post
    if agent.person is not None or post is None or post.holder or post.first == 0:
        return False
    before = tokens[post.first - 1]
    return before.sent == tokens[post.first].sent and strip_clitic(before.norm)[0] in _PRIZE_NAMES


_PRIZE_NAMES = frozenset(fold(w) for w in ("كأس", "جائزة", "كرسي", "درع", "وسام"))


_OPENS_ASSEMBLY = frozenset(fold(w) for w in ("يفتتح", "تفتتح", "سيفتتح", "ستفتتح", "يدشن", "تدشن", "يطلق", "تطلق",
                                               "سيطلق", "ستطلق"))
"""Who is to open a conference or a forum ("يفتتح الوزير X … المؤتمر", "يطلق الوزير X … المؤتمر العالمي") holds it as
its opener does (ext-t96); read only for an assembly the verb opens, not one during which something is launched."""
_DURING = frozenset(fold(w) for w in ("خلال", "أثناء", "اثناء", "هامش", "ضمن"))


def _time_word_at(tokens: list[Token], people: People, j: int) -> bool:
    """A word of time ("أمس", "اليوم", "صباح", a weekday) at ``j`` that opens no name nor office ("صباح" is a given
    name too)."""
    return tokens[j].norm in _LEAD_TIME and not any(m.first == j for m in people.persons) \
        and not any(p.first == j for p in people.posts)


DAY_TIMES = frozenset(fold(w) for w in ("أمس", "امس", "اليوم", "صباح", "مساء", "ظهر", "عصر", "الليلة", "السبت",
                                        "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"))
"""The words that say when in the day or week an event was, as papers put them between a verb and its subject or
object ("قام صباح اليوم السبت الأمير X", "زار أمس الوزير …")."""
_LEAD_TIME = DAY_TIMES | {fold("البارحة")}


COMING = frozenset(fold(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة"))


def _lead(tokens: list[Token], people: People, ev: EventMention) -> Agent | None:
    """ "قام X بزيارة", "التقى X", "دشن X": the agent right after a lead verb in the event's first cue's sentence,
    before that cue or at it, chairs it (a visit, a meeting, an inauguration); so does the subject opening an
    أن-clause whose imperfect lead verb follows it ("أن X سيقوم بزيارة")."""
    if not ev.cues or ev.kind not in ("visit", "meeting", "other", "assembly"):
        return None
    lo = ev.cues[0]
    sents = {tokens[lo].sent}
    opening = sentence_start(tokens, lo)
    if tokens[lo].article or strip_clitic(tokens[lo].norm)[0].startswith("ال"):
        sents.add(tokens[opening - 1].sent if opening > 0 else tokens[lo].sent - 1)  # "بحث X مع الوفد … . وعرض
        # الوفد خلال اللقاء …": the meeting told before, in the paragraph before too (a blank line between, part22)
    if opening > 1 and tokens[opening - 1].norm == "." and tokens[opening - 2].norm in ("د", "م"):
        sents.add(tokens[lo].sent - 1)  # "قام مدير التعليم د.X بتفقد …": an abbreviated title's stop ends no sentence
    coming = lo + 1 < len(tokens) and tokens[lo + 1].norm in COMING
    for k in range(max(0, lo - 60), lo + 1):
        if coming and k < lo:
            break  # "وقد اجتمع X بالأطباء … والتحضير للاجتماع المقبل" (s12-chair2): the next meeting is not the one the
            # lead verb before it tells, and takes no chair from it
        w = tokens[k].norm
        opens = ev.kind == "assembly" and strip_clitic(w)[0] in _OPENS_ASSEMBLY and not any(
            tokens[x].norm in _DURING for x in range(k + 1, lo))
        if tokens[k].sent not in sents or (w not in ROLES.LEAD and strip_clitic(w)[0] not in ROLES.LEAD
                                           and not opens):
            continue
        if ev.kind == "assembly" and not (w in EVENTS.INAUGURATE or strip_clitic(w)[0] in EVENTS.INAUGURATE
                                          or opens):
            continue  # "افتتح الوزير X ورشة عمل …": who opens a workshop or a forum holds it (no other lead verb)
        if _contract_noun(tokens, k):
            continue  # "حسم تجديد عقد اللاعب X بعد أن عقد Y اجتماعا": a contract, not the verb of holding (slots10)
        j = k + 1
        while j < len(tokens) and (skips_after_chair(tokens, people, j) or tokens[j].norm in honorifics()
                                   or _bare_style(people, tokens, j) or _time_word_at(tokens, people, j)):
            j += 1  # ("قام صباح اليوم السبت الأمير X بزيارة": a word of time before the subject, anchor)
        agent = _left_after_visit(tokens, people, k) if ev.kind == "meeting" else None
        if agent is None and _met_with_ba(tokens, people, k, j):
            continue  # "أن الأمير X التقى برئيس الاتحاد Y": the one met after "ب", not who held it (slots11)
        if agent is None and _met_after_relative(tokens, k):
            agent = _ending_at(people, k - 3 if tokens[k - 2].norm in COMMAS else k - 2)
            if agent is None:
                continue  # "وقال X، الذي التقى الرئيس Y": Y is the one met; X before the relative met him (slots12)
        agent = agent or agent_at(tokens, people, j) or _surname_at(tokens, people, j) \
            or _name_after_unread(tokens, people, j)  # "وناقش الحربي مع X": the surname of one named before (ev25)
        if agent is None and ev.kind == "meeting" and k > 0 and tokens[k - 1].norm in RELATIVES:
            agent = _ending_at(people, k - 2)  # "رئيس البرلمان X الذي التقى وفدا": the office or name before it
        if agent is None and ev.kind == "meeting" and k > 1:
            agent = _was_subject(tokens, people, k)  # "وكان الأمين X، التقى بالرؤساء": the subject of كان (ext-t69)
        if agent is not None:
            return agent
    for c in ev.cues[1:]:  # "التقى رئيس الوزراء X … الوزير Y." opening the text (read as its headline) when the
        # event's first cue is a later "خلال اللقاء": the lead verb opening a sentence that is one of the event's cues
        if ev.kind == "meeting" and (c == 0 or tokens[c - 1].sent != tokens[c].sent or _opens_on_lead(tokens, c)) \
                and tokens[sentence_start(tokens, c)].norm in ROLES.LEAD:
            j = sentence_start(tokens, c) + 1
            while j < len(tokens) and (skips_after_chair(tokens, people, j) or tokens[j].norm in honorifics()
                                       or _bare_style(people, tokens, j)):
                j += 1
            agent = agent_at(tokens, people, j) if j < len(tokens) and tokens[j].sent == tokens[c].sent \
                and _bare_at(tokens, people, j) else None  # not "بوزير …": the one met
            if agent is not None:
                return _stacked_holder(tokens, people, agent)
    if ev.kind == "visit" and visitor_named(tokens, people, lo):
        return agent_at(tokens, people, lo + 1)  # "زيارة وزير الخارجية X للمغرب": the visitor
    for c in ev.cues:  # "تم تدشين الطابع. وذكر المكتب أن رئيس الوزراء X دشن الطابع بحضور …": the subject of the
        # أن-clause right before a perfect lead verb that is one of the event's cues (its names and offices only)
        if tokens[c].norm in ROLES.LEAD:
            agent = _that_subject(tokens, people, c)
            if agent is not None:
                return agent
    for k in range(max(0, lo - 40), lo + 1):  # "أن الأمير X … سيقوم اليوم بزيارة": the subject before the verb
        if tokens[k].sent in sents and tokens[k].norm in ROLES.LEAD_AFTER_SUBJECT:
            that = next((x for x in range(k - 1, max(-1, k - 30), -1) if tokens[x].norm in ("ان", "بان")
                         and tokens[x].sent == tokens[k].sent), None)
            j = that + 1 if that is not None else k
            while j < k and (tokens[j].norm in honorifics() or _bare_style(people, tokens, j)):
                j += 1
            agent = agent_at(tokens, people, j) if j < k else None
            if agent is not None:
                return agent
    if ev.kind == "visit" and lo > 0 and tokens[lo - 1].norm in _WHERE:
        return _where_subject(tokens, people, lo)
    if ev.kind == "visit":
        return _did_visit(tokens, people, lo)
    return None


def _opens_on_lead(tokens: list[Token], c: int) -> bool:
    """ "عقد الأمير X محافظ Y رئيس اللجنة العليا … الاجتماع الأول للجنة امس." (part22): a meeting's cue is the
    object of the lead verb opening its sentence (no other verb of telling between): the sentence tells the meeting
    as its headline does, the verb's subject held it even when the event's first cue is a later "خلال الاجتماع"."""
    o = sentence_start(tokens, c)
    return o < c and tokens[o].norm in ROLES.LEAD and c - o <= _LEAD_OBJECT_REACH \
        and not any(tokens[x].norm in ROLES.LEAD for x in range(o + 1, c))


_LEAD_OBJECT_REACH = 40


def _contract_noun(tokens: list[Token], k: int) -> bool:
    """ "تجديد عقد اللاعب X", "توقيع عقد مع الشركة": "عقد" at ``k`` after a verbal noun of making, renewing or ending
    an agreement is the contract, a noun, not the verb "عقد" (held) whose subject chairs (slots10)."""
    return tokens[k].norm == _CONTRACT and k > 0 and tokens[k - 1].sent == tokens[k].sent \
        and strip_clitic(tokens[k - 1].norm, "و")[0] in _CONTRACT_ACTS


_CONTRACT = fold("عقد")
_CONTRACT_ACTS = frozenset(fold(w) for w in ("تجديد", "توقيع", "فسخ", "إنهاء", "انهاء", "انتهاء", "إلغاء", "الغاء",
                                             "تمديد", "بنود", "مدة", "قيمة"))
_WHERE = frozenset({fold("حيث")})
_DURING_IT = frozenset(fold(w) for w in ("خلالها", "أثناءها", "اثناءها"))
_VISIT_NOUNS = frozenset(fold(w) for w in ("زيارة", "جولة"))
_ENDS_VISIT = frozenset(fold(w) for w in ("غادر", "غادرت", "اختتم", "اختتمت", "أنهى", "انهى", "أنهت", "انهت", "عاد",
                                          "عادت", "وصل", "وصلت"))


def _left_after_visit(tokens: list[Token], people: People, k: int) -> Agent | None:
    """ "غادر الأمير X القاهرة بعد زيارة عمل التقى خلالها الرئيس Y" (ext-t107): the lead verb right after a visit
    noun and "خلالها" has no subject of its own; who left, ended or came back from the visit (the agent after the
    sentence's verb of leaving) met Y and chairs the meeting, Y is the one met."""
    if k + 1 >= len(tokens) or tokens[k + 1].norm not in _DURING_IT \
            or not any(strip_clitic(tokens[x].norm)[0] in _VISIT_NOUNS for x in range(max(0, k - 3), k)):
        return None
    start = sentence_start(tokens, k)
    verb = next((x for x in range(start, k) if strip_clitic(tokens[x].norm, "و")[0] in _ENDS_VISIT), None)
    if verb is None:
        return None
    j = verb + 1
    while j < k and (skips_after_chair(tokens, people, j) or tokens[j].norm in honorifics()
                     or _bare_style(people, tokens, j)):
        j += 1
    return agent_at(tokens, people, j) if j < k else None


def _where_subject(tokens: list[Token], people: People, c: int) -> Agent | None:
    """ "تابع مدير الفرع X سير العمل بالمركز، حيث تفقد الأقسام …" (ext-t105): a visit verb after "حيث" has no
    subject of its own; the office or name right after the verb opening its sentence (past styles and
    honorifics, with no clitic before it) made the visit. Not when an أن-clause or a reception comes between
    ("وأوضح X أن الوزير …، حيث تفقد", "استقبل X …، حيث تفقد": another one's visit)."""
    start = sentence_start(tokens, c)
    if start >= c - 2 or agent_at(tokens, people, start) is not None or not tokens[start].is_word:
        return None
    if any(tokens[x].norm in ("ان", "بان", "أن") or tokens[x].norm in ROLES.RECEIVE for x in range(start, c)):
        return None
    j = start + 1
    while j < c and (skips_after_chair(tokens, people, j) or tokens[j].norm in honorifics()
                     or _bare_style(people, tokens, j)):
        j += 1
    if j >= c or not _bare_at(tokens, people, j):
        return None
    return agent_at(tokens, people, j)


_DID = frozenset(fold(w) for w in ("قام", "قامت", "بادر", "بادرت"))
_DOING_IT = fold("بالقيام")
_WAS = FUNCTION_WORDS.WAS


def _was_subject(tokens: list[Token], people: People, k: int) -> Agent | None:
    """ "وكان المحافظ X، التقى بمديري الإدارات", "وكان X قد التقى …" (ext-t69): the office or name (or the bare
    surname of one named in full before) between "كان" and the lead verb at ``k``, in its sentence, holds the
    meeting."""
    j = k - 1
    while j > 0 and tokens[j].norm in ("،", ",", "قد") and tokens[j].sent == tokens[k].sent:
        j -= 1
    if tokens[j].sent != tokens[k].sent:
        return None
    agent = _ending_at(people, j)
    if agent is not None:
        first = min([pm.first for pm in people.persons if pm.last - 1 == j]
                    + [p.first for p in people.posts if p.last - 1 == j])
    else:
        agent, first = _surname_at(tokens, people, j), j
    first = next((p.first for p in people.posts if p.last == first), first)  # "وكان أمير المنطقة X قد التقى"
    if agent is not None and 0 < first < len(tokens) and tokens[first - 1].norm in honorifics():
        # "وكان مدير المستشفى الدكتور X قد اجتمع بـ…" (s12-chair2): a title like "الدكتور" between the office and
        # the name; the office before the title opens the subject
        styled = first - 1
        first = next((p.first for p in people.posts
                      if p.last == styled and tokens[p.first].sent == tokens[k].sent), first)
    if agent is not None:
        first = _styled_subject_start(tokens, people, first)
    if agent is None or first < 1 or tokens[first - 1].norm not in _WAS:
        return None
    return agent


def _styled_subject_start(tokens: list[Token], people: People, first: int) -> int:
    """Where the subject ending with the mention at ``first`` begins: back over the names, offices and styles right
    before it ("وكان صاحب السمو الملكي الأمير X بن Y أمير المنطقة، استقبل المعزين": the office's holder named before
    it, and his styles before the name)."""
    sent = tokens[first].sent
    while first > 0 and tokens[first - 1].sent == sent:
        before = next((m.first for m in people.persons if m.last == first), None)
        if before is None:
            before = next((p.first for p in people.posts if p.last == first), None)
        if before is None and tokens[first - 1].norm in _SUBJECT_STYLES:
            before = first - 1
        if before is None or before >= first:
            break
        first = before
    return first


_SUBJECT_STYLES = ROLES.STYLES | PEOPLE.ROYAL_STYLE


def _did_visit(tokens: list[Token], people: People, c: int) -> Agent | None:
    """ "… بأن الوكيل X قد بادر بالقيام بزيارة ميدانية", "المحافظ X قام بزيارة …" (ext-t44): the office or name
    ending right before a perfect verb of doing (after "قد") that "بزيارة" follows (past "بالقيام") visits — not in
    a clause of "كان" ("وكان الوزير X قد قام بزيارة": a visit recalled)."""
    if not tokens[c].norm.startswith("ب"):
        return None
    k = c - 1
    if k >= 0 and tokens[k].norm == _DOING_IT:
        k -= 1
    if k < 1 or tokens[k].norm not in _DID or tokens[k].sent != tokens[c].sent:
        return None
    if tokens[k - 1].norm in _QAD:
        k -= 1
    agent = _agent_ending(tokens, people, k)
    if agent is None:
        return None
    first = min(x.first for x in (agent.person, agent.post) if x is not None)
    sent = tokens[c].sent
    if any(tokens[x].norm in _WAS for x in range(max(0, first - 8), first) if tokens[x].sent == sent):
        return None
    return agent


_QAD = frozenset({fold("قد"), fold("وقد")})


def _that_subject(tokens: list[Token], people: People, c: int) -> Agent | None:
    """ "… أن X رئيس مجلس الوزراء دشن …": the office holder or person opening the أن-clause whose names, offices,
    styles and commas run up to the verb at ``c``."""
    that = next((x for x in range(c - 1, max(-1, c - 30), -1) if tokens[x].norm in ("ان", "بان")
                 and tokens[x].sent == tokens[c].sent), None)
    if that is None:
        return None
    covered = {x for pm in people.persons for x in range(pm.first, pm.last)} \
        | {x for p in people.posts for x in range(p.first, p.last)}
    if not all(x in covered or tokens[x].norm in honorifics() or tokens[x].norm in COMMAS
               for x in range(that + 1, c)):
        return None
    j = that + 1
    while j < c and (tokens[j].norm in honorifics() or _bare_style(people, tokens, j)):
        j += 1
    return agent_at(tokens, people, j) if j < c else None


def _met_with_ba(tokens: list[Token], people: People, k: int, j: int) -> bool:
    """ "علمت الوكالة أن الأمير X التقى برئيس الاتحاد الأوروبي Y في باريس" (slots11): an office or a name glued to
    "ب" right after a verb of meeting is the party met, its object; the one who met is the subject before the verb."""
    return strip_clitic(tokens[k].norm, "و")[0] in EVENTS.MET_OR_GATHERED and j < len(tokens) \
        and tokens[j].norm[:1] == "ب" and not _bare_at(tokens, people, j) and agent_at(tokens, people, j) is not None


def _met_after_relative(tokens: list[Token], k: int) -> bool:
    """ "وقال رينزي، الذي التقى الرئيس الفلسطيني X أمس": a verb of meeting right after a relative pronoun has the
    antecedent for subject, so the office or name after it is the party met, its object (slots12); not "الذي التقى
    فيه X" (a pronoun-preposition names the occasion and the subject follows)."""
    return k > 1 and tokens[k - 1].norm in RELATIVES \
        and strip_clitic(tokens[k].norm, "و")[0] in EVENTS.MET_OR_GATHERED \
        and k + 1 < len(tokens) and tokens[k + 1].norm not in _OCCASION_PRONOUNS


_OCCASION_PRONOUNS = frozenset(fold(w) for w in ("فيه", "فيها", "خلاله", "خلالها", "به", "بها"))


def _ending_at(people: People, x: int) -> Agent | None:
    """The person (with an office) or the office whose mention ends at token ``x``."""
    person = next((pm for pm in people.persons if pm.last - 1 == x), None)
    if person is not None:
        return person_agent(people, person)
    post = next((p for p in people.posts if p.last - 1 == x), None)
    return office_agent(people, post) if post is not None else None


def named_visitor(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The visitor of "في ختام زيارة صاحب السمو الملكي الأمير X للقاهرة" (ext-t65): the office or name in construct
    with the visit noun (styles passed over), when ``visitor_named`` holds."""
    if not visitor_named(tokens, people, i):
        return None
    return agent_at(tokens, people, past_styles(tokens, i + 1))


def visitor_named(tokens: list[Token], people: People, i: int) -> bool:
    """ "زيارة الوزيرة الأولى لباربادوس X للمغرب": an indefinite visit noun in construct with an office or a
    person, its visitor (not "بزيارة" after a verb, whose object is the one visited, nor a noun with a pronoun),
    unless the visit is paid to an office holder."""
    w = tokens[i].norm
    pronoun = w.endswith(("ها", "هم")) or (w.endswith("ه") and not tokens[i].text.endswith("ة"))  # "زيارته"
    j = past_styles(tokens, i + 1)  # "في ختام زيارة صاحب السمو الملكي الأمير X للقاهرة" (ext-t65): styles passed
    if w.startswith(("ب", "ال")) or tokens[i].article or pronoun or j >= len(tokens) \
            or tokens[j].sent != tokens[i].sent or agent_at(tokens, people, j) is None:
        return False  # "ويلتقي X خلال الزيارة الرئيس المصري": a definite noun is in construct with nothing
    # "زيارة المحافظ X لأمير المنطقة": a visit paid to an office holder is his reception, he hosts it
    return not any(i + 1 < p.first <= i + 14 and tokens[p.first].sent == tokens[i].sent
                   and p.start > tokens[p.first].start and tokens[p.first].norm[:1] == "ل"
                   for p in people.posts)


def _seat_visit(tokens: list[Token], people: People, i: int) -> tuple[Agent, Agent] | None:
    """ "قدم الأمير X شكره … من خلال زيارة المحافظ Y في مجلسه" (ext-t156): a visit noun in construct with its visitor,
    then (a few words on) a seat with a pronoun ("في مجلسه", "بمكتبه"), is a visit paid to the clause's subject in his
    own seat: his reception, which he hosts (the visitor takes part); not "قام الوزير بزيارة المحافظ في مكتبه", whose
    "بزيارة" has the one visited after it. (host, visitor), or None."""
    if tokens[i].norm != _BARE_VISIT:
        return None
    j = past_styles(tokens, i + 1)
    visitor = agent_at(tokens, people, j) if j < len(tokens) and tokens[j].sent == tokens[i].sent else None
    if visitor is None:
        return None
    end = max(m.last for m in (visitor.post, visitor.person) if m is not None)
    for k in range(end, min(len(tokens), end + _SEAT_AFTER_VISITOR)):
        if tokens[k].sent != tokens[i].sent:
            return None
        w = tokens[k].norm
        if w in _HIS_SEATS or (w[:1] == "ب" and w[1:] in _HIS_SEATS) \
                or (w == fold("في") and k + 1 < len(tokens) and tokens[k + 1].norm in _HIS_SEATS):
            host = clause_subject(tokens, people, i)
            return (host, visitor) if host is not None and not _same_one(host, visitor) else None
    return None


_HIS_SEATS = frozenset(fold(w) for w in ("مجلسه", "مكتبه", "قصره", "منزله"))
_BARE_VISIT = fold("زيارة")
_SEAT_AFTER_VISITOR = 6
"""How far after the visitor's office or name the host's seat may stand (his name, unread, between)."""


def host_of_seat(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The host of a visit ``_seat_visit`` reads as his reception in his own seat."""
    visit = _seat_visit(tokens, people, i)
    return visit[0] if visit else None


def seat_visitor(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The visitor of a visit ``_seat_visit`` reads as a reception."""
    visit = _seat_visit(tokens, people, i)
    return visit[1] if visit else None


def _same_one(a: Agent, b: Agent) -> bool:
    return (a.person is not None and a.person is b.person) or (a.post is not None and a.post is b.post)


_STYLES = PEOPLE.ROYAL_STYLE | frozenset(fold(w) for w in ("السمو", "الملكي"))


def past_styles(tokens: list[Token], j: int, reach: int = 4) -> int:
    """The first word at or after ``j`` past at most ``reach`` honorifics or royal styles of its sentence ("صاحب
    السمو الملكي الأمير X", "معالي X")."""
    start = j
    while j < len(tokens) and j < start + reach and tokens[j].sent == tokens[start].sent \
            and (tokens[j].norm in honorifics() or tokens[j].norm in _STYLES):
        j += 1
    return j


def _rank(people: People, tokens: list[Token], j: int) -> bool:
    """ "حيث استقبله اللواء الركن X": a military rank (and its qualifier) between a chair cue and the chair's name,
    when no office is read there."""
    w = tokens[j].norm
    return (w in CHAINS.RANKS or w in CHAINS.RANK_QUALIFIERS) \
        and not any(p.first == j for p in people.posts) and not any(pm.first == j for pm in people.persons)


def _unheld_before_name(people: People, tokens: list[Token], j: int, words: frozenset[str]) -> bool:
    """``tokens[j]`` is one of ``words``, read as no office of its own, and a name starts right after it."""
    return tokens[j].norm in words and not any(p.first == j for p in people.posts) \
        and any(pm.first == j + 1 for pm in people.persons)


def _bare_style(people: People, tokens: list[Token], j: int) -> bool:
    """ "الأمير" before a name when it is no post of its own (the prince's office is named elsewhere)."""
    return _unheld_before_name(people, tokens, j, PEOPLE.ROYAL_TITLES)


def _style_before_name(people: People, tokens: list[Token], j: int) -> bool:
    """ "استقبل السفير X سفير خادم الحرمين الشريفين في …": a style ("السفير", "الرئيس") read as no office of its
    own, a name right after it."""
    return _unheld_before_name(people, tokens, j, ROLES.STYLES)


def leads_delegation(tokens: list[Token], k: int) -> bool:
    """A chair cue that heads a delegation: "وفد … برئاسة", "بوفد برلماني من المجلس برئاسة", also past a relative
    clause telling where it went: "بفريق العمل الذي زار أمانة المنطقة برئاسة X"; or a verb of heading with the
    delegation for object: "ورأس الوفد X", "ترأس وفد المملكة X" (slots10)."""
    if k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent and tokens[k + 1].norm in ROLES.DELEGATION \
            and strip_clitic(tokens[k].norm, "و")[0] in _HEADED:
        return True  # (not "استقبل الوفد": the host receives it)
    return any(tokens[x].sent == tokens[k].sent and (tokens[x].norm in ROLES.DELEGATION or (
        tokens[x].norm in _MEMBERS and x > 0 and tokens[x - 1].norm == "مع"))
        and (k - x <= 6 or any(tokens[y].norm in RELATIVES for y in range(x + 1, min(k, x + 3))))
        for x in range(max(0, k - _DELEGATION_REACH), k))


_DELEGATION_REACH = 10
_HEADED = frozenset(fold(w) for w in ("رأس", "ترأس", "يرأس", "يترأس", "ترأست", "رأست", "ترأسه", "ترأسها"))


_MEMBERS = frozenset({fold("أعضاء"), "اعضاء"})
""" "اجتمع المحافظ مع أعضاء اللجنة … برئاسة X": X heads the members met, not the meeting."""


def honorifics() -> frozenset[str]:
    return lexicon().honorifics  # (imported once with the module: this is asked for each word of many walks)


def opening_possessor(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "وخلال اجتماعه بأعضاء اللجنة شدد محافظ جدة X على …", "وأثناء زيارته للمحافظة اطلع الوزير X على …": an event
    noun with a pronoun of its holder, after a word of "during" that opens its sentence, is held by the subject of
    the main clause: the first office or name after it that a plain word (its verb) or a comma stands before — not
    one after "مع" or a preposition (the one met: "بمديري …", "لوزير …")."""
    tok = tokens[i]
    if not tok.text.endswith(("ه", "ها")):
        return None
    if i == 0 or tokens[i - 1].sent != tok.sent or strip_clitic(tokens[i - 1].norm, "وف")[0] not in ROLES.DURING:
        return None
    if any(tokens[x].is_word for x in range(i - 1) if tokens[x].sent == tok.sent):
        return None  # the word of "during" opens the sentence ("وخلال", "وفي أثناء" is not read)
    k = i + 1
    while k < len(tokens) and tokens[k].sent == tok.sent:
        agent = agent_at(tokens, people, k)
        if agent is None:
            k += 1
            continue
        prev = tokens[k - 1]
        met = (tokens[k].norm[:1] in "بل" and not tokens[k].article) or prev.norm in _WITH_WORDS \
            or strip_clitic(prev.norm)[0] in _WITH_WORDS
        if not met and (prev.norm in COMMAS or (prev.is_word and not prev.article and k - 1 > i
                                                      and prev.norm[:1] not in "بل"
                                                      and prev.norm not in honorifics())):
            return agent
        k = max(m.last for m in (agent.post, agent.person) if m is not None)
    return None


_WITH_WORDS = frozenset({fold("مع"), fold("و"), fold("من"), fold("إلى"), fold("على"), fold("عن"), fold("في")})


def gathered_by(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "خلال لقاء جمع وزير التعليم X بمديري الجامعات", "اللقاء الذي جمع (بين) الأمير X والسفير Y": the first office
    or name right after "جمع" (the relative pronoun, "بين" and styles passed over) holds the meeting."""
    if not in_words(tokens[i].norm, EVENTS.MEETING):
        return None
    k = i + 1
    if k < len(tokens) and tokens[k].norm in RELATIVES:
        k += 1
    if k >= len(tokens) or tokens[k].sent != tokens[i].sent or tokens[k].norm not in _GATHERED:
        return None
    k += 1
    if k < len(tokens) and tokens[k].norm == fold("بين"):
        k += 1
    while k < len(tokens) and tokens[k].norm in honorifics():
        k += 1
    return agent_at(tokens, people, k) if k < len(tokens) and tokens[k].sent == tokens[i].sent else None


def honorific_possessor(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "أكد الوزير X أهمية … . جاء ذلك خلال اجتماع معاليه اليوم بمديري …": an event noun followed by an honorific
    with its holder's pronoun (معاليه، سموه) is held by the one the pronoun refers to: the subject of the sentence
    "جاء ذلك" goes on from, of the sentence before a speech verb with no subject, else of its own clause."""
    if i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent \
            or tokens[i + 1].norm not in ROLES.HONORIFIC_PRONOUNS:
        return None
    return _said_at_subject(tokens, people, i) or _speaker_before(tokens, people, i) \
        or clause_subject(tokens, people, i)


def patron_possessor(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "أعلن أمين المنطقة X … . جاء ذلك خلال رعايته لختام بطولة …" (ext-t78): a patronage noun with its patron's
    pronoun after a word of "during" (the cue of a closing or an opening, events/kinds.py) is held by the one the
    pronoun refers to: the subject of the sentence "جاء ذلك" goes on from, of the sentence before a speech verb with
    no subject, else of its own clause."""
    if strip_clitic(tokens[i].norm)[0] not in EVENTS.PATRON_HIS or i == 0 \
            or strip_clitic(tokens[i - 1].norm, "وف")[0] not in ROLES.DURING:
        return None
    return _said_at_subject(tokens, people, i) or _speaker_before(tokens, people, i) \
        or clause_subject(tokens, people, i)


def speaker_during(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "وحث - خلال اجتماعه أمس بوكلاء الوزارة - على …", "وأبان خلال الاجتماع الذي عقده بمقر الإدارة …" (ext-t65): a
    meeting noun after a word of "during", with its holder's pronoun (or "الذي عقده" after it), in a sentence opening
    with a verb of saying or urging, is held by the speaker: the office or name between the verb and the noun, else
    the subject of the nearest sentence before that names one (the verb's subject is its pronoun)."""
    if not _meeting_word(tokens[i].norm) or i == 0 or tokens[i - 1].sent != tokens[i].sent \
            or (strip_clitic(tokens[i - 1].norm, "وف")[0] not in ROLES.DURING and tokens[i - 1].norm not in _AFTER):
        return None  # ("وقال الجبير عقب لقائه بوزير …": after it)
    his = tokens[i].text.endswith(("ه", "ها"))
    held = i + 2 < len(tokens) and tokens[i + 1].norm in RELATIVES and tokens[i + 2].norm in _HELD_IT
    if not (his or held or _meeting_with(tokens, i)):
        return None
    start = sentence_start(tokens, i)
    opener = next((t.norm for t in tokens[start:i] if t.is_word), "")
    if not (_saying(opener) or (opener[:1] in "وف" and _saying(opener[1:]))):
        return None
    named = clause_subject(tokens, people, i)
    for _ in range(_SENTENCES_BACK):  # "… منسوبي التعليم؛ حرصا على … .وأبان": past a clause that names no one
        if named is not None or start == 0:
            break
        named = clause_subject(tokens, people, start - 1)
        start = sentence_start(tokens, start - 1)
    return named


_SENTENCES_BACK = 3


def _meeting_with(tokens: list[Token], i: int) -> bool:
    """ "وقال X للصحفيين بعد الاجتماع مع Y", "وأوضح X أنه تم خلال الاجتماع الذي عقد أمس مع Y" (evz): a definite
    meeting noun followed by "مع" (right after it, or after "الذي عقد" and a word of time) names the one it was held
    with; the speaker took part in it."""
    if not tokens[i].article:
        return False
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].norm in RELATIVES and tokens[k + 1].norm in _HELD_PASSIVE:
        k += 2
        while k < len(tokens) and k <= i + 5 and tokens[k].norm in _TIME_WORDS:
            k += 1
    return k < len(tokens) and tokens[k].sent == tokens[i].sent and tokens[k].norm == fold("مع")


_HELD_PASSIVE = frozenset(fold(w) for w in ("عقد", "عقدت", "جرى", "جمعه", "جمعها"))
_TIME_WORDS = frozenset(fold(w) for w in ("أمس", "اليوم", "مساء", "صباح", "الليلة", "امس"))


def _saying(w: str) -> bool:
    return w in ROLES.SPEECH or w in _URGED


_AFTER = frozenset(fold(w) for w in ("عقب", "بعد", "إثر", "اثر", "ختام"))
_HELD_IT = frozenset(fold(w) for w in ("عقده", "عقدها", "عقدته"))
_URGED = frozenset(fold(w) for w in ("حث", "حثت", "وجه", "وجهت"))


def said_at_possessor(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "ناقش الأمين X مع الفريق … . جاء ذلك خلال لقاء أمين المنطقة بالفريق": a meeting noun right after a word of
    "during" in a sentence opening with "جاء ذلك" is held by the subject of the sentence before (its possessor, when
    there is one, only refers back to him)."""
    if not _meeting_word(tokens[i].norm) or i == 0 or strip_clitic(tokens[i - 1].norm, "وف")[0] not in ROLES.DURING:
        return None
    return _said_at_subject(tokens, people, i)


def official_said_again(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "جدد الأمين العام للعلاقات الخارجية للاتحاد X … . وعبر المسؤول الأوروبي، خلال لقائه وزير …" (ext-t156): a
    possessive meeting noun after a word of "during", in a sentence whose verb opens it and whose subject is "the
    official" (his nationality's adjective after it, a comma before "during"), is held by the first office or name of
    the sentence before, the official the text named in full."""
    if not _meeting_word(tokens[i].norm) or not tokens[i].text.endswith(("ه", "ها")) or i < 4 \
            or strip_clitic(tokens[i - 1].norm, "وف")[0] not in ROLES.DURING or tokens[i - 2].norm not in COMMAS:
        return None
    start = sentence_start(tokens, i)
    words = [t for t in tokens[start : i - 2] if t.is_word]
    if start == 0 or not 2 <= len(words) <= 3 or words[1].norm not in _THE_OFFICIAL \
            or (len(words) == 3 and not words[2].norm.endswith("ي")):
        return None
    back = sentence_start(tokens, start - 1)
    return next((a for a in (agent_at(tokens, people, x) for x in range(back, start)) if a is not None), None)


_THE_OFFICIAL = frozenset(fold(w) for w in ("المسؤول", "المسئول", "المسؤولة", "المسئولة"))


def head_met(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "قال X في اجتماع مع الرئيس الفرنسي Y": a meeting noun after "في" or a word of "during", then "مع" and the office
    of a head of state or government ([heads_of_state]): that head hosts and chairs the meeting."""
    if not _meeting_word(tokens[i].norm) or i == 0 or i + 2 >= len(tokens) or tokens[i + 1].norm != fold("مع"):
        return None
    before = strip_clitic(tokens[i - 1].norm, "و")[0]
    if before != fold("في") and before not in ROLES.DURING:
        return None
    j = i + 2
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and tokens[j].norm in honorifics() \
            and not any(p.first == j for p in people.posts):
        j += 1
    post = next((p for p in people.posts if p.first == j), None) if j < len(tokens) else None
    if post is None:
        return None
    title = tuple(fold(post.title).split())
    if not any(title[: len(h)] == h for h in ROLES.HEADS_OF_STATE):
        return None
    return office_agent(people, post)


def construct_host(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "أثمر لقاء الوزير X بالأمير Y …", "لقاء رئيس الهيئة X برئيس الجامعة Y": an indefinite meeting noun in construct
    with an office or a name (honorifics passed over), whose mentions are followed at once by ب and the one met: the
    first holds the meeting (ext-t45)."""
    tok = tokens[i]
    if tok.article or not in_words(tok.norm, EVENTS.MEETING) or tok.text.endswith(("ه", "ها", "هم")):
        return None
    k = i + 1
    while k < len(tokens) and tokens[k].sent == tok.sent and tokens[k].norm in honorifics():
        k += 1
    agent = agent_at(tokens, people, k) if k < len(tokens) and tokens[k].sent == tok.sent else None
    if agent is None:
        return None
    names = {m.name for m in (agent.person,) if m is not None} | {agent.post.holder or "" if agent.post else ""}
    names.discard("")
    j = k
    while True:  # the host's name and offices, read one after the other ("الدكتور X وزير Y")
        nxt = next((m.last for m in people.persons if m.first == j and m.name in names), None)
        nxt = nxt or next((p.last for p in people.posts if p.first == j and (p.holder in names or j == k)), None)
        if nxt is None:
            break
        j = nxt
        while j < len(tokens) and tokens[j].norm in honorifics():
            j += 1
    if j != k and j + 1 < len(tokens) and tokens[j].norm in COMMAS and tokens[j + 1].norm[:1] == "ب":
        j += 1  # "لقاء الوزير X، بالأمير Y": a comma after the host's name before the one met (anchor)
    if j == k or j >= len(tokens) or tokens[j].sent != tok.sent or tokens[j].norm[:1] != "ب":
        return None
    base = strip_clitic(tokens[j].norm, "ب")[0]
    styled = base in honorifics() or base in PEOPLE.ROYAL_TITLES  # "بالأمير X", "بمعالي X"
    if tokens[j].article and not styled:
        return None  # "لقاء الوزير X بالمسؤولين": ب + a definite noun is no one met by name or office
    m = j + 1
    while styled and m < len(tokens) and tokens[m].sent == tok.sent and tokens[m].norm in honorifics():
        m += 1  # "بالأمير الدكتور X"
    met = agent_at(tokens, people, j) or (agent_at(tokens, people, m) if styled and m < len(tokens) else None)
    return agent if met is not None else None


_GATHERED = frozenset({fold("جمع"), fold("جمعت"), fold("يجمع"), fold("تجمع")})


def _meeting_word(w: str) -> bool:
    return w in EVENTS.MEETING or strip_clitic(w)[0] in EVENTS.MEETING


_THAT = frozenset(fold(w) for w in ("أن", "بأن"))


def _welcomed_in_report(tokens: list[Token], k: int) -> bool:
    """ "وأوضح المشرف X أن الوفد ضم A وB، وقد كان في استقباله المدير Y" (ext-t110): a reception noun after "كان في"
    tells who welcomed the one it refers to, inside a clause reported after "أن"; the speaker before "أن" did not
    receive anyone there."""
    if k < 2 or tokens[k - 1].norm != fold("في") or tokens[k - 2].norm not in _WAS:
        return False
    sent = tokens[k].sent
    return any(tokens[x].norm in _THAT for x in range(k - 3, max(-1, k - 40), -1) if tokens[x].sent == sent)

