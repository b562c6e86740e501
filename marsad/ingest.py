"""`marsad ingest`: read → extract → build RDF → validate → store (and Neo4j when there is one).

Documents are processed in worker processes (extraction and SHACL validation are CPU-bound) and
stored in batches by this process, each in its own named graph: new ones by the store's bulk loader (a
batch cut short is dropped when the store is next opened, see ``RdfStore.replace_graphs``), changed ones
replacing their graph atomically. Unchanged documents (same text, same extractor version) are skipped.

The batches are written on a thread of this process (``_BatchWriter``) while its main thread goes on taking the
workers' results: storing no longer waits for the last document, and the workers no longer wait for storing.
"""

from __future__ import annotations

import gc
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from marsad import quarantine
from marsad.core.errors import DocumentError, Neo4jUnavailable
from marsad.core.paths import ontology_files
from marsad.core.settings import Settings
from marsad.curation.apply import curated
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import EXTRACTOR_VERSION
from marsad.loaders.pipeline import Processed, content_hash, preflight, process
from marsad.loaders.rdf.iris import graph_iri
from marsad.loaders.read import estimate_count, read_paths
from marsad.lock import writer_lock
from marsad.readmodel.indexed import IndexedStore
from marsad.readmodel.writer import Triple, index_triples
from marsad.store import RdfStore

STAGES = ("read", "extract", "rdf", "validate", "store", "neo4j")
STORE_BATCH = 64  # conforming documents written to the RDF store in one transaction (MARSAD_STORE_BULK=0)
FLUSH_EVERY = 1024  # documents stored between flushes of the store's write buffers to disk
EAGER_BATCH = 256
"""New documents handed to the writing thread as soon as it is free and this many wait (rather than only when
MARSAD_STORE_BULK wait): the bulk loader costs as much per graph in batches of 256 as of 1,024 (0.44 CPU ms a graph
each, `benchmarks/store_load.py --bulk-batch`), and a run's last batch, written after the workers are done, is
smaller."""
LAST_BATCH = 64
"""Once every document has been handed to the workers, new documents go to the writing thread as soon as it is free
and half as many wait as the workers still have in flight, or this many: the batches get smaller towards the end,
so that the last one, written after the workers are done and alone on the machine, is small. It was about 230
documents (0.3 s of a 3.4 s ingest of the 994 Moroccan articles); a bulk load of 64 graphs costs about 15 ms more
than a quarter of one of 256, so batches are not made small sooner."""
_CHUNK = 16  # documents sent to a worker at a time
_CHUNKS_PER_WORKER = 24  # chunks in flight per worker (384 documents each)
"""While this process writes a batch of 1,024 new documents (1.7-4.5 s each over 6,000 SaudiNewsNet articles) the
workers have only what is in flight to do: 8 chunks a worker (about 1 s of work) left them idle for the rest of
each batch; 24 took 6-9% off the wall time of that ingest (two alternate pairs)."""


@dataclass
class IngestSummary:
    total: int = 0
    stored: int = 0
    unchanged: int = 0
    facts: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (document, reason): unreadable
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document, reason): a stage crashed
    quarantined: list[tuple[str, list[str]]] = field(default_factory=list)  # (document, shape messages)
    neo4j: str = "not configured"
    seconds: float = 0.0
    batches: int = 0  # store transactions written
    stage_seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))


def _timed_read(paths: Sequence[Path], settings: Settings, summary: IngestSummary
                ) -> Iterator[SourceDocument | DocumentError]:
    it = read_paths(paths, settings=settings)
    while True:
        t0 = time.perf_counter()
        item = next(it, None)
        summary.stage_seconds["read"] += time.perf_counter() - t0
        if item is None:
            return
        yield item


@contextmanager
def _workers(jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    """``jobs`` worker processes, started at once; None for ``jobs <= 1`` (documents are processed here).

    Where the platform can fork, the workers are forked from this process right after ``preflight`` has
    loaded the lexicons, registry and shapes, and before any store, connection or thread is opened: they
    start with those resources in memory (spawning instead costs each worker about 0.6 CPU s to import the
    pipeline and read them again) and inherit nothing that could be held by another thread.
    """
    if jobs <= 1:
        yield None
        return
    method = "fork" if "fork" in get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context(method)) as pool:
        pool.submit(int).result()  # with fork, every worker is started now, not at the first document
        yield pool


