"""Nodes and edges for the graph explorer from the index, as ``api/repo/graph.py``."""

from __future__ import annotations

from datetime import date
from typing import Any

from marsad.api.read.common import date_conditions
from marsad.api.read.lists import _EVENTS_OF_INST
from marsad.api.repo.common import resource, type_of
from marsad.api.repo.graph import Graph, _collect
from marsad.core.errors import BadRequest
from marsad.readmodel.reader import ReadIndex
from marsad.readmodel.terms import IRI, expand, short

_OVERVIEW = {"mrs:chair": "chair", "mrs:participant": "participant", "mrs:body": "body"}
_LINKS = {**_OVERVIEW, "mrs:organizedBy": "organizer", "mrs:decidedAt": "decided at", "mrs:signedAt": "signed at",
          "mrs:party": "party", "org:subOrganizationOf": "part of", "mrs:supervisedBy": "supervised by",
          "mrs:holder": "holder", "org:holds": "holds", "org:postIn": "post in"}


def _or_none(values: list[str] | None) -> list[str | None]:
    return list(values) if values else [None]


def _edges(ix: ReadIndex, found: list[tuple[str, str, str]]) -> Graph:
    """``_collect`` of (subject, predicate, object) links, one row per label of each end."""
    names = ix.labels({x for s, _p, o in found for x in (s, o)})
    rows: list[dict[str, Any]] = []
    for s, p, o in sorted(set(found)):
        for sl in _or_none(names.get(s)):
            for ol in _or_none(names.get(o)):
                rows.append({"s": expand(s), "sl": sl, "o": expand(o), "ol": ol, "rel": _LINKS[p]})
    return _collect(rows)


def overview(ix: ReadIndex, *, institution: str | None, year: int | None, start: date | None,
             end: date | None, limit: int) -> Graph:
    """The latest ``limit`` dated events (filtered) with their chairs, participants and bodies."""
    if limit < 1 or limit > 500:
        raise BadRequest("limit must be between 1 and 500")
    where, params = ["d.p = 'mrs:date'"], []
    if institution:
        inst = short(resource("institution", institution).value)
        where.append(f"d.s IN ({_EVENTS_OF_INST})")
        params += [inst, inst]
    conds, dated = date_conditions(year=year, start=start, end=end)
    where += conds
    params += dated
    events = [r[0] for r in ix.rows(f"SELECT DISTINCT d.s, d.o FROM t AS d WHERE {' AND '.join(where)} "
                                    "ORDER BY d.o DESC, d.s LIMIT ?", [*params, int(limit)])]
    links = [(s, p, o) for s, p, o, k in ix.objects(events, tuple(_OVERVIEW)) if k == IRI]
    return _edges(ix, links)


def neighbours(ix: ReadIndex, iri: str) -> Graph:
    """Every explorer link from or to one node (at most 500)."""
    if type_of(iri) is None:
        raise BadRequest("`node` must be a Marsad resource IRI (https://w3id.org/marsad/id/…)", detail={"node": iri})
    node = short(iri)
    links = [(s, p, o) for s, p, o, k in ix.objects([node], tuple(_LINKS)) if k == IRI]
    links += ix.subjects([node], tuple(_LINKS))
    return _edges(ix, sorted(set(links))[:500])
