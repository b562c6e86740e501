"""Search over every name from the index, with the scores of ``api/repo/search.py``: exact and
substring matches of the folded name, its match key or its consonant skeleton come from the FTS5
trigram index; the fuzzy matches (rapidfuzz, over the skeletons and transliterations) from arrays of
every distinct skeleton and transliteration, loaded from the index once per index generation.

The fuzzy pass gives the same matches as scoring every name, for less:

- each distinct string is scored once (names share skeletons and transliterations), and only the
  skeletons at least as long as the query's (``partial_ratio`` counts only those), for a skeleton of
  five letters or more only those an exact bound on the score lets through (``_partial``);
- ``token_set_ratio(q, t)`` of two names without a word in common is the plain ``ratio`` of their
  sorted distinct words joined by spaces, which rapidfuzz computes several times faster over all
  transliterations; only those sharing a word with the query (a word → transliterations map) are
  scored with ``token_set_ratio`` itself.

A short, common query ("وزير", "Mohamed") matches thousands of names, and all that work decides only the
order below the first page. So the names that score 100 are found first: the exact matches, and the
transliterations whose words hold the query's words or are held by them (``token_set_ratio`` is 100 exactly
then), less those the skeleton pass gives 95. When they name ``limit`` resources or more, the page is theirs
(score ties are ordered by label), and nothing below 100 is scored. Likewise for the names scoring 95 or more
when the query is one short word (``_below_95``: then no fuzzy score lies between 95 and 100). Either way the
page is the one scoring every name would give (a test compares both over many queries and limits).
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from marsad.api.read.common import fts_phrase, link
from marsad.core.output import Cell
from marsad.loaders.normalize import fold, match_key
from marsad.loaders.translit import skeleton
from marsad.readmodel.reader import ReadIndex

_FUZZY = 85.0


@dataclass(frozen=True, slots=True)
class _Distinct:
    """Distinct strings of one column of ``name`` and the name ids that have each."""

    values: list[str]
    ids: list[list[int]]

    @staticmethod
    def of(pairs: Iterable[tuple[int, str]]) -> _Distinct:
        found: dict[str, list[int]] = {}
        for i, value in pairs:
            found.setdefault(value, []).append(i)
        return _Distinct(list(found), list(found.values()))


@dataclass(frozen=True, slots=True)
class _Names:
    generation: int
    skels: _Distinct
    skel_lengths: list[int]  # minus the length of each distinct skeleton (skels are longest first)
    letter_sets: dict[tuple[str, int], int]  # (letter, n) -> bit set of the skeletons with n or more of that letter
    latins: _Distinct
    words: list[str]  # distinct words of each distinct transliteration, sorted and joined by spaces
    words_by_length: list[str]  # the same, shortest first
    word_lengths: list[int]  # the length of each of them
    word_positions: list[int]  # and its position in words (and latins)
    by_word: dict[str, list[int]]  # word -> positions in latins
    rows: dict[int, tuple[str, str, str, str]]  # id -> (iri, label, name, latin)
    order: dict[int, int]  # id -> its place among all names by label, then id (the order of equal scores)
    by_place: list[int]  # place -> id
    strings: dict[int, tuple[str, str, str]]  # id -> (folded, key, skel), what the trigram index holds


_FOLDED, _KEY, _SKEL = 0, 1, 2
_COLUMNS = ("folded", "key", "skel")


def _load(generation: int, found: list[tuple[int, str, str, str, str, str, str, str]]) -> _Names:
    skels = _Distinct.of(sorted(((r[0], r[1]) for r in found), key=lambda r: -len(r[1])))
    latins = _Distinct.of((r[0], r[2]) for r in found)
    by_word: dict[str, list[int]] = {}
    words = []
    for pos, latin in enumerate(latins.values):
        distinct = sorted(set(latin.split()))
        words.append(" ".join(distinct))
        for word in distinct:
            by_word.setdefault(word, []).append(pos)
    by_place = [r[0] for r in sorted(found, key=lambda r: (r[4], r[0]))]
    order = {i: place for place, i in enumerate(by_place)}
    by_length = sorted(range(len(words)), key=lambda pos: len(words[pos]))
    return _Names(generation, skels, [-len(s) for s in skels.values], _letter_sets(skels.values),
                  latins, words, [words[pos] for pos in by_length], [len(words[pos]) for pos in by_length],
                  by_length, by_word, {r[0]: (r[3], r[4], r[5], r[2]) for r in found}, order, by_place,
                  {r[0]: (r[6], r[7], r[1]) for r in found})


def _letter_sets(skels: list[str]) -> dict[tuple[str, int], int]:
    """For each letter and count n, the skeletons (bit k: ``skels[k]``) that have that letter n times or more."""
    positions: dict[tuple[str, int], list[int]] = {}
    for pos, skel in enumerate(skels):
        for letter, count in Counter(skel).items():
            for n in range(1, count + 1):
                positions.setdefault((letter, n), []).append(pos)
    size = len(skels) // 8 + 1
    out = {}
    for key, found in positions.items():
        bits = bytearray(size)
        for pos in found:
            bits[pos >> 3] |= 1 << (pos & 7)
        out[key] = int.from_bytes(bits, "little")
    return out


_SET_BITS = [tuple(k for k in range(8) if byte >> k & 1) for byte in range(256)]
_NONZERO = re.compile(rb"[^\x00]")


def _shared_letters(names: _Names, skel: str, enough: int, least: int) -> list[int]:
    """Positions, ascending and below ``enough``, of the skeletons that share at least ``least`` letters with
    ``skel``, counted with repetition (the LCS of the two with their letters sorted). Each (letter, n) of
    ``skel`` is a bit set of the skeletons with that letter n times or more; a skeleton shares as many letters
    as the sets it is in, and ``reached[k]``, set by set, holds those in k of them or more."""
    reached = [(1 << enough) - 1] + [0] * least
    for letter, count in Counter(skel).items():
        for n in range(1, count + 1):
            held = names.letter_sets.get((letter, n), 0)
            for k in range(least, 0, -1):
                reached[k] |= reached[k - 1] & held
    bits = reached[least].to_bytes(enough // 8 + 1, "little")
    return [found.start() * 8 + k for found in _NONZERO.finditer(bits) for k in _SET_BITS[bits[found.start()]]]


class Searcher:
    """Name search over one index; the fuzzy arrays follow the index's generation."""

    def __init__(self, ix: ReadIndex) -> None:
        self.ix = ix
        self._names: _Names | None = None
        self._lock = threading.Lock()

    def _arrays(self) -> _Names:
        generation = self.ix.generation()
        names = self._names
        if names is None or names.generation != generation:
            with self._lock:
                names = self._names
                if names is None or names.generation != generation:
                    found = self.ix.rows("SELECT id, skel, latin, iri, label, name, folded, key FROM name ORDER BY id")
                    names = _load(generation, [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in found])
                    self._names = names
        return names

    def _fts(self, names: _Names, column: int, needle: str) -> set[int]:
        """Ids of the names whose ``column`` (``_FOLDED``, ``_KEY``, ``_SKEL``) contains ``needle``: the
        trigram index finds the candidates (three letters or more), the arrays' strings confirm them
        (the index ignores case; a match key keeps it)."""
        strings = names.strings
        if len(needle) < 3:
            return {i for i, found in strings.items() if needle in found[column]}
        candidates = self.ix.rows(f"SELECT rowid FROM name_fts WHERE {_COLUMNS[column]} MATCH ?", (fts_phrase(needle),))
        return {r[0] for r in candidates if r[0] in strings and needle in strings[r[0]][column]}

    def _exact(self, names: _Names, folded: str, key: str) -> set[int]:
        """Ids of the names whose folded form contains ``folded`` or whose match key contains ``key``: one
        trigram query over both columns (the same needle, as often, is looked up once)."""
        if len(folded) < 3 or len(key) < 3:
            return self._fts(names, _FOLDED, folded) | (self._fts(names, _KEY, key) if key else set())
        strings = names.strings
        if folded == key:
            query = "{folded key} : " + fts_phrase(folded)
        else:
            query = f"folded : {fts_phrase(folded)} OR key : {fts_phrase(key)}"
        candidates = self.ix.rows("SELECT rowid FROM name_fts WHERE name_fts MATCH ?", (query,))
        return {r[0] for r in candidates
                if r[0] in strings and (folded in strings[r[0]][_FOLDED] or key in strings[r[0]][_KEY])}

    def search(self, query: str, *, limit: int) -> list[dict[str, Cell]]:
        """The best match per resource, best first (score, then label)."""
        folded, key = fold(query).lower().strip(), match_key(query)
        if not folded:
            return []
        names = self._arrays()
        exact = self._exact(names, folded, key)
        skel = skeleton(query)
        fuzzy_pass = len(skel) >= 3
        skeletal: set[int] | None = None
        top = set(exact)
        if fuzzy_pass:
            whole = {i for pos in _token_set_whole(names, folded) for i in names.latins.ids[pos]} - exact
            # a skeleton match scores 95 even when its words score 100: those of ``whole`` are looked at one by
            # one (the skeleton pass over every name comes later, if the page needs it)
            strings = names.strings
            top |= {i for i in whole if i in strings and skel not in strings[i][_SKEL]}
        if _resources(names, top, limit) >= limit:  # the page holds only names that score 100
            return _ranked(names, dict.fromkeys(top, 100.0), limit)
        if fuzzy_pass and skeletal is None:
            skeletal = self._fts(names, _SKEL, skel) - exact
        if skeletal is not None and _below_95(skel, folded) and _resources(names, top | skeletal, limit) >= limit:
            return _ranked(names, {**dict.fromkeys(skeletal, 95.0), **dict.fromkeys(top, 100.0)}, limit)
        scores = dict.fromkeys(exact, 100.0)
        if skeletal is not None:
            for i in skeletal:
                scores[i] = 95.0
            fuzzy: dict[int, float] = {}
            for values, found in ((names.skels, _partial(names, skel)), (names.latins, _token_set(names, folded))):
                for pos, score in found.items():
                    for i in values.ids[pos]:
                        if i not in scores and score > fuzzy.get(i, 0.0):
                            fuzzy[i] = score
            scores.update(fuzzy)
        return _ranked(names, scores, limit)


