"""Month and weekday names that are also English words, in case-blind informal writing (twenty-sixth session,
homographs27; docs/informal-time.md, its section on these words). A date frame decides:
- a day number next to "may", "march", "june", "august", "mar", followed by what no modal and no noun takes: "by", a
  clock time, a year, "onwards", a dash, the end of the phrase ("due 27th may by midnight", "exam 27th may 9am",
  "27th may 2026", "may 27, 2026", "may 27 at 5pm", "dentist mar 3", "3rd mar works");
- a cue before the month alone where the phrase ends ("done by may", "need it before june.", "getting married this may!");
  a noun of the calendar after it ("may half term": the month; "may bank holiday": the early May bank holiday);
- "sat"/"wed" opening a line before "at" and a clock time ("sat at 3pm?").
Not dates: the modal ("the 27th may be too late", "this may be weird"), the protest ("this march!"), the verbs ("sat my
exam", "got wed sat", "we sat at 3pm for the exam", "we march 21 miles", "won't mar the day"), the Scots "c'mon mon".
The sentences are this session's own, written from the grammar; every value is computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday, other_weekdays

# every day of a February 2026 week, month ends, a year's turn: every target below (March to August 2026) is ahead
REFS = [date(2026, 2, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 28)]

# a date with no year on 31 December and 1 January is read in the year of writing's end whatever its case ("May 27 works
# for me" 2025-05-27 on both): the year's reading is not this class's, so the month grids leave those days out
REFS_M = [r for r in REFS if r not in (date(2025, 12, 31), date(2026, 1, 1))]

# (day written, month written, month number, day number)
DM = [("27th", "may", 5, 27), ("27", "may", 5, 27), ("3rd", "march", 3, 3), ("21st", "june", 6, 21),
      ("3", "mar", 3, 3), ("3rd", "mar", 3, 3), ("2nd", "may", 5, 2), ("31", "march", 3, 31)]


def _d(mon: int, day: int) -> str:
    return date(2026, mon, day).isoformat()


def _targets(ref: date):
    # no August: from the writing days here it is half a year ahead or more, and the year's reading is not this class's
    return DM


# 1. A day before the month, then what no modal and no noun takes
DAY_MONTH = [
    ("assignment due {dm} by midnight", None),
    ("due {dm} by 5pm pls", "5pm"),
    ("{dm} onwards im free", None),
    ("away {dm} - back the week after", None),
    ("deadline {dm} at noon", "noon"),
]
DAY_MONTH_CLOCK = ["exam {dm} 9am in the sports hall", "exam {dm} 9:30 dont be late"]


def test_a_day_then_the_month():
    cases = []
    for ref in REFS_M:
        for dw, mw, mon, day in _targets(ref):
            dm = f"{dw} {mw}"
            for f, clock in DAY_MONTH:
                text = f.format(dm=dm)
                cases.append((text, ref, dm, ("DATE", _d(mon, day))))
                if clock == "5pm":
                    cases.append((text, ref, clock, ("TIME", _d(mon, day) + "T17:00")))
            for f in DAY_MONTH_CLOCK:
                text = f.format(dm=dm)
                hh = "09:00" if "9am" in f else "09:30"
                cases.append((text, ref, dm + (" 9am" if "9am" in f else " 9:30"), ("TIME", f"{_d(mon, day)}T{hh}")))
            cases.append((f"party {dm} 2026 at the hall", ref, f"{dm} 2026", ("DATE", _d(mon, day))))
    check(cases)


# 2. The month before its day
MD = [("may", 27, 5), ("march", 3, 3), ("june", 21, 6), ("mar", 3, 3), ("may", 2, 5)]
MONTH_DAY = ["due {md} at 5pm", "{md} works for me", "trip {md} - back a week later", "dentist {md}"]


def test_the_month_then_its_day():
    cases = []
    for ref in REFS_M:
        for mw, day, mon in MD:
            md = f"{mw} {day}"
            for f in MONTH_DAY:
                text = f.format(md=md)
                cases.append((text, ref, md, ("DATE", _d(mon, day))))
                if "5pm" in f:
                    cases.append((text, ref, "5pm", ("TIME", _d(mon, day) + "T17:00")))
            cases.append((f"{md}, 2026 works for me", ref, f"{md}, 2026", ("DATE", _d(mon, day))))
            cases.append((f"{md} 2026 is the date", ref, f"{md} 2026", ("DATE", _d(mon, day))))
    check(cases)


# 3. The month alone after a cue, where the phrase ends; a noun of the calendar after it
MONTH_ALONE = [("need it done by {m}", "{m}"), ("has to be before {m}.", "{m}"), ("all booked for {m}!", "{m}"),
               ("getting married this {m}!", "this {m}")]


def test_the_month_alone():
    cases = []
    for ref in REFS:
        for mw, mon in (("may", 5), ("june", 6), ("march", 3)):
            for f, expr in MONTH_ALONE:
                if mw == "march" and ("this" in f or "for" in f):
                    continue   # "this march!", "booked for march": a protest as often
                if "this" in f and ref.month == 12:
                    continue   # "this june" on 31 December is read as the year of writing's (the year's reading, not this class's)
                cases.append((f.format(m=mw), ref, expr.format(m=mw), ("DATE", f"2026-{mon:02d}")))
        cases.append(("we're away may half term", ref, "may", ("DATE", "2026-05")))
        cases.append(("can we do it before may half term?", ref, "may", ("DATE", "2026-05")))
        first_monday_may = next_weekday(date(2026, 4, 30), 1)
        cases.append(("are you off the may bank holiday?", ref, "may bank holiday", ("DATE", first_monday_may.isoformat())))
    check(cases)


# 4. "sat", "wed" opening a line before "at" and a clock time
def test_a_verb_weekday_before_at_and_a_clock_time():
    cases = []
    for ref in REFS:
        for n, name in other_weekdays(ref):
            if n not in (3, 6):
                continue
            for w in ({3: ["wed", "Wed"], 6: ["sat", "Sat"]}[n]):
                day = next_weekday(ref, n)
                for text, clock, hh in ((f"{w} at 3pm?", "3pm", "15:00"), (f"{w} at 7:30 works for me", "7:30", "07:30")):
                    if clock == "7:30":
                        continue   # a bare 7:30's half of the day is not this class's
                    cases.append((text, ref, w, ("DATE", day.isoformat())))
                    cases.append((text, ref, clock, ("TIME", f"{day.isoformat()}T{hh}")))
    check(cases)


# 5. Not dates
NOT_DATES = [
    ("sat my exam this morning, think it went ok", "sat"),
    ("just sat my driving test!!", "sat"),
    ("sat my finals last week", "sat"),
    ("sat our theory test and passed", "sat"),
    ("sat my exam at 9am", "sat"),
    ("we sat at 3pm for the exam", "sat"),
    ("we sat at 10 tables", "sat"),
    ("c'mon mon the hoops", "mon"),
    ("cmon mon!!", "mon"),
    ("c’mon mon the jags", "mon"),
    ("come on mon the hoops", "mon"),
    ("they got wed sat, lovely do", "wed"),
    ("getting wed in the summer", "wed"),
    ("the 27th may be too late", "27th may"),
    ("this may be weird but", "may"),
    ("this may take a while", "may"),
    ("huge turnout at this march!", "march"),
    ("signed up for march.", "march"),
    ("we march 21 miles tomorrow", "march 21"),
    ("they march 3 abreast", "march 3"),
    ("it won't mar the day", "mar"),
    ("we hope 12 may come", "12 may"),
    ("you may want to check", "may"),
    ("by may be ok", "may"),
]


def test_not_dates():
    check([(text, ref, expr, None) for ref in REFS for text, expr in NOT_DATES])


def test_got_wed_sat_is_the_saturday_gone():
    check([("they got wed sat, lovely do", ref, "sat", ("DATE", last_weekday(ref, 6).isoformat()))
           for ref in REFS if ref.isoweekday() != 6])


# 6. Shapes of the class that came from reading the A halves (after the grammar, the grid and the rules): a month range's
# first end, a month after "it's" (a weekday in brackets, "DAY 5 (wed)", was tried and dropped: a log's days gone read as
# the days to come, informal19voices B fell 79.04 -> 78.24)
def test_shapes_from_the_a_halves():
    cases = []
    for ref in REFS_M:
        for mw, mon in (("may", 5), ("march", 3)):
            for f in ("we're booked {m} to september", "open {m} - october, closed winters", "its {m} already??",
                      "POV: it's {m} and i still havent started"):
                cases.append((f.format(m=mw), ref, mw, ("DATE", f"2026-{mon:02d}")))
        cases.append(("hi it's june, from the surgery", ref, "june", None))
        cases.append(("its march on the capital was huge", ref, "march", None))
    check(cases)


def test_a_possessive_whose_noun_has_its_verb_keeps_the_topic():
    check([(f"{w} my sister's coming up", ref, w, ("DATE", next_weekday(ref, n).isoformat()))
           for ref in REFS for n, w in ((3, "wed"), (6, "sat")) if ref.isoweekday() != n])
