"""Where the model, shapes, named queries and sample data live (the top-level folders of the project)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
SHAPES_DIR = PROJECT_ROOT / "shapes"
QUERIES_DIR = PROJECT_ROOT / "queries"
DATA_DIR = PROJECT_ROOT / "data"


def ontology_files() -> list[Path]:
    """The ontology's Turtle modules, in a stable order."""
    return sorted(ONTOLOGY_DIR.glob("*.ttl"))
