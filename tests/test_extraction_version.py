"""The extractor version is a hash of the rules and lexicons, and ingest re-extracts what an older one stored.

The version function runs over a temporary copy of the rule modules and the data, so the repository's own
files are never changed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console

from marsad.core.paths import DATA_DIR
from marsad.core.settings import Settings
from marsad.core.vocab import MRS
from marsad.ingest import run_ingest
from marsad.loaders.extraction import EXTRACTOR_VERSION
from marsad.loaders.extraction.version import LOADERS_DIR, extractor_version
from marsad.store import RdfStore

QUIET = Console(stderr=True, quiet=True)
OLD_VERSION = "marsad-rules/0.0.1+000000000000"


def _copy(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the rule modules (loaders/extraction, resolution, rdf, normalize.py) and of the data they read."""
    loaders, data = tmp_path / "loaders", tmp_path / "data"
    for package in ("extraction", "resolution", "rdf"):
        shutil.copytree(LOADERS_DIR / package, loaders / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(LOADERS_DIR / "normalize.py", loaders / "normalize.py")
    for folder in ("lexicons", "gazetteer", "registry"):
        shutil.copytree(DATA_DIR / folder, data / folder)
    return loaders, data


def test_the_version_names_the_release_and_a_hash_of_the_rules() -> None:
    assert re.fullmatch(r"marsad-rules/\d+\.\d+\.\d+\S*\+[0-9a-f]{12}", EXTRACTOR_VERSION), EXTRACTOR_VERSION
    assert extractor_version() == EXTRACTOR_VERSION


def test_a_changed_lexicon_or_rule_changes_the_version_and_documentation_does_not(tmp_path: Path) -> None:
    loaders, data = _copy(tmp_path)
    same = extractor_version(loaders_dir=loaders, data_dir=data)
    assert same == EXTRACTOR_VERSION  # an identical copy has the installed version

    sources = data / "lexicons" / "SOURCES.md"
    sources.write_text(sources.read_text(encoding="utf-8") + "\nA note.\n", encoding="utf-8")
    assert extractor_version(loaders_dir=loaders, data_dir=data) == same

    events = data / "lexicons" / "events.txt"
    events.write_text(events.read_text(encoding="utf-8").replace("[session]\n", "[session]\nمجلسة\n", 1),
                      encoding="utf-8")
    with_word = extractor_version(loaders_dir=loaders, data_dir=data)
    assert with_word != same

    titles = data / "gazetteer" / "titles.json"
    titles.write_text(titles.read_text(encoding="utf-8").replace("{", "{ ", 1), encoding="utf-8")
    assert extractor_version(loaders_dir=loaders, data_dir=data) not in (same, with_word)

    registry = data / "registry" / "parties.json"
    before_registry = extractor_version(loaders_dir=loaders, data_dir=data)
    registry.write_text(registry.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert extractor_version(loaders_dir=loaders, data_dir=data) != before_registry

    rule = loaders / "extraction" / "events" / "kinds.py"
    before_rule = extractor_version(loaders_dir=loaders, data_dir=data)
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# a changed rule\n", encoding="utf-8")
    assert extractor_version(loaders_dir=loaders, data_dir=data) != before_rule

    # Resolution and the registry decide node identities: a change there re-ingests too.
    registry = data / "registry" / "parties.json"
    before_registry = extractor_version(loaders_dir=loaders, data_dir=data)
    registry.write_text(registry.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert extractor_version(loaders_dir=loaders, data_dir=data) != before_registry


def _stored_versions(settings: Settings) -> set[str]:
    store = RdfStore(settings.store_path)
    try:
        rows = store.select(f"SELECT DISTINCT ?v WHERE {{ GRAPH ?g {{ ?e <{MRS.extractorVersion}> ?v }} }}")
        return {str(row["v"].value) for row in rows if isinstance(row["v"], ox.Literal)}
    finally:
        store.close()


def _pretend_an_older_extractor_stored(settings: Settings) -> None:
    """Rewrite every stored evidence's extractor version, as a store written by older rules has it."""
    store = ox.Store(str(settings.store_path))
    store.update(f"DELETE {{ GRAPH ?g {{ ?e <{MRS.extractorVersion}> ?v }} }} "
                 f"INSERT {{ GRAPH ?g {{ ?e <{MRS.extractorVersion}> \"{OLD_VERSION}\" }} }} "
                 f"WHERE {{ GRAPH ?g {{ ?e <{MRS.extractorVersion}> ?v }} }}")
    store.flush()
    del store


def test_ingest_re_extracts_documents_stored_under_another_extractor_version(tmp_path: Path,
                                                                               settings: Settings) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("01_board_budget.txt", "05_appointment.txt"):
        shutil.copy(DATA_DIR / "articles" / name, folder / name)

    first = run_ingest([folder], settings=settings, neo4j=False, console=QUIET)
    assert first.stored == 2 and _stored_versions(settings) == {EXTRACTOR_VERSION}
    again = run_ingest([folder], settings=settings, neo4j=False, console=QUIET)
    assert (again.stored, again.unchanged) == (0, 2)  # same text, same version: skipped

    _pretend_an_older_extractor_stored(settings)
    assert _stored_versions(settings) == {OLD_VERSION}
    upgraded = run_ingest([folder], settings=settings, neo4j=False, console=QUIET)
    assert (upgraded.stored, upgraded.unchanged) == (2, 0)  # another version: re-extracted and replaced
    assert _stored_versions(settings) == {EXTRACTOR_VERSION}
