"""Where an event took place: a city behind "ب" in its lead sentences, a territorial seat, the lede, a dateline."""

from __future__ import annotations

import regex

from marsad.loaders.extraction.chain import place_len, starts_head
from marsad.loaders.extraction.cues import EVENTS
from marsad.loaders.extraction.events.kinds import cue_kind
from marsad.loaders.extraction.events.mention import EventMention
from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.lexicon import lexicon
from marsad.loaders.extraction.people import People
from marsad.loaders.extraction.text import (
    COMMAS,
    RELATIVES,
    RELATIVES_WITH_PLURAL,
    TO_WORDS,
    Token,
    after_proclitic,
    strip_clitic,
)
from marsad.loaders.extraction.words import CALENDAR, FUNCTION_WORDS, is_stop
from marsad.loaders.normalize import fold


def _lead_sentences(tokens: list[Token], ev: EventMention, dated: set[int]) -> list[int]:
    """The event's sentences in the order of its cues (the reporting sentence first)."""
    return list(dict.fromkeys(tokens[i].sent for i in ev.cues))


def _held_sentence(tokens: list[Token], ev: EventMention, s: int) -> bool:
    """ "… الجدير بالذكر أن المنتدى يقام بتنظيم من X، وذلك في فندق Y بجدة" (ext-t96): a later sentence where a cue of
    the event is followed at once by a verb of holding says where the event itself is held; it is read like the
    event's lead sentences."""
    return any(tokens[i].sent == s and i + 1 < len(tokens) and tokens[i + 1].norm in _HELD_ITSELF
               and cue_kind(tokens, i) == ev.kind for i in ev.cues)  # not another kind's cue merged into the event


def place(tokens: list[Token], insts: list[InstMention], ev: EventMention, dated: set[int],
          from_lede: bool = True) -> str | None:
    """The event's place; with ``from_lede`` False (a visit that is not the text's main event) only its own sentences
    say it, not the lede or the dateline, which place the main event. A city the text measures the event's town
    from ("محافظة X - 140 كم شمال نجران") is not where it was held (slots19)."""
    found = _place(tokens, insts, ev, dated, from_lede)
    if found is not None and len(found.split()) > 1 and fold(found.split()[-1]) in _GENERAL:
        found = found.rsplit(" ", 1)[0]  # "مستشفى محافظة X العام": the hospital's "العام", no word of the town
    return None if found is not None and _distance_from(tokens, fold(found)) else found


def _place(tokens: list[Token], insts: list[InstMention], ev: EventMention, dated: set[int],
           from_lede: bool) -> str | None:
    """``place`` before the town measured from is set aside."""
    seats = {k for m in insts for k in range(m.first + 1, m.last) if _seat_at(tokens, k) == m.last - k
             and ev.kind != "signing"}  # a party's seat is not where an agreement was signed
    inside = {k for m in insts for k in range(m.first, m.last)} - seats  # "القنصلية المغربية ببيلباو": its seat
    partners = {k for m in insts if _partner(tokens, m) for k in range(m.first, min(m.last + 1, len(tokens)))}
    inside |= {k for m in insts if _partner(tokens, m) for k in _partner_seat(tokens, m, partners)}  # nor a
    # partner's seat before the event's own city (aud-slots)
    inside |= {k for m in insts if _partner_near(tokens, m) and _host_seated_before(tokens, insts, m)
               for k in range(m.first, min(m.last + 1 + 3 * (m.last < len(tokens) and tokens[m.last].norm == "في"),
                                           len(tokens)))}  # nor after the host's own town (slots19)
    leads = _lead_sentences(tokens, ev, dated)
    for s in leads[:2] + [t for t in leads[2:] if _held_sentence(tokens, ev, t)]:
        for k, tok in enumerate(tokens):
            if tok.sent != s or k in inside or not tok.is_word:
                continue
            if tok.norm.startswith("ب") and len(tok.norm) > 3 and not _spoken_of(tokens, k):
                probe = [after_proclitic(tok), *tokens[k + 1 : k + 4]]
                size = _city_len(probe, 0)
                if size and not _ordinal_after(tokens, k + size) and not _held_there(tokens, ev, k) \
                        and not _told_earlier(tokens, leads, k + size, k):
                    return _text_of(tokens, k, k + size, skip=1)
            if _venue_governorate(tokens, k) and k + 1 < len(tokens):
                size = _city_len(tokens, k + 1)  # "وذلك في مجمع الوزارة بمحافظة X" (ext-t54)
                if size:
                    return _text_of(tokens, k + 1, k + 1 + size)
            venue_city = _venue_of_body(tokens, insts, ev, k)
            if venue_city is not None:
                return venue_city
            if tok.norm in EVENTS.PLACE_PREFIX and k + 1 < len(tokens) and not _spoken_of(tokens, k):
                size = _city_len(tokens, k + 1)  # (not "المخططات الخاصة بمدينة X": what was spoken of, ext-t97)
                if size and tok.norm != "في" and not _held_there(tokens, ev, k) \
                        and not _told_earlier(tokens, leads, k + 1 + size, k):
                    return _text_of(tokens, k + 1, k + 1 + size)
            if strip_clitic(tok.norm)[0] in EVENTS.HOST_VERBS and k + 1 < len(tokens):
                at = k + 1 + (tokens[k + 1].norm in EVENTS.PLACE_NOUNS and k + 2 < len(tokens))
                if at == k + 2 and at + 1 < len(tokens) and _adjective(tokens[at]) \
                        and not _city_len(tokens, at):
                    at += 1  # "شهدت العاصمة الروسية موسكو الاجتماع": the capital's country adjective (ext-t54)
                size = _city_len(tokens, at)  # "احتضنت مدينة طنجة أشغال المنتدى": the host city
                if size:
                    return _text_of(tokens, at, at + size)
            if strip_clitic(tok.norm)[0] in EVENTS.VISIT and k + 1 < len(tokens) \
                    and not (ev.kind != "visit" and tok.norm[:1] == "ل"):  # "تشكيل فرق عمل لزيارة مدينة X": a
                # visit to come, which places no meeting told with it (ext-t97)
                went = _to_city(tokens, k + 1)  # "يوجد في زيارة للدوحة", "زيارة عمل إلى طنجة": where the visit went
                if went:
                    return went
            if tok.norm in EVENTS.VISIT_VERBS and k + 1 < len(tokens):
                went = _town_visited(tokens, k + 1)  # "زار العاصمة العمانية مسقط": the town the verb visited
                if went:
                    return went
            if tok.norm in _ITS_SEAT and k + 2 < len(tokens) and tokens[k + 1].norm == "في" \
                    and any(i < k for i in ev.cues if tokens[i].sent == s):
                size = _city_len(tokens, k + 2)  # "حفل التخريج بالكلية الحربية، وذلك بمقرها في القاهرة"
                if size:
                    return _text_of(tokens, k + 2, k + 2 + size)
            if tok.norm == "في" and k + 1 < len(tokens):
                size = _city_len(tokens, k + 1)  # "انطلقت في الدوحة أعمال الاجتماع": a city just before the cue
                if size and any(k + 1 + size <= i <= k + 6 + size for i in ev.cues) and cue_kind(tokens, k + 1) is None:
                    return _text_of(tokens, k + 1, k + 1 + size)
                capital = _capital_before_cue(tokens, ev, k) if not size else None
                if capital is not None:
                    return capital
                foreign = _foreign_city_before_cue(tokens, ev, k)
                if foreign is not None:
                    return foreign
                at = k + 1 + (tokens[k + 1].norm in EVENTS.PLACE_NOUNS and k + 2 < len(tokens))
                if at == k + 2 and at + 1 < len(tokens) and _adjective(tokens[at]) \
                        and not _city_len(tokens, at):
                    at += 1  # "في العاصمة الإيطالية روما": the capital's country adjective
                    # (not "في محافظة الشماسية": a town whose name looks like an adjective, ext-t139)
                if at == k + 1 and k + 2 < len(tokens) and tokens[k + 1].norm in _STATE_WORDS \
                        and tokens[k + 2].norm in EVENTS.CITY_STATES:
                    at += 1  # "في دولة الكويت": the city-state after its "دولة" (ext-t135)
                size = _city_len(tokens, at)  # "خلال جلسة عامة في ستراسبورغ", "اجتماع المجلس في العاصمة الرباط"
                if not size and at == k + 2 and _city_of_country(tokens, at):
                    size = 1  # "انعقد في مدينة مولهايم الألمانية": a city no gazetteer lists, its country after it
                if size and at + size < len(tokens) and tokens[at + size].norm in EVENTS.WIDER_REGION:
                    size = 0  # "في الشرق الأوسط": a region of the world, not a city
                if size and _ordinal_after(tokens, at + size):
                    size = 0  # "للانتخابات البلدية في الدورة الثالثة": an electoral term, not a town's name (ext-t82)
                far = any(m.last == k for m in insts)  # "رئيس مجلس إدارة الغرفة التجارية في أبها": the body's seat
                if size and cue_kind(tokens, at) is None and tokens[at].norm not in EVENTS.SESSION and any(
                        (i < k <= i + (_AFTER_CUE if far else _after_cue(tokens, i)) + _date_parts(tokens, i, k)
                         or _held_or_venue(tokens, i, k)
                         or _inaugurated_in(tokens, i, k) or _activities_in(tokens, i, k)
                        or (not far and _city_after_host(tokens, i, k, at + size)))
                        and tokens[i].sent == s and not _refers_back(tokens, i, k)
                        and not _others_signing(tokens, ev, i) for i in ev.cues) \
                        and not _told_earlier(tokens, leads, at + size, k):
                    return _text_of(tokens, at, at + size)
        seated = _venue_city(tokens, insts, ev, s) or _visited_site_seat(tokens, insts, ev, s) \
            or _crossing_inspected(tokens, ev, s) or _visited_site_city(tokens, insts, ev, s)
        if seated is not None:
            return seated
        for m in insts:  # "بمقر عمالة إقليم الحسيمة" → الحسيمة
            visited = ev.kind == "visit" and tokens[m.first].norm[:1] == "ب" and m.start > tokens[m.first].start \
                and any(i < m.first <= i + 12 for i in ev.cues)  # "قام الوزير بزيارة لمشاريع … بإقليم تارودانت"
            if tokens[m.first].sent == s and m.first > 0 and m.kind == "territorial" and (
                    visited or tokens[m.first - 1].norm in (fold("بمقر"), fold("مقر"))):
                for k in range(m.first, m.last):
                    size = _city_len(tokens, k)
                    if size and k + size == m.last:
                        return _text_of(tokens, k, m.last)
    where = _where_before(tokens, ev)
    if where is not None:
        return where
    talks = _lede_talks_city(tokens, ev)
    if talks is not None:
        return talks
    palace = next((p for s in _lead_sentences(tokens, ev, dated)[:1] if (p := _palace(tokens, ev, s))), None)
    if palace is not None:
        return palace
    if not from_lede:
        return None
    # the lede: "أكد الوزير، اليوم السبت بمكناس، …"
    title = _title_of(tokens)
    lede = _lede(tokens, title)
    for k, tok in enumerate(tokens):
        if tok.sent != lede or k in inside or not tok.norm.startswith("ب") or len(tok.norm) <= 3 \
                or _spoken_of(tokens, k):
            continue
        probe = [after_proclitic(tok), *tokens[k + 1 : k + 4]]
        size = _city_len(probe, 0)
        if size and not _ordinal_after(tokens, k + size) and not _held_there(tokens, ev, k):
            return _text_of(tokens, k, k + size, skip=1)  # (the lede telling the event: its own test, aud-slots)
    set_off = _set_off_city(tokens, lede, inside)
    if set_off is not None:
        return set_off
    for k, tok in enumerate(tokens[:-2]):  # "أكد الوزير، أمس، بالجماعة الترابية X إقليم Y": a commune no gazetteer
        if tok.sent == lede and tok.norm in _AT_COMMUNE and k > 0 and tokens[k - 1].norm in COMMAS:
            # names, set off by a comma like the lede's day, is where the event took place (not "قتل … بجماعة X")
            j = k + 1 + (tokens[k + 1].norm in EVENTS.COMMUNE_KINDS)
            name = tokens[j]
            if name.sent == lede and name.is_word and not name.article and not is_stop(name.norm) \
                    and name.norm not in EVENTS.COMMUNE_KINDS:
                return name.text
    if _visit_elsewhere(tokens, ev):
        return None  # "جنيف – يبدأ X غدا زيارة إلى اليمن": the dateline is where the report was filed (ext-t58)
    # a dateline "الرباط:" at the start of the title or text, or an agency's "كانبيرا 25 شوال 1436 هـ …"
    whole, tokens = tokens, tokens[_navigation_line(tokens):]  # " Next Previous \nعين اليوم – جدة": links (ext-t106)
    for k in range(min(len(tokens), 4)):
        size = _city_len(tokens, k)
        if size and k + size < len(tokens) and (tokens[k + size].norm in (":", "-", "–") or (
                k == 0 and tokens[size].norm.isdigit() and tokens[size].sent == tokens[0].sent)):
            if _byline_only(tokens, k):
                break  # "سبق- أبها: استقبل …": the paper's byline, where the report was filed (ext-t160)
            return _text_of(tokens, k, k + size)
    # an agency's dateline names its city even when no gazetteer does: "كانبيرا 25 شوال 1436 هـ … واس"
    first = [t for t in tokens if t.sent == tokens[0].sent] if tokens else []
    if len(first) > 2 and first[0].is_word and first[1].norm.isdigit() and first[-1].norm in EVENTS.AGENCIES:
        return first[0].text
    if len(first) > 3 and first[0].is_word and first[1].is_word and not first[1].article \
            and first[2].norm.isdigit() and first[-1].norm in EVENTS.AGENCIES and not is_stop(first[1].norm) \
            and first[1].norm not in EVENTS.TIME_WORDS:
        return _text_of(tokens, 0, 2)  # "سري بغاوان 26 شوال 1436 هـ … واس": a two-word city (ext-t79)
    glued = _glued_dateline_city(first)
    if glued is not None:
        return glued
    # a byline dateline "عين اليوم – أبها", "محمد العمري - سبق - أبها:": the city after a dash ends the first line
    for k in range(1, min(len(tokens), 8) if not _foreign_head_lede(whole, ev, len(whole) - len(tokens)) else 0):
        if tokens[k - 1].norm not in ("-", "–") or tokens[k].sent != tokens[0].sent:
            continue
        size = _city_len(tokens, k)
        e = k + size
        if size and (e >= len(tokens) or tokens[e].sent != tokens[k].sent or tokens[e].norm == ":"):
            if _byline_only(tokens, k):
                break  # "عين اليوم – جدة" and no other word of the text names the city (ext-t160)
            return _text_of(tokens, k, e)
        if _outlet_dateline(tokens, k):
            if _byline_only(tokens, k):
                break
            return tokens[k].text
    return _holder_seat(whole, ev)  # no place said otherwise: the holding body's governorate or city (ext-t31)


