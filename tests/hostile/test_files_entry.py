"""Hostile files at the loaders (issue 10 items 2, 4, 11 loader side, 14): text and names made
safe where they enter, text that hides words normalised, odd PDFs and fake text refused or read
with the right reason, HTML capped at the per-document limit before it is parsed.

Every input is generated here (PDFs by tests/loader_fixtures.make_pdf, with pypdf for the
ToUnicode map of the lone-surrogate case).
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from loader_fixtures import make_pdf
from timeline_app.cli import main
from timeline_app.core import loaders
from timeline_app.core.document import LoadError
from timeline_app.core.events import events_frame
from timeline_app.core.export import events_csv
from timeline_app.core.formats.common import MAX_HTML_BYTES, MAX_TEXT_CHARS, too_large
from timeline_app.core.loaders import load_document, load_paths
from timeline_app.core.safe import display_path, normalise_text

REPO = Path(__file__).resolve().parents[2]
GOOD = "Troops entered Izium on Sept. 8, 2022, officials said on Saturday.\n"

_LONE_SURROGATE_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Lone-Surrogate def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
1 beginbfrange
<20> <7D> <0020>
endbfrange
1 beginbfchar
<7E> <D800>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def lone_surrogate_pdf() -> bytes:
    """A PDF whose text layer maps the glyph drawn for "~" to U+D800 (pypdf returns '\\ud800')."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(
        ["Troops entered Kupiansk on Sept. 9, 2022 ~ the governor said."],
        info={"CreationDate": "D:20220910093000"}))))
    cmap = DecodedStreamObject()
    cmap.set_data(_LONE_SURROGATE_CMAP)
    ref = w._add_object(cmap)
    for page in w.pages:
        page["/Resources"]["/Font"]["/F1"].get_object()[NameObject("/ToUnicode")] = ref
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


# ---- item 4: safe where they enter ---------------------------------------------------------
def _hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD)
    (folder / "b-surrogate.pdf").write_bytes(lone_surrogate_pdf())
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as f:  # not UTF-8: a Latin-1 name
        f.write(b"Troops reached Balakliia on Sept. 7, 2022.\n")
    return folder


