"""The read model agrees with the RDF store: on the fixture graph every list (with each filter and
paging), every detail, the stats, the explorer and search answer from the index exactly what the
SPARQL readers answer from the store; ingest writes both in one step; a replaced or removed document
is replaced or removed in the index; a write cut short leaves the index as it was."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from api_helpers import ABDI, ALAOUI, BENALI, BOARD, BOARD_SESSION, DOC_ONEE, MINISTRY, ONEE, REGION, load_fixture_store
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.api.read import details as new_details
from marsad.api.read import graph as new_graph
from marsad.api.read import lists as new_lists
from marsad.api.read import stats as new_stats
from marsad.api.read.search import Searcher
from marsad.api.repo import common as repo_common
from marsad.api.repo import details as old_details
from marsad.api.repo import graph as old_graph
from marsad.api.repo import lists as old_lists
from marsad.api.repo import search as old_search
from marsad.api.repo import stats as old_stats
from marsad.core.errors import NotFound
from marsad.core.settings import Settings
from marsad.readmodel.check import compare
from marsad.readmodel.indexed import IndexedStore
from marsad.readmodel.reader import ReadIndex
from marsad.readmodel.sync import rebuild, sync
from marsad.readmodel.writer import IndexWriter, triples_of
from marsad.store import RdfStore

F = old_lists.Filters
# fields whose order the SPARQL readers leave open (GROUP_CONCAT, an unordered SELECT)
UNORDERED = ("institutions", "chairs", "parents", "posts", "parties", "nodes", "edges")


def _norm(value: Any, unordered: bool = False) -> Any:
    if isinstance(value, dict):
        return {k: _norm(v, k in UNORDERED) for k, v in value.items()}
    if isinstance(value, list | tuple):
        items = [_norm(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False)) if unordered else items
    return value


def _same(old: Any, new: Any) -> None:
    assert json.dumps(_norm(new), ensure_ascii=False) == json.dumps(_norm(old), ensure_ascii=False)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RdfStore, ReadIndex]]:
    home = load_fixture_store(tmp_path_factory.mktemp("readmodel"))
    store = RdfStore(home / "store", read_only=True)
    rebuild(store, home / "index" / "index.sqlite3")
    yield store, ReadIndex(home / "index" / "index.sqlite3")
    store.close()


LIST_CASES = {
    "institutions": [F(), F(kind="territorial"), F(kind="governing_body"), F(parent=ONEE), F(q="مجلس"), F(q="ال"),
                     F(min_confidence=0.9), F(kind="territorial", min_confidence=0.8)],
    "persons": [F(), F(institution=ONEE), F(q="محمد"), F(q="zz"), F(q="Moh"), F(q="بنعلي 2"), F(min_confidence=0.9)],
    "posts": [F(), F(institution=ONEE, as_of=date(2024, 4, 1)), F(institution=ONEE, as_of=date(2024, 7, 1)),
              F(as_of=date(2020, 1, 1)), F(min_confidence=0.8)],
    "events": [F(), F(kind="session"), F(kind="meeting"), F(institution=ONEE), F(institution=BOARD),
               F(person=BENALI), F(person=ALAOUI), F(year=2024), F(date_from=date(2024, 3, 13)),
               F(date_to=date(2024, 3, 12)), F(q="دورة"), F(min_confidence=0.6), F(min_confidence=0.5),
               F(institution=ONEE, min_confidence=1.0)],
    "decisions": [F(), F(kind="budget"), F(action="approve"), F(institution=ONEE), F(institution=REGION),
                  F(fiscal_year=2024), F(year=2023), F(min_confidence=0.6), F(kind="budget", min_confidence=0.8)],
    "partnerships": [F(), F(institution=REGION), F(institution=MINISTRY), F(year=2024), F(min_confidence=0.6)],
    "documents": [F(), F(outlet="hespress"), F(year=2024), F(q="المكتب"), F(date_from=date(2024, 1, 1))],
}


@pytest.mark.parametrize("name", sorted(LIST_CASES))
def test_every_list_answers_as_the_sparql_reader(stores: tuple[RdfStore, ReadIndex], name: str) -> None:
    store, ix = stores
    for f in LIST_CASES[name]:
        for limit, offset in ((20, 0), (2, 1), (1, 5)):
            old = getattr(old_lists, name)(store, f, limit=limit, offset=offset)
            new = getattr(new_lists, name)(ix, f, limit=limit, offset=offset)
            _same(old, new)
    assert getattr(new_lists, name)(ix, F(), limit=20, offset=0)[0] > 0  # the fixture has some of each


def test_every_detail_answers_as_the_sparql_reader(stores: tuple[RdfStore, ReadIndex]) -> None:
    store, ix = stores
    found = store.select("SELECT DISTINCT ?x WHERE { ?x a ?c "
                         "FILTER(STRSTARTS(STR(?x), 'https://w3id.org/marsad/id/')) }")
    compared = 0
    for row in found:
        type_, key = row["x"].value.split("/")[-2:]
        if type_ not in old_details.READERS:
            continue
        old, new = old_details.detail(store, type_, key), new_details.detail(ix, type_, key)
        if type_ == "event":  # the SPARQL reader does not order an event's decisions
            old["decisions"] = sorted(old["decisions"], key=lambda d: d["iri"])  # type: ignore[arg-type,index]
            new["decisions"] = sorted(new["decisions"], key=lambda d: d["iri"])  # type: ignore[arg-type,index]
        _same(old, new)
        compared += 1
    assert compared >= 20


def test_stats_explorer_and_search_answer_as_the_sparql_readers(stores: tuple[RdfStore, ReadIndex]) -> None:
    store, ix = stores
    _same(old_stats.stats(store), new_stats.stats(ix))
    for institution, year, limit in ((None, None, 100), (ONEE, 2024, 2), (REGION, None, 5), (None, 2023, 1)):
        _same(old_graph.overview(store, institution=institution, year=year, start=None, end=None, limit=limit),
              new_graph.overview(ix, institution=institution, year=year, start=None, end=None, limit=limit))
    for node in (f"person/{BENALI}", f"institution/{ONEE}", f"event/{BOARD_SESSION}", f"person/{ABDI}"):
        iri = f"https://w3id.org/marsad/id/{node}"
        _same(old_graph.neighbours(store, iri), new_graph.neighbours(ix, iri))
    names, searcher = old_search.build_index(store), Searcher(ix)
    for q in ("Mohamed Benali", "المكتب الوطني", "محمد", "بنعلي", "benali", "Alaoui", "مجلس", "وزاره الاقتصاد", "x"):
        _same(old_search.search(names, q, limit=20), searcher.search(q, limit=20))
    assert searcher.search("Mohamed Benali", limit=5)[0]["key"] == BENALI


def test_search_pages_of_names_that_score_100_equal_scoring_every_name(
        stores: tuple[RdfStore, ReadIndex], monkeypatch: pytest.MonkeyPatch) -> None:
    """A page the names scoring 100 fill skips the fuzzy pass; it must be the page scoring every name gives,
    for every word of every name (Arabic and transliterated) and small limits, where that shortcut is taken."""
    from marsad.api.read import search as new_search
    store, ix = stores
    names, searcher = old_search.build_index(store), Searcher(ix)
    fuzzy_runs = 0
    full_partial = new_search._partial

    def counted(*args: Any) -> dict[int, float]:
        nonlocal fuzzy_runs
        fuzzy_runs += 1
        return full_partial(*args)

    monkeypatch.setattr(new_search, "_partial", counted)
    queries = sorted({word for n in names for text in (n.name, n.latin) for word in text.split()}
                     | {n.latin for n in names})
    assert len(queries) >= 40
    searches = 0
    for q in queries:
        for limit in (1, 2, 3, 20):
            _same(old_search.search(names, q, limit=limit), searcher.search(q, limit=limit))
            searches += 1
    assert 0 < fuzzy_runs < searches  # some pages were filled by names scoring 100, some were not


def _fixture_graphs() -> dict[str, str]:
    """Each document graph of the fixture as N-Triples, what ingest hands the store."""
    dataset = ox.Store()
    with (Path(__file__).parent / "fixtures" / "api" / "graph.trig").open("rb") as fh:
        dataset.load(fh, format=ox.RdfFormat.TRIG)
    out = {}
    for graph in dataset.named_graphs():
        quads = dataset.quads_for_pattern(None, None, None, graph)
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        out[graph.value] = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()
    return out


def test_ingest_writes_store_and_index_in_one_step_and_replaces_a_changed_document(tmp_path: Path) -> None:
    graphs = _fixture_graphs()
    store = IndexedStore(tmp_path / "store", index_path=tmp_path / "index.sqlite3")
    for graph, ntriples in graphs.items():
        store.replace_graph(graph, ntriples)
    ix = ReadIndex(tmp_path / "index.sqlite3")
    assert all(line.agrees for line in compare(store, ix))
    assert new_lists.events(ix, F(), limit=20, offset=0)[0] == 3

    onee_graph = next(g for g in graphs if g.endswith(DOC_ONEE))
    changed = "\n".join(line for line in graphs[onee_graph].splitlines() if BOARD_SESSION not in line)
    store.replace_graph(onee_graph, changed)  # the document now says nothing of the board session
    assert all(line.agrees for line in compare(store, ix))
    assert BOARD_SESSION not in {e["key"] for e in new_lists.events(ix, F(), limit=20, offset=0)[1]}
    _same(old_lists.persons(store, F(), limit=20, offset=0), new_lists.persons(ix, F(), limit=20, offset=0))

    store.drop_graph(onee_graph)
    assert all(line.agrees for line in compare(store, ix))
    assert DOC_ONEE not in {d["key"] for d in new_lists.documents(ix, F(), limit=20, offset=0)[1]}
    store.close()


def test_a_write_cut_short_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    home = load_fixture_store(tmp_path)
    store = RdfStore(home / "store", read_only=True)
    writer = IndexWriter(tmp_path / "index.sqlite3")
    sync(store, writer)
    before = writer.conn.execute("SELECT (SELECT COUNT(*) FROM t), (SELECT COUNT(*) FROM item), "
                                 "(SELECT group_concat(state) FROM doc)").fetchone()
    graph = store.document_graphs()[0]
    changed = triples_of(store.quads(graph))[:-5]
    new = [(s.replace("@", "@new/"), p, o, k) for s, p, o, k in changed]
    with pytest.raises(TypeError):  # two valid graphs written, then a broken one: all or nothing
        writer.replace_many([(graph, changed), ("https://w3id.org/marsad/graph/new", new),
                             (store.document_graphs()[1], [None])])  # type: ignore[list-item]
    after = writer.conn.execute("SELECT (SELECT COUNT(*) FROM t), (SELECT COUNT(*) FROM item), "
                                "(SELECT group_concat(state) FROM doc)").fetchone()
    assert after == before
    assert all(line.agrees for line in compare(store, ReadIndex(tmp_path / "index.sqlite3")))
    writer.conn.execute("DELETE FROM t WHERE id = (SELECT MIN(id) FROM t)")  # damage it: the check must see it
    assert not all(line.agrees for line in compare(store, ReadIndex(tmp_path / "index.sqlite3")))
    writer.close()
    store.close()


def test_with_the_cache_off_nothing_is_kept_and_answers_are_the_same(tmp_path: Path) -> None:
    home = load_fixture_store(tmp_path)
    with TestClient(create_app(Settings(home=home))) as cached, \
            TestClient(create_app(Settings(home=home, api_cache=False))) as uncached:
        for path in ("/institutions", f"/persons/{BENALI}", "/stats", "/search?q=benali", "/graph", "/"):
            assert cached.get(path).content == uncached.get(path).content == cached.get(path).content
        assert cached.app.state.marsad.cache.entries  # type: ignore[attr-defined]
        assert not uncached.app.state.marsad.cache.entries  # type: ignore[attr-defined]


def test_date_filters_find_items_by_any_of_their_dates(tmp_path: Path) -> None:
    """A date filter keeps an item when any of its dates is in range: items with one date are found by
    the range of ``item.date``, those with several (here an event, the decisions taken at it, and a
    document, each given a second date in 2023) through their dates in the graph; totals and items
    agree with the SPARQL readers for ranges that hold the first date, the second, both or neither."""
    store = IndexedStore(tmp_path / "store", index_path=tmp_path / "index.sqlite3")
    for graph, ntriples in _fixture_graphs().items():
        store.replace_graph(graph, ntriples)
    xsd_date = "<http://www.w3.org/2001/XMLSchema#date>"
    store.replace_graph("https://w3id.org/marsad/graph/second-dates", "\n".join([
        f'<https://w3id.org/marsad/id/event/{BOARD_SESSION}> <https://w3id.org/marsad/ontology#date> '
        f'"2023-06-01"^^{xsd_date} .',
        f'<https://w3id.org/marsad/id/document/{DOC_ONEE}> <https://w3id.org/marsad/ontology#published> '
        f'"2023-06-01"^^{xsd_date} .']) + "\n")
    ix = ReadIndex(tmp_path / "index.sqlite3")
    several = ix.rows("SELECT iri FROM item WHERE date < date_max")
    assert {f"@event/{BOARD_SESSION}", f"@document/{DOC_ONEE}"} <= {r[0] for r in several}
    assert any(r[0].startswith("@decision/") for r in several)
    cases = [F(year=2023), F(year=2024), F(year=2022), F(date_from=date(2023, 7, 1), date_to=date(2024, 3, 1)),
             F(date_from=date(2023, 5, 1), date_to=date(2023, 6, 30)), F(date_to=date(2023, 6, 1)),
             F(date_from=date(2024, 3, 12)), F(year=2024, date_to=date(2024, 3, 11))]
    for name in ("events", "documents", "decisions", "partnerships"):
        for f in cases:
            old = getattr(old_lists, name)(store, f, limit=100, offset=0)
            new = getattr(new_lists, name)(ix, f, limit=100, offset=0)
            assert new[0] == old[0], (name, f)
            assert {i["iri"] for i in new[1]} == {i["iri"] for i in old[1]}, (name, f)
    found = new_lists.events(ix, F(year=2023), limit=100, offset=0)[1]
    assert BOARD_SESSION in {e["key"] for e in found}  # by its second date only
    store.close()


def test_a_detail_carries_its_first_sources_and_the_rest_come_a_page_at_a_time(
        stores: tuple[RdfStore, ReadIndex], monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy resource's detail stops at ``SOURCES_PAGE`` sources (here 1) and says how many there are;
    ``sources_page`` gives all of them in the same order, page by page, as the SPARQL reader does."""
    store, ix = stores
    monkeypatch.setattr(repo_common, "SOURCES_PAGE", 1)
    old, new = old_details.detail(store, "institution", ONEE), new_details.detail(ix, "institution", ONEE)
    _same(old, new)
    found: dict[str, Any] = dict(new)
    first, total, decisions = found["sources"], found["sources_total"], found["decisions"]
    assert len(first) == 1 and total >= 2
    assert decisions and all(len(d["sources"]) <= 1 and d["sources_total"] >= len(d["sources"]) for d in decisions)
    pages = []
    for offset in range(total + 1):
        page = new_details.sources_page(ix, "institution", ONEE, limit=1, offset=offset)
        _same(old_details.sources_page(store, "institution", ONEE, limit=1, offset=offset), page)
        assert page[0] == total
        pages += page[1]
    assert pages[:1] == first and len(pages) == total
    assert len({json.dumps(p, sort_keys=True, ensure_ascii=False) for p in pages}) == total
    for reader, source in ((new_details.sources_page, ix), (old_details.sources_page, store)):
        with pytest.raises(NotFound):
            reader(source, "institution", "0000000000000000", limit=1, offset=0)  # type: ignore[arg-type]
        with pytest.raises(NotFound):
            reader(source, "document", DOC_ONEE, limit=1, offset=0)  # type: ignore[arg-type]