@dataclass
class _Feed:
    """Whether every document has been handed to the workers, and how many of them are still in flight."""

    exhausted: bool = False
    in_flight: int = 0

    def eager_batch(self) -> int:
        """How many new documents to hand to a free writing thread (``EAGER_BATCH``, ``LAST_BATCH``)."""
        if not self.exhausted:
            return EAGER_BATCH
        return min(EAGER_BATCH, max(LAST_BATCH, self.in_flight // 2))


def _process_all(docs: Iterator[SourceDocument], pool: ProcessPoolExecutor | None, jobs: int,
                 feed: _Feed | None = None) -> Iterator[tuple[Processed, list[Triple] | None]]:
    """Process documents in order, in the pool's workers (here without one); ``feed`` is told when the last
    document has been handed over.

    Chunks of documents are handed to the workers as results are taken, with a bounded number in flight:
    the workers go on with the next documents while this process stores the last ones (waiting for a whole
    window to be stored before starting the next one left them idle for each batch at a window's end)."""
    if pool is None:
        yield from map(_process_one, docs)
        return
    feed = feed or _Feed()
    in_flight: deque[Future[list[tuple[Processed, list[Triple] | None]]]] = deque()

    def taken(results: list[tuple[Processed, list[Triple] | None]]) -> Iterator[tuple[Processed, list[Triple] | None]]:
        for result in results:
            feed.in_flight -= 1
            yield result

    while chunk := list(islice(docs, _CHUNK)):
        in_flight.append(pool.submit(_process_chunk, chunk))
        feed.in_flight += len(chunk)
        if len(in_flight) >= jobs * _CHUNKS_PER_WORKER:
            yield from taken(in_flight.popleft().result())
    feed.exhausted = True
    while in_flight:
        yield from taken(in_flight.popleft().result())


def _process_one(doc: SourceDocument) -> tuple[Processed, list[Triple] | None]:
    """A document through the stages, and, when it is to be stored, its triples in the index's form (made
    here, in the worker, from the graph as built, rather than by the one process that writes the store and the
    index). A stored document's facts are left behind: only a quarantined one needs them (``_store_one``),
    and the result crosses from the worker to this process in fewer bytes."""
    result = process(doc, keep_triples=True)
    if result.conforms and result.error is None and result.triples is not None:
        return replace(result, triples=None, facts={}), index_triples(result.triples)
    return replace(result, triples=None), None


def _process_chunk(docs: list[SourceDocument]) -> list[tuple[Processed, list[Triple] | None]]:
    return [_process_one(doc) for doc in docs]


class _Neo4jWriter:
    """Buffers stored documents and writes them to Neo4j in batches; turns failures into a status."""

    def __init__(self, settings: Settings, required: bool | None, summary: IngestSummary) -> None:
        self.summary = summary
        self.pending: list[str] = []
        self.parsed: dict[str, list[Triple]] = {}
        self.sink = None
        if required is False:  # --no-neo4j: not even the driver is imported (about 0.3 CPU s)
            summary.neo4j = "not configured (RDF store only)"
            return
        from marsad.neo4j import server  # (light: it imports the driver only to connect)

        if not required and not server.configured(settings):
            summary.neo4j = "not configured (RDF store only)"  # as open_sink would say, without importing the
            return  # driver (about 0.2 CPU s of the writing process, while the workers have begun)
        from marsad.neo4j.sink import open_sink

        try:
            self.sink = open_sink(settings, required=required)
        except Neo4jUnavailable as exc:
            if required:  # asked for explicitly: stop before doing any work
                raise
            summary.neo4j = f"FAILED: {exc.message} — loaded into the RDF store only; rerun `marsad ingest` " \
                            "or `marsad neo4j sync` when Neo4j answers"
            return
        summary.neo4j = "writing" if self.sink else "not configured (RDF store only)"

    def add(self, giri: str, triples: list[Triple] | None = None) -> None:
        """A stored document to write; ``triples``: its graph as stored, in the index's form, when known (the
        sink then maps them instead of reading the graph back from the store)."""
        if self.sink is not None:
            self.pending.append(giri)
            if triples is not None:
                self.parsed[giri] = triples

    def flush(self, store: RdfStore, *, force: bool = False) -> None:
        if self.sink is None or not self.pending or (len(self.pending) < 50 and not force):
            return
        t0 = time.perf_counter()
        try:
            self.sink.write_from_store(store, self.pending, parsed=self.parsed)
        except Neo4jUnavailable as exc:
            self.summary.neo4j = f"FAILED: {exc.message} — the RDF store is complete; rerun `marsad ingest` " \
                                 "or `marsad neo4j sync` when Neo4j is back to complete the load"
            self.sink.close()
            self.sink = None
        self.pending.clear()
        self.parsed.clear()
        self.summary.stage_seconds["neo4j"] += time.perf_counter() - t0

    def catch_up(self, store: RdfStore, states: dict[str, str]) -> None:
        """Write documents the RDF store has but Neo4j lacks (e.g. after an interrupted load)."""
        if self.sink is None or not states:
            return
        try:
            self.pending.extend(self.sink.stale(states))
        except Neo4jUnavailable as exc:
            self.summary.neo4j = f"FAILED: {exc.message} — the RDF store is complete; rerun `marsad ingest` " \
                                 "or `marsad neo4j sync` when Neo4j is back to complete the load"
            self.sink = None
            return
        self.flush(store, force=True)

    def close(self) -> None:
        if self.sink is not None:
            self.sink.close()
            if self.summary.neo4j == "writing":
                self.summary.neo4j = "written"


def run_ingest(paths: Sequence[Path], *, settings: Settings, neo4j: bool | None = None, force: bool = False,
               jobs: int = 1, console: Console | None = None, wait: bool = False) -> IngestSummary:
    """Ingest every document under ``paths``; never stops on a bad document.

    One writer at a time per MARSAD_HOME: another running ingest makes this one refuse (WriterBusy,
    naming it), or wait for it with ``wait``.
    """
    console = console or Console(stderr=True)
    with writer_lock(settings.home, wait=wait, say=lambda message: console.print(f"[yellow]{message}[/]")):
        return _locked_ingest(paths, settings=settings, neo4j=neo4j, force=force, jobs=jobs, console=console)


def _locked_ingest(paths: Sequence[Path], *, settings: Settings, neo4j: bool | None, force: bool, jobs: int,
                   console: Console) -> IngestSummary:
    summary = IngestSummary()
    started = time.perf_counter()
    preflight()  # a missing lexicon or shape file stops here, before any document is stored
    # what preflight loaded lives as long as the process: out of the collector's sight, full collections do
    # not walk it again and again (here and in the forked workers: 0.24 -> 0.07 CPU ms a document of
    # SaudiNewsNet in collections); given back to the collector at the end (run_ingest may run in a process
    # that goes on, such as the tests')
    gc.freeze()
    try:
        _ingest_with_workers(paths, settings=settings, neo4j=neo4j, force=force, jobs=jobs, console=console,
                             summary=summary)
    finally:
        gc.unfreeze()
    summary.seconds = time.perf_counter() - started
    print_summary(summary, console, quarantine_dir=settings.quarantine_path)
    return summary


def _ingest_with_workers(paths: Sequence[Path], *, settings: Settings, neo4j: bool | None, force: bool, jobs: int,
                         console: Console, summary: IngestSummary) -> None:
    with _workers(jobs) as pool:
        writer = _Neo4jWriter(settings, neo4j, summary)  # an explicit --neo4j that fails stops here
        # the RDF store and the index (a first load written in one transaction, committed at the end). A new store
        # holds no document to compare with, so the workers start on the first documents while it is created
        # (RocksDB's files written and synced, the ontology loaded: 0.06-0.2 s, most of it waiting for the disk);
        # the writing thread waits for it before the first batch
        new = not (settings.store_path / "CURRENT").exists()
        opening: Future[IndexedStore]
        if new:
            opener = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-open")
            opening = opener.submit(_open_store, settings)
            opener.shutdown(wait=False)
        else:
            opening = Future()
            opening.set_result(_open_store(settings))
        try:
            _run(paths, settings=settings, force=force, pool=pool, jobs=jobs, console=console, summary=summary,
                 opening=opening, new=new, writer=writer)
        finally:
            writer.close()
            if opening.exception() is None:  # (waits for it; an opening that failed has raised in ``_run``)
                opening.result().close()


def _open_store(settings: Settings) -> IndexedStore:
    """The RDF store and the index, with the ontology (re)loaded into both."""
    store = IndexedStore(settings.store_path, index_path=settings.index_path, bulk=settings.index_bulk,
                         bulk_load=settings.store_bulk > 0)
    try:
        store.load_ontology(ontology_files())
    except BaseException:
        store.close()
        raise
    return store


def _run(paths: Sequence[Path], *, settings: Settings, force: bool, pool: ProcessPoolExecutor | None, jobs: int,
         console: Console, summary: IngestSummary, opening: Future[IndexedStore], new: bool,
         writer: _Neo4jWriter) -> None:
    unchanged_states: dict[str, str] = {}
    # a document whose graph is not there yet needs no state query
    existing = set() if new else opening.result().graph_iris()
    # conforming documents waiting for the next store transaction, each with its triples in the index's form
    pending: list[tuple[Processed, list[Triple] | None]] = []
    replacing = 0  # of them, documents whose graph the store holds

    def wanted(items: Iterator[SourceDocument | DocumentError]) -> Iterator[SourceDocument]:
        for item in items:
            summary.total += 1
            if isinstance(item, DocumentError):
                summary.rejected.append((item.document, item.reason))
                progress.advance(task)
                continue
            giri = graph_iri(item.id)
            chash = content_hash(item.text)
            if not force and str(giri) in existing \
                    and opening.result().document_state(giri) == (chash, EXTRACTOR_VERSION):
                summary.unchanged += 1
                unchanged_states[giri] = chash
                progress.advance(task)
                continue
            yield item

    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.fields[doc]}"))
    batches = _BatchWriter(store=opening, settings=settings, summary=summary, writer=writer)
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("ingest", total=estimate_count(paths), doc="")
        try:
            feed = _Feed()
            for result, triples in _process_all(wanted(_timed_read(paths, settings, summary)), pool, jobs, feed):
                for stage, secs in result.seconds.items():
                    summary.stage_seconds[stage] += secs
                queued = len(pending)
                _store_one(result, triples, pending=pending, settings=settings, summary=summary)
                # new documents go to the store's bulk loader up to MARSAD_STORE_BULK at a time (fewer when the
                # writing thread is free: ``_Feed.eager_batch``); documents that replace a stored graph are
                # replaced one by one anyway, and go 64 at a time, as before, so that readers see a re-ingest
                # progress batch by batch
                replacing += len(pending) > queued and str(result.graph_iri) in existing
                bulk = settings.store_bulk or STORE_BATCH
                if (len(pending) >= bulk or replacing >= STORE_BATCH
                        or (len(pending) >= min(bulk, feed.eager_batch()) and batches.idle())):
                    replacing = 0
                    batches.submit(pending)
                    pending = []
                progress.update(task, advance=1, doc=result.document_id[:40])
            batches.submit(pending)
        finally:
            batches.finish()  # what was handed over is stored, or its error raised, before the store closes
        store = opening.result()
        writer.flush(store, force=True)
        writer.catch_up(store, unchanged_states)
    _publish_index(store, console=console, summary=summary)


class _BatchWriter:
    """Writes batches of conforming documents (``_store_pending``, then the Neo4j writer's flush) on a thread of
    its own, one batch at a time and in order, while the caller goes on. ``submit`` waits for the batch before
    (raising what it raised); ``finish`` waits for the last one. Both libraries the store and the index are
    written with release the GIL while they write, so this thread runs beside the main one."""

    def __init__(self, *, store: Future[IndexedStore], settings: Settings, summary: IngestSummary,
                 writer: _Neo4jWriter) -> None:
        self._store, self._settings, self._summary, self._writer = store, settings, summary, writer
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._last: Future[None] | None = None

    def idle(self) -> bool:
        return self._last is None or self._last.done()

    def _wait(self) -> None:
        last, self._last = self._last, None
        if last is not None:
            last.result()

    def submit(self, batch: list[tuple[Processed, list[Triple] | None]]) -> None:
        self._wait()
        if batch:
            self._last = self._thread.submit(self._write, batch)

    def _write(self, batch: list[tuple[Processed, list[Triple] | None]]) -> None:
        store = self._store.result()  # (a new store may still be being created)
        _store_pending(batch, store=store, settings=self._settings, summary=self._summary, writer=self._writer)
        self._writer.flush(store)

    def finish(self) -> None:
        try:
            self._wait()
        finally:
            self._thread.shutdown(wait=True)


def _publish_index(store: IndexedStore, *, console: Console, summary: IngestSummary) -> None:
    """A first load's index, staged document by document, is built and shown to readers now."""
    store.wait_for_index()
    staged = store.index.staged
    if not staged:
        return
    t0 = time.perf_counter()
    with console.status(f"building the API's index of the {staged:,} documents of this first load"):
        store.publish_index()
    summary.stage_seconds["store"] += time.perf_counter() - t0


def _store_one(result: Processed, triples: list[Triple] | None, *,
               pending: list[tuple[Processed, list[Triple] | None]], settings: Settings, summary: IngestSummary
               ) -> None:
    """Report a failed document, quarantine a non-conforming one, queue a conforming one for storing."""
    if result.error is not None:
        summary.failed.append((result.document_id, result.error))
        return
    if not result.conforms:
        quarantine.put(settings.quarantine_path, document_id=result.document_id, origin=result.origin,
                       messages=result.messages, facts=result.facts, graph=result.ntriples)
        summary.quarantined.append((result.document_id, result.messages))
        return
    pending.append((result, triples))


def _store_pending(pending: list[tuple[Processed, list[Triple] | None]], *, store: IndexedStore,
                   settings: Settings, summary: IngestSummary, writer: _Neo4jWriter) -> None:
    """Write the queued documents to the RDF store (``RdfStore.replace_graphs``), then count and forward them."""
    if not pending:
        return
    t0 = time.perf_counter()
    graphs, known = [], {}
    for r, triples in pending:
        ntriples = curated(r.graph_iri, r.ntriples, settings)
        graphs.append((r.graph_iri, ntriples))
        if triples is not None and ntriples is r.ntriples:  # a judgement rewrote it: the index parses it again
            known[r.graph_iri] = triples
    store.replace_graphs(graphs, parsed=known)
    summary.batches += 1
    if (summary.stored + len(pending)) // FLUSH_EVERY > summary.stored // FLUSH_EVERY:
        store.flush()  # RocksDB's write buffers grow to GBs over a long run unless written out now and then
    summary.stage_seconds["store"] += time.perf_counter() - t0
    quarantined = settings.quarantine_path.exists()  # no folder: no entry to release, a document at a time
    for result, _triples in pending:
        if quarantined:
            quarantine.release(settings.quarantine_path, document_id=result.document_id)
        summary.stored += 1
        summary.facts += result.fact_count
        writer.add(result.graph_iri, known.get(result.graph_iri))
    pending.clear()


def print_summary(summary: IngestSummary, console: Console, *, quarantine_dir: Path) -> None:
    """The end-of-run report: counts, time per stage, and every document not stored, with the reason."""
    table = Table(title="ingest summary", show_header=False)
    rate = summary.total / summary.seconds if summary.seconds else 0.0
    for label, value in (
        ("documents read", summary.total),
        ("stored (new or changed)", summary.stored),
        ("unchanged (skipped)", summary.unchanged),
        ("facts stored", summary.facts),
        ("rejected (unreadable)", len(summary.rejected)),
        ("quarantined (SHACL)", len(summary.quarantined)),
        ("failed (extraction error)", len(summary.failed)),
        ("Neo4j", summary.neo4j),
        ("seconds", f"{summary.seconds:.1f} ({rate:.1f} documents/s)"),
        ("seconds per stage", ", ".join(f"{k} {v:.2f}" for k, v in summary.stage_seconds.items())),
    ):
        table.add_row(label, str(value))
    console.print(table)
    for doc, reason in summary.rejected:
        console.print(f"[yellow]rejected[/] {doc}: {reason}")
    for doc, reason in summary.failed:
        console.print(f"[red]failed[/] {doc}: {reason}")
    for doc, messages in summary.quarantined:
        console.print(f"[magenta]quarantined[/] {doc}: {'; '.join(messages[:3])}"
                      + (f" (+{len(messages) - 3} more)" if len(messages) > 3 else ""))
    if summary.quarantined:
        console.print(f"quarantined documents are kept in {quarantine_dir} (see `marsad quarantine`)")
