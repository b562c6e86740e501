"""Ingest benchmark: documents/s and time per stage (read, extract, rdf, validate, store, neo4j).

    python benchmarks/ingest.py ../shared/corpus/moroccan-news/articles.jsonl [--jobs 2] [--limit N]

Runs the real `marsad ingest` pipeline into a fresh temporary MARSAD_HOME (RDF store only unless
--neo4j), then prints the figures. Stage times are summed over worker processes (CPU seconds), so
with --jobs > 1 they add up to more than the wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from rich.console import Console

from marsad.core.settings import Settings
from marsad.ingest import run_ingest


def _limited_copy(path: Path, limit: int, folder: Path) -> Path:
    """The first ``limit`` lines of a .jsonl file, so a quick run can be asked for."""
    out = folder / f"first-{limit}.jsonl"
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= limit:
                break
            dst.write(line)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", type=Path, help="files or folders to ingest")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N lines of a .jsonl")
    ap.add_argument("--neo4j", action="store_true", help="also write to the configured/running Neo4j")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        paths = [_limited_copy(p, args.limit, Path(tmp)) if args.limit and p.suffix == ".jsonl" else p
                 for p in args.paths]
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


if __name__ == "__main__":
    main()
