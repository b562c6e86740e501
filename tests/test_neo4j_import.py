"""`marsad neo4j import` on a private server (own MARSAD_HOME, free port): the bulk import of the sample
articles gives exactly what `marsad neo4j sync` writes (labels, properties, relationships, list order),
`marsad neo4j check` agrees, later syncs see every document as loaded, and the import refuses a database
that holds nodes (unless --replace) and a Neo4j other than the local one."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from process_helpers import free_port, run_marsad

from marsad.core.errors import Neo4jImportFailed
from marsad.core.settings import Settings
from marsad.neo4j import bulk, server
from marsad.neo4j.rows import DocumentRows, NodeRow

pytestmark = pytest.mark.neo4j

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def _marsad(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_marsad(env, *args, timeout=600)


class Home:
    def __init__(self, root: Path) -> None:
        port = free_port()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
        self.env |= {"MARSAD_HOME": str(root), "MARSAD_NEO4J_BOLT_PORT": str(port), "COLUMNS": "200"}
        self.settings = Settings(home=root, neo4j_bolt_port=port, neo4j_uri=None, neo4j_password=None)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return _marsad(self.env, *args)

    def query(self, statement: str) -> list[dict[str, Any]]:
        with server.connect(self.settings) as driver:
            return [r.data() for r in driver.execute_query(statement)[0]]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    """The sample articles in the RDF store (no Neo4j), then imported; the server is stopped at the end."""
    if not (server.LAUNCHER_JAR.exists() or os.environ.get("MARSAD_REQUIRE_NEO4J") == "1"):
        pytest.skip("the Neo4j launcher is not built (bash .ci/neo4j-setup.sh)")
    h = Home(tmp_path_factory.mktemp("import") / "home")
    try:
        ingested = h.run("ingest", "--no-neo4j", "--jobs", "1", str(ARTICLES))
        assert ingested.returncode == 0, ingested.stderr
        imported = h.run("neo4j", "import")
        assert imported.returncode == 0, imported.stderr
        assert "Neo4j importer" in imported.stderr and "imported 9 document(s)" in imported.stderr
        yield h
    finally:
        server.stop(h.settings)


def _snapshot(h: Home) -> tuple[list[Any], list[Any]]:
    """Every node (IRI, sorted labels, properties) and relationship (ends, type, properties), lists kept in
    their order."""
    nodes = h.query("MATCH (n) RETURN n.iri AS iri, labels(n) AS labels, properties(n) AS props ORDER BY iri")
    rels = h.query("MATCH (a)-[r]->(b) RETURN a.iri AS a, type(r) AS t, b.iri AS b, properties(r) AS props "
                   "ORDER BY a, t, b")
    return ([(n["iri"], sorted(n["labels"]), n["props"]) for n in nodes],
            [(r["a"], r["t"], r["b"], r["props"]) for r in rels])


def test_import_equals_what_sync_writes(home: Home) -> None:
    check = home.run("neo4j", "check")
    assert check.returncode == 0 and "agrees" in check.stderr, check.stdout + check.stderr
    stale = home.run("neo4j", "sync", "--only-stale")
    assert stale.returncode == 0 and "synced 0 document(s)" in stale.stderr, stale.stderr
    imported = _snapshot(home)
    assert len(imported[0]) > 200 and len(imported[1]) > 400
    no_quotes = [r for r in imported[1] if r[3]["quotes"] == []]
    assert no_quotes and all(r[3]["quote_sources"] == [] for r in no_quotes)
    assert any("\n" in str(p.get("text", "")) for _, _, p in imported[0])  # multi-line values came through
    loaded = home.query("MATCH (d:Document) RETURN d.loaded_hash AS h, d.content_hash AS c")
    assert len(loaded) == 9 and all(d["h"] and d["h"] == d["c"] for d in loaded)
    schema = {r["name"]: r["state"] for r in home.query("SHOW INDEXES YIELD name, state")}
    assert {"resource_iri", "document_graph", "marsad_names"} <= set(schema)
    assert set(schema.values()) == {"ONLINE"}
    home.query("MATCH (n) DETACH DELETE n")
    synced = home.run("neo4j", "sync")
    assert synced.returncode == 0, synced.stderr
    assert _snapshot(home) == imported


def test_refuses_a_database_that_holds_nodes(home: Home) -> None:
    before = home.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
    assert before > 0
    refused = home.run("neo4j", "import")
    assert refused.returncode == 1
    assert "holds" in refused.stderr and "--replace" in refused.stderr
    assert server.running_pid(home.settings) is not None  # left running, untouched
    assert home.query("MATCH (n) RETURN count(n) AS n")[0]["n"] == before
    server.stop(home.settings)  # stopped: the import starts it to look, then refuses
    refused = home.run("neo4j", "import")
    assert refused.returncode == 1 and "--replace" in refused.stderr
    assert "to see whether its database is empty" in refused.stderr
    assert home.query("MATCH (n) RETURN count(n) AS n")[0]["n"] == before
    replaced = home.run("neo4j", "import", "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "stopping the local Neo4j" in replaced.stderr
    assert home.run("neo4j", "check").returncode == 0


def test_refuses_a_remote_neo4j(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env |= {"MARSAD_HOME": str(tmp_path), "MARSAD_NEO4J_URI": "bolt://neo4j.example.org:7687",
            "MARSAD_NEO4J_PASSWORD": "x"}
    refused = _marsad(env, "neo4j", "import", "--replace")
    assert refused.returncode == 1
    assert "MARSAD_NEO4J_URI" in refused.stderr and "marsad neo4j sync" in refused.stderr
    assert not (tmp_path / "neo4j" / "data").exists()


def _importer_jvms(folder: Path) -> list[str]:
    """The command lines of running processes that name ``folder`` (the importer's JVM does: its warm-up dir)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if "ma.marsad.ImportLauncher" in cmdline and str(folder) in cmdline:
            found.append(cmdline)
    return found


def test_rows_the_csv_cannot_take_leave_no_importer_running(tmp_path: Path) -> None:
    """The importer's JVM starts before the CSV files are written; when they cannot be, it is ended and its
    folder removed (the database is not touched: no server was running, none is started)."""
    if not (server.LAUNCHER_JAR.exists() or os.environ.get("MARSAD_REQUIRE_NEO4J") == "1"):
        pytest.skip("the Neo4j launcher is not built (bash .ci/neo4j-setup.sh)")
    settings = Settings(home=tmp_path, neo4j_bolt_port=free_port(), neo4j_uri=None, neo4j_password=None)
    doc = DocumentRows(graph_iri="urn:g", source="d", content_hash="", document_iri=None,
                       nodes=(NodeRow(iri="urn:x", labels=(), props={"alt": ["a", 1]}),))
    with pytest.raises(Neo4jImportFailed, match="one type"):
        bulk.import_rows(settings, [doc])
    assert not _importer_jvms(tmp_path)
    assert not list(settings.neo4j_home.glob("import-*"))
    assert server.running_pid(settings) is None


def test_multi_line_rows_beyond_the_importer_read_buffer_are_imported(tmp_path: Path) -> None:
    """Rows with line breaks in values go to files of their own; past the importer's read buffer (8 MiB) in
    one file, it failed with "Missing end for quote" (the 31,670-article store has 114 MB of them). Here
    2,400 multi-line Arabic texts, 11 MB in all, are imported whole."""
    if not (server.LAUNCHER_JAR.exists() or os.environ.get("MARSAD_REQUIRE_NEO4J") == "1"):
        pytest.skip("the Neo4j launcher is not built (bash .ci/neo4j-setup.sh)")
    settings = Settings(home=tmp_path, neo4j_bolt_port=free_port(), neo4j_uri=None, neo4j_password=None)
    paragraph = "وقال الوزير، في كلمة \"افتتاحية\"، إن المجلس صادق على البرنامج.\n" * 40
    texts = {f"urn:doc:{i}": f"{i}\n{paragraph}" for i in range(2400)}
    assert sum(len(t.encode("utf-8")) for t in texts.values()) > 10 * 2**20
    docs = [DocumentRows(graph_iri=f"urn:g:{i}", source=f"d{i}", content_hash="", document_iri=None,
                         nodes=(NodeRow(iri=iri, labels=("Document",), props={"text": text}),))
            for i, (iri, text) in enumerate(texts.items())]
    try:
        figures = bulk.import_rows(settings, docs)
        assert figures.nodes == len(texts)
        with server.connect(settings) as driver:
            records = driver.execute_query("MATCH (d:Document) RETURN d.iri AS iri, d.text AS text")[0]
        assert {r["iri"]: r["text"] for r in records} == texts
    finally:
        server.stop(settings)
