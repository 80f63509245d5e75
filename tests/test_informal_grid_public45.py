"""(public45, forty-fifth session, docs/informal-time.md §266-§267) Platform copies written for this grid: TikTok comment
lists, Tripadvisor reviews, phpBB/vBulletin threads and Bluesky posts, each with the values a careful annotator gives
(computed from the calendar), and a grid of TikTok's stamps over many days of reading."""
from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest

from gridcheck import in_order
from timeline_app.temporal import tag

_spec = importlib.util.spec_from_file_location("p45texts", Path(__file__).parent / "data" / "informal_grid_public45_texts.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
TEXTS = _mod.TEXTS

D, T = "DATE", "TIME"


def _d(x: date) -> str:
    return x.isoformat()


def _wk(x: date) -> str:
    y, w, _ = x.isocalendar()
    return f"{y}-W{w:02d}"


def _expected():
    """(key, [(expression, (type, value)), ...] in text order) from the calendar; the stamps' days named once."""
    e = {}
    # TikTok: caption under "Nina Ruiz · 2-24" (read Mon 2026-03-02), comments stamped "2-25", "3d ago", "1d ago", "5h ago"
    ref = date(2026, 3, 2)
    cap, c1, age3, age1 = date(2026, 2, 24), date(2026, 2, 25), ref - timedelta(3), ref - timedelta(1)
    e["tt1"] = [("2-24", (D, _d(cap))), ("tonight", (T, _d(cap) + "TNI")), ("tmrw", (D, _d(c1 + timedelta(1)))),
                ("2-25", (D, _d(c1))), ("tomorrow morning", (T, _d(c1 + timedelta(1)) + "TMO")), ("2-25", (D, _d(c1))),
                ("3d ago", (D, _d(age3))), ("this weekend", (D, _wk(age1) + "-WE")), ("1d ago", (D, _d(age1))),
                ("Sat", (D, _d(age1 + timedelta((5 - age1.weekday()) % 7 or 7)))), ("1d ago", (D, _d(age1))),
                ("tonight", (T, _d(ref) + "TNI"))]
    ref = date(2026, 12, 31)
    cap = date(2026, 12, 29)
    fri = cap + timedelta((4 - cap.weekday()) % 7)
    e["tt2"] = [("2027", (D, "2027")), ("Friday", (D, _d(fri))), ("12-29", (D, _d(cap))), ("7am", (T, _d(fri) + "T07:00")),
                ("Friday", (D, _d(fri))), ("12-30", (D, "2026-12-30")), ("yesterday", (D, "2026-12-29")),
                ("12-30", (D, "2026-12-30")), ("tonight", (T, _d(ref) + "TNI")), ("tomorrow", (D, _d(ref + timedelta(1))))]
    ref = date(2027, 1, 6)
    cap = date(2027, 1, 2)
    a2, a1 = ref - timedelta(2), ref - timedelta(1)
    e["tt3"] = [("1-2", (D, _d(cap))), ("Boxing Day", (D, "2026-12-26")), ("last night", (T, _d(cap - timedelta(1)) + "TNI")),
                ("October", (D, "2026-10")), ("1-3", (D, "2027-01-03")), ("next week", (D, _wk(a2 + timedelta(7)))),
                ("2d ago", (D, _d(a2))), ("yesterday", (D, _d(a1 - timedelta(1)))), ("1d ago", (D, _d(a1))),
                ("Saturday", (D, _d(a1 + timedelta((5 - a1.weekday()) % 7 or 7)))), ("tomorrow", (D, _d(ref + timedelta(1))))]
    # Tripadvisor
    e["ta1"] = [("Aug 5, 2026", (D, "2026-08-05")), ("next summer", (D, "2027-SU")), ("July 2026", (D, "2026-07")),
                ("Aug 7, 2026", (D, "2026-08-07")), ("October", (D, "2026-10")), ("next year", (D, "2027"))]
    w = date(2025, 12, 3)
    e["ta2"] = [("November 2025", (D, "2025-11")), ("December 3, 2025", (D, _d(w))), ("last week", (D, _wk(w - timedelta(7)))),
                ("January", (D, "2026-01")), ("November 2025", (D, "2025-11"))]
    e["ta3"] = [("Feb 27, 2026", (D, "2026-02-27")), ("Valentine's Day", (D, "2026-02-14")),
                ("two days later", (D, "2026-02-16")), ("February 2026", (D, "2026-02")),
                ("yesterday", (D, _d(date(2026, 3, 1) - timedelta(1)))), ("the spring", (D, "2026-SP"))]
    # forums
    p1, p2, p3 = date(2026, 7, 11), date(2026, 7, 12), date(2026, 7, 13)
    e["fo1"] = [("Sat Jul 11, 2026 8:42 pm", (T, "2026-07-11T20:42")), ("last Sunday", (D, _d(p1 - timedelta((p1.weekday() - 6) % 7 or 7)))),
                ("tomorrow", (D, _d(p1 + timedelta(1)))), ("Feb 2026", (D, "2026-02")),
                ("Sun Jul 12, 2026 9:15 am", (T, "2026-07-12T09:15")), ("tonight", (T, _d(p2) + "TNI")), ("Mar 2011", (D, "2011-03")),
                ("Today, 6:55 am", (T, _d(p3) + "T06:55")), ("last night", (T, _d(p3 - timedelta(1)) + "TNI")),
                ("this morning", (T, _d(p3) + "TMO")), ("Mon Jul 13, 2026 7:02 am", (T, "2026-07-13T07:02"))]
    q1, q3 = date(2026, 10, 28), date(2026, 11, 1)
    e["fo2"] = [("10-28-2026, 07:14 PM", (T, _d(q1) + "T19:14")), ("Jan 2019", (D, "2019-01")),
                ("next Saturday", (D, _d(q1 + timedelta((5 - q1.weekday()) % 7)))),
                ("10-29-2026, 11:02 AM", (T, "2026-10-29T11:02")), ("Apr 2024", (D, "2024-04")), ("Saturday", (D, "2026-10-31")),
                ("this afternoon", (T, _d(q3) + "TAF")), ("Saturday", (D, _d(q3 + timedelta((5 - q3.weekday()) % 7 or 7))))]
    e["fo3"] = [("June 2013", (D, "2013-06")), ("Wed Dec 30, 2026 10:05 pm", (T, "2026-12-30T22:05")), ("tomorrow", (D, "2026-12-31")),
                ("Last year", (D, "2025")), ("Thu Dec 31, 2026 9:40 am", (T, "2026-12-31T09:40")), ("yesterday", (D, "2026-12-30")),
                ("6pm tonight", (T, "2026-12-31T18:00")), ("Today, 1:12 am", (T, "2027-01-01T01:12")), ("next December", (D, "2027-12"))]
    # Bluesky
    s = date(2024, 7, 24)
    e["bs1"] = [("tomorrow morning", (T, _d(s + timedelta(1)) + "TMO")), ("Friday", (D, "2024-07-26")), ("2pm", (T, "2024-07-26T14:00")),
                ("July 24, 2024 at 7:48 AM", (T, "2024-07-24T07:48")), ("tonight", (T, "2024-07-25TNI")), ("Jul 22", (D, "2024-07-22")),
                ("last week", (D, _wk(date(2024, 7, 15)))), ("next Thursday", (D, "2024-08-01")), ("6pm", (T, "2024-08-01T18:00"))]
    e["bs2"] = [("Monday", (D, "2025-01-06")), ("10:30 on Tuesday", (T, "2025-01-07T10:30")), ("December 31, 2024 at 4:15 PM", (T, "2024-12-31T16:15")), ("Jan 1", (D, "2025-01-01")),
                ("Tuesday", (D, "2025-01-07"))]
    e["bs3"] = [("May 28", (D, "2025-05-28")), ("this Sunday", (D, "2025-06-01")), ("last year", (D, "2024")),
                ("May 29, 2025 at 8:03 PM", (T, "2025-05-29T20:03")), ("next weekend", (D, _wk(date(2025, 6, 7)) + "-WE"))]
    return e


def _wrong(key, want):
    ref, text = TEXTS[key]
    return in_order(text, ref, want, f"{key} ")


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_platform_copy(key):
    bad = _wrong(key, _expected()[key])
    assert not bad, "\n".join(bad)


# Still wrong (a reading left for later, kept here so that a fix shows): "the midnight fireworks tomorrow". ((reviews46,
# §272) ta1's "We arrived on a Monday" decided: DATE XXXX-WXX-1, no one Monday (tests/test_informal_grid_reviews46.py; the
# read sets' gold dates "a Tuesday" only where its sentence names the day); (social46, §271) the story time "back at
# 10:30 on Tuesday" said on a Tuesday is next week's now, in bs2's expected list)
_STILL_WRONG = [("fo3", None, "midnight", (T, "2026-12-31T24:00"))]


@pytest.mark.xfail(strict=False, reason="public45: readings not yet fixed")
@pytest.mark.parametrize("key,_text,expr,want", _STILL_WRONG)
def test_still_wrong(key, _text, expr, want):
    ref, text = TEXTS[key]
    got = next(((t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == expr), None)
    assert got == want


# The grid: TikTok's footer "Nd ago  Reply  K" with the likes' bare count, and a caption under "Shown Name · M-D" under
# its handle's line, read on every weekday, at month and year ends
REFS = [date(2026, 3, 2) + timedelta(days=k) for k in range(7)] + [date(2026, 12, 31), date(2027, 1, 1), date(2026, 2, 28),
                                                                   date(2024, 3, 1), date(2026, 6, 30)]


def _grid():
    cases = []
    for ref in REFS:
        for n in (1, 2, 3, 5, 6):
            for likes in ("40", "1.2k", "3"):
                text = f"jess_bakes_  mine took ages last winter lol\n{n}d ago  Reply  {likes}\ntomtom  what flour?\n1d ago  Reply\n"
                cases.append((text, ref, f"{n}d ago", (D, _d(ref - timedelta(n)))))
        for back, name in ((2, "Nina Ruiz"), (5, "Coach Dee"), (9, "Ó Briain")):
            cap = ref - timedelta(back)
            stamp = f"{cap.month}-{cap.day}"
            text = f"nina.bakes\n{name} · {stamp}\nbaking it tonight, post the crumb tomorrow\n\nmarco.eats  wow\n{stamp}  Reply  12\n"
            cases.append((text, ref, stamp, (D, _d(cap))))
            cases.append((text, ref, "tonight", (T, _d(cap) + "TNI")))
            cases.append((text, ref, "tomorrow", (D, _d(cap + timedelta(1)))))
    return cases


def test_tiktok_grid():
    from gridcheck import check
    check(_grid())


# Look-alikes: a score under a heading word, a printer's "3d" with a count, no app word on the line
def test_tiktok_lookalikes():
    from gridcheck import check_untagged
    check_untagged([("Results\nCill Bhreac · 2-1\nGreat game lads tonight", ["2-1"]),
                    ("Full time\nRovers · 3-1\nwhat a finish", ["3-1"]),
                    ("bought a new printer\n3d 40\nworks fine", ["3d"])], REFS[:3])


# (§267) vBulletin's header "Old MM-DD-YYYY, hh:mm PM" over the poster's name and the post: the stamp one TIME, the post's
# "yesterday" and "tomorrow" counted from its day, on every weekday, month and year ends, up to three weeks back
def _vb_grid():
    cases = []
    for ref in REFS:
        for back in (0, 1, 3, 6, 20):
            day = ref - timedelta(back)
            for hh, mm, ap, h24 in ((7, 14, "PM", 19), (11, 2, "AM", 11), (12, 40, "AM", 0)):
                stamp = f"{day.month:02d}-{day.day:02d}-{day.year}, {hh:02d}:{mm:02d} {ap}"
                text = (f"Thread: reservoir walk\n\nOld {stamp}\nbirdwatcher_jo\nJoin Date: Jan 2019\nPosts: 1,204\n"
                        f"I went yesterday, going again tomorrow.\n")
                cases.append((text, ref, stamp, (T, f"{_d(day)}T{h24:02d}:{mm:02d}")))
                cases.append((text, ref, "yesterday", (D, _d(day - timedelta(1)))))
                cases.append((text, ref, "tomorrow", (D, _d(day + timedelta(1)))))
                cases.append((text, ref, "Jan 2019", (D, "2019-01")))
    return cases


def test_vbulletin_grid():
    from gridcheck import check
    check(_vb_grid())


def test_vbulletin_icon_lookalikes():
    from gridcheck import check_untagged
    check_untagged([("Old friends, 10 of us\nwent to the reservoir", ["Old friends"]),
                    ("New 10-28 deal\nsee the shop", ["New 10-28"])], REFS[:3])
