"""`marsad resolve`: candidate merges, and the judgements that curate resolution (merge, split, reject)."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from marsad.core.errors import MarsadError
from marsad.core.settings import Settings, get_settings
from marsad.curation import judgements as jfile
from marsad.curation.ops import Outcome
from marsad.lock import writer_lock
from marsad.readmodel.indexed import IndexedStore
from marsad.store import RdfStore

resolve_app = typer.Typer(help="Curate resolution: candidate merges, and judgements (merge, split, reject) kept "
                          "in MARSAD_HOME/curation/judgements.jsonl and applied on every ingest.",
                          no_args_is_help=True)
console = Console(stderr=True)


class Format(StrEnum):
    table = "table"
    json = "json"


class Kind(StrEnum):
    person = "person"
    institution = "institution"


@contextlib.contextmanager
def _store(settings: Settings) -> Iterator[RdfStore]:
    """The store with its read model, so a judgement reaches the API's index in the same step; under the
    writer lock, so a judgement never interleaves with an ingest."""
    with writer_lock(settings.home):
        store = IndexedStore(settings.store_path, index_path=settings.index_path)
        try:
            yield store
        finally:
            store.close()


def _sync_neo4j(settings: Settings, store: RdfStore, graphs: list[str] | tuple[str, ...]) -> str:
    """Rewrite the changed documents in Neo4j when one is configured or running."""
    if not graphs:
        return "nothing to write"
    from marsad.neo4j.sink import open_sink
    try:
        sink = open_sink(settings, required=None)
    except MarsadError as exc:
        return f"not updated ({exc.message}); run `marsad neo4j sync`"
    if sink is None:
        return "none running (run `marsad neo4j sync` later)"
    try:
        sink.write_from_store(store, list(graphs))
    finally:
        sink.close()
    return f"{len(graphs)} document(s) rewritten"


def _report(outcome: Outcome, settings: Settings, store: RdfStore) -> None:
    j = outcome.judgement
    what = "recorded" if outcome.recorded else "already recorded"
    console.print(f"{j.action} {j.id} {what} in {jfile.path(settings)}; "
                  f"{len(outcome.changed_graphs)} document graph(s) changed")
    console.print(f"Neo4j: {_sync_neo4j(settings, store, outcome.changed_graphs)}")
    sys.stdout.write(jfile.dumps(j) + "\n")


Note = Annotated[str, typer.Option("--note", "-n", help="Why (kept with the judgement).")]
Who = Annotated[str | None, typer.Option("--who", help="Who decides (default: the OS user).")]


@resolve_app.command("candidates")
def candidates_cmd(
    kind: Annotated[list[Kind] | None, typer.Option("--kind", "-k", help="person, institution (default both).")] = None,
    min_score: Annotated[float, typer.Option(min=0, max=100, help="Least name similarity (0–100).")] = 85.0,
    limit: Annotated[int, typer.Option(min=1, help="Candidates per page.")] = 20,
    page: Annotated[int, typer.Option(min=1, help="Page number.")] = 1,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """List candidate merges of person and institution nodes, with their evidence, best first."""
    from marsad.curation.candidates import candidates

    settings = get_settings()
    with _store(settings) as store:
        found = [c for k in (kind or list(Kind)) for c in candidates(store, kind=k.value, min_score=min_score)]
    found.sort(key=lambda c: (-c.score, -c.shared_documents, -len(c.shared_ties), c.a, c.b))
    shown = found[(page - 1) * limit: page * limit]
    if fmt is Format.json:
        sys.stdout.write(json.dumps({"total": len(found), "page": page, "limit": limit,
                                     "candidates": [c.to_json() for c in shown]}, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=f"candidate merges {len(shown)} of {len(found)} (page {page})")
    for column in ("score", "a", "names a", "b", "names b", "docs a/b/shared", "shared ties"):
        table.add_column(column)
    for c in shown:
        table.add_row(f"{c.score:.0f}", c.a.rsplit("/", 2)[-2] + "/" + c.a.rsplit("/", 1)[-1], "، ".join(c.names_a),
                      c.b.rsplit("/", 2)[-2] + "/" + c.b.rsplit("/", 1)[-1], "، ".join(c.names_b),
                      f"{c.documents_a}/{c.documents_b}/{c.shared_documents}", "، ".join(c.shared_ties))
    Console(width=200).print(table)


@resolve_app.command("merge")
def merge_cmd(
    keep: Annotated[str, typer.Argument(help="The node kept (IRI, type/key or key).")],
    other: Annotated[str, typer.Argument(help="The node merged into it (its IRI becomes owl:sameAs).")],
    note: Note = "", who: Who = None,
) -> None:
    """Merge OTHER into KEEP: its facts point to KEEP, its names become KEEP's skos:altLabel."""
    from marsad.curation import ops
    settings = get_settings()
    with _store(settings) as store:
        _report(ops.merge(settings, store, keep, other, note=note, who=who), settings, store)


