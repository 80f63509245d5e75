"""Every supported format and encoding, read from fixtures the tests write themselves, and the
issue's must-show: the seed article as HTML/DOCX/PDF/UTF-16/cp1252 gives the plain text's dated rows."""
from __future__ import annotations

import csv
import os

import pytest
from hypothesis import given, settings, strategies as st

import loader_fixtures as F
from timeline_app.cli import main
from timeline_app.core.loaders import SUPPORTED_EXTENSIONS, load_document

SEED = F.seed_text()
CHROME = ["Offer ends", "Subscribe", "Storm expected", "Markets fell", "updated 5 minutes ago",
          "Tomorrow's papers", "Privacy", "All rights reserved", "6 November 2024", "Most read"]


def squash(s: str) -> str:
    return " ".join(s.split())


# ------------------------------------------------------------------ formats

def test_supported_extensions_cover_the_issue():
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf"} <= set(SUPPORTED_EXTENSIONS)


def test_extensions_are_case_insensitive(tmp_path):
    (tmp_path / "PAGE.HTM").write_text(F.seed_html(), encoding="utf-8")
    F.write_bytes(tmp_path / "SCAN.PDF", F.seed_pdf())
    F.write_text(tmp_path / "NOTES.TXT", SEED)
    assert [load_document(str(tmp_path / n)).format for n in ("PAGE.HTM", "SCAN.PDF", "NOTES.TXT")] == \
        ["html", "pdf", "txt"]


def test_plain_text_is_shown_as_is(tmp_path):
    doc = load_document(F.write_text(tmp_path / "a.txt", SEED))
    assert doc.text == SEED and doc.format == "txt" and doc.metadata["encoding"] == "utf-8"


def test_text_and_html_readers_give_the_sha256_of_the_bytes_they_read(tmp_path):
    """The reader hashes the bytes it has just read (the window's pool no longer opens each file a
    second time for it): the same digest as reading the file again, for text, Markdown whose front
    matter says "sha256:" (the file's own hash wins) and HTML; PDF and Word files have none from
    their reader (``batch.process_file`` reads the file for them)."""
    from timeline_app.core.document import file_sha256

    md = F.write_text(tmp_path / "b.md", "---\ntitle: X\nsha256: not-the-hash\n---\n" + SEED)
    html = tmp_path / "c.html"
    html.write_bytes(F.seed_html().encode("cp1252", "replace"))
    for p in (F.write_text(tmp_path / "a.txt", "\ufeff" + SEED.replace("\n", "\r\n")), md, str(html)):
        assert load_document(p).metadata["sha256"] == file_sha256(p) != ""
    F.write_bytes(tmp_path / "d.pdf", F.seed_pdf())
    assert "sha256" not in load_document(str(tmp_path / "d.pdf")).metadata


def test_markdown_front_matter_is_read_and_stripped(tmp_path):
    p = F.write_text(tmp_path / "a.md", "---\ntitle: Kharkiv\ndate: 2022-09-10\nauthor: 'A. N. Other'\n---\n" + SEED)
    doc = load_document(p)
    assert doc.text == SEED
    assert doc.title == "Kharkiv" and doc.metadata["author"] == "A. N. Other"
    assert (doc.reference_date.isoformat(), doc.reference_source) == ("2022-09-10", "front matter date:")


def test_the_bundled_sample_is_the_seed_with_its_date():
    doc = load_document(os.path.join(F.REPO, "resources", "kharkiv-offensive.md"))
    assert doc.text.strip("\n") == SEED.strip("\n")
    assert (doc.reference_date.isoformat(), doc.reference_source) == ("2022-09-10", "front matter date:")


def test_markdown_without_front_matter_keeps_a_leading_rule(tmp_path):
    text = "---\nnot front matter, no closing rule\n" + SEED
    assert load_document(F.write_text(tmp_path / "a.md", text)).text == text


