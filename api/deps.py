"""Typed dependencies of the routes: the app state, the store, the settings, paging."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request

from marsad.api.state import AppState
from marsad.core.errors import StoreUnavailable
from marsad.core.settings import Settings
from marsad.store import RdfStore

MAX_PER_PAGE = 100


def get_state(request: Request) -> AppState:
    state = getattr(request.app.state, "marsad", None)
    if not isinstance(state, AppState):
        raise StoreUnavailable("the application is not started (its lifespan did not run)")
    state.refresh()
    return state


def get_store(state: Annotated[AppState, Depends(get_state)]) -> RdfStore:
    return state.store


def get_settings(state: Annotated[AppState, Depends(get_state)]) -> Settings:
    return state.settings


@dataclass(frozen=True, slots=True)
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def get_paging(
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Items per page (at most 100).")] = 20,
) -> Paging:
    return Paging(page=page, per_page=per_page)


StateDep = Annotated[AppState, Depends(get_state)]
StoreDep = Annotated[RdfStore, Depends(get_store)]
PagingDep = Annotated[Paging, Depends(get_paging)]
