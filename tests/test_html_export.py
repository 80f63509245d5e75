"""The self-contained web page (issue 8), in a real browser: Debian's chromium driven headless
through playwright (pointed at the system browser; playwright never downloads one).

Skipped, with the reason, where chromium or playwright is missing: install them with
``apt-get install -y chromium`` and ``pip install -e '.[test]'`` (README, "Sharing").
Set TIMELINE_UPDATE_DOCS=1 to refresh docs/html-export.png from the test browser.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.events import events_frame
from timeline_app.core.exports import bundle_from_frame
from timeline_app.core.exports.html import html_page, page_data, script_json
from timeline_app.core.loaders import load_document

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "resources" / "kharkiv-offensive.md"
HOSTILE = ('Officials said <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=2"> '
           "on Saturday, Sept. 10, 2022, that </script><!-- nothing -->happened.\n"
           "A second note came on Sept. 8, 2022 & it said \u2028 \"quote\".\n")


def event_id(path, row) -> str:
    """The id the exported page gives the event whose first mention is ``row`` (a Workspace event id)."""
    from timeline_app.core.workspace import doc_id_for, mention_id_for

    return mention_id_for(doc_id_for(str(path)), int(row.start_char), int(row.end_char), row.expression)


def chromium_path() -> str | None:
    for name in (os.environ.get("TIMELINE_CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def export_html(paths: list[str], out: Path, capsys, *extra: str) -> None:
    try:
        rc = main(["export", *paths, "-o", str(out), *extra])
    except SystemExit as e:
        rc = e.code
    _, err = capsys.readouterr()
    assert rc == 0, err


# ---- without a browser ----------------------------------------------------------------------

def test_page_is_self_contained_and_its_data_cannot_close_the_script(tmp_path):
    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    doc = load_document(str(src), None)
    page = html_page(bundle_from_frame(events_frame([doc]), [doc]))
    # no address to fetch anything from, and a policy that forbids it anyway
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "default-src 'none'" in page
    # the only script elements are ours: two opening tags and two closing ones
    assert page.count("<script") == 2 and page.count("</script>") == 2
    data = page.split('<script type="application/json" id="timeline-data">')[1].split("</script>")[0]
    assert "<" not in data
    back = json.loads(data)
    assert any("<script>window.__pwned = 1</script>" in s for s in back["sentences"])


def test_page_data_shares_sentences_and_keeps_offsets():
    doc = load_document(str(SEED))
    df = events_frame([doc])
    data = page_data(bundle_from_frame(df, [doc]))
    ev = data["events"]
    assert len(ev["id"]) == len(df)
    assert len(data["sentences"]) < len(df)     # several expressions in one sentence share it
    for i, r in enumerate(df.itertuples()):
        s = data["sentences"][ev["x"][i]]
        assert s[ev["a"][i]:ev["b"][i]] == r.expression
        assert (ev["s"][i] is None) == (str(r.start) == "NaT")
    assert json.loads(script_json(data)) == data


# ---- in the browser -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    exe = chromium_path()
    if exe is None:
        pytest.skip("no chromium installed (apt-get install -y chromium) - the web page is not tested in a browser")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


class Page:
    """A page with every console message, page error and request recorded."""

    def __init__(self, browser, path: Path, width: int = 1280, height: int = 800):
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.console, self.errors, self.requests = [], [], []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready='1']", timeout=15000)

    def problems(self):
        return self.errors + [t for kind, t in self.console if kind in ("error", "warning")]

    def close(self):
        self.page.close()


def test_seed_page_in_chromium(browser, tmp_path, capsys):
    doc = load_document(str(SEED))
    df = events_frame([doc])
    dated = int(df["start"].notna().sum())
    undated = len(df) - dated
    dated += 1   # the event "a week after Shmygal's trip to Berlin" dates (an event, not a time expression)
    dated -= 1   # "now" is a mention of "its seventh month"'s event (core.events.join_present_rows)
    out = tmp_path / "seed.html"
    export_html([str(SEED)], out, capsys)
    pg = Page(browser, out)
    try:
        page = pg.page
        assert pg.problems() == []
        assert pg.requests == [out.as_uri()]                    # nothing fetched but the file itself
        assert page.title() == "Ukraine counter-offensive in Kharkiv region"
        assert page.text_content("#count") == f"{dated} dated events · {undated} undated (in the list)"
        # every dated event is on the timeline: drawn on its own, or counted in a badge
        drawn = page.locator("#layer .ev").count()
        badges = sum(int(b) for b in page.eval_on_selector_all("#layer .badge", "bs => bs.map(b => b.dataset.count)"))
        assert drawn + badges == dated and drawn > 0
        # a click shows the sentence, with the expression marked
        row = df[df["expression"] == "late Friday"].iloc[0]
        page.click(f'#layer .ev[data-id="{event_id(SEED, row)}"]')
        assert page.text_content("#detail blockquote") == row.sentence
        assert page.text_content("#detail mark") == "late Friday"
        assert page.text_content("#detail .when").startswith("late Friday (9 September 2022)")
        assert "kharkiv-offensive.md · published 2022-09-10" in page.text_content("#detail .src")
        assert page.locator("#layer .ev.sel").count() == 1
        shot = tmp_path / "html-export.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        if os.environ.get("TIMELINE_UPDATE_DOCS") == "1":
            shutil.copyfile(shot, REPO / "docs" / "html-export.png")
        # zoom and pan change what is shown
        before = page.evaluate("[window.timelineApp.state.t0, window.timelineApp.state.scale]")
        page.click("#zoom-in")
        page.wait_for_timeout(50)
        after = page.evaluate("[window.timelineApp.state.t0, window.timelineApp.state.scale]")
        assert after[1] > before[1] * 1.5
        box = page.locator("#timeline").bounding_box()
        page.mouse.move(box["x"] + 300, box["y"] + 400)
        page.mouse.down()
        page.mouse.move(box["x"] + 500, box["y"] + 400, steps=5)
        page.mouse.up()
        assert page.evaluate("window.timelineApp.state.t0") < after[0]
        # the list view: every event, the undated ones under their own heading
        page.click("#show-list")
        assert page.locator("#dated-list li").count() == dated
        assert page.locator("#undated-list li").count() == undated
        page.click("#undated-list li >> nth=0")
        assert page.text_content("#detail mark") == df[df["start"].isna()].iloc[0]["expression"]
        assert pg.problems() == []
    finally:
        pg.close()


def test_filters_by_document_and_search(browser, tmp_path, capsys):
    a, b = tmp_path / "alpha.txt", tmp_path / "beta.txt"
    a.write_text("Troops entered the town on Sept. 8, 2022. They left on Sept. 9, 2022.\n", encoding="utf-8")
    b.write_text("The mayor spoke on Sept. 12, 2022.\n", encoding="utf-8")
    out = tmp_path / "two.html"
    export_html([str(a), str(b)], out, capsys, "--title", "Two towns")
    pg = Page(browser, out)
    try:
        page = pg.page
        assert page.text_content("#count") == "3 dated events"
        assert page.locator("#legend span").count() == 2
        page.select_option("#doc-filter", label="beta.txt")
        assert page.text_content("#count") == "1 of 3 dated events"
        # the filter's count is set at once; the layer is redrawn on the next animation frame
        # (a locator's count is polled by selectors: a string predicate would be evaluated in the page and
        # be refused by the page's own CSP, which allows no eval, whenever the first check came too early)
        from playwright.sync_api import expect   # (the browser fixture skipped this test if playwright is missing)
        expect(page.locator("#layer .ev")).to_have_count(1, timeout=15000)
        page.select_option("#doc-filter", label="All documents")
        page.fill("#search", "mayor")
        page.wait_for_selector("#count[data-shown='1']")
        page.click("#show-list")
        assert page.locator("#dated-list li").count() == 1
        assert pg.problems() == []
    finally:
        pg.close()


def test_markup_in_the_text_shows_as_text(browser, tmp_path, capsys):
    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "hostile.html"
    export_html([str(src), "--reference-date", "2022-09-10"], out, capsys, "--title", "<b>bold</b> & </title>")
    pg = Page(browser, out)
    try:
        page = pg.page
        assert pg.problems() == []
        assert page.evaluate("window.__pwned") is None
        assert page.title() == "<b>bold</b> & </title>"
        assert page.text_content("#title") == "<b>bold</b> & </title>"
        doc = load_document(str(src), date(2022, 9, 10))
        df = events_frame([doc])
        row = df[df["sentence"].str.contains("<script>")].iloc[0]
        page.click(f'#layer .ev[data-id="{event_id(src, row)}"]')
        assert page.text_content("#detail blockquote") == row.sentence
        assert "<script>window.__pwned = 1</script>" in row.sentence and '<img src=x onerror=' in row.sentence
        assert page.text_content("#detail mark") == row.expression
        page.click("#show-list")
        hits = page.eval_on_selector_all("#list li .h", "els => els.map(e => e.textContent)")
        # the headline is the reported clause ("... that </script><!-- nothing -->happened"): its markup shows as text
        assert any("<!-- nothing" in h for h in hits)
        assert page.locator("#list script, #detail script, #list img, #detail img").count() == 0
        assert page.evaluate("window.__pwned") is None
    finally:
        pg.close()


def test_readable_at_phone_width(browser, tmp_path, capsys):
    out = tmp_path / "seed.html"
    export_html([str(SEED)], out, capsys)
    pg = Page(browser, out, width=390, height=844)
    try:
        page = pg.page
        assert pg.problems() == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 390   # nothing runs off sideways
        assert page.locator("#layer .ev").count() > 0
        tl, detail = page.locator("#timeline").bounding_box(), page.locator("#detail").bounding_box()
        assert detail["y"] >= tl["y"] + tl["height"] - 1                     # details under the timeline
        page.click("#layer .ev >> nth=3")
        assert page.locator("#detail mark").count() == 1
        # clicking an event whose label runs past the edge does not shift the drawing sideways
        assert page.evaluate("[document.getElementById('timeline').scrollLeft, "
                             "document.getElementById('axis').getBoundingClientRect().left]") == [0, 0]
    finally:
        pg.close()


def test_a_span_a_date_bounds_is_drawn_open(browser, tmp_path, capsys):
    """"the second conviction since 2019" (a span from 2019 to the time of writing, open at its end)
    and "the sentence would run until 2031" (open at its start): labelled with the words that bound
    them, faded and dashed on the open side, a chevron pointing out of it -- as in the window."""
    src = REPO / "tests" / "data" / "articles" / "court-riverton.txt"
    out = tmp_path / "court.html"
    export_html([str(src), "--reference-date", "2023-10-12"], out, capsys)
    pg = Page(browser, out)
    try:
        page = pg.page
        assert pg.problems() == []
        page.click("#zoom-fit")
        page.wait_for_timeout(50)
        drawn = page.eval_on_selector_all(
            "#layer .ev", "bs => bs.map(b => [b.querySelector('.lbl').textContent, (b.querySelector('.bar, .dot')).className,"
                          " getComputedStyle(b.querySelector('.bar, .dot'), '::after').content,"
                          " getComputedStyle(b.querySelector('.bar, .dot'), '::before').content])")
        since = [d for d in drawn if d[0].startswith("since 2019 · ")]
        until = [d for d in drawn if d[0].startswith("until 2031 · ")]
        assert len(since) == 1 and len(until) == 1, drawn
        assert since[0][1].endswith("open-end") and since[0][2] == '"›"'
        assert until[0][1].endswith("open-start") and until[0][3] == '"‹"'
        plain = [d for d in drawn if " · " not in d[0]]
        assert plain and all("open" not in d[1] and d[2] == "none" for d in plain)
        page.click("#layer .ev:has(.open-end)")
        assert page.text_content("#detail .when") == "since 2019: from 2019 to the time of writing (12 October 2023)"
        page.screenshot(path=str(tmp_path / "court.png"))
        assert pg.problems() == []
    finally:
        pg.close()
