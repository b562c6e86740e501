"""Refuse Cypher that could write, change the schema, administer the database or fetch a URL (LOAD CSV,
procedures and user-defined functions such as apoc.load.*), before it reaches Neo4j.

This is the first of two locks: queries also run in read transactions (``session.execute_read``),
which Neo4j itself refuses to write in. The guard removes comments, string literals and quoted
names (so ``'create'`` in a string is fine), then scans the keywords that are left.
"""

from __future__ import annotations

import re

from marsad.core.errors import ForbiddenQuery, QuerySyntaxError

_FORBIDDEN = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "FOREACH", "LOAD", "INSERT",
    "GRANT", "DENY", "REVOKE", "ALTER", "RENAME", "TERMINATE", "USE", "ENABLE", "DEALLOCATE",
    "REALLOCATE", "DRYRUN",
})
# procedures that only read; any other CALL name.space.proc is refused
_READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.index.fulltext.querynodes",
    "db.index.fulltext.queryrelationships", "dbms.components", "db.info", "db.ping",
})
# namespaced functions that ship with Neo4j and only compute; any other name.space.fn( — a user-defined
# function such as apoc.* (which can load URLs) — is refused
_TEMPORAL = ("date", "datetime", "localdatetime", "localtime", "time")
_READ_FUNCTIONS = frozenset({
    *(f"{t}.{f}" for t in _TEMPORAL for f in ("truncate", "realtime", "statement", "transaction")),
    "datetime.fromepoch", "datetime.fromepochmillis", "duration.between", "duration.inmonths",
    "duration.indays", "duration.inseconds", "point.distance", "point.withinbbox",
    "vector.similarity.cosine", "vector.similarity.euclidean", "db.namefromelementid",
})
_SHOW_ALLOWED = frozenset({"INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTION", "FUNCTIONS",
                           "PROCEDURE", "PROCEDURES", "ALL", "BUILT", "USER", "RANGE", "TEXT", "FULLTEXT",
                           "POINT", "VECTOR", "LOOKUP", "UNIQUE", "EXISTENCE", "KEY", "NODE", "RELATIONSHIP",
                           "PROPERTY"})
_TOKEN = re.compile(r"[$.]?[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*|[{}()]")


def strip_literals(query: str) -> str:
    """The query with comments removed and string literals / backquoted names blanked out."""
    out: list[str] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if query.startswith("//", i):
            end = query.find("\n", i)
            i = n if end < 0 else end
            out.append(" ")
        elif query.startswith("/*", i):
            end = query.find("*/", i + 2)
            if end < 0:
                raise QuerySyntaxError("unterminated /* comment")
            i = end + 2
            out.append(" ")
        elif c in "'\"`":
            j = i + 1
            while j < n and query[j] != c:
                j += 2 if query[j] == "\\" and c != "`" else 1
            if j >= n:
                raise QuerySyntaxError(f"unterminated {c} quote")
            i = j + 1
            out.append(" ''" if c != "`" else " _quoted_ ")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def check_read_only(query: str) -> None:
    """Raise ForbiddenQuery when ``query`` could do anything but read the graph."""
    tokens = _TOKEN.findall(strip_literals(query))
    for index, token in enumerate(tokens):
        if token.startswith(("$", ".")):
            continue  # parameters and property keys
        word = re.sub(r"\s+", "", token).upper()
        if word in _FORBIDDEN:
            raise ForbiddenQuery(f"only read queries are allowed: {word} is refused",
                                 detail={"keyword": word})
        after = tokens[index + 1].upper() if index + 1 < len(tokens) else ""
        if word in ("START", "STOP") and after == "DATABASE":
            raise ForbiddenQuery(f"{word} DATABASE is refused", detail={"keyword": word})
        if word == "IN" and after == "TRANSACTIONS":
            raise ForbiddenQuery("CALL … IN TRANSACTIONS is refused", detail={"keyword": "IN TRANSACTIONS"})
        if word == "SHOW" and after not in _SHOW_ALLOWED:
            raise ForbiddenQuery(f"SHOW {after} is refused", detail={"keyword": "SHOW"})
        called = "." in word and after == "(" and (index == 0 or tokens[index - 1].upper() != "CALL")
        if called and word.lower() not in _READ_FUNCTIONS:
            function = re.sub(r"\s+", "", token)
            raise ForbiddenQuery(f"only built-in functions may be called, not {function}",
                                 detail={"function": function})
        if word == "CALL" and after not in ("{", "(") and after.lower().replace(" ", "") not in _READ_PROCEDURES:
            name = re.sub(r"\s+", "", tokens[index + 1]) if after else ""
            raise ForbiddenQuery(f"only read-only procedures may be called, not {name or 'this'}",
                                 detail={"procedure": name})
