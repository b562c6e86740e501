"""The index file: where it lives, its tables, and opening it (WAL, so readers never wait for ingest).

Tables:

- ``doc``: one row per named graph of the RDF store (documents and the ontology) with its state
  (content hash and extractor version), to tell what the index holds;
- ``t``: the union of all graphs, each triple once, ``n`` = how many graphs state it; ``dt`` says which;
- ``item``: one row per resource the API lists, with the keys lists sort and filter on (``listed``: it
  has what its list requires: a label, and the class for persons, posts, decisions, agreements, documents;
  ``date`` and ``date_max``: the smallest and largest date the date filters look at, equal when it has one,
  so a date range is a range of the ``item_date`` index for all but the few with several dates); ``lab`` and
  ``lab_fts``: every label (or title) of those, for the lists' ``q`` filter;
- ``rc``: per document graph and resource, the highest ``mrs:confidence`` of the evidence that graph gives
  the resource (evidence nodes are minted per document, with their confidence in the same graph), so a
  resource's confidence is one index seek rather than a walk over every mention of a much-cited body;
- ``src``: per document graph, the sources it gives each resource (document, its title and publication date,
  the evidence's span, quote and confidence), read from that graph alone as ``rc`` is, so a detail pages
  through a much-cited body's sources in their order instead of gathering all of them;
- ``ev`` and ``dec``: the keys the dashboard's aggregates group on, one row per (event, institution, year)
  and (decision, kind, year), so ``/stats`` groups small tables instead of joining the graph;
- ``name`` and ``name_fts``: every label and other spelling of a named resource, folded, with its key,
  transliteration and consonant skeleton, in an FTS5 trigram index for substring search;
- ``typed``: how many resources have each class as an rdf:type, kept by triggers on ``t`` (each typing
  triple is one row of ``t``), so ``/stats`` reads its totals instead of counting;
- ``meta``: the generation, counted up by every write.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from marsad.core.errors import StoreUnavailable

VERSION = "7"
_MMAP = 2**31 - 2**16
CACHE_KIB = 65536  # SQLite's page cache of a connection

T_PO_INDEX = "CREATE INDEX IF NOT EXISTS t_po ON t (p, o, s);"
TYPED_ADD_TRIGGER = """CREATE TRIGGER IF NOT EXISTS typed_add AFTER INSERT ON t WHEN NEW.p = 'rdf:type' BEGIN
    INSERT INTO typed (cls, n) VALUES (NEW.o, 1) ON CONFLICT (cls) DO UPDATE SET n = n + 1; END;"""
"""The index and the trigger a first load drops while it fills ``t``, and its publish makes again (a sorted build
instead of an insert per row; ``typed`` counted in one pass)."""

DDL = f"""
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, graph TEXT NOT NULL UNIQUE, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS t (
    id INTEGER PRIMARY KEY, s TEXT NOT NULL, p TEXT NOT NULL, o TEXT NOT NULL, k TEXT NOT NULL,
    n INTEGER NOT NULL, UNIQUE (s, p, o, k));
{T_PO_INDEX}
CREATE TABLE IF NOT EXISTS typed (cls TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
{TYPED_ADD_TRIGGER}
CREATE TRIGGER IF NOT EXISTS typed_drop AFTER DELETE ON t WHEN OLD.p = 'rdf:type' BEGIN
    UPDATE typed SET n = n - 1 WHERE cls = OLD.o; END;
CREATE TABLE IF NOT EXISTS dt (doc INTEGER NOT NULL, tid INTEGER NOT NULL, PRIMARY KEY (doc, tid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS item (
    iri TEXT PRIMARY KEY, type TEXT NOT NULL, listed INTEGER NOT NULL, label TEXT, date TEXT, date_max TEXT,
    conf REAL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rc (doc INTEGER NOT NULL, res TEXT NOT NULL, conf REAL NOT NULL);
CREATE INDEX IF NOT EXISTS rc_doc ON rc (doc);
CREATE INDEX IF NOT EXISTS rc_res ON rc (res, conf);
CREATE TABLE IF NOT EXISTS src (
    doc INTEGER NOT NULL, res TEXT NOT NULL, document TEXT NOT NULL, title TEXT, pub TEXT, start, end,
    quote, conf REAL);
CREATE INDEX IF NOT EXISTS src_doc ON src (doc);
CREATE INDEX IF NOT EXISTS src_res ON src (res, pub, document, start, end);
CREATE TABLE IF NOT EXISTS ev (e TEXT NOT NULL, inst TEXT NOT NULL, year INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ev_e ON ev (e);
CREATE INDEX IF NOT EXISTS ev_inst ON ev (inst, year, e);
CREATE TABLE IF NOT EXISTS dec (d TEXT NOT NULL, kind TEXT NOT NULL, year INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS dec_d ON dec (d);
CREATE INDEX IF NOT EXISTS dec_kind ON dec (kind, year, d);
CREATE TABLE IF NOT EXISTS lab (id INTEGER PRIMARY KEY, iri TEXT NOT NULL, label TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lab_iri ON lab (iri);
CREATE INDEX IF NOT EXISTS item_label ON item (type, listed, label, iri);
CREATE INDEX IF NOT EXISTS item_date ON item (type, listed, date DESC, iri, date_max);
CREATE TABLE IF NOT EXISTS name (
    id INTEGER PRIMARY KEY, iri TEXT NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL,
    key TEXT NOT NULL, latin TEXT NOT NULL, skel TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS name_iri ON name (iri);
CREATE VIRTUAL TABLE IF NOT EXISTS name_fts USING fts5 (
    folded, key, skel, content='name', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS lab_fts USING fts5 (
    label, content='lab', content_rowid='id', tokenize='trigram case_sensitive 0');
"""


def connect(path: Path, *, write: bool) -> sqlite3.Connection:
    """A connection to the index at ``path`` (created with its tables when ``write``)."""
    try:
        if write:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.exists():
            raise StoreUnavailable(f"no index at {path}: run `marsad index rebuild`")
        conn = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # readers map the whole file (SQLite's own ceiling is 2 GiB): every reader thread then shares the OS's
        # page cache instead of copying the pages it reads into a cache of its own. The one writer maps
        # nothing: on a 1.4 GB index (32,000 documents) mapping made ingest's resident memory 1.2 GB larger
        # for no speed (7.8 against 6.3-7.5 CPU ms per document written)
        conn.execute(f"PRAGMA mmap_size = {0 if write else _MMAP}")
        if write and _stale(conn):  # made by another version of Marsad: start again (sync refills it)
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            return connect(path, write=True)
        if write:
            conn.executescript(DDL)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('version', ?), ('generation', '0')", (VERSION,))
        return conn
    except sqlite3.Error as exc:
        raise StoreUnavailable(f"cannot open the index at {path}: {exc}") from exc


def _stale(conn: sqlite3.Connection) -> bool:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables:
        return bool(tables)
    row = conn.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
    return row is None or row[0] != VERSION


def generation(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT v FROM meta WHERE k = 'generation'").fetchone()
    return int(row[0]) if row else 0