def test_html_main_text_without_page_chrome(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(F.seed_html(), encoding="utf-8")
    doc = load_document(str(p))
    assert doc.format == "html"
    lines = doc.text.split("\n")
    # every seed paragraph, in order, each on its own line (the page's <h1> may come first)
    paras = F.seed_paragraphs()
    assert [ln for ln in lines if ln in paras] == paras
    for junk in CHROME:
        assert junk not in doc.text, junk
    assert doc.title == "Ukraine counter-offensive in Kharkiv region | The Daily Example"  # from <title>


@pytest.mark.parametrize("name, data", [
    ("utf16.html", F.seed_html().encode("utf-16")),
    ("page.xhtml", ('<?xml version="1.0" encoding="utf-8"?>\n' + F.seed_html().replace("<!DOCTYPE html>", "")).encode()),
])
def test_html_in_utf16_and_xhtml_with_an_xml_declaration(tmp_path, name, data):
    doc = load_document(F.write_bytes(tmp_path / name, data))
    assert [ln for ln in doc.text.split("\n") if ln in F.seed_paragraphs()] == F.seed_paragraphs()
    assert doc.reference_source == "HTML meta article:published_time"


def test_html_declaring_utf16_without_a_bom_is_read_as_utf8(tmp_path):
    p = tmp_path / "page.html"
    p.write_bytes(F.seed_html(charset="utf-16").encode("utf-8"))
    assert "Kremlin’s bid" in load_document(str(p)).text


def test_html_title_prefers_og_title(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(F.seed_html(extra_head='<meta property="og:title" content="Russia retreats">'), encoding="utf-8")
    assert load_document(str(p)).title == "Russia retreats"


def test_html_fragment_without_body_still_gives_its_text(tmp_path):
    p = tmp_path / "frag.html"
    p.write_text("<p>Ukrainian forces said on Saturday they had retaken Kupiansk.</p>")
    doc = load_document(str(p))
    assert doc.text == "Ukrainian forces said on Saturday they had retaken Kupiansk."
    assert doc.warnings == ["no main article found; the page's paragraph text is shown instead"]


def test_htm_extension_and_declared_legacy_charset(tmp_path):
    p = tmp_path / "page.htm"
    p.write_bytes(F.seed_html(charset="windows-1252").encode("cp1252", errors="xmlcharrefreplace"))
    doc = load_document(str(p))
    assert doc.metadata["encoding"] == "cp1252"
    assert "Kremlin’s bid" in doc.text and "“regrouping”" in doc.text


def test_html_declaring_latin1_is_read_as_windows_1252_like_browsers_do(tmp_path):
    p = tmp_path / "page.html"
    p.write_bytes(F.seed_html(charset="iso-8859-1").encode("cp1252", errors="xmlcharrefreplace"))
    assert "Kremlin’s bid" in load_document(str(p)).text


def test_docx_paragraphs_are_the_text(tmp_path):
    doc = load_document(F.write_seed_docx(str(tmp_path / "a.docx")))
    assert doc.format == "docx" and doc.text == SEED
    assert doc.title == "Ukraine counter-offensive in Kharkiv region"


def test_docx_tables_are_read_in_order(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Before the table.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Date", "Event"
    t.cell(1, 0).text, t.cell(1, 1).text = "24 February 2022", "Invasion begins"
    d.add_paragraph("After the table.")
    p = str(tmp_path / "t.docx")
    d.save(p)
    assert load_document(p).text == "Before the table.\nDate\tEvent\n24 February 2022\tInvasion begins\nAfter the table."


def test_pdf_text_layer_with_wrapped_lines_joined(tmp_path):
    doc = load_document(F.write_bytes(tmp_path / "a.pdf", F.seed_pdf()))
    assert doc.format == "pdf" and doc.metadata["pages"] == 2
    assert squash(doc.text) == squash(SEED)  # all the words, in order, across both pages
    # wrapped lines are joined: a sentence the PDF wrapped mid-phrase reads as one line again
    assert "Kremlin’s bid to cement control of Ukraine’s east." in doc.text
    assert "on Saturday that Moscow’s forces had pulled out of Izyum" in doc.text
    # headings stay on their own line
    assert "\n‘It was frightening’\n" in doc.text


def test_pdf_printed_by_a_browser_loses_its_running_header_and_footer(tmp_path):
    data = F.make_pdf(F.seed_paragraphs(), header="9/10/22, 10:30 AM   Ukraine counter-offensive | The Daily Example",
                      footer="https://example.com/world/kharkiv-offensive   {page}/{pages}")
    doc = load_document(F.write_bytes(tmp_path / "printed.pdf", data))
    assert squash(doc.text) == squash(SEED)


def test_running_lines_need_to_recur_and_stay_at_the_edges():
    from timeline_app.core.formats.pdfdoc import strip_running_lines

    pages = ["Header on 10 Sept\nA\nSame line\nB\nC\n1", "Header on 11 Sept\nD\nSame line\nE\nF\n2"]
    # the dated header recurs (digits aside) and goes, as do the page numbers; a line that recurs
    # in the middle of the pages is text and stays
    assert strip_running_lines(pages) == ["A\nSame line\nB\nC", "D\nSame line\nE\nF"]
    assert strip_running_lines(["Only page\n1"]) == ["Only page\n1"]  # one page: nothing to compare


def test_pdf_unwrap_keeps_short_lines_and_joins_hyphenated_words():
    from timeline_app.core.formats.pdfdoc import unwrap_lines

    page = ("Heading\n"
            "A long line of text that the pdf has wrapped at the edge of the counter-\n"
            "offensive column width and then continues on the next line of\n"
            "the page.\n"
            "Next paragraph.")
    assert unwrap_lines(page) == ("Heading\n"
                                  "A long line of text that the pdf has wrapped at the edge of the counter-offensive "
                                  "column width and then continues on the next line of the page.\n"
                                  "Next paragraph.")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="ab .-”\t", max_size=60), max_size=12))
