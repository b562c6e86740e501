"""Sittings that no event noun names: an approval by a body ("صادق مجلس الحكومة…"), a chamber or the
government council a minister speaks before; and the body of a speaker's press conference."""

from __future__ import annotations

from marsad.loaders.extraction.cues import DECISIONS, EVENTS
from marsad.loaders.extraction.decisions import passive_resolution
from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.people import People
from marsad.loaders.extraction.text import Token, in_words, strip_clitic
from marsad.loaders.normalize import fold


def speaker_body(tokens: list[Token], insts: list[InstMention], people: People, cue: int,
                 guests: frozenset[str] = frozenset()) -> InstMention | None:
    """ "وقال اليزمي خلال ندوة صحفية": the institution of the office holder who speaks in the cue's sentence
    (named in full or by surname) is the one holding the conference; not a guest's, one listed as attending it
    (``guests``: "نظم مطار X حفلا بحضور نائب رئيس الهيئة العامة للطيران المدني Y": the guest's body holds nothing)."""
    sent = tokens[cue].sent
    words = {t.norm for t in tokens if t.sent == sent}
    for p in people.posts:
        if not p.holder or p.holder in guests:
            continue
        surname = fold(p.holder).split()[-1]
        if surname not in words and strip_clitic(surname)[0] not in words:
            continue
        inner = [m for m in insts if p.first <= m.first and m.last <= p.last]
        if inner:
            return min(inner, key=lambda m: m.first)
    return None


def _sitting_body(m: InstMention) -> bool:
    """A chamber of parliament or the government (or ministers') council: bodies that sit."""
    return (m.kind == "parliament" and not m.name.startswith(("فريق", "الفريق", "مجموعة", "المجموعة"))) \
        or fold(m.name) in EVENTS.SITTING_BODIES


def implied_sittings(tokens: list[Token], insts: list[InstMention]) -> list[int]:
    """Cue positions (the token before the body) of sittings no event noun names:
    "ينعقد يوم الخميس المقبل، مجلس للحكومة…" (a sitting verb, then time words), "تقدم به الوزير … إلى
    المجلس الحكومي", "في معرض رده على سؤال … بمجلس المستشارين", "الندوة الصحفية التي أعقبت المجلس الحكومي"."""
    out: list[int] = []
    for m in insts:
        if m.first > 0 and m.kind in ("governing_body", "parliament") and _chaired_after_time(tokens, m.last):
            out.append(m.first - 1)  # "وأكد مجلس الوزراء أمس برئاسة ولي العهد على …": that day's sitting
            continue
        if m.first > 0 and _cabinet_statement(tokens, m):
            out.append(m.first - 1)  # "وبين الوزير أن مجلس الوزراء نوه بـ…": the council's sitting, told by its
            continue  # statement (ext-t127)
        if not _sitting_body(m) or m.first == 0:
            continue
        sent = tokens[m.first].sent
        k = m.first - 1
        while k > 0 and tokens[k].sent == sent and (tokens[k].norm in EVENTS.TIME_WORDS or tokens[k].norm in
                                                    EVENTS.ANNOUNCE_SKIP or tokens[k].norm.isdigit()):
            k -= 1
        if tokens[k].norm in EVENTS.SITTING_VERBS and k < m.first - 2:
            out.append(m.first - 1)  # the verb right before the body is handled with the sitting verbs
            continue
        before = tokens[m.first - 1].norm in EVENTS.SITTING_BEFORE or (tokens[m.first].norm[:1] == "ب"
                                                                         and not _chairs_committee_of(tokens, m))
        deeds = any(t.sent == sent and in_words(t.norm, EVENTS.SITTING_DEEDS)
                    for t in tokens[max(0, m.first - 25) : m.first])
        if before and deeds:
            out.append(m.first - 1)
    return out


def _cabinet_statement(tokens: list[Token], m: InstMention) -> bool:
    """ "وبين معاليه أن مجلس الوزراء نوه بـ…", "وشدد مجلس الوزراء على …" (ext-t127): the government or ministers'
    council (named alone, not inside an office: "نائب رئيس مجلس الوزراء") with a verb of its statement right after it,
    in a clause reported with أن/إن, or right before it, opening its clause, says what it said at its sitting."""
    if fold(m.name) not in EVENTS.CABINETS:
        return False
    before = tokens[m.first - 1]
    sent = tokens[m.first].sent
    if before.norm in _THAT and before.sent == sent:
        return m.last < len(tokens) and tokens[m.last].sent == sent and tokens[m.last].norm in EVENTS.CABINET_STATEMENTS
    opens = m.first == 1 or tokens[m.first - 2].sent != sent or tokens[m.first - 2].is_punct
    return before.sent == sent and before.norm in EVENTS.CABINET_STATEMENTS and opens


