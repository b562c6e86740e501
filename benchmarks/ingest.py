"""Ingest benchmark: documents/s and time per stage (read, extract, rdf, validate, store, neo4j).

    python benchmarks/ingest.py ../shared/corpus/moroccan-news/articles.jsonl [--jobs 2] [--limit N]
    python benchmarks/ingest.py ../shared/corpus/moroccan-news/articles.jsonl --jobs 2 --compare REV [--rounds 2]

Runs the real `marsad ingest` pipeline into a fresh temporary MARSAD_HOME (RDF store only unless
--neo4j), then prints the figures. Stage times are summed over worker processes, so with --jobs > 1
they add up to more than the wall time.

--compare REV runs the code of git revision REV (extracted with `git archive` into a temporary folder)
and the code of this working tree one after the other, --rounds times, each in a fresh interpreter
on the same input, and prints documents/s, wall and CPU seconds of each (the CPU seconds of the whole
process tree do not depend on how busy the shared machine is) and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import Timer, first_lines, load_average
from rich.console import Console

from marsad.core.settings import Settings
from marsad.ingest import run_ingest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", type=Path, help="files or folders to ingest")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N lines of a .jsonl")
    ap.add_argument("--neo4j", action="store_true", help="also write to the configured/running Neo4j")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--compare", metavar="REV", help="also run the code of git revision REV, side by side")
    ap.add_argument("--rounds", type=int, default=1, help="with --compare: how many times to run each")
    args = ap.parse_args()
    if args.compare:
        compare(args)
        return

    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        paths = [first_lines(p, args.limit, Path(tmp) / f"first-{args.limit}.jsonl")
                 if args.limit and p.suffix == ".jsonl" else p for p in args.paths]
        settings = Settings(home=Path(tmp) / "home")
        quiet = Console(stderr=True, quiet=True)
        t0 = time.perf_counter()
        summary = run_ingest(paths, settings=settings, neo4j=bool(args.neo4j),
                             jobs=args.jobs, console=quiet)
        wall = time.perf_counter() - t0
    processed = summary.stored + len(summary.quarantined) + len(summary.failed)
    figures = {
        "documents": summary.total, "stored": summary.stored, "quarantined": len(summary.quarantined),
        "rejected": len(summary.rejected), "failed": len(summary.failed), "facts": summary.facts,
        "jobs": args.jobs, "wall_seconds": round(wall, 3),
        "documents_per_second": round(summary.total / wall, 2) if wall else 0.0,
        "stage_seconds": {k: round(v, 3) for k, v in summary.stage_seconds.items()},
        "stage_ms_per_document": {k: round(1000 * v / processed, 2) if processed else 0.0
                                  for k, v in summary.stage_seconds.items()},
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"documents {figures['documents']} (stored {summary.stored}, quarantined {len(summary.quarantined)}, "
          f"rejected {len(summary.rejected)}, failed {len(summary.failed)}), facts {summary.facts}")
    print(f"wall {wall:.2f} s with {args.jobs} job(s): {figures['documents_per_second']} documents/s")
    print(f"{'stage':<10}{'seconds':>10}{'ms/doc':>10}")
    for stage, secs in summary.stage_seconds.items():
        print(f"{stage:<10}{secs:>10.2f}{figures['stage_ms_per_document'][stage]:>10.2f}")


def _run_tree(root: Path, args: argparse.Namespace) -> dict[str, float]:
    """This benchmark, as found in ``root``, in a fresh interpreter that imports marsad from ``root``."""
    command = [sys.executable, str(root / "benchmarks" / "ingest.py"), *(str(p.resolve()) for p in args.paths),
               "--jobs", str(args.jobs), "--json", *(["--limit", str(args.limit)] if args.limit else [])]
    env = {**os.environ, "PYTHONPATH": str(root)}
    with Timer() as timer:
        out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    figures = json.loads(out)
    return {"documents": figures["documents"], "stored": figures["stored"],
            "documents_per_second": figures["documents_per_second"], "wall": figures["wall_seconds"],
            "cpu": timer.result.cpu, "cpu_ms_per_document": 1000 * timer.result.cpu / max(figures["documents"], 1)}


def compare(args: argparse.Namespace) -> None:
    here = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="marsad-compare-") as tmp:
        old = Path(tmp)
        archive = subprocess.run(["git", "-C", str(here), "archive", args.compare], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        runs: dict[str, list[dict[str, float]]] = {args.compare: [], "working tree": []}
        print(f"load average before: {load_average()}")
        for _ in range(args.rounds):
            for label, root in ((args.compare, old), ("working tree", here)):
                runs[label].append(_run_tree(root, args))
                print(f"{label:<14} {runs[label][-1]}", flush=True)
        print(f"load average after: {load_average()}")
    best = {label: max(r["documents_per_second"] for r in rs) for label, rs in runs.items()}
    cpu = {label: min(r["cpu_ms_per_document"] for r in rs) for label, rs in runs.items()}
    print(f"{'code':<14}{'documents/s (best)':>20}{'CPU ms/document (least)':>26}")
    for label in runs:
        print(f"{label:<14}{best[label]:>20.1f}{cpu[label]:>26.2f}")
    print(f"ratio: {best['working tree'] / best[args.compare]:.2f}x documents/s, "
          f"{cpu[args.compare] / cpu['working tree']:.2f}x less CPU per document (jobs {args.jobs})")


if __name__ == "__main__":
    main()
