"""Neo4j write benchmark: rows/s of the batched loader (UNWIND … MERGE, one transaction per batch) and,
in the same run on the same rows, of a naive loader (one MERGE per row, one transaction per row).

    python benchmarks/neo4j_write.py                     # the corpus, if ../shared has it, else synthetic
    python benchmarks/neo4j_write.py --synthetic 3000    # 3000 synthetic documents
    python benchmarks/neo4j_write.py --naive-rows 3000 --json

Rows come from build_graph over ../shared/corpus/moroccan-news/articles.jsonl (extraction included,
not timed) or from marsad.neo4j.samples. Writes to the configured or running Neo4j
(MARSAD_NEO4J_URI or `marsad neo4j start`); the database must be empty unless --wipe is given, and is
wiped between the two loaders.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import neo4j

from marsad.core.settings import get_settings
from marsad.neo4j.mapping import load_mapping
from marsad.neo4j.rows import DocumentRows, document_rows, triples_from_rdflib
from marsad.neo4j.samples import synthetic_documents
from marsad.neo4j.sink import Neo4jSink, open_sink

PROJECT_ROOT = Path(__file__).resolve().parents[1]

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "moroccan-news" / "articles.jsonl"


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
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def naive_load(driver: neo4j.Driver, database: str, docs: list[DocumentRows], limit: int) -> int:
    """One MERGE per row, one transaction per row (the loader's statements without UNWIND)."""
    from marsad.neo4j.sink import node_statement, rel_statement

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
                one(session, node_statement(node.labels), {"iri": node.iri, "props": node.props, "source": doc.source})
                written += 1
            for rel in doc.rels:
                if written >= limit:
                    return written
                one(session, rel_statement(rel.type),
                    {"start": rel.start, "end": rel.end, "quotes": list(rel.quotes), "source": doc.source})
                written += 1
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synthetic", type=int, default=0, help="use N synthetic documents instead of the corpus")
    ap.add_argument("--limit", type=int, default=0, help="at most N corpus documents")
    ap.add_argument("--naive-rows", type=int, default=2000, help="rows the naive loader writes (bounded)")
    ap.add_argument("--repeat", type=int, default=3, help="batched runs after one warm-up (the median is reported)")
    ap.add_argument("--wipe", action="store_true", help="wipe a non-empty database first")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    settings = get_settings()
    sink = open_sink(settings, required=True)
    assert isinstance(sink, Neo4jSink)
    driver, database = sink._driver, settings.neo4j_database
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=database)[0][0]["n"]
    if nodes and not args.wipe:
        print(f"the database holds {nodes} nodes: use a throwaway Neo4j, or pass --wipe", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    if args.synthetic or not CORPUS.exists():
        source, docs = f"synthetic ({args.synthetic or 2000} documents)", synthetic_rows(args.synthetic or 2000)
    else:
        source, docs = f"corpus {CORPUS.name}", corpus_rows(CORPUS, args.limit)
    prepare = time.perf_counter() - t0
    total = sum(d.size for d in docs)

    wipe(driver, database)
    t0 = time.perf_counter()
    sink.write_rows(docs)  # warm-up: the server's JIT compiles the statements' code paths
    warm_up = time.perf_counter() - t0
    runs = []
    for _ in range(max(1, args.repeat)):
        wipe(driver, database)
        t0 = time.perf_counter()
        batched_rows = sink.write_rows(docs)
        runs.append(time.perf_counter() - t0)
    batched = statistics.median(runs)

    wipe(driver, database)
    t0 = time.perf_counter()
    naive_rows = naive_load(driver, database, docs, args.naive_rows)
    naive = time.perf_counter() - t0
    wipe(driver, database)
    sink.close()

    figures = {
        "source": source, "documents": len(docs), "rows": total, "batch_size": settings.neo4j_batch_size,
        "prepare_seconds": round(prepare, 2),
        "batched": {"rows": batched_rows, "seconds": round(batched, 3), "runs": [round(r, 3) for r in runs],
                    "warm_up_seconds": round(warm_up, 3),
                    "rows_per_second": round(batched_rows / batched)},
        "naive": {"rows": naive_rows, "seconds": round(naive, 3), "rows_per_second": round(naive_rows / naive)},
    }
    figures["speedup"] = round((batched_rows / batched) / max(1e-9, naive_rows / naive), 1)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{source}: {len(docs)} documents, {total} rows (batch size {settings.neo4j_batch_size})")
        print(f"  batched loader : {batched_rows:>7} rows in {batched:7.2f}s = {batched_rows / batched:9.0f} rows/s"
              f"  (median of {len(runs)}: {', '.join(f'{r:.2f}s' for r in runs)}; warm-up run {warm_up:.2f}s)")
        print(f"  naive loader   : {naive_rows:>7} rows in {naive:7.2f}s = {naive_rows / naive:9.0f} rows/s")
        print(f"  speed-up       : {figures['speedup']}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
