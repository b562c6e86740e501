"""/static/vendor/…: the front-end libraries installed from npm (package.json), served by Marsad
itself, never from a CDN. `bash .ci/frontend-setup.sh` installs them."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from marsad.errors import NotFound
from marsad.paths import PROJECT_ROOT

router = APIRouter(include_in_schema=False)

NODE_MODULES = PROJECT_ROOT / "node_modules"
VENDOR_FILES: dict[str, Path] = {
    "chart.umd.js": NODE_MODULES / "chart.js" / "dist" / "chart.umd.js",
    "cytoscape.min.js": NODE_MODULES / "cytoscape" / "dist" / "cytoscape.min.js",
}


def vendor_available() -> dict[str, bool]:
    return {name: path.is_file() for name, path in VENDOR_FILES.items()}


@router.get("/static/vendor/{name}")
async def vendor_file(name: str) -> FileResponse:
    path = VENDOR_FILES.get(name)
    if path is None or not path.is_file():
        raise NotFound(f"front-end library {name!r} is not installed: run `bash .ci/frontend-setup.sh`",
                       detail={"file": name})
    return FileResponse(path, media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"})
