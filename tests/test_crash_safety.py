"""Crash safety with real kills: `kill -9` of a real `marsad ingest` in its RDF phase and in its Neo4j phase,
and of the Neo4j server mid-load. After a rerun the RDF store equals that of a clean run (same SHA-256 of its
sorted canonical N-Quads) and `marsad neo4j check` agrees.

The kills are timed on what the stores hold, not on a sleep: the RDF store is polled (read-only, as the API
reads it) until part of the documents are in; Neo4j is polled until part of the Document nodes are marked
loaded. Batches of 100 rows make the Neo4j load many transactions long. The ingest-kill tests use the test
run's Neo4j (wiped first); the server-kill test runs its own server (own MARSAD_HOME, free port).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import neo4j
import pytest
from process_helpers import free_port, run_marsad

from marsad.core.errors import MarsadError
from marsad.core.settings import Settings
from marsad.neo4j import server
from marsad.store import RdfStore

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "moroccan-news" / "articles.jsonl"
N = 300  # the first N Moroccan articles: enough for a kill to land mid-phase, short enough for CI
BATCH = "100"  # MARSAD_NEO4J_BATCH_SIZE in the killed runs: a Neo4j load of many small transactions
STORE_BULK = "40"  # MARSAD_STORE_BULK in all runs: an RDF phase of several bulk loads, for a kill to land among


def _env(home: Path, *, neo4j_uri: str | None = None, password: str | None = None,
         port: int | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env |= {"MARSAD_HOME": str(home), "MARSAD_NEO4J_BATCH_SIZE": BATCH, "MARSAD_STORE_BULK": STORE_BULK,
            "COLUMNS": "300"}
    if neo4j_uri:
        env |= {"MARSAD_NEO4J_URI": neo4j_uri, "MARSAD_NEO4J_PASSWORD": password or ""}
    if port:
        env["MARSAD_NEO4J_BOLT_PORT"] = str(port)
    return env


def _marsad(env: dict[str, str], *args: str, timeout: float = 1200) -> subprocess.CompletedProcess[str]:
    return run_marsad(env, *args, timeout=timeout)


@contextlib.contextmanager
def _ingest_process(env: dict[str, str], subset: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A real `marsad ingest` in its own process group (its worker processes are cleaned up afterwards)."""
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "marsad", "ingest", "--jobs", "2", str(subset)], env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the pool workers a killed ingest leaves behind
        proc.wait()


def _wait_for(proc: subprocess.Popen[bytes], condition: Callable[[], bool], *, what: str, log: Path,
              timeout: float = 1200) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the ingest ended (exit {proc.returncode}) before {what}:\n{log.read_text()[-2000:]}")
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"no {what} within {timeout:.0f}s")


def _kill9(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=60) == -signal.SIGKILL


def _stored_documents(home: Path) -> int:
    """How many document graphs the RDF store holds now (-1 while it cannot be opened read-only)."""
    try:
        store = RdfStore(home / "store", read_only=True)
    except (MarsadError, OSError):
        return -1
    try:
        return len(store.document_graphs())
    except (OSError, RuntimeError):
        return -1
    finally:
        with contextlib.suppress(OSError, RuntimeError):
            store.close()


def _loaded_documents(driver: neo4j.Driver) -> int:
    records, _, _ = driver.execute_query("MATCH (d:Document) WHERE d.loaded_hash IS NOT NULL RETURN count(d) AS n")
    return int(records[0]["n"])


def _digest(home: Path) -> tuple[str, int]:
    store = RdfStore(home / "store", read_only=True)
    try:
        return store.digest()
    finally:
        store.close()


@pytest.fixture(scope="module")
def subset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ARTICLES.is_file():
        pytest.skip(f"{ARTICLES} is not there (shared texts are not in the repo)")
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    with ARTICLES.open("rb") as src:
        path.write_bytes(b"".join(line for _, line in zip(range(N), src, strict=False)))
    return path


@pytest.fixture(scope="module")
def clean(subset: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[str, int]]:
    """A clean, uninterrupted ingest of the subset into the RDF store: its home and its digest."""
    home = tmp_path_factory.mktemp("clean") / "home"
    result = _marsad(_env(home), "ingest", "--no-neo4j", "--jobs", "2", str(subset))
    assert result.returncode == 0, result.stderr
    digest = _digest(home)
    assert _stored_documents(home) == N and digest[1] > N * 10
    return home, digest


def _shared_neo4j(settings: Settings) -> tuple[str, str]:
    if settings.neo4j_uri:
        return settings.neo4j_uri, settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
    return server.local_uri(settings), server.local_password(settings)


