"""clocks44's class (docs/informal-time.md §242, §243): A CLOCK WITH NO AM/PM THAT NAMES A DEPARTURE, OR FOLLOWS A CLOCK WITH
ITS AM/PM, TOLD OF ONE DAY.

- §242: a clock before a departure's noun (a boat, a ferry, a sailing, a trip, a flight, a bus): its day may be said after the
  noun in its clause ("NO 1:30 trip tomorrow", "no 2.15 ferry Saturday", "Anybody know if the 5:30 boat running this
  evening?"), its half of the day from a part of the day said in the clause ("this evening", "tomorrow night"), else 7-11 the
  morning's, 12 noon, 1-4 the afternoon's, 5-6 unread. A bare hour only between a determiner and a boat's, a ferry's, a
  sailing's or a flight's noun, with its day in the clause ("Saturday take the 7 boat and you good", "de 10 ferry Sunday").
- §243: a clock without am/pm after a clock with its am/pm in the same clause and no day named there: the list runs forward
  ("9am boat FULL, 1:30 got 4 spaces" 13:30; "leaves 6am SHARP, pick up at the services 6.20" 06:20; "Hound trail 2pm,
  wrestling 2.30 till about 5" 14:30); an earlier hour after an evening's clock (past midnight) and a span's end are unread.
- Negatives (untagged): a bus's or a train's route ("the 7 bus"), a count of boats ("the 2 boats"), a departure clock with no
  day in its clause, a 5 or a 6 with no word of its half, a clock after a range of opening hours, a small hour after an
  evening's clock.

The sentences are this session's own, in several voices (Caribbean, UK, Irish, Australian, US); values from `datetime` here
(the next such weekday after the day of writing; tomorrow the day after it; "this evening" and "this morning" the day of
writing), not from the engine; the days of writing every fifth day of 2024-2026 (the leap day, month ends, the year's turn)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, next_weekday, other_weekdays, time_on
from timeline_app.temporal import tag

DAYS = sorted({date(2024, 1, 3) + timedelta(days=5 * k) for k in range(210)}
              | {date(2024, 2, 29), date(2024, 12, 31), date(2025, 12, 31), date(2025, 1, 1), date(2026, 2, 28)})
SEP = [":", "."]


def clock(h: int, mi: int, k: int) -> str:
    return f"{h}{SEP[k % 2]}{mi:02d}"


AM = lambda h: h
PM = lambda h: h + 12 if h < 12 else h

# §242 -- (frame, hours 1-12, the 24-hour hour, the day: "wd" the weekday put in, "tmrw" tomorrow, "today" the day of writing)
DEPART_FRAMES = [
    ("Heads up: NO {t} trip tomorrow, the captain got a funeral", [1, 2, 3, 4], PM, "tmrw"),
    ("Heads up: NO {t} trip tomorrow, the captain got a funeral", [9, 10, 11], AM, "tmrw"),
    ("no {t} ferry {wd} folks, the crossing is closed for the regatta", [12, 1, 2, 3], PM, "wd"),
    ("Anybody know if the {t} boat running this evening? Somebody tell me", [5, 6, 7, 8, 9], PM, "today"),
    ("we're getting the {t} bus back tomorrow night after the match", [7, 8, 9, 10], PM, "tmrw"),
    ("Will the {t} sailing run {wd} morning or will they cancel it", [6, 7, 8, 9, 10], AM, "wd"),
    ("Mam is coming over on the {t} ferry {wd} if the weather holds", [8, 9, 10, 11], AM, "wd"),
    ("the {t} flight tomorrow is delayed again, typical", [1, 2, 3, 4], PM, "tmrw"),
]
BARE_FRAMES = [
    ("{wd} you should take the {t} boat and you good", [7, 8, 9, 10, 11], AM, "wd"),
    ("the {t} sailing tomorrow is off, sorry all", [1, 2, 3, 4], PM, "tmrw"),
    ("we will come on de {t} ferry {wd}, see you at the jetty", [8, 9, 10], AM, "wd"),
    ("tonight we're on the {t} boat back, keep a plate warm", [7, 8, 9, 10], PM, "today"),
]


def _day(kind: str, ref: date, n: int) -> date:
    return next_weekday(ref, n) if kind == "wd" else ref + timedelta(days=1) if kind == "tmrw" else ref


def depart_cases():
    out = []
    for k, day in enumerate(DAYS):
        wds = other_weekdays(day)
        for j, (frame, hours, half, kind) in enumerate(DEPART_FRAMES):
            n, wd = wds[(k + j) % len(wds)]
            h = hours[(k + 3 * j) % len(hours)]
            mi = (10 * k + 5 * j + 5) % 60
            t = clock(h, mi, k + j)
            text = frame.format(t=t, wd=wd if k % 3 else wd.lower())
            out.append((text, day, t, time_on(_day(kind, day, n), half(h), mi)))
        for j, (frame, hours, half, kind) in enumerate(BARE_FRAMES):
            n, wd = wds[(k + 2 * j + 1) % len(wds)]
            h = hours[(k + j) % len(hours)]
            t = str(h)
            out.append((frame.format(t=t, wd=wd), day, t, time_on(_day(kind, day, n), half(h), 0)))
    return out


def test_a_departure_clock_takes_the_day_said_in_its_clause():
    check(depart_cases())


# §243 -- (frame with {a} the clock with its am/pm, {t} the clock without; pairs (a's hour, am?, t's hours, the 24-hour hour))
LIST_FRAMES = [
    ("Sea like glass this morning. {a} boat FULL, {t} got 4 spaces.", [(9, True, [12, 1, 2, 3], PM), (8, True, [10, 11], AM)]),
    ("The coach leaves the ground {a} SHARP, pick up at the services {t}. It's a long drive so bring snacks",
     [(6, True, [6, 7], AM), (7, True, [7, 8], AM)]),
    ("This morning's update: Hound trail {a}, the wrestling {t} till about 5, tea in the tent", [(2, False, [2, 3, 4], PM)]),
    ("Big night! doors {a}, support {t} and the headliner after that", [(7, False, [7, 8, 9], PM)]),
]


def list_cases():
    out = []
    for k, day in enumerate(DAYS):
        for j, (frame, pairs) in enumerate(LIST_FRAMES):
            ah, am, hours, half = pairs[(k + j) % len(pairs)]
            h = hours[(k + 2 * j) % len(hours)]
            mi = (15 * (k + j) + 10) % 60 or 20
            a = f"{ah}{'am' if am else 'pm'}"
            t = clock(h, mi, k + j)
            out.append((frame.format(a=a, t=t), day, t, time_on(day, half(h), mi)))
    return out


def test_a_clock_after_a_clock_with_its_am_pm_runs_forward():
    check(list_cases())


LOOK_ALIKES = [("Tuesday the 7 bus was late again", ["7"]), ("Sunday we hired the 2 boats for the lads", ["2"]),
               ("Saturday the 10 train is always rammed", ["10"]), ("Heads up: NO 1:30 trip, the captain got a funeral", ["1:30"]),
               ("is the 5:30 boat running Friday?", ["5:30"]), ("the 6 ferry Saturday is the first one", ["6"]),
               ("Station open 10am-4pm, launch demo 11.30 if the tide lets us", ["11.30"]),
               ("Party from 11pm, 1:30 taxi home", ["1:30"]), ("kids in from 8am, 7:30 close", ["7:30"]),
               ("Tuesday we sail the 2 boats round to the marina", ["2"]), ("every Sunday the 10 ferry is full of cyclists", ["10"])]
NEG_DAYS = DAYS[::13]


def test_routes_counts_and_unread_halves_stay_untagged():
    check_untagged(LOOK_ALIKES, NEG_DAYS)


def test_the_grid_is_not_empty():
    assert len(depart_cases()) > 2400 and len(list_cases()) > 800