def _others_signing(tokens: list[Token], ev: EventMention, i: int) -> bool:
    """ "وافق البرلمان على خطة …، كما تم حسم الاتفاق بتوقيع اتفاقية جديدة في فيينا" (slots22): a signing's cue merged
    into an event of another kind places the signing, not the event, with the city after it."""
    return ev.kind != "signing" and cue_kind(tokens, i) == "signing"


def _told_earlier(tokens: list[Token], leads: list[int], end: int, at: int) -> bool:
    """ "وكان الجبير قد التقى لافروف في الدوحة الأسبوع الماضي", "تم إبلاغهم … خلال اجتماع مغلق في زوريخ الشهر
    الماضي" (places24): in a sentence after the event's first, a city dated right after it by a past week, month or
    year ("الأسبوع الماضي", "الشهر الماضي") is where an earlier event, recalled, was held, not the event the text
    reports (its own sentence may still say "اجتمع … في الرياض الأسبوع الماضي"). So is a city that "مؤخرا"/"أخيرا"
    right before its "في"/"ب" dates inside a relative clause ("بالاتفاق الذي جرى توقيعه أخيراً بمدينة X"): what was
    done there lately, not "عقدت اللجنة مؤخرا اجتماعا بالرباط", the event itself."""
    if at > 0 and tokens[at - 1].norm in _LATELY and tokens[at - 1].sent == tokens[at].sent \
            and any(tokens[x].norm in RELATIVES and tokens[x].sent == tokens[at].sent
                    for x in range(max(0, at - 5), at - 1)):
        return True
    if not leads or end + 1 >= len(tokens) or tokens[end].sent == leads[0]:
        return False
    return tokens[end].sent == tokens[end + 1].sent and tokens[end].norm in _PAST_PERIODS \
        and tokens[end + 1].norm in FUNCTION_WORDS.PAST_ONES


_PAST_PERIODS = frozenset(fold(w) for w in ("الأسبوع", "الاسبوع", "الشهر", "العام", "السنة"))
_LATELY = frozenset(fold(w) for w in ("مؤخرا", "مؤخراً", "أخيرا", "أخيراً", "اخيرا"))


def _partner(tokens: list[Token], m: InstMention) -> bool:
    """ "الذي أقامه الملتقى بشراكة مع مركز X بدبي، وبالتعاون مع الغرفة التجارية بالقصيم، بمركز Y بمدينة Z"
    (aud-slots): a body named after "بالتعاون مع"/"بشراكة مع" is a partner of the event; the city of its seat is where
    the partner sits, not where the event took place."""
    return m.first >= 2 and tokens[m.first - 1].norm == _WITH and tokens[m.first - 2].sent == tokens[m.first].sent \
        and tokens[m.first - 2].norm in _PARTNERED


def _partner_seat(tokens: list[Token], m: InstMention, partners: set[int]) -> list[int]:
    """The words of a partner's name and the one right after it that put a city behind "ب" ("مركز X بدبي"), when a
    later word of the sentence, outside every partner's name, puts another city behind "ب" ("… بمدينة Y"): that one
    places the event. A partner's seat with no other city after it stays a place ("اختتمت بلدية X فعاليات العيد
    بالتعاون مع لجنة التنمية بـX": a partner sitting in the host's own city)."""
    span = range(m.first, min(m.last + 1, len(tokens)))
    seat = [k for k in span if tokens[k].norm[:1] == "ب" and len(tokens[k].norm) > 3
            and tokens[k].sent == tokens[m.first].sent]
    return [k for k in seat if any(_ba_city(tokens, j) for j in range(k + 1, len(tokens))
                                   if tokens[j].sent == tokens[k].sent and j not in partners)]


def _partner_near(tokens: list[Token], m: InstMention) -> bool:
    """``_partner``, or a word or two between "مع" and the partner's name ("بالتعاون مع مفتشي فروع الوزارة")."""
    for w in range(max(1, m.first - 3), m.first - 1):
        if tokens[w].norm == _WITH and tokens[w - 1].norm in _PARTNERED \
                and all(t.is_word and t.sent == tokens[m.first].sent for t in tokens[w - 1 : m.first]):
            return True
    return _partner(tokens, m)


def _host_seated_before(tokens: list[Token], insts: list[InstMention], m: InstMention) -> bool:
    """ "نفذ مكتب العمل بمحافظة X، بالتعاون مع مفتشي فرع الوزارة بالمدينة المنورة، جولة" (slots19): a body of the
    partner's sentence, named before it, sits in a governorate or town of its own ("بمحافظة X"): the event is the
    host's, held there; the partner's seat, a wider region's city, does not place it."""
    return any(o.last <= m.first and tokens[o.first].sent == tokens[m.first].sent
               and any(tokens[k].norm in _SEAT_WORDS or (tokens[k].norm == "في" and tokens[k + 1].norm in _SEAT_NOUNS)
                       for k in range(o.first + 1, min(o.last + 1, m.first)))
               for o in insts)


_SEAT_NOUNS = frozenset(fold(w) for w in ("محافظة", "مركز", "قرية", "بلدة", "مدينة"))
_SEAT_WORDS = frozenset("ب" + w for w in _SEAT_NOUNS)


def _ba_city(tokens: list[Token], k: int) -> bool:
    """A city behind "ب" at ``k`` ("بجدة"), or after a place's prefix ("بمدينة بريدة")."""
    tok = tokens[k]
    if tok.norm in EVENTS.PLACE_PREFIX and k + 1 < len(tokens) and _city_len(tokens, k + 1):
        return True
    if not tok.is_word or not tok.norm.startswith("ب") or len(tok.norm) <= 3:
        return False
    probe = [after_proclitic(tok), *tokens[k + 1 : k + 4]]
    return bool(_city_len(probe, 0))


_WITH = fold("مع")
_PARTNERED = frozenset(fold(w) for w in ("بالتعاون", "وبالتعاون", "بشراكة", "وبشراكة", "بالشراكة", "وبالشراكة"))


def _byline_only(tokens: list[Token], k: int) -> bool:
    """ "عين اليوم – جدة", "سبق- أبها: …" (ext-t160): a city after a dash on an undated first line is a paper's byline,
    where the report was filed, not where the event was held (ANNOTATION.md's place); it places nothing when no word
    after that line names the city again ("بجدة", "في جدة", "جدة"). An agency's dated dateline ("الرياض 25 شوال 1436
    هـ … واس", "الرباط - 4 دجنبر 2024:") stays the place of a home event."""
    if k + 1 < len(tokens) and tokens[k].norm in _DASHES:
        k += 1  # (a place read from the dash on: "سبق- أبها")
    if k < 1 or tokens[k - 1].norm not in _DASHES or tokens[k].sent != tokens[0].sent:
        return False
    end = next((j for j in range(k, len(tokens)) if tokens[j].sent != tokens[0].sent or tokens[j].norm == ":"),
               len(tokens))  # the byline ends with its line or a colon ("سبق- أبها: استقبل …")
    if any(t.norm[:1].isdigit() or t.norm in EVENTS.AGENCIES for t in tokens[:end]):
        return False
    city = tokens[k].norm
    return not any((t.norm == city and tokens[j - 1].norm not in TO_WORDS)
                   or (t.norm[:1] in _BYLINE_CLITICS and t.norm[1:] == city) for j, t in enumerate(tokens[end:], end))
    # (not "قبل العودة إلى جدة": a city someone goes back to is not where the event was, slots22)


