"""CPU milliseconds per document of each stage a worker runs: extract, resolve, rdf (N-Triples), validate.

    python benchmarks/stages.py [PATH ...] [--limit N] [--json]
    python benchmarks/stages.py [PATH ...] --compare REV [--rounds 3]

PATH defaults to ../shared/corpus/moroccan-news/articles.jsonl. After ``preflight()`` (lexicons, registry and
shapes loaded, as a worker has them), every document goes once through the stages of
``marsad.loaders.pipeline.process``, and the CPU time of this process (``time.process_time``) is summed per
stage: unlike the wall-clock stage times of benchmarks/ingest.py, it hardly depends on how busy the shared
machine is. Caches fill as they do in a worker (each document is seen once).

--compare REV runs the code of git revision REV (extracted with ``git archive``) and the working tree
alternately, --rounds times each, each in a fresh interpreter, and prints the least CPU per stage of each and
the ratios. A revision from before ``build_ntriples`` is measured with its ``build_graph`` and rdflib's
N-Triples serializer, as its ``process`` did.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from measure import first_lines, load_average

from marsad.core.errors import DocumentError
from marsad.core.settings import Settings
from marsad.loaders import pipeline
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
from marsad.loaders.rdf import build
from marsad.loaders.rdf.validate import validate_ntriples
from marsad.loaders.read import read_paths
from marsad.loaders.resolution import resolve

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "moroccan-news" / "articles.jsonl"
STAGES = ("extract", "resolve", "rdf", "validate")


def _ntriples_builder() -> Callable[..., str]:
    if hasattr(build, "build_ntriples"):
        return build.build_ntriples

    def through_rdflib(*args: object, **kwargs: object) -> str:  # the revisions before build_ntriples
        graph = build.build_graph(*args, **kwargs)  # type: ignore[arg-type]
        return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")

    return through_rdflib


def measure(paths: list[Path]) -> dict[str, float]:
    """CPU ms per document of each stage, and their total, over the documents of ``paths``."""
    docs = [d for d in read_paths(paths, settings=Settings()) if not isinstance(d, DocumentError)]
    pipeline.preflight()
    ntriples = _ntriples_builder()
    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time
    for doc in docs:
        t0 = clock()
        facts = extract(doc)
        t1 = clock()
        facts, resolution = resolve(facts)
        t2 = clock()
        text = ntriples(doc, facts, extractor_version=EXTRACTOR_VERSION, resolution=resolution)
        t3 = clock()
        validate_ntriples(text)
        t4 = clock()
        for stage, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            spent[stage] += seconds
    n = max(len(docs), 1)
    figures = {stage: 1000 * seconds / n for stage, seconds in spent.items()}
    return {**figures, "total": sum(figures.values()), "documents": float(len(docs))}


def _run_tree(root: Path, paths: list[Path]) -> dict[str, float]:
    """This script, importing marsad from ``root``, in a fresh interpreter."""
    command = [sys.executable, str(Path(__file__).resolve()), *(str(p.resolve()) for p in paths), "--json"]
    out = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(root)}, check=True, capture_output=True,
                         text=True).stdout
    figures: dict[str, float] = json.loads(out)
    return figures


def compare(rev: str, paths: list[Path], rounds: int) -> None:
    with tempfile.TemporaryDirectory(prefix="marsad-stages-") as tmp:
        old = Path(tmp)
        archive = subprocess.run(["git", "-C", str(REPO), "archive", rev], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        runs: dict[str, list[dict[str, float]]] = {rev: [], "working tree": []}
        print(f"load average before: {load_average()}")
        for _ in range(rounds):
            for label, root in ((rev, old), ("working tree", REPO)):
                runs[label].append(_run_tree(root, paths))
                print(f"{label:<14} " + "  ".join(f"{k} {runs[label][-1][k]:.3f}" for k in (*STAGES, "total")),
                      flush=True)
        print(f"load average after: {load_average()}")
    least = {label: {k: min(r[k] for r in rs) for k in (*STAGES, "total")} for label, rs in runs.items()}
    print(f"least CPU ms per document over {rounds} round(s), {int(runs[rev][0]['documents'])} documents")
    print(f"{'code':<14}" + "".join(f"{k:>10}" for k in (*STAGES, "total")))
    for label, row in least.items():
        print(f"{label:<14}" + "".join(f"{row[k]:>10.2f}" for k in (*STAGES, "total")))
    print(f"{'ratio':<14}" + "".join(f"{least[rev][k] / least['working tree'][k]:>9.2f}x"
                                     for k in (*STAGES, "total")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=[CORPUS], help="files or folders of documents")
    ap.add_argument("--limit", type=int, default=0, help="only the first N lines of a .jsonl")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--compare", metavar="REV", help="also run the code of git revision REV, alternately")
    ap.add_argument("--rounds", type=int, default=3, help="with --compare: how many times to run each")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="marsad-stages-") as tmp:
        paths = [first_lines(p, args.limit, Path(tmp) / f"first-{args.limit}.jsonl")
                 if args.limit and p.suffix == ".jsonl" else p for p in args.paths]
        if args.compare:
            compare(args.compare, paths, args.rounds)
            return
        figures = measure(paths)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{int(figures['documents'])} documents, CPU ms per document: "
          + ", ".join(f"{k} {figures[k]:.2f}" for k in (*STAGES, "total")))


if __name__ == "__main__":
    main()
