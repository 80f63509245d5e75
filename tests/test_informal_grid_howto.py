"""Instructions and plans as a grid (sixteenth session, howto; docs/informal-time.md, the section
"Instructions and plans"): recipes, growing calendars, training plans, aftercare and pet-care
sheets, DIY guides, revision timetables. Each class is said on every day of a week and at month and
year ends, against the value TimeML gives it, computed HERE from the calendar (never from the
tagger's code).

The readings (TimeML TIMEX3, benchmarks/data/fresh/README.md, informal14-howto):
- an instruction's "overnight", "the night before", "the next morning", "the next day" belong to no
  day (`XXXX-XX-XXTNI`, `XXXX-XX-XXTMO`, `XXXX-XX-XX`), also where the imperative follows a label
  ("Broad beans: sow ...") or "and", or comes right after the time ("The next morning, tip it ...");
  a day the clause names before it keeps it on that day ("make it tomorrow and bake it the next day");
- a growing calendar's month or season ("sow late Feb to April", "plant in autumn") is of every year
  (`XXXX-02` END, `XXXX-FA`); a season in a recipe's step ("less in summer") too;
- a hedge before a compound length ("about 3 hours 20 minutes") is the whole length's: one DURATION;
- an age in days, weeks or months said with "old" ("until 12 weeks old") is a DURATION; a singular
  unit ("my 18 month old woke") is a noun's compound, untagged;
- a label "next <noun>:" before a weekday names the one to come, whatever verb follows in brackets;
  "Reminder set for Wed 7:00 am" likewise;
- one weekday of a habit ("every Tuesday", "Tuesdays") before a range of hours: the weekday a SET,
  each hour a habit's hour (`XXXX-XX-XXThh:mm`);
- a number and a capitalised unit on the next line ("Week 3\\nDay 1:") are no length.

Each case is one tag() of a short text; every test counts its wrong cases and names them.
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline_app.temporal import tag

from test_informal_grid import FULL, WEEK

EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29)]
REFS = WEEK + EDGES
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
SHORT_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _find(text: str, ref: date, words: str):
    for t in tag(text, ref):
        if t.expression.lower() == words.lower():
            return t
    return None


def _check(cases) -> None:
    """``cases``: (text, ref, words, want); want a (type, value) pair, None (untagged) or a callable
    that takes the (type, value) pair found and says whether it is right."""
    wrong = []
    for text, ref, words, want in cases:
        t = _find(text, ref, words)
        got = (t.timex_type, t.timex_value) if t is not None else None
        ok = want(got) if callable(want) else got == want
        if not ok:
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} [{words}] -> {got} (want {want if not callable(want) else want.__doc__})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:40])


# ---- 1. an instruction's night, morning and day: of no particular day ------------------------------------
STEPS = [
    # (text, words, value)
    ("Cover tightly and refrigerate overnight, or for up to 3 days.", "overnight", ("TIME", "XXXX-XX-XXTNI")),
    ("3. Cover and leave overnight in a cool place.", "overnight", ("TIME", "XXXX-XX-XXTNI")),
    ("Once mixed, leave it overnight on the counter.", "overnight", ("TIME", "XXXX-XX-XXTNI")),
    ("Start it the night before and it practically makes itself.", "the night before", ("TIME", "XXXX-XX-XXTNI")),
    ("- Soak the beans the night before.", "the night before", ("TIME", "XXXX-XX-XXTNI")),
    ("The next morning, tip it into an oiled tin.", "The next morning", ("TIME", "XXXX-XX-XXTMO")),
    ("4. The next morning, shape the dough into rolls.", "The next morning", ("TIME", "XXXX-XX-XXTMO")),
    ("Wipe off the haze after 20 mins and buff with a dry cloth the next day.", "the next day", ("DATE", "XXXX-XX-XX")),
    ("Apply a second coat the next day.", "the next day", ("DATE", "XXXX-XX-XX")),
    ("Rinse and reseal the next morning.", "the next morning", ("TIME", "XXXX-XX-XXTMO")),
    ("Step 2: marinate the chicken overnight.", "overnight", ("TIME", "XXXX-XX-XXTNI")),
    ("Let it come up to room temperature, about 2 hours (less in summer).", "summer", ("DATE", "XXXX-SU")),
    ("Water the seedlings daily, more in summer.", "summer", ("DATE", "XXXX-SU")),
    ("Store in a cool dry place, and keep it indoors in winter.", "winter", ("DATE", "XXXX-WI")),
]


def test_instruction_times_grid():
    _check([(text, ref, words, want) for ref in REFS for text, words, want in STEPS])


def _next_day(ref: date, n: int):
    return ("DATE", (ref + timedelta(days=n)).isoformat())


def test_instruction_with_a_day_named_keeps_the_day():
    """A day the clause names before the time keeps it on that day (a plan, not a procedure)."""
    cases = []
    for ref in REFS:
        cases.append(("Make the dough tomorrow and bake it the next day.", ref, "the next day", _next_day(ref, 2)))
        cases.append(("Mix the batter today and bake it the next day.", ref, "the next day", _next_day(ref, 1)))
        cases.append(("Soak the beans tonight, then leave them overnight.", ref, "overnight",
                      ("TIME", ref.isoformat() + "TNI")))
    _check(cases)


# ---- 2. a growing calendar's months and seasons: of every year --------------------------------------------
CROPS = ["Broad beans", "Tomatoes", "Carrots", "Sweet peas", "Garlic", "Onion sets"]
SEASONS = [("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("winter", "WI")]


def test_growing_calendar_grid():
    cases = []
    for ref in REFS:
        for i, crop in enumerate(CROPS):
            m1 = (1, 3, 7, 9, 11, 1)[i]   # (short "Jan", "Mar", "May", "Jun" are names or verbs: not found alone; left out)
            m2 = (m1 + 3) % 12
            cases.append((f"- {crop}: sow under cover late {MON[m1]} to {MONTH[m2]}, or direct later.", ref,
                          f"late {MON[m1]}", ("DATE", f"XXXX-{m1 + 1:02d}")))
            cases.append((f"- {crop}: sow under cover late {MON[m1]} to {MONTH[m2]}, or direct later.", ref,
                          MONTH[m2], ("DATE", f"XXXX-{m2 + 1:02d}")))
            cases.append((f"{crop}: plant out in early {MONTH[m2]}.", ref, f"early {MONTH[m2]}", ("DATE", f"XXXX-{m2 + 1:02d}")))
            cases.append((f"Prune the {crop.lower()} in {MONTH[m1]} every year.", ref, MONTH[m1], ("DATE", f"XXXX-{m1 + 1:02d}")))
        for word, code in SEASONS:
            cases.append((f"Garlic: plant in {word}; it needs six weeks of cold.", ref, word, ("DATE", f"XXXX-{code}")))
    _check(cases)


def _dated(got):
    """a date of a year (not XXXX)"""
    return got is not None and got[0] == "DATE" and not got[1].startswith("XXXX")


def test_other_imperatives_keep_the_year():
    """An imperative that is no work of the season ("Book by March", "Pay in April") names this year's month."""
    cases = []
    for ref in REFS:
        for k in range(12):
            cases.append((f"Book your place by {MONTH[k]}, numbers are limited.", ref, MONTH[k], _dated))
            cases.append((f"Rents are due by the end of {MONTH[k]}.", ref, f"the end of {MONTH[k]}", _dated))
    _check(cases)


