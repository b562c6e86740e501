"""/sources/{type}/{key}: every source of one resource's facts, a page at a time (a detail carries the first 50)."""

from __future__ import annotations

from enum import StrEnum

from fastapi import APIRouter, Request, Response

from marsad.api.cache import cached
from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import ListPage
from marsad.api.read.details import sources_page
from marsad.api.routes.common import RESPONSES, json_body

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
    def produce() -> tuple[bytes, str]:
        total, items = sources_page(state.index, type_.value, key, limit=paging.per_page, offset=paging.offset)
        pages = (total + paging.per_page - 1) // paging.per_page
        return json_body({"total": total, "page": paging.page, "per_page": paging.per_page, "pages": pages,
                          "items": items})

    return await cached(request, state, produce)
