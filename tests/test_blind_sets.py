"""The blind3 gold (tests/fixtures/blind3) is well formed and every one of its texts is found in ../shared.

Only the gold and the texts are checked: the extractor is never run on the set here (its README: it is
scored only at the start and at the end of a piece of work, with benchmarks/extraction_score.py).
"""

from __future__ import annotations

from pathlib import Path

from gold_sets import ROOT, check_gold_format, check_texts_found, load_golds

GOLD = ROOT / "tests" / "fixtures" / "blind3" / "gold"


def test_gold_files_follow_the_gold_format() -> None:
    golds = load_golds(GOLD)
    assert len(golds) >= 30
    check_gold_format(golds)


def test_every_text_is_found_in_shared(shared: Path, tmp_path: Path) -> None:
    check_texts_found(GOLD, tmp_path, moroccan=True)
