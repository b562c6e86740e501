"""The RDF → property-graph mapping, on small rdflib graphs (no server needed)."""

from __future__ import annotations

from rdflib import OWL, RDF, Graph

from marsad.core.paths import ontology_files
from marsad.core.vocab import MRS
from marsad.neo4j.mapping import RESOURCE_LABEL, load_mapping
from marsad.neo4j.rows import DocumentRows, document_rows, triples_from_rdflib, triples_from_store
from marsad.neo4j.samples import region_documents
from marsad.neo4j.schema import main as schema_main
from marsad.store import RdfStore


def _rows(index: int = 0) -> DocumentRows:
    graph_iri, graph = region_documents()[index]
    return document_rows(load_mapping(), graph_iri, triples_from_rdflib(graph))


def test_every_ontology_property_is_mapped() -> None:
    ontology = Graph()
    for file in ontology_files():
        ontology.parse(file)
    mapping = load_mapping()
    known = set(mapping.properties) | set(mapping.relationships) | set(mapping.notation_properties)
    declared = {str(p) for t in (OWL.ObjectProperty, OWL.DatatypeProperty)
                for p in ontology.subjects(RDF.type, t) if str(p).startswith(str(MRS._NS))}
    assert declared - known == set()


def test_labels_include_superclasses() -> None:
    mapping = load_mapping()
    assert mapping.labels_for([str(MRS.Board)]) == ("Board", "GoverningBody", "Institution")
    assert mapping.labels_for([str(MRS.Session)]) == ("Event", "Session")
    assert mapping.labels[0] == RESOURCE_LABEL


def test_nodes_get_labels_arabic_names_and_typed_values() -> None:
    rows = _rows()
    by_iri = {node.iri: node for node in rows.nodes}
    session = next(n for n in rows.nodes if "Session" in n.labels)
    assert session.labels == ("Event", "Session")
    assert session.props["name_ar"] == "دورة مارس"
    assert session.props["date"] == "2024-03-12"
    assert session.props["session_number"] == 1
    decision = next(n for n in rows.nodes if "Decision" in n.labels)
    assert (decision.props["kind"], decision.props["action"], decision.props["fiscal_year"]) == (
        "budget", "approve", 2024)
    assert decision.props["object_ar"] == "ميزانية الجهة برسم سنة 2024"
    region = next(n for n in rows.nodes if "Region" in n.labels)
    assert region.labels == ("Institution", "Region", "TerritorialCollectivity")
    assert rows.source == "doc-a"
    assert by_iri[rows.document_iri or ""].props["graph"] == rows.graph_iri


def test_relationships_follow_the_annotations() -> None:
    rows = _rows()
    types = {(r.type, _label(rows, r.start), _label(rows, r.end)) for r in rows.rels}
    assert ("CHAIRED", "Person", "Session") in types  # mrs:chair reversed
    assert ("ATTENDED", "Person", "Session") in types
    assert ("PARTY_TO", "Region", "Agreement") in types
    assert ("DECIDED_AT", "Decision", "Session") in types
    assert ("PART_OF", "Council", "Region") in types
    assert ("SUPPORTS", "Document", "Person") in types
    assert ("HAS_TENURE", "Person", "Tenure") in types
    chaired = next(r for r in rows.rels if r.type == "CHAIRED")
    assert chaired.quotes == ("دورة مارس",)  # the evidence of the RDF subject (the event)


def _label(rows: DocumentRows, iri: str) -> str:
    node = next(n for n in rows.nodes if n.iri == iri)
    specific = [x for x in node.labels if x not in ("Event", "Institution", "TerritorialCollectivity")]
    return specific[0]


def test_store_and_rdflib_give_the_same_rows() -> None:
    graph_iri, graph = region_documents()[0]
    store = RdfStore(None)
    store.replace_graph(graph_iri, graph.serialize(format="nt"))
    from_store = document_rows(load_mapping(), graph_iri, triples_from_store(store.quads(graph_iri)))
    assert from_store == _rows()


def test_language_tags_stay_apart() -> None:
    graph_iri, graph = region_documents()[0]
    from rdflib import RDFS, Literal
    person = next(s for s in graph.subjects(RDF.type, MRS.Person))
    graph.add((person, RDFS.label, Literal("Rachid Abdi", lang="fr")))
    rows = document_rows(load_mapping(), graph_iri, triples_from_rdflib(graph))
    node = next(n for n in rows.nodes if n.iri == str(person))
    assert node.props["name_fr"] == "Rachid Abdi" and node.props["name_ar"]


def test_generated_schema_has_not_drifted() -> None:
    assert schema_main(["--check"]) == 0, "run python -m marsad.neo4j.schema"


def test_evidence_carries_its_confidence_as_a_number_and_its_level() -> None:
    evidence = [n for n in _rows().nodes if "Evidence" in n.labels]
    assert evidence and all(n.props["confidence"] == 0.8 and isinstance(n.props["confidence"], float)
                            and n.props["confidence_basis"] == "cue" for n in evidence)
