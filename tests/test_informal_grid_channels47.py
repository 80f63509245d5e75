"""(channels47, forty-seventh session, docs/informal-time.md §286-§287) Broadcast-like informal texts written for this grid
(tests/data/informal_grid_channels47_texts.py): Telegram channel exports with day separators, footers of views and forwarded
posts with their own dates, YouTube and news-site comment sections ("3 weeks ago", "(edited)"), local news pages and
community radio posts, sports clubs' fixtures and results, and the past told informally ("back in '98", "the early 2000s",
"this time last year", "20 yrs ago today", "17 years since the tsunami"). Each with the values a careful annotator gives,
computed from the calendar; and grids of the same frames over many days of reading."""
from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest

from gridcheck import check, check_untagged, in_order
from gridcheck import iso_week as _wk, last_before as _last, next_from as _next
from timeline_app.temporal import tag

_spec = importlib.util.spec_from_file_location("c47texts", Path(__file__).parent / "data" / "informal_grid_channels47_texts.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
TEXTS = _mod.TEXTS

D, T, P, S = "DATE", "TIME", "DURATION", "SET"


_d = date.isoformat


def _years_back(day: date, n: int) -> date:
    try:
        return day.replace(year=day.year - n)
    except ValueError:   # 29 February
        return day.replace(year=day.year - n, day=28)


def _expected():
    """(key, [(expression, (type, value)), ...] in text order)."""
    e = {}
    ref = date(2026, 11, 30)   # Monday
    d27, d28, d29, d30 = (date(2026, 11, n) for n in (27, 28, 29, 30))
    e["tg1"] = [("27 November 2026", (D, _d(d27))), ("9pm tonight", (T, _d(d27) + "T21:00")), ("5am", (T, _d(d28) + "T05:00")),
                ("18:40", (T, _d(d27) + "T18:40")), ("28 November 2026", (D, _d(d28))),
                ("late this morning", (T, _d(d28) + "TMO")), ("11:30", (T, _d(d28) + "T11:30")), ("07:12", (T, _d(d28) + "T07:12")),
                ("Sunday", (D, _d(_next(d28, 6)))), ("tomorrow", (D, _d(d28 + timedelta(1)))), ("16:05", (T, _d(d28) + "T16:05")),
                ("29 November 2026", (D, _d(d29))), ("this Sunday", (D, _d(d29))), ("Monday", (D, _d(_next(d29, 0)))),
                ("5:45am", (T, _d(_next(d29, 0)) + "T05:45")), ("06:30", (T, _d(d29) + "T06:30")),
                ("30 November 2026", (D, _d(d30))), ("15 min", (P, "PT15M")), ("today", (D, _d(ref))),
                ("07:02", (T, _d(ref) + "T07:02")), ("07:20", (T, _d(ref) + "T07:20"))]
    ref = date(2026, 6, 30)   # Tuesday, the half year's end
    e["yt1"] = [("2 years ago", (D, str(ref.year - 2))), ("3 weeks ago", (D, _wk(ref - timedelta(21)))),
                ("1 month ago", (D, "2026-05")), ("'98", (D, "1998")), ("an hour", (P, "PT1H")),
                ("5 days ago", (D, _d(ref - timedelta(5)))), ("the 90s", (D, "199")), ("2 days ago", (D, _d(ref - timedelta(2)))),
                ("the 2000s", (D, "200")), ("1 year ago", (D, str(ref.year - 1))), ("11 hours ago", (P, "PT11H")),
                ("this time last year", (D, _d(_years_back(ref, 1))))]
    ref = date(2026, 12, 24)   # Thursday, Christmas Eve
    e["fb1"] = [("December 24 at 7:05 AM", (T, "2026-12-24T07:05")), ("52 years ago", (D, "1974")), ("tonight", (T, _d(ref) + "TNI")),
                ("Christmas Eve 1974", (D, "1974-12-24")), ("8 months", (P, "P8M")), ("that night", (T, "1974-12-24TNI")),
                ("two days later", (D, "1974-12-26")), ("2h", (P, "PT2H")), ("the following spring", (D, "1975-SP")),
                ("52 years", (P, "P52Y")), ("1h", (P, "PT1H")), ("45m", (P, "PT45M")),
                ("10am tomorrow", (T, _d(ref + timedelta(1)) + "T10:00")), ("Christmas Day", (D, "2026-12-25")),
                ("11", (T, "2026-12-25T11:00"))]
    ref = date(2026, 11, 12)   # Thursday
    p1, p2 = date(2026, 11, 9), date(2026, 11, 11)
    e["club1"] = [("November 9 at 8:14 PM", (T, _d(p1) + "T20:14")), ("Saturday", (D, _d(_last(p1, 5)))),
                  ("Sat 14th", (D, "2026-11-14")), ("2:30pm", (T, "2026-11-14T14:30")), ("Sun 15th", (D, "2026-11-15")),
                  ("11am", (T, "2026-11-15T11:00")), ("Tuesday", (S, "XXXX-WXX-2")),
                  ("November 11 at 6:02 PM", (T, _d(p2) + "T18:02")), ("2026", (D, "2026")), ("Fri 27 Nov", (D, "2026-11-27")),
                  ("7pm", (T, "2026-11-27T19:00")), ("the end of the month", (D, "2026-11"))]
    ref = date(2026, 2, 1)   # Sunday
    p1, p2 = date(2026, 1, 30), date(2026, 1, 31)
    e["radio1"] = [("January 30 at 4:12 PM", (T, _d(p1) + "T16:12")), ("20 yrs ago", (D, str(p1.year - 20))), ("today", (D, _d(p1))),
                   ("tomorrow", (D, _d(p1 + timedelta(1)))), ("9am", (T, _d(p1 + timedelta(1)) + "T09:00")), ("'06", (D, "2006")),
                   ("1d", (D, _d(ref - timedelta(1)))), ("the early 2000s", (D, "200")), ("1d", (D, _d(ref - timedelta(1)))),
                   ("January 31 at 9:30 AM", (T, _d(p2) + "T09:30")), ("This time last year", (D, _d(_years_back(p2, 1)))),
                   ("three days", (P, "P3D")), ("this year", (D, "2026")), ("tonight", (T, _d(p2) + "TNI"))]
    ref = date(2026, 1, 31)   # Saturday, the month's end
    fwd, d29, d30 = date(2026, 1, 27), date(2026, 1, 29), date(2026, 1, 30)
    e["tg2"] = [("29 January 2026", (D, _d(d29))), ("27.01.2026 18:02", (T, _d(fwd) + "T18:02")),
                ("tomorrow", (D, _d(fwd + timedelta(1)))), ("7pm", (T, _d(fwd + timedelta(1)) + "T19:00")),
                ("9pm", (T, _d(fwd + timedelta(1)) + "T21:00")), ("10:14", (T, _d(d29) + "T10:14")),
                ("2023", (D, "2023")), ("24", (D, "2024")), ("Sunday", (D, _d(_next(d29, 6)))), ("10:20", (T, _d(d29) + "T10:20")),
                ("30 January 2026", (D, _d(d30))), ("2025", (D, "2025")), ("26", (D, "2026")), ("15 February", (D, "2026-02-15")),
                ("18:44", (T, _d(d30) + "T18:44")), ("31 January 2026", (D, _d(ref))), ("today", (D, _d(ref))),
                ("6pm", (T, _d(ref) + "T18:00")), ("08:02", (T, _d(ref) + "T08:02"))]
    ref = date(2026, 9, 30)   # Wednesday, the month's end
    e["yt2"] = [("6 years ago", (D, "2020")), ("2026", (D, "2026")), ("2 weeks ago", (D, _wk(ref - timedelta(14)))),
                ("every Sunday morning", (S, "XXXX-WXX-7TMO")), ("3 days ago", (D, _d(ref - timedelta(3)))),
                ("the late 90s", (D, "199")), ("'97", (D, "1997")), ("1 year ago", (D, "2025")), ("8 months ago", (D, "2026-01")),
                ("10 years", (P, "P10Y")), ("4 hours ago", (P, "PT4H")), ("two weeks ago", (D, _wk(ref - timedelta(14))))]
    ref = date(2026, 7, 31)   # Friday, the month's end
    e["news1"] = [("September", (D, "2026-09")), ("3 weeks ago", (D, _wk(ref - timedelta(21)))),
                  ("3 weeks ago", (D, _wk(ref - timedelta(21)))), ("two years ago", (D, "2024")),
                  ("Constitution Day 2024", (D, "2024-08-04")), ("2 weeks ago", (D, _wk(ref - timedelta(14)))),
                  ("5 days ago", (D, _d(ref - timedelta(5)))), ("1 day ago", (D, _d(ref - timedelta(1)))),
                  ("next week", (D, _wk(ref - timedelta(1) + timedelta(7))))]
    ref = date(2026, 3, 3)   # Tuesday
    p = date(2026, 3, 2)
    e["club2"] = [("March 2 at 5:40 PM", (T, _d(p) + "T17:40")), ("Sat", (D, _d(_last(p, 5)))), ("Sun", (D, _d(_last(p, 6)))),
                  ("Sun 8th", (D, "2026-03-08")), ("10.30am", (T, "2026-03-08T10:30")), ("Sat 14th", (D, "2026-03-14")),
                  ("1pm", (T, "2026-03-14T13:00")), ("Wednesday", (D, _d(_next(p, 2)))), ("4pm", (T, _d(_next(p, 2)) + "T16:00")),
                  ("20h", (P, "PT20H")), ("2025", (D, "2025"))]
    ref = date(2025, 12, 31)   # Wednesday, the year's end
    y = ref - timedelta(1)
    e["fb2"] = [("Yesterday at 6:15 PM", (T, _d(y) + "T18:15")), ("Two years ago", (D, str(y.year - 2))), ("this week", (D, _wk(y))),
                ("10 January", (D, "2026-01-10")), ("2d", (D, _d(ref - timedelta(2)))), ("the early 2000s", (D, "200")),
                ("1d", (D, _d(ref - timedelta(1)))), ("Today at 8:02 AM", (T, _d(ref) + "T08:02")),
                ("7am", (T, "2026-01-01T07:00")), ("New Year's Day", (D, "2026-01-01")), ("tomorrow", (D, "2026-01-01"))]
    ref = date(2026, 9, 29)   # Tuesday
    p2 = date(2026, 9, 28)
    e["radio2"] = [("September 29 at 6:30 AM", (T, _d(ref) + "T06:30")), ("17 years", (P, "P17Y")),
                   ("29 September 2009", (D, "2009-09-29")), ("10am today", (T, _d(ref) + "T10:00")), ("2009", (D, "2009")),
                   ("5h", (P, "PT5H")), ("the 80s", (D, "198")), ("3h", (P, "PT3H")),
                   ("September 28 at 9:10 PM", (T, _d(p2) + "T21:10")), ("tonight 7pm", (T, _d(p2) + "T19:00"))]
    ref = date(2027, 1, 3)   # Sunday
    d1, fwd, d2 = date(2027, 1, 1), date(2026, 12, 31), date(2027, 1, 2)
    e["tg3"] = [("1 January 2027", (D, _d(d1))), ("last night", (T, _d(d1 - timedelta(1)) + "TNI")), ("09:05", (T, _d(d1) + "T09:05")),
                ("31.12.2026 11:02", (T, _d(fwd) + "T11:02")), ("2am tomorrow", (T, _d(fwd + timedelta(1)) + "T02:00")),
                ("11:20", (T, _d(d1) + "T11:20")), ("2 January 2027", (D, _d(d2))), ("next week", (D, _wk(d2 + timedelta(7)))),
                ("Tuesday", (D, _d(_next(d2, 1)))), ("Thursday 6pm", (T, _d(_next(d2, 3)) + "T18:00")),
                ("9pm", (T, _d(_next(d2, 3)) + "T21:00")), ("17:42", (T, _d(d2) + "T17:42")), ("3 January 2027", (D, _d(ref))),
                ("this morning", (T, _d(ref) + "TMO")), ("noon", (T, _d(ref) + "T12:00")), ("07:31", (T, _d(ref) + "T07:31"))]
    return e


EXPECTED = _expected()

# readings still wrong, kept apart (xfail, strict): the grid's texts, the value a careful annotator gives
STILL_WRONG = [
    ("radio1", "7", (T, "2026-01-31T19:00")),    # "Request show tonight 7 till 10": the evening's hours (bare hours: 07:00)
    ("radio1", "10", (T, "2026-01-31T22:00")),
    ("club1", "Thursday 6pm", (S, "XXXX-WXX-4T18:00")),   # "Training Tuesday and Thursday 6pm as usual": a habit's
]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_channel_copy(key):
    ref, text = TEXTS[key]
    wrong = in_order(text, ref, EXPECTED[key], f"{key} ")
    assert not wrong, "\n".join(wrong)


@pytest.mark.xfail(strict=True, reason="left (see docs/informal-time.md §286-§287)")
@pytest.mark.parametrize("key,expr,want", STILL_WRONG)
def test_still_wrong(key, expr, want):
    ref, text = TEXTS[key]
    assert not in_order(text, ref, [(expr, want)], f"{key} ")


def test_ages_and_counts_untagged():
    """Ages, counts of seasons and rounds, scores and views are no dates."""
    for key in ("yt1", "yt2", "fb2", "club1", "tg2", "club2"):
        ref, text = TEXTS[key]
        got = {t.expression for t in tag(text, ref)}
        for bad in ("70th", "40th", "3-year-old", "6 seasons", "Round 7", "2-1", "24 – 19", "12-31", "212/8", "4 for 22", "5.2K"):
            assert not any(bad in g for g in got), (key, bad, sorted(got))


# ---- grids: the same frames over many days of reading (every weekday, month ends, year ends, a leap day) ----
REFS = [date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 3), date(2026, 1, 4), date(2026, 2, 27),
        date(2026, 2, 28), date(2026, 3, 31), date(2026, 6, 30), date(2026, 7, 15), date(2026, 9, 30), date(2026, 11, 30),
        date(2026, 12, 31), date(2027, 1, 2), date(2024, 2, 29), date(2024, 3, 1), date(2027, 5, 5), date(2028, 12, 31)]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"]
