"""Choose the candidates of a blind extraction set, reproducibly (tests/fixtures/blind3/README.md).

    python tools/pick_blind.py --seed 20261202            # the two shuffled candidate lists
    python tools/pick_blind.py --seed 20261202 --show ID  # one candidate's text, to annotate it (never copy it)

Two corpora in ../shared, each filtered and shuffled with ``random.Random(seed)`` after sorting by id:

- moroccan-news (articles.jsonl): every article that no earlier evaluation set holds or may have
  exposed is a candidate when it is 300-3,000 characters long and has a cue word in its first 400
  characters. Left out: gold files of tests/fixtures/{check,heldout,heldout2,tuning} and ../shared/gold,
  the dev texts, ids named in those sets' READMEs (read and skipped), and every article that the
  candidate filters of the heldout, heldout2 and tuning sets let through (their annotators read down
  those lists, so any of them may have been read).
- saudinewsnet (*.zip, one JSON list per day): ids ``snn-<day>-<index>`` as in benchmarks/robustness.py;
  content 300-1,800 characters with a cue word in its first 400 characters. The first 5,000 articles in
  archive order are left out (the robustness benchmark and test run the extractor on them).

The lists are printed in shuffled order; an annotator reads them in that order and keeps an article
when it reports an institutional event. tests/fixtures/blind3 (seed 20261202): the whole Moroccan list
and the first 92 SaudiNewsNet candidates were read; its README says which were kept and why the
others were skipped.

    python tools/pick_blind.py --seed 20261215 --moroccan-long --top 60   # tuning14's list

``--moroccan-long`` lists, instead, the Moroccan articles of 3,001-7,000 characters with a cue word in
their first 400 characters (no earlier filter let any of them through: those stop at 2,000-3,000
characters), shuffled with the seed after sorting by id. Left out besides: every id with a gold file in any
tests/fixtures/*/gold or that any set's README names, and every article of tools/pick_tuning8.py's two lists
that tuning8's annotator read (its first list whole, its second list's positions 0-80).
tests/fixtures/tuning14 (seed 20261215) was read down this list.

    python tools/pick_blind.py --seed 20270220 --top 200 --mark-copies   # flag other outlets' copies

SaudiNewsNet carries one wire story under several outlets, so far down a list most institutional stories are copies of
articles some set already holds. ``--mark-copies`` adds a column to each listed candidate: ``copy`` and the share of its
word trigrams found in the one annotated article (any gold file of tests/fixtures or ../shared/gold) that shares most
of them, when that share is at least 0.3, or ``held`` when the candidate has a gold file itself. It names no article
and no set (blind sets' membership stays unsaid); a marked candidate is skipped unread.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MOROCCAN = SHARED / "corpus" / "moroccan-news" / "articles.jsonl"
SAUDI = SHARED / "corpus" / "saudinewsnet"
EARLIER_SETS = ("check", "heldout", "heldout2", "tuning")
SAUDI_SKIP_FIRST = 5000
MIN_CHARS, CUE_WINDOW = 300, 400
MOROCCAN_MAX_CHARS, SAUDI_MAX_CHARS = 3000, 1800  # few Moroccan articles are left, SaudiNewsNet has thousands
LONG_MAX_CHARS = 7000  # --moroccan-long: 3,001-7,000 characters
TUNING8_SECOND_READ = 81  # tuning8's annotator read its second list's positions 0-80
LONG_SET = "tuning14"  # the set read down the --moroccan-long list (seed 20261215)

# institutional-event cues: substrings, and short verbs matched as whole words only (وقع is inside موقع)
CUES = ("ترأس", "ترؤس", "برئاسة", "تحت رئاسة", "اجتماع", "دورة", "جلسة", "مجلس", "اتفاقية", "مذكرة تفاهم",
        "توقيع", "صادق", "المصادقة", "تعيين", "استقبل", "الجمع العام", "انعقد", "انعقاد", "مباحثات")
WORD_CUES = re.compile(r"(?<!\w)(?:وقع|وقعت|وقعا|عين|عينت)(?!\w)")

# the candidate filters the earlier sets' annotators read down (their READMEs): (cues, window, min, max)
_EARLIER_FILTERS: tuple[tuple[tuple[str, ...], int | None, int, int], ...] = (
    (("ترأس", "ترؤس", "برئاسة", "تحت رئاسة", "صادق", "المصادقة", "انعقد", "انعقاد", "اجتماع", "توقيع",
      "اتفاقية", "تعيين", "الجمع العام", "استقبل", "مجلس"), 300, 300, 2000),  # heldout
    (("ترأس", "ترؤس", "برئاسة", "تحت رئاسة", "صادق", "المصادقة", "انعقد", "انعقاد", "اجتماع", "توقيع",
      "اتفاقية", "مذكرة تفاهم", "تعيين", "الجمع العام", "استقبل", "جلسة", "دورة", "زيارة"), 400, 300, 2500),  # heldout2
    (("ترأس", "ترؤس", "برئاسة", "تحت رئاسة", "انعقد", "اتفاقية", "مذكرة تفاهم", "الجمع العام", "صادق",
      "استقبل", "جلسة", "دورة"), 300, 0, 2600),  # tuning, first pass
    (("اتفاقية", "مذكرة تفاهم", "المجلس الحكومي", "مجلس الإدارة", "ترأس"), None, 0, 2600),  # tuning, second pass
)
_ID = re.compile(r"\b(?:ahd|feb|yab)-\d+\b")
COPY_MIN = 0.3  # --mark-copies: the share of a candidate's word trigrams that marks it a copy
_WORD = re.compile(r"\w+")


def has_cue(text: str) -> bool:
    head = text[:CUE_WINDOW]
    return any(c in head for c in CUES) or bool(WORD_CUES.search(head))


def _earlier_exposed(text: str) -> bool:
    for cues, window, low, high in _EARLIER_FILTERS:
        head = text if window is None else text[:window]
        if low <= len(text) <= high and any(c in head for c in cues):
            return True
    return False


def excluded_ids() -> set[str]:
    """Ids an earlier evaluation set holds or names."""
    ids = {p.stem for p in (SHARED / "gold").glob("*/*.json")}
    ids |= {p.stem for p in (SHARED / "corpus" / "dev").glob("*.txt")}
    for name in EARLIER_SETS:
        folder = REPO / "tests" / "fixtures" / name
        ids |= {p.stem for p in (folder / "gold").glob("*.json")}
        readme = folder / "README.md"
        if readme.exists():
            ids |= set(_ID.findall(readme.read_text(encoding="utf-8")))
    return ids


def every_set_id(own: str) -> set[str]:
    """Ids any evaluation set holds (a gold file) or names (its README), the dev texts and ../shared/gold, but
    those of the set ``own``, which a list chose: its own ids stay in the list, so it reads the same every time."""
    ids = excluded_ids()
    for folder in (REPO / "tests" / "fixtures").iterdir():
        if folder.name == own:
            continue
        ids |= {p.stem for p in (folder / "gold").glob("*.json")}
        readme = folder / "README.md"
        if readme.exists():
            ids |= set(_ID.findall(readme.read_text(encoding="utf-8")))
    return ids


def moroccan_long(seed: int) -> list[tuple[str, str, str]]:
    """``--moroccan-long``: Moroccan articles of 3,001-7,000 characters with a cue in their first 400, unread."""
    import pick_tuning8  # here, not at the top: it imports this module

    excluded = every_set_id(LONG_SET)
    excluded |= {a[0] for a in pick_tuning8.candidates()}
    excluded |= {a[0] for a in pick_tuning8.candidates(second=True)[:TUNING8_SECOND_READ]}
    rows = sorted(a for a in moroccan_articles() if a[0] not in excluded
                  and MOROCCAN_MAX_CHARS < len(a[2]) <= LONG_MAX_CHARS and has_cue(a[2]))
    random.Random(seed).shuffle(rows)
    return rows


def saudi_articles() -> Iterator[tuple[str, str, str]]:
    """(id, outlet, text) of every SaudiNewsNet article in archive order, text as benchmarks/robustness.py reads it."""
    for archive in sorted(SAUDI.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in sorted(zf.namelist()):
                if not member.endswith(".json"):
                    continue
                for i, record in enumerate(json.loads(zf.read(member).decode("utf-8"))):
                    text = str(record.get("content") or "").replace("\r\n", "\n").replace("\r", "\n")
                    yield f"snn-{Path(member).stem}-{i:04d}", str(record.get("source") or ""), text


def moroccan_articles() -> Iterator[tuple[str, str, str]]:
    with MOROCCAN.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                yield record["id"], record.get("source") or "", record["text"]


def candidates(seed: int) -> dict[str, list[tuple[str, str, str]]]:
    excluded = excluded_ids()
    moroccan = [a for a in moroccan_articles() if a[0] not in excluded and not _earlier_exposed(a[2])
                and MIN_CHARS <= len(a[2]) <= MOROCCAN_MAX_CHARS and has_cue(a[2])]
    saudi = [a for n, a in enumerate(saudi_articles()) if n >= SAUDI_SKIP_FIRST
             and MIN_CHARS <= len(a[2]) <= SAUDI_MAX_CHARS and has_cue(a[2])]
    lists = {"moroccan-news": sorted(moroccan), "saudinewsnet": sorted(saudi)}
    for rows in lists.values():
        random.Random(seed).shuffle(rows)
    return lists


def trigrams(text: str) -> set[tuple[str, str, str]]:
    """The word trigrams of a text (words as ``\\w+`` runs, so punctuation and spacing do not matter)."""
    words = _WORD.findall(text)
    return {(words[i], words[i + 1], words[i + 2]) for i in range(len(words) - 2)}


def annotated_ids() -> set[str]:
    """Every id that has a gold file in tests/fixtures/*/gold or ../shared/gold/*."""
    ids = {p.stem for p in (SHARED / "gold").glob("*/*.json")}
    return ids | {p.stem for p in (REPO / "tests" / "fixtures").glob("*/gold/*.json")}


