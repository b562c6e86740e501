"""Who received an arriving official, who came with him, and a banquet given in his honour (ext-t48).

"استقبل الأمير X الوزير Y … . وأقام وزير الخارجية Z مأدبة عشاء تكريما للوزير … . ورافق الوزير كل من A، وB … .
وكان الوزير قد وصل إلى الدوحة في زيارة رسمية … . وكان في استقباله لدى وصوله المطار Z، وC": the officials who
met the visitor at the airport, in a sentence opening with "وكان في استقباله", and his companions, in a sentence
opening with "ورافق" (or "ويرافقه"), take part in his visit; those named only where they welcomed him did not attend
the reception told first; and the banquet given by a named host "تكريما لـ" (or "على شرف") a guest is an event of
its own, that host holding it, the guest taking part."""

from __future__ import annotations

from marsad.loaders.extraction.cues import ROLES
from marsad.loaders.extraction.events.chairs import agent_at, office_agent, person_agent
from marsad.loaders.extraction.events.mention import Agent
from marsad.loaders.extraction.people import People
from marsad.loaders.extraction.text import Token, strip_clitic
from marsad.loaders.normalize import fold

_WAS = frozenset(fold(w) for w in ("كان", "وكان", "كما"))
_IN = fold("في")
HIS_WELCOME = frozenset(fold(w) for w in ("استقباله", "استقبالها", "استقبالهم", "استقبالهما"))
_ESCORT = frozenset(fold(w) for w in ("رافق", "رافقه", "رافقت", "رافقها", "يرافق", "يرافقه", "ترافق", "ترافقه"))
_BANQUETS = frozenset(fold(w) for w in ("مأدبة", "مادبة", "مأدبه"))
_IN_HONOUR = frozenset(fold(w) for w in ("تكريما", "تكريماً", "احتفاء", "احتفاءً"))
_RECEPTION = fold("استقبال")
_INCLUDES = frozenset(fold(w) for w in ("يضم", "ضم"))
_ESCORTING_DELEGATION = [fold("الوفد"), fold("المرافق")]
_ON = fold("على")
_HONOUR_OF = fold("شرف")
_HONOUREE_REACH = 6
"""How many words after the banquet noun ("مأدبة عشاء") may stand before "تكريما"."""


def _opening(tokens: list[Token], sent: int) -> list[str]:
    """The first four words of sentence ``sent``."""
    return [t.norm for t in tokens if t.sent == sent and t.is_word][:4]


def welcome_sentences(tokens: list[Token], after: int) -> set[int]:
    """Sentences from ``after`` on opening with "(و)كان في استقباله", "كما كان في استقباله"."""
    out = set()
    for s in sorted({t.sent for t in tokens if t.sent >= after}):
        words = _opening(tokens, s)
        if words[:1] == [fold("كما")]:
            words = words[1:]
        if len(words) >= 3 and words[0] in _WAS and words[1] == _IN and (
                words[2] in HIS_WELCOME or (words[2] == _RECEPTION and words[3:4]
                                         and words[3] in ROLES.HONORIFIC_PRONOUNS)):
            out.add(s)  # (or "وكان في استقبال سموه", ext-t66)
    return out


def escort_sentences(tokens: list[Token]) -> set[int]:
    """Sentences opening with a verb of accompanying: "ورافق الوزير كل من …", "ويرافقه وفد يضم …"."""
    out = set()
    for s in sorted({t.sent for t in tokens}):
        words = _opening(tokens, s)
        if words and strip_clitic(words[0], "و")[0] in _ESCORT:
            out.add(s)
        elif words[:3] and strip_clitic(words[0], "و")[0] in _INCLUDES and words[1:3] == _ESCORTING_DELEGATION:
            out.add(s)  # "ويضم الوفد المرافق لسموه …" (ext-t66)
    return out


def named_in(tokens: list[Token], people: People, sentences: set[int]) -> list[Agent]:
    """The office holders and named persons of these sentences, in text order, each once."""
    out: list[Agent] = []
    seen: set[str] = set()
    for p in sorted(people.posts, key=lambda m: m.first):
        if p.holder and tokens[p.first].sent in sentences and p.holder not in seen:
            seen.add(p.holder)
            out.append(office_agent(people, p))
    for pm in sorted(people.persons, key=lambda m: m.first):
        if tokens[pm.first].sent in sentences and pm.name not in seen:
            seen.add(pm.name)
            out.append(person_agent(people, pm))
    return out


def banquet_cue(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` is a banquet noun ("مأدبة عشاء", "مأدبة غداء") given in someone's honour a few words on
    ("تكريما لـ", "على شرف")."""
    if strip_clitic(tokens[i].norm)[0] not in _BANQUETS and tokens[i].norm not in _BANQUETS:
        return False
    return honouree_at(tokens, i) is not None


def honouree_at(tokens: list[Token], i: int) -> int | None:
    """The token after "تكريما" (its "لـ" attached: "لوزير") or after "على شرف", a few words after the cue."""
    sent = tokens[i].sent
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + _HONOUREE_REACH)):
        if tokens[k].sent != sent:
            return None
        if tokens[k].norm in _IN_HONOUR or (tokens[k].norm == _ON and tokens[k + 1].norm == _HONOUR_OF):
            j = k + 1 if tokens[k].norm in _IN_HONOUR else k + 2
            return j if j < len(tokens) and tokens[j].sent == sent else None
    return None


def honouree(tokens: list[Token], people: People, i: int) -> Agent | None:
    """The guest a banquet is given for: the office or name right after "تكريما لـ" / "على شرف"."""
    j = honouree_at(tokens, i)
    if j is None:
        return None
    return agent_at(tokens, people, j) or (agent_at(tokens, people, j + 1) if j + 1 < len(tokens)
                                           and tokens[j + 1].sent == tokens[j].sent else None)


_GAVE = frozenset(fold(w) for w in ("أقام", "أقامت", "وأقام", "وأقامت", "كما أقام"))
_HOST_REACH = 4
"""How many words of a style may stand between "أقام" and the host's office or name."""


def banquet_host(tokens: list[Token], people: People, i: int) -> Agent | None:
    """ "وأقام وزير الخارجية X مأدبة عشاء …": the sentence opens with a verb of giving ("أقام"), the host's office or
    name right after it (past a style or two), before the banquet noun."""
    sent = tokens[i].sent
    v = next((k for k in range(i - 1, -1, -1) if tokens[k].sent != sent), -1) + 1
    if v >= i or tokens[v].norm not in _GAVE:
        return None
    for j in range(v + 1, min(i, v + 1 + _HOST_REACH)):
        agent = agent_at(tokens, people, j)
        if agent is not None:
            return agent
    return None


_ANOTHER = frozenset(fold(w) for w in ("آخر", "أخرى", "اخر", "اخرى"))


def another_after(tokens: list[Token], i: int) -> bool:
    """ "لقاء تعريفي آخر", "اجتماع آخر": an indefinite meeting noun with "آخر"/"أخرى" (another) one or two words on
    (an adjective between) is a meeting besides the one told before."""
    if tokens[i].article:
        return False
    return any(k < len(tokens) and tokens[k].sent == tokens[i].sent and tokens[k].norm in _ANOTHER
               for k in (i + 1, i + 2))
