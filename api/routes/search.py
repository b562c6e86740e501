"""/search: names in Arabic (folded) or Latin (transliterated), across every kind of resource."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from marsad.api.cache import cached
from marsad.api.deps import StateDep
from marsad.api.models import SearchResults
from marsad.api.routes.common import RESPONSES, json_body

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResults, responses=RESPONSES)
async def search_names(
    request: Request, state: StateDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="A name in Arabic or Latin letters.",
                            examples=["Mohamed Benali", "المكتب الوطني"])],
    limit: Annotated[int, Query(ge=1, le=100, description="Most results.")] = 20,
) -> Response:
    """Persons, institutions, posts, events, decisions, agreements whose name matches ``q``: Arabic
    after folding hamza forms, ى/ي, ة/ه and diacritics; Latin spellings by transliteration."""
    return await cached(request, state, lambda: json_body({"query": q, "results": state.searcher.search(
        q, limit=limit)}))
