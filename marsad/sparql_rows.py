"""Run a SELECT (or ASK) query on the embedded store and turn the answer into plain rows."""

from __future__ import annotations

import pyoxigraph as ox

from marsad.core.errors import BadRequest
from marsad.core.output import Cell
from marsad.core.settings import Settings
from marsad.sparql_guard import check_sparql_query
from marsad.store import RdfStore

_INT = "http://www.w3.org/2001/XMLSchema#integer"
_NUMERIC = {_INT, "http://www.w3.org/2001/XMLSchema#long", "http://www.w3.org/2001/XMLSchema#int"}


def term_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Cell:
    """A plain Python value for an RDF term: IRIs and strings as str, integers as int."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype.value in _NUMERIC:
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#boolean":
            return term.value == "true"
        return term.value
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    return str(term)


def solutions_to_rows(result: ox.QuerySolutions) -> tuple[list[str], list[list[Cell]]]:
    columns = [v.value for v in result.variables]
    return columns, [[term_value(sol[c]) for c in columns] for sol in result]


def run_select(settings: Settings, query: str) -> tuple[list[str], list[list[Cell]]]:
    """Run ``query`` on the store under MARSAD_HOME; ASK answers one row with one column. Updates and
    queries that would fetch a URL (SERVICE outside MARSAD_SPARQL_SERVICE_ALLOW) are refused first."""
    check_sparql_query(query, service_allow=settings.sparql_service_allow)
    store = RdfStore(settings.store_path, read_only=True) if settings.store_path.exists() else RdfStore(None)
    try:
        result = store.query(query)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [[bool(result)]]
        if not isinstance(result, ox.QuerySolutions):
            raise BadRequest("`marsad sparql` prints SELECT and ASK results; use `marsad export` for graphs")
        return solutions_to_rows(result)
    finally:
        store.close()
