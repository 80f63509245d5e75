"""clocks45's classes of the forty-fifth session (docs/informal-time.md §258, §259): clock and length FORMS of informal
text and a day told with its part of the day.

§258: British "half 8" with no word before it that takes a time ("back half 11", "not half 8 like last time", "meet at
the pub half 2"), 8:30 of the day of writing; "checking in 10:30" (a phrasal "in") is a clock, not a length of ten
minutes; a hedged length in hours with its minutes said bare after it ("about 2 hrs 40", "nearly 3 hours 20") is one
DURATION. Kept out: "half 8 pints", a match's "first half 2-1", "about 2 hours 30 people"; "10k in 52:30" and "done in
8:51" stay lengths.

§259: a holiday then "arvo" ("ferry back Easter Monday arvo"), "overnight" then a weekday ("frost is forecast overnight
Wednesday"): one TIME, the part of that day, as "Easter Monday afternoon" and "Wednesday overnight" already were. Kept
out: "an overnight Saturday stay" (the adjective).

The sentences are this session's own; the days of writing every seventh day of three years, the values computed from the
calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, check_untagged, fixed, from_easter, next_of, next_weekday, other_weekdays, time_on

REFS = [date(2023, 1, 4) + timedelta(days=7 * k + k % 7) for k in range(157)]

# (frame, hour said, the clock's hour): each frame names no day (the day of writing's), an hour of no doubt of its half
HALF = [("Dad: 2 mackerel and a pollock 🎣 back half {h}", "11", 11),
        ("Mam: we leave 8 sharp, not half {h} like last time 😤", "8", 8),
        ("aye go on, meet at the pub half {h}", "2", 14),
        ("Shona: half {h}. I'll bring the crisps", "3", 15),
        ("ok grand, half {h} then", "4", 16),
        ("Nan's coming half {h} with the trifle x", "1", 13),
        ("he'll be back half {h}, don't start without him", "eleven", 11),
        ("we're heading off half {h} if the rain holds", "two", 14)]

# (frame, hours, minutes): a hedged length in hours with bare minutes after it
HEDGED = ["the flight from St Mary's is about {n} hrs {m} so we land after tea",
          "Crossing takes roughly {n} hours {m} if the swell's up",
          "took us nearly {n} hours {m} door to door 😩",
          "the walk round the headland is around {n} hour {m} at a stroll"]

HOLIDAYS = [("Easter Monday", from_easter(1)), ("Christmas Eve", fixed(12, 24)), ("Boxing Day", fixed(12, 26)),
            ("Good Friday", from_easter(-2))]
HOLIDAY_FRAMES = ["We'll get the ferry back {h} arvo, anyone want a lift from the terminal?",
                  "Shop's open till noon, then {h} arvo we're shut, see you after 🎄"]

OVERNIGHT = ["Heads up, frost is forecast overnight {d} so cover the seedlings.",
             "The bridge will be shut overnight {d} for resurfacing."]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        frame, said, hour = HALF[k % len(HALF)]
        out.append((frame.format(h=said), ref, f"half {said}", time_on(ref, hour, 30)))
        n, m = 1 + k % 5, 10 + (7 * k) % 50
        frame = HEDGED[k % len(HEDGED)]
        text = frame.format(n=n, m=m).replace(" 1 hours", " 1 hour")
        expr = text[text.index(frame.split("{n}")[0].split()[-1]):]
        expr = expr[:expr.index(f" {m}") + len(f" {m}")]
        out.append((text, ref, expr, ("DURATION", f"PT{n}H{m}M")))
        out.append((f"Ferry confirmed for tomorrow 🙌 checking in {9 + k % 3}:{(15 * k) % 60:02d}", ref,
                    f"{9 + k % 3}:{(15 * k) % 60:02d}", time_on(ref + timedelta(days=1), 9 + k % 3, (15 * k) % 60)))
        name, day = HOLIDAYS[k % len(HOLIDAYS)]
        if abs((day(ref.year) - ref).days) >= 15 and abs((day(ref.year + 1) - ref).days) >= 15:
            d = next_of(day, ref)
            out.append((HOLIDAY_FRAMES[k % 2].format(h=name), ref, f"{name} arvo", ("TIME", f"{d.isoformat()}TAF")))
        for wd, wname in other_weekdays(ref)[k % 3::3]:
            d = next_weekday(ref, wd)
            out.append((OVERNIGHT[(k + wd) % 2].format(d=wname), ref, f"overnight {wname}", ("TIME", f"{d.isoformat()}TNI")))
    return out


def test_clocks45_grid():
    check(cases())


def test_clocks45_lengths_kept():
    """A race's or a run's time after "in" stays a length; the day of a hedged length with a count after it is the hours'."""
    out = []
    for k, ref in enumerate(REFS[::4]):
        out.append((f"Parkrun PB!! 5k in {20 + k % 9}:{(7 * k) % 60:02d} 🏃", ref, f"{20 + k % 9}:{(7 * k) % 60:02d}",
                    ("DURATION", f"PT{20 + k % 9}M{(7 * k) % 60}S")))
        out.append((f"about {1 + k % 4} hours {20 + k % 30} people turned up", ref, f"about {1 + k % 4} hours",
                    ("DURATION", f"PT{1 + k % 4}H")))
    check(out)


def test_clocks45_half_fractions_untagged():
    check_untagged([("Can I get half 8 pints of the bitter and a lemonade", ["half 8"]),
                    ("They were ahead at the first half 2-1 and then collapsed", ["half 2", "2"]),
                    ("one and a half 8-hour shifts this week", ["half 8"]),
                    ("We booked an overnight Saturday stay at the lodge.", ["overnight Saturday"]),
                    ("Won an overnight Friday trip in the raffle", ["overnight Friday"])], REFS[::10])
