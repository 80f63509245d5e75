"""Wrong values on expressions found, by the English behind them, as GRIDS (twenty-fourth session, values25;
docs/informal-time.md, "Going off somewhere, a bare "got" of an appointment, a care round's four-digit hour
(twenty-fourth session, values25)").

Each frame is a sentence pattern written here, said on many days of writing; the expected value is computed from the
calendar (``datetime``), never from the tagger. Each kind has its look-alikes whose reading must NOT change.

1. "off to" / "off on" after a present "be" (or opening its clause, the "I'm" dropped): going somewhere, an
   arrangement as "we're going to Spain in December" is; the month or the weekday is the one to come ("we're off to
   Spain in December" written in January: the December ahead, not the one gone). Kept: told in the past ("we were
   off to Spain in December": the one gone), "off work" with a past.
2. A bare "got" (its "have" dropped, as texts drop it) before a noun of an appointment, a lesson or work ("got the
   dentist thurs", "got uni enrolment thurs", "sorry, got work sat"): "have got", a present arrangement, the day to
   come, as "I've got the dentist Thursday" already is. Kept: "got" of a thing received or a state ("got drunk on
   sat", "got a parking ticket on Monday": the day gone).
3. A four-digit 24-hour time after "at" right after a noun of a care or work round ("obs at 1900 were stable", "meds
   at 2200 then bed", "handover at 0730 was quick"): a clock time of the day of writing, not the year 1900. Kept: "in
   1900", "since 1900", "the census at 1900" (no round's noun), a time with "hrs" as before.
"""
from __future__ import annotations

# the cases docs/informal-time.md quotes, each on one line (tests/test_informal_doc_examples.py finds them here):
# "we're off to Spain in December" / "we were off to Spain in December" / "Jun Wei got CCA on Tue" / "got drunk on sat" /
# "meds at 2200 then bed" (the grids below say each of them, their values computed there)

from datetime import date

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday, other_weekdays

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# days of writing: every weekday, the turn of a year, a leap day, and the 5th/20th of every month of 2025
REFS = [date(2025, m, d) for m in range(1, 13) for d in (5, 20)] + [
    date(2025, 12, 29), date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 21), date(2028, 2, 29),
    date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6), date(2026, 3, 7),
    date(2026, 3, 8)]


def _month_ahead(ref: date, mo: int) -> str:
    return f"{ref.year if mo > ref.month else ref.year + 1}-{mo:02d}"


def _month_gone(ref: date, mo: int) -> str:
    return f"{ref.year if mo < ref.month else ref.year - 1}-{mo:02d}"


# 1. going off somewhere
OFF_MONTH_FRAMES = [
    "we're off to Spain in {m}!",
    "We're off to Lanzarote in {m}, can't wait",
    "I'm off to my sister's in {m}",
    "she's off to Canada in {m} for a month",
    "they are off on a cruise in {m}",
    "off to Tenerife in {m} 🌞",
]
OFF_WEEKDAY_FRAMES = [
    "we're off to Leeds on {d}",
    "I'm off to the coast {d}, back the week after",
    "Mum's off to Portugal on {d}",
    "off to the coast {d} x",
    "we are off on holiday {d}",
]
OFF_PAST_MONTH_FRAMES = [
    "we were off to Spain in {m} and it rained",
    "we went off to Spain in {m}",
]


def _off_cases():
    cases = []
    for ref in REFS:
        for mo in range(1, 13):
            if mo == ref.month:
                continue   # the month of writing itself: this one or next year's, not what the grid asks
            name = MONTHS[mo - 1]
            for f in OFF_MONTH_FRAMES:
                cases.append((f.format(m=name), ref, name, ("DATE", _month_ahead(ref, mo))))
        for wd, name in other_weekdays(ref):
            for f in OFF_WEEKDAY_FRAMES:
                cases.append((f.format(d=name), ref, name, ("DATE", next_weekday(ref, wd).isoformat())))
    return cases


def test_off_to_somewhere_is_the_month_or_day_to_come():
    check(_off_cases())


def test_off_told_in_the_past_is_kept():
    cases = []
    for ref in REFS:
        for mo in range(1, 13):
            if mo == ref.month:
                continue
            name = MONTHS[mo - 1]
            for f in OFF_PAST_MONTH_FRAMES:
                cases.append((f.format(m=name), ref, name, ("DATE", _month_gone(ref, mo))))
        for wd, name in other_weekdays(ref):
            cases.append((f"I was off work on {name} with a cold", ref, name, ("DATE", last_weekday(ref, wd).isoformat())))
    check(cases)


# 2. a bare "got" of an appointment
# short forms that are no other English word ("sat", "sun", "wed", "mon" are found only after some cues: another class)
SHORT = {1: "Monday", 2: "tues", 3: "weds", 4: "thurs", 5: "fri", 6: "Saturday", 7: "Sunday"}
GOT_FRAMES = [
    "got the dentist {d}",
    "got uni enrolment {d}",
    "sorry, got work {d}",   # (a comma before "got": the clause opens there)
    "can't, got footy on {d}",
    "Jun Wei got CCA on {d}, can he join the other class?",
    "got a doctors appt {d} so might be late",
    "I got my driving test on {d} 😬",
    "got training {d} but free after",
]
GOT_KEPT_FRAMES = [
    "got drunk on {d} lol",
    "got a parking ticket on {d}",
    "got my results {d}, really pleased",
]


def test_a_bare_got_of_an_appointment_is_the_day_to_come():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for written in sorted({name, SHORT[wd]}):
                for f in GOT_FRAMES:
                    cases.append((f.format(d=written), ref, written, ("DATE", next_weekday(ref, wd).isoformat())))
    check(cases)


def test_a_bare_got_of_a_thing_received_is_kept():
    cases = []
    for ref in REFS:
        for wd, name in other_weekdays(ref):
            for f in GOT_KEPT_FRAMES:
                cases.append((f.format(d=name), ref, name, ("DATE", last_weekday(ref, wd).isoformat())))
    check(cases)


# 3. a care or work round's four-digit hour after "at"
ROUND_FRAMES = [
    ("obs at {t} were stable", "{t}"),
    ("meds at {t} then bed", "{t}"),
    ("handover at {t} was quick, nothing new", "{t}"),
    ("Obs at {t}: BP 128/80, sats 97%", "{t}"),
    ("bloods at {t} came back normal", "{t}"),
    ("turns at {t} and 0400, skin intact", "{t}"),
]
ROUND_TIMES = ["1900", "1930", "2000", "2200", "1845", "1600", "1200", "1015"]


def test_a_rounds_four_digit_hour_is_a_clock_time():
    cases = []
    for ref in REFS:
        for f, expr in ROUND_FRAMES:
            for t in ROUND_TIMES:
                cases.append((f.format(t=t), ref, expr.format(t=t), ("TIME", f"{ref.isoformat()}T{t[:2]}:{t[2:]}")))
    check(cases)


YEAR_FRAMES = [
    "the house was built in {t}",
    "since {t} the town has grown",
    "the census at {t} counted 4,000 people",
    "prices at {t} levels",
]


def test_a_year_stays_a_year():
    cases = []
    for ref in REFS[:6]:
        for f in YEAR_FRAMES:
            for t in ("1900", "1910", "1845", "2000"):
                cases.append((f.format(t=t), ref, t, ("DATE", t)))
    check(cases)
