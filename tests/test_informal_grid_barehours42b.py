"""barehours42's second class of the forty-second session (docs/informal-time.md §218): a day's programme of events, each
event's noun and its bare hour with no preposition between, on a line that names the day before it: "Plan for Sunday:
church 10, parade 2, fireworks 9", "tomorrow: parade 1, fireworks 10 🎆". The half of the day from the event (church and
mass the morning's, fireworks and a bonfire the evening's; 12 noon; 1-6 the afternoon's), a parade's or a procession's
7-11 from the line's words, else left. Kept: nouns counted with a bare number ("lunch 3", "game 2", "session 3": rule
break_timetable's and none), no day named before on the line ("church 10 then lunch"), a noun after the number ("the
parade 3 floats"), "mass 6" (a vigil's or a dawn's), "parade 9" with no word of its half.

The sentences are this session's own (a family chat, a parish notice, a town's post, a neighbour); the days of writing
every fourth day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check_hours, check_untagged, next_weekday

REFS = [date(2024, 1, 3) + timedelta(days=4 * k) for k in range(183)]


def t(day: date, h: int, apx: bool = False) -> tuple:
    return ("TIME", f"{day.isoformat()}T{h:02d}:00")


# (frame with {d} the day's words, the hours as written, the values' hours on the day)
WEEKDAY_FRAMES = [
    ("Plan for {d}: church 10, parade 2, fireworks 9", [("10", 10), ("2", 14), ("9", 21)]),
    ("On {d} it'll be mass 10, then the parade 2, fireworks 8", [("10", 10), ("2", 14), ("8", 20)]),
    ("Right so {d} we'll do church 9, procession 12, bonfire 8", [("9", 9), ("12", 12), ("8", 20)]),
    ("Parish notice: on {d} there will be mass 11, carols 7, mince pies after", [("11", 11), ("7", 19)]),
    ("We'll be back {d} for it: flag raising 8, wreath laying 11, parade 3.", [("8", 8), ("3", 15)]),
]
TOMORROW_FRAMES = [
    ("tomorrow: parade 1, fireworks 10 🎆", [("1", 13), ("10", 22)]),
    ("Big day tmrw, church 10 then the procession 2", [("10", 10), ("2", 14)]),
    ("Mam says tomorrow it's church 11, then lunch at hers", [("11", 11)]),
    ("Reminder for tomorrow: bonfire 7, fireworks 8. Bring sparklers!", [("7", 19), ("8", 20)]),
]
UNTAGGED = [("Saturday the parade 3 floats were the best bit", ["3"]),
            ("church 10 then lunch at Nan's", ["10"]),
            ("Sunday lunch 3, breakfast 2 (numbers for the caterer)", ["3", "2"]),
            ("Saturday evening mass 6, then dinner", ["6"]),
            ("Saturday parade 9, bring flags", ["9"]),
            ("Tuesday: game 2, session 3, match 4", ["2", "3", "4"]),
            ("Parish notice: on Saturday there'll be mass 11. Carols 7, mince pies after", ["7"]),
            ("Friday fireworks 20 quid a box at the market", ["20"])]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        wd = (ref.isoweekday() + 1 + k % 5) % 7 + 1   # two to six days on
        day = next_weekday(ref, wd)
        text, hours = WEEKDAY_FRAMES[k % len(WEEKDAY_FRAMES)]
        out.append((text.format(d=WEEKDAYS[wd - 1]), ref, [(e, t(day, h)) for e, h in hours]))
        text, hours = TOMORROW_FRAMES[k % len(TOMORROW_FRAMES)]
        tmrw = ref + timedelta(days=1)
        out.append((text, ref, [(e, t(tmrw, h)) for e, h in hours]))
    return out


def test_a_days_programme():
    check_hours(cases())


def test_counts_and_unsaid_halves_stay_untagged():
    check_untagged(UNTAGGED, REFS[::6])


def test_the_grid_is_not_empty():
    assert len(cases()) > 300
