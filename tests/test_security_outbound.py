"""No request leaves the server because of a query (issue 8, point 1).

A local HTTP server on 127.0.0.1 counts the requests it receives. Every SPARQL form that would make
Oxigraph fetch a URL (SERVICE, LOAD), sent in every protocol form, and every Cypher form that would
make Neo4j fetch one (LOAD CSV, procedures, apoc functions), is refused with 403 before it runs, and
the count stays 0. Positive controls show the counter works: the same SERVICE query with the endpoint
allowed by MARSAD_SPARQL_SERVICE_ALLOW (and LOAD CSV sent to Neo4j past the guard) do reach it.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import neo4j
import pytest
from api_helpers import PROJECT_ROOT, LiveServer, live_server, load_fixture_into_neo4j, load_fixture_store
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.core.errors import ForbiddenQuery, MarsadError
from marsad.core.settings import Settings
from marsad.cypher_guard import check_read_only
from marsad.neo4j.cypher import run_cypher
from marsad.sparql_guard import check_sparql_query

REMOTE_SECRET = "REMOTE-BODY-7f3a9c"  # what the counting server answers: must never reach a client

# {url} is the counting server's endpoint, {base} its root with a trailing slash
SPARQL_ATTACKS = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} LIMIT 1",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ sErViCe <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ GRAPH ?g {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "PREFIX r: <{base}> SELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
    "BASE <{base}> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ # a comment\nSERVICE# another\n<{url}> {{ ?s ?p ?o }} }}",
    'SELECT * WHERE {{ ?s ?p "x SERVICE y" . SERVICE <{url}> {{ ?s ?p ?o }} }}',
    "SELECT * WHERE {{ SERVICE <{base}\\u0073parql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "DESCRIBE ?s WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT (COUNT(*) AS ?n) WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} GROUP BY ?s",
    "LOAD <{url}>",
    "load silent <{url}> INTO GRAPH <urn:x>",
    "PREFIX r: <{base}> LOAD r:data",
]
# not attacks: the word SERVICE in a string, an IRI, a prefixed name, a variable, a comment, a language tag
SPARQL_HARMLESS = [
    'SELECT ?s WHERE {{ ?s ?p "SERVICE <{url}> {{ }}" }} LIMIT 1',
    "SELECT ?s WHERE {{ ?s <{base}SERVICE> ?o }} LIMIT 1",
    "PREFIX service: <{base}> SELECT ?service WHERE {{ ?service service:SERVICE ?o }} LIMIT 1",
    "SELECT ?s WHERE {{ ?s ?p ?o }} # SERVICE <{url}> {{ }}\nLIMIT 1",
    'SELECT ?s WHERE {{ ?s ?p "خدمة"@ar FILTER(?o < 3 && ?o > 1) }} LIMIT 1',
    "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }} LIMIT 1",  # FROM names a graph of the store: no fetch
    "DESCRIBE <{url}>",
]
CYPHER_ATTACKS = [
    "LOAD CSV FROM '{url}' AS row RETURN row",
    "load csv with headers from '{url}' as row return row",
    "CALL {{ LOAD CSV FROM '{url}' AS row RETURN row }} RETURN row",
    "MATCH (n) CALL (n) {{ LOAD CSV FROM '{url}' AS row RETURN row }} RETURN row",
    "LOAD /* a comment */ CSV FROM '{url}' AS row RETURN row",
    "CALL apoc.load.json('{url}') YIELD value RETURN value",
    "CALL {{ CALL apoc.load.csv('{url}') YIELD map RETURN map }} RETURN map",
    "RETURN apoc.util.md5(['{url}'])",
    "RETURN apoc . load . jsonParams('{url}', {{}}, null)",
    "CALL apoc.import.graphml('{url}', {{}})",
    "CALL dbms.setConfigValue('server.directories.import', '/')",
    "CALL db.createLabel('X')",
    "MATCH (n) CALL (n) {{ SET n.x = 1 }} RETURN n",
    "CALL {{ CREATE (n) }} IN TRANSACTIONS",
]


@dataclass
class CountingServer:
    url: str
    base: str
    paths: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.paths)


@pytest.fixture(scope="module")
def remote() -> Iterator[CountingServer]:
    """An HTTP server on 127.0.0.1 (random port) that counts requests and answers a recognisable body."""
    paths: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            paths.append(self.path)
            body = f"{REMOTE_SECRET}\n".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_HEAD = _answer

        def log_message(self, *_: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield CountingServer(url=base + "sparql", base=base, paths=paths)
    finally:
        server.shutdown()
        server.server_close()


def fill(template: str, remote: CountingServer) -> str:
    return template.format(url=remote.url, base=remote.base)


def assert_refused(answer: httpx.Response) -> None:
    assert answer.status_code == 403, answer.text
    error = answer.json()["error"]
    assert error["code"] == "forbidden_query" and error["message"]
    assert REMOTE_SECRET not in answer.text


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The real server (uvicorn, SPARQL in worker processes), federation not allowed."""
    home = load_fixture_store(tmp_path_factory.mktemp("outbound"))
    with live_server(home, env={"MARSAD_NEO4J_URI": "bolt://127.0.0.1:9"}) as live:
        yield live


