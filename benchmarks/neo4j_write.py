"""Neo4j write benchmark, in one run on the same rows: the loader (marsad.neo4j.sink) on a server this script
starts (its first load, then warm loads), a naive loader (one MERGE per row, one transaction per row) and the
bulk import of `marsad neo4j import` (marsad.neo4j.bulk: CSV files, then the Neo4j importer while the server
is stopped, then the server started again, the schema and the documents marked loaded).

    python benchmarks/neo4j_write.py                     # the corpus, if ../shared has it, else synthetic
    python benchmarks/neo4j_write.py --synthetic 3000    # 3000 synthetic documents
    python benchmarks/neo4j_write.py --naive-rows 3000 --json
    python benchmarks/neo4j_write.py --running --wipe    # no server of its own: the configured or running one
    python benchmarks/neo4j_write.py --no-import         # the loaders only
    python benchmarks/neo4j_write.py --only-import       # the naive loader and the bulk import only
    python benchmarks/neo4j_write.py --import-stopped    # the import with the server stopped first

Rows come from build_graph over ../shared/corpus/moroccan-news/articles.jsonl (extraction included,
not timed) or from marsad.neo4j.samples. By default the script starts its own Neo4j (`marsad neo4j
start` under a temporary MARSAD_HOME, on a free port), so "fresh" is the first load a freshly started
server sees; it stops the server and removes its folder at the end. Rows/s counts the documents' rows
(nodes plus relationships, before folding), the same number for both loaders. The server's CPU seconds
are printed too, and the ratio of the server CPU per row of the naive loader to the loader's: on a shared
machine wall time follows the load of the other processes. The import's rows/s counts the same rows over
the CSV writing (folding included) and the importer's run after it (its JVM is started before the CSV writing
and warms up meanwhile), and separately over the whole (server restart, schema and marking included); its CPU
is this process's for the CSV files plus the importer process's over its whole life (from wait4), and the ratio
to naive compares the naive loader's server CPU per row with that.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import neo4j

from marsad.core.settings import Settings, get_settings
from marsad.neo4j import bulk, server
from marsad.neo4j.mapping import RESOURCE_LABEL, load_mapping
from marsad.neo4j.rows import DocumentRows, document_rows, triples_from_rdflib
from marsad.neo4j.samples import synthetic_documents
from marsad.neo4j.sink import Neo4jSink

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "moroccan-news" / "articles.jsonl"

# The naive loader: the statements of the loader before batching by folding, run with one row each.
_ADD = ("CASE WHEN row.source IN coalesce({v}.sources, []) THEN {v}.sources "
        "ELSE coalesce({v}.sources, []) + row.source END")
NAIVE_NODE = (f"UNWIND $rows AS row MERGE (n:{RESOURCE_LABEL} {{iri: row.iri}}) "
              f"ON CREATE SET n.sources = [row.source] ON MATCH SET n.sources = {_ADD.format(v='n')} "
              "SET n:$(row.labels) SET n += row.props")
NAIVE_REL = ("UNWIND $rows AS row "
             f"MATCH (a:{RESOURCE_LABEL} {{iri: row.start}}) MATCH (b:{RESOURCE_LABEL} {{iri: row.end}}) "
             "MERGE (a)-[r:$(row.type)]->(b) "
             "ON CREATE SET r.sources = [row.source], r.quotes = row.quotes, "
             "r.quote_sources = [q IN row.quotes | row.source] "
             f"ON MATCH SET r.sources = {_ADD.format(v='r')}, "
             "r.quotes = [i IN range(0, size(coalesce(r.quotes, [])) - 1) WHERE r.quote_sources[i] <> row.source "
             "| r.quotes[i]] + row.quotes, "
             "r.quote_sources = [s IN coalesce(r.quote_sources, []) WHERE s <> row.source] "
             "+ [q IN row.quotes | row.source]")


def corpus_rows(path: Path, limit: int) -> list[DocumentRows]:
    from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
    from marsad.loaders.rdf.build import build_graph, graph_iri
    from marsad.loaders.read import read_path

    mapping, docs = load_mapping(), []
    for item in read_path(path, settings=get_settings()):
        if isinstance(item, Exception):
            continue
        graph = build_graph(item, extract(item), extractor_version=EXTRACTOR_VERSION)
        docs.append(document_rows(mapping, str(graph_iri(item.id)), triples_from_rdflib(graph)))
        if limit and len(docs) >= limit:
            break
    return docs


def synthetic_rows(count: int) -> list[DocumentRows]:
    mapping = load_mapping()
    return [document_rows(mapping, iri, triples_from_rdflib(g)) for iri, g in synthetic_documents(count)]


def wipe(driver: neo4j.Driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume()


def naive_load(driver: neo4j.Driver, database: str, docs: list[DocumentRows], limit: int) -> int:
    """One MERGE per row, one transaction per row."""
    def one(session: neo4j.Session, statement: str, row: dict[str, object]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            tx.run(statement, rows=[row]).consume()
        session.execute_write(work)

    written = 0
    with driver.session(database=database) as session:
        for doc in docs:
            for node in doc.nodes:
                if written >= limit:
                    return written
                one(session, NAIVE_NODE, {"iri": node.iri, "labels": list(node.labels), "props": node.props,
                                          "source": doc.source})
                written += 1
            for rel in doc.rels:
                if written >= limit:
                    return written
                one(session, NAIVE_REL, {"type": rel.type, "start": rel.start, "end": rel.end,
                                         "quotes": list(rel.quotes), "source": doc.source})
                written += 1
    return written


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _cpu_seconds(pid: int | None) -> float:
    """User plus system CPU seconds of a local process (0 when unknown)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def own_server(base: Settings) -> Iterator[tuple[Settings, float, int | None]]:
    """A Neo4j started for this run under a temporary MARSAD_HOME: (settings, seconds to start, pid)."""
    home = Path(tempfile.mkdtemp(prefix="marsad-neo4j-bench-"))
    settings = base.model_copy(update={"home": home, "neo4j_uri": None, "neo4j_bolt_port": _free_port()})
    t0 = time.perf_counter()
    try:
        status = server.start(settings)
        yield settings, time.perf_counter() - t0, status.pid
    finally:
        server.stop(settings)
        shutil.rmtree(home, ignore_errors=True)


