"""The read model's readers of a git revision against the working tree's, in one process on one index.

    python benchmarks/read_model_ab.py --home MARSAD_HOME --rev REV [--repeat 9]

Copies `api/read/*.py` of REV (`git show`) into a temporary package, then calls its readers and the working
tree's alternately for the readers behind the routes of `benchmarks/api_latency.py` (lists with and without
filters, details, `/search`, `/stats`, `/graph`) with keys picked from the data (the institution with the most
events, the one with the most evidence, the most frequent chair), and prints the best of --repeat CPU
milliseconds of each and their ratio. Both read the same index, so only the code differs; the index must be
one both revisions can read (its tables as the working tree writes them).
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from measure import load_average

from marsad.api.read import details, graph, lists, search, stats
from marsad.api.repo.lists import Filters
from marsad.core.settings import Settings
from marsad.readmodel.reader import ReadIndex

PROJECT_ROOT = Path(__file__).resolve().parents[1]
MODULES = ("common", "lists", "details", "stats", "search", "graph")


def old_readers(rev: str, folder: Path) -> dict[str, ModuleType]:
    """``api/read`` of ``rev`` as the package ``read_at_rev`` (imported from ``folder``)."""
    package = folder / "read_at_rev"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in MODULES:
        text = subprocess.run(["git", "show", f"{rev}:api/read/{name}.py"], cwd=PROJECT_ROOT, check=True,
                              capture_output=True, text=True).stdout
        text = text.replace("from marsad.api.read.", "from read_at_rev.").replace("from marsad.api.read import",
                                                                                  "from read_at_rev import")
        (package / f"{name}.py").write_text(text)
    sys.path.insert(0, str(folder))
    return {name: importlib.import_module(f"read_at_rev.{name}") for name in MODULES}


def cases(ix: ReadIndex, old: dict[str, ModuleType]) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:
    """(before, after) calls per route, with keys from the data."""
    new = {"lists": lists, "details": details, "stats": stats, "graph": graph}
    per: dict[str, int] = {}
    summary: Any = stats.stats(ix)
    for row in summary["events_per_institution_year"]:
        per[row["institution"]["key"]] = per.get(row["institution"]["key"], 0) + row["events"]
    inst = max(per, key=lambda k: per[k])
    chair = summary["top_chairs"][0]["key"]
    busiest = ix.rows("SELECT s FROM t WHERE p = 'mrs:evidence' AND s LIKE '@institution/%' GROUP BY s "
                      "ORDER BY COUNT(*) DESC LIMIT 1")[0][0].rsplit("/", 1)[-1]
    year = int(str(lists.events(ix, Filters(institution=inst), limit=1, offset=0)[1][0]["date"])[:4])
    outlet = lists.documents(ix, Filters(), limit=1, offset=0)[1][0]["outlet"]
    out: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {}

    def listed(name: str, label: str, **kw: Any) -> None:
        f = Filters(**kw)
        out[label] = (lambda: getattr(old["lists"], name)(ix, f, limit=100, offset=0),
                      lambda: getattr(new["lists"], name)(ix, f, limit=100, offset=0))

    for name in ("institutions", "persons", "posts", "events", "decisions", "partnerships", "documents"):
        listed(name, f"/{name}")
    listed("institutions", "/institutions?kind=ministry", kind="ministry")
    listed("institutions", "/institutions?q=وزارة", q="وزارة")
    listed("persons", "/persons?q=محمد", q="محمد")
    listed("events", "/events?kind=session", kind="session")
    listed("events", f"/events?year={year}", year=year)
    listed("events", "/events?from=&to=", date_from=date(year, 1, 1), date_to=date(year, 6, 30))
    listed("decisions", "/decisions?kind=budget", kind="budget")
    listed("decisions", "/decisions?action=approve", action="approve")
    listed("documents", "/documents?outlet=", outlet=outlet)
    listed("documents", f"/documents?year={year}", year=year)
    listed("posts", "/posts?as_of=", as_of=date(year, 6, 30))
    listed("institutions", "/institutions?parent=", parent=inst)
    for name in ("persons", "posts", "events", "decisions", "partnerships"):
        listed(name, f"/{name}?institution=", institution=inst)
    listed("events", "/events?person=", person=chair)
    for label, type_, key in (("/institutions/{most events}", "institution", inst),
                              ("/institutions/{most evidence}", "institution", busiest),
                              ("/persons/{most frequent chair}", "person", chair)):
        out[label] = (partial(old["details"].detail, ix, type_, key), partial(details.detail, ix, type_, key))
    before, after = old["search"].Searcher(ix), search.Searcher(ix)
    for q in ("المكتب الوطني", "وزير", "Mohamed", "Benkirane"):
        out[f"/search?q={q}"] = (partial(before.search, q, limit=20), partial(after.search, q, limit=20))
    out["/stats"] = (lambda: old["stats"].stats(ix), lambda: stats.stats(ix))
    out["/graph"] = (lambda: old["graph"].overview(ix, institution=None, year=None, start=None, end=None, limit=100),
                     lambda: graph.overview(ix, institution=None, year=None, start=None, end=None, limit=100))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", type=Path, required=True, help="MARSAD_HOME whose index both read")
    parser.add_argument("--rev", required=True, help="git revision whose api/read is 'before'")
    parser.add_argument("--repeat", type=int, default=9, help="calls of each reader (best taken)")
    args = parser.parse_args()
    ix = ReadIndex(Settings(home=args.home.resolve()).index_path)
    with tempfile.TemporaryDirectory() as folder:
        old = old_readers(args.rev, Path(folder))
        print(f"api/read of {args.rev} (before) against the working tree (after), one process, best of {args.repeat} "
              f"CPU ms; load {load_average()}")
        print(f"{'reader':<40} {'before':>8} {'after':>8} {'ratio':>7}")
        for label, (before, after) in cases(ix, old).items():
            before(), after()  # warm: arrays of search, caches of SQLite
            b, a = [], []
            for _ in range(args.repeat):
                c0 = time.process_time()
                before()
                b.append(time.process_time() - c0)
                c0 = time.process_time()
                after()
                a.append(time.process_time() - c0)
            print(f"{label:<40} {min(b) * 1000:8.2f} {min(a) * 1000:8.2f} {min(b) / max(min(a), 1e-9):6.1f}x",
                  flush=True)


if __name__ == "__main__":
    main()
