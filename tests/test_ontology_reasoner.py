"""The ontology is consistent for a real OWL 2 DL reasoner (HermiT, bundled with owlready2; needs Java)."""

from __future__ import annotations

import shutil
from pathlib import Path

import owlready2
import pytest
from rdflib import OWL, RDF, Graph, URIRef

from marsad.core.paths import ontology_files
from marsad.core.vocab import MRS

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java on PATH")


def merged_ontology() -> Graph:
    """Both modules in one graph, without owl:imports (owlready2 would try to fetch them)."""
    graph = Graph()
    for path in ontology_files():
        graph.parse(path, format="turtle")
    graph.remove((None, OWL.imports, None))
    return graph


def reason(graph: Graph, tmp_path: Path) -> owlready2.World:
    path = tmp_path / "marsad.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()  # never the global default world
    onto = world.get_ontology(path.as_uri()).load()
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return world


def test_ontology_is_consistent_and_every_class_satisfiable(tmp_path: Path) -> None:
    world = reason(merged_ontology(), tmp_path)
    assert list(world.inconsistent_classes()) == []
    session = world.search_one(iri=str(MRS.Session))
    assert session is not None and world.search_one(iri=str(MRS.Event)) in session.ancestors()


def test_reasoner_rejects_a_person_that_is_an_institution(tmp_path: Path) -> None:
    """The disjointness axioms are live: this is what the consistency test would catch."""
    graph = merged_ontology()
    thing = URIRef("https://w3id.org/marsad/id/person/0000000000000000")
    graph.add((thing, RDF.type, OWL.NamedIndividual))
    graph.add((thing, RDF.type, MRS.Person))
    graph.add((thing, RDF.type, MRS.Ministry))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        reason(graph, tmp_path)
