"""/graph: nodes and edges for the graph explorer, read from the index (works without Neo4j)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from marsad.api.cache import cached
from marsad.api.deps import StateDep
from marsad.api.models import GraphView
from marsad.api.read.graph import neighbours, overview
from marsad.api.routes.common import RESPONSES, FromQ, InstitutionQ, ToQ, YearQ, json_body

router = APIRouter(prefix="/graph", tags=["graph"])


@router.get("", response_model=GraphView, responses=RESPONSES)
async def graph_overview(
    request: Request, state: StateDep, institution: InstitutionQ = None, year: YearQ = None,
    date_from: FromQ = None, date_to: ToQ = None,
    limit: Annotated[int, Query(ge=1, le=500, description="Most events (latest first).")] = 100,
) -> Response:
    """Events with who chaired and attended them and the body that met."""
    return await cached(request, state, lambda: json_body(overview(
        state.index, institution=institution, year=year, start=date_from, end=date_to, limit=limit)))


@router.get("/expand", response_model=GraphView, responses=RESPONSES)
async def graph_expand(
    request: Request, state: StateDep,
    node: Annotated[str, Query(max_length=300, description="IRI of the node to expand.",
                               examples=["https://w3id.org/marsad/id/person/fd20db9c867b68b9"])],
) -> Response:
    """Every explorer link from or to one node (chair, participant, body, organiser, decisions, parties,
    posts and holders, parent institutions)."""
    return await cached(request, state, lambda: json_body(neighbours(state.index, node)))
