"""The mood39 class of the thirty-eighth session (docs/informal-time.md §164): the direction of a weekday whose clause
moves it ("Monday's moved to 6:30", "Friday got pushed to 8", "we've brought Sunday forward to 9": one moves only what
has not happened yet, so with no past time told for the moving the day moved is the one to come), and of a weekday in a
verbless clause joined to an imperative one ("Rest Tuesday, no beer Tuesday night": the plan's mood holds for the
clause after it). Negatives: a moving told at a past time ("last week they moved Monday's class to 6"), a calling off
with no new time ("Thursday got cancelled so we stayed home"), a past perfect ("had been moved"), a weekday after a
preposition that is the time of a passive ("On Monday he was moved to a ward"), a review's advice ("Don't go on
Sunday, it was packed": as before, the one to come).

The sentences are this session's own; the days of writing are every fourth day of three years and the year and month
ends around them (leap days too); every value is computed from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday, other_weekdays

REFS = sorted({date(2023, 1, 2) + timedelta(days=4 * k) for k in range(274)}
              | {date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1), date(2024, 12, 31), date(2025, 1, 1),
                 date(2025, 12, 31), date(2026, 2, 28), date(2026, 3, 1), date(2025, 6, 30), date(2025, 7, 1)})

# (a) the weekday is the thing moved: the subject of a passive of moving, or the object of an active one, with the new
# time ("to ...") or the way it moved ("forward", "back") after it
MOVED = ["Fair enough. {d}'s moved to 6:30am, on the water 45 minutes.",   # UK club e-mail
         "{d}'s been moved to 7 because of the hall",                     # Irish parents' chat
         "heads up {d} got pushed to 8 tonite lol",                       # US chat
         "{d}'s class is changed to 10, same room",                       # South Asian English notice
         "Sorry all, {d}'s session got moved to 7:30.",                   # Australian team chat
         "update: my flight {d} got moved to 6.40am 🙃",                   # Reddit
         "{d} was pushed back to 9 so we have more time",                 # Canadian e-mail
         "Just so you know, {d}'s training has been brought forward to 5",   # NZ sports club
         "{d} got bumped to 4pm, sorry",                                  # office chat
         "FYI {d}'s practice was switched to the small hall",              # Caribbean school group
         "{d} is moved to the afternoon now",                             # Nigerian English
         "{d}'s meeting got shifted to 11"]
ACTIVE = ["we've brought {d} forward to 9",
          "coach moved {d}'s session to 7",
          "can we push {d} to 8?",
          "I've switched {d} to the afternoon",
          "They've changed {d}'s class to 10.",
          "we moved {d} back to 5, hope that's ok",
          "Ma'am has shifted {d}'s test to 2 pm"]


def moved_cases():
    out = []
    for i, ref in enumerate(REFS):
        for j, (n, name) in enumerate(other_weekdays(ref)):
            if (i + j) % 2:
                continue
            frame = (MOVED + ACTIVE)[(i * 5 + j) % (len(MOVED) + len(ACTIVE))]
            out.append((frame.format(d=name), ref, name, ("DATE", next_weekday(ref, n).isoformat())))
    return out


# (b) a verbless clause after an imperative one, in the same sentence: the plan's day to come
IMPERATIVE = [("Rest {d}, no beer {d} night I mean it.", "{d} night", "TNI"),
              ("Rest {d}, no beer {d} night.", "{d}", ""),
              ("Bring chairs {d}, and no drinks {d} night", "{d} night", "TNI"),
              ("Text me {d}, not {d} morning", "{d} morning", "TMO"),
              ("Remember to hydrate, big run {d}, early night {d}", "{d}", ""),
              ("Don't forget, kit money {d}.", "{d}", "")]


def imperative_cases():
    out = []
    for i, ref in enumerate(REFS):
        for j, (n, name) in enumerate(other_weekdays(ref)):
            frame, expr, part = IMPERATIVE[(i + j) % len(IMPERATIVE)]
            if (i * 7 + j) % 3:
                continue
            text, e = frame.format(d=name), expr.format(d=name)
            day = next_weekday(ref, n).isoformat()
            # the first of two same weekdays is read: the expression asked is the text's last match when a part follows
            out.append((text, ref, e, ("TIME", day + part) if part else ("DATE", day)))
    return out


# negatives: the moving told at a past time, a calling off with no new time, a past perfect, a preposition's weekday,
# a day of moving house (an active verb with no time after "to")
NEGATIVE = ["Yesterday they moved {d}'s class to 6 and nobody came",
            "{d} got cancelled so we stayed home and watched telly",
            "{d} had been moved to 6 but nobody told us",
            "On {d} he was moved to a ward upstairs.",
            "It was packed, {d} got called off and we went to the pub",
            "We got there {d} and were moved to a better table",
            "we moved {d} to Leeds, the van was late",                    # a day of moving house: no time after "to"
            "They moved {d} to a new flat near the college"]


def negative_cases():
    out = []
    for i, ref in enumerate(REFS):
        for j, (n, name) in enumerate(other_weekdays(ref)):
            if (i + 2 * j) % 3:
                continue
            frame = NEGATIVE[(i + j) % len(NEGATIVE)]
            out.append((frame.format(d=name), ref, name, ("DATE", last_weekday(ref, n).isoformat())))
    return out


def advice_cases():
    """A review's advice in the imperative stays the one to come, as before ("Don't go on Sunday, it was packed")."""
    out = []
    for i, ref in enumerate(REFS):
        for j, (n, name) in enumerate(other_weekdays(ref)):
            if (i + j) % 4:
                continue
            out.append((f"Don't go on {name}, it was packed.", ref, name, ("DATE", next_weekday(ref, n).isoformat())))
    return out


def test_a_weekday_moved_is_the_one_to_come():
    check(moved_cases())


def test_a_verbless_clause_after_an_imperative_is_of_the_day_to_come():
    check(imperative_cases())


def test_a_moving_told_in_the_past_or_with_no_new_time_keeps_the_day_gone():
    check(negative_cases())


def test_advice_in_the_imperative_is_unchanged():
    check(advice_cases())
