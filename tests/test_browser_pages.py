"""The pages in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against a real
uvicorn server: the dashboard draws its charts, the explorer draws nodes and expands one on click,
the query page runs SPARQL (and Cypher, with Neo4j). Screenshots go to artifacts/screenshots/."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import ALAOUI, PROJECT_ROOT, LiveServer, live_server, load_fixture_into_neo4j, load_fixture_store
from playwright.sync_api import Browser, Page, sync_playwright

from marsad.core.settings import Settings

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = PROJECT_ROOT / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install -y chromium chromium-driver, or bash .ci/browser-setup.sh)"
        if os.environ.get("MARSAD_REQUIRE_BROWSER") == "1":
            pytest.fail(f"MARSAD_REQUIRE_BROWSER=1 but {message}")
        pytest.skip(message)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(load_fixture_store(tmp_path_factory.mktemp("browser"))) as live:
        yield live


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar-MA")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def painted(page: Page, canvas_id: str) -> int:
    """How many non-transparent pixels a canvas has."""
    return int(page.evaluate("""id => { const c = document.getElementById(id);
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""", canvas_id))


def test_dashboard_draws_its_charts(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-charts='4']", timeout=15_000)
    for canvas in ("chart-events", "chart-decisions", "chart-chairs", "chart-partners"):
        assert page.get_attribute(f"#{canvas}", "data-drawn") == "true"
        assert painted(page, canvas) > 500, canvas
    assert page.is_hidden("#vendor-missing")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    page.screenshot(path=str(SHOTS / "dashboard.png"), full_page=True)


def test_dashboard_says_so_when_chart_library_is_missing(page: Page, server: LiveServer) -> None:
    page.route("**/static/vendor/**", lambda route: route.fulfill(status=404, body=""))
    page.goto(server.url + "/")
    assert page.is_visible("#vendor-missing")
    page.screenshot(path=str(SHOTS / "dashboard-without-chartjs.png"))


def test_explorer_draws_nodes_and_expands_one_on_click(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/ui/explore")
    page.wait_for_selector("#graph[data-ready='true']", timeout=15_000)
    before = int(page.get_attribute("#graph", "data-nodes") or 0)
    assert before == 8
    node = f"https://w3id.org/marsad/id/person/{ALAOUI}"
    position = page.evaluate("""iri => { const p = window.marsadGraph.getElementById(iri).renderedPosition();
        const box = document.getElementById('graph').getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y }; }""", node)
    page.mouse.click(position["x"], position["y"])
    page.wait_for_function(f"document.getElementById('graph').dataset.expanded === '{node}'",
                           timeout=10_000)
    page.wait_for_function(f"Number(document.getElementById('graph').dataset.nodes) > {before}",
                           timeout=10_000)
    page.screenshot(path=str(SHOTS / "explorer.png"), full_page=True)
    page.fill("input[name=year]", "2023")  # the filters redraw the graph
    page.click("#graph-filters button[type=submit]")
    page.wait_for_function("document.getElementById('graph').dataset.nodes === '3'", timeout=10_000)


def test_query_page_runs_sparql(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/ui/query")
    page.click("#run")
    page.wait_for_function("document.getElementById('results').dataset.rows", timeout=15_000)
    assert page.get_attribute("#results", "data-rows") == "3"
    assert "محمد بنعلي" in page.inner_text("#results")
    with page.expect_download() as download:
        page.click("#download-csv")
    saved = Path(download.value.path())
    assert saved.read_text(encoding="utf-8").splitlines()[0] == "date,event,chair"
    page.screenshot(path=str(SHOTS / "query-sparql.png"), full_page=True)


@pytest.mark.neo4j
def test_query_page_runs_cypher(browser: Browser, neo4j_settings: Settings,
                                tmp_path_factory: pytest.TempPathFactory) -> None:
    home = load_fixture_store(tmp_path_factory.mktemp("browser-neo4j"))
    env = load_fixture_into_neo4j(home, neo4j_settings)
    with live_server(home, env=env) as live:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.goto(live.url + "/ui/query")
        tab.select_option("#examples", index=2)  # the first Cypher example
        assert tab.is_checked("input[value='cypher']")
        tab.click("#run")
        tab.wait_for_function("document.getElementById('results').dataset.rows", timeout=15_000)
        assert tab.get_attribute("#results", "data-rows") == "3", tab.inner_text("#status")
        assert "فاطمة الزهراء العلوي" in tab.inner_text("#results")
        tab.screenshot(path=str(SHOTS / "query-cypher.png"), full_page=True)
        context.close()
