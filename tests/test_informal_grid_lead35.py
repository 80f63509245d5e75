"""The lead's classes of the thirty-fourth session (docs/informal-time.md §134), found reading informal28-blind A:
a weekday that "is" something right after a verb of finding out or forgetting ("just realised Friday is a public
holiday", "forgot that Monday is a bank holiday") is its own clause's present, the day to come, whatever the tense of
the knowing ("realised Friday was a holiday" stays the day gone); and X's post under its own author's line and over its
own stamp opens a new talk: its bare clock time ("Breydon open again from 2pm") takes the post's own day, not a day a
reply to the post before it named ("till the 2nd").

The sentences are this session's own; the days of writing are every day of three weeks (a year's turn, a month's end,
a leap day's week); values from the calendar here."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, last_weekday, next_weekday, other_weekdays

from timeline_app.temporal import tag

REFS = ([date(2025, 12, 28) + timedelta(days=k) for k in range(7)] + [date(2024, 2, 26) + timedelta(days=k) for k in range(7)]
        + [date(2023, 9, 24) + timedelta(days=k) for k in range(7)])
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = {1: "1st", 2: "2nd", 3: "3rd"}


def _ordinal(n: int) -> str:
    return ORD.get(n if n < 20 else n % 10, f"{n}th") if n not in (11, 12, 13) else f"{n}th"


def _weekday_cases(ahead_frames, gone_frames, refs=REFS):
    """For every day of writing and every other weekday: each frame of ``ahead_frames`` names the weekday to come (a
    "{w} morning" frame its morning), each of ``gone_frames`` the one gone."""
    out = []
    for ref in refs:
        for wd, name in other_weekdays(ref):
            ahead, gone = next_weekday(ref, wd), last_weekday(ref, wd)
            for frame in ahead_frames:
                morning = "{w} morning" in frame
                want = ("TIME", f"{ahead.isoformat()}TMO") if morning else ("DATE", ahead.isoformat())
                out.append((frame.format(w=name), ref, f"{name} morning" if morning else name, want))
            for frame in gone_frames:
                out.append((frame.format(w=name), ref, name, ("DATE", gone.isoformat())))
    return out


def knowing_cases():
    return _weekday_cases(("Moved here in Feb and just realised {w} is a public holiday for the parade 😂",
                           "omg I totally forgot {w} is a bank holiday", "Just noticed {w} is the last day to apply",
                           "we only found out {w} is a school inset day"),
                          ("I realised {w} was a public holiday when the shop was shut",
                           "we only found out {w} was an inset day when we got to the gate"))


def x_post_cases():
    out = []
    for ref in REFS:
        posted = ref - timedelta(days=1)
        far = ref + timedelta(days=9)
        stamp = f"{MONTHS_SHORT[posted.month - 1]} {posted.day}, {posted.year}"
        reply_day = f"{MONTHS_SHORT[(posted - timedelta(days=1)).month - 1]} {(posted - timedelta(days=1)).day}"
        for hour, clock in ((14, "2pm"), (15, "3pm"), (11, "11am")):
            text = (f"Wherry Reach Boats @WherryReachHire\n"
                    f"Heads up all, a wind warning from midnight. Moor up early.\n"
                    f"7:52 PM · {reply_day}, {(posted - timedelta(days=1)).year}\n"
                    f"  Kelly @kellyonboard · {reply_day}\n"
                    f"  can we cross in the arvo instead?\n"
                    f"  Wherry Reach Boats @WherryReachHire · {reply_day}\n"
                    f"  Kelly no, cross tomorrow morning. The regatta goes on till the {_ordinal(far.day)} anyway\n"
                    f"Wherry Reach Boats @WherryReachHire\n"
                    f"Wind's dropped 🙌 Breydon open again from {clock}. Two boats back in early this morning.\n"
                    f"1:30 PM · {stamp}\n")
            out.append((text, ref, clock, ("TIME", f"{posted.isoformat()}T{hour:02d}:00")))
    return out


def back_cases():
    out = _weekday_cases(("Half term's over, back to school {w} 😩", "we're back in the office {w}, bring snacks",
                          "kids back to school {w} thank god", "back at work {w} morning, ugh",
                          "Parliament is back in session on {w}"),
                         ("I was back at work {w} and it was carnage", "came back to work {w}, inbox was a disaster",
                          "Flew home on the Friday night, back at work {w} feeling rough",
                          "she went back to school on {w}", "got back to work {w}, inbox was a disaster",
                          "got home from work {w} and crashed"))
    for ref in REFS:
        # a count of a compound with "night", no length; a stay's nights a length
        for n, word in ((2, "2"), (3, "three"), (4, "4")):
            for noun in ("shifts", "feeds", "buses", "outs"):
                out.append((f"done {word} night {noun} in a row now", ref, f"{word} night", None))
            out.append((f"booked a {word} night stay in Galway", ref, f"{word} night", ("DURATION", f"P{n}D")))
            out.append((f"{word} nights in Rome was plenty", ref, f"{word} nights", ("DURATION", f"P{n}D")))
    # a day of the month after a verb of payment, arrival or leaving, no "on" ("I get paid the 30th", "arriving the 5th")
    for ref in REFS:
        for day in (5, 12, 28):
            if day == ref.day:
                continue
            ahead = date(ref.year + (ref.month == 12), ref.month % 12 + 1, day) if day < ref.day else ref.replace(day=day)
            for frame in ("I get paid the {o}", "my sister's arriving the {o}!!", "we're moving the {o}, boxes everywhere",
                          "flying the {o}, can't wait"):
                if frame.startswith("I get paid") and (ahead - ref).days > 14:
                    continue   # (a present with no plan: the nearest such day, which may be one just gone)
                expr = f"the {_ordinal(day)}"
                out.append((frame.format(o=_ordinal(day)), ref, expr, ("DATE", ahead.isoformat())))
        out.append(("he got paid the 3rd highest salary", ref, "the 3rd", None))
    return out


def equated_cases():
    out = []
    # a nation's day equated with a day said from today or a weekday: that day (India 15 Aug, Pakistan 14 Aug, the US
    # 4 Jul, Ghana 6 Mar, Indonesia 17 Aug, the Philippines 12 Jun), whatever nation the text names or not
    for year in (2024, 2025, 2026):
        for md in ((8, 15), (8, 14), (7, 4), (3, 6), (8, 17), (6, 12)):
            day = date(year, *md)
            for k, word in ((1, "tmrw"), (1, "tomorrow"), (0, "today")):
                ref = day - timedelta(days=k)
                for frame in ("{d} is Independence Day so office closed", "{d}'s Independence Day 🎉 no school",
                              "reminder {d} is also Independence Day, standup cancelled"):
                    out.append((frame.format(d=word), ref, "Independence Day", ("DATE", day.isoformat())))
            ref = day - timedelta(days=4)
            wd = WEEKDAYS[day.isoweekday() - 1]
            out.append((f"{wd} is Independence Day so the bank's shut", ref, "Independence Day", ("DATE", day.isoformat())))
        # a holiday of one fixed day keeps its own
        out.append(("tomorrow is Christmas Eve!! 😂 jk", date(year, 8, 14), "Christmas Eve", ("DATE", f"{year}-12-24")))
    return out


def weekend_before_cases():
    out = []
    # "the weekend before/after" the day just told, a year named between ("this year"): the weekend before (after) it
    for ref in REFS:
        for ahead in (ref + timedelta(days=10), ref + timedelta(days=17)):
            if ahead.month != ref.month:
                continue   # (only a day of this month: "the Nth" of the next month is not what the case asks)
            for side, k in (("before", -1), ("after", 1 if ahead.isoweekday() >= 6 else 0)):
                # (the weekend after a weekday is that week's; after a Saturday or Sunday, the next week's)
                week = (ahead + timedelta(weeks=k)).isocalendar()
                text = f"Our open day is on the {_ordinal(ahead.day)} this year, anyone free the weekend {side}?"
                out.append((text, ref, f"the weekend {side}", ("DATE", f"{week[0]}-W{week[1]:02d}-WE")))
    return out


def test_lead35_weekend_before_a_day_told():
    check(weekend_before_cases())


def count_left_cases():
    # a count a "have" holds before "left" ("we've one left", "still have 2 left for"): what remains, no verb "left"
    return _weekday_cases(("we still have 2 left for {w}, first come first served", "only got one left for {w} now"),
                          ("Five staff left {w} and never came back",))


def test_lead35_a_count_left_for_a_day():
    check(count_left_cases())


def meant_to_cases():
    # a noun's "'s" before "meant/supposed/due/set to": "is", a plan, the day to come
    return _weekday_cases(("The sun's meant to be out {w} too, for once", "the bus's supposed to come {w} morning",
                           "Gran's due to land {w}", "the match's set to go ahead {w}"),
                          ("The sun was meant to be out {w} but it rained",))


def test_lead35_meant_to_after_a_nouns_s():
    check(meant_to_cases())


def month_edge_cases():
    out = []
    # "end of Feb", "the start of sept", "by end of Nov": the edge of a month written short or in lower case, one
    # expression with its mod, as "end of March" is
    short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
    for ref in REFS:
        for k in (1, 2, 3):
            m = (ref.month - 1 + k) % 12 + 1
            y = ref.year + (ref.month - 1 + k) // 12
            for edge, mod in (("end of", "END"), ("the end of", "END"), ("the start of", "START")):
                for name in (short[m - 1], short[m - 1].lower()):
                    if name.lower() in ("may", "mar"):
                        continue   # (a verb's homographs: their own cues, not this class)
                    out.append((f"Subs due by {edge} {name} please", ref, f"{edge} {name}", ("DATE", f"{y}-{m:02d}")))
    return out


def test_lead35_month_edge_written_short():
    got_mod = [t.mod for t in tag("Subs due by end of Feb please", date(2025, 1, 9)) if t.expression == "end of Feb"]
    assert got_mod == ["END"]
    check(month_edge_cases())


def stretch_end_cases():
    out = []
    # a list's item after "by"/"till" ends a stretch begun at the morning's time: the afternoon's (a bare hour); an
    # arrival "by 9.30" before a kick-off keeps the morning
    for ref in REFS:
        for start, end in ((6, 4), (7, 3), (8, 5), (9, 2)):
            for lead, cue in (("started at", "done by"), ("on site from", "finished by"), ("out at", "home by")):
                text = f"{lead} {start}am, {cue} {end}"
                out.append((text, ref, str(end), ("TIME", f"{ref.isoformat()}T{end + 12:02d}:00")))
        if ref.isoweekday() != 7:   # (on a Sunday, "Match Sunday" is that day: not what the case asks)
            out.append(("Match Sunday vs Harlow Hornets, KO 10am, please arrive by 9.30", ref, "9.30",
                        ("TIME", f"{next_weekday(ref, 7).isoformat()}T09:30")))
    return out


def test_lead35_a_lists_stretch_end():
    check(stretch_end_cases())


def test_lead35_holiday_equated_with_a_day():
    check(equated_cases())


def test_lead35_back_to_a_place_and_night_compounds():
    check(back_cases())


def test_lead35_knowing_a_day():
    check(knowing_cases())


def test_lead35_x_post_opens_a_talk():
    check(x_post_cases())


def test_lead35_back_before_an_empty_span_reads():
    """(merge mend) The return-to-a-place reading asks the expression's first word: a span read empty (a year's
    "in 535" after "back") raised IndexError and lost a history's every expression."""
    text = "Justinian sent his general Belisarius to win Italy back in 535. The war lasted eighteen years."
    got = {t.expression: t.timex_value for t in tag(text, date(2025, 1, 9))}
    assert got.get("535") == "0535" and got.get("eighteen years") == "P18Y"
