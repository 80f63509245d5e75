"""Classes of informal expressions whose VALUE the tagger got wrong on found expressions
(benchmarks/value_errors.py's categories, eleventh session), as a GRID: each class said on every
day of a week, at month ends and year ends, in plans and in reports, against the value TimeML
gives it, computed HERE from the calendar (never from the tagger's code).

The decisions (docs/informal-time.md §16, docs/timeml-conventions.md):
- a day and its clock time written with nothing but spaces between ("Mon Apr 22, 2024 8:14 am",
  "Sat 1st March 11:00", "22/04/2024 14:30", "5pm Weds 25th", "Saturday noon", "today 12 noon") are
  ONE TIME, the clock time on that day: TimeBank writes "9 a.m. Tuesday" so, the informal sets write
  a chat stamp and "tmrw 7pm" so; "X at Y" and "X, Y" stay two expressions, as the corpora write them.

Each case is one tag() of a short text.
"""
from __future__ import annotations

from datetime import date, timedelta

from test_informal_grid import EDGES, FULL, WEEK, _found

from timeline_app.temporal import tag

REFS = WEEK + EDGES + [date(2024, 2, 29)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _mismatch(text: str, ref: date, t, value: str, typ: str | None = None) -> str | None:
    """None when ``t`` (a Timex, or the list of what was found instead) has ``value`` (and ``typ``), else
    the line a grid reports."""
    if t is not None and not isinstance(t, list) and t.timex_value == value and typ in (None, t.timex_type):
        return None
    got = t if t is None or isinstance(t, list) else (t.expression, t.timex_type, t.timex_value)
    return f"{ref:%a %Y-%m-%d}: {text!r} -> {got} (want {typ or ''} {value})"


def _one(text: str, ref: date, first: str, last: str):
    """The Timex that holds both ``first`` and ``last`` (one expression), or what was found instead."""
    out = tag(text, ref)
    for t in out:
        if first.lower() in t.expression.lower() and last.lower() in t.expression.lower():
            return t
    return [(t.expression, t.timex_value) for t in out]


# (text with {D} the day's words and {T} the time's, the time's words, its clock value)
CLOCKS = [("8:14 am", "08:14"), ("6:55 pm", "18:55"), ("11:00", "11:00"), ("14:30", "14:30"), ("09:15", "09:15"),
          ("8pm", "20:00"), ("10.30am", "10:30")]


def _date_forms(d: date) -> list[str]:
    """The ways a post writes a date with its year (the reading does not depend on the day of writing)."""
    wd = FULL[d.weekday()]
    return [f"{wd[:3]} {MONTHS[d.month - 1][:3]} {d.day}, {d.year}",      # a forum's stamp
            f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",                   # an incident log
            f"{wd} {d.day}{_suffix(d.day)} {MONTHS[d.month - 1]} {d.year}",   # a confirmation text
            f"{d.day:02d}/{d.month:02d}/{d.year}" if d.day > 12 else f"{MONTHS[d.month - 1]} {d.day}, {d.year}"]


def test_a_date_and_its_clock_time_are_one_time():
    wrong, n = [], 0
    for ref in REFS:
        for k in (-9, 1, 12):
            d = ref + timedelta(days=k)
            for form in _date_forms(d):
                for words, clock in CLOCKS:
                    for text in (f"Posted by Plotholder_Dave » {form} {words}\nMorning all, tomatoes are in.",
                                 f"Just confirming your appointment {form} {words} with Chloe. Txt STOP to opt out.",
                                 f"incident INC-2031 opened {form} {words}, severity 3"):
                        n += 1
                        t = _one(text, ref, form.split()[0], words)
                        if (miss := _mismatch(text, ref, t, f"{d.isoformat()}T{clock}", "TIME")):
                            wrong.append(miss)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_a_clock_time_before_its_dated_weekday_is_one_time():
    """"5pm Weds 25th", "8pm Friday 3 May 2024": the time first, then its day."""
    wrong, n = [], 0
    for ref in REFS:
        for k in (2, 5, 11):
            d = ref + timedelta(days=k)
            wd = FULL[d.weekday()]
            for words, clock in (("5pm", "17:00"), ("9.30am", "09:30"), ("11am", "11:00")):
                for day in (f"{wd} {d.day}{_suffix(d.day)}", f"{wd} {d.day} {MONTHS[d.month - 1]} {d.year}"):
                    text = f"Finance need all expense claims in by {words} {day}, so please don't leave it late."
                    n += 1
                    t = _one(text, ref, words, day.split()[-1])
                    if (miss := _mismatch(text, ref, t, f"{d.isoformat()}T{clock}", "TIME")):
                        wrong.append(miss)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_a_day_word_and_noon_are_one_time():
    """"Saturday noon", "today 12 noon", "tomorrow midday": noon on that day (a plan: the weekday to come).
    The weekday said on its own day ("by Monday noon" on a Monday morning: today's noon, or a week on) is
    left to the clock rule's reading of a time still to come that day (the clock grid decides it)."""
    wrong, n = [], 0
    for ref in REFS:
        for i, wd in enumerate(FULL):
            if i == ref.weekday():
                continue
            d = ref + timedelta(days=(i - ref.weekday()) % 7)
            for noon in ("noon", "12 noon"):
                text = f"pre-order your cakes by {wd} {noon} and we'll have them boxed up!"
                n += 1
                t = _one(text, ref, wd, "noon")
                if (miss := _mismatch(text, ref, t, f"{d.isoformat()}T12:00", "TIME")):
                    wrong.append(miss)
        for word, k in (("today", 0), ("tomorrow", 1)):
            text = f"Tickets for the opener are live from {word} 12 noon itself."
            n += 1
            t = _one(text, ref, word, "noon")
            if (miss := _mismatch(text, ref, t, f"{(ref + timedelta(days=k)).isoformat()}T12:00", "TIME")):
                wrong.append(miss)
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_a_signal_between_keeps_two_expressions():
    """"X at Y", "X, Y": two TIMEX3, the time still on the date's day (the corpora's extents)."""
    wrong = []
    for ref in REFS:
        d = ref + timedelta(days=4)
        form = f"{FULL[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
        for text in (f"Your appointment is on {form} at 10:40 with Dr Shah.", f"Coffee morning: {form}, 10am till noon."):
            got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]
            day = [g for g in got if g[0] == form]
            time = [g for g in got if g[0].startswith("10")]
            if day != [(form, "DATE", d.isoformat())] or not time or not time[0][2].startswith(d.isoformat() + "T10:"):
                wrong.append(f"{ref}: {text!r} -> {got}")
    assert not wrong, "\n".join(wrong)


