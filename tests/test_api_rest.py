"""The REST routes over the fixture graph, through a real uvicorn server: lists with filters and
paging, details with sources, search, stats, export, the explorer's graph, injection attempts."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_helpers import (
    ABDI,
    AGREEMENT,
    ALAOUI,
    BENALI,
    BOARD,
    BOARD_SESSION,
    BUDGET_2024,
    DG_POST,
    DOC_ONEE,
    MINISTRY,
    ONEE,
    REGION,
    LiveServer,
    live_server,
    load_fixture_store,
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(load_fixture_store(tmp_path_factory.mktemp("api-rest"))) as live:
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def keys(page: dict[str, object]) -> set[str]:
    items = page["items"]
    assert isinstance(items, list)
    return {item["key"] for item in items}


def test_institutions_list_and_kind_filter_includes_subclasses(client: httpx.Client) -> None:
    page = client.get("/institutions").json()
    assert page["total"] == 5 and page["page"] == 1 and page["pages"] == 1
    assert keys(page) == {ONEE, BOARD, MINISTRY, REGION, "774a2668361c83e1"}
    assert keys(client.get("/institutions", params={"kind": "territorial"}).json()) == {REGION}
    assert keys(client.get("/institutions", params={"kind": "governing_body"}).json()) == {BOARD, "774a2668361c83e1"}
    assert keys(client.get("/institutions", params={"parent": ONEE}).json()) == {BOARD}


def test_institution_detail_has_sub_units_sessions_decisions_and_sources(client: httpx.Client) -> None:
    d = client.get(f"/institutions/{ONEE}").json()
    assert d["label"] == "المكتب الوطني للكهرباء والماء الصالح للشرب"
    assert [p["key"] for p in d["parents"]] == [MINISTRY] and d["parents"][0]["relation"] == "supervised by"
    assert [s["key"] for s in d["sub_units"]] == [BOARD]
    assert {e["key"] for e in d["events"]} >= {BOARD_SESSION}
    assert BUDGET_2024 in {x["key"] for x in d["decisions"]}
    budget = next(x for x in d["decisions"] if x["key"] == BUDGET_2024)
    assert budget["kind"] == "budget" and budget["sources"][0]["quote"] == "وصادق المجلس على ميزانية سنة 2024"
    assert d["posts"][0]["key"] == DG_POST and d["posts"][0]["holder"]["key"] == ALAOUI  # latest attested
    assert {s["document"]["key"] for s in d["sources"]} == {DOC_ONEE, "53d98dfa12f72f24"}
    assert d["sources_total"] == len(d["sources"]) and budget["sources_total"] == len(budget["sources"])


def test_the_sources_route_pages_through_every_source_of_a_resource(client: httpx.Client) -> None:
    whole = client.get(f"/institutions/{ONEE}").json()["sources"]
    pages = [client.get(f"/sources/institution/{ONEE}", params={"page": n, "per_page": 1}).json()
             for n in range(1, len(whole) + 2)]
    assert all(p["total"] == len(whole) >= 2 and p["pages"] == len(whole) for p in pages)
    assert [item for p in pages for item in p["items"]] == whole  # in the detail's order, nothing twice
    assert pages[-1]["items"] == []
    assert client.get("/sources/institution/0000000000000000").status_code == 404
    assert client.get(f"/sources/document/{DOC_ONEE}").status_code == 422  # documents are the sources


def test_posts_as_of_gives_the_holder_on_that_date(client: httpx.Client) -> None:
    def holder(as_of: str) -> str | None:
        page = client.get("/posts", params={"institution": ONEE, "as_of": as_of}).json()
        return page["items"][0]["holder"]["key"] if page["items"] else None

    assert holder("2024-04-01") == BENALI
    assert holder("2024-07-01") == ALAOUI
    assert holder("2020-01-01") is None  # nobody attested yet: no post listed
    assert client.get("/posts", params={"institution": ONEE}).json()["items"][0]["holder"]["acting"] is True


def test_persons_events_decisions_partnerships_documents_filters(client: httpx.Client) -> None:
    assert keys(client.get("/persons", params={"institution": ONEE}).json()) == {BENALI, ALAOUI}
    assert keys(client.get("/persons", params={"q": "العبدي"}).json()) == {ABDI}
    assert keys(client.get("/events", params={"person": ALAOUI}).json()) == {BOARD_SESSION, "44b2ca80a5b93940"}
    assert keys(client.get("/events", params={"kind": "session", "year": 2024}).json()) == {BOARD_SESSION}
    assert keys(client.get("/events", params={"from": "2024-01-01", "to": "2024-05-01"}).json()) == {BOARD_SESSION}
    assert keys(client.get("/events", params={"institution": BOARD}).json()) == {BOARD_SESSION}
    decisions = client.get("/decisions", params={"kind": "budget"}).json()
    assert decisions["total"] == 2 and all(i["kind"] == "budget" for i in decisions["items"])
    assert keys(client.get("/decisions", params={"kind": "budget", "year": 2024}).json()) == {BUDGET_2024}
    assert client.get("/decisions", params={"fiscal_year": 2024}).json()["total"] == 2
    assert client.get("/decisions", params={"action": "review"}).json()["items"][0]["kind"] == "report"
    assert keys(client.get("/partnerships", params={"institution": MINISTRY}).json()) == {AGREEMENT}
    assert client.get("/partnerships", params={"year": 2024}).json()["total"] == 0
    docs = client.get("/documents", params={"outlet": "hespress"}).json()
    assert keys(docs) == {DOC_ONEE} and docs["items"][0]["published"] == "2024-03-12"


@pytest.mark.parametrize(("path", "type_"), [(f"/persons/{ALAOUI}", "person"), (f"/posts/{DG_POST}", "post"),
                                             (f"/events/{BOARD_SESSION}", "event"),
                                             (f"/decisions/{BUDGET_2024}", "decision"),
                                             (f"/partnerships/{AGREEMENT}", "agreement"),
                                             (f"/documents/{DOC_ONEE}", "document")])
def test_details_of_every_resource(client: httpx.Client, path: str, type_: str) -> None:
    d = client.get(path).json()
    assert d["type"] == type_ and d["key"] == path.rsplit("/", 1)[1] and d["label"]
    if type_ != "document":
        assert d["sources"] and all(s["quote"] for s in d["sources"])


def test_event_and_document_details(client: httpx.Client) -> None:
    event = client.get(f"/events/{BOARD_SESSION}").json()
    assert event["date"] == "2024-03-12" and event["place"] == "الرباط"
    assert [c["key"] for c in event["chairs"]] == [BENALI] and [p["key"] for p in event["participants"]] == [ALAOUI]
    assert {x["key"] for x in event["decisions"]} >= {BUDGET_2024}
    doc = client.get(f"/documents/{DOC_ONEE}").json()
    text = doc["text"]
    assert doc["facts"] and all(text[f["start"]:f["end"]] == f["quote"] for f in doc["facts"])
    person = client.get(f"/persons/{ALAOUI}").json()
    assert {(p["key"], p["acting"]) for p in person["posts"]} == {(DG_POST, True)}
    assert (person["events"][0]["key"], person["events"][0]["role"]) == (BOARD_SESSION, "participant")


def test_paging_bounds_and_totals(client: httpx.Client) -> None:
    first = client.get("/institutions", params={"per_page": 2}).json()
    second = client.get("/institutions", params={"per_page": 2, "page": 2}).json()
    last = client.get("/institutions", params={"per_page": 2, "page": 3}).json()
    assert first["total"] == 5 and first["pages"] == 3 and len(first["items"]) == 2
    assert keys(first).isdisjoint(keys(second)) and len(last["items"]) == 1
    assert client.get("/institutions", params={"page": 9}).json()["items"] == []
    for bad in ({"per_page": 101}, {"per_page": 0}, {"page": 0}, {"page": "x"}):
        answer = client.get("/institutions", params=bad)
        assert answer.status_code == 422 and answer.json()["error"]["code"] == "validation_error"


INJECTIONS = ['" } ; DROP ALL ; #', "x\" || true) } UNION { ?item ?p ?o } #", "') OR 1=1 --",
              "<http://evil> . } INSERT DATA { <a> <b> <c> } #", "MATCH (n) DETACH DELETE n", "\\u0022 )", "%00"]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_strings_in_filters_give_normal_empty_results(client: httpx.Client, attack: str) -> None:
    for path, param in [("/institutions", "q"), ("/persons", "q"), ("/events", "q"), ("/documents", "outlet"),
                        ("/posts", "q"), ("/decisions", "q"), ("/partnerships", "q")]:
        answer = client.get(path, params={param: attack})
        assert answer.status_code == 200, (path, answer.text)
        assert answer.json()["total"] == 0 and answer.json()["items"] == []
    for path, param in [("/events", "institution"), ("/events", "person"), ("/institutions", "parent")]:
        answer = client.get(path, params={param: attack[:64]})
        assert answer.status_code in (200, 404), answer.text
        if answer.status_code == 200:
            assert answer.json()["items"] == []
    assert client.get("/search", params={"q": attack}).json()["results"] == []
    assert client.get("/institutions").json()["total"] == 5  # nothing changed


def test_search_arabic_folding_and_latin_names(client: httpx.Client) -> None:
    def found(q: str) -> list[str]:
        return [r["key"] for r in client.get("/search", params={"q": q}).json()["results"]]

    assert found("محمّد بنعلى")[0] == BENALI          # shadda and alef maqsura folded
    assert ONEE in found("المكتب الوطنى للكهرباء")    # ى/ي
    assert BUDGET_2024 in found("ميزانيه سنه 2024")   # ة/ه
    assert found("Mohamed Benali")[0] == BENALI       # Latin → Arabic
    assert found("Rachid El Abdi")[0] == ABDI
    assert found("Fatima-Zahra El Alaoui")[0] == ALAOUI
    assert found("Zzyzx Qwerty") == []


def test_stats_aggregates(client: httpx.Client) -> None:
    stats = client.get("/stats").json()
    assert stats["totals"]["events"] == 3 and stats["totals"]["institutions"] == 5
    per_year = {(r["institution"]["key"], r["year"]): r["events"] for r in stats["events_per_institution_year"]}
    assert per_year == {(ONEE, 2024): 2, (REGION, 2023): 1}
    kinds = {(r["kind"], r["year"]): r["decisions"] for r in stats["decisions_by_kind_year"]}
    assert kinds[("budget", 2024)] == 1 and kinds[("budget", 2023)] == 1
    assert {c["key"] for c in stats["top_chairs"]} == {BENALI, ALAOUI, ABDI}
    assert [(p["key"], p["partnerships"]) for p in stats["partnerships_per_territorial_body"]] == [(REGION, 1)]


def test_export_formats(client: httpx.Client, tmp_path: Path) -> None:
    import pyoxigraph as ox

    nq = client.get("/export", params={"format": "nq"})
    assert nq.headers["content-type"].startswith("application/n-quads")
    quads = list(ox.parse(nq.content, format=ox.RdfFormat.N_QUADS))
    assert len({q.graph_name for q in quads}) == 4  # three documents and the ontology
    ttl = client.get("/export", params={"format": "ttl"})
    assert len(list(ox.parse(ttl.content, format=ox.RdfFormat.TURTLE))) > 100
    jsonld = json.loads(client.get("/export", params={"format": "jsonld"}).content)
    assert jsonld
    rows = list(csv.reader(io.StringIO(client.get("/export", params={"format": "csv"}).text)))
    assert rows[0] == ["subject", "predicate", "object", "datatype", "language", "graph"]
    assert len(rows) == len(quads) + 1
    assert client.get("/export", params={"format": "xls"}).status_code == 422


def test_graph_overview_and_expand(client: httpx.Client) -> None:
    graph = client.get("/graph").json()
    labels = {e["label"] for e in graph["edges"]}
    assert labels == {"chair", "participant", "body"} and len(graph["nodes"]) == 8
    assert len(client.get("/graph", params={"year": 2023}).json()["nodes"]) == 3
    assert len(client.get("/graph", params={"institution": REGION}).json()["nodes"]) == 3
    node = f"https://w3id.org/marsad/id/person/{ALAOUI}"
    around = client.get("/graph/expand", params={"node": node}).json()
    assert {e["label"] for e in around["edges"]} == {"chair", "participant", "holder", "holds"}
    assert client.get("/graph/expand", params={"node": "http://example.org/x"}).status_code == 400


def test_min_confidence_shrinks_the_lists_to_the_facts_at_least_that_sure(client: httpx.Client) -> None:
    """Registry-linked bodies are 0.95, explicit cues 0.8, inferred facts 0.5 (fixture graph)."""
    assert keys(client.get("/institutions", params={"min_confidence": 0.9}).json()) == {ONEE, MINISTRY, REGION}
    assert client.get("/institutions", params={"min_confidence": 0}).json()["total"] == 5
    events = client.get("/events").json()
    sure = client.get("/events", params={"min_confidence": 0.6}).json()
    assert sure["total"] == events["total"] - 1 and "44b2ca80a5b93940" not in keys(sure)  # the inferred meeting
    decisions = client.get("/decisions", params={"min_confidence": 0.6}).json()
    assert BUDGET_2024 in keys(decisions) and decisions["total"] == client.get("/decisions").json()["total"] - 1
    assert client.get("/partnerships", params={"min_confidence": 0.6}).json()["total"] == 0
    assert client.get("/persons", params={"min_confidence": 0.96}).json()["total"] == 0
    assert client.get("/posts", params={"min_confidence": 0.8}).json()["total"] == \
        client.get("/posts").json()["total"]


@pytest.mark.parametrize("bad", ["-0.1", "1.01", "high", "nan"])
def test_min_confidence_out_of_range_or_not_a_number_is_a_422(client: httpx.Client, bad: str) -> None:
    answer = client.get("/events", params={"min_confidence": bad})
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "validation_error"
    assert "min_confidence" in json.dumps(answer.json()["error"]["detail"])


def test_details_give_each_source_its_confidence(client: httpx.Client) -> None:
    onee = client.get(f"/institutions/{ONEE}").json()
    assert onee["sources"] and {s["confidence"] for s in onee["sources"]} == {0.95}
    agreement = client.get(f"/partnerships/{AGREEMENT}").json()
    assert [s["confidence"] for s in agreement["sources"]] == [0.5]
    doc = client.get(f"/documents/{DOC_ONEE}").json()
    assert {f["confidence"] for f in doc["facts"]} == {0.95, 0.8}
