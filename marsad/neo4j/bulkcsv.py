"""Folded rows (``batches.fold``) as CSV files for the Neo4j bulk importer (`neo4j-admin database import full`).

Each node gets the node ID the importer gives it (``--id-type=actual``): its position among the folded
nodes, in the ``:ID`` column, with the IRI in an ``iri`` string property; relationships name their ends by
those numbers (``:START_ID``, ``:END_ID``), so the importer maps no string IDs and the relationship files
are less than half as large (two IRIs were most of each line). Labels go in ``:LABEL``, the type in
``:TYPE``. Every property column is typed (``name:string``, ``:long``, ``:double``, ``:boolean``, arrays
``:string[]``…) from the Python values the mapping gives, so integers and booleans stay typed as the sink
writes them. A property whose values have different types in different rows is split over groups
(one header each), so no value is coerced.

Strings are always quoted, with ``"`` doubled (RFC 4180; Arabic text needs nothing else). Array elements
are joined by a control character no element contains (the importer has no escape for its array
delimiter). Rows with a line break in a value go to files of their own that the importer is told may
hold multi-line fields (parsing those is slower), each at most ``MULTILINE_FILE_BYTES``, and the importer's read
buffer is made larger than the largest of them: it reads such a file in one buffer, and one larger than its
buffer (8 MiB by default) failed on the 31,670-article store with "Missing end for quote" at the buffer's end
(114 MB of multi-line rows in one file). An empty string stays an empty string (quoted);
an empty array cannot be written: the importer leaves such a property out, and the caller sets it.

Rows are written with little Python each: column types are worked out once per distinct shape of the
properties (names and value types), not per node; a node's line has a cell only for the properties it
has; lines are joined and written in blocks.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, cast

from marsad.core.errors import Neo4jImportFailed
from marsad.neo4j.batches import Folded, Row
from marsad.neo4j.mapping import RESOURCE_LABEL

# control characters no text of the corpus has; the first one no array element contains is used
DELIMITERS = ("\x1f", "\x1e", "\x1d", "\x1c")
REL_COLUMNS = ("sources", "quotes", "quote_sources")
ID_TYPE = "actual"  # the importer's --id-type: node IDs are the numbers of the ID column
_SCALARS = {bool: "boolean", int: "long", float: "double", str: "string"}
_BLOCK = 20_000  # lines joined and written at a time
MULTILINE_FILE_BYTES = 4 * 2**20  # most bytes in one file of multi-line rows (a longer row gets a file alone)
_MIN_READ_BUFFER_MIB = 8  # the importer's default read buffer


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
    largest_multiline: int = 0  # bytes of the largest file of ``multiline``

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
        args += [f"--array-delimiter=U+{ord(self.array_delimiter):04X}", f"--id-type={ID_TYPE}"]
        if multiline:
            largest = max(g.largest_multiline for g in self.groups)
            buffer_mib = max(_MIN_READ_BUFFER_MIB, -(-2 * largest // 2**20))  # twice the largest file, rounded up
            args += ["--multiline-fields-format=v2", "--multiline-fields=" + ",".join(multiline),
                     f"--read-buffer-size={buffer_mib}m"]
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


def _array(values: Sequence[object], delimiter: str) -> str:
    """A quoted array cell ('' for an empty array, which the importer cannot write)."""
    if not values:
        return ""
    try:
        joined = delimiter.join(cast(Sequence[str], values))  # lists of strings, the usual case
    except TypeError:
        joined = delimiter.join(map(_scalar, values))
    if joined.count(delimiter) != len(values) - 1:
        raise _DelimiterClash
    return '"' + joined.replace('"', '""') + '"'


def _field(value: object, delimiter: str) -> str:
    if type(value) is str:
        return '"' + value.replace('"', '""') + '"'
    if type(value) is list:
        return _array(value, delimiter)
    return _scalar(value)


class _Out:
    """The data files of one group: plain lines in one file, and lines with line breaks in values in files of
    their own of at most ``MULTILINE_FILE_BYTES`` each. The writers append to ``lines`` or ``multi`` and flush
    when ``lines`` has ``_BLOCK`` (no call per row)."""

    def __init__(self, group: CsvGroup) -> None:
        self.group = group
        self.lines: list[str] = []
        self.multi: list[str] = []
        self._plain: TextIO | None = None
        self._multi: TextIO | None = None
        self._multi_bytes = 0  # written to the current multi-line file

    def _open(self, suffix: str) -> TextIO:
        stem = self.group.header.name.removesuffix("-header.csv")
        path = self.group.header.with_name(f"{stem}{suffix}.csv")
        self.group.data.append(path)
        return path.open("w", encoding="utf-8", newline="")

    def flush(self) -> None:
        if self.lines:
            if self._plain is None:
                self._plain = self._open("")
            self._plain.write("\n".join(self.lines) + "\n")
            self.group.rows += len(self.lines)
            self.lines.clear()
        for line in self.multi:
            size = len(line.encode("utf-8")) + 1
            if self._multi is None or self._multi_bytes + size > MULTILINE_FILE_BYTES:
                if self._multi is not None:
                    self._multi.close()
                self._multi = self._open(f"-multiline-{len(self.group.multiline)}")
                self.group.multiline.append(self.group.data[-1])
                self._multi_bytes = 0
            self._multi.write(line + "\n")
            self._multi_bytes += size
            self.group.largest_multiline = max(self.group.largest_multiline, self._multi_bytes)
        self.group.rows += len(self.multi)
        self.multi.clear()

    def close(self) -> None:
        self.flush()
        for fh in (self._plain, self._multi):
            if fh is not None:
                fh.close()


class _Groups:
    """The groups of one kind, each with its header file, opened as rows come."""

    def __init__(self, folder: Path, kind: str) -> None:
        self.folder, self.kind = folder, kind
        self.outs: dict[object, _Out] = {}

    def out(self, key: object, header: Sequence[str]) -> _Out:
        out = self.outs.get(key)
        if out is None:
            path = self.folder / f"{self.kind}-{len(self.outs)}-header.csv"
            path.write_text(",".join(header) + "\n", encoding="utf-8")
            out = self.outs[key] = _Out(CsvGroup(kind=self.kind, header=path))
        return out

    @property
    def groups(self) -> list[CsvGroup]:
        return [out.group for out in self.outs.values()]

    def close(self) -> None:
        for out in self.outs.values():
            out.close()


Shape = tuple[object, ...]
Typed = tuple[tuple[str, str], ...]  # (property name, importer type) in the node's order


def _shape(props: dict[str, object]) -> Shape:
    """What a node's column types depend on: its property names and value types (and list element types)."""
    types = tuple(map(type, props.values()))
    if list not in types:
        return (tuple(props), types)
    return (tuple(props), types, tuple(frozenset(map(type, v)) for v in props.values() if type(v) is list))


