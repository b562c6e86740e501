"""The API cannot drift from its documentation: every route is in the README's Query API section, and
every route has OpenAPI examples for what it returns or takes."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.routing import APIRoute

from marsad.api.app import create_app

PROJECT_ROOT = Path(__file__).resolve().parents[1]


README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Query API"):].split("\n## ", 1)[0]


def documented_routes() -> list[APIRoute]:
    return [r for r in create_app().routes if isinstance(r, APIRoute) and r.include_in_schema]


def test_every_route_is_in_the_readme() -> None:
    missing = []
    for route in documented_routes():
        first = "/" + route.path.strip("/").split("/")[0]
        if route.path.startswith(("/institutions/", "/persons/", "/posts/", "/events/", "/decisions/",
                                  "/partnerships/", "/documents/")):
            first = "/{list}/{key}"
        if not re.search(re.escape(first) + r"(?![a-z_])", SECTION):
            missing.append(route.path)
    assert not missing, f"routes missing from the README's Query API section: {missing}"


def test_every_route_has_examples_in_openapi() -> None:
    schema = create_app().openapi()
    text_of = {path: str(item) for path, item in schema["paths"].items()}
    with_examples = {name for name, item in schema["components"]["schemas"].items() if "examples" in str(item)}
    # a route has examples of its own, or takes them from a request or response model that has some
    without = [path for path, text in text_of.items() if "example" not in text
               and not any(f"'#/components/schemas/{name}'" in text for name in with_examples)]
    assert not without, f"routes without examples: {without}"
