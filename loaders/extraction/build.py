"""Turn the mentions into one document's facts: merge repeated mentions into entities, give ids,
link posts to institutions and holders, events to bodies and agents, attach evidence spans."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from operator import attrgetter

from rapidfuzz import fuzz

from marsad.core.confidence import INFERRED
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import confidence
from marsad.loaders.extraction.cues import DECISIONS, EVENTS, ROLES
from marsad.loaders.extraction.dates import DateMention, cited_document_date
from marsad.loaders.extraction.decisions import DecisionMention, PartnershipMention, forms_passing
from marsad.loaders.extraction.events import Agent as AgentM
from marsad.loaders.extraction.events import EventMention
from marsad.loaders.extraction.institutions import EMIRATE_SEAT_NAMES, InstMention
from marsad.loaders.extraction.lexicon import lexicon
from marsad.loaders.extraction.people import People, PostMention, is_style
from marsad.loaders.extraction.programs import ProgramMention
from marsad.loaders.extraction.text import Token, strip_clitic, word_index
from marsad.loaders.extraction.words import CHAINS, FUNCTION_WORDS, INSTITUTIONS, is_nationality
from marsad.loaders.facts import (
    Agent,
    Decision,
    DocumentFacts,
    DocumentInfo,
    Event,
    Evidence,
    Institution,
    Partnership,
    Person,
    Post,
    Program,
)
from marsad.loaders.normalize import FORMAT_MARKS, fold, match_key
from marsad.loaders.resolution.institutions import link_institution
from marsad.loaders.resolution.keys import person_key


def _person_key(name: str) -> str:
    """One person of a document, however the text spells the name: the resolution stage's key
    (:func:`person_key`: "عبد ربه"/"عبدربه", "بن كيران"/"بنكيران", a family name with or without its article),
    or the match key when nothing identifying is left."""
    return person_key(name) or match_key(name)


def _once_each(parts: list[Agent], titles: dict[str, str]) -> list[Agent]:
    """An event's participants, each person once: one named twice by two of his offices ("رئيس الجمهورية اليمنية X
    … الرئيس اليمني X") keeps the first; and an office with no holder that is a listed one's office named in full
    ("رئيس مجلس إدارة جمعية X الخيرية" after "رئيس مجلس إدارة الجمعية Y") is that participant again."""
    seen: set[str] = set()
    out = []
    for a in parts:
        if a.person is not None and a.person in seen:
            continue
        if a.person is None and a.post is not None and any(
                b.post is not None and b.person is not None
                and _same_office(titles.get(b.post, ""), titles.get(a.post, "")) for b in parts):
            continue
        if a.person is not None:
            seen.add(a.person)
        out.append(a)
    return out


def _named_holder(a: Agent | None, titles: dict[str, str], holders: dict[str, str]) -> Agent | None:
    """ "رعى مدير جامعة الملك عبدالعزيز المكلف X حفل المعايدة … وقدم مدير الجامعة المكلف تهنئته": an unheld office
    taking part that is, said short, the office one person of the text holds named in full is that person (when one
    person only holds such an office). ``titles``: each office's title; ``holders``: each held office's holder."""
    if a is None or a.person is not None or a.post is None or a.post not in titles:
        return a
    short = titles[a.post]
    held = {(pid, holder) for pid, holder in holders.items() if _same_office(short, titles[pid])}
    if len({holder for _, holder in held}) != 1:
        return a
    pid, holder = min(held)
    return Agent(person=holder, post=pid)


def _same_office(short: str, full: str) -> bool:
    """ "رئيس مجلس إدارة الجمعية" and "رئيس مجلس إدارة جمعية X الخيرية": the same words, then the body's head word
    as a definite noun in the one and opening the body's name in the other."""
    a, b = match_key(short).split(), match_key(full).split()
    if len(a) < 2 or len(b) <= len(a) or a[:-1] != b[: len(a) - 1] or not a[-1].startswith("ال"):
        return False
    return b[len(a) - 1] == a[-1][2:]


def _respelt(a: str, b: str) -> bool:
    """Two keys close enough to be one name respelt, not two names: with as many words, every word that
    differs is close to its counterpart ("الاوروبي" / "الاروبي"), not another word ("القوات البريه" / "القوات
    الجويه", 93 as whole names: land and air forces)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return True  # spacing: "بن كيران" / "بنكيران"
    return all(x == y or fuzz.ratio(x, y) >= _WORD_RESPELT for x, y in zip(wa, wb, strict=True))


_WORD_RESPELT = 80


def _chair_again(part: Agent, head: Agent | None) -> bool:
    """ "والتقى سمو الأمير X بن عبد العزيز …" after "تلقى … الأمير X بن عبدالعزيز عضو مجلس الأمناء": a participant who
    is the chair's own person once the names are merged (or the chair's own office, unnamed) is the chair again, no
    participant (ANNOTATION: "Not the chair again") (ext-t75)."""
    if head is None:
        return False
    if part.person is not None:
        return part.person == head.person
    return part.post is not None and head.person is None and part.post == head.post


def _ev(text: str, start: int, end: int) -> Evidence:
    return Evidence(start=start, end=end, quote=text[start:end])


def _word_span(text: str, tokens: list[Token], first: int, last: int) -> Evidence:
    """Evidence over tokens[first:last], trimmed to its first and last words."""
    while last - 1 > first and not tokens[last - 1].is_word:
        last -= 1
    while first < last - 1 and not tokens[first].is_word:
        first += 1
    return _ev(text, tokens[first].start, tokens[last - 1].end)


_FORMAT_MARKS = re.compile(f"[{FORMAT_MARKS}]")
"""Invisible direction and joining marks some sources put inside names ("وزارة \u200fالداخلية"): no part of a name
or a title, of a body, a person, a post or a programme (the evidence quotes keep the text as written)."""


def _visible(name: str) -> str:
    return _FORMAT_MARKS.sub("", name)


_ACTING_WORD = re.compile(r"[ \t]*([^\s،,.؛:()«»\"]+)")
_CHARGED_ACTING = frozenset(fold(w) for w in ("المكلف", "المكلفة"))


def _written_title(text: str, p: PostMention) -> str:
    """The post's title as the graph gives it: "مدير شرطة جدة المكلف العميد X", "محافظ الخرج بالإنابة X": the
    acting word an office read as acting was read with, right after its title, belongs to the post (ANNOTATION:
    "بالنيابة" belongs to the post), so the title keeps it (pp19)."""
    m = _ACTING_WORD.match(text, p.end) if p.acting else None
    if m is None:
        return p.title
    word = fold(m.group(1))
    if word in lexicon().acting or word in _CHARGED_ACTING:
        return p.title + " " + m.group(1)
    return p.title


@lru_cache(maxsize=4096)
def _registry_entry(key: str) -> str | None:
    """The id of the registry entry an institution's key names whole (no run-on cut), if any."""
    link = link_institution(key)
    return link.entry.id if link.entry is not None and link.keep_words is None else None


def inst_key(name: str, kind: str) -> str:
    words = match_key(name).replace("مجلس الاداره", "مجلس اداره").replace("شيون", "شوون").split()
    # ("شئون" and "شؤون" are one word, spelt with its hamza on either seat: "لجنة شئون اللاعبين" (ext-t63))
    if kind == "territorial":
        while len(words) > 1 and words[0] in INSTITUTIONS.KEY_TERRITORIAL_PREFIXES:
            words = words[1:]
    elif len(words) > 1 and words[0] in INSTITUTIONS.KEY_NAME_PREFIXES:
        words = words[1:]
    key = " ".join(_seat_without_its_noun(words))
    return INSTITUTIONS.KEY_ALIASES.get(key, key)  # "الجامعة العربية" is "جامعة الدول العربية" (ext-t63)


_SEAT_NOUNS = frozenset(("بمنطقه", "بمحافظه"))  # ("ة" is folded to "ه" in a key)
_SEAT_NOUNS_BARE = frozenset(("منطقه", "محافظه"))
_DESCRIBED_SEATS = frozenset(("المنطقه", "العاصمه"))