def _below_95(skel: str, folded: str) -> bool:
    """Whether the fuzzy pass can only score below 95 the names the exact, whole-word and skeleton passes
    leave, so that a page those fill is final. ``partial_ratio`` of a skeleton of m letters is 2·LCS / (m + w)
    against a piece of w ≤ m letters: from 95 up, and below 100, it needs m ≥ 20 (w = m, one letter off) or
    m ≥ 11 (w < m); at 100 the skeleton is a substring, which the skeleton pass scored 95. ``token_set_ratio``
    of one word of L letters with a name that lacks it is the plain ratio with the name's sorted words, whose
    95 and up, below 100, needs L ≥ 10; a name that has the word scores 100 and is a whole-word match."""
    return len(skel) <= 10 and len(folded) <= 9 and " " not in folded


def _resources(names: _Names, ids: set[int], enough: int) -> int:
    """How many resources the names ``ids`` belong to, counted up to ``enough``."""
    rows, found = names.rows, set()
    for i in ids:
        if i in rows:
            found.add(rows[i][0])
            if len(found) >= enough:
                break
    return len(found)


def _ranked(names: _Names, scores: dict[int, float], limit: int) -> list[dict[str, Cell]]:
    """The first ``limit`` resources by their best score, then label, then the id of that best name, each
    with its best name (the lowest id among its names of that score). Only the scores down to the one that
    completes the page are put in order: a common query scores thousands of names."""
    rows, order = names.rows, names.order
    tiers: dict[float, list[int]] = {}
    for i, score in scores.items():
        if i in order:  # else written after the arrays were read: the next search sees it
            tiers.setdefault(score, []).append(order[i])
    by_place = names.by_place
    ranked: list[tuple[float, int]] = []
    seen: set[str] = set()
    for score in sorted(tiers, reverse=True):
        for place in sorted(tiers[score]):
            i = by_place[place]
            if rows[i][0] not in seen:
                seen.add(rows[i][0])
                ranked.append((score, i))
                if len(ranked) == limit:
                    break
        if len(ranked) == limit:
            break
    return [{**link(iri, label), "matched": name, "latin": spelled, "score": round(s, 1)}
            for s, i in ranked for iri, label, name, spelled in [rows[i]]]


