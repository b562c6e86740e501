"""The list filters: each is a fixed SPARQL fragment over a substitution variable, so a value can
only ever be compared, never become query text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import pyoxigraph as ox
from rdflib import URIRef

from marsad.api.repo.common import MRS, Row, day, decimal, integer, page_bounds, rows, text
from marsad.core import vocab
from marsad.store import RdfStore


def _local_names(table: Mapping[str, URIRef]) -> dict[str, str]:
    """kind -> local name of its class or concept, from a table generated from the ontology."""
    return {kind: str(iri).removeprefix(MRS) for kind, iri in table.items()}


# The kinds a list filters by -> local names in the ontology, all from marsad.core.vocab (generated from the
# ontology by tools/gen_vocab.py): extraction kinds and the mrs:kindCode of refined classes ("region", "board").
INSTITUTION_KINDS = _local_names(vocab.INSTITUTION_FILTER_KIND_CLASS)
EVENT_KINDS = _local_names(vocab.EVENT_KIND_CLASS)
DECISION_KINDS = _local_names(vocab.DECISION_KIND_CONCEPT)
DECISION_ACTIONS = _local_names(vocab.DECISION_ACTION_CONCEPT)


def mrs(name: str) -> ox.NamedNode:
    return ox.NamedNode(MRS + name)


@dataclass
class Query:
    """A list query under construction: fixed fragments plus the values they compare with."""

    where: list[str] = field(default_factory=list)
    bindings: dict[str, ox.NamedNode | ox.Literal] = field(default_factory=dict)

    def add(self, fragment: str, **values: ox.NamedNode | ox.Literal) -> None:
        self.where.append(fragment)
        self.bindings.update(values)

    def date_range(self, var: str, *, year: int | None, start: date | None, end: date | None) -> None:
        if year is not None:
            self.add(f"FILTER(YEAR({var}) = ?f_year)", f_year=integer(year))
        if start is not None:
            self.add(f"FILTER({var} >= ?f_from)", f_from=day(start))
        if end is not None:
            self.add(f"FILTER({var} <= ?f_to)", f_to=day(end))

    def contains(self, var: str, value: str | None) -> None:
        if value:
            self.add(f"FILTER(CONTAINS(LCASE(STR({var})), LCASE(?f_text)))", f_text=text(value))

    def page(self, store: RdfStore, *, select: str, group: str, order: str, limit: int, offset: int,
             ) -> tuple[int, list[Row]]:
        """(total, rows of one page) of ``?item`` matching every fragment."""
        body = "\n".join(self.where)
        grouped = " GROUP BY " if self.bindings else ""  # bound names are added there (see rows())
        total_rows = rows(store, f"SELECT (COUNT(DISTINCT ?item) AS ?n) WHERE {{ {body} }}{grouped}", self.bindings)
        total = int(total_rows[0]["n"] or 0) if total_rows else 0
        found = rows(store, f"SELECT {select} WHERE {{ {body} }} GROUP BY {group} ORDER BY {order}"
                     + page_bounds(limit, offset), self.bindings)
        return total, found


def confident(query: Query, least: float | None) -> None:
    """``?item`` has some evidence whose ``mrs:confidence`` is at least ``least``."""
    if least is not None:
        query.add("?item mrs:evidence/mrs:confidence ?fconf . FILTER(?fconf >= ?f_conf)", f_conf=decimal(least))


def typed(query: Query, type_: str) -> None:
    """``?item`` is a resource of type ``type_`` (by its IRI: .../id/{type}/...)."""
    query.add("?item a ?cls . FILTER(STRSTARTS(STR(?item), ?f_base))",
              f_base=text(f"https://w3id.org/marsad/id/{type_}/"))


def of_class(query: Query, local: str, *, var: str = "?item") -> None:
    """``var`` is an instance of ``mrs:{local}`` or of one of its subclasses (ontology graph)."""
    query.add(f"{var} a ?kcls . ?kcls rdfs:subClassOf* ?f_class .", f_class=mrs(local))

