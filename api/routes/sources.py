"""/sources/{type}/{key}: every source of one resource's facts, a page at a time (a detail carries the first 50)."""

from __future__ import annotations

from enum import StrEnum

from fastapi import APIRouter, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import ListPage
from marsad.api.read.details import sources_page
from marsad.api.routes.common import RESPONSES, page_response

router = APIRouter(tags=["sources"])


class SourcedType(StrEnum):
    institution = "institution"
    person = "person"
    post = "post"
    event = "event"
    decision = "decision"
    agreement = "agreement"


@router.get("/sources/{type_}/{key}", response_model=ListPage, responses=RESPONSES)
async def list_sources(request: Request, state: StateDep, paging: PagingDep, type_: SourcedType, key: str) -> Response:
    """The documents and quotes (with offsets) that one resource's facts come from, ordered by
    publication, document, start, end and quote; ``sources_total`` of its detail says how many."""
    return await page_response(request, state, paging, lambda limit, offset: sources_page(
        state.index, type_.value, key, limit=limit, offset=offset))
