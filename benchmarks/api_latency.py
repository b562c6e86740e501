"""Uncached API latency: p50 and p99 of single requests, one after the other, with the answer cache off.

    python benchmarks/api_latency.py --home MARSAD_HOME [--requests 30] [--compare] [--json]

Starts the real `marsad serve` (uvicorn) on a free 127.0.0.1 port over the store and read model under
--home with MARSAD_API_CACHE=0, so every answer is made afresh. It picks real keys from the store (the
institution with the most events, its latest event, a person who chaired one, a document, a year), then
times each route: every REST list with and without filters (100 per page), a detail page of each kind,
`/search` in Arabic and in Latin letters, `/stats`, the dashboard page `/` and the explorer (`/graph`,
`/graph/expand`, `/ui/explore`). Each route gets one unmeasured request, then --requests measured ones.
The targets (issue 9): p50 < 30 ms and p99 < 200 ms per REST route, the dashboard page < 300 ms.
Next to the wall times it prints the server's CPU milliseconds per request (user + system time of the
server process over the measured requests, from /proc, divided by their number): on a shared machine
wall time mostly measures the wait for a core, CPU time what the answer costs.

--compare also times, in this process on the same store, the readers the API used before the read model
(SPARQL on the RDF store, `api/repo/`) against the read model's readers (`api/read/`) for the same lists,
details, stats, explorer and search, --old-requests times each (the old path is slow), and prints the
ratios. The index must exist (`marsad ingest` keeps it, `marsad index rebuild` makes it).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

PROJECT_ROOT = Path(__file__).resolve().parents[1]
REST_TARGET = (30.0, 200.0)
PAGE_TARGET = 300.0


@dataclass(frozen=True, slots=True)
class Timing:
    route: str
    kind: str  # rest, page, floor (no data read: the machine's and HTTP's own cost)
    requests: int
    p50_ms: float
    p99_ms: float
    meets_target: bool
    server_cpu_ms: float | None  # per request; None where /proc cannot tell


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of process ``pid`` so far (Linux /proc), None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _serve(home: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MARSAD_HOME": str(home), "MARSAD_API_CACHE": "0"}
    command = [sys.executable, "-m", "uvicorn", "marsad.api.app:create_app", "--factory", "--host", "127.0.0.1",
               "--port", str(port), "--workers", "1", "--log-level", "warning", "--no-access-log"]
    with log.open("wb") as out:
        return subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def _wait(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(url + "/ui/query", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start in time")
        time.sleep(0.5)


def _first(client: httpx.Client, path: str, **params: Any) -> dict[str, Any] | None:
    items = client.get(path, params={"per_page": 1, **params}).json().get("items") or []
    return items[0] if items else None


def sample(client: httpx.Client) -> dict[str, Any]:
    """Real keys to put in the routes: the institution with the most events and so on."""
    stats = client.get("/stats").json()
    per_inst: dict[str, int] = {}
    for row in stats["events_per_institution_year"]:
        per_inst[row["institution"]["key"]] = per_inst.get(row["institution"]["key"], 0) + row["events"]
    inst = max(per_inst, key=lambda k: per_inst[k]) if per_inst else (_first(client, "/institutions") or {}).get("key")
    chair = (stats["top_chairs"] or [{}])[0].get("key") or (_first(client, "/persons") or {}).get("key")
    event = _first(client, "/events", institution=inst) or _first(client, "/events") or {}
    document = _first(client, "/documents") or {}
    outlet = document.get("outlet") or "hespress"
    year = int(str(event.get("date") or document.get("published") or "2024")[:4])
    post = _first(client, "/posts", institution=inst) or _first(client, "/posts") or {}
    decision = _first(client, "/decisions") or {}
    agreement = _first(client, "/partnerships") or {}
    return {"institution": inst, "person": chair, "event": event.get("key"), "event_iri": event.get("iri"),
            "document": document.get("key"), "outlet": outlet, "year": year, "post": post.get("key"),
            "decision": decision.get("key"), "agreement": agreement.get("key")}


def routes(s: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, path) of every measured route; a route whose sample key is missing is left out."""
    def q(path: str, **params: Any) -> str:
        return f"{path}?{urlencode({'per_page': 100, **params})}" if params is not None else path

    out = [("floor", "/ui/query")]  # a page that reads no data: what the machine and HTTP cost by themselves
    out += [("rest", q(f"/{name}")) for name in
           ("institutions", "persons", "posts", "events", "decisions", "partnerships", "documents")]
    inst, person, year = s["institution"], s["person"], s["year"]
    out += [("rest", q("/institutions", kind="ministry")), ("rest", q("/institutions", q="وزارة")),
            ("rest", q("/persons", q="محمد")), ("rest", q("/events", kind="session")),
            ("rest", q("/events", year=year)),
            ("rest", q("/events", **{"from": f"{year}-01-01", "to": f"{year}-06-30"})),
            ("rest", q("/decisions", kind="budget")), ("rest", q("/decisions", action="approve")),
            ("rest", q("/documents", outlet=s["outlet"])), ("rest", q("/documents", year=year)),
            ("rest", q("/posts", as_of=f"{year}-06-30")), ("rest", q("/persons", min_confidence=0.6)),
            ("rest", q("/events", min_confidence=0.6)),
            ("rest", q("/institutions", kind="ministry", min_confidence=0.9))]
    if inst:
        out += [("rest", q("/institutions", parent=inst)), ("rest", q("/persons", institution=inst)),
                ("rest", q("/posts", institution=inst)), ("rest", q("/events", institution=inst)),
                ("rest", q("/decisions", institution=inst)), ("rest", q("/partnerships", institution=inst)),
                ("rest", f"/institutions/{inst}")]
    if person:
        out += [("rest", q("/events", person=person)), ("rest", f"/persons/{person}")]
    for kind, key in (("events", "event"), ("documents", "document"), ("posts", "post"), ("decisions", "decision"),
                      ("partnerships", "agreement")):
        if s[key]:
            out.append(("rest", f"/{kind}/{s[key]}"))
    out += [("rest", "/search?" + urlencode({"q": "المكتب الوطني"})), ("rest", "/search?" + urlencode({"q": "وزير"})),
            ("rest", "/search?" + urlencode({"q": "Mohamed"})), ("rest", "/search?" + urlencode({"q": "Benkirane"})),
            ("rest", "/stats"), ("rest", "/graph"), ("rest", "/graph?" + urlencode({"year": year}))]
    if s["event_iri"]:
        out.append(("rest", "/graph/expand?" + urlencode({"node": s["event_iri"]})))
    out += [("page", "/"), ("page", "/ui/explore")]
    if inst:
        out.append(("page", f"/ui/institution/{inst}"))
    return out


