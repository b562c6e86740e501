"""/cypher: read-only Cypher on Neo4j (optional: 503 with the reason when Neo4j is not there)."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from marsad.api.deps import StateDep
from marsad.api.errors import ERROR_RESPONSES
from marsad.core.errors import QueryTimeout
from marsad.cypher_guard import check_read_only

router = APIRouter(tags=["cypher"])


class CypherRequest(BaseModel):
    model_config = ConfigDict(frozen=True, json_schema_extra={"examples": [
        {"query": "MATCH (p:Person)<-[:CHAIR]-(e:Event) RETURN p.label AS chair, e.date AS date LIMIT $n",
         "parameters": {"n": 10}}]})
    query: str = Field(min_length=1, max_length=100_000)
    parameters: dict[str, Any] = Field(default_factory=dict)


class CypherRows(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"columns": ["chair", "date"], "rows": [["محمد بنعلي", "2024-03-12"]]}]})
    columns: list[str]
    rows: list[list[Any]]


class CypherGraph(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"nodes": [{"id": "4:…:1", "labels": ["Person", "Resource"], "properties": {"name_ar": "محمد بنعلي"}}],
         "relationships": [{"id": "5:…:7", "type": "CHAIRED", "start": "4:…:1", "end": "4:…:2", "properties": {}}]}]})
    nodes: list[dict[str, Any]]
    relationships: list[dict[str, Any]]


_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES, 403: {"description": "the query could write"}, 503: {"description": "Neo4j is not available"}}


@router.post("/cypher", response_model=CypherRows | CypherGraph, responses=_RESPONSES)
async def cypher(
    state: StateDep, body: CypherRequest,
    format: Annotated[Literal["rows", "graph"], Query(description="rows (JSON) or graph: {nodes, "
                                                      "relationships} for an explorer.")] = "rows",
) -> CypherRows | CypherGraph:
    """Run a read-only Cypher query with parameters. Writes are refused (403) before they reach Neo4j,
    and queries run in read transactions with MARSAD_QUERY_TIMEOUT and MARSAD_ROW_CAP."""
    check_read_only(body.query)
    from marsad.neo4j.cypher import run_cypher, run_cypher_graph

    driver = state.neo4j.get()
    settings = state.settings
    timeout = settings.query_timeout + 1.0  # Neo4j enforces the timeout itself; this is the backstop
    try:
        if format == "graph":
            graph = await asyncio.wait_for(run_in_threadpool(
                run_cypher_graph, driver, body.query, body.parameters, settings=settings), timeout)
            return CypherGraph(nodes=graph["nodes"], relationships=graph["relationships"])
        columns, rows = await asyncio.wait_for(run_in_threadpool(
            run_cypher, driver, body.query, body.parameters, settings=settings), timeout)
    except TimeoutError as exc:
        raise QueryTimeout(f"the query ran longer than the {settings.query_timeout:g} s limit",
                           detail={"timeout_seconds": settings.query_timeout}) from exc
    return CypherRows(columns=columns, rows=rows)
