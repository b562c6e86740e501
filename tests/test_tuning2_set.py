"""The SaudiNewsNet-based tuning golds (tests/fixtures/tuning2: ten SaudiNewsNet articles; tuning4: five
SaudiNewsNet and five Moroccan ones) are well formed, share no article with another gold set (blind3 above
all), and every one of their texts is found in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import ROOT, check_gold_format, check_texts_found, load_golds, score_benchmark

FIXTURES = ROOT / "tests" / "fixtures"
# set name -> (SaudiNewsNet articles, Moroccan articles)
SETS = {"tuning2": (10, 0), "tuning4": (5, 5)}


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_files_follow_the_gold_format(name: str) -> None:
    golds = load_golds(FIXTURES / name / "gold")
    saudi = sum(stem.startswith("snn-") for stem in golds)
    assert (saudi, len(golds) - saudi) == SETS[name]
    check_gold_format(golds)


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_article_of_another_gold_set_is_used(name: str) -> None:
    stems = {p.stem for p in (FIXTURES / name / "gold").glob("*.json")}
    others = {p.stem for p in FIXTURES.glob("*/gold/*.json") if p.parent.parent.name != name}
    others |= {p.stem for p in (ROOT.parent / "shared" / "gold").glob("*/*.json")}
    assert stems and not stems & others


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_set_is_scored_by_the_benchmark(name: str) -> None:
    assert score_benchmark().SETS[name].gold == FIXTURES / name / "gold"


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_text_is_found_in_shared(name: str, shared: Path, tmp_path: Path) -> None:
    check_texts_found(FIXTURES / name / "gold", tmp_path, moroccan=SETS[name][1] > 0)
