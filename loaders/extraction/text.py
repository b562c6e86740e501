"""Tokens with offsets into the text as read, and the folded forms used for matching.

Every span the extractor outputs is made of whole tokens of the original text, so evidence is
always ``text[start:end]`` by construction.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Collection, Iterable, KeysView, Set
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

import regex

from marsad.loaders.extraction.words import FUNCTION_WORDS
from marsad.loaders.normalize import FORMAT_MARKS, fold

_MARKS = regex.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
"""Diacritics and tatweel: the marks of "الـمَجلِس" (removed before checking for the article)."""
_ARTICLE = regex.compile("^(?:[وفبك]?ال|و?لل)")
"""The article as written, behind one proclitic or none: "المجلس", "والمجلس", "بالرباط", "للمجلس", "وللمجلس"."""

_TOKEN = regex.compile(r"[دذأ](?<![\p{L}\p{M}][دذأ])\.(?=[ \t]*\p{L})"
                       r"|م(?<![\p{L}\p{M}\p{N}.]م)(?<!\p{N}[ \t]م)\.(?=[ \t]*\p{L})"
                       r"|\d+(?:[./,]\d+)+|[\p{L}\p{M}\p{N}\u0640]*?\u0629(?=[\u0621-\u0628\u062a-\u063f\u0641-\u064a])"
                       r"|[\p{L}\p{M}\p{N}\u0640]+"
                       rf"|[^\s\p{{L}}\p{{M}}\p{{N}}{FORMAT_MARKS}]")
"""One token: an abbreviated honorific before a word, spaced or not ("د." for الدكتور in "د. محمد" and
"د.محمد", "ذ." and "أ." for الأستاذ, "م." for المهندس (not after a number: "1436 هـ - 2015 م. وقال", nor inside
initials: "و.م.ع"; ext-t42): its point ends no sentence), a number with separators ("19/12/2025", "1.5"), a word
("المجلس", "28مارس"; a word ends at a taa marbuta that letters follow, two words glued together: "الزيارةزار",
ext-t66), or one mark ("،"). The honorifics' letter is matched before the look-behind on the letter before it (which
sees that letter too): the same test, but the regex module tries their alternatives at every position, and most
positions fail at once on the letter (a fifth of tokenize's regex time)."""
_GLUED_AT = r"[\u0621-\u0628\u062a-\u063f\u0641-\u064a]"
_GLUED = regex.compile(r"\u0629" + _GLUED_AT)
"""A taa marbuta right before a letter: two words glued ("الزيارةزار"), which only _TOKEN's alternative in ة splits."""
_SPLIT = regex.compile(f"({_TOKEN.pattern})")
"""``_TOKEN`` as one group, so that a split keeps the tokens between the gaps."""
_SPLIT_UNGLUED = regex.compile(_SPLIT.pattern.replace(rf"|[\p{{L}}\p{{M}}\p{{N}}\u0640]*?\u0629(?={_GLUED_AT})", "", 1))
"""``_SPLIT`` without that alternative, which finds nothing in a text with no ``_GLUED`` (all but a few in a hundred):
it tries a lazy match over every word before the plain word's alternative takes it (a quarter of the regex's time)."""
assert _SPLIT_UNGLUED.pattern != _SPLIT.pattern
_GLUED_RECEIVED = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}\u0640])(?:[وفبك]?ال|و?لل){_GLUED_AT}{{3,}}?(استقبلت?)"
                                r"(?![\p{L}\p{M}\p{N}\u0640])")
