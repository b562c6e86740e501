"""The blind3 gold (tests/fixtures/blind3) is well formed and every one of its texts is found in ../shared.

Only the gold and the texts are checked: the extractor is never run on the set here (its README: it is
scored only at the start and at the end of a piece of work, with benchmarks/extraction_score.py).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "blind3" / "gold"
EVENT_KINDS = {"session", "meeting", "signing", "assembly", "visit", "other"}
DECISION_KINDS = {"budget", "action_plan", "program", "regulation", "partnership", "appointment", "measures",
                  "report", "other"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _golds() -> dict[str, dict[str, object]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


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
    golds = _golds()
    assert len(golds) >= 30
    for stem, gold in golds.items():
        assert gold["document"] == f"{stem}.txt"
        for person in gold["persons"]:  # type: ignore[attr-defined]
            assert _names(person["name"]) and all(_names(post) for post in person["posts"]), stem
        assert all(_names(i) for i in gold["institutions"]), stem  # type: ignore[attr-defined]
        for event in gold["events"]:  # type: ignore[attr-defined]
            assert set(event["kind"]) <= EVENT_KINDS, stem
            assert event["date"] is None or ISO_DATE.fullmatch(event["date"]), stem
            # the scorer pairs events on date, body or chair: an event with none of them can never be matched
            assert event["date"] or event["body"] or event["chair"], stem
            assert all(_names(p) for p in event["participants"]), stem
            assert all(set(d["kind"]) <= DECISION_KINDS for d in event["decisions"]), stem
        assert all(all(_names(p) for p in s["parties"]) for s in gold["partnerships"]), stem  # type: ignore[attr-defined]


def test_every_text_is_found_in_shared(shared: Path, tmp_path: Path) -> None:
    bench = _benchmark()
    if not (bench.HELDOUT_SOURCE.exists() and bench.SAUDI_SOURCE.is_dir()):
        pytest.skip("the Moroccan or the SaudiNewsNet corpus is absent")
    names = bench._document_names(GOLD)
    bench.write_heldout_texts(names, tmp_path)  # raises SystemExit naming any id it cannot find
    for name in names.values():
        assert (tmp_path / name).read_text(encoding="utf-8").strip(), name
