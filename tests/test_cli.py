"""The command line: `marsad extract`, `ingest`, `sparql`, `export`, `quarantine` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.core.paths import DATA_DIR
from marsad.core.settings import Settings

SAMPLES = DATA_DIR / "articles"
runner = CliRunner()


def _sample() -> Path:
    return sorted(SAMPLES.glob("*.txt"))[0]


def test_extract_prints_schema_valid_json_with_exact_spans(shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "eval" / "extraction.schema.json").read_text(encoding="utf-8"))
    result = runner.invoke(app, ["extract", str(_sample())])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)
    jsonschema.validate(facts, schema)
    text = _sample().read_text(encoding="utf-8")
    spans = [ev for key in ("persons", "institutions", "posts", "events", "decisions", "partnerships")
             for item in facts[key] for ev in item["evidence"]]
    assert spans and all(text[ev["start"]:ev["end"]] == ev["quote"] for ev in spans)


def test_extract_reports_a_bad_file_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # (FF FE 00 00 is a UTF-32 byte-order mark now)
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code != 0
    assert "bad.txt" in str(result.exception) and "binary" in str(result.exception)


def test_ingest_then_sparql_csv_and_export(settings: Settings, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--no-neo4j", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "ingest summary" in result.output and "quarantined" in result.output
    query = ("SELECT (COUNT(DISTINCT ?e) AS ?events) WHERE { ?e a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* "
             "<https://w3id.org/marsad/ontology#Event> }")
    result = runner.invoke(app, ["sparql", query, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["events"] and int(rows[1][0]) >= 6
    out = tmp_path / "graph.nq"
    result = runner.invoke(app, ["export", "--format", "nq", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("<https://w3id.org/marsad/graph/") > 100
    result = runner.invoke(app, ["quarantine"])
    assert result.exit_code == 0 and "0 quarantined" in result.output


def test_sparql_syntax_error_is_a_clear_message(settings: Settings) -> None:
    result = runner.invoke(app, ["sparql", "SELEKT ?x"])
    assert result.exit_code != 0
    assert "SPARQL syntax error" in str(result.exception)
