"""No internals in errors (issue 8, point 2): a query error says what is wrong with the query; a 5xx
answer never echoes a remote payload, a traceback, a file path or a setting, and carries an error id
that the server logs together with the traceback."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import load_fixture_store
from fastapi.testclient import TestClient

import marsad.core.errors as errors
from marsad.api.app import create_app
from marsad.core.settings import Settings

SECRET_URI = "bolt://127.0.0.1:9"
PRIVATE = re.compile(r"Traceback|File \"|/tmp/|/work/|\.py\b|MARSAD_|bolt://|password", re.IGNORECASE)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    home = load_fixture_store(tmp_path_factory.mktemp("error-privacy"))
    settings = Settings(home=home, neo4j_uri=SECRET_URI, neo4j_password="hunter2-secret", query_timeout=1.0,
                        row_cap=20)
    with TestClient(create_app(settings), raise_server_exceptions=False) as test_client:
        yield test_client


def assert_private(text: str) -> None:
    found = PRIVATE.search(text)
    assert found is None, f"{found.group(0)!r} leaked in {text}"
    assert "hunter2" not in text


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "says"), [
    ("GET", "/sparql", {"params": {"query": "SELECT ?x WHERE {"}}, 400, "syntax"),
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { ?s ?p ?o }"}}, 413, "limit of 20"),
    ("GET", "/sparql", {"params": {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
                                            "?j ?k ?l }"}}, 504, "1 s limit"),
    ("GET", "/sparql", {"params": {"query": "SELECT * WHERE { SERVICE <http://10.0.0.1/> { ?s ?p ?o } }"}}, 403,
     "SERVICE"),
    ("POST", "/cypher", {"json": {"query": "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r"}}, 403, "LOAD"),
    ("POST", "/cypher", {"json": {"query": "MATCH (n) RETURN count(n)"}}, 503, "Neo4j"),
    ("GET", "/queries/chairs", {"params": {"store": "cypher"}}, 503, "Neo4j"),
])
def test_query_errors_say_what_is_wrong_and_nothing_internal(client: TestClient, method: str, path: str,
                                                              kwargs: dict[str, object], status: int,
                                                              says: str) -> None:
    answer = client.request(method, path, **kwargs)  # type: ignore[arg-type]
    assert answer.status_code == status, answer.text
    assert says in answer.json()["error"]["message"]
    assert_private(answer.text)


def test_unavailable_neo4j_gets_an_error_id_and_the_reason_is_logged(client: TestClient,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="marsad.api"):
        answer = client.post("/cypher", json={"query": "RETURN 1"})
    error = answer.json()["error"]
    assert answer.status_code == 503 and set(error["detail"]) == {"error_id"}
    logged = [r for r in caplog.records if error["detail"]["error_id"] in r.getMessage()]
    assert logged and "bolt://127.0.0.1:9" in logged[0].getMessage()  # the operator sees the reason


@pytest.mark.parametrize("error_class", [errors.MarsadError, errors.InternalError, errors.ConfigurationError,
                                         errors.ResourceMissing, errors.StoreUnavailable, errors.Neo4jUnavailable],
                         ids=lambda c: c.__name__)
def test_server_side_errors_are_logged_with_an_id_and_answered_without_detail(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, error_class: type[errors.MarsadError]) -> None:
    app = create_app(Settings(home=tmp_path))

    @app.get("/raise")
    def boom() -> None:
        raise error_class(f"cannot read {tmp_path}/secret.ttl (MARSAD_HOME={tmp_path})",
                          detail={"path": str(tmp_path), "remote": "REMOTE-PAYLOAD"})

    with caplog.at_level(logging.ERROR, logger="marsad.api"), \
            TestClient(app, raise_server_exceptions=False) as test_client:
        answer = test_client.get("/raise")
    assert answer.status_code == error_class.status
    assert_private(answer.text)
    assert "REMOTE-PAYLOAD" not in answer.text and "secret.ttl" not in answer.text
    error_id = answer.json()["error"]["detail"]["error_id"]
    assert error_id in answer.json()["error"]["message"]
    record = next(r for r in caplog.records if error_id in r.getMessage())
    assert "secret.ttl" in record.getMessage() and record.exc_info is not None  # message and traceback logged


def test_unexpected_exceptions_are_500_with_a_logged_traceback(tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(Settings(home=tmp_path))

    @app.get("/crash")
    def crash() -> None:
        raise OSError(f"[Errno 13] Permission denied: '{tmp_path}/store/LOCK'")

    with caplog.at_level(logging.ERROR, logger="marsad.api"), \
            TestClient(app, raise_server_exceptions=False) as test_client:
        answer = test_client.get("/crash")
    assert answer.status_code == 500 and answer.json()["error"]["code"] == "internal_error"
    assert_private(answer.text)
    error_id = answer.json()["error"]["detail"]["error_id"]
    record = next(r for r in caplog.records if error_id in r.getMessage())
    assert record.exc_info is not None and "Permission denied" in record.getMessage()


def test_client_errors_keep_their_message_and_detail(tmp_path: Path) -> None:
    """4xx answers are about the request: they keep the message and detail they were raised with."""
    app = create_app(Settings(home=tmp_path))

    @app.get("/bad")
    def bad() -> None:
        raise errors.QuerySyntaxError("SPARQL syntax error: error at 1:9: expected a variable",
                                      detail={"line": 1})

    with TestClient(app, raise_server_exceptions=False) as test_client:
        body = test_client.get("/bad").json()
    assert body["error"]["message"] == "SPARQL syntax error: error at 1:9: expected a variable"
    assert body["error"]["detail"] == {"line": 1}
