"""The event a text reports, as the rules find it: its kind, its cue words and its slots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.people import People, PersonMention, PostMention


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


def agent_names(agent: Agent) -> set[str]:
    """The names an agent goes by: its person's name, its office's holder and its office's title."""
    return {m.name for m in (agent.person,) if m is not None} | {
        n for p in (agent.post,) if p is not None for n in (p.holder, p.title) if n}


def agent_mentions(people: People, agent: Agent) -> list[int]:
    """The first token of every mention of the agent: each person of one of its names, then each office held by
    one of them or titled as one."""
    names = agent_names(agent)
    return [m.first for m in people.persons if m.name in names] + [
        p.first for p in people.posts if p.holder in names or p.title in names]
