"""Events named by what an office holder does rather than by an event noun: "أشرف X على …", "افتتح الوزير …",
"قال الوزير X، بمناسبة افتتاحه …", "أوضح X في كلمة بالمناسبة"; the organiser named after a cue ("نظمته X");
and an office holder named again by surname only ("وأضاف أخنوش، خلال ترؤسه …")."""

from __future__ import annotations

from loaders.extraction import cues
from loaders.extraction.institutions import InstMention
from loaders.extraction.lexicon import lexicon
from loaders.extraction.people import People, PersonMention, PostMention
from loaders.extraction.text import Token, strip_clitic
from loaders.normalize import fold

SUPERVISE = frozenset(fold(w) for w in ("أشرف", "أشرفت"))
_SUPERVISE_OTHER = frozenset(fold(w) for w in ("يشرف", "تشرف", "سيشرف", "ستشرف"))
PRESIDING = frozenset(fold(w) for w in ("ترؤس", "ترؤسه", "ترؤسها", "افتتاحه", "افتتاحها", "تدشينه", "تدشينها",
                                        "إشرافه", "إشرافها"))  # "خلال ترؤسه حفل…": the subject before


_OFFICIATE = frozenset(fold(w) for w in ("أشرف", "أشرفت", "يشرف", "تشرف", "سيشرف", "ستشرف", "افتتح", "افتتحت",
                                         "يفتتح", "تفتتح", "سيفتتح", "ستفتتح", "دشن", "دشنت", "يدشن", "تدشن"))


def officiated(tokens: list[Token], people: People) -> list[int]:
    """ "أشرف X، كاتب الدولة …، على توزيع …", "افتتح الوزير … المعرض", "X، افتتح …": an office holder (or a
    named person) presiding over or opening something is an event (a ceremony) with that chair."""
    out: list[int] = []
    for i, tok in enumerate(tokens):
        base = strip_clitic(tok.norm, "و")[0]
        if base in PRESIDING and i > 1 and tokens[i - 1].norm in _DURING and any(
                m.last in range(i - 4, i) and tokens[m.first].sent == tok.sent for m in _office_holders(people)):
            out.append(i)  # "قال الوزير X، بمناسبة افتتاحه …", "خلال ترؤسه حفل …"
            continue
        if is_speech(tokens, i) and (any(m.last in range(i - 10, i) and tokens[m.first].sent == tok.sent
                                          for m in _office_holders(people)) or surname_before(tokens, people, i)):
            out.append(i)  # "أكد الوزير X، في كلمة افتتاحية/بالمناسبة/خلال …"
            continue
        if base not in _OFFICIATE:
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j].norm in lexicon().honorifics or tokens[j].norm in ("،", ",")):
            j += 1
        after = any(m.first == j for m in people.posts) or any(m.first == j for m in people.persons)
        before = any(m.last in (i, i - 1) and tokens[m.first].sent == tok.sent for m in _office_holders(people))
        if not (after or before):
            continue
        if (base in SUPERVISE or base in _SUPERVISE_OTHER) and not any(
                tokens[x].norm == fold("على") and tokens[x].sent == tok.sent
                for x in range(i + 1, min(len(tokens), i + 25))):
            continue  # "أشرف" chairs only "… على" something
        out.append(i)
    return out


_SPEECH_NEXT = frozenset(fold(w) for w in ("افتتاحية", "بالمناسبة", "بمناسبة", "خلال", "أمام", "ألقاها", "له", "لها",
                                           "في", "توجيهية"))


OPENING_SPEECH = frozenset(fold(w) for w in ("افتتاحية", "بالمناسبة", "توجيهية"))


def is_speech(tokens: list[Token], i: int) -> bool:
    """ "في كلمة بالمناسبة", "في كلمة افتتاحية", "في كلمة له خلال …": a speech given at an event."""
    return tokens[i].norm == fold("كلمة") and i > 0 and tokens[i - 1].norm == fold("في") \
        and i + 1 < len(tokens) and tokens[i + 1].norm in _SPEECH_NEXT


def _office_holders(people: People) -> list[PostMention | PersonMention]:
    """Offices, and persons named as holding one."""
    return [*people.posts, *(m for m in people.persons if any(p.holder == m.name for p in people.posts))]


_DURING = frozenset(fold(w) for w in ("خلال", "بمناسبة", "لدى", "أثناء", "عند", "إثر", "عقب"))


_ORGANISED_BY = frozenset(fold(w) for w in ("نظمته", "نظمتها", "ينظمه", "ينظمها", "تنظمه", "تنظمها", "تنظيم"))


def organiser_after(tokens: list[Token], insts: list[InstMention], i: int) -> InstMention | None:
    """The institution named as organiser after the cue, in its sentence: "نظمته X", "من تنظيم X"."""
    for k in range(i + 1, min(len(tokens) - 1, i + 30)):
        if tokens[k].sent != tokens[i].sent:
            break
        w = tokens[k].norm
        if w not in _ORGANISED_BY or (w == fold("تنظيم") and tokens[k - 1].norm != "من"):
            continue
        # "نظمته، أمس الخميس بالرباط، أكاديمية …": time and place may stand between the verb and its subject
        return min((m for m in insts if k < m.first <= k + 12 and tokens[m.first].sent == tokens[i].sent),
                   key=lambda m: m.first, default=None)
    return None


def surname_before(tokens: list[Token], people: People, k: int) -> tuple[PersonMention | None, PostMention] | None:
    """ "وأضاف أخنوش، خلال ترؤسه …": an office holder named earlier in full, here by surname, right before."""
    for x in range(k - 1, max(-1, k - 6), -1):
        if tokens[x].sent != tokens[k].sent:
            break
        word = strip_clitic(tokens[x].norm, "و")[0]
        prev = tokens[x - 1].norm if x > 0 else "،"
        for p in people.posts:
            names = fold(p.holder).split() if p.holder else []
            if len(names) < 2 or names[-1] != word:
                continue
            if prev == names[-2] or not tokens[x - 1].is_word or prev in lexicon().honorifics \
                    or strip_clitic(prev, "و")[0] in cues.NAME_CUES:  # not "قايد صالح" for "بن صالح"
                return next((pm for pm in people.persons if pm.name == p.holder), None), p
    return None
