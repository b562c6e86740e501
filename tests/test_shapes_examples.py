"""The shapes: every example graph conforms; every counter-example fails with its shape's message."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import RDF, Graph, Namespace, URIRef

from marsad.core.paths import DATA_DIR, SHAPES_DIR, ontology_files
from marsad.core.vocab import MRS
from marsad.loaders.rdf.validate import validate

PROJECT_ROOT = Path(__file__).resolve().parents[1]

SH = Namespace("http://www.w3.org/ns/shacl#")
EXAMPLES = sorted((DATA_DIR / "examples").glob("*.ttl"))
COUNTER = sorted((PROJECT_ROOT / "tests" / "fixtures" / "counter").glob("*.ttl"))


def load(*paths: Path) -> Graph:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


SHAPES = load(*sorted(SHAPES_DIR.glob("*.ttl")))


def test_there_are_examples_of_each_kind() -> None:
    assert {p.stem for p in EXAMPLES} >= {"session", "signing", "tenure", "hierarchy"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_conforms(path: Path) -> None:
    report = validate(load(path))
    assert report.conforms, "\n".join(report.messages)


def test_examples_conform_with_plain_pyshacl_and_rdfs_inference_too() -> None:
    """The shapes do not depend on Marsad's type closure: standard pySHACL usage agrees."""
    ontology = load(*ontology_files())
    for path in EXAMPLES:
        conforms, _graph, text = pyshacl_validate(load(path), shacl_graph=SHAPES, ont_graph=ontology,
                                                  inference="rdfs")
        assert conforms, text
    conforms, _graph, _text = pyshacl_validate(load(COUNTER[0]), shacl_graph=SHAPES, ont_graph=ontology,
                                               inference="rdfs")
    assert not conforms


def test_every_node_shape_has_a_counter_example() -> None:
    shapes = {str(s)[len(str(MRS)):] for s in SHAPES.subjects(RDF.type, SH.NodeShape)}
    assert shapes == {p.stem for p in COUNTER}


@pytest.mark.parametrize("path", COUNTER, ids=lambda p: p.stem)
def test_counter_example_fails_with_its_shape(path: Path) -> None:
    report = validate(load(path))
    assert not report.conforms
    failing = [v for v in report.violations if v.node_shape == path.stem]
    assert failing, f"{path.stem} did not fail; got {report.messages}"
    for violation in failing:  # the message is the shape's own, not pySHACL's generic text
        shape = URIRef(str(MRS) + violation.shape)
        messages = {str(m) for m in SHAPES.objects(shape, SH.message)}
        messages |= {str(m) for m in SHAPES.objects(URIRef(str(MRS) + violation.node_shape), SH.message)}
        assert violation.message in messages, violation
    assert all(m.count(": ") >= 2 for m in report.messages)  # "ShapeName: focus node: message"