"""A headline's last word glued to the verb of reception that opens the text ("…جموع المهنئيناستقبل أمير المنطقة …",
SaudiNewsNet; mev): a word with the article and three letters or more, then "استقبل"/"استقبلت". Only the reception
verb: the other verbs of events split the same way (11 words of the 5,887 hash texts, all real glues) but the headline
left as a sentence of its own then ends in a bare title or a photo caption, which people.py and participants.py read
wrongly (a title with no holder, a quoted officer as a participant): 3 right facts for about 7 wrong ones."""
_WORD = regex.compile(r"^[\p{L}\p{M}\u0640]+$")
"""A word of letters and marks only: "المجلس" (not "2025", not "،")."""
_SENTENCE_END = frozenset({".", "!", "?", "؟", "\n", ";", "؛", "•"})
COMMAS = frozenset({"،", ","})
"""The Arabic and the Latin comma, as tokens (the rules read a comma as a clause's or a list item's end)."""
ALSO = frozenset(fold(w) for w in ("أيضا", "أيضاً"))
"""The word for "also", with or without the accusative's alif mark (folded alike)."""
OPEN_QUOTES = frozenset({"«", '"', "“"})
"""The opening quotation marks, as tokens: "في «دورتها الثالثة»", "لـ«الصحيفة»"."""
DURING_IN = frozenset(fold(w) for w in ("في", "خلال"))
""""in" and "during", as tokens: the words that frame a time or a sitting ("في اجتماعه", "خلال الزيارة")."""
TO_WORDS = frozenset(fold(w) for w in ("إلى", "الى"))
"""The preposition "to", with and without its hamza."""
RELATIVES = frozenset(fold(w) for w in ("الذي", "التي"))
"""The singular relative pronouns, as tokens: a verb right after one has the noun before it for subject or object
("الاجتماع الذي عقده المجلس"). Behind "و" ("والذي") they are not in it: the rules that read that form say so."""
AND_RELATIVES = frozenset("و" + w for w in RELATIVES)
"""``RELATIVES`` behind the conjunction, as one token: "والذي", "والتي"."""
RELATIVES_WITH_PLURAL = RELATIVES | {fold("الذين")}
"""``RELATIVES`` and the masculine plural "الذين" (the rules that read a clause about persons as well as things)."""
RELATIVES_WITH_DUALS = RELATIVES_WITH_PLURAL | {fold(w) for w in ("اللذين", "اللتين")}
"""``RELATIVES_WITH_PLURAL`` and the oblique duals "اللذين", "اللتين" (two parties' clause: "الطرفين اللذين وقعا")."""
_NORM = attrgetter("norm")
CLITICS = ("و", "ب", "ل", "ف", "ك")


