"""Rule-based extraction of institutional facts from Arabic (Moroccan) news.

    from marsad.loaders.extraction import extract, EXTRACTOR_VERSION
    facts = extract(source_document)

Deterministic, offline, never raises on text: a failure inside a rule yields empty facts for that
document (and is logged), so one odd article cannot stop a corpus run. A broken installation is not a
document's fault: a missing or unreadable lexicon or word list raises
:class:`~marsad.core.errors.ResourceMissing` before any rule runs, so no document is stored with facts that
are empty for that reason.
"""

from __future__ import annotations

import logging
from functools import cache

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import cues, words
from marsad.loaders.extraction.lexicon import lexicon
from marsad.loaders.extraction.pipeline import empty, run
from marsad.loaders.extraction.version import extractor_version
from marsad.loaders.extraction.wordfile import load_all
from marsad.loaders.facts import DocumentFacts

EXTRACTOR_VERSION = extractor_version()
"""``marsad-rules/<version>+<12 hex>``: a hash of the rule modules and lexicon files (see version.py), so
changed rules re-extract on the next ingest."""

__all__ = ["EXTRACTOR_VERSION", "extract", "load_resources"]

_log = logging.getLogger(__name__)


@cache
def load_resources() -> None:
    """Read the gazetteers (data/gazetteer/) and every word list (data/lexicons/) the rules use, once per
    process (a failed attempt is not cached): a missing or malformed file raises ResourceMissing naming it."""
    lexicon()
    load_all(cues.FILES + words.FILES)


def extract(doc: SourceDocument) -> DocumentFacts:
    """The facts of one document; every evidence span satisfies ``text[start:end] == quote``."""
    load_resources()  # outside the catch-all: raises ResourceMissing when a lexicon file is missing
    try:
        return run(doc)
    except Exception:  # deliberate: a bug in one rule must not stop a 31,000-article run
        _log.exception("extraction failed on %s", doc.id)
        return empty(doc)
