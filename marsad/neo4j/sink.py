"""The Neo4j loader: document graphs in, property graph out, batched, idempotent and per-document.

Every node and relationship carries ``sources`` (the ids of the documents that state it); a
relationship also carries ``quotes`` (the evidence quotes of its RDF subject), with ``quote_sources``
saying which document gave each quote. (Re)writing documents first takes their ids out of everything
they supported before, deleting what no other document supports; then their rows, folded to one per
node and relationship (``batches.fold``), are written: nodes first, then relationships, each phase in
transactions of at most MARSAD_NEO4J_BATCH_SIZE rows that MARSAD_NEO4J_WRITERS sessions run side by
side (the rows of two transactions never name the same node). What Neo4j does not hold yet is written
with CREATE, the rest with MERGE (``statements``). The node statements return each node's element id;
relationships name their ends by those ids. Each Document node gets ``loaded_hash`` last, so a load cut
short is seen as stale and redone by the next run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import neo4j
import rdflib
from neo4j.exceptions import ConstraintError, DriverError, Neo4jError

from marsad.core.errors import Neo4jUnavailable
from marsad.core.settings import Settings
from marsad.neo4j import server, statements
from marsad.neo4j.batches import Folded, fold, split
from marsad.neo4j.indexrows import iter_index_rows, rows_of
from marsad.neo4j.mapping import GraphMapping, load_mapping
from marsad.neo4j.rows import DocumentRows, document_rows, triples_from_rdflib, triples_from_store
from marsad.neo4j.schema import obsolete_constraints, read_statements
from marsad.readmodel.writer import Triple as IndexTriple
from marsad.store import RdfStore

Step = tuple[str, Sequence[Mapping[str, object]]]  # a statement and its rows
Ids = dict[str, str]  # node IRI → Neo4j element id
_PROBE_CHUNK = 10_000


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Neo4jSink:
    """Writes document graphs to Neo4j. Use ``open_sink``; close it when done."""

    def __init__(self, driver: neo4j.Driver, *, settings: Settings, mapping: GraphMapping | None = None) -> None:
        self._driver = driver
        self._database = settings.neo4j_database
        self._batch = max(1, settings.neo4j_batch_size)
        self._writers = max(1, settings.neo4j_writers)
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
        """Create the constraints and indexes of schema.cypher (idempotent); drop the obsolete ones."""
        statements = read_statements()
        obsolete = obsolete_constraints(self.mapping)

        def apply(session: neo4j.Session) -> None:
            for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
                if record["name"] in obsolete:
                    session.run(f"DROP CONSTRAINT {record['name']} IF EXISTS").consume()
            for statement in statements:
                session.run(statement).consume()
        self._guarded(apply)

    # -- the API ingest uses ------------------------------------------------------------------------

    def stale(self, states: Mapping[str, str]) -> list[str]:
        """The graph IRIs of ``states`` (graph IRI → content hash) Neo4j lacks or holds at another hash."""
        wanted = {str(g): str(h) for g, h in states.items()}  # URIRef keys would never match str ones
        loaded: dict[str, str | None] = {}
        for chunk in _chunks(sorted(wanted), 5000):
            for row in self._read(statements.PREVIOUS, graphs=list(chunk)):
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
                         *, progress: Callable[[int], None] | None = None,
                         index: tuple[Path, Mapping[str, str]] | None = None,
                         parsed: Mapping[str, list[IndexTriple]] | None = None) -> int:
        """Like write_graphs, reading each graph from the RDF store (in groups, to bound memory).

        With ``index`` (the API's index and the store's states, ``indexrows.store_states``), the graphs the
        index holds in the store's state are read there first (``indexrows``: about 2.5 times less CPU), the
        others from the store. ``parsed`` may give graphs' triples in the index's form already (the very
        triples just stored: ingest has them in hand), which are then not read at all."""
        written, group, size = 0, [], 0
        for rows in self._rows(store, graph_iris, index, parsed or {}):
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

    def _rows(self, store: RdfStore, graph_iris: Sequence[str], index: tuple[Path, Mapping[str, str]] | None,
              parsed: Mapping[str, list[IndexTriple]]) -> Iterator[DocumentRows]:
        done: set[str] = set()
        if index is not None:
            for rows in iter_index_rows(index[0], index[1], self.mapping, graphs=set(map(str, graph_iris))):
                done.add(rows.graph_iri)
                yield rows
        for iri in map(str, graph_iris):
            if iri in done:
                continue
            given = parsed.get(iri)
            yield rows_of(self.mapping, iri, given) if given is not None \
                else document_rows(self.mapping, iri, triples_from_store(store.quads(iri)))

    def close(self) -> None:
        self._driver.close()

    # -- writing ---------------------------------------------------------------------------------

    def _transactions(self, steps: Sequence[Step]) -> list[list[Step]]:
        """(statement, rows) steps, in order, packed into transactions of at most the batch size in rows."""
        txs: list[list[Step]] = []
        pending: list[Step] = []
        size = 0
        for statement, rows in steps:
            for part in _chunks(rows, self._batch):
                if size + len(part) > self._batch and pending:
                    txs.append(pending)
                    pending, size = [], 0
                pending.append((statement, part))
                size += len(part)
        if pending:
            txs.append(pending)
        return txs

    def _run_steps(self, steps: Sequence[Step]) -> None:
        """Run the steps in order, one transaction after another."""
        for tx in self._transactions(steps):
            self._commit(tx)

    def _run_side_by_side(self, steps: Sequence[Step]) -> Ids:
        """Run the steps' transactions in up to MARSAD_NEO4J_WRITERS sessions at once (rows must not overlap);
        the (iri, element id) pairs the statements return."""
        txs = self._transactions(steps)
        if self._writers <= 1 or len(txs) <= 1:
            results = [self._commit(tx) for tx in txs]
        else:
            with ThreadPoolExecutor(max_workers=min(self._writers, len(txs))) as pool:
                results = list(pool.map(self._commit, txs))
        return {iri: element_id for result in results for iri, element_id in result.items()}

    def _commit(self, steps: Sequence[Step]) -> Ids:
        def work(tx: neo4j.ManagedTransaction) -> Ids:
            ids: Ids = {}
            for statement, rows in steps:
                ids.update((record[0], record[1]) for record in tx.run(statement, rows=list(rows)))
            return ids
        result: Ids = self._guarded(lambda session: session.execute_write(work))
        return result

    def _unlink(self, supported: Sequence[tuple[str, Sequence[str]]], *, last: set[str] | None = None) -> list[Step]:
        """Steps taking each source out of the nodes and relationships of its IRIs (Document nodes last)."""
        rows = [{"source": source, "iri": iri} for source, iris in supported for iri in iris]
        rows.sort(key=lambda row: row["iri"] in (last or set()))
        return [(statements.UNLINK_RELS, rows), (statements.UNLINK_NODES, rows)] if rows else []

    def _existing(self, iris: Sequence[str]) -> Ids:
        """The IRIs among ``iris`` that Neo4j holds a node for, with the node's element id."""
        found: Ids = {}
        for chunk in _chunks(iris, _PROBE_CHUNK):
            found.update((row["iri"], row["id"]) for row in self._read(statements.EXISTING, iris=list(chunk)))
        return found

    def _write_folded(self, folded: Folded, new: set[str], outside: Ids) -> None:
        """Nodes, then relationships: CREATE what involves a node in ``new``, MERGE the rest. ``outside``:
        the element ids of the relationship ends the load has no row for (ends Neo4j lacks are skipped)."""
        statements.checked(self.mapping, labels=folded.labels, rel_types=folded.rel_types)
        fresh, known = split(folded.nodes, new, "iri")
        ids = {**outside, **self._run_side_by_side([(statements.CREATE_NODES, fresh),
                                                     (statements.MERGE_NODES, known)])}
        fresh, known = split(folded.rels, new, "start", "end")
        self._run_side_by_side([(statements.CREATE_RELS, _by_id(fresh, ids)),
                                (statements.MERGE_RELS, _by_id(known, ids))])

    def write_rows(self, docs: Sequence[DocumentRows]) -> int:
        """Write already-mapped documents: unlink what they supported before, write, mark loaded."""
        if not docs:
            return 0
        graphs = [d.graph_iri for d in docs]
        previous = {row["graph"]: row for row in self._read(statements.PREVIOUS, graphs=graphs)}
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
        empty = not previous and not self._read(statements.ANY_NODE)  # a first load: nothing to look up
        self._run_steps([*self._unlink(supported, last={row["iri"] for row in intents}),
                         (statements.INTENT, intents)])
        folded = fold(docs)
        iris = [str(row["iri"]) for row in folded.nodes]
        ends = sorted({str(row[k]) for row in folded.rels for k in ("start", "end")} - set(iris))
        outside = self._existing(ends)
        existing = {row["iri"] for row in intents} if empty else set(self._existing(iris))
        try:
            self._write_folded(folded, set(iris) - existing, outside)
        except ConstraintError:  # another writer created one of these nodes meanwhile: merge everything
            self._write_folded(folded, set(), outside)
        self.mark_loaded(docs)
        return sum(doc.size for doc in docs)

    def mark_loaded(self, docs: Sequence[DocumentRows]) -> None:
        """Set each Document node's ``loaded_hash`` to its content hash: the last step of a load."""
        self._run_steps([(statements.MARK_LOADED, [{"iri": d.document_iri, "hash": d.content_hash}
                                                   for d in docs if d.document_iri])])

    def remove_graphs(self, graph_iris: Sequence[str]) -> None:
        """Take these documents' support out of Neo4j (what others still support stays)."""
        previous = self._read(statements.PREVIOUS, graphs=[str(g) for g in graph_iris])
        self._run_steps(self._unlink([(row["source"], row["iris"] or []) for row in previous],
                                     last={str(row.get("doc")) for row in previous}))


def _by_id(rels: Sequence[Mapping[str, object]], ids: Ids) -> list[dict[str, object]]:
    """Relationship rows naming their ends by element id (``a``, ``b``); a row with an end Neo4j lacks is left
    out, as a MATCH on that end would leave it out."""
    rows: list[dict[str, object]] = []
    for rel in rels:
        a, b = ids.get(str(rel["start"])), ids.get(str(rel["end"]))
        if a is not None and b is not None:
            rows.append({"type": rel["type"], "a": a, "b": b, "sources": rel["sources"], "quotes": rel["quotes"],
                         "quote_sources": rel["quote_sources"]})
    return rows


def open_sink(settings: Settings, *, required: bool | None) -> Neo4jSink | None:
    """A sink writing to the configured or running Neo4j.

    ``required=False``: never a sink. ``None``: a sink when one is configured (MARSAD_NEO4J_URI) or
    the local server runs, else None. ``True``: a sink, or Neo4jUnavailable. A Neo4j that is
    configured or running but does not answer raises Neo4jUnavailable unless ``required`` is False.
    """
    if required is False:
        return None
    if not server.configured(settings) and not required:
        return None
    return Neo4jSink(server.connect(settings), settings=settings)
