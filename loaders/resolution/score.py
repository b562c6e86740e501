"""Scoring entity clusters: B-cubed precision and recall of graph nodes against a gold of real-world
entities given by their surface names (so the gold survives IRI changes).

An item is one mention: (document id, surface name) of a person or institution node of that document's
graph. Its predicted cluster is every item on the same node; its gold cluster every item whose name the
gold lists under the same entity. Items whose name is in no gold entity are not scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rdflib import DCTERMS, RDFS, SKOS, Graph, URIRef

Mention = tuple[str, str]  # (document id, surface name)


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float
    items: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def mentions(doc_id: str, graph: Graph, *, kinds: Iterable[str] = ("person", "institution")) -> dict[Mention, str]:
    """(doc id, surface) → node IRI for the person and institution nodes of one document graph. A node
    linked to the registry is labelled with the registry's name; its surfaces are then its
    alternative labels (the spellings the text used)."""
    prefixes = tuple(f"/id/{k}/" for k in kinds)
    out: dict[Mention, str] = {}
    nodes = {s for s in graph.subjects(RDFS.label, None)
             if isinstance(s, URIRef) and any(p in str(s) for p in prefixes)}
    for node in sorted(nodes):
        alt = {str(o) for o in graph.objects(node, SKOS.altLabel)}
        labels = {str(o) for o in graph.objects(node, RDFS.label)}
        surfaces = alt if alt and graph.value(node, DCTERMS.identifier) is not None else labels | alt
        for surface in surfaces:
            out[(doc_id, surface)] = str(node)
    return out


def bcubed(predicted: Mapping[Mention, str], gold: Mapping[str, str]) -> BCubed:
    """B-cubed over the mentions whose surface the gold names (``gold``: surface → entity id)."""
    items = [m for m in predicted if m[1] in gold]
    by_node: dict[str, list[Mention]] = defaultdict(list)
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for m in items:
        by_node[predicted[m]].append(m)
        by_entity[gold[m[1]]].append(m)
    if not items:
        return BCubed(0.0, 0.0, 0)
    precision = recall = 0.0
    for m in items:
        cluster, truth = by_node[predicted[m]], by_entity[gold[m[1]]]
        both = sum(1 for x in cluster if gold[x[1]] == gold[m[1]])
        precision += both / len(cluster)
        recall += sum(1 for x in truth if predicted[x] == predicted[m]) / len(truth)
    return BCubed(precision / len(items), recall / len(items), len(items))