# ---- 3. a hedge before a compound length -------------------------------------------------------------------
HEDGES = ["about", "around", "roughly", "nearly", "approximately"]
JOINS = [" ", " and "]
UNITS = [("hours", "minutes"), ("hrs", "mins"), ("hours", "mins")]


def test_hedged_compound_length_grid():
    cases = []
    ref = WEEK[0]
    for hedge in HEDGES:
        for join in JOINS:
            for hu, mu in UNITS:
                for h in (1, 2, 3, 5):
                    for mi in (5, 15, 20, 45):
                        for tmpl in ("A 5kg bird needs {x}.", "It takes {x} from start to finish.", "Bake for {x}, then rest."):
                            x = f"{hedge} {h} {hu if h > 1 else hu.rstrip('s')}{join}{mi} {mu}"
                            words = x
                            cases.append((tmpl.format(x=x), ref, words, ("DURATION", f"PT{h}H{mi}M")))
    _check(cases)


# ---- 4. ages in days, weeks or months ------------------------------------------------------------------------
AGE_UNITS = [("days", "D"), ("weeks", "W"), ("months", "M")]
AGE_TEMPLATES = [
    "Worm every 2 weeks until {n} {u} old, then monthly.",
    "Our puppy is {n} {u} old and already chews everything.",
    "Feed 4 meals a day until they are {n} {u} old.",
    "The seedlings are {n} {u} old now.",
]


def test_age_grid():
    cases = []
    for ref in (WEEK[0], WEEK[4], EDGES[1]):
        for n in (2, 3, 9, 12, 18):
            for u, code in AGE_UNITS:
                for tmpl in AGE_TEMPLATES:
                    cases.append((tmpl.format(n=n, u=u), ref, f"{n} {u}", ("DURATION", f"P{n}{code}")))
                cases.append((f"my {n} {u[:-1]} old woke at 3 again", ref, f"{n} {u[:-1]}", None))
    _check(cases)


# ---- 5. a label of what comes next; a reminder set for a day -----------------------------------------------
NOUNS = ["run", "session", "dose", "appointment", "lesson", "worming"]
PASTS = ["you ran today – nice!", "last one was yesterday", "you did great today"]


def _coming(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7)


