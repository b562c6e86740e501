"""The event a text reports, as the rules find it: its kind, its cue words and its slots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.people import PersonMention, PostMention


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
