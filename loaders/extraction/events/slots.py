"""An event's slots: its date, body and number (its place, chair and participants have modules of their own)."""

from __future__ import annotations

import datetime as dt

from marsad.loaders.extraction.cues import EVENTS, ROLES
from marsad.loaders.extraction.dates import DateMention, cited_document_date, day_of_month_at
from marsad.loaders.extraction.events.chairs import (
    DAY_TIMES,
    chair,
    forum_panel,
    office_agent,
    past_styles,
    person_agent,
)
from marsad.loaders.extraction.events.guests import guest_body
from marsad.loaders.extraction.events.kinds import AS_FROM, NUMBER, cue_kind, cycle_of, edition_of, prize_edition
from marsad.loaders.extraction.events.mention import Agent, EventMention
from marsad.loaders.extraction.events.places import (
    _REGIONS_ONLY,
    _city_len,
    _seat_at,
    _text_of,
    _to_city,
    city_after_chair,
    office_seat,
    place,
    reception_place,
    site_town,
    visited_site_place,
)
from marsad.loaders.extraction.events.sittings import CHAIR_WORDS, fronted_body, speaker_body
from marsad.loaders.extraction.events.toured import tour_of_several, toured_governorate
from marsad.loaders.extraction.institutions import EMIRATE_SEAT_NAMES, InstMention
from marsad.loaders.extraction.people import People, PostMention
from marsad.loaders.extraction.text import (
    COMMAS,
    DURING_IN,
    RELATIVES,
    TO_WORDS,
    Token,
    candidates,
    in_words,
    sentence_start,
    strip_clitic,
)
from marsad.loaders.extraction.words import CALENDAR, FUNCTION_WORDS, is_stop
from marsad.loaders.normalize import fold


def fill(ev: EventMention, tokens: list[Token], insts: list[InstMention], people: People,
          dates: list[DateMention], published: dt.date | None, title_sent: int, main: bool = True) -> None:
    # the date: the date expression nearest the first cue (in reading order) whose sentence has one;
    # when that expression cannot be resolved (no year, no publication date) the date stays unknown
    for i in ev.cues:
        near = [d for d in dates if tokens[d.first].sent == tokens[i].sent and not cited_document_date(tokens, d)]
        near = [d for d in near if not _statement_day(tokens, d)] or near  # "في بيان اليوم": the statement's day
        near = [d for d in near if not _saying_day(tokens, d, i)] or near  # "أعلن X اليوم أن الاجتماع سينعقد في …"
        near = [d for d in near if not _anniversary_day(tokens, d)]  # "حفلا بمناسبة العيد 63 لثورة 23 يوليو 1952"
        near = [d for d in near if not _issue_day(tokens, d)]  # "أبرزت الصحف الصادرة اليوم زيارة …" (slots11)
        near = [d for d in near if not _other_events_day(tokens, ev, d)]  # "… أعلن عنها في قمة X في 14 مايو"
        if ev.kind in ("meeting", "session"):  # "… على أن تبدأ فترة التخييم اعتبارا من 20/12/1436هـ": not the meeting's
            near = [d for d in near if not _as_from_day(tokens, d)]
        if i != ev.cues[0] and tokens[i].sent != tokens[ev.cues[0]].sent:
            near = [d for d in near if not _scheduled_day(tokens, d)]  # "وتم تحديد يوم الأحد … لقاء": another one
        if near:
            nearest = min(near, key=lambda d: min(abs(d.first - i), abs(d.last - 1 - i)))
            ev.date = nearest.resolve(published)
            break
    else:  # "… ورشة لتقديم الدليل، حضرها … . وذلك بالمعهد العالي … الخميس 28 مارس 2019": the sentence goes on
        goes_on = _goes_on(tokens, ev.cues[0]) if ev.cues else None
        on = [d for d in dates if tokens[d.first].sent == goes_on]
        if on:
            ev.date = on[0].resolve(published)
    if ev.date is None and ev.cues:
        ev.date = _restated_date(tokens, ev, dates)
    if ev.date is None and ev.cues and published is not None:
        ev.date = _said_there_date(tokens, people, ev, dates, published)
    ordered = ev.cues
    found = [b for b in (body_near(tokens, insts, i) for i in ordered if not _other_kinds_cue(tokens, ev, i)
                         and not _securing_sentence(tokens, ev, i)) if b is not None]
    if ev.kind == "signing":  # "وسيستفيد عملاء X من الاتفاقية الموقعة مع شركة Y": Y signed with the body (ext-t116)
        found = [b for b in found if not _signed_with(tokens, b)] or found
    found = [b for b in found if not _presenters_body(tokens, people, ev, b)]  # (slots13)
    found = [b for b in found if not guest_body(tokens, b)]  # honoured or represented, not the host (all1)
    # a council or board first, one named in an office ("رئيس مجلس إدارة الجمعية X") only when no body is
    # named outside an office
    free = [b for b in found if not any(p.first <= b.first and b.last <= p.last for p in people.posts)]
    if found and not free and ordered and ev.kind in ("other", "assembly", "signing"):  # "كرمت الجمعية X تحت رعاية رئيس
        # مجلس الإدارة … في حفل": a ceremony's or forum's body is the one opening the cue's sentence when the only one
        # near the cue is in an office (a reception's host council stays: "حيث استقبله رئيس مجلس المستشارين")
        free = _opening_body(tokens, insts, people, ordered[0])
    if not free:  # "المندوب الدائم للمملكة لدى الأمم المتحدة": the body an envoy is accredited to is not his (ext-t46)
        found = [b for b in found if not (b.first > 0 and tokens[b.first - 1].norm == _ACCREDITED_TO)]
    bodies = [b for b in free if b.kind in ("governing_body", "parliament")] or free \
        or [b for b in found if b.kind in ("governing_body", "parliament")] or found
    ev.body = bodies[0] if bodies else None
    if ev.body is not None and ev.kind in ("session", "meeting"):
        ev.body = _committee_of(tokens, insts, people, ev.body) or ev.body
    short = (_short_reference(tokens, insts, ordered[0]) or _bare_reference(tokens, insts, ordered[0])) \
        if ordered else None
    if short is not None:  # "الاجتماع الرابع للجنة المحلية": the committee named in full before, though in an office
        ev.body = short
    if ev.body is None and ordered:  # "استعرض المجلس المحلي X … . وبحث أعضاء المجلس خلال الاجتماع …" (ext-t102)
        ev.body = _members_body(tokens, insts, ordered[0])
    if ev.body is None and ordered:  # "دان مجلس X … . واستنكر المجلس في جلسته التي عقدت أمس …" (ext-t126)
        ev.body = _bare_subject(tokens, insts, ordered[0])
    if ev.body is None and ordered:  # "اطلع مجلس X على … . جاء ذلك عقب اجتماع اليوم …" (ext-t52)
        ev.body = _told_before_body(tokens, insts, ordered[0])
    for i in ordered[:1] if ev.kind == "visit" else ():  # "بزيارة المصابين … بمستشفى عسير": where the visit was
        at = next((m for m in sorted(insts, key=lambda m: m.first) if i < m.first <= i + 16
                   and tokens[m.first].sent == tokens[i].sent and m.start > tokens[m.first].start
                   and tokens[m.first].norm[:1] == "ب"), None)
        ev.body = at or ev.body
    for i in ordered[:1] if ev.kind == "visit" else ():  # "زار رئيس جمعية X سالم أمس مستشفى Y": the body visited
        visited = _visited_object(tokens, insts, people, i)
        if visited is not None and (ev.body is None or ev.body.first < visited.first):
            ev.body = visited
    headline = [c for c in ordered[1:] if tokens[c].sent == title_sent and tokens[ordered[0]].sent != title_sent]
    for i in ordered[:1] + headline[:1]:  # "نظمت القنصلية … بشراكة مع الوزارة …، ندوة": the organiser is the body;
        # else a short first line read as a headline ("تستضيف البلدية اليوم الاجتماع …", ext-t38)
        verb = next((k for k in range(i - 1, max(-1, i - 40), -1) if tokens[k].sent == tokens[i].sent
                     and in_words(tokens[k].norm, EVENTS.ORGANISE)),
                    None)
        if verb is None:
            verb = _organised_long_before(tokens, insts, i)
        if verb is None and ev.kind == "assembly":
            verb = _assembly_held_by(tokens, insts, i)
        if verb is None and ev.kind == "other" and strip_clitic(tokens[i].norm, "و")[0] in EVENTS.HOLDS_ACTIVITY:
            # "نظمت جمعية X مهرجانا … بحضور … وأعضاء اللجنة الإشرافية للمهرجان" (s13-ev7): the cue is the verb
            # of holding itself, and its body is the one right after it, not one among the guests
            held = next((m for m in insts if m.first in (i + 1, i + 2)), None)
            if held is not None:
                ev.body = held
                break
        if verb is not None:
            ev.body = next((m for m in insts if m.first in (verb + 1, verb + 2) and m.last <= i), None) \
                or _named_before(tokens, insts, verb + 1) or ev.body
            break
    for i in ordered[:1]:  # "حفل افتتاح المعرض، الذي تستضيفه أمانة المحافظة": the host named after the event
        host = next((k for k in range(i + 1, min(len(tokens), i + _HOST_REACH)) if tokens[k].sent == tokens[i].sent
                     and tokens[k].norm in EVENTS.ORGANISE_BACK
                     and strip_clitic(tokens[k - 1].norm, "و")[0] in RELATIVES), None)  # (evz: "والذي ينظمه")
        if host is not None:  # (or "… الذي أقامته إدارة الصندوق": the one fund named before, ext-t43)
            ev.body = next((m for m in insts if m.first in (host + 1, host + 2)), None) \
                or _named_before(tokens, insts, host + 2 if _management(tokens, host + 1) else host + 1) or ev.body
    for i in ordered[:1]:  # "خلال الاجتماع الذي عقدته إدارة النادي بحضور أعضاء اللجنة …" (ext-t37): who held it
        held = _held_by_body(tokens, insts, people, i)
        if held is not None:
            ev.body = held
    for i in ordered[:1] if ev.kind in ("meeting", "session") else ():  # "مجلس إدارة النادي عقد اجتماعا مع رئيس
        # لجنة X" (ext-t126): the body before the verb of holding held it, not one in a guest's office after it
        if ev.body is None or any(p.first <= ev.body.first and ev.body.last <= p.last for p in people.posts):
            ev.body = _subject_holder(tokens, insts, people, i) or ev.body
    for i in ordered[:1]:  # "عقدت لجنة X اجتماعا لها أمس بمقر الأمانة العامة لـY" (ext-t47): the venue held nothing
        ev.body = _holder_not_venue(tokens, insts, ev.body, i) or ev.body
    for i in ordered[:1]:  # "وأوضح الوزير أن مجلس الوزراء وافق على تنظيم الهيئة …" (ext-t43): the council put first
        ev.body = fronted_body(tokens, insts, i) or ev.body  # in a reported clause approved, not the body approved
    for i in ordered[:1]:  # "الدورة 11 لمؤتمر … التابعة للجمعية البرلمانية…": the body the conference belongs to
        if edition_of(tokens, i) in EVENTS.ASSEMBLY:
            ev.body = next((m for m in sorted(insts, key=lambda m: m.first) if i < m.first <= i + 16
                            and tokens[m.first].sent == tokens[i].sent), ev.body)
    if ev.body is not None and (_glued_venue(tokens, ev.body, ev) or (
            ev.kind in ("meeting", "session") and ev.cues and _venue_body(tokens, ev.body, ev.cues[0]))):
        ev.body = None  # "خلال اجتماع رؤساء البلديات في المركز الحضاري بمحافظة X": where they met, not who met
    if ev.body is not None and ev.kind == "visit" and _members_office(tokens, people, ev.body):
        ev.body = None  # "بزيارة للشيخ X عضو هيئة كبار العلماء": the body the man visited belongs to (ext-t139)
    dated = {tokens[d.first].sent for d in dates}
    ev.place = place(tokens, insts, ev, dated, from_lede=main or ev.kind != "visit")  # a second visit: its own place
    if ev.body is not None:  # "احتفى مركز X التابع للجنة Y بالعيد": the centre held it, not the body it belongs
        # to (s11-slot2s; read after the place, which the parent's "بمحافظة X" may give)
        ev.body = _attached_child(tokens, insts, people, ev.body) or ev.body
    home = None  # "تفقد وكيل جامعة X بالخرج كلية Y بمدينة Z": the visitor's body's seat, not where he went, when the
    if ev.place is not None and ev.kind == "visit" and _visitors_seat(tokens, people, ev, ev.place):  # visit names a
        home, ev.place = ev.place, None  # town of its own (kept otherwise, below)
    if ev.place is not None and _envoy_seat_only(tokens, people, ev, ev.place):
        ev.place = None  # "المندوب الدائم للمملكة لدى الأمم المتحدة في نيويورك": where he serves (ext-t46)
    if ev.place is None and ev.cues and tokens[ev.cues[0]].norm in _TALKS_WITH:
        ev.place = _talks_city(tokens, people, ev.cues[0])  # "مباحثات، أمس، مع الوزير X في العاصمة روما"
    if ev.kind == "visit" and ev.cues and strip_clitic(tokens[ev.cues[0]].norm)[0] in EVENTS.VISIT:
        ev.place = _visit_after_visitor(tokens, people, ev.cues[0]) or ev.place  # "زيارة نائب الرئيس X إلى محافظة
        # عدن": where it went, before a dateline or the lede's city ("إسلام آباد … أبرزت الصحف زيارة الرئيس X إلى
        # بيلاروسيا", slots11)
    ev.place = toured_governorate(tokens, insts, people, ev) or ev.place  # "تفقد X المرافق في محافظة Y" (all1)
    if ev.place is None and ev.kind == "visit" and ev.cues:
        ev.place = visited_site_place(tokens, insts, people, ev)  # "تفقد X أمس مركز Y في محافظة Z" (ext-t147)
    if ev.place is None and ev.kind == "visit" and ev.cues:
        ev.place = site_town(tokens, insts, ev)  # "قام المدير بزيارة لمستشفى خيبر العام" (fslot)
    if ev.place is None:
        ev.place = home
    if ev.cues and (ev.body is None or any(p.first <= ev.body.first and ev.body.last <= p.last for p in people.posts)):
        # "احتضن المركز X في عمّان فعاليات المعرض … . وشهد حفل افتتاح المعرض …": no body, or one in an office only
        hosted = _hosted_before(tokens, insts, ev)
        if hosted is not None:
            ev.body = hosted
            if ev.place is None and hosted.last + 1 < len(tokens) and tokens[hosted.last].norm == "في":
                size = _city_len(tokens, hosted.last + 1)
                ev.place = _text_of(tokens, hosted.last + 1, hosted.last + 1 + size) if size else None
    ev.number = _number(tokens, ev, title_sent)
    ev.chair = chair(tokens, people, ev, own_only=ev.kind == "signing" and len(ev.cues) == 1)
    if ev.chair is not None and ev.cues and tokens[ev.cues[0]].norm in _HIS_EVENT:
        ev.chair = _accompanied(tokens, people, ev.chair, ev.cues[0]) or ev.chair  # "رافق الأمير X الملك Y خلال
        # استقباله": the one accompanied received, not the prince who went with him (ext-t126)
    if ev.place is not None and _guests_seat_only(tokens, people, ev, ev.place):
        ev.place = None  # "عقد وكيل الإمارة اجتماعا بمدير التعليم بالمخواه X": the guest's seat, not the venue (ev26)
    if ev.body is not None and _spoken_of_only(tokens, ev, ev.body) and not _office_in(ev.chair, ev.body):
        ev.body = None  # "وطلب خلال اللقاء زيارة قوات X": what was spoken of, not the body that met (evbody)
    if ev.chair is None and ev.body is not None and ev.kind in ("meeting", "session") and ev.cues:
        ev.chair = _head_telling_it(tokens, people, ev.body, ev.cues[0])  # "أوضح رئيس لجنة X Y أنه تم خلال الاجتماع"
    if ev.chair is not None and ev.body is not None and (ev.kind == "visit" or (ev.kind == "meeting" and any(
            strip_clitic(tokens[i].norm)[0] in _HOSTS for i in ev.cues))) \
            and _council_he_heads(tokens, people, ev, ev.chair, ev.body):
        ev.body = None  # "استقبل أمين الطائف رئيس المجلس البلدي X المعايدين": no sitting of the council he heads
    if ev.place is None and ev.cues and tokens[ev.cues[0]].norm in EVENTS.RECEPTION_NOUN:
        ev.place = reception_place(tokens, ev.cues[0])  # "لدى استقبال … X له أمس في الرياض"
    if ev.place is None and ev.chair is not None:
        ev.place = office_seat(tokens, people, ev)  # "استقبل محافظ X في مكتبه بالمحافظة": his seat (ext-t66)
    if ev.place is None and ev.chair is not None:
        ev.place = city_after_chair(tokens, ev)  # "… برئاسة رئيس اللجنة X في الرياض."
    if ev.kind == "meeting" and ev.chair is not None and ev.body is not None \
            and any(tokens[i].norm in ROLES.RECEIVE or tokens[i].norm in ROLES.RECEPTION for i in ev.cues) \
            and any(p.first <= ev.body.first and ev.body.last <= p.last and p is not ev.chair.post
                    for p in people.posts) and _seat_named_back(tokens, insts, ev.cues[0]) is not ev.body:
        ev.body = None  # "استقبل الوزير X مدير الجامعة Y": the guest's body did not meet (the host's may be the body)
    if ev.body is not None and ev.chair is not None and ev.kind in ("meeting", "other"):
        ev.body = _headed_after_adviser(tokens, insts, people, ev.chair, ev.body) or ev.body
    if ev.kind in ("other", "assembly", "meeting", "visit") and ev.body is not None \
            and _in_others_office(tokens, people, ev.chair, ev.body) and _anchored_without(tokens, insts, people, ev):
        ev.body = None  # "احتفل الدكتور X عضو مؤسسة Y بقران ابنته", "… بحضور مدير مكتب التعليم": a guest's or a
        # speaker's own body, named only in his office, did not hold the ceremony or the exhibition (s11-slot2s); nor
        # the meeting or the visit ("قام المحافظ يرافقه مساعد مدير شرطة X بزيارة المستشفى", slot4)
    if ev.kind == "meeting" and ev.chair is not None and ev.body is not None and _guests_body(tokens, ev):
        ev.body = None  # "استقبل الوزير رئيس وأعضاء هيئة X", "خلال استقباله فريقا من وزارة Y": the guests' body
    if ev.kind == "meeting" and ev.chair is not None and ev.body is not None \
            and _guest_ministry(tokens, people, ev):
        ev.body = None  # "استقبل وزير X وزير Y. وأكد خلال اللقاء دعم خطة وزارة Y": the guest's ministry (ext-t31)
    if ev.kind == "meeting" and ev.chair is not None and ev.cues and (
            tokens[ev.cues[0]].norm in ROLES.RECEIVE or strip_clitic(tokens[ev.cues[0]].norm, "و")[0] in _MET):
        ev.body = _hosts_seat(tokens, insts, people, ev) or ev.body  # "… وذلك بمقر المركز": the host's body; "التقى
        # المستشار بالديوان الملكي المشرف على المركز X … وذلك بمقر المركز" too: the centre, not his other office
        # (ext-t135)
    if ev.kind == "meeting" and ev.owner is None and ev.chair is not None and ev.cues \
            and tokens[ev.cues[0]].norm in ROLES.RECEIVE:  # "نيابة عن رئيس هيئة X، استقبل Y …": X's reception
        ev.owner = _on_behalf_body(tokens, insts, people, ev.cues[0])  # (its owner: the body itself is left to the
        # rules that weigh a body named in an office, the receiver's department is not the institution)
    if ev.body is None and ev.kind in ("meeting", "session") and ev.chair is not None and ev.cues:
        ev.body = _emirate_seat(tokens, insts, ev.cues[0])  # "استقبل أمير منطقة X في مكتبه بالإمارة" (ext-t154)
    elif ev.body is not None and ev.kind == "meeting" and ev.chair is not None and ev.cues \
            and tokens[ev.cues[0]].norm in ROLES.RECEIVE and fold(ev.body.name) not in _EMIRATE_BODIES:
        ev.body = _emirate_seat(tokens, insts, ev.cues[0]) or ev.body  # "استقبل أمير منطقة X بمكتبه بالإمارة نائب
        # وزير Y": the host's seat named, his emirate received, not the guest's ministry (ext-t160)
    if ev.place is None and ev.kind in ("meeting", "session") and ev.cues:
        ev.place = _own_seat_region(tokens, people, ev)  # "خلال اجتماع عقده في الإمارة" (slots2)
    if ev.body is not None and _news_outlet_cited(tokens, ev.body):
        ev.body = None  # "ونقلت وكالة X عن الرئيس قوله خلال اللقاء", "وقال المدير لصحيفة Y إن الاجتماع …": the
        # outlet that reported the event or was told of it did not hold it (slot4)
    if ev.body is not None and ev.kind == "visit" and any(_speakers_own_body(tokens, c, ev.body) for c in ev.cues):
        ev.body = None  # "أكد عضو لجنة الشؤون الخارجية في مجلس الشورى X أن زيارة الأمير لمصر …": the speaker's own
        # body, not the visit's (ev20)
    if ev.body is not None and ev.kind in ("other", "assembly") and (ev.chair is not None or ev.date is not None) \
            and ev.cues and _venue_body(tokens, ev.body, ev.cues[0]):
        ev.body = None  # "كرم الأمير الشركة خلال الحفل الذي أقيم في مركز المعارض": where the ceremony was, not who
        # held it; only when a chair or a date still anchors the event (slots20)
    if ev.body is not None and ev.chair is not None and tokens[ev.body.first].sent != tokens[ev.cues[0]].sent \
            and tour_of_several(tokens, ev):
        ev.body = None  # "قام المدير بجولة لعدد من المشروعات … . ثم زار مركز X": one site of the tour (slots20)


