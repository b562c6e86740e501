"""The REST lists from the index: the same filters, order, totals and items as ``api/repo/lists.py``.

A page is one indexed range scan of ``item`` (by label, or by date, latest first) with the filters as
``EXISTS`` conditions on the union of the graphs; the related items of that page's rows are looked up
afterwards, for those rows only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from marsad.api.read.common import MRS, date_bounds, date_conditions, label_filter, link, pairs, subclasses
from marsad.api.repo.common import resource
from marsad.api.repo.filters import DECISION_ACTIONS, DECISION_KINDS, EVENT_KINDS, INSTITUTION_KINDS
from marsad.api.repo.lists import Filters, Page, _concept

__all__ = [
    "READERS",
    "Filters",
    "Page",
    "decisions",
    "documents",
    "events",
    "holders",
    "institutions",
    "partnerships",
    "persons",
    "posts",
]
from marsad.readmodel.reader import ReadIndex, marks
from marsad.readmodel.terms import IRI, cell, expand, short

_BY_LABEL = "i.label, i.iri"
_SORTED = 2000  # a filtered page sorts its matches when there are at most this many
_BY_DATE = "i.date DESC, i.iri"
# the events of an institution: it is their body or organiser, or their body is part of it (CROSS JOIN
# keeps SQLite's join order: from the institution's few sub-units to their events, never all bodies)
_EVENTS_OF_INST = ("SELECT t.s FROM t WHERE t.p IN ('mrs:body', 'mrs:organizedBy') AND t.o = ? AND t.k = 'r' "
                   "UNION SELECT b.s FROM t AS u CROSS JOIN t AS b ON b.p = 'mrs:body' AND b.o = u.s AND b.k = 'r' "
                   "WHERE u.p = 'org:subOrganizationOf' AND u.o = ? AND u.k = 'r'")


class _Where:
    """SQL conditions on ``i`` (a listed row of ``item``) and their parameters. A filter is an
    ``i.iri IN (…)`` over the union of the graphs (``keyed``: SQLite can start from its values), or, for
    dates, a range of the ``item_date`` index."""

    def __init__(self, type_: str) -> None:
        self.parts: list[str] = ["i.type = ? AND i.listed = 1"]
        self.params: list[Any] = [type_]
        self.keyed = False

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def among(self, subquery: str, *params: Any) -> None:
        """``i.iri`` is one of the values ``subquery`` selects."""
        self.add(f"i.iri IN ({subquery})", *params)
        self.keyed = True

    def has(self, prop: str, value: str, kind: str = IRI) -> None:
        self.among("SELECT s FROM t WHERE p = ? AND o = ? AND k = ?", prop, value, kind)

    def of_class(self, ix: ReadIndex, local: str) -> None:
        classes = subclasses(ix, local)
        self.among(f"SELECT s FROM t WHERE p = 'rdf:type' AND o IN ({marks(classes)}) AND k = 'r'", *classes)

    def dates(self, subquery: str, *, year: int | None, start: date | None, end: date | None) -> None:
        """Some date of the item (``subquery``: subjects of dates ``d``, with ``{cond}`` on ``d.o``) within
        the range. An item with one date (``date`` = ``date_max``) is in when that date is, a range of the
        ``item_date`` index; one with several, when its dates span the range's ends and ``subquery`` finds
        one inside (that list is made only if such an item comes up; ``+`` keeps SQLite from making it
        an index of its own for an OR of two scans)."""
        low, high = date_bounds(year=year, start=start, end=end)
        if low is None and high is None:
            return
        conds, params = date_conditions(year=year, start=start, end=end)
        spans = ([("i.date <= ?", high)] if high is not None else []) + \
            ([("i.date_max >= ?", low)] if low is not None else [])
        self.add(" AND ".join(c for c, _v in spans)
                 + f" AND (i.date = i.date_max OR +i.iri IN ({subquery.format(cond=' AND '.join(conds))}))",
                 *(v for _c, v in spans), *params)

    def text(self, ix: ReadIndex, q: str | None) -> None:
        if q:
            sql, params = label_filter(q)
            self.add(sql, *params)
            self.keyed = True

    def confident(self, least: float | None) -> None:
        """Some evidence of the item has ``mrs:confidence`` at least ``least`` (as ``api/repo/filters.confident``):
        the item's highest confidence, which the writer keeps in ``item.conf``, reaches it."""
        if least is not None:
            self.add("i.conf >= ?", round(float(least), 6))

    def page(self, ix: ReadIndex, order: str, limit: int, offset: int) -> tuple[int, list[tuple[str, Any, Any]]]:
        """The total and one page. Without ``keyed`` filters both walk the ``item`` index of the type in
        order (or a date range of it). With them, the total starts from the filters' values (``+`` keeps
        SQLite off the type's index, so it looks each value up by primary key instead of probing every
        item of the type); the page does too when at most ``_SORTED`` items match (sorting them is
        cheap), else it walks the type's index in order and stops at the page's end."""
        where = " AND ".join(self.parts)
        if not self.keyed:
            total = int(ix.rows(f"SELECT COUNT(*) FROM item AS i WHERE {where}", self.params)[0][0])
        else:
            by_key = " AND ".join(["+i.type = ? AND +i.listed = 1", *self.parts[1:]])
            total = int(ix.rows(f"SELECT COUNT(*) FROM item AS i WHERE {by_key}", self.params)[0][0])
            if total <= _SORTED:
                where = by_key
        if offset >= total:
            return total, []
        found = ix.rows(f"SELECT i.iri, i.label, i.date FROM item AS i WHERE {where} ORDER BY {order} "
                        "LIMIT ? OFFSET ?", [*self.params, int(limit), int(offset)])
        return total, [(r[0], r[1], r[2]) for r in found]


