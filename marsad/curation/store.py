"""Judgements against the RDF store: resolving the nodes a curator names, applying judgements to the
stored document graphs, and telling which judgements no longer find their nodes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from marsad.core.errors import NotFound
from marsad.core.vocab import ID_BASE, RESOURCE_TYPES
from marsad.curation import rewrite
from marsad.curation.judgements import Judgement
from marsad.store import RdfStore

_EXISTS = ("ASK { GRAPH ?g { { ?node ?p ?o } UNION { ?s ?p ?node "
           "FILTER(?p != <http://www.w3.org/2002/07/owl#sameAs>) } } }")
_GRAPHS = ("SELECT DISTINCT ?node ?g WHERE { GRAPH ?g { { ?node ?p ?o } UNION { ?s ?p ?node } } }")
_FACTS = ("SELECT ?node ?label ?type WHERE { GRAPH ?g { ?node a ?type } "
          "FILTER(STRSTARTS(STR(?type), 'https://w3id.org/marsad/ontology')) "
          "OPTIONAL { ?node <http://www.w3.org/2000/01/rdf-schema#label> ?label } }")


def exists(store: RdfStore, iri: str) -> bool:
    """Whether some document graph still states something about ``iri`` (its owl:sameAs records aside)."""
    result = store.query(_EXISTS, substitutions={"node": ox.NamedNode(iri)})
    return bool(result) if isinstance(result, ox.QueryBoolean) else False


def resolve_node(store: RdfStore, ref: str) -> str:
    """The IRI of a node named by its IRI, by ``type/key`` or by its key (the last IRI segment)."""
    if ref.startswith(("http://", "https://", "urn:")):
        candidates = [ref]
    elif "/" in ref:
        candidates = [ID_BASE + ref]
    else:
        candidates = [f"{ID_BASE}{type_}/{ref}" for type_ in sorted(RESOURCE_TYPES)]
    found = [iri for iri in candidates if exists(store, iri)]
    if len(found) != 1:
        raise NotFound(f"no node {ref!r} in the store" if not found else f"{ref!r} names several nodes: {found}")
    return found[0]


def resolve_document(store: RdfStore, ref: str) -> str:
    """The graph IRI of a document named by its graph IRI, its Document IRI, its key or its source id."""
    from marsad.loaders.rdf.iris import graph_iri
    graphs = set(store.document_graphs())
    key = ref.rstrip("/").rsplit("/", 1)[-1]
    for candidate in (ref, *(g for g in graphs if g.endswith("/" + key)), str(graph_iri(ref))):
        if candidate in graphs:
            return candidate
    raise NotFound(f"no document {ref!r} in the store")


def describe(store: RdfStore, iri: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """(rdfs:label per language, classes) of a node, as stated in the store (first label per language)."""
    labels: dict[str, str] = {}
    types: set[str] = set()
    for row in store.select(_FACTS, substitutions={"node": ox.NamedNode(iri)}):
        t, label = row.get("type"), row.get("label")
        if isinstance(t, ox.NamedNode):
            types.add(t.value)
        if isinstance(label, ox.Literal):
            language = label.language or ""
            labels[language] = min(labels.get(language, label.value), label.value)
    return labels, tuple(sorted(types))


def graphs_of(store: RdfStore, iris: Sequence[str]) -> list[str]:
    """The document graphs in which any of these IRIs occurs."""
    found: set[str] = set()
    for iri in iris:
        for row in store.select(_GRAPHS, substitutions={"node": ox.NamedNode(iri)}):
            g = row.get("g")
            if isinstance(g, ox.NamedNode):
                found.add(g.value)
    return sorted(found)


def apply_to_store(store: RdfStore, judgements: Sequence[Judgement]) -> list[str]:
    """Apply judgements to the stored graphs they touch; the graph IRIs that changed."""
    changed = []
    for graph in graphs_of(store, [iri for j in judgements for iri in j.iris]):
        before = {q.triple for q in store.quads(graph)}
        after = rewrite.apply(graph, before, judgements)
        if after != before:
            store.replace_graph(graph, "\n".join(str(t) + " ." for t in sorted(after, key=str)))
            changed.append(graph)
    return changed


@dataclass(frozen=True)
class Status:
    judgement: Judgement
    state: str  # "applied", "pending" (not yet applied) or "missing" (its nodes are no longer in the store)
    detail: str = ""


def status(store: RdfStore, judgement: Judgement) -> Status:
    """Whether the store reflects a judgement, or why it cannot."""
    if judgement.action == "reject":
        return Status(judgement, "pending" if exists(store, judgement.node) else "applied")
    if judgement.action == "merge":
        keep, other = exists(store, judgement.node), exists(store, judgement.other)
        if other:
            return Status(judgement, "pending")
        return Status(judgement, "applied") if keep else Status(
            judgement, "missing", f"neither {judgement.node} nor {judgement.other} is in the store")
    in_doc = {row["g"] for row in store.select(_GRAPHS, substitutions={"node": ox.NamedNode(judgement.node)})}
    if ox.NamedNode(judgement.document) in in_doc:
        return Status(judgement, "pending")
    if judgement.document not in store.document_graphs():
        return Status(judgement, "missing", f"document {judgement.document} is not in the store")
    if not exists(store, judgement.other):
        return Status(judgement, "missing", f"{judgement.node} is no longer in {judgement.document}")
    return Status(judgement, "applied")
