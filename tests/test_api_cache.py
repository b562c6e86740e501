"""Cached answers belong to one store generation: when the store changes on disk (another process
ingests), the API reopens it and answers from the new data; the cache never serves errors."""

from __future__ import annotations

import time
from pathlib import Path

from api_helpers import BENALI, load_fixture_store
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.core.settings import Settings
from marsad.store import RdfStore

NEW_INSTITUTION = """<https://w3id.org/marsad/id/institution/00000000000000aa>
  a <https://w3id.org/marsad/ontology#Ministry> ;
  <http://www.w3.org/2000/01/rdf-schema#label> "وزارة التجهيز والماء"@ar ."""


def test_a_store_change_starts_a_new_generation(tmp_path: Path) -> None:
    home = load_fixture_store(tmp_path)
    with TestClient(create_app(Settings(home=home))) as client:
        first = client.get("/institutions")
        again = client.get("/institutions")
        assert first.json()["total"] == again.json()["total"] == 5
        generation = int(again.headers["x-marsad-generation"])

        writer = RdfStore(home / "store")  # what `marsad ingest` does, while the API runs
        writer.replace_graph("https://w3id.org/marsad/graph/00000000000000aa", NEW_INSTITUTION)
        writer.flush()
        writer.close()

        deadline = time.monotonic() + 10
        while True:
            answer = client.get("/institutions")
            if answer.json()["total"] == 6 or time.monotonic() > deadline:
                break
            time.sleep(0.3)
        assert answer.json()["total"] == 6
        assert int(answer.headers["x-marsad-generation"]) > generation
        assert "وزارة التجهيز والماء" in client.get("/search", params={"q": "وزارة التجهيز"}).text


def test_errors_are_not_cached_and_cached_pages_are_identical(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(home=load_fixture_store(tmp_path)))) as client:
        assert client.get("/persons/0000000000000000").status_code == 404
        assert client.get("/persons/0000000000000000").status_code == 404
        first, second = client.get(f"/ui/person/{BENALI}"), client.get(f"/ui/person/{BENALI}")
        assert first.status_code == second.status_code == 200 and first.content == second.content
        state = client.app.state.marsad  # type: ignore[attr-defined]
        assert any(key.startswith(f"/ui/person/{BENALI}?") for key in state.cache.entries)
        assert not any("0000000000000000" in key for key in state.cache.entries)
