"""The package's import structure: one import package, layers that only import downwards, no cycles.

The order is the README's Architecture section: core ← loaders ← storage ← ingest ← api ← cli.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

import marsad

PACKAGE = Path(marsad.__file__).resolve().parent
PROJECT_ROOT = Path(__file__).resolve().parents[1]

# Longest prefix wins; the number is the layer. A module may import its own layer and those below.
LAYERS: dict[str, int] = {
    "marsad": 0,
    "marsad.core": 0,
    "marsad.loaders": 1,
    "marsad.store": 2,
    "marsad.quarantine": 2,
    "marsad.lock": 2,
    "marsad.cypher_guard": 2,
    "marsad.sparql_guard": 2,
    "marsad.sparql_rows": 2,
    "marsad.neo4j": 2,
    "marsad.queries": 2,
    "marsad.readmodel": 2,
    "marsad.curation": 2,
    "marsad.ingest": 3,
    "marsad.api": 4,
    "marsad.cli": 5,
    "marsad.__main__": 5,
    "marsad.neo4j.cli": 5,
    "marsad.readmodel.cli": 5,
    "marsad.curation.cli": 5,
}


def _unit(module: str) -> str:
    """The LAYERS entry a module belongs to (its package or top-level module)."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in LAYERS:
            return prefix
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and to the README's Architecture section")


def _modules() -> dict[str, Path]:
    """Every module of the package, found through the links to loaders/ and api/ as an install finds them."""
    found: dict[str, Path] = {}
    paths = [Path(root, f) for root, _dirs, files in os.walk(PACKAGE, followlinks=True) for f in files]
    for path in (p for p in paths if p.suffix == ".py"):
        rel = path.relative_to(PACKAGE).with_suffix("")
        if "resources" in rel.parts:
            continue
        parts = ["marsad", *rel.parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(module: str, path: Path) -> set[str]:
    """The marsad modules ``module`` imports, at any depth (deferred imports inside functions count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base]) if base else ".".join(anchor)
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    return {t for t in targets if t == "marsad" or t.startswith("marsad.")}


def _edges() -> dict[str, set[str]]:
    modules = _modules()
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges[name] = {t for t in _imports(name, path) if t in modules and t != name}
    return edges


def test_the_modules_are_found_through_the_package() -> None:
    modules = _modules()
    assert "marsad.loaders.extraction.events" in modules or "marsad.loaders.extraction" in modules
    assert "marsad.api.app" in modules and "marsad.core.vocab" in modules


def test_every_import_goes_to_the_same_or_a_lower_layer() -> None:
    wrong = sorted(
        f"{src} (layer {LAYERS[_unit(src)]}) imports {dst} (layer {LAYERS[_unit(dst)]})"
        for src, targets in _edges().items() for dst in targets
        if LAYERS[_unit(dst)] > LAYERS[_unit(src)]
    )
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle_between_packages() -> None:
    graph: dict[str, set[str]] = {}
    for src, targets in _edges().items():
        graph.setdefault(_unit(src), set()).update(_unit(t) for t in targets if _unit(t) != _unit(src))
    # Depth-first search for a back edge; report the cycle it closes.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            raise AssertionError(" -> ".join(cycle))


def test_no_code_imports_the_folders_as_top_level_packages() -> None:
    """`loaders` and `api` are only ever imported as marsad.loaders and marsad.api."""
    offenders = []
    for folder in ("marsad", "loaders", "api", "tests", "benchmarks", "tools"):
        for path in (PROJECT_ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
                offenders += [f"{path.relative_to(PROJECT_ROOT)}: {n}" for n in names
                              if n.split(".")[0] in {"loaders", "api", "shapes", "ontology", "queries"}]
    assert not offenders, offenders
