"""The lead's class of the thirty-seventh session (docs/informal-time.md §155): a subject pronoun whose present has no
-s ("we", "they", "I", "you") right before a verb the lexicon's lists of presents do not hold ("we run tasters", "they
do brunch", "we offer"), in a clause after a past one ("it was mad last week but we run tasters every Saturday from
Easter"): that clause's present decides, where the past verb of the clause before had been taken ("Easter" and "from
June" were last year's). (A weekday after such a present keeps its reading: a present that is no timetable's verb
gives a weekday no future, as before.)

The sentences are this session's own; the days of writing are every third day of three years; values from the
calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from gridcheck import check, last_weekday, other_weekdays

REFS = [date(2023, 1, 1) + timedelta(days=3 * k) for k in range(365)]
PASTS = ["Sorry, it was fully booked last week", "We were shut all of January", "Taster day was a washout",
         "Sorry we missed you, the shop was closed", "It rained the whole time"]
PRESENTS = ["we run tasters", "we do brunch", "they offer lessons", "we serve roasts", "we hire out boards",
            "they teach beginners", "we rent bikes", "I coach the juniors"]


def easter_cases():
    out = []
    for i, ref in enumerate(REFS):
        e = easter(ref.year)
        if not ref < e - timedelta(days=7):
            continue   # before Easter of its year: "from Easter" is this year's, to come
        past, pres = PASTS[i % len(PASTS)], PRESENTS[i % len(PRESENTS)]
        text = f"{past} but {pres} every Saturday from Easter, £30 each."
        out.append((text, ref, "Easter", ("DATE", e.isoformat())))
    return out


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_cases():
    """A month named after the present: "... but we run tours from June" written one to four months before June is this
    year's June."""
    out = []
    for i, ref in enumerate(REFS):
        if ref.month > 10:
            continue
        m = ref.month + 1 + i % min(4, 12 - ref.month)   # one to four months ahead (a present's nearest such month)
        past, pres = PASTS[i % len(PASTS)], PRESENTS[(i * 3) % len(PRESENTS)]
        text = f"{past} but {pres} from {MONTHS[m - 1]} if you're keen."
        out.append((text, ref, MONTHS[m - 1], ("DATE", f"{ref.year}-{m:02d}")))
    return out


def past_cases():
    """Negatives: the past of the clause still decides where the word after the pronoun is a past, an auxiliary's verb or
    a verb of knowing: "we tried Sunday", "did you run on Saturday?", "I reckon Saturday was the best night"."""
    out = []
    frames = ["The shop was shut so we tried {d} instead.", "Did you run on {d}?", "I reckon {d} was the best night.",
              "It was packed and we ran out of rolls {d}."]
    for i, ref in enumerate(REFS):
        for j, (n, name) in enumerate(other_weekdays(ref)):
            if (i + j) % 4:
                continue
            text = frames[(i + j) % len(frames)].format(d=name)
            out.append((text, ref, name, ("DATE", last_weekday(ref, n).isoformat())))
    return out


def test_a_present_after_its_subject_pronoun_decides_a_holiday_after_a_past_clause():
    check(easter_cases())


def test_a_present_after_its_subject_pronoun_decides_a_month_after_a_past_clause():
    check(month_cases())


def test_a_past_or_a_verb_of_knowing_after_the_pronoun_keeps_the_past():
    check(past_cases())


def test_the_grid_is_not_empty():
    assert len(easter_cases()) > 80 and len(month_cases()) > 250 and len(past_cases()) > 500
