"""Stored XSS (issue 8, point 6): an article whose title, outlet, URL, text and person and institution
names carry markup, inline handlers, ``</script>`` break-outs and ``javascript:`` URLs
(tests/fixtures/xss, our own text) is ingested; in headless Chromium nothing of it runs on any page
that shows those names, and the names are shown as text.

Every payload sets ``window.__xss`` and calls ``alert``: the test records dialogs and reads the sentinel
after each page, and clicks every link whose text or target came from the data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_helpers import LiveServer, live_server
from playwright.sync_api import Browser, Page
from test_browser_pages import browser  # noqa: F401 - the shared Chromium fixture

from marsad.core.settings import Settings
from marsad.ingest import run_ingest
from marsad.loaders.document import SourceDocument
from marsad.loaders.extraction import EXTRACTOR_VERSION
from marsad.loaders.facts import DocumentFacts
from marsad.loaders.rdf.build import build_graph
from marsad.loaders.rdf.iris import graph_iri
from marsad.loaders.rdf.validate import validate
from marsad.store import RdfStore

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "xss"
ARTICLE = json.loads((FIXTURES / "article.json").read_text(encoding="utf-8"))
NAMES_DOC = "xss-names"  # the same article, stored with the hand-written facts whose names carry the payloads


def _hand_facts() -> tuple[SourceDocument, DocumentFacts]:
    """The article as a document whose facts are those of facts.json, with offsets found in its text."""
    raw = json.loads((FIXTURES / "facts.json").read_text(encoding="utf-8"))
    text = ARTICLE["text"]
    for key in ("persons", "institutions", "events", "decisions"):
        for fact in raw[key]:
            quote = fact.pop("quote")
            start = text.index(quote)
            fact["evidence"] = [{"start": start, "end": start + len(quote), "quote": quote}]
    raw["document"]["id"] = NAMES_DOC
    doc = SourceDocument(id=NAMES_DOC, text=text, title=ARTICLE["title"], published=ARTICLE["published"],
                         source=ARTICLE["source"], url=ARTICLE["url"])
    return doc, DocumentFacts.model_validate(raw)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    home = tmp_path_factory.mktemp("xss")
    settings = Settings(home=home)
    summary = run_ingest([FIXTURES / "article.json"], settings=settings, neo4j=False)
    assert summary.stored == 1, summary
    doc, facts = _hand_facts()
    graph = build_graph(doc, facts, extractor_version=EXTRACTOR_VERSION)
    report = validate(graph)
    assert report.conforms, report.messages
    store = RdfStore(settings.store_path)
    try:
        store.replace_graph(str(graph_iri(doc.id)), graph.serialize(format="nt", encoding="utf-8").decode("utf-8"))
        store.flush()
    finally:
        store.close()
    with live_server(home) as live:
        yield live


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:  # noqa: F811 - uses the imported fixture
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar-MA")
    context.add_init_script("window.__xss = null;")
    tab = context.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: object) -> None:
        dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    tab.on("dialog", on_dialog)
    yield tab
    context.close()
    assert not dialogs, f"a payload ran: dialogs {dialogs}"


def keys(server: LiveServer, route: str) -> dict[str, str]:
    """Key → name of every item of a REST list."""
    body = httpx.get(f"{server.url}/{route}", params={"per_page": 100}, timeout=30).json()
    return {item["key"]: item.get("name") or item.get("label") or item.get("title") or "" for item in body["items"]}


def assert_nothing_ran(page: Page) -> None:
    page.wait_for_timeout(300)  # let handlers of failed images and late scripts fire
    assert page.evaluate("window.__xss") is None
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator("[onerror], [onload]").count() == 0


def visit(page: Page, url: str) -> str:
    answer = page.goto(url)
    assert answer is not None and answer.status == 200, url
    page.wait_for_load_state("networkidle")
    assert_nothing_ran(page)
    return page.inner_text("body")


def test_the_payloads_are_in_the_store(server: LiveServer) -> None:
    persons = keys(server, "persons")
    institutions = keys(server, "institutions")
    assert any("<img src=x onerror=" in name for name in persons.values()), persons
    assert any("<script>" in name for name in institutions.values()), institutions


def test_entity_pages_show_the_markup_as_text(page: Page, server: LiveServer) -> None:
    shown = 0
    for route, type_ in (("persons", "person"), ("institutions", "institution"), ("events", "event"),
                         ("decisions", "decision")):
        for key, name in keys(server, route).items():
            body = visit(page, f"{server.url}/ui/{type_}/{key}")
            if "<" in name:
                assert name in body, (type_, name)
                shown += 1
    assert shown >= 4


def test_document_pages_show_markup_and_javascript_urls_as_text(page: Page, server: LiveServer) -> None:
    documents = keys(server, "documents")
    assert len(documents) == 2
    for key in documents:
        body = visit(page, f"{server.url}/ui/document/{key}")
        assert "<script>window.__xss='text'" in body
        assert ARTICLE["url"] in body  # shown, but not as a link
        assert page.locator("a[href*='__xss']").count() == 0
        for link in page.locator("main a[href]").all()[:40]:  # every link built from the data leads to our pages
            assert link.get_attribute("href", timeout=1000).startswith(("/", "#", "http")), link  # type: ignore[union-attr]


def test_lists_search_and_dashboard(page: Page, server: LiveServer) -> None:
    for path in ("/", "/ui/persons", "/ui/institutions", "/ui/events", "/ui/documents"):
        visit(page, server.url + path)
    page.goto(server.url + "/")
    page.wait_for_selector("body[data-charts='4']", timeout=15_000)
    assert_nothing_ran(page)
    for query in ("بنعلي", "العلوي", "الإدارة", "التنمية", "<img", "<script>", "javascript:", "benali"):
        body = visit(page, f"{server.url}/ui/search?q={query}")
        assert "__xss" not in query or query in body
    body = visit(page, f"{server.url}/ui/search?q=بنعلي")
    assert "<img src=x onerror=" in body


def test_explorer_labels_and_expansion(page: Page, server: LiveServer) -> None:
    visit(page, server.url + "/ui/explore")
    page.wait_for_selector("#graph[data-ready='true']", timeout=15_000)
    labels = page.evaluate("window.marsadGraph.nodes().map(n => n.data('label'))")
    assert any("<img src=x onerror=" in label for label in labels), labels
    marked = page.evaluate("window.marsadGraph.nodes().filter(n => (n.data('label') || '').includes('<'))"
                           ".map(n => n.id())")
    assert marked
    for node_id in marked[:3]:
        page.wait_for_timeout(800)  # two clicks in quick succession would be a double click (opens a page)
        where = page.evaluate("""id => { const p = window.marsadGraph.getElementById(id).renderedPosition();
            const box = document.getElementById('graph').getBoundingClientRect();
            return { x: box.left + p.x, y: box.top + p.y }; }""", node_id)
        page.mouse.click(where["x"], where["y"])
        page.wait_for_function("id => document.getElementById('graph').dataset.expanded === id", arg=node_id,
                               timeout=10_000)
    labels = page.evaluate("window.marsadGraph.nodes().map(n => n.data('label'))")
    assert any("<script>" in label for label in labels), labels
    assert_nothing_ran(page)
    page.select_option("select[name=institution]", index=1)
    page.click("#graph-filters button[type=submit]")
    page.wait_for_timeout(500)
    assert_nothing_ran(page)
