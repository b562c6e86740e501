"""/posts: positions in institutions and who held them."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import Detail, ListPage
from marsad.api.read import lists
from marsad.api.routes.common import RESPONSES, ConfidenceQ, InstitutionQ, TextQ, detail_response, list_response

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", response_model=ListPage, responses=RESPONSES)
async def list_posts(
    request: Request, state: StateDep, paging: PagingDep, institution: InstitutionQ = None,
    as_of: Annotated[date | None, Query(description="Who held each post on this date: the holder of the latest "
                                        "tenure attested on or before it.", examples=["2024-04-01"])] = None,
    q: TextQ = None, min_confidence: ConfidenceQ = None,
) -> Response:
    """Posts with their holder (latest attested, or as of a date)."""
    filters = lists.Filters(institution=institution, as_of=as_of, q=q, min_confidence=min_confidence)
    return await list_response(request, state, paging, filters, lists.posts)


@router.get("/{key}", response_model=Detail, responses=RESPONSES)
async def get_post(request: Request, state: StateDep, key: str) -> Response:
    """One post: its institution, its holders with the dates attested, events, sources."""
    return await detail_response(request, state, "post", key)
