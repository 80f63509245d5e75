"""(forums46, forty-sixth session, docs/informal-time.md §278-§279) Forum threads (XenForo, Discourse, phpBB), TikTok
comment lists and Bluesky posts written for this grid, each with the values a careful annotator gives (computed from the
calendar), and grids of the stamps over many days of reading."""
from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest

from gridcheck import in_order
from timeline_app.temporal import tag

_spec = importlib.util.spec_from_file_location("f46texts", Path(__file__).parent / "data" / "informal_grid_forums46_texts.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
TEXTS = _mod.TEXTS

D, T, P = "DATE", "TIME", "DURATION"


def _d(x: date) -> str:
    return x.isoformat()


def _wk(x: date) -> str:
    y, w, _ = x.isocalendar()
    return f"{y}-W{w:02d}"


def _next(day: date, wd: int) -> date:
    """The first such weekday (0 = Monday) after ``day``."""
    return day + timedelta((wd - day.weekday()) % 7 or 7)


def _last(day: date, wd: int) -> date:
    return day - timedelta((day.weekday() - wd) % 7 or 7)


def _expected():
    """(key, [(expression, (type, value)), ...] in text order), each post's words from its own stamp."""
    e = {}
    ref = date(2026, 12, 4)
    p1, y = date(2026, 12, 1), ref - timedelta(1)
    e["xf1"] = [("Dec 1, 2026", (D, _d(p1))), ("Dec 1, 2026", (D, _d(p1))), ("last weekend", (D, _wk(p1 - timedelta(7)) + "-WE")),
                ("Monday", (D, _d(_next(p1, 0)))), ("Yesterday at 9:40 PM", (T, _d(y) + "T21:40")), ("an hour", (P, "PT1H")),
                ("Yesterday at 10:12 PM", (T, _d(y) + "T22:12")), ("tomorrow", (D, _d(ref))), ("Today at 7:05 AM", (T, _d(ref) + "T07:05")),
                ("this week", (D, _wk(ref))), ("7:20 AM", (T, _d(ref) + "T07:20"))]
    ref = date(2026, 6, 1)
    th, fr, sa, su = (_last(ref, k) for k in (3, 4, 5, 6))
    e["xf2"] = [("Thursday at 7:12 AM", (T, _d(th) + "T07:12")), ("this morning", (T, _d(th) + "TMO")),
                ("last week", (D, _wk(th - timedelta(7)))), ("Thursday at 9:30 AM", (T, _d(th) + "T09:30")),
                ("tonight", (T, _d(th) + "TNI")), ("Friday at 6:48 PM", (T, _d(fr) + "T18:48")),
                ("the weekend", (D, _wk(fr) + "-WE")), ("Saturday at 11:02 AM", (T, _d(sa) + "T11:02")),
                ("tomorrow", (D, _d(sa + timedelta(1)))), ("11:20 AM", (T, _d(sa) + "T11:20")),
                ("Yesterday at 8:15 PM", (T, _d(su) + "T20:15")), ("this afternoon", (T, _d(su) + "TAF")),
                ("Wednesday", (D, _d(_next(su, 2))))]
    ref, p = date(2026, 12, 30), date(2026, 12, 3)
    e["dc1"] = [("Dec '24", (D, "2024-12")), ("Dec '24", (D, "2024-12")), ("2 years later", (D, "2026")), ("Dec 3", (D, _d(p))),
                ("November", (D, "2026-11")), ("yesterday", (D, _d(p - timedelta(1)))), ("Dec 3", (D, _d(p))),
                ("27 days later", (D, _d(p + timedelta(27)))), ("2d", (D, _d(ref - timedelta(2)))),
                ("Friday", (D, _d(_next(ref - timedelta(2), 4))))]
    ref, p1, p2, p3 = date(2026, 10, 31), date(2026, 9, 12), date(2026, 9, 13), date(2026, 9, 16)
    c = ref - timedelta(3)
    e["dc2"] = [("Sep 12", (D, _d(p1))), ("this Sunday", (D, _d(_next(p1, 6)))), ("8am", (T, _d(_next(p1, 6)) + "T08:00")),
                ("noon", (T, _d(_next(p1, 6)) + "T12:00")), ("Sep 12", (D, _d(p1))), ("Sep 13", (D, _d(p2))),
                ("tomorrow", (D, _d(p2 + timedelta(1)))), ("3 days later", (D, _d(p2 + timedelta(3)))), ("Sep 16", (D, _d(p3))),
                ("Friday", (D, _d(_next(p3, 4)))), ("1 month later", (D, "2026-10")), ("Oct 20", (D, "2026-10-20")),
                ("this weekend", (D, _wk(date(2026, 10, 20)) + "-WE")), ("3d", (D, _d(c))), ("next Sunday", (D, _d(_next(c, 6))))]
    ref, s1, s2, s3 = date(2026, 7, 14), date(2026, 7, 11), date(2026, 7, 12), date(2026, 7, 13)
    e["pb1"] = [("Sat Jul 11, 2026 7:10 pm", (T, _d(s1) + "T19:10")), ("yesterday", (D, _d(s1 - timedelta(1)))),
                ("last summer", (D, "2025-SU")), ("tomorrow", (D, _d(s2))), ("dawn", (T, _d(s2) + "TMO")),
                ("Sat Jul 11, 2026 8:42 pm", (T, _d(s1) + "T20:42")), ("Sat Jul 11, 2026 7:10 pm", (T, _d(s1) + "T19:10")),
                ("tomorrow", (D, _d(s2))), ("Sun Jul 12, 2026 1:15 pm", (T, _d(s2) + "T13:15")),
                ("this morning", (T, _d(s2) + "TMO")), ("tonight", (T, _d(s2) + "TNI")),
                ("Mon Jul 13, 2026 9:03 am", (T, _d(s3) + "T09:03")), ("Saturday, the 18th", (D, "2026-07-18"))]
    ref, s1, s2, s3 = date(2027, 1, 1), date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)
    e["pb2"] = [("Tue Dec 29, 2026 6:20 pm", (T, _d(s1) + "T18:20")), ("tomorrow", (D, _d(s2))),
                ("Thursday afternoon", (T, _d(s3) + "TAF")), ("Hogmanay", (D, _d(s3))),
                ("Wed Dec 30, 2026 8:05 am", (T, _d(s2) + "T08:05")), ("Tue Dec 29, 2026 6:20 pm", (T, _d(s1) + "T18:20")),
                ("tomorrow", (D, _d(s2))), ("today", (D, _d(s2))), ("Saturday", (D, _d(_next(s2, 5)))),
                ("Hogmanay", (D, _d(s3))), ("Thu Dec 31, 2026 10:40 pm", (T, _d(s3) + "T22:40")), ("this afternoon", (T, _d(s3) + "TAF"))]
    ref, v = date(2026, 3, 25), date(2026, 3, 14)
    e["tt1"] = [("2026-3-14", (D, _d(v))), ("last year", (D, "2025")), ("3-14", (D, _d(v))),
                ("Good Friday", (D, "2026-04-03")), ("1w ago", (D, _wk(ref - timedelta(7)))),
                ("Thursday", (D, _d(_next(date(2026, 3, 24), 3)))), ("3-24", (D, "2026-03-24")),
                ("tonight", (T, _d(ref - timedelta(1)) + "TNI")), ("1d ago", (D, _d(ref - timedelta(1))))]
    ref, v = date(2026, 5, 31), date(2026, 5, 20)
    e["tt2"] = [("2026-5-20", (D, _d(v))), ("next week", (D, _wk(v + timedelta(7)))),
                ("last night", (T, _d(ref - timedelta(6)) + "TNI")), ("5d ago", (D, _d(ref - timedelta(5)))),
                ("tomorrow", (D, "2026-05-28")), ("5-27", (D, "2026-05-27")), ("Sunday", (D, _d(_next(ref - timedelta(2), 6)))),
                ("2d ago", (D, _d(ref - timedelta(2))))]
    ref, q = date(2026, 4, 30), date(2026, 4, 27)
    e["bs1"] = [("3h", (P, "PT3H")), ("tomorrow", (D, _d(ref + timedelta(1)))), ("Apr 27", (D, _d(q))),
                ("Thursday", (D, _d(_next(q, 3)))), ("2h", (P, "PT2H")), ("Monday", (D, _d(_last(ref, 0)))),
                ("45m", (P, "PT45M")), ("tonight", (T, _d(ref) + "TNI")), ("7pm", (T, _d(ref) + "T19:00"))]
    ref, p = date(2026, 8, 30), date(2026, 8, 27)
    c = ref - timedelta(1)
    e["bs2"] = [("Aug 27", (D, _d(p))), ("this Sat", (D, _d(_next(p, 5)))), ("11am", (T, _d(_next(p, 5)) + "T11:00")),
                ("1d", (D, _d(c))), ("tmrw", (D, _d(c + timedelta(1)))), ("the 12th", (D, "2026-09-12")), ("5h", (P, "PT5H")),
                ("Today", (D, _d(ref)))]
    return e


