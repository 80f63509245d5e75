"""programme40 (docs/informal-time.md §178): clock times in an event's programme or running order are of the event's
day, not of the day the post or e-mail was written, when the event's day is named in the words of the line above the
list ("Crab Fair is Saturday 19th September! Full programme below 🧵\\n↳ Greasy pole from 9am", "Plan for Liberation
Day (Thursday 9th):\\n- Line-up from 12.45pm", "Arrangements for the 5th:\\n- Members muster from 5.30pm", "The show is
on Saturday 19th.\\nRunning order:\\n1. Sheep 10am"), and a notice's passive with its copula dropped ("Gates shut at
1.30pm", "Road closed from 5pm", "Torches lit at 7.30pm sharp") is no past that would send its hour to the day of
writing. Negatives: a deadline's list ("Due Friday 9th:"), a line told in the past by
someone ("- Ali rang at 8am, he can't make it"), an item that names its own day ("- set-up tomorrow at 10am"), a
line of prose under the event's line (no list), the day of writing's hours said next to the event's day in passing.

The texts are this session's own; the days of writing every third day of 2024 and 2025 (leap day, month and year ends
among them), the event 3 to 13 days ahead; values computed from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, time_on

REFS = [date(2024, 1, 1) + timedelta(days=k) for k in range(0, 731, 3)] + [
    date(2024, 2, 28), date(2024, 2, 29), date(2024, 12, 30), date(2024, 12, 31), date(2025, 12, 29), date(2025, 12, 31)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EVENTS = ["Crab Fair", "Liberation Day", "Up Helly Aa", "the regatta", "Grand Kadooment", "the mela", "our fun day",
          "the Turkey Trot", "Sports day", "the gala"]


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _day_words(day: date, k: int) -> str:
    """The event's day as posts write it: with its weekday and the day of the month, its month or not."""
    wd, n = WEEKDAYS[day.weekday()], day.day
    return [f"{wd} {n}{_suffix(n)}", f"{wd} {n}{_suffix(n)} {MONTHS[day.month - 1]}", f"{wd[:3]} {n} {MONTHS[day.month - 1][:3]}",
            f"{wd} the {n}{_suffix(n)}"][k % 4]


# (frame, [(expression, hour, minute)]) with {ev} the event and {d} its day
FRAMES = [
    ("{ev} is {d}! Full programme below 🧵\n↳ Greasy pole from 9am.\n↳ Gurning championship in the hall 7pm.",
     [("9am", 9, 0), ("7pm", 19, 0)]),
    ("Plan for {ev} ({d}):\n- Line-up on the car park from 12.45pm.\n- Gates shut at 1.30pm, no exceptions.\n"
     "- Cavalcade sets off 2.30pm.", [("12.45pm", 12, 45), ("1.30pm", 13, 30), ("2.30pm", 14, 30)]),
    ("Arrangements for {d}:\n- Members muster at the Swan from 5.30pm, NOT before.\n- Road closed from 6pm.\n"
     "- Procession moves off at 7pm sharp.", [("5.30pm", 17, 30), ("6pm", 18, 0), ("7pm", 19, 0)]),
    ("Hi all,\n{ev} is {d} and we're walking together again this year.\n\n- Meet at the clubhouse 10am\n"
     "- Walk starts 10.30am\n- Raffle drawn at 4pm in the bar", [("10am", 10, 0), ("10.30am", 10, 30), ("4pm", 16, 0)]),
    ("{ev} is on {d}.\nRunning order:\n1. Sheep 10am\n2. Cattle 11.30am\n3. Dog trial 2pm",
     [("10am", 10, 0), ("11.30am", 11, 30), ("2pm", 14, 0)]),
    ("{ev} is {d} fam, the plan:\n• band meets 8am at the stadium\n• we on the road by 10am\n• jump up till 6pm",
     [("8am", 8, 0), ("10am", 10, 0), ("6pm", 18, 0)]),
    ("{ev} on {d}, schedule:\n1) Puja 6pm\n2) Dinner served from 7pm\n3) Fireworks 8.30pm",
     [("6pm", 18, 0), ("7pm", 19, 0), ("8.30pm", 20, 30)]),
    ("Reminder y'all, {ev} is {d}. Details:\n- packet pickup 7am\n- race starts 8am\n- awards at 10.15am",
     [("7am", 7, 0), ("8am", 8, 0), ("10.15am", 10, 15)]),
    ("{ev} is {d}. Road closed from 5pm till late. Torches lit at 7.30pm sharp.", [("5pm", 17, 0), ("7.30pm", 19, 30)]),
]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref + timedelta(days=3 + k % 11)
        for j, (frame, times) in enumerate(FRAMES):
            text = frame.format(ev=EVENTS[(k + j) % len(EVENTS)], d=_day_words(day, k + j))
            text = text[0].upper() + text[1:]
            for expr, h, mi in times:
                out.append((text, ref, expr, time_on(day, h, mi)))
    return out


def test_a_programmes_times_are_of_the_events_day():
    check(cases())


def negative_cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref + timedelta(days=3 + k % 11)
        d = _day_words(day, k)
        ev = EVENTS[k % len(EVENTS)].capitalize()
        # a deadline's list: the day of writing's hour
        out.append((f"Due {d}:\n- essay draft\n- 3pm call with the tutor", ref, "3pm", time_on(ref, 15, 0)))
        # a line told in the past by someone, under a day to come
        out.append((f"{ev} is {d}:\n- Ali rang at 8am, he can't make it\n- 2pm kick-off", ref, "8am", time_on(ref, 8, 0)))
        # an item that names its own day
        out.append((f"{ev} is {d}! Programme below\n- set-up tomorrow at 10am\n- 2pm prizes", ref, "10am",
                    time_on(ref + timedelta(days=1), 10, 0)))
        out.append((f"{ev} is {d}! Programme below\n- set-up tomorrow at 10am\n- 2pm prizes", ref, "2pm",
                    time_on(day, 14, 0)))
        # the day of writing's own hours, said next to the event's day in passing
        out.append((f"See you at {ev.lower()} {d}! We're open till 5pm today", ref, "5pm today", time_on(ref, 17, 0)))
    return out


def test_a_deadline_a_report_and_an_items_own_day_are_not_the_programmes():
    check(negative_cases())
