"""The N-Triples ingest stores (written by marsad.loaders.rdf.triples) are rdflib's, line for line."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns

from marsad.core.errors import InternalError
from marsad.core.paths import DATA_DIR
from marsad.core.settings import Settings
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
from marsad.loaders.rdf.build import build_ntriples, build_triples
from marsad.loaders.rdf.triples import Triples, nt_term
from marsad.loaders.read import read_paths

S = URIRef("https://example.org/s")
P = URIRef("https://example.org/p")


def _lines(ntriples: str) -> list[str]:
    return sorted(line for line in ntriples.split("\n") if line)  # not splitlines(): a literal may hold U+2028


def _rdflib_lines(triples: Triples) -> list[str]:
    return _lines(triples.graph().serialize(format="nt"))


def _articles() -> list[SourceDocument]:
    return [d for d in read_paths([DATA_DIR / "articles"], settings=Settings()) if isinstance(d, SourceDocument)]


@pytest.mark.parametrize("doc", _articles(), ids=lambda d: d.id)
def test_ntriples_of_an_article_are_rdflibs_serialisation(doc: SourceDocument) -> None:
    triples = build_triples(doc, extract(doc), extractor_version=EXTRACTOR_VERSION)
    ntriples = build_ntriples(doc, extract(doc), extractor_version=EXTRACTOR_VERSION)
    assert ntriples.endswith(" .\n")
    assert _lines(ntriples) == _rdflib_lines(triples)
    assert set(Graph().parse(data=ntriples, format="nt")) == set(triples.graph())


@pytest.mark.parametrize("literal", [
    Literal('a "quoted" \\ back\nslash\r\tend'),
    Literal("سطر\u2028فاصل\u0085", lang="ar"),
    Literal("https://example.org/a?b=c&d", datatype=ns.XSD.anyURI),
    Literal(12, datatype=ns.XSD.integer),
    Literal(True),
    Literal("2024-03-12", datatype=ns.XSD.date),
])
def test_literals_are_escaped_as_rdflib_escapes_them(literal: Literal) -> None:
    triples = Triples()
    triples.add((S, P, literal))
    assert _lines(triples.ntriples()) == _rdflib_lines(triples)
    assert set(Graph().parse(data=triples.ntriples(), format="nt")) == {(S, P, literal)}


def test_an_iri_ntriples_cannot_hold_is_refused() -> None:
    with pytest.raises(InternalError):
        nt_term(URIRef("https://example.org/a b"))


def test_set_replaces_the_values_and_value_reads_the_first() -> None:
    triples = Triples()
    triples.add((S, P, Literal("a")))
    triples.add((S, P, Literal("b")))
    triples.add((S, P, Literal("a")))
    assert len(triples) == 2 and triples.value(S, P) == Literal("a")
    triples.set((S, P, Literal("c")))
    assert list(triples) == [(S, P, Literal("c"))]
    assert triples.value(P, P) is None