def _rerun_heals(env: dict[str, str], subset: Path, home: Path, clean_digest: tuple[str, int]) -> None:
    rerun = _marsad(env, "ingest", "--jobs", "2", str(subset))
    assert rerun.returncode == 0, rerun.stderr
    assert "did not finish: it was killed or crashed" in rerun.stderr  # the stale lock, named and taken over
    assert _digest(home) == clean_digest
    check = _marsad(env, "neo4j", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Neo4j agrees with the RDF store" in check.stderr


def test_kill_9_in_the_rdf_phase_then_rerun_equals_a_clean_run(
        subset: Path, clean: tuple[Path, tuple[str, int]], neo4j_settings: Settings, tmp_path: Path) -> None:
    uri, password = _shared_neo4j(neo4j_settings)
    home = tmp_path / "home"
    env = _env(home, neo4j_uri=uri, password=password)
    log = tmp_path / "ingest.log"
    with _ingest_process(env, subset, log) as proc:
        _wait_for(proc, lambda: _stored_documents(home) >= N // 3, what=f"{N // 3} documents in the RDF store",
                  log=log)
        _kill9(proc)
    stored = _stored_documents(home)
    assert 0 < stored < N, f"the kill did not land mid-phase: {stored} of {N} documents stored"
    _rerun_heals(env, subset, home, clean[1])


def test_kill_9_in_the_neo4j_phase_then_rerun_equals_a_clean_run(
        subset: Path, clean: tuple[Path, tuple[str, int]], neo4j_settings: Settings, tmp_path: Path) -> None:
    """The RDF store is complete (a copy of the clean one); this ingest only loads Neo4j, and is killed doing so."""
    uri, password = _shared_neo4j(neo4j_settings)
    home = tmp_path / "home"
    shutil.copytree(clean[0] / "store", home / "store")
    env = _env(home, neo4j_uri=uri, password=password)
    log = tmp_path / "ingest.log"
    with neo4j.GraphDatabase.driver(uri, auth=(neo4j_settings.neo4j_user, password)) as driver, \
            _ingest_process(env, subset, log) as proc:
        _wait_for(proc, lambda: _loaded_documents(driver) >= N // 3, what=f"{N // 3} documents loaded in Neo4j",
                  log=log)
        _kill9(proc)
        loaded = _loaded_documents(driver)
    assert loaded < N, f"the kill did not land mid-load: {loaded} of {N} documents loaded"
    assert _marsad(env, "neo4j", "check").returncode == 1  # the interrupted load shows
    _rerun_heals(env, subset, home, clean[1])


def test_neo4j_server_killed_mid_load_is_reported_and_sync_heals_it(
        subset: Path, clean: tuple[Path, tuple[str, int]], tmp_path: Path) -> None:
    if not (server.LAUNCHER_JAR.exists() or os.environ.get("MARSAD_REQUIRE_NEO4J") == "1"):
        pytest.skip("the Neo4j launcher is not built (bash .ci/neo4j-setup.sh)")
    home = tmp_path / "home"
    port = free_port()
    env = _env(home, port=port)
    own = Settings(home=home, neo4j_bolt_port=port, neo4j_uri=None, neo4j_password=None)
    shutil.copytree(clean[0] / "store", home / "store")
    log = tmp_path / "ingest.log"
    try:
        started = _marsad(env, "neo4j", "start", "--timeout", "600")
        assert started.returncode == 0, started.stderr
        launcher = server.running_pid(own)
        assert launcher is not None
        with server.connect(own) as driver, _ingest_process(env, subset, log) as proc:
            _wait_for(proc, lambda: _loaded_documents(driver) >= N // 3,
                      what=f"{N // 3} documents loaded in Neo4j", log=log)
            os.kill(launcher, signal.SIGKILL)  # the Neo4j server dies mid-load
            code = proc.wait(timeout=600)
        output = log.read_text(encoding="utf-8")
        assert code == 1, output
        assert "FAILED" in output and "rerun `marsad ingest` or `marsad neo4j sync`" in output, output
        assert "Traceback" not in output
        assert _digest(home) == clean[1]  # the RDF store is untouched
        restarted = _marsad(env, "neo4j", "start", "--timeout", "600")
        assert restarted.returncode == 0, restarted.stderr
        assert _marsad(env, "neo4j", "check").returncode == 1  # the cut load shows
        synced = _marsad(env, "neo4j", "sync", "--only-stale")
        assert synced.returncode == 0, synced.stderr
        check = _marsad(env, "neo4j", "check")
        assert check.returncode == 0, check.stdout + check.stderr
    finally:
        with contextlib.suppress(MarsadError):
            server.stop(own)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            pid = server.running_pid(own)
            if pid is not None:
                os.kill(pid, signal.SIGKILL)
