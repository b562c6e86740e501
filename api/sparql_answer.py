"""Evaluating one user-written SPARQL query into a finished answer: updates refused, the deadline
checked between rows (pyoxigraph results are lazy iterators), at most MARSAD_ROW_CAP rows."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from marsad.core.errors import InternalError, QueryTimeout, RowCapExceeded
from marsad.sparql_guard import check_sparql_query
from marsad.store import RdfStore

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True, slots=True)
class SparqlAnswer:
    """A finished answer: ``boolean`` for ASK, ``variables`` + ``rows`` for SELECT, ``triples`` for
    CONSTRUCT and DESCRIBE."""

    kind: str  # "boolean" | "solutions" | "graph"
    boolean: bool = False
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    triples: tuple[ox.Triple, ...] = ()


def _check(deadline: float, timeout: float) -> None:
    if time.monotonic() > deadline:
        raise QueryTimeout(f"the query ran longer than the {timeout:g} s limit",
                           detail={"timeout_seconds": timeout})


def _cap_error(cap: int) -> RowCapExceeded:
    return RowCapExceeded(f"the query returned more rows than the limit of {cap}; add a LIMIT",
                          detail={"row_cap": cap})


def collect_answer(store: RdfStore, text: str, *, deadline: float, timeout: float, cap: int,
                   service_allow: Sequence[str] = ()) -> SparqlAnswer:
    """Run ``text`` on ``store`` now (in the calling thread), honouring deadline and row cap.
    Updates and queries that would fetch a URL are refused first (marsad/sparql_guard.py).

    pyoxigraph results must be dropped by the thread that made them, so no error leaving this
    function keeps a traceback that still refers to one. An evaluation failure (OSError,
    RuntimeError from Oxigraph) becomes an InternalError whose text is only logged."""
    check_sparql_query(text, service_allow=service_allow)
    try:
        result = store.query(text)
    except (OSError, RuntimeError) as exc:
        raise InternalError("the SPARQL store failed to evaluate the query",
                            detail={"cause": f"{type(exc).__name__}: {exc}"}) from None
    error: Exception | None = None
    try:
        return _collect(result, deadline=deadline, timeout=timeout, cap=cap)
    except (OSError, RuntimeError) as exc:  # raised below, once the result is gone
        error = InternalError("the SPARQL store failed while reading the results",
                              detail={"cause": f"{type(exc).__name__}: {exc}"})
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
