"""`marsad neo4j check`: the same counts from the RDF store (SPARQL, through the mapping) and from Neo4j.

Counted per node label (a node: every IRI that is typed, has a mapped literal property, or is an
end of a mapped relationship; labels from its classes and their superclasses) and per relationship
type (distinct start–end pairs, as the loader merges them).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import neo4j
import pyoxigraph as ox

from marsad.neo4j.mapping import RESOURCE_LABEL, GraphMapping
from marsad.store import ONTOLOGY_GRAPH, RdfStore

_NOT_ONTOLOGY = f"FILTER(?g != <{ONTOLOGY_GRAPH}>)"
_TYPES = "SELECT DISTINCT ?s ?t WHERE { GRAPH ?g { ?s a ?t } " + _NOT_ONTOLOGY + " FILTER(isIRI(?s)) }"
_LINKS = ("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } " + _NOT_ONTOLOGY
          + " FILTER(isIRI(?s) && isIRI(?o)) }")
_LITERALS = ("SELECT DISTINCT ?s ?p WHERE { GRAPH ?g { ?s ?p ?o } " + _NOT_ONTOLOGY
             + " FILTER(isIRI(?s) && isLiteral(?o)) }")


@dataclass(frozen=True)
class CountDiff:
    kind: str  # "label" or "relationship"
    name: str
    rdf: int
    neo4j: int


def _iri(term: object) -> str:
    return term.value if isinstance(term, ox.NamedNode) else ""


def rdf_counts(store: RdfStore, mapping: GraphMapping) -> tuple[Counter[str], Counter[str]]:
    """(nodes per label, relationships per type) the mapping makes of the store's document graphs."""
    types: dict[str, set[str]] = {}
    for row in store.select(_TYPES):
        types.setdefault(_iri(row["s"]), set()).add(_iri(row["t"]))
    nodes = set(types)
    pairs: set[tuple[str, str, str]] = set()
    for row in store.select(_LINKS):
        s, p, o = _iri(row["s"]), _iri(row["p"]), _iri(row["o"])
        rule = mapping.relationships.get(p)
        if rule is not None:
            pairs.add((rule.type, o, s) if rule.reversed else (rule.type, s, o))
            nodes.update((s, o))
        elif p in mapping.notation_properties:
            nodes.add(s)
    for row in store.select(_LITERALS):
        if _iri(row["p"]) in mapping.properties:
            nodes.add(_iri(row["s"]))
    labels: Counter[str] = Counter({RESOURCE_LABEL: len(nodes)})
    for classes in types.values():
        labels.update(mapping.labels_for(classes))
    return labels, Counter(rel_type for rel_type, _, _ in pairs)


def neo4j_counts(driver: neo4j.Driver, *, database: str) -> tuple[Counter[str], Counter[str]]:
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        labels = Counter({r["l"]: r["n"] for r in session.run(
            "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n")})
        rels = Counter({r["t"]: r["n"] for r in session.run(
            "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")})
    return labels, rels


def compare(rdf: tuple[Counter[str], Counter[str]], graph: tuple[Counter[str], Counter[str]]) -> list[CountDiff]:
    """Every label and relationship type whose counts differ (both sides listed)."""
    diffs = []
    for kind, left, right in (("label", rdf[0], graph[0]), ("relationship", rdf[1], graph[1])):
        for name in sorted(set(left) | set(right)):
            if left[name] != right[name]:
                diffs.append(CountDiff(kind=kind, name=name, rdf=left[name], neo4j=right[name]))
    return diffs