def _chairs_committee_of(tokens: list[Token], m: InstMention) -> bool:
    """ "قدم رئيس لجنة الشؤون الخارجية بمجلس النواب X مشروع قانون" (ext-t99): a chamber written with "ب" after "رئيس
    لجنة …" (a few words back, in its sentence) is where the committee sits, part of its chair's office, not a sitting
    the deed was done in."""
    sent = tokens[m.first].sent
    return any(tokens[k].norm in CHAIR_WORDS and tokens[k + 1].norm == _COMMITTEE and tokens[k].sent == sent
               for k in range(max(0, m.first - 6), m.first - 1))


CHAIR_WORDS = frozenset(fold(w) for w in ("رئيس", "رئيسة"))
_COMMITTEE = fold("لجنة")


def _chaired_after_time(tokens: list[Token], k: int) -> bool:
    """ "مجلس الوزراء أمس برئاسة X", "مجلس الإدارة يوم الخميس تحت رئاسة X": a time word (not a comma alone) between a
    council and a chairing cue right after it makes the cue that day's sitting, not the council's standing head
    ("إدارة النادي برئاسة X")."""
    sent = tokens[k].sent if k < len(tokens) else -1
    j, timed = k, False
    while j < len(tokens) and tokens[j].sent == sent and (tokens[j].norm in EVENTS.TIME_WORDS
                                                           or tokens[j].norm.isdigit()):
        timed = timed or tokens[j].is_word
        j += 1
    if not timed or j >= len(tokens) or tokens[j].sent != sent:
        return False
    two = (tokens[j].norm, tokens[j + 1].norm) if j + 1 < len(tokens) else ("", "")
    return tokens[j].norm == fold("برئاسة") or two == (fold("تحت"), fold("رئاسة"))


def subject_body(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """The body right after an approval verb ("صادق مجلس الحكومة…")."""
    verbs = DECISIONS.APPROVE_SUBJECT
    if strip_clitic(tokens[i].norm)[0] in DECISIONS.APPROVE_BY and tokens[i].norm[:1] == "ب":
        # "حظيت الخطة بمصادقة (جماعية من قبل) مجلس الوزراء": the body that approved, after the noun
        by = next((x + 1 for x in range(i + 1, min(len(tokens) - 1, i + 4)) if tokens[x].sent == tokens[i].sent
                   and (tokens[x].norm, tokens[x + 1].norm) in DECISIONS.BY_AGENT), i)
        return next((m for m in insts if m.first in (i + 1, by + 1) and _sitting_body(m)), None)
    if passive_resolution(tokens, i):
        # "في قرار اعتمد بـ325 صوتا": the legislature named last before it (in its sentence or the two before)
        sent = tokens[i].sent
        return next((m for m in reversed(insts) if m.last <= i
                     and (m.kind == "parliament" or in_words(tokens[m.first].norm, DECISIONS.LEGISLATURE))
                     and tokens[m.first].sent >= sent - 2), None)
    if strip_clitic(tokens[i].norm)[0] not in verbs and tokens[i].norm not in verbs:
        return None
    for m in insts:
        if m.first in (i + 1, i + 2) and m.kind in ("governing_body", "parliament", "territorial"):
            return m
    return None


def fronted_body(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """ "وأفادت الوزارة أن مجلس الوزراء وافق على …", "قال إن البرلمان أقر …": the council or chamber right before an
    approval verb, itself right after "أن"/"إن", approved (the subject put first in a reported clause)."""
    w = tokens[i].norm
    if strip_clitic(w)[0] not in DECISIONS.APPROVE_SUBJECT and w not in DECISIONS.APPROVE_SUBJECT:
        return None
    for m in insts:
        if m.last == i and m.first > 0 and tokens[m.first - 1].norm in _THAT and tokens[m.first].sent == \
                tokens[i].sent and m.kind in ("governing_body", "parliament"):
            return m
    return None


_THAT = frozenset({fold("أن"), fold("إن"), fold("بأن"), fold("وأن"), fold("وإن")})
