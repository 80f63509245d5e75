"""Standing hours said with a copula, a person's standing shift, "open from 5", and a habit word kept in its own clause
(twenty-eighth session, standing29; docs/informal-time.md §97). The sentences are written for this file from the
grammar of §97 (before any error or fresh text was read); every value is computed here from the calendar and the
hours, never read from the tagger.

- a service's hours with a copula ("Phone lines are 8am - 6pm", "Check-in is normally from 3 to 8"): hours of no day;
- a noun of hours with an adjective of routine and bare hours ("Usual hours are 12-10");
- a meal as a standing service with two ends or "from" ("Breakfast is half 8 till 10");
- "open" with a copula after "we" or a service ("We're open from 5");
- a word of every day after the hours ("8am - 6pm weekdays"), a person's shift "all week";
- a day in the clause wins; one occasion with a copula keeps its day; a habit of one clause does not reach a dated
  clock time in another clause.
"""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2026, 3, 9) + timedelta(days=i) for i in range(7)] + [
    date(2025, 12, 31), date(2026, 1, 31), date(2028, 2, 29)]

# ranges: (text, first end's text, second end's text, first (h, m), second (h, m)), bare hours as office hours read them
RANGES = [("8am - 6pm", "8am", "6pm", (8, 0), (18, 0)), ("9-5", "9", "5", (9, 0), (17, 0)),
          ("12-10", "12", "10", (12, 0), (22, 0)), ("10 till 6", "10", "6", (10, 0), (18, 0)),
          ("3 to 8", "3", "8", (15, 0), (20, 0)), ("8.30 to 6", "8.30", "6", (8, 30), (18, 0)),
          ("2pm to 8pm", "2pm", "8pm", (14, 0), (20, 0)), ("11–4", "11", "4", (11, 0), (16, 0)),
          ("from 3 to 8", "3", "8", (15, 0), (20, 0)), ("9:30 until 5", "9:30", "5", (9, 30), (17, 0))]

# shape 1: a service's hours with a copula (with or without an adverb of routine); (lead, at the merge) not "collection",
# "registration": an order's or an event's one day as often ("collection is 10 to 2" under a holiday's orders)
SERVICE = ["Phone lines are {r}.", "The helpline is {r}, press 2 for billing.", "Reception is {r}.",
           "check in is {r}", "Visiting is {r} btw", "Surgery is {r}.", "happy hour is {r}!",
           "Check-in is normally {r}.", "reception's usually {r} x",
           "the phones are {r} so ring then"]
# shape 2: a noun of hours with an adjective of routine or a possessive
HOURS = ["Usual hours are {r}.", "Our hours are {r}.", "office hours are {r}", "normal hours r {r}",
         "Opening hours are {r}.", "our usual hours are {r} fyi"]
# shape 4: "open" with a copula
OPEN = ["We're open {r}.", "we are open {r}", "The bar is open {r}.", "Phone lines are open {r}."]
# shape 5: a word of every day after the hours
EVERY = ["Phone lines are {r} weekdays.", "The helpline is {r} weekdays only.", "Reception is {r} weeknights."]
# shape 6: a person's standing shift
SHIFT = ["I'm on {r} all week.", "im on {r} all week at the depot", "we're on {r} the whole week"]
SHIFT_RANGES = [r for r in RANGES if r[0] in ("9-5", "10 till 6", "8am - 6pm", "2pm to 8pm", "3 to 8")] + [
    ("2 till 7", "2", "7", (14, 0), (19, 0))]

# single hours after "from" / "by": (sentence, hour's text, (h, m))
SINGLES = [("Check-in is from 3.", "3", (15, 0)), ("Check-out is by 11.", "11", (11, 0)),
           ("We're open from 5.", "5", (17, 0)), ("Breakfast is from 7.", "7", (7, 0)),
           ("The bar is open from 5pm.", "5pm", (17, 0)), ("check out's by 10am pls", "10am", (10, 0)),
           ("checkin is from 2pm", "2pm", (14, 0)), ("Check-in is normally from 4", "4", (16, 0)),
           # (from reading A) a business's closing hour: the evening's
           ("We're open till 7.", "7", (19, 0)), ("we are open until 9 x", "9", (21, 0))]


def _h(hm):
    return ("TIME", "XXXX-XX-XXT%02d:%02d" % hm)


def _on(day, hm):
    return ("TIME", "%sT%02d:%02d" % (day.isoformat(), hm[0], hm[1]))


def _range_cases(frames, ranges, refs=REFS):
    out = []
    for frame in frames:
        for rng, a, b, s, e in ranges:
            text = frame.format(r=rng)
            for ref in refs:
                out += [(text, ref, a, _h(s)), (text, ref, b, _h(e))]
    return out


def _am_pm(ranges):
    return [r for r in ranges if r[0] in ("8am - 6pm", "2pm to 8pm")]


def test_service_hours_with_a_copula():
    check(_range_cases(SERVICE, RANGES))


def test_hours_noun_with_routine_adjective():
    check(_range_cases(HOURS, RANGES))


