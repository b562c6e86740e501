"""Checks shared by the tests of the annotated gold sets (tests/fixtures/*/gold): the gold format, and that
every text is found in ../shared, read as benchmarks/extraction_score.py reads it."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVENT_KINDS = {"session", "meeting", "signing", "assembly", "visit", "other"}
DECISION_KINDS = {"budget", "action_plan", "program", "regulation", "partnership", "appointment", "measures",
                  "report", "other"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def load_golds(folder: Path) -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def _names(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() for v in value)


def check_gold_format(golds: dict[str, dict[str, Any]]) -> None:
    """Each gold file names its text, and every name, kind and date has the form the scorer reads."""
    for stem, gold in golds.items():
        assert gold["document"] == f"{stem}.txt"
        for person in gold["persons"]:
            assert _names(person["name"]) and all(_names(post) for post in person["posts"]), stem
        assert all(_names(i) for i in gold["institutions"]), stem
        for event in gold["events"]:
            assert set(event["kind"]) <= EVENT_KINDS, stem
            assert event["date"] is None or ISO_DATE.fullmatch(event["date"]), stem
            # the scorer pairs events on date, body or chair: an event with none of them can never be matched
            assert event["date"] or event["body"] or event["chair"], stem
            assert all(_names(p) for p in event["participants"]), stem
            assert all(set(d["kind"]) <= DECISION_KINDS for d in event["decisions"]), stem
        assert all(all(_names(p) for p in s["parties"]) for s in gold["partnerships"]), stem
        # optional persons, institutions and participants are lists of names, as the scorer reads them
        optional = gold.get("optional", {})
        keys = ("persons", "institutions", "participants")
        assert all(_names(n) for key in keys for n in optional.get(key, [])), stem


def score_benchmark() -> ModuleType:
    """benchmarks/extraction_score.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("extraction_score", ROOT / "benchmarks" / "extraction_score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def check_texts_found(folder: Path, tmp_path: Path, *, moroccan: bool) -> None:
    """Every text the gold in ``folder`` names is found in ../shared and is not empty (skipped when the
    corpora it needs are absent)."""
    bench = score_benchmark()
    if not bench.SAUDI_SOURCE.is_dir() or (moroccan and not bench.HELDOUT_SOURCE.exists()):
        pytest.skip("a corpus this set needs is absent from ../shared")
    names = bench._document_names(folder)
    bench.write_heldout_texts(names, tmp_path)  # raises SystemExit naming any id it cannot find
    for name in names.values():
        assert (tmp_path / name).read_text(encoding="utf-8").strip(), name
