"""What the informal grids of sentences share: the expression a tagger run finds, and one assertion
that lists every wrong case of a grid at once (``tests/test_informal_grid_recall2.py`` and
``tests/test_informal_grid_fresh16.py``; pytest puts ``tests/`` on the path, as for ``conftest``).
A grid is data: (sentence, day of writing, expression, (TIMEX3 type, value) or None), the values
computed from the calendar by the grid itself."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.easter import easter

from timeline_app.temporal import tag


def next_weekday(ref: date, wd: int) -> date:
    """The next such weekday after the day of writing (1 = Monday)."""
    return ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)


def last_weekday(ref: date, wd: int) -> date:
    """The last such weekday before the day of writing (1 = Monday)."""
    return ref - timedelta(days=(ref.isoweekday() - wd) % 7 or 7)


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The n-th such weekday (1 = Monday) of the month; n = -1 the last."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - wd) % 7)


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def other_weekdays(ref: date) -> list[tuple[int, str]]:
    """(weekday number, name) of every weekday but the day of writing's own (whose reading, today or a week
    away, is not what the grids that use this ask)."""
    return [(n, name) for n, name in enumerate(WEEKDAYS, 1) if n != ref.isoweekday()]


def found(text: str, ref: date, expr: str):
    """(type, value) of the expression ``expr`` as the tagger finds it in ``text``, or None."""
    return next(((t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == expr), None)


def check(cases) -> None:
    """Every case's expression must be found with its (type, value); lists the first 25 wrong."""
    wrong = []
    for text, ref, expr, want in cases:
        got = found(text, ref, expr)
        if got != want:
            wrong.append(f"{ref} {text!r}: {expr!r} -> {got} (want {want}; all: "
                         f"{[(t.expression, t.timex_value) for t in tag(text, ref)]})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:25])


def check_hours(cases) -> None:
    """(hours41, hours42) Every bare hour of each text found, in its order, with its (type, value): cases are (text, day
    of writing, [(expression, (type, value)), ...]); lists the first 25 wrong texts."""
    wrong = []
    for text, ref, want in cases:
        got = [(t.expression, (t.timex_type, t.timex_value)) for t in tag(text, ref) if t.expression.isdigit()]
        if got != want:
            wrong.append(f"{ref} {text!r}: {got} (want {want})")
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong:\n" + "\n".join(wrong[:25])


def check_untagged(pairs, refs) -> None:
    """Each (text, expressions) of ``pairs``, tagged on every day of ``refs``, yields none of its expressions (a grid's
    look-alikes: scores, ages, prices, counts); lists the first 25 tagged."""
    bad = []
    for ref in refs:
        for text, exprs in pairs:
            got = {t.expression for t in tag(text, ref)}
            if got & set(exprs):
                bad.append((ref, text, sorted(got)))
    assert not bad, f"{len(bad)} tagged:\n" + "\n".join(map(str, bad[:25]))


def habit_time(h: int, m: int) -> tuple[str, str]:
    """(type, value) of a clock time of no particular day (a habit's or a standing arrangement's hour)."""
    return "TIME", f"XXXX-XX-XXT{h:02d}:{m:02d}"


def time_on(day: date, h: int, m: int) -> tuple[str, str]:
    """(type, value) of a clock time on that day."""
    return "TIME", f"{day.isoformat()}T{h:02d}:{m:02d}"


def tagged_look_alikes(frame: str, numbers: list[str], refs, day_words) -> list:
    """The cases of a look-alike frame ("we won 3-1 {d}") in which a number that must stay untagged was tagged:
    (day of writing, text, expressions found), for each day of writing and each day word put in for ``{d}``."""
    bad = []
    for ref in refs:
        for word, _n in day_words:
            text = frame.format(d=word)
            got = {t.expression for t in tag(text, ref)}
            if got & set(numbers):
                bad.append((ref, text, sorted(got)))
    return bad


# the calendar's names as the grids write them in stamps and headers, and a 12-hour clock ("9:47 PM")
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def h12(t) -> str:
    """"9:47 PM" for 21:47."""
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def iso_week(d: date) -> str:
    """The ISO week of a day, as TIMEX3 writes a week: "2025-W07"."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month_back(ref: date, n: int) -> str:
    """The month n months before ref's ("2025-01" for n=2 in March 2025), as TIMEX3 writes a month."""
    y, m = divmod(ref.year * 12 + ref.month - 1 - n, 12)
    return f"{y}-{m + 1:02d}"


# ---- a holiday grid's calendar (localhol32, holdate33): a holiday is a function of the year to its day
def date_value(day: date) -> tuple[str, str]:
    """(type, value) of a day: ("DATE", "YYYY-MM-DD")."""
    return "DATE", day.isoformat()


def fixed(m: int, d: int):
    """The holiday on the same day of every year."""
    return lambda y: date(y, m, d)


def from_easter(k: int):
    """The holiday ``k`` days from Easter Sunday (Western)."""
    return lambda y: easter(y) + timedelta(days=k)


def nth(m: int, wd: int, n: int, after: int = 0):
    """The holiday on the n-th such weekday of the month (n = -1 the last), ``after`` days on."""
    return lambda y: nth_weekday(y, m, wd, n) + timedelta(days=after)


def twelfth(y: int) -> date:
    """Northern Ireland's Twelfth: 12 July, kept on Monday the 13th when the 12th is a Sunday."""
    d = date(y, 7, 12)
    return d + timedelta(days=1) if d.isoweekday() == 7 else d


def next_of(day, ref: date) -> date:
    """The holiday's next day after the day of writing."""
    return next(d for d in (day(ref.year), day(ref.year + 1)) if d > ref)


def last_of(day, ref: date) -> date:
    """The holiday's last day before the day of writing."""
    return next(d for d in (day(ref.year), day(ref.year - 1)) if d < ref)


# (the thirty-third session's review) a history's date written out, day first or month first, and its ISO day (a year of
# fewer than four digits padded): eventoffset33's grid and wikiwars34's had each written these
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def dmy(d: date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def mdy(d: date) -> str:
    return f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def iso_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


# ---- the bank holidays of England and Wales and of Ireland (bankhol31, bankhol37): a year to its days
def england(y: int) -> list[date]:
    e = easter(y)
    return sorted([date(y, 1, 1), e - timedelta(days=2), e + timedelta(days=1), nth_weekday(y, 5, 1, 1),
                   nth_weekday(y, 5, 1, -1), nth_weekday(y, 8, 1, -1), date(y, 12, 25), date(y, 12, 26)])


def ireland(y: int) -> list[date]:
    feb1 = date(y, 2, 1)
    brigid = [feb1 if feb1.isoweekday() == 5 else nth_weekday(y, 2, 1, 1)] if y >= 2023 else []
    return sorted([date(y, 1, 1), date(y, 3, 17), easter(y) + timedelta(days=1), nth_weekday(y, 5, 1, 1),
                   nth_weekday(y, 6, 1, 1), nth_weekday(y, 8, 1, 1), nth_weekday(y, 10, 1, -1), date(y, 12, 25),
                   date(y, 12, 26)] + brigid)


def cut(phrase: str) -> str:
    """(the lead, thirty-seventh session, §158) The day counted in "the Friday before Christmas", "the day after Boxing
    Day", "the weekend b4 the bank holiday": outside a narrative the phrase is two TIMEX3, the day counted and the
    holiday, the signal outside both (the fresh sets' written conventions, TimeBank's); the words before the signal."""
    import re
    return re.split(r"\s+(?:before|b4|after)\s+", phrase, maxsplit=1)[0]


def cut_cases(cases):
    """A grid's cases of days told from a holiday ("the Friday before Christmas") with their expressions cut as §158
    cuts them (``cut``): the day counted, its value unchanged; the holiday's own TIMEX3 is the lead's grid's
    (tests/test_informal_grid_lead38d.py)."""
    return [(text, ref, cut(expr), want) for text, ref, expr, want in cases]


def with_suffix(n: int) -> str:
    """A day of the month with its ordinal suffix: 1st, 2nd, 3rd, 11th, 22nd."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def next_month_day(ref: date, n: int) -> date:
    """The next day numbered n of a month after the day of writing (this month's if it is still to come)."""
    y, mo = ref.year, ref.month
    if ref.day >= n:
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return date(y, mo, n)



def in_order(text: str, ref: date, want, label: str = "", checked=lambda expr: True, norm=lambda s: s) -> list[str]:
    """(public45, slack46, social46, forums46, whatsapp46: one reading of a platform copy) Each (expression, (type, value)
    or None) of ``want``, in the text's order: found after the one before it, with that value (None: not found there).
    An expression ``checked`` says no to (a reading left for later, kept apart as xfail) is not checked, but where found
    with a value it still moves the place the next is looked for from. The messages of the wrong ones."""
    got = [(norm(t.expression), (t.timex_type, t.timex_value)) for t in tag(text, ref)]
    pos, wrong = 0, []
    for expr, val in want:
        expr = norm(expr)
        idx = next((i for i in range(pos, len(got)) if got[i][0] == expr), None)
        if not checked(expr):
            pos = idx + 1 if idx is not None and val is not None else pos
            continue
        if val is None:
            if idx is not None:
                wrong.append(f"{label}{ref} {expr!r}: {got[idx][1]} (want none)")
            continue
        if idx is not None:
            pos = idx + 1
        if (got[idx][1] if idx is not None else None) != val:
            wrong.append(f"{label}{ref} {expr!r}: {got[idx][1] if idx is not None else 'not found'} (want {val})")
    return wrong


def export_wrong(export, refs, left_cases, left: bool = False) -> list[str]:
    """(family47, work47) ``in_order`` over a grid of exports: ``export(ref)`` gives (text, want) for a day of writing;
    the (export's name, expression) pairs of ``left_cases`` are the readings left for later: checked only where ``left``
    (their xfail test), skipped otherwise."""
    wrong = []
    for r in refs:
        text, want = export(r)
        wrong += in_order(text, r, want, label=f"{export.__name__} ",
                          checked=lambda expr: ((export.__name__, expr) in left_cases) == left)
    return wrong


def assert_export_grid(export, refs, left_cases) -> None:
    """(forty-eighth session: the grids of hours48, days48, social48, travel48) ``export_wrong`` over one export's grid,
    the readings of ``left_cases`` skipped, as one assertion that counts the cases and lists the first 40 wrong."""
    wrong = export_wrong(export, refs, left_cases)
    n = sum(len(export(r)[1]) for r in refs)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def next_from(day: date, wd: int, own_day_too: bool = False) -> date:
    """(social46, channels47) The first such weekday (0 = Monday) after ``day`` (on it, if ``own_day_too``)."""
    k = (wd - day.weekday()) % 7
    return day + timedelta(k if (k or own_day_too) else 7)


def last_before(day: date, wd: int) -> date:
    """(social46, channels47) The last such weekday (0 = Monday) before ``day``."""
    return day - timedelta((day.weekday() - wd) % 7 or 7)