@pytest.mark.parametrize("template", SPARQL_ATTACKS)
def test_sparql_fetching_forms_are_refused_in_every_protocol_form(api: LiveServer, remote: CountingServer,
                                                                   template: str) -> None:
    query = fill(template, remote)
    before = remote.count
    with httpx.Client(base_url=api.url, timeout=30) as http:
        assert_refused(http.get("/sparql", params={"query": query}))
        assert_refused(http.post("/sparql", data={"query": query}))
        assert_refused(http.post("/sparql", content=query.encode(),
                                 headers={"Content-Type": "application/sparql-query; charset=utf-8"}))
        assert_refused(http.post("/sparql", content=query.encode(),
                                 headers={"Content-Type": "application/sparql-update"}))
        assert_refused(http.post("/sparql", data={"update": query}))
    assert remote.count == before == 0


@pytest.mark.parametrize("template", SPARQL_HARMLESS)
def test_the_word_service_outside_a_keyword_is_not_refused(api: LiveServer, remote: CountingServer,
                                                           template: str) -> None:
    with httpx.Client(base_url=api.url, timeout=30) as http:
        answer = http.get("/sparql", params={"query": fill(template, remote)})
    assert answer.status_code == 200, answer.text
    assert remote.count == 0


def test_the_guard_refuses_what_it_cannot_check() -> None:
    # rdflib cannot parse this (an unterminated string), and the word SERVICE is in it: refused
    with pytest.raises(ForbiddenQuery):
        check_sparql_query('SELECT * WHERE { ?s ?p "open SERVICE <http://127.0.0.1:1/> { } }')


def test_the_allow_list_matches_at_a_boundary(remote: CountingServer) -> None:
    query = fill(SPARQL_ATTACKS[0], remote)
    check_sparql_query(query, service_allow=(remote.base,))
    check_sparql_query(query, service_allow=(remote.url,))
    for prefix in (remote.base.rstrip("/")[:-1], remote.url + "x", "http://127.0.0.1", ""):
        with pytest.raises(ForbiddenQuery):
            check_sparql_query(query, service_allow=(prefix,))
    with pytest.raises(ForbiddenQuery):  # a variable endpoint is never allowed
        check_sparql_query(fill(SPARQL_ATTACKS[14], remote), service_allow=(remote.base,))


def test_allowed_federation_reaches_the_endpoint_and_its_body_is_never_echoed(
        tmp_path: Path, remote: CountingServer) -> None:
    """The positive control: the counter sees the request once the endpoint is allowed; the remote
    answer (not SPARQL results) becomes a 500 with an error id, not the remote body."""
    home = load_fixture_store(tmp_path)
    settings = Settings(home=home, neo4j_uri="bolt://127.0.0.1:9", sparql_service_allow=(remote.base,))
    before = remote.count
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        answer = client.get("/sparql", params={"query": fill(SPARQL_ATTACKS[0], remote)})
    assert remote.count > before
    assert answer.status_code == 500, answer.text
    assert REMOTE_SECRET not in answer.text and str(remote.base) not in answer.text
    assert answer.json()["error"]["detail"].keys() == {"error_id"}
    remote.paths.clear()  # the other tests expect a count of 0


