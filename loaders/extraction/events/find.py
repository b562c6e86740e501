"""The events of one text: the main event (every cue pooled into it) and any distinct signing or announced
assembly in a sentence of its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Set
from functools import cache, lru_cache
from itertools import pairwise, takewhile

from marsad.loaders.extraction.cues import AGREEMENTS, DECISIONS, EVENTS, ROLES
from marsad.loaders.extraction.dates import DateMention, hijri_year_opens
from marsad.loaders.extraction.decisions import passive_resolution, relative_approval, signed_earlier, signing_to_come
from marsad.loaders.extraction.events.arrived import arriving_visitor
from marsad.loaders.extraction.events.attacked import attacked_gathering
from marsad.loaders.extraction.events.bygone import recalled_year_only
from marsad.loaders.extraction.events.chairs import (
    agent_at,
    bare_title_holder,
    chair,
    clause_subject,
    construct_host,
    gathered_by,
    head_met,
    honorific_possessor,
    honorifics,
    host_of_seat,
    named_visitor,
    office_agent,
    official_said_again,
    opening_possessor,
    past_styles,
    patron_possessor,
    person_agent,
    reception_host,
    row_holder,
    said_at_possessor,
    said_at_subject,
    session_host_elsewhere,
    sitting_head,
    skips_after_chair,
    speaker_during,
    stack_holder,
    visitor_named,
)
from marsad.loaders.extraction.events.kinds import (
    COLLECTIVE,
    CONTRACTS,
    EDITION_NOUNS,
    arrival_at,
    assembly_ahead,
    association_word,
    bare_edition,
    concert_text,
    contest_edition,
    course_text,
    cue_kind,
    cue_spellings,
    festive,
    future,
    honour_verb,
    may_cue,
    opens_clause,
    real_visit,
    signing_ahead,
    visit_by,
    visit_to_come,
    visitor_at,
    welcomed_on_arrival,
)
from marsad.loaders.extraction.events.mention import Agent, EventMention, agent_mentions
from marsad.loaders.extraction.events.participants import JOINT_WORDS, mourned, participants, predicate_office
from marsad.loaders.extraction.events.places import arrival_place, office_seat
from marsad.loaders.extraction.events.process import (
    PERIODS,
    celebrating_for,
    counted_visits,
    own_edition,
    period_named_after,
    presidency_term,
    talks_process,
)
from marsad.loaders.extraction.events.recalled import came_after, denied, negated_deed, postponed, years_ago
from marsad.loaders.extraction.events.sittings import fronted_body, implied_sittings, speaker_body, subject_body
from marsad.loaders.extraction.events.slots import body_near, fill
from marsad.loaders.extraction.events.unheld import busy_excuse, complaints_received
from marsad.loaders.extraction.events.welcomed import (
    HIS_WELCOME,
    another_after,
    banquet_cue,
    banquet_host,
    escort_sentences,
    honouree,
    named_in,
    welcome_sentences,
)
from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.people import People, PostMention
from marsad.loaders.extraction.text import (
    ALSO,
    COMMAS,
    DURING_IN,
    RELATIVES,
    RELATIVES_WITH_DUALS,
    TO_WORDS,
    Token,
    WordIndex,
    bare_noun,
    clitic_spellings,
    in_words,
    lam_article,
    sentence_start,
    strip_clitic,
    title_sentence,
    word_index,
)
from marsad.loaders.extraction.words import CALENDAR, FUNCTION_WORDS, PEOPLE
from marsad.loaders.normalize import fold

_STATES_OF = frozenset({fold("بدول")})  # not "وزراء خارجية دول مجلس التعاون": the council's own sitting
_SIGNATORIES = frozenset(fold(w) for w in ("الموقعة", "الموقعين", "الموقعون", "والموقعة", "والموقعين"))


_ORGANISED = frozenset(fold(w) for w in ("نظم", "نظمت", "أقام", "أقامت", "ونظم", "ونظمت", "وأقام", "وأقامت"))


def _organised_by_unread(tokens: list[Token], insts: list[InstMention], cue: int) -> bool:
    """ "نظم مطار الملك خالد الدولي أمس حفل استقبال … بحضور …": a verb of organising before the cue, in its sentence,
    whose subject right after it is no body read: the host is named, though not as a body, so a guest's body listed
    as attending is not the host."""
    sent = tokens[cue].sent
    for k in range(cue - 1, -1, -1):
        if tokens[k].sent != sent:
            return False
        if tokens[k].norm in _ORGANISED and k + 1 < cue:  # (a bare head in construct: "مطار X", "إدارة ملعب X"; not
            # a definite word referring back, "أقامت الوزارة")
            return not tokens[k + 1].article and not any(m.first == k + 1 for m in insts)
    return False


def _signatories(tokens: list[Token], i: int) -> bool:
    """ "من بين الدول الموقعة على اتفاقية اليونسكو لسنة 1970": the participle of signing before "على" names the
    signatories of an agreement, no signing the text reports."""
    return tokens[i].norm in _SIGNATORIES and i + 1 < len(tokens) and tokens[i + 1].norm == _ON \
        and tokens[i + 1].sent == tokens[i].sent


_ANNIVERSARY = frozenset(fold(w) for w in ("ذكرى", "الذكرى", "بذكرى", "بالذكرى", "لذكرى", "للذكرى", "وذكرى",
                                          "والذكرى"))
_ANNIVERSARY_REACH = 4


def _anniversary_of(tokens: list[Token], i: int) -> bool:
    """ "يحتفل بالذكرى السنوية لتوقيع اتفاقيات المنظمة في 1963", "الذكرى الستين لانعقاد المؤتمر": an event recalled by
    its anniversary, a few words before it in one clause, is history, no event the text reports."""
    for k in range(i - 1, max(-1, i - _ANNIVERSARY_REACH - 1), -1):
        if tokens[k].sent != tokens[i].sent or not (tokens[k].is_word or tokens[k].norm.isdigit()):
            return False
        if tokens[k].norm in _ANNIVERSARY:
            return True
    return False


_PRIORITY = {"session": 0, "assembly": 1, "signing": 2, "meeting": 3, "visit": 4, "other": 5}


def _or_wa(words: Set[str]) -> frozenset[str]:
    """``words`` as written or behind "و": the test ``w in words or (w[:1] == "و" and w[1:] in words)`` as one set."""
    return frozenset(words) | {"و" + w for w in words}


def find_events(text: str, tokens: list[Token], insts: list[InstMention], people: People, dates: list[DateMention],
                published: dt.date | None, approvals: list[int]) -> list[EventMention]:
    hits: list[tuple[int, str]] = []
    where = word_index(tokens)
    inner = {x for m in insts for x in range(m.first + 1, m.last)}
    titled = {x for p in people.posts for x in range(p.first + 1, p.last)}  # "مدير المراسم": no ceremony (fev)
    for i in where.of(cue_spellings()):  # (no other word passes may_cue, cue_kind's own first test)
        # "حزب المؤتمر الشعبي": a cue word inside a body's name (ext-t33)
        if tokens[i].is_word and i not in inner and may_cue(tokens[i].norm) and not _backing_body(tokens, insts, i):
            kind = cue_kind(tokens, i)
            if kind and not (kind == "other" and (i in titled or _protocol_office(tokens, i))):
                hits.append((i, kind))
    for i in approvals:  # "صادق مجلس X على…", "… أن مجلس X وافق على …" is a sitting of X
        if subject_body(tokens, insts, i) is not None or fronted_body(tokens, insts, i) is not None:
            hits.append((i, "session"))
        elif _general_assembly_after(tokens, i):  # "وافقت الجمعية العامة غير العادية لشركة X على …" (ext-t31)
            hits.append((i, "assembly"))
    hits.extend((i, "session") for i in implied_sittings(tokens, insts) if (i, "session") not in hits)
    hits.extend((i, "session") for i in _works_opened(tokens, insts, where) if (i, "session") not in hits)
    hits.extend((i, "meeting") for i in _meetings_of(tokens, insts, where))
    hits.extend((i, "meeting") for i in _own_meetings_carried_on(tokens, insts, where))  # (ext-t156)
    hits.extend((i, "meeting") for i in _meetings_held_with(tokens, people, where))  # (ext-t108)
    hits.extend((i, "other") for i in _celebrated_by(tokens, insts, where))
    hits.extend((i, "other") for i in _celebration_organised_by(tokens, insts, where)
                if (i, "other") not in hits)  # (ext-t161)
    hits.extend((i, "other") for i in _launched_by(tokens, insts, where))
    hits.extend((i, "other") for i in _activity_held_by(tokens, insts, where) if (i, "other") not in hits)  # (ev7)
    started = set(_started_with_guests(tokens, where))  # (ext-t134)
    hits.extend((i, "other") for i in sorted(started) if (i, "other") not in hits)
    hits.extend((i, "other") for i in _sworn_before(tokens, people, where))  # (ext-t120)
    hits.extend((i, "other") for i in _start_given(tokens, where))  # (ext-t120)
    hits.extend((i, "signing") for i in _contract_signed_before(tokens, where))  # (ext-t124)
    hits.extend((i, "other") for i in _inaugurates_today(tokens, people, where) if (i, "other") not in hits)
    hits.extend((i, "other") for i in _passive_ceremony(tokens, dates, where) if (i, "other") not in hits)
    hits.extend(_headline_verbs(tokens, title_sentence(text, tokens)))
    hits.extend((i, "meeting") for i in _hosted_delegation(tokens, insts, people, where))
    hits.extend((i, "visit") for i in where.of(_TOURED_SPELLINGS)  # (no other word passes _toured_after's first test)
                if _toured_after(tokens, i) and (i, "visit") not in hits)
    hits.sort()
    now = published.year if published is not None else _latest_year(tokens)
    in_dates = {x for d in dates if d.month for x in range(d.first, d.last)}  # "يوم 5 أغسطس عام 2015": a day's date
    approved = _approved_nouns(tokens, hits)  # (ext-t120)
    hits = [(i, k) for i, k in hits if not _counted(tokens, i, people, dates) and not _numbered(tokens, i, dates)
            and not (approved and tokens[i].article and bare_noun(tokens[i].norm) in approved)
            and not (k == "signing" and (_background(tokens, i) or signing_ahead(tokens, i) or _signatories(tokens, i)
                                         or signed_earlier(tokens, i) or signing_to_come(tokens, i)))
            and not (k in _BACKGROUND_KINDS and _background_opener(tokens, i))
            and not (k == "visit" and visit_to_come(tokens, i))  # (ext-t97)
            and not (k == "meeting" and (_patient_received(tokens, i) or _crowd_received(tokens, i)
                                         or _tally_received(tokens, i)))  # (ext-t140)
            and not (k == "meeting" and _no_guest_received(tokens, i))  # (fev)
            and not (k == "meeting" and (complaints_received(tokens, i) or busy_excuse(tokens, i)))  # (ev28)
            and not (k == "meeting" and _league_match(tokens, insts, i))  # (fev)
            and not _science_word(tokens, i) and not _at_that_time(tokens, i)  # (ext-t140)
            and not _time_limit(tokens, i)  # (ext-t163)
            and not (k == "session" and _games_edition(tokens, i))  # (fev)
            and not (k == "meeting" and _travellers_received(tokens, people, i))  # (ext-t120)
            and not (k == "meeting" and (_friendly_match(tokens, i) or _player_welcomed(tokens, i)
                                         or _match_told(tokens, i) or _match_before(tokens, i)
                                         or _remains_received(tokens, i)))  # (ext-t124)
            and not (k == "visit" and (_visited_often(tokens, i) or _visitors_visit(tokens, i)))  # (ext-t124, ev11)
            and not (k == "session" and (_past_or_trading_session(tokens, i) or _market_session(tokens, insts, i)))
            and not (k == "meeting" and _in_return_for(tokens, i))
            and not _habitual(tokens, i) and not (k == "signing" and _amid(tokens, i))  # (ev2s)
            and not _recalled_month(tokens, i) and not _anniversary_of(tokens, i) and not _long_ago(tokens, i)
            and not _past_year_after(tokens, i, now, published is not None, in_dates)  # (ev12)
            and not _almanac_item(tokens, i) and not _standing_congress(tokens, i)  # (aud-event)
            and not attacked_gathering(tokens, i)  # (mor12)
            and not _spoken(text, tokens[i].start) and not _ours(tokens, i)
            and not _unset(tokens, i) and not _place_takes_in(tokens, i)
            and not (k == "other" and _online_launch(tokens, i))
            and not (tokens[i].norm in EVENTS.RECEPTION_NOUN and reception_host(tokens, people, i) is None
                     and not welcomed_on_arrival(tokens, i))  # "وكان في استقبال سموه" (ext-t66)
            and not (honour_verb(tokens[i].norm) and not _honour_agent(tokens, insts, people, i))
            and not (tokens[i].norm == _CONFERENCE_ACC and _holder_before(tokens, people, i) is None)
            and not _presidency_of(tokens, i) and not _lecture_since(tokens, i)
            and not (tokens[i - 1].norm in _HOLDING_NOUNS and _approved_to_hold(tokens, i))
            and not _asked_to_hold(tokens, i) and not _demanded_close(tokens, i)  # (ev4, ev21)
            and not denied(tokens, i, _TO_HOLD) and not years_ago(tokens, i)  # (ev13)
            and not _in_titled_name(tokens, i)  # (ev7)
            and not _listed_body_name(tokens, insts, i)  # (ev10)
            and not period_named_after(tokens, i) and not (k == "session" and own_edition(tokens, i))
            and not (k == "visit" and counted_visits(tokens, i)) and not celebrating_for(tokens, i)
            and not (k == "session" and presidency_term(tokens, i))  # (ev14)
            and not _rumoured(tokens, i)  # (ev15)
            and not negated_deed(tokens, i) and not postponed(tokens, i)]  # (ev16)
    earlier = {i for i, _ in hits if came_after(tokens, i)}  # (events22) an event that only dates another, when the
    if earlier and any(i not in earlier for i, _ in hits):  # text reports one ("وجاء التفجير غداة احتفال …"); kept
        hits = [(i, k) for i, k in hits if i not in earlier]  # when it is the only one ("القرار جاء بعد الزيارة …")
    hits = [(i, k) for i, k in hits if not (k == "meeting" and _visitor_welcomed(tokens, i, hits))]  # (ext-t119)
    if concert_text(tokens):  # "وقع الفنان X … حفلا … وألهب الجمهور بحفل …": the concert's other words (ext-t148)
        hits = [(i, k) for i, k in hits if not (k == "other" and festive(tokens[i]))]
    editions = {i for i, k in hits if k == "session" and strip_clitic(tokens[i].norm)[0] in EDITION_NOUNS}
    if editions and contest_edition(tokens):  # "استعرض رئيس المهرجان برنامج الدورة": the festival's edition
        hits = [(i, k) for i, k in hits if i not in editions]
    elif editions and course_text(tokens):  # "نظمت الجمعية دورة تدريبية … محاور الدورة": the course (ext-t90)
        hits = [(i, k) for i, k in hits if not (i in editions and bare_edition(tokens, i))]
    hits = [(i, k) for i, k in hits if not (i in editions and _courses_listed(tokens, i))]  # (ext-t140)
    hits = [(i, k) for i, k in hits if not _met_during(tokens, i, hits)]
    hits = [(i, k) for i, k in hits if not _adopted_before(tokens, i, hits)]  # (ext-t52)
    hits = [(i, k) for i, k in hits if not (k == "assembly" and _assembly_again(tokens, i, hits))]  # (ext-t65)
    sat = [i for i in _sat(tokens, insts, dates, where) if not _almanac_item(tokens, i) and not _long_ago(tokens, i)
           and not years_ago(tokens, i) and not denied(tokens, i, _TO_HOLD)  # (ev13)
           and not _recalled_opening(tokens, i) and not _demanded_holding(tokens, i)]  # (ev21)
    hits = [(i, k) for i, k in hits if i not in sat]  # "اجتمع مجلس الإدارة مع …": the council's sitting
    if not hits and not sat:
        return []
    demonstrative = {i for i, _ in hits if (i > 0 and (_demonstrative_before(tokens, i)
                                                       or strip_clitic(tokens[i - 1].norm)[0] in EVENTS.SIDELINES
                                                       or (tokens[i - 1].norm in EVENTS.CLOSE and tokens[i].article)))
                     or _photo_caption(tokens, i)}
    sidelines = {i for i in demonstrative if strip_clitic(tokens[i - 1].norm)[0] in EVENTS.SIDELINES}
    # "وعلى هامش المؤتمر، التقى الوزير بنظيره …": a meeting held on the sidelines of an event is one of its own,
    # (when its sentence names who held it), and the event that frames it may be the text's main one
    split = {i for i, k in hits if k == "meeting" and i not in demonstrative
             and any(j in sidelines and tokens[j].sent == tokens[i].sent for j, _ in hits)
             and chair(tokens, people, EventMention("meeting", [i], sentences={tokens[i].sent}), own_only=True)}
    framing = {j for j in sidelines if any(tokens[j].sent == tokens[i].sent for i in split)}
    title_sent = title_sentence(text, tokens)
    main_sents_plain = {tokens[i].sent for i, k in hits if k != "signing" and i not in demonstrative}
    merged_sign = {i for i, k in hits if k == "signing" and (tokens[i].sent in main_sents_plain
                                                              or tokens[i].sent == title_sent)}
    if merged_sign:
        hits = [(i, "signing_main" if i in merged_sign else k) for i, k in hits]
    announced = {i for i, k in hits if k in ("assembly", "session", "meeting")
                 and (future(tokens, i) or _future_after_body(tokens, insts, i) or assembly_ahead(tokens, i))
                 and i not in demonstrative and not _held_yesterday(tokens, i)
                 and not _awaited_yesterday(tokens, i)}  # "سيعقد المجلس اجتماعه المقبل…": an event of its
    # own (but "جلسة المجلس المرتقبة أمس" was held, ev9)
    if not any(k not in ("signing", "assembly") and i not in announced and i not in demonstrative for i, k in hits) \
            and not any(i not in announced for i in sat):
        announced = {i for i in announced if dict(hits)[i] == "assembly"}  # the text announces its main sitting
    # "يزورون الدوحة لحضور اجتماعهم المشترك مع …": the event another one is held for, when another is reported
    # (told after that other event's first cue: "بدأت الجمعية استقبال الطلبات للمشاركة في المؤتمر" reports the
    # conference itself), with whom it is held named in its phrase ("للمشاركة في المؤتمر المثير للجدل" after
    # "أعلن المغرب مشاركته في مؤتمر …" is the same conference)
    purposed = {i for i, k in hits if k in ("meeting", "session", "assembly") and _for_attending(tokens, i)
                and _phrase_agents(tokens, people, i)}
    purposed = {i for i in purposed if any(j < i and k not in ("signing", "signing_main")
                                           and j not in purposed | announced | demonstrative for j, k in hits)}
    hits.extend((i, "session") for i in sat)
    hits.sort()
    arrivals = {i: v for i, k in hits if k == "visit" and (v := arrival_at(tokens, i)) is not None}
    weak = {i for i, k in hits if k == "visit" and not real_visit(tokens, i)
            and tokens[i].norm not in EVENTS.VISIT_VERBS and i not in arrivals  # "وصل … في زيارة": official
            and not _toured_after(tokens, i)  # "عقب ذلك تجول في …" (ext-t44)
            and not (tokens[i].norm[:1] == "ب" and tokens[i].norm[1:] in EVENTS.VISIT_VERBS)}  # "قام X بتفقد"
    weak -= {i for i in weak if strip_clitic(tokens[i].norm)[0] in EVENTS.INSPECT
             and any(p.first == i + 1 for p in people.posts)}  # "وقف مدير المستشفى … على": an inspection
    weak -= {i for i in weak if visitor_named(tokens, people, i)}  # "في نهاية زيارة الوزيرة الأولى لـX، Y للمغرب"
    weak -= {i for i in weak if opening_possessor(tokens, people, i)}  # "وخلال زيارته للمحافظة اطلع الوزير X"
    weak -= {i for i in weak if _visit_during(tokens, i)}  # "وجدد معاليه خلال زيارته لوكالة …" (ext-t65)
    # "… الذي أعقب زيارة وزير الخارجية X" when the text reports another event: the visit dates it, no more
    weak |= {i for i, k in hits if k == "visit" and i > 0 and tokens[i - 1].norm in EVENTS.TIME_REFERENCE
             and i not in arrivals and any(k2 != "visit" for _, k2 in hits)}
    hits = [(i, k) for i, k in hits if i not in weak]
    if not hits:
        return []
    lead = sorted((i for i, k in hits if k not in ("signing", "signing_main") and i not in announced
                   and i not in purposed and (i not in demonstrative or i in framing) and i not in split),
                  key=lambda i: (tokens[i].sent == title_sent, i)) or sorted(
        (i for i, k in hits if k not in ("signing", "signing_main") and i not in announced
         and tokens[i - 1].norm not in EVENTS.DEMONSTRATIVES),  # "في بلاغ صدر عقب اجتماعه": that meeting
        key=lambda i: (tokens[i].sent == title_sent, i))
    lead_sents = {title_sent}
    if lead:
        lead_sents = {tokens[lead[0]].sent, title_sent}
        main_kind = min((k for i, k in hits if tokens[i].sent in lead_sents and k not in ("signing", "signing_main")
                         and i not in announced and i not in purposed
                         and (i == lead[0] or not _photo_caption(tokens, i))
                         and not (k == "meeting" and i != lead[0] and _welcome_on_arrival(tokens, i))),
                        key=lambda k: _PRIORITY[k])
    elif any(k in ("signing", "signing_main") for _, k in hits):
        main_kind = "signing"
    else:  # "خلال هذا اللقاء التواصلي مع …" alone: the demonstrative's own event, of its cue's kind (aud-event)
        main_kind = min((k for _, k in hits), key=lambda k: _PRIORITY[k])
    if merged_sign and (main_kind == "meeting" or (main_kind == "other" and any(
            i + 1 in merged_sign and k == "other" and tokens[i + 1].sent == tokens[i].sent for i, k in hits))):
        main_kind = "signing"  # "ترأس الوزير حفل توقيع اتفاقية": a signing ceremony is the signing
    main = EventMention(main_kind, [])
    extra: list[EventMention] = []
    again: EventMention | None = None  # a reception of the same host told apart ("كما استقبل أمس …"), a later
    # sitting ("عقب ذلك، عقد …")
    main_sents: set[int] = set()
    for i, kind in hits:
        sent = tokens[i].sent
        if kind == "signing_main":
            kind, second = "signing", False
        else:
            second = kind == "signing" and main_kind != "signing"
        # is this cue a second event of its own kind (one per kind), not the main event's?
        second = (second
                  # "وألقى المدير العام محاضرة…" after a session
                  or (kind == "other" and main_kind != "other" and i not in demonstrative and sent not in lead_sents
                      and in_words(tokens[i].norm, EVENTS.LECTURE)
                      and _given(tokens, i))
                  # "وفي اليوم نفسه، قام الوزير بزيارة ميدانية …": a visit told in a sentence of its own;
                  # "على هامش الزيارة التي يقوم بها وزير …": the visitor's own event
                  or (kind == "visit" and main_kind != "visit"
                      and ((sent not in lead_sents and i not in demonstrative
                            and _visitor_before(tokens, people, i) is not None) or visit_by(tokens, i)))
                  # "وكان الوزير قد وصل إلى الدوحة … في زيارة رسمية": the arrival's visit, besides a reception
                  or (kind == "visit" and main_kind != "visit" and i in arrivals)
                  # "… . كما زار وزير الخارجية X سفارة المملكة …" (ext-t32): a visit told after another event, its
                  # verb opening a sentence of its own with the visitor after it
                  or (kind == "visit" and main_kind != "visit" and i not in demonstrative
                      and any(j < i and k2 not in ("visit", "signing", "signing_main") and tokens[j].sent != sent
                              and j not in demonstrative for j, k2 in hits)
                      and _visit_opened(tokens, people, i) is not None)
                  # "قام الأمير X بجولة لموقع … . كما زار الأمير X مستشفى …" (ext-t65): "كما زار" opening a sentence of
                  # its own, its visitor named after it, after a visit told in an earlier sentence: another visit
                  or (kind == "visit" and main_kind == "visit" and i not in demonstrative and i > 0
                      and tokens[i - 1].norm == _ALSO
                      and any(j < i and k2 == "visit" and tokens[j].sent != sent for j, k2 in hits)
                      and _visit_opened(tokens, people, i) is not None)
                  # "قام المحافظ بزيارة للمستشفى … . من جهة أخرى قام المحافظ بزيارة لـX في منزله بحضور …": a
                  # visit told first in a sentence turning to another matter, its visitor named, is another visit (ev5)
                  or (kind == "visit" and main_kind == "visit" and not tokens[i].article and sent not in lead_sents
                      and i not in demonstrative and _turned_away(tokens, i)
                      and (_visitor_before(tokens, people, i) or _visit_opened(tokens, people, i)) is not None
                      and not any(tokens[j].sent == sent for j, _ in hits if j < i))
                  # "وعلى هامش المؤتمر، التقى الوزير بنظيره …": a meeting of its own
                  or (i in split and main_kind != "meeting" and i not in announced)
                  # "نظمت الوزارة حفل معايدة … . كما استقبل الوزير X …": a reception told after a ceremony, an
                  # assembly or a sitting in a sentence of its own
                  or (kind == "meeting" and main_kind in ("other", "assembly", "session") and sent not in lead_sents
                      and i not in demonstrative and _later_reception(tokens, people, i)
                      and not any(tokens[j].sent == sent and j != _after_the_event(tokens, i) for j, _ in hits
                                  if j < i))  # "نظم … حفلا، وقد استقبل
                  # X التهاني": greetings received at the ceremony
                  # "استقبل الأمير X … . إلى ذلك، استقبل الأمير … منسوبي الإمارة": a reception told after another
                  # one, in a sentence turning to another matter, is one of its own
                  or (kind == "meeting" and main_kind == "meeting" and sent not in lead_sents
                      and i not in demonstrative and _reception_apart(tokens, people, i))
                  # "عقد الوزير X اجتماعا مع نظيره Y. عقب ذلك، عقد الوزيران اجتماعا موسعا": a sitting held after
                  # the first one, in a sentence of its own
                  or (kind in ("meeting", "session") and main_kind not in ("signing", "signing_main")
                      and sent not in lead_sents and i not in demonstrative and _held_after(tokens, i)
                      and not any(tokens[j].sent == sent and j not in demonstrative for j, _ in hits if j < i))
                  # (ev24: "وتمهيدا لهذا الاجتماع، عقد …": the event told before, named in its opening)
                  # "استقبل الأمين العام X … الضيف Y. … كما استقبل أمس Z": the same host's reception of another
                  # guest, told in a sentence of its own
                  or (kind == "meeting" and main_kind == "meeting" and sent not in lead_sents
                      and i not in demonstrative and _received_again(tokens, i, people)
                      and not any(tokens[j].sent == sent for j, _ in hits if j < i))
                  # "استقبل الأمير X … . من جهة أخرى، رأس الأمير اجتماع مجلس المنطقة": an event of another kind told
                  # first in a sentence turning to another matter is one of its own (ext-t31)
                  # (an indefinite cue: "خلال الاجتماع" refers back to the one told before)
                  or (kind in ("meeting", "session", "assembly", "other") and not tokens[i].article
                      and sent not in lead_sents and i not in demonstrative and _turned_to(tokens, i)
                      and not any(tokens[j].sent == sent for j, _ in hits if j < i))
                  # "عقدت اللجنة اجتماعها … . وفي وقت لاحق، زار رئيس اللجنة الميناء": a verb of visiting after such
                  # a turn, the first cue of its sentence, is a visit of its own (ext-t69)
                  or (kind == "visit" and main_kind != "visit" and sent not in lead_sents and i not in demonstrative
                      and strip_clitic(tokens[i].norm, "و")[0] in EVENTS.VISIT_VERBS and _turned_to(tokens, i)
                      and not any(tokens[j].sent == sent for j, _ in hits if j < i))
                  # "ترأس الوزير اجتماع المجلس. عقب ذلك، افتتح الوزير مركز الأورام": an inauguration told after
                  # the main event, in a sentence opening with what came next, is one of its own (ext-t31)
                  or (kind == "other" and main_kind != "other" and sent not in lead_sents
                      and _opened_after(tokens, i)
                      and not any(tokens[j].sent == sent and j > sentence_start(tokens, i) + 2 for j, _ in hits
                                  if j < i))
                  # "عقد المدير اجتماعا … . عقب ذلك تجول في مواقع …": a tour told after the main event, in a
                  # sentence opening with what came next, is one of its own (ext-t44)
                  or (kind == "visit" and main_kind != "visit" and sent not in lead_sents
                      and _toured_after(tokens, i))
                  # "وأقام وزير الخارجية X مأدبة عشاء تكريما للوزير …" after a reception: a banquet given by a named
                  # host in someone's honour, in a sentence of its own, is an event of its own (ext-t48)
                  or (kind == "other" and main_kind == "meeting" and i not in demonstrative
                      and any(j < i and k2 == "meeting" and tokens[j].sent != sent for j, k2 in hits)
                      and banquet_cue(tokens, i)
                      and banquet_host(tokens, people, i) is not None)
                  # "عقب ذلك، يعقد الرئيس العام … اجتماعا برئيس وأعضاء المجلس" after the text's first sitting, told in
                  # its first sentence (no title: the lead is read past it) (ext-t48)
                  or (kind in ("meeting", "session") and main_kind not in ("signing", "signing_main")
                      and sent != title_sent and i not in demonstrative and _held_after(tokens, i)
                      and any(j < i and tokens[j].sent != sent and j not in announced for j, _ in hits)
                      and not any(tokens[j].sent == sent for j, _ in hits if j < i))
                  # "وعقد أمس لقاء تعريفي آخر في بلدية X" after a meeting told before: "another" one (ext-t48)
                  or (kind in ("meeting", "session") and i not in demonstrative and i not in announced
                      and another_after(tokens, i)
                      and any(j < i and k2 == kind and tokens[j].sent != sent for j, k2 in hits))
                  # "… لحضور اجتماعهم المشترك مع …": the event the one reported is held for
                  or i in purposed
                  # "سيعقد الوزير X اجتماعا مع … خلال زيارة عمل لقطر" (ext-t108): an official visit framing the
                  # sitting told before it in its sentence is an event of its own
                  or (kind == "visit" and main_kind in ("meeting", "session") and _framing_visit(tokens, i, hits))
                  # "… . وأضافت أن الوزير سيعقد اجتماعات أيضا مع …" (ext-t108): meetings "also" held, in a sentence
                  # after the meeting told first
                  or (kind == "meeting" and i not in demonstrative and _also_held(tokens, i, hits))
                  # an announced sitting, or one of another body than the cue's before it in its sentence
                  or (i in announced and (sent not in main_sents or _other_body(tokens, insts, i, main.cues))))
        if again is not None and (kind == "meeting" or kind == again.kind) \
                and (i in demonstrative or tokens[i].article or tokens[i - 1].norm in ROLES.DURING
                     or _during_that(tokens, i, again)):
            again.cues.append(i)  # "كما استقبل أمس Y. وجرى خلال اللقاء …": that reception's meeting (and
            # "عقب ذلك، عقد … اجتماعا موسعا. حضر الاجتماع …": the later one's)
            again.sentences.add(sent)
            continue
        again = None
        if second:
            if not any(e.kind == kind and not (e.cues[0] in announced and i not in announced
                                               and _held_after(tokens, i)) for e in extra) \
                    or (kind == "meeting" and (_received_again(tokens, i, people) or _also_held(tokens, i, hits))):
                # (ext-t48: besides an announced one; ext-t109: "كما استقبل …" again and again, each guest's
                # reception of its own; ext-t108: meetings "also" held)
                extra.append(EventMention(kind, [i], sentences={sent}))
                # (or told after a turn: "من جهة ثانية … بمحاضرة … . وشارك في المحاضرة …", ext-t31)
                if (kind in ("meeting", "session") and (_received_again(tokens, i, people) or _held_after(tokens, i))) \
                        or _turned_apart(tokens, extra[-1]):
                    again = extra[-1]
            continue
        if main.cues and i not in demonstrative and not tokens[i].article and sent not in lead_sents \
                and sent not in main_sents and _turned_away(tokens, i) \
                and not any(tokens[j].sent == sent for j, _ in hits if j < i):
            continue  # "من جهة أخرى، اعتمد الأمير برامج ملتقى …": an indefinite cue first in a sentence turned to
            # another matter is none of the first event's (told apart above when it is an event of its own) (ev5)
        main.cues.append(i)
        main_sents.add(sent)
    main.sentences = main_sents
    events = [main, *extra] if main.cues else extra
    received = {s for e in extra if (e.kind == "meeting" and (_later_reception(tokens, people, e.cues[0])
                                                               or _reception_apart(tokens, people, e.cues[0])
                                                               or _received_again(tokens, e.cues[0], people)))
                or _turned_apart(tokens, e) or _opened_after(tokens, e.cues[0]) for s in e.sentences} - main_sents
    deputised: set[int] = set()  # events whose body, named only in a deputy's office, was dropped (ev23)
    for ev in events:
        ev.cues.sort(key=lambda i: (tokens[i].sent == title_sent, i in demonstrative and i not in framing, i))
        fill(ev, tokens, insts, people, dates, published, title_sent, main=ev is main)
        _from_lede(ev, tokens, people, dates, published, title_sent)
        if ev.chair is not None and mourned(tokens, people, ev.chair):  # "جثمان الشهيد X", "عزاء الشهيد X": the
            # one mourned chairs nothing; a visit to his family is the visitor's ("قام الأمير Y بزيارة …", slots19)
            ev.chair = _mourner(tokens, people, ev.cues[0]) if ev.kind == "visit" else None
        if ev.body is None:  # "انعقد، يوم الثلاثاء … بالرباط، المجلس الإداري للوكالة …": the body convened (ext-t37)
            ev.body = next((b for c in ev.cues if (b := _convened_after_adverbials(tokens, insts, dates, c))
                            is not None), None)
        if ev.body is None:  # "في قرار اعتمد بـ325 صوتا": the legislature named before the passive resolution
            ev.body = next((b for c in ev.cues if passive_resolution(tokens, c)
                            and (b := subject_body(tokens, insts, c)) is not None), None)
        if ev.kind == "meeting":  # "اجتمع الوزير رئيس مجلس إدارة الهيئة مع لجنة …": the body met is the committee
            ev.body = _met_body(tokens, insts, ev.cues[0]) or ev.body
        if ev.kind == "meeting" and ev.body is None and ev.chair is None:  # "عقب عقد الاجتماع المشترك مع وزراء
            # خارجية دول مجلس التعاون" (ext-t65): the body whose member states' ministers met
            ev.body = next((b for b in (_ministers_body(tokens, insts, c) for c in ev.cues) if b is not None), None)
        if ev.cues[0] in purposed:
            ev.chair = None  # its sentence's chairing or receiving cue is the other event's
        elif (ev is not main and ev.kind != "signing") or (ev is main and received):
            ev.chair = chair(tokens, people, ev, own_only=True)  # an announced sitting: no chair borrowed; the
            # main event a reception was told apart from: not the reception's host
        if ev is not main and ev.kind == "meeting" and _received_again(tokens, ev.cues[0], people) \
                and (ev.chair is None or not _host_again(tokens, ev.cues[0], people)):  # (a host named again: his)
            ev.chair = main.chair  # "كما استقبل أمس …": the host of the reception told first, in his office's body
            ev.body = main.body if main.cues else ev.body  # (a place named in a guest's office is none)
            ev.place = main.place if main.cues else ev.place
        if ev is not main and ev.chair is None and main.chair is not None and _turned_apart(tokens, ev) \
                and _bare_title_of(tokens, ev.cues[0], main.chair):
            ev.chair = main.chair  # "… . وفي المساء، عقد الوزير اجتماعا …": the minister of the event told first
        if ev is not main and ev.kind == "other" and main.cues and _opened_after(tokens, ev.cues[0]):
            ev.chair = ev.chair or main.chair  # "عقب ذلك، افتتح الوزير …": who held the event told first (ext-t31)
        if ev is not main and ev.kind in ("meeting", "session") and main.cues and _held_after(tokens, ev.cues[0]):
            # "عقب ذلك، عقد الوزيران اجتماعا موسعا": held by who held the first one, unless named there; a body is
            # one named in its own sentence (not in an attendee's office told after it)
            ev.chair = ev.chair or main.chair
            if _chaired_also(tokens, ev.cues[0]) and ev.chair is not None and ev.chair.person is None \
                    and main.chair is not None and _same_head(ev.chair, main.chair):
                ev.chair = main.chair  # "كما ترأس أمير المنطقة …" after "استقبل أمير منطقة الرياض X": X (ext-t37)
            if ev.body is not None and tokens[ev.body.first].sent != tokens[ev.cues[0]].sent:
                ev.body = None
            if _held_by_bare_body(tokens, ev.cues[0]):  # "ثم عقد المجلس جلسة ثانية": the body of the first one
                ev.body = main.body
        if ev.kind == "visit" and ev.chair is None:  # "سيعقد الوزير X اجتماعا … خلال زيارة عمل لـ…": his visit
            ev.chair = next((a for a in (_framed_holder(tokens, people, c, hits) for c in ev.cues) if a is not None),
                            None)  # (ext-t108)
        visitor = visitor_at(tokens, ev.cues[0]) if ev is not main and ev.kind == "visit" else None
        if ev.chair is None and visitor is not None:  # "الزيارة التي يقوم (بها) وزير …", "… التي أجراها وزير …"
            ev.chair = agent_at(tokens, people, visitor)
        if ev is not main and ev.kind == "visit" and ev.chair is None:
            ev.chair = _visitor_before(tokens, people, ev.cues[0]) \
                or _visit_opened(tokens, people, ev.cues[0])  # "قام الوزير … بزيارة", "كما زار الوزير X"
        if ev is not main and ev.kind == "visit" and ev.chair is None and _toured_after(tokens, ev.cues[0]) \
                and main.cues:
            ev.chair = main.chair  # "عقب ذلك تجول في مواقع …": who held the event told first (ext-t44)
        if ev is not main and ev.kind == "visit" and ev.body is None and ev.chair is not None \
                and _visit_opened(tokens, people, ev.cues[0]) is not None:  # "كما زار الوزير X، سفارة المملكة": the
            c = ev.cues[0]  # body visited: the first one after the verb outside the visitor's offices
            ev.body = next((m for m in sorted(insts, key=lambda m: m.first) if c < m.first <= c + _VISITED_REACH
                            and tokens[m.first].sent == tokens[c].sent
                            and not any(p.first <= m.first < p.last for p in people.posts)), None)
        # a signing's own cues name no holder of talks or meetings, only its meeting words do
        held = [c for c in ev.cues if (ev.kind != "signing" or in_words(tokens[c].norm, EVENTS.MEETING))
                and not session_host_elsewhere(tokens, ev, c)]  # (slots13: another meeting's host chairs no sitting)
        met_head = None
        if ev.chair is None:  # "قال X في اجتماع مع الرئيس الفرنسي Y": the head of state met hosts it
            met_head = next((c for c in held if head_met(tokens, people, c) is not None), None)
            ev.chair = head_met(tokens, people, met_head) if met_head is not None else None
        if ev.chair is None:  # "اجتماع يعقده الوزير X", "خلال اجتماع عقده مع …"; a signing reached "خلال مباحثات
            # أجراها الوزير X مع …": the talks' holder (not at the signing's own cues)
            ev.chair = next((a for a in (_held_by(tokens, people, c) for c in held) if a is not None), None)
        if ev.chair is None and ev.kind == "other":  # a joint press conference, itself the event (not one merged
            # into the meeting it followed, ext-t142)
            ev.chair = next((a for a in (_joint_press_holder(tokens, people, c) for c in held) if a is not None), None)
        if ev.chair is None:  # "وخلال اجتماعه بأعضاء اللجنة شدد المحافظ X …": the main clause's subject;
            # "خلال لقاء جمع الوزير X بمديري …": the one the meeting gathered first
            ev.chair = next((a for a in (opening_possessor(tokens, people, c) or gathered_by(tokens, people, c)
                                         or honorific_possessor(tokens, people, c)
                                         or said_at_possessor(tokens, people, c) or construct_host(tokens, people, c)
                                         or speaker_during(tokens, people, c)  # (ext-t65)
                                         or official_said_again(tokens, people, c)  # (ext-t156)
                                         or patron_possessor(tokens, people, c)  # (ext-t78)
                                         for c in held) if a is not None), None)
        host = next((h for c in ev.cues if (h := host_of_seat(tokens, people, c)) is not None), None) \
            if ev.kind == "visit" else None
        if host is not None:  # "قدم الأمير X شكره … من خلال زيارة المحافظ Y في مجلسه": the host (ext-t156); the
            ev.chair, ev.body = host, None  # body visited is the host's own, which no name gives
        if ev.chair is None and ev.kind == "visit":  # "وأضاف X، خلال زيارة هي الأولى له لـ…" (ext-t65)
            ev.chair = next((a for a in (_visitor_during(tokens, people, c) for c in ev.cues
                                         if _visit_during(tokens, c)) if a is not None), None)
        if ev.chair is None and ev.kind == "visit" and ev.cues[0] not in arrivals:  # "في ختام زيارة صاحب السمو
            # الملكي الأمير X للقاهرة" (ext-t65); not an arrival's visit, whose visitor arrived
            ev.chair = next((a for a in (named_visitor(tokens, people, c) for c in ev.cues) if a is not None), None)
            if ev.chair is not None and ev.body is not None \
                    and any(p.first <= ev.body.first and ev.body.last <= p.last for p in people.posts):
                ev.body = None  # the visitor's named in construct; a body inside an office is not the one visited
        if ev.chair is None and ev.kind == "other":  # "أدى السفير القسم أمام خادم الحرمين": before whom (ext-t120)
            ev.chair = next((a for a in (_oath_head(tokens, people, c) for c in ev.cues) if a is not None), None)
        if ev.chair is None and ev.kind == "other":  # "أعطى الوزير X … انطلاقة أشغال …": who gave it (ext-t120)
            ev.chair = next((a for a in (_start_giver(tokens, people, c) for c in ev.cues) if a is not None), None)
        if ev.chair is None and ev.kind == "other":  # "كرم الأمير X … أثناء تدشينه المهرجان": who inaugurated it
            ev.chair = next((a for a in (clause_subject(tokens, people, c) for c in ev.cues
                                         if _his_inauguration(tokens, c)) if a is not None), None)
        if ev.chair is None and ev.kind in ("other", "meeting", "assembly", "session"):
            # "أقام السفير X حفل استقبال", "عقد الوزير X مؤتمرا صحفيا" (ext-t37): the office or person holding it,
            # the verb's subject (a council's sitting too: "عقد محافظ X اجتماع المجلس المحلي", ext-t66)
            ev.chair = next((a for a in (_holder_before(tokens, people, c) for c in ev.cues) if a is not None), None)
        if ev.chair is None and ev.kind in ("other", "meeting", "assembly", "session"):
            # "قالت الوزارة إن الوزير X سيعقد اجتماعا مع …" (ext-t108): the subject fronted before the verb of holding
            ev.chair = next((a for a in (_fronted_holder(tokens, people, c) for c in ev.cues) if a is not None), None)
            if ev.chair is not None and ev.body is not None and _reporter(tokens, ev.body):
                ev.body = None  # the body that reports the event does not hold it
        if ev.chair is None and ev.kind in ("session", "meeting"):  # "ونقلت … عن رئيس الجلسة العميد X": who
            ev.chair = sitting_head(tokens, people, ev, ev is main and not extra)  # presided over it (ext-t66)
        if ev.place is None and ev.chair is not None:  # "عقد محافظ X … اجتماع المجلس المحلي بالمحافظة": his seat,
            ev.place = office_seat(tokens, people, ev)  # once the holder is known (ext-t66)
        if ev.kind == "other" and ev.body is not None and _honoured(tokens, people, ev.body):
            ev.body = None  # "كرم الأمير X مؤسسة Y لرعايتها المهرجان": the body honoured does not hold the ceremony
        if ev is not main and ev.cues[0] in announced and ev.body is not None and ev.chair is None \
                and ev.body.last <= ev.cues[0] \
                and any(p.first <= ev.body.first and ev.body.last <= p.last for p in people.posts):
            ev.body = None  # "وأوضح رئيس اللجنة الإعلامية X أنه سيتم عقد اللقاء الثالث" (ext-t32): the announcer's body
        if ev.kind == "assembly" and ev.body is not None and ev.body.last <= ev.cues[0] \
                and assembly_ahead(tokens, ev.cues[0]):  # "اعتماد مجلس الإدارة الجديد … عقب عقد الجمعية العمومية
            ev.body = _assembly_of(tokens, insts, ev.cues[0])  # … خلال الأسبوعين المقبلين" (ext-t65): a body before
            # an announced assembly is not its own; "الجمعية العمومية للمجلس X": X is
        if ev.kind == "other" and ev.body is None and ev.cues[0] in started:
            ev.body = _seat_body(tokens, insts, people, ev.cues[0])  # "انطلقت حملة … بمقر اللجنة، بحضور …" (ext-t134)
        if ev.kind == "assembly" and ev.body is not None and _board(ev.body) \
                and _general_assembly_at(tokens, ev.cues[0]):
            # "وصادقت الجمعية العمومية لـ«X» على الاقتراح المقدم من مجلس الإدارة" (ext-t134): the board proposes to
            # the general assembly, it does not hold it: the assembly is the company's, the one the text names
            ev.body = _assembly_of(tokens, insts, ev.cues[0]) or _sole_company(insts) or ev.body
        if ev.kind == "meeting" and ev.body is not None and ev.chair is not None and _in_others_office(people, ev):
            ev.body = None  # "التقى ولي ولي العهد … وحضر اللقاء وزير الدولة عضو مجلس الوزراء": an attendee's body
        if ev.kind in ("meeting", "visit", "other") and ev.body is not None and ev.chair is not None \
                and _in_deputy_office(people, ev):
            ev.body = None  # "عقد ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء … اجتماعا": the council he deputises
            # for does not sit (ext-t79)
        if ev.kind in ("meeting", "visit", "other") and ev.body is not None and ev.chair is None \
                and _in_deputy_office_only(people, ev.body):
            deputised.add(id(ev))
            ev.body = None  # "أهمية الزيارة التي قام بها ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء لمصر": with
            # no chair read, the council a named deputy stands in for did not meet either (ev23)
        if ev.kind == "meeting" and ev.chair is not None:  # "خلال اجتماعه الأول باللجنة": the committee he heads
            ev.body = _his_meeting_with(tokens, insts, ev.cues[0]) or ev.body  # (ext-t31)
        if ev.kind == "meeting" and ev.body is None and ev.chair is not None:
            ev.body = _host_emirate(tokens, insts, ev, events)  # "استقبل أمير منطقة الرياض … منسوبي إمارة منطقة الرياض"
        if ev.kind == "other" and ev.body is None:  # "احتفل أهالي القرية بالزواج الجماعي … والذي نظمته جمعية …"
            ev.body = next((b for b in (_celebration_organiser(tokens, insts, c) for c in ev.cues) if b is not None),
                           None)  # (ext-t161)
        if ev.kind == "assembly":  # "شارك الباحث من جامعة A في مؤتمر … والذي استضافته كلية B": the host the relative
            ev.body = _relative_host(tokens, insts, ev.cues[0]) or ev.body  # clause names holds it (r2-events)
        if ev.kind == "signing" and ev.body is None:  # "تم توقيع اتفاقية … بين كل من إمارة المنطقة ممثلة في …،
            # ومكتب التدريب …": the first party named after "بين"
            ev.body = next((b for b in (_party_between(tokens, insts, c) for c in ev.cues) if b is not None), None)
        if ev.kind == "signing" and ev.chair is None:  # "وقع مدير الجامعة X اتفاقية تعاون مع …": the one signer
            ev.chair = next((a for a in (_lone_signer(tokens, people, c) for c in ev.cues) if a is not None), None)
        if ev.chair is not None and mourned(tokens, people, ev.chair):
            ev.chair = None  # "جثمان الشهيد X", "مقر عزاء الشهيد X": the one mourned chairs nothing (slots19)
        if ev.chair is not None and _heads_delegation(tokens, people, ev.chair):
            ev.chair = None  # "ترأس وزير المالية X وفد المملكة في اجتماعات المجلس …": he led a delegation to it
        if ev.chair is not None and ev.chair.person is None and ev.chair.post is not None \
                and fold(ev.chair.post.title).split()[1:2] == [_AND_MEMBERS]:
            ev.chair = None  # "اجتماع جمع رئيس وأعضاء مجلس إدارة الغرفة مع …": a head and his members, a group, do
            # not chair (ext-t49)
        if ev.chair is not None and ev.chair.person is None and ev.chair.post is not None \
                and ev.chair.post.holder is None:  # "اطلع مدير الشرطة رئيس اللجنة الأمنية اللواء X … خلال
            ev.chair = row_holder(tokens, people, ev.chair)  # اجتماعه": the one his row of offices names (ext-t44)
        verb = arrivals.get(ev.cues[0]) if ev.kind == "visit" else None
        if verb is not None:  # "وصل (إلى عدن) الوزير … في زيارة": the one who arrived, the city he arrived in;
            # a body named inside an office (his own) is not where the visit went
            ev.chair = ev.chair or next((a for a in (agent_at(tokens, people, x) for x in range(verb + 1, ev.cues[0]))
                                         if a is not None), None) or clause_subject(tokens, people, verb)
            ev.chair = stack_holder(tokens, people, ev.chair)  # "وصل … نائب الرئيس رئيس مجلس الوزراء X": X
            ev.participants = [a for a in ev.participants if not _same_agent(a, ev.chair)]
            ev.place = arrival_place(tokens, verb, ev.cues[0]) or ev.place
            if ev.body is not None and any(p.first <= ev.body.first and ev.body.last <= p.last for p in people.posts):
                ev.body = None
        if ev.kind == "meeting" and ev.body is not None and ev.body.kind in ("governing_body", "parliament") \
                and not _delegation_of(tokens, ev.body) and not _member_of(tokens, insts, ev.body) \
                and not _held_with(tokens, insts, ev.cues[0]) \
                and not any(p.first < ev.body.first and ev.body.last <= p.last for p in people.posts
                            if ev.number is None or ev.chair is None or not _chairs_office(ev.chair, p)):
            ev.kind = "session"  # a convened sitting of a council, board or committee (not one in a guest's title;
            # a numbered one in its chair's title: "ترأس رئيس اللجنة X الاجتماع الرابع للجنة")
    for ev in extra:
        if ev.kind == "assembly" and ev.body is None and main.body is not None:
            ev.owner = main.body
        if main.cues and (any(i in demonstrative and tokens[i].sent in ev.sentences for i, _ in hits)
                          or _same_day(tokens, ev.sentences)) and not _turned_away(tokens, ev.cues[0]):
            # (not "ومن جهة أخرى فقد تم … في ملتقى التوظيف": a turn to another matter, its own day, slots10)
            ev.date = ev.date or main.date  # "وعلى هامش الدورة، جرى التوقيع…": the day and place of the sitting
            if ev.kind != "visit":  # "هذا اللقاء على هامش الزيارة التي …": a visit frames the sitting held
                ev.place = ev.place or main.place  # during it, and may span other cities
        if ev.kind == "visit" and ev.cues[0] in arrivals and main.place is None and main.kind == "meeting" \
                and any(tokens[i].norm in ROLES.RECEIVE or tokens[i].norm in ROLES.RECEPTION for i in main.cues):
            main.place = ev.place  # "استقبل الأمير … الوزير. وكان الوزير قد وصل إلى الدوحة في زيارة": received there
    chairs = [e.chair for e in events if e.chair]
    opened = [e for e in extra if e.kind == "visit" and _visit_opened(tokens, people, e.cues[0]) is not None]
    attended = [e for e in events if e is main or e.kind == "signing" or (e is not main and e.kind == "meeting")
                or e.cues[0] in purposed or e in opened or (e is not main and _chaired_also(tokens, e.cues[0]))
                or (e is not main and (_turned_apart(tokens, e) or _opened_after(tokens, e.cues[0])))]
    for ev in attended:
        apart = ev is not main and bool(ev.cues) and (_reception_apart(tokens, people, ev.cues[0])
                                                      or _chaired_also(tokens, ev.cues[0])
                                                      or _received_again(tokens, ev.cues[0], people)
                                                      or _turned_apart(tokens, ev) or _opened_after(tokens, ev.cues[0]))
        own = ev.chair if (ev is main and received) or apart else chairs[0] if chairs else None
        ev.participants = participants(tokens, people, ev, own, tuple(e for e in attended if e is not ev))
        ev.participants = [a for a in ev.participants if not recalled_year_only(tokens, people, ev, a, now)]  # (all4)
        if ev is main and received:  # "… . كما استقبل الوزير X": the guest named only there came to the reception
            # (and so did one named there and again after it: "كما استقبل X … . وأعرب X عن شكره …"), but not one
            # named after it as attending: "حضر الاستقبال X" may tell of both receptions
            onward = set(range(min(received), tokens[-1].sent + 1)) - main_sents \
                - {t.sent for t in tokens if t.sent not in received and in_words(t.norm, ROLES.ATTEND)}
            ev.participants = [a for a in ev.participants if not _named_only_in(tokens, people, a, onward)]
        if ev in opened:  # who is named from the visit's verb on came on the visit
            ev.participants = [a for a in ev.participants if _named_from(tokens, people, a, ev.cues[0])]
        elif ev is main and opened:  # … and not to the event told before it, when named only from there on
            ev.participants = [a for a in ev.participants if _named_before(people, a, opened[0].cues[0])]
        sequel = next((e for e in extra if e.kind in ("meeting", "session") and _held_after(tokens, e.cues[0])), None)
        if ev is main and sequel is not None:  # "عقب ذلك، عقد … اجتماعا موسعا. حضر الاجتماع X": named only from
            # the later meeting on, X attended that one
            later = set(range(tokens[sequel.cues[0]].sent, tokens[-1].sent + 1)) - main_sents
            ev.participants = [a for a in ev.participants if not _named_only_in(tokens, people, a, later)]
        if apart:
            # "إلى ذلك، استقبل الأمير منسوبي الإمارة": the first reception's guests did not come to this one
            # (nor those named only before it: "حضر الاستقبال X" told of the first one)
            before = main_sents | set(range(tokens[ev.cues[0]].sent))
            ev.participants = [a for a in ev.participants if not _named_only_in(tokens, people, a, before)]
            nxt = min((e.cues[0] for e in extra if e.kind == "meeting" and e.cues and e.cues[0] > ev.cues[0]
                       and _received_again(tokens, e.cues[0], people)), default=None)
            if nxt is not None:  # "كما استقبل X … . كما استقبل Y …": Y, named only from the next reception on, came
                # to that one (ext-t109)
                later = set(range(tokens[nxt].sent, tokens[-1].sent + 1)) - ev.sentences
                ev.participants = [a for a in ev.participants if not _named_only_in(tokens, people, a, later)]
        if ev is not main and ev.cues and ev.cues[0] in announced:  # "وأوضح X أنه سيتم اليوم عقد اللقاء الثالث":
            # who attended the event reported did not attend the one announced (ext-t32)
            ev.participants = [a for a in ev.participants if _named_after(tokens, people, a, ev)]
        ahead = {s for e in extra if e.cues and e.cues[0] in announced for s in e.sentences} - main_sents
        if ev is main and ahead:  # "… سيتم عقد اللقاء الثاني بحضور محافظ X": named only there, X attends that one
            ev.participants = [a for a in ev.participants if not _named_only_in(tokens, people, a, ahead)]
        if ev.cues and ev.cues[0] in purposed:  # "لحضور اجتماعهم المشترك مع الوزير X": those it is held with
            ev.participants = _phrase_agents(tokens, people, ev.cues[0])
        elif purposed:  # … who are no guests of the event told first
            spans = {x for c in purposed for x in _phrase(tokens, c)}
            ev.participants = [a for a in ev.participants if not _mentioned_only_at(people, a, spans)]
    for ev in events:  # "انطلقت حملة … بحضور X، Y. ومن جهة ثانية شكر Z …" (ext-t134): a start held with guests has the
        if ev.cues and ev.cues[0] in started:  # guests its own sentence lists, no one named only elsewhere
            others = {t.sent for t in tokens} - {tokens[ev.cues[0]].sent}
            ev.participants = [a for a in ev.participants if not _named_only_in(tokens, people, a, others)]
    for ev in events:  # "وتستضيف المدينة الجمعية العمومية للمجلس … في 15 سبتمبر المقبل" (ext-t65): those named
        if ev.kind == "assembly" and any(assembly_ahead(tokens, c, _DATED_AHEAD) for c in ev.cues):  # near a general
            attending = {t.sent for t in tokens if in_words(t.norm, ROLES.ATTEND)}  # assembly to come are not stated
            ev.participants = [a for a in ev.participants  # as attending it (but in a sentence of attending)
                               if any(tokens[k].sent in attending for k in agent_mentions(people, a))]
    _welcomed_apart(tokens, people, main, extra, arrivals)  # ext-t48
    if main.cues and main.kind in ("other", "assembly"):  # "وألقى الخريج X كلمة نيابة عن زملائه": a speaker at the
        # ceremony or conference told first takes part in it, with or without an office
        for k in where.of(_speech_spellings()):  # (no other word passes either's first test)
            speaker = (_speaker_at(tokens, people, k) or _speech_item(tokens, people, k)) \
                if tokens[k].sent >= tokens[main.cues[0]].sent else None
            if speaker is not None and not _same_agent(speaker, main.chair) \
                    and not any(_same_agent(speaker, a) for a in main.participants):
                main.participants.append(speaker)
    for ev in extra:  # "ويرأس وفد المملكة إلى الاجتماع الوزير X": he takes part in the meeting the guests came for
        if ev.cues and ev.cues[0] in purposed:
            for c in (c for c, _ in hits if c not in purposed and c not in demonstrative):
                head = _delegation_to(tokens, people, c)
                if head is not None and not any(_same_agent(head, a) for a in ev.participants):
                    ev.participants.append(head)
    for ev in extra:  # "وتمهيدا لهذا الاجتماع، عقد الوزراء لقاء برئاسة X" (ev24): X chaired the one held ahead
        if main.cues and main.chair is not None and _precursor_held(tokens, ev.cues[0]) \
                and _same_agent(main.chair, ev.chair):
            own_cues = [c for c in main.cues if tokens[c].sent not in ev.sentences]  # (not its cue naming it back)
            kept = EventMention(main.kind, own_cues, sentences=main.sentences - ev.sentences)
            main.chair = chair(tokens, people, kept, own_only=True) if own_cues else None
    for ev in extra:  # "وألقى وزير الفلاحة محاضرة …": who gave the lecture took part in it
        if ev.kind == "other" and ev.cues and not ev.participants:
            speaker = _lecturer(tokens, people, ev.cues[0])
            if speaker is not None and not _same_agent(speaker, ev.chair):
                ev.participants = [speaker]
                if not (ev.date or ev.body or ev.owner or ev.chair) and main.cues and main.body is not None:
                    ev.owner = main.body  # "عقد المجلس جلسته … . وألقى الوزير X محاضرة": given at the body's
                    # sitting, told apart by its lecturer
    for ev in events:
        if not (ev.date or ev.body or ev.owner or ev.chair) and ev.cues \
                and (ev is main or ev.cues[0] not in announced):  # "وأوضح رئيس اللجنة الإعلامية X أنه سيتم عقد
            # اللقاء الثالث" (ext-t32): who announces a meeting does not speak at it
            guests = frozenset(name for a in ev.participants for name in (
                a.person.name if a.person is not None else None, a.post.holder if a.post is not None else None) if name
            ) if _organised_by_unread(tokens, insts, ev.cues[0]) else frozenset()
            ev.owner = speaker_body(tokens, insts, people, ev.cues[0], guests) if id(ev) not in deputised else None
            if ev.owner is not None and ev.kind in ("meeting", "visit") and _in_deputy_office_only(people, ev.owner):
                ev.owner = None  # "الزيارة التي قام بها X النائب الثاني لرئيس مجلس الوزراء": no visit of the council
    for ev in events:  # "أقيم أمس حفل … برعاية الهيئة X": a ceremony told with nothing else is the patron body's (evz)
        if not (ev.date or ev.body or ev.owner or ev.chair) and ev.cues and ev.kind in ("other", "assembly"):
            ev.body = _patron_body(tokens, insts, ev.cues[0])
    for ev in events:  # "تنطلق اليوم فعاليات ملتقى … بتنظيم من مركز X", "… ملتقى الحرفيين …، وينظمه مركز X": a
        if not (ev.date or ev.body or ev.owner or ev.chair) and ev.cues and ev.kind in ("other", "assembly"):
            ev.body = _organiser_after(tokens, insts, ev.cues[0])  # gathering told with nothing else is its
            # organiser's (s13-ev6)
    for ev in events:  # "أقام سفير المملكة لدى X الدكتور Y، أمس، مأدبة غداء …": a ceremony told with nothing else is
        if not (ev.date or ev.body or ev.owner or ev.chair) and ev.cues and ev.kind == "other":  # its giver's (evz)
            host = banquet_host(tokens, people, ev.cues[0])  # (an office: not a name inside a body's name,
            ev.chair = host if host is not None and host.post is not None else None  # "أقامت إدارة أوقاف X")
    for ev in events:  # "… بمناسبة الزيارة الرسمية التي أجراها وزير الخارجية X": a visit told with nothing else is
        if not (ev.date or ev.body or ev.owner or ev.chair) and ev.kind == "visit":  # the one its clause names (evz)
            ev.chair = next((a for a in (_clause_visitor(tokens, people, c) for c in ev.cues) if a is not None), None)
            if ev.chair is not None:  # (who attended what the visit was the occasion of did not come on the visit)
                ev.participants = []
    for ev in events:  # "عقدت لجنة X بدول مجلس التعاون …": the states a body serves say where, not who met (ext-t66)
        if ev.body is not None and ev.body.first > 0 and tokens[ev.body.first - 1].norm in _STATES_OF \
                and (ev.chair is not None or ev.date):
            ev.body = None
    if main.cues and main in events and all(tokens[c].article for c in main.cues):
        # "يرعى الوزير يوم الأحد المقبل ورشة العمل … . وأوضح X أن الورشة تأتي …" (ext-t104): a main event told only
        # by the definite noun of an event announced before it by the same noun, indefinite, is that event spoken of
        told = next((e for e in extra if _kin_kinds(e.kind, main.kind) and e.cues and e.cues[0] in announced
                     and e.cues[0] < min(main.cues) and not tokens[e.cues[0]].article
                     and tokens[min(main.cues)].norm.endswith(tokens[e.cues[0]].norm)), None)
        if told is not None:
            events = [e for e in events if e is not main]
    # "تعقد لجنة X بمجلس Y اجتماعها …" (ext-t88): a second event of the same sentence with every slot of one kept
    # before it (kind, date, place, body, number, chair) is that event read twice
    events = [ev for n, ev in enumerate(events) if not any(_same_sitting(e, ev) for e in events[:n])]
    events = [ev for n, ev in enumerate(events) if not _sitting_told_again(tokens, ev, events[:n])]  # (ev27)
    events = [ev for n, ev in enumerate(events) if not _tour_of_the_event(tokens, ev, events[:n])]  # (t205)
    events = [ev for ev in events if ev is events[0] or not _named_again(tokens, ev, events)]  # (ev12)
    events = [ev for ev in events if not _team_talk(tokens, ev)  # (spur)
              and not (ev.kind == "meeting" and ev.cues and _interview(tokens, ev.cues[0]))
              and not (ev.cues and _team_training(tokens, ev.cues[0]))
              and not _family_occasion(tokens, ev)  # (ev2s)
              and not (ev.cues and all(_demanded(tokens, c) for c in ev.cues))  # (ev11)
              and not (ev.cues and all(_supposed_held(tokens, c) for c in ev.cues))  # (ev25)
              and not (ev.cues and all(talks_process(tokens, c) for c in ev.cues))]  # (ev14)
    # an event with no date, body, owner or chair cannot be told apart from any other: not reported (but for the
    # reception on an official's arrival told before it, his visit: pipeline's arrival_visit)
    return [ev for ev in events if ev.date or ev.body or ev.owner or ev.chair
            or (ev is events[0] and arriving_visitor(tokens, people, ev) is not None)]


def _body_at(tokens: list[Token], insts: list[InstMention], k: int) -> InstMention | None:
    """The institution mention that opens exactly at token ``k`` (its first letter, no clitic before it), or None."""
    return next((m for m in insts if m.first == k and tokens[m.first].start == m.start), None)


def _organiser_after(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "بتنظيم من مركز X", "وينظمه مركز X", "التي تنظمها جمعية X" after a gathering's word in its sentence (no other
    event word between): the body named right after the word of organising (and "من") organises it (s13-ev6); not a
    gathering named as the place of something else ("جناح التبرع بالدم بملتقى X … بتنظيم من Y": the stand's). The
    words of organising are EVENTS.ORGANISED_BY (events.txt [organised_by] with [organise_it], which the host
    readers of EVENTS.ORGANISE_BACK share)."""
    if tokens[i].norm[:1] == "ب" and strip_clitic(tokens[i].norm, "ب")[1]:
        return None
    for k in range(i + 1, min(len(tokens) - 1, i + _ORGANISER_REACH)):
        if tokens[k].sent != tokens[i].sent:
            return None
        if strip_clitic(tokens[k].norm, "و")[0] in EVENTS.ORGANISED_BY:
            at = k + 2 if tokens[k + 1].norm == _MIN_FROM else k + 1
            return _body_at(tokens, insts, at)
        if k > i + 1 and tokens[k].is_word and may_cue(tokens[k].norm) and cue_kind(tokens, k) is not None:
            return None
    return None


