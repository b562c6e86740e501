"""Command line: `marsad index rebuild|check`, the API's read model (SQLite under MARSAD_HOME)."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from marsad.core.settings import get_settings
from marsad.store import RdfStore

index_app = typer.Typer(name="index", help="The API's read model: rebuild it from the RDF store, check it.",
                        no_args_is_help=True)
console = Console(stderr=True)


@index_app.command()
def rebuild() -> None:
    """Make the index again from the RDF store (every graph), with a progress bar."""
    from marsad.readmodel.sync import rebuild as run_rebuild

    settings = get_settings()
    store = RdfStore(settings.store_path, read_only=True)
    try:
        columns = (TextColumn("[bold]index"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=console) as progress:
            task = progress.add_task("index", total=None)
            report = run_rebuild(
                store, settings.index_path,
                progress=lambda done, total: progress.update(task, completed=done, total=total),
                publishing=lambda staged: console.print(f"finishing the index of the {staged:,} graphs read "
                                                        "(one transaction)"))
    finally:
        store.close()
    console.print(f"indexed {report.indexed} graphs into {settings.index_path}")


@index_app.command()
def check() -> None:
    """Compare the index with the RDF store (graphs, triples, resources per class); exit 1 on a difference."""
    from marsad.readmodel.check import compare
    from marsad.readmodel.reader import ReadIndex

    settings = get_settings()
    store = RdfStore(settings.store_path, read_only=True)
    try:
        lines = compare(store, ReadIndex(settings.index_path))
    finally:
        store.close()
    table = Table("what", "RDF store", "index", "")
    for line in lines:
        table.add_row(line.what, str(line.store), str(line.index), "ok" if line.agrees else "[red]DIFFERS[/]")
    Console().print(table)
    if not all(line.agrees for line in lines):
        raise typer.Exit(1)
