"""Posts in the voices the tagger meets, thirty-first session (posts32; docs/informal-time.md §114): a verbless notice's
weekday with the hour it starts at ("Harvest assembly Friday at 9.15"), an event's weekday before a perfect of calling it
off ("The match on Saturday has been postponed"), an edit's weekday set off by a colon and a dash ("Edit: Sunday - still
broken"), an out-of-office's "Back on Thursday.", Swahili "kesho" and "kesho kutwa", a parting's "See yous Sat!",
"sat-nav" (no day), "my email of Tuesday" (gone).

The sentences are this session's own, written from the grammar of §114; the days of writing are every day of a March
2025 week, a year's turn (2026/27) and month ends; values from the calendar here. A weekday on the day of writing's own
weekday is left out (which one the text means is then not this grid's question)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday

REFS = [date(2025, 3, d) for d in range(10, 17)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2026, 2, 28), date(2026, 4, 30), date(2025, 8, 31)]
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _days(ref: date):
    return [(n, w) for n, w in enumerate(FULL, 1) if n != ref.isoweekday()]


# B1: a verbless notice's day and the hour it starts at: the one to come
AT_CLOCK_FRAMES = ["Harvest assembly {w} at 9.15, parents welcome.", "Easter egg hunt on the green {w} at 11!",
                   "Quiz night {w} at 8pm, teams of four max", "Coffee morning in the church hall {w} at 10.30",
                   "Open day {w} at 2, all welcome", "U9s training {w} at 5:30 on the 3G"]
# ... and a verb of its own keeps its say: gone
AT_CLOCK_PAST = ["We met {w} at 9 and talked for hours.", "The car was towed {w} at 11."]


def test_a_notice_s_day_and_its_hour():
    cases = []
    for ref in REFS:
        for n, w in _days(ref):
            cases += [(f.format(w=w), ref, w, _d(next_weekday(ref, n))) for f in AT_CLOCK_FRAMES]
            cases += [(f.format(w=w), ref, w, _d(last_weekday(ref, n))) for f in AT_CLOCK_PAST]
    check(cases)


# B2: an event's weekday before a perfect of calling it off: the one to come
CALLED_OFF_FRAMES = [("The match on {w} has been postponed due to a frozen pitch.", "{w}"),
                     ("{w}'s game has been called off.", "{w}"),
                     ("Sorry folks, the gig on {w}'s been cancelled, refunds to follow", "{w}"),
                     ("Heads up: {w}'s home game has been rescheduled", "{w}"),
                     ("Choir on {w} has been cancelled due to illness", "{w}")]


def test_an_event_called_off():
    cases = []
    for ref in REFS:
        for n, w in _days(ref):
            cases += [(f.format(w=w), ref, e.format(w=w), _d(next_weekday(ref, n))) for f, e in CALLED_OFF_FRAMES]
    check(cases)


# B3: an edit's weekday set off by a colon and a dash: on or after the post's day; B4: an out-of-office's return
EDIT_FRAMES = ["Laptop won't boot after the update, any ideas?\nEdit: {w} - still broken.",
               "Posted about my landlord last week.\nUpdate: {w} – he finally replied",
               "My parcel is stuck in customs.\nEDIT: {w} — it arrived!"]
RETURN_FRAMES = ["Thank you for your email. I'm out of the office until further notice.\nBack on {w}.",
                 "OOO. Back in the office {w}.", "I'm away at a conference. Returning {w}!"]
RETURN_PAST = ["We left on the ferry and the crossing was rough.\nBack on {w} we found the door open."]


def test_an_edit_s_day_and_a_return():
    cases = []
    for ref in REFS:
        for n, w in _days(ref):
            cases += [(f.format(w=w), ref, w, _d(ref + timedelta(days=(n - ref.isoweekday()) % 7))) for f in EDIT_FRAMES]
            cases += [(f.format(w=w), ref, w, _d(next_weekday(ref, n))) for f in RETURN_FRAMES]
            cases += [(f.format(w=w), ref, w, _d(last_weekday(ref, n))) for f in RETURN_PAST]
    check(cases)


# B6: Swahili "kesho" (tomorrow) and "kesho kutwa" (the day after tomorrow), as East African English mixes them in
KESHO = [("Tutaonana kesho, sawa?", "kesho", 1), ("Kesho I'll pass by the office", "Kesho", 1),
         ("tutaonana kesho kutwa", "kesho kutwa", 2), ("Kesho kutwa we travel to Nakuru", "Kesho kutwa", 2),
         ("nitakuja kesho", "kesho", 1)]


def test_kesho():
    check([(t, ref, e, _d(ref + timedelta(days=k))) for ref in REFS for t, e, k in KESHO])
    # (codeswitch39, §162) with its part of the day in Swahili after it, one TIME of that day's part
    check([("nitakuja kesho asubuhi", ref, "kesho asubuhi", ("TIME", (ref + timedelta(days=1)).isoformat() + "TMO"))
           for ref in REFS])


# B7: a parting's short weekday in a phone's capital ("See yous Sat!"): the one to come; "sat-nav" is no day
PARTING = ["See yous {w}! Bring a chair.", "See you {w}.", "Thanks for tonight, see ya {w}!"]
SHORT = {1: "Mon", 2: "Tues", 3: "Wed", 4: "Thurs", 5: "Fri", 6: "Sat"}


def test_a_parting_s_short_weekday_and_a_compound():
    cases = [(f.format(w=w), ref, w, _d(next_weekday(ref, n))) for ref in REFS for n, w in SHORT.items()
             if n != ref.isoweekday() for f in PARTING]
    cases += [(t, ref, "sat", None) for ref in REFS for t in ["Mark my words, he'll sat-nav us into a lake.",
                                                             "the sat-nav sent us down a farm track lol", "need a new sat-phone for the trip"]]
    check(cases)


# B8: a thing sent, owned and dated by "of" a weekday: gone, whatever the clause's tense
SENT_FRAMES = ["Hi, following up on my email of {w} — any update?", "Further to your letter of {w}, please find the form attached.",
               "Re your call of {w}: I will ring the supplier tomorrow", "Your order of {w} will be dispatched soon."]


def test_a_thing_sent_of_a_weekday():
    check([(f.format(w=w), ref, w, _d(last_weekday(ref, n))) for ref in REFS for n, w in _days(ref) for f in SENT_FRAMES])


# negatives: what stays untagged
NEGATIVES = [("Back on track now, thanks all.", "track"), ("OOO until further notice. Back on track soon", "Back on track"),
             ("Quiz night at 8pm, teams of four max", "Quiz night"), ("The match has been postponed.", "match")]


def test_negatives():
    check([(t, ref, e, None) for ref in REFS for t, e in NEGATIVES])
