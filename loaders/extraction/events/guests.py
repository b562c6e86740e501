"""Bodies named near an event's cue that did not hold it: the body honoured at a ceremony ("تكريم شركة X") and a
body that only represents a taking part ("بمشاركة المملكة ممثلة في وزارة X") (all1)."""

from __future__ import annotations

from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.text import Token, strip_clitic
from marsad.loaders.normalize import fold

_HONOURING = frozenset(fold(w) for w in ("تكريم", "التكريم"))
_HONOUR_REACH = 8
_AT = frozenset(fold(w) for w in ("في", "لدى"))
_STAFF_STEMS = tuple(fold(w) for w in ("موظف", "منسوب", "مقاتل", "الموظف", "المنسوب"))
_STAFF_WORDS = frozenset(fold(w) for w in ("العاملين", "العاملات", "أعضاء", "الأعضاء", "طلاب", "طالبات", "الطلاب",
                                          "منتسبي", "أبناء", "متطوعي"))
_REPRESENTED = frozenset(fold(w) for w in ("ممثلة", "ممثلا", "ممثلاً", "ممثلين", "ممثلتين"))
_TAKING_PART = frozenset(fold(w) for w in (
    "مشاركة", "مشاركتها", "مشاركته", "شاركت", "شارك", "تشارك", "يشارك", "شاركوا"))
_PART_REACH = 8


def guest_body(tokens: list[Token], body: InstMention) -> bool:
    """The body near a cue is honoured at the event or only represents a country or a party taking part in it: it
    is not the body that held the event (``honoured_body``, ``represented_body``)."""
    return honoured_body(tokens, body) or represented_body(tokens, body)


def honoured_body(tokens: list[Token], body: InstMention) -> bool:
    """ "ثم تم تكريم راعيي الحملة، وهما شركة X": a body named a few words after the noun of honouring, in its
    sentence, is the one honoured, not the host of the ceremony (the verb "كرمت الجمعية X …" is left alone: there
    the body after it is its subject; so are "تكريم موظفات عمالة X", the body's own staff at its own ceremony, and
    "تكريم المتفوقين في جمعية X", where it was held)."""
    sent = tokens[body.first].sent
    at = next((k for k in range(body.first - 1, max(-1, body.first - 1 - _HONOUR_REACH), -1)
               if tokens[k].sent == sent and strip_clitic(tokens[k].norm)[0] in _HONOURING), None)
    if at is None or (body.start > tokens[body.first].start and tokens[body.first].norm[:1] == "ب"):
        return False  # "تكريم المتفوقين بجمعية X": where the honouring was held
    return not any(_staff(tokens[k].norm) or tokens[k].norm in _AT for k in range(at + 1, body.first))


def _staff(norm: str) -> bool:
    """A noun of the body's own people ("موظفات", "منسوبي", "العاملين", "مقاتلي"): "حفل تكريم موظفات عمالة X" honours
    the body's staff, at a ceremony the body itself holds."""
    base = strip_clitic(norm)[0]
    return base.startswith(_STAFF_STEMS) or base in _STAFF_WORDS


def represented_body(tokens: list[Token], body: InstMention) -> bool:
    """ "أن مشاركة المملكة ممثلة في وزارة X في أعمال الندوة", "وشاركت الدولة ممثلة بوزارة X": a body right after
    "ممثلة في"/"ممثلة بـ", a word of taking part a few words before, represents a guest; it did not hold the event."""
    k = body.first
    if k >= 2 and tokens[k - 1].norm == "في" and fold(tokens[k - 2].norm) in _REPRESENTED:
        at = k - 2
    elif k >= 1 and fold(tokens[k - 1].norm) in _REPRESENTED and body.start > tokens[k].start \
            and tokens[k].norm[:1] == "ب":
        at = k - 1
    else:
        return False
    sent = tokens[k].sent
    return any(tokens[j].sent == sent and strip_clitic(tokens[j].norm)[0] in _TAKING_PART
               for j in range(max(0, at - _PART_REACH), at))