def test_a_year_alone_gives_no_day_to_a_clock_time():
    for ref in REFS:
        got = [(t.expression, t.timex_value) for t in tag("back in 2019 12:30 was lunchtime every day", ref)]
        assert ("2019", "2019") in got and not any(v.startswith("2019-") for _, v in got), got


# ---- a clock time on the day the sentence before names, up to a year ahead ----------------------
# (docs/informal-time.md §3: a time with no day of its own is on the day the talk is about; an email
# or a plan names that day in the sentence before, often months ahead: a wedding, a booking)

def test_a_clock_time_after_a_sentence_naming_a_day_months_ahead():
    wrong, n = [], 0
    for ref in REFS:
        for k in (2, 20, 45, 102, 200, 330):
            d = ref + timedelta(days=k)
            day = f"{FULL[d.weekday()]} {d.day}{_suffix(d.day)} {MONTHS[d.month - 1]}"
            for text in (f"Hi both, here's the rough plan for {day}:\n\n- 11am: I arrive at the hotel\n- 1.30pm: ceremony",
                         f"Hi Tom, the wedding is on {day}. I arrive at 11am and the ceremony is at 1.30pm.",
                         f"Our booking is for {day}. We'd arrive around 11am, and leave about 1.30pm."):
                for words, clock in (("11am", "11:00"), ("1.30pm", "13:30")):
                    n += 1
                    t = _found(text, ref, words)
                    want = f"{d.isoformat()}T{clock}"
                    if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
                        wrong.append(f"{ref}: {text!r} [{words}] -> {t and t.timex_value} (want {want})")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_a_clock_time_after_a_past_day_stays_on_it():
    """Told in the past: the day the sentence before told ("The fair was on ... We got there at 11am")."""
    wrong = []
    for ref in REFS:
        for k in (1, 5, 12):
            d = ref - timedelta(days=k)
            day = f"{FULL[d.weekday()]} {d.day}{_suffix(d.day)} {MONTHS[d.month - 1]}"
            text = f"The fair was on {day}. We got there at 11am and left at 4pm."
            t = _found(text, ref, "11am")
            if t is None or t.timex_value != f"{d.isoformat()}T11:00":
                wrong.append(f"{ref}: {text!r} -> {t and t.timex_value}")
    assert not wrong, "\n".join(wrong)


