"""Forum and Q&A threads (fourteenth session, forums): a post's own words count from its stamp, as a GRID.

A thread page is read on one day (the reference date), but each post under it carries the day it was
written: "Posted 12 Sep 2025, 21:40", "Posted by Vellira » Wed Jul 16, 2025 7:12 pm", "asked Jan 29,
2026 at 14:03", "Reply from Hardy_Perennial, Tuesday 19 May 2026", "crumbshot · January 3, 2026 -
4:10pm", "Posted yesterday at 10:12". "tonight", "yesterday", "this morning", "last night", "tomorrow
morning" in the post under such a line are that post's, not the page's (docs/informal-time.md, the
fourteenth session's forums section). A stamp is a post's header line: the date ends the line (a clock
time may follow it) and a word of posting or an author's mark ("»", "·", "|") stands before it on the
line.

Each case is one tag() of a short thread: a post made one, two or three days before the page was read,
in a report ("tried it last night") or a plan ("will ring them tomorrow"), on every day of a week and at
month and year ends; the expected value is computed HERE from the calendar (never from the tagger).
"""
from __future__ import annotations

from datetime import date, timedelta

from test_informal_grid import EDGES, WEEK

from timeline_app.temporal import tag

REFS = WEEK + EDGES + [date(2024, 3, 1)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _headers(d: date, ref: date) -> list[str]:
    """Header lines of a post written on ``d`` (forum, Q&A, phpBB, vBulletin, Reddit-like layouts)."""
    out = [f"sam_r | Posted {d.day} {MON[d.month - 1]} {d.year}, 21:40",
           f"Posted by Vellira » {DY[d.weekday()]} {MON[d.month - 1]} {d.day}, {d.year} 9:40 pm",
           f"asked {MON[d.month - 1]} {d.day}, {d.year} at 14:03",
           f"Reply from Hardy_Perennial, {DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
           f"crumbshot · {MONTHS[d.month - 1]} {d.day}, {d.year} - 4:10pm",
           f"Posted {d.day} {MON[d.month - 1]} {d.year} - 20:14 by wrenhunter"]
    if (ref - d).days == 1:
        out += ["mod_kerry (Community Moderator) | Posted yesterday at 10:12",
                "Posted Yesterday, 18:55 by wrenhunter"]
    return out


def _cases(d: date) -> list[tuple[str, str, str]]:
    """(post body, expression, value computed from the calendar) for a post written on ``d``."""
    day = lambda x: x.isoformat()
    return [("Could you run the line test tonight while it's down and post the result here?", "tonight", f"{day(d)}TNI"),
            ("Rang them yesterday, nobody picked up.", "yesterday", day(d - timedelta(days=1))),
            ("The engineer is booked for tomorrow, will update.", "tomorrow", day(d + timedelta(days=1))),
            ("@ferrite_fox tried it last night, no luck.", "last night", f"{day(d - timedelta(days=1))}TNI"),
            ("Checked it this morning and the pressure is still low.", "this morning", f"{day(d)}TMO"),
            ("Fixed, will see tomorrow morning. Cheers.", "tomorrow morning", f"{day(d + timedelta(days=1))}TMO")]


def _value(text: str, ref: date, words: str):
    hits = [t for t in tag(text, ref) if t.expression.lower() == words]
    return hits[-1].timex_value if hits else None


def test_a_posts_words_count_from_its_stamp():
    wrong, n = [], 0
    for ref in REFS:
        for back in (1, 2, 3):
            d = ref - timedelta(days=back)
            for head in _headers(d, ref):
                for body, words, want in _cases(d):
                    text = f"Boiler pressure keeps dropping\n\n{head}\n{body}\n"
                    got = _value(text, ref, words)
                    n += 1
                    if got != want:
                        wrong.append((ref.isoformat(), head, body, want, got))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:6]}"


def test_a_page_without_stamps_still_counts_from_the_day_of_reading():
    """The same words with no stamp above them (or a date in a sentence) stay the page's."""
    wrong, n = [], 0
    for ref in REFS:
        d = ref - timedelta(days=2)
        for body, words, _ in _cases(d):
            for lead in ("Boiler pressure keeps dropping\n\n",
                         f"The boiler was serviced on {d.day} {MON[d.month - 1]} {d.year}, by a man from the council.\n"):
                text = f"{lead}{body}\n"
                want = dict((w, v) for _, w, v in _cases(ref))[words]
                n += 1
                got = _value(text, ref, words)
                if got != want:
                    wrong.append((ref.isoformat(), lead, body, want, got))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:6]}"


def test_a_later_posts_relative_stamp_counts_from_the_page():
    """A thread: a post stamped with its date, then a later post stamped "yesterday", "Today" or "N days ago"
    (a page's relative stamps count from the day it is read), then that post's own words."""
    wrong, n = [], 0
    for ref in REFS:
        first = ref - timedelta(days=5)
        stamp1 = f"sam_r | Posted {first.day} {MON[first.month - 1]} {first.year}, 21:40"
        for head, d in ((f"mod_kerry | Posted yesterday at 10:12", ref - timedelta(days=1)),
                        ("Posted Yesterday, 18:55 by wrenhunter", ref - timedelta(days=1)),
                        ("Posted by grimtusk » Today, 12:30 pm", ref),
                        ("bluefin_jo · 2 days ago", ref - timedelta(days=2)),
                        ("kestrel · 3 days ago", ref - timedelta(days=3)),
                        ("marek.p | 2d", ref - timedelta(days=2)),
                        ("marek.p | 5h", ref),
                        ("sam_r | Posted 2 hours ago", ref),
                        ("bluefin_jo · just now", ref)):
            for body, words, want in _cases(d):
                text = f"Boiler pressure keeps dropping\n\n{stamp1}\nSame again, no hot water.\n\n{head}\n{body}\n"
                n += 1
                got = _value(text, ref, words)
                if got != want:
                    wrong.append((ref.isoformat(), head, body, want, got))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:6]}"
