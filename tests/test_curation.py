"""Curation (`marsad resolve`): candidates, merge, split, reject, list, export/import, apply; judgements kept
across re-ingest, applied twice without change, reported (not a crash) when their nodes are gone; shown by the
API. Two short documents written here spell one speaker two ways (سعيد الناصري / الناصيري), which
resolution keeps apart."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rich.console import Console
from typer.testing import CliRunner

from marsad.cli import app
from marsad.core.errors import BadRequest, NotFound
from marsad.core.settings import Settings
from marsad.curation import judgements as jfile
from marsad.curation.rewrite import apply
from marsad.ingest import run_ingest
from marsad.store import RdfStore

runner = CliRunner()
KEPT, OTHER = "سعيد الناصري", "سعيد الناصيري"
DOC_A = ("مكتب مجلس النواب يعقد اجتماعه الأسبوعي\nترأس سعيد الناصري، رئيس مجلس النواب، يوم الاثنين 12 "
         "فبراير 2024 بالرباط، اجتماع مكتب مجلس النواب، بحضور محمد أوزين.\n")
DOC_B = ("ندوة الرؤساء بمجلس النواب\nترأس سعيد الناصيري، رئيس مجلس النواب، يوم الثلاثاء 13 فبراير 2024، "
         "اجتماع ندوة الرؤساء بمجلس النواب.\n")
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(MARSAD_HOME with the two documents ingested, the folder of the documents), built once."""
    root = tmp_path_factory.mktemp("curation")
    docs = root / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(DOC_A, encoding="utf-8")
    (docs / "b.txt").write_text(DOC_B, encoding="utf-8")
    summary = run_ingest([docs], settings=Settings(home=root / "home"), neo4j=False,
                         console=Console(file=io.StringIO()))
    assert summary.stored == 2
    return root / "home", docs


@pytest.fixture
def home(settings: Settings, template: tuple[Path, Path]) -> Settings:
    shutil.copytree(template[0], settings.home)
    return settings


def _invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def _select(settings: Settings, sparql: str) -> list[dict[str, str]]:
    store = RdfStore(settings.store_path)
    try:
        return [{k: v.value for k, v in row.items()} for row in store.select(sparql)]
    finally:
        store.close()


def _person(settings: Settings, name: str) -> str:
    rows = _select(settings, f'SELECT DISTINCT ?p WHERE {{ ?p <{LABEL}> "{name}"@ar }}')
    assert len(rows) == 1, rows
    return rows[0]["p"]


def _dump(settings: Settings) -> list[str]:
    store = RdfStore(settings.store_path)
    out = io.BytesIO()
    try:
        store.dump(out, fmt="nq")
    finally:
        store.close()
    lines = out.getvalue().decode("utf-8").splitlines()  # the document graphs (the ontology has blank nodes)
    return sorted(line for line in lines if line and not line.endswith("<https://w3id.org/marsad/graph/ontology> ."))


def _quotes(settings: Settings) -> list[str]:
    query = "SELECT ?q WHERE { GRAPH ?g { ?e <https://w3id.org/marsad/ontology#quote> ?q } }"
    return sorted(r["q"] for r in _select(settings, query))


# -- the rewrite on its own ---------------------------------------------------------------------------


def _t(s: str, p: str, o: str | ox.Literal) -> ox.Triple:
    return ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o if isinstance(o, ox.Literal) else ox.NamedNode(o))


def test_rewrite_merge_is_idempotent_and_chains() -> None:
    a, b, c, event = "urn:x:a", "urn:x:b", "urn:x:c", "urn:x:event"
    graph = {_t(b, LABEL, ox.Literal("ب", language="ar")), _t(event, "urn:x:chair", b),
             _t(event, "urn:x:evidence", "urn:x:span")}
    first = jfile.Judgement(action="merge", node=a, other=b, label={"ar": "أ"}, types=("urn:x:Person",))
    second = jfile.Judgement(action="merge", node=c, other=a, label={"ar": "ج"})
    once = apply("urn:g", graph, [first])
    assert _t(event, "urn:x:chair", a) in once and _t(a, ALT, ox.Literal("ب", language="ar")) in once
    assert _t(a, SAME_AS, b) in once and _t(a, LABEL, ox.Literal("أ", language="ar")) in once
    assert _t(event, "urn:x:evidence", "urn:x:span") in once
    assert apply("urn:g", once, [first]) == once
    both = apply("urn:g", graph, [first, second])
    assert apply("urn:g", both, [first, second]) == both
    assert _t(event, "urn:x:chair", c) in both and _t(c, SAME_AS, a) in both and _t(c, SAME_AS, b) in both
    assert apply("urn:g", graph, [jfile.Judgement(action="merge", node="urn:x:n", other="urn:x:m")]) == graph


