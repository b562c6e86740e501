"""Events: the main event a text reports (session, meeting, assembly, signing, visit) and any
distinct signing or announced assembly; their slots (date, place, body, number, chair, participants).

One event per distinct real event: every later "هذا الاجتماع" is the same meeting, so cues found in
the text are pooled into the main event unless they are a signing or an assembly in a sentence of
their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from marsad.loaders.extraction import cues
from marsad.loaders.extraction.chain import place_len
from marsad.loaders.extraction.dates import DateMention
from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.lexicon import lexicon
from marsad.loaders.extraction.people import People, PersonMention, PostMention
from marsad.loaders.extraction.text import Token, strip_clitic, title_sentence
from marsad.loaders.extraction.words import ORDINALS
from marsad.loaders.normalize import fold, match_key

_PRIORITY = {"session": 0, "assembly": 1, "signing": 2, "meeting": 3, "visit": 4, "other": 5}
_BODY_KINDS = ("governing_body", "parliament", "territorial", "ministry", "public_body", "high_commission",
               "local_service", "association", "other", "company")
_NUMBER = regex.compile(r"^(?:ال)?(\d{1,3})$")
_SKIP_AFTER_CHAIR = frozenset(fold(w) for w in ("أشغال", "اشغال", "هذا", "هذه", "الاجتماع", "اللقاء", "الدورة",
                                                "الحفل", "الجلسة", "فعاليات", "اجتماعا", "لقاء", "الذي", "التي",
                                                "صاحب", "صاحبة", "السمو", "الجلالة", "سمو", "جلالة", "الملكي"))
_SUPERVISE = frozenset(fold(w) for w in ("أشرف", "أشرفت"))
_DEMONSTRATIVE = frozenset(fold(w) for w in ("هذا", "هذه", "ذلك", "تلك"))
_PLACE_PREFIX = frozenset(fold(w) for w in ("بمدينة",))


@dataclass(slots=True)
class Agent:
    person: PersonMention | None = None
    post: PostMention | None = None


@dataclass(slots=True)
class EventMention:
    kind: str
    cues: list[int]  # token indexes of the cue words
    date: dt.date | None = None
    place: str | None = None
    body: InstMention | None = None
    number: int | None = None
    chair: Agent | None = None
    participants: list[Agent] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    owner: InstMention | None = None  # the institution an announced event belongs to


def _cue_kind(tokens: list[Token], i: int) -> str | None:
    w = tokens[i].norm
    base = strip_clitic(w)[0]
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if (w, nxt) in cues.PRESS or (base, nxt) in cues.PRESS:
        return "other"  # a press conference
    if w in cues.VISIT_VERBS:
        return "visit"
    if (w, nxt) in cues.ASSEMBLY_TWO or (base, nxt) in cues.ASSEMBLY_TWO:
        return "assembly"
    if (w in cues.SESSION or base in cues.SESSION) and nxt in _NOT_SITTINGS:
        return None  # "دورة انتخابية", "دورة تكوينية": a cycle or a course, not a sitting
    if (w in cues.SESSION or base in cues.SESSION) and not _possessive_lookalike(tokens[i]):
        of = _edition_of(tokens, i)  # "الدورة 11 لمؤتمر…" is the conference; "الدورة الخامسة لجائزة…" a ceremony
        if of in cues.ASSEMBLY:
            return "assembly"
        if of in cues.EDITION_OF:
            return "other"
    if w in cues.CEREMONY or base in cues.CEREMONY:
        return "other"  # a ceremony: "ترأس … حفلا تكريميا", "نظمت … معرضا"
    if (w in cues.CELEBRATION or base in cues.CELEBRATION) and not (i > 0 and tokens[i - 1].norm in _OCCASION):
        return "other"  # "حضروا … للاحتفال بالذكرى التاسعة"; not "بمناسبة الاحتفال باليوم العالمي"
    for kind, words in (("session", cues.SESSION), ("assembly", cues.ASSEMBLY), ("meeting", cues.MEETING),
                        ("visit", cues.VISIT)):
        if (w in words or base in words) and (kind != "session" or not _possessive_lookalike(tokens[i])):
            return kind  # "اجتماعه", "استقباله" are possessives of real cues; "دوره" may be "his role"
    if (w in cues.SIGN or base in cues.SIGN) and _agreement_in_sentence(tokens, i):
        return "signing"
    if w in cues.CONVENED and i > 0 and nxt in cues.TIME_WORDS and tokens[i - 1].norm in ("،", ","):
        return "meeting"  # "المكتب السياسي…، المجتمع مساء الأربعاء"
    return None


_NOT_SITTINGS = frozenset(fold(w) for w in (
    "انتخابية", "الانتخابية", "تكوينية", "التكوينية", "تدريبية", "التدريبية", "رياضية", "الرياضية", "دراسية",
    "الدراسية", "اقتصادية", "الاقتصادية", "زراعية", "الفلاحية", "فلاحية"))


def _edition_of(tokens: list[Token], i: int) -> str:
    """The noun a numbered cue is an edition of ("الدورة 11 لمؤتمر" → "مؤتمر"), without its ل; else ""."""
    k = i + 1
    if k < len(tokens) and tokens[k].norm in ("العادية", "العاديه", "الاستثنائية", "الاستثنائيه"):
        k += 1
    if k < len(tokens) and (tokens[k].norm in ORDINALS or _NUMBER.match(tokens[k].norm)):
        k += 1
    elif k + 1 < len(tokens) and f"{tokens[k].norm} {tokens[k + 1].norm}" in ORDINALS:
        k += 2
    else:
        return ""
    if k + 1 < len(tokens) and tokens[k].norm == "من" and tokens[k + 1].sent == tokens[i].sent:
        return tokens[k + 1].norm  # "الدورة 17 من مهرجان موازين"
    if k < len(tokens) and tokens[k].norm[:1] == "ل" and tokens[k].sent == tokens[i].sent:
        return strip_clitic(tokens[k].norm, "ل")[0]
    return ""


_DOING = frozenset(fold(w) for w in ("قام", "قامت", "يقوم", "تقوم", "قاما", "يقومان", "سيقوم", "ستقوم", "قاموا"))
_VISIT_VERBS = frozenset(fold(w) for w in ("قام", "قامت", "يقوم", "تقوم", "قاما", "يقومان", "في", "خلال", "إطار"))
_VISIT_KINDS = frozenset(fold(w) for w in ("عمل", "تفقدية", "رسمية", "ميدانية", "دولة", "رسمي"))


def _real_visit(tokens: list[Token], i: int) -> bool:
    """ "قام بزيارة", "زيارة عمل/تفقدية/رسمية": an official visit, not any mention of a visit."""
    prev = tokens[i - 1].norm if i > 0 else ""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if (tokens[i].norm.startswith("ب") and prev in _VISIT_VERBS) or nxt in _VISIT_KINDS:
        return True
    # "يقوم وفد مغربي يرأسه وزير … بزيارة": the verb opens the clause, the subject stands between
    return tokens[i].norm.startswith("ب") and any(
        tokens[k].norm in _DOING and tokens[k].sent == tokens[i].sent for k in range(max(0, i - 15), i))


def _possessive_lookalike(tok: Token) -> bool:
    """ "دوره" (his role) folds like "دورة" (a session): the cue must be written with ة or a suffix."""
    surface = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return tok.norm.endswith("ه") and not surface.endswith(("ة", "ته", "تها", "تهم"))


def _agreement_in_sentence(tokens: list[Token], i: int) -> bool:
    sent = tokens[i].sent
    for k in range(max(0, i - 12), min(len(tokens), i + 12)):
        if tokens[k].sent != sent:
            continue
        base = strip_clitic(tokens[k].norm)[0]
        if tokens[k].norm in cues.AGREEMENT_WORDS or base in cues.AGREEMENT_WORDS:
            return True
        if k + 1 < len(tokens) and (base, tokens[k + 1].norm) == cues.MEMO:
            return True
    return False


def _future(tokens: list[Token], i: int) -> bool:
    sent = tokens[i].sent
    return any(tokens[k].norm in cues.FUTURE for k in range(max(0, i - 4), min(len(tokens), i + 6))
               if tokens[k].sent == sent)


def find_events(text: str, tokens: list[Token], insts: list[InstMention], people: People, dates: list[DateMention],
                published: dt.date | None, approvals: list[int]) -> list[EventMention]:
    hits: list[tuple[int, str]] = []
    for i, tok in enumerate(tokens):
        if tok.is_word:
            kind = _cue_kind(tokens, i)
            if kind:
                hits.append((i, kind))
    for i in approvals:  # "صادق مجلس X على…" is a sitting of X
        if _subject_body(tokens, insts, i) is not None:
            hits.append((i, "session"))
    hits.extend((i, "session") for i in _implied_sittings(tokens, insts) if (i, "session") not in hits)
    hits.sort()
    if not hits:
        return []
    demonstrative = {i for i, _ in hits if i > 0 and tokens[i - 1].norm in _DEMONSTRATIVE}
    title_sent = title_sentence(text, tokens)
    main_sents_plain = {tokens[i].sent for i, k in hits if k != "signing" and i not in demonstrative}
    merged_sign = {i for i, k in hits if k == "signing" and (tokens[i].sent in main_sents_plain
                                                              or tokens[i].sent == title_sent)}
    if merged_sign:
        hits = [(i, "signing_main" if i in merged_sign else k) for i, k in hits]
    announced = {i for i, k in hits if k == "assembly" and _future(tokens, i) and i not in demonstrative}
    for i, tok in enumerate(tokens):  # "تدارس مجلس الحكومة…", "سيعقد مجلس النواب…": a sitting of that body
        if tok.norm in cues.SITTING_VERBS and any(
                m.first in (i + 1, i + 2) and m.kind in ("governing_body", "parliament") for m in insts):
            hits.append((i, "session"))
    hits.sort()
    weak = {i for i, k in hits
            if k == "visit" and not _real_visit(tokens, i) and tokens[i].norm not in cues.VISIT_VERBS}
    hits = [(i, k) for i, k in hits if i not in weak]
    if not hits:
        return []
    lead = sorted((i for i, k in hits if k not in ("signing", "signing_main") and i not in announced
                   and i not in demonstrative), key=lambda i: (tokens[i].sent == title_sent, i))
    if lead:
        lead_sents = {tokens[lead[0]].sent, title_sent}
        main_kind = min((k for i, k in hits if tokens[i].sent in lead_sents and k not in ("signing", "signing_main")
                         and i not in announced), key=lambda k: _PRIORITY[k])
    else:
        main_kind = "signing"
    if merged_sign and main_kind == "meeting":
        main_kind = "signing"
    main = EventMention(main_kind, [])
    extra: list[EventMention] = []
    main_sents: set[int] = set()
    for i, kind in hits:
        sent = tokens[i].sent
        if kind == "signing_main":
            kind = "signing"
        elif kind == "signing" and main_kind != "signing":
            if not any(e.kind == "signing" for e in extra):
                extra.append(EventMention("signing", [i], sentences={sent}))
            continue
        if i in announced and sent not in main_sents:
            if not any(e.kind == "assembly" for e in extra):
                extra.append(EventMention("assembly", [i], sentences={sent}))
            continue
        main.cues.append(i)
        main_sents.add(sent)
    main.sentences = main_sents
    events = [main, *extra] if main.cues else extra
    for ev in events:
        ev.cues.sort(key=lambda i: (tokens[i].sent == title_sent, i in demonstrative, i))
        _fill(ev, tokens, insts, people, dates, published, title_sent)
        if ev.kind == "meeting" and ev.body is not None and ev.body.kind in ("governing_body", "parliament") \
                and not any(p.first < ev.body.first and ev.body.last <= p.last for p in people.posts):
            ev.kind = "session"  # a convened sitting of a council, board or committee (not one in a guest's title)
    for ev in extra:
        if ev.kind == "assembly" and ev.body is None and main.body is not None:
            ev.owner = main.body
    chairs = [e.chair for e in events if e.chair]
    for ev in events:
        if ev is main or ev.kind == "signing":
            ev.participants = _participants(tokens, people, ev, chairs[0] if chairs else None)
    for ev in events:
        if not (ev.date or ev.body or ev.owner or ev.chair) and ev.cues:
            ev.owner = _speaker_body(tokens, insts, people, ev.cues[0])
    # an event with no date, body, owner or chair cannot be told apart from any other: not reported
    return [ev for ev in events if ev.date or ev.body or ev.owner or ev.chair]


def _speaker_body(tokens: list[Token], insts: list[InstMention], people: People, cue: int) -> InstMention | None:
    """ "وقال اليزمي خلال ندوة صحفية": the institution of the office holder who speaks in the cue's sentence
    (named in full or by surname) is the one holding the conference."""
    sent = tokens[cue].sent
    words = {t.norm for t in tokens if t.sent == sent}
    for p in people.posts:
        if not p.holder:
            continue
        surname = fold(p.holder).split()[-1]
        if surname not in words and strip_clitic(surname)[0] not in words:
            continue
        inner = [m for m in insts if p.first <= m.first and m.last <= p.last]
        if inner:
            return min(inner, key=lambda m: m.first)
    return None


_SITTING_BODIES = frozenset(fold(w) for w in ("مجلس الحكومة", "المجلس الحكومي", "مجلس للحكومة", "المجلس الوزاري"))
_ANNOUNCE_SKIP = frozenset(fold(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة", "الجاري", "،", ",", "-"))


def _sitting_body(m: InstMention) -> bool:
    """A chamber of parliament or the government (or ministers') council: bodies that sit."""
    return (m.kind == "parliament" and not m.name.startswith(("فريق", "الفريق", "مجموعة", "المجموعة"))) \
        or fold(m.name) in _SITTING_BODIES


def _implied_sittings(tokens: list[Token], insts: list[InstMention]) -> list[int]:
    """Cue positions (the token before the body) of sittings no event noun names:
    "ينعقد يوم الخميس المقبل، مجلس للحكومة…" (a sitting verb, then time words), "تقدم به الوزير … إلى
    المجلس الحكومي", "في معرض رده على سؤال … بمجلس المستشارين", "الندوة الصحفية التي أعقبت المجلس الحكومي"."""
    out: list[int] = []
    for m in insts:
        if not _sitting_body(m) or m.first == 0:
            continue
        sent = tokens[m.first].sent
        k = m.first - 1
        while k > 0 and tokens[k].sent == sent and (tokens[k].norm in cues.TIME_WORDS or tokens[k].norm in
                                                    _ANNOUNCE_SKIP or tokens[k].norm.isdigit()):
            k -= 1
        if tokens[k].norm in cues.SITTING_VERBS and k < m.first - 2:
            out.append(m.first - 1)  # the verb right before the body is handled with the sitting verbs
            continue
        before = tokens[m.first - 1].norm in cues.SITTING_BEFORE or tokens[m.first].norm[:1] == "ب"
        deeds = any(t.sent == sent and (t.norm in cues.SITTING_DEEDS or strip_clitic(t.norm)[0] in cues.SITTING_DEEDS)
                    for t in tokens[max(0, m.first - 25) : m.first])
        if before and deeds:
            out.append(m.first - 1)
    return out


def _subject_body(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """The body right after an approval verb ("صادق مجلس الحكومة…")."""
    if strip_clitic(tokens[i].norm)[0] not in cues.APPROVE_SUBJECT and tokens[i].norm not in cues.APPROVE_SUBJECT:
        return None
    for m in insts:
        if m.first in (i + 1, i + 2) and m.kind in ("governing_body", "parliament", "territorial"):
            return m
    return None


def _fill(ev: EventMention, tokens: list[Token], insts: list[InstMention], people: People,
          dates: list[DateMention], published: dt.date | None, title_sent: int) -> None:
    # the date: the date expression nearest the first cue (in reading order) whose sentence has one;
    # when that expression cannot be resolved (no year, no publication date) the date stays unknown
    for i in ev.cues:
        near = [d for d in dates if tokens[d.first].sent == tokens[i].sent]
        if near:
            nearest = min(near, key=lambda d: min(abs(d.first - i), abs(d.last - 1 - i)))
            ev.date = nearest.resolve(published)
            break
    ordered = ev.cues
    found = [b for b in (_body_near(tokens, insts, i) for i in ordered) if b is not None]
    bodies = [b for b in found if b.kind in ("governing_body", "parliament")] or found
    ev.body = bodies[0] if bodies else None
    for i in ordered[:1]:  # "نظمت القنصلية … بشراكة مع الوزارة …، ندوة": the organiser is the body
        verb = next((k for k in range(i - 1, max(-1, i - 40), -1) if tokens[k].sent == tokens[i].sent
                     and tokens[k].norm in _ORGANISE), None)
        if verb is not None:
            ev.body = next((m for m in insts if m.first in (verb + 1, verb + 2) and m.last <= i), ev.body)
    for i in ordered[:1]:  # "الدورة 11 لمؤتمر … التابعة للجمعية البرلمانية…": the body the conference belongs to
        if _edition_of(tokens, i) in cues.ASSEMBLY:
            ev.body = next((m for m in sorted(insts, key=lambda m: m.first) if i < m.first <= i + 16
                            and tokens[m.first].sent == tokens[i].sent), ev.body)
    dated = {tokens[d.first].sent for d in dates}
    ev.place = _place(tokens, insts, ev, dated)
    ev.number = _number(tokens, ev, title_sent)
    ev.chair = _chair(tokens, people, ev, own_only=ev.kind == "signing" and len(ev.cues) == 1)


def _body_near(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """The body a cue speaks of: the name right after it ("اجتماع مجلس…"), or, for a possessive cue
    ("عقد مجلس الجهة دورته", "عقدت الجمعية جمعها العام") or when none follows, the subject before it."""
    sent = tokens[i].sent
    after = [m for m in insts if i < m.first <= i + 8 and tokens[m.first].sent == sent]
    before = [m for m in insts if i - 20 <= m.first < i and m.last <= i and tokens[m.first].sent == sent]
    possessive = tokens[i].norm.endswith(("ه", "ها", "هم")) and len(tokens[i].norm) > 4
    first, second = (before, after) if possessive else (after, before)
    for group, pick in ((first, possessive), (second, not possessive)):
        if group:
            if pick:  # before the cue: the outermost name that opens closest to the verb
                outer = [m for m in group if not any(o is not m and o.first <= m.first and m.last <= o.last
                                                     for o in group)]
                return max(outer, key=lambda m: m.first)
            return min(group, key=lambda m: (m.first, -m.last))
    return None


def _lead_sentences(tokens: list[Token], ev: EventMention, dated: set[int]) -> list[int]:
    """The event's sentences in the order of its cues (the reporting sentence first)."""
    return list(dict.fromkeys(tokens[i].sent for i in ev.cues))


def _place(tokens: list[Token], insts: list[InstMention], ev: EventMention, dated: set[int]) -> str | None:
    seats = {k for m in insts for k in range(m.first + 1, m.last) if _seat_at(tokens, k) == m.last - k
             and ev.kind != "signing"}  # a party's seat is not where an agreement was signed
    inside = {k for m in insts for k in range(m.first, m.last)} - seats  # "القنصلية المغربية ببيلباو": its seat
    for s in _lead_sentences(tokens, ev, dated)[:2]:
        for k, tok in enumerate(tokens):
            if tok.sent != s or k in inside or not tok.is_word:
                continue
            if tok.norm.startswith("ب") and len(tok.norm) > 3:
                rest = tok.norm[1:]
                probe = [Token(tok.text[1:], rest, tok.start + 1, tok.end, tok.sent, True), *tokens[k + 1 : k + 4]]
                size = _city_len(probe, 0)
                if size:
                    return _text_of(tokens, k, k + size, skip=1)
            if tok.norm in _PLACE_PREFIX and k + 1 < len(tokens):
                size = _city_len(tokens, k + 1)
                if size and tok.norm != "في":
                    return _text_of(tokens, k + 1, k + 1 + size)
        for m in insts:  # "بمقر عمالة إقليم الحسيمة" → الحسيمة
            if tokens[m.first].sent == s and m.first > 0 and tokens[m.first - 1].norm in (fold("بمقر"), fold("مقر")) \
                    and m.kind == "territorial":
                for k in range(m.first, m.last):
                    size = _city_len(tokens, k)
                    if size and k + size == m.last:
                        return _text_of(tokens, k, m.last)
    # the lede: "أكد الوزير، اليوم السبت بمكناس، …"
    lede = next((t.sent for t in tokens if t.is_word and t.sent != _title_of(tokens)), None)
    for k, tok in enumerate(tokens):
        if tok.sent != lede or k in inside or not tok.norm.startswith("ب") or len(tok.norm) <= 3:
            continue
        probe = [Token(tok.text[1:], tok.norm[1:], tok.start + 1, tok.end, tok.sent, True), *tokens[k + 1 : k + 4]]
        size = _city_len(probe, 0)
        if size:
            return _text_of(tokens, k, k + size, skip=1)
    # a dateline "الرباط:" at the start of the title or text
    for k in range(min(len(tokens), 4)):
        size = _city_len(tokens, k)
        if size and k + size < len(tokens) and tokens[k + size].norm in (":", "-", "–"):
            return _text_of(tokens, k, k + size)
    return None


def _city_len(tokens: list[Token], j: int) -> int:
    """``place_len``, but a country is no event's place ("بفرنسا" says where, not in which city)."""
    size = place_len(tokens, j)
    if size and tuple(t.norm for t in tokens[j : j + size] if t.norm != "-") in lexicon().countries:
        return 0
    return size


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
    probe = [Token(tok.text[1:], tok.norm[1:], tok.start + 1, tok.end, tok.sent, True), *tokens[k + 1 : k + 4]]
    return place_len(probe, 0)


def _text_of(tokens: list[Token], a: int, b: int, skip: int = 0) -> str:
    parts = []
    for k in range(a, b):
        t = tokens[k].text[skip:] if k == a else tokens[k].text
        parts.append(t)
    return " ".join(p for p in parts if p != "-").replace(" - ", "-")


def _number(tokens: list[Token], ev: EventMention, title_sent: int) -> int | None:
    for k, tok in enumerate(tokens[:-1]):
        if tok.sent not in ev.sentences and tok.sent != title_sent:
            continue
        base = strip_clitic(tok.norm)[0]
        if tok.norm not in cues.NUMBERED and base not in cues.NUMBERED:
            continue
        if _edition_of(tokens, k) in cues.EDITION_OF:
            continue  # "الدورة الخامسة لجائزة…": the prize's edition, not a sitting's number
        nxt = tokens[k + 1].norm
        if nxt in ("العادية", "العاديه", "الاستثنائية", "الاستثنائيه") and k + 2 < len(tokens):
            nxt = tokens[k + 2].norm
        two = f"{nxt} {tokens[k + 2].norm}" if k + 2 < len(tokens) else ""
        if two in ORDINALS:
            return ORDINALS[two]
        if nxt in ORDINALS:
            return ORDINALS[nxt]
        m = _NUMBER.match(nxt)
        if m:
            return int(m.group(1))
        if nxt == "ال" and k + 2 < len(tokens) and tokens[k + 2].norm.isdigit():
            return int(tokens[k + 2].norm)
    return None


def _agent_at(tokens: list[Token], people: People, k: int) -> Agent | None:
    for p in people.posts:
        if p.first == k and not tokens[k].norm.endswith("ا"):  # "وزيرا الداخلية والعدل": two chairs
            person = next((pm for pm in people.persons if pm.name == p.holder), None)
            return Agent(person, p)
    for pm in people.persons:
        if pm.first == k:
            post = next((p for p in people.posts if p.holder == pm.name), None)
            return Agent(pm, post)
    return None


def _agent_ending(tokens: list[Token], people: People, k: int) -> Agent | None:
    for p in people.posts:
        if p.last == k:
            person = next((pm for pm in people.persons if pm.name == p.holder), None)
            return Agent(person, p)
    for pm in people.persons:
        if pm.last == k:
            return Agent(pm, next((p for p in people.posts if p.holder == pm.name), None))
    return None


def _chair(tokens: list[Token], people: People, ev: EventMention, *, own_only: bool = False) -> Agent | None:
    lo = ev.cues[0] if ev.cues else 0
    head_sent = tokens[lo].sent if ev.cues else -1
    order = sorted(range(len(tokens)), key=lambda k: (tokens[k].sent not in ev.sentences,
                                                      tokens[k].sent != head_sent, abs(k - lo)))
    for k in order:
        if own_only and tokens[k].sent not in ev.sentences:
            break
        w = tokens[k].norm
        two = (w, tokens[k + 1].norm) if k + 1 < len(tokens) else ("", "")
        if w not in cues.CHAIR and strip_clitic(w)[0] not in cues.CHAIR and two not in cues.CHAIR_TWO \
                and w not in (fold("استقبل"), fold("استقبلت")) and w not in _RECEPTION:
            continue
        if w in _SUPERVISE and not any(tokens[x].norm == fold("على") and tokens[x].sent == tokens[k].sent
                                       for x in range(k + 1, min(len(tokens), k + 12))):
            continue  # "أشرف … على" chairs; a bare "أشرف" is a given name
        if ev.kind in ("assembly", "session") and _leads_delegation(tokens, k):
            continue  # "بوفد برلماني … برئاسة X": X leads the delegation, not the conference
        j = k + (2 if two in cues.CHAIR_TWO else 1)
        while j < len(tokens) and (tokens[j].norm in _SKIP_AFTER_CHAIR or tokens[j].norm in ("،", ",")
                                   or tokens[j].norm in _honorifics()):
            j += 1
        agent = None if w in _RECEPTION else (_agent_at(tokens, people, j) or _agent_ending(tokens, people, k))
        if w in (fold("استقبل"), fold("استقبلت")):  # passive: "استقبل X … من طرف Y" — Y received X
            by = next((x + 2 for x in range(k + 1, min(len(tokens) - 2, k + 30)) if tokens[x].sent == tokens[k].sent
                       and tokens[x].norm == "من" and tokens[x + 1].norm in _BY), None)
            while by is not None and by < len(tokens) and tokens[by].norm in _honorifics():
                by += 1
            agent = (_agent_at(tokens, people, by) if by is not None else None) or agent
        # "خلال استقباله X": X is the guest; the host is the subject before
        if agent is None and (w == fold("ترؤس") or w in _RECEPTION):  # "ناب X … عن الرئيس في ترؤس هذا اللقاء",
            # "استعرض رئيس الحكومة … خلال استقباله …": the subject before the verbal noun
            agent = next((a for a in (_agent_at(tokens, people, x) for x in range(max(0, k - 25), k)
                                      if tokens[x].sent == tokens[k].sent) if a is not None), None)
        if agent is not None:
            return agent
    return None


_BY = frozenset(fold(w) for w in ("طرف", "قبل", "لدن"))
_OCCASION = frozenset(fold(w) for w in ("بمناسبة", "مناسبة", "إطار", "اطار", "سياق", "تخليد", "وبمناسبة"))
_ORGANISE = frozenset(fold(w) for w in ("نظم", "نظمت", "ينظم", "تنظم", "سينظم", "ستنظم", "احتضن", "احتضنت"))
_DELEGATION = frozenset(fold(w) for w in ("وفد", "الوفد", "بوفد", "وفدا", "الوفد المغربي"))


_RECEPTION = frozenset(fold(w) for w in ("استقباله", "استقبالها", "باستقباله", "باستقبالها"))


def _leads_delegation(tokens: list[Token], k: int) -> bool:
    """A chair cue that heads a delegation: "وفد … برئاسة", "بوفد برلماني من المجلس برئاسة"."""
    return any(tokens[x].norm in _DELEGATION and tokens[x].sent == tokens[k].sent for x in range(max(0, k - 6), k))


def _honorifics() -> frozenset[str]:
    from marsad.loaders.extraction.lexicon import lexicon

    return lexicon().honorifics


def _participants(tokens: list[Token], people: People, ev: EventMention, chair: Agent | None) -> list[Agent]:
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
    for p in people.posts:  # named office holders
        if p.holder and p.holder not in chair_names and p.holder not in seen and p.title not in ("الملك",):
            if _oblique(tokens, p, people):
                continue
            person = next((pm for pm in people.persons if pm.name == p.holder), None)
            seen.add(p.holder)
            out.append(Agent(person, p))
    held_titles = {fold(a.post.title) for a in out if a.post}
    listed = {a.person.name for a in out if a.person}
    for k, tok in enumerate(tokens):  # persons named as attending, with or without an office
        if tok.norm not in cues.ATTEND and strip_clitic(tok.norm)[0] not in cues.ATTEND and not (
                tok.norm in cues.CHAIR and ev.kind in ("assembly", "session") and _leads_delegation(tokens, k)):
            continue
        for pm in people.persons:
            if tokens[pm.first].sent == tok.sent and k < pm.first <= k + 30 and pm.name not in chair_names \
                    and pm.name not in listed:
                listed.add(pm.name)
                out.append(Agent(pm, next((p for p in people.posts if p.holder == pm.name), None)))
    for k, tok in enumerate(tokens):  # offices stated as attending
        if tok.norm not in cues.ATTEND and strip_clitic(tok.norm)[0] not in cues.ATTEND:
            continue
        for p in people.posts:
            if tokens[p.first].sent == tok.sent and p.first > k and p.title not in chair_names \
                    and p.title not in seen and not p.holder and fold(p.title) not in held_titles:
                seen.add(p.title)
                out.append(Agent(None, p))
    for p in people.posts:  # "سيتتبع … عرضا للوزير المنتدب …": the office presenting to the sitting
        if p.first > 0 and tokens[p.first - 1].norm in _PRESENTS and ev.kind != "signing" \
                and p.title not in chair_names and p.title not in seen and fold(p.title) not in held_titles \
                and (p.holder is None or p.holder not in listed):
            seen.add(p.title)
            out.append(Agent(next((pm for pm in people.persons if pm.name == p.holder), None), p))
    unique: dict[str, Agent] = {}  # one agent per person ("إيمانويل/ايمانويل ماكرون" are one) or unheld office
    for a in out:
        key = match_key(a.person.name) if a.person else "\x1f" + match_key(a.post.title if a.post else "")
        unique.setdefault(key, a)
    return list(unique.values())


_PRESENTS = frozenset(fold(w) for w in ("عرضا", "عرض", "بعرض", "لعرض", "عرضين", "تقريرا", "مداخلة"))


def _oblique(tokens: list[Token], p: PostMention, people: People | None = None) -> bool:
    """An office holder named as the object of a preposition ("اللقاءات التي تجمعها بوزير الصحة، X",
    "زيارة مزعومة لرئيس الوزراء X", "رسالة تحيات من X، رئيس …") is mentioned, not attending (attendance
    cues are read separately)."""
    first = tokens[p.first]
    if p.start > first.start and first.norm[:1] in "بل":
        return True  # the title was read behind a clitic
    for pm in people.persons if people is not None else []:
        if pm.name == p.holder and pm.last in (p.first, p.first - 1) and pm.first > 0:
            before = tokens[pm.first - 1].norm
            return before in _SENDER_PREPS or (pm.start > tokens[pm.first].start and tokens[pm.first].norm[:1] in "بل")
    return False


_SENDER_PREPS = frozenset(fold(w) for w in ("من", "عن", "إلى", "الى"))

