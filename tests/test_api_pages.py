"""The HTML pages as served: Arabic right to left, escaped data, evidence spans marked and linked,
vendor libraries served by Marsad itself (never a CDN) and a clear message when they are missing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_helpers import ALAOUI, BENALI, BOARD_SESSION, DG_POST, DOC_ONEE, ONEE, load_fixture_store
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.api.routes import vendor
from marsad.core.settings import Settings

PAGES = ["/", "/ui/explore", "/ui/query", "/ui/search?q=Benali", "/ui/institutions", "/ui/persons", "/ui/events",
         "/ui/decisions", "/ui/documents", "/ui/posts", "/ui/partnerships", f"/ui/institution/{ONEE}",
         f"/ui/person/{ALAOUI}", f"/ui/event/{BOARD_SESSION}", f"/ui/document/{DOC_ONEE}", f"/ui/post/{DG_POST}"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    home = load_fixture_store(tmp_path_factory.mktemp("api-pages"))
    with TestClient(create_app(Settings(home=home))) as test_client:
        yield test_client


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_arabic_rtl_without_external_assets(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    html = answer.text
    assert '<html lang="ar" dir="rtl">' in html
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    external = [s for s in sources if s.startswith(("http:", "https:", "//")) and "example.org" not in s]
    assert not external, external


def test_document_page_marks_every_evidence_span_and_links_it(client: TestClient) -> None:
    html = client.get(f"/ui/document/{DOC_ONEE}").text
    article = html[html.index('<article class="text">'):html.index("</article>")]
    assert f'<a href="/ui/person/{BENALI}">محمد بنعلي</a>' in article
    assert f'href="/ui/institution/{ONEE}"' in article
    assert article.count("<mark") >= 8
    plain = re.sub(r"<[^>]+>", "", article.split(">", 1)[1])
    assert plain.startswith("ترأس السيد محمد بنعلي")  # the text itself is intact


def test_person_page_has_a_timeline_in_date_order(client: TestClient) -> None:
    html = client.get(f"/ui/person/{ALAOUI}").text
    dates = re.findall(r"<time>(\d{4}-\d\d-\d\d)</time>", html[html.index('class="timeline"'):])
    assert dates == sorted(dates) and dates[0] == "2024-03-12"


def test_data_is_escaped(tmp_path: Path) -> None:
    home = load_fixture_store(tmp_path)
    from marsad.store import RdfStore

    store = RdfStore(home / "store")
    store.replace_graph("https://w3id.org/marsad/graph/evil",
                        f'<https://w3id.org/marsad/id/person/{BENALI}> '
                        '<http://www.w3.org/2000/01/rdf-schema#label> "<script>alert(1)</script>"@ar .')
    store.close()
    with TestClient(create_app(Settings(home=home))) as test_client:
        html = test_client.get(f"/ui/person/{BENALI}").text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_vendor_files_are_served_locally_or_clearly_missing(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    for name, path in vendor.VENDOR_FILES.items():
        answer = client.get(f"/static/vendor/{name}")
        if path.is_file():
            media = "text/css" if name.endswith(".css") else "text/javascript"
            assert answer.status_code == 200 and answer.headers["content-type"].startswith(media)
        else:
            assert answer.status_code == 404 and "frontend-setup" in answer.json()["error"]["message"]
    monkeypatch.setitem(vendor.VENDOR_FILES, "chart.umd.js", tmp_path / "absent.js")
    missing = client.get("/static/vendor/chart.umd.js")
    assert missing.status_code == 404 and "frontend-setup.sh" in missing.json()["error"]["message"]
    home = client.get("/").text
    assert 'id="vendor-missing"' in home and "Chart.js" in home  # the page says so when charts cannot load


def test_openapi_page_uses_local_assets_only(client: TestClient) -> None:
    html = client.get("/docs").text
    sources = re.findall(r"(?:src|href|url)\s*[:=]\s*['\"]([^'\"]+)['\"]", html)
    assert "/static/vendor/swagger-ui-bundle.js" in sources and "/openapi.json" in sources
    assert not [s for s in sources if s.startswith(("http:", "https:", "//"))], sources
    assert client.get("/openapi.json").json()["info"]["title"] == "Marsad"


MEETING = "44b2ca80a5b93940"  # an inferred event of the fixture graph (confidence 0.5)


def test_low_confidence_facts_are_marked_unverified_with_an_accessible_label(client: TestClient) -> None:
    html = client.get(f"/ui/event/{MEETING}").text
    heading = html[html.index("<h1>"):html.index("</h1>")]
    assert 'class="unverified"' in heading and "غير مؤكد" in heading
    assert re.search(r'<span class="unverified" role="note" aria-label="غير مؤكد[^"]*0\.5"', html)
    agreement = client.get("/ui/agreement/5e013bc31f1f14e4").text
    assert agreement.count('class="unverified"') >= 2  # the heading and its one source
    for sure in (f"/ui/event/{BOARD_SESSION}", f"/ui/document/{DOC_ONEE}"):
        assert 'class="unverified"' not in client.get(sure).text, sure
    onee = client.get(f"/ui/institution/{ONEE}").text  # registry-linked, but one of its decisions is inferred
    assert 'class="unverified"' not in onee[onee.index("<h1>"):onee.index("</h1>")]
    assert onee.count('class="unverified"') == 1 and "التقرير السنوي" in onee
