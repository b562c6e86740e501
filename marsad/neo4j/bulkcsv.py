"""Folded rows (``batches.fold``) as CSV files for the Neo4j bulk importer (`neo4j-admin database import full`).

Nodes are keyed by their IRI (``iri:ID``, which the importer also stores as the ``iri`` property); labels
go in ``:LABEL``; relationships name their ends by IRI (``:START_ID``, ``:END_ID``) and their type in
``:TYPE``. Every property column is typed (``name:string``, ``:long``, ``:double``, ``:boolean``, arrays
``:string[]``…) from the Python values the mapping gives, so integers and booleans stay typed as the sink
writes them. A property whose values have different types in different rows is split over groups
(one header each), so no value is coerced.

Strings are always quoted, with ``"`` doubled (RFC 4180; Arabic text needs nothing else). Array elements
are joined by a control character no element contains (the importer has no escape for its array
delimiter). Rows with a line break in a value go to files of their own that the importer is told may
hold multi-line fields (parsing those is slower). An empty string stays an empty string (quoted);
an empty array cannot be written: the importer leaves such a property out, and the caller sets it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, cast

from marsad.core.errors import Neo4jImportFailed
from marsad.neo4j.batches import Folded, Row
from marsad.neo4j.mapping import RESOURCE_LABEL

# control characters no text of the corpus has; the first one no array element contains is used
DELIMITERS = ("\x1f", "\x1e", "\x1d", "\x1c")
REL_COLUMNS = ("sources", "quotes", "quote_sources")
_SCALARS = {bool: "boolean", int: "long", float: "double", str: "string"}


class _DelimiterClash(Exception):
    pass


@dataclass
class CsvGroup:
    """One ``--nodes`` or ``--relationships`` argument: a header file and its data files."""

    kind: str  # "nodes" or "relationships"
    header: Path
    data: list[Path] = field(default_factory=list)
    multiline: list[Path] = field(default_factory=list)  # those of ``data`` that have line breaks in values
    rows: int = 0

    def argument(self) -> str:
        return f"--{self.kind}=" + ",".join(str(p) for p in (self.header, *self.data))


@dataclass(frozen=True)
class CsvFiles:
    groups: list[CsvGroup]
    array_delimiter: str
    nodes: int
    relationships: int

    def arguments(self) -> list[str]:
        """The importer's arguments for these files (no database name)."""
        multiline = [str(p) for g in self.groups for p in g.multiline]
        args = [g.argument() for g in self.groups]
        args.append(f"--array-delimiter=U+{ord(self.array_delimiter):04X}")
        if multiline:
            args += ["--multiline-fields-format=v2", "--multiline-fields=" + ",".join(multiline)]
        return args