# ---- Discord's "name — Today at 8:47 AM" over a message ---------------------------------------------

def test_a_discord_stamp_time_is_on_its_own_day():
    """The time of "Today at"/"Yesterday at" is on that day, even after a message naming another day."""
    wrong, n = [], 0
    for ref in REFS:
        for i, wd in enumerate(FULL):
            for word, k in (("Today", 0), ("Yesterday", -1)):
                text = (f"maya_r — Today at 8:30 AM\nanyone done the problem set? due {wd.lower()} 11:59pm\n"
                        f"devin.k — {word} at 9:47 AM\nq4 is the one with the 95% CI?")
                n += 1
                t = _found(text, ref, "9:47 AM")
                want = f"{(ref + timedelta(days=k)).isoformat()}T09:47"
                if t is None or t.timex_value != want:
                    wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {want})")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


# ---- a month gone by its words: a comparison, or a thing kept from it ------------------------------
# ("the same thing as in Feb", "the clip from the september gig?": what is compared or kept has
# happened, whatever the clause's modal or question says; the last one before the day of writing)

GONE_MONTHS = ["ugh. probably the same thing as in {M}. can you look this aft?",
               "lol same as in {M} 😂 will it ever end",
               "we could use the clip from the {m} gig?",
               "can you send me the photos from the {M} trip? x",
               "@sam: it's just like in {M}, the same leak"]


def test_a_month_gone_by_its_words():
    wrong, n = [], 0
    for ref in [date(2025, m, 10) for m in range(1, 13)] + [date(2025, 12, 31)]:
        for mi in range(1, 13):
            if mi == ref.month:
                continue
            y = ref.year if mi < ref.month else ref.year - 1
            for template in GONE_MONTHS:
                name = MONTHS[mi - 1]
                if "{m}" in template and name in ("March", "May", "June", "August"):
                    continue   # lower-case "march", "may": words as often as months, found only after a cue
                text = template.format(M=name, m=name.lower())
                n += 1
                t = _found(text, ref, name[:3])
                if t is None or t.timex_value != f"{y}-{mi:02d}":
                    wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {y}-{mi:02d})")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


# ---- an hour of 1 to 6 with its minutes and no am/pm: the afternoon's --------------------------------
# (as the project reads "6ish", "half 5" (lexicon pm_hours_below); a word of the small hours near —
# woke, alarm, flight, night — keeps the small hour)

