"""Public posts and an account's replies (eighteenth session, fresh16). Each class comes from the errors of
informal16-posts A (a racing reporter, a storm chaser, a garden centre's replies, an auction house, a bar-exam
countdown, a water company's replies, a sailing couple, a food bank's rota; docs/informal-time.md, the section
on public posts) and is tested here as the construction of English behind it, in sentences written for this
file, said on every day of a week and at month and year ends. The expected TimeML value is computed here from
the calendar, never read from the tagger.

1. An emoji before a capital ends a sentence: "Christmas rota below 🎄 Please reply by Saturday" (the Saturday
   to come, not the Saturday of Christmas week).
2. "Winning time 4m 58s", "lap 1m32s", "2h 3m 10s": a length in minutes and seconds written short.
3. "to Antigua, 18-21 days": a range of counts after a word ending in "a" (the "a" is no number listed).
4. "@jenny_k Update 11:40: ..." a reply's update stamp; "UPDATE 4:10 PM: warning until 4:45" the entry's bare
   time on the stamp's day, not on the days the entries before it spoke of.
5. "were you open boxing day?", "was the shop open on Easter Monday?": a past copula before its subject asks of
   the one gone; "are you open boxing day?" of the one to come.
6. "closed on the 25th and 26th", "away 27th – 30th": two days of the month joined, the second without "the".
7. "between 3 and 5pm": the first hour in the half of the day of the second.
8. "open between 10 and 4 tomorrow": the opening hour in the morning, the closing one in the afternoon.
9. "alarm at 5 tomorrow", "getting up at 6 tomorrow": an hour with its day word takes the half of the day a word
   of its clause tells.
10. "open Mon, Wed and Fri 1-4pm": every day of the list a SET, not only the last two.
11. "the course started may 19", "since may 3": a lower-case "may" and a bare day after a word that asks a date.
12. "feels like years", "it felt like hours": some units after a verb of seeming, a length (as "for years").
And negative cases: "2m 4f" (a race's distance), "we may 2 of them", "the 1st and 2nd team", "5th-6th grade",
"at 3 and 5pm" (two times, the first not made an afternoon's by "and" alone).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from gridcheck import check as _check, found as _found, next_weekday as _next
from timeline_app.temporal import tag

# every day of a week (Mon 2 June 2025 ..), month and year ends, a leap day
REFS = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)] + [
    date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29), date(2024, 2, 29), date(2023, 3, 7)]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _suffix(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---- 1. an emoji ends a sentence -----------------------------------------------------------------
EMOJI_FRAMES = ["Hi all! Christmas rota below 🎄 Please reply by {wd} if you can't do your slot.",
                "Xmas party plans 🎉 Let me know by {wd} who's coming",
                "Easter hours are up 🐣 Any questions, message us before {wd}."]


@pytest.mark.parametrize("frame", EMOJI_FRAMES)
def test_emoji_ends_a_sentence(frame):
    cases = []
    refs = [date(2025, 12, 8) + timedelta(days=i) for i in range(7)] + [date(2024, 12, 2), date(2026, 12, 14)]
    for ref in refs:
        for i, wd in enumerate(WEEKDAYS, start=1):
            if i == ref.isoweekday():
                continue   # "by Saturday" written on a Saturday: this one or the next, the words do not say
            cases.append((frame.format(wd=wd), ref, wd, ("DATE", _next(ref, i).isoformat())))
    _check(cases)


# ---- 2. minutes and seconds written short -----------------------------------------------------------
@pytest.mark.parametrize("frame", ["Winning time {x}, two off the record", "fastest lap {x} on the final lap",
                                   "she finished in {x} 🔥", "call lasted {x} and sorted nothing"])
def test_minutes_and_seconds(frame):
    cases = []
    for mi, s in [(4, 58), (1, 32), (12, 5), (59, 59), (3, 20)]:
        for form in ("{m}m {s}s", "{m}m{s:02d}s", "{m}min {s}sec", "{m} mins {s} secs"):
            x = form.format(m=mi, s=s)
            cases.append((frame.format(x=x), REFS[0], x, ("DURATION", f"PT{mi}M{s}S")))
    for h, mi, s in [(2, 3, 10), (1, 0, 5)]:
        x = f"{h}h {mi}m {s}s"
        value = f"PT{h}H" + (f"{mi}M" if mi else "") + f"{s}S"
        cases.append((frame.format(x=x), REFS[0], x, ("DURATION", value)))
    _check(cases)


def test_a_race_distance_is_no_length():
    for text in ["Non-runner in the 2m 4f novices' hurdle", "over 3m 2f on soft ground", "won 4m 58 in the end"]:
        assert [t.expression for t in tag(text, REFS[0]) if t.timex_type == "DURATION"] == [], text


# ---- 3. a range of counts after a word ending in "a" -------------------------------------------------
@pytest.mark.parametrize("place", ["Antigua", "Malta", "Goa", "Sicilia", "Nigeria"])
def test_range_after_a_word_in_a(place):
    cases = []
    for a, b, unit, code in [(18, 21, "days", "D"), (3, 5, "days", "D"), (6, 8, "weeks", "W"), (2, 3, "months", "M")]:
        for frame in ["2,700 miles to {p}, {a}-{b} {u} if the wind holds", "flights to {p}, {a}–{b} {u} to get a visa"]:
            cases.append((frame.format(p=place, a=a, b=b, u=unit), REFS[0], f"{a}-{b} {unit}" if "-" in frame else f"{a}–{b} {unit}",
                          ("DURATION", f"PX{code}")))
    _check(cases)


# ---- 4. an update stamp in a reply, and its entry's bare time ---------------------------------------
def test_update_stamp_after_handle():
    cases = []
    for ref in REFS:
        for h, mi in [(11, 40), (9, 5), (16, 20), (23, 59)]:
            for handle in ["@jenny_k", "@RoryD", "@mum_of_3"]:
                text = f"{handle} Update {h}:{mi:02d}: the repair is done, supply returning over the next hour."
                cases.append((text, ref, f"{h}:{mi:02d}", ("TIME", f"{ref.isoformat()}T{h:02d}:{mi:02d}")))
    _check(cases)


def test_update_entry_time_on_its_stamp_day():
    cases = []
    for ref in REFS:
        for later in (1, 2, 3):
            d1 = ref + timedelta(days=later)
            w1 = WEEKDAYS[d1.isoweekday() - 1]
            for h, mi, h2, mi2 in [(4, 10, 4, 45), (2, 47, 3, 30), (6, 5, 6, 50)]:
                text = (f"{w1} looks like the big day.\n\nUPDATE {h}:{mi:02d} PM: first towers going up.\n\n"
                        f"UPDATE {h}:{mi + 3:02d} PM: tornado warning until {h2}:{mi2:02d}. Stay safe.")
                cases.append((text, ref, f"{h2}:{mi2:02d}", ("TIME", f"{ref.isoformat()}T{h2 + 12:02d}:{mi2:02d}")))
    _check(cases)


# ---- 5. "were you open boxing day?" -----------------------------------------------------------------
def _holiday_cases():
    # (name, month, day) of fixed holidays
    return [("boxing day", 12, 26), ("christmas day", 12, 25), ("new year's day", 1, 1), ("christmas eve", 12, 24)]


def test_past_copula_question_asks_of_the_one_gone():
    cases = []
    for name, mo, d in _holiday_cases():
        for year in (2024, 2025, 2026):
            hol = date(year, mo, d)
            for after in (1, 3, 10, 30):
                ref = hol + timedelta(days=after)
                for frame in ["were you open {h}? drove past and it looked shut", "was the shop open on {h}?",
                              "were they closed on {h}?", "Rachel: were you open {h}? it looked dark"]:
                    cases.append((frame.format(h=name), ref, name, ("DATE", hol.isoformat())))
                ahead = date(ref.year + 1, mo, d) if (mo, d) <= (ref.month, ref.day) else date(ref.year, mo, d)
                cases.append((f"are you open {name}?", ref, name, ("DATE", ahead.isoformat())))
    _check(cases)


# ---- 6. two days of the month joined -----------------------------------------------------------------
def test_two_days_of_the_month():
    cases = []
    for ref in REFS + [date(2025, 12, 18), date(2025, 12, 29)]:
        # a past pair inside the month of writing, and a future one
        if ref.day >= 4:
            d1, d2 = ref.day - 3, ref.day - 2
            for frame in ["sorry, we were closed on the {a} and {b} so the team got two days off",
                          "we were away the {a} & {b}, back now"]:
                text = frame.format(a=f"{d1}{_suffix(d1)}", b=f"{d2}{_suffix(d2)}")
                cases.append((text, ref, f"{d2}{_suffix(d2)}", ("DATE", ref.replace(day=d2).isoformat())))
        if ref.day <= 24:
            d1, d2 = ref.day + 2, ref.day + 4
            for frame in ["Christmas Eve: open till 12\nwe're away {a} – {b}, back after",
                          "heads up, I'm off {a}-{b} so cover needed"]:
                text = frame.format(a=f"{d1}{_suffix(d1)}", b=f"{d2}{_suffix(d2)}")
                cases.append((text, ref, f"{d1}{_suffix(d1)}", ("DATE", ref.replace(day=d1).isoformat())))
                cases.append((text, ref, f"{d2}{_suffix(d2)}", ("DATE", ref.replace(day=d2).isoformat())))
    _check(cases)


def test_ordinals_of_a_noun_are_no_days():
    for text in ["the 1st and 2nd team both won", "5th-6th grade maths", "finished 1st and 2nd in the heats"]:
        found = [t.expression for t in tag(text, REFS[0]) if t.timex_type == "DATE" and t.expression[:1].isdigit()]
        assert found == [], (text, found)


# ---- 7. "between 3 and 5pm" --------------------------------------------------------------------------
def test_between_bare_and_pm():
    cases = []
    for ref in REFS:
        for h1, h2 in [(3, 5), (1, 4), (2, 6), (7, 9), (10, 11)]:
            for frame, day in [("Storms should fire between {a} and {b}pm along the dryline.", ref),
                               ("delivery between {a} and {b}pm tomorrow", ref + timedelta(days=1))]:
                want = h1 + 12 if h1 < h2 else h1
                cases.append((frame.format(a=h1, b=h2), ref, str(h1), ("TIME", f"{day.isoformat()}T{want:02d}:00")))
    _check(cases)


def test_two_times_joined_by_and_alone():
    # without "between", "at 3 and 5pm" is no range: the 3 is not made 15:00 by it
    for ref in REFS:
        found = [t for t in tag("we've got slots at 3 and 5pm", ref) if t.rule in ("hour_range_start", "between_hour_start")]
        assert found == []


# ---- 8. "open between 10 and 4" --------------------------------------------------------------------
def test_open_between():
    cases = []
    for ref in REFS:
        day = ref + timedelta(days=1)
        for o, c in [(10, 4), (9, 5), (8, 6), (11, 3)]:
            text = f"we're open between {o} and {c} tomorrow, come along"
            cases.append((text, ref, str(o), ("TIME", f"{day.isoformat()}T{o:02d}:00")))
            cases.append((text, ref, f"{c} tomorrow", ("TIME", f"{day.isoformat()}T{c + 12:02d}:00")))
    _check(cases)


# ---- 9. an hour with its day word, the half of the day from its clause -----------------------------
def test_hour_and_day_word_half_from_clause():
    cases = []
    for ref in REFS:
        day = ref + timedelta(days=1)
        for h in (4, 5, 6):
            for frame in ["alarm at {h} tomorrow, flight's at 9", "getting up at {h} tomorrow for the drive",
                          "breakfast at {h} tomorrow before the run"]:
                cases.append((frame.format(h=h), ref, f"{h} tomorrow", ("TIME", f"{day.isoformat()}T{h:02d}:00")))
            for frame in ["dinner at {h} tomorrow?", "see you at {h} tomorrow then"]:
                cases.append((frame.format(h=h), ref, f"{h} tomorrow", ("TIME", f"{day.isoformat()}T{h + 12:02d}:00")))
    _check(cases)


# ---- 10. a list of days before the last two and their hours ----------------------------------------
def test_list_of_days_with_hours():
    cases = []
    short = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for ref in REFS[:7]:
        for a, b, c in [(0, 2, 4), (1, 3, 5), (0, 1, 2), (2, 4, 5)]:
            text = f"Winter hours: open {short[a]}, {short[b]} and {short[c]} 1–4pm"
            for i in (a, b, c):
                cases.append((text, ref, short[i], ("SET", f"XXXX-WXX-{i + 1}")))
            text = f"Library hours: {WEEKDAYS[a]}, {WEEKDAYS[b]} & {WEEKDAYS[c]} 9am-5pm"
            for i in (a, b, c):
                cases.append((text, ref, WEEKDAYS[i], ("SET", f"XXXX-WXX-{i + 1}")))
    _check(cases)


# ---- 12. "feels like years" --------------------------------------------------------------------------
def test_feels_like_units():
    cases = []
    for cue in ("feels like", "felt like", "seems like", "seemed like"):
        for unit, code in [("years", "PXY"), ("months", "PXM"), ("weeks", "PXW"), ("days", "PXD"), ("hours", "PTXH")]:
            text = f"the queue {cue} {unit} honestly"
            cases.append((text, REFS[0], unit, ("DURATION", code)))
    _check(cases)


# ---- 11. "started may 19" ------------------------------------------------------------------------------
def test_lower_case_may_and_a_bare_day():
    cases = []
    for year in (2024, 2025, 2026):
        for d in (1, 3, 19, 28, 31):
            day = date(year, 5, d)
            for after in (10, 48):
                ref = day + timedelta(days=after)
                for frame in ["the course started may {d} which feels like years", "been off sugar since may {d}",
                              "she was born on may {d} btw"]:
                    cases.append((frame.format(d=d), ref, f"may {d}", ("DATE", day.isoformat())))
    _check(cases)


def test_modal_may_before_a_number():
    for text in ["we may 2 of them, not sure", "you may 3 times a day", "they may 3D print it"]:
        assert [t.expression for t in tag(text, REFS[0]) if "may" in t.expression.lower()] == [], text


# ---- the catalogue's own examples (docs/informal-time.md, the section on public posts) -------------
W = date(2025, 6, 4)   # a Wednesday


def test_catalogue_examples():
    xmas = date(2025, 12, 18)   # a Thursday: the Saturday to come is the 20th
    storm = date(2025, 5, 19)   # a Monday
    cases = [
        ("fastest lap 1m32s", W, "1m32s", ("DURATION", "PT1M32S")),
        ("it took 3min 20secs", W, "3min 20secs", ("DURATION", "PT3M20S")),
        ("2,700 miles to Antigua, 18-21 days", W, "18-21 days", ("DURATION", "PXD")),
        ("@jenny_k Update 11:40: the repair is done", W, "11:40", ("TIME", "2025-06-04T11:40")),
        ("Wed-Thu the trough ejects.\n\nUPDATE 2:47 PM: towers.\n\nUPDATE 4:10 PM: tornado warning until 4:45", storm, "4:45",
         ("TIME", "2025-05-19T16:45")),
        ("were you open boxing day? drove past and it looked shut", date(2025, 12, 29), "boxing day", ("DATE", "2025-12-26")),
        ("sorry, we were closed on the 25th and 26th", date(2025, 12, 29), "26th", ("DATE", "2025-12-26")),
        ("we're away 27th – 30th", xmas, "30th", ("DATE", "2025-12-30")),
        ("I'm off 3rd-5th", date(2025, 12, 1), "5th", ("DATE", "2025-12-05")),
        ("Storms should fire between 3 and 5pm along the dryline", storm, "3", ("TIME", "2025-05-19T15:00")),
        ("we're open between 10 and 4 tomorrow", W, "10", ("TIME", "2025-06-05T10:00")),
        ("open Mon, Wed and Fri 1–4pm", W, "Mon", ("SET", "XXXX-WXX-1")),
        ("Library hours: Monday, Wednesday & Friday 9am-5pm", W, "Monday", ("SET", "XXXX-WXX-1")),
        ("been off sugar since may 3", W, "may 3", ("DATE", "2025-05-03")),
        ("the queue feels like years honestly", W, "years", ("DURATION", "PXY")),
        ("Christmas rota below 🎄 Please reply by Saturday", xmas, "Saturday", ("DATE", "2025-12-20")),
    ]
    _check(cases)
