"""Robustness at scale: every article of SaudiNewsNet and of the Moroccan corpus through the pipeline.

    python benchmarks/robustness.py [--source all|saudinewsnet|moroccan] [--limit N] [--json] [--progress]

Two sources, each read completely unless ``--limit`` caps the articles per source:

- SaudiNewsNet (``../shared/corpus/saudinewsnet``, 31,030 articles): the .zip archives (each holds one
  JSON list of article objects with ``source``, ``url``, ``date_extracted``, ``title``, ``content``) are
  streamed without unpacking them to disk;
- the Moroccan articles (``../shared/corpus/moroccan-news/articles.jsonl``, 994 articles), read by
  Marsad's own reader (``loaders.read``), exactly as ``marsad ingest`` reads them.

Every article runs through ``loaders.pipeline.process`` (extract → RDF → SHACL). The script prints, per
source and in total: documents, the documents that crashed (exception and id; including the failures
``extract()`` catches and logs itself, since it returns empty facts for them), the documents that would be
quarantined (their graph does not conform; first messages), the evidence spans checked and found wrong
(``text[start:end] != quote``), the articles the reader refused (empty content, with the reason) and the
articles unaccounted for: the input is counted independently of the pipeline (records in each archive,
non-blank lines of the .jsonl), and every input article must come out exactly once, as processed or as
refused with a reason. The exit status is 1 when anything crashed, was quarantined, had a wrong span or
was unaccounted for.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from marsad.core.errors import DocumentError
from marsad.core.settings import Settings
from marsad.loaders.document import SourceDocument
from marsad.loaders.pipeline import FACT_KEYS, Processed, process
from marsad.loaders.read import read_paths

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_CORPUS = SHARED / "saudinewsnet"
DEFAULT_MOROCCAN = SHARED / "moroccan-news" / "articles.jsonl"
_SHOWN = 10  # how many items of each list are printed in full

Item = tuple[str, SourceDocument | DocumentError]  # (accounting key, what the reader made of it)


# -- the inputs, and what they should yield --------------------------------------------------------

def _snn_records(folder: Path) -> Iterator[tuple[str, str, int, dict[str, object]]]:
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in sorted(n for n in zf.namelist() if n.endswith(".json")):
                for i, record in enumerate(json.loads(zf.read(member).decode("utf-8"))):
                    yield archive.name, member, i, record


def _snn_key(member: str, i: int) -> str:
    return f"snn-{Path(member).stem}-{i:04d}"


def snn_expected(folder: Path) -> list[str]:
    """The key of every record of every archive, counted without the reader."""
    keys: list[str] = []
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in sorted(n for n in zf.namelist() if n.endswith(".json")):
                keys.extend(_snn_key(member, i) for i in range(len(json.loads(zf.read(member)))))
    return keys


def iter_snn(folder: Path) -> Iterator[Item]:
    """Every SaudiNewsNet article as a SourceDocument, or a DocumentError when its content is empty."""
    for archive, member, i, record in _snn_records(folder):
        key = _snn_key(member, i)
        text = str(record.get("content") or "").replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            yield key, DocumentError(key, "empty document (no content)")
            continue
        published = str(record.get("date_extracted") or "")[:10] or None
        yield key, SourceDocument(id=key, text=text, title=str(record.get("title") or "") or None,
                                  published=published, source=str(record.get("source") or "") or None,
                                  url=str(record.get("url") or "") or None, origin=f"{archive}:{member}[{i}]")


def moroccan_expected(path: Path) -> list[str]:
    """``FILE:LINE`` of every non-blank line, as the reader names them, counted without it."""
    with path.open("rb") as fh:
        return [f"{path}:{n}" for n, line in enumerate(fh, start=1) if line.strip()]


def iter_moroccan(path: Path) -> Iterator[Item]:
    """The articles of a .jsonl file as ``marsad ingest`` reads them, keyed by ``FILE:LINE``."""
    for item in read_paths([path], settings=Settings()):
        yield (item.document, item) if isinstance(item, DocumentError) else (str(item.origin), item)


# -- running and checking --------------------------------------------------------------------------

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


@dataclass(frozen=True)
class Outcome:
    """What one document gave, small enough to come back from a worker process."""

    doc_id: str
    seconds: float
    facts: int = 0
    error: str | None = None
    conforms: bool = True
    messages: tuple[str, ...] = ()
    spans_checked: int = 0
    spans_wrong: tuple[str, ...] = ()


_caught = _CaughtFailures()


def run_one(doc: SourceDocument) -> Outcome:
    """The pipeline on one document, with the failures ``extract()`` caught and logged counted as crashes."""
    logger = logging.getLogger("marsad.loaders.extraction")
    if _caught not in logger.handlers:
        logger.addHandler(_caught)
    _caught.caught.clear()
    t0 = time.perf_counter()
    result: Processed = process(doc)
    seconds = time.perf_counter() - t0
    error = result.error or ("; ".join(_caught.caught) if _caught.caught else None)
    if error:
        return Outcome(doc.id, seconds, error=error)
    checked, wrong = check_spans(result.facts, doc.text)
    return Outcome(doc.id, seconds, facts=result.fact_count, conforms=result.conforms,
                   messages=tuple(result.messages[:3]), spans_checked=checked, spans_wrong=tuple(wrong))


@dataclass
class Report:
    name: str
    expected: int = 0
    documents: int = 0
    seconds: float = 0.0
    facts: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (key, reason): the reader said why
    crashed: list[tuple[str, str]] = field(default_factory=list)
    quarantined: list[tuple[str, list[str]]] = field(default_factory=list)  # graph does not conform
    spans_checked: int = 0
    spans_wrong: list[tuple[str, str]] = field(default_factory=list)
    unaccounted: list[str] = field(default_factory=list)  # in the input, never came out
    seen_twice: list[str] = field(default_factory=list)  # came out more than once
    slowest: tuple[float, str] = (0.0, "")
    wall_seconds: float = 0.0

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.seconds += outcome.seconds
        self.slowest = max(self.slowest, (outcome.seconds, outcome.doc_id))
        if outcome.error:
            self.crashed.append((outcome.doc_id, outcome.error))
            return
        self.facts += outcome.facts
        if not outcome.conforms:
            self.quarantined.append((outcome.doc_id, list(outcome.messages)))
        self.spans_checked += outcome.spans_checked
        self.spans_wrong.extend((outcome.doc_id, w) for w in outcome.spans_wrong)

    @property
    def ok(self) -> bool:
        return not (self.crashed or self.quarantined or self.spans_wrong or self.unaccounted or self.seen_twice)

    def as_json(self) -> dict[str, object]:
        return {
            "source": self.name, "articles": self.expected, "documents": self.documents,
            "refused": self.refused, "seconds": round(self.seconds, 2), "wall_seconds": round(self.wall_seconds, 1),
            "documents_per_second": round(self.documents / self.seconds, 2) if self.seconds else 0.0,
            "facts": self.facts, "crashed": self.crashed, "quarantined": self.quarantined,
            "spans_checked": self.spans_checked, "spans_wrong": self.spans_wrong,
            "unaccounted": self.unaccounted, "seen_twice": self.seen_twice,
            "slowest": {"seconds": round(self.slowest[0], 3), "document": self.slowest[1]},
        }


def _documents(items: Iterator[Item], report: Report, seen: Counter[str], limit: int | None
               ) -> Iterator[SourceDocument]:
    """The documents of ``items``, counting every key and keeping the reader's refusals in the report."""
    for n, (key, item) in enumerate(items):
        if limit is not None and n >= limit:
            return
        seen[key] += 1
        if isinstance(item, DocumentError):
            report.refused.append((key, item.reason))
        else:
            yield item


