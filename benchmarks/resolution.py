"""Entity resolution on the Moroccan corpus: B-cubed precision and recall of the graph's person and
institution nodes against a hand-made gold, and the near-duplicate node pairs that remain.

    python benchmarks/resolution.py [ARTICLES.jsonl] [--gold tests/fixtures/resolution/gold.json] [--pairs 40]

Each article is read, extracted, resolved and built into its RDF graph exactly as ``marsad ingest`` does
(validation and storage left out: they do not change IRIs). Every (document, surface name) of a person
or institution node is a mention; the gold (facts only: entity ids, types and every surface name seen for
the entity) says which mentions are the same real-world entity. Prints B-cubed precision, recall and F1
over the gold's mentions, the gold entities split over several nodes, the nodes that join several gold
entities, and the closest pairs of distinct nodes by folded name (rapidfuzz) that the gold does not
cover or that it says are one entity.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

from marsad.core.settings import Settings
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
from marsad.loaders.normalize import match_key
from marsad.loaders.rdf.build import build_graph
from marsad.loaders.read import read_path
from marsad.loaders.resolution import resolve
from marsad.loaders.resolution.score import Mention, bcubed, mentions

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO.parent / "shared" / "corpus" / "moroccan-news" / "articles.jsonl"
GOLD = REPO / "tests" / "fixtures" / "resolution" / "gold.json"


def load_gold(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(surface → entity id, entity id → type)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    for entity in doc["entities"]:
        types[entity["id"]] = entity["type"]
        for name in entity["names"]:
            if names.setdefault(name, entity["id"]) != entity["id"]:
                raise SystemExit(f"gold: {name!r} is listed under {names[name]} and {entity['id']}")
    return names, types


def graph_mentions(articles: Path) -> dict[Mention, str]:
    found: dict[Mention, str] = {}
    for item in read_path(articles, settings=Settings()):
        if not isinstance(item, SourceDocument):
            continue
        facts, resolution = resolve(extract(item))
        graph = build_graph(item, facts, extractor_version=EXTRACTOR_VERSION, resolution=resolution)
        found.update(mentions(item.id, graph))
    return found


def near_duplicates(predicted: dict[Mention, str], gold: dict[str, str],
                    limit: int) -> list[tuple[float, str, str, str]]:
    """Pairs of distinct nodes of one type with the most similar folded names, not known to be distinct."""
    names: dict[str, set[str]] = defaultdict(set)
    for (_doc, surface), node in predicted.items():
        names[node].add(surface)
    best: dict[str, str] = {node: max(sorted(s), key=len) for node, s in names.items()}
    keys = {node: match_key(name) for node, name in best.items()}
    pairs: list[tuple[float, str, str, str]] = []
    for kind in ("person", "institution"):
        nodes = sorted(n for n in best if f"/id/{kind}/" in n and len(keys[n]) > 5)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                score = fuzz.ratio(keys[a], keys[b])
                if score < 88:
                    continue
                ga, gb = gold.get(best[a]), gold.get(best[b])
                if ga is not None and gb is not None and ga != gb:
                    continue  # the gold says these are different entities
                pairs.append((score, kind, best[a], best[b]))
    return sorted(pairs, reverse=True)[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", type=Path, default=ARTICLES)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--pairs", type=int, default=40, help="near-duplicate pairs to print")
    args = parser.parse_args(argv)
    if not args.articles.exists():
        print(f"no articles at {args.articles}", file=sys.stderr)
        return 2
    gold, types = load_gold(args.gold)
    predicted = graph_mentions(args.articles)
    score = bcubed(predicted, gold)
    docs = len({d for d, _ in predicted})
    print(f"documents {docs}, person/institution nodes {len(set(predicted.values()))}, mentions {len(predicted)}")
    print(f"gold entities {len(types)} ({sum(1 for t in types.values() if t == 'person')} persons, "
          f"{sum(1 for t in types.values() if t == 'institution')} institutions), scored mentions {score.items}")
    print(f"B-cubed precision {score.precision:.4f}  recall {score.recall:.4f}  F1 {score.f1:.4f}")
    nodes_of: dict[str, set[str]] = defaultdict(set)
    entities_of: dict[str, set[str]] = defaultdict(set)
    for mention, node in predicted.items():
        if mention[1] in gold:
            nodes_of[gold[mention[1]]].add(node)
            entities_of[node].add(gold[mention[1]])
    split = {e: n for e, n in nodes_of.items() if len(n) > 1}
    print(f"\ngold entities split over several nodes: {len(split)}")
    for entity in sorted(split):
        spellings = sorted({s for (_d, s), node in predicted.items() if gold.get(s) == entity})
        print(f"  {entity}: {len(split[entity])} nodes: {' | '.join(spellings)}")
    joined = {n: e for n, e in entities_of.items() if len(e) > 1}
    print(f"nodes joining several gold entities: {len(joined)}")
    for node in sorted(joined):
        print(f"  {node}: {', '.join(sorted(joined[node]))}")
    print(f"\nnear-duplicate node pairs that remain (folded-name similarity ≥ 88, top {args.pairs}):")
    for score_, kind, a, b in near_duplicates(predicted, gold, args.pairs):
        print(f"  {score_:5.1f} {kind:11} {a}  ~  {b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