def _node_shapes(nodes: Sequence[Row]) -> tuple[list[Typed], list[int]]:
    """The distinct typed shapes of the nodes' properties, and each node's shape (an index)."""
    index: dict[Shape, int] = {}
    typed: list[Typed] = []
    of_node: list[int] = []
    for row in nodes:
        props = cast(dict[str, object], row["props"])
        shape = _shape(props)
        i = index.get(shape)
        if i is None:
            i = index[shape] = len(typed)
            typed.append(tuple((name, type_name(value, f"{row['iri']} {name}")) for name, value in props.items()))
        of_node.append(i)
    return typed, of_node


def _node_groups(typed: list[Typed]) -> tuple[list[Typed], list[dict[str, str]]]:
    """For each shape its group key (the shape's properties whose type differs between nodes), and each
    group's columns (name: type) by key order of first appearance."""
    seen: dict[str, set[str]] = defaultdict(set)
    for shape in typed:
        for name, kind in shape:
            seen[name].add(kind)
    mixed = {name for name, kinds in seen.items() if len(kinds) > 1}
    keys = [tuple(sorted(p for p in shape if p[0] in mixed)) for shape in typed]
    columns: dict[Typed, dict[str, str]] = {}
    for key, shape in zip(keys, typed, strict=True):
        columns.setdefault(key, {}).update(shape)
    return keys, [columns[key] for key in keys]