def test_a_person_detail_carries_its_first_posts_and_the_rest_come_a_page_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A head of state is attested in hundreds of posts: the detail stops at ``POSTS_PAGE`` (here 2) and says
    how many there are; ``person_posts_page`` gives all of them in the detail's order, page by page, as the
    SPARQL reader does, and so does ``/persons/{key}/posts``."""
    home = load_fixture_store(tmp_path)
    person = repo_common.resource("person", BENALI).value
    mrs, label = "https://w3id.org/marsad/ontology#", "http://www.w3.org/2000/01/rdf-schema#label"
    day = "<http://www.w3.org/2001/XMLSchema#date>"
    extra = "".join(
        f'<https://example.org/tenure/{n}> <{mrs}holder> <{person}> .\n'
        f'<https://example.org/tenure/{n}> <{mrs}post> <https://example.org/post/{n % 3}> .\n'
        f'<https://example.org/tenure/{n}> <{mrs}attestedOn> "2024-0{1 + n % 5}-01"^^{day} .\n'
        f'<https://example.org/post/{n % 3}> <{label}> "منصب {n % 3}"@ar .\n' for n in range(7))
    writable = RdfStore(home / "store")
    writable.replace_graph("https://w3id.org/marsad/graph/extra-posts", extra)
    writable.close()
    store = RdfStore(home / "store", read_only=True)
    rebuild(store, home / "index" / "index.sqlite3")
    ix = ReadIndex(home / "index" / "index.sqlite3")
    monkeypatch.setattr(repo_common, "POSTS_PAGE", 2)
    monkeypatch.setattr(old_details, "POSTS_PAGE", 2)
    old, new = old_details.detail(store, "person", BENALI), new_details.detail(ix, "person", BENALI)
    _same(old, new)
    first, total = dict(new)["posts"], dict(new)["posts_total"]
    assert len(first) == 2 and total == 8  # the fixture's one post and the seven added
    pages = []
    for offset in range(0, total + 3, 3):
        page = new_details.person_posts_page(ix, BENALI, limit=3, offset=offset)
        _same(old_details.person_posts_page(store, BENALI, limit=3, offset=offset), page)
        assert page[0] == total
        pages += page[1]
    assert pages[:2] == first and len(pages) == total
    assert [p["attested_on"] for p in pages] == sorted(p["attested_on"] for p in pages)
    for reader, source in ((new_details.person_posts_page, ix), (old_details.person_posts_page, store)):
        with pytest.raises(NotFound):
            reader(source, "0000000000000000", limit=1, offset=0)  # type: ignore[arg-type]
    with TestClient(create_app(Settings(home=home, api_cache=False))) as client:
        body = client.get(f"/persons/{BENALI}/posts", params={"per_page": 3, "page": 2}).json()
        assert body["total"] == total and body["pages"] == 3
        assert body["items"] == json.loads(json.dumps(pages[3:6], ensure_ascii=False))
        assert client.get("/persons/0000000000000000/posts").status_code == 404
        assert client.get(f"/persons/{BENALI}").json()["posts_total"] == total
    store.close()


def test_a_changed_confidence_moves_its_resources_in_and_out_of_min_confidence(tmp_path: Path) -> None:
    """Re-ingesting a document whose evidence keeps its IRI but gets another confidence (a new extractor
    version) changes which resources ``min_confidence`` keeps, in the index as in the store."""
    import re

    graphs = _fixture_graphs()
    store = IndexedStore(tmp_path / "store", index_path=tmp_path / "index.sqlite3")
    for graph, ntriples in graphs.items():
        store.replace_graph(graph, ntriples)
    ix = ReadIndex(tmp_path / "index.sqlite3")
    confidence = re.compile(r'(<https://w3id.org/marsad/ontology#confidence> )"[0-9.]+"')
    for value in ("0.1", "1.0"):
        for graph, ntriples in graphs.items():  # every evidence node keeps its IRI and links
            store.replace_graph(graph, confidence.sub(rf'\1"{value}"', ntriples))
        for name in ("institutions", "persons", "events", "decisions", "partnerships", "posts"):
            filters = F(min_confidence=0.5)
            old = getattr(old_lists, name)(store, filters, limit=50, offset=0)
            new = getattr(new_lists, name)(ix, filters, limit=50, offset=0)
            _same(old, new)
            assert (new[0] > 0) == (value == "1.0"), (name, value)
    store.close()


def test_a_name_another_document_adds_or_takes_back_is_searchable_exactly_while_stated(tmp_path: Path) -> None:
    """A resource refreshed for a new source keeps its name rows; when a document gives it another spelling,
    or a new label, search and the lists' ``q`` filter follow, and forget it when the document goes."""
    graphs = _fixture_graphs()
    store = IndexedStore(tmp_path / "store", index_path=tmp_path / "index.sqlite3")
    for graph, ntriples in graphs.items():
        store.replace_graph(graph, ntriples)
    ix = ReadIndex(tmp_path / "index.sqlite3")
    searcher = Searcher(ix)
    person = f"<https://w3id.org/marsad/id/person/{BENALI}>"
    extra = "https://w3id.org/marsad/graph/extra-spelling"
    alt = f'{person} <http://www.w3.org/2004/02/skos/core#altLabel> "زكرياء الفاسي الفهري"@ar .\n'

    def found(q: str) -> bool:
        return any(r["key"] == BENALI for r in searcher.search(q, limit=20))

    assert found("Mohamed Benali") and not found("زكرياء الفاسي")
    store.replace_graph(extra, alt)
    assert found("زكرياء الفاسي") and found("Mohamed Benali")
    label = f'{person} <http://www.w3.org/2000/01/rdf-schema#label> "أ بنعلي الثاني"@ar .\n'
    store.replace_graph(extra, alt + label)  # a label that sorts first becomes the one shown

    def listed(q: str) -> list[Any]:
        new = new_lists.persons(ix, F(q=q), limit=20, offset=0)
        _same(old_lists.persons(store, F(q=q), limit=20, offset=0), new)
        return [r["key"] for r in new[1]]

    assert listed("الثاني") == [BENALI]
    assert any(r["label"] == "أ بنعلي الثاني" for r in searcher.search("بنعلي", limit=20))
    store.drop_graph(extra)
    assert not found("زكرياء الفاسي") and found("Mohamed Benali")
    assert listed("الثاني") == []
    assert not any(r["label"] == "أ بنعلي الثاني" for r in searcher.search("بنعلي", limit=20))
    assert all(line.agrees for line in compare(store, ix))
    store.close()


