"""Events: the main event a text reports (session, meeting, assembly, signing, visit) and any
distinct signing or announced assembly; their slots (date, place, body, number, chair, participants).

One event per distinct real event: every later "هذا الاجتماع" is the same meeting, so cues found in
the text are pooled into the main event unless they are a signing or an assembly in a sentence of
their own.
"""

from __future__ import annotations

from marsad.loaders.extraction.events.find import find_events
from marsad.loaders.extraction.events.mention import Agent, EventMention

__all__ = ["Agent", "EventMention", "find_events"]