def _distance_from(tokens: list[Token], city: str) -> bool:
    """ "سبق- نجران: رعى محافظ X - 140 كم شمال نجران - الحفل" (slots19): a text that measures how far the event's town
    lies from the dateline's city ("كم" and a point of the compass before it) was filed there, held elsewhere."""
    return any(tokens[j].norm == city and tokens[j - 1].norm in FUNCTION_WORDS.COMPASS
               and _kilometres(tokens[j - 2].norm) for j in range(2, len(tokens)))


def _kilometres(norm: str) -> bool:
    """ "كم", "كيلومترا", or glued to its number: "140كم"."""
    return norm in _KILOMETRES or (norm[:1].isdigit() and norm.lstrip("0123456789") in _KILOMETRES)


_KILOMETRES = frozenset(fold(w) for w in ("كم", "كلم", "كيلو", "كيلومتر", "كيلومترا", "كيلومترات", "كلم."))
_BYLINE_CLITICS = frozenset(fold(w) for w in ("ب", "و", "ل", "ف"))
_DASHES = frozenset({"-", "–"})


def _foreign_head_lede(tokens: list[Token], ev: EventMention, start: int = 0) -> bool:
    """ "عين اليوم – جدة \n أكد الرئيس المصري X … حفل تخريج …" (ext-t128): when the sentence after the byline opens on
    a verb whose subject is a foreign head of state or government ("الرئيس المصري", "رئيس الوزراء العراقي") and tells
    the event, the event was held in his country; the byline's city is where the report was filed."""
    line = next((k for k in range(start, len(tokens)) if tokens[k].sent != tokens[start].sent), None) \
        if start < len(tokens) else None  # the sentence after the byline (past a line of links, ext-t106)
    if line is None or not any(tokens[i].sent == tokens[line].sent for i in ev.cues):
        return False
    j = line + 1  # the verb, then its subject
    if j >= len(tokens) or tokens[j].norm not in _HEADS:
        return False
    at = j + 2 if j + 1 < len(tokens) and tokens[j + 1].norm in _PRIME else j + 1
    if at >= len(tokens) or tokens[at].sent != tokens[line].sent:
        return False
    return tokens[at].norm not in _HOME and _nation_adjective(tokens[at].norm)


def _nation_adjective(norm: str) -> bool:
    """ "المصري" (مصر), "العراقي" (العراق), "الروسي" (روسيا), "الأمريكي" (أمريكا): a definite adjective made from a
    country the gazetteer names; not "التنفيذي" nor "الفخري"."""
    if not (norm.startswith("ال") and norm.endswith("ي") and len(norm) > 4):
        return False
    stem = norm[2:-1]
    countries = lexicon().countries
    return any((x,) in countries for x in (stem, "ال" + stem, stem + "ا", stem + "يا", "ال" + stem + "ات"))


_HEADS = frozenset(fold(w) for w in ("الرئيس", "رئيس", "الملك", "العاهل", "أمير"))
_PRIME = frozenset(fold(w) for w in ("الوزراء", "الحكومة"))
_HOME = frozenset(fold(w) for w in ("السعودي", "المغربي"))


def _glued_dateline_city(first: list[Token]) -> str | None:
    """ "الأحساء25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس" (ext-t121): an agency's dateline whose city is written
    glued to the day's number; the letters before the digits are the city."""
    if len(first) < 3 or first[-1].norm not in EVENTS.AGENCIES or not first[1].is_word \
            or not first[1].norm[:1].isalpha():
        return None
    glued = _GLUED_DAY.fullmatch(first[0].text)
    return glued.group(1) if glued is not None else None


_GLUED_DAY = regex.compile(r"(\p{Arabic}{3,})\d{1,2}")


def _capital_before_cue(tokens: list[Token], ev: EventMention, k: int) -> str | None:
    """ "ينعقد اليوم في العاصمة القطرية الدوحة الاجتماع الـ22 للجنة …" (ext-t102): after "في", a place noun and its
    country adjective, then a city just before the cue: the city, as "انطلقت في الدوحة أعمال الاجتماع" places it."""
    if k + 3 >= len(tokens) or tokens[k + 1].norm not in EVENTS.PLACE_NOUNS or not _adjective(tokens[k + 2]):
        return None
    size = _city_len(tokens, k + 3)
    end = k + 3 + size
    if size and any(end <= i <= end + 5 and tokens[i].sent == tokens[k].sent for i in ev.cues) \
            and cue_kind(tokens, k + 3) is None:
        return _text_of(tokens, k + 3, end)
    return None


def _held_there(tokens: list[Token], ev: EventMention, k: int) -> bool:
    """ "اجتمع الوفد مع اللجنة بخصوص مواعيد المباريات المقامة على ملعب المدينة بجدة" (ext-t79): a participle or verb
    of holding ("المقامة", "تقام") between the event's nearest cue before it and a city behind "ب" says where another
    thing (matches, a festival) is held, not where the event sat. Read only once a city is found."""
    before = [i for i in ev.cues if i < k and tokens[i].sent == tokens[k].sent]
    return bool(before) and any(tokens[x].norm in _HELD_THERE or tokens[x].norm in _MATCH
                                for x in range(max(before) + 2, k))
    # not the verb right after the cue: "المنتدى يقام … بجدة" is where the event itself is held (ext-t96)
    # nor a match's ground (aud-slots): "اجتماعا تنسيقيا مع الجهات ذات العلاقة بمباراة الكأس … على ملعب X بلندن"
    # places the match the meeting prepares, not the meeting


_HELD_THERE = frozenset(fold(w) for w in ("المقامة", "تقام", "يقام", "ستقام", "سيقام"))
_MATCH = frozenset(fold(w) for w in ("مباراة", "المباراة", "بمباراة", "لمباراة", "للمباراة", "مباريات", "المباريات",
                                     "بمباريات", "لمباريات", "للمباريات"))
_HELD_ITSELF = _HELD_THERE | frozenset(fold(w) for w in ("ينعقد", "تنعقد", "سينعقد", "ستنعقد"))


_PALACE = fold("قصر")
_AT_PALACE = frozenset({fold("في"), fold("داخل")})


def _palace(tokens: list[Token], ev: EventMention, s: int) -> str | None:
    """ "استقبل الملك في قصر السلام أمس الرئيس", "ترأس الأمير بقصر الحكم اجتماع المجلس": a named palace ("قصر" and a
    definite word) behind "في" or "ب" in the event's first sentence, within a few words of a cue, is where it took
    place when no city is named there."""
    cues = [i for i in ev.cues if tokens[i].sent == s]
    for k, tok in enumerate(tokens[:-1]):
        if tok.sent != s or not ((tok.norm == _PALACE and k > 0 and tokens[k - 1].norm in _AT_PALACE)
                                 or tok.norm == fold("ب") + _PALACE):
            continue
        if not any(_words_apart(tokens, k, i) <= _PALACE_REACH for i in cues):
            continue  # words, not marks: "استقبل … الأمير X - حفظه الله - في قصر السلام" (ext-t109)
        at = k
        name = tokens[at + 1]
        after = tokens[at + 2] if at + 2 < len(tokens) else None
        purpose = after is not None and after.norm in _HALL_PURPOSES  # "في قصر الأندلس للاحتفالات" (ext-t109)
        if after is not None and after.sent == s and after.is_word and after.norm[:1] == "ل" and not purpose:
            continue  # "بقصر الأندلس للأمير": the name goes on, where it ends is not known
        if name.sent == s and name.is_word and name.article and len(name.norm) > 3 and not is_stop(name.norm) \
                and cue_kind(tokens, at + 1) is None:
            return f"قصر {name.text} {after.text}" if purpose and after is not None else f"قصر {name.text}"
    return None


def _words_apart(tokens: list[Token], a: int, b: int) -> int:
    """How many words (not marks) lie between tokens ``a`` and ``b``."""
    return sum(1 for t in tokens[min(a, b) + 1 : max(a, b)] if t.is_word)


_HALL_PURPOSES = frozenset(fold(w) for w in ("للاحتفالات", "للحفلات", "للأفراح", "للمناسبات", "للمؤتمرات"))
"""What a hall is for, the last word of its name: "قصر الأندلس للاحتفالات", "قصر X للأفراح" (ext-t109)."""


_PALACE_REACH = 20
"""How far from a cue of its sentence a palace may be named (a host's style and offices come between)."""


def _ordinal_after(tokens: list[Token], k: int) -> bool:
    """ "بالدورة الثالثة للانتخابات" (ext-t48): a word read as a place name behind "ب" with an ordinal right after it
    ("الثالثة", "الأولى", "الحادية") is a session or an edition, not a place."""
    return k < len(tokens) and tokens[k].sent == tokens[k - 1].sent and (
        tokens[k].norm in CALENDAR.ORDINALS or tokens[k].norm in CALENDAR.ORDINAL_UNITS)


def _spoken_of(tokens: list[Token], k: int) -> bool:
    """ "قرار الاعتراف بالقدس", "وأشاد بالرباط": the word before "ب" + a city at ``k`` takes "ب" for its object (the
    city is what is recognised, praised or spoken of, not where the event took place)."""
    if k == 0 or tokens[k - 1].sent != tokens[k].sent:
        return False
    w = tokens[k - 1].norm
    return w in EVENTS.OBJECT_BA or (w[:1] in "وف" and w[1:] in EVENTS.OBJECT_BA) or w in _LOCATED \
        or _incident_before(tokens, k)


def _incident_before(tokens: list[Token], k: int) -> bool:
    """ "المصابين في حادث تفجير مسجد الطوارئ بعسير": a city behind "ب" at ``k`` a few words after a noun of an
    incident (an explosion, an attack, an accident) is where the incident happened, not where the event told
    took place (slots10)."""
    return any(tokens[x].sent == tokens[k].sent and strip_clitic(tokens[x].norm, "وبل")[0] in _INCIDENTS
               for x in range(max(0, k - _INCIDENT_REACH), k))


_INCIDENTS = frozenset(fold(w) for w in ("حادث", "الحادث", "حادثة", "الحادثة", "تفجير", "التفجير", "انفجار",
                                         "الانفجار", "هجوم", "الهجوم", "حريق", "الحريق", "اعتداء", "الاعتداء"))
_INCIDENT_REACH = 4


_LOCATED = frozenset(fold(w) for w in ("المتواجدة", "المتواجد", "المتواجدين", "المتواجدون", "الموجودة", "الموجود",
                                        "الموجودين", "الموجودون", "المتمركزة", "المتمركز", "المقيمة", "المقيم"))
"""Where something else is ("لجنة الحوار المتواجدة بجنيف", "الجالية المقيمة بباريس", ext-t52): a city after one of
these is that body's or group's seat, not where the event took place."""

_ITS_SEAT = frozenset(fold(w) for w in ("بمقرها", "بمقره", "مقرها", "مقره"))


def _navigation_line(tokens: list[Token]) -> int:
    """ " Next Previous \nعين اليوم – جدة" (ext-t106): a first line of a few Latin words only (a web page's links, kept
    in the archived text) before the byline; the dateline is read after it. The number of its tokens, else 0."""
    if not tokens or not tokens[0].text.isascii() or not tokens[0].text.isalpha():
        return 0
    k = 0
    while k < len(tokens) and tokens[k].sent == tokens[0].sent:
        if not (tokens[k].text.isascii() and tokens[k].text.isalpha()):
            return 0
        k += 1
    return k if k <= _NAVIGATION_WORDS else 0


