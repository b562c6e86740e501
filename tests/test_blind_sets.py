"""The blind3 gold (tests/fixtures/blind3) is well formed and every one of its texts is found in ../shared.
The blind4 gold (tests/fixtures/blind4) too; it shares no article with any other annotated set, and the benchmark
scores it only when named. The blind5 gold (tests/fixtures/blind5) likewise.

Only the gold and the texts are checked: the extractor is never run on the set here (its README: it is
scored only at the start and at the end of a piece of work, with benchmarks/extraction_score.py).
"""

from __future__ import annotations

from pathlib import Path

from gold_sets import ROOT, check_gold_format, check_texts_found, load_golds, score_benchmark

GOLD = ROOT / "tests" / "fixtures" / "blind3" / "gold"
GOLD4 = ROOT / "tests" / "fixtures" / "blind4" / "gold"
GOLD5 = ROOT / "tests" / "fixtures" / "blind5" / "gold"


def test_gold_files_follow_the_gold_format() -> None:
    golds = load_golds(GOLD)
    assert len(golds) >= 30
    check_gold_format(golds)


def test_every_text_is_found_in_shared(shared: Path, tmp_path: Path) -> None:
    check_texts_found(GOLD, tmp_path, moroccan=True)


def test_blind4_gold_files_follow_the_gold_format() -> None:
    golds = load_golds(GOLD4)
    assert len(golds) == 33 and all(stem.startswith("snn-") for stem in golds)
    check_gold_format(golds)


def test_blind4_shares_no_article_with_another_annotated_set() -> None:
    stems = {p.stem for p in GOLD4.glob("*.json")}
    others = [p for p in (ROOT / "tests" / "fixtures").glob("*/gold") if p != GOLD4]
    others += (ROOT.parent / "shared" / "gold").glob("*")
    for other in others:
        assert not stems & {p.stem for p in other.glob("*.json")}, other


def test_blind4_is_scored_only_when_named() -> None:
    bench = score_benchmark()
    assert bench.SETS["blind4"].gold == GOLD4
    assert "blind4" in bench.BLIND_ONLY_WHEN_NAMED and "blind3" in bench.BLIND_ONLY_WHEN_NAMED


def test_blind4_every_text_is_found_in_shared(shared: Path, tmp_path: Path) -> None:
    check_texts_found(GOLD4, tmp_path, moroccan=False)


def test_blind5_gold_files_follow_the_gold_format() -> None:
    golds = load_golds(GOLD5)
    assert len(golds) == 32 and all(stem.startswith("snn-") for stem in golds)
    check_gold_format(golds)


def test_blind5_shares_no_article_with_another_annotated_set() -> None:
    stems = {p.stem for p in GOLD5.glob("*.json")}
    others = [p for p in (ROOT / "tests" / "fixtures").glob("*/gold") if p != GOLD5]
    others += (ROOT.parent / "shared" / "gold").glob("*")
    for other in others:
        assert not stems & {p.stem for p in other.glob("*.json")}, other


def test_blind5_is_scored_only_when_named() -> None:
    bench = score_benchmark()
    assert bench.SETS["blind5"].gold == GOLD5
    assert {"blind3", "blind4", "blind5"} <= set(bench.BLIND_ONLY_WHEN_NAMED)


def test_blind5_every_text_is_found_in_shared(shared: Path, tmp_path: Path) -> None:
    check_texts_found(GOLD5, tmp_path, moroccan=False)
