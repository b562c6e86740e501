"""The per-document stages, as one pure function: extract → resolve → build RDF → validate.

It needs no store, so it runs the same in the ingest command, in worker processes and in the
benchmark. Reading and storing are timed by their callers.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

from marsad.core.errors import ConfigurationError
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract, load_resources
from marsad.loaders.rdf.build import build_triples
from marsad.loaders.rdf.iris import graph_iri
from marsad.loaders.rdf.triples import Triples
from marsad.loaders.rdf.validate import load_shapes, validate_ntriples
from marsad.loaders.resolution import resolve
from marsad.loaders.resolution.registry import registry

FACT_KEYS = ("persons", "institutions", "posts", "events", "decisions", "partnerships", "programs")


@dataclass(frozen=True, slots=True)
class Processed:
    """What the stages made of one document."""

    document_id: str
    origin: str | None
    graph_iri: str
    content_hash: str
    facts: dict[str, object]
    fact_count: int
    ntriples: str
    conforms: bool
    messages: list[str]
    error: str | None = None  # set when a stage failed unexpectedly (a bug, reported per document)
    seconds: dict[str, float] = field(default_factory=dict)
    triples: Triples | None = None  # the graph as built, when asked for (``keep_triples``): not for pickling


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def preflight() -> None:
    """Load the lexicons and shapes every document needs: a broken install fails here, naming the file."""
    load_resources()
    registry()
    load_shapes()


def process(doc: SourceDocument, *, keep_triples: bool = False) -> Processed:
    """Run extraction, RDF building and SHACL validation on one document; with ``keep_triples``, the
    result keeps the graph as built, beside its N-Triples."""
    seconds: dict[str, float] = {}
    giri, chash = graph_iri(doc.id), content_hash(doc.text)
    try:
        t0 = time.perf_counter()
        facts, resolution = resolve(extract(doc))
        t1 = time.perf_counter()
        graph = build_triples(doc, facts, extractor_version=EXTRACTOR_VERSION, resolution=resolution)
        ntriples = graph.ntriples()
        t3 = time.perf_counter()
        report = validate_ntriples(ntriples)
        t4 = time.perf_counter()
    except ConfigurationError:
        raise  # a broken install (a missing lexicon or shape file) stops the run; it is no document's fault
    except Exception as exc:
        return Processed(document_id=doc.id, origin=doc.origin, graph_iri=giri, content_hash=chash, facts={},
                         fact_count=0, ntriples="", conforms=False, messages=[],
                         error=f"{type(exc).__name__}: {exc}", seconds=seconds)
    seconds.update(extract=t1 - t0, rdf=t3 - t1, validate=t4 - t3)
    facts_json = facts.to_json()
    count = sum(len(getattr(facts, key)) for key in FACT_KEYS)
    return Processed(document_id=doc.id, origin=doc.origin, graph_iri=giri, content_hash=chash, facts=facts_json,
                     fact_count=count, ntriples=ntriples, conforms=report.conforms, messages=list(report.messages),
                     seconds=seconds, triples=graph if keep_triples else None)
