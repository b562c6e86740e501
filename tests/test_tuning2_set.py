"""The tuning2 gold (tests/fixtures/tuning2, ten SaudiNewsNet articles) is well formed, shares no article with
blind3, and every one of its texts is found in ../shared."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "tuning2" / "gold"
BLIND3 = ROOT / "tests" / "fixtures" / "blind3" / "gold"
EVENT_KINDS = {"session", "meeting", "signing", "assembly", "visit", "other"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _names(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() for v in value)


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extraction_score", ROOT / "benchmarks" / "extraction_score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_gold_files_follow_the_gold_format() -> None:
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}
    assert len(golds) == 10
    for stem, gold in golds.items():
        assert stem.startswith("snn-") and gold["document"] == f"{stem}.txt"
        for person in gold["persons"]:
            assert _names(person["name"]) and all(_names(post) for post in person["posts"]), stem
        assert all(_names(i) for i in gold["institutions"]), stem
        for event in gold["events"]:
            assert set(event["kind"]) <= EVENT_KINDS, stem
            assert event["date"] is None or ISO_DATE.fullmatch(event["date"]), stem
            assert event["date"] or event["body"] or event["chair"], stem  # the scorer pairs events on these
            assert all(_names(p) for p in event["participants"]), stem


def test_no_article_of_blind3_is_used() -> None:
    assert not {p.stem for p in GOLD.glob("*.json")} & {p.stem for p in BLIND3.glob("*.json")}


def test_the_set_is_scored_by_the_benchmark() -> None:
    assert _benchmark().SETS["tuning2"].gold == GOLD


def test_every_text_is_found_in_shared(shared: Path, tmp_path: Path) -> None:
    bench = _benchmark()
    if not bench.SAUDI_SOURCE.is_dir():
        pytest.skip("the SaudiNewsNet corpus is absent")
    names = bench._document_names(GOLD)
    bench.write_heldout_texts(names, tmp_path)  # raises SystemExit naming any id it cannot find
    for name in names.values():
        assert (tmp_path / name).read_text(encoding="utf-8").strip(), name