_ORGANISER_REACH = 30


def _clause_visitor(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The visitor named in the relative clause after the visit word at ``i`` ("الزيارة التي أجراها وزير …")."""
    v = visitor_at(tokens, i)
    return agent_at(tokens, people, v) if v is not None else None


def _patron_body(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "أقيم، أمس، حفل … برعاية الهيئة العالمية X" (evz): a named body right after "برعاية" / "تحت رعاية" later in the
    sentence of a ceremony or forum word (not past a semicolon or a colon) is under whose auspices it was held."""
    for k in range(i + 1, min(len(tokens) - 1, i + _PATRON_REACH)):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in _SENTENCE_PARTS:
            return None
        if strip_clitic(tokens[k].norm, "و")[0] in _UNDER_PATRONAGE or (
                tokens[k].norm == _PATRONAGE and strip_clitic(tokens[k - 1].norm, "و")[0] == _UNDER):
            return _body_at(tokens, insts, k + 1)
    return None


_UNDER_PATRONAGE = frozenset(fold(w) for w in ("برعاية", "برعايه"))
_PATRONAGE = fold("رعاية")
_UNDER = fold("تحت")
_PATRON_REACH = 25
_SENTENCE_PARTS = frozenset(("؛", ";", ":"))


def _member_of(tokens: list[Token], insts: list[InstMention], body: InstMention) -> bool:
    """ "خلال لقاء عضوة لجنة X التابعة لمجلس الشيوخ بمساعد رئيس الوزراء …" (aud-event): a council named right after
    a member noun (or after the committee of his, "التابعة لـ" it) is that member's office; one of its members
    meeting a guest is no sitting of the council."""
    k = body.first - 1
    while k >= 0 and tokens[k].sent == tokens[body.first].sent:
        inner = next((m for m in insts if m.first <= k < m.last), None)
        if inner is not None:
            k = inner.first - 1
        elif tokens[k].norm in _ATTACHED:
            k -= 1
        else:
            return strip_clitic(tokens[k].norm, "و")[0] in _MEMBER_NOUNS
    return False


_MEMBER_NOUNS = frozenset(fold(w) for w in ("عضو", "عضوة", "عضوا", "أعضاء", "العضو", "العضوة"))
_ATTACHED = frozenset(fold(w) for w in ("التابعة", "التابع"))


def _delegation_of(tokens: list[Token], body: InstMention) -> bool:
    """ "التقى الوزير وفدا من الكونغرس الأمريكي", "استقبل وفد مجلس الشيوخ" (ext-t127): a chamber or council named as
    the one a delegation comes from is the guests' body, not one that sat: the meeting stays a meeting."""
    k = body.first - 1
    if k >= 0 and tokens[k].norm == _MIN_FROM:
        k -= 1
    return k >= 0 and tokens[k].sent == tokens[body.first].sent \
        and (tokens[k].norm in _DELEGATIONS or strip_clitic(tokens[k].norm, "وب")[0] in _DELEGATIONS)


_MIN_FROM = fold("من")
_DELEGATIONS = frozenset(fold(w) for w in ("وفد", "وفدا", "وفدًا", "الوفد", "وفود", "وفودا"))


def _welcomed_apart(tokens: list[Token], people: People, main: EventMention, extra: list[EventMention],
                    arrivals: dict[int, int]) -> None:
    """ext-t48: the banquet given "تكريما لـ" a guest has that guest as its participant; the arrival's visit has those
    who welcomed the visitor ("وكان في استقباله لدى وصوله …") and his companions ("ورافق الوزير كل من …") as its
    participants; who is named only where the banquet or the welcome is told did not attend the event told first."""
    apart: set[int] = set()
    for ev in extra:
        if ev.kind == "other" and ev.cues and banquet_cue(tokens, ev.cues[0]):
            ev.chair = ev.chair or banquet_host(tokens, people, ev.cues[0])
            guest = honouree(tokens, people, ev.cues[0])
            if guest is not None and not _same_agent(guest, ev.chair):
                ev.participants = [guest]
            apart |= ev.sentences
        if ev.kind == "visit" and ev.cues and ev.cues[0] in arrivals and ev.chair is not None:
            welcome = welcome_sentences(tokens, tokens[arrivals[ev.cues[0]]].sent)
            for a in named_in(tokens, people, welcome | escort_sentences(tokens)):
                if not _same_agent(a, ev.chair) and not any(_same_agent(a, b) for b in ev.participants):
                    ev.participants.append(a)
            apart |= welcome
    for ev in extra:  # "لقاء … آخر": who attended it is named in its own sentence
        if ev.cues and another_after(tokens, ev.cues[0]):
            ev.participants = [a for a in ev.participants if _named_only_in(tokens, people, a, ev.sentences)]
            own = " ".join(t.norm for t in tokens if t.sent in ev.sentences)
            if ev.place and fold(ev.place) not in own:
                ev.place = None  # … and its place, when any (the lede's city placed the first one)
    if apart and main.cues:
        main.participants = [a for a in main.participants if not _named_only_in(tokens, people, a, apart)]


_IN_IT = frozenset(fold(w) for w in ("فيها", "فيه", "خلالها", "خلاله"))


def _met_verb(norm: str) -> bool:
    """ "التقى", "التقت" (events.txt [met]), also behind "و": "والتقى فيها بمنسوبيه"."""
    return norm in EVENTS.MET or (norm[:1] == "و" and norm[1:] in EVENTS.MET)


def _met_during(tokens: list[Token], i: int, hits: list[tuple[int, str]]) -> bool:
    """ "جاء ذلك في حفل المعايدة الذي أقامته إدارة الصندوق والتقى فيها بمنسوبيه" (ext-t43): "التقى" with "فيها"
    or "خلالها" right after a ceremony's cue (the last one before it in its sentence) tells whom someone met at the
    ceremony, no meeting of its own (not "… من خلال زيارة إلى مقر X والتي التقى خلالها …": met during the visit)."""
    if not _met_verb(tokens[i].norm) or i + 1 >= len(tokens) or tokens[i + 1].norm not in _IN_IT:
        return False
    before = [(j, k) for j, k in hits if j < i and tokens[j].sent == tokens[i].sent]
    return bool(before) and before[-1][1] == "other"


def _presidency_of(tokens: list[Token], i: int) -> bool:
    """ "بصفتها رئيسا للدورة الحالية للقمة العربية" (ext-t43): a cue in the complement of an office noun in the
    indefinite accusative ([predicate_offices]) names what someone presides or serves, no event told."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k].sent != tokens[i].sent or not tokens[k].is_word:
            return False
        if predicate_office(tokens, k):
            return True
        if not (tokens[k].article or tokens[k].norm.startswith("ل")):
            return False
    return False


def _future_after_body(tokens: list[Token], insts: list[InstMention], i: int) -> bool:
    """ "أن اجتماعا للجنة متابعة الخطة العربية للمياه سيعقد الأحد" (ext-t43): the event noun's future verb comes
    right after the body named behind it, past the few words ``future`` looks at."""
    m = next((m for m in insts if m.first == i + 1 and tokens[m.first].sent == tokens[i].sent), None)
    return m is not None and m.last < len(tokens) and tokens[m.last].sent == tokens[i].sent \
        and tokens[m.last].norm in EVENTS.FUTURE


def _held_yesterday(tokens: list[Token], i: int) -> bool:
    """ "خلال ترؤسه أمس الاجتماع التحضيري للعام الدراسي المقبل" (ext-t97): "أمس" right before the event noun (or
    before "الأول" there) says the event was held; a future word after it qualifies something else (the year
    prepared for), and the event is no announced one."""
    for k in (i - 1, i - 2):
        if k < 0 or tokens[k].sent != tokens[i].sent:
            return False
        if strip_clitic(tokens[k].norm, "و")[0] in _YESTERDAY:
            return k == i - 1 or tokens[i - 1].norm == _FIRST
    return False


_YESTERDAY = frozenset(fold(w) for w in ("أمس", "البارحة"))
_FIRST = fold("الأول")


def _awaited_yesterday(tokens: list[Token], i: int) -> bool:
    """ "انتهت جلسة المجلس المرتقبة أمس من دون …" (ev9): every future word near the event noun (those ``future``
    reads) is followed right away by "أمس": the awaited event was held yesterday, no announced one."""
    sent = tokens[i].sent
    near = [k for k in range(max(0, i - 4), min(len(tokens), i + 6))
            if tokens[k].sent == sent and tokens[k].norm in EVENTS.FUTURE]
    return bool(near) and all(k + 1 < len(tokens) and tokens[k + 1].sent == sent
                              and strip_clitic(tokens[k + 1].norm, "و")[0] in _YESTERDAY for k in near)


def _lone_signer(tokens: list[Token], people: People, c: int) -> Agent | None:
    """ "وقع وزير الصحة X اتفاقية تعاون مع جامعة …": a singular signing verb opening its clause, one office or name
    right after it (honorifics passed over) and the agreement noun after that with no second signer coordinated
    ("وقع X وY اتفاقية": both sign, neither chairs) — the one who signed holds the signing."""
    w = tokens[c].norm
    base = w[1:] if w[:1] in "وف" and w[1:] in _SIGNS else w
    if base not in _SIGNS:
        return None
    if not (c == 0 or tokens[c - 1].sent != tokens[c].sent or tokens[c - 1].is_punct
            or tokens[c - 1].norm in EVENTS.CLAUSE_OPENERS):
        return None
    j = c + 1
    while j < len(tokens) and tokens[j].sent == tokens[c].sent and (
            tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
        j += 1
    agent = (agent_at(tokens, people, j) or bare_title_holder(tokens, people, j)) if j < len(tokens) else None
    if agent is None:  # ("ووقع الوزير اتفاقية": the minister named before)
        return None
    for k in range(j + 1, min(len(tokens), j + _SIGNER_REACH)):
        if tokens[k].sent != tokens[c].sent:
            return None
        base = strip_clitic(tokens[k].norm)[0]
        pair = (base, tokens[k + 1].norm) if k + 1 < len(tokens) else None
        if base in AGREEMENTS.AGREEMENT_WORDS or pair == AGREEMENTS.MEMO or pair in AGREEMENTS.AGREEMENT_TWO:
            return agent  # "اتفاقية", or "مذكرة تفاهم", "عقد شراكة" (ext-t31)
        if tokens[k].norm in CONTRACTS and cue_kind(tokens, c) == "signing":
            return agent  # "وقع أمين المنطقة X خمسة عقود لمشروعات …" (ext-t58)
        if tokens[k].norm[:1] == "و" and (agent_at(tokens, people, k) is not None
                                          or tokens[k].norm[1:] in honorifics()):
            return None  # a second signer
    return None


_SIGNS = frozenset({fold("وقع"), fold("وقعت")})


def _party_between(tokens: list[Token], insts: list[InstMention], c: int) -> InstMention | None:
    """The first body named in the _PARTY_REACH words after "بين" (and "كل من"), itself within _SIGNER_REACH words
    after a signing cue, in its sentence ("بين كل من إمارة المنطقة ممثلة في وكيلها X، ومكتب …": the office when the
    emirate is not read as a body)."""
    for k in range(c + 1, min(len(tokens), c + _SIGNER_REACH)):
        if tokens[k].sent != tokens[c].sent:
            return None
        if tokens[k].norm == _BAYNA:
            j = k + 1
            if j + 1 < len(tokens) and tokens[j].norm == _KULL and tokens[j + 1].norm == fold("من"):
                j += 2
            return next((m for m in sorted(insts, key=lambda m: m.first) if j <= m.first < j + _PARTY_REACH
                         and tokens[m.first].sent == tokens[c].sent), None)
    return None


_BAYNA = fold("بين")
_PARTY_REACH = 20
_KULL = fold("كل")
_SIGNER_REACH = 16


def _for_attending(tokens: list[Token], i: int) -> bool:
    """ "لحضور اجتماعهم", "تمهيدا للاجتماع المشترك", "للمشاركة في المؤتمر": a purpose word before the cue (or before
    its "في")."""
    j = i - 1
    if j > 0 and tokens[j].norm == fold("في"):
        j -= 1
    return j >= 0 and tokens[j].sent == tokens[i].sent and tokens[j].norm in EVENTS.PURPOSE


def _delegation_to(tokens: list[Token], people: People, c: int) -> Agent | None:
    """ "ويرأس وفد المملكة إلى الاجتماع معالي الوزير X": the office or name right after a definite meeting noun
    that a delegation headed by a chairing verb goes to (its honorifics passed over)."""
    if c < 3 or not tokens[c].article or tokens[c - 1].norm not in (fold("إلى"), "الى"):
        return None
    if not any(tokens[x].sent == tokens[c].sent and strip_clitic(tokens[x].norm)[0] in ROLES.DELEGATION
               and x > 0 and in_words(tokens[x - 1].norm, ROLES.CHAIR) for x in range(max(1, c - 6), c - 1)):
        return None
    j = c + 1
    while j < len(tokens) and tokens[j].sent == tokens[c].sent and tokens[j].norm in honorifics():
        j += 1
    return agent_at(tokens, people, j) if j < len(tokens) and tokens[j].sent == tokens[c].sent else None


def _phrase(tokens: list[Token], i: int) -> range:
    """The words after the cue up to the clause's comma or the sentence's end (at most _PHRASE_REACH)."""
    end = i + 1
    while end < len(tokens) and end <= i + _PHRASE_REACH and tokens[end].sent == tokens[i].sent \
            and tokens[end].norm not in COMMAS:
        end += 1
    return range(i + 1, end)


_PHRASE_REACH = 30
_AND_MEMBERS = fold("وأعضاء")


def _phrase_agents(tokens: list[Token], people: People, i: int) -> list[Agent]:
    """The offices and persons named in the cue's phrase ("اجتماعهم المشترك مع وزير الخارجية الأمريكي X")."""
    out: list[Agent] = []
    span = _phrase(tokens, i)
    x = span.start
    while x < span.stop:
        agent = agent_at(tokens, people, x)
        if agent is None:
            x += 1
            continue
        if not any(_same_agent(agent, a) for a in out):
            out.append(agent)
        x = max(m.last for m in (agent.post, agent.person) if m is not None)
    return out


def _mentioned_only_at(people: People, agent: Agent, at: set[int]) -> bool:
    """Every mention of the agent's name (or of its office, when it has no name) starts in ``at``."""
    if agent.person is not None:
        name = agent.person.name
        firsts = [m.first for m in people.persons if m.name == name] + [
            p.first for p in people.posts if p.holder == name]
    elif agent.post is not None:
        firsts = [p.first for p in people.posts if p.title == agent.post.title]
    else:
        return False
    return bool(firsts) and all(x in at for x in firsts)


def _agent_after_verb(tokens: list[Token], people: People, i: int, verbs: frozenset[str], reach: int
                      ) -> Agent | None:
    """The office or person right after the nearest verb of ``verbs`` (bare or with a clitic) within ``reach``
    tokens before token ``i`` in its sentence, when it stands before ``i``."""
    for k in range(i - 1, max(-1, i - reach), -1):
        if tokens[k].sent != tokens[i].sent:
            return None
        if in_words(tokens[k].norm, verbs):
            return agent_at(tokens, people, k + 1) if k + 1 < i else None
    return None


def _speaker_at(tokens: list[Token], people: People, k: int) -> Agent | None:
    """ "وألقى الخريج X كلمة", "ثم ألقى مدير الفرع X كلمة": the person right after a past verb of delivering
    (honorifics and one common noun passed over), a speech noun after him in his sentence."""
    if strip_clitic(tokens[k].norm, "وف")[0] not in _DELIVERED:
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].norm in honorifics():
        j += 1
    agent = agent_at(tokens, people, j) if j < len(tokens) else None
    if agent is None and j + 1 < len(tokens) and tokens[j].article and tokens[j + 1].sent == tokens[k].sent:
        agent = agent_at(tokens, people, j + 1)  # "الخريج X"
    agent = _holder_named_after(tokens, people, agent, k, 3)  # "مساعد مدير المكتب بالمحافظة X"
    if agent is None or agent.person is None:
        return None
    end = agent.person.last
    return agent if any(tokens[x].sent == tokens[k].sent and tokens[x].norm in _SPEECHES
                        for x in range(end, min(len(tokens), end + 3))) else None


