"""The one place where errors become HTTP answers, all with the same JSON shape:
``{"error": {"code": str, "message": str, "detail": object}}``.

A 4xx answer says what is wrong with the request or the query. A 5xx answer never carries internals
(a remote payload, a traceback, a file path, a setting): its message is a fixed text for its class
and its detail holds only an ``error_id``; the server logs the full message, detail and traceback
under that id.
"""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.core.errors import MarsadError, Neo4jUnavailable, StoreUnavailable

log = logging.getLogger("marsad.api")

_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
               413: "too_large", 415: "unsupported_media_type"}


class ErrorInfo(BaseModel):
    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["no institution with key 0123456789abcdef"])
    detail: dict[str, object] | list[object] = Field(default_factory=dict, examples=[{}])


class ErrorBody(BaseModel):
    """The body of every error answer."""

    error: ErrorInfo


def error_response(status: int, code: str, message: str, detail: object = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "detail": detail if detail is not None else {}}}
    return JSONResponse(body, status_code=status)


_PUBLIC_5XX: list[tuple[type[MarsadError], str]] = [
    (Neo4jUnavailable, "Neo4j is not available right now; the SPARQL and REST routes work without it"),
    (StoreUnavailable, "the store is not available right now; try again shortly"),
]


def _logged(status: int, code: str, message: str, exc: BaseException, internal: str) -> JSONResponse:
    """A 5xx answer with a fresh error id; ``internal`` and the traceback go to the server's log only."""
    error_id = uuid.uuid4().hex[:16]
    log.error("error %s (%s %s): %s", error_id, status, code, internal, exc_info=exc)
    return error_response(status, code, f"{message} (error id {error_id})", {"error_id": error_id})


async def _marsad_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, MarsadError)
    if exc.status < 500 or exc.status == 504:
        return error_response(exc.status, exc.code, exc.message, exc.detail)
    public = next((text for cls, text in _PUBLIC_5XX if isinstance(exc, cls)),
                  "an unexpected error happened; it has been logged")
    return _logged(exc.status, exc.code, public, exc, f"{exc.message} {exc.detail or ''}")


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [{"location": ".".join(str(p) for p in err.get("loc", ())), "problem": err.get("msg", "")}
                for err in exc.errors()]
    text = "; ".join(f"{p['location']}: {p['problem']}" for p in problems)
    return error_response(422, "validation_error", f"invalid request: {text}", problems)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    if exc.status_code == 404 and message == "Not Found":
        message = "no such route"
    return error_response(exc.status_code, code, message)


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    return _logged(500, "internal_error", "an unexpected error happened; it has been logged", exc,
                   f"{type(exc).__name__}: {exc}")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(MarsadError, _marsad_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in [(400, "bad request or query syntax error"), (404, "not found"),
                         (422, "invalid parameters"), (500, "unexpected error (with an error id, logged)"),
                         (504, "query timeout")]
}
