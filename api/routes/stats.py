"""/stats: aggregates for dashboards."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from marsad.api.cache import cached
from marsad.api.deps import StateDep
from marsad.api.models import Stats
from marsad.api.read.stats import stats
from marsad.api.routes.common import RESPONSES, json_body

router = APIRouter(tags=["stats"])


@router.get("/stats", response_model=Stats, responses=RESPONSES)
async def get_stats(request: Request, state: StateDep) -> Response:
    """Totals, events per institution per year, decisions by kind and year, the most frequent chairs,
    partnerships per territorial body."""
    return await cached(request, state, lambda: json_body(stats(state.index)))
