"""Dates written with numbers and ordinals in informal text, across locales (twenty-seventh session, numdates28;
docs/informal-time.md §95). The shapes of the section's grammar, each crossed with days of writing (every day of a
week in June 2025, month ends, a year's turn, a leap day):
- a day of the month in a plan whose day is gone this month ("the 21st works for me"): the next such day;
- "b4 the 30th": the day, as "before the 30th";
- "June the 6th": as "6th June" in the same sentence; "6th June '25", "Jun 6 '25", "6th June 2k25": the year's day,
  the year in the extent;
- dotted dates with a two-digit year ("05.06.25"), day first; dashed ones after a date word ("due 25-06-25");
- "the 3rd week of June": as "the third week of June"; "wk 23": the ISO week of the year of writing;
- "12th-13th June": "12th" (the suffix in the extent); "2nd/3rd June": both, June's;
- not tagged: "ratio 16/9", "odds 13/2", "size 13/10", "rated 15/20", fractions, scores, "24/7", "6/8", versions,
  "the 5th floor", "my 3rd", "9/11".
The sentences are this session's own, none copied from a corpus text; values computed from the calendar."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from gridcheck import MON, MONTH, check, check_untagged, found

from timeline_app.temporal import tag

REFS = [date(2025, 6, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 6, 16), date(2025, 6, 23), date(2025, 1, 31), date(2025, 4, 30), date(2025, 12, 31),
        date(2026, 1, 1), date(2024, 2, 29), date(2025, 11, 28)]

SUF = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _ord(d: int) -> str:
    return f"{d}{SUF.get(d, 'th')}"


def _next_dom(ref: date, d: int) -> date:
    """The next day of the month ``d`` after the day of writing (this month's if still to come, else the next month
    that has it)."""
    y, mo = ref.year, ref.month
    if d > ref.day and d <= calendar.monthrange(y, mo)[1]:
        return date(y, mo, d)
    while True:
        mo += 1
        if mo == 13:
            y, mo = y + 1, 1
        if d <= calendar.monthrange(y, mo)[1]:
            return date(y, mo, d)


def _day(d: date):
    return "DATE", d.isoformat()


def test_plan_day_gone_this_month():
    """(new) "the 21st works for me": a plan's day of the month is the next one, never the one gone."""
    cases = []
    for ref in REFS:
        for d in (1, 3, 14, 21, 28):
            if d == ref.day:
                continue
            want = _day(_next_dom(ref, d))
            o = _ord(d)
            cases.append((f"the {o} works for me, what about you?", ref, f"the {o}", want))
            cases.append((f"ok the {o} works", ref, f"the {o}", want))
            cases.append((f"hmm the {o} suits me better tbh", ref, f"the {o}", want))
    check(cases)


def test_b4_the_day():
    """(new) "b4 the 30th" (text speak "before")."""
    cases = []
    for ref in REFS:
        for d in (3, 14, 21, 28):
            if d == ref.day:
                continue
            o = _ord(d)
            cases.append((f"pls send it back b4 the {o} x", ref, f"the {o}", _day(_next_dom(ref, d))))
            cases.append((f"need to sort the car b4 the {o}", ref, f"the {o}", _day(_next_dom(ref, d))))
    check(cases)


def test_done_before_day_of_month():
    """(done before) "see you the 14th", "by the 1st pls", "on the 5th!": the next such day."""
    cases = []
    for ref in REFS:
        for d in (1, 5, 14, 28):
            if d == ref.day:
                continue
            o = _ord(d)
            want = _day(_next_dom(ref, d))
            cases.append((f"see you the {o}", ref, f"the {o}", want))
            cases.append((f"rent by the {o} pls", ref, f"the {o}", want))
    check(cases)


