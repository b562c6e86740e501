"""The loader's Cypher: a few fixed ``UNWIND $rows AS row …`` statements; every value is a parameter.

Rows are those of ``batches.fold``: one per node or relationship, listing all its sources. Labels and
relationship types travel as parameters too (``:$(row.labels)``, ``[:$(row.type)]``, Neo4j 5.26), after
``checked`` has found them in the mapping: the loader then has four write statements, not one per label
set and type (57 on the corpus), and a freshly started server plans four. A node or relationship that
does not exist yet is written with CREATE (nothing to look up); one that may exist with MERGE, adding
its sources to those it has. Nodes are looked up through ``Resource.iri`` (unique); the node statements
return each node's element id, and the relationship statements find their ends by those ids (a seek by
id, not a locking unique-index seek per end).
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.neo4j.mapping import RESOURCE_LABEL, GraphMapping

_R = RESOURCE_LABEL
_ENDS = "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b "
_IDS = " RETURN row.iri AS iri, elementId(n) AS id"


def _union(var: str) -> str:
    """``var.sources`` plus the row's sources it lacks."""
    return f"coalesce({var}.sources, []) + [s IN row.sources WHERE NOT s IN coalesce({var}.sources, [])]"


def checked(mapping: GraphMapping, *, labels: Iterable[str], rel_types: Iterable[str]) -> None:
    """Refuse labels or relationship types the mapping does not have (no other name reaches Neo4j)."""
    if extra := set(labels) - set(mapping.labels):
        raise ValueError(f"labels outside the mapping: {sorted(extra)}")
    if extra := set(rel_types) - set(mapping.relationship_types):
        raise ValueError(f"relationship types outside the mapping: {sorted(extra)}")


CREATE_NODES = (f"UNWIND $rows AS row CREATE (n:{_R}:$(row.labels) {{iri: row.iri, sources: row.sources}}) "
                "SET n += row.props" + _IDS)
MERGE_NODES = (f"UNWIND $rows AS row MERGE (n:{_R} {{iri: row.iri}}) "
               f"SET n:$(row.labels), n.sources = {_union('n')} SET n += row.props" + _IDS)
CREATE_RELS = (_ENDS + "CREATE (a)-[:$(row.type) "
               "{sources: row.sources, quotes: row.quotes, quote_sources: row.quote_sources}]->(b)")
MERGE_RELS = (_ENDS + "MERGE (a)-[r:$(row.type)]->(b) "
              "ON CREATE SET r.sources = row.sources, r.quotes = row.quotes, r.quote_sources = row.quote_sources "
              "ON MATCH SET r.quotes = [i IN range(0, size(coalesce(r.quotes, [])) - 1) "
              "WHERE NOT r.quote_sources[i] IN row.sources | r.quotes[i]] + row.quotes, "
              "r.quote_sources = [s IN coalesce(r.quote_sources, []) WHERE NOT s IN row.sources] + row.quote_sources, "
              f"r.sources = {_union('r')}")


ANY_NODE = f"MATCH (n:{_R}) RETURN n.iri AS iri LIMIT 1"
EXISTING = f"UNWIND $iris AS iri MATCH (n:{_R} {{iri: iri}}) RETURN n.iri AS iri, elementId(n) AS id"
PREVIOUS = ("MATCH (d:Document) WHERE d.graph IN $graphs "
            "RETURN d.graph AS graph, d.iri AS doc, d.document_id AS source, d.node_iris AS iris, "
            "d.loaded_hash AS hash")
# the Document node first, listing what the load will touch: a load cut short is undone next time
INTENT = (f"UNWIND $rows AS row MERGE (d:{_R} {{iri: row.iri}}) ON CREATE SET d.sources = [row.source] "
          "SET d:Document, d.graph = row.graph, d.document_id = row.source, d.node_iris = row.iris "
          "REMOVE d.loaded_hash")
MARK_LOADED = f"UNWIND $rows AS row MATCH (d:{_R} {{iri: row.iri}}) SET d.loaded_hash = row.hash"
UNLINK_RELS = (
    f"UNWIND $rows AS row MATCH (n:{_R} {{iri: row.iri}})-[r]->() WHERE row.source IN r.sources "
    "SET r.quotes = [i IN range(0, size(coalesce(r.quotes, [])) - 1) WHERE r.quote_sources[i] <> row.source "
    "| r.quotes[i]], r.quote_sources = [s IN coalesce(r.quote_sources, []) WHERE s <> row.source], "
    "r.sources = [s IN r.sources WHERE s <> row.source] "
    "WITH r WHERE size(r.sources) = 0 DELETE r")
UNLINK_NODES = (
    f"UNWIND $rows AS row MATCH (n:{_R} {{iri: row.iri}}) WHERE row.source IN n.sources "
    "SET n.sources = [s IN n.sources WHERE s <> row.source] "
    "WITH n WHERE size(n.sources) = 0 DETACH DELETE n")
# after a bulk import (which cannot write an empty array): relationships without quotes get them empty, as here
EMPTY_QUOTES = ("MATCH ()-[r]->() WHERE r.quotes IS NULL "
                "CALL (r) { SET r.quotes = [], r.quote_sources = [] } IN TRANSACTIONS OF 10000 ROWS")
