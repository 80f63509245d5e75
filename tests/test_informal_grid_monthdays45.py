"""monthdays45's classes of the forty-fifth session (docs/informal-time.md §254, §255): days of the month told without
their month.

§254: a schedule's weekday and bare day ("Mon 3 & Tue 4 closed", "Wed 5 Victoria Falls, full day", "Fri 7 Morne
Diablotin, 5am start"): the day where the weekday and the day agree near the day of writing (the one to come leans
ahead by 20 days, as a bare "the 14th" in the present does), none further than 38 days: else the weekday alone; a
number the weekday's day of the month is not near, followed by "from", is an hour ("yep Saturday 11 from the church").
Negatives: counts ("Fri 7 people came", "Mon 3 Goals").

§255: "the Nth" joined to a holiday ("Boxing Day n the 27th", "New Year's Day and the 2nd off") or said of one ("Anzac
Day's the 25th"), after a verb of travel in the present ("we land the 29th around 11": the next such day), a range of
days after an event's name ("NAIDOC 7th to 14th"). Negatives: ordinals of nouns next to a holiday.

Every sentence is this session's own; every expected value is computed here from the calendar with datetime."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, found

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]   # every third day of two years
SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PLACES = ["Victoria Falls", "Boiling Lake", "Harbour Walk", "Museum", "Pier"]
_AHEAD = 20   # days a day gone costs against one to come (no verb, or the present)
_AGREE = 38   # days: no nearer agreement, no day of the month


def _month_days(ref: date, n: int, reach: int = 1):
    """The days numbered n of the months around the day of writing's (``reach`` months either side)."""
    out = []
    for k in range(-reach, reach + 1):
        y, m = ref.year + (ref.month - 1 + k) // 12, (ref.month - 1 + k) % 12 + 1
        try:
            out.append(date(y, m, n))
        except ValueError:
            pass
    return out


def agreeing(ref: date, wd: int, n: int) -> date | None:
    """The day numbered n falling on weekday wd (1 = Monday) nearest the day of writing, a day gone costing 20 days more;
    None where the nearest so reckoned is more than 38 days away."""
    best = None
    for d in _month_days(ref, n, 3):
        if d.isoweekday() != wd:
            continue
        cost = abs((d - ref).days) + (_AHEAD if d < ref else 0)
        if best is None or cost < best[0]:
            best = (cost, d)
    if best is None or abs((best[1] - ref).days) > _AGREE:
        return None
    return best[1]


def schedule_cases():
    """(text, ref, expression, wd, n): a schedule's pairs, every weekday with days 1-28 over the grid's days."""
    out = []
    for k, ref in enumerate(REFS):
        for wd in range(1, 8):
            n = 1 + (k * 5 + wd * 3) % 28
            s = SHORT[wd - 1]
            nxt = SHORT[wd % 7]
            frames = [(f"{s} {n} closed, sorry folks", f"{s} {n}"),
                      (f"Trip plan:\n{s} {n} {PLACES[k % len(PLACES)]}, full day\nrest after", f"{s} {n}"),
                      (f"Opening times\n{s} {n} & {nxt} {n % 28 + 1} closed", f"{s} {n}"),
                      (f"Market this month\n{s} {n} 10am-2pm, stalls £5", f"{s} {n}")]
            text, expr = frames[(k + wd) % len(frames)]
            out.append((text, ref, expr, wd, n))
    return out


def test_schedule_pairs_agreeing():
    cases = []
    for text, ref, expr, wd, n in schedule_cases():
        day = agreeing(ref, wd, n)
        if day is not None:
            cases.append((text, ref, expr, ("DATE", day.isoformat())))
    assert len(cases) > 120
    check(cases)


def test_schedule_pairs_not_agreeing_are_the_weekday_alone():
    wrong, total = [], 0
    for text, ref, expr, wd, n in schedule_cases():
        if agreeing(ref, wd, n) is not None:
            continue
        total += 1
        got = found(text, ref, expr) or found(text, ref, SHORT[wd - 1])
        ok = got is not None and got[0] == "DATE" and (d := date.fromisoformat(got[1])).isoweekday() == wd \
            and abs((d - ref).days) <= 7
        if not ok:
            wrong.append(f"{ref} {text!r}: {got}")
    assert total > 500
    assert not wrong, f"{len(wrong)} of {total} wrong:\n" + "\n".join(wrong[:25])


def test_counts_after_a_weekday_are_no_day():
    cases = []
    for k, ref in enumerate(REFS[::4]):
        for wd in range(1, 8):
            n = 1 + (k + wd * 5) % 12
            s = SHORT[wd - 1]
            text = [f"{s} {n} people came to the quiz", f"{FULL[wd - 1]} {n} Goals and a red card", f"{s} {n} Things to do"][(k + wd) % 3]
            expr = text.split(" ")[0] + f" {n}"
            cases.append((text, ref, expr, None))
    check(cases)


def test_an_hour_after_a_weekday_no_day_agrees_with():
    cases = []
    for k, ref in enumerate(REFS):
        wd = 1 + k % 7
        for h in (7, 9, 10, 11):
            if any((d := ref + timedelta(days=j)).day == h and d.isoweekday() == wd for j in range(-7, 15)):
                continue
            on = ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)
            cases.append((f"yep {FULL[wd - 1]} {h} from the church, dress warm", ref, f"{FULL[wd - 1]} {h}",
                          ("TIME", f"{on.isoformat()}T{h:02d}:00")))
    assert len(cases) > 600
    check(cases)


