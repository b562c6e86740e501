"""Command line: `marsad neo4j start|stop|status|sync|check`, `marsad cypher` and `marsad query`."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from marsad.core.output import Cell, print_rows
from marsad.core.settings import get_settings
from marsad.store import RdfStore

neo4j_app = typer.Typer(name="neo4j", help="The Neo4j copy of the graph: run a local server, load, check.",
                        no_args_is_help=True)
console = Console(stderr=True)


def _say(message: str) -> None:
    console.print(f"[dim]{message}[/]")


@neo4j_app.command()
def start(timeout: Annotated[float, typer.Option(help="Seconds to wait for Bolt.")] = 180.0) -> None:
    """Start the local Neo4j (built with Maven the first time); does nothing when it already runs."""
    from marsad.neo4j import server

    status = server.start(get_settings(), timeout=timeout, progress=_say)
    console.print(f"Neo4j running (pid {status.pid}): [bold]{status.uri}[/] user neo4j, password in "
                  f"{status.home / 'password'} (unless MARSAD_NEO4J_PASSWORD is set)")


@neo4j_app.command()
def stop() -> None:
    """Stop the local Neo4j cleanly."""
    from marsad.neo4j import server

    pid = server.stop(get_settings())
    console.print("Neo4j was not running" if pid is None else f"Neo4j stopped (pid {pid})")


@neo4j_app.command()
def status() -> None:
    """Say whether the local Neo4j runs (URI, pid) and how many nodes and relationships it holds."""
    from marsad.neo4j import server

    settings = get_settings()
    local = server.status(settings)
    if settings.neo4j_uri:
        console.print(f"external Neo4j configured: {settings.neo4j_uri}")
    console.print(f"local Neo4j: {'running' if local.running else 'not running'} — {local.uri}"
                  + (f" (pid {local.pid})" if local.pid else ""))
    if settings.neo4j_uri or local.running:
        driver = server.connect(settings)
        try:
            records, _, _ = driver.execute_query(
                "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } "
                "RETURN nodes, rels", database_=settings.neo4j_database)
            console.print(f"{records[0]['nodes']} nodes, {records[0]['rels']} relationships")
        finally:
            driver.close()
    elif not local.running:
        raise typer.Exit(code=3)


@neo4j_app.command()
def sync(
    only_stale: Annotated[bool, typer.Option(help="Write only documents Neo4j lacks or holds at another hash.")]
    = False,
    wait: Annotated[bool, typer.Option("--wait", help="When an ingest is writing to the same MARSAD_HOME, wait "
                                       "for it instead of refusing.")] = False,
) -> None:
    """Rebuild Neo4j from the RDF store: every document graph, and documents gone from the store removed."""
    from marsad.lock import writer_lock

    settings = get_settings()
    with writer_lock(settings.home, wait=wait, say=lambda message: console.print(f"[yellow]{message}[/]")):
        _sync(only_stale=only_stale)


def _sync(*, only_stale: bool) -> None:
    from marsad.neo4j.indexrows import store_states
    from marsad.neo4j.sink import open_sink

    settings = get_settings()
    store = RdfStore(settings.store_path, read_only=True)
    sink = open_sink(settings, required=True)
    assert sink is not None
    try:
        graphs = store.document_graphs()
        full = store_states(store)  # "content hash|extractor version", as the API's index keeps it
        states = {g: full.get(g, "|").split("|", 1)[0] for g in graphs}
        loaded = sink.loaded_graphs()
        gone = sorted(set(loaded) - set(graphs))
        if gone:
            sink.remove_graphs(gone)
        todo = sink.stale(states) if only_stale else graphs
        with Progress(console=console) as progress:
            task = progress.add_task("neo4j", total=len(todo))
            rows = sink.write_from_store(store, todo, progress=lambda n: progress.advance(task, n),
                                         index=(settings.index_path, full))
        console.print(f"synced {len(todo)} document(s) ({rows} rows written), removed {len(gone)}; "
                      f"{len(graphs) - len(todo)} already up to date")
    finally:
        sink.close()
        _close(store)


@neo4j_app.command("import")
def import_(
    replace: Annotated[bool, typer.Option("--replace", help="Replace a database that already holds nodes "
                                          "(everything in it is lost).")] = False,
    wait: Annotated[bool, typer.Option("--wait", help="When an ingest or sync is writing to the same MARSAD_HOME, "
                                       "wait for it instead of refusing.")] = False,
) -> None:
    """First full load of the local Neo4j with the Neo4j bulk importer (faster than `sync` on a large store).

    Writes the rows of every document in the RDF store (the same rows `marsad neo4j sync` writes) as CSV
    files, then stops the local server when it runs, replaces its database with `neo4j-admin database import
    full`, starts it again, creates the constraint and indexes and marks every document loaded. Refuses a
    database that holds nodes unless --replace, and any Neo4j other than the local one Marsad runs
    (MARSAD_NEO4J_URI set): load those with `marsad neo4j sync`. It pays off on large stores (measured:
    1.4x the fresh loader on 592k rows, stop and restart included); on about 1,000 articles, stopping and
    starting the server costs more than `sync` into the running server.
    """
    from marsad.lock import writer_lock

    settings = get_settings()
    with writer_lock(settings.home, wait=wait, say=lambda message: console.print(f"[yellow]{message}[/]")):
        _import(replace=replace)


def _import(*, replace: bool) -> None:
    from marsad.neo4j.bulk import check_target, import_store

    settings = get_settings()
    started = time.perf_counter()
    check_target(settings, replace=replace, say=_say)
    store = RdfStore(settings.store_path, read_only=True)
    try:
        with Progress(console=console, transient=True) as progress:
            def reading(total: int) -> Callable[[int], None]:
                task = progress.add_task("reading the documents", total=total)
                return lambda n: progress.advance(task, n)
            figures = import_store(settings, store, reading=reading,
                                   say=lambda message: progress.console.print(f"[dim]{message}[/]"))
    finally:
        _close(store)
    f = figures
    table = Table("phase", "seconds", "CPU seconds", title="neo4j import")
    table.add_row(f"check, read the documents ({f.from_index:,} of {f.documents:,} from the API's index)",
                  f"{time.perf_counter() - started - f.total_seconds:.1f}", "")
    table.add_row("fold rows, write CSV", f"{f.csv_seconds:.1f}", f"{f.csv_cpu_seconds:.1f}")
    if f.stopped_pid is not None:
        table.add_row("stop Neo4j", f"{f.stop_seconds:.1f}", "")
    table.add_row("Neo4j importer (Java)", f"{f.importer_seconds:.1f}", f"{f.importer_cpu_seconds:.1f}")
    table.add_row("start Neo4j again", f"{f.start_seconds:.1f}", "")
    table.add_row("constraint and indexes", f"{f.schema_seconds:.1f}", "")
    table.add_row("mark documents loaded", f"{f.finish_seconds:.1f}", "")
    console.print(table)
    console.print(f"imported {f.documents} document(s): {f.nodes} nodes and {f.relationships} relationships "
                  f"({f.rows} document rows, {f.rows / max(f.import_seconds, 1e-9):,.0f} rows/s for CSV and importer)"
                  f" in {time.perf_counter() - started:.1f}s; Neo4j running (pid {f.server_pid})")


@neo4j_app.command()
def check() -> None:
    """Compare node and relationship counts between the RDF store and Neo4j; exit 1 when they differ."""
    from marsad.neo4j.check import compare, neo4j_counts, rdf_counts
    from marsad.neo4j.mapping import load_mapping
    from marsad.neo4j.server import connect

    settings = get_settings()
    store = RdfStore(settings.store_path, read_only=True)
    driver = connect(settings)
    try:
        rdf = rdf_counts(store, load_mapping())
        graph = neo4j_counts(driver, database=settings.neo4j_database)
    finally:
        driver.close()
        _close(store)
    diffs = compare(rdf, graph)
    table = Table("kind", "name", "RDF store", "Neo4j", title="differences" if diffs else "counts")
    if diffs:
        for d in diffs:
            table.add_row(d.kind, d.name, str(d.rdf), str(d.neo4j))
    else:
        for kind, counts in (("label", rdf[0]), ("relationship", rdf[1])):
            for name, n in sorted(counts.items()):
                table.add_row(kind, name, str(n), str(n))
    Console().print(table)
    if diffs:
        console.print(f"[bold red]{len(diffs)} difference(s)[/]: run `marsad neo4j sync`")
        raise typer.Exit(code=1)
    console.print("[green]Neo4j agrees with the RDF store[/]")


def _close(store: RdfStore) -> None:
    with contextlib.suppress(RuntimeError):  # a read-only Oxigraph store refuses the flush close() does
        store.close()


def parse_param(text: str) -> tuple[str, object]:
    """``name=value``; the value typed as int, float, bool or JSON when it parses, else a string."""
    name, sep, raw = text.partition("=")
    if not sep or not name:
        raise typer.BadParameter(f"expected name=value, got {text!r}")
    try:
        return name, json.loads(raw)
    except ValueError:
        return name, raw


def cypher(
    query: Annotated[str, typer.Argument(help="A read-only Cypher query, or @FILE to read it from a file.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="name=value (repeatable).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
) -> None:
    """Run a read-only Cypher query on Neo4j (writes are refused; MARSAD_QUERY_TIMEOUT, MARSAD_ROW_CAP)."""
    from marsad.cypher_guard import check_read_only
    from marsad.neo4j.cypher import run_cypher
    from marsad.neo4j.server import connect

    text = Path(query[1:]).read_text(encoding="utf-8") if query.startswith("@") else query
    check_read_only(text)
    params = dict(parse_param(p) for p in param or [])
    settings = get_settings()
    driver = connect(settings)
    try:
        columns, rows = run_cypher(driver, text, params, settings=settings)
    finally:
        driver.close()
    print_rows(columns, [[_printable(v) for v in row] for row in rows], fmt=_fmt(fmt))


def _fmt(fmt: str) -> str:
    if fmt not in ("table", "json", "csv"):
        raise typer.BadParameter("--format must be table, json or csv")
    return fmt


def _printable(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False)


def query(
    name: Annotated[str | None, typer.Argument(help="Name of the query (see --list).")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="name=value (repeatable).")] = None,
    store_name: Annotated[str, typer.Option("--store", help="sparql (the RDF store) or cypher (Neo4j).")]
    = "sparql",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    list_: Annotated[bool, typer.Option("--list", help="List the named queries and their parameters.")] = False,
) -> None:
    """Run a named query (queries/<name>.rq on the RDF store, or .cypher on Neo4j with --store cypher)."""
    from marsad.queries import bind_params, get_query, load_queries, run_named_cypher, run_named_sparql

    if list_ or name is None:
        for q in load_queries().values():
            console.print(f"[bold]{q.name}[/] — {q.title}")
            for p in q.params:
                need = "required" if p.required else (f"default {p.default}" if p.default else "optional")
                console.print(f"    --param {p.name}=<{p.type}>  ({need}) {p.description}")
        return
    q = get_query(name)
    raw: dict[str, str] = {}
    for text in param or []:
        key, sep, value = text.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected name=value, got {text!r}")
        raw[key] = value
    values = bind_params(q, raw)
    settings = get_settings()
    if store_name == "cypher":
        from marsad.neo4j.server import connect

        driver = connect(settings)
        try:
            columns, rows = run_named_cypher(driver, q, values, settings)
        finally:
            driver.close()
    elif store_name == "sparql":
        store = RdfStore(settings.store_path, read_only=True)
        try:
            columns, cells = run_named_sparql(store, q, values, row_cap=settings.row_cap)
            rows = [list(r) for r in cells]
        finally:
            _close(store)
    else:
        raise typer.BadParameter("--store must be sparql or cypher")
    print_rows(columns, [[_printable(v) for v in row] for row in rows], fmt=_fmt(fmt))