def _seat_without_its_noun(words: list[str]) -> list[str]:
    """(inst17) "قوة الطوارئ الخاصة بمنطقة عسير" and "قوة الطوارئ الخاصة بعسير": a seat said with or without its
    region's or governorate's noun after "ب" is one seat, so the two spellings are one body's key; "في" + the
    region is "ب" + it (inst19a)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] == "في" and k > 0 and k + 2 < len(words) and words[k + 1] in _SEAT_NOUNS_BARE:
            out.append("ب" + words[k + 2])  # (inst19a) "… في منطقة حائل" is "… بمنطقة حائل", "… بحائل"
            k += 3
            continue
        if words[k] == "في" and k > 0 and k + 1 < len(words) and words[k + 1] in _DESCRIBED_SEATS:
            out.append("ب" + words[k + 1])  # (inst19a) "… في المنطقة الشرقية" is "… بالمنطقة الشرقية"
            k += 2
            continue
        if words[k] in _SEAT_NOUNS and k > 0 and k + 1 < len(words):
            out.append("ب" + words[k + 1])
            k += 2
            continue
        out.append(words[k])
        k += 1
    return out


_BOARD_SHORT = "مجلس "
_BOARD_LONG = "مجلس اداره "


def _li_complement(short: str, longer: str) -> bool:
    """ "مجلس التعاون" and "مجلس التعاون لدول الخليج العربية": a name of two words or more said without its
    ل-complement ("لدول …") is the same body, whatever kind each was read as (not a ل + article field: "المجلس
    الأعلى" and "المجلس الأعلى للقضاء" may be two)."""
    rest = longer[len(short) + 1 :].split()
    return len(short.split()) >= 2 and rest[0][:1] == "ل" and not rest[0].startswith("لل") and len(rest[0]) > 3


def _region_after(short: str, longer: str) -> bool:
    """ "مجلس التعاون" and "مجلس التعاون الخليجي": a name of two words or more said without the one adjective of a
    world region that follows it (``union_scopes``: "الخليجي", "العربي", "الأفريقي" …) is the same body, whatever
    kind each was read as (bld). Not a country's or a dynasty's adjective: "الديوان الملكي" and "الديوان الملكي
    الهاشمي" are two kings' courts."""
    rest = longer[len(short) + 1 :].split()
    return len(short.split()) >= 2 and len(rest) == 1 and rest[0] in INSTITUTIONS.UNION_SCOPES


def _is_nisba(word: str) -> bool:
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 6


_PARLIAMENT_KEY = "البرلمان"
_LOWER_HOUSES = ("مجلس النواب", "مجلس الشعب", "مجلس نواب الشعب")


def _parliament_named(a: str, b: str) -> bool:
    """Key ``a`` is "البرلمان" and a nisba ("البرلمان العراقي") and key ``b`` the house of representatives with the
    same nisba ("مجلس النواب العراقي"): one parliament named two ways (bld). Not the bare house ("البرلمان
    الأسترالي" and "مجلس النواب", "البرلمان المغربي" and "مجلس النواب": the golds count a house apart from its
    parliament when the text does not name them alike)."""
    words_a = a.split()
    if len(words_a) != 2 or words_a[0] != _PARLIAMENT_KEY or not _is_nisba(words_a[1]):
        return False
    return any(b == f"{h} {words_a[1]}" for h in _LOWER_HOUSES)


_FORCES_KEY = "قوات"


def _inner_word_dropped(a: str, b: str) -> bool:
    """Key ``a`` is key ``b`` without the indefinite word right after its indefinite head ("هيئة الصادرات السعودية",
    "هيئة تنمية الصادرات السعودية"; "لجنة مبادرة السلام", "لجنة متابعة مبادرة السلام"): one body, its name said
    short (bld). Not forces, whose longer names name a unit of them ("قوات مغاوير الشرطة الاتحادية")."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 3 or len(words_b) != len(words_a) + 1 or words_a[0].startswith("ال") \
            or words_a[0] == _FORCES_KEY:
        return False
    return words_b[0] == words_a[0] and not words_b[1].startswith(("ال", "و", "ل", "ب")) \
        and words_b[2:] == words_a[1:]


_ROYAL_ADJECTIVES = frozenset({"الملكي", "الملكيه"})


def _without_royal(a: str, b: str) -> bool:
    """Key ``a`` is key ``b`` without its "الملكية" inside the name ("القوات البرية السعودية", "القوات البرية الملكية
    السعودية"): one body, named with and without its royal style."""
    words_a, words_b = a.split(), b.split()
    if len(words_b) != len(words_a) + 1 or len(words_a) < 2:
        return False
    return any(words_b[x] in _ROYAL_ADJECTIVES and words_b[:x] + words_b[x + 1 :] == words_a
               for x in range(1, len(words_b)))


_ARAB_KEYS = frozenset({"العربي", "العربيه"})


def _without_arab(a: str, b: str) -> bool:
    """Key ``a`` is key ``b`` without the "العربي" that comes before a country's nisba ("الاتحاد السعودي لكرة القدم",
    "الاتحاد السعودي" for "الاتحاد العربي السعودي لكرة القدم"), whole or cut after that nisba: one body, named with
    and without "Arab" as the state's own name is (ext-t136)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 2 or len(words_b) < len(words_a) + 1:
        return False
    for x in range(1, len(words_b) - 1):
        nxt = words_b[x + 1]
        if words_b[x] in _ARAB_KEYS and _is_nisba(nxt) and nxt not in _ARAB_KEYS:
            rest = words_b[:x] + words_b[x + 1 :]
            return len(words_a) > x and rest[: len(words_a)] == words_a
    return False


_DIRECTORATE_KEYS = frozenset({"المديريه"})


def _branch_of_seated(a: str, b: str) -> bool:
    """(inst19a) Key ``a`` "جمعيه الثقافه والفنون بالحدود الشماليه" and key ``b`` "فرع جمعيه الثقافه والفنون بالحدود
    الشماليه": a seated body and its branch said with "فرع" in one text are one body, the local branch."""
    words = a.split()
    return b == "فرع " + a and any(w.startswith("ب") for w in words[1:])


def _directorate_of_service(a: str, b: str) -> bool:
    """Key ``a`` is a national service of two words or more said on its own ("الدفاع المدني") and key ``b`` the
    general directorate named after it ("المديرية العامة للدفاع المدني"), the service's headquarters: the text names
    one body both ways (ext-t136). Not "الإدارة العامة للدفاع المدني بالطائف", a region's administration of the
    service (its seat is cut from the key), nor "الأمانة العامة للأمم المتحدة", an organ of the body named after
    it. A general directorate named with its seat, "المديرية العامة للدفاع المدني بالعاصمة المقدسة", is the one the
    service said alone names in that text (inst19a)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 2 or not words_a[0].startswith("ال") or words_b[0] not in _DIRECTORATE_KEYS:
        return False
    named = ["العامه", "لل" + words_a[0][2:], *words_a[1:]]
    if words_b[0] == "المديريه" and len(words_b) > len(named) + 1 and words_b[len(named) + 1].startswith("ب"):
        words_b = words_b[: len(named) + 1]
    return words_b[1:] == named


_AIRLINE_KEY = "شركه طيران "


def _airline_named(a: str, b: str) -> bool:
    """Key ``a`` is "شركة" + a name and key ``b`` "شركة طيران" + the same name, whole or cut after it ("شركة الواحة",
    "شركة طيران الواحة"): an airline said again without "طيران", one company (ext-t136; the quoted form is
    ext-t130's :func:`_quoted_aliases_named`). Any other noun after "شركة" may name another company ("شركة نقل
    الكهرباء" is not "شركة الكهرباء")."""
    if not b.startswith(_AIRLINE_KEY) or not a.startswith(_COMPANY_KEY) or a.startswith(_AIRLINE_KEY):
        return False
    rest = a[len(_COMPANY_KEY) :]
    return len(rest) >= 3 and (b[len(_AIRLINE_KEY) :] + " ").startswith(rest + " ")


_COMPANY_KEY = "شركه "
_REGION_NOUN_KEYS = frozenset({"منطقه", "محافظه", "مدينه"})


def _the_region_said(a: str, b: str) -> bool:
    """(inst21) Key ``a`` ends with the definite region noun ("مجلس شباب المنطقة", "لجنة أهالي المحافظة") and key
    ``b`` is the same words with that region noun bare and its place's name of one or two words ("مجلس شباب منطقة
    الباحة"): the region the story is about, the one body said short."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 2 or not words_a[-1].startswith("ال") or words_a[-1][2:] not in _REGION_NOUN_KEYS:
        return False
    k = len(words_a) - 1
    return words_b[:k] == words_a[:k] and len(words_b) in (k + 2, k + 3) and words_b[k] == words_a[-1][2:]


def _one_word_inside(a: str, b: str, word: Callable[[str], bool], *, least: int) -> bool:
    """Key ``b`` is key ``a`` (of ``least`` words or more) with one word inside it, neither first nor last, that
    ``word`` accepts."""
    words_a, words_b = a.split(), b.split()
    if len(words_b) != len(words_a) + 1 or len(words_a) < least:
        return False
    return any(word(words_b[x]) and words_b[:x] + words_b[x + 1 :] == words_a for x in range(1, len(words_b) - 1))


def _nationality_inside(a: str, b: str) -> bool:
    """(r20) Key ``b`` is key ``a`` with one adjective of nationality inside it, after the head ("المجلس الأفغاني الأعلى
    للسلام", said again as "المجلس الأعلى للسلام"): one body, its country said once. Not at the end, where
    "المجلس الأعلى" and "المجلس الأعلى المغربي" may be two countries' councils."""
    return _one_word_inside(a, b, is_nationality, least=3)


def _without_region_noun(a: str, b: str) -> bool:
    """Key ``a`` is key ``b`` without the region noun before its place ("أمانة الرياض", "أمانة منطقة الرياض"; "مجلس
    بلدي الرياض", "مجلس بلدي مدينة الرياض"): one body, its place named with and without "منطقة" (ext-t42)."""
    return _one_word_inside(a, b, _REGION_NOUN_KEYS.__contains__, least=2)


def _short_form_of(a: str, b: str) -> bool:
    """Key ``a`` is a bare head and what tells the body apart ("غرفة القصيم", "هيئة السياحة"), key ``b`` the full
    name with the definite head and that word as its seat or field ("الغرفة التجارية الصناعية بمنطقة القصيم",
    "الهيئة العامة للسياحة والتراث الوطني"): one body's short and full names."""
    words_a, words_b = a.split(), b.split()
    head, tail = words_a[0], words_a[1:]
    if not tail or head.startswith("ال") or words_b[0] != "ال" + head:
        return False
    rest = words_b[1:]
    for k in range(len(rest)):
        forms = [["ب" + tail[0], *tail[1:]], ["بمنطقه", *tail], ["بمحافظه", *tail]]
        if tail[0].startswith("ال"):
            forms.append(["لل" + tail[0][2:], *tail[1:]])
        elif len(tail) >= 2:  # "جمعية تحفيظ القرآن", "الجمعية الخيرية لتحفيظ القرآن" (bld)
            forms.append(["ل" + tail[0], *tail[1:]])
        if any(rest[k : k + len(f)] == f for f in forms):
            return True
    return False


def _place_short_form(a: str, b: str) -> bool:
    """Key ``a`` is a bare head and a place ("هيئة الرياض") and key ``b`` the definite head whose full name ends with
    a region noun and that place ("الهيئة العليا لتطوير مدينة الرياض"): the short name papers give the body by its
    seat, one body (bname). Not another head ("مجلس الرياض" is no name of that authority), nor a place said inside
    the name before its end ("… بمدينة الرياض للتقنية", a field comes after)."""
    words_a, words_b = a.split(), b.split()
    head, tail = words_a[0], words_a[1:]
    n = len(tail)
    if not tail or head.startswith("ال") or words_b[0] != "ال" + head or len(words_b) < n + 3:
        return False
    return words_b[-n:] == tail and words_b[-n - 1] in _REGION_NOUN_KEYS


def _field_dropped(a: str, b: str) -> bool:
    """Key ``a`` is key ``b`` without one of the fields ``b`` coordinates by "و" before a nisba that ends both
    ("هيئة الاتصالات السعودية", "هيئة الاتصالات وتقنية المعلومات السعودية"): one body, its name said short; the
    nisba that closes both names the same state's body (bname). A name cut before its "و" is the prefix merge's;
    a different last word ("… الأفريقي", "… السعودي") tells two bodies apart."""
    words_a, words_b = a.split(), b.split()
    last = words_a[-1]
    if len(words_a) < 3 or len(words_b) <= len(words_a) or words_b[-1] != last or not _is_nisba(last) \
            or words_a[0] != words_b[0]:
        return False
    x = len(words_a) - 1  # the words of a before its nisba are b's first words; b's "و" field comes next
    return words_b[:x] == words_a[:x] and words_b[x][:1] == "و" and len(words_b[x]) > 3 \
        and not any(w[:1] == "و" for w in words_a)


_OPTIONAL_HEADS = frozenset({"هييه", "جمعيه", "منظمه", "وزاره"})


def _headless_form(a: str, b: str) -> bool:
    """Key ``a`` is a definite name ("الهلال الاحمر", "الامم المتحده") and key ``b`` the same name after a head that
    such names may go without ("هيئة", "جمعية", "منظمة"), and a nationality after it or none ("هيئة الهلال الأحمر
    السعودي", "منظمة الأمم المتحدة"): one body named with and without its head (ext-t122); not another head ("مكتب
    الأمم المتحدة" is an office of it). A ministry goes without "وزارة" too ("الخارجية الأميركية", "وزارة الخارجية
    الأميركية": the golds list both as one body's names; bname)."""
    words_a, words_b = a.split(), b.split()
    if not words_a[0].startswith("ال") or words_b[0] not in _OPTIONAL_HEADS:
        return False
    rest = words_b[1:]
    return rest == words_a or (rest[:-1] == words_a and rest[-1].startswith("ال") and rest[-1].endswith("ي")
                               and is_nationality(rest[-1]))


_HEALTH_SEATS = ("بمنطقه", "بمحافظه", "بمدينه")


def _health_short_form(a: str, b: str) -> bool:
    """Key ``a`` is "صحة" + a region ("صحه الرياض") and key ``b`` a health directorate ("… الصحيه") seated in that
    region ("الشؤون الصحية بمنطقة الرياض", "المديرية العامة للشؤون الصحية بالباحة"): the short name Saudi papers give
    the same directorate (ext-t122)."""
    words_a, words_b = a.split(), b.split()
    tail = words_a[1:]
    if words_a[0] != "صحه" or not tail or "الصحيه" not in words_b or len(words_b) <= len(tail) + 1:
        return False
    n = len(tail)
    return (words_b[-n:] == tail and words_b[-n - 1] in _HEALTH_SEATS) \
        or words_b[-n:] == ["ب" + tail[0], *tail[1:]]


def _nisba_of_complement(a: str, b: str) -> bool:
    """Key ``a`` is a name of two words or more and a nisba ("مجلس التعاون الخليجي") and key ``b`` the same name with a
    ل-complement holding the nisba's noun ("مجلس التعاون لدول الخليج العربية"): one body said two ways."""
    words_a, words_b = a.split(), b.split()
    n = len(words_a) - 1
    if n < 2 or len(words_b) <= n + 1 or words_a[:n] != words_b[:n] or words_b[n][:1] != "ل" \
            or words_b[n].startswith("لل"):
        return False
    nisba = words_a[n]
    if not (nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) >= 6):
        return False
    return any(w == nisba[:-1] or w == "ل" + nisba[1:-1] for w in words_b[n:])


def _field_before_nisba(a: str, b: str) -> bool:
    """Key ``a`` is a bare head, a definite field and a nisba ("اتحاد القدم السعودي", "اتحاد التنس المصري") and key
    ``b`` the definite head, the same nisba and the field behind ل ("الاتحاد السعودي لكرة القدم", "الاتحاد المصري
    للتنس"): one body's short and full names (ext-t42)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != 3 or len(words_b) < 3:
        return False
    head, field, nisba = words_a
    if head.startswith("ال") or words_b[0] != "ال" + head or words_b[1] != nisba or not field.startswith("ال") \
            or not (nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) >= 6):
        return False
    return field in words_b[2:] or "لل" + field[2:] in words_b[2:]


def _federation_of_field(a: str, b: str) -> bool:
    """Key ``a`` is the bare head "اتحاد" and a field with no nationality ("اتحاد كرة القدم", "اتحاد الكرة") and key
    ``b`` a country's federation named by its nisba alone ("الاتحاد السعودي"): the text's one federation said two
    short ways (ext-t136; merged only when one such federation is named). Not a federation named in full with its
    field ("الاتحاد الإيطالي لكرة القدم"): a text that names one abroad in full speaks of its own country's by
    "اتحاد كرة القدم"."""
    words_a, words_b = a.split(), b.split()
    if words_a[0] != "اتحاد" or len(words_a) < 2 or words_b[0] != "الاتحاد" or len(words_b) != 2:
        return False
    nisba = words_b[1]
    national = nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) >= 6 and is_nationality(fold(nisba))
    return national and not any(w.endswith(("ي", "يه")) and w.startswith("ال") and len(w) >= 6 for w in words_a[1:])


_BRANCH_KEY = "فرع "


def _branch_body(key: str) -> tuple[list[str], str] | None:
    """The body's words and the seat's last word of a branch's key ("فرع وزاره العدل بمنطقه الرياض"), or None."""
    words = key.split()
    seat = next((k for k in range(len(words) - 1, 1, -1) if words[k] == "في" or words[k][:1] == "ب"), None)
    if seat is None or words[0] != "فرع":
        return None
    place = words[-1][1:] if seat == len(words) - 1 else words[-1]  # "بجازان", "بمنطقه جازان": one seat
    return words[1:seat], place


def _branch_named(a: str, branch: str) -> bool:
    """Key ``a`` is the branch whose key is ``branch`` said shorter ("فرع الهييه العامه للسياحه والتراث بمنطقه حايل"
    for "فرع الهييه العامه للسياحه والتراث الوطني في منطقه حايل"), or the short name of its body with an indefinite
    head ("جمعيه الثقافه والفنون" for "فرع جمعيه الثقافه والفنون بالطايف"): one body (ext-t111). A ministry, or a
    body with a definite head, named on its own is a body apart from its branch (the tuning sets' gold)."""
    parts = _branch_body(branch)
    if parts is None:
        return False
    body, place = parts
    other = _branch_body(a) if a.startswith(_BRANCH_KEY) else (a.split(), place)
    if other is None or other[1] != place or len(other[0]) < 2:
        return False
    if not a.startswith(_BRANCH_KEY) and (other[0][0].startswith("ال") or other[0][0] == "وزاره"):
        return False  # a ministry or a body with its full, definite name said on its own is counted apart
    shorter, longer = sorted((other[0], body), key=len)
    return longer[: len(shorter)] == shorter and (len(other[0]) <= len(body) or a.startswith(_BRANCH_KEY))


_THE_MINISTRY = frozenset({"الوزاره", "للوزاره", "وزارته", "وزارتها", "وزارتنا", "الوزارات"})


def _refers_to_ministry(norm: str) -> bool:
    return norm in _THE_MINISTRY or strip_clitic(norm)[0] in _THE_MINISTRY


@cache
def _ministry_forms() -> frozenset[str]:
    return forms_passing(_refers_to_ministry, _THE_MINISTRY)


def _ministry_referred(tokens: list[Token]) -> bool:
    """Whether the text speaks of a ministry as a body ("أوضحت الوزارة", "منسوبي الوزارة", "وزارته"): then even a
    minister's title stacked after another office implies its ministry. (One set test over the words.)"""
    return not _ministry_forms().isdisjoint(word_index(tokens).words())  # (the text's distinct words, in C)


_HOLDING_VERBS = frozenset(fold(w) for w in ("أقامت", "نظمت", "عقدت", "احتفلت", "وأقامت", "ونظمت", "وعقدت",
                                              "واحتفلت"))


def _ministry_holds(tokens: list[Token], e: EventMention) -> bool:
    """ "أقامت الوزارة أمس حفل معايدة": the subject of a verb of holding, in the event's first cue's sentence, is
    "الوزارة" referring back to a ministry."""
    sent = tokens[e.cues[0]].sent
    return any(tok.norm == _ALWIZARA and k > 0 and tokens[k - 1].norm in _HOLDING_VERBS and tokens[k - 1].sent == sent
               for k, tok in enumerate(tokens) if tok.sent == sent)


_ALWIZARA = fold("الوزارة")


_THE_SECRETARIAT = frozenset({"الامانه", "بالامانه", "للامانه", "والامانه", "امانتها"})
_GENERAL = frozenset({"العامه", "العام"})
_SECRETARIAT_SEATS = frozenset({"منطقه", "محافظه", "العاصمه"})


def _secretariats(tokens: list[Token], people: People) -> list[tuple[str, int, int]]:
    """ "أمين منطقة عسير" in a text that speaks of "الأمانة" (not "الأمانة العامة"): the mayor's secretariat, "أمانة
    منطقة عسير", is a body the text names by referring back to it (ext-t71: the gold of the tuning sets lists it, or
    leaves it optional, in each such text). (name, start, end) of each, the office's span."""
    out = []
    for p in people.posts:
        words_ = p.title.split()
        if not 3 <= len(words_) <= 4 or fold(words_[0]) != "امين" or fold(words_[1]) not in _SECRETARIAT_SEATS \
                or any(fold(w)[:1] in "لو" for w in words_[2:]):
            continue
        out.append(("أمانة " + " ".join(words_[1:]), p.start, p.end))
    if out and not any(t.norm in _THE_SECRETARIAT and (k + 1 >= len(tokens) or tokens[k + 1].norm not in _GENERAL)
                       for k, t in enumerate(tokens)):
        return []  # (the text is read only when a mayor's office is there)
    return out


_COMPANY = fold("شركة") + " "


def _fields(key: str) -> list[str]:
    """The fields a name coordinates after its head word, each without its "و" ("وزاره التجاره والصناعه" →
    ["التجاره", "الصناعه"])."""
    groups: list[list[str]] = []
    for w in key.split()[1:]:
        if w[:1] == "و" and len(w) > 3 and groups:
            groups.append([w[1:]])
        elif groups:
            groups[-1].append(w)
        else:
            groups.append([w])
    return [" ".join(g) for g in groups]


def _swapped_fields(a: str, b: str) -> bool:
    """Two names of one head whose coordinated fields are the same in another order: one body written two ways
    (ext-t71)."""
    if a.split()[0] != b.split()[0] or len(a) != len(b):
        return False
    fa, fb = _fields(a), _fields(b)
    return len(fa) >= 2 and fa != fb and sorted(fa) == sorted(fb)


def _bare_word(word: str) -> str:
    """(inst19b) A key's word without its article or a joined "ب"/"ل" + article: "بالرياض" → "رياض"."""
    for clitic in ("بال", "لل", "ال"):
        if word.startswith(clitic) and len(word) > len(clitic) + 2:
            return word[len(clitic) :]
    return word


def _same_words(a: str, b: str) -> bool:
    """(inst19b) "النادي الأدبي بالرياض" and "نادي الرياض الأدبي", "النادي الأهلي" and "نادي الأهلي", "المحكمة الدولية
    الرياضية" and "المحكمة الرياضية الدولية": two keys of the same words, with or without the article, in another
    order, are one body written two ways."""
    wa, wb = a.split(), b.split()
    return a != b and len(wa) == len(wb) >= 2 and sorted(map(_bare_word, wa)) == sorted(map(_bare_word, wb))


def _stacked_offices(tokens: list[Token], people: People) -> set[int]:
    """Offices said right after another office of the same holder ("ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية",
    "… ، وزير الدفاع"): a dignitary's standing titles, which name no ministry the text speaks of."""
    return {id(a) for a in people.posts for b in people.posts
            if a is not b and a.holder and a.holder == b.holder and b.last <= a.first <= b.last + 1
            and all(not t.is_word for t in tokens[b.last : a.first])}


def _best_form(forms: Counter[str]) -> str:
    """The form written most often (the longest among equals), leaving out the forms that refer back with a bare
    noun ("مجلس الإدارة", "مجلس إدارة الشركة") when the body is also named in full ("مجلس إدارة الشركة السعودية
    للخدمات الأرضية"): the full name names it, however often the text refers back to it (ext-t49)."""
    named = [f for f in forms if fold(f.split()[-1]) not in CHAINS.BACK_REFERENCES
             and not _cut_after_head(f) and not _nationality_cut(f, forms)] if len(forms) > 1 else []
    return max(named or forms, key=lambda f: (forms[f], len(f)))


def _nationality_cut(form: str, forms: Counter[str]) -> bool:
    """A head and a nationality ("الاتحاد السعودي") that another form of the body goes on from ("الاتحاد السعودي لكرة
    القدم"): the short name the text refers back with, not the full one (ext-t136)."""
    words_ = form.split()
    return len(words_) == 2 and is_nationality(fold(words_[1])) and any(f.startswith(form + " ") for f in forms)


def _cut_after_head(form: str) -> bool:
    """A form cut right after an indefinite head ("مجلس إدارة شركة"), no full name."""
    last = fold(form.split()[-1])
    return not last.startswith("ال") and (last,) in lexicon().inst_heads


_COUNCIL_KEY = "المجلس البلدي "


def _council_seat(key: str) -> str | None:
    """The place a municipal council's key names, however its seat is said ("بتبوك", "بمنطقة تبوك", "في تبوك")."""
    if not key.startswith(_COUNCIL_KEY):
        return None
    seat = key[len(_COUNCIL_KEY) :]
    seat = seat[3:] if seat.startswith("في ") else seat[1:] if seat.startswith("ب") else ""
    words_ = seat.split()
    if len(words_) > 1 and words_[0] in _REGION_NOUN_KEYS:
        words_ = words_[1:]
    return " ".join(words_) or None


_BRACKETED_END = re.compile(r"\s(?:\(([^()]+)\)|«([^«»]+)»)\s*$")
"""(inst17) the short name in brackets or in guillemets: "شركة التعدين العربية السعودية «معادن»" … "شركة معادن"."""


def _bracketed(shorts: set[str], forms: Counter[str]) -> bool:
    """A form of a body ends with one of ``shorts`` (the keys of another body's forms) in brackets after its full
    name ("الشركة السعودية للصناعات الأساسية (سابك)"): the short name the text goes on with ("سابك", "شركة سابك") is
    the same body, an alternative name of it (ext-t159)."""
    return any(_bracketed_short(form) in shorts for form in forms)


def _bracketed_short(form: str) -> str | None:
    """The key of the short name in brackets at the end of ``form``, when it is shorter than the name before it (a
    longer one is another body or a description: "القوات البرية (اللجنة المركزية لقبول طلبة القوات البرية)",
    "الحزب الإسلامي (العدالة والتنمية)")."""
    m = _BRACKETED_END.search(form)
    if not m or len((m.group(1) or m.group(2)).split()) >= len(form[: m.start()].split()):
        return None
    return match_key(m.group(1) or m.group(2))


def _bracketed_form(shorts: set[str], forms: Counter[str], again: bool) -> str:
    """The full name, said before its short one in brackets, names the merged body, however often the short one is
    written; when the text says the short one again on its own, the brackets are left out of the name (the short one
    is the body's other name; the evidence keeps them)."""
    form = max(forms, key=lambda f: (_bracketed_short(f) in shorts, len(f)))
    m = _BRACKETED_END.search(form)
    return form[: m.start()].strip() if again and m and _bracketed_short(form) in shorts else form


_QUOTE_AFTER_HEAD = re.compile(r"^\S+\s+[«“\"']")


def _quoted_after_head(a: str, b: str, forms_b: Counter[str]) -> bool:
    """Key ``b`` is one head word and key ``a``, and a form of ``b`` puts the name in quotes after that word ("منظمة
    «هيومن رايتس ووتش»", "شبكة «سي بي إس»"): the word says what the body is, the quotes name it; the name said
    without the word is the same body (bname)."""
    return len(b.split()) == len(a.split()) + 1 and b.endswith(" " + a) \
        and any(_QUOTE_AFTER_HEAD.match(f) for f in forms_b)


_QUOTED_AFTER = re.compile(r'[ \t]*(?:"([^"\n]{2,30})"|«([^«»\n]{2,30})»|“([^”\n]{2,30})”)')
"""(inst18) a short name in straight quotes right after a body's name; (inst20) in guillemets or curly quotes too,
when the name before them stops short of them ("لجنة حقوق الإنسان العربية «لجنة الميثاق»")."""

_GLOSS_AFTER = re.compile(r"[ \t]*\(([^()\n]{3,40})\)")


def _gloss_named(gloss: str, key: str) -> bool:
    """The key of a form is the gloss's, or the gloss's and a nationality after it ("البرلمان" and "البرلمان
    الإيراني"): a definite common name of one or two words, never a proper name alone."""
    words_g = gloss.split()
    if not 1 <= len(words_g) <= 2 or not words_g[0].startswith("ال"):
        return False
    if key == gloss:
        return True
    rest = key[len(gloss) + 1 :].split() if key.startswith(gloss + " ") else []
    return len(words_g) == 1 and len(rest) == 1 and _is_nisba(rest[0]) and is_nationality(rest[0])


def _longest_nesting(keys: list[str]) -> list[str]:
    """(inst19b) "شركة أرامكو" and "شركة أرامكو السعودية" for "أرامكو": keys each the longest one cut short name one
    body, the longest; keys that do not nest stay apart."""
    if len(keys) < 2:
        return keys
    longest = max(keys, key=len)
    return [longest] if all(k == longest or longest.startswith(k + " ") for k in keys) else keys


class _Registry:
    """Institutions merged by key; a short name that is a prefix of a longer one of its kind is the same body, and so
    is one said without its scope adjective ("مجلس الأمن" for "مجلس الأمن الدولي")."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.order: list[str] = []
        self.names: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.evidence: dict[str, list[Evidence]] = {}
        self.alias: dict[str, str] = {}
        self.parent: dict[str, str] = {}
        self.forms: dict[str, Counter[str]] = {}

    def add(self, name: str, kind: str, start: int, end: int) -> str:
        name = " ".join(_visible(name).split())  # a name across a line break is one line (ext-t159)
        key = inst_key(name, kind)
        key = self.alias.get(key, key)
        if key not in self.names:
            self.order.append(key)
            self.names[key] = name
            self.kinds[key] = kind
            self.evidence[key] = []
            self.forms[key] = Counter()
        self.forms[key][name] += 1
        # the name is the form written most often (the longest among equals)
        self.names[key] = _best_form(self.forms[key])
        ev = _ev(self.text, start, end)
        if ev not in self.evidence[key]:
            self.evidence[key].append(ev)
        return key

    def fold_prefixes(self) -> None:
        if len(self.order) < 2:
            return  # every merge below takes two bodies
        for a in list(self.order):  # spelling variants of one name ("اليونيسيف", "اليونيسف")
            for b in list(self.order):
                if a != b and a in self.order and b in self.order and self.kinds[a] == self.kinds[b] \
                        and len(a) >= 6 and fuzz.ratio(a, b) >= 92 and _respelt(a, b):
                    self._merge(b, a)
        coordinated = [k for k in self.order if " و" in k]  # (only names that coordinate fields are compared)
        for a in coordinated:  # "وزارة التجارة والصناعة" for "وزارة الصناعة والتجارة": one body (ext-t71)
            for b in coordinated:
                if a != b and a in self.order and b in self.order and self.kinds[a] == self.kinds[b] \
                        and _swapped_fields(a, b):
                    self._merge(b, a)
        for short in list(self.order):  # "رينو" (from "شركة «رينو»") and "شركة رينو الفرنسية": one company (ext-t71)
            full = _longest_nesting([k for k in self.order if k != short and self.kinds[k] == "company"
                                     and (k + " ").startswith(_COMPANY + short + " ")])
            if len(full) == 1 and self.kinds[short] == "company":
                self._merge(short, full[0])
        for short in list(self.order):  # "شركة الواحة" for "شركة طيران الواحة": the airline (ext-t136)
            full = [k for k in self.order if k != short and self.kinds[k] == "company" and _airline_named(short, k)]
            if len(full) == 1 and self.kinds[short] == "company":
                self._merge(short, full[0])
        for short in list(self.order):  # "القوات البرية السعودية" for "القوات البرية الملكية السعودية" (ext-t34)
            full = [k for k in self.order if k != short and _without_royal(short, k)]
            if len(full) == 1:
                self._merge(short, full[0])
        for short in list(self.order):  # "الاتحاد السعودي لكرة القدم" for "الاتحاد العربي السعودي لكرة القدم"
            full = [k for k in self.order if k != short and _without_arab(short, k)]  # (ext-t136)
            if len(full) == 1:
                self._merge(short, full[0])
        for short in list(self.order):  # "الدفاع المدني" for "المديرية العامة للدفاع المدني" (ext-t136)
            full = [k for k in self.order if k != short and _directorate_of_service(short, k)]
            if len(full) == 1:
                self._merge(short, full[0])  # (the directorate's full name names the body, however often the
                self.names[full[0]] = max(self.forms[full[0]],  # text says the service's)
                                          key=lambda f: (len(f.split()), self.forms[full[0]][f]))
        for short in list(self.order):  # "أمانة الرياض" for "أمانة منطقة الرياض" (ext-t42)
            full = [k for k in self.order if k != short and _without_region_noun(short, k)]
            if len(full) == 1:
                self._merge(short, full[0])
        for short in list(self.order):  # "مجلس إدارة النادي" after "مجلس إدارة نادي الوحدة": its board (ext-t34)
            words = short.split()
            if len(words) == 3 and short.startswith(_BOARD_LONG) and words[2].startswith("ال") and len(words[2]) > 4:
                longer = [k for k in self.order if k.startswith(_BOARD_LONG + words[2][2:] + " ")]
                if len(longer) == 1:
                    self._merge(short, longer[0])
        seats = {k: _council_seat(k) for k in self.order}  # (the keys stay; merging takes some out of the order)
        for short in list(self.order):  # "المجلس البلدي بتبوك" and "المجلس البلدي بمنطقة تبوك" (ext-t159)
            full = [k for k in self.order if k != short and len(k) > len(short)
                    and seats[k] is not None and seats[k] == seats[short]]
            if len(full) == 1:
                self._merge(short, full[0])
        for short in list(self.order):
            longer = [k for k in self.order if k != short and k.startswith(short + " ") and (
                self.kinds[k] == self.kinds[short] or k[len(short) + 1 :] in INSTITUTIONS.SCOPE_ADJECTIVES
                or _li_complement(short, k) or _region_after(short, k))]
            if not longer and short.startswith(_BOARD_SHORT) and len(short.split()) == 2:
                # "مجلس الهيئة" after "مجلس إدارة الهيئة السعودية للمهندسين": the board of the body named
                longer = [k for k in self.order if k.startswith(_BOARD_LONG + short[len(_BOARD_SHORT) :] + " ")]
            if len(longer) > 1:  # "شركة الخليج", "شركة الخليج للتدريب", "شركة الخليج للتدريب والتعليم": one name
                longest = max(longer, key=len)  # cut shorter and shorter, not two bodies (ext-t34)
                if all(k == longest or longest.startswith(k + " ") for k in longer):
                    longer = [longest]
            if len(longer) == 1:
                self._merge(short, longer[0])
        for same_body in (_short_form_of,  # "غرفة القصيم" and "الغرفة التجارية الصناعية بمنطقة القصيم"
                          _field_before_nisba,  # "اتحاد القدم السعودي", "الاتحاد السعودي لكرة القدم" (ext-t42)
                          _federation_of_field,  # "اتحاد كرة القدم" and "الاتحاد السعودي" (ext-t136)
                          _parliament_named,  # "البرلمان العراقي" and "مجلس النواب العراقي" (bld)
                          _inner_word_dropped,  # "هيئة الصادرات السعودية", "هيئة تنمية الصادرات السعودية" (bld)
                          _nisba_of_complement,  # "مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية"
                          _place_short_form,  # "هيئة الرياض", "الهيئة العليا لتطوير مدينة الرياض" (bname)
                          _field_dropped,  # "هيئة الاتصالات السعودية", "هيئة الاتصالات وتقنية … السعودية" (bname)
                          _the_region_said,  # "مجلس شباب المنطقة", "مجلس شباب منطقة الباحة" (inst21)
                          _same_words,  # "النادي الأدبي بالرياض", "نادي الرياض الأدبي" (inst19b)
                          _branch_of_seated,  # "جمعية X بمنطقة Y", "فرع جمعية X بY" (inst19a)
                          _nationality_inside):  # "المجلس الأعلى للسلام", "المجلس الأفغاني الأعلى للسلام" (r20)
            self._merge_into_the_one(same_body)
        for a in list(self.order):  # "الهلال الأحمر" and "هيئة الهلال الأحمر السعودي"; "صحة الرياض" and "الشؤون
            same = [b for b in self.order if b != a and a in self.order  # الصحية بمنطقة الرياض" (ext-t122)
                    and (_headless_form(a, b) or _health_short_form(a, b))]
            if len(same) == 1:
                self._merge(a, same[0])
                self.names[same[0]] = max(self.forms[same[0]], key=lambda f: (len(f.split()), self.forms[same[0]][f]))
        for a in list(self.order):  # "هيومن رايتس ووتش" and "منظمة «هيومن رايتس ووتش»" (bname)
            same = [b for b in self.order if b != a and a in self.order and _quoted_after_head(a, b, self.forms[b])]
            if len(same) == 1:
                name = self.names[a]  # (the name in quotes, not the paper's word for what the body is)
                self._merge(a, same[0])
                self.names[same[0]] = name
        for short in list(self.order):  # "الشركة السعودية للصناعات الأساسية (سابك)" and "سابك" (ext-t159)
            shorts = {short} | {match_key(f) for f in self.forms[short]}
            shorts |= {k[len(_COMPANY) :] for k in shorts if k.startswith(_COMPANY)}  # ("شركة سيسكو": "سيسكو")
            full = [k for k in self.order if k != short and _bracketed(shorts, self.forms[k])]
            if len(full) == 1:
                again = any(not any(f.start <= e.start and e.end <= f.end for f in self.evidence[full[0]])
                            for e in self.evidence[short])  # (the short name said again on its own)
                self._merge(short, full[0])
                self.names[full[0]] = _bracketed_form(shorts, self.forms[full[0]], again)
        for a in [k for k in self.order if k.startswith(_BRANCH_KEY)]:  # "فرع X بمنطقة Y" and "X" (ext-t111)
            for b in [b for b in self.order if b != a and a in self.order and _branch_named(b, a)]:
                self._merge(b, a)
        self._fold_glosses()
        self._fold_quoted_shorts()
        self._merge_registry_entries()

    def _fold_quoted_shorts(self) -> None:
        """'شركة التعدين العربية السعودية "معادن"' … "شركة معادن": a short name of one or two words in straight quotes
        right after a body's full name (three words or more) is that body's other name; the body the text names by it
        alone or after "شركة" is the same one, and keeps the full name (inst18)."""
        for a in list(self.order):
            if a not in self.order or len(self.names[a].split()) < 3:
                continue
            shorts = {match_key(q) for e in self.evidence[a] if (m := _QUOTED_AFTER.match(self.text, e.end))
                      and len((q := m.group(1) or m.group(2) or m.group(3)).split()) <= 2}
            same = [b for b in self.order if b != a and (b in shorts or (
                b.startswith(_COMPANY) and b[len(_COMPANY) :] in shorts))]
            if len(same) == 1:
                name = self.names[a]
                self._merge(same[0], a)
                self.names[a] = name

    def _fold_glosses(self) -> None:
        """ "مجلس الشورى (البرلمان)" … "البرلمان الإيراني"; "الكنيست (البرلمان الإسرائيلي)" … "البرلمان
        الإسرائيلي": a common name in brackets right after a body's name glosses that body, and the text saying the
        gloss again on its own, or the gloss and a nationality, names the same body (bname; institutions.py's
        ``_gloss`` keeps no body of the bracket itself). The body glossed keeps its name, unless the gloss alone is
        said again ("البرلمان الإسرائيلي (الكنيست)": the name written most often names it)."""
        glosses: dict[str, list[str]] = {}
        for a in self.order:
            for e in self.evidence[a]:
                m = _GLOSS_AFTER.match(self.text, e.end)
                if m:
                    glosses.setdefault(match_key(m.group(1)), []).append(a)
        for g, bodies in glosses.items():
            if len(set(bodies)) != 1:
                continue
            target = bodies[0]
            for b in list(self.order):
                if b == target or target not in self.order or not any(_gloss_named(g, match_key(f))
                                                                      for f in self.forms[b]):
                    continue
                name = self.names[target]
                self._merge(b, target)
                if b != g:  # (the gloss said alone again, "الكنيست", may name the body as often as it is said)
                    self.names[target] = name

    def _merge_into_the_one(self, same_body: Callable[[str, str], bool]) -> None:
        """Merge each key into the one other key that ``same_body`` says names the same body (none when several
        do), one key after the other in the registry's order."""
        for a in list(self.order):
            same = [b for b in self.order if b != a and a in self.order and same_body(a, b)]
            if len(same) == 1:
                self._merge(a, same[0])

    def _merge_registry_entries(self) -> None:
        """(tuning199) Names the reference registry gives, each whole, as one entity ("مجلس التعاون الخليجي",
        "مجلس التعاون لدول الخليج العربية"; "العدالة والتنمية", "حزب العدالة والتنمية") are one body: every key of
        an entry merges into its first key in the text."""
        first: dict[str, str] = {}
        for key in list(self.order):
            entry = _registry_entry(key)
            if entry is None:
                continue
            if entry in first:
                self._merge(key, first[entry])
            else:
                first[entry] = key

    def _merge(self, source: str, target: str) -> None:
        self.evidence[target].extend(e for e in self.evidence[source] if e not in self.evidence[target])
        self.forms[target].update(self.forms[source])
        self.names[target] = _best_form(self.forms[target])
        self.alias[source] = target
        self.order.remove(source)

    def resolve(self, key: str) -> str:
        while key in self.alias:
            key = self.alias[key]
        return key


_EMIR_WORDS = frozenset(fold(w) for w in ("أمير", "إمارة"))
_REGION_NOUNS = frozenset(fold(w) for w in ("منطقة", "المنطقة"))
_REGION_REACH = 3
"""How many words after "منطقة" may name the region ("منطقة مكة المكرمة", "المنطقة الشرقية")."""
_NOT_REGION = frozenset(fold(w) for w in ("المساعد", "المساعدة", "بالنيابة", "السابق", "المكلف", "رئيس", "نائب"))


def _emirate_region(name: str) -> str | None:
    """ "أمير منطقة عسير", "نائب أمير المنطقة الشرقية", "وكيل إمارة منطقة الجوف للشؤون الأمنية", "إمارة منطقة
    مكة المكرمة": the region an emir's office or an emirate's name gives ("منطقة عسير", "المنطقة الشرقية"), as
    written; none for the bare "أمير المنطقة" (a region the text named before)."""
    words = name.split()
    folded = [fold(w) for w in words]
    for j in range(len(words) - 2):
        if strip_clitic(folded[j])[0] in _EMIR_WORDS and folded[j + 1] in _REGION_NOUNS:
            end = j + 2
            while end < min(len(words), j + 2 + _REGION_REACH) and not folded[end].startswith("لل") \
                    and folded[end] not in _NOT_REGION:
                end += 1
            return " ".join(words[j + 1 : end]) if end > j + 2 else None
    return None


def _seat_emirate(tokens: list[Token], people: People, insts: list[InstMention], m: InstMention) -> str:
    """(ext-t154) The emirate whose seat or office a text names by the bare noun ("في مكتبه بالإمارة", "بمقر
    الإمارة"; ``institutions._emirate_seats``) is the emirate of the region of the emir's office told before it in
    its sentence ("استقبل أمير منطقة عسير … في مكتبه بالإمارة" → "إمارة منطقة عسير"), else of the one region every
    emir's office and emirate the text names gives; else it keeps its bare name."""
    sent = tokens[m.first].sent
    before = [(p.last, region) for p in people.posts if tokens[p.first].sent == sent and p.last <= m.first
              and (region := _emirate_region(p.title)) is not None]
    if before:
        return "إمارة " + max(before)[1]
    regions = {fold(r): r for r in (_emirate_region(x) for x in [*(p.title for p in people.posts),
                                                                 *(o.name for o in insts)]) if r is not None}
    return "إمارة " + next(iter(regions.values())) if len(regions) == 1 else m.name


def build_facts(doc: SourceDocument, tokens: list[Token], *, title: str | None, published: dt.date | None,
                insts: list[InstMention], people: People, events: list[EventMention],
                decisions: list[DecisionMention], partnerships: list[PartnershipMention],
                dates: Sequence[DateMention], programs: Sequence[ProgramMention] = ()) -> DocumentFacts:
    text = doc.text
    reg = _Registry(text)
    mention_key: dict[int, str] = {}
    for idx, m in enumerate(insts):
        name = _seat_emirate(tokens, people, insts, m) if fold(m.name) in EMIRATE_SEAT_NAMES else m.name
        mention_key[idx] = reg.add(name, m.kind, m.start, m.end)
    stated = [k for k in reg.order if reg.kinds[k] == "ministry"]
    referred = _ministry_referred(tokens)
    stacked = _stacked_offices(tokens, people)
    for p in people.posts:
        if p.ministry and (referred or id(p) not in stacked):
            head = " ".join(inst_key(p.ministry, "ministry").split()[:3])
            if not any(k.startswith(head) for k in stated):
                reg.add(p.ministry, "ministry", p.start, p.end)
    secretariats = [reg.add(name, "local_service", start, end) for name, start, end in _secretariats(tokens, people)]
    reg.fold_prefixes()
    for idx, m in enumerate(insts):
        if m.parent is not None:
            child, parent = reg.resolve(mention_key[idx]), reg.resolve(mention_key[m.parent])
            if child != parent:
                reg.parent.setdefault(child, parent)
    named = {reg.resolve(k) for k in [*mention_key.values(), *secretariats]}  # the others are only implied by a title
    position = {k: n for n, k in enumerate(reg.order)}
    reg.order = sorted(reg.order, key=lambda k: (not reg.names[k].startswith(("مجلس", "المجلس")), position[k]))
    inst_ids = {k: f"i{n}" for n, k in enumerate(reg.order, 1)}

    def inst_id(m: InstMention | None) -> str | None:
        if m is None:
            return None
        idx = next((i for i, x in enumerate(insts) if x is m), None)
        return inst_ids.get(reg.resolve(mention_key[idx])) if idx is not None else None

    institutions = [Institution(id=inst_ids[k], name=reg.names[k], kind=reg.kinds[k],
                                parent=inst_ids.get(reg.parent.get(k, "")), evidence=reg.evidence[k],
                                confidence=confidence.institution(named=k in named))
                    for k in reg.order]

    person_ids: dict[str, str] = {}
    person_names: dict[str, str] = {}
    person_ev: dict[str, list[Evidence]] = {}
    person_conf: dict[str, float] = {}
    for pm in people.persons:
        key = _person_key(pm.name)
        if key not in person_ids:
            person_ids[key] = f"p{len(person_ids) + 1}"
            person_names[key] = _visible(pm.name)  # the key (match_key) leaves the marks out already
            person_ev[key] = []
        ev = _ev(text, pm.start, pm.end)
        if ev not in person_ev[key]:
            person_ev[key].append(ev)
        person_conf[key] = max(person_conf.get(key, 0.0), confidence.person(tokens, people, pm))
    persons = [Person(id=person_ids[k], name=person_names[k], evidence=person_ev[k], confidence=person_conf[k])
               for k in person_ids]

    post_ids: dict[tuple[str, str | None], str] = {}
    post_objs: dict[str, dict[str, object]] = {}
    post_of_mention: dict[int, str] = {}
    for p in people.posts:
        if p.holder and is_style(p):
            continue  # "الأمير X": a style, no office (the events read X as the person)
        holder = person_ids.get(_person_key(p.holder)) if p.holder and fold(p.title) not in ROLES.SITTING_HEADS \
            else None  # "د. X رئيس الجلسة": presiding over one sitting is a role in it, no office held (slots22)
        head = match_key(p.title).split()[0] if match_key(p.title) else ""
        head = head[2:] if head.startswith("ال") else head
        post_key = (match_key(p.title), holder) if holder is None else (head, holder)
        if holder is not None and post_key in post_ids and _distinct_office(
                str(post_objs[post_ids[post_key]]["title"]), p.title):
            post_key = (match_key(p.title), holder)  # "رئيس الديوان رئيس المجلس X": two offices with one head word
        if post_key not in post_ids:
            pid = f"post{len(post_ids) + 1}"
            post_ids[post_key] = pid
            inner = next((m for m in insts if p.first <= m.first and m.last <= p.last), None)
            post_objs[pid] = {"id": pid, "title": _visible(_written_title(text, p)), "institution": inst_id(inner),
                              "holder": holder, "acting": p.acting, "evidence": [], "confidence": confidence.post()}
        pid = post_ids[post_key]
        evs = post_objs[pid]["evidence"]
        assert isinstance(evs, list)
        ev = _ev(text, p.start, p.end)
        known = str(post_objs[pid]["title"])
        if holder is not None and len(known.split()) == 1 and len(p.title.split()) > 1:
            # "الأمير X أمير منطقة تبوك": the office the name is given wins over the bare style before it
            post_objs[pid]["title"] = _visible(_written_title(text, p))
            post_objs[pid]["institution"] = inst_id(next((m for m in insts if p.first <= m.first and m.last <= p.last),
                                                         None))
            evs.insert(0, ev)
        elif ev not in evs:
            evs.append(ev)
        if p.acting:
            post_objs[pid]["acting"] = True
        post_of_mention[id(p)] = pid
    posts = [Post.model_validate(o) for o in post_objs.values()]

    def agent(a: AgentM | None) -> Agent | None:
        if a is None:
            return None
        person = person_ids.get(_person_key(a.person.name)) if a.person else None
        post = post_of_mention.get(id(a.post)) if a.post else None
        if person is None and post is None:
            return None
        return Agent(person=person, post=post)

    def ministry_key(name: str) -> str | None:
        head = " ".join(inst_key(name, "ministry").split()[:3])
        key = next((k for k in reg.order if reg.kinds[k] == "ministry" and k.startswith(head)), None)
        return reg.resolve(key) if key is not None else None

    def ministry_id(name: str) -> str | None:
        key = ministry_key(name)
        return inst_ids.get(key) if key is not None else None

    def implied_diplomacy(name: str) -> bool:
        """A foreign minister's ministry the text never names ("وزير خارجية مصر" → "وزارة خارجية مصر"): his
        meetings and visits are diplomacy, no event of that ministry, and it is no fact of the article (bld: on the
        non-blind sets such ministries were 0 gold, 4 false, 5 optional)."""
        key = ministry_key(name)
        return key is not None and key not in named and _foreign_affairs(name)

    out_events: list[Event] = []
    event_ids: list[str] = []
    kind_of = {i.id: i.kind for i in institutions}
    name_of = {i.id: i.name for i in institutions}
    post_titles = {pid: str(obj["title"]) for pid, obj in post_objs.items()}
    post_holders = {pid: str(obj["holder"]) for pid, obj in post_objs.items() if obj.get("holder")}
    for n, e in enumerate(events, 1):
        eid = f"e{n}"
        event_ids.append(eid)
        cue = tokens[e.cues[0]]
        s_tokens = [t for t in tokens if t.sent == cue.sent and t.is_word] or [cue]
        evidence = [_ev(text, s_tokens[0].start, s_tokens[-1].end)]
        body = inst_id(e.body)
        owner: str | None = None
        if e.body is not None:
            owner = inst_ids.get(reg.parent.get(reg.resolve(mention_key[insts.index(e.body)]), ""))
        if e.owner is not None:
            owner_key = reg.resolve(mention_key[insts.index(e.owner)])
            owner = inst_ids.get(reg.parent.get(owner_key, owner_key))
        if body is None and owner is None and e.kind != "visit" and e.chair is not None and e.chair.post is not None \
                and e.chair.post.ministry and not implied_diplomacy(e.chair.post.ministry):
            owner = ministry_id(e.chair.post.ministry)  # "ترأس وزير الصحة حفلا…": an event of the ministry (not a
            # minister's visit: "استقبل أمير دولة X وزير الخارجية Y" is no event of the visitor's ministry, slots8)
        if body is None and owner is None and e.kind == "meeting" and e.chair is not None \
                and e.chair.post is not None and id(e.chair.post) in post_of_mention \
                and not _delegation_office(e.chair.post.title):  # "ترأس مدير جامعة X الاجتماع": a meeting of the
            headed = post_objs[post_of_mention[id(e.chair.post)]]["institution"]  # body he heads (not a
            # delegation's head's: "رئيس وفد البريد X" met another body; nor a council's, which meets in a sitting:
            # "نائب رئيس مجلس الوزراء" receiving a guest holds no sitting of the cabinet) (ext-t97)
            owner = headed if isinstance(headed, str) and kind_of.get(headed) not in _SITTING_KINDS \
                and not fold(name_of.get(headed, "")).startswith(_GOVERNMENT) else None  # (nor a government's:
            # "رئيس الحكومة التركية X" meeting a governor holds no sitting of it)
        if (body is None or kind_of.get(body) != "ministry") and _ministry_holds(tokens, e):
            implied = {k for k in (ministry_key(p.ministry) for p in people.posts if p.ministry) if k}
            if len(implied) == 1 and implied & inst_ids.keys():  # "تحت رعاية وزير العمل … أقامت الوزارة حفلا بحضور
                body, owner = None, inst_ids[implied.pop()]  # محافظ المؤسسة … ونائب وزير العمل …": the ministry the
                # subject refers back to is the one the text's titles imply (one only), not a guest's body
        chair_agent = agent(e.chair)
        parts = _once_each([x for x in (_named_holder(agent(a), post_titles, post_holders) for a in e.participants)
                            if x is not None and not _chair_again(x, chair_agent)], post_titles)
        out_events.append(Event(id=eid, kind=e.kind, title=text[cue.start : cue.end],
                                date=e.date.isoformat() if e.date else None, place=e.place, body=body,
                                institution=owner, number=e.number, chair=chair_agent,
                                participants=parts, evidence=evidence,
                                confidence=confidence.event(tokens, insts, e)))
    main_id = event_ids[0] if event_ids else None
    sign_id = next((event_ids[i] for i, e in enumerate(events) if e.kind == "signing"), main_id)
    main_confidence = out_events[0].confidence if out_events else None
    days = _days_told(tokens, dates, events, decisions)
    out_decisions = [Decision(id=f"d{n}", event=_deciding_event(tokens, events, event_ids, decisions, d, main_id,
                                                                days),
                              action=d.action, kind=d.kind, object=d.obj, year=d.year,
                              evidence=[_word_span(text, tokens, d.first, d.last)],
                              confidence=confidence.decision(main_confidence))
                     for n, d in enumerate(decisions, 1)]
    out_partnerships = []
    for n, pa in enumerate(partnerships, 1):
        ids = list(dict.fromkeys(x for x in (inst_id(m) for m in pa.parties) if x))
        if ids:
            out_partnerships.append(Partnership(id=f"pa{n}", event=sign_id, parties=ids, purpose=pa.purpose,
                                                evidence=[_word_span(text, tokens, pa.first, pa.last)],
                                                confidence=confidence.partnership(pa)))
    out_programs: list[Program] = []
    seen_programs: dict[str, int] = {}
    for prog_m in programs:
        key = match_key(prog_m.name)
        ev = _ev(text, prog_m.start, prog_m.end)
        if key in seen_programs:
            prog = out_programs[seen_programs[key]]
            if ev not in prog.evidence:
                prog.evidence.append(ev)
            continue
        inner = next((m for m in insts if prog_m.first <= m.first and m.last <= prog_m.last), None)
        seen_programs[key] = len(out_programs)
        out_programs.append(Program(id=f"prog{len(out_programs) + 1}", name=_visible(prog_m.name),
                                    institution=inst_id(inner), period=prog_m.period, evidence=[ev],
                                    confidence=confidence.program()))
    info = DocumentInfo(id=doc.id, title=title, published=published.isoformat() if published else None,
                        source=doc.source)
    agents = {e.chair.post for e in out_events if e.chair is not None and e.chair.post}  # (not a participant's)
    acting = {ministry_id(p.ministry) for p in people.posts if p.ministry and post_of_mention.get(id(p)) in agents
              and not implied_diplomacy(p.ministry)}
    if not referred:  # (a text that speaks of "الوزارة" names the ministries its ministers imply)
        institutions = _implied_in_use(institutions, posts, out_events, out_partnerships, out_programs, acting)
    return DocumentFacts(document=info, persons=persons, institutions=institutions, posts=posts,
                         events=out_events, decisions=out_decisions, partnerships=out_partnerships,
                         programs=out_programs)


_SITTING_KINDS = frozenset({"governing_body", "parliament"})
_FOREIGN_AFFAIRS = frozenset({"الخارجيه", "خارجيه"})


def _foreign_affairs(ministry: str) -> bool:
    """ "وزارة الخارجية", "وزارة خارجية مصر", "وزارة الشؤون الخارجية": a ministry of foreign affairs."""
    return any(w in _FOREIGN_AFFAIRS for w in match_key(ministry).split()[1:3])


_GOVERNMENT = (fold("الحكومة"), fold("حكومة"))


def _delegation_office(title: str) -> bool:
    """ "رئيس وفد البريد السعودي": an office heading a delegation (the body named in it came to another's meeting)."""
    return any(strip_clitic(w)[0] in ROLES.DELEGATION for w in fold(title).split())


def _implied_in_use(institutions: list[Institution], posts: Sequence[Post], events: Sequence[Event],
                    partnerships: Sequence[Partnership], programs: Sequence[Program],
                    acting: set[str | None]) -> list[Institution]:
    """The institutions, less those only implied by an office ("وزير الخارجية" → وزارة الخارجية) that no other fact
    uses. The annotation guide counts every institution the text names; a ministry the text never names (nor
    speaks of as "الوزارة", ``_ministry_referred``), whose
    minister chairs no event of the article (``acting``: the ids of the ministries of the events' chairs), and that
    neither hosts an event nor holds a post, a party or a program, is no fact of the article: a minister merely
    mentioned or quoted, or one among those attending (ext-t63: "حضر الاستقبال … وزير الخارجية" makes no ministry a
    fact; on the non-blind sets the 17 ministries kept for a participant were all wrong)."""
    used = {p.institution for p in posts} | {e.body for e in events} | {e.institution for e in events} \
        | {party for pa in partnerships for party in pa.parties} | {pr.institution for pr in programs} \
        | {i.parent for i in institutions} | acting
    return [i for i in institutions if i.confidence != INFERRED or i.id in used]


def _days_told(tokens: list[Token], dates: Sequence[DateMention], events: list[EventMention],
               decisions: Sequence[DecisionMention]) -> dict[int, set[tuple[int, int]]]:
    """Sentence -> the calendar days (month, day) it is told under, for the sentences of decisions told outside the
    main event's sentences when the main event has a date (empty otherwise: nothing to compare): the days the
    sentence names; or, in a chronicle (``_CHRONICLE`` sentences or more open with a day: "وفي يوم الخميس 19 مارس
    …"), for a sentence that names none, the day of the last sentence before it that opens with one ("كما أصدر
    أمرا ملكيا …" goes on under it). A document's own date ("الصادر بتاريخ …") and Hijri days are left out."""
    if not events or events[0].date is None or not decisions:
        return {}
    main = events[0]
    main_sents = main.sentences | {tokens[c].sent for c in main.cues}
    wanted = {tokens[d.first].sent for d in decisions} - main_sents
    if not wanted:
        return {}
    named: dict[int, set[tuple[int, int]]] = {}
    opening: dict[int, set[tuple[int, int]]] = {}
    for m in dates:
        if not _calendar_day(m) or cited_document_date(tokens, m):
            continue
        sent = tokens[m.first].sent
        named.setdefault(sent, set()).add((m.month or 0, m.day or 0))
        if _opens_sentence(tokens, m.first):
            opening.setdefault(sent, set()).add((m.month or 0, m.day or 0))
    out = {s: named[s] for s in wanted if s in named}
    if len(opening) >= _CHRONICLE:
        for sent in wanted - set(out):
            before = [s for s in opening if s < sent]
            if before:
                out[sent] = opening[max(before)]
    return out


_CHRONICLE = 3
_DAY_OPENING = 3
"""A day named within the first three words of its sentence ("وفي يوم الخميس 19 مارس …") opens it."""


def _opens_sentence(tokens: list[Token], k: int) -> bool:
    sent = tokens[k].sent
    words = [j for j in range(k - 1, max(-1, k - 8), -1) if tokens[j].sent == sent and tokens[j].is_word]
    return len(words) < _DAY_OPENING


def _calendar_day(m: DateMention) -> bool:
    """A Gregorian day named by its month ("يوم السبت 24 يناير", "10 مارس 2015"), not a weekday or "أمس" alone."""
    return m.month is not None and m.day is not None and not m.hijri and m.month_offset is None


def _deciding_event(tokens: list[Token], events: list[EventMention], event_ids: list[str],
                    decisions: Sequence[DecisionMention], d: DecisionMention, main_id: str | None,
                    days: dict[int, set[tuple[int, int]]] | None = None) -> str | None:
    """The event a decision belongs to: the main (first) event's, unless the text has turned away from it.

    - "ينظم النادي حفلا … . من جهة أخرى أقر مجلس إدارة النادي …" (ext-t44): a decision told in the sentence of a
      later sitting, none of the main event's, is that sitting's.
    - "عقد أعضاء الحكومة اجتماعا … . من جهة أخرى، أصدر الرئيس قرارا بتعيين …", "جدد النادي عقد اللاعب … . من جهة
      أخرى عينت إدارة النادي X مشرفا …" (s12-build2): a decision told after a sentence that opens by turning to
      another matter (``EVENTS.OTHER_MATTER``), later than the main event's first cue, is no decision of the main
      event: it belongs to an event told from that turn on, up to its own sentence, else to none (untied). The main
      event keeps it when a cue of its own stands, as "the" one, from the turn on ("… في الجلسة ذاتها"), or when it is
      itself a body's decision (its cue a decision verb, or its sentences before the turn hold a decision: "قرر
      مجلس الاتحاد … . من ناحية أخرى، قررت لجنة المسابقات …" goes on listing the decisions told).
    - "وكانت الشركة قد أعلنت مؤخرا عن تعيين …" (s12-build2): a decision recalled in the pluperfect (``_recalled``)
      in a sentence that tells no event is background to the news, no event's decision (untied).
    - "وفي يوم السبت 24 يناير أصدر أمرا ملكيا بتعيين …" (dec7): a decision told outside the main event's sentences
      under a calendar day of its own (``days``) that is not the main event's day was taken on another day: no
      decision of the main event; it belongs to an event told in its sentence, else to none (untied) — a review
      of a reign's or a year's acts, each under its day, is background to the article's news."""
    if not events:
        return None
    sent = tokens[d.first].sent
    if _recalled(tokens, d.first) and not any(tokens[c].sent == sent for e in events for c in e.cues):
        return None
    main = events[0]
    main_sents = main.sentences | {tokens[c].sent for c in main.cues}
    own = (days or {}).get(sent)
    if own and main.date is not None and sent not in main_sents and (main.date.month, main.date.day) not in own:
        return next((eid for e, eid in zip(events[1:], event_ids[1:], strict=True)
                     if any(tokens[c].sent == sent for c in e.cues)), None)
    first = tokens[main.cues[0]].sent
    turn = next((s for s in range(sent, first, -1) if _turning(tokens, s)), None)
    if turn is None or any(turn <= tokens[c].sent <= sent and tokens[c].article for c in main.cues):
        if sent in main_sents:
            return main_id
        if len(events) > 1:
            later = next((eid for e, eid in zip(events[1:], event_ids[1:], strict=True) if e.kind == "session"
                          and any(tokens[c].sent == sent for c in e.cues)), None)
            if later is not None:
                return later
        return main_id
    after = [eid for e, eid in zip(events[1:], event_ids[1:], strict=True)
             if any(turn <= tokens[c].sent <= sent for c in e.cues)]
    if after:
        return after[-1]
    if any(tokens[o.first].sent in main_sents and tokens[o.first].sent < turn for o in decisions) \
            or _deciding_cue(tokens[main.cues[0]].norm):
        return main_id
    return None


_WAS = FUNCTION_WORDS.WAS | frozenset(fold(w) for w in ("فكان", "فكانت"))
_ALREADY = fold("قد")
_RECALL_REACH = 8


def _recalled(tokens: list[Token], i: int) -> bool:
    """ "وكان المجلس قد أقر …", "وكانت الشركة قد أعلنت مؤخرا عن تعيين …": a decision told in the pluperfect
    ("كان" and, within a few words, "قد" before it in its sentence) is recalled from before, as background to the
    article's news."""
    sent = tokens[i].sent
    words = [k for k in range(i - 1, -1, -1) if tokens[k].sent == sent and tokens[k].is_word][:_RECALL_REACH + 4]
    for n, k in enumerate(words):
        if tokens[k].norm == _ALREADY:
            return any(tokens[j].norm in _WAS for j in words[n + 1:n + 1 + _RECALL_REACH])
    return False


def _deciding_cue(norm: str) -> bool:
    """ "قرر", "أصدر", "اعتمد", "وافق": an event told by a decision verb is a body's decision."""
    bare = strip_clitic(norm, "و")[0]
    return any(w in ws for w in (norm, bare) for ws in (DECISIONS.APPROVE, DECISIONS.APPOINT, DECISIONS.RESOLVE,
                                                         DECISIONS.DECIDE_VERBS, DECISIONS.ISSUED))


_TURN_WORDS = 3
_SENT = attrgetter("sent")


def _turning(tokens: list[Token], sent: int) -> bool:
    """The sentence opens by turning to another matter: "من جهة أخرى، …", "ومن ناحية ثانية …", "وعلى صعيد آخر …"
    (a phrase of ``EVENTS.OTHER_MATTER``, its first word with or without the conjunction)."""
    words: list[str] = []
    for k in range(bisect_left(tokens, sent, key=_SENT), len(tokens)):  # (from the sentence's first token)
        t = tokens[k]
        if t.sent > sent or len(words) >= _TURN_WORDS:
            break
        if t.is_word:
            words.append(t.norm)
    if not words:
        return False
    bare = [words[0][1:] if words[0].startswith("و") else words[0], *words[1:]]  # ("ومن": too short to strip)
    return tuple(words) in EVENTS.OTHER_MATTER or tuple(bare) in EVENTS.OTHER_MATTER


def _distinct_office(known: str, title: str) -> bool:
    """Two titles of one holder with the same head word are two offices when both name their complement and
    the complements' first words differ ("رئيس ديوان المظالم" and "رئيس مجلس القضاء الإداري")."""
    a, b = match_key(known).split(), match_key(title).split()
    if len(a) < 2 or len(b) < 2:
        return False
    second_a, second_b = (w[2:] if w.startswith("ال") else w for w in (a[1], b[1]))
    return second_a != second_b  # "عامل الإقليم" and "عامل إقليم X" are one office