def _key(type_: str, key: str) -> str:
    return short(resource(type_, key).value)


def _classes(ix: ReadIndex, iris: list[str]) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    for s, _p, o, _k in ix.objects(iris, ("rdf:type",)):
        out.setdefault(s, set()).add(expand(o).rsplit("#", 1)[-1])
    return {s: sorted(v) for s, v in out.items()}


def _first(ix: ReadIndex, iris: list[str], prop: str) -> dict[str, Any]:
    """The smallest value of ``prop`` per IRI (SAMPLE/MIN in the SPARQL readers)."""
    out: dict[str, Any] = {}
    for s, _p, o, k in sorted(ix.objects(iris, (prop,))):
        out.setdefault(s, cell(o, k))
    return out


def institutions(ix: ReadIndex, f: Filters, *, limit: int, offset: int) -> Page:
    w = _Where("institution")
    if f.kind:
        w.of_class(ix, INSTITUTION_KINDS[f.kind])
    if f.parent:
        w.among("SELECT s FROM t WHERE p IN ('org:subOrganizationOf', 'mrs:supervisedBy') AND o = ? AND k = 'r'",
                _key("institution", f.parent))
    w.text(ix, f.q)
    w.confident(f.min_confidence)
    total, found = w.page(ix, _BY_LABEL, limit, offset)
    iris = [r[0] for r in found]
    classes, parents = _classes(ix, iris), pairs(ix, iris, ("org:subOrganizationOf", "mrs:supervisedBy"))
    return total, [{**link(iri, label), "classes": classes.get(iri, []), "parents": parents.get(iri, [])}
                   for iri, label, _d in found]


def persons(ix: ReadIndex, f: Filters, *, limit: int, offset: int) -> Page:
    w = _Where("person")
    if f.institution:
        w.among("SELECT h.s FROM t AS pi CROSS JOIN t AS h ON h.p = 'org:holds' AND h.o = pi.s AND h.k = 'r' "
                "WHERE pi.p = 'org:postIn' AND pi.o = ? AND pi.k = 'r'", _key("institution", f.institution))
    w.text(ix, f.q)
    w.confident(f.min_confidence)
    total, found = w.page(ix, _BY_LABEL, limit, offset)
    posts = pairs(ix, [r[0] for r in found], ("org:holds",))
    return total, [{**link(iri, label), "posts": posts.get(iri, [])} for iri, label, _d in found]