_NAVIGATION_WORDS = 4


def _outlet_dateline(tokens: list[Token], k: int) -> bool:
    """ "عين اليوم – ميريلاند": one word ending the first line after an outlet's name and a dash is the city the
    news comes from, though no gazetteer lists it (not "متابعات", a weekday, a country or a function word)."""
    tok = tokens[k]
    ends = k + 1 >= len(tokens) or tokens[k + 1].sent != tok.sent or tokens[k + 1].norm == ":"
    if not ends or not tok.is_word or tok.norm in EVENTS.NOT_DATELINES or is_stop(tok.norm) \
            or (tok.norm,) in lexicon().countries or len(tok.norm) < 3:
        return False
    return any(k - 1 - len(o) >= 0 and tuple(t.norm for t in tokens[k - 1 - len(o) : k - 1]) == o
               for o in EVENTS.OUTLETS)


_AT_COMMUNE = frozenset({fold("بالجماعة"), fold("بجماعة")})
"""In the lede, "ب" + "جماعة" (a commune) before its name."""

_AFTER_CUE = 8
"""How far after a cue "في" + a city still says where the event took place ("جلسة لمجلس الوزراء … ستعقد في X")."""


def _after_cue(tokens: list[Token], i: int) -> int:
    """How far after a cue "في" + a city may stand: further after a verb of receiving or meeting, whose host and
    guest (with their offices) stand between ("التقى وزير الخارجية X نظيره الفرنسي Y في باريس", ext-t31)."""
    w = tokens[i].norm
    base = w[1:] if w[:1] in "وف" else w
    return _AFTER_HOST_AND_GUEST if w in EVENTS.MET_OR_RECEIVED or base in EVENTS.MET_OR_RECEIVED or w in _HIS_MEETING \
        else _AFTER_CUE


_HIS_MEETING = frozenset(fold(w) for w in ("لقائه", "لقائها", "استقباله", "استقبالها"))
"""A meeting or reception noun with its holder's pronoun, the guest (with his office and party) right after it, as
after a verb of meeting: "خلال لقائه وزير الخارجية X والوفد المرافق له في بروكسل" (ext-t156)."""


def _date_parts(tokens: list[Token], i: int, k: int) -> int:
    """How many tokens between a cue and "في" are the numbers, dashes and era marks of a date written out ("يوم
    الأحد 25 - 10 - 1436 هـ في جدة"): they do not put the city further from the cue (ext-t66)."""
    if k - i <= _AFTER_CUE:
        return 0
    return sum(1 for x in range(i + 1, k) if tokens[x].norm.isdigit() or tokens[x].norm in _DATE_MARKS)


_DATE_MARKS = frozenset({"-", "/", fold("هـ"), "ه", "م"})
_AFTER_HOST_AND_GUEST = 16


def _city_after_host(tokens: list[Token], i: int, k: int, end: int) -> bool:
    """ "التقى الأمير X ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة أمس، الرئيس Y" (ext-t139):
    after a verb of meeting or receiving, the host's row of titles may run past ``_AFTER_HOST_AND_GUEST``; "في" + a city
    still places the meeting when no comma nor other mark stands between the verb and "في" (one unbroken row) and a
    time word or a comma closes the city, before the guest is named."""
    if _after_cue(tokens, i) != _AFTER_HOST_AND_GUEST or not i < k <= i + _HOST_ROW or end >= len(tokens):
        return False
    if any(tokens[x].sent != tokens[i].sent or not tokens[x].is_word for x in range(i, k)):
        return False
    after = tokens[end]
    return after.sent == tokens[k].sent and (after.norm in COMMAS or after.norm in EVENTS.TIME_WORDS)


_HOST_ROW = 32
"""How far after a verb of meeting or receiving an unbroken row of the host's titles may run before "في" + a city."""


def _adjective(tok: Token) -> bool:
    """ "الإيطالية", "المغربي": a definite adjective of nationality (ending in ي or ية)."""
    return tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه")) and len(tok.norm) > 4


_CITY = fold("مدينة")


def _venue_city(tokens: list[Token], insts: list[InstMention], ev: EventMention, s: int) -> str | None:
    """ "استقبل الوزير اليوم بمقر سفارة المملكة في روما …", "زار الوزير سفارة المملكة في روما": a body whose name ends
    with "في" + a city, behind "بمقر"/"مقر" or right after a visit's verb, in the event's sentence ``s``, is where the
    event took place: that city (ext-t38)."""
    for m in insts:
        if tokens[m.first].sent != s or m.first == 0:
            continue
        before = tokens[m.first - 1].norm
        visited = ev.kind == "visit" and strip_clitic(before)[0] in EVENTS.VISIT and m.first - 1 in ev.cues
        if not (before in _VENUE_WORDS or visited):
            continue
        for k in range(m.first + 1, m.last - 1):
            if tokens[k].norm == fold("في") and _city_len(tokens, k + 1) == m.last - (k + 1):
                return _text_of(tokens, k + 1, m.last)
    return None


_SITE_SEATS = frozenset(fold(w) for w in ("بمنطقة", "بمحافظة", "بمدينة"))


def _visited_site_seat(tokens: list[Token], insts: list[InstMention], ev: EventMention, s: int) -> str | None:
    """ "تفقد مدير الأمن العام X مقر قوات الطوارئ الخاصة بمنطقة Y", "زار الوزير مقر الهيئة بمحافظة Y": the body
    whose seat a visit's verb (its agent between) goes to, followed right after its name (or ending it) by "بمنطقة",
    "بمحافظة" or "بمدينة" + a name, was visited there (ext-t47); not a body named further on, nor without "مقر" (a
    body toured is not always where its seat is)."""
    if ev.kind != "visit":
        return None
    cues = [i for i in ev.cues if tokens[i].sent == s and strip_clitic(tokens[i].norm)[0] in EVENTS.VISIT_VERBS]
    for m in insts:
        if tokens[m.first].sent != s or m.first == 0 or tokens[m.first - 1].norm not in _VENUE_WORDS \
                or not any(i < m.first <= i + _SITE_AFTER_VISIT for i in cues):
            continue
        k = next((x for x in range(m.first + 1, m.last - 1) if tokens[x].norm in _SITE_SEATS
                  and m.last - (x + 1) <= 2), m.last)  # "مقر الدفاع المدني بمنطقة Y": the seat inside the name
        if k + 1 < len(tokens) and tokens[k].norm in _SITE_SEATS and tokens[k + 1].sent == s \
                and tokens[k + 1].is_word and not is_stop(tokens[k + 1].norm) and cue_kind(tokens, k + 1) is None:
            size = place_len(tokens, k + 1) or _bare_name_len(tokens, k + 1)
            return _text_of(tokens, k + 1, k + 1 + size)
    return None


_SITE_AFTER_VISIT = 14
"""How far after a visit's verb "مقر" + the body visited may stand (its agent's offices and styles between)."""


def _crossing_inspected(tokens: list[Token], ev: EventMention, s: int) -> str | None:
    """ "تفقد أمير المنطقة X، منفذ Y واطلع على سير العمل" (ext-t135): a border crossing that a verb of visiting or
    inspecting goes to (its agent's name and offices between) is named after its locality, which is where the
    inspection took place; the crossing's name is the definite word right after a bare "منفذ" (not "المنفذ", nor
    "منفذ الهجوم": only after a visit's verb, and not a kind of crossing, "البري")."""
    cues = [i for i in ev.cues if tokens[i].sent == s and strip_clitic(tokens[i].norm)[0] in EVENTS.VISIT_VERBS]
    for i in cues[:1]:
        k = next((x for x in range(i + 1, min(len(tokens) - 1, i + _CROSSING_AFTER_VISIT))
                  if tokens[x].sent == s and strip_clitic(tokens[x].norm, "بل")[0] == _CROSSING), None)
        if k is None:
            return None
        name = tokens[k + 1]
        if name.sent != s or not name.is_word or not name.article or is_stop(name.norm) \
                or name.norm in _CROSSING_KINDS or cue_kind(tokens, k + 1) is not None or len(name.norm) < 5:
            return None
        size = _city_len(tokens, k + 1)
        return _text_of(tokens, k + 1, k + 1 + size) if size else name.text
    return None


def _visited_site_city(tokens: list[Token], insts: list[InstMention], ev: EventMention, s: int) -> str | None:
    """ "زار المدير العام X المصابين الذين يتلقون العلاج بمستشفى Y في الرياض" (ext-t135): the first body glued to "ب"
    after a verb of visiting (its agent, his offices and the ones visited between) is the site visited; "في" + a city
    right after its name says where the visit went."""
    if ev.kind != "visit":
        return None
    cues = [i for i in ev.cues if tokens[i].sent == s and strip_clitic(tokens[i].norm)[0] in EVENTS.VISIT_VERBS]
    for i in cues[:1]:
        site = next((m for m in sorted(insts, key=lambda m: m.first) if i < m.first <= i + _SITE_AFTER_VERB
                     and tokens[m.first].sent == s and tokens[m.first].norm[:1] == "ب"
                     and m.start > tokens[m.first].start), None)
        if site is None or site.last + 1 >= len(tokens) or tokens[site.last].norm != "في" \
                or tokens[site.last].sent != s:
            return None
        size = _city_len(tokens, site.last + 1)
        return _text_of(tokens, site.last + 1, site.last + 1 + size) if size else None
    return None


_SITE_AFTER_VERB = 20


def visited_site_place(tokens: list[Token], insts: list[InstMention], people: People, ev: EventMention) -> str | None:
    """ "تفقد مدير الشرطة X أمس مركز شرطة Y في محافظة Z", "زار المدير العام X مستشفى Y في Z" (ext-t147): the first
    body after a verb of visiting and its agent (a name or an office between them), outside the agent's offices and
    names, is the site visited (glued to "ب" or not); "في" + a city, or "بمحافظة"/"بمدينة" + a name, right after the
    site's name says where the visit went. Not a region ("بمنطقة Y": the site's remit), not a country, not an
    electoral term ("في الدورة الثالثة"), not the visitors' own body ("أعضاء لجنة X")."""
    if ev.kind != "visit":
        return None
    cues = [i for i in ev.cues if strip_clitic(tokens[i].norm)[0] in EVENTS.VISIT_VERBS]
    spans = [(p.first, p.last) for p in people.posts] + [(n.first, n.last) for n in people.persons]
    for i in cues[:1]:
        s = tokens[i].sent
        site = next((m for m in sorted(insts, key=lambda m: m.first) if i < m.first <= i + _SITE_AFTER_VERB
                     and tokens[m.first].sent == s and not any(a <= m.first and m.last <= b for a, b in spans)
                     and tokens[m.first - 1].norm not in _VISITORS_OF),
                    None)
        if site is None or site.last + 1 >= len(tokens) or tokens[site.last].sent != s \
                or not any(i < b <= site.first for a, b in spans):
            return None  # the visitor named after the verb first: not "تفقدت اللجنة X في …", its subject
        k = site.last
        if tokens[k].norm == "في":
            at = k + 1 + (tokens[k + 1].norm in _TOWN_HEADS and k + 2 < len(tokens))
            size = _city_len(tokens, at)
            return _text_of(tokens, at, at + size) if size and tokens[at].sent == s \
                and not _ordinal_after(tokens, at + size) else None
        if tokens[k].norm in _TOWN_SEATS and tokens[k + 1].sent == s and tokens[k + 1].is_word \
                and not is_stop(tokens[k + 1].norm) and cue_kind(tokens, k + 1) is None:
            size = _city_len(tokens, k + 1) or _bare_name_len(tokens, k + 1)
            return _text_of(tokens, k + 1, k + 1 + size)
    return None


