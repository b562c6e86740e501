"""Scale benchmark: every SaudiNewsNet article plus the Moroccan ones, ingested into one MARSAD_HOME.

    python benchmarks/scale.py [--jobs 2] [--home DIR] [--limit N] [--neo4j]
    python benchmarks/scale.py --home DIR --queries-only   # the named queries on a store filled before

Writes the SaudiNewsNet archives (../shared/corpus/saudinewsnet/*.zip, 31,030 articles) as one .jsonl in a
temporary folder (an article with empty content stays in, so the reader rejects it and it is counted),
then runs `marsad ingest` on it and on ../shared/corpus/moroccan-news/articles.jsonl with --jobs workers
into a fresh MARSAD_HOME (RDF store; also Neo4j with --neo4j). It prints documents/s, wall and CPU
seconds, the peak resident memory of the whole process tree, the store's size on disk, and the counts
(stored, quarantined, rejected, failed, and unaccounted: articles in the input that none of these counts).

Then, on that store: `benchmarks/api_latency.py --home HOME` when that script exists (in its own process,
so the two benchmarks stay independent), and every named query on the RDF store (and on Neo4j with
--neo4j), each run 3 times, with parameters picked from the data (the busiest body, chair, territory).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from measure import PeakRss, Timer, first_lines, load_average
from rich.console import Console

from marsad.core.settings import Settings
from marsad.ingest import run_ingest
from marsad.queries import NamedQuery, load_queries, run_named_sparql
from marsad.store import RdfStore

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "corpus"
MRS = "https://w3id.org/marsad/ontology#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
ONTOLOGY_GRAPH = "https://w3id.org/marsad/graph/ontology"

# For each named query, SPARQL that picks a value for each required IRI parameter from the data.
_BUSIEST_BODY = f"SELECT ?x WHERE {{ ?e <{MRS}body> ?x }} GROUP BY ?x ORDER BY DESC(COUNT(?e)) LIMIT 1"
_BUSIEST_CHAIR = (f"SELECT ?x WHERE {{ ?e <{MRS}chair> ?x . ?x a <{MRS}Person> }} "
                  "GROUP BY ?x ORDER BY DESC(COUNT(?e)) LIMIT 1")
_BUSIEST_TERRITORY = (f"SELECT ?x WHERE {{ ?a <{MRS}party> ?x . ?x a ?c . GRAPH <{ONTOLOGY_GRAPH}> "
                      f"{{ ?c <{RDFS}subClassOf>* <{MRS}TerritorialCollectivity> }} }} "
                      "GROUP BY ?x ORDER BY DESC(COUNT(DISTINCT ?a)) LIMIT 1")
PICKS: dict[str, dict[str, str]] = {
    "institution_sessions": {"institution": _BUSIEST_BODY},
    "person_timeline": {"person": _BUSIEST_CHAIR},
    "co_attendance": {"person": _BUSIEST_CHAIR},
    "territorial_partnerships": {"institution": _BUSIEST_TERRITORY},
}


def write_saudinewsnet(folder: Path, out: Path, limit: int) -> int:
    """Every article of every archive as one line of ``out``; returns how many were written."""
    n = 0
    with out.open("w", encoding="utf-8") as dst:
        for archive in sorted(folder.glob("*.zip")):
            with zipfile.ZipFile(archive) as zf:
                for member in sorted(m for m in zf.namelist() if m.endswith(".json")):
                    for i, record in enumerate(json.loads(zf.read(member).decode("utf-8"))):
                        if limit and n >= limit:
                            return n
                        dst.write(json.dumps({
                            "id": f"snn-{Path(member).stem}-{i:04d}", "title": record.get("title") or None,
                            "text": str(record.get("content") or ""),
                            "published": str(record.get("date_extracted") or "")[:10] or None,
                            "source": record.get("source") or None, "url": record.get("url") or None,
                        }, ensure_ascii=False) + "\n")
                        n += 1
    return n


def _lines(path: Path, limit: int) -> int:
    with path.open(encoding="utf-8") as src:
        n = sum(1 for line in src if line.strip())
    return min(n, limit) if limit else n


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _timed(run: Callable[[], int], times: int = 3) -> tuple[float, int]:
    """Median milliseconds of ``times`` runs, and the row count."""
    seconds, rows = [], 0
    for _ in range(times):
        t0 = time.perf_counter()
        rows = run()
        seconds.append(time.perf_counter() - t0)
    return 1000 * statistics.median(seconds), rows


def _params(store: RdfStore, q: NamedQuery) -> dict[str, str | int | None] | None:
    params: dict[str, str | int | None] = {}
    for param in q.params:
        if not param.required:
            continue
        pick = PICKS.get(q.name, {}).get(param.name)
        rows = store.select(pick) if pick else []
        if not rows:
            return None
        params[param.name] = str(getattr(rows[0]["x"], "value", rows[0]["x"]))
    return params


QUERY_MEMORY = 6 * 2**30  # address space one named query may use, in a child process of its own
QUERY_SECONDS = 120.0


def _run_capped(home: Path, q: NamedQuery, params: dict[str, str | int | None], out: Connection) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (QUERY_MEMORY, QUERY_MEMORY))
    store = RdfStore(home / "store", read_only=True)
    out.send(_timed(lambda: len(run_named_sparql(store, q, params)[1])))


def _capped(home: Path, q: NamedQuery, params: dict[str, str | int | None]) -> tuple[float, int] | str:
    """(ms, rows) of the SPARQL side of ``q``, each run in a forked child limited to ``QUERY_MEMORY`` of address
    space and ``QUERY_SECONDS``; else why it stopped. On the 32k store one query grew past 24 GB (the union
    default graph repeats a triple once per document that states it) and took the machine down with it."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_run_capped, args=(home, q, params, send))
    child.start()
    send.close()
    ready = receive.poll(QUERY_SECONDS)
    result = None
    if ready:
        try:
            result = receive.recv()
        except EOFError:  # the child died: out of memory
            result = None
    if child.is_alive():
        child.kill()
    child.join()
    if result is not None:
        return result  # type: ignore[no-any-return]
    if not ready:
        return f"stopped: ran longer than {QUERY_SECONDS:.0f} s"
    return f"failed: needed more than {QUERY_MEMORY / 2**30:.0f} GiB (exit code {child.exitcode})"


