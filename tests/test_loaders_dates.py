"""Where the reference (publication) date comes from, in the issue's order, and that the source is said."""
from __future__ import annotations

import os
from datetime import date, datetime

import pytest
from hypothesis import given, settings, strategies as st

import loader_fixtures as F
from timeline_app.cli import main
from timeline_app.core.formats.dates import find_text_date, parse_date
from timeline_app.core.loaders import load_document

MTIME = datetime(2023, 3, 1, 12, 0)
SEP10 = date(2022, 9, 10)


def at_mtime(path, when: datetime = MTIME) -> str:
    os.utime(path, (when.timestamp(), when.timestamp()))
    return str(path)


def ref(path, given=None):
    d = load_document(str(path), given)
    return d.reference_date, d.reference_source


# ------------------------------------------------------------------ the user's choice first

def test_the_users_date_beats_every_other_source(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(F.seed_html(), encoding="utf-8")
    assert ref(p, date(2023, 1, 2)) == (date(2023, 1, 2), "given by the user")


# ------------------------------------------------------------------ metadata

def test_html_article_published_time(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(F.seed_html(published="2022-09-10T23:30:00-05:00"), encoding="utf-8")
    # the date as written on the page, not shifted to UTC (which would be the 11th)
    assert ref(p) == (SEP10, "HTML meta article:published_time")


def test_html_json_ld_date_published(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(F.seed_html(published=None, jsonld="2022-09-10T08:00:00Z"), encoding="utf-8")
    assert ref(p) == (SEP10, "JSON-LD datePublished")


def test_html_json_ld_in_a_graph(tmp_path):
    head = ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
            '{"@type": "NewsArticle", "datePublished": "2022-09-10"}]}</script>')
    p = tmp_path / "page.html"
    p.write_text(F.seed_html(published=None, extra_head=head), encoding="utf-8")
    assert ref(p) == (SEP10, "JSON-LD datePublished")


def test_html_other_meta_tags_through_htmldate(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(F.seed_html(published=None, extra_head='<meta name="DC.date.issued" content="2022-09-10">'),
                 encoding="utf-8")
    assert ref(p) == (SEP10, "HTML metadata (htmldate)")


def test_html_without_any_date_falls_back_to_the_file_time(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(F.seed_html(published=None), encoding="utf-8")
    assert ref(at_mtime(p)) == (MTIME.date(), "file modification time (a guess)")


def test_docx_core_properties_created(tmp_path):
    p = F.write_seed_docx(str(tmp_path / "a.docx"), created=datetime(2022, 9, 10, 9, 30))
    assert ref(p) == (SEP10, "DOCX core properties (created)")


def test_docx_modified_when_created_is_only_the_template_stamp(tmp_path):
    # python-docx leaves its template's 2013-12-23 stamp in files that never set a date
    p = F.write_seed_docx(str(tmp_path / "a.docx"), created=None, modified=datetime(2022, 9, 10))
    assert ref(p) == (SEP10, "DOCX core properties (modified)")


def test_docx_with_only_the_template_stamp_says_nothing(tmp_path):
    p = F.write_seed_docx(str(tmp_path / "a.docx"), created=None,
                          paragraphs=["KYIV, Sept 10 (Reuters) - Ukrainian forces said on Saturday..."])
    assert ref(at_mtime(p)) == (SEP10, "dateline 'KYIV, Sept 10 (Reuters)', year from file modification time")


def test_pdf_creation_date(tmp_path):
    p = F.write_bytes(tmp_path / "a.pdf", F.seed_pdf("D:20220910233000-05'00'"))
    assert ref(p) == (SEP10, "PDF metadata CreationDate")


def test_pdf_moddate_when_no_creation_date(tmp_path):
    p = F.write_bytes(tmp_path / "a.pdf", F.make_pdf(F.seed_paragraphs(), {"ModDate": "D:20220910"}))
    assert ref(p) == (SEP10, "PDF metadata ModDate")


def test_pdf_without_metadata_uses_its_published_line(tmp_path):
    p = F.write_bytes(tmp_path / "a.pdf", F.make_pdf(["Published: 10 September 2022"] + F.seed_paragraphs()))
    assert ref(at_mtime(p)) == (SEP10, "'Published: 10 September 2022' line")


@pytest.mark.parametrize("value", ["2022-09-10", "'2022-09-10T09:30:00+03:00'", "September 10, 2022"])
def test_front_matter_date(tmp_path, value):
    p = F.write_text(tmp_path / "a.md", f"---\ntitle: x\ndate: {value}\n---\nPublished: 1 January 2020\nText.\n")
    assert ref(p) == (SEP10, "front matter date:")


def test_metadata_beats_the_dateline(tmp_path):
    body = "KYIV, Sept 12 (Reuters) - Ukrainian forces said on Saturday..."
    p = F.write_text(tmp_path / "a.md", f"---\ndate: 2022-09-10\n---\n{body}\n")
    assert ref(p) == (SEP10, "front matter date:")


# ------------------------------------------------------------------ the text's dateline or "Published" line

@pytest.mark.parametrize("first_lines, expected, source", [
    ("KYIV, Sept 10 (Reuters) – Thousands of Russian troops have retreated",
     SEP10, "dateline 'KYIV, Sept 10 (Reuters)', year from file modification time"),
    ("LONDON, 10 September 2022 (AP) — The German foreign minister arrived",
     SEP10, "dateline 'LONDON, 10 September 2022 (AP)'"),
    ("KHARKIV, Ukraine, Sept. 10 - Troops advanced",
     SEP10, "dateline 'KHARKIV, Ukraine, Sept. 10', year from file modification time"),
    ("Russian troops retreat\nBy A. Reporter\nPublished: 10 September 2022 | Updated: 11 September 2022\nText.",
     SEP10, "'Published: 10 September 2022' line"),
    ("Headline\nFirst published on Sat 10 Sep 2022 09.30 BST\nText.",
     SEP10, "'First published on Sat 10 Sep 2022 09.30 BST' line"),
])
def test_dateline_and_published_line(tmp_path, first_lines, expected, source):
    p = F.write_text(tmp_path / "a.txt", first_lines + "\n" + F.seed_text())
    assert ref(at_mtime(p)) == (expected, source)


def test_dateline_without_year_takes_the_year_before_the_file_time(tmp_path):
    p = F.write_text(tmp_path / "a.txt", "KYIV, Sept 10 (Reuters) - text\n")
    # saved in August 2023: September 10 is the one of 2022, the last one before the save
    assert ref(at_mtime(p, datetime(2023, 8, 1)))[0] == SEP10
    assert ref(at_mtime(p, datetime(2023, 9, 20)))[0] == date(2023, 9, 10)


def test_the_seeds_kyiv_colon_is_not_a_dateline(tmp_path):
    p = F.write_text(tmp_path / "a.txt", F.seed_text())
    assert ref(at_mtime(p)) == (MTIME.date(), "file modification time (a guess)")


def test_a_published_line_far_down_the_text_is_not_the_publication_date(tmp_path):
    text = "\n".join(F.seed_paragraphs()[:8]) + "\nPublished: 10 September 2022\n"
    p = F.write_text(tmp_path / "a.txt", text)
    assert ref(at_mtime(p)) == (MTIME.date(), "file modification time (a guess)")


def test_relative_words_are_not_a_publication_date():
    assert find_text_date("Published yesterday\nText", MTIME) is None
    assert parse_date("yesterday", MTIME) is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_find_text_date_never_fails(text):
    got = find_text_date(text, MTIME)
    assert got is None or isinstance(got[0], date)


# ------------------------------------------------------------------ reported where the user sees it

def test_cli_reports_date_and_source_on_stderr(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(F.seed_html(), encoding="utf-8")
    guess = at_mtime(F.write_text(tmp_path / "plain.txt", F.seed_text()))
    rc = main(["export", str(page), guess, "-o", str(tmp_path / "out.csv")])
    err = capsys.readouterr().err.splitlines()
    assert rc == 0
    assert f"{page}: reference date 2022-09-10 (HTML meta article:published_time)" in err
    assert f"{guess}: reference date 2023-03-01 (file modification time (a guess))" in err


def test_dateline_year_from_the_texts_own_years(tmp_path):
    # issue 11 kind 10: a March dateline on a text about mid-2019, in a file saved in 2026
    p = F.write_text(tmp_path / "a.txt", "WASHINGTON, March 14 (Reuters) - The agency expects the new rules to take "
                     "effect by mid-2019, officials said. Sales in 2018 rose 4%.\n")
    d, source = ref(at_mtime(p, datetime(2026, 5, 2)))
    assert d == date(2019, 3, 14)
    assert source == "dateline 'WASHINGTON, March 14 (Reuters)', year from the latest year the text names (2019), not the file time (2026)"


def test_dateline_year_stays_on_the_file_time_for_recent_or_old_years(tmp_path):
    recent = F.write_text(tmp_path / "a.txt", "LONDON, March 14 (AP) - Sales in 2025 rose.\n")
    assert ref(at_mtime(recent, datetime(2026, 5, 2)))[0] == date(2026, 3, 14)
    # a feature about the 1940s: its years are a history's, not the time of writing
    old = F.write_text(tmp_path / "b.txt", "LONDON, March 14 (AP) - The Blitz began in 1940 and ended in 1941.\n")
    assert ref(at_mtime(old, datetime(2026, 5, 2)))[0] == date(2026, 3, 14)


# ------------------------------------------------------------------ a first line, a byline, a date stamp (tenth session)

@pytest.mark.parametrize("first_lines, expected, source", [
    # an ISO date alone after "Published" (was never tried: one word)
    ("Published 1998-08-07\n\nThe bank said on Tuesday.", date(1998, 8, 7), "'Published 1998-08-07' line"),
    ("Posted on 3 May 2021\nText.", date(2021, 5, 3), "'Posted on 3 May 2021' line"),
    ("By Jane Smith, 3 May 2021\nText.", date(2021, 5, 3), "byline 'By Jane Smith, 3 May 2021'"),
    ("By Jane Smith | May 3, 2021\nText.", date(2021, 5, 3), "byline 'By Jane Smith | May 3, 2021'"),
    ("Clinic to close\nBy Jane Smith, Health Correspondent, 3 May 2021\nText.", date(2021, 5, 3),
     "byline 'By Jane Smith, Health Correspondent, 3 May 2021'"),
    ("BY JANE SMITH - May 3, 2021 10:30 am\nText.", date(2021, 5, 3), "byline 'BY JANE SMITH - May 3, 2021 10:30 am'"),
    ("By Jane Smith\nMay 3, 2021\n\nText.", date(2021, 5, 3), "date line 'May 3, 2021' under the byline"),
    ("Saturday 10 September 2022\n\nText.", SEP10, "date line 'Saturday 10 September 2022'"),
    ("Sat 10 Sep 2022 09.30 BST\nText.", SEP10, "date line 'Sat 10 Sep 2022 09.30 BST'"),
    ("May 3, 2021 at 10:30 a.m. EDT\nText.", date(2021, 5, 3), "date line 'May 3, 2021 at 10:30 a.m. EDT'"),
])
def test_first_line_byline_and_stamp_dates(tmp_path, first_lines, expected, source):
    p = F.write_text(tmp_path / "a.txt", first_lines + "\n")
    assert ref(at_mtime(p)) == (expected, source)


@pytest.mark.parametrize("first_lines", [
    "4 July 1776\n\nThe Declaration was adopted.",          # a history's heading, not a stamp
    "3 May 2021\nText.",                                      # a bare date: no weekday, time or byline
    "Friday 10 September 2022\nText.",                        # the weekday disagrees (a Saturday): no guess
    "By the end of 2021, sales rose 5 percent.\nText.",       # "By" opening a sentence is no byline
    "By Jane Smith\nOn 3 May 2021 the council met to vote.\n",   # a sentence under the byline
    "Updated 3 May 2021\nText.",                              # updated is not published
])
def test_lines_that_are_not_the_publication_date(tmp_path, first_lines):
    p = F.write_text(tmp_path / "a.txt", first_lines + "\n")
    assert ref(at_mtime(p)) == (MTIME.date(), "file modification time (a guess)")
