"""What the running app holds: the settings, the RDF store, the index (the read model the lists,
details, search, stats and explorer read), the optional Neo4j driver, a worker pool for queries, and
a cache of rendered results keyed by the store's generation (off with MARSAD_API_CACHE=0).

The API never writes. It opens the on-disk store read-only, so `marsad ingest` can keep writing;
the generation is a fingerprint of the store's files, checked at most once a second: when it
changes, the store is reopened and every cached result is dropped.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from marsad.api.neo4j_link import Neo4jLink
from marsad.api.query_workers import QueryWorkers
from marsad.api.read.search import Searcher
from marsad.core.errors import StoreUnavailable
from marsad.core.settings import Settings
from marsad.lock import writer_running
from marsad.readmodel.reader import ReadIndex
from marsad.readmodel.sync import sync
from marsad.readmodel.writer import IndexWriter
from marsad.store import RdfStore

_CHECK_EVERY = 1.0  # seconds between two looks at the store's files
_CACHE_ENTRIES = 2048


def _fingerprint(path: Path | None) -> tuple[tuple[str, int, int], ...]:
    if path is None or not path.is_dir():
        return ()
    files = []
    for entry in path.iterdir():
        if entry.name in ("LOCK", "LOG") or entry.name.startswith("LOG.old"):
            continue  # RocksDB's lock and info log change without the data changing
        with contextlib.suppress(OSError):
            st = entry.stat()
            files.append((entry.name, st.st_mtime_ns, st.st_size))
    return tuple(sorted(files))


def open_store(path: Path | None) -> RdfStore:
    """The store at ``path`` read-only (created empty first when absent); in memory for None."""
    if path is None:
        return RdfStore(None)
    if not path.is_dir() or not any(path.iterdir()):
        try:
            RdfStore(path).close()
        except StoreUnavailable:  # another server worker is creating it right now
            time.sleep(1.0)
    return RdfStore(path, read_only=True)


@dataclass
class ResultCache:
    """A bounded LRU of finished responses (bytes + media type), valid for one store generation."""

    entries: OrderedDict[str, tuple[bytes, str]] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, key: str) -> tuple[bytes, str] | None:
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key: str, value: tuple[bytes, str]) -> None:
        with self.lock:
            self.entries[key] = value
            while len(self.entries) > _CACHE_ENTRIES:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


class AppState:
    """Opened by the app's lifespan, closed with it."""

    def __init__(self, settings: Settings, *, store: RdfStore | None = None) -> None:
        self.settings = settings
        self._own_store = store is None
        self._path = settings.store_path if store is None else store.path
        self.store = store if store is not None else open_store(self._path)
        self.neo4j = Neo4jLink(settings)
        # user-written and named SPARQL run in killable, memory-capped worker processes (on-disk stores only)
        self.workers = (QueryWorkers(self._path, service_allow=settings.sparql_service_allow,
                                     memory_mib=settings.query_memory)
                        if self._own_store and self._path is not None else None)
        self.pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="marsad-query")
        self.cache = ResultCache()
        self.generation = 0
        self._fingerprint = _fingerprint(self._path) if self._own_store else ()
        self._checked = time.monotonic()
        self._lock = threading.Lock()
        self.derived: dict[str, object] = {}  # per-generation derived data (e.g. the named queries)
        self.catch_up()
        self.index = ReadIndex(settings.index_path)
        self._index_generation = self.index.generation()
        self.searcher = Searcher(self.index)

    def catch_up(self) -> None:
        """Index the graphs the store holds and the index has never seen (a store written without
        `marsad ingest`, or an index deleted): lists, details and search read the index only. Not while a
        writer runs: an ingest indexes what it stores itself (a first load only at its end, in bulk)."""
        if writer_running(self.settings.home):
            return
        writer = IndexWriter(self.settings.index_path)
        try:
            sync(self.store, writer, only_missing=True)
        finally:
            writer.close()

    def refresh(self) -> int:
        """The current generation; reopens the store and drops caches when its files or the index changed."""
        now = time.monotonic()
        if not self._own_store or now - self._checked < _CHECK_EVERY:
            return self.generation
        with self._lock:
            self._checked = now
            current = _fingerprint(self._path)
            if current != self._fingerprint:
                self._fingerprint = current
                old, self.store = self.store, open_store(self._path)
                old.close()
                self.catch_up()
                self.invalidate()
            index_generation = self.index.generation()
            if index_generation != self._index_generation:
                self._index_generation = index_generation
                self.invalidate()
        return self.generation

    def invalidate(self) -> None:
        """Start a new generation: forget every cached result."""
        self.generation += 1
        self.cache.clear()
        self.derived.clear()

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        if self.workers is not None:
            self.workers.close()
        if self._own_store:
            self.store.close()
        with contextlib.suppress(Exception):
            self.neo4j.close()
