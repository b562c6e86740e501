"""A small Arabic → Latin transliterator for matching names across scripts (Moroccan French habits:
ش → ch, و → ou), and the consonant skeleton both scripts are compared on."""

from __future__ import annotations

import re
import unicodedata

from marsad.loaders.normalize import fold

_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "ch", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "ou", "ي": "i", "ء": "", "ڤ": "v",
    "پ": "p", "گ": "g",
}
_VOWELS = re.compile(r"[aeiouy'’`-]")
_REPEAT = re.compile(r"(.)\1+")
_ARTICLES = frozenset({"al", "el"})


def transliterate(text: str) -> str:
    """A readable Latin form of Arabic ``text`` (folded first: hamza forms, ى/ي, ة/ه, no diacritics)."""
    out: list[str] = []
    for ch in re.sub(r"ه(?=\s|$)", "a", fold(text)):  # a final ة (folded to ه) is read "a"
        if ch in _LETTERS:
            out.append(_LETTERS[ch])
        elif ch.isspace():
            out.append(" ")
        elif ch.isascii():
            out.append(ch.lower())
    return re.sub(r"\s+", " ", "".join(out)).strip()


def skeleton(text: str) -> str:
    """Consonants only, without spaces, doubled letters collapsed: what Arabic and Latin spellings of
    one name share ("محمد بنعلي" and "Mohamed Benali" both give "mhmdbnl")."""
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        text = transliterate(" ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in fold(text).split()))
    else:
        text = " ".join(w for w in re.split(r"[\s-]+", text.lower()) if w not in _ARTICLES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    text = text.replace("ou", "u").replace("kh", "k").replace("ch", "c").replace("sh", "c").replace("gh", "g")
    text = text.replace("q", "k").replace("w", "u").replace("x", "ks")
    text = re.sub(r"[^a-z]", "", _VOWELS.sub("", text))
    return _REPEAT.sub(r"\1", text)