_NAMES = [("Teuira M.", "Mata Pera"), ("Ngaire Walsh", "tane_77"), ("Sione", "Leilani K."), ("Moana_Rere", "A. Kanu")]
_AGES = [("3 weeks ago", 21, "W"), ("2 weeks ago", 14, "W"), ("5 days ago", 5, "D"), ("1 day ago", 1, "D"),
         ("4 days ago", 4, "D"), ("1 week ago", 7, "W")]


def _age_value(ref: date, days: int, unit: str) -> str:
    return _wk(ref - timedelta(days)) if unit == "W" else _d(ref - timedelta(days))


def test_comment_section_ages_grid():
    """(§286) a news site's comments under a story stamped with its own age: each comment's "Name  N days ago" counts from
    the day the page was read, not from the story's or the comment's above it; "next week" in a comment from its day."""
    cases = []
    for ref in REFS:
        for i, (a, b) in enumerate(_NAMES):
            for j, (first, n1, u1) in enumerate(_AGES):
                second, n2, u2 = _AGES[(j + 2 + i) % len(_AGES)]
                if n2 > n1 or second == first:
                    continue
                text = (f"Local News\nRoadworks on the ring road to finish soon\nPublished {first}\n\nCOMMENTS (2)\n\n"
                        f"{a}  {first}\nThey said the same thing last time.\n\n{b}  {second} (edited)\n"
                        f"Watch out for the trucks.\n")
                cases.append((text, ref, second, (D, _age_value(ref, n2, u2))))
                if u2 == "D":
                    text2 = text.replace("Watch out for the trucks.", "More trucks next week, watch out.")
                    cases.append((text2, ref, "next week", (D, _wk(ref - timedelta(n2) + timedelta(7)))))
    assert len(cases) > 100
    check(cases)


