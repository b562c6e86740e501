"""The triples of one document, held without an rdflib store, and written as N-Triples directly.

build.py states the mapping once, into a :class:`Triples`; ingest writes it out as N-Triples text
(:meth:`Triples.ntriples`), and the callers that want an rdflib graph (tests, benchmarks, the Neo4j
mapping) get one from :meth:`Triples.graph`. The terms are rdflib's, so the set of triples is the
same either way; only rdflib's in-memory store (indexes by subject, predicate, object and by
context) and its namespace manager, which together cost more than building the triples, are skipped.

The N-Triples written are those of rdflib's ``nt`` serializer, term for term: an IRI as ``<iri>`` (one
with a character N-Triples forbids in an IRI is refused, as rdflib refuses it), a literal's lexical
form with ``\\``, ``"``, line feed and carriage return escaped, then ``@lang`` or ``^^<datatype>``.
Lines come in the order the triples were first added, grouped by subject then predicate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from marsad.core.errors import InternalError
from marsad.core.vocab import MRS

Triple = tuple[Node, Node, Node]

_INVALID_IRI_CHAR = re.compile('[<>" {}|\\\\^`]')
"""What rdflib refuses in an IRI it writes (rdflib.term._invalid_uri_chars)."""


class Triples:
    """An ordered set of triples indexed by subject and predicate: what building a document's graph
    needs (add, replace a property's values, read a value), and nothing more."""

    __slots__ = ("_spo",)

    def __init__(self) -> None:
        self._spo: dict[Node, dict[Node, dict[Node, None]]] = {}

    def add(self, triple: Triple) -> None:
        s, p, o = triple
        po = self._spo.get(s)
        if po is None:
            po = self._spo[s] = {}
        objects = po.get(p)
        if objects is None:
            objects = po[p] = {}
        objects[o] = None

    def set(self, triple: Triple) -> None:
        """Replace every value of the subject's property by this one (rdflib's ``Graph.set``)."""
        s, p, o = triple
        po = self._spo.get(s)
        if po is None:
            po = self._spo[s] = {}
        po[p] = {o: None}

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """The first value of the subject's property still present, or None (rdflib's ``Graph.value``)."""
        objects = self._spo.get(subject, {}).get(predicate)
        return next(iter(objects), None) if objects else None

    def __iter__(self) -> Iterator[Triple]:
        for s, po in self._spo.items():
            for p, objects in po.items():
                for o in objects:
                    yield s, p, o

    def __len__(self) -> int:
        return sum(len(objects) for po in self._spo.values() for objects in po.values())

    def graph(self) -> Graph:
        """The same triples in an rdflib graph."""
        graph = Graph()
        graph.bind("mrs", MRS)
        for triple in self:
            graph.add(triple)
        return graph

    def ntriples(self) -> str:
        """The triples as N-Triples text, one line each, every line ending with a line feed."""
        lines: list[str] = []
        append = lines.append  # (a plain loop: a generator for each property's objects cost more than the lines)
        for s, po in self._spo.items():
            subject = nt_term(s)
            for p, objects in po.items():
                head = f"{subject} {nt_term(p)} "
                for o in objects:
                    append(f"{head}{nt_term(o)} .\n")
        return "".join(lines)


_IRI_FORMS: dict[URIRef, str] = {}
"""IRIs written before (``nt_term``): predicates, classes, a document's own resources come back in every line and
every document, and checking an IRI's characters costs more than a look-up. Emptied when it grows past
``_IRI_FORMS_MAX``."""
_IRI_FORMS_MAX = 1 << 16


def nt_term(term: Node) -> str:
    """One term as N-Triples writes it (exactly as rdflib's ``nt`` serializer does)."""
    if type(term) is URIRef:  # (the common case first; a subclass of URIRef takes the general path below)
        form = _IRI_FORMS.get(term)
        if form is None:
            form = _iri_form(term)
            if len(_IRI_FORMS) >= _IRI_FORMS_MAX:
                _IRI_FORMS.clear()
            _IRI_FORMS[term] = form
        return form
    if isinstance(term, Literal):
        escaped = term.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
        lexical = f'"{escaped}"'
        if term.language:
            return f"{lexical}@{term.language}"
        if term.datatype:
            return f"{lexical}^^<{term.datatype}>"
        return lexical
    if isinstance(term, URIRef):
        return _iri_form(term)
    raise TypeError(f"no N-Triples form for {type(term).__name__} {term!r}")


def _iri_form(term: URIRef) -> str:
    bad = _INVALID_IRI_CHAR.search(term)
    if bad is not None:
        raise InternalError(f"{term!s} is no IRI N-Triples can write (it holds {bad.group()!r})")
    return f"<{term}>"
