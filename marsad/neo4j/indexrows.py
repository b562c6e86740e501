"""Document rows read from the API's index (``marsad.readmodel``) instead of the RDF store, for a first full
load (`marsad neo4j import`).

Ingest writes every document graph to the RDF store and to the index in the same step, and the index keeps
each graph's triples (tables ``doc``, ``dt``, ``t``). Reading them there, document by document, costs
about 0.8 CPU ms a document, mapping included; reading a graph from Oxigraph costs about 2.4 ms (its quads
come term by term from the store's dictionary). The RDF store stays the source of truth: only a graph whose
state in the index (content hash and extractor version, ``readmodel.writer.state_of``) equals the store's is
read from the index; every other one (an index behind the store, a hand-written graph) is read from the
store by the caller. ``tests/test_neo4j_index_rows.py`` checks that both give the same rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path

from marsad.core import vocab
from marsad.neo4j.mapping import GraphMapping
from marsad.neo4j.rows import DocumentRows, Lit, Object, Triple, document_rows
from marsad.readmodel.schema import VERSION, connect
from marsad.readmodel.terms import BLANK, BOOLEAN, DATE, INTEGER, IRI, TEXT, expand
from marsad.readmodel.writer import Triple as IndexTriple
from marsad.store import RdfStore

_XSD = "http://www.w3.org/2001/XMLSchema#"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_DATATYPES = {TEXT: _XSD + "string", INTEGER: _XSD + "integer", BOOLEAN: _XSD + "boolean", DATE: _XSD + "date"}
# the index folds xsd:int, xsd:long and xsd:integer into one kind; a row holds the number, the same for all


def store_states(store: RdfStore) -> dict[str, str]:
    """Graph IRI -> "content hash|extractor version" of every document graph of the store that has a content
    hash, in the index's form (the least of each when a graph states several)."""
    hashes: dict[str, str] = {}
    for row in store.select(f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?d <{vocab.MRS.contentHash}> ?h }} }}"):
        graph, value = row["g"].value, row["h"].value
        hashes[graph] = min(hashes.get(graph, value), value)
    versions: dict[str, str] = {}
    for row in store.select(f"SELECT DISTINCT ?g ?v WHERE {{ GRAPH ?g {{ ?e <{vocab.MRS.extractorVersion}> ?v }} }}"):
        graph, value = row["g"].value, row["v"].value
        versions[graph] = min(versions.get(graph, value), value)
    return {graph: f"{value}|{versions.get(graph, '')}" for graph, value in hashes.items()}


def _object(value: str, kind: str) -> Object | None:
    if kind == IRI:
        return expand(value)
    if kind == BLANK:
        return None  # as triples_from_store: blank nodes are left out
    if kind[:1] == "@":
        return Lit(value, _LANG_STRING, kind[1:])
    if kind[:1] == "^":
        return Lit(value, expand(kind[1:]), "")
    return Lit(value, _DATATYPES.get(kind, _XSD + "string"), "")


def index_rows(index_path: Path, states: Mapping[str, str], mapping: GraphMapping, *,
               advance: Callable[[int], None] = lambda _: None) -> dict[str, DocumentRows]:
    """The rows of every graph whose state in the index at ``index_path`` is its state in ``states``, by graph
    IRI; empty when there is no index or one made by another version of Marsad."""
    found: dict[str, DocumentRows] = {}
    for rows in iter_index_rows(index_path, states, mapping):
        found[rows.graph_iri] = rows
        advance(1)
    return found


def iter_index_rows(index_path: Path, states: Mapping[str, str], mapping: GraphMapping, *,
                    graphs: Collection[str] | None = None) -> Iterator[DocumentRows]:
    """``index_rows`` one document at a time, in the index's document order (only ``graphs`` when given)."""
    if not index_path.exists():
        return
    conn = connect(index_path, write=False)
    try:
        version = conn.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
        if version is None or version[0] != VERSION:
            return
        only = None if graphs is None else set(graphs)
        wanted = {doc: graph for doc, graph, state in conn.execute("SELECT id, graph, state FROM doc")
                  if states.get(graph) == state and (only is None or graph in only)}
        if wanted:
            yield from _read(conn, wanted, mapping)
    except sqlite3.Error:
        return  # an index that cannot be read: the store has it all
    finally:
        conn.close()


def rows_of(mapping: GraphMapping, graph_iri: str, triples: Iterable[IndexTriple]) -> DocumentRows:
    """The rows of one graph given as the index's triples (``readmodel.writer.parse_ntriples`` of its
    N-Triples: what ingest has in hand for each document it stores)."""
    return document_rows(mapping, graph_iri, _triples(triples))


def _triples(triples: Iterable[IndexTriple]) -> Iterator[Triple]:
    for s, p, o, k in triples:
        if s.startswith("_:"):
            continue
        obj = _object(o, k)
        if obj is not None:
            yield expand(s), expand(p), obj


def _read(conn: sqlite3.Connection, wanted: Mapping[int, str], mapping: GraphMapping) -> Iterator[DocumentRows]:
    # one primary-key range of dt per document (dt's key is (doc, tid)): for every document of the scale store
    # it costs what one scan in document order did (side by side), and a few documents of a large index cost a
    # few lookups, not a scan of it
    for doc, graph in sorted(wanted.items()):
        yield rows_of(mapping, graph, conn.execute(_TRIPLES_OF_DOC, (doc,)).fetchall())


_TRIPLES_OF_DOC = "SELECT t.s, t.p, t.o, t.k FROM dt JOIN t ON t.id = dt.tid WHERE dt.doc = ?"
