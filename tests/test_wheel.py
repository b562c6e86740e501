"""The wheel: one import package with its resources inside, and it works when installed (not editable).

Built once per session with ``pip wheel --no-build-isolation`` (setuptools comes with the dev extras), then
installed with ``--target`` into a folder that the commands run from, with the project folder off sys.path.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = PROJECT_ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(PROJECT_ROOT), "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out)], check=True, cwd=PROJECT_ROOT)
    (found,) = out.glob("marsad-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True)
    return target


def _run(target: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -P -m marsad …`` with only the installed copy importable (not the checkout)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env.update(PYTHONPATH=str(target), MARSAD_HOME=str(home), COLUMNS="200")
    return subprocess.run([sys.executable, "-P", *args], cwd=home.parent, env=env, capture_output=True, text=True,
                          timeout=600)


def test_the_wheel_holds_only_the_marsad_package_and_its_resources(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names}
    assert {t for t in top if not t.endswith(".dist-info")} == {"marsad"}
    for needed in ("marsad/resources/ontology/marsad.ttl", "marsad/resources/shapes/marsad-shapes.ttl",
                   "marsad/resources/queries/chairs.rq", "marsad/resources/queries/chairs.cypher",
                   "marsad/resources/data/gazetteer/titles.json", "marsad/resources/data/lexicons/events.txt",
                   "marsad/api/templates/base.html",
                   "marsad/loaders/extraction/__init__.py", "marsad/neo4j/schema.cypher"):
        assert needed in names, needed


def test_installed_wheel_ingests_and_answers_the_named_query(installed: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    located = _run(installed, home, "-c", "import marsad; print(marsad.__file__)")
    assert located.stdout.strip().startswith(str(installed)), located
    ingest = _run(installed, home, "-m", "marsad", "ingest", str(SAMPLES))
    assert ingest.returncode == 0, ingest.stdout + ingest.stderr
    facts = re.search(r"facts stored\W+(\d+)", ingest.stdout + ingest.stderr)
    assert facts and int(facts.group(1)) > 50, ingest.stderr
    chairs = _run(installed, home, "-m", "marsad", "query", "chairs", "--format", "json")
    assert chairs.returncode == 0, chairs.stdout + chairs.stderr
    rows = json.loads(chairs.stdout)
    assert len(rows) >= 3 and all(row["chair"] for row in rows)
    for generic in ("api", "loaders"):
        attempt = _run(installed, home, "-c", f"import {generic}")
        assert attempt.returncode != 0 and "ModuleNotFoundError" in attempt.stderr


@pytest.mark.parametrize("lexicon", ["gazetteer/titles.json", "lexicons/events.txt"])
def test_a_missing_lexicon_file_stops_ingest_naming_it(installed: Path, tmp_path: Path, lexicon: str) -> None:
    broken = tmp_path / "site"
    shutil.copytree(installed, broken, symlinks=True)
    (broken / "marsad" / "resources" / "data" / lexicon).unlink()
    home = tmp_path / "home"
    ingest = _run(broken, home, "-m", "marsad", "ingest", str(SAMPLES))
    assert ingest.returncode != 0
    assert lexicon.split("/")[-1] in ingest.stdout + ingest.stderr
    count = _run(broken, home, "-m", "marsad", "sparql", "--format", "csv",
                 "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                 "FILTER(?g != <https://w3id.org/marsad/graph/ontology>) }")
    assert count.returncode == 0, count.stdout + count.stderr
    assert count.stdout.split()[-1] == "0"
