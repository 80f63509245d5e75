"""A bare weekday's direction (past or future) and week in informal writing, as a TABLE (twenty-sixth session,
weekdays27; docs/informal-time.md, "A bare weekday's direction and week in informal writing, as a table of verb forms
and frames (twenty-sixth session, weekdays27)").

Rows: the verb form of the weekday's clause (past simple, present perfect with "since", a present of a timetable, the
present progressive of an arrangement, going to / gonna, will / 'll / "ill", modals, imperatives, be + off/free/back,
questions, no verb, negation). Columns: the frame ("this week", "next week", "last week", "on", "by", "til", "since",
"from", "every" / a plural, none). Each cell is crossed with every day of writing of two weeks (a March week of 2025,
the turn of 2026/27), i.e. with the named weekday earlier in the week, later, and the same day. The value is computed
here from the calendar (``datetime``), never from the tagger:

- past, no week: the last such day before the day of writing; not past: the next one after it; "since": the last one;
  "every"/a plural: the SET ``XXXX-WXX-n``;
- "this week": the ISO week of the day of writing, gone days included (written on a Sunday, a clause not in the past
  names the week that begins the next day, the project's convention); "next week"/"last week": the ISO week after /
  before;
- the day of writing's own weekday without a week: the text does not decide (today or a week away): not asked.

Look-alikes that must stay untagged ("sat" and "weds" the verbs, "the sun", "ill" the adjective) are at the end.
"""
from __future__ import annotations

# the cases docs/informal-time.md quotes, each on one line (tests/test_informal_doc_examples.py finds them here):
# "my shifts this week are tues and weds" / "ill read it weds" / "ill ring u mon" / "im off tues and thurs this week"
# "this week im on tues and fri" / "call me mon x" / "can you do it sat?" / "ill leave it sat there"
# "this week im working tues" / "my shift this week is monday" / "I'm working Tuesday and Friday this week"
# "im off thurs and fri next week" / "I'll call you sat then" / "gonna see them sun"
# "off sat & sun then back on days from mon" / "left mine at my maw's on sunday" / "was round Dave's on friday"

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, found

# days of writing: every weekday of a March week (Mon 3 .. Sun 9 March 2025) and of the turn of 2026/27
REFS = [date(2025, 3, 3) + timedelta(days=i) for i in range(7)] + \
       [date(2026, 12, 28) + timedelta(days=i) for i in range(7)]

SHORT = {1: "mon", 2: "tues", 3: "weds", 4: "thurs", 5: "fri", 6: "sat", 7: "sun"}
SAFE_SHORT = {2: "tues", 4: "thurs", 5: "fri"}   # short forms that are no English word


def _monday(ref: date) -> date:
    return ref - timedelta(days=ref.isoweekday() - 1)


def _last(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.isoweekday() - wd) % 7 or 7)


def _next(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)


def expected(ref: date, wd: int, direction: str, frame: str):
    """(type, value) the table gives, or "skip" where the text does not decide (or says nothing natural)."""
    same = wd == ref.isoweekday()
    if frame == "every":
        return "SET", f"XXXX-WXX-{wd}"
    if frame == "next":
        return "DATE", (_monday(ref) + timedelta(days=7 + wd - 1)).isoformat()
    if frame == "last":
        return "DATE", (_monday(ref) + timedelta(days=-7 + wd - 1)).isoformat()
    if frame in ("this", "this_present", "this_plan"):
        sunday = ref.isoweekday() == 7
        ahead = sunday and direction != "past"
        if direction == "past" and wd > ref.isoweekday():
            return "skip"   # a past of a day still to come in the week: no English
        if frame == "this_plan" and not ahead and wd < ref.isoweekday():
            return "skip"   # "this week ill do it tues" written on a Thursday: no English
        return "DATE", (_monday(ref) + timedelta(days=(7 if ahead else 0) + wd - 1)).isoformat()
    if same:
        return "skip"   # today or a week away: not decided by the text
    if frame == "since" or direction == "past":
        return "DATE", _last(ref, wd).isoformat()
    return "DATE", _next(ref, wd).isoformat()


