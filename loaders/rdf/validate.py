"""SHACL validation of one document's graph against shapes/marsad-shapes.ttl, with pyshacl-turbo.

pyshacl-turbo is a SHACL engine written in Rust with pySHACL's API; the shapes are compiled once per
process and each document's N-Triples go to the engine as text, without building an rdflib graph.
A graph that conforms costs one native call (the common case); only a graph that does not conform
gets a report graph, read into ``Violation`` objects with the shapes' own messages.

Shapes target classes directly, so before validating the rdf:type closure (every superclass in the
ontology) is added to the data: a mrs:Session is then checked by EventShape and FactShape too. That is
what RDFS inference would add for rdf:type, at a fraction of its cost.

benchmarks/shacl_engines.py compares this with pySHACL on the same graphs (time, and the same
results on every counter-example and example).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

import pyshacl_turbo
from pyshacl_turbo.rdf import Input
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.term import Node

from marsad.core.errors import ResourceMissing
from marsad.core.paths import SHAPES_DIR, ontology_files

SH = Namespace("http://www.w3.org/ns/shacl#")
_TYPE = f" <{RDF.type}> "
_LOCK = threading.Lock()  # one compiled program per process, used by one validation at a time


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


@dataclass(frozen=True, slots=True)
class _Model:
    shapes: Graph
    compiled: pyshacl_turbo.CompiledShapes
    supers: dict[str, tuple[str, ...]]  # "<class>" -> "<superclass>"... (N-Triples terms), itself excluded
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
    supers = {f"<{cls}>": tuple(sorted(f"<{s}>" for s in _closure(cls, parents) if s != cls)) for cls in parents}
    owner = {prop: node for node, prop in shapes.subject_objects(SH.property)}
    owner.update({c: node for node, c in shapes.subject_objects(SH.sparql)})
    return _Model(shapes=shapes, compiled=pyshacl_turbo.compile_shapes(shapes), supers=supers, owner=owner)


def _closure(cls: Node, parents: dict[Node, set[Node]]) -> set[Node]:
    seen, todo = {cls}, [cls]
    while todo:
        for sup in parents.get(todo.pop(), ()):
            if sup not in seen:
                seen.add(sup)
                todo.append(sup)
    return seen


def type_closure_lines(ntriples: str) -> list[str]:
    """The rdf:type triples (N-Triples lines) the ontology's superclasses add to ``ntriples``."""
    supers = _model().supers
    added: list[str] = []
    for line in ntriples.split("\n"):  # not splitlines(): a literal may hold U+2028 or U+0085
        if _TYPE not in line:
            continue
        subject, _type, cls = line.rstrip(" .").split(" ", 2)
        added.extend(f"{subject}{_TYPE}{sup} ." for sup in supers.get(cls, ()))
    return added


def with_type_closure(graph: Graph) -> Graph:
    """A copy of ``graph`` plus, for every rdf:type, the superclasses the ontology gives it."""
    data = Graph()
    for triple in graph:
        data.add(triple)
    extra = type_closure_lines(graph.serialize(format="nt"))
    if extra:
        data.parse(data="\n".join(extra), format="nt")
    return data


def _local(node: Node | None) -> str:
    text = str(node) if node is not None else ""
    return text.rsplit("#", 1)[-1] if "#" in text else text


def _str(node: Node | None) -> str | None:
    return str(node) if node is not None else None


def load_shapes() -> None:
    """Parse and compile the shapes now (once per process); raises ResourceMissing when they are not installed."""
    _model()


def validate(graph: Graph) -> ValidationReport:
    """Check one document's graph (an rdflib graph) against the shapes."""
    return validate_ntriples(graph.serialize(format="nt"))


def validate_ntriples(ntriples: str) -> ValidationReport:
    """Check one document's graph, given as N-Triples, against the shapes."""
    model = _model()
    data = "\n".join([ntriples, *type_closure_lines(ntriples)])
    with _LOCK:
        if _conforms_natively(model.compiled, data):
            return ValidationReport(conforms=True, messages=[])
        conforms, report, _text = model.compiled.validate(Input(data, "nt", None, {}, {}))
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


def _conforms_natively(compiled: pyshacl_turbo.CompiledShapes, data: str) -> bool:
    """True when the data conforms, from the engine's native call alone (no report graph is decoded:
    half the cost of a validation). False means "build the report": the caller then validates through
    the public API, which also covers an engine release whose native signature has changed."""
    try:
        result = compiled._native.validate(  # (source, format, base, iterate_rules, max_rule_iterations,
            data, "nt", None, False, 100, 15,  # max_validation_depth, inplace, allow_infos, allow_warnings,
            False, False, False, False, [], [], [],  # abort_on_first, focus_nodes, use_shapes, namespaces)
        )
    except TypeError:
        return False
    return result[0] is True
