"""Shared fixtures: an isolated MARSAD_HOME per test, and the path to ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.settings import Settings

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
