"""Where a visit went when the text names a governorate right after the verb of visiting: "تفقد المدير أمس عددا من
المرافق الصحية في محافظة X" places the visit in X, not in the dateline's city (all1)."""

from __future__ import annotations

from marsad.loaders.extraction.chain import place_len
from marsad.loaders.extraction.cues import EVENTS
from marsad.loaders.extraction.events.mention import EventMention
from marsad.loaders.extraction.institutions import InstMention
from marsad.loaders.extraction.people import People
from marsad.loaders.extraction.text import Token, strip_clitic
from marsad.loaders.extraction.words import is_stop
from marsad.loaders.normalize import fold

_GOVERNORATE = fold("محافظة")
_TOUR_REACH = 26


def toured_governorate(tokens: list[Token], insts: list[InstMention], people: People, ev: EventMention) -> str | None:
    """ "تفقد مدير الشؤون الصحية أمس المرافق الصحية في محافظة X" (or "بمحافظة X"): the governorate named a few words
    after a verb of visiting or inspecting that opens the visit, in its sentence, is where the visit went. Its name is
    the gazetteer's when it knows it, else the one word after "محافظة". Not a governorate inside a body's name or an
    office, nor "بمحافظة X" right after one: the seat of the visitors' body ("أعضاء جمعية Y بمحافظة X") or of an
    office ("مدير التعليم بمحافظة X")."""
    if ev.kind != "visit" or not ev.cues:
        return None
    i = ev.cues[0]
    if strip_clitic(tokens[i].norm)[0] not in EVENTS.VISIT_VERBS:
        return None
    sent = tokens[i].sent
    spans = [(m.first, m.last) for m in insts] + [(p.first, p.last) for p in people.posts]
    for j in range(i + 1, min(len(tokens) - 1, i + _TOUR_REACH)):
        if tokens[j].sent != sent:
            return None
        glued = tokens[j].norm[:1] == "ب" and tokens[j].norm[1:] == _GOVERNORATE
        if not glued and not (tokens[j].norm == _GOVERNORATE and j > 0 and tokens[j - 1].norm == "في"):
            continue
        if any(a <= j < b or (glued and j == b) for a, b in spans):
            continue
        name = tokens[j + 1]
        if name.sent != sent or not name.is_word or is_stop(name.norm):
            return None
        size = place_len(tokens, j + 1) or 1
        return " ".join(t.text for t in tokens[j + 1 : j + 1 + size])
    return None


_SEVERAL = frozenset(fold(w) for w in ("عدد", "عددا", "عدداً", "لعدد", "بعدد", "العديد", "للعديد"))
_SEVERAL_REACH = 6


def tour_of_several(tokens: list[Token], ev: EventMention) -> bool:
    """ "قام المدير بجولة ميدانية لعدد من المشروعات …", "أجرى المدير جولات تفقد خلالها عدداً من المنشآت …" (slots20):
    the visit's first cue is followed, within a few words of its sentence, by "عدد من": a tour of several sites, so
    no one site named later ("وزار مدرسة X", "ثم قام بزيارة مركز Y") is the body of the whole visit."""
    if ev.kind != "visit" or not ev.cues:
        return False
    i = ev.cues[0]
    for j in range(i + 1, min(len(tokens) - 1, i + _SEVERAL_REACH)):
        if tokens[j].sent != tokens[i].sent:
            return False
        if tokens[j].norm in _SEVERAL and tokens[j + 1].norm == "من":
            return True
    return False