def test_next_label_grid():
    cases = []
    for ref in REFS:
        for wd in range(7):
            if wd == ref.weekday():
                continue   # the same weekday: today or a week on, which the words do not tell
            want = ("DATE", _coming(ref, wd).isoformat())
            for noun in NOUNS:
                for past in PASTS:
                    cases.append((f"Your next {noun}: {FULL[wd]} ({past}).", ref, FULL[wd], want))
            for h in (7, 9):
                cases.append((f"Reminder set for {SHORT_WD[wd]} {h}:00 am.", ref, f"{SHORT_WD[wd]} {h}:00 am",
                              ("TIME", f"{_coming(ref, wd).isoformat()}T{h:02d}:00")))
    _check(cases)


def test_next_label_not_a_unit():
    """'The next day:' tells a story: no label of what comes."""
    cases = []
    for ref in REFS:
        for wd in range(7):
            cases.append((f"The next day: {FULL[wd]} we went home.", ref, "The next day",
                          ("DATE", (ref + timedelta(days=1)).isoformat())))
    _check(cases)


# ---- 6. one weekday of a habit and a range of hours -------------------------------------------------------
RANGES = [
    # (written, first hour, second hour)
    ("3.15-4.15", "15:15", "16:15"), ("3.15pm-4.15pm", "15:15", "16:15"), ("6pm-7pm", "18:00", "19:00"),
    ("6-8pm", "18:00", "20:00"), ("18:00-19:30", "18:00", "19:30"), ("10am-12", "10:00", "12:00"),
    ("4.30-6", "16:30", "18:00"),
]


def test_habit_weekday_hours_grid():
    cases = []
    for ref in (WEEK[0], WEEK[3], WEEK[6], EDGES[1]):
        for wd in range(7):
            for written, h1, h2 in RANGES:
                a, b = written.split("-")
                for day, tmpl in ((f"every {FULL[wd]}", "Revision club runs {d} {r} in S12."),
                                  (f"{FULL[wd]}s", "Choir: {d} {r} in the hall"),
                                  (f"each {FULL[wd]}", "Swimming lessons {d} {r} at the pool.")):
                    text = tmpl.format(d=day, r=written)
                    cases.append((text, ref, day, ("SET", f"XXXX-WXX-{wd + 1}")))
                    cases.append((text, ref, a, ("TIME", f"XXXX-XX-XXT{h1}")))
                    cases.append((text, ref, b, ("TIME", f"XXXX-XX-XXT{h2}")))
    _check(cases)


# ---- 7. no length across a line break ------------------------------------------------------------------------
def test_no_length_across_lines():
    cases = []
    for ref in (WEEK[0], WEEK[5]):
        for n in range(1, 10):
            for unit in ("Day", "Week", "Month"):
                text = f"Week {n}\n{unit} 1: jog 90 seconds, walk 90 seconds."
                cases.append((text, ref, f"{n}\n{unit}", None))
                cases.append((text, ref, "90 seconds", ("DURATION", "PT90S")))
    _check(cases)


# ---- tagger-corpus style single cases -------------------------------------------------------------------
@pytest.mark.parametrize("text,ref,words,want", [
    ("Paracetamol every 4-6 hours, no more than 4 doses in 24 hours.", date(2025, 11, 27), "24 hours", ("DURATION", "PT24H")),
    ("Tomatoes: sow indoors in early March and plant out after the last frost.", date(2026, 2, 3), "early March", ("DATE", "XXXX-03")),
])
def test_single_cases(text, ref, words, want):
    _check([(text, ref, words, want)])


def _one_day(got):
    """one day (a DATE), no habit"""
    return got is not None and got[0] == "DATE"


# ---- 8. a list of weekdays given as an example of a habit ---------------------------------------------------
EXAMPLE_WORDS = ["e.g.", "for example", "such as"]


def test_example_weekday_list_grid():
    cases = []
    for ref in REFS:
        for a, b, c in ((0, 2, 4), (1, 3, 5), (0, 3, 6)):
            for ex in EXAMPLE_WORDS:
                text = f"Leave a rest day between runs, {ex} {SHORT_WD[a]}, {SHORT_WD[b]} and {SHORT_WD[c]}."
                for wd in (a, b, c):
                    cases.append((text, ref, SHORT_WD[wd], ("SET", f"XXXX-WXX-{wd + 1}")))
            # one week named on the line: that week's days
            text = f"Come in {FULL[a]} and {FULL[c]} next week, e.g. after lunch."
            cases.append((text, ref, f"{FULL[c]} next week", ("DATE", (ref + timedelta(days=7 - ref.weekday() + c)).isoformat())))
            cases.append((text, ref, FULL[a], _one_day))   # (which day the first weekday of a list takes: §36, not this class)
            # "or" offers one day
            if a != ref.weekday() and b != ref.weekday():
                text = f"Can you do a weekday, e.g. {FULL[a]} or {FULL[b]}?"
                cases.append((text, ref, FULL[a], ("DATE", _coming(ref, a).isoformat())))
    _check(cases)
