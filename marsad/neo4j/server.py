"""The local Neo4j server (`marsad neo4j start|stop|status`) and ``connect(settings)``.

The server is Neo4j Community embedded in a small Java launcher (neo4j-launcher/, built with Maven),
with its data and logs under MARSAD_HOME/neo4j, Bolt on 127.0.0.1 and authentication on. Its password
comes from MARSAD_NEO4J_PASSWORD or is generated once into MARSAD_HOME/neo4j/password (mode 600); it
reaches the launcher through an environment variable, never the command line.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.core.errors import ConfigurationError, Neo4jUnavailable
from marsad.core.paths import PACKAGE_DIR
from marsad.core.settings import Settings

if TYPE_CHECKING:  # the driver is imported where it is used: `marsad ingest` with no Neo4j never loads it
    import neo4j

LAUNCHER_DIR = PACKAGE_DIR.parent / "neo4j-launcher"
LAUNCHER_JAR = LAUNCHER_DIR / "target" / "neo4j-launcher.jar"
LAUNCHER_LIB = LAUNCHER_DIR / "target" / "lib"
MAIN_CLASS = "ma.marsad.Launcher"
PASSWORD_ENV = "MARSAD_NEO4J_LAUNCHER_PASSWORD"
# C1 only (TieredStopAtLevel=1) and the parallel collector: on a 2-core machine the C2 compiler threads spent
# about as much CPU as the load itself during a freshly started server's first load (12.9 s of server CPU for
# the corpus, 6.4 s of it compiling, against 4.5 s with these options; warm loads cost about the same either
# way: benchmarks/neo4j_write.py and the README's Neo4j figures).
JVM_OPTIONS = ("-Xms512m", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError",
               "-XX:+DisableExplicitGC", "-XX:-OmitStackTraceInFastThrow", "-Djdk.nio.maxCachedBufferSize=1024",
               "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
               "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-Dfile.encoding=UTF-8")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class ServerStatus:
    """What `marsad neo4j status` reports about the local server."""

    running: bool
    uri: str
    pid: int | None
    home: Path


def _run_dir(settings: Settings) -> Path:
    return settings.neo4j_home / "run"


def local_uri(settings: Settings) -> str:
    return f"bolt://127.0.0.1:{settings.neo4j_bolt_port}"


def local_password(settings: Settings) -> str:
    """MARSAD_NEO4J_PASSWORD, else the generated one under MARSAD_HOME/neo4j/password (made once)."""
    if settings.neo4j_password is not None:
        return settings.neo4j_password.get_secret_value()
    path = settings.neo4j_home / "password"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    settings.neo4j_home.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(password + "\n")
    return password


def _launcher_stale() -> bool:
    """Whether a source of the launcher (its pom.xml or a Java file) changed after its jar was built."""
    built = LAUNCHER_JAR.stat().st_mtime
    sources = [LAUNCHER_DIR / "pom.xml", *(LAUNCHER_DIR / "src").rglob("*.java")]
    return any(path.stat().st_mtime > built for path in sources)


def build_launcher(*, progress: Progress = lambda _: None, force: bool = False) -> None:
    """Build neo4j-launcher/ with Maven unless its jar is there and newer than its sources."""
    if LAUNCHER_JAR.exists() and LAUNCHER_LIB.is_dir() and not force and not _launcher_stale():
        return
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        raise ConfigurationError(
            f"cannot build the Neo4j launcher: {' and '.join(missing)} not found. Install Java 17+ and Maven "
            "(e.g. `apt-get install openjdk-17-jdk-headless maven`), or use your own Neo4j by setting "
            "MARSAD_NEO4J_URI, MARSAD_NEO4J_USER and MARSAD_NEO4J_PASSWORD.")
    progress("building the Neo4j launcher with Maven (first time only: downloads Neo4j from Maven Central)")
    result = subprocess.run(["mvn", "-q", "-f", str(LAUNCHER_DIR / "pom.xml"), "package"],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = (result.stdout + result.stderr).strip().splitlines()[-15:]
        raise ConfigurationError("building the Neo4j launcher failed:\n" + "\n".join(tail))


def _alive(pid: int) -> bool:
    """True when ``pid`` is a running launcher (not a recycled pid of some other program)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc: trust the signal
    return MAIN_CLASS.encode() in cmdline


def running_pid(settings: Settings) -> int | None:
    """The pid of the local launcher when it runs, else None (stale pid files are ignored)."""
    pid_file = _run_dir(settings) / "launcher.pid"
    try:
        pid = int(pid_file.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) else None


