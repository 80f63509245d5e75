"""Weekdays listed in order (thirty-sixth session, rota37; docs/informal-time.md §142): a rota, a sign-up list, a week's
plan or an itinerary written one day an item, each day heading its item before a name or a task ("rota below / Fri
Noreen / Sat Ger / Sun Mary / Mon Tom", "This week: Mon - bins, Tue - recycling", "Mon Jess | Tue Sam | Wed off"). The
first day takes its usual reading (a list of days to come: the next such day, the day of writing where the list opens
with its own weekday; under "this week": of the week of writing; a diary's past: the last such day); every later day is the first such day on or after the item before it, so
a list runs forward and may cross into the next week; a reply's bare weekday after the list ("Sun is grand for me if
Mary wants to swap") is the list's day.

The sentences are this session's own, written from the grammar of §142 in several voices (an Irish family's chat, a
British flat's washing-up rota, a US carpool, an Australian road trip, a Nigerian church's duty roster, an Indian
office's cleaning roster, a Caribbean band's practice plan, a Kiwi sports club's lifts); the days of writing are every
day of a March 2025 week, of the week of the 2026/27 turn, leap and common February ends and other month and year ends;
every value is computed here from the calendar. The look-alikes at the end keep the tagger's reading: "Sat" and "Sun"
as words, a list of names with no days, opening hours (sets), and a list told with no day heading its items."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import DAYS, WEEKDAY, check_untagged, next_weekday

from timeline_app.temporal import tag

REFS = [date(2025, 3, d) for d in range(10, 17)] + [date(2026, 12, 28) + timedelta(days=k) for k in range(7)] \
    + [date(2024, 2, 28), date(2024, 2, 29), date(2026, 2, 28), date(2025, 4, 30), date(2025, 8, 31), date(2025, 12, 31)]
# the ways the lists write a day: short as the posts write it (Irish and British "Tues", "Weds", "Thurs"), short in three
# letters, in full
NAMES = [["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"], DAYS, WEEKDAY]
PEOPLE = ["Noreen", "Ger", "Mary", "Tom", "Pádraig", "Jess", "Sam", "Raj", "Aroha", "Tunde", "Priya", "Shanice"]
TASKS = ["bins", "recycling", "garden waste", "hoover", "bathroom", "kitchen", "shopping", "drive up", "summit", "rest"]
# the steps from each day to the next (every day; every other day and back; a gap of a few days)
STEPS = [[1, 1, 1, 1, 1, 1], [2, 1, 2, 1], [1, 1, 3, 1, 2]]
# (heading, separator, item) in the voices of the docs: the heading before the first item, what parts the items
FRAMES = [
    ("rota below, text me if you can't do your night / ", " / ", "{D} {P}"),
    ("Hi all, washing-up rota below, swap if you need to:\n", "\n", "{D} - {P}"),
    ("Carpool this round\n", "\n", "{D}: {P} drives"),
    ("Road trip plan: ", ", ", "{D} {T}"),
    ("Beloved, kindly find the duty roster for ushering below\n", "\n", "{D} - Bro. {P}"),
    ("Cleaning roster pls follow\n", " | ", "{D} {P}"),
    ("Practice plan yuh hear\n- ", "\n- ", "{D}: {T}"),
    ("Lifts to training sorted, cheers team\n", "; ", "{D} {P}"),
]


def _days(ref: date, wd: int, steps: list[int]) -> list[date]:
    first = next_weekday(ref, wd)
    return [first + timedelta(days=sum(steps[:k])) for k in range(len(steps) + 1)]


def _check_lists(cases) -> None:
    """Each (text, day of writing, [(expression, want)]) in the order the text names them: tagged once, every item's
    (type, value) must be what the calendar says; lists the first 25 wrong."""
    wrong = []
    for text, ref, want in cases:
        tags = tag(text, ref)
        got = []
        for expr, _ in want:
            hit = next((t for t in tags if t.expression == expr and t not in got), None)
            got.append(hit)
        for (expr, value), hit in zip(want, got):
            if hit is None or (hit.timex_type, hit.timex_value) != value:
                wrong.append(f"{ref} {text!r}: {expr!r} -> {hit and (hit.timex_type, hit.timex_value)} (want {value}; all: "
                             f"{[(t.expression, t.timex_value) for t in tags]})")
    assert not wrong, f"{len(wrong)} of {sum(len(w) for _, _, w in cases)} wrong:\n" + "\n".join(wrong[:25])


def _list(days: list[date], names: list[str], sep: str, item: str, k: int) -> tuple[str, list]:
    items, want = [], []
    for i, day in enumerate(days):
        d = names[day.isoweekday() - 1]
        items.append(item.format(D=d, P=PEOPLE[(i + k) % len(PEOPLE)], T=TASKS[(i + k) % len(TASKS)]))
        want.append((d, ("DATE", day.isoformat())))
    return sep.join(items), want


def _forward_cases():
    cases = []
    for r, ref in enumerate(REFS):
        for wd in range(1, 8):
            if wd == ref.isoweekday():
                continue   # a list opened by the day of writing's own weekday: below
            for f, (head, sep, item) in enumerate(FRAMES):
                steps = STEPS[(wd + f) % len(STEPS)]
                body, want = _list(_days(ref, wd, steps), NAMES[(r + f) % len(NAMES)], sep, item, wd + f)
                cases.append((head + body, ref, want))
    return cases


def test_a_list_of_days_runs_forward():
    _check_lists(_forward_cases())


def test_a_list_opened_by_the_days_own_weekday_starts_that_day():
    # a rota posted on a Saturday that opens "Sat Noreen": that day, the first of the days to come (no verb says a week on)
    cases = []
    for r, ref in enumerate(REFS):
        for f, (head, sep, item) in enumerate(FRAMES):
            days = [ref + timedelta(days=k) for k in range(4)]
            body, want = _list(days, NAMES[(r + f) % len(NAMES)], sep, item, f)
            cases.append((head + body, ref, want))
    _check_lists(cases)


REPLIES = [
    "\n\n{D} is grand for me if {P} wants to swap",
    "\n\nReply: can do {D} instead of {P} if that helps",
    "\n\n{P}: {D} suits me better tbh, anyone?",
]


def test_a_reply_reads_the_lists_day():
    cases = []
    for r, ref in enumerate(REFS):
        for wd in range(1, 8):
            if wd == ref.isoweekday():
                continue
            for f, (head, sep, item) in enumerate(FRAMES[:4]):
                days = _days(ref, wd, [1, 1, 1, 1])
                names = NAMES[(r + f) % len(NAMES)]
                body, want = _list(days, names, sep, item, f)
                pick = days[2]
                d = names[pick.isoweekday() - 1]
                reply = REPLIES[(wd + f) % len(REPLIES)].format(D=d, P=PEOPLE[(2 + f) % len(PEOPLE)])
                cases.append((head + body + reply, ref, want + [(d, ("DATE", pick.isoformat()))]))
    _check_lists(cases)


def test_the_first_item_under_this_week_is_of_the_week_of_writing():
    # "This week: Mon - bins, Tue - recycling, Wed - garden waste": of the ISO week of writing (written Monday to
    # Saturday; a Sunday's "this week" is read by the tagger as the week to come, not this class's), and a list that
    # runs past Sunday crosses into the next week
    cases = []
    for ref in REFS:
        if ref.isoweekday() == 7:
            continue
        monday = ref - timedelta(days=ref.isoweekday() - 1)
        for f, (head, sep) in enumerate([("This week: ", ", "), ("Rota this week\n", "\n"), ("This week's jobs:\n", " / ")]):
            for start in (0, 4):
                days = [monday + timedelta(days=start + k) for k in range(4)]
                body, want = _list(days, NAMES[f % len(NAMES)], sep, "{D} - {T}", start)
                cases.append((head + body, ref, want))
    _check_lists(cases)


DIARY = ["rained", "rained again", "drove to Galway", "stayed in, was knackered", "went to the markets", "sun at last"]


def test_a_diary_of_days_gone_keeps_its_past():
    # "Mon: rained. Tue: rained again. Wed: sun at last", posted after them: the first the last such day, the rest on
    cases = []
    for r, ref in enumerate(REFS):
        for back in (4, 5, 6):
            days = [ref - timedelta(days=back - k) for k in range(back)]
            names = NAMES[r % len(NAMES)]
            for sep in (". ", "\n"):
                body = sep.join(f"{names[d.isoweekday() - 1]}: {DIARY[i % len(DIARY)]}" for i, d in enumerate(days))
                want = [(names[d.isoweekday() - 1], ("DATE", d.isoformat())) for d in days]
                cases.append(("Holiday diary lol\n" + body, ref, want))
    _check_lists(cases)


def test_look_alikes_keep_their_reading():
    check_untagged([
        ("Sat on the bench all day. Sun's out now", ["Sat", "Sun"]),
        ("Sat in traffic for an hour / Sun in my eyes the whole way / Mary drove home", ["Sat", "Sun"]),
        ("did you see the Sun today / Mary's in it / Tom too", ["Sun"]),
    ], REFS[:7])
    # opening hours are a habit's days (sets), as the tagger reads them
    for ref in REFS[:7]:
        for text in ("Opening hours: Mon 9-5, Tue 9-5, Wed 9-5, Sat 10-2", "Opening hours\nMon 9-5\nTue 9-5\nWed 9-5"):
            sets = {t.expression: (t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression in DAYS}
            assert sets == {d: ("SET", f"XXXX-WXX-{DAYS.index(d) + 1}") for d in sets} and len(sets) >= 3, (ref, text, sets)