def holders(ix: ReadIndex, posts: list[str], *, as_of: date | None) -> dict[str, dict[str, Any]]:
    """For each of ``posts``, the holder of the latest tenure attested on or before ``as_of``
    (ties: the holder with the smallest label), as ``api/repo/lists.holders``."""
    limit = (as_of or date(9999, 12, 31)).isoformat()
    tenures = ix.subjects(posts, ("mrs:post",))
    facts: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for s, p, o, k in ix.objects([t for t, _p, _o in tenures], ("mrs:holder", "mrs:attestedOn", "mrs:acting")):
        facts.setdefault(s, {}).setdefault(p, []).append((o, k))
    latest: dict[str, str] = {}
    for tenure, _p, post in tenures:
        for att, _k in facts.get(tenure, {}).get("mrs:attestedOn", []):
            if att <= limit and att > latest.get(post, ""):
                latest[post] = att
    candidates: dict[str, list[tuple[str, str, str, Any]]] = {}
    names = ix.labels(o for f in facts.values() for o, _k in f.get("mrs:holder", []))
    for tenure, _p, post in tenures:
        f = facts.get(tenure, {})
        if post not in latest or latest[post] not in [a for a, _k in f.get("mrs:attestedOn", [])]:
            continue
        acting = [cell(o, k) for o, k in f.get("mrs:acting", [])]
        for holder, _k in f.get("mrs:holder", []):
            for label in names.get(holder, []):
                candidates.setdefault(post, []).append((label, holder, latest[post], acting[0] if acting else None))
    out = {}
    for post, found in candidates.items():
        label, holder, att, acting = min(found, key=lambda c: (c[0], c[1]))
        out[post] = {**link(holder, label), "attested_on": att, "acting": acting}
    return out


def posts(ix: ReadIndex, f: Filters, *, limit: int, offset: int) -> Page:
    w = _Where("post")
    if f.institution:
        w.has("org:postIn", _key("institution", f.institution))
    if f.as_of:
        w.among("SELECT ft.o FROM t AS a JOIN t AS ft ON ft.s = a.s AND ft.p = 'mrs:post' AND ft.k = 'r' "
                "WHERE a.p = 'mrs:attestedOn' AND a.o <= ?", f.as_of.isoformat())
    w.text(ix, f.q)
    w.confident(f.min_confidence)
    total, found = w.page(ix, _BY_LABEL, limit, offset)
    iris = [r[0] for r in found]
    insts, held = pairs(ix, iris, ("org:postIn",)), holders(ix, iris, as_of=f.as_of)
    return total, [{**link(iri, label), "institutions": insts.get(iri, []), "holder": held.get(iri)}
                   for iri, label, _d in found]


_EVENT_DATES = "SELECT d.s FROM t AS d WHERE d.p = 'mrs:date' AND {cond}"
_LINKED_DATES = ("SELECT e.s FROM t AS d JOIN t AS e ON e.p = '{prop}' AND e.o = d.s AND e.k = 'r' "
                 "WHERE d.p = 'mrs:date' AND {{cond}}")


def events(ix: ReadIndex, f: Filters, *, limit: int, offset: int) -> Page:
    w = _Where("event")
    if f.kind:
        w.of_class(ix, EVENT_KINDS[f.kind])
    if f.institution:
        inst = _key("institution", f.institution)
        w.among(_EVENTS_OF_INST, inst, inst)
    if f.person:
        w.among("SELECT s FROM t WHERE p IN ('mrs:chair', 'mrs:participant') AND o = ? AND k = 'r'",
                _key("person", f.person))
    w.dates(_EVENT_DATES, year=f.year, start=f.date_from, end=f.date_to)
    w.text(ix, f.q)
    w.confident(f.min_confidence)
    total, found = w.page(ix, _BY_DATE, limit, offset)
    iris = [r[0] for r in found]
    places, classes = _first(ix, iris, "mrs:placeName"), _classes(ix, iris)
    bodies, chairs = pairs(ix, iris, ("mrs:body", "mrs:organizedBy")), pairs(ix, iris, ("mrs:chair",))
    return total, [{**link(iri, label), "date": d, "place": places.get(iri), "classes": classes.get(iri, []),
                    "institutions": bodies.get(iri, []), "chairs": chairs.get(iri, [])} for iri, label, d in found]