def timed(action: Callable[[], int], pid: int | None) -> dict[str, float]:
    """Rows, seconds, rows/s and the server's CPU seconds of one load."""
    cpu, t0 = _cpu_seconds(pid), time.perf_counter()
    rows = action()
    seconds = time.perf_counter() - t0
    return {"rows": rows, "seconds": round(seconds, 3), "rows_per_second": round(rows / seconds),
            "server_cpu_seconds": round(_cpu_seconds(pid) - cpu, 2)}


Figures = dict[str, dict[str, float]]


def measure(settings: Settings, pid: int | None, docs: list[DocumentRows], *, repeat: int,
            naive_rows: int, loaders: bool = True) -> tuple[Figures, list[float]]:
    """The loader's first, unchanged and warm loads (unless not ``loaders``) and the naive loader's."""
    cpu, t0 = _cpu_seconds(pid), time.perf_counter()
    sink = Neo4jSink(server.connect(settings), settings=settings)  # applies the schema first
    opened = {"seconds": round(time.perf_counter() - t0, 3), "server_cpu_seconds": round(_cpu_seconds(pid) - cpu, 2)}
    driver, database = sink._driver, settings.neo4j_database
    try:
        wipe(driver, database)
        figures: Figures = {"open": opened}
        runs = []
        if loaders:
            figures["first"] = timed(lambda: sink.write_rows(docs), pid)  # the first load this server sees
            figures["reload_unchanged"] = timed(lambda: sink.write_rows(docs), pid)  # all MERGE, nothing changes
            for _ in range(max(1, repeat)):
                wipe(driver, database)
                runs.append(timed(lambda: sink.write_rows(docs), pid))
            figures["warm"] = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
            wipe(driver, database)
        figures["naive"] = timed(lambda: naive_load(driver, database, docs, naive_rows), pid)
        wipe(driver, database)
    finally:
        sink.close()
    return figures, [r["seconds"] for r in runs]


