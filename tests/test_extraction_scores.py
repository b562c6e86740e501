"""The official scorer (../shared/eval/score.py) on the seeds and the dev set, with the project's targets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract


def _score(shared: Path, gold: str, docs: str, out: Path) -> dict[str, float]:
    gold_dir, docs_dir = shared / "gold" / gold, shared / docs
    scorer = shared / "eval" / "score.py"
    if not (gold_dir.is_dir() and docs_dir.is_dir() and scorer.exists()):
        pytest.skip("the gold, the documents or the scorer is absent")
    out.mkdir()
    for path in sorted(docs_dir.glob("*.txt")):
        facts = extract(SourceDocument(id=path.stem, text=path.read_text(encoding="utf-8")))
        (out / f"{path.stem}.json").write_text(json.dumps(facts.to_json(), ensure_ascii=False), encoding="utf-8")
    run = subprocess.run([sys.executable, str(scorer), str(gold_dir), str(out), "--docs", str(docs_dir), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def test_seeds(shared: Path, tmp_path: Path) -> None:
    result = _score(shared, "seeds", "seeds", tmp_path / "seeds")
    assert result["evidence_bad"] == 0
    assert result["precision"] >= 0.80
    assert result["f1"] >= 0.85


def test_dev(shared: Path, tmp_path: Path) -> None:
    result = _score(shared, "dev", "corpus/dev", tmp_path / "dev")
    assert result["evidence_bad"] == 0
    assert result["precision"] >= 0.80
    assert result["f1"] >= 0.65
