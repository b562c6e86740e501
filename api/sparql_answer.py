"""Evaluating one user-written SPARQL query into a finished answer: updates refused, the deadline
checked between rows (pyoxigraph results are lazy iterators), at most MARSAD_ROW_CAP rows."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import pyoxigraph as ox

from marsad.core.errors import ForbiddenQuery, QuerySyntaxError, QueryTimeout, RowCapExceeded
from marsad.store import RdfStore

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

_UPDATE = re.compile(
    r"^\s*(?:(?:#[^\n]*\n\s*)|(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*))*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SparqlAnswer:
    """A finished answer: ``boolean`` for ASK, ``variables`` + ``rows`` for SELECT, ``triples`` for
    CONSTRUCT and DESCRIBE."""

    kind: str  # "boolean" | "solutions" | "graph"
    boolean: bool = False
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    triples: tuple[ox.Triple, ...] = ()


def refuse_update(text: str) -> None:
    """Raise ForbiddenQuery when ``text`` is a SPARQL Update."""
    found = _UPDATE.match(text)
    if found:
        raise ForbiddenQuery(
            f"SPARQL updates are not allowed here ({found.group(1).upper()}): the API is read-only",
            detail={"operation": found.group(1).upper()},
        )


def _check(deadline: float, timeout: float) -> None:
    if time.monotonic() > deadline:
        raise QueryTimeout(f"the query ran longer than {timeout:g} s (MARSAD_QUERY_TIMEOUT)",
                           detail={"timeout_seconds": timeout})


def _cap_error(cap: int) -> RowCapExceeded:
    return RowCapExceeded(f"the query returned more than {cap} rows (MARSAD_ROW_CAP); add a LIMIT",
                          detail={"row_cap": cap})


def collect_answer(store: RdfStore, text: str, *, deadline: float, timeout: float, cap: int) -> SparqlAnswer:
    """Run ``text`` on ``store`` now (in the calling thread), honouring deadline and row cap.

    pyoxigraph results must be dropped by the thread that made them, so no error leaving this
    function keeps a traceback that still refers to one."""
    refuse_update(text)
    try:
        result = store.query(text)
    except OSError as exc:
        raise QuerySyntaxError(f"the query could not be evaluated: {exc}") from None
    error: Exception | None = None
    try:
        return _collect(result, deadline=deadline, timeout=timeout, cap=cap)
    except Exception as exc:  # re-raised below, once the result is gone
        error = exc.with_traceback(None)
    finally:
        del result
    assert error is not None
    raise error


def _collect(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, *, deadline: float, timeout: float,
             cap: int) -> SparqlAnswer:
    _check(deadline, timeout)
    if isinstance(result, ox.QueryBoolean):
        return SparqlAnswer(kind="boolean", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = tuple(v.value for v in result.variables)
        rows: list[tuple[Term | None, ...]] = []
        for solution in result:
            _check(deadline, timeout)
            if len(rows) >= cap:
                raise _cap_error(cap)
            rows.append(tuple(solution[n] for n in names))
        return SparqlAnswer(kind="solutions", variables=names, rows=tuple(rows))
    triples: list[ox.Triple] = []
    for triple in result:
        _check(deadline, timeout)
        if len(triples) >= cap:
            raise _cap_error(cap)
        triples.append(triple)
    return SparqlAnswer(kind="graph", triples=tuple(triples))
