"""Heavy queries do not starve the others (issue 8, point 8): while a cartesian-product SPARQL query and
a heavy Cypher query run into their timeouts (504), cheap queries from another client still answer.
Durations are not asserted: `python benchmarks/heavy_queries.py` measures them."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest
from api_helpers import live_server, load_fixture_into_neo4j, load_fixture_store

from marsad.core.settings import Settings

HEAVY_SPARQL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
HEAVY_CYPHER = ("MATCH (a), (b), (c), (d), (e) WHERE size(coalesce(a.iri, '') + coalesce(b.iri, '') + "
                "coalesce(c.iri, '') + coalesce(d.iri, '') + coalesce(e.iri, '')) > 0 RETURN count(*) AS n")
CHEAP = [
    ("GET", "/sparql", {"params": {"query": "SELECT ?x WHERE { BIND({n} AS ?x) }"}}),
    ("GET", "/institutions", {"params": {"per_page": 5, "page": 1, "q": "{n}"}}),
    ("POST", "/cypher", {"json": {"query": "RETURN {n} AS x"}}),
    ("GET", "/queries/chairs", {"params": {"person": "{n}"}}),
]


def _fill(value: object, n: int) -> object:
    if isinstance(value, str):
        return value.replace("{n}", str(n))
    if isinstance(value, dict):
        return {k: _fill(v, n) for k, v in value.items()}
    return value


@pytest.mark.neo4j
def test_cheap_queries_answer_while_heavy_ones_run_into_their_timeouts(tmp_path: Path,
                                                                       neo4j_settings: Settings) -> None:
    home = load_fixture_store(tmp_path)
    env = {**load_fixture_into_neo4j(home, neo4j_settings), "MARSAD_QUERY_TIMEOUT": "4"}
    with live_server(home, env=env) as live:
        heavy: list[int] = []

        def run_heavy(method: str, path: str, **kwargs: object) -> None:
            with httpx.Client(base_url=live.url, timeout=120) as client:
                heavy.append(client.request(method, path, **kwargs).status_code)  # type: ignore[arg-type]

        threads = [
            threading.Thread(target=run_heavy, args=("GET", "/sparql"), kwargs={"params": {"query": HEAVY_SPARQL}}),
            threading.Thread(target=run_heavy, args=("POST", "/cypher"), kwargs={"json": {"query": HEAVY_CYPHER}}),
        ]
        for thread in threads:
            thread.start()
        cheap: list[tuple[str, int]] = []
        with httpx.Client(base_url=live.url, timeout=120) as client:
            n = 0
            while any(t.is_alive() for t in threads) or n < len(CHEAP):
                method, path, kwargs = CHEAP[n % len(CHEAP)]
                answer = client.request(method, path, **_fill(kwargs, n))  # type: ignore[arg-type]
                cheap.append((path, answer.status_code))
                n += 1
        for thread in threads:
            thread.join()
    assert sorted(heavy) == [504, 504], heavy  # both heavy queries really ran into their timeouts
    assert len(cheap) >= len(CHEAP)
    assert all(status == 200 for _, status in cheap), cheap