# -- a first load written in bulk ---------------------------------------------------------------------------

_ROWS = {  # every table by value (row ids left out: they depend on the order of writing)
    "doc": "SELECT graph, state FROM doc",
    "t": "SELECT s, p, o, k, n FROM t",
    "dt": "SELECT d.graph, t.s, t.p, t.o, t.k FROM dt JOIN doc AS d ON d.id = dt.doc JOIN t ON t.id = dt.tid",
    "typed": "SELECT cls, n FROM typed WHERE n > 0",
    "item": "SELECT * FROM item",
    "rc": "SELECT d.graph, res, conf FROM rc JOIN doc AS d ON d.id = rc.doc",
    "src": "SELECT d.graph, res, document, title, pub, start, end, quote, conf "
           "FROM src JOIN doc AS d ON d.id = src.doc",
    "ev": "SELECT * FROM ev",
    "dec": "SELECT * FROM dec",
}
_ORDERED_ROWS = {  # a resource's labels and names keep their order
    "lab": "SELECT iri, label FROM lab ORDER BY iri, id",
    "name": "SELECT iri, label, name, folded, key, latin, skel FROM name ORDER BY iri, id",
}


def _index_rows(path: Path) -> dict[str, list[Any]]:
    """The index's rows by value, but the ontology graph's (its blank nodes are labelled anew at each load);
    the full-text tables must agree with their content tables (SQLite's own integrity check)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        rows = {name: sorted((r for r in conn.execute(sql) if not _ontology_blank(name, r)), key=repr)
                for name, sql in _ROWS.items()}
        rows.update({name: conn.execute(sql).fetchall() for name, sql in _ORDERED_ROWS.items()})
        for fts in ("lab_fts", "name_fts"):
            conn.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
        return rows
    finally:
        conn.close()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())
    finally:
        conn.close()


ONTOLOGY = "https://w3id.org/marsad/graph/ontology"


def _ontology_blank(table: str, row: tuple[Any, ...]) -> bool:
    """The ontology's state and its triples with a blank node (labelled anew each time it is loaded)."""
    if table == "doc":
        return bool(row[0] == ONTOLOGY)
    if table in ("t", "dt"):
        s, k = (row[0], row[3]) if table == "t" else (row[1], row[4])
        return str(s).startswith("_:") or k == "b"
    return False