def test_a_small_dotted_hour_is_the_afternoons():
    wrong, n = [], 0
    for ref in REFS:
        for i, wd in enumerate(FULL):
            if i == ref.weekday():
                continue   # "on monday" said on a Monday: today or a week on, the weekday rule's decision
            d = ref + timedelta(days=(i - ref.weekday()) % 7)
            for h in range(1, 7):
                for sep in (".", ":"):
                    text = f"oh no 😂 we've got a slot at {h}{sep}15 on {wd.lower()}, it's about 2 hours"
                    n += 1
                    t = _found(text, ref, f"{h}{sep}15")
                    want = f"{d.isoformat()}T{h + 12:02d}:15"
                    if t is None or t.timex_value != want:
                        wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {want})")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_a_small_hour_with_a_word_of_the_night_stays_small():
    wrong = []
    for ref in REFS:
        for i, wd in enumerate(FULL):
            if i == ref.weekday():
                continue
            d = ref + timedelta(days=(i - ref.weekday()) % 7)
            for text, words, clock in ((f"taxi comes at 4:30 on {wd} for the flight", "4:30", "04:30"),
                                       (f"my alarm goes at 5:15 on {wd} 😭", "5:15", "05:15")):
                t = _found(text, ref, words)
                if t is None or t.timex_value != f"{d.isoformat()}T{clock}":
                    wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {d}T{clock})")
    assert not wrong, "\n".join(wrong[:40])


# ---- the hour of a habit its sentence names with words no rule tags ----------------------------------
# (TimeML: a time of no one day is written with placeholders, XXXX-XX-XXThh:mm, as the informal sets
# write "pickup is by 5.30"; "most days", "usually", "on quiz nights" say the hour is a habit's)

HABITS = ["I run at {T} most days before work", "we normally leave at {T}, traffic's awful",
          "she always logs off at {T} lol", "the kitchen is open till {T} on quiz nights.",
          "on school days the bus comes at {T}"]


def test_the_hour_of_a_habit_is_of_no_one_day():
    wrong, n = [], 0
    for ref in REFS:
        for template in HABITS:
            for words, clock in (("6am", "06:00"), ("7.30pm", "19:30"), ("10pm", "22:00"), ("8:15am", "08:15")):
                text = template.format(T=words)
                n += 1
                t = _found(text, ref, words)
                if t is None or t.timex_value != f"XXXX-XX-XXT{clock}":
                    wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want XXXX-XX-XXT{clock})")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_a_habit_word_does_not_unplace_a_time_with_its_day():
    for ref in REFS:
        for i, wd in enumerate(FULL):
            if i == ref.weekday():
                continue
            d = ref + timedelta(days=(i - ref.weekday()) % 7)
            t = _found(f"I usually go but this time it's 7pm {wd} at the Crown", ref, "7pm")
            assert t is not None and t.timex_value == f"{d.isoformat()}T19:00", (ref, wd, t and t.timex_value)


# ---- a request or a forecast is of what is to come -----------------------------------------------
# (the direction of a weekday: an imperative clause, "text me sat nite to confirm", "come Saturday
# at 11?", "pls put requests in by friday", even beside a past clause of its own; a forecast's saying,
# "Forecast says frost Thursday night"; a report keeps the one gone)

REQUESTS = ["no problem. text me {w} nite to confirm pls, had 3 timewasters last wknd",
            "had loads of messages since the ad went up but come {W} at 11?",
            "pls put holiday requests in by {w}, the rota went up late",
            "bring the van round {W}, we packed everything yesterday",
            "Forecast says frost {W} night anyway! Sat on the bench for an hour",
            "the app says rain {W} 😭 typical"]
REPORTS = ["we packed everything on {W}, the van was late", "had loads of messages on {W} but nobody came"]


