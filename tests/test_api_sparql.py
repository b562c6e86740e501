"""The SPARQL 1.1 Protocol endpoint: GET and POST forms, result and graph formats, read-only,
syntax errors, the timeout and the row cap; checked with raw HTTP and with SPARQLWrapper against a
real uvicorn server."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing as mp
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from api_helpers import BENALI, LiveServer, live_server, load_fixture_store
from fastapi.testclient import TestClient
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from marsad.api.app import create_app
from marsad.core.settings import Settings

CHAIRS = """PREFIX mrs: <https://w3id.org/marsad/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?chair ?date WHERE { ?e mrs:chair ?c ; mrs:date ?date . ?c rdfs:label ?chair } ORDER BY ?date"""
ASK = "PREFIX mrs: <https://w3id.org/marsad/ontology#> ASK { ?e mrs:chair ?c }"
CONSTRUCT = """PREFIX mrs: <https://w3id.org/marsad/ontology#>
CONSTRUCT { ?e mrs:chair ?c } WHERE { ?e mrs:chair ?c }"""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    home = load_fixture_store(tmp_path_factory.mktemp("api-sparql"))
    with live_server(home, env={"MARSAD_QUERY_TIMEOUT": "1.0", "MARSAD_ROW_CAP": "50"}) as live:
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def chairs_of(body: dict[str, object]) -> list[str]:
    bindings = body["results"]["bindings"]  # type: ignore[index]
    return [b["chair"]["value"] for b in bindings]


def test_get_and_both_post_forms_answer_the_same(client: httpx.Client) -> None:
    by_get = client.get("/sparql", params={"query": CHAIRS})
    by_form = client.post("/sparql", data={"query": CHAIRS})
    by_body = client.post("/sparql", content=CHAIRS.encode(), headers={"Content-Type": "application/sparql-query"})
    for answer in (by_get, by_form, by_body):
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("application/sparql-results+json")
    assert chairs_of(by_get.json()) == chairs_of(by_form.json()) == chairs_of(by_body.json())
    assert chairs_of(by_get.json()) == ["رشيد العبدي", "محمد بنعلي", "فاطمة الزهراء العلوي"]
    binding = by_get.json()["results"]["bindings"][0]
    assert binding["chair"] == {"type": "literal", "value": "رشيد العبدي", "xml:lang": "ar"}
    assert binding["date"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"


@pytest.mark.parametrize(("accept", "fmt", "media"), [
    ("application/sparql-results+xml", "xml", "application/sparql-results+xml"),
    ("text/csv", "csv", "text/csv"),
    ("text/tab-separated-values", "tsv", "text/tab-separated-values"),
])
def test_result_formats_by_accept_and_by_parameter(client: httpx.Client, accept: str, fmt: str, media: str) -> None:
    by_accept = client.get("/sparql", params={"query": CHAIRS}, headers={"Accept": accept})
    by_param = client.get("/sparql", params={"query": CHAIRS, "format": fmt})
    assert by_accept.headers["content-type"].startswith(media) and by_accept.content == by_param.content
    text = by_accept.text
    if fmt == "xml":
        ns = {"s": "http://www.w3.org/2005/sparql-results#"}
        literals = ET.fromstring(text).findall(".//s:binding[@name='chair']/s:literal", ns)
        assert literals[0].text == "رشيد العبدي"
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["chair", "date"] and rows[1] == ["رشيد العبدي", "2023-10-05"]
    else:
        lines = text.splitlines()
        assert lines[0] == "?chair\t?date" and lines[1].startswith('"رشيد العبدي"@ar\t"2023-10-05"^^')


def test_ask_and_construct(client: httpx.Client) -> None:
    assert client.get("/sparql", params={"query": ASK}).json() == {"head": {}, "boolean": True}
    ttl = client.get("/sparql", params={"query": CONSTRUCT})
    assert ttl.headers["content-type"].startswith("text/turtle")
    assert len(list(ox.parse(ttl.content, format=ox.RdfFormat.TURTLE))) == 3
    nt = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": "application/n-triples"})
    assert nt.headers["content-type"].startswith("application/n-triples") and len(nt.text.strip().splitlines()) == 3
    jsonld = client.get("/sparql", params={"query": CONSTRUCT, "format": "jsonld"})
    assert jsonld.headers["content-type"].startswith("application/ld+json") and len(json.loads(jsonld.text)) == 3
    wrong = client.get("/sparql", params={"query": CONSTRUCT, "format": "csv"})
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "bad_request"


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "PREFIX x: <http://x#>\nDELETE WHERE { ?s ?p ?o }",
    "# a comment\nDROP ALL",
    "CLEAR DEFAULT",
    "LOAD <http://example.org/data.ttl>",
])
def test_updates_are_refused_in_every_form(client: httpx.Client, update: str) -> None:
    answers = [
        client.get("/sparql", params={"query": update}),
        client.get("/sparql", params={"update": update}),
        client.post("/sparql", data={"query": update}),
        client.post("/sparql", data={"update": update}),
        client.post("/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-update"}),
        client.post("/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-query"}),
    ]
    for answer in answers:
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"]["code"] == "forbidden_query"
        assert "read-only" in answer.json()["error"]["message"]
    assert client.get("/sparql", params={"query": ASK}).json()["boolean"] is True


