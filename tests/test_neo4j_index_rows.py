"""`marsad neo4j import` reads documents from the API's index when the index holds them in the store's state:
the rows are those the RDF store gives, and a graph whose state differs is left to the store."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from rich.console import Console

from marsad.core.paths import DATA_DIR
from marsad.core.settings import Settings
from marsad.ingest import run_ingest
from marsad.neo4j.bulk import store_rows
from marsad.neo4j.indexrows import index_rows, iter_index_rows, rows_of, store_states
from marsad.neo4j.mapping import load_mapping
from marsad.readmodel.writer import parse_ntriples
from marsad.store import RdfStore


@pytest.fixture
def ingested(settings: Settings) -> Settings:
    summary = run_ingest([DATA_DIR / "articles"], settings=settings, neo4j=False, console=Console(file=io.StringIO()))
    assert summary.stored >= 5
    return settings


def _rows_both_ways(settings: Settings) -> tuple[dict[str, object], dict[str, object]]:
    store = RdfStore(settings.store_path, read_only=True)
    try:
        graphs = store.document_graphs()
        from_store = dict(zip(graphs, store_rows(store, graphs), strict=True))
        from_index = index_rows(settings.index_path, store_states(store), load_mapping())
    finally:
        store.close()
    return dict(from_store), dict(from_index)


def test_the_index_gives_the_rows_the_store_gives(ingested: Settings) -> None:
    from_store, from_index = _rows_both_ways(ingested)
    assert set(from_index) == set(from_store)
    for graph, rows in from_store.items():
        assert from_index[graph] == rows, graph


def test_a_graph_in_another_state_in_the_index_is_left_to_the_store(ingested: Settings) -> None:
    store = RdfStore(ingested.store_path, read_only=True)
    try:
        graph = store.document_graphs()[0]
    finally:
        store.close()
    conn = sqlite3.connect(ingested.index_path)
    conn.execute("UPDATE doc SET state = 'older|marsad-rules/0.0.0' WHERE graph = ?", (graph,))
    conn.commit()
    conn.close()
    from_store, from_index = _rows_both_ways(ingested)
    assert graph not in from_index and set(from_index) == set(from_store) - {graph}


def test_no_index_or_one_of_another_version_reads_nothing(ingested: Settings, tmp_path: Path) -> None:
    assert index_rows(tmp_path / "none.sqlite3", {}, load_mapping()) == {}
    conn = sqlite3.connect(ingested.index_path)
    conn.execute("UPDATE meta SET v = 'older' WHERE k = 'version'")
    conn.commit()
    conn.close()
    _from_store, from_index = _rows_both_ways(ingested)
    assert from_index == {}


def test_only_the_graphs_asked_for_come_one_at_a_time(ingested: Settings) -> None:
    store = RdfStore(ingested.store_path, read_only=True)
    try:
        graphs = store.document_graphs()
        states = store_states(store)
    finally:
        store.close()
    asked = set(graphs[1:3])
    got = [rows.graph_iri for rows in iter_index_rows(ingested.index_path, states, load_mapping(), graphs=asked)]
    assert sorted(got) == sorted(asked)


def test_a_graph_parsed_as_ingest_parses_it_gives_the_rows_the_store_gives(ingested: Settings) -> None:
    """What `marsad ingest` hands the Neo4j writer: each stored graph's N-Triples parsed into the index's form."""
    store = RdfStore(ingested.store_path, read_only=True)
    try:
        mapping = load_mapping()
        for graph, rows in zip(store.document_graphs(), store_rows(store, store.document_graphs()), strict=True):
            ntriples = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in store.quads(graph))
            assert rows_of(mapping, graph, parse_ntriples(ntriples)) == rows, graph
    finally:
        store.close()
