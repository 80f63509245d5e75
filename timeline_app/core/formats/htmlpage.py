"""Saved web pages: the article's main text by trafilatura (no navigation, ads, footers),
the publication date from the page's metadata (article:published_time, JSON-LD datePublished,
then the other meta tags htmldate knows)."""
from __future__ import annotations

import json
import logging
import re
from datetime import datetime

from timeline_app.core.document import LoadError
from timeline_app.core.formats.common import (MAX_HTML_BYTES, Extracted, decode_bytes, normalise_newlines,
                                              read_capped, require_text)
from timeline_app.core.formats.dates import iso_date

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                  "article.published", "publishdate", "pubdate")

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    # Their warnings ("discarding data", ...) would reach stderr through logging's last resort;
    # a loader reports problems through LoadError / Document.warnings instead.
    logging.getLogger(_name).addHandler(logging.NullHandler())


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _jsonld_dates(obj, out: list[str], depth: int = 0) -> None:
    if depth > 8:
        return
    if isinstance(obj, dict):
        v = obj.get("datePublished")
        if isinstance(v, str):
            out.append(v)
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                _jsonld_dates(v, out, depth + 1)
    elif isinstance(obj, list):
        for v in obj:
            _jsonld_dates(v, out, depth + 1)


def page_date(tree, html: str):
    """(date, source) from the page's own metadata, most specific first."""
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in PUBLISHED_META:
            d = iso_date(el.get("content"))
            if d:
                return d, f"HTML meta {key}"
    for el in tree.iterfind(".//script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        found: list[str] = []
        _jsonld_dates(data, found)
        for v in found:
            d = iso_date(v)
            if d:
                return d, "JSON-LD datePublished"
    try:
        from htmldate import find_date

        # extensive_search=False: metadata and markup only, no guessing from the running text
        # (the dateline search does that, later and visibly); original_date: published, not updated.
        found = find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:
        found = None
    d = iso_date(found)
    return (d, "HTML metadata (htmldate)") if d else None


def _all_text(tree) -> str:
    """Every visible text line of the parsed page (scripts, styles and templates left out)."""
    import copy

    root = copy.deepcopy(tree)
    for bad in root.xpath(".//script|.//style|.//noscript|.//template|.//head"):
        bad.drop_tree()
    lines = (" ".join(ln.split()) for ln in root.text_content().split("\n"))
    return "\n".join(ln for ln in lines if ln)


def read_html(path: str, fmt: str, mtime: datetime) -> Extracted:
    data = read_capped(path, MAX_HTML_BYTES)
    if not data:
        raise LoadError(path, "empty file")
    html, encoding, warnings = decode_bytes(path, data, declared=_declared_charset(data))
    require_text(path, html, "empty file (nothing but white space)")
    html = normalise_newlines(html)

    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception as e:  # lxml raises ParserError on documents with no elements at all
        raise LoadError(path, f"not a readable HTML page ({e})") from None
    text = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=True,
                               include_images=False, include_links=False, favor_precision=False)
    if not text or not text.strip():
        # trafilatura gives up on pages it finds too short to be an article; its baseline still
        # takes the article/paragraph text and leaves out the page's scripts and styles.
        try:
            text = trafilatura.baseline(html)[1]
        except Exception:
            text = ""
        if not text or not text.strip():
            text = _all_text(tree)  # a fragment without <html>/<body>: trafilatura sees nothing in it
        if text and text.strip():
            warnings.append("no main article found; the page's paragraph text is shown instead")
    require_text(path, text or "", "no article text found in the page")
    text = normalise_newlines(text).strip("\n")

    title = ""
    og = tree.find(".//meta[@property='og:title']")
    if og is not None and og.get("content"):
        title = og.get("content").strip()
    elif tree.findtext(".//title"):
        title = " ".join(tree.findtext(".//title").split())
    return Extracted(text=text, format=fmt, title=title, metadata={"encoding": encoding},
                     meta_date=page_date(tree, html), warnings=warnings)
