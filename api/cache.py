"""Serving finished responses from the per-generation cache (pages, lists, details, named queries)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool

from api.state import AppState


def cache_key(request: Request, *, vary: str = "") -> str:
    return f"{request.url.path}?{request.url.query}#{vary}"


async def cached(request: Request, state: AppState, produce: Callable[[], tuple[bytes, str]], *,
                 vary: str = "") -> Response:
    """The cached response for this URL, or ``produce()`` run in a worker thread and remembered.
    Errors are never cached."""
    state.refresh()
    key = cache_key(request, vary=vary)
    generation = state.generation
    found = state.cache.get(key)
    if found is None:
        found = await run_in_threadpool(produce)
        if generation == state.generation:
            state.cache.put(key, found)
    body, media_type = found
    return Response(content=body, media_type=media_type, headers={"X-Marsad-Generation": str(generation)})
