"""The embedded RDF store: Oxigraph on disk under MARSAD_HOME/store, one named graph per document.

Writes of one document are atomic (one SPARQL update: drop the document's graph, insert its new
triples), so a document is never stored half-way and re-ingesting replaces its facts as a whole.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from marsad.core import vocab
from marsad.core.errors import QuerySyntaxError, StoreUnavailable

ONTOLOGY_GRAPH = str(vocab.ONTOLOGY_GRAPH)

EXPORT_FORMATS: Mapping[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_DATASET_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD)


class RdfStore:
    """A persistent (or, with ``path=None``, in-memory) Oxigraph store."""

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreUnavailable(f"cannot open the RDF store at {path}: {exc}") from exc
        self._write_lock = threading.Lock()

    # -- writing ---------------------------------------------------------------------------------

    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        """Atomically replace the content of named graph ``graph_iri`` with N-Triples ``ntriples``."""
        update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}"
        with self._write_lock:
            self._store.update(update)

    def replace_graphs(self, graphs: list[tuple[str, str]]) -> None:
        """Replace many named graphs, given as (graph IRI, N-Triples) pairs. Graphs the store does not have
        yet are loaded in one transaction (all of them or none); each graph it has is replaced atomically."""
        fresh: list[str] = []
        with self._write_lock:
            for graph_iri, ntriples in dict(graphs).items():  # a graph given twice: the last one wins
                if self._store.contains_named_graph(ox.NamedNode(graph_iri)):
                    self._store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n"
                                       f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}")
                else:
                    fresh.append(_as_nquads(ntriples, graph_iri))
            if fresh:
                self._store.load("".join(fresh), format=ox.RdfFormat.N_QUADS)

    def graph_iris(self) -> set[str]:
        """Every named graph in the store (the ontology's too)."""
        return {g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)}

    def drop_graph(self, graph_iri: str) -> None:
        """Remove a named graph and all its triples (no error when absent)."""
        with self._write_lock:
            self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def load_ontology(self, turtle_files: list[Path]) -> None:
        """Replace the ontology graph with the given Turtle files (for subclass-aware queries)."""
        with self._write_lock:
            self._store.update(f"DROP SILENT GRAPH <{ONTOLOGY_GRAPH}>")
            for file in turtle_files:
                self._store.load(
                    path=str(file), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH)
                )

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
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)
                      and g.value != ONTOLOGY_GRAPH)

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
