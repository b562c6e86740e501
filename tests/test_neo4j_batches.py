"""Folding many documents' rows to one row per node and relationship (offline)."""

from __future__ import annotations

import pytest

from marsad.neo4j.batches import fold, split
from marsad.neo4j.mapping import load_mapping
from marsad.neo4j.rows import DocumentRows, NodeRow, RelRow, document_rows, triples_from_rdflib
from marsad.neo4j.samples import region_documents
from marsad.neo4j.statements import checked


def _doc(source: str, nodes: list[NodeRow], rels: list[RelRow]) -> DocumentRows:
    return DocumentRows(graph_iri=f"g:{source}", source=source, content_hash="h", document_iri=None,
                        nodes=tuple(nodes), rels=tuple(rels))


def test_shared_node_is_one_row_with_every_source_and_the_last_value() -> None:
    a = _doc("doc-a", [NodeRow("x:p", ("Person",), {"name_ar": "أ", "date": "2024"})],
             [RelRow("HOLDS", "x:p", "x:post", ("أ",))])
    b = _doc("doc-b", [NodeRow("x:p", ("Agent", "Person"), {"name_ar": "ب"})],
             [RelRow("HOLDS", "x:p", "x:post", ("ب", "ج"))])
    folded = fold([a, b])
    assert folded.nodes == [{"iri": "x:p", "labels": ["Agent", "Person"], "sources": ["doc-a", "doc-b"],
                             "props": {"name_ar": "ب", "date": "2024"}}]
    assert folded.rels == [{"type": "HOLDS", "start": "x:p", "end": "x:post", "sources": ["doc-a", "doc-b"],
                            "quotes": ["أ", "ب", "ج"], "quote_sources": ["doc-a", "doc-b", "doc-b"]}]


def test_same_document_twice_keeps_its_last_quotes() -> None:
    first = _doc("doc-a", [], [RelRow("HOLDS", "x:p", "x:post", ("old",))])
    again = _doc("doc-a", [], [RelRow("HOLDS", "x:p", "x:post", ("new",))])
    (rel,) = fold([first, again]).rels
    assert rel["sources"] == ["doc-a"] and rel["quotes"] == ["new"] and rel["quote_sources"] == ["doc-a"]


def test_region_documents_fold_to_fewer_rows_and_known_names() -> None:
    mapping = load_mapping()
    docs = [document_rows(mapping, iri, triples_from_rdflib(g)) for iri, g in region_documents()]
    folded = fold(docs)
    assert len(folded.nodes) == len({n.iri for d in docs for n in d.nodes}) < sum(len(d.nodes) for d in docs)
    assert len(folded.rels) == len({(r.type, r.start, r.end) for d in docs for r in d.rels})
    checked(mapping, labels=folded.labels, rel_types=folded.rel_types)  # raises on a name outside the mapping


def test_names_outside_the_mapping_are_refused() -> None:
    mapping = load_mapping()
    with pytest.raises(ValueError, match="labels outside"):
        checked(mapping, labels=["Person", "Person`) DETACH DELETE (m"], rel_types=[])
    with pytest.raises(ValueError, match="relationship types outside"):
        checked(mapping, labels=[], rel_types=["HOLDS", "NOT_A_TYPE"])


def test_split_by_new_iris() -> None:
    rows: list[dict[str, object]] = [{"start": "a", "end": "b"}, {"start": "c", "end": "a"}, {"start": "c", "end": "d"}]
    fresh, known = split(rows, {"b"}, "start", "end")
    assert fresh == [rows[0]] and known == rows[1:]