_DELIVERED = frozenset({fold("ألقى"), fold("ألقت")})


@cache
def _speech_spellings() -> frozenset[str]:
    """The words ``_speaker_at`` (a verb of delivering) or ``_speech_item`` (the speech noun) may start at, behind
    clitics (a superset: each runs its own test)."""
    return clitic_spellings(_DELIVERED | {_SPEECH_ITEM})


def _holder_named_after(tokens: list[Token], people: People, agent: Agent | None, k: int, reach: int
                        ) -> Agent | None:
    """An office with no holder: the person named within ``reach`` words after it, in the sentence of ``tokens[k]``
    (None when there is none); any other agent as it is."""
    if agent is None or agent.person is not None or agent.post is None:
        return agent
    post = agent.post
    return next((person_agent(people, pm) for pm in people.persons
                 if post.last <= pm.first <= post.last + reach and tokens[pm.first].sent == tokens[k].sent), None)


def _speech_item(tokens: list[Token], people: People, k: int) -> Agent | None:
    """ "تخلل الحفل كلمة لرجل الأعمال X، ثم كلمة رئيس المركز Y": a speech noun opening an item of a ceremony's
    programme (after "ثم", "و" or a comma, or with "تخلل"/"تضمن"/"بدأ" before it in its sentence) is the speech of the
    person named right after it (ل, honorifics and up to two common nouns passed over), who took part (ext-t70).
    Not "في كلمة له" (a speech elsewhere), nor "كلمة X التي ألقاها نيابة عنه Y" (X sent it, another read it)."""
    base, cut = strip_clitic(tokens[k].norm, "و")
    if base != _SPEECH_ITEM or k == 0 or tokens[k - 1].sent != tokens[k].sent:
        return None
    prev = tokens[k - 1]
    if not (cut or prev.norm == _THEN or not prev.is_word or any(
            strip_clitic(tokens[x].norm, "و")[0] in _PROGRAMME_VERBS
            for x in range(k - 1, -1, -1) if tokens[x].sent == tokens[k].sent)):
        return None
    j, nouns = k + 1, 0
    while j < len(tokens) and tokens[j].sent == tokens[k].sent and agent_at(tokens, people, j) is None:
        if tokens[j].norm in honorifics():
            j += 1
        elif tokens[j].is_word and nouns < 3 and tokens[j].norm not in _SPEECH_PRONOUNS \
                and (tokens[j].article or tokens[j].norm[:1] == "ل"
                     or (j + 1 < len(tokens) and tokens[j + 1].article)) \
                and not any(pm.first <= j < pm.last for pm in people.persons):  # a noun, not "أكد فيها"
            j, nouns = j + 1, nouns + 1
        else:
            return None
    agent = agent_at(tokens, people, j) if j < len(tokens) and tokens[j].sent == tokens[k].sent else None
    agent = _holder_named_after(tokens, people, agent, k, 2)  # "كلمة رئيس المركز X"
    if agent is None or agent.person is None:
        return None
    end = agent.person.last
    if any(tokens[x].sent == tokens[k].sent and strip_clitic(tokens[x].norm, "و")[0] in _READ_FOR
           for x in range(end, min(len(tokens), end + 6))):
        return None
    return agent


_SPEECH_ITEM = fold("كلمة")
_THEN = fold("ثم")
_PROGRAMME_VERBS = frozenset(fold(w) for w in ("تخلل", "تخللها", "تخلله", "تضمن", "تضمنت", "بدأ", "بدأت", "شمل",
                                               "شملت", "اشتمل", "اشتملت"))
_SPEECH_PRONOUNS = frozenset(fold(w) for w in ("له", "لها", "لهم", "ألقاها", "القاها"))
_READ_FOR = frozenset(fold(w) for w in ("ألقاها", "القاها", "ألقتها", "نيابة", "ألقاه")) | RELATIVES
_SPEECHES = frozenset({fold("كلمة"), fold("كلمته"), fold("كلمتها"), fold("محاضرة"), fold("قصيدة")})


