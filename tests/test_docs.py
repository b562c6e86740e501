"""The docs cannot drift: every setting, command and named query is documented in the README, and
.ci/run runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from marsad.cli import app
from marsad.core.paths import QUERIES_DIR
from marsad.core.settings import Settings

PROJECT_ROOT = Path(__file__).resolve().parents[1]

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    missing = [f"MARSAD_{name.upper()}" for name in Settings.model_fields if f"MARSAD_{name.upper()}" not in README]
    assert not missing, f"settings missing from README.md: {missing}"


def _command_names(group: typer.Typer, prefix: str = "") -> list[str]:
    click_group = typer.main.get_command(group)
    names = []
    for name, command in click_group.commands.items():  # type: ignore[attr-defined]
        names.append(f"{prefix}{name}")
        if hasattr(command, "commands"):
            names += [f"{prefix}{name} {sub}" for sub in command.commands]
    return names


def test_every_command_is_documented() -> None:
    missing = [name for name in _command_names(app) if f"marsad {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_named_query_is_documented() -> None:
    names = sorted({p.stem for p in QUERIES_DIR.glob("*.rq")} | {p.stem for p in QUERIES_DIR.glob("*.cypher")})
    missing = [n for n in names if f"`{n}`" not in README]
    assert not missing, f"named queries missing from README.md: {missing}"


def test_ci_runs_the_readme_test_command() -> None:
    lines = [line.strip() for line in README.splitlines()[:5] if line.strip().startswith("bash")]
    test_command = next(line for line in lines if "test" in line)
    ci = (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci
    assert re.search(r"set -euo pipefail", ci)
