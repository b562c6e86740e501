"""/export: the whole graph as Turtle, N-Quads, JSON-LD, or CSV (one row per quad)."""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from marsad.api.deps import StateDep
from marsad.api.routes.common import RESPONSES
from marsad.store import RdfStore

router = APIRouter(tags=["export"])


class ExportFormat(StrEnum):
    ttl = "ttl"
    nq = "nq"
    jsonld = "jsonld"
    csv = "csv"


_MEDIA = {"ttl": "text/turtle", "nq": "application/n-quads", "jsonld": "application/ld+json", "csv": "text/csv"}


def _csv(store: RdfStore) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["subject", "predicate", "object", "datatype", "language", "graph"])
    for quad in store.quads():
        obj = quad.object
        datatype = obj.datatype.value if isinstance(obj, ox.Literal) and not obj.language else ""
        language = obj.language or "" if isinstance(obj, ox.Literal) else ""
        value = obj.value if isinstance(obj, ox.NamedNode | ox.Literal | ox.BlankNode) else str(obj)
        graph = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
        writer.writerow([quad.subject.value if not isinstance(quad.subject, ox.Triple) else str(quad.subject),
                         quad.predicate.value, value, datatype, language, graph])
    return buffer.getvalue().encode()


def export_bytes(store: RdfStore, fmt: str) -> bytes:
    if fmt == "csv":
        return _csv(store)
    out = io.BytesIO()
    store.dump(out, fmt=fmt)
    return out.getvalue()


_EXAMPLES = {
    "text/turtle": "<https://w3id.org/marsad/id/person/fd20db9c867b68b9> a <https://w3id.org/marsad/ontology#Person> .",
    "application/n-quads": "<https://w3id.org/marsad/id/person/fd20db9c867b68b9> "
                           "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                           "<https://w3id.org/marsad/ontology#Person> "
                           "<https://w3id.org/marsad/graph/fc224a7c2f985aa0> .",
    "application/ld+json": [{"@id": "https://w3id.org/marsad/id/person/fd20db9c867b68b9"}],
    "text/csv": "subject,predicate,object,datatype,language,graph",
}


@router.get("/export", responses={**RESPONSES, 200: {"description": "the whole graph", "content": {
    m: {"example": _EXAMPLES[m]} for m in _MEDIA.values()}}})
async def export_graph(
    request: Request, state: StateDep,
    format: Annotated[ExportFormat, Query(description="ttl (union of all graphs), nq and jsonld (one graph "
                                          "per document), csv (one row per quad).")] = ExportFormat.ttl,
) -> Response:
    """Download the whole graph."""
    state.refresh()
    key, generation = f"export#{format.value}", state.generation  # not a URL key: the middleware never
    body = state.cache.get(key)                                      # answers it (it has no download name)
    if body is None:
        body = (await run_in_threadpool(export_bytes, state.store, format.value), _MEDIA[format.value])
        if generation == state.generation:
            state.cache.put(key, body)
    return Response(body[0], media_type=body[1] + "; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="marsad.{format.value}"'})