def named_queries(home: Path, settings: Settings, *, neo4j: bool) -> None:
    store = RdfStore(home / "store", read_only=True)
    driver = None
    if neo4j:
        from marsad.neo4j.server import connect
        driver = connect(settings)
    print(f"{'named query':<26}{'rows':>7}{'RDF store ms':>14}" + (f"{'Neo4j ms':>11}{'rows':>7}" if neo4j else ""))
    try:
        for name, q in sorted(load_queries().items()):
            params = _params(store, q)
            if params is None:
                print(f"{name:<26} skipped: no value in the data for its required parameters")
                continue
            outcome = _capped(home, q, params)
            if isinstance(outcome, str):
                print(f"{name:<26} {outcome}", flush=True)
                continue
            ms, rows = outcome
            line = f"{name:<26}{rows:>7}{ms:>14.1f}"
            if driver is not None:
                from marsad.queries import run_named_cypher
                cms, crows = _timed(lambda q=q, p=params: len(run_named_cypher(driver, q, p, settings)[1]))  # type: ignore[misc]
                line += f"{cms:>11.1f}{crows:>7}"
            print(line + (f"   ({', '.join(f'{k}={v}' for k, v in params.items())})" if params else ""), flush=True)
    finally:
        if driver is not None:
            driver.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    ap.add_argument("--home", type=Path, help="MARSAD_HOME to fill (must not hold a store yet); default: temporary")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles of each corpus (quick runs)")
    ap.add_argument("--neo4j", action="store_true", help="also write to Neo4j and run the named queries there")
    ap.add_argument("--queries-only", action="store_true",
                    help="ingest nothing: run the named queries on the store --home already holds")
    ap.add_argument("--saudinewsnet", type=Path, default=SHARED / "saudinewsnet")
    ap.add_argument("--moroccan", type=Path, default=SHARED / "moroccan-news" / "articles.jsonl")
    args = ap.parse_args()
    if args.queries_only:
        if args.home is None or not (args.home / "store").exists():
            sys.exit("--queries-only needs a --home that holds a store")
        named_queries(args.home, Settings(home=args.home), neo4j=args.neo4j)
        return

    with tempfile.TemporaryDirectory(prefix="marsad-scale-") as tmp:
        home = args.home or Path(tmp) / "home"
        if (home / "store").exists():
            sys.exit(f"{home} already holds a store: give an empty --home")
        snn = Path(tmp) / "saudinewsnet.jsonl"
        expected = write_saudinewsnet(args.saudinewsnet, snn, args.limit)
        moroccan = first_lines(args.moroccan, args.limit, Path(tmp) / "moroccan.jsonl") if args.limit \
            else args.moroccan
        expected += _lines(args.moroccan, args.limit)
        settings = Settings(home=home)
        print(f"load average before: {load_average()}", flush=True)
        with PeakRss() as rss, Timer() as timer:
            summary = run_ingest([snn, moroccan], settings=settings, neo4j=args.neo4j, jobs=args.jobs,
                                 console=Console(stderr=True, quiet=True))
        print(f"load average after: {load_average()}")
        quarantined, rejected, failed = len(summary.quarantined), len(summary.rejected), len(summary.failed)
        unaccounted = expected - (summary.stored + summary.unchanged + quarantined + rejected + failed)
        wall = timer.result.wall
        print(f"articles in the input {expected}, read {summary.total}: stored {summary.stored}, unchanged "
              f"{summary.unchanged}, quarantined {quarantined}, rejected {rejected}, failed {failed}, "
              f"unaccounted {unaccounted}; facts {summary.facts}")
        print(f"wall {wall:.1f} s ({wall / 60:.2f} min) with {args.jobs} job(s): {summary.total / wall:.1f} "
              f"documents/s; CPU {timer.result.cpu:.1f} s ({1000 * timer.result.cpu / max(summary.total, 1):.2f} "
              f"ms/document, whole process tree)")
        print(f"peak RSS (whole process tree, summed) {rss.peak / 2**20:.0f} MiB, peak PSS (shared pages once) "
              f"{rss.peak_pss / 2**20:.0f} MiB; store {_size(home / 'store') / 2**20:.0f} "
              f"MiB on disk; Neo4j: {summary.neo4j}")
        print("seconds per stage: " + ", ".join(f"{k} {v:.1f}" for k, v in summary.stage_seconds.items()))
        api = HERE / "api_latency.py"
        if api.exists():
            print(f"$ python benchmarks/api_latency.py --home {home}", flush=True)
            subprocess.run([sys.executable, str(api), "--home", str(home)], check=False)
        else:
            print("benchmarks/api_latency.py is not there: no API latency figures")
        named_queries(home, settings, neo4j=args.neo4j)


if __name__ == "__main__":
    main()
