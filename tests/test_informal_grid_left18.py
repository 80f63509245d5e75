"""Wrong or missing values in informal posts, by cause, as GRIDS (eighteenth session, left18;
docs/informal-time.md, "Patterns left by two readers of the readable halves (eighteenth session, left18)").

Each grid is a pattern of English, written here, its expected values computed from the calendar
(``datetime``), never from the tagger:

- a dotted clock time after the word of an event's start or of a last call ("kick off at 3.30",
  "Big race off at 3.30", "last orders 10.45") is a time outside a story too; an hour below 7 is the
  afternoon's, last orders' any hour below 12 the evening's; not a price, a score, a version or a
  decimal (negative cases);
- the hours of a plural shift ("Nights are 9pm-3am", "my lates are 2pm-10pm") are a habit's
  (XXXX-XX-XXThh:mm); a list of weekdays after a verb of hours kept ("open Tues and Thurs") is every
  such day, as a range already was; one weekday with its hours "as usual" ("Training Weds 6-7pm as
  usual") too;
- lower-case "halloween" and "christmas" are found without a cue (not before a noun of the season:
  "christmas jumper", nor before any word after a greeting, "merry christmas everyone": tests/data/tagger_negative.jsonl);
- a booking verb up to five words before "for" ("booked my next one for June 7th") sets a day to come;
- a bare participle after a noun dates its own month ("the pay rise agreed in January takes effect
  from 1 April": the January gone), not the main verb's present;
- a day said with its clock right after it ("they said monday at 10") is that clock's day;
- a log line headed "Today:" after dated entries is the day of writing (and its words count from it);
- "the following Monday" a few lines after a day named is the Monday after that day.

Reference dates: every weekday of a week in each of several years, month and year ends.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LOWER = [d.lower() for d in FULL]
SHORT = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
LONGER = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# a week (Monday .. Sunday) in each of four years, and the turns of months and years
WEEKS = [date(y, m, d) + timedelta(days=i) for y, m, d in ((2024, 9, 16), (2025, 6, 2), (2026, 1, 12), (2027, 4, 5))
         for i in range(7)]
ENDS = [date(2024, 12, 31), date(2025, 1, 1), date(2025, 2, 28), date(2026, 3, 1), date(2026, 12, 30), date(2028, 2, 29)]
REFS = WEEKS + ENDS


def _nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _got(text: str, ref: date):
    return [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]


def _ids(cases):
    return [f"{c[1]}:{c[0][:50]}" for c in cases]


# ---- a dotted clock time after the word of a start or a last call ------------------------------------------------
STARTS = [
    "kick off at {t}",
    "Big race off at {t}, get your bets on",
    "KO is at {t} lads",
    "Kick-off: {t} so be there early",
    "we're off at {t} if anyone wants a lift",
]
LAST_ORDERS = ["last orders {t}", "Last orders are at {t}, no exceptions", "cafe open as normal, last orders {t}."]
TIMES = [(1, 15), (2, 45), (3, 30), (5, 5), (7, 45), (9, 20), (10, 30), (11, 55), (13, 10), (19, 45), (20, 0)]


def _start_cases():
    cases = []
    for ref in WEEKS[::3] + ENDS:
        for h, mi in TIMES:
            t = f"{h}.{mi:02d}"
            hour = h + 12 if h < 7 else h
            for tpl in STARTS:
                cases.append((tpl.format(t=t), ref, t, f"{ref.isoformat()}T{hour:02d}:{mi:02d}"))
            if 5 <= h:   # (last orders at 1.15 or 2.45 may be a night's, after midnight: not read here)
                hour = h + 12 if h < 12 else h
                for tpl in LAST_ORDERS:
                    cases.append((tpl.format(t=t), ref, t, f"{ref.isoformat()}T{hour:02d}:{mi:02d}"))
    return cases


START_CASES = _start_cases()


@pytest.mark.parametrize("text,ref,words,value", START_CASES, ids=_ids(START_CASES))
def test_a_dotted_start_time_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][1:] == ("TIME", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# no clock time: a price, a count, a version, a score, a decimal
NOT_CLOCKS = [
    "20% off at {t} in the sale",
    "shares were off at {t} by the close",
    "it costs {t} a pint now",
    "version {t} is out, update your app",
    "kick off at {t}.1 on the new build",
    "KO at £{t} each",
    "the index closed at {t} points",
    "won {t} on the night",
    "the rate is {t} per cent",
]


def _not_clock_cases():
    return [(tpl.format(t=f"{h}.{mi:02d}"), ref, f"{h}.{mi:02d}") for ref in WEEKS[:7:2] for h, mi in TIMES
            for tpl in NOT_CLOCKS]


NOT_CLOCK_CASES = _not_clock_cases()


@pytest.mark.parametrize("text,ref,number", NOT_CLOCK_CASES, ids=_ids(NOT_CLOCK_CASES))
def test_a_dotted_number_that_is_no_clock_grid(text, ref, number):
    got = _got(text, ref)
    assert not [g for g in got if number in g[0] and g[1] == "TIME"], f"{text!r} read {ref}: {got}; no clock time"


# ---- habit hours: a plural shift's hours, a list of weekdays after a verb of hours kept, "as usual" --------------
SHIFT_HOURS = ["{N} are {a}-{b}", "my {n} are {a}-{b}", "{N} r {a} - {b} btw", "our {n} are {a} to {b} on the new rota"]
SHIFTS = ["nights", "lates", "earlies", "shifts", "weekdays"]
SPANS = [((21, "9pm"), (3, "3am")), ((14, "2pm"), (22, "10pm")), ((6, "6am"), (14, "2pm")), ((22, "10pm"), (6, "6am")),
         ((8, "8am"), (16, "4pm")), ((12, "12pm"), (20, "8pm"))]


def _shift_hour_cases():
    cases = []
    for ref in WEEKS[::2]:
        for tpl in SHIFT_HOURS:
            for n in SHIFTS:
                for (h1, a), (h2, b) in SPANS:
                    cases.append((tpl.format(n=n, N=n.capitalize(), a=a, b=b), ref,
                                  ((a, f"XXXX-XX-XXT{h1:02d}:00"), (b, f"XXXX-XX-XXT{h2:02d}:00"))))
    return cases


SHIFT_HOUR_CASES = _shift_hour_cases()


@pytest.mark.parametrize("text,ref,expected", SHIFT_HOUR_CASES, ids=_ids(SHIFT_HOUR_CASES))
def test_the_hours_of_a_plural_shift_are_a_habit_grid(text, ref, expected):
    got = _got(text, ref)
    for words, value in expected:
        mine = [g for g in got if g[0] == words]
        assert mine and mine[0][1:] == ("TIME", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# "the next two nights are 9pm-3am": two nights to come, not a habit's hours
def test_the_next_nights_are_no_habit():
    for ref in WEEKS:
        got = _got("the next two nights are 9pm-3am", ref)
        assert ("9pm", "TIME", f"{ref.isoformat()}T21:00") in got, got


WEEKDAY_LISTS = [
    "open {A} and {B}",
    "we're open {a} and {b}",
    "The library is closed {A} & {B}",
    "I work {a}, {b} and {c}",
    "she works {A} and {B} so can't do those",
]
LIST_DAYS = [(1, 3, 4), (0, 2, 4), (0, 1, 5), (2, 3, 6), (1, 4, 5)]   # tue/thu/fri, mon/wed/fri, ...


def _list_cases():
    cases = []
    for ref in WEEKS:
        for i, j, k in LIST_DAYS:
            for names in (SHORT, LONGER, FULL):
                for tpl in WEEKDAY_LISTS:
                    text = tpl.format(a=names[i].lower(), b=names[j].lower(), c=names[k].lower(),
                                      A=names[i], B=names[j])
                    days = [(names[i], i), (names[j], j)] + ([(names[k], k)] if "{c}" in tpl else [])
                    cases.append((text, ref, tuple((w, "SET", f"XXXX-WXX-{n + 1}") for w, n in days)))
    return cases


LIST_CASES = _list_cases()


@pytest.mark.parametrize("text,ref,expected", LIST_CASES, ids=_ids(LIST_CASES))
def test_a_list_of_weekdays_kept_is_a_set_grid(text, ref, expected):
    got = _got(text, ref)
    for words, typ, value in expected:
        mine = [g for g in got if g[0].lower() == words.lower()]
        assert mine and mine[0][1:] == (typ, value), f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {typ} {value}"


# one week named, or a modal's offer: the days of the week to come, not a set
def test_a_list_of_weekdays_of_one_week_or_offered_is_dated():
    for ref in WEEKS:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=1)
        got = _got("open Tues and Thurs next week", ref)
        assert ("Thurs next week", "DATE", (monday + timedelta(days=3)).isoformat()) in got, (ref, got)
        assert [g for g in got if g[0] == "Tues"] and all(g[1] == "DATE" for g in got), (ref, got)
        got = _got("I can work tues and thurs", ref)
        assert [g for g in got if g[0] == "tues"] and all(g[1] == "DATE" for g in got), (ref, got)


AS_USUAL = ["Training {d} 6-7pm as usual", "{d} 7-9pm as normal at the club", "Swimming {d} 5-6pm as always"]
# ("Mon", "Sat", "Sun" are words of their own: read as days only with cues, not here)
AS_USUAL_NAMES = (FULL, ["Monday", "Tues", "Weds", "Thurs", "Fri", "Saturday", "Sunday"])


def _as_usual_cases():
    cases = []
    for ref in WEEKS:
        for i in range(7):
            for names in AS_USUAL_NAMES:
                for tpl in AS_USUAL:
                    cases.append((tpl.format(d=names[i]), ref, names[i], f"XXXX-WXX-{i + 1}"))
    return cases


AS_USUAL_CASES = _as_usual_cases()


@pytest.mark.parametrize("text,ref,words,value", AS_USUAL_CASES, ids=_ids(AS_USUAL_CASES))
def test_one_weekday_with_its_hours_as_usual_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][1:] == ("SET", value), f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} SET {value}"


# "see you Friday as usual": one Friday, the one to come
def test_one_weekday_as_usual_without_hours_is_one_day():
    for ref in WEEKS:
        if ref.weekday() == 4:
            continue   # (said on a Friday: that day or the next, either reading)
        friday = ref + timedelta(days=(4 - ref.weekday()) % 7)
        got = _got("see you Friday as usual", ref)
        assert ("Friday", "DATE", friday.isoformat()) in got, (ref, got)


# a day named as the exception to a habit is no day of the habit's hours
EXCEPTIONS = ["the cafe is open every day except {h}, last orders 3.30.", "open daily apart from {h}, 9am-5pm",
              "we're open every day other than {h}, 9am-5pm"]


@pytest.mark.parametrize("tpl", EXCEPTIONS)
def test_a_day_excepted_from_a_habit_is_no_day_of_its_hours(tpl):
    for ref in WEEKS[::3]:
        for h in ("Christmas Day", "New Year's Day", "Boxing Day"):
            got = _got(tpl.format(h=h), ref)
            times = [g for g in got if g[1] == "TIME"]
            assert times and all(g[2].startswith("XXXX-XX-XXT") for g in times), f"{tpl.format(h=h)!r} read {ref}: {got}"


# ---- lower-case holidays -------------------------------------------------------------------------------------------
def _nearest(ref: date, month: int, day: int) -> date:
    """The holiday on month/day nearest the reference date (a greeting is said on or near it)."""
    cands = [date(ref.year + k, month, day) for k in (-1, 0, 1)]
    return min(cands, key=lambda d: abs((d - ref).days))


GREETINGS = ["happy {h}!", "Happy {h} x", "merry {h}!!", "happy {h} 🎃🎄"]
HOLIDAY_REFS = [date(2024, 10, 30), date(2024, 10, 31), date(2024, 11, 2), date(2025, 12, 24), date(2025, 12, 25),
                date(2025, 12, 27), date(2026, 4, 4), date(2026, 6, 30), date(2026, 7, 2), date(2027, 3, 27),
                date(2027, 10, 31), date(2028, 4, 16)]


def _greeting_cases():
    cases = []
    for ref in HOLIDAY_REFS:
        for name, day in (("halloween", _nearest(ref, 10, 31)), ("christmas", _nearest(ref, 12, 25))):
            for tpl in GREETINGS:
                cases.append((tpl.format(h=name), ref, name, day.isoformat()))
    return cases


GREETING_CASES = _greeting_cases()


@pytest.mark.parametrize("text,ref,words,value", GREETING_CASES, ids=_ids(GREETING_CASES))
def test_a_lower_case_holiday_greeted_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][1:] == ("DATE", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# in lower case without a cue: the one to come (a plan) or the one gone (told as gone)
UNCUED_COMING = ["{h} is coming", "cant wait {h} is nearly here", "{h} is on a {wd} this year"]
UNCUED_GONE = ["{h} was mad", "the kids loved {h}"]


def _uncued_cases():
    cases = []
    for ref in WEEKS + ENDS:
        for name, (mo, dd) in (("halloween", (10, 31)), ("christmas", (12, 25))):
            this = date(ref.year, mo, dd)
            coming = this if this >= ref else date(ref.year + 1, mo, dd)
            gone = this if this < ref else date(ref.year - 1, mo, dd)
            if 0 < (coming - ref).days:
                for tpl in UNCUED_COMING:
                    cases.append((tpl.format(h=name, wd=FULL[coming.weekday()]), ref, name, coming.isoformat()))
            if 0 < (ref - gone).days <= 60:
                for tpl in UNCUED_GONE:
                    cases.append((tpl.format(h=name), ref, name, gone.isoformat()))
    return cases


UNCUED_CASES = _uncued_cases()


@pytest.mark.parametrize("text,ref,words,value", UNCUED_CASES, ids=_ids(UNCUED_CASES))
def test_a_lower_case_holiday_without_a_cue_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][1:] == ("DATE", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# before a noun, a thing of the season: no day
@pytest.mark.parametrize("text", ["christmas jumper day at work", "merry christmas everyone, eat too much", "halloween costume ideas?", "got my christmas tree up",
                                  "the christmas rota is up", "a service of thanksgiving", "halloween sweets half price"])
def test_a_lower_case_holiday_before_a_noun_is_no_day(text):
    for ref in WEEKS[::4]:
        got = _got(text, ref)
        assert not [g for g in got if g[1] == "DATE"], f"{text!r} read {ref}: {got}"


# ---- a booking verb a few words before "for" ------------------------------------------------------------------
BOOKINGS = [
    "booked my next one for {d}",
    "I've booked my next appointment for {d}",
    "just booked the kids' dentist appointments for {d}",
    "we've arranged a viewing for {d}",
    "I've booked my annual eye test for {d}",
]


def _booking_cases():
    cases = []
    for ref in REFS:
        for back in (60, 90, 200):
            # a day of the year gone by (more than a month: a day a few weeks gone may be a slip for it) is next year's
            past = ref - timedelta(days=back)
            if past.year == ref.year and past.day != ref.day:
                coming = date(ref.year + 1, past.month, past.day) if (past.month, past.day) != (2, 29) else None
                if coming is None:
                    continue
                d = f"{MONTHS[past.month - 1]} {_nth(past.day)}"
                for tpl in BOOKINGS:
                    cases.append((tpl.format(d=d), ref, d, coming.isoformat()))
        for ahead in (10, 40, 100):
            fut = ref + timedelta(days=ahead)
            d = f"{fut.day} {MONTHS[fut.month - 1]}"
            for tpl in BOOKINGS:
                cases.append((tpl.format(d=d), ref, d, fut.isoformat()))
    return cases


BOOKING_CASES = _booking_cases()


@pytest.mark.parametrize("text,ref,words,value", BOOKING_CASES, ids=_ids(BOOKING_CASES))
def test_a_booking_for_a_day_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][1:] == ("DATE", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# ---- a bare participle's month, the main verb in the present ----------------------------------------------------
PARTICIPLES = [
    "the pay rise agreed in {m} takes effect from 1 {n}",
    "The rent increase announced in {m} comes in on 1 {n}",
    "the new rota agreed in {m} starts next week",
    "the report published in {m} shows waiting times up",
]


def _participle_cases():
    cases = []
    for ref in REFS:
        for back in (1, 2, 3, 5):
            y, mo = (ref.year, ref.month - back) if ref.month > back else (ref.year - 1, ref.month - back + 12)
            nxt = ref.month % 12 + 1
            for tpl in PARTICIPLES:
                cases.append((tpl.format(m=MONTHS[mo - 1], n=MONTHS[nxt - 1]), ref, MONTHS[mo - 1], f"{y}-{mo:02d}"))
    return cases


PARTICIPLE_CASES = _participle_cases()


@pytest.mark.parametrize("text,ref,words,value", PARTICIPLE_CASES, ids=_ids(PARTICIPLE_CASES))
def test_a_participles_month_is_the_one_gone_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][1:] == ("DATE", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# ---- a day said with its clock right after it -------------------------------------------------------------------
SAID_AT = [
    "I rang them {a} and they said {b} at {h}",
    "spoke to the garage {a}, they said {b} at {h}am",
    "emailed them {a} and they said {b} @ {h}",
]


def _said_at_cases():
    cases = []
    for ref in WEEKS:
        for ia, ib in ((4, 0), (3, 1), (0, 2), (2, 4)):   # fri -> mon, thu -> tue, mon -> wed, wed -> fri
            # the day rung: the last such weekday before the day of writing; the day said: the first such after it
            rung = ref - timedelta(days=(ref.weekday() - ia) % 7)   # (on that weekday: the day of writing)
            said = rung + timedelta(days=(ib - ia) % 7)
            if not 0 <= (ref - said).days <= 2:
                continue   # (a day said further back may be the one after: kept to the day of writing and two before it)
            for tpl in SAID_AT:
                for h in (9, 10, 11):
                    text = tpl.format(a=LOWER[ia], b=LOWER[ib], h=h)
                    words = f"{h}am" if "{h}am" in tpl else str(h)
                    cases.append((text, ref, LOWER[ib], said, words, f"{said.isoformat()}T{h:02d}:00"))
    return cases


SAID_AT_CASES = _said_at_cases()


@pytest.mark.parametrize("text,ref,day_words,day,words,value", SAID_AT_CASES, ids=_ids(SAID_AT_CASES))
def test_a_day_said_with_its_clock_grid(text, ref, day_words, day, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0] == words]
    assert mine and mine[0][1:] == ("TIME", value), f"{text!r} read {ref} ({ref:%a}): {got}; calendar {words!r} {value}"


# ---- "Today:" heading a log line after dated entries ------------------------------------------------------------
LOGS = [
    "{d1}: called the office, they said a week.\n{d2}: chased again.\nToday: still nothing, ringing again tomorrow.",
    "{d1} - sent the form\n{d2} - no reply\nToday - finally heard back, starting tomorrow",
]


def _log_cases():
    cases = []
    for ref in REFS:
        for a, b in ((9, 6), (12, 3), (20, 1)):
            d1, d2 = ref - timedelta(days=a), ref - timedelta(days=b)
            for tpl in LOGS:
                text = tpl.format(d1=f"{d1.day} {MONTHS[d1.month - 1]}", d2=f"{d2.day} {MONTHS[d2.month - 1]}")
                cases.append((text, ref, (("Today", ref.isoformat()), ("tomorrow", (ref + timedelta(days=1)).isoformat()))))
    return cases


LOG_CASES = _log_cases()


@pytest.mark.parametrize("text,ref,expected", LOG_CASES, ids=_ids(LOG_CASES))
def test_today_heading_a_log_line_grid(text, ref, expected):
    got = _got(text, ref)
    for words, value in expected:
        mine = [g for g in got if g[0] == words]
        assert mine and mine[-1][1:] == ("DATE", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"


# ---- "the following Monday" a few lines after a day named -------------------------------------------------------
FOLLOWING = [
    "Started the new job on {d}.\nFirst day was long.\nMet the team.\nThe following {w} I was on my own.",
    "Had the interview on {d}.\nThey said they'd let me know.\nHeard nothing.\nThen the following {w} they rang.",
]


# a sale or a meeting to come, its results or its minutes "the following Monday" a few paragraphs on
FOLLOWING_AHEAD = [
    "Our spring sale is on {wd} {d} at 10am.\n\nViewing is by appointment, call the office.\n\nCommission is 15 per cent."
    "\n\nResults go up on the website the following {w}.",
    "The AGM is on {d}.\n\nPlease send apologies to the secretary.\n\nMinutes will be circulated the following {w}.",
]


def _following_cases():
    cases = []
    for ref in REFS:
        for back in (15, 24, 40):
            d = ref - timedelta(days=back)
            for wi in range(7):
                nxt = d + timedelta(days=(wi - d.weekday()) % 7 or 7)
                if nxt >= ref:
                    continue
                for tpl in FOLLOWING:
                    text = tpl.format(d=f"{FULL[d.weekday()]} {d.day} {MONTHS[d.month - 1]}", w=FULL[wi])
                    cases.append((text, ref, f"following {FULL[wi]}", nxt.isoformat()))
        for ahead in (3, 10, 30):
            d = ref + timedelta(days=ahead)
            for wi in range(7):
                nxt = d + timedelta(days=(wi - d.weekday()) % 7 or 7)
                for tpl in FOLLOWING_AHEAD:
                    text = tpl.format(d=f"{d.day} {MONTHS[d.month - 1]}", wd=FULL[d.weekday()], w=FULL[wi])
                    cases.append((text, ref, f"following {FULL[wi]}", nxt.isoformat()))
    return cases


FOLLOWING_CASES = _following_cases()


@pytest.mark.parametrize("text,ref,words,value", FOLLOWING_CASES, ids=_ids(FOLLOWING_CASES))
def test_the_following_weekday_lines_after_a_day_grid(text, ref, words, value):
    got = _got(text, ref)
    mine = [g for g in got if g[0].lower().endswith(words.lower())]
    assert mine and mine[0][1:] == ("DATE", value), f"{text!r} read {ref}: {got}; calendar {words!r} {value}"
