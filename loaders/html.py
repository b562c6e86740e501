"""HTML articles: the text without markup, scripts, styles, navigation or comment sections.

For an HTML document "the text as read" is this extracted text (stored with the document), and
evidence offsets index into it.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Tag

from marsad.loaders.document import SourceDocument

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "nav", "form", "button", "header",
              "footer", "aside")
_COMMENT_SECTION = re.compile(r"comment|respond|disqus|reply|تعليق", re.IGNORECASE)
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "article", "blockquote")
_SPACES = re.compile(r"[ \t\u00a0]+")


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
        if isinstance(tag, Tag):
            content = tag.get("content")
            if isinstance(content, str) and content.strip():
                return content.strip()
    return None


def _is_comment_section(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    ident = " ".join([str(tag.get("id") or ""), *(tag.get("class") or [])])
    return bool(ident.strip()) and bool(_COMMENT_SECTION.search(ident))


def html_to_document(html: str, *, doc_id: str, origin: str | None = None) -> SourceDocument:
    """Parse ``html`` and return its article text with title, publication date and outlet when given."""
    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    h1 = soup.find("h1")
    title = (_meta(soup, "og:title")
             or (title_tag.get_text(" ", strip=True) if isinstance(title_tag, Tag) else None)
             or (h1.get_text(" ", strip=True) if isinstance(h1, Tag) else None))
    published = _meta(soup, "article:published_time", "date", "pubdate")
    time_tag = soup.find("time")
    if not published and isinstance(time_tag, Tag) and isinstance(time_tag.get("datetime"), str):
        published = str(time_tag.get("datetime"))
    source = _meta(soup, "og:site_name")
    url = _meta(soup, "og:url")

    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_comment_section):
        if not tag.decomposed:
            tag.decompose()
    root = soup.find("article") or soup.body or soup
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = [_SPACES.sub(" ", line).strip() for line in root.get_text().split("\n")]
    text = "\n".join(line for line in lines if line)
    if title and not text.startswith(title):
        text = f"{title}\n{text}" if text else title
    return SourceDocument(id=doc_id, text=text, title=title, published=published[:10] if published else None,
                          source=source, url=url, origin=origin)