def _partial(names: _Names, skel: str) -> dict[int, float]:
    """Positions in ``names.skels`` of the skeletons at least as long as ``skel`` whose
    ``partial_ratio`` with it reaches the threshold, with that score (the distinct skeletons are
    sorted longest first, so those long enough are a prefix of the list). From five letters on, only
    the skeletons an exact bound lets through are scored: ``partial_ratio`` is the best ``ratio``
    (2·LCS / total length) of ``skel`` (m letters) against a piece of the other of at most m letters,
    and an LCS never exceeds I, the letters both have counted with repetition (the LCS of the two with
    their letters sorted), so it is at most 200·I / (m + I), below 85 when I < 85·m / 115."""
    m = len(skel)
    enough = bisect.bisect_right(names.skel_lengths, -m)  # skel_lengths: minus each length, ascending
    if m < 5:  # the bound lets most short skeletons through: scoring them all costs no more
        found = process.extract(skel, names.skels.values[:enough], scorer=fuzz.partial_ratio,
                                score_cutoff=_FUZZY, limit=None)
        return {pos: float(score) for _c, score, pos in found}
    least = math.ceil(_FUZZY * m / (200.0 - _FUZZY) - 1e-9)
    bounded = _shared_letters(names, skel, enough, least)
    found = process.extract(skel, [names.skels.values[pos] for pos in bounded], scorer=fuzz.partial_ratio,
                            score_cutoff=_FUZZY, limit=None)
    return {bounded[k]: float(score) for _c, score, k in found}


