"""thread42's class of the forty-first session (docs/informal-time.md §205): which day a weekday means in threads and
notices where the tagger picked the wrong side or the wrong anchor.

- A notice's list of days that goes on from a dated weekday, its items' state a verbless "closed"/"shut": "Mon 12th
  7am-8pm, Tues closed, Wed 14th 9-5, Thurs normal hours" (the days after the dated one, not last week's).
- A question of a state in the present: "Is the bank shut Wednesday?" (the one to come); kept: "Was the bank shut
  Wednesday?", "The bank was shut Wednesday" (gone).
- A booking's "put you down for", "pencilled you in for": "put you down for Saturday" (to come).
- Days taken off, joined in a list: "I've taken Friday and Tuesday off" (the days to come); kept: "I took Friday and
  Tuesday off and went to the coast" (gone).
- A year word right after a day of the month: "the puffins were in by the 20th last year" (the nearest 20th's month, in
  that year); kept: "the puffins were in by the 20th" (this year's, gone).
- A holiday in a past clause after a comma, the sentence opened by "last year": "last year we got caught out, half the
  town was shut on Canberra Day" (last year's); kept: "last year was a nightmare, we're open on Canberra Day this time",
  "Last year we went to Spain, but the shop was shut on Canberra Day" (as the holiday's clause alone).
- A booking's day of the month after "for", the sentence having told the day of booking: "Booked on the 1st for the
  3rd" (the first 3rd after the 1st).
- A return in the sentence right after one that named a day to come: "Wednesday 28th CLOSED. Back to normal Thursday"
  (the Thursday after the 28th); kept: "Went to the show Fri 16th. Got back Monday" (gone).

The sentences are this session's own (UK, Irish, Scots, Australian, NZ, South African, Caribbean voices); the days of
writing every second day of two years and a half (leap day, year ends, every weekday), the values computed from the
calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import DAYS, WEEKDAY, check, found, fixed, from_easter, last_weekday, next_weekday, nth, with_suffix

REFS = [date(2023, 12, 1) + timedelta(days=2 * k) for k in range(460)]

# a notice's list: {w0} {n0} is the dated day (0..3 days after the day of writing), {w1} the next day, {w3} three on
LISTS = [
    "Opening hours over the holiday week: {w0} {n0} late opening, {w1} closed, {w2} {n2} 9-5, {w3} normal hours.",
    "Pool times: {w0} {n0} open 6-9, {w1} CLOSED, {w2} {n2} 10-4, {w3} back to normal",
    "Christmas hours - {w0} {n0} 9-5, {w1} shut, {w2} {n2} 10-2, {w3} as normal x",
    "Shop hours this week {w0} {n0} 8-1, {w1} closed all day, {w2} {n2} 8-6, {w3} 8-6",
    "Opening hours over the holiday week 🏊 {w0} {n0} CLOSED, {w1} open as usual, {w2} {n2} CLOSED, {w3} normal hours.",
]
QUESTIONS = ["Is the bank shut {w}? need to change my rand", "are yous closed on {w}?", "Anyone know, is the tip closed {w}?",
             "Is the post office shut {w}??"]
QUESTIONS_PAST = ["Was the bank shut {w}?", "The bank was shut {w}, had to go back"]
BOOKINGS = ["Morag, 4 of you? put you down for {w}. Pay on the day", "No bother, I've pencilled you in for {w}",
            "got yous down for {w} x", "Sorted, booked you in for {w} at the salon"]
DAYS_OFF = ["They land tomorrow, I've taken {w} and {v} off.", "I've booked {w} and {v} off work for the cricket",
            "Got {w} and {v} off so we can do the drive"]
DAYS_OFF_PAST = ["I took {w} and {v} off and went to the coast."]
YEAR_AFTER = ["the puffins were in by the {n} last year, give it a week or so", "we were fully booked on the {n} last year too",
              "the ferry was off from the {n} last year", "the swifts came back on the {n} last year, late this time"]
YEAR_AFTER_NEXT = ["we're booked again on the {n} next year", "Gran's coming on the {n} next year x"]
NO_YEAR = ["the puffins were in by the {n}, give it a week or so"]
HOLIDAYS = [("Boxing Day", fixed(12, 26)), ("Good Friday", from_easter(-2)), ("Easter Monday", from_easter(1)),
            ("Canberra Day", nth(3, 1, 2)), ("St Patrick's Day", fixed(3, 17)), ("Christmas Day", fixed(12, 25))]
YEAR_CLAUSE = ["last year we got caught out, half the town was shut on {h} and Dad still brings it up",
               "Last year we left it too late, everything was closed on {h} x",
               "last year we went down to Nana's, the ferry was off on {h}"]
YEAR_SUBJECT = ["last year was a nightmare, we're open on {h} this time", "Last year we went to Spain, but the shop was shut on {h}"]
RETURNS = ["{w0} {n0} CLOSED. Back to normal {w1}.", "Away at the show {w0} {n0}. Back {w1} x",
           "Surgery closed {w0} {n0} for training. Back on {w1} as usual", "Gone to Gran's {w0} {n0}. Home {w1}"]
RETURNS_CLOCK = ["Up Helly Aa hours: {w0} {n0} CLOSED. Back to normal {w1} 9am-5.30pm.",
                 "Clinic shut {w0} {n0}, sorry. Back {w1} 9am as usual"]
RETURNS_PAST = ["Went to the show {w0} {n0}. Got back {w1}", "We were away {w0} {n0}. Came back {w1} and slept"]
BOOKED = ["Booked on the {a} for the {b}, pick-up was meant to be 4:30 and the guide came late.",
          "rang them on the {a} and booked for the {b}", "We booked on the {a} for the {b} and it was worth it"]


def _near_day(ref: date, n: int) -> date | None:
    """The day numbered n of the month before, of or after the day of writing's nearest it (None on a tie)."""
    near = []
    for k in (-1, 0, 1):
        y, m = divmod(ref.year * 12 + ref.month - 1 + k, 12)
        try:
            near.append(date(y, m + 1, n))
        except ValueError:
            pass
    near.sort(key=lambda d: abs((d - ref).days))
    if len(near) > 1 and abs((near[0] - ref).days) == abs((near[1] - ref).days):
        return None
    return near[0]