def test_pdf_unwrap_never_drops_or_reorders_text(lines):
    from timeline_app.core.formats.pdfdoc import unwrap_lines

    page = "\n".join(lines)
    assert "".join(unwrap_lines(page).split()) == "".join(page.split())


def test_pdf_unwrap_judges_each_physical_line_not_the_joined_paragraph():
    from timeline_app.core.formats.pdfdoc import unwrap_lines

    page = ("A first paragraph that runs the full width of the page and wraps\n"
            "onto a short last line without a full stop\n"
            "Second paragraph starts here and runs the full width of the page too\n"
            "before the text breaks early at a\n"
            "very-long-hyphenated-compound-word-that-did-not-fit and ends.")
    assert unwrap_lines(page) == (
        "A first paragraph that runs the full width of the page and wraps onto a short last line without a full stop\n"
        "Second paragraph starts here and runs the full width of the page too before the text breaks early at a "
        "very-long-hyphenated-compound-word-that-did-not-fit and ends.")


def test_owner_locked_pdf_opens_with_the_empty_password(tmp_path):
    import io

    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(F.seed_pdf())))
    w.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    doc = load_document(F.write_bytes(tmp_path / "locked.pdf", buf.getvalue()))
    assert squash(doc.text) == squash(SEED)
    assert any("encrypted" in w for w in doc.warnings)


# ------------------------------------------------------------------ encodings and line ends

@pytest.mark.parametrize("encoding, label", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8 with BOM"),
    ("utf-16", "utf-16 with BOM"),      # Python writes a BOM, little-endian here
    ("utf-16-be", "utf-16 with BOM"),   # BOM added by hand below
    ("utf-32", "utf-32 with BOM"),
    ("cp1252", "cp1252"),
])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_seed_in_each_encoding_and_line_end(tmp_path, encoding, label, newline):
    data = SEED.replace("\n", newline).encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = load_document(F.write_bytes(tmp_path / "a.txt", data))
    assert doc.text == SEED  # LF only, no BOM character, the curly quotes intact
    assert doc.metadata["encoding"] == label


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom(tmp_path, encoding):
    doc = load_document(F.write_text(tmp_path / "a.txt", SEED, encoding, "\r\n"))
    assert doc.text == SEED and doc.metadata["encoding"] == f"{encoding} without BOM"


def test_latin1_french_is_not_mistaken_for_central_european(tmp_path):
    # charset-normalizer alone calls this cp1250 and shows "déjŕ", "naďve"
    text = "Café déjà vu, naïve façade à Paris.\nLe garçon était très âgé.\n"
    doc = load_document(F.write_bytes(tmp_path / "fr.txt", text.encode("latin-1")))
    assert doc.text == text


def test_legacy_bytes_after_megabytes_of_ascii(tmp_path):
    head = "The offensive began on Tuesday. " * 70_000  # 2.2 MB of ASCII before the first accent
    tail = "Café à Kyiv’s “centre”, déjà vu.\n"
    doc = load_document(F.write_bytes(tmp_path / "long.txt", (head + tail).encode("cp1252")))
    assert doc.text.endswith(tail) and doc.metadata["encoding"] == "cp1252" and not doc.warnings


