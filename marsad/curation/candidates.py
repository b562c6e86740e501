"""Candidate merges: person and institution nodes of the store whose folded names are close, with the
evidence a curator needs to decide (every name, the documents, shared posts and institutions)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from rapidfuzz import fuzz, process

from marsad.core.vocab import MRS
from marsad.loaders.normalize import match_key
from marsad.store import RdfStore

KINDS = {"person": str(MRS.Person), "institution": str(MRS.Institution)}

_NODES = """
SELECT ?kind ?node ?name ?alt ?g WHERE {
  GRAPH ?g { ?node a ?class . OPTIONAL { ?node <http://www.w3.org/2000/01/rdf-schema#label> ?name }
             OPTIONAL { ?node <http://www.w3.org/2004/02/skos/core#altLabel> ?alt } }
  ?class <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?kind
}"""
# what a node is tied to: persons to the institutions of the posts they hold, institutions to their
# parent and to the persons holding their posts
_TIES = """
SELECT ?node ?tie WHERE {
  { ?node <http://www.w3.org/ns/org#holds>/<http://www.w3.org/ns/org#postIn> ?tie }
  UNION { ?node <http://www.w3.org/ns/org#subOrganizationOf> ?tie }
  UNION { ?tie <http://www.w3.org/ns/org#holds>/<http://www.w3.org/ns/org#postIn> ?node }
}"""


@dataclass
class Node:
    iri: str
    names: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    ties: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return min(self.names, key=lambda n: (-len(n), n)) if self.names else ""


@dataclass(frozen=True)
class Candidate:
    kind: str
    score: float
    a: str
    b: str
    names_a: tuple[str, ...]
    names_b: tuple[str, ...]
    documents_a: int
    documents_b: int
    shared_documents: int
    shared_ties: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "score": round(self.score, 1), "a": self.a, "b": self.b,
                "names_a": list(self.names_a), "names_b": list(self.names_b), "documents_a": self.documents_a,
                "documents_b": self.documents_b, "shared_documents": self.shared_documents,
                "shared_ties": list(self.shared_ties)}


def _nodes(store: RdfStore, kind: str) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for row in store.select(_NODES, substitutions={"kind": ox.NamedNode(KINDS[kind])}):
        iri = row["node"]
        if not isinstance(iri, ox.NamedNode):
            continue
        node = nodes.setdefault(iri.value, Node(iri.value))
        node.documents.add(row["g"].value)
        for key in ("name", "alt"):
            term = row.get(key)
            if isinstance(term, ox.Literal) and term.language in (None, "ar"):
                node.names.add(term.value)
    for row in store.select(_TIES):
        node_term, tie = row.get("node"), row.get("tie")
        if isinstance(node_term, ox.NamedNode) and node_term.value in nodes and isinstance(tie, ox.NamedNode):
            nodes[node_term.value].ties.add(tie.value)
    return nodes


def candidates(store: RdfStore, *, kind: str, min_score: float = 85.0) -> list[Candidate]:
    """Pairs of ``kind`` nodes whose folded names score at least ``min_score`` (rapidfuzz token-sort
    ratio, 0–100), best first (then the most shared documents and ties)."""
    nodes = [n for n in _nodes(store, kind).values() if n.names]
    nodes.sort(key=lambda n: n.iri)
    keys = [match_key(n.name) for n in nodes]
    labels = _labels(store, {t for n in nodes for t in n.ties})
    if not nodes:
        return []
    pairs = ((i, j, score) for i, key in enumerate(keys)
             for _, score, j in process.extract(key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=min_score,
                                                limit=None) if j > i)
    found = []
    for i, j, score in pairs:
        a, b = nodes[i], nodes[j]
        shared = sorted(labels.get(t, t) for t in a.ties & b.ties)
        found.append(Candidate(kind=kind, score=float(score), a=a.iri, b=b.iri,
                               names_a=tuple(sorted(a.names)), names_b=tuple(sorted(b.names)),
                               documents_a=len(a.documents), documents_b=len(b.documents),
                               shared_documents=len(a.documents & b.documents), shared_ties=tuple(shared)))
    found.sort(key=lambda c: (-c.score, -c.shared_documents, -len(c.shared_ties), c.a, c.b))
    return found


def _labels(store: RdfStore, iris: set[str]) -> dict[str, str]:
    if not iris:
        return {}
    rows = store.select("SELECT ?n ?l WHERE { ?n <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                        "FILTER(LANG(?l) = 'ar') }")
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        n, label = row["n"], row["l"]
        if isinstance(n, ox.NamedNode) and n.value in iris and isinstance(label, ox.Literal):
            found[n.value].add(label.value)
    return {iri: min(names) for iri, names in found.items()}