def site_town(tokens: list[Token], insts: list[InstMention], ev: EventMention) -> str | None:
    """ "قام المدير بزيارة لمستشفى خيبر العام", "قام الفريق بزيارة إلى مستشفى شرق جدة" (fslot): a visit noun glued
    to "ب" (or a verb of visiting), then, written at once with "لـ" or after "إلى", a body whose name holds a town (not
    a region: ``_city_len``) after its first word: the visit went to that town."""
    if ev.kind != "visit":
        return None
    for i in ev.cues[:1]:
        w = strip_clitic(tokens[i].norm, "ب")[0]
        if w not in EVENTS.VISIT_VERBS and not (w in EVENTS.VISIT and tokens[i].norm[:1] == "ب"):
            return None
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].norm in (fold("إلى"), "الى"))
        site = next((m for m in insts if m.first == j and tokens[j].sent == tokens[i].sent), None)
        if site is None or (j == i + 1 and w not in EVENTS.VISIT_VERBS
                            and not (site.start > tokens[j].start and tokens[j].norm[:1] == "ل")):
            return None
        for k in range(site.first + 1, site.last):
            size = _city_len(tokens, k)
            if size and k + size <= site.last and tokens[k].norm not in _REGIONS_ONLY:
                return _text_of(tokens, k, k + size)
    return None


_REGIONS_ONLY = frozenset(fold(w) for w in ("عسير", "القصيم", "الشرقية", "الحدود"))
"""Regions no town is named after ("مستشفى عسير المركزي" stands in Abha): a site named after one is in no town read."""


_TOWN_SEATS = frozenset(fold(w) for w in ("بمحافظة", "بمدينة"))
_VISITORS_OF = frozenset(fold(w) for w in ("أعضاء", "عضو", "منسوبي", "منسوبو", "وفد", "فريق", "طلاب", "طالبات"))
"""Words that put a body among the visitors ("زار عدد من أعضاء لجنة X بمحافظة Y المرضى"): not the site visited."""


_CROSSING = fold("منفذ")
_CROSSING_KINDS = frozenset(fold(w) for w in ("البري", "الجوي", "البحري", "الحدودي", "الجديد", "الرئيسي"))
_CROSSING_AFTER_VISIT = 16
"""How far after a visit's verb "منفذ" + the crossing's name may stand (its agent's styles and offices between)."""


def _held_or_venue(tokens: list[Token], i: int, k: int) -> bool:
    """ "اجتماعها العام الثالث من الدورة … الذي عقد في مدينة X", "اجتماعه الدوري أمس في مقر الاتحاد بمجمع … في X":
    "في" + a city further after the cue than ``_AFTER_CUE`` still places the event when a relative clause "held in"
    opens it, or when it ends a venue phrase ("مقر", "بمقر") with no comma between (ext-t38)."""
    reach = _VENUE_REACH + (_HOST_TITLES if _after_cue(tokens, i) == _AFTER_HOST_AND_GUEST else 0)
    if not i < k <= i + reach or any(tokens[x].sent != tokens[i].sent for x in range(i, k)):
        return False
    if k > i + _VENUE_REACH and not any(tokens[x].norm in _VENUE_WORDS for x in range(k - 3, k)):
        return False  # past the reach only "استقبل <long titles> بمقر المركز في X": a venue phrase right before
    if k >= 2 and tokens[k - 1].norm in _HELD_IN and tokens[k - 2].norm in RELATIVES:
        return True
    if _held_for_days(tokens, k):
        return True
    seat = next((j for j in range(k - 1, i, -1) if tokens[j].norm in _VENUE_WORDS), None)
    return seat is not None and k - seat <= _VENUE_SPAN \
        and not any(tokens[x].norm in COMMAS or not tokens[x].is_word for x in range(seat, k))


def _venue_governorate(tokens: list[Token], k: int) -> bool:
    """ "وذلك في مجمع الوزارة بمحافظة X", "في قاعة الاجتماعات بمبنى الإمارة بمحافظة X", "بفرع الوزارة بمنطقة X":
    "بمحافظة" (or "بمنطقة", ext-t66) right after a venue phrase (a venue noun one to three words before, no comma
    between) says in which governorate's city the event sat; after a body's name ("المجلس البلدي بمحافظة X") it is the
    body's seat, not read here (ext-t54)."""
    if tokens[k].norm not in _BI_GOVERNORATE:
        return False
    for x in range(k - 1, max(-1, k - 4), -1):
        if not tokens[x].is_word or tokens[x].sent != tokens[k].sent:
            return False
        if strip_clitic(tokens[x].norm)[0] in _VENUE_NOUNS or tokens[x].norm in _VENUE_NOUNS:
            return True
    return False


_BI_GOVERNORATE = frozenset(fold(w) for w in ("بمحافظة", "بمنطقة"))  # "بفرع الوزارة بمنطقة X": a region (ext-t66)
_VENUE_NOUNS = frozenset(fold(w) for w in ("مجمع", "مبنى", "مقر", "قاعة", "بمجمع", "بمبنى", "بمقر", "بقاعة",
                                           "بفرع"))  # "استقبل … بفرع الوزارة بمنطقة X" (ext-t66)


def _venue_of_body(tokens: list[Token], insts: list[InstMention], ev: EventMention, k: int) -> str | None:
    """ "وذلك في قاعة الاجتماعات بغرفة X", "بقاعة المحاضرات بجامعة X" (r2-slots): a hall after "في" or behind "ب",
    followed within three words (no comma) by a body behind "ب" whose name ends with a city, after the event's cue in
    its sentence, is in that city."""
    tok = tokens[k]
    if tok.norm not in _HALLS or k == 0 or not any(i < k and tokens[i].sent == tok.sent for i in ev.cues):
        return None
    if tok.norm == _HALL and tokens[k - 1].norm != "في":
        return None
    for m in insts:
        if not k < m.first <= k + 3 or tokens[m.first].norm[:1] != "ب" or m.start <= tokens[m.first].start:
            continue
        if any(not tokens[x].is_word or tokens[x].sent != tok.sent for x in range(k, m.first)):
            return None
        for x in range(m.first + 1, m.last):
            size = _city_len(tokens, x)
            if size and x + size == m.last:
                return _text_of(tokens, x, m.last)
        return None
    return None


_HALL = fold("قاعة")
_HALLS = frozenset(fold(w) for w in ("قاعة", "بقاعة"))


def _inaugurated_in(tokens: list[Token], i: int, k: int) -> bool:
    """ "دشن الوزير X مساء أمس المقر الجديد للهيئة، والكائن بحي Y في مدينة Z": after an inauguration's verb, "في
    مدينة" + a city further than ``_AFTER_CUE`` in its sentence (its agent, a time and the site inaugurated stand
    between) is where the site is, so where it was inaugurated (ext-t47); only with "مدينة" (or "العاصمة", ev19)
    written, not a bare "في" + a city, which may be spoken of ("دشن … برنامجا لخدمة الحجاج في مكة")."""
    w = tokens[i].norm
    if not (w in EVENTS.INAUGURATE or strip_clitic(w)[0] in EVENTS.INAUGURATE or w in _TO_INAUGURATE
            or (w[:1] == "و" and w[1:] in _TO_INAUGURATE)):
        return False
    if not (i < k <= i + _SITE_REACH and k + 1 < len(tokens) and tokens[k + 1].norm in _CITY_OR_CAPITAL):
        return False  # ("افتتح … معرض الصور للمصورين في العاصمة الأردنية عمان": a capital named, ev19)
    # not past a relative or "أن" ("دشن النادي موقعه … في الوقت الذي ينتظر أن يشرع في تغطية معسكره المقام في مدينة
    # X": another clause's place)
    return all(tokens[x].sent == tokens[i].sent and tokens[x].norm not in _CLAUSE_OPENERS for x in range(i, k + 2))


_CLAUSE_OPENERS = RELATIVES_WITH_PLURAL | {fold("أن"), fold("إن")}


def _activities_in(tokens: list[Token], i: int, k: int) -> bool:
    """ "دشن أمير المنطقة X أمس فعاليات المهرجان الشتوي في صبيا" (ext-t126): after an inauguration's verb, "فعاليات" or
    "أعمال" opens the event itself; "في" + a city a few words after it, no comma, relative or "أن" between, is where
    the event was opened (a bare "في" + a city after anything else may be spoken of: "برنامجا لخدمة الحجاج في مكة")."""
    w = tokens[i].norm
    if not (w in EVENTS.INAUGURATE or strip_clitic(w)[0] in EVENTS.INAUGURATE or w in _TO_INAUGURATE
            or (w[:1] == "و" and w[1:] in _TO_INAUGURATE)):
        return False
    if not i < k <= i + _SITE_REACH:
        return False
    opener = next((x for x in range(k - 1, max(i, k - 1 - _ACTIVITIES_SPAN), -1) if tokens[x].norm in _ACTIVITIES),
                  None)
    if opener is None:
        return False
    return all(tokens[x].sent == tokens[i].sent and tokens[x].norm not in _CLAUSE_OPENERS and tokens[x].is_word
               for x in range(i, k))


_ACTIVITIES = frozenset(fold(w) for w in ("فعاليات", "أعمال", "اعمال"))
_ACTIVITIES_SPAN = 6
_TO_INAUGURATE = FUNCTION_WORDS.TO_INAUGURATE
_SITE_REACH = 30
_CITY_OR_CAPITAL = frozenset(fold(w) for w in ("مدينة", "العاصمة"))
"""How far after an inauguration's verb its site's "في مدينة" may stand (the agent's offices stand between)."""
_VENUE_REACH = 20
_HOST_TITLES = 16
"""How much further "بمقر X في <city>" may stand after a verb of receiving or meeting, whose host's offices and
styles stand between ("استقبل المستشار في الديوان الملكي المشرف العام على مركز X الدكتور Y بمقر المركز في الرياض",
ext-t99; 16 since ext-t135: the guest delegation's name and "، أمس،" between too)."""
_VENUE_SPAN = 10


def _held_for_days(tokens: list[Token], k: int) -> bool:
    """ "اجتماعات اللجنة …، التي ستنعقد لمدة يومين في دولة الكويت" (ext-t135): a relative clause "which (will be) held"
    with its length ("لمدة يومين", "على مدى ثلاثة أيام") between the verb and "في" opens the city as well."""
    for verb in range(k - 2, max(0, k - 5), -1):
        if strip_clitic(tokens[verb].norm, "س")[0] in _HELD_IN and tokens[verb - 1].norm in RELATIVES:
            between = [t.norm for t in tokens[verb + 1 : k]]
            return bool(between) and between[0] in _LENGTH_WORDS and all(t.is_word for t in tokens[verb + 1 : k])
    return False