def measure(client: httpx.Client, kind: str, path: str, requests: int, server: int) -> Timing:
    answer = client.get(path)
    if answer.status_code != 200:
        raise SystemExit(f"{path}: {answer.status_code} {answer.text[:300]}")
    times = []
    cpu0 = _cpu_seconds(server)
    for _ in range(requests):
        t0 = time.perf_counter()
        client.get(path).raise_for_status()
        times.append((time.perf_counter() - t0) * 1000)
    cpu1 = _cpu_seconds(server)
    cpu = round((cpu1 - cpu0) * 1000 / requests, 1) if cpu0 is not None and cpu1 is not None else None
    p50, p99 = statistics.median(times), _percentile(times, 0.99)
    ok = (p50 < REST_TARGET[0] and p99 < REST_TARGET[1]) if kind == "rest" else p50 < PAGE_TARGET
    return Timing(path, kind, requests, round(p50, 1), round(p99, 1), ok, cpu)


def compare(home: Path, s: dict[str, Any], requests: int) -> list[dict[str, Any]]:
    """The SPARQL readers (before) and the read model's (after), in this process on the same store."""
    from marsad.api.read import details as new_details
    from marsad.api.read import graph as new_graph
    from marsad.api.read import lists as new_lists
    from marsad.api.read import stats as new_stats
    from marsad.api.read.search import Searcher
    from marsad.api.repo import details as old_details
    from marsad.api.repo import graph as old_graph
    from marsad.api.repo import lists as old_lists
    from marsad.api.repo import search as old_search
    from marsad.api.repo import stats as old_stats
    from marsad.core.settings import Settings
    from marsad.readmodel.reader import ReadIndex
    from marsad.store import RdfStore

    settings = Settings(home=home)
    store, ix = RdfStore(settings.store_path, read_only=True), ReadIndex(settings.index_path)
    searcher = Searcher(ix)
    f, inst = old_lists.Filters, s["institution"]
    cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = []
    for name in ("institutions", "persons", "posts", "events", "decisions", "partnerships", "documents"):
        cases.append((f"/{name}?per_page=100", lambda n=name: getattr(old_lists, n)(store, f(), limit=100, offset=0),
                      lambda n=name: getattr(new_lists, n)(ix, f(), limit=100, offset=0)))
    if inst:
        cases.append((f"/events?institution={inst}", lambda: old_lists.events(store, f(institution=inst), limit=100,
                      offset=0), lambda: new_lists.events(ix, f(institution=inst), limit=100, offset=0)))
        cases.append((f"/institutions/{inst}", lambda: old_details.detail(store, "institution", inst),
                      lambda: new_details.detail(ix, "institution", inst)))
    if s["person"]:
        cases.append((f"/persons/{s['person']}", lambda: old_details.detail(store, "person", s["person"]),
                      lambda: new_details.detail(ix, "person", s["person"])))
    if s["document"]:
        cases.append((f"/documents/{s['document']}", lambda: old_details.detail(store, "document", s["document"]),
                      lambda: new_details.detail(ix, "document", s["document"])))
    cases.append(("/stats", lambda: old_stats.stats(store), lambda: new_stats.stats(ix)))
    cases.append(("/graph", lambda: old_graph.overview(store, institution=None, year=None, start=None, end=None,
                                                       limit=100),
                  lambda: new_graph.overview(ix, institution=None, year=None, start=None, end=None, limit=100)))
    cases.append(("/search?q=Mohamed (first after a change: the SPARQL path builds its name index)",
                  lambda: old_search.search(old_search.build_index(store), "Mohamed", limit=20),
                  lambda: searcher.search("Mohamed", limit=20)))
    out = []
    for label, old, new in cases:
        old_ms, old_cpu = _time(old, requests)
        new_ms, new_cpu = _time(new, max(requests, 5))
        out.append({"route": label, "sparql_ms": round(old_ms, 1), "read_model_ms": round(new_ms, 1),
                    "ratio": round(old_ms / new_ms, 1) if new_ms else None,
                    "sparql_cpu_ms": round(old_cpu, 1), "read_model_cpu_ms": round(new_cpu, 1)})
        print(f"  {label}: SPARQL {old_ms:.1f} ms (cpu {old_cpu:.1f}), read model {new_ms:.1f} ms (cpu {new_cpu:.1f})",
              file=sys.stderr, flush=True)
    store.close()
    return out


