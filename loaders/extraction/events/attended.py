"""Whether the text shows an office holder taking part in an event, by a frame of its own words rather than by
being named somewhere in the article.

At a formal sitting (a board, a council, a cabinet) the articles name many office holders who were not there:
the one who convened it, the minister whose bill it passed, the official quoted on the decision, the king in
whose name it met. So an office holder is a participant of a sitting only when one of their mentions (by name,
as holder of an office, or that office written again without the name) is:

- listed after a word of attendance, reception, signing or meeting, in that sentence, the list unbroken by a
  clause of its own ("بحضور X"، "وكان في استقباله X، وY"، "ووقعها X"؛ not "…، الذي …"، "إن …");
- after "مع" in a sentence of the event's cues ("اجتماع … مع X");
- presenting to it ("مشروع قانون تقدم به وزير X إلى المجلس")؛
- the head of a delegation to it ("رأس وفد المملكة إلى الاجتماع X"، "ترأس X وفد المملكة في اجتماع …");
- acting within it ("وأصدر وزير X خلال الاجتماع قرارا")، or the subject of a sentence whose next one places it
  there ("حذر X …. جاء ذلك خلال شهادته في جلسة …")؛ or followed by the event itself ("وتابع X الاجتماع");
- a speaker whose sentence places the words at the event ("قال X في كلمته"، "أكد X خلال الاجتماع"، "قال X إن هذا
  الاجتماع …"، "في معرض رده على سؤال")؛
- a speaker taking a turn ("من جانبه، قال X") within six sentences after the event was named or reported.

Measured 2026-12-07 on the annotated sets as first seen (tuning20-tuning199, each scored with the code of the
commit before it came in and this module run inside that code, ``benchmarks/first_seen.py``'s method): of the 44
participants of sittings it turned away, 5 were right. With today's rules, which already drop many of those, it
turns away 9 right and 5 false ones on the annotated sets (tuned, unseen, seeds and dev; seeds and dev unchanged).
"""

from __future__ import annotations

from marsad.loaders.extraction.cues import ROLES
from marsad.loaders.extraction.events.mention import EventMention
from marsad.loaders.extraction.people import People
from marsad.loaders.extraction.text import Token
from marsad.loaders.normalize import fold

_LIST_REACH = 45  # tokens from the word of attendance to the office holder listed after it
_DELEGATION_AFTER = 8  # "ترأس X وفد …": the delegation word this near after the holder
_SPEECH_BEFORE, _SPEECH_AFTER = 3, 12  # a speech verb this near a mention makes it a speaker
_TURN_HEAD = 4  # "من جانبه" within the first words of its sentence …
_TURN_SPEECH = 6  # … and a speech verb within these
_TURN_BACK = 6  # sentences back where the event must have been named


def shown_attending(tokens: list[Token], people: People, ev: EventMention, holder: str) -> bool:
    """Some mention of ``holder`` (as an office's holder, by name, or by one of their offices written again
    without the name) is in one of the frames of the module's docstring."""
    titles = [fold(p.title) for p in people.posts if p.holder == holder]
    mentions = [p.first for p in people.posts
                if p.holder == holder or (p.holder is None and _again(fold(p.title), titles))]
    cue_sentences = {tokens[c].sent for c in ev.cues if c < len(tokens)}
    if any(_shown_at(tokens, ev, m, cue_sentences) for m in mentions):
        return True
    # "وتابع وزير النقل X الاجتماع": the event itself right after the name, its object
    return any(_shown_at(tokens, ev, m.first, cue_sentences) or (
        m.last < len(tokens) and tokens[m.last].sent == tokens[m.first].sent
        and tokens[m.last].norm in ROLES.SHOWN_EVENT_NOUNS) for m in people.persons if m.name == holder)


