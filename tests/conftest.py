"""Shared fixtures: an isolated MARSAD_HOME per test, and the path to ../shared when present."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.core.settings import Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings whose MARSAD_HOME is a fresh temporary folder (also exported for CLI runs)."""
    home = tmp_path / "marsad-home"
    monkeypatch.setenv("MARSAD_HOME", str(home))
    return Settings(home=home)


@pytest.fixture
def shared() -> Path:
    """../shared (the real articles and gold); tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present next to the project")
    return SHARED


@pytest.fixture
def neo4j_settings() -> Iterator[Settings]:
    """Settings of the Neo4j the tests use (MARSAD_NEO4J_URI, or the server `marsad neo4j start` runs under
    MARSAD_HOME), with its database wiped. No server: fail when MARSAD_REQUIRE_NEO4J=1, else skip."""
    from marsad.core.errors import Neo4jUnavailable
    from marsad.neo4j.server import connect

    settings = Settings()
    try:
        driver = connect(settings)
    except Neo4jUnavailable as exc:
        if os.environ.get("MARSAD_REQUIRE_NEO4J") == "1":
            pytest.fail(f"MARSAD_REQUIRE_NEO4J=1 but {exc.message}")
        pytest.skip(exc.message)
    with driver, driver.session(database=settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
    yield settings
