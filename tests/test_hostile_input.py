"""Hostile input: one batch full of bad documents. Each gets a message naming it and the reason; the rest loads.

Every case is a file (or a line of a .jsonl file) of one batch ingested with `run_ingest`; the test then
checks the reason given for each refused document and which documents the RDF store holds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from rich.console import Console

from marsad.core.settings import Settings
from marsad.ingest import IngestSummary, run_ingest
from marsad.store import RdfStore

QUIET = Console(stderr=True, quiet=True)
SESSION = ("انعقد يوم الثلاثاء 10 مارس 2026 بمراكش اجتماع مجلس إدارة الوكالة الحضرية لمراكش، برئاسة السيد كريم "
           "البناني، المدير العام للوكالة، وبحضور السيدة سعاد العلوي، رئيسة مجلس جماعة مراكش.\n"
           "وصادق المجلس على ميزانية الوكالة برسم سنة 2026.\n")
OTHER = SESSION.replace("سعاد العلوي", "نادية الفاسي")
MRS = "https://w3id.org/marsad/ontology#"
# bidi controls and zero-width characters: none may end up inside a name
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d",
             "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff"]


def _ingest(paths: list[Path], settings: Settings) -> IngestSummary:
    return run_ingest(paths, settings=settings, neo4j=False, console=QUIET, jobs=1)


def _stored(settings: Settings) -> dict[str, str]:
    """document id -> text, for every document the RDF store holds."""
    store = RdfStore(settings.store_path, read_only=True)
    try:
        rows = store.select(f"SELECT ?id ?t WHERE {{ ?d <{MRS}documentId> ?id ; <{MRS}text> ?t }}")
    finally:
        store.close()
    return {row["id"].value: row["t"].value for row in rows}


def _record(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def _hostile_batch(batch: Path) -> dict[str, str]:
    """Write every hostile case into ``batch``; returns the expected reason (a part of it) per refused name."""
    batch.mkdir()
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (batch / "invalid-utf8.txt").write_bytes(SESSION.encode("utf-8")[:40] + b"\xff\xfe\xc3(" + b" rest")
    (batch / "utf16-bom.txt").write_bytes(b"\xff\xfe" + SESSION.encode("utf-16-le"))  # decoded: the BOM says how
    (batch / "utf16-bom.jsonl").write_bytes(b"\xff\xfe" + (_record(id="u16", text=SESSION) + "\n").encode("utf-16-le"))
    with (batch / "huge-50mb.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    (batch / "single-line-5mib.txt").write_bytes(("ب" * (5 * 1024 * 1024 // 2)).encode("utf-8"))
    blob = "data:image/png;base64," + "iVBORw0KGgo" * 440_000  # a ~4.9 MB token on one line, under the limit
    (batch / "single-line-4.9mb.jsonl").write_text(_record(id="long-line", text=SESSION.replace("\n", " ") + blob)
                                                   + "\n", encoding="utf-8")
    (batch / "nul-late.txt").write_bytes(("ا" * 9000 + SESSION).encode("utf-8") + b"\x00" + SESSION.encode("utf-8"))
    bidi = SESSION.replace("كريم البناني", "كر\u202eيم البنا\u200bني").replace("سعاد العلوي", "سعاد \u2066العلوي") \
        .replace("جماعة مراكش", "جماعة مرا\u200fكش")
    (batch / "bidi-names.txt").write_text(bidi, encoding="utf-8")
    (batch / "script.html").write_text(
        "<html><head><title>دورة</title><script>alert('head')</script></head><body onload=\"alert('body')\">"
        "<article><p onclick=\"alert('p')\">" + SESSION + "</p><img src=x onerror=\"alert('img')\">"
        "<a href=\"javascript:alert('a')\">رابط</a><script>document.write('انعقد مجلس وهمي')</script>"
        "</article></body></html>", encoding="utf-8")
    lines = [
        "{this is not json",
        _record(id="no-text"),
        _record(id="text-number", text=42),
        _record(id={"nested": 1}, text=SESSION),
        _record(id=["a"], text=SESSION),
        _record(id=True, text=SESSION),
        _record(text=SESSION),  # no id: the file name and line give one
        _record(id=7, text=OTHER),  # an integer id is kept as "7"
        _record(id="a/b/../c d", text=SESSION),
        _record(id="../../etc/passwd", text=OTHER),
        _record(id="dup", text=SESSION),
        _record(id="dup", text=OTHER),
        _record(id="dup", text=SESSION),
        _record(id="rlo\u202eid", text=SESSION),
        _record(id="nul-escaped", text=SESSION + "\u0000"),
        '{"id": "surrogate", "text": "' + SESSION.replace("\n", " ") + '\\ud800"}',
    ]
    (batch / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (batch / "loop-a.txt").symlink_to("loop-b.txt")
    (batch / "loop-b.txt").symlink_to("loop-a.txt")
    (batch / "broken-link.txt").symlink_to("nowhere.txt")
    (batch / "sub").mkdir()
    (batch / "sub" / "up").symlink_to("..")
    os.mkfifo(batch / "fifo.txt")  # unreadable even by root: reading it would block forever
    (batch / "folder.txt").mkdir()  # a folder named like a file is read as a folder
    (batch / "folder.txt" / "inside.txt").write_text(OTHER, encoding="utf-8")
    return {
        "empty.txt": "empty document",
        "binary.txt": "binary file",
        "invalid-utf8.txt": "not valid UTF-8: byte 0xff at offset 40",
        "utf16-bom.jsonl": "must be UTF-8",
        "huge-50mb.txt": "52.4 MB, over the limit of 5.0 MB",
        "single-line-5mib.txt": "5.2 MB, over the limit",
        "nul-late.txt": f"NUL character at offset {9000 + len(SESSION)}",
        "records.jsonl:1": "invalid JSON",
        "records.jsonl:2": "missing 'text' field",
        "records.jsonl:3": "'text' must be a string, got a number",
        "records.jsonl:4": "'id' must be a string or an integer, got an object",
        "records.jsonl:5": "'id' must be a string or an integer, got an array",
        "records.jsonl:6": "'id' must be a string or an integer, got a boolean",
        "records.jsonl:12": "with id 'dup' was read first, from",
        "records.jsonl:13": "(same text): read once",
        "records.jsonl:14": "invisible or control character U+202E",
        "records.jsonl:15": "NUL character at offset",
        "records.jsonl:16": "unpaired surrogate U+D800",
        "loop-a.txt": "symbolic link loop",
        "loop-b.txt": "symbolic link loop",
        "broken-link.txt": "broken symbolic link (to nowhere.txt)",
        "up": "a symbolic link to a folder already read (a loop)",
        "fifo.txt": "a FIFO (named pipe), not a regular file",
    }


def _reasons(summary: IngestSummary, batch: Path) -> dict[str, str]:
    found = {}
    for doc, reason in summary.rejected:
        rel = Path(doc).relative_to(batch) if doc.startswith(str(batch)) else Path(doc)
        found[rel.name] = reason
    return found


def test_every_hostile_input_is_named_with_its_reason_and_the_rest_loads(tmp_path: Path, settings: Settings) -> None:
    batch = tmp_path / "batch"
    expected = _hostile_batch(batch)
    summary = _ingest([batch], settings)
    reasons = _reasons(summary, batch)
    assert set(reasons) == set(expected), reasons
    for name, part in expected.items():
        assert part in reasons[name], (name, reasons[name])
    assert all(doc.startswith(str(batch)) for doc, _ in summary.rejected)  # each message names its document
    assert not summary.failed and not summary.quarantined

    stored = _stored(settings)
    assert set(stored) == {"utf16-bom.txt", "long-line", "bidi-names.txt", "script.html", "records-7", "7",
                           "a/b/../c d", "../../etc/passwd", "dup", "inside.txt"}
    assert stored["utf16-bom.txt"] == SESSION  # decoded exactly
    assert stored["dup"] == SESSION  # the first one read wins
    assert stored["7"] == OTHER
    assert len(stored["long-line"].encode("utf-8")) > 4_800_000
    page = stored["script.html"]
    for absent in ("alert", "onclick", "onerror", "javascript:", "document.write", "وهمي"):
        assert absent not in page
    assert "برئاسة السيد كريم البناني" in page


def test_ids_with_slashes_dots_and_spaces_never_reach_a_path_or_an_iri(tmp_path: Path, settings: Settings) -> None:
    batch = tmp_path / "ids.jsonl"
    batch.write_text("\n".join(_record(id=i, text=SESSION) for i in ("a/b/../c d", "../../etc/passwd", "x y"))
                     + "\n", encoding="utf-8")
    summary = _ingest([batch], settings)
    assert summary.stored == 3 and not summary.rejected
    store = RdfStore(settings.store_path, read_only=True)
    graphs = store.document_graphs()
    store.close()
    assert all(".." not in g and " " not in g and g.rsplit("/", 1)[-1].isalnum() for g in graphs)
    assert sorted(os.listdir(settings.home)) == ["index", "store", "writer.lock"]  # nothing written anywhere else


@pytest.mark.parametrize("mark", INVISIBLE, ids=lambda m: f"U+{ord(m):04X}")
def test_bidi_and_zero_width_characters_never_end_up_in_a_name(tmp_path: Path, settings: Settings,
                                                                 mark: str) -> None:
    text = SESSION.replace("كريم البناني", f"كر{mark}يم البناني").replace("جماعة مراكش", f"جماعة {mark}مراكش")
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    summary = _ingest([tmp_path / "doc.txt"], settings)
    assert summary.stored == 1
    store = RdfStore(settings.store_path, read_only=True)
    try:
        labels = [row["l"].value for row in store.select(
            "SELECT ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }")]
        spans = [(int(r["s"].value), int(r["e"].value), r["q"].value) for r in store.select(
            f"SELECT ?s ?e ?q WHERE {{ ?v <{MRS}start> ?s ; <{MRS}end> ?e ; <{MRS}quote> ?q }}")]
    finally:
        store.close()
    assert "سعاد العلوي" in labels  # the names the marks did not touch are still found
    assert not [label for label in labels if any(unicodedata.category(c) == "Cf" for c in label)], labels
    assert spans and all(text[s:e] == q for s, e, q in spans)  # quotes keep the text exactly, marks and all


def test_an_unreadable_file_is_named_and_the_rest_loads(tmp_path: Path) -> None:
    """chmod 000. Root reads anything, so as root the ingest runs in a subprocess without the capabilities
    that let root ignore file permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), through util-linux setpriv."""
    batch, home = tmp_path / "batch", tmp_path / "home"
    batch.mkdir()
    (batch / "good.txt").write_text(SESSION, encoding="utf-8")
    (batch / "locked.txt").write_text(OTHER, encoding="utf-8")
    (batch / "locked.txt").chmod(0)
    if os.geteuid() != 0:
        summary = _ingest([batch], Settings(home=home))
        rejected = [(Path(doc).name, reason) for doc, reason in summary.rejected]
        assert rejected == [("locked.txt", "cannot read file: Permission denied")]
    else:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without util-linux setpriv: root can read a chmod 000 file")
        env = {**os.environ, "MARSAD_HOME": str(home), "COLUMNS": "500"}
        result = subprocess.run([setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", sys.executable,
                                 "-m", "marsad", "ingest", "--no-neo4j", "--jobs", "1", str(batch)],
                                env=env, capture_output=True, text=True, timeout=600, check=False)
        assert result.returncode == 0, result.stderr
        assert f"rejected {batch / 'locked.txt'}: cannot read file: Permission denied" in result.stderr
    assert _stored(Settings(home=home)).keys() == {"good.txt"}
