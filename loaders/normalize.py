"""Arabic normalisation for matching. The original text is never changed: these functions
return folded copies (and, where needed, a map back to original offsets).

Folding: Unicode NFKC per character, diacritics (tashkeel) and tatweel removed, alef forms
(أ إ آ ٱ) to ا, ى to ي, ة to ه, ؤ to و, ئ to ي, Arabic-Indic digits to ASCII; the Persian letters some
Arabic texts are typed with (ی ھ ک, from a Persian or Urdu keyboard) to the Arabic ones (ي ه ك).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

FORMAT_MARKS = "\u200c-\u200f\u202a-\u202e\ufeff"
"""Invisible joining and direction marks (a regex class body): no part of a word, a name or a key."""
_DROPPED = f"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640{FORMAT_MARKS}"
"""What folding deletes (a regex class body): diacritics, Quranic marks, tatweel, invisible marks."""
_DROP = re.compile(f"[{_DROPPED}]")
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        "\u06cc": "ي", "\u06be": "ه", "\u06a9": "ك",  # Farsi yeh, heh doachashmee, keheh
        **{chr(0x660 + i): str(i) for i in range(10)},
        **{chr(0x6F0 + i): str(i) for i in range(10)},
    }
)


def _class_chars(body: str) -> list[int]:
    """The code points of a regex class body made of single characters and ranges ("a-z") only, as ``_DROPPED``."""
    out: list[int] = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            out.extend(range(ord(body[k]), ord(body[k + 2]) + 1))
            k += 3
        else:
            out.append(ord(body[k]))
            k += 1
    return out


_FOLD_AND_DROP: dict[int, str | None] = {**_FOLD, **dict.fromkeys(_class_chars(_DROPPED))}
"""``_FOLD`` that also deletes what ``_DROP`` matches: one pass of ``str.translate`` instead of a regex substitution and
a translation (each works a character at a time, and no folded letter is one ``_DROP`` deletes, so the two commute)."""
_PUNCT = re.compile(r"[^\w\s]|_")
_SPACES = re.compile(r"\s+")

HONORIFICS = frozenset(
    {"السيد", "السيده", "الساده", "الحاج", "الحاجه", "الاستاذ", "الاستاذه", "الدكتور", "الدكتوره",
     "المهندس", "المهندسه", "السيدات", "السادة"}
)


def fold(text: str) -> str:
    """Fold one string for matching (same length is NOT guaranteed; use fold_with_offsets for spans)."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD_AND_DROP)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` character by character; return the folded string and, for each of its
    characters, the offset of the original character it came from (plus a final entry equal to
    ``len(text)``), so a match [i, j) in the folded string is [offsets[i], offsets[j]) in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if _DROP.match(ch):
            continue
        # a presentation form may decompose into a letter and a mark (ﱛ → ذ + superscript alef): drop the
        # marks after decomposing too, as fold() does
        folded = _DROP.sub("", unicodedata.normalize("NFKC", ch)).translate(_FOLD)
        for c in folded:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


@lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    """The key two names must share to be the same entity: folded, punctuation removed,
    honorifics dropped, 'عبد ال…' joined, a conjunction و typed apart joined to the next word, spaces
    collapsed. Used to mint stable IRIs."""
    s = _PUNCT.sub(" ", fold(name))
    s = re.sub(r"\bعبد\s+(?=ال)", "عبد", s)
    words = [w for w in _SPACES.split(s) if w and w not in HONORIFICS]
    if "و" in words[:-1]:  # a conjunction typed apart, "العدالة و التنمية": one key with "العدالة والتنمية"
        joined: list[str] = []
        for w in words:
            if joined and joined[-1] == "و":
                joined[-1] = "و" + w
            else:
                joined.append(w)
        words = joined
    return " ".join(words)