def copy_shares(texts: dict[str, str], annotated: list[str]) -> dict[str, float]:
    """For each candidate text, the largest share of its trigrams found in any one of the ``annotated`` texts."""
    index: dict[tuple[str, str, str], list[int]] = {}
    for n, text in enumerate(annotated):
        for gram in trigrams(text):
            index.setdefault(gram, []).append(n)
    shares: dict[str, float] = {}
    for doc_id, text in texts.items():
        grams = trigrams(text)
        counts: dict[int, int] = {}
        for gram in grams:
            for n in index.get(gram, ()):
                counts[n] = counts.get(n, 0) + 1
        shares[doc_id] = max(counts.values(), default=0) / len(grams) if grams else 0.0
    return shares


def _annotated_texts(ids: set[str]) -> list[str]:
    found = [text for doc_id, _, text in saudi_articles() if doc_id in ids]
    return found + [text for doc_id, _, text in moroccan_articles() if doc_id in ids]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--top", type=int, default=80, help="how many of each shuffled list to print")
    ap.add_argument("--show", metavar="ID", help="print this candidate's text instead of the lists")
    ap.add_argument("--moroccan-long", action="store_true",
                    help="only the Moroccan articles of 3,001-7,000 characters (no earlier filter listed them)")
    ap.add_argument("--mark-copies", action="store_true",
                    help=f"mark listed candidates that share at least {COPY_MIN} of their word trigrams with an "
                         "annotated article (another outlet's copy of a story some set holds)")
    args = ap.parse_args(argv)
    print(f"seed {args.seed}")
    if args.moroccan_long:
        return show_or_list({"moroccan-news (3,001-7,000 characters)": moroccan_long(args.seed)},
                            show=args.show, top=args.top, mark_copies=args.mark_copies)
    return show_or_list(candidates(args.seed), show=args.show, top=args.top, mark_copies=args.mark_copies)


