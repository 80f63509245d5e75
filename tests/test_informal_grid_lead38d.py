"""The lead's fourth class of the thirty-seventh session (docs/informal-time.md §158): a day told from a holiday, "the
Friday before Christmas", "the day after Boxing Day", "the weekend after Diwali", "the Saturday after the bank holiday",
is two TIMEX3 outside a narrative: the day counted ("the Friday", its value told from the holiday, as before) and the
holiday ("Christmas", its own day), the signal outside both, as the fresh sets' written conventions ("[the Friday]
before [Christmas]") and TimeBank write such phrases (TimeML has no nesting). In a narrative (a history) the phrase
stays one, as WikiWars writes anchored phrases.

The sentences are this session's own; the days of writing every fourth day of two years; values from the calendar
here."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from gridcheck import WEEKDAYS, check, found

REFS = [date(2024, 1, 2) + timedelta(days=4 * k) for k in range(183)]
HOLIDAYS = [("Christmas", lambda y: date(y, 12, 25)), ("Easter", easter), ("Boxing Day", lambda y: date(y, 12, 26)),
            ("Halloween", lambda y: date(y, 10, 31))]
FRAMES = ["we're closed {p}, back after that 🙂", "can we do {p} instead?", "@mags the party's {p}!!"]


def _next(day, ref: date) -> date | None:
    """The holiday's next day at least a fortnight after the day of writing (a plan's holiday to come), none when one
    fell in the fortnight before it (which "the day after Halloween" written on 1 November may mean)."""
    if any(0 <= (ref - day(y)).days <= 14 for y in (ref.year - 1, ref.year)):
        return None
    d = next(x for x in (day(ref.year), day(ref.year + 1)) if x > ref)
    return d if (d - ref).days >= 14 else None


def cases():
    out = []
    for i, ref in enumerate(REFS):
        name, day = HOLIDAYS[i % len(HOLIDAYS)]
        hol = _next(day, ref)
        if hol is None:
            continue
        wd = 1 + i % 7
        side = 1 if i % 2 else -1
        step = (wd - hol.isoweekday()) % 7 or 7 if side > 0 else -((hol.isoweekday() - wd) % 7 or 7)
        head = f"the {WEEKDAYS[wd - 1]}"
        text = FRAMES[i % len(FRAMES)].format(p=f"{head} {'after' if side > 0 else 'before'} {name}")
        out.append((text, ref, head, ("DATE", (hol + timedelta(days=step)).isoformat())))
        out.append((text, ref, name, ("DATE", hol.isoformat())))
        text = FRAMES[(i + 1) % len(FRAMES)].format(p=f"the day {'after' if side > 0 else 'before'} {name}")
        out.append((text, ref, "the day", ("DATE", (hol + timedelta(days=side)).isoformat())))
        out.append((text, ref, name, ("DATE", hol.isoformat())))
    return out


def test_a_day_told_from_a_holiday_is_the_day_and_the_holiday():
    check(cases())


def test_in_a_narrative_the_phrase_stays_one():
    from timeline_app.temporal import tag
    for y in range(1900, 1990, 7):
        text = f"The armistice was signed in November {y}. The troops marched home the Friday before Christmas."
        got = {t.expression: t.timex_value for t in tag(text, date(2020, 1, 1), mode="narrative")}
        xmas = date(y, 12, 25)
        fri = xmas - timedelta(days=(xmas.isoweekday() - 5) % 7 or 7)
        assert got.get("the Friday before Christmas") == fri.isoformat(), (y, got)


def test_the_grid_is_not_empty():
    assert len(cases()) > 400
    assert found("can we do the day after Boxing Day instead?", date(2025, 3, 5), "Boxing Day") == ("DATE", "2025-12-26")
