"""/documents: the source articles, with their text and every fact's evidence span."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import Detail, ListPage
from marsad.api.read import lists
from marsad.api.routes.common import RESPONSES, FromQ, TextQ, ToQ, YearQ, detail_response, list_response

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("", response_model=ListPage, responses=RESPONSES)
async def list_documents(
    request: Request, state: StateDep, paging: PagingDep,
    outlet: Annotated[str | None, Query(max_length=100, description="News outlet.", examples=["hespress"])] = None,
    year: YearQ = None, date_from: FromQ = None, date_to: ToQ = None, q: TextQ = None,
) -> Response:
    """Documents, latest first; filter by outlet, year and date range of publication, and title."""
    filters = lists.Filters(outlet=outlet, year=year, date_from=date_from, date_to=date_to, q=q)
    return await list_response(request, state, paging, filters, lists.documents)


@router.get("/{key}", response_model=Detail, responses=RESPONSES)
async def get_document(request: Request, state: StateDep, key: str) -> Response:
    """One document: metadata, text, and each extracted fact with its character span."""
    return await detail_response(request, state, "document", key)
