"""/institutions: ministries, establishments, territorial bodies, boards and councils."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import Detail, ListPage
from marsad.api.read import lists
from marsad.api.routes.common import (
    RESPONSES,
    ConfidenceQ,
    InstitutionKind,
    InstitutionQ,
    TextQ,
    detail_response,
    list_response,
)

router = APIRouter(prefix="/institutions", tags=["institutions"])


@router.get("", response_model=ListPage, responses=RESPONSES)
async def list_institutions(
    request: Request, state: StateDep, paging: PagingDep,
    kind: Annotated[InstitutionKind | None, Query(description="Kind (subclasses included).")] = None,
    parent: InstitutionQ = None, q: TextQ = None, min_confidence: ConfidenceQ = None,
) -> Response:
    """Institutions, by label; filter by kind, by parent (part of / supervised by) and by label."""
    filters = lists.Filters(kind=kind.value if kind else None, parent=parent, q=q, min_confidence=min_confidence)
    return await list_response(request, state, paging, filters, lists.institutions)


@router.get("/{key}", response_model=Detail, responses=RESPONSES)
async def get_institution(request: Request, state: StateDep, key: str) -> Response:
    """One institution: parents, sub-units, posts and holders, sessions, decisions, partnerships, sources."""
    return await detail_response(request, state, "institution", key)
