"""/partnerships: partnership agreements and memoranda of understanding."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import Detail, ListPage
from marsad.api.read import lists
from marsad.api.routes.common import (
    RESPONSES,
    ConfidenceQ,
    FromQ,
    InstitutionQ,
    TextQ,
    ToQ,
    YearQ,
    detail_response,
    list_response,
)

router = APIRouter(prefix="/partnerships", tags=["partnerships"])


@router.get("", response_model=ListPage, responses=RESPONSES)
async def list_partnerships(request: Request, state: StateDep, paging: PagingDep, institution: InstitutionQ = None,
                            year: YearQ = None, date_from: FromQ = None, date_to: ToQ = None,
                            q: TextQ = None, min_confidence: ConfidenceQ = None) -> Response:
    """Agreements, latest first; filter by party, year and date range of the signing."""
    filters = lists.Filters(institution=institution, year=year, date_from=date_from, date_to=date_to, q=q,
                            min_confidence=min_confidence)
    return await list_response(request, state, paging, filters, lists.partnerships)


@router.get("/{key}", response_model=Detail, responses=RESPONSES)
async def get_partnership(request: Request, state: StateDep, key: str) -> Response:
    """One agreement: parties, purpose, the signing event, sources."""
    return await detail_response(request, state, "agreement", key)
