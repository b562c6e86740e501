"""Choose tuning8's Moroccan candidates, reproducibly (tests/fixtures/tuning8/README.md).

    python tools/pick_tuning8.py --top 80           # the shuffled candidate list
    python tools/pick_tuning8.py --show ID          # one candidate's text, to annotate it (never copy it)

Candidates: every article of ../shared/corpus/moroccan-news/articles.jsonl of 300-6,000 characters with an
approval or signing cue anywhere in its text, leaving out the ids with a gold file in any tests/fixtures/*/gold
or ../shared/gold, the dev texts, the ids an earlier set's README names, every article that the candidate
filters of the earlier sets let through (pick_blind's ``_earlier_exposed``) and every article of pick_blind's
own Moroccan list (blind3, tuning6 read it whole). Sorted by id, shuffled with ``random.Random(20261209)``.

The first list holds 60 articles, too few with a body's decision in them; ``--second`` gives a second list, read
after the first: the articles left out of the first, with a wider decision cue (a vote, a bill, a decree, an
agreement, "قرر", the government council) under the same length and exclusion rules, shuffled with the same seed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys

from pick_blind import (
    MIN_CHARS,
    MOROCCAN_MAX_CHARS,
    _earlier_exposed,
    every_set_id,
    has_cue,
    moroccan_articles,
    show_or_list,
)

SEED = 20261209
MAX_CHARS = 6000
# approval and signing cues, anywhere in the text; the short verbs as whole words (وقع is inside موقع)
CUES = re.compile(r"صادق|المصادقة|الموافقة|توقيع اتفاقية"
                  r"|(?<!\w)(?:وافق|وافقت|أقر|أقرت|اعتمد|اعتمدت|وقع|وقعت|وقعا)(?!\w)")
CUES2 = re.compile(r"تبنى|تبنت|صوت|التصويت|مشروع قانون|مشاريع|مرسوم|اتفاقية|مذكرة تفاهم|اتفاق شراكة"
                   r"|(?<!\w)(?:قرر|قررت)(?!\w)|مجلس الحكومة|المجلس الحكومي")


def candidates(seed: int = SEED, *, second: bool = False) -> list[tuple[str, str, str]]:
    excluded = every_set_id("tuning8")
    rows = [a for a in moroccan_articles() if a[0] not in excluded and not _earlier_exposed(a[2])
            and not (MIN_CHARS <= len(a[2]) <= MOROCCAN_MAX_CHARS and has_cue(a[2]))  # pick_blind's list
            and MIN_CHARS <= len(a[2]) <= MAX_CHARS]
    if second:
        rows = [a for a in rows if not CUES.search(a[2]) and CUES2.search(a[2])]
    else:
        rows = [a for a in rows if CUES.search(a[2])]
    rows.sort()
    random.Random(seed).shuffle(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=80)
    parser.add_argument("--show", metavar="ID")
    parser.add_argument("--second", action="store_true", help="the second list (a wider decision cue)")
    args = parser.parse_args(argv)
    return show_or_list({"moroccan-news": candidates(second=args.second)}, show=args.show, top=args.top)


if __name__ == "__main__":
    sys.exit(main())
