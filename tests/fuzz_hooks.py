"""Schemathesis hooks for tests/test_api_fuzz.py: how to send an ``application/sparql-query`` body."""

from __future__ import annotations

import schemathesis


@schemathesis.serializer("application/sparql-query")
def sparql_query(_ctx: object, value: object) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else str(value).encode("utf-8")
