"""The web pages (Arabic, right to left): dashboard, entity pages, explorer, query page, search."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.templating import Jinja2Templates

from marsad.api.cache import cached
from marsad.api.deps import PagingDep, StateDep
from marsad.api.highlight import PAGE_TYPES, segments
from marsad.api.read import lists
from marsad.api.read.details import detail, with_judgements
from marsad.api.read.stats import stats
from marsad.api.state import AppState
from marsad.core.confidence import unverified
from marsad.core.errors import NotFound

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")
templates.env.globals["page_types"] = PAGE_TYPES


def web_link(value: object) -> str | None:
    """``value`` when it is an http(s) URL, to be used as a link; anything else (``javascript:``,
    ``data:``, relative paths) is shown as text only."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


templates.env.filters["web_link"] = web_link
templates.env.tests["unverified"] = unverified  # {% if s.confidence is unverified %}: below UNVERIFIED_BELOW

_API_PATH = {"institution": "institutions", "person": "persons", "post": "posts", "event": "events",
             "decision": "decisions", "agreement": "partnerships", "document": "documents"}
_KIND = {"post": ("منصب", "Poste"), "decision": ("قرار", "Décision"), "agreement": ("اتفاقية", "Accord")}
_LISTS = {
    "institutions": ("المؤسسات", "Institutions", lists.institutions),
    "persons": ("الأشخاص", "Personnes", lists.persons),
    "posts": ("المناصب", "Postes", lists.posts),
    "events": ("الأحداث", "Événements", lists.events),
    "decisions": ("القرارات", "Décisions", lists.decisions),
    "partnerships": ("الشراكات", "Partenariats", lists.partnerships),
    "documents": ("المقالات", "Articles", lists.documents),
}
EXAMPLES = [
    {"language": "sparql", "title": "من ترأس أي دورة؟ (SPARQL)", "text": (
        "PREFIX mrs: <https://w3id.org/marsad/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT DISTINCT ?date ?event ?chair WHERE {\n  ?e mrs:chair ?c ; mrs:date ?date ; rdfs:label ?event .\n"
        "  ?c rdfs:label ?chair .\n} ORDER BY DESC(?date) LIMIT 50")},
    {"language": "sparql", "title": "القرارات حسب النوع (SPARQL)", "text": (
        "PREFIX mrs: <https://w3id.org/marsad/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?kind (COUNT(?d) AS ?decisions) WHERE {\n  ?d a mrs:Decision ; mrs:decisionKind/skos:notation ?kind .\n"
        "} GROUP BY ?kind ORDER BY DESC(?decisions)")},
    {"language": "cypher", "title": "من ترأس أي حدث؟ (Cypher)", "text": (
        "MATCH (c:Resource)-[:CHAIRED]->(e:Event)\n"
        "RETURN c.name_ar AS chair, e.name_ar AS event, e.date AS date\nORDER BY date DESC LIMIT 50")},
    {"language": "cypher", "title": "عدد العقد حسب الصنف (Cypher)", "text": (
        "MATCH (n) UNWIND labels(n) AS label\nRETURN label, count(*) AS nodes ORDER BY nodes DESC")},
]


def _html(request: Request, name: str, context: dict[str, Any]) -> tuple[bytes, str]:
    body = templates.get_template(name).render({"request": request, **context})
    return body.encode(), "text/html; charset=utf-8"


def _timeline(d: dict[str, Any]) -> list[dict[str, Any]]:
    items = [{"kind": "post", "date": p.get("attested_on"), "item": p} for p in d.get("posts", [])]
    items += [{"kind": "event", "date": e.get("date"), "item": e} for e in d.get("events", [])]
    return sorted(items, key=lambda t: (t["date"] or "9999", t["kind"]))


def _entity(request: Request, state: AppState, type_: str, key: str) -> tuple[bytes, str]:
    d = with_judgements(state.settings, detail(state.index, type_, key))
    context: dict[str, Any] = {"d": d, "api_path": _API_PATH[type_]}
    if type_ in ("institution", "person", "event", "document"):
        if type_ == "person":
            context["timeline"] = _timeline(d)
        if type_ == "document":
            facts = d.get("facts")
            context["segments"] = segments(str(d.get("text") or ""), facts if isinstance(facts, list) else [])
        return _html(request, f"{type_}.html", context)
    kind_ar, kind_fr = _KIND[type_]
    skip = {"key", "type", "iri", "label", "alt_labels", "classes", "sources", "sources_total"}
    fields = [(name.replace("_", " "), value) for name, value in d.items() if name not in skip]
    return _html(request, "entity.html", {**context, "kind_ar": kind_ar, "kind_fr": kind_fr, "fields": fields})


@router.get("/")
async def home(request: Request, state: StateDep) -> Response:
    def produce() -> tuple[bytes, str]:
        latest = lists.events(state.index, lists.Filters(), limit=10, offset=0)[1]
        return _html(request, "home.html", {"stats": stats(state.index), "events": latest})
    return await cached(request, state, produce)


@router.get("/ui/explore")
async def explore(request: Request, state: StateDep) -> Response:
    def produce() -> tuple[bytes, str]:
        institutions = lists.institutions(state.index, lists.Filters(), limit=100, offset=0)[1]
        return _html(request, "explore.html", {"institutions": institutions})
    return await cached(request, state, produce)


@router.get("/ui/query")
async def query_page(request: Request, state: StateDep) -> Response:
    return await cached(request, state, lambda: _html(request, "query.html", {"examples": EXAMPLES}))


@router.get("/ui/search")
async def search_page(request: Request, state: StateDep,
                      q: Annotated[str, Query(max_length=200)] = "") -> Response:
    return await cached(request, state, lambda: _html(request, "search.html", {
        "query": q, "results": state.searcher.search(q, limit=50) if q.strip() else []}))


@router.get("/ui/{name}")
async def list_page(request: Request, state: StateDep, name: str, paging: PagingDep) -> Response:
    if name not in _LISTS:
        raise NotFound(f"no page {name!r}")
    title, title_fr, reader = _LISTS[name]

    def produce() -> tuple[bytes, str]:
        total, items = reader(state.index, lists.Filters(), limit=paging.per_page, offset=paging.offset)
        page = {"total": total, "page": paging.page, "pages": (total + paging.per_page - 1) // paging.per_page,
                "items": items}
        return _html(request, "listing.html", {"title": title, "title_fr": title_fr, "page": page, "api_path": name,
                                               "query_string": request.url.query})
    return await cached(request, state, produce)


@router.get("/ui/{type_}/{key}")
async def entity_page(request: Request, state: StateDep, type_: str, key: str) -> Response:
    if type_ not in _API_PATH:
        raise NotFound(f"no pages for {type_!r}", detail={"type": type_})
    return await cached(request, state, lambda: _entity(request, state, type_, key))
