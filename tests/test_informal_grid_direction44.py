"""direction44 (docs/informal-time.md §246, §247): a weekday said without "next"/"last" placed before or after the day of
writing by its clause, in the shapes informal posts leave unmarked, and "the last <weekday> of <a period>".

§246: places still to be had on a day ("Sunset run Saturday got 6 spots left", "the Saturday class got 5 places left":
an offer, the day to come; "Rhona has a Saturday free", "got Saturday free if u fancy it": a day held free), and a plan's present copula with its hours after a noun the day dates ("checkout on Sunday is
by 10", "Breakfast Sunday is 8 till 10": the day to come); kept in the past: "Saturday got cancelled", "Saturday had 2
spots left", "checkout on Sunday was a rush", "the attack on Sunday is the third this year" (no hours after the copula:
the tagger's reading, not asked).
§247: "the last Saturday of Nine Mornings", "the last Sunday in Advent" (that weekday of 18-24 December, the last before
Christmas Day), "the last Friday of the year" (December's last), "the last Friday of term" (no day: not the Friday gone).
§246 also: a day of the month with its clock right after, "funeral set for the 27th 10am" (one TIME of that day: before,
the clock alone, on the day of writing), "we met the 5th 10am" (the 5th gone).

The sentences are this session's own; the days of writing every third day of two years; values from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday, nth_weekday, other_weekdays

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]

OFFER = ["Sunset run {d} got {n} spots left. leaves the dock 5:30, back 7ish",
         "the {d} class got {n} places left, grab one quick",
         "boat trip {d} has {n} seats left!",
         "{d} still got a few tickets available, message the page",
         "Pottery taster {d} got only {n} slots remaining",
         "{d}'s got {n} spaces free if anyone wants them",
         "Hiya! Rhona has a {d} free at 1pm if that suits",
         "got {d} free if u fancy it",
         "I have {d} free, want to come round?",
         "{d} got space left if anyone keen",
         "{d} has room available, ring the shop"]
OFFER_PAST = ["{d} got cancelled cos of the wind",
              "{d} was packed, no spots left by lunch",
              "{d} had {n} spots left and they all went by noon",
              "we got there {d} about half 6",
              "Mike had {d} free so we went fishing",
              "we got {d} free so we went to the beach",
              "{d} got {n} spots left but they went fast",
              "{d} got room for loads of people and we filled it"]
PLAN = ["Checkout on {d} is by 10 for the 11.45 boat.",
        "Breakfast {d} is 8 till 10, lunch you're on your own",
        "the party on {d} is at 8, bring a bottle",
        "Registration on {d} is from 9 at the hall",
        "Hi all, kickoff on {d} is at 2.30 not 3",
        "the {d} game is at 3 so meet at 2"]
PLAN_PAST = ["Checkout on {d} was a rush, we nearly missed the boat.",
             "Breakfast {d} was lovely, thanks again",
             "the party on {d} was at 8 and went on till 2"]
NUMBERS = ["6", "3", "two", "4", "12"]


def _weekday_cases():
    out = []
    for k, ref in enumerate(REFS):
        for j, (wd, name) in enumerate(other_weekdays(ref)):
            d = name.lower() if (k + j) % 3 == 1 else name   # (short forms, "sun", "fri", are another class's finding)
            n = NUMBERS[(k + j) % len(NUMBERS)]
            ahead, gone = next_weekday(ref, wd).isoformat(), last_weekday(ref, wd).isoformat()
            for frames, want in ((OFFER, ahead), (OFFER_PAST, gone), (PLAN, ahead), (PLAN_PAST, gone)):
                text = frames[(k + 2 * j) % len(frames)].format(d=d, n=n)
                out.append((text, ref, d, ("DATE", want)))
    return out


def _advent_day(ref: date, wd: int) -> date:
    """That weekday of 18-24 December of the year of writing (the last before Christmas Day)."""
    first = date(ref.year, 12, 18)
    return first + timedelta(days=(wd - first.isoweekday()) % 7)


def _final_cases():
    out = []
    for k, ref in enumerate(REFS):
        wd = k % 7 + 1
        name = WEEKDAYS[wd - 1]
        out.append((f"office do is on the last {name} of the year, save the date", ref, f"the last {name} of the year",
                    ("DATE", nth_weekday(ref.year, 12, wd, -1).isoformat())))
        out.append((f"it's the last {name} of term so the kids are off early", ref, f"last {name}", None))
        out.append((f"the last {name} of the season is always mad busy", ref, f"last {name}", None))
        if date(ref.year, 10, 1) <= ref <= date(ref.year, 12, 17):
            frame = ["Shanelle dat is the last {n} of Nine Mornings, you will catch 4 mornings",
                     "carol service is the last {n} in Advent at 6",
                     "the choir sings on the last {n} of Advent"][k % 3]
            out.append((frame.format(n=name), ref, f"the last {name}", ("DATE", _advent_day(ref, wd).isoformat())))
    return out


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _month_day(ref: date, n: int, step: int) -> date:
    """The first day n of a month after (step 1) or before (step -1) the day of writing."""
    d = ref + timedelta(days=step)
    while d.day != n:
        d += timedelta(days=step)
    return d


CLOCKS = [("10am", 10, 0), ("2pm", 14, 0), ("10.30am", 10, 30), ("6:15pm", 18, 15), ("9 am", 9, 0)]
SET_FOR = ["funeral set for the {o} {c} at the church", "the service is the {o} {c}, all welcome",
           "booked for the {o} {c}, see you then", "the funeral will be the {o} {c} at Kingstown"]
DID_ON = ["we met on the {o} {c} and it went fine", "got the jab on the {o} {c}, arm still sore"]


def _date_clock_cases():
    out = []
    for k, ref in enumerate(REFS):
        n = k % 28 + 1
        if n == ref.day:
            continue
        text, hm = CLOCKS[k % len(CLOCKS)][0], CLOCKS[k % len(CLOCKS)][1:]
        o = f"{n}{_suffix(n)}"
        for frames, step in ((SET_FOR, 1), (DID_ON, -1)):
            day = _month_day(ref, n, step)
            sent = frames[k % len(frames)].format(o=o, c=text)
            out.append((sent, ref, f"the {o} {text}", ("TIME", f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}")))
    return out


def test_a_day_of_the_month_and_its_clock_said_together():
    check(_date_clock_cases())


def test_offers_and_plans_of_a_day_to_come_and_their_past():
    check(_weekday_cases())


def test_the_last_weekday_of_a_period():
    check(_final_cases())


def test_the_grid_is_not_empty():
    assert len(_weekday_cases()) > 5000 and len(_final_cases()) > 700 and len(_date_clock_cases()) > 400