def _after(ref: date, n: int) -> date:
    """The first day numbered n after the day of writing."""
    return min(d for d in _month_days(ref, n) + _month_days(ref + timedelta(days=31), n) if d > ref)


def test_a_day_told_with_a_holiday():
    cases = []
    for k, ref in enumerate(REFS):
        if date(ref.year, 9, 1) <= ref <= date(ref.year, 12, 20):
            frame = ["we do Boxing Day n the 27th usually", "Open Boxing Day and the 27th, closed after",
                     "Christmas Eve & the 23rd are the busy ones"][k % 3]
            expr, day = ("the 23rd", 23) if "23rd" in frame else ("the 27th", 27)
            cases.append((frame, ref, expr, ("DATE", date(ref.year, 12, day).isoformat())))
        if date(ref.year, 11, 20) <= ref <= date(ref.year, 12, 28):
            frame = ["We're taking New Year's Day and the 2nd off, back Tuesday", "closed NYD & the 2nd, sorry"][k % 2]
            cases.append((frame, ref, "the 2nd", ("DATE", date(ref.year + 1, 1, 2).isoformat())))
        if date(ref.year, 2, 1) <= ref <= date(ref.year, 4, 15):
            frame = ["Anzac Day's the 25th and a Saturday", "heads up, Anzac Day’s the 25th so the shop shuts"][k % 2]
            cases.append((frame, ref, "the 25th", ("DATE", date(ref.year, 4, 25).isoformat())))
    assert len(cases) > 140
    check(cases)


def test_a_day_after_a_verb_of_travel_is_to_come():
    cases = []
    for k, ref in enumerate(REFS):
        n = 1 + (k * 7) % 28
        if n == ref.day:
            continue
        frame = ["We land the {o} around 11 in the morning.", "I fly out the {o}, see you after",
                 "she's arriving the {o} so keep the room"][k % 3]
        o = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
        cases.append((frame.format(o=o), ref, f"the {o}", ("DATE", _after(ref, n).isoformat())))
    check(cases)


def test_a_range_after_an_events_name():
    cases = []
    for k, ref in enumerate(REFS):
        if ref.day > 5 or ref.month == 2:
            continue
        a, b = 7 + k % 5, 14 + k % 7
        frame = ["NAIDOC {a}th to {b}th I'm all yours", "Fringe week {a}th-{b}th, tickets now"][k % 2]
        text = frame.format(a=a, b=b)
        cases.append((text, ref, f"{a}th", ("DATE", date(ref.year, ref.month, a).isoformat())))
        cases.append((text, ref, f"{b}th", ("DATE", date(ref.year, ref.month, b).isoformat())))
    assert len(cases) > 20
    check(cases)


def test_ordinals_beside_a_holiday_are_no_day():
    cases = []
    for ref in REFS[::6]:
        cases += [("we were on the 2nd floor and Boxing Day was quiet", ref, "the 2nd", None),
                  ("Henry the 8th and Christmas, what a pair", ref, "the 8th", None),
                  ("Christmas and the 5th time I've burnt the turkey", ref, "the 5th", None),
                  ("the 5th-6th grade show is on", ref, "5th", None)]
    check(cases)


def test_the_catalogues_cases():
    """The rows of §254 and §255 (docs/informal-time.md), values from the calendar: 29 October 2025 is a Wednesday, so
    Monday 3, Tuesday 4, Wednesday 5 November; 9 October 2025 a Thursday; 7 January 2023 a Saturday."""
    w = date(2025, 10, 29)
    check([("Mon 3 & Tue 4 closed", w, "Mon 3", ("DATE", "2025-11-03")),
           ("Mon 3 & Tue 4 closed", w, "Tue 4", ("DATE", "2025-11-04")),
           ("Wed 5 Victoria Falls, full day", w, "Wed 5", ("DATE", "2025-11-05")),
           ("Sat 8 10am-2pm", date(2025, 11, 1), "Sat 8", ("DATE", "2025-11-08")),
           ("Fri 7 people came", w, "Fri 7", None),
           ("Mon 3 Goals", w, "Mon 3", None),
           ("Sat 4 Things to do", w, "Sat 4", None),
           ("Thu 9 closed", w, "Thu 9", ("DATE", "2025-10-09")),
           ("yep Saturday 11 from the church", date(2023, 1, 3), "Saturday 11", ("TIME", "2023-01-07T11:00")),
           ("we do Boxing Day n the 27th usually", w, "the 27th", ("DATE", "2025-12-27")),
           ("We're taking New Year's Day and the 2nd off", date(2022, 12, 28), "the 2nd", ("DATE", "2023-01-02")),
           ("Anzac Day's the 25th and a Saturday", date(2026, 3, 30), "the 25th", ("DATE", "2026-04-25")),
           ("We land the 29th around 11 in the morning.", date(2025, 12, 27), "the 29th", ("DATE", "2025-12-29")),
           ("We land the 29th around 11 in the morning.", date(2025, 12, 27), "11 in the morning", ("TIME", "2025-12-29T11:00")),
           ("I fly out the 27th", date(2024, 6, 28), "the 27th", ("DATE", "2024-07-27")),
           ("NAIDOC 7th to 14th", date(2024, 6, 28), "7th", ("DATE", "2024-07-07")),
           ("NAIDOC 7th to 14th", date(2024, 6, 28), "14th", ("DATE", "2024-07-14"))])
