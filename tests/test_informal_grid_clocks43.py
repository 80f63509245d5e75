"""clocks43's class (docs/informal-time.md §231, §232): A CLOCK WITH A DOT OR A COLON AND NO AM/PM, NO CUE WORD BEFORE IT, TOLD
IN THE SENTENCE OF ITS DAY.

- A dotted or colon h.mm after its day (a weekday, "tomorrow") in the same sentence, with an event's words or none between:
  "Church is Sunday morning at St Anne's 9.30 if you'd like to come", "The ceilidh is Friday night at the village hall,
  starts 8.15.", "We fly Tuesday from Gatwick and land 2:40 if the weather holds", "coming over Saturday on the ferry, the
  7:30 boat", "Tomorrow the 10:45 coach is usually late": the clock on that day.
- Its half of the day as a reader takes it from the sentence: a word of the morning or a morning's event (the boat, the
  ferry, church, breakfast, the car park) the morning's; a word of the night or an evening's event (a ceilidh, a quiz, dinner)
  the evening's; 12 noon; 1-4 the afternoon's; 9-11 with no word the morning's.
- §232: a bare hour or a dotted clock after a weekday its own sentence names ("then Kingston Monday at 8.30 to get a spot")
  is no evening's because the talk named that weekday's night many sentences before ("the dance is Monday night").
- Negatives (untagged): prices, measures, results, positions in a recording, verses, versions, dotted dates, lists of numbers
  and rooms in the same sentence as a day ("Saturday the loaf was $3.40", "Fish on Friday is 7.50 each", "Sunday I ran
  3:45 at the marathon", "Skip to 1:14 in the video from Monday", "The reading on Sunday was John 3:16", "Version 2.10 comes
  out Tuesday", "Friday the form said 9.10.24", "Saturday the judges gave 7.25, 8.50 and 9.10").

The sentences are this session's own, in several voices (UK, Irish, Scots, Caribbean, Australian, US); values from `datetime`
here (the next such weekday after the day of writing; tomorrow the day after it), not from the engine; the days of writing
every sixth day of 2024-2026 (the leap day 2024-02-29, month ends and the year's turn among them)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, next_weekday, other_weekdays, time_on
from timeline_app.temporal import tag

DAYS = sorted({date(2024, 1, 2) + timedelta(days=6 * k) for k in range(180)}
              | {date(2024, 2, 29), date(2024, 12, 31), date(2025, 12, 31), date(2025, 1, 1), date(2026, 2, 28)})

# (frame, the clocks said in it as (hour, minute) 1-12, the 24-hour hour a reader takes) -- {wd} the weekday, {t} the clock
MORNING = lambda h: h
EVENING = lambda h: h + 12 if h < 12 else h
AFTERNOON = lambda h: h + 12 if h < 12 else h
FRAMES = [
    ("Church is {wd} morning at St Anne's {t} if you'd like to come", [8, 9, 10, 11], MORNING),
    ("The ceilidh is {wd} night at the village hall, starts {t}.", [7, 8, 9], EVENING),
    ("We fly {wd} from Gatwick and land {t} if the weather holds", [1, 2, 3, 4], AFTERNOON),
    ("we're coming over {wd} on the ferry, the {t} boat", [7, 8, 9, 10, 11], MORNING),
    ("The quiz will be {wd} at the Anchor, {t} start, bring a pen", [7, 8, 9], EVENING),
    ("{wd} we're meeting in the car park {t} to get a good spot", [8, 9, 10, 11], MORNING),
    ("Lunch is {wd} at the Crown, {t} if that suits everyone", [12, 1, 2], AFTERNOON),
    ("Mam says {wd} the {t} service will be packed", [9, 10, 11], MORNING),
    ("Dinner is {wd} night at ours, {t} for {t2} x", [6, 7, 8], EVENING),
    ("Breakfast is {wd} in the hotel, {t} latest or they stop serving", [7, 8, 9, 10], MORNING),
]
SEP = [".", ":"]


def clock(h: int, mi: int, k: int) -> str:
    return f"{h}{SEP[k % 2]}{mi:02d}"


def weekday_cases():
    out = []
    for k, day in enumerate(DAYS):
        wds = other_weekdays(day)
        for j, (frame, hours, half) in enumerate(FRAMES):
            n, wd = wds[(k + j) % len(wds)]
            h = hours[(k + 2 * j) % len(hours)]
            mi = (15 * (k + j)) % 60
            t = clock(h, mi, k + j)
            t2 = clock(h, (mi + 15) % 60 if mi < 45 else mi, k + j)
            if "{t2}" in frame and t2 == t:
                continue
            text = frame.format(wd=wd if k % 3 else wd.lower() if j % 2 else wd, t=t, t2=t2)
            out.append((text, day, t, time_on(next_weekday(day, n), half(h), mi)))
    return out


def test_a_clock_told_in_the_sentence_of_its_weekday():
    check(weekday_cases())


TOMORROW_FRAMES = [("Tomorrow the {t} coach into town will be packed", [9, 10, 11], MORNING),
                   ("the match is tomorrow night, throw in {t} at the club", [7, 8], EVENING),
                   ("tmrw the ferry goes from the pier, {t} sailing so don't be late", [8, 9, 10], MORNING),
                   ("Tomorrow we land {t} if the flight's on time", [1, 2, 3], AFTERNOON)]


def tomorrow_cases():
    out = []
    for k, day in enumerate(DAYS):
        for j, (frame, hours, half) in enumerate(TOMORROW_FRAMES):
            h = hours[(k + j) % len(hours)]
            mi = (20 * k + 5 * j + 5) % 60
            t = clock(h, mi, k)
            out.append((frame.format(t=t), day, t, time_on(day + timedelta(days=1), half(h), mi)))
    return out


def test_a_clock_told_in_the_sentence_of_tomorrow():
    check(tomorrow_cases())


# §232: the talk named a weekday's night long before; a later comment names that weekday again with a morning's clock
FAR_NIGHT = ("the dance is {wd} night at the hall.\n\nAnyone know if the shop opens on the holiday?\n\nYes, only half day mind.\n\n"
             "Thanks! Beach this arvo, church tomorrow, then up to the town {wd} at {t} to get a spot.")


def far_night_cases():
    out = []
    for k, day in enumerate(DAYS[::2]):
        wds = [(n, wd) for n, wd in other_weekdays(day) if n != day.isoweekday() % 7 + 1 and n != (day.isoweekday() + 1) % 7 + 1]
        n, wd = wds[k % len(wds)]
        h = [8, 9, 10][k % 3]
        mi = [0, 15, 30, 45][k % 4]
        t = f"{h}.{mi:02d}" if mi else str(h)
        out.append((FAR_NIGHT.format(wd=wd, t=t), day, t, time_on(next_weekday(day, n), h, mi)))
    return out


def test_a_night_named_far_back_is_no_evening_of_a_weekday_told_again():
    check(far_night_cases())


LOOK_ALIKES = [("Saturday the loaf was $3.40 at the market", ["3.40"]), ("Fish on Friday is 7.50 each", ["7.50"]),
               ("Skip to 1:14 in the video from Monday", ["1:14"]),
               ("The reading on Sunday was John 3:16", ["3:16"]), ("Version 2.10 comes out Tuesday", ["2.10"]),
               ("Friday the form said 9.10.24 for some reason", ["9.10"]),
               ("Saturday the judges gave 7.25, 8.50 and 9.10", ["7.25", "8.50", "9.10"]),
               ("Tuesday's voice note (1:48) had me crying", ["1:48"]),
               ("Wednesday we walked 6.20 km along the cliffs", ["6.20"]), ("Odds on Saturday were 5.50 for the favourite", ["5.50"]),
               ("Room 2.17 is booked for Thursday", ["2.17"]), ("Monday the pint was 4.80 in the hotel bar", ["4.80"]),
               ("Sunday Romans 8:28 was the verse", ["8:28"]), ("Friday it costs 9.30 to park all day", ["9.30"]),
               ("Monday's ratio was 3:10 at the door", ["3:10"]), ("Saturday the scales said 9.12 and I cried", ["9.12"]),
               ("Thursday night 1.30 we were still dancing", ["1.30"]), ("Saturday I got 5.45 on the test", ["5.45"])]
NEG_DAYS = DAYS[::11]


def test_prices_measures_results_and_verses_stay_untagged():
    check_untagged(LOOK_ALIKES, NEG_DAYS)


RESULTS = ["Sunday I ran 3:45 at the marathon", "Sunday she finished in 2:11 flat", "Saturday we did 4:05 for the half",
           "Monday's parkrun was 9:58 for the first mile"]


def test_a_result_is_no_clock():
    # a race's time is a length where any rule reads it (rule clock_duration), never a TIME of the day
    bad = [(ref, text, t.expression, t.timex_value) for ref in NEG_DAYS for text in RESULTS for t in tag(text, ref)
           if t.timex_type == "TIME" and ":" in t.expression]
    assert not bad, bad[:10]


def test_the_grid_is_not_empty():
    assert len(weekday_cases()) > 1500 and len(tomorrow_cases()) > 600 and len(far_night_cases()) > 80
