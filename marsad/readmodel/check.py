"""Does the index agree with the RDF store? Graph by graph (state), triple count of the union, and
resources per class, each counted on both sides (SPARQL on the store; on the index, the counts its
writer keeps, which /stats serves)."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from marsad.readmodel.reader import ReadIndex
from marsad.readmodel.sync import store_states
from marsad.readmodel.terms import expand
from marsad.store import RdfStore


@dataclass(frozen=True, slots=True)
class Line:
    what: str
    store: int
    index: int

    @property
    def agrees(self) -> bool:
        return self.store == self.index


def _int(term: object) -> int:
    return int(term.value) if isinstance(term, ox.Literal) else 0


def compare(store: RdfStore, ix: ReadIndex) -> list[Line]:
    """One line per compared figure; the index agrees with the store when every line does."""
    wanted = store_states(store)
    held = dict(ix.rows("SELECT graph, state FROM doc"))
    lines = [
        Line("graphs", len(wanted), len(held)),
        Line("graphs in the same state", len(wanted), sum(1 for g, s in wanted.items() if held.get(g) == s)),
    ]
    union = store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    triples = int(ix.rows("SELECT COUNT(*) FROM t")[0][0])
    lines.append(Line("triples (union of the graphs)", _int(union[0]["n"]), triples))
    classes = {row["c"].value: _int(row["n"]) for row in store.select(
        "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?c } } GROUP BY ?c")}
    indexed = {expand(c): int(n) for c, n in ix.rows("SELECT cls, n FROM typed WHERE n > 0")}  # as /stats reads them
    for cls in sorted(classes.keys() | indexed.keys()):
        lines.append(Line(f"resources of class {cls.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}",
                          classes.get(cls, 0), indexed.get(cls, 0)))
    return lines
