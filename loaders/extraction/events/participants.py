"""Who took part in an event: named office holders (at a formal sitting only those the text shows there,
``events/attended.py``), persons and offices after an attendance cue (بحضور، حضر، شارك), and an office presenting to
a sitting; not the chair, not someone only mentioned."""

from __future__ import annotations

from collections.abc import Callable, Collection
from itertools import takewhile

from marsad.loaders.extraction.cues import AGREEMENTS, DECISIONS, EVENTS, ROLES
from marsad.loaders.extraction.events.attended import shown_attending
from marsad.loaders.extraction.events.chairs import (
    COMING,
    SABAQA,
    agent_at,
    clause_subject,
    eponym_title,
    honorifics,
    lead_named_at_head,
    leads_delegation,
    office_agent,
    other_meetings_hosts,
    person_agent,
    reception_host,
    reception_parties,
    seat_visitor,
)
from marsad.loaders.extraction.events.kinds import cue_kind
from marsad.loaders.extraction.events.mention import Agent, EventMention, agent_mentions, agent_names
from marsad.loaders.extraction.people import MEMBER_ACCUSATIVE, People, PersonMention, PostMention
from marsad.loaders.extraction.text import (
    ALSO,
    COMMAS,
    OPEN_QUOTES,
    RELATIVES,
    RELATIVES_WITH_DUALS,
    TO_WORDS,
    Token,
    candidates,
    in_words,
    sentence_end,
    sentence_start,
    strip_clitic,
)
from marsad.loaders.extraction.words import CALENDAR, CHAINS, FUNCTION_WORDS, PEOPLE
from marsad.loaders.normalize import fold, match_key


def participants(tokens: list[Token], people: People, ev: EventMention, chair: Agent | None,
                 others: tuple[EventMention, ...] = ()) -> list[Agent]:
    chair_names = set()
    if chair is not None:
        if chair.person:
            chair_names.add(chair.person.name)
        if chair.post:
            chair_names.add(chair.post.title)
            if chair.post.holder:
                chair_names.add(chair.post.holder)
    out: list[Agent] = []
    seen: set[str] = set()
    elsewhere = _ceremony_attended(tokens, ev) | _held_apart(tokens, ev)  # (all3: a roundup's other ceremony)
    paras = _paragraphs(tokens)  # read once per event, not once per office holder (part12)
    # "خلال استقبال ولي ولي العهد …": the chair read as an office only; its holder named elsewhere is the chair
    chair_office = fold(chair.post.title) if chair is not None and chair.person is None and chair.post else None
    if chair_office not in PEOPLE.ROYAL_TITLES:  # not a bare style ("الأمير"), which many hold
        chair_names |= {p.holder for p in people.posts if p.holder and fold(p.title) == chair_office}
    chair_names |= other_meetings_hosts(tokens, people, ev)  # (slots13: not a sitting's participants either)
    sovereigns = {p.holder for p in people.posts if p.holder and fold(p.title) in _SOVEREIGN
                  and not any(_met_by_cue(tokens, ev, _governor(tokens, people, k))
                              for k in _mentions(people, p.holder))}
    item = _next_item(tokens, ev)  # (r20) a roundup's next item, if the story is one
    for p in people.posts:  # named office holders
        if p.holder and p.holder not in chair_names and p.holder not in seen and p.holder not in sovereigns \
                and not _read_office(tokens, p):
            if (ev.kind == "session" and not shown_attending(tokens, people, ev, p.holder)) \
                    or (_oblique(tokens, p, people) and not _met_at_cue(tokens, p, ev)) \
                    or _quoted(tokens, people, (ev, *others), p.holder) \
                    or _at_ceremony(tokens, people, p.holder, elsewhere) or _acts_apart(tokens, people, ev, p.holder) \
                    or _approves_apart(tokens, people, ev, p.holder) or _holder_patron_only(tokens, people, p.holder) \
                    or _in_speech(tokens, people, (ev, *others), p.holder) or _appointed(tokens, people, p.holder) \
                    or _spoken_of_at(tokens, people, ev, p.holder) or _greeted_only(tokens, people, p.holder) \
                    or _relative_subject(tokens, people, p.holder) \
                    or _to_the_press(tokens, people, p.holder, _cues_of((ev, *others))) \
                    or _heads_body_only(tokens, people, p.holder) \
                    or _other_matter(tokens, people, ev, p.holder) or _thanked_by_another(tokens, people, p.holder) \
                    or _praised_only(tokens, people, p.holder) \
                    or _blessed_only(tokens, people, p.holder) \
                    or _author_or_sender(tokens, people, p.holder) or _visitor_elsewhere(tokens, people, ev, p.holder) \
                    or _welcomes_only(tokens, people, ev, p.holder) or _former_only(tokens, people, ev, p.holder) \
                    or _named_for_only(tokens, people, p.holder) or _consented_only(tokens, people, p.holder) \
                    or _invited_only(tokens, people, p.holder) or _visits_later_only(tokens, people, ev, p.holder) \
                    or _foretells(tokens, people, p.holder) or _at_earlier_meeting(tokens, people, ev, p.holder) \
                    or _spokesman_only(tokens, people, ev, p.holder) or _informing_only(tokens, people, p.holder) \
                    or _before_turn(tokens, people, ev, p.holder) or _directs_apart(tokens, people, ev, p.holder) \
                    or _after_turn_only(tokens, people, ev, others, p.holder) \
                    or _at_bodys_head_only(tokens, people, p.holder) \
                    or _foretells_in_what_he_says(tokens, people, ev, p.holder) \
                    or _calls_off_only(tokens, people, ev, p.holder) \
                    or _approves_its_programme_only(tokens, people, ev, p.holder) \
                    or _speaks_of_others_meeting(tokens, people, p.holder) \
                    or _guides_or_signed_before_only(tokens, people, ev, p.holder) \
                    or _represented_only(tokens, people, p.holder) \
                    or _tried_only(tokens, people, p.holder) or _background_only(tokens, people, ev, p.holder) \
                    or _earlier_act_only(tokens, people, p.holder) or _on_the_phone_only(tokens, people, ev, p.holder) \
                    or _pluperfect_subject_only(tokens, people, ev, p.holder) \
                    or _at_pluperfect_meeting(tokens, people, ev, p.holder) \
                    or _pluperfect_sentence_only(tokens, people, ev, p.holder) \
                    or _pluperfect_object_only(tokens, people, ev, p.holder) \
                    or _regime_of_only(tokens, people, p.holder) or _announces_only(tokens, people, ev, p.holder) \
                    or _speaks_before_coming(tokens, people, p.holder) \
                    or _addressed_only(tokens, people, ev, p.holder) \
                    or _part_elsewhere_only(tokens, people, ev, p.holder) \
                    or _asked_about_only(tokens, people, ev, p.holder) \
                    or _cabled_only(tokens, people, ev, p.holder) \
                    or _met_apart_in_time(tokens, people, p.holder) \
                    or _recalled_act_only(tokens, people, ev, p.holder) \
                    or _met_at_next_stop(tokens, people, ev, p.holder) \
                    or _hosts_apart(tokens, people, ev, p.holder) \
                    or _unattended_apart(tokens, people, ev, p.holder) \
                    or _in_passing_only(tokens, people, p.holder) \
                    or _speaks_of_announced(tokens, people, ev, p.holder) \
                    or _board_officer_only(tokens, people, ev, p.holder) \
                    or _member_only(tokens, people, ev, p.holder) \
                    or _to_be_visited_only(tokens, people, ev, p.holder) \
                    or _other_paragraph_only(tokens, people, ev, chair, paras, p.holder) \
                    or _far_sentences_only(tokens, people, ev, p.holder) \
                    or _met_another_only(tokens, people, ev, chair, chair_names, p.holder) \
                    or _posted_online_only(tokens, people, ev, p.holder) \
                    or _speaks_of_scheduled(tokens, people, ev, p.holder) \
                    or _turned_to_another_only(tokens, people, ev, p.holder) \
                    or _in_a_formula_only(tokens, people, p.holder) \
                    or _received_at_another_only(tokens, people, ev, others, p.holder) \
                    or _next_item_only(people, item, p.holder):
                continue
            seen.add(p.holder)
            out.append(office_agent(people, p))
    held_titles = {fold(a.post.title) for a in out if a.post}
    listed = {a.person.name for a in out if a.person}
    included = {c + 1 for c in ev.cues if c + 1 < len(tokens) and tokens[c + 1].norm in ROLES.INCLUDED}
    for k in sorted({*candidates(tokens, _ATTENDANCE_WORDS | _GRACED), *included}):
        tok = tokens[k]  # persons named as attending, with or without an office
        if k in elsewhere or _members_named(tokens, k, ev) or (item is not None and k > item):
            continue  # "وحضر حفل التكريم X": at the ceremony; "تشكيل اللجنة … وعضوية كل من X": its members (ext-t44);
            # (r20) the guests of a roundup's later item
        if tok.norm not in ROLES.ATTEND and strip_clitic(tok.norm)[0] not in ROLES.ATTEND and not (
                tok.norm in ROLES.CHAIR and leads_delegation(tokens, k)) and not _co_chair(tokens, k) \
                and k not in included and not _companions(tokens, k) \
                and not _graced(tokens, k):  # "اجتماعا ضم X، وY"; "وشرف الحفل X، وY" (ext-t116)
            continue
        if _takes_part_elsewhere(tokens, people, ev, k) or _share_button(tokens, k) \
                or _at_recalled_meeting(tokens, ev, k) or _participation_spoken_of(tokens, k) \
                or _before_own_turn(tokens, ev, k):
            continue
        reach, last = k + 30, k
        for pm in sorted(people.persons, key=lambda m: m.first):
            if tokens[pm.first].sent != tok.sent or pm.first <= k:
                continue
            # "بحضور … ورئيس مركز X فلان والعمدة Y" (ext-t32), "حضر الدورة X، وY، …، وZ" (ext-t31): a long list of
            # attendees goes on past the reach, item by item
            if pm.first > reach:
                if not _list_goes_on(tokens, people, last, pm.first):
                    break
                reach = pm.first
            last = max(last, pm.last)
            if pm.name not in chair_names and not _named_for(tokens, pm.first) \
                    and not _greeted(tokens, _governor(tokens, people, pm.first)) \
                    and pm.name not in listed and not _appointed(tokens, people, pm.name) \
                    and not _spoken_of_at(tokens, people, ev, pm.name) \
                    and not _credited_in_list(tokens, _governor(tokens, people, pm.first)) \
                    and not _represented(tokens, people, pm) and not _on_a_day_of_a_program(tokens, pm) \
                    and not _inside_title_quotes(tokens, pm.first):
                listed.add(pm.name)
                out.append(person_agent(people, pm))
                last = max(last, pm.last)
            elif tokens[pm.first].sent == tok.sent and k < pm.first and pm.name in listed | chair_names:
                last = max(last, pm.last)
    press_with = _press_held_with(tokens, ev) if ev.kind == "other" else frozenset()
    for k in candidates(tokens, _WITH_OR_COUNTERPART) if ev.kind == "meeting" or press_with else ():
        tok = tokens[k]  # "الاجتماع … مع نظيرهم الأمريكي X": the person met
        if ev.kind != "meeting" and k not in press_with:
            continue  # (a press conference: only the one it was held with, ext-t156)
        if tok.sent not in ev.sentences or (
                tok.norm in ROLES.WITH and _earlier_only(tokens, ev, tok.sent)):
            continue  # (not "أثناء لقاء سابق مع X": the one met at an earlier meeting, ext-t64)
        if tok.norm in ROLES.WITH:
            j = k + 1
        elif tok.norm[:1] == "و" and tok.norm[1:] in ROLES.COUNTERPART:
            j = k  # "استقبل الوزير نظيره الإسباني X ونظيره البرتغالي Y": a second counterpart met, coordinated
        elif tok.norm in ROLES.COUNTERPART and k > 0 and tokens[k - 1].sent == tok.sent:
            j = k  # "التقى الوزير X نظيره الفرنسي Y": the counterpart met, the object of the verb (ext-t31)
        else:
            continue
        while j < len(tokens) and j <= k + 3 and (tokens[j].norm in ROLES.COUNTERPART or _nationality(tokens[j])
                                                  or (j == k and tokens[j].norm[1:] in ROLES.COUNTERPART)):
            j += 1
        if tok.norm in ROLES.WITH:
            j = _past_styles(tokens, people, j)  # "جلسة مباحثات مع فخامة الرئيس X" (part11)
        met = next((x for x in people.persons if x.first == j and tokens[j].sent == tok.sent), None)
        if met is not None and met.name not in chair_names and met.name not in listed:
            listed.add(met.name)
            out.append(person_agent(people, met))
        office = None if met is not None or j >= len(tokens) or tokens[j].sent != tok.sent else next(
            (p for p in people.posts if p.first == j), None)
        if office is not None and office.title not in chair_names and office.title not in seen \
                and (office.holder is None or office.holder not in listed | chair_names):
            # "اجتمع الأمين العام … مع سفير النرويج لدى المملكة": the office met, its holder unread or unnamed
            seen.add(office.title)
            holder = next((pm for pm in people.persons if pm.name == office.holder), None)
            if holder is not None:
                listed.add(holder.name)
            out.append(Agent(holder, office))
    for c in ev.cues if ev.kind == "visit" else ():  # "… من خلال زيارة المحافظ Y في مجلسه": Y (ext-t156)
        guest = seat_visitor(tokens, people, c)
        name = guest and (guest.person.name if guest.person else guest.post.title if guest.post else "")
        if guest is not None and name and not _known(guest, out, chair_names):
            (listed if guest.person else seen).add(name)
            out.append(guest)
    for pm in _in_own_speech(tokens, people, ev, others):  # "وبين X في كلمته التي ألقاها …" (ext-t32)
        if pm.name not in chair_names and pm.name not in listed:
            listed.add(pm.name)
            out.append(person_agent(people, pm))
    for party in _met_with(tokens, people, ev):  # "التقى خلالها بالملحق الثقافي والملحق التجاري" (ext-t32)
        named = party.person.name if party.person else party.post.title if party.post else ""
        if named and not _known(party, out, chair_names):
            (listed if party.person else seen).add(named)
            out.append(party)
    for party in _met_by_noun(tokens, people, ev) + _gave_speech(tokens, people, ev):
        # "اجتماعا برئيس مجلس إدارة الاتحاد" (the one met), "أن يلقي الأمين العام X كلمة في هذا الاجتماع" (ext-t41)
        named = party.person.name if party.person else party.post.title if party.post else ""
        if named and not _known(party, out, chair_names):
            (listed if party.person else seen).add(named)
            out.append(party)
    for k in ev.cues:  # "أكد X، …، خلال اللقاء الذي نظمته …": who speaks during the event takes part
        if k == 0 or (tokens[k - 1].norm not in ROLES.DURING and not _said_in_aside(tokens, k)) \
                or tokens[k].norm in ROLES.RECEPTION \
                or (k + 1 < len(tokens) and tokens[k + 1].norm in _EARLIER):
            continue  # (not "أثناء لقاء سابق": an earlier meeting, ext-t64)
        if k >= 2 and tokens[k - 2].norm in _IMPERSONAL and tokens[k - 2].sent == tokens[k].sent:
            continue  # "كما تم خلال الاجتماع الموافقة على …": an impersonal verb, no speaker (ext-t49)
        speaker = clause_subject(tokens, people, k)
        name = speaker and (speaker.person.name if speaker.person else speaker.post.title if speaker.post else "")
        if speaker is not None and name and not _known(speaker, out, chair_names) \
                and not _title_before_surname(tokens, speaker, out, chair_names) \
                and not _tells_the_press(tokens, people, speaker, k, (ev, *others)):
            (listed if speaker.person else seen).add(name)
            out.append(speaker)
    for k in ev.cues:  # "خلال استقباله، يوم الإثنين، لرئيس الوزراء X": the guest after a possessive reception noun
        if tokens[k].norm not in ROLES.RECEPTION or not tokens[k].norm.startswith(fold("است")):
            continue
        j = k + 1
        while j < len(tokens) and j <= k + 8 and tokens[j].sent == tokens[k].sent \
                and not any(x.first == j for x in people.posts) and not any(x.first == j for x in people.persons):
            j += 1
        guest = agent_at(tokens, people, j) if j < len(tokens) and tokens[j].sent == tokens[k].sent else None
        name = guest and (guest.person.name if guest.person else guest.post.title if guest.post else "")
        if guest is not None and name and not _known(guest, out, chair_names):
            (listed if guest.person else seen).add(name)
            out.append(guest)
    for k in candidates(tokens, _RECEIVE_WORDS):  # the guest of "استقبل" (and of a transitive "التقى", ext-t31)
        tok = tokens[k]
        if (tok.norm not in ROLES.RECEIVE and not _met_directly(tokens, k)) or tok.sent not in ev.sentences \
                or _turned_cue_of_another(tokens, ev, others, k):
            continue
        # "زار X مقر …، حيث استقبله Y": X, the one Y received, named before; "استقبل X في مكتبه أمس السفير …"
        guest = clause_subject(tokens, people, k) if tok.norm.endswith(_OBJECT_PRONOUNS) \
            else _received(tokens, people, k)
        name = guest and (guest.person.name if guest.person else guest.post.title if guest.post else "")
        if guest is not None and name and not _known(guest, out, chair_names):
            (listed if guest.person else seen).add(name)
            out.append(guest)
        if guest is not None and guest.person is not None and not tok.norm.endswith(_OBJECT_PRONOUNS):
            for pm in _guests_listed_after(tokens, people, k, guest.person.name):  # "…، ورئيس المحكمة الشيخ Y"
                if pm.name not in chair_names and pm.name not in listed:
                    listed.add(pm.name)
                    out.append(person_agent(people, pm))
    for k in ev.cues:  # "وأعرب X، لدى استقبال نائب الرئيس Y له": X, the guest of the reception Y hosts
        if tokens[k].norm not in EVENTS.RECEPTION_NOUN:
            continue
        guest = reception_parties(tokens, people, k)[1]
        name = guest and (guest.person.name if guest.person else guest.post.title if guest.post else "")
        if guest is not None and name and not _known(guest, out, chair_names):
            (listed if guest.person else seen).add(name)
            out.append(guest)
    for k in candidates(tokens, _ATTEND_OR_CHAIR):  # offices stated as attending, or heading a delegation received
        tok = tokens[k]
        if k in elsewhere or _members_named(tokens, k, ev) or _share_button(tokens, k) \
                or _at_recalled_meeting(tokens, ev, k) or _participation_spoken_of(tokens, k):
            continue  # (not "اللجنة المشكلة برئاسة X وبعضوية … والأمين العام …": its members, ext-t64)
        if tok.norm not in ROLES.ATTEND and strip_clitic(tok.norm)[0] not in ROLES.ATTEND and not (
                tok.norm in ROLES.CHAIR and leads_delegation(tokens, k) and tok.sent in ev.sentences):
            continue
        # "وشارك X في عدد من التنظيمات، كما كان نائب رئيس …": outside the event's sentences a bare word of taking
        # part reads only the office right after it, its subject ("ثم شارك محافظ X في العرضة"; r2-part)
        bare = tok.sent not in ev.sentences and strip_clitic(tok.norm, "و")[0] in _BARE_TAKING_PART
        for p in people.posts:
            if bare and p.first != k + 1 and not (p.first == k + 2 and tokens[k + 1].norm in _IN_IT):
                continue
            if tokens[p.first].sent == tok.sent and p.first > k and p.title not in chair_names \
                    and p.title not in seen and not p.holder and fold(p.title) not in held_titles \
                    and fold(p.title) not in PEOPLE.ROYAL_TITLES \
                    and not _complement(tokens, people, p, k) and not _to_be_filled(tokens, p) \
                    and not _heads_body_at(tokens, people, p.first) \
                    and not _document_author(tokens, p.first) \
                    and not _greeted(tokens, _governor(tokens, people, p.first)) \
                    and not _represented_office(tokens, people, p) \
                    and not _in_a_formula(tokens, people, p.first, None) \
                    and not _clause_between(tokens, k, p.first):  # "مرفوقا بولي العهد الأمير …": a style, no office
                # ("بمشاركة الطلاب، وقدم المشرف الشكر لمدير المستشفى": the office thanked, not attending; part6)
                seen.add(p.title)
                out.append(Agent(None, p))
    if ev.kind != "signing" and ev.cues:  # "كما قدم رئيس اللجنة … د. X السياسات": a presenter, after the first cue
        first = min(ev.cues)
        for k in candidates(tokens, ROLES.PRESENT_VERBS):
            if k <= first or (strip_clitic(tokens[k].norm)[0] not in ROLES.PRESENT_VERBS
                              and tokens[k].norm not in ROLES.PRESENT_VERBS):
                continue
            j = k + 1
            while j < len(tokens) and j <= k + 3 and (tokens[j].norm in honorifics() or tokens[j].norm in ("د", ".")):
                j += 1
            agent = agent_at(tokens, people, j)
            if agent is None or tokens[j].sent != tokens[k].sent:
                continue
            name = agent.person.name if agent.person else (agent.post.title if agent.post else "")
            if name and name not in chair_names and name not in listed and name not in seen:
                (listed if agent.person else seen).add(name)
                out.append(agent)
    for pm in _presenters_listed(tokens, people, ev):  # "ويقدم محاضرات الورشة كل من X وY" (ext-t129)
        if pm.name not in chair_names and pm.name not in listed:
            listed.add(pm.name)
            out.append(person_agent(people, pm))
    for p in people.posts:  # "سيتتبع … عرضا للوزير المنتدب …": the office presenting to the sitting (and "استمعت
        # اللجنة لعرض من وزير X": the one it came from, ext-t97)
        if p.first > 0 and (tokens[p.first - 1].norm in ROLES.PRESENTS or _presented_by(tokens, p.first)) \
                and ev.kind != "signing" \
                and p.title not in chair_names and p.title not in seen and fold(p.title) not in held_titles \
                and (p.holder is None or p.holder not in listed):
            seen.add(p.title)
            out.append(office_agent(people, p))
    for p in people.posts:  # "وتخلل الحفل كلمة لرئيس اللجنة X": the speaker at the event takes part
        if p.first > 0 and ev.kind != "signing" and _word_in(tokens, p.first - 1, _SPEECH_NOUNS) \
                and p.start > tokens[p.first].start and tokens[p.first].norm[:1] == "ل" \
                and _event_sentence(tokens, ev, p.first) and p.title not in chair_names and p.title not in seen \
                and fold(p.title) not in held_titles and (p.holder is None or p.holder not in listed | chair_names):
            seen.add(p.title)
            if p.holder:
                listed.add(p.holder)
            out.append(office_agent(people, p))
    for k in ev.cues:  # "كرم المدير X، اليوم، السائق Y": the one honoured takes part (part, ninth session)
        for honoree in _honoured(tokens, people, k):
            if not _known(honoree, out, chair_names):
                listed.add(honoree.person.name if honoree.person else "")
                out.append(honoree)
    for signer in _signed_for_a_side(tokens, people, ev):  # "ووقعها عن الجانب الآخر مندوبه الدائم X" (part3)
        if signer.person is not None and not _known(signer, out, chair_names):
            listed.add(signer.person.name)
            out.append(signer)
    unique: dict[str, Agent] = {}  # one agent per person ("إيمانويل/ايمانويل ماكرون" are one) or unheld office
    for a in out:
        key = match_key(a.person.name) if a.person else "\x1f" + match_key(a.post.title if a.post else "")
        unique.setdefault(key, a)
    kept = _one_holder_per_office(_one_spelling(tokens, people, ev, [
        a for a in unique.values() if not _named_again(tokens, people, a, [*unique.values(), chair])
            and not _chair_shortened(a, chair) and not _chair_office_shortened(a, chair)
            and not _chair_spelt_apart(a, chair)
            and not _chair_office_in_full(a, chair)
            and not _office_of_one_named(tokens, people, a, [*unique.values(), chair])
            and not _office_held_by_one_there(people, a, [*unique.values(), chair])
            and not _office_without_its_body_noun(a, [*unique.values(), chair])
            and not _office_by_its_defined_body(a, [*unique.values(), chair])  # (all4)
            and not _office_with_its_body_after(a, [*unique.values(), chair])
            and not _office_with_other_preposition(a, [*unique.values(), chair])  # (part17)
            and not (a.person is not None and _appointed(tokens, people, a.person.name))
            and not _bare_style(a) and not _patron_only(tokens, people, a) and not _bracketed_only(tokens, people, a)
            and not _absent_or_late(tokens, people, a) and not _predicate_office(tokens, a)
            and not _prayed_for(tokens, people, a) and not _deceased(tokens, people, a)
            and not _in_slogan(tokens, people, a) and not _speech_read_for(tokens, people, a)
            and not _sent_or_greeted(tokens, people, a) and not _may_come_only(tokens, people, a)
            and not (a.post is not None and _document_author(tokens, a.post.first))
            and not (a.person is None and a.post is not None and eponym_title(tokens, a.post))  # (part16)
            and not (a.person is not None and _spokesman_only(tokens, people, ev, a.person.name))
            and not _recalled_meeting_only(tokens, people, ev, a)
            and not _congratulated_only(tokens, people, ev, a) and not _congratulates_only(tokens, people, ev, a)
            and not _greeted_in_list(tokens, people, ev, a) and not _cabled_to(tokens, people, a)  # (part21)
            and not _at_one_also_held(tokens, people, ev, a)  # (part21)
            and not _congratulated_in_sentence(tokens, people, ev, a)  # (ext-t163)
            and not _wished_from_afar(tokens, people, _holder_of(a),
                                      a.post.first if a.post is not None and not a.post.holder else None)
            and not _requester_only(tokens, people, ev, a) and not _appointed_or_heading_apart(tokens, people, ev, a)
            and not _met_in_the_past(tokens, people, ev, _holder_of(a))
            and not _far_from_event(tokens, people, ev, a) and not _on_another_side_only(tokens, people, ev, a)
            and not (a.person is not None and _named_for_only(tokens, people, a.person.name))
            and not _predecessor_only(tokens, people, a) and not _seen_off_only(tokens, people, ev, a)
            and not _met_also_only(tokens, people, ev, a) and not _convener(tokens, people, ev, a)
            and not _in_a_name(tokens, a) and not _scheduled_apart_only(tokens, people, ev, a)
            and not _presides_only(tokens, people, a) and not _counted_office(tokens, a)  # (part18)
            and not _host_of_reception_apart(tokens, people, ev, a)  # (part18)
            and not _named_after_chair_office(tokens, people, a, chair)]))  # (part23)
    # "قدم السفير X هدية" after "X" was listed: that person's style, not someone else (of those kept; part23)
    return [a for a in kept if not _title_before_surname(tokens, a, kept, _agent_names(tokens, people, chair))]


def _holder_of(a: Agent) -> str | None:
    """The person an agent names: its person's name, or its office's holder (None for an office read unheld)."""
    return a.person.name if a.person else a.post.holder if a.post else None


def _counted_office(tokens: list[Token], a: Agent) -> bool:
    """ "شارك (14) رئيس مركز انتخابي في الورشة", "بحضور 20 مدير مدرسة" (part18): a bare office right after a number
    (in brackets or behind "و") counts many holders of it, as a cardinal above ten takes a singular noun; it is no
    one office that took part."""
    if a.person is not None or a.post is None or a.post.holder or a.post.first == 0:
        return False
    x = a.post.first - 1
    if tokens[x].norm == ")" and x > 0:
        x -= 1
    return tokens[x].sent == tokens[a.post.first].sent and tokens[x].norm.removeprefix("و").isdigit()


