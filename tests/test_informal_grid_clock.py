"""Informal CLOCK TIMES and relative times as a GRID (issue 11, tenth session): each class of
expression said on every day of a week and at month and year ends, in plans and in reports. The
expected TimeML value is computed here from the calendar, not taken from the tagger.

The decisions follow docs/informal-time.md §14 and docs/timeml-conventions.md. Where the two
disagree, the TIMEX3 guidelines decide.
- A bare hour with no day word ("dinner at 8?", "pick you up at 7.30") is on the day the talk is
  about: the day named before it in the chat, else the day of writing. Its half of the day comes
  from the words around it: meals, the pub, "tonight" (evening); breakfast, "before work"
  (morning). Hours 1-6 are the afternoon's.
- An hour with a day, in either order ("8pm Fri", "fri 8pm"), and a day with its part ("sat
  morning", "Sun night"): one TIME, the weekday to come in a plan, gone in a report.
- "the early hours of Saturday": the TIMEX3 value is the morning part (TMO), as the dev gold
  writes it, the Saturday gone in a report and to come in a plan.
- "last night" said after midnight is still the night before the message's day. "this morning"
  said in the evening is still the morning of the day of writing.
- "N mins/hrs ago" once the message's time is known (a stamp over it) is the TIME reached. With
  no time of writing it stays a length (PTnM), as informal4a wrote it. "in 20 mins" is a length
  (DURATION), as the dev gold writes "home in an hour".
- A time zone after a clock time ("7pm ET", "19:00 CET") keeps the clock time. The value has no
  zone, as TempEval-3 and the fresh gold write it.
- Clock lengths ("2hr", "45 mins", "a 40-hr week", "1.5 hrs"): DURATION, with fractions written
  in whole units (PT1H30M).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from timeline_app.temporal import tag

WEEK = [date(2025, 6, 2) + timedelta(days=i) for i in range(7)]          # Monday .. Sunday
EDGES = [date(2025, 6, 30), date(2025, 12, 31), date(2026, 2, 28), date(2024, 12, 29), date(2024, 2, 29)]
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun"]


def _next(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)


def _last(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)


def _found(text: str, ref: date, words: str, occurrence: int = 1):
    """The ``occurrence``-th Timex whose expression holds ``words`` (case-insensitive), or None."""
    n = 0
    for t in tag(text, ref):
        if words.lower() in t.expression.lower():
            n += 1
            if n == occurrence:
                return t
    return None


def _got(t) -> str:
    return "nothing" if t is None else f"{t.timex_type} {t.timex_value}"


def _every_day(text: str, words: str, typ: str, want, refs=None) -> None:
    """``text`` said on every day of WEEK and EDGES (or ``refs``): the Timex holding ``words`` has the
    type ``typ`` and the value ``want(ref)``."""
    wrong = []
    for ref in refs or WEEK + EDGES:
        t = _found(text, ref, words)
        if t is None or (t.timex_type, t.timex_value) != (typ, want(ref)):
            wrong.append(f"{ref:%a %Y-%m-%d}: {text!r} -> {_got(t)} (want {typ} {want(ref)})")
    assert not wrong, "\n".join(wrong)


def _shifted(shift: int, clock: str):
    """The value of a clock time ``shift`` days after the day of writing."""
    return lambda ref: (ref + timedelta(days=shift)).isoformat() + clock


# ---- bare hours: no day word on the line -------------------------------------------------------
# (template, the words of the hour, hour, minute): said on the day of writing, about that day
BARE = [
    ("@jo: dinner at 8?", "8", 20, 0),
    ("@jo: fancy dinner at 8? x", "8", 20, 0),
    ("@jo: drinks at 9?", "9", 21, 0),
    ("@jo: pub at 7?", "7", 19, 0),
    ("@jo: pick you up at 7.30 for the pub", "7.30", 19, 30),
    ("@jo: lunch at 1?", "1", 13, 0),
    ("@jo: lunch at 12.30?", "12.30", 12, 30),
    ("@jo: breakfast at 8?", "8", 8, 0),
    ("@jo: brunch at 11?", "11", 11, 0),
    ("@jo: kick off at 3, don't be late", "3", 15, 0),
    ("@jo: meet you outside at 5?", "5", 17, 0),
    ("@jo: see you at 4 x", "4", 16, 0),
    ("@jo: table booked for 7.30 at the curry house", "7.30", 19, 30),
    ("@jo: had dinner at 8 and I'm stuffed", "8", 20, 0),
    ("@jo: got to the pub at 9, it was heaving", "9", 21, 0),
    ("@jo: had lunch at 1 with mum", "1", 13, 0),
    ("@jo: doors at 7 and the support act was unreal", "7", 19, 0),
]


@pytest.mark.parametrize("template,words,hour,minute", BARE)
def test_bare_hour_grid(template, words, hour, minute):
    """A bare hour with no day word: that hour on the day of writing, on every day of the week,
    at month ends, at year ends and on a leap day."""
    _every_day(template, words, "TIME", _shifted(0, f"T{hour:02d}:{minute:02d}"))


# a chat whose day was named in an earlier message: the bare hour is on that day
CHAT_DAY = [
    ("Sam: free {s}?\nJo: yeah!\nSam: dinner at 8?", "8", 20, 0),
    ("Sam: are you about {W}?\nJo: yes after work\nSam: pub at half 7?", "half 7", 19, 30),
    ("Sam: lunch {W}?\nJo: go on then, 1?", "1", 13, 0),
]


@pytest.mark.parametrize("template,words,hour,minute", CHAT_DAY)
def test_bare_hour_on_the_chats_day(template, words, hour, minute):
    wrong = []
    for ref in WEEK:
        for wd in range(7):
            if wd == ref.weekday():
                continue
            text = template.format(W=FULL[wd], s=SHORT[wd])
            want = f"{_next(ref, wd).isoformat()}T{hour:02d}:{minute:02d}"
            t = _found(text, ref, words, occurrence=1 if words != "1" else 1)
            if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
                wrong.append(f"{ref:%a %d %b}: {text!r} -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


# ---- an hour or a part of the day with a weekday, in either order ------------------------------
DAY_HOURS = [
    # (plan template, report template, words, the value's time part)
    ("@jo: {s} 8pm?", "@jo: {s} 8pm was mental", "8pm", "T20:00"),
    ("@jo: 8pm {W}?", "@jo: 8pm {W} was mental", "8pm", "T20:00"),
    ("@jo: {W} at 8pm works for me", "@jo: {W} at 8pm was mental", "8pm", "T20:00"),
    ("@jo: {s} 7.30pm?", "@jo: {s} 7.30pm was a laugh", "7.30pm", "T19:30"),
    ("@jo: {s} morning works", "@jo: {s} morning was a write-off", "morning", "TMO"),
    ("@jo: {W} night?", "@jo: {W} night was mad", "night", "TNI"),
    ("@jo: {s} arvo?", "@jo: {s} arvo was lovely", "arvo", "TAF"),
    ("@jo: {s} nite?", "@jo: {s} nite was messy", "nite", "TNI"),
    ("@jo: {W} evening any good?", "@jo: {W} evening was grim", "evening", "TEV"),
]


@pytest.mark.parametrize("plan,report,words,part", DAY_HOURS)
def test_day_and_hour_grid(plan, report, words, part):
    """Every reference weekday x every other weekday: a plan's day is the next one, a report's the
    last one; the time or part of the day is on it."""
    wrong = []
    for template, pick in ((plan, _next), (report, _last)):
        for ref in WEEK:
            for wd in range(7):
                if wd == ref.weekday():
                    continue
                if "{s}" in template and SHORT[wd] in ("sun", "wed", "mon"):
                    continue   # "sun", "wed", "mon" are words too: "{s} 8pm" is tested with the full name
                text = template.format(W=FULL[wd], s=SHORT[wd])
                want = pick(ref, wd).isoformat() + part
                t = _found(text, ref, words)
                if t is None or t.timex_type != "TIME" or t.timex_value != want:
                    wrong.append(f"{ref:%a %d %b}: {text!r} -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


# ---- parts of the day --------------------------------------------------------------------------
def _stamp(ref: date, hhmm: str) -> str:
    return f"[{ref:%d/%m/%Y}, {hhmm}]"


@pytest.mark.parametrize("text,words,part", [
    ("@jo: can pop round this arvo", "this arvo", "TAF"),
    ("@jo: this aft works", "this aft", "TAF"),
    ("@jo: this eve?", "this eve", "TEV"),
    ("@jo: gonna chill this evening", "this evening", "TEV"),
])
def test_this_arvo_and_parts_of_today(text, words, part):
    _every_day(text, words, "TIME", _shifted(0, part))


def test_last_night_after_midnight_and_this_morning_in_the_evening():
    """A message stamped 00:40 that says "last night" means the night before the stamp's day (the
    one just ending); one stamped 21:10 that says "this morning" means that day's morning."""
    wrong = []
    for ref in WEEK + EDGES:
        for text, words, want in (
                (f"{_stamp(ref, '00:40')} Jo: last night was mad", "last night",
                 (ref - timedelta(days=1)).isoformat() + "TNI"),
                (f"{_stamp(ref, '21:10')} Jo: this morning was rough", "this morning", ref.isoformat() + "TMO"),
                (f"{_stamp(ref, '23:55')} Jo: tonight was class", "tonight", ref.isoformat() + "TNI")):
            t = _found(text, ref, words)
            if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
                wrong.append(f"{ref}: {text!r} -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


EARLY_HOURS = [
    ("@jo: the bar got raided in the early hours of {W}", "early hours", _last),
    ("Police were called in the early hours of {W} after a fight.", "early hours", _last),
    ("@jo: the flight's in the early hours of {W} 😴", "early hours", _next),
    ("@jo: we were dancing till the small hours of {W}", "small hours", _last),
]


@pytest.mark.parametrize("template,words,pick", EARLY_HOURS)
def test_early_hours_of_a_weekday(template, words, pick):
    """"the early hours of Saturday": that Saturday's morning part (TMO, the dev gold's value), the
    Saturday gone in a report and to come in a plan; (eleventh session) its interval the small hours,
    [00:00, 06:00) (tests/test_corpus_data.py reads TMO as the TIDES morning, midnight to noon)."""
    wrong = []
    for ref in WEEK:
        for wd in range(7):
            if wd == ref.weekday():
                continue
            text = template.format(W=FULL[wd])
            want = f"{pick(ref, wd).isoformat()}TMO"
            t = _found(text, ref, words)
            if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
                wrong.append(f"{ref:%a %d %b}: {text!r} -> {_got(t)} (want TIME {want})")
            elif (t.start, t.end) != (datetime.combine(pick(ref, wd), datetime.min.time()),
                                      datetime.combine(pick(ref, wd), datetime.min.time()) + timedelta(hours=6)):
                wrong.append(f"{ref:%a %d %b}: {text!r} -> interval {t.start} .. {t.end} (want the small hours, 00:00-06:00)")
    assert not wrong, "\n".join(wrong)


# ---- now, and times reached from the time of writing ---------------------------------------------
NOW = [
    ("@jo: on the bus right now", "right now"),
    ("@jo: just now got home", "just now"),
    ("@jo: she left just now", "just now"),
    ("@jo: bit busy at the moment", "at the moment"),
    ("@jo: in a meeting atm, call u after", "atm"),
    ("@jo: shattered rn", "rn"),
    ("@jo: currently stuck on the M6", "currently"),
]


@pytest.mark.parametrize("text,words", NOW)
def test_now_words_are_the_present(text, words):
    _every_day(text, words, "DATE", lambda ref: "PRESENT_REF")


AGO = [
    # (message, words, minutes back); the stamp says when it was sent
    ("Jo: got here an hour ago", "an hour ago", 60),
    ("Jo: landed 2 hrs ago", "2 hrs ago", 120),
    ("Jo: saw her 20 mins ago by the shops", "20 mins ago", 20),
    ("Jo: posted it 10 minutes ago", "10 minutes ago", 10),
    ("Jo: left half an hour ago", "half an hour ago", 30),
]


@pytest.mark.parametrize("message,words,back", AGO)
def test_ago_from_the_message_stamp(message, words, back):
    """Under a stamp the time of writing is known: "an hour ago" is the TIME reached, across
    midnight, month ends and year ends (a stamp at 00:15 and one at 19:40)."""
    wrong = []
    for ref in WEEK + EDGES:
        for hhmm in ("19:40", "00:15"):
            text = f"{_stamp(ref, hhmm)} {message}"
            at = datetime(ref.year, ref.month, ref.day, int(hhmm[:2]), int(hhmm[3:])) - timedelta(minutes=back)
            want = f"{at:%Y-%m-%dT%H:%M}"
            t = _found(text, ref, words.split(" ago")[0])
            if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
                wrong.append(f"{ref}: {text!r} -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("message,words,back", AGO)
def test_ago_without_a_time_of_writing_is_a_length(message, words, back):
    """With no stamp the moment of writing is unknown: the length, as informal4a writes it."""
    length = f"PT{back // 60}H" if back % 60 == 0 else f"PT{back}M"
    _every_day("@" + message.replace("Jo: ", "jo: "), words.split(" ago")[0], "DURATION", lambda ref: length)


@pytest.mark.parametrize("text,words,value", [
    ("@jo: leaving in 20 mins", "20 mins", "PT20M"),
    ("@jo: home in an hour", "an hour", "PT1H"),
    ("@jo: back in 2 hrs", "2 hrs", "PT2H"),
])
def test_in_so_long_is_a_length(text, words, value):
    for ref in (WEEK[0], EDGES[1]):
        for t_ in (text, f"{_stamp(ref, '19:40')} {text[1:]}"):
            t = _found(t_, ref, words)
            assert t is not None and (t.timex_type, t.timex_value) == ("DURATION", value), (t_, _got(t))


# ---- time zones -----------------------------------------------------------------------------------
ZONES = ["ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CET", "CEST", "GMT", "BST", "UTC", "AEST", "IST"]
ZONE_TIMES = [("7pm", "T19:00"), ("3PM", "T15:00"), ("19:00", "T19:00"), ("7.30pm", "T19:30"),
              ("10am", "T10:00"), ("20:30", "T20:30")]


@pytest.mark.parametrize("zone", ZONES)
def test_time_zone_after_a_clock_time(zone):
    """"stream starts 7pm ET", "kick off 19:00 CET": the clock time (on the day of writing, or the
    weekday said with it), the zone not in the value."""
    wrong = []
    for ref in (WEEK[0], WEEK[4], EDGES[1]):
        for clock, part in ZONE_TIMES:
            for text, day in ((f"@jo: stream starts {clock} {zone} 🎮", ref),
                              (f"@jo: kick off {clock} {zone} on Saturday", _next(ref, 5))):
                if day == ref and "Saturday" in text:
                    continue
                want = day.isoformat() + part
                t = _found(text, ref, clock)
                if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
                    wrong.append(f"{ref}: {text!r} -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


# ---- clock lengths ----------------------------------------------------------------------------------
LENGTHS = [
    ("@jo: did a 2hr session at the wall", "2hr", "PT2H"),
    ("@jo: 45 mins on the bike 🚴", "45 mins", "PT45M"),
    ("@jo: another 40-hr week done", "40-hr", "PT40H"),
    ("@jo: waited 1.5 hrs for a bus", "1.5 hrs", "PT1H30M"),
    ("@jo: queued for an hour and a half", "an hour and a half", "PT1H30M"),
    ("@jo: took half an hour to park", "half an hour", "PT30M"),
    ("@jo: 90 mins of pure boredom", "90 mins", "PT90M"),
    ("@jo: stuck on the tarmac for 3hrs", "3hrs", "PT3H"),
    ("@jo: plank for 2 min", "2 min", "PT2M"),
    ("@jo: been waiting for weeks", "weeks", "PXW"),
    ("@jo: revising all week 😩", "all week", "P1W"),
    ("@jo: been in bed all day", "all day", "P1D"),
]


@pytest.mark.parametrize("text,words,value", LENGTHS)
def test_clock_lengths(text, words, value):
    _every_day(text, words, "DURATION", lambda ref: value, refs=(WEEK[0], WEEK[6], EDGES[1]))


# ---- US texting's "7p" / "11a" -------------------------------------------------------------------
@pytest.mark.parametrize("text,words,shift,clock", [
    ("@jo: see you at 7p", "7p", 0, "T19:00"),
    ("@jo: dinner at 8p?", "8p", 0, "T20:00"),
    ("@jo: tmrw 7p?", "7p", 1, "T19:00"),
    ("@jo: 11a works for me", "11a", 0, "T11:00"),
    ("@jo: call at 9a tmrw", "9a", 1, "T09:00"),
    ("@jo: practice 6p-8p tonight", "6p", 0, "T18:00"),
])
def test_texting_am_pm_letter(text, words, shift, clock):
    _every_day(text, words, "TIME", _shifted(shift, clock))


@pytest.mark.parametrize("text", [
    "@jo: crisps were 7p in the sale",
    "@jo: 20p off at the co-op",
    "@jo: it's only 50p a go at 5p each",
    "@jo: grade 8a at the climbing wall",
    "@jo: flat 4a is the one",
    "@jo: the score was 9-5",
    "@jo: he's 6 foot 2 and works 9 to 5",
])
def test_no_clock_time_in_prices_and_scores(text):
    for ref in (WEEK[0], EDGES[1]):
        assert [t.expression for t in tag(text, ref) if t.timex_type == "TIME"] == [], text


# ---- an hour and its day word with no word between: one TIME -----------------------------------
@pytest.mark.parametrize("text,words,shift,clock", [
    ("@jo: bus at 6.10 tomorrow morning", "6.10", 1, "T06:10"),
    ("@jo: landed at 11.20 last night", "11.20", -1, "T23:20"),
    ("@jo: got in at 2 last night, dead", "2 last night", 0, "T02:00"),
    ("@jo: at 10 tonight?", "10", 0, "T22:00"),
    ("@jo: I was there at 6 this morning", "6", 0, "T06:00"),
    ("@jo: it went up at 9pm last night", "9pm", -1, "T21:00"),
    ("@jo: free at 3 tomorrow afternoon", "3", 1, "T15:00"),
    ("@jo: around 9 tonight", "9", 0, "T21:00"),
    ("@jo: gets in at 9.45 tonight", "9.45", 0, "T21:45"),
])
def test_hour_with_its_day_word(text, words, shift, clock):
    """"at 6.10 tomorrow morning", "at 11.20 last night": one TIME, the hour on the day (and its half
    of the day from the part named; "2 last night" is the small hours of the day of writing), across
    month ends, year ends and a leap day."""
    _every_day(text, words, "TIME", _shifted(shift, clock))


@pytest.mark.parametrize("text,words,shift,clock", [
    ("@jo: tonight 8?", "tonight 8", 0, "T20:00"),
    ("@jo: tmrw night 7.30?", "tmrw night 7.30", 1, "T19:30"),
    ("@jo: tomorrow eve 7?", "tomorrow eve 7", 1, "T19:00"),
    ("@jo: tomorrow 9.30 ok?", "tomorrow 9.30", 1, "T09:30"),
])
def test_day_word_and_hour_proposed(text, words, shift, clock):
    """A day word (and its part of the day) and an hour proposed with a question mark: one TIME, the
    hour's half of the day from the part named."""
    _every_day(text, words, "TIME", _shifted(shift, clock))


# ==== eleventh session (clock): the classes closing10 left, each as a grid ======================
# Decisions (docs/informal-time.md §16):
# - "noon", "midday", "lunchtime" are 12:00 (AQUAINT writes "midday" T12:00, TimeBank "noon Saturday"
#   one TIME T12:00, the fresh gold "lunchtime" T12:00), with a weekday or a day word in either order
#   and no word between one TIME, like "8pm Fri".
# - an approximate hour ("8ish", "8-ish", "around 8") takes its half of the day as a bare hour does.
# - "back in 10", "there in 5": minutes understood, a length (PT10M), as "in 20 mins" is.
# - "by 6 latest", "by 6 at the latest": a deadline, the hour on the talk's day.
# - a WhatsApp Web paste "[14:03, 12/03/2024] Jo:" (time first) is one TIME, as the phone's
#   "[12/03/2024, 14:03]" is, and the message's words count from its day.
# - live-blog entries opened by "UPDATE 14:32" / "Update, 14:32:" are the entry's TIME, as "14:32 ...".
# - a post's age under its author ("Jo Bloggs · 2h", "@jo • 3d", "u/kev · 1w"): what "2 hrs ago",
#   "3 days ago", "1 week ago" would be (the day reached, the ISO week reached; hours without a time of
#   writing stay the length, as "2 hrs ago" does).
# - an office day's hours before weekdays ("9-5 Mon-Fri", "open 9-5 mon-sat"): each end a habit's
#   hour (XXXX-XX-XXT09:00, T17:00), as "8am-4pm Mon-Sat"; "works 9 to 5" alone stays untagged.

APPROX_HOURS = [
    ("@jo: drinks 8ish?", "8ish", 0, "T20:00"),
    ("@jo: pub 8-ish?", "8-ish", 0, "T20:00"),
    ("@jo: dinner around 8?", "8", 0, "T20:00"),
    ("@jo: curry about 7.30?", "7.30", 0, "T19:30"),
    ("@jo: tonight 8ish?", "8ish", 0, "T20:00"),
    ("@jo: tmrw eve 8ish?", "8ish", 1, "T20:00"),
    ("@jo: pick u up around 6?", "6", 0, "T18:00"),
    ("@jo: raid is 8pm, NOT 7", "7", 0, "T19:00"),
    ("@jo: it's 8pm not 7!!", "7", 0, "T19:00"),
]


@pytest.mark.parametrize("text,words,shift,clock", APPROX_HOURS)
def test_approximate_and_corrected_hours(text, words, shift, clock):
    _every_day(text, words, "TIME", _shifted(shift, clock))


NOON_DAY = [
    # (plan template, report template, words)
    ("@jo: midday {s}?", "@jo: midday {s} was rammed", "midday"),
    ("@jo: {s} midday?", "@jo: {s} midday was rammed", "midday"),
    ("@jo: noon {W}?", "@jo: noon {W} was rammed", "noon"),
    ("@jo: {W} noon works", "@jo: {W} noon was rammed", "noon"),
    ("@jo: lunchtime {s}?", "@jo: lunchtime {s} was rammed", "lunchtime"),
    ("@jo: {W} lunchtime?", "@jo: {W} lunchtime was rammed", "lunchtime"),
]


@pytest.mark.parametrize("plan,report,words", NOON_DAY)
def test_noon_with_a_weekday(plan, report, words):
    """"midday Sat", "Sat midday", "noon Friday", "lunchtime thurs": one TIME at 12:00 on that weekday,
    to come in a plan, gone in a report."""
    wrong = []
    for template, pick in ((plan, _next), (report, _last)):
        for ref in WEEK:
            for wd in range(7):
                if wd == ref.weekday():
                    continue
                if "{s}" in template and SHORT[wd] in ("sun", "wed", "mon"):
                    continue
                text = template.format(W=FULL[wd], s=SHORT[wd])
                want = pick(ref, wd).isoformat() + "T12:00"
                t = _found(text, ref, words)
                if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
                    wrong.append(f"{ref:%a %d %b}: {text!r} -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("text,words,shift", [
    ("@jo: lunchtime tmrw?", "lunchtime", 1),
    ("@jo: tmrw lunchtime?", "lunchtime", 1),
    ("@jo: see you at lunchtime tomorrow", "lunchtime", 1),
    ("@jo: midday tomorrow ok?", "midday", 1),
    ("@jo: meet at lunchtime?", "lunchtime", 0),
    ("@jo: noon today works", "noon", 0),
])
def test_noon_with_a_day_word(text, words, shift):
    _every_day(text, words, "TIME", _shifted(shift, "T12:00"))


@pytest.mark.parametrize("text,words,value", [
    ("@jo: there in 5", "5", "PT5M"),
    ("@jo: back in 10", "10", "PT10M"),
    ("@jo: be there in 2!", "2", "PT2M"),
    ("@jo: ready in 15 x", "15", "PT15M"),
    ("@jo: with you in 5 mins", "5 mins", "PT5M"),
    ("@jo: leaving in 20, need anything?", "20", "PT20M"),
])
def test_back_in_minutes_understood(text, words, value):
    """"back in 10", "there in 5": minutes understood, a length, with a stamp or without."""
    _every_day(text, words, "DURATION", lambda ref: value, refs=(WEEK[0], WEEK[5], EDGES[1]))
    for ref in (WEEK[2], EDGES[2]):
        t = next((t for t in tag(f"{_stamp(ref, '19:40')} {text[1:]}", ref) if t.expression == words), None)
        assert t is not None and (t.timex_type, t.timex_value) == ("DURATION", value), (text, _got(t))


@pytest.mark.parametrize("text", [
    "@jo: we won in 5 sets",
    "@jo: 1 in 5 people have it",
    "@jo: it comes in 10 colours",
    "@jo: came back in 2nd place",
    "@jo: top speed in 5th gear",
    "@jo: they scored in 3 minutes and again in 10",
])
def test_in_a_number_that_is_no_length(text):
    for ref in (WEEK[0], EDGES[1]):
        got = [(t.expression, t.timex_value) for t in tag(text, ref) if t.timex_type == "DURATION" and t.expression.isdigit()]
        assert got == [], (text, got)


@pytest.mark.parametrize("hhmm", ["14:03", "09:15", "00:20"])
def test_whatsapp_web_stamp_time_first(hhmm):
    """"[14:03, 12/03/2024] Jo: ..." (copied from WhatsApp Web): one TIME, and "tomorrow" in its
    message counts from the stamp's day (sent the day before the day of writing). (Until the forty-fifth
    session only where the stamp's reading was sure by its numbers: "04/06/2025" on 5 June could have
    been 6 April, and "tomorrow" counted from the day of writing. From §264 (chats45) the export's own
    form decides: a padded "dd/mm/yyyy" with a 24-hour clock is read day first, so the stamp is sure.)"""
    wrong = []
    for ref in WEEK + EDGES:
        sent = ref - timedelta(days=1)
        tomorrow = ref
        text = f"[{hhmm}, {sent:%d/%m/%Y}] Jo: see you tomorrow at 10?\n[{hhmm[:3]}59, {sent:%d/%m/%Y}] Sam: yes"
        t = _found(text, ref, hhmm)
        want = f"{sent.isoformat()}T{hhmm}"
        if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
            wrong.append(f"{ref}: {text!r} -> {_got(t)} (want TIME {want})")
        t = _found(text, ref, "tomorrow")
        if t is None or t.timex_value != tomorrow.isoformat():
            wrong.append(f"{ref}: {text!r} tomorrow -> {_got(t)} (want DATE {tomorrow})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("fmt", ["UPDATE {t} {msg}", "Update, {t}: {msg}", "UPDATE {t} - {msg}", "Update {t}: {msg}"])
def test_live_blog_update_lines(fmt):
    """A live blog whose entries open with "UPDATE 14:32": each entry's TIME, on the day of writing,
    on the next day once the entries' times go back past midnight."""
    wrong = []
    for ref in WEEK + EDGES:
        text = "\n\n".join(fmt.format(t=t, msg=msg) for t, msg in (
            ("22:10", "Police have closed the high street."), ("23:45", "Two people have been arrested."),
            ("00:30", "The road has reopened.")))
        for clock, shift in (("22:10", 0), ("23:45", 0), ("00:30", 1)):
            t = _found(text, ref, clock)
            want = (ref + timedelta(days=shift)).isoformat() + "T" + clock
            if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
                wrong.append(f"{ref}: {clock} -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


POST_AGES = [
    ("Jo Bloggs · 3d\nbest gig of my life", "3d", "DATE", lambda ref: (ref - timedelta(days=3)).isoformat()),
    ("@jo • 1d\nstill buzzing", "1d", "DATE", lambda ref: (ref - timedelta(days=1)).isoformat()),
    ("u/kev_b · 5d\nhad the same problem", "5d", "DATE", lambda ref: (ref - timedelta(days=5)).isoformat()),
    ("Kim Lee · 1w\nlooks amazing", "1w", "DATE", lambda ref: "%04d-W%02d" % (ref - timedelta(days=7)).isocalendar()[:2]),
    ("sam_k • 2w\nwhere is this?", "2w", "DATE", lambda ref: "%04d-W%02d" % (ref - timedelta(days=14)).isocalendar()[:2]),
    ("Jo Bloggs · 2h\nwhat a night", "2h", "DURATION", lambda ref: "PT2H"),
]


@pytest.mark.parametrize("text,words,typ,want", POST_AGES)
def test_post_age_under_its_author(text, words, typ, want):
    """A post's age after its author: as "3 days ago", "1 week ago", "2 hrs ago" would be."""
    _every_day(text, words, typ, want)


@pytest.mark.parametrize("text", [
    "@jo: did 3d printing at school",
    "@jo: the 1d pieces are rare",
    "@jo: ran a 10k in 1h",
    "@jo: Kim Lee · 2d printer for sale",
])
def test_no_post_age_in_running_text(text):
    for ref in (WEEK[0], EDGES[1]):
        assert [t.expression for t in tag(text, ref) if t.expression in ("3d", "1d", "1h", "2d")] == [], text


@pytest.mark.parametrize("text,first,second", [
    ("@jo: open 9-5 Mon-Fri", "9", "5"),
    ("@jo: I work 9-5 mon to fri", "9", "5"),
    ("@jo: shop's open 10-4 Mon-Sat", "10", "4"),
    ("@jo: surgery hours 8.30-6 weekdays", "8.30", "6"),
])
def test_office_hours_before_weekdays(text, first, second):
    """A day's hours before the weekdays they hold on: each end a habit's hour (as "8am-4pm Mon-Sat")."""
    want = {"9": "T09:00", "5": "T17:00", "10": "T10:00", "4": "T16:00", "8.30": "T08:30", "6": "T18:00"}
    for ref in (WEEK[0], WEEK[5], EDGES[1]):
        got = [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref) if t.timex_type == "TIME"]
        assert got[:2] == [(first, "TIME", "XXXX-XX-XX" + want[first]), (second, "TIME", "XXXX-XX-XX" + want[second])], (text, got)


# ---- follow-ups from informal9-clock A's errors (each a class of English, as a grid) -------------
@pytest.mark.parametrize("text,first,second,a,b", [
    ("@jo: worked 10pm to 6am, shattered", "10pm", "6am", "T22:00", "T06:00"),
    ("@jo: the bar's open 9pm-2am", "9pm", "2am", "T21:00", "T02:00"),
    ("@jo: on nights, 22:00 to 06:00", "22:00", "06:00", "T22:00", "T06:00"),
    ("@jo: party from 9pm til 3am", "9pm", "3am", "T21:00", "T03:00"),
])
def test_range_of_hours_past_midnight(text, first, second, a, b):
    """A range of clock times whose end is earlier than its start ends on the next day."""
    _every_day(text, first, "TIME", _shifted(0, a))
    _every_day(text, second, "TIME", _shifted(1, b))


@pytest.mark.parametrize("text", ["@jo: she ran 19:45 at parkrun", "@jo: finished in 23:50, a PB", "@jo: won 21:15 in the final set"])
def test_24_hour_looking_lengths_and_scores(text):
    for ref in (WEEK[0], EDGES[1]):
        assert [t.expression for t in tag(text, ref) if t.timex_type == "TIME"] == [], text


def test_sat_and_a_dotted_hour_proposed():
    """"Wet Leg are sat 6.15?": as any bare hour, 1-6 the afternoon's (plan: the Saturday to come)."""
    _every_day("Jay: and Wet Leg are sat 6.15?", "sat 6.15", "TIME",
               lambda ref: _next(ref, 5).isoformat() + "T18:15", refs=[r for r in WEEK + EDGES if r.weekday() != 5])


def test_a_chat_time_takes_the_day_proposed_before():
    """"Ben: tmrw 2pm? / Aisha: fine, 2pm on Teams": the hour agreed is on the day proposed."""
    wrong = []
    for ref in WEEK + EDGES:
        text = "Ben: can't tonight, working till 10. tmrw 2pm?\nAisha: fine, 2pm on Teams"
        t = _found(text, ref, "2pm", occurrence=2)
        want = (ref + timedelta(days=1)).isoformat() + "T14:00"
        if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
            wrong.append(f"{ref}: -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


def test_a_stamp_hours_later_opens_a_new_talk():
    """"[08:02, d] Tasha: swimming moved to thurs" then, seven hours later, "[15:20, d] Raj: at the park
    till about 4": the day of the stamp, not the Thursday; and a stamp's own time is no time said
    (a later "by 8.45" is not its echo)."""
    wrong = []
    for ref in WEEK + EDGES:
        d, d0 = f"{ref:%d/%m/%Y}", f"{ref - timedelta(days=1):%d/%m/%Y}"
        text = (f"[20:45, {d0}] Gemma: ta x\n[08:02, {d}] Tasha: swimming moved to thurs, kit bags in by 8.45\n"
                f"[15:20, {d}] Raj: got them! at the park till about 4")
        t = next((x for x in tag(text, ref) if x.expression == "4"), None)
        if t is None or t.timex_value != ref.isoformat() + "T16:00":
            wrong.append(f"{ref}: '4' -> {_got(t)} (want {ref}T16:00)")
        t = next((x for x in tag(text, ref) if x.expression == "8.45"), None)
        if t is None or not t.timex_value.endswith("T08:45"):
            wrong.append(f"{ref}: '8.45' -> {_got(t)} (want 08:45)")
    assert not wrong, "\n".join(wrong)


SHIFTS = [
    # (template, first, second, the first's hour, the second's hour)
    ("@jo: I'm on 7-3 {s}", "7", "3", 7, 15),
    ("@jo: can anyone swap my 6-2 {s}?", "6", "2", 6, 14),
    ("@jo: doing 2-10 {s} if you need cover", "2", "10", 14, 22),
]


@pytest.mark.parametrize("template,first,second,h1,h2", SHIFTS)
def test_shift_hours_before_a_weekday(template, first, second, h1, h2):
    """A shift's hours before the weekday it is worked: both on the weekday to come."""
    wrong = []
    for ref in WEEK:
        for wd in range(7):
            if wd == ref.weekday() or SHORT[wd] in ("sun", "wed", "mon"):
                continue
            text = template.format(s=SHORT[wd])
            day = _next(ref, wd).isoformat()
            got = [(t.expression, t.timex_value) for t in tag(text, ref) if t.timex_type == "TIME"]
            if got != [(first, f"{day}T{h1:02d}:00"), (second, f"{day}T{h2:02d}:00")]:
                wrong.append(f"{ref:%a %d %b}: {text!r} -> {got}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("text", ["@jo: the kids won 7-2 sat", "@jo: it finished 3-1 fri night"])
def test_scores_before_a_weekday_are_no_shift(text):
    for ref in (WEEK[0], EDGES[1]):
        assert [t.expression for t in tag(text, ref) if t.timex_type == "TIME" and t.expression.isdigit()] == [], text


# one hour on the day of writing, by class (each said on every day of WEEK and EDGES)
TODAY_CLOCKS = [
    # a deadline: "by N latest"
    ("@jo: home by 6 latest", "6", "T18:00"),
    ("@jo: be back by 5 at the latest", "5", "T17:00"),
    ("@jo: dinner on the table by 8 latest pls", "8", "T20:00"),
    ("@jo: need the van back by 4 at the very latest", "4", "T16:00"),
    # "by", "till", "after" an hour: later than the time told before it that day
    ("@jo: started at 6am, boss said be done by 4 latest", "4", "T16:00"),
    ("@jo: in at 7am, here till 3", "3", "T15:00"),
    ("@jo: shift from 8am, free after 2", "2", "T14:00"),
    # a 24-hour time without a preposition, after an article, a copula, a shift's word
    ("@jo: I've got a 14:20 finishing 23:50, swap?", "14:20", "T14:20"),
    ("@jo: I've got a 14:20 finishing 23:50, swap?", "23:50", "T23:50"),
    ("@jo: my shift is 19:30 to 23:30 now", "19:30", "T19:30"),
    ("@jo: train's now 08:12 not 07:58 ffs", "08:12", "T08:12"),
    # arriving, departing, ETA take a clock time as "at" does
    ("@jo: train delayed, now arriving 18:42", "18:42", "T18:42"),
    ("@jo: bus departs 19:05 from stand C", "19:05", "T19:05"),
    ("@jo: ETA 21:15 if the traffic behaves", "21:15", "T21:15"),
]


@pytest.mark.parametrize("text,words,clock", TODAY_CLOCKS)
def test_clock_on_the_day_of_writing(text, words, clock):
    _every_day(text, words, "TIME", _shifted(0, clock))


@pytest.mark.parametrize("text,words,value", [
    ("@jo: shop shuts at 5.30 on sundays", "5.30", "XXXX-XX-XXT17:30"),
    ("@jo: the cafe closes at 4 on saturdays", "4", "XXXX-XX-XXT16:00"),
    ("@jo: the gym opens at 6am every day", "6am", "XXXX-XX-XXT06:00"),
])
def test_the_hour_of_a_habit(text, words, value):
    """The hour of a habit (a set in the sentence): no one day; below 7 without am/pm the afternoon's."""
    _every_day(text, words, "TIME", lambda ref: value, refs=(WEEK[0], WEEK[6], EDGES[1]))


def test_an_hour_offered_instead_of_another():
    """"can u do 11 instead of 10 tmrw?": both hours on the day named."""
    wrong = []
    for ref in WEEK + EDGES:
        got = [(t.expression, t.timex_value) for t in tag("@jo: can u do 11 instead of 10 tmrw?", ref) if t.timex_type == "TIME"]
        day = (ref + timedelta(days=1)).isoformat()
        if got != [("11", day + "T11:00"), ("10 tmrw", day + "T10:00")]:
            wrong.append(f"{ref}: {got}")
    assert not wrong, "\n".join(wrong)


# ==== twelfth session (clock): scores that look like hours, and clock forms posts use =============
# Decisions (docs/informal-time.md, section "Clock forms posts use, and scores (twelfth session)"):
# - two numbers joined by a dash after a score, a result, odds, a vote, a ratio or a record ("the score
#   was 9-5 on Friday", "odds were 9-4", "our record is 9-5") are no clock times; nor "I work 9-5"
#   with no days after it (the idiom of a job: TimeML tags times, not a kind of job).
# - "7 sharp", "8 on the dot" after a word that takes a time: the hour, as "at 7" is.
# - "sevenish", "eightish": an hour said in words with -ish, as "7ish" (mod APPROX, the value the hour).
# - US "quarter after 5", "ten after six": minutes past the hour; "a quarter of 5", "quarter til 5",
#   "twenty of 7": minutes to it (16:45, 18:40), only after a word that takes a time or before a day
#   word ("a quarter of 5 people" is a count).
# - a military "1730hrs", "0600hrs" with no preposition is that time of day (not 1730 hours); a
#   length "1500 hrs of flying" stays a length.


def _no_time_in(text: str, ref: date, digits: list[str]) -> list[str]:
    """The TIMEs tagged on ``text`` whose expression holds one of ``digits`` (should be none)."""
    return [f"{t.expression}={t.timex_value}" for t in tag(text, ref)
            if t.timex_type == "TIME" and any(d in t.expression for d in digits)]


SCORES = [
    "@jo: the score was 9-5 on {W}",
    "@jo: final score was 21-14 on {W}",
    "@jo: odds were 9-4 on {W}",
    "@jo: the odds are 7-2 for {W}",
    "@jo: the vote was 7-2 on {W}",
    "@jo: our record is 9-5 after {W}",
    "@jo: the ratio is 3-1 on {W}",
    "@jo: the result was 2-1 on {W}, gutted",
    "@jo: the scoreline was 4-3 on {W}",
    "@jo: I work 9-5 so {W} is out",
]


@pytest.mark.parametrize("template", SCORES)
def test_a_score_is_no_pair_of_hours(template):
    """A score, odds, a vote, a ratio, a record, a job's "9-5": no clock time, said about every weekday on
    every reference day; the weekday itself is still found as a DATE."""
    wrong = []
    for ref in WEEK + EDGES:
        for wd in range(7):
            text = template.format(W=FULL[wd])
            nums = text.split()[text.split().index(next(w for w in text.split() if "-" in w and w[0].isdigit()))]
            got = _no_time_in(text, ref, nums.split("-"))
            day = _found(text, ref, FULL[wd])
            if got or day is None or day.timex_type != "DATE":
                wrong.append(f"{ref:%a %d %b}: {text!r} -> {got} / weekday {_got(day)}")
    assert not wrong, "\n".join(wrong[:12]) + f"\n... {len(wrong)} in all"


SHARP = [
    ("@jo: dinner at 7 sharp", "7", "T19:00"),
    ("@jo: pub at 8 sharp?", "8", "T20:00"),
    ("@jo: kick off at 3 sharp, don't be late", "3", "T15:00"),
    ("@jo: breakfast at 8 sharp", "8", "T08:00"),
    ("@jo: meet at 6 on the dot for the pub", "6", "T18:00"),
]


@pytest.mark.parametrize("text,words,clock", SHARP)
def test_an_hour_sharp_after_a_plan_word(text, words, clock):
    _every_day(text, words, "TIME", _shifted(0, clock))


WORD_ISH = [
    ("@jo: pub at sevenish?", "sevenish", 0, "T19:00"),
    ("@jo: dinner eightish?", "eightish", 0, "T20:00"),
    ("@jo: come round about sixish", "sixish", 0, "T18:00"),
    ("@jo: tonight sevenish?", "sevenish", 0, "T19:00"),
    ("@jo: tmrw at tennish for brunch?", "tennish", 1, "T10:00"),
    ("@jo: drinks at 7.30ish tonight", "7.30ish", 0, "T19:30"),
]


@pytest.mark.parametrize("text,words,shift,clock", WORD_ISH)
def test_an_hour_in_words_with_ish(text, words, shift, clock):
    _every_day(text, words, "TIME", _shifted(shift, clock))


US_CLOCK = [
    ("@jo: meet at quarter after 5?", "quarter after 5", 0, "T17:15"),
    ("@jo: ten after six tonight works", "ten after six", 0, "T18:10"),
    ("@jo: dinner at twenty after 7", "twenty after 7", 0, "T19:20"),
    ("@jo: pick up at a quarter of 5", "quarter of 5", 0, "T16:45"),
    ("@jo: dinner at quarter of 7", "quarter of 7", 0, "T18:45"),
    ("@jo: be there at quarter til 5 tomorrow", "quarter til 5", 1, "T16:45"),
    ("@jo: practice starts at twenty of 4", "twenty of 4", 0, "T15:40"),
]


@pytest.mark.parametrize("text,words,shift,clock", US_CLOCK)
def test_us_minutes_after_and_of_the_hour(text, words, shift, clock):
    _every_day(text, words, "TIME", _shifted(shift, clock))


@pytest.mark.parametrize("text", [
    "@jo: a quarter of 5 people said no",
    "@jo: about a quarter of 12 year olds have one",
    "@jo: ten after 6 rounds we quit",
])
def test_us_clock_words_that_are_counts(text):
    for ref in (WEEK[0], EDGES[1]):
        assert [t.expression for t in tag(text, ref) if t.timex_type == "TIME"] == [], text


MILITARY = [
    ("@jo: roll call 0600hrs", "0600hrs", "T06:00"),
    ("@jo: muster 1730hrs sharp", "1730hrs", "T17:30"),
    ("@jo: stand-to 2200hrs, kit checked", "2200hrs", "T22:00"),
]


@pytest.mark.parametrize("text,words,clock", MILITARY)
def test_military_hours(text, words, clock):
    _every_day(text, words, "TIME", _shifted(0, clock))


def test_a_length_in_hours_stays_a_length():
    for ref in (WEEK[0], EDGES[1]):
        t = _found("@jo: he has logged 1500 hrs of flying", ref, "1500")
        assert t is not None and (t.timex_type, t.timex_value) == ("DURATION", "PT1500H"), _got(t)


# - a second clock time offered after "or" right after a first ("we can do 6.45 or 9.15", "8pm or 9?"): a
#   time, its half of the day the nearest to the first's; never after a count or a price ("2 or 3 pizzas").
OR_TIMES = [
    ("@jo: we can do 6.45 or 9.15 tonight", "9.15", 0, "T21:15"),
    ("@jo: pub at 8pm or 9?", "9", 0, "T21:00"),
    ("@jo: drinks 8ish or 9?", "9", 0, "T21:00"),
    ("@jo: tmrw at 7.30pm or 8?", "8", 1, "T20:00"),
]


@pytest.mark.parametrize("text,words,shift,clock", OR_TIMES)
def test_a_second_time_offered_after_or(text, words, shift, clock):
    wrong = []
    for ref in WEEK + EDGES:
        t = _found(text, ref, words, occurrence=2 if words in text.split(" or ")[0] else 1)
        want = (ref + timedelta(days=shift)).isoformat() + clock
        if t is None or (t.timex_type, t.timex_value) != ("TIME", want):
            wrong.append(f"{ref:%a %d %b}: {text!r} -> {_got(t)} (want TIME {want})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("text", ["@jo: 2 or 3 pizzas tonight?", "@jo: it costs 4.50 or 5.50 tonight"])
def test_or_after_a_count_or_a_price_is_no_time(text):
    for ref in (WEEK[0], EDGES[1]):
        assert [t.expression for t in tag(text, ref) if t.timex_type == "TIME" and t.expression[0].isdigit()] == [], text