def test_rewrite_reject_removes_the_fact_and_its_own_spans_only() -> None:
    fact, other = "urn:x:fact", "urn:x:other"
    graph = {_t(fact, "urn:x:p", "urn:x:o"), _t(fact, "https://w3id.org/marsad/ontology#evidence", "urn:x:s1"),
             _t("urn:x:s1", "urn:x:quote", ox.Literal("q")), _t("urn:x:doc", "urn:x:supports", fact),
             _t(other, "https://w3id.org/marsad/ontology#evidence", "urn:x:s2"),
             _t("urn:x:s2", "urn:x:quote", ox.Literal("r"))}
    after = apply("urn:g", graph, [jfile.Judgement(action="reject", node=fact)])
    assert after == {t for t in graph if fact not in (t.subject.value, getattr(t.object, "value", ""))
                     and t.subject.value != "urn:x:s1"}


# -- the commands -------------------------------------------------------------------------------------


def test_candidates_list_the_two_spellings_with_their_evidence(home: Settings) -> None:
    page = json.loads(_invoke("resolve", "candidates", "--kind", "person", "--format", "json"))
    pair = [c for c in page["candidates"] if {KEPT, OTHER} <= set(c["names_a"]) | set(c["names_b"])]
    assert len(pair) == 1, page
    assert pair[0]["score"] >= 85 and pair[0]["documents_a"] == pair[0]["documents_b"] == 1
    assert pair[0]["shared_documents"] == 0 and "مجلس النواب" in pair[0]["shared_ties"]
    paged = json.loads(_invoke("resolve", "candidates", "--format", "json", "--limit", "1", "--page", "2"))
    assert paged["total"] >= page["total"] and len(paged["candidates"]) <= 1
    assert "candidate merges" in _invoke("resolve", "candidates", "--min-score", "50")


def test_merge_points_facts_to_the_kept_node_and_keeps_every_spelling_and_span(home: Settings) -> None:
    kept, other = _person(home, KEPT), _person(home, OTHER)
    quotes = _quotes(home)
    out = _invoke("resolve", "merge", kept.rsplit("/", 1)[-1], "person/" + other.rsplit("/", 1)[-1],
                  "--note", "same speaker", "--who", "tester")
    assert json.loads(out)["note"] == "same speaker"
    assert _select(home, f"SELECT ?s WHERE {{ {{ ?s ?p <{other}> FILTER(?p != <{SAME_AS}>) }} "
                         f"UNION {{ <{other}> ?p ?s }} }}") == []
    chairs = _select(home, "SELECT DISTINCT ?c WHERE { ?e <https://w3id.org/marsad/ontology#chair> ?c }")
    assert chairs == [{"c": kept}]
    assert {r["l"] for r in _select(home, f"SELECT ?l WHERE {{ <{kept}> <{ALT}> ?l }}")} >= {OTHER}
    assert {r["l"] for r in _select(home, f"SELECT ?l WHERE {{ <{kept}> <{LABEL}> ?l }}")} == {KEPT}
    assert _select(home, f"SELECT ?o WHERE {{ <{kept}> <{SAME_AS}> ?o }}") == [{"o": other}]
    assert _quotes(home) == quotes  # every fact keeps its source span
    [line] = jfile.path(home).read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["who"] == "tester" and record["when"] and record["node"] == kept and record["other"] == other
    before = _dump(home)
    again = runner.invoke(app, ["resolve", "merge", kept, other])
    assert isinstance(again.exception, NotFound)  # the other node is gone: nothing to merge
    assert _dump(home) == before
    listed = json.loads(_invoke("resolve", "list", "--format", "json"))
    assert [(j["action"], j["state"]) for j in listed] == [("merge", "applied")]
    assert "merge" in _invoke("resolve", "list")