def _ingest_quietly(paths: list[Path], settings: Settings) -> None:
    import io

    from rich.console import Console

    from marsad.ingest import run_ingest

    summary = run_ingest(paths, settings=settings, neo4j=False, console=Console(file=io.StringIO()))
    assert summary.stored and not summary.failed and not summary.quarantined


def test_a_first_load_written_in_bulk_equals_one_written_document_by_document(tmp_path: Path) -> None:
    articles = Path(__file__).parent.parent / "data" / "articles"
    bulk, single = Settings(home=tmp_path / "bulk"), Settings(home=tmp_path / "single", index_bulk=False)
    for settings in (bulk, single):
        _ingest_quietly([articles], settings)
    assert not list(bulk.index_path.parent.glob("*-stage-*"))
    first = _index_rows(bulk.index_path)
    assert first["doc"] and first["item"] and first["name"] and first["src"]
    assert first == _index_rows(single.index_path)
    # the publish dropped an index and a trigger while it filled the triples: both are back, as created
    assert _schema(bulk.index_path) == _schema(single.index_path)
    store = RdfStore(bulk.store_path, read_only=True)
    try:
        assert all(line.agrees for line in compare(store, ReadIndex(bulk.index_path)))
    finally:
        store.close()

    # a second load (the index lists something now: written document by document) that changes one
    # document and adds another gives both indexes the same rows again
    more = tmp_path / "more"
    more.mkdir()
    source = sorted(articles.glob("*.txt"))[0]
    (more / source.name).write_text(source.read_text(encoding="utf-8") + "\nوصادق المجلس على الميزانية.\n",
                                    encoding="utf-8")
    (more / "extra.txt").write_text(sorted(articles.glob("*.txt"))[1].read_text(encoding="utf-8"),
                                    encoding="utf-8")
    for settings in (bulk, single):
        _ingest_quietly([more], settings)
    second = _index_rows(bulk.index_path)
    assert second != first
    assert second == _index_rows(single.index_path)