def _host_of_reception_apart(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "التقى الوزير X أمس مع نظيره Y. … وذكر المتحدث أنه خلال استقبال الملك Z لـX في ختام زيارته …" (part18): when
    the event opens with a lead verb naming its holder, the host of a reception noun in another sentence held another
    meeting with the guest and takes no part in this one."""
    if a.person is None or not ev.cues or not lead_named_at_head(tokens, people, ev):
        return False
    head = tokens[ev.cues[0]].sent
    for k in candidates(tokens, EVENTS.RECEPTION_NOUN):
        if tokens[k].sent != head and tokens[k].norm in EVENTS.RECEPTION_NOUN:
            host = reception_host(tokens, people, k)
            if host is not None and host.person is not None and host.person.name == a.person.name:
                return True
    return False


def _past_styles(tokens: list[Token], people: People, j: int) -> int:
    """ "عقد الملك X جلسة مباحثات مع فخامة الرئيس Y": the name or office met after "مع", past the honorifics and
    styles before it; ``j`` itself when no name or office starts right after them."""
    starts = {p.first for p in people.posts} | {pm.first for pm in people.persons}
    x = j
    while x < len(tokens) and x not in starts and x < j + 4 and tokens[x].sent == tokens[j].sent \
            and (tokens[x].norm in honorifics() or tokens[x].norm in ROLES.STYLES):
        x += 1
    return x if x in starts and tokens[x].sent == tokens[j].sent else j


def _scheduled_apart_only(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "ومن المقرر أن يتوجه الوزير غدا لإجراء محادثات مع رئيس المفوضية X قبيل انعقاد القمة", "تتجه الأنظار إلى
    المحادثات المرتقبة … حيث يبحث الوزير X مع …" (s12-part4): a person or office each of whose mentions comes after a
    word of scheduling ("من المقرر/المنتظر أن", "المرتقبة", "المزمع") and after the occasion it schedules (the event
    word it follows, or the first one after it), an occasion of another kind than the event and none of its cues, is
    told of another occasion still to come, not of this one. An occasion of the event's own kind ("ومن المقرر أن
    يشارك في المؤتمر X"), one pointed at ("في هذا الاجتماع"), or none named before him ("ومن المقرر أن يحضر X")
    leaves him a participant."""
    firsts = agent_mentions(people, a)
    if not firsts:
        return False
    for k in firsts:
        start = sentence_start(tokens, k)
        mark = next((x for x in range(start, k) if tokens[x].norm in _SCHEDULING), None)
        if mark is None:
            return False
        # the occasion scheduled: the event word the scheduling word follows ("المحادثات المرتقبة"), or the first after
        cue = mark - 1 if mark > start and _occasion_kind(tokens, mark - 1) else next(
            (x for x in range(mark + 1, k) if _occasion_kind(tokens, x)), None)
        if cue is None or cue in ev.cues or _occasion_kind(tokens, cue) == ev.kind \
                or tokens[cue - 1].norm in EVENTS.DEMONSTRATIVES:
            return False
    return True


def _speaks_of_announced(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "يرعى الأمير X غدا حفل افتتاح المعرض … . ونوه أمين المدينة Y برعاية الأمير …", "يقيم النادي … حفل معايدة
    … . أوضح ذلك رئيس مجلس إدارة النادي Y" (s12-part4): in a text whose event is announced by a verb in the
    imperfect that opens the sentence of its first cue ("ينظم", "يقيم", "يرعى", "يدشن", "سيفتتح"), a named office
    holder each of whose mentions is the speaker of a verb of saying in another sentence tells of the event before
    it happens; he is not stated as taking part, unless a sentence of his speaks at it ("خلال الحفل")."""
    if not ev.cues:
        return False
    first = min(ev.cues)
    start = sentence_start(tokens, first)
    if not any(strip_clitic(tokens[x].norm, "و")[0] in _ANNOUNCING for x in range(start, min(first + 1, start + 6))) \
            and not _announced_after_frame(tokens, start, first):
        return False
    return _speaker_apart_only(tokens, people, holder, first, ROLES.SPEECH | _VOICED | _LAUDED)


_FRAME = frozenset(fold(w) for w in ("إطار", "اطار"))
_LAUDED = frozenset(fold(w) for w in ("أشاد", "أشادت"))
"""(part23) "وأشاد الأمين العام للاتحاد X بسعي الاتحاد في تنظيم مثل هذه الفعاليات": praise of an announced event's
organiser, said apart from it."""


def _announced_after_frame(tokens: list[Token], start: int, first: int) -> bool:
    """ "في إطار سعي الاتحاد لتعزيز الشراكة …، ينظم الاتحاد منتدى …" (part23): a lede opened by a frame ("في إطار
    …") and announcing its event by an imperfect verb of holding further on, before the event's first cue."""
    return start + 1 < len(tokens) and tokens[start + 1].norm in _FRAME \
        and any(tokens[x].norm in _ANNOUNCING for x in range(start + 2, first + 1))


_VOICED = frozenset(fold(w) for w in ("عبر", "عبرت"))
"""(part17) "وعبر الرئيس التنفيذي للشركة X عن فخرها باستضافة المؤتمر": a feeling voiced about an announced event,
read as saying there only (at a sitting held, "وعبر رئيس اللجنة X عن شكره" is a speaker taking part)."""


def _speaker_apart_only(tokens: list[Token], people: People, holder: str, first: int,
                        speech: frozenset[str] = ROLES.SPEECH) -> bool:
    """Each mention of ``holder`` is the speaker of a verb of saying ("أوضح ذلك X", "وقال X إن …"; of ``speech``)
    outside the sentence of ``first``, in a sentence with no "خلال" + an event's word: he tells of an event to
    come."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        if any(tokens[j].sent == tokens[k].sent for j in firsts if j < k):
            continue  # (his name after his office in the same sentence: the office's speaker is his)
        g = _governor(tokens, people, k)
        if g >= 1 and tokens[g].norm == _THAT_ONE:
            g -= 1  # "أوضح ذلك X": the speaker of what was just told
        if tokens[k].sent == tokens[first].sent or not _word_in(tokens, g, speech) \
                or any(tokens[d].sent == tokens[k].sent and d + 1 < len(tokens) and cue_kind(tokens, d + 1)
                       for d in candidates(tokens, ROLES.DURING) if tokens[d].norm in ROLES.DURING):
            return False
    return True


_ANNOUNCING = frozenset(fold(p + w) for w in ("نظم", "قيم", "دشن", "فتتح", "رعى", "ستضيف", "حتضن", "ختتم", "حتفل",
                                              "نطلق") for p in ("ي", "ت", "سي", "ست"))
"""Verbs of holding, hosting, opening or sponsoring an occasion in the imperfect or the future ("ينظم", "تقيم",
"تحتضن", "يرعى", "سيفتتح"): opening the lede, they announce the event."""
_THAT_ONE = fold("ذلك")


def _occasion_kind(tokens: list[Token], x: int) -> str | None:
    """The kind of event a word at ``x`` names: a cue's, or a meeting's for a plural of talks ("محادثات",
    "مباحثات"), which is no cue alone."""
    return cue_kind(tokens, x) or ("meeting" if strip_clitic(tokens[x].norm)[0] in _TALKS else None)


_TALKS = frozenset(fold(w) for w in ("محادثات", "مباحثات", "المحادثات", "المباحثات"))


_SCHEDULING = frozenset(fold(w) for w in ("المقرر", "المقررة", "المنتظر", "المنتظرة", "المتوقع", "المتوقعة",
                                          "المرتقب", "المرتقبة", "المزمع", "المزمعة"))


# aud-part2: a name met only thousands of characters away from the word that first tells the event (a long feature or
# digest: the people of its other stories, its background and its quotations) did not take part in it
_FAR_CHARS = 2000


def _far_from_event(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    firsts = agent_mentions(people, a)
    if not firsts or not ev.cues:
        return False
    cue = tokens[ev.cues[0]].start  # the word that first tells it (a long article's later cues are merged in)
    # (not one named after a word of attending or speaking in its sentence: "وحضر الحفل X", "بمشاركة X", "كلمة لX",
    # "بدوره، قال X": a long report's guests and the speakers of a conference, told one after another)
    return all(abs(tokens[m].start - cue) > _FAR_CHARS and not any(
        _word_in(tokens, j, _TOLD_NEAR)
        for j in range(sentence_start(tokens, m), m)) for m in firsts)


def _met_by_cue(tokens: list[Token], ev: EventMention, g: int) -> bool:
    """ "غداة لقائه خادم الحرمين الشريفين الملك X" (aud-part): the event's own noun, with its subject's pronoun
    (written "ه", "ها", "هم", not the feminine "ة"), governs the mention: its object, the one met. Not "استقبال
    خادم الحرمين الشريفين له": the bare noun's mention is its subject, the host."""
    return g in ev.cues and tokens[g].text.endswith(_OBJECT_PRONOUNS)


_SOVEREIGN = frozenset(fold(w) for w in ("الملك", "خادم الحرمين الشريفين"))
"""The sovereign's styles (aud-part): a king named in an article is nearly always greeted, credited, quoted or
recalled ("إنجازات خادم الحرمين الشريفين", "في عهد …", "مبادرة …"), so his office alone does not make him take
part; he takes part when a sentence states it ("بحضور خادم الحرمين الشريفين", "التقى … خادم الحرمين الشريفين"),
read by the attendance and meeting walks below, or when the event's noun with its pronoun governs him
(``_met_by_cue``). "الملك" alone was so before; the audit of 4,904 unseen SaudiNewsNet texts found the Saudi king's
style read as a participant 20 times, 18 of them wrong."""


def _press_held_with(tokens: list[Token], ev: EventMention) -> frozenset[int]:
    """ "خلال مؤتمر صحافي عقده مع نظيره X", "في مؤتمر صحفي مشترك مع الوزير X" (ext-t156): the "مع" right after a
    press conference cue (its joint adjective or a verb of holding with its object pronoun between), which names the
    one the conference was held with: he takes part in it as the one met takes part in a meeting."""
    out = set()
    for c in ev.cues:
        j = c + 1
        if j >= len(tokens) or ((tokens[c].norm, tokens[j].norm) not in EVENTS.PRESS
                                and (strip_clitic(tokens[c].norm)[0], tokens[j].norm) not in EVENTS.PRESS):
            continue
        j += 1
        while j < len(tokens) and j <= c + 3 and (tokens[j].norm in JOINT_WORDS or tokens[j].norm in EVENTS.HELD_IT):
            j += 1
        if j < len(tokens) and tokens[j].norm in ROLES.WITH and tokens[j].sent == tokens[c].sent:
            out.add(j)
    return frozenset(out)


_BARE_TAKING_PART = frozenset(fold(w) for w in ("شارك", "شاركت", "مشاركة", "حضور"))
"""Bare words of taking part (no "بـ", no verb of attending with its event pronoun): outside the event's sentences
they often speak of other occasions ("وشارك X في عدد من التنظيمات، كما كان نائب رئيس …", "حرصت على حضور اجتماعاته
… بدءا من المستشار السابق"), so only the office right after them, their subject, is read as attending the event
("ثم شارك محافظ X والضيوف في العرضة", "التي شارك بها محافظ X"; r2-part); "بحضور", "حضر", "حضره" read on as
before, wherever they stand."""
_IN_IT = frozenset(fold(w) for w in ("بها", "فيها", "به", "فيه"))
JOINT_WORDS = frozenset(fold(w) for w in ("مشترك", "مشتركا", "مشتركة", "المشترك", "المشتركة"))


# The words each walk of ``participants`` tests (behind a proclitic too): only the tokens that are one of them are
# tested, each with the whole test of its walk.
_ATTEND_OR_CHAIR = ROLES.ATTEND | ROLES.CHAIR
_ATTENDANCE_WORDS = _ATTEND_OR_CHAIR | ROLES.JOINT | ROLES.INCLUDED  # (a co-chair, a delegation's companions)
_WITH_OR_COUNTERPART = ROLES.WITH | ROLES.COUNTERPART
_GRACED = frozenset(fold(w) for w in ("شرف", "وشرف", "شرفت", "وشرفت", "ضم", "وضم"))
_GRACED_EVENTS = frozenset(fold(w) for w in ("الحفل", "الحفلة", "الاحتفال", "الاحتفالية", "اللقاء", "المناسبة",
                                             "الملتقى", "الاجتماع"))


def _graced(tokens: list[Token], k: int) -> bool:
    """ "وشرف الحفل نائب الأمين العام X، ومدير عام Y، وZ": the past verb "شرف" (graced) with a definite event noun
    right after it opens the list of those who attended (ext-t116), as "وضم الاجتماع X وY وZ" (who the meeting
    brought together) does; not the noun "شرف" ("أعضاء شرف النادي", "على شرف الوفد", "وسام شرف") nor "ضم الوفد",
    which no event noun follows."""
    return tokens[k].norm in _GRACED and k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent \
        and tokens[k + 1].norm in _GRACED_EVENTS


_PAST_MARKS = frozenset(fold(w) for w in ("الماضي", "الماضية", "سابق", "سابقة", "سابقا", "السابق", "الفائت", "الفائتة"))
_OPENER_REACH = 3


def _every_mention_outside(tokens: list[Token], people: People, holder: str | None, sentences: Collection[int],
                           test: Callable[[int], bool]) -> bool:
    """``holder`` is named, no mention of him stands in one of ``sentences``, and ``test`` holds at the first token of
    each: the frame of the filters that tell a holder apart from the event by what every mention of him is (cabled,
    addressed, asked about, on another matter, recalled …), each asking its own question of the mentions."""
    firsts = _mentions(people, holder) if holder else []
    return bool(firsts) and all(tokens[k].sent not in sentences for k in firsts) and all(test(k) for k in firsts)


def _every_mention_apart(tokens: list[Token], people: People, ev: EventMention, holder: str | None,
                         test: Callable[[int], bool]) -> bool:
    """``_every_mention_outside`` the sentence of the event's first cue (ext-t107's filters: a meeting recalled, met in
    the past, met at the next stop, an act recalled)."""
    return bool(ev.cues) and _every_mention_outside(tokens, people, holder, {tokens[ev.cues[0]].sent}, test)


def _recalled_meeting_only(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "يذكر أن X التقى الأسبوع الماضي رئيس الوزراء Y في بغداد" (ext-t107): a person (or office holder) each of
    whose mentions stands in a sentence opened by a background word ("يذكر"، "يشار"، "الجدير"), which tells of the
    past ("الماضي"، "سابق"، …) and is not the sentence of the event's first cue, took part in an earlier act recalled
    there, not in the event (its meeting verb may have been read as one more cue of the event)."""
    holder = _holder_of(a)

    def recalled(k: int) -> bool:
        opening = sentence_start(tokens, k)
        end = next((x for x in range(k, len(tokens)) if tokens[x].sent != tokens[k].sent), len(tokens))
        return any(strip_clitic(tokens[x].norm)[0] in EVENTS.BACKGROUND_OPENERS
                   for x in range(opening, min(k, opening + _OPENER_REACH))) \
            and any(tokens[x].norm in _PAST_MARKS for x in range(opening, end))

    return _every_mention_apart(tokens, people, ev, holder, recalled)


def _congratulated_only(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "وبهذه المناسبة رفع رئيس مجلس الإدارة أجمل التهاني إلى مقام خادم الحرمين الشريفين …، وولي عهده الأمير X، وإلى
    ولي ولي العهد الأمير Y" (ext-t120): a person each of whose mentions, outside the event's sentences, comes after a
    noun of congratulating and then "إلى" in its sentence is the one the greetings go to, not stated at the event (the
    sender, before the noun, is not concerned)."""
    holder = _holder_of(a)

    def greeted(k: int) -> bool:
        start = sentence_start(tokens, k)
        noun = next((x for x in range(k - 1, max(start - 1, k - _CONGRATULATION_REACH), -1)
                     if strip_clitic(tokens[x].norm)[0] in _CONGRATULATIONS), -1)
        return noun >= 0 and any(tokens[x].norm.removeprefix("و") in _ILA for x in range(noun + 1, k))

    return _every_mention_outside(tokens, people, holder, ev.sentences, greeted)


def _congratulates_only(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "وبهذه المناسبة رفع رئيس مجلس الإدارة X أجمل التهاني إلى مقام خادم الحرمين الشريفين …" (ext-t120): a person each
    of whose mentions, outside the event's sentences, is followed in its sentence by a noun of congratulating, then
    "إلى" and a named person or office, sends greetings to the leaders in a statement; he is not stated at the event by
    it (not "قدم X التهنئة للموظفين", greetings to those at the event)."""
    holder = _holder_of(a)
    named = {m.first for m in people.persons if m.name != holder} \
        | {p.first for p in people.posts if p.holder != holder}

    def sends(k: int) -> bool:
        sent = tokens[k].sent
        noun = next((x for x in range(k + 1, min(len(tokens), k + _CONGRATULATION_REACH))
                     if tokens[x].sent == sent and strip_clitic(tokens[x].norm)[0] in _CONGRATULATIONS), -1)
        to = next((y for y in range(noun + 1, min(len(tokens), noun + _TO_GREETED_REACH))
                   if tokens[y].sent == sent and tokens[y].norm.removeprefix("و") in _ILA), -1) if noun >= 0 else -1
        return to >= 0 and any(to < z <= to + _TO_GREETED_REACH and tokens[z].sent == sent for z in named)

    return _every_mention_outside(tokens, people, holder, ev.sentences, sends)


def _congratulated_in_sentence(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "وفي الحفل رفع المحافظ التهاني لخادم الحرمين الشريفين الملك X، وإلى صاحب السمو الملكي الأمير Y" (ext-t163):
    a person each of whose mentions, in the event's sentences, comes after a noun of congratulating in its sentence,
    with "ل" (on the word right after the noun) or "إلى" between, and no word of attending, chairing, hosting or
    speaking, nor "أن", between (nor one of attending a few words after him), is the one the greetings go to, not
    stated at the event (``_congratulated_only`` reads the mentions outside the event's sentences)."""
    holder = _holder_of(a)
    firsts = _mentions(people, holder) if holder else []
    named = {x for m in people.persons for x in range(m.first, m.last)} \
        | {x for p in people.posts for x in range(p.first, p.last)}  # the offices of the items listed before

    def greeted(k: int) -> bool:
        if tokens[k].sent not in ev.sentences:
            return False
        start = sentence_start(tokens, k)
        noun = next((x for x in range(k - 1, max(start - 1, k - _CONGRATULATION_REACH), -1)
                     if strip_clitic(tokens[x].norm)[0] in _CONGRATULATIONS), -1)
        if noun < 0 or noun + 1 >= k:
            return False
        to = tokens[noun + 1].norm[:1] == "ل" or any(tokens[x].norm.removeprefix("و") in _ILA
                                                      for x in range(noun + 1, k))
        return to and not any(_word_in(tokens, x, _ATTEND_OR_CHAIR) or _word_in(tokens, x, _HOST_VERBS)
                              or _word_in(tokens, x, ROLES.SPEECH) or tokens[x].norm in _THAT
                              or x in ev.cues for x in range(noun + 1, k) if x not in named) \
            and not any(_word_in(tokens, x, ROLES.ATTEND) for x in range(k + 1, min(len(tokens), k + _ATTENDED_REACH))
                        if tokens[x].sent == tokens[k].sent)  # "… وإلى X الذي حضر الحفل"

    return bool(firsts) and all(greeted(k) for k in firsts)


_ATTENDED_REACH = 12


_CONGRATULATIONS = frozenset(fold(w) for w in ("التهاني", "تهاني", "التهنئة", "تهنئة", "تهانيه", "تهانيها", "تهنئته",
                                               "تهنئتها", "التبريكات", "تبريكات", "تبريكاته"))
_CONGRATULATION_REACH = 45
_TO_GREETED_REACH = 6


def _speech_read_for(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "ثم كلمة وزير الشؤون الاجتماعية X التي ألقاها نيابة عنه مدير الفرع": a person each of whose mentions is
    followed by a speech read out on his behalf ("ألقاها … نيابة عنه") sent it and was not there (ext-t70)."""
    name = _holder_of(a)
    mentions = [pm for pm in people.persons if name and pm.name == name]
    if not mentions:
        return False
    for pm in mentions:
        after = [strip_clitic(tokens[x].norm, "و")[0] for x in range(pm.last, min(len(tokens), pm.last + 5))
                 if tokens[x].sent == tokens[pm.first].sent]
        if not (any(w in _READ_ALOUD for w in after) and _ON_BEHALF in after):
            return False
    return True


_READ_ALOUD = frozenset(fold(w) for w in ("ألقاها", "القاها", "ألقتها", "ألقاه", "قرأها", "تلاها"))
_ON_BEHALF = fold("نيابة")


def _share_button(tokens: list[Token], k: int) -> bool:
    """ "شارك من خلال تويتر فيسبوك …" (ext-t115): a web page's share button left in the text before the article, not
    someone taking part; "شارك" followed by "من خلال" and a social network's name ("شارك من خلال ورقة عمل" is kept)."""
    return k + 3 < len(tokens) and tokens[k].norm in _TAKES_PART and tokens[k + 1].norm == _FROM \
        and tokens[k + 2].norm == _THROUGH and tokens[k + 3].norm in _SHARE_SITES


_FROM = fold("من")
_THROUGH = fold("خلال")
_SHARE_SITES = frozenset(fold(w) for w in ("تويتر", "فيسبوك", "فيس", "الفيسبوك", "واتساب", "جوجل", "انستجرام",
                                           "إنستغرام", "سناب"))


def _participation_spoken_of(tokens: list[Token], k: int) -> bool:
    """ "ومن المتوقع مشاركة اللاعب X", "عدم مشاركة X", "أكد أن مشاركة الوزير X …", "وذلك لمشاركة اللاعب X ببطاقة
    زميله" (part6): the verbal noun "مشاركة" without "ب", right after a word of expecting, denying, needing, saying
    or of cause, is a participation spoken of (to come, refused, the reason for a decision), not one the text
    states ("بمشاركة X", "وشهد الحفل مشاركة X" keep X)."""
    norm = tokens[k].norm
    if norm[:1] == "ب" or norm[:2] == "وب" or strip_clitic(norm)[0] != _PARTICIPATION or k == 0 \
            or tokens[k - 1].sent != tokens[k].sent:
        return False
    before = tokens[k - 1].norm
    return before in _SPOKEN_OF_BEFORE or before in _SCHEDULING \
        or ((norm[:1] == "ل" or norm[:2] == "ول") and before in _CAUSE_BEFORE)


_PARTICIPATION = fold("مشاركة")
_SPOKEN_OF_BEFORE = frozenset(fold(w) for w in ("عدم", "بعدم", "لعدم", "أي", "أية", "دون", "بدون", "أهمية", "ضرورة",
                                                "بضرورة", "نسبة", "إمكانية", "امكانية", "احتمال", "أن", "إن", "عن",
                                                "ثبوت", "لثبوت", "بثبوت"))  # "لثبوت مشاركة اللاعب X" (part13)
_CAUSE_BEFORE = frozenset(fold(w) for w in ("ذلك", "وذلك", "بسبب", "نظرا", "نتيجة", "إثر"))


def _takes_part_elsewhere(tokens: list[Token], people: People, ev: EventMention, k: int) -> bool:
    """ "بينما شارك اللاعب X في التدريبات الجماعية" (ext-t53): "شارك" outside the event's sentences, its "في"
    complement (right after the verb or right after the name of the one taking part) naming no event (a training, a
    match): who takes part there, not in the event ("وشارك في الاجتماع X", "شارك X في اللقاء" keep them; "بمعية
    المستشار في الديوان X" and "حضر … مدير إدارة … في قطاع …" are no such verb)."""
    if tokens[k].sent in ev.sentences or strip_clitic(tokens[k].norm)[0] not in _TAKES_PART:
        return False
    fi = k + 1
    if fi < len(tokens) and tokens[fi].norm != "في":
        fi = next((pm.last for pm in people.persons if k < pm.first <= k + 4), -1)
    if fi < 0 or fi + 1 >= len(tokens) or tokens[fi].norm != "في" or tokens[fi + 1].sent != tokens[k].sent \
            or not tokens[fi + 1].is_word:
        return False
    return not any(cue_kind(tokens, x) or tokens[x].norm in EVENTS.DEMONSTRATIVES
                   for x in range(fi + 1, min(len(tokens), fi + 4)) if tokens[x].sent == tokens[k].sent)


def _part_elsewhere_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وشارك في لجنة الجائزة أعضاء … وهم: نائب المدير العام ورئيس اللجنة X …" (ext-t106): a named office holder
    whose every mention follows, in its sentence, a "شارك" whose "في" names no event (a committee, a training; the
    sentence not one of the event's) takes part there, not in the event."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for m in firsts:
        s = tokens[m].sent
        k = m - 1
        while k >= 0 and tokens[k].sent == s and strip_clitic(tokens[k].norm)[0] not in _TAKES_PART:
            k -= 1
        if k < 0 or tokens[k].sent != s or not _takes_part_elsewhere(tokens, people, ev, k):
            return False
    return True


def _foretells(tokens: list[Token], people: People, holder: str) -> bool:
    """ "من جانبها، أشارت المديرة X إلى أن الاجتماع سيناقش …" (ext-t64): a named office holder whose every mention is
    the speaker of a sentence in which what he says opens on an event noun and a future verb ("أن الاجتماع سيبحث",
    "أن اللقاء سوف يتناول") tells of an event still to come, before it; he is not stated as taking part."""
    def foretold(k: int, that: int) -> bool:
        c = that + 2 if that + 2 < len(tokens) and tokens[that + 1].norm in EVENTS.DEMONSTRATIVES else that + 1
        return c + 1 < len(tokens) and tokens[c].sent == tokens[k].sent and bool(cue_kind(tokens, c)) \
            and _future(tokens[c + 1].norm)

    return _every_mention_says(tokens, people, holder, 30, foretold)


def _every_mention_says(tokens: list[Token], people: People, holder: str, reach: int,
                        test: Callable[[int, int], bool]) -> bool:
    """``_every_mention_outside`` no sentence, each mention the speaker of a verb of saying whose أن/إن stands within
    ``reach`` words (``_says_that``), and ``test`` holding at the mention and that أن/إن: the frame of the filters that
    tell a speaker apart from the event by what he says (an event foretold, others' meeting)."""
    def says(k: int) -> bool:
        that = _says_that(tokens, people, k, reach)
        return that is not None and test(k, that)

    return _every_mention_outside(tokens, people, holder, (), says)


def _says_that(tokens: list[Token], people: People, k: int, reach: int) -> int | None:
    """ "أشارت المديرة X إلى أن …", "قال السفير X إن …": when the mention at ``k`` is the speaker of a verb of saying,
    the index of the أن/إن opening what is said, within ``reach`` words and in the mention's sentence; else None."""
    if not _word_in(tokens, _governor(tokens, people, k), ROLES.SPEECH):
        return None
    sent = tokens[k].sent
    that = next((x for x in range(k + 1, min(len(tokens), k + reach))
                 if tokens[x].sent != sent or tokens[x].norm in _THAT), None)
    return that if that is not None and tokens[that].sent == sent else None


def _announces_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "كشف الأمين العام X عن محاور المنتدى … يومي 18 و19 نوفمبر القادم", "كشف رئيس المؤسسة X أن الدورة … في 24
    أكتوبر المقبل تناقش …" (ext-t96): a named office holder whose every mention is the speaker of a verb of saying,
    in a text that tells the event as one to come (a cue of it followed within a few words by "المقبل" or "القادم" in
    one of his sentences), announces it; he is not stated as taking part, unless a sentence of his speaks at it
    ("خلال المؤتمر")."""
    firsts = _mentions(people, holder)
    if not firsts or not all(_word_in(tokens, _governor(tokens, people, k), ROLES.SPEECH) for k in firsts):
        return False
    sents = {tokens[k].sent for k in firsts}
    cues = [c for c in ev.cues if tokens[c].sent in sents]
    if any(c > 0 and (tokens[c - 1].norm in ROLES.DURING or tokens[c - 1].norm == "في") for c in cues):
        return False
    return any(tokens[x].norm in COMING and tokens[x].sent == tokens[c].sent
               for c in cues for x in range(c + 1, min(len(tokens), c + _COMING_REACH)))


_COMING_REACH = 14


def _speaks_before_coming(tokens: list[Token], people: People, holder: str) -> bool:
    """ "يرعى الوزير X يوم الأحد المقبل ورشة العمل … . من جانبه أوضح الأمين العام للاتحاد Y أن استضافة …"
    (ext-t104): a named office holder whose every mention is the speaker of a verb of saying, in a text whose first
    event cue is told as coming on a named day ("يوم الأحد المقبل", "الأسبوع القادم" a few words around it), speaks
    before the event, even in reply ("من جانبه"); he is not stated as taking part, unless a sentence of his speaks
    at it ("خلال الورشة")."""
    firsts = _mentions(people, holder)
    if not firsts or not all(_word_in(tokens, _governor(tokens, people, k), ROLES.SPEECH) for k in firsts):
        return False
    sents = {tokens[k].sent for k in firsts}
    if any(tokens[i].sent in sents and cue_kind(tokens, i)
           for i in (d + 1 for d in candidates(tokens, ROLES.DURING) if d + 1 < len(tokens)
                     and tokens[d].norm in ROLES.DURING)):
        return False
    first = next((i for i in range(len(tokens)) if cue_kind(tokens, i)), None)
    if first is None:
        return False
    sent = tokens[first].sent
    return any(tokens[x].norm in COMING and tokens[x].sent == sent and x > 0
               and (tokens[x - 1].norm in CALENDAR.WEEKDAYS or tokens[x - 1].norm in _WEEK)
               for x in range(max(1, first - _LEDE_BEFORE), min(len(tokens), first + _COMING_REACH)))


_WEEK = frozenset(fold(w) for w in ("الأسبوع", "الاسبوع"))
_LEDE_BEFORE = 8


def _spokesman_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وقال المتحدث الرسمي باسم الرئاسة X إن الرئيس سلم …" (ext-t64): a spokesman (his office opens with
    "المتحدث" or "الناطق") named only as the speaker of statements tells of the event for his side; he is not stated
    as taking part, unless his sentence says he speaks at it ("قال X في المؤتمر الصحافي", "خلال اللقاء")."""
    if not any(p.holder == holder and _spokesman_office(p.title) for p in people.posts):  # (all4)
        return False
    firsts = _mentions(people, holder)
    return bool(firsts) and all(_word_in(tokens, _governor(tokens, people, k), ROLES.SPEECH)
                                or _fronted_speaker(tokens, people, k) for k in _run_heads(people, firsts)) \
        and not any(tokens[c].sent == tokens[k].sent and c > 0
                    and (tokens[c - 1].norm in ROLES.DURING or tokens[c - 1].norm == "في")
                    for c in ev.cues for k in firsts) \
        and not _speaks_during(tokens, ev, holder)


def _speaks_during(tokens: list[Token], ev: EventMention, holder: str) -> bool:
    """ "وأضاف الدوسري خلال الاجتماع أن …" (all4): after the man's surname, its sentence says he spoke during the
    event ("خلال"/"أثناء" right before one of its cues): a speaker there, not one telling of it afterwards (not
    "أكد X أن الأمانة تستعد خلال الشهر القادم لتدشين …")."""
    surname = fold(holder.split()[-1]) if holder.split() else ""
    for k, tok in enumerate(tokens):
        if surname and strip_clitic(tok.norm, "و")[0] == surname:
            x = k + 1
            while x < len(tokens) and tokens[x].sent == tok.sent:
                if tokens[x].norm in ROLES.DURING and x + 1 in ev.cues:
                    return True
                x += 1
    return False


_SPOKESMEN = frozenset(fold(w) for w in ("المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "ناطق"))
_DEPUTY_OF = frozenset(fold(w) for w in ("نائب", "نائبة", "مساعد", "مساعدة"))


def _spokesman_office(title: str) -> bool:
    """ "المتحدث الرسمي باسم الوزارة", "نائب المتحدث الرسمي للدفاع المدني" (all4): an office of speaking for a body,
    its deputy's or assistant's too."""
    words = [strip_clitic(fold(w), "و")[0] for w in title.split()[:2]]
    if len(words) == 2 and words[0] in _DEPUTY_OF:
        words = words[1:]
    return bool(words) and words[0] in _SPOKESMEN


def _run_heads(people: People, firsts: list[int]) -> list[int]:
    """The mentions in ``firsts`` that open their run (all4): "وقال نائب المتحدث الرسمي … المقدم X" names X by his
    office and then his name; the name, a rank or style apart from the office, is the same mention."""
    ends = {p.first: p.last for p in people.posts} | {m.first: m.last for m in people.persons}
    return [k for k in firsts if not any(j < k and 0 <= k - ends.get(j, k + 9) <= 2 for j in firsts)]


def _fronted_speaker(tokens: list[Token], people: People, k: int) -> bool:
    """ "المتحدث الرسمي للوزارة X، أكد في تصريح أن …" (all4): the mention at ``k``, its office and name, is the
    fronted subject of a verb of speaking right after it (a comma may stand between)."""
    end = max([m.last for m in people.persons if m.first <= k < m.last or m.first == k]
              + [p.last for p in people.posts if p.first <= k < p.last], default=k + 1)
    ends = {m.first: m.last for m in people.persons} | {p.first: p.last for p in people.posts}
    while end in ends:  # the office, then the name: "المتحدث الرسمي للوزارة منصور X"
        end = ends[end]
    if end < len(tokens) and tokens[end].norm in COMMAS:
        end += 1
    return end < len(tokens) and tokens[end].sent == tokens[k].sent and _word_in(tokens, end, ROLES.SPEECH)


def _future(norm: str) -> bool:
    """ "سوف", or an imperfect verb with the future prefix س ("سيناقش", "ستبحث", "سنعقد"); not the nouns "سياسة",
    "سيارة", "سياحة", "سيطرة"."""
    return norm == fold("سوف") or (len(norm) >= 4 and norm[0] == "س" and norm[1] in "يتن"
                                    and not norm.startswith(_FUTURE_NOT))


_FUTURE_NOT = tuple(fold(w) for w in ("سياس", "سيار", "سياح", "سيطر", "ستين"))
_EARLIER = frozenset(fold(w) for w in ("سابق", "سابقة", "السابق", "السابقة"))


def _at_earlier_meeting(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "كما أعلنا مع وزير الخارجية X أثناء لقاء سابق مع الرئيس" (ext-t64): a named office holder whose every mention
    stands in a sentence whose event nouns are all qualified as earlier ("لقاء سابق", "الاجتماع السابق") was at that
    earlier meeting, another event; he is not stated as taking part in this one."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    return all(_earlier_only(tokens, ev, tokens[k].sent) for k in firsts)


def _earlier_only(tokens: list[Token], ev: EventMention, sent: int) -> bool:
    """Every cue of the event in sentence ``sent`` is qualified as earlier ("أثناء لقاء سابق مع …"); there is one."""
    cues = [c for c in ev.cues if tokens[c].sent == sent]
    return bool(cues) and all(c + 1 < len(tokens) and tokens[c + 1].norm in _EARLIER for c in cues)


def _named_for(tokens: list[Token], first: int) -> bool:
    """ "… ترتيبات جائزة الأمير X للبحث العلمي", "كأس الملك Y" (ext-t53): a person named right after a prize, a chair,
    a cup or a grant he gives his name to (past his styles) is named in a title, not attending."""
    j = first - 1
    while j >= 0 and tokens[j].sent == tokens[first].sent and first - j <= 4 and (
            tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
        j -= 1
    return j >= 0 and tokens[j].sent == tokens[first].sent and (
        strip_clitic(tokens[j].norm)[0] in _NAMED_FOR or tokens[j].norm in _NAMED_FOR) \
        and not tokens[j].text.endswith("ه")  # ("كلمات": no ك clitic; "بمكتبه", "منحه": a pronoun, folded as ة)


def _clause_between(tokens: list[Token], k: int, first: int) -> bool:
    """ "وفد … برئاسة X، قد زار المملكة …، حيث هنأ الوفد الملك، وولي العهد": a word that opens another clause ("حيث",
    "قد", "إذ", "بعد" …) between a word of attending or chairing at ``k`` and an office at ``first`` ends the
    list of those it names; the office belongs to that other clause (fpart, tenth session)."""
    return any(tokens[x].norm in _CLAUSE_OPENERS for x in range(k + 1, first))


_CLAUSE_OPENERS = frozenset(fold(w) for w in ("حيث", "بينما", "إذ", "قد", "وقد", "عقب", "بعد", "وبعد", "لقد",
                                              "ولقد", "كي", "لكي"))
"""(Not "ثم": "ثم شارك …، وتسلم هدية من وكيل الإمارة" goes on telling the same occasion.)"""


def _in_a_name(tokens: list[Token], a: Agent) -> bool:
    """ "… في كأس ولي العهد", "جائزة أمير المنطقة للتفوق": an office with no holder read right after a prize, a cup, a
    grant or a place it gives its name to (``_named_for``) is named in that name, not attending (fpart, tenth
    session)."""
    return a.person is None and a.post is not None and not a.post.holder and _named_for(tokens, a.post.first)


def _named_for_only(tokens: list[Token], people: People, holder: str) -> bool:
    """Every mention of the holder names a prize, a chair or a cup (``_named_for``)."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(_named_for(tokens, k) for k in firsts)


_NAMED_FOR = frozenset(fold(w) for w in ("جائزة", "كرسي", "كأس", "منحة", "وقف", "مسابقة",
                                          # a work's credits: "أوبريت … من كلمات الشاعر X، وألحان Y" (ext-t67)
                                          "كلمات", "ألحان", "تأليف", "إخراج", "غناء",
                                          # a place or body named after a person: "مكتبة الأمير X", "مركز Y لإحياء
                                          # التراث", "مؤسسة Z الثقافية" (part, ninth session; "رئيس المركز X", with
                                          # the article, is an office and its holder)
                                          "مركز", "مؤسسة", "مكتبة", "مستشفى", "جامعة", "مسجد", "جامع", "قاعة",
                                          "مجمع", "معهد", "كلية", "ملعب", "استاد", "صندوق"))


def _former_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "… منذ عهد الرئيس السابق X" (ext-t53): a holder whose every office read is a former one ("السابق", "الأسبق",
    "المخلوع"), named in none of the event's sentences, is recalled, not taking part ("شاهد الرئيس … والرئيس السابق
    X مراسم التخريج" and "بحضور الوزير السابق X" keep him)."""
    titles = [p.title for p in people.posts if p.holder == holder]
    return bool(titles) and all(fold(t.split()[-1]) in _FORMER for t in titles) \
        and not any(tokens[k].sent in ev.sentences for k in _mentions(people, holder))


_FORMER = frozenset(fold(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "المخلوع", "المعزول"))
_TAKES_PART = frozenset(fold(w) for w in ("شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون",
                                          "يحاضر", "تحاضر"))  # (ext-t118) "ويحاضر X في جامعة …": lectures elsewhere


_IMPERSONAL = frozenset(fold(w) for w in ("تم", "وتم", "يتم", "ويتم", "سيتم", "جرى", "وجرى", "يجري", "ويجري"))


def _document_author(tokens: list[Token], first: int) -> bool:
    """The office at ``first`` is in construct with a document it issued, behind its styles ("تعميم وزير الشؤون
    البلدية", "على تعميم سمو ولي العهد", "بتوجيهات أمير المنطقة"): it is cited, not attending (ext-t49)."""
    j = first - 1
    while j >= 0 and j >= first - 3 and tokens[j].norm in honorifics():
        j -= 1
    if j < 0 or tokens[j].sent != tokens[first].sent or tokens[j].article:
        return False
    return tokens[j].norm in ROLES.CITED_DOCUMENTS or strip_clitic(tokens[j].norm)[0] in ROLES.CITED_DOCUMENTS


def _prayed_for(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "داعين المولى أن يحفظ خادم الحرمين الشريفين الملك X وسمو ولي عهده الأمير Y" (ext-t43): every mention of
    the agent comes after a prayer word ([prayer]) in its sentence, with no attendance word between: prayed for,
    not present."""
    firsts = agent_mentions(people, a)
    if not firsts:
        return False
    for k in firsts:
        j = k - 1
        while j >= 0 and tokens[j].sent == tokens[k].sent and tokens[j].norm not in ROLES.PRAYER \
                and tokens[j].norm not in ROLES.ATTEND and strip_clitic(tokens[j].norm)[0] not in ROLES.ATTEND:
            j -= 1
        if j < 0 or tokens[j].sent != tokens[k].sent or tokens[j].norm not in ROLES.PRAYER:
            return False
    return True


def _deceased(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "مستذكرا دعم الملك X -رحمه الله- للقطاع", "الراحل Y", "المغفور له Z" (ext-t53): a person every mention of
    whom is followed by a prayer for the dead or preceded by a word for the late is recalled, not present."""
    if a.person is None:
        return False
    mentions = [m for m in people.persons if m.name == a.person.name]
    if not mentions:
        return False
    for m in mentions:
        after = [t.norm for t in tokens[m.last:m.last + 5] if t.sent == tokens[m.first].sent and t.is_word][:3]
        before = [t.norm for t in tokens[max(0, m.first - 4):m.first] if t.sent == tokens[m.first].sent and t.is_word]
        late = any(w in _LATE for w in before[-3:]) or (len(before) >= 2 and tuple(before[-2:]) in _FORGIVEN)
        if not late and not (after[:2] and after[0] in _MERCY and after[1] == _ALLAH) \
                and tuple(after[:3]) not in _BLESSED and not _died_after(after):
            return False
    return True


def _died_after(after: list[str]) -> bool:
    """ "أسرة الشيخ X الذي وافته المنية الأربعاء الماضي" (ext-t105): a relative clause of death right after the
    name."""
    return len(after) >= 2 and after[0] in RELATIVES and after[1] in _DIED_VERBS


_DIED_VERBS = frozenset(fold(w) for w in ("وافته", "وافتها", "توفي", "توفيت", "توفى", "استشهد", "استشهدت"))


def _in_slogan(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "تحت شعار "X قائد الحزم"", "محاضرة بعنوان «Y»" (ext-t53): a person every mention of whom is inside the quotes
    of a slogan or a title is named there, not present."""
    if a.person is None:
        return False
    mentions = [m for m in people.persons if m.name == a.person.name]
    return bool(mentions) and all(_quoted_title(tokens, m.first) for m in mentions)


def _quoted_title(tokens: list[Token], k: int) -> bool:
    """An opening quote before ``k`` in its sentence, not closed before it, right after "شعار"/"عنوان" (a clitic
    allowed)."""
    for j in range(k - 1, max(-1, k - 10), -1):
        if tokens[j].sent != tokens[k].sent or tokens[j].norm in _CLOSE_MARKS:
            return False
        if tokens[j].norm in _OPEN_MARKS or tokens[j].norm == '"':
            return j > 0 and strip_clitic(tokens[j - 1].norm)[0] in _SLOGANS
    return False


_SLOGANS = frozenset(fold(w) for w in ("شعار", "عنوان", "الشعار", "العنوان"))
_MERCY = frozenset(fold(w) for w in ("رحمه", "رحمها", "يرحمه", "يرحمها", "رحمهما", "رحمهم"))
_ALLAH = fold("الله")
_BLESSED = frozenset({tuple(fold(w) for w in ("طيب", "الله", "ثراه")), tuple(fold(w) for w in ("غفر", "الله", "له"))})
_LATE = frozenset(fold(w) for w in ("الراحل", "الراحلة", "الفقيد", "الفقيدة", "المرحوم", "المرحومة"))
_FORGIVEN = frozenset({(fold("المغفور"), fold("له")), (fold("المغفور"), fold("لها"))})


_VISIT_NOUNS = FUNCTION_WORDS.VISIT_NOUNS


def _visitor_elsewhere(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "واستمع المجلس إلى نتائج زيارة وزير الدفاع X إلى الأردن" (ext-t43): an office holder named only right
    after a visit noun in construct ("زيارة", "جولة", as written or after و/ب/ل), at an event that is no visit, made
    that visit, another event told of; he is not said to attend this one."""
    firsts = _mentions(people, holder)
    if not firsts or ev.kind == "visit":
        return False
    for k in firsts:
        g = _governor(tokens, people, k)
        if g < 0 or tokens[g].sent != tokens[k].sent or (
                strip_clitic(tokens[g].norm, "وبل")[0] not in _VISIT_NOUNS and tokens[g].norm not in _VISIT_NOUNS):
            return False
    return True


def _to_be_visited_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وناقشت اللجنة …، وقررت ترتيب زيارة إلى نائب الوزير X لمناقشة …" (part6): at a sitting or occasion that is
    neither a visit nor a meeting, an office holder named only right after "زيارة إلى" (a visit noun that is none of
    the event's cues) is the one another visit goes to, not one who attends this event."""
    firsts = _mentions(people, holder)
    if not firsts or ev.kind in ("visit", "meeting"):
        return False
    for k in firsts:
        g = _governor(tokens, people, k)
        if g < 1 or tokens[g].sent != tokens[k].sent or tokens[g].norm not in _ILA or g - 1 in ev.cues \
                or strip_clitic(tokens[g - 1].norm, "وبل")[0] not in _VISIT_NOUNS:
            return False
    return True


def _predicate_office(tokens: list[Token], a: Agent) -> bool:
    """ "بصفتها رئيسا للجنة", "تعيين X رئيساً لدائرة التحكيم" (ext-t43): an office read alone whose first word is an
    office noun in the indefinite accusative ([predicate_offices]) with its complement behind ل or في is what someone
    is named or serves as, not an office attending (not the dual "رئيسا غرفتي البرلمان", in construct)."""
    if a.person is not None or a.post is None or a.post.holder:
        return False
    return predicate_office(tokens, a.post.first)


def predicate_office(tokens: list[Token], k: int) -> bool:
    """``tokens[k]`` is an office noun in the indefinite accusative ("رئيسا", "وعضوا") with its complement after
    it behind ل or في ("رئيسا للجنة", "عضوا في المجلس"), in its sentence."""
    norm = tokens[k].norm
    if norm not in ROLES.PREDICATE_OFFICES and strip_clitic(norm, "و")[0] not in ROLES.PREDICATE_OFFICES:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].sent == tokens[k].sent else None
    return nxt is not None and (nxt.norm[:1] == "ل" or nxt.norm == "في")


def _bracketed_only(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "بمشاركة نجوم المسلسل (X وY)" (ext-t32): a name read only inside brackets, with no office, is an aside (a
    role's or a nickname's), not one stated as attending."""
    if a.person is None or a.post is not None:
        return False
    spans = [(m.first, m.last) for m in people.persons if m.name == a.person.name]
    return bool(spans) and all(f > 0 and tokens[f - 1].norm == "(" and e < len(tokens) and tokens[e].norm == ")"
                               for f, e in spans)


_PATRONAGE = frozenset(fold(w) for w in ("رعاية", "برعاية", "رعايه", "برعايه", "رعى", "يرعى", "رعت", "ترعى"))
_PATRONAGE_QUALIFIERS = frozenset(fold(w) for w in ("كريمة", "كريمه", "الكريمة", "سامية", "السامية", "من", "لدن"))
"""Words between "برعاية" and the patron's styles: "برعاية كريمة من لدن سمو الأمير X" (part24)."""


def _patron_only(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "تنطلق فعاليات المهرجان تحت رعاية أمير المنطقة X" (ext-t32): the patron, named only right after "رعاية"
    (his styles, honorifics and offices between, or "كريمة من لدن": part24), lends his name; he is not said to
    attend."""
    names = agent_names(a)
    own = [(p.first, p.last) for p in people.posts if p.holder in names or p.title in names] + [
        (m.first, m.last) for m in people.persons if m.name in names]
    if not own:
        return False
    for k, _ in own:
        j = k - 1
        while j >= 0 and tokens[j].sent == tokens[k].sent:
            span = next((f for f, e in own if f <= j < e), None)
            if span is not None:
                j = span - 1  # "رعاية … الأمير X، أمير المنطقة": his name before his office
            elif tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES or tokens[j].norm in COMMAS \
                    or tokens[j].norm in _PATRONAGE_QUALIFIERS:
                j -= 1
            else:
                break
        if j < 0 or tokens[j].sent != tokens[k].sent or tokens[j].norm not in _PATRONAGE:
            return False
    return True


_SPEAKER_REACH = 12
"""How many words may name the speaker between the saying verb opening the sentence and the aside "، في ندوة"."""


def _said_in_aside(tokens: list[Token], k: int) -> bool:
    """ "وقال X، في ندوة نظمها …، إن …": the event's cue at ``k`` opens an aside "، في" right after the speaker, who
    follows the saying verb opening the sentence (the verb, a few words naming him, a comma, "في", the cue; r2-part)."""
    start = sentence_start(tokens, k)
    if k - 2 <= start + 1 or tokens[k - 1].norm != fold("في") or tokens[k - 2].norm not in COMMAS:
        return False
    if strip_clitic(tokens[start].norm, "و")[0] not in ROLES.SPEECH and tokens[start].norm not in ROLES.SPEECH:
        return False
    between = range(start + 1, k - 2)
    return len(between) <= _SPEAKER_REACH and all(tokens[x].is_word for x in between)


_HIS_SPEECH = frozenset({fold("كلمته"), fold("كلمتها")})
_SPEECH_GIVEN = frozenset({fold("ألقاها"), fold("القاها"), fold("ألقتها"), fold("القتها")})


def _in_own_speech(tokens: list[Token], people: People, ev: EventMention,
                   others: tuple[EventMention, ...]) -> list[PersonMention]:
    """ "وبين وكيل الأمين … المهندس X في كلمته التي ألقاها عن …": a person right before "في/خلال كلمته التي ألقاها",
    in a sentence after the event's first cue and before any other event's, spoke at the event."""
    if not ev.cues or ev.kind not in ("meeting", "session", "other", "assembly"):
        return []
    first = tokens[ev.cues[0]].sent
    later = min((tokens[c].sent for o in others for c in o.cues if tokens[c].sent > first), default=None)
    out = []
    for pm in people.persons:
        k = pm.last
        sent = tokens[pm.first].sent
        if k + 3 < len(tokens) and sent >= first and (later is None or sent < later) \
                and tokens[k].norm in ROLES.DURING | {fold("في")} and tokens[k + 1].norm in _HIS_SPEECH \
                and tokens[k + 2].norm in (fold("التي"),) and tokens[k + 3].norm in _SPEECH_GIVEN \
                and all(tokens[x].sent == sent for x in range(k, k + 4)):
            out.append(pm)
        elif k + 3 < len(tokens) and sent >= first and (later is None or sent < later) \
                and tokens[k].norm in COMMAS and tokens[k + 1].norm in ROLES.DURING | {fold("في")} \
                and tokens[k + 2].norm in _HIS_SPEECH and tokens[k + 3].norm in COMMAS \
                and all(tokens[x].sent == sent for x in range(k, k + 4)) and _speaks_first(tokens, pm.first):
            out.append(pm)  # "وشكرت مشرفة التعليم X، في كلمتها، الحضور": the aside after the speaker (r2-part)
    return out


def _speaks_first(tokens: list[Token], first: int) -> bool:
    """The name at ``first`` is the subject of the word opening its sentence (a verb): only a few words naming him, his
    office, style or honorific, no punctuation, stand between, the first of them behind no preposition ("بـ", "لـ")."""
    start = sentence_start(tokens, first)
    return first > start and first - start <= _SPEAKER_REACH and tokens[start + 1].norm[:1] not in ("ب", "ل") \
        and all(tokens[x].is_word for x in range(start + 1, first))


_DURING_IT = frozenset({fold("خلالها"), fold("خلاله"), fold("خلالهما")})


def _met_with(tokens: list[Token], people: People, ev: EventMention) -> list[Agent]:
    """ "كما زار الوزير السفارة، التقى خلالها بالملحق الثقافي والملحق التجاري ومندوب المملكة …": a past "التقى" in
    one of the event's sentences ("خلالها" may follow), then offices or names joined by و, the first behind ب."""
    out: list[Agent] = []
    for k in candidates(tokens, EVENTS.MET):
        tok = tokens[k]
        if tok.sent not in ev.sentences or strip_clitic(tok.norm, "و")[0] not in EVENTS.MET:
            continue
        j = k + 2 if k + 1 < len(tokens) and tokens[k + 1].norm in _DURING_IT else k + 1
        j = _past_subject(tokens, people, j)  # "التقى مدير التعليم X، بمدير الهيئة Y" (ext-t66)
        joined = "ب"
        while j < len(tokens) and tokens[j].sent == tok.sent and tokens[j].norm[:1] == joined:
            agent = agent_at(tokens, people, j)
            span = None if agent is None else agent.post if agent.post is not None else agent.person
            if agent is None or span is None or tokens[j].start == span.start:
                break  # the clitic stands outside the office or name ("بالملحق": ب + "الملحق")
            out.append(agent)
            j = max(m.last for m in (agent.person, agent.post) if m is not None and m.first >= j)
            joined = "و"
    return out


def _past_subject(tokens: list[Token], people: People, j: int) -> int:
    """ "التقى مدير تعليم المحافظة X، بمدير فرع الهيئة Y": the token after the subject named right after the verb (its
    offices, styles and name, then one comma), or ``j`` itself when no office or name stands there (ext-t66)."""
    starts = {p.first: p.last for p in people.posts} | {pm.first: pm.last for pm in people.persons}
    if j not in starts or tokens[j].norm[:1] == "ب":
        return j
    sent, first = tokens[j].sent, j
    while j < len(tokens) and tokens[j].sent == sent and (j == first or tokens[j].norm[:1] != "ب") and (
            j in starts or tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES
            or tokens[j].norm in PEOPLE.FILIATION):
        j = starts.get(j, j + 1)  # (up to the one met: "بمدير …")
    return j + 1 if j < len(tokens) and tokens[j].norm in COMMAS else j


_PRESS_TALK = frozenset(fold(w) for w in ("حوار", "مقابلة", "اتصال"))
_CONFERENCE = frozenset(fold(w) for w in ("مؤتمر",))
_PRESS_ADJ = frozenset(fold(w) for w in ("صحفي", "صحافي", "الصحفي", "الصحافي"))


def _cues_of(events: tuple[EventMention, ...]) -> frozenset[int]:
    """The first cue of each event: the word the event is told by (a press conference may be one)."""
    return frozenset(e.cues[0] for e in events if e.cues)


def _press_talk(tokens: list[Token], x: int, cues: frozenset[int]) -> bool:
    """An interview or call noun at ``x``, or "مؤتمر صحفي" (ext-t73) that is no event's own cue: a press conference
    told beside the event ("وقال الوزير X في مؤتمر صحفي في القاهرة سبق الاجتماع")."""
    if _word_in(tokens, x, _PRESS_TALK):
        return True
    return _word_in(tokens, x, _CONFERENCE) and x not in cues and x + 1 < len(tokens) \
        and tokens[x + 1].sent == tokens[x].sent and tokens[x + 1].norm in _PRESS_ADJ


def _to_the_press(tokens: list[Token], people: People, holder: str, cues: frozenset[int] = frozenset()) -> bool:
    """ "وقال المدير العام X في حوار لـ«الصحيفة»: …", "وأكد X في اتصال هاتفي أن …" (ext-t41): a named office
    holder who is, wherever named with his office or full name, the speaker of a statement given in an interview or
    a call (its noun within three words after the name) spoke to the press, not at the event; "في حوار عقب
    الاجتماع", "على هامش …" (a word of the occasion right after the noun) is said at the occasion, and so is a reply
    ("من جانبه، قال X"); a press statement ("في تصريح للصحافة") is often given at the event: not read."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    told = False
    for k in firsts:
        if told and any(p.holder == holder and p.last <= k <= p.last + 2
                        and all(_style(tokens[x].norm, strip=False) for x in range(p.last, k)) for p in people.posts):
            continue  # the name right after the office just read ("… المتحدث الرسمي الدكتور X")
        g = _governor(tokens, people, k)
        if _word_in(tokens, g, ROLES.SPEECH) and (_outlet_between(tokens, g, k) or (told and not any(
                _word_in(tokens, x, _AT_OCCASION) for x in range(g, len(tokens)) if tokens[x].sent == tokens[k].sent))):
            told = True  # "ذكر لـ«الصحيفة» رئيس اللجنة X أن …", then "وبين X أن …": one talk to the paper (ext-t45)
            continue
        if _word_in(tokens, g, ROLES.SPEECH) and _outlet_after(tokens, people, holder, k):
            told = True  # "بدوره، قال وزير النقل X لـ«الصحيفة» إن …": the outlet right after the speaker (ext-t64)
            continue
        turn = g - 2 if g >= 2 and not tokens[g - 1].is_word else g - 1
        if not _word_in(tokens, g, ROLES.SPEECH) or _word_in(tokens, turn, ROLES.IN_TURN):
            return False
        end = max([m.last for m in people.persons if m.name == holder and m.first >= k]
                  + [p.last for p in people.posts if p.holder == holder and p.first >= k], default=k + 1)
        end = min((x for x in [*(m.last for m in people.persons if m.first == k),
                               *(p.last for p in people.posts if p.first == k)]), default=end)
        while end < len(tokens) and any(m.first == end for m in people.persons if m.name == holder):
            end = next(m.last for m in people.persons if m.first == end and m.name == holder)
        talk = next((x for x in range(end, min(len(tokens), end + 3)) if tokens[x].sent == tokens[k].sent
                     and _press_talk(tokens, x, cues)), None)
        if talk is None or any(_word_in(tokens, x, _AT_OCCASION) for x in range(talk + 1, min(len(tokens), talk + 4))
                               if tokens[x].sent == tokens[talk].sent):
            return False  # "في تصريح عقب الاجتماع", "في حديث على هامش الملتقى": at the occasion
    return True


def _outlet_after(tokens: list[Token], people: People, holder: str, k: int) -> bool:
    """ "قال وزير النقل X لـ«الصحيفة» إن …": "ل" + an opening quote right after the holder's mention at ``k`` (his
    offices and names), no word of the occasion in the few words after it ("لـ«واس» على هامش الملتقى")."""
    end = k + 1
    while True:
        nxt = max([m.last for m in people.persons if m.name == holder and m.first <= end - 1 < m.last]
                  + [p.last for p in people.posts if p.holder == holder and p.first <= end - 1 < p.last]
                  + [m.last for m in people.persons if m.name == holder and m.first == end]
                  + [p.last for p in people.posts if p.holder == holder and p.first == end], default=end)
        if nxt <= end:
            break
        end = nxt
    if end + 1 >= len(tokens) or tokens[end].sent != tokens[k].sent:
        return False
    if tokens[end].norm != "ل" or tokens[end + 1].norm not in OPEN_QUOTES:
        end = _outlet_noun(tokens, end)  # "وقال X عضو اللجنة لوكالة فرانس برس إن …" (ext-t85)
        if end < 0:
            return False
    return not any(_word_in(tokens, x, _AT_OCCASION) for x in range(end + 2, min(len(tokens), end + 9))
                   if tokens[x].sent == tokens[k].sent)


def _outlet_noun(tokens: list[Token], end: int) -> int:
    """ "قال X، عضو اللجنة المكونة من 201 عضو، لوكالة فرانس برس إن …" (ext-t85): "ل" + an outlet's noun (وكالة،
    صحيفة، جريدة، قناة، إذاعة، موقع) in the few words after the speaker's mention that ends at ``end``, before what
    he says (أن) and in his sentence, no "في" before it: the outlet he spoke to. Its index, or -1."""
    for x in range(end, min(len(tokens), end + _OUTLET_REACH)):
        norm = tokens[x].norm
        if tokens[x].sent != tokens[end].sent or norm in _THAT or norm in (":", "في"):
            return -1  # (not "في تصريح لوكالة …": a press statement, often given at the event)
        if norm[:1] == "ل" and (norm[1:] in _OUTLETS or (norm[:2] == "لل" and "ا" + norm[1:] in _OUTLETS)):
            return x
        if _to_reporters(norm):
            return x
    return -1


def _to_reporters(norm: str) -> bool:
    """ "وقال X المتحدث باسم الوزارة أمس للصحافيين إن …" (part19): "ل" + the press as an audience (الصحافيين،
    الصحفيين، الإعلاميين) after the speaker, read like an outlet's noun: he spoke to reporters."""
    return norm[:2] == "لل" and "ا" + norm[1:] in _REPORTERS


_REPORTERS = frozenset(fold(w) for w in ("الصحافيين", "الصحفيين", "الإعلاميين"))


_OUTLETS = frozenset(fold(w) for w in ("وكالة", "صحيفة", "جريدة", "قناة", "إذاعة", "الوكالة", "الصحيفة", "الجريدة",
                                        "القناة", "الإذاعة", "وكالات"))
_OUTLET_REACH = 10


def _outlet_between(tokens: list[Token], g: int, k: int) -> bool:
    """ "ل" + an opening quote between a verb of saying and its speaker: the outlet spoken to ("قال لـ«الصحيفة» X")."""
    return any(tokens[x].norm == "ل" and tokens[x + 1].norm in OPEN_QUOTES for x in range(max(g + 1, 0), k - 1))


_THANK_VERBS = frozenset(fold(w) for w in ("شكر", "شكرت", "يشكر", "تشكر"))


_THANK_FIRST = frozenset(fold(w) for w in ("أشكر", "نشكر"))
"""The speaker's own thanks, no subject between: "وأضاف: «كما أشكر الدكتور X على وقفته معي»" (part24)."""


def _thanked_by_another(tokens: list[Token], people: People, holder: str) -> bool:
    """ "وشكر السالم وزير السياحة X على دعمه", "وشكر رئيس اللجنة الوزير X" (ext-t41): a named office holder whose every
    mention is the object of a thanking verb, past its subject (a name, a surname of a person named, or an office),
    is thanked, not stated as taking part (the subject right after the verb is the one who thanks: [greeting]);
    or the object of the speaker's own "أشكر"/"نشكر" (part24)."""
    own = {x for pm in people.persons if pm.name == holder for x in range(pm.first, pm.last)} \
        | {x for p in people.posts if p.holder == holder for x in range(p.first, p.last)}
    surnames = {fold(pm.name.split()[-1]) for pm in people.persons if pm.name != holder}
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        j = k - 1
        while j >= 0 and (j in own or _style(tokens[j].norm, strip=False) or tokens[j].norm in PEOPLE.ROYAL_TITLES):
            j -= 1
        if j >= 0 and strip_clitic(tokens[j].norm, "و")[0] in _THANK_FIRST:
            continue  # "كما أشكر الدكتور X على تعاونه": thanked by the one speaking (part24)
        if j >= 2 and tokens[j].norm in COMMAS and strip_clitic(tokens[j - 2].norm, "و")[0] in _THANK_VERBS:
            j -= 1  # "وشكر القضاب، محافظ X": a comma after a one-word subject (part5)
        spans = [(m.first, m.last) for m in people.persons] + [(p.first, p.last) for p in people.posts]
        subject = next((first for first, last in spans if last == j + 1 and j not in own), None)
        if subject is not None:
            j = subject - 1
        elif j >= 0 and tokens[j].norm in surnames:
            j -= 1
        elif j >= 1 and tokens[j].is_word and tokens[j].article and j not in own \
                and strip_clitic(tokens[j - 1].norm, "و")[0] in _THANK_VERBS:
            j -= 1  # "وشكر الحمادي وزير المالية X": a surname whose full name went unread (ext-t107)
        else:
            return False
        if j < 0 or tokens[j].sent != tokens[k].sent or strip_clitic(tokens[j].norm, "و")[0] not in _THANK_VERBS:
            return False
    return True


def _praised_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "وأثنى المالكي على وزير التعليم X", "أثنى الحضور على X" (ext-t93): a named office holder whose every mention
    is governed by "على" after a verb of praise (its subject, a name, a surname or an office, between) is praised,
    not stated as taking part, like one thanked (``_thanked_by_another``)."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    spans = [(m.first, m.last) for m in people.persons] + [(p.first, p.last) for p in people.posts]
    surnames = {fold(pm.name.split()[-1]) for pm in people.persons if pm.name != holder}
    for k in firsts:
        g = _governor(tokens, people, k)
        if g < 1 or tokens[g].norm != _ALA:
            return False
        v = g - 1
        subject = next((first for first, last in spans if last == g and first < g), None)
        if subject is not None:
            v = subject - 1
        elif tokens[v].norm in surnames or (tokens[v].article and v >= 1 and tokens[v - 1].sent == tokens[v].sent
                                            and strip_clitic(tokens[v - 1].norm, "و")[0] in _PRAISE_VERBS):
            v -= 1  # a surname, or a definite noun for subject ("وأثنى الحضور على X")
        if v < 0 or tokens[v].sent != tokens[k].sent or strip_clitic(tokens[v].norm, "و")[0] not in _PRAISE_VERBS:
            return False
    return True


_ALA = fold("على")
_PRAISE_VERBS = frozenset(fold(w) for w in ("أثنى", "أثنت", "يثني", "تثني", "أثنوا"))


_WHAT = frozenset(fold(w) for w in ("ما", "لما", "بما", "مما"))


def _presented_by(tokens: list[Token], first: int) -> bool:
    """ "استمعت اللجنة لعرض من وزير X" (ext-t97): an office after "من" right after a noun of presenting ("عرض",
    not "تقرير", which may be sent) presented to the event."""
    return first > 1 and tokens[first - 1].norm == _FROM and tokens[first - 2].sent == tokens[first].sent \
        and strip_clitic(tokens[first - 2].norm, "بل")[0] in _PRESENTATIONS


_PRESENTATIONS = frozenset(fold(w) for w in ("عرض", "عرضا"))


_PRESENTED = frozenset(fold(w) for w in ("تقدم", "قدم", "عرض", "عرضه", "ألقاه", "أدلى", "طرحه", "طرح"))
_BOUND_PRONOUNS = frozenset(fold(w) for w in ("به", "بها", "عنه", "عنها", "إليه", "إليها"))
_MESSAGES = frozenset(fold(w) for w in ("رسالة", "برقية", "خطاب", "رسالته", "برقيته"))
_WRITTEN = frozenset(fold(w) for w in ("خطية", "شفهية", "تهنئة", "عزاء", "شكر"))


def _author_or_sender(tokens: list[Token], people: People, holder: str) -> bool:
    """ "تنفيذا لما أعلنه وزير النقل X", "على غرار ما قام به X", "وسلمه رسالة من الرئيس X" (ext-t41): a named office
    holder who is, every time named, the author of what "ما" refers to (a verb with its object pronoun, or with a
    preposition and its pronoun, right before him) or the sender of a message ("رسالة/برقية [خطية] من X") is spoken
    of, not present."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        g = _governor(tokens, people, k)
        if g < 1 or tokens[g].sent != tokens[k].sent:
            return False
        authored = tokens[g - 1].norm in _WHAT and tokens[g].norm.endswith(("ه", "ها")) and len(tokens[g].norm) > 3 \
            and not (strip_clitic(tokens[g].norm)[0] in ROLES.ATTEND or tokens[g].norm in ROLES.RECEIVE)
        # "على غرار ما قام به عامل الإقليم X", "وفق ما صرح به X": the verb's pronoun behind its preposition
        authored = authored or (g >= 2 and tokens[g].norm in _BOUND_PRONOUNS and tokens[g - 2].norm in _WHAT
                                and tokens[g - 1].is_word and strip_clitic(tokens[g - 1].norm)[0] not in ROLES.ATTEND)
        verb = strip_clitic(tokens[g if tokens[g].norm not in _BOUND_PRONOUNS else g - 1].norm, "و")[0]
        if verb in ROLES.PRESENT_VERBS or verb in _PRESENTED or any(
                _word_in(tokens, x, ROLES.PRESENTS) for x in range(k, min(len(tokens), k + 8))
                if tokens[x].sent == tokens[k].sent):
            authored = False  # "ما قدمه X من عرض", "ما تقدم به X من مداخلة": presented at the event
        m = g - 1
        if m >= 0 and tokens[m].norm in _WRITTEN:
            m -= 1
        sent_by = tokens[g].norm == fold("من") and m >= 0 and _word_in(tokens, m, _MESSAGES)
        if not (authored or sent_by):
            return False
    return True


_SENT = frozenset(fold(w) for w in ("بعث", "بعثت", "أرسل", "ارسل", "أرسلت", "ارسلت", "وجه", "وجهت", "أبرق", "ابرق",
                                     "أبرقت", "ابرقت"))
_CABLES = frozenset(fold(w) for w in ("برقية", "برقيتي", "برقيتين", "برقيات", "رسالة", "رسالتي", "رسالتين", "رسائل"))
_GREETINGS = frozenset(fold(w) for w in ("التهاني", "التهنئة", "التعازي", "التعزية", "المواساة", "تهانيه", "تعازيه"))
_CABLE_REACH = 25


def _cabled_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "من جهة أخرى، بعث خادم الحرمين الشريفين الملك X، ونائبه الأمير Y، برقيتي تهنئة لرئيس …" and "وأعرب الملك X
    … عن أصدق التهاني": a named office holder each of whose mentions stands outside the event's sentences as the
    subject of a verb sending a cable or a letter (its noun a few words on, in the same sentence) or of "أعرب" with
    congratulations or condolences after it sent word from afar: he is not at the event (ext-t107)."""
    def sent_word(k: int) -> bool:
        g = _governor(tokens, people, k)
        if g < 0 or tokens[g].sent != tokens[k].sent:
            return False
        verb = strip_clitic(tokens[g].norm, "و")[0]
        if verb in _SENT:
            wanted = _CABLES
        elif verb == _EXPRESSED:
            wanted = _GREETINGS
        else:
            return False
        return any(tokens[x].norm in wanted or strip_clitic(tokens[x].norm)[0] in wanted
                   for x in range(k + 1, min(len(tokens), k + _CABLE_REACH)) if tokens[x].sent == tokens[k].sent)

    return _every_mention_outside(tokens, people, holder, ev.sentences, sent_word)


_EXPRESSED = fold("أعرب")
_SPAN_NOUNS = frozenset(fold(w) for w in ("يوم", "يومين", "أيام", "ايام", "أسبوع", "اسبوع", "أسبوعين", "اسبوعين",
                                          "أسابيع", "اسابيع", "شهر", "شهرين", "أشهر", "اشهر", "عام", "عامين", "أعوام",
                                          "اعوام", "سنة", "سنتين", "سنوات", "ساعات"))
_BEFORE_AFTER = frozenset(fold(w) for w in ("بعد", "قبل", "وبعد", "وقبل"))
_MEETING_NOUNS = frozenset(fold(w) for w in ("لقاء", "اجتماع", "زيارة", "استقبال", "مباحثات", "محادثات"))
_APART_REACH = 10


def _met_apart_in_time(tokens: list[Token], people: People, holder: str) -> bool:
    """ "ويأتي الاجتماع بعد أسبوع من لقاء الوزير مع رئيس الغرفة X" (ext-t107): a named office holder each of whose
    mentions follows, a few words on in its sentence, a meeting noun dated apart from the event ("بعد/قبل + a span of
    time + من + لقاء/اجتماع/زيارة") was at that other meeting, not stated as taking part in this one."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        if not any(tokens[m - 1].norm == "من" and _word_in(tokens, m, _MEETING_NOUNS)
                   and _word_in(tokens, m - 2, _SPAN_NOUNS) and tokens[m - 3].norm in _BEFORE_AFTER
                   and tokens[m - 3].sent == tokens[k].sent
                   for m in range(max(3, k - _APART_REACH), k)):
            return False
    return True


_ABSENT = frozenset(fold(w) for w in ("اعتذر", "اعتذرت", "تغيب", "تغيبت", "غاب", "غابت",
                                     # "سيغيب X عن الاجتماع المرتقب", "بينما يتخلف عن الاجتماع X" (s11-part2s): the
                                     # present and future of the same verbs, and "تخلف عن" (to stay away from)
                                     "يغيب", "سيغيب", "ستغيب", "يتغيب", "سيتغيب", "يتخلف", "سيتخلف", "تخلف",
                                     "تتخلف", "ستتخلف"))


def _absent_or_late(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "فيما اعتذر رئيس البلدية X عن الحضور", "مآثر الأمير الراحل X" (ext-t41): a person whose every mention (by
    name or by an office he holds) is the subject of a verb of absence or comes a few words after a word for the
    deceased did not take part."""
    if a.person is None:
        return False
    firsts = _mentions(people, a.person.name)
    if not firsts:
        return False
    for k in firsts:
        g = _governor(tokens, people, k)
        late = any(tokens[x].norm in _LATE and tokens[x].sent == tokens[k].sent for x in range(max(0, k - 3), k))
        # (and "يتخلف عن الاجتماع X": the verb, "عن" and the event's noun before him, s11-part2s)
        away = g >= 2 and tokens[g - 1].norm == _AN and _word_in(tokens, g - 2, _ABSENT) \
            and _word_in(tokens, g, _STAYED_AWAY_FROM)
        if not late and not (g >= 0 and _word_in(tokens, g, _ABSENT)) and not away:
            return False
    return True


_MARTYRS = _LATE | frozenset(fold(w) for w in ("الشهيد", "الشهيدة", "الشهيدين", "الشهيدان", "الشهداء", "الفقيدين"))
_MOURNED_REACH = 8


def mourned(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "شيعت الجموع جثماني الشهيدين العريف X ووكيل الرقيب Y", "زار الأمير مقر عزاء الشهيد Z" (slots19): a person
    every mention of whom by name comes a few words after a word for the dead or the martyred (no mark between) is
    the one mourned, who chairs no event."""
    if a.person is None:
        return False
    firsts = [m.first for m in people.persons if m.name == a.person.name]
    if not firsts:
        return False
    for k in firsts:
        dead = False
        for x in range(k - 1, max(-1, k - 1 - _MOURNED_REACH), -1):
            if tokens[x].sent != tokens[k].sent or not tokens[x].is_word:
                break
            if tokens[x].norm in _MARTYRS:
                dead = True
                break
        if not dead:
            return False
    return True


_STAYED_AWAY_FROM = frozenset(fold(w) for w in ("الاجتماع", "الإجتماع", "اللقاء", "الجلسة", "الحفل", "الاحتفال",
                                                "المؤتمر", "القمة", "الحضور", "الاستقبال", "الزيارة", "الملتقى",
                                                "الندوة", "المنتدى", "الاجتماعات", "الجلسات"))
_ANOTHER = frozenset(fold(w) for w in ("آخر", "أخرى", "منفصل", "منفصلة"))
_MATTER = frozenset(fold(w) for w in ("سياق", "شأن"))


def _other_matter(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وفي سياق آخر، ألقى وزير الثقافة X كلمة …", "وفي شأن آخر" (ext-t41): a named office holder whose every
    mention stands in a sentence that opens on another matter, none of them one of the event's sentences, is told
    of apart from the event, not stated as taking part ("ومن جهة أخرى، تولى X الإشارة …" often goes on with the
    same event's speakers: not read)."""
    def on_another_matter(k: int) -> bool:
        opening = sentence_start(tokens, k)
        return any(_word_in(tokens, x, _MATTER) and x + 1 < len(tokens) and tokens[x + 1].norm in _ANOTHER
                   for x in range(opening, min(k, opening + 4)))

    return _every_mention_outside(tokens, people, holder, ev.sentences, on_another_matter)


_IN_PLACE_OF = fold("خلفا")
_PREDECESSOR_REACH = 4


def _predecessor_only(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "لانتخاب رئيس جديد خلفا للسويسري X", "عين Y رئيسا للنادي خلفا لرئيسه المستقيل X" (part, ninth session): a
    person each of whose mentions comes a few words after "خلفا" ("in the place of"), in its sentence, is the one
    replaced, named for the office he leaves, not stated as taking part."""
    holder = _holder_of(a)
    firsts = sorted(pm.first for pm in people.persons if pm.name == holder)  # (by name: his office, read from
    # "رئيس جديد خلفا لـ", may begin before the word)
    return bool(firsts) and all(
        any(tokens[x].norm == _IN_PLACE_OF and tokens[x].sent == tokens[k].sent
            for x in range(max(0, k - _PREDECESSOR_REACH), k)) for k in firsts)


def _seen_off_only(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "… وكان في وداعه لدى مغادرته المطار X، وY" told after a meeting: a person or office each of whose mentions
    comes after "في وداع" (or "في وداعه/وداعها/وداعهم") in its sentence, no word of attending or accompanying
    between, saw the guest off at his departure; he is not stated at the meeting or sitting itself (fpart, tenth
    session). Not at a visit (those who see the visitor off where he went are its hosts, as those who welcome him
    are), nor at an event of kind "other" (a departure told as the event: "غادر X … وكان في وداعه …")."""
    firsts = agent_mentions(people, a)
    if not firsts or ev.kind in ("visit", "other"):
        return False

    def seen_off(k: int) -> bool:
        start = max(sentence_start(tokens, k), k - _FAREWELL_REACH, 1)
        x = next((x for x in range(k - 1, start - 1, -1) if tokens[x].norm in _FAREWELL and tokens[x - 1].norm == _FI),
                 -1)
        return x > 0 and not any(tokens[c].sent == tokens[x].sent and c < k for c in ev.cues) \
            and not any(_word_in(tokens, y, _ATTENDANCE_WORDS) for y in range(x + 1, k))

    return all(seen_off(k) for k in firsts)


def _met_also_only(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "التقى الأمير X رئيس جمهورية Y … . كما اجتمع الأمير مع رئيس حزب Z": a person or office each of whose mentions
    comes after a verb of meeting that opens its sentence on "كما" ("also met", "also received"), in a sentence that
    comes after the sentence of the event's first cue, was met at a second meeting told after the first, not at this
    event, even when find.py merged that meeting into it (s11-part2s; a second meeting find.py reads apart has that
    verb as its first cue, and keeps its guest)."""
    firsts = agent_mentions(people, a)

    def met_also(k: int) -> bool:
        opening = sentence_start(tokens, k)
        x = next((x for x in range(opening, min(k, opening + _ALSO_REACH))
                  if strip_clitic(tokens[x].norm, "و")[0] == _ALSO), -1)
        return x >= 0 and x + 1 < k and tokens[x + 1].norm in _MET_ALSO

    return bool(firsts) and bool(ev.cues) and all(tokens[ev.cues[0]].sent < tokens[k].sent and met_also(k)
                                                  for k in firsts)


def _convener(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "أكد الوزير X في الاجتماع الأول للجنة …، والذي عقده في مكتبه صباح اليوم مع …", "وأنهى رئيس اللجنة الخلافات
    خلال الاجتماع الذي عقده مع المرشحين": a person or office named before a cue of the event that a relative clause
    then says "he held" ("الذي عقده", "التي ترأسها"; the verb with no subject of its own after it, no other person or
    office named between) convened the event: its chair, who is no participant ("not the chair again", ANNOTATION.md;
    s11-part2s)."""
    firsts = agent_mentions(people, a)
    if not firsts:
        return False
    names = agent_names(a)
    starts = sorted({m.first for m in people.persons if m.name not in names}
                    | {p.first for p in people.posts if p.holder not in names and p.title not in names})
    for k in firsts:
        sent = tokens[k].sent
        for c in ev.cues:
            if c <= k or tokens[c].sent != sent:
                continue
            for r in range(c + 1, min(len(tokens) - 2, c + _CONVENED_REACH)):
                if tokens[r].sent != sent:
                    break
                nxt = tokens[r + 2]
                if strip_clitic(tokens[r].norm, "و")[0] in RELATIVES and tokens[r + 1].norm in _HELD_IT \
                        and tokens[r + 2].sent == sent and (not nxt.is_word or nxt.norm in _AFTER_HELD) \
                        and not any(k < x < r for x in starts):
                    return True
    return False


_CONVENED_REACH = 16
"""How far after the event's noun the relative clause "الذي عقده" may come (the noun's own complements between)."""
_HELD_IT = frozenset(fold(w) for w in ("عقده", "عقدها", "ترأسه", "ترأسها", "أداره", "أدارها", "رأسه", "رأسها"))
_AFTER_HELD = frozenset(fold(w) for w in ("في", "مع", "أمس", "امس", "اليوم", "صباح", "مساء", "ظهر", "عصر", "يوم",
                                          "بمكتبه", "بمقر", "بحضور", "بمشاركة", "مؤخرا", "الأسبوع", "الشهر"))


def _on_a_day_of_a_program(tokens: list[Token], pm: PersonMention) -> bool:
    """ "ويصاحب المعرض … ورش عمل …، للمدربة X يوم الخميس، … للمدربة Y يوم الجمعة": a person named right before
    "يوم"/"يومي" and a weekday, in a sentence that gives two weekdays or more, leads one item of a program laid out day
    by day, held on its own day, not at the event (s11-part2s)."""
    j = pm.last
    if not (j + 1 < len(tokens) and tokens[j].norm in _DAY_NOUNS and tokens[j + 1].norm in _WEEKDAYS
            and tokens[j + 1].sent == tokens[pm.first].sent):
        return False
    sent = tokens[pm.first].sent
    days = {t.norm for t in takewhile(lambda t: t.sent == sent, tokens[sentence_start(tokens, pm.first):])
            if t.norm in _WEEKDAYS}
    return len(days) >= 2


_DAY_NOUNS = frozenset(fold(w) for w in ("يوم", "يومي"))
_ALSO = fold("كما")
_ALSO_REACH = 3
_MET_ALSO = frozenset(fold(w) for w in ("اجتمع", "اجتمعت", "التقى", "التقت", "استقبل", "استقبلت", "عقد", "عقدت"))
_FAREWELL = frozenset(fold(w) for w in ("وداع", "وداعه", "وداعها", "وداعهم", "وداعهما"))
_FAREWELL_REACH = 60
"""How far after "في وداعه" the list of those who saw the guest off may go on (a long list of offices and names)."""


_SIDE = frozenset(fold(w) for w in ("سياق", "شأن", "صعيد", "جهة", "جانب", "ناحية"))
_OTHER_SIDE = frozenset(fold(w) for w in ("آخر", "أخرى", "اخر", "اخرى", "منفصل", "منفصلة"))
_SIDE_REACH = 8


def _on_another_side_only(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """part (ninth session): a person (or office holder) each of whose mentions, outside the event's sentences,
    stands in a clause opened, a few words before it, by a turn to another matter ("ومن جهة أخرى، وصل الوزير X",
    "من جانب آخر قدم X", "من ناحية أخرى التقى X", "…، في سياق آخر أعلن X") is told of in another item of the text,
    not stated as taking part in the event (``_other_matter`` asks the same of office holders, at a sentence's
    opening and on "سياق"/"شأن" only)."""
    holder = _holder_of(a)

    def turned(k: int) -> bool:
        opening = sentence_start(tokens, k)
        return any(_word_in(tokens, x, _SIDE) and tokens[x + 1].norm in _OTHER_SIDE
                   for x in range(max(opening, k - _SIDE_REACH), k - 1))

    return _every_mention_outside(tokens, people, holder, ev.sentences, turned)


def _addressed_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وطالب المكتب السياسي وزير الفلاحة X بالتدخل", "وانتقد المجلس تصريحات رئيس الحكومة X", "وقرر المجلس مراسلة
    وزير الصحة X" (ext-t101): a named office holder whose every mention, outside the event's sentences, is the object
    of a demand, an appeal, a letter or a criticism made by another (a body or a person named between the verb and
    him), or follows such a noun in construct, is the one addressed or criticised, not stated at the event. Not the
    verb's own subject ("وطالب وزير الفلاحة X الفلاحين …": he speaks). So too the author of a circular, a post or a
    recognition ("دورية وزير الداخلية X", "تدوينة", "اعتراف"), the addressee after "رسالة إلى", the one stood by
    ("تضامنهم مع X"), the target of a no-confidence vote ("حجب الثقة عن X"), of an arrest or an assassination
    ("اعتقلت الشرطة X"), the one who died ("توفي X"), and the writer of a post ("وكتب X في تغريدة …")."""
    def addressed(k: int) -> bool:
        sent = tokens[k].sent
        g = _governor(tokens, people, k)
        if g >= 0 and tokens[g].sent == sent and strip_clitic(tokens[g].norm, "وبل")[0] in _ADDRESS_NOUNS:
            return True  # "مراسلة وزير الصحة X", "مساءلة الوزير X", "دورية وزير الداخلية X": addressed, or the author
        if g >= 1 and tokens[g].sent == sent and tokens[g].norm in _TO_WITH and any(
                tokens[x].sent == sent and strip_clitic(tokens[x].norm, "وبل")[0] in _TO_WITH[tokens[g].norm]
                for x in range(max(0, g - 3), g)):
            return True  # "رسالة إلى وزير الداخلية X" (its addressee), "تضامنهم مع النائب X" (the one it is about)
        if g >= 0 and tokens[g].sent == sent and (_word_in(tokens, g, _DIED) or _word_in(tokens, g, _WROTE)):
            return True  # "توفي الأمير X" (the one the event is about); "وكتب الوزير X على حسابه" (a post, apart)
        at = next((p.first for p in people.posts if p.holder == holder and p.last == k), k)  # (ext-t106) from his
        # office right before his name: "طالب رئيس المجلس X اليوم رئيس الوزراء Y بإقالة …"
        v = next((x for x in range(at - 1, max(-1, at - _ADDRESS_REACH), -1)
                  if tokens[x].sent != sent or tokens[x].norm in (",", "،", ".", ":")
                  or _word_in(tokens, x, _ADDRESS_VERBS) or _word_in(tokens, x, _SEIZE_VERBS)), -1)
        if v < 0 or tokens[v].sent != sent:
            return False
        seize = _word_in(tokens, v, _SEIZE_VERBS)
        if not (seize or _word_in(tokens, v, _ADDRESS_VERBS)):
            return False
        other = {pm.first for pm in people.persons if pm.name != holder} \
            | {p.first for p in people.posts if p.holder != holder}
        verb = tokens[v].norm.removeprefix("و")
        # (not "وطالب وزير الفلاحة X …": the verb's subject, not its object; "اعتقلت القوات X": its object; a
        # participle's subject is the one who speaks before it, "مناشدا أمير المنطقة X": X is its object)
        return g > v or any(v < x < k for x in other) or (seize and g == v and (verb[:1] == "ت" or verb[-1:] == "ت")) \
            or (g == v and verb in _ADDRESS_PARTICIPLES)

    return _every_mention_outside(tokens, people, holder, ev.sentences, addressed)


_ADDRESS_PARTICIPLES = frozenset(fold(w) for w in ("مناشدا", "مطالبا", "داعيا", "منتقدا"))
_ADDRESS_VERBS = frozenset(fold(w) for w in (
    "طالب", "طالبت", "يطالب", "تطالب", "ناشد", "ناشدت", "يناشد", "تناشد", "دعا", "دعت", "يدعو", "تدعو",
    "راسل", "راسلت", "يراسل", "تراسل", "انتقد", "انتقدت", "ينتقد", "تنتقد", "حمل", "حملت", "يحمل", "تحمل",
    "استنكر", "استنكرت", "يستنكر", "تستنكر")) | _ADDRESS_PARTICIPLES
_ADDRESS_NOUNS = frozenset(fold(w) for w in ("مراسلة", "مطالبة", "مناشدة", "مساءلة", "استدعاء", "انتقاد", "وضعية",
                                             "دورية", "مذكرة", "منشور", "مرسوم", "رسالة", "برقية", "تدوينة",
                                             "تغريدة", "اعتراف"))
_TO_WITH = {fold("إلى"): frozenset(fold(w) for w in (
    "رسالة", "رسالته", "رسالتها", "رسالتهم", "برقية", "برقيته", "برقيتها", "مراسلة", "مراسلته", "شكاية", "شكايته",
    "شكوى", "سؤال", "سؤالا", "مذكرة", "ملتمس", "ملتمسا", "عريضة")),
    fold("مع"): frozenset(fold(w) for w in (
        "تضامن", "تضامنه", "تضامنها", "تضامنهم", "تضامنا", "التضامن", "تعاطفه", "تعاطفها", "تعاطفهم")),
    fold("عن"): frozenset({fold("الثقة")}), fold("من"): frozenset({fold("الثقة")})}
_ADDRESS_REACH = 10
_SEIZE_VERBS = frozenset(fold(w) for w in (
    "اعتقل", "اعتقلت", "يعتقل", "تعتقل", "اغتال", "اغتالت", "يغتال", "تغتال", "اختطف", "اختطفت", "يختطف", "تختطف",
    "أوقفت", "أقال", "أقالت", "يقيل", "تقيل"))
_DIED = frozenset(fold(w) for w in ("توفي", "توفيت", "المنية"))
_WROTE = frozenset(fold(w) for w in ("كتب", "كتبت", "غرد", "غردت", "دون", "دونت"))


_PHONE = frozenset(fold(w) for w in ("هاتفيا", "هاتفياً", "هاتفي", "هاتفية", "الهاتفي", "الهاتفية", "الهاتفيه"))


def _on_the_phone_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "تلقى الأمير X اتصالا هاتفيا من الرئيس Y … . ودعا الرئيس Y خلال لقائه المبعوث Z" (ext-t83): a named office
    holder whose every mention stands in a sentence that tells of a telephone call, none of them one of the event's
    sentences, spoke on the phone; he is not stated as taking part in the meeting told in other sentences."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    phoned: set[int] = set()
    for k in firsts:
        sent = tokens[k].sent
        if sent in ev.sentences:
            return False
        if sent in phoned:
            continue
        x = sentence_start(tokens, k)
        while x < len(tokens) and tokens[x].sent == sent and tokens[x].norm not in _PHONE:
            x += 1
        if x >= len(tokens) or tokens[x].sent != sent:
            return False
        phoned.add(sent)
    return True


_QUESTION = frozenset(fold(w) for w in ("سؤال", "السؤال", "بسؤال", "سؤالا", "سؤالاً", "تساؤل"))
_ASKED_REACH = 6


def _asked_about_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وردا على سؤال حول وصف رئيس الحكومة X ما حصل …، قال المتحدث …" (ext-t108): a named office holder whose every
    mention stands a few words after a question noun, in none of the event's sentences, is what someone was asked
    about; he is not stated as taking part."""
    def asked_about(k: int) -> bool:
        return any(tokens[x].norm in _QUESTION and tokens[x].sent == tokens[k].sent
                   for x in range(max(0, k - _ASKED_REACH), k))

    return _every_mention_outside(tokens, people, holder, ev.sentences, asked_about)


_KANA = FUNCTION_WORDS.WAS
_QAD = fold("قد")


def _pluperfect_meeting(tokens: list[Token], sent: int, k: int) -> int | None:
    """The index of a meeting verb right after "قد" in "وكان X قد التقى …", in sentence ``sent`` (``k`` one of its
    tokens), "كان" at most six words before "قد"; None when the sentence tells of no such earlier meeting."""
    x = sentence_start(tokens, k)
    kana = None
    while x < len(tokens) and tokens[x].sent == sent:
        if tokens[x].norm in _KANA:
            kana = x
        elif tokens[x].norm == _QAD and kana is not None and x - kana <= 7 and x + 1 < len(tokens) \
                and tokens[x + 1].sent == sent and tokens[x + 1].norm in EVENTS.HAD_MET:
            return x + 1
        x += 1
    return None


_PLUPERFECT_REACH = 8


def _at_recalled_meeting(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """mpart (eleventh session): "… . وكان الوزير قد التقى نظيره الأسبوع الماضي بحضور وزير X": a word of attending
    at ``k`` after the verb of a meeting told in the pluperfect ("كان … قد" + a verb of meeting) in its sentence, a
    sentence with no other cue of the event and after one that has one, lists who attended that earlier meeting,
    not this event."""
    sent = tokens[k].sent
    verb = _pluperfect_meeting(tokens, sent, k)
    return verb is not None and verb < k and any(tokens[c].sent < sent for c in ev.cues) \
        and not any(tokens[c].sent == sent and c != verb for c in ev.cues)


def _pluperfect_object_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "بحث الاجتماع الأفكار التي كان X قد طرحها على الرئيس Y خلال زيارته …" (ext-t133): a named office holder whose
    every mention stands a few words after "كان … قد" and a past verb (not one of attending or arriving), no cue of
    the event between "كان" and him, is the one that earlier act was addressed to, told in background: no participant
    of the event the sentence reports."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        sent = tokens[k].sent
        qad = next((x for x in range(k - 1, max(-1, k - _PLUPERFECT_REACH - 1), -1)
                    if tokens[x].sent == sent and tokens[x].norm == _QAD), None)
        if qad is None or qad + 1 >= k or _word_in(tokens, qad + 1, ROLES.ATTEND) \
                or _word_in(tokens, qad + 1, _ARRIVES):
            return False
        kana = next((x for x in range(qad - 1, max(-1, qad - 8), -1)
                     if tokens[x].sent == sent and tokens[x].norm in _KANA), None)
        if kana is None or any(kana <= c < k for c in ev.cues):
            return False
    return True


def _pluperfect_sentence_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "… الاجتماع المقرر … . وكان الرئيس X، بصفته رئيس القمة، قد تلقى المشروع الذي رفعه إليه Y، والذي ترأس
    اجتماعين …" (part8): a named office holder every mention of whom stands in a sentence told in the pluperfect
    (opening on "كان", "وكانت"; "قد" and a past verb, not one of attending or arriving, follow in it) is told of in
    background (the subject, the sender or the addressee of an earlier act), not stated at the event, when the event
    is told in another sentence too (a cue in that sentence is of the earlier acts it recalls). Not when that sentence
    places the act within an event ("وكان X قد رحب في بداية الحفل بالوزير", "خلال"), nor in a signing, whose other
    signer "كان قد وقع" takes part."""
    firsts = _mentions(people, holder)
    if not firsts or ev.kind == "signing":
        return False
    sents = {tokens[k].sent for k in firsts}
    return any(tokens[c].sent not in sents for c in ev.cues) \
        and all(_pluperfect_sentence(tokens, k) for k in firsts)


def _pluperfect_sentence(tokens: list[Token], k: int) -> bool:
    """The sentence of the mention at ``k`` opens on a form of "كان" and holds "قد" right before a verb (not its
    last token) that is none of attending or arriving: "وكان X قد تلقى …" (part8)."""
    start = sentence_start(tokens, k)
    if tokens[start].norm not in _KANA:
        return False
    last = sentence_end(tokens, k) - 1
    if any(_word_in(tokens, x, _WITHIN_AN_EVENT) for x in range(start, last + 1)):
        return False  # "وكان X قد رحب في بداية الحفل بالوزير": an act at the event itself, told in the pluperfect
    return any(tokens[x].norm == _QAD and not _word_in(tokens, x + 1, ROLES.ATTEND)
               and not _word_in(tokens, x + 1, _ARRIVES) for x in range(start + 1, last))


_WITHIN_AN_EVENT = ROLES.DURING | frozenset(fold(w) for w in ("بداية", "مستهل", "مطلع", "ختام", "نهاية", "افتتاح"))


def _at_pluperfect_meeting(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "استقبل الوزير X سفير Y. وكان الوزير قد التقى الأسبوع الماضي وزير Z" (ext-t83): a named office holder whose
    every mention stands in a sentence telling, in the pluperfect ("كان … قد" + a verb of meeting), of an earlier
    meeting, that sentence adding no cue of the event but that verb, was at the earlier meeting, not at this one."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        sent = tokens[k].sent
        verb = _pluperfect_meeting(tokens, sent, k)
        if verb is None or (any(tokens[c].sent == sent and c != verb for c in ev.cues) and not (
                any(tokens[c].sent < sent for c in ev.cues)
                and all(c >= verb for c in ev.cues if tokens[c].sent == sent))):
            return False  # (a cue after the verb, the event told before: "قد شارك في اجتماع مماثل", ext-t93)
    return True


def _before_turn(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "… أعلن المرشد X تعيين ممثل له. إلى ذلك، شهد أمس اجتماع …" (ext-t73): an event whose first sentence opens
    on a turn to another matter ([topic_shift]: "إلى ذلك", "من جهة أخرى") is told apart from what came before it; a
    named office holder whose every mention stands before that sentence belongs to the earlier matter."""
    if not ev.sentences:
        return False
    first = min(ev.sentences)
    firsts = _mentions(people, holder)
    if not firsts or any(tokens[k].sent >= first for k in firsts):
        return False
    start = next((i for i, t in enumerate(tokens) if t.sent == first), None)
    if start is None:
        return False
    return _opens_on_turn(tokens, start)


def _opens_on_turn(tokens: list[Token], start: int) -> bool:
    """The sentence opening at ``start`` turns to another matter: "إلى ذلك، …", "من جهة أخرى …", "ومن ناحية أخرى،
    …", "وعلى صعيد آخر …" (a phrase of [topic_shift] or [other_matter], its first word with or without و; part17
    added the second list: "من ناحية أخرى، استقبل الأمير X" after an opening told before is a matter of its own)."""
    opening = [t.norm for t in tokens[start:start + 4] if t.is_word]
    bare = [strip_clitic(opening[0], "و")[0], *opening[1:]] if opening else []  # "وإلى ذلك"
    return any(tuple(words[:n]) in EVENTS.TOPIC_SHIFT | EVENTS.OTHER_MATTER
               for words in (opening, bare) for n in (2, 3))


_TURN_CUE_REACH = 3
"""How many words after a turn to another matter its event's verb or noun may stand ("من جهة أخرى، استقبل")."""


def _turned_event_at(tokens: list[Token], start: int) -> bool:
    """The sentence opening at ``start`` turns to another matter ([other_matter]: "من جهة أخرى"، "في غضون ذلك", its
    first word with or without و) and an event's verb or noun follows the turn within a few words: "من جهة أخرى،
    استقبل سمو الأمير …", "وفي غضون ذلك، وصل الوزير …" (part21)."""
    at = [k for k in range(start, min(len(tokens), start + 4 + _TURN_CUE_REACH))
          if tokens[k].is_word and tokens[k].sent == tokens[start].sent]
    words = [tokens[k].norm for k in at]
    bare = [strip_clitic(words[0], "و")[0], *words[1:]] if words else []
    n = next((n for n in (2, 3) for w in (words, bare) if tuple(w[:n]) in EVENTS.OTHER_MATTER), 0)
    return bool(n) and any(cue_kind(tokens, k) or strip_clitic(tokens[k].norm, "و")[0] in EVENTS.ARRIVAL_VERBS
                           for k in at[n:n + _TURN_CUE_REACH])


def _turned_to_another_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "كما استقبل الأمير X … Y. من جهة أخرى، استقبل سمو أمير المنطقة سفير Z …" (part21): a later sentence, none of
    the event's, that opens on a turn to another matter with an event's verb or noun right after the turn begins
    another event's story, even when no event of its own was made of it; a named office holder every mention of
    whom stands in or after such a sentence, none in the event's sentences, belongs to that story, not this one."""
    firsts = _mentions(people, holder)
    if not ev.cues or not firsts or any(tokens[k].sent in ev.sentences for k in firsts):
        return False
    first, own = tokens[min(ev.cues)].sent, tokens[firsts[0]].sent
    return any(first < tok.sent <= own and tok.sent not in ev.sentences and sentence_start(tokens, k) == k
               and _turned_event_at(tokens, k) for k, tok in enumerate(tokens))


_CABLE_ADDRESS_REACH = 8
_TELEGRAMS = frozenset(fold(w) for w in ("برقية", "برقيتي", "برقيتين", "برقيات"))  # (not "رسالة": one handed over at
# the meeting, "سلمه رسالة من الملك إلى الرئيس Y", reaches one present)
"""How many words before an addressee's name the cable noun may stand ("برقية تهنئة لجلالة السلطان X")."""


def _cable_addressee(tokens: list[Token], k: int) -> bool:
    """ "كما بعث الملك X برقية تهنئة لجلالة السلطان Y سلطان عمان بمناسبة …" (part21): the mention at ``k`` is the
    addressee of a cable (its noun a few words before it in the same sentence, ل or إلى between): written to from
    afar, not at the event, even when the sentence runs on from the event's list of attendees."""
    sent = tokens[k].sent
    for x in range(k - 1, max(-1, k - _CABLE_ADDRESS_REACH), -1):
        if tokens[x].sent != sent:
            return False
        if strip_clitic(tokens[x].norm, "و")[0] in _TELEGRAMS:
            return any(tokens[y].norm in TO_WORDS or (tokens[y].norm[:1] == "ل" and len(tokens[y].norm) > 3)
                       for y in range(x + 1, k + 1))
    return False


def _cabled_to(tokens: list[Token], people: People, a: Agent) -> bool:
    """A participant each of whose mentions is a cable's addressee (``_cable_addressee``, part21); an office right
    after his name ("لجلالة الملك X بن Y ملك Z") is read from the name, an unheld office from itself."""
    holder = _holder_of(a)
    firsts = _mentions(people, holder) if holder else [a.post.first] if a.post else []
    names = [pm for pm in people.persons if holder and pm.name == holder]
    return bool(firsts) and all(_cable_addressee(tokens, next(
        (pm.first for pm in names if pm.first <= k <= pm.last + 1), k)) for k in firsts)


_HOLDS = EVENTS.ORGANISE | frozenset(fold(w) for w in ("يقيم", "تقيم", "سيقيم", "ستقيم"))
_ALSO_HOLD_REACH = 4


def _also_held(tokens: list[Token], sent: int) -> bool:
    """Sentence ``sent`` tells of another event held as well: a verb of holding with "أيضا" a few words after it,
    an event's noun right after that ("وأوضح X أن الإدارة تقيم أيضاً حفل معايدة لمنسوبيها بحضور …", part21)."""
    words = [k for k, tok in enumerate(tokens) if tok.sent == sent and tok.is_word]
    for i, k in enumerate(words):
        if strip_clitic(tokens[k].norm, "وف")[0] not in _HOLDS:
            continue
        for j in range(i + 1, min(len(words), i + 1 + _ALSO_HOLD_REACH)):
            if tokens[words[j]].norm in ALSO:
                return any(cue_kind(tokens, x) for x in words[j + 1:j + 3])
    return False


def _at_one_also_held(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "تقيم الوزارة حفل معايدة بحضور الوزير X. وأوضح Y أن الإدارة تقيم أيضاً حفل معايدة بحضور مديرها Z" (part21): a
    participant every mention of whom stands in a sentence that tells of another event held as well
    (``_also_held``), not the sentence of this event's first cue, attends that one, not this."""
    holder = _holder_of(a)
    firsts = _mentions(people, holder) if holder else [a.post.first] if a.post else []
    if not ev.cues or not firsts:
        return False
    first = tokens[min(ev.cues)].sent
    sents = {tokens[k].sent for k in firsts}
    return first not in sents and all(_also_held(tokens, s) for s in sents)


def _before_own_turn(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """ "دشن الأمير X المبنى بحضور الوزير Y … . من ناحية أخرى، استقبل الأمير X وكيل الإمارة Z" (part17): a word at
    ``k`` (of attending) in a sentence before that of the event's first cue, where that sentence opens on a turn to
    another matter, tells of what came before the turn; those it names attend that, not this event."""
    if not ev.cues:
        return False
    first = min(ev.cues)
    return tokens[k].sent < tokens[first].sent and _opens_on_turn(tokens, sentence_start(tokens, first))


def _turned_cue_of_another(tokens: list[Token], ev: EventMention, others: tuple[EventMention, ...], k: int) -> bool:
    """ "… . من ناحية أخرى، استقبل الأمير X أمس وكيل الإمارة Z الذي يزور المنطقة" (part17): a verb at ``k`` that is
    the first cue of another event, in a sentence after this event's first cue that opens on a turn to another
    matter, is that event's; the guest it names is not this event's (the turned sentence may still lend this event a
    stray cue, "يزور")."""
    return bool(ev.cues) and tokens[k].sent > tokens[min(ev.cues)].sent \
        and any(o.cues and o.cues[0] == k for o in others) and _opens_on_turn(tokens, sentence_start(tokens, k))


def _speaks_of_others_meeting(tokens: list[Token], people: People, holder: str) -> bool:
    """ "من جهته، قال وزير الدولة X إن لقاء الوزير Y مع المبعوث Z فرصة …" (part17): a named office holder each of
    whose mentions is the speaker of a verb of saying whose إن/أن opens on an event noun naming another person right
    after it (the meeting of Y) speaks of others' meeting from outside it; he is not stated as taking part."""
    starts = {pm.first: pm.name for pm in people.persons} | {p.first: p.holder or p.title for p in people.posts}
    heads = {tuple(fold(w) for w in pm.name.split()[:2]) for pm in people.persons if pm.name != holder}

    def others_meeting(_k: int, that: int) -> bool:
        if that + 2 >= len(tokens) or not cue_kind(tokens, that + 1):
            return False
        j = _past_styles(tokens, people, that + 2)  # (past styles and one bare title: "لقاء الوزير Y"; Y named
        # again is read by the first two words of his name)
        return any(starts.get(x) not in (None, holder) or (
            x + 1 < len(tokens) and (tokens[x].norm, tokens[x + 1].norm) in heads) for x in (j, j + 1))

    return _every_mention_says(tokens, people, holder, 25, others_meeting)


def _approves_its_programme_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "اعتمد أمير المنطقة X برامج وفعاليات ملتقى السياحة الذي ينظمه المجلس …" (part17): every mention of the holder
    is the subject of an approval verb whose sentence names the event only after him, in what he approves (no "خلال"
    or "في" before the cue: not "اعتمد المجلس في جلسته"); he approves its programme apart, he is not stated at it."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        if not _approver(tokens, _governor(tokens, people, k)):
            return False
        cues = [c for c in ev.cues if tokens[c].sent == tokens[k].sent]
        if any(c < k or (c > 0 and (tokens[c - 1].norm in ROLES.DURING or tokens[c - 1].norm == "في"))
               or strip_clitic(tokens[c].norm, "وفبل")[0] != tokens[c].norm for c in cues):
            return False
    return True


def _calls_off_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "أعلن رئيس المجلس X عن إلغاء القمة التي كانت مقررة …", "أعلن X تأجيل الاجتماع" (part17): every mention of
    the holder is the speaker of a verb of saying whose words, a few after his name, call off or put off one of the
    event's cues ([not_held]: "إلغاء", "تأجيل"); he announces it, he is not stated as taking part."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    ends = {m.first: m.last for m in people.persons if m.name == holder} \
        | {p.first: p.last for p in people.posts if p.holder == holder}
    for k in firsts:
        if not _word_in(tokens, _governor(tokens, people, k), ROLES.SPEECH):
            return False
        end = max(ends.get(x, x + 1) for x in firsts if tokens[x].sent == tokens[k].sent and x >= k)
        off = next((x for x in range(end, min(len(tokens) - 1, end + _CALL_OFF_REACH))
                    if tokens[x].sent == tokens[k].sent and strip_clitic(tokens[x].norm, "وب")[0] in EVENTS.NOT_HELD
                    and tokens[x].norm[:1] != "ل"), None)
        if off is None or off + 1 not in ev.cues:
            return False
    return True


_CALL_OFF_REACH = 8
"""How many words after a speaker's mention may come before the calling-off noun ("عن", a name, a comma)."""


def _foretells_in_what_he_says(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "قال السفير X إن الأمير Y سوف يترأس وفد المملكة لحضور حفل افتتاح القناة" (part17): every mention of the
    holder is the speaker of a verb of saying whose إن/أن is followed, in that sentence, by a future verb ("سوف",
    "سيشارك") and then by a cue of the event (not after "خلال"/"في"); he tells of the event to come and of who will
    attend it, he is not stated as taking part."""
    def foretold(k: int, that: int) -> bool:
        return any(tokens[c].sent == tokens[k].sent and c > that and tokens[c - 1].norm not in ROLES.DURING
                   and tokens[c - 1].norm != "في" and any(_future(tokens[x].norm) for x in range(that + 1, c))
                   for c in ev.cues)

    return _every_mention_says(tokens, people, holder, 25, foretold)


def _at_bodys_head_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "مشيدا بعناية الهيئة العامة للسياحة، وعلى رأسها رئيس الهيئة الأمير X" (part17): a named office holder each of
    whose mentions comes right after "على رأسها/رأسه/رأسهم" (styles between) is named as the head of a body the
    sentence speaks of, not stated as taking part, unless a word of attending comes before him in that sentence
    ("بحضور المسؤولين وعلى رأسهم X") or of meeting ("التقت المسؤولين في الوزارة وعلى رأسهم الوزير X")."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        g = _governor(tokens, people, k)
        if g < 1 or tokens[g].sent != tokens[k].sent or tokens[g].norm not in _AT_ITS_HEAD \
                or strip_clitic(tokens[g - 1].norm, "و")[0] != _ALA:
            return False
        if any(_word_in(tokens, x, _ATTENDANCE_WORDS) or _word_in(tokens, x, _MEETING_WORDS)
               for x in range(sentence_start(tokens, k), g)):
            return False
    return True


_AT_ITS_HEAD = frozenset(fold(w) for w in ("رأسها", "رأسه", "رأسهم", "رأسهما", "راسها", "راسه", "راسهم"))


def _after_turn_only(tokens: list[Token], people: People, ev: EventMention, others: tuple[EventMention, ...],
                     holder: str) -> bool:
    """ "دشن الأمير X مبنى الإدارة بحضور الوزير Y … . من ناحية أخرى، استقبل الأمير X وكيل الإمارة Z" (part17): a
    later sentence that opens on a turn to another matter and holds the first cue of another event the article tells
    begins that event's story; a named office holder each of whose mentions stands in or after such a sentence (and
    after the sentence of this event's first cue) belongs to the later event, not to this one."""
    if not ev.cues or not others:
        return False
    first = tokens[min(ev.cues)].sent
    turns = [tokens[o.cues[0]].sent for o in others if o.cues and tokens[o.cues[0]].sent > first
             and _opens_on_turn(tokens, sentence_start(tokens, o.cues[0]))]
    firsts = _mentions(people, holder)
    return bool(turns and firsts) and all(tokens[k].sent >= min(turns) for k in firsts)


def _directs_apart(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "تابع وزير الصحة X الحادث ووجه بإسعاف المصابين", "وجه أمير المنطقة X بتشكيل لجنة", "أمر الوزير X بصرف …"
    (ext-t76): every mention of the holder is the subject of a verb of following or directing from afar, in a
    sentence holding none of the event's cues: he orders or follows the matter, he is not stated at the event. "وجه"
    counts only with its directive "بـ" after the mention ("وجه الوزير X كلمة للحضور" is a speech at the event). The
    same for "وبمتابعة X", "بتوجيه X", and for the chair of another body or sitting ("تحت مظلة لجنة الحج برئاسة X")
    in such a sentence, but the head of a delegation ("وفد … برئاسة X"), who comes with it."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    cue_sents = {tokens[c].sent for c in ev.cues}
    for k in firsts:
        g = _governor(tokens, people, k)
        if g < 0 or tokens[k].sent in cue_sents or tokens[g].sent != tokens[k].sent:
            return False
        verb = strip_clitic(tokens[g].norm, "وف")[0]
        if verb not in _FOLLOWS and not (verb in _DIRECTS and _directive_after(tokens, people, k)) \
                and strip_clitic(tokens[g].norm, "وفبل")[0] not in _FOLLOW_NOUNS \
                and not (strip_clitic(tokens[g].norm, "و")[0] in ROLES.CHAIR and not leads_delegation(tokens, g)):
            return False
    return True


_FOLLOWS = frozenset(fold(w) for w in ("تابع", "يتابع", "أوعز", "يوعز"))
_FOLLOW_NOUNS = frozenset(fold(w) for w in ("متابعة", "توجيه", "توجيهات"))
_DIRECTS = frozenset(fold(w) for w in ("وجه", "يوجه", "أمر", "يأمر"))


def _presides_only(tokens: list[Token], people: People, a: Agent) -> bool:
    """part5 (twelfth session): "وناقشت لجنة الصيدليات برئاسة X …", "الاجتماع الذي عقدته اللجنة برئاسة النائب X":
    a person or office each of whose mentions comes right after "برئاسة" / "تحت رئاسة" (styles and titles between)
    chairs a sitting — this one, whose chair he is ("not the chair again", ANNOTATION.md), or another one told
    beside it; he is no participant. Not the head of a delegation ("وفد … برئاسة X"), nor of a group that attends
    ("بحضور أعضاء اللجنة برئاسة X": a word of attending before it in its sentence), nor a co-chair
    ("بالرئاسة المشتركة")."""
    names = agent_names(a)
    persons = [m.first for m in people.persons if m.name in names]
    posts = [p for p in people.posts if p.holder in names or p.title in names]
    # an office read off the phrase itself ("لجنة المقاولين برئاسة" + his name) ends on "برئاسة"
    return bool(persons or posts) and all(_presiding(tokens, _governor(tokens, people, k), k)
                                          or _presiding(tokens, _styled_from(tokens, k), k) for k in persons) \
        and all(_presiding(tokens, _governor(tokens, people, p.first), p.first)
                or (p.last < len(tokens) and _presiding(tokens, p.last - 1, p.last)) for p in posts)


def _presiding(tokens: list[Token], g: int, k: int) -> bool:
    """The word ``g`` governing the mention at ``k`` is "برئاسة" (or "رئاسة" after "تحت") heading no delegation and
    no attending group, in the mention's sentence."""
    if g < 1 or tokens[g].sent != tokens[k].sent:
        return False
    word = strip_clitic(tokens[g].norm, "و")[0]
    if word != _UNDER_CHAIR and not (word in ROLES.PRESIDENCY and tokens[g - 1].norm == _UNDER):
        return False
    start = sentence_start(tokens, g)
    return not leads_delegation(tokens, g) \
        and not any(in_words(tokens[x].norm, ROLES.DELEGATION)  # "والوفد القطري برئاسة X"
                    for x in range(max(start, g - _DELEGATION_BEFORE), g) if tokens[x].sent == tokens[g].sent) \
        and not any(in_words(tokens[x].norm, ROLES.ATTEND) or tokens[x].norm in ROLES.JOINT
                    for x in range(start, k) if tokens[x].sent == tokens[k].sent)


def _styled_from(tokens: list[Token], k: int) -> int:
    """The index of the word right before the mention at ``k`` once its styles are skipped ("برئاسة المهندس X")."""
    j = k - 1
    while j >= 0 and _style(tokens[j].norm, strip=False):
        j -= 1
    return j


_UNDER_CHAIR = fold("برئاسة")
_DELEGATION_BEFORE = 6
_UNDER = fold("تحت")


def _guides_or_signed_before_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """part5 (twelfth session): "مذكرة التفاهم التي وقعها في شعبان الماضي الوزير X …، وتأتي المذكرتان بتوجيهات
    كريمة من الوزير X": a named office holder none of whose mentions stands in a sentence of the event's cues, each of
    them either the source of directives ("بتوجيهات <صفة> من X", "لتوجيهات سمو X") or the signer of an agreement a
    relative clause recalls at a past time ("التي وقعها … الماضي X"), guided the matter or signed the earlier act;
    he is not stated at the event. One kind of mention alone is read by ``_directs_apart``; a mix of the two is
    this rule's."""
    firsts = _mentions(people, holder)
    cue_sents = {tokens[c].sent for c in ev.cues}
    return bool(firsts) and all(tokens[k].sent not in cue_sents and (
        _guided_by(tokens, _governor(tokens, people, k)) or _signed_before(tokens, _governor(tokens, people, k), k))
        for k in firsts) and any(_signed_before(tokens, _governor(tokens, people, k), k) for k in firsts)


def _guided_by(tokens: list[Token], g: int) -> bool:
    """The word ``g`` governing a mention is a noun of directives ("لتوجيهات سمو X"), or "من" after one and at most
    one adjective ("بتوجيهات سديدة من X")."""
    if g < 0:
        return False
    if strip_clitic(tokens[g].norm, "وفبل")[0] in _FOLLOW_NOUNS:
        return True
    return tokens[g].norm == _FROM and any(
        x >= 0 and tokens[x].sent == tokens[g].sent and strip_clitic(tokens[x].norm, "وفبل")[0] in _GUIDANCE
        for x in (g - 1, g - 2))


_GUIDANCE = frozenset(fold(w) for w in ("توجيه", "توجيهات"))


def _signed_before(tokens: list[Token], g: int, k: int) -> bool:
    """The mention at ``k`` (its word ``g`` before it) is the subject of a signing verb in a relative clause that names
    a past time before it ("التي وقعها في شهر شعبان الماضي X": ``g`` the past mark, the verb a few words back)."""
    if g < 1 or tokens[g].norm not in _PAST_MARKS or tokens[g].sent != tokens[k].sent:
        return False
    for x in range(g - 1, max(0, g - _SIGNED_REACH) - 1, -1):
        if tokens[x].sent != tokens[k].sent:
            return False
        if tokens[x].norm in _SIGNED_IT:
            return x > 0 and strip_clitic(tokens[x - 1].norm, "و")[0] in RELATIVES
    return False


_SIGNED_IT = frozenset(fold(w) for w in ("وقعها", "وقعه", "وقعتها", "وقعته", "وقعاها", "وقعاه", "وقعوها", "وقعوه"))
_SIGNED_REACH = 7


def _directive_after(tokens: list[Token], people: People, k: int) -> bool:
    """The first word after the mention at ``k`` (its titles and names skipped) takes the directive "بـ"."""
    ends = {m.first: m.last for m in people.persons} | {p.first: p.last for p in people.posts}
    j = k
    while j in ends:  # ``last`` is one past a mention's end
        j = ends[j]
        while j < len(tokens) and tokens[j].norm in COMMAS and j + 1 in ends:
            j += 1
    return j < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].norm[:1] == "ب" \
        and tokens[j].norm not in PEOPLE.FILIATION


def _tried_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "أجلت المحكمة في جلستها … محاكمة الرئيس الأسبق X", "قضية اعتقال الناشط X" (ext-t76): every mention of the
    holder is the one a proceeding is taken against (a trial, an arrest, an execution): the sitting is about him, he
    is not stated as taking part in it."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(
        (g := _governor(tokens, people, k)) >= 0 and strip_clitic(tokens[g].norm, "وبل")[0] in _PROCEEDINGS
        for k in firsts)


_PROCEEDINGS = frozenset(fold(w) for w in ("محاكمة", "اعتقال", "توقيف", "إعدام", "اغتيال", "اختطاف", "إدانة"))


def _background_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وكان وزير الشؤون الاجتماعية X قد افتتح مقر الجمعية العام الماضي" (ext-t76): every mention of the holder is
    the subject of "كان … قد" and a past verb, in a sentence holding none of the event's cues but that verb itself: he
    is told of in background, not stated at the event; or, when that verb is the event's own cue ("وكان X قد دشن
    المعرض بحضور …"), he is its doer, no participant beside those attending. Not when that verb is one of attending or
    arriving ("وكان X قد وصل …", "قد شارك"), which may well be the event's own, nor in a signing, whose other signer
    "كان قد وقع" takes part."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    aside = range(0)
    for k in firsts:
        if k in aside:
            continue  # "وكان X، بصفته رئيس القمة، قد …": the office of the aside is the same mention's
        if not _word_in(tokens, _governor(tokens, people, k), _KANA):
            return False
        end = _past_aside(tokens, _mention_end(people, k))
        aside = range(k, end)
        if not (end + 1 < len(tokens) and tokens[end + 1].sent == tokens[k].sent and tokens[end].norm == _QAD) \
                or _word_in(tokens, end + 1, ROLES.ATTEND) or _word_in(tokens, end + 1, _ARRIVES):
            return False
        # the sentence holds no cue of the event, or only the recalled act itself ("قد افتتح"), unless a signing
        if any(tokens[c].sent == tokens[k].sent and (c != end + 1 or ev.kind == "signing") and c not in aside
               for c in ev.cues):
            return False
    return True


def _pluperfect_subject_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وأضافت المصادر أن الوزير X، كان قد تحدث مع الرئيس Y خلال لقائهما الشهر الماضي": every mention of the holder
    is the subject put before "كان قد" and a past verb (not one of attending or arriving), in a sentence holding no
    cue of the event: an earlier act told in background, not the event (all3; ``_background_only`` reads
    "وكان X قد"); or the subject before "سبق والتقى", "سبق أن زار" (``_done_before``, part24)."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        end = _mention_end(people, k)
        while end + 1 < len(tokens) and tokens[end].norm in COMMAS and end + 1 in firsts:
            end = _mention_end(people, end + 1)  # "الوزير، X، كان قد": his office, then his name
        if end < len(tokens) and tokens[end].norm in COMMAS:
            end += 1
        if _done_before(tokens, end) and not any(tokens[c].sent == tokens[k].sent and c < end for c in ev.cues):
            continue  # "أن الرئيس X سبق والتقى الأمير Y في يونيو" (part24; the meeting verb his own)
        if any(tokens[c].sent == tokens[k].sent for c in ev.cues):
            return False
        if end + 2 >= len(tokens) or tokens[end + 2].sent != tokens[k].sent or tokens[end].norm not in _KANA \
                or tokens[end + 1].norm != _QAD or _word_in(tokens, end + 2, ROLES.ATTEND) \
                or _word_in(tokens, end + 2, _ARRIVES):
            return False
    return True


_SABAQ_THAT = frozenset(fold(w) for w in ("أن", "وأن", "ان", "وان"))
_TO_HIM = frozenset(fold(w) for w in ("له", "لها", "لهم"))


def _done_before(tokens: list[Token], x: int) -> bool:
    """ "X سبق والتقى …", "X سبق أن زار …", "X سبق له أن التقى …": "سبق" right after the subject at ``x``, then
    "و" on a past verb or "(له) أن": he did it before, an earlier act told in background (part24)."""
    if x + 1 >= len(tokens) or tokens[x].norm != _SABAQ or tokens[x + 1].sent != tokens[x].sent:
        return False
    y = x + 2 if tokens[x + 1].norm in _TO_HIM else x + 1
    if y >= len(tokens) or tokens[y].sent != tokens[x].sent:
        return False
    word = tokens[y].norm
    return word in _SABAQ_THAT or (word.startswith("و") and len(word) > 3)


_SABAQ = fold("سبق")


_REGIME_NOUNS = frozenset(fold(w) for w in (
    "نظام", "عهد", "حكم", "زمن", "عصر", "حقبة", "ولاية", "رحيل", "إسقاط", "خلع", "عزل", "اغتيال", "وفاة", "مقتل",
    "نجل", "ابن", "ابنة", "زوجة", "عقيلة", "شقيق", "شقيقة", "أرملة", "أنصار", "مؤيدي", "معارضي", "خصوم", "صورة",
    "صور", "تمثال", "ضريح", "قبر",
    "إبعاد", "إقالة", "استبعاد"))  # "في عهد X … إبعاد X عن اللجنة": his removal recalled (ext-t103)


def _regime_of_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "للمطالبة برحيل رموز نظام الرئيس المستقيل X", "بحضور نجل الرئيس الراحل X", "رفعوا صور الملك X": every
    mention of the holder is in construct after a regime, an era, a term, a downfall or death, a relative, supporters
    or a picture; he is named through them, not stated at the event."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(
        (g := _governor(tokens, people, k)) >= 0 and tokens[g].sent == tokens[k].sent
        and strip_clitic(tokens[g].norm)[0] in _REGIME_NOUNS for k in firsts)


def _earlier_act_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "ويأتي الاجتماع بعد أن استقبل الوزير X وفد الجمعية" (ext-t76): every mention of the holder is the subject of a
    verb right after "بعد أن" / "قبل أن": he did something else before or after the event, he is not stated at it.
    Not a verb of arriving or attending ("بعد أن وصل X", "بعد أن حضر")."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(
        (g := _governor(tokens, people, k)) >= 2 and tokens[g - 1].norm in _AN_THAT
        and strip_clitic(tokens[g - 2].norm, "و")[0] in _BEFORE_AFTER and tokens[g - 2].sent == tokens[k].sent
        and not _word_in(tokens, g, ROLES.ATTEND) and not _word_in(tokens, g, _ARRIVES)
        for k in firsts)


_AN_THAT = frozenset({"ان"})


def _past_aside(tokens: list[Token], end: int) -> int:
    """ "وكان الرئيس X، بصفته رئيس القمة، قد تلقى …" (ext-t115): an aside between two commas right after a mention
    that ends at ``end`` is skipped when "قد" follows its closing comma: the index of that "قد", else ``end``."""
    if end >= len(tokens) or tokens[end].norm not in COMMAS:
        return end
    for j in range(end + 1, min(len(tokens) - 1, end + _ASIDE_REACH)):
        if tokens[j].sent != tokens[end].sent:
            return end
        if tokens[j].norm in COMMAS:
            return j + 1 if tokens[j + 1].norm == _QAD else end
    return end


_ASIDE_REACH = 12


def _mention_end(people: People, k: int) -> int:
    """One past the end of the mention at ``k`` with the names and offices that follow it straight on."""
    ends = {m.first: m.last for m in people.persons} | {p.first: p.last for p in people.posts}
    j = k
    while j in ends:
        j = ends[j]
    return j


_ARRIVES = frozenset(fold(w) for w in ("وصل", "حضر", "شارك", "عاد", "توجه", "قدم", "زار"))
_YEAR_WORDS = frozenset(fold(w) for w in ("عام", "العام", "سنة"))
_SEQUEL = frozenset(fold(w) for w in ("بعد", "وبعد", "عقب", "وعقب", "إثر", "اثر", "وإثر", "واثر"))
_THAT_WORD = frozenset(fold(w) for w in ("ذلك", "ذاك"))
_THEN = frozenset(fold(w) for w in ("ثم",))
_WENT = frozenset(fold(w) for w in ("توجه", "توجهت", "انتقل", "انتقلت", "غادر", "غادرت", "اتجه", "اتجهت"))
_STOP_REACH = 30
_MET_WORDS = frozenset(fold(w) for w in ("لقاء", "التقى", "التقت", "استقبل", "استقبلت", "اجتمع", "اجتمعت"))
_MET_REACH = 4
_PAST_REACH = 7


def _met_in_the_past(tokens: list[Token], people: People, ev: EventMention, holder: str | None) -> bool:
    """ "ضمن جولة بدأها الوزير الأحد الماضي بلقاء أمير المنطقة X", "وفي وقت سابق من اليوم نفسه، التقى الوزير X"
    (ext-t107): a named office holder each of whose mentions stands, outside the sentence of the event's first cue, a
    few words after a meeting word ("لقاء"، "التقى"، "استقبل") that a past mark ("الماضي"، "سابق"، …) shortly before
    dates apart, was met at that earlier meeting, not stated at this event."""
    def met_before(k: int) -> bool:
        sent = tokens[k].sent
        g = _governor(tokens, people, k)  # past the holder's own styles, offices and names
        met = next((x for x in range(g, max(-1, g - _MET_REACH), -1)
                    if tokens[x].sent == sent and _word_in(tokens, x, _MET_WORDS)), None)
        return met is not None and any(tokens[y].sent == sent and tokens[y].norm in _PAST_MARKS
                                       for y in range(max(0, met - _PAST_REACH), met))

    return _every_mention_apart(tokens, people, ev, holder, met_before)


def _met_at_next_stop(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "افتتح الوزير … المعرض بحضور Y. وبعد ذلك توجه الوزير إلى مكة المكرمة حيث التقى X" (ext-t107): a named office
    holder each of whose mentions stands, outside the sentence of the event's first cue, in a sentence opened by a
    sequel ("وبعد ذلك"، "ثم"، "عقب ذلك") that moves on ("توجه/انتقل/غادر … إلى") before him, was met at the next stop,
    another event; he is not stated at this one."""
    def at_next_stop(k: int) -> bool:
        opening = sentence_start(tokens, k)
        first = tokens[opening].norm
        return (first in _THEN or (first in _SEQUEL and opening + 1 < k and tokens[opening + 1].norm in _THAT_WORD)) \
            and any(_word_in(tokens, x, _WENT) and x + 3 < k
                    and any(tokens[y].norm in TO_WORDS for y in range(x + 1, x + 4))
                    for x in range(opening + 1, min(k, opening + _STOP_REACH)))

    return _every_mention_apart(tokens, people, ev, holder, at_next_stop)


def _recalled_act_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وكان أمير المنطقة X قد افتتح السوق في دورته الأولى عام 2007" (ext-t107): a named office holder each of
    whose mentions is the subject of "كان … قد" outside the sentence of the event's first cue, in a sentence dating
    the act it recalls to the past ("الماضي"، "سابقا"، "عام" and a year), did that earlier act; he is not stated at
    the event, even when the recalled act's words ("دورته", "افتتح") read as the event's (not a verb of arriving or
    attending: "وكان X قد وصل …")."""
    def recalled_act(k: int) -> bool:
        sent = tokens[k].sent
        if not _word_in(tokens, _governor(tokens, people, k), _KANA):
            return False
        end = _mention_end(people, k)
        while end < len(tokens) and tokens[end].sent == sent and (
                _style(tokens[end].norm, strip=False) or tokens[end].norm in PEOPLE.ROYAL_TITLES):
            end = _mention_end(people, end + 1)  # "أمير المنطقة الأمير X قد": the style, then the name
        if end + 1 >= len(tokens) or tokens[end].norm != _QAD or tokens[end + 1].sent != sent \
                or _word_in(tokens, end + 1, ROLES.ATTEND) or _word_in(tokens, end + 1, _ARRIVES):
            return False
        stop = next((x for x in range(end, len(tokens)) if tokens[x].sent != sent), len(tokens))
        return any(tokens[x].norm in _PAST_MARKS or (tokens[x].norm in _YEAR_WORDS and x + 1 < stop
                                                     and tokens[x + 1].text.isdigit() and len(tokens[x + 1].text) == 4)
                   for x in range(end + 1, stop))

    return _every_mention_apart(tokens, people, ev, holder, recalled_act)


_AT_OCCASION = frozenset(fold(w) for w in ("عقب", "بعد", "خلال", "هامش", "ختام", "أثناء", "لدى", "إثر"))
_TIME_WORDS = frozenset(fold(w) for w in ("أمس", "امس", "اليوم", "غدا", "غداً"))


_DAY_PARTS = frozenset(fold(w) for w in ("ظهر", "صباح", "مساء", "عصر", "ظهيرة", "فجر", "ليل"))
_WEEKDAYS = frozenset(fold(w) for w in ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
                                        "السبت"))


def _past_day_part(tokens: list[Token], k: int, j: int) -> int:
    """ "اجتماعا ظهر اليوم (الأحد) برئيس …" (ext-t83): past a part of the day before "اليوم"/"أمس" and the weekday
    after it, bare or in brackets, right after the meeting noun at ``k``; ``j`` unchanged when none stands there."""
    if j != k + 1 or j + 1 >= len(tokens) or tokens[j].norm not in _DAY_PARTS or tokens[j + 1].norm not in _TIME_WORDS:
        return j
    x = j + 2
    if x < len(tokens) and tokens[x].norm == "(" and x + 2 < len(tokens) and tokens[x + 1].norm in _WEEKDAYS \
            and tokens[x + 2].norm == ")":
        return x + 3
    if x < len(tokens) and tokens[x].norm in _WEEKDAYS:
        return x + 1
    return x


def _met_by_noun(tokens: list[Token], people: People, ev: EventMention) -> list[Agent]:
    """ "عقد الوزير أمس اجتماعا بمدير عام الشؤون الصحية", "خلال اجتماعه اليوم بوكيل الوزارة" (ext-t41): one of the
    meeting's own cues, a meeting noun, then (past a time word) an office or a name behind ب: the one met takes part;
    more joined by و follow. "اجتماعا بمقر الوزارة", "اجتماعا برئاسة X": no office nor name behind ب, nothing."""
    out: list[Agent] = []
    for k in ev.cues:
        if ev.kind != "meeting" or not _word_in(tokens, k, EVENTS.MEETING) or tokens[k].norm in ROLES.RECEIVE:
            continue
        j = k + 1
        while j < len(tokens) and j <= k + 2 and tokens[j].norm in _TIME_WORDS:
            j += 1
        j = _past_day_part(tokens, k, j)
        joined = "ب"
        while j < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].norm[:1] == joined:
            agent = agent_at(tokens, people, j)
            span = None if agent is None else agent.post if agent.post is not None and agent.post.first == j \
                else agent.person
            if agent is None or span is None or span.first != j or tokens[j].start == span.start:
                break  # the clitic stands outside the office or name ("بمدير": ب + "مدير")
            out.append(agent)
            j = max(m.last for m in (agent.person, agent.post) if m is not None and m.first >= j)
            joined = "و"
    return out


_SPEECH_VERBS = frozenset(fold(w) for w in ("ألقى", "ألقت", "يلقي", "تلقي", "سيلقي", "ستلقي"))
_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذا", "هذه"))


def _gave_speech(tokens: list[Token], people: People, ev: EventMention) -> list[Agent]:
    """ "ومن المقرر أن يلقي الأمين العام للمنظمة X كلمة في هذا الاجتماع" (ext-t41): an office or a name right after a
    verb of giving a speech, "كلمة" right after it, in one of the event's sentences or with "في هذا/هذه <event>"
    after the speech: the speaker takes part. "ألقت الشرطة القبض على X": no speech, nothing."""
    out: list[Agent] = []
    for k in candidates(tokens, _SPEECH_VERBS):
        tok = tokens[k]
        if strip_clitic(tok.norm, "و")[0] not in _SPEECH_VERBS:
            continue
        j = k + 1
        while j < len(tokens) and (tokens[j].norm in honorifics() or tokens[j].norm in ("د", ".")):
            j += 1
        agent = agent_at(tokens, people, j) if j < len(tokens) and tokens[j].sent == tok.sent else None
        if agent is None:
            continue
        end = max(m.last for m in (agent.person, agent.post) if m is not None and m.first >= j)
        # an office's holder may stand unread between it and the speech ("الأمين العام للمنظمة X Y كلمة")
        end = next((x for x in range(end, min(len(tokens), end + 3)) if tokens[x].norm in _SPEECH_NOUNS
                    or not tokens[x].is_word or tokens[x].sent != tok.sent), len(tokens))
        if end >= len(tokens) or tokens[end].norm not in _SPEECH_NOUNS:
            continue
        here = tok.sent in ev.sentences or (
            end + 3 < len(tokens) and tokens[end + 1].norm == fold("في") and tokens[end + 2].norm in _DEMONSTRATIVES
            and cue_kind(tokens, end + 3) is not None)
        if here:
            out.append(agent)
    return out


_LIST_GAP = 12
"""How many words may stand between two persons of one attendance list (the second one's offices and rank, or
an item opened by the article)."""
_OFFICE_LIST_GAP = 24
"""How many, when they are only offices, styles and honorifics (a long office written out in full; part11)."""


def _list_goes_on(tokens: list[Token], people: People, last: int, first: int) -> bool:
    """The words between a listed person (ending at ``last``) and the next name (at ``first``) join it to the list:
    at most _LIST_GAP of them, a conjunction or comma first, then either only office words, honorifics and ranks
    ("ومدير الشرطة اللواء", "والعمدة"; ext-t32) or an item of its sentence that opens with the article, as an office
    does, with no verb of saying ("، والمشرف على المشروع، الشيخ X"; ext-t31): "وأشاد بالحفل الكاتب X" ends it. No
    word at all joins a name whose و is written on it ("… وسمير Y", ext-t64)."""
    gap = tokens[last:first]
    if not gap and first < len(tokens) and tokens[first].norm[:1] == "و" and last > 0 \
            and tokens[first].sent == tokens[last - 1].sent:
        return True  # "… ووائل X وسمير Y": the next name right after, its و written on it (ext-t64)
    # "… الأمير X محافظ جدة، وصاحب السمو الأمير Y": the listed person's own office may come before the comma (part11)
    lead = next((i for i, t in enumerate(gap) if not any(p.first <= last + i < p.last for p in people.posts)), 0)
    if not gap or len(gap) > _OFFICE_LIST_GAP or not (gap[lead].norm in COMMAS or gap[lead].norm[:1] == "و"):
        return False
    if len(gap) > _LIST_GAP:  # "، وسفير خادم الحرمين الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم …"
        return _offices_only(tokens, people, last, first)  # a long office before the next name (part11)
    return _offices_only(tokens, people, last, first) or _article_item(tokens, last, gap)


def _offices_only(tokens: list[Token], people: People, last: int, first: int) -> bool:
    from marsad.loaders.extraction.lexicon import lexicon

    titles = lexicon().titles
    for x in range(last, first):
        w = tokens[x].norm
        if any(p.first <= x < p.last for p in people.posts) or w in ("،", ",", "و") or w in honorifics() \
                or w in CHAINS.RANKS:
            continue
        base = strip_clitic(w, "و")[0]
        if (base[2:] if base.startswith("ال") else base,) in titles:  # "والعمدة": a bare title
            continue
        if base in honorifics() or base in ROLES.STYLES:  # "، ومعالي وزير الخارجية الأستاذ X", "، وصاحب السمو
            # الملكي الأمير X": an honorific or a style after و (part11)
            continue
        return False
    return True


def _article_item(tokens: list[Token], last: int, gap: list[Token]) -> bool:
    opening = next((t for t in gap if t.is_word), None)
    return opening is not None and opening.article \
        and all(t.sent == tokens[last].sent and not in_words(t.norm, ROLES.SPEECH) for t in gap)


def _bare_style(a: Agent) -> bool:
    """ "الملك مرحبا بضيفه خلال اللقاء" (a caption): a bare royal title with no holder names no one."""
    return a.person is None and a.post is not None and a.post.holder is None \
        and fold(a.post.title) in PEOPLE.ROYAL_TITLES


_SPEECH_NOUNS = frozenset({fold("كلمة"), fold("كلمه")})
_TOLD_NEAR = _ATTENDANCE_WORDS | _GRACED | _SPEECH_NOUNS | ROLES.SPEECH
"""Words of attending, speaking or saying that keep a participant named far from the event (``_far_from_event``)."""


def _attending_sentence(tokens: list[Token], sent: int) -> bool:
    """Sentence ``sent`` (with the sentences a semicolon joins to it before) has a word of attending, taking part,
    presenting or speaking (بحضور، شارك، قدم، كلمة، كلمته، خلال، تحدث، أعرب), of receiving or meeting (باستقبال،
    التقى), of honouring (كرم، قلد، توج), of arriving (وصول), of accompanying or signing (صحبهم، بتوقيع: not in a
    sentence of the past, "وسبق أن وقع"), or opens by going on with the event's programme ("بعدها"، "ثم"، "بعد
    ذلك"), or the next sentence ties it to the event ("جاء ذلك في …")."""
    first = next((x for x, t in enumerate(tokens) if t.sent == sent), None)
    if first is None:
        return False
    while first > 0 and tokens[first - 1].text in (";", "؛"):  # "وحضر الحفل نيابة عن X؛ مساعده Y"
        first = sentence_start(tokens, first - 1)
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].sent <= sent:
        last += 1
    if last + 2 < len(tokens) and tokens[last + 1].norm in _CAME and tokens[last + 2].norm in _THIS:
        return True  # "أطلق الوزير X والأمين العام Y البرنامج. جاء ذلك في الاجتماع …": the next sentence ties it
    span = tokens[first : last + 1]
    past = any(t.norm in _PAST_MARKS or t.norm in SABAQA for t in span)  # "وسبق أن وقع X": an earlier signing
    for x, t in enumerate(span):
        bare = strip_clitic(t.norm)[0]
        if t.norm in _ATTENDANCE_WORDS or bare in ROLES.ATTEND or t.norm in _GRACED or t.norm in _SPEECH_NOUNS \
                or t.norm in ROLES.PRESENT_VERBS or bare in ROLES.PRESENT_VERBS or t.norm in ROLES.DURING \
                or t.norm in ROLES.ACCOMPANYING or t.norm in _HIS_SPEECH or t.norm in _TAKING_PART \
                or (not past and (t.norm in _WITH_THEM or bare in _WITH_THEM)) \
                or (t.norm in _NEXT_IN_PROGRAMME and (x == 0 or span[x - 1].sent != t.sent)) \
                or (t.norm in _AFTER and x + 1 < len(span) and span[x + 1].norm in _THIS
                    and (x == 0 or span[x - 1].sent != t.sent)):
            return True
    return False


_WITH_THEM = frozenset(fold(w) for w in ("صحب", "صحبه", "صحبهم", "صحبها", "يصحبه", "رافق", "رافقه", "رافقهم",
                                         "رافقها", "يرافقه", "برفقة", "بمرافقة", "وقع", "وقعت", "بتوقيع", "توقيع",
                                         "التوقيع"))
_NEXT_IN_PROGRAMME = frozenset(fold(w) for w in ("بعدها", "وبعدها", "ثم"))
_AFTER = frozenset(fold(w) for w in ("بعد", "وبعد", "عقب", "وعقب"))
_CAME = frozenset(fold(w) for w in ("جاء", "وجاء"))
_ELECTED = frozenset(fold(w) for w in ("انتخاب", "بانتخاب", "انتخب", "وانتخب", "انتخبت", "وانتخبت"))
_THIS = frozenset(fold(w) for w in ("ذلك", "هذا"))
_TAKING_PART = frozenset(fold(w) for w in (
    "استقبال", "باستقبال", "الاستقبال", "استقباله", "استقبالها", "استقبل", "واستقبل", "استقبلت", "واستقبلت",
    "التقى", "والتقى", "التقت", "والتقت", "اجتمع", "واجتمع",  # receiving, meeting
    "تحدث", "وتحدث", "عبر", "وعبر", "أعرب", "وأعرب", "بارك", "وبارك", "تطرق", "وتطرق", "حديثه", "حديثها",
    "لشرح", "بشرح",  # speaking at it
    "قلد", "وقلد", "كرم", "وكرم", "كرمت", "وكرمت", "توج", "وتوج", "توجت", "وتوجت",  # honouring
    "وصول", "وصوله", "وصولها", "مغادرة", "مغادرته", "مغادرتها"))  # arriving
_ARRIVING = frozenset(fold(w) for w in ("وصل", "وصلت", "يصل", "تصل", "غادر", "غادرت", "يغادر", "تغادر", "ووصل",
                                        "ووصلت", "وغادر", "وغادرت"))
_ARRIVAL_REACH = 6
_LEADERS_STYLES = frozenset(fold(w) for w in ("خادم الحرمين الشريفين", "خادم الحرمين", "ولي العهد", "ولي ولي العهد"))


def _met_with_in_cue_sentence(tokens: list[Token], k: int) -> bool:
    """The mention at ``k`` comes right after "مع" in a sentence with an event cue ("بحث الملك مع رئيس الحزب X")."""
    sent = tokens[k].sent
    return k > 0 and tokens[k - 1].norm in ROLES.WITH and any(
        cue_kind(tokens, x) for x in range(sentence_start(tokens, k), k - 1) if tokens[x].sent == sent)


def _unattended_apart(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """An office holder every mention of whom (by name or by an office he holds) stands outside the event's
    sentences, whose bare office stands in none of them, who is not the subject of a verb of speech (a speaker is left
    to the filters of quotes: in a report of one event, "من جانبه، قال X" speaks at it), nor right after "مع" in a
    sentence with a cue, nor arriving, leaving or elected a few words after the verb, in sentences that say nothing
    of attending, taking part, receiving, honouring, signing, presenting or speaking (``_attending_sentence``), is a
    person the article only names (a candidate, the one who decided or directed something, a leader thanked, a
    figure of the past), not one stated at the event (ext-t137)."""
    titles = {fold(p.title) for p in people.posts if p.holder == holder} - _LEADERS_STYLES
    if any(p.holder is None and fold(p.title) in titles and tokens[p.first].sent in ev.sentences
           for p in people.posts):
        return False  # "عقد الأمير X ووزير الدفاع الأمريكي اجتماعا موسعا": his office again, unnamed, at the event
    return _every_mention_outside(tokens, people, holder, ev.sentences,
                                  lambda k: not _attending_sentence(tokens, tokens[k].sent)
                                  and not _met_with_in_cue_sentence(tokens, k)  # "بحث الملك مع X"
                                  and not _word_in(tokens, _governor(tokens, people, k), ROLES.SPEECH)  # "قال X"
                                  and not _word_in(tokens, _governor(tokens, people, k), _BRIEFED)  # "وأبرز X"
                                  and not _speaks_next(tokens, people, k)  # "القنصل العام X اكد"
                                  and not any(tokens[x].norm in _ARRIVING  # "وصل الرئيس X إلى جدة"
                                              and tokens[x].sent == tokens[k].sent
                                              for x in range(max(0, k - _ARRIVAL_REACH), k))
                                  and not _elected_now(tokens, k))


_BRIEFED = frozenset(fold(w) for w in ("أبرز", "وأبرز", "أبرزت", "وأبرزت", "أطلع", "وأطلع", "أطلعت", "وأطلعت"))
"""Verbs of showing or briefing ("وأبرز منسق الحزب"، "وأطلع مدير المستشفى الزائر على …"): who does it speaks, as
with the verbs of speech (ext-t143)."""


def _speaks_next(tokens: list[Token], people: People, k: int) -> bool:
    """ "القنصل العام X اكد …" (ext-t143): the mention at ``k`` opens its sentence (with the name or offices chained
    to it) and is followed at once by a verb of speech or of showing: the subject of a speech told in the order
    subject-verb, who speaks where the sentence says. Not a mention inside its sentence ("لكن محافظ X قال إن": a
    voice of a news story), nor "بين", which is also a preposition ("كوزير للإسكان … بين مصالح")."""
    if sentence_start(tokens, k) != _chain_start(tokens, people, k):
        return False
    starts: dict[int, int] = {}
    for first, last in [(m.first, m.last) for m in people.persons] + [(p.first, p.last) for p in people.posts]:
        starts[first] = max(starts.get(first, first), last)
    x = k
    while x in starts and starts[x] > x:
        x = starts[x]
    return x < len(tokens) and tokens[x].sent == tokens[k].sent and tokens[x].norm not in _ALSO_PREPOSITIONS \
        and (_word_in(tokens, x, ROLES.SPEECH) or _word_in(tokens, x, _BRIEFED))


_ALSO_PREPOSITIONS = frozenset(fold(w) for w in ("بين", "وبين"))


_REQUEST_OPENERS = {  # "بناء على طلب X", "على طلب X"; "تلبية لطلب X", "استجابة لطلب X"; "بطلب من X"
    fold("طلب"): frozenset({fold("على")}),
    fold("لطلب"): frozenset(fold(w) for w in ("تلبية", "استجابة", "وتلبية", "واستجابة")),
    fold("من"): frozenset(fold(w) for w in ("بطلب", "وبطلب")),
    fold("اقتراح"): frozenset({fold("على")}),  # "بناء على اقتراح X" (s11-part3s)
    fold("مقترح"): frozenset({fold("على")}),
}
_ASKED_OF = frozenset(fold(w) for w in ("طلب", "اقتراح", "مقترح"))
"""s11-part3s: "بناء على طلب من X", "على اقتراح من X": "من" after one of these, itself after "على", names the one
who asked ("طلب من X" alone is the one asked: "طلب الرئيس من الوزير X أن …" leaves X)."""
_REQUEST_REACH = 3
"""How many words of nationality or honorifics may stand between "طلب" and the one who asked."""


def _at_request(tokens: list[Token], k: int) -> bool:
    """The mention at ``k`` is the one at whose request something is done ("بناء على طلب الأرجنتيني X")."""
    sent, j = tokens[k].sent, k - 1
    while j >= 0 and k - j <= _REQUEST_REACH and tokens[j].sent == sent \
            and (_nationality(tokens[j]) or tokens[j].norm in honorifics()):
        j -= 1
    if j < 1 or tokens[j].sent != sent or tokens[j - 1].sent != sent:
        return False
    before = _REQUEST_OPENERS.get(tokens[j].norm)
    if before is not None and tokens[j - 1].norm in before:
        return True
    return tokens[j].norm == _FROM and tokens[j - 1].norm in _ASKED_OF and j >= 2 \
        and tokens[j - 2].sent == sent and tokens[j - 2].norm == _ALA


def _requester_only(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "وافق مجلس إدارة الاتحاد برئاسة X على تأجيل …، بناء على طلب المدرب Y" (ext-t143): a person (or office
    holder) each of whose mentions in the event's sentences is the one at whose request the body acts, and whose
    other mentions stand in sentences that say nothing of attending, asked for the decision; he does not sit with
    the body."""
    holder = _holder_of(a)
    firsts = _mentions(people, holder) if holder else []
    inside = [k for k in firsts if tokens[k].sent in ev.sentences]
    asked = [k for k in inside if _at_request(tokens, k) or _at_request(tokens, _chain_start(tokens, people, k))]
    # (s11-part3s: a mention right after an earlier meeting's noun, "أثناء لقاء سابق مع الرئيس X", is no
    # attendance either)
    return bool(asked) and all(k in asked or _met_earlier(tokens, _chain_start(tokens, people, k)) for k in inside) \
        and not any(_attending_sentence(tokens, tokens[k].sent) and not _met_earlier(tokens, _chain_start(
            tokens, people, k)) for k in firsts if tokens[k].sent not in ev.sentences)


def _met_earlier(tokens: list[Token], k: int) -> bool:
    """ "أثناء لقاء سابق مع X" (s11-part3s): the mention at ``k`` follows, within a few words of its sentence, a
    meeting noun qualified as earlier."""
    return any(tokens[j].sent == tokens[k].sent and tokens[j].norm in _MEETING_NOUNS and j + 1 < k
               and tokens[j + 1].norm in _EARLIER for j in range(max(0, k - _EARLIER_MEETING_REACH), k))


_EARLIER_MEETING_REACH = 5


_HEADED_BY = frozenset(fold(w) for w in ("برئاسة", "وبرئاسة"))


def _appointed_or_heading_apart(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "وتم تعيين وزير الداخلية X خلفا له … . وأعلن الرئيس الحكومة الجديدة برئاسة X" (ext-t143): a person each of
    whose mentions stands outside the event's sentences and either follows a word of appointment in its clause
    (``_after_appointment``) or heads, after "برئاسة", a body of a sentence that names no event (a government, a
    committee formed), is the object of a decision or the head of another body, not stated at the event."""
    holder = _holder_of(a)

    def apart(k: int) -> bool:
        start = _chain_start(tokens, people, k)
        if _after_appointment(tokens, k) or _after_appointment(tokens, start) \
                or _listed_after_appointment(tokens, people, start):
            return True
        if start == 0 or tokens[start - 1].norm not in _HEADED_BY or tokens[start - 1].sent != tokens[start].sent \
                or leads_delegation(tokens, start - 1):
            return False
        sent, x = tokens[start].sent, sentence_start(tokens, start)
        while x < len(tokens) and tokens[x].sent == sent:
            if cue_kind(tokens, x):
                return False
            x += 1
        return True

    return _every_mention_outside(tokens, people, holder, ev.sentences, apart)


def _elected_now(tokens: list[Token], k: int) -> bool:
    """ "تم اليوم بمراكش انتخاب المغرب، في شخص كاتبة الدولة X، رئيسا للمنتدى": the one elected, named within a few
    words after the election word, in a sentence that tells no past mark nor a year ("انتخاب X رئيسا عام 2005")."""
    sent = tokens[k].sent
    if not any(tokens[x].norm in _ELECTED and tokens[x].sent == sent for x in range(max(0, k - _ARRIVAL_REACH), k)):
        return False
    span = [t for t in tokens[sentence_start(tokens, k):] if t.sent == sent]
    return not any(t.norm in _PAST_MARKS or t.norm in SABAQA or (len(t.norm) == 4 and t.norm.isdigit())
                   for t in span)


def _event_sentence(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """Token ``k`` is in one of the event's sentences, or in a sentence naming an event before it ("وتخلل الحفل …")."""
    sent = tokens[k].sent
    return sent in ev.sentences or any(tokens[x].sent == sent and cue_kind(tokens, x) for x in range(max(0, k - 12), k))


_MEMBERS = frozenset({fold("أعضاء"), fold("وأعضاء")})


def _read_office(tokens: list[Token], p: PostMention) -> bool:
    """An office read from a counterpart, a plural of members or a listed member's accusative ("نظيره الفرنسي X",
    "X وY أعضاءً في لجنة …", "Z عضواً"): who holds it takes part only where an attending cue or a meeting's "مع" names
    him (ext-t25, list3)."""
    norm = tokens[p.first].norm
    return norm in ROLES.COUNTERPART or norm[1:] in ROLES.COUNTERPART or norm in _MEMBERS \
        or (norm == MEMBER_ACCUSATIVE and p.title == "عضو")


_MEMBERSHIP = frozenset(fold(w) for w in ("عضوية", "وعضوية", "بعضوية"))
_MEMBERSHIP_ANY = _MEMBERSHIP | frozenset("و" + w for w in _MEMBERSHIP)  # behind و too: "وبعضوية"
_FORMING = frozenset(fold(w) for w in ("تشكيل", "بتشكيل", "وتشكيل", "شكل", "شكلت", "تكوين", "بتكوين", "تأليف",
                                       "المشكلة", "المشكل",  # "اللجنة المشكلة برئاسة X وبعضوية Y" (ext-t64)
                                       # "وجاء التشكيل الجديد للمجلس برئاسة X … وعضوية كل من Y", "وتتكون اللجنة من
                                       # X رئيسا وعضوية Y": a body's make-up told with the definite noun or a verb of
                                       # consisting (part6)
                                       "التشكيل", "والتشكيل", "بالتشكيل", "التشكيلة", "تشكيلة", "تتكون", "يتكون",
                                       "وتتكون", "ويتكون", "تتألف", "يتألف", "وتتألف", "ويتألف", "المكونة",
                                       "المؤلفة"))


def _members_named(tokens: list[Token], k: int, ev: EventMention | None = None) -> bool:
    """ "أقر المجلس إعادة تشكيل اللجنة …، ويرأسها X، وعضوية كل من Y، وZ" (ext-t44): "عضوية" in a sentence that
    forms a committee (a word of forming before it, in its clause or one a semicolon ends before it), or in a
    sentence that is none of the event's ("ويرأس لجنة الألعاب X وعضوية Y", ext-t64), names its members, not who
    attends the event ("اجتمعت لجنة التحكيم برئاسة X وعضوية Y" keeps Y)."""
    if tokens[k].norm not in _MEMBERSHIP_ANY:
        return False  # (also "وبعضوية", ext-t64)
    sent = tokens[k].sent
    if ev is not None and sent not in ev.sentences:
        return True  # "ويرأس لجنة الألعاب X وعضوية Y وZ": a body's make-up, outside the event's sentences (ext-t64)
    for x in range(k - 1, -1, -1):
        if tokens[x].sent != sent:
            if tokens[x].norm != "؛":
                return False
            sent = tokens[x].sent
        if tokens[x].norm in _FORMING:
            return True
    return False


def _board_officer_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وجاء التشكيل الجديد للمجلس برئاسة X، وY نائبا، وZ أمين الصندوق، وعضوية كل من …" (part6): a named office
    holder each of whose mentions stands between "برئاسة" and a "وعضوية" that names a body's members (a word of
    forming before it, `_members_named`) in one sentence is one of the officers of the body formed, not one who
    attends the event ("عقدت اللجنة اجتماعها برئاسة X، وبحضور Y، وعضوية Z" keeps Y: no word of forming)."""
    def officer(m: int) -> bool:
        s = tokens[m].sent
        head = next((x for x in range(m - 1, max(-1, m - _OFFICERS_REACH), -1)
                     if tokens[x].sent == s and tokens[x].norm == _BI_RIASA), None)
        members = next((x for x in range(m + 1, min(len(tokens), m + _OFFICERS_REACH))
                        if tokens[x].sent == s and tokens[x].norm in _MEMBERSHIP_ANY), None)
        return head is not None and members is not None and _members_named(tokens, members, ev) \
            and not _attending_between(tokens, head, m)

    return _every_mention_outside(tokens, people, holder, (), officer)


def _attending_between(tokens: list[Token], a: int, b: int) -> bool:
    """A word of attending or chairing (not of membership) strictly between ``a`` and ``b``."""
    return any(tokens[x].norm in _ATTEND_OR_CHAIR and tokens[x].norm not in _MEMBERSHIP_ANY for x in range(a + 1, b))


_BI_RIASA = fold("برئاسة")
_OFFICERS_REACH = 40
_MEMBERS_REACH = 80


def _member_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "وقد شكلت الإدارة عدة لجان برئاسة المدير العام وعضوية المساعدة X، ومدير التوجيه Y، …": a named office holder
    each of whose mentions follows, in its sentence, a "وعضوية" that names a body's members (a word of forming before
    it, or outside the event's sentences: `_members_named`), with no word of attending or chairing between, is a
    member of the body formed, not one stated at the event. A list of members runs long (``_MEMBERS_REACH``)."""
    def member(m: int) -> bool:
        members = next((x for x in range(m - 1, max(-1, m - _MEMBERS_REACH), -1)
                        if tokens[x].sent == tokens[m].sent and tokens[x].norm in _MEMBERSHIP_ANY), None)
        return members is not None and _members_named(tokens, members, ev) \
            and not _attending_between(tokens, members, m)

    return _every_mention_outside(tokens, people, holder, (), member)


def _companions(tokens: list[Token], k: int) -> bool:
    """ "ويضم الوفد الرسمي المرافق لسموه X": an including verb, a delegation noun and "المرافق" within the next words
    name the visitor's companions."""
    if k + 1 >= len(tokens) or tokens[k + 1].norm not in ROLES.DELEGATION \
            or strip_clitic(tokens[k].norm, "و")[0] not in ROLES.INCLUDED:
        return False
    return any(tokens[x].norm in ROLES.ACCOMPANYING and tokens[x].sent == tokens[k].sent
               for x in range(k + 2, min(len(tokens), k + 5)))


def _chair_shortened(a: Agent, chair: Agent | None) -> bool:
    """ "خالد بحاح" after "خالد محفوظ بحاح" chaired (or the other way round): the chair's name with or without its
    middle names is the chair."""
    if a.person is None or chair is None or chair.person is None:
        return False
    one, two = match_key(a.person.name).split(), match_key(chair.person.name).split()
    short, full = sorted((one, two), key=len)
    if 1 < len(short) < len(full) and short[0] == full[0] and short[-1] == full[-1]:
        return True
    # "محمد بن سلمان" chaired, "محمد بن سلمان بن عبد العزيز آل سعود" named in full later (lead19): his lineage goes on
    return _BIN in short[1:-1] and len(short) < len(full) and full[: len(short)] == short \
        and full[len(short)] in _LINEAGE_ON


_BIN = match_key("بن")
_TO_ENVOY = match_key("لدى")
_LINEAGE_ON = frozenset(match_key(w) for w in ("بن", "آل"))


def _chair_office_shortened(a: Agent, chair: Agent | None) -> bool:
    """ "استقبل مدير عام فرع وزارة العمل بالمنطقة … . … بكلمة من مدير عام فرع الوزارة X" (ext-t32): an office that
    says the chair's office again, its body's head noun made definite ("وزارة العمل …" → "الوزارة"), is the chair's;
    its holder is not a participant."""
    if chair is None or chair.post is None or a.post is None or chair.post.holder:
        return False
    short, full = match_key(a.post.title).split(), match_key(chair.post.title).split()
    n = len(short)
    return 2 <= n < len(full) and short[:-1] == full[: n - 1] and short[-1].startswith("ال") \
        and short[-1][2:] == full[n - 1]


def _office_of_one_named(tokens: list[Token], people: People, a: Agent, agents: list[Agent | None]) -> bool:
    """ "بحضور … ومدير إدارة الجودة بالمديرية الدكتور X. وقدم مدير إدارة الجودة عرضا …" (ext-t146):
    an office with no holder read, whose words (two or more) open an office written elsewhere a few words before
    the name of a person already at the event or in the chair, its body, place or style after them, is that person's
    office said again; it is no second participant."""
    if a.person is not None or a.post is None or a.post.holder:
        return False
    short = match_key(a.post.title).split()
    n = len(short)
    if n < 2 or any(w in _NOT_THE_SAME for w in short):
        return False
    named = {b.person.name for b in agents if b is not None and b.person} \
        | {b.post.holder for b in agents if b is not None and b.post and b.post.holder}
    for x in range(len(tokens) - n):
        if x == a.post.first or [match_key(strip_clitic(tokens[x].norm, "و")[0] if y == x else tokens[y].norm)
                                 for y in range(x, x + n)] != short:
            continue
        holder = min((m for m in people.persons if x + n < m.first <= x + n + _OFFICE_TAIL
                      and tokens[m.first].sent == tokens[x].sent), key=lambda m: m.first, default=None)
        # the words between go on with the office, opened by its body or place ("بصحة المنطقة", "في الوزارة") or by a
        # style ("الدكتور"), not by an adjective that makes it another office ("مدير الإدارة المالية"): no comma, no و
        # of a next item
        opener = tokens[x + n].norm
        if holder is not None and holder.name in named \
                and (opener in honorifics() or opener in ROLES.STYLES or opener == _FI or opener[:1] in "بل") \
                and not any(
                not tokens[y].is_word or tokens[y].norm[:1] == "و" or match_key(tokens[y].norm) in _NOT_THE_SAME
                for y in range(x + n, holder.first)):
            return True
    return False


def _office_held_by_one_there(people: People, a: Agent, agents: list[Agent | None]) -> bool:
    """mpart (eleventh session): "قدم X الوكيل العام … رئيس النيابة العامة شروحات … . واستمع الأعضاء لعرض لرئيس
    النيابة العامة": an office with no holder read, written word for word as an office the text gives to a person
    already at the event or in the chair, is that person named again by his office; it is no second participant."""
    if a.person is not None or a.post is None or a.post.holder:
        return False
    named = {b.person.name for b in agents if b is not None and b.person} \
        | {b.post.holder for b in agents if b is not None and b.post and b.post.holder}
    title = match_key(a.post.title)
    return any(p.holder in named and match_key(p.title) == title for p in people.posts if p.holder)


def _name_key(name: str) -> str:
    """The key of a participant's name, the article "ال" of each word after the first dropped: "مسعود البارزاني"
    and "مسعود بارزاني", one man spelt two ways in one report, are one participant (part10: a second spelling
    counted as a second, false participant on fresh text)."""
    words = match_key(name).split()
    return " ".join(words[:1] + [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words[1:]])


def _one_spelling(tokens: list[Token], people: People, ev: EventMention, agents: list[Agent]) -> list[Agent]:
    """One participant per man spelt two ways ("مسعود البارزاني", "مسعود بارزاني": ``_name_key``): the spelling
    named first from the event's first cue on is kept (part10)."""
    cue = ev.cues[0] if ev.cues else 0
    groups: dict[str, list[Agent]] = {}
    for a in agents:
        if a.person is not None:
            groups.setdefault(_name_key(a.person.name), []).append(a)

    def first_from_cue(a: Agent) -> int:
        return min((k for k in agent_mentions(people, a) if k >= cue), default=len(tokens))

    kept = {id(min(g, key=first_from_cue)) for g in groups.values()}
    return [a for a in agents if a.person is None or id(a) in kept]


def _chair_spelt_apart(a: Agent, chair: Agent | None) -> bool:
    """ "استقبل رئيس الإقليم X البرزنجي … وأكد X برزنجي خلال اللقاء": the chair's name spelt again without (or with)
    a word's article is the chair, not a participant (part10)."""
    names = [m.name for m in (chair.person if chair else None, a.person) if m is not None]
    return len(names) == 2 and names[0] != names[1] and _name_key(names[0]) == _name_key(names[1])


def _office_with_its_body_after(a: Agent, agents: list[Agent | None]) -> bool:
    """ "بحضور الرئيس التنفيذي المهندس X … وألقى الرئيس التنفيذي للشركة كلمة": an office with no holder read that
    is, word for word, the office of a named person at the event or in the chair followed by one word naming the body
    again behind "لل"/"بال" ("للشركة", "بالجامعة"), is that person's office said again (part10)."""
    if a.person is not None or a.post is None or a.post.holder:
        return False
    short = match_key(a.post.title).split()
    if len(short) < 2 or not short[-1].startswith(_BODY_AGAIN) or any(w in _NOT_THE_SAME for w in short):
        return False
    return any(b is not None and b.post is not None and (b.person or b.post.holder)
               and match_key(b.post.title).split() == short[:-1] for b in agents)


_BODY_AGAIN = ("لل", "بال")


def _office_with_other_preposition(a: Agent, agents: list[Agent | None]) -> bool:
    """ "استقباله المبعوث الأممي إلى اليمن X … . وقال إن لقاء الوزير مع المبعوث الأممي لليمن …" (part17): an office
    with no holder read that is, word for word, the office of a named person at the event or in the chair but for the
    preposition before its last noun ("لليمن" for "إلى اليمن", "في المملكة" for "لدى المملكة"), is that person's
    office said again; it is no second participant."""
    if a.person is not None or a.post is None or a.post.holder:
        return False
    short = _without_preposition(a.post.title)
    return len(short) >= 2 and any(
        b is not None and b.post is not None and (b.person or b.post.holder) and b.post.title != a.post.title
        and _without_preposition(b.post.title) == short for b in agents)


def _without_preposition(title: str) -> list[str]:
    """The words of an office title, a free preposition ("إلى", "في", "لدى") dropped and a clitic one before the
    article ("لل", "بال") read as the article alone: "المبعوث الأممي لليمن" and "المبعوث الأممي إلى اليمن" are one."""
    out = []
    for w in match_key(title).split():
        if w in _FREE_PREPOSITIONS:
            continue
        clitic = next((c for c in _BODY_AGAIN if w.startswith(c) and len(w) > len(c) + 1), "")
        out.append("ال" + w[len(clitic):] if clitic else w)
    return out


_FREE_PREPOSITIONS = frozenset(match_key(w) for w in ("إلى", "في", "لدى"))
"""The clitic and article opening a definite body noun that refers back to the body ("للشركة", "بالهيئة")."""


def _office_without_its_body_noun(a: Agent, agents: list[Agent | None]) -> bool:
    """ "بحضور محافظ محافظة الوادي X … ثم شارك محافظ الوادي والضيوف …" (ext-t146): an office with no holder read that
    is the office of a named person at the event or in the chair, its body noun (محافظة، منطقة، مدينة، إمارة) left
    out, is that person's office said again; it is no second participant. A word joined by و after it ("والضيوف") is
    no part of the office: "بحضور رئيس النادي والعديد من الطلاب" beside "رئيس النادي X" (s12-part4) is X again."""
    if a.person is not None or a.post is None or a.post.holder:
        return False
    short = match_key(a.post.title).split()
    run_on = False
    while len(short) > 2 and short[-1][:1] == "و":
        short.pop()
        run_on = True
    if len(short) < 2 or any(w in _NOT_THE_SAME for w in short):
        return False
    for b in agents:
        if b is None or b.post is None or not (b.person or b.post.holder):
            continue
        full = match_key(b.post.title).split()
        if (len(full) == len(short) + 1 and full[1] in _BODY_NOUNS and [full[0], *full[2:]] == short) \
                or (run_on and full == short):
            return True
    return False


def _office_by_its_defined_body(a: Agent, agents: list[Agent | None]) -> bool:
    """ "اجتمع مع رئيس إقليم كردستان X … وأكد رئيس الإقليم أن …" (all4): an unheld two-word office whose body noun
    takes the article ("رئيس الإقليم") where a named person at the event or in the chair holds the same office with
    that body named in full ("رئيس إقليم كردستان") is his office said again, no second participant."""
    if a.person is not None or a.post is None or a.post.holder:
        return False
    short = match_key(a.post.title).split()
    if len(short) != 2 or not short[1].startswith("ال") or len(short[1]) < 4:
        return False
    for b in agents:
        if b is None or b.post is None or not (b.person or b.post.holder):
            continue
        full = match_key(b.post.title).split()
        if len(full) >= 3 and full[0] == short[0] and full[1] == short[1][2:] \
                and not any(w in _NOT_THE_SAME for w in full):
            return True
    return False


_BODY_NOUNS = frozenset(match_key(w) for w in ("محافظة", "منطقة", "مدينة", "إمارة"))
_OFFICE_TAIL = 6
"""How many words may follow an office's first words before its holder's name (its body, "بصحة المنطقة", a style)."""
_FI = fold("في")


_NOT_THE_SAME = frozenset(match_key(w) for w in ("السابق", "الأسبق", "المساعد", "المكلف", "المناوب"))


def _chair_office_in_full(a: Agent, chair: Agent | None) -> bool:
    """ "بدأ خادم الحرمين … " read as an unheld chair's office "خادم الحرمين", then "خادم الحرمين الشريفين" held by a
    named person (ext-t129): an office that is the unheld chair's office with one more definite word (or the other
    way round) is the chair written in full, not a participant; not a word of nationality ("وزير الخارجية
    الإيراني": the counterpart) nor one that makes another office ("السابق"، "المساعد")."""
    if chair is None or chair.post is None or chair.person is not None or chair.post.holder or a.post is None:
        return False
    one, two = match_key(a.post.title).split(), match_key(chair.post.title).split()
    short, full = sorted((one, two), key=len)
    if len(short) >= 2 and len(full) > len(short) + 1 and full[: len(short)] == short and full[len(short)] == _TO_ENVOY:
        return True  # "سفير إسرائيل" chaired, "سفير إسرائيل لدى الولايات المتحدة X" named after: where he is posted
    if len(short) < 2 or len(full) != len(short) + 1 or full[: len(short)] != short:
        return False
    extra = full[-1]
    return extra.startswith("ال") and not extra.endswith(("ي", "يه")) and extra not in _NOT_THE_SAME


# (part8) How far after an unheld office a listed person's name may start and still be the name the office goes
# with: "وعضو الدعوة والارشاد بفرع وزارة الشؤون الإسلامية بالدمام الشيخ X" puts a branch, a ministry, a city and an
# honorific (seven words) between the office the reader cut short and X (was six words).
# (part25) "بحضور المدير التنفيذي المشارك لإدارة الابتكار والتكامل المؤسسي ووحدة تجربة المريض في المستشفى الدكتورة X":
# a department's long name puts twelve words there (was nine); a comma or a next office or name still ends the walk.
_NAME_AFTER_OFFICE_REACH = 14


def _named_again(tokens: list[Token], people: People, a: Agent, agents: list[Agent | None]) -> bool:
    """The agent is another one read twice: part of a longer name read as a name of its own ("محمد بن سلمان
    بن عبد العزيز ولي العهد" also gives "عبد العزيز ولي"), an unheld office written right before a listed
    person's name ("المدير الطبي بالمستشفى الدكتور X"), or the chair's office said short ("مدير المستشفى" for
    "مدير مستشفى الصحة النفسية")."""
    others = [b for b in agents if b is not None and b is not a]
    if a.person is not None:
        first, last = a.person.first, a.person.last
        return any(pm.first < last and first < pm.last and pm.last - pm.first > last - first
                   for pm in people.persons)
    if a.post is None:
        return False
    if a.post.holder is None and _stacked_on(tokens, people, a.post, others):
        return True
    j = a.post.last
    while j < len(tokens) and j < a.post.last + _NAME_AFTER_OFFICE_REACH and tokens[j].is_word \
            and tokens[j].norm != "و" \
            and tokens[j].sent == tokens[a.post.first].sent:
        starts = [b for b in others if b.person is not None and b.person.first == j]
        if starts and starts[0].person is not None and starts[0].person.start == tokens[j].start:
            return True  # the office of the name after it (not "…، وX": a new list item)
        if any(pm.first == j for pm in people.persons) or any(p.first == j for p in people.posts):
            break
        j += 1
    if a.post.holder is None and _after_listed_name(tokens, a.post.first, others):
        return True
    words = {w.removeprefix("ال") for w in fold(a.post.title).split()}
    if a.post.holder is None and len(words) > 1 and _longer_held(a.post, others):
        return True  # "بحضور المنسق العام … . وقدم المنسق العام للجنة X عرضا": the same office, named (ext-t69)
    chair = agents[-1]
    return chair is not None and chair.post is not None and len(words) > 1 \
        and words <= {w.removeprefix("ال") for w in fold(chair.post.title).split()}


def _longer_held(post: PostMention, others: list[Agent]) -> bool:
    """An unheld office of two words or more that a listed person's office opens, the rest of it a ل-, ب- or في-phrase
    naming its body ("المنسق العام" and "المنسق العام للجنة المحلية X"): the same office said short, already listed
    with its holder (not "مدير الإدارة" and "مدير الإدارة المالية X": another office)."""
    title = fold(post.title) + " "
    for b in others:
        if b.person is None or b.post is None or not fold(b.post.title).startswith(title):
            continue
        rest = fold(b.post.title)[len(title):]
        if rest[:1] in ("ل", "ب") or rest.startswith("في "):
            return True  # "… للجنة المحلية", "… بالأمانة": the same office with its body (not "… المالية": another)
    return False


def _stacked_on(tokens: list[Token], people: People, post: PostMention, others: list[Agent]) -> bool:
    """ "سفير المملكة لدى X مندوب المملكة الدائم لدى Y خالد …": an unheld office right before another office (no
    و, no comma between; or one ب-word: "رئيس الأركان بمكتب وزير الدفاع X") whose holder is a listed agent is that
    holder's first office, not another attendee."""
    at = post.last
    if at < len(tokens) and tokens[at].is_word and tokens[at].norm[:1] == "ب" and tokens[at].norm not in ROLES.ATTEND \
            and strip_clitic(tokens[at].norm)[0] not in ROLES.ATTEND and cue_kind(tokens, at) is None:
        at += 1  # "رئيس الأركان بمكتب وزير الدفاع X": the second office read without the ب-word's noun
    at = _past_office_qualifier(tokens, people, at)
    q = next((q for q in people.posts if q.first == at and q.holder and q.start == tokens[q.first].start
              and tokens[q.first].sent == tokens[post.first].sent), None)
    return q is not None and any(b.person is not None and b.person.name == q.holder for b in others)


def _past_office_qualifier(tokens: list[Token], people: People, at: int) -> int:
    """ "نائب رئيس اللجنة العليا المنظمة للمهرجان رئيس البلدية X" (part19): the index after a definite participle
    and its ل- or ب-phrase that close an unheld office read short, when another office starts right there; else
    ``at`` itself."""
    if at + 2 >= len(tokens) or not all(tokens[x].is_word and tokens[x].sent == tokens[at].sent for x in (at, at + 1)):
        return at
    first, second = tokens[at].norm, tokens[at + 1].norm
    if not (first.startswith("ال") and first.endswith("ه") and second[:1] in ("ل", "ب")):
        return at
    return at + 2 if any(q.first == at + 2 for q in people.posts) else at


def _after_listed_name(tokens: list[Token], first: int, others: list[Agent]) -> bool:
    """ "الأمير X بن Y مستشار …" in an attendance list: an unheld office right after a listed person's name, or
    after the filiation words that close it ("بن Y"), is that person's, not another attendee."""
    j = first
    while j >= 2 and tokens[j - 2].norm in PEOPLE.FILIATION and tokens[j - 1].is_word:
        j -= 2
    return j < first and any(b.person is not None and b.person.last == j for b in others)


def _ceremony_attended(tokens: list[Token], ev: EventMention) -> set[int]:
    """ "حضر حفل المعايدة X و Y" after a reception or a sitting: attendance cues whose object is a ceremony,
    whose attendees are at that ceremony, not at a meeting or sitting reported before it (a ceremony event
    has its own attendees)."""
    if ev.kind in ("other", "signing") or (ev.kind == "assembly" and (
            not ev.cues or not _training(tokens[min(ev.cues)].norm))):
        return set()
    # "نفذت الوحدة ورشة عمل … حيث أقيم حفل ختامي بهذه المناسبة حضرته X، كما حضر الحفل Y" (ext-t104): a workshop,
    # course or lecture told first by its own noun; who attends the ceremony held after it attends that ceremony (a
    # conference's or a forum's ceremony is its own: not read)
    return {k for k in candidates(tokens, ROLES.ATTEND) if k < len(tokens) - 1
            and in_words(tokens[k].norm, ROLES.ATTEND)
            and tokens[k + 1].sent == tokens[k].sent and _ceremony_noun(tokens[k + 1].norm)} | (
        {k for k in candidates(tokens, _ATTENDED_IT) if tokens[k].norm in _ATTENDED_IT and any(
            _ceremony_noun(tokens[x].norm) and tokens[x].sent == tokens[k].sent
            for x in range(max(0, k - _CEREMONY_REACH), k))} if ev.kind == "assembly" else set())


def _held_apart(tokens: list[Token], ev: EventMention) -> set[int]:
    """Attendance cues of a ceremony a later sentence brings in anew under another host, in a roundup of ceremonies:
    "… حفل المعايدة في ديوان الإمارة. وأقامت وزارة الحج أمس حفل معايدة لمنسوبيها، بحضور وزير الحج". A past verb of
    holding ([holds_activity]), a host that is not the event's body, then an indefinite ceremony noun ("حفل",
    "حفلا", "معايدة") open the cue's sentence, not the event's first one: who attends there attends that ceremony,
    not the event (all3)."""
    if ev.body is None or not ev.cues:
        return set()
    first, body = tokens[min(ev.cues)].sent, fold(ev.body.name)
    out: set[int] = set()
    for k in candidates(tokens, ROLES.ATTEND):
        if tokens[k].sent == first or not in_words(tokens[k].norm, ROLES.ATTEND):
            continue
        start = sentence_start(tokens, k)
        verb = next((x for x in range(start, k) if strip_clitic(tokens[x].norm, "وف")[0] in EVENTS.HOLDS_ACTIVITY),
                    None)
        if verb is None:
            continue
        noun = next((x for x in range(verb + 2, min(k, verb + _HELD_REACH)) if _new_ceremony(tokens[x].norm)), None)
        if noun is not None and body not in fold(" ".join(t.text for t in tokens[verb + 1:noun])):
            out.add(k)
    return out


_HELD_REACH = 10


def _new_ceremony(norm: str) -> bool:
    """An indefinite ceremony or gathering noun ("حفل", "حفلا", "معايدة"), not one told before ("الحفل")."""
    return not norm.startswith("ال") and (_ceremony_noun(norm) or norm in EVENTS.ORGANISED_GATHERINGS)


_ATTENDED_IT = frozenset(fold(w) for w in ("حضره", "حضرها", "حضرته", "حضرتها", "وحضره", "وحضرها", "وحضرته",
                                          "وحضرتها"))
_CEREMONY_REACH = 6
_TRAINING = frozenset(fold(w) for w in ("ورشة", "ورشات", "دورة", "محاضرة"))


def _training(norm: str) -> bool:
    """A workshop's, course's or lecture's noun, bare, definite or after a clitic ("ورشة", "الورشة", "بالدورة")."""
    return any((w[2:] if w.startswith("ال") else w) in _TRAINING for w in (norm, strip_clitic(norm)[0]))


def _ceremony_noun(norm: str) -> bool:
    return in_words(norm, EVENTS.CEREMONY) or norm in EVENTS.CELEBRATION


def _at_ceremony(tokens: list[Token], people: People, holder: str, cues: set[int]) -> bool:
    """Every mention of ``holder`` comes after one of ``cues`` in its sentence: an attendee of a ceremony."""
    firsts = _mentions(people, holder)
    return bool(cues) and bool(firsts) and all(
        any(c < k and tokens[c].sent == tokens[k].sent for c in cues) for k in firsts)


def _known(agent: Agent, out: list[Agent], chair_names: set[str]) -> bool:
    """The agent is the chair or one already listed: the same office, or a name that ends another
    ("حفيظ العلمي" in "مولاي حفيظ العلمي")."""
    if agent.person is not None:
        key = match_key(agent.person.name)
        names = {match_key(n) for n in chair_names} | {match_key(a.person.name) for a in out if a.person}
        return any(n == key or n.endswith(" " + key) or key.endswith(" " + n) for n in names)
    title = fold(agent.post.title) if agent.post else ""
    return title in {fold(n) for n in chair_names} | {fold(a.post.title) for a in out if a.post}


def _tells_the_press(tokens: list[Token], people: People, speaker: Agent, k: int,
                     events: tuple[EventMention, ...]) -> bool:
    """ "وقال وزير الخارجية X لـ«الصحيفة» إن الرئيس طلب خلال اللقاء …" (part19): a named speaker whose every mention
    tells the press (``_to_the_press``), the event's noun at ``k`` in a sentence told to the press, reports what was
    said during the event; he is not its speaker ("وأضاف X خلال الاجتماع" in a sentence of its own still is)."""
    sent = tokens[k].sent
    return speaker.person is not None \
        and any(_press_word(tokens, x) for x in range(len(tokens)) if tokens[x].sent == sent) \
        and _to_the_press(tokens, people, speaker.person.name, _cues_of(events))


def _title_before_surname(tokens: list[Token], agent: Agent, out: list[Agent], chair_names: set[str]) -> bool:
    """ "واستعرض السفير المعلمي خلال الحفل …" (part19): an unheld bare office written right before the surname of the
    chair or of a person already listed is that person's style, not someone else."""
    if agent.person is not None or agent.post is None or agent.post.holder:
        return False
    j = agent.post.last
    if j >= len(tokens) or not tokens[j].is_word:
        return False
    names = [*chair_names, *(a.person.name for a in out if a.person)]
    return any(len(n.split()) > 1 and (match_key(n.split()[-1]) == match_key(tokens[j].text)
                                       or _short_name_at(tokens, j, n)) for n in names)


_ALI = "علي"


def _agent_names(tokens: list[Token], people: People, agent: Agent | None) -> set[str]:
    """The chair's name, its office's holder, or the name written right after its office read with no holder."""
    if agent is None:
        return set()
    after = _named_after_office(tokens, people, agent.post) if agent.post and not agent.post.holder else None
    return {n for n in (agent.person.name if agent.person else None,
                        agent.post.holder if agent.post else None, after) if n}


def _named_after_office(tokens: list[Token], people: People, post: PostMention) -> str | None:
    """ "سفير المملكة في لبنان علي X Y" (part23): the person named right after an office read with no holder (nothing
    between, or the given name "علي" written with ي, folded like the preposition "على", left out of the name)."""
    end = post.last
    starts = {end} | ({end + 1} if end < len(tokens) and tokens[end].text == _ALI else set())
    return next((m.name for m in people.persons
                 if m.first in starts and m.first < len(tokens) and tokens[m.first].sent == tokens[end - 1].sent), None)


def _named_after_chair_office(tokens: list[Token], people: People, a: Agent, chair: Agent | None) -> bool:
    """ "قام سفير المملكة في لبنان علي X Y بزيارة …" (part23): a person named right after the chair's office, read
    with no holder, holds it: the chair again, no participant."""
    if a.person is None or chair is None or chair.person is not None or chair.post is None or chair.post.holder:
        return False
    return _named_after_office(tokens, people, chair.post) == a.person.name


def _short_name_at(tokens: list[Token], j: int, name: str) -> bool:
    """ "وأكد السفير عبدالله المعلمي عقب الحفل" after "عبدالله بن يحيى المعلمي" (part23): the given name at ``j`` and
    the surname right after it (one word between at most) write a person's name short."""
    words = [match_key(w) for w in name.split()]
    if len(words) < 3 or match_key(tokens[j].text) != words[0]:
        return False
    return any(x < len(tokens) and tokens[x].sent == tokens[j].sent and match_key(tokens[x].text) == words[-1]
               for x in (j + 1, j + 2))


def _relative_subject(tokens: list[Token], people: People, holder: str) -> bool:
    """ "رفض البرلمان الاتفاق الذي توصلت إليه رئيسة الوزراء X": an office holder named, every time, as the subject
    of a relative clause that describes something else (a relative pronoun and its verb right before him, no
    attendance, chairing or receiving word there) is spoken of, not present ("الاجتماع الذي حضره X" attends)
    (ext-t34)."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        g = _governor(tokens, people, k)
        rel = next((x for x in range(g, max(-1, g - 3), -1) if x >= 0 and tokens[x].sent == tokens[k].sent
                    and tokens[x].norm in RELATIVES_WITH_DUALS), None)
        if rel is None or g < 0 or not all(tokens[x].is_word for x in range(rel, g + 1)):
            return False
        if any(strip_clitic(tokens[x].norm)[0] in ROLES.ATTEND or in_words(tokens[x].norm, ROLES.CHAIR)
               or tokens[x].norm in ROLES.RECEIVE or cue_kind(tokens, x) for x in range(rel + 1, g + 1)):
            return False
    return True


_HEADS_NOW = fold("يرأس")


def _heads_body_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "… الأعضاء في اللجنة الدائمة التي يرأسها المحافظ X": an office holder named, every time, right after a
    relative pronoun and a present verb of heading ("يرأسها", "يرأسه") whose antecedent is no event noun heads that
    body, and is not stated as taking part in the event (ext-t56; "الاجتماع الذي يرأسه X" is left to the chair)."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(_heads_body_at(tokens, people, k) for k in firsts)


def _heads_body_at(tokens: list[Token], people: People, k: int) -> bool:
    """The mention at ``k`` stands right after "الذي يرأسه"/"التي يرأسها" (styles between) whose antecedent is no event
    noun: the head of that body, as such (``_heads_body_only``'s test of one mention; r2-part reads it for an office
    with no holder named, "مجلس شباب المنطقة الذي يرأسه سمو أمير المنطقة")."""
    g = _governor(tokens, people, k)
    return g >= 2 and tokens[g].sent == tokens[k].sent and fold(tokens[g].norm).startswith(_HEADS_NOW) \
        and tokens[g - 1].norm in RELATIVES_WITH_DUALS and not cue_kind(tokens, g - 2)


_INFORM = frozenset(fold(w) for w in ("أبلغ", "أبلغت", "يبلغ", "تبلغ", "وأبلغ", "وأبلغت", "أخطر", "أخطرت", "وأخطر"))


def _informing_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "أن رئيس الأركان X أبلغ الأمين العام Y برغبة بعض الدول في تأجيل الاجتماع" (ext-t69): a named office holder
    whose every mention is in a sentence told by a verb of informing ("أبلغ", "أخطر") with no word of attending,
    receiving or meeting there informs or is informed, and is not stated as taking part."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        sent = tokens[k].sent
        lo, hi = max(0, k - 40), min(len(tokens), k + 40)
        words = [tokens[x].norm for x in range(lo, hi) if tokens[x].sent == sent]
        if not any(w in _INFORM for w in words) \
                or any(w in ROLES.ATTEND or strip_clitic(w)[0] in ROLES.ATTEND for w in words) \
                or any(strip_clitic(w, "و")[0] in ROLES.RECEIVE or strip_clitic(w, "و")[0] in EVENTS.MEET_VERBS
                       for w in words):
            return False  # (not "استقبل الأمير السفير X الذي أبلغه تحيات …": the guest met)
    return True


def _mentions(people: People, holder: str) -> list[int]:
    """The first token of every mention of a person: by name, or by an office they hold."""
    return sorted({pm.first for pm in people.persons if pm.name == holder}
                  | {p.first for p in people.posts if p.holder == holder})


def _governor(tokens: list[Token], people: People, k: int) -> int:
    """The index of the word governing a mention at ``k``, once honorifics, styles and the titles and names
    of the same mention are skipped ("تهنئة صاحب السمو الأمير X ولي العهد": تهنئة); -1 when none."""
    # the mentions ending at each index (an office's span wins over a name's ending there, as it is read last)
    ends = {m.last: m.first for m in people.persons if m.first < k}
    ends.update({p.last: p.first for p in people.posts if p.first < k})
    j = k - 1
    while j >= 0 and (tokens[j].norm in PEOPLE.FILIATION or tokens[j].norm in OPEN_QUOTES):
        j -= 1  # a surname's mention: "وأضاف «بن X» إن …"
    if j >= 2 and tokens[j].is_word and tokens[j - 1].norm in OPEN_QUOTES and tokens[j - 2].norm == "ل":
        j -= 3  # "قال لـ"الصحيفة" X": the outlet spoken to stands between the verb and its speaker
    elif j >= 3 and tokens[j].norm in _CLOSE_MARKS and tokens[j - 1].is_word and tokens[j - 2].norm in _OPEN_MARKS \
            and tokens[j - 3].norm == "ل":
        j -= 4  # "وأوضح لـ(الصحيفة) X أن …", "قال لـ«الصحيفة» X" (ext-t44): the same, the outlet in brackets
    while j >= 0 and (_style(tokens[j].norm, strip=j < k - 1 or tokens[j].norm[:1] != "و") or j + 1 in ends
                      or tokens[j].norm in _MY_LORD  # "من سيدي خادم الحرمين الشريفين": an address (ext-t102)
                      or (tokens[j].norm in COMMAS and j in ends)):  # "X ولي العهد، نائب رئيس …"
        j = ends[j + 1] - 1 if j + 1 in ends else j - 1
    return j


_MY_LORD = frozenset(fold(w) for w in ("سيدي", "سيدى"))


def _inside_title_quotes(tokens: list[Token], k: int) -> bool:
    """ "تحدثت الكاتبة X عن إصدارها «صورة المفقود في شعر Y»": a name inside guillemets that open after a word of its
    sentence and are not closed before it is a word of a title (a book's, an exhibition's), no one taking part."""
    for j in range(k - 1, max(-1, k - _TITLE_REACH), -1):
        if tokens[j].sent != tokens[k].sent or tokens[j].norm in _TITLE_CLOSE:
            return False
        if tokens[j].norm in _TITLE_OPEN:
            return j > 0 and tokens[j - 1].sent == tokens[k].sent and tokens[j - 1].is_word
    return False


_TITLE_REACH = 12
_OPEN_MARKS = frozenset({"(", "«", "“"})
_CLOSE_MARKS = frozenset({")", "»", "”"})
_TITLE_OPEN = _OPEN_MARKS - {"("}  # (a name in parentheses may be an alias, not a title's word)
_TITLE_CLOSE = _CLOSE_MARKS - {")"}
_AN = fold("عن")


_DEPUTY_FOR = frozenset(fold(w) for w in ("نائبا", "نائبًا", "نائباً", "نائبة", "ممثلة", "مندوبة"))
"""Before "عن" only: "حضر الحفل نائبا عن الأمير X", "ومشرفة نائبة عن مديرة الإدارة" (part24)."""


def _on_behalf(tokens: list[Token], g: int) -> bool:
    """ "نيابة عن الأمير X", "ممثلا لوزير X", "نائبة عن مديرة X": the word governing the mention says someone
    stands in for him."""
    if g < 0:
        return False
    if tokens[g].norm == _AN:
        return g > 0 and (_word_in(tokens, g - 1, ROLES.ON_BEHALF) or tokens[g - 1].norm in _DEPUTY_FOR)
    return _word_in(tokens, g, ROLES.ON_BEHALF)


def _represented(tokens: list[Token], people: People, pm: PersonMention) -> bool:
    """ "بحضور X ممثلا عن وزير الشؤون Y", "نيابة عن الأمير Y" (ext-t76): the person right after a word of standing in
    for someone (his own offices and styles between) is represented, not there; not a later person of the list
    ("نيابة عن الوزير Y ووكيل الإمارة Z": Z attends)."""
    g = _unquoted(tokens, _governor(tokens, people, pm.first))  # (also "نيابة عن "الأمير Y"", part5)
    if not _on_behalf(tokens, g):
        return False
    return not any(g < m.first < pm.first for m in people.persons if m.name != pm.name) \
        and not any(g < p.first < pm.first and p.holder != pm.name for p in people.posts)


def _represented_office(tokens: list[Token], people: People, post: PostMention) -> bool:
    """ "وحضره X نيابة عن رئيس المجلس، وأعضاء المجلس" (part19): an unheld office right after a word of standing in
    for someone (its styles between) is represented by the one named before it, not there; not a later office of the
    list ("نيابة عن رئيس المجلس، ومدير عام المجلس": the director attends)."""
    g = _unquoted(tokens, _governor(tokens, people, post.first))
    return _on_behalf(tokens, g) and not any(g < m.first < post.first for m in people.persons) \
        and not any(g < p.first < post.first for p in people.posts)


def _represented_only(tokens: list[Token], people: People, holder: str) -> bool:
    """part5 (twelfth session): "وحضر الحفل نيابة عن "الأمير X" رئيس الهيئة؛ مساعده Y": a named office holder each of
    whose mentions comes right after a word of standing in for someone (his styles, and a quote mark opening his name,
    between) is represented, not there — as ``_represented`` reads a person of an attendance list."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(_on_behalf(tokens, _unquoted(tokens, _governor(tokens, people, k))) for k in firsts)


def _unquoted(tokens: list[Token], g: int) -> int:
    """The governing word ``g``, or the word before it when ``g`` is a quote mark opening the mention."""
    return g - 1 if g > 0 and tokens[g].norm in OPEN_QUOTES else g


def _acts_apart(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "غداة توقيع الرئيس X إعلانا": every mention of the holder is the agent of the verbal noun "توقيع" while
    the event is no signing: he signs elsewhere, he is not stated at this event."""
    firsts = _mentions(people, holder)
    return ev.kind != "signing" and bool(firsts) and all(
        g >= 0 and strip_clitic(tokens[g].norm)[0] == _TAWQI for g in (_governor(tokens, people, k) for k in firsts))


_TAWQI = fold("توقيع")


def _approves_apart(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "اعتمد الأمير X إقامة المعرض …", "… وفق ما أعلن عنه الأمير X": every mention of the holder is the subject of
    an approval verb, or of a reported announcement, in a sentence holding none of the event's cues: he decides or
    announces apart, he is not stated at the event (ext-t31)."""
    firsts = _mentions(people, holder)
    cue_sents = {tokens[c].sent for c in ev.cues}
    return bool(firsts) and all(tokens[k].sent not in cue_sents and _approver(tokens, _governor(tokens, people, k))
                                for k in firsts)


def _consented_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "بعد موافقة أمير المنطقة X", "بموافقة الوزير X", "بعد الموافقة من قبل X": every mention of the holder is
    the agent of a consent noun; he allowed the event, he is not stated at it (ext-t58)."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(_consent_at(tokens, _governor(tokens, people, k)) for k in firsts)


def _credited_in_list(tokens: list[Token], g: int) -> bool:
    """ "بحضور مدير الإشراف X، مشيدا بدعم وزير التعليم Y", "…، مؤكدا حرص الوزير Y على …", "…، وذلك بطلب من Y" (ext-t93):
    a name later in an attendance sentence governed by a noun of care, direction or request ("دعم", "جهود",
    "توجيهات", "بطلب من"), or invited ("دعوته إلى Y"), is credited or spoken of, not one more attendee; before, only
    "من قبل"/"من لدن" after such a noun was read there (``_credited_by``)."""
    return _credited_from(tokens, g) or (g >= 0 and _word_in(tokens, g, ROLES.CREDITED)) \
        or (g >= 0 and _requested_at(tokens, g)) or _invited_at(tokens, g)


def _visits_later_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "ومن المنتظر أن يزور وزير التعليم X المنطقة الشهر المقبل", "سيزور الوزير X المحافظة" (ext-t93): an office
    holder every mention of whom is the subject of a visit verb in the imperfect, the event itself no visit, is told
    of as one who will come later, not as present at the event."""
    if ev.kind == "visit":
        return False
    firsts = _mentions(people, holder)
    return bool(firsts) and all(g >= 0 and strip_clitic(tokens[g].norm, "و")[0] in _WILL_VISIT
                                for g in (_governor(tokens, people, k) for k in firsts))


_WILL_VISIT = frozenset(fold(w) for w in ("يزور", "تزور", "سيزور", "ستزور"))


def _invited_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "وجدد X دعوة الحكومة إلى المبعوث Y لزيارة المدينة", "وجه الدعوة إلى الوزير Z لحضور الحفل" (ext-t93): every
    mention of the holder comes right after "إلى" with a noun or verb of inviting just before it: he is invited,
    not stated at the event."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(_invited_at(tokens, _governor(tokens, people, k)) for k in firsts)


def _invited_at(tokens: list[Token], g: int) -> bool:
    if g < 1 or tokens[g].norm not in TO_WORDS:
        return False
    return any(strip_clitic(tokens[x].norm, "و")[0] in _INVITES for x in range(max(0, g - 4), g)
               if tokens[x].sent == tokens[g].sent)


_INVITES = frozenset(fold(w) for w in ("دعوة", "الدعوة", "دعوته", "دعوتها", "دعوتهم", "دعوات", "الدعوات", "دعا",
                                       "دعت", "يدعو", "تدعو"))


def _consent_at(tokens: list[Token], g: int) -> bool:
    if g >= 2 and tokens[g].norm == _QIBAL and tokens[g - 1].norm == _MIN:
        g -= 2  # "الموافقة من قبل X"
    return g >= 0 and (strip_clitic(tokens[g].norm, "وب")[0] in _CONSENT or _requested_at(tokens, g))


_CONSENT = frozenset(fold(w) for w in ("موافقة", "الموافقة"))


def _requested_at(tokens: list[Token], g: int) -> bool:
    """ "بناء على طلب الرئيس X", "بطلب من الوزير X", "وفق توجيهات الأمير X", "بتكليف من المدير X" (ext-t93): the
    word at ``g`` (or the "من" after it) is a noun of request, direction or mandate taken as a ground ("ب" on it, or
    "على"/"وفق"/"حسب" before it); the one who asked or directed is not stated at the event."""
    if g >= 1 and tokens[g].norm == _MIN:
        g -= 1  # "بطلب من X"
    base, n = strip_clitic(tokens[g].norm, "وب")
    if base not in _REQUESTS:
        return False
    return "ب" in tokens[g].norm[:n] or (g >= 1 and tokens[g - 1].norm in _ON_GROUNDS)


_REQUESTS = frozenset(fold(w) for w in ("طلب", "توجيه", "توجيهات", "تكليف", "أمر", "تعليمات"))
_ON_GROUNDS = frozenset(fold(w) for w in ("على", "وفق", "حسب", "بحسب", "وفقا", "وفقاً", "طبقا", "طبقاً"))
_QIBAL = fold("قبل")
_MIN = fold("من")


def _approver(tokens: list[Token], g: int) -> bool:
    """The word at ``g`` is an approval verb ("اعتمد", "ووافق") or closes a reported announcement ("ما أعلن عنه",
    "ما أعلنه")."""
    if g < 0:
        return False
    w = tokens[g].norm
    if strip_clitic(w, "وف")[0] in DECISIONS.APPROVE_SUBJECT or strip_clitic(w, "وف")[0] in _APPROVES:
        return True
    if w == _ANHU and g >= 2:
        return tokens[g - 1].norm in _ANNOUNCED and tokens[g - 2].norm == _MA
    return w in _ANNOUNCED_IT and g >= 1 and tokens[g - 1].norm == _MA


_APPROVES = frozenset(fold(w) for w in ("اعتمد", "اعتمدت", "أصدر", "أصدرت"))  # "أصدر الرئيس X قرارا" (ext-t93)


def _holder_patron_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "تحت رعاية الأمير X", "برعاية وزير Y", "يرعى الأمير X اليوم حفل …": every mention of the holder is governed by
    a word of patronage — the patron lends his name to the event, he is not stated as taking part (ext-t31)."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(
        (g := _governor(tokens, people, k)) >= 0 and strip_clitic(tokens[g].norm, "وفب")[0] in _PATRONAGE
        for k in firsts)


_ANHU = fold("عنه")
_MA = fold("ما")
_ANNOUNCED = frozenset(fold(w) for w in ("أعلن", "أعلنت"))
_ANNOUNCED_IT = frozenset(fold(w) for w in ("أعلنه", "أعلنته"))


def _style(norm: str, *, strip: bool) -> bool:
    """An honorific or a style, as written or behind a clitic ("لصاحب السمو", "ومعالي المهندس X": the governor
    is further back); ``strip`` is False for a و-word right before the mention, which may be its governing verb."""
    styles = honorifics()
    if norm in styles or norm in ROLES.STYLES:
        return True
    base = strip_clitic(norm)[0] if strip else norm
    return base != norm and (base in styles or base in ROLES.STYLES)


def _appointed(tokens: list[Token], people: People, holder: str) -> bool:
    """ "عين مجلس الإدارة الزميل X مشرفا عاما …، ووافق على استقالة X", "وترشيح الزميل Y رئيسا للتحرير": every
    mention of the holder follows an appointment, nomination or resignation word in its clause (within
    _APPOINTED_REACH words, no comma, attendance or chairing cue between): the object of a decision, not present."""
    firsts = [k for k in _mentions(people, holder) if not _caption(tokens, people, k)]
    return bool(firsts) and all(_after_appointment(tokens, k) or _listed_after_appointment(tokens, people, k)
                                or _after_appointment(tokens, _chain_start(tokens, people, k))
                                or _listed_after_appointment(tokens, people, _chain_start(tokens, people, k))
                                or _in_list_of_roles(tokens, k)
                                for k in firsts)


def _in_list_of_roles(tokens: list[Token], k: int) -> bool:
    """ "وجرى توزيع المهام على النحو التالي: المدرب X ومساعده Y", "تم اختيار أعضاء المجلس وفق الآتي: X رئيسا، Y
    نائبا" (s11-part3s): a mention after a list opener ("على النحو التالي", "وفق الآتي", "كالتالي", "كما يلي") that
    closes a clause of choosing, forming or sharing out roles, with no word of attending between, names who was
    given a role, not who attended."""
    sent = tokens[k].sent
    for x in range(k - 1, -1, -1):
        if tokens[x].sent != sent:
            return False
        w = tokens[x].norm
        if w in ROLES.ATTEND or strip_clitic(w)[0] in ROLES.ATTEND:
            return False
        if _list_opener(tokens, x):
            return any(tokens[y].sent == sent and (tokens[y].norm in _ASSIGNING
                                                   or strip_clitic(tokens[y].norm)[0] in _ASSIGNING)
                       for y in range(x - 1, max(-1, x - _ASSIGNING_REACH), -1))
    return False


def _list_opener(tokens: list[Token], x: int) -> bool:
    w, before = tokens[x].norm, tokens[x - 1].norm if x > 0 else ""
    return w in _AS_FOLLOWS or (w in _FOLLOWING and before in _MANNER) or (w == _BELOW and before == _ALSO)  # "كما يلي"


_AS_FOLLOWS = frozenset(fold(w) for w in ("كالتالي", "كالآتي", "كالاتي"))
_FOLLOWING = frozenset(fold(w) for w in ("التالي", "الآتي", "الاتي"))
_MANNER = frozenset(fold(w) for w in ("النحو", "وفق", "وفقا", "وفقاً"))
_BELOW = fold("يلي")
_ASSIGNING = frozenset(fold(w) for w in ("توزيع", "اختيار", "تشكيل", "انتخاب", "تعيين", "تسمية", "تكليف"))
_ASSIGNING_REACH = 12
"""How many words before the list opener may hold the word of choosing or sharing out ("توزيع المهام التي جاءت")."""


def _chain_start(tokens: list[Token], people: People, k: int) -> int:
    """The first token of the name-and-offices chain a mention at ``k`` ends ("الأمير X ولي العهد نائب رئيس مجلس
    الوزراء وزير الداخلية": each office's mention belongs to the chain opened by the name)."""
    ends = {m.last: m.first for m in people.persons if m.first < k}
    ends.update({p.last: p.first for p in people.posts if p.first < k})
    x = k - 1
    while x >= 0 and tokens[x].sent == tokens[k].sent and (x + 1 in ends or (tokens[x].norm in COMMAS
                                                                           and x in ends)):
        x = ends[x + 1] - 1 if x + 1 in ends else x - 1
    return x + 1


_LIST_DEPTH = 6

_LECTURE_VERBS = frozenset(fold(w) for w in (
    "يقدم", "تقدم", "قدم", "قدمت", "ألقى", "يلقي", "حاضر", "يحاضر", "أدار", "يدير", "حاضرت", "تحاضر"))
_EACH_OF = (fold("كل"), fold("من"))
_EACH_REACH = 6
"""How many words may stand between a lecturing verb and "كل من" ("ويقدم محاضرات ورشة العمل كل من")."""


def _presenters_listed(tokens: list[Token], people: People, ev: EventMention) -> list[PersonMention]:
    """ "ويقدم محاضرات الورشة كل من المهندس X والأستاذ Y والأستاذ Z" (ext-t129): after the event's first cue, a
    verb of lecturing or presenting (يقدم، ألقى، حاضر، أدار) followed within six words by "كل من" opens the list of
    those who give the event's talks: each person named from there on in the sentence, while the list goes on, takes
    part. Not before the event is told (the verb then tells of something else)."""
    if not ev.cues or ev.kind == "signing":
        return []
    first, out = min(ev.cues), list[PersonMention]()
    for k in candidates(tokens, _LECTURE_VERBS):
        if k <= first or not _word_in(tokens, k, _LECTURE_VERBS):
            continue
        each = next((x for x in range(k + 1, min(len(tokens) - 1, k + 1 + _EACH_REACH))
                     if tokens[x].sent == tokens[k].sent and tokens[x].norm == _EACH_OF[0]
                     and tokens[x + 1].norm == _EACH_OF[1]), None)
        if each is None or any(not tokens[x].is_word for x in range(k + 1, each)):
            continue  # (no comma or stop between the verb and its list)
        last = each + 2
        for pm in sorted(people.persons, key=lambda m: m.first):
            if pm.first < last or tokens[pm.first].sent != tokens[k].sent:
                continue
            if pm.first - last > 3 and not (out and _list_goes_on(tokens, people, last, pm.first)):
                break  # (the first one right after "كل من", styles between; the next ones while the list goes on)
            out.append(pm)
            last = pm.last
    return out


_HOST_VERBS = frozenset(fold(w) for w in (
    "استقبل", "استقبلت", "تلقى", "تلقت", "ترأس", "ترأست", "رأس", "افتتح", "افتتحت", "دشن", "دشنت", "رعى", "رعت"))


def _hosts_apart(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "استقبل أمير المنطقة X المبايعين …. وتلقى أمير منطقة أخرى Y البيعة …. واستقبل أمير ثالث Z …" (ext-t129): a
    named office holder none of whose mentions stands in the event's sentences, and who is the subject of a hosting
    verb (استقبل، تلقى، ترأس، افتتح، دشن، رعى) right before his name in a sentence of his own, hosts another event of
    the article: he is not a participant of this one."""
    firsts = _mentions(people, holder)
    if not firsts or not ev.cues or any(tokens[k].sent in ev.sentences for k in firsts):
        return False
    return any(_word_in(tokens, g, _HOST_VERBS) and tokens[g].sent == tokens[k].sent
               for k in firsts for g in (_governor(tokens, people, k),))


def _listed_after_appointment(tokens: list[Token], people: People, k: int, depth: int = 0) -> bool:
    return _listed_after(tokens, people, k, lambda first: _after_appointment(tokens, first), depth)


def _listed_after(tokens: list[Token], people: People, k: int, head: Callable[[int], bool], depth: int = 0) -> bool:
    """ "بمناسبة اختيار الأمير X ولياً للعهد نائباً لرئيس …، والأمير Y ولياً لولي العهد" (ext-t129): a mention
    joined by "و" (before its style, or standing alone) to the item of a list right before it, after a comma or
    not, is in that list: it follows the appointment word the list's first item follows, however long the items
    (each a name with its offices) run."""
    sent = tokens[k].sent
    ends = {m.last: m.first for m in people.persons if m.first < k}
    ends.update({p.last: p.first for p in people.posts if p.first < k})
    x, coord = k - 1, False
    while x >= 0 and tokens[x].sent == sent and tokens[x].is_word and _style(tokens[x].norm, strip=True):
        coord = coord or (tokens[x].norm[:1] == "و" and not _style(tokens[x].norm, strip=False))
        x -= 1
    if x >= 0 and tokens[x].norm == "و":
        coord, x = True, x - 1
    if not coord or x < 0 or tokens[x].sent != sent:
        return False
    if tokens[x].norm in COMMAS:
        x -= 1
    if x + 1 not in ends:
        return False
    while x >= 0 and tokens[x].sent == sent and (x + 1 in ends or (tokens[x].norm in COMMAS and x in ends)):
        x = ends[x + 1] - 1 if x + 1 in ends else x - 1
    first = x + 1
    return head(first) or (depth < _LIST_DEPTH and _listed_after(tokens, people, first, head, depth + 1))


_GREETED_LIST_REACH = 40
"""How far after the first one greeted a list of those greeted may run (each a name with its styles and offices)."""


def _greeted_in_list(tokens: list[Token], people: People, ev: EventMention, a: Agent) -> bool:
    """ "ورفع X التهاني لمقام خادم الحرمين الشريفين الملك Y وولي عهده الأمير Z وولي ولي العهد الأمير W" (ext-t129):
    a person each of whose mentions, outside the event's sentences, is an item of a list joined by "و" whose first
    item is greeted or thanked (``_greeted``) is the one the greetings go to, not stated at the event."""
    holder = _holder_of(a)

    def greeted(first: int) -> bool:
        return _greeted(tokens, _governor(tokens, people, first))

    firsts = sorted({m.first for m in people.persons} | {p.first for p in people.posts})

    def after_greeted(k: int) -> bool:  # "… لمقام خادم الحرمين الشريفين الملك Y حفظه الله وولي عهده الأمير Z"
        sent = tokens[k].sent
        head = next((f for f in firsts if f < k and tokens[f].sent == sent and k - f <= _GREETED_LIST_REACH
                     and greeted(f)), None)
        return head is not None and not any(
            _word_in(tokens, x, ROLES.SPEECH) or _word_in(tokens, x, ROLES.ATTEND) or tokens[x].norm in _THAT
            or _word_in(tokens, x, _HOST_VERBS) for x in range(head, k))

    def listed(k: int) -> bool:
        start = _chain_start(tokens, people, k)
        return greeted(k) or greeted(start) or _listed_after(tokens, people, k, greeted) \
            or _listed_after(tokens, people, start, greeted) or after_greeted(start)

    return _every_mention_outside(tokens, people, holder, ev.sentences, listed)


def _caption(tokens: list[Token], people: People, k: int) -> bool:
    """ "… وترشيح الزميل X Y Z رئيساً للتحرير. X Z": a name standing alone as its line (a photo's caption) says
    nothing of where its bearer was (ext-t67)."""
    pm = next((m for m in people.persons if m.first == k), None)
    if pm is None:
        return False
    sent = tokens[k].sent
    x = k - 1
    while x >= 0 and tokens[x].sent == sent:
        if tokens[x].is_word:
            return False
        x -= 1
    x = pm.last
    while x < len(tokens) and tokens[x].sent == sent:
        if tokens[x].is_word:
            return False
        x += 1
    return True


_APPOINTED_REACH = 14


def _after_appointment(tokens: list[Token], k: int) -> bool:
    for x in range(k - 1, max(-1, k - _APPOINTED_REACH), -1):
        w = tokens[x].norm
        if tokens[x].sent != tokens[k].sent or w in ("،", ",", ":") or w in ROLES.ATTEND \
                or strip_clitic(w)[0] in ROLES.ATTEND or in_words(w, ROLES.CHAIR):
            return False
        if w in ROLES.APPOINTED:
            return True
    return False


def _word_in(tokens: list[Token], j: int, group: frozenset[str]) -> bool:
    """Token ``j`` is a word of ``group``, as written, after و ("وكشف", "وكان") or after another clitic."""
    norm = tokens[j].norm if j >= 0 else ""
    return j >= 0 and (norm in group or norm.removeprefix("و") in group or strip_clitic(norm)[0] in group)


def _quoted(tokens: list[Token], people: People, events: tuple[EventMention, ...], holder: str) -> bool:
    """A named office holder who is greeted ("رفع التهاني لمقام X") or credited ("توجيهات X") wherever named, or
    who is first named as the speaker of a statement ("وأوضح مدير المهرجان X أن …", "وحسب X") or in background
    ("يشار إلى أن X") and then in none of the text's event sentences (not even by surname, nor only as the one
    who tells of it), is mentioned or quoted, not stated as taking part. A reply ("من جانبه، قال X") or a word on
    the event ("قال X إن هذه الزيارة") is at it."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    if all(_greeted(tokens, g) or _word_in(tokens, g, ROLES.CREDITED) or _on_behalf(tokens, g)
           or _greeted_before_and(tokens, people, g) or _credited_from(tokens, g)
           or (g >= 0 and strip_clitic(tokens[g].norm, "وفب")[0] in _PATRONAGE)
           for g in (_governor(tokens, people, k) for k in firsts)):
        return True  # greeted, credited with a directive or with care ("تحقيق توجيهات وزير X"), or represented;
        # (s11-part3s) one mention credited ("ونوه بدعم الأمير X") and another lending patronage ("تحت رعاية X")
    surname = fold(holder.split()[-1])
    inside = {k for pm in people.persons if pm.name == holder for k in range(pm.first + 1, pm.last)}
    named = [*firsts, *(k for k in candidates(tokens, frozenset({surname})) if (
        tokens[k].norm == surname or strip_clitic(tokens[k].norm)[0] == surname) and k not in inside)]
    # (the surname of a full name is that name's mention)
    if any(tokens[k].sent in ev.sentences and not _tells_of(tokens, people, k, ev)
           and not _speaks_after(tokens, people, k, ev) for k in named for ev in events):
        return False  # named in the event's sentence (not only as the one who tells of it)
    j = _governor(tokens, people, firsts[0])
    if _word_in(tokens, j, ROLES.BACKGROUND) or (j >= 0 and tokens[j].norm in ("ان", "بان") and any(
            _word_in(tokens, x, ROLES.BACKGROUND) for x in range(max(0, j - 3), j))):
        return True  # "يشار إلى أن X", "وكان X قد …"
    if not (_word_in(tokens, j, ROLES.SPEECH) or _word_in(tokens, j, _OPINION_VERBS)) \
            or any(_said_at(tokens, c) for ev in events for c in ev.cues):
        return False
    if not _word_in(tokens, j, ROLES.SPEECH) and any(
            tokens[x].norm in _DURING_WORDS for x in range(firsts[0], min(len(tokens), firsts[0] + _DURING_REACH))
            if tokens[x].sent == tokens[firsts[0]].sent):
        return False  # "ويرى الأمين العام X خلال تقديمه الميثاق …": a view given during an occasion (ext-t129)
    sent = tokens[firsts[0]].sent  # "قال X إن هذه الزيارة …": the speaker speaks of the event, at it
    that = next((x for x in range(firsts[0], len(tokens)) if tokens[x].sent != sent or tokens[x].norm in _THAT), None)
    if any(tokens[i].sent == sent and cue_kind(tokens, i)
           and (that is None or tokens[that].sent != sent or i <= that + 3)  # (not "أن … نجاح هذه الورشة")
           for i in (d + 1 for d in candidates(tokens, EVENTS.DEMONSTRATIVES) if d + 1 < len(tokens)
                     and tokens[d].norm in EVENTS.DEMONSTRATIVES)):
        return False
    turn = j - 2 if j >= 2 and not tokens[j - 1].is_word else j - 1  # "من جانبه، قال X": a reply at the occasion
    return not _word_in(tokens, turn, ROLES.IN_TURN)


_OPINION_VERBS = frozenset(fold(w) for w in (
    "يرى", "رأى", "يعتبر", "وصف", "يصف", "تساءل", "يتساءل", "يقول", "يؤكد", "يعتقد", "اعتقد", "حذر", "يحذر",
    "انتقد", "ينتقد", "توقع", "يتوقع", "استبعد", "يستبعد", "رجح", "يرجح"))
"""Verbs of opinion, of a view or a warning ("ويرى السفير السابق X أن …", "ووصف السفير X الخطوة بـ…", ext-t129):
read in ``_quoted`` like the verbs of speech, as the commentator's verb of a statement made away from the event (a
council's sitting told with its members' warnings, "وحذر السفير X من جهته", loses one of them: left so, as a session
exemption kept more commentators than it saved speakers on the hashes comparison and on tuning21)."""


_DURING_REACH = 12
"""How far after a commentator's name a word of "during" ("خلال تقديمه") ties his view to an occasion."""
_DURING_WORDS = frozenset(fold(w) for w in ("خلال", "أثناء"))  # (not "لدى": "السفير … لدى المملكة المتحدة")

_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
"""A receiving verb's object pronoun ("استقبله", "استقبلها"): its guest was named before it."""
_THAT = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})  # أن/إن and بأن, folded
_AND_THAT = frozenset({"وان", "وانه", "وانها", "وبان"})


_GUEST_REACH = 14
"""How far after the host's mention the guest of "استقبل" may be named ("… في مكتبه بالإمارة اليوم، السفير …")."""


_RECEIVE_WORDS = ROLES.RECEIVE | EVENTS.MET  # (the words of a guest's walk in ``participants``: "التقى" transitive too)


def _met_directly(tokens: list[Token], k: int) -> bool:
    """ "التقى رئيس المجلس X في مكتبه أمس سفير اليابان": a meeting verb with its guest for object, no "مع" or "ب" +
    the one met after it in its sentence (that one is read as met with, ext-t31)."""
    w = tokens[k].norm
    if w not in EVENTS.MET and not (w[:1] in "وف" and w[1:] in EVENTS.MET):
        return False
    return not any(t.sent == tokens[k].sent and (t.norm in ROLES.WITH or (
        t.norm[:1] == "ب" and t.norm[1:] in EVENTS.MET_WITH_B)) for t in tokens[k + 1 : k + 30])


def _received(tokens: list[Token], people: People, k: int) -> Agent | None:
    """The guest of the active "استقبل" at ``k``: the first office or name after the host's (after "قد", the
    host was named before the verb, so the first one after it); a place, a time or a comma may come between."""
    sent = tokens[k].sent
    starts = {p.first: p.last for p in people.posts} | {pm.first: pm.last for pm in people.persons}
    x = k + 1
    if not (k > 0 and tokens[k - 1].norm == "قد"):
        while x < len(tokens) and x <= k + 6 and x not in starts and tokens[x].sent == sent:
            x += 1  # styles and honorifics before the host
        if x not in starts:
            return None
        while x in starts or (x < len(tokens) and (tokens[x].norm in honorifics() or tokens[x].norm in ROLES.STYLES
                                                   or tokens[x].norm in PEOPLE.FILIATION)):
            x = starts.get(x, x + 1)  # the host's offices, styles and name
    for y in range(x, min(len(tokens), x + _GUEST_REACH)):
        if tokens[y].sent != sent or tokens[y].norm in ROLES.ATTEND or strip_clitic(tokens[y].norm)[0] in ROLES.ATTEND:
            return None
        if y in starts and not _behind_clitic(tokens, people, y):
            if y == x + 1 and tokens[x].norm in COMMAS:
                continue  # "وقد استقبل X، رئيس مجموعة …، التهاني": the host's office in apposition
            return agent_at(tokens, people, y) if y == x or _after_place_or_time(tokens, y) \
                or _after_seat_and_title(tokens, x, y) else None
    return None


def _guests_listed_after(tokens: list[Token], people: People, k: int, first: str) -> list[PersonMention]:
    """ "استقبل الأمير X في مكتبه أمس كلا من رئيس الديوان A، ورئيس المحكمة الشيخ B": the guests of the "استقبل" at
    ``k`` listed after the first one read (``first``), joined to it as an attendance list is (part11)."""
    after = sorted((pm for pm in people.persons if pm.first > k and tokens[pm.first].sent == tokens[k].sent),
                   key=lambda m: m.first)
    at = next((i for i, pm in enumerate(after) if pm.name == first), None)
    if at is None:
        return []
    out: list[PersonMention] = []
    last = after[at].last
    for pm in after[at + 1:]:
        if not _list_goes_on(tokens, people, last, pm.first):
            break
        out.append(pm)
        last = pm.last
    return out


def _after_seat_and_title(tokens: list[Token], x: int, y: int) -> bool:
    """ "استقبل السفير X … بمقر البعثة أستاذ الهندسة بجامعة Y الدكتور Z": the host's seat after ب right after him,
    then a title the lexicon does not read (plain words, no comma) and an honorific right before the guest's
    name."""
    if not (y > 0 and tokens[y - 1].norm in honorifics()) or not (x < len(tokens) and tokens[x].is_word
                                                                 and tokens[x].norm in _SEATS):
        return False
    return all(t.is_word for t in tokens[x:y - 1]) and y - x <= _SEAT_TITLE_REACH


_SEATS = frozenset({fold("بمقر"), fold("بمكتبه"), fold("بمكتبها")})
_SEAT_TITLE_REACH = 10


_HONOUR_REACH = 14
"""How far after the verb of honouring its host and its honoree may be named."""
_CHAIRED_BY = frozenset(fold(w) for w in ("برئاسة", "يرأسه", "ممثلا", "ممثلة"))


def _honoured(tokens: list[Token], people: People, k: int) -> list[Agent]:
    """ "كرم مدير التعليم X، اليوم الأحد، السائق Y، نظير …", "كرم أمير المنطقة، العريف Y", "كرم الاتحاد برئاسة X
    المدرب Y" (part, ninth session): after a past verb of honouring opening its clause and its host (an office, a
    name, or a body "برئاسة" its head), the next name, behind nothing but commas, time words, styles and one noun of
    his calling ("السائق", "المدرب"), is the one honoured; he takes part in the honouring."""
    w = tokens[k].norm
    if w not in EVENTS.HONOUR_VERBS and not (w[:1] in "وف" and w[1:] in EVENTS.HONOUR_VERBS):
        return []
    sent = tokens[k].sent
    ends = {p.first: p.last for p in people.posts} | {pm.first: pm.last for pm in people.persons}
    names = {pm.first: pm for pm in people.persons}
    x, host = k + 1, False
    while x < len(tokens) and x <= k + _HONOUR_REACH and tokens[x].sent == sent:
        if x in ends:  # the host's offices and name (and a body's head after "برئاسة")
            host = True
            x = ends[x]
            continue
        if host and tokens[x].norm not in _CHAIRED_BY:
            break
        x += 1
    if not host:
        return []
    nouns = 0
    for y in range(x, min(len(tokens), x + 8)):
        tok = tokens[y]
        if tok.sent != sent:
            return []
        if y in names and y > x:
            return [person_agent(people, names[y])] if nouns <= 1 and not _behind_clitic(tokens, people, y) else []
        if y in ends:
            return []  # an office: read with its holder by the office loop, or no honoree here
        if not tok.is_word or tok.norm in EVENTS.TIME_WORDS or tok.norm in honorifics() or tok.norm in ROLES.STYLES:
            continue
        if tok.norm.startswith("ال") and len(tok.norm) > 3:
            nouns += 1
            continue
        return []
    return []


def _after_place_or_time(tokens: list[Token], y: int) -> bool:
    """The mention at ``y`` follows a time word, a comma or a place after ب ("في مكتبه بالإمارة أمس، السفير X"), its
    honorifics and styles passed over; not a noun it is in construct with ("أسرة الشيخ X": X is no guest), nor a
    body's name in quotes ("المدير العام لمؤسسة «X» الأستاذ Y": Y is the host)."""
    j = y - 1
    while j > 0 and (tokens[j].norm in honorifics() or tokens[j].norm in ROLES.STYLES):
        j -= 1
    w = tokens[j].norm
    if w == "من" and j > 0 and tokens[j - 1].norm in _EACH:
        return True  # "استقبل الأمير X أمس كلا من رئيس الديوان Y": the guests listed after "كلا من" (part11)
    return w in EVENTS.TIME_WORDS or (tokens[j].is_word and w[:1] == "ب" and not w.startswith("بن"))


_EACH = frozenset({fold("كلا"), fold("كلاً"), fold("كل")})


def _behind_clitic(tokens: list[Token], people: People, y: int) -> bool:
    """The office or name read at token ``y`` starts after a clitic ("بمكتب وزير …", "لرئيس …")."""
    start = next((p.start for p in people.posts if p.first == y), None)
    if start is None:
        start = next((pm.start for pm in people.persons if pm.first == y), tokens[y].start)
    return start > tokens[y].start


def _greeted(tokens: list[Token], g: int) -> bool:
    """ "رفع التهاني لمقام X", "وقدم X شكره إلى الوزير Y": the word governing the mention, or the one before its
    "إلى", greets or thanks him; a kinship word with its pronoun between "إلى" and the mention ("نقل تحياته إلى
    أخيه الملك X", ext-t60) is passed over."""
    if g > 0 and tokens[g].norm in _KIN and tokens[g - 1].norm in _ILA:
        g -= 1
    if g > 0 and tokens[g].norm in _ILA:
        g -= 1
    return _word_in(tokens, g, ROLES.GREETING)


_ILA = frozenset({fold("إلى"), "الى"})
_KIN = frozenset(fold(w) for w in ("أخيه", "أخيها", "شقيقه", "شقيقها", "أخويه", "إخوانه"))


def _greeted_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "ونقل الوزير لخادم الحرمين الشريفين تحيات الرئيس X رئيس …": every mention of the holder comes, past his
    own names, offices and styles, right after a greeting word, even one read into another office before it."""
    own = {x for pm in people.persons if pm.name == holder for x in range(pm.first, pm.last)} \
        | {x for p in people.posts if p.holder == holder for x in range(p.first, p.last)}
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    swallowed = {p.first for p in people.posts if p.holder == holder
                 and any(_greeted(tokens, x) for x in range(p.first + 1, p.last))}  # "خادم الحرمين الشريفين تحيات"
    for k in (k for k in firsts if k not in swallowed):
        j = k - 1
        while j >= 0 and not _greeted(tokens, j) and (
                j in own or _style(tokens[j].norm, strip=False) or tokens[j].norm in PEOPLE.FILIATION
                or tokens[j].norm in PEOPLE.ROYAL_TITLES):
            j -= 1
        if not _greeted(tokens, j):
            return False
    return True


def _wished_from_afar(tokens: list[Token], people: People, holder: str | None, office: int | None = None) -> bool:
    """ "رفع خلالها التهاني والتبريكات بمناسبة العيد لخادم الحرمين الشريفين، الملك X، ولسمو ولي العهد، الأمير Y،
    ولوزير الصحة، المهندس Z", "رفع سموه التبريكات … لـW …، وإلى صاحب السمو الملكي V" (aud-part): a named office holder
    each of whose mentions, in the event's sentences or not, is an addressee of congratulations or condolences — the
    mention, past its own names, offices, styles and commas, opens on the addressee's "ل" or "إلى" ("ولأمير
    المنطقة، الأمير X"), after a noun of congratulating or condoling earlier in its sentence, however long the list
    or the occasion phrase between ("بمناسبة العيد السعيد"), with no word of saying, attending, chairing or hosting,
    no "أن" and no colon between, and no word of attending a few words after him — is the one the wishes go to, from
    wherever he is (his other mentions, if any, greeted or credited: "لمقام X", "بقيادة X"); he is not stated as
    taking part (``_congratulated_only`` and ``_congratulated_in_sentence`` want
    every mention on one side of the event's sentences and the noun close by). Thanks ("الشكر لـX") are left out: a
    host thanked may be at the event. An office read with no holder ("مقدمين تهنئتهم لخادم الحرمين الشريفين") is read
    the same by its one mention at ``office``."""
    mine = [p for p in people.posts if (p.holder == holder if holder else p.first == office)]
    firsts = _mentions(people, holder) if holder else [p.first for p in mine]
    if not firsts:
        return False
    own = {x for pm in people.persons if holder and pm.name == holder for x in range(pm.first, pm.last)} \
        | {x for p in mine for x in range(p.first, p.last)}
    clitic = {pm.first for pm in people.persons if holder and pm.name == holder and pm.start > tokens[pm.first].start} \
        | {p.first for p in mine if p.start > tokens[p.first].start}

    def to_him(x: int) -> bool:  # "لخادم", "ولأمير" (a clitic before the office), "ولسمو", "إلى", "وإلى"
        norm = tokens[x].norm
        if norm.removeprefix("و") in _ILA:
            return True
        return norm.removeprefix("و")[:1] == "ل" and (x in clitic or (
            x not in own and _style(norm, strip=True) and not _style(norm, strip=False)))

    def addressed(k: int) -> bool:
        sent = tokens[k].sent
        x = k
        while x >= 0 and tokens[x].sent == sent and not to_him(x) and (
                x in own or _style(tokens[x].norm, strip=False) or tokens[x].norm in PEOPLE.ROYAL_TITLES
                or tokens[x].norm in PEOPLE.FILIATION or tokens[x].norm in COMMAS):
            x -= 1
        if x < 0 or tokens[x].sent != sent or not to_him(x):
            return False
        if any(_word_in(tokens, y, ROLES.ATTEND) for y in range(k + 1, min(len(tokens), k + _ATTENDED_REACH))
               if tokens[y].sent == sent):
            return False  # "… وإلى X الذي حضر الحفل"
        for g in range(x - 1, max(-1, x - _WISHES_REACH), -1):
            if tokens[g].sent != sent or tokens[g].norm in _THAT or tokens[g].norm == ":" \
                    or _word_in(tokens, g, ROLES.SPEECH) or _word_in(tokens, g, _ATTEND_OR_CHAIR) \
                    or _word_in(tokens, g, _HOST_VERBS):
                return False
            if strip_clitic(tokens[g].norm)[0] in _WISHES:
                return True
        return False

    def credited(k: int) -> bool:  # "لمقام خادم الحرمين الشريفين X", "بقيادة X": greeted or credited elsewhere
        g = _governor(tokens, people, k)
        return _greeted(tokens, g) or _word_in(tokens, g, ROLES.CREDITED)

    wished = [addressed(k) for k in firsts]
    return any(wished) and all(w or credited(k) for k, w in zip(firsts, wished, strict=True))


_WISHES = _CONGRATULATIONS | frozenset(fold(w) for w in (
    "تهنئتهم", "تهنئتنا", "تهانينا", "تبريكاتهم", "التعازي", "تعازي", "تعازيه", "تعازيها", "تعازيهم", "المواساة",
    "مواساة"))
"""Nouns of congratulating and of condoling (not of thanking): their addressees are wished well from afar."""
_WISHES_REACH = 70
"""How far back in its sentence the noun of wishes may stand from a later addressee of its list."""


def _sent_or_greeted(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "تسلم الملك رسالة من الرئيس X … ونقل المبعوث تحيات وتقدير الرئيس X", "بعد الموافقة من قبل X … ورفع شكره
    لصاحب السمو X": a person each of whose mentions is the sender of a message ("رسالة [خطية] من X"), the agent of a
    consent noun or right after a greeting word (his styles passed over) — mentions of different kinds — sent word or
    allowed the event and was not there (ext-t70; ``_author_or_sender``, ``_consented_only`` and ``_greeted_only``
    each want every mention of one kind)."""
    holder = _holder_of(a)
    firsts = _mentions(people, holder) if holder else []
    if len(firsts) < 2:
        return False
    own = {x for pm in people.persons if pm.name == holder for x in range(pm.first, pm.last)} \
        | {x for p in people.posts if p.holder == holder for x in range(p.first, p.last)}
    for k in firsts:
        g = _governor(tokens, people, k)
        m = g - 1
        if m >= 0 and tokens[m].norm in _WRITTEN:
            m -= 1
        if g > 0 and tokens[g].sent == tokens[k].sent and tokens[g].norm == fold("من") and m >= 0 \
                and _word_in(tokens, m, _MESSAGES):
            continue
        if g > 0 and tokens[g].sent == tokens[k].sent and _consent_at(tokens, g):
            continue  # "بعد الموافقة من قبل X": he allowed it
        if g >= 0 and tokens[g].sent == tokens[k].sent and _greeted(tokens, g):
            continue  # "رفع شكره لصاحب السمو X": thanked
        j = k - 1
        while j >= 0 and not _greeted(tokens, j) and (
                j in own or _style(tokens[j].norm, strip=False) or tokens[j].norm in PEOPLE.FILIATION
                or tokens[j].norm in PEOPLE.ROYAL_TITLES):
            j -= 1
        if j < 0 or not _greeted(tokens, j) or tokens[j].sent != tokens[k].sent:
            return False
    return True


def _may_come_only(tokens: list[Token], people: People, a: Agent) -> bool:
    """ "وأفاد المتحدث أن الرئيس X قد يعود إلى عدن في أي وقت", "الوزير X سيزور المحافظة": a person each of whose
    mentions (his names and offices passed over) is the subject of "قد" + an imperfect verb or of a future verb is
    told of as one who may come or will act later, not as present (ext-t70)."""
    holder = _holder_of(a)
    firsts = _mentions(people, holder) if holder else []
    if not firsts:
        return False
    own = {x for pm in people.persons if pm.name == holder for x in range(pm.first, pm.last)} \
        | {x for p in people.posts if p.holder == holder for x in range(p.first, p.last)}
    for k in firsts:
        x = k
        while x < len(tokens) and (x in own or tokens[x].norm in COMMAS) and tokens[x].sent == tokens[k].sent:
            x += 1
        if x >= len(tokens) or tokens[x].sent != tokens[k].sent or x + 1 >= len(tokens):
            return False
        nxt = tokens[x + 1].norm
        if not ((tokens[x].norm == _QAD and len(nxt) >= 4 and nxt[0] in "يت") or _future(tokens[x].norm)):
            return False
    return True


def _credited_from(tokens: list[Token], g: int) -> bool:
    """ "وفق التوجيهات الحكيمة من خادم الحرمين الشريفين X": "من" governs the mention, a noun of direction right
    before it or before its one adjective: credited, not present."""
    if _credited_by(tokens, g):
        return True
    return g > 0 and tokens[g].norm == _MIN and any(
        x >= 0 and tokens[x].sent == tokens[g].sent and _word_in(tokens, x, ROLES.CREDITED) for x in (g - 1, g - 2))


_BY_AGENT = frozenset({fold("قبل"), fold("لدن")})
_CREDITED_BY_REACH = 8


def _credited_by(tokens: list[Token], g: int) -> bool:
    """ "منوها بالاهتمام والدعم الكبير الذي يجده المجلس من قبل أمير المنطقة X" (ext-t37): "من قبل" / "من لدن"
    governs the mention and a noun of care or direction stands a few words before it in its clause (no stop
    between): the one named gives the support, he is credited, not present at the event."""
    if g < 1 or tokens[g].norm not in _BY_AGENT or tokens[g - 1].norm != _MIN:
        return False
    for x in range(g - 2, max(-1, g - 2 - _CREDITED_BY_REACH), -1):
        if tokens[x].sent != tokens[g].sent or tokens[x].is_punct:
            return False
        norm = tokens[x].norm
        bare = strip_clitic(norm)[0]
        if _word_in(tokens, x, ROLES.CREDITED) or bare.removeprefix("ال") in ROLES.CREDITED \
                or norm.removeprefix("و").removeprefix("ال") in ROLES.CREDITED:
            return True
    return False


def _greeted_before_and(tokens: list[Token], people: People, g: int, depth: int = 3) -> bool:
    """ "نقل تحيات الملك X، والأمير Y ولي العهد": a mention coordinated by و (its style "والأمير" governs it, a
    comma may come before) right after a greeted mention is greeted too."""
    if g < 1 or depth == 0 or tokens[g].norm[:1] != "و" or not _style(tokens[g].norm[1:], strip=False):
        return False
    j = g - 1 if tokens[g - 1].norm not in COMMAS else g - 2
    ends = {p.last - 1 for p in people.posts} | {m.last - 1 for m in people.persons}
    if j < 0 or j not in ends or tokens[j].sent != tokens[g].sent:
        return False
    first = min([m.first for m in people.persons if m.last - 1 == j]
                + [p.first for p in people.posts if p.last - 1 == j])
    before = _governor(tokens, people, first)
    return _greeted(tokens, before) or _greeted_before_and(tokens, people, before, depth - 1)


def _in_speech(tokens: list[Token], people: People, events: tuple[EventMention, ...], holder: str) -> bool:
    """ "استغرب X …، مؤكدا أن بقاء المستشارة الألمانية Y لست ولايات …": an office holder named only inside what
    someone says (after a speech verb or participle and its أن/إن, in the same sentence) and in none of the
    event's sentences is spoken of, not present."""
    firsts = _mentions(people, holder)
    if not firsts or any(tokens[k].sent in ev.sentences and not _event_also_said(tokens, events, k)
                         for k in firsts for ev in events):
        return False
    return all(_after_that(tokens, k, people) for k in firsts)


def _event_also_said(tokens: list[Token], events: tuple[EventMention, ...], k: int) -> bool:
    """ "وأفاد المتحدث أن الرئيس X قد يعود إلى عدن بعد أن أطلقتها زيارة رئيس الوزراء" (ext-t43): in the mention's
    sentence every cue of the events comes after the أن/إن the mention follows (the event too is only spoken of
    there), with no attendance or chairing word between that أن and the mention."""
    that = next((x for x in range(k - 1, max(-1, k - 25), -1)
                 if tokens[x].sent == tokens[k].sent and tokens[x].norm in _THAT), None)
    cues = [c for ev in events for c in ev.cues if tokens[c].sent == tokens[k].sent]
    if that is None or not cues or any(c < that for c in cues):
        return False
    return not any(tokens[x].norm in ROLES.ATTEND or strip_clitic(tokens[x].norm)[0] in ROLES.ATTEND
                   or in_words(tokens[x].norm, ROLES.CHAIR) for x in range(that + 1, k))


def _spoken_of_at(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "ترأس المحافظ الاجتماع، موضحا أن الأمير X اعتمد إقامة المعرض", "وقال X، في كلمة له في الحفل، إن … مسيرة
    الملك Y": every mention of the holder comes in what is said at the event (after a speech verb or participle
    and its أن/إن, an event noun of its sentence before them, no attendance or chairing word between); he is
    spoken of, not present ("موضحا أن الاجتماع حضره X" keeps X)."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    for k in firsts:
        that = next((x for x in range(k - 1, max(-1, k - 25), -1)
                     if tokens[x].sent == tokens[k].sent and tokens[x].norm in _THAT), None)
        if that is None or not _after_that(tokens, k, people):
            return False
        if any(tokens[x].norm in ROLES.ATTEND or strip_clitic(tokens[x].norm)[0] in ROLES.ATTEND
               or in_words(tokens[x].norm, ROLES.CHAIR) for x in range(that + 1, k)) \
                and not _in_construct(tokens, _governor(tokens, people, k)):
            return False  # "أن الاجتماع حضره X" (not "أن مشاركة Y تأتي امتدادا لمسيرة X": X in construct)
        if not any(tokens[c].sent == tokens[k].sent and cue_kind(tokens, c) for c in range(max(0, that - 30), that)):
            return False  # no event named before what is said
    return True


def _in_construct(tokens: list[Token], g: int) -> bool:
    """The word ``g`` governing a mention is a noun it is in construct with ("لمسيرة الملك X"): a word, neither an
    attendance cue nor a coordinating و, "من" ("كل من X") or أن."""
    if g < 0 or not tokens[g].is_word:
        return False
    w = tokens[g].norm
    return w[:1] != "و" and w not in ROLES.ATTEND and strip_clitic(w)[0] not in ROLES.ATTEND \
        and w not in _THAT and w != fold("من")


def _after_that(tokens: list[Token], k: int, people: People) -> bool:
    """A speech verb or participle, then أن/إن ("مؤكدا أن", "وقال إن", "مشيرا إلى أن"), before ``k`` in its sentence;
    the speaker may be named between them ("وأكد بن معمر أن الأمير X قد أصدر تعليماته"). A second that-clause joined by
    "و" ("كلمة أشار فيها إلى أن المجلس …، وأن مصروفاته تحملها X") goes on with what the first one's speaker says."""
    for x in range(k - 1, max(-1, k - 25), -1):
        if tokens[x].sent != tokens[k].sent:
            return False
        if tokens[x].norm in _AND_THAT:
            return _after_that(tokens, x, people)  # "أشار إلى أن …، وأن … X": the same speech goes on
        if tokens[x].norm in _THAT:
            before = x - 2 if x >= 2 and tokens[x - 1].norm in _ILA_ALA else x - 1  # "مشيرا إلى أن", "شدد على أن"
            if before >= 1 and tokens[before].norm in _RESUMPTIVES:
                before -= 1  # "كلمة أشار فيها إلى أن", "أكد خلالها أن": the speech the verb's pronoun is of
            if before >= 0 and not _word_in(tokens, before, ROLES.SPEECH) \
                    and not _word_in(tokens, before, ROLES.SPEECH_PARTICIPLES):
                # past the speaker's name and titles, or a surname of two or three words ("وأكد بن X أن"; not
                # "وأفادت مصادر يمنية أن", the narration's sources)
                before = next((y for y in range(x - 2, max(-1, x - 5), -1) if tokens[y].is_word
                               and tokens[y].sent == tokens[x].sent and _word_in(tokens, y, ROLES.SPEECH)
                               and all(tokens[z].is_word for z in range(y, x))
                               and _names_speaker(tokens, people, y + 1, _before_ila(tokens, x))),
                              _governor(tokens, people, _before_ila(tokens, x)))
            return (before >= 0 and (_word_in(tokens, before, ROLES.SPEECH)
                                     or _word_in(tokens, before, ROLES.SPEECH_PARTICIPLES))) \
                or _speaker_aside(tokens, people, x)
    return False


def _speaker_aside(tokens: list[Token], people: People, x: int) -> bool:
    """ "وقال X، في كلمة له في الحفل، إن …": أن/إن at ``x`` after an aside between commas, and before the aside a
    speech verb and the speaker's name."""
    if x < 2 or tokens[x - 1].norm not in COMMAS:
        return False
    c = next((y for y in range(x - 2, max(-1, x - 20), -1)
              if tokens[y].sent == tokens[x].sent and tokens[y].norm in COMMAS), None)
    return c is not None and any(
        tokens[y].sent == tokens[x].sent and _word_in(tokens, y, ROLES.SPEECH)
        and all(tokens[z].is_word for z in range(y, c)) and _names_speaker(tokens, people, y + 1, c)
        for y in range(c - 1, max(-1, c - 6), -1))


def _names_speaker(tokens: list[Token], people: People, a: int, b: int) -> bool:
    """Tokens ``a`` to ``b`` name a person: a name read there, a surname with بن ("بن X"), the last word of a
    name the text gives (after a rank: "وأشار المقدم X إلى أن"), or an office ("وأشار المتحدث الرسمي إلى أن",
    ext-t34)."""
    if any(pm.first >= a and pm.last <= b for pm in people.persons) or tokens[a].norm in PEOPLE.FILIATION:
        return True
    if b > a and any(p.first == a and p.last == b for p in people.posts):
        return True
    surnames = {fold(pm.name.split()[-1]) for pm in people.persons if len(pm.name.split()) > 1}
    if b - a == 2 and (tokens[a].norm in CHAINS.RANKS or tokens[a].norm in honorifics()):
        a += 1  # "وأكد المهندس X أن", "وأوضح الدكتور X أن": an honorific before the surname, like a rank (ext-t89)
    return b - a == 1 and strip_clitic(tokens[a].norm)[0] in surnames


def _before_ila(tokens: list[Token], x: int) -> int:
    """ "وأشار X إلى أن", "وشدد X على أن" (ext-t96): the speaker's words end before "إلى" or "على" (``x`` is أن)."""
    return x - 1 if x >= 1 and tokens[x - 1].norm in _ILA_ALA else x


_ILA_ALA = frozenset({"الي", "الى", "علي", "على"})
_RESUMPTIVES = frozenset(fold(w) for w in ("فيها", "فيه", "خلالها", "خلاله", "خلالهما"))


def _tells_of(tokens: list[Token], people: People, k: int, ev: EventMention) -> bool:
    """ "وأوضح رئيس اللجنة X أن … سوف يتم تدشين المركز": the mention at ``k`` is the speaker of its sentence and
    the event's cues there all come in what he says (after أن), none said at the event ("خلال الحفل", "هذه
    الزيارة"); "أكد الوزير، في رده على سؤال بمجلس المستشارين، أن …" speaks at the sitting."""
    if not _word_in(tokens, _governor(tokens, people, k), ROLES.SPEECH) and not _had_said(tokens, people, k):
        return False
    sent = tokens[k].sent
    that = next((x for x in range(k + 1, len(tokens)) if tokens[x].sent != sent or tokens[x].norm in _THAT), None)
    if _word_in(tokens, _governor(tokens, people, k), _APPEALS):
        that = k  # "ودعا X المبتعثين لزيارة موقع المؤتمر" (ext-t43): what he calls for follows his name, no أن
    if that is None or tokens[that].sent != sent:
        return False
    cues = [c for c in ev.cues if tokens[c].sent == sent]
    return bool(cues) and all(  # "قال X إن هذه الزيارة": what he says is about the event he speaks at
        c > that and not any((tokens[x].norm in ROLES.DURING and not _done_during(tokens, that, x))
                             or (tokens[x].norm in EVENTS.DEMONSTRATIVES and c - that <= 3)
                             for x in range(max(k, c - 3), c)) for c in cues)  # (not "أن … نجاح هذه الورشة")


def _speaks_after(tokens: list[Token], people: People, k: int, ev: EventMention) -> bool:
    """ "تفقد المدير X المركز، وأوضح رئيس اللجنة Y أن عدد …" (ext-t85): the mention at ``k`` is the speaker of a
    new clause ("و" + a verb of saying) that comes after a comma following every cue of the event in its
    sentence, and no [during] word nor a word of the occasion ("خلال", "عقب", "في") stands between the verb and
    what he says (after أن): a statement told beside the event, not a word said at it."""
    g = _governor(tokens, people, k)
    if g < 0 or tokens[g].norm[:1] != "و" or not _word_in(tokens, g, ROLES.SPEECH):
        return False  # the cheap test first: "وأوضح", "وقال", "وأكد"
    sent = tokens[k].sent
    cues = [c for c in ev.cues if tokens[c].sent == sent]
    if not cues or max(cues) >= g or not any(tokens[x].norm in COMMAS for x in range(max(cues) + 1, g)):
        return False
    that = _says_that(tokens, people, k, len(tokens))  # (its verb of saying is ``g``, read above)
    if that is None:
        return False
    return not any(tokens[x].norm in ROLES.DURING or tokens[x].norm == "في" or _word_in(tokens, x, _AT_OCCASION)
                   for x in range(g + 1, that))


def _done_during(tokens: list[Token], that: int, x: int) -> bool:
    """ "وأوضح المتحدث X أنه تم خلال الاجتماع بحث …" (ext-t53): the [during] word at ``x`` right after an impersonal
    verb inside what is said (after أن): he tells what was done at the event, he is not said to speak at it."""
    return that < x - 1 and tokens[x - 1].norm in _IMPERSONAL and tokens[x - 1].sent == tokens[x].sent


_APPEALS = frozenset(fold(w) for w in ("دعا", "دعت", "ناشد", "ناشدت"))


def _had_said(tokens: list[Token], people: People, k: int) -> bool:
    """ "وكان الرئيس X قد أعلن أنه …" (ext-t43): the mention at ``k`` after "كان", then "قد" and a speech verb right
    after the holder's names and offices: he is the speaker, told in background."""
    if not _word_in(tokens, _governor(tokens, people, k), _KANA):
        return False
    spans = [(m.first, m.last) for m in people.persons] + [(p.first, p.last) for p in people.posts]
    end = k
    while True:
        nxt = max((last for first, last in spans if first <= end < last), default=None)
        if nxt is None or nxt <= end:
            break
        end = nxt
    return end + 1 < len(tokens) and tokens[end].sent == tokens[k].sent and tokens[end].norm == fold("قد") \
        and _word_in(tokens, end + 1, ROLES.SPEECH)


def _to_be_filled(tokens: list[Token], p: PostMention) -> bool:
    """ "بمشاركة جميع الأعضاء … من أجل اختيار رئيس جديد للاتحاد" (ext-t65): an office no one holds right after a word
    of electing or appointing is the one to be filled, not an attendee."""
    return p.first > 0 and strip_clitic(tokens[p.first - 1].norm, "وبل")[0] in PEOPLE.APPOINTED


def _complement(tokens: list[Token], people: People, p: PostMention, cue: int) -> bool:
    """ "رئيس الأركان بمكتب وزير الدفاع X", "ونائب مساعد وزير الدفاع للشرق الأوسط Y": an office right after
    another office, after a ب-noun that is no cue, or after an [office_heads] noun completes another title."""
    prev = p.first - 1
    if prev <= cue or not tokens[prev].is_word or (p.start > tokens[p.first].start and tokens[p.first].norm[:1] == "و"):
        return False  # "…، ونائب الوزير": a new list item
    base, n = strip_clitic(tokens[prev].norm, "ب")
    after_ba = n == 1 and base not in ROLES.ATTEND and tokens[prev].norm not in ROLES.ATTEND \
        and cue_kind(tokens, prev) is None
    return after_ba or any(q.last == p.first for q in people.posts) or _word_in(tokens, prev, ROLES.OFFICE_HEADS)


def _said_at(tokens: list[Token], c: int) -> bool:
    """ "جاء ذلك خلال حفل المعايدة": the cue's sentence opens with [said_at] and a [during] word precedes it (or
    "في": "جاء ذلك في حفل المعايدة", ext-t43)."""
    o = next(i for i, t in enumerate(tokens) if t.sent == tokens[c].sent and t.is_word)
    opener = tokens[o]
    if strip_clitic(opener.norm)[0] not in ROLES.SAID_AT:
        return False
    if o + 1 < len(tokens) and o + 1 != c and tokens[o + 1].sent == opener.sent and cue_kind(tokens, o + 1):
        return False  # "وجاء توقيع الاتفاقية خلال لقاء …" (ext-t85): an event told, no statement said at it
    return any(
        tokens[k].norm in ROLES.DURING or tokens[k].norm == "في"
        for k in range(max(0, c - 3), c) if tokens[k].sent == tokens[c].sent)


def _nationality(tok: Token) -> bool:
    """ "الأمريكي", "الفرنسية": an adjective of nationality (definite, ending in ي or ية)."""
    return tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه")) and len(tok.norm) > 4


def _co_chair(tokens: list[Token], k: int) -> bool:
    """ "تحت الرئاسة المشتركة لـX ونظيره Y": the chair is X, the other co-chair takes part."""
    return k > 0 and tokens[k].norm in ROLES.JOINT and strip_clitic(tokens[k - 1].norm)[0] in ROLES.PRESIDENCY


_MET_NOUNS = frozenset(fold(w) for w in ("لقاء", "اجتماع", "لقائه", "اجتماعه", "لقائها", "اجتماعها", "التقاء",
                                         "التقائه", "لقاءه", "اجتماعات"))
_MET_AT_REACH = 4


def _met_at_cue(tokens: list[Token], p: PostMention, ev: EventMention) -> bool:
    """ "الاجتماع الذي أعقب لقاء المسؤول الأمريكي برئيس الوزراء X" (ext-t133): an office read behind "ب" a few words
    after a meeting noun that is a cue of the event (its subject between) is the one met there, no mere mention."""
    first = tokens[p.first]
    if not (p.start > first.start and first.norm[:1] == "ب"):
        return False
    return any(p.first - _MET_AT_REACH <= c < p.first and tokens[c].sent == first.sent and tokens[c].norm in _MET_NOUNS
               for c in ev.cues)


def _oblique(tokens: list[Token], p: PostMention, people: People | None = None) -> bool:
    """An office holder named as the object of a preposition ("اللقاءات التي تجمعها بوزير الصحة، X",
    "زيارة مزعومة لرئيس الوزراء X", "رسالة تحيات من X، رئيس …") is mentioned, not attending (attendance
    cues are read separately)."""
    first = tokens[p.first]
    if p.start > first.start and first.norm[:1] in "بل":
        return True  # the title was read behind a clitic
    for pm in people.persons if people is not None else []:
        if pm.name == p.holder and pm.first > 0 and (pm.last in (p.first, p.first - 1) or (
                pm.last == p.first - 2 and tokens[pm.last].norm in PEOPLE.FILIATION)):  # "… الثاني بن Y ملك …"
            b = pm.first - 1  # "تلبية لدعوة من جلالة الملك X بن Y ملك …": past the styles before the name
            while b > 0 and (_style(tokens[b].norm, strip=False) or tokens[b].norm in PEOPLE.ROYAL_TITLES
                             or tokens[b].norm in PEOPLE.KING):
                b -= 1
            before = tokens[pm.first - 1].norm
            return before in ROLES.SENDER_PREPS or tokens[b].norm in ROLES.SENDER_PREPS or (
                pm.start > tokens[pm.first].start and tokens[pm.first].norm[:1] in "بل")
    return False


_WELCOMED = frozenset(fold(w) for w in ("رحب", "رحبت", "ورحب", "ورحبت"))
_OUTCOMES = frozenset(fold(w) for w in ("إعلان", "نتائج", "قرار", "قرارات", "اتفاق", "بيان", "مخرجات", "توقيع",
                                        "موافقة", "إقرار", "خطوة"))
_WELCOMED_REACH = 20


def _welcomed_outcome(tokens: list[Token], g: int) -> bool:
    """ "رحب الأمين العام للجامعة X بإعلان القاهرة الصادر في ختام زيارة …": the verb at ``g`` welcomes an event's
    outcome (a declaration, results, a decision, an agreement), not the guests of an event he hosts ("رحب الأمير
    بضيوف الحفل")."""
    if g < 0 or tokens[g].norm not in _WELCOMED:
        return False
    for x in range(g + 1, min(len(tokens), g + _WELCOMED_REACH)):
        if tokens[x].sent != tokens[g].sent:
            return False
        norm = tokens[x].norm
        if norm[:1] == "ب" and len(norm) > 3:
            rest = norm[1:]
            return rest in _OUTCOMES or (rest.startswith("ال") and rest[2:] in _OUTCOMES)
    return False


def _welcomes_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """An office holder first named welcoming an event's outcome ("رحب … X بإعلان القاهرة الصادر في ختام زيارة
    …") and named in the event's sentences only so, or as the one who tells of it ("واعتبر X أن مباحثات …"), reacts
    to the event from afar: he takes no part in it (ext-t46)."""
    firsts = _mentions(people, holder)
    if not firsts or not _welcomed_outcome(tokens, _governor(tokens, people, firsts[0])):
        return False
    surname = fold(holder.split()[-1])
    inside = {k for pm in people.persons if pm.name == holder for k in range(pm.first + 1, pm.last)}
    named = [*firsts, *(k for k in candidates(tokens, frozenset({surname})) if (
        tokens[k].norm == surname or strip_clitic(tokens[k].norm)[0] == surname)
                        and k not in inside and not (k > 0 and tokens[k - 1].article))]  # (not "العمل العربي")
    return all(tokens[k].sent not in ev.sentences or _tells_of(tokens, people, k, ev)
               or _welcomed_outcome(tokens, _governor(tokens, people, k)) for k in named)


# fpart2 (tenth session): an office holder named only in passing beside the event
_PASSING_PREPS = frozenset(fold(w) for w in ("من", "عن", "على", "إلى", "الى", "حول", "ضد", "بشأن", "تجاه"))
_LADA = fold("لدى")
_PASSING_NOUNS = frozenset(fold(w) for w in ("طرف", "فضل", "عهد", "حكم", "نظام", "استمرار", "ترشح", "انتخاب", "عزل",
                                             "رحيل", "دعم", "تأييد", "حزب", "نجل", "اسم", "مقتل", "اغتيال", "موقف",
                                             "تنحي", "إسقاط", "خلف", "سلف", "عصر"))
_PARTAKING_NOUNS = frozenset(fold(w) for w in (
    "زيارة", "رئاسة", "رعاية", "مشاركة", "حضور", "استقبال", "ضيافة", "صحبة", "معية", "جانب", "رفقة",
    "مرافقة", "كلمة", "خطاب", "استضافة", "مأدبة", "توقيع", "وصول", "ترؤس", "تكريم", "تشريف", "قيادة", "إشراف",
    "افتتاح", "تدشين", "لقاء", "اجتماع", "تهنئة", "توجيه", "توجيهات", "إيعاز", "أمر", "وداع", "تحية", "ترحيب",
    "عودة", "قدوم", "مجيء", "مقدمة", "مقدم"))
_PASSING_REACH = 3


def _partaking_word(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is a word of meeting, attending, chairing, visiting or speaking (or an event's cue)."""
    norm = tokens[i].norm
    base = strip_clitic(norm)[0]
    return norm in _ATTENDANCE_WORDS or base in _ATTENDANCE_WORDS or norm in ROLES.WITH or base in ROLES.WITH \
        or norm in _PARTAKING_NOUNS or base in _PARTAKING_NOUNS or norm in ROLES.RECEIVE or norm in _GRACED \
        or cue_kind(tokens, i) is not None


def _construct_noun(tok: Token) -> bool:
    """ "لمناشدة", "منتقدي", "ترشح": a noun in the construct state before a name (no article, no clitic ب; a feminine
    ending, a sound plural's construct "مـ…ي", or a noun of a short list), which no verb is."""
    if tok.article or tok.norm[:1] == "ب":
        return False
    base = strip_clitic(tok.norm)[0]
    surface = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return surface.endswith("ة") or base in _PASSING_NOUNS or tok.norm in _PASSING_NOUNS \
        or (len(base) >= 5 and base[:1] == "م" and base.endswith("ي"))


def _in_passing(tokens: list[Token], people: People, k: int) -> bool:
    """The mention at ``k`` is the complement of a construct noun, or of a preposition after one, that is no word of
    meeting, attending or chairing ("لدعوة الرئيس X", "منتقدي الرئيس X", "عن تأييده للرئيس X", "لدى الرئيس X حق
    النقض"); not an item of a list of names, whose head governs it ("بحضور كل من X، وY"), nor past a word of
    meeting, arriving or presenting just before ("عودة الرئيس X", "هدية مقدمة من الوزير X")."""
    g = _governor(tokens, people, k)
    if g < 1 or tokens[g].sent != tokens[k].sent or _partaking_word(tokens, g):
        return False
    holder = next((m.name for m in people.persons if m.first == k), None)
    if any(g < m.first < k and m.name != holder for m in people.persons) \
            or any(g < m.first < k and m.holder != holder for m in people.posts):
        return False  # a list's item, another's office
    if any(_partaking_word(tokens, x) for x in range(max(0, g - _PASSING_REACH), g)
           if tokens[x].sent == tokens[g].sent):
        return False  # "لقاء جمعه بـ…"
    if tokens[g].norm == _LADA:
        return True  # "لدى الرئيس X حق النقض"
    j = g + 1  # the mention's chain of styles and titles behind ل: "عن تأييده للرئيس X"
    if tokens[j].norm[:1] == "ل" and strip_clitic(tokens[j].norm)[0] != tokens[j].norm \
            and not any(tokens[x].norm in COMMAS for x in range(j, k)):
        norm = tokens[g].norm
        bare = next((norm[:-len(s)] for s in _OBJECT_PRONOUNS if norm.endswith(s)), norm)
        return _construct_noun(tokens[g]) or bare in _PASSING_NOUNS
    if tokens[g].norm in _PASSING_PREPS:
        g -= 1  # "مناشدة من الرئيس X"
        if tokens[g].sent != tokens[k].sent or _partaking_word(tokens, g):
            return False
    return _construct_noun(tokens[g])


def _in_passing_only(tokens: list[Token], people: People, holder: str) -> bool:
    """An office holder each of whose mentions is the complement of a noun or a preposition that says nothing of
    meeting, attending or chairing ("دعوة الرئيس X إلى", "منتقدي الرئيس X", "ترشح الرئيس X") is named beside
    the event, not at it: no subject of its verbs, no guest, no one listed as present (fpart2)."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(_in_passing(tokens, people, k) for k in firsts)


# part12 (fifteenth session): an office holder named only in a paragraph of another matter
_PARAGRAPH_ENDS = frozenset({".", "!", "?", "؟", ";", "؛", "•"})


def _paragraphs(tokens: list[Token]) -> list[int]:
    """The paragraph index of each token. A line break leaves no token but opens a sentence: a sentence opened with
    no sentence-final mark before it, or one past a mark whose line also ends (two breaks counted at once), opens a
    paragraph ("… في الرياض.\\nوكان الرئيس X قد …")."""
    out: list[int] = []
    para = 0
    for k, tok in enumerate(tokens):
        if k and (tok.sent - tokens[k - 1].sent >= 2
                  or (tok.sent != tokens[k - 1].sent and tokens[k - 1].norm not in _PARAGRAPH_ENDS)):
            para += 1
        out.append(para)
    return out


def _other_paragraph_only(tokens: list[Token], people: People, ev: EventMention, chair: Agent | None,
                          paras: list[int], holder: str) -> bool:
    """ "… وبحث الجانبان العلاقات الثنائية.\\nمن ناحية أخرى، وصل الرئيس X أمس إلى طهران.": an office holder every
    mention of whom stands in a paragraph (a line of its own) holding none of the event's sentences or cues, no
    mention of its chair or its body (nor his surname alone: "وأضاف X خلال الاجتماع"), and no word of any event, of
    meeting, attending, receiving or seeing off ("كما كان في استقبال سموه", "واطلع معاليه خلال الجولة"), is named
    in another story of the article or its background, not stated at the event. Only when a paragraph opening on
    another matter ("ومن جهة أخرى،", "وعلى صعيد آخر") stands between his and the event's: one that follows the event
    with none ("بدوره، قال X"), or a lead before it ("… X.\\nجاء ذلك خلال الحفل"), goes on with its story.
    A paragraph that itself opens on another matter tells its own story: the attending there is at another event
    ("\\nعلى صعيد آخر، استضافت الأمانة ورشة عمل بحضور X": part24).
    Not an officer of the event's body ("رئيس اللجنة"), nor one whose office alone is named in the event's
    paragraphs ("وقال الناطق الرسمي باسم الحكومة خلال الندوة")."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    ours = {paras[k] for k, tok in enumerate(tokens) if tok.sent in ev.sentences} | {paras[c] for c in ev.cues}
    if chair is not None:
        ours |= {paras[k] for k in agent_mentions(people, chair)}
    if ev.body is not None:
        ours.add(paras[ev.body.first])
    surname = fold(holder.split()[-1])  # "وأضاف X في مؤتمر صحفي": named by his surname at the event
    if any(paras[k] in ours for k in firsts) or any(
            paras[k] in ours and surname in (tok.norm, strip_clitic(tok.norm)[0]) for k, tok in enumerate(tokens)):
        return False
    if ev.body is not None and any(p.holder == holder and fold(ev.body.name) in fold(p.title) for p in people.posts):
        return False  # "وعبر رئيس اللجنة X عن شكره": the body's own officer
    titles = {fold(p.title) for p in people.posts if p.holder == holder}
    if any(paras[p.first] in ours and fold(p.title) in titles for p in people.posts):
        return False  # "وقال الناطق الرسمي باسم الحكومة خلال الندوة": his office alone at the event
    theirs = {paras[k] for k in firsts}
    if not all(_topic_shift_between(tokens, paras, para, ours) for para in theirs):
        return False  # "بدوره، قال X …", "… X.\\nجاء ذلك خلال الحفل": the event's story goes on
    own_story = {p for p in theirs if _opens_on_another_matter(tokens, paras, p)}  # part24
    return not any(paras[k] in theirs - own_story and (_partaking_word(tokens, k) or _partaking_noun(tokens[k]))
                   for k in range(len(tokens)))


_TOPIC_SIDES = _MATTER | frozenset(fold(w) for w in ("جهة", "ناحية", "صعيد"))
_TOPIC_OPENING = 4
"""How many words into its paragraph a topic shift ("ومن جهة أخرى،", "وعلى صعيد آخر،") stands."""


def _opens_on_another_matter(tokens: list[Token], paras: list[int], para: int) -> bool:
    """Paragraph ``para`` opens on another matter: "ومن جهة أخرى"، "من ناحية أخرى"، "وعلى صعيد آخر"، "وفي سياق آخر"."""
    first = paras.index(para)
    return any(_word_in(tokens, x, _TOPIC_SIDES) and x + 1 < len(tokens) and tokens[x + 1].norm in _ANOTHER
               for x in range(first, min(len(tokens), first + _TOPIC_OPENING)) if paras[x] == para)


def _topic_shift_between(tokens: list[Token], paras: list[int], para: int, ours: Collection[int]) -> bool:
    """A paragraph opening on another matter stands between paragraph ``para`` and the nearest of the event's
    paragraphs before it (``para`` itself included), or, before them all, between it and the first (that one
    included): "ووجه الوزير X …\\nمن جهة أخرى، عقدت اللجنة اجتماعها …"."""
    before = [p for p in ours if p < para]
    span = range(max(before) + 1, para + 1) if before else range(para + 1, min(ours) + 1)
    return any(_opens_on_another_matter(tokens, paras, p) for p in span)


def _partaking_noun(tok: Token) -> bool:
    """ "الاستقبال", "وداعه", "بالزيارة": a noun of meeting, receiving or seeing off (``_PARTAKING_NOUNS``) behind
    the article or before a pronoun, which ``_partaking_word`` reads bare only."""
    for word in (tok.norm, strip_clitic(tok.norm)[0]):
        base = word.removeprefix("ال") if len(word) > 4 else word
        if base in _PARTAKING_NOUNS or any(base.endswith(s) and base[:-len(s)] in _PARTAKING_NOUNS
                                           for s in _OBJECT_PRONOUNS):
            return True
    return False


# part3 (tenth session): the other party's signer
_FOR_SIDE = frozenset(fold(w) for w in ("عن", "جانب"))
_SIGNER_REACH = 16
"""How many words after the signing word the signer's name may stand."""


def _signed_for_a_side(tokens: list[Token], people: People, ev: EventMention) -> list[Agent]:
    """ "ووقعها من جانب البلد الآخر مندوبه الدائم السفير X", "وقام بالتوقيع عن الطرف الآخر X": at a signing, the
    first person named within a few words after a signing word of the event's sentences, "عن" or "(من) جانب" (for a
    side) standing between, signed for that side: he takes part."""
    if ev.kind != "signing":
        return []
    out: list[Agent] = []
    for k, tok in enumerate(tokens):
        if tok.sent not in ev.sentences or not any(
                w in AGREEMENTS.SIGN or strip_clitic(w)[0] in AGREEMENTS.SIGN
                for w in (tok.norm, tok.norm[:-2] if tok.norm.endswith(fold("ها")) else tok.norm)):
            continue
        end = min(len(tokens), k + _SIGNER_REACH)
        side = next((x for x in range(k + 1, end) if tokens[x].sent == tok.sent and tokens[x].norm in _FOR_SIDE),
                    None)
        if side is None:
            continue
        pm = min((m for m in people.persons if side < m.first < end and tokens[m.first].sent == tok.sent),
                 key=lambda m: m.first, default=None)
        if pm is not None and not any(tokens[x].norm in _FOR_SIDE for x in range(side + 1, pm.first)):
            out.append(person_agent(people, pm))
    return out


# part13 (sixteenth session): an office holder named only sentences away from the event
_FAR_SENTENCES = 3
"""How many sentences from the sentence of the event's first cue an office holder's every mention must stand for the
default to leave him out (``_far_sentences_only``)."""


def _far_sentences_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "استقبل الوزير أمس السفير X. … (three sentences on) وقال وزير الخارجية Y للصحافيين إن …": an office holder
    whose every mention (by name, by office, or by his surname alone) stands in none of the event's sentences and at
    least ``_FAR_SENTENCES`` sentences before or after the sentence of its first cue is told of in another part of
    the story (a statement, a background line, another meeting), not stated at the event. Not when a sentence naming
    him holds a word of attending, accompanying, receiving or seeing off ("وحضر الاستقبال …", "وكان في وداعه …": a
    long report's guest list), nor when he speaks there ("من جهته، أوضح X", "واستعرض X", "بعدها تحدث X": the event's
    speakers, told one after another) unless to the press ("قال X للصحافيين", "في تصريح لـ«الصحيفة»", "عبر حسابه في
    تويتر"), nor at an assembly ("من جهته، أكد X" told far into a conference's report)."""
    if ev.kind == "assembly" or not ev.cues:
        return False
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    surname = fold(holder.split()[-1])
    marks = [*firsts, *(k for k, tok in enumerate(tokens) if surname in (tok.norm, strip_clitic(tok.norm)[0]))]
    order = {s: i for i, s in enumerate(sorted({tok.sent for tok in tokens}))}  # (a line break skips a number)
    lead = order[tokens[min(ev.cues)].sent]
    if any(tokens[k].sent in ev.sentences or abs(order[tokens[k].sent] - lead) < _FAR_SENTENCES for k in marks):
        return False
    theirs = {tokens[k].sent for k in marks}
    if any(_attending_word(tok) for tok in tokens if tok.sent in theirs):
        return False
    return not any(_speaking_word(tok) for tok in tokens if tok.sent in theirs) \
        or any(_press_word(tokens, x) for x in range(len(tokens)) if tokens[x].sent in theirs)


_ITEM_VERBS = frozenset(fold(w) for w in (
    "افتتح", "افتتحت", "نظم", "نظمت", "اختتم", "اختتمت", "احتفى", "احتفت", "احتفل", "احتفلت", "نفذ", "نفذت", "دشن",
    "دشنت", "أقام", "أقامت", "عقد", "عقدت", "رعى", "رعت", "كرم", "كرمت", "زار", "زارت", "استقبل", "استقبلت"))


def _next_item_only(people: People, start: int | None, holder: str) -> bool:
    """(r20) "افتتح محافظ X مهرجان … . نظمت جمعية Y حفل … بحضور وكيل المحافظة Z. اختتمت في محافظة W فعاليات …": a
    roundup of separate news items, each opening its sentence with a bare perfect verb of holding, opening or
    organising, with no "و" to go on from the sentence before, the event's own sentence too; an office holder named
    only from the first such sentence after the event's own (its verb at ``start``, from ``_next_item``) is at a
    later item, not at this event."""
    if start is None:
        return False
    marks = _mentions(people, holder)
    return bool(marks) and all(k > start for k in marks)


_EVENT_SAID_AGAIN = frozenset(fold(w) for w in (
    "المعرض", "الحفل", "المهرجان", "الملتقى", "الاجتماع", "اللقاء", "الفعاليات", "الفعالية", "الدورة", "الندوة",
    "الورشة", "المؤتمر", "المنتدى", "البرنامج", "الحملة", "المسابقة", "الاحتفال", "الاحتفالية", "المركز"))
"""(r20) "نظم المركز معرض X … . افتتح المعرض فلان …": the verb's object the event said again, the same story."""


def _next_item(tokens: list[Token], ev: EventMention) -> int | None:
    """The bare perfect verb that opens the first later item of a roundup (``_next_item_only``), or None."""
    if not ev.cues:
        return None
    lead = tokens[min(ev.cues)].sent
    first = next(k for k, tok in enumerate(tokens) if tok.sent == lead)
    if tokens[first].norm not in _ITEM_VERBS:
        return None  # (the event's own sentence opens the same way: not a headline or a caption before the story)
    return next((k for k in range(first + 1, len(tokens) - 1) if tokens[k].sent > lead
                 and tokens[k - 1].sent != tokens[k].sent and tokens[k].norm in _ITEM_VERBS
                 and tokens[k + 1].norm not in _EVENT_SAID_AGAIN), None)


_AT_EVENT_WORDS = _ATTENDANCE_WORDS | ROLES.ACCOMPANYING | _GRACED | ROLES.RECEIVE | ROLES.RECEPTION \
    | EVENTS.RECEPTION_NOUN | _FAREWELL


def _attending_word(tok: Token) -> bool:
    """ "وحضر", "برفقة", "المرافق", "استقبل", "استقباله", "وداعه": a word of attending, accompanying, receiving or
    seeing off, bare or behind a clitic."""
    return tok.norm in _AT_EVENT_WORDS or strip_clitic(tok.norm)[0] in _AT_EVENT_WORDS


_SPEAKING = ROLES.SPEECH | ROLES.SPEECH_PARTICIPLES | ROLES.PRESENT_VERBS | _SPEECH_NOUNS | frozenset(
    fold(w) for w in ("تحدث", "تحدثت", "استعرض", "استعرضت", "عرض", "عرضت", "شرح", "شرحت", "ألقى", "ألقت"))
_PRESS_WORDS = _OUTLETS | _SHARE_SITES | _PRESS_ADJ | frozenset(
    fold(w) for w in ("للصحافيين", "للصحفيين", "للصحافة", "للإعلاميين", "لوسائل", "للتلفزيون", "حسابه", "حسابها"))


def _speaking_word(tok: Token) -> bool:
    """ "وقال", "أوضح", "مؤكدا", "واستعرض", "كلمة": a word of saying, presenting or speaking, bare or behind "و"."""
    return tok.norm in _SPEAKING or strip_clitic(tok.norm, "و")[0] in _SPEAKING


def _press_word(tokens: list[Token], x: int) -> bool:
    """Token ``x`` tells a statement went to the press: "لـ«الصحيفة»" or "لـ(الوكالة)" (``ل`` and an opening mark),
    "للصحافيين", "لوكالة", "الإذاعة", "صحفي", "تويتر", "عبر حسابه"."""
    norm = tokens[x].norm
    if norm == "ل" and x + 1 < len(tokens) and tokens[x + 1].norm in _OPEN_MARKS | OPEN_QUOTES:
        return True
    return norm in _PRESS_WORDS or strip_clitic(norm, "لو")[0] in _PRESS_WORDS


# part14 (sixteenth session): office holders the default took from another meeting or a post online
_MEETING_WORDS = EVENTS.MET_OR_GATHERED | EVENTS.RECEIVED | frozenset(fold(w) for w in (
    "لقاء", "لقائه", "لقائها", "لقائهم", "استقباله", "استقبالها", "اجتماعه", "اجتماعها"))
"""Words of meeting or receiving, as written or after و/ب/ل/ف ("والتقى", "بعد لقائه", "كان في استقباله")."""
_ONLINE_WORDS = frozenset(fold(w) for w in (
    "تويتر", "تغريدة", "تغريدات", "تغريدته", "تغريدتها", "غرد", "غردت", "حسابه", "حسابها", "سناب", "فيسبوك"))
"""Words of a post online ("قال عبر حسابه على تويتر", "في تغريدة", "وغرد الوزير")."""


def _met_another_only(tokens: list[Token], people: People, ev: EventMention, chair: Agent | None,
                      chair_names: Collection[str], holder: str) -> bool:
    """ "هيمن الملف على اللقاء الذي جمع الوزير A مع B … . والتقى B أمس في الدوحة الرئيس الأسبق X" (part14): at an
    event with a named chair, a named office holder each of whose mentions stands outside the sentence of the event's
    first cue, in a sentence with a word of meeting or receiving that names (by name or surname) another of the people
    of that first sentence, not the chair, and names neither the chair (by name, shorter name or surname) nor a word
    of attending, met that one at another meeting the article tells of; he is not stated at this one (co-guests of
    one reception name no one of the event's sentence, and stay)."""
    firsts = _mentions(people, holder)
    if not firsts or chair is None or not (chair.person or (chair.post and chair.post.holder)) or not ev.cues:
        return False  # (a chair read as an office alone, "نائب الملك", may be anyone named: left)
    own = {holder} | {p.title for p in people.posts if p.holder == holder}
    surnames = {fold(n.split()[-1]) for n in chair_names if n}
    first_sent = tokens[ev.cues[0]].sent
    lead = range(sentence_start(tokens, ev.cues[0]), sentence_end(tokens, ev.cues[0]))
    at_event = {pm.name for pm in people.persons if tokens[pm.first].sent == first_sent} | {
        pm.name for pm in people.persons for x in lead
        if tokens[x].norm == fold(pm.name.split()[-1])}  # (the event's own people, by name or surname)
    for k in firsts:
        sent = tokens[k].sent
        if sent == first_sent:
            return False
        span = range(sentence_start(tokens, k), sentence_end(tokens, k))
        words = [tokens[x].norm for x in span]
        bare = [strip_clitic(w, "وبلف")[0] for w in words]
        if not any(w in _MEETING_WORDS or b in _MEETING_WORDS for w, b in zip(words, bare, strict=True)):
            return False
        if any(w in _ATTENDANCE_WORDS or b in ROLES.ATTEND or b in surnames for w, b in zip(words, bare, strict=True)):
            return False
        named = {pm.name for pm in people.persons if tokens[pm.first].sent == sent} | {
            p.holder for p in people.posts if p.holder and tokens[p.first].sent == sent}
        if any(_short_for(n, chair_names) for n in named):
            return False  # "وكان الأمير محمد بن نايف وصل …": the chair named by a shorter name
        named |= {pm.name for pm in people.persons if fold(pm.name.split()[-1]) in {*words, *bare}}
        others = {n for n in named - own - set(chair_names) if n in at_event}
        if not others:
            return False
    return True


def _short_for(name: str, names: Collection[str]) -> bool:
    """``name`` and one of ``names`` open on the same two words ("محمد بن نايف" for "محمد بن نايف بن عبدالعزيز")."""
    head = name.split()[:2]
    return len(head) == 2 and any(n.split()[:2] == head for n in names if n)


def _posted_online_only(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "ووجه الوزير X كلمات إلى الشهداء عبر حسابه الرسمي على تويتر" (part14): a named office holder each of whose
    mentions stands outside the event's sentences, in a sentence that tells of a post online (تويتر، تغريدة، حسابه),
    spoke there, not at the event."""
    def online(k: int) -> bool:
        span = range(sentence_start(tokens, k), sentence_end(tokens, k))
        return any(tokens[x].norm in _ONLINE_WORDS or strip_clitic(tokens[x].norm, "وبلف")[0] in _ONLINE_WORDS
                   for x in span)

    return _every_mention_outside(tokens, people, holder, ev.sentences, online)


def _speaks_of_scheduled(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """ "من المقرر أن ينطلق مؤتمر X في قطر الشهر المقبل … . ويأتي عقد المؤتمر بالتعاون مع … . من جهته، قال الأمين
    العام للمركز Y إن …" (part14): in a text whose first sentence opens on "من المقرر/المنتظر/المتوقع أن" and a verb of
    holding or opening in the imperfect ("ينطلق", "يعقد", "تقام"), a named office holder each of whose mentions is
    the speaker of a verb of saying in another sentence tells of the event before it happens; he is not stated as
    taking part, unless a sentence of his speaks at it ("خلال المؤتمر")."""
    if not ev.cues or not tokens:
        return False
    x = 0
    while x < min(len(tokens), 4) and not tokens[x].is_word:
        x += 1
    if not (x + 3 < len(tokens) and tokens[x].norm == "من" and tokens[x + 1].norm in _SCHEDULING
            and tokens[x + 2].norm in _THAT and tokens[x + 3].sent == tokens[x].sent
            and (strip_clitic(tokens[x + 3].norm, "و")[0] in _ANNOUNCING or tokens[x + 3].norm in _SCHEDULED_VERBS)):
        return False
    return _speaker_apart_only(tokens, people, holder, x)


_SCHEDULED_VERBS = frozenset(fold(w) for w in ("ينطلق", "تنطلق", "يعقد", "تعقد", "يقام", "تقام", "يفتتح", "تفتتح",
                                               "يبدأ", "تبدأ"))
"""Imperfect verbs that open a scheduled occasion after "من المقرر أن" ("أن تنطلق أعمال المؤتمر")."""


def _one_holder_per_office(agents: list[Agent]) -> list[Agent]:
    """ "اللقاء الذي جمع … وزير الخارجية الروسي سيرغي لافروف … . وقال وزير الخارجية الروسي سيرجي لافروف",
    "وزير التعليم عزام بن محمد الدخيل … وزير التعليم عزام بن الدخيل" (part14): two participants holding the same office
    (word for word, folded) whose names begin and end alike (``_one_man``) are one man spelt twice; the first is
    kept."""
    out: list[Agent] = []
    for a in agents:
        if not any(_one_man(a, b) for b in out):
            out.append(a)
    return out


def _one_man(a: Agent, b: Agent) -> bool:
    """``a`` and ``b`` are named persons with one office title of two words or more, one last name and one first
    name but for a letter ("سيرغي"/"سيرجي"), under two spellings (brothers of one office stay two)."""
    if a.person is None or b.person is None or a.post is None or b.post is None or a.person.name == b.person.name \
            or len(a.post.title.split()) < 2 or fold(a.post.title) != fold(b.post.title):
        return False
    x, y = (fold(m.name).split() for m in (a.person, b.person))
    return x[-1] == y[-1] and len(x[0]) == len(y[0]) and sum(c != d for c, d in zip(x[0], y[0], strict=True)) <= 1


_BLESSING_VERBS = frozenset(fold(w) for w in ("بارك", "باركت", "يبارك", "تبارك", "هنأت", "يهنئ", "تهنئ"))
"""Verbs of congratulating, read with their dative "ل" right after them ("وبارك للأمير X"); not "هنأ", which folds
to "هنا" (here)."""


def _blessed_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "وبارك رئيس اللجنة للأمير X هذا المنجز", "هنأ الحضور لوزير X" (all2): a named office holder each of whose
    mentions opens, past its styles, on the dative "ل" right after a verb of congratulating (and no word of attending
    a few words after him) is congratulated from afar, not stated as taking part; his other mentions may be greeted
    or credited ("ومقدما تهنئة سمو X")."""
    firsts = _mentions(people, holder)
    if not firsts:
        return False
    blessed = False
    for k in firsts:
        g = _governor(tokens, people, k)
        if g < 0 or tokens[g].sent != tokens[k].sent:
            return False
        if tokens[g].norm.removeprefix("و") in _BLESSING_VERBS and g + 1 <= k \
                and tokens[g + 1].text[:1] == "ل" and not any(
                    _word_in(tokens, y, ROLES.ATTEND) for y in range(k + 1, min(len(tokens), k + _ATTENDED_REACH))
                    if tokens[y].sent == tokens[k].sent):
            blessed = True
        elif not (_greeted(tokens, g) or _word_in(tokens, g, ROLES.CREDITED)):
            return False
    return blessed


_SHADOW = fold("ظل")
_CONGRATULATING = _BLESSING_VERBS | frozenset(fold(w) for w in (
    "هنأ", "التهاني", "التهنئة", "تهانيه", "تهنئته", "بالتهنئة", "بالتهاني", "التبريكات"))
_CONGRATULATING_VERBS = _BLESSING_VERBS | {fold("هنأ")}
_FORMULA_WORDS = frozenset(fold(w) for w in (
    "قيادة", "توجيهات", "توجيه", "دعم", "رعاية", "اهتمام", "عناية", "متابعة", "حكومة", "ولاة", "الأمر", "إشراف",
    "الرشيدة", "الحكيمة", "الكريمة", "الكريم", "السديدة", "المباشرة", "المباشر", "سمو", "سموه",
    # the styles of the King and his heirs, written out between the names ("وسمو ولي عهده الأمين صاحب السمو الملكي")
    "ولي", "عهده", "العهد", "الأمين", "صاحب", "السمو", "الملكي", "الأمير", "الملك", "خادم", "الحرمين", "الشريفين"))
_FORMULA_REACH = 80


def _in_a_formula_only(tokens: list[Token], people: People, holder: str) -> bool:
    """ "… تأتي في ظل توجيهات خادم الحرمين الشريفين X وسمو ولي عهده الأمين Y", "وهنأ الأمين العام خادم الحرمين
    الشريفين X ولولي عهده الأمين Y بعيد الفطر": an office holder every mention of whom stands in the list that a
    formula of leadership ("في ظل قيادة / توجيهات / دعم …") or of congratulation ("هنأ", "رفع التهاني") opens, with
    nothing between but that formula's nouns, the others named in it, their styles, honorifics and prayers, commas and
    conjunctions (and a dative "ل"), is named as the country's leadership or as the one congratulated, not stated at
    the event."""
    firsts = _mentions(people, holder)
    return bool(firsts) and all(_in_a_formula(tokens, people, k, holder) for k in firsts)


def _in_a_formula(tokens: list[Token], people: People, k: int, holder: str | None) -> bool:
    """The mention at ``k`` stands in the list a formula of leadership or of congratulation opens (see
    :func:`_in_a_formula_only`); ``holder``, the mention's person (None for an unheld office)."""
    spans = [(m.first, m.last) for m in people.persons] + [(p.first, p.last) for p in people.posts]
    styles = honorifics()
    j = k - 1
    while j >= max(1, k - _FORMULA_REACH) and tokens[j].sent == tokens[k].sent:
        tok = tokens[j]
        base = strip_clitic(tok.norm)[0]
        if tok.norm == _SHADOW and tokens[j - 1].norm == _FI:
            return True
        word = strip_clitic(tok.norm, "و")[0]
        if word in _CONGRATULATING:
            # after a verb, its subject comes first ("وقد بارك أمير المنطقة X احتفالية …": he blesses it)
            return word not in _CONGRATULATING_VERBS or any(j < m.first < k and m.name != holder
                                                             for m in people.persons)
        if not (any(a <= j < b for a, b in spans) or tok.norm in COMMAS or tok.norm == "و"
                or base in _FORMULA_WORDS or base in styles or base in ROLES.STYLES or tok.norm in ROLES.PRAYER
                or not tok.norm.isalpha()):
            return False
        j -= 1
    return False


def _received_at_another_only(tokens: list[Token], people: People, ev: EventMention, others: tuple[EventMention, ...],
                              holder: str) -> bool:
    """ "التقى أمير المنطقة المدير العام X … . وقام X بجولة …، وكان في استقباله مدير الفرع Y": an office holder every
    mention of whom comes after a word of attending ("بحضور", "حضر") or of receiving him ("في استقباله") in a sentence
    of another event of the article, one holding no sentence nor cue of this event, was at that other event, not at
    this one (part24; not "اجتماعاً ثنائياً مع X": the guest met again at a second meeting)."""
    firsts = _mentions(people, holder)
    if not firsts or not others:
        return False
    for k in firsts:
        sent = tokens[k].sent
        if sent in ev.sentences or any(tokens[c].sent == sent for c in ev.cues):
            return False
        if not any(sent in o.sentences or any(tokens[c].sent == sent for c in o.cues) for o in others):
            return False
        if not any(_word_in(tokens, x, ROLES.ATTEND) or tokens[x].norm in _RECEIVING_HIM
                   for x in range(sentence_start(tokens, k), k)):
            return False
    return True


_RECEIVING_HIM = frozenset(fold(w) for w in ("استقباله", "استقبالها", "استقبالهم", "وداعه", "وداعها", "وداعهم"))
"""'وكان في استقباله X', 'وكان في وداعه X': those who received or saw off the one who came (part24)."""