# (row, template, direction, frame); {d} the weekday as written
TABLE = [
    # past simple
    ("past", "was off {d}", "past", "none"),
    ("past", "was off on {d}, back now", "past", "on"),
    ("past", "went to the gym {d} and it was rammed", "past", "none"),
    ("past", "had it all sorted by {d}", "past", "by"),
    ("past", "was off {d} last week", "past", "last"),
    ("past", "last week i was off {d}", "past", "last"),
    ("past", "i was off {d} this week", "past", "this"),
    ("past", "this week i was off {d} and it was bliss", "past", "this"),
    ("past", "was off sick til {d}", "past", "none"),
    # present perfect
    ("perfect", "have had a cold since {d}", "past", "since"),
    ("perfect", "ive been off since {d}", "past", "since"),
    ("perfect", "shes been in hospital since {d} x", "past", "since"),
    # present simple of a timetable, one week's
    ("schedule", "the bins go out {d}", "future", "none"),
    ("schedule", "the bins go out on {d}", "future", "on"),
    ("schedule", "my shift this week is {d}", "future", "this_present"),
    ("schedule", "this week the bins go out {d}", "future", "this_present"),
    ("schedule", "the bins go out {d} this week", "future", "this_present"),
    ("schedule", "my shifts next week are {d}", "future", "next"),
    ("schedule", "the cafe opens from {d}", "future", "from"),
    ("schedule", "the bins go out every {d}", "future", "every"),
    # present progressive with future sense
    ("progressive", "im working {d}", "future", "none"),
    ("progressive", "I'm working on {d}", "future", "on"),
    ("progressive", "this week im working {d}", "future", "this_present"),
    ("progressive", "im working {d} this week", "future", "this_present"),
    ("progressive", "im working {d} next week", "future", "next"),
    ("progressive", "next week im working {d}", "future", "next"),
    # going to / gonna
    ("going_to", "gonna go {d}", "future", "none"),
    ("going_to", "im going to ring her on {d}", "future", "on"),
    ("going_to", "gonna get it done by {d}", "future", "by"),
    ("going_to", "gonna go {d} next week", "future", "next"),
    # will / 'll / ill
    ("will", "ill see you on {d}", "future", "on"),
    ("will", "I'll have it done by {d}", "future", "by"),
    ("will", "ill be off til {d}", "future", "til"),
    ("will", "we'll go {d} next week", "future", "next"),
    ("will", "this week ill do it {d}", "future", "this_plan"),
    # modals
    ("modal", "can u do {d}?", "future", "none"),
    ("modal", "cant do {d}, sorry", "future", "none"),
    ("modal", "should be done by {d}", "future", "by"),
    ("modal", "might pop in {d}", "future", "none"),
    ("modal", "must finish it by {d}", "future", "by"),
    ("modal", "can you do {d} next week?", "future", "next"),
    # imperatives
    ("imperative", "come round {d}", "future", "none"),
    ("imperative", "come round on {d}", "future", "on"),
    ("imperative", "let me know by {d}", "future", "by"),
    ("imperative", "come round {d} next week", "future", "next"),
    # be + a state
    ("be_state", "shes back {d}", "future", "none"),
    ("be_state", "im off {d}", "future", "none"),
    ("be_state", "im free on {d}", "future", "on"),
    ("be_state", "im off til {d}", "future", "til"),
    ("be_state", "im off from {d}", "future", "from"),
    ("be_state", "im busy {d} this week", "future", "this_present"),
    ("be_state", "this week im free {d}", "future", "this_present"),
    ("be_state", "im off {d} next week", "future", "next"),
    # questions
    ("question", "you free {d}?", "future", "none"),
    ("question", "are you around {d}?", "future", "none"),
    ("question", "you free {d} next week?", "future", "next"),
    ("question", "did you go {d}?", "past", "none"),
    # no verb
    ("no_verb", "ugh, deadline {d} 😬", "future", "none"),
    ("no_verb", "this week: {d} - swim", "future", "this_present"),
    ("no_verb", "next week: {d} - swim", "future", "next"),
    # negation
    ("negation", "not working {d}", "future", "none"),
    ("negation", "wont be in {d}", "future", "none"),
    ("negation", "didnt go in {d}", "past", "none"),
    ("negation", "never went {d} in the end", "past", "none"),
]


def _written(wd: int, k: int) -> str:
    """The weekday as the k-th frame writes it: lower case, a safe short form or capitalised, in turn."""
    name = WEEKDAYS[wd - 1]
    return (name.lower(), SAFE_SHORT.get(wd, name.lower()), name)[k % 3]


def _expression(template: str, d: str) -> str:
    """The expression the frame's weekday makes: joined to a week right after it ("tues this week") or after "every"."""
    for week in ("this week", "next week", "last week"):
        if "{d} " + week in template:
            return f"{d} {week}"
    return f"every {d}" if "every {d}" in template else d


def _cases(rows):
    cases = []
    for k, (row, template, direction, frame) in enumerate(TABLE):
        if row not in rows:
            continue
        for ref in REFS:
            for wd in range(1, 8):
                want = expected(ref, wd, direction, frame)
                if want == "skip":
                    continue
                d = _written(wd, k)
                cases.append((template.format(d=d), ref, _expression(template, d), want))
    return cases


def test_the_past_rows():
    check(_cases({"past", "perfect", "negation", "question"}))


def test_the_present_rows():
    check(_cases({"schedule", "progressive", "be_state", "no_verb"}))


def test_the_future_rows():
    check(_cases({"going_to", "will", "modal", "imperative"}))