def _assembly_held_by(tokens: list[Token], insts: list[InstMention], i: int) -> int | None:
    """ "عقدت الهيئة الملكية بالجبيل، بالتعاون مع مجلس X، ندوة عن …" (ev21): the verb "عقد"/"عقدت" before a forum's
    cue in its sentence, a body right after it: that body held the forum (not the partner named nearer the cue); the
    verb's index, or None. Only for an assembly: a second sitting told later in the sentence has a body of its own."""
    for k in range(i - 1, max(-1, i - _HELD_REACH), -1):
        if tokens[k].sent != tokens[i].sent:
            return None
        if strip_clitic(tokens[k].norm, "و")[0] in _HELD_PAST:
            return k if any(m.first in (k + 1, k + 2) and m.last <= i for m in insts) else None
    return None


_HELD_REACH = 40


def _organised_long_before(tokens: list[Token], insts: list[InstMention], i: int) -> int | None:
    """ "أقام مركز X مهرجانا ختاميا … بحضور رئيس مجلس إدارة الجمعية Y وأعضاء المجلس الإشرافي …، حيث اشتمل الحفل على
    …": a definite event noun ("الحفل") after "حيث" refers back to the occasion a verb of organising opened its
    sentence with, however long the list of guests between; its body is the one right after that verb
    (s13-evbody2). Only from a sentence-opening verb with a body right after it."""
    if not tokens[i].norm.startswith("ال"):
        return None
    where = next((k for k in range(i - 1, max(-1, i - 4), -1) if tokens[k].norm == _WHERE), None)
    if where is None or tokens[where].sent != tokens[i].sent:
        return None
    for k in range(where - 1, max(-1, where - _ORGANISED_REACH), -1):
        if tokens[k].sent != tokens[i].sent:
            return None
        if in_words(tokens[k].norm, EVENTS.ORGANISE):
            opens = k == 0 or tokens[k - 1].sent != tokens[k].sent
            return k if opens and any(m.first == k + 1 for m in insts) else None
    return None


_WHERE = fold("حيث")
_ORGANISED_REACH = 80


def _own_seat_region(tokens: list[Token], people: People, ev: EventMention) -> str | None:
    """ "ناقش وكيل إمارة منطقة X خلال اجتماع عقده في الإمارة …", "ناقشت الإدارة العامة للتعليم بمنطقة X خلال
    الاجتماع الذي عقد بمقر الإدارة": a meeting held, right after its first cue, at the bare seat of the chair's or the
    body's own office ("الإمارة", "الإدارة") took place in the region that office or body is named after (slots2);
    not a region no town is named after ("منطقة عسير", ``places._REGIONS_ONLY``), and only a seat written within a
    few words of the cue."""
    i = ev.cues[0]
    if tokens[i].norm in ROLES.RECEIVE or tokens[i].norm in ROLES.RECEPTION:
        return None  # "استقبل أمير منطقة X في مكتبه بالإمارة": an emir's reception names no city (an earlier guard)
    sent = tokens[i].sent
    at_seat = False
    for k in range(i + 1, min(len(tokens), i + _OWN_SEAT_REACH)):
        if tokens[k].sent != sent:
            break
        word = tokens[k].norm
        if (word in _BARE_SEATS and k > 0 and tokens[k - 1].norm in _AT_BARE_SEAT) \
                or (word[:1] == "ب" and word[1:] in _BARE_SEATS):
            at_seat = not (k > 0 and strip_clitic(tokens[k - 1].norm)[0] in _HIS_OFFICE)
            break
    if not at_seat:
        return None
    spans = []
    if ev.chair is not None and ev.chair.post is not None:
        spans.append((ev.chair.post.first, ev.chair.post.last))
    if ev.body is not None:
        spans.append((ev.body.first, ev.body.last))
    for first, last in spans:
        for k in range(first, min(last, len(tokens) - 1)):
            if strip_clitic(tokens[k].norm, "ب")[0] == _REGION_WORD:
                size = _city_len(tokens, k + 1)
                if size and tokens[k + 1].norm not in _REGIONS_ONLY:
                    return _text_of(tokens, k + 1, k + 1 + size)
    return None


_OWN_SEAT_REACH = 10
_BARE_SEATS = frozenset(fold(w) for w in ("الإمارة", "الإدارة"))
_AT_BARE_SEAT = frozenset(fold(w) for w in ("في", "بمقر", "مقر"))
_REGION_WORD = fold("منطقة")
_HIS_OFFICE = frozenset(fold(w) for w in ("مكتبه", "مكتبها", "مكتب"))


def _emirate_seat(tokens: list[Token], insts: list[InstMention], cue: int) -> InstMention | None:
    """ "استقبل أمير منطقة X … في مكتبه بالإمارة أمس …", "عقد … اجتماعا بمقر الإمارة", "… في ديوان الإمارة": a
    meeting whose host receives in his office at the emirate, or that is held at its seat or its diwan, named in the
    sentence of its first cue, is the emirate's (its diwan's) when no other body is told (the seat mention
    ``institutions._emirate_seats`` reads; the facts name it after the emir's region). Only a meeting someone holds
    (a chair): "مكتبه" is someone's office. Not a governor's "في مكتبه بالمحافظة" nor a minister's "بالوزارة": the
    gold sets disagree there (a minister's reception is his ministry's already, ``build.py``)."""
    sent = tokens[cue].sent
    return next((m for m in insts if tokens[m.first].sent == sent and fold(m.name) in _EMIRATE_BODIES), None)


def _on_behalf_body(tokens: list[Token], insts: list[InstMention], people: People, cue: int) -> InstMention | None:
    """ "نيابة عن رئيس هيئة X الأمير Y، استقبل Z نائب مدير إدارة W … وفدا" (ext-t135): a reception held on behalf of a
    body's head, named before the verb of receiving in its sentence, is that body's (the head, absent, takes no part;
    the one who receives chairs); the body must be named inside the head's office ("رئيس هيئة X"), a head's word
    opening it, not a minister's implied ministry nor the receiver's own department."""
    s = tokens[cue].sent
    k = next((x for x in range(cue - 1, max(-1, cue - _BEHALF_REACH), -1) if tokens[x].sent == s
              and tokens[x].norm == _ON_BEHALF and x + 1 < cue and tokens[x + 1].norm == "عن"), None)
    if k is None:
        return None
    for p in sorted(people.posts, key=lambda p: p.first):
        if not k + 1 < p.first < cue or strip_clitic(tokens[p.first].norm)[0] not in _HEADS_WORDS:
            continue
        return next((m for m in insts if p.first < m.first and m.last <= p.last), None)
    return None


_ON_BEHALF = fold("نيابة")
_MET = frozenset(fold(w) for w in ("التقى", "التقت", "يلتقي", "تلتقي"))
_BEHALF_REACH = 30
_HEADS_WORDS = frozenset(fold(w) for w in ("رئيس", "الرئيس"))


_HOLDING = frozenset(fold(w) for w in ("عقد", "عقدت", "يعقد", "تعقد"))
_AT_SEAT = frozenset(fold(w) for w in ("مقر", "بمقر"))


_COMMITTEE = frozenset(fold(w) for w in ("لجنة", "اللجنة"))
_OF_STATES = frozenset(fold(w) for w in ("بدول", "لدول"))


_SIGNED_WITH = frozenset(fold(w) for w in ("مع", "ومع"))


def _signed_with(tokens: list[Token], b: InstMention) -> bool:
    """ "الاتفاقية الموقعة مع شركة Y", "وقعت الوزارة اتفاقية مع الهيئة": a body right after "مع" is the other party
    of a signing, not the body that signed (ext-t116); kept when no other body is named near the signing."""
    return b.first > 0 and tokens[b.first - 1].norm in _SIGNED_WITH and tokens[b.first - 1].sent == tokens[b.first].sent


