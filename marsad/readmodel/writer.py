"""Writing the index: one document graph at a time, each in one SQLite transaction.

Replacing a graph removes what only it stated, adds what it states now, and recomputes the rows of
every resource whose list keys or names may have changed (the subjects it touched, and the decisions
and agreements dated by an event it touched). Readers see the index before or after a document, never
half-way.

A first load (the index lists nothing yet) is written in bulk instead, in one transaction that stays open
from its first batch to ``publish``: each batch's triples and source rows are appended to a staging file beside
the index (``<index>-stage-<pid>``: no index of its own, no write-ahead log), then written from it into the
index's tables in a few statements (each triple once in ``t``), while the ingest's workers go on with
the next documents. ``publish`` then computes every resource's rows once, rather than again with each document
that cites it, and commits. Readers see the empty index until then, and the whole first load after it. A run
cut short leaves the transaction uncommitted (nothing of it is seen) and a staging file that the next writer
removes (its process is gone); what the RDF store holds and the index lacks is indexed again by the next
``sync``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from marsad.core.confidence import value_of
from marsad.loaders.normalize import fold, match_key
from marsad.loaders.translit import skeleton, transliterate
from marsad.lock import alive
from marsad.readmodel.reader import marks
from marsad.readmodel.schema import CACHE_KIB, T_PO_INDEX, TYPED_ADD_TRIGGER, connect
from marsad.readmodel.terms import IRI, TEXT, cell, encode, literal_kind, short

Triple = tuple[str, str, str, str]  # s, p, o, kind (index forms)

_CHECKPOINT_CHANGES = 50_000  # rows written between two checkpoints (about 150 documents)
_WAL_CAP = 512 * 2**20  # a log larger than this is checkpointed by the writer itself
# SQLite's page cache while a first load is written (its transaction open): each staged triple's row in ``t`` is
# looked up once more to list it under its document; with 64 MiB most lookups read the page again (dt 16 s -> 10 s
# for 31,670 graphs, published at the end)
_PUBLISH_CACHE_KIB = 256 * 1024

LISTED = ("institution", "person", "post", "event", "decision", "agreement", "document", "program")
NAMED = ("person", "institution", "post", "event", "decision", "agreement", "program")  # searchable
_DATED_BY_EVENT = {"decision": "mrs:decidedAt", "agreement": "mrs:signedAt"}
# what a resource needs to be in its list: a label (all but documents) and, for some, a class
_LIST_CLASS = {"person": "mrs:Person", "post": "mrs:Post", "decision": "mrs:Decision", "agreement": "mrs:Agreement",
               "document": "mrs:Document"}
_RDF_TYPE, _LABEL, _TITLE = "rdf:type", "rdfs:label", "dcterms:title"
_NAME_PROPS = frozenset({_LABEL, "skos:altLabel"})  # what the name rows of a named resource come from
_HASH, _VERSION = "mrs:contentHash", "mrs:extractorVersion"
_EVIDENCE, _HAS_EVIDENCE, _CONFIDENCE = "@evidence/", "mrs:evidence", "mrs:confidence"
_DERIVED = "prov:wasDerivedFrom"
# what a source row is made of: the evidence's and its document's
_SOURCE_PROPS = frozenset({"mrs:quote", "mrs:start", "mrs:end", _DERIVED, _CONFIDENCE, _TITLE, "mrs:published"})


def triples_of(quads: Iterable[ox.Quad | ox.Triple]) -> list[Triple]:
    """Index forms of RDF triples (blank-node subjects are kept by their label)."""
    out = []
    for q in quads:
        s = q.subject
        subject = short(s.value) if isinstance(s, ox.NamedNode) else f"_:{s}"
        o, k = encode(q.object)
        out.append((subject, short(q.predicate.value), o, k))
    return out


def parse_ntriples(ntriples: str) -> list[Triple]:
    return triples_of(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))


def index_triples(triples: Iterable[tuple[Node, Node, Node]]) -> list[Triple]:
    """What ``parse_ntriples`` makes of the N-Triples of these rdflib triples (``Triples.ntriples``), in the same
    order, without writing and parsing them: the lexical form of a literal is the text N-Triples carries, and
    a language tag is lowercased as Oxigraph's parser does (``tests/test_readmodel.py`` compares both ways).
    Terms are IRIs and literals only, as ``Triples.ntriples`` requires."""
    out: list[Triple] = []
    append, short_ = out.append, _short
    for s, p, o in triples:
        o_type = type(o)  # (exact types first: the isinstance tests, for subclasses, run only when they differ)
        if (type(s) is not URIRef or type(p) is not URIRef or (o_type is not URIRef and o_type is not Literal)) \
                and not (isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef | Literal)):
            raise TypeError(f"no index form for the triple {s!r} {p!r} {o!r}: IRIs and literals only")
        if isinstance(o, Literal):
            language = o.language
            if language:
                value, kind = str(o), "@" + language.lower()
            else:
                datatype = o.datatype
                value, kind = str(o), TEXT if datatype is None else _literal_kind(str(datatype))
        else:
            value, kind = short_(str(o)), IRI
        append((short_(str(s)), short_(str(p)), value, kind))
    return out


_short = lru_cache(maxsize=1 << 16)(short)
"""``short``, remembered: predicates, classes and much-cited bodies come back in every document."""
_literal_kind = lru_cache(maxsize=256)(literal_kind)
"""``literal_kind``, remembered: a graph's literals have a handful of datatypes."""


