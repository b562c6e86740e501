"""Serving finished responses from the per-generation cache (pages, lists, details, queries).

Routes fill the cache with ``cached``; ``CacheMiddleware`` answers a GET whose answer is already
cached before routing, validation and dependencies run, which is what makes a busy dashboard cheap.
Only successful answers are cached, under the path, the query string and the Accept header, for the
current store generation (a new generation empties the cache). ``MARSAD_API_CACHE=0`` switches it
off: every answer is then made afresh from the index."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from marsad.api.state import AppState

Body = tuple[bytes, str]
GENERATION_HEADER = "X-Marsad-Generation"


def cache_key(path: str, query: str, accept: str) -> str:
    return f"{path}?{query}#{accept}"


def _key(request: Request) -> str:
    return cache_key(request.url.path, request.url.query, request.headers.get("accept", ""))


async def cached(request: Request, state: AppState, produce: Callable[[], Body]) -> Response:
    """The cached answer for this request, or ``produce()`` run in a worker thread and remembered."""
    async def in_thread() -> Body:
        return await run_in_threadpool(produce)

    return await cached_async(request, state, in_thread)


async def cached_async(request: Request, state: AppState, produce: Callable[[], Awaitable[Body]]) -> Response:
    state.refresh()
    key, generation = _key(request), state.generation
    if not state.settings.api_cache:
        body, media_type = await produce()
        return Response(content=body, media_type=media_type, headers={GENERATION_HEADER: str(generation)})
    found = state.cache.get(key)
    if found is None:
        found = await produce()
        if generation == state.generation:
            state.cache.put(key, found)
    body, media_type = found
    return Response(content=body, media_type=media_type, headers={GENERATION_HEADER: str(generation)})


class CacheMiddleware:
    """Answer cached GETs straight away; everything else goes to the app."""

    def __init__(self, app: ASGIApp, *, state_of: Callable[[], AppState | None]) -> None:
        self.app = app
        self.state_of = state_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = self.state_of() if scope["type"] == "http" and scope["method"] == "GET" else None
        if state is not None and state.settings.api_cache:
            state.refresh()
            accept = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"accept"), "")
            found = state.cache.get(cache_key(scope["path"], scope["query_string"].decode("latin-1"), accept))
            if found is not None:
                body, media_type = found
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-type", media_type.encode("latin-1")), (b"content-length", str(len(body)).encode()),
                    (GENERATION_HEADER.lower().encode(), str(state.generation).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
