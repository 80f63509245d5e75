"""Parts of the day said by a meal or by a dialect night word (docs/informal-time.md §179, meals40): northern English
"neet" (night: "tomorrow neet", "Friday neet", "every neet", "three more neets"), Shetland "da morn" (tomorrow), "da
day" (today), "da nicht" (tonight) and "dastreen" (yesterday evening), and a meal after a phrase of arrival or
Shetland "efter" ("be back in time for supper", "be back for tea", "we'll be there for supper", Shetland "efter dinner" in
the voice where dinner is the midday meal). Values computed from the calendar for days of writing over two years
(every weekday, month ends, a leap day, year ends); negatives: meals as things ("tea was cold", "a cup of tea",
"supper club", "dinner plate", "after tea break"; English "after tea", "before supper"), dinner in a voice where it is the evening meal, "da" and "neet"
outside their dialects. The sentences are this session's own."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, check_untagged, next_weekday, other_weekdays

REFS = sorted({date(2024, 1, 1) + timedelta(days=k) for k in range(0, 731, 5)}
              | {date(2024, 2, 28), date(2024, 2, 29), date(2024, 12, 31), date(2025, 1, 1), date(2025, 6, 30),
                 date(2025, 12, 31), date(2025, 2, 28)})
COUNTS = [("two", 2), ("three", 3), ("Three", 3), ("four", 4), ("5", 5), ("six", 6)]


def _pod(day: date, code: str) -> tuple[str, str]:
    return "TIME", f"{day.isoformat()}T{code}"


def neet_cases():
    """Cumbrian, Yorkshire and Geordie "neet": a night with its day, a habit, a count of nights."""
    out = []
    for k, ref in enumerate(REFS):
        tmrw = ref + timedelta(days=1)
        out.append(("volunteers meeting tomorrow neet at the Blue Bell, bring a pen", ref, "tomorrow neet", _pod(tmrw, "NI")))
        wd, name = other_weekdays(ref)[k % 6]
        out.append((f"cheers Kev, we'll print the order {name} neet", ref, f"{name} neet",
                    _pod(next_weekday(ref, wd), "NI")))
        out.append(("been practisin in the mirror every neet for a fortnight 🤪", ref, "every neet", ("SET", "XXXX-XX-XXTNI")))
        word, n = COUNTS[k % len(COUNTS)]
        out.append((f"see yous all at the fair!! {word} more neets of face practice", ref, f"{word} more neets",
                    ("DURATION", f"P{n}D")))
    return [c for c in out if c is not None]


def shetland_cases():
    """Shetland "da morn", "da day", "da nicht" in a text in the voice (a Scots or Shetland word near), and "dastreen"."""
    out = []
    for ref in REFS:
        out.append(("Kirsty I'll PM you da morn 👍 tickets fae the Co-op", ref, "da morn", ("DATE", (ref + timedelta(days=1)).isoformat())))
        out.append(("The Jarl's at the schools da day? twa squads gaun", ref, "da day", ("DATE", ref.isoformat())))
        out.append(("Da morn Peter, dinnae fret", ref, "Da morn", ("DATE", (ref + timedelta(days=1)).isoformat())))
        out.append(("comin oot da nicht? peerie party at wirs", ref, "da nicht", _pod(ref, "NI")))
        out.append(("seen the galley dastreen, she's bonny", ref, "dastreen", _pod(ref - timedelta(days=1), "EV")))
    return out


def meal_cases():
    """A meal after a preposition of time or of arrival: its hour on the day talked of."""
    out = []
    for k, ref in enumerate(REFS):
        out.append(("we could take the 8am boat over and be back for tea.", ref, "tea", _pod(ref, "EV")))
        out.append(("On the way. Clar says we'll be there for supper", ref, "supper", _pod(ref, "EV")))
        out.append(("Can you be back in time for supper? I'm on the wharf till 5", ref, "supper", _pod(ref, "EV")))
        out.append(("mam says we're to be home for tea tomorrow, no excuses", ref, "tea tomorrow",
                    _pod(ref + timedelta(days=1), "EV")))
        out.append(("aye the Jarl Squad's at the school first, then the hospital efter dinner", ref, "dinner",
                    ("TIME", f"{ref.isoformat()}T12:00")))
        out.append(("Home in time for suppertime? the bairns are starving", ref, "suppertime", _pod(ref, "EV")))
    return out


def test_neet_is_night():
    check(neet_cases())


def test_shetland_day_words():
    check(shetland_cases())


def test_a_meal_after_a_preposition_is_its_hour():
    check(meal_cases())


NEGATIVES = [
    ("tea was cold and the dinner was lovely", ["tea", "dinner"]),
    ("grab a cup of tea before you go", ["tea"]),
    ("supper club is back, the tea room is open", ["supper", "tea"]),
    ("a dinner plate and an overnight bag, that's all I packed", ["dinner", "overnight"]),
    ("we'll meet after tea break by the tea urn", ["tea"]),
    ("call me after tea, or before supper", ["tea", "supper"]),    # English "after", "before": not read (§179)
    ("Call me after lunch if that's a problem", ["lunch"]),    # lunch left out (§179): the golds are split
    ("we'll be back for dinner, save us some pie", ["dinner"]),    # dinner the evening meal: no midday in this voice
    ("came back from dinner at the harbour", ["dinner"]),
    ("the Boston Tea Party is on the syllabus", ["Tea", "Tea Party"]),
    ("overnight oats in a jar, the all night garage sells them", ["overnight", "all night"]),
    ("Ci vediamo da Marco, da domani", ["da domani"]),
    ("back in da day we had nae phones", ["da day"]),
    ("that's a neet little trick, a kneeted scarf", ["neet"]),
]


def test_meals_as_things_and_other_voices_stay_untagged():
    check_untagged(NEGATIVES, REFS[::10])
