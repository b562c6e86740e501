"""The app factory: FastAPI with a lifespan that opens and closes the RDF store and the optional
Neo4j driver; one router per resource; the JSON error shape; the pages and static files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from marsad.api.cache import CacheMiddleware
from marsad.api.errors import install_error_handlers
from marsad.api.routes import (
    cypher,
    decisions,
    documents,
    events,
    export,
    graph,
    institutions,
    pages,
    partnerships,
    persons,
    posts,
    queries,
    search,
    sources,
    sparql,
    stats,
    vendor,
)
from marsad.api.state import AppState
from marsad.core.settings import Settings, get_settings

STATIC_DIR = Path(__file__).parent / "static"
DESCRIPTION = """Marsad (مرصد): Moroccan public institutions, their sessions, decisions and partnerships,
extracted from Arabic news, each fact with the sentence it comes from. SPARQL at `/sparql`, read-only
Cypher at `/cypher`, named queries at `/queries`, REST lists and details for dashboards. Every error
answers `{"error": {"code", "message", "detail"}}`."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """A new app over the store under ``settings.home`` (default: the MARSAD_ environment)."""
    chosen = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state = AppState(chosen)
        state.neo4j.connect()
        if state.workers is not None:
            state.workers.warm()
        app.state.marsad = state
        try:
            yield
        finally:
            state.close()

    app = FastAPI(title="Marsad", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # /docs is served with local assets (api/routes/vendor.py)
    install_error_handlers(app)

    def current_state() -> AppState | None:
        state = getattr(app.state, "marsad", None)
        return state if isinstance(state, AppState) else None

    app.add_middleware(CacheMiddleware, state_of=current_state)
    for module in (sparql, cypher, queries, institutions, persons, posts, events, decisions, partnerships,
                   documents, sources, search, stats, export, graph, vendor, pages):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
