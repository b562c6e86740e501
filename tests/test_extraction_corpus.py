"""The extractor on the 994 real Moroccan articles (../shared): exact evidence, no failure, fast enough."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import pytest

from loaders.document import SourceDocument
from loaders.extraction import extract


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
    with caplog.at_level(logging.ERROR, logger="loaders.extraction"):
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


def test_throughput_on_three_kilobyte_articles(shared: Path) -> None:
    docs = [d for d in _articles(shared) if len(d.text) >= 2500][:150]
    extract(docs[0])  # load the lexicons once
    began = time.process_time()  # CPU time: other processes on the machine do not count
    for doc in docs:
        extract(doc)
    rate = len(docs) / max(time.process_time() - began, 1e-9)
    assert rate >= 50, f"{rate:.0f} documents/s"
