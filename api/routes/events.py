"""/events: sessions, meetings, signings, assemblies, visits."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from marsad.api.deps import PagingDep, StateDep
from marsad.api.models import Detail, ListPage
from marsad.api.read import lists
from marsad.api.routes.common import (
    RESPONSES,
    ConfidenceQ,
    EventKind,
    FromQ,
    InstitutionQ,
    PersonQ,
    TextQ,
    ToQ,
    YearQ,
    detail_response,
    list_response,
)

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=ListPage, responses=RESPONSES)
async def list_events(
    request: Request, state: StateDep, paging: PagingDep,
    kind: Annotated[EventKind | None, Query(description="Kind of event.")] = None,
    institution: InstitutionQ = None, person: PersonQ = None, year: YearQ = None,
    date_from: FromQ = None, date_to: ToQ = None, q: TextQ = None, min_confidence: ConfidenceQ = None,
) -> Response:
    """Events, latest first; filter by kind, institution (body, organiser or a sub-unit's body), person
    (chair or participant), year and date range."""
    filters = lists.Filters(kind=kind.value if kind else None, institution=institution, person=person, year=year,
                            date_from=date_from, date_to=date_to, q=q, min_confidence=min_confidence)
    return await list_response(request, state, paging, filters, lists.events)


@router.get("/{key}", response_model=Detail, responses=RESPONSES)
async def get_event(request: Request, state: StateDep, key: str) -> Response:
    """One event: date, place, body, chair, participants, decisions and the sentences they come from."""
    return await detail_response(request, state, "event", key)