def measure_import(settings: Settings, docs: list[DocumentRows]) -> dict[str, float]:
    """The bulk import of the same rows into this run's own server (which it stops and starts again)."""
    t0 = time.perf_counter()
    f = bulk.import_rows(settings, docs)
    total = time.perf_counter() - t0
    return {"rows": f.rows, "nodes": f.nodes, "relationships": f.relationships,
            "csv_seconds": round(f.csv_seconds, 3), "csv_cpu_seconds": round(f.csv_cpu_seconds, 2),
            "importer_seconds": round(f.importer_seconds, 3), "importer_cpu_seconds": round(f.importer_cpu_seconds, 2),
            "seconds": round(f.import_seconds, 3), "rows_per_second": round(f.rows / f.import_seconds),
            "cpu_seconds": round(f.csv_cpu_seconds + f.importer_cpu_seconds, 2),
            "stop_seconds": round(f.stop_seconds, 2), "restart_seconds": round(f.start_seconds, 2),
            "schema_seconds": round(f.schema_seconds, 2),
            "mark_seconds": round(f.finish_seconds, 2),
            "restarted_server_cpu_seconds": round(_cpu_seconds(f.server_pid), 2),
            "total_seconds": round(total, 3), "total_rows_per_second": round(f.rows / total)}


def _cpu_ratio(naive: dict[str, float], load: dict[str, float]) -> float | None:
    """How many times the server CPU per row of the naive loader that of a load is (None when unmeasured)."""
    if not naive["rows"] or not load["rows"] or load["server_cpu_seconds"] <= 0:
        return None
    return round((naive["server_cpu_seconds"] / naive["rows"]) / (load["server_cpu_seconds"] / load["rows"]), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", type=int, default=0, help="use N synthetic documents instead of the corpus")
    ap.add_argument("--limit", type=int, default=0, help="at most N corpus documents")
    ap.add_argument("--naive-rows", type=int, default=1000, help="rows the naive loader writes (bounded)")
    ap.add_argument("--repeat", type=int, default=3, help="warm loads after the first (the median is reported)")
    ap.add_argument("--running", action="store_true",
                    help="use the configured or running Neo4j instead of starting one (its first load is not fresh)")
    ap.add_argument("--wipe", action="store_true", help="with --running: wipe a non-empty database first")
    ap.add_argument("--no-import", action="store_true", help="leave out the bulk import (`marsad neo4j import`)")
    ap.add_argument("--only-import", action="store_true",
                    help="the naive loader and the bulk import only (not the loader's fresh, unchanged and warm loads)")
    ap.add_argument("--import-stopped", action="store_true",
                    help="stop the server before the bulk import, as for a store whose server is not running "
                         "(no stop for the importer's JVM to warm up behind)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    base = get_settings()
    t0 = time.perf_counter()
    if args.synthetic or not CORPUS.exists():
        source, docs = f"synthetic ({args.synthetic or 2000} documents)", synthetic_rows(args.synthetic or 2000)
    else:
        source, docs = f"corpus {CORPUS.name}", corpus_rows(CORPUS, args.limit)
    prepare = time.perf_counter() - t0
    total = sum(d.size for d in docs)

    started: float | None = None
    if args.running:
        with server.connect(base) as driver:
            nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=base.neo4j_database)[0][0]["n"]
        if nodes and not args.wipe:
            print(f"the database holds {nodes} nodes: use a throwaway Neo4j, or pass --wipe", file=sys.stderr)
            return 2
        figures, warm_runs = measure(base, server.running_pid(base) if not base.neo4j_uri else None, docs,
                          repeat=args.repeat, naive_rows=args.naive_rows, loaders=not args.only_import)
    else:
        with own_server(base) as (settings, started, pid):
            figures, warm_runs = measure(settings, pid, docs, repeat=args.repeat, naive_rows=args.naive_rows,
                                         loaders=not args.only_import)
            if not args.no_import:
                if args.import_stopped:
                    server.stop(settings)
                figures["import"] = measure_import(settings, docs)
    naive_rate = max(1e-9, figures["naive"]["rows_per_second"])
    report: dict[str, object] = {
              "source": source, "documents": len(docs), "rows": total, "batch_size": base.neo4j_batch_size,
              "writers": base.neo4j_writers, "prepare_seconds": round(prepare, 2),
              "server_start_seconds": None if started is None else round(started, 1),
              "load_average": [round(x, 1) for x in os.getloadavg()], **figures, "warm_runs": warm_runs,
              **({"ratio_first_to_naive": round(figures["first"]["rows_per_second"] / naive_rate, 1),
                  "ratio_warm_to_naive": round(figures["warm"]["rows_per_second"] / naive_rate, 1),
                  "cpu_ratio_first_to_naive": _cpu_ratio(figures["naive"], figures["first"]),
                  "cpu_ratio_warm_to_naive": _cpu_ratio(figures["naive"], figures["warm"])}
                 if "first" in figures else {})}
    imported = figures.get("import")
    if imported:
        report["ratio_import_to_naive"] = round(imported["rows_per_second"] / naive_rate, 1)
        report["ratio_import_total_to_naive"] = round(imported["total_rows_per_second"] / naive_rate, 1)
        report["cpu_ratio_import_to_naive"] = _cpu_ratio(
            figures["naive"], {"rows": imported["rows"], "server_cpu_seconds": imported["cpu_seconds"]})
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{source}: {len(docs)} documents, {total} rows; batch size {base.neo4j_batch_size}, "
          f"{base.neo4j_writers} writers; load average {report['load_average']}")
    if started is not None:
        print(f"  server started by this run in {started:.1f}s")
    print(f"  sink opened (schema applied) in {figures['open']['seconds']:.2f}s"
          f"  (server CPU {figures['open']['server_cpu_seconds']:.2f}s)")
    for name, label in (("first", "fresh server" if started is not None else "first load"),
                        ("reload_unchanged", "reload, unchanged"), ("warm", "warm (median)"),
                        ("naive", "naive loader")):
        if name not in figures:
            continue
        f = figures[name]
        print(f"  {label:18s}: {f['rows']:>7.0f} rows in {f['seconds']:7.2f}s = {f['rows_per_second']:>7.0f} rows/s"
              f"  (server CPU {f['server_cpu_seconds']:.2f}s)")
    if "first" in figures:
        print(f"  warm runs: {', '.join(f'{s:.2f}s' for s in warm_runs)}")
        print(f"  ratio to naive: fresh {report['ratio_first_to_naive']}x, warm {report['ratio_warm_to_naive']}x")
        print(f"  server CPU per row, naive / loader: fresh {report['cpu_ratio_first_to_naive']}x, "
              f"warm {report['cpu_ratio_warm_to_naive']}x")
    if imported:
        i = imported
        print(f"  bulk import       : {i['rows']:>7.0f} rows in {i['seconds']:7.2f}s = "
              f"{i['rows_per_second']:>7.0f} rows/s  (CSV {i['csv_seconds']:.2f}s, CPU {i['csv_cpu_seconds']:.2f}s; "
              f"importer {i['importer_seconds']:.2f}s, CPU {i['importer_cpu_seconds']:.2f}s; "
              f"{i['nodes']:.0f} nodes, {i['relationships']:.0f} relationships)")
        print(f"    with stop, restart, schema, marking: {i['total_seconds']:.2f}s = "
              f"{i['total_rows_per_second']:.0f} rows/s  (stop {i['stop_seconds']:.2f}s, restart "
              f"{i['restart_seconds']:.2f}s, schema {i['schema_seconds']:.2f}s, marking {i['mark_seconds']:.2f}s; "
              f"restarted server CPU {i['restarted_server_cpu_seconds']:.2f}s)")
        print(f"    ratio to naive: {report['ratio_import_to_naive']}x (with restart etc. "
              f"{report['ratio_import_total_to_naive']}x); CPU per row, naive server / import (CSV + importer): "
              f"{report['cpu_ratio_import_to_naive']}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
