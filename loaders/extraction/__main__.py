"""Write one facts JSON per document: ``python -m marsad.loaders.extraction DOCS_DIR OUT_DIR``.

DOCS_DIR holds .txt files (first non-empty line = title); a .jsonl file (fields id, text, title,
published, source) may be given instead of a folder. Output files are named after the document stem.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import extract


def _documents(src: Path) -> Iterator[SourceDocument]:
    if src.is_file() and src.suffix == ".jsonl":
        with src.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if line.strip():
                    row = json.loads(line)
                    yield SourceDocument(id=str(row.get("id", n)), text=str(row.get("text", "")),
                                         title=row.get("title"), published=row.get("published"),
                                         source=row.get("source"), origin=f"{src}:{n + 1}")
        return
    for path in sorted(src.glob("*.txt")):
        yield SourceDocument(id=path.stem, text=path.read_text(encoding="utf-8"), origin=str(path))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m marsad.loaders.extraction", description=__doc__)
    ap.add_argument("src", type=Path, help="folder of .txt files, or a .jsonl file")
    ap.add_argument("out", type=Path, help="folder for <stem>.json")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    count, began = 0, time.perf_counter()
    for doc in _documents(args.src):
        facts = extract(doc)
        (args.out / f"{doc.id}.json").write_text(
            json.dumps(facts.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        count += 1
    elapsed = time.perf_counter() - began
    print(f"{count} documents in {elapsed:.1f} s ({count / elapsed if elapsed else 0:.0f}/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
