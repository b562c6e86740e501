"""User-written SPARQL and the named SPARQL queries run in separate worker processes, so a query past
MARSAD_QUERY_TIMEOUT is really stopped: its process is killed and replaced. (pyoxigraph cannot cancel a
query, and a thread cannot be killed: an aggregate over a huge join would otherwise keep a core busy long
after the client got its 504.) Each worker may use MARSAD_QUERY_MEMORY MiB of address space: a query that
needs more ends its worker (Oxigraph aborts when an allocation fails) and the client gets a 413, where it
would otherwise grow until the machine runs out of memory (on the 32k-document store one join did, past
24 GB). Each worker opens the store read-only and reopens it when the app's store generation changes; it
sends back the finished body (bytes and media type), the named query's rows, or the error."""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import queue
import resource
import signal
import threading
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import marsad.core.errors as errors
from marsad.core.errors import MarsadError, QueryMemoryExceeded, QueryTimeout, StoreUnavailable

_CONTEXT = mp.get_context("spawn")  # a fresh interpreter: never fork a process holding RocksDB and threads
# (store generation, kind, arguments, timeout, row cap); kind "sparql": (text, format, accept),
# "named": (query name, bound parameter values)
Request = tuple[int, str, tuple[Any, ...], float, int]
Rows = tuple[list[str], list[list[Any]]]


def _memory_error(memory_mib: int) -> QueryMemoryExceeded:
    return QueryMemoryExceeded(
        f"the query needed more than the {memory_mib} MiB of memory a query may use (MARSAD_QUERY_MEMORY): "
        "make it more selective, or deduplicate each pattern with a SELECT DISTINCT sub-select",
        detail={"memory_mib": memory_mib})


_M_ARENA_MAX = -8  # glibc's mallopt parameter


def _few_malloc_arenas() -> None:
    """At most two malloc arenas in this process. glibc gives a thread that allocates while another holds the
    arena one of its own, each reserving 64 MiB of address space, up to eight per core: under the address-space
    limit below, a busy machine made a fresh worker's RocksDB fail to start a thread ("std::system_error: Resource
    temporarily unavailable", an abort the caller took for a query past MARSAD_QUERY_MEMORY). Not glibc: nothing."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, 2)


def _serve(conn: Connection, store_path: str, service_allow: tuple[str, ...], memory_mib: int) -> None:
    """The worker's loop: one request at a time, answered on ``conn``."""
    _few_malloc_arenas()  # before any thread of this process allocates
    from marsad.api.sparql_answer import collect_answer
    from marsad.api.sparql_formats import render
    from marsad.queries import NamedQuery, load_queries, run_named_sparql
    from marsad.store import RdfStore

    if memory_mib > 0:
        limit = memory_mib * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    store, generation = None, -1
    named: dict[str, NamedQuery] | None = None
    conn.send(("ready",))
    while True:
        try:
            request: Request = conn.recv()
        except EOFError:
            return
        wanted, kind, args, timeout, cap = request
        try:
            if store is None or wanted != generation:
                if store is not None:
                    with contextlib.suppress(Exception):
                        store.close()
                store, generation = RdfStore(Path(store_path), read_only=True), wanted
            if kind == "named":
                name, values = args
                named = named if named is not None else load_queries()
                conn.send(("rows", *run_named_sparql(store, named[name], values, row_cap=cap)))
            else:
                text, fmt, accept = args
                answer = collect_answer(store, text, deadline=time.monotonic() + timeout, timeout=timeout, cap=cap,
                                        service_allow=service_allow)
                conn.send(("ok", *render(answer, fmt=fmt, accept=accept)))
        except MarsadError as exc:
            conn.send(("error", type(exc).__name__, exc.message, exc.detail))
        except MemoryError:  # past MARSAD_QUERY_MEMORY in Python code: answer, then end (the caller retires us)
            store, exceeded = None, _memory_error(memory_mib)
            conn.send(("error", type(exceeded).__name__, exceeded.message, exceeded.detail))
            return
        except Exception as exc:  # the worker lives on; the caller logs the traceback, the client gets an id
            conn.send(("error", "InternalError", f"the SPARQL worker failed: {type(exc).__name__}",
                       {"traceback": traceback.format_exc()}))


