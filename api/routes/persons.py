"""/persons: people named in the articles, with their posts."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import Detail, ListPage
from marsad.api.read import lists
from marsad.api.read.details import person_posts_page
from marsad.api.routes.common import (
    RESPONSES,
    ConfidenceQ,
    InstitutionQ,
    TextQ,
    detail_response,
    list_response,
    page_response,
)

router = APIRouter(prefix="/persons", tags=["persons"])


@router.get("", response_model=ListPage, responses=RESPONSES)
async def list_persons(request: Request, state: StateDep, paging: PagingDep, institution: InstitutionQ = None,
                       q: TextQ = None, min_confidence: ConfidenceQ = None) -> Response:
    """Persons, by name; filter by the institution of a post they held, and by name."""
    filters = lists.Filters(institution=institution, q=q, min_confidence=min_confidence)
    return await list_response(request, state, paging, filters, lists.persons)


@router.get("/{key}", response_model=Detail, responses=RESPONSES)
async def get_person(request: Request, state: StateDep, key: str) -> Response:
    """One person: posts held (with dates attested; the first 100, ``posts_total`` says how many), events chaired
    or attended (a timeline), sources."""
    return await detail_response(request, state, "person", key)


@router.get("/{key}/posts", response_model=ListPage, responses=RESPONSES)
async def list_person_posts(request: Request, state: StateDep, paging: PagingDep, key: str) -> Response:
    """Every post attestation of one person (post, institution, date attested, acting), by date attested, then
    post, a page at a time: the person's detail carries the first 100."""
    return await page_response(request, state, paging, lambda limit, offset: person_posts_page(
        state.index, key, limit=limit, offset=offset))
