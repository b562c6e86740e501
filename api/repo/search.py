"""Search over every name in the graph: Arabic matched after folding (hamza forms, ى/ي, ة/ه,
diacritics), Latin spellings matched against transliterated names and the other way round."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from marsad.api.repo.common import ref, rows, type_of
from marsad.core.output import Cell
from marsad.loaders.normalize import fold, match_key
from marsad.loaders.translit import skeleton, transliterate
from marsad.store import RdfStore

_TYPES = ("person", "institution", "post", "event", "decision", "agreement", "program")
_FUZZY = 85.0


@dataclass(frozen=True, slots=True)
class Name:
    iri: str
    label: str
    name: str  # the spelling that is indexed (label or other spelling)
    folded: str
    key: str
    latin: str
    skeleton: str


def build_index(store: RdfStore) -> list[Name]:
    """Every label and other spelling of every named fact node."""
    found = rows(store, """SELECT DISTINCT ?x ?label ?name WHERE {
        ?x rdfs:label ?label . { ?x rdfs:label ?name } UNION { ?x skos:altLabel ?name } }""")
    out = []
    for r in found:
        iri, name = str(r["x"]), str(r["name"])
        if type_of(iri) not in _TYPES:
            continue
        out.append(Name(iri=iri, label=str(r["label"]), name=name, folded=fold(name).lower(), key=match_key(name),
                        latin=transliterate(name), skeleton=skeleton(name)))
    return out


def _score(query: str, name: Name) -> float:
    """0–100: how well ``query`` matches one indexed name."""
    folded = fold(query).lower().strip()
    key = match_key(query)
    if not folded:
        return 0.0
    if (key and (key == name.key or key in name.key)) or folded in name.folded:
        return 100.0
    skel = skeleton(query)
    if len(skel) < 3:
        return 0.0
    if skel in name.skeleton:
        return 95.0
    score = fuzz.partial_ratio(skel, name.skeleton) if len(skel) <= len(name.skeleton) else 0.0
    return max(float(score), float(fuzz.token_set_ratio(folded, name.latin)))


def search(index: list[Name], query: str, *, limit: int) -> list[dict[str, Cell]]:
    """The best match per resource, best first."""
    best: dict[str, tuple[float, Name]] = {}
    for name in index:
        score = _score(query, name)
        if score >= _FUZZY and score > best.get(name.iri, (0.0, name))[0]:
            best[name.iri] = (score, name)
    ranked = sorted(best.values(), key=lambda item: (-item[0], item[1].label))
    return [{**ref(n.iri, n.label), "matched": n.name, "latin": n.latin, "score": round(s, 1)}
            for s, n in ranked[:limit]]
