"""Writing SPARQL answers: results as JSON, XML, CSV or TSV; graphs as Turtle, N-Triples or JSON-LD.
The media type is chosen from a ``format`` parameter first, then from the Accept header."""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from marsad.api.sparql_answer import SparqlAnswer, Term
from marsad.core.errors import BadRequest

RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
}
_ALIASES = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "json-ld": "jsonld", "srj": "json", "srx": "xml"}
_ACCEPT_RESULTS = {**{v: k for k, v in RESULT_TYPES.items()}, "application/json": "json",
                   "application/xml": "xml", "text/xml": "xml"}
_ACCEPT_GRAPH = {**{v: k for k, v in GRAPH_TYPES.items()}, "application/json": "jsonld",
                 "text/plain": "nt", "application/x-turtle": "ttl"}


def choose(answer: SparqlAnswer, *, fmt: str | None, accept: str | None) -> str:
    """The format key to write ``answer`` in."""
    table = GRAPH_TYPES if answer.kind == "graph" else RESULT_TYPES
    if fmt:
        key = _ALIASES.get(fmt.lower(), fmt.lower())
        if key not in table:
            raise BadRequest(f"format {fmt!r} is not available for this query; use one of {sorted(table)}",
                             detail={"format": fmt, "available": sorted(table)})
        return key
    accepted = _ACCEPT_GRAPH if answer.kind == "graph" else _ACCEPT_RESULTS
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        if media in accepted:
            return accepted[media]
    return "ttl" if answer.kind == "graph" else "json"


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def write_results(answer: SparqlAnswer, key: str) -> bytes:
    """SELECT/ASK answers in the SPARQL 1.1 results formats."""
    if key == "json":
        if answer.kind == "boolean":
            return json.dumps({"head": {}, "boolean": answer.boolean}).encode()
        bindings = [{v: _json_term(t) for v, t in zip(answer.variables, row, strict=True) if t is not None}
                    for row in answer.rows]
        body = {"head": {"vars": list(answer.variables)}, "results": {"bindings": bindings}}
        return json.dumps(body, ensure_ascii=False).encode()
    if key == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in answer.variables)
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">', f"<head>{head}</head>"]
        if answer.kind == "boolean":
            out.append(f"<boolean>{'true' if answer.boolean else 'false'}</boolean>")
        else:
            out.append("<results>")
            for row in answer.rows:
                cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                for v, t in zip(answer.variables, row, strict=True) if t is not None)
                out.append(f"<result>{cells}</result>")
            out.append("</results>")
        out.append("</sparql>")
        return "\n".join(out).encode()
    if answer.kind == "boolean":
        return f"_askResult\n{'true' if answer.boolean else 'false'}\n".encode()
    if key == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(answer.variables)
        writer.writerows([_csv_value(t) for t in row] for row in answer.rows)
        return buffer.getvalue().encode()
    lines = ["\t".join(f"?{v}" for v in answer.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in answer.rows]
    return ("\n".join(lines) + "\n").encode()


def write_graph(answer: SparqlAnswer, key: str) -> bytes:
    """CONSTRUCT/DESCRIBE answers as an RDF serialisation."""
    rdf_format = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[key]
    out = ox.serialize(list(answer.triples), format=rdf_format)
    assert isinstance(out, bytes)
    return out


def render(answer: SparqlAnswer, *, fmt: str | None, accept: str | None) -> tuple[bytes, str]:
    """(body, media type) of ``answer``."""
    key = choose(answer, fmt=fmt, accept=accept)
    if answer.kind == "graph":
        return write_graph(answer, key), GRAPH_TYPES[key] + "; charset=utf-8"
    return write_results(answer, key), RESULT_TYPES[key] + "; charset=utf-8"
