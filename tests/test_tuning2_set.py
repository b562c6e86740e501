"""The tuning2 gold (tests/fixtures/tuning2, ten SaudiNewsNet articles) is well formed, shares no article with
blind3, and every one of its texts is found in ../shared."""

from __future__ import annotations

from pathlib import Path

from gold_sets import ROOT, check_gold_format, check_texts_found, load_golds, score_benchmark

GOLD = ROOT / "tests" / "fixtures" / "tuning2" / "gold"
BLIND3 = ROOT / "tests" / "fixtures" / "blind3" / "gold"


def test_gold_files_follow_the_gold_format() -> None:
    golds = load_golds(GOLD)
    assert len(golds) == 10 and all(stem.startswith("snn-") for stem in golds)
    check_gold_format(golds)


def test_no_article_of_blind3_is_used() -> None:
    assert not {p.stem for p in GOLD.glob("*.json")} & {p.stem for p in BLIND3.glob("*.json")}


def test_the_set_is_scored_by_the_benchmark() -> None:
    assert score_benchmark().SETS["tuning2"].gold == GOLD


def test_every_text_is_found_in_shared(shared: Path, tmp_path: Path) -> None:
    check_texts_found(GOLD, tmp_path, moroccan=False)
