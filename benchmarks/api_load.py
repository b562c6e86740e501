"""API load benchmark: requests/s and p50/p99 latency at 20 concurrent clients for an entity page, a
REST list, a named query and a SPARQL query.

    python benchmarks/api_load.py [--home MARSAD_HOME] [--workers 2] [--seconds 5] [--connections 20]

Starts the real `marsad serve` (uvicorn, httptools + uvloop) on a free 127.0.0.1 port over a store: the
API test fixture (tests/fixtures/api/graph.trig + the ontology, loaded into a temporary MARSAD_HOME) or
the store under --home. The load is bounded in time per route and comes from Debian's `wrk` when
installed (apt-get install wrk), else from an httpx async client (also bounded in count). Each route
gets one request first, then --warmup unmeasured seconds of load: answers are cached per store
generation, so this measures the cached path, which is what a dashboard hitting the same pages sees.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import pyoxigraph as ox

from marsad.core.paths import ontology_files
from marsad.store import RdfStore

PROJECT_ROOT = Path(__file__).resolve().parents[1]

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "api" / "graph.trig"
SPARQL = ("PREFIX mrs: <https://w3id.org/marsad/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          "SELECT DISTINCT ?chair ?date WHERE { ?e mrs:chair ?c ; mrs:date ?date . ?c rdfs:label ?chair } "
          "ORDER BY ?date LIMIT 100")


@dataclass(frozen=True, slots=True)
class Result:
    route: str
    requests: int
    errors: int
    per_second: float
    p50_ms: float
    p99_ms: float
    tool: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fixture_home(folder: Path) -> Path:
    store = RdfStore(folder / "store")
    with FIXTURE.open("rb") as fh:
        store._store.load(fh, format=ox.RdfFormat.TRIG)
    store.load_ontology(ontology_files())
    store.close()
    return folder


def start_server(home: Path, *, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "MARSAD_HOME": str(home)}
    process = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--host", "127.0.0.1", "--port", str(port),
                                "--workers", str(workers)], cwd=PROJECT_ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server stopped while starting")
        try:
            if httpx.get(url + "/stats", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.terminate()
    raise SystemExit("the server did not start within 60 s")


def routes(url: str) -> dict[str, str]:
    """One path per kind of route, taken from the store being served."""
    person = httpx.get(url + "/persons", params={"per_page": 1}).json()["items"][0]["key"]
    return {
        "entity page": f"/ui/person/{person}",
        "REST list": "/events?per_page=20",
        "named query": "/queries/chairs",
        "SPARQL query": "/sparql?query=" + quote(SPARQL),
    }


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    found = re.match(r"([\d.]+)(us|ms|s)", text.strip())
    if not found:
        return float("nan")
    return float(found.group(1)) * _UNITS[found.group(2)]


def run_wrk(url: str, name: str, path: str, *, connections: int, seconds: int, threads: int) -> Result:
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url + path],
                         check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    errors_found = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = int(errors_found.group(1)) if errors_found else 0
    errors += sum(int(g) for g in socket_errors.groups()) if socket_errors else 0
    # the "Latency Distribution" lines (a bare "50%" also ends "+/- Stdev" figures such as 95.50%)
    p50 = _ms(re.search(r"^\s*50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s*99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    return Result(name, total, errors, rate, p50, p99, f"wrk -t{threads} -c{connections}")


async def _client_load(url: str, path: str, *, connections: int, seconds: int, limit: int) -> tuple[list[float], int]:
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        async def one_client() -> None:
            nonlocal errors
            while time.monotonic() < deadline and len(latencies) < limit:
                start = time.perf_counter()
                answer = await client.get(path)
                latencies.append((time.perf_counter() - start) * 1000)
                errors += answer.status_code >= 400
        await asyncio.gather(*(one_client() for _ in range(connections)))
    return latencies, errors


def run_httpx(url: str, name: str, path: str, *, connections: int, seconds: int) -> Result:
    start = time.perf_counter()
    latencies, errors = asyncio.run(_client_load(url, path, connections=connections, seconds=seconds, limit=200_000))
    wall = time.perf_counter() - start
    cuts = statistics.quantiles(latencies, n=100)
    return Result(name, len(latencies), errors, len(latencies) / wall, cuts[49], cuts[98],
                  f"httpx async, {connections} clients")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--home", type=Path, help="serve this MARSAD_HOME instead of the test fixture")
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes (default 2)")
    ap.add_argument("--connections", type=int, default=20, help="concurrent clients (default 20)")
    ap.add_argument("--seconds", type=int, default=5, help="load time per route (default 5)")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    ap.add_argument("--warmup", type=int, default=1, help="unmeasured seconds of load per route first (default 1)")
    ap.add_argument("--client", choices=["auto", "wrk", "httpx"], default="auto", help="load generator")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="marsad-api-load-") as tmp:
        home = args.home or fixture_home(Path(tmp))
        process, url = start_server(home, workers=args.workers)
        try:
            use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk") is not None)
            print(f"server: {url} (marsad serve --workers {args.workers}), store: {home}, cores: {os.cpu_count()}")
            results = []
            for name, path in routes(url).items():
                assert httpx.get(url + path, timeout=30).status_code == 200, path  # fills the cache (and checks)
                if use_wrk:
                    if args.warmup:  # unmeasured: lets the server's start-up work (SPARQL workers) settle
                        run_wrk(url, name, path, connections=args.connections, seconds=args.warmup,
                                threads=args.threads)
                    results.append(run_wrk(url, name, path, connections=args.connections, seconds=args.seconds,
                                           threads=args.threads))
                else:
                    results.append(run_httpx(url, name, path, connections=args.connections, seconds=args.seconds))
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"{'route':<14} {'requests':>9} {'errors':>7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}  load")
    for r in results:
        print(f"{r.route:<14} {r.requests:>9} {r.errors:>7} {r.per_second:>9.0f} {r.p50_ms:>8.2f} "
              f"{r.p99_ms:>8.2f}  {r.tool}")


if __name__ == "__main__":
    main()