def _write_nodes(nodes: Sequence[Row], groups: _Groups, d: str) -> dict[str, str]:
    """Write the node rows; their IDs (as written) by IRI."""
    typed, of_node = _node_shapes(nodes)
    keys, columns = _node_groups(typed)
    outs: list[_Out] = []
    positions: list[dict[str, int]] = []
    for key, cols in zip(keys, columns, strict=True):
        names = sorted(cols)
        outs.append(groups.out(key, [":ID", "iri:string", ":LABEL", "sources:string[]",
                                     *(f"{n}:{cols[n]}" for n in names)]))
        positions.append({n: i for i, n in enumerate(names, start=4)})
    label_cells: dict[tuple[str, ...], str] = {}
    ids: dict[str, str] = {}
    rows = cast(Sequence[dict[str, Any]], nodes)  # one cast: typing.cast is a call, too dear per value
    for number, (row, shape) in enumerate(zip(rows, of_node, strict=True)):
        iri = row["iri"]
        ids[iri] = node_id = str(number)
        labels = tuple(row["labels"])
        label_cell = label_cells.get(labels)
        if label_cell is None:
            label_cell = label_cells[labels] = _array(sorted({RESOURCE_LABEL, *labels}), d)
        pos = positions[shape]
        cells = [""] * (4 + len(pos))
        cells[0], cells[1], cells[2] = node_id, '"' + iri.replace('"', '""') + '"', label_cell
        sources = row["sources"]
        joined = d.join(sources)
        cells[3] = ('"' + joined.replace('"', '""') + '"' if joined.count(d) + 1 == len(sources)
                    else _array(sources, d))  # an empty list, or a clash (raised)
        for name, value in row["props"].items():
            kind = type(value)
            if kind is str:
                cells[pos[name]] = '"' + value.replace('"', '""') + '"'
            elif kind is int:
                cells[pos[name]] = str(value)
            else:
                cells[pos[name]] = _field(value, d)
        line = ",".join(cells)
        out = outs[shape]
        (out.multi if "\n" in line or "\r" in line else out.lines).append(line)
        if len(out.lines) >= _BLOCK:
            out.flush()
    if len(ids) != len(nodes):
        raise Neo4jImportFailed("two node rows have the same IRI: the rows were not folded")
    return ids


def _write_rels(rels: Sequence[Row], ids: dict[str, str], groups: _Groups, d: str) -> None:
    out = groups.out("relationships", [":START_ID", ":END_ID", ":TYPE", *(f"{n}:string[]" for n in REL_COLUMNS)])
    types: dict[str, str] = {}
    try:
        for row in cast(Sequence[dict[str, Any]], rels):
            rel_type = row["type"]
            type_cell = types.get(rel_type)
            if type_cell is None:
                type_cell = types[rel_type] = '"' + rel_type.replace('"', '""') + '"'
            sources, quotes, quote_sources = row["sources"], row["quotes"], row["quote_sources"]
            joined = d.join(sources)
            source_cell = ('"' + joined.replace('"', '""') + '"' if joined.count(d) + 1 == len(sources)
                           else _array(sources, d))
            if quotes:
                joined, by = d.join(quotes), d.join(quote_sources)
                if joined.count(d) + 1 == len(quotes) and by.count(d) + 1 == len(quote_sources):
                    tail = '"' + joined.replace('"', '""') + '","' + by.replace('"', '""') + '"'
                else:  # no quote sources, or a clash (raised)
                    tail = f"{_array(quotes, d)},{_array(quote_sources, d)}"
            else:
                tail = f",{_array(quote_sources, d)}"
            line = f"{ids[row['start']]},{ids[row['end']]},{type_cell},{source_cell},{tail}"
            (out.multi if "\n" in line or "\r" in line else out.lines).append(line)
            if len(out.lines) >= _BLOCK:
                out.flush()
    except KeyError as missing:
        raise Neo4jImportFailed(f"a relationship names a node that no row has: {missing}") from None


def _write(folded: Folded, folder: Path, delimiter: str) -> CsvFiles:
    nodes = _Groups(folder, "nodes")
    rels = _Groups(folder, "relationships")
    try:
        ids = _write_nodes(folded.nodes, nodes, delimiter)
        _write_rels(folded.rels, ids, rels, delimiter)
    finally:
        nodes.close()
        rels.close()
    return CsvFiles(groups=[*nodes.groups, *rels.groups], array_delimiter=delimiter,
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