def _token_set_whole(names: _Names, folded: str) -> set[int]:
    """Positions in ``names.latins`` whose ``token_set_ratio`` with ``folded`` is 100: their distinct words
    hold the query's, or the query's hold theirs (at least one word shared)."""
    words = set(folded.split())
    if not words:
        return set()
    sharing = {pos for word in words for pos in names.by_word.get(word, ())}
    out = set()
    for pos in sharing:
        theirs = set(names.words[pos].split())
        if words <= theirs or theirs <= words:
            out.add(pos)
    return out


def _token_set(names: _Names, folded: str) -> dict[int, float]:
    """Positions in ``names.latins`` whose ``token_set_ratio`` with ``folded`` reaches the threshold,
    with that score."""
    words = sorted(set(folded.split()))
    if not words:
        return {}
    sharing = {pos for word in words for pos in names.by_word.get(word, ())}
    joined = " ".join(words)
    # ratio is 200·LCS / (a + b) for lengths a and b, at most 200·min(a, b) / (a + b): it reaches the threshold
    # only for b between a·t / (200 - t) and a·(200 - t) / t, so only the words of such lengths are scored
    a = len(joined)
    lo = bisect.bisect_left(names.word_lengths, math.floor(a * _FUZZY / (200.0 - _FUZZY)))
    hi = bisect.bisect_right(names.word_lengths, math.ceil(a * (200.0 - _FUZZY) / _FUZZY))
    apart = [names.word_positions[lo + k] for _c, _s, k in
             process.extract(joined, names.words_by_length[lo:hi], scorer=fuzz.ratio, score_cutoff=_FUZZY,
                             limit=None)]
    apart = [pos for pos in sorted(apart) if pos not in sharing]
    candidates = sorted(sharing) + apart
    found = process.extract(folded, [names.latins.values[pos] for pos in candidates], scorer=fuzz.token_set_ratio,
                            score_cutoff=_FUZZY, limit=None)
    return {candidates[k]: float(score) for _c, score, k in found}
