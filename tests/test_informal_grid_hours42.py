"""hours42 (docs/informal-time.md §204): a business's or a service's hours said for several named days at once, or on a
listing's hours line or status, are hours of no one day (XXXX-XX-XXTHH:MM): "Shop open 10-4 today and tomorrow", "We're
open 9 till 5 Saturday and Sunday", "Hours: Open 11am - 11pm (Fri-Sat till 1am)", Google's "Open ⋅ Closes 5 PM".
Negatives keep their day: one named day (the older sets' and informal24-32-blind's gold: "we're open 10-4 on Saturday"),
a person's own plan ("I'm at the bank at 10 tomorrow"), an event's first opening ("the market opens at 9 on Saturday for
the first time"), a closure told with a past day ("the shop shut at 2 yesterday"), an event's doors, each range its own
day ("open til 9 tonight and tomorrow 5 to 8").

The sentences are this session's own, written from the grammar (UK, Irish, Scottish, US, Canadian, Australian, NZ,
Caribbean, African, South Asian voices; Facebook and Instagram posts, chats, Google listings); the days of writing every
weekday of a March 2026 week, month and year ends, leap days."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_hours, habit_time, time_on

REFS = ([date(2026, 3, 2) + timedelta(days=k) for k in range(7)]
        + [date(2025, 1, 31), date(2025, 12, 31), date(2026, 1, 1), date(2028, 2, 29), date(2024, 2, 28),
           date(2027, 6, 30), date(2024, 8, 31)])

# (start written, end written, start hour, end hour): a range of bare hours as an opening reads it (§191's office hours)
PAIRS = [("10", "4", 10, 16), ("9", "5", 9, 17), ("8", "6", 8, 18), ("11", "3", 11, 15), ("10", "6", 10, 18),
         ("9", "1", 9, 13), ("7", "3", 7, 15), ("12", "6", 12, 18)]
JOIN = ["-", " till ", " to ", "–", " til ", " until "]
# (a bare hour before "today"/"tomorrow" after "till" takes the day word into its own expression, "5 today": cut apart, its
# day kept, below; these frames are read with the joiners that leave the day its own)
JOIN_DAY_WORD = ["-", " to ", "–", " - "]

# a verb of opening, a range of hours, then a group of several days (the hours of no one day)
GROUPED = ["Shop open {a}{j}{b} today and tomorrow 🐟",
           "We're open {a}{j}{b} Saturday and Sunday, come down",
           "Café open {a}{j}{b} Sat, Sun & Mon",
           "the duka opens {a}{j}{b} today and tomorrow pole pole",
           "We're open {a}{j}{b} tomorrow and Monday, grand so",
           "Bottle-o's open {a}{j}{b} Saturday through Monday",
           "Shop will open {a}{j}{b} today and tomorrow only",
           "Rum shop open {a}{j}{b} Friday an Saturday",
           "the chippy's open {a}{j}{b} on Good Friday and Easter Monday",
           "Post office open {a}{j}{b} today & tomorrow, closed Monday"]


def grouped_cases():
    """(text, day of writing, [(hour as written, (type, value))] of the two bare hours, in order)."""
    out = []
    for k, ref in enumerate(REFS):
        for i, (a, b, h1, h2) in enumerate(PAIRS):
            frame = GROUPED[(i + 3 * k) % len(GROUPED)]
            joins = JOIN_DAY_WORD if "today" in frame or "tomorrow" in frame else JOIN
            j = joins[(i + k) % len(joins)]
            out.append((frame.format(a=a, b=b, j=j), ref, [(a, habit_time(h1, 0)), (b, habit_time(h2, 0))]))
    return out


# a clock with am/pm in the same frames (the clock rules' reading; the hours of no one day all the same)
CLOCKS = [("9am", 9, 0), ("5pm", 17, 0), ("10.30am", 10, 30), ("4:30pm", 16, 30), ("8 AM", 8, 0), ("6 PM", 18, 0)]
CLOCK_FRAMES = ["Shop open till {t} Friday and Saturday", "we close at {t} Saturday and Sunday, sorry folks",
                "Pharmacy opens at {t} Monday to Wednesday", "the tip shuts at {t} on Christmas Eve and New Year's Eve",
                "Bakery closes at {t} Sat, Sun & Mon"]


def clock_cases():
    out = []
    for k, ref in enumerate(REFS):
        for i, (t, h, mi) in enumerate(CLOCKS):
            out.append((CLOCK_FRAMES[(i + k) % len(CLOCK_FRAMES)].format(t=t), ref, t, habit_time(h, mi)))
    return out


# a listing's status before its separator dot, and its hours line (Google's panel, a page's "Hours:" head)
STATUS = ["Open ⋅ Closes {t}", "Closed ⋅ Opens {t}", "Open · Closes {t}", "Open now ⋅ Closes {t}",
          "4.7 ★ (1,284 reviews) · Tour operator\nOpen ⋅ Closes {t}\nHours: Monday–Saturday"]
LINES = [("Hours: Open {t1} – {t2} (Fri–Sat till 1am) · Closed Mondays", 2),
         ("Opening hours: {t1}-{t2}, Mondays closed", 2),
         ("Hours: Monday–Saturday {t1}–{t2}", 2),
         ("Trading hours: Mon–Fri {t1} to {t2}", 2)]
LISTING_CLOCKS = [("9 AM", 9, 0, "5 PM", 17, 0), ("11am", 11, 0, "11pm", 23, 0), ("7 AM", 7, 0, "6:30 PM", 18, 30),
                  ("10am", 10, 0, "4pm", 16, 0)]


def listing_cases():
    out = []
    for k, ref in enumerate(REFS):
        for i, (t1, h1, m1, t2, h2, m2) in enumerate(LISTING_CLOCKS):
            out.append((STATUS[(i + k) % len(STATUS)].format(t=t2), ref, t2, habit_time(h2, m2)))
            frame, _n = LINES[(i + k) % len(LINES)]
            text = frame.format(t1=t1, t2=t2)
            out.append((text, ref, t1, habit_time(h1, m1)))
            out.append((text, ref, t2, habit_time(h2, m2)))
    return out


# a clock that took "today"/"tomorrow" into its own expression before more days ("open 9 til [5 today] and tomorrow"):
# cut apart, the day a DATE, the clock kept on it (informal29-blind's gold, §204's figures)
OWN_DAY = ["Shop open 9 til {t} {d} and {d2} 🐟", "we're open till {t} {d} and {d2}, grand", "Pharmacy opens at {t} {d} and {d2}"]


def own_day_cases():
    out = []
    for k, ref in enumerate(REFS):
        for i, (t, h, mi) in enumerate(CLOCKS):
            d, day, d2 = (("today", ref, "tomorrow") if (i + k) % 2 else ("tomorrow", ref + timedelta(days=1), "Monday"))
            text = OWN_DAY[(i + k) % len(OWN_DAY)].format(t=t, d=d, d2=d2)
            out.append((text, ref, t, time_on(day, h, mi)))
            out.append((text, ref, d, ("DATE", day.isoformat())))
    return out


# a weekday on a listing's hours line: every such day (a SET), whatever the day of writing
LISTING_DAYS = [("Hours: Open 11am – 11pm ({d1}–{d2} till 1am) · Closed Mondays", "Fri", "Sat"),
                ("Hours: {d1} 6 PM–2 AM · Closed {d2}–Thursday", "Friday", "Saturday"),
                ("Opening hours: {d1}–{d2} 9am-5pm", "Mon", "Fri"),
                ("Trading hours: {d1} to {d2} 10am to 4pm", "Tuesday", "Sunday")]
_DAY_NO = {"Mon": 1, "Fri": 5, "Sat": 6, "Friday": 5, "Saturday": 6, "Tuesday": 2, "Sunday": 7}


def listing_day_cases():
    out = []
    for ref in REFS:
        for frame, d1, d2 in LISTING_DAYS:
            text = frame.format(d1=d1, d2=d2)
            out += [(text, ref, d1, ("SET", f"XXXX-WXX-{_DAY_NO[d1]}")), (text, ref, d2, ("SET", f"XXXX-WXX-{_DAY_NO[d2]}"))]
    return out


# negatives: the day is kept (a person's plan, an event, a past closure, one named day, each range its own day)
def negative_cases():
    out = []
    for ref in REFS:
        tom, yest = ref + timedelta(days=1), ref - timedelta(days=1)
        out += [("I'm at the bank at 10am tomorrow", ref, "10am tomorrow", time_on(tom, 10, 0)),
                ("meet you at the shop at 3pm today", ref, "3pm today", time_on(ref, 15, 0)),
                ("the new market opens at 9am tomorrow for the first time", ref, "9am tomorrow", time_on(tom, 9, 0)),
                ("the shop shut at 2pm yesterday because of the storm", ref, "2pm yesterday", time_on(yest, 14, 0)),
                ("doors open at 7pm today and tomorrow", ref, "7pm today", time_on(ref, 19, 0)),
                ("they open til 9pm tonight and tomorrow 5pm to 8pm", ref, "9pm tonight", time_on(ref, 21, 0)),
                ("they open til 9pm tonight and tomorrow 5pm to 8pm", ref, "8pm", time_on(tom, 20, 0)),
                ("Books open for January tomorrow at 6pm", ref, "6pm", time_on(tom, 18, 0)),
                ("the shop opens at 10am tomorrow", ref, "10am tomorrow", time_on(tom, 10, 0)),
                ("the grand opening at 11am today and tomorrow", ref, "11am today", time_on(ref, 11, 0))]
    return out


def test_grouped_days_hours_of_no_day():
    check_hours(grouped_cases())


def test_grouped_days_clock_of_no_day():
    check(clock_cases())


def test_listing_status_and_hours_line():
    check(listing_cases())


def test_listing_weekdays_sets():
    check(listing_day_cases())


def test_own_day_word_cut_apart():
    check(own_day_cases())


def test_negatives_keep_their_day():
    check(negative_cases())


def test_grid_size():
    assert len(grouped_cases()) == 112 and len(clock_cases()) == 84
    assert len(listing_cases()) == 168 and len(negative_cases()) == 140 and len(own_day_cases()) == 168
    assert len(listing_day_cases()) == 112