def _shown_at(tokens: list[Token], ev: EventMention, m: int, cue_sentences: set[int]) -> bool:
    sent = tokens[m].sent
    lo = m
    while lo > 0 and tokens[lo - 1].sent == sent:
        lo -= 1
    hi = m
    while hi + 1 < len(tokens) and tokens[hi + 1].sent == sent:
        hi += 1
    for c in range(max(lo, m - _LIST_REACH), m):
        word = tokens[c].norm
        if (_is(word, ROLES.SHOWN_LISTED) or (word in ROLES.WITH and sent in cue_sentences)) \
                and _listed(tokens, c, m):
            return True
        if (_is(word, ROLES.SHOWN_PRESENTED) or (_is(word, ROLES.SHOWN_PRESENTED_VERBS) and c + 1 < m
                                                 and tokens[c + 1].norm in ROLES.SHOWN_PRESENTED_BY)) \
                and _listed(tokens, c, m):
            return True
        # "رأس وفد المملكة إلى الاجتماع X"، "ترأس وزير المالية X وفد المملكة في اجتماع …"
        if _is(word, ROLES.CHAIR) and _listed(tokens, c, m) and any(
                _is(tokens[i].norm, ROLES.SHOWN_DELEGATION)
                for i in range(c + 1, min(hi + 1, m + _DELEGATION_AFTER))):
            return True
    # "وأصدر وزير الصحة X خلال الاجتماع قرارا": an act placed within the event
    if any(_names_event(tokens, i) and tokens[i - 1].norm in ROLES.SHOWN_EVENT_AT for i in range(m + 1, hi + 1)) \
            or _said_at_next(tokens, ev, hi):
        return True
    speaks = any(_is(tokens[i].norm, ROLES.SHOWN_SPEECH)
                 for i in range(max(lo, m - _SPEECH_BEFORE), min(hi + 1, m + _SPEECH_AFTER)))
    if speaks and (any(_is(tokens[i].norm, ROLES.SHOWN_SPEECH_NOUNS) for i in range(m + 1, hi + 1))
                   or any(_names_event(tokens, i) for i in range(lo + 1, hi + 1))):
        return True
    head = [tokens[i].norm for i in range(lo, min(hi + 1, lo + _TURN_SPEECH))]
    return any(_is(w, ROLES.IN_TURN) for w in head[:_TURN_HEAD]) and any(_is(w, ROLES.SHOWN_SPEECH) for w in head) \
        and _named_before(tokens, ev, lo, sent)


def _again(title: str, held: list[str]) -> bool:
    """An office written without its holder's name is one of theirs: the same title, or its first words ("وشارك فيه
    وزير المالية" after "وزير المالية الأردني X")."""
    return any(t == title or t.startswith(title + " ") for t in held)


def _bare(norm: str) -> str:
    """The word without a leading conjunction و or ف (a word of four letters or more)."""
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def _is(norm: str, group: frozenset[str]) -> bool:
    """The word, as written or without a leading conjunction, is in ``group`` ("وقعها" is a verb of its own, "ووقعها"
    the same verb after "و")."""
    return norm in group or _bare(norm) in group


def _listed(tokens: list[Token], c: int, m: int) -> bool:
    """Token ``m`` is within reach after ``c``, in its sentence, with no speech verb or clause opener between."""
    if not c < m <= c + _LIST_REACH:
        return False
    return not any(tokens[i].sent != tokens[m].sent or _is(tokens[i].norm, ROLES.SHOWN_SPEECH)
                   or _is(tokens[i].norm, ROLES.SHOWN_LIST_BREAKS) for i in range(c + 1, m))


def _names_event(tokens: list[Token], i: int) -> bool:
    """ "خلال الاجتماع"، "هذا الاجتماع"، "بالمناسبة": token ``i`` is an event noun after a word placing it or
    pointing to it, or a word naming the event by itself."""
    if _is(tokens[i].norm, ROLES.SHOWN_EVENT_NAMED):
        return True  # "بالمناسبة"
    return i > 0 and _is(tokens[i].norm, ROLES.SHOWN_EVENT_NOUNS) \
        and _is(tokens[i - 1].norm, ROLES.SHOWN_EVENT_REFS)


def _said_at_next(tokens: list[Token], ev: EventMention, hi: int) -> bool:
    """ "حذر X … . جاء ذلك خلال شهادته في جلسة استماع": the next sentence opens with [said_at] and names the event."""
    j = hi + 1
    if j >= len(tokens):
        return False
    nxt = tokens[j].sent
    end = j
    while end + 1 < len(tokens) and tokens[end + 1].sent == nxt:
        end += 1
    return any(_is(tokens[i].norm, ROLES.SAID_AT) for i in range(j, min(end + 1, j + 2))) \
        and any(i in ev.cues or _names_event(tokens, i) for i in range(j, end + 1))


def _named_before(tokens: list[Token], ev: EventMention, lo: int, sent: int) -> bool:
    """One of the sentences before ``sent`` (``_TURN_BACK`` of them, ending at token ``lo``) names the event, or
    holds one of its cues."""
    i = lo - 1
    while i > 0 and tokens[i].sent >= sent - _TURN_BACK:
        if i in ev.cues or _names_event(tokens, i):
            return True
        i -= 1
    return False
