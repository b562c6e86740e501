"""The confidence of each extracted fact, from the rule that found it (the levels are in
``marsad.core.confidence``). Read after the rules have run, from their mentions; nothing here changes
which facts are found or their spans.

- institution: named in the text (gazetteer, registry name or head-word pattern) → cue; only implied
  by a minister's title ("وزير الصحة" → وزارة الصحة) → inferred. A registry link raises it later
  (``loaders/rdf/build.py``);
- person: beside a post (its holder), or after an honorific or a role cue (السيد، برئاسة) → cue; found
  by a known given name alone → inferred;
- post: a title from the lexicon → cue;
- event: an event cue word (انعقد، دورة، اجتماع، توقيع…), a sitting verb before its body (تدارس مجلس
  الحكومة) or a body approving (صادق مجلس…) → cue; only a sitting no event noun names, or an event known
  by nothing but the institution of whoever speaks in it → inferred;
- decision: an approval or appointment cue with its object in the same sentence → cue, unless the event
  it is tied to is inferred: then inferred too (the decision is "of" that event);
- agreement: two or more named parties (بين X وY، وقع X وY) → cue; one party, the other implicit
  (a listed agreement) → inferred;
- program: a program head word with its name → cue.
"""

from __future__ import annotations

from marsad.core.confidence import CUE, INFERRED
from marsad.loaders.extraction.cues import EVENTS
from marsad.loaders.extraction.decisions import PartnershipMention
from marsad.loaders.extraction.events import EventMention
from marsad.loaders.extraction.events.kinds import cue_kind
from marsad.loaders.extraction.events.sittings import subject_body
from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.lexicon import lexicon
from marsad.loaders.extraction.people import People, PersonMention
from marsad.loaders.extraction.text import COMMAS, Token
from marsad.loaders.extraction.words import PEOPLE


def institution(*, named: bool) -> float:
    """``named``: some mention of it is in the text, not only implied by a title."""
    return CUE if named else INFERRED


def person(tokens: list[Token], people: People, mention: PersonMention) -> float:
    if any(p.holder == mention.name for p in people.posts):
        return CUE
    k = mention.first - 1
    while k >= 0 and tokens[k].norm in COMMAS:
        k -= 1
    if k >= 0 and (tokens[k].norm in lexicon().honorifics or tokens[k].norm in PEOPLE.ROLE_CUES):
        return CUE
    return INFERRED


def event(tokens: list[Token], insts: list[InstMention], mention: EventMention) -> float:
    if not (mention.date or mention.body or mention.chair):
        return INFERRED  # known only by its owner: the speaker's institution, or the main event's body
    explicit = any(cue_kind(tokens, i) is not None or tokens[i].norm in EVENTS.SITTING_VERBS
                   or subject_body(tokens, insts, i) is not None for i in mention.cues)
    return CUE if explicit else INFERRED


def decision(tied_to: float | None) -> float:
    """``tied_to``: the confidence of the event the decision is tied to, if any."""
    return CUE if tied_to is None else min(CUE, tied_to)


def partnership(mention: PartnershipMention) -> float:
    return CUE if len(mention.parties) >= 2 else INFERRED


def post() -> float:
    return CUE


def program() -> float:
    return CUE
