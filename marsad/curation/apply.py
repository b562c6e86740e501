"""What ingest calls: a document's N-Triples with every recorded judgement applied, before it is stored."""

from __future__ import annotations

from marsad.core.settings import Settings
from marsad.curation.judgements import load_current
from marsad.curation.rewrite import apply_ntriples


def curated(graph_iri: str, ntriples: str, settings: Settings) -> str:
    """The graph to store for a document: as built, then curated (unchanged when there is no judgement)."""
    return apply_ntriples(str(graph_iri), ntriples, load_current(settings))
