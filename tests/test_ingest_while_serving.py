"""`marsad ingest` while `marsad serve` answers: the API never serves half a document, and a second ingest
on the same MARSAD_HOME refuses, naming the running one.

The store replaces a document's graph in one transaction (drop and insert in one SPARQL update), and the
ontology graph likewise. The test ingests version A of many documents, serves them, and ingests version B
(every text changed, so every graph is replaced) in a real subprocess while polling the API: every graph's
triple count it sees is A's or B's, never anything in between.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from api_helpers import free_port
from rich.console import Console

from marsad.core.settings import Settings
from marsad.ingest import run_ingest
from marsad.lock import current_holder
from marsad.store import RdfStore

COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
FIRST = ["كريم", "سعاد", "محمد", "نادية", "يوسف", "فاطمة", "رشيد", "خديجة", "عمر", "ليلى"]
LAST = ["البناني", "العلوي", "الفاسي", "بنعلي", "التازي", "الإدريسي", "المراكشي", "الصقلي", "العبدي", "الشرقاوي"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
DOCUMENTS = 200
pytestmark = pytest.mark.slow


def _version_a(i: int) -> str:
    chair, guest = f"{FIRST[i % 10]} {LAST[i // 10 % 10]}", f"{FIRST[(i + 3) % 10]} {LAST[(i + 7) % 10]}"
    return (f"انعقد يوم {i % 28 + 1} {MONTHS[i % 12]} {2000 + i // 12} بمراكش اجتماع مجلس إدارة الوكالة الحضرية "
            f"لمراكش، برئاسة السيد {chair}، المدير العام للوكالة، وبحضور السيد {guest}، رئيس مجلس جماعة مراكش.\n")


def _version_b(i: int) -> str:
    return _version_a(i) + f"وصادق المجلس على ميزانية الوكالة برسم سنة {2001 + i // 12} وعلى برنامج العمل.\n"


def _write(folder: Path, version: str) -> Path:
    folder.mkdir()
    for i in range(DOCUMENTS):
        (folder / f"doc-{i:03d}.txt").write_text(_version_a(i) if version == "a" else _version_b(i), encoding="utf-8")
    return folder


def _counts(home: Path) -> dict[str, int]:
    store = RdfStore(home / "store", read_only=True)
    try:
        return {row["g"].value: int(row["n"].value) for row in store.select(COUNTS)}
    finally:
        store.close()


def test_the_api_never_serves_half_a_document_while_an_ingest_replaces_them(tmp_path: Path) -> None:
    quiet = Console(stderr=True, quiet=True)
    a_docs, b_docs = _write(tmp_path / "a", "a"), _write(tmp_path / "b", "b")
    home, reference = tmp_path / "home", tmp_path / "reference"
    run_ingest([a_docs], settings=Settings(home=home), neo4j=False, console=quiet, jobs=1)
    run_ingest([b_docs], settings=Settings(home=reference), neo4j=False, console=quiet, jobs=1)
    old, new = _counts(home), _counts(reference)
    assert old.keys() == new.keys() and len(old) == DOCUMENTS + 1  # the documents and the ontology
    changed = {g for g in old if old[g] != new[g]}
    assert len(changed) == DOCUMENTS  # every document gains facts

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env |= {"MARSAD_HOME": str(home), "MARSAD_PORT": str(port), "COLUMNS": "300"}
    api = subprocess.Popen([sys.executable, "-m", "marsad", "serve"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    ingest = None
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url, params={"query": "ASK {}"}, timeout=10).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "marsad serve did not answer within 120 s"
            time.sleep(0.3)
        # ingest B over A in a real process, polling the API all along; on a busy machine an ingest can end
        # between two polls, so the replacement is run again (A over B, then B over A) until a poll sees one
        # half-way, three times at most
        polls, mixed, partial, failed = 0, 0, [], []
        first_pid = second = None
        for version in (b_docs, a_docs, b_docs):
            ingest = subprocess.Popen([sys.executable, "-m", "marsad", "ingest", "--no-neo4j", "--jobs", "1",
                                       str(version)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if second is None:
                first_pid = ingest.pid
                while (holder := current_holder(home)) is None or holder.pid != ingest.pid:
                    assert ingest.poll() is None, "the ingest ended before it was seen holding the writer lock"
                    time.sleep(0.05)
                second = subprocess.run([sys.executable, "-m", "marsad", "ingest", "--no-neo4j", str(b_docs)],
                                        env=env, capture_output=True, text=True, timeout=300, check=False)
            while True:
                done = ingest.poll() is not None
                answer = httpx.get(url, params={"query": COUNTS},
                                   headers={"Accept": "application/sparql-results+json"}, timeout=30)
                if answer.status_code != 200:
                    failed.append(f"{answer.status_code} {answer.text[:300]}")
                    continue
                seen = {b["g"]["value"]: int(b["n"]["value"]) for b in answer.json()["results"]["bindings"]}
                polls += 1
                partial += [(g, n) for g, n in seen.items() if n not in (old.get(g), new.get(g))]
                replaced = sum(1 for g in changed if seen.get(g) == new[g])
                mixed += 0 < replaced < len(changed)
                if done:
                    break
            output = ingest.stdout.read().decode() if ingest.stdout else ""
            assert ingest.returncode == 0, output
            if mixed:
                break
    finally:
        for process in (api, ingest):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=30)
    assert not partial, f"the API served {len(partial)} half-replaced graphs: {partial[:5]}"
    assert mixed >= 1, f"no poll saw the ingest half-way ({polls} polls): the test proved nothing"
    assert not failed, f"{len(failed)} of {polls + len(failed)} polls failed: {failed[:3]}"
    # a second ingest on the same MARSAD_HOME while the first ran: refused, naming it
    assert second is not None and second.returncode == 1
    message = " ".join(second.stderr.split())
    assert f"another writer is running on MARSAD_HOME {home}: pid {first_pid}" in message, message
    assert "rerun with --wait" in message and "IO error" not in message
