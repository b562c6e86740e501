"""No module of the project binds the same module-level name twice.

Several branches' rules were merged into the same extraction modules. Twice a later branch reused a constant's name
for a different word list; Python keeps the last binding, so the rules written before it silently read the later list
at call time and changed their facts. A name bound twice is therefore an error even when both values agree today.
The tests, benchmarks and tools are held to the same rule: a test helper redefined further down a test module (two
sections' ``_taking_part`` with different bodies) made every test above the second definition call the second one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("loaders", "marsad", "api", "tests", "benchmarks", "tools")


def _bound_names(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


def twice_bound(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for every module-level name bound more than once."""
    seen: dict[str, int] = {}
    found = []
    for node in ast.parse(source).body:
        for name in _bound_names(node):
            if name in seen:
                found.append((name, seen[name], node.lineno))
            else:
                seen[name] = node.lineno
    return found


def _modules() -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py"))


def test_the_check_finds_a_name_bound_twice() -> None:
    source = "_A = frozenset({'x'})\n\ndef f() -> bool:\n    return 'x' in _A\n\n_A = frozenset({'y'})\n"
    assert twice_bound(source) == [("_A", 1, 6)]
    assert twice_bound("_A = 1\n_B: int = 2\nif _A:\n    _A = 3\n") == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert twice_bound(path.read_text(encoding="utf-8")) == []