def run(name: str, items: Iterator[Item], expected: list[str], *, limit: int | None = None, jobs: int = 1,
        progress: bool = False) -> Report:
    """Process every item and account for every expected key (the first ``limit`` when capped)."""
    report = Report(name=name)
    wanted = expected[:limit] if limit is not None else expected
    report.expected = len(wanted)
    started = time.perf_counter()
    seen: Counter[str] = Counter()
    docs = _documents(items, report, seen, limit)
    if jobs <= 1:
        outcomes: Iterator[Outcome] = map(run_one, docs)
        _collect(outcomes, report, progress=progress)
    else:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
            while batch := list(islice(docs, jobs * 64)):
                _collect(pool.map(run_one, batch, chunksize=8), report, progress=progress)
    report.wall_seconds = time.perf_counter() - started
    report.unaccounted = [key for key in wanted if key not in seen]
    report.seen_twice = sorted(key for key, n in seen.items() if n > 1)
    return report


def _collect(outcomes: Iterator[Outcome], report: Report, *, progress: bool) -> None:
    for outcome in outcomes:
        report.add(outcome)
        if progress and report.documents % 1000 == 0:
            print(f"  {report.name}: {report.documents} documents, {report.documents / report.seconds:.1f}/s "
                  f"per process; so far {len(report.crashed)} crashed, {len(report.quarantined)} quarantined, "
                  f"{len(report.spans_wrong)} wrong spans of {report.spans_checked}, {len(report.refused)} refused",
                  file=sys.stderr, flush=True)


