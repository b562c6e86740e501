"""Read-only Cypher: refused by the guard before it reaches Neo4j, run in a read transaction with
MARSAD_QUERY_TIMEOUT as the transaction timeout, and at most MARSAD_ROW_CAP rows returned.

``run_cypher`` gives (columns, rows) with JSON-able values (a node is the dict of its properties
plus ``labels``; a relationship its properties plus ``type``); ``run_cypher_graph`` gives the
nodes and relationships the result contains, for a graph explorer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import neo4j
from neo4j.exceptions import ClientError, CypherSyntaxError, DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship

from marsad.core.errors import ForbiddenQuery, Neo4jUnavailable, QuerySyntaxError, QueryTimeout, RowCapExceeded
from marsad.core.settings import Settings
from marsad.cypher_guard import check_read_only

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A JSON-able form of a value Neo4j returns."""
    if isinstance(value, Node):
        return {**{k: to_json(v) for k, v in value.items()}, "labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {**{k: to_json(v) for k, v in value.items()}, "type": value.type}
    if isinstance(value, Path):
        return {"nodes": [to_json(n) for n in value.nodes],
                "relationships": [to_json(r) for r in value.relationships]}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _run(driver: neo4j.Driver, query: str, params: Mapping[str, object], *, settings: Settings,
         collect: Callable[[neo4j.Result, int], T]) -> T:
    check_read_only(query)
    cap = settings.row_cap

    @neo4j.unit_of_work(timeout=settings.query_timeout)
    def work(tx: neo4j.ManagedTransaction) -> T:
        return collect(tx.run(query, dict(params)), cap)

    try:
        with driver.session(database=settings.neo4j_database, default_access_mode=neo4j.READ_ACCESS) as session:
            return session.execute_read(work)
    except CypherSyntaxError as exc:
        raise QuerySyntaxError(f"Cypher syntax error: {exc.message}") from exc
    except ClientError as exc:
        code = exc.code or ""
        if "TransactionTimedOut" in code or "Timeout" in code:
            raise QueryTimeout(f"the query ran longer than {settings.query_timeout:g}s") from exc
        if "AccessMode" in code or "Forbidden" in code or "Security" in code:
            raise ForbiddenQuery(f"Neo4j refused the query: {exc.message}") from exc
        if code.startswith("Neo.ClientError.Statement"):
            raise QuerySyntaxError(f"{exc.message}") from exc
        raise
    except Neo4jError as exc:
        if "TransactionTimedOut" in (exc.code or "") or "Terminated" in (exc.code or ""):
            raise QueryTimeout(f"the query ran longer than {settings.query_timeout:g}s") from exc
        raise
    except (DriverError, OSError) as exc:
        raise Neo4jUnavailable(f"Neo4j does not answer: {exc}") from exc


def _capped(result: neo4j.Result, cap: int) -> tuple[list[str], list[neo4j.Record]]:
    records: list[neo4j.Record] = []
    for record in result:
        if len(records) >= cap:
            raise RowCapExceeded(f"the query returned more rows than the limit of {cap}",
                                 detail={"row_cap": cap})
        records.append(record)
    return list(result.keys()), records


def run_cypher(driver: neo4j.Driver, query: str, params: Mapping[str, object], *,
               settings: Settings) -> tuple[list[str], list[list[object]]]:
    """Run a read-only query; its columns and rows (JSON-able values)."""
    def collect(result: neo4j.Result, cap: int) -> tuple[list[str], list[list[object]]]:
        columns, records = _capped(result, cap)
        return columns, [[to_json(record[c]) for c in columns] for record in records]
    return _run(driver, query, params, settings=settings, collect=collect)


def _walk(value: Any, nodes: dict[str, Node], rels: dict[str, Relationship]) -> None:
    if isinstance(value, Node):
        nodes[value.element_id] = value
    elif isinstance(value, Relationship):
        rels[value.element_id] = value
        for node in value.nodes:
            if node is not None:
                nodes[node.element_id] = node
    elif isinstance(value, Path):
        for part in (*value.nodes, *value.relationships):
            _walk(part, nodes, rels)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk(item, nodes, rels)
    elif isinstance(value, dict):
        for item in value.values():
            _walk(item, nodes, rels)


def run_cypher_graph(driver: neo4j.Driver, query: str, params: Mapping[str, object], *,
                     settings: Settings) -> dict[str, list[dict[str, object]]]:
    """Run a read-only query; every node and relationship in its result, de-duplicated."""
    def collect(result: neo4j.Result, cap: int) -> dict[str, list[dict[str, object]]]:
        nodes: dict[str, Node] = {}
        rels: dict[str, Relationship] = {}
        for record in _capped(result, cap)[1]:
            _walk(list(record.values()), nodes, rels)
        return {
            "nodes": [{"id": k, "labels": sorted(n.labels), "properties": to_json(dict(n.items()))}
                      for k, n in nodes.items()],
            "relationships": [{"id": k, "type": r.type,
                               "start": r.start_node.element_id if r.start_node else None,
                               "end": r.end_node.element_id if r.end_node else None,
                               "properties": to_json(dict(r.items()))} for k, r in rels.items()],
        }
    return _run(driver, query, params, settings=settings, collect=collect)
