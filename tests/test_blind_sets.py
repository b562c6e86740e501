"""The blind3 gold (tests/fixtures/blind3) is well formed and every one of its texts is found in ../shared.
The blind4 gold (tests/fixtures/blind4) too; it shares no article with any other annotated set, and the benchmark
scores it only when named. The blind5 gold (tests/fixtures/blind5) likewise, the blind6 gold
(tests/fixtures/blind6), the blind7 gold (tests/fixtures/blind7), the blind8 gold (tests/fixtures/blind8) and the
blind9 gold (tests/fixtures/blind9).

Only the gold and the texts are checked: the extractor is never run on the set here (its README: it is
scored only at the start and at the end of a piece of work, with benchmarks/extraction_score.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import ROOT, check_gold_format, check_texts_found, load_golds, score_benchmark

GOLD = ROOT / "tests" / "fixtures" / "blind3" / "gold"
GOLD4 = ROOT / "tests" / "fixtures" / "blind4" / "gold"
GOLD5 = ROOT / "tests" / "fixtures" / "blind5" / "gold"
GOLD6 = ROOT / "tests" / "fixtures" / "blind6" / "gold"
GOLD7 = ROOT / "tests" / "fixtures" / "blind7" / "gold"
GOLD8 = ROOT / "tests" / "fixtures" / "blind8" / "gold"
GOLD9 = ROOT / "tests" / "fixtures" / "blind9" / "gold"


def test_gold_files_follow_the_gold_format() -> None:
    golds = load_golds(GOLD)
    assert len(golds) >= 30
    check_gold_format(golds)


def test_every_text_is_found_in_shared(shared: Path, tmp_path: Path) -> None:
    check_texts_found(GOLD, tmp_path, moroccan=True)


# the SaudiNewsNet blind sets: their name, gold folder and number of articles
SNN_BLIND = [pytest.param("blind4", GOLD4, 33, id="blind4"), pytest.param("blind5", GOLD5, 32, id="blind5"),
             pytest.param("blind6", GOLD6, 30, id="blind6"), pytest.param("blind7", GOLD7, 33, id="blind7"),
             pytest.param("blind8", GOLD8, 17, id="blind8"), pytest.param("blind9", GOLD9, 24, id="blind9")]


@pytest.mark.parametrize(("name", "gold", "count"), SNN_BLIND)
def test_snn_blind_gold_files_follow_the_gold_format(name: str, gold: Path, count: int) -> None:
    golds = load_golds(gold)
    assert len(golds) == count and all(stem.startswith("snn-") for stem in golds)
    check_gold_format(golds)


@pytest.mark.parametrize(("name", "gold", "count"), SNN_BLIND)
def test_snn_blind_shares_no_article_with_another_annotated_set(name: str, gold: Path, count: int) -> None:
    stems = {p.stem for p in gold.glob("*.json")}
    others = [p for p in (ROOT / "tests" / "fixtures").glob("*/gold") if p != gold]
    others += (ROOT.parent / "shared" / "gold").glob("*")
    for other in others:
        assert not stems & {p.stem for p in other.glob("*.json")}, other


@pytest.mark.parametrize(("name", "gold", "count"), SNN_BLIND)
def test_snn_blind_is_scored_only_when_named(name: str, gold: Path, count: int) -> None:
    bench = score_benchmark()
    assert bench.SETS[name].gold == gold
    assert {"blind3", name} <= set(bench.BLIND_ONLY_WHEN_NAMED)


@pytest.mark.parametrize(("name", "gold", "count"), SNN_BLIND)
def test_snn_blind_every_text_is_found_in_shared(name: str, gold: Path, count: int, shared: Path,
                                                 tmp_path: Path) -> None:
    check_texts_found(gold, tmp_path, moroccan=False)


def test_blind8_and_blind9_stay_out_of_the_blind_group() -> None:
    bench = score_benchmark()
    assert bench.expand_sets(["blind"]) == ["blind3", "blind4", "blind5", "blind6", "blind7"]
    for name in ("blind8", "blind9"):
        assert name not in bench.expand_sets(["tuned"]) and name in bench.BLIND_ONLY_WHEN_NAMED