def test_a_request_or_a_forecast_names_a_day_to_come():
    wrong, n = [], 0
    for ref in REFS:
        for i, wd in enumerate(FULL):
            if i == ref.weekday():
                continue
            ahead = ref + timedelta(days=(i - ref.weekday()) % 7)
            gone = ref - timedelta(days=(ref.weekday() - i) % 7)
            for templates, d in ((REQUESTS, ahead), (REPORTS, gone)):
                for template in templates:
                    if "{w} nite" in template and wd == "Monday":
                        continue   # "mon nite" is not written
                    text = template.format(W=wd, w=wd.lower()[:3])
                    n += 1
                    t = _found(text, ref, wd[:3])
                    if t is None or not t.timex_value.startswith(d.isoformat()):
                        wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {d})")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_a_weekday_week_before_a_chat_filler():
    """British "friday week" (a week on Friday) before a chat's filler word ("btw", "tho", "lol")."""
    wrong = []
    for ref in REFS:
        for i, wd in enumerate(FULL):
            d = ref + timedelta(days=(i - ref.weekday()) % 7 + 7)   # said on a Friday, "friday week" is a week today
            for filler in ("btw", "tho", "lol"):
                text = f"sweet. it's due {wd.lower()} week {filler} not this one"
                t = _found(text, ref, f"{wd.lower()} week")
                if t is None or t.timex_value != d.isoformat():
                    wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {d})")
    assert not wrong, f"{len(wrong)}:\n" + "\n".join(wrong[:30])


def test_every_reaches_each_weekday_of_its_list():
    """"every Tuesday and Friday", "every mon, wed and fri": each weekday a SET (TimeML: a set of
    times; the list shares its "every")."""
    wrong, n = [], 0
    short = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    for ref in REFS:
        for i in range(7):
            j, k = (i + 2) % 7, (i + 4) % 7
            for text, words in ((f"Going to do it every {FULL[i]} and {FULL[j]}.", [FULL[i], FULL[j]]),
                                (f"we swim every {short[i]}, {short[j]} and {short[k]}", [short[i], short[j], short[k]]),
                                (f"open every {FULL[i][:3]} & {FULL[j][:3]} from 9", [FULL[i][:3], FULL[j][:3]])):
                got = {t.expression.split()[-1]: (t.timex_type, t.timex_value) for t in tag(text, ref)}
                for w, num in zip(words, (i, j, k)):
                    n += 1
                    if got.get(w) != ("SET", f"XXXX-WXX-{num + 1}"):
                        wrong.append(f"{ref}: {text!r} [{w}] -> {got.get(w)}")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_for_a_fortnight_from_a_weekday_is_a_length():
    """"over for a fortnight from Friday": the length (P2W) and the day it starts, not the day two weeks on."""
    wrong = []
    for ref in REFS:
        for i, wd in enumerate(FULL):
            for unit, value in (("a fortnight", "P2W"), ("a week", "P1W")):
                text = f"my cousin's over from Boston for {unit} from {wd}, he's mad for it"
                got = [(t.expression, t.timex_value) for t in tag(text, ref)]
                if (unit, value) not in got or wd not in [g[0] for g in got]:   # (the weekday's direction: the weekday rule's)
                    wrong.append(f"{ref}: {text!r} -> {got}")
    assert not wrong, "\n".join(wrong[:30])


def test_a_holiday_exclaimed_over_is_the_one_gone():
    """"What a Christmas!!", "Best Christmas in years." said days after it: the one gone (as "had a
    quiet xmas"); "what are you doing for xmas?" before it stays the one to come."""
    wrong, n = [], 0
    for name, (mo, dd) in (("Christmas", (12, 25)), ("Halloween", (10, 31)), ("Bonfire Night", (11, 5)),
                           ("Valentine's Day", (2, 14))):
        for year in (2024, 2025):
            day = date(year, mo, dd)
            for k in (1, 2, 5, 12):
                ref = day + timedelta(days=k)
                for text in (f"What a {name}!! All 4 kids home", f"Best {name} in years.", f"omg what a {name} 😂"):
                    n += 1
                    t = _found(text, ref, name.split()[0])
                    if t is None or t.timex_value != day.isoformat():
                        wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {day})")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def test_a_morning_word_on_the_hours_line_wins_over_an_evening_word_before():
    """"... bday drinks. sat morning? / sat works!! 9ish? then brunch": the hour of the morning."""
    wrong = []
    for ref in REFS:
        for h in (7, 8, 9, 10, 11):
            for morning in ("then brunch", "before work", "for breakfast"):
                text = f"@tomr: cant tmrw, got my sisters bday drinks. sat morning?\n\n@jess_k: sat works!! {h}ish? {morning}"
                t = _found(text, ref, f"{h}ish")
                if t is None or not t.timex_value.endswith(f"T{h:02d}:00"):
                    wrong.append(f"{ref}: {text!r} -> {t and t.timex_value}")
            t = _found(f"drinks at the pub, {h}ish", ref, f"{h}ish")
            if t is None or not t.timex_value.endswith(f"T{h + 12:02d}:00"):
                wrong.append(f"{ref}: drinks {h}ish -> {t and t.timex_value}")
    assert not wrong, "\n".join(wrong[:30])


