"""`marsad neo4j import`: a first full load of the local server with the Neo4j bulk importer.

The rows are the sink's: each document graph of the RDF store mapped by ``rows.document_rows``, folded by
``batches.fold``, plus what the sink's first statement (``statements.INTENT``) adds to each Document node.
They are written as CSV files (``bulkcsv``) and loaded offline by the importer of Neo4j 5.26
(`neo4j-admin database import full`, run as ``org.neo4j.cli.AdminTool`` from the launcher's classpath)
while the server is stopped; the importer's JVM is started first and warms up while the files are written.
The server is then started again; the schema of ``schema.cypher`` is created (the sink's ``ensure_schema``)
and waited for; relationships without quotes get empty ``quotes`` (the importer cannot write an empty
array); and each Document node is marked ``loaded_hash`` last, by the sink's own statement, so
``marsad neo4j sync --only-stale`` sees every document as loaded.

Only for the local server Marsad runs (its files are under MARSAD_HOME/neo4j), and only into an empty
database unless ``replace``: the importer rewrites the whole database.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from marsad.core.errors import Neo4jImportFailed, Neo4jImportRefused
from marsad.core.settings import Settings
from marsad.neo4j import server, statements
from marsad.neo4j.batches import Folded, fold
from marsad.neo4j.bulkcsv import CsvFiles, write_csv
from marsad.neo4j.indexrows import index_rows, store_states
from marsad.neo4j.mapping import load_mapping
from marsad.neo4j.rows import DocumentRows, document_rows, triples_from_store
from marsad.neo4j.sink import Neo4jSink
from marsad.store import RdfStore

IMPORT_MAIN = "ma.marsad.ImportLauncher"  # runs org.neo4j.cli.AdminTool (`neo4j-admin`)
# the importer's JVM: a bounded heap (the default is a quarter of the machine's memory; its caches are
# off-heap, bounded by --max-off-heap-memory) and, like the server, C1 only and the parallel collector: with
# C2 the importer took 15.9 CPU seconds for the corpus's rows against 5.8, and 17.2 against 15.1 for 740k rows
JVM_OPTIONS = ("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError",
               "-Dfile.encoding=UTF-8",
               "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
               "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED")
OFF_HEAP = "1g"
INDEX_WAIT_SECONDS = 600

Say = Callable[[str], None]


@dataclass
class ImportFigures:
    """What one import did and how long each phase took (seconds; CPU seconds where measured)."""

    documents: int = 0
    rows: int = 0  # the documents' rows (nodes plus relationships before folding), as the sink counts them
    from_index: int = 0  # of the documents, those read from the API's index (``import_store``)
    nodes: int = 0
    relationships: int = 0
    stopped_pid: int | None = None
    stop_seconds: float = 0.0  # the running server stopped (a clean shutdown)
    csv_seconds: float = 0.0  # folding and writing the CSV files (this process)
    csv_cpu_seconds: float = 0.0
    importer_seconds: float = 0.0  # the Java importer from its arguments to its exit (its JVM started earlier)
    importer_cpu_seconds: float = 0.0  # the importer's JVM over its whole life (start and warm-up included)
    start_seconds: float = 0.0  # the server started again
    schema_seconds: float = 0.0  # constraint and indexes created and online
    finish_seconds: float = 0.0  # empty quotes set, documents marked loaded
    server_pid: int | None = None

    @property
    def import_seconds(self) -> float:
        return self.csv_seconds + self.importer_seconds

    @property
    def total_seconds(self) -> float:
        return (self.stop_seconds + self.import_seconds + self.start_seconds + self.schema_seconds
                + self.finish_seconds)


def loaded_rows(docs: Sequence[DocumentRows]) -> Folded:
    """What loading ``docs`` into an empty database leaves: their folded rows, each Document node with what
    ``statements.INTENT`` sets (graph, document_id, node_iris; its own document first among its sources)."""
    folded = fold(docs)
    intents = {d.document_iri: d for d in docs if d.document_iri is not None}
    for row in folded.nodes:
        doc = intents.get(str(row["iri"]))
        if doc is None:
            continue
        row["props"] = {**cast(dict[str, object], row["props"]), "graph": doc.graph_iri,
                        "document_id": doc.source, "node_iris": sorted({node.iri for node in doc.nodes})}
        row["labels"] = sorted({*cast(list[str], row["labels"]), "Document"})
        row["sources"] = [doc.source, *(s for s in cast(list[str], row["sources"]) if s != doc.source)]
    return folded


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while many small objects are made: with every row in memory, the
    collector's passes over the heap took 80% of folding 740k rows (benchmarks/neo4j_write.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _count_nodes(settings: Settings) -> int:
    driver = server.connect(settings)
    try:
        records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=settings.neo4j_database)
        return int(records[0]["n"])
    finally:
        driver.close()


def _database_dir(settings: Settings) -> Path:
    return settings.neo4j_home / "data" / "databases" / settings.neo4j_database


def check_target(settings: Settings, *, replace: bool, say: Say) -> None:
    """Refuse unless the target is the local server's database and it is empty (or ``replace``)."""
    if settings.neo4j_uri:
        raise Neo4jImportRefused(
            f"MARSAD_NEO4J_URI is set ({settings.neo4j_uri}): `marsad neo4j import` writes the files of the local "
            "server Marsad runs, not a remote or Docker Neo4j; load that one with `marsad neo4j sync`")
    if replace:
        return
    if server.running_pid(settings) is None:
        if not (_database_dir(settings) / "neostore").exists():
            return  # never started: no database yet
        say("starting the local Neo4j to see whether its database is empty")
        server.start(settings, progress=say)
    nodes = _count_nodes(settings)
    if nodes:
        raise Neo4jImportRefused(
            f"the local Neo4j database holds {nodes} nodes: `marsad neo4j import` replaces the whole database; "
            "pass --replace to do so, or load it with `marsad neo4j sync`")


