"""The Neo4j loader: document graphs in, property graph out, batched, idempotent and per-document.

Every node and relationship carries ``sources`` (the ids of the documents that state it); a
relationship also carries ``quotes`` (the evidence quotes of its RDF subject), with ``quote_sources``
saying which document gave each quote. (Re)writing a document first takes its id out of everything
it supported before, deleting what no other document supports, then merges its rows; its Document
node gets ``loaded_hash`` last, so a load cut short is seen as stale and redone by the next run.
Statements are ``UNWIND $rows AS row MERGE …``, one transaction per batch; labels and relationship
types are spliced in only from the mapping's whitelist, values always travel as parameters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import neo4j
import rdflib
from neo4j.exceptions import DriverError, Neo4jError

from marsad.core.errors import Neo4jUnavailable
from marsad.core.settings import Settings
from marsad.neo4j import server
from marsad.neo4j.mapping import RESOURCE_LABEL, GraphMapping, load_mapping
from marsad.neo4j.rows import DocumentRows, document_rows, triples_from_rdflib, triples_from_store
from marsad.neo4j.schema import read_statements
from marsad.store import RdfStore

Step = tuple[str, Sequence[Mapping[str, object]]]  # a statement and its rows
_ADD_SOURCE = ("CASE WHEN row.source IN coalesce({v}.sources, []) THEN {v}.sources "
               "ELSE coalesce({v}.sources, []) + row.source END")


def node_statement(labels: Sequence[str]) -> str:
    extra = "".join(f":{label}" for label in labels)
    set_labels = f"SET n{extra} " if extra else ""
    return (f"UNWIND $rows AS row MERGE (n:{RESOURCE_LABEL} {{iri: row.iri}}) "
            "ON CREATE SET n.sources = [row.source] "
            f"ON MATCH SET n.sources = {_ADD_SOURCE.format(v='n')} "
            f"{set_labels}SET n += row.props")


def rel_statement(rel_type: str) -> str:
    return ("UNWIND $rows AS row "
            f"MATCH (a:{RESOURCE_LABEL} {{iri: row.start}}) MATCH (b:{RESOURCE_LABEL} {{iri: row.end}}) "
            f"MERGE (a)-[r:{rel_type}]->(b) "
            "ON CREATE SET r.sources = [row.source], r.quotes = row.quotes, "
            "r.quote_sources = [q IN row.quotes | row.source] "
            f"ON MATCH SET r.sources = {_ADD_SOURCE.format(v='r')}, "
            "r.quotes = [i IN range(0, size(coalesce(r.quotes, [])) - 1) WHERE r.quote_sources[i] <> row.source "
            "| r.quotes[i]] + row.quotes, "
            "r.quote_sources = [s IN coalesce(r.quote_sources, []) WHERE s <> row.source] "
            "+ [q IN row.quotes | row.source]")


_UNLINK_RELS = (
    f"UNWIND $rows AS row MATCH (n:{RESOURCE_LABEL} {{iri: row.iri}})-[r]->() WHERE row.source IN r.sources "
    "SET r.quotes = [i IN range(0, size(coalesce(r.quotes, [])) - 1) WHERE r.quote_sources[i] <> row.source "
    "| r.quotes[i]], r.quote_sources = [s IN coalesce(r.quote_sources, []) WHERE s <> row.source], "
    "r.sources = [s IN r.sources WHERE s <> row.source] "
    "WITH r WHERE size(r.sources) = 0 DELETE r")
_UNLINK_NODES = (
    f"UNWIND $rows AS row MATCH (n:{RESOURCE_LABEL} {{iri: row.iri}}) WHERE row.source IN n.sources "
    "SET n.sources = [s IN n.sources WHERE s <> row.source] "
    "WITH n WHERE size(n.sources) = 0 DETACH DELETE n")
_PREVIOUS = ("MATCH (d:Document) WHERE d.graph IN $graphs "
             "RETURN d.graph AS graph, d.iri AS doc, d.document_id AS source, d.node_iris AS iris, "
             "d.loaded_hash AS hash")
_INTENT = (f"UNWIND $rows AS row MERGE (d:{RESOURCE_LABEL} {{iri: row.iri}}) ON CREATE SET d.sources = [row.source] "
           "SET d:Document, d.graph = row.graph, d.document_id = row.source, d.node_iris = row.iris "
           "REMOVE d.loaded_hash")
_MARK_LOADED = (f"UNWIND $rows AS row MATCH (d:{RESOURCE_LABEL} {{iri: row.iri}}) "
                "SET d.node_iris = row.iris, d.loaded_hash = row.hash")


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Neo4jSink:
    """Writes document graphs to Neo4j. Use ``open_sink``; close it when done."""

    def __init__(self, driver: neo4j.Driver, *, settings: Settings, mapping: GraphMapping | None = None) -> None:
        self._driver = driver
        self._database = settings.neo4j_database
        self._batch = max(1, settings.neo4j_batch_size)
        self.mapping = mapping or load_mapping()
        self.ensure_schema()

    # -- plumbing --------------------------------------------------------------------------------

    def _read(self, statement: str, **params: object) -> list[dict[str, Any]]:
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            return [record.data() for record in tx.run(statement, params)]
        result: list[dict[str, Any]] = self._guarded(lambda session: session.execute_read(work))
        return result

    def _guarded(self, action: Callable[[neo4j.Session], Any]) -> Any:
        try:
            with self._driver.session(database=self._database) as session:
                return action(session)
        except (DriverError, OSError) as exc:
            raise Neo4jUnavailable(f"Neo4j went away during the load ({exc}); rerun to complete it") from exc
        except Neo4jError as exc:
            if exc.code and exc.code.startswith("Neo.TransientError"):
                raise Neo4jUnavailable(f"Neo4j could not complete the load ({exc.message}); rerun") from exc
            raise

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of schema.cypher (idempotent)."""
        statements = read_statements()

        def apply(session: neo4j.Session) -> None:
            for statement in statements:
                session.run(statement).consume()
        self._guarded(apply)

    # -- the API ingest uses ------------------------------------------------------------------------

    def stale(self, states: Mapping[str, str]) -> list[str]:
        """The graph IRIs of ``states`` (graph IRI → content hash) Neo4j lacks or holds at another hash."""
        wanted = {str(g): str(h) for g, h in states.items()}  # URIRef keys would never match str ones
        loaded: dict[str, str | None] = {}
        for chunk in _chunks(sorted(wanted), 5000):
            for row in self._read(_PREVIOUS, graphs=list(chunk)):
                loaded[row["graph"]] = row["hash"]
        return [g for g in sorted(wanted) if loaded.get(g) is None or loaded[g] != wanted[g]]

    def loaded_graphs(self) -> list[str]:
        """The graph IRIs of every document Neo4j holds."""
        return sorted(row["graph"] for row in self._read(
            "MATCH (d:Document) WHERE d.graph IS NOT NULL RETURN d.graph AS graph"))

    def write_graphs(self, graphs: Sequence[tuple[str, rdflib.Graph]]) -> int:
        """Replace the facts of these documents with their graphs; the number of rows written."""
        docs = [document_rows(self.mapping, str(iri), triples_from_rdflib(graph)) for iri, graph in graphs]
        return self.write_rows(docs)

    def write_from_store(self, store: RdfStore, graph_iris: Sequence[str],
                         *, progress: Callable[[int], None] | None = None) -> int:
        """Like write_graphs, reading each graph from the RDF store (in groups, to bound memory)."""
        written, group, size = 0, [], 0
        for iri in map(str, graph_iris):
            rows = document_rows(self.mapping, iri, triples_from_store(store.quads(iri)))
            group.append(rows)
            size += rows.size
            if size >= 10 * self._batch:
                written += self.write_rows(group)
                if progress:
                    progress(len(group))
                group, size = [], 0
        if group:
            written += self.write_rows(group)
            if progress:
                progress(len(group))
        return written

    def close(self) -> None:
        self._driver.close()

    # -- writing ---------------------------------------------------------------------------------

    def _run_steps(self, steps: Iterable[Step]) -> None:
        """Run (statement, rows) steps in order, packed into transactions of at most the batch size in rows."""
        pending: list[Step] = []
        size = 0
        for statement, rows in steps:
            i = 0
            while i < len(rows):
                part = rows[i:i + self._batch - size]
                pending.append((statement, part))
                size += len(part)
                i += len(part)
                if size >= self._batch:
                    self._commit(pending)
                    pending, size = [], 0
        if pending:
            self._commit(pending)

    def _commit(self, steps: Sequence[Step]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            for statement, rows in steps:
                tx.run(statement, rows=list(rows)).consume()
        self._guarded(lambda session: session.execute_write(work))

    def _unlink(self, supported: Sequence[tuple[str, Sequence[str]]], *, last: set[str] | None = None) -> list[Step]:
        """Steps taking each source out of the nodes and relationships of its IRIs (Document nodes last)."""
        rows = [{"source": source, "iri": iri} for source, iris in supported for iri in iris]
        rows.sort(key=lambda row: row["iri"] in (last or set()))
        return [(_UNLINK_RELS, rows), (_UNLINK_NODES, rows)] if rows else []

    def write_rows(self, docs: Sequence[DocumentRows]) -> int:
        """Write already-mapped documents: unlink what they supported before, merge, mark loaded."""
        if not docs:
            return 0
        previous = {row["graph"]: row for row in self._read(_PREVIOUS, graphs=[d.graph_iri for d in docs])}
        supported: list[tuple[str, list[str]]] = []
        intents: list[dict[str, Any]] = []
        for doc in docs:
            new_iris = sorted({node.iri for node in doc.nodes})
            old = previous.get(doc.graph_iri)
            if old is not None or doc.document_iri is None:  # loaded (maybe partly) before: take it out first
                iris = sorted(set(new_iris) | set((old or {}).get("iris") or []))
                supported.append((doc.source, iris))
                if old and old.get("source") and old["source"] != doc.source:
                    supported.append((old["source"], iris))
            if doc.document_iri is not None:
                intents.append({"iri": doc.document_iri, "graph": doc.graph_iri, "source": doc.source,
                                "iris": new_iris})
        steps = self._unlink(supported, last={row["iri"] for row in intents})
        # the Document node first, listing what the load will touch: a load cut short is undone next time
        steps.append((_INTENT, intents))
        by_labels: dict[tuple[str, ...], list[dict[str, object]]] = defaultdict(list)
        by_type: dict[str, list[dict[str, object]]] = defaultdict(list)
        for doc in docs:
            for node in doc.nodes:
                by_labels[node.labels].append({"iri": node.iri, "props": node.props, "source": doc.source})
            for rel in doc.rels:
                by_type[rel.type].append({"start": rel.start, "end": rel.end, "quotes": list(rel.quotes),
                                          "source": doc.source})
        allowed_labels, allowed_types = set(self.mapping.labels), set(self.mapping.relationship_types)
        for labels, rows in sorted(by_labels.items()):
            if not set(labels) <= allowed_labels:
                raise ValueError(f"labels outside the mapping: {labels}")
            steps.append((node_statement(labels), rows))
        for rel_type, rows in sorted(by_type.items()):
            if rel_type not in allowed_types:
                raise ValueError(f"relationship type outside the mapping: {rel_type}")
            steps.append((rel_statement(rel_type), rows))
        steps.append((_MARK_LOADED, [{"iri": d.document_iri, "iris": [n.iri for n in d.nodes],
                                      "hash": d.content_hash} for d in docs if d.document_iri]))
        self._run_steps(steps)
        return sum(len(doc.nodes) + len(doc.rels) for doc in docs)

    def remove_graphs(self, graph_iris: Sequence[str]) -> None:
        """Take these documents' support out of Neo4j (what others still support stays)."""
        previous = self._read(_PREVIOUS, graphs=[str(g) for g in graph_iris])
        self._run_steps(self._unlink([(row["source"], row["iris"] or []) for row in previous],
                                     last={str(row.get("doc")) for row in previous}))


def open_sink(settings: Settings, *, required: bool | None) -> Neo4jSink | None:
    """A sink writing to the configured or running Neo4j.

    ``required=False``: never a sink. ``None``: a sink when one is configured (MARSAD_NEO4J_URI) or
    the local server runs, else None. ``True``: a sink, or Neo4jUnavailable. A Neo4j that is
    configured or running but does not answer raises Neo4jUnavailable unless ``required`` is False.
    """
    if required is False:
        return None
    configured = bool(settings.neo4j_uri) or server.running_pid(settings) is not None
    if not configured and not required:
        return None
    return Neo4jSink(server.connect(settings), settings=settings)
