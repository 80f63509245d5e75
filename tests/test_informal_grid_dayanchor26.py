"""The day a date, a clock time or a deictic belongs to when a message names a date and talks about it (twenty-fifth
session, dayanchor26; docs/informal-time.md, the section on dayanchor26). The sentences are written for this file;
every value is computed here from the calendar (``datetime``), never read from the tagger.

1. A weekday and a day of the month with no month ("FRI 11th" on a rota's line) a few days ahead of the day of writing
   (at most 10) is that day though a past is read near it (a rota's "extended hours" read as a past no longer pushes
   the day six months back). Kept: "the final was friday 29th" with no such day a few days ahead follows its past;
   a plan for such a day when the nearest one is a few days gone is the next one ahead ("the next session will be
   Tuesday 3rd").
2. A weekday, a day with its ordinal suffix and a lower-case month that is also a word ("final's friday 29th march
   already", "sat 3rd june obviously"): one DATE whatever follows the month. Kept: a modal "may" before its verb
   ("fri 9th may be too late") is no month.
3. A clock time right after a sentence that spoke of the present ("Booked it for the 7th. Are you free now? Call me at
   6pm"): the day of writing, not the day the talk named before. Kept: a clock time right after a question that names
   a day to come ("Are you free Saturday 7th October? Ceremony 2pm, evening do from 7") is on that day.
4. "We're getting married at the barn, ceremony 2pm" after such a question: "getting" before a participle is the
   auxiliary of a passive (lexicon get_passive, as "get paid"), its own auxiliary deciding: a present, the clock
   times on the day the question named (before, "married" read as a past put them on the day of writing).
"""
from __future__ import annotations

# the cases docs/informal-time.md quotes, each on one line (tests/test_informal_doc_examples.py finds them here):
# "FRI 11th Bev + Shaz, extended hours till 8pm" / "the next session will be Tuesday 3rd" /
# "final's friday 29th march already" / "fri 9th may be too late" / "Are you free now? Call me at 6pm" /
# "the final was friday 29th" / "Ceremony 2pm, evening do from 7" / "We're getting married at the barn, ceremony 2pm"
# / "Booked it for the 7th."

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check as _check, found as _found

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _days_of(d: int, wd: int, around: date) -> list[date]:
    """Every day of the month ``d`` falling on weekday ``wd`` (1 = Monday) within a year of ``around``."""
    out = []
    for k in range(-13, 14):
        y, m = divmod(around.year * 12 + around.month - 1 + k, 12)
        try:
            x = date(y, m + 1, d)
        except ValueError:
            continue
        if x.isoweekday() == wd:
            out.append(x)
    return out


# 1. a rota's days, a Monday to a Sunday of writing in several months and years: the days after it to the Friday
ROTA_REFS = [date(2021, 6, 7), date(2021, 6, 8), date(2023, 1, 2), date(2024, 9, 2), date(2025, 3, 3), date(2025, 12, 1),
             date(2026, 4, 6), date(2026, 10, 5), date(2027, 2, 1), date(2028, 2, 21)]


def _rota_cases():
    cases = []
    for ref in ROTA_REFS:
        fri = ref + timedelta(days=(5 - ref.isoweekday()) % 7)
        wed, thu = fri - timedelta(days=2), fri - timedelta(days=1)
        if any(0 <= (ref - x).days <= 62 for x in _days_of(fri.day, 5, ref) + _days_of(thu.day, 4, ref)):
            continue   # a past such day within two months keeps the past (values3: February and March of 2025 share weekdays)
        lines = []
        if wed >= ref:
            lines.append(f"{SHORT[2]} {_ord(wed.day)} Lorraine 1-6")
        lines.append(f"{SHORT[3]} {_ord(thu.day)} Deb 8-5.30")
        lines.append(f"{SHORT[4]} {_ord(fri.day)} Bev + Shaz, extended hours till 8pm")
        text = "rota for this week:\n" + "\n".join(lines)
        cases.append((text, ref, f"{SHORT[4]} {_ord(fri.day)}", ("DATE", fri.isoformat())))
        cases.append((text, ref, f"{SHORT[3]} {_ord(thu.day)}", ("DATE", thu.isoformat())))
        # one line alone, lower case
        one = f"can anyone swap? fri {_ord(fri.day)} bev + shaz, extended hours till 8pm"
        cases.append((one, ref, f"fri {_ord(fri.day)}", ("DATE", fri.isoformat())))
    return cases


# kept: a plan for such a day when the nearest one is a few days gone is the next one ahead ("the next session will be
# Tuesday 3rd" written on the 8th), a month or more on
def _plan_cases():
    cases = []
    for tue in (date(2025, 6, 3), date(2026, 2, 3), date(2026, 11, 3), date(2024, 9, 3)):
        for after in (2, 5, 9):
            ref = tue + timedelta(days=after)
            nxt = min(x for x in _days_of(3, 2, ref) if x > ref)
            if (nxt - ref).days > 183:
                continue   # against the tense costs half a year (resolve._weekday_mday): the day gone is nearer
            text = "the next session will be Tuesday 3rd, same room"
            cases.append((text, ref, "Tuesday 3rd", ("DATE", nxt.isoformat())))
    return cases