def test_a_staged_first_load_is_unseen_until_published_and_a_cut_short_one_is_indexed_again(tmp_path: Path) -> None:
    home = load_fixture_store(tmp_path)
    store = RdfStore(home / "store", read_only=True)
    path = tmp_path / "index.sqlite3"
    graphs = store.document_graphs()
    writer = IndexWriter(path)
    assert writer.stage_many([(g, triples_of(store.quads(g))) for g in graphs]) == len(graphs)
    assert writer.staged == len(graphs) and writer.stage_path.exists()
    ix = ReadIndex(path)
    assert new_lists.documents(ix, F(), limit=20, offset=0)[0] == 0  # readers see the index as it was
    writer._checkpointer.close()  # the process is killed: no publish
    writer.conn.close()
    # its staging file now bears the pid of a process that has exited; another of a process still running
    dead, running = subprocess.Popen(["true"]), subprocess.Popen(["sleep", "30"])
    dead.wait()
    left = Path(f"{path}-stage-{dead.pid}")
    writer.stage_path.rename(left)
    live = Path(f"{path}-stage-{running.pid}")
    live.write_bytes(b"")
    try:
        again = IndexWriter(path)  # the next writer removes the dead one's stage; its sync indexes the store's graphs
        assert not left.exists() and live.exists() and again.staged == 0
    finally:
        running.kill()
        running.wait()
    sync(store, again, only_missing=True)
    again.close()
    assert new_lists.documents(ix, F(), limit=20, offset=0)[0] == len(graphs)
    assert all(line.agrees for line in compare(store, ix))
    store.close()