def test_split_takes_one_documents_mentions_out_into_their_own_node(home: Settings) -> None:
    kept, other = _person(home, KEPT), _person(home, OTHER)
    _invoke("resolve", "merge", kept, other)
    graph_b = _select(home, f'SELECT ?g WHERE {{ GRAPH ?g {{ ?d <https://w3id.org/marsad/ontology#text> ?t '
                            f'FILTER(CONTAINS(?t, "{OTHER}")) }} }}')[0]["g"]
    out = json.loads(_invoke("resolve", "split", kept, "--document", graph_b, "--note", "two people after all"))
    new = out["other"]
    in_b = {r["s"] for r in _select(home, f"SELECT ?s WHERE {{ GRAPH <{graph_b}> {{ ?s ?p ?o }} }}")}
    assert new in in_b and kept not in in_b
    assert _select(home, f"SELECT ?l WHERE {{ <{new}> <{ALT}> ?l }}") == [{"l": OTHER}]
    assert kept in {r["c"] for r in _select(home, "SELECT ?c WHERE { ?e <https://w3id.org/marsad/ontology#chair> ?c }")}
    before = _dump(home)
    assert json.loads(_invoke("resolve", "split", kept, "--document", "b.txt"))["id"] == out["id"]  # by its id
    assert _dump(home) == before


def test_reject_removes_a_fact_and_its_spans(home: Settings) -> None:
    [row] = _select(home, "SELECT ?t ?e WHERE { ?t a <https://w3id.org/marsad/ontology#Tenure> ; "
                          f"<https://w3id.org/marsad/ontology#holder> ?h . ?h <{LABEL}> \"{KEPT}\"@ar . "
                          "?t <https://w3id.org/marsad/ontology#evidence> ?e }")
    _invoke("resolve", "reject", row["t"], "--note", "not a tenure")
    assert _select(home, f"SELECT ?p WHERE {{ {{ <{row['t']}> ?p ?o }} UNION {{ ?s ?p <{row['t']}> }} "
                         f"UNION {{ <{row['e']}> ?p ?o }} }}") == []


def test_judgements_survive_a_full_reingest_and_replay_on_a_fresh_store(home: Settings, template: tuple[Path, Path],
                                                                        tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    kept, other = _person(home, KEPT), _person(home, OTHER)
    _invoke("resolve", "merge", kept, other, "--note", "same speaker")
    tenure = _select(home, "SELECT ?t WHERE { ?t a <https://w3id.org/marsad/ontology#Tenure> }")[0]["t"]
    _invoke("resolve", "reject", tenure)
    curated = _dump(home)
    _invoke("ingest", str(template[1]), "--no-neo4j", "--force", "--jobs", "1")
    assert _dump(home) == curated
    exported = tmp_path / "judgements.jsonl"
    _invoke("resolve", "export", "--output", str(exported))
    assert [json.loads(line)["action"] for line in exported.read_text(encoding="utf-8").splitlines()] == [
        "merge", "reject"]
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "fresh"))
    _invoke("resolve", "import", str(exported))
    _invoke("ingest", str(template[1]), "--no-neo4j", "--jobs", "1")
    assert _dump(Settings(home=tmp_path / "fresh")) == curated
    assert "0 document graph(s) changed" in runner.invoke(app, ["resolve", "apply"]).output


def test_judgements_whose_nodes_are_gone_are_reported_not_a_crash(home: Settings, tmp_path: Path) -> None:
    gone = tmp_path / "gone.jsonl"
    gone.write_text(json.dumps({"action": "merge", "node": "https://w3id.org/marsad/id/person/0000000000000000",
                                "other": "https://w3id.org/marsad/id/person/1111111111111111", "who": "x"}) + "\n"
                    + json.dumps({"action": "reject", "node": "https://w3id.org/marsad/id/tenure/2222222222222222"})
                    + "\n", encoding="utf-8")
    before = _dump(home)
    result = runner.invoke(app, ["resolve", "import", str(gone)])
    assert result.exit_code == 0 and "2 judgement(s) added, 0 document graph(s) changed" in result.output
    assert [j["state"] for j in json.loads(_invoke("resolve", "list", "--format", "json"))] == ["missing", "applied"]
    result = runner.invoke(app, ["resolve", "apply"])
    assert result.exit_code == 0 and "missing merge" in result.output
    assert _dump(home) == before
    assert "0 judgement(s) added" in runner.invoke(app, ["resolve", "import", str(gone)]).output


