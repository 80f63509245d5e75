"""(social46, forty-sixth session, docs/informal-time.md §270-§271) Public posts copied from the platforms (Threads,
Mastodon, X, Facebook pages and groups, Instagram, Reddit, YouTube, Bluesky) written for this grid, each with the values a
careful annotator gives (computed from the calendar), and grids of the stamps and day words over many days of reading."""
from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest

from gridcheck import in_order
from gridcheck import iso_week as _wk, last_before as _last, next_from as _next
from timeline_app.temporal import tag

_spec = importlib.util.spec_from_file_location("s46texts", Path(__file__).parent / "data" / "informal_grid_social46_texts.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
TEXTS = _mod.TEXTS

D, T, P = "DATE", "TIME", "DURATION"


_d = date.isoformat


def _expected():
    """(key, [(expression, (type, value)), ...] in text order), each day from the post's own stamp."""
    e = {}
    ref = date(2026, 3, 31)   # Tuesday; the posts all of today
    e["th1"] = [("2h", (P, "PT2H")), ("3 today", (T, _d(ref) + "T15:00")), ("Good Friday", (D, "2026-04-03")),
                ("Saturday", (D, _d(_next(ref, 5)))), ("7am", (T, _d(_next(ref, 5)) + "T07:00")), ("1h", (P, "PT1H")),
                ("tmrw", (D, _d(ref + timedelta(1)))), ("45m", (P, "PT45M")), ("tmrw", (D, _d(ref + timedelta(1)))),
                ("Thursday", (D, _d(_next(ref, 3)))), ("35m", (P, "PT35M")), ("last Tuesday", (D, _d(_last(ref, 1)))),
                ("20m", (P, "PT20M")), ("10:30 on Tuesday", (T, _d(_next(ref, 1)) + "T10:30")),
                ("3w", (D, _wk(ref - timedelta(21))))]
    ref = date(2026, 1, 2)
    p1, p2, p3 = date(2025, 12, 22), date(2025, 12, 23), ref - timedelta(4)
    e["th2"] = [("12/22/25", (D, _d(p1))), ("this Tuesday", (D, _d(_next(p1, 1)))), ("Jan 5", (D, "2026-01-05")),
                ("last week", (D, _wk(p1 - timedelta(7)))), ("12/22/25", (D, _d(p1))), ("Christmas Eve", (D, "2025-12-24")),
                ("12/23/25", (D, _d(p2))), ("4d", (D, _d(p3))), ("early tonight", (T, _d(p3) + "TNI")),
                ("6pm", (T, _d(p3) + "T18:00")), ("2h", (P, "PT2H")), ("2026", (D, "2026")), ("Monday", (D, _d(_next(ref, 0)))),
                ("10am", (T, _d(_next(ref, 0)) + "T10:00")), ("the 5th", (D, "2026-01-05")), ("43m", (P, "PT43M")),
                ("monday", (D, _d(_next(ref, 0))))]
    ref, p = date(2026, 8, 5), date(2026, 7, 30)
    sat = _next(p, 5)
    e["ma1"] = [("tonight", (T, _d(p) + "TNI")), ("Saturday", (D, _d(sat))), ("Jul 30, 2026, 09:12", (T, _d(p) + "T09:12")),
                ("the long weekend", (D, _wk(sat) + "-WE")), ("Jul 30, 2026, 11:40", (T, _d(p) + "T11:40")),
                ("Saturday", (D, _d(sat))), ("Picnic Day", (D, "2026-08-03")), ("Jul 30, 2026, 12:03", (T, _d(p) + "T12:03")),
                ("Tuesday the 11th", (D, "2026-08-11")), ("2d", (D, _d(ref - timedelta(2)))),
                ("this arvo", (T, _d(ref) + "TAF")), ("32m", (P, "PT32M"))]
    ref, p1, p2, p4 = date(2026, 9, 27), date(2026, 9, 21), date(2026, 9, 22), date(2026, 9, 25)
    e["ma2"] = [("8am Thursday", (T, _d(_next(p1, 3)) + "T08:00")), ("Sep 21, 2026, 18:30", (T, _d(p1) + "T18:30")),
                ("last Thursday", (D, _d(_last(p2, 3)))), ("Sep 22, 2026, 07:05", (T, _d(p2) + "T07:05")),
                ("end of the month", (D, "2026-09")), ("Wednesday the 30th", (D, "2026-09-30")),
                ("Sep 22, 2026, 08:10", (T, _d(p2) + "T08:10")), ("yesterday", (D, _d(p4 - timedelta(1)))),
                ("2d", (D, _d(ref - timedelta(2))))]
    ref = date(2026, 8, 6)
    e["x1"] = [("5h", (P, "PT5H")), ("today", (D, _d(ref))), ("Independence Day", (D, "2026-08-06")),
               ("tomorrow", (D, _d(ref + timedelta(1)))), ("4h", (P, "PT4H")), ("7:30", (T, _d(ref) + "T19:30")),
               ("this evening", (T, _d(ref) + "TEV")), ("3h", (P, "PT3H")), ("9:15 pm tonight", (T, _d(ref) + "T21:15")),
               ("Jul 31", (D, "2026-07-31")), ("this Saturday", (D, _d(_next(date(2026, 7, 31), 5)))),
               ("Jul 28", (D, "2026-07-28")), ("Thursday Aug 6", (D, "2026-08-06")), ("4pm", (T, "2026-08-06T16:00"))]
    ref = date(2026, 10, 31)
    e["x2"] = [("2h", (P, "PT2H")), ("tonight", (T, _d(ref) + "TNI")), ("11pm", (T, _d(ref) + "T23:00")), ("1h", (P, "PT1H")),
               ("last Saturday", (D, _d(_last(ref, 5)))), ("noon", (T, _d(_last(ref, 5)) + "T12:00")), ("58m", (P, "PT58M")),
               ("Monday", (D, _d(_next(ref, 0)))), ("Oct 29", (D, "2026-10-29")),
               ("this Sunday", (D, _d(_next(date(2026, 10, 29), 6)))), ("11am", (T, "2026-11-01T11:00")),
               ("Oct 30", (D, "2026-10-30")), ("Diwali", (D, "2026-11-08")), ("the 7th", (D, "2026-11-07"))]
    ref, p = date(2026, 10, 7), date(2026, 10, 2)   # a Friday's notice: "on Friday" is the next
    c = ref - timedelta(4)
    e["fp1"] = [("October 2 at 4:15 PM", (T, _d(p) + "T16:15")), ("1pm on Friday", (T, _d(_next(p, 4)) + "T13:00")),
                ("Saturday", (D, "2026-10-10")), ("Fiji Day", (D, "2026-10-10")), ("Monday", (D, "2026-10-12")),
                ("4d", (D, _d(c))), ("4d", (D, _d(c))), ("Yesterday at 21:04", (T, _d(ref - timedelta(1)) + "T21:04")),
                ("early last Saturday", (D, _d(_last(ref - timedelta(1), 5)))), ("5h ago", (P, "PT5H")),
                ("Sunday", (D, _d(_next(ref, 6))))]
    ref, p = date(2026, 2, 10), date(2026, 1, 30)
    sun = _last(ref - timedelta(1), 6)
    e["fp2"] = [("Jan 30 at 7:12 PM", (T, _d(p) + "T19:12")), ("this week", (D, _wk(p))), ("SAT, FEB 14", (D, "2026-02-14")),
                ("Sat 14 Feb", (D, "2026-02-14")), ("8pm", (T, "2026-02-14T20:00")), ("2am", (T, "2026-02-15T02:00")),
                ("Yesterday at 10:48 PM", (T, _d(ref - timedelta(1)) + "T22:48")), ("last year", (D, "2025")),
                ("1d", (D, _d(ref - timedelta(1)))), ("Sunday at 7:12 PM", (T, _d(sun) + "T19:12")),
                ("Friday", (D, _d(_next(sun, 4)))), ("Carnival Monday", (D, "2026-02-16"))]
    ref = date(2026, 12, 31)
    e["fg1"] = [("Dec 24 at 3:02 PM", (T, "2026-12-24T15:02")), ("this arvo", (T, "2026-12-24TAF")), ("Dec 24", (D, "2026-12-24")),
                ("Dec 25", (D, "2026-12-25")), ("Christmas Day", (D, "2026-12-25")), ("Boxing Day", (D, "2026-12-26")),
                ("New Year's Day", (D, "2027-01-01")), ("Saturday", (D, _d(_next(date(2026, 12, 22), 5)))),
                ("Dec 22", (D, "2026-12-22")), ("3h", (P, "PT3H")), ("tonight", (T, _d(ref) + "TNI")),
                ("9:30", (T, _d(ref) + "T21:30")), ("yesterday", (D, _d(ref - timedelta(1)))), ("2am", (T, "2027-01-01T02:00")),
                ("1h", (P, "PT1H"))]
    ref, p = date(2026, 5, 31), date(2026, 5, 27)
    fri = _last(ref, 4)
    e["fg2"] = [("May 27 at 6:45 AM", (T, _d(p) + "T06:45")), ("9 this morning", (T, _d(p) + "T09:00")),
                ("6pm", (T, _d(p) + "T18:00")), ("Thursday just gone", (D, _d(_last(ref - timedelta(4), 3)))),
                ("4d", (D, _d(ref - timedelta(4)))), ("Whit Monday", (D, "2026-05-25")), ("4d", (D, _d(ref - timedelta(4)))),
                ("Friday at 8:15 AM", (T, _d(fri) + "T08:15")), ("Sat the 6th", (D, "2026-06-06")),
                ("10am", (T, "2026-06-06T10:00")), ("2", (T, "2026-06-06T14:00")), ("2 hrs", (P, "PT2H")),
                ("tmrw", (D, _d(ref + timedelta(1))))]
    ref, p = date(2026, 8, 1), date(2026, 7, 30)
    c = ref - timedelta(1)
    e["ig1"] = [("Monday", (D, _d(_next(p, 0)))), ("6am", (T, _d(_next(p, 0)) + "T06:00")), ("noon", (T, _d(_next(p, 0)) + "T12:00")),
                ("Tuesday", (D, _d(_next(p, 1)))), ("Constitution Day", (D, "2026-08-04")), ("Wednesday", (D, _d(_next(p, 2)))),
                ("1d", (D, _d(c))), ("Wednesday", (D, _d(_next(c, 2)))), ("1d", (D, _d(c))),
                ("tmrw night", (T, _d(c + timedelta(1)) + "TNI")), ("2h", (P, "PT2H")), ("last week", (D, _wk(ref - timedelta(7))))]
    ref, p = date(2026, 11, 30), date(2026, 11, 23)
    e["ig2"] = [("this Tuesday", (D, _d(_next(p, 1)))), ("Sat 12 Dec", (D, "2026-12-12")), ("November 23", (D, _d(p))),
                ("1w", (D, _wk(ref - timedelta(7)))), ("Tuesday", (D, _d(_next(p, 1)))), ("1w", (D, _wk(ref - timedelta(7)))),
                ("6d", (D, _d(ref - timedelta(6)))), ("11h", (P, "PT11H")), ("last week", (D, _wk(ref - timedelta(7)))),
                ("the 12th", (D, "2026-12-12"))]
    ref = date(2026, 6, 4)
    p, c2, c3 = ref - timedelta(8), ref - timedelta(7), ref - timedelta(2)
    e["rd1"] = [("8 days ago", (D, _d(p))), ("the long weekend", (D, _wk(_next(p, 5)) + "-WE")), ("Friday", (D, _d(_next(p, 4)))),
                ("Monday", (D, "2026-06-01")), ("Madaraka Day", (D, "2026-06-01")), ("8 days ago", (D, _d(p))),
                ("last Friday", (D, _d(_last(p, 4)))), ("today", (D, _d(p))), ("7 days ago", (D, _d(c2))),
                ("3pm tomorrow", (T, _d(c2 + timedelta(1)) + "T15:00")), ("2 days ago", (D, _d(c3))), ("5 hr. ago", (P, "PT5H"))]
    ref = date(2026, 2, 27)
    p = ref - timedelta(5)
    e["rd2"] = [("5 days ago", (D, _d(p))), ("Saturday", (D, _d(_next(p, 5)))), ("9 this morning", (T, _d(p) + "T09:00")),
                ("5d ago", (D, _d(p))), ("last night", (T, _d(p - timedelta(1)) + "TNI")), ("4d ago", (D, _d(ref - timedelta(4)))),
                ("11:40", (T, _d(ref - timedelta(4)) + "T11:40")), ("tmrw", (D, _d(ref - timedelta(3)))),
                ("2d ago", (D, _d(ref - timedelta(2)))), ("end of the month", (D, "2026-02")), ("Saturday the 28th", (D, "2026-02-28")),
                ("9 hr. ago", (P, "PT9H")), ("this year", (D, "2026"))]
    ref = date(2026, 3, 9)
    e["yt1"] = [("2026", (D, "2026")), ("3 days ago", (D, _d(ref - timedelta(3)))), ("3 days ago", (D, _d(ref - timedelta(3)))),
                ("Independence Day", (D, "2026-03-06")), ("2 days ago", (D, _d(ref - timedelta(2)))), ("Next year", (D, "2027")),
                ("2 days ago", (D, _d(ref - timedelta(2)))), ("tomorrow", (D, _d(ref - timedelta(1)))),
                ("6pm", (T, _d(ref - timedelta(1)) + "T18:00")), ("1 day ago", (D, _d(ref - timedelta(1)))),
                ("9 hours ago", (P, "PT9H")), ("this morning", (T, _d(ref) + "TMO"))]
    ref = date(2026, 4, 16)
    c = ref - timedelta(5)
    e["yt2"] = [("3 weeks ago", (D, _wk(ref - timedelta(21)))), ("3 weeks ago", (D, _wk(ref - timedelta(21)))),
                ("every Friday", ("SET", "XXXX-WXX-5")), ("5 days ago", (D, _d(c))), ("Tuesday", (D, _d(_next(c, 1)))),
                ("5 days ago", (D, _d(c))), ("the 14th", (D, "2026-04-14")), ("1 day ago", (D, _d(ref - timedelta(1)))),
                ("yesterday", (D, _d(ref - timedelta(2))))]
    ref, p = date(2026, 10, 22), date(2026, 10, 20)
    c = ref - timedelta(1)
    e["bs1"] = [("Monday", (D, _d(_next(p, 0)))), ("Labour Day", (D, "2026-10-26")), ("Wednesday", (D, "2026-10-28")),
                ("10:30", (T, "2026-10-28T10:30")), ("next week", (D, _wk(p + timedelta(7)))),
                ("October 20, 2026 at 4:05 PM", (T, _d(p) + "T16:05")), ("1d", (D, _d(c))), ("this Saturday", (D, _d(_next(c, 5)))),
                ("1d", (D, _d(c))), ("Oct 16", (D, "2026-10-16")), ("Monday 26 October", (D, "2026-10-26"))]
    return e


def _wrong(key, want):
    ref, text = TEXTS[key]
    return in_order(text, ref, want, f"{key} ")


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_platform_copy(key):
    bad = _wrong(key, _expected()[key])
    assert not bad, "\n".join(bad)


# Still wrong (kept so that a fix shows): a comment's words under "2 days ago · edited 5 hr. ago" count from the edit
# (read-set gold counts an "EDIT:" part of the post from the edit's day: dropped); Sri Lanka's April "new year"; a
# possessive "Pakistan Day's"
_STILL_WRONG = [("rd1", "late yesterday evening", (T, "2026-06-01TEV")),
                ("yt2", "the new year", (D, "2026-04-14")), ("rd2", "Pakistan Day", (D, "2026-03-23"))]


@pytest.mark.xfail(strict=False, reason="social46: readings not yet fixed")
@pytest.mark.parametrize("key,expr,want", _STILL_WRONG)
def test_still_wrong(key, expr, want):
    ref, text = TEXTS[key]
    got = next(((t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == expr), None)
    assert got == want


def test_counts_and_chrome_untagged():
    """An event post's "Going · 23 Interested", X's reply, repost and like counts under a post are no times."""
    for key, exprs in (("fp2", {"23", "Going", "Interested"}), ("x1", {"14", "52", "1.1K"}), ("th1", {"48", "3 replies"})):
        ref, text = TEXTS[key]
        got = {t.expression for t in tag(text, ref)}
        assert not got & exprs, (key, got & exprs)


# ---- grids over many days of reading: every weekday, month and year ends, a leap day -------------------------------------
from gridcheck import WEEKDAYS, check  # noqa: E402

REFS = [date(2026, 3, 2) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 31), date(2027, 1, 1), date(2026, 2, 28),
                                                                   date(2024, 2, 29), date(2026, 6, 30)]


def _fb(p: date) -> str:
    return f"{p:%b} {p.day}"


def _stamp_grid():
    """§270: Facebook's "Weekday at 8:15 AM" under a name in a feed, "N hrs" under a name, the audience icon after a
    page's stamp, X's age under its lone dot."""
    cases = []
    for ref in REFS:
        page = ref - timedelta(10)
        for k in (2, 3, 5, 6):
            c = ref - timedelta(k)
            wd = WEEKDAYS[c.weekday()]
            for n in (2, 5):
                icon = " · 🌏" if n == 2 else ""   # (the page's audience icon after its stamp, or none)
                text = (f"Six Roads Noticeboard\n\nSt Philip Market\n{_fb(page)} at 9:40 PM{icon}\nMarket closes early tonight. "
                        f"Back tomorrow!\n\nAnnette King\n{wd} at 8:15 AM\nSee you at the bazaar tomorrow!\nLike · Reply · {k}d\n\n"
                        f"Dwayne Clarke\n{n} hrs\nanybody know if the vans running tmrw?\n")
                cases.append((text, ref, "early tonight", (T, _d(page) + "TNI")))
                cases.append((text, ref, f"{wd} at 8:15 AM", (T, _d(c) + "T08:15")))
                cases.append((text, ref, f"{n} hrs", (P, f"PT{n}H")))
                cases.append((text, ref, "tmrw", (D, _d(ref + timedelta(1)))))
            for h in (3, 7):
                text = f"JUTC\n@jutc\n·\n{h}h\nBuses run a Sunday schedule today, regular service tomorrow.\n"
                cases.append((text, ref, f"{h}h", (P, f"PT{h}H")))
                cases.append((text, ref, "tomorrow", (D, _d(ref + timedelta(1)))))
    return cases


def test_stamp_grid():
    check(_stamp_grid())


def _day_word_grid():
    """§271: a weekday after "back" or told with "will", said on its own day in a post, is a week on; "Closed Monday",
    "open ... but closed Tuesday" are notices to come; a clause of contrast after the day is not its tense."""
    cases = []
    for ref in REFS:
        for n, name in enumerate(WEEKDAYS):
            ahead = ref + timedelta((n - ref.weekday()) % 7 or 7)
            text = f"tala.bakes.apia\n20m\n@mele.t the youth bake sale is back at 10:30 on {name}, tell your aunties\n"
            cases.append((text, ref, f"10:30 on {name}", (T, _d(ahead) + "T10:30")))
            p = ref - timedelta(2)
            text = (f"Suva City Council\n{_fb(p)} at 4:15 PM\nNOTICE: The Municipal Market will close at 1pm on {name}. "
                    f"Thank you.\n👍 214\n\nLitia Vuniwai\nIs the bus station affected too?\n1d  Like  Reply\n")
            after_p = p + timedelta((n - p.weekday()) % 7 or 7)
            cases.append((text, ref, f"1pm on {name}", (T, _d(after_p) + "T13:00")))
            if n != p.weekday():
                nxt = p + timedelta((n - p.weekday()) % 7)
                text = f"Ngaio Library\n@ngaiolib.bsky.social\nClosed {name} for stocktake.\n{_fb(p)}, {p.year} at 4:05 PM\n"
                cases.append((text, ref, name, (D, _d(nxt))))
                # the day before it open, in order: "We're open Monday till noon but closed Tuesday" (neither the caption's
                # own weekday); the open day the next from the caption's day, the closed one the next after it
                c, o = ref - timedelta(2), (n - 1) % 7
                if c.weekday() not in (n, o):
                    text = (f"rarobakery.ck\nrarobakery.ck Kia orana! We're open {WEEKDAYS[o]} till noon but closed {name} for "
                            f"the holiday.\n#rarotonga\n2d\n")
                    od = c + timedelta((o - c.weekday()) % 7)
                    cases.append((text, ref, WEEKDAYS[o], (D, _d(od))))
                    cases.append((text, ref, name, (D, _d(od + timedelta(1)))))
    return cases


def test_day_word_grid():
    check(_day_word_grid())
