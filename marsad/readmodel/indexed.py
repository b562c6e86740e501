"""The RDF store that `marsad ingest` writes through: every graph replaced in the store is replaced
in the index in the same step, right after the store's own atomic write; on close, every graph the store holds
and the index lacks (a store older than its index, a run cut short) is indexed. `marsad index check`
compares states and counts; `marsad index rebuild` starts again.

A batch of graphs (``replace_graphs``, what ingest writes) goes into the index on a thread of its own while the
caller goes on, up to the next write, which waits for it first: the store's write of one batch and the index's
write of the one before run side by side (both libraries release the GIL while they write), so the one
process that writes both is no longer the sum of the two. An error of that index write is raised by the next
call.

Into an index that lists nothing yet (a first load), the graphs are written in one transaction, which
``publish_index`` or ``close`` commits (``IndexWriter``, with ``bulk``)."""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from marsad.readmodel.sync import sync
from marsad.readmodel.writer import IndexWriter, Triple, parse_ntriples, triples_of
from marsad.store import ONTOLOGY_GRAPH, RdfStore


class IndexedStore(RdfStore):
    """A writable on-disk RdfStore that keeps the index at ``index_path`` level with it."""

    def __init__(self, path: Path, *, index_path: Path, bulk: bool = True, bulk_load: bool = False) -> None:
        super().__init__(path, bulk_load=bulk_load)
        self.index = IndexWriter(index_path, bulk=bulk)
        for graph_iri in self.undone_graphs:  # a cut bulk load's graphs, which a reader may have indexed since
            self.index.drop(graph_iri)
        self._indexing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-writer")
        self._pending: Future[int] | None = None

    def wait_for_index(self) -> None:
        """Until the index holds every graph written so far (raising what its last write raised)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        self.wait_for_index()
        super().replace_graph(graph_iri, ntriples)
        self.index.replace(graph_iri, parse_ntriples(ntriples))

    def replace_graphs(self, graphs: list[tuple[str, str]], *,
                       parsed: Mapping[str, list[Triple]] | None = None) -> None:
        """``RdfStore.replace_graphs``, then the same graphs in the index; ``parsed`` may give a graph's
        triples in the index's form already (``parse_ntriples`` of the very N-Triples given)."""
        super().replace_graphs(graphs)
        latest = dict(graphs)  # a graph given twice: the last one wins, as in the store
        known = dict(parsed or {})
        self.wait_for_index()  # the batch before, in order
        self._pending = self._indexing.submit(
            lambda: self.index.stage_many([(iri, known[iri] if iri in known else parse_ntriples(nt))
                                             for iri, nt in latest.items()]))

    def publish_index(self) -> int:
        """Publish the graphs staged by a first load (``IndexWriter.publish``); how many."""
        self.wait_for_index()
        return self.index.publish()

    def drop_graph(self, graph_iri: str) -> None:
        self.wait_for_index()
        super().drop_graph(graph_iri)
        self.index.drop(graph_iri)

    def load_ontology(self, turtle_files: list[Path]) -> None:
        self.wait_for_index()
        super().load_ontology(turtle_files)
        self.index.replace(ONTOLOGY_GRAPH, triples_of(self.quads(ONTOLOGY_GRAPH)))

    def close(self) -> None:
        try:
            self.wait_for_index()
            sync(self, self.index, only_missing=True)
        finally:
            self._indexing.shutdown()
            self.index.close()
            super().close()
