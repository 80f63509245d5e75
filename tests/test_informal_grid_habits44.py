"""habits44 (docs/informal-time.md §244, §245): clocks of a habit or of a place's standing hours, of no day.

§244: a place's closing hour in the generic present has no day: "the pool's open till 9" (21:00: a place stays open into
the evening), "the restaurant shuts at 8 which is early" (a relative clause after the hour), even after an earlier
sentence of the line that tells a day gone by ("We went Tuesday and loved it. Only gripe is the cafe shuts at 4 which is
early"). The same hours said of one day stay that day's: "the shop is open till 9 tonight", "the bar's open till 11 on
Friday for the final", "the shop shuts at 5 tomorrow".
§245: a bare hour right after a frequency is a standing hour: "Tours go every day at 10 and 2" (10:00, 14:00), "the ferry
runs every hour from 6" (06:00: a service's start), "boats every hour till 7 on weekdays" (19:00: its end), "the bus
leaves every morning from about 5"; a range of weekdays with its clocks "like always" or "as usual" is every week ("Mon -
Thu trips 9am & 1:30pm like always": SETs and hours of no day); with a week named ("... like always next week") it stays
dated. One-time hours stay dated: "tours go at 10 tomorrow".

The sentences are this session's own (UK, Irish, Australian, Caribbean, Pacific voices); the days of writing every day
of a March 2026 week, month and year ends, leap days; values computed with datetime."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, check_untagged, habit_time, next_weekday, other_weekdays, time_on

from timeline_app.temporal import tag

REFS = ([date(2026, 3, 9) + timedelta(days=k) for k in range(7)]
        + [date(2025, 10, 31), date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 28), date(2028, 2, 29),
           date(2024, 12, 31), date(2027, 6, 30)])

# §244: "open till N": the evening's (or the afternoon's) end of a place's day, of no day
OPEN_TILL = ["Pool's open till {h} which saved us", "the bar is open until {h}, so no rush",
             "the chippy's open til {h} most nights", "Spar stays open till {h} which is handy",
             "Good news, the takeaway is open till {h}.", "the servo is open till {h} btw",
             "rum shop open till {h} every night", "The library's open until {h} which is great for the kids"]
OPEN_HOURS = [3, 4, 5, 6, 7, 8, 9, 10, 11]
# §244: a closing verb, the hour, "which ..."
SHUTS_WHICH = ["Only knock is the restaurant shuts at {h} which is early", "the kitchen closes at {h} which is a pain",
               "fyi the cafe shuts at {h} which caught us out", "the pool closes at {h} and that's a shame"]
SHUT_HOURS = [3, 4, 5, 6, 7, 8]
# §244: a day of an earlier sentence told in the past is no day of the place's hours
PAST_DAY = ["We went up {d} and loved it. Only gripe is the cafe shuts at {h} which is early.",
            "We did the tour on {d}, brilliant. Shame the restaurant shuts at {h} which is daft."]
# §244, must stay dated: the same hours said of one day
TONIGHT = ["the shop is open till {h} tonight", "Kitchen shuts at {h} tonight, get in early"]
ON_DAY = ["the bar's open till {h} on {d} for the final", "we're open until {h} on {d} for the sale"]


def case_244():
    out = []
    for k, ref in enumerate(REFS):
        for i, h in enumerate(OPEN_HOURS):
            text = OPEN_TILL[(i + k) % len(OPEN_TILL)].format(h=h)
            out.append((text, ref, str(h), habit_time(h + 12, 0)))
        for i, h in enumerate(SHUT_HOURS):
            text = SHUTS_WHICH[(i + k) % len(SHUTS_WHICH)].format(h=h)
            out.append((text, ref, str(h), habit_time(h + 12, 0)))
            wd, name = other_weekdays(ref)[(i + k) % 6]
            text = PAST_DAY[(i + k) % len(PAST_DAY)].format(h=h, d=name)
            out.append((text, ref, str(h), habit_time(h + 12, 0)))
        for i, h in enumerate([5, 6, 7, 8, 9, 10]):
            text = TONIGHT[(i + k) % len(TONIGHT)].format(h=h)
            out.append((text, ref, f"{h} tonight", time_on(ref, h + 12, 0)))
            wd, name = other_weekdays(ref)[(i + 2 * k) % 6]
            text = ON_DAY[(i + k) % len(ON_DAY)].format(h=h, d=name)
            out.append((text, ref, str(h), time_on(next_weekday(ref, wd), h + 12, 0)))
    return out


# §245: a frequency, a cue, one or two hours: (text, [(hour written, 24-hour reading)])
EVERY_AT = ["Tours go every day at {a} and {b}, about 2 hrs", "Boat trips leave every day at {a} and {b}.",
            "the glass-bottom boat goes out every day at {a} & {b} 👍", "Lessons run every day at {a} and {b} in summer"]
AT_PAIRS = [(10, 2, 10, 14), (9, 1, 9, 13), (11, 3, 11, 15), (10, 12, 10, 12), (9, 11, 9, 11), (11, 4, 11, 16)]
EVERY_FROM = ["the Sea Bridge runs every hour from {h} like usual", "buses every 15 mins from {h}, they say",
              "the ferry goes every 30 minutes from {h}.", "shuttle runs every 30 minutes from {h} apparently"]
FROM_HOURS = [6, 7, 8, 9, 10, 11, 12, 1, 2]
EVERY_TILL = ["the boats go every hour till {h} on weekdays", "trains every 20 mins until {h}.",
              "the water taxi runs every 20 mins til {h} so you'll make it", "the ferry is every hour till {h} most days"]
TILL_HOURS = [3, 4, 5, 6, 7, 8, 9, 10, 11]
EVERY_MORNING = ["the bus leaves every morning from about {h}", "the bakery van comes every morning at {h}."]
MORNING_HOURS = [4, 5, 6, 7]
# a range of weekdays with its clocks "like always": every week
RANGE_USUAL = ["{d1} - {d2} trips {h}am & 1:30pm like always", "{d1}-{d2} lessons {h}am and 1:30pm as usual",
               "{d1}–{d2} tours {h}am, 1:30pm like usual"]
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RANGES = [(0, 3), (1, 4), (0, 4), (3, 4), (1, 3)]   # (index in SHORT) Mon-Thu, Tue-Fri, Mon-Fri, Thu-Fri, Tue-Thu


def case_245():
    out = []
    for k, ref in enumerate(REFS):
        for i, (a, b, ha, hb) in enumerate(AT_PAIRS):
            text = EVERY_AT[(i + k) % len(EVERY_AT)].format(a=a, b=b)
            out.append((text, ref, str(a), habit_time(ha, 0)))
            out.append((text, ref, str(b), habit_time(hb, 0)))
        for i, h in enumerate(FROM_HOURS):
            text = EVERY_FROM[(i + k) % len(EVERY_FROM)].format(h=h)
            out.append((text, ref, str(h), habit_time(h + 12 if h < 6 else h, 0)))
        for i, h in enumerate(TILL_HOURS):
            text = EVERY_TILL[(i + k) % len(EVERY_TILL)].format(h=h)
            out.append((text, ref, str(h), habit_time(h + 12, 0)))
        for i, h in enumerate(MORNING_HOURS):
            text = EVERY_MORNING[(i + k) % len(EVERY_MORNING)].format(h=h)
            out.append((text, ref, str(h), habit_time(h, 0)))
        for i in range(3):
            d1, d2 = RANGES[(i + k) % len(RANGES)]
            h = 8 + i
            text = RANGE_USUAL[(i + k) % len(RANGE_USUAL)].format(d1=SHORT[d1], d2=SHORT[d2], h=h)
            out.append((text, ref, SHORT[d1], ("SET", f"XXXX-WXX-{d1 + 1}")))
            out.append((text, ref, SHORT[d2], ("SET", f"XXXX-WXX-{d2 + 1}")))
            out.append((text, ref, f"{h}am", habit_time(h, 0)))
            out.append((text, ref, "1:30pm", habit_time(13, 30)))
        # must stay dated: a one-time hour of a frequency's verb
        for i, h in enumerate([9, 10, 11]):
            out.append((f"tours go at {h} tomorrow", ref, f"{h} tomorrow", time_on(ref + timedelta(days=1), h, 0)))
    return out


def test_244_closing_hours_of_no_day_and_of_one_day():
    check(case_244())


def test_245_a_frequency_and_its_hours():
    check(case_245())


def test_245_a_week_named_keeps_the_range_dated():
    """"Mon - Thu trips 9am & 1:30pm like always next week": one week's days, no SET, no hour of no day."""
    bad = []
    for ref in REFS:
        for text in ["Mon - Thu trips 9am & 1:30pm like always next week", "Tue-Fri lessons 10am and 1:30pm as usual this week"]:
            got = [(t.expression, t.timex_value) for t in tag(text, ref)]
            if any(v.startswith("XXXX") for e, v in got if e not in ("next week", "this week")):
                bad.append((ref, text, got))
    assert not bad, f"{len(bad)} read as a habit:\n" + "\n".join(map(str, bad[:10]))


def test_look_alikes_stay_untagged():
    check_untagged([("interest accrues every day at 4 percent", ["4"]),
                    ("the list stays open till 5 names are in", ["5"]),
                    ("every hour from 6 people on the waiting list", ["6"]),
                    ("the offer is open to 3 of you", ["3"]),
                    ("we went every day at 10 years old", ["10"])], REFS)