def type_name(value: object, where: str) -> str:
    """The importer's type of a property value (``long``, ``string[]``…)."""
    if isinstance(value, list):
        kinds = {_SCALARS.get(type(v)) for v in value}
        if len(kinds) != 1 or None in kinds:
            raise Neo4jImportFailed(f"{where}: a list property needs values of one type, got {value!r}")
        return f"{kinds.pop()}[]"
    kind = _SCALARS.get(type(value))
    if kind is None:
        raise Neo4jImportFailed(f"{where}: no importer type for {type(value).__name__} value {value!r}")
    return kind


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _scalar(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    return str(value)


def _field(value: object, delimiter: str) -> str:
    if type(value) is str:
        return '"' + value.replace('"', '""') + '"'
    if type(value) is list:
        if not value:
            return ""  # the importer cannot write an empty array (the mapping makes none but quotes)
        try:
            joined = delimiter.join(value)  # lists of strings, the usual case
        except TypeError:
            joined = delimiter.join(map(_scalar, value))
        if joined.count(delimiter) != len(value) - 1:
            raise _DelimiterClash
        return '"' + joined.replace('"', '""') + '"'
    return _scalar(value)


class _Writer:
    """The data files of the groups of one kind, opened as rows come."""

    def __init__(self, folder: Path, kind: str) -> None:
        self.folder, self.kind = folder, kind
        self.groups: dict[object, CsvGroup] = {}
        self._files: dict[tuple[int, bool], TextIO] = {}

    def group(self, key: object, header: Sequence[str]) -> CsvGroup:
        if key not in self.groups:
            n = len(self.groups)
            path = self.folder / f"{self.kind}-{n}-header.csv"
            path.write_text(",".join(header) + "\n", encoding="utf-8")
            self.groups[key] = CsvGroup(kind=self.kind, header=path)
        return self.groups[key]

    def write(self, group: CsvGroup, line: str) -> None:
        multi = "\n" in line or "\r" in line
        fh = self._files.get((id(group), multi))
        if fh is None:
            stem = group.header.name.removesuffix("-header.csv")
            path = self.folder / f"{stem}{'-multiline' if multi else ''}.csv"
            fh = self._files[(id(group), multi)] = path.open("w", encoding="utf-8", newline="")
            group.data.append(path)
            if multi:
                group.multiline.append(path)
        fh.write(line + "\n")
        group.rows += 1

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()


def _node_columns(nodes: Sequence[Row]) -> tuple[list[dict[str, str]], set[str]]:
    """Each node's property types, and the property names typed differently in different nodes."""
    typed: list[dict[str, str]] = []
    seen: dict[str, set[str]] = defaultdict(set)
    for row in nodes:
        props = row["props"]
        assert isinstance(props, dict)
        types = {name: type_name(value, f"{row['iri']} {name}") for name, value in props.items()}
        for name, kind in types.items():
            seen[name].add(kind)
        typed.append(types)
    return typed, {name for name, kinds in seen.items() if len(kinds) > 1}


def _write(folded: Folded, folder: Path, delimiter: str) -> CsvFiles:
    typed, mixed = _node_columns(folded.nodes)
    keys = [tuple(sorted((n, t) for n, t in types.items() if n in mixed)) for types in typed]
    columns: dict[object, dict[str, str]] = defaultdict(dict)
    for key, types in zip(keys, typed, strict=True):
        columns[key].update(types)
    nodes = _Writer(folder, "nodes")
    rels = _Writer(folder, "relationships")
    try:
        for row, key in zip(folded.nodes, keys, strict=True):
            names = sorted(columns[key])
            group = nodes.group(key, ["iri:ID", ":LABEL", "sources:string[]",
                                      *(f"{n}:{columns[key][n]}" for n in names)])
            props = row["props"]
            assert isinstance(props, dict)
            labels = sorted({RESOURCE_LABEL, *cast(list[str], row["labels"])})
            cells = [_quoted(str(row["iri"])), _field(labels, delimiter), _field(row["sources"], delimiter)]
            cells += [_field(props[n], delimiter) if n in props else "" for n in names]
            nodes.write(group, ",".join(cells))
        header = [":START_ID", ":END_ID", ":TYPE", *(f"{n}:string[]" for n in REL_COLUMNS)]
        group = rels.group("relationships", header)
        for row in folded.rels:
            cells = [_quoted(str(row["start"])), _quoted(str(row["end"])), _quoted(str(row["type"]))]
            cells += [_field(row[n], delimiter) if row[n] else "" for n in REL_COLUMNS]
            rels.write(group, ",".join(cells))
    finally:
        nodes.close()
        rels.close()
    return CsvFiles(groups=[*nodes.groups.values(), *rels.groups.values()], array_delimiter=delimiter,
                    nodes=len(folded.nodes), relationships=len(folded.rels))


def write_csv(folded: Folded, folder: Path) -> CsvFiles:
    """Write the folded rows as importer CSV files under ``folder`` (created; files in it replaced)."""
    folder.mkdir(parents=True, exist_ok=True)
    for delimiter in DELIMITERS:
        for old in folder.glob("*.csv"):
            old.unlink()
        try:
            return _write(folded, folder, delimiter)
        except _DelimiterClash:
            continue
    raise Neo4jImportFailed("every candidate array delimiter occurs in some list value: the importer cannot "
                        "split those lists; load with `marsad neo4j sync` instead")