def test_a_graph_staged_twice_or_dropped_while_staged_is_published_as_last_written(tmp_path: Path) -> None:
    home = load_fixture_store(tmp_path)
    store = RdfStore(home / "store", read_only=True)
    graphs = store.document_graphs()
    full = {g: triples_of(store.quads(g)) for g in graphs}
    staged, direct = IndexWriter(tmp_path / "staged.sqlite3"), IndexWriter(tmp_path / "direct.sqlite3", bulk=False)
    for writer in (staged, direct):
        writer.stage_many([(g, full[g]) for g in graphs])
        writer.stage_many([(graphs[0], full[graphs[0]][:-3])])  # written again, shorter
        writer.drop(graphs[1])
        writer.replace_many([(graphs[2], full[graphs[2]][:-1])])  # written directly while the rest is staged
    assert staged.staged == len(graphs) - 2
    for writer in (staged, direct):
        writer.close()
    rows = _index_rows(tmp_path / "staged.sqlite3")
    assert rows == _index_rows(tmp_path / "direct.sqlite3")
    assert graphs[1] not in {graph for graph, _state in rows["doc"]}
    store.close()


def test_the_api_leaves_indexing_to_a_running_writer_and_catches_up_once_it_is_gone(tmp_path: Path) -> None:
    from marsad.lock import writer_lock

    home = load_fixture_store(tmp_path)  # a store whose graphs the (empty) index has never seen
    settings = Settings(home=home)
    IndexWriter(settings.index_path).close()
    ix = ReadIndex(settings.index_path)
    with writer_lock(home, command="marsad ingest (a first load, staging its index)"):
        with TestClient(create_app(settings)) as client:
            assert client.get("/documents").status_code == 200
        assert new_lists.documents(ix, F(), limit=20, offset=0)[0] == 0  # left to the writer
    with TestClient(create_app(settings)) as client:
        assert client.get("/documents").status_code == 200
    assert new_lists.documents(ix, F(), limit=20, offset=0)[0] == 3


