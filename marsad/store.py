"""The embedded RDF store: Oxigraph on disk under MARSAD_HOME/store, one named graph per document.

Writes of one document are atomic (one SPARQL update: drop the document's graph, insert its new
triples), so a document is never stored half-way and re-ingesting replaces its facts as a whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from marsad.core import vocab
from marsad.core.errors import QuerySyntaxError, StoreUnavailable

ONTOLOGY_GRAPH = str(vocab.ONTOLOGY_GRAPH)
FLUSH_EVERY = 1.0  # seconds between two flushes of the writes to the store's files (see _flush_now_and_then)

EXPORT_FORMATS: Mapping[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_DATASET_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD)


_READ_ONLY_ATTEMPTS = 40


def _open_read_only(path: Path) -> ox.Store:
    """Open the store read-only, also while a writer (`marsad ingest`) works on it: opening then races with
    the writer's flushes and compactions (a file the store's manifest lists is deleted before this reader gets
    to open it: "No such file or directory"); a new attempt reads the newer manifest."""
    for attempt in range(_READ_ONLY_ATTEMPTS):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if attempt == _READ_ONLY_ATTEMPTS - 1 or "No such file" not in str(exc):
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


class RdfStore:
    """A persistent (or, with ``path=None``, in-memory) Oxigraph store."""

    def __init__(self, path: Path | None, *, read_only: bool = False, bulk_load: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.bulk_load = bulk_load and path is not None and not read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    raise StoreUnavailable(f"there is no RDF store at {path} yet: run `marsad ingest` first")
                self._store = _open_read_only(path)
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as exc:  # RuntimeError: RocksDB met a store still being created
            if path is not None and "lock" in str(exc).lower():
                raise StoreUnavailable(
                    f"the RDF store at {path} is open for writing by another process (a `marsad ingest` or "
                    f"`marsad neo4j sync`? {path.parent / 'writer.lock'} names it); wait for it to finish"
                ) from exc
            raise StoreUnavailable(f"cannot open the RDF store at {path}: {exc}") from exc
        self._write_lock = threading.Lock()
        self._flushed = time.monotonic()
        if path is not None and not read_only:
            self._undo_cut_bulk_load()

    # -- writing ---------------------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        """Atomically replace the content of named graph ``graph_iri`` with N-Triples ``ntriples``."""
        update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}"
        with self._write_lock:
            self._store.update(update)
            self._flush_now_and_then()

    def _flush_now_and_then(self) -> None:
        """Flush the writes to the store's files at most every FLUSH_EVERY seconds: a reader that opens the
        store read-only (the API, every time the store changes) replays what is not flushed yet, so without
        this its opening gets slower and slower during a long ingest (20 s after 200 documents)."""
        if time.monotonic() - self._flushed >= FLUSH_EVERY:
            self._store.flush()
            self._flushed = time.monotonic()

    def replace_graphs(self, graphs: list[tuple[str, str]]) -> None:
        """Replace many named graphs, given as (graph IRI, N-Triples) pairs. Each graph the store has is replaced
        atomically. Graphs it does not have yet are loaded in one transaction (all of them or none), or, with
        ``bulk_load``, by Oxigraph's bulk loader, which writes the store's files directly (about 1.8 times less
        CPU than a transaction for a batch of 1,024 documents): their IRIs are written to a marker file first,
        so that a run stopped during the load has those graphs dropped when the store is next opened for
        writing (``_undo_cut_bulk_load``)."""
        fresh: list[tuple[str, str]] = []  # (graph IRI, N-Quads) of the graphs the store does not have yet
        with self._write_lock:
            for graph_iri, ntriples in dict(graphs).items():  # a graph given twice: the last one wins
                if self._store.contains_named_graph(ox.NamedNode(graph_iri)):
                    self._store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n"
                                       f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}")
                else:
                    fresh.append((graph_iri, _as_nquads(ntriples, graph_iri)))
            if not fresh:
                return
            # lenient: skip IRI and language-tag checks; every graph was parsed strictly when it was
            # validated, and the checks cost about a sixth of the load
            if not self.bulk_load:
                self._store.load("".join(fresh_quads for _, fresh_quads in fresh), format=ox.RdfFormat.N_QUADS,
                                 lenient=True)
                return
            marker = self._bulk_marker()
            with marker.open("w", encoding="utf-8") as out:
                out.writelines(f"{graph_iri}\n" for graph_iri, _ in fresh)
                out.flush()
                os.fsync(out.fileno())
            try:
                self._store.bulk_load("".join(fresh_quads for _, fresh_quads in fresh),
                                      format=ox.RdfFormat.N_QUADS, lenient=True)
            except BaseException:
                self._undo_cut_bulk_load()
                raise
            marker.unlink()

    def _bulk_marker(self) -> Path:
        assert self.path is not None
        return self.path.with_name(self.path.name + ".bulk-load")

    def _undo_cut_bulk_load(self) -> None:
        """Drop the graphs of a bulk load that did not finish (this process's, or a run killed during one).

        A bulk load writes the store's files directly, without a transaction, so a run stopped during one may
        leave some of those graphs' triples; their IRIs are listed in the marker file first, and the marker is
        removed when the load is through. Dropped here, those documents are stored again by the next ingest
        (their graphs are missing, so they are not taken as unchanged)."""
        marker = self._bulk_marker()
        if not marker.exists():
            return
        iris = [line for line in marker.read_text(encoding="utf-8").splitlines() if line]
        if iris:
            self._store.update(" ;\n".join(f"DROP SILENT GRAPH <{graph_iri}>" for graph_iri in iris))
        self._store.flush()
        marker.unlink()

    def graph_iris(self) -> set[str]:
        """Every named graph in the store (the ontology's too)."""
        return {g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)}

    def drop_graph(self, graph_iri: str) -> None:
        """Remove a named graph and all its triples (no error when absent)."""
        with self._write_lock:
            self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def load_ontology(self, turtle_files: list[Path]) -> None:
        """Replace the ontology graph with the given Turtle files (for subclass-aware queries), in one
        transaction, so a reader or a kill never sees it half-loaded."""
        triples = [t for file in turtle_files for t in ox.parse(path=str(file), format=ox.RdfFormat.TURTLE)]
        ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        assert ntriples is not None
        self.replace_graph(ONTOLOGY_GRAPH, ntriples.decode("utf-8"))

    def flush(self) -> None:
        self._store.flush()

    # -- reading ---------------------------------------------------------------------------------

    def document_state(self, graph_iri: str) -> tuple[str, str] | None:
        """(content hash, extractor version) stored for a document graph, or None if absent."""
        rows = self.select(
            f"SELECT ?h ?v WHERE {{ GRAPH <{graph_iri}> {{ ?d <{vocab.MRS.contentHash}> ?h . "
            f"OPTIONAL {{ ?e <{vocab.MRS.extractorVersion}> ?v }} }} }} LIMIT 1"
        )
        if not rows:
            return None
        h, v = rows[0].get("h"), rows[0].get("v")
        return (h.value if isinstance(h, ox.Literal) else "", v.value if isinstance(v, ox.Literal) else "")

    def document_graphs(self) -> list[str]:
        """IRIs of every document graph (every named graph but the ontology)."""
        return [g for g in self.named_graphs() if g != ONTOLOGY_GRAPH]

    def named_graphs(self) -> list[str]:
        """IRIs of every named graph, the ontology's included."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, *, substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
              union: bool = True) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query; the default graph is the union of all graphs unless ``union=False``."""
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(k): v for k, v in (substitutions or {}).items()
        }
        try:
            return self._store.query(sparql, use_default_graph_as_union=union, substitutions=subs)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"SPARQL syntax error: {exc}") from exc

    def select(self, sparql: str, *, substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
               ) -> list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]]:
        """Run a SELECT query and return its rows as dicts (unbound variables left out)."""
        result = self.query(sparql, substitutions=substitutions)
        if not isinstance(result, ox.QuerySolutions):
            raise QuerySyntaxError("expected a SELECT query")
        names = [v.value for v in result.variables]
        rows: list[dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]] = []
        for solution in result:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = term
            rows.append(row)
        return rows

    def quads(self, graph_iri: str | None = None) -> Iterator[ox.Quad]:
        """Every quad, or those of one named graph."""
        graph = ox.NamedNode(graph_iri) if graph_iri else None
        return iter(self._store.quads_for_pattern(None, None, None, graph))

    def count_quads(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        n = rows[0]["n"]
        return int(n.value) if isinstance(n, ox.Literal) else 0

    def canonical_nquads(self) -> list[bytes]:
        """Every quad as one N-Quads line, sorted, blank nodes renamed canonically: two stores with the same
        content give the same lines (held in memory: meant for checks, not for huge stores)."""
        plain: list[ox.Quad] = []
        with_blanks = ox.Dataset()
        for quad in self._store.quads_for_pattern(None, None, None, None):
            if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
                with_blanks.add(quad)
            else:
                plain.append(quad)
        with_blanks.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        text = ox.serialize([*plain, *with_blanks], format=ox.RdfFormat.N_QUADS)
        assert text is not None
        return sorted(text.splitlines(keepends=True))

    def digest(self) -> tuple[str, int]:
        """SHA-256 of the sorted canonical N-Quads (see canonical_nquads) and the number of quads."""
        lines = self.canonical_nquads()
        sha = hashlib.sha256()
        for line in lines:
            sha.update(line)
        return sha.hexdigest(), len(lines)

    def dump(self, output: IO[bytes], *, fmt: str, graph_iri: str | None = None) -> None:
        """Serialise the store as ``fmt`` (a key of EXPORT_FORMATS): dataset formats keep the
        per-document graphs, triple formats get the union of all graphs."""
        rdf_format = EXPORT_FORMATS[fmt]
        if graph_iri is not None:
            self._store.dump(output, format=rdf_format if rdf_format not in _DATASET_FORMATS
                             else ox.RdfFormat.TURTLE, from_graph=ox.NamedNode(graph_iri))
        elif rdf_format in _DATASET_FORMATS:
            self._store.dump(output, format=rdf_format)
        else:
            # triple formats: the union of all graphs, de-duplicated
            union = self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            assert isinstance(union, ox.QueryTriples)
            ox.serialize(union, output, format=rdf_format)

    def close(self) -> None:
        if not self.read_only:
            with contextlib.suppress(OSError):
                self._store.flush()
        del self._store


def _as_nquads(ntriples: str, graph_iri: str) -> str:
    """N-Triples (one triple per line, each ending in " .") as N-Quads in named graph ``graph_iri``."""
    suffix = f" <{graph_iri}> .\n"
    return "".join(line[:-1] + suffix for line in ntriples.split("\n") if line)
