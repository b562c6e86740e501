"""Running one user-written SPARQL query for the API: in a worker process that is killed after
MARSAD_QUERY_TIMEOUT (see api/query_workers.py), or, for an in-memory store, in a worker thread that
stops at its next row once the deadline has passed."""

from __future__ import annotations

import asyncio
import time

from starlette.concurrency import run_in_threadpool

from marsad.api.sparql_answer import collect_answer
from marsad.api.sparql_formats import render
from marsad.api.state import AppState
from marsad.core.errors import QueryTimeout
from marsad.sparql_guard import check_sparql_query


async def run_sparql(state: AppState, text: str, *, fmt: str | None, accept: str | None) -> tuple[bytes, str]:
    """The rendered answer to ``text``, refused (ForbiddenQuery) before anything runs when it is an update
    or would fetch a URL: in a worker process that is killed after MARSAD_QUERY_TIMEOUT
    (on-disk stores), else in a worker thread that stops at its next row after the deadline."""
    settings = state.settings
    allow = settings.sparql_service_allow
    check_sparql_query(text, service_allow=allow)  # here, before a worker sees it; again in collect_answer
    timeout, cap = settings.query_timeout, settings.row_cap
    if state.workers is not None:
        workers = state.workers
        return await run_in_threadpool(lambda: workers.run(text, fmt=fmt, accept=accept, timeout=timeout, cap=cap,
                                                           generation=state.generation))
    deadline = time.monotonic() + timeout
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(state.pool, lambda: collect_answer(state.store, text, deadline=deadline,
                                                                     timeout=timeout, cap=cap,
                                                                     service_allow=allow))
    try:
        answer = await asyncio.wait_for(future, timeout=timeout + 0.05)
    except TimeoutError as exc:
        raise QueryTimeout(f"the query ran longer than the {timeout:g} s limit",
                           detail={"timeout_seconds": timeout}) from exc
    return render(answer, fmt=fmt, accept=accept)
