"""An official's arrival that a reception greets: "وصل الأمير X اليوم إلى عمّان …، وكان في استقباله لدى وصوله
المطار Y، كما كان في استقباله Z …". The reception on arrival is the arriving official's visit: he chairs it (as an
inspector chairs his inspection) and those who receive him, and his delegation, take part."""

from __future__ import annotations

from marsad.loaders.extraction.cues import EVENTS
from marsad.loaders.extraction.events.chairs import agent_at
from marsad.loaders.extraction.events.mention import Agent, EventMention
from marsad.loaders.extraction.events.places import arrival_place
from marsad.loaders.extraction.people import People
from marsad.loaders.extraction.text import Token, strip_clitic
from marsad.loaders.normalize import fold

_RECEPTION = fold("استقبال")
_STYLE_REACH = 6
"""How many words of a style may stand between the arrival verb and its subject (six: "وصل صاحب السمو الملكي
الأمير الدكتور X", ext-t66)."""


def _arrival(tokens: list[Token], before: int) -> int | None:
    """The first arrival verb ("وصل", "وصلت") before token ``before``."""
    return next((k for k in range(before) if tokens[k].norm in EVENTS.ARRIVAL_VERBS
                 or (tokens[k].norm[:1] == "و" and tokens[k].norm[1:] in EVENTS.ARRIVAL_VERBS)), None)


def _same(a: Agent, b: Agent) -> bool:
    return (a.person is not None and b.person is not None and a.person.name == b.person.name) or (
        a.post is not None and b.post is not None and a.post.title == b.post.title)


def arriving_visitor(tokens: list[Token], people: People, ev: EventMention) -> Agent | None:
    """The official whose arrival the text tells before the event's first cue, a reception noun ("في استقباله") of a
    reception with no chair: the subject right after the arrival verb, past a style ("وصل صاحب السمو الملكي الأمير
    X"); None when the event is no such reception."""
    if ev.chair is not None or ev.kind != "meeting" or not ev.cues \
            or not strip_clitic(tokens[min(ev.cues)].norm)[0].startswith(_RECEPTION):
        return None
    verb = _arrival(tokens, min(ev.cues))
    if verb is None:
        return None
    return next((a for k in range(verb + 1, min(len(tokens), verb + 1 + _STYLE_REACH))
                 if tokens[k].sent == tokens[verb].sent and (a := agent_at(tokens, people, k)) is not None), None)


def arrival_visit(tokens: list[Token], people: People, events: list[EventMention]) -> None:
    """Make the text's main event, a reception with no chair whose first cue is a reception noun ("في استقباله"), the
    visit of the official whose arrival the text tells before it (the subject right after the arrival verb)."""
    if not events:
        return
    ev = events[0]
    visitor = arriving_visitor(tokens, people, ev)
    if visitor is None:
        return
    verb = _arrival(tokens, min(ev.cues))
    assert verb is not None
    ev.kind, ev.chair = "visit", visitor
    ev.participants = [a for a in ev.participants if not _same(a, visitor)]
    ev.place = arrival_place(tokens, verb, min(ev.cues)) or ev.place
    if ev.body is not None and tokens[ev.body.first].sent != tokens[verb].sent:
        ev.body = None  # a body named in a welcomer's or a companion's office ("المستشار في الديوان الملكي"), not
        # where he went
    if ev.owner is not None and tokens[ev.owner.first].sent != tokens[verb].sent:
        ev.owner = None  # the same body, read as the reception's owner before the visitor chaired it (ext-t109)