def _wrong(key, want):
    ref, text = TEXTS[key]
    return in_order(text, ref, want, f"{key} ")


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_forum_copy(key):
    bad = _wrong(key, _expected()[key])
    assert not bad, "\n".join(bad)


# Still wrong (kept so that a fix shows): a thread's title over its first post counts from the page's day; "Don't wait
# till Monday mate, get it looked at" reads the Monday gone; "at 5" after "at dawn" in the post quoted is the afternoon;
# "in a fortnight" is a length; "Easter bun done early ... baking the next batch Sunday" is Easter Sunday
_STILL_WRONG = [("tt1", "Sunday", (D, "2026-03-15")), ("pb2", "Hogmanay", (D, "2026-12-31")), ("xf1", "Monday", None), ("pb1", "5", (T, "2026-07-12T05:00"))]


@pytest.mark.xfail(strict=False, reason="forums46: readings not yet fixed")
@pytest.mark.parametrize("key,expr,want", _STILL_WRONG)
def test_still_wrong(key, expr, want):
    ref, text = TEXTS[key]
    got = [(t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == expr]
    if want is None:   # the second "Monday" of xf1: the next Monday from the Friday
        want, got = (D, "2026-12-07"), got[1:2] and got[1]
    else:
        got = got[0] if got else None
    assert got == want


def test_post_numbers_and_chrome_untagged():
    """XenForo's "#5", Discourse's "post #4", TikTok's like counts are no times."""
    for key, exprs in (("xf2", {"#5", "5", "#6", "6"}), ("dc1", {"#4", "4"}), ("tt1", {"212", "88", "15"})):
        ref, text = TEXTS[key]
        got = {t.expression for t in tag(text, ref)}
        assert not got & exprs, (key, got & exprs)


# ---- grids over many days of reading: every weekday, month and year ends, a leap day -------------------------------------
from gridcheck import check  # noqa: E402

REFS = [date(2026, 3, 2) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 31), date(2027, 1, 1), date(2026, 2, 28),
                                                                   date(2024, 2, 29), date(2026, 6, 30)]