def test_month_the_nth():
    """(new) "June the 6th": as "6th June" read in the same sentence."""
    cases = []
    for ref in REFS:
        for mi in (0, 5, 9):
            for d in (6, 14, 23):
                o = _ord(d)
                for frame in ("party is {x}, you coming?", "we fly out {x} so cant"):
                    want = found(frame.format(x=f"{o} {MONTH[mi]}"), ref, f"{o} {MONTH[mi]}")
                    assert want is not None
                    cases.append((frame.format(x=f"{MONTH[mi]} the {o}"), ref, f"{MONTH[mi]} the {o}", want))
                    cases.append((frame.format(x=f"{MON[mi]} the {o}"), ref, f"{MON[mi]} the {o}", want))
    check(cases)


def test_short_years():
    """(new) "6th June '25", "Jun 6 '25", "6th June 2k25": the year in the value and the extent."""
    cases = []
    for ref in REFS:
        for yy in (23, 24, 25, 26):
            for mi, d in ((5, 6), (11, 24), (0, 1)):
                o = _ord(d)
                want = _day(date(2000 + yy, mi + 1, d))
                for x in (f"{o} {MONTH[mi]} '{yy}", f"{MON[mi]} {d} '{yy}", f"{o} {MON[mi]} ’{yy}",
                          f"{o} {MONTH[mi]} 2k{yy}", f"{MONTH[mi]} {o} 2k{yy}"):
                    cases.append((f"best night ever {x} 🎉", ref, x, want))
    check(cases)


def test_dotted_two_digit_year():
    """(new) "05.06.25": day first, a two-digit year."""
    cases = []
    for ref in REFS:
        for dd, mm, yy in ((5, 6, 25), (14, 2, 26), (31, 12, 24), (1, 10, 25), (9, 3, 26)):
            want = _day(date(2000 + yy, mm, dd))
            for x in (f"{dd:02d}.{mm:02d}.{yy}", f"{dd}.{mm}.{yy}"):
                cases.append((f"appt on {x} at the clinic", ref, x, want))
                cases.append((f"Date of visit: {x}", ref, x, want))
    check(cases)


def test_dashed_two_digit_year_after_date_word():
    """(new) "due 25-06-25" after a date word: as the slash date with its year (a day over 12 decides)."""
    cases = []
    for ref in REFS:
        for dd, mm, yy in ((25, 6, 25), (14, 2, 26), (31, 12, 24), (13, 10, 25)):
            want = _day(date(2000 + yy, mm, dd))
            for x in (f"{dd:02d}-{mm:02d}-{yy}", f"{dd}-{mm}-{yy}", f"{mm}-{dd}-{yy}"):
                cases.append((f"rent due {x} pls", ref, x, want))
                cases.append((f"meeting is on {x} in the hall", ref, x, want))
    check(cases)


def test_week_of_month_digits():
    """(new) "the 3rd week of June": as "the third week of June"."""
    words = {1: "first", 2: "second", 3: "third", 4: "fourth"}
    cases = []
    for ref in REFS:
        for n, w in words.items():
            for mi in (5, 8, 0):
                want = found(f"we're away the {w} week of {MONTH[mi]} sadly", ref, f"the {w} week of {MONTH[mi]}")
                assert want is not None
                o = _ord(n)
                cases.append((f"we're away the {o} week of {MONTH[mi]} sadly", ref, f"the {o} week of {MONTH[mi]}", want))
    check(cases)


def test_wk_number():
    """(new) "wk 23", "wk23", "WK 23": the ISO week of the year of writing; ((work47, §283) late in the year, the next
    year's week where it is the week of writing or begins within 42 days after it: "wk 1" written on 31 December 2025 is
    2026-W01, whose Monday is 29 December, as on 28 November; was 2025-W01, eleven months gone)."""
    cases = []
    for ref in REFS:
        for n in (1, 9, 23, 40, 52):
            nxt = date.fromisocalendar(ref.year + 1, n, 1)
            want = ("DATE", f"{ref.year + (-7 < (nxt - ref).days <= 42)}-W{n:02d}")
            for x in (f"wk {n}", f"wk{n}", f"WK {n}", f"Wk {n}"):
                cases.append((f"sprint planning {x} - pls update the board", ref, x, want))
                cases.append((f"rota for {x} is up", ref, x, want))
    check(cases)


