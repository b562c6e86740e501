"""`marsad neo4j start|status|stop` on a private server (own MARSAD_HOME and port): starting twice runs one
server, the password file is private, stop is clean and idempotent."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
from process_helpers import free_port, run_marsad

from marsad.core.settings import Settings
from marsad.neo4j import server

pytestmark = pytest.mark.neo4j


def _marsad(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_marsad(env, *args, timeout=300)


def _launchers(home: Path) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().decode("utf-8", "replace").split("\0")
            except OSError:
                continue
            if server.MAIN_CLASS in cmdline and str(home.resolve() / "neo4j") in cmdline:
                found.append(entry.name)
    return found


def test_start_twice_status_stop(tmp_path: Path) -> None:
    if not (server.LAUNCHER_JAR.exists() or os.environ.get("MARSAD_REQUIRE_NEO4J") == "1"):
        pytest.skip("the Neo4j launcher is not built (bash .ci/neo4j-setup.sh)")
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env |= {"MARSAD_HOME": str(home), "MARSAD_NEO4J_BOLT_PORT": str(free_port())}
    settings = Settings(home=home, neo4j_bolt_port=int(env["MARSAD_NEO4J_BOLT_PORT"]), neo4j_uri=None,
                        neo4j_password=None)
    try:
        first = _marsad(env, "neo4j", "start")
        assert first.returncode == 0, first.stderr
        pid = server.running_pid(settings)
        assert pid is not None
        second = _marsad(env, "neo4j", "start")
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stderr
        assert server.running_pid(settings) == pid
        assert _launchers(home) == [str(pid)]
        mode = stat.S_IMODE((home / "neo4j" / "password").stat().st_mode)
        assert mode == 0o600
        status = _marsad(env, "neo4j", "status")
        assert status.returncode == 0 and "running" in status.stderr and str(pid) in status.stderr
        assert "0 nodes" in status.stderr
        with server.connect(settings) as driver:
            assert driver.execute_query("RETURN 1 AS one")[0][0]["one"] == 1
    finally:
        stopped = _marsad(env, "neo4j", "stop")
    assert stopped.returncode == 0 and "stopped" in stopped.stderr
    assert server.running_pid(settings) is None and _launchers(home) == []
    again = _marsad(env, "neo4j", "stop")
    assert "not running" in again.stderr
    status = _marsad(env, "neo4j", "status")
    assert status.returncode == 3 and "not running" in status.stderr


def test_the_launcher_is_rebuilt_when_a_source_is_newer_than_its_jar(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkout whose jar predates a Java source (ImportLauncher came after Launcher) gets it rebuilt."""
    java = tmp_path / "src" / "main" / "java" / "ma" / "marsad" / "ImportLauncher.java"
    java.parent.mkdir(parents=True)
    java.write_text("class ImportLauncher {}\n")
    (tmp_path / "pom.xml").write_text("<project/>\n")
    jar = tmp_path / "target" / "neo4j-launcher.jar"
    jar.parent.mkdir()
    jar.write_bytes(b"")
    monkeypatch.setattr(server, "LAUNCHER_DIR", tmp_path)
    monkeypatch.setattr(server, "LAUNCHER_JAR", jar)
    os.utime(java, (1_000_000, 1_000_000))
    os.utime(tmp_path / "pom.xml", (1_000_000, 1_000_000))
    os.utime(jar, (2_000_000, 2_000_000))
    assert not server._launcher_stale()
    os.utime(java, (3_000_000, 3_000_000))
    assert server._launcher_stale()
