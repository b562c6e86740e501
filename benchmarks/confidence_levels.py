"""How many facts each confidence level holds, per kind of fact, over a corpus.

    python benchmarks/confidence_levels.py [PATH ...] [--json]

PATH defaults to ../shared/corpus/moroccan-news/articles.jsonl. Each document goes through extraction,
resolution and the RDF builder as `marsad ingest` runs them (without storing); a fact counts once per
document, at the confidence its evidence carries there (``mrs:confidenceBasis``): registry, cue or
inferred (``marsad.core.confidence``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from rdflib import RDF

from marsad.core.errors import DocumentError
from marsad.core.settings import Settings
from marsad.core.vocab import MRS
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
from marsad.loaders.rdf.build import build_graph
from marsad.loaders.read import read_paths

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "moroccan-news" / "articles.jsonl"
KINDS = {"institution": "institutions", "person": "persons", "post": "posts", "tenure": "tenures",
         "event": "events", "decision": "decisions", "agreement": "agreements", "program": "programs"}
LEVELS = ("registry", "cue", "inferred")


def count(paths: list[Path]) -> tuple[int, dict[str, Counter[str]]]:
    table: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS.values()}
    documents = 0
    for item in read_paths(paths, settings=Settings()):
        if isinstance(item, DocumentError):
            continue
        documents += 1
        graph = build_graph(item, extract(item), extractor_version=EXTRACTOR_VERSION)
        for node in set(graph.subjects(MRS.evidence, None)):
            kind = KINDS.get(str(node).split("/id/", 1)[-1].split("/", 1)[0])
            if kind is None or graph.value(node, RDF.type) is None:
                continue
            best = max((str(graph.value(ev, MRS.confidenceBasis)) for ev in graph.objects(node, MRS.evidence)),
                       key=LEVELS[::-1].index)
            table[kind][best] += 1
    return documents, table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=[CORPUS], help="files or folders of documents")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    documents, table = count(args.paths)
    if args.json:
        print(json.dumps({"documents": documents, "facts": {k: dict(v) for k, v in table.items()}}, indent=1))
        return 0
    print(f"{documents} documents, extractor {EXTRACTOR_VERSION}")
    print(f"{'facts':<12}" + "".join(f"{level:>10}" for level in LEVELS) + f"{'total':>10}")
    totals: Counter[str] = Counter()
    for kind, found in table.items():
        totals.update(found)
        print(f"{kind:<12}" + "".join(f"{found[level]:>10}" for level in LEVELS) + f"{sum(found.values()):>10}")
    print(f"{'all':<12}" + "".join(f"{totals[level]:>10}" for level in LEVELS) + f"{sum(totals.values()):>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
