"""The real extractor's facts on the shared seed articles build into graphs that conform.

Reads ../shared/seeds (the publishers' texts are never copied into the repo); skips when absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from marsad.core.vocab import MRS
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
from marsad.loaders.rdf.build import build_graph
from marsad.loaders.rdf.validate import validate

PROJECT_ROOT = Path(__file__).resolve().parents[1]

SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} is not there (shared texts are not in the repo)")


def seeds() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.mark.parametrize("path", seeds(), ids=lambda p: p.stem)
def test_seed_graph_conforms_and_is_deterministic(path: Path) -> None:
    doc = SourceDocument(id=path.stem, text=path.read_text(encoding="utf-8"))
    facts = extract(doc)
    graph = build_graph(doc, facts, extractor_version=EXTRACTOR_VERSION)
    report = validate(graph)
    assert report.conforms, "\n".join(report.messages)
    assert isomorphic(graph, build_graph(doc, extract(doc), extractor_version=EXTRACTOR_VERSION))
    if facts.persons or facts.institutions:
        assert set(graph.subjects(MRS.evidence, None)), "facts were extracted but no node has evidence"
