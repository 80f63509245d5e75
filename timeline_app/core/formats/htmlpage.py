"""Saved web pages: the article's main text by trafilatura (no navigation, ads, footers),
the publication date from the page's metadata (article:published_time, JSON-LD datePublished,
then the other meta tags htmldate knows)."""
from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import datetime

from timeline_app.core.document import LoadError
from timeline_app.core.formats.common import (MAX_HTML_BYTES, MAX_TEXT_CHARS, Extracted, decode_bytes,
                                              normalise_newlines, read_capped, require_text)
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


_HIDDEN_OPEN = re.compile(r"<(script|style|template|noscript)\b", re.I)
_HIDDEN_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "template", "noscript")}
_TAG = re.compile(r"<[^<>]*>")  # [^<>]: an unclosed "<" stops at the next "<", so this stays linear
_SPACE_RUN = re.compile(r"\s+")
_CHUNK = 1 << 20  # a tag cut at a slice edge is counted as text: a few characters per MB, for an estimate


def visible_chars(html: str) -> int:
    """About how many characters of text the page shows (scripts, styles and tags left out,
    white space runs counted once): an upper estimate of what extraction can give, found in
    linear time before the page is parsed."""
    n = 0
    pos = 0
    while True:
        m = _HIDDEN_OPEN.search(html, pos)
        seg_end = m.start() if m else len(html)
        for i in range(pos, seg_end, _CHUNK):  # in slices: temporary copies stay small
            n += len(_SPACE_RUN.sub(" ", _TAG.sub("", html[i:min(i + _CHUNK, seg_end)])))
        if not m:
            return n
        close = _HIDDEN_CLOSE[m.group(1).lower()].search(html, m.end())
        if not close:
            return n  # an unclosed script runs to the end of the page
        pos = close.end()


def read_html(path: str, fmt: str, mtime: datetime) -> Extracted:
    data = read_capped(path, MAX_HTML_BYTES)
    if not data:
        raise LoadError(path, "empty file")
    html, encoding, warnings = decode_bytes(path, data, declared=_declared_charset(data))
    sha256 = hashlib.sha256(data).hexdigest()     # (as for text: see text.read_text)
    del data
    require_text(path, html, "empty file (nothing but white space)")
    html = normalise_newlines(html)
    # The per-document limit, checked before the page is parsed: parsing and extracting a page
    # takes memory in proportion to it (about 35 bytes per character with lxml + trafilatura), and
    # a page cut short would give a timeline that looks complete and is not (as for text files).
    shown = visible_chars(html)
    if shown > MAX_TEXT_CHARS:
        raise LoadError(path, f"too much text for one document (about {shown:,} characters; the limit is "
                              f"{MAX_TEXT_CHARS:,}) - save the article alone, or split the page")

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
    if len(text) > MAX_TEXT_CHARS:  # the estimate above is an upper bound; this never cuts in practice
        cut = text.rfind("\n", 0, MAX_TEXT_CHARS)
        text = text[:cut if cut > 0 else MAX_TEXT_CHARS]
        warnings.append(f"only the first {len(text):,} characters are shown (limit {MAX_TEXT_CHARS:,})")

    title = ""
    og = tree.find(".//meta[@property='og:title']")
    if og is not None and og.get("content"):
        title = og.get("content").strip()
    elif tree.findtext(".//title"):
        title = " ".join(tree.findtext(".//title").split())
    return Extracted(text=text, format=fmt, title=title, metadata={"encoding": encoding, "sha256": sha256},
                     meta_date=page_date(tree, html), warnings=warnings)