def state_of(triples: list[Triple]) -> str:
    """The state a graph's triples give: "content hash|extractor version" (as RdfStore.document_state);
    for a graph without a content hash (the ontology, hand-written graphs), a hash of its triples."""
    hashes = sorted(o for _s, p, o, _k in triples if p == _HASH)
    versions = sorted(o for _s, p, o, _k in triples if p == _VERSION)
    if hashes:
        return f"{hashes[0]}|{versions[0] if versions else ''}"
    digest = hashlib.sha256("\n".join(sorted("\t".join(t) for t in triples)).encode()).hexdigest()
    return f"triples:{digest}"


@lru_cache(maxsize=1 << 14)  # a person or body named in many documents is re-indexed with each of them
def _name_keys(name: str) -> tuple[str, str, str, str]:
    """What search matches a name by: folded, match key, transliteration, consonant skeleton."""
    return fold(name).lower(), match_key(name), transliterate(name), skeleton(name)


def _type_of(iri: str) -> str | None:
    if not iri.startswith("@"):
        return None
    head = iri[1:].split("/", 1)[0]
    return head if head in LISTED else None


def _confidence_rows(triples: list[Triple]) -> dict[str, float]:
    """The ``rc`` rows of a graph: for each resource, the highest confidence of the evidence the graph links
    it to, read from the graph itself."""
    levels: dict[str, float] = {}
    for s, p, o, _k in triples:
        if p == _CONFIDENCE:
            try:
                levels[s] = max(levels.get(s, 0.0), float(o))
            except ValueError:  # not a number: no confidence, as CAST would make it 0 and SHACL refuses it
                continue
    best: dict[str, float] = {}
    for s, p, o, k in triples:
        if p == _HAS_EVIDENCE and k == IRI and o in levels and levels[o] > best.get(s, -1.0):
            best[s] = levels[o]
    return best


def _source_rows(triples: list[Triple]) -> set[tuple[Any, ...]]:
    """The ``src`` rows of a graph: for each resource and evidence node the graph links it to, one row per
    combination of the evidence's document, span, quote and confidence and the document's title and
    publication date (as the SPARQL readers' join gives them), values as ``cell`` reads them."""
    facts: dict[str, dict[str, list[Any]]] = {}
    for s, p, o, k in triples:
        if p in _SOURCE_PROPS:
            facts.setdefault(s, {}).setdefault(p, []).append(o if p == _DERIVED else cell(o, k))
    rows: set[tuple[Any, ...]] = set()
    for s, p, o, k in triples:
        if p != _HAS_EVIDENCE or k != IRI or o not in facts:
            continue
        f = facts[o]
        for document in f.get(_DERIVED, []):
            d = facts.get(document, {})
            for quote in f.get("mrs:quote", []):
                for start in f.get("mrs:start", []):
                    for end in f.get("mrs:end", []):
                        for title in d.get(_TITLE) or [None]:
                            for pub in d.get("mrs:published") or [None]:
                                for conf in f.get(_CONFIDENCE) or [None]:
                                    rows.add((s, document, title, pub, start, end, quote, value_of(conf)))
    return rows


