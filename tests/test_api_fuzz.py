"""Fuzzing the API from its own OpenAPI document (issue 8, point 7): schemathesis generates requests for
every operation of /openapi.json of a real server; no answer may be a 500, and every answer must match
the status codes, content types and schemas the document declares. Bounded: a few examples per
operation, a fixed seed (so a run can be replayed), a request timeout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from api_helpers import PROJECT_ROOT, live_server, load_fixture_into_neo4j, load_fixture_store

from marsad.core.settings import Settings

EXAMPLES = 20
CHECKS = ("not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,"
          "response_headers_conformance")


@pytest.mark.neo4j
def test_api_answers_as_its_openapi_document_says(tmp_path: Path, neo4j_settings: Settings) -> None:
    """With a real Neo4j, so the Cypher routes answer rather than 503 (which counts as a server error)."""
    home = load_fixture_store(tmp_path)
    env = {**load_fixture_into_neo4j(home, neo4j_settings), "MARSAD_QUERY_TIMEOUT": "5", "MARSAD_ROW_CAP": "50"}
    with live_server(home, env=env) as live:
        done = subprocess.run(
            [str(Path(sys.executable).parent / "schemathesis"), "run", f"{live.url}/openapi.json",
             "--checks", CHECKS, "--max-examples", str(EXAMPLES), "--seed", "8", "--request-timeout", "20",
             "--phases", "examples,fuzzing", "--suppress-health-check", "all", "--no-color"],
            cwd=PROJECT_ROOT, env={**os.environ, "SCHEMATHESIS_HOOKS": "fuzz_hooks",
                                         "PYTHONPATH": str(PROJECT_ROOT / "tests")}, capture_output=True, text=True,
            timeout=900)
    report = done.stdout[-6000:] + done.stderr[-2000:]
    if done.returncode != 0:
        pytest.fail(f"schemathesis found problems:\n{report}")