def _committee_of(tokens: list[Token], insts: list[InstMention], people: People, body: InstMention
                  ) -> InstMention | None:
    """ "عقدت لجنة الشؤون المالية بمجلس الشورى اجتماعها الخامس" (ext-t88): the council a committee belongs to, named
    right after it ("بمجلس …", "في مجلس …"), did not sit; the committee did. Neither may stand in an office."""
    if body.first < 2:
        return None
    joined = tokens[body.first - 1].norm == "في" or tokens[body.first - 1].norm in _OF_STATES  # "لجنة X بدول مجلس
    end = body.first - 1 if joined else body.first  # التعاون": the committee of the council's states (ext-t102)
    if not joined and not (tokens[body.first].norm[:1] == "ب" and body.start > tokens[body.first].start):
        return None
    sub = next((m for m in insts if m.last == end and m is not body), None)
    if sub is None or tokens[sub.first].norm not in _COMMITTEE or tokens[sub.first].sent != tokens[body.first].sent:
        return None
    if any(p.first <= sub.first and body.last <= p.last for p in people.posts):
        return None  # "رئيس لجنة X بمجلس Y": an office
    return sub


_MEMBER = frozenset(fold(w) for w in ("عضو", "وعضو", "عضوة", "وعضوة"))


def _members_office(tokens: list[Token], people: People, body: InstMention) -> bool:
    """ "قام الأمير بزيارة للشيخ X عضو اللجنة الدائمة للإفتاء بمنزله" (ext-t139): a body named inside one person's
    office of membership ("عضو X") is the body that person belongs to, not a host the visit went to (read for visits
    only: a course a member gives at his own club, "يقدم X عضو مجلس إدارة النادي الأدبي دورة بالنادي", is the
    club's)."""
    return any(p.first <= body.first and body.last <= p.last and tokens[p.first].norm in _MEMBER
               for p in people.posts) or (body.first > 0 and tokens[body.first - 1].norm in _MEMBER)


def _venue_body(tokens: list[Token], body: InstMention, i: int) -> bool:
    """ "جاء ذلك خلال اجتماع رؤساء البلديات في المركز الحضاري بمحايل عسير" (ext-t121): a centre, hall, theatre or hotel
    named right after "في", after the meeting's noun in its sentence, is the venue the meeting was held in; it did not
    meet (a council named so is read otherwise: "في مجلس الشورى" is not a venue noun); so is one glued to "ب" ("دشن
    الأمير مهرجان X، بمركز Y الدولي للمعارض", slots22)."""
    head = tokens[body.first]
    if i >= body.first or head.sent != tokens[i].sent:
        return False
    glued = body.start > head.start and head.norm[:1] == "ب" and head.norm[1:] in _VENUE_HEADS
    return glued or (body.first > 0 and tokens[body.first - 1].norm == _IN and head.norm in _VENUE_HEADS)


def _glued_venue(tokens: list[Token], body: InstMention, ev: EventMention) -> bool:
    """ "عقد أعضاء القسم اجتماعا بمركز X بجدة" (ext-t128): a centre, hall, theatre or hotel glued to "ب" right after
    one of the event's nouns of meeting is the venue the meeting was held in, not the body that met."""
    head = tokens[body.first]
    return body.start > head.start and head.norm[:1] == "ب" and head.norm[1:] in _VENUE_HEADS and any(
        0 < body.first - i <= 2 and tokens[i].sent == head.sent and (
            cue_kind(tokens, i) in ("meeting", "session") or _ceremony_noun(tokens[i].norm))
        for i in ev.cues)


def _ceremony_noun(w: str) -> bool:
    """ "أثناء افتتاح حفل المهرجان بمركز X الدولي" (ev22): a ceremony's noun (``[ceremony]``), bare or with its
    article, whose venue a centre or hall glued to "ب" right after it names, as a meeting's does."""
    base = strip_clitic(w)[0]
    return base in EVENTS.CEREMONY or (base[:2] == "ال" and base[2:] in EVENTS.CEREMONY)


_IN = fold("في")
_ITS_TERM = tuple(fold(w) for w in ("دورته", "دورتها", "دورتهم"))
_VENUE_HEADS = frozenset(fold(w) for w in ("المركز", "مركز", "القاعة", "قاعة", "الفندق", "فندق", "المسرح", "مسرح"))


def _holder_not_venue(tokens: list[Token], insts: list[InstMention], body: InstMention | None,
                      i: int) -> InstMention | None:
    """ "عقدت لجنة X اجتماعا لها أمس بمقر الأمانة العامة لـY": a body read behind "بمقر" or "مقر" after the event's
    noun is where it was held; the body named between a verb of holding and the noun, as its subject, held it."""
    if body is None or body.first <= i or tokens[body.first - 1].norm not in _AT_SEAT:
        return None
    for m in insts:
        if m.last <= i and 0 <= i - m.last <= 1 and m.first > 0 and tokens[m.first].sent == tokens[i].sent \
                and tokens[m.first].start == m.start:
            verb = tokens[m.first - 1].norm
            if verb in _HOLDING or (verb[:1] in "وف" and verb[1:] in _HOLDING):
                return m
    return None


def _statement_day(tokens: list[Token], d: DateMention) -> bool:
    """ "وقالت الهيئة في بيان صحفي اليوم إن … الزيارة التي قام بها وفد … خلال الفترة 1-4 يونيو 2015م": a relative
    day or a weekday right after a statement's noun dates the statement, not the event the sentence tells of; another
    date of the sentence is the event's (ext-t38)."""
    if d.year or d.month or d.day or d.first == 0:
        return False
    k = d.first - 1
    if k > 1 and tokens[k].norm.endswith(_ISSUED_IT) and len(tokens[k].norm) >= 5 \
            and tokens[k].sent == tokens[k - 1].sent:
        k -= 1  # "في بيان صحافي أصدرته اليوم": the statement's verb and its pronoun between (ext-t46)
    if k > 0 and tokens[k].norm in _PRESS:
        k -= 1
    w = tokens[k].norm
    return any(x in _STATEMENTS or x in EVENTS.STATEMENT_NOUNS for x in (w, strip_clitic(w)[0], w[1:]))


def _saying_day(tokens: list[Token], d: DateMention, i: int) -> bool:
    """ "أعلنت الهيئة اليوم أن اجتماعها الاستثنائي سينعقد في 3 مايو 2016" (aud-slots): a date before "أن"/"إن"/"بأن"
    when the event's cue comes after that word dates the saying that reports the event, not the event; another date
    of the sentence (after the complementizer) is preferred (the caller keeps it when no other date is left)."""
    if d.last > i:
        return False
    return any(tokens[x].norm in _COMPLEMENTIZERS and tokens[x].sent == tokens[i].sent for x in range(d.last, i))


_COMPLEMENTIZERS = frozenset(fold(w) for w in ("أن", "إن", "بأن", "وأن"))


def _other_events_day(tokens: list[Token], ev: EventMention, d: DateMention) -> bool:
    """ "واطلع مجلس الوزراء على … الشراكة التي أعلن عنها في قمة X في 14 مايو 2015م" (ext-t135): a date a few words
    after an event's noun, no comma between, dates the event that noun names; when that noun is of another kind than
    the event (a meeting and a sitting are one kind here), merged into its cues or not, it is another event recalled
    in passing, whose day is not the event's; so is a noun of the event's kind that is not one of its cues. Only
    outside the event's first sentence, and not after "خلال" (an event framing the one told is on its day)."""
    if not ev.cues:
        return False
    first = tokens[ev.cues[0]].sent
    for x in range(d.first - 1, max(-1, d.first - _OTHER_DAY_REACH), -1):
        if tokens[x].sent != tokens[d.first].sent or tokens[x].norm in COMMAS:
            return False
        kind = cue_kind(tokens, x)
        if kind is None:
            continue
        if tokens[x].sent == first or (x > 0 and tokens[x - 1].norm in ROLES.DURING):
            return False  # "وقع … خلال اجتماع عقد في 14 مايو", "… في حفل أقيم في …": the frame's day is the event's
        return _family(kind) != _family(ev.kind) or x not in ev.cues
    return False


def _presenters_body(tokens: list[Token], people: People, ev: EventMention, b: InstMention) -> bool:
    """ "وقدم ورشة العمل الدكتور X الأستاذ المساعد بكلية الصيدلة بجامعة Y" (slots13): a presenting verb right before
    a cue of the event, then the presenter and his office: the body in that office is where he works, not the host
    of the workshop, course or lecture."""
    if ev.kind not in ("other", "assembly"):
        return False
    post = next((p for p in people.posts if p.first <= b.first and b.last <= p.last), None)
    if post is None:
        return False
    return any(c > 0 and tokens[c].sent == tokens[post.first].sent and c < post.first <= c + _PRESENTER_REACH
               and strip_clitic(tokens[c - 1].norm, "وف")[0] in ROLES.PRESENT_VERBS for c in ev.cues) \
        or any(tokens[c].sent == tokens[post.first].sent and post.last <= c <= post.last + 1
               and _delivered_by(tokens, post.first) for c in ev.cues)


def _delivered_by(tokens: list[Token], first: int) -> bool:
    """ "ألقى الشيخ الدكتور X، مدير عام فرع Y محاضرة" (slots14): a verb of delivering or presenting a few words
    before an office that the cue (the lecture, the course) follows: the office is the lecturer's, no host."""
    return any(tokens[k].sent == tokens[first].sent and strip_clitic(tokens[k].norm, "وف")[0] in _DELIVER
               for k in range(max(0, first - _DELIVERER_REACH), first))


_PRESENTER_REACH = 16
_DELIVERER_REACH = 16
_DELIVER = ROLES.PRESENT_VERBS | frozenset(fold(w) for w in ("ألقى", "ألقت", "القى", "القت"))


def _other_kinds_cue(tokens: list[Token], ev: EventMention, i: int) -> bool:
    """ "دشن المحافظ مبنى الفرع … . وبين أنه تمت مناقشة مواضيع خلال اجتماع لجنة التنمية السياحية" (slots10): a cue of
    another kind than the event's (a meeting and a sitting are one kind here), merged into its cues outside its first
    cue's sentence and beside no cue of the event's own kind, tells another event; the body named at it held that
    one, not the event. Only for a ceremony, a forum or a visit (a meeting's body is often the frame it was held in:
    "على هامش المؤتمر")."""
    if not ev.cues or tokens[i].sent == tokens[ev.cues[0]].sent:
        return False
    kind = cue_kind(tokens, i)
    if ev.kind not in _BODY_KEPT_APART and not (_family(ev.kind) == "meeting" and kind in _NO_FRAME):
        return False  # a meeting's body may be a forum it was held at, not a tour or a visit told later (slots14)
    return kind is not None and _family(kind) != _family(ev.kind) and not any(
        tokens[c].sent == tokens[i].sent and cue_kind(tokens, c) == ev.kind for c in ev.cues)


_BODY_KEPT_APART = frozenset({"other", "assembly", "visit"})
_NO_FRAME = frozenset({"visit"})  # (not "other": a press conference at the meeting tells the same one)


def _securing_sentence(tokens: list[Token], ev: EventMention, i: int) -> bool:
    """ "كثفت قوات الأمن تواجدها … لتأمين المحافظة خلال الاحتفال", "فرضت قوات الجيش إجراءات أمن ضمن خطط تأمين حفل
    الافتتاح" (slots11): in a sentence where a ceremony's or forum's cue comes a few words after "تأمين" (securing),
    the forces named secure the event; they do not hold it, and no body of that sentence is its host."""
    if ev.kind not in ("other", "assembly"):
        return False
    return any(tokens[c].sent == tokens[i].sent and any(
        strip_clitic(tokens[k].norm, "وبل")[0] == _SECURING and tokens[k].sent == tokens[c].sent
        for k in range(max(0, c - _SECURING_REACH), c)) for c in ev.cues)


_SECURING = fold("تأمين")
_SECURING_REACH = 3


def _family(kind: str) -> str:
    return "meeting" if kind in ("meeting", "session") else kind


_OTHER_DAY_REACH = 6


def _as_from_day(tokens: list[Token], d: DateMention) -> bool:
    """ "ترأس المحافظ اجتماعا … على أن تبدأ فترة التخييم اعتبارا من 20/12/1436هـ" (ext-t128): a day right after
    "اعتبارا من" or "ابتداء من" is when something the meeting set takes effect or begins, not when it met."""
    return any(tokens[k].norm in AS_FROM and tokens[k + 1].norm == _FROM and tokens[k].sent == tokens[d.first].sent
               and all(t.norm.isdigit() or t.norm in ("-", "–", "/") for t in tokens[k + 2 : d.first])
               for k in range(max(0, d.first - 5), d.first - 1))  # "اعتبارا من 1 - 1436/12/20هـ": a stray day before


_FROM = fold("من")


def _anniversary_day(tokens: list[Token], d: DateMention) -> bool:
    """ "أقام السفير حفلا بمناسبة العيد الثالث والستين لثورة 23 يوليو (تموز) عام 1952" (ext-t126): a date right after a
    revolution, a war or a remembrance it names ("لثورة", "ذكرى", "حرب") is the day remembered, not the event's."""
    if any(tokens[k].norm in _REMEMBERED and tokens[k].sent == tokens[d.first].sent
           for k in range(max(0, d.first - 2), d.first)):
        return True
    # "بعد ثورتي 25 يناير (كانون الثاني) عام 2011، و30 يونيو (حزيران) عام 2013": the second date of the list is
    # remembered too; walk back over the first one's words to the word that names what is remembered
    k = d.first - 1
    while k >= 0 and tokens[k].sent == tokens[d.first].sent and d.first - k <= _LISTED_DATE_REACH and (
            not tokens[k].is_word or tokens[k].norm.isdigit() or tokens[k].norm in _DATE_LIST_WORDS
            or day_of_month_at(tokens, k) or _month_word(tokens[k].norm)):
        k -= 1
    return k >= 0 and d.first - k > 2 and tokens[k].norm in _REMEMBERED and tokens[k].sent == tokens[d.first].sent


def _issue_day(tokens: list[Token], d: DateMention) -> bool:
    """ "أبرزت الصحف الباكستانية الصادرة اليوم زيارة رئيس الوزراء إلى …" (slots11): a relative day or a weekday right
    after "الصادرة" (published) dates the papers of a press review, not the event they report."""
    return not (d.year or d.month or d.day) and d.first > 0 and tokens[d.first - 1].norm in _ISSUED \
        and tokens[d.first - 1].sent == tokens[d.first].sent


_REMEMBERED = frozenset(fold(w) for w in ("ثورة", "لثورة", "الثورة", "ذكرى", "لذكرى", "الذكرى", "حرب", "لحرب",
                                          "الحرب", "انتفاضة", "لانتفاضة", "نكبة", "لنكبة", "ثورتي", "لثورتي",
                                          "ثورتا"))
_DATE_LIST_WORDS = frozenset(fold(w) for w in ("عام", "سنة", "و"))


