"""Named query files: headers parse, both languages agree, parameters bind with types (no server needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.core.errors import BadRequest, ConfigurationError
from marsad.queries import bind_params, load_queries, parse_header

EXPECTED = {"chairs", "institution_sessions", "person_timeline", "territorial_partnerships", "co_attendance",
            "approved_budgets"}


def test_every_query_has_both_files_and_a_header() -> None:
    queries = load_queries()
    assert set(queries) == EXPECTED
    for q in queries.values():
        assert q.title and q.description and q.columns
        for param in q.params:
            assert param.type in ("str", "int", "date", "iri") and param.description


def test_header_parsing() -> None:
    text = ("// title: T\n// description: D\n// param: year int default=2024 — the year\n"
            "// param: who iri required — a person\n// columns: a, b\nMATCH (n) RETURN n")
    head = parse_header(text, comment="//")
    assert head["title"] == "T" and head["columns"] == ("a", "b")
    params = head["params"]
    assert isinstance(params, list)
    assert [(p.name, p.type, p.required, p.default) for p in params] == [
        ("year", "int", False, "2024"), ("who", "iri", True, None)]


def test_mismatched_headers_are_refused(tmp_path: Path) -> None:
    (tmp_path / "x.rq").write_text("# title: X\n# columns: a\nSELECT ?a WHERE {}\n", encoding="utf-8")
    (tmp_path / "x.cypher").write_text("// title: X\n// columns: b\nRETURN 1 AS b\n", encoding="utf-8")
    with pytest.raises(ConfigurationError):
        load_queries(tmp_path)


def test_bind_params_types_and_errors() -> None:
    queries = load_queries()
    chairs, budgets, timeline = queries["chairs"], queries["approved_budgets"], queries["person_timeline"]
    assert bind_params(chairs, {"date_from": "2024-03-01"}) == {
        "person": None, "institution": None, "date_from": "2024-03-01", "date_to": None}
    assert bind_params(budgets, {"year": "2024"}) == {"year": 2024}
    with pytest.raises(BadRequest):
        bind_params(budgets, {"year": "twenty"})
    with pytest.raises(BadRequest):
        bind_params(chairs, {"date_from": "12/03/2024"})
    with pytest.raises(BadRequest):
        bind_params(timeline, {})
    with pytest.raises(BadRequest):
        bind_params(timeline, {"person": "not an iri"})
    with pytest.raises(BadRequest):
        bind_params(chairs, {"nope": "x"})
