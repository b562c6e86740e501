"""What the resource routers share: typed filter parameters and the cached JSON answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Query, Request, Response

from marsad.api.cache import cached
from marsad.api.deps import Paging
from marsad.api.errors import ERROR_RESPONSES
from marsad.api.read.details import detail, with_judgements
from marsad.api.read.lists import Filters, Page
from marsad.api.repo.filters import DECISION_ACTIONS, DECISION_KINDS, EVENT_KINDS, INSTITUTION_KINDS
from marsad.api.state import AppState

InstitutionKind = StrEnum("InstitutionKind", {k: k for k in INSTITUTION_KINDS})  # type: ignore[misc]
EventKind = StrEnum("EventKind", {k: k for k in EVENT_KINDS})  # type: ignore[misc]
DecisionKind = StrEnum("DecisionKind", {k: k for k in DECISION_KINDS})  # type: ignore[misc]
DecisionAction = StrEnum("DecisionAction", {k: k for k in DECISION_ACTIONS})  # type: ignore[misc]

KEY = "Key of an institution (the last segment of its IRI)."
InstitutionQ = Annotated[str | None, Query(max_length=64, description=KEY, examples=["f062df9c855deec9"])]
PersonQ = Annotated[str | None, Query(max_length=64, description="Key of a person.", examples=["fd20db9c867b68b9"])]
YearQ = Annotated[int | None, Query(ge=1900, le=2200, description="Year of the date.", examples=[2024])]
FromQ = Annotated[date | None, Query(alias="from", description="On or after this date.", examples=["2024-01-01"])]
ToQ = Annotated[date | None, Query(alias="to", description="On or before this date.", examples=["2024-12-31"])]
TextQ = Annotated[str | None, Query(max_length=200, description="Part of the label (case-insensitive).")]
ConfidenceQ = Annotated[float | None, Query(
    ge=0.0, le=1.0, description="Only facts with some evidence at least this sure, from 0 to 1 (0.95 linked to "
    "the registry, 0.8 an explicit cue, 0.5 inferred; below 0.6 a fact is unverified).", examples=[0.8])]
RESPONSES = ERROR_RESPONSES


def _json(payload: object) -> tuple[bytes, str]:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(), "application/json"


async def page_response(request: Request, state: AppState, paging: Paging,
                        fetch: Callable[[int, int], tuple[int, list[Any]]]) -> Response:
    """One page of what ``fetch(limit, offset)`` gives (the total and the items), with the page counts."""
    def produce() -> tuple[bytes, str]:
        total, items = fetch(paging.per_page, paging.offset)
        pages = (total + paging.per_page - 1) // paging.per_page
        return _json({"total": total, "page": paging.page, "per_page": paging.per_page, "pages": pages,
                      "items": items})

    return await cached(request, state, produce)


async def list_response(request: Request, state: AppState, paging: Paging, filters: Filters,
                        reader: Callable[..., Page]) -> Response:
    return await page_response(request, state, paging,
                               lambda limit, offset: reader(state.index, filters, limit=limit, offset=offset))


async def detail_response(request: Request, state: AppState, type_: str, key: str) -> Response:
    return await cached(request, state, lambda: _json(with_judgements(state.settings, detail(state.index, type_, key))))


def json_body(payload: object) -> tuple[bytes, str]:
    return _json(payload)
