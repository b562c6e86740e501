"""The facts of one document: the contract between extraction and the RDF builder.

These models mirror ``extraction.schema.json`` (the JSON form of one document's facts, see
../shared/eval/). Ids are local to the document; every fact carries evidence spans with
offsets into the document text exactly as read, so that ``text[start:end] == quote``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from marsad.core.confidence import CUE

InstitutionKind = Literal[
    "ministry", "public_body", "high_commission", "territorial", "local_service",
    "governing_body", "parliament", "association", "company", "other",
]
EventKind = Literal["session", "meeting", "signing", "assembly", "visit", "other"]
DecisionAction = Literal["approve", "adopt", "sign", "review", "other"]
DecisionKind = Literal[
    "budget", "action_plan", "program", "regulation", "partnership",
    "appointment", "measures", "report", "other",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# How far a fact can be trusted, from the rule that produced it (marsad.core.confidence). The extractor
# always sets it; facts written by other means (by hand, in tests) are taken as read from an explicit cue.
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]


class Evidence(_Frozen):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str


class DocumentInfo(_Frozen):
    id: str
    title: str | None = None
    published: str | None = None  # ISO date
    source: str | None = None


class Person(_Frozen):
    id: str
    name: str
    evidence: list[Evidence] = Field(min_length=1)
    confidence: Confidence = CUE


class Institution(_Frozen):
    id: str
    name: str
    kind: InstitutionKind
    parent: str | None = None
    evidence: list[Evidence] = Field(min_length=1)
    confidence: Confidence = CUE


class Post(_Frozen):
    id: str
    title: str
    institution: str | None = None
    holder: str | None = None
    acting: bool = False
    evidence: list[Evidence] = Field(min_length=1)
    confidence: Confidence = CUE


class Agent(_Frozen):
    person: str | None = None
    post: str | None = None


class Event(_Frozen):
    id: str
    kind: EventKind
    title: str | None = None
    date: str | None = None
    place: str | None = None
    venue: str | None = None
    body: str | None = None
    institution: str | None = None
    number: int | None = None
    chair: Agent | None = None
    participants: list[Agent] = Field(default_factory=list)
    evidence: list[Evidence] = Field(min_length=1)
    confidence: Confidence = CUE


class Decision(_Frozen):
    id: str
    event: str | None
    action: DecisionAction = "approve"
    kind: DecisionKind
    object: str
    year: int | None = None
    evidence: list[Evidence] = Field(min_length=1)
    confidence: Confidence = CUE


class Partnership(_Frozen):
    id: str
    event: str | None = None
    parties: list[str] = Field(min_length=1)
    purpose: str | None = None
    evidence: list[Evidence] = Field(min_length=1)
    confidence: Confidence = CUE


class Program(_Frozen):
    id: str
    name: str
    institution: str | None = None
    period: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    confidence: Confidence = CUE


class DocumentFacts(_Frozen):
    """Everything extracted from one document."""

    document: DocumentInfo
    persons: list[Person] = Field(default_factory=list)
    institutions: list[Institution] = Field(default_factory=list)
    posts: list[Post] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    partnerships: list[Partnership] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The JSON form (extraction.schema.json), with every key present."""
        return self.model_dump(mode="json")
