"""Reading the registry's data files (``data/registry/*.json``), failing loudly when one is missing."""

from __future__ import annotations

import json

from marsad.core.errors import ResourceMissing
from marsad.core.paths import DATA_DIR, resource

REGISTRY_DIR = DATA_DIR / "registry"


def load_registry_file(name: str) -> object:
    path = resource(REGISTRY_DIR / name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceMissing(f"registry file {path} is unreadable: {exc}", detail={"file": str(path)}) from exc