def test_meal_as_standing_service():
    breakfast = [
        ("half 8 till 10", "half 8", "10", (8, 30), (10, 0)), ("7.30 to 10", "7.30", "10", (7, 30), (10, 0)),
        ("7am-10am", "7am", "10am", (7, 0), (10, 0)), ("8 till 10.30", "8", "10.30", (8, 0), (10, 30)),
        ("7:30 - 9:30", "7:30", "9:30", (7, 30), (9, 30))]
    lunch = [("12 till 2", "12", "2", (12, 0), (14, 0)), ("12-2", "12", "2", (12, 0), (14, 0)),
             ("11.30 to 2", "11.30", "2", (11, 30), (14, 0)), ("12pm - 2pm", "12pm", "2pm", (12, 0), (14, 0))]
    dinner = [("6 till 9", "6", "9", (18, 0), (21, 0)), ("5.30-8", "5.30", "8", (17, 30), (20, 0)),
              ("6pm to 9pm", "6pm", "9pm", (18, 0), (21, 0))]
    check(_range_cases(["Breakfast is {r}.", "breakfast's {r} in the conservatory", "brekkie is {r} btw"], breakfast)
          + _range_cases(["Lunch is {r} in the canteen.", "lunch is {r} for the juniors"], lunch)
          + _range_cases(["Dinner is {r}.", "dinner is served {r}"], dinner))


def test_open_with_a_copula():
    check(_range_cases(OPEN, RANGES))


def test_word_of_every_day_after_the_hours():
    check(_range_cases(EVERY, RANGES))


def test_person_standing_shift():
    check(_range_cases(SHIFT, SHIFT_RANGES))


def test_single_hours_after_from_or_by():
    check([(text, ref, expr, _h(hm)) for text, expr, hm in SINGLES for ref in REFS])


def test_a_day_in_the_clause_wins():
    cases = []
    for ref in REFS:
        tom = ref + timedelta(days=1)
        # (the day word right after a clock time is in its extent, "[10 tomorrow]", as the corpora write it)
        cases += [("Breakfast is 8 till 10 tomorrow.", ref, "8", _on(tom, (8, 0))),
                  ("Breakfast is 8 till 10 tomorrow.", ref, "10 tomorrow", _on(tom, (10, 0))),
                  ("Lunch is 12 till 2 today.", ref, "12", _on(ref, (12, 0))),
                  ("Check-in is from 3pm tomorrow.", ref, "3pm tomorrow", _on(tom, (15, 0))),
                  ("We're open 9am to 5pm tomorrow.", ref, "9am", _on(tom, (9, 0))),
                  # the day the arrangement starts is not the hours' day
                  ("Phone lines are 8am - 6pm from tomorrow.", ref, "6pm", _h((18, 0)))]
    check(cases)


def test_one_occasion_keeps_its_day():
    cases = []
    for ref in REFS:
        cases += [("The meeting is 3pm.", ref, "3pm", _on(ref, (15, 0))),
                  ("Dinner is at 7 tonight.", ref, "7 tonight", _on(ref, (19, 0))),
                  ("Doors are 7pm.", ref, "7pm", _on(ref, (19, 0))),
                  ("Polls are open until 10pm.", ref, "10pm", _on(ref, (22, 0))),
                  ("we were open 9am to 5pm", ref, "5pm", _on(ref, (17, 0))),
                  ("we'll be open from 5pm", ref, "5pm", _on(ref, (17, 0))),
                  # (from reading A, §97) a place "open till" an hour, no "we": a party's night as often
                  ("The bar's open till 1am so no rush home.", ref, "1am", _on(ref, (1, 0))),
                  ("the club is open until 2am after the ceremony", ref, "2am", _on(ref, (2, 0)))]
    check(cases)


def test_habit_of_one_clause_does_not_reach_a_dated_clock():
    cases = []
    for ref in REFS:
        cases += [("Check-in is normally from 3 to 8, we're landing at 11.40pm so can we check in late?", ref,
                   "11.40pm", _on(ref, (23, 40))),
                  ("Reception is usually staffed 9-5; our flight lands at 11.40pm.", ref, "11.40pm", _on(ref, (23, 40))),
                  ("Breakfast is usually 8 till 10, I'm arriving at 11pm so I'll miss it", ref, "11pm", _on(ref, (23, 0))),
                  ("we normally eat about 6, we're getting in at 9.15pm", ref, "9.15pm", _on(ref, (21, 15))),
                  # a clause with no word of one occasion keeps the sentence's habit
                  ("We usually eat at 6, the kids are in bed by 8pm.", ref, "8pm", _h((20, 0)))]
    check(cases)


def test_look_alikes_stay_untagged():
    from timeline_app.temporal import tag
    bad = []
    for text, nums in [("Prices are 5-10 quid.", {"5", "10"}), ("Ages are 9-12.", {"9", "12"}),
                       ("The score is 3-1 to us.", {"3", "1"}), ("Lines are 0800 123 456.", {"0800", "123"}),
                       ("our hours are 38 a week", {"38"}), ("Reception is 2-3 mins walk.", {"2", "3"})]:
        for ref in REFS[:3]:
            got = {t.expression for t in tag(text, ref)}
            if got & nums:
                bad.append((text, ref, sorted(got)))
    assert not bad, bad
