"""The RDF store that `marsad ingest` writes through: every graph replaced in the store is replaced
in the index in the same step, right after the store's own atomic write; on close, every graph the store holds
and the index lacks (a store older than its index, a run cut short) is indexed. `marsad index check`
compares states and counts; `marsad index rebuild` starts again."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from marsad.readmodel.sync import sync
from marsad.readmodel.writer import IndexWriter, Triple, parse_ntriples, triples_of
from marsad.store import ONTOLOGY_GRAPH, RdfStore


class IndexedStore(RdfStore):
    """A writable on-disk RdfStore that keeps the index at ``index_path`` level with it."""

    def __init__(self, path: Path, *, index_path: Path) -> None:
        super().__init__(path)
        self.index = IndexWriter(index_path)

    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        super().replace_graph(graph_iri, ntriples)
        self.index.replace(graph_iri, parse_ntriples(ntriples))

    def replace_graphs(self, graphs: list[tuple[str, str]], *,
                       parsed: Mapping[str, list[Triple]] | None = None) -> None:
        """``RdfStore.replace_graphs``, then the same graphs in the index; ``parsed`` may give a graph's
        triples in the index's form already (``parse_ntriples`` of the very N-Triples given)."""
        super().replace_graphs(graphs)
        latest = dict(graphs)  # a graph given twice: the last one wins, as in the store
        known = parsed or {}
        self.index.replace_many([(iri, known[iri] if iri in known else parse_ntriples(nt))
                                 for iri, nt in latest.items()])

    def drop_graph(self, graph_iri: str) -> None:
        super().drop_graph(graph_iri)
        self.index.drop(graph_iri)

    def load_ontology(self, turtle_files: list[Path]) -> None:
        super().load_ontology(turtle_files)
        self.index.replace(ONTOLOGY_GRAPH, triples_of(self.quads(ONTOLOGY_GRAPH)))

    def close(self) -> None:
        try:
            sync(self, self.index, only_missing=True)
        finally:
            self.index.close()
            super().close()