def test_every_and_plurals_are_sets():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            name = WEEKDAYS[wd - 1]
            want = ("SET", f"XXXX-WXX-{wd}")
            cases.append((f"im off every {name.lower()}", ref, f"every {name.lower()}", want))
            cases.append((f"i work {name.lower()}s", ref, f"{name.lower()}s", want))
            cases.append((f"used to work {name}s", ref, f"{name}s", want))
    check(cases)


# "this week" or "next week" named in the clause, the weekdays a list: every one that week's
LIST_FRAMES = [
    ("my shifts this week are {a} and {b}", "this_present"),
    ("this week im on {a} and {b}", "this_present"),
    ("im off {a} and {b} this week", "this_present"),
    ("I'm working {A} and {B} this week", "this_present"),
    ("my shifts next week are {a} and {b}", "next"),
    ("im off {a} and {b} next week", "next"),
]


def test_a_list_of_days_in_the_clause_of_a_week():
    cases = []
    for ref in REFS:
        for wa in range(1, 8):
            wb = wa % 7 + 1
            if wb < wa:
                continue   # (a list in the week's order)
            for k, (template, frame) in enumerate(LIST_FRAMES):
                a, b = SHORT[wa] if wa in SAFE_SHORT else WEEKDAYS[wa - 1].lower(), \
                    SHORT[wb] if wb in SAFE_SHORT else WEEKDAYS[wb - 1].lower()
                text = template.format(a=a, b=b, A=WEEKDAYS[wa - 1], B=WEEKDAYS[wb - 1])
                for word, wd in ((WEEKDAYS[wa - 1] if "{A}" in template else a, wa),
                                 (WEEKDAYS[wb - 1] if "{B}" in template else b, wb)):
                    cases.append((text, ref, word, expected(ref, wd, "future", frame)))
    # the last of the list is joined to its week ("thurs this week"): the expression is the pair
    cases = [(t, r, (f"{w} this week" if t.endswith(f"{w} this week") else f"{w} next week" if t.endswith(f"{w} next week") else w), v)
             for t, r, w, v in cases]
    check(cases)


# the short forms that are also words, right after an object pronoun under a future, a modal or an imperative
OBJECT_FRAMES = [
    "ill read it {w}",
    "ill ring u {w}",
    "I'll call you {w} then",
    "can you do it {w}?",
    "call me {w} x",
    "gonna see them {w}",
]


def test_a_short_weekday_after_an_object_pronoun():
    cases = []
    for ref in REFS:
        for wd, w in list(SHORT.items()) + [(3, "wed")]:
            if wd == ref.isoweekday():
                continue
            for f in OBJECT_FRAMES:
                cases.append((f.format(w=w), ref, w, ("DATE", _next(ref, wd).isoformat())))
    check(cases)


# shapes the readable halves showed (docs: "Shapes the readable halves showed")
def test_a_list_joined_by_an_ampersand_gives_no_past():
    cases = []
    for ref in REFS:
        if ref.isoweekday() >= 6:
            continue   # (the weekend's own days: today or a week away)
        sunday = _next(ref, 7)
        for wd in (1, 2):   # the days after the weekend named: "then back on days from mon"
            d = SHORT[wd]
            for joint in (" & ", " + ", " and "):
                text = f"off sat{joint}sun then back on days from {d}"
                cases.append((text, ref, d, ("DATE", (sunday + timedelta(days=wd)).isoformat())))
    check(cases)


def test_a_possessive_place_is_no_is():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            if wd == ref.isoweekday():
                continue
            name = WEEKDAYS[wd - 1].lower()
            for f in ("left mine at my maw's on {d}", "was round Dave's on {d}", "left my charger at my nan's {d}"):
                cases.append((f.format(d=name), ref, name, ("DATE", _last(ref, wd).isoformat())))
            # kept: a noun's "'s" that is "is" ("the party's on Friday")
            cases.append((f"the party's on {name}", ref, name, ("DATE", _next(ref, wd).isoformat())))
    check(cases)


LOOK_ALIKES = [
    ("saw them sat on the wall outside", "sat"),
    ("ill leave it sat there till it cools", "sat"),
    ("we sat in the sun all afternoon", "sun"),
    ("we sat in the sun all afternoon", "sat"),
    ("she weds him in june apparently", "weds"),
    ("they had us sat at the back", "sat"),
    ("i'll put it in the sun", "sun"),
    ("can you leave it sat in the box", "sat"),
    ("let it sit, dont leave it sat out", "sat"),
]


def test_look_alikes_stay_untagged():
    bad = [(ref, text, word) for ref in REFS for text, word in LOOK_ALIKES if found(text, ref, word) is not None]
    assert not bad, bad


def test_ill_the_adjective_keeps_the_past():
    cases = []
    for ref in REFS:
        for wd in range(1, 8):
            if wd == ref.isoweekday():
                continue
            name = WEEKDAYS[wd - 1].lower()
            cases.append((f"felt ill on {name} and went home", ref, name, ("DATE", _last(ref, wd).isoformat())))
    check(cases)