# kept: a past with no such day near either side follows its past
def _far_cases():
    cases = []
    for ref in (date(2018, 11, 20), date(2025, 2, 12), date(2026, 8, 18)):
        for d in (29, 30, 31):
            for wd in range(1, 8):
                days = _days_of(d, wd, ref)
                if not days or min(abs((x - ref).days) for x in days) <= 31 or not any(x <= ref for x in days):
                    continue
                past = max(x for x in days if x <= ref)
                if (ref - past).days > 183:
                    continue   # against the tense costs half a year (resolve._weekday_mday): a past farther off is not it
                text = f"the final was {WEEKDAYS[wd - 1].lower()} {_ord(d)}, we lost"
                cases.append((text, ref, f"{WEEKDAYS[wd - 1].lower()} {_ord(d)}", ("DATE", past.isoformat())))
    return cases


def test_weekday_and_day_of_month_a_few_days_ahead_though_a_past_is_read():
    _check(_rota_cases())


def test_weekday_and_day_of_month_past_and_plan_kept():
    _check(_far_cases() + _plan_cases())


# 2. a lower-case month after a weekday and an ordinal, whatever follows it
LC_MONTHS = {3: "march", 5: "may", 6: "june", 8: "august"}
FOLLOWERS = ["already", "obviously", "innit", "so book it", "x"]


def _month_cases():
    cases = []
    for ref in (date(2018, 11, 20), date(2025, 1, 6), date(2026, 2, 27), date(2027, 4, 2), date(2024, 7, 31)):
        for mon, word in LC_MONTHS.items():
            y = ref.year if (mon, 1) > (ref.month, ref.day) or mon > ref.month else ref.year + 1
            for d in (3, 11, 22, 29):
                day = date(y, mon, d)
                if day <= ref:
                    day = date(y + 1, mon, d)
                wd = WEEKDAYS[day.isoweekday() - 1].lower()
                for i, f in enumerate(FOLLOWERS):
                    if word == "may" and f == "already":
                        continue   # "may already" is a modal and its adverb (lexicon verb_after_may): left as it was
                    w = wd[:3] if i % 2 else wd
                    expr = f"{w} {_ord(d)} {word}"
                    cases.append((f"final's {expr} {f}, booked it in september", ref, expr, ("DATE", day.isoformat())))
    return cases


def test_lower_case_month_after_weekday_and_ordinal():
    _check(_month_cases())


def test_modal_may_after_weekday_and_ordinal_is_no_month():
    bad = []
    for ref in (date(2025, 4, 2), date(2026, 1, 14)):
        for d in (5, 9, 16):
            for wd in ("fri", "sat", "monday"):
                text = f"{wd} {_ord(d)} may be too late for me"
                if _found(text, ref, f"{wd} {_ord(d)} may") is not None:
                    bad.append((ref, text))
    assert not bad, bad


# 3. a clock time after a sentence that spoke of the present
def _now_cases():
    cases = []
    for ref in (date(2024, 5, 10), date(2025, 12, 29), date(2026, 3, 2), date(2026, 3, 7), date(2028, 2, 28)):
        for ahead in (3, 9, 20):
            day = ref + timedelta(days=ahead)
            if day.day == 1:
                continue   # "the 1st." ends no sentence ("st." as Saint's or Street's abbreviation): left (docs)
            for h, hs in ((18, "6pm"), (19, "7pm"), (11, "11am"), (20, "8pm")):
                for q in ("Are you free now?", "You about now?", "Anyone around now?"):
                    text = f"Booked it for the {_ord(day.day)}. {q} Call me at {hs}."
                    cases.append((text, ref, hs, ("TIME", f"{ref.isoformat()}T{h:02d}:00")))
    return cases


# kept: a question that names a day to come, then its clock times
def _occasion_cases():
    cases = []
    for ref in (date(2023, 8, 19), date(2025, 12, 29), date(2026, 3, 2), date(2026, 3, 7)):
        for ahead in (5, 20, 49):
            day = ref + timedelta(days=ahead)
            name = f"{WEEKDAYS[day.isoweekday() - 1]} {_ord(day.day)} {MONTHS[day.month - 1]}"
            text = f"Hiya! Are you free {name}? Ceremony 2pm, evening do from 7. Ffion x"
            cases.append((text, ref, "2pm", ("TIME", f"{day.isoformat()}T14:00")))
            cases.append((text, ref, "7", ("TIME", f"{day.isoformat()}T19:00")))
    return cases


# a progressive of "get" and a participle ("we're getting married") is a present: the clock times after the question
# that named the day are on it (before, "married" was read as a past and they fell on the day of writing)
def _getting_cases():
    cases = []
    for ref in (date(2023, 8, 19), date(2025, 12, 29), date(2026, 3, 2), date(2026, 3, 7), date(2028, 2, 22)):
        for ahead in (5, 20, 49, 120):
            day = ref + timedelta(days=ahead)
            name = f"{WEEKDAYS[day.isoweekday() - 1]} {_ord(day.day)} {MONTHS[day.month - 1]}"
            for verb in ("We're getting married at the barn", "we are getting married in the chapel", "We're getting hitched"):
                text = f"Are you free {name}? {verb}, ceremony 2pm, evening do from 7, DJ till midnight."
                cases.append((text, ref, "2pm", ("TIME", f"{day.isoformat()}T14:00")))
                cases.append((text, ref, "midnight", ("TIME", f"{day.isoformat()}T24:00")))
    return cases


def test_clock_time_after_the_present_is_the_day_of_writing():
    _check(_now_cases())


def test_clock_time_after_an_occasion_kept():
    _check(_occasion_cases())


def test_clock_times_after_getting_married():
    _check(_getting_cases())
