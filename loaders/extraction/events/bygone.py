"""Participants named only in the text's history (all4): "وهذه ليست المرة الأولى، ففي يوليو عام 2009 شهد الرئيس
الأسبق X حفل تخرج الدفعة 76": X attended an earlier ceremony of the same kind, not the one the text reports."""

from __future__ import annotations

from marsad.loaders.extraction.events.mention import Agent, EventMention, agent_mentions
from marsad.loaders.extraction.people import People
from marsad.loaders.extraction.text import Token
from marsad.loaders.normalize import fold

_YEAR_NOUNS = frozenset(fold(w) for w in ("عام", "سنة", "العام", "السنة", "وعام"))
_SINCE = frozenset(fold(w) for w in ("منذ", "مند", "ومنذ"))
_FOUNDED_OR_BORN = frozenset(fold(w) for w in ("تأسس", "تأسست", "أسس", "أسست", "المؤسس", "مواليد", "ولد", "ولدت",
                                              "الذكرى", "ذكرى", "لذكرى", "بذكرى"))
"""Words that make a past year one founded, born or remembered in ("المجلس الذي تأسس عام 1981"): no history told."""


def _past_year_from(tokens: list[Token], x: int, sent: int, now: int) -> bool:
    """From ``x`` back to the start of its sentence ``sent``, a year before ``now`` after "عام"/"سنة" ("ففي يوليو
    عام 2009 شهد الرئيس X الحفل"), not one counted since ("منذ عام 2009"), in a sentence founding or birth does not
    date."""
    if any(t.sent == sent and t.norm in _FOUNDED_OR_BORN for t in tokens):
        return False
    while x >= 2 and tokens[x].sent == sent:
        w = tokens[x].norm.removesuffix("م")
        if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") and int(w) < now \
                and tokens[x - 1].norm in _YEAR_NOUNS and tokens[x - 2].norm not in _SINCE:
            return True
        x -= 1
    return False


def _past_year_before(tokens: list[Token], k: int, now: int) -> bool:
    """Before the mention at ``k``, its sentence dates to an earlier year (`_past_year_from`); a year after him
    ("قال الوزير X إن الاجتماع تابع الاتفاقيات الموقعة سنة 2014") dates what he speaks of, not him."""
    return k > 0 and _past_year_from(tokens, k - 1, tokens[k].sent, now)


def _past_year_in(tokens: list[Token], sent: int, now: int) -> bool:
    """Somewhere in the sentence ``sent`` a year before ``now`` (`_past_year_from`)."""
    last = max((x for x, t in enumerate(tokens) if t.sent == sent), default=-1)
    return last >= 0 and _past_year_from(tokens, last, sent, now)


def recalled_year_only(tokens: list[Token], people: People, ev: EventMention, a: Agent, now: int | None) -> bool:
    """Every sentence naming the participant ``a`` dates to an earlier year (`_past_year_in`), and some sentence of
    the event does not: "ففي عام 2009 شهد الرئيس X والرئيس Y حفل تخرج الدفعة 76" tells of a bygone ceremony, even
    when its "حفل" was read as the event named again."""
    if now is None:
        return False
    firsts = agent_mentions(people, a) or ([a.post.first] if a.post is not None else [])
    return bool(firsts) and all(_past_year_before(tokens, k, now) for k in firsts) \
        and not all(_past_year_in(tokens, s, now) for s in ev.sentences)
