"""Search over every name from the index, with the scores of ``api/repo/search.py``: exact and
substring matches of the folded name, its match key or its consonant skeleton come from the FTS5
trigram index; the fuzzy matches (rapidfuzz, over the skeletons and transliterations) from arrays of
every name, loaded from the index once per index generation."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from marsad.api.read.common import link
from marsad.core.output import Cell
from marsad.loaders.normalize import fold, match_key
from marsad.loaders.translit import skeleton
from marsad.readmodel.reader import ReadIndex

_FUZZY = 85.0


@dataclass(frozen=True, slots=True)
class _Names:
    generation: int
    ids: list[int]
    skels: list[str]
    latins: list[str]
    rows: dict[int, tuple[str, str, str, str]]  # id -> (iri, label, name, latin)


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
                    found = self.ix.rows("SELECT id, skel, latin, iri, label, name FROM name ORDER BY id")
                    names = _Names(generation, [r[0] for r in found], [r[1] for r in found], [r[2] for r in found],
                                   {r[0]: (r[3], r[4], r[5], r[2]) for r in found})
                    self._names = names
        return names

    def _fts(self, column: str, needle: str) -> set[int]:
        if len(needle) >= 3:
            phrase = '"' + needle.replace('"', '""') + '"'
            found = self.ix.rows(f"SELECT rowid, {column} FROM name_fts WHERE {column} MATCH ?", (phrase,))
        else:
            found = self.ix.rows(f"SELECT id, {column} FROM name")
        return {r[0] for r in found if needle in r[1]}

    def search(self, query: str, *, limit: int) -> list[dict[str, Cell]]:
        """The best match per resource, best first (score, then label)."""
        folded, key = fold(query).lower().strip(), match_key(query)
        if not folded:
            return []
        scores: dict[int, float] = {}
        exact = self._fts("folded", folded) | (self._fts("key", key) if key else set())
        for i in exact:
            scores[i] = 100.0
        skel = skeleton(query)
        if len(skel) >= 3:
            for i in self._fts("skel", skel) - exact:
                scores[i] = 95.0
            names = self._arrays()
            partial = {pos: score for _c, score, pos in process.extract(
                skel, names.skels, scorer=fuzz.partial_ratio, score_cutoff=_FUZZY, limit=None)
                if len(skel) <= len(names.skels[pos])}
            latin = {pos: score for _c, score, pos in process.extract(
                folded, names.latins, scorer=fuzz.token_set_ratio, score_cutoff=_FUZZY, limit=None)}
            for pos in sorted(partial.keys() | latin.keys()):
                i = names.ids[pos]
                if i not in scores:
                    scores[i] = max(float(partial.get(pos, 0.0)), float(latin.get(pos, 0.0)))
        rows = self._arrays().rows
        best: dict[str, tuple[float, int, str, str, str]] = {}
        for i in sorted(scores):
            if i not in rows:  # written after the arrays were read: the next search sees it
                continue
            iri, label, name, spelled = rows[i]
            if scores[i] > best.get(iri, (0.0,))[0]:
                best[iri] = (scores[i], i, label, name, spelled)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[1][2]))
        return [{**link(iri, label), "matched": name, "latin": spelled, "score": round(s, 1)}
                for iri, (s, _i, label, name, spelled) in ranked[:limit]]
