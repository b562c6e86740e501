"""What the index readers share: links in the API's shape, label pairs of related resources, the
class hierarchy for kind filters, the lists' text filter, and SPARQL's ordering of unbound values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from marsad.api.repo.common import ref
from marsad.readmodel.reader import ReadIndex, marks
from marsad.readmodel.terms import IRI, expand

MRS = "mrs:"


def link(iri: str, label: Any, **extra: Any) -> dict[str, Any]:
    """``ref`` of an index-form IRI. Its key, type and full IRI are worked out once per IRI: a page of events
    of a busy institution links the same bodies and people thousands of times (half its CPU went there)."""
    return {**_link_parts(iri), "label": label, **extra}


@lru_cache(maxsize=1 << 16)
def _link_parts(iri: str) -> dict[str, Any]:
    """``ref`` of ``iri`` without its label (the caller copies it)."""
    parts = ref(expand(iri), None)
    del parts["label"]
    return parts


def pairs(ix: ReadIndex, iris: Iterable[str], props: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """For each IRI, the links (one per label) to what ``props`` point at, as GROUP_CONCAT of
    (IRI, label) pairs gives them in the SPARQL readers; sorted by IRI then label."""
    targets = [(s, o) for s, _p, o, k in ix.objects(iris, props) if k == IRI]
    names = ix.labels(o for _s, o in targets)
    out: dict[str, set[tuple[str, str]]] = {}
    for s, o in targets:
        for label in names.get(o, []):
            out.setdefault(s, set()).add((o, label))
    return {s: [link(o, label) for o, label in sorted(found)] for s, found in out.items()}


def subclasses(ix: ReadIndex, local: str) -> list[str]:
    """``mrs:{local}`` and every class below it (``rdfs:subClassOf*``), index forms."""
    found, todo = {MRS + local}, [MRS + local]
    while todo:
        rows = ix.rows(f"SELECT s FROM t WHERE p = 'rdfs:subClassOf' AND o IN ({marks(todo)}) AND k = ?",
                       [*todo, IRI])
        todo = [r[0] for r in rows if r[0] not in found]
        found.update(todo)
    return sorted(found)


def label_filter(q: str) -> tuple[str, list[Any]]:
    """A WHERE fragment on ``i.iri``: one of its labels (titles for documents) contains ``q``, case
    ignored (SPARQL ``CONTAINS(LCASE(…), LCASE(…))``). The FTS5 trigram index narrows it down when
    ``q`` has three letters or more; a ``q`` without case (Arabic letters, digits, punctuation) is
    then looked for by SQLite's ``instr``, which gives the same answer without a call into Python."""
    contains = "instr(lab.label, ?) > 0" if _caseless(q) else "contains_ci(lab.label, ?)"
    if len(q) >= 3:
        return ("i.iri IN (SELECT lab.iri FROM lab_fts JOIN lab ON lab.id = lab_fts.rowid "
                f"WHERE lab_fts MATCH ? AND {contains})", [fts_phrase(q), q])
    return f"i.iri IN (SELECT lab.iri FROM lab WHERE {contains})", [q]


def fts_phrase(text: str) -> str:
    """``text`` as an FTS5 phrase (its quotes doubled), matched as written whatever it holds."""
    return '"' + text.replace('"', '""') + '"'


def _caseless(q: str) -> bool:
    """Whether ``q`` in a text and ``q.lower()`` in its ``lower()`` always agree: every character is an
    Arabic letter or mark, an ASCII character that is no letter, or a space (no character lower-cases
    into one of those but itself)."""
    return all("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u08a0" <= ch <= "\u08ff"
               or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"
               or (ch.isascii() and not ch.isalpha()) or ch.isspace() for ch in q)


def asc(value: Any) -> tuple[int, Any]:
    """SPARQL ascending order: unbound first, numbers by value, the rest as strings."""
    if value is None:
        return (0, "")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (1, value)
    return (2, str(value))


class Desc:
    """Reverses the order of ``asc`` (SPARQL ``DESC``: unbound last)."""

    __slots__ = ("key",)

    def __init__(self, value: Any) -> None:
        self.key = asc(value)

    def __lt__(self, other: Desc) -> bool:
        return self.key > other.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Desc) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


def date_bounds(*, year: int | None, start: date | None, end: date | None) -> tuple[str | None, str | None]:
    """The smallest and largest ISO date (text) a year and a range allow together; None: unbounded."""
    lows = ([f"{year:04d}-01-01"] if year is not None else []) + ([start.isoformat()] if start is not None else [])
    highs = ([f"{year:04d}-12-31"] if year is not None else []) + ([end.isoformat()] if end is not None else [])
    return (max(lows) if lows else None), (min(highs) if highs else None)


def date_conditions(*, year: int | None, start: date | None, end: date | None) -> tuple[list[str], list[str]]:
    """SQL conditions on a date ``d.o`` (ISO text) for a year and a range, and their parameters."""
    low, high = date_bounds(year=year, start=start, end=end)
    conds: list[str] = []
    params: list[str] = []
    if low is not None:
        conds.append("d.o >= ?")
        params.append(low)
    if high is not None:
        conds.append("d.o <= ?")
        params.append(high)
    return conds, params
