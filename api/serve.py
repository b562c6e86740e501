"""`marsad serve`: run the API and pages with uvicorn (httptools and uvloop when installed)."""

from __future__ import annotations

import importlib.util
from typing import Annotated

import typer

from marsad.core.settings import get_settings


def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on (default: MARSAD_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: MARSAD_PORT).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (each opens the store read-only).")] = 1,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "warning",
) -> None:
    """Serve the query API (SPARQL, Cypher, named queries, REST) and the Arabic web pages."""
    import uvicorn

    settings = get_settings()
    uvicorn.run(
        "marsad.api.app:create_app", factory=True, host=host or settings.host, port=port or settings.port,
        workers=workers,
        http="httptools" if importlib.util.find_spec("httptools") else "auto",
        loop="uvloop" if importlib.util.find_spec("uvloop") else "auto",
        log_level=log_level, access_log=False,
    )
