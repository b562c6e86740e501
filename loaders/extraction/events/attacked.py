"""A gathering an attack targeted (mor12): "التفجير الذي استهدف لقاء رجال دين", "اعتداء على اجتماع لحزب X". The
gathering's noun names the target of a bombing or an assault, not an institutional event the text reports."""

from __future__ import annotations

from marsad.loaders.extraction.cues import EVENTS
from marsad.loaders.extraction.text import Token, bare_noun, in_words
from marsad.loaders.normalize import fold

_ON = frozenset(fold(w) for w in ("على", "علي"))


def _targeted(tokens: list[Token], i: int) -> bool:
    """The word at ``i`` right after an attack's verb ("استهدف لقاء …") or after an attack's noun and "على"
    ("هجوم على حفل …"), in its sentence."""
    if i < 1 or tokens[i - 1].sent != tokens[i].sent:
        return False
    if in_words(tokens[i - 1].norm, EVENTS.ATTACKS):
        return True
    return i >= 2 and tokens[i - 1].norm in _ON and tokens[i - 2].sent == tokens[i].sent \
        and in_words(tokens[i - 2].norm, EVENTS.ATTACKS)


def attacked_gathering(tokens: list[Token], i: int) -> bool:
    """The event noun at ``i`` is an attack's target ("استهدف لقاء …", "هجوم على حفل …"), or the same noun an attack
    targeted earlier in the text ("… استهدف لقاء لعلماء الدين … . وقال مدير القاعة حيث أقيم لقاء العلماء …"): no
    event."""
    if _targeted(tokens, i):
        return True
    noun = bare_noun(tokens[i].norm)
    return any(_targeted(tokens, j) for j in range(i) if tokens[j].is_word and bare_noun(tokens[j].norm) == noun)
