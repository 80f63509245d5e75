"""Reviews on Tripadvisor, Google, Booking, Airbnb and the app stores, and the owner's responses (thirty-third session,
reviews34; docs/informal-time.md §124): which day a review's story is told from. A stamp after a row of stars
("★★★★★ Reviewed February 20, 2025", "★★★★☆ Reviewed a week ago", "★★★★★ Edited 2 days ago") dates its review; a
line of the stay's month under the story ("Date of stay: February 2025", "Visited in February", "Stayed in February
2025") makes the story's weekdays days of that stay (the last such weekday of the stay's month, and the trip's next
days after it); an owner's "Responded ..." has its own day; a place's routine ("Checkout 10am", "the night feeding is
5.30pm and 8.30pm", "late checkout till 11") is of no day; ratings, rooms, versions and counts of nights stay what
they are.

The pages are this session's own, in Australian, British, Irish, US, Canadian and NZ voices; the days the page is read
are every day of a March 2025 week, month and year ends (31 January, 30 April, 31 December, 1 January, 29 February
2028, 1 July) and the 10th of every month of 2026. Every value is computed here from the calendar: the review's day
from the day of reading, the stay's month from the review's day, the weekday from them."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MONTH, WEEKDAY, check, habit_time, iso_week, last_weekday, time_on

REFS = [date(2025, 3, 24) + timedelta(days=k) for k in range(7)] \
    + [date(2025, 1, 31), date(2025, 4, 30), date(2025, 12, 31), date(2026, 1, 1), date(2028, 2, 29), date(2026, 7, 1)] \
    + [date(2026, m, 10) for m in range(1, 13)]
AGES = [2, 9, 23, 40, 75]   # days between the review and the day the page is read


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _long(day: date) -> str:
    """Tripadvisor's and the US stores' "February 20, 2025"."""
    return f"{MONTH[day.month - 1]} {day.day}, {day.year}"


def _before(day: date, wd: int) -> date:
    """The last such weekday (1 = Monday) before ``day``."""
    return last_weekday(day, wd)


def _stay_end(day: date) -> date:
    """The first day of the month of ``day``: a stay of the month before ends the day before it."""
    return day.replace(day=1)


def _month_before(day: date) -> date:
    return _stay_end(day) - timedelta(days=1)


# ---- 1. a stamp after its row of stars dates the story told under it ---------------------------------------------
STORIES = [("We got there {w} around 4ish and the fire was already going.", "{w}"),
           ("{w} we did the Marions Lookout walk, stunning.", "{w}"),
           ("Arrived {w}, the host had left scones out.", "{w}"),
           ("Did Dove Lake circuit {w} morning before heading home.", "{w} morning"),
           ("we checked in on {w} and the room wasn't ready til 5", "{w}")]


def _story_value(day: date, expr: str):
    return ("TIME", f"{day.isoformat()}TMO") if expr.endswith("morning") else _d(day)


def test_a_stamp_after_its_stars_dates_the_story():
    cases = []
    for ref in REFS:
        for age in AGES:
            s = ref - timedelta(days=age)
            for n, wd in enumerate(WEEKDAY, 1):
                if n == s.isoweekday():
                    continue   # (a weekday told on its own weekday: today or a week back is not this grid's question)
                for story, ex in STORIES:
                    expr = ex.format(w=wd)
                    page = f"Cradle Valley Lodge\n★★★★★ Reviewed {_long(s)}\nMagical stay\n{story.format(w=wd)}\n"
                    cases.append((page, ref, expr, _story_value(_before(s, n), expr)))
    check(cases)


def test_a_stamp_of_weeks_or_days_ago_after_its_stars():
    cases = []
    for ref in REFS:
        for n_weeks, words in ((1, "a week ago"), (2, "2 weeks ago"), (3, "3 weeks ago")):
            s = ref - timedelta(days=7 * n_weeks)
            for n, wd in enumerate(WEEKDAY, 1):
                if n == s.isoweekday():
                    continue
                page = f"★★★★☆ Reviewed {words}\nLovely spot\nArrived {wd}, the host had left scones out.\n"
                cases.append((page, ref, wd, _d(_before(s, n))))
            cases.append((f"★★★★☆ Reviewed {words}\nLovely spot\n", ref, words, ("DATE", iso_week(s))))
        for n_days, words in ((2, "2 days ago"), (5, "5 days ago")):
            s = ref - timedelta(days=n_days)
            for n, wd in enumerate(WEEKDAY, 1):
                if n == s.isoweekday():
                    continue
                # a map review edited: the older stamp above it is the last review's, not this one's anchor
                page = (f"Sarah T\n★★★★☆ 3 weeks ago\nGreat hut, clean and warm.\n\nMike R\nLocal Guide · 45 reviews\n"
                        f"★★★★★ Edited {words}\nCame {wd} with the kids, the pool was freezing.\n")
                cases.append((page, ref, wd, _d(_before(s, n))))
            cases.append((f"Sarah T\n★★★★☆ 3 weeks ago\nGreat hut.\n\n★★★★★ Edited {words}\nFab.\n", ref, words, _d(s)))
    check(cases)


def test_an_app_stores_date_under_its_stars():
    """The App Store's and Google Play's layout: the stars alone on a line, the date under them (a year old at most)."""
    cases = []
    for ref in REFS:
        for age in (9, 75, 200, 340):
            s = ref - timedelta(days=age)
            for n, wd in enumerate(WEEKDAY, 1):
                if n == s.isoweekday():
                    continue
                page = (f"Crashes constantly\n★★☆☆☆\n{MONTH[s.month - 1][:3]} {s.day}, {s.year}\njenny_k\nVersion 3.2.1\n"
                        f"It crashed every time I opened it on {wd}, reinstalled and still nothing.\n")
                cases.append((page, ref, wd, _d(_before(s, n))))
    check(cases)


# ---- 2. the stay's month under the story: its weekdays are days of the stay ---------------------------------------
def _stay_pages(s: date, age: int, stay: date, wd: str, nxt: str):
    """(layout, page) of a review written on ``s`` (``age`` days before the page is read) of a stay in ``stay``'s month,
    telling ``wd`` then ``nxt``."""
    story = f"We got there {wd} around 4ish. {nxt} we did the Marions Lookout walk."
    m, y = MONTH[stay.month - 1], stay.year
    yield "tripadvisor", (f"★★★★★ Reviewed {_long(s)}\nMagical stay\n{story}\nDate of stay: {m} {y}\n"
                          f"Trip type: Travelled as a couple\n")
    yield "tripadvisor, the owner's response after", (
        f"★★★★★ Reviewed {_long(s)}\nMagical stay\n{story}\nDate of stay: {m} {y}\nResponse from Jodie M, Owner\n"
        f"Responded {_long(s + timedelta(days=2))}\nThanks so much, come back soon!\n")
    yield "google", f"Sarah T\n★★★★☆ Edited {age} days ago\n{story}\nVisited in {m}\n"
    yield "booking", f"Reviewed: {s.day} {MONTH[s.month - 1]} {s.year}\nStayed in {m} {y}\n\"Superb\"\n{story}\n"


def test_the_stays_month_anchors_the_storys_weekdays():
    cases = []
    for ref in REFS:
        for age in (2, 9, 23):
            s = ref - timedelta(days=age)
            stay = _month_before(s)
            for n, wd in enumerate(WEEKDAY, 1):
                first = _before(_stay_end(s), n)   # the last such weekday of the stay's month
                m2 = n % 7 + 1
                for layout, page in _stay_pages(s, age, stay, wd, WEEKDAY[m2 - 1]):
                    cases.append((page, ref, wd, _d(first)))
                    cases.append((page, ref, "4ish", time_on(first, 16, 0)))
                    cases.append((page, ref, WEEKDAY[m2 - 1], _d(first + timedelta(days=1))))
    check(cases)


def test_a_stay_of_the_reviews_own_month_leaves_the_review_day():
    cases = []
    for ref in REFS:
        for age in (2, 9):
            s = ref - timedelta(days=age)
            for n, wd in enumerate(WEEKDAY, 1):
                if n == s.isoweekday():
                    continue
                page = (f"★★★★★ Reviewed {_long(s)}\nGreat\nArrived {wd}, the host had left scones out.\n"
                        f"Date of stay: {MONTH[s.month - 1]} {s.year}\n")
                cases.append((page, ref, wd, _d(_before(s, n))))
    check(cases)


def test_the_stay_reaches_no_further_than_its_review():
    """The next review's story (its own stamp, no stay line) and the owner's words count from their own days."""
    cases = []
    for ref in REFS:
        s1, s2 = ref - timedelta(days=40), ref - timedelta(days=3)
        stay = _month_before(s1)
        for n, wd in enumerate(WEEKDAY, 1):
            if n == s2.isoweekday():
                continue
            # (the first review tells another weekday: ``found`` reads the first expression of its words)
            page = (f"★★★★★ Reviewed {_long(s1)}\nMagical stay\nWe got there {WEEKDAY[n % 7]} around 4ish.\n"
                    f"Date of stay: {MONTH[stay.month - 1]} {stay.year}\n\n"
                    f"★★★★☆ Reviewed {_long(s2)}\nNice enough\nArrived {wd}, the room was cold.\n")
            cases.append((page, ref, wd, _d(_before(s2, n))))
        r = s1 + timedelta(days=2)
        page = (f"★★★★★ Reviewed {_long(s1)}\nMagical stay\nWe got there Friday around 4ish.\n"
                f"Date of stay: {MONTH[stay.month - 1]} {stay.year}\nResponse from Jodie M, Owner\n"
                f"Responded {_long(r)}\nThanks so much! We'll have the new deck done next month.\n")
        nm = date(r.year + (r.month == 12), r.month % 12 + 1, 1)
        cases.append((page, ref, "next month", ("DATE", f"{nm.year}-{nm.month:02d}")))
        cases.append((page, ref, f"{MONTH[stay.month - 1]} {stay.year}", ("DATE", f"{stay.year}-{stay.month:02d}")))
    check(cases)


# ---- 3. a place's routine: hours of no day -----------------------------------------------------------------------
ROUTINES = [("Checkout 10am which felt early.", "10am", (10, 0)),
            ("Checkout 10am which felt early but they let us have a late checkout till 11.", "11", (11, 0)),
            ("The night feeding is 5.30pm and 8.30pm and worth staying up for.", "5.30pm", (17, 30)),
            ("The night feeding is 5.30pm and 8.30pm and worth staying up for.", "8.30pm", (20, 30)),
            ("Check-in from 3pm, very easy.", "3pm", (15, 0)),
            ("breakfast 7.30-9.30 and plenty of it", "7.30", (7, 30)),
            ("breakfast 7.30-9.30 and plenty of it", "9.30", (9, 30)),
            ("Quiet hours 10pm to 7am are enforced, which we liked.", "10pm", (22, 0)),
            ("check out is at 10 but nobody rushed us", "10", (10, 0)),
            ("Checkout 10am is a bit early for a Sunday imo.", "10am", (10, 0))]


def test_a_places_routine_is_of_no_day():
    cases = []
    for ref in REFS:
        for age in (2, 23):
            s = ref - timedelta(days=age)
            for text, expr, (h, mi) in ROUTINES:
                page = f"★★★★★ Reviewed {_long(s)}\nLovely\nWe got there Friday around 4ish. {text}\n"
                cases.append((page, ref, expr, habit_time(h, mi)))
            if s.isoweekday() != 7:
                # a clock of one occasion told in the past is that day's
                page = f"★★★★★ Reviewed {_long(s)}\nLovely\nWe checked out at 9am on Sunday, sad to go.\n"
                cases.append((page, ref, "9am on Sunday", time_on(_before(s, 7), 9, 0)))
    check(cases)


# ---- 4. ratings, rooms, versions, counts ----------------------------------------------------------------------------
def test_ratings_rooms_versions_and_nights():
    cases = []
    for ref in REFS:
        s = ref - timedelta(days=9)
        page = (f"Sarah T\nLocal Guide · 45 reviews\n★★★★☆ Reviewed {_long(s)}\nRoom 12 was quiet, 5 stars from me, 4.5/5 "
                f"for the food. Scored 9.2 on Booking. We stayed 2 nights and it wasn't enough.\n")
        for expr in ("45 reviews", "Room 12", "12", "5 stars", "4.5/5", "4.5", "9.2", "45"):
            cases.append((page, ref, expr, None))
        cases.append((page, ref, "2 nights", ("DURATION", "P2D")))
        app = (f"Crashes constantly\n★★☆☆☆ Reviewed {_long(s)}\njenny_k\nVersion 3.2.1\nIt crashed every time I opened it"
               f" on Monday. 4 stars before this.\n")
        for expr in ("3.2.1", "3.2", "Version 3.2.1", "4 stars"):
            cases.append((app, ref, expr, None))
    check(cases)