_LENGTH_WORDS = frozenset(fold(w) for w in ("لمدة", "مدة", "طيلة", "طوال"))
_HELD_IN = frozenset(fold(w) for w in ("عقد", "عقدت", "انعقد", "انعقدت", "يعقد", "تعقد", "ينعقد", "تنعقد"))
_VENUE_WORDS = frozenset(fold(w) for w in ("مقر", "بمقر", "منزل", "بمنزل", "منزله", "بمنزله", "منزلها", "بمنزلها"))
"""A venue phrase's head: a seat, or a home ("بزيارة للشيخ X … بمنزل فضيلته في محافظة Y", ext-t139)."""


def _city_of_country(tokens: list[Token], j: int) -> bool:
    """ "مدينة X الألمانية": one plain word after "مدينة" and before a definite adjective of nationality names a
    city, though no gazetteer lists it (not "مدينة العرفان الجامعية": an article word is a compound's)."""
    if not 0 < j < len(tokens) - 1 or tokens[j - 1].norm != _CITY:
        return False
    tok, nxt = tokens[j], tokens[j + 1]
    return tok.is_word and not tok.article and not is_stop(tok.norm) and len(tok.norm) > 2 \
        and nxt.sent == tok.sent and (tok.norm,) not in lexicon().countries and (_adjective(nxt) or (
            nxt.norm == fold("في") and j + 2 < len(tokens) and (tokens[j + 2].norm,) in lexicon().countries)
            or (nxt.norm in _IN_STATE and j + 2 < len(tokens) and tokens[j + 2].sent == tok.sent
                and tokens[j + 2].is_word and (nxt.norm in _IN_GOVERNORATE or (
                    not tokens[j + 2].article and not is_stop(tokens[j + 2].norm)))))
    # "مدينة X في أستراليا": its country after "في" (ext-t38); "مدينة X بولاية Y": the state it lies in (ext-t156),
    # "مدينة X بمحافظة Y", "بإقليم Y": the governorate or province it lies in (r2-slots)


_IN_GOVERNORATE = frozenset(fold(w) for w in ("بمحافظة", "بإقليم"))  # "مدينة X بمحافظة Y" (r2-slots): any name Y
_IN_STATE = frozenset(fold(w) for w in ("بولاية", "بمقاطعة")) | _IN_GOVERNORATE
"""After a town named by "مدينة", the federal state or province it lies in ("في مدينة X بولاية Y الأمريكية"): the
word before is a city though no gazetteer lists it."""


def _foreign_city_before_cue(tokens: list[Token], ev: EventMention, k: int) -> str | None:
    """ "بدأت اليوم في مدينة X الكندية اجتماعات …", "انطلقت في مدينة X الألمانية أعمال المؤتمر" (ext-t96): after "في", a
    city no gazetteer lists, named by "مدينة" and its country's adjective, with a cue of the event within a few words
    after the adjective, is where the event sat (as "انطلقت في الدوحة أعمال الاجتماع" is)."""
    if k + 3 >= len(tokens) or tokens[k + 1].norm != _CITY or not _city_of_country(tokens, k + 2) \
            or not _adjective(tokens[k + 3]):
        return None
    end = k + 4  # past "في مدينة X الـ…ية"
    s = tokens[k].sent
    same = [i for i in ev.cues if tokens[i].sent == s]
    if any(end <= i <= end + 3 and all(t.is_word for t in tokens[end:i]) for i in same):
        return tokens[k + 2].text  # (not "ولد في مدينة X الإسبانية، وترأس أمس اجتماع …": another clause)
    # "بدأت اليوم في مدينة X الكندية اجتماعات … ويركز الاجتماع …": a plural of talks in the lede, the event named
    # "الاجتماع" in its own sentence or the next
    if end < len(tokens) and tokens[end].norm in _TALKS and any(
            tokens[i].sent in (s, _next_worded(tokens, k)) and tokens[i].article for i in ev.cues):
        return tokens[k + 2].text
    return None


def _where_before(tokens: list[Token], ev: EventMention) -> str | None:
    """ "وصل الوزير إلى جدة، حيث كان في استقباله …", "حطت طائرته في مطار X الدولي، حيث التقى …" (r2-slots): an event
    cue in a clause opened by "حيث" (where) took place in the city the same sentence named before "حيث", after "في" or
    "إلى" (a venue noun such as "مطار" passed over); the nearest one before "حيث"."""
    if not ev.cues:
        return None
    c = ev.cues[0]
    where = next((x for x in range(c - 1, max(-1, c - _WHERE_GAP), -1)
                  if tokens[x].sent == tokens[c].sent and strip_clitic(tokens[x].norm, "و")[0] == _WHERE), None)
    if where is None:
        return None
    for k in range(where - 1, max(-1, where - _WHERE_BACK), -1):
        if tokens[k].sent != tokens[where].sent:
            return None
        if tokens[k].norm in _IN_OR_TO and k + 1 < where and (tokens[k + 1].norm in EVENTS.TIME_WORDS
                                                              or tokens[k + 1].norm in _CLOCK):
            continue  # "… في مطار X الدولي في الساعة الخامسة مساء الجمعة، حيث": a time, not a place
        if tokens[k].norm in _IN_OR_TO and k + 1 < where:
            at = k + 1 + (tokens[k + 1].norm in EVENTS.PLACE_NOUNS or tokens[k + 1].norm in _WHERE_VENUES)
            size = _city_len(tokens, at) if at < where else 0
            if size and at + size <= where:
                return _text_of(tokens, at, at + size)
            visited = _country_visited(tokens, k + 1) if tokens[k].norm != "في" else None
            if visited is not None:
                return visited  # "وصل الرئيس إلى مصر، حيث كان في استقباله …": the country arrived in
            return None  # only the nearest "في" or "إلى" ("… في باريس، … في وادي X حيث التقت": not Paris)
    return None


_WHERE = fold("حيث")
_WHERE_GAP = 4
_WHERE_BACK = 24
_CLOCK = frozenset(fold(w) for w in ("الساعة", "تمام", "حوالي", "نحو"))
_IN_OR_TO = frozenset({fold("في"), fold("إلى"), "الى"})
_WHERE_VENUES = frozenset(fold(w) for w in ("مطار", "مقر", "قاعة", "فندق", "قصر", "مبنى"))


def _next_worded(tokens: list[Token], k: int) -> int:
    """The first sentence after ``tokens[k]``'s that holds a word (a lone stop is a sentence of its own)."""
    return next((t.sent for t in tokens[k:] if t.sent > tokens[k].sent and t.is_word), -1)


def _lede_talks_city(tokens: list[Token], ev: EventMention) -> str | None:
    """The city of ``_foreign_city_before_cue`` in the worded sentence right before the event's first cue's."""
    if not ev.cues or not any(tokens[i].article for i in ev.cues):
        return None  # (cheap gate: the talks are named again by a definite cue)
    first = min(ev.cues)
    s = max((t.sent for t in tokens[:first] if t.is_word and t.sent < tokens[first].sent), default=-1)
    if s < 0:
        return None
    for k, tok in enumerate(tokens):
        if tok.sent == s and tok.norm == "في":
            city = _foreign_city_before_cue(tokens, ev, k)
            if city is not None:
                return city
        elif tok.sent > s:
            break
    return None


_TALKS = frozenset(fold(w) for w in ("اجتماعات", "مباحثات", "محادثات", "مشاورات"))


def _to_city(tokens: list[Token], k: int) -> str | None:
    """The city a visit goes to, at ``tokens[k]`` (a visit kind may come first): "لـX", "للدوحة", "إلى X"."""
    undertaken = k > 1 and strip_clitic(tokens[k - 2].norm, "ول")[0] in _UNDERTAKE  # "دعاه للقيام بزيارة إلى مصر"
    staying = k > 1 and tokens[k - 2].norm == "في"  # "الذي يوجد في زيارة لـX": where a guest is staying
    if k < len(tokens) and (tokens[k].norm in EVENTS.VISIT_KINDS or tokens[k].norm in _VISIT_MANNER):
        k += 1
        if k < len(tokens) and tokens[k].norm in COMMAS:
            k += 1  # "زيارة خاطفة، إلى عدن" (ext-t38)
    if k >= len(tokens):
        return None
    tok = tokens[k]
    if tok.norm in (fold("إلى"), "الى") and k + 1 < len(tokens):
        size = _city_len(tokens, k + 1)
        if size:
            return _text_of(tokens, k + 1, k + 1 + size)
        if k + 2 < len(tokens) and tokens[k + 1].norm in _TOWN_HEADS:  # "بزيارة إلى محافظة X" (ext-t97)
            size = _city_len(tokens, k + 2)
            if size:
                return _text_of(tokens, k + 2, k + 2 + size)
        return None if undertaken else _country_visited(tokens, k + 1)
    if tok.norm[:1] == "ل" and tok.norm[1:] in _TOWN_HEADS and k + 1 < len(tokens):
        size = _city_len(tokens, k + 1)  # "بزيارة لمحافظة X", "لمدينة X": the town after its head (ext-t97)
        if size:
            return _text_of(tokens, k + 1, k + 1 + size)
    if tok.norm.startswith("ل") and len(tok.norm) > 3:
        rest = tok.norm[1:]
        if rest.startswith("ل"):  # "للدوحة": ل + الدوحة
            rest = "ا" + rest
        probe = [Token(tok.text[1:], rest, tok.start + 1, tok.end, tok.sent, True), *tokens[k + 1 : k + 4]]
        size = _city_len(probe, 0)
        if size:
            text = _text_of(tokens, k, k + size, skip=1)
            return ("ا" + text) if tok.norm[1:2] == "ل" else text
        country = None if undertaken or staying else _country_visited(probe, 0)  # "زيارة عمل لقطر", "لليمن": the
        if country is not None:  # country visited, as after "إلى" (not "للقيام بزيارة لمصر", one asked for, nor "يوجد
            return ("ا" + country) if tok.norm[1:2] == "ل" else country  # في زيارة لفرنسا", a guest's stay) (fslot)
    return None


_TOWN_HEADS = frozenset(fold(w) for w in ("مدينة", "محافظة"))
"""A governorate or a city: the head of a town visited ("بزيارة إلى محافظة X"), and after a body's name its seat;
not a region ("بمنطقة مكة المكرمة"), which a branch serves and whose cities its events may be held in."""


def _town_visited(tokens: list[Token], j: int) -> str | None:
    """ "زار الوزير العاصمة العمانية مسقط", "زار محافظة X", "زار جدة" (ext-t121): right after a verb of visiting, a
    town (after "العاصمة", "مدينة" or "محافظة", a nationality adjective passed over) is where the visit went; a country
    is not ("زار فرنسا": ``_city_len``)."""
    if tokens[j].norm in _TOWN_HEADS or tokens[j].norm == _CAPITAL:
        j += 1
        if j + 1 < len(tokens) and _adjective(tokens[j]) and not place_len(tokens, j):
            j += 1  # "العاصمة الأردنية عمان"
    size = _city_len(tokens, j) if j < len(tokens) else 0
    return _text_of(tokens, j, j + size) if size else None


