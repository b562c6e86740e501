"""The rows of many documents folded into one row per node and one per relationship, grouped for UNWIND.

Several documents of a load often state the same node (a person, an institution) or the same
relationship. Sent as they come, each would be a row of its own; folded here, each is one row that
lists every source, so a statement touches each node and relationship once and concurrent
transactions never write the same node. The result is what writing the documents one after another
gives: labels are the union, a property takes the value of the last document that has it, ``sources``
keep the order of the documents, and a relationship's quotes are each document's quotes in turn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import cast

from marsad.neo4j.rows import DocumentRows

Row = dict[str, object]


@dataclass(slots=True)
class _Node:
    labels: set[str] = field(default_factory=set)
    props: dict[str, object] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Rel:
    sources: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    quote_sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Folded:
    """One row per node and one per relationship, in the order the documents first state them.

    A node row is ``{"iri", "labels", "sources", "props"}``; a relationship row is ``{"type", "start",
    "end", "sources", "quotes", "quote_sources"}``, ``quote_sources[i]`` being the document that gave
    ``quotes[i]``.
    """

    nodes: list[Row]
    rels: list[Row]

    @property
    def labels(self) -> set[str]:
        return {label for row in self.nodes for label in cast(list[str], row["labels"])}

    @property
    def rel_types(self) -> set[str]:
        return {str(row["type"]) for row in self.rels}


def fold(docs: Iterable[DocumentRows]) -> Folded:
    """The documents' rows folded to one per node IRI and one per (type, start, end)."""
    nodes: dict[str, _Node] = {}
    rels: dict[tuple[str, str, str], _Rel] = {}
    for doc in docs:
        source = doc.source
        for node in doc.nodes:
            folded = nodes.get(node.iri)
            if folded is None:
                nodes[node.iri] = _Node(set(node.labels), dict(node.props), [source])
                continue
            folded.labels.update(node.labels)
            folded.props.update(node.props)
            if source not in folded.sources:
                folded.sources.append(source)
        for rel in doc.rels:
            rel_key = (rel.type, rel.start, rel.end)
            link = rels.get(rel_key)
            if link is None:
                rels[rel_key] = _Rel([source], list(rel.quotes), [source] * len(rel.quotes))
                continue
            if source in link.sources:  # the same document twice in one load: its last version counts
                keep = [i for i, s in enumerate(link.quote_sources) if s != source]
                link.quotes = [link.quotes[i] for i in keep]
                link.quote_sources = [link.quote_sources[i] for i in keep]
            else:
                link.sources.append(source)
            if rel.quotes:
                link.quotes.extend(rel.quotes)
                link.quote_sources.extend([source] * len(rel.quotes))
    return Folded(
        nodes=[{"iri": iri, "labels": sorted(one.labels), "sources": one.sources, "props": one.props}
               for iri, one in nodes.items()],
        rels=[{"type": rel_type, "start": start, "end": end, "sources": link.sources, "quotes": link.quotes,
               "quote_sources": link.quote_sources} for (rel_type, start, end), link in rels.items()])


def split(rows: Sequence[Row], new: set[str], *keys: str) -> tuple[list[Row], list[Row]]:
    """(rows with any of ``keys`` naming an IRI in ``new``, the others)."""
    fresh: list[Row] = []
    known: list[Row] = []
    for row in rows:
        (fresh if any(row[k] in new for k in keys) else known).append(row)
    return fresh, known
