"""How far a fact can be trusted, from the rule that produced it (never from knowledge of one article).

Three levels, each with the number every fact of that level carries (``mrs:confidence``, an
``xsd:decimal`` in [0, 1], with ``mrs:confidenceBasis`` naming the level):

- ``registry`` (0.95): an entity linked to the reference registry (``data/registry``, HCP communes): its
  identity is checked against an external list, not only read from the text;
- ``cue`` (0.8): read from an explicit cue with its argument in the same sentence: a gazetteer or
  head-word name, a title from the lexicon, a name after an honorific or beside a post, an event cue word
  (انعقد، دورة، ترأس…), an approval verb with its object (صادق … على), an agreement with its parties;
- ``inferred`` (0.5): what a rule concluded without such a cue: a ministry implied by a minister's title,
  a person found by a given name alone, a sitting no event noun names, an event known only by the body
  of whoever speaks, a decision of such an inferred event, an agreement with one named party.

A fact below ``UNVERIFIED_BELOW`` is shown as unverified ("غير مؤكد"). A document's facts keep the
level of their own evidence; a node stated by several documents has the highest of them.
"""

from __future__ import annotations

from typing import Final, Literal

Basis = Literal["registry", "cue", "inferred"]

REGISTRY: Final = 0.95
CUE: Final = 0.8
INFERRED: Final = 0.5

LEVELS: Final[dict[Basis, float]] = {"registry": REGISTRY, "cue": CUE, "inferred": INFERRED}
UNVERIFIED_BELOW: Final = 0.6


def basis(confidence: float) -> Basis:
    """The level a confidence value belongs to: the highest level not above it."""
    for name, value in sorted(LEVELS.items(), key=lambda kv: -kv[1]):
        if confidence >= value:
            return name
    return "inferred"


def value_of(cell: object) -> float | None:
    """A stored ``mrs:confidence`` (its lexical form, "0.80", or a number) as a float; None when absent."""
    if cell is None or isinstance(cell, bool):
        return None
    try:
        return float(str(cell))
    except ValueError:
        return None


def unverified(confidence: float | None) -> bool:
    """Whether a fact of this confidence is shown as unverified; a missing value is not judged."""
    return confidence is not None and confidence < UNVERIFIED_BELOW