_CAPITAL = fold("العاصمة")


def _country_visited(tokens: list[Token], j: int) -> str | None:
    """ "زيارة إلى اليمن", "وصل … إلى جمهورية مصر": a country (its "جمهورية" or "دولة" passed over) that a visit goes
    to is its place, as the gold sets write it (a country is otherwise no event's place), ext-t66."""
    if j < len(tokens) and tokens[j].norm in _STATE_WORDS:
        j += 1
    size = place_len(tokens, j) if j < len(tokens) else 0
    if size and tuple(t.norm for t in tokens[j : j + size] if t.norm != "-") in lexicon().countries:
        return _text_of(tokens, j, j + size)
    return None


_STATE_WORDS = frozenset(fold(w) for w in ("جمهورية", "دولة"))
_UNDERTAKE = frozenset(fold(w) for w in ("القيام", "لقيام", "بالقيام"))
"""Before a visit noun ("للقيام بزيارة"): a visit asked for or planned, whose country is not where the event sat."""
_VISIT_MANNER = frozenset(fold(w) for w in ("خاطفة", "قصيرة", "سريعة", "مفاجئة"))
"""How a visit went ("زيارة خاطفة، إلى عدن"): read only before its city, not as a visit's kind (ext-t38)."""


def _refers_back(tokens: list[Token], i: int, k: int) -> bool:
    """ "هذه المناظرة … بعد تلك التي نظمت في X": a cue after a demonstrative, or a demonstrative or an attribute of
    the future ("المقرر", "المقبل") between the cue and "في", speaks of an event told elsewhere; the city is not this
    event's place."""
    return any(tokens[j].norm in EVENTS.DEMONSTRATIVES or (j > i and tokens[j].norm in EVENTS.FUTURE
                                                             and tokens[j].norm.startswith("ال"))
               for j in range(max(0, i - 1), k))  # "الاجتماع الوزاري المقرر عقده في X": another, announced one


def _city_len(tokens: list[Token], j: int) -> int:
    """``place_len``, but a country is no event's place ("بفرنسا" says where, not in which city) — but a city-state,
    whose capital bears its name ("في الكويت", ext-t66); nor a place word that opens a region of the world ("متوجها
    إلى الشرق الأوسط", ev23)."""
    size = place_len(tokens, j)
    if size and tuple(t.norm for t in tokens[j : j + size] if t.norm != "-") in lexicon().countries \
            and not (size == 1 and tokens[j].norm in EVENTS.CITY_STATES):
        return 0
    if size and j + size < len(tokens) and tokens[j + size].norm in EVENTS.WIDER_REGION:
        return 0
    return size


_ARABIC = regex.compile(r"\p{Arabic}")
_MASTHEAD_WORDS = 3


_THAT = frozenset({fold("أن"), fold("إن"), "ان", fold("بأن"), "بان"})


def _set_off_city(tokens: list[Token], lede: int | None, inside: set[int]) -> str | None:
    """ "أشاد المدير العام X في جنيف، بالتزام …", "شارك المغرب يومي الجمعة والسبت 26 - 27 أبريل، بوغادوغو، في أشغال
    …": in the lede's reporting clause (before any "أن"/"إن"), a city after "في" and closed by a comma, or a bare city
    between two commas right after a day or a month, is where the event took place."""
    for k, tok in enumerate(tokens[:-1]):
        if tok.sent != lede or k in inside:
            continue
        if tok.norm in _THAT:
            return None  # what follows is what was said, not where
        # not "عالم الأعمال في X،": a definite noun's qualifier
        if not ((tok.norm == "في" and not (k > 0 and tokens[k - 1].article))
                or (tok.norm in COMMAS and k > 0 and _time_word(tokens[k - 1]))):
            continue
        at = k + 1
        size = _city_len(tokens, at)
        end = at + size
        if size and end < len(tokens) and tokens[end].sent == lede and tokens[end].norm in COMMAS \
                and not any(x in inside for x in range(at, end)) and not _in_relative_clause(tokens, k):
            return _text_of(tokens, at, end)
    return None


def _in_relative_clause(tokens: list[Token], k: int) -> bool:
    """ "وافق مجلس الأمن على مشروع قرار يصادق على الاتفاق الذي توصلت إليه الدول مع طهران في فيينا،" (slots10): "في"
    at ``k`` inside a relative clause (no comma since its pronoun) whose antecedent is no event's noun tells where
    that thing was done, not where the event took place."""
    for x in range(k - 1, max(-1, k - _RELATIVE_REACH), -1):
        if tokens[x].sent != tokens[k].sent or tokens[x].norm in COMMAS:
            return False
        if tokens[x].norm in RELATIVES_WITH_PLURAL:
            return all(cue_kind(tokens, y) is None for y in range(max(0, x - 2), x))
    return False


_RELATIVE_REACH = 12


def _time_word(tok: Token) -> bool:
    """A day's or a month's word, or a day's number, that a lede's date ends with."""
    w = tok.norm
    return w.isdigit() or w in CALENDAR.MONTHS or w in CALENDAR.WEEKDAYS or w in EVENTS.TIME_WORDS


def _lede(tokens: list[Token], title: int) -> int | None:
    """The lede's sentence: the first one with words but the title, past any with fewer than three Arabic words of
    more than one letter ("AHDATH.INF", "و م ع": an outlet's or an agency's mark opening the text), or, when every
    sentence is such, the first one with words."""
    counts: dict[int, int] = {}
    first = None
    for t in tokens:
        if not t.is_word or t.sent == title:
            continue
        if first is None:
            first = t.sent
        if len(t.norm) > 1 and _ARABIC.search(t.norm):
            counts[t.sent] = counts.get(t.sent, 0) + 1
            if counts[t.sent] >= _MASTHEAD_WORDS:
                return t.sent
    return first


def _title_of(tokens: list[Token]) -> int:
    """The first line's sentence when it is a short headline (the lede is the next sentence)."""
    first = tokens[0].sent if tokens else -1
    line = [t for t in tokens if t.sent == first]
    return first if line and len(line) <= 25 and not any(t.norm == "." for t in line) else -1


def _seat_at(tokens: list[Token], k: int) -> int:
    """Tokens of a place written behind "ب" at ``tokens[k]`` ("ببيلباو", "بالدار البيضاء"), or 0."""
    tok = tokens[k]
    if not tok.norm.startswith("ب") or len(tok.norm) < 4:
        return 0
    probe = [after_proclitic(tok), *tokens[k + 1 : k + 4]]
    return place_len(probe, 0)


def _holder_seat(tokens: list[Token], ev: EventMention) -> str | None:
    """ "أقامت الجمعية الخيرية … بمحافظة الزلفي حفل معايدة": a ceremony or forum held by a body seated in a place
    written behind "ب" right after its name (or inside it), in the event's sentences, took place there (ext-t31)."""
    body = ev.body
    hosted = _host_seat(tokens, ev)
    if hosted is not None:
        return hosted
    # a council's sitting at its seat too ("عقد المجلس البلدي بمحافظة X جلسته", ext-t38)
    own = _held_its_own(tokens, ev)
    if (ev.kind not in ("other", "assembly", "session") and own is None) or body is None \
            or tokens[body.first].sent not in {tokens[i].sent for i in ev.cues} | _referred_back(tokens, ev):
        return None
    for k in range(body.first + 1, min(len(tokens), max(body.last + 1, own or 0))):
        if own is not None and k >= body.last and not tokens[k].is_word:
            return None  # (a comma or a bracket between the body and its own cue: no seat of the body's)
        if tokens[k].sent != tokens[body.first].sent:
            return None
        if tokens[k].norm[:1] == "ب" and tokens[k].norm[1:] in _REGION:
            return None
        if tokens[k].norm[:1] == "ب" and tokens[k].norm[1:] in _TOWN_HEADS and k + 1 < len(tokens):
            name = tokens[k + 1]  # "بمحافظة الزلفي": a governorate, region or city no gazetteer may list
            if name.sent == tokens[k].sent and name.is_word and not is_stop(name.norm) \
                    and cue_kind(tokens, k + 1) is None and (place_len(tokens, k + 1) or not name.norm.endswith(
                        ("ية", "يه"))):
                return _text_of(tokens, k + 1, k + 1 + (place_len(tokens, k + 1) or _bare_name_len(tokens, k + 1)))
            return None
        size = _seat_at(tokens, k)
        if size:
            probe = [Token(tokens[k].text[1:], tokens[k].norm[1:], tokens[k].start + 1, tokens[k].end,
                           tokens[k].sent, True), *tokens[k + 1 : k + 4]]
            if _city_len(probe, 0):
                return _text_of(tokens, k, k + size, skip=1)
    return None


def _held_its_own(tokens: list[Token], ev: EventMention) -> int | None:
    """ "عقدت اللجنة المحلية بمحافظة X أمس اجتماعها الأول": a meeting whose body is the subject of a verb of holding
    and whose cue is its own ("اجتماعها", "اجتماعه") is the body's sitting, held at its seat like a session
    (r2-slots); not "عقد الوزير اجتماعا مع لجنة X بمحافظة Y", where the body is the one met. The cue's position (the
    body's name may run on unread up to it: "لانتخابات المجالس البلدية بمحافظة X"), or None."""
    body = ev.body
    if ev.kind != "meeting" or body is None or body.first == 0:
        return None
    verb = strip_clitic(tokens[body.first - 1].norm, "و")[0]
    if verb not in _HELD_IN:
        return None
    return next((i for i in ev.cues if body.last <= i <= body.last + _OWN_REACH
                 and tokens[i].sent == tokens[body.first].sent and tokens[i].norm.endswith(_ITS)), None)


_ITS = ("ها", "ه")
_OWN_REACH = 12


_BARE_COUNCILS = frozenset({fold("المجلس"), fold("اللجنة")})


def _referred_back(tokens: list[Token], ev: EventMention) -> set[int]:
    """ "طالب المجلس البلدي بمحافظة X بـ… . جاء ذلك خلال جلسة المجلس الثالثة": a sitting of the bare council, the
    sentence before it (where the council is named in full, with its seat) (ext-t49)."""
    if ev.kind != "session":
        return set()
    return {tokens[i].sent - 1 for i in ev.cues
            if i + 1 < len(tokens) and not tokens[i].article and tokens[i + 1].norm in _BARE_COUNCILS}