def test_a_routines_weekday_is_every_such_weekday():
    """"Bin day is Tuesday", "PE day is weds", "open every day except monday": a SET (each such weekday)."""
    wrong, n = [], 0
    short = ["mon", "tues", "weds", "thurs", "fri", "sat", "sun"]
    for ref in REFS:
        for i, wd in enumerate(FULL):
            for text, words in ((f"Min stay 6 months. Bin day is {wd} lol", wd), (f"PE day is {short[i]} now I think", short[i]),
                                (f"the café opens at 9 every day except {wd.lower()}.", wd.lower()),
                                (f"recycling day's {wd} btw", wd)):
                n += 1
                t = _found(text, ref, words)
                if t is None or (t.timex_type, t.timex_value) != ("SET", f"XXXX-WXX-{i + 1}"):
                    wrong.append(f"{ref}: {text!r} -> {t and (t.timex_type, t.timex_value)}")
    assert not wrong, f"{len(wrong)} of {n} wrong:\n" + "\n".join(wrong[:40])


def _iso_week_of(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def test_in_the_next_week_counts_from_now():
    """"In the next week I will send you the deposit" after a date far ahead: the week after the day of
    writing (a speaker's own plan), not the week after the date told; "The next week we moved" after a
    date told stays counted from it."""
    wrong = []
    for ref in REFS:
        far = ref + timedelta(days=40)
        far_txt = f"{far.day} {['January','February','March','April','May','June','July','August','September','October','November','December'][far.month - 1]}"
        for lead in ("In", "Within"):
            text = f"The semester starts on {far_txt}. I prefer to write. {lead} the next week I will send you the deposit."
            t = _found(text, ref, "the next week")
            want = _iso_week_of(ref + timedelta(days=7))
            if t is None or t.timex_value != want:
                wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {want})")
        past = ref - timedelta(days=40)
        past_txt = f"{past.day} {['January','February','March','April','May','June','July','August','September','October','November','December'][past.month - 1]}"
        text = f"We arrived on {past_txt}. The next week we moved."
        t = _found(text, ref, "next week")
        want = _iso_week_of(past + timedelta(days=7))
        if t is None or t.timex_value != want:
            wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {want})")
    assert not wrong, "\n".join(wrong[:30])


def test_a_span_issued_in_the_present_perfect_runs_ahead():
    """"An amber alert has been issued from 9am on Tuesday until 6pm on Friday": the perfect is the
    issuing; the days are the span's, to come (look11-wrong-dates.md)."""
    wrong = []
    for ref in REFS:
        for i, wd in enumerate(FULL):
            if i == ref.weekday():
                continue
            d = ref + timedelta(days=(i - ref.weekday()) % 7)
            for text in (f"An amber heat-health alert has been issued for the region from 9am on {wd} until late.",
                         f"The closure has been extended until {wd}, the council said.",
                         f"Extra trains have been put in place from {wd} for the festival.",
                         f"The agency has given the family until 9 a.m. {wd} to sign."):
                t = _found(text, ref, wd)
                if t is None or not t.timex_value.startswith(d.isoformat()):
                    wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {d})")
            gone = ref - timedelta(days=(ref.weekday() - i) % 7)
            for text in (f"The road has been closed since {wd}.", f"The alert was issued on {wd}."):
                t = _found(text, ref, wd)
                if t is None or t.timex_value != gone.isoformat():
                    wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {gone})")
    assert not wrong, f"{len(wrong)}:\n" + "\n".join(wrong[:30])


