"""The one place where errors become HTTP answers, all with the same JSON shape:
``{"error": {"code": str, "message": str, "detail": object}}``."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.core.errors import MarsadError

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


async def _marsad_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, MarsadError)
    return error_response(exc.status, exc.code, exc.message, exc.detail)


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
    log.exception("unexpected error", exc_info=exc)
    return error_response(500, "internal_error", "an unexpected error happened; it has been logged")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(MarsadError, _marsad_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in [(400, "bad request or query syntax error"), (404, "not found"),
                         (422, "invalid parameters"), (504, "query timeout")]
}
