"""Storing documents in batches: one transaction per batch, or Oxigraph's bulk loader for new graphs (a load
that fails or is cut short is undone), each graph replaced as a whole, only offenders quarantined, and text
with line separators other than \\n kept exact."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rich.console import Console

from marsad.core.paths import DATA_DIR
from marsad.core.settings import Settings
from marsad.ingest import run_ingest
from marsad.loaders.rdf.validate import type_closure_lines
from marsad.store import RdfStore

G1, G2 = "https://w3id.org/marsad/graph/g1", "https://w3id.org/marsad/graph/g2"
P = "<https://example.org/p>"


def _nt(subject: str, *values: str) -> str:
    graph = Graph()
    for value in values:
        graph.add((URIRef(subject), URIRef(P[1:-1]), Literal(value)))
    return graph.serialize(format="nt")


def _values(store: RdfStore, graph_iri: str) -> set[str]:
    return {q.object.value for q in store.quads(graph_iri)}


def test_replace_graphs_loads_new_graphs_and_replaces_existing_ones() -> None:
    store = RdfStore(None)
    store.replace_graphs([(G1, _nt("https://example.org/a", "one", "two")), (G2, _nt("https://example.org/b", "x"))])
    assert _values(store, G1) == {"one", "two"} and _values(store, G2) == {"x"}
    store.replace_graphs([(G1, _nt("https://example.org/a", "three"))])
    assert _values(store, G1) == {"three"} and _values(store, G2) == {"x"}


def test_a_graph_given_twice_in_one_batch_is_the_last_one() -> None:
    store = RdfStore(None)
    store.replace_graphs([(G1, _nt("https://example.org/a", "old")), (G1, _nt("https://example.org/a", "new"))])
    assert _values(store, G1) == {"new"}


def test_line_and_paragraph_separators_inside_literals_survive_storing_and_validation() -> None:
    """U+2028, U+2029, U+0085 and form feeds are line breaks for str.splitlines(), not for N-Triples."""
    text = "سطر\u2028سطر\u2029فقرة\x85ثم\x0cنهاية"
    nt = _nt("https://example.org/a", text)
    store = RdfStore(None)
    store.replace_graphs([(G1, nt)])
    assert _values(store, G1) == {text}
    assert type_closure_lines(nt) == []


def test_only_the_document_that_does_not_conform_is_quarantined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 ) -> None:
    """One bad graph among documents stored in the same batch: the others are stored, it is kept aside."""
    import marsad.loaders.pipeline as pipeline
    from marsad.loaders.rdf.triples import Triples

    real_build = pipeline.build_triples
    victim = sorted((DATA_DIR / "articles").iterdir())[2].name
    quote = URIRef("https://w3id.org/marsad/ontology#quote")

    def build_breaking_one(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        graph = real_build(doc, *args, **kwargs)
        if doc.id != victim:
            return graph
        kept = Triples()
        for triple in graph:
            if triple[1] != quote:
                kept.add(triple)
        return kept

    monkeypatch.setattr(pipeline, "build_triples", build_breaking_one)
    settings = Settings(home=tmp_path / "home")
    summary = run_ingest([DATA_DIR / "articles"], settings=settings, neo4j=False, jobs=1,
                         console=Console(stderr=True, quiet=True))
    assert [doc for doc, _messages in summary.quarantined] == [victim]
    assert summary.stored == summary.total - 1 and not summary.failed
    store = RdfStore(settings.store_path)
    try:
        assert len(store.document_graphs()) == summary.stored
    finally:
        store.close()


def _store_and_index(settings: Settings) -> tuple[list[bytes], dict[str, str]]:
    """The store's canonical N-Quads and the index's state of each document graph (the ontology's state hashes
    its blank nodes' labels, which differ between loads)."""
    from marsad.readmodel.writer import IndexWriter

    store = RdfStore(settings.store_path, read_only=True)
    try:
        quads = store.canonical_nquads()
    finally:
        store.close()
    index = IndexWriter(settings.index_path)
    try:
        return quads, {g: s for g, s in index.states().items() if not g.endswith("/graph/ontology")}
    finally:
        index.close()


def test_worker_processes_store_what_one_process_stores(tmp_path: Path) -> None:
    """Documents processed by forked workers (``jobs=2``) give the same store, quad for quad, and the same
    index, as documents processed in the ingesting process itself."""
    quiet = Console(stderr=True, quiet=True)
    stores, states = [], []
    for jobs in (1, 2):
        settings = Settings(home=tmp_path / f"jobs{jobs}")
        summary = run_ingest([DATA_DIR / "articles"], settings=settings, neo4j=False, jobs=jobs, console=quiet)
        assert summary.stored == summary.total > 0 and not summary.failed and not summary.quarantined
        store, state = _store_and_index(settings)
        stores.append(store)
        states.append(state)
    assert stores[0] == stores[1]
    assert states[0] == states[1]


def test_a_bulk_load_stores_what_transactions_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """New documents bulk-loaded three at a time (MARSAD_STORE_BULK=3) give the same store, quad for quad, and
    the same index as transactions of 64 (MARSAD_STORE_BULK=0), and leave no marker file behind."""
    quiet = Console(stderr=True, quiet=True)
    stores, states = [], []
    for bulk in (0, 3):
        monkeypatch.setenv("MARSAD_STORE_BULK", str(bulk))
        settings = Settings(home=tmp_path / f"bulk{bulk}")
        summary = run_ingest([DATA_DIR / "articles"], settings=settings, neo4j=False, jobs=1, console=quiet)
        assert summary.stored == summary.total > 3 and not summary.failed and not summary.quarantined
        assert not list(settings.home.glob("*.bulk-load"))
        store, state = _store_and_index(settings)
        stores.append(store)
        states.append(state)
    assert stores[0] == stores[1]
    assert states[0] == states[1]


def test_a_bulk_load_that_fails_leaves_none_of_its_graphs(tmp_path: Path) -> None:
    """The bulk loader writes without a transaction: a load that raises leaves none of its graphs (what it may
    have written is dropped again), keeps the store's earlier graphs, and removes its marker file."""
    store = RdfStore(tmp_path / "store", bulk_load=True)
    try:
        store.replace_graphs([(G1, _nt("https://example.org/a", "kept"))])
        good = "".join(_nt(f"https://example.org/s{i}", f"v{i}") for i in range(200))
        with pytest.raises(SyntaxError):
            store.replace_graphs([(G2, good), ("https://w3id.org/marsad/graph/g3", "<https://example.org/x> .\n")])
        assert _values(store, G1) == {"kept"}
        assert _values(store, G2) == set()
        assert not (tmp_path / "store.bulk-load").exists()
    finally:
        store.close()


def test_graphs_of_a_bulk_load_cut_short_are_dropped_when_the_store_is_next_opened(tmp_path: Path) -> None:
    """A run killed during a bulk load leaves the marker naming that load's graphs: the next writer drops them
    (their documents are then stored again, not taken as unchanged) and removes the marker."""
    store = RdfStore(tmp_path / "store", bulk_load=True)
    store.replace_graphs([(G1, _nt("https://example.org/a", "complete")), (G2, _nt("https://example.org/b", "cut"))])
    store.close()
    (tmp_path / "store.bulk-load").write_text(f"{G2}\n", encoding="utf-8")  # as a kill during G2's load leaves it
    reader = RdfStore(tmp_path / "store", read_only=True)  # a reader changes nothing
    try:
        assert _values(reader, G2) == {"cut"}
    finally:
        reader.close()
    store = RdfStore(tmp_path / "store")
    try:
        assert _values(store, G1) == {"complete"}
        assert _values(store, G2) == set() and G2 not in store.graph_iris()
        assert not (tmp_path / "store.bulk-load").exists()
    finally:
        store.close()


def test_a_cut_bulk_load_is_undone_in_the_index_too_and_the_next_ingest_stores_it_again(tmp_path: Path) -> None:
    """A reader (the API) may have indexed a cut bulk load's graphs before the next writer drops them: the
    writer's IndexedStore drops them from the index as well, and the ingest after it stores them again."""
    from marsad.readmodel.indexed import IndexedStore
    from marsad.readmodel.writer import IndexWriter

    quiet = Console(stderr=True, quiet=True)
    settings = Settings(home=tmp_path / "home")
    first = run_ingest([DATA_DIR / "articles"], settings=settings, neo4j=False, jobs=1, console=quiet)
    index = IndexWriter(settings.index_path)
    try:
        before = index.states()
    finally:
        index.close()
    victim = sorted(g for g in before if "/graph/ontology" not in g)[0]
    settings.store_path.with_name("store.bulk-load").write_text(f"{victim}\n", encoding="utf-8")
    store = IndexedStore(settings.store_path, index_path=settings.index_path)
    try:
        assert victim not in store.graph_iris()
        assert victim not in store.index.states()
    finally:
        store.close()
    again = run_ingest([DATA_DIR / "articles"], settings=settings, neo4j=False, jobs=1, console=quiet)
    assert again.stored == 1 and again.unchanged == first.stored - 1
    index = IndexWriter(settings.index_path)
    try:
        assert index.states()[victim] == before[victim]
    finally:
        index.close()
