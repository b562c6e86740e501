"""/queries: the reviewed named queries of queries/ (SPARQL and Cypher), with typed parameters."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict
from starlette.concurrency import run_in_threadpool

from marsad.api.cache import cached
from marsad.api.deps import StateDep
from marsad.api.errors import ERROR_RESPONSES
from marsad.api.state import AppState
from marsad.core.errors import NotFound, QueryTimeout
from marsad.queries import NamedQuery, bind_params, load_queries, run_named_cypher, run_named_sparql

router = APIRouter(prefix="/queries", tags=["queries"])
_RESERVED = {"store", "format"}


class QueryInfo(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"name": "chairs", "title": "Who chaired what", "description": "Events and who chaired them.",
         "params": [{"name": "person", "type": "str", "required": False, "default": None,
                     "description": "part of the chair's name"}],
         "columns": ["chair", "event", "date", "body", "event_iri"]}]})
    name: str
    title: str
    description: str
    params: list[dict[str, Any]]
    columns: list[str]


class QueryRows(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"name": "chairs", "store": "sparql", "columns": ["chair", "event", "date", "body", "event_iri"],
         "rows": [["محمد بنعلي", "الدورة العادية لمجلس الإدارة", "2024-03-12", "مجلس الإدارة", "https://…"]]}]})
    name: str
    store: str
    columns: list[str]
    rows: list[list[Any]]


def named(state: AppState) -> dict[str, NamedQuery]:
    found = state.derived.get("queries")
    if not isinstance(found, dict):
        found = load_queries()
        state.derived["queries"] = found
    return found


def _info(q: NamedQuery) -> dict[str, Any]:
    return {"name": q.name, "title": q.title, "description": q.description, "columns": list(q.columns),
            "params": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                        "description": p.description} for p in q.params]}


def _body(name: str, store: str, columns: list[str], rows: list[list[Any]], fmt: str) -> tuple[bytes, str]:
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows(["" if c is None else c for c in row] for row in rows)
        return buffer.getvalue().encode(), "text/csv; charset=utf-8"
    payload = {"name": name, "store": store, "columns": columns, "rows": rows}
    return json.dumps(payload, ensure_ascii=False).encode(), "application/json"


@router.get("", response_model=list[QueryInfo], responses=ERROR_RESPONSES)
async def list_queries(state: StateDep) -> list[QueryInfo]:
    """Every named query with its title, description, typed parameters and columns."""
    return [QueryInfo(**_info(q)) for q in named(state).values()]


@router.get("/{name}", response_model=QueryRows, responses={
    **ERROR_RESPONSES, 200: {"content": {"application/json": {}, "text/csv": {}}},
    503: {"description": "store=cypher and Neo4j is not available"}})
async def run_query(
    request: Request, state: StateDep, name: str,
    store: Annotated[Literal["sparql", "cypher"], Query(description="Run the SPARQL (embedded store) or the "
                                                        "Cypher (Neo4j) side.")] = "sparql",
    format: Annotated[Literal["json", "csv"], Query(description="json or csv.")] = "json",
) -> Response:
    """Run one named query. Its parameters are query-string fields (see GET /queries), checked for
    type (str, int, date, iri); values are bound as parameters, never put into the query text."""
    queries = named(state)
    if name not in queries:
        raise NotFound(f"no named query {name!r}; known: {', '.join(sorted(queries))}", detail={"name": name})
    q = queries[name]
    raw = {k: v for k, v in request.query_params.items() if k not in _RESERVED}
    values = bind_params(q, raw)
    settings = state.settings
    if store == "cypher":
        driver = state.neo4j.get()
        try:
            columns, rows = await asyncio.wait_for(run_in_threadpool(
                run_named_cypher, driver, q, values, settings), settings.query_timeout + 1.0)
        except TimeoutError as exc:
            raise QueryTimeout(f"the query ran longer than {settings.query_timeout:g} s") from exc
        body, media = _body(name, store, columns, rows, format)
        return Response(body, media_type=media)

    timeout, cap = settings.query_timeout, settings.row_cap
    workers = state.workers

    def produce() -> tuple[bytes, str]:
        if workers is not None:  # on-disk store: in a worker process, killed after the timeout, memory-capped
            columns, rows = workers.run_named(q.name, values, timeout=timeout, cap=cap,
                                              generation=state.generation)
        else:
            columns, rows = run_named_sparql(state.store, q, values, row_cap=cap)
        return _body(name, store, columns, rows, format)

    try:
        return await asyncio.wait_for(cached(request, state, produce), timeout + 1.0)
    except TimeoutError as exc:
        raise QueryTimeout(f"the query ran longer than the {timeout:g} s limit",
                           detail={"timeout_seconds": timeout}) from exc
