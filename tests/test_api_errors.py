"""One JSON error shape for every error: {"error": {"code", "message", "detail"}}, mapped from the
MarsadError subclasses in one place (api/errors.py), also for validation errors and unknown routes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import load_fixture_store
from fastapi.testclient import TestClient

import marsad.core.errors as errors
from marsad.api.app import create_app
from marsad.core.settings import Settings

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    home = load_fixture_store(tmp_path_factory.mktemp("api-errors"))
    settings = Settings(home=home, neo4j_uri="bolt://127.0.0.1:9", query_timeout=1.0, row_cap=20)
    with TestClient(create_app(settings), raise_server_exceptions=False) as test_client:
        yield test_client


def assert_error_shape(body: object, code: str) -> None:
    assert isinstance(body, dict) and set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "detail"}
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["detail"], dict | list)


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "code"), [
    ("GET", "/no/such/route", {}, 404, "not_found"),
    ("GET", "/institutions/0000000000000000", {}, 404, "not_found"),
    ("GET", "/ui/person/0000000000000000", {}, 404, "not_found"),
    ("GET", "/queries/no_such_query", {}, 404, "not_found"),
    ("GET", "/institutions", {"params": {"per_page": 1000}}, 422, "validation_error"),
    ("GET", "/events", {"params": {"from": "yesterday"}}, 422, "validation_error"),
    ("GET", "/events", {"params": {"kind": "party"}}, 422, "validation_error"),
    ("POST", "/cypher", {"json": {"parameters": {}}}, 422, "validation_error"),
    ("DELETE", "/institutions", {}, 405, "method_not_allowed"),
    ("GET", "/sparql", {"params": {"query": "SELECT ?x WHERE {"}}, 400, "query_syntax_error"),
    ("GET", "/sparql", {"params": {"query": "DROP ALL"}}, 403, "forbidden_query"),
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { ?s ?p ?o }"}}, 413, "row_cap_exceeded"),
    ("GET", "/sparql", {"params": {"query": SLOW}}, 504, "query_timeout"),
    ("POST", "/cypher", {"json": {"query": "MATCH (n) DETACH DELETE n"}}, 403, "forbidden_query"),
    ("POST", "/cypher", {"json": {"query": "MATCH (n) RETURN count(n)"}}, 503, "neo4j_unavailable"),
    ("GET", "/queries/chairs", {"params": {"store": "cypher"}}, 503, "neo4j_unavailable"),
    ("GET", "/queries/chairs", {"params": {"nonsense": "1"}}, 400, "bad_request"),
    ("GET", "/queries/chairs", {"params": {"date_from": "12/03/2024"}}, 400, "bad_request"),
    ("GET", "/static/vendor/nothing.js", {}, 404, "not_found"),
])
def test_every_error_has_the_one_shape(client: TestClient, method: str, path: str, kwargs: dict[str, object],
                                       status: int, code: str) -> None:
    answer = client.request(method, path, **kwargs)  # type: ignore[arg-type]
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    assert_error_shape(answer.json(), code)


def _subclasses(cls: type[errors.MarsadError]) -> list[type[errors.MarsadError]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


@pytest.mark.parametrize("error_class", [errors.MarsadError, *_subclasses(errors.MarsadError)],
                         ids=lambda c: c.__name__)
def test_each_marsad_error_maps_to_its_status_and_code(tmp_path: Path, error_class: type[errors.MarsadError]) -> None:
    app = create_app(Settings(home=tmp_path))

    @app.get("/raise")
    def boom() -> None:
        if error_class is errors.DocumentError:
            raise errors.DocumentError("doc-1", "empty")
        raise error_class("something specific went wrong", detail={"hint": "x"})

    with TestClient(app, raise_server_exceptions=False) as test_client:
        answer = test_client.get("/raise")
    assert answer.status_code == error_class.status
    assert_error_shape(answer.json(), error_class.code)


def test_unexpected_errors_are_500_in_the_same_shape(tmp_path: Path) -> None:
    app = create_app(Settings(home=tmp_path))

    @app.get("/crash")
    def crash() -> None:
        raise ZeroDivisionError("private detail")

    with TestClient(app, raise_server_exceptions=False) as test_client:
        answer = test_client.get("/crash")
    assert answer.status_code == 500
    assert_error_shape(answer.json(), "internal_error")
    assert "private detail" not in answer.text