class Token(NamedTuple):
    """One word or punctuation mark: original surface, folded form, offsets, sentence index.

    A named tuple rather than a frozen dataclass: as immutable, and a document has hundreds of tokens,
    which a tuple builds several times faster."""

    text: str
    norm: str
    start: int
    end: int
    sent: int
    is_word: bool = False

    @property
    def article(self) -> bool:
        """Carries the definite article as written (so "ألمانية", "إلى" do not: their alef has a hamza)."""
        return _ARTICLE_OF[self.text]

    @property
    def is_punct(self) -> bool:
        return not self.norm[:1].isalnum()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; a newline or a sentence-final mark starts a new sentence.

    Built without a Python step a token (a document has hundreds): one split gives the gaps and the tokens in turn,
    their offsets are the running sums of their lengths, and a token's sentence the running sum of the breaks before
    it, a newline in the gap before it (no token holds one) or a sentence-final mark right before it (issue 9)."""
    parts = (_SPLIT if _GLUED.search(text) else _SPLIT_UNGLUED).split(text)  # gap, token, gap, …, token, gap
    glued = {m.start(): m.start(1) for m in _GLUED_RECEIVED.finditer(text)}
    verbs = _unglue_verbs(parts, glued) if glued else ()
    gaps, surfaces = parts[0::2], parts[1::2]
    offsets = list(accumulate(map(len, parts)))
    starts, ends = offsets[0::2], offsets[1::2]
    breaks = [0] * (len(surfaces) + 1)
    first_word = len(text) - len(text.lstrip())  # the offset of the text's first non-space character
    for k in compress(count(), map(str.__contains__, gaps, repeat("\n"))):
        if not _line_goes_on(text, first_word, gaps, surfaces, starts, k):
            breaks[k] = 1
    for k in verbs:  # the glued verb opens the text's sentence after the headline
        breaks[k] = 1
    for k in compress(count(), map(_SENTENCE_END.__contains__, surfaces)):
        if not (surfaces[k] == "." and _quoted_ellipsis(text, starts[k], ends[k])):
            breaks[k + 1] += 1
    folded = list(map(_FOLDED.__getitem__, surfaces))
    # (tuple.__new__ is what Token._make does, without its Python frame and length check; starts and breaks run one
    # past the last token, to the gap after it, which zip leaves out)
    return list(map(tuple.__new__, repeat(Token), zip(surfaces, map(itemgetter(0), folded), starts, ends,
                                                      accumulate(breaks), map(itemgetter(1), folded), strict=False)))


def _unglue_verbs(parts: list[str], glued: dict[int, int]) -> list[int]:
    """Split in place each token of ``parts`` (gap, token, gap, …) that starts at a key of ``glued`` into the headline's
    word and the verb (from the value's offset on), with an empty gap between; returns the verbs' token indices."""
    verbs: list[int] = []
    pos = j = 0
    while j < len(parts):
        part = parts[j]
        cut = glued.get(pos) if j % 2 else None
        if cut is not None and pos < cut < pos + len(part):
            parts[j : j + 1] = [part[: cut - pos], "", part[cut - pos :]]
            verbs.append((j + 2) // 2)
            j += 2
        pos += len(part)
        j += 1
    return verbs


def _line_goes_on(text: str, first_word: int, gaps: list[str], surfaces: list[str], starts: list[int], k: int) -> bool:
    """The one line break before ``surfaces[k]`` ends no sentence: no blank line is between, a word opens the next
    line, the line before is no headline (the text's first line), and either the line before ends with a word the
    next line must go on from (``FUNCTION_WORDS.LINE_CONTINUES``: a preposition, the "بن" of a name, an office or a
    body's head in the construct form, an honorific), or the two lines are an office and its holder's name set one a
    line (``_office_column``). A signature or a letter's address ("رئيس مجلس إدارة" / "مركز …" / "عبدالله X") then
    reads as one phrase, its office with its body and its holder."""
    if not 0 < k < len(surfaces) or gaps[k].count("\n") != 1 or not _FOLDED[surfaces[k]][1]:
        return False
    line_start = text.rfind("\n", 0, starts[k - 1])
    if line_start <= first_word:  # (no copy of the text before the line for each line break)
        return False
    return _FOLDED[surfaces[k - 1]][0] in FUNCTION_WORDS.LINE_CONTINUES or _office_column(gaps, surfaces, k)


_COLUMN_LINE = 10
"""The most words of an office line in a signature or an address (over the line breaks it goes on across)."""
_NAME_LINE = range(2, 5)
"""The words of a holder's name on a line of its own."""


def _office_column(gaps: list[str], surfaces: list[str], k: int) -> bool:
    """ "رئيس مجلس إدارة مركز X" / "عبدالله X" (an office line, its holder's name on the next, a line of two to four
    words alone with a line break or the text's end after it), or "مراد X" / "عضو اللجنة …" (a name line of two to four
    words, an office opening the next): short lines of words only, no mark, none a sentence of its own."""
    first, goes_on = k - 1, FUNCTION_WORDS.LINE_CONTINUES
    while first > 0 and ("\n" not in gaps[first]
                         or (gaps[first].count("\n") == 1 and _FOLDED[surfaces[first - 1]][0] in goes_on)):
        first -= 1  # (back over the line breaks that a word the next line goes on from joins: "رئيس مجلس إدارة" / …)
    last = k
    while last + 1 < len(surfaces) and "\n" not in gaps[last + 1]:
        last += 1
    before, after = surfaces[first:k], surfaces[k : last + 1]
    if len(before) > _COLUMN_LINE or not all(_FOLDED[s][1] for s in before):
        return False
    offices = FUNCTION_WORDS.COLUMN_OFFICES
    if len(after) in _NAME_LINE and all(_FOLDED[s][1] for s in after) \
            and any(_FOLDED[s][0] in offices for s in before):
        return True
    return len(before) in _NAME_LINE and _FOLDED[after[0]][0] in offices \
        and not any(_FOLDED[s][0] in offices for s in before)


def clitic_spellings(words: Iterable[str]) -> frozenset[str]:
    """Every spelling that ``strip_clitic`` (with any clitic letters) or ``lam_article`` can read as one of ``words``:
    the word, one proclitic before it, "و" and ب/ل/ك before it, and the ل/ول + article spellings ("للجنة" for
    "اللجنة"). A superset (some are no real reading: "بالجنة" for "الجنة"), so a caller that looks a text's words up
    in it still runs its own test on those found; no word outside it passes that test. The one inverse of
    strip_clitic the rules share: the word index below, the events' gates, the decision rules' word sets and
    find_people's cue words are all built from it (issue 9)."""
    found: set[str] = set()
    for w in words:
        found.add(w)
        found.update(c + w for c in CLITICS)
        found.update("و" + c + w for c in "بلك")
        found.update(("ل" + w[1:], "ول" + w[1:], "ل" + w[2:], "ول" + w[2:]))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _spellings(words: frozenset[str]) -> frozenset[str]:
    return clitic_spellings(words)


class WordIndex:
    """Where each word (its folded form) stands in one text, built once a text (``word_index``).

    Dozens of rules each walked every token of the text with their own word test, and a worker sees each text once,
    so a cache per word mostly misses. With the positions of each word at hand, a rule visits only the tokens its
    trigger words stand at (none, in most texts), in text order, and runs its own test there as before."""

    __slots__ = ("_asked", "_at")

    def __init__(self, tokens: list[Token]) -> None:
        at: defaultdict[str, list[int]] = defaultdict(list)
        deque(map(list.append, map(at.__getitem__, map(_NORM, tokens)), count()), maxlen=0)  # (no Python step a token)
        self._at = dict(at)
        self._asked: dict[frozenset[str], list[int]] = {}

    def of(self, words: Set[str]) -> list[int]:
        """The positions of the tokens that are one of ``words``, in text order (the smaller of the two sets walked:
        a text holds a few hundred distinct words, some spelling sets thousands)."""
        at = self._at
        if len(words) < len(at):
            hits: Iterable[str] = at.keys() & words  # (the intersections walk the smaller side in C)
        elif isinstance(words, (set, frozenset)):
            hits = words.intersection(at)
        else:
            hits = [w for w in at if w in words]
        found = [i for w in hits for i in at[w]]
        found.sort()
        return found

    def words(self) -> KeysView[str]:
        """The distinct words of the text (folded): a test on each of them, then ``of`` on those that pass, visits
        each word once, not once for each token it stands at."""
        return self._at.keys()

    def spelled(self, words: frozenset[str]) -> list[int]:
        """The positions of the tokens that are one of ``words`` as folded or behind a proclitic
        (``clitic_spellings``): the only tokens where a test like ``in_words(norm, words)`` may hold, which the caller
        still makes. Remembered per set of words for this text; the list is shared: callers must not change it."""
        found = self._asked.get(words)
        if found is None:
            found = self._asked[words] = self.of(_spellings(words))
        return found


# The last text's tokens and their index, shared by every rule that asks for it: the list itself is kept, not its
# id, so a later text's list can never be taken for it.
_LAST_INDEX: tuple[list[Token], WordIndex] | None = None


def word_index(tokens: list[Token]) -> WordIndex:
    """The ``WordIndex`` of ``tokens``, built at the first call for this list of tokens."""
    global _LAST_INDEX
    last = _LAST_INDEX
    if last is not None and last[0] is tokens:
        return last[1]
    index = WordIndex(tokens)
    _LAST_INDEX = (tokens, index)
    return index


def candidates(tokens: list[Token], words: frozenset[str]) -> list[int]:
    """``word_index(tokens).spelled(words)``: in text order, the tokens where a word of ``words`` may stand, as
    written or behind a proclitic."""
    return word_index(tokens).spelled(words)


def sentence_start(tokens: list[Token], i: int) -> int:
    """Index of the first token of the sentence ``tokens[i]`` is in."""
    sent = tokens[i].sent
    return next((x for x in range(i, -1, -1) if x == 0 or tokens[x - 1].sent != sent), i)


def sentence_end(tokens: list[Token], i: int) -> int:
    """Index one past the last token of the sentence ``tokens[i]`` is in (so ``range(sentence_start(tokens, i),
    sentence_end(tokens, i))`` is the whole sentence; ``len(tokens)`` when it is the last one)."""
    sent = tokens[i].sent
    return next((x for x in range(i + 1, len(tokens)) if tokens[x].sent != sent), len(tokens))


_QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"))
_QUOTE_REACH = 200
"""How far a quote or bracket may run around an ellipsis that stays inside it (on the same line)."""


def _quoted_ellipsis(text: str, start: int, end: int) -> bool:
    """A point of ".." or "..." inside a quoted title or phrase (« ألوان .. أروع الأعمال », "X.. شاهد"): the
    quote opens before it and closes after it on the same line, so it ends no sentence."""
    if text[end : end + 1] != "." and text[start - 1 : start] != ".":
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - _QUOTE_REACH)
    line_end = text.find("\n", end)
    if line_end < 0 or line_end > end + _QUOTE_REACH:
        line_end = min(len(text), end + _QUOTE_REACH)
    before, after = text[line_start:start], text[end:line_end]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    return any(before.count(opening) > before.count(closing) and closing in after for opening, closing in _QUOTE_PAIRS)


_UNMARKED = dict.fromkeys([*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, 0x640])
"""``str.translate`` table deleting what ``_MARKS`` matches."""


def _written_article(surface: str) -> bool:
    """``_ARTICLE`` matches ``surface`` without its ``_MARKS``, tested with string methods (no regex call)."""
    bare = surface.translate(_UNMARKED)
    return bare.startswith(("ال", "لل", "ولل")) or (bare[1:3] == "ال" and bare[0] in "وفبك")


class _ArticleOf(dict[str, bool]):
    """``_written_article`` of each surface, worked out at its first sight: ``Token.article`` is read hundreds of
    times a text (over half a million on a thousand texts), and a plain dict look-up is the cheapest such read."""

    _MAX = 65536  # as many surfaces as the cache this replaces held: the table is emptied when it is full

    def __missing__(self, surface: str) -> bool:
        if len(self) >= self._MAX:
            self.clear()
        found = self[surface] = _written_article(surface)
        return found


_ARTICLE_OF = _ArticleOf()


class _Folded(dict[str, tuple[str, bool]]):
    """The folded form of each token surface, and whether it is a word of letters and marks only, worked out at its
    first sight (a plain dict read a token: cheaper than the call of a cached function)."""

    _MAX = 65536  # as many surfaces as the cache this replaces held: the table is emptied when it is full

    def __missing__(self, surface: str) -> tuple[str, bool]:
        if len(self) >= self._MAX:
            self.clear()
        norm = fold(surface)
        found = self[surface] = (norm, bool(_WORD.match(norm)))
        return found


_FOLDED = _Folded()


@lru_cache(maxsize=131072)
def strip_clitic(norm: str, allowed: str = "وبلفك") -> tuple[str, int]:
    """Return (base, prefix length): ``لل…`` → ``ال…``; ``وال…``/``بال…`` → ``ال…``; ``و…`` → ``…``.

    Only one proclitic letter (or و + one more) is removed; callers check the base against a lexicon.
    """
    if norm.startswith("لل") and len(norm) > 3:
        return "ا" + norm[1:], 1
    if len(norm) > 3 and norm[0] in allowed:
        rest = norm[1:]
        if norm[0] == "و" and len(rest) > 3 and rest[0] in "بلك":
            if rest.startswith("لل"):
                return "ا" + rest[1:], 2
            return rest[1:], 2
        return rest, 1
    return norm, 0


def after_proclitic(tok: Token) -> Token:
    """``tok`` read without its first letter, a one-letter proclitic ("بتبوك" → "تبوك", "والصين" → "الصين"), as a
    word whose offsets start on the letters left: a probe for the readers of places, countries and regions."""
    return Token(tok.text[1:], tok.norm[1:], tok.start + 1, tok.end, tok.sent, True)


def bare_noun(norm: str) -> str:
    """A noun without its proclitics (``strip_clitic``) and its article: "والحفل", "الحفل", "حفل" → "حفل"; a base of
    four letters or fewer keeps its "ال"."""
    base = strip_clitic(norm)[0]
    return base[2:] if base.startswith("ال") and len(base) > 4 else base


def in_words(norm: str, words: Collection[str]) -> bool:
    """``norm``, or its base once a proclitic is stripped (``strip_clitic``), is one of ``words``."""
    return norm in words or strip_clitic(norm)[0] in words


@lru_cache(maxsize=131072)
def lam_article(norm: str) -> tuple[str, int] | None:
    """The other reading of ``لل…``: ل + the article before a lam-initial noun, whose lam the spelling
    merges ("للجنة" is ل + "اللجنة", not ل + "الجنة"); ``(base, prefix length)`` or None."""
    if norm.startswith("لل") and len(norm) > 3:
        return "ال" + norm[1:], 1
    if norm.startswith("ولل") and len(norm) > 4:
        return "ال" + norm[2:], 2
    return None


def has_article(norm: str) -> bool:
    """True for a word with the definite article, possibly behind one proclitic (وال، بال، لل)."""
    return norm.startswith("ال") or norm.startswith("لل") or (len(norm) > 3 and norm[0] in "وبفك" and norm[1:3] == "ال")


def title_sentence(text: str, tokens: list[Token], *, stop_ends_lead: bool = False) -> int:
    """Sentence index of a headline (a short first line without a full stop), or -1. With ``stop_ends_lead`` (the
    decisions' test), a first line ending with one full stop is a short lead sentence, no headline ("صادق الرئيس على
    القانون …."; ext-t133): a headline may end with an ellipsis ("… .."), seldom with a stop. (The events' rules keep
    reading such a line as a headline: a speech it tells is no event's.)"""
    if not tokens:
        return -1
    first = text.lstrip().split("\n", 1)[0]
    last = first.rstrip()
    if stop_ends_lead and last.endswith(".") and not last.endswith(".."):
        return -1
    if len(first) <= 160 and "." not in first.rstrip(". ")[:-1] and "\n" in text.strip():
        return tokens[0].sent
    return -1


_TAGS = fold("سمات")
_TAGS_REACH = 25  # the tag line holds a few keywords only
_TAGS_BARE = 12  # keywords after a "سمات" with no sentence break before it
_TRAITS_OF = frozenset(fold(w) for w in ("من", "ومن", "في", "بين", "أبرز", "وأبرز", "أهم", "وأهم", "إحدى", "أحد", "كل",
                                          "ذات", "هذه", "تلك", "بعض"))
"""Words before a "سمات" of the sentence itself ("من سمات المرحلة", "أبرز سمات …"), which no tag line follows."""


def without_tags(tokens: list[Token]) -> list[Token]:
    """ "… في وجهه. سمات الجندي مدير مدني الطائف": the tag line some sites append at the end ("سمات" and a few
    keywords, no mark after it, opening the last sentence or glued to it) is no text of the article: its words name no
    person, office or body the article states (ext-t34). Tokens keep their offsets."""
    for k in range(len(tokens) - 1, max(-1, len(tokens) - _TAGS_REACH), -1):
        if tokens[k].norm == _TAGS:
            if k > 0 and all(t.is_word for t in tokens[k:]) and (tokens[k - 1].sent != tokens[k].sent or (
                    len(tokens) - k <= _TAGS_BARE and tokens[k - 1].norm not in _TRAITS_OF)):
                return tokens[:k]  # (glued to the last sentence when that lost its full stop: "… والمصابي سمات أبها")
            break
    return tokens