def test_channel_footer_and_forwarded_grid():
    """(§286) a Telegram channel's day separator, a forwarded post with its own date and the channel's footer of views: the
    forwarded post's "tomorrow" from its date, the footer's clock of the separator's day, the channel's next post from it."""
    cases = []
    for ref in REFS:
        for back in (0, 1, 2):
            day = ref - timedelta(back)
            for gap in (1, 2, 4):
                fwd = day - timedelta(gap)
                for form in ("Forwarded from Fiji Roads Authority, {dot} 18:02\n", "[Forwarded from Nepal Police]\n{dot} 18:02\n",
                             "Forwarded from Arsenal Nigeria Official\n{dot} 18:02\n"):
                    dot = f"{fwd.day:02d}.{fwd.month:02d}.{fwd.year}"
                    head = form.format(dot=dot)
                    text = (f"Valley Updates\n{day.day} {_MONTHS[day.month - 1]} {day.year}\n{head}"
                            f"Checks continue until 2am tomorrow across the valley.\n2.4K views 11:20\n\n"
                            f"Load shedding again tomorrow evening in Lalitpur, sorry all.\n1.1K views 17:42\n")
                    cases.append((text, ref, "2am tomorrow", (T, _d(fwd + timedelta(1)) + "T02:00")))
                    cases.append((text, ref, "11:20", (T, _d(day) + "T11:20")))
                    cases.append((text, ref, "tomorrow evening", (T, _d(day + timedelta(1)) + "TEV")))
                    cases.append((text, ref, "17:42", (T, _d(day) + "T17:42")))
    check(cases)


