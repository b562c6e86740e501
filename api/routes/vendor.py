"""/static/vendor/…: the front-end libraries installed from npm (package.json), served by Marsad
itself, never from a CDN (also Swagger UI for /docs). `bash .ci/frontend-setup.sh` installs them."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from marsad.core.errors import NotFound

router = APIRouter(include_in_schema=False)

# `.ci/frontend-setup.sh` copies the files from node_modules into static/vendor, so a wheel built after it
# carries them.
VENDOR_DIR = Path(__file__).resolve().parent.parent / "static" / "vendor"
VENDOR_FILES: dict[str, Path] = {
    name: VENDOR_DIR / name
    for name in ("chart.umd.js", "cytoscape.min.js", "swagger-ui-bundle.js", "swagger-ui.css")
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
