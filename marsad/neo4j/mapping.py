"""The RDF → property-graph mapping, read from the ontology and ontology/neo4j-mapping.ttl.

Every ``mrs:`` class is a node label; a node carries the labels of its classes and of their ``mrs:``
superclasses, plus ``Resource`` (the label every lookup by ``iri`` goes through). Literal-valued
properties become node properties and IRI-valued ones relationships, as the annotations in
ontology/neo4j-mapping.ttl say. Labels and relationship types can only come from here: they are the
whitelist the loader builds the static part of its statements from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from marsad.core.paths import ontology_files
from marsad.core.vocab import MRS

MRSN = Namespace("https://w3id.org/marsad/neo4j#")
RESOURCE_LABEL = "Resource"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class PropertyRule:
    """A literal-valued predicate → a node property."""

    name: str
    language_suffix: bool = False
    multi_valued: bool = False


@dataclass(frozen=True)
class RelationshipRule:
    """An IRI-valued predicate → a relationship (``reversed``: from the RDF object to the subject)."""

    type: str
    reversed: bool = False


@dataclass(frozen=True)
class GraphMapping:
    """The whole mapping, keyed by predicate or class IRI (strings)."""

    class_labels: Mapping[str, tuple[str, ...]]
    properties: Mapping[str, PropertyRule]
    relationships: Mapping[str, RelationshipRule]
    notation_properties: Mapping[str, str]
    notations: Mapping[str, str]

    @property
    def labels(self) -> tuple[str, ...]:
        """Every node label the mapping can produce (Resource first), for constraints and checks."""
        found = {label for labels in self.class_labels.values() for label in labels}
        return (RESOURCE_LABEL, *sorted(found))

    @property
    def relationship_types(self) -> tuple[str, ...]:
        return tuple(sorted({rule.type for rule in self.relationships.values()}))

    def labels_for(self, classes: Iterable[str]) -> tuple[str, ...]:
        """The sorted labels of a node typed with ``classes`` (unknown classes add nothing)."""
        found: set[str] = set()
        for cls in classes:
            found.update(self.class_labels.get(cls, ()))
        return tuple(sorted(found))


def _flag(graph: Graph, subject: URIRef, prop: URIRef) -> bool:
    value = graph.value(subject, prop)
    return isinstance(value, Literal) and bool(value.toPython())


def _checked_name(value: object, subject: URIRef) -> str:
    name = str(value)
    if not _NAME.match(name):
        raise ValueError(f"{subject}: {name!r} is not a safe Neo4j name")
    return name


def _superclasses(graph: Graph, cls: URIRef) -> set[URIRef]:
    found, frontier = {cls}, [cls]
    while frontier:
        for parent in graph.objects(frontier.pop(), RDFS.subClassOf):
            if isinstance(parent, URIRef) and parent not in found:
                found.add(parent)
                frontier.append(parent)
    return found


def mapping_from_graph(graph: Graph) -> GraphMapping:
    """Build the mapping from an ontology graph that includes the neo4j-mapping annotations."""
    mrs = str(MRS._NS)
    class_labels: dict[str, tuple[str, ...]] = {}
    for cls in graph.subjects(RDF.type, OWL.Class):
        if isinstance(cls, URIRef) and str(cls).startswith(mrs):
            names = {str(c)[len(mrs):] for c in _superclasses(graph, cls) if str(c).startswith(mrs)}
            class_labels[str(cls)] = tuple(sorted(_checked_name(n, cls) for n in names))
    properties: dict[str, PropertyRule] = {}
    for pred, name in graph.subject_objects(MRSN.propertyName):
        if isinstance(pred, URIRef):
            properties[str(pred)] = PropertyRule(
                name=_checked_name(name, pred), language_suffix=_flag(graph, pred, MRSN.languageSuffix),
                multi_valued=_flag(graph, pred, MRSN.multiValued))
    relationships: dict[str, RelationshipRule] = {}
    for pred, rel_type in graph.subject_objects(MRSN.relationshipType):
        if isinstance(pred, URIRef):
            relationships[str(pred)] = RelationshipRule(
                type=_checked_name(rel_type, pred), reversed=_flag(graph, pred, MRSN.reversed))
    notation_properties = {str(p): _checked_name(n, p) for p, n in graph.subject_objects(MRSN.notationProperty)
                           if isinstance(p, URIRef)}
    notations = {str(c): str(n) for c, n in graph.subject_objects(SKOS.notation) if isinstance(c, URIRef)}
    return GraphMapping(class_labels=class_labels, properties=properties, relationships=relationships,
                        notation_properties=notation_properties, notations=notations)


@lru_cache(maxsize=4)
def _load(files: tuple[Path, ...]) -> GraphMapping:
    graph = Graph()
    for file in files:
        graph.parse(file, format="turtle")
    return mapping_from_graph(graph)


def load_mapping(files: Iterable[Path] | None = None) -> GraphMapping:
    """The mapping of the project's ontology (cached per set of files)."""
    return _load(tuple(files if files is not None else ontology_files()))


def mapped_predicates(mapping: GraphMapping) -> set[str]:
    """Every predicate the mapping knows (rdf:type included)."""
    return {str(RDF.type), *mapping.properties, *mapping.relationships, *mapping.notation_properties}