def test_cyrillic_legacy_encoding_is_still_detected(tmp_path):
    text = ("Тысячи российских военных отступили перед стремительным украинским наступлением "
            "в Харьковской области, заявили в субботу местные чиновники.\n")
    doc = load_document(F.write_bytes(tmp_path / "ru.txt", text.encode("cp1251")))
    assert doc.text == text


def test_old_mac_cr_line_ends(tmp_path):
    doc = load_document(F.write_bytes(tmp_path / "a.txt", b"one\rtwo\r\nthree\n"))
    assert doc.text == "one\ntwo\nthree\n"


# ------------------------------------------------------------------ the must-show

def _export(tmp_path, name, path, *extra) -> list[dict]:
    out = tmp_path / f"{name}.csv"
    rc = main(["export", str(path), "-o", str(out), *extra])
    assert rc == 0, name
    with open(out, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _dated(rows):
    return [(r["expression"], r["timex_value"], r["start"], r["end"]) for r in rows]


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    d = tmp_path_factory.mktemp("copies")
    (d / "page.html").write_text(F.seed_html(), encoding="utf-8")
    F.write_seed_docx(str(d / "article.docx"))
    F.write_bytes(d / "article.pdf", F.seed_pdf())
    F.write_bytes(d / "printed.pdf", F.make_pdf(
        F.seed_paragraphs(), header="9/10/22, 10:30 AM   Ukraine counter-offensive | The Daily Example",
        footer="https://example.com/world/kharkiv-offensive   {page}/{pages}"))
    F.write_text(d / "utf16.txt", SEED, "utf-16", "\r\n")
    F.write_text(d / "cp1252.txt", SEED, "cp1252", "\r\n")
    return d


def test_html_copy_without_a_date_gives_the_plain_texts_dated_rows(tmp_path, copies, capsys):
    plain = _export(tmp_path, "plain", F.seed_path(), "--reference-date", "2022-09-10")
    capsys.readouterr()
    html = _export(tmp_path, "html", copies / "page.html")
    err = capsys.readouterr().err
    assert "reference date 2022-09-10 (HTML meta article:published_time)" in err
    assert _dated(html) == _dated(plain)


@pytest.mark.parametrize("name, source", [("article.docx", "DOCX core properties (created)"),
                                          ("article.pdf", "PDF metadata CreationDate")])
def test_docx_and_pdf_copies_carry_their_own_date(tmp_path, copies, capsys, name, source):
    plain = _export(tmp_path, "plain", F.seed_path(), "--reference-date", "2022-09-10")
    capsys.readouterr()
    other = _export(tmp_path, "other", copies / name)
    assert f"reference date 2022-09-10 ({source})" in capsys.readouterr().err
    assert _dated(other) == _dated(plain)


@pytest.mark.parametrize("name", ["article.docx", "article.pdf", "printed.pdf", "utf16.txt", "cp1252.txt"])
def test_other_copies_with_the_date_given_give_the_same_dated_rows(tmp_path, copies, name):
    plain = _export(tmp_path, "plain", F.seed_path(), "--reference-date", "2022-09-10")
    other = _export(tmp_path, "other", copies / name, "--reference-date", "2022-09-10")
    assert _dated(other) == _dated(plain)


@pytest.mark.parametrize("name", ["page.html", "article.docx", "article.pdf", "utf16.txt", "cp1252.txt"])
def test_offsets_point_into_the_shown_text(copies, name):
    from timeline_app.core.events import events_frame
    from datetime import date

    doc = load_document(str(copies / name), date(2022, 9, 10))
    df = events_frame([doc])
    for r in df.itertuples():
        assert doc.text[r.start_char:r.end_char] == r.expression
        assert doc.text[r.sentence_start:r.sentence_end] == r.sentence


def test_the_plain_text_export_has_dated_rows(tmp_path):
    """Guards the must-show above against passing vacuously: the seed has dated expressions."""
    rows = _export(tmp_path, "plain", F.seed_path(), "--reference-date", "2022-09-10")
    assert [r for r in rows if r["start"]], "the temporal engine found no dated expression in the seed"
