"""Response models of the REST routes, with examples for the OpenAPI page."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_REF: Any = {"key": "f062df9c855deec9", "type": "institution",
        "iri": "https://w3id.org/marsad/id/institution/f062df9c855deec9",
        "label": "المكتب الوطني للكهرباء والماء الصالح للشرب"}


class Ref(BaseModel):
    """A link to a resource: its key (the last IRI segment), type, IRI and Arabic label."""

    model_config = ConfigDict(frozen=True, json_schema_extra={"examples": [_REF]})
    key: str
    type: str | None
    iri: str
    label: str | None


class ListPage(BaseModel):
    """One page of a list, with the total number of matching items."""

    model_config = ConfigDict(frozen=True, json_schema_extra={"examples": [
        {"total": 1, "page": 1, "per_page": 20, "pages": 1,
         "items": [{**_REF, "classes": ["PublicEstablishment"], "parents": []}]}]})
    total: int = Field(ge=0)
    page: int = Field(ge=1)
    per_page: int = Field(ge=1, le=100)
    pages: int = Field(ge=0)
    items: list[dict[str, Any]]


class Source(BaseModel):
    """A document and the exact quote (with character offsets) a fact comes from."""

    document: Ref
    start: int
    end: int
    quote: str
    confidence: float | None = Field(default=None, ge=0.0, le=1.0, description=(
        "How far the fact can be trusted from the rule that produced it: 0.95 registry, 0.8 explicit cue, "
        "0.5 inferred (below 0.6: unverified)."))


class Detail(BaseModel):
    """One resource with its related items and the sources of each fact."""

    model_config = ConfigDict(frozen=True, extra="allow", json_schema_extra={"examples": [
        {**_REF, "alt_labels": [], "classes": ["PublicEstablishment"],
         "sources": [{"document": {"key": "fc224a7c2f985aa0", "type": "document",
                                   "iri": "https://w3id.org/marsad/id/document/fc224a7c2f985aa0",
                                   "label": "مجلس إدارة المكتب الوطني للكهرباء يصادق على ميزانية 2024"},
                      "start": 38, "end": 78, "quote": "مكتب الوطني للكهرباء والماء الصالح للشرب",
                      "confidence": 0.95}],
         "sub_units": [], "events": [], "decisions": [], "partnerships": []}]})
    key: str
    type: str | None
    iri: str
    label: str | None
    alt_labels: list[str]
    classes: list[str]


class SearchHit(Ref):
    matched: str = Field(description="The spelling that matched (label or other spelling).")
    latin: str = Field(description="Latin transliteration of that spelling.")
    score: float


class SearchResults(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"query": "Mohamed Benali", "results": [{"key": "fd20db9c867b68b9", "type": "person",
         "iri": "https://w3id.org/marsad/id/person/fd20db9c867b68b9", "label": "محمد بنعلي",
         "matched": "محمد بنعلي", "latin": "mhmd bnali", "score": 95.0}]}]})
    query: str
    results: list[SearchHit]


class Stats(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"totals": {"institutions": 5, "events": 3}, "events_per_institution_year": [
            {"institution": _REF, "year": 2024, "events": 2}],
         "decisions_by_kind_year": [{"kind": "budget", "year": 2024, "decisions": 1}],
         "top_chairs": [], "partnerships_per_territorial_body": []}]})
    totals: dict[str, int]
    events_per_institution_year: list[dict[str, Any]]
    decisions_by_kind_year: list[dict[str, Any]]
    top_chairs: list[dict[str, Any]]
    partnerships_per_territorial_body: list[dict[str, Any]]


class GraphView(BaseModel):
    """Nodes and edges for the graph explorer (cytoscape elements)."""

    model_config = ConfigDict(json_schema_extra={"examples": [
        {"nodes": [{"id": _REF["iri"], "key": _REF["key"], "type": "institution", "label": _REF["label"]}],
         "edges": []}]})
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
