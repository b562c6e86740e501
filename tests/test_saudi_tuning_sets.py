"""The tuning gold sets of tests/fixtures (tuning2 to tuning199 but tuning8 and tuning14: SaudiNewsNet articles,
some with Moroccan articles besides; tuning8 and tuning14: Moroccan) are well formed, share no article with blind3,
blind4, blind5, blind6, blind7 nor any other annotated set, are scored by the benchmark, and every one of their texts
is found in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_sets import ROOT, check_gold_format, check_texts_found, load_golds, score_benchmark

FIXTURES = ROOT / "tests" / "fixtures"
# name -> (SaudiNewsNet, Moroccan) articles
SETS = {"tuning2": (10, 0), "tuning3": (12, 0), "tuning4": (5, 5), "tuning5": (9, 0), "tuning6": (8, 6),
        "tuning7": (14, 0), "tuning8": (0, 12), "tuning9": (14, 0), "tuning10": (14, 0),
        "tuning11": (14, 0), "tuning12": (14, 0), "tuning13": (14, 0),
        "tuning14": (0, 2), "tuning15": (12, 0), "tuning16": (10, 0), "tuning17": (8, 0),
        "tuning19": (12, 0), "tuning20": (11, 0), "tuning21": (10, 0), "tuning22": (9, 0),
        "tuning23": (10, 0),
        "tuning24": (9, 0),
        "tuning25": (8, 0),
        "tuning26": (8, 0),
        "tuning27": (7, 0),
        "tuning28": (11, 0),
        "tuning29": (12, 0),
        "tuning30": (12, 0),
        "tuning31": (10, 0),
        "tuning32": (9, 2),
        "tuning33": (8, 2),
        "tuning34": (8, 0),
        "tuning35": (8, 0),
        "tuning36": (7, 1),
        "tuning37": (6, 3),
        "tuning38": (9, 0),
        "tuning39": (10, 0),
        "tuning40": (9, 0),
        "tuning41": (9, 0),
        "tuning42": (10, 0),
        "tuning43": (9, 0),
        "tuning44": (8, 0),
        "tuning45": (7, 0),
        "tuning46": (7, 0),
        "tuning47": (10, 0),
        "tuning48": (10, 0),
        "tuning49": (8, 0),
        "tuning50": (8, 0),
        "tuning51": (9, 0),
        "tuning52": (8, 0),
        "tuning53": (8, 0),
        "tuning54": (7, 0),
        "tuning55": (7, 0),
        "tuning56": (5, 0),
        "tuning57": (6, 0),
        "tuning58": (6, 0),
        "tuning59": (6, 0),
        "tuning60": (7, 0),
        "tuning61": (7, 0),
        "tuning62": (7, 0),
        "tuning63": (7, 0),
        "tuning64": (7, 0),
        "tuning65": (7, 0),
        "tuning66": (7, 0),
        "tuning67": (7, 0),
        "tuning68": (7, 0),
        "tuning69": (6, 0),
        "tuning70": (5, 0),
        "tuning71": (6, 0),
        "tuning72": (6, 0),
        "tuning73": (6, 0),
        "tuning74": (7, 0),
        "tuning75": (7, 0),
        "tuning76": (7, 0),
        "tuning77": (7, 0),
        "tuning78": (8, 0),
        "tuning79": (8, 0),
        "tuning80": (6, 0),
        "tuning81": (5, 0),
        "tuning82": (6, 0),
        "tuning83": (6, 0),
        "tuning84": (6, 0),
        "tuning85": (5, 0),
        "tuning86": (5, 0),
        "tuning87": (5, 0),
        "tuning88": (5, 0),
        "tuning89": (5, 0),
        "tuning90": (7, 0),
        "tuning91": (7, 0),
        "tuning92": (0, 7),
        "tuning93": (7, 0),
        "tuning94": (7, 0),
        "tuning95": (4, 2),
        "tuning96": (5, 3),
        "tuning97": (4, 2),
        "tuning98": (6, 0),
        "tuning99": (6, 0),
        "tuning100": (5, 1),
        "tuning101": (5, 0),
        "tuning102": (5, 0),
        "tuning103": (5, 0),
        "tuning104": (7, 0),
        "tuning105": (6, 0),
        "tuning106": (6, 0),
        "tuning107": (7, 0),
        "tuning108": (7, 0),
        "tuning109": (8, 0),
        "tuning110": (8, 0),
        "tuning111": (7, 0),
        "tuning112": (5, 0),
        "tuning113": (5, 0),
        "tuning114": (5, 0),
        "tuning115": (4, 0),
        "tuning116": (4, 0),
        "tuning117": (8, 0),
        "tuning118": (6, 0),
        "tuning119": (8, 0),
        "tuning120": (6, 0),
        "tuning121": (5, 0),
        "tuning122": (5, 0),
        "tuning123": (5, 0),
        "tuning124": (7, 0),
        "tuning125": (3, 0),
        "tuning126": (7, 0),
        "tuning127": (6, 0),
        "tuning128": (6, 0),
        "tuning129": (7, 0),
        "tuning130": (6, 0),
        "tuning131": (7, 0),
        "tuning132": (8, 0),
        "tuning133": (8, 0),
        "tuning134": (6, 0),
        "tuning135": (6, 0),
        "tuning136": (6, 0),
        "tuning137": (6, 0),
        "tuning138": (6, 0),
        "tuning139": (7, 0),
        "tuning140": (7, 0),
        "tuning141": (7, 0),
        "tuning142": (7, 0),
        "tuning143": (7, 0),
        "tuning144": (7, 0),
        "tuning145": (7, 0),
        "tuning146": (8, 0),
        "tuning147": (3, 0),
        "tuning148": (7, 0),
        "tuning149": (8, 0),
        "tuning150": (8, 0),
        "tuning151": (8, 0),
        "tuning152": (8, 0),
        "tuning153": (9, 0),
        "tuning154": (8, 0),
        "tuning155": (8, 0),
        "tuning156": (8, 0),
        "tuning157": (8, 0),
        "tuning158": (8, 0),
        "tuning159": (8, 0),
        "tuning160": (8, 0),
        "tuning161": (5, 0),
        "tuning162": (7, 0),
        "tuning163": (4, 0),
        "tuning164": (5, 0),
        "tuning165": (1, 0),
        "tuning166": (2, 0),
        "tuning167": (6, 0),
        "tuning168": (6, 0),
        "tuning169": (6, 0),
        "tuning170": (6, 0),
        "tuning171": (6, 0),
        "tuning172": (6, 0),
        "tuning173": (6, 0),
        "tuning174": (6, 0),
        "tuning175": (6, 0),
        "tuning176": (6, 0),
        "tuning177": (5, 0),
        "tuning178": (2, 0),
        "tuning179": (4, 0),
        "tuning180": (4, 0),
        "tuning181": (4, 0),
        "tuning182": (4, 0),
        "tuning183": (3, 0),
        "tuning184": (4, 0),
        "tuning185": (4, 0),
        "tuning186": (3, 0),
        "tuning187": (5, 0),
        "tuning188": (2, 0),
        "tuning189": (2, 0),
        "tuning190": (2, 0),
        "tuning191": (2, 0),
        "tuning192": (2, 0),
        "tuning193": (2, 0),
        "tuning194": (10, 0),
        "tuning195": (15, 0),
        "tuning196": (22, 0),
        "tuning197": (17, 0),
        "tuning198": (21, 0),
        "tuning199": (16, 0),
        "tuning200": (29, 0),
        "tuning201": (14, 0),
        "tuning202": (10, 0),
        "tuning203": (9, 0),
        "tuning204": (13, 0),
        "tuning205": (28, 0),
        "tuning206": (17, 0),
        "tuning207": (20, 0),
        "tuning208": (12, 0),
        "tuning209": (18, 0),
        "tuning210": (16, 0),
        "tuning211": (16, 0),
        "tuning212": (11, 0),
        "tuning213": (18, 0),
        "tuning214": (14, 0),
        "tuning215": (16, 0)}
BLIND3 = FIXTURES / "blind3" / "gold"
BLIND4 = FIXTURES / "blind4" / "gold"
BLIND5 = FIXTURES / "blind5" / "gold"
BLIND6 = FIXTURES / "blind6" / "gold"
BLIND7 = FIXTURES / "blind7" / "gold"


def _gold(name: str) -> Path:
    return FIXTURES / name / "gold"


def _stems(folder: Path) -> set[str]:
    return {p.stem for p in folder.glob("*.json")}


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_files_follow_the_gold_format(name: str) -> None:
    golds = load_golds(_gold(name))
    saudi = sum(stem.startswith("snn-") for stem in golds)
    assert (saudi, len(golds) - saudi) == SETS[name]
    check_gold_format(golds)


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_article_of_blind3_is_used(name: str) -> None:
    assert not _stems(_gold(name)) & _stems(BLIND3)


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_article_of_blind4_is_used(name: str) -> None:
    assert not _stems(_gold(name)) & _stems(BLIND4)


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_article_of_blind5_is_used(name: str) -> None:
    assert not _stems(_gold(name)) & _stems(BLIND5)


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_article_of_blind6_is_used(name: str) -> None:
    assert not _stems(_gold(name)) & _stems(BLIND6)


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_article_of_blind7_is_used(name: str) -> None:
    assert not _stems(_gold(name)) & _stems(BLIND7)


@pytest.mark.parametrize("name", sorted(SETS))
def test_no_article_is_shared_with_another_annotated_set(name: str) -> None:
    others = [p for p in FIXTURES.glob("*/gold") if p != _gold(name)]
    others += (ROOT.parent / "shared" / "gold").glob("*")
    for other in others:
        assert not _stems(_gold(name)) & _stems(other), other


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_set_is_scored_by_the_benchmark(name: str) -> None:
    assert score_benchmark().SETS[name].gold == _gold(name)


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_text_is_found_in_shared(name: str, shared: Path, tmp_path: Path) -> None:
    check_texts_found(_gold(name), tmp_path, moroccan=SETS[name][1] > 0)
