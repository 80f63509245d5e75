"""A day told from a named event of the story (thirtieth session, eve31; docs/informal-time.md §107): "on the eve of
the vote" after the vote is dated, "the day of Friday's vote", "the night of the election", the tense that decides
which Friday "Friday's vote" is, "a year to the day after the invasion"; and what stays untagged ("the eve of
retirement", "the day of reckoning", "the vote count", an eve of an event the text never dates, "the run-up",
anniversaries).

The sentences are this session's own, written from the grammar of §107 in agency, newspaper, broadcast and local
paper voices; the days of writing are every day of a June 2024 week, a year's turn (2025/26), month ends and a leap
day; the events' days are counted from the day of writing here (a week or so ahead for a plan, ten days or so back
for a report), the values from the calendar (never from the tagger)."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import MONTH, WEEKDAY, check, found, last_weekday, next_weekday

REFS = [date(2024, 6, d) for d in range(10, 17)] + [date(2025, 12, 27) + timedelta(days=k) for k in range(7)] \
    + [date(2024, 2, 29), date(2025, 4, 30), date(2025, 8, 31), date(2026, 1, 31)]


def _d(day: date) -> tuple[str, str]:
    return "DATE", day.isoformat()


def _t(day: date, pod: str) -> tuple[str, str]:
    return "TIME", f"{day.isoformat()}T{pod}"


def us(day: date) -> str:
    return f"{MONTH[day.month - 1]} {day.day}"


def uk(day: date) -> str:
    return f"{day.day} {MONTH[day.month - 1]}"


# A1: an event dated earlier in the text, then "the eve of" / "the day of" / a part "of" it.
# (dating sentence with {D}, the tense it sets: "ahead" for an event to come, "gone" for one reported)
DATED_AHEAD = ["The referendum is on {D}.", "Voters go to the polls in the election on {D}.",
               "The summit will be held on {D}.", "The final is on {D}, organisers said.",
               "Union leaders said the strike will begin on {D}.", "The funeral will take place on {D}."]
DATED_GONE = ["The referendum was held on {D}.", "The summit was held on {D} in Geneva.",
              "The final was played on {D}.", "The funeral took place on {D}.",
              "The ceasefire took effect on {D}.", "The launch was on {D}."]
# the event named again: (sentence with {R}, the relation's extent, event noun fitting the dating sentence)
NOUN_OF = {"referendum": ["the referendum", "the vote"], "election": ["the election", "the vote"],
           "summit": ["the summit"], "final": ["the final"], "strike": ["the strike"], "funeral": ["the funeral"],
           "ceasefire": ["the ceasefire"], "launch": ["the launch"]}
AHEAD_AFTER = ["On {R} {E}, police will close the square.", "Officials expect crowds on {R} {E}.",
               "{R} {E} is expected to be quiet, the ministry said."]
GONE_AFTER = ["On {R} {E}, protesters gathered outside parliament.", "Crowds filled the streets on {R} {E}.",
              "{R} {E} was calm, witnesses said."]
RELATIONS = {"the eve of": (-1, None), "the day of": (0, None), "the night of": (0, "NI"),
             "the morning of": (0, "MO"), "the evening of": (0, "EV")}


def _noun(sentence: str) -> str:
    return next(n for n in NOUN_OF if n in sentence)


def _event_cases(refs, dated, after, offset_days):
    cases = []
    for ref in refs:
        day = ref + timedelta(days=offset_days)
        for fmt in (us, uk):
            for first in dated:
                for then in after:
                    for rel, (shift, pod) in RELATIONS.items():
                        for ev in NOUN_OF[_noun(first)]:
                            r = rel if not then.startswith("{R}") else rel[0].upper() + rel[1:]
                            text = first.format(D=fmt(day)) + " " + then.format(R=r, E=ev)
                            extent = r[:-len(" of")]
                            target = day + timedelta(days=shift)
                            cases.append((text, ref, extent, _t(target, pod) if pod else _d(target)))
    return cases


def test_eve_and_day_of_an_event_to_come():
    check(_event_cases(REFS, DATED_AHEAD, AHEAD_AFTER, 8))


def test_eve_and_day_of_an_event_gone():
    check(_event_cases(REFS, DATED_GONE, GONE_AFTER, -10))


# A2: the date in the event's own name, a possessive weekday; the clause's tense decides which one
PAST_OF = ["It was the day of {W}'s vote.", "Turnout was low in {W}'s referendum, officials said.",
           "{W}'s vote was close.", "Opposition parties rejected the result of {W}'s election.",
           "Voters punished the government in {W}'s election."]
FUTURE_OF = ["{W}'s vote will decide it.", "Voters will go to the polls in {W}'s election.",
             "Polls will open at 7am for {W}'s referendum."]


def test_possessive_weekday_by_its_clause():
    cases = []
    for ref in REFS:
        for n, name in enumerate(WEEKDAY, 1):
            if n == ref.isoweekday():
                continue
            for frame in PAST_OF:
                cases.append((frame.format(W=name), ref, name, _d(last_weekday(ref, n))))
            for frame in FUTURE_OF:
                cases.append((frame.format(W=name), ref, name, _d(next_weekday(ref, n))))
            cases.append((f"It was the day of {name}'s vote.", ref, "the day", _d(last_weekday(ref, n))))
    check(cases)


# A3: a relation counted from a possessive weekday's event
def test_relation_from_a_possessive_weekday():
    cases = []
    for ref in REFS:
        for n, name in enumerate(WEEKDAY, 1):
            if n == ref.isoweekday():
                continue
            gone, coming = last_weekday(ref, n), next_weekday(ref, n)
            # past clause: the day after a vote is gone, so the vote is the one gone
            for text in [f"The day after {name}'s vote, markets fell sharply.",
                         f"Shares rallied the day after {name}'s election."]:
                cases.append((text, ref, "the day" if not text.startswith("The") else "The day", _d(gone + timedelta(days=1))))
            # past clause, the eve: the coming weekday only when its eve is the day of writing
            vote = coming if (coming - ref).days == 1 else gone
            for text in [f"On the eve of {name}'s vote, protesters gathered in the capital.",
                         f"Police sealed off the square on the eve of {name}'s referendum."]:
                cases.append((text, ref, name, _d(vote)))
                cases.append((text, ref, "the eve", _d(vote - timedelta(days=1))))
            # future clause: the one to come
            for text in [f"On the eve of {name}'s vote, the army will close the borders.",
                         f"Supporters will rally on the night of {name}'s election."]:
                if "eve" in text:
                    cases.append((text, ref, name, _d(coming)))
                    cases.append((text, ref, "the eve", _d(coming - timedelta(days=1))))
                else:
                    # "the night of Friday" is one TIME, as "the night of Friday" is without the possessive's noun
                    cases.append((text, ref, f"the night of {name}", _t(coming, "NI")))
    check(cases)


# A4: "to the day": a length counted exactly from a dated event; the TIMEX3 stays the length
def test_a_year_to_the_day_after():
    from timeline_app.temporal import tag
    wrong = []
    for ref in REFS:
        ev = ref - timedelta(days=400)
        ev = ev.replace(day=min(ev.day, 28))
        for fmt in (us, uk):
            for text, expr, n in [
                    (f"The invasion began on {fmt(ev)}, {ev.year}. A year to the day after the invasion, crowds gathered.", "A year", 1),
                    (f"The flood struck on {fmt(ev)}, {ev.year}. Exactly one year to the day after the flood, a memorial opened.", "one year", 1)]:
                if fmt is uk:
                    text = text.replace(f"{fmt(ev)}, {ev.year}", f"{fmt(ev)} {ev.year}")
                t = next((t for t in tag(text, ref) if t.expression == expr), None)
                want = ev.replace(year=ev.year + n)
                if t is None or (t.timex_type, t.timex_value) != ("DURATION", "P1Y") or t.start is None \
                        or t.start.date() != want or t.end is None or (t.end.date() - t.start.date()).days != 1 \
                        or (t.mod or "") != "":
                    wrong.append((ref, text, None if t is None else (t.timex_value, t.start, t.end, t.mod)))
    assert not wrong, f"{len(wrong)} wrong: {wrong[:5]}"


# Negatives: phrases that must stay untagged
NEGATIVES = [
    ("On the eve of retirement he sold his car.", "the eve"),
    ("We stand on the eve of a new era.", "the eve"),
    ("Europe was on the eve of war.", "the eve"),
    ("It will be the day of reckoning for the party.", "the day"),
    ("What is the day of the week?", "the day"),
    ("What is the day of the week?", "the week"),
    ("Observers watched the vote count closely.", "the vote"),
    ("On the eve of the vote, protesters gathered.", "the eve"),
    ("The day of the vote was sunny.", "The day"),
    ("Supporters partied on the night of the election.", "the night"),
    ("Tension rose in the run-up to the vote.", "the run-up"),
    ("On the first anniversary of the invasion, crowds gathered.", "the first anniversary"),
    ("The summit was held on May 3. On the eve of the election campaign, aides met.", "the eve"),
    ("The referendum is on June 20. The day of the vote count is not yet set.", "The day"),
    # a name, not the event told; the subject of a verb other than "be": a fact about the date
    ("The battle began on 3 May 1915. Soldiers rested on the afternoon of the Battle of Ypres.", "the afternoon"),
    ("He died on 25 October 1400. The day of his death comes from the inscription on his tomb.", "The day"),
]


def test_untagged():
    wrong = []
    for ref in REFS:
        for text, expr in NEGATIVES:
            if found(text, ref, expr) is not None:
                wrong.append((ref, text, expr, found(text, ref, expr)))
    assert not wrong, f"{len(wrong)} wrong: {wrong[:10]}"


def test_kept_with_be_and_after_a_preposition():
    ref = date(2024, 6, 12)
    assert found("He died on 25 October 1400. The day of his death was cold and wet.", ref, "The day") == _d(date(1400, 10, 25))
    assert found("He died on 25 October 1400. It rained on the day of his death.", ref, "the day") == _d(date(1400, 10, 25))
    # a condition says nothing of the vote's day: the nearest Tuesday, as before (not the one to come)
    assert found("A recount of Tuesday's vote would be the first since 1974.", ref, "Tuesday") == _d(date(2024, 6, 11))
    assert found("Relatives said they would look for ways to get around Monday's ruling.", ref, "Monday") == _d(date(2024, 6, 10))


def test_run_up_keeps_the_date_alone():
    for ref in REFS:
        day = ref + timedelta(days=8)
        text = f"Tension rose in the run-up to the election on {us(day)}."
        assert found(text, ref, us(day)) == _d(day)
        assert found(text, ref, "the run-up") is None


def test_section_sentences():
    """§107's table, literally, written on Wednesday 12 June 2024."""
    ref = date(2024, 6, 12)
    cases = [
        ("The referendum is on June 20. On the eve of the vote, protesters gathered.", "the eve", _d(date(2024, 6, 19))),
        ("It was the day of Friday's vote.", "Friday", _d(date(2024, 6, 7))),
        ("It was the day of Friday's vote.", "the day", _d(date(2024, 6, 7))),
        ("Turnout was low in Friday's vote.", "Friday", _d(date(2024, 6, 7))),
        ("Friday's vote was close.", "Friday", _d(date(2024, 6, 7))),
        ("Friday's vote will decide it.", "Friday", _d(date(2024, 6, 14))),
        ("On the eve of Friday's vote, protesters gathered.", "Friday", _d(date(2024, 6, 7))),
        ("On the eve of Friday's vote, protesters gathered.", "the eve", _d(date(2024, 6, 6))),
        ("The election is on June 20. The night of the election will be long.", "The night", _t(date(2024, 6, 20), "NI")),
        ("in the run-up to the election on June 20", "June 20", _d(date(2024, 6, 20))),
        ("The election is on June 20. The day after the election, markets will open late.", "The day", _d(date(2024, 6, 21))),
        ("The summit was held on May 3. The week before the summit, aides met.", "The week", ("DATE", "2024-W17")),
        ("The vote was held on May 3. Two days after the vote, protesters gathered.", "Two days", ("DURATION", "P2D")),
        ("The referendum was held on March 9. The morning after the referendum, markets fell.", "The morning",
         _t(date(2024, 3, 10), "MO")),
        ("The invasion began on 24 February 2022. A year to the day after the invasion, crowds gathered.", "A year",
         ("DURATION", "P1Y")),
    ]
    wrong = [(t, e, found(t, ref, e), w) for t, e, w in cases if found(t, ref, e) != w]
    assert not wrong, wrong
    for text, expr in [("On the eve of the vote, protesters gathered.", "the eve"),
                       ("in the run-up to the election on June 20", "the run-up"),
                       ("on the first anniversary of the invasion", "the first anniversary"),
                       ("the eve of retirement", "the eve"), ("the day of reckoning", "the day"),
                       ("the day of the week", "the week"), ("the vote count", "the vote")]:
        assert found(text, ref, expr) is None, text
