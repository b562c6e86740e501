"""Robustness at scale: the per-document pipeline over thousands of unseen news articles.

    python benchmarks/robustness.py [--corpus ../shared/corpus/saudinewsnet] [--limit 2000] [--json]

Streams the SaudiNewsNet archives (each .zip holds one JSON file, a list of article objects with
``source``, ``url``, ``date_extracted``, ``title``, ``author``, ``content``) without unpacking them
to disk, runs ``loaders.pipeline.process`` on the first N articles (in archive order) and prints
documents/s, the documents that crashed (exception and article id), including the failures that
``extract()`` catches and logs itself (it returns empty facts for them, so they would otherwise pass
unseen), the graphs that did not conform (with their first messages) and how many evidence spans
were checked and found wrong (``text[start:end] != quote``). An article with empty ``content`` is
counted as skipped, not run.
The exit status is 1 when anything crashed, did not conform or had a wrong span.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from marsad.loaders.document import SourceDocument
from marsad.loaders.pipeline import FACT_KEYS, Processed, process

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "saudinewsnet"
_SHOWN = 10  # how many crashes and non-conforming graphs are listed in full


def iter_articles(folder: Path) -> Iterator[SourceDocument | str]:
    """Every article of every archive, in name order; the id of an article with no text instead of it."""
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in sorted(zf.namelist()):
                if not member.endswith(".json"):
                    continue
                records = json.loads(zf.read(member).decode("utf-8"))
                for i, record in enumerate(records):
                    doc_id = f"snn-{Path(member).stem}-{i:04d}"
                    text = str(record.get("content") or "").replace("\r\n", "\n").replace("\r", "\n")
                    if not text.strip():
                        yield doc_id
                        continue
                    published = str(record.get("date_extracted") or "")[:10] or None
                    yield SourceDocument(id=doc_id, text=text, title=record.get("title") or None,
                                         published=published, source=record.get("source") or None,
                                         url=record.get("url") or None, origin=f"{archive.name}:{member}[{i}]")


class _CaughtFailures(logging.Handler):
    """Collects what the extraction logs with a traceback: an exception it caught and turned into empty facts."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.caught: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            self.caught.append(f"{type(exc).__name__}: {exc} (caught inside extract())")


def check_spans(facts: dict[str, object], text: str) -> tuple[int, list[str]]:
    """How many evidence spans the facts carry, and a description of each wrong one."""
    checked, wrong = 0, []
    for key in FACT_KEYS:
        for item in facts.get(key) or []:  # type: ignore[attr-defined]
            for ev in item.get("evidence") or []:
                checked += 1
                start, end, quote = ev.get("start"), ev.get("end"), ev.get("quote")
                ok = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
                if not (ok and text[start:end] == quote):
                    wrong.append(f"{key} {item.get('id')}: [{start}:{end}] != {quote!r}"[:200])
    return checked, wrong


@dataclass
class Report:
    documents: int = 0
    skipped: int = 0
    seconds: float = 0.0
    facts: int = 0
    crashed: list[tuple[str, str]] = field(default_factory=list)
    nonconforming: list[tuple[str, list[str]]] = field(default_factory=list)
    spans_checked: int = 0
    spans_wrong: list[tuple[str, str]] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")

    def add(self, doc: SourceDocument, result: Processed, seconds: float) -> None:
        self.documents += 1
        self.seconds += seconds
        self.slowest = max(self.slowest, (seconds, doc.id))
        if result.error:
            self.crashed.append((doc.id, result.error))
            return
        self.facts += result.fact_count
        if not result.conforms:
            self.nonconforming.append((doc.id, result.messages[:3]))
        checked, wrong = check_spans(result.facts, doc.text)
        self.spans_checked += checked
        self.spans_wrong.extend((doc.id, w) for w in wrong)

    @property
    def ok(self) -> bool:
        return not (self.crashed or self.nonconforming or self.spans_wrong)

    def as_json(self) -> dict[str, object]:
        return {
            "documents": self.documents, "skipped_empty": self.skipped, "seconds": round(self.seconds, 2),
            "documents_per_second": round(self.documents / self.seconds, 2) if self.seconds else 0.0,
            "facts": self.facts, "crashed": self.crashed, "nonconforming": self.nonconforming,
            "spans_checked": self.spans_checked, "spans_wrong": self.spans_wrong,
            "slowest": {"seconds": round(self.slowest[0], 3), "document": self.slowest[1]},
        }


def run(folder: Path, *, limit: int, progress: bool = False) -> Report:
    report = Report()
    caught = _CaughtFailures()
    logger = logging.getLogger("marsad.loaders.extraction")
    logger.addHandler(caught)
    try:
        _run(folder, report, caught, limit=limit, progress=progress)
    finally:
        logger.removeHandler(caught)
    return report


def _run(folder: Path, report: Report, caught: _CaughtFailures, *, limit: int, progress: bool) -> None:
    for item in iter_articles(folder):
        if report.documents >= limit:
            break
        if isinstance(item, str):
            report.skipped += 1
            continue
        t0 = time.perf_counter()
        result = process(item)
        seconds = time.perf_counter() - t0
        if caught.caught and not result.error:
            result = replace(result, error="; ".join(caught.caught))
        caught.caught.clear()
        report.add(item, result, seconds)
        if progress and report.documents % 500 == 0:
            print(f"  {report.documents} documents, {report.documents / report.seconds:.1f}/s", file=sys.stderr)


def print_report(report: Report) -> None:
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(f"documents {report.documents} (skipped {report.skipped} with empty content), facts {report.facts}")
    print(f"time {report.seconds:.1f} s, {rate:.1f} documents/s (one process), "
          f"slowest {report.slowest[0]:.2f} s ({report.slowest[1]})")
    print(f"crashed {len(report.crashed)}")
    for doc_id, error in report.crashed[:_SHOWN]:
        print(f"  {doc_id}: {error}")
    print(f"non-conforming graphs {len(report.nonconforming)}")
    for doc_id, messages in report.nonconforming[:_SHOWN]:
        print(f"  {doc_id}: {' | '.join(messages)[:300]}")
    print(f"evidence spans checked {report.spans_checked}, wrong {len(report.spans_wrong)}")
    for doc_id, message in report.spans_wrong[:_SHOWN]:
        print(f"  {doc_id}: {message}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of SaudiNewsNet .zip archives")
    ap.add_argument("--limit", type=int, default=2000, help="how many articles to run (default 2000)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--progress", action="store_true", help="report progress on stderr every 500 documents")
    args = ap.parse_args(argv)
    if not any(args.corpus.glob("*.zip")):
        print(f"no .zip archives in {args.corpus}", file=sys.stderr)
        return 2
    report = run(args.corpus, limit=args.limit, progress=args.progress)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
