"""The REST lists: institutions, persons, posts, events, decisions, partnerships, documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from marsad.api.repo.common import Row, day, integer, ref, resource, rows, text
from marsad.api.repo.filters import (
    DECISION_ACTIONS,
    DECISION_KINDS,
    EVENT_KINDS,
    INSTITUTION_KINDS,
    Query,
    confident,
    mrs,
    of_class,
    typed,
)
from marsad.core.output import Cell
from marsad.store import RdfStore

SEP, PAIR = "\x1f", "\x1e"
_LATEST = date(9999, 12, 31)


@dataclass(frozen=True, slots=True)
class Filters:
    """Every list filter; each list reads the ones it understands."""

    kind: str | None = None
    action: str | None = None
    institution: str | None = None
    person: str | None = None
    parent: str | None = None
    outlet: str | None = None
    year: int | None = None
    fiscal_year: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    as_of: date | None = None
    q: str | None = None
    min_confidence: float | None = None  # facts with some evidence at least this sure (not documents)


Page = tuple[int, list[dict[str, Any]]]


def _pairs(value: Cell) -> list[dict[str, Any]]:
    out = []
    for item in str(value or "").split(SEP):
        if PAIR in item:
            iri, label = item.split(PAIR, 1)
            out.append(ref(iri, label))
    return out


def _pair(iri: str, label: str) -> str:
    return f'(GROUP_CONCAT(DISTINCT CONCAT(STR({iri}), "{PAIR}", STR({label})); separator="{SEP}")'


def _classes(row: Row) -> list[str]:
    return sorted({c.rsplit("#", 1)[-1] for c in str(row.get("classes") or "").split()})


def institutions(store: RdfStore, f: Filters, *, limit: int, offset: int) -> Page:
    q = Query()
    typed(q, "institution")
    q.add("?item rdfs:label ?l .")
    if f.kind:
        of_class(q, INSTITUTION_KINDS[f.kind])
    if f.parent:
        q.add("?item org:subOrganizationOf|mrs:supervisedBy ?f_parent .", f_parent=resource("institution", f.parent))
    q.contains("?l", f.q)
    confident(q, f.min_confidence)
    q.add("OPTIONAL { ?item org:subOrganizationOf|mrs:supervisedBy ?par . ?par rdfs:label ?pl }")
    total, found = q.page(store, select=f'?item (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?cls)) AS ?classes) '
                          f'{_pair("?par", "?pl")} AS ?parents)', group="?item", order="?label ?item",
                          limit=limit, offset=offset)
    return total, [{**ref(r["item"], r["label"]), "classes": _classes(r), "parents": _pairs(r.get("parents"))}
                   for r in found]


def persons(store: RdfStore, f: Filters, *, limit: int, offset: int) -> Page:
    q = Query()
    q.add("?item a mrs:Person ; rdfs:label ?l .")
    if f.institution:
        q.add("?item org:holds/org:postIn ?f_inst .", f_inst=resource("institution", f.institution))
    q.contains("?l", f.q)
    confident(q, f.min_confidence)
    q.add("OPTIONAL { ?item org:holds ?post . ?post rdfs:label ?postl }")
    total, found = q.page(store, select=f'?item (SAMPLE(?l) AS ?label) {_pair("?post", "?postl")} AS ?posts)',
                          group="?item", order="?label ?item", limit=limit, offset=offset)
    return total, [{**ref(r["item"], r["label"]), "posts": _pairs(r.get("posts"))} for r in found]


def holders(store: RdfStore, *, as_of: date | None) -> dict[str, dict[str, Cell]]:
    """For each post, the holder of the latest tenure attested on or before ``as_of``."""
    found = rows(store, """SELECT ?post ?holder ?hl ?att ?acting WHERE {
        ?t mrs:post ?post ; mrs:holder ?holder ; mrs:attestedOn ?att . ?holder rdfs:label ?hl .
        OPTIONAL { ?t mrs:acting ?acting }
        FILTER(?att <= ?f_asof)
        FILTER NOT EXISTS { ?t2 mrs:post ?post ; mrs:attestedOn ?att2 . FILTER(?att2 <= ?f_asof && ?att2 > ?att) }
    } ORDER BY ?post ?hl""", {"f_asof": day(as_of or _LATEST)})
    out: dict[str, dict[str, Cell]] = {}
    for r in found:
        out.setdefault(str(r["post"]), {**ref(r["holder"], r["hl"]), "attested_on": r["att"],
                                        "acting": r.get("acting")})
    return out


def posts(store: RdfStore, f: Filters, *, limit: int, offset: int) -> Page:
    q = Query()
    q.add("?item a mrs:Post ; rdfs:label ?l .")
    if f.institution:
        q.add("?item org:postIn ?f_inst .", f_inst=resource("institution", f.institution))
    if f.as_of:
        q.add("?ft mrs:post ?item ; mrs:attestedOn ?fatt . FILTER(?fatt <= ?f_asof)", f_asof=day(f.as_of))
    q.contains("?l", f.q)
    confident(q, f.min_confidence)
    q.add("OPTIONAL { ?item org:postIn ?inst . ?inst rdfs:label ?il }")
    total, found = q.page(store, select=f'?item (SAMPLE(?l) AS ?label) {_pair("?inst", "?il")} AS ?institutions)',
                          group="?item", order="?label ?item", limit=limit, offset=offset)
    held = holders(store, as_of=f.as_of)
    return total, [{**ref(r["item"], r["label"]), "institutions": _pairs(r.get("institutions")),
                    "holder": held.get(str(r["item"]))} for r in found]


def _event_institution(q: Query, key: str) -> None:
    q.add("{ ?item mrs:body|mrs:organizedBy ?f_inst } UNION { ?item mrs:body/org:subOrganizationOf ?f_inst }",
          f_inst=resource("institution", key))


def events(store: RdfStore, f: Filters, *, limit: int, offset: int) -> Page:
    q = Query()
    typed(q, "event")
    q.add("?item rdfs:label ?l . OPTIONAL { ?item mrs:date ?d }")
    if f.kind:
        of_class(q, EVENT_KINDS[f.kind])
    if f.institution:
        _event_institution(q, f.institution)
    if f.person:
        q.add("?item mrs:chair|mrs:participant ?f_person .", f_person=resource("person", f.person))
    q.date_range("?d", year=f.year, start=f.date_from, end=f.date_to)
    q.contains("?l", f.q)
    confident(q, f.min_confidence)
    q.add("OPTIONAL { ?item mrs:placeName ?place } OPTIONAL { ?item mrs:body|mrs:organizedBy ?b . ?b rdfs:label ?bl }"
          " OPTIONAL { ?item mrs:chair ?ch . ?ch rdfs:label ?chl }")
    total, found = q.page(
        store, select=f"?item (SAMPLE(?l) AS ?label) (MIN(?d) AS ?date) (SAMPLE(?place) AS ?place_name) "
        f"(GROUP_CONCAT(DISTINCT STR(?cls)) AS ?classes) {_pair('?b', '?bl')} AS ?bodies) "
        f"{_pair('?ch', '?chl')} AS ?chairs)", group="?item", order="DESC(?date) ?item", limit=limit, offset=offset)
    return total, [{**ref(r["item"], r["label"]), "date": r.get("date"), "place": r.get("place_name"),
                    "classes": _classes(r), "institutions": _pairs(r.get("bodies")), "chairs": _pairs(r.get("chairs"))}
                   for r in found]


def decisions(store: RdfStore, f: Filters, *, limit: int, offset: int) -> Page:
    q = Query()
    q.add("?item a mrs:Decision ; rdfs:label ?l . OPTIONAL { ?item mrs:decidedAt ?ev . ?ev mrs:date ?d }"
          " OPTIONAL { ?item mrs:decisionKind/skos:notation ?kn } OPTIONAL { ?item mrs:decisionKind ?kc }"
          " OPTIONAL { ?item mrs:decisionAction ?ac } OPTIONAL { ?item mrs:fiscalYear ?fy }"
          " OPTIONAL { ?item mrs:object ?obj }")
    if f.kind:
        q.add("?item mrs:decisionKind ?f_kind .", f_kind=mrs(DECISION_KINDS[f.kind]))
    if f.action:
        q.add("?item mrs:decisionAction ?f_action .", f_action=mrs(DECISION_ACTIONS[f.action]))
    if f.institution:
        q.add("?item mrs:decidedAt ?fev . { ?fev mrs:body|mrs:organizedBy ?f_inst } UNION "
              "{ ?fev mrs:body/org:subOrganizationOf ?f_inst }", f_inst=resource("institution", f.institution))
    if f.fiscal_year is not None:
        q.add("FILTER(?fy = ?f_fy)", f_fy=integer(f.fiscal_year))
    q.date_range("?d", year=f.year, start=f.date_from, end=f.date_to)
    q.contains("?l", f.q)
    confident(q, f.min_confidence)
    total, found = q.page(store, select="?item (SAMPLE(?l) AS ?label) (SAMPLE(?obj) AS ?object) (MIN(?d) AS ?date) "
                          "(SAMPLE(?ev) AS ?event) (SAMPLE(?kc) AS ?kind) (SAMPLE(?ac) AS ?action) "
                          "(MIN(?fy) AS ?fiscal)",
                          group="?item", order="DESC(?date) ?item", limit=limit, offset=offset)
    return total, [{**ref(r["item"], r["label"]), "object": r.get("object"), "date": r.get("date"),
                    "event": ref(r["event"], None) if r.get("event") else None, "kind": _concept(r.get("kind"),
                    DECISION_KINDS), "action": _concept(r.get("action"), DECISION_ACTIONS),
                    "fiscal_year": r.get("fiscal")} for r in found]


def partnerships(store: RdfStore, f: Filters, *, limit: int, offset: int) -> Page:
    q = Query()
    q.add("?item a mrs:Agreement ; rdfs:label ?l . OPTIONAL { ?item mrs:signedAt ?ev . ?ev mrs:date ?d }"
          " OPTIONAL { ?item mrs:purpose ?purpose } OPTIONAL { ?item mrs:party ?p . ?p rdfs:label ?pl }")
    if f.institution:
        q.add("?item mrs:party ?f_inst .", f_inst=resource("institution", f.institution))
    q.date_range("?d", year=f.year, start=f.date_from, end=f.date_to)
    q.contains("?l", f.q)
    confident(q, f.min_confidence)
    total, found = q.page(store, select=f"?item (SAMPLE(?l) AS ?label) (SAMPLE(?purpose) AS ?purp) (MIN(?d) AS ?date) "
                          f"{_pair('?p', '?pl')} AS ?parties)", group="?item", order="DESC(?date) ?item",
                          limit=limit, offset=offset)
    return total, [{**ref(r["item"], r["label"]), "purpose": r.get("purp"), "date": r.get("date"),
                    "parties": _pairs(r.get("parties"))} for r in found]


def documents(store: RdfStore, f: Filters, *, limit: int, offset: int) -> Page:
    q = Query()
    q.add("?item a mrs:Document . OPTIONAL { ?item dcterms:title ?l } OPTIONAL { ?item mrs:published ?d }"
          " OPTIONAL { ?item mrs:outlet ?outlet } OPTIONAL { ?item schema:url ?url }"
          " OPTIONAL { ?item mrs:documentId ?id }")
    if f.outlet:
        q.add("FILTER(?outlet = ?f_outlet)", f_outlet=text(f.outlet))
    q.date_range("?d", year=f.year, start=f.date_from, end=f.date_to)
    q.contains("?l", f.q)
    total, found = q.page(store, select="?item (SAMPLE(?l) AS ?label) (MIN(?d) AS ?date) (SAMPLE(?outlet) AS ?out) "
                          "(SAMPLE(?url) AS ?link) (SAMPLE(?id) AS ?doc_id)", group="?item",
                          order="DESC(?date) ?item", limit=limit, offset=offset)
    return total, [{**ref(r["item"], r["label"]), "published": r.get("date"), "outlet": r.get("out"),
                    "url": r.get("link"), "document_id": r.get("doc_id")} for r in found]


def _concept(iri: Cell, table: dict[str, str]) -> str | None:
    if not iri:
        return None
    local = str(iri).rsplit("#", 1)[-1]
    return next((k for k, v in table.items() if v == local), local)