def decisions(ix: ReadIndex, f: Filters, *, limit: int, offset: int) -> Page:
    w = _Where("decision")
    if f.kind:
        w.has("mrs:decisionKind", MRS + DECISION_KINDS[f.kind])
    if f.action:
        w.has("mrs:decisionAction", MRS + DECISION_ACTIONS[f.action])
    if f.institution:
        inst = _key("institution", f.institution)
        w.among(f"SELECT s FROM t WHERE p = 'mrs:decidedAt' AND k = 'r' AND o IN ({_EVENTS_OF_INST})", inst, inst)
    if f.fiscal_year is not None:
        w.among("SELECT s FROM t WHERE p = 'mrs:fiscalYear' AND CAST(o AS INTEGER) = ?", int(f.fiscal_year))
    w.dates(_LINKED_DATES.format(prop="mrs:decidedAt"), year=f.year, start=f.date_from, end=f.date_to)
    w.text(ix, f.q)
    w.confident(f.min_confidence)
    total, found = w.page(ix, _BY_DATE, limit, offset)
    iris = [r[0] for r in found]
    objects, events_, kinds = _first(ix, iris, "mrs:object"), _first(ix, iris, "mrs:decidedAt"), \
        _first(ix, iris, "mrs:decisionKind")
    actions, fiscal = _first(ix, iris, "mrs:decisionAction"), _min_int(ix, iris, "mrs:fiscalYear")
    return total, [{**link(iri, label), "object": objects.get(iri), "date": d,
                    "event": link(short(str(events_[iri])), None) if events_.get(iri) else None,
                    "kind": _concept(kinds.get(iri), DECISION_KINDS), "action": _concept(actions.get(iri),
                    DECISION_ACTIONS), "fiscal_year": fiscal.get(iri)} for iri, label, d in found]


def _min_int(ix: ReadIndex, iris: list[str], prop: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for s, _p, o, k in ix.objects(iris, (prop,)):
        value = cell(o, k)
        if s not in out or (isinstance(value, int) and isinstance(out[s], int) and value < out[s]):
            out[s] = value
    return out


def partnerships(ix: ReadIndex, f: Filters, *, limit: int, offset: int) -> Page:
    w = _Where("agreement")
    if f.institution:
        w.has("mrs:party", _key("institution", f.institution))
    w.dates(_LINKED_DATES.format(prop="mrs:signedAt"), year=f.year, start=f.date_from, end=f.date_to)
    w.text(ix, f.q)
    w.confident(f.min_confidence)
    total, found = w.page(ix, _BY_DATE, limit, offset)
    iris = [r[0] for r in found]
    purposes, parties = _first(ix, iris, "mrs:purpose"), pairs(ix, iris, ("mrs:party",))
    return total, [{**link(iri, label), "purpose": purposes.get(iri), "date": d, "parties": parties.get(iri, [])}
                   for iri, label, d in found]


_PUBLISHED = "SELECT d.s FROM t AS d WHERE d.p = 'mrs:published' AND {cond}"


def documents(ix: ReadIndex, f: Filters, *, limit: int, offset: int) -> Page:
    w = _Where("document")
    if f.outlet:
        w.has("mrs:outlet", f.outlet, "s")
    w.dates(_PUBLISHED, year=f.year, start=f.date_from, end=f.date_to)
    w.text(ix, f.q)
    total, found = w.page(ix, _BY_DATE, limit, offset)
    iris = [r[0] for r in found]
    outlets, urls, ids = _first(ix, iris, "mrs:outlet"), _first(ix, iris, "schema:url"), \
        _first(ix, iris, "mrs:documentId")
    return total, [{**link(iri, label), "published": d, "outlet": outlets.get(iri), "url": urls.get(iri),
                    "document_id": ids.get(iri)} for iri, label, d in found]


READERS: dict[str, Callable[..., Page]] = {
    "institutions": institutions, "persons": persons, "posts": posts, "events": events, "decisions": decisions,
    "partnerships": partnerships, "documents": documents,
}
