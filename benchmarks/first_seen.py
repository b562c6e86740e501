"""Extraction quality on articles the rules had never seen: each annotated set scored with the code of the
commit *before* the set entered the repository ("first-seen"), beside today's code on the same set.

    python benchmarks/first_seen.py [--sets SET ...] [--from N] [--keep DIR] [--no-today]

Why: a set's articles are read to write rules once it is annotated, so today's score on the annotated sets
says how well the rules fit them, not how they do on a new article. The blind sets are the honest measure but
they are few; the first-seen score of every set is a larger one (1,196 articles in 157 sets): the set is scored with
the rules of its add commit's parent (``git archive`` of that revision's code, run through today's
``benchmarks/extraction_score.py`` and today's gold, so every row is scored the same way). The pooled category
table tells which kinds of facts go wrong on unseen text; the "unmatched events" line counts predicted events that
match no gold event, whose participants and decisions the scorer counts as false too.

Needs the git history (a clean clone has it). The blind sets are never run. seeds and dev are left out (the
extractor was written against them from the first commit), and so are the four sets added before the code became
the package marsad.loaders (heldout, tuning, check, heldout2), for which Python would import today's package. A
revision's code is exported once and reused by every set added in the same commit. About 2 s a set.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from extraction_score import BLIND_ONLY_WHEN_NAMED, SETS

REPO = Path(__file__).resolve().parents[1]
CODE_DIRS = ("loaders", "marsad", "data", "ontology", "shapes", "queries")
_ROW = re.compile(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+$")
_UNSCORED = {"seeds", "dev", *BLIND_ONLY_WHEN_NAMED}

Table = dict[str, list[int]]


def _git(*args: str) -> str:
    done = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def added_by(gold: Path) -> str | None:
    """The commit that first added a file under ``gold`` (None when the folder is not tracked)."""
    rel = gold.resolve().relative_to(REPO) if gold.resolve().is_relative_to(REPO) else None
    if rel is None:
        return None
    commits = _git("log", "--diff-filter=A", "--reverse", "--format=%H", "--", str(rel)).splitlines()
    return commits[0] if commits else None


def export(rev: str, cache: Path) -> Path:
    """The code of ``rev`` in ``cache/<rev>`` (exported once)."""
    folder = cache / rev[:12]
    if not folder.exists():
        folder.mkdir(parents=True)
        present = [d for d in CODE_DIRS if _git("ls-tree", "--name-only", rev, d)]
        archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, *present], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def score(name: str, code: Path | None, out: Path | None) -> tuple[Table, str]:
    """Run today's extraction_score.py on one set with the code in ``code`` (today's when None)."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    cmd = [sys.executable, str(REPO / "benchmarks" / "extraction_score.py"), "--sets", name, "-v"]
    if out is not None:
        cmd += ["--out", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO, check=False)
    table: Table = {}
    for line in done.stdout.splitlines():
        if m := _ROW.match(line):
            table[m.group(1)] = [int(m.group(i)) for i in (2, 3, 4)]
    if done.returncode != 0 or not table:
        raise SystemExit(f"{name}: scoring failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return table, done.stdout


def unmatched_events(listing: str) -> int:
    return sum(1 for line in listing.splitlines() if line.startswith("  + event:"))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def total(table: Table) -> list[int]:
    return [sum(row[i] for row in table.values()) for i in range(3)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    names = [n for n in SETS if n not in _UNSCORED]
    ap.add_argument("--sets", nargs="+", choices=names, default=names, help="default: every annotated set "
                    "but seeds, dev and the blind sets")
    ap.add_argument("--from", dest="start", type=int, default=0,
                    help="only tuning sets numbered N or more (the newest sets met the newest rules)")
    ap.add_argument("--keep", type=Path, help="keep each run's -v listing and predictions in this folder")
    ap.add_argument("--no-today", action="store_true", help="do not score today's code beside it")
    args = ap.parse_args(argv)
    chosen = [n for n in args.sets if not n.startswith("tuning") or int(n[6:] or 1) >= args.start]
    pooled: dict[str, Table] = {"first-seen": defaultdict(lambda: [0, 0, 0]), "today": defaultdict(lambda: [0, 0, 0])}
    unmatched = {"first-seen": 0, "today": 0}
    scored = 0
    print(f"{'set':11s} {'revision':9s} {'first-seen P / R / F1':>22s}   {'today P / R / F1':>18s}")
    with tempfile.TemporaryDirectory(prefix="marsad-first-seen-") as tmp:
        cache = Path(tmp)
        for name in chosen:
            commit = added_by(SETS[name].gold)
            if commit is None or not _git("rev-list", "--parents", "-n", "1", commit).split()[1:]:
                print(f"{name:11s} (not added by a commit with a parent: left out)")
                continue
            parent = _git("rev-parse", f"{commit}^")
            code = export(parent, cache)
            if not (code / "marsad" / "loaders").exists():  # an early layout: Python would import today's
                print(f"{name:11s} {parent[:8]:9s} (its revision predates marsad.loaders: left out)")  # package
                continue
            scored += 1
            runs = {"first-seen": code} | ({} if args.no_today else {"today": None})
            cells = []
            for label, code in runs.items():
                out = args.keep / label / name if args.keep else None
                table, listing = score(name, code, out)
                if args.keep:
                    (args.keep / label).mkdir(parents=True, exist_ok=True)
                    (args.keep / label / f"{name}.txt").write_text(listing, encoding="utf-8")
                for cat, row in table.items():
                    for i in range(3):
                        pooled[label][cat][i] += row[i]
                unmatched[label] += unmatched_events(listing)
                cells.append("{:.3f} / {:.3f} / {:.3f}".format(*prf(*total(table))))
            print(f"{name:11s} {parent[:8]:9s} {cells[0]:>22s}   {cells[1] if len(cells) > 1 else '':>18s}", flush=True)
    for label, table in pooled.items():
        if not table:
            continue
        print(f"\n{label}, pooled over {scored} sets")
        print(f"{'category':14s} {'tp':>6s} {'fp':>5s} {'fn':>6s}      P      R     F1")
        for cat in sorted(table):
            tp, fp, fn = table[cat]
            print(f"{cat:14s} {tp:6d} {fp:5d} {fn:6d}  {'  '.join(f'{x:.3f}' for x in prf(tp, fp, fn))}")
        tp, fp, fn = total(table)
        print(f"{'all':14s} {tp:6d} {fp:5d} {fn:6d}  {'  '.join(f'{x:.3f}' for x in prf(tp, fp, fn))}")
        print(f"predicted events matching no gold event: {unmatched[label]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
