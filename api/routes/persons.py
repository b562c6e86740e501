"""/persons: people named in the articles, with their posts."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import Detail, ListPage
from marsad.api.read import lists
from marsad.api.routes.common import RESPONSES, ConfidenceQ, InstitutionQ, TextQ, detail_response, list_response

router = APIRouter(prefix="/persons", tags=["persons"])


@router.get("", response_model=ListPage, responses=RESPONSES)
async def list_persons(request: Request, state: StateDep, paging: PagingDep, institution: InstitutionQ = None,
                       q: TextQ = None, min_confidence: ConfidenceQ = None) -> Response:
    """Persons, by name; filter by the institution of a post they held, and by name."""
    filters = lists.Filters(institution=institution, q=q, min_confidence=min_confidence)
    return await list_response(request, state, paging, filters, lists.persons)


@router.get("/{key}", response_model=Detail, responses=RESPONSES)
async def get_person(request: Request, state: StateDep, key: str) -> Response:
    """One person: posts held (with dates attested), events chaired or attended (a timeline), sources."""
    return await detail_response(request, state, "person", key)