def store_rows(store: RdfStore, graphs: Iterable[str], *,
               advance: Callable[[int], None] = lambda _: None) -> list[DocumentRows]:
    """The rows of these document graphs of the store (in the order given)."""
    mapping = load_mapping()
    docs = []
    for iri in map(str, graphs):
        docs.append(document_rows(mapping, iri, triples_from_store(store.quads(iri))))
        advance(1)
    return docs


class _Importer:
    """The importer's JVM (``ImportLauncher`` of neo4j-launcher/), started before the CSV files are written:
    it warms up on a two-node import of its own meanwhile (JVM start, class loading, initialisation and
    compiling cost an import the same few seconds whatever its size), then waits for its arguments."""

    def __init__(self, settings: Settings, work: Path) -> None:
        server.build_launcher()
        conf = work / "conf"
        conf.mkdir()
        (conf / "neo4j.conf").write_text("", encoding="utf-8")
        env = {**os.environ, "NEO4J_HOME": str(settings.neo4j_home.resolve()), "NEO4J_CONF": str(conf)}
        command = ["java", *JVM_OPTIONS, "-cp", f"{server.LAUNCHER_JAR}{os.pathsep}{server.LAUNCHER_LIB}/*",
                   IMPORT_MAIN, str(work / "warm")]
        self.log_path = settings.neo4j_home / "logs" / "import.log"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.work = work
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
                                            env=env, cwd=work)

    def _send(self, arguments: Sequence[str]) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        with contextlib.suppress(BrokenPipeError):  # it died: its exit status and log say why
            stdin.write("".join(f"{a}\n" for a in arguments).encode("utf-8"))
            stdin.close()

    def _wait(self) -> float:
        """Wait for the JVM to exit; its CPU seconds (warm-up included)."""
        _, status, usage = os.wait4(self.process.pid, 0)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        return usage.ru_utime + usage.ru_stime

    def cancel(self) -> None:
        """No import after all (the CSV files could not be written): the JVM exits without one."""
        self._send([])
        self._wait()

    def run(self, files: CsvFiles, database: str, figures: ImportFigures) -> None:
        arguments = ["database", "import", "full", *files.arguments(), "--overwrite-destination=true",
                     f"--max-off-heap-memory={OFF_HEAP}", f"--report-file={self.work / 'import.report'}", database]
        if any("\n" in a for a in arguments):
            self.cancel()
            raise Neo4jImportFailed(f"a path of the import has a line break: {arguments}")
        t0 = time.perf_counter()
        self._send(arguments)
        figures.importer_cpu_seconds = self._wait()
        figures.importer_seconds = time.perf_counter() - t0
        if self.process.returncode != 0:
            tail = "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-12:])
            raise Neo4jImportFailed(
                f"the Neo4j importer failed (exit {self.process.returncode}; log {self.log_path}, CSV files kept in "
                f"{self.work}); the local database is likely unusable: fix the cause and rerun with --replace.\n{tail}")