class _Checkpointer:
    """Copies the write-ahead log into the index file on a thread of its own, so the one writing process
    does not pay for it inside its commits: SQLite's automatic checkpoint runs in the committing call, and on
    the 31,670-document index it was a third of the writer's time. A passive checkpoint never blocks the
    writer or the readers; it is asked for every ``_CHECKPOINT_CHANGES`` rows written. The log starts again
    from its beginning once a checkpoint has caught up with it between two commits; should it still pass
    ``_WAL_CAP`` (a writer never leaving the checkpoint time to catch up), the writer checkpoints it itself."""

    def __init__(self, path: Path, writer: sqlite3.Connection) -> None:
        self._wal = Path(f"{path}-wal")
        self._writer = writer
        self._wake = threading.Event()
        self._stop = False
        self._last = writer.total_changes
        self._conn = connect(path, write=False)
        self._conn.execute("PRAGMA mmap_size = 0")  # it reads the log, not the index: no need to map it
        self._thread = threading.Thread(target=self._run, name="index-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        changes = self._writer.total_changes
        if changes - self._last < _CHECKPOINT_CHANGES:
            return
        self._last = changes
        try:
            size = self._wal.stat().st_size
        except FileNotFoundError:
            size = 0
        if size > _WAL_CAP:
            self._writer.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()
        else:
            self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._stop:
                return
            try:
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except sqlite3.Error:  # busy: the next one, or the writer's on close, catches up
                continue

    def close(self) -> None:
        self._stop = True
        self._wake.set()
        self._thread.join()
        self._conn.close()


_STAGE_DDL = """
CREATE TABLE stage.sdoc (ord INTEGER PRIMARY KEY, graph TEXT NOT NULL UNIQUE, state TEXT NOT NULL, id INTEGER);
CREATE TABLE stage.st (ord INTEGER NOT NULL, s TEXT NOT NULL, p TEXT NOT NULL, o TEXT NOT NULL, k TEXT NOT NULL);
CREATE TABLE stage.src (ord INTEGER NOT NULL, res TEXT NOT NULL, conf REAL NOT NULL);
CREATE TABLE stage.ssrc (ord INTEGER NOT NULL, res TEXT NOT NULL, document TEXT NOT NULL, title, pub, start, end,
    quote, conf REAL);
"""


def _remove_dead_stages(path: Path) -> None:
    """Remove the staging files of writers that died before publishing (their graphs are indexed again by
    the next sync); a live writer's is left alone."""
    for stage in path.parent.glob(f"{path.name}-stage-*"):
        pid = stage.name.rsplit("-", 1)[1]
        if pid.isdigit() and not alive(int(pid)):
            stage.unlink(missing_ok=True)


class IndexWriter:
    """The writable index at ``path`` (created when absent). With ``bulk`` (the default), a first load is
    staged and published at the end (the module's docstring)."""

    def __init__(self, path: Path, *, bulk: bool = True) -> None:
        self.path = path
        self.stage_path = Path(f"{path}-stage-{os.getpid()}")
        _remove_dead_stages(path)
        self.conn = connect(path, write=True)
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")  # the checkpointer's thread does it
        self._checkpointer = _Checkpointer(path, self.conn)
        self._bulk = bulk
        self._staging = False  # a first load's transaction is open (``_start_staging`` to ``publish``)
        self._staged_graphs: set[str] = set()  # the graphs that transaction wrote in bulk, for ``publish``
        self._next_ord = 0
        self._staged_iris: set[str] = set()  # the listed resources the staged graphs name
        self._staged_names: set[str] = set()  # the labels and other names the staged graphs give named resources

    @property
    def staged(self) -> int:
        """How many graphs the open first load wrote in bulk, unseen by readers until ``publish`` commits."""
        return len(self._staged_graphs) if self._staging else 0

    def close(self) -> None:
        try:
            self.publish()
        finally:
            self._close()

    def _close(self) -> None:
        self._checkpointer.close()
        with contextlib.suppress(sqlite3.Error):  # a reader still holds the log: a later checkpoint copies it
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self.conn.close()

    def states(self) -> dict[str, str]:
        """Graph IRI → state, for every graph the index holds (or has staged, to publish)."""
        held = dict(self.conn.execute("SELECT graph, state FROM doc").fetchall())
        if self._staging:
            held.update(self.conn.execute("SELECT graph, state FROM stage.sdoc").fetchall())
        return held

    def replace(self, graph_iri: str, triples: list[Triple], *, only_if_absent: bool = False) -> bool:
        """Make graph ``graph_iri`` hold exactly ``triples``, in one transaction; False when
        ``only_if_absent`` and the index already holds that graph."""
        return self.replace_many([(graph_iri, triples)], only_if_absent=only_if_absent) > 0

    def stage_many(self, graphs: list[tuple[str, list[Triple]]], *, only_if_absent: bool = False) -> int:
        """``replace_many``, except that into an index that lists nothing yet (a first load, with ``bulk``) the
        graphs are staged, for ``publish`` to write them all at once; how many graphs were written or staged."""
        if self._bulk and not self._staging and graphs and self._lists_nothing():
            self._start_staging()
        if self._staging:
            return self._stage(graphs, only_if_absent=only_if_absent)
        return self.replace_many(graphs, only_if_absent=only_if_absent)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write, all or nothing: a transaction of its own, or, inside a first load's open transaction, a
        savepoint in it (seen by readers when ``publish`` commits)."""
        conn = self.conn
        if self._staging:
            conn.execute("SAVEPOINT write")
            try:
                yield
            except BaseException:
                conn.execute("ROLLBACK TO write")
                conn.execute("RELEASE write")
                raise
            conn.execute("RELEASE write")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._checkpointer.committed()

    def replace_many(self, graphs: list[tuple[str, list[Triple]]], *, only_if_absent: bool = False) -> int:
        """``replace`` for several graphs in one transaction (resource rows recomputed once, at the
        end); how many graphs were written."""
        conn = self.conn
        with self._transaction():
            touched: set[str] = set()
            written = 0
            for graph_iri, triples in graphs:
                row = conn.execute("SELECT id FROM doc WHERE graph = ?", (graph_iri,)).fetchone()
                if row is not None and only_if_absent:
                    continue
                state = state_of(triples)
                if row is None:
                    doc = int(conn.execute("INSERT INTO doc (graph, state) VALUES (?, ?) RETURNING id",
                                           (graph_iri, state)).fetchone()[0])
                else:
                    doc = int(row[0])
                    conn.execute("UPDATE doc SET state = ? WHERE id = ?", (state, doc))
                touched |= self._apply(doc, triples)
                written += 1
            self._refresh(touched)
            if written:
                conn.execute("UPDATE meta SET v = CAST(v AS INTEGER) + 1 WHERE k = 'generation'")
        self._staged_graphs.difference_update(g for g, _t in graphs)  # written one by one, not in bulk
        return written

    def drop(self, graph_iri: str) -> None:
        """Remove graph ``graph_iri`` (nothing when absent)."""
        conn = self.conn
        with self._transaction():
            row = conn.execute("SELECT id FROM doc WHERE graph = ?", (graph_iri,)).fetchone()
            if row is not None:
                touched = self._apply(int(row[0]), [])
                conn.execute("DELETE FROM doc WHERE id = ?", (row[0],))
                self._refresh(touched)
                conn.execute("UPDATE meta SET v = CAST(v AS INTEGER) + 1 WHERE k = 'generation'")
        self._staged_graphs.discard(graph_iri)

    # -- a first load, in bulk -------------------------------------------------------------------

    def _lists_nothing(self) -> bool:
        return self.conn.execute("SELECT 1 FROM item LIMIT 1").fetchone() is None

    def _start_staging(self) -> None:
        conn = self.conn
        self.stage_path.unlink(missing_ok=True)
        conn.execute("ATTACH DATABASE ? AS stage", (str(self.stage_path),))
        conn.execute("PRAGMA stage.journal_mode = OFF")  # scratch: a run cut short starts it again
        conn.execute("PRAGMA stage.synchronous = OFF")
        conn.executescript(_STAGE_DDL)  # (before BEGIN: executescript commits what is open)
        conn.execute(f"PRAGMA cache_size = -{_PUBLISH_CACHE_KIB}")
        conn.execute("BEGIN IMMEDIATE")
        try:
            # made again from the full ``t`` at ``publish`` (a sorted build rather than an insert per row, the
            # ``typed`` counts in one pass): 0.07 CPU s less for the 994 Moroccan articles than keeping them
            conn.execute("DROP INDEX t_po")
            conn.execute("DROP TRIGGER typed_add")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._staging = True

    def _stage(self, graphs: list[tuple[str, list[Triple]]], *, only_if_absent: bool) -> int:
        """Write graphs into the first load's open transaction in bulk: appended to the staging file, then copied
        from it into the index's tables (``_write_staged``). A graph the index holds
        (written before in this transaction, or the ontology) is replaced in it the usual way instead."""
        conn = self.conn
        held = [g for g, _t in graphs
                if conn.execute("SELECT 1 FROM doc WHERE graph = ?", (g,)).fetchone() is not None]
        written = 0
        if held:
            again = self._staged_graphs.intersection(held)  # staged before in this first load: still counted so
            written += self.replace_many([(g, t) for g, t in graphs if g in held], only_if_absent=only_if_absent)
            self._staged_graphs.update(again)
        try:
            staged = self._stage_into(graphs, held)
        except BaseException:  # the batch is undone in the index; the staging file keeps no journal: emptied
            self._empty_stage()
            raise
        self._staged_graphs.update(staged)
        return written + len(staged)

    def _stage_into(self, graphs: list[tuple[str, list[Triple]]], held: list[str]) -> list[str]:
        """The graphs not ``held`` staged and written (``_write_staged``) in one savepoint; their IRIs."""
        conn = self.conn
        staged: list[str] = []
        with self._transaction():
            for graph_iri, triples in graphs:
                if graph_iri in held:
                    continue
                self._next_ord += 1
                ord_ = self._next_ord
                conn.execute("DELETE FROM stage.sdoc WHERE graph = ?", (graph_iri,))  # given twice: the last wins
                conn.execute("INSERT INTO stage.sdoc (ord, graph, state) VALUES (?, ?, ?)",
                             (ord_, graph_iri, state_of(triples)))
                conn.executemany("INSERT INTO stage.st (ord, s, p, o, k) VALUES (?, ?, ?, ?, ?)",
                                 ((ord_, *t) for t in set(triples)))
                conn.executemany("INSERT INTO stage.src (ord, res, conf) VALUES (?, ?, ?)",
                                 ((ord_, res, conf) for res, conf in _confidence_rows(triples).items()))
                conn.executemany("INSERT INTO stage.ssrc (ord, res, document, title, pub, start, end, quote, conf) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ((ord_, *r) for r in _source_rows(triples)))
                self._staged_iris.update(s for s, _p, _o, _k in triples if _type_of(s))
                self._staged_iris.update(o for _s, _p, o, k in triples if k == IRI and _type_of(o))
                self._staged_names.update(o for s, p, o, _k in triples if p in _NAME_PROPS and _type_of(s) in NAMED)
                staged.append(graph_iri)
            self._write_staged()
        return staged

    def _write_staged(self) -> None:
        """Copy what the staging file holds into the index's tables, then empty it: the documents, their triples
        (each once in ``t``, ``n`` counting the graphs that state it), and their confidence and source rows."""
        conn = self.conn
        conn.execute("INSERT INTO doc (graph, state) SELECT graph, state FROM stage.sdoc ORDER BY ord")
        conn.execute("UPDATE stage.sdoc SET id = (SELECT id FROM main.doc WHERE doc.graph = sdoc.graph)")
        # WHERE true: SQLite's parser needs it before ON CONFLICT in an INSERT ... SELECT;
        # each row on its own (``n`` counted by the conflicts), not grouped first: the batch's rows are nearly all
        # distinct, and grouping them cost 7% more of this (7,873 SaudiNewsNet graphs, 6.6 -> 6.2 CPU s)
        conn.execute("INSERT INTO t (s, p, o, k, n) SELECT st.s, st.p, st.o, st.k, 1 "
                     "FROM stage.st AS st CROSS JOIN stage.sdoc AS d ON d.ord = st.ord WHERE true "
                     "ON CONFLICT (s, p, o, k) DO UPDATE SET n = n + 1")
        conn.execute("INSERT INTO dt (doc, tid) SELECT d.id, t.id FROM stage.st AS st "
                     "CROSS JOIN stage.sdoc AS d ON d.ord = st.ord "
                     "CROSS JOIN t ON t.s = st.s AND t.p = st.p AND t.o = st.o AND t.k = st.k")
        conn.execute("INSERT INTO rc (doc, res, conf) SELECT d.id, r.res, r.conf FROM stage.src AS r "
                     "CROSS JOIN stage.sdoc AS d ON d.ord = r.ord")
        conn.execute("INSERT INTO src (doc, res, document, title, pub, start, end, quote, conf) "
                     "SELECT d.id, r.res, r.document, r.title, r.pub, r.start, r.end, r.quote, r.conf "
                     "FROM stage.ssrc AS r CROSS JOIN stage.sdoc AS d ON d.ord = r.ord")
        self._empty_stage()

    def _empty_stage(self) -> None:
        for table in ("st", "src", "ssrc", "sdoc"):
            self.conn.execute(f"DELETE FROM stage.{table}")

    def publish(self) -> int:
        """Commit a first load's transaction, once every resource its graphs name has its rows; how many graphs
        it wrote in bulk (0, and nothing done, when no first load is open).

        ``t_po`` and the ``typed`` counts are made again from the full ``t``, and every listed resource the
        graphs name gets its rows once: those the index lists already (a graph written one by one in this
        transaction) computed again, the others in one pass (``_index_new_items``)."""
        if not self._staging:
            return 0
        conn = self.conn
        # the search keys of the staged names are worked out on a thread of their own while the statements below
        # run (SQLite lets go of the GIL while it works): otherwise they would be a fifth of a first load's publish
        keys = ThreadPoolExecutor(max_workers=1, thread_name_prefix="name-keys")
        known = keys.submit(lambda names: {name: _name_keys(name) for name in names}, self._staged_names)
        keys.shutdown(wait=False)
        published = len(self._staged_graphs)
        try:
            conn.execute(T_PO_INDEX)
            conn.execute(TYPED_ADD_TRIGGER)
            conn.execute("DELETE FROM typed")
            conn.execute("INSERT INTO typed (cls, n) SELECT o, COUNT(*) FROM t WHERE p = ? GROUP BY o", (_RDF_TYPE,))
            affected = self._staged_iris  # a resource no graph names any more is simply not indexed
            indexed = self._indexed(affected)
            for iri in sorted(affected & indexed):
                self._refresh_item(iri)
            self._index_new_items(affected - indexed, known=known.result())
            if published:
                conn.execute("UPDATE meta SET v = CAST(v AS INTEGER) + 1 WHERE k = 'generation'")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            self._staging = False
            self._staged_graphs = set()
            self._staged_iris = set()
            self._staged_names = set()
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("DETACH DATABASE stage")
            self.stage_path.unlink(missing_ok=True)
        self._checkpointer.committed()
        return published

    # -- inside a transaction --------------------------------------------------------------------

    def _apply(self, doc: int, triples: list[Triple]) -> set[str]:
        """Swap the triples of graph ``doc``; the subjects (and IRI objects) whose triples changed.

        The old and new triples are compared in memory, and only the difference is written, a statement
        per kind of change run over all its triples (``executemany``), not a statement per triple."""
        conn = self.conn
        new = set(triples)
        old: set[Triple] = set(conn.execute(
            "SELECT t.s, t.p, t.o, t.k FROM dt JOIN t ON t.id = dt.tid WHERE dt.doc = ?", (doc,)))
        added, removed = new - old, old - new
        if added:
            conn.executemany("INSERT INTO t (s, p, o, k, n) VALUES (?, ?, ?, ?, 1) "
                             "ON CONFLICT (s, p, o, k) DO UPDATE SET n = n + 1", added)
            conn.executemany("INSERT INTO dt (doc, tid) SELECT ?, id FROM t WHERE s = ? AND p = ? AND o = ? AND k = ?",
                             ((doc, *t) for t in added))
        if removed:
            conn.executemany("DELETE FROM dt WHERE doc = ? AND tid = "
                             "(SELECT id FROM t WHERE s = ? AND p = ? AND o = ? AND k = ?)",
                             ((doc, *t) for t in removed))
            conn.executemany("UPDATE t SET n = n - 1 WHERE s = ? AND p = ? AND o = ? AND k = ?", removed)
            conn.executemany("DELETE FROM t WHERE s = ? AND p = ? AND o = ? AND k = ? AND n <= 0", removed)
        if added or removed:
            self._confidences(doc, triples)
            self._sources(doc, triples)
        changed = added | removed
        return {s for s, _p, _o, _k in changed} | {o for _s, _p, o, k in changed if k == IRI}

    def _confidences(self, doc: int, triples: list[Triple]) -> None:
        """The ``rc`` rows of graph ``doc`` (``_confidence_rows``)."""
        conn = self.conn
        best = _confidence_rows(triples)
        old = dict(conn.execute("SELECT res, conf FROM rc WHERE doc = ?", (doc,)).fetchall())
        if old != best:
            conn.execute("DELETE FROM rc WHERE doc = ?", (doc,))
            conn.executemany("INSERT INTO rc (doc, res, conf) VALUES (?, ?, ?)",
                             ((doc, res, conf) for res, conf in best.items()))

    def _sources(self, doc: int, triples: list[Triple]) -> None:
        """The ``src`` rows of graph ``doc`` (``_source_rows``)."""
        rows = _source_rows(triples)
        conn = self.conn
        old = set(conn.execute("SELECT res, document, title, pub, start, end, quote, conf FROM src WHERE doc = ?",
                               (doc,)).fetchall())
        if old != rows:
            conn.execute("DELETE FROM src WHERE doc = ?", (doc,))
            conn.executemany("INSERT INTO src (doc, res, document, title, pub, start, end, quote, conf) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ((doc, *r) for r in rows))

    def _refresh(self, touched: set[str]) -> None:
        """Recompute the item, label and name rows of every resource ``touched`` may have changed."""
        conn = self.conn
        affected = {iri for iri in touched if _type_of(iri)}
        for iri in list(affected):
            for prop in _DATED_BY_EVENT.values():
                affected.update(r[0] for r in conn.execute("SELECT s FROM t WHERE p = ? AND o = ? AND k = ?",
                                                           (prop, iri, IRI)))
        for iri in touched:  # an evidence node whose confidence changed: the resources it is evidence of
            if iri.startswith(_EVIDENCE):
                affected.update(r[0] for r in conn.execute("SELECT s FROM t WHERE p = ? AND o = ? AND k = ?",
                                                           (_HAS_EVIDENCE, iri, IRI)) if _type_of(r[0]))
        indexed = self._indexed(affected)
        for iri in sorted(affected):
            self._refresh_item(iri, indexed=iri in indexed)

    def _indexed(self, iris: set[str]) -> set[str]:
        """Those of ``iris`` that have rows in the item table (only those can have label, name or key rows)."""
        found: set[str] = set()
        ordered = sorted(iris)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            found.update(r[0] for r in self.conn.execute(f"SELECT iri FROM item WHERE iri IN ({marks(chunk)})", chunk))
        return found

    def _objects(self, iri: str, prop: str) -> list[str]:
        return sorted(r[0] for r in self.conn.execute("SELECT o FROM t WHERE s = ? AND p = ?", (iri, prop)))

    def _refresh_item(self, iri: str, *, indexed: bool = True) -> None:
        """Recompute the rows of ``iri``; ``indexed=False`` says it has none yet (nothing to delete)."""
        conn = self.conn
        type_ = _type_of(iri)
        if type_ is None or not conn.execute("SELECT 1 FROM t WHERE s = ? AND p = ?", (iri, _RDF_TYPE)).fetchone():
            if indexed:
                self._forget_item(iri)
            return
        self._index_item(iri, type_, indexed=indexed)

    def _index_new_items(self, iris: set[str], *, known: dict[str, tuple[str, str, str, str]] | None = None) -> None:
        """``_refresh_item(iri, indexed=False)`` for many resources at once, for a first load's publish: each
        property's triples read in one pass over the index instead of a few statements per resource, the rows
        written in one statement per table; the same rows (``tests/test_readmodel.py`` compares them). ``known``:
        search keys worked out already (``_name_keys`` of a name)."""
        known = known or {}
        conn = self.conn
        wanted = {iri for iri in iris if _type_of(iri)}
        if not wanted:
            return

        def objects(prop: str, subjects: set[str] | None = None) -> dict[str, list[str]]:
            found: dict[str, list[str]] = {}
            keep = wanted if subjects is None else subjects
            for subject, obj in conn.execute("SELECT s, o FROM t WHERE p = ?", (prop,)):
                if subject in keep:
                    found.setdefault(subject, []).append(obj)
            for values in found.values():
                values.sort()
            return found

        classes: dict[str, set[str]] = {}
        typed: set[str] = set()
        for subject, obj, kind in conn.execute("SELECT s, o, k FROM t WHERE p = ?", (_RDF_TYPE,)):
            if subject in wanted:
                typed.add(subject)
                if kind == IRI:
                    classes.setdefault(subject, set()).add(obj)
        labels, titles, alt = objects(_LABEL), objects(_TITLE), objects("skos:altLabel")
        published = objects("mrs:published")
        # decision or agreement -> the events it was taken or signed at
        by_event: dict[str, dict[str, list[str]]] = {prop: {} for prop in _DATED_BY_EVENT.values()}
        for prop, linked in by_event.items():
            for subject, obj, kind in conn.execute("SELECT s, o, k FROM t WHERE p = ?", (prop,)):
                if subject in wanted and kind == IRI:
                    linked.setdefault(subject, []).append(obj)
        # the dates of the events among them and of the events those decisions and agreements were taken at
        dates = objects("mrs:date", wanted | {e for linked in by_event.values() for es in linked.values() for e in es})
        organisers, bodies, kinds = objects("mrs:organizedBy"), objects("mrs:body"), objects("mrs:decisionKind")
        confidence = dict(conn.execute("SELECT res, MAX(conf) FROM rc GROUP BY res"))

        items: list[tuple[Any, ...]] = []
        labs: list[tuple[str, str]] = []
        names: list[tuple[str, ...]] = []
        evs: list[tuple[str, str, int]] = []
        decs: list[tuple[str, str, int]] = []
        for iri in sorted(typed):
            type_ = _type_of(iri)
            assert type_ is not None
            own_labels = labels.get(iri, [])
            own_titles = titles.get(iri, []) if type_ == "document" else []
            listed = type_ != "program" and (bool(own_labels) or type_ == "document")
            if type_ in _LIST_CLASS:
                listed = listed and _LIST_CLASS[type_] in classes.get(iri, ())
            if type_ == "event":
                span = dates.get(iri, [])
            elif type_ == "document":
                span = published.get(iri, [])
            elif type_ in _DATED_BY_EVENT:
                span = [d for e in by_event[_DATED_BY_EVENT[type_]].get(iri, []) for d in dates.get(e, [])]
            else:
                span = []
            conf = confidence.get(iri)
            shown = own_labels or own_titles
            items.append((iri, type_, int(listed), shown[0] if shown else None, min(span) if span else None,
                          max(span) if span else None, float(conf) if conf is not None else None))
            labs.extend((iri, label) for label in shown)
            if type_ == "event":
                years = {int(d[:4]) for d in dates.get(iri, []) if d[:4].isdigit()}
                insts = organisers.get(iri) or bodies.get(iri) or []
                evs.extend((iri, inst, year) for inst in set(insts) for year in years)
            elif type_ == "decision" and "mrs:Decision" in classes.get(iri, ()):
                taken = [d for e in by_event["mrs:decidedAt"].get(iri, []) for d in dates.get(e, [])]
                years = {int(d[:4]) for d in taken if d[:4].isdigit()} or {0}
                decs.extend((iri, kind, year) for kind in set(kinds.get(iri, [])) for year in years)
            if type_ in NAMED and own_labels:
                names.extend((iri, own_labels[0], name, *(known.get(name) or _name_keys(name)))
                             for name in sorted(set(own_labels) | set(alt.get(iri, []))))
        lab_from = conn.execute("SELECT COALESCE(MAX(id), 0) FROM lab").fetchone()[0]
        name_from = conn.execute("SELECT COALESCE(MAX(id), 0) FROM name").fetchone()[0]
        conn.executemany("INSERT INTO item (iri, type, listed, label, date, date_max, conf) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", items)
        conn.executemany("INSERT INTO lab (iri, label) VALUES (?, ?)", labs)
        conn.execute("INSERT INTO lab_fts (rowid, label) SELECT id, label FROM lab WHERE id > ?", (lab_from,))
        conn.executemany("INSERT INTO name (iri, label, name, folded, key, latin, skel) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         names)
        conn.execute("INSERT INTO name_fts (rowid, folded, key, skel) SELECT id, folded, key, skel FROM name "
                     "WHERE id > ?", (name_from,))
        conn.executemany("INSERT INTO ev (e, inst, year) VALUES (?, ?, ?)", evs)
        conn.executemany("INSERT INTO dec (d, kind, year) VALUES (?, ?, ?)", decs)

    def _forget_item(self, iri: str) -> None:
        conn = self.conn
        conn.execute("DELETE FROM item WHERE iri = ?", (iri,))
        self._forget_labels(iri)
        self._forget_names(iri)
        conn.execute("DELETE FROM ev WHERE e = ?", (iri,))
        conn.execute("DELETE FROM dec WHERE d = ?", (iri,))

    def _forget_labels(self, iri: str) -> None:
        self.conn.execute("INSERT INTO lab_fts (lab_fts, rowid, label) SELECT 'delete', id, label FROM lab "
                          "WHERE iri = ?", (iri,))
        self.conn.execute("DELETE FROM lab WHERE iri = ?", (iri,))

    def _forget_names(self, iri: str) -> None:
        self.conn.execute("INSERT INTO name_fts (name_fts, rowid, folded, key, skel) "
                          "SELECT 'delete', id, folded, key, skel FROM name WHERE iri = ?", (iri,))
        self.conn.execute("DELETE FROM name WHERE iri = ?", (iri,))

    def _index_item(self, iri: str, type_: str, *, indexed: bool) -> None:
        """The rows of ``iri``. When it had rows (``indexed``), its label and name rows, and their
        full-text entries, are rewritten only when they change: a body cited in thousands of documents is
        refreshed with each of them, nearly always for its sources, not its names."""
        conn = self.conn
        labels = self._objects(iri, _LABEL)
        titles = self._objects(iri, _TITLE) if type_ == "document" else []
        shown = labels or titles
        listed = type_ != "program" and (bool(labels) or type_ == "document")
        if type_ in _LIST_CLASS:
            listed = listed and bool(conn.execute("SELECT 1 FROM t WHERE s = ? AND p = ? AND o = ? AND k = ?",
                                                  (iri, _RDF_TYPE, _LIST_CLASS[type_], IRI)).fetchone())
        if indexed:
            conn.execute("DELETE FROM item WHERE iri = ?", (iri,))
            conn.execute("DELETE FROM ev WHERE e = ?", (iri,))
            conn.execute("DELETE FROM dec WHERE d = ?", (iri,))
        conn.execute("INSERT INTO item (iri, type, listed, label, date, date_max, conf) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (iri, type_, int(listed), labels[0] if labels else (titles[0] if titles else None),
                      *self._dates(iri, type_), self._confidence(iri)))
        if not indexed or [r[0] for r in conn.execute("SELECT label FROM lab WHERE iri = ? ORDER BY id",
                                                      (iri,))] != shown:
            if indexed:
                self._forget_labels(iri)
            conn.executemany("INSERT INTO lab (iri, label) VALUES (?, ?)", ((iri, label) for label in shown))
            conn.execute("INSERT INTO lab_fts (rowid, label) SELECT id, label FROM lab WHERE iri = ?", (iri,))
        if type_ == "event":
            self._event_keys(iri)
        elif type_ == "decision":
            self._decision_keys(iri)
        names = sorted(set(labels) | set(self._objects(iri, "skos:altLabel"))) if type_ in NAMED and labels else []
        if not indexed or conn.execute("SELECT label, name FROM name WHERE iri = ? ORDER BY id",
                                       (iri,)).fetchall() != [(labels[0], name) for name in names]:
            if indexed:
                self._forget_names(iri)
            conn.executemany(
                "INSERT INTO name (iri, label, name, folded, key, latin, skel) VALUES (?, ?, ?, ?, ?, ?, ?)",
                ((iri, labels[0], name, *_name_keys(name)) for name in names))
            if names:
                conn.execute("INSERT INTO name_fts (rowid, folded, key, skel) SELECT id, folded, key, skel FROM name "
                             "WHERE iri = ?", (iri,))

    def _event_keys(self, iri: str) -> None:
        """(event, institution, year) rows: the organisers, else the bodies, for each year of a date."""
        years = {int(d[:4]) for d in self._objects(iri, "mrs:date") if d[:4].isdigit()}
        insts = self._objects(iri, "mrs:organizedBy") or self._objects(iri, "mrs:body")
        self.conn.executemany("INSERT INTO ev (e, inst, year) VALUES (?, ?, ?)",
                              ((iri, inst, year) for inst in set(insts) for year in years))

    def _decision_keys(self, iri: str) -> None:
        """(decision, kind, year) rows: each kind, for each year of the event it was taken at (else 0)."""
        if not self.conn.execute("SELECT 1 FROM t WHERE s = ? AND p = ? AND o = 'mrs:Decision' AND k = ?",
                                 (iri, _RDF_TYPE, IRI)).fetchone():
            return
        dates = self.conn.execute("SELECT d.o FROM t AS e CROSS JOIN t AS d ON d.s = e.o AND d.p = 'mrs:date' "
                                  "WHERE e.s = ? AND e.p = 'mrs:decidedAt' AND e.k = ?", (iri, IRI)).fetchall()
        years = {int(d[0][:4]) for d in dates if d[0][:4].isdigit()} or {0}
        self.conn.executemany("INSERT INTO dec (d, kind, year) VALUES (?, ?, ?)",
                              ((iri, kind, year) for kind in set(self._objects(iri, "mrs:decisionKind"))
                               for year in years))

    def _confidence(self, iri: str) -> float | None:
        """The highest ``mrs:confidence`` of the resource's evidence (the lists' ``min_confidence`` keeps a
        resource when some evidence reaches it); None without any. One seek in ``rc``: walking the evidence
        of a body cited in thousands of documents cost 2-3 ms of the 8 ms a document took to index on the
        31,670-document index."""
        row = self.conn.execute("SELECT MAX(conf) FROM rc WHERE res = ?", (iri,)).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def _dates(self, iri: str, type_: str) -> tuple[str | None, str | None]:
        """The smallest and largest date the lists' date filters look at (an event's, a document's
        publication, the date of the event a decision or agreement was taken at)."""
        conn = self.conn
        if type_ == "event":
            row = conn.execute("SELECT MIN(o), MAX(o) FROM t WHERE s = ? AND p = 'mrs:date'", (iri,)).fetchone()
        elif type_ == "document":
            row = conn.execute("SELECT MIN(o), MAX(o) FROM t WHERE s = ? AND p = 'mrs:published'", (iri,)).fetchone()
        elif type_ in _DATED_BY_EVENT:
            # CROSS JOIN: from the decision to its event (left to itself, SQLite went from
            # every dated event; 5 ms a decision on the 31,670-document index)
            row = conn.execute("SELECT MIN(d.o), MAX(d.o) FROM t AS e CROSS JOIN t AS d ON d.s = e.o "
                               "AND d.p = 'mrs:date' WHERE e.s = ? AND e.p = ? AND e.k = ?",
                               (iri, _DATED_BY_EVENT[type_], IRI)).fetchone()
        else:
            return None, None
        return (row[0], row[1]) if row else (None, None)
