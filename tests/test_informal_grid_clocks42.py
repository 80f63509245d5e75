"""clocks42's class (docs/informal-time.md §206): CLOCKS OF RUNNING CHAT WITH NO AM/PM, the half of the day and the day
read from the message or the voice.

- The time of writing told as a dotted h.mm after "it's" ("it's 8.41 here already", "just off shift, it's 9.15 here and
  -2", "its gone 10.15 and still no sign of him"): the reading nearest the message's stamp (a writer abroad tells
  another zone's clock, within hours of the stamp), on the day that reading falls (before or after midnight).
- A dotted h.mm after a verb or a noun of travel said in the past or as a check-in ("Plane landed 2.10 🥳", "Check-in 7.30
  your time?", "we touched down 3.45"): the travel's halves (§135: 1-4 the afternoon's, 7-11 the morning's, 12 noon) on
  the message's day.
- A bare hour told in another's zone with its day on the line or after a clock ("lands about 2 your time", "call Friday at 8
  yuh time?", "that's 11 by you", "9am your
  time, 12 ours"): 1-6 the afternoon's, 7-11 the morning's, 12 noon, on the sentence's or the talk's day.
- Negatives (untagged): prices, measures, counts and scores in the same shapes ("it's 2.50 a pint here", "how much? it's
  4.50.", "coffee's 3.80 at home, it's 5.20 here", "we won 3 by you know who", "we've 2, 3 yours", "5 left on the 22nd",
  "30 towns", "from 3 sources", "at 2 and 3 stars", "10 at the table").

The sentences are this session's own, in several voices (UK, Irish, Scots, Saint Helenian and Caribbean, Australian, NZ,
US, South African); values from `datetime` here (the stamp's moment plus the zone's difference), not from the engine; the
days every fifth day of 2024-2026 (the leap day 2024-02-29, month ends and the year's turn among them)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import WEEKDAYS, check, check_untagged, next_weekday, time_on

DAYS = sorted({date(2024, 1, 1) + timedelta(days=5 * k) for k in range(220)}
              | {date(2024, 2, 29), date(2024, 12, 31), date(2025, 12, 31), date(2025, 1, 1), date(2026, 2, 28),
                 date(2025, 4, 30), date(2025, 6, 30)})
NAMES = ["Shona", "Joyce", "Darren", "Aroha", "Kev", "Thandi", "Mairead", "Jolene"]


def stamp(k: int, at: datetime) -> str:
    """A chat export's line head in one of three apps' ways."""
    name = NAMES[k % len(NAMES)]
    style = k % 3
    if style == 0:
        return f"[{at:%d/%m/%Y, %H:%M:%S}] {name}: "
    if style == 1:
        return f"{at:%d/%m/%Y, %H:%M} - {name}: "
    h12 = at.hour % 12 or 12
    return f"[{at.month}/{at.day}/{at:%y}, {h12}:{at:%M:%S} {'AM' if at.hour < 12 else 'PM'}] {name}: "


def dotted(t: datetime) -> str:
    return f"{t.hour % 12 or 12}.{t.minute:02d}"


NOW_FRAMES = ["it's {t} here already, can't believe I'm home in 2 days 😭",
              "Morning from Stanley 🐧 just off shift, it's {t} here and -2",
              "its gone {t} and still no sign of the plumber",
              "lol it's {t} over here and I'm still up",
              "It's {t} here already 😴",
              "'tis {t} here and no sign of the bus",
              "it's just gone {t} and we're still at the airport",
              "eish it's {t} here and I'm still at the office",
              "it's {t} back home and Mam's still up, tell her ring me"]
# the zone's difference of the writer from the stamp, minutes (a stamp of the reader's phone: up to five hours either way)
OFFSETS = [0, 60, -60, 180, -180, 300, -300, 120, -240, 30, 570 - 600, 210]


def now_cases():
    out = []
    for k, day in enumerate(DAYS):
        for j in range(2):
            at = datetime(day.year, day.month, day.day, (7 * k + 11 * j) % 24, (13 * k + 7 * j + 3) % 60, (k * 17) % 60)
            told = at + timedelta(minutes=OFFSETS[(k + j) % len(OFFSETS)] + (k % 4))
            frame = NOW_FRAMES[(2 * k + j) % len(NOW_FRAMES)]
            t = dotted(told)
            out.append((stamp(k + j, at) + frame.format(t=t), day, t, time_on(told.date(), told.hour, told.minute)))
    return out


def test_the_time_of_writing_is_the_reading_nearest_the_stamp():
    check(now_cases())


PLAN_FRAMES = ["Alright my girl. Check-in {t} your time?", "Check in {t} so we'll leave the house early",
               "ok check-in {t} then 👍", "FIGAS have moved it. Check in {t}"]
PAST_FRAMES = ["She down! Plane landed {t} 🥳", "we touched down {t}, all good x", "Ferry sailed {t} in the end.",
               "we took off {t} and the kids slept the whole way", "Plane finally landed {t}!!"]
# clock times of the travel's halves: 7-11 the morning's, 12 noon, 1-4 the afternoon's
TRAVEL_HOURS = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16]


def travel_cases():
    out = []
    for k, day in enumerate(DAYS):
        h = TRAVEL_HOURS[k % len(TRAVEL_HOURS)]
        mi = (5 * k + 10) % 60
        when = datetime(day.year, day.month, day.day, h, mi)
        # a check-in told one to five hours before it; a landing told five to fifty minutes after it, the same day
        ahead = when - timedelta(minutes=60 + (37 * k) % 240)
        if ahead.date() == day and ahead.hour >= 5:
            frame = PLAN_FRAMES[k % len(PLAN_FRAMES)]
            out.append((stamp(k, ahead) + frame.format(t=dotted(when)), day, dotted(when), time_on(day, h, mi)))
        after = when + timedelta(minutes=5 + (11 * k) % 45)
        if after.date() == day:
            frame = PAST_FRAMES[k % len(PAST_FRAMES)]
            out.append((stamp(k + 1, after) + frame.format(t=dotted(when)), day, dotted(when), time_on(day, h, mi)))
    return out


def test_a_travels_dotted_clock_on_the_messages_day():
    check(travel_cases())


# (frame, days after the day of writing its day word names: 0 today, 1 tomorrow, None the weekday of the frame's {wd})
ZONE_FRAMES = [("Airlink gets in today, lands about {h} your time", 0), ("I'll ring you tomorrow at {h} your time, ok?", 1),
               ("call {wd} at {h} yuh time?", None), ("the stream starts {h} their time tomorrow", 1),
               ("ok so Mum's on at 4pm, that's {h} by you", 0), ("Mum's on {wd} at {h} UK time", None),
               ("it'll be {h} where you are tonight so I'll ring then", 0), ("I'll ring you tomorrow 8am my time, {h} yours", 1),
               ("tomorrow then, {h} your time", 1), ("gran's flight lands {wd}, about {h} our time", None)]
ZONE_HOURS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]


def zone_hour(h: int) -> int:
    return h + 12 if h < 7 else h


def zone_cases():
    out = []
    for k, day in enumerate(DAYS):
        for j in range(3):
            h = ZONE_HOURS[(k + 5 * j) % len(ZONE_HOURS)]
            frame, ahead = ZONE_FRAMES[(k + 3 * j) % len(ZONE_FRAMES)]
            if ("8am" in frame or "4pm" in frame) and h in (4, 7, 8, 9, 10, 11):
                continue   # (two clocks of one zone's half of the day or the same hour: not a conversion)
            if "tonight" in frame and h >= 7:
                continue
            wd = WEEKDAYS[(k + j) % 7]
            if ahead is None:
                if WEEKDAYS.index(wd) + 1 == day.isoweekday():
                    continue   # (the weekday of the day of writing itself: not this class's question)
                on = next_weekday(day, WEEKDAYS.index(wd) + 1)
            else:
                on = day + timedelta(days=ahead)
            out.append((frame.format(h=h, wd=wd), day, str(h), time_on(on, zone_hour(h), 0)))
    return out


def test_a_bare_hour_in_another_voices_zone():
    check(zone_cases())


LOOK_ALIKES = [("it's 2.50 a pint here", ["2.50"]), ("how much? it's 4.50.", ["4.50"]), ("it's 4.50 now", ["4.50"]),
               ("coffee's 3.80 at home, it's 5.20 here", ["5.20", "3.80"]), ("it's 4.5 here and falling", ["4.5"]),
               ("it's 3.20 each for the kids and 4.50 for adults", ["3.20", "4.50"]),
               ("petrol's mad, it's 1.89 here already", ["1.89"]), ("it's nearly 2.50!", ["2.50"]),
               ("we won 3 by you know who", ["3"]), ("we've 2, 3 yours", ["3", "2"]), ("final score 3-2 your time lol", ["2"]),
               ("5 left on the 22nd Kirsty, DM me", ["5"]), ("there's 30 towns on the list", ["30"]),
               ("I heard it from 3 sources", ["3"]), ("rated at 2 and 3 stars", ["2", "3"]), ("10 at the table tonight", ["10"]),
               ("£5 your time is worth more", ["5"]), ("Last week she rang at 2 your time", ["2"]), ("it's 6.30 a head here", ["6.30"]), ("landed 2 fish today", ["2"])]
NEG_DAYS = DAYS[::9]


def test_prices_counts_and_scores_stay_untagged():
    check_untagged(LOOK_ALIKES, NEG_DAYS)


def test_prices_stay_untagged_under_a_stamp():
    pairs = [(stamp(k, datetime(2025, 5, 15, 8 + k, 41)) + text, exprs) for k, (text, exprs) in enumerate(LOOK_ALIKES[:8])]
    check_untagged(pairs, [date(2025, 5, 15)])


def test_the_grid_is_not_empty():
    assert len(now_cases()) > 400 and len(travel_cases()) > 300 and len(zone_cases()) > 500
