"""benchmarks/confidence_calibration.py filters predictions as the API's `min_confidence` filters the lists:
a fact below the threshold goes, and so does every reference to it."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from benchmark_scripts import load


def _calibration() -> ModuleType:
    return load("confidence_calibration")


PREDICTION: dict[str, Any] = {
    "document": {"id": "x.txt"},
    "persons": [{"id": "p1", "name": "أ", "confidence": 0.5}, {"id": "p2", "name": "ب", "confidence": 0.8}],
    "institutions": [{"id": "i1", "name": "مجلس", "confidence": 0.95}, {"id": "i2", "name": "لجنة",
                                                                         "confidence": 0.5}],
    "posts": [{"id": "post1", "title": "رئيس", "holder": "p1", "institution": "i2", "confidence": 0.8}],
    "events": [
        {"id": "e1", "kind": "session", "body": "i2", "institution": "i1", "chair": {"person": "p1", "post": None},
         "participants": [{"person": "p1", "post": None}, {"person": "p2", "post": None},
                          {"person": None, "post": "post1"}], "confidence": 0.8},
        {"id": "e2", "kind": "meeting", "confidence": 0.5},
    ],
    "decisions": [{"id": "d1", "event": "e2", "kind": "budget", "confidence": 0.8}],
    "partnerships": [{"id": "a1", "parties": ["i1", "i2"], "confidence": 0.8}],
    "programs": [],
}


def test_lowest_level_keeps_every_fact() -> None:
    out = _calibration().filtered(PREDICTION, 0.5)
    for key in ("persons", "institutions", "posts", "decisions", "partnerships"):
        assert out[key] == PREDICTION[key], key
    assert out["events"][0] == PREDICTION["events"][0]
    assert [e["id"] for e in out["events"]] == ["e1", "e2"]


def test_references_to_left_out_facts_go_with_them() -> None:
    out = _calibration().filtered(PREDICTION, 0.8)
    assert [p["id"] for p in out["persons"]] == ["p2"]
    assert [i["id"] for i in out["institutions"]] == ["i1"]
    assert out["posts"] == [{**PREDICTION["posts"][0], "holder": None, "institution": None}]
    (event,) = out["events"]
    assert event["id"] == "e1" and event["chair"] is None and event["body"] is None and event["institution"] == "i1"
    assert event["participants"] == [{"person": "p2", "post": None}, {"person": None, "post": "post1"}]
    assert out["decisions"] == [{**PREDICTION["decisions"][0], "event": None}]
    assert out["partnerships"][0]["parties"] == ["i1"]


def test_registry_level_keeps_only_linked_entities() -> None:
    out = _calibration().filtered(PREDICTION, 0.95)
    assert [i["id"] for i in out["institutions"]] == ["i1"]
    assert out["persons"] == [] and out["posts"] == [] and out["events"] == [] and out["decisions"] == []
