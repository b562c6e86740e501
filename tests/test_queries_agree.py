"""Every named query gives the same rows on the RDF store (SPARQL) and on Neo4j (Cypher), on the same data."""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest

from marsad.core.paths import ontology_files
from marsad.core.settings import Settings
from marsad.core.vocab import resource_iri
from marsad.neo4j.samples import key, region_documents
from marsad.neo4j.server import connect
from marsad.neo4j.sink import open_sink
from marsad.queries import bind_params, load_queries, run_named_cypher, run_named_sparql
from marsad.store import RdfStore

pytestmark = pytest.mark.neo4j

PERSON = str(resource_iri("person", key("person", "رشيد العبدي")))
COUNCIL = str(resource_iri("institution", key("institution", "مجلس جهة الرباط سلا القنيطرة")))
REGION = str(resource_iri("institution", key("institution", "جهة الرباط سلا القنيطرة")))

# (query, parameters, rows expected at least) — every query must return rows, or the comparison proves little
CASES = [
    ("chairs", {}, 2),
    ("chairs", {"person": "العبدي", "date_from": "2024-06-01"}, 1),
    ("chairs", {"institution": "مجلس جهة", "date_to": "2024-03-31"}, 1),
    ("institution_sessions", {"institution": COUNCIL}, 4),
    ("person_timeline", {"person": PERSON}, 3),
    ("territorial_partnerships", {"institution": REGION}, 1),
    ("co_attendance", {"person": PERSON}, 2),
    ("approved_budgets", {}, 1),
    ("approved_budgets", {"year": "2024"}, 1),
]


@pytest.fixture
def stores(neo4j_settings: Settings) -> Iterator[tuple[RdfStore, neo4j.Driver, Settings]]:
    store = RdfStore(None)
    store.load_ontology(ontology_files())
    docs = region_documents()
    for iri, graph in docs:
        store.replace_graph(iri, graph.serialize(format="nt"))
    sink = open_sink(neo4j_settings, required=True)
    assert sink is not None
    sink.write_graphs(docs)
    sink.close()
    driver = connect(neo4j_settings)
    yield store, driver, neo4j_settings
    driver.close()


def test_every_query_has_a_case() -> None:
    assert {name for name, _, _ in CASES} == set(load_queries())


@pytest.mark.parametrize(("name", "raw", "at_least"), CASES)
def test_sparql_and_cypher_agree(stores: tuple[RdfStore, neo4j.Driver, Settings], name: str,
                                 raw: dict[str, str], at_least: int) -> None:
    store, driver, settings = stores
    q = load_queries()[name]
    params = bind_params(q, raw)
    sparql = run_named_sparql(store, q, params)
    cypher = run_named_cypher(driver, q, params, settings)
    assert sparql[0] == cypher[0] == list(q.columns)
    assert len(sparql[1]) >= at_least
    assert sparql[1] == cypher[1]