def test_a_weekday_said_as_a_plan_is_the_nearer():
    """"didn't we say Friday?", "I thought we agreed Thursday": the plan's day, the nearer of the two
    (the past is the saying's; look11-wrong-dates.md)."""
    wrong = []
    for ref in REFS:
        for i, wd in enumerate(FULL):
            if i == ref.weekday():
                continue
            ahead, back = (i - ref.weekday()) % 7, (ref.weekday() - i) % 7
            d = ref + timedelta(days=ahead) if ahead <= back else ref - timedelta(days=back)
            for text in (f"wait, didn't we say {wd}? I thought the meeting was moved.", f"I thought we agreed {wd} for the meeting"):
                t = _found(text, ref, wd)
                if t is None or t.timex_value != d.isoformat():
                    wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {d})")
    assert not wrong, f"{len(wrong)}:\n" + "\n".join(wrong[:30])


def test_a_rescheduled_event_runs_ahead():
    """"The client review has moved from Tuesday to Thursday", "has been postponed until Saturday": a
    present perfect of rescheduling names days to come; "has moved to Leeds since Tuesday" a day gone."""
    wrong = []
    for ref in REFS:
        for i, wd in enumerate(FULL):
            if i == ref.weekday():
                continue
            d = ref + timedelta(days=(i - ref.weekday()) % 7)
            gone = ref - timedelta(days=(ref.weekday() - i) % 7)
            for text, want in ((f"The client review has moved from {wd} to later, sorry.", d),
                               (f"The match has been postponed until {wd}.", d),
                               (f"He has moved to Leeds since {wd}.", gone)):
                t = _found(text, ref, wd)
                if t is None or t.timex_value != want.isoformat():
                    wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {want})")
    assert not wrong, f"{len(wrong)}:\n" + "\n".join(wrong[:30])


def test_a_closing_time_is_the_evenings():
    """"gym closes at 10", "the pub shuts at 11", "open till 9": a closing time from 7 to 11 is the
    evening's; "opens at 9" stays the morning's."""
    wrong = []
    for ref in REFS:
        for h in range(7, 12):
            for text, pm in ((f"climbing tmrw after work?? gym closes at {h} so we'd have loads of time", True),
                             (f"tmrw the pub shuts at {h} anyway", True), (f"tmrw the shop is open till {h} x", True),
                             (f"tmrw the shop opens at {h} ok", False)):
                t = _found(text, ref, f"{h}")
                want = f"{(ref + timedelta(days=1)).isoformat()}T{h + 12 if pm else h:02d}:00"
                if t is None or t.timex_value != want:
                    wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {want})")
    assert not wrong, f"{len(wrong)}:\n" + "\n".join(wrong[:30])


def test_an_answered_hour_takes_the_evening_of_its_own_clause_only():
    """"tomorrow? or Monday evening? / tomorrow works, 11?": 11:00 (the evening was the other day's);
    "drinks tonight? / yeah, 8?" stays 20:00."""
    wrong = []
    for ref in REFS:
        tmrw = ref + timedelta(days=1)
        if tmrw.weekday() == 0:
            continue   # said on a Sunday, tomorrow is the Monday whose evening was asked about
        for h in (9, 10, 11):
            text = f"ah sorry that was a bit late 🙁 tomorrow? or Monday evening?\n> tomorrow works, {h}? the other two will be in too"
            t = _found(text, ref, f"{h}")
            if t is None or t.timex_value != f"{tmrw.isoformat()}T{h:02d}:00":
                wrong.append(f"{ref}: {text!r} -> {t and t.timex_value}")
        t = _found("drinks tonight?\n> yeah, 8?", ref, "8")
        if t is None or t.timex_value != f"{ref.isoformat()}T20:00":
            wrong.append(f"{ref}: drinks tonight / 8 -> {t and t.timex_value}")
    assert not wrong, "\n".join(wrong[:30])


