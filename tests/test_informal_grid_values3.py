"""Wrong values on found expressions, by cause, as GRIDS (seventeenth session, values3;
docs/informal-time.md, "Wrong values on found expressions, by cause (seventeenth session, values3)").

Each grid is a pattern of English, written here, its expected values computed from the calendar
(``datetime``), never from the tagger:

- a chat message that reports a posting ("did u see what jade posted ystrday") is no post's stamp:
  the words after it still count from the day of writing ("u still coming 2nite??" is tonight);
- a weekday with a day of the month and no month ("Sat 14th", "Sunday 15th"), said with no verb or in
  the present, is the one to come (the next day of the month that falls on that weekday, not one that
  fell as near before), and in the past the one gone; in brackets after a day it names that day
  ("Mother's Day (Sunday 15th)");
- "open from 9" is the hour a place opens (the morning's), not a closing time; "open till 9" stays the
  evening's;
- "this week" written on a Sunday about what comes ("new rota from this week", "on nights mon to wed this
  week") is the week that begins the next day, told in the past the week that ends that day;
- a person's present state on a named weekday ("I'm busy on Saturday", "we're away Friday") is the one to
  come ("I was busy on Saturday": the one gone).

Reference dates: every weekday of a week in each of several years, and early March of years that are
not leap years (where February's and March's days fall on the same weekdays).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# a week (Monday .. Sunday) in each of four years, and the first days of March of three years that are not leap years
REFS = [date(y, m, d) + timedelta(days=i) for y, m, d in ((2024, 9, 16), (2025, 6, 2), (2026, 1, 12), (2027, 4, 5))
        for i in range(7)] + [date(y, 3, d) for y in (2025, 2026, 2027) for d in (1, 3, 5, 8)]


def _suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _got(text: str, ref: date):
    return [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]


# ---- a chat line that reports a posting is no post's stamp -------------------------------------------------------
# "maisie: omg did u see what jade posted ystrday" is a sentence of a chat message, not a forum header ("Posted
# Yesterday, 18:55 by wrenhunter"): the messages after it were written on the day of writing, not the day before.
POSTINGS = [
    ("maisie: omg did u see what jade {verb} {day}\nliv: YESSS talk l8r\nmaisie: u still coming to mine 2nite??",
     "2nite", "NI", 0),
    ("Sam: did you see what Jo {verb} {day}\nAli: ha yes\nSam: are you coming to the pub tonight?", "tonight", "NI", 0),
    ("jo: have u read what the landlord {verb} {day}\nkim: no\njo: meeting about it tmrw", "tmrw", "", 1),
]
POST_VERBS = ["posted", "wrote", "commented", "replied", "answered"]
POST_DAYS = [("ystrday", -1), ("yesterday", -1), ("this morning", 0), ("last night", -1)]


def _posting_cases():
    cases = []
    for ref in REFS:
        for tpl, words, pod, off in POSTINGS:
            for verb in POST_VERBS:
                for day, _ in POST_DAYS:
                    d = ref + timedelta(days=off)
                    cases.append((tpl.format(verb=verb, day=day), ref, words, d.isoformat() + (f"T{pod}" if pod else "")))
    return cases


POSTING_CASES = _posting_cases()


@pytest.mark.parametrize("text,ref,words,value", POSTING_CASES, ids=[f"{c[1]}:{c[0][:60]}" for c in POSTING_CASES])
def test_a_reported_posting_is_no_stamp_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[-1][2] == value, f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# ---- a weekday with a day of the month, no month: the one to come unless told in the past --------------------------
# (days ahead: 1-21; the other candidate with the same weekday and day is at least four weeks away, so the one to come
# is the nearer of the two whenever it is less than three weeks ahead and the text gives no past)
MDAY_AHEAD = [
    ("Sectionals: sopranos and altos as usual, tenors and basses {w} {n} same time.", "short"),
    ("Can you do {W} {n}?", "full"),
    ("Bake sale {W} {n} in the church hall, all welcome!", "full"),
    ("We're closed {W} {n} for stocktaking.", "full"),
    ("reminder: no training {w} {n}", "short"),
]
MDAY_BACK = [
    ("We went to the fair on {W} {n} and it rained all day.", "full"),
    ("Stayed two nights, checked out {w} {n}.", "short"),
]


def _mday_cases():
    cases = []
    for ref in REFS:
        for k in range(1, 22):
            d = ref + timedelta(days=k)
            for tpl, form in MDAY_AHEAD:
                w = SHORT[d.weekday()] if form == "short" else FULL[d.weekday()]
                n = f"{d.day}{_suffix(d.day)}"
                cases.append((tpl.format(W=w, w=w, n=n), ref, f"{w} {n}", d.isoformat()))
        for k in range(1, 22):
            d = ref - timedelta(days=k)
            for tpl, form in MDAY_BACK:
                w = SHORT[d.weekday()] if form == "short" else FULL[d.weekday()]
                n = f"{d.day}{_suffix(d.day)}"
                cases.append((tpl.format(W=w, w=w, n=n), ref, f"{w} {n}", d.isoformat()))
    return cases


MDAY_CASES = _mday_cases()


@pytest.mark.parametrize("text,ref,words,value", MDAY_CASES, ids=[f"{c[1]}:{c[0][:60]}" for c in MDAY_CASES])
def test_weekday_and_day_of_month_grid(text, ref, words, value):
    got = _got(text, ref)
    assert (words, "DATE", value) in got, f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# Easter Sunday from a library's computus (dateutil), not the tagger's (calendar.easter)
from dateutil.easter import easter as _easter  # noqa: E402


def _apposed_cases():
    cases = []
    for y in range(2024, 2031):
        mothering = _easter(y) - timedelta(days=21)   # the UK's Mothering Sunday: three weeks before Easter
        for back in (2, 6, 9, 13, 17):
            ref = mothering - timedelta(days=back)
            n = f"{mothering.day}{_suffix(mothering.day)}"
            cases.append((f"We're closed on Mother's Day (Sunday {n}) so the team can see their mums 💐", ref, f"Sunday {n}",
                          mothering.isoformat()))
    return cases


APPOSED_CASES = _apposed_cases()


@pytest.mark.parametrize("text,ref,words,value", APPOSED_CASES, ids=[f"{c[1]}:{c[0][:60]}" for c in APPOSED_CASES])
def test_weekday_and_day_in_brackets_after_a_day_grid(text, ref, words, value):
    got = _got(text, ref)
    assert (words, "DATE", value) in got, f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# ---- "open from 9": the hour a place opens ------------------------------------------------------------------------
OPENING = [
    "The shop is open from {a} till {b} on {D}.",
    "On {D} the library is open from {a} until {b}.",
    "We're open from {a} till {b} on {D}, pop in!",
]


def _opening_cases():
    cases = []
    for ref in REFS:
        d = ref + timedelta(days=3)
        words = f"{FULL[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
        for tpl in OPENING:
            for a in range(7, 12):
                for b in range(3, 7):
                    cases.append((tpl.format(a=a, b=b, D=words), ref, a, b, d))
    return cases


OPENING_CASES = _opening_cases()


@pytest.mark.parametrize("text,ref,a,b,day", OPENING_CASES, ids=[f"{c[1]}:{c[0][:60]}" for c in OPENING_CASES])
def test_opening_hour_grid(text, ref, a, b, day):
    got = _got(text, ref)
    values = {g[0]: g[2] for g in got}
    assert values.get(str(a)) == f"{day.isoformat()}T{a:02d}:00", f"{text!r} read {ref}: {got}"
    assert values.get(str(b)) == f"{day.isoformat()}T{b + 12:02d}:00", f"{text!r} read {ref}: {got}"


@pytest.mark.parametrize("ref", REFS[:7])
def test_open_till_stays_a_closing_time(ref):
    # the closing time of rule bare_hour's "open till 9" (an evening's): unchanged by the opening hour above
    d = ref + timedelta(days=2)
    words = f"{FULL[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"
    for h in range(7, 12):
        got = _got(f"On {words} the shop is open till {h}.", ref)
        assert (str(h), "TIME", f"{d.isoformat()}T{h + 12:02d}:00") in got, got


# ---- "this week" written on a Sunday: the week to come unless told in the past ------------------------------------
# The ISO week of a Sunday ends that day: "new rota from this week", "im on nights mon to wed this week", a plan's
# "This week" heading, written on a Sunday, speak of the week that begins the next day (for a week that starts on
# Monday the one about to start, for one that starts on Sunday the one that has just begun); told in the past
# ("this week has been mad", "I ran 40k this week") the week that ends that day. Any other day: the ISO week of it.
SUNDAYS = [date(2024, 12, 29), date(2025, 3, 2), date(2025, 6, 8), date(2025, 12, 28), date(2026, 1, 4),
           date(2026, 5, 17), date(2027, 1, 3), date(2027, 10, 10)]
WEEK_REFS = REFS[:28] + SUNDAYS
WEEK_AHEAD = [
    "new rota from this week: lates mon to wed, earlies thurs and fri",
    "What are you up to this week?",
    "This week is going to be different, I can feel it.",
    "Reminder: bins go out this week as normal.",
]
WEEK_GONE = [
    "This week has been exhausting.",
    "It's been a long week this week.",
    "I ran 40k this week, legs are dead.",
]


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _week_cases():
    cases = []
    for ref in WEEK_REFS:
        sunday = ref.isoweekday() == 7
        for tpl in WEEK_AHEAD:
            cases.append((tpl, ref, "this week", _iso_week(ref + timedelta(days=1 if sunday else 0))))
        for tpl in WEEK_GONE:
            cases.append((tpl, ref, "this week", _iso_week(ref)))
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 if sunday else 0)
        for wd in range(7):
            cases.append((f"im on nights mon to {SHORT[wd].lower()} this week so count me out", ref,
                          f"{SHORT[wd].lower()} this week", (monday + timedelta(days=wd)).isoformat()))
    return cases


WEEK_CASES = _week_cases()


@pytest.mark.parametrize("text,ref,words,value", WEEK_CASES, ids=[f"{c[1]}:{c[0][:60]}" for c in WEEK_CASES])
def test_this_week_written_on_a_sunday_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0].lower() == words]
    assert mine and mine[0][2] == value, f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# ---- a person's present state on a named weekday: the one to come ------------------------------------------------
# "I'm busy on Saturday", "we're away Friday": of a day gone one says "was"; a first or second person's present
# copula and a state right before a weekday names the next one (told in the past, the last one).
STATES = [
    ("I'm busy on {W}, sorry.", "next"),
    ("We're away {W} so can't help with the move.", "next"),
    ("I'm free {W} if you want to meet.", "next"),
    ("You're off on {W} aren't you?", "next"),
    ("I was busy on {W}, sorry.", "last"),
    ("We were away {W} so missed it.", "last"),
]


def _state_cases():
    cases = []
    for ref in REFS:
        for k in range(1, 7):
            for tpl, side in STATES:
                wd = (ref + timedelta(days=k)).weekday()
                day = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7) if side == "next" \
                    else ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)
                cases.append((tpl.format(W=FULL[wd]), ref, FULL[wd], day.isoformat()))
    return cases


STATE_CASES = _state_cases()


@pytest.mark.parametrize("text,ref,words,value", STATE_CASES, ids=[f"{c[1]}:{c[0][:60]}" for c in STATE_CASES])
def test_a_persons_present_state_on_a_weekday_grid(text, ref, words, value):
    got = _got(text, ref)
    assert (words, "DATE", value) in got, f"{text!r} read {ref}: {got}; calendar {words!r} {value}"
