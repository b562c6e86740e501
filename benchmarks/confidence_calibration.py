"""Confidence against the annotated sets: what `min_confidence` buys in precision and costs in recall.

    python benchmarks/confidence_calibration.py [--sets SET ...] [--json]
    python benchmarks/confidence_calibration.py --sets unseen   # tuning169-175, never tuned on
    python benchmarks/confidence_calibration.py --sets blind    # blind3-blind7: only at a piece's start and end

The extractor runs on every document of the named sets (default: every set of benchmarks/extraction_score.py but the
blind sets, blind3 to blind7; the groups tuned, unseen and blind are those of extraction_score.py), as
`extraction_score.py` runs it, and each person and institution the resolution stage links to the registry is raised
to the registry's level, as the store does. Then, for each confidence value the predictions hold (0.5 inferred, 0.8
cue, 0.95 registry; the lowest keeps every fact), the predictions are filtered as the API's `min_confidence` filters
the lists (a fact below the threshold is left out, and so is every reference to it: a post's holder, an event's
chair or participant, an event's body, a partnership's party) and scored by the official scorer
(../shared/eval/score.py --json). Tallies are summed over every document of every set named.

Printed per threshold: precision, recall and F1 of all facts, and the precision of each category. Printed per
band between two thresholds: how many right and wrong facts a higher threshold drops, and their precision (the
marginal precision of that confidence level: what the level's value should approximate).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from itertools import pairwise
from pathlib import Path
from typing import Any

from extraction_score import (
    BLIND_ONLY_WHEN_NAMED,
    GROUPS,
    SCORER,
    SETS,
    _document_names,
    expand_sets,
    extract_set,
    write_heldout_texts,
)

from marsad.core.confidence import REGISTRY
from marsad.loaders.extraction import EXTRACTOR_VERSION
from marsad.loaders.facts import DocumentFacts
from marsad.loaders.resolution import resolve

FACT_LISTS = ("persons", "institutions", "posts", "events", "decisions", "partnerships", "programs")
CATEGORIES = ("persons", "posts_held", "institutions", "events", "event_kind", "event_slots", "participants",
              "decisions", "partnerships")


def with_levels(facts: DocumentFacts) -> dict[str, Any]:
    """``facts`` as JSON, each person and institution the resolution stage links to the registry at ``REGISTRY``,
    the level the store gives it (its name stays as extracted, so the scorer sees the same facts as
    `extraction_score.py`)."""
    _resolved, resolution = resolve(facts)
    linked = set(resolution.institutions) | set(resolution.persons)
    data: dict[str, Any] = facts.to_json()
    for key in ("persons", "institutions"):
        for fact in data.get(key, []):
            if fact.get("id") in linked:
                fact["confidence"] = max(float(fact.get("confidence", 0.0)), REGISTRY)
    return data


def filtered(pred: dict[str, Any], threshold: float) -> dict[str, Any]:
    """``pred`` without its facts below ``threshold`` and without every reference to them."""
    out = dict(pred)
    for key in FACT_LISTS:
        out[key] = [f for f in pred.get(key, []) if float(f.get("confidence", 1.0)) >= threshold]
    kept = {f["id"] for key in FACT_LISTS for f in out[key] if "id" in f}

    def agent(a: dict[str, Any] | None) -> dict[str, Any] | None:
        if not a:
            return None
        a = {k: (v if v in kept else None) if k in ("person", "post") else v for k, v in a.items()}
        return a if a.get("person") or a.get("post") else None

    out["posts"] = [dict(p, holder=p.get("holder") if p.get("holder") in kept else None,
                         institution=p.get("institution") if p.get("institution") in kept else None)
                    for p in out["posts"]]
    events = []
    for e in out["events"]:
        e = dict(e, chair=agent(e.get("chair")),
                 participants=[a for a in map(agent, e.get("participants", [])) if a is not None])
        for slot in ("body", "institution"):
            if e.get(slot) not in kept:
                e[slot] = None
        events.append(e)
    out["events"] = events
    out["decisions"] = [d if d.get("event") in kept else dict(d, event=None) for d in out["decisions"]]
    out["partnerships"] = [dict(p, parties=[x for x in p.get("parties", []) if x in kept])
                           for p in out["partnerships"]]
    return out


def score(gold: Path, pred: Path, docs: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--docs", str(docs), "--json"],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the scorer failed on {pred}: {done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", choices=sorted(SETS) + sorted(GROUPS), metavar="SET",
                    default=[name for name in SETS if name not in BLIND_ONLY_WHEN_NAMED],
                    help="sets or groups of sets (tuned, unseen, blind; see extraction_score.py). Default: every "
                         "set but the blind sets, which are scored only when named")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="marsad-calibration-") as tmp:
        root = Path(tmp)
        runs: list[tuple[Path, Path, Path]] = []  # (gold, predictions, texts) per set
        values: set[float] = set()
        for name in expand_sets(args.sets):
            gold_set = SETS[name]
            names = _document_names(gold_set.gold)
            docs = gold_set.docs
            if docs is None:
                docs = root / f"{name}-texts"
                docs.mkdir()
                write_heldout_texts(names, docs)
            pred = root / name / "all"
            pred.mkdir(parents=True)
            extract_set(names, docs, pred, as_json=with_levels)
            for path in pred.glob("*.json"):
                facts = json.loads(path.read_text(encoding="utf-8"))
                values.update(float(f["confidence"]) for key in FACT_LISTS for f in facts.get(key, [])
                              if "confidence" in f)
            runs.append((gold_set.gold, pred, docs))
        thresholds = sorted(values) or [0.0]  # the lowest level keeps every fact
        tallies: dict[float, dict[str, list[int]]] = {}
        for t in thresholds:
            total = {c: [0, 0, 0] for c in CATEGORIES}
            for gold, pred, docs in runs:
                folder = pred.parent / f"min-{t}"
                folder.mkdir()
                for path in pred.glob("*.json"):
                    facts = json.loads(path.read_text(encoding="utf-8"))
                    (folder / path.name).write_text(json.dumps(filtered(facts, t), ensure_ascii=False),
                                                    encoding="utf-8")
                for category, row in score(gold, folder, docs)["categories"].items():
                    cell = total.setdefault(category, [0, 0, 0])
                    cell[0] += row["tp"]
                    cell[1] += row["fp"]
                    cell[2] += row["fn"]
            tallies[t] = total
    figures = {"extractor": EXTRACTOR_VERSION, "sets": args.sets, "thresholds": {}}
    for t in thresholds:
        tp, fp, fn = (sum(c[i] for c in tallies[t].values()) for i in range(3))
        p, r, f = _prf(tp, fp, fn)
        categories = {c: dict(zip(("tp", "fp", "fn"), v, strict=True)) for c, v in tallies[t].items()}
        figures["thresholds"][t] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f,
                                    "categories": categories}
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    print(f"extractor {EXTRACTOR_VERSION}; sets: {' '.join(args.sets)}")
    shown = [c for c in CATEGORIES if any(sum(tallies[t][c]) for t in thresholds)]
    print(f"{'min_confidence':>14} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}  precision per category")
    for t in thresholds:
        row = figures["thresholds"][t]
        per = "  ".join(f"{c} {_prf(*tallies[t][c])[0]:.2f}" for c in shown if sum(tallies[t][c][:2]))
        print(f"{t:>14.2f} {row['tp']:>5} {row['fp']:>5} {row['fn']:>5} {row['precision']:>6.3f} "
              f"{row['recall']:>6.3f} {row['f1']:>6.3f}  {per}")
    print("facts a higher threshold drops (right / wrong, and their precision):")
    for low, high in pairwise(thresholds):
        lo, hi = figures["thresholds"][low], figures["thresholds"][high]
        right, wrong = lo["tp"] - hi["tp"], lo["fp"] - hi["fp"]
        # a fact left out can also take a wrong one with it (an event's chair, and the slot it filled):
        # then the wrong count may go up, and no precision is given for the band
        share = f"{right / (right + wrong):.3f}" if right >= 0 and wrong >= 0 and right + wrong else "-"
        print(f"  from {low:.2f} to {high:.2f}: {right} right, {wrong} wrong, precision {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
