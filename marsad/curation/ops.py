"""The three judgements a curator makes, checked against the store, recorded, and applied to it at once."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.core.errors import BadRequest
from marsad.core.settings import Settings
from marsad.core.vocab import ID_BASE, resource_iri
from marsad.curation import judgements as jfile
from marsad.curation.judgements import Judgement
from marsad.curation.store import apply_to_store, describe, resolve_document, resolve_node
from marsad.store import RdfStore


@dataclass(frozen=True)
class Outcome:
    judgement: Judgement
    recorded: bool  # False: the same decision was already in the file
    changed_graphs: tuple[str, ...]


def split_iri(node: str, graph: str) -> str:
    """The node that the mentions of ``node`` in one document graph become (stable: the same split, the same IRI)."""
    from marsad.loaders.rdf.iris import mint_key
    type_ = node.removeprefix(ID_BASE).split("/", 1)[0] if node.startswith(ID_BASE) else "person"
    return str(resource_iri(type_, mint_key("split", node, graph)))


def _record(settings: Settings, store: RdfStore, judgement: Judgement, who: str | None) -> Outcome:
    stamped = jfile.stamp(judgement, who=who)
    added = jfile.append(settings, [stamped])
    changed = apply_to_store(store, [stamped])
    store.flush()
    return Outcome(stamped, bool(added), tuple(changed))


def merge(settings: Settings, store: RdfStore, keep: str, other: str, *, note: str = "",
          who: str | None = None) -> Outcome:
    keep_iri, other_iri = resolve_node(store, keep), resolve_node(store, other)
    if keep_iri == other_iri:
        raise BadRequest(f"{keep} and {other} are the same node")
    label, types = describe(store, keep_iri)
    return _record(settings, store, Judgement(action="merge", node=keep_iri, other=other_iri, label=label,
                                              types=types, note=note), who)


def split(settings: Settings, store: RdfStore, node: str, document: str, *, note: str = "",
          who: str | None = None) -> Outcome:
    node_iri, graph = resolve_node(store, node), resolve_document(store, document)
    return _record(settings, store, Judgement(action="split", node=node_iri, document=graph,
                                              other=split_iri(node_iri, graph), note=note), who)


def reject(settings: Settings, store: RdfStore, fact: str, *, note: str = "", who: str | None = None) -> Outcome:
    return _record(settings, store, Judgement(action="reject", node=resolve_node(store, fact), note=note), who)


def import_file(settings: Settings, store: RdfStore, file: jfile.Path) -> tuple[list[Judgement], list[str]]:
    """Add the judgements of another file (those not already known) and apply them: (added, changed graphs)."""
    added = jfile.append(settings, jfile.read(file))
    changed = apply_to_store(store, added)
    store.flush()
    return added, changed


def reapply(settings: Settings, store: RdfStore) -> list[str]:
    """Apply every recorded judgement to the store again (changes nothing when they are already applied)."""
    changed = apply_to_store(store, jfile.load(settings))
    store.flush()
    return changed