def test_the_weekend_of_a_date_with_its_month_in_lower_case():
    """"hen do the weekend of the 17th may": the weekend of that date's week (lower-case "may", "march" as
    the month after a day with its suffix; not "the 17th may be busy")."""
    wrong = []
    for ref in REFS:
        for k in (20, 60, 150):
            d = ref + timedelta(days=k)
            name = MONTHS[d.month - 1].lower()
            text = f"ok girls!! hen do the weekend of the {d.day}{_suffix(d.day)} {name}\n"
            t = _found(text, ref, "weekend")
            y, w, _ = d.isocalendar()
            if t is None or t.timex_value != f"{y}-W{w:02d}-WE":
                wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {y}-W{w:02d}-WE)")
        t = _found("the weekend of the 17th may be busy", ref, "weekend")
        if t is not None and "may" in t.expression:
            wrong.append(f"{ref}: 'may be busy' read as the month")
    assert not wrong, f"{len(wrong)}:\n" + "\n".join(wrong[:30])


def test_the_week_ahead_is_the_week_of_the_coming_days():
    """"Outlook for the week ahead" said on a Sunday is the next ISO week; on Monday to Friday, the
    week it is said in (the days to come fall in it). (thirty-third session, weeks34 §127) On a Saturday the next ISO
    week too: its one day left, the Sunday, is no week ahead (was the week it is said in)."""
    wrong = []
    for ref in REFS:
        y, w, _ = (ref + timedelta(days=2 if ref.isoweekday() == 6 else 1)).isocalendar()
        for text in ("Outlook for the week ahead: staying cold", "St Anne's Primary – the week ahead"):
            t = _found(text, ref, "week ahead")
            if t is None or t.timex_value != f"{y}-W{w:02d}":
                wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {t and t.timex_value} (want {y}-W{w:02d})")
    assert not wrong, "\n".join(wrong)


def test_a_day_of_the_month_just_named_is_in_it():
    """"We'll see you in December for the wedding? / Yes, 27th December": the December just named (the
    one to come), not the nearer 27 December gone."""
    wrong = []
    for ref in [date(2025, m, 3) for m in range(1, 13)] + [date(2025, 12, 31), date(2024, 2, 29)]:
        for k in (3, 5, 7, 9):
            mo = (ref.month - 1 + k) % 12 + 1
            y = ref.year + (1 if mo < ref.month else 0)
            name = MONTHS[mo - 1]
            text = f"Tunde: We'll see you in {name} for the wedding?\nChidi: Yes, 27th {name}"
            t = _found(text, ref, f"27th {name}")
            if t is None or t.timex_value != f"{y}-{mo:02d}-27":
                wrong.append(f"{ref}: {text!r} -> {t and t.timex_value} (want {y}-{mo:02d}-27)")
    assert not wrong, "\n".join(wrong[:30])


def test_an_irregular_participle_tells_a_past():
    """"Tomatoes sown 6th March on the windowsill, now about 8 inches!!": "sown" is a participle of a
    thing done, as "sowed" or "planted" would be (irregular participles: sown, grown, taken, written...)."""
    wrong = []
    for ref in [date(2025, m, 20) for m in range(1, 13)]:
        d = ref - timedelta(days=45)
        for verb in ("sown", "grown", "taken", "written"):
            text = f"Morning all. Tomatoes {verb} {d.day}{_suffix(d.day)} {MONTHS[d.month - 1]} on the windowsill, now about 8 inches!!"
            t = _found(text, ref, MONTHS[d.month - 1])
            if (miss := _mismatch(text, ref, t, d.isoformat())):
                wrong.append(miss)
        t = _found("the photos will be taken on Friday", ref, "Friday")
        if ref.weekday() != 4 and (t is None or t.timex_value <= ref.isoformat()):
            wrong.append(f"{ref}: 'will be taken on Friday' -> {t and t.timex_value}")
    assert not wrong, "\n".join(wrong[:30])