def _time(call: Callable[[], object], requests: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``call`` (CPU time is what an idle machine would take)."""
    walls, cpus = [], []
    for _ in range(requests):
        t0, c0 = time.perf_counter(), time.process_time()
        call()
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path, required=True, help="MARSAD_HOME with the store and its index")
    parser.add_argument("--requests", type=int, default=30, help="measured requests per route")
    parser.add_argument("--compare", action="store_true", help="also time the SPARQL readers against the index's")
    parser.add_argument("--old-requests", type=int, default=1, help="timed calls per reader with --compare")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    home = args.home.resolve()
    port, log = _free_port(), home / "api-latency.log"
    process = _serve(home, port, log)
    url = f"http://127.0.0.1:{port}"
    try:
        started = time.perf_counter()
        _wait(url, process, log)
        ready = time.perf_counter() - started
        with httpx.Client(base_url=url, timeout=600) as client:
            keys = sample(client)
            timings = [measure(client, kind, path, args.requests, process.pid) for kind, path in routes(keys)]
    finally:
        process.terminate()
        process.wait(timeout=30)
    if not args.json:
        _print_timings(home, args.requests, ready, timings)
    compared = compare(home, keys, args.old_requests) if args.compare else []
    if args.json:
        print(json.dumps({"home": str(home), "date": date.today().isoformat(), "server_ready_s": round(ready, 1),
                          "sample": keys, "timings": [asdict(t) for t in timings], "compare": compared},
                         ensure_ascii=False, indent=2))
    elif compared:
        title = "before (SPARQL) vs after (read model), same store, in-process"
        print(f"\n{title:<70} {'SPARQL':>9} {'index':>8} {'ratio':>7} {'cpu SPARQL':>11} {'cpu index':>10}")
        for c in compared:
            print(f"{c['route'][:70]:<70} {c['sparql_ms']:>9.1f} {c['read_model_ms']:>8.1f} {c['ratio']:>6}x "
                  f"{c['sparql_cpu_ms']:>11.1f} {c['read_model_cpu_ms']:>10.1f}")


def _print_timings(home: Path, requests: int, ready: float, timings: list[Timing]) -> None:
    print(f"uncached latency (MARSAD_API_CACHE=0, 1 worker, {requests} requests per route) over {home}; "
          f"server ready in {ready:.1f} s")
    print(f"{'route':<70} {'p50 ms':>8} {'p99 ms':>8} {'cpu ms':>7}  target")
    for t in timings:
        target = {"rest": "p50<30 p99<200", "page": "<300", "floor": "no data read"}[t.kind]
        met = "met" if t.meets_target else "MISSED"
        cpu = "?" if t.server_cpu_ms is None else f"{t.server_cpu_ms:.1f}"
        print(f"{t.route[:70]:<70} {t.p50_ms:>8.1f} {t.p99_ms:>8.1f} {cpu:>7}  {met} ({target})")
    measured = [t for t in timings if t.kind != "floor"]
    missed = [t.route for t in measured if not t.meets_target]
    print(f"{len(measured) - len(missed)} of {len(measured)} routes meet their target"
          + (f"; missed: {missed}" if missed else ""), flush=True)


if __name__ == "__main__":
    main()