def test_page_stamp_after_a_story_grid():
    """(§286, §287) a page's post stamped "September 28 at 9:10 PM" under comments that told of a year long gone: the stamp
    of the page's days (its year the reading's), its "tonight 7pm" of that day; and the page's own name over a new post
    ends the story told: its holiday the coming one."""
    cases = []
    for ref in REFS:
        for back in (1, 2, 3):
            p2 = ref - timedelta(back)
            for year in (1974, 1998, 2009):
                ago = ref.year - year
                text = (f"Radio Polynesia Apia\n{_MONTHS[ref.month - 1]} {ref.day} at 6:30 AM\n{ago} years since the "
                        f"tsunami. We remember the lives lost in {year}.\n\nTavita Lemalu\nBack in {year} nobody had a phone "
                        f"to warn us.\n5h\n\nRadio Polynesia Apia\n{_MONTHS[p2.month - 1]} {p2.day} at 9:10 PM\n"
                        f"The candle-lighting is tonight 7pm. See you there.\n")
                stamp = f"{_MONTHS[p2.month - 1]} {p2.day} at 9:10 PM"
                cases.append((text, ref, stamp, (T, _d(p2) + "T21:10")))
                cases.append((text, ref, "tonight 7pm", (T, _d(p2) + "T19:00")))
    check(cases)


