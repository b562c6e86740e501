"""Model lint: labels and definitions on every term, a shape for every concrete class, no undeclared
mrs: term anywhere, and marsad/core/vocab.py in step with the ontology."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from marsad.core.paths import DATA_DIR, SHAPES_DIR, ontology_files
from marsad.core.vocab import (
    DECISION_ACTION_CONCEPT,
    DECISION_KIND_CONCEPT,
    EVENT_KIND_CLASS,
    INSTITUTION_KIND_CLASS,
    MRS,
)
from marsad.loaders import facts

PROJECT_ROOT = Path(__file__).resolve().parents[1]

SH = Namespace("http://www.w3.org/ns/shacl#")
# Classes that never get instances of their own and so need no shape. None today: every mrs: class
# can be the class of a node (mrs:Institution is the class of kind "other", mrs:Event likewise).
ABSTRACT: frozenset[URIRef] = frozenset()
DECLARED_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)


def load(paths: list[Path]) -> Graph:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load(ontology_files())


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load(sorted(SHAPES_DIR.glob("*.ttl")))


def declared(ontology: Graph) -> set[URIRef]:
    return {s for t in DECLARED_TYPES for s in ontology.subjects(RDF.type, t)
            if isinstance(s, URIRef) and str(s).startswith(str(MRS))}


def test_every_term_has_labels_in_three_languages_and_a_definition(ontology: Graph) -> None:
    missing = []
    for term in sorted(declared(ontology)):
        languages = {lit.language for lit in ontology.objects(term, RDFS.label) if isinstance(lit, Literal)}
        if not {"ar", "fr", "en"} <= languages:
            missing.append(f"{term}: labels {sorted(languages, key=str)}")
        if not any(isinstance(d, Literal) and d.language == "en" for d in ontology.objects(term, SKOS.definition)):
            missing.append(f"{term}: no skos:definition@en")
    assert not missing, "\n".join(missing)


def test_the_model_terms_are_all_declared(ontology: Graph) -> None:
    names = {str(t)[len(str(MRS)):] for t in declared(ontology)}
    expected = {
        "Institution", "Ministry", "PublicEstablishment", "HighCommission", "TerritorialCollectivity", "Region",
        "Province", "Prefecture", "Commune", "DeconcentratedService", "RegionalDirectorate", "ProvincialDirectorate",
        "GoverningBody", "Board", "Council", "Committee", "Parliament", "ParliamentaryChamber",
        "ParliamentaryCommittee", "PoliticalParty", "TradeUnion", "Association", "Company", "ForeignBody",
        "InternationalOrganization", "Person", "Post", "Tenure", "Event", "Session", "Meeting", "Signing",
        "Assembly", "Visit", "Decision", "DecisionKind", "DecisionAction", "Program", "Plan", "Strategy",
        "Agreement", "Document", "Evidence", "matchKey", "supervisedBy", "holder", "post", "acting", "attestedOn",
        "date", "placeName", "venue", "body", "organizedBy", "sessionNumber", "chair", "participant", "decidedAt",
        "decisionKind", "decisionAction", "object", "fiscalYear", "party", "purpose", "signedAt", "ownedBy",
        "period", "documentId", "published", "outlet", "contentHash", "text", "evidence", "start", "end", "quote",
        "extractorVersion", "mentionedIn", "KindBudget", "KindActionPlan", "KindProgram", "KindRegulation",
        "KindPartnership", "KindAppointment", "KindMeasures", "KindReport", "KindOther", "ActionApprove",
        "ActionAdopt", "ActionSign", "ActionReview", "ActionOther",
    }
    assert expected <= names, sorted(expected - names)


def test_every_concrete_class_has_a_named_shape(ontology: Graph, shapes: Graph) -> None:
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(str(MRS))}
    targeted = {c: s for s, c in shapes.subject_objects(SH.targetClass)}
    missing = sorted(str(c) for c in classes - ABSTRACT if c not in targeted)
    assert not missing, f"classes without a shape: {missing}"
    for cls in classes - ABSTRACT:
        named = URIRef(f"{cls}Shape")
        assert (named, SH.targetClass, cls) in shapes, f"{cls}: expected a shape named {named}"


def test_shapes_have_readable_names(shapes: Graph) -> None:
    for kind in (SH.NodeShape, SH.PropertyShape):
        for shape in shapes.subjects(RDF.type, kind):
            assert isinstance(shape, URIRef) and str(shape).startswith(str(MRS)), shape
    for node, prop in shapes.subject_objects(SH.property):
        assert isinstance(prop, URIRef), f"{node}: anonymous property shape"
        owner = str(node)[len(str(MRS)):].removesuffix("Shape")
        assert str(prop)[len(str(MRS)):].startswith(f"{owner}-"), f"{prop} is not named {owner}-<property>"
        assert shapes.value(prop, SH.message) is not None, f"{prop}: no sh:message"


def test_no_undeclared_mrs_term_in_shapes_axioms_or_examples(ontology: Graph, shapes: Graph) -> None:
    known = declared(ontology)
    graphs = {"ontology": ontology, "shapes": shapes}
    graphs.update({p.name: load([p]) for p in sorted((DATA_DIR / "examples").glob("*.ttl"))})
    for name, graph in graphs.items():
        used = {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(str(MRS))}
        shape_names = set(shapes.subjects()) if name == "shapes" else set()
        unknown = sorted(str(t) for t in used - known - shape_names)
        assert not unknown, f"{name}: undeclared terms {unknown}"


def test_every_extraction_kind_maps_to_a_term() -> None:
    assert set(get_args(facts.InstitutionKind)) == set(INSTITUTION_KIND_CLASS)
    assert set(get_args(facts.EventKind)) == set(EVENT_KIND_CLASS)
    assert set(get_args(facts.DecisionKind)) == set(DECISION_KIND_CONCEPT)
    assert set(get_args(facts.DecisionAction)) == set(DECISION_ACTION_CONCEPT)


def test_vocab_is_closed() -> None:
    assert MRS.Session == URIRef("https://w3id.org/marsad/ontology#Session")
    with pytest.raises(AttributeError):
        _ = MRS.Sesion  # a typo must not silently mint an IRI


def test_vocab_module_is_what_the_generator_writes() -> None:
    result = subprocess.run([sys.executable, str(PROJECT_ROOT / "tools" / "gen_vocab.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
