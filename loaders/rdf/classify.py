"""The class of an institution, event, or program: its extraction kind, refined by its name.

The kind → class table is generated from the ontology (``mrs:extractionKind``, in marsad.core.vocab);
the refinements by head word are the rules of the model (ontology/README.md).
"""

from __future__ import annotations

from rdflib import URIRef

from marsad.core.vocab import EVENT_KIND_CLASS, INSTITUTION_KIND_CLASS, MRS
from marsad.loaders.normalize import match_key

# Head words, in their match_key form (ة→ه, أ/إ→ا).
_TERRITORIAL = {"جهه": MRS.Region, "اقليم": MRS.Province, "عماله": MRS.Prefecture, "جماعه": MRS.Commune}
_COUNCIL_HEADS = {"مجلس", "المجلس"}
_COMMITTEE_HEADS = {"لجنه", "اللجنه"}
_BOARD_PREFIXES = ("مجلس الاداره", "مجلس اداره", "مجلس الرقابه", "مجلس رقابه", "المجلس الاداري")
_CHAMBERS = ("مجلس النواب", "مجلس المستشارين")
_PARTY_HEADS = {"حزب", "الحزب"}
_UNION_HEADS = {"نقابه", "النقابه"}
_PLAN_HEADS = {"مخطط", "المخطط"}
_STRATEGY_HEADS = {"استراتيجيه", "الاستراتيجيه"}


def _head(key: str) -> str:
    return key.split(" ", 1)[0] if key else ""


def institution_class(kind: str, name: str) -> URIRef:
    """The most specific class the kind and the name support."""
    key = match_key(name)
    words = key.split()
    head = _head(key)
    if kind == "territorial":
        head = words[1] if head in _COUNCIL_HEADS and len(words) > 1 else head  # "مجلس جهة ..." names the region
        return _TERRITORIAL.get(head, MRS.TerritorialCollectivity)
    if kind == "local_service":
        if any(w.startswith("الجهوي") for w in words):
            return MRS.RegionalDirectorate
        if any(w.startswith("الاقليمي") for w in words):
            return MRS.ProvincialDirectorate
        return MRS.DeconcentratedService
    if kind == "governing_body":
        if key.startswith(_BOARD_PREFIXES):
            return MRS.Board
        if head in _COUNCIL_HEADS:
            return MRS.Council
        if head in _COMMITTEE_HEADS:
            return MRS.Committee
        return MRS.GoverningBody
    if kind == "parliament":
        if any(chamber in key for chamber in _CHAMBERS) and head in _COUNCIL_HEADS:
            return MRS.ParliamentaryChamber
        if head in _COMMITTEE_HEADS:
            return MRS.ParliamentaryCommittee
        return MRS.Parliament
    if kind == "association":
        if head in _PARTY_HEADS:
            return MRS.PoliticalParty
        if head in _UNION_HEADS or "للشغل" in words:
            return MRS.TradeUnion
        return MRS.Association
    return INSTITUTION_KIND_CLASS.get(kind, MRS.Institution)


def event_class(kind: str) -> URIRef:
    return EVENT_KIND_CLASS.get(kind, MRS.Event)


def program_class(name: str) -> URIRef:
    head = _head(match_key(name))
    if head in _PLAN_HEADS:
        return MRS.Plan
    if head in _STRATEGY_HEADS:
        return MRS.Strategy
    return MRS.Program
