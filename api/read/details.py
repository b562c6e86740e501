"""The detail of one resource from the index: the same fields, order and sources as
``api/repo/details.py`` (latest 300 events, 100 decisions of an institution, the first 50 sources of
each fact node with their number; ``sources_page`` gives the rest)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from marsad.api.read.common import Desc, asc, link
from marsad.api.read.lists import holders
from marsad.api.repo import common as repo_common
from marsad.api.repo.common import key_of, resource
from marsad.api.repo.details import _local
from marsad.api.repo.filters import DECISION_ACTIONS, DECISION_KINDS
from marsad.core.confidence import value_of
from marsad.core.errors import NotFound
from marsad.core.settings import Settings
from marsad.curation.judgements import concerning
from marsad.readmodel.reader import ReadIndex
from marsad.readmodel.terms import IRI, cell, expand, short

Detail = dict[str, object]
Row = dict[str, Any]


def _out(ix: ReadIndex, node: str, props: Sequence[str]) -> list[tuple[str, str]]:
    """(predicate, object IRI) of the links from ``node``."""
    return [(p, o) for _s, p, o, k in ix.objects([node], props) if k == IRI]


def _in(ix: ReadIndex, node: str, props: Sequence[str]) -> list[tuple[str, str]]:
    """(predicate, subject) of the links to ``node``."""
    return [(p, s) for s, p, _o in ix.subjects([node], props)]


def _values(ix: ReadIndex, iris: Iterable[str], prop: str) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for s, _p, o, k in ix.objects(iris, (prop,)):
        out.setdefault(s, []).append(cell(o, k))
    return out


def _optional(values: dict[str, list[Any]], iri: str) -> list[Any]:
    """The values of an OPTIONAL: each one, or a single unbound."""
    return values.get(iri) or [None]


def _refs(found: Iterable[Row]) -> list[Row]:
    """Links de-duplicated by IRI, in order (as the SPARQL readers' ``_refs``)."""
    seen: dict[str, Row] = {}
    for r in found:
        seen.setdefault(r["iri"], r)
    return list(seen.values())


def _labelled(ix: ReadIndex, iris: Iterable[str]) -> list[tuple[str, str]]:
    """(IRI, label) for every label of each IRI (the ``?x rdfs:label ?xl`` join)."""
    names = ix.labels(list(iris))
    return [(x, label) for x in names for label in names[x]]


def sources(ix: ReadIndex, node: str, *, limit: int = -1, offset: int = 0) -> tuple[int, list[Row]]:
    """How many sources support ``node``, and those from ``offset`` on (at most ``limit``; all with -1), in the
    order of ``api/repo/common.sources`` (publication, document, start, end, quote, title, confidence), from the
    rows the writer keeps per document (``src``): a body cited in thousands of documents is one count and one
    index range, not all its evidence gathered and sorted."""
    total = int(ix.rows("SELECT COUNT(*) FROM src WHERE res = ?", (node,))[0][0])
    found = ix.rows("SELECT document, title, pub, start, end, quote, conf FROM src WHERE res = ? "
                    "ORDER BY pub, document, start, end, quote, title, conf LIMIT ? OFFSET ?", (node, limit, offset))
    return total, [{"document": link(doc, title, published=pub), "start": start, "end": end, "quote": quote,
                    "confidence": conf} for doc, title, pub, start, end, quote, conf in found]


def _decisions(ix: ReadIndex, found: list[Row]) -> list[Row]:
    items = _refs(found)
    nodes = [short(item["iri"]) for item in items]
    values: dict[str, dict[str, list[Any]]] = {}
    for s, p, o, k in ix.objects(nodes, ("mrs:decisionKind", "mrs:decisionAction", "mrs:fiscalYear")):
        values.setdefault(s, {}).setdefault(p, []).append(cell(o, k))

    def first(node: str, prop: str) -> Any:
        found = values.get(node, {}).get(prop)
        return min(found, key=asc) if found else None

    return [{**item, "kind": _local(first(d, "mrs:decisionKind"), DECISION_KINDS),
             "action": _local(first(d, "mrs:decisionAction"), DECISION_ACTIONS),
             "fiscal_year": first(d, "mrs:fiscalYear"), **_first_sources(ix, d)}
            for item, d in zip(items, nodes, strict=True)]


def _first_sources(ix: ReadIndex, node: str) -> dict[str, Any]:
    """What a detail carries of ``node``'s sources: the first ``SOURCES_PAGE`` and how many there are."""
    total, first = sources(ix, node, limit=repo_common.SOURCES_PAGE)
    return {"sources": first, "sources_total": total}


def _dated(ix: ReadIndex, found: list[tuple[str, Any]], *, desc: bool, limit: int | None = None,
           **extra: str) -> list[Row]:
    """Links to events (or what ``found`` pairs with a role) with each date, ordered by date then IRI."""
    iris = {x for x, _role in found}
    dates, names = _values(ix, iris, "mrs:date"), ix.labels(iris)
    rows = {(x, label, d, role) for x, role in found for label in names.get(x, []) for d in _optional(dates, x)}
    ordered = sorted(rows, key=lambda r: ((Desc(r[2]) if desc else asc(r[2])), expand(r[0]), r[1], asc(r[3])))
    if limit is not None:
        ordered = ordered[:limit]
    return _refs(link(x, label, date=d, **({k: role for k in extra})) for x, label, d, role in ordered)


def institution(ix: ReadIndex, node: str) -> Detail:
    relation = {"org:subOrganizationOf": "part of", "mrs:supervisedBy": "supervised by"}
    parents = [link(x, label, relation=relation[p]) for p, x in _out(ix, node, tuple(relation))
               for _x, label in _labelled(ix, [x])]
    subs = sorted(((label, x, relation[p]) for p, x in _in(ix, node, tuple(relation))
                   for _x, label in _labelled(ix, [x])))
    post_iris = [s for _p, s in _in(ix, node, ("org:postIn",))]
    posts = _refs(link(x, label) for x, label in sorted(_labelled(ix, post_iris), key=lambda r: (r[1], r[0])))
    held = holders(ix, [short(p["iri"]) for p in posts], as_of=None)
    roles = {"mrs:body": "body", "mrs:organizedBy": "organizer"}
    events: list[tuple[str, Any]] = [(e, roles[p]) for p, e in _in(ix, node, tuple(roles))]
    units = [u for _p, u in _in(ix, node, ("org:subOrganizationOf",))]
    events += [(e, "sub-unit") for e, _p, _u in ix.subjects(units, ("mrs:body",))]
    decision_rows = _dated_decisions(ix, ix.subjects({e for e, _r in events}, ("mrs:decidedAt",)))
    agreements = [s for _p, s in _in(ix, node, ("mrs:party",))]
    return {
        "parents": _refs(parents),
        "sub_units": _refs(link(x, label, relation=rel) for label, x, rel in subs),
        "posts": [{**p, "holder": held.get(short(p["iri"]))} for p in posts],
        "events": _dated(ix, events, desc=True, limit=300, role="role"),
        "decisions": _decisions(ix, decision_rows),
        "partnerships": _signed(ix, agreements),
    }


def _dated_decisions(ix: ReadIndex, decided: list[tuple[str, str, str]]) -> list[Row]:
    """Decisions taken at these events, latest first, at most 100 (``?x mrs:decidedAt ?e`` rows)."""
    dates, names = _values(ix, {e for _x, _p, e in decided}, "mrs:date"), ix.labels({x for x, _p, _e in decided})
    rows = {(x, label, d) for x, _p, e in decided for label in names.get(x, []) for d in _optional(dates, e)}
    ordered = sorted(rows, key=lambda r: (Desc(r[2]), expand(r[0]), r[1]))[:100]
    return [link(x, label, date=d) for x, label, d in ordered]


def _signed(ix: ReadIndex, agreements: list[str]) -> list[Row]:
    events = {s: [o for _p, o in _out(ix, s, ("mrs:signedAt",))] for s in agreements}
    dates = _values(ix, {e for es in events.values() for e in es}, "mrs:date")
    names = ix.labels(agreements)
    rows = {(x, label, d) for x in agreements for label in names.get(x, [])
            for d in ([d for e in events[x] for d in dates.get(e, [])] or [None])}
    ordered = sorted(rows, key=lambda r: (Desc(r[2]), expand(r[0]), r[1]))
    return _refs(link(x, label, date=d) for x, label, d in ordered)


def person(ix: ReadIndex, node: str) -> Detail:
    posts = _person_posts(ix, node)
    roles = {"mrs:chair": "chair", "mrs:participant": "participant"}
    events = [(e, roles[p]) for p, e in _in(ix, node, tuple(roles))]
    return {
        "posts": posts[:repo_common.POSTS_PAGE], "posts_total": len(posts),
        "events": _dated(ix, events, desc=False, limit=300, role="role"),
    }


def person_posts_page(ix: ReadIndex, key: str, *, limit: int, offset: int) -> tuple[int, list[Row]]:
    """One page of a person's post attestations (all of them, where the detail carries the first
    ``POSTS_PAGE``), and how many there are; NotFound as ``detail``."""
    posts = _person_posts(ix, _known(ix, "person", key))
    return len(posts), posts[offset:offset + limit]


def _person_posts(ix: ReadIndex, node: str) -> list[Row]:
    """Every post attestation of a person (post, institution, date attested, acting), by date, then post."""
    tenures = [s for _p, s in _in(ix, node, ("mrs:holder",))]
    facts: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for s, p, o, k in ix.objects(tenures, ("mrs:post", "mrs:attestedOn", "mrs:acting")):
        facts.setdefault(s, {}).setdefault(p, []).append((o, k))
    post_iris = {o for f in facts.values() for o, k in f.get("mrs:post", []) if k == IRI}
    names = ix.labels(post_iris)
    inst_of: dict[str, list[str]] = {}  # one look-up for all the posts (a head of state holds hundreds)
    for post_iri, _p, institution_iri, kind in ix.objects(post_iris, ("org:postIn",)):
        if kind == IRI:
            inst_of.setdefault(post_iri, []).append(institution_iri)
    inst_names = ix.labels({i for v in inst_of.values() for i in v})
    rows: set[tuple[Any, ...]] = set()
    for f in facts.values():
        for post, _k in f.get("mrs:post", []):
            for pl in names.get(post, []):
                insts: list[tuple[str | None, str | None]] = [
                    (i, il) for i in inst_of.get(post, []) for il in inst_names.get(i, [])] or [(None, None)]
                for att in [cell(o, k) for o, k in f.get("mrs:attestedOn", [])] or [None]:
                    for acting in [cell(o, k) for o, k in f.get("mrs:acting", [])] or [None]:
                        for inst, il in insts:
                            rows.add((post, pl, inst, il, att, acting))
    ordered = sorted(rows, key=lambda r: (asc(r[4]), expand(r[0]), r[1], asc(r[2]), asc(r[3]), asc(r[5])))
    return [{**link(post, pl), "institution": link(inst, il) if inst else None, "attested_on": att,
             "acting": acting} for post, pl, inst, il, att, acting in ordered]


def post(ix: ReadIndex, node: str) -> Detail:
    insts = _labelled(ix, [o for _p, o in _out(ix, node, ("org:postIn",))])
    tenures = [s for _p, s in _in(ix, node, ("mrs:post",))]
    facts: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for s, p, o, k in ix.objects(tenures, ("mrs:holder", "mrs:attestedOn", "mrs:acting")):
        facts.setdefault(s, {}).setdefault(p, []).append((o, k))
    names = ix.labels({o for f in facts.values() for o, _k in f.get("mrs:holder", [])})
    rows: set[tuple[Any, ...]] = set()
    for f in facts.values():
        for holder, _k in f.get("mrs:holder", []):
            for label in names.get(holder, []):
                for att in [cell(o, k) for o, k in f.get("mrs:attestedOn", [])] or [None]:
                    for acting in [cell(o, k) for o, k in f.get("mrs:acting", [])] or [None]:
                        rows.add((holder, label, att, acting))
    ordered = sorted(rows, key=lambda r: (Desc(r[2]), expand(r[0]), r[1], asc(r[3])))
    events = [(e, None) for _p, e in _in(ix, node, ("mrs:chair", "mrs:participant"))]
    return {
        "institution": link(*insts[0]) if insts else None,
        "holders": _refs(link(x, label, attested_on=att, acting=acting) for x, label, att, acting in ordered),
        "events": _dated(ix, events, desc=False),
    }


def event(ix: ReadIndex, node: str) -> Detail:
    def agents(prop: str) -> list[Row]:
        found = sorted(_labelled(ix, [o for _p, o in _out(ix, node, (prop,))]), key=lambda r: (r[1], r[0]))
        return _refs(link(x, label) for x, label in found)

    decided = [s for _p, s in _in(ix, node, ("mrs:decidedAt",))]
    decision_rows = [link(x, label, date=None) for x, label in sorted(_labelled(ix, decided))]
    signed = _labelled(ix, [s for _p, s in _in(ix, node, ("mrs:signedAt",))])
    return {
        "date": ix.value(node, "mrs:date"), "place": ix.value(node, "mrs:placeName"),
        "venue": ix.value(node, "mrs:venue"), "session_number": ix.value(node, "mrs:sessionNumber"),
        "bodies": agents("mrs:body"), "organizers": agents("mrs:organizedBy"),
        "chairs": agents("mrs:chair"), "participants": agents("mrs:participant"),
        "decisions": _decisions(ix, decision_rows),
        "partnerships": _refs(link(x, label) for x, label in signed),
    }


def _event_of(ix: ReadIndex, node: str, prop: str) -> Row | None:
    events = [o for _p, o in _out(ix, node, (prop,))]
    dates = _values(ix, events, "mrs:date")
    found = [link(x, label, date=d) for x, label in _labelled(ix, events) for d in _optional(dates, x)]
    return found[0] if found else None


def decision(ix: ReadIndex, node: str) -> Detail:
    return {
        "object": ix.value(node, "mrs:object"),
        "kind": _local(ix.value(node, "mrs:decisionKind"), DECISION_KINDS),
        "action": _local(ix.value(node, "mrs:decisionAction"), DECISION_ACTIONS),
        "fiscal_year": ix.value(node, "mrs:fiscalYear"),
        "event": _event_of(ix, node, "mrs:decidedAt"),
    }


def agreement(ix: ReadIndex, node: str) -> Detail:
    parties = sorted(_labelled(ix, [o for _p, o in _out(ix, node, ("mrs:party",))]), key=lambda r: (r[1], r[0]))
    return {
        "purpose": ix.value(node, "mrs:purpose"),
        "parties": _refs(link(x, label) for x, label in parties),
        "event": _event_of(ix, node, "mrs:signedAt"),
    }


def document(ix: ReadIndex, node: str) -> Detail:
    evidence = [s for _p, s in _in(ix, node, ("prov:wasDerivedFrom",))]
    spans: dict[str, dict[str, list[Any]]] = {}
    for s, p, o, k in ix.objects(evidence, ("mrs:start", "mrs:end", "mrs:quote", "mrs:confidence")):
        spans.setdefault(s, {}).setdefault(p, []).append(cell(o, k))
    facts = ix.subjects(evidence, ("mrs:evidence",))
    names = ix.labels({x for x, _p, _e in facts})
    rows: set[tuple[Any, ...]] = set()
    for x, _p, ev in facts:
        f = spans.get(ev, {})
        for start in f.get("mrs:start", []):
            for end in f.get("mrs:end", []):
                for quote in f.get("mrs:quote", []):
                    for label in list[str | None](names.get(x) or []) or [None]:
                        for conf in f.get("mrs:confidence") or [None]:
                            rows.add((x, label, start, end, quote, value_of(conf)))
    ordered = sorted(rows, key=lambda r: (asc(r[2]), Desc(r[3]), expand(r[0]), asc(r[1]), r[4]))
    return {
        "document_id": ix.value(node, "mrs:documentId"), "published": ix.value(node, "mrs:published"),
        "outlet": ix.value(node, "mrs:outlet"), "url": ix.value(node, "schema:url"),
        "text": ix.value(node, "mrs:text") or "",
        "facts": [{**link(x, label), "start": start, "end": end, "quote": quote, "confidence": conf}
                  for x, label, start, end, quote, conf in ordered],
    }


READERS: dict[str, Callable[[ReadIndex, str], Detail]] = {
    "institution": institution, "person": person, "post": post, "event": event, "decision": decision,
    "agreement": agreement, "document": document,
}


def detail(ix: ReadIndex, type_: str, key: str) -> Detail:
    """Everything the API says about one resource; NotFound when the index does not know it."""
    if type_ not in READERS:
        raise NotFound(f"no pages for resources of type {type_!r}", detail={"type": type_})
    node = _known(ix, type_, key)
    found = {(p, o, k) for _s, p, o, k in ix.objects([node], ("rdfs:label", "skos:altLabel", "rdf:type",
                                                               "dcterms:title"))}
    labels = sorted(o for p, o, _k in found if p == "rdfs:label")
    titles = sorted(o for p, o, _k in found if p == "dcterms:title")
    label = labels[0] if labels else (titles[0] if titles else None)
    alt = sorted({o for p, o, _k in found if p in ("rdfs:label", "skos:altLabel")} - {label or ""})
    classes = sorted({expand(o).rsplit("#", 1)[-1] if "#" in expand(o) else expand(o).rsplit("/", 1)[-1]
                      for p, o, _k in found if p == "rdf:type"})
    base: Detail = {**link(node, label), "alt_labels": alt, "classes": classes}
    if type_ != "document":
        base.update(_first_sources(ix, node))
    return {**base, **READERS[type_](ix, node)}


def sources_page(ix: ReadIndex, type_: str, key: str, *, limit: int, offset: int) -> tuple[int, list[Row]]:
    """One page of the sources of a resource (all of them, where a detail carries the first
    ``SOURCES_PAGE``), and how many there are; NotFound as ``detail``."""
    if type_ not in READERS or type_ == "document":
        raise NotFound(f"no sources for resources of type {type_!r}", detail={"type": type_})
    return sources(ix, _known(ix, type_, key), limit=limit, offset=offset)


def _known(ix: ReadIndex, type_: str, key: str) -> str:
    """The index form of the resource ``type_``/``key``; NotFound when the index does not know it."""
    node = short(resource(type_, key).value)
    if not ix.exists(node):
        raise NotFound(f"no {type_} with key {key!r}", detail={"type": type_, "key": key_of(expand(node))})
    return node


def with_judgements(settings: Settings, d: Detail) -> Detail:
    """The detail with the curators' judgements on its node (marsad resolve), so readers see what was decided."""
    return {**d, "judgements": concerning(settings, str(d.get("iri", "")))}
