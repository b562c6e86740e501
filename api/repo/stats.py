"""Aggregates for dashboards: events per institution per year, decisions by kind and year, the most
frequent chairs, partnerships per territorial body, and totals."""

from __future__ import annotations

from marsad.api.repo.common import ref, rows
from marsad.api.repo.lists import DECISION_KINDS
from marsad.store import RdfStore


def stats(store: RdfStore, *, top: int = 10) -> dict[str, object]:
    totals = rows(store, """SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {
        ?x a ?c . VALUES (?c ?t) { (mrs:Person "persons") (mrs:Post "posts") (mrs:Decision "decisions")
        (mrs:Agreement "partnerships") (mrs:Document "documents") } } GROUP BY ?t""")
    counted = {name: 0 for name in ("persons", "posts", "decisions", "partnerships", "documents")}
    counted.update({str(r["t"]): int(r["n"] or 0) for r in totals})
    for type_ in ("institution", "event"):
        found = rows(store, f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a ?c .
            FILTER(STRSTARTS(STR(?x), "https://w3id.org/marsad/id/{type_}/")) }}""")
        counted[f"{type_}s"] = int(found[0]["n"] or 0) if found else 0
    events = rows(store, """SELECT ?inst ?il ?year (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?e mrs:date ?d .
        { ?e mrs:organizedBy ?inst } UNION { ?e mrs:body ?inst FILTER NOT EXISTS { ?e mrs:organizedBy ?o } }
        ?inst rdfs:label ?il . BIND(YEAR(?d) AS ?year) } GROUP BY ?inst ?il ?year ORDER BY ?year DESC(?n) ?il""")
    decisions = rows(store, """SELECT ?kind ?year (COUNT(DISTINCT ?x) AS ?n) WHERE {
        ?x a mrs:Decision ; mrs:decisionKind ?kind . OPTIONAL { ?x mrs:decidedAt/mrs:date ?d }
        BIND(COALESCE(YEAR(?d), 0) AS ?year) } GROUP BY ?kind ?year ORDER BY ?year ?kind""")
    chairs = rows(store, """SELECT ?x ?xl (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e mrs:chair ?x . ?x rdfs:label ?xl }
        GROUP BY ?x ?xl ORDER BY DESC(?n) ?xl ?x""")
    partners = rows(store, """SELECT ?x ?xl (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?a mrs:party ?x . ?x a ?c ; rdfs:label ?xl .
        ?c rdfs:subClassOf* mrs:TerritorialCollectivity } GROUP BY ?x ?xl ORDER BY DESC(?n) ?xl""")
    kinds = {v: k for k, v in DECISION_KINDS.items()}
    return {
        "totals": counted,
        "events_per_institution_year": [{"institution": ref(r["inst"], r["il"]), "year": r["year"], "events": r["n"]}
                                        for r in events],
        "decisions_by_kind_year": [{"kind": kinds.get(str(r["kind"]).rsplit("#", 1)[-1], "other"),
                                    "year": r["year"] or None, "decisions": r["n"]} for r in decisions],
        "top_chairs": [{**ref(r["x"], r["xl"]), "events": r["n"]} for r in chairs[:top]],
        "partnerships_per_territorial_body": [{**ref(r["x"], r["xl"]), "partnerships": r["n"]} for r in partners[:top]],
    }