def test_bad_input_is_a_clear_error(home: Settings, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"action": "merge", "node": "x"}\n', encoding="utf-8")
    result = runner.invoke(app, ["resolve", "import", str(bad)])
    assert isinstance(result.exception, BadRequest) and "bad.jsonl:1" in result.exception.message
    result = runner.invoke(app, ["resolve", "merge", "person/0000000000000000", _person(home, KEPT)])
    assert isinstance(result.exception, NotFound)


def test_the_api_shows_the_judgement_on_the_entity(home: Settings) -> None:
    from marsad.api.app import create_app

    kept, other = _person(home, KEPT), _person(home, OTHER)
    _invoke("resolve", "merge", kept, other, "--note", "same speaker")
    key = kept.rsplit("/", 1)[-1]
    with TestClient(create_app(home)) as client:
        body = client.get(f"/persons/{key}").json()
        assert [(j["action"], j["other"], j["note"]) for j in body["judgements"]] == [("merge", other, "same speaker")]
        assert OTHER in body["alt_labels"]
        page = client.get(f"/ui/person/{key}").text
        assert "curation" in page and "same speaker" in page


@pytest.mark.neo4j
def test_neo4j_agrees_with_the_store_after_every_judgement(neo4j_settings: Settings, template: tuple[Path, Path],
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.neo4j.server import connect, local_password, local_uri

    uri = neo4j_settings.neo4j_uri or local_uri(neo4j_settings)
    password = (neo4j_settings.neo4j_password.get_secret_value() if neo4j_settings.neo4j_password
                else local_password(neo4j_settings))
    home = Settings(home=tmp_path / "home")
    shutil.copytree(template[0], home.home)
    env = {"MARSAD_HOME": str(home.home), "MARSAD_NEO4J_URI": uri, "MARSAD_NEO4J_PASSWORD": password}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    _invoke("neo4j", "sync")
    assert "agrees" in runner.invoke(app, ["neo4j", "check"]).output
    kept, other = _person(home, KEPT), _person(home, OTHER)
    result = runner.invoke(app, ["resolve", "merge", kept, other])
    assert result.exit_code == 0 and "Neo4j: 1 document(s) rewritten" in result.output, result.output
    check = runner.invoke(app, ["neo4j", "check"])
    assert check.exit_code == 0, check.output
    driver = connect(Settings())
    try:
        records, _, _ = driver.execute_query(
            "MATCH (p:Person) WHERE p.iri IN $iris OPTIONAL MATCH (p)-[:CHAIRED]->(e) "
            "RETURN p.iri AS iri, p.alt_names_ar AS alt, count(e) AS chaired", iris=[kept, other])
        assert [(r["iri"], OTHER in (r["alt"] or []), r["chaired"]) for r in records] == [(kept, True, 2)]
        graph_b = _select(home, f'SELECT ?g WHERE {{ GRAPH ?g {{ ?d <https://w3id.org/marsad/ontology#text> ?t '
                                f'FILTER(CONTAINS(?t, "{OTHER}")) }} }}')[0]["g"]
        _invoke("resolve", "split", kept, "--document", graph_b)
        tenure = _select(home, "SELECT ?t WHERE { ?t a <https://w3id.org/marsad/ontology#Tenure> }")[0]["t"]
        _invoke("resolve", "reject", tenure)
        check = runner.invoke(app, ["neo4j", "check"])
        assert check.exit_code == 0, check.output
        records, _, _ = driver.execute_query("MATCH (t {iri: $iri}) RETURN count(t) AS n", iri=tenure)
        assert records[0]["n"] == 0
        _invoke("ingest", str(template[1]), "--force", "--jobs", "1")
        check = runner.invoke(app, ["neo4j", "check"])
        assert check.exit_code == 0, check.output
    finally:
        driver.close()
