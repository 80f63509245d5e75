"""The day a post or a paragraph is about, and the parts of the day and clock times that take it (thirty-fifth session,
topicday35; docs/informal-time.md §131): a day to come the talk makes its topic ("Saturday is the big one.", "The fete
is on Saturday.", "Timings for Saturday:" over a list, "Tomorrow is the big one.", "A week tomorrow is the big one.")
gives its day to a part of the day with no day of its own in the sentences after it ("Reminder that the railway closes
the station mid afternoon", "I'm helping in the morning", "Can you help in the morning?"), across a paragraph's break,
and its night to a span to come that ends in the small hours ("Some of us are out til 1am"); a weekday that is the
subject of a present "is" after a past verb of knowing ("just realised Friday is a public holiday") is the Friday to
come. Where the topic must not carry: a past told ("I went for a run in the morning"), a habit ("I usually walk the
dog in the morning"), a new day named ("Tomorrow I'm working in the morning"), a new chat stamp between, a day to come
more than a month away.

The sentences are this session's own, in several voices (a bonfire society's notice, a parents' chat, a club's post,
a newcomer's post, a text between friends); the days of writing are every day of a week, month ends, the year's turn,
a leap day, 2026 and 2027; every value is computed here from the calendar (``gridcheck.next_weekday`` /
``last_weekday``), never from the tagger's output."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, found, last_weekday, next_weekday, time_on

REFS = [date(2025, 3, 3) + timedelta(days=k) for k in range(7)] + [
    date(2025, 1, 31), date(2025, 4, 30), date(2025, 10, 28), date(2025, 12, 30), date(2025, 12, 31), date(2028, 2, 28),
    date(2028, 2, 29), date(2026, 8, 1), date(2027, 6, 27)]


def _days(ref: date):
    """(weekday name, number) of every weekday but the day of writing's own."""
    return [(name, n) for n, name in enumerate(WEEKDAYS, 1) if n != ref.isoweekday()]


def pod_on(day: date, pod: str) -> tuple[str, str]:
    """(type, value) of a part of the day on that day."""
    return "TIME", f"{day.isoformat()}T{pod}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# ---- 1. a part of the day after the sentence that makes a day to come the topic ------------------------------------
TOPICS = ["{w} is the big one.", "The fete is on {w}.", "Right, {w} is the day.", "Plans for {w}: parade, then the bonfire.",
          "Our open day is on {w}!", "{w}'s the big one.", "Heads up: {w} is the day."]
PODS = [  # (sentence, expression, TIMEX3 part of the day)
    ("Reminder that the railway closes the station mid afternoon.", "mid afternoon", "AF"),
    ("I'm helping in the morning.", "the morning", "MO"),
    ("We'll head to the park in the afternoon.", "the afternoon", "AF"),
    ("Trains stop early evening so plan ahead.", "early evening", "EV"),
    ("Can you help in the morning?", "the morning", "MO"),
    ("Kids are off to nan's in the evening.", "the evening", "EV"),
]


def _topic_cases(sep: str):
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            day = next_weekday(ref, n)
            for topic in TOPICS:
                for follow, expr, pod in PODS:
                    cases.append((topic.format(w=w) + sep + follow, ref, expr, pod_on(day, pod)))
    return cases


def test_a_part_of_the_day_after_the_topic_sentence():
    check(_topic_cases(" "))


def test_a_part_of_the_day_across_a_paragraph_break():
    check(_topic_cases("\n\n"))


def test_tomorrow_and_a_week_tomorrow_as_the_topic():
    cases = []
    for ref in REFS:
        for topic, off in (("Tomorrow is the big one.", 1), ("A week tomorrow is the big one.", 8),
                           ("Right. A week tomorrow is the big one.", 8)):
            for sep in (" ", "\n\n"):
                for follow, expr, pod in PODS:
                    cases.append((topic + sep + follow, ref, expr, pod_on(ref + timedelta(days=off), pod)))
    check(cases)


# ---- 2. after a list of the day's timings, the paragraph that follows -----------------------------------------------
def test_the_paragraph_after_a_list_of_timings():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            day = next_weekday(ref, n)
            text = (f"Timings for {w}:\n- Members muster at the Swan from 5.30pm\n- Procession at 7pm\n\n"
                    "Reminder that the railway closes the station mid afternoon. And yes some of us are out til 1 or 2.")
            cases += [(text, ref, "mid afternoon", pod_on(day, "AF")),
                      (text, ref, "1", time_on(day + timedelta(days=1), 1, 0))]
        day = ref + timedelta(days=8)
        text = (f"Right. A week tomorrow is the big one. Timings for the {_ordinal(day.day)}:\n- Members muster at the Swan "
                "from 5.30pm\n- Procession at 7pm\n\nReminder that the railway closes the station mid afternoon. And yes "
                "some of us are out til 1 or 2.")
        cases += [(text, ref, "mid afternoon", pod_on(day, "AF")), (text, ref, "1", time_on(day + timedelta(days=1), 1, 0)),
                  (text, ref, "5.30pm", time_on(day, 17, 30))]
    check(cases)


