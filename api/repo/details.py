"""The detail of one resource: its names, its related items, and the sources of each fact.
Long related lists are cut (latest 300 events, 100 decisions, the first 50 sources of each fact node
with their number): the lists routes and ``/sources/{type}/{key}`` page through the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from marsad.api.repo.common import POSTS_PAGE, cut_sources, labels, ref, require, resource, rows, sources
from marsad.api.repo.lists import DECISION_ACTIONS, DECISION_KINDS, holders
from marsad.core.confidence import value_of
from marsad.core.errors import NotFound
from marsad.core.output import Cell
from marsad.store import RdfStore

Detail = dict[str, object]


def _refs(store: RdfStore, body: str, node: ox.NamedNode, **extra: str) -> list[dict[str, Any]]:
    """Rows of ``?x ?xl`` (+ extra columns) as links, de-duplicated by IRI, in query order."""
    seen: dict[str, dict[str, Any]] = {}
    for r in rows(store, body, {"node": node}):
        seen.setdefault(str(r["x"]), ref(r["x"], r.get("xl"), **{k: r.get(v) for k, v in extra.items()}))
    return list(seen.values())


def _one(store: RdfStore, node: ox.NamedNode, prop: str) -> Cell:
    found = rows(store, f"SELECT ?v WHERE {{ ?node {prop} ?v }} ORDER BY ?v LIMIT 1", {"node": node})
    return found[0]["v"] if found else None


def _decisions(store: RdfStore, body: str, node: ox.NamedNode) -> list[dict[str, Any]]:
    out = []
    for item in _refs(store, body, node, date="d"):
        d = ox.NamedNode(str(item["iri"]))
        kind, action = _one(store, d, "mrs:decisionKind"), _one(store, d, "mrs:decisionAction")
        out.append({**item, "kind": _local(kind, DECISION_KINDS), "action": _local(action, DECISION_ACTIONS),
                    "fiscal_year": _one(store, d, "mrs:fiscalYear"), **cut_sources(sources(store, d))})
    return out


def _local(iri: Cell, table: dict[str, str]) -> str | None:
    local = str(iri or "").rsplit("#", 1)[-1]
    return next((k for k, v in table.items() if v == local), local or None)


_PARENT = 'VALUES (?p ?rel) { (org:subOrganizationOf "part of") (mrs:supervisedBy "supervised by") }'
_EVENTS_OF_INST = """SELECT DISTINCT ?x ?xl ?d ?role WHERE {
    { ?x mrs:body ?node BIND("body" AS ?role) } UNION { ?x mrs:organizedBy ?node BIND("organizer" AS ?role) }
    UNION { ?x mrs:body/org:subOrganizationOf ?node BIND("sub-unit" AS ?role) }
    ?x rdfs:label ?xl . OPTIONAL { ?x mrs:date ?d } } ORDER BY DESC(?d) ?x ?xl ?role LIMIT 300"""


def institution(store: RdfStore, node: ox.NamedNode) -> Detail:
    held = holders(store, as_of=None)
    posts = _refs(store, "SELECT ?x ?xl WHERE { ?x org:postIn ?node ; rdfs:label ?xl } ORDER BY ?xl", node)
    return {
        "parents": _refs(store, f"SELECT ?x ?xl ?rel WHERE {{ ?node ?p ?x . ?x rdfs:label ?xl {_PARENT} }}",
                         node, relation="rel"),
        "sub_units": _refs(store, f"SELECT ?x ?xl ?rel WHERE {{ ?x ?p ?node . ?x rdfs:label ?xl {_PARENT} }} "
                           "ORDER BY ?xl", node, relation="rel"),
        "posts": [{**p, "holder": held.get(str(p["iri"]))} for p in posts],
        "events": _refs(store, _EVENTS_OF_INST, node, date="d", role="role"),
        "decisions": _decisions(store, """SELECT DISTINCT ?x ?xl ?d WHERE { ?x mrs:decidedAt ?e ; rdfs:label ?xl .
            { ?e mrs:body|mrs:organizedBy ?node } UNION { ?e mrs:body/org:subOrganizationOf ?node }
            OPTIONAL { ?e mrs:date ?d } } ORDER BY DESC(?d) ?x LIMIT 100""", node),
        "partnerships": _refs(store, """SELECT DISTINCT ?x ?xl ?d WHERE { ?x mrs:party ?node ; rdfs:label ?xl .
            OPTIONAL { ?x mrs:signedAt/mrs:date ?d } } ORDER BY DESC(?d) ?x""", node, date="d"),
    }


def _person_posts(store: RdfStore, node: ox.NamedNode) -> list[dict[str, Any]]:
    tenures = rows(store, """SELECT DISTINCT ?post ?pl ?inst ?il ?att ?acting WHERE {
        ?t mrs:holder ?node ; mrs:post ?post . ?post rdfs:label ?pl .
        OPTIONAL { ?t mrs:attestedOn ?att } OPTIONAL { ?t mrs:acting ?acting }
        OPTIONAL { ?post org:postIn ?inst . ?inst rdfs:label ?il } } ORDER BY ?att ?post""", {"node": node})
    return [{**ref(r["post"], r["pl"]), "institution": ref(r["inst"], r.get("il")) if r.get("inst") else None,
             "attested_on": r.get("att"), "acting": r.get("acting")} for r in tenures]


def person_posts_page(store: RdfStore, key: str, *, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """One page of a person's post attestations, and how many there are; NotFound as ``detail``."""
    node = resource("person", key)
    require(store, node, "person")
    found = _person_posts(store, node)
    return len(found), found[offset:offset + limit]