def _month_word(norm: str) -> bool:
    """A month's name, or a word of one ("كانون", "الثاني" of "كانون الثاني")."""
    return norm in CALENDAR.MONTHS or (norm[1:] in CALENDAR.MONTHS and norm[:1] == "و") \
        or any(norm in phrase for phrase in CALENDAR.MASHRIQ_MONTHS)


_LISTED_DATE_REACH = 12


def _hosted_before(tokens: list[Token], insts: list[InstMention], ev: EventMention) -> InstMention | None:
    """ "احتضن المركز الثقافي X في عمّان فعاليات المعرض الفوتوغرافي … . وشهد حفل افتتاح المعرض حضور …" (ext-t102): an
    event whose own sentence names no body, its cue followed by a definite noun ("المعرض"), was hosted by the body
    right after the verb of hosting or organising that opens the sentence before, when that sentence names the same
    noun after the body."""
    i = ev.cues[0]
    j = i + 1
    while j in ev.cues:
        j += 1
    start = sentence_start(tokens, i)
    if start == 0 or j >= len(tokens) or tokens[j].sent != tokens[i].sent or not tokens[j].norm.startswith("ال"):
        return None
    first = sentence_start(tokens, start - 1)
    verb = strip_clitic(tokens[first].norm, "و")[0]
    if verb not in EVENTS.ORGANISE and verb not in EVENTS.HOST_VERBS:
        return None
    host = next((m for m in insts if m.first == first + 1 and m.last < start), None)
    if host is None or not any(tokens[k].norm == tokens[j].norm for k in range(host.last, start)):
        return None
    return host


def _scheduled_day(tokens: list[Token], d: DateMention) -> bool:
    """ "ترأس الأمين الاجتماع الرابع للجنة … . وتم تحديد يوم الأحد الموافق 17-10-1436 لقاء مع المواطنين" (ext-t102):
    a day a later sentence says was set ("تحديد"، "حدد") for a gathering it names is that gathering's, not the day the
    event told first was held; the verb stands within the few words before the date."""
    return any(tokens[k].norm in _SETTING and tokens[k].sent == tokens[d.first].sent
               for k in range(max(0, d.first - _SETTING_REACH), d.first))


_SETTING = frozenset(fold(w) for w in ("تحديد", "وتحديد", "حدد", "وحدد", "حددت", "وحددت", "تحدد", "يحدد", "تحددت",
                                       "تقرر", "وتقرر"))
_SETTING_REACH = 6
_PRESS = frozenset(fold(w) for w in ("صحفي", "صحافي", "رسمي", "صادر"))
_ACCREDITED_TO = fold("لدى")
_ISSUED_IT = ("ته", "تها")
_STATEMENTS = frozenset(fold(w) for w in ("بيان", "بيانا", "بيانه", "بيانها", "بلاغ", "بلاغا", "بلاغه", "بلاغها"))


def _hosts_seat(tokens: list[Token], insts: list[InstMention], people: People, ev: EventMention
                ) -> InstMention | None:
    """ "استقبل المستشار بالديوان الملكي المشرف العام على مركز X … الوزيرة Y وذلك بمقر المركز": the seat a reception
    is held at, "بمقر"/"مقر" + the bare head of one body named in an office of the host, names the host's body among
    his offices (ext-t94)."""
    chair = ev.chair
    if chair is None:
        return None
    holder = chair.person.name if chair.person is not None else chair.post.holder if chair.post else None
    own = [p for p in people.posts if p is chair.post or (holder is not None and p.holder == holder)]
    sent = tokens[ev.cues[0]].sent
    for k in range(ev.cues[0] + 1, min(len(tokens) - 1, ev.cues[0] + 40)):
        if tokens[k].sent != sent:
            return None
        if tokens[k].norm in _SEAT_WORDS:
            body = _named_before(tokens, insts, k + 1)
            if body is not None and any(p.first <= body.first and body.last <= p.last for p in own):
                return body
    return None


_MANAGEMENT = frozenset({fold("إدارة"), fold("ادارة")})


def _held_by_body(tokens: list[Token], insts: list[InstMention], people: People, i: int) -> InstMention | None:
    """ "الاجتماع الذي عقدته إدارة النادي", "اللقاء الذي عقده المجلس": right after the definite event noun, a
    relative and a past verb of holding with its object pronoun, the body named next (past "إدارة") held the
    event: one read there (outside any office), or a bare definite head word naming the one body of that head
    named before ("النادي" after "نادي X")."""
    if not tokens[i].article or i + 3 >= len(tokens):
        return None
    if tokens[i + 1].norm not in RELATIVES or tokens[i + 2].norm not in EVENTS.HELD_IT \
            or tokens[i + 2].sent != tokens[i].sent:
        return None
    k = i + 3
    if tokens[k].norm in _MANAGEMENT and k + 1 < len(tokens) and tokens[k + 1].sent == tokens[i].sent:
        k += 1
    read = next((m for m in insts if m.first in (i + 3, k)), None)
    if read is not None:
        return None if any(p.first <= read.first and read.last <= p.last for p in people.posts) else read
    if k >= len(tokens) or not tokens[k].norm.startswith("ال"):
        return None
    head = tokens[k].norm[2:]
    named = [m for m in insts if m.last <= k and fold(m.name).split()[:1] == [head]]
    if len({fold(m.name) for m in named}) > 1:  # "نادي X … نادي Y … إدارة النادي": the one the text opens with
        named = [m for m in named if tokens[m.first].sent == tokens[0].sent]
    return named[0] if named and len({fold(m.name) for m in named}) == 1 else None


def _in_others_office(tokens: list[Token], people: People, head: Agent | None, body: InstMention) -> bool:
    """The body is named only inside offices, none of them the chair's, each one a membership ("عضو مؤسسة Y") or
    the office of a guest named after a word of attending ("بحضور مدير مكتب Y", "وحضره رئيس لجنة Y")."""
    offices = [p for p in people.posts if p.first <= body.first and body.last <= p.last]
    if not offices:
        return False
    if head is not None and any(
            p is head.post or (head.post is not None and fold(p.title) == fold(head.post.title))
            or (head.person is not None and p.holder == head.person.name) for p in offices):
        return False
    if _named_bare(tokens, people, body):
        return False  # "وبحضور رئيس مجلس إدارة جمعية X …، نظمت الجمعية حفلا": its head came to its own party
    return all(fold(p.title).split()[0] in _MEMBER or _attending_before(tokens, p.first) for p in offices)


def _named_bare(tokens: list[Token], people: People, body: InstMention) -> bool:
    """The body's head noun, definite and bare ("الجمعية", "بالنادي"), stands in its sentence outside any office."""
    words = fold(body.name).split()
    if not words:
        return False
    head = words[0] if words[0].startswith("ال") else "ال" + words[0]
    sent = tokens[body.first].sent
    return any(t.sent == sent and strip_clitic(t.norm)[0] == head
               and not any(p.first <= k < p.last for p in people.posts) for k, t in enumerate(tokens))


def _anchored_without(tokens: list[Token], insts: list[InstMention], people: People, ev: EventMention) -> bool:
    """The event keeps an anchor once its body is dropped: a date, a chair, an owner, or another body that the speaker
    of its sentence belongs to (the one find.py would give it); else the body is left as it is, for the event with no
    anchor is dropped and its participants with it (a guard of the participants' rules)."""
    if ev.date is not None or ev.chair is not None or ev.owner is not None or not ev.cues:
        return True
    other = speaker_body(tokens, insts, people, ev.cues[0])
    return other is not None and other is not ev.body and fold(other.name) != fold(ev.body.name if ev.body else "")


def _attending_before(tokens: list[Token], x: int) -> bool:
    """A word of attending ("بحضور", "وحضره", "بمشاركة") stands before token x in its sentence, within reach."""
    return any(tokens[k].sent == tokens[x].sent and (tokens[k].norm in ROLES.ATTEND
                                                      or strip_clitic(tokens[k].norm, "و")[0] in ROLES.ATTEND)
               for k in range(max(0, x - _ATTENDING_REACH), x))


_ATTENDING_REACH = 12


def _attached_child(tokens: list[Token], insts: list[InstMention], people: People,
                    body: InstMention) -> InstMention | None:
    """ "احتفى مركز X في القرية التابع للجنة Y", "نظمت بلدية محافظة X التابعة لأمانة منطقة Y حفلا" (s11-slot2s): a
    body named right after "التابع"/"التابعة" is the parent of the body named just before it, which is the one that
    acts; that one (not inside an office: "مدير مكتب X التابع لوزارة Y" is a guest's office) is the event's body.
    "قررت الجامعة X، المنضوية تحت لواء الاتحاد Y، … عقب اجتماعها" (slots8): a body under whose banner the one named
    before it stands is its parent too."""
    k = _banner_participle(tokens, body.first)
    if k is None:
        k = body.first - 1
    if k < 1 or tokens[k].norm not in _ATTACHED | _UNDER_BANNER or tokens[k].sent != tokens[body.first].sent:
        return None
    child = max((m for m in insts if m.last <= k and k - m.last <= _ATTACHED_REACH
                 and tokens[m.first].sent == tokens[k].sent), key=lambda m: (m.last, -m.first), default=None)
    if child is None or any(p.first <= child.first and child.last <= p.last for p in people.posts):
        return None
    return child


_ATTACHED = frozenset(fold(w) for w in ("التابعة", "التابع", "التابعين", "التابعتين"))
_ATTACHED_REACH = 3
_UNDER_BANNER = frozenset(fold(w) for w in ("المنضوية", "المنضوي", "المنضوين", "المنضوون", "المنضويين"))
_UNDER = fold("تحت")
_BANNER = frozenset(fold(w) for w in ("لواء", "مظلة"))


def _banner_participle(tokens: list[Token], first: int) -> int | None:
    """ "المنضوية تحت لواء X", "المنضوي تحت مظلة X": the participle of standing under a body's banner, three words
    before the body at ``first`` (its position), else None."""
    k = first - 3
    if k < 0 or tokens[first - 1].norm not in _BANNER or tokens[first - 2].norm != _UNDER \
            or tokens[k].norm not in _UNDER_BANNER:
        return None
    return k


def _visitors_seat(tokens: list[Token], people: People, ev: EventMention, where: str) -> bool:
    """ "تفقد وكيل جامعة الأمير X بالخرج الدكتور Y كلية طب الأسنان بمدينة Z" (slots8): the town written behind "ب" at
    the end of an office named after the visit's cue is that office's seat, the visitor's home, not the place the
    visit went to."""
    cue = ev.cues[0] if ev.cues else None
    if cue is None:
        return False
    target = fold(where)
    for p in people.posts:
        if p.first <= cue or tokens[p.first].sent != tokens[cue].sent:
            continue
        for k in range(p.first + 1, p.last):
            if _seat_at(tokens, k) == p.last - k and fold(_text_of(tokens, k, p.last, skip=1)) == target:
                return True
    return False


def _headed_after_adviser(tokens: list[Token], insts: list[InstMention], people: People, head: Agent,
                          body: InstMention) -> InstMention | None:
    """ "استقبل المستشار بالديوان الملكي المشرف العام على مركز X الدكتور Y …" (slots8): a host whose office of adviser
    at one body is followed at once by an office heading another names that other body as the one he receives for."""
    post = head.post
    if post is None or not (post.first <= body.first and body.last <= post.last) \
            or strip_clitic(tokens[post.first].norm, "و")[0] not in _ADVISERS:
        return None
    nxt = next((p for p in people.posts if p.first == post.last), None)
    if nxt is None or strip_clitic(tokens[nxt.first].norm, "و")[0] not in _HEADING_WORDS:
        return None
    return next((m for m in insts if nxt.first < m.first and m.last <= nxt.last), None)


_ADVISERS = frozenset(fold(w) for w in ("المستشار", "مستشار"))
_HEADING_WORDS = frozenset(fold(w) for w in ("المشرف", "رئيس", "الرئيس", "مدير", "المدير"))


def _guest_ministry(tokens: list[Token], people: People, ev: EventMention) -> bool:
    """A reception's body is the ministry a guest's title implies ("وزير الإسكان" → "وزارة الإسكان"), the guest
    named after the reception verb in its sentence and not its host: the guest's ministry did not receive."""
    body = ev.body
    if body is None or ev.chair is None:
        return False
    host = ev.chair.post
    receives = [i for i in ev.cues if tokens[i].norm in ROLES.RECEIVE or tokens[i].norm in ROLES.RECEPTION]
    return any(p is not host and p.ministry and fold(p.ministry) == fold(body.name)
               and (host is None or fold(host.ministry or "") != fold(body.name))
               and any(i < p.first and tokens[i].sent == tokens[p.first].sent for i in receives)
               for p in people.posts)


# "افتتح … فعاليات مهرجان العسل …، في غابة …، بمشاركة عدد من دول العالم …، الذي تنظمه جمعية …": the host may be
# named well after the event's noun, in its sentence
_HOST_REACH = 60
_NEWS = frozenset({fold("الأنباء"), fold("أنباء")})  # "وكالة الأنباء السعودية": the news' source
_GUEST_SIDE = frozenset({fold("من"), fold("وأعضاء"), fold("أعضاء")})


