"""Meetings outside the institutions the graph records (ev16): a coach's talk with his players ("عقد المدرب اجتماعا
مع لاعبي الفريق")."""

from __future__ import annotations

from itertools import takewhile

from marsad.loaders.extraction.text import Token
from marsad.loaders.normalize import fold

_PLAYERS = frozenset(fold(w) for w in ("اللاعبين", "لاعبي", "لاعبيه", "لاعبيها", "باللاعبين", "بلاعبي", "بلاعبيه"))
_PLAYERS_REACH = 3
_WITH = frozenset(fold(w) for w in ("مع", "ومع"))
_TALKED = frozenset(fold(w) for w in ("تحدث", "وتحدث", "تحاور", "وتحاور", "جلس", "وجلس"))


def players_met(tokens: list[Token], i: int) -> bool:
    """ "خلال لقائه باللاعبين في تدريب أمس", "عقد المدرب اجتماعا مطولا مع لاعبي الفريق" (ev16): a meeting whose
    other party ("ب"/"مع" and the players, within a few words after its word) is a team's players, or in whose
    sentence someone later talks "مع اللاعبين" ("شهد الاجتماع حضور رئيس البعثة الذي تحدث مع اللاعبين"; not "قرر
    خلال اجتماعه وقف التعاقد مع اللاعبين الأجانب", nor "اجتماعه لمناقشة عقود اللاعبين"), is a coach's talk, no
    institutional meeting."""
    sent = tokens[i].sent
    for k in range(i + 1, min(len(tokens), i + 1 + _PLAYERS_REACH)):
        if tokens[k].sent != sent:
            return False
        if tokens[k].norm in _PLAYERS and (tokens[k].norm[:1] == "ب" or tokens[k - 1].norm in _WITH):
            return True
    return any(tokens[k].norm in _PLAYERS and tokens[k - 1].norm in _WITH and tokens[k - 2].norm in _TALKED
               for k in takewhile(lambda k: tokens[k].sent == sent, range(i + 3, len(tokens))))