@resolve_app.command("split")
def split_cmd(
    node: Annotated[str, typer.Argument(help="The node (IRI, type/key or key).")],
    document: Annotated[str, typer.Option("--document", "-d", help="Document id, key or graph IRI.")],
    note: Note = "", who: Who = None,
) -> None:
    """Take the mentions of NODE in one document out into a node of their own."""
    from marsad.curation import ops
    settings = get_settings()
    with _store(settings) as store:
        _report(ops.split(settings, store, node, document, note=note, who=who), settings, store)


@resolve_app.command("reject")
def reject_cmd(
    fact: Annotated[str, typer.Argument(help="The wrong fact (IRI, type/key or key).")],
    note: Note = "", who: Who = None,
) -> None:
    """Reject a wrong fact: it and its evidence spans are no longer stored or served."""
    from marsad.curation import ops
    settings = get_settings()
    with _store(settings) as store:
        _report(ops.reject(settings, store, fact, note=note, who=who), settings, store)


@resolve_app.command("list")
def list_cmd(fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table) -> None:
    """Every judgement, in order, with whether the store reflects it (applied, pending, missing)."""
    from marsad.curation.store import status
    settings = get_settings()
    with _store(settings) as store:
        states = [status(store, j) for j in jfile.load(settings)]
    if fmt is Format.json:
        rows = [{**s.judgement.to_json(), "state": s.state, "detail": s.detail} for s in states]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title=f"{len(states)} judgement(s) in {jfile.path(settings)}")
    for column in ("id", "action", "node", "other / document", "who", "when", "note", "state"):
        table.add_column(column)
    for s in states:
        j = s.judgement
        table.add_row(j.id, j.action, j.node, j.other or j.document, j.who, j.when, j.note,
                      s.state + (f": {s.detail}" if s.detail else ""))
    Console(width=220).print(table)


@resolve_app.command("export")
def export_cmd(output: Annotated[Path | None, typer.Option("--output", "-o", help="File (default stdout).")] = None,
               ) -> None:
    """Write every judgement as JSON Lines (the form `marsad resolve import` reads)."""
    text = "".join(jfile.dumps(j) + "\n" for j in jfile.load(get_settings()))
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"wrote {output}")


@resolve_app.command("import")
def import_cmd(file: Annotated[Path, typer.Argument(help="A JSON Lines file of judgements.")]) -> None:
    """Add the judgements of FILE that are not known yet, and apply them to the store (and Neo4j)."""
    from marsad.curation import ops
    settings = get_settings()
    with _store(settings) as store:
        added, changed = ops.import_file(settings, store, file)
        console.print(f"{len(added)} judgement(s) added, {len(changed)} document graph(s) changed")
        console.print(f"Neo4j: {_sync_neo4j(settings, store, changed)}")


@resolve_app.command("apply")
def apply_cmd() -> None:
    """Apply every judgement to the store again and report those whose nodes are gone (no change when applied)."""
    from marsad.curation import ops
    from marsad.curation.store import status
    settings = get_settings()
    with _store(settings) as store:
        changed = ops.reapply(settings, store)
        console.print(f"{len(changed)} document graph(s) changed")
        console.print(f"Neo4j: {_sync_neo4j(settings, store, changed)}")
        for s in (status(store, j) for j in jfile.load(settings)):
            if s.state == "missing":
                console.print(f"[yellow]missing[/] {s.judgement.action} {s.judgement.id}: {s.detail}")
