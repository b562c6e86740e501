"""Refuse SPARQL that would make the server fetch a URL, before it is evaluated.

Oxigraph evaluates ``SERVICE <url> { … }`` by sending an HTTP request to ``url``: from a public
endpoint that is server-side request forgery. SPARQL Update (``LOAD <url>``, and every other update)
is refused as well. Federation is opt-in: ``MARSAD_SPARQL_SERVICE_ALLOW`` lists the endpoint
prefixes a ``SERVICE`` may name; every other ``SERVICE`` — including one whose endpoint is a
variable — is refused.

Two independent readings of the query must agree, and in doubt the query is refused:

1. a lexer that follows SPARQL's terminals (comments, the four string forms, IRI references,
   variables, prefixed names), so ``"SERVICE"`` in a string, ``<http://x/SERVICE>`` or
   ``ex:service`` are not keywords, while ``sErViCe`` in any letter case is;
2. rdflib's SPARQL 1.1 parser, whose parse tree gives each ``SERVICE`` endpoint with prefixes and
   the base resolved, however deeply nested (subqueries, OPTIONAL, UNION, MINUS, FILTER EXISTS).

Codepoint escapes (``\\u0053``) are decoded first, as Oxigraph decodes them inside IRIs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from marsad.core.errors import ForbiddenQuery

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_STRING = re.compile(r"'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\"|"
                     r"'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\"", re.DOTALL)
_NAME_CHAR = r"[\w\-.\u00B7\u00C0-\U000EFFFF%\\:]"
# a variable, a prefixed name (with an optional prefix) or a bare word
_WORD = re.compile(rf"[?$]{_NAME_CHAR}*|[^\W\d][\w\-.\u00B7]*:{_NAME_CHAR}*|:{_NAME_CHAR}*|[A-Za-z_]\w*")
# updates (whole SPARQL Update requests): refused; LOAD is the one that fetches a URL
_UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
_LANGTAG = re.compile(r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*")


def decode_escapes(text: str) -> str:
    """``text`` with SPARQL codepoint escapes (``\\uXXXX``, ``\\UXXXXXXXX``) decoded."""
    def one(found: re.Match[str]) -> str:
        try:
            return chr(int(found.group(1) or found.group(2), 16))
        except (ValueError, OverflowError):
            return found.group(0)
    return _ESCAPE.sub(one, text)


def keywords(text: str) -> list[str]:
    """The bare words of ``text`` (upper-cased), outside comments, strings, IRIs, variables and
    prefixed names: the keywords a SPARQL parser would see."""
    found: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if c in "'\"":
            string = _STRING.match(text, i)
            if string is None:  # unterminated: the rest is one (broken) string
                return found
            i = string.end()
            continue
        if c == "@":
            tag = _LANGTAG.match(text, i)
            i = tag.end() if tag else i + 1
            continue
        if c == "<":
            iri = _IRIREF.match(text, i)
            i = iri.end() if iri else i + 1
            continue
        word = _WORD.match(text, i)
        if word is None:
            i += 1
            continue
        token = word.group(0)
        if token[0] not in "?$:" and ":" not in token:
            found.append(token.upper())
        i = word.end()
    return found


def _parsed_services(text: str) -> list[str | None] | None:
    """Each SERVICE endpoint of ``text`` as rdflib resolves it (None for a variable endpoint), or
    None when rdflib cannot parse the query."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import URIRef

    try:
        algebra = translateQuery(parseQuery(text)).algebra
    except Exception:  # any parser failure means "cannot be checked"
        return None
    endpoints: list[str | None] = []
    seen: set[int] = set()

    def walk(node: object) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                term = node.get("term")
                endpoints.append(str(term) if isinstance(term, URIRef) else None)
            for value in node.values():
                walk(value)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list | tuple | set | ParseResults):
            for value in node:
                walk(value)

    walk(algebra)
    return endpoints


def allowed(endpoint: str, allow: Iterable[str]) -> bool:
    """Whether ``endpoint`` starts with one of the ``allow`` prefixes at a boundary (so
    ``http://a.example`` does not allow ``http://a.example.evil/``)."""
    for prefix in allow:
        if prefix and endpoint.startswith(prefix):
            rest = endpoint[len(prefix):]
            if not rest or prefix.endswith(("/", "#", "?")) or rest[0] in "/?#":
                return True
    return False


def _refuse(message: str, **detail: object) -> ForbiddenQuery:
    return ForbiddenQuery(message, detail=dict(detail))


def check_sparql_query(text: str, *, service_allow: Sequence[str] = ()) -> None:
    """Raise ForbiddenQuery when ``text`` is an update or could make the server fetch a URL."""
    decoded = decode_escapes(text)
    words = keywords(decoded)
    first = next((w for w in words if w not in ("PREFIX", "BASE")), "")
    if first == "LOAD" or "LOAD" in words:
        raise _refuse("LOAD is refused: a query may not make the server fetch a URL, and the endpoint is read-only",
                      operation="LOAD")
    if first in _UPDATE_WORDS:
        raise _refuse(f"SPARQL updates are refused ({first}): the endpoint is read-only", operation=first)
    if "LOAD" in words:
        raise _refuse("LOAD is refused: a query may not make the server fetch a URL", keyword="LOAD")
    mentioned = "service" in decoded.casefold()
    if not mentioned:
        return
    lexed = words.count("SERVICE")
    if lexed and not service_allow:
        raise _refuse("SERVICE (federated query) is refused: this endpoint does not send requests to other "
                      "servers", keyword="SERVICE")
    endpoints = _parsed_services(decoded)
    if endpoints is None:
        raise _refuse("the query mentions SERVICE and could not be checked, so it is refused; federated "
                      "queries are not allowed here", keyword="SERVICE")
    if len(endpoints) != lexed:
        raise _refuse("SERVICE (federated query) is refused: this endpoint does not send requests to other "
                      "servers", keyword="SERVICE")
    for endpoint in endpoints:
        if endpoint is None:
            raise _refuse("SERVICE with a variable endpoint is refused", keyword="SERVICE")
        if not allowed(endpoint, service_allow):
            raise _refuse(f"SERVICE <{endpoint}> is refused: that endpoint is not allowed for federation here",
                          keyword="SERVICE", endpoint=endpoint)