def person(store: RdfStore, node: ox.NamedNode) -> Detail:
    posts = _person_posts(store, node)
    return {
        "posts": posts[:POSTS_PAGE], "posts_total": len(posts),
        "events": _refs(store, """SELECT DISTINCT ?x ?xl ?d ?role WHERE {
            { ?x mrs:chair ?node BIND("chair" AS ?role) }
            UNION { ?x mrs:participant ?node BIND("participant" AS ?role) }
            ?x rdfs:label ?xl . OPTIONAL { ?x mrs:date ?d } } ORDER BY ?d ?x ?xl ?role LIMIT 300""", node, date="d",
            role="role"),
    }


def post(store: RdfStore, node: ox.NamedNode) -> Detail:
    return {
        "institution": next(iter(_refs(store, "SELECT ?x ?xl WHERE { ?node org:postIn ?x . ?x rdfs:label ?xl }", node)),
                            None),
        "holders": _refs(store, """SELECT DISTINCT ?x ?xl ?att ?acting WHERE { ?t mrs:post ?node ; mrs:holder ?x .
            ?x rdfs:label ?xl . OPTIONAL { ?t mrs:attestedOn ?att } OPTIONAL { ?t mrs:acting ?acting } }
            ORDER BY DESC(?att) ?x""", node, attested_on="att", acting="acting"),
        "events": _refs(store, """SELECT DISTINCT ?x ?xl ?d WHERE { ?x mrs:chair|mrs:participant ?node ;
            rdfs:label ?xl . OPTIONAL { ?x mrs:date ?d } } ORDER BY ?d""", node, date="d"),
    }


def event(store: RdfStore, node: ox.NamedNode) -> Detail:
    def agents(prop: str) -> list[dict[str, Any]]:
        return _refs(store, f"SELECT ?x ?xl WHERE {{ ?node {prop} ?x . ?x rdfs:label ?xl }} ORDER BY ?xl", node)

    return {
        "date": _one(store, node, "mrs:date"), "place": _one(store, node, "mrs:placeName"),
        "venue": _one(store, node, "mrs:venue"), "session_number": _one(store, node, "mrs:sessionNumber"),
        "bodies": agents("mrs:body"), "organizers": agents("mrs:organizedBy"),
        "chairs": agents("mrs:chair"), "participants": agents("mrs:participant"),
        "decisions": _decisions(store, "SELECT ?x ?xl ?d WHERE { ?x mrs:decidedAt ?node ; rdfs:label ?xl }", node),
        "partnerships": _refs(store, "SELECT ?x ?xl WHERE { ?x mrs:signedAt ?node ; rdfs:label ?xl }", node),
    }


