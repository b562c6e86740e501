"""Helpers for the API and browser tests: a store loaded with the fixture graph, and a real uvicorn
server on a free 127.0.0.1 port (imported by test_api_*.py and test_browser_*.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox

from marsad.core.paths import ontology_files
from marsad.core.settings import Settings
from marsad.store import RdfStore

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "api" / "graph.trig"
PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Keys of fixture resources (the last segment of their IRIs).
ONEE = "f062df9c855deec9"          # المكتب الوطني للكهرباء والماء الصالح للشرب (PublicEstablishment)
BOARD = "261d0cd2a18c5728"         # مجلس الإدارة (Board, part of ONEE)
MINISTRY = "b7618c08730b7a64"      # وزارة الاقتصاد والمالية
REGION = "6364047d37fa607e"        # جهة الرباط سلا القنيطرة
BENALI = "fd20db9c867b68b9"        # محمد بنعلي
ALAOUI = "cafe69b5e8e75822"        # فاطمة الزهراء العلوي
ABDI = "f90fb8c667103fb8"          # رشيد العبدي
DG_POST = "92e0c378589353bc"       # المدير العام (of ONEE)
BOARD_SESSION = "40e36cf3a2c2e206"  # 2024-03-12
BUDGET_2024 = "695d246eda51cdd1"
AGREEMENT = "5e013bc31f1f14e4"
DOC_ONEE = "fc224a7c2f985aa0"


def load_fixture_store(home: Path) -> Path:
    """Create MARSAD_HOME/store with the fixture graph and the ontology; return the home folder."""
    store = RdfStore(home / "store")
    try:
        with FIXTURE.open("rb") as fh:
            store._store.load(fh, format=ox.RdfFormat.TRIG)
        store.load_ontology(ontology_files())
        store.flush()
    finally:
        store.close()
    return home


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class LiveServer:
    url: str
    home: Path


@contextmanager
def live_server(home: Path, *, workers: int = 1, env: dict[str, str] | None = None) -> Iterator[LiveServer]:
    """`python -m uvicorn marsad.api.app:create_app --factory` on a free port, stopped afterwards."""
    port = free_port()
    environment = {**os.environ, "MARSAD_HOME": str(home), **(env or {})}
    command = [sys.executable, "-m", "uvicorn", "marsad.api.app:create_app", "--factory", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"]
    log = home / f"uvicorn-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=environment, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # a 2-core machine shared by many runs can take this long
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server stopped: {log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(url + "/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)
        yield LiveServer(url=url, home=home)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def load_fixture_into_neo4j(home: Path, settings: Settings) -> dict[str, str]:
    """Write the fixture store's document graphs into the Neo4j of ``settings``; the environment a
    server needs to reach that Neo4j (MARSAD_NEO4J_URI and password)."""
    from marsad.neo4j.server import local_password, local_uri
    from marsad.neo4j.sink import open_sink

    sink = open_sink(settings, required=True)
    assert sink is not None
    store = RdfStore(home / "store", read_only=True)
    try:
        sink.ensure_schema()
        sink.write_from_store(store, store.document_graphs())
    finally:
        sink.close()
        with suppress(RuntimeError, OSError):
            store.close()
    uri = settings.neo4j_uri or local_uri(settings)
    return {"MARSAD_NEO4J_URI": uri, "MARSAD_NEO4J_USER": settings.neo4j_user,
            "MARSAD_NEO4J_PASSWORD": local_password(settings), "MARSAD_NEO4J_DATABASE": settings.neo4j_database}