def _md(p: date) -> str:
    return f"{p:%b} {p.day}"


def _stamp_grid():
    """§278: TikTok's video date with its year ("Name · 2025-11-20") over its caption; Discourse's gap line ("3 days
    later") counted from the post above it, not from a day its words named."""
    cases = []
    for ref in REFS:
        for back in (9, 40, 200, 400):
            v = ref - timedelta(back)
            stamp = f"{v.year}-{v.month}-{v.day}"
            text = f"ninaskitchen\nNina Ruiz · {stamp}\nSourdough day 4, baking it tomorrow morning\n\nbakerbee\nwhere's part 5\n2d ago  Reply  12\n"
            cases.append((text, ref, stamp, (D, _d(v))))
            cases.append((text, ref, "tomorrow morning", (T, _d(v + timedelta(1)) + "TMO")))
        for back, gap in ((20, 3), (30, 5), (12, 2)):
            p = ref - timedelta(back)
            text = (f"Weekend ride\n\ncoach_amina\n{_md(p)}\nMeet 8am at the clock tower, see everyone tomorrow.\n\n"
                    f"{gap} days later\n\nlerato_rides\n{_md(p + timedelta(gap))}\nAnyone doing the night ride?\n")
            if p.year != ref.year:
                continue   # (a post of another year is shown with its year: "Dec '25")
            cases.append((text, ref, "tomorrow", (D, _d(p + timedelta(1)))))
            cases.append((text, ref, f"{gap} days later", (D, _d(p + timedelta(gap)))))
    return cases


