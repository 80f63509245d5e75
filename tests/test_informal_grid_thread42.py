"""thread42's class of the forty-first session (docs/informal-time.md §205): which day a weekday means in threads and
notices where the tagger picked the wrong side or the wrong anchor.

- A notice's list of days that goes on from a dated weekday, its items' state a verbless "closed"/"shut": "Mon 12th
  7am-8pm, Tues closed, Wed 14th 9-5, Thurs normal hours" (the days after the dated one, not last week's).
- A question of a state in the present: "Is the bank shut Wednesday?" (the one to come); kept: "Was the bank shut
  Wednesday?", "The bank was shut Wednesday" (gone).
- A booking's "put you down for", "pencilled you in for": "put you down for Saturday" (to come).
- Days taken off, joined in a list: "I've taken Friday and Tuesday off" (the days to come); kept: "I took Friday and
  Tuesday off and went to the coast" (gone).

The sentences are this session's own (UK, Irish, Scots, Australian, NZ, South African, Caribbean voices); the days of
writing every second day of two years and a half (leap day, year ends, every weekday), the values computed from the
calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import DAYS, WEEKDAY, check, last_weekday, next_weekday, with_suffix

REFS = [date(2023, 12, 1) + timedelta(days=2 * k) for k in range(460)]

# a notice's list: {w0} {n0} is the dated day (0..3 days after the day of writing), {w1} the next day, {w3} three on
LISTS = [
    "Opening hours over the holiday week: {w0} {n0} 7am-8pm, {w1} closed, {w2} {n2} 9-5, {w3} normal hours.",
    "Pool times: {w0} {n0} open 6-9, {w1} CLOSED, {w2} {n2} 10-4, {w3} back to normal",
    "Christmas hours - {w0} {n0} 9-5, {w1} shut, {w2} {n2} 10-2, {w3} as normal x",
    "Shop hours this week {w0} {n0} 8-1, {w1} closed all day, {w2} {n2} 8-6, {w3} 8-6",
]
QUESTIONS = ["Is the bank shut {w}? need to change my rand", "are yous closed on {w}?", "Anyone know, is the tip closed {w}?",
             "Is the post office shut {w}??"]
QUESTIONS_PAST = ["Was the bank shut {w}?", "The bank was shut {w}, had to go back"]
BOOKINGS = ["Morag, 4 of you? put you down for {w}. Pay on the day", "No bother, I've pencilled you in for {w}",
            "got yous down for {w} x", "Sorted, booked you in for {w} at the salon"]
DAYS_OFF = ["They land tomorrow, I've taken {w} and {v} off.", "I've booked {w} and {v} off work for the cricket",
            "Got {w} and {v} off so we can do the drive"]
DAYS_OFF_PAST = ["I took {w} and {v} off and went to the coast."]


def _name(d: date, k: int) -> str:
    return (WEEKDAY if k % 2 else DAYS)[d.isoweekday() - 1]


def _day(d: date) -> tuple[str, str]:
    return "DATE", d.isoformat()


def cases():
    out = []
    for k, ref in enumerate(REFS):
        d0 = ref + timedelta(days=k % 4)
        w = [_name(d0 + timedelta(days=i), k) for i in range(4)]
        text = LISTS[k % len(LISTS)].format(w0=w[0], n0=with_suffix(d0.day), w1=w[1], w2=w[2],
                                            n2=with_suffix((d0 + timedelta(days=2)).day), w3=w[3])
        out.append((text, ref, w[1], _day(d0 + timedelta(days=1))))
        out.append((text, ref, w[3], _day(d0 + timedelta(days=3))))
        # another weekday than the day of writing's own (whose reading, today or a week on, is not what is asked)
        wd = (ref.isoweekday() + k % 6) % 7 + 1
        name = WEEKDAY[wd - 1]
        out.append((QUESTIONS[k % len(QUESTIONS)].format(w=name), ref, name, _day(next_weekday(ref, wd))))
        out.append((QUESTIONS_PAST[k % len(QUESTIONS_PAST)].format(w=name), ref, name, _day(last_weekday(ref, wd))))
        out.append((BOOKINGS[k % len(BOOKINGS)].format(w=name), ref, name, _day(next_weekday(ref, wd))))
        vd = (wd + 2 + k % 3) % 7 + 1
        if vd != ref.isoweekday():
            other = WEEKDAY[vd - 1]
            text = DAYS_OFF[k % len(DAYS_OFF)].format(w=name, v=other)
            out.append((text, ref, name, _day(next_weekday(ref, wd))))
            out.append((text, ref, other, _day(next_weekday(ref, vd))))
            if k % 3 == 0:
                text = DAYS_OFF_PAST[0].format(w=name, v=other)
                out.append((text, ref, name, _day(last_weekday(ref, wd))))
                out.append((text, ref, other, _day(last_weekday(ref, vd))))
    return out


def test_weekdays_of_lists_questions_bookings_and_days_off():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 2500
