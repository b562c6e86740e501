"""/queries: every named query listed with its header and run on the fixture graph (JSON and CSV);
typed parameters checked; injection strings in parameters give normal empty results."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pytest
from api_helpers import ONEE, LiveServer, live_server, load_fixture_store

from marsad.queries import load_queries

NAMES = sorted(load_queries())


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    with live_server(load_fixture_store(tmp_path_factory.mktemp("api-queries"))) as live:
        server: LiveServer = live
        with httpx.Client(base_url=server.url, timeout=30) as http:
            yield http


def required_params(info: dict[str, object]) -> dict[str, str]:
    """Values for the required parameters of a named query, taken from the fixture."""
    examples = {"iri": f"https://w3id.org/marsad/id/institution/{ONEE}", "int": "2024", "date": "2024-03-12",
                "str": "المكتب"}
    params = info["params"]
    assert isinstance(params, list)
    return {p["name"]: examples[p["type"]] for p in params if p["required"]}


def test_list_has_every_named_query_with_its_header(client: httpx.Client) -> None:
    listed = client.get("/queries").json()
    assert [q["name"] for q in listed] == NAMES
    for q in listed:
        assert q["title"] and q["columns"]
        assert all(set(p) == {"name", "type", "required", "default", "description"} for p in q["params"])


@pytest.mark.parametrize("name", NAMES)
def test_every_named_query_runs_as_json_and_csv(client: httpx.Client, name: str) -> None:
    info = next(q for q in client.get("/queries").json() if q["name"] == name)
    params = required_params(info)
    answer = client.get(f"/queries/{name}", params=params)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["name"] == name and body["store"] == "sparql" and body["columns"] == info["columns"]
    assert all(len(row) == len(body["columns"]) for row in body["rows"])
    as_csv = client.get(f"/queries/{name}", params={**params, "format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(as_csv.text)))
    assert rows[0] == info["columns"] and len(rows) == len(body["rows"]) + 1


def test_chairs_finds_the_fixture_chairs_and_filters(client: httpx.Client) -> None:
    rows = client.get("/queries/chairs").json()["rows"]
    assert {r[0] for r in rows} == {"محمد بنعلي", "فاطمة الزهراء العلوي", "رشيد العبدي"}
    only = client.get("/queries/chairs", params={"person": "بنعلي"}).json()["rows"]
    assert [r[0] for r in only] == ["محمد بنعلي"]
    dated = client.get("/queries/chairs", params={"date_from": "2024-01-01"}).json()["rows"]
    assert {r[2] for r in dated} == {"2024-03-12", "2024-06-20"}


def test_parameter_types_are_checked(client: httpx.Client) -> None:
    for params in ({"date_from": "March 2024"}, {"unknown": "1"}):
        answer = client.get("/queries/chairs", params=params)
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "bad_request"
    iri_query = next((q for q in client.get("/queries").json() if any(p["type"] == "iri" for p in q["params"])), None)
    if iri_query is not None:
        name = next(p["name"] for p in iri_query["params"] if p["type"] == "iri")
        answer = client.get(f"/queries/{iri_query['name']}", params={name: "not an iri> } DROP ALL"})
        assert answer.status_code == 400
    assert client.get("/queries/chairs", params={"store": "graphql"}).status_code == 422


@pytest.mark.parametrize("attack", ['" } ; DROP ALL ; #', "x') || true #", "' OR 1=1 //", "}} UNION {{ ?s ?p ?o }}"])
def test_injection_in_parameters_gives_empty_results(client: httpx.Client, attack: str) -> None:
    answer = client.get("/queries/chairs", params={"person": attack, "institution": attack})
    assert answer.status_code == 200 and answer.json()["rows"] == []
    assert len(client.get("/queries/chairs").json()["rows"]) == 3