def print_report(report: Report) -> None:
    _print_report(report)
    sys.stdout.flush()


def _print_report(report: Report) -> None:
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(f"== {report.name}: {report.expected} articles in the input")
    print(f"processed {report.documents}, refused by the reader {len(report.refused)}, facts {report.facts}")
    reasons = Counter(reason for _, reason in report.refused)
    for reason, n in reasons.most_common(_SHOWN):
        print(f"  refused {n}: {reason}")
    print(f"wall time {report.wall_seconds:.0f} s; {report.seconds:.1f} s in the pipeline (summed over processes), "
          f"{rate:.1f} documents/s per process, "
          f"slowest {report.slowest[0]:.2f} s ({report.slowest[1]})")
    for label, rows in (("crashed", report.crashed), ("quarantined (graph does not conform)", report.quarantined)):
        print(f"{label} {len(rows)}")
        for doc_id, detail in rows[:_SHOWN]:
            print(f"  {doc_id}: {detail if isinstance(detail, str) else ' | '.join(detail)}"[:300])
    print(f"evidence spans checked {report.spans_checked}, wrong {len(report.spans_wrong)}")
    for doc_id, message in report.spans_wrong[:_SHOWN]:
        print(f"  {doc_id}: {message}")
    print(f"unaccounted for {len(report.unaccounted)}, seen twice {len(report.seen_twice)}")
    for key in (report.unaccounted + report.seen_twice)[:_SHOWN]:
        print(f"  {key}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", choices=("all", "saudinewsnet", "moroccan"), default="all")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of SaudiNewsNet .zip archives")
    ap.add_argument("--moroccan", type=Path, default=DEFAULT_MOROCCAN, help="the Moroccan articles (.jsonl)")
    ap.add_argument("--limit", type=int, default=None, help="at most this many articles per source (default: all)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--progress", action="store_true", help="report progress on stderr every 1000 documents")
    args = ap.parse_args(argv)
    reports = []
    if args.source in ("all", "moroccan"):
        if not args.moroccan.is_file():
            print(f"no {args.moroccan}", file=sys.stderr)
            return 2
        reports.append(run("moroccan", iter_moroccan(args.moroccan), moroccan_expected(args.moroccan),
                           limit=args.limit, jobs=args.jobs, progress=args.progress))
        if not args.json:
            print_report(reports[-1])
    if args.source in ("all", "saudinewsnet"):
        if not any(args.corpus.glob("*.zip")):
            print(f"no .zip archives in {args.corpus}", file=sys.stderr)
            return 2
        reports.append(run("saudinewsnet", iter_snn(args.corpus), snn_expected(args.corpus),
                           limit=args.limit, jobs=args.jobs, progress=args.progress))
        if not args.json:
            print_report(reports[-1])
    if args.json:
        print(json.dumps([r.as_json() for r in reports], ensure_ascii=False, indent=2))
    else:
        print(f"== total: {sum(r.expected for r in reports)} articles, {sum(r.documents for r in reports)} "
              f"processed, {sum(len(r.refused) for r in reports)} refused with a reason, "
              f"{sum(len(r.crashed) for r in reports)} crashed, {sum(len(r.quarantined) for r in reports)} "
              f"quarantined, {sum(len(r.spans_wrong) for r in reports)} wrong spans, "
              f"{sum(len(r.unaccounted) + len(r.seen_twice) for r in reports)} unaccounted for")
    return 0 if all(r.ok for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
