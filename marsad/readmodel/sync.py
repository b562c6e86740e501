"""Bringing the index level with the RDF store: by graph state (content hash and extractor version),
every graph the store has and the index lacks or holds in another state is (re)indexed, and every
graph the index has and the store lost is dropped. `marsad index rebuild` starts from an empty file, so it
is written in bulk (``IndexWriter.publish``)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marsad.readmodel.writer import IndexWriter, state_of, triples_of
from marsad.store import RdfStore

Progress = Callable[[int, int], None]  # (done, total)
_BATCH = 200


@dataclass(frozen=True, slots=True)
class SyncReport:
    indexed: int
    dropped: int
    unchanged: int


def store_states(store: RdfStore) -> dict[str, str]:
    """Graph IRI → state of every named graph of the store (as ``writer.state_of`` computes it)."""
    found = store.select("""SELECT ?g (MIN(?h) AS ?hash) (MIN(?v) AS ?version) WHERE { GRAPH ?g {
        ?d <https://w3id.org/marsad/ontology#contentHash> ?h
        OPTIONAL { ?e <https://w3id.org/marsad/ontology#extractorVersion> ?v } } } GROUP BY ?g""")
    states = {}
    for row in found:
        g, h, v = row["g"], row.get("hash"), row.get("version")
        states[g.value] = f"{h.value if h is not None else ''}|{v.value if v is not None else ''}"
    for graph in store.named_graphs():
        if graph not in states:  # no content hash: the ontology, hand-written graphs
            states[graph] = state_of(triples_of(store.quads(graph)))
    return states


def sync(store: RdfStore, writer: IndexWriter, *, only_missing: bool = False,
         progress: Progress | None = None, publishing: Callable[[int], None] | None = None) -> SyncReport:
    """Index what the store has and the index lacks (or holds in another state, unless ``only_missing``);
    drop what the store no longer has (unless ``only_missing``). Into an empty index the graphs are written
    in one transaction, committed at the end (``IndexWriter.publish``); ``publishing`` is told how many, first."""
    held = writer.states()
    wanted = dict.fromkeys(store.named_graphs(), "") if only_missing else store_states(store)
    todo = [g for g, s in wanted.items() if g not in held or (not only_missing and held[g] != s)]
    gone = [] if only_missing else [g for g in held if g not in wanted]
    total, done = len(todo) + len(gone), 0
    todo.sort()
    for start in range(0, len(todo), _BATCH):  # whole graphs per transaction, a batch at a time
        batch = todo[start:start + _BATCH]
        writer.stage_many([(g, triples_of(store.quads(g))) for g in batch], only_if_absent=only_missing)
        done += len(batch)
        if progress is not None:
            progress(done, total)
    for graph in gone:
        writer.drop(graph)
        done += 1
        if progress is not None:
            progress(done, total)
    if publishing is not None and (staged := writer.staged):
        publishing(staged)
    writer.publish()  # an empty index was filled in bulk: now readers see it
    return SyncReport(indexed=len(todo), dropped=len(gone), unchanged=len(wanted) - len(todo))


def rebuild(store: RdfStore, path: Path, *, progress: Progress | None = None,
            publishing: Callable[[int], None] | None = None) -> SyncReport:
    """A new index at ``path`` from the store (the old file and its WAL removed first), written in bulk."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    writer = IndexWriter(path)
    try:
        report = sync(store, writer, progress=progress, publishing=publishing)
        writer.conn.execute("ANALYZE")  # statistics for the query planner
        return report
    finally:
        writer.close()


