"""Where the model, shapes, named queries and bundled data live.

They are installed inside the package (``marsad/resources/…``), so a wheel carries them; in a checkout those
entries are links to the project's top-level folders (ontology/, shapes/, queries/, data/).
"""

from __future__ import annotations

import json
from pathlib import Path

from marsad.core.errors import ResourceMissing

PACKAGE_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PACKAGE_DIR / "resources"
ONTOLOGY_DIR = RESOURCES_DIR / "ontology"
SHAPES_DIR = RESOURCES_DIR / "shapes"
QUERIES_DIR = RESOURCES_DIR / "queries"
DATA_DIR = RESOURCES_DIR / "data"


def resource(path: Path) -> Path:
    """``path`` if it is a file, else :class:`ResourceMissing` naming it: a broken install fails loudly."""
    if not path.is_file():
        raise ResourceMissing(f"Marsad's resource file {path} is missing: the installation is incomplete "
                              "(reinstall marsad, or restore the file in a checkout)", detail={"file": str(path)})
    return path


def read_json(path: Path) -> object:
    """A JSON resource file (a gazetteer, a registry file), parsed; missing or unreadable is ResourceMissing."""
    found = resource(path)
    try:
        return json.loads(found.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceMissing(f"Marsad's resource file {found} cannot be read: {exc}",
                              detail={"file": str(found)}) from exc


def ontology_files() -> list[Path]:
    """The ontology's Turtle modules, in a stable order (fails when the folder holds none)."""
    files = sorted(ONTOLOGY_DIR.glob("*.ttl"))
    if not files:
        raise ResourceMissing(f"no ontology modules (*.ttl) in {ONTOLOGY_DIR}: the installation is incomplete",
                              detail={"folder": str(ONTOLOGY_DIR)})
    return files