# ---- 3. a span to come that ends in the small hours, on the topic day's night ----------------------------------------
NIGHTS = [("{w} is the big one. Some of us are out til 1am.", "1am", 1, 0),
          ("The party is on {w}. The bar is open till 2am.", "2am", 2, 0),
          ("Bonfire's on {w}.\n\nWe'll be out until 1.30am so don't wait up.", "1.30am", 1, 30)]


def test_the_topic_nights_small_hours():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            day = next_weekday(ref, n) + timedelta(days=1)
            for frame, expr, h, mi in NIGHTS:
                cases.append((frame.format(w=w), ref, expr, time_on(day, h, mi)))
    check(cases)


# ---- 4. a weekday the subject of "is" after a past verb of knowing ---------------------------------------------------
KNOWN = ["Just realised {w} is a public holiday for the parade.",
         "Moved here last year and just realised {w} is a bank holiday lol",
         "Only just noticed {w} is a holiday, so the shop's shut",
         "I forgot {w} is the school's inset day!!"]
KNOWN_PAST = ["Just realised {w} was a bank holiday, missed the whole thing",
              "Only just remembered {w} was her birthday, feel awful"]


def test_a_weekday_known_to_be_a_day_to_come():
    cases = []
    for ref in REFS:
        for w, n in _days(ref):
            cases += [(frame.format(w=w), ref, w, ("DATE", next_weekday(ref, n).isoformat())) for frame in KNOWN]
            cases += [(frame.format(w=w), ref, w, ("DATE", last_weekday(ref, n).isoformat())) for frame in KNOWN_PAST]
    check(cases)


# ---- 5. where the topic day must not carry ---------------------------------------------------------------------------
def test_where_the_topic_day_stays():
    """Exact values where the grammar decides another day: a new day named, a past told of a day gone, a new stamp."""
    cases = []
    for ref in REFS:
        tomorrow = ref + timedelta(days=1)
        for w, n in _days(ref):
            if n == tomorrow.isoweekday():
                continue
            cases += [(f"The fete is on {w}. Tomorrow I'm working in the morning.", ref, "the morning", pod_on(tomorrow, "MO")),
                      (f"{w} is the big one. Today I'm in the office in the afternoon.", ref, "the afternoon", pod_on(ref, "AF")),
                      (f"We had the fete on {w}. Loads of people came in the afternoon.", ref, "the afternoon",
                       pod_on(last_weekday(ref, n), "AF"))]
    # a new chat stamp between: Jo's message is of its own day, not the day Sam's message made the topic
    for d1 in (date(2025, 3, 14), date(2025, 3, 20), date(2025, 10, 27), date(2026, 1, 15)):
        d2 = d1 + timedelta(days=1)
        for w, n in _days(d2):
            if next_weekday(d1, n) == d2:
                continue
            text = (f"[{d1:%d/%m/%Y}, 09:00] Sam: the fete is on {w}\n"
                    f"[{d2:%d/%m/%Y}, 18:30] Jo: I'm free in the afternoon if anyone needs a hand")
            cases.append((text, d2, "the afternoon", pod_on(d2, "AF")))
    check(cases)


NOT_CARRIED = [  # (topic, sentence after it, expression): the part of the day is not the topic day's
    ("The fete is on {w}.", "I usually walk the dog in the morning.", "the morning"),
    ("{w} is the big one.", "I went for a run in the morning.", "the morning"),
    ("{w} is the big one.", "Normally the roads shut mid afternoon.", "mid afternoon"),
    ("The fete is on {w}.", "We walk the dog in the morning every day.", "the morning"),
]


def test_a_habit_or_a_past_does_not_take_the_topic_day():
    wrong = []
    n_cases = 0
    for ref in REFS:
        for w, n in _days(ref):
            topic_day = next_weekday(ref, n)
            for topic, follow, expr in NOT_CARRIED:
                text = topic.format(w=w) + " " + follow
                n_cases += 1
                got = found(text, ref, expr)
                if got is not None and got[1].startswith(topic_day.isoformat()):
                    wrong.append(f"{ref} {text!r}: {expr!r} -> {got}")
    assert not wrong, f"{len(wrong)} of {n_cases} took the topic day:\n" + "\n".join(wrong[:25])


def test_a_day_to_come_more_than_a_month_away_is_no_topic_for_a_part_of_the_day():
    wrong = []
    for ref in REFS:
        far = ref + timedelta(days=45)
        text = f"The wedding is on {far.day} {far:%B}. I'm doing the flowers in the morning."
        got = found(text, ref, "the morning")
        if got is not None and got[1].startswith(far.isoformat()):
            wrong.append(f"{ref} {text!r}: {got}")
    assert not wrong, "\n".join(wrong)


# ---- 6. the message's own day: a day named only to compare with, a post about today ---------------------------------
OWN_DAY = [("Day 3. Same as yesterday, dock at 9am", "9am", 9, 0),
           ("Same as yesterday, meet at the gate at 8.30am.", "8.30am", 8, 30),
           ("Same as last week, we kick off at 7pm.", "7pm", 19, 0),
           ("Last day at carnival today! Tent closes at 6pm", "6pm", 18, 0)]


def test_the_posts_own_day_after_a_comparison():
    check([(text, ref, expr, time_on(ref, h, mi)) for ref in REFS for text, expr, h, mi in OWN_DAY])
