"""Aggregates for dashboards from the index, as ``api/repo/stats.py``: grouped in SQLite over the
union of the graphs, with the item table for the totals of typed resources."""

from __future__ import annotations

from marsad.api.read.common import link, subclasses
from marsad.api.repo.lists import DECISION_KINDS
from marsad.readmodel.reader import ReadIndex, marks

_TOTALS = {"mrs:Person": "persons", "mrs:Post": "posts", "mrs:Decision": "decisions",
           "mrs:Agreement": "partnerships", "mrs:Document": "documents"}

# an event's institution is its organiser, else its body; one row per label of that institution
_EVENTS = """WITH ev AS (
    SELECT d.s AS e, substr(d.o, 1, 4) AS year, COALESCE(org.o, body.o) AS inst
    FROM t AS d
    LEFT JOIN t AS org ON org.s = d.s AND org.p = 'mrs:organizedBy' AND org.k = 'r'
    LEFT JOIN t AS body ON body.s = d.s AND body.p = 'mrs:body' AND body.k = 'r' AND org.o IS NULL
    WHERE d.p = 'mrs:date' AND d.k = 'd')
SELECT ev.inst, l.o, CAST(ev.year AS INTEGER) AS y, COUNT(DISTINCT ev.e) AS n
FROM ev JOIN t AS l ON l.s = ev.inst AND l.p = 'rdfs:label'
WHERE ev.inst IS NOT NULL GROUP BY ev.inst, l.o, y ORDER BY y, n DESC, l.o"""

_DECISIONS = """SELECT kind.o, COALESCE(CAST(substr(d.o, 1, 4) AS INTEGER), 0) AS y, COUNT(DISTINCT kind.s) AS n
FROM t AS kind JOIN t AS ty ON ty.s = kind.s AND ty.p = 'rdf:type' AND ty.o = 'mrs:Decision'
LEFT JOIN t AS at ON at.s = kind.s AND at.p = 'mrs:decidedAt' AND at.k = 'r'
LEFT JOIN t AS d ON d.s = at.o AND d.p = 'mrs:date'
WHERE kind.p = 'mrs:decisionKind' GROUP BY kind.o, y ORDER BY y, kind.o"""

_CHAIRS = """SELECT c.o, l.o, COUNT(DISTINCT c.s) AS n FROM t AS c
JOIN t AS l ON l.s = c.o AND l.p = 'rdfs:label'
WHERE c.p = 'mrs:chair' AND c.k = 'r' GROUP BY c.o, l.o ORDER BY n DESC, l.o LIMIT ?"""

_PARTNERS = """SELECT a.o, l.o, COUNT(DISTINCT a.s) AS n FROM t AS a
JOIN t AS l ON l.s = a.o AND l.p = 'rdfs:label'
WHERE a.p = 'mrs:party' AND a.k = 'r' AND EXISTS (
    SELECT 1 FROM t AS c WHERE c.s = a.o AND c.p = 'rdf:type' AND c.o IN ({classes}))
GROUP BY a.o, l.o ORDER BY n DESC, l.o LIMIT ?"""


def stats(ix: ReadIndex, *, top: int = 10) -> dict[str, object]:
    counted = dict.fromkeys(("persons", "posts", "decisions", "partnerships", "documents"), 0)
    for cls, n in ix.rows(f"SELECT o, COUNT(DISTINCT s) FROM t WHERE p = 'rdf:type' AND o IN ({marks(_TOTALS)}) "
                          "GROUP BY o", list(_TOTALS)):
        counted[_TOTALS[cls]] = int(n)
    for type_ in ("institution", "event"):
        counted[f"{type_}s"] = int(ix.rows("SELECT COUNT(*) FROM item WHERE type = ?", (type_,))[0][0])
    kinds = {v: k for k, v in DECISION_KINDS.items()}
    territorial = subclasses(ix, "TerritorialCollectivity")
    return {
        "totals": counted,
        "events_per_institution_year": [{"institution": link(inst, label), "year": year, "events": n}
                                        for inst, label, year, n in ix.rows(_EVENTS)],
        "decisions_by_kind_year": [{"kind": kinds.get(kind.rsplit(":", 1)[-1], "other"), "year": year or None,
                                    "decisions": n} for kind, year, n in ix.rows(_DECISIONS)],
        "top_chairs": [{**link(x, label), "events": n} for x, label, n in ix.rows(_CHAIRS, (top,))],
        "partnerships_per_territorial_body": [
            {**link(x, label), "partnerships": n}
            for x, label, n in ix.rows(_PARTNERS.format(classes=marks(territorial)), [*territorial, top])],
    }
