"""/static/vendor/…: the front-end libraries installed from npm (package.json), served by Marsad
itself, never from a CDN (also Swagger UI for /docs). `bash .ci/frontend-setup.sh` installs them."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from marsad.errors import NotFound
from marsad.paths import PROJECT_ROOT

router = APIRouter(include_in_schema=False)

NODE_MODULES = PROJECT_ROOT / "node_modules"
VENDOR_FILES: dict[str, Path] = {
    "chart.umd.js": NODE_MODULES / "chart.js" / "dist" / "chart.umd.js",
    "cytoscape.min.js": NODE_MODULES / "cytoscape" / "dist" / "cytoscape.min.js",
    "swagger-ui-bundle.js": NODE_MODULES / "swagger-ui-dist" / "swagger-ui-bundle.js",
    "swagger-ui.css": NODE_MODULES / "swagger-ui-dist" / "swagger-ui.css",
}


def vendor_available() -> dict[str, bool]:
    return {name: path.is_file() for name, path in VENDOR_FILES.items()}


@router.get("/static/vendor/{name}")
async def vendor_file(name: str) -> FileResponse:
    path = VENDOR_FILES.get(name)
    if path is None or not path.is_file():
        raise NotFound(f"front-end library {name!r} is not installed: run `bash .ci/frontend-setup.sh`",
                       detail={"file": name})
    media_type = "text/css" if name.endswith(".css") else "text/javascript"
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "public, max-age=86400"})


@router.get("/docs")
async def api_docs() -> HTMLResponse:
    """The OpenAPI page, with Swagger UI served by Marsad (from npm), not from a CDN."""
    return get_swagger_ui_html(openapi_url="/openapi.json", title="Marsad API",
                               swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                               swagger_css_url="/static/vendor/swagger-ui.css",
                               swagger_favicon_url="/static/favicon.svg")
