"""/cypher: writes refused before they reach Neo4j; 503 with the reason without Neo4j; with Neo4j
(marked neo4j): rows, the graph form for the explorer, parameters, row cap, timeout, named queries."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from api_helpers import LiveServer, live_server, load_fixture_into_neo4j, load_fixture_store
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.core.settings import Settings

WRITES = ["CREATE (n:Person {name_ar: 'x'})", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1",
          "MERGE (n:Institution {iri: 'x'})", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
          "CALL dbms.security.createUser('a', 'b')", "match (n) remove n.name_ar",
          "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS", "DROP INDEX x"]


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """An app whose Neo4j does not answer (a closed port)."""
    home = load_fixture_store(tmp_path_factory.mktemp("api-cypher-offline"))
    settings = Settings(home=home, neo4j_uri="bolt://127.0.0.1:9")
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused_before_neo4j(offline: TestClient, query: str) -> None:
    answer = offline.post("/cypher", json={"query": query})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "forbidden_query"


def test_without_neo4j_cypher_routes_answer_503_and_sparql_still_works(offline: TestClient) -> None:
    for answer in (offline.post("/cypher", json={"query": "MATCH (n) RETURN count(n)"}),
                   offline.get("/queries/chairs", params={"store": "cypher"})):
        assert answer.status_code == 503
        error = answer.json()["error"]
        assert error["code"] == "neo4j_unavailable" and "Neo4j" in error["message"]
    assert offline.get("/queries/chairs").status_code == 200
    assert offline.get("/institutions").json()["total"] == 5


@pytest.fixture
def neo4j_server(tmp_path_factory: pytest.TempPathFactory, neo4j_settings: Settings) -> Iterator[LiveServer]:
    home = load_fixture_store(tmp_path_factory.mktemp("api-cypher"))
    env = load_fixture_into_neo4j(home, neo4j_settings)
    with live_server(home, env={**env, "MARSAD_ROW_CAP": "40", "MARSAD_QUERY_TIMEOUT": "1.5"}) as live:
        yield live


@pytest.fixture
def client(neo4j_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=neo4j_server.url, timeout=30) as http:
        yield http


CHAIRS = ("MATCH (c:Resource)-[:CHAIRED]->(e:Event) WHERE $name IS NULL OR c.name_ar CONTAINS $name "
          "RETURN c.name_ar AS chair, e.date AS date ORDER BY date")


@pytest.mark.neo4j
def test_rows_with_parameters(client: httpx.Client) -> None:
    answer = client.post("/cypher", json={"query": CHAIRS, "parameters": {"name": None}})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["columns"] == ["chair", "date"]
    assert [r[0] for r in body["rows"]] == ["رشيد العبدي", "محمد بنعلي", "فاطمة الزهراء العلوي"]
    only = client.post("/cypher", json={"query": CHAIRS, "parameters": {"name": "العلوي"}}).json()
    assert [r[0] for r in only["rows"]] == ["فاطمة الزهراء العلوي"]


@pytest.mark.neo4j
def test_injection_in_parameters_gives_empty_results(client: httpx.Client) -> None:
    for attack in ["' OR 1=1 //", "x'}) MATCH (n) DETACH DELETE n //", "\\' RETURN 1 //"]:
        answer = client.post("/cypher", json={"query": CHAIRS, "parameters": {"name": attack}})
        assert answer.status_code == 200 and answer.json()["rows"] == []
    assert len(client.post("/cypher", json={"query": CHAIRS, "parameters": {"name": None}}).json()["rows"]) == 3


@pytest.mark.neo4j
def test_graph_form_for_the_explorer(client: httpx.Client) -> None:
    answer = client.post("/cypher", params={"format": "graph"},
                         json={"query": "MATCH p = (c:Resource)-[:CHAIRED]->(e:Event) RETURN p"})
    assert answer.status_code == 200, answer.text
    graph = answer.json()
    assert len(graph["relationships"]) == 3 and {r["type"] for r in graph["relationships"]} == {"CHAIRED"}
    ids = {n["id"] for n in graph["nodes"]}
    assert all(r["start"] in ids and r["end"] in ids for r in graph["relationships"])


@pytest.mark.neo4j
def test_row_cap_timeout_syntax_and_writes(client: httpx.Client) -> None:
    capped = client.post("/cypher", json={"query": "UNWIND range(1, 100) AS x RETURN x"})
    assert capped.status_code == 413 and capped.json()["error"]["code"] == "row_cap_exceeded"
    slow = client.post("/cypher", json={"query": "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)"})
    assert slow.status_code == 504 and slow.json()["error"]["code"] == "query_timeout"
    wrong = client.post("/cypher", json={"query": "MATCH (n RETURN n"})
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "query_syntax_error"
    refused = client.post("/cypher", json={"query": "CREATE (n:Person) RETURN n"})
    assert refused.status_code == 403
    count = client.post("/cypher", json={"query": "MATCH (n:Person) RETURN count(n) AS n"}).json()
    assert count["rows"] == [[3]]


@pytest.mark.neo4j
def test_named_queries_on_neo4j_match_sparql(client: httpx.Client) -> None:
    by_cypher = client.get("/queries/chairs", params={"store": "cypher"})
    assert by_cypher.status_code == 200, by_cypher.text
    by_sparql = client.get("/queries/chairs", params={"store": "sparql"})
    assert by_cypher.json()["rows"] == by_sparql.json()["rows"]