def _finish(settings: Settings, docs: Sequence[DocumentRows], figures: ImportFigures, say: Say) -> None:
    """Start the server again, create the schema, give quote-less relationships empty quotes, mark loaded."""
    t0 = time.perf_counter()
    figures.server_pid = server.start(settings, progress=say).pid
    figures.start_seconds = time.perf_counter() - t0
    say("creating the constraint and indexes")
    t0 = time.perf_counter()
    driver = server.connect(settings)
    sink = Neo4jSink(driver, settings=settings)  # applies schema.cypher; closes the driver
    try:
        with driver.session(database=settings.neo4j_database) as session:
            session.run(f"CALL db.awaitIndexes({INDEX_WAIT_SECONDS})").consume()
        figures.schema_seconds = time.perf_counter() - t0
        say("marking the documents loaded")
        t0 = time.perf_counter()
        with driver.session(database=settings.neo4j_database) as session:
            session.run(statements.EMPTY_QUOTES).consume()
        sink.mark_loaded(docs)
        figures.finish_seconds = time.perf_counter() - t0
    finally:
        sink.close()


def import_rows(settings: Settings, docs: Sequence[DocumentRows], *, say: Say = lambda _: None) -> ImportFigures:
    """Replace the local server's database with ``docs`` through the bulk importer (no checks: see
    ``check_target``); the server runs again at the end. The CSV files are written before the server is
    stopped: it serves meanwhile, and a row the importer could not take leaves it untouched."""
    figures = ImportFigures(documents=len(docs), rows=sum(d.size for d in docs))
    settings.neo4j_home.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="import-", dir=settings.neo4j_home))
    try:
        importer = _Importer(settings, work)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    say(f"writing CSV files under {work}")
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        with _gc_paused():  # the folded rows are gone before the collector runs again
            files = write_csv(loaded_rows(docs), work / "csv")
    except BaseException:
        importer.cancel()
        shutil.rmtree(work, ignore_errors=True)
        raise
    figures.csv_seconds, figures.csv_cpu_seconds = time.perf_counter() - t0, time.process_time() - c0
    figures.nodes, figures.relationships = files.nodes, files.relationships
    pid = server.running_pid(settings)
    if pid is not None:
        say(f"stopping the local Neo4j (pid {pid}) for the import")
        t0 = time.perf_counter()
        try:
            figures.stopped_pid = server.stop(settings)
        except BaseException:
            importer.cancel()
            raise
        figures.stop_seconds = time.perf_counter() - t0
    say(f"running the Neo4j importer on {files.nodes} nodes and {files.relationships} relationships")
    importer.run(files, settings.neo4j_database, figures)
    shutil.rmtree(work, ignore_errors=True)
    _finish(settings, docs, figures, say)
    return figures


def import_store(settings: Settings, store: RdfStore, *, say: Say = lambda _: None,
                 reading: Callable[[int], Callable[[int], None]] | None = None) -> ImportFigures:
    """Read every document of the store and import them (``import_rows``; ``check_target`` first).

    A document whose graph the API's index holds in the same state as the store is read from the index
    (``indexrows``: about three times less CPU than from Oxigraph), every other one from the store.
    ``reading(total)`` may return a callback advanced once per document read (a progress bar)."""
    graphs = [str(g) for g in store.document_graphs()]
    advance = reading(len(graphs)) if reading else (lambda _: None)
    with _gc_paused():
        indexed = index_rows(settings.index_path, store_states(store), load_mapping(), advance=advance)
        rest = [g for g in graphs if g not in indexed]
        from_store = iter(store_rows(store, rest, advance=advance))
        docs = [indexed[g] if g in indexed else next(from_store) for g in graphs]
    say(f"read {len(graphs) - len(rest):,} documents from the API's index and {len(rest):,} from the RDF store")
    figures = import_rows(settings, docs, say=say)
    figures.from_index = len(graphs) - len(rest)
    return figures