def test_ordinal_pairs():
    """(new) "12th-13th June": "12th" with its suffix; "2nd/3rd June": the 2nd of June too."""
    cases = []
    for ref in REFS:
        for mi in (5, 0):
            for a in (2, 12, 20):
                b = a + 1
                want_b = found(f"i'm off {_ord(b)} {MONTH[mi]} btw", ref, f"{_ord(b)} {MONTH[mi]}")
                assert want_b is not None
                want_a = ("DATE", want_b[1][:8] + f"{a:02d}")
                for sep in ("-", " - ", "/"):
                    t = f"i'm off {_ord(a)}{sep}{_ord(b)} {MONTH[mi]} btw"
                    cases.append((t, ref, _ord(a), want_a))
                    cases.append((t, ref, f"{_ord(b)} {MONTH[mi]}", want_b))
    check(cases)


def test_done_before_shapes():
    """(done before) slash dates with a day over 12, ISO dates, slash dates with years, "w/c", day and month names."""
    cases = []
    for ref in REFS:
        cases.append(("see you on 14/6!", ref, "14/6", found("see you on 14 June!", ref, "14 June")))
        cases.append(("meet 2025-06-05 at noon", ref, "2025-06-05", ("DATE", "2025-06-05")))
        cases.append(("appt 25/06/2025 thanks", ref, "25/06/2025", ("DATE", "2025-06-25")))
        cases.append(("rota w/c 9/6/25 is up", ref, "w/c 9/6/25", ("DATE", "2025-W24")))
        cases.append(("rota w/c 9th June 2025 is up", ref, "w/c 9th June 2025", ("DATE", "2025-W24")))
    check(cases)


NEGATIVES = [
    ("aspect ratio 16/9 looks better", ["16/9"]),
    ("the ratio is 16/9 on this one", ["16/9"]),
    ("odds 13/2 on the favourite", ["13/2"]),
    ("got it at odds of 15/8", ["15/8"]),
    ("shoe size 13/10 doesnt exist lol", ["13/10"]),
    ("rated 15/20 by the critics", ["15/20"]),
    ("i ate 1/2 the cake", ["1/2"]),
    ("we won 3-1 lads", ["3-1"]),
    ("open 24/7 now", ["24/7"]),
    ("song is in 6/8", ["6/8"]),
    ("version 5.6 is out", ["5.6"]),
    ("it was 5.60 for a pint", ["5.60"]),
    ("office is on the 5th floor", ["the 5th", "5th"]),
    ("thats the 5th time this week", ["the 5th", "5th"]),
    ("my 3rd kid starts school", ["3rd"]),
    ("9/11 changed everything", ["9/11"]),
    ("call 0161 496 0958 after", ["0161", "0958"]),
    ("flat 12/3 has a leak", ["12/3"]),
    ("he finished 3rd in the race", ["3rd"]),
    ("v2.3.1 fixes the crash", ["2.3.1"]),
]


def test_not_dates():
    check_untagged(NEGATIVES, REFS)


