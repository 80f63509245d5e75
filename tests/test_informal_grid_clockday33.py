"""Which day a clock time with no day beside it belongs to (thirty-third session, clockday33; docs/informal-time.md
§118): the day its own clause names ("between 8am and 10am on Thursday", "tomorrow at 2pm"), the day the sentence
before names for an event to come ("The fete is on Sunday. Set-up from 7am."), across a line break, a list's heading,
a chat's stamp ("[14/03/2024, 21:12] Sam: home by 10pm" is that evening), the same sender's next message ("Sam: the
fete is on Sunday / Sam: set-up from 7am"), a past told on a day ("We went to the wedding on Saturday. The ceremony
started at 2pm."), and the clock times that stay with the day of writing ("Call me at 6pm.", "I got in at 3am") or
with no day ("The gym opens at 6am every day").

The sentences are this session's own, in several voices (a village notice, a parents' chat, a text to a flatmate, a
work message, a diary); every clock time carries its am/pm or a 24-hour form, so that what is checked is its DAY. The
days of writing are every day of a week, month ends, the year's turn and a leap day; every value is computed here
from the calendar (``gridcheck.next_weekday`` / ``last_weekday``), never from the tagger's output."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, habit_time, last_weekday, next_weekday, tagged_look_alikes, time_on

REFS = [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] + [
    date(2025, 1, 31), date(2025, 4, 30), date(2025, 12, 30), date(2025, 12, 31), date(2028, 2, 28), date(2028, 2, 29),
    date(2026, 8, 1), date(2027, 6, 27)]


def _days(ref: date):
    """(weekday name, number) of every weekday but the day of writing's own."""
    return [(name, n) for n, name in enumerate(WEEKDAYS, 1) if n != ref.isoweekday()]


# ---- 1. the day its own clause names -------------------------------------------------------------------------------
SAME_CLAUSE = [  # (frame, expression, hour, minute)
    ("Can you drop the kit to the pavilion between 8am and 10am on {w}?", "8am", 8, 0),
    ("Could you drop it round between 7.30am and 9am on {w} please", "7.30am", 7, 30),
    ("The van comes between 9am and 1pm on {w}, someone needs to be in", "9am", 9, 0),
]


def test_the_day_its_own_clause_names():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            for frame, expr, h, mi in SAME_CLAUSE:
                cases.append((frame.format(w=w), ref, expr, time_on(next_weekday(ref, n), h, mi)))
        tomorrow = ref + timedelta(days=1)
        cases += [("tomorrow at 2pm works for me", ref, "2pm", time_on(tomorrow, 14, 0)),
                  ("Tomorrow we leave at 6.45am sharp.", ref, "6.45am", time_on(tomorrow, 6, 45)),
                  ("see you at 2pm tomorrow", ref, "2pm tomorrow", time_on(tomorrow, 14, 0))]
    check(cases)


# ---- 2. the day the sentence before names for an event to come ------------------------------------------------------
EVENTS = ["The fete is on {w}.", "The car boot is on {w}.", "Our open day is on {w}!", "Sam's party is on {w}.",
          "Show's on {w}.", "The match is on {w}."]
FOLLOWERS = [  # (sentence, expression, hour, minute): the event's times, no day of their own
    ("Gates open at 9am.", "9am", 9, 0),
    ("Set-up from 7am, all hands welcome.", "7am", 7, 0),
    ("It starts at 11am.", "11am", 11, 0),
    ("We need to be there by 8.15am.", "8.15am", 8, 15),
    ("Doors 7.30pm, bring a bottle.", "7.30pm", 19, 30),
    ("Kick-off is at 3pm.", "3pm", 15, 0),
    ("Set-up starts at 6am so early night for me.", "6am", 6, 0),
]


def _event_cases(sep: str):
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            day = next_weekday(ref, n)
            for ev in EVENTS:
                for follow, expr, h, mi in FOLLOWERS:
                    cases.append((ev.format(w=w) + sep + follow, ref, expr, time_on(day, h, mi)))
    return cases


def test_the_event_day_of_the_sentence_before():
    check(_event_cases(" "))


