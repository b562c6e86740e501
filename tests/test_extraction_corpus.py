"""The extractor on the 994 real Moroccan articles (../shared): exact evidence, no failure.

How fast it is is measured by `benchmarks/ingest.py`, never asserted by a test."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract


def _articles(shared: Path) -> list[SourceDocument]:
    path = shared / "corpus" / "moroccan-news" / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return [SourceDocument(id=str(r["id"]), text=str(r["text"]), title=r.get("title"),
                           published=r.get("published"), source=r.get("source")) for r in rows]


def test_every_evidence_span_of_the_corpus_is_exact(shared: Path, caplog: pytest.LogCaptureFixture) -> None:
    docs = _articles(shared)
    assert len(docs) >= 900
    checked = 0
    with caplog.at_level(logging.ERROR, logger="marsad.loaders.extraction"):
        for doc in docs:
            facts = extract(doc)
            for group in (facts.persons, facts.institutions, facts.posts, facts.events, facts.decisions,
                          facts.partnerships, facts.programs):
                for item in group:
                    for ev in item.evidence:
                        assert doc.text[ev.start : ev.end] == ev.quote, (doc.id, ev)
                        checked += 1
    assert checked > 5000
    assert not [r for r in caplog.records if "extraction failed" in r.getMessage()]

