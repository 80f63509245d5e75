"""barehours42's first class of the forty-second session (docs/informal-time.md §217): a lone bare hour after "from" right
after the day it is on, "I'm at the club Sunday from 10", "we're back on the pier tomorrow from 11", is the morning's
(10:00, 11:00) unless a word of the night is on its line ("the DJ's on tomorrow from 11", "club night Saturday from 10",
"after-party tomorrow from 11": no morning reading); an hour of 7-11 after a word of opening in its clause ("the barn is
open Saturday from 9", "the stall opens tomorrow from 8") is the morning's too. Kept: an hour of 7-9 with no word of either
half ("the room's booked tomorrow from 7": a rehearsal's evening as often), counts and levels after "from" ("kids from 10",
"down from 10"), a day named further back on the line than right before "from" for 10 and 11.

The sentences are this session's own (many voices: chat, a club's post, a stall's notice, a neighbour); the days of
writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, check_untagged, next_weekday

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]

# a day word right before "from", the hour 10 or 11, the day of writing's next day or a weekday to come
TOMORROW = ["we're back on the pier tomorrow from {h}, bring a bag",
            "Mereana I'm at the hall tomorrow from {h} for an hour or so",
            "stall's up at the green tomorrow from {h}.",
            "Gran says she's in tomorrow from {h} if you want to drop the cake round",
            "free tasting at the deli tmrw from {h}!",
            "Reminder: the bric-a-brac sale is on tomorrow from {h}, all proceeds to the lifeboat"]
WEEKDAY = ["I'll be at the pavilion {d} from {h}, bring your subs",
           "we'll be on the beach {d} from {h} if anyone fancies a swim",
           "Can you come round {d}? I'll be home {d} from {h}",
           "The plant swap will run {d} from {h}, church car park",
           "I'll be at the allotment {d} from {h}, come find me"]
# a word of opening in the clause, any hour of 7-11
OPENING = ["the barn is open tomorrow from {h}. Boots on!",
           "Farm shop opens tomorrow from {h}, first asparagus of the year",
           "Café's open again tomorrow from {h}, sorry for the wait 😊"]
# a word of the night on the line: no morning reading of 10 or 11
NIGHT = ["the DJ's on tomorrow from {h}, don't be late",
         "club night tomorrow from {h}, dress code black",
         "after-party tomorrow from {h} at Dan's",
         "the ceilidh is tomorrow from {h}"]
UNTAGGED = [("the kids from 10 onwards are in the top group", ["10"]),
            ("Sunday league: we're down from 10 points to 4", ["10"]),
            ("tomorrow prices from 11 quid a head", ["11"]),
            ("sizes from 10, Saturday only", ["10"])]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        tmrw = ref + timedelta(days=1)
        h = (10, 11)[k % 2]
        out.append((TOMORROW[k % len(TOMORROW)].format(h=h), ref, str(h), ("TIME", f"{tmrw.isoformat()}T{h:02d}:00")))
        wd = (ref.isoweekday() + 2 + k % 5) % 7 + 1   # two to six days on: never the day of writing nor the next
        day = next_weekday(ref, wd)
        out.append((WEEKDAY[k % len(WEEKDAY)].format(d=WEEKDAYS[wd - 1], h=h), ref, str(h),
                    ("TIME", f"{day.isoformat()}T{h:02d}:00")))
        ho = (7, 8, 9, 10, 11)[k % 5]
        out.append((OPENING[k % len(OPENING)].format(h=ho), ref, str(ho), ("TIME", f"{tmrw.isoformat()}T{ho:02d}:00")))
        if k % 2:
            text = NIGHT[k % len(NIGHT)].format(h=h)
            out.append((text, ref, str(h), None))   # (asked below: no morning reading; the evening's or none)
    return out


def test_an_hour_from_its_day():
    check([c for c in cases() if c[3] is not None])


def test_no_morning_where_the_night_is_said():
    bad = []
    from gridcheck import found
    for text, ref, expr, _ in cases():
        got = found(text, ref, expr) if any(w in text for w in ("DJ", "club night", "after-party", "ceilidh")) else None
        if got is not None and got[1].endswith(("T10:00", "T11:00")):
            bad.append((ref, text, got))
    assert not bad, bad[:25]


def test_counts_after_from_stay_untagged():
    check_untagged(UNTAGGED, REFS[::8])


def test_the_grid_is_not_empty():
    assert len(cases()) > 800
