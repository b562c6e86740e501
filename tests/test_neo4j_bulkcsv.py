"""The bulk importer's CSV files, offline: read back with an RFC 4180 reader they give the folded rows again
(Arabic text with quotes, commas and line breaks; typed columns; arrays), and the edge cases are explicit."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from marsad.core.errors import Neo4jImportFailed
from marsad.neo4j.batches import Folded
from marsad.neo4j.bulkcsv import CsvFiles, CsvGroup, write_csv

TRICKY = 'قال "الرئيس": نعم، ثم\nسطر ثان, وفاصلة; و\r\nنهاية'


def _read(group: CsvGroup) -> list[dict[str, str]]:
    with group.header.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    rows = []
    for path in group.data:
        with path.open(encoding="utf-8", newline="") as fh:
            rows += [dict(zip(header, row, strict=True)) for row in csv.reader(fh)]
    return rows


def _folded(*, source: str = "doc-a") -> Folded:
    nodes: list[dict[str, object]] = [
        {"iri": "urn:a", "labels": ["Person", "Agent"], "sources": [source, "doc-b"],
         "props": {"name_ar": TRICKY, "acting": True, "start": 3, "confidence": 0.1, "alt_names_ar": ["أ", "ب"]}},
        {"iri": "urn:b", "labels": [], "sources": ["doc-a"], "props": {"start": "غير معروف", "name_ar": ""}},
    ]
    rels: list[dict[str, object]] = [
        {"type": "HOLDS", "start": "urn:a", "end": "urn:b", "sources": ["doc-a"], "quotes": [TRICKY, "ب"],
         "quote_sources": ["doc-a", "doc-a"]},
        {"type": "PART_OF", "start": "urn:b", "end": "urn:a", "sources": ["doc-a"], "quotes": [],
         "quote_sources": []},
    ]
    return Folded(nodes=nodes, rels=rels)


def test_rows_read_back_with_their_types(tmp_path: Path) -> None:
    files = write_csv(_folded(), tmp_path)
    d = files.array_delimiter
    assert d == "\x1f" and files.nodes == 2 and files.relationships == 2
    node_groups = [g for g in files.groups if g.kind == "nodes"]
    assert len(node_groups) == 2  # `start` is a long in one node and a string in the other: never coerced
    by_iri = {row["iri:string"]: (g, row) for g in node_groups for row in _read(g)}
    assert sorted(row[":ID"] for _, row in by_iri.values()) == ["0", "1"]  # the folded order: the importer's IDs
    group, a = by_iri["urn:a"]
    assert a[":LABEL"].split(d) == ["Agent", "Person", "Resource"]
    assert a["sources:string[]"].split(d) == ["doc-a", "doc-b"]
    assert a["name_ar:string"] == TRICKY
    assert (a["acting:boolean"], a["start:long"], a["confidence:double"]) == ("true", "3", "0.1")
    assert a["alt_names_ar:string[]"].split(d) == ["أ", "ب"]
    assert group.multiline and group.multiline == group.data  # the row with line breaks is in a file of its own
    _, b = by_iri["urn:b"]
    assert b["start:string"] == "غير معروف" and b[":LABEL"] == "Resource"
    assert b["name_ar:string"] == ""
    text = "".join(p.read_text(encoding="utf-8") for g in node_groups for p in g.data)
    line_b = next(line for line in text.splitlines() if line.startswith('1,"urn:b"'))
    assert ',""' in line_b  # an empty string is quoted, which the importer keeps as "" (empty: no property)
    rels = [g for g in files.groups if g.kind == "relationships"]
    by_type = {row[":TYPE"]: row for row in _read(rels[0])}
    holds, part_of = by_type["HOLDS"], by_type["PART_OF"]
    assert (holds[":START_ID"], holds[":END_ID"], part_of[":START_ID"]) == (by_iri["urn:a"][1][":ID"], "1", "1")
    assert holds["quotes:string[]"].split(d) == [TRICKY, "ب"]
    assert part_of["quotes:string[]"] == "" and part_of["quote_sources:string[]"] == ""  # set after the import
    args = files.arguments()
    assert "--array-delimiter=U+001F" in args and "--id-type=actual" in args and "--multiline-fields-format=v2" in args
    assert sum(a.startswith("--nodes=") for a in args) == 2


def test_an_array_delimiter_no_value_contains(tmp_path: Path) -> None:
    files = write_csv(_folded(source="doc\x1fa"), tmp_path)
    assert files.array_delimiter == "\x1e"
    assert isinstance(files, CsvFiles) and len(list(tmp_path.glob("*.csv"))) == sum(
        1 + len(g.data) for g in files.groups)  # the first attempt's files are gone


def test_a_list_of_mixed_types_is_refused(tmp_path: Path) -> None:
    folded = Folded(nodes=[{"iri": "urn:x", "labels": [], "sources": ["d"], "props": {"alt": ["a", 1]}}], rels=[])
    with pytest.raises(Neo4jImportFailed, match="one type"):
        write_csv(folded, tmp_path)


def test_a_relationship_to_a_node_without_a_row_is_refused(tmp_path: Path) -> None:
    folded = _folded()
    folded.rels.append({"type": "HOLDS", "start": "urn:a", "end": "urn:c", "sources": ["d"], "quotes": [],
                        "quote_sources": []})
    with pytest.raises(Neo4jImportFailed, match="urn:c"):
        write_csv(folded, tmp_path)


def test_multi_line_rows_are_split_over_files_the_read_buffer_holds(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file of multi-line rows stays under MULTILINE_FILE_BYTES (a longer row gets a file alone), the rows
    read back whole and in order, and the importer's read buffer is asked for twice the largest file."""
    import marsad.neo4j.bulkcsv as bulkcsv

    monkeypatch.setattr(bulkcsv, "MULTILINE_FILE_BYTES", 1000)
    texts = [f"{i}\n" + "سطر\n" * (5 + 200 * (i == 7)) for i in range(40)]  # row 7 alone is over 1000 bytes
    folded = Folded(nodes=[{"iri": f"urn:{i}", "labels": [], "sources": ["d"], "props": {"text": t}}
                           for i, t in enumerate(texts)], rels=[])
    files = write_csv(folded, tmp_path)
    (group,) = [g for g in files.groups if g.kind == "nodes"]
    assert len(group.multiline) > 3 and group.multiline == group.data
    sizes = [p.stat().st_size for p in group.multiline]
    assert sum(size > 1000 for size in sizes) == 1 and group.largest_multiline == max(sizes)
    assert [row["text:string"] for row in _read(group)] == texts
    assert f"--read-buffer-size={max(8, -(-2 * max(sizes) // 2**20))}m" in files.arguments()