def decision(store: RdfStore, node: ox.NamedNode) -> Detail:
    return {
        "object": _one(store, node, "mrs:object"),
        "kind": _local(_one(store, node, "mrs:decisionKind"), DECISION_KINDS),
        "action": _local(_one(store, node, "mrs:decisionAction"), DECISION_ACTIONS),
        "fiscal_year": _one(store, node, "mrs:fiscalYear"),
        "event": next(iter(_refs(store, """SELECT ?x ?xl ?d WHERE { ?node mrs:decidedAt ?x . ?x rdfs:label ?xl
            OPTIONAL { ?x mrs:date ?d } }""", node, date="d")), None),
    }


def agreement(store: RdfStore, node: ox.NamedNode) -> Detail:
    return {
        "purpose": _one(store, node, "mrs:purpose"),
        "parties": _refs(store, "SELECT ?x ?xl WHERE { ?node mrs:party ?x . ?x rdfs:label ?xl } ORDER BY ?xl", node),
        "event": next(iter(_refs(store, """SELECT ?x ?xl ?d WHERE { ?node mrs:signedAt ?x . ?x rdfs:label ?xl
            OPTIONAL { ?x mrs:date ?d } }""", node, date="d")), None),
    }


def document(store: RdfStore, node: ox.NamedNode) -> Detail:
    facts = rows(store, """SELECT DISTINCT ?x ?xl ?start ?end ?quote ?conf WHERE {
        ?ev prov:wasDerivedFrom ?node ; mrs:start ?start ; mrs:end ?end ; mrs:quote ?quote .
        OPTIONAL { ?ev mrs:confidence ?conf }
        ?x mrs:evidence ?ev . OPTIONAL { ?x rdfs:label ?xl } } ORDER BY ?start DESC(?end) ?x""", {"node": node})
    return {
        "document_id": _one(store, node, "mrs:documentId"), "published": _one(store, node, "mrs:published"),
        "outlet": _one(store, node, "mrs:outlet"), "url": _one(store, node, "schema:url"),
        "text": _one(store, node, "mrs:text") or "",
        "facts": [{**ref(r["x"], r.get("xl")), "start": r["start"], "end": r["end"], "quote": r["quote"],
                   "confidence": value_of(r.get("conf"))} for r in facts],
    }


READERS: dict[str, Callable[[RdfStore, ox.NamedNode], Detail]] = {
    "institution": institution, "person": person, "post": post, "event": event, "decision": decision,
    "agreement": agreement, "document": document,
}


def detail(store: RdfStore, type_: str, key: str) -> Detail:
    """Everything the API says about one resource; NotFound when the store does not know it."""
    if type_ not in READERS:
        raise NotFound(f"no pages for resources of type {type_!r}", detail={"type": type_})
    node = resource(type_, key)
    require(store, node, type_)
    label, alt, classes = labels(store, node)
    base: Detail = {**ref(node.value, label), "alt_labels": alt, "classes": classes}
    if type_ != "document":
        base.update(cut_sources(sources(store, node)))
    return {**base, **READERS[type_](store, node)}


def sources_page(store: RdfStore, type_: str, key: str, *, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """One page of the sources of a resource (all of them, where a detail carries the first
    ``SOURCES_PAGE``), and how many there are; NotFound as ``detail``."""
    if type_ not in READERS or type_ == "document":
        raise NotFound(f"no sources for resources of type {type_!r}", detail={"type": type_})
    node = resource(type_, key)
    require(store, node, type_)
    found = sources(store, node)
    return len(found), found[offset:offset + limit]
