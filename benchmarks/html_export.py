#!/usr/bin/env python3
"""The self-contained web page at 10,000 events: file size and first render in a real browser.

Builds N events (default 10,000) from real sentences: the TimeBank and AQUAINT documents in
../shared are tagged once, and their events are copied, each copy moved by a whole number of
weeks, put in one of 40 documents and given its own sentence (a copy number appended, so no
two events share a sentence: the page's de-duplication does not help, the worst case for size).
Then it writes the page (timing the writer), opens it in the system chromium (headless,
through playwright) and reads the page's own clock: ``performance.now()`` when the first
render is done, measured from the start of navigation (so it includes reading the HTML,
parsing the embedded JSON, laying out the lanes and building the DOM).

    .venv/bin/python benchmarks/html_export.py [--events 10000] [--repeat 3] [--keep out.html]

Prints figures only.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline_app.core.events import events_frame  # noqa: E402
from timeline_app.core.exports import ExportBundle, ExportDocument, bundle_from_frame  # noqa: E402
from timeline_app.core.exports.html import html_page  # noqa: E402
from timeline_app.core.loaders import load_document  # noqa: E402

TBAQ = REPO.parent / "shared" / "data" / "timeml" / "tbaq"


def real_events(limit_docs: int = 120):
    import xml.etree.ElementTree as ET

    docs = []
    tmp = Path(tempfile.mkdtemp(prefix="htmlbench-"))
    files = sorted((TBAQ / "TimeBank").glob("*.tml")) + sorted((TBAQ / "AQUAINT").glob("*.tml"))
    for p in files[:limit_docs]:
        root = ET.parse(p).getroot()
        text = "".join(root.find("TEXT").itertext())
        dct = next(t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME")
        f = tmp / (p.stem + ".txt")
        f.write_text(text, encoding="utf-8")
        docs.append(load_document(str(f), date.fromisoformat(dct[:10])))
    shutil.rmtree(tmp, ignore_errors=True)
    return bundle_from_frame(events_frame(docs), docs).events


def synthetic_bundle(n: int) -> ExportBundle:
    base = [e for e in real_events() if e.dated]
    documents = [ExportDocument(path=f"/news/article-{k:02d}.txt", name=f"article-{k:02d}.txt",
                                reference_date=date(2022, 1, 1) + timedelta(days=9 * k)) for k in range(40)]
    events = []
    for i in range(n):
        e = base[i % len(base)]
        copy = i // len(base)
        shift = timedelta(weeks=copy * 3)
        doc = documents[i % len(documents)]
        src = e.sources[0]
        src = replace(src, document=doc.path, sentence=f"{src.sentence} ({i})")
        events.append(replace(e, id=f"e{i}", start=e.start + shift, end=(e.end or e.start) + shift,
                              sources=[src]))
    return ExportBundle(documents=documents, events=events, title=f"{n:,} events")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", help="also write the page here")
    a = ap.parse_args()

    bundle = synthetic_bundle(a.events)
    t = time.perf_counter()
    page = html_page(bundle)
    write_s = time.perf_counter() - t
    data = page.encode("utf-8")
    out = Path(tempfile.mkdtemp(prefix="htmlbench-")) / "page.html"
    out.write_bytes(data)
    if a.keep:
        shutil.copyfile(out, a.keep)
    print(f"events: {a.events:,} ({len(bundle.documents)} documents, every sentence distinct)")
    print(f"html size: {len(data):,} bytes = {len(data) / 1e6:.2f} MB (target < 5 MB)")
    print(f"python writer: {write_s:.2f} s")

    exe = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        print("first render: not measured (no chromium; apt-get install -y chromium)")
        return 0
    from playwright.sync_api import sync_playwright

    renders, scripts, loads = [], [], []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        for _ in range(a.repeat):
            pg = b.new_page(viewport={"width": 1400, "height": 900})
            errors = []
            pg.on("pageerror", lambda e: errors.append(str(e)))
            pg.goto(out.as_uri())
            pg.wait_for_selector("body[data-ready='1']", timeout=60000)
            renders.append(pg.evaluate("window.timelineApp.firstRenderMs"))
            scripts.append(pg.evaluate("window.timelineApp.scriptMs"))
            loads.append(pg.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
            drawn = pg.get_attribute("#timeline", "data-drawn")
            badged = pg.get_attribute("#timeline", "data-in-badges")
            if errors:
                print("page errors:", errors)
            pg.close()
        b.close()
    print(f"first render (navigation start -> first timeline drawn), median of {a.repeat}: "
          f"{statistics.median(renders) / 1000:.3f} s (runs: {', '.join(f'{r / 1000:.3f}' for r in renders)}; "
          f"target < 1 s)")
    print(f"  of which the page's script (JSON parse, layout, DOM): {statistics.median(scripts) / 1000:.3f} s; "
          f"load event at {statistics.median(loads) / 1000:.3f} s")
    print(f"  at the fitted view: {drawn} events drawn on their own, {badged} in count badges")
    print(f"chromium: {exe}; 1400x900 viewport, headless; this machine is shared (2 cores), figures move with load")
    return 0


if __name__ == "__main__":
    sys.exit(main())
