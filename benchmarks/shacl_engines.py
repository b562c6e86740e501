"""SHACL engines side by side: pySHACL (the reference) and pyshacl-turbo (what Marsad uses) on the same graphs.

    python benchmarks/shacl_engines.py [--limit 300] [--corpus ../shared/corpus/moroccan-news/articles.jsonl]

1. Agreement: every counter-example in tests/fixtures/counter and every example in data/examples, with the
   ontology's rdf:type closure added as Marsad does, validated by both engines: the (focus node, source shape,
   message) triples of their reports must be the same. pyshifty and pyrudof are compared too when installed
   (they are not dependencies).
2. Cost: the graphs of the first --limit corpus articles (built by the real pipeline), one validation per
   document, CPU milliseconds per document for each engine; pySHACL is run the way Marsad ran it before
   (shapes parsed once, SPARQL constraints prepared once).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from measure import load_average
from pyshacl import Validator
from pyshacl.graph_abstraction import RdfLibDataGraph
from pyshacl.shapes_graph import ShapesGraph
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.plugins.sparql import prepareQuery

from marsad.core.paths import DATA_DIR, SHAPES_DIR
from marsad.core.settings import Settings
from marsad.loaders.extraction import EXTRACTOR_VERSION, extract
from marsad.loaders.rdf.build import build_graph
from marsad.loaders.rdf.validate import type_closure_lines, validate_ntriples
from marsad.loaders.read import read_paths

SH = Namespace("http://www.w3.org/ns/shacl#")
ROOT = Path(__file__).resolve().parents[1]
Rows = frozenset[tuple[str, str, str]]


def _rows(report: Graph) -> Rows:
    rows = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        constraint = report.value(result, SH.sourceConstraint)
        source = constraint if isinstance(constraint, URIRef) else report.value(result, SH.sourceShape)
        rows.add((str(report.value(result, SH.focusNode)), str(source), str(report.value(result, SH.resultMessage))))
    return frozenset(rows)


def _closed(ntriples: str) -> str:
    return "\n".join([ntriples, *type_closure_lines(ntriples)])


class _Prepared(RdfLibDataGraph):
    def query(self, query_object: object, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _PREPARED.setdefault(query_object, prepareQuery(query_object))
        return super().query(query_object, *args, **kwargs)  # type: ignore[arg-type]


_PREPARED: dict[str, object] = {}


def engines() -> dict[str, Callable[[str], Rows | None]]:
    """name -> validate(N-Triples with the type closure) -> None when it conforms, else the report rows."""
    shapes = Graph()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        shapes.parse(path, format="turtle")
    shapes_ttl = shapes.serialize(format="turtle")
    parsed = ShapesGraph(shapes)

    def pyshacl(nt: str) -> Rows | None:
        data = Graph()
        data.parse(data=nt, format="nt")
        validator = Validator(_Prepared.from_rdflib(data), shacl_graph=shapes,
                              options={"inference": "none", "advanced": False, "inplace": True})
        validator.shacl_graph = parsed
        conforms, report, _ = validator.run()
        return None if conforms else _rows(report)

    import pyshacl_turbo
    from pyshacl_turbo.rdf import Input
    compiled = pyshacl_turbo.compile_shapes(shapes)

    def turbo(nt: str) -> Rows | None:
        conforms, report, _ = compiled.validate(Input(nt, "nt", None, {}, {}))
        return None if conforms else _rows(report)

    found: dict[str, Callable[[str], Rows | None]] = {"pyshacl": pyshacl, "pyshacl-turbo": turbo}
    try:
        import shifty  # type: ignore[import-not-found]
        prepared = shifty._shifty.PreparedValidator(shapes=shapes_ttl.encode(), shapes_format="turtle")

        def pyshifty(nt: str) -> Rows | None:
            result = prepared.validate_w3c(data=nt.encode(), data_format="ntriples")
            return None if result.conforms else _rows(Graph().parse(data=result.report_turtle, format="turtle"))
        found["pyshifty"] = pyshifty
    except ImportError:
        pass
    try:
        import pyrudof  # type: ignore[import-not-found]
        rudof = pyrudof.Rudof(pyrudof.RudofConfig())
        rudof.read_shacl(shapes_ttl, pyrudof.ShaclFormat.Turtle)

        def rudof_engine(nt: str) -> Rows | None:  # its entries name the constraint component, not the shape
            rudof.reset_data()
            rudof.read_data(nt, pyrudof.RDFFormat.NTriples)
            report = rudof.validate_shacl()
            return None if report.conforms else frozenset(("?", str(e), "") for e in report)
        found["pyrudof"] = rudof_engine
    except ImportError:
        pass
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=300, help="how many corpus articles to validate")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "moroccan-news" /
                    "articles.jsonl")
    args = ap.parse_args()
    found = engines()
    cases = [*sorted((ROOT / "tests" / "fixtures" / "counter").glob("*.ttl")),
             *sorted((DATA_DIR / "examples").glob("*.ttl"))]
    agree = dict.fromkeys(found, 0)
    for path in cases:
        nt = _closed(Graph().parse(path, format="turtle").serialize(format="nt"))
        reference = found["pyshacl"](nt)
        for name, run in found.items():
            agree[name] += run(nt) == reference
    print(f"same report as pySHACL on {len(cases)} counter-examples and examples: "
          + ", ".join(f"{name} {n}/{len(cases)}" for name, n in agree.items()))

    graphs = []
    for doc in read_paths([args.corpus], settings=Settings()):
        if len(graphs) >= args.limit:
            break
        if isinstance(doc, Exception):
            continue
        graph = build_graph(doc, extract(doc), extractor_version=EXTRACTOR_VERSION)
        graphs.append(graph.serialize(format="nt"))
    print(f"load average: {load_average()}")
    for name, run in found.items():
        run(_closed(graphs[0]))
        t0 = time.process_time()
        failing = sum(run(_closed(nt)) is not None for nt in graphs)
        ms = 1000 * (time.process_time() - t0) / len(graphs)
        print(f"{name:<15}{ms:>8.2f} CPU ms/document over {len(graphs)} documents ({failing} not conforming)",
              flush=True)
    t0 = time.process_time()
    conforming = sum(validate_ntriples(nt).conforms for nt in graphs)
    ms = 1000 * (time.process_time() - t0) / len(graphs)
    print(f"{'marsad':<15}{ms:>8.2f} CPU ms/document (validate_ntriples: closure + native check; "
          f"{conforming} conforming)")


if __name__ == "__main__":
    main()