def _short_reference(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "ترأس رئيس اللجنة المحلية للانتخابات X الاجتماع الرابع للجنة المحلية": a sitting noun, an ordinal or a
    number between, then ل + the first two words of one body named in full before it (no body read there)."""
    if not tokens[i].article:
        return None
    for x in (i + 1, i + 2):
        if x + 1 >= len(tokens) or tokens[x].sent != tokens[i].sent or any(m.first <= x < m.last for m in insts):
            return None
        w = tokens[x].norm
        if w.startswith(fold("لل")) and len(w) > 4:
            heads = {fold("ال") + w[2:], fold("ال") + w[1:]}  # "للمجلس", "للجنة" (ل + اللجنة)
            named = [m for m in insts if m.last <= i and fold(m.name).split()[:1] and fold(m.name).split()[0] in heads
                     and fold(m.name).split()[1:2] == [tokens[x + 1].norm] and len(fold(m.name).split()) > 2]
            return named[-1] if named and len({fold(m.name) for m in named}) == 1 else None
    return None


def _bare_reference(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "ترأس … رئيس لجنة الحج التنفيذية X … اجتماع اللجنة أمس": a sitting noun, then a bare definite council or
    committee noun (a time word, a stop or the end after it) that names the one body of that head named before."""
    x = i + 1
    if x >= len(tokens) or tokens[x].sent != tokens[i].sent or not tokens[x].article \
            or tokens[x].norm not in _BARE_BODIES or any(m.first <= x < m.last for m in insts):
        return None
    after = tokens[x + 1] if x + 1 < len(tokens) else None
    if after is not None and after.sent == tokens[x].sent and after.is_word and after.norm not in EVENTS.TIME_WORDS \
            and after.norm not in _SEAT_WORDS and _ordinal_at(tokens, x + 1) is None:
        return None  # "اجتماع اللجنة بمقر بلدية X" (ext-t32): where it met, not who ("جلسة المجلس الثالثة": its
        # number, ext-t49)
    heads = {tokens[x].norm, tokens[x].norm[2:]}
    named = [m for m in insts if m.last <= i and fold(m.name).split()[:1] and fold(m.name).split()[0] in heads]
    return named[-1] if named and len({fold(m.name) for m in named}) == 1 else None


_BARE_BODIES = frozenset({fold("اللجنة"), fold("المجلس"), fold("الهيئة")})
_MEMBERS = frozenset(fold(w) for w in ("أعضاء", "اعضاء"))
_MEMBERS_REACH = 6


def _members_body(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "استعرض المجلس المحلي بمحافظة X عددا من الموضوعات … . وبحث أعضاء المجلس خلال الاجتماع الذي عقد برئاسة …"
    (ext-t102): the members of a bare council or committee ("أعضاء المجلس") a few words before the cue, in its sentence,
    met as the one body of that head named before."""
    for x in range(i - 1, max(0, i - _MEMBERS_REACH), -1):
        if tokens[x].sent != tokens[i].sent:
            return None
        if tokens[x].norm in _BARE_BODIES and tokens[x - 1].norm in _MEMBERS \
                and not any(m.first <= x < m.last for m in insts):
            heads = {tokens[x].norm, tokens[x].norm[2:]}
            named = [m for m in insts if m.last <= x and fold(m.name).split()[:1] and fold(m.name).split()[0] in heads]
            return named[-1] if named and len({fold(m.name) for m in named}) == 1 else None
    return None


def _accompanied(tokens: list[Token], people: People, agent: Agent, i: int) -> Agent | None:
    """ "رافق صاحب السمو الأمير X ولي ولي العهد خادم الحرمين الشريفين الملك Y خلال استقباله أمس Z" (ext-t126): the
    chair read is the subject of a verb of accompanying that opens the cue's sentence; the office or person named
    next, before the cue with its possessive pronoun ("استقباله", "لقائه"), is the one he went with: the host."""
    if i < 1 or tokens[i - 1].norm not in _DURING_HIS:
        return None
    spans = [(m.first, m.last) for m in (agent.person, agent.post) if m is not None]
    if not spans:
        return None
    first, last = min(f for f, _ in spans), max(k for _, k in spans)
    verb = next((k for k in range(first - 1, max(-1, first - 6), -1) if tokens[k].norm in _ACCOMPANY), None)
    if verb is None or tokens[verb].sent != tokens[i].sent or sentence_start(tokens, i) not in (verb, verb - 1):
        return None
    own = agent.person.name if agent.person else None
    posts = [p for p in people.posts if last <= p.first < i and p.holder != own
             and (agent.post is None or p.title != agent.post.title or p.holder != agent.post.holder)]
    persons = [m for m in people.persons if last <= m.first < i and (own is None or m.name != own)]
    nxt = min([(p.first, 0, p) for p in posts] + [(m.first, 1, m) for m in persons], key=lambda x: (x[0], x[1]),
              default=None)
    if nxt is None:
        return None
    return office_agent(people, nxt[2]) if isinstance(nxt[2], PostMention) else person_agent(people, nxt[2])


_ACCOMPANY = frozenset(fold(w) for w in ("رافق", "ورافق", "يرافق", "ويرافق"))
_DURING_HIS = frozenset(fold(w) for w in ("خلال", "لدى", "أثناء", "اثناء"))
_HIS_EVENT = frozenset(fold(w) for w in ("استقباله", "لقائه", "اجتماعه", "زيارته"))


def _head_telling_it(tokens: list[Token], people: People, body: InstMention, i: int) -> Agent | None:
    """ "أوضح رئيس لجنة X Y أنه تم خلال الاجتماع الذي عقد أمس مناقشة …" (ext-t126): the head of the body that met
    ("رئيس" + the body, with its holder), right after a verb of telling, tells what was done at the meeting, a
    definite sitting noun in the clause he tells ("أن", "أنه" between): he chaired it."""
    if not tokens[i].article:
        return None
    for p in people.posts:
        if not (p.first <= body.first and body.last <= p.last and p.holder and p.first > 0 and p.last <= i
                and i - p.last <= _TOLD_REACH and tokens[p.first].sent == tokens[i].sent
                and tokens[p.first].norm in CHAIR_WORDS):
            continue
        verb = tokens[p.first - 1].norm
        if (verb[1:] if verb[:1] == "و" and verb[1:] in _TELLING else verb) not in _TELLING:
            continue
        if any(tokens[k].norm in _THAT for k in range(p.last, i)):
            return office_agent(people, p)
    return None


_TELLING = frozenset(fold(w) for w in ("أوضح", "أكد", "قال", "ذكر", "أشار", "أفاد", "أعلن", "كشف"))
_THAT = frozenset(fold(w) for w in ("أن", "أنه", "ان", "انه"))
_TOLD_REACH = 14


def _bare_subject(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "دان مجلس الوزراء X … . واستنكر المجلس في جلسته الاعتيادية التي عقدت أمس" (ext-t126): a possessive sitting
    noun ("جلسته", "اجتماعها"), right after a bare definite council or committee noun (or after it and "في" /
    "خلال"), is the sitting of the one body of that head named before."""
    if not tokens[i].norm.endswith(("ه", "ها")) or tokens[i].article:
        return None
    x = i - 1
    if x > 0 and tokens[x].norm in DURING_IN:
        x -= 1
    if x < 1 or tokens[x].sent != tokens[i].sent or tokens[x].norm not in _BARE_BODIES \
            or any(m.first <= x < m.last for m in insts):
        return None
    heads = {tokens[x].norm, tokens[x].norm[2:]}
    named = [m for m in insts if m.last <= x and fold(m.name).split()[:1] and fold(m.name).split()[0] in heads]
    return named[-1] if named and len({fold(m.name) for m in named}) == 1 else None


def _subject_holder(tokens: list[Token], insts: list[InstMention], people: People, i: int) -> InstMention | None:
    """ "أعلن النادي أن مجلس إدارة النادي عقد اجتماعا تشاوريا مع رئيس لجنة X" (ext-t126): right before the event's
    noun (a time word may stand between) a past verb of holding, and right before that verb a body outside any
    office, its subject: that body held the event."""
    verb = i - 1
    if verb > 0 and tokens[verb].norm in EVENTS.TIME_WORDS:
        verb -= 1
    if verb < 1 or tokens[verb].sent != tokens[i].sent or tokens[verb].norm not in _HELD_PAST:
        return None
    m = next((m for m in insts if m.last == verb and tokens[m.first].sent == tokens[i].sent), None)
    if m is None or any(p.first <= m.first and m.last <= p.last for p in people.posts):
        return None
    return m


_HELD_PAST = frozenset(fold(w) for w in ("عقد", "عقدت"))


def _opening_body(tokens: list[Token], insts: list[InstMention], people: People, i: int) -> list[InstMention]:
    """The first body named in the cue's sentence, before the cue and outside any office (not a news agency)."""
    own = sorted((m for m in insts if tokens[m.first].sent == tokens[i].sent and m.last <= i
                  and not _NEWS.intersection(fold(m.name).split())), key=lambda m: m.first)  # a source, no body
    first = own[0] if own else None
    if first is None or any(p.first <= first.first and first.last <= p.last for p in people.posts):
        return []
    return [first]


def _guests_body(tokens: list[Token], ev: EventMention) -> bool:
    """The body of a reception stands in its object, after the reception cue in its sentence, right after "من"
    or "(و)أعضاء" (a team from it, its head and members): the guests came from it."""
    body = ev.body
    if body is None or body.first == 0 or tokens[body.first - 1].norm not in _GUEST_SIDE:
        return False
    return any((tokens[i].norm in ROLES.RECEIVE or tokens[i].norm in ROLES.RECEPTION)
               and tokens[i].sent == tokens[body.first].sent and i < body.first for i in ev.cues)


def _named_before(tokens: list[Token], insts: list[InstMention], k: int) -> InstMention | None:
    """ "نظمت الوزارة ورشة": a bare definite head word ("الوزارة") names the one body with that head named before."""
    if k >= len(tokens) or not tokens[k].norm.startswith("ال") or any(m.first == k for m in insts):
        return None
    head = tokens[k].norm[2:]
    named = [m for m in insts if m.last <= k and fold(m.name).split()[:1] == [head]]
    return named[-1] if named and len({fold(m.name) for m in named}) == 1 else None


def _management(tokens: list[Token], k: int) -> bool:
    """ "إدارة الصندوق": "the management of" a body named by its bare head after it."""
    return k < len(tokens) and tokens[k].norm in _MANAGEMENT


def _restated_date(tokens: list[Token], ev: EventMention, dates: list[DateMention]) -> dt.date | None:
    """ "يتوجه الأمير X اليوم إلى … في زيارة عمل … . جاء ذلك في بيان …: «يغادر (الخميس) 14 / 10 / 1436هـ الموافق
    30 / 7 / 2015م الأمير X إلى … في زيارة عمل»": when the event's own sentences give no date that resolves (a
    relative day and no publication date), a later sentence that restates its cue word with the same next word
    ("زيارة عمل", "اجتماعا طارئا") and holds a full date (day, month and year, written out) gives the date; every full
    date of that sentence must be the same day (a day a revolution or a remembrance names is none, slots22), and no
    word of the future or of an earlier event stands by the restated cue ("المقبلة", "السابقة")."""
    first = ev.cues[0]
    if first + 1 >= len(tokens):
        return None
    phrase = (strip_clitic(tokens[first].norm)[0], tokens[first + 1].norm)
    for k in candidates(tokens, frozenset({phrase[0]})):  # (the cue word again: only those tokens are tested)
        if k < first + 2 or k >= len(tokens) - 1 or tokens[k].sent == tokens[first].sent \
                or (strip_clitic(tokens[k].norm)[0], tokens[k + 1].norm) != phrase:
            continue
        near = range(max(0, k - 3), min(len(tokens), k + 5))
        if any(tokens[x].norm in EVENTS.FUTURE or tokens[x].norm in _EARLIER or tokens[x].norm in _OTHER
               for x in near):
            return None
        full = {dt.date(d.year, d.month, d.day) for d in dates if tokens[d.first].sent == tokens[k].sent
                and d.year and d.month and d.day and d.relative is None
                and not _anniversary_day(tokens, d)}  # "لحفل افتتاح القناة … في أعقاب ثورة 25 يناير 2011" (slots22)
        return full.pop() if len(full) == 1 else None
    return None


def _said_there_date(tokens: list[Token], people: People, ev: EventMention, dates: list[DateMention],
                     published: dt.date) -> dt.date | None:
    """ "طالب رئيس المجلس X اليوم … . وقال X في مؤتمر صحفي عقب اجتماع …" (ext-t106): an event whose sentence gives
    no date, told right after "في" or "خلال" in a sentence that opens with a verb of speech and the speaker's name,
    is dated by the sentence just before when that one names the same speaker and holds one date, a relative day
    ("اليوم", "أمس") read against the publication date: what he said there, he said that day."""
    first = ev.cues[0]
    s = tokens[first].sent
    a = sentence_start(tokens, first)
    if a < 1 or first - 1 <= a or tokens[first - 1].norm not in DURING_IN \
            or strip_clitic(tokens[a].norm)[0] not in ROLES.SPEECH:
        return None
    prev = tokens[a - 1].sent
    before = [d for d in dates if tokens[d.first].sent == prev]
    if len(before) != 1 or before[0].relative is None or prev == s:
        return None
    speaker = next((pm for pm in people.persons if pm.first == a + 1), None)
    if speaker is not None and speaker.last >= first:
        return None
    said = a + (speaker.last - speaker.first if speaker is not None else 1)  # his full name, or his family name
    if said >= first or not any(tokens[pm.first].sent == prev and (pm.name == getattr(speaker, "name", None) or (
            speaker is None and tokens[pm.last - 1].norm == tokens[a + 1].norm and pm.last - pm.first > 1))
            for pm in people.persons):
        return None
    return before[0].resolve(published)


_EARLIER = frozenset(fold(w) for w in ("السابقة", "السابق", "الماضية", "الماضي", "الأخيرة", "الأخير"))
_OTHER = frozenset(fold(w) for w in ("مقبلة", "مقبل", "قادمة", "قادم", "أخرى", "آخر", "ثانية", "جديدة", "جديد"))
"""Indefinite words by a restated cue that make it another event: "زيارة رسمية مقبلة", "زيارة أخرى"."""


_THAT_CAME = FUNCTION_WORDS.THAT_CAME
_THAT_WORDS = frozenset(fold(w) for w in ("ذلك", "هذا", "ذلك،"))
_SUBJECT_REACH = 8


def _told_before_body(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "اطلع مجلس الشؤون الاقتصادية على عدد من الموضوعات. جاء ذلك عقب اجتماع اليوم برئاسة …" (ext-t52): a cue whose
    sentence opens with "جاء ذلك" and names no body is the sitting of the council or chamber that is the subject
    of the sentence before (named within its first words: after its verb, or a dateline and its verb)."""
    start = sentence_start(tokens, i)
    if start < 1 or start + 1 >= i or tokens[start].norm not in _THAT_CAME or tokens[start + 1].norm not in _THAT_WORDS:
        return None
    before = tokens[start - 1].sent
    first = sentence_start(tokens, start - 1)
    return next((m for m in insts if first < m.first <= first + _SUBJECT_REACH and tokens[m.first].sent == before
                 and m.kind in ("governing_body", "parliament")), None)


def _goes_on(tokens: list[Token], i: int) -> int | None:
    """The sentence after the cue's when it opens with "وذلك" (it goes on telling the same event)."""
    nxt = next((t for t in tokens[i:] if t.sent > tokens[i].sent and t.is_word), None)
    return nxt.sent if nxt is not None and nxt.norm in EVENTS.GOES_ON else None


def body_near(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """The body a cue speaks of: the name right after it ("اجتماع مجلس…"), or, for a possessive cue
    ("عقد مجلس الجهة دورته", "عقدت الجمعية جمعها العام") or when none follows, the subject before it."""
    sent = tokens[i].sent
    insts = [m for m in insts if not _told_to(tokens, m)]
    # "وتم خلال الاجتماع تشكيل لجنة رئيسة": a body set up at the event did not meet
    after = [m for m in insts if i < m.first <= i + 8 and tokens[m.first].sent == sent
             and not (m.first > 0 and strip_clitic(tokens[m.first - 1].norm)[0] in EVENTS.FORMED)
             and not (_discussing(tokens, i) and tokens[m.first].norm[:1] != "ل")
             and not _pointed_to(tokens, i, m)
             and not _purpose_between(tokens, i, m)
             and not _praised_partner(tokens, m)  # (ev21)
             and not (m.first > 0 and tokens[m.first - 1].norm in _DECISION_OF)]  # "زار X في خرق لقرار الأمم
    # المتحدة", "اجتماع … تنفيذا لقرار مجلس الوزراء": the body whose decision is cited did not hold the event (r2-slots)
    # "وذكرت وكالة الأنباء … أن الجانبين بحثا خلال اللقاء": a news agency before the cue is the source, no body
    before = [m for m in insts if i - 20 <= m.first < i and m.last <= i and tokens[m.first].sent == sent
              and not _NEWS.intersection(fold(m.name).split())]
    seat = next((m for m in sorted(insts, key=lambda m: m.first) if i < m.first <= i + _SEAT_REACH
                 and tokens[m.first].sent == sent and m.first > 0 and tokens[m.first - 1].norm in _SEAT_WORDS), None)
    if seat is None:
        seat = _seat_named_back(tokens, insts, i)
    if seat is not None:  # "التقى نائب الرئيس رئيس مجلس الوزراء X، اليوم في مقر الحكومة …": the host at its seat,
        return seat  # not the body in an office's title
    possessive = tokens[i].norm.endswith(("ه", "ها", "هم")) and len(tokens[i].norm) > 4 \
        and tokens[i].norm not in ROLES.RECEIVE  # "استقبله": an object pronoun, the host follows
    if not possessive:  # "… وقوات X، واستعرض الرئيس خلال الاجتماع": not a body joined to an object before
        before = [m for m in before if not _conjoined(tokens, m)]  # (but "ومجلس الأمن قبل انعقاد جلسته": its own)
        before = [m for m in before if not _dative(tokens, m)]  # (but "شكره لمجلس الوزراء الذي قرر في جلسته")
    before = [m for m in before if not _report_source(tokens, m, i)]  # "نقلا عن مصادر الوزارة أن …"
    before = [m for m in before if not _reporter(tokens, m, i)]  # "قالت المفوضية إن المفوض X شارك في احتفالية"
    after = [m for m in after if not _reporter(tokens, m, i)]  # "أجندة الاجتماع، بحسب ما ذكر المجلس X"
    first, second = (before, after) if possessive else (after, before)
    for group, pick in ((first, possessive), (second, not possessive)):
        if group:
            if pick:  # before the cue: the outermost name that opens closest to the verb
                outer = [m for m in group if not any(o is not m and o.first <= m.first and m.last <= o.last
                                                     for o in group)]
                return max(outer, key=lambda m: m.first)
            return min(group, key=lambda m: (m.first, -m.last))
    # "وفد لجنة المتابعة المعنية بتنفيذ نتائج مؤتمر القاهرة": a cue inside a body's name speaks of that body
    return next((m for m in insts if m.first < i < m.last), None)


def _praised_partner(tokens: list[Token], m: InstMention) -> bool:
    """ "مشيدا بدعم شركاء التنظيم في إمارة المنطقة والأمانة" (ev21): a body a few words after a word of praise or of
    backing partners (no comma between) is thanked for its support, it did not hold the event told."""
    for k in range(m.first - 1, max(-1, m.first - 1 - _PRAISE_REACH), -1):
        if tokens[k].sent != tokens[m.first].sent or tokens[k].norm in COMMAS:
            return False
        if strip_clitic(tokens[k].norm, "وب")[0] in _PRAISE_WORDS:
            return True
    return False


_PRAISE_WORDS = frozenset(fold(w) for w in ("مشيدا", "مشيدة", "مشيدين", "شركاء", "شريك", "شركائه", "شركائها",
                                            "مثمنا", "مثمنة", "منوها", "منوهة"))
_PRAISE_REACH = 4


def _spoken_of_only(tokens: list[Token], ev: EventMention, body: InstMention) -> bool:
    """The event's body is named only as an object past one of its adverbial cues (``_object_past_adverb``)."""
    return any(c < body.first <= c + _OBJECT_REACH and tokens[c].sent == tokens[body.first].sent
               and _object_past_adverb(tokens, c, body) for c in ev.cues)


_OBJECT_REACH = 8


def _office_in(agent: Agent | None, body: InstMention) -> bool:
    """ "وزير الصحة" for "وزارة الصحة": the chair's office names the body (the words after its head)."""
    if agent is None or agent.post is None:
        return False
    tail = fold(body.name).split()[1:]
    return bool(tail) and set(tail) <= set(fold(agent.post.title).split())


def _object_past_adverb(tokens: list[Token], i: int, m: InstMention) -> bool:
    """ "وطلب خلال اللقاء زيارة قوات X إلى …", "وبحث في الاجتماع دعم هيئة Y" (evbody): a definite cue in a phrase of
    time or place ("خلال اللقاء", "في الاجتماع") takes no name after it; a body named past a bare noun that follows
    it (the object of the clause's verb) is what was spoken of, not the body that met. A body joined by "ل" ("خلال
    الاجتماع الأول للجنة"), past the cue's adjectives or a word of time, or past a relative, a seat or a word of sides
    ("الذي عقدته الهيئة", "بمقر الهيئة", "التعاون بين X وY") is left to the other readings."""
    if not (tokens[i].article and i > 0 and strip_clitic(tokens[i - 1].norm, "و")[0] in DURING_IN):
        return False
    if tokens[m.first].norm[:1] == "ل" and m.start > tokens[m.first].start:
        return False
    between = [k for k in range(i + 1, m.first) if tokens[k].is_word]
    if any(tokens[k].norm in RELATIVES or tokens[k].norm in EVENTS.HELD_IT or tokens[k].norm in EVENTS.ORGANISE_BACK
           or tokens[k].norm in _SEAT_WORDS or strip_clitic(tokens[k].norm, "و")[0] in _SIDES for k in between):
        return False  # ("بحث في الاجتماع التعاون بين X وY": the two sides that met)
    return any(not tokens[k].article and tokens[k].norm not in _TIME_WORDS and not is_stop(tokens[k].norm)
               and not tokens[k].norm.isdigit() for k in between)


_DECISION_OF = frozenset(fold(w) for w in ("قرار", "لقرار", "بقرار", "وقرار", "قرارات", "لقرارات", "بقرارات"))


def _pointed_to(tokens: list[Token], i: int, m: InstMention) -> bool:
    """ "وأشار خلال كلمته في الاجتماع إلى انطلاق برنامج … بكلية الطب" (ext-t97): after a definite cue in a phrase of
    time or place ("في الاجتماع", "خلال الاجتماع"), a body named past "إلى" is what was spoken of, not the body that
    met."""
    if not (tokens[i].article and i > 0 and tokens[i - 1].norm in DURING_IN):
        return False
    return any(tokens[k].norm in TO_WORDS or tokens[k].norm in _TOPIC_LINKS for k in range(i + 1, m.first))


def _visited_object(tokens: list[Token], insts: list[InstMention], people: People, i: int) -> InstMention | None:
    """ "زار رئيس جمعية X سالم العمري أمس مستشفى Y", "زار وفد من شركة X اليوم المؤسسة Y" (anchor): after a verb of
    visiting, the body named bare (no "و", no "ب") right after the visitor's name, a word of time or a comma that
    closes the subject is the one visited (its host), not a body in the visitor's office or delegation; so is the body
    right after "بزيارة" (its object: "قام X بزيارة (لـ/إلى) مستشفى Y")."""
    sent = tokens[i].sent
    if tokens[i].norm[:1] == "ب" and strip_clitic(tokens[i].norm, "ب")[0] in EVENTS.VISIT:  # "قام X بزيارة (لـ/إلى) Y"
        k = i + 1
        while k < len(tokens) and tokens[k].sent == sent and (tokens[k].norm in _TIME_WORDS
                                                              or tokens[k].norm in TO_WORDS):
            k += 1
        m = next((m for m in insts if m.first == k and tokens[k].sent == sent  # bare, or after "ل"
                  and (m.start == tokens[k].start or (tokens[k].text[:1] == "ل" and m.start == tokens[k].start + 1))),
                 None)
        return m if m is not None and not any(p.first <= m.first < p.last for p in people.posts) else None
    if strip_clitic(tokens[i].norm, "و")[0] not in EVENTS.VISIT_VERBS:
        return None
    ends = {pm.last for pm in people.persons if i < pm.first and tokens[pm.first].sent == sent}
    for k in range(i + 2, min(len(tokens), i + _VISITED_REACH)):
        if tokens[k].sent != sent:
            return None
        if tokens[k].norm in _TIME_WORDS or tokens[k].norm in COMMAS:
            continue
        if k in ends or tokens[k - 1].norm in _TIME_WORDS or tokens[k - 1].norm in COMMAS:
            m = next((m for m in insts if m.first == k and m.start == tokens[k].start), None)  # (bare: no "و", "ب")
            if m is not None and not any(p.first <= m.first < p.last for p in people.posts):
                return m
    return None


_VISITED_REACH = 30
_TIME_WORDS = DAY_TIMES | {fold("مؤخرا"), fold("مؤخراً")}


def _purpose_between(tokens: list[Token], i: int, m: InstMention) -> bool:
    """ "عقدت لجنة X جلسة لمناقشة الاتفاق الذي وقعته منظمة Y", "اجتماع حول تقرير هيئة Y" (anchor): a body named after
    a word of purpose or topic that follows the cue is what the event discussed, not the body that met (one right
    after "بين" or "مع" is a side of it, one right after a verb of hosting or holding its host)."""
    before = tokens[m.first - 1].norm if m.first > 0 else ""
    if strip_clitic(before, "و")[0] in _SIDES or before in EVENTS.ORGANISE_BACK or before in EVENTS.HELD_IT:
        return False  # ("قمة حول الأمن تستضيفها رابطة X": its host)
    return any(tokens[k].norm in _PURPOSE for k in range(i + 1, m.first))


_PURPOSE = frozenset(fold(w) for w in ("لمناقشة", "لبحث", "لدراسة", "لاستعراض", "لتقييم", "حول", "بشأن", "بخصوص"))
_SIDES = frozenset(fold(w) for w in ("بين", "مع"))
_TOPIC_LINKS = frozenset(fold(w) for w in ("عن", "على", "حول"))  # "وشدد خلال الاجتماع على تفعيل التعاون مع هيئة X",
# "وعبر في الاجتماع عن سعادته بما حققته قوات X" (fslot): what was spoken of (not "بحث في الاجتماع التعاون بين X وY":
# the two sides that met)


_DISCUSS = frozenset(fold(w) for w in ("ناقش", "وناقش", "ناقشت", "وناقشت", "استعرض", "واستعرض", "استعرضت",
                                       "واستعرضت", "تناول", "وتناول", "تناولت", "وتناولت"))


def _discussing(tokens: list[Token], i: int) -> bool:
    """ "وناقش الاجتماع مرئيات الأمانة العامة للاتحاد": a definite cue that is the subject of a verb of discussing; a
    name after it (not joined by "ل") is what the event discussed, not the body that met (ext-t61)."""
    return i > 0 and tokens[i].article and tokens[i - 1].norm in _DISCUSS and tokens[i - 1].sent == tokens[i].sent


def _dative(tokens: list[Token], m: InstMention) -> bool:
    """ "نقل شكر بلاده للحكومة X …، مبينا أن اللقاء تطرق إلى …": a body written with "ل" within three words after
    thanks, greetings or condolences, before a cue with no possessive pronoun, is the one thanked, not the subject
    that met (ext-t81; a possessive cue speaks of it: "شكره لمجلس الوزراء الذي قرر في جلسته")."""
    if not (m.start > tokens[m.first].start and tokens[m.first].text[:1] == "ل"):
        return False
    sent = tokens[m.first].sent
    return any(tokens[x].sent == sent and (tokens[x].norm in ROLES.GREETING
                                           or strip_clitic(tokens[x].norm)[0] in ROLES.GREETING)
               for x in range(max(0, m.first - 3), m.first))


def _report_source(tokens: list[Token], m: InstMention, i: int) -> bool:
    """ "نقلا عن مصادر الوزارة أن الاتفاق تم خلال مباحثات …", "بيان صادر من الوزارة أن مباحثات …" (fslot): a body
    named as a report's source ("مصادر X", "متحدث باسم X", "صادر عن/من X") and cut off from the cue by the report's
    "أن"/"إن" is where the news came from, not the body that met (a body that says it
    itself, "قالت الرئاسة إن الرئاسات الثلاث دعت خلال اجتماع عقدته", may have met: left alone)."""
    if m.first == 0 or not any(tokens[k].norm in _COMPLEMENTIZERS for k in range(m.last, i)):
        return False
    prev = tokens[m.first - 1].norm if m.start == tokens[m.first].start else ""  # (not "لـX", "بـX": a clitic)
    if prev in _FROM_BY and m.first > 1:
        return tokens[m.first - 2].norm in _ISSUED
    return prev in _SOURCE_NOUNS


def _reporter(tokens: list[Token], m: InstMention, i: int) -> bool:
    """ "قالت المفوضية الأوروبية في بروكسل إن المفوض X شارك في احتفالية …", "أعلنت شركة X أن المستخدمين على موعد …
    في مؤتمر Y", "بحسب ما ذكر المجلس X" (slots14): a body right after a verb of saying is the one that tells the news,
    not the one that met, when a bare "أن"/"إن" between it and the cue opens a clause with its own subject, or when
    it is the source after "(ب)حسب ما". A clause that opens on the event ("إن الاجتماع …") or takes the body back
    ("أن الملتقى الذي نظمته") keeps it."""
    if m.first == 0 or tokens[m.first].text[: max(0, m.start - tokens[m.first].start)] in _CLITICS:
        return False  # (not "لـX", "بـX": a clitic)
    verb = m.first - 1
    if _relays(tokens, m, i):
        return True
    if strip_clitic(tokens[verb].norm, "و")[0] not in _SAYING or tokens[verb].sent != tokens[i].sent:
        return False
    if verb > 0 and tokens[verb - 1].norm in _AS_WHAT:
        return True
    said = [k for k in range(m.last, i) if tokens[k].norm in _COMPLEMENTIZERS]
    if not said or next((x for x in range(said[-1] + 1, i + 1) if tokens[x].is_word), i) == i:
        return False  # ("قالت الرئاسة إن «الاجتماع الذي …»": the event itself is what it tells of)
    return not any(tokens[k].norm in EVENTS.HELD_IT or tokens[k].norm in EVENTS.ORGANISE_BACK
                   for k in range(i + 1, min(len(tokens), i + 4)))


def _relays(tokens: list[Token], m: InstMention, i: int) -> bool:
    """ "ونقلت مديرية التوجيه في الجيش X في بيان عن رئيس الجلسة Y تأكيده …" (ev22): a body a few words after a verb
    of relaying (the relaying body's name before it: "مديرية … في"), with "عن" between it and the cue in the same
    sentence and none before it, passes on what another said: it reports, it did not meet."""
    verb = next((x for x in range(m.first - 1, max(-1, m.first - 1 - _RELAY_REACH), -1)
                 if strip_clitic(tokens[x].norm, "و")[0] in _RELAYING), None)
    if verb is None or tokens[verb].sent != tokens[i].sent or tokens[m.first].sent != tokens[i].sent \
            or any(tokens[k].norm in _FROM_WHOM or tokens[k].norm in COMMAS for k in range(verb + 1, m.first)):
        return False
    return any(tokens[k].norm in _FROM_WHOM for k in range(m.last, i))


_RELAYING = frozenset(fold(w) for w in ("نقل", "نقلت"))
_RELAY_REACH = 6
_FROM_WHOM = frozenset({fold("عن")})


_SAYING = frozenset(fold(w) for w in ("قال", "قالت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أفاد", "أفادت", "أوضح",
                                      "أوضحت", "أكد", "أكدت", "كشف", "كشفت", "صرح", "صرحت"))
_AS_WHAT = frozenset({fold("ما")})  # "بحسب ما ذكر X" (not "كما أعلن X …": "also", it may tell its own act)
_CLITICS = frozenset(("ل", "ب", "و", "ف", "لل", "وب", "ول", "ك"))


_SOURCE_NOUNS = frozenset(fold(w) for w in ("مصادر", "مصدر", "باسم", "لسان"))
_FROM_BY = frozenset(fold(w) for w in ("عن", "من"))
_ISSUED = frozenset(fold(w) for w in ("صادر", "الصادر", "صادرة", "الصادرة"))


def _news_outlet_cited(tokens: list[Token], m: InstMention) -> bool:
    """ "نقلت وكالة X عن …", "حسب وكالة X", "ذكرت صحيفة Y أن …", "قال … لوكالة X" (slot4): a news outlet (its name
    opens on an outlet's word) right after a verb or preposition of reporting, or written with the dative "ل" (told
    to it), is where the report came from, never the body of the event it tells."""
    norm = tokens[m.first].norm
    if m.start > tokens[m.first].start and norm[:1] == "ل" and norm[1:] in _OUTLETS:
        for x in range(m.first - 1, max(-1, m.first - 1 - _SAID_REACH), -1):  # "قال X لوكالة Y": told to it
            if tokens[x].sent != tokens[m.first].sent or cue_kind(tokens, x):
                return False  # (not "أكد الوزير … خلال زيارته لوكالة الحجز": a department visited)
            if strip_clitic(tokens[x].norm, "و")[0] in _SAID or tokens[x].norm in EVENTS.STATEMENT_NOUNS:
                return True
        return False
    before = m.first - 1
    if before > 0 and tokens[before].norm in _OUTLET_PAGES:
        before -= 1  # "نقل موقع هيئة الإذاعة البريطانية عن X": the outlet's site before its name (slots10)
    return _outlet_name(tokens, m) and ((before >= 0 and strip_clitic(tokens[before].norm, "و")[0] in _REPORTED_BY)
                                        or _told_outlet(tokens, m))


def _told_outlet(tokens: list[Token], m: InstMention) -> bool:
    """ "وأفاد مصدر دبلوماسي تركي وكالة فرانس برس أنه تم تأجيل الزيارة": an outlet named as the object of a verb of
    saying a few words before it (its subject between), no event cue between them (ev20)."""
    for x in range(m.first - 1, max(-1, m.first - 1 - _SAID_REACH), -1):
        if tokens[x].sent != tokens[m.first].sent or cue_kind(tokens, x):
            return False
        if strip_clitic(tokens[x].norm, "و")[0] in _SAID:
            return x < m.first - 1
    return False


def _speakers_own_body(tokens: list[Token], cue: int, body: InstMention) -> bool:
    """ "وقال السكرتير العام لحزب الوفد X إن زيارة الأمير …", "توقع السكرتير الصحفي لمكتب الرئاسة X زيارة الرئيس
    …": the cue is a bare visit noun told by a speaker, and the body is named in the speaker's words before it (after
    a verb of saying or expecting), not again after the cue in its sentence; no body of the visit (ev20)."""
    if strip_clitic(tokens[cue].norm, "و")[0] not in _VISIT_NOUNS or not body.last <= cue \
            or tokens[body.first].sent != tokens[cue].sent:
        return False
    verb = next((k for k in range(body.first - 1, max(-1, body.first - _SPEAKER_REACH), -1)
                 if tokens[k].sent == tokens[cue].sent and _says(tokens[k])), None)
    if verb is None or any(cue_kind(tokens, x) and strip_clitic(tokens[x].norm, "و")[0] not in _VISIT_NOUNS
                           for x in range(verb + 1, cue)):
        return False
    first = fold(body.name).split()[0]
    heads = {first, first if first.startswith("ال") else "ال" + first}
    return not any(strip_clitic(tokens[x].norm)[0] in heads for x in range(cue + 1, len(tokens))
                   if tokens[x].sent == tokens[cue].sent)


def _says(tok: Token) -> bool:
    """A verb of saying or of expecting, welcoming or praising ("قال", "توقع", "أشاد"), "و" before it or not."""
    w = strip_clitic(tok.norm, "و")[0]
    return w in _SAID or w in _EXPECTED


_VISIT_NOUNS = frozenset(fold(w) for w in ("زيارة", "الزيارة", "بزيارة"))
_SPEAKER_REACH = 16
_EXPECTED = frozenset(fold(w) for w in ("توقع", "توقعت", "رحب", "رحبت", "أشاد", "أشادت", "وصف", "وصفت", "اعتبر",
                                        "اعتبرت"))


def _outlet_name(tokens: list[Token], m: InstMention) -> bool:
    """ "وكالة X", "صحيفة Y", "هيئة الإذاعة البريطانية": a name opening on an outlet's word, or holding a
    broadcaster's word among its first three (slots10)."""
    head = tokens[m.first : min(m.last, m.first + 3)]
    return tokens[m.first].norm in _OUTLETS or any(t.norm in _BROADCAST for t in head)


_SAID = frozenset(fold(w) for w in ("قال", "قالت", "صرح", "صرحت", "أكد", "أكدت", "أوضح", "أوضحت", "أضاف", "أضافت",
                                    "كشف", "كشفت", "أفاد", "أفادت", "ذكر", "ذكرت", "أشار", "أشارت", "أعلن", "أعلنت",
                                    "تقرير", "تقريره", "تقريرها"))  # (and "في تقرير لوكالة X": a report to it)
_SAID_REACH = 10
_OUTLETS = frozenset(fold(w) for w in ("وكالة", "صحيفة", "جريدة", "قناة", "إذاعة", "مجلة"))
_BROADCAST = frozenset(fold(w) for w in ("الإذاعة", "التلفزيون", "التلفزة"))
_OUTLET_PAGES = frozenset(fold(w) for w in ("موقع", "حساب", "صفحة"))
_REPORTED_BY = frozenset(fold(w) for w in ("نقلت", "نقل", "ذكرت", "ذكر", "أفادت", "أوردت", "قالت", "أضافت", "بثت",
                                           "نشرت", "حسب", "بحسب", "وفق", "وفقا", "وفقاً", "أكدت", "أشارت", "كشفت",
                                           "نقلته", "نقلتها", "ذكرته", "ذكرتها", "أوردته", "أوردتها", "نشرته",
                                           "نشرتها", "بثته", "بثتها"))  # "كما نقلته وكالة X" (slots12)


def _conjoined(tokens: list[Token], m: InstMention) -> bool:
    """ "المواجهة مع الانقلابيين وقوات X، واستعرض الرئيس خلال الاجتماع": a body written with "و" before it is joined
    to what comes before (an object, a list), not the subject of the cue that follows it."""
    return m.start > tokens[m.first].start and tokens[m.first].text[:1] == "و"


_SEAT_WORDS = frozenset({fold("مقر"), fold("بمقر")})
_EMIRATE_BODIES = EMIRATE_SEAT_NAMES | {fold("ديوان الإمارة")}
_SEAT_REACH = 14
_SEAT_BACK_REACH = 28


def _seat_named_back(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "استقبل المستشار في الديوان الملكي المشرف العام على مركز X الدكتور Y بمقر المركز في الرياض" (ext-t99): "بمقر"
    + a bare definite head noun ("المركز") after a verb of receiving or meeting, in its sentence, names the body named
    in full between the verb and it (the host's office) whose first word is that noun: the host at its seat, not the
    first body of the host's offices ("الديوان الملكي")."""
    if strip_clitic(tokens[i].norm, "و")[0] not in ROLES.RECEIVE and tokens[i].norm not in ROLES.RECEIVE:
        return None
    sent = tokens[i].sent
    for k in range(i + 1, min(len(tokens) - 1, i + _SEAT_BACK_REACH)):
        if tokens[k].sent != sent:
            return None
        if tokens[k].norm not in _SEAT_WORDS or not tokens[k + 1].article or tokens[k + 1].sent != sent:
            continue
        if any(m.first == k + 1 for m in insts):
            return None  # "بمقر الأمانة العامة للمجلس": a body named there in full, read by the seat rule above
        head = tokens[k + 1].norm
        guests = next((x for x in range(i + 1, k) if tokens[x].norm in ROLES.DELEGATION), k)
        return next((m for m in insts if i < m.first < guests and tokens[m.first].sent == sent
                     and fold("ال" + strip_clitic(tokens[m.first].norm)[0]) == head), None)
        # (the host's offices only, before any delegation received: "استقبل X وفد هيئة الاستثمار … بمقر الهيئة" names
        # the guests' body, no seat of the host's, as ext-t94's guard wants)
    return None


def _told_to(tokens: list[Token], m: InstMention) -> bool:
    """ "في تصريح لوكالة الأنباء السعودية": the body a statement is given to (after a statement noun and ل)."""
    return m.first > 0 and m.start > tokens[m.first].start and tokens[m.first].norm[:1] == "ل" \
        and tokens[m.first - 1].norm in EVENTS.STATEMENT_NOUNS


def _number(tokens: list[Token], ev: EventMention, title_sent: int) -> int | None:
    for k in candidates(tokens, _NUMBERED_WORDS):  # (a numbered noun: only those tokens are tested)
        tok = tokens[k]
        if k >= len(tokens) - 1 or (tok.sent not in ev.sentences and tok.sent != title_sent):
            continue
        base = strip_clitic(tok.norm)[0]
        if not _numbered(tok.norm) and not _numbered(base):
            continue
        edition = edition_of(tokens, k) in EVENTS.EDITION_OF and not (
            base in EVENTS.MEETING and ev.kind in ("meeting", "session"))  # "الاجتماع الرابع لجائزة X": the prize's
        # committee met a fourth time (aud-slots); "الدورة الخامسة لجائزة X" is the prize's fifth edition
        if edition or edition_of(tokens, k) in EVENTS.NOT_SITTINGS \
                or cycle_of(tokens, k) or prize_edition(tokens, k) or _ballot_round(tokens, k):
            continue  # "الدورة الخامسة لجائزة…", "الدورة الثالثة للانتخابات": not a sitting's number
        if k > 2 and tokens[k - 1].norm in (_IN, "و" + _IN) and tok.norm.endswith(_ITS_TERM) \
                and tokens[k + 1].norm not in EVENTS.SITTING_TYPES \
                and not any(cue_kind(tokens, x) or strip_clitic(tokens[x].norm)[0] in _COUNCILS
                            for x in range(max(0, k - 6), k - 1)):
            continue  # "المجالس البلدية في دورتها الأولى", "مسابقتها … في دورتها السادسة": the owners' term or a
            # contest's edition, not the sitting's number (fslot); but "مؤتمر القمة العربية في دورته 26" (an
            # assembly's own session), "عقد المجلس الجماعي لمدينة X في دورته الثالثة" (a council's session: a board's
            # term, "مجلس الإدارة في دورته الثالثة", reads alike and is left) and "في دورته العادية 144"; "وفي" too:
            # "في الانتخابات البلدية المقبلة وفي دورتها الثالثة" (ev23)
        if ev.cues and k != ev.cues[0] and _held_within(tokens, k):
            continue  # "في إطار الدورة الـ18 لمهرجان X", "على هامش الدورة 106 لمؤتمر Y", "لحضور فعاليات الدورة الثانية
            # من برنامج Z": the edition of another event the one told is held within, not its own number (slot4)
        if k >= 3 and tokens[k - 1].norm == fold("من") and tokens[k - 2].sent == tok.sent \
                and tokens[k - 2].norm in CALENDAR.ORDINALS and (tok.norm in EVENTS.SESSION or base in EVENTS.SESSION) \
                and any(cue_kind(tokens, x) in ("meeting", "session") for x in (k - 3, k - 4) if x >= 0):
            # "اجتماعها العام الثالث من الدورة 26": the third meeting of the session (not "اليوم الأول من المؤتمر")
            return CALENDAR.ORDINALS[tokens[k - 2].norm]  # (ext-t38)
        at = k + 1
        if tokens[at].norm in EVENTS.SITTING_TYPES and at + 1 < len(tokens):
            at += 1
        elif tokens[at].norm in _BARE_BODIES and not tok.article and at + 1 < len(tokens) \
                and tokens[at + 1].sent == tok.sent and tokens[at + 1].article:
            at += 1  # "جلسة المجلس الثالثة والأربعين": the sitting's ordinal after the bare council it is of (ext-t49)
        if tokens[at].norm == _NUMBER_WORD and at + 1 < len(tokens) and tokens[at + 1].sent == tok.sent:
            at += 1  # "جلسته رقم 45", "الاجتماع رقم (3)": the number after "رقم" (ext-t88)
        if _day_of_month(tokens, at):
            continue  # "أجلت القضية إلى جلسة 16 أغسطس": a sitting's day and month, not its number (ext-t38)
        if _counted(tokens, at):
            continue  # "ويشارك في الدورة 50 طالبة": a count of those taking part, not the session's number (slots22)
        if forum_panel(tokens, ev, k):
            continue  # "ينظم المجلس ملتقى … . يعقب ذلك الجلسة الأولى": one of the forum's sittings, not its number
        if k > 0 and tokens[k - 1].sent == tok.sent and tokens[k - 1].norm in _PURPOSE:
            continue  # "ورشة عمل لمناقشة النسخة الأولى للخطة": the numbered thing discussed, not the event (slots8)
        number = _ordinal_at(tokens, at)
        if number is not None:
            return number
    named = _named_forum_ordinal(tokens, ev)
    if named is not None:
        return named
    body = ev.body  # "اجتماعات المجلس الوزاري لصندوق … (أوفيد) الـ36": the ordinal after the body the cue names
    if body is not None and any(body.first in (i + 1, i + 2) and (_numbered(base := strip_clitic(tokens[i].norm)[0])
                                                                  or base in EVENTS.MEETINGS_PLURAL) for i in ev.cues):
        at = body.last
        if at + 2 < len(tokens) and tokens[at].norm == "(" and ")" in (tokens[at + 2].norm, tokens[at + 3].norm
                                                                        if at + 3 < len(tokens) else ""):
            at += 3 if tokens[at + 2].norm == ")" else 4  # an acronym in brackets: "(أوفيد)"
        if at < len(tokens) and tokens[at].sent == tokens[body.first].sent:
            return _ordinal_at(tokens, at)
    return None


def _counted(tokens: list[Token], at: int) -> bool:
    """ "ويشارك في الدورة 50 طالبة" (slots22): a number in digits right after the numbered noun, then an indefinite
    word of the same sentence with no proclitic (no "لعام", "للمجلس", "العادية"), counts that word, not the sitting."""
    if at + 1 >= len(tokens) or not tokens[at].norm.isdigit():
        return False
    nxt = tokens[at + 1]
    return nxt.sent == tokens[at].sent and nxt.is_word and not nxt.article and not is_stop(nxt.norm) \
        and not nxt.norm.isdigit() and nxt.norm[:1] not in _PROCLITICS


_PROCLITICS = frozenset(fold("لبوفك"))


def _held_within(tokens: list[Token], k: int) -> bool:
    """ "في إطار الدورة …", "على هامش الدورة …", "ضمن أنشطة الدورة …", "لحضور فعاليات الدورة …" (slot4): a numbered
    word right after a word framing the event in another one (or after "فعاليات", "أعمال", "أنشطة" … that follow
    such a word or "حضور") is that other event's edition."""
    if k < 2 or tokens[k - 1].sent != tokens[k].sent or tokens[k - 2].sent != tokens[k].sent:
        return False
    prev, before = strip_clitic(tokens[k - 1].norm, "و")[0], tokens[k - 2].norm
    if prev in _WITHIN:
        return True
    return prev in _PROCEEDINGS and (strip_clitic(before, "و")[0] in _WITHIN
                                     or strip_clitic(before, "ول")[0] in _ATTENDING_IT)


_WITHIN = frozenset(fold(w) for w in ("إطار", "اطار", "هامش", "ضمن", "سياق"))
_PROCEEDINGS = frozenset(fold(w) for w in ("فعاليات", "أعمال", "اعمال", "أنشطة", "نشاطات", "برامج"))
_ATTENDING_IT = frozenset(fold(w) for w in ("حضور",))


def _named_forum_ordinal(tokens: list[Token], ev: EventMention) -> int | None:
    """ "انطلاق فعاليات ملتقى الشباب الريادي الأول", "مؤتمر الرياض الدولي الثاني" (r2-slots): a forum or
    conference noun in construct (the event's first cue), then one to three definite words of its name (no comma),
    then a masculine ordinal agreeing with the noun, numbers the event."""
    for i in ev.cues[:1]:  # the event's own cue (not "على هامش مؤتمر X الثالث" merged into another event)
        if strip_clitic(tokens[i].norm)[0] not in _FORUM_CONSTRUCT:
            continue
        for at in range(i + 2, min(len(tokens), i + 5)):
            prev = tokens[at - 1]
            if prev.sent != tokens[i].sent or not prev.is_word or not prev.article or is_stop(prev.norm):
                break
            tok = tokens[at]
            if tok.sent == tokens[i].sent and tok.norm in CALENDAR.ORDINALS and not tok.text.endswith(_FEMININE) \
                    and _ordinal_at(tokens, at) is not None and not _day_of_month(tokens, at):
                return _ordinal_at(tokens, at)
    return None


_FORUM_CONSTRUCT = frozenset(fold(w) for w in ("ملتقى", "منتدى", "مؤتمر"))
_FEMININE = ("ه", "ة", "ى")  # "الثانية", "الأولى" as written: agreeing with a feminine word of the name


_BALLOTS = frozenset(fold(w) for w in ("اقتراع", "الاقتراع", "تصويت", "التصويت", "استحقاق", "الاستحقاق"))
"""A vote or ballot, whose "دورة" is a round, not a sitting (beside the election words of events.txt)."""


def _ballot_round(tokens: list[Token], k: int) -> bool:
    """ "لإجراء الاقتراع الرئاسي في دورته الأولى" (ext-t139): "في" + a possessive session word, a ballot's word a few
    words before it in its clause (behind a clitic, no comma between), is the ballot's round, not a sitting's number."""
    tok = tokens[k]
    if k < 2 or tokens[k - 1].norm != "في" or tok.article or not tok.norm.endswith(("ها", "ه")):
        return False
    for j in range(k - 2, max(-1, k - 6), -1):
        if tokens[j].sent != tok.sent or tokens[j].norm in COMMAS:
            return False
        if strip_clitic(tokens[j].norm)[0] in _BALLOTS:
            return True
    return False


def _day_of_month(tokens: list[Token], at: int) -> bool:
    """ "جلسة 16 أغسطس", "جلسة 8 من شهر شوال": a day written in digits, then a month's name (Gregorian, Levantine
    or Hijri), is a date (ext-t38)."""
    if at + 1 >= len(tokens) or not tokens[at].norm.isdigit() or int(tokens[at].norm) > 31:
        return False
    k = at + 1
    if tokens[k].norm == fold("من") and k + 1 < len(tokens):
        k += 1
    if tokens[k].norm == fold("شهر") and k + 1 < len(tokens):
        k += 1
    one = tokens[k].norm
    two = (one, tokens[k + 1].norm) if k + 1 < len(tokens) else ("", "")
    return one in CALENDAR.MONTHS or two in CALENDAR.MASHRIQ_MONTHS or one in CALENDAR.HIJRI_MONTHS \
        or " ".join(two) in CALENDAR.HIJRI_MONTHS


def _ordinal_at(tokens: list[Token], at: int) -> int | None:
    """The number an ordinal or a number at ``tokens[at]`` says: "الثانية", "الحادية عشرة", "الخامسة والأربعين",
    "العشرين", "11", "ال11", "الـ 11", "(45)"."""
    if at >= len(tokens):
        return None
    nxt = tokens[at].norm
    after = tokens[at + 1].norm if at + 1 < len(tokens) else ""
    if nxt in CALENDAR.ORDINAL_UNITS:  # "الخامسة والأربعين", "الخامسة و الأربعين"
        tens = after[1:] if after[:1] == "و" and after[1:] in CALENDAR.ORDINAL_TENS else (
            tokens[at + 2].norm if after == "و" and at + 2 < len(tokens) else "")
        if tens in CALENDAR.ORDINAL_TENS:
            return CALENDAR.ORDINAL_UNITS[nxt] + CALENDAR.ORDINAL_TENS[tens]
    two = f"{nxt} {after}"
    if two in CALENDAR.ORDINALS:
        return CALENDAR.ORDINALS[two]
    if nxt in CALENDAR.ORDINAL_UNITS and after in _TEN_WORDS:
        return CALENDAR.ORDINAL_UNITS[nxt] + 10  # "الرابعة عشر": a ten whose gender disagrees with the unit's
    if nxt in CALENDAR.ORDINALS:
        return CALENDAR.ORDINALS[nxt]
    if nxt in CALENDAR.ORDINAL_TENS:
        return CALENDAR.ORDINAL_TENS[nxt]
    m = NUMBER.match(nxt)
    if m:
        return int(m.group(1))
    closed = at + 2 < len(tokens) and tokens[at + 2].norm == ")"
    if after.isdigit() and (nxt == "ال" or (nxt == "(" and closed)):
        return int(after)  # "الـ 11", "(45)"
    return None


_NUMBER_WORD = fold("رقم")
_TEN_WORDS = frozenset({fold("عشر"), fold("عشرة")})
"""The ten of a compound ordinal of 11-19, in either gender."""


_NUMBERED_WORDS = EVENTS.SESSION | EVENTS.NUMBERED


def _numbered(norm: str) -> bool:
    """A session word or another noun that an ordinal or number after it numbers ("الدورة الثانية")."""
    return norm in EVENTS.SESSION or norm in EVENTS.NUMBERED


def _council_he_heads(tokens: list[Token], people: People, ev: EventMention, chair: Agent,
                      body: InstMention) -> bool:
    """ "قام أمين الطائف رئيس المجلس البلدي X بجولة …", "استقبل … رئيس المجلس البلدي X المعايدين" (ext-t121): a
    council named only inside an office of the chair of a reception, a meeting or a visit is the body he heads; a
    council meets in its sittings, not in its head's receptions or tours (the build step reads the same of an
    office's council). Only its president's office ("الأمين العام لمجلس التعاون" visits for the council), and not a
    chamber of parliament, whose president receives delegations for it ("استقبله رئيس مجلس المستشارين"); not when the
    council is named again outside any office in the event's sentences ("ترأس رئيس المجلس X اجتماع المجلس")."""
    head = strip_clitic(tokens[body.first].norm)[0]
    if head not in _COUNCILS or body.kind == "parliament" or not any(
            p.first <= body.first and body.last <= p.last and fold(p.title.split()[0]) in _PRESIDENT
            and (p is chair.post or (chair.person is not None and p.holder == chair.person.name))
            for p in people.posts):
        return False
    posts = [(p.first, p.last) for p in people.posts]
    return not any(strip_clitic(tokens[k].norm)[0] in _COUNCILS and not any(a <= k < b for a, b in posts)
                   for k in candidates(tokens, _COUNCILS) if tokens[k].sent in ev.sentences)


_COUNCILS = frozenset(fold(w) for w in ("المجلس", "مجلس"))
_HOSTS = frozenset(fold(w) for w in ("استقبل", "استقبلت", "استقبله", "استقبلها", "استقبلهم", "التقى", "التقت"))
"""A host's verbs: a reception or a meeting with a guest (a meeting its chair convenes, "ترأس رئيس مجلس إدارة
الغرفة X اجتماعا", keeps the council in his office as its body)."""
_PRESIDENT = frozenset(fold(w) for w in ("رئيس", "ورئيس"))  # the council's president, not its secretary-general


def _talks_city(tokens: list[Token], people: People, i: int) -> str | None:
    """ "أجرى الوزير مباحثات، أمس، مع وزير الخارجية الإيطالي X في العاصمة روما" (ext-t121): talks or a meeting held
    "مع" a guest, the guest's offices and name read right after "مع", then "في" + a city (after "العاصمة" or
    "مدينة" and a nationality adjective): the city where they met. Only right after the guest: "مع مسؤولين في الوزارة
    لبحث … في مكة" names a topic, and a city inside the guest's office ("سفير المملكة في روما") is his seat."""
    w = next((x for x in range(i + 1, min(len(tokens), i + _WITH_REACH)) if tokens[x].norm == _WITH
              and tokens[x].sent == tokens[i].sent), None)
    if w is None:
        return None
    spans = {m.first: m.last for m in people.persons} | {m.first: m.last for m in people.posts}
    end = w + 1
    while end in spans and spans[end] > end:  # the guest's offices and name, one after another
        end = max(spans[end], end + 1)
    if end == w + 1 or end + 1 >= len(tokens) or tokens[end].norm != "في" or tokens[end].sent != tokens[i].sent:
        return None
    j = end + 1
    if tokens[j].norm in _TOWN_WORDS and j + 1 < len(tokens):
        j += 1
        if j + 1 < len(tokens) and _nationality(tokens[j]) and not _city_len(tokens, j):
            j += 1  # "في العاصمة الإيطالية روما"
    size = _city_len(tokens, j) if j < len(tokens) else 0
    return _text_of(tokens, j, j + size) if size else None


def _visit_after_visitor(tokens: list[Token], people: People, i: int) -> str | None:
    """ "أكد الباحث أن زيارة نائب الرئيس رئيس مجلس الوزراء خالد بحاح إلى محافظة عدن تؤكد …" (ext-t121): a visit noun
    followed by the visitor's offices and name, read as people, then "إلى" or "لـ" + a town: where the visit went."""
    spans = {m.first: m.last for m in people.persons} | {m.first: m.last for m in people.posts}
    opening = end = past_styles(tokens, i + 1) if i + 1 < len(tokens) else i + 1  # "زيارة صاحب السمو الملكي
    while end in spans and spans[end] > end:  # الأمير X … للقاهرة": the visitor's styles first (fslot)
        end = max(spans[end], end + 1)
    if end == opening or end >= len(tokens) or tokens[end].sent != tokens[i].sent:
        return None
    if tokens[end].norm in _VISIT_ADJECTIVES and end + 1 < len(tokens):
        end += 1  # "زيارة الرئيس X الأولى إلى كينيا": the visit's own adjective after the name (slots10)
    return _to_city(tokens, end)


_VISIT_ADJECTIVES = frozenset(fold(w) for w in ("الأولى", "الثانية", "الأخيرة", "الرسمية", "الحالية", "المرتقبة",
                                                 "المنتظرة", "المقبلة", "القادمة", "الماضية"))


_TALKS_WITH = frozenset(fold(w) for w in ("مباحثات", "المباحثات", "محادثات", "المحادثات", "مشاورات", "اجتماعا",
                                          "اجتماعات", "لقاء"))
_WITH = fold("مع")
_WITH_REACH = 5
_TOWN_WORDS = frozenset(fold(w) for w in ("العاصمة", "مدينة"))


def _nationality(tok: Token) -> bool:
    """ "الإيطالية", "الأردني": a definite adjective of nationality (ending in ي or ية)."""
    return tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه")) and len(tok.norm) > 4


def _guests_seat_only(tokens: list[Token], people: People, ev: EventMention, where: str) -> bool:
    """The place read is written, in the event's sentences, only at the end of another man's office ("عقد وكيل الإمارة
    X اجتماعا بمدير التعليم بالمخواه Y"): the town that office serves, not where the event was (ev26); a city in
    the chair's own office ("ترأس مدير التعليم بجدة الاجتماع") still places it."""
    if ev.chair is None:
        return False
    key = ev.chair.person.name if ev.chair.person is not None else ev.chair.post.holder if ev.chair.post else None
    own = [p for p in people.posts if p is ev.chair.post or (key is not None and p.holder == key)]
    own += [p for p in people.posts if any(q.last == p.first for q in own)]  # his row: "نائب الرئيس وزير الدفاع بـX"
    first = fold(where.split()[0])
    at = [k for k, t in enumerate(tokens) if t.sent in ev.sentences and (t.norm == first or t.norm[1:] == first)]
    return bool(at) and all(any(p.first < k < p.last and p.holder is not None and p not in own for p in people.posts)
                            for k in at)


def _envoy_seat_only(tokens: list[Token], people: People, ev: EventMention, where: str) -> bool:
    """The place read is written, in the event's sentences, only inside an envoy's office after its "لدى"
    ("المندوب الدائم للمملكة لدى الأمم المتحدة في نيويورك"): the city where he is accredited, not where the event was
    (ext-t46)."""
    first = fold(where.split()[0])
    at = [k for k, t in enumerate(tokens) if t.sent in ev.sentences and (t.norm == first or t.norm[1:] == first)]
    return bool(at) and all(any(p.first < k < p.last and any(tokens[x].norm == _ACCREDITED_TO
                                                             for x in range(p.first, k)) for p in people.posts)
                            for k in at)
