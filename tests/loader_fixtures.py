"""Fixtures for the loader tests, made from the seed article by code (no opaque binaries).

Everything here writes real files in the formats people keep articles in: an HTML page with
navigation/ads/footer chrome around the article, a DOCX written by python-docx, a PDF written
by hand (a real text layer in Helvetica/WinAnsi, wrapped lines, two pages, an Info dictionary),
and text in the encodings the issue lists.
"""
from __future__ import annotations

import html
import os
import textwrap
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
_SEED_CANDIDATES = [
    os.path.join(REPO, "..", "shared", "seed", "kharkiv-offensive.txt"),
    "/work/shared/seed/kharkiv-offensive.txt",
]
HEADINGS = {"‘Astonishing’ advance", "‘It was frightening’", "‘We will stand by Ukraine’"}


def seed_path() -> str:
    for p in _SEED_CANDIDATES:
        if os.path.isfile(p):
            return os.path.normpath(p)
    raise FileNotFoundError("seed article kharkiv-offensive.txt not found beside the checkout")


def seed_text() -> str:
    with open(seed_path(), encoding="utf-8") as f:
        return f.read()


def seed_paragraphs() -> list[str]:
    return [p for p in seed_text().split("\n") if p.strip()]


# ---------------------------------------------------------------- HTML

def seed_html(published: str | None = "2022-09-10T09:30:00+03:00", jsonld: str | None = None,
              extra_head: str = "", charset: str = "utf-8") -> str:
    """The seed article as a saved news page: nav, an ad, a related-links box and a footer around
    it, each with time expressions of its own that must not reach the timeline."""
    body = []
    for line in seed_paragraphs():
        tag = "h2" if line in HEADINGS else "p"
        body.append(f"<{tag}>{html.escape(line, quote=False)}</{tag}>")
    head = [f'<meta charset="{charset}">',
            "<title>Ukraine counter-offensive in Kharkiv region | The Daily Example</title>"]
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if jsonld:
        head.append('<script type="application/ld+json">{"@context": "https://schema.org", '
                    '"@type": "NewsArticle", "headline": "Ukraine counter-offensive", '
                    f'"datePublished": "{jsonld}"}}</script>')
    head.append(extra_head)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
{chr(10).join(head)}
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/live">Live: updated 5 minutes ago</a></li><li><a href="/tomorrow">Tomorrow's papers</a></li></ul></nav></header>
<div class="ad advert">Subscribe today! Offer ends on Friday 30 September 2022.</div>
<main><article>
<h1>Ukraine counter-offensive in Kharkiv region</h1>
{chr(10).join(body)}
</article></main>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Storm expected on Monday</a></li>
<li><a href="/b">Markets fell yesterday</a></li><li><a href="/c">Elections on 6 November 2024</a></li></ul></aside>
<footer><p>© 2024 The Daily Example. All rights reserved. Updated every day since 1 January 1998.</p>
<a href="/privacy">Privacy</a></footer>
</body></html>
"""


# ---------------------------------------------------------------- DOCX

def write_seed_docx(path: str, created: datetime | None = datetime(2022, 9, 10, 9, 30),
                    modified: datetime | None = None, title: str = "Ukraine counter-offensive in Kharkiv region",
                    paragraphs: list[str] | None = None) -> str:
    import docx

    d = docx.Document()
    for line in (seed_paragraphs() if paragraphs is None else paragraphs):
        if line in HEADINGS:
            d.add_heading(line, level=2)
        else:
            d.add_paragraph(line)
    cp = d.core_properties
    cp.title = title
    if created is not None:
        cp.created = created
    if modified is not None:
        cp.modified = modified
    d.save(path)
    return path


# ---------------------------------------------------------------- PDF (by hand)

def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(paragraphs: list[str] | None, info: dict[str, str] | None = None, width: int = 90,
             lines_per_page: int = 50, draw_only: bool = False, header: str = "", footer: str = "") -> bytes:
    """A small, valid PDF: each paragraph wrapped at ``width`` characters, a larger gap between
    paragraphs, Helvetica with WinAnsiEncoding (so curly quotes survive), pages as needed.
    ``draw_only`` makes a "scanned" page: a grey rectangle and no text at all.
    ``info`` values are written as PDF text strings (e.g. {"CreationDate": "D:20220910093000+03'00'"}).
    ``header``/``footer`` are printed at the top/bottom of every page, like a browser's "Print to PDF"
    ({page} and {pages} are filled in)."""
    pages: list[bytes] = []
    if draw_only or not paragraphs:
        pages.append(b"0.5 g 72 300 468 400 re f\n")
    else:
        ops: list[bytes] = []
        n = 0
        for para in paragraphs:
            lines = textwrap.wrap(para, width) or [""]
            if n and n + len(lines) > lines_per_page:
                pages.append(b"BT /F1 10 Tf 72 740 Td 12 TL\n" + b"".join(ops) + b"ET\n")
                ops, n = [], 0
            for ln in lines:
                ops.append(_pdf_str(ln) + b" Tj T*\n")
                n += 1
            ops.append(b"0 -8 Td\n")  # paragraph gap
        pages.append(b"BT /F1 10 Tf 72 740 Td 12 TL\n" + b"".join(ops) + b"ET\n")

    if header or footer:
        n = len(pages)
        pages = [(b"BT /F1 8 Tf 36 770 Td " + _pdf_str(header.format(page=i + 1, pages=n)) + b" Tj ET\n"
                  if header else b"") + body +
                 (b"BT /F1 8 Tf 36 30 Td " + _pdf_str(footer.format(page=i + 1, pages=n)) + b" Tj ET\n"
                  if footer else b"")
                 for i, body in enumerate(pages)]

    objs: list[bytes] = []  # object i+1
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"")  # pages, filled below
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for content in pages:
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        content_id = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % content_id)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info_id = None
    if info:
        objs.append(b"<< " + b" ".join(b"/" + k.encode() + b" " + _pdf_str(v) for k, v in info.items()) + b" >>")
        info_id = len(objs)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def seed_pdf(creation: str | None = "D:20220910093000+03'00'") -> bytes:
    info = {"Title": "Ukraine counter-offensive in Kharkiv region", "Producer": "loader_fixtures.make_pdf"}
    if creation:
        info["CreationDate"] = creation
    return make_pdf(seed_paragraphs(), info)


def encrypted_pdf(password: str = "secret") -> bytes:
    """The seed PDF encrypted with a user password, written by pypdf (RC4, no extra deps)."""
    import io

    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(seed_pdf())))
    w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def write_bytes(path, data: bytes) -> str:
    with open(path, "wb") as f:
        f.write(data)
    return str(path)


def write_text(path, text: str, encoding: str = "utf-8", newline: str = "\n") -> str:
    return write_bytes(path, text.replace("\n", newline).encode(encoding))