def test_the_event_day_across_a_line_break():
    check(_event_cases("\n"))


def test_a_flight_after_the_day_named():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            day = next_weekday(ref, n)
            cases += [(f"I'm off to Madrid on {w}. 7am flight, so early night.", ref, "7am", time_on(day, 7, 0)),
                      (f"Flying out {w}, 6.40am from Stansted 😩", ref, "6.40am", time_on(day, 6, 40))]
    check(cases)


def test_a_list_under_its_day():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            day = next_weekday(ref, n)
            cases += [(f"{w}:\n9am registration\n10.30am first heat", ref, "10.30am", time_on(day, 10, 30)),
                      (f"Running order for {w}\n- 7am set up\n- 10am gates open", ref, "10am", time_on(day, 10, 0))]
    check(cases)


PLAN_LISTS = [  # (the day, the plan's times, expression, hour, minute): a participle before "by" in a list of times
    ("The move is on {w}.", "Arrival 8am, loaded by 10.30am, at the new place by 11am.", "10.30am", 10, 30),
    ("Removal men are booked for {w}.", "So arrival 8:30, loaded by 10:30 roughly, Verdun at 11am.", "10:30", 10, 30),
    ("The car boot is on {w}.", "Arrive 6am, unpacked by 7am, gates at 8am.", "7am", 7, 0),
    ("The car boot is on {w}.", "Arrive 6am, unpacked by 7am, gates at 8am.", "6am", 6, 0),
    ("The move is on {w}.", "Arrival 8am, loaded by 10.30am, at the new place by 11am.", "8am", 8, 0),
]


def test_a_participle_by_a_time_in_a_plans_list():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            day = next_weekday(ref, n)
            for first, second, expr, h, mi in PLAN_LISTS:
                cases.append((first.format(w=w) + " " + second, ref, expr, time_on(day, h, mi)))
            # (contrast) a subject and an auxiliary before the participle: a past, of the day gone told before
            gone = last_weekday(ref, n)
            cases.append((f"We moved on {w}. We were loaded by 10.30am and in by 2pm.", ref, "10.30am",
                          time_on(gone, 10, 30)))
    check(cases)


# ---- 3. a chat's stamp: the message's own day ----------------------------------------------------------------------
STAMPED = [  # (message, expression, hour, minute)
    ("Sam: home by 10pm x", "10pm", 22, 0),
    ("Jo: running late, there by 9.15pm", "9.15pm", 21, 15),
    ("Mum: tea's at 6.30pm if you want it", "6.30pm", 18, 30),
]


# days of writing whose stamps read one way only (a day of the month over 12): a stamp whose two numbers both read as a
# month ("[02/03/2025, 17:12]") moves the day of writing only where the other reading is no day of the two months
# before (§14, eleventh session), a decision this grid does not reopen
STAMP_REFS = [date(2025, 3, 15) + timedelta(days=k) for k in range(7)] + [
    date(2025, 1, 31), date(2025, 4, 30), date(2025, 12, 31), date(2028, 2, 29), date(2026, 8, 16), date(2027, 6, 27)]


def test_a_chat_stamp_gives_its_day():
    cases = []
    for ref in STAMP_REFS:
        for back in (0, 1, 2):
            sent = ref - timedelta(days=back)
            stamp = f"[{sent:%d/%m/%Y}, 17:12] "
            for msg, expr, h, mi in STAMPED:
                cases.append((stamp + msg, ref, expr, time_on(sent, h, mi)))
    check(cases)


SAME_SENDER = [  # (first message, second message, expression, hour, minute)
    ("Sam: the fete is on {w}", "Sam: set-up from 7am if anyone can help", "7am", 7, 0),
    ("Sam: the fete is on {w}", "Sam: gates open at 10am", "10am", 10, 0),
    ("Priya: meeting's moved to {w}", "Priya: it starts at 4pm", "4pm", 16, 0),
]


