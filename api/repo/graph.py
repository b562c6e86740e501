"""Nodes and edges for the graph explorer (who chaired and attended what), read from the RDF store so
the explorer works without Neo4j: a filtered start view and the neighbourhood of one node."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from marsad.api.repo.common import day, integer, key_of, resource, rows, type_of
from marsad.core.errors import BadRequest
from marsad.core.output import Cell
from marsad.store import RdfStore

Graph = dict[str, list[dict[str, Cell]]]
_LINKS = "VALUES (?p ?rel) { (mrs:chair \"chair\") (mrs:participant \"participant\") (mrs:body \"body\") " \
         "(mrs:organizedBy \"organizer\") (mrs:decidedAt \"decided at\") (mrs:signedAt \"signed at\") " \
         "(mrs:party \"party\") (org:subOrganizationOf \"part of\") (mrs:supervisedBy \"supervised by\") " \
         "(mrs:holder \"holder\") (org:holds \"holds\") (org:postIn \"post in\") }"


_UNNAMED = {"tenure": "تولي منصب", "evidence": "دليل نصي"}  # nodes that have no label of their own


def _node(iri: str, label: Cell) -> dict[str, Cell]:
    type_ = type_of(iri)
    return {"id": iri, "key": key_of(iri), "type": type_, "label": str(label or _UNNAMED.get(type_ or "", key_of(iri)))}


def _collect(found: list[dict[str, Cell]]) -> Graph:
    nodes: dict[str, dict[str, Cell]] = {}
    edges: dict[str, dict[str, Cell]] = {}
    for r in found:
        s, o = str(r["s"]), str(r["o"])
        nodes.setdefault(s, _node(s, r.get("sl")))
        nodes.setdefault(o, _node(o, r.get("ol")))
        edge_id = f"{s}|{r['rel']}|{o}"
        edges.setdefault(edge_id, {"id": edge_id, "source": s, "target": o, "label": r["rel"]})
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def overview(store: RdfStore, *, institution: str | None, year: int | None, start: date | None,
             end: date | None, limit: int) -> Graph:
    """Events with their chair, participants and body, optionally filtered."""
    where: list[str] = []
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    if institution:
        where.append("{ ?s mrs:body|mrs:organizedBy ?f_inst } UNION { ?s mrs:body/org:subOrganizationOf ?f_inst }")
        bindings["f_inst"] = resource("institution", institution)
    if year is not None:
        where.append("FILTER(YEAR(?d) = ?f_year)")
        bindings["f_year"] = integer(year)
    if start is not None:
        where.append("FILTER(?d >= ?f_from)")
        bindings["f_from"] = day(start)
    if end is not None:
        where.append("FILTER(?d <= ?f_to)")
        bindings["f_to"] = day(end)
    if limit < 1 or limit > 500:
        raise BadRequest("limit must be between 1 and 500")
    inner = " ".join(f"?{name}" for name in bindings)  # substituted names must be projected (SEP-0007)
    found = rows(store,
                 f"""SELECT DISTINCT ?s ?sl ?o ?ol ?rel WHERE {{
        {{ SELECT DISTINCT ?s ?d {inner} WHERE {{ ?s mrs:date ?d . {" ".join(where)} }}
           ORDER BY DESC(?d) LIMIT {int(limit)} }}
        ?s ?p ?o . VALUES (?p ?rel) {{ (mrs:chair "chair") (mrs:participant "participant") (mrs:body "body") }}
        OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} }}""", bindings)
    return _collect(found)


def neighbours(store: RdfStore, iri: str) -> Graph:
    """Every explorer link from or to one node."""
    if type_of(iri) is None:
        raise BadRequest("`node` must be a Marsad resource IRI (https://w3id.org/marsad/id/…)", detail={"node": iri})
    node = ox.NamedNode(iri)
    found = rows(store,
                 f"""SELECT DISTINCT ?s ?sl ?o ?ol ?rel WHERE {{
        {{ ?node ?p ?o . BIND(?node AS ?s) }} UNION {{ ?s ?p ?node . BIND(?node AS ?o) }}
        {_LINKS} OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?o rdfs:label ?ol }} }} LIMIT 500""", {"node": node})
    return _collect(found)
