"""Aggregates for dashboards from the index, as ``api/repo/stats.py``: events and decisions grouped
from the index's small key tables (``ev``, ``dec``), chairs and partners from the union of the graphs,
the totals of typed resources from the counts the writer keeps (``typed``)."""

from __future__ import annotations

from marsad.api.read.common import link, subclasses
from marsad.api.repo.lists import DECISION_KINDS
from marsad.readmodel.reader import ReadIndex, marks

_TOTALS = {"mrs:Person": "persons", "mrs:Post": "posts", "mrs:Decision": "decisions",
           "mrs:Agreement": "partnerships", "mrs:Document": "documents"}

# the most frequent chairs, a row per label: events counted per chair first, then labels joined only for the
# chairs that can make the top (each has a label, so the top rows all count at least as many events as the
# top-th chair): 8 -> 3.5 ms on the 31,670-document index
_CHAIRS = """WITH g AS (SELECT o, COUNT(DISTINCT s) AS n FROM t WHERE p = 'mrs:chair' AND k = 'r' GROUP BY o)
SELECT g.o, l.o, g.n FROM g CROSS JOIN t AS l
WHERE g.n >= COALESCE((SELECT n FROM g ORDER BY n DESC LIMIT 1 OFFSET ?), 0) AND l.s = g.o AND l.p = 'rdfs:label'
ORDER BY g.n DESC, l.o, g.o LIMIT ?"""

# events per institution and year, one row per label of the institution, in the order the dashboard shows
# them; the labels joined in SQL (CROSS JOIN: the grouped rows drive the label seeks) rather than fetched
# for every institution and sorted in Python, a third of /stats on the 31,670-document index
_EVENTS = """SELECT g.inst, g.year, g.n, l.o FROM (
    SELECT inst, year, COUNT(DISTINCT e) AS n FROM ev GROUP BY inst, year) AS g
CROSS JOIN t AS l WHERE l.s = g.inst AND l.p = 'rdfs:label' ORDER BY g.year, g.n DESC, l.o, g.inst"""

_PARTNERS = """SELECT a.o, l.o, COUNT(DISTINCT a.s) AS n FROM t AS a
JOIN t AS l ON l.s = a.o AND l.p = 'rdfs:label'
WHERE a.p = 'mrs:party' AND a.k = 'r' AND EXISTS (
    SELECT 1 FROM t AS c WHERE c.s = a.o AND c.p = 'rdf:type' AND c.o IN ({classes}))
GROUP BY a.o, l.o ORDER BY n DESC, l.o LIMIT ?"""


def stats(ix: ReadIndex, *, top: int = 10) -> dict[str, object]:
    counted = dict.fromkeys(("persons", "posts", "decisions", "partnerships", "documents"), 0)
    for cls, n in ix.rows(f"SELECT cls, n FROM typed WHERE cls IN ({marks(list(_TOTALS))})", list(_TOTALS)):
        counted[_TOTALS[cls]] = int(n)  # kept by the writer: each typing triple is one row of t
    for type_ in ("institution", "event"):
        counted[f"{type_}s"] = int(ix.rows("SELECT COUNT(*) FROM item WHERE type = ?", (type_,))[0][0])
    kinds = {v: k for k, v in DECISION_KINDS.items()}
    territorial = subclasses(ix, "TerritorialCollectivity")
    return {
        "totals": counted,
        "events_per_institution_year": [{"institution": link(inst, label), "year": year, "events": n}
                                        for inst, year, n, label in ix.rows(_EVENTS)],
        "decisions_by_kind_year": [{"kind": kinds.get(kind.rsplit(":", 1)[-1], "other"), "year": year or None,
                                    "decisions": n} for kind, year, n in ix.rows(
            "SELECT kind, year, COUNT(DISTINCT d) FROM dec GROUP BY kind, year ORDER BY year, kind")],
        "top_chairs": [{**link(x, label), "events": n} for x, label, n in ix.rows(_CHAIRS, (top - 1, top))],
        "partnerships_per_territorial_body": [
            {**link(x, label), "partnerships": n}
            for x, label, n in ix.rows(_PARTNERS.format(classes=marks(territorial)), [*territorial, top])],
    }
