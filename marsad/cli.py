"""The `marsad` command line. Each command is a thin wrapper over a library function."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from marsad.core.errors import MarsadError
from marsad.core.settings import get_settings

app = typer.Typer(
    name="marsad",
    help="Marsad (مرصد): a knowledge graph of Moroccan public institutions and their decisions, "
    "built from Arabic news. State lives under MARSAD_HOME (default ./.marsad).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)
console = Console(stderr=True)


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    ttl = "ttl"
    nq = "nq"
    jsonld = "jsonld"
    trig = "trig"
    nt = "nt"


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A .txt, .html, .json or .jsonl document (first one of a .jsonl).")],
    indent: Annotated[int, typer.Option(help="JSON indentation.")] = 2,
) -> None:
    """Print the facts of one document as JSON (the form of extraction.schema.json)."""
    from marsad.loaders.extraction import extract as run_extract
    from marsad.loaders.read import read_path

    for item in read_path(file, settings=get_settings()):
        if isinstance(item, MarsadError):
            raise item
        facts = run_extract(item)
        sys.stdout.write(json.dumps(facts.to_json(), ensure_ascii=False, indent=indent or None) + "\n")
        return
    raise typer.BadParameter(f"{file}: no document found")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .json, .jsonl).")],
    neo4j: Annotated[
        bool | None,
        typer.Option("--neo4j/--no-neo4j", help="Also write to Neo4j (default: when one is configured or running)."),
    ] = None,
    force: Annotated[bool, typer.Option(help="Re-extract documents even when unchanged.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction and "
                                      "validation (default: the number of cores).")] = os.cpu_count() or 1,
    wait: Annotated[bool, typer.Option("--wait", help="When another ingest (or `marsad neo4j sync`) is writing "
                                       "to the same MARSAD_HOME, wait for it instead of refusing.")] = False,
) -> None:
    """Read documents, extract facts, validate each document's graph with SHACL and store it.

    Documents that cannot be read are reported with the reason; documents whose graph does not
    conform are quarantined under MARSAD_HOME/quarantine with the shape's message. The rest of the
    batch is loaded. Unchanged documents are skipped; a changed one replaces its facts. One writer
    at a time per MARSAD_HOME: a second ingest refuses, naming the running one (or waits with --wait).
    A first load (the API's index lists nothing yet) builds that index in one step at its end, which the API
    shows then; MARSAD_INDEX_BULK=0 writes it batch by batch instead.

    Example: `marsad ingest data/articles ../shared/corpus/moroccan-news/articles.jsonl`
    """
    from marsad.ingest import run_ingest

    summary = run_ingest(paths, settings=get_settings(), neo4j=neo4j, force=force, jobs=jobs, console=console,
                         wait=wait)
    if summary.neo4j.startswith("FAILED") or (summary.total > 0 and summary.stored + summary.unchanged == 0):
        raise typer.Exit(code=1)


@app.command("quarantine")
def quarantine_list() -> None:
    """List the documents whose graph did not conform to the shapes, with the shapes' messages."""
    from marsad.quarantine import entries

    found = entries(get_settings().quarantine_path)
    for entry in found:
        console.print(f"[magenta]{entry.document}[/] ({entry.origin}) — kept in {entry.path}")
        for message in entry.messages:
            console.print(f"  {message}")
    console.print(f"{len(found)} quarantined document(s)")


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL 1.1 query, or @FILE to read it from a file.")],
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
) -> None:
    """Run a SPARQL query on the embedded store (the default graph is the union of all graphs)."""
    from marsad.core.output import print_rows
    from marsad.sparql_rows import run_select

    text = Path(query[1:]).read_text(encoding="utf-8") if query.startswith("@") else query
    settings = get_settings()
    columns, rows = run_select(settings, text)
    print_rows(columns, rows, fmt=fmt.value)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="RDF serialisation.")] = ExportFormat.ttl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    sort: Annotated[bool, typer.Option("--sorted", help="nq only: one quad per line, sorted, blank nodes named "
                                       "canonically, so equal stores give equal files.")] = False,
) -> None:
    """Export the whole graph: ttl/nt (union of all graphs), nq/trig/jsonld (one graph per document)."""
    from marsad.store import RdfStore

    if sort and fmt != ExportFormat.nq:
        raise typer.BadParameter("--sorted needs --format nq")
    settings = get_settings()
    store = RdfStore(settings.store_path, read_only=True)  # read-only: works while an ingest writes
    try:
        with (output.open("wb") if output is not None else contextlib.nullcontext(sys.stdout.buffer)) as fh:
            if sort:
                fh.writelines(store.canonical_nquads())
            else:
                store.dump(fh, fmt=fmt.value)
        if output is not None:
            console.print(f"wrote {output}")
    finally:
        store.close()


@app.command()
def digest() -> None:
    """Print the SHA-256 of the store's sorted canonical N-Quads (`export --format nq --sorted`) and the
    number of quads: two stores with the same content print the same line."""
    from marsad.store import RdfStore

    store = RdfStore(get_settings().store_path, read_only=True)
    try:
        sha, count = store.digest()
    finally:
        store.close()
    sys.stdout.write(f"{sha}  {count} quads\n")


from marsad.neo4j.cli import cypher, neo4j_app, query  # noqa: E402 - registered after the core commands

app.add_typer(neo4j_app, name="neo4j")

from marsad.curation.cli import resolve_app  # noqa: E402 - curation's sub-app, registered like neo4j's

app.add_typer(resolve_app, name="resolve")
app.command()(cypher)
app.command()(query)

from marsad.readmodel.cli import index_app  # noqa: E402 - the read model's commands

app.add_typer(index_app, name="index")

from marsad.api.serve import serve  # noqa: E402 - the API's command, registered like the others

app.command("serve")(serve)


def main() -> None:
    """Entry point: run the app and turn Marsad errors into a clear message and exit code 1."""
    try:
        app()
    except MarsadError as exc:
        console.print(f"[bold red]error:[/] {exc.message}")
        sys.exit(1)


if __name__ == "__main__":
    main()