def test_a_lone_surrogate_and_a_latin1_file_name_cost_no_output(tmp_path):
    folder = _hostile_folder(tmp_path)
    out = tmp_path / "events.csv"
    r = subprocess.run([sys.executable, "-m", "timeline_app", "export", str(folder), "-o", str(out),
                        "--reference-date", "2022-09-10"], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    docs = {os.path.basename(row["document"]) for row in rows}
    assert docs == {"a-good.txt", "b-surrogate.pdf", "caf\\xe9.txt"}  # every file's rows, the odd name shown
    pdf_rows = [row for row in rows if row["document"].endswith(".pdf")]
    assert "\ufffd" in pdf_rows[0]["sentence"] and pdf_rows[0]["start"].startswith("2022-09-09")


def test_loaded_documents_hold_only_writable_strings(tmp_path):
    docs, errors = load_paths([str(_hostile_folder(tmp_path))], date(2022, 9, 10))
    assert errors == [] and len(docs) == 3
    for d in docs:
        for s in (d.path, d.text, d.title, *d.warnings):
            s.encode("utf-8")  # would raise on a surrogate
    events_csv(events_frame(docs)).encode("utf-8")


def test_a_newline_in_a_file_name_stays_on_one_error_line(tmp_path, capsys):
    bad = tmp_path / "two\nlines.txt"
    bad.write_bytes(b"")
    assert main(["export", str(bad), "-o", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "two\\nlines.txt" in err[0]


def test_display_path_escapes_what_cannot_be_shown():
    assert display_path("/news/kupiansk.txt") == "/news/kupiansk.txt"
    assert display_path(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert display_path("a\tb\u202ec.txt") == "a\\tb\\u202ec.txt"
    assert display_path("caf\u00e9 \u00a0x.txt") == "caf\u00e9 \u00a0x.txt"


# ---- item 11, loader side: what hides words ------------------------------------------------
def test_ligatures_invisible_characters_and_odd_spaces_are_normalised_where_text_is_loaded(tmp_path):
    text = ("The \ufb01rst week of the offensive ended on Sept.\u00a010, 2022. Earlier\u200b this\u00ad week "
            "troops crossed the Oskil. \uff33\uff45\uff50\uff54. 8, 2022 was quiet.\n")
    f = tmp_path / "hidden.txt"
    f.write_text(text, encoding="utf-8")
    d = load_document(str(f), date(2022, 9, 10))
    assert d.text == ("The first week of the offensive ended on Sept. 10, 2022. Earlier this week "
                      "troops crossed the Oskil. Sept. 8, 2022 was quiet.\n")
    df = events_frame([d])
    exprs = list(df["expression"])
    assert "Sept. 10, 2022" in exprs and "Earlier this week" in exprs and "Sept. 8, 2022" in exprs
    for r in df.itertuples():  # offsets point into the text as shown
        assert d.text[r.start_char:r.end_char] == r.expression
    assert normalise_text("km\u00b2 \u00bd \u201cquoted\u201d") == "km\u00b2 \u00bd \u201cquoted\u201d"


# ---- item 14: PDFs and fake text -----------------------------------------------------------
def test_the_same_two_lines_on_every_page_are_content_not_running_headers(tmp_path):
    lines = ["Notice: the bridge at Kupiansk closed on Sept. 9, 2022.", "Traffic resumed on Sept. 12, 2022."]
    f = tmp_path / "notice.pdf"
    f.write_bytes(make_pdf([lines[0], lines[1]] * 3, lines_per_page=2))
    d = load_document(str(f), date(2022, 9, 12))  # was: "no text layer in this PDF (3 pages ...: a scan?)"
    assert d.metadata["pages"] == 3
    assert lines[0] in d.text and lines[1] in d.text


def test_a_pdf_deleted_mid_read_is_not_called_damaged(tmp_path, monkeypatch):
    f = tmp_path / "gone.pdf"
    f.write_bytes(make_pdf(["Troops entered Izium on Sept. 10, 2022."]))
    real_reader = loaders.reader_for

    def deleting_reader(ext):
        read = real_reader(ext)

        def read_after_delete(path, fmt, mtime):
            os.unlink(path)  # the file goes away after the loader checked it, before it is read
            return read(path, fmt, mtime)
        return read_after_delete

    monkeypatch.setattr(loaders, "reader_for", deleting_reader)
    with pytest.raises(LoadError) as e:
        load_document(str(f))
    assert e.value.reason.startswith("could not be read: file vanished") and "damaged" not in e.value.reason


def test_a_pdf_deleted_while_pypdf_reads_it_is_read_whole(tmp_path, monkeypatch):
    import pypdf

    f = tmp_path / "gone.pdf"
    f.write_bytes(make_pdf(["Troops entered Izium on Sept. 10, 2022."]))
    real = pypdf.PdfReader

    def deleting_reader(stream, *a, **kw):
        os.unlink(f)  # pypdf opened the file by name before: "damaged PDF (FileNotFoundError ...)"
        return real(stream, *a, **kw)

    monkeypatch.setattr(pypdf, "PdfReader", deleting_reader)
    d = load_document(str(f))
    assert "Sept. 10, 2022" in d.text


def test_a_size_one_byte_over_the_limit_does_not_read_as_equal():
    msg = too_large(MAX_HTML_BYTES + 1, MAX_HTML_BYTES)
    assert msg == "file too large (31,457,281 bytes; the limit for this type is 31,457,280 bytes)"
    assert too_large(40 * 1024 * 1024, MAX_HTML_BYTES) == \
        "file too large (40.0 MB; the limit for this type is 30.0 MB)"


def test_an_html_file_one_byte_over_the_limit_says_so_in_bytes(tmp_path):
    f = tmp_path / "big.html"
    with open(f, "wb") as out:
        out.truncate(MAX_HTML_BYTES + 1)  # sparse: no 30 MB written
    with pytest.raises(LoadError) as e:
        load_document(str(f))
    assert "31,457,281 bytes" in e.value.reason and "31,457,280 bytes" in e.value.reason


def test_4kb_of_one_high_byte_is_not_korean(tmp_path):
    f = tmp_path / "c5.txt"
    f.write_bytes(b"\xc5" * 4096)
    with pytest.raises(LoadError) as e:
        load_document(str(f))
    assert e.value.reason.startswith("not text")


def test_a_png_renamed_html_is_refused_as_what_it_is(tmp_path):
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00" + b"\xff\x00\x00" * 8)) + chunk(b"IEND", b""))
    f = tmp_path / "article.html"
    f.write_bytes(png)
    with pytest.raises(LoadError) as e:
        load_document(str(f))
    assert "PNG image" in e.value.reason


def test_legitimate_non_latin_text_still_loads(tmp_path):
    f = tmp_path / "ru.txt"
    f.write_bytes(("Войска вошли в Купянск 9 сентября 2022 года, сообщил губернатор. " * 20).encode("cp1251"))
    assert "Купянск" in load_document(str(f), date(2022, 9, 10)).text


# ---- item 2: HTML capped at 10 million characters, before parsing --------------------------
def test_html_with_more_than_ten_million_characters_is_refused_before_parsing(tmp_path, monkeypatch):
    para = "<p>Troops entered the town on Sept. 8, 2022, after an advance that began days before.</p>\n"
    f = tmp_path / "huge.html"
    with open(f, "w", encoding="utf-8") as out:
        out.write("<html><head><script>" + "var x = '<p>not text</p>';\n" * 20000 + "</script></head><body>")
        out.write(para * (MAX_TEXT_CHARS // (len(para) - 8) + 1000))
        out.write("</body></html>")
    import trafilatura

    def must_not_run(*a, **kw):
        raise AssertionError("the page was parsed before its size was checked")
    monkeypatch.setattr(trafilatura, "extract", must_not_run)
    with pytest.raises(LoadError) as e:
        load_document(str(f))
    assert "too much text for one document" in e.value.reason and f"{MAX_TEXT_CHARS:,}" in e.value.reason


def test_scripts_and_styles_do_not_count_as_text(tmp_path):
    from timeline_app.core.formats.htmlpage import visible_chars

    script = "<script>" + "var data = '<p>x</p>';\n" * 600_000 + "</script>"  # 12.6 M characters of script
    html = ("<html><head>" + script + "<style>p { color: red }</style></head><body><article><p>"
            + GOOD + "</p></article><script>unclosed")
    assert visible_chars(html) < 200
    assert visible_chars("a < b " * 100_000) == len("a < b " * 100_000)  # an unclosed "<" is text
    f = tmp_path / "app.html"
    f.write_text("<html><head>" + script[:1_000_000] + "</script></head><body><article><p>" + GOOD
                 + "</p></article></body></html>", encoding="utf-8")
    assert "Izium" in load_document(str(f), date(2022, 9, 10)).text
