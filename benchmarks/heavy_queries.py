"""How a cheap query fares while heavy ones run into their timeouts.

    python benchmarks/heavy_queries.py [--requests 60] [--timeout 4] [--no-neo4j]

Starts the real `marsad serve` (2 workers) over the test fixture store on a free 127.0.0.1 port, with
Neo4j when one answers (MARSAD_NEO4J_URI, or the server `marsad neo4j start` runs: its database is
overwritten with the fixture graph). Measures, for each cheap query, the latency of --requests
sequential requests when the server is idle, then again while one client keeps sending a
cartesian-product SPARQL query and another a heavy Cypher query, each running into
MARSAD_QUERY_TIMEOUT. Prints p50/p99 side by side and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from api_load import fixture_home, start_server  # noqa: E402 - the sibling benchmark's server helpers

HEAVY_SPARQL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
HEAVY_CYPHER = ("MATCH (a), (b), (c), (d), (e) WHERE size(coalesce(a.iri, '') + coalesce(b.iri, '') + "
                "coalesce(c.iri, '') + coalesce(d.iri, '') + coalesce(e.iri, '')) > 0 RETURN count(*) AS n")


def cheap_requests(neo4j: bool) -> dict[str, tuple[str, str, object]]:
    found: dict[str, tuple[str, str, object]] = {
        "SPARQL (uncached)": ("GET", "/sparql",
                              lambda n: {"params": {"query": f"SELECT ?x WHERE {{ BIND({n} AS ?x) }}"}}),
        "REST list (uncached)": ("GET", "/institutions", lambda n: {"params": {"q": str(n), "per_page": 5}}),
    }
    if neo4j:
        found["Cypher (uncached)"] = ("POST", "/cypher", lambda n: {"json": {"query": f"RETURN {n} AS x"}})
    return found


def load_neo4j(home: Path) -> dict[str, str] | None:
    """Write the fixture graph into the Neo4j of the environment; its connection settings, or None."""
    from marsad.core.errors import Neo4jUnavailable
    from marsad.core.settings import Settings
    from marsad.neo4j.server import local_password, local_uri
    from marsad.neo4j.sink import open_sink
    from marsad.store import RdfStore

    settings = Settings()
    try:
        sink = open_sink(settings, required=True)
    except Neo4jUnavailable as exc:
        print(f"no Neo4j ({exc.message}): Cypher left out")
        return None
    assert sink is not None
    store = RdfStore(home / "store", read_only=True)
    try:
        sink.ensure_schema()
        sink.write_from_store(store, store.document_graphs())
    finally:
        sink.close()
        store.close()
    return {"MARSAD_NEO4J_URI": settings.neo4j_uri or local_uri(settings), "MARSAD_NEO4J_USER": settings.neo4j_user,
            "MARSAD_NEO4J_PASSWORD": local_password(settings)}


def measure(url: str, requests: int, name: str, spec: tuple[str, str, object], offset: int) -> tuple[list[float], int]:
    method, path, make = spec
    latencies: list[float] = []
    failed = 0
    with httpx.Client(base_url=url, timeout=60) as client:
        for i in range(requests):
            start = time.perf_counter()
            answer = client.request(method, path, **make(offset + i))  # type: ignore[operator]
            latencies.append((time.perf_counter() - start) * 1000)
            failed += answer.status_code != 200
    return latencies, failed


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--timeout", type=float, default=4.0, help="MARSAD_QUERY_TIMEOUT of the server")
    parser.add_argument("--no-neo4j", action="store_true")
    args = parser.parse_args()
    home = fixture_home(Path(tempfile.mkdtemp(prefix="marsad-heavy-")))
    neo4j_env = None if args.no_neo4j else load_neo4j(home)
    os.environ.update({"MARSAD_QUERY_TIMEOUT": str(args.timeout), **(neo4j_env or {})})
    process, url = start_server(home, workers=2)
    try:
        cheap = cheap_requests(neo4j_env is not None)
        idle = {name: measure(url, args.requests, name, spec, 0) for name, spec in cheap.items()}
        stop = threading.Event()
        heavy_status: Counter[str] = Counter()

        def keep_sending(method: str, path: str, kwargs: dict[str, object], label: str) -> None:
            with httpx.Client(base_url=url, timeout=120) as client:
                while not stop.is_set():
                    heavy_status[f"{label} {client.request(method, path, **kwargs).status_code}"] += 1  # type: ignore[arg-type]

        heavy = [threading.Thread(target=keep_sending, args=("GET", "/sparql", {"params": {"query": HEAVY_SPARQL}},
                                                             "SPARQL"))]
        if neo4j_env is not None:
            heavy.append(threading.Thread(target=keep_sending,
                                          args=("POST", "/cypher", {"json": {"query": HEAVY_CYPHER}}, "Cypher")))
        for thread in heavy:
            thread.start()
        time.sleep(0.5)
        loaded = {name: measure(url, args.requests, name, spec, 10_000) for name, spec in cheap.items()}
        stop.set()
        for thread in heavy:
            thread.join()
    finally:
        process.terminate()
        process.wait(timeout=30)
    print(f"\ncheap queries, {args.requests} sequential requests each; MARSAD_QUERY_TIMEOUT={args.timeout:g}; "
          f"heavy answers: {dict(heavy_status)}")
    print(f"{'query':<22} {'idle p50':>9} {'idle p99':>9} {'heavy p50':>10} {'heavy p99':>10} {'p99 ratio':>9} failed")
    for name in cheap:
        (a, fa), (b, fb) = idle[name], loaded[name]
        print(f"{name:<22} {pct(a, 50):8.1f}ms {pct(a, 99):8.1f}ms {pct(b, 50):9.1f}ms {pct(b, 99):9.1f}ms "
              f"{pct(b, 99) / pct(a, 99):8.1f}x {fa + fb}")


if __name__ == "__main__":
    main()