def test_the_allow_list_setting_reads_a_space_or_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_SPARQL_SERVICE_ALLOW", "https://a.example/sparql, https://b.example/ ")
    assert Settings().sparql_service_allow == ("https://a.example/sparql", "https://b.example/")
    monkeypatch.delenv("MARSAD_SPARQL_SERVICE_ALLOW")
    assert Settings().sparql_service_allow == ()


def test_marsad_sparql_refuses_service_too(tmp_path: Path, remote: CountingServer) -> None:
    home = load_fixture_store(tmp_path)
    for template in (SPARQL_ATTACKS[0], SPARQL_ATTACKS[3], SPARQL_ATTACKS[19]):
        done = subprocess.run([sys.executable, "-m", "marsad", "sparql", fill(template, remote)], cwd=PROJECT_ROOT,
                              env={"MARSAD_HOME": str(home), "PATH": "/usr/bin:/bin"}, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 1, done.stdout + done.stderr
        assert "refused" in done.stderr
    assert remote.count == 0


class CountingListener:
    """A TCP listener that counts connections: stands in for the address of a Neo4j server."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.connections = 0
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self.thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[CountingListener]:
    found = CountingListener()
    yield found
    found.close()


def test_cypher_refusals_never_open_a_connection_to_neo4j(listener: CountingListener, remote: CountingServer,
                                                          tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, neo4j_uri=listener.uri, neo4j_password="x", query_timeout=2)
    driver = neo4j.GraphDatabase.driver(listener.uri, auth=("neo4j", "x"), connection_timeout=2)
    try:
        for template in CYPHER_ATTACKS:
            with pytest.raises(ForbiddenQuery):
                run_cypher(driver, fill(template, remote), {}, settings=settings)
        assert listener.connections == 0
        with pytest.raises(MarsadError):  # the control: a read query does try to reach "Neo4j"
            run_cypher(driver, "RETURN 1", {}, settings=settings)
        assert listener.connections > 0
    finally:
        driver.close()
    assert remote.count == 0


def test_cypher_route_refuses_before_neo4j(listener: CountingListener, remote: CountingServer,
                                           tmp_path: Path) -> None:
    settings = Settings(home=load_fixture_store(tmp_path), neo4j_uri=listener.uri, neo4j_password="x")
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        after_start = listener.connections
        for template in CYPHER_ATTACKS:
            for fmt in ("rows", "graph"):
                assert_refused(client.post("/cypher", params={"format": fmt},  # type: ignore[arg-type]
                                           json={"query": fill(template, remote)}))
        assert listener.connections == after_start
    assert remote.count == 0


@pytest.mark.parametrize("template", CYPHER_ATTACKS)
def test_cypher_guard_refuses(template: str, remote: CountingServer) -> None:
    with pytest.raises(ForbiddenQuery):
        check_read_only(fill(template, remote))


@pytest.mark.neo4j
def test_load_csv_would_reach_the_network_and_the_guard_stops_it(neo4j_settings: Settings, remote: CountingServer,
                                                                 tmp_path: Path) -> None:
    """With a real Neo4j: LOAD CSV run past the guard does fetch the URL (a read transaction does not
    stop it), so the guard is what keeps it from happening through the API and `marsad cypher`."""
    from marsad.neo4j.server import connect

    home = load_fixture_store(tmp_path)
    env = load_fixture_into_neo4j(home, neo4j_settings)
    with live_server(home, env=env) as live, httpx.Client(base_url=live.url, timeout=30) as http:
        for template in CYPHER_ATTACKS:
            assert_refused(http.post("/cypher", json={"query": fill(template, remote)}))
        done = subprocess.run([sys.executable, "-m", "marsad", "cypher", fill(CYPHER_ATTACKS[0], remote)],
                              cwd=PROJECT_ROOT, env={**env, "MARSAD_HOME": str(home), "PATH": "/usr/bin:/bin"},
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and "refused" in done.stderr, done.stdout + done.stderr
    assert remote.count == 0
    driver = connect(neo4j_settings)
    try:
        with driver.session(database=neo4j_settings.neo4j_database) as session:
            session.execute_read(lambda tx: tx.run(fill(CYPHER_ATTACKS[0], remote)).consume())
    finally:
        driver.close()
    assert remote.count > 0
    remote.paths.clear()
