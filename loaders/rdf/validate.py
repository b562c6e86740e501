"""SHACL validation of one document's graph against shapes/marsad-shapes.ttl.

The shapes and the ontology are loaded once. Shapes target classes directly, so before validating
the rdf:type closure (every superclass in the ontology) is added to a copy of the data graph: a
mrs:Session is then checked by EventShape and FactShape too. That is what RDFS inference would add
for rdf:type, at a fraction of its cost.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from pyshacl import Validator
from pyshacl.graph_abstraction import RdfLibDataGraph
from pyshacl.shapes_graph import ShapesGraph
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from marsad.core.errors import ResourceMissing
from marsad.core.paths import SHAPES_DIR, ontology_files

SH = Namespace("http://www.w3.org/ns/shacl#")
# The parsed shapes are shared; pySHACL was not written for concurrent runs over one ShapesGraph.
_RUN_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Violation:
    """One validation result: the node shape it belongs to, the shape that failed, and why."""

    node_shape: str
    shape: str
    focus: str
    path: str | None
    value: str | None
    message: str


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    messages: list[str]  # "ShapeName: focus node: message", plus " [value: ...]" when a value is at fault
    violations: tuple[Violation, ...] = ()


class _PreparedQueryGraph(RdfLibDataGraph):
    """pySHACL runs a shape's SPARQL constraint once per focus node with the same text and $this
    bound; parsing the text is most of the cost, so parsed queries are kept."""

    def query(self, query_object: object, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)  # type: ignore[arg-type]


@lru_cache(maxsize=64)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


@dataclass(frozen=True, slots=True)
class _Model:
    shapes: Graph
    shapes_graph: ShapesGraph
    supers: dict[Node, frozenset[Node]]  # class -> itself and every superclass
    owner: dict[Node, Node]  # property shape -> node shape that uses it


@lru_cache(maxsize=1)
def _model() -> _Model:
    shapes = Graph()
    files = sorted(SHAPES_DIR.glob("*.ttl"))
    if not files:
        raise ResourceMissing(f"no SHACL shapes (*.ttl) in {SHAPES_DIR}: the installation is incomplete",
                              detail={"folder": str(SHAPES_DIR)})
    for path in files:
        shapes.parse(path, format="turtle")
    ontology = Graph()
    for path in ontology_files():
        ontology.parse(path, format="turtle")
    parents: dict[Node, set[Node]] = {}
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            parents.setdefault(sub, set()).add(sup)
    supers = {cls: frozenset(_closure(cls, parents)) for cls in parents}
    owner = {prop: node for node, prop in shapes.subject_objects(SH.property)}
    owner.update({c: node for node, c in shapes.subject_objects(SH.sparql)})
    return _Model(shapes=shapes, shapes_graph=ShapesGraph(shapes), supers=supers, owner=owner)


def _closure(cls: Node, parents: dict[Node, set[Node]]) -> set[Node]:
    seen, todo = {cls}, [cls]
    while todo:
        for sup in parents.get(todo.pop(), ()):
            if sup not in seen:
                seen.add(sup)
                todo.append(sup)
    return seen


def with_type_closure(graph: Graph) -> Graph:
    """A copy of ``graph`` plus, for every rdf:type, the superclasses the ontology gives it."""
    supers = _model().supers
    data = Graph()
    for triple in graph:
        data.add(triple)
    for node, cls in list(data.subject_objects(RDF.type)):
        for sup in supers.get(cls, ()):
            data.add((node, RDF.type, sup))
    return data


def _local(node: Node | None) -> str:
    text = str(node) if node is not None else ""
    return text.rsplit("#", 1)[-1] if "#" in text else text


def _str(node: Node | None) -> str | None:
    return str(node) if node is not None else None


def load_shapes() -> None:
    """Parse the shapes now (once per process); raises ResourceMissing when they are not installed."""
    _model()


def validate(graph: Graph) -> ValidationReport:
    """Check one document's graph against the shapes."""
    model = _model()
    data = _PreparedQueryGraph.from_rdflib(with_type_closure(graph))
    with _RUN_LOCK:
        validator = Validator(data, shacl_graph=model.shapes,
                              options={"inference": "none", "advanced": False, "inplace": True})
        validator.shacl_graph = model.shapes_graph  # reuse the parsed shapes: parsing them is most of the cost
        conforms, report, _text = validator.run()
    if conforms:
        return ValidationReport(conforms=True, messages=[])
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        constraint = report.value(result, SH.sourceConstraint)  # a named SPARQL constraint names itself
        source = constraint if isinstance(constraint, URIRef) else report.value(result, SH.sourceShape)
        node_shape = model.owner.get(source, source) if source is not None else None
        violations.append(Violation(
            node_shape=_local(node_shape), shape=_local(source), focus=str(report.value(result, SH.focusNode)),
            path=_str(report.value(result, SH.resultPath)), value=_str(report.value(result, SH.value)),
            message=str(report.value(result, SH.resultMessage)),
        ))
    violations.sort(key=lambda v: (v.shape, v.focus, v.path or "", v.message))
    messages = [f"{v.shape}: {v.focus}: {v.message}" + (f" [value: {v.value}]" if v.value else "")
                for v in violations]
    return ValidationReport(conforms=False, messages=messages, violations=tuple(violations))
