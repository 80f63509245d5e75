"""thread41's class of the fortieth session (docs/informal-time.md §193): which day a weekday (and the clocks that lean on
it) means in threads and notices, past or to come, and from which day.

- a return after a day named earlier in its sentence ("Plan is to leave Friday after work and come back Tuesday", "we're
  flying out Friday and flying home Tuesday"): the first such weekday after that day, not the one nearest it;
- the days of a trip before its return ("you still get the Sunday and Monday up there and drive back Tuesday"): a plan;
- a weekday in brackets after a date, naming the date's own day ("We were here on Boxing Day (a
  Tuesday!)", "on the 14th (a Wednesday)"): that date, where the calendar agrees;
- a notice's state with a range of hours between it and its day ("Front St is closed from 10 til 1 on Monday"): to come;
- a start reported after a verb of saying ("driver reckoned extra buses from Thursday when the school hols kick in"): the
  nearer such day (a plan), not dated by the saying;
- a noun's head after "at the" is no verb ("left my thermos at the trail head Sunday"): the clause's past decides;
- a verbless chat day stays to come before a plan's clocks ("footy saturday. leaving at 4, back by 9"; a rule for the day
  before a subject-less run of pasts, "footy saturday. went to the pub after, got home at 2", was tried and dropped: §193).
Negatives: a past keeps its reading ("Front St was closed from 10 til 1 on Monday", "the driver reckoned the buses
stopped Thursday", "we head out Sunday" stays to come, a weekday in brackets the calendar does not agree with is left
to its tense).

The sentences are this session's own; the days of writing every third day of two years (leap day, year ends)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday

REFS = [date(2023, 12, 1) + timedelta(days=3 * k) for k in range(244)]

RETURN = ["Plan is to leave {a} after work, around 5, and come back {b}.", "We're flying out {a} and flying home {b}.",
          "gonna head up {a} and drive back {b}", "I'll go up {a} and come back {b} x", "Leaving {a} and getting back {b}."]
TRIP = ["exactly. you still get the {x} and {y} up there and drive back {z}",
        "so you get {x} and {y} at the lake and come home {z}"]
TRIP_GONE = ["we had {x} and {y} up there and drove back {z}"]
APPOSED = ["We went on the {n} (a {wd}) and it was packed.", "We were here on the {n} (a {wd}!) and they opened late.",
           "Got there on the {n} (which was a {wd}) and it was quiet."]
NOTICE = ["Heads up folks: Front St is closed from 10 til 1 on {wd}, so move your car.",
          "The hall is booked from 2 till 4 on {wd}.", "Pool is shut from 9 to 11 on {wd} for cleaning"]
NOTICE_GONE = ["Front St was closed from 10 til 1 on {wd}.", "The hall was booked from 2 till 4 on {wd}."]
REPORTED = ["driver reckoned extra buses from {wd} when the school hols kick in", "they said the buses stop from {wd}",
            "Mum texted, new bin collections from {wd}"]
REPORTED_GONE = ["the driver reckoned the buses stopped {wd}", "He said he had been ill from {wd}"]
HEAD = ["Lost: a green thermos at the trail head {wd} around noon.", "I left my brolly at the bus stop {wd}.",
        "Lost: a Stanley thermos at the Moosehide trail head {wd}."]
HEAD_AHEAD = ["We head out {wd}.", "The kids head back {wd}."]
STORY_AHEAD = ["footy {wd}. leaving at 4, back by 9"]


def _th(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _plan(ref: date, wd: int) -> date:
    fwd, back = (wd - ref.isoweekday()) % 7, (ref.isoweekday() - wd) % 7
    return ref + timedelta(days=fwd) if fwd <= back else ref - timedelta(days=back)


def cases():
    out = []
    for k, ref in enumerate(REFS):
        cur = ref.isoweekday()
        a = 1 + (cur + k % 5) % 7          # never the day of writing's own weekday
        b = 1 + (a + 1 + k % 4) % 7        # two to five days after it
        if a == cur:
            a = a % 7 + 1
        A, B = WEEKDAYS[a - 1], WEEKDAYS[b - 1]
        da = next_weekday(ref, a)
        db = da + timedelta(days=(b - a) % 7 or 7)
        f = RETURN[k % len(RETURN)].format(a=A, b=B)
        out += [(f, ref, A, ("DATE", da.isoformat())), (f, ref, B, ("DATE", db.isoformat()))]
        x = 1 + (cur + 1 + k % 3) % 7      # the trip's first day: one to three days after the day of writing
        y, z = x % 7 + 1, (x + 1) % 7 + 1
        dx = next_weekday(ref, x)
        f = TRIP[k % len(TRIP)].format(x=WEEKDAYS[x - 1], y=WEEKDAYS[y - 1], z=WEEKDAYS[z - 1])
        xs = "the " + WEEKDAYS[x - 1] if "the {x}" in TRIP[k % len(TRIP)] else WEEKDAYS[x - 1]
        out += [(f, ref, xs, ("DATE", dx.isoformat())), (f, ref, WEEKDAYS[y - 1], ("DATE", (dx + timedelta(1)).isoformat())),
                (f, ref, WEEKDAYS[z - 1], ("DATE", (dx + timedelta(2)).isoformat()))]
        # a trip gone: written four to six days after its last day
        gx = 1 + (cur - 7 + k % 3) % 7
        dgx = last_weekday(ref - timedelta(days=3 + k % 3), gx)
        f = TRIP_GONE[0].format(x=WEEKDAYS[gx - 1], y=WEEKDAYS[gx % 7], z=WEEKDAYS[(gx + 1) % 7])
        if (ref - dgx).days >= 4 and (ref - dgx).days <= 7:
            out.append((f, ref, WEEKDAYS[gx - 1], ("DATE", dgx.isoformat())))
        # a date of this month gone, its weekday in brackets
        back = 2 + k % 9
        day = ref - timedelta(days=back)
        if day.month == ref.month:
            f = APPOSED[k % len(APPOSED)].format(n=_th(day.day), wd=WEEKDAYS[day.isoweekday() - 1])
            out.append((f, ref, WEEKDAYS[day.isoweekday() - 1], ("DATE", day.isoformat())))
            wrong = day.isoweekday() % 7 + 1
            if wrong != cur:
                f = APPOSED[k % len(APPOSED)].format(n=_th(day.day), wd=WEEKDAYS[wrong - 1])
                out.append((f, ref, WEEKDAYS[wrong - 1], ("DATE", last_weekday(ref, wrong).isoformat())))
        wd = 1 + (cur + k % 6) % 7         # any weekday but the day of writing's
        W = WEEKDAYS[wd - 1]
        out.append((NOTICE[k % len(NOTICE)].format(wd=W), ref, W, ("DATE", next_weekday(ref, wd).isoformat())))
        out.append((NOTICE_GONE[k % len(NOTICE_GONE)].format(wd=W), ref, W, ("DATE", last_weekday(ref, wd).isoformat())))
        out.append((REPORTED[k % len(REPORTED)].format(wd=W), ref, W, ("DATE", _plan(ref, wd).isoformat())))
        out.append((REPORTED_GONE[k % len(REPORTED_GONE)].format(wd=W), ref, W, ("DATE", last_weekday(ref, wd).isoformat())))
        out.append((HEAD[k % len(HEAD)].format(wd=W), ref, W, ("DATE", last_weekday(ref, wd).isoformat())))
        out.append((HEAD_AHEAD[k % len(HEAD_AHEAD)].format(wd=W), ref, W, ("DATE", next_weekday(ref, wd).isoformat())))
        w = W.lower()
        out.append((STORY_AHEAD[0].format(wd=w), ref, w, ("DATE", next_weekday(ref, wd).isoformat())))
    return out


def test_threads_and_notices_weekdays():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 3200
