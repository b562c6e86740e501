"""SHA-256 of every document's facts JSON, to show that a refactoring of the rules changes no output.

    python benchmarks/extraction_hashes.py [PATH ...] [--save FILE] [--compare FILE]

PATH defaults to ../shared/corpus/moroccan-news/articles.jsonl. Documents are read as `marsad ingest`
reads them; each one's facts (``extract(doc).to_json()``, the form of extraction.schema.json, which
does not carry the extractor version) are serialised canonically (sorted keys, UTF-8, no spaces) and
hashed. One line per document, ``<sha256>  <document id>``, goes to stdout, or to FILE with --save.
With --compare, the hashes are checked against a file saved before: it prints how many documents
are identical, lists those that differ or are missing, and exits 1 when any do. ``--drop KEY`` leaves
that key out of every fact before hashing, to show that a change which only adds a key (``--drop
confidence``) keeps every fact and span as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from marsad.core.errors import DocumentError
from marsad.core.settings import Settings
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
from marsad.loaders.read import read_paths

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "moroccan-news" / "articles.jsonl"


def _without(value: object, drop: frozenset[str]) -> object:
    if isinstance(value, dict):
        return {k: _without(v, drop) for k, v in value.items() if k not in drop}
    if isinstance(value, list):
        return [_without(v, drop) for v in value]
    return value


def facts_hash(facts_json: dict[str, object], drop: frozenset[str] = frozenset()) -> str:
    """SHA-256 of the canonical serialisation of one document's facts (without the keys in ``drop``)."""
    if drop:
        facts_json = {k: _without(v, drop) for k, v in facts_json.items()}
    canonical = json.dumps(facts_json, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hashes(paths: Iterable[Path], drop: frozenset[str] = frozenset()) -> dict[str, str]:
    """Document id -> hash of its facts, for every document the paths hold."""
    out: dict[str, str] = {}
    for item in read_paths(paths, settings=Settings()):
        if isinstance(item, DocumentError):
            print(f"unreadable: {item}", file=sys.stderr)
            continue
        out[item.id] = facts_hash(extract(item).to_json(), drop)
    return out


def _load(path: Path) -> dict[str, str]:
    rows = (line.split(None, 1) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {doc_id.strip(): digest for digest, doc_id in rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=[CORPUS], help="files or folders of documents")
    ap.add_argument("--save", type=Path, help="write the hashes to this file instead of stdout")
    ap.add_argument("--compare", type=Path, help="check the hashes against a file written by --save")
    ap.add_argument("--drop", action="append", default=[], metavar="KEY",
                    help="leave this key out of every fact before hashing (repeatable)")
    args = ap.parse_args(argv)
    now = hashes(args.paths, frozenset(args.drop))
    lines = "".join(f"{digest}  {doc_id}\n" for doc_id, digest in now.items())
    print(f"extractor {EXTRACTOR_VERSION}: {len(now)} documents", file=sys.stderr)
    if args.save:
        args.save.write_text(lines, encoding="utf-8")
    elif not args.compare:
        sys.stdout.write(lines)
    if args.compare:
        before = _load(args.compare)
        same = sum(1 for k, v in now.items() if before.get(k) == v)
        differ = sorted(k for k in now if k in before and before[k] != now[k])
        missing = sorted(set(before) ^ set(now))
        print(f"{len(now)} documents, {same} identical, {len(differ)} differ, {len(missing)} only on one side")
        for k in differ[:50]:
            print(f"differs: {k}")
        for k in missing[:50]:
            print(f"only on one side: {k}")
        return 0 if not differ and not missing else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
