"""Patterns the eighteenth session's engineers saw and left, as GRIDS (nineteenth session, left19;
docs/informal-time.md, "Patterns left by the eighteenth session (nineteenth session, left19)").

Each grid is a pattern of English, its sentences written here, its expected values computed from the
calendar (``datetime``), never from the tagger:

- a log or a diary whose line opens with a dated day ("Sat 28 Feb: drove up") and a later line opened by
  a weekday alone ("Sun: unpacked"): the log moves forward, the weekday is the first such day after the
  entry before it (not the one a week before), and its own words count from it ("Mon: rain" after it);
- a line opened by a weekday and a day of the month ("Wed 4th: got my badge") after a dated line: the day
  of the month nearest the entry before it that falls on that weekday (March's 4th after "Mon 2 Mar",
  not February's, whose 4th was a Wednesday too in 2026), a past entry being before the day of writing;
- "now" in a statement of standing hours ("we're now open 8am-6pm daily"): the hours are a habit's
  (XXXX-XX-XXThh:mm), "now" names no day they are on;
- a clock time that settles the plan a chat made messages before ("Bday drinks Saturday 7th!" ... "see you at
  8pm then", "ok 7.30pm it is then", "cya at 9pm"): on the plan's day, also after messages stamped hours later
  and farther back than a bare hour reaches (not when the talk was of a day gone);
- "mothers day" / "mother's day" in a British voice (a spelling or a word of British English within the
  reach of the holiday: "colour", "favourite", "organise", "£"): Mothering Sunday, three weeks before
  Easter Sunday, not the US day (the second Sunday of May); with "mom" (a US or Canadian voice) the US day.

Reference dates: days of the week in several years, month and year ends.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from gridcheck import check

FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# a week (Monday .. Sunday) in each of four years, and the turns of months and years
WEEKS = [date(y, m, d) + timedelta(days=i) for y, m, d in ((2024, 9, 16), (2025, 6, 2), (2026, 1, 12), (2027, 4, 5))
         for i in range(7)]
ENDS = [date(2024, 12, 30), date(2025, 1, 31), date(2025, 2, 27), date(2026, 2, 28), date(2026, 3, 2), date(2026, 12, 29),
        date(2028, 2, 28)]
DAYS = WEEKS + ENDS


def _nth(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _wd(d: date, full: bool) -> str:
    return (FULL if full else SHORT)[d.weekday()]


# ---- 1. a weekday alone opening a log's line after a dated line ------------------------------------------------
# the dated line's forms: "Sat 28 Feb:", "28 Feb –", "Saturday 28 February."
HEADS = [lambda d: f"{_wd(d, False)} {d.day} {MON3[d.month - 1]}:",
         lambda d: f"{d.day} {MON3[d.month - 1]} –",
         lambda d: f"{_wd(d, True)} {d.day} {MONTHS[d.month - 1]}."]
FIRST = ["drove up to the cottage", "flew out, landed late", "started the new job"]
LATER = ["unpacked and walked the dog", "went to the beach, freezing", "fixed the gate with Dad"]


def _log_cases():
    cases = []
    for d in DAYS:
        for hi, head in enumerate(HEADS):
            for gap in (1, 2, 4):
                day = d + timedelta(days=gap)
                written = day + timedelta(days=3)
                for full in (False, True):
                    text = f"{head(d)} {FIRST[hi]}\n{_wd(day, full)}: {LATER[(hi + gap) % 3]}"
                    cases.append((text, written, _wd(day, full), ("DATE", day.isoformat())))
    return cases


def _chain_cases():
    # a chain of weekday lines: each counts from the line before it
    cases = []
    for d in DAYS:
        one, two = d + timedelta(days=1), d + timedelta(days=2)
        text = f"{HEADS[0](d)} drove up\n{_wd(one, False)}: unpacked\n{_wd(two, False)}: rain, stayed in and read"
        written = two + timedelta(days=2)
        cases.append((text, written, _wd(two, False), ("DATE", two.isoformat())))
        # ... and the words of the weekday's line count from its day
        text = f"{HEADS[0](d)} drove up\n{_wd(one, True)}: unpacked, went to the pub last night"
        cases.append((text, one + timedelta(days=5), "last night", ("TIME", f"{d.isoformat()}TNI")))
    return cases


@pytest.mark.parametrize("name,cases", [("log weekday", _log_cases()), ("chain", _chain_cases())])
def test_log_weekday_moves_forward(name, cases):
    check(cases)


# ---- 2. a weekday and a day of the month opening a log's line after a dated line ---------------------------------
def _mday_cases():
    cases = []
    for d in DAYS + [date(2026, 3, 2), date(2026, 2, 27), date(2027, 3, 1), date(2025, 8, 29)]:
        for gap in (1, 2, 3, 5):
            day = d + timedelta(days=gap)
            label = f"{_wd(day, False)} {_nth(day.day)}"
            # a past entry, written days later
            text = f"{HEADS[0](d)} started the new job\n{label}: got my badge, went to the gym after"
            cases.append((text, day + timedelta(days=4), label, ("DATE", day.isoformat())))
            # a log whose first line is a weekday and a day of the month too
            first = f"{_wd(d, False)} {_nth(d.day)}"
            text = f"{first}: drove up\n{label}: walked to the harbour"
            cases.append((text, day + timedelta(days=6), label, ("DATE", day.isoformat())))
    return cases


def _mday_alone_cases():
    # a guard (right at the base): a line alone, written after its day in the same month, is that month's
    cases = []
    for y in (2025, 2026, 2027):
        for mo in range(1, 13):
            for dd in (4, 12):
                day = date(y, mo, dd)
                label = f"{_wd(day, False)} {_nth(dd)}"
                cases.append((f"{label}: got my badge", day + timedelta(days=3), label, ("DATE", day.isoformat())))
    return cases


@pytest.mark.parametrize("name,cases", [("after a dated line", _mday_cases()), ("alone", _mday_alone_cases())])
def test_log_weekday_mday(name, cases):
    check(cases)


# ---- 3. "now" in a statement of standing hours --------------------------------------------------------------
NOW_HOURS = [
    ("we're now open 8am-6pm daily", [("8am", "08:00"), ("6pm", "18:00")]),
    ("We're now open 7am to 9pm daily!", [("7am", "07:00"), ("9pm", "21:00")]),
    ("now open till 10pm daily", [("10pm", "22:00")]),
    ("the pool is now open 6am to 10pm daily", [("6am", "06:00"), ("10pm", "22:00")]),
    ("Good news, the cafe now opens at 7am daily", [("7am", "07:00")]),
    ("opening hours are now 9am to 5.30pm", [("9am", "09:00"), ("5.30pm", "17:30")]),
    ("visiting hours are now 2pm-8pm", [("2pm", "14:00"), ("8pm", "20:00")]),
    ("we now close at 11pm on weekdays", [("11pm", "23:00")]),
    ("the gym is now open 24/7 and classes run at 6pm daily", [("6pm", "18:00")]),
    ("quiet hours now start at 10pm", [("10pm", "22:00")]),
]
NOW_DATED = [   # controls: one day's hours
    ("we're now open till 10pm tonight", "10pm tonight", 0, "22:00"),
    ("we're now open 9am-1pm tomorrow", "9am", 1, "09:00"),
]


def _now_cases():
    cases = []
    for ref in DAYS:
        for text, hours in NOW_HOURS:
            for expr, hm in hours:
                cases.append((text, ref, expr, ("TIME", f"XXXX-XX-XXT{hm}")))
    return cases


def _now_dated_cases():
    return [(text, ref, expr, ("TIME", f"{(ref + timedelta(days=off)).isoformat()}T{hm}"))
            for ref in DAYS for text, expr, off, hm in NOW_DATED]


@pytest.mark.parametrize("name,cases", [("habit", _now_cases()), ("one day", _now_dated_cases())])
def test_now_standing_hours(name, cases):
    check(cases)


# ---- 4. a clock time that settles the plan a chat made before -----------------------------------------------------
OCCASIONS = ["Bday drinks {d}!", "Leaving do for Sam is {d} at the Crown", "quiz night {d}, who's coming?",
             "Mia's having a house party {d}, you in?"]
FILLER = ["who's in?", "me!!", "me too, if I can get a sitter", "where is it again?", "the one by the station, upstairs room",
          "can someone bring a speaker", "I've got one, will bring it", "amazing, can't wait", "is it fancy dress or not lol",
          "no, just come as you are"]
SETTLES = [("see you at 8pm then", "8pm", "20:00"), ("ok 7.30pm it is then", "7.30pm", "19:30"), ("cya at 9pm x", "9pm", "21:00"),
           ("great, see you all at 7pm", "7pm", "19:00")]


def _settle_cases():
    cases = []
    for ref in DAYS:
        for gap in (2, 5):
            day = ref + timedelta(days=gap)
            label = f"{_wd(day, True)} {_nth(day.day)}"
            for oi, occ in enumerate(OCCASIONS):
                for si, (line, expr, hm) in enumerate(SETTLES):
                    for n in (2, 10):   # a few messages on, and farther than a bare hour reaches (400 characters)
                        msgs = [occ.format(d=label)] + [FILLER[(oi + j) % 10] for j in range(n)] + [line]
                        cases.append(("\n".join(msgs), ref, expr, ("TIME", f"{day.isoformat()}T{hm}")))
                    # a chat export, the answer sent hours after the messages before it (a new talk)
                    stamp = f"{ref.day:02d}/{ref.month:02d}/{ref.year}"
                    msgs = [f"[{stamp}, 09:{10 + j:02d}] {'ABC'[j % 3]}: {m}" for j, m in
                            enumerate([occ.format(d=label)] + FILLER[oi:oi + 3])] + [f"[{stamp}, 18:40] Amy: {line}"]
                    cases.append(("\n".join(msgs), ref, expr, ("TIME", f"{day.isoformat()}T{hm}")))
    return cases


def _settle_control_cases():
    # the talk was of a day gone: the time is of the day of writing
    cases = []
    for ref in DAYS:
        for line, expr, hm in SETTLES:
            msgs = ["Bday drinks were mad last night!", "my head hurts", "same, never again", line]
            cases.append(("\n".join(msgs), ref, expr, ("TIME", f"{ref.isoformat()}T{hm}")))
    return cases


@pytest.mark.parametrize("name,cases", [("plan", _settle_cases()), ("day gone", _settle_control_cases())])
def test_settled_time(name, cases):
    check(cases)


# ---- 5. mother's day in a British voice ---------------------------------------------------------------------
# Easter Sunday from a library's computus (dateutil), not the tagger's (calendar.easter)
from dateutil.easter import easter  # noqa: E402


def mothering_sunday(y: int) -> date:
    return easter(y) - timedelta(weeks=3)


def us_mothers_day(y: int) -> date:
    first = date(y, 5, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7)


UK_MUM = [   # a plan, a British spelling or the pound within the sentence
    ("booking a table for mothers day, £35 a head", "mothers day"),
    ("what colour flowers should I get for mother's day?", "mother's day"),
    ("Mother's Day lunch, £22.50 per person, book now", "Mother's Day"),
    ("we'll organise something nice for mothers day", "mothers day"),
    ("her favourite restaurant is fully booked for Mother's Day", "Mother's Day"),
    ("any ideas for mother's day? I'm rubbish at this, she's got a new flat and loves the colour green", "mother's day"),
]
US_MOM = [   # controls: a US voice
    ("booking brunch for mother's day with my mom, $40 a head", "mother's day"),
    ("what color flowers should I get my mom for mothers day?", "mothers day"),
    ("what colour flowers should I get my mom for mothers day?", "mothers day"),   # Canadian: "colour" and "mom"
]
# reference dates: the months before the day (and, for the US day, the weeks between the two days), and late in
# the year, where the next day is the nearest too (a plan without a verb of the future is read as the nearest)
UK_REFS = [date(y, m, d) for y in (2025, 2026, 2027, 2028) for m, d in ((1, 6), (2, 14), (3, 3), (10, 20), (11, 30))]
US_REFS = [date(y, m, d) for y in (2025, 2026, 2027, 2028) for m, d in ((1, 6), (2, 14), (3, 3), (4, 20), (11, 30))]


def _next(ref: date, fn) -> date:
    day = fn(ref.year)
    return day if day > ref else fn(ref.year + 1)


def _mum_cases():
    return [(text, ref, expr, ("DATE", _next(ref, mothering_sunday).isoformat()))
            for ref in UK_REFS for text, expr in UK_MUM]


def _mom_cases():
    return [(text, ref, expr, ("DATE", _next(ref, us_mothers_day).isoformat()))
            for ref in US_REFS for text, expr in US_MOM]


def test_computus():
    # the test's calendar against Easter days fixed by the churches' tables
    assert [easter(y) for y in (2024, 2025, 2026, 2027, 2028)] == [
        date(2024, 3, 31), date(2025, 4, 20), date(2026, 4, 5), date(2027, 3, 28), date(2028, 4, 16)]


@pytest.mark.parametrize("name,cases", [("british", _mum_cases()), ("us", _mom_cases())])
def test_mothers_day_voice(name, cases):
    check(cases)
