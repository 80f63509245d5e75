"""Short lower-case weekdays that are also words ("sat", "wed", "sun", "mon") and those that are not ("tues", "thurs",
"fri"), read by their syntactic frame (twenty-eighth session, shortdays29; docs/informal-time.md §98): a verb of
arranging's object ("swap wed for fri", "can do sun but not sat"), "off" after it ("have wed off"), after a parting
("see yous mon", "cya sat"), a clause's subject with a predicate of the plan ("sat is on"), an item of a list of days
("sat and sun", "mon/wed/fri"), an adjunct after a progressive verb and its object ("I cooking pelau wed"), a clock
time after it ("got the dentist wed at 10"). The other readings stay refused: the verbs "wed", "sat", the star, the
"mon" of address, "sat nav", "sun cream". The sentences are this session's own, written from the grammar; every value is
computed here from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, found, last_weekday, next_weekday, time_on

# every day of a February 2026 week, month ends, a year's turn
REFS = [date(2026, 2, 2) + timedelta(days=k) for k in range(7)] + \
       [date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 28), date(2026, 4, 30)]

SHORT = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "weds": 3, "thu": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}
WORDS = ["sat", "wed", "sun", "mon"]          # the short days that are also words
ALL = WORDS + ["tues", "thurs", "fri"]


def _plan(ref, w):
    return "DATE", next_weekday(ref, SHORT[w]).isoformat()


def _past(ref, w):
    return "DATE", last_weekday(ref, SHORT[w]).isoformat()


def _cases(frames, words, value=_plan, expr=None):
    cases = []
    for ref in REFS:
        for w in words:
            if SHORT[w] == ref.isoweekday():
                continue   # the day of writing's own weekday (today or a week away) is not what this grid asks
            for f in frames:
                cases.append((f.format(d=w), ref, expr or w, value(ref, w)))
    return cases


# 1. The object of a verb of arranging
OBJECT = ["can I swap {d} for something else?", "anyone able to swap {d} with me", "could you take my {d}? x",
          "i can take dee's {d} if she wants", "can anyone cover {d}? x", "ill work {d} instead", "happy to do {d} tbh",
          "shall we make it {d}?", "prefer {d} if thats ok", "can we move it to {d}?", "wanna do {d}?",
          "I'll swap {d} and do the late"]


def test_a_verbs_object():
    check(_cases(OBJECT, ALL))


def test_do_one_but_not_the_other():
    cases = []
    for ref in REFS:
        for a, b in (("sun", "sat"), ("sat", "sun"), ("wed", "mon"), ("mon", "wed"), ("sat", "wed")):
            if ref.isoweekday() in (SHORT[a], SHORT[b]) or next_weekday(ref, SHORT[a]) > next_weekday(ref, SHORT[b]):
                continue   # (the two read in their order, as a list: the week's reading is not this class's)
            text = f"I can do {a} but not {b}"
            cases += [(text, ref, a, _plan(ref, a)), (text, ref, b, _plan(ref, b))]
    check(cases)


# 2. "off" after it, the object of a verb of having or taking
OFF = ["can I have {d} off?", "I've got {d} off so could meet", "booked {d} off work", "taking {d} off for the dentist",
       "could i get {d} off pls"]


def test_the_day_off():
    check(_cases(OFF, ALL))


def test_in_then_off():
    cases = []
    for ref in REFS:
        if ref.isoweekday() in (3, 6, 7):
            continue
        text = "I was in sat and sun so can I have wed off?"
        cases += [(text, ref, "sat", _past(ref, "sat")), (text, ref, "sun", _past(ref, "sun")),
                  (text, ref, "wed", _plan(ref, "wed"))]
    check(cases)


# 3. After a parting
PARTING = ["see yous {d}", "thanks all, see yous {d}!", "cya {d}!", "ok cya {d} then x", "c ya {d} x",
           "see youse {d}", "speak {d}", "catch ya {d}", "laters, see ya {d}"]


def test_after_a_parting():
    check(_cases(PARTING, ALL))


# 4. A clause's subject with a predicate of the plan
SUBJECT = ["yes {d} is on, 11-4", "{d} is fine for me", "{d} works", "if {d} is ok ill book it", "but {d} is booked",
           "{d} suits me better", "Jo: {d} is no good, sorry", "so {d} is the day then"]


def test_a_clauses_subject():
    check(_cases(SUBJECT, ALL))


# 5. Lists of short days, the first item included
LISTS = [("can do {a} and {b}", None), ("free {a} or {b}?", None), ("{a}, {b} and fri work for me", None),
         ("{a}/{b}/fri", None), ("{a} {b} and thurs are good", None)]


def test_lists():
    cases = []
    for ref in REFS:
        for a, b in (("sat", "sun"), ("mon", "wed"), ("mon", "tues"), ("wed", "sat"), ("sun", "mon")):
            if ref.isoweekday() in (SHORT[a], SHORT[b], 4, 5) or next_weekday(ref, SHORT[a]) > next_weekday(ref, SHORT[b]):
                continue   # (a list is read in its order: the week's reading of a list is not this class's)
            for f, _ in LISTS:
                text = f.format(a=a, b=b)
                cases += [(text, ref, a, _plan(ref, a)), (text, ref, b, _plan(ref, b))]
    check(cases)


# 6. An adjunct after a progressive verb and its object, ending the clause
ADJUNCT = ["I cooking pelau {d}", "im working {d}", "we're doing a car boot {d}", "shes having the kids {d}",
           "I'm going out {d}", "we taking the boat out {d}"]


def test_an_adjunct_after_a_verb():
    check(_cases(ADJUNCT, ALL))


# 7. A clock time after it
CLOCK = [("got the dentist {d} at 10", 10, 0), ("mon at 8 then?", 8, 0), ("dentist {d} at 9.30", 9, 30),
         ("physio {d} at 11", 11, 0)]


def test_a_clock_after_it():
    cases = []
    for ref in REFS:
        for w in ALL:
            if SHORT[w] == ref.isoweekday():
                continue
            for f, h, mi in CLOCK:
                if "{d}" not in f and w != "mon":
                    continue
                text = f.format(d=w)
                day = next_weekday(ref, SHORT[w])
                cases += [(text, ref, w, ("DATE", day.isoformat())),
                          (text, ref, f"{h}" if mi == 0 else f"{h}.{mi:02d}", time_on(day, h, mi))]
    check(cases)


# 7b. (from reading informal23-blind A, after the grid above) a present verb of a scheduled event before it ("theme drops
# wed"), a verb of getting there ("I cyah reach mon", "cant make sat"), "down for" ("I was down for sun but"), a loose
# cue with an "-ing" clause after ("off mon doing paperwork"), "between" two hours ("sat between 2 and 3"), the first of a
# bare list after "were"
FROM_A = ["yep, theme drops {d}, builds due after", "the new season starts {d}", "I cyah reach {d}, working till 8",
          "sorry cant make {d}, its my nans 80th", "I'm down for {d} but could swap"]


def test_shapes_from_a():
    # "sun" never on a loose cue ("out sun bathing"): the "-ing" clause after "off" for the others only
    check(_cases(FROM_A, ALL) + _cases(["ill be off {d} doing paperwork"], [w for w in ALL if w != "sun"]))


def test_between_two_hours():
    cases = []
    for ref in REFS:
        for w in ALL:
            if SHORT[w] == ref.isoweekday():
                continue
            text = f"ive got the little uns from the dance school {w} between 2 and 3 for the mice bit"
            day = next_weekday(ref, SHORT[w])
            cases += [(text, ref, w, ("DATE", day.isoformat()))]
    check(cases)


def test_a_bare_list_after_were():
    cases = []
    for ref in REFS:
        if ref.isoweekday() < 4:
            continue
        text = "my shifts this week were mon tues and wed so im well rested"
        monday = ref - timedelta(days=ref.isoweekday() - 1)
        cases += [(text, ref, w, ("DATE", (monday + timedelta(days=SHORT[w] - 1)).isoformat())) for w in ("mon", "tues", "wed")]
    check(cases)


# 8. The other readings: nothing tagged as a day
NEGATIVES = ["we wed in june", "they wed at st marys in 2019", "finally got wed!!", "sat on the sofa all day",
             "sat down and cried", "i sat there for ages", "was sat in traffic for an hour", "the sun is out",
             "sun is out, get the bbq on", "sun is shining", "the sun is on my back", "alright mon", "yeah mon",
             "ya mon, no problem", "irie mon", "respect mon", "easy mon", "no problem mon", "cheers mon",
             "dont forget sun cream", "take the sat nav", "bring sun cream", "can take sat nav", "need sun hat",
             "soaking up some sun", "sitting in the sun", "we had sun all week", "lovely to get some sun",
             "the cat sat on the mat", "the couple wed at 10 in the morning", "we sat at 10 tables",
             "c'mon mon the hoops", "sun lounger booked", "do sun salutations every morning", "sat my exam today",
             "take sun and rain into account", "everyone sat at 10", "the couple wed at 10.", "having sat my exam i feel great",
             "the boat sat off the coast", "if sun is out we go to the beach", "so sun is shining", "catching some sun",
             "we are going out in sun", "keep sun off your face", "yeah mon see ya", "big up mon", "nice one mon",
             "she sat between tom and jo", "we sat between 2 and 3 hours", "come sun or rain", "make sun tea",
             "the flowers open in sun"]


def test_the_other_readings():
    bad = []
    for text in NEGATIVES:
        for ref in REFS[:7]:
            got = [w for w in WORDS if found(text, ref, w) is not None]
            if got:
                bad.append((text, ref, got))
                break
    assert not bad, f"{len(bad)} of {len(NEGATIVES)} tagged:\n" + "\n".join(map(str, bad))


# 9. The cases docs §98 quotes as done, word for word (tests/test_informal_doc_examples.py looks for them here), on a Tuesday
DOC_CASES = [("can I swap wed for something else?", "wed"), ("could you take my wed? x", "wed"),
             ("i can take dee's wed if she wants", "wed"), ("can anyone cover sat?", "sat"),
             ("I can do sun but not sat", "sun"), ("I can do sun but not sat", "sat"), ("can we move it to sun?", "sun"),
             ("I've got mon off so could meet", "mon"), ("booked sat off work", "sat"), ("cya sat!", "sat"),
             ("c ya wed x", "wed"), ("see youse sun", "sun"), ("catch ya sat", "sat"), ("speak mon", "mon"),
             ("yes sat is on, 11-4", "sat"), ("if wed is ok ill book it", "wed"), ("but sun is booked", "sun"),
             ("Jo: mon is no good, sorry", "mon"), ("sun suits me better", "sun"), ("we're doing a car boot sun", "sun"),
             ("shes having the kids sat", "sat"), ("physio sat at 11", "sat"), ("yep, theme drops wed, builds due after", "wed"),
             ("the new season starts sun", "sun"), ("I cyah reach mon, working till 8", "mon"), ("sorry cant make sat", "sat"),
             ("I'm down for sun but could swap", "sun"), ("ill be off mon doing paperwork", "mon"),
             ("the little uns from the dance school sat between 2 and 3 for the mice bit", "sat")]


def test_the_docs_cases():
    ref = date(2026, 2, 3)
    check([(text, ref, w, _plan(ref, w)) for text, w in DOC_CASES])
