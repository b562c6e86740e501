"""Reading documents: every format, and every kind of bad input reported with its reason."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.core.errors import DocumentError
from marsad.core.settings import Settings
from marsad.loaders.document import SourceDocument
from marsad.loaders.read import decode, estimate_count, read_paths

ARTICLE = "مجلس جهة الرباط سلا القنيطرة يصادق على الميزانية\n\nصادق مجلس الجهة، يوم الإثنين، على ميزانية سنة 2026.\n"


def _read(paths: list[Path], settings: Settings) -> tuple[list[SourceDocument], list[DocumentError]]:
    docs, errors = [], []
    for item in read_paths(paths, settings=settings):
        (errors if isinstance(item, DocumentError) else docs).append(item)
    return docs, errors


def test_txt_title_is_first_non_empty_line_and_text_is_kept_exactly(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.txt").write_text("\n\n" + ARTICLE, encoding="utf-8")
    docs, errors = _read([tmp_path / "a.txt"], settings)
    assert not errors
    assert docs[0].id == "a.txt"
    assert docs[0].title == ARTICLE.split("\n")[0]
    assert docs[0].text == "\n\n" + ARTICLE


def test_bom_is_removed_and_crlf_become_lf(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    docs, _ = _read([tmp_path / "bom.txt"], settings)
    assert docs[0].text == ARTICLE


def test_json_and_jsonl_fields(tmp_path: Path, settings: Settings) -> None:
    record = {"id": "doc-1", "title": "عنوان", "text": ARTICLE, "published": "2026-01-05T09:00:00",
              "source": "جريدة", "url": "https://example.org/1"}
    (tmp_path / "one.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.jsonl").write_text(
        json.dumps(record | {"id": "doc-2"}, ensure_ascii=False) + "\n\n{not json}\n"
        + json.dumps({"id": "doc-3"}) + "\n", encoding="utf-8")
    docs, errors = _read([tmp_path], settings)
    assert sorted(d.id for d in docs) == ["doc-1", "doc-2"]
    assert docs[0].published == "2026-01-05" and docs[0].source == "جريدة" and docs[0].url
    reasons = {e.document.rsplit(":", 1)[-1]: e.reason for e in errors}
    assert "invalid JSON" in reasons["3"]
    assert "text" in reasons["4"]


def test_html_keeps_article_text_without_scripts_or_comments(tmp_path: Path, settings: Settings) -> None:
    html = ("<html><head><title>دورة المجلس</title><script>alert('x')</script><style>p{}</style></head><body>"
            "<article><p>ترأس الوالي أشغال الدورة.</p><section class='comments'><p>تعليق قارئ</p></section>"
            "</article><footer>حقوق</footer></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    docs, errors = _read([tmp_path / "a.html"], settings)
    assert not errors
    assert "ترأس الوالي أشغال الدورة." in docs[0].text
    for absent in ("alert", "p{}", "تعليق قارئ", "حقوق"):
        assert absent not in docs[0].text
    assert docs[0].title == "دورة المجلس"


def test_bad_inputs_are_reported_with_reason_and_the_rest_is_read(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "h", max_document_bytes=1_000_000)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("café مرحبا".encode("cp1256"))
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    docs, errors = _read([tmp_path, tmp_path / "missing.txt"], settings)
    assert [d.id for d in docs] == ["good.txt"]
    reasons = {Path(e.document).name: e.reason for e in errors}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "not valid UTF-8" in reasons["latin1.txt"]
    assert "52.4 MB, over the limit" in reasons["huge.txt"]
    assert "unsupported file type" in reasons["notes.pdf"]
    assert "no such file" in reasons["missing.txt"]
    assert all(str(e).startswith(e.document) for e in errors)  # the message names the document


def test_decode_names_the_offending_byte() -> None:
    try:
        decode(b"abc\xff", name="x.txt")
    except DocumentError as exc:
        assert "0xff at offset 3" in exc.reason
    else:
        raise AssertionError("invalid UTF-8 was accepted")


def test_estimate_count_counts_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    assert estimate_count([tmp_path]) == 3