def show_or_list(lists: dict[str, list[tuple[str, str, str]]], *, show: str | None, top: int,
                 mark_copies: bool = False) -> int:
    """Print one candidate's text (``show``), or the first ``top`` of each shuffled list, each listed candidate
    marked ``copy`` when ``mark_copies`` and it shares COPY_MIN of its trigrams with an annotated article; the exit
    status."""
    if show:
        for rows in lists.values():
            for doc_id, outlet, text in rows:
                if doc_id == show:
                    print(f"{doc_id} ({outlet}, {len(text)} characters)\n{text}")
                    return 0
        print(f"{show} is not a candidate", file=sys.stderr)
        return 1
    shares: dict[str, float] = {}
    held: set[str] = set()
    if mark_copies:
        held = annotated_ids()
        listed = {a[0]: a[2] for rows in lists.values() for a in rows[:top] if a[0] not in held}
        shares = copy_shares(listed, _annotated_texts(held))
    for corpus, rows in lists.items():
        print(f"\n{corpus}: {len(rows)} candidates")
        for n, (doc_id, outlet, text) in enumerate(rows[:top]):
            share = shares.get(doc_id, 0.0)
            mark = "  held" if doc_id in held else f"  copy {share:.2f}" if share >= COPY_MIN else ""
            print(f"{n:4d} {doc_id:<20} {outlet:<14} {len(text):5d}{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
