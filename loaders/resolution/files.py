"""Reading the registry's data files (``data/registry/*.json``), failing loudly when one is missing."""

from __future__ import annotations

from marsad.core.paths import DATA_DIR, read_json

REGISTRY_DIR = DATA_DIR / "registry"


def load_registry_file(name: str) -> object:
    return read_json(REGISTRY_DIR / name)
