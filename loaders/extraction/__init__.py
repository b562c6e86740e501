"""Rule-based extraction of institutional facts from Arabic (Moroccan) news.

    from loaders.extraction import extract, EXTRACTOR_VERSION
    facts = extract(source_document)

Deterministic, offline, never raises on text: a failure inside a rule yields empty facts for that
document (and is logged), so one odd article cannot stop a corpus run.
"""

from __future__ import annotations

import logging

from loaders.document import SourceDocument
from loaders.extraction.pipeline import empty, run
from loaders.facts import DocumentFacts

EXTRACTOR_VERSION = "marsad-rules/0.1.0"

__all__ = ["EXTRACTOR_VERSION", "extract"]

_log = logging.getLogger(__name__)


def extract(doc: SourceDocument) -> DocumentFacts:
    """The facts of one document; every evidence span satisfies ``text[start:end] == quote``."""
    try:
        return run(doc)
    except Exception:  # deliberate: a bug in one rule must not stop a 31,000-article run
        _log.exception("extraction failed on %s", doc.id)
        return empty(doc)