def _host_seat(tokens: list[Token], ev: EventMention) -> str | None:
    """ "تستضيف بلدية محافظة X اليوم الاجتماع الدوري …": a body named right after a verb of hosting, in the event's
    sentences, whose name ends with "محافظة X" or "مدينة X" (one or two words), hosts the event in X (ext-t38)."""
    body = ev.body
    if body is None or body.first == 0 or tokens[body.first].sent not in {tokens[i].sent for i in ev.cues}:
        return None
    verb = strip_clitic(tokens[body.first - 1].norm)[0]
    if verb not in EVENTS.HOST_VERBS and not (ev.kind in ("other", "assembly", "meeting") and verb in _HOLDS):
        return None  # "أقامت بلدية محافظة X حفل معايدة": held at its seat (ext-t44; not "نظمت", organised, which
        # may be elsewhere: ext-t38's guard)
    for k in range(body.first + 1, body.last - 1):
        if tokens[k].norm in _TOWN_HEADS and 1 <= body.last - (k + 1) <= 2 \
                and all(t.is_word and not is_stop(t.norm) for t in tokens[k + 1 : body.last]):
            return _text_of(tokens, k + 1, body.last)
    if body.kind == "territorial" and verb in EVENTS.HOST_VERBS:  # "تستضيفه أمانة الطائف": the city ending a
        for k in range(body.first + 1, body.last):  # territorial host's name (not a chamber's nor a university's,
            size = _city_len(tokens, k)  # which the gold sets leave unplaced), ext-t66
            if size and k + size == body.last:
                return _text_of(tokens, k, body.last)
    return None


_HOLDS = frozenset(fold(w) for w in ("أقام", "أقامت", "يقيم", "تقيم"))


def _bare_name_len(tokens: list[Token], j: int) -> int:
    """A place no gazetteer lists: one word, or two when a bare word is followed by a definite one of the same name
    ("بمحافظة دومة الجندل جلسته", "بمحافظة وادي الدواسر": ext-t38; not a time word, a cue or a style after it)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None or tokens[j].article or not nxt.article or nxt.sent != tokens[j].sent or not nxt.is_word \
            or is_stop(nxt.norm) or nxt.norm in EVENTS.TIME_WORDS or cue_kind(tokens, j + 1) is not None \
            or nxt.norm in _NOT_NAME_ENDS:
        return 1
    return 2


_NOT_NAME_ENDS = frozenset(fold(w) for w in ("الأمير", "الشيخ", "المهندس", "الدكتور", "الأستاذ", "المبارك",
                                              "الماضي", "الحالي", "الجاري", "المقبل"))


_REGION = frozenset(fold(w) for w in ("منطقة", "المنطقة"))


def _text_of(tokens: list[Token], a: int, b: int, skip: int = 0) -> str:
    parts = []
    for k in range(a, b):
        t = tokens[k].text[skip:] if k == a else tokens[k].text
        parts.append(t)
    return " ".join(p for p in parts if p != "-").replace(" - ", "-")


_HIM = frozenset({"له", "لها", "لهم", "لهما"})


_SEAT_BACK = {fold("بالمحافظة"): fold("محافظ"), fold("بالإمارة"): fold("أمير"), fold("بالامارة"): fold("أمير")}
_SEAT_BACK_BARE = {fold("المحافظة"): fold("محافظ"), fold("الإمارة"): fold("أمير"), fold("الامارة"): fold("أمير"),
                   fold("الأمانة"): fold("أمين"), fold("الامانة"): fold("أمين")}  # "بمقر الأمانة": a mayor's (ext-t102)
_MAYOR = fold("أمين")
_GENERAL = frozenset(fold(w) for w in ("العامة", "العام"))  # "بمقر الأمانة العامة": a secretariat's, no city's
_SEAT_VENUES = frozenset(fold(w) for w in ("بديوان", "بمبنى", "بمقر", "ديوان", "مبنى", "مقر"))
_GOVERNOR = fold("محافظ")
_HIS_OFFICE = frozenset(fold(w) for w in ("بمكتبه", "مكتبه"))


def _governorate_named(tokens: list[Token], j: int, last: int) -> str | None:
    """ "محافظ الرس", "محافظ وادي الدواسر" (ext-t96): the governorate a governor's office names, one or two words no
    gazetteer lists, when they are the whole rest of the office and open no body ("محافظ المؤسسة العامة …")."""
    if not 0 < last - j <= 2 or starts_head(tokens, j, strip=False) or tokens[j].norm in _GOVERNORATE_NOUNS:
        return None
    if any(not tokens[x].is_word or is_stop(tokens[x].norm) for x in range(j, last)):
        return None
    size = _bare_name_len(tokens, j) if last - j == 2 else 1
    return _text_of(tokens, j, j + size) if j + size == last else None


_GOVERNORATE_NOUNS = frozenset(fold(w) for w in ("محافظة", "المحافظة", "منطقة", "مدينة"))


def office_seat(tokens: list[Token], people: People, ev: EventMention) -> str | None:
    """ "استقبل محافظ X في مكتبه بالمحافظة أمس …", "ترأس أمير منطقة X … في مكتبه بديوان الإمارة": the seat of the
    chair's own governorate or emirate, named by its bare noun in one of the event's sentences, is the city written
    right after the noun ("في مكتبه بالإمارة أبها"), else, for a governor ("محافظ X"), the city his office names (an
    emir's region, "أمير منطقة X", is no city: the gold sets leave such receptions unplaced), ext-t66."""
    if ev.chair is None:
        return None
    holder = ev.chair.person.name if ev.chair.person is not None else ev.chair.post.holder if ev.chair.post else None
    posts = [p for p in people.posts if p is (ev.chair.post) or (holder is not None and p.holder == holder)]
    posts += [p for p in people.posts if p.holder is None and any(q.first == p.last for q in posts)]  # his row:
    if not posts:  # "محافظ ينبع بالنيابة نائب رئيس المجلس المحلي X"
        return None
    sents = {tokens[i].sent for i in ev.cues}
    for k, tok in enumerate(tokens):
        if tok.sent not in sents:
            continue
        head = _SEAT_BACK.get(tok.norm)
        if head is None and k > 0 and tokens[k - 1].norm in _SEAT_VENUES:
            head = _SEAT_BACK_BARE.get(tok.norm)  # "بديوان المحافظة", "بمقر الإمارة"
        if head is None and tok.norm in _HIS_OFFICE and not (k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent
                                                               and tokens[k + 1].norm[:1] == "ب"):
            head = _GOVERNOR  # "التقى محافظ X بمكتبه صباح أمس …": a governor's own office, no seat named (ext-t96)
        if head is None:
            continue
        size = _city_len(tokens, k + 1) if k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent \
            and tok.norm not in _HIS_OFFICE else 0  # (not "بمكتبه صباح أمس": a time word after it)
        if size:
            return _text_of(tokens, k + 1, k + 1 + size)
        if head == _MAYOR and k + 1 < len(tokens) and tokens[k + 1].norm in _GENERAL:
            return None
        if head not in (_GOVERNOR, _MAYOR):
            return None  # an emir's region is no city
        for post in posts:  # "بالمحافظة" in a minister's office: not his seat
            if tokens[post.first].norm == head:  # (a mayor's: "أمين منطقة المدينة المنورة … بمقر الأمانة", ext-t102)
                for x in range(post.first + 1, post.last):
                    size = _city_len(tokens, x)
                    if size and x + size <= post.last:
                        return _text_of(tokens, x, x + size)
                bare = _governorate_named(tokens, post.first + 1, post.last) if head == _GOVERNOR else None
                if bare is not None:
                    return bare
        return None
    return None


def reception_place(tokens: list[Token], cue: int) -> str | None:
    """ "لدى استقبال نائب الرئيس اليمني رئيس مجلس الوزراء X له الليلة الماضية في الرياض": the city after "في" within
    a few words of the "له" that closes a reception's host (however long the host's titles)."""
    him = next((x for x in range(cue + 1, min(len(tokens), cue + 25)) if tokens[x].sent == tokens[cue].sent
                and tokens[x].norm in _HIM), None)
    if him is None:
        return None
    for k in range(him + 1, min(len(tokens) - 1, him + 5)):
        if tokens[k].sent != tokens[cue].sent:
            return None
        if tokens[k].norm == "في":
            size = _city_len(tokens, k + 1)
            return _text_of(tokens, k + 1, k + 1 + size) if size else None
    return None


def arrival_place(tokens: list[Token], verb: int, cue: int) -> str | None:
    """ "وصل الوزير (أمس) إلى الدوحة … في زيارة": the city after the first "إلى" between an arrival verb and the visit
    noun at ``cue`` (not a country)."""
    for k in range(verb + 1, min(len(tokens) - 1, cue)):
        if tokens[k].norm in (fold("إلى"), "الى"):
            at = k + 1 + (tokens[k + 1].norm in EVENTS.PLACE_NOUNS and k + 2 < len(tokens))  # "إلى مدينة عدن"
            if at == k + 2 and at + 1 < len(tokens) and _adjective(tokens[at]) and not _city_len(tokens, at):
                at += 1  # "وصل … إلى العاصمة اليمنية صنعاء في زيارة": the capital's country adjective (ev19)
            size = _city_len(tokens, at)
            if size:
                return _text_of(tokens, at, at + size)
            visited = _country_visited(tokens, k + 1)  # "وصل … إلى جمهورية مصر في زيارة" (ext-t66)
            if visited is not None:
                return visited
            name = tokens[at]  # "إلى مدينة عدن": after "مدينة" a bare word no gazetteer lists is the city
            city = at == k + 2 and tokens[k + 1].norm == fold("مدينة") and name.sent == tokens[k].sent
            return name.text if city and name.is_word and not name.article and not is_stop(name.norm) else None
    return None


_TO = fold("إلى")


def _visit_elsewhere(tokens: list[Token], ev: EventMention) -> bool:
    """A visit whose noun goes on "إلى" + a destination no gazetteer read ("زيارة إلى اليمن", "زيارة رسمية إلى …"):
    it took place there, not at the dateline nor the holder's seat (ext-t58)."""
    if ev.kind != "visit":
        return False
    for c in ev.cues:
        j = c + 1 + (c + 1 < len(tokens) and tokens[c + 1].norm in EVENTS.VISIT_KINDS)
        if j + 1 < len(tokens) and tokens[j].norm == _TO and tokens[j].sent == tokens[c].sent and tokens[j + 1].is_word:
            return True
    return False


_SENTENCE_END = frozenset({".", "،", ",", "؛"})
_RECALLED = frozenset(fold(w) for w in ("قد", "وقد", "كان", "كانت", "وكان", "وكانت", "سبق", "سابق", "السابق"))


def city_after_chair(tokens: list[Token], ev: EventMention) -> str | None:
    """ "عقدت اللجنة اجتماعها الخامس أمس برئاسة رئيس اللجنة X في الرياض." (ext-t88): a city after "في" right after
    the chair's name, closing its clause, in the sentence of the event's first cue, is where the sitting was held; not
    in a sentence recalling an earlier sitting ("قد", "كانت", "السابق" before the chair)."""
    if ev.chair is None or ev.chair.person is None:
        return None
    k = ev.chair.person.last
    if k + 2 >= len(tokens) or tokens[k].norm != "في" or not ev.cues or tokens[k].sent != tokens[ev.cues[0]].sent:
        return None
    x = k - 1
    while x >= 0 and tokens[x].sent == tokens[k].sent and tokens[x].norm not in _RECALLED:
        x -= 1
    if x >= 0 and tokens[x].sent == tokens[k].sent:
        return None  # "وكانت اللجنة قد عقدت اجتماعها السابق برئاسة X في جدة": an earlier sitting recalled
    size = _city_len(tokens, k + 1)
    end = k + 1 + size
    if not size or (end < len(tokens) and tokens[end].sent == tokens[k].sent
                    and tokens[end].norm not in _SENTENCE_END):
        return None
    return _text_of(tokens, k + 1, end)