def test_stamp_grid():
    check(_stamp_grid())


def _quote_grid():
    """§279: phpBB's quoted post under "Name wrote: ↑ <its stamp>": the quoted line counts from its own stamp, the
    reply's words after it from the reply's."""
    cases = []
    for ref in REFS:
        for back, gap in ((2, 1), (5, 2), (20, 3)):
            r, q = ref - timedelta(back), ref - timedelta(back + gap)
            st = lambda x, clock: f"{x:%a %b} {x.day}, {x.year} {clock}"   # noqa: E731
            text = (f"Re: Ferry times\nby tide_watcher » {st(r, '8:05 am')}\nharbour_jo wrote: ↑ {st(q, '6:20 pm')}\n"
                    f"Is the early boat running tomorrow?\nNo idea, I'm working today. Will ring them tonight.\n")
            cases.append((text, ref, "tomorrow", (D, _d(q + timedelta(1)))))
            cases.append((text, ref, "today", (D, _d(r))))
            cases.append((text, ref, "tonight", (T, _d(r) + "TNI")))
    return cases


def test_quote_grid():
    check(_quote_grid())


def _day_word_grid():
    """(kept, §278) The day words under a XenForo post of the last week ("Thursday at 7:12 AM", the last such day) count
    from it: "last Friday", "this Sat" (not said on a Saturday), "tonight"; a later post's "tmrw" from its "Today"."""
    cases = []
    for ref in REFS:
        for back in (2, 4, 6):
            p = ref - timedelta(back)
            wd = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][p.weekday()]
            text = (f"Ferry to Rottnest?\n\nsandgroper_kate\n{wd} at 7:12 AM\n#3\nWent over last Friday, back again this Sat if "
                    f"the swell drops. Bookings open tonight.\n\ndunsborough_dan\nToday at 6:01 AM\n#4\nswell's up tmrw\n")
            cases.append((text, ref, f"{wd} at 7:12 AM", (T, _d(p) + "T07:12")))
            cases.append((text, ref, "last Friday", (D, _d(_last(p, 4)))))
            if p.weekday() < 5:   # (on a Sunday: still wrong, below)
                cases.append((text, ref, "this Sat", (D, _d(_next(p, 5)))))
            cases.append((text, ref, "tonight", (T, _d(p) + "TNI")))
            cases.append((text, ref, "tmrw", (D, _d(ref + timedelta(1)))))
    return cases


def test_day_word_grid():
    check(_day_word_grid())


@pytest.mark.xfail(strict=False, reason="forums46: a past clause before the comma makes 'this Sat' of a Sunday the day before")
def test_this_sat_said_on_sunday_after_a_past_clause():
    """"Went over last Friday, back again this Sat if the swell drops." posted on a Sunday: the coming Saturday (alone,
    "back again this Sat if the swell drops." is read so); the past of the first clause makes it the Saturday gone."""
    check([("Went over last Friday, back again this Sat if the swell drops.", date(2026, 3, 1), "this Sat",
            (D, "2026-03-07"))])
