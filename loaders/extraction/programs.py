"""Named programmes, plans and strategies: "البرنامج الوطني للتأهيل المجتمعي",
"مخطط تنمية جهة الدار البيضاء الكبرى (2015-2020)", "استراتيجية القطب الاجتماعي 2021-2026".

Only named ones (a head word plus a genitive chain of at least two words); the period is a year or a
year range written right after the name. Optional in the evaluation: output when clear.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from marsad.loaders.extraction.chain import chain_end, starts_head
from marsad.loaders.extraction.decisions import forms_passing, where
from marsad.loaders.extraction.text import Token, strip_clitic
from marsad.loaders.extraction.words import PROGRAMS

_YEAR = regex.compile(r"^(?:19|20)\d\d$")
"""A year of a programme's period: "2015" in "(2015-2020)"."""


@dataclass(slots=True)
class ProgramMention:
    first: int
    last: int
    name: str
    start: int
    end: int
    period: str | None


def _period(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """A year or "YYYY-YYYY" starting at tokens[k] (parentheses allowed); (period, tokens used)."""
    j = k
    if j < len(tokens) and tokens[j].norm == "(":
        j += 1
    if j < len(tokens) and _YEAR.match(tokens[j].norm):
        first = tokens[j].norm
        if j + 2 < len(tokens) and tokens[j + 1].norm in ("-", "–", "/") and _YEAR.match(tokens[j + 2].norm):
            period, j = f"{first}-{tokens[j + 2].norm}", j + 3
        else:
            period, j = first, j + 1
        if j < len(tokens) and tokens[j].norm == ")":
            j += 1
        return period, j - k
    return None, 0


@cache
def _head_firsts() -> frozenset[str]:
    """The first word of every programme head: a token that is none of them (nor is after a clitic) opens none."""
    return frozenset(head[0] for head in PROGRAMS.HEADS)


def _may_open(norm: str) -> bool:
    """The word, or its base past a clitic, is the first word of a programme head."""
    firsts = _head_firsts()
    return norm in firsts or strip_clitic(norm)[0] in firsts


@cache
def _opening_forms() -> frozenset[str]:
    return forms_passing(_may_open, _head_firsts())


def find_programs(text: str, tokens: list[Token]) -> list[ProgramMention]:
    out: list[ProgramMention] = []
    i = 0  # the first token not read yet: a programme found moves it past its name
    for opener in where(tokens, _opening_forms()):  # only a token that may open a head starts one
        if opener < i:
            continue
        i = opener
        base, clitic = strip_clitic(tokens[i].norm)
        size = 0
        for first in (tokens[i].norm, base):
            for n in (2, 1):
                key = (first, *[t.norm for t in tokens[i + 1 : i + n]])
                if len(key) == n and key in PROGRAMS.HEADS:
                    size = n
                    clitic = 0 if first == tokens[i].norm else clitic
                    break
            if size:
                break
        if not size:
            continue
        c = i + size
        if c < len(tokens) and tokens[c].norm in PROGRAMS.NOT_NAMES:  # "برنامج عمل": an action plan, not a name
            i = c + 1
            continue
        if c < len(tokens) and (starts_head(tokens, c, strip=False) or (
                size == 1 and tokens[c].norm.startswith("م") and not tokens[c].article)):
            i = c  # "استراتيجية وزارة …" (a body's strategy), "برنامج مندمج …" (a description)
            continue
        e = chain_end(tokens, c, stop_titles=True, possessive=False)
        if e - c < 2 and not (size == 2 and e - c >= 1):
            continue
        period, used = _period(tokens, e)
        start = tokens[i].start + clitic
        name = text[start : tokens[e - 1].end]
        if clitic and tokens[i].norm.startswith("لل"):
            name = "ا" + name
        last = e + used
        out.append(ProgramMention(i, last, name, start, tokens[last - 1].end, period))
        i = last
    return out
