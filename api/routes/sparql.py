"""The SPARQL 1.1 Protocol endpoint (queries only; updates are refused)."""

from __future__ import annotations

import hashlib
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request, Response

from marsad.api.cache import cached_async
from marsad.api.deps import StateDep
from marsad.api.errors import ERROR_RESPONSES
from marsad.api.sparql_exec import run_sparql
from marsad.api.state import AppState
from marsad.core.errors import BadRequest, ForbiddenQuery

router = APIRouter(tags=["sparql"])

_EXAMPLE = ("PREFIX mrs: <https://w3id.org/marsad/ontology#>\n"
            "SELECT ?event ?date WHERE { ?event mrs:date ?date } LIMIT 10")
_RESPONSES: dict[int | str, dict[str, object]] = {
    **ERROR_RESPONSES,
    200: {"description": "SELECT/ASK results (JSON, XML, CSV, TSV) or a graph (Turtle, N-Triples, JSON-LD)",
          "content": {"application/sparql-results+json": {"example": {"head": {"vars": ["event", "date"]},
                                                                      "results": {"bindings": []}}},
                      "text/turtle": {"example": "<https://w3id.org/marsad/id/event/…> a <…#Session> ."}}},
    403: {"description": "an update was sent: the endpoint is read-only"},
    413: {"description": "more rows than MARSAD_ROW_CAP"},
}
_FORMAT = Query(description="Answer format: json, xml, csv, tsv (SELECT/ASK); ttl, nt, jsonld (CONSTRUCT/DESCRIBE). "
                "Overrides the Accept header.", examples=["json"])


def _refuse_update() -> None:
    raise ForbiddenQuery("SPARQL updates are not allowed here: the API is read-only", detail={"operation": "update"})


async def _answer(state: AppState, text: str | None, *, fmt: str | None, accept: str | None) -> Response:
    if not text or not text.strip():
        raise BadRequest("missing the `query` parameter (a SPARQL 1.1 query)")
    state.refresh()
    generation = state.generation
    key = "sparql#" + hashlib.sha256(f"{text}\x1f{fmt}\x1f{accept}".encode()).hexdigest()
    found = state.cache.get(key)
    if found is None:
        found = await run_sparql(state, text, fmt=fmt, accept=accept)
        if generation == state.generation:
            state.cache.put(key, found)
    body, media_type = found
    return Response(content=body, media_type=media_type)


@router.get("/sparql", responses=_RESPONSES, summary="SPARQL query (GET)")
async def sparql_get(
    state: StateDep,
    request: Request,
    query: Annotated[str | None, Query(description="A SPARQL 1.1 query.", examples=[_EXAMPLE])] = None,
    update: Annotated[str | None, Query(description="Refused: the endpoint is read-only.")] = None,
    format: Annotated[str | None, _FORMAT] = None,
) -> Response:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query. The default graph is the union of all
    document graphs. Updates are refused with 403."""
    if update is not None:
        _refuse_update()
    if not query or not query.strip():
        raise BadRequest("missing the `query` parameter (a SPARQL 1.1 query)")
    text, accept = query, request.headers.get("accept")
    return await cached_async(request, state, lambda: run_sparql(state, text, fmt=format, accept=accept))


@router.post(
    "/sparql",
    responses=_RESPONSES,
    summary="SPARQL query (POST)",
    openapi_extra={"requestBody": {"content": {
        "application/sparql-query": {"schema": {"type": "string"}, "example": _EXAMPLE},
        "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
            "query": {"type": "string"}, "format": {"type": "string"}}}, "example": {"query": _EXAMPLE}},
    }}},
)
async def sparql_post(
    state: StateDep,
    request: Request,
    format: Annotated[str | None, _FORMAT] = None,
) -> Response:
    """The query as an ``application/sparql-query`` body or a form-encoded ``query`` field.
    ``application/sparql-update`` bodies and ``update`` fields are refused with 403."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    text: str | None
    if media == "application/sparql-update":
        _refuse_update()
    if media == "application/sparql-query":
        text = raw.decode("utf-8", errors="replace")
    elif media in ("application/x-www-form-urlencoded", ""):
        fields = parse_qs(raw.decode("utf-8", errors="replace"), keep_blank_values=True)
        if "update" in fields:
            _refuse_update()
        text = fields["query"][0] if fields.get("query") else None
        if not format and fields.get("format"):
            format = fields["format"][0]
    else:
        raise BadRequest(f"unsupported content type {media!r}: send application/sparql-query or a form "
                         "with a `query` field", detail={"content_type": media})
    return await _answer(state, text, fmt=format, accept=request.headers.get("accept"))
