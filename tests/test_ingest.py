"""`marsad ingest` end to end on the embedded store: idempotence, replacement, bad input, quarantine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from marsad.core.paths import DATA_DIR
from marsad.core.settings import Settings
from marsad.ingest import run_ingest
from marsad.store import RdfStore

SAMPLES = DATA_DIR / "articles"
QUIET = Console(stderr=True, quiet=True)

SESSION = """انعقاد الدورة العادية لمجلس إدارة الوكالة الحضرية لمراكش

انعقد يوم الثلاثاء 10 مارس 2026 بمراكش اجتماع مجلس إدارة الوكالة الحضرية لمراكش، برئاسة السيد كريم البناني، \
المدير العام للوكالة، وبحضور السيدة سعاد العلوي، رئيسة مجلس جماعة مراكش.
وصادق المجلس على ميزانية الوكالة برسم سنة 2026 وعلى برنامج العمل برسم سنة 2026.
"""


def _counts(settings: Settings) -> tuple[int, list[str]]:
    store = RdfStore(settings.store_path)
    try:
        return store.count_quads(), store.document_graphs()
    finally:
        store.close()


def _ingest(paths: list[Path], settings: Settings, **kw: object) -> object:
    return run_ingest(paths, settings=settings, neo4j=False, console=QUIET, **kw)  # type: ignore[arg-type]


def test_samples_ingest_and_reingest_changes_nothing(settings: Settings) -> None:
    first = _ingest([SAMPLES], settings)
    assert first.stored >= 6 and not first.failed and not first.quarantined, first  # type: ignore[attr-defined]
    quads, graphs = _counts(settings)
    second = _ingest([SAMPLES], settings)
    assert second.stored == 0 and second.unchanged == first.stored  # type: ignore[attr-defined]
    assert _counts(settings) == (quads, graphs)
    third = _ingest([SAMPLES], settings, force=True)  # re-extracting gives the very same quads
    assert third.stored == first.stored  # type: ignore[attr-defined]
    assert _counts(settings) == (quads, graphs)


def test_changed_document_replaces_its_facts(tmp_path: Path, settings: Settings) -> None:
    doc = tmp_path / "session.txt"
    doc.write_text(SESSION, encoding="utf-8")
    _ingest([doc], settings)
    store = RdfStore(settings.store_path)
    ask = 'ASK { ?p <http://www.w3.org/2000/01/rdf-schema#label> "%s"@ar }'
    assert store.query(ask % "سعاد العلوي")
    store.close()
    doc.write_text(SESSION.replace("سعاد العلوي", "نادية الفاسي"), encoding="utf-8")
    summary = _ingest([doc], settings)
    assert summary.stored == 1  # type: ignore[attr-defined]
    store = RdfStore(settings.store_path)
    assert store.query(ask % "نادية الفاسي")
    assert not store.query(ask % "سعاد العلوي")
    assert len(store.document_graphs()) == 1
    store.close()


def test_bad_input_is_reported_and_the_rest_of_the_batch_is_loaded(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "home", max_document_bytes=1_000_000)
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "good.txt").write_text(SESSION, encoding="utf-8")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(bytes(range(256)))
    (batch / "invalid.txt").write_bytes(b"\xd9\x85\xff\xfe broken")
    with (batch / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (batch / "page.html").write_text(
        "<html><head><title>زيارة عمل</title><script>document.write('انعقد مجلس وهمي')</script></head><body>"
        f"<article><p>{SESSION}</p></article></body></html>", encoding="utf-8")
    summary = _ingest([batch], settings)
    rejected = {Path(doc).name: reason for doc, reason in summary.rejected}  # type: ignore[attr-defined]
    assert set(rejected) == {"empty.txt", "binary.txt", "invalid.txt", "huge.txt"}
    assert "empty" in rejected["empty.txt"] and "binary" in rejected["binary.txt"]
    assert "UTF-8" in rejected["invalid.txt"] and "over the limit" in rejected["huge.txt"]
    assert summary.stored == 2  # type: ignore[attr-defined]
    store = RdfStore(settings.store_path)
    texts = [row["t"].value for row in store.select(
        "SELECT ?t WHERE { ?d <https://w3id.org/marsad/ontology#text> ?t }")]  # type: ignore[union-attr]
    store.close()
    assert not any("document.write" in t or "وهمي" in t for t in texts)


def test_non_conforming_graph_is_quarantined_not_stored(tmp_path: Path, settings: Settings,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A graph the shapes refuse (here: a fact whose evidence lost its quote) is kept aside with the message."""
    from rdflib import URIRef

    import marsad.loaders.pipeline as pipeline
    from marsad.loaders.rdf.triples import Triples

    real_build = pipeline.build_triples
    quote = URIRef("https://w3id.org/marsad/ontology#quote")

    def broken_build(*args: object, **kwargs: object) -> Triples:
        kept = Triples()
        for triple in real_build(*args, **kwargs):  # type: ignore[arg-type]
            if triple[1] != quote:
                kept.add(triple)
        return kept

    monkeypatch.setattr(pipeline, "build_triples", broken_build)
    doc = tmp_path / "session.txt"
    doc.write_text(SESSION, encoding="utf-8")
    summary = _ingest([doc], settings)
    assert summary.stored == 0 and len(summary.quarantined) == 1  # type: ignore[attr-defined]
    assert any("quote" in m.lower() for m in summary.quarantined[0][1])  # type: ignore[attr-defined]
    kept = json.loads(next(settings.quarantine_path.glob("*.json")).read_text(encoding="utf-8"))
    assert kept["document"] == "session.txt" and kept["messages"] and kept["graph"]
    assert _counts(settings)[1] == []


def test_neo4j_down_keeps_the_rdf_load_and_says_so(tmp_path: Path) -> None:
    """A configured Neo4j that does not answer: the RDF store is loaded, the summary says what failed."""
    from marsad.core.errors import Neo4jUnavailable

    settings = Settings(home=tmp_path / "home", neo4j_uri="bolt://127.0.0.1:9", neo4j_password="unused")
    summary = run_ingest([SAMPLES], settings=settings, neo4j=None, console=QUIET)
    assert summary.stored >= 6
    assert summary.neo4j.startswith("FAILED") and "marsad neo4j sync" in summary.neo4j
    with pytest.raises(Neo4jUnavailable):  # asked for explicitly: refused before any work
        run_ingest([SAMPLES], settings=Settings(home=tmp_path / "other", neo4j_uri="bolt://127.0.0.1:9",
                                                neo4j_password="unused"), neo4j=True, console=QUIET)
    assert not (tmp_path / "other" / "store").exists() or not RdfStore(tmp_path / "other" / "store").document_graphs()
