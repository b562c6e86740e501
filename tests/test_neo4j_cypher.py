"""Read-only Cypher against a real Neo4j: results as JSON-able values, refusal, timeout, row cap."""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest

from marsad.core.errors import ForbiddenQuery, QuerySyntaxError, QueryTimeout, RowCapExceeded
from marsad.core.settings import Settings
from marsad.neo4j.cypher import run_cypher, run_cypher_graph
from marsad.neo4j.samples import region_documents
from marsad.neo4j.server import connect
from marsad.neo4j.sink import open_sink

pytestmark = pytest.mark.neo4j


@pytest.fixture
def loaded(neo4j_settings: Settings) -> Iterator[tuple[neo4j.Driver, Settings]]:
    sink = open_sink(neo4j_settings, required=True)
    assert sink is not None
    sink.write_graphs(region_documents())
    sink.close()
    driver = connect(neo4j_settings)
    yield driver, neo4j_settings
    driver.close()


def test_rows_are_json_values(loaded: tuple[neo4j.Driver, Settings]) -> None:
    driver, settings = loaded
    columns, rows = run_cypher(
        driver, "MATCH (p:Person {name_ar: $name})-[c:CHAIRED]->(e) RETURN p, c, e.date AS date, date(e.date) AS d "
        "ORDER BY date", {"name": "رشيد العبدي"}, settings=settings)
    assert columns == ["p", "c", "date", "d"]
    person, chaired, day, as_date = rows[0]
    assert isinstance(person, dict) and person["labels"] == ["Person", "Resource"]
    assert person["name_ar"] == "رشيد العبدي"
    assert isinstance(chaired, dict) and chaired["type"] == "CHAIRED"
    assert day == "2024-03-12" and as_date == "2024-03-12"


def test_graph_result(loaded: tuple[neo4j.Driver, Settings]) -> None:
    driver, settings = loaded
    graph = run_cypher_graph(driver, "MATCH p = (:Person)-[:CHAIRED]->(:Session) RETURN p", {}, settings=settings)
    assert len(graph["relationships"]) == 2
    assert len(graph["nodes"]) == 3  # one chair, two sessions
    ids = {n["id"] for n in graph["nodes"]}
    assert all(r["start"] in ids and r["end"] in ids for r in graph["relationships"])


def test_writes_never_reach_neo4j(loaded: tuple[neo4j.Driver, Settings]) -> None:
    driver, settings = loaded
    for query in ("CREATE (n:Person {name_ar: 'x'})", "MATCH (n) DETACH DELETE n",
                  "CALL { MATCH (n:Person) SET n.hacked = true }"):
        with pytest.raises(ForbiddenQuery):
            run_cypher(driver, query, {}, settings=settings)
    count = driver.execute_query("MATCH (n) WHERE n.hacked OR n.name_ar = 'x' RETURN count(n) AS n")[0][0]["n"]
    assert count == 0


def test_read_transaction_refuses_writes_the_guard_misses(loaded: tuple[neo4j.Driver, Settings]) -> None:
    driver, settings = loaded
    from marsad.neo4j import cypher as module

    original = module.check_read_only
    module.check_read_only = lambda query: None  # the second lock alone
    try:
        with pytest.raises(ForbiddenQuery):
            run_cypher(driver, "CREATE (n:Person {name_ar: 'x'})", {}, settings=settings)
    finally:
        module.check_read_only = original
    assert driver.execute_query("MATCH (n {name_ar: 'x'}) RETURN count(n) AS n")[0][0]["n"] == 0


def test_timeout(loaded: tuple[neo4j.Driver, Settings]) -> None:
    driver, settings = loaded
    quick = settings.model_copy(update={"query_timeout": 0.5})
    with pytest.raises(QueryTimeout):
        run_cypher(driver, "UNWIND range(1, 30000) AS a UNWIND range(1, 30000) AS b RETURN count(*)", {},
                   settings=quick)


def test_row_cap_and_syntax(loaded: tuple[neo4j.Driver, Settings]) -> None:
    driver, settings = loaded
    capped = settings.model_copy(update={"row_cap": 3})
    assert len(run_cypher(driver, "UNWIND range(1, 3) AS x RETURN x", {}, settings=capped)[1]) == 3
    with pytest.raises(RowCapExceeded):
        run_cypher(driver, "UNWIND range(1, 4) AS x RETURN x", {}, settings=capped)
    with pytest.raises(QuerySyntaxError):
        run_cypher(driver, "MATCH (n RETURN n", {}, settings=settings)