def test_syntax_error_is_400_naming_the_problem(client: httpx.Client) -> None:
    answer = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?p }"})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "query_syntax_error" and "1:" in error["message"]
    missing = client.get("/sparql")
    assert missing.status_code == 400 and "query" in missing.json()["error"]["message"]
    odd = client.post("/sparql", content=b"{}", headers={"Content-Type": "application/json"})
    assert odd.status_code == 400


def test_timeout_and_row_cap(client: httpx.Client) -> None:
    slow = client.get("/sparql", params={"query": SLOW})
    assert slow.status_code == 504 and slow.json()["error"]["code"] == "query_timeout"
    many = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert many.status_code == 413 and many.json()["error"]["code"] == "row_cap_exceeded"
    assert many.json()["error"]["detail"] == {"row_cap": 50}
    assert client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 50"}).status_code == 200


def test_sparqlwrapper_select_ask_construct_and_post(server: LiveServer) -> None:
    endpoint = SPARQLWrapper(server.url + "/sparql")
    endpoint.setQuery(CHAIRS)
    endpoint.setReturnFormat(JSON)
    rows: Any = endpoint.query().convert()["results"]["bindings"]  # type: ignore[index, call-overload]
    assert [r["chair"]["value"] for r in rows][1] == "محمد بنعلي"
    endpoint.setReturnFormat(XML)
    assert endpoint.query().convert().getElementsByTagName("result").length == 3  # type: ignore[union-attr]
    endpoint.setReturnFormat(CSV)
    assert "فاطمة الزهراء العلوي" in endpoint.query().convert().decode()  # type: ignore[union-attr]
    endpoint.setMethod(POST)
    endpoint.setReturnFormat(JSON)
    endpoint.setQuery(ASK)
    assert endpoint.query().convert()["boolean"] is True  # type: ignore[index, call-overload]
    endpoint.setQuery(CONSTRUCT)
    endpoint.setReturnFormat(TURTLE)
    graph = endpoint.query().convert()
    assert len(list(ox.parse(graph, format=ox.RdfFormat.TURTLE))) == 3  # type: ignore[arg-type]


def test_sparqlwrapper_sees_refused_updates(server: LiveServer) -> None:
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    endpoint = SPARQLWrapper(server.url + "/sparql", updateEndpoint=server.url + "/sparql")
    endpoint.setMethod(POST)
    endpoint.setQuery(f"INSERT DATA {{ <https://w3id.org/marsad/id/person/{BENALI}> <http://x> 1 }}")
    with pytest.raises((SPARQLWrapperException, Exception)) as caught:
        endpoint.query()
    assert "403" in str(caught.value) or "Forbidden" in str(caught.value) or "read-only" in str(caught.value)


def test_regression_a_timed_out_query_is_killed_not_left_running(tmp_path: Path) -> None:
    """A thread cannot be stopped: an aggregate over a huge join used to keep a core busy (and pytest
    waiting at exit) after its 504. Now the worker process that ran it is killed."""
    with TestClient(create_app(Settings(home=load_fixture_store(tmp_path), query_timeout=0.5))) as client:
        before = {p.pid for p in mp.active_children()}
        slow = client.get("/sparql", params={"query": SLOW})
        assert slow.status_code == 504
        assert before - {p.pid for p in mp.active_children()}  # the worker that ran it is gone
        assert client.get("/sparql", params={"query": ASK}).json()["boolean"] is True  # a new one answers


GREEDY = "SELECT ?a ?c ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"  # sorts 420³ rows


def test_regression_a_query_past_its_memory_limit_is_stopped_with_413(tmp_path: Path) -> None:
    """Security: a query could grow its process until the machine ran out of memory (on the 32k-document
    store one join did, past 24 GB). Its worker may now use MARSAD_QUERY_MEMORY MiB: past that it ends, the
    client gets a 413 that names the setting (no internals), and a new worker answers the next query."""
    settings = Settings(home=load_fixture_store(tmp_path), query_memory=1024, query_timeout=30)
    with TestClient(create_app(settings)) as client:
        greedy = client.get("/sparql", params={"query": GREEDY})
        assert greedy.status_code == 413, greedy.text
        error = greedy.json()["error"]
        assert error["code"] == "query_memory_exceeded" and "MARSAD_QUERY_MEMORY" in error["message"]
        assert "Traceback" not in greedy.text and "memory allocation" not in greedy.text
        assert client.get("/sparql", params={"query": ASK}).json()["boolean"] is True