class _Worker:
    def __init__(self, store_path: Path, service_allow: tuple[str, ...], memory_mib: int) -> None:
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_serve, args=(child, str(store_path), service_allow, memory_mib),
                                        daemon=True, name="marsad-sparql-worker")
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self) -> None:
        """Wait (once) for the new interpreter to finish its imports."""
        if not self.ready:
            if not self.conn.poll(60) or self.conn.recv() != ("ready",):
                raise StoreUnavailable("a SPARQL worker process did not start")
            self.ready = True

    def aborted(self) -> bool:
        """Whether the process ended by abort(): what Oxigraph does when an allocation fails."""
        with contextlib.suppress(Exception):
            self.process.join(timeout=2)
        return self.process.exitcode == -signal.SIGABRT

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
            self.process.join(timeout=5)
        with contextlib.suppress(Exception):
            self.conn.close()


def _rebuild(name: str, message: str, detail: object) -> MarsadError:
    cls = getattr(errors, name, MarsadError)
    if not (isinstance(cls, type) and issubclass(cls, MarsadError)) or cls is errors.DocumentError:
        cls = MarsadError
    return cls(message, detail=detail if isinstance(detail, dict) else {})


class QueryWorkers:
    """A small pool of worker processes over the store at ``store_path``."""

    def __init__(self, store_path: Path, *, size: int = 2, service_allow: tuple[str, ...] = (),
                 memory_mib: int = 0) -> None:
        self.store_path = store_path
        self.service_allow = service_allow
        self.memory_mib = memory_mib
        self.size = size
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._started = 0
        self._lock = threading.Lock()
        self._closed = False

    def _take(self, wait: float) -> _Worker:
        with self._lock:
            if self._idle.empty() and self._started < self.size:
                self._started += 1
                return self._new()
        try:
            return self._idle.get(timeout=wait)
        except queue.Empty:
            raise StoreUnavailable("every SPARQL worker is busy; try again shortly") from None

    def _retire(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._started -= 1

    def _new(self) -> _Worker:
        return _Worker(self.store_path, self.service_allow, self.memory_mib)

    def run(self, text: str, *, fmt: str | None, accept: str | None, timeout: float, cap: int,
            generation: int) -> tuple[bytes, str]:
        """The rendered answer to user-written SPARQL, or the error the worker raised; QueryTimeout (and a killed
        worker) after ``timeout`` seconds. Blocking: call it from a thread."""
        reply = self._call((generation, "sparql", (text, fmt, accept), timeout, cap), timeout)
        return reply[1], reply[2]

    def run_named(self, name: str, values: dict[str, str | int | None], *, timeout: float, cap: int,
                  generation: int) -> Rows:
        """The columns and rows of named query ``name`` (see marsad.queries) with bound ``values``."""
        reply = self._call((generation, "named", (name, values), timeout, cap), timeout)
        return reply[1], reply[2]

    def _call(self, request: Request, timeout: float) -> tuple[Any, ...]:
        if self._closed:
            raise StoreUnavailable("the application is shutting down")
        worker = self._take(wait=timeout)
        try:
            worker.wait_ready()
            worker.conn.send(request)
            if not worker.conn.poll(timeout + 0.1):
                raise QueryTimeout(f"the query ran longer than the {timeout:g} s limit",
                                   detail={"timeout_seconds": timeout})
            reply: tuple[Any, ...] = worker.conn.recv()
        except QueryTimeout:
            self._retire(worker)
            raise
        except (EOFError, OSError, StoreUnavailable) as exc:
            aborted = self.memory_mib > 0 and worker.aborted()
            self._retire(worker)
            if aborted:
                raise _memory_error(self.memory_mib) from None
            raise StoreUnavailable("the SPARQL worker stopped; try again",
                                   detail={"cause": f"{type(exc).__name__}: {exc}"}) from exc
        if reply[0] == "error" and reply[1] == "QueryMemoryExceeded":
            self._retire(worker)
        else:
            self._idle.put(worker)
        if reply[0] != "error":
            return reply
        raise _rebuild(*reply[1:])

    def warm(self) -> None:
        """Start the workers now, so the first query does not wait for them."""
        with self._lock:
            while self._started < self.size:
                self._started += 1
                self._idle.put(self._new())

    def close(self) -> None:
        self._closed = True
        while not self._idle.empty():
            self._idle.get_nowait().kill()
