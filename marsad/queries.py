"""Named queries: reviewed pairs ``queries/<name>.rq`` (SPARQL) and ``queries/<name>.cypher`` (Cypher).

Each file starts with the same header in comments (``#`` in .rq, ``//`` in .cypher)::

    title: Who chaired what
    description: …
    param: person str optional — part of the chair's name, as written
    param: year int default=2024 — …
    columns: chair, event, date

Parameter types are ``str``, ``int``, ``date`` (YYYY-MM-DD, compared as ISO strings) and ``iri``.
Values only travel as parameters: SPARQL substitutions (Oxigraph needs the parameter variables in the
SELECT projection; an optional filter is written ``FILTER(COALESCE(<test with ?param>, true))`` so an
unbound parameter lets every row through) and Cypher ``$parameters`` (``$p IS NULL OR …``). Both
queries return the same columns in the same order (ORDER BY on every column).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import neo4j
import pyoxigraph as ox

from marsad.core.errors import BadRequest, ConfigurationError, NotFound, RowCapExceeded
from marsad.core.paths import QUERIES_DIR
from marsad.core.settings import Settings
from marsad.store import RdfStore

PARAM_TYPES = ("str", "int", "date", "iri")
_PARAM = re.compile(r"^(\w+)\s+(str|int|date|iri)\s+(required|optional|default=(\S+))\s*(?:—|--|-)?\s*(.*)$")
_XSD = "http://www.w3.org/2001/XMLSchema#"
Cell = str | int | float | bool | None


@dataclass(frozen=True)
class QueryParam:
    name: str
    type: str
    required: bool
    default: str | None
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[QueryParam, ...]
    columns: tuple[str, ...]
    sparql: str
    cypher: str


def parse_header(text: str, *, comment: str) -> dict[str, object]:
    """The header fields of one query file (title, description, params, columns)."""
    fields: dict[str, object] = {"params": []}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith(comment):
            break
        body = stripped[len(comment):].strip()
        key, _, value = body.partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "param":
            match = _PARAM.match(value)
            if not match:
                raise ConfigurationError(f"bad param line: {value!r}")
            name, type_, need, default, description = match.groups()
            params = fields["params"]
            assert isinstance(params, list)
            params.append(QueryParam(name=name, type=type_, required=need == "required", default=default,
                                     description=description.strip()))
        elif key == "columns":
            fields["columns"] = tuple(c.strip() for c in value.split(",") if c.strip())
        elif key in ("title", "description"):
            fields[key] = value
    return fields


def _load_one(rq: Path, cypher: Path) -> NamedQuery:
    sparql_text = rq.read_text(encoding="utf-8")
    cypher_text = cypher.read_text(encoding="utf-8")
    head = parse_header(sparql_text, comment="#")
    other = parse_header(cypher_text, comment="//")
    if head != other:
        raise ConfigurationError(f"the headers of {rq.name} and {cypher.name} differ")
    if not head.get("title") or not head.get("columns"):
        raise ConfigurationError(f"{rq.name}: the header needs a title and columns")
    params = head["params"]
    columns = head["columns"]
    assert isinstance(params, list) and isinstance(columns, tuple)
    return NamedQuery(name=rq.stem, title=str(head["title"]), description=str(head.get("description", "")),
                      params=tuple(params), columns=columns, sparql=sparql_text, cypher=cypher_text)


def load_queries(dir: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """Every named query of ``dir``; each .rq needs its .cypher twin and the same header."""
    queries = {}
    for rq in sorted(dir.glob("*.rq")):
        cypher = rq.with_suffix(".cypher")
        if not cypher.exists():
            raise ConfigurationError(f"{rq.name} has no {cypher.name}")
        queries[rq.stem] = _load_one(rq, cypher)
    return queries


def get_query(name: str, dir: Path = QUERIES_DIR) -> NamedQuery:
    queries = load_queries(dir)
    if name not in queries:
        raise NotFound(f"no named query {name!r}; known: {', '.join(sorted(queries))}")
    return queries[name]


def _convert(param: QueryParam, raw: str) -> str | int:
    if param.type == "int":
        try:
            return int(raw)
        except ValueError:
            raise BadRequest(f"{param.name} must be an integer, not {raw!r}") from None
    if param.type == "date":
        try:
            return date.fromisoformat(raw).isoformat()
        except ValueError:
            raise BadRequest(f"{param.name} must be a date YYYY-MM-DD, not {raw!r}") from None
    if param.type == "iri" and not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", raw):
        raise BadRequest(f"{param.name} must be an http(s) IRI, not {raw!r}")
    if not raw:
        raise BadRequest(f"{param.name} must not be empty")
    return raw


def bind_params(q: NamedQuery, raw: Mapping[str, str]) -> dict[str, str | int | None]:
    """Typed values of every parameter of ``q`` from strings; BadRequest when missing, unknown or wrong."""
    known = {p.name: p for p in q.params}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise BadRequest(f"{q.name}: unknown parameter(s) {', '.join(unknown)}", detail={"unknown": unknown})
    values: dict[str, str | int | None] = {}
    for param in q.params:
        if param.name in raw and raw[param.name] != "":
            values[param.name] = _convert(param, raw[param.name])
        elif param.required:
            raise BadRequest(f"{q.name}: parameter {param.name} ({param.type}) is required",
                             detail={"parameter": param.name})
        else:
            values[param.name] = _convert(param, param.default) if param.default is not None else None
    return values


def _term(param: QueryParam, value: str | int) -> ox.NamedNode | ox.Literal:
    if param.type == "iri":
        return ox.NamedNode(str(value))
    if param.type == "int":
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    return ox.Literal(str(value))


def _cell(term: object) -> Cell:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype in (_XSD + "integer", _XSD + "int", _XSD + "long"):
            return int(term.value)
        if datatype == _XSD + "boolean":
            return term.value == "true"
        if datatype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
            return float(term.value)
        return term.value
    return str(getattr(term, "value", term))


def run_named_sparql(store: RdfStore, q: NamedQuery, params: Mapping[str, str | int | None], *,
                     row_cap: int | None = None) -> tuple[list[str], list[list[Cell]]]:
    """Run the SPARQL side of ``q`` with bound ``params`` (from bind_params)."""
    by_name = {p.name: p for p in q.params}
    subs = {name: _term(by_name[name], value) for name, value in params.items() if value is not None}
    rows: list[list[Cell]] = []
    for row in store.select(q.sparql, substitutions=subs):
        if row_cap is not None and len(rows) >= row_cap:
            raise RowCapExceeded(f"the query returned more than {row_cap} rows", detail={"row_cap": row_cap})
        rows.append([_cell(row.get(c)) for c in q.columns])
    return list(q.columns), rows


def run_named_cypher(driver: neo4j.Driver, q: NamedQuery, params: Mapping[str, str | int | None],
                     settings: Settings) -> tuple[list[str], list[list[object]]]:
    """Run the Cypher side of ``q`` (read-only, with the timeout and row cap of ``settings``)."""
    from marsad.neo4j.cypher import run_cypher

    columns, rows = run_cypher(driver, q.cypher, dict(params), settings=settings)
    if tuple(columns) != q.columns:
        raise ConfigurationError(f"{q.name}.cypher returns {columns}, its header says {list(q.columns)}")
    return columns, rows