def test_page_post_after_the_past_grid():
    """(§287) the page's name again over its own post ("Top End Local News") after comments that told of 1974 and the spring
    after it: the post's holiday is the coming one (Christmas Day, Anzac Day, Canada Day, Waitangi Day), not 1975's; the
    page's post stamped one to three days before it, in five years."""
    cases = []
    _, base = TEXTS["fb1"]
    for name, mo, dd in [("Christmas Day", 12, 25), ("Anzac Day", 4, 25), ("Canada Day", 7, 1), ("Waitangi Day", 2, 6)]:
        for y in (2024, 2025, 2026, 2027, 2028):
            for back in (1, 2, 3):
                ref = date(y, mo, dd) - timedelta(back)
                text = base.replace("Christmas Day service follows", f"{name} service follows") \
                    .replace("December 24 at 7:05 AM", f"{_MONTHS[ref.month - 1]} {ref.day} at 7:05 AM") \
                    .replace("52 years", f"{y - 1974} years")
                cases.append((text, ref, name, (D, _d(date(y, mo, dd)))))
                cases.append((text, ref, "11", (T, _d(date(y, mo, dd)) + "T11:00")))
    check(cases)


def test_lateness_is_no_part_of_the_day():
    """(§286) "running 15 min late today", "the ferry is late today": the day alone ("late this morning" keeps its part)."""
    cases = []
    for ref in REFS:
        for frame in ("Raiwaqa route running 15 min late today because of the flooding.",
                      "Ferry is late today, sorry all.", "Buses were early today for once!",
                      "Route 4 running 2 hrs late today."):
            cases.append((frame, ref, "today", (D, _d(ref))))
        cases.append(("Ferry to Taveuni leaving late this morning, bring water.", ref, "late this morning", (T, _d(ref) + "TMO")))
    check(cases)


def test_footer_look_alikes_untagged():
    """A count of views with no clock, a score, a round, a season's count: nothing."""
    check_untagged([("Great post, 2.1K views already!", ["2.1K"]), ("FT: Waihopai 24 – 19 Pirates. Round 7 done.", ["24", "19", "Round 7"]),
                    ("First win over Pirates in 6 seasons!", ["6 seasons"]), ("My son was a 3-year-old then", ["3-year-old"])],
                   REFS[:6])
