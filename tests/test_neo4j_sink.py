"""The loader against a real Neo4j: mapping, idempotence, per-document replacement, check, removal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest

from marsad.core.errors import Neo4jUnavailable
from marsad.core.paths import ontology_files
from marsad.core.settings import Settings
from marsad.core.vocab import MRS
from marsad.neo4j.check import compare, neo4j_counts, rdf_counts
from marsad.neo4j.mapping import load_mapping
from marsad.neo4j.rows import DocumentRows, NodeRow, RelRow
from marsad.neo4j.samples import SampleDocument, region_documents
from marsad.neo4j.sink import Neo4jSink, open_sink
from marsad.store import RdfStore

pytestmark = pytest.mark.neo4j


@pytest.fixture
def sink(neo4j_settings: Settings) -> Iterator[Neo4jSink]:
    opened = open_sink(neo4j_settings, required=True)
    assert opened is not None
    yield opened
    opened.close()


def _driver(sink: Neo4jSink) -> neo4j.Driver:
    return sink._driver


def _snapshot(sink: Neo4jSink) -> tuple[Counter[str], Counter[str], list[Any], list[Any]]:
    labels, rels = neo4j_counts(_driver(sink), database="neo4j")
    records, _, _ = _driver(sink).execute_query(
        "MATCH (n) RETURN n.iri AS iri, n.sources AS sources, properties(n) AS props ORDER BY iri")
    links, _, _ = _driver(sink).execute_query(
        "MATCH (a)-[r]->(b) RETURN a.iri AS a, type(r) AS t, b.iri AS b, r.sources AS s, r.quotes AS q")
    return labels, rels, [
        (r["iri"], {k: sorted(v) if isinstance(v, list) else v for k, v in r["props"].items()}) for r in records
    ], sorted((r["a"], r["t"], r["b"], sorted(r["s"]), sorted(r["q"])) for r in links)


def test_mapping_in_neo4j(sink: Neo4jSink) -> None:
    written = sink.write_graphs(region_documents())
    assert written > 0
    records, _, _ = _driver(sink).execute_query(
        "MATCH (p:Person {name_ar: 'رشيد العبدي'})-[c:CHAIRED]->(e:Session:Event) "
        "RETURN e.name_ar AS event, e.date AS date, c.sources AS sources, c.quotes AS quotes, p.sources AS ps "
        "ORDER BY date")
    rows = [r.data() for r in records]
    assert [r["event"] for r in rows] == ["دورة مارس", "دورة يونيو"]
    assert sorted(rows[0]["sources"]) == ["doc-a", "doc-c"]  # the same chairing stated by two documents
    assert rows[0]["quotes"] == ["دورة مارس", "دورة مارس"]
    assert sorted(rows[0]["ps"]) == ["doc-a", "doc-b", "doc-c"]
    records, _, _ = _driver(sink).execute_query(
        "MATCH (r:Region:TerritorialCollectivity:Institution)-[:PARTY_TO]->(a:Agreement) "
        "MATCH (d:Document {document_id: 'doc-a'})-[:SUPPORTS]->(a) RETURN a.purpose_ar AS purpose")
    assert [r["purpose"] for r in records] == ["تحسين النقل العمومي"]
    records, _, _ = _driver(sink).execute_query(
        "CALL db.index.fulltext.queryNodes('marsad_names', 'الرباط') YIELD node RETURN count(node) AS n")
    assert records[0]["n"] >= 2


def test_loading_twice_changes_no_count(sink: Neo4jSink) -> None:
    docs = region_documents()
    sink.write_graphs(docs)
    first = _snapshot(sink)
    sink.write_graphs(docs)
    sink.write_graphs(list(reversed(docs)))
    assert _snapshot(sink) == first


def _wipe(sink: Neo4jSink) -> None:
    _driver(sink).execute_query("MATCH (n) DETACH DELETE n")


def test_one_load_equals_documents_one_by_one(sink: Neo4jSink, neo4j_settings: Settings) -> None:
    """The folded, side-by-side, CREATE-when-new load gives what writing each document in turn (MERGE) gives."""
    docs = region_documents()
    for doc in docs:
        sink.write_graphs([doc])
    one_by_one = _snapshot(sink)
    _wipe(sink)
    small = open_sink(neo4j_settings.model_copy(update={"neo4j_batch_size": 3, "neo4j_writers": 3}), required=True)
    assert small is not None
    try:
        small.write_graphs(docs)  # many small transactions, three sessions at once
        assert _snapshot(small) == one_by_one
        small.write_graphs(docs[1:])  # partly known, partly new: both paths in one load
        assert _snapshot(small) == one_by_one
    finally:
        small.close()


def test_changed_document_replaces_only_its_facts(sink: Neo4jSink) -> None:
    docs = region_documents()
    sink.write_graphs(docs)
    # doc-b changes: the June session and its facts are gone; a new person is mentioned instead
    b = SampleDocument("doc-b", published="2024-06-22")
    b.entity("institution", MRS.Council, "مجلس جهة الرباط سلا القنيطرة")
    b.entity("person", MRS.Person, "سعيد الجديد")
    sink.write_graphs([b.finish()])
    driver = _driver(sink)
    events = {r["name"] for r in driver.execute_query("MATCH (e:Event) RETURN e.name_ar AS name")[0]}
    assert "دورة يونيو" not in events and "دورة مارس" in events
    people = {r["name"]: sorted(r["sources"]) for r in driver.execute_query(
        "MATCH (p:Person) RETURN p.name_ar AS name, p.sources AS sources")[0]}
    assert "كريم بنعلي" not in people  # only doc-b supported him
    assert people["رشيد العبدي"] == ["doc-a", "doc-c"]  # others still support him
    assert people["سعيد الجديد"] == ["doc-b"]
    council = driver.execute_query("MATCH (c:Council) RETURN c.sources AS s")[0][0]["s"]
    assert sorted(council) == ["doc-a", "doc-b", "doc-c"]
    empty = driver.execute_query("MATCH ()-[r]->() WHERE size(r.sources) = 0 RETURN count(r) AS n")[0][0]["n"]
    assert empty == 0


def test_stale_and_remove(sink: Neo4jSink) -> None:
    docs = region_documents()
    sink.write_graphs(docs[:2])
    states = {iri: next(str(o) for o in g.objects(None, MRS.contentHash)) for iri, g in docs}
    assert sink.stale(states) == [docs[2][0]]
    assert sink.stale({docs[0][0]: "another hash"}) == [docs[0][0]]
    sink.remove_graphs([docs[0][0], docs[1][0]])
    labels, rels = neo4j_counts(_driver(sink), database="neo4j")
    assert sum(labels.values()) == 0 and sum(rels.values()) == 0


def test_check_agrees_after_loading_the_store(sink: Neo4jSink) -> None:
    store = RdfStore(None)
    store.load_ontology(ontology_files())
    for iri, graph in region_documents():
        store.replace_graph(iri, graph.serialize(format="nt"))
    sink.write_from_store(store, store.document_graphs())
    mapping = load_mapping()
    rdf = rdf_counts(store, mapping)
    assert compare(rdf, neo4j_counts(_driver(sink), database="neo4j")) == []
    assert rdf[0]["Person"] == 3 and rdf[1]["CHAIRED"] == 2
    # a difference is reported
    extra = SampleDocument("doc-d")
    extra.entity("person", MRS.Person, "شخص خارج المخزن")
    sink.write_graphs([extra.finish()])
    diffs = compare(rdf, neo4j_counts(_driver(sink), database="neo4j"))
    assert {d.name for d in diffs} >= {"Person", "Resource", "Document", "Evidence"}


def test_unreachable_neo4j_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MARSAD_NEO4J_URI", "MARSAD_NEO4J_PASSWORD", "MARSAD_HOME"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings(home=tmp_path, neo4j_uri="bolt://127.0.0.1:9", neo4j_password="x")
    with pytest.raises(Neo4jUnavailable):
        open_sink(settings, required=None)
    assert open_sink(Settings(home=tmp_path), required=None) is None
    assert open_sink(settings, required=False) is None
    with pytest.raises(Neo4jUnavailable):
        open_sink(Settings(home=tmp_path), required=True)


def test_uriref_graph_iris_still_replace(sink: Neo4jSink) -> None:
    """Regression: ingest passes graph IRIs as rdflib URIRefs, which neither equal nor hash like str, so the
    previous version of a document was not found and its old facts stayed behind."""
    from rdflib import URIRef

    docs = region_documents()
    sink.write_graphs([(URIRef(iri), graph) for iri, graph in docs])
    b = SampleDocument("doc-b")
    b.entity("person", MRS.Person, "سعيد الجديد")
    iri, graph = b.finish()
    sink.write_graphs([(URIRef(iri), graph)])
    names = {r["name"] for r in _driver(sink).execute_query("MATCH (p:Person) RETURN p.name_ar AS name")[0]}
    assert "كريم بنعلي" not in names and "سعيد الجديد" in names
    hashes: dict[str, str] = {URIRef(i): next(str(o) for o in g.objects(None, MRS.contentHash)) for i, g in docs}
    assert sink.stale(hashes) == [docs[1][0]]  # doc-b changed; URIRef keys are found


def test_relationship_to_a_node_outside_the_load(sink: Neo4jSink) -> None:
    """A relationship whose end has no row in the load is written when Neo4j holds that node (found by its
    element id) and left out when it does not, on a first load and on a later one."""
    def doc(source: str, nodes: list[NodeRow], rels: list[RelRow]) -> DocumentRows:
        return DocumentRows(graph_iri=f"g:{source}", source=source, content_hash="h", document_iri=None,
                            nodes=tuple(nodes), rels=tuple(rels))
    post = NodeRow("x:post", ("Post",), {"name_ar": "رئيس"})
    holds = RelRow("HOLDS", "x:p", "x:post", ("رئيس",))
    sink.write_rows([doc("doc-a", [NodeRow("x:p", ("Person",), {})], [holds])])  # x:post nowhere yet
    assert _driver(sink).execute_query("MATCH ()-[r:HOLDS]->() RETURN count(r) AS n")[0][0]["n"] == 0
    sink.write_rows([doc("doc-b", [post], [])])
    sink.write_rows([doc("doc-a", [NodeRow("x:p", ("Person",), {})], [holds])])  # x:post now outside, held
    records, _, _ = _driver(sink).execute_query(
        "MATCH (p:Person {iri: 'x:p'})-[r:HOLDS]->(q:Post {iri: 'x:post'}) RETURN r.sources AS s, r.quotes AS q")
    assert [(r["s"], r["q"]) for r in records] == [(["doc-a"], ["رئيس"])]


def test_per_label_constraints_of_earlier_versions_are_dropped(sink: Neo4jSink,
                                                               neo4j_settings: Settings) -> None:
    driver = _driver(sink)
    driver.execute_query("CREATE CONSTRAINT person_iri IF NOT EXISTS FOR (n:Person) REQUIRE n.iri IS UNIQUE")
    reopened = open_sink(neo4j_settings, required=True)
    assert reopened is not None
    reopened.close()
    names = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name")[0]}
    assert "person_iri" not in names and "resource_iri" in names