def _in_year(d: date, y: int) -> date | None:
    try:
        return d.replace(year=y)
    except ValueError:
        return None


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
        if k % 2:
            # a chat's stamp and its speaker before the question
            text = f"[{ref:%d/%m/%Y}, 19:30:50] Shona: Is the bank shut {name}? need to change my rand"
            out.append((text, ref, name, _day(next_weekday(ref, wd))))
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
        # a year word right after the day of the month
        n = (7 * k) % 28 + 1
        near = _near_day(ref, n)
        if near is not None and (day := _in_year(near, ref.year - 1)) is not None:
            out.append((YEAR_AFTER[k % len(YEAR_AFTER)].format(n=with_suffix(n)), ref, f"the {with_suffix(n)}", _day(day)))
        if near is not None and k % 3 == 1 and (day := _in_year(near, ref.year + 1)) is not None:
            out.append((YEAR_AFTER_NEXT[k % len(YEAR_AFTER_NEXT)].format(n=with_suffix(n)), ref, f"the {with_suffix(n)}", _day(day)))
        if k % 4 == 2 and ref.day != n:
            gone = max(d for j in (-1, 0) if (d := _month_day(ref, j, n)) is not None and d <= ref)
            out.append((NO_YEAR[0].format(n=with_suffix(n)), ref, f"the {with_suffix(n)}", _day(gone)))
        # a holiday in a past clause after "last year,"
        name, hol = HOLIDAYS[k % len(HOLIDAYS)]
        if hol(ref.year) != ref:
            out.append((YEAR_CLAUSE[k % len(YEAR_CLAUSE)].format(h=name), ref, name, _day(hol(ref.year - 1))))
            if k % 3 == 0:
                # kept: the year as its clause's subject, a clause that turns ("but"): the value of the clause read alone
                text = YEAR_SUBJECT[k % 2].format(h=name)
                out.append((text, ref, name, found(text.split(", ", 1)[1], ref, name)))
        # a booking's day after "for", the day of booking told before it
        a = ref - timedelta(days=k % 9 + 1)
        b = a + timedelta(days=2 + k % 11)
        out.append((BOOKED[k % len(BOOKED)].format(a=with_suffix(a.day), b=with_suffix(b.day)), ref, f"the {with_suffix(b.day)}", _day(b)))
        # a return after the day the sentence before named
        d0 = ref + timedelta(days=1 + (5 * k) % 13)
        d1 = d0 + timedelta(days=1 + k % 3)
        w0, w1 = _name(d0, k), WEEKDAY[d1.isoweekday() - 1]
        out.append((RETURNS[k % len(RETURNS)].format(w0=w0, n0=with_suffix(d0.day), w1=w1), ref, w1, _day(d1)))
        if k % 2:
            text = RETURNS_CLOCK[k // 2 % 2].format(w0=w0, n0=with_suffix(d0.day), w1=w1)
            out.append((text, ref, f"{w1} 9am", ("TIME", f"{d1.isoformat()}T09:00")))
        g0 = ref - timedelta(days=3 + k % 4)
        g1 = g0 + timedelta(days=1 + k % 2)
        if k % 2 == 0 and g1.isoweekday() != ref.isoweekday():
            text = RETURNS_PAST[k % 4 // 2].format(w0=_name(g0, k), n0=with_suffix(g0.day), w1=WEEKDAY[g1.isoweekday() - 1])
            out.append((text, ref, WEEKDAY[g1.isoweekday() - 1], _day(g1)))
    return out


def _month_day(ref: date, k: int, n: int) -> date | None:
    y, m = divmod(ref.year * 12 + ref.month - 1 + k, 12)
    try:
        return date(y, m + 1, n)
    except ValueError:
        return None


def test_weekdays_of_lists_questions_bookings_and_days_off():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 2500