def _visitor_before(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "قام وزير الفلاحة بزيارة": the office or person right after the verb of doing just before "بزيارة"."""
    if not tokens[i].norm.startswith("ب"):
        return None
    return _agent_after_verb(tokens, people, i, EVENTS.DOING, 10) or _styled_visitor(tokens, people, i)


def _mourner(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "قام صاحب السمو الأمير X قائد لواء Y بالحرس الوطني أمس بزيارة لمقر عزاء الشهيد Z" (slots19): the visitor of a
    condolence visit, whose offices may stretch far before "بزيارة"."""
    if not tokens[i].norm.startswith("ب"):
        return None
    for k in range(i - 1, max(-1, i - _MOURNER_REACH), -1):
        if tokens[k].sent != tokens[i].sent:
            return None
        if in_words(tokens[k].norm, EVENTS.DOING):
            j = past_styles(tokens, k + 1)  # (a rank or two after the styles: "الأمير اللواء X")
            return next((a for x in range(j, min(i, j + 3)) if (a := agent_at(tokens, people, x)) is not None), None)
    return None


_MOURNER_REACH = 25


def _styled_visitor(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "من جهة ثانية، قام معالي وزير الإسكان الأستاذ X أمس بزيارة لمقر …" (ext-t56): the styles right after the
    verb of doing ("معالي", "الدكتور") passed over, the office or person after them is the visitor."""
    for k in range(i - 1, max(-1, i - 10), -1):
        if tokens[k].sent != tokens[i].sent:
            return None
        if in_words(tokens[k].norm, EVENTS.DOING):
            j = k + 1
            while j < i and tokens[j].norm in honorifics():
                j += 1
            return agent_at(tokens, people, j) if k + 1 < j < i else None
    return None


def _visit_during(tokens: list[Token], i: int) -> bool:
    """ "وجدد معاليه خلال زيارته لوكالة …", "وأضاف X، خلال زيارة هي الأولى له لمعسكر …", "في ختام زيارتها إلى …"
    (ext-t65): a visit word after a word of "during" (or of its end), with its holder's pronoun or told as "هي الأولى
    له", then where it went ("لـ…", "إلى"): a visit held, not one only mentioned ("خلال زيارة مرتقبة")."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    if strip_clitic(tokens[i - 1].norm, "وف")[0] not in ROLES.DURING | _VISIT_ENDS:
        return False
    w, nxt = tokens[i].norm, tokens[i + 1].norm
    if w in _HIS_VISIT and nxt in _VISIT_DAY and i + 2 < len(tokens) and tokens[i + 2].sent == tokens[i].sent:
        nxt = tokens[i + 2].norm  # "جاء ذلك خلال زيارته أمس لوكالة …" (evz): the day between
    if w in _HIS_VISIT:
        return _went_to(nxt)
    if w == _A_VISIT and nxt == fold("هي"):  # "زيارة هي الأولى له"
        return any(tokens[k].norm in _TO_HIM for k in range(i + 2, min(i + 5, len(tokens)))
                   if tokens[k].sent == tokens[i].sent)
    if w == _A_VISIT and nxt in TO_WORDS:  # "وخلال زيارة إلى إندونيسيا، قال الرئيس X …" (ext-t108)
        return _visit_then_speech(tokens, i)
    return False


def _visit_then_speech(tokens: list[Token], i: int) -> bool:
    """ "وخلال زيارة إلى إندونيسيا، قال الرئيس X إن …" (ext-t108): "خلال" opening its sentence, the bare visit noun,
    "إلى" and the place visited (a few words), a comma, then a verb of speech: the speaker, the clause's subject, is
    on the visit told in passing."""
    if i < 1 or not (i - 1 == 0 or tokens[i - 2].sent != tokens[i].sent):
        return False
    for k in range(i + 3, min(len(tokens) - 1, i + _VISIT_SPEECH_REACH)):
        if tokens[k].sent != tokens[i].sent:
            return False
        if tokens[k].norm in COMMAS:
            return strip_clitic(tokens[k + 1].norm, "وف")[0] in ROLES.SPEECH or tokens[k + 1].norm in ROLES.SPEECH
        if not tokens[k].is_word:
            return False
    return False


_VISIT_SPEECH_REACH = 7


def _speaker_after_visit(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The office or person right after the verb of speech that follows "خلال زيارة إلى X،" (honorifics passed over)."""
    k = next(k for k in range(i + 3, len(tokens)) if tokens[k].norm in COMMAS)
    j = k + 2
    while j < len(tokens) and (tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
        j += 1
    if j >= len(tokens) or tokens[j].sent != tokens[i].sent:
        return None
    return stack_holder(tokens, people, agent_at(tokens, people, j))


def _backing_body(tokens: list[Token], insts: list[InstMention], i: int) -> bool:
    """ "بدعم من الندوة العالمية للشباب الإسلامي", "بالتعاون مع الندوة العالمية …": a cue word opening a body's name
    of three words or more after "بدعم من" or "بالتعاون مع" names the body that backs the work, no event; so do its
    first two words again elsewhere (ev20)."""
    if i + 1 < len(tokens) and any(_backed_at(tokens, insts, m.first) and m.first != i
                                   and strip_clitic(tokens[m.first].norm)[0] == strip_clitic(tokens[i].norm)[0]
                                   and tokens[m.first + 1].norm == tokens[i + 1].norm for m in insts):
        return True  # "… بدعم من الندوة العالمية للشباب الإسلامي … . وشكر للندوة العالمية للشباب دعمها": its name again
    return _backed_at(tokens, insts, i)


def _backed_at(tokens: list[Token], insts: list[InstMention], i: int) -> bool:
    """A body's name of three words or more opens at token ``i``, after "بدعم من" or "بالتعاون مع"."""
    if i < 2 or not any(m.first == i and m.last > i + 2 for m in insts):
        return False
    return (tokens[i - 1].norm, strip_clitic(tokens[i - 2].norm, "و")[0]) in _BACKED_BY


_BACKED_BY = frozenset((fold(a), fold(b)) for a, b in (("من", "بدعم"), ("مع", "بالتعاون"), ("مع", "بالشراكة"),
                                                       ("من", "بتمويل"), ("من", "بمساهمة")))


def _assembly_again(tokens: list[Token], i: int, hits: list[tuple[int, str]]) -> bool:
    """ "وتستضيف المدينة الجمعية العمومية للمجلس … . وستشهد الجمعية العمومية انتخابات …" (ext-t65): a general
    assembly with the article after one told in an earlier sentence refers back to it."""
    return tokens[i].article and association_word(tokens[i].norm) and any(
        j < i and tokens[j].sent < tokens[i].sent and association_word(tokens[j].norm) for j, _ in hits)


def _assembly_of(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "الجمعية العمومية (غير العادية) للمجلس X" (ext-t65): the body named with ل right after a general assembly (or
    the assembly itself read as a body with it)."""
    own = next((m for m in insts if m.first == i and m.last > i + 2), None)
    if own is not None:
        return own
    j = i + 1
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and tokens[j].norm in _GENERAL_WORDS:
        j += 1
    return next((m for m in insts if m.first == j and tokens[j].norm[:1] == "ل"), None) if j < len(tokens) else None


_GENERAL_WORDS = frozenset(fold(w) for w in ("العمومية", "عمومية", "غير", "العادية", "عادية"))


def _lecture_since(tokens: list[Token], i: int) -> bool:
    """ "مساءلة للحضور والغياب من المحاضرة الأولى", "منذ المحاضرة الأولى" (ext-t65): a lecture after "من" or
    "منذ" with an ordinal after it marks a time (a course's first class), not a lecture given."""
    return 0 < i < len(tokens) - 1 and in_words(tokens[i].norm, EVENTS.LECTURE) \
        and tokens[i - 1].norm in _SINCE and tokens[i + 1].norm in CALENDAR.ORDINALS


_SINCE = frozenset(fold(w) for w in ("من", "منذ"))


def _ministers_body(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "اجتماع وزراء خارجية التعاون الخليجي و…", "الاجتماع المشترك مع وزراء خارجية دول مجلس التعاون" (ext-t65): a
    meeting noun, then (a few words on, in its sentence) the ministers of a body's member states: that body met."""
    if not _meeting_word_at(tokens, i):
        return None
    for k in range(i + 1, min(i + _MINISTERS_REACH, len(tokens))):
        if tokens[k].sent != tokens[i].sent:
            return None
        if tokens[k].norm == _MINISTERS or strip_clitic(tokens[k].norm, "وبل")[0] == _MINISTERS:  # (not "زراء")
            return next((m for m in sorted(insts, key=lambda m: m.first) if k < m.first <= k + 4
                         and tokens[m.first].sent == tokens[i].sent), None)
    return None


def _meeting_word_at(tokens: list[Token], i: int) -> bool:
    return in_words(strip_clitic(tokens[i].norm)[0], EVENTS.MEETING)


_DATED_AHEAD = 16
"""How far after a general assembly a word of the future may stand when a date stands between."""
_MINISTERS = fold("وزراء")
_MINISTERS_REACH = 10


def _visitor_during(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The visitor of "خلال زيارته لـ…" (ext-t65): the subject of its clause before it ("وأضاف X، خلال زيارة …"),
    or, when that subject is an honorific with its pronoun ("وجدد معاليه خلال زيارته …"), the subject of the
    sentence before."""
    start = sentence_start(tokens, i)
    if tokens[i].norm == _A_VISIT and _visit_then_speech(tokens, i):  # "وخلال زيارة إلى X، قال الرئيس Y": the
        return _speaker_after_visit(tokens, people, i)  # speaker (ext-t108)
    if any(tokens[x].norm in ROLES.HONORIFIC_PRONOUNS for x in range(start, i)):
        return clause_subject(tokens, people, start - 1) if start > 0 else None
    return clause_subject(tokens, people, i) or said_at_subject(tokens, people, i)  # "… . جاء ذلك خلال زيارته" (evz)


def _went_to(w: str) -> bool:
    """ "لوكالة …", "للمحافظة", "إلى السودان": where a visit went (not "له", "لها": to whom)."""
    return w in TO_WORDS or (w[:1] == "ل" and len(w) > 3 and w not in _TO_HIM)


_HIS_VISIT = frozenset(fold(w) for w in ("زيارته", "زيارتها", "زيارتهم"))
_VISIT_DAY = frozenset(fold(w) for w in ("أمس", "اليوم", "امس"))
_A_VISIT = fold("زيارة")
_VISIT_ENDS = frozenset(fold(w) for w in ("ختام", "نهاية", "مستهل", "عقب"))
_TO_HIM = frozenset(fold(w) for w in ("له", "لها", "لهم", "لهما"))


def _visit_opened(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "كما زار وزير الخارجية X سفارة …", "وزار الأمير X …": a past verb of visiting opening its sentence (after
    "كما" or with و), its visitor's office or name right after it (honorifics passed over)."""
    base = strip_clitic(tokens[i].norm, "و")[0]
    if base not in _VISITED:
        return None
    opens = i == 0 or tokens[i - 1].sent != tokens[i].sent or (tokens[i - 1].norm == fold("كما") and (
        i == 1 or tokens[i - 2].sent != tokens[i].sent))
    if not opens:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j].sent == tokens[i].sent \
            and (tokens[j].norm in honorifics() or tokens[j].norm in _STYLES):  # "كما زار الأمير X" (ext-t65)
        j += 1
    return agent_at(tokens, people, j) if j < len(tokens) and tokens[j].sent == tokens[i].sent else None


_STYLES = PEOPLE.ROYAL_STYLE | frozenset(fold(w) for w in ("السمو", "الملكي"))
_VISITED = frozenset({fold("زار"), fold("زارت")})
_VISITED_REACH = 16


def _named_before(people: People, agent: Agent, cue: int) -> bool:
    """The agent's name or office is mentioned before token ``cue`` (or nowhere the rules can tell)."""
    firsts = agent_mentions(people, agent)
    return not firsts or any(k < cue for k in firsts)


def _named_from(tokens: list[Token], people: People, agent: Agent, cue: int) -> bool:
    """The agent's name or office is mentioned after token ``cue``."""
    return any(k > cue for k in agent_mentions(people, agent))


def _named_after(tokens: list[Token], people: People, agent: Agent, ev: EventMention) -> bool:
    """The agent's name or office is mentioned after the event's first cue, in one of the event's sentences
    ("سيعقد المجلس اجتماعه المقبل بحضور X"; not "وأوضح X أنه سيتم عقد اللقاء", who announces it)."""
    firsts = agent_mentions(people, agent)
    return any(k > ev.cues[0] and tokens[k].sent in ev.sentences for k in firsts)


def _named_only_in(tokens: list[Token], people: People, agent: Agent, sentences: set[int]) -> bool:
    """Every mention of the agent's name or office lies in these sentences."""
    firsts = agent_mentions(people, agent)
    return bool(firsts) and all(tokens[k].sent in sentences for k in firsts)


def _after_the_event(tokens: list[Token], i: int) -> int | None:
    """ "رعى الأمير حفل التخريج. وعقب الحفل، استقبل سموه مدير الجامعة" (ext-t127): the definite event noun of a
    sentence opening with "عقب" / "بعد" / "إثر" + that noun (a comma may follow), right before the cue: the event
    told before, after which the cue's own event came (its position), else None."""
    start = sentence_start(tokens, i)
    if start + 1 >= i or strip_clitic(tokens[start].norm, "و")[0] not in _AFTER_WORDS or not tokens[start + 1].article:
        return None
    k = start + 2
    while k < i and tokens[k].is_punct:
        k += 1
    return start + 1 if k == i else None


_AFTER_WORDS = frozenset(fold(w) for w in ("عقب", "بعد", "إثر", "اثر"))


def _later_reception(tokens: list[Token], people: People, i: int) -> bool:
    """ "كما استقبل الوزير X", "واستقبل الأمير …": a reception verb with no object pronoun (not "حيث استقبله Y",
    the host of the same visit) opening its clause, its host's office or name right after it (not "واستقبل الجميع
    الزملاء")."""
    w = tokens[i].norm
    base = w[1:] if w[:1] in "وف" and w[1:] in EVENTS.RECEIVED else w
    if base not in EVENTS.RECEIVED:
        return False
    # its host named right after it, past a style or two ("الأمير", "صاحب السمو")
    return opens_clause(tokens, i) and any(agent_at(tokens, people, j) is not None
                                           for j in range(i + 1, min(len(tokens), i + 4))
                                           if tokens[j].sent == tokens[i].sent)


def _reception_apart(tokens: list[Token], people: People, i: int) -> bool:
    """ "إلى ذلك، استقبل صاحب السمو الأمير X …", "من جهة أخرى استقبل الوزير …": a reception verb right after a
    phrase opening its sentence that turns to another matter, its host named after it past styles ("وفي سياق آخر،
    التقى أمير المنطقة …": a meeting verb there is a second reception too)."""
    w = tokens[i].norm
    if (w[1:] if w[:1] in "وف" and w[1:] in EVENTS.MET_OR_RECEIVED else w) not in EVENTS.MET_OR_RECEIVED:
        return False
    sent = tokens[i].sent
    start = sentence_start(tokens, i)
    opening = tuple(strip_clitic(t.norm, "و")[0] if n == 0 else t.norm
                    for n, t in enumerate(t for t in tokens[start:i] if t.is_word))
    if opening not in EVENTS.TOPIC_SHIFT:
        return False
    for j in range(i + 1, min(len(tokens), i + 1 + _STYLES_REACH)):  # "صاحب السمو الملكي الأمير X"
        if tokens[j].sent != sent or not tokens[j].is_word:
            return False
        if agent_at(tokens, people, j) is not None:
            return True
    return False


_STYLES_REACH = 5


def _received_again(tokens: list[Token], i: int, people: People | None = None) -> bool:
    """ "كما استقبل أمس مدير …", "كما استقبل في مكتبه …": a reception verb after "كما" opening its sentence, a time
    word or a place after ب or في right after it — no host named, the one of the reception told before receives; or
    (ext-t32) the same host's office named again after his styles ("كما استقبل سمو أمير منطقة X …")."""
    w = tokens[i].norm
    if w not in EVENTS.RECEIVED or i < 1 or tokens[i - 1].norm != _KAMA or tokens[i - 1].sent != tokens[i].sent:
        return False
    if i > 1 and tokens[i - 2].sent == tokens[i].sent and not tokens[i - 2].is_punct:
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    nxt = tokens[i + 1].norm
    return (nxt in EVENTS.TIME_WORDS and nxt not in COMMAS) or nxt == fold("في") \
        or (nxt[:1] == "ب" and nxt[1:3] == fold("مك")) or _host_again(tokens, i, people) \
        or _family_name_again(tokens, people, i)  # "بمكتبه"


def _host_again(tokens: list[Token], i: int, people: People | None) -> bool:
    """After "كما استقبل" (styles between), an office whose title was already read before the verb: the host of the
    reception told first, named again."""
    if people is None:
        return False
    j = i + 1
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and (tokens[j].norm in honorifics()
                                                                    or tokens[j].norm in ROLES.STYLES):
        j += 1
    post = next((p for p in people.posts if p.first == j), None)
    if post is None:  # "كما استقبل صاحب السمو الملكي الأمير X أمير المنطقة …": his full name again (ext-t109)
        person = next((p for p in people.persons if p.first == j), None)
        return person is not None and any(q.last <= i and q.name == person.name for q in people.persons)
    return any(q.last <= i and fold(q.title) == fold(post.title) for q in people.posts)


def _family_name_again(tokens: list[Token], people: People | None, i: int) -> bool:
    """ "كما استقبل الدكتور X أمس …" (ext-t44): after the verb and an honorific, the family name alone of a person
    named in full before the verb, a time word, a comma or an office right after it — the host told first."""
    if people is None:
        return False
    j = i + 1
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and tokens[j].norm in honorifics():
        j += 1
    if j == i + 1 or j + 1 >= len(tokens) or tokens[j].sent != tokens[i].sent or not tokens[j].is_word:
        return False
    if any(p.first <= j < p.last for p in people.persons) or any(p.first <= j + 1 < p.last for p in people.persons):
        return False
    nxt = tokens[j + 1]
    if not (nxt.is_punct or nxt.norm in EVENTS.TIME_WORDS or any(p.first == j + 1 for p in people.posts)):
        return False
    return any(p.last <= i and p.last - p.first >= 2 and tokens[p.last - 1].norm == tokens[j].norm
               for p in people.persons)


_KAMA = fold("كما")


def _honoured(tokens: list[Token], people: People, body: InstMention) -> bool:
    """ "كرم أمير المنطقة الأمير X مؤسسة Y": the body right after an honouring verb opening its sentence and the
    offices, styles and name of who honours (nothing else between) is the one honoured."""
    x = body.first - 1
    ends = {p.last - 1 for p in people.posts} | {pm.last - 1 for pm in people.persons}
    starts = {p.last - 1: p.first for p in people.posts} | {pm.last - 1: pm.first for pm in people.persons}
    named = False
    while x >= 0 and tokens[x].sent == tokens[body.first].sent:
        if x in ends:
            x = starts[x] - 1
            named = True
        elif tokens[x].norm in honorifics() or tokens[x].norm in ROLES.STYLES or tokens[x].norm in COMMAS:
            x -= 1  # "كرم الأمير X أمير المنطقة رئيس المجلس، مؤسسة Y"
        elif tokens[x].norm.startswith(fold("بال")) and x - 1 in ends:
            x -= 1  # "رئيس مجلس التنمية السياحي بالمنطقة": the office's place
        else:
            break
    if x < 0 or not named:
        return False
    w = tokens[x].norm
    return (w[1:] if w[:1] == "و" else w) in _HONOURS and (x == 0 or tokens[x - 1].sent != tokens[x].sent)


_HONOURS = frozenset({fold("كرم"), fold("كرمت")})


def _chairs_office(chair: Agent, post: PostMention) -> bool:
    """The office is the chair's own (the one read with him, or one the text gives his name)."""
    return post is chair.post or (chair.person is not None and post.holder == chair.person.name)


def _his_inauguration(tokens: list[Token], i: int) -> bool:
    """ "أثناء تدشينه", "خلال افتتاحه": an inauguration noun with its subject's pronoun after a word of "during"."""
    w = tokens[i].norm
    return w.endswith(("ه", "ها")) and in_words(w, EVENTS.INAUGURATE) and i > 0 \
        and tokens[i - 1].sent == tokens[i].sent and strip_clitic(tokens[i - 1].norm, "وف")[0] in ROLES.DURING


def _held_after(tokens: list[Token], i: int) -> bool:
    """ "عقب ذلك، عقد الأمير X ووزير الدفاع Y اجتماعا موسعا": a meeting noun after a verb of holding, in a sentence
    opening with a phrase that tells what came next (no other words before the verb)."""
    if _chaired_also(tokens, i):
        return True
    sent = tokens[i].sent
    verb = next((k for k in range(i - 1, max(-1, i - _HELD_REACH), -1) if tokens[k].sent == sent
                 and (strip_clitic(tokens[k].norm, "و")[0] in _HOLDS
                      or strip_clitic(tokens[k].norm, "و")[0] in _CHAIRED)), None)  # "ثم ترأس …" (ext-t127)
    if verb is None:
        return False
    start = sentence_start(tokens, verb)  # (the verb is in the sentence of tokens[i])
    opening = tuple(t.norm for t in tokens[start:verb] if t.is_word)
    return bool(opening) and (opening in EVENTS.SEQUEL or _precursor_opening(opening))


def _welcome_on_arrival(tokens: list[Token], i: int) -> bool:
    """ "افتتح المحافظ المهرجان، وكان في استقباله رئيس البلدية", "حيث كان باستقباله …", "وكان في استقبال سموه" (ev24):
    a reception noun after "كان" (and "في", or with ب) tells who welcomed the guest of honour on arrival; it does not
    make the ceremony a meeting."""
    if not strip_clitic(tokens[i].norm, "ب")[0].startswith(_RECEPTION_STEM):
        return False
    k = i - 1 if i >= 1 and tokens[i - 1].norm == _IN else i
    return welcomed_on_arrival(tokens, i) or (k >= 1 and tokens[k - 1].norm in FUNCTION_WORDS.WAS
                                              and tokens[k - 1].sent == tokens[i].sent)


_RECEPTION_STEM = fold("استقبال")


def _demonstrative_before(tokens: list[Token], i: int) -> bool:
    """A demonstrative right before the cue at ``i``, bare or after ل ("هذا الاجتماع", "لهذا الاجتماع" (ev24))."""
    return strip_clitic(tokens[i - 1].norm, "ل")[0] in EVENTS.DEMONSTRATIVES


def _precursor_held(tokens: list[Token], i: int) -> bool:
    """The cue at ``i`` is held after a precursor opening ("وتمهيدا لهذا الاجتماع، عقد …", `_precursor_opening`)."""
    sent = tokens[i].sent
    verb = next((k for k in range(i - 1, max(-1, i - _HELD_REACH), -1) if tokens[k].sent == sent
                 and strip_clitic(tokens[k].norm, "و")[0] in _HOLDS), None)
    if verb is None:
        return False
    return _precursor_opening(tuple(t.norm for t in tokens[sentence_start(tokens, verb):verb] if t.is_word))


_PRECURSORS = frozenset(fold(w) for w in ("تمهيدا", "استعدادا", "قبيل", "قبل"))


def _precursor_opening(opening: tuple[str, ...]) -> bool:
    """ "وتمهيدا لهذا الاجتماع، عقد وزراء الخارجية أمس لقاء تنسيقيا برئاسة X", "وقبل ذلك، عقد الوزير اجتماعا"
    (ev24): a sentence opening with a word of preparing or preceding and a demonstrative back to the event told
    before tells a sitting held ahead of it, one of its own (its chair is not that event's)."""
    if not 2 <= len(opening) <= 3 or strip_clitic(opening[0], "و")[0] not in _PRECURSORS:
        return False
    return strip_clitic(opening[1], "ل")[0] in EVENTS.DEMONSTRATIVES


_ALSO = fold("كما")
_CHAIRED = frozenset({fold("ترأس"), fold("ترأست"), fold("رأس"), fold("رأست")})


def _chaired_also(tokens: list[Token], i: int) -> bool:
    """ "استقبل الأمير X … . كما ترأس الأمير اجتماع مجلس المنطقة" (ext-t37): a sentence opening with "كما" and a
    past verb of chairing (an office or a name after it), the meeting or sitting noun a few words on, after the
    text's first sentence: a second sitting of its own, held by the one who held the first event unless named."""
    sent = tokens[i].sent
    verb = next((k for k in range(i - 1, max(-1, i - _HELD_REACH), -1) if tokens[k].sent == sent
                 and tokens[k].norm in _CHAIRED), None)
    if verb is None or verb == 0 or tokens[verb - 1].norm != _ALSO or tokens[verb - 1].sent != sent:
        return False
    return verb - 1 == 0 or tokens[verb - 2].sent != sent


def _honour_agent(tokens: list[Token], insts: list[InstMention], people: People, i: int) -> bool:
    """Right after a verb of honouring (styles and honorifics passed over), an office, a person or a body: who
    honours (ext-t31)."""
    j = i + 1
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and (
            tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
        j += 1
    if j >= len(tokens) or tokens[j].sent != tokens[i].sent:
        return False
    if any(t.sent == tokens[i].sent and strip_clitic(t.norm)[0] in _SPONSORSHIP for t in tokens[i + 1 : i + 40]):
        return False  # "كرم الأمير X شركة Y لرعايتها المهرجان": a sponsor thanked aside of an event told elsewhere
    agent = agent_at(tokens, people, j)
    if agent is None:
        return any(m.first == j for m in insts)
    end = max(m.last for m in (agent.person, agent.post) if m is not None)
    while end < len(tokens) and any(pm.first == end for pm in people.persons):  # the name after the office
        end = next(pm.last for pm in people.persons if pm.first == end)
    return not any(m.first in (end, end + 1) for m in insts)  # a body honoured: no ceremony of its own


_SPONSORSHIP = frozenset(fold(w) for w in ("رعايتها", "رعايته", "رعايتهم"))


_GENERAL = (fold("الجمعية"), frozenset(fold(w) for w in ("العامة", "العمومية")))
_ORDINARY = frozenset(fold(w) for w in ("العادية", "غير"))


def _general_assembly_after(tokens: list[Token], i: int) -> bool:
    """Right after an approval verb, "الجمعية العامة/العمومية" (its "العادية" or "غير العادية" after it) and ل + the
    body it is the general assembly of: a general assembly that approved, an assembly (ext-t31)."""
    j = i + 1
    if j + 2 >= len(tokens) or tokens[j].norm != _GENERAL[0] or tokens[j + 1].norm not in _GENERAL[1] \
            or tokens[j + 1].sent != tokens[i].sent:
        return False
    j += 2
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and tokens[j].norm in _ORDINARY:
        j += 1
    return j < len(tokens) and tokens[j].sent == tokens[i].sent and tokens[j].norm[:1] == "ل" \
        and len(tokens[j].norm) > 3


def _general_assembly_at(tokens: list[Token], i: int) -> bool:
    """ "الجمعية العمومية", "الجمعية العامة" at ``i`` (ext-t134)."""
    return i + 1 < len(tokens) and strip_clitic(tokens[i].norm)[0] == _GENERAL[0] and tokens[i + 1].norm in _GENERAL[1]


def _board(m: InstMention) -> bool:
    """A company's board named alone ("مجلس الإدارة"), not a named body's (ext-t134)."""
    return fold(m.name) in _BOARDS


_BOARDS = frozenset(fold(w) for w in ("مجلس الإدارة", "مجلس الادارة"))


def _sole_company(insts: list[InstMention]) -> InstMention | None:
    """The one company the text names (under one name), if it names exactly one (ext-t134)."""
    companies = [m for m in insts if m.kind == "company"]
    return companies[0] if companies and len({fold(m.name) for m in companies}) == 1 else None


def _opened_after(tokens: list[Token], i: int) -> bool:
    """ "عقب ذلك، افتتح الوزير مركز …", "وبعد الاجتماع دشن الأمير المشروع": a past inauguration verb in a sentence
    opening with a phrase of what came next, or with "عقب"/"بعد" and a definite sitting noun, before it; its object
    is no event's works ("افتتح أعمال الورشة" opens an event told as such), ext-t31."""
    if tokens[i].norm not in _OPENED and not (tokens[i].norm[:1] in "وف" and tokens[i].norm[1:] in _OPENED):
        return False
    sent = tokens[i].sent
    start = sentence_start(tokens, i)
    opening = [k for k in range(start, i) if tokens[k].is_word]
    sequel = tuple(tokens[k].norm for k in opening) in EVENTS.SEQUEL or (
        len(opening) == 2 and strip_clitic(tokens[opening[0]].norm, "و")[0] in _AFTER and tokens[opening[1]].article
        and cue_kind(tokens, opening[1]) is not None) or _also_opened(tokens, opening, start)
    if not sequel:
        return False
    after = [t for t in tokens[i + 1 : i + 6] if t.sent == sent and t.is_word]
    return not any(t.norm in EVENTS.WORKS or strip_clitic(t.norm)[0] in EVENTS.WORKS for t in after)


def _toured_after(tokens: list[Token], i: int) -> bool:
    """ "عقب ذلك تجول في مواقع اللجان", "ثم تفقد المدير …" (ext-t44): a past verb of touring or visiting right after
    a phrase opening its sentence that tells what came after the event told before."""
    if not tokens[i].is_word or not _toured(tokens[i].norm):
        return False
    start = sentence_start(tokens, i)
    if start == 0:
        return False
    return tuple(tokens[k].norm for k in range(start, i) if tokens[k].is_word) in EVENTS.SEQUEL


_TOURED = frozenset(fold(w) for w in ("تجول", "تجولت", "تفقد", "تفقدت", "زار", "زارت"))
_TOURED_SPELLINGS = clitic_spellings(_TOURED)


@lru_cache(maxsize=65536)
def _toured(norm: str) -> bool:
    """A past verb of touring or visiting, behind "و" or not (one cached test a word: it runs at every token)."""
    return strip_clitic(norm, "و")[0] in _TOURED


_OPENED = frozenset(fold(w) for w in ("افتتح", "دشن", "افتتحت", "دشنت"))
_AFTER = frozenset(fold(w) for w in ("عقب", "بعد"))


def _same_head(office: Agent, holder: Agent) -> bool:
    """Two offices opening with the same title word ("أمير المنطقة", "أمير منطقة الرياض"), the second one held."""
    if office.post is None or holder.post is None or holder.person is None:
        return False
    a, b = fold(office.post.title).split()[:1], fold(holder.post.title).split()[:1]
    return bool(a) and a == b


def _bare_title_of(tokens: list[Token], i: int, agent: Agent) -> bool:
    """Before the cue in its sentence, the chair's title word as a bare definite noun ("الوزير" for "وزير الشؤون
    البلدية …", "الأمير" for a prince): the same holder named again (ext-t31)."""
    if agent.post is None:
        return False
    head = fold(agent.post.title).split()[:1]
    if not head:
        return False
    bare = fold("ال") + head[0].removeprefix(fold("ال"))
    start = sentence_start(tokens, i)
    return any(tokens[k].norm == bare for k in range(start, i))


_DURING_REACH = 4


def _during_that(tokens: list[Token], i: int, ev: EventMention) -> bool:
    """ "من جهة ثانية، قام الوزير بزيارة … . وبحث معاليه خلال الزيارة مع …" (ext-t56): a cue followed closely, in
    its sentence, by "خلال"/"أثناء" and the definite noun of the event told apart just before is that event's."""
    sent = tokens[i].sent
    return any(tokens[x].norm in ROLES.DURING and tokens[x + 1].sent == sent and tokens[x + 1].article
               and cue_kind(tokens, x + 1) == ev.kind
               for x in range(i + 1, min(len(tokens) - 1, i + 1 + _DURING_REACH)) if tokens[x].sent == sent)


def _turned_apart(tokens: list[Token], ev: EventMention) -> bool:
    """An event told apart in a sentence turning to another matter (its first cue indefinite), ext-t31."""
    return bool(ev.cues) and not tokens[ev.cues[0]].article and _turned_to(tokens, ev.cues[0])


def _turned_to(tokens: list[Token], i: int) -> bool:
    """ "من جهة أخرى، رأس الأمير …", "وفي سياق آخر، عقدت اللجنة …": the cue's sentence opens with a phrase turning
    to another matter (ext-t31)."""
    start = sentence_start(tokens, i)
    if any(strip_clitic(tokens[k].norm, "و")[0] in DECISIONS.APPROVE for k in range(start, i)):
        return False  # "من جهة أخرى، اعتمد الأمير برامج ملتقى …": the event is what was approved, not held
    # (or to a later time: "وفي المساء، التقى الوزير …")
    return _opens_with(tokens, start, i, EVENTS.TOPIC_SHIFT | EVENTS.LATER_OPENERS)


def _turned_away(tokens: list[Token], i: int) -> bool:
    """ "من جهة أخرى، …", "وفي سياق آخر، …": the cue's sentence opens with a phrase turning to another matter (not a
    later time), whatever its verb (ev5)."""
    return _opens_with(tokens, sentence_start(tokens, i), i, EVENTS.TOPIC_SHIFT | EVENTS.OTHER_MATTER)


def _opens_with(tokens: list[Token], start: int, i: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """The words from ``start`` (a sentence's first token) up to the cue at ``i`` open with one of ``phrases``, the
    first word with or without its و."""
    words = [t.norm for t in tokens[start:i] if t.is_word][:4]
    return any(tuple(words[:n]) in phrases
               or (words and tuple([strip_clitic(words[0], "و")[0], *words[1:n]]) in phrases)
               for n in range(1, len(words) + 1))


def _held_by_bare_body(tokens: list[Token], i: int) -> bool:
    """ "ثم عقد المجلس جلسة ثانية": the holding verb before the sitting noun has a bare council or committee noun
    for subject."""
    return any(strip_clitic(tokens[k].norm, "و")[0] in _HOLDS and k + 2 == i and tokens[k + 1].norm in _BARE_BODIES
               for k in range(max(0, i - 2), i))


_BARE_BODIES = frozenset({fold("المجلس"), fold("اللجنة"), fold("الهيئة")})
_HOLDS = frozenset({fold("عقد"), fold("عقدت"), fold("عقدا"), fold("يعقد"), fold("تعقد")})  # (present: ext-t48)
_HELD_REACH = 14


_LAUNCH_REACH = 12


def _online_launch(tokens: list[Token], i: int) -> bool:
    """ "دشن طلاب وطالبات الجامعة على مواقع التواصل الاجتماعي «تويتر» هاشتاقا بعنوان …", "دشن مغردون وسما"
    (ext-t77): an inauguration verb whose object, within twelve words of its sentence, is a hashtag launches an
    online campaign, no event."""
    if not in_words(tokens[i].norm, EVENTS.INAUGURATE):
        return False
    words = 0
    for k in range(i + 1, len(tokens)):
        if tokens[k].sent != tokens[i].sent or words >= _LAUNCH_REACH:
            return False
        if tokens[k].is_word:
            words += 1
            if tokens[k].norm in EVENTS.ONLINE_LAUNCH:
                return True
    return False


def _place_takes_in(tokens: list[Token], i: int) -> bool:
    """ "واستقبل مستشفى طريف العام الخادمة", "استقبل ميناء الزيتيات السفينة": a reception verb whose subject is a
    hospital, an airport or a port takes in patients, travellers or ships; it is no meeting."""
    return i + 1 < len(tokens) and strip_clitic(tokens[i].norm, "وف")[0] in ROLES.RECEIVE \
        and strip_clitic(tokens[i + 1].norm)[0] in EVENTS.RECEIVING_PLACES


def _unset(tokens: list[Token], i: int) -> bool:
    """ "من دون الوصول إلى تحديد موعد جديد لجلسة مقبلة", "عدم تحديد موعد لجلسة": a cue within three words after a
    date noun that a word of absence comes before (within four words) is a sitting no one has set."""
    sent = tokens[i].sent
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k].sent != sent:
            return False
        if tokens[k].norm in EVENTS.UNSET_DATE:
            return any(tokens[x].sent == sent and (tokens[x].norm in EVENTS.UNSET_NEGATORS
                                                   or strip_clitic(tokens[x].norm, "وب")[0] in EVENTS.UNSET_NEGATORS)
                       for x in range(max(0, k - 4), k))
    return False


def _held_by(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "اجتماع يعقده وزير التعليم X مع …", "في مؤتمر صحفي، عقده X": the one named right after a verb of holding with
    its object pronoun, right after the event noun (its adjective or a comma between), holds the event; "أكد الوزير X،
    خلال اجتماع عقده مع …": with no one named after a past verb and a noun with no article, the clause's subject."""
    j = i + 1
    while j < len(tokens) and j <= i + 3 and (tokens[j].norm in COMMAS or (tokens[i].norm, tokens[j].norm)
                                                 in EVENTS.PRESS or (strip_clitic(tokens[i].norm)[0], tokens[j].norm)
                                                 in EVENTS.PRESS or (j > i + 1 and tokens[j].norm in JOINT_WORDS)):
        j += 1  # "في مؤتمر صحفي مشترك عقده …" (ext-t140): a joint press conference
    if j + 1 >= len(tokens) or tokens[j].norm not in EVENTS.HELD_IT or tokens[j].sent != tokens[i].sent:
        return None
    k = j + 1
    while k < len(tokens) and (tokens[k].norm in honorifics() or skips_after_chair(tokens, people, k)):
        k += 1
    named = agent_at(tokens, people, k) if k < len(tokens) and tokens[k].sent == tokens[i].sent else None
    if named is not None:
        return named
    if tokens[i].article or strip_clitic(tokens[i].norm)[0].startswith("ال") or tokens[j].norm[:1] in "يتس" \
            or any(tokens[x].is_word for x in range(j + 1, k)):
        return None
    return _subject_holds(tokens, people, i)


def _joint_press_holder(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "أكد الوزير X، في مؤتمر صحفي مشترك مع نظيره Y" (ext-t142): a press conference told after "في"/"خلال", its
    indefinite joint adjective followed by "مع", with no verb of holding, is held by the clause's subject (who speaks
    at it)."""
    if i == 0 or strip_clitic(tokens[i - 1].norm, "و")[0] not in DURING_IN or i + 3 >= len(tokens):
        return None
    if not ((tokens[i].norm, tokens[i + 1].norm) in EVENTS.PRESS and tokens[i + 2].norm in JOINT_WORDS
            and not tokens[i + 2].article and tokens[i + 3].norm == _WITH
            and tokens[i + 3].sent == tokens[i].sent):
        return None
    return _subject_holds(tokens, people, i)


def _subject_holds(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The subject of the clause telling the event at ``i``, named in its sentence's first words."""
    subject = clause_subject(tokens, people, i, as_written=True)
    at = min((m.first for m in (subject.post, subject.person) if m is not None), default=i) if subject else i
    opening = sum(1 for x in range(at) if tokens[x].sent == tokens[i].sent and tokens[x].is_word)
    return subject if opening <= _SUBJECT_REACH else None  # not one named further in, after the subject


_SUBJECT_REACH = 6
"""How many words may open a sentence before the subject who held an event its clause names ("وفي هذا السياق، أكد
رئيس المجلس X، في ندوة عقدها …"); one named further in is no subject ("أعرب مغني الراب … عن سعادته بالغناء أمام ولي
العهد …، ضمن ندوة صحفية عقدها …": the singer's, whose name the rules do not read)."""


def _lecturer(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The office or person right after the lecture verb before the cue ("ألقى وزير الفلاحة محمد صديقي محاضرة")."""
    return _agent_after_verb(tokens, people, i, EVENTS.LECTURE_VERBS, 12)


def _named_again(tokens: list[Token], ev: EventMention, events: list[EventMention]) -> bool:
    """ "يعلن الحزب في مؤتمر صحفي اليوم تفاصيل المشروع … . وقال رئيس الحزب إنه سيتم خلال المؤتمر استعراض …" (ev12):
    an event told only by one noun with the article, the same noun an earlier cue of another event of the text bears
    (with or without the article), is that event named again, none of its own."""
    if not ev.cues or not all(tokens[c].article for c in ev.cues):
        return False
    nouns = {bare_noun(tokens[c].norm) for c in ev.cues}
    if len(nouns) != 1:
        return False
    first = min(ev.cues)
    return any(c < first and bare_noun(tokens[c].norm) in nouns for e in events if e is not ev for c in e.cues)


def _kin_kinds(a: str, b: str) -> bool:
    """Two kinds one noun may be read as: the same, or a meeting and an "other" ("يعقد X لقاءً صحفياً … . ويستعرض
    خلال اللقاء الصحفي …": the press meeting announced, then named again with its adjective, part22)."""
    return a == b or {a, b} == {"meeting", "other"}


def _same_sitting(a: EventMention, b: EventMention) -> bool:
    """Two events of one sentence whose every slot is the same, a body read (ext-t88)."""
    return a.body is not None and a.body is b.body and a.kind == b.kind and a.date == b.date \
        and a.place == b.place and a.number == b.number and bool(a.sentences & b.sentences) \
        and ((a.chair is None and b.chair is None) or (a.chair is not None and _same_agent(a.chair, b.chair)))


def _sitting_told_again(tokens: list[Token], ev: EventMention, before: list[EventMention]) -> bool:
    """ "عقد مجلس الوزراء جلسته برئاسة الملك … . من جهة أخرى، أدان مجلس الوزراء …" (ev27): a sitting no event noun
    names (a verb of the body's statement), with no date, chair or number of its own, after a sitting of the same
    body, is that sitting told again; its cues and sentences join the first one. ("سيعرض على اجتماع اللجنة" after
    the committee's meeting held is a sitting of its own: an event noun names it.)"""
    if ev.kind != "session" or ev.body is None or ev.date or ev.chair is not None or ev.number is not None \
            or not ev.cues or any(may_cue(tokens[c].norm) for c in ev.cues):
        return False
    name = fold(ev.body.name)
    first = next((e for e in before if e.kind == "session" and e.body is not None and fold(e.body.name) == name),
                 None)
    if first is None:
        return False
    _join(first, ev)
    return True


def _join(first: EventMention, ev: EventMention) -> None:
    """``ev`` told again as part of ``first``: its cues and sentences join ``first``'s."""
    first.cues = first.cues + [c for c in ev.cues if c not in first.cues]
    first.sentences |= ev.sentences


def _tour_of_the_event(tokens: list[Token], ev: EventMention, before: list[EventMention]) -> bool:
    """ "دشن الأمير X مركز Y … . حيث قام الأمير بجولة ميدانية على مواقع المعهد": a tour ("جولة") with no date or body
    of its own, by the chair of an event told before it that is no visit, is a step of that event (its opening or
    its ceremony), not a visit of its own; its cues and sentences join that event."""
    if ev.kind != "visit" or ev.chair is None or ev.date or ev.body is not None or not ev.cues \
            or not all(strip_clitic(tokens[c].norm, "وب")[0] in _TOUR_NOUNS for c in ev.cues):
        return False
    first = next((e for e in before if e.kind != "visit" and e.chair is not None and _same_agent(ev.chair, e.chair)
                  and e.cues and min(e.cues) < min(ev.cues)), None)
    if first is None:
        return False
    _join(first, ev)
    return True


_TOUR_NOUNS = frozenset(fold(w) for w in ("جولة", "الجولة", "جولته", "جولتها"))


def _same_agent(a: Agent, b: Agent | None) -> bool:
    return b is not None and ((a.person is not None and b.person is not None and a.person.name == b.person.name)
                              or (a.post is not None and b.post is not None and a.post.title == b.post.title))


def _other_body(tokens: list[Token], insts: list[InstMention], i: int, cues: list[int]) -> bool:
    """ "صادق مجلس الوزراء على الخطة، وتنتظر مصادقة البرلمان عليها في جلسته المقبلة": an announced sitting of a body
    other than the one whose cue came before in its sentence is an event of its own."""
    own = body_near(tokens, insts, i)
    if own is not None and own.first > 0 and strip_clitic(tokens[own.first - 1].norm)[0] == _SEAT:
        return False  # "تعقد اللجنة … اجتماعها السادس بمقر الأمانة العامة": the seat it is held at (r2-events)
    before = [body_near(tokens, insts, c) for c in cues if tokens[c].sent == tokens[i].sent]
    return own is not None and bool(before) and all(b is not None and fold(b.name) != fold(own.name) for b in before)


def _sat(tokens: list[Token], insts: list[InstMention], dates: list[DateMention], where: WordIndex) -> list[int]:
    """ "تدارس مجلس الحكومة…", "سيعقد مجلس النواب…", "انتخب البرلمان … رئيسا", "أصدر مجلس الأمن قرارا": the
    verb before a council or chamber is a sitting of that body."""
    out = []
    for i in where.of(_sat_words()):
        tok = tokens[i]
        sits = tok.norm in EVENTS.SITTING_VERBS or (tok.norm in EVENTS.ISSUE_VERBS and any(
            t.norm in EVENTS.RESOLUTION and t.sent == tok.sent for t in tokens[i + 2 : i + 8]))
        if (sits and any(m.first in (i + 1, i + 2) and m.kind in ("governing_body", "parliament")
                         and tokens[m.first - 1].norm != _WITH for m in insts)) \
                or _convened_after_adverbials(tokens, insts, dates, i) is not None:
            out.append(i)
    return out


_CONVENE_VERBS = frozenset(fold(w) for w in ("انعقد", "انعقدت", "اجتمع", "اجتمعت", "التأم", "التأمت"))


@cache
def _sat_words() -> frozenset[str]:
    """The words ``_sat`` reads a sitting at: a sitting verb, a verb of issuing, a verb of convening (the word lists
    are read on first use)."""
    return EVENTS.SITTING_VERBS | EVENTS.ISSUE_VERBS | _CONVENE_VERBS


_ADVERBIAL_REACH = 14


def _convened_after_adverbials(tokens: list[Token], insts: list[InstMention], dates: list[DateMention],
                               i: int) -> InstMention | None:
    """ "انعقد، يوم الثلاثاء 3 دجنبر 2024 بالرباط، المجلس الإداري للوكالة …", "اجتمع أمس بالرياض مجلس إدارة …"
    (ext-t37): a past verb of convening opening its clause, then only time words, a date, commas and one-word ب-places,
    then a council or board: that body's sitting (the body right after the verb is read by ``_sat`` itself); not
    after "قد" ("وكان قد انعقد …": background)."""
    if tokens[i].norm not in _CONVENE_VERBS:
        return None
    if not (i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].is_punct
            or (tokens[i - 1].norm in EVENTS.CLAUSE_OPENERS and tokens[i - 1].norm not in _QAD)):
        return None
    in_date = {k for d in dates for k in range(d.first, d.last)}
    starts = {m.first: m for m in insts}
    for k in range(i + 1, min(len(tokens), i + _ADVERBIAL_REACH)):
        if tokens[k].sent != tokens[i].sent:
            return None
        m = starts.get(k)
        if m is not None:
            return m if k > i + 2 and m.kind in ("governing_body", "parliament") \
                and tokens[m.first].start == m.start else None
        w = tokens[k].norm
        if not (tokens[k].is_punct or k in in_date or w in EVENTS.TIME_WORDS or w.isdigit()
                or (w[:1] == "ب" and len(w) > 3 and tokens[k].is_word and not any(
                    mm.first <= k < mm.last for mm in insts))):
            return None
    return None


_QAD = frozenset({fold("قد"), fold("وقد")})


def _offices_around_body(people: People, ev: EventMention) -> tuple[list[PostMention], set[str]]:
    """The offices whose span holds the event's body, and the names its chair goes by (none without a body and a
    chair)."""
    body, chair = ev.body, ev.chair
    if body is None or chair is None:
        return [], set()
    holders = {chair.post.holder if chair.post is not None else None,
               chair.person.name if chair.person is not None else None} - {None}
    return [p for p in people.posts if p.first <= body.first and body.last <= p.last], {h for h in holders if h}


def _in_others_office(people: People, ev: EventMention) -> bool:
    """The event's body is named only inside the office of someone other than its chair (an attendee's, a guest's):
    "التقى ولي ولي العهد … الرئيس الفرنسي …، حضر اللقاء … وزير الدولة عضو مجلس الوزراء"."""
    around, holders = _offices_around_body(people, ev)
    chair_post = ev.chair.post if ev.chair is not None else None
    return bool(around) and all(p is not chair_post and (p.holder is None or p.holder not in holders)
                                for p in around)


def _in_deputy_office(people: People, ev: EventMention) -> bool:
    """The event's body is named only inside its chair's office of deputy ("النائب الثاني لرئيس مجلس الوزراء", "نائب
    رئيس مجلس الإدارة"): a meeting, visit or ceremony the deputy holds is no sitting of the body whose head he deputises
    for, nor is that body its host (ext-t79)."""
    around, holders = _offices_around_body(people, ev)
    chair_post = ev.chair.post if ev.chair is not None else None
    return bool(around) and all((p is chair_post or (p.holder is not None and p.holder in holders))
                                and fold(p.title).split()[:1] in ([_DEPUTY], [_THE_DEPUTY]) for p in around)


_DEPUTY, _THE_DEPUTY = fold("نائب"), fold("النائب")


def _in_deputy_office_only(people: People, body: InstMention) -> bool:
    """The body is named only inside offices of deputy ("النائب الثاني لرئيس مجلس الوزراء", "نائب رئيس مجلس
    النواب"), whoever holds them: the body whose head the man deputises for names his rank, not the event's body."""
    around = [p for p in people.posts if p.first <= body.first and body.last <= p.last]
    return bool(around) and all(fold(p.title).split()[:1] in ([_DEPUTY], [_THE_DEPUTY]) for p in around)


def _host_emirate(tokens: list[Token], insts: list[InstMention], ev: EventMention,
                  events: list[EventMention]) -> InstMention | None:
    """ "استقبل أمير منطقة عسير …": a reception held by a region's emir, with no body of its own, is his emirate's
    when the text names it ("إمارة منطقة عسير", "إمارة المنطقة")."""
    post = ev.chair.post if ev.chair is not None else None
    if post is None or not any(tokens[i].norm in ROLES.RECEIVE or tokens[i].norm in ROLES.RECEPTION for i in ev.cues):
        return None
    title = fold(post.title).split()
    if len(title) < 2 or title[0] != fold("أمير") or title[1] not in _REGION_HEADS:
        return None
    own = {" ".join([fold("إمارة"), *title[1:]]), " ".join([fold("إمارة"), title[1]])}
    # named from the reception's sentence up to the next event's when there are two ("استقبل الأمير … . إلى ذلك،
    # استقبل الأمير … منسوبي إمارة المنطقة"): the second one's, not the first one's
    lo, hi = 0, len(tokens)
    if len(events) > 1 and ev.sentences:
        lo = min(ev.sentences)
        hi = min((min(e.sentences) for e in events if e.sentences and min(e.sentences) > lo), default=hi)
    return next((m for m in insts if fold(m.name) in own and lo <= tokens[m.first].sent < hi), None)


_REGION_HEADS = frozenset({fold("منطقة"), fold("المنطقة")})


def _heads_delegation(tokens: list[Token], people: People, agent: Agent) -> bool:
    """ "ترأس وزير المالية X وفد المملكة في …", "يترأس X وزير المالية، وفد المملكة": the agent right after a chairing
    verb whose object, right after the agent's office and name, is a delegation heads the delegation, not the event."""
    spans = [m for m in (agent.post, agent.person) if m is not None]
    if not spans:
        return False
    first = min(m.first for m in spans)
    k = first - 1
    while k >= 0 and (tokens[k].norm in honorifics() or tokens[k].norm in ROLES.STYLES):  # (ext-t120: "الأمير")
        k -= 1
    if k < 0 or not in_words(tokens[k].norm, ROLES.CHAIR):
        return False
    end = max(m.last for m in spans)
    while end < len(tokens) and (tokens[end].norm in honorifics() or tokens[end].norm in COMMAS):
        end += 1
    # the holder's name after the office, or his office after the name; (ext-t120) then any further offices of his
    # row, each after a comma ("رأس الأمير X وزير الدولة، عضو مجلس الوزراء، مستشار …، وفد المملكة")
    for _ in range(_ROW_OFFICES):
        nxt = next((m.last for m in people.persons if m.first == end),
                   next((p.last for p in people.posts if p.first == end), end))
        while nxt < len(tokens) and tokens[nxt].norm in COMMAS:
            nxt += 1
        if nxt == end:
            break
        end = nxt
    return end < len(tokens) and tokens[end].sent == tokens[k].sent and tokens[end].norm in ROLES.DELEGATION


_ROW_OFFICES = 5


def _meetings_of(tokens: list[Token], insts: list[InstMention], where: WordIndex) -> list[int]:
    """ "ترأس الوزير وفد المملكة في اجتماعات المجلس الوزاري لصندوق …": the plural meeting noun right before a named
    council, committee or body is its sitting (at the noun)."""
    firsts = {m.first for m in insts}
    before = sorted({m.first - 1 for m in insts if m.first > 0}.union(where.of(_MEETINGS_BARE_ONLY)))
    return [i for i in before if (i < len(tokens) - 1 and (i + 1 in firsts
                                                  and strip_clitic(tokens[i].norm)[0] in EVENTS.MEETINGS_PLURAL))
            or (tokens[i].norm == _MEETINGS_BARE and (_held_by_body_before(tokens, insts, i)
                                                      or _chaired_meetings(tokens, i)))]


def _own_meetings_carried_on(tokens: list[Token], insts: list[InstMention], where: WordIndex) -> list[int]:
    """ "مددت اللجنة اجتماعاتها التي بدأتها أمس", "واصل المجلس اجتماعاته" (ext-t156): the possessive plural of
    meetings right after a named body, the subject of a perfect verb of holding, going on with, extending, resuming
    or closing that opens the clause, is that body's sitting (at the noun); an imperfect verb tells a habit or a
    plan."""
    out = []
    for i in where.of(_OWN_MEETINGS):
        body = next((m for m in insts if m.last == i and m.first > 0 and tokens[m.first].sent == tokens[i].sent),
                    None)
        verb = tokens[body.first - 1].norm if body is not None else ""
        if body is not None and (verb in _CARRIED_ON or strip_clitic(verb, "وف")[0] in _CARRIED_ON) \
                and tokens[body.first - 1].sent == tokens[i].sent:  # ("واصلت": its و is the verb's own)
            out.append(i)
    return out


_OWN_MEETINGS = frozenset(fold(w) for w in ("اجتماعاتها", "اجتماعاته"))
_CARRIED_ON = frozenset(fold(w) for w in ("عقد", "عقدت", "واصل", "واصلت", "مدد", "مددت", "استأنف", "استأنفت",
                                          "اختتم", "اختتمت", "بدأ", "بدأت", "أنهى", "أنهت"))
_HOLDING_NOUNS = frozenset(fold(w) for w in ("إقامة", "عقد", "تنظيم"))
_APPROVAL_NOUNS = frozenset(fold(w) for w in ("الموافقة", "موافقة", "بالموافقة", "والموافقة"))


def _asked_to_hold(tokens: list[Token], i: int) -> bool:
    """ "وطالبت اللجنة الرئاسات الثلاث بعقد اجتماع طارئ", "طلبت الحكومة عقد اجتماع لمجلس الأمن", "اقترحت الهيئة عقد
    اجتماع مشترك", "اتفق الطرفان على عقد الاجتماع المقبل" (ev4): an event noun right after a noun of holding ("عقد",
    "إقامة", "تنظيم", "انعقاد", with its clitic ب/ل) that a verb of asking, proposing or agreeing governs, a few words
    before it in its sentence (no comma between), is an event asked for or agreed on, none held ("قرر الاتحاد عقد مؤتمر
    صحفي", "أعلن المجلس عقد جلسته", an event announced, are left to their own rules)."""
    if i < 2 or tokens[i - 1].sent != tokens[i].sent:
        return False
    noun = tokens[i - 1].norm
    if noun not in _TO_HOLD and not (noun[:1] in "بل" and noun[1:] in _TO_HOLD):
        return False  # ("وعقد اجتماعا" is the verb: "and held a meeting")
    for k in range(i - 2, max(-1, i - 2 - _ASKED_REACH), -1):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS:
            return False
        w = tokens[k].norm
        if w in _ASKED or (w[:1] in "وف" and w[1:] in _ASKED):
            return True
    return False


_TO_HOLD = _HOLDING_NOUNS | frozenset(fold(w) for w in ("انعقاد", "اقامة"))
_ASKED = frozenset(fold(w) for w in ("طلب", "طلبت", "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "اقترح", "اقترحت",
                                     "يقترح", "تقترح", "اتفق", "اتفقت", "اتفقا", "ناشد", "ناشدت", "التمس", "التمست"))
"""Verbs of asking, proposing or agreeing on ("طالبت … بعقد اجتماع", "اتفقا على عقد الاجتماع المقبل"); not "دعا"/"دعت":
"دعت الجمعية إلى تنظيم ندوة … يوم الخميس" also invites to the body's own event."""
_ASKED_REACH = 12


def _approved_to_hold(tokens: list[Token], i: int) -> bool:
    """ "صدرت الموافقة على إقامة حفل تكريم …", "موافقة المقام السامي على عقد المؤتمر" (ext-t69): an event noun after a
    noun of holding that "على" and an approval noun (within four words) come before is an event approved, still to be
    held, not one reported."""
    if i < 3 or tokens[i - 2].norm != _ON:
        return False
    return any(tokens[k].norm in _APPROVAL_NOUNS and tokens[k].sent == tokens[i].sent
               for k in range(max(0, i - 7), i - 2))


def _approved_nouns(tokens: list[Token], hits: list[tuple[int, str]]) -> set[str]:
    """ "صدرت الموافقة على إقامة حفل تكريم … أثناء الحفل …" (ext-t120): the event nouns approved to be held
    (`_approved_to_hold`), bare of their article: the definite one told after them ("الحفل") is that event still to be
    held, spoken of again, not one reported."""
    return {bare_noun(tokens[i].norm) for i, _ in hits
            if i > 0 and tokens[i - 1].norm in _HOLDING_NOUNS and not tokens[i].article
            and _approved_to_hold(tokens, i)}


_HOLDING = frozenset(fold(w) for w in ("عقد", "عقدت", "وعقد", "وعقدت"))  # held (or "في عقد": began holding)
_MEETINGS_BARE = fold("اجتماعات")
_MEETINGS_BARE_ONLY = frozenset({_MEETINGS_BARE})
_HOLD_NOUN = fold("عقد")
_IN = fold("في")
_ON = fold("على")
_HELD_BY_REACH = 15


def _held_by_body_before(tokens: list[Token], insts: list[InstMention], i: int) -> bool:
    """ "بدأ أعضاء اللجنة الوطنية للنقل في عقد اجتماعات موسعة في جدة", "وعقدت الهيئة اجتماعات مع …" (ext-t69): bare
    "اجتماعات" right after a perfect verb of holding (or "في عقد"), a named body before it in its sentence (within
    a few words), are that body's meetings (not "طالبت الهيئة بعقد اجتماعات": none held)."""
    if i < 2 or tokens[i].norm != _MEETINGS_BARE:
        return False
    if any(m.last == i and m.first > 0 and tokens[m.first - 1].norm in _HOLDING
           and tokens[m.first - 1].sent == tokens[i].sent for m in insts):
        return True  # "وعقدت الهيئة اجتماعات مع …": the verb, its subject body, the meetings
    if tokens[i - 1].norm not in _HOLDING:
        return False
    if tokens[i - 1].norm == _HOLD_NOUN and tokens[i - 2].is_word and tokens[i - 2].norm != _IN \
            and not any(m.last == i - 1 for m in insts):
        return False  # "أهمية عقد اجتماعات": a noun of holding, not after "بدأ … في"
    return any(m.last <= i - 1 and i - m.last <= _HELD_BY_REACH and tokens[m.first].sent == tokens[i].sent
               for m in insts)


def _chaired_meetings(tokens: list[Token], i: int) -> bool:
    """ "ترأس الأمير X عدة اجتماعات، بحضور …" (ext-t97): bare "اجتماعات" after a perfect verb of chairing (within a
    few words of its sentence, its subject between) are meetings he held (not "ترأس وفد المملكة في اجتماعات …": a
    delegation he led to others' meetings, nor "ترأس … وشارك في اجتماعات …")."""
    for k in range(i - 1, max(-1, i - _CHAIRED_REACH), -1):
        if tokens[k].sent != tokens[i].sent:
            return False
        w = tokens[k].norm
        if w in ROLES.DELEGATION or strip_clitic(w)[0] in ROLES.DELEGATION or w == _IN or tokens[k].is_punct:
            return False
        if w in _CHAIRED or (w[:1] == "و" and w[1:] in _CHAIRED):
            return True
    return False


_CHAIRED_REACH = 10


def _celebrated_by(tokens: list[Token], insts: list[InstMention], where: WordIndex) -> list[int]:
    """ "احتفى مكتب السياحة … باليوم العالمي للمتاحف", "واحتفلت الجامعة بتخريج …": a verb of celebrating opening its
    clause with a named body right after it is that body's celebration (an event of kind "other")."""
    return [i for i in where.of(_CELEBRATES_OR_WA) if i < len(tokens) - 1
            and (i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].is_punct)
            and any(m.first == i + 1 and tokens[m.first].start == m.start for m in insts)]


_CELEBRATES = frozenset(fold(w) for w in ("احتفى", "احتفت", "احتفل", "احتفلت"))
_CELEBRATES_OR_WA = _or_wa(_CELEBRATES)


def _celebration_organised_by(tokens: list[Token], insts: list[InstMention], where: WordIndex) -> list[int]:
    """ "احتفل أهالي القرية بالزواج الجماعي الخامس، وذلك بقاعة …، والذي نظمته جمعية القرية الخيرية" (ext-t161): a verb
    of celebrating opening its clause and, later in its sentence, a relative clause of organising ("الذي نظمته", "التي
    أقامتها") with a named body right after its verb: that body's celebration (an event of kind "other")."""
    return [i for i in where.of(_CELEBRATES_OR_WA) if _celebration_organiser(tokens, insts, i) is not None]


def _celebration_organiser(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """The body named right after "الذي نظمته" / "التي أقامتها" later in the sentence of the celebrating verb at ``i``,
    the verb opening its clause."""
    noun = festive(tokens[i]) and tokens[i].norm not in _CELEBRATES_OR_WA  # (r2-events) "فعاليات الاحتفال بالعيد
    # التي نظمتها البلدية بالتعاون مع لجنة …": the celebration's noun, its organiser in the relative clause after it
    if not noun and (tokens[i].norm not in _CELEBRATES_OR_WA or not (
            i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].is_punct)):
        return None
    for k in range(i + 2, min(len(tokens) - 1, i + _ORGANISED_IT_REACH)):
        if tokens[k].sent != tokens[i].sent or (noun and tokens[k].norm in _CLAUSE_ENDS):
            return None
        if tokens[k].norm in _ORGANISED_IT and strip_clitic(tokens[k - 1].norm, "و")[0] in RELATIVES:
            right = _body_at(tokens, insts, k + 1)
            if right is not None or not noun:
                return right
            # an organiser the text names in words no list holds, "بالتعاون مع" a named co-organiser: that one
            return next((m for m in insts for x in range(k + 2, min(len(tokens) - 2, k + 2 + _CO_REACH))
                         if tokens[x].sent == tokens[k].sent and tokens[x].norm == _IN_COOPERATION
                         and tokens[x + 1].norm == _WITH and m.first == x + 2 and tokens[m.first].start == m.start
                         and not any(tokens[y].norm in _CLAUSE_ENDS for y in range(k + 1, x))), None)
    return None


_IN_COOPERATION = fold("بالتعاون")


def _relative_host(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "في مؤتمر … الدولي الخامس (…) والذي استضافته كلية B بالعاصمة …" (r2-events): a relative clause of hosting
    ("الذي استضافته", "التي استضافتها") after the event's word, in its clause, with a named body right after its verb:
    that body hosts the event."""
    for k in range(i + 2, min(len(tokens) - 1, i + _ORGANISED_IT_REACH)):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in _CLAUSE_ENDS:
            return None
        if tokens[k].norm in _HOSTED_IT and strip_clitic(tokens[k - 1].norm, "و")[0] in RELATIVES:
            return _body_at(tokens, insts, k + 1)
    return None


_HOSTED_IT = frozenset(fold(w) for w in ("استضافته", "استضافتها", "استضافه", "استضافها"))
_CO_REACH = 5


_ORGANISED_IT = frozenset(fold(w) for w in ("نظمته", "نظمتها", "نظمه", "نظمها", "أقامته", "أقامتها", "أقامه",
                                            "أقامها"))
_ORGANISED_IT_REACH = 30


def _sworn_before(tokens: list[Token], people: People, where: WordIndex) -> list[int]:
    """ "تشرف بأداء القسم أمام خادم الحرمين الشريفين …", "أدى السفراء الجدد اليمين أمام الملك" (ext-t120): the oath noun
    after a verb or noun of performing it, with an office or a person right after "أمام" / "بين يدي" (honorifics and
    styles passed over), is a swearing-in held before that head (an event of kind "other"); not an oath before a body
    ("أدت اليمين أمام مفوضية الاتحاد"), which names no one the text says it was held before."""
    return [i for i in where.of(_OATHS_OR_WA) if i > 0 and _oath_head(tokens, people, i) is not None
            and any(strip_clitic(tokens[k].norm, "وب")[0] in _PERFORMS and tokens[k].sent == tokens[i].sent
                    for k in range(max(0, i - _OATH_VERB_REACH), i))]


def _oath_head(tokens: list[Token], people: People, i: int) -> Agent | None:
    """Who the oath at ``i`` is taken before: the office or person right after "أمام" / "بين يدي" that follows it (its
    qualifier "الدستورية" passed over)."""
    if tokens[i].norm.removeprefix("و") not in _OATHS:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].norm in _OATH_QUALIFIERS:
        j += 1
    if j < len(tokens) and tokens[j].norm == _BEFORE:
        j += 1
    elif j + 1 < len(tokens) and tokens[j].norm == _BETWEEN and tokens[j + 1].norm == _HANDS:
        j += 2
    else:
        return None
    while j < len(tokens) and tokens[j].sent == tokens[i].sent and (
            tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
        j += 1
    if j >= len(tokens) or tokens[j].sent != tokens[i].sent:
        return None
    return agent_at(tokens, people, j)


_OATHS = frozenset(fold(w) for w in ("القسم", "اليمين"))
_OATHS_OR_WA = _or_wa(_OATHS)
_OATH_QUALIFIERS = frozenset(fold(w) for w in ("الدستورية", "القانونية", "الدستوري"))
_PERFORMS = frozenset(fold(w) for w in ("أدى", "أدت", "أدوا", "أدين", "يؤدي", "تؤدي", "يؤدون", "أداء", "أدائه",
                                        "أدائها", "أدائهم"))
_OATH_VERB_REACH = 12
_BEFORE = fold("أمام")
_BETWEEN = fold("بين")
_HANDS = fold("يدي")


def _start_given(tokens: list[Token], where: WordIndex) -> list[int]:
    """ "أعطى وزير الفلاحة X، يوم الثلاثاء بمكناس، انطلاقة أشغال بناء السوق", "أشرف العامل على إعطاء الانطلاقة الرسمية
    لعملية …" (ext-t120): the start given ("انطلاقة" after a verb or noun of giving earlier in its clause, a word of
    what is started right after it) is a launch (an event of kind "other"); not "حقق الفريق انطلاقة قوية", "قبل
    انطلاقة الموسم" (no giving), nor one to come ("سيعطي الملك انطلاقة …", an announcement), nor one given by no one
    named ("وتم اعطاء الانطلاقة الرسمية للنسخة …", told aside of another event)."""
    out = []
    for i in where.of(_STARTS_SPELLINGS):
        if strip_clitic(tokens[i].norm)[0] not in _STARTS or i + 1 >= len(tokens) \
                or tokens[i + 1].sent != tokens[i].sent or not tokens[i + 1].is_word:
            continue
        v = next((k for k in range(i - 1, max(-1, i - _START_REACH), -1)
                  if tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm, "وب")[0] in _GIVES), -1)
        if v >= 0 and not any(tokens[x].norm == "." for x in range(v, i)) \
                and not (v > 0 and tokens[v - 1].norm in _IMPERSONAL_DONE):  # "وتم اعطاء الانطلاقة": no giver
            out.append(i)
    return out


def _start_giver(tokens: list[Token], people: People, i: int) -> Agent | None:
    """Who gave the start at ``i``: the office or person right after the past verb of giving (honorifics and styles
    passed over)."""
    if strip_clitic(tokens[i].norm)[0] not in _STARTS:
        return None
    v = next((k for k in range(i - 1, max(-1, i - _START_REACH), -1)
              if tokens[k].sent == tokens[i].sent and tokens[k].norm.removeprefix("و") in _GAVE), -1)
    if v < 0:
        return None
    j = v + 1
    while j < i and (tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
        j += 1
    return agent_at(tokens, people, j) if j < i else None


_STARTS = frozenset(fold(w) for w in ("انطلاقة", "الانطلاقة"))
_STARTS_SPELLINGS = clitic_spellings(_STARTS)
_GAVE = frozenset(fold(w) for w in ("أعطى", "أعطت", "أعطيا"))
_GIVES = _GAVE | frozenset(fold(w) for w in ("إعطاء", "اعطاء"))
_START_REACH = 16
_IMPERSONAL_DONE = frozenset(fold(w) for w in ("تم", "وتم", "جرى", "وجرى", "سيتم", "وسيتم"))


def _launched_by(tokens: list[Token], insts: list[InstMention], where: WordIndex) -> list[int]:
    """ "أطلقت هيئة السياحة أمس برنامج الصيف …": a verb of launching opening its clause, a named body right after
    it, and a programme, campaign or initiative launched within a few words (not "أطلق النار", "أطلق سراح")."""
    return [i for i in _body_then(tokens, insts, where.of(_LAUNCHES_OR_WA), lambda w: in_words(w, _LAUNCHED))
            if not _fire_launched(tokens, i)]


_FIRED = frozenset(fold(w) for w in ("النار", "سراح", "الرصاص"))
_FIRED_REACH = 10


def _fire_launched(tokens: list[Token], i: int) -> bool:
    """(inst19a) "أطلقت جمعية X بمحافظة Y النار على برنامج …": fire or a release is what the verb of ``tokens[i]``
    launched, a few words on in its sentence, whatever the body's name holds (its seat now part of it)."""
    return any(tokens[k].norm in _FIRED for k in range(i + 1, min(len(tokens), i + _FIRED_REACH))
               if tokens[k].sent == tokens[i].sent)


def _body_then(tokens: list[Token], insts: list[InstMention], verbs: Iterable[int],
               things: Callable[[str], bool]) -> list[int]:
    """The verbs (token indexes) that open their clause, have a named body right after them and, within a few words
    past the body's name (its region and short name passed over), a word ``things`` accepts."""
    out = []
    for i in verbs:
        if i >= len(tokens) - 2 or not (i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].is_punct):
            continue
        body = _body_at(tokens, insts, i + 1)
        if body is None:
            continue
        start = _past_body_tail(tokens, body.last)
        if any(tokens[k].sent == tokens[i].sent and things(tokens[k].norm)
               for k in range(body.last, min(len(tokens), body.last + 4 if start == body.last else start + 2))):
            out.append(i)
    return out


def _in_titled_name(tokens: list[Token], i: int) -> bool:
    """ "نظم النادي برنامجا ثقافيا بعنوان «لقاء الحضارات»" (ev7): a cue word inside the quotes or brackets that open
    right after "بعنوان" / "شعار", a programme, festival or contest named a few words before, is that programme's
    name, no event (not "عقب اجتماع لها تحت عنوان «اللقاء التشاوري»": the meeting's own name)."""
    for k in range(i - 1, max(0, i - _TITLED_REACH), -1):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in _CLOSE_QUOTES:
            return False
        if tokens[k].norm in _OPEN_QUOTES:
            return k > 0 and strip_clitic(tokens[k - 1].norm, "و")[0] in _TITLE_WORDS and any(
                tokens[x].sent == tokens[i].sent and tokens[x].norm in _ACTIVITIES
                for x in range(max(0, k - 1 - _TITLED_HEAD), k - 1))
    return False


_TITLED_REACH = 6
_TITLED_HEAD = 4
_TITLE_WORDS = frozenset(fold(w) for w in ("بعنوان", "عنوان", "شعار", "بشعار", "اسم", "باسم", "مسمى", "بمسمى"))


def _listed_body_name(tokens: list[Token], insts: list[InstMention], i: int) -> bool:
    """ "بالتعاون مع الأمانة والغرفة التجارية والندوة العالمية للشباب" (ev10): a cue word behind "و" that opens a named
    body's name right after another body's name is one more body in a list of bodies, no event."""
    if tokens[i].norm[:1] != "و" or not any(m.first == i and m.last > i + 1 for m in insts):
        return False
    return any(m.last == i for m in insts)


def _activity_held_by(tokens: list[Token], insts: list[InstMention], where: WordIndex) -> list[int]:
    """ "نظم نادي X برنامجا ثقافيا …", "أقامت دار X مهرجانا للأطفال", "اختتم نادي X أنشطته الصيفية" (ev7): a past verb
    of organising, holding, carrying out or closing opening its clause ("نفذت جمعية X برنامج معايدة"), a named body
    right after it (its region and short name passed over) and the programme, festival, contest, campaign or
    activities it held within a few words: that body's activity, an event of kind "other" (not the present
    "ينظم"/"تقيم", which also tells what is planned or done every year)."""
    return _body_then(tokens, insts, where.of(_HOLDS_ACTIVITY_OR_WA), _ACTIVITIES.__contains__)


_HOLDS_ACTIVITY_OR_WA = _or_wa(EVENTS.HOLDS_ACTIVITY)
_ACTIVITIES = frozenset(fold(w) for w in ("برنامج", "برنامجا", "برنامجاً", "برنامجه", "برنامجها", "برامج", "برامجه",
                                          "برامجها", "مهرجان", "مهرجانا", "مهرجاناً", "أنشطته", "أنشطتها",
                                          "فعالياته", "فعالياتها", "حملة", "حملات", "معرضا", "معرض",
                                          "مسابقة", "مسابقات", "مسابقته", "مسابقتها"))


def _past_body_tail(tokens: list[Token], k: int) -> int:
    """ "أطلقت جمعية X بمنطقة Y «Z»، برنامج …" (r2-events): past the body's name, the region it serves ("بمنطقة",
    "بمحافظة" + one word) and its short name in quotes or brackets, with the commas around them: where the
    launched thing may start."""
    sent = tokens[k].sent if k < len(tokens) else -1
    while k < len(tokens) and tokens[k].sent == sent:
        w = tokens[k].norm
        if w in COMMAS:
            k += 1
        elif w in _OPEN_QUOTES:
            close = next((x for x in range(k + 1, min(len(tokens), k + 2 + _QUOTED_NAME))
                          if tokens[x].norm in _CLOSE_QUOTES), None)
            if close is None:
                return k
            k = close + 1
        elif strip_clitic(w, "ب")[0] in EVENTS.PLACE_NOUNS and w[:1] == "ب" and k + 1 < len(tokens) \
                and tokens[k + 1].is_word:
            k += 2
        else:
            return k
    return k


_OPEN_QUOTES = frozenset({"«", '"', "“", "("})
_CLOSE_QUOTES = frozenset({"»", '"', "”", ")"})
_QUOTED_NAME = 3


def _started_with_guests(tokens: list[Token], where: WordIndex) -> list[int]:
    """ "انطلقت حملة … بمقر اللجنة، بحضور رئيس المركز X …" (ext-t134): a verb of starting that opens its sentence, a
    campaign, a programme or an event's activities right after it, and guests present ("بحضور") later in the same
    sentence report the opening held, an event of its own (not "انطلقت الحملة الشهر الماضي": no one present)."""
    out = []
    for i in where.of(EVENTS.LAUNCH_STARTS):
        if i + 2 >= len(tokens) or not (i == 0 or tokens[i - 1].sent != tokens[i].sent):
            continue
        j = i + 1  # (mev) past the time words before what starts: "انطلقت يوم أمس، فعاليات …", "انطلقت أمس الأول …"
        while j + 1 < len(tokens) and (tokens[j].norm in EVENTS.TIME_WORDS or tokens[j].norm == _FIRST
                                       or tokens[j].norm == ","):
            j += 1
        if strip_clitic(tokens[j].norm)[0] not in EVENTS.LAUNCH_STARTED and tokens[j].norm not in \
                EVENTS.LAUNCH_STARTED:
            continue
        k = j + 1
        while k < len(tokens) and tokens[k].sent == tokens[i].sent and tokens[k].norm not in EVENTS.LAUNCH_GUESTS:
            k += 1
        if k < len(tokens) and tokens[k].sent == tokens[i].sent:
            out.append(i)
    return out


def _seat_body(tokens: list[Token], insts: list[InstMention], people: People, i: int) -> InstMention | None:
    """ "… بمقر ديوانية الأهالي في لجنة التنمية بالبلدة، بحضور …" (ext-t134): the first body named after the seat word
    ("بمقر", "في مقر"), before the guests, outside an office, is the host of the start held there."""
    sent = tokens[i].sent
    k = i + 1
    while k < len(tokens) and tokens[k].sent == sent and strip_clitic(tokens[k].norm)[0] != _SEAT:
        if tokens[k].norm in EVENTS.LAUNCH_GUESTS:
            return None
        k += 1
    end = next((x for x in range(k, len(tokens)) if tokens[x].sent != sent or tokens[x].norm in EVENTS.LAUNCH_GUESTS),
               len(tokens))
    return next((m for m in sorted(insts, key=lambda m: m.first) if k < m.first < end
                 and not any(p.first <= m.first < p.last for p in people.posts)), None)


_INAUGURATES = FUNCTION_WORDS.TO_INAUGURATE


@cache
def _inaugurates_or_wa() -> frozenset[str]:
    """The present verbs of inaugurating, as written or behind "و" (the word list is read on first use)."""
    return _or_wa(_INAUGURATES)


_TODAY_REACH = 12  # a second office ("… ورئيس مجلس إدارة المركز") may stand before the time
_TODAY_OR_TOMORROW = frozenset(fold(w) for w in ("اليوم", "غدا", "غداً", "مساء", "صباح", "مساء اليوم",
                                                  "غد"))  # "يوم غد الأربعاء" (ext-t69)


def _inaugurates_today(tokens: list[Token], people: People, where: WordIndex) -> list[int]:
    """ "يدشن وزير الشؤون الاجتماعية X مساء اليوم الأربعاء المقر الجديد للمركز": a present verb of inaugurating that
    opens its sentence, an office right after it (its styles skipped) and "اليوم", "غدا", "مساء" or "صباح" a few
    words on announce an inauguration for that day, the holder of the office its chair (ext-t47; not "يفتتح
    المعرض أبوابه", no office after the verb, nor "تدشن المرحلة …" with no time)."""
    out = []
    for i in where.of(_inaugurates_or_wa()):
        if i >= len(tokens) - 3 or not (i == 0 or tokens[i - 1].sent != tokens[i].sent):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j].norm in honorifics() or tokens[j].norm in ("د", "م", ".", "د.", "م.")):
            j += 1  # "يدشن د. X وزير …": an abbreviated title before the name
        last = next((p.last for p in people.posts if p.first == j), None)
        if last is None:
            last = next((pm.last for pm in people.persons if pm.first == j), None)
            last = next((p.last for p in people.posts if p.first == last), last) if last is not None else None
        if last is None:
            continue
        if any(tokens[k].sent == tokens[i].sent and tokens[k].norm in _TODAY_OR_TOMORROW
               for k in range(last, min(len(tokens), last + _TODAY_REACH))):
            out.append(i)
    return out


def _from_lede(ev: EventMention, tokens: list[Token], people: People, dates: list[DateMention],
               published: dt.date | None, title_sent: int) -> None:
    """ "الوالي يترأس اجتماع اللجنة الإقليمية …" as the headline, then "أكد والي جهة X فلان، يوم الاثنين 2 دجنبر
    2024 بفاس، …" (ext-t37): an event told only in the headline takes the day the lede (the sentence right after
    it) gives, and its chair written there as a bare definite title before a verb of chairing, receiving or
    visiting is the holder of the office of that title the lede names."""
    if title_sent < 0 or not ev.cues or any(tokens[c].sent != title_sent for c in ev.cues):
        return
    lede = title_sent + 1
    if ev.date is None:
        ev.date = next((d.resolve(published) for d in dates if tokens[d.first].sent == lede), None)
    if ev.chair is not None:
        return
    for k in range(len(tokens) - 1):
        if tokens[k].sent != title_sent:
            continue
        w, verb = tokens[k].norm, tokens[k + 1].norm
        if tokens[k + 1].sent != title_sent or not (in_words(verb, ROLES.CHAIR) or verb in _HEADLINE_VERBS):
            continue
        office = next((p for p in people.posts if p.last == k + 1 and tokens[p.first].sent == title_sent), None)
        if office is None and not (tokens[k].article and w.startswith("ال")):
            continue
        if office is not None:  # "وزير الفلاحة يستقبل …": that office, held by whom the lede names in it
            same = [p for p in people.posts if tokens[p.first].sent == lede and p.holder
                    and fold(p.title) == fold(office.title)]
            ev.chair = office_agent(people, same[0] if same else office)
            return
        held = next((p for p in sorted(people.posts, key=lambda p: p.first) if tokens[p.first].sent == lede
                     and p.holder and fold(p.title).split()[:1] == [w[2:]]), None)
        if held is not None:
            ev.chair = office_agent(people, held)
        return


def _headline_verbs(tokens: list[Token], title_sent: int) -> list[tuple[int, str]]:
    """ "الوزير يستقبل سفير اليابان", "والي الجهة يدشن مركزا صحيا" as the headline (ext-t37): a headline tells the
    event it reports with an imperfect verb of receiving, meeting or inaugurating, an office, a name or a bare title
    right before it; that verb is the event's cue (a reception or a meeting, an inauguration)."""
    if title_sent < 0:
        return []
    out = []
    for k in range(1, len(tokens)):
        if tokens[k].sent != title_sent or tokens[k - 1].sent != title_sent or not tokens[k - 1].is_word:
            continue
        kind = _HEADLINE_KINDS.get(tokens[k].norm)
        if kind is not None and k + 1 < len(tokens) and tokens[k + 1].sent == title_sent:
            out.append((k, kind))
    return out


_HEADLINE_KINDS = {**{fold(w): "meeting" for w in ("يستقبل", "تستقبل", "يلتقي", "تلتقي")},
                   **{fold(w): "other" for w in ("يدشن", "تدشن", "يفتتح", "تفتتح")}}
_HEADLINE_VERBS = frozenset(fold(w) for w in ("يستقبل", "تستقبل", "يزور", "تزور", "يفتتح", "تفتتح", "يدشن", "تدشن",
                                               "يترأس", "تترأس", "يرأس", "ترأس"))


def _holder_before(tokens: list[Token], people: People, c: int) -> Agent | None:
    """ "أقام أمير المنطقة X أمس حفل عشاء", "عقد وزير الصحة X مؤتمرا صحفيا في …", "نظم رئيس الجامعة X لقاء مفتوحا"
    (ext-t37): a past verb of holding, giving or organising opening its clause a few words before the event's noun,
    an office or a name right after it (honorifics passed over; not a body: "عقد مجلس الإدارة اجتماعه" is the
    body's sitting), and no other verb between: that office or person holds the event."""
    sent = tokens[c].sent
    for v in range(c - 1, max(-1, c - _HOLDER_REACH), -1):
        if tokens[v].sent != sent:
            return None
        if tokens[v].is_punct:
            if tokens[v].norm in COMMAS and (any(p.last == v for p in people.posts)
                                                  or any(pm.last == v for pm in people.persons)):
                continue  # "عقد محافظ X الأستاذ Y، اجتماع المجلس": the comma closing the subject (ext-t66)
            return None
        w = tokens[v].norm
        if not (w in _HOLDER_VERBS or (w[:1] == "و" and w[1:] in _HOLDER_VERBS)):
            continue
        if not (v == 0 or tokens[v - 1].sent != sent or tokens[v - 1].is_punct
                or tokens[v - 1].norm in EVENTS.CLAUSE_OPENERS):
            return None
        j = v + 1
        while j < c and (tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
            j += 1
        agent = agent_at(tokens, people, j) if j < c else None
        if agent is None:
            return None
        end = max((x.last for x in (agent.person, agent.post) if x is not None), default=j)
        return stack_holder(tokens, people, agent) if end <= c else None
    return None


_CONFERENCE_ACC = fold("مؤتمرا")
"""The accusative conference noun ("عقد الوزير X مؤتمرا صحفيا"), a cue only with the office or person holding it
named before it (ext-t37): a body's conference is told with its noun in other forms."""
_HOLDER_VERBS = frozenset(fold(w) for w in ("عقد", "عقدت", "أقام", "أقامت", "نظم", "نظمت"))
_HOLDER_REACH = 16


def _fronted_holder(tokens: list[Token], people: People, c: int) -> Agent | None:
    """ "قالت الوزارة إن الوزير X سيعقد اجتماعا مع …", "وأوضح أن المحافظ عقد لقاء مع …" (ext-t108): a verb of holding
    (past, present or future) right before the event's noun, an office or a name ending right before the verb, which
    opens its sentence or follows "إن"/"أن" (the subject put before its verb): that office or person holds the
    event."""
    v = c - 1
    if v < 1 or tokens[v].norm not in _FRONTED_HOLDING or tokens[v].sent != tokens[c].sent:
        return None
    agent = next((office_agent(people, p) for p in people.posts if p.last == v), None) \
        or next((person_agent(people, pm) for pm in people.persons if pm.last == v), None)
    if agent is None and tokens[v - 1].is_word:  # "أن لافروف سيعقد": the family name of one named before
        agent = next((person_agent(people, pm) for pm in people.persons if pm.last < v - 1 and pm.last - pm.first > 1
                      and tokens[pm.last - 1].norm == tokens[v - 1].norm), None)
        if agent is not None and not (v - 1 == 0 or tokens[v - 2].sent != tokens[v].sent
                                      or tokens[v - 2].norm in _THAT
                                      or (tokens[v - 2].norm[:1] in "وب" and tokens[v - 2].norm[1:] in _THAT)):
            return None
        if agent is not None:
            return agent
    if agent is None:
        return None
    start = min(x.first for x in (agent.person, agent.post) if x is not None)
    for p in people.posts:  # "إن وزير الخارجية X سيعقد": the office stacked before the name
        if p.last == start and p.holder is not None:
            start = min(start, p.first)
    while start > 0 and (tokens[start - 1].norm in honorifics() or tokens[start - 1].norm in ROLES.STYLES):
        start -= 1
    if start > 0 and tokens[start - 1].sent == tokens[c].sent \
            and tokens[start - 1].norm not in _THAT \
            and not (tokens[start - 1].norm[:1] in "وب" and tokens[start - 1].norm[1:] in _THAT):
        return None
    return stack_holder(tokens, people, agent)


_FRONTED_HOLDING = frozenset(fold(w) for w in ("عقد", "عقدت", "يعقد", "تعقد", "سيعقد", "ستعقد"))
_THAT = frozenset(fold(w) for w in ("إن", "أن", "ان"))


def _meetings_held_with(tokens: list[Token], people: People, where: WordIndex) -> list[int]:
    """ "وأضافت أن الوزير سيعقد اجتماعات أيضا مع أمير …" (ext-t108): bare "اجتماعات" right after a verb of holding
    whose fronted subject is an office or a name ([_fronted_holder]), "مع" within two words after it: meetings held."""
    return [i for i in where.of(_MEETINGS_BARE_ONLY) if 2 <= i < len(tokens) - 2
            and tokens[i - 1].norm in _FRONTED_HOLDING
            and any(tokens[k].norm == _WITH and tokens[k].sent == tokens[i].sent for k in (i + 1, i + 2))
            and _fronted_holder(tokens, people, i) is not None]


def _framing_visit(tokens: list[Token], i: int, hits: list[tuple[int, str]]) -> bool:
    """ "سيعقد الوزير X اجتماعا ثلاثيا مع … خلال زيارة عمل لقطر" (ext-t108): the bare visit noun after "خلال"/"في",
    an official visit's kind right after it ([visit_kinds]), a meeting or sitting cue before it in its sentence."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i].norm != _A_VISIT or tokens[i + 1].sent != tokens[i].sent:
        return False
    if strip_clitic(tokens[i - 1].norm, "و")[0] not in _FRAME_DURING or tokens[i + 1].norm not in EVENTS.VISIT_KINDS:
        return False
    return any(j < i and k in ("meeting", "session") and tokens[j].sent == tokens[i].sent for j, k in hits)


def _framed_holder(tokens: list[Token], people: People, i: int, hits: list[tuple[int, str]]) -> Agent | None:
    """ "سيعقد الوزير X اجتماعا … خلال زيارة عمل لقطر" (ext-t108): the holder of the sitting that a framing visit
    ([_framing_visit]) follows in its sentence (the verb's subject, after or before it) makes the visit."""
    if not _framing_visit(tokens, i, hits):
        return None
    j = max(j for j, k in hits if j < i and k in ("meeting", "session") and tokens[j].sent == tokens[i].sent)
    return _holder_before(tokens, people, j) or _fronted_holder(tokens, people, j)


def _also_held(tokens: list[Token], i: int, hits: list[tuple[int, str]]) -> bool:
    """ "… . وأضافت أن الوزير سيعقد اجتماعات أيضا مع …" (ext-t108): a meeting cue with "أيضا" right after it, a
    meeting cue told in an earlier sentence: meetings also held, of their own."""
    return i + 1 < len(tokens) and tokens[i + 1].norm in ALSO \
        and any(j < i and k == "meeting" and tokens[j].sent != tokens[i].sent for j, k in hits)


_WITH = fold("مع")
"""Between a verb of sitting and a council: "اجتمع وفد النادي مع لجنة المسابقات" names the body met, which does not
sit on its own (ext-t79)."""
_FRAME_DURING = frozenset(fold(w) for w in ("خلال", "في", "أثناء"))


def _photo_caption(tokens: list[Token], i: int) -> bool:
    """ "جانب من اللقاء" opening a line (ev22): a photo's caption names the event loosely, as a demonstrative does;
    the event's kind is told by the text's own words ("خلال حفل المعايدة الذي أقامته الجمعية")."""
    return i >= 2 and tokens[i - 1].norm == _MIN_FROM and tokens[i - 2].norm == _SIDE \
        and sentence_start(tokens, i) == i - 2


_SIDE = fold("جانب")


def _reporter(tokens: list[Token], body: InstMention) -> bool:
    """ "قالت وزارة الخارجية إن الوزير سيعقد …" (ext-t108): a body right after a verb of saying, which reports."""
    return body.first > 0 and tokens[body.first - 1].sent == tokens[body.first].sent \
        and strip_clitic(tokens[body.first - 1].norm, "وف")[0] in ROLES.SPEECH


def _hosted_delegation(tokens: list[Token], insts: list[InstMention], people: People, where: WordIndex) -> list[int]:
    """ "استضاف رئيس مجلس الشورى X أمس وفدا من البرلمان الياباني", "استضافت جامعة X وفدا من …" (ext-t37): a verb of
    hosting opening its clause, an office, a name or a body right after it, and a delegation ("وفدا", "وفد") a few
    words on in its sentence: a reception of that delegation (not "استضافت مدينة X المؤتمر": a venue)."""
    out = []
    for i in where.of(_HOSTS_OR_WA):
        if i >= len(tokens) - 2 or not opens_clause(tokens, i):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
            j += 1
        if agent_at(tokens, people, j) is None and not any(m.first == j for m in insts):
            continue
        if any(tokens[k].sent == tokens[i].sent and tokens[k].norm in _DELEGATION
               for k in range(j + 1, min(len(tokens), i + _HOSTED_REACH))):
            out.append(i)
    return out


_HOSTS = frozenset(fold(w) for w in ("استضاف", "استضافت"))
_HOSTS_OR_WA = _or_wa(_HOSTS)
_DELEGATION = frozenset(fold(w) for w in ("وفدا", "وفد"))
_HOSTED_REACH = 20


def _passive_ceremony(tokens: list[Token], dates: list[DateMention], where: WordIndex) -> list[int]:
    """ "تم أمس بمقر الإمارة تكريم الفائزين بجائزة …", "جرى يوم الاثنين … تنصيب العامل الجديد" (ext-t37): a past
    "تم"/"جرى" opening its clause, then a verbal noun of honouring, installing or graduating a few words on in its
    sentence (a day and a place between, no other verbal noun): a ceremony held, told with no agent (not "سيتم
    تكريم …": one to come; not "يتم تكريم الفائزين كل عام": a custom). Its sentence states a day, a seat ("بمقر")
    or attendance ("بحضور"): "وتم تكريم وترقية الشاب X" alone is an award, no ceremony told."""
    dated = {tokens[d.first].sent for d in dates}
    out = []
    for i in where.of(_DONE_OR_WA):
        if i >= len(tokens) - 1 or not opens_clause(tokens, i):
            continue
        for k in range(i + 1, min(len(tokens), i + _DONE_REACH)):
            if tokens[k].sent != tokens[i].sent or tokens[k].norm in ("ان", "بان", fold("أن")):
                break
            if tokens[k].norm in _CEREMONY_NOUNS:
                sent = tokens[k].sent
                if sent in dated or any(t.sent == sent and (
                        strip_clitic(t.norm)[0] in ROLES.ATTEND or t.norm in ROLES.ATTEND
                        or strip_clitic(t.norm)[0] == _SEAT) for t in tokens[i:]):
                    out.append(k)
                break
    return out


_SEAT = fold("مقر")


_DONE = frozenset(fold(w) for w in ("تم", "جرى", "جرت"))
_DONE_OR_WA = _or_wa(_DONE)
_DONE_REACH = 12
_CEREMONY_NOUNS = frozenset(fold(w) for w in ("تكريم", "تنصيب", "تخريج"))
_LAUNCHES = frozenset(fold(w) for w in ("أطلق", "أطلقت"))
_LAUNCHES_OR_WA = _or_wa(_LAUNCHES)
_LAUNCHED = frozenset(fold(w) for w in ("برنامج", "برنامجا", "حملة", "حملتها", "مبادرة", "مشروع", "مشروعا",
                                         "مسابقة", "جائزة", "مهرجان", "مهرجانا"))  # (not a service or a platform put
# online; ext-t120: a festival, "أطلق المركز X مهرجان الطفولة")


def _his_meeting_with(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "خلال اجتماعه الأول باللجنة", "في اجتماعها بالمجلس": a possessive meeting noun (an ordinal may follow), then
    ب + a bare definite council or committee noun closing the phrase: the one body of that head named before it in
    the text (in its holder's office: "رئيس اللجنة العليا لمعرض …"), which met (ext-t31)."""
    if tokens[i].norm not in _HIS_MEETINGS:
        return None
    x = i + 1
    if x < len(tokens) and tokens[x].sent == tokens[i].sent and tokens[x].norm in CALENDAR.ORDINALS:
        x += 1
    if x >= len(tokens) or tokens[x].sent != tokens[i].sent or tokens[x].norm[:1] != "ب" \
            or tokens[x].norm[1:] not in _BARE_COUNCILS or any(m.first <= x < m.last for m in insts):
        return None
    after = tokens[x + 1] if x + 1 < len(tokens) else None
    if after is not None and after.sent == tokens[x].sent and after.is_word and after.article \
            and after.norm not in EVENTS.TIME_WORDS:
        return None  # "باللجنة الفنية": a body named there, read by the institutions' rules
    head = tokens[x].norm[1:]
    named = [m for m in insts if m.last <= i and fold(m.name).split()[:1] in ([head], [head[2:]])]
    return named[-1] if named and len({fold(m.name) for m in named}) == 1 else None


_HIS_MEETINGS = frozenset(fold(w) for w in ("اجتماعه", "اجتماعها", "لقائه", "لقائها", "لقاءه", "لقاءها"))
_BARE_COUNCILS = frozenset(fold(w) for w in ("اللجنة", "المجلس", "الهيئة"))


def _met_body(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "اجتمع X … مع لجنة دراسة أوضاع الهيئة": the body named right after the "مع" of a meeting verb met, not
    the one in its holder's office."""
    w = tokens[i].norm
    if w not in EVENTS.MEET_VERBS and not (w[:1] in "وف" and w[1:] in EVENTS.MEET_VERBS):
        return None
    with_at = next((k for k in range(i + 1, min(len(tokens), i + 30)) if tokens[k].sent == tokens[i].sent
                    and tokens[k].norm in (fold("مع"), fold("ومع"))), None)
    return None if with_at is None else next((m for m in insts if m.first == with_at + 1), None)


def _held_with(tokens: list[Token], insts: list[InstMention], i: int) -> bool:
    """ "اجتمع الأمين العام لمجلس … في مكتبه …، مع سفير …", "عقد مجلس إدارة النادي اجتماعا تشاوريا مع رئيس لجنة
    …" (kind2): a meeting cue with "مع" after it in its sentence is a meeting with a guest or another body, not a
    sitting of the council that holds it — the first "مع" within two words of the cue, or right after a comma, a
    day word or a body's name, with no relative or "أن" clause between (not "… بسبب حاجته إلى التعامل مع",
    "والذي عقده في مكتبه صباح اليوم مع", "بأن أي تحالف لا يكون إلا مع")."""
    k = next((k for k in range(i + 1, min(len(tokens), i + 30)) if tokens[k].sent == tokens[i].sent
              and tokens[k].norm in (_WITH, fold("ومع"))), None)
    if k is None or any(strip_clitic(tokens[x].norm)[0] in RELATIVES or tokens[x].norm in _THAT_CLAUSE
                        or tokens[x].norm in _THAT for x in range(i + 1, k)):
        return False
    if k + 1 < len(tokens) and strip_clitic(tokens[k + 1].norm)[0] in ROLES.DELEGATION:
        return False  # "عقدت لجنة … بمجلس الشورى اجتماعا مع وفد برلماني زائر": kept a sitting (aud-event's guard)
    prev = tokens[k - 1]
    return k - i <= 2 or prev.text in COMMAS or prev.norm in CALENDAR.WEEKDAYS \
        or prev.norm in CALENDAR.RELATIVE_DAYS or any(m.last == k - 1 for m in insts)


def _works_opened(tokens: list[Token], insts: list[InstMention], where: WordIndex) -> list[int]:
    """ "أشرف على انطلاق أعمال المجلس الوطني لحزبه", "ترأس X أشغال المجلس الوطني للحزب", "انعقدت … أشغال اللجنة
    الإقليمية": the works of a council or committee named right after, opened, closed, chaired, held or hosted
    in the sentence, are a sitting of that body (at the works word)."""
    return [i for i in where.of(EVENTS.WORKS) if 1 <= i < len(tokens) - 1
            and any(tokens[k].sent == tokens[i].sent and _opens_works(tokens[k].norm)
                    for k in range(max(0, i - 12), i))
            and any(m.first == i + 1 and (m.kind in ("governing_body", "parliament")
                                          or fold(m.name).split()[0] in _COUNCILS) for m in insts)]


_COUNCILS = frozenset({fold("المجلس"), fold("مجلس"), fold("اللجنة"), fold("لجنة")})


def _opens_works(w: str) -> bool:
    """ "انطلقت", "افتتاح", "ترأس", "انعقدت", "احتضن": a word that opens, chairs, holds or hosts the works after it."""
    base = strip_clitic(w)[0]
    return base in EVENTS.WORKS_OPENING or in_words(w, ROLES.CHAIR) or w in EVENTS.SITTING_VERBS \
        or base in EVENTS.SITTING_VERBS or base in EVENTS.HOST_VERBS


def _counted(tokens: list[Token], i: int, people: People, dates: list[DateMention]) -> bool:
    """ "استقبلت المستشفيات 3864 مراجعا", "استمرار استقباله طلبات الترشيح": a reception whose object is counted
    or is applications takes in the public, it is no meeting with a guest."""
    if not strip_clitic(tokens[i].norm)[0].startswith(fold("استقب")):
        return False
    in_date = {k for d in dates for k in range(d.first, d.last)}
    for j in range(i + 1, min(len(tokens), i + 12)):
        if tokens[j].sent != tokens[i].sent or (any(m.first == j for m in people.persons)
                                                 or any(p.first == j for p in people.posts)):
            return False
        if (tokens[j].norm.isdigit() and j not in in_date) or (j <= i + 4 and tokens[j].norm in EVENTS.COUNTED):
            return True
    return False


def _almanac_item(tokens: list[Token], i: int) -> bool:
    """ "… في مثل هذا اليوم على النحو التالي: 1918 - … . 1925 - منظمة X تنظم أول مؤتمر وطني … . 1936 - توقيع
    اتفاقية …" (aud-event): a cue in an item of a dated list of the past — its sentence (or the part after a colon)
    opens with a year in four digits and a dash, then words — is history the text lists, no event it reports
    ("للعام 1436 - 1437", a year after the dash, is a span of years, no list item)."""
    sent = tokens[i].sent
    for k in range(i - 1, -1, -1):
        if tokens[k].sent != sent:
            return False
        if tokens[k].text in _ITEM_DASHES and k > 0 and _year_digits(tokens[k - 1].text) \
                and (k - 1 == 0 or tokens[k - 2].sent != sent or tokens[k - 2].text in _ITEM_OPENERS) \
                and tokens[k + 1].is_word:
            return True
    return False


_ITEM_DASHES = frozenset({"-", "–", "—"})
_ITEM_OPENERS = frozenset({":", ".", "،", "؛"})


def _year_digits(text: str) -> bool:
    return len(text) == 4 and text.isascii() and text.isdigit() and text[0] in "12"


def _standing_congress(tokens: list[Token], i: int) -> bool:
    """ "عودة المؤتمر الوطني إلى مباحثات جنيف", "المؤتمر الوطني العام الليبي", "المؤتمر الشعبي العام (حزب …)",
    "أحزاب … والمؤتمر الوطني الاتحادي" (aud-event): "المؤتمر الوطني/الشعبي" as a standing body's name (a
    parliament, a party) holds no conference. It is one when a word of such a body follows ("العام", "الاتحادي",
    "الحاكم", "المنتهية ولايته"), or when nothing makes it a gathering: no ordinal or complement after it ("المؤتمر
    الوطني التاسع للحزب", "المؤتمر الوطني للصحة", "… حول …") and no word of holding or taking part before it ("عقد",
    "افتتاح", "أشغال", "في", "خلال" …)."""
    base = strip_clitic(tokens[i].norm)[0]
    if base != _CONGRESS:
        lam = lam_article(tokens[i].norm)
        if lam is None or lam[0] != _CONGRESS:
            return False
    k = _next_word(tokens, i)
    if k is None or tokens[k].norm not in _CONGRESS_KINDS:
        return False
    after = _next_word(tokens, k)
    if after is not None and tokens[after].norm in _STANDING_MARKS:
        return True
    if after is not None and (tokens[after].norm in _GATHERING_AFTER or tokens[after].norm[:1] == fold("ل")
                              or tokens[after].norm.isdigit()):
        return False
    before = [tokens[x].norm for x in range(max(0, i - 2), i) if tokens[x].sent == tokens[i].sent]
    return not any(strip_clitic(w)[0] in _GATHERING_BEFORE or w in _GATHERING_BEFORE for w in before)


def _next_word(tokens: list[Token], i: int) -> int | None:
    """The next word of the sentence, past quotation marks and brackets."""
    for k in range(i + 1, min(len(tokens), i + 4)):
        if tokens[k].sent != tokens[i].sent:
            return None
        if tokens[k].is_word:
            return k
        if tokens[k].text not in _QUOTES:
            return None
    return None


_CONGRESS = fold("المؤتمر")
_CONGRESS_KINDS = frozenset(fold(w) for w in ("الوطني", "الشعبي"))
_STANDING_MARKS = frozenset(fold(w) for w in ("العام", "الاتحادي", "الإتحادي", "الحاكم", "المنتهية", "الليبي",
                                             "السوداني", "العراقي", "اليمني"))
_GATHERING_AFTER = frozenset(fold(w) for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي",
    "السنوي", "الاستثنائي", "حول", "تحت", "بعنوان", "الذي", "التي", "المقبل", "القادم",
    "المنعقد", "المنظم"))
_GATHERING_BEFORE = frozenset(fold(w) for w in (
    "عقد", "عقدت", "يعقد", "تعقد", "انعقاد", "انعقد", "ينعقد", "افتتاح", "افتتح", "افتتحت", "اختتام", "اختتم",
    "ختام", "أشغال", "اشغال", "فعاليات", "أعمال", "جلسات", "في", "خلال", "هامش", "حضور", "حضر", "شارك", "مشاركة",
    "انطلاق", "انطلقت", "تنظيم", "نظم", "نظمت", "يحتضن", "احتضن", "مؤتمر"))
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES | {"'"}


def _numbered(tokens: list[Token], i: int, dates: list[DateMention]) -> bool:
    """ "رعايتها لـ20 ملتقى", "نظمت 15 اجتماعا": a cue counted by a number before it (not the end of a date:
    "يوم 16 مارس 2019 ندوة") tells how many events were held, it reports none of them."""
    if i == 0 or tokens[i - 1].sent != tokens[i].sent or any(d.first < i <= d.last for d in dates):
        return False
    count = tokens[i - 1].norm.lstrip("وبل")
    return (count.isdigit() or count in _COUNT_WORDS) and not tokens[i].article  # (or spelled: "لعشرين ملتقى")


_COUNT_WORDS = frozenset(fold(w) for w in (
    "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "أربعون", "خمسين", "خمسون", "ستين", "ستون", "سبعين", "سبعون",
    "ثمانين", "ثمانون", "تسعين", "تسعون", "مئة", "مائة"))
"""Tens and a hundred written out, before a singular cue: how many events were held ("تنفيذ الجمعية لعشرين ملتقى
معايدة", ext-t156), as a number in digits is (the units take a plural noun, which is no cue)."""


def _background(tokens: list[Token], i: int) -> bool:
    """ "وكانت الدول قد وقعت في 2014 على …", "يذكر أن المجموعة … وقعت": a signing told as background."""
    sent = [k for k in range(max(0, i - 12), i) if tokens[k].sent == tokens[i].sent]
    pluperfect = i > 0 and tokens[i - 1].norm == "قد" and any(
        tokens[k].norm.removeprefix("و") in (fold("كان"), fold("كانت")) for k in sent)
    opener = next((t for t in tokens if t.sent == tokens[i].sent and t.is_word), tokens[i])
    return pluperfect or strip_clitic(opener.norm)[0] in EVENTS.BACKGROUND_OPENERS


def _rumoured(tokens: list[Token], i: int) -> bool:
    """ "وجاء ذلك بعد الأنباء التي ترددت عن قيام إدارة النادي بتوقيع عقد رعاية مع الشركة", "نفى صحة الشائعات عن زيارة
    الوزير" (ev15): a cue a few words after a word of rumour ([rumours]) and the "عن" that tells what it is about, in
    its sentence, is an event rumoured, not reported ("ونقلت وكالة الأنباء عن الوزير قوله خلال الاجتماع": the news
    agency's word is no rumour; "وسط تكهنات عن مشاركة المغرب من عدمها في المنتدى" speaks of a taking part, the event
    after "في" stays)."""
    for k in range(i - 1, max(-1, i - _RUMOUR_REACH), -1):
        if tokens[k].sent != tokens[i].sent:
            return False
        if strip_clitic(tokens[k].norm, "وب")[0] in EVENTS.RUMOURS \
                and not (k > 0 and _agency_word(tokens[k - 1].norm)) \
                and any(tokens[x].norm == _ABOUT_WHAT and i - x <= _RUMOUR_ABOUT
                        and not any(tokens[y].norm == _IN for y in range(x + 1, i))
                        for x in range(k + 1, min(i, k + _RUMOUR_ABOUT))):
            return True
    return False


def _agency_word(norm: str) -> bool:
    """ "وكالة", "لوكالة", "الوكالة": a news agency's word ("وكالة" keeps its own و)."""
    return norm in _AGENCY or strip_clitic(norm, "لب")[0] in _AGENCY


_RUMOUR_REACH = 10
_RUMOUR_ABOUT = 5
_ABOUT_WHAT = fold("عن")


_BACKGROUND_KINDS = frozenset(("meeting", "session", "assembly", "visit", "other"))


def _background_opener(tokens: list[Token], i: int) -> bool:
    """ "يذكر أن المجلس عقد في وقت سابق اجتماعا …", "الجدير بالذكر أن اللجنة عقدت الشهر الماضي اجتماعا …"
    (ext-t82): an indefinite event cue, a word of earlier time a few words around it, in a sentence that opens with a
    word of background, tells an earlier event recalled, not one the text reports ("يشار إلى أن الاجتماع حضره …"
    speaks of the text's own event; "… في المؤتمر الذي سينعقد" announces one)."""
    if tokens[i].article or not any(tokens[x].norm in _EARLIER and tokens[x].sent == tokens[i].sent
                                    for x in range(max(0, i - _EARLIER_REACH), min(len(tokens), i + _EARLIER_REACH))):
        return False
    k = sentence_start(tokens, i)
    while k < i and not tokens[k].is_word:
        k += 1
    return strip_clitic(tokens[k].norm)[0] in EVENTS.BACKGROUND_OPENERS


_EARLIER = frozenset(fold(w) for w in ("سابق", "سابقا", "الماضي", "الماضية", "المنصرم", "المنصرمة", "مؤخرا"))
_EARLIER_REACH = 8


def _patient_received(tokens: list[Token], i: int) -> bool:
    """ "وكان قسم الطوارئ قد استقبل طفلا يعاني من …", "استقبل المستشفى أمس 12 مصابا" (ext-t44): a reception verb
    whose object, within a few words (a time word or a number between), is a patient, a case or the injured — a
    hospital's work, not a reception of guests."""
    if tokens[i].norm in _RECEIVED_IT and i > 0 and tokens[i - 1].norm in _DONE_PASSIVE:
        # "وأوضح الطبيب أن الحالات تم استقبالها …" (ext-t127): "تم" + the verbal noun with a pronoun whose
        # antecedent, a few words back in its sentence, is the patients or cases
        return any(tokens[k].norm in _PATIENTS and tokens[k].sent == tokens[i].sent
                   for k in range(max(0, i - _PATIENTS_BACK), i - 1))
    if strip_clitic(tokens[i].norm, "و")[0] not in EVENTS.RECEIVED:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent and tokens[i + 1].norm in _WARDS:
        return True  # "استقبل قسم الطوارئ بالمستشفى امرأة …", "استقبل مستشفى X أمس …": a hospital receives patients
    for k in range(i + 1, min(len(tokens), i + 5)):
        if tokens[k].sent != tokens[i].sent:
            return False
        if tokens[k].norm in _PATIENTS:
            return True
    return False


_RECEIVED_IT = frozenset(fold(w) for w in ("استقبالها", "استقباله", "استقبالهم"))
_DONE_PASSIVE = frozenset(fold(w) for w in ("تم", "يتم", "وتم"))
_PATIENTS_BACK = 5


def _crowd_received(tokens: list[Token], i: int) -> bool:
    """ "كما استقبل عديد المواطنين الحملة بعبارات …", "واستقبل الأهالي الوفد بالأهازيج" (ext-t127): a reception verb
    whose subject, right after it, is the public (citizens, residents, visitors, fans), with or without a word of
    number before it, tells how people greeted someone, no meeting an institution held; a host named after the verb
    ("استقبل الأمير عددا من المواطنين") is left alone."""
    if strip_clitic(tokens[i].norm, "و")[0] not in EVENTS.RECEIVED:
        return False
    j = i + 1
    if j < len(tokens) and tokens[j].sent == tokens[i].sent and tokens[j].norm in _CROWD_COUNTS:
        j += 1
        if j < len(tokens) and tokens[j].norm == _MIN_FROM:
            j += 1
    return j < len(tokens) and tokens[j].sent == tokens[i].sent and tokens[j].norm in _PUBLIC


_CROWD_COUNTS = frozenset(fold(w) for w in ("عديد", "العديد", "عدد", "آلاف", "الآلاف", "مئات", "المئات", "عشرات",
                                            "جموع", "حشود", "حشد", "جمهور", "جماهير", "آلاف"))
_PUBLIC = frozenset(fold(w) for w in ("المواطنين", "المواطنون", "المواطنات", "السكان", "الأهالي", "الاهالي",
                                      "الساكنة", "الزوار", "الزائرين", "الجماهير", "المشجعين", "المشجعون",
                                      "الجمهور", "المصلين", "المصلون", "الحجاج", "المعتمرين"))


def _tally_received(tokens: list[Token], i: int) -> bool:
    """ "استقبل المركز في أيام العيد نحو 1800 زائر", "واستقبل المركز أكثر من 200 وفد منذ إنشائه" (ext-t140): a
    reception verb whose object, later in its clause, is a word of about or more than and then a number (or a bare
    number of a thousand or more) tells a tally of people received over time, no one reception; a count with no
    such word ("استقبل الوزير 3 وفود") is left alone."""
    if strip_clitic(tokens[i].norm, "و")[0] not in EVENTS.RECEIVED:
        return False
    for k in range(i + 1, min(len(tokens), i + _TALLY_REACH)):
        if tokens[k].sent != tokens[i].sent:
            return False
        if not tokens[k].norm.isdigit():
            continue
        about = tokens[k - 1].norm in _ABOUT or (tokens[k - 1].norm == _MIN_FROM and tokens[k - 2].norm in _ABOUT)
        return about or int(tokens[k].norm) >= _TALLY_LEAST
    return False


def _no_guest_received(tokens: list[Token], i: int) -> bool:
    """ "استقبلت البلدية العيد بزينة …", "استقبل السكان نبأ القرار …", "واستقبلت الأسرة العزاء في فقيدها" (fev): a
    reception verb whose object, within a few words after it in its sentence and not after a preposition or a time
    noun ("استقبل الأمير في أول أيام العيد …" is a reception), is a holiday or a season, news, or condolences and their
    callers, tells how a place, a people or a family met them: no guest received, no meeting."""
    if strip_clitic(tokens[i].norm, "و")[0] not in EVENTS.RECEIVED:
        return False
    for k in range(i + 2, min(len(tokens), i + _NO_GUEST_REACH)):
        if tokens[k].sent != tokens[i].sent:
            return False
        if tokens[k].norm in _NO_GUESTS:
            return tokens[k - 1].norm not in _BEFORE_SEASON
    return False


_NO_GUEST_REACH = 5
_NO_GUESTS = frozenset(fold(w) for w in ("العيد", "عيد", "رمضان", "نبأ", "النبأ", "خبر", "الخبر", "أنباء", "الأنباء",
                                         "العزاء", "المواسين", "اتصالات"))
_BEFORE_SEASON = frozenset(fold(w) for w in ("في", "خلال", "أيام", "ايام", "يوم", "أول", "اول", "ثاني", "ثالث", "صباح",
                                             "مساء", "ليلة", "بمناسبة", "مع", "قبل", "بعد"))
_TALLY_REACH = 15
_TALLY_LEAST = 1000
_ABOUT = frozenset(fold(w) for w in ("نحو", "أكثر", "اكثر", "قرابة", "حوالي", "حوالى", "زهاء", "يزيد", "يقارب",
                                     "أزيد", "ازيد", "يفوق", "يناهز"))


def _courses_listed(tokens: list[Token], i: int) -> bool:
    """ "… الدورات المطلوبة، وهي: دورة الإسعاف الأولي، ودورة السلامة …" (ext-t140): an indefinite "دورة" with a
    second indefinite "دورة" a few words before or after it in its sentence, neither with an ordinal, a number, a month
    or a sitting type after it, lists courses, no sitting ("دورة عادية ودورة استثنائية" is left alone)."""
    def course(k: int) -> bool:
        if tokens[k].article or strip_clitic(tokens[k].norm)[0] != _COURSE or tokens[k].sent != tokens[i].sent:
            return False
        if k + 1 >= len(tokens) or tokens[k + 1].sent != tokens[k].sent:
            return False
        w = tokens[k + 1].norm
        return not (w in EVENTS.SITTING_TYPES or fold("ال") + w in EVENTS.SITTING_TYPES or w in CALENDAR.ORDINALS
                    or w in CALENDAR.MONTHS or w.isdigit())
    return course(i) and any(course(k) for k in range(max(0, i - _COURSES_REACH), min(len(tokens), i + _COURSES_REACH))
                             if k != i)


_COURSE = fold("دورة")
_COURSES_REACH = 7


def _science_word(tokens: list[Token], i: int) -> bool:
    """ "أستاذ علم الاجتماع", "عالمة الاجتماع الراحلة" (ext-t140): "الاجتماع" right after a word of science or
    scholar is sociology, no meeting; so is "والاجتماع" joined to other fields of a science word ("علوم التاريخ
    والاجتماع", "علم النفس والاجتماع"), or to fields with a science word after it ("الإعلام والاجتماع وعلم النفس")
    (ev4)."""
    if i == 0:
        return False
    if tokens[i].norm == _SOCIAL:
        return strip_clitic(tokens[i - 1].norm)[0] in _SCIENCE
    return tokens[i].norm == _AND_SOCIAL and (_field_of_science(tokens, i) or (
        i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent
        and tokens[i + 1].norm[:1] == "و" and tokens[i + 1].norm[1:] in _SCIENCE))


def _field_of_science(tokens: list[Token], i: int) -> bool:
    """ "علم التاريخ والاجتماع", "علمي النفس والاجتماع": before "والاجتماع", a definite field (or two, joined by و)
    right after a word of science."""
    k = i - 1
    for _ in range(_FIELDS_REACH):
        if k < 1 or tokens[k].sent != tokens[i].sent or not tokens[k].is_word \
                or not strip_clitic(tokens[k].norm, "و")[0].startswith("ال"):
            return False
        if strip_clitic(tokens[k - 1].norm)[0] in _SCIENCE:
            return True
        k -= 1
    return False


_SOCIAL = fold("الاجتماع")
_AND_SOCIAL = fold("والاجتماع")
_SCIENCE = frozenset(fold(w) for w in ("علم", "عالم", "عالمة", "علماء", "عالما", "علوم", "قسم", "قسمي", "علمي",
                                       "العلوم"))
_FIELDS_REACH = 2


def _at_that_time(tokens: list[Token], i: int) -> bool:
    """ "حيث كنت آنذاك أعد الخطة الأمنية للمنتدى", "وكان حينذاك يحضر الاجتماع" (ext-t140): an event word a few
    words after "آنذاك" ("حينذاك", "وقتئذ") in its sentence belongs to a time recalled, no event the text reports."""
    return any(strip_clitic(tokens[k].norm, "و")[0] in _AT_THAT_TIME and tokens[k].sent == tokens[i].sent
               for k in range(max(0, i - _THEN_REACH), i))


_AT_THAT_TIME = frozenset(fold(w) for w in ("آنذاك", "انذاك", "حينذاك", "حينئذ", "وقتذاك", "وقتئذ", "آنئذ"))
_THEN_REACH = 12


def _time_limit(tokens: list[Token], i: int) -> bool:
    """ "يسري العقد حتى انتهاء جلسة الجمعية العامة", "لغاية نهاية الدورة الحالية", "إلى حين انعقاد الجمعية العمومية"
    (ext-t163): an event word right after the end (or the holding, or its date) of which a term runs, itself right
    after "حتى"/"لغاية"/"لحين" ("إلى غاية", "إلى حين"), sets a time limit; it reports no event."""
    k = i - 1
    while k >= 0 and i - k <= 2 and tokens[k].sent == tokens[i].sent and tokens[k].norm in _LIMIT_ENDS:
        k -= 1
    if k == i - 1 or k < 0 or tokens[k].sent != tokens[i].sent:
        return False
    w = tokens[k].norm
    if w in _UNTIL:
        return True
    return w in _UNTIL_AFTER_ILA and k > 0 and strip_clitic(tokens[k - 1].norm, "و")[0] in TO_WORDS


_LIMIT_ENDS = frozenset(fold(w) for w in ("انتهاء", "نهاية", "انقضاء", "ختام", "اختتام", "انعقاد", "موعد", "تاريخ"))
_UNTIL = frozenset(fold(w) for w in ("حتى", "وحتى", "لغاية", "ولغاية", "لحين", "ولحين"))
_UNTIL_AFTER_ILA = frozenset(fold(w) for w in ("غاية", "حين"))


def _travellers_received(tokens: list[Token], people: People, i: int) -> bool:
    """ "وكان في استقبال الطائرة عند وصولها X", "استقبل وكيل الإمارة المسافرين بالورود", "استقبلت بالبروتوكول الدولي"
    (ext-t120): a reception whose object, right after the verb or noun or right after the office or name of its
    subject, is a flight, an aircraft or its passengers (or, with no subject, a ceremonial manner: "بالبروتوكول",
    "بالورود", the aircraft received), welcomes a flight at an airport, no meeting of guests."""
    w = strip_clitic(tokens[i].norm, "و")[0]
    if w not in EVENTS.RECEIVED and w not in EVENTS.RECEPTION_NOUN:
        return False
    j = i + 1
    if j >= len(tokens) or tokens[j].sent != tokens[i].sent:
        return False
    if tokens[j].norm in _FLIGHTS or (w in EVENTS.RECEIVED and tokens[j].norm in _MANNERS):
        return True
    agent = agent_at(tokens, people, j)
    if agent is None:
        return False
    end = max(m.last for m in (agent.person, agent.post) if m is not None)
    end = next((pm.last for pm in people.persons if pm.first == end), end)  # the name after the office
    return end < len(tokens) and tokens[end].sent == tokens[i].sent and tokens[end].norm in _FLIGHTS


_FLIGHTS = frozenset(fold(w) for w in ("الطائرة", "الطائرات", "الرحلة", "الرحلات", "المسافرين", "الركاب",
                                       "المسافرون"))
_MANNERS = frozenset(fold(w) for w in ("بالبروتوكول", "بالبروتكول", "بالورود", "بالزهور", "بالمقص"))


_MATCH_MEETINGS = frozenset(fold(w) for w in ("لقاء", "لقاءا", "اللقاء",
                                              # (ev28) the team's own: "خسر النادي لقاءه الودي الرابع"
                                              "لقاءه", "لقائه", "لقاءها", "لقائها"))


def _meeting_noun(norm: str) -> bool:
    """ "لقاء", "ولقاء", "بلقاء", "اللقاء", and "للقاء" or "وللقاء" (ل + "اللقاء", the article's lam merged into the
    noun's: "استعدادا للقاء السوبر") (ev10): the meeting noun a match may be called by."""
    lam = lam_article(norm)
    return strip_clitic(norm, "وب")[0] in _MATCH_MEETINGS or (lam is not None and lam[0] in _MATCH_MEETINGS)


_OPENING_QUOTES = frozenset(("«", "“", '"'))
_FRIENDLY = frozenset(fold(w) for w in ("ودي", "وديا", "الودي", "ودية", "الودية"))
_PLAYED = frozenset(fold(w) for w in ("خاض", "وخاض", "يخوض", "تخوض", "سيخوض", "ستخوض"))
_OPPONENTS = frozenset(fold(w) for w in ("أمام", "فريق", "نادي", "منتخب", "الفريق", "النادي", "المنتخب"))
_SIDES = frozenset(fold(w) for w in ("فريق", "الفريق", "منتخب", "المنتخب", "مواجهة", "المواجهة", "مواجهات",
                                     "المواجهات", "مباراة", "المباراة", "مباريات", "المباريات", "الدوري", "دوري"))


def _friendly_match(tokens: list[Token], i: int) -> bool:
    """ "خاض الفريق الأول لقاء وديا أمام نادي X": a meeting noun played ("خاض") or called friendly against a team is
    a match, no meeting (ext-t94)."""
    if not _meeting_noun(tokens[i].norm):
        return False
    n = i + 2 if i + 2 < len(tokens) and tokens[i + 1].norm in _OPENING_QUOTES else i + 1  # "لقاء «ديربي»" (ev16)
    if n < len(tokens) and tokens[n].sent == tokens[i].sent and tokens[n].norm in EVENTS.MATCH_AFTER:
        return True  # "في لقاء الذهاب", "اللقاء الكروي", "لقاء السوبر": a match's own word (the lead)
    if i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent and tokens[i + 1].norm in _FRIENDLY \
            and any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm, "و")[0] in _OPPONENTS
                    for k in range(i + 2, min(len(tokens), i + 5))):
        return True  # "لقاء وديا أمام …", "… مع فريق X" ("لقاء ودي مع أعضاء الشرف" stays a meeting)
    if any(tokens[k].sent == tokens[i].sent and tokens[k].norm == _BEFORE
           for k in range(i + 1, min(len(tokens), i + 4))) \
            and any(strip_clitic(tokens[k].norm, "و")[0] in _SIDES
                    for k in takewhile(lambda k: tokens[k].sent == tokens[i].sent,
                                       range(sentence_start(tokens, i), len(tokens)))):
        return True  # "سيخوض الفريق مواجهتين … أما اللقاء الثالث فسيكون أمام X" (ev2s): a meeting noun against a side,
        # a few words on, in a sentence of a team or a match, is a match ("لقاء أمام مقر الوزارة مع المعتصمين" stays)
    return any(tokens[k].sent == tokens[i].sent and tokens[k].norm in _PLAYED for k in range(max(0, i - 8), i))


_LEAGUE = frozenset(fold(w) for w in ("الدوري", "دوري", "استاد", "إستاد", "ستاد", "ملعب", "الملعب", "ملاعب",
                                      "الملاعب", "المباراة", "مباراة", "المباريات", "الشوط", "نهائي", "النهائي",
                                      "الجولة", "المرحلة"))


def _league_match(tokens: list[Token], insts: list[InstMention], i: int) -> bool:
    """ "قبل أول لقاء للفريق في الدوري", "أقيم اللقاء على استاد المدينة", "خلال لقاء نهائي البطولة في الملعب"
    (fev): "لقاء" in a sentence with a league's, a stadium's, a pitch's or a match's word (outside any body's name:
    "لقاء رئيس الاتحاد لكرة القدم بالوزير" stays) is a match, no meeting."""
    if not _meeting_noun(tokens[i].norm):
        return False
    named = {x for m in insts for x in range(m.first, m.last)}
    return any(tokens[k].sent == tokens[i].sent and k not in named
               and (tokens[k].norm in _LEAGUE or strip_clitic(tokens[k].norm)[0] in _LEAGUE)
               for k in range(max(0, i - _MATCH_BACK), min(len(tokens), i + _MATCH_AHEAD)))


def _player_welcomed(tokens: list[Token], i: int) -> bool:
    """ "وصل اللاعب X إلى الرياض، وكان في استقباله عضو مجلس إدارة النادي Y": a player or a coach welcomed on arrival
    (a player, coach or goalkeeper word before "في استقباله" in its sentence) is a sports arrival, no institutional
    reception (ext-t94)."""
    if tokens[i].norm not in _RECEIVED_IT or i == 0 or tokens[i - 1].norm != fold("في"):
        return False
    return any(strip_clitic(tokens[k].norm)[0] in EVENTS.CONTRACT_PLAYERS for k in range(sentence_start(tokens, i), i))


def _adopted_before(tokens: list[Token], i: int, hits: list[tuple[int, str]]) -> bool:
    """ "قرر مجلس الوزراء الموافقة على اتفاقية … التي أقرها المؤتمر العام لمنظمة X في دورته (31) المنعقدة …" (ext-t52):
    a cue within a few words after a relative clause's approval verb ("التي أقرها", "الذي اعتمده", "التي وافق
    عليها") tells where the approved text was adopted before — another body's earlier sitting, not an event of the
    text — when a cue of an earlier sentence reports the text's own event."""
    sent = tokens[i].sent
    if not any(tokens[j].sent < sent for j, _ in hits):
        return False
    return any(tokens[j].sent == sent and relative_approval(tokens, j) is not None
               and not any(tokens[x].text in _CLAUSE_ENDS for x in range(j, i))
               for j in range(max(0, i - _ADOPTED_REACH), i))


_ADOPTED_REACH = 18
_CLAUSE_ENDS = frozenset(("،", ",", "؛", ";", ":"))


def _past_or_trading_session(tokens: list[Token], i: int) -> bool:
    """ "وحقق العقدان مكاسب في الجلسة السابقة", "ناقش المجلس في جلسته الماضية", "جلسة التداول" (ext-t44): a sitting
    word right before "السابقة", "الماضية", "الفائتة" or "المنصرمة" tells a sitting before the one reported, and before
    "تداول" or "التداول" a trading day — no event of the text."""
    if tokens[i].norm not in _SITTING_WORDS or i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    return tokens[i + 1].norm in _BEFORE_THIS or tokens[i + 1].norm in _TRADING


def _long_ago(tokens: list[Token], i: int) -> bool:
    """ "وفي عام 1981 أقر البرلمان قانون الضم", "عقدت الدول الأعضاء مؤتمرا طارئا بتاريخ 18 أغسطس 1971" (ev4): a year of
    the last century near an event word in its sentence tells history recalled, no event the text reports — unless it
    counts since when ("أول زيارة منذ عام 1979" is one held now), numbers a resolution ("القرار 1973"), or is a day
    remembered, a founding or a birth, a word of which stands between the event word and the year (or right before
    the year)."""
    sent = tokens[i].sent
    for x in range(max(0, i - _LONG_AGO_REACH), min(len(tokens), i + _LONG_AGO_REACH + 1)):
        w = tokens[x].norm
        if tokens[x].sent != sent or not (len(w) >= 4 and w[:2] == "19" and w[:4].isdigit() and w[4:] in ("", "م")):
            continue
        if any(strip_clitic(tokens[k].norm, "و")[0] in _SINCE_OR_NUMBER for k in range(max(0, x - 2), x)):
            continue
        if not any(tokens[k].norm in _ANNIVERSARY or strip_clitic(tokens[k].norm)[0] in _REMEMBERED
                   for k in range(min(i, x - 3), max(i, x))):
            return True
    return False


_LONG_AGO_REACH = 20
_SINCE_OR_NUMBER = frozenset(fold(w) for w in ("منذ", "مند", "رقم", "القرار", "قرار", "بالقرار", "رقمي"))
_REMEMBERED = frozenset(fold(w) for w in ("مناسبة", "مرور", "تأسيس", "تأسيسه", "تأسيسها", "تأسس", "تأسست", "أسس",
                                          "أسست", "إنشاء", "إنشائه", "إنشائها", "أنشئ", "أنشئت", "ثورة", "الثورة",
                                          "مواليد", "المولود", "ولد", "ولدت", "العيد", "عيد", "اليوبيل", "يوبيل",
                                          "الذكرى", "ذكرى"))
"""Words that make a past year one remembered, founded or born in: "حفلا بمناسبة الذكرى الستين لثورة 14 تموز 1958",
"مجلس التعاون الذي تأسس عام 1981", "الوزير X (من مواليد 1960)": the event itself is today's."""


def _past_year_after(tokens: list[Token], i: int, now: int | None, dated: bool, in_dates: Set[int]) -> bool:
    """ "من خلال توقيعه على اتفاقية رسل السلام عام 2011م", "وكانت آخر زيارة قام بها لموسكو في 2010" (ev12): a year
    of this century within ten words of an event word in its sentence, right after "عام", "سنة" or "في" that tells
    when (not "منذ عام 2009", which counts since when, nor "نتائج عام 2014", a year's accounts), tells an event
    recalled, no event the text reports, when the year is before the text's own (``now``: its publication's when
    ``dated``, else the latest year it names) or, in an undated text naming no later year, when no word of the
    future stands near the event word ("ستعقد اللجنة اجتماعها في عام 2017" announces one). A year in a day's date
    (``in_dates``: "اجتماعها يوم 5 أغسطس عام 2015") dates the event itself."""
    sent = tokens[i].sent
    near = [x for x in range(max(0, i - 3 * _PAST_YEAR_REACH), min(len(tokens), i + 3 * _PAST_YEAR_REACH))
            if x != i and tokens[x].sent == sent and (tokens[x].is_word or tokens[x].norm[:1].isdigit())]
    words = [x for x in near if x > i][:_PAST_YEAR_REACH] + [x for x in near if x < i][-_PAST_YEAR_REACH:]
    for x in words:
        w = tokens[x].norm.removesuffix("م")
        hijri = _hijri_past(tokens, x, now)  # "أصدر الملك أمرا … في منتصف عام 1346هـ" (ev16)
        if not (hijri or (len(w) == 4 and w[:2] == "20" and w.isdigit())) or x in in_dates:
            continue
        if not hijri and not (now is not None and int(w) < now) and (dated or future(tokens, i)):
            continue
        k = x - 1
        if tokens[k].norm in _YEAR_WORDS:
            k -= 1
        elif strip_clitic(tokens[k].norm, "و")[0] != _FI:
            continue
        if k != i and strip_clitic(tokens[k].norm, "و")[0] not in _SINCE_OR_NUMBER | _YEAR_FIGURES:
            return True
    return False


def _hijri_past(tokens: list[Token], x: int, now: int | None) -> bool:
    """ "في منتصف عام 1346هـ", "وفي عام 1428هـ نظمت المؤسسة ورشة" (ev15, ev16): the token at ``x`` is a Hijri year
    (`_hijri_year_at`) whose Gregorian year ends more than a year before the text's own ``now``."""
    if now is None or not _hijri_year_at(tokens, x):
        return False
    opens = hijri_year_opens(int(tokens[x].norm[:4]))
    return opens is not None and opens + 1 < now


def _hijri_year_at(tokens: list[Token], x: int) -> bool:
    """ "1428هـ", "1346 هـ": a Hijri year (13xx or 14xx) with its mark joined or next."""
    w = tokens[x].norm
    return len(w) >= 4 and w[:4].isdigit() and w[:2] in ("13", "14") and (
        w[4:] in _HIJRI_MARKS or (not w[4:] and x + 1 < len(tokens) and tokens[x + 1].norm in _HIJRI_MARKS))


def _latest_year(tokens: list[Token]) -> int | None:
    """The latest Gregorian year the text names ("2015", "2015م"), or the Gregorian year a Hijri one it names opens
    in ("1436هـ", "1436 هـ"), when it has no publication date: the text's own time, at the latest."""
    years = []
    for n, t in enumerate(tokens):
        w = t.norm.removesuffix("م")
        if len(w) == 4 and w.isdigit() and w[:2] == "20":
            years.append(int(w))
        elif t.norm[:2] == "14" and _hijri_year_at(tokens, n):
            opens = hijri_year_opens(int(t.norm[:4]))
            if opens is not None:
                years.append(opens)
    return max(years, default=None)


_HIJRI_MARKS = frozenset(fold(w) for w in ("هـ", "ه", "هجري", "هجرية", "للهجرة"))


_PAST_YEAR_REACH = 10
_YEAR_WORDS = frozenset(fold(w) for w in ("عام", "سنة", "العام", "السنة"))
_FI = fold("في")
_YEAR_FIGURES = frozenset(fold(w) for w in ("برسم", "نتائج", "حصيلة", "ميزانية", "موازنة", "حساب", "الحساب",
                                            "تقرير", "بيانات", "أرباح", "خلال", "مطلع", "بداية",
                                            "نهاية", "أواخر", "أوائل"))


def _recalled_month(tokens: list[Token], i: int) -> bool:
    """ "خلال لقائه بأعيان المنطقة في منتدى … نهاية شهر شعبان الماضي", "في اجتماعها خلال العام الماضي" (ext-t75): an
    event word whose own phrase (the next 20 tokens of its sentence, no comma or "أن" clause between) puts it in a
    past month or year — a month's name or "الشهر", "العام", "السنة" before "الماضي", after a word of time ("في",
    "خلال", "نهاية", "مطلع" …) — tells an event recalled, not the one the text reports ("نتائج العام الماضي" is what
    is spoken of). A month glossed in brackets by its other name ("في مايو (أيار) الماضي") is read as one month;
    the same phrase opening the sentence of the cue ("وفي يونيو (حزيران) الماضي وقعت المفوضية …") recalls it too
    (s13-ev6)."""
    sent = tokens[i].sent
    kind = cue_kind(tokens, i) if may_cue(tokens[i].norm) else None
    for x in range(i + 2, min(len(tokens), i + 21)):
        if tokens[x].sent != sent or tokens[x].norm in _THAT_CLAUSE or tokens[x].text in _CLAUSE_ENDS:
            return False
        if kind is not None and x > i + _OWN_PHRASE and tokens[x].is_word and may_cue(tokens[x].norm) \
                and cue_kind(tokens, x) == kind:
            break  # "زيارة الوزير … تكملة لزيارته السابقة في مايو الماضي": the phrase dates that other event of the
            # same kind (not one of the cue's own phrase: "الدورة الخامسة للمنتدى المنعقد في أبريل الماضي"; not one
            # of another kind: "خلال لقائه بالأعيان في منتدى … نهاية شهر شعبان الماضي")
        start = _past_phrase_start(tokens, x)
        if start is not None and start > i and (strip_clitic(tokens[start - 1].norm, "و")[0] in _TIME_LEADS
                                                or tokens[start - 1].norm in _HELD_LEADS):
            return True
        if _dated_in_its_clause(tokens, i, x, start):
            return True
    return _recalled_opening(tokens, i)


def _dated_in_its_clause(tokens: list[Token], i: int, x: int, start: int | None) -> bool:
    """ "في الاجتماع الأخير الذي عقد في نيروبي وحضره الرئيس X الأسبوع الماضي" (ev26): a past week, month or year
    ending the relative clause that follows the event word (its pronoun within two words of it, a verb after it)
    dates that event: one recalled, not the one the text reports."""
    rel = next((r for r in range(i + 1, min(len(tokens), i + 3)) if tokens[r].norm in RELATIVES), None)
    if rel is None or rel + 1 >= len(tokens) or not tokens[rel + 1].is_word or tokens[rel + 1].article:
        return False
    if start is None and tokens[x].norm in _PAST_ONE and tokens[x - 1].norm == _WEEK:
        start = x - 1
    return start is not None and start > rel + 1


_WEEK = fold("الأسبوع")


def _past_phrase_start(tokens: list[Token], x: int) -> int | None:
    """Where a past month or period ending at "الماضي" (token ``x``) starts: "العام الماضي", "(شهر) يونيو الماضي",
    "ذي القعدة الماضي", "يونيو (حزيران) الماضي" (a month glossed by its other name in brackets)."""
    if tokens[x].norm not in _PAST_ONE or x < 2:
        return None
    end = x
    if tokens[x - 1].text == ")" and x >= 4 and tokens[x - 3].text == "(" and _month_word(tokens, x - 2) \
            and _month_word(tokens, x - 4):
        end = x - 3  # "مايو (أيار) الماضي": the month before its gloss
    prev = tokens[end - 1].norm
    if prev in PERIODS:
        return end - 1
    if _month_word(tokens, end - 1):
        return end - 2 if end >= 2 and tokens[end - 2].norm == _MONTH_WORD else end - 1
    if end >= 3 and f"{tokens[end - 2].norm} {prev}" in CALENDAR.HIJRI_MONTHS:  # "ذي القعدة الماضي"
        return end - 3 if tokens[end - 3].norm == _MONTH_WORD else end - 2
    return None


def _month_word(tokens: list[Token], k: int) -> bool:
    return tokens[k].norm in CALENDAR.MONTHS or tokens[k].norm in CALENDAR.HIJRI_MONTHS


def _recalled_opening(tokens: list[Token], i: int) -> bool:
    """ "وفي يونيو (حزيران) الماضي وقعت المفوضية على مذكرة …", "وفي العام الماضي، عقدت اللجنة جلسة …": a past month
    or period opening the sentence puts the event its first clause tells (the cue a few words after it, no comma or
    "أن" between but one right after the phrase) in the past: recalled, not the one the text reports (s13-ev6)."""
    sent = tokens[i].sent
    for x in range(i - 1, max(-1, i - _OPENING_REACH - 1), -1):
        if tokens[x].sent != sent or tokens[x].norm in _THAT_CLAUSE:
            return False
        if tokens[x].norm not in _PAST_ONE:
            if tokens[x].text in _CLAUSE_ENDS and x + 1 < i and tokens[x - 1].norm not in _PAST_ONE:
                return False
            continue
        start = _past_phrase_start(tokens, x)
        if start is None or start < 1 or strip_clitic(tokens[start - 1].norm, "و")[0] not in _TIME_LEADS:
            return False
        lead = start - 1
        return lead == 0 or tokens[lead - 1].sent != sent
    return False


_OPENING_REACH = 12
_OWN_PHRASE = 3


_PAST_ONE = FUNCTION_WORDS.PAST_ONES
_MONTH_WORD = fold("شهر")
_TIME_LEADS = frozenset(fold(w) for w in ("في", "وفي", "خلال", "نهاية", "بداية", "مطلع", "أواخر", "أوائل", "منتصف",
                                          "بنهاية", "ببداية", "بمطلع"))
_THAT_CLAUSE = frozenset(fold(w) for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها"))
_HELD_LEADS = frozenset(fold(w) for w in ("اختتم", "اختتمت", "انتهى", "انتهت", "عقد", "عقدت", "انعقد", "انعقدت",
                                          "أقيم", "أقيمت", "جرى", "جرت"))
"""A verb of holding or closing right before a past month ("منتدى الشركات العائلية التي اختتمت أبريل الماضي",
"الاجتماع الذي عقد الشهر الماضي"), like a word of time, dates the event recalled (ev13)."""


def _in_return_for(tokens: list[Token], i: int) -> bool:
    """ "مكافأة قدرها 7 ملايين دولار لقاء أي معلومات", "لقاء مبلغ …" (ext-t44): "لقاء" before what is paid or given
    in exchange is "in return for", no meeting."""
    if tokens[i].norm != fold("لقاء") or i + 1 >= len(tokens) or tokens[i + 1].sent != tokens[i].sent:
        return False
    return tokens[i + 1].norm in _EXCHANGED


_EXCHANGED = frozenset(fold(w) for w in ("أي", "مبلغ", "مبالغ", "معلومات", "رسوم", "أجر", "أجرة", "مكافأة", "دفع",
                                         "تنازله", "تنازلها", "خدماته", "خدماتها", "ما"))
_SITTING_WORDS = frozenset(fold(w) for w in ("جلسة", "الجلسة", "جلسته", "جلستها", "جلسات", "الجلسات"))
_BEFORE_THIS = frozenset(fold(w) for w in ("السابقة", "الماضية", "الفائتة", "المنصرمة"))
_TRADING = frozenset(fold(w) for w in ("تداول", "التداول", "تداولات",
                                        "تداولاته", "تداولاتها", "التداولات", "تداوله", "تداولها"))  # (ext-t124)


_WARDS = frozenset(fold(w) for w in ("قسم", "مستشفى", "المستشفى", "مستشفيات", "المستشفيات", "الطوارئ", "طوارئ"))
_PATIENTS = frozenset(fold(w) for w in ("طفلا", "طفلة", "مريضا", "مريضة", "مرضى", "حالة", "حالات", "مصابا", "مصابة",
                                        "مصابين", "المصابين", "المرضى", "الحالات",
                                        "الحالة", "المريض", "المريضة",  # (ev17) "الذي استقبل وأشرف على الحالة"
                                        # "واستقبلت الكثير من المتبرعين" (ev11): a blood bank's donors
                                        "المتبرعين", "متبرعين", "المتبرعات"))


def _spoken(text: str, at: int) -> bool:
    """ "وقال عبر حسابه: "… وبدأت الاجتماع به …"": a cue inside a quotation opened after a colon is the
    speaker's words, not an event the text reports."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    opened = max(para.rfind("«"), para.rfind("“"))
    if opened < max(para.rfind("»"), para.rfind("”")):
        opened = -1
    if para.count('"') % 2:
        opened = max(opened, para.rfind('"'))
    if opened < 0 and "«" not in para and "»" not in para:
        end = text.find("\n", at)
        line = text[at : end if end >= 0 else len(text)]
        return "«" not in line and "»" not in line and _quoted_from_before(text, at - len(para))
    return opened >= 0 and (para[:opened].rstrip().endswith(":")
                            or (len(para[opened + 1 :].split()) >= _QUOTED_WORDS and _said_before(para[:opened])))


def _quoted_from_before(text: str, para_start: int) -> bool:
    """ "وقال سموه في نص برقيته:\n«فخامة الرئيس …\n… لقد أثبتت المباحثات المشتركة التي عقدناها …" (ext-t99): a
    paragraph with no guillemet inside a quotation that opens a paragraph after one ending with a colon, not closed
    yet, is the speaker's words too (a letter, a telegram, a speech quoted over several paragraphs)."""
    before = text[:para_start]
    opened = before.rfind("«")
    if opened < 0 or before.rfind("»") > opened:
        return False
    lead = before[:opened]
    return lead.rstrip().endswith(":") and "\n" in lead[len(lead.rstrip()) :]  # the quotation opens its paragraph


def _said_before(before: str) -> bool:
    """ "واعتبر الناشط أن تراجع المجلس كان واردا، « لو عدنا لسنة 2012 كان هناك لقاء في البرلمان …" (ext-t99): a
    quotation opened with no colon, a verb or participle of saying among the few words before it in its sentence,
    is the speaker's words too (an event recalled or imagined, not one the text reports) when a few words of the
    quotation stand before the cue (not "أعلن عن تنظيم «المنتدى …»": a quoted name)."""
    clause = before[max(before.rfind("."), before.rfind("!"), before.rfind("?")) + 1 :].split()[-_SAID_REACH:]
    for w in clause:
        f = fold(w.strip("،,"))
        if f in ROLES.SPEECH or f in ROLES.SPEECH_PARTICIPLES or (f[:1] == "و" and f[1:] in ROLES.SPEECH):
            return True
    return False


_SAID_REACH = 16
_QUOTED_WORDS = 4


_OUR_ENDINGS = ("ناها", "ناهم", "ناه", "نا")


def _ours(tokens: list[Token], i: int) -> bool:
    """ "إن المباحثات المشتركة التي عقدناها أثبتت …", "اللقاء الذي جمعنا": a cue whose relative clause opens on a
    verb of the first person plural is a writer's or speaker's own words (a letter's text, a quoted speech), no
    event the text reports (ext-t94)."""
    for k in range(i + 1, min(i + 4, len(tokens) - 1)):
        tok = tokens[k]
        if tok.sent != tokens[i].sent or not tok.is_word:
            return False
        if tok.norm in RELATIVES_WITH_DUALS:
            verb = tokens[k + 1]
            return verb.is_word and verb.sent == tok.sent and not verb.article and any(
                verb.norm.endswith(e) and len(verb.norm) - len(e) >= 3 for e in _OUR_ENDINGS)
    return False


def _same_day(tokens: list[Token], sentences: set[int]) -> bool:
    """ "وفي اليوم نفسه": the sentence dates its event by the main event's day."""
    return any(t.sent in sentences and (strip_clitic(t.norm)[0], nxt.norm) in EVENTS.SAME_DAY
               for t, nxt in pairwise(tokens))


def _given(tokens: list[Token], i: int) -> bool:
    """ "وألقى المدير العام … محاضرة": a lecture verb before the cue in its sentence."""
    return any(tokens[k].sent == tokens[i].sent and in_words(tokens[k].norm, EVENTS.LECTURE_VERBS)
               for k in range(max(0, i - 12), i))


_WAS_IN = frozenset(fold(w) for w in ("كان", "وكان", "كانت", "وكانت"))
_IN_WORD = fold("في")


def _visitor_welcomed(tokens: list[Token], i: int, hits: list[tuple[int, str]]) -> bool:
    """ "قام المدير بزيارة للمستشفى، وكان في استقباله مدير المستشفى": the welcome of a visitor told after his visit in
    its sentence is part of the visit, no meeting of its own (ext-t119)."""
    return tokens[i].norm in HIS_WELCOME and i >= 2 and tokens[i - 1].norm == _IN_WORD \
        and tokens[i - 2].norm in _WAS_IN \
        and any(k == "visit" and j < i and tokens[j].sent == tokens[i].sent for j, k in hits)


_CONTRACT_SIGNERS = frozenset(fold(w) for w in ("وقع", "وقعت", "ووقع", "ووقعت"))
_OWN_CONTRACTS = frozenset(fold(w) for w in ("عقده", "عقدها", "العقد", "عقودهم", "عقدهما"))  # (not "عقد":
# "وقع الاختيار على عقد الاجتماع في جدة" is a choice of holding)
_IN_PRESENCE = frozenset(fold(w) for w in ("بحضور", "وبحضور"))
_ON_WORD = fold("على")
_CONTRACT_ON_REACH = 6
_PRESENCE_REACH = 30


def _contract_signed_before(tokens: list[Token], where: WordIndex) -> list[int]:
    """ "ووقع اللاعب X على عقده الاحترافي لمدة موسمين … بحضور مدير الكرة Y" (ext-t124): a past signing verb opening
    its clause, "على" + a contract a few words after it (the signer between) and "بحضور" later in its sentence: a
    contract signed before witnesses is a signing ceremony. Not "وقع على عقده" with no one attending (a player's
    contract told as news), nor "عقد شراكة" (the agreement rules read it)."""
    out = []
    for i in where.of(_CONTRACT_SIGNERS):
        if not (i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].is_punct
                or tokens[i].norm[:1] == "و"):
            continue
        sent = tokens[i].sent
        on = next((k for k in range(i + 1, min(len(tokens) - 1, i + _CONTRACT_ON_REACH))
                   if tokens[k].sent == sent and tokens[k].norm == _ON_WORD), None)
        if on is None or tokens[on + 1].sent != sent or tokens[on + 1].norm not in _OWN_CONTRACTS:
            continue
        if any(tokens[k].sent == sent and tokens[k].norm in _IN_PRESENCE
               for k in range(on + 2, min(len(tokens), on + _PRESENCE_REACH))):
            out.append(i)
    return out


def _also_opened(tokens: list[Token], opening: list[int], start: int) -> bool:
    """ "استقبل أمير المنطقة X مدير الجامعة. كما دشن سموه مبنى كلية الطب" (ext-t124): "كما" alone before the
    inauguration verb, opening a sentence that is not the text's first, tells another event after the one told
    before, like "عقب ذلك" (not "كما" in the text's first sentence, which has no event before it)."""
    return start > 0 and len(opening) == 1 and tokens[opening[0]].norm == _ALSO


_MATCH_RESULTS = frozenset(fold(w) for w in ("تعادل", "بالتعادل", "فاز", "خسر", "خسره", "خسرها", "كسب", "بهدف",
                                             "بهدفين", "أهداف", "هدفين", "الشوط", "التذاكر", "تذاكر", "جماهير",
                                             "الجماهير", "المدرجات", "مدرجات"))
_SPORTS_WORDS = frozenset(fold(w) for w in ("فريق", "الفريق", "فريقه", "فريقها", "منتخب", "المنتخب", "لاعب",
                                            "اللاعب", "ملعب", "الملعب", "مباراة", "المباراة", "الإصابة", "إصابة",
                                            "أمام"))
_BROADCAST = frozenset(fold(w) for w in ("تلفزيوني", "التلفزيوني", "تلفزيونيا", "متلفز", "المتلفز", "إذاعي",
                                         "الإذاعي"))
_MATCHES = frozenset(fold(w) for w in ("مباراة", "المباراة", "مباراته", "مباراتها", "مبارياته", "المباريات",
                                       "الودية", "ودية"))
_MATCH_BACK = 30
_MATCH_AHEAD = 20


def _purpose_at(tokens: list[Token], k: int) -> bool:
    """ "التقى الوزير رئيس الشركة بهدف بحث التعاون" (ev7): "بهدف" before a word that is none of a score's ("بهدف
    وحيد", "بهدف دون رد", "بهدف نظيف", "بهدف للاعب …"), a number or a stop, is "in order to": no goal scored."""
    if strip_clitic(tokens[k].norm, "و")[0] != _BY_GOAL or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.sent == tokens[k].sent and nxt.is_word and not nxt.norm.isdigit() and nxt.norm not in _SCORE_AFTER \
        and nxt.norm[:1] != "ل"


_BY_GOAL = fold("بهدف")
_SCORE_AFTER = frozenset(fold(w) for w in ("وحيد", "دون", "نظيف", "نظيفا", "مقابل", "قاتل", "يتيم", "من", "سجله",
                                           "أحرزه", "واحد", "لمثله", "للاشيء", "ولا", "مباغت", "رأسي", "رائع"))


def _match_before(tokens: list[Token], i: int) -> bool:
    """ "… أضاف المهاجم X الهدف الثاني عند الدقيقة 80. وشهد اللقاء طرد الظهير …" (ev28): the definite "اللقاء" in a
    sentence right after one that tells a match (its minute, half, goal or the word "المباراة") is that match told
    again, no meeting."""
    if strip_clitic(tokens[i].norm, "و")[0] != _THE_MEETING or tokens[i].sent == 0:
        return False
    before = takewhile(lambda k: tokens[k].sent == tokens[i].sent - 1, range(sentence_start(tokens, i) - 1, -1, -1))
    return any(strip_clitic(tokens[k].norm, "وبل")[0] in _MATCH_TOLD for k in before)


_THE_MEETING = fold("اللقاء")
_MATCH_TOLD = frozenset(fold(w) for w in ("الدقيقة", "الشوط", "المباراة", "مباراة", "الهدف", "شباك", "ركلة",
                                          "ركلات", "المرمى"))


def _match_told(tokens: list[Token], i: int) -> bool:
    """ "وتعادل في اللقاء الأخير مع فريق X بدون أهداف", "خسره أمام …", "أعلن المسؤولون عن اللقاء نفاذ التذاكر",
    "بعد الإصابة التي لحقت به في اللقاء الودي الأول", "عبر لقاء تلفزيوني" (ext-t124): "لقاء" is a match when its
    sentence tells a result, a goal, tickets or fans, or when it is called friendly (right after it, or after the
    team's word: "لقاء فريقه الودي") in a sentence with a team's, a player's or a pitch's word; and an interview
    when broadcast. No meeting then ("لقاء ودي مع أعضاء الشرف" with no such word stays a meeting)."""
    if _met_verb(tokens[i].norm):  # "حيث التقى في مباراته الودية الثالثة بنادي X، وتمكن من كسب …"
        return any(tokens[k].sent == tokens[i].sent and ((strip_clitic(tokens[k].norm, "و")[0] in _MATCH_RESULTS
                                                           and not _purpose_at(tokens, k))
                                                          or tokens[k].norm in _MATCHES)
                   for k in range(max(0, i - _MATCH_BACK), min(len(tokens), i + _MATCH_AHEAD)))
    if not _meeting_noun(tokens[i].norm):
        return False
    sent = tokens[i].sent
    after = [tokens[k].norm for k in range(i + 1, min(len(tokens), i + 3)) if tokens[k].sent == sent]
    if after and after[0] in _BROADCAST:
        return True
    near = [strip_clitic(tokens[k].norm, "و")[0] for k in range(max(0, i - _MATCH_BACK),
                                                                 min(len(tokens), i + _MATCH_AHEAD))
            if tokens[k].sent == sent and k != i and not _purpose_at(tokens, k)]
    if any(w in _MATCH_RESULTS for w in near):
        return True
    friendly = bool(after) and (after[0] in _FRIENDLY or (len(after) > 1 and after[0] in _SPORTS_WORDS
                                                         and after[1] in _FRIENDLY))
    return friendly and any(w in _SPORTS_WORDS for w in near)


_MARKETS = frozenset(fold(w) for w in ("الأسهم", "أسهم", "الأسواق", "أسواق", "السوق", "سوق", "المؤشر", "مؤشر",
                                       "المؤشرات", "مؤشرات", "البورصة", "بورصة", "سهم", "السهم", "الإغلاق", "إغلاق"))
_MARKET_REACH = 3
_TRADING_REACH = 12


def _market_session(tokens: list[Token], insts: list[InstMention], i: int) -> bool:
    """ "استهلت الأسهم الأمريكية جلسة اليوم على هبوط", "أنهت سوق الأسهم المحلية جلسة اليوم" (ext-t124): a sitting
    word a market's word stands a few words before, in its sentence and outside any body's name, or a share's or an
    index's word a little further on either side (ev11), is a trading day, no sitting ("عقد مجلس هيئة السوق المالية
    جلسته" names the authority's board, which sits)."""
    if strip_clitic(tokens[i].norm)[0] not in _SITTING_WORDS:
        return False
    named = {x for m in insts if m.first < i for x in range(m.first, m.last)}
    if any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm, "و")[0] in _MARKETS
           and k not in named for k in range(max(0, i - _MARKET_REACH), i)):
        return True
    # "قلص سهم X مكاسبه التي سجلها مع بداية الجلسة", "وتم خلال جلسة اليوم تداول 4 ملايين سهما" (ev11): a share's or
    # an index's word ([trading], bare or behind و) a little further on either side, outside any body's name
    named |= {x for m in insts for x in range(m.first, m.last + 1)}
    return any(tokens[k].sent == tokens[i].sent and k not in named and (
        tokens[k].norm in EVENTS.TRADING or (tokens[k].norm[:1] == "و" and tokens[k].norm[1:] in EVENTS.TRADING))
        for k in range(max(0, i - _TRADING_REACH), min(len(tokens), i + _TRADING_REACH)))


_PROTOCOL = fold("المراسم")
_ROYAL = frozenset(fold(w) for w in ("الملكية", "الملكي"))


def _protocol_office(tokens: list[Token], i: int) -> bool:
    """ "ومندوب عن المراسم الملكية" (fev): "المراسم" followed by "الملكية" names the royal protocol office, whose
    envoy stands in a list of officials seeing a guest off, no ceremony."""
    return tokens[i].norm == _PROTOCOL and i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent \
        and tokens[i + 1].norm in _ROYAL


_GAMES = frozenset(fold(w) for w in ("ميدالية", "ميداليات", "الميداليات", "الميدالية", "بطولة", "البطولة", "كرة",
                                     "الكرة", "الأولمبية", "الأولمبي", "الأولمبياد", "أولمبياد", "المنتخب", "منتخب",
                                     "ملعب", "الملعب", "مباراة", "المباراة", "مباريات", "المباريات", "الرياضية"))


def _games_edition(tokens: list[Token], i: int) -> bool:
    """ "أحرزت البعثة في الدورة الماضية عشر ميداليات", "وإلا نقلت الدورة من اتحاد الكرة إلى بلد آخر" (fev): "دورة" in
    a sentence with a medal's, a championship's, a ball's or a pitch's word is a games' edition or a tournament, no
    body's sitting (a federation's assembly has its own cue: "عقدت الجمعية العمومية للاتحاد … دورتها")."""
    if strip_clitic(tokens[i].norm)[0] not in EDITION_NOUNS:
        return False
    return any(tokens[k].sent == tokens[i].sent
               and (tokens[k].norm in _GAMES or strip_clitic(tokens[k].norm)[0] in _GAMES)
               for k in range(max(0, i - _MATCH_BACK), min(len(tokens), i + _MATCH_BACK)))


_REMAINS = frozenset(fold(w) for w in ("جثمان", "جثامين", "جثة", "جثث", "رفات"))
_REMAINS_REACH = 28
"""(ev22) long enough for a host's title and those received with him ("استقبل مساعد مدير شرطة منطقة X للأمن
الجنائي اللواء Y وقادة ومديرو الإدارات الأمنية بالمنطقة جثمان الشهيد Z")."""


def _remains_received(tokens: list[Token], i: int) -> bool:
    """ "استقبل وكيل المحافظة X جثمان الشهيد Y" (ext-t124): the remains of the dead received (a body word a few words
    after the verb of receiving, in its sentence) are no guest: no meeting."""
    if strip_clitic(tokens[i].norm, "و")[0] not in EVENTS.RECEIVED:
        return False
    return any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm)[0] in _REMAINS
               for k in range(i + 1, min(len(tokens), i + _REMAINS_REACH)))


_OFTEN = frozenset(fold(w) for w in ("مرات", "مرتين", "مرارا", "مراراً"))
_OFTEN_REACH = 10


def _visited_often(tokens: list[Token], i: int) -> bool:
    """ "بوتين زار المنطقة عدة مرات مؤخرا" (ext-t124): a verb of visiting with "مرات", "مرتين" or "مرارا" a few words
    after it, in its sentence, tells visits made again and again, background, no visit reported."""
    if strip_clitic(tokens[i].norm, "و")[0] not in _VISITED:
        return False
    return any(tokens[k].sent == tokens[i].sent and tokens[k].norm in _OFTEN
               for k in range(i + 1, min(len(tokens), i + _OFTEN_REACH)))


def _visitors_visit(tokens: list[Token], i: int) -> bool:
    """ "زار المعرض أكثر من 5000 زائر", "تفقد نحو 3500 زائر متحف X", "بالسائح الذي ينشد خلال زيارته للمواقع" (ev11): a
    verb of visiting whose subject, a few words after it in its clause, is a number of visitors (or of citizens,
    people), or a bare number right after it ("وزار 37 ألف إندونيسي البلد"), or a visit word a tourist or a visitor
    stands a few words before in its clause, tells the public's visits, no official visit."""
    if i + 2 < len(tokens) and tokens[i + 1].norm.isdigit() and tokens[i + 1].sent == tokens[i].sent \
            and tokens[i + 2].norm not in CALENDAR.MONTHS and tokens[i].norm not in EVENTS.VISIT:
        return True
    for k in range(i + 1, min(len(tokens), i + _VISITORS_REACH)):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS:
            break
        if (tokens[k].norm in _VISITORS or tokens[k].norm in _PEOPLE_COUNTED) \
                and (tokens[k - 1].norm.isdigit() or tokens[k - 1].norm in _CROWD_COUNTS):
            return True
    return any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm, "وبل")[0] in _VISITORS
               and not any(tokens[x].norm in COMMAS for x in range(k + 1, i))
               for k in range(max(0, i - _VISITOR_BEFORE), i))


_VISITORS = frozenset(fold(w) for w in ("زائر", "زائرا", "زائرة", "زائرات", "زوار", "الزوار", "الزائر", "الزائرين",
                                        "زائرين", "سائح", "سائحا", "السائح", "السياح", "سياح", "المتنزهين"))
_PEOPLE_COUNTED = frozenset(fold(w) for w in ("مواطن", "مواطنا", "مواطنين", "شخص", "شخصا", "أشخاص"))
"""People counted after a number ("زار 72 ألف مواطنا البلد"): the public too, when a number stands right before."""
_VISITORS_REACH = 14
_VISITOR_BEFORE = 4


def _team_talk(tokens: list[Token], ev: EventMention) -> bool:
    """ "بدأ الفريق المران باجتماع للمدرب مع اللاعبين", "عقد مدير الفريق اجتماعا خاصا بلاعبي الفريق", "واجتمعت
    الإدارة مع اللاعب وخيرته …" (spur): a meeting or sitting whose cue is followed, within a few words and after "مع"
    or a clitic "ب"/"ل", by a players', a coach's or a technical staff's word is a team's own talk, no institutional
    event — unless an office holder who is no team staff holds it ("اجتمع رئيس مجلس إدارة النادي بلاعبي الفريق",
    "التقى الأمير بلاعبي المنتخب" stay)."""
    if ev.kind not in ("meeting", "session") or not ev.cues:
        return False
    if ev.chair is not None and (ev.chair.post is None or not any(w in ev.chair.post.title for w in _TEAM_STAFF)):
        return False
    return any(_team_side_after(tokens, c) for c in ev.cues)


def _team_side_after(tokens: list[Token], i: int) -> bool:
    sent = tokens[i].sent
    for k in range(i + 1, min(len(tokens), i + 1 + _TEAM_REACH)):
        if tokens[k].sent != sent or not tokens[k].is_word:
            return False
        if tokens[k].norm == _WITH:
            return k + 1 < len(tokens) and _team_word(tokens, k + 1, strip_clitic(tokens[k + 1].norm)[0])
        base, n = strip_clitic(tokens[k].norm, "بل")
        if n and _team_word(tokens, k, base):
            return True
    return False


def _team_word(tokens: list[Token], k: int, base: str) -> bool:
    """A players' or a coach's word, or "الجهاز الفني" (not "الجهاز التنفيذي", "الأجهزة الأمنية")."""
    if base == _APPARATUS:
        return k + 1 < len(tokens) and tokens[k + 1].norm == _TECHNICAL
    return base in _TEAM_SIDE


_TEAM_REACH = 3
_TEAM_SIDE = frozenset(fold(w) for w in ("اللاعبين", "لاعبي", "اللاعب", "لاعبين", "اللاعبون", "المدرب", "مدرب"))
"""Who a team's own talk is with: its players, its coach (or its technical staff, "الجهاز الفني")."""
_APPARATUS = fold("الجهاز")
_TECHNICAL = fold("الفني")
_TEAM_STAFF = ("مدرب", "المدير الفني", "مدير الكرة", "مدير الفريق", "على الفريق", "الجهاز الفني")
"""Offices of a team's staff (in the chair's title): "المدير الفني للفريق", "مدير الكرة بالمنتخب", "المشرف العام على
الفريق الكروي"."""


def _interview(tokens: list[Token], i: int) -> bool:
    """ "والتقت وكالة الأنباء X أستاذ الآثار", "وأجرى المركز الإعلامي لقاء مع مدير الإدارة", "وقال الوزير، خلال لقاء مع
    تلفزيون X، إن …" (spur): a meeting verb whose subject right after it is a news outlet, a "لقاء" that an outlet
    conducts (its verb "أجرى" and the outlet just before it) or a "لقاء مع" an outlet is an interview, no meeting ("عقد
    الوزير لقاء صحفيا", a press conference, is left to its own rules)."""
    if _met_verb(tokens[i].norm):  # ("التقى", "والتقى")
        return (i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent and _outlet_at(tokens, i + 1)) \
            or (tokens[i].norm in _SHE_MET and _quoted_outlet_before(tokens, i))
    if _on_programme(tokens, i):
        return True
    if not _meeting_noun(tokens[i].norm):
        return False
    if i + 2 < len(tokens) and tokens[i + 1].norm == _WITH and tokens[i + 2].sent == tokens[i].sent \
            and _outlet_at(tokens, i + 2):
        return True
    for k in range(i - 1, max(-1, i - _CONDUCT_REACH), -1):  # "وأجرى المركز الإعلامي لأمانة X لقاء"
        if tokens[k].sent != tokens[i].sent:
            return False
        if strip_clitic(tokens[k].norm, "و")[0] in _CONDUCTED:
            return any(_outlet_at(tokens, x) for x in range(k + 1, i))
    return False


def _on_programme(tokens: list[Token], i: int) -> bool:
    """ "خلال لقائه في برنامج «الراصد» بقناة X", "في لقاء عبر برنامج «Y»" (ev11): a meeting word, then "في" or "عبر" and
    "برنامج" whose name is quoted or whose channel (an outlet's word) follows within a few words, is a broadcast
    interview, no meeting ("لقاء في برنامج الزيارة" is left alone)."""
    k = i + 2
    if k + 1 >= len(tokens) or tokens[i + 1].norm not in _ON_AIR or tokens[k].norm not in _PROGRAMME \
            or tokens[k].sent != tokens[i].sent:
        return False
    if tokens[k + 1].norm in _OPEN_QUOTES:
        return True
    return any(tokens[x].sent == tokens[i].sent and _outlet_at(tokens, x)
               for x in range(k + 1, min(len(tokens), k + _PROGRAMME_REACH)))


_ON_AIR = frozenset(fold(w) for w in ("في", "عبر"))
_PROGRAMME = frozenset(fold(w) for w in ("برنامج", "البرنامج"))
_PROGRAMME_REACH = 7


def _quoted_outlet_before(tokens: list[Token], i: int) -> bool:
    """ "وزارت (الصحيفة) المركز، والتقت بعدد من موظفيه", '"الموقع" التقت المدرب X' (ev4): a paper names itself by one
    word in brackets or quotes; that word, a few words before "التقت" in its sentence with no other noun in brackets
    or quotes between them, is the feminine verb's subject: an interview, no meeting."""
    for k in range(i - 1, max(-1, i - _QUOTED_OUTLET_REACH), -1):
        if tokens[k].sent != tokens[i].sent:
            return False
        if tokens[k].norm in _CLOSE_QUOTES:
            return k >= 2 and tokens[k - 1].is_word and tokens[k - 2].norm in _OPEN_QUOTES \
                and not (k >= 3 and tokens[k - 3].is_word and tokens[k - 3].sent == tokens[i].sent
                         and tokens[k - 3].norm not in _OUTLET_VERBS)
    return False


_SHE_MET = frozenset(fold(w) for w in ("التقت", "والتقت"))
_QUOTED_OUTLET_REACH = 8
_OUTLET_VERBS = frozenset(fold(w) for w in ("وسجلت", "سجلت", "ورصدت", "رصدت", "وزارت", "زارت", "وتابعت", "تابعت",
                                            "وحضرت", "حضرت", "وجالت", "جالت", "وتجولت", "تجولت"))
"""A paper's own doings before it names itself ("وسجلت (الصحيفة) بجولة مصورة، والتقت …")."""


def _outlet_at(tokens: list[Token], k: int) -> bool:
    """A news outlet's word at ``k``: a paper, a channel, a radio, a news agency ("وكالة الأنباء", not "وكالة الفضاء"),
    a media centre ("المركز الإعلامي")."""
    w = tokens[k].norm
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    if w in _AGENCY or strip_clitic(w)[0] in _AGENCY:  # ("وكالة" is no clitic و before "كالة")
        return nxt in _NEWS or strip_clitic(nxt)[0] in _NEWS
    if w in _CENTRE or strip_clitic(w)[0] in _CENTRE:
        return nxt in _MEDIA_ADJ
    return w in _OUTLETS or strip_clitic(w)[0] in _OUTLETS


_CONDUCT_REACH = 7
_CONDUCTED = frozenset(fold(w) for w in ("أجرى", "أجرت", "اجرى", "اجرت"))
_OUTLETS = frozenset(fold(w) for w in ("تلفزيون", "التلفزيون", "قناة", "القناة", "صحيفة", "الصحيفة", "جريدة",
                                       "الجريدة", "إذاعة", "الإذاعة", "مجلة", "المجلة"))
_AGENCY = frozenset(fold(w) for w in ("وكالة", "الوكالة"))
_NEWS = frozenset(fold(w) for w in ("الأنباء", "أنباء"))
_CENTRE = frozenset(fold(w) for w in ("المركز", "مركز"))
_MEDIA_ADJ = frozenset(fold(w) for w in ("الإعلامي", "الاعلامي"))


def _team_training(tokens: list[Token], i: int) -> bool:
    """ "دشن الفريق الأول أولى حصصه التدريبية", "بدأ المنتخب تدريباته أمس" (spur): a verb of opening whose subject is
    a team and whose object, a few words on, is a training word is a team's training, no institutional event."""
    if strip_clitic(tokens[i].norm, "و")[0] not in _TRAINING_OPENERS:
        return False
    team = False
    for k in range(i + 1, min(len(tokens), i + 1 + _TRAINING_REACH)):
        if tokens[k].sent != tokens[i].sent:
            return False
        w = tokens[k].norm
        if w in _TEAMS:
            team = True
        elif team and (w in _TRAINING or strip_clitic(w)[0] in _TRAINING):
            return True
    return False


_TRAINING_OPENERS = frozenset(fold(w) for w in ("دشن", "دشنت", "بدأ", "بدأت", "استهل", "استهلت", "افتتح", "افتتحت"))
_TEAMS = frozenset(fold(w) for w in ("الفريق", "فريق", "المنتخب", "منتخب"))
_TRAINING = frozenset(fold(w) for w in ("حصص", "حصصه", "حصصها", "حصة", "الحصة", "الحصص", "تدريبات", "تدريباته",
                                        "تدريباتها", "التدريبات", "مران", "مرانه", "المران"))
_TRAINING_REACH = 7


def _habitual(tokens: list[Token], i: int) -> bool:
    """ "أكد الوزير في أكثر من لقاء أن …", "يردد في كل اجتماع …" (ev2s): an indefinite event noun after "في أكثر من" or
    "في كل" tells what someone says on many occasions, no event held ("عقد أكثر من لقاء مع …", "في كل من الرياض"
    stay)."""
    if _often_after(tokens, i):
        return True
    if tokens[i].article or i < 2 or tokens[i - 1].sent != tokens[i].sent:
        return False
    if tokens[i - 1].norm == _KULL:
        return tokens[i - 2].norm == _IN
    return i >= 3 and tokens[i - 1].norm == _MIN_FROM and tokens[i - 2].norm in _MORE and tokens[i - 3].norm == _IN


_MORE = frozenset(fold(w) for w in ("أكثر", "اكثر"))


def _often_after(tokens: list[Token], i: int) -> bool:
    """ "تم توجيه إنذارات له إضافة إلى الاجتماع به أكثر من مرة", "ويعقد هذا الاجتماع مرة كل عام" (ev4): an event word
    followed, within two words in its sentence, by "أكثر من مرة", "عدة مرات"/"مرات عدة" or "مرة كل" tells a thing done
    again and again, no event held ("عقد اجتماعا موسعا مع …" stays; "الاجتماع الذي يعقد سنويا" is left alone: a
    yearly event held this year too)."""
    for k in range(i + 1, min(len(tokens) - 2, i + 2 + _OFTEN_GAP)):
        if tokens[k].sent != tokens[i].sent or not tokens[k].is_word:
            return False
        w, nxt, third = tokens[k].norm, tokens[k + 1].norm, tokens[k + 2].norm
        if tokens[k + 1].sent != tokens[i].sent:
            return False
        if (w in _MORE and nxt == _MIN_FROM and third == _ONCE and tokens[k + 2].sent == tokens[i].sent) \
                or (w == _SEVERAL and nxt == _TIMES) or (w == _TIMES and nxt == _SEVERAL) \
                or (w == _ONCE and nxt == _KULL):
            return True
    return False


_OFTEN_GAP = 2
_ONCE = fold("مرة")
_TIMES = fold("مرات")
_SEVERAL = fold("عدة")


def _amid(tokens: list[Token], i: int) -> bool:
    """ "… ستحل الأزمة في ظل توقيع المملكة اتفاقيات مع دول جديدة" (ev2s): a signing named right after "في ظل" ("amid")
    is the background of a claim, no signing the text reports."""
    return i >= 2 and tokens[i - 1].norm == _SHADE and tokens[i - 2].norm == _IN \
        and tokens[i - 2].sent == tokens[i].sent


_SHADE = fold("ظل")


def _family_occasion(tokens: list[Token], ev: EventMention) -> bool:
    """ "احتفل X بزواج ابنه", "احتفل X بقراءة الفاتحة لابنته", "احتفل أبناء قبيلة X بالعيد في قاعة أفراح" (ev2s): a
    verb of celebrating whose object is a family's own occasion (a wedding, an engagement, a newborn) or whose subject
    is a tribe's or a family's people, in a sentence of the event (or the one before a definite event word: "احتفل X
    بزفاف نجليه. وحضر الحفل …", ev28), is a private party, no institution's event ("احتفلت الجمعية بزواج 40 شابا في
    حفل الزواج الجماعي" stays: a collective wedding)."""
    sents = {tokens[c].sent for c in ev.cues} | {tokens[c].sent - 1 for c in ev.cues if tokens[c].article}  # (ev28)
    for k, t in enumerate(tokens):
        if t.sent not in sents or strip_clitic(t.norm, "و")[0] not in _CELEBRATED:
            continue
        after = [x for x in tokens[k + 1 : k + 1 + _OCCASION_REACH] if x.sent == t.sent]
        if any(x.norm in COLLECTIVE for x in tokens if x.sent == t.sent):
            continue
        if after and strip_clitic(after[0].norm, "و")[0] in _KIN_GROUPS and len(after) > 1 \
                and strip_clitic(after[1].norm)[0] in _FAMILIES:
            return True  # "احتفل أبناء قبيلة …", "احتفلت أسرة آل …"
        if any(x.norm in _FAMILY_OCCASIONS for x in after):
            return True
    return False


_CELEBRATED = frozenset(fold(w) for w in ("احتفل", "احتفلت", "احتفلوا", "يحتفل", "تحتفل", "يحتفلون"))
_OCCASION_REACH = 20
_KIN_GROUPS = frozenset(fold(w) for w in ("أبناء", "ابناء", "أسرة", "اسرة", "عائلة", "أفراد"))
_FAMILIES = frozenset(fold(w) for w in ("قبيلة", "أسرة", "اسرة", "عائلة", "آل", "ال"))
_FAMILY_OCCASIONS = frozenset(fold(w) for w in ("بزواج", "بزفاف", "بقران", "بخطوبة", "بخطوبته", "بخطوبتها",
                                                "لابنته", "لابنه", "لنجله", "لكريمته", "ابنه", "ابنته", "نجله",
                                                "كريمته", "بمولود", "بمولوده", "بمولودة", "بمولودته"))


def _demanded(tokens: list[Token], i: int) -> bool:
    """ "طالبناه بضرورة عقد اجتماع أعضاء الشرف", "طالب X الرئيس العام … لعقد الجمعية العمومية بأسرع وقت" (ev11): an
    event word right after a verbal noun of holding ("عقد", "لعقد", "بعقد"), with a word of demanding or striving
    before it in its sentence, is a meeting asked for, none held; so is a definite event word with its clitic ل and
    such a word a few words before it ("وطالب X قادة الفصائل، الذين يمثلون …، للاجتماع فورا", ev28)."""
    if i >= 1 and tokens[i].norm.startswith("لل") and strip_clitic(tokens[i - 1].norm, "لب")[0] != _HOLD_NOUN:
        return _demand_before(tokens, i, _DEMAND_TO_MEET_REACH, i)  # (ev28)
    if i < 1 or strip_clitic(tokens[i - 1].norm, "لب")[0] != _HOLD_NOUN:
        return False
    return _demand_before(tokens, i, _DEMAND_REACH, i - 1)


def _demand_before(tokens: list[Token], i: int, reach: int, stop: int) -> bool:
    """A word of demanding or striving (``_DEMANDS``) in the sentence of ``tokens[i]``, from ``reach`` words before
    it up to (not including) ``stop``."""
    return any(tokens[k].sent == tokens[i].sent and strip_clitic(tokens[k].norm, "وب")[0] in _DEMANDS
               for k in range(max(0, i - reach), stop))


_DEMAND_REACH = 40
_DEMAND_TO_MEET_REACH = 20


def _supposed_held(tokens: list[Token], i: int) -> bool:
    """ "لا مستقبل للأسد إذا ما عقد مؤتمر دولي", "وفي حال انعقاد القمة", "لو عقدت جلسة": an event word a few words
    after a particle of condition (no comma between) is supposed, none held or announced (ev25)."""
    for k in range(i - 1, max(-1, i - 1 - _CONDITION_REACH), -1):
        if tokens[k].sent != tokens[i].sent or tokens[k].norm in COMMAS:
            return False
        word = strip_clitic(tokens[k].norm, "وف")[0]
        if word in _CONDITIONS or (word in _CASE and k > 0 and strip_clitic(tokens[k - 1].norm, "و")[0] == _IN):
            return True
    return False


_CONDITION_REACH = 4
_CONDITIONS = frozenset(fold(w) for w in ("إذا", "اذا", "لو"))
_CASE = frozenset(fold(w) for w in ("حال", "حالة"))  # after "في": "في حال انعقاد القمة" (not "حال وصوله")


def _demanded_close(tokens: list[Token], i: int) -> bool:
    """ "ودعا النائب إلى ضرورة عقد جلسة لمجلس النواب", "مطالبا بعقد اجتماع طارئ" (ev21): an event word right after a
    noun of holding that a word of demanding governs a few words before (no comma between) is asked for, none held;
    its cue joins no other event (the text's "اللقاء" would take that sitting's council as its body)."""
    return i >= 2 and tokens[i - 1].sent == tokens[i].sent and _demanded_holding(tokens, i - 1)


def _demanded_holding(tokens: list[Token], h: int) -> bool:
    """The noun of holding at ``h`` ("عقد", "بعقد", "لعقد") after a word of demanding a few words before it, no comma
    between ("إلى ضرورة عقد", "مطالبا بعقد"): not the verb "عقد" (held) either (ev21)."""
    if strip_clitic(tokens[h].norm, "لب")[0] != _HOLD_NOUN:
        return False
    for k in range(h - 1, max(-1, h - 1 - _DEMAND_CLOSE), -1):
        if tokens[k].sent != tokens[h].sent or tokens[k].norm in COMMAS:
            return False
        if strip_clitic(tokens[k].norm, "وب")[0] in _DEMANDS:
            return True
    return False


_DEMAND_CLOSE = 3
_DEMANDS = frozenset(fold(w) for w in ("طالب", "طالبت", "طالبوا", "طالبناه", "طالبنا", "يطالب", "تطالب", "يطالبون",
                                       "نطالب", "المطالبة", "مطالبة", "ضرورة", "نسعى", "سنسعى", "يسعى", "سيسعى",
                                       "يسعون", "سيسعون", "ناشد", "ناشدت", "يناشد",
                                       # (ev17) "تسعى الأمانة إلى عقد القمة", "تستعد اللجنة لعقد مؤتمر صحفي"
                                       "تسعى", "ستسعى", "تسعيان", "يستعد", "تستعد", "يستعدون", "تستعدان"))

