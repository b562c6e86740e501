"""Posts (offices, with an acting flag) and the persons who hold them.

A post is a title head from the lexicon ("وزيرة", "عامل", "المندوب السامي"…) plus its genitive chain.
A person is a name found after an honorific, after a post (title + name, or title + comma + name),
before a post (name + title, name + comma + title), or anywhere when it starts with a known given
name. Appositive posts after a person ("X، الوالي…، رئيس…") are all held by that person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Protocol

from marsad.loaders.extraction.chain import adjective_title, chain_end, place_len, starts_head
from marsad.loaders.extraction.lexicon import lexicon, longest_entry, may_open
from marsad.loaders.extraction.names import Name, parse_name
from marsad.loaders.extraction.text import Token, strip_clitic
from marsad.loaders.extraction.words import CALENDAR, CHAINS, PEOPLE, is_stop
from marsad.loaders.normalize import fold

_PLURAL_ENDINGS = ("ين", "ات")  # not "ون": ماكرون، نيلسون


def _bare_name(tokens: list[Token], k: int) -> Name | None:
    """A name after a role cue: a known given name, or two or three bare words (no article, no plural
    ending) closed by punctuation or a function word, as foreign and uncommon names are written. After
    "من طرف", or when the first word starts like a preposition (بريجيت), a comma must close the name."""
    cue = tokens[k - 1].norm if k > 0 else ""
    if k < len(tokens) and tokens[k].norm in _COMMA:
        k += 1
    name = parse_name(tokens, k, max_units=3) or parse_name(tokens, k, max_units=3, literal=True)
    if name is None or not _ends_clean(tokens, name.end):
        return None
    closed = name.end < len(tokens) and tokens[name.end].norm in _COMMA
    if not closed and (cue == fold("طرف") or tokens[k].norm[:1] in "بلفك"):
        return None  # "من طرف واحد بفسخ هذا العقد"
    if name.known:
        return name
    words = tokens[name.start : name.end]
    if any(t.article or t.norm.endswith((*_PLURAL_ENDINGS, "يه")) for t in words):
        return None
    return name


_LATIN = re.compile(r"^[A-Za-z][A-Za-z'-]+$")
"""A word in Latin letters: "WORDOFA", "O'Neill" (a foreign name's spelling after its Arabic one)."""
_COMMA = frozenset({"،", ",", "-"})


class Spanned(Protocol):
    first: int
    last: int


@dataclass(slots=True)
class PostMention:
    first: int  # token indexes [first, last)
    last: int
    start: int  # character offsets of the title as written (clitic left out)
    end: int
    title: str
    acting: bool = False
    holder: str | None = None  # person key
    ministry: str | None = None  # "وزارة …" implied by a minister's title, as written


@dataclass(slots=True)
class PersonMention:
    name: str
    start: int
    end: int
    first: int
    last: int


@dataclass(slots=True)
class People:
    persons: list[PersonMention] = field(default_factory=list)
    posts: list[PostMention] = field(default_factory=list)


def _title_at(tokens: list[Token], i: int) -> tuple[int, int, bool] | None:
    """(head length in tokens, clitic chars, complement required) of a title starting at ``i``."""
    if not may_open(tokens[i].norm):
        return None
    return longest_entry(tokens, i, lexicon().titles, max_len=4, clitics="وبلك")


def find_posts(text: str, tokens: list[Token], inside: frozenset[int] = frozenset()) -> list[PostMention]:
    lex = lexicon()
    posts: list[PostMention] = []
    i, n = 0, len(tokens)
    while i < n:
        hit = _title_at(tokens, i) if tokens[i].is_word and i not in inside else None
        if hit is not None and hit[0] == 1 and not hit[1] and adjective_title(tokens, i):
            hit = None  # "والشعب البرلمانية": an adjective, not an office
        if hit is None:
            i += 1
            continue
        size, clitic, needs = hit
        if tokens[i].text.endswith("ى") and tokens[i].norm.endswith("ي"):
            i += 1
            continue  # "وإلى" (and to) folds like "والي" (a governor)
        c = i + size
        if size == 1 and tokens[i].norm.startswith("ال") and tokens[i].norm not in PEOPLE.ROYAL_TITLES and c < n \
                and _bare_name_next(tokens, c):
            i += 1
            continue  # "الرئيس بوتفليقة": a title used as an honorific before a name
        if tokens[i].norm in PEOPLE.ROYAL_TITLES:  # "الأمير مولاي الحسن": a name follows, not a genitive
            posts.append(PostMention(i, c, tokens[i].start, tokens[i].end, tokens[i].text))
            i = c
            continue
        if not needs and c < n:  # "الوالي المدير العام…": a bare title before another title
            nxt = _title_at(tokens, c)
            if nxt and nxt[1] == 0 and tokens[c].norm not in PEOPLE.ROYAL_STYLE:  # "ولي العهد الأمير مولاي…"
                c += nxt[0]
                needs = nxt[2]
        acting = c < n and tokens[c].norm in lex.acting
        if acting:
            c += 1
        closed = not needs and size > 1 and c < n and tokens[c].norm.startswith("ال") and tokens[c].article \
            and not tokens[c].norm.endswith(("ي", "يه"))  # "عرض رئيس الحكومة الإصلاحات": an object follows
        e = c if closed or (not needs and c < n and tokens[c].norm in PEOPLE.ROYAL_STYLE) else \
            chain_end(tokens, c, stop_titles=True, possessive=False)  # "ولي العهد" + "الأمير X"
        if needs and e == c:
            i += 1
            continue
        last = e if e > c else c - (1 if acting else 0)
        if e < n and tokens[e].norm in lex.acting:
            acting = True
            e += 1
        tail = _locative_tail(tokens, e)
        if tail:
            e += tail
            last = e
        start = tokens[i].start + clitic
        title_end = tokens[last - 1].end
        title = text[start:title_end]
        if clitic == 1 and tokens[i].norm.startswith("لل"):
            title = "ا" + title  # "للأمير" → "الأمير"
        post = PostMention(i, max(e, last), start, title_end, title, acting)
        head = strip_clitic(tokens[i].norm)[0] if clitic else tokens[i].norm
        if head in PEOPLE.MINISTER and e > c and size == 1:
            compl = text[tokens[c].start : tokens[last - 1].end]
            while last - 1 > c and tokens[last - 1].norm in CHAINS.FORMER:
                last -= 1
                compl = text[tokens[c].start : tokens[last - 1].end]
            if not tokens[c].norm.startswith(("المنتدب", "لدي", "المكلف")) and tokens[c].norm not in CALENDAR.ORDINALS \
                    and not any(tokens[x].norm in PEOPLE.NATIONALITIES for x in (c, last - 1)):
                post.ministry = "وزارة " + compl  # not for a foreign minister ("الوزير التونسي للشؤون…")
        posts.append(post)
        i = max(e, i + 1)
    return posts


def _latin_twin(tokens: list[Token], name: Name) -> bool:
    """ "دريج واردوفا DEREJE WORDOFA": a name followed by its Latin spelling is a foreign personal name."""
    return name.end < len(tokens) and tokens[name.end].sent == tokens[name.start].sent \
        and bool(_LATIN.match(tokens[name.end].text))


def _locative_tail(tokens: list[Token], e: int) -> int:
    """ "بفدرالية روسيا،": a ب-phrase of one or two bare words closed by a comma belongs to the title,
    and so does "في" + a place ("القنصل المغربي في إسطنبول")."""
    if e + 1 < len(tokens) and tokens[e].norm == "في" and tokens[e + 1].sent == tokens[e].sent:
        at = place_len(tokens, e + 1)
        if at:
            return 1 + at
    if e >= len(tokens) or not tokens[e].norm.startswith("ب") or tokens[e].norm.startswith("بال"):
        return 0
    for size in (2, 3):
        k = e + size
        if k < len(tokens) and tokens[k].norm in _COMMA and tokens[e].norm not in PEOPLE.FILIATION and all(
                tokens[x].is_word and not tokens[x].article and not is_stop(tokens[x].norm) for x in range(e, k)):
            return size
    return 0


def _skip(tokens: list[Token], j: int, *, comma: bool = True) -> int:
    """Skip an honorific and (optionally) one comma."""
    lex = lexicon()
    n = len(tokens)
    if comma and j < n and tokens[j].norm in _COMMA:
        j += 1
    while j < n and tokens[j].norm in lex.honorifics:
        j += 1
    return j


def _person(text: str, tokens: list[Token], name: Name) -> PersonMention:
    start = tokens[name.start].start + name.clitic
    end = tokens[name.end - 1].end
    return PersonMention(text[start:end], start, end, name.start, name.end)


def _name_before(tokens: list[Token], s: int, post_ends: frozenset[int] = frozenset()) -> Name | None:
    """A name ending right before token ``s`` (or before a comma at ``s - 1``)."""
    lex = lexicon()
    for end in (s, s - 1):
        if end <= 0 or (end == s - 1 and tokens[end].norm not in _COMMA):
            continue
        for k in range(max(0, end - 5), end - 1):
            name = parse_name(tokens, k, strip_wa=True)
            bounded = k > 0 and tokens[k - 1].sent == tokens[k].sent and (
                (end == s - 1 and tokens[k - 1].norm in _COMMA) or (tokens[k - 1].norm == "و" and k - 1 in post_ends))
            if bounded and (name is None or name.end != end):
                name = parse_name(tokens, k, strip_wa=True, max_units=3)  # "بحضور، ألاسان بالا ساكاندي، رئيس…"
            if name is None or name.end != end:
                continue
            prev = tokens[k - 1] if k > 0 else None
            base = tokens[k].norm[name.clitic:]
            if prev is not None and prev.norm in _COMMA and k > 1 and tokens[k - 2].sent == tokens[k].sent \
                    and tokens[k - 2].norm in PEOPLE.NAME_CUES:
                prev = tokens[k - 2]  # the cue before a comma: "بحضور، X، رئيس…"
            cue = prev is not None and prev.sent == tokens[k].sent and (
                prev.norm in PEOPLE.NAME_CUES or prev.norm in lex.honorifics or (
                    prev.norm[:1] == "و" and prev.norm[1:] in PEOPLE.NAME_CUES))
            if name.known or base in lex.first_names or cue or (_list_item(tokens, k) and k - 1 in post_ends):
                return name
        if end == s:
            continue
    return None


def _list_item(tokens: list[Token], k: int) -> bool:
    """The name opens a list item: after a comma or as "و" + name right after another item."""
    prev = tokens[k - 1] if k > 0 else None
    return prev is not None and (prev.norm in _COMMA or prev.norm == "و")  # "…، X" or "… و X" (written apart)


def _bare_name_next(tokens: list[Token], c: int) -> bool:
    """After a definite title, a bare word that is no body, place, clitic or function word is a name."""
    t = tokens[c]
    return (t.is_word and not t.article and t.norm[:1] not in "لبوفك" and not is_stop(t.norm)
            and not starts_head(tokens, c, strip=False) and not place_len(tokens, c)
            and _title_at(tokens, c) is None and t.sent == tokens[c - 1].sent)


def _gender_clash(title: str, name: str) -> bool:
    """A feminine title ("وزيرة", "مديرة", "رئيسة") is not held by an obviously male name."""
    head = fold(title.split()[0]) if title.split() else ""
    first = fold(name.split()[0]) if name.split() else ""
    return head.endswith("ه") and (first in PEOPLE.MALE_FIRST or first.startswith("عبد"))


def _is_king(p: PostMention) -> bool:
    return p.title in ("الملك", "ملك")


def _ends_clean(tokens: list[Token], e: int) -> bool:
    """A name ends at a boundary: punctuation, sentence end, a function word or a title."""
    if e >= len(tokens):
        return True
    t = tokens[e]
    return (not t.is_word or t.sent != tokens[e - 1].sent or is_stop(t.norm) or t.norm[:1] == "و"
            or _title_at(tokens, e) is not None)


def find_people(text: str, tokens: list[Token], insts: Sequence[Spanned] = ()) -> People:
    lex = lexicon()
    inside = frozenset(k for m in insts for k in range(m.first + 1, m.last))
    posts = find_posts(text, tokens, inside)
    post_starts = {p.first: p for p in posts}
    covered: set[int] = set()
    for p in posts:
        covered.update(range(p.first, p.last))
    out = People(posts=posts)
    post_ends = frozenset(p.last for p in posts)
    by_token: dict[int, PersonMention] = {}

    def add(name: Name) -> PersonMention:
        pm = by_token.get(name.start)
        if pm is None:
            pm = _person(text, tokens, name)
            by_token[name.start] = pm
            out.persons.append(pm)
        return pm

    extra_posts: list[PostMention] = []
    for p in posts:
        # title (+ acting) (+ comma) (+ honorific) + name
        j = _skip(tokens, p.last)
        if p.last - 1 > p.first and tokens[p.last - 1].norm[:1] == "ل" and _title_at(tokens, p.last - 1) is not None \
                and strip_clitic(tokens[p.last - 1].norm)[0] not in (fold("الملك"), fold("ملك")):
            continue  # "مدير الحملة للرئيس X": X holds the inner title
        name = parse_name(tokens, j, strip_wa=False) if j < len(tokens) and j not in post_starts else None
        if name is not None and tokens[j].norm[:1] == "و" and tokens[j].norm not in lex.first_names:
            name = None  # "…، وفلان": a new list item, not this post's holder
        if name is not None and not name.known and (j == p.last or not _ends_clean(tokens, name.end)) \
                and not _latin_twin(tokens, name):
            name = None  # an unknown given name right after a title needs a comma or an honorific
        if name is not None and _is_king(p) and not name.known:
            name = None
        if name is not None and _gender_clash(p.title, text[tokens[name.start].start:tokens[name.end - 1].end]):
            name = None
        if name is not None and tokens[j].sent == tokens[p.first].sent:
            p.holder = add(name).name
            head = tokens[p.first].norm
            if head.endswith("ا") and _title_at(tokens, p.first) and name.end < len(tokens):
                second = parse_name(tokens, name.end, strip_wa=True)
                if second is not None and second.clitic and second.known:
                    twin = PostMention(p.first, p.last, p.start, p.end, p.title, p.acting)
                    twin.holder = add(second).name
                    extra_posts.append(twin)
            continue
        name = None if _is_king(p) else _name_before(tokens, p.first, post_ends)
        if name is not None and tokens[p.first].norm[:1] == "و" and p.start > tokens[p.first].start \
                and name.end == p.first - 1:
            name = None  # "T1، X، وT2 Y": X holds the title before it; "، وT2" opens the next item
        if name is not None and _gender_clash(p.title, text[tokens[name.start].start:tokens[name.end - 1].end]):
            name = None
        if name is not None and tokens[p.first].norm.endswith("ا") and not name.known:
            name = None  # accusative "…رئيسا للحزب": only after a recognisable name
        if name is not None:
            p.holder = add(name).name
    posts.extend(extra_posts)
    # appositive chains: "X، الوالي …، رئيس …"
    for a, b in pairwise(posts):
        if not a.holder and b.holder and b.first == a.last and tokens[b.first].norm in PEOPLE.ROYAL_STYLE:
            a.holder = b.holder  # "ولي العهد الأمير مولاي الحسن"
        if a.holder and not b.holder and b.first in (a.last, a.last + 1) and (
                b.first == a.last or tokens[a.last].norm in _COMMA):
            if b.first == a.last and not tokens[b.first].norm.startswith("و") and not (
                    b.start == tokens[b.first].start and any(
                        pm.name == a.holder and pm.last in (a.first, a.first - 1) for pm in out.persons)):
                continue  # "X الوكيل العام للملك … رئيس النيابة العامة": both follow the name
            b.holder = a.holder
    # honorific + name, and names starting with a known given name
    for i, tok in enumerate(tokens):
        if i in by_token or i in covered:
            continue
        if tok.norm in lex.honorifics:
            name = parse_name(tokens, i + 1)
            if name is not None and name.start not in by_token:
                add(name)
            continue
        if tok.norm in PEOPLE.ROLE_CUES and i + 1 < len(tokens) and i + 1 not in by_token and i + 1 not in covered:
            name = _bare_name(tokens, i + 1)  # "برئاسة موح رجدالي، من فريق…", "بحضور، X Y،"
            if name is not None:
                add(name)
            continue
        base = tok.norm[1:] if tok.norm[:1] == "و" and len(tok.norm) > 3 else tok.norm
        if (base in lex.first_names and base not in lex.ambiguous_names) or (
                base.startswith("عبد") and (len(base) > 3 or i + 1 < len(tokens))):
            prev_covered = i - 1 in by_token or any(pm.first <= i < pm.last for pm in out.persons)
            if prev_covered:
                continue
            name = parse_name(tokens, i, strip_wa=True)
            if name is not None and name.known:
                add(name)
    out.persons.sort(key=lambda pm: pm.start)
    return out
