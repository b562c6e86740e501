"""The Cypher guard refuses writes and administration before anything reaches Neo4j (no server needed)."""

from __future__ import annotations

import pytest

from marsad.core.errors import ForbiddenQuery, QuerySyntaxError
from marsad.cypher_guard import check_read_only, strip_literals

READS = [
    "MATCH (n:Person) RETURN n.name_ar LIMIT 5",
    "MATCH (n) WHERE n.name_ar = 'create a council' RETURN n",  # a keyword inside a string
    'MATCH (n) WHERE n.name_ar CONTAINS "DELETE" RETURN n',
    "MATCH (n) // SET n.x = 1\nRETURN n",
    "MATCH (n) /* MERGE (m) */ RETURN n",
    "MATCH (n) RETURN n.`set` AS s, n.start AS start",  # property keys and a variable named start
    "MATCH (n) WHERE n.created > $create RETURN n",  # a parameter named create
    "CALL { MATCH (n) RETURN count(n) AS c } RETURN c",
    "MATCH (p) CALL (p) { MATCH (p)--(q) RETURN count(q) AS c } RETURN c",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.index.fulltext.queryNodes('marsad_names', 'مجلس') YIELD node RETURN node",
    "SHOW INDEXES",
    "MATCH (n) RETURN 'it''s' AS x",
]
WRITES = [
    "CREATE (n:Person {name_ar: 'x'})",
    "create (n)",
    "MATCH (n) SET n.x = 1",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) REMOVE n:Person",
    "MERGE (n:Person {iri: 'x'})",
    "DROP INDEX marsad_names",
    "CALL { CREATE (n) }",
    "MATCH (n) CALL (n) { SET n.x = 1 } RETURN n",
    "CALL { MATCH (n) RETURN n } IN TRANSACTIONS",
    "LOAD CSV FROM 'file:///x.csv' AS line RETURN line",
    "MATCH (n) FOREACH (x IN [1] | CREATE (m))",
    "CALL dbms.security.createUser('a', 'b')",
    "CALL db.createLabel('X')",
    "CALL apoc.create.node(['X'], {})",
    "CALL  db . createProperty('x')",
    "USE system SHOW USERS",
    "SHOW USERS",
    "GRANT ROLE admin TO bob",
    "REVOKE ROLE admin FROM bob",
    "ALTER USER neo4j SET PASSWORD 'x'",
    "STOP DATABASE neo4j",
    "MATCH (n) WHERE n.name_ar = 'x' /* 'y' */ SET n.y = 1",
]


@pytest.mark.parametrize("query", READS)
def test_reads_pass(query: str) -> None:
    check_read_only(query)


@pytest.mark.parametrize("query", WRITES)
def test_writes_are_refused(query: str) -> None:
    with pytest.raises(ForbiddenQuery):
        check_read_only(query)


def test_strings_and_comments_are_blanked() -> None:
    stripped = strip_literals("MATCH (n) WHERE n.a = 'CREATE' // DELETE\nRETURN n /* SET */")
    assert "CREATE" not in stripped and "DELETE" not in stripped and "SET" not in stripped
    assert "MATCH" in stripped and "RETURN" in stripped


def test_escaped_quote_does_not_end_the_string() -> None:
    check_read_only(r"MATCH (n) WHERE n.a = 'x\' CREATE (m) ' RETURN n")
    with pytest.raises(ForbiddenQuery):
        check_read_only(r"MATCH (n) WHERE n.a = 'x\\' CREATE (m) RETURN n")


def test_unterminated_string_is_a_syntax_error() -> None:
    with pytest.raises(QuerySyntaxError):
        check_read_only("MATCH (n) WHERE n.a = 'open RETURN n")