@contextlib.contextmanager
def _start_lock(settings: Settings) -> Iterator[None]:
    run = _run_dir(settings)
    run.mkdir(parents=True, exist_ok=True)
    with (run / "start.lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _wait_for_bolt(settings: Settings, alive: Callable[[], bool], *, timeout: float, progress: Progress) -> None:
    deadline = time.monotonic() + timeout
    auth = (settings.neo4j_user, local_password(settings))
    last_report = 0.0
    import neo4j
    from neo4j.exceptions import AuthError, DriverError, Neo4jError

    while time.monotonic() < deadline:
        if not alive():
            raise Neo4jUnavailable(f"the Neo4j launcher exited during start-up; see {_log_path(settings)}:\n"
                                   + _log_tail(settings))
        if (_run_dir(settings) / "ready").exists():
            try:
                with neo4j.GraphDatabase.driver(local_uri(settings), auth=auth, connection_timeout=3) as driver:
                    driver.verify_connectivity()
                return
            except AuthError as exc:
                raise Neo4jUnavailable(f"Neo4j refused the password: {exc.message}") from exc
            except (DriverError, Neo4jError, OSError):
                pass
        if time.monotonic() - last_report > 5:
            progress(f"waiting for Bolt on {local_uri(settings)} …")
            last_report = time.monotonic()
        time.sleep(0.5)
    raise Neo4jUnavailable(f"Neo4j did not answer on {local_uri(settings)} within {timeout:.0f}s; "
                           f"see {_log_path(settings)}")


def _log_path(settings: Settings) -> Path:
    return settings.neo4j_home / "logs" / "launcher.log"


def _log_tail(settings: Settings, lines: int = 20) -> str:
    try:
        return "\n".join(_log_path(settings).read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def start(settings: Settings, *, timeout: float = 180.0, progress: Progress = lambda _: None) -> ServerStatus:
    """Start the local server unless it already runs; wait until Bolt answers."""
    with _start_lock(settings):
        pid = running_pid(settings)
        if pid is None:
            build_launcher(progress=progress)
            home = settings.neo4j_home.resolve()
            (home / "logs").mkdir(parents=True, exist_ok=True)
            (_run_dir(settings) / "ready").unlink(missing_ok=True)
            classpath = f"{LAUNCHER_JAR}{os.pathsep}{LAUNCHER_LIB}/*"
            env = {**os.environ, PASSWORD_ENV: local_password(settings)}
            progress(f"starting Neo4j (data in {home}, logs in {home / 'logs'})")
            with _log_path(settings).open("ab") as log:
                process = subprocess.Popen(  # detached: survives this command
                    ["java", *JVM_OPTIONS, "-cp", classpath, MAIN_CLASS, str(home), str(settings.neo4j_bolt_port)],
                    stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
                    start_new_session=True, cwd=home)
            pid = process.pid
            (_run_dir(settings) / "launcher.pid").write_text(str(pid), encoding="utf-8")
            alive: Callable[[], bool] = lambda: process.poll() is None  # noqa: E731
        else:
            progress(f"Neo4j already running (pid {pid})")
            alive = lambda: _alive(pid)  # noqa: E731
        _wait_for_bolt(settings, alive, timeout=timeout, progress=progress)
    return ServerStatus(running=True, uri=local_uri(settings), pid=pid, home=settings.neo4j_home)


def stop(settings: Settings, *, timeout: float = 60.0) -> int | None:
    """Stop the local server (SIGTERM, then wait); the pid it had, or None when it was not running."""
    pid = running_pid(settings)
    if pid is None:
        return None
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            (_run_dir(settings) / "launcher.pid").unlink(missing_ok=True)
            return pid
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it when we are its parent (tests)
        time.sleep(0.3)
    raise Neo4jUnavailable(f"Neo4j (pid {pid}) did not stop within {timeout:.0f}s; see {_log_path(settings)}")


def configured(settings: Settings) -> bool:
    """A Neo4j to write to: MARSAD_NEO4J_URI is set, or the local server runs (no driver needed to tell)."""
    return bool(settings.neo4j_uri) or running_pid(settings) is not None


def status(settings: Settings) -> ServerStatus:
    pid = running_pid(settings)
    return ServerStatus(running=pid is not None, uri=local_uri(settings), pid=pid, home=settings.neo4j_home)


def connect(settings: Settings) -> neo4j.Driver:
    """A verified driver: MARSAD_NEO4J_URI when set, else the local server when it runs."""
    if settings.neo4j_uri:
        uri = settings.neo4j_uri
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
    elif running_pid(settings) is not None:
        uri, password = local_uri(settings), local_password(settings)
    else:
        raise Neo4jUnavailable(
            "no Neo4j: start the local one with `marsad neo4j start`, or point MARSAD_NEO4J_URI "
            "(with MARSAD_NEO4J_USER and MARSAD_NEO4J_PASSWORD) at yours")
    import neo4j
    from neo4j.exceptions import DriverError, Neo4jError

    driver = neo4j.GraphDatabase.driver(uri, auth=(settings.neo4j_user, password), connection_timeout=5,
                                        max_transaction_retry_time=5, notifications_min_severity="OFF")
    try:
        driver.verify_connectivity()
    except (DriverError, Neo4jError, OSError) as exc:
        driver.close()
        raise Neo4jUnavailable(f"Neo4j at {uri} does not answer: {exc}") from exc
    return driver