# the section's rows as written in docs/informal-time.md §95, each on Monday 2 June 2025
ROWS = [
    ("see you 25/6 then", "25/6", "2025-06-25"), ("party on 13/6 x", "13/6", "2025-06-13"),
    ("see you 14/6!", "14/6", "2025-06-14"), ("Doors open 5/6, £20 entry", "5/6", "2025-06-05"),
    ("paid 25/5, next one due 5/6", "5/6", "2025-06-05"), ("party on 5/6/25 GMT", "5/6/25", "2025-06-05"),
    ("appt 05/06/2025 confirmed", "05/06/2025", "2025-06-05"), ("born 6/6/2025 at 3am", "6/6/2025", "2025-06-06"),
    ("meet 2025-06-05 at noon", "2025-06-05", "2025-06-05"), ("appt 05.06.25 at the clinic", "05.06.25", "2025-06-05"),
    ("Date of visit: 14.2.26", "14.2.26", "2026-02-14"), ("rent due 25-06-25 pls", "25-06-25", "2025-06-25"),
    ("meeting is on 14-2-26 in the hall", "14-2-26", "2026-02-14"),
    ("see you on the 5th!", "the 5th", "2025-06-05"), ("see you the 14th", "the 14th", "2025-06-14"),
    ("by the 1st pls", "the 1st", "2025-07-01"), ("the 21st works for me", "the 21st", "2025-06-21"),
    ("the 14th works", "the 14th", "2025-06-14"), ("the 28th suits", "the 28th", "2025-06-28"),
    ("b4 the 30th pls", "the 30th", "2025-06-30"), ("b4 the 3rd", "the 3rd", "2025-06-03"),
    ("can we do the 5th and 6th of June", "6th of June", "2025-06-06"), ("5th & 6th June works", "5th", "2025-06-05"),
    ("from the 3rd to the 7th", "the 7th", "2025-06-07"), ("i'm off 12th-13th June", "12th", "2025-06-12"),
    ("off 12-13 Jan 2026", "13 Jan 2026", "2026-01-13"), ("2nd/3rd June works", "2nd", "2025-06-02"),
    ("party 6th June", "6th June", "2025-06-06"), ("party June 6th", "June 6th", "2025-06-06"),
    ("party 6 Jun", "6 Jun", "2025-06-06"), ("party Jun 6", "Jun 6", "2025-06-06"),
    ("party 6th of June", "6th of June", "2025-06-06"), ("on the 22nd of June", "the 22nd of June", "2025-06-22"),
    ("Jun. 14 it is", "Jun. 14", "2025-06-14"), ("14th Jun it is", "14th Jun", "2025-06-14"),
    ("June the 6th works", "June the 6th", "2025-06-06"), ("Jun the 14th works", "Jun the 14th", "2025-06-14"),
    ("6th June '25 was class", "6th June '25", "2025-06-06"), ("Jun 6 '25 was class", "Jun 6 '25", "2025-06-06"),
    ("6th June 2k25 was class", "6th June 2k25", "2025-06-06"),
    ("w/c 9/6 rota", "w/c 9/6", "2025-W24"), ("w/c 9th June rota", "w/c 9th June", "2025-W24"),
    ("wk beg 9/6 rota", "wk beg 9/6", "2025-W24"), ("the 3rd week of June is busy", "the 3rd week of June", "2025-W25"),
    ("the 1st week of July is busy", "the 1st week of July", "2025-W27"), ("wk 23 sprint", "wk 23", "2025-W23"),
    ("wk23 sprint", "wk23", "2025-W23"), ("WK 23 sprint", "WK 23", "2025-W23"),
    ("sat 14th works", "sat 14th", "2025-06-14"), ("fri 13th june works", "fri 13th june", "2025-06-13"),
    ("mon 16/6 works", "mon 16/6", "2025-06-16"),
]
ROW_NEGATIVES = ["ratio 16/9", "odds 13/2", "size 13/10", "rated 15/20", "i ate 1/2 the cake", "3/4 of them came",
                 "we won 3-1", "it ended 2-2", "rated it 9/10", "open 24/7", "the song is in 6/8", "a 3/16 inch bolt",
                 "version 5.6 is out", "v2.3.1 fixes it", "it was 5.60", "room 12/3 is free", "9/11 changed everything",
                 "on the 5th floor", "for the 5th time", "my 3rd go", "5th in line", "finished 3rd"]


def test_section_rows():
    ref = date(2025, 6, 2)
    check([(text, ref, expr, ("DATE", value)) for text, expr, value in ROWS])
    bad = [(text, [t.expression for t in tag(text, ref)]) for text in ROW_NEGATIVES
           if any(any(ch.isdigit() for ch in t.expression) for t in tag(text, ref))]
    assert not bad, bad
