"""Reading the index: one read-only connection per thread, reopened when `marsad index rebuild`
replaced the file, and the few lookups every reader needs (objects, subjects, labels)."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Sequence, Sized
from pathlib import Path
from typing import Any

from marsad.readmodel.schema import connect, generation
from marsad.readmodel.terms import IRI, cell

Params = Sequence[Any]


def marks(values: Sized) -> str:
    """``?, ?, …`` for an IN list of ``len(values)`` values."""
    return ", ".join("?" * len(values))


class ReadIndex:
    """The index at ``path``, read by any number of threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        ident = _file_id(self.path)
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "ident", None) != ident:
            if conn is not None:
                conn.close()
            conn = connect(self.path, write=False)
            conn.execute("PRAGMA query_only = 1")
            conn.create_function("contains_ci", 2, _contains_ci, deterministic=True)
            self._local.conn, self._local.ident = conn, ident
        return conn

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return self._conn().execute(sql, params).fetchall()

    def generation(self) -> int:
        return generation(self._conn())

    # -- lookups on the union of the graphs (index forms in, index forms out) --------------------

    def objects(self, iris: Iterable[str], props: Sequence[str]) -> list[tuple[str, str, str, str]]:
        """(subject, predicate, object, kind) for each subject in ``iris`` and predicate in ``props``."""
        subjects = sorted(set(iris))
        out: list[tuple[str, str, str, str]] = []
        for chunk in _chunks(subjects):
            out += [tuple(r) for r in self.rows(
                f"SELECT s, p, o, k FROM t WHERE s IN ({marks(chunk)}) AND p IN ({marks(props)})", [*chunk, *props])]
        return out

    def subjects(self, iris: Iterable[str], props: Sequence[str]) -> list[tuple[str, str, str]]:
        """(subject, predicate, object) for each IRI object in ``iris`` and predicate in ``props``."""
        objects = sorted(set(iris))
        out: list[tuple[str, str, str]] = []
        for chunk in _chunks(objects):
            out += [tuple(r) for r in self.rows(
                f"SELECT s, p, o FROM t WHERE p IN ({marks(props)}) AND o IN ({marks(chunk)}) AND k = ?",
                [*props, *chunk, IRI])]
        return out

    def labels(self, iris: Iterable[str]) -> dict[str, list[str]]:
        """Every rdfs:label of each IRI, sorted."""
        out: dict[str, list[str]] = {}
        for s, _p, o, _k in self.objects(iris, ("rdfs:label",)):
            out.setdefault(s, []).append(o)
        return {k: sorted(v) for k, v in out.items()}

    def value(self, iri: str, prop: str) -> Any:
        """The smallest value of one property (as ``ORDER BY ?v LIMIT 1``), plain."""
        found = [(o, k) for _s, _p, o, k in self.objects([iri], (prop,))]
        if not found:
            return None
        return min((cell(o, k) for o, k in found), key=_order_key)

    def exists(self, iri: str) -> bool:
        return bool(self.rows("SELECT 1 FROM t WHERE s = ? LIMIT 1", (iri,)))


def _contains_ci(text: str | None, part: str | None) -> bool:
    """``part`` in ``text``, case ignored as Python (and SPARQL's LCASE) lower-cases."""
    return text is not None and part is not None and part.lower() in text.lower()


def _chunks(values: list[str], size: int = 5000) -> list[list[str]]:
    """``values`` in pieces small enough for SQLite's limit on bound parameters."""
    return [values[i:i + size] for i in range(0, len(values), size)]


def _order_key(value: Any) -> tuple[int, Any]:
    return (0, value) if isinstance(value, int | float) and not isinstance(value, bool) else (1, str(value))


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