def test_the_same_senders_next_message():
    cases = []
    for ref in REFS:
        stamp = f"[{ref:%d/%m/%Y}, "
        for w, n in _days(ref):
            day = next_weekday(ref, n)
            for first, second, expr, h, mi in SAME_SENDER:
                text = f"{stamp}09:12] {first.format(w=w)}\n{stamp}09:13] {second}"
                cases.append((text, ref, expr, time_on(day, h, mi)))
    check(cases)


# ---- 4. a past told on a day ----------------------------------------------------------------------------------------
PAST = [  # (sentence with the day, sentence with the time, expression, hour, minute)
    ("We went to the wedding on {w}.", "The ceremony started at 2pm.", "2pm", 14, 0),
    ("On {w} the boiler broke.", "The engineer came at 4pm.", "4pm", 16, 0),
    ("Last {w} we went to the zoo.", "We got there at 10am.", "10am", 10, 0),
]


def test_a_past_told_on_a_day():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            day = last_weekday(ref, n)
            for first, second, expr, h, mi in PAST:
                cases.append((first.format(w=w) + " " + second, ref, expr, time_on(day, h, mi)))
        y = ref - timedelta(days=1)
        cases.append(("The boiler broke yesterday. The engineer came at 4pm.", ref, "4pm", time_on(y, 16, 0)))
    check(cases)


HOME_SMALL = [  # (the night out, the way home, expression, hour, minute): the small hours after the day told
    ("Went to Leeds on {w} for the gig.", "Got in at 3am.", "3am", 3, 0),
    ("We had Jo's leaving do on {w}.", "Didn't get home till 2am.", "2am", 2, 0),
    ("Went out for Kat's birthday on {w}.", "We got home at about 2.30am, never again.", "about 2.30am", 2, 30),
    ("The wedding was on {w}.", "I went to bed at 1am and was up at 7.", "1am", 1, 0),
]


def test_coming_home_in_the_small_hours_after_a_day_told():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            night = last_weekday(ref, n) + timedelta(days=1)
            for first, second, expr, h, mi in HOME_SMALL:
                cases.append((first.format(w=w) + " " + second, ref, expr, time_on(night, h, mi)))
            # (contrasts) the day's own small hours: said in the clause of the day, or getting up
            day = last_weekday(ref, n)
            cases += [(f"On {w} I got up at 4am for the flight.", ref, "4am", time_on(day, 4, 0)),
                      (f"Went to Leeds on {w} for the gig. Got in at 11pm.", ref, "11pm", time_on(day, 23, 0))]
        cases.append(("We went out yesterday. Got home at 2am.", ref, "2am", time_on(ref, 2, 0)))
    check(cases)


# ---- 5. the day of writing, and no day ------------------------------------------------------------------------------
def test_the_day_of_writing_and_no_day():
    cases = []
    for ref in REFS:
        cases += [("Call me at 6pm.", ref, "6pm", time_on(ref, 18, 0)),
                  ("I'll be there at 6pm.", ref, "6pm", time_on(ref, 18, 0)),
                  ("Get there by 7.15pm.", ref, "7.15pm", time_on(ref, 19, 15)),
                  ("I got in at 3am, shattered.", ref, "3am", time_on(ref, 3, 0)),
                  ("The gym opens at 6am every day.", ref, "6am", habit_time(6, 0))]
        for w, n in _days(ref):
            # a day gone named before, then a request of the present: the day of writing
            cases += [(f"The fete was on {w}. Call me at 6pm.", ref, "6pm", time_on(ref, 18, 0)),
                      # the time has its own day
                      (f"The fete is on {w}. I'm at work till 5pm today though.", ref, "5pm today", time_on(ref, 17, 0))]
    check(cases)


def test_look_alikes_stay_untagged():
    day_words = [(name, n) for n, name in enumerate(WEEKDAYS, 1)]
    for frame, numbers in [("The match is on {d}. We won 3-1 last time.", ["3-1", "3", "1"]),
                           ("The fete is on {d}. Stall 7 is ours.", ["7"]),
                           ("Party's on {d}. Table for 8 booked.", ["8"])]:
        bad = tagged_look_alikes(frame, numbers, REFS[:7], day_words)
        assert not bad, bad[:10]
