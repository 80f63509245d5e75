"""holidays43, forty-third session (docs/informal-time.md §225): a holiday said to fall on a weekday, then the year ("Nunavut
Day is on a Sunday this year", "Christmas falls on a Monday next year", "Bounty Day fell on a Saturday last year") is the
holiday of that year, "this year" too; "since" right before the holiday and its present verb ("Since Nunavut Day is on a
Sunday this year does anyone know ...") is the conjunction of a cause, no time before the moment of speaking.

The sentences are this session's own, in several voices; the weekday in each is the one the holiday falls on in the year
said (computed), the days of writing every fourth day of four years. Kept: "since" before a holiday and no verb of its own
("not been home since Christmas, is that bad?") is the last one."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAY, check, fixed, last_of, next_of, nth

REFS = [date(2023, 1, 3) + timedelta(days=4 * k) for k in range(365)]
# (name in the text, the place words that tell it where the name needs them, its day as a function of the year)
HOLIDAYS = [
    ("Nunavut Day", "", fixed(7, 9)),
    ("Christmas", "", fixed(12, 25)),
    ("Canada Day", "", fixed(7, 1)),
    ("Waitangi Day", "", fixed(2, 6)),
    ("Anzac Day", "", fixed(4, 25)),
    ("Tynwald Day", "", fixed(7, 5)),
    ("Bounty Day", " on Norfolk Island", fixed(6, 8)),
    ("Picnic Day", " up in Darwin", nth(8, 1, 1)),
    ("Constitution Day", " in Rarotonga", fixed(8, 4)),
]


def _wd(d: date) -> str:
    return WEEKDAY[d.isoweekday() - 1]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        name, where, day = HOLIDAYS[k % len(HOLIDAYS)]
        this, nxt, last = day(ref.year), day(ref.year + 1), day(ref.year - 1)
        v = lambda d: ("DATE", d.isoformat())
        out += [
            (f"{name}{where} is on a {_wd(this)} this year, so do we get the Monday off?", ref, name, v(this)),
            (f"Since {name}{where} is on a {_wd(this)} this year does anyone know if the shops open?", ref, name, v(this)),
            (f"since {name}{where} falls on a {_wd(this)} this year the ferry runs the Sunday timetable", ref, name, v(this)),
            (f"Heads up: {name}{where} falls on a {_wd(nxt)} next year", ref, name, v(nxt)),
            (f"{name}{where} fell on a {_wd(last)} last year and nobody got a day off", ref, name, v(last)),
            (f"{name}{where} was on the {_wd(last)} last year, remember?", ref, name, v(last)),
        ]
        if 3 <= (this - ref).days <= 60:
            # no year said: the present verb after "since" tells this year's, the one to come
            out.append((f"Since {name}{where} is on a {_wd(this)}, does anyone know if we get the Monday off?", ref, name, v(this)))
        if abs((ref - date(ref.year, 12, 25)).days) > 20 and abs((ref - date(ref.year - 1, 12, 25)).days) > 20:
            # kept: "since" and no verb of the holiday's own: a time gone
            out.append(("Not been home since Christmas, is that bad?", ref, "Christmas",
                        v(last_of(fixed(12, 25), ref))))
            out.append(("We'll be home for Christmas and it's on a Thursday", ref, "Christmas",
                        v(next_of(fixed(12, 25), ref))))
    return out


def test_holiday_weekday_year_and_since_subject():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 2000
