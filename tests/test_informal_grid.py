"""Informal time expressions as a GRID: each class of expression said on every day of a week
(and at a month's end and a year's end), in plans and in reports, against the value TimeML gives
it, computed here from the calendar (not from the tagger's code).

The decisions (docs/informal-time.md §13, docs/timeml-conventions.md):
- a weekday named in a post or a chat with no past tense is the next one after the day of
  writing ("@sam: hope you have fun Saturday!", "the party's on Friday", "Ava's got swimming
  Monday"); told in the past it is the last one before ("couldn't make it Tuesday");
- a notice ("Pool closed Monday for a deep clean") names the day to come;
- "tonight", "last night", "this morning", "tmrw night": the day's part (TNI, TMO) of the day of
  writing, the day before, the day after;
- "this weekend" is the weekend of the ISO week of the day of writing, "next weekend" the
  week's after; "weekends" every weekend (SET);
- "this week", "next week", "last week", "this month", "next month": the ISO week or the month
  counted from the day of writing (across a year's end: 2025-12-31 is in 2026-W01);
- "N weeks ago" the ISO week N weeks back; "a few days ago" the vague past (PAST_REF);
- "now", "rn", "atm", "currently": PRESENT_REF.

Each case is one tag() of a short text; the grid is a few hundred of them (about a second).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

WEEK = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)]          # Monday .. Sunday
EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29)]   # month, year ends
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun"]


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _next(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)


def _last(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)


def _found(text: str, ref: date, words: str):
    """The Timex whose expression holds ``words`` (case-insensitive), or None."""
    for t in tag(text, ref):
        if words.lower() in t.expression.lower():
            return t
    return None


# a post's plans: the weekday to come (the @handle and the emoji are the post's register)
PLANS = [
    "@sam_b: hope you have fun {W}!",
    "@sam_b: good luck for {W}! 🤞",
    "@sam_b: the party's on {W}",
    "@sam_b: Ava's got swimming {W} at 1",
    "@sam_b: Ava's got football on {W}",
    "@sam_b: there's a quiz {W} if you fancy it",
    "@sam_b: I'm off {W}",
    "@sam_b: remind me {W}",
    "@sam_b: bin day {W} 🙄",
    "@sam_b: {W}: 5-a-side, 7pm",
    "@sam_b: see you {w}",
    "@sam_b: {s} works for me",
    "Pool closed {W} for a deep clean.",
    "Gym shut {W} due to staff training",
]
# reports: the weekday gone
REPORTS = [
    "@sam_b: couldn't make it {W}, sorry",
    "@sam_b: couldn't make it {s} x",
    "@sam_b: {W} was a write-off",
    "@sam_b: saw her on {W}",
    "@sam_b: the pool was shut {W}",
    "@sam_b: didn't go {W}",
    "@sam_b: thanks for {W}!",
    "The pool closed {W} after a chemical leak.",
]


@pytest.mark.parametrize("template", PLANS + REPORTS)
def test_weekday_grid(template):
    """Every reference weekday x every other weekday: plans go to the next one, reports to the last."""
    wrong = []
    for ref in WEEK:
        for wd in range(7):
            if wd == ref.weekday():
                continue   # a weekday said on itself is another decision (tests in the corpus)
            if "{s}" in template and SHORT[wd] in ("mon", "wed", "sat", "sun"):
                continue   # "sat", "wed", "sun", "mon" are words too: only with a cue (the corpus's cases)
            text = template.format(W=FULL[wd], w=FULL[wd].lower(), s=SHORT[wd])
            want = (_next if template in PLANS else _last)(ref, wd).isoformat()
            t = _found(text, ref, (SHORT[wd] if "{s}" in template else FULL[wd])[:3])
            got = t.timex_value[:10] if t else None
            if got != want:
                wrong.append(f"{ref:%a %d %b}: {text!r} -> {got} (want {want})")
    assert not wrong, "\n".join(wrong)


DAY_PARTS = [
    ("@jo: going out tonight with the girls", "tonight", 0, "TNI"),
    ("@jo: going out tonite!!", "tonite", 0, "TNI"),
    ("@jo: 2nite was mad 😂", "2nite", 0, "TNI"),
    ("@jo: couldn't sleep last night", "last night", -1, "TNI"),
    ("@jo: ran 5k this morning, knackered now", "this morning", 0, "TMO"),
    ("@jo: tmrw night works for me", "tmrw night", 1, "TNI"),
]


def _every_day(text: str, words: str, typ: str, want) -> None:
    """``text`` said on every day of WEEK and EDGES: the Timex holding ``words`` has the type
    ``typ`` and the value ``want(ref)``."""
    wrong = []
    for ref in WEEK + EDGES:
        t = _found(text, ref, words)
        if t is None or (t.timex_type, t.timex_value) != (typ, want(ref)):
            wrong.append(f"{ref}: {text!r} -> {t and (t.timex_type, t.timex_value)} (want {typ} {want(ref)})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("text,words,shift,part", DAY_PARTS)
def test_day_part_grid(text, words, shift, part):
    _every_day(text, words, "TIME", lambda ref: f"{(ref + timedelta(days=shift)).isoformat()}T{part[1:]}")


PERIODS = [
    ("@jo: what are you up to this weekend?", "this weekend", lambda r: _iso_week(r) + "-WE"),
    ("@jo: nxt wk is mental", "nxt wk", lambda r: _iso_week(r + timedelta(days=7))),
    ("@jo: this week has been awful", "this week", _iso_week),
    ("@jo: saw him last week", "last week", lambda r: _iso_week(r - timedelta(days=7))),
    ("@jo: next week is mental", "next week", lambda r: _iso_week(r + timedelta(days=7))),
    ("@jo: this month has flown", "this month", lambda r: f"{r:%Y-%m}"),
    ("@jo: starting my new job next month", "next month",
     lambda r: f"{r.year + (r.month == 12)}-{r.month % 12 + 1:02d}"),
    ("@jo: moved in 2 weeks ago", "2 weeks ago", lambda r: _iso_week(r - timedelta(days=14))),
]


@pytest.mark.parametrize("text,words,value", PERIODS)
def test_period_grid(text, words, value):
    _every_day(text, words, "DATE", value)


FIXED = [
    ("@jo: on the bus rn", "rn", "DATE", "PRESENT_REF"),
    ("@jo: at the gym atm", "atm", "DATE", "PRESENT_REF"),
    ("@jo: currently in a meeting", "currently", "DATE", "PRESENT_REF"),
    ("@jo: ok I'm home now x", "now", "DATE", "PRESENT_REF"),
    ("@jo: saw her a few days ago", "a few days ago", "DATE", "PAST_REF"),
    ("@jo: I moved here a few weeks ago", "a few weeks ago", "DATE", "PAST_REF"),
    ("@jo: bumped into him the other day", "the other day", "DATE", "PAST_REF"),
    ("@jo: I work weekends", "weekends", "SET", "XXXX-WXX-WE"),
    ("@jo: bins go out every other Tues", "every other Tues", "SET", "XXXX-WXX-2"),
    ("@jo: I go twice a week", "twice a week", "SET", "P1W"),
]


@pytest.mark.parametrize("text,words,typ,value", FIXED)
def test_fixed_value_grid(text, words, typ, value):
    _every_day(text, words, typ, lambda ref: value)


WEEKENDS = [
    # a person's weekend: to come unless told in the past (said on a Saturday or a Sunday: the one it is)
    ("@jo: have a great weekend!", "weekend", False),
    ("@jo: enjoy your weekend 😎", "weekend", False),
    ("@jo: what are you doing with your weekend?", "weekend", False),
    ("@jo: how was your weekend?", "weekend", True),
    ("@jo: had a lovely weekend x", "weekend", True),
    ("@jo: my weekend was a write-off", "weekend", True),
]


@pytest.mark.parametrize("text,words,past", WEEKENDS)
def test_personal_weekend_grid(text, words, past):
    wrong = []
    for ref in WEEK + EDGES:
        if past and ref.weekday() >= 5:
            continue   # "how was your weekend?" is asked once it is over
        base = ref - timedelta(days=7) if past and ref.weekday() < 5 else ref
        want = _iso_week(base) + "-WE"
        t = _found(text, ref, words)
        if t is None or (t.timex_type, t.timex_value) != ("DATE", want):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and (t.timex_type, t.timex_value)} (want DATE {want})")
    assert not wrong, "\n".join(wrong)


def _suffix(n: int) -> str:
    return "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


MONTH_DAYS = [
    # a post's day of the month: the next one unless told in the past
    ("@jo: gig on the {n}!! who's coming", False),
    ("@jo: back on the {n}", False),
    ("@jo: I'm off on the {n}", False),
    ("@jo: rent due on the {n} 😩", False),
    ("@jo: gig on the {n} was unreal", True),
    ("@jo: got paid on the {n}", True),
]


@pytest.mark.parametrize("template,past", MONTH_DAYS)
def test_day_of_month_grid(template, past):
    wrong = []
    for ref in [date(2025, 6, 4), date(2025, 6, 18), date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 14)]:
        for n in (1, 2, 3, 9, 14, 20, 27, 28):
            if n == ref.day:
                continue
            y, m = ref.year, ref.month + (0 if past or n > ref.day else 1) - (1 if past and n > ref.day else 0)
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            want = date(y, m, n).isoformat()
            text = template.format(n=f"{n}{_suffix(n)}")
            t = _found(text, ref, f"{n}{_suffix(n)}")
            got = t.timex_value if t else None
            if got != want:
                wrong.append(f"{ref}: {text!r} -> {got} (want {want})")
    assert not wrong, "\n".join(wrong)


def test_this_weekend_told_in_the_past():
    """"had a great time this weekend" on a Monday to a Thursday is the weekend just gone; on the
    weekend itself, that one; said of what is to come, the weekend of the week."""
    wrong = []
    for ref in WEEK + EDGES:
        if ref.isoweekday() == 5:
            continue   # on a Friday the weekend is not yet had
        gone = ref - timedelta(days=7) if ref.isoweekday() <= 4 else ref
        for text, want in (("@jo: had a great time this weekend", _iso_week(gone) + "-WE"),
                           ("@jo: what are you doing this weekend?", _iso_week(ref) + "-WE")):
            t = _found(text, ref, "this weekend")
            if t is None or t.timex_value != want:
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {want})")
    assert not wrong, "\n".join(wrong)