# -- the index's triples made in the worker from the graph as built ------------------------------------------


def _both_ways(doc_id: str, text: str) -> tuple[list[Any], list[Any]]:
    from marsad.loaders.document import SourceDocument
    from marsad.loaders.pipeline import process
    from marsad.readmodel.writer import index_triples, parse_ntriples

    result = process(SourceDocument(id=doc_id, text=text), keep_triples=True)
    assert result.error is None and result.triples is not None
    return index_triples(result.triples), parse_ntriples(result.ntriples)


def test_index_triples_of_the_built_graph_are_those_parsed_from_its_ntriples(shared: Path) -> None:
    """``index_triples`` (what ingest's workers send) gives exactly, in the same order, what parsing the
    document's N-Triples gives, on the sample articles, the seeds and the dev articles."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((Path(__file__).parents[1] / "data" / "articles")
                                                                     .glob("*.txt"))]
    for folder in (shared / "seeds", shared / "corpus" / "dev"):
        texts += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    assert len(texts) >= 20
    for doc_id, text in texts:
        direct, parsed = _both_ways(doc_id, text)
        assert direct == parsed, doc_id
        assert any(k.startswith("@") for _s, _p, _o, k in direct)  # language-tagged labels are among them


def test_index_triples_keep_escapes_and_lowercase_language_tags() -> None:
    """Literals that N-Triples escapes (a quote, a backslash, line breaks) come out as parsed, and a language tag
    is lowercased as the parser does; a blank node, which no document's graph has, is refused."""
    from rdflib import BNode, Literal, URIRef

    from marsad.loaders.rdf.triples import Triples
    from marsad.readmodel.writer import index_triples, parse_ntriples

    graph = Triples()
    s, p = URIRef("https://w3id.org/marsad/id/person/x"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    for text in ('قال "نعم"', "a\\b", "سطر\nآخر\r", "tab\there"):
        graph.add((s, p, Literal(text, lang="AR")))
    graph.add((s, URIRef("https://w3id.org/marsad/ontology#start"), Literal(5)))
    graph.add((s, URIRef("https://example.org/p"), Literal("x", datatype=URIRef("https://example.org/dt"))))
    assert index_triples(graph) == parse_ntriples(graph.ntriples())
    assert {k for _s, _p, _o, k in index_triples(graph)} == {"@ar", "i", "^https://example.org/dt"}
    with_blank = Triples()
    with_blank.add((s, p, BNode("b1")))
    with pytest.raises(TypeError):
        index_triples(with_blank)
