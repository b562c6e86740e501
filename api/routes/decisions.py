"""/decisions: what was approved, adopted, signed or reviewed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import Detail, ListPage
from marsad.api.read import lists
from marsad.api.routes.common import (
    RESPONSES,
    ConfidenceQ,
    DecisionAction,
    DecisionKind,
    FromQ,
    InstitutionQ,
    TextQ,
    ToQ,
    YearQ,
    detail_response,
    list_response,
)

router = APIRouter(prefix="/decisions", tags=["decisions"])


@router.get("", response_model=ListPage, responses=RESPONSES)
async def list_decisions(
    request: Request, state: StateDep, paging: PagingDep,
    kind: Annotated[DecisionKind | None, Query(description="Kind of decision.")] = None,
    action: Annotated[DecisionAction | None, Query(description="Action taken.")] = None,
    institution: InstitutionQ = None, year: YearQ = None,
    fiscal_year: Annotated[int | None, Query(ge=1900, le=2200, description="Fiscal year (budgets).")] = None,
    date_from: FromQ = None, date_to: ToQ = None, q: TextQ = None, min_confidence: ConfidenceQ = None,
) -> Response:
    """Decisions, latest first; filter by kind, action, institution, year of the event, fiscal year, dates."""
    filters = lists.Filters(kind=kind.value if kind else None, action=action.value if action else None,
                            institution=institution, year=year, fiscal_year=fiscal_year, date_from=date_from,
                            date_to=date_to, q=q, min_confidence=min_confidence)
    return await list_response(request, state, paging, filters, lists.decisions)


@router.get("/{key}", response_model=Detail, responses=RESPONSES)
async def get_decision(request: Request, state: StateDep, key: str) -> Response:
    """One decision: object, kind, action, fiscal year, the event, sources."""
    return await detail_response(request, state, "decision", key)
