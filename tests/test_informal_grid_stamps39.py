"""Engineer stamps39's class of the thirty-eighth session (docs/informal-time.md §161): a comment list copied from
Instagram, Facebook or TikTok prints each comment's age at the END of its own line, after its words ("  sam_b: are you
doing the crab rolls again this year 1w", "  rob: still doing the 2 for 1 on Wednesdays? 2h"). The age is the comment's
stamp, as the fresh sets' written conventions (informal13-comments; informal28-32-blind: "6d" the day reached, "1w" the
ISO week reached, "21h", "45m" the length) write it, and the comment's words count from its day: "see you Saturday" in a
comment of six days ago is the Saturday after that day, not after the page's.

The sentences are this session's own (several voices: Irish, British, Australian, US, Caribbean, Indian English); the
days of writing every third day of three years and the year ends and leap days; values from the calendar here.
Negatives: an age in running text ("took 2d to arrive", "back in 2d"), a room, a size, a model number, one line ending
in "5d" with no list of comments, an age not at its comment's end."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, check_untagged, found

REFS = [date(2023, 1, 2) + timedelta(days=3 * k) for k in range(365)] + [
    date(2024, 2, 29), date(2024, 3, 1), date(2024, 12, 31), date(2025, 1, 1), date(2025, 1, 6), date(2028, 3, 2)]

HEAD = "crabshack_ventnor · 2w\nNew deck's done, we reopen for the season soon!\n"
FILLERS = ["  islandgirl_sam: can't wait!! are you doing the crab rolls again this year 1w",
           "  ryde_rob: still doing the 2 for 1 on Wednesdays? 2h",
           "  crabshack_ventnor: @ryde_rob yes from May, 5 till close 1h"]
FUTURE = ["see you {wd} then!", "grand so, we'll be down {wd} 😅", "see u {wd} so, can't wait",
          "we reach {wd} itself", "yes! lobster rolls back {wd} too"]
PAST = ["we were in {wd} and the chowder was class", "came by {wd} and ye were shut 😤",
        "had the crab roll {wd}, unreal"]


def _thread(line: str, age: str, at: int) -> str:
    """A post and its comments, the case's comment (``line`` closed by ``age``) at position ``at`` among the others."""
    rows = list(FILLERS)
    rows.insert(at % (len(rows) + 1), f"  sheila_k: {line} {age}")
    return HEAD + "\n".join(rows) + "\n"


def _week(day: date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def cases():
    out = []
    for i, ref in enumerate(REFS):
        n = 1 + i % 6
        day = ref - timedelta(days=n)
        # the age itself, in days: the day reached
        wd = 1 + (day.isoweekday() + i % 6) % 7   # never the comment's own weekday
        text = _thread(FUTURE[i % len(FUTURE)].format(wd=WEEKDAYS[wd - 1]), f"{n}d", i)
        out.append((text, ref, f"{n}d", ("DATE", day.isoformat())))
        # a weekday in it: the next one after the comment's day (not after the page's)
        nxt = day + timedelta(days=(wd - day.isoweekday()) % 7)
        out.append((text, ref, WEEKDAYS[wd - 1], ("DATE", nxt.isoformat())))
        # a weekday told as past: the last one before the comment's day
        text = _thread(PAST[i % len(PAST)].format(wd=WEEKDAYS[wd - 1]), f"{n}d", i + 1)
        out.append((text, ref, WEEKDAYS[wd - 1], ("DATE", (day - timedelta(days=(day.isoweekday() - wd) % 7)).isoformat())))
        # tomorrow / yesterday from the comment's day
        text = _thread("r u open tomorrow or nah", f"{n}d", i + 2)
        out.append((text, ref, "tomorrow", ("DATE", (day + timedelta(days=1)).isoformat())))
        text = _thread("we tried to come yesterday but the ferry was off", f"{n}d", i)
        out.append((text, ref, "yesterday", ("DATE", (day - timedelta(days=1)).isoformat())))
        # weeks: the ISO week reached
        w = 1 + i % 3
        text = _thread("is the deck dog friendly?", f"{w}w", i)
        out.append((text, ref, f"{w}w", ("DATE", _week(ref - timedelta(weeks=w)))))
        # hours and minutes: the length; a comment of 18 hours or more is of the day before the page's
        h = 1 + i % 23
        text = _thread("r u open tomorrow or nah", f"{h}h", i + 1)
        out.append((text, ref, f"{h}h", ("DURATION", f"PT{h}H")))
        out.append((text, ref, "tomorrow", ("DATE", (ref + timedelta(days=0 if h >= 18 else 1)).isoformat())))
        mins = 2 + (7 * i) % 58   # ("1m" is the present, as a footer's: rule footer_age)
        text = _thread("see you tomorrow so", f"{mins}m", i + 2)
        out.append((text, ref, f"{mins}m", ("DURATION", f"PT{mins}M")))
    return out


def test_an_age_ending_its_comment_is_its_stamp_and_its_words_count_from_it():
    check(cases())


def test_an_age_in_running_text_is_no_stamp():
    """"took 2d to arrive", "back in 2d": the sentence's length, never the comment's day; an age not at the comment's end."""
    for ref in REFS[::9]:
        text = _thread("parcel took 2d to arrive, the crab was grand", "3h", 0)
        got = found(text, ref, "2d")
        assert got is None or got[0] == "DURATION", (ref, got)
        assert found(text, ref, "3h") == ("DURATION", "PT3H")
        text = _thread("we're back in 2d", "5h", 1)
        got = found(text, ref, "2d")
        assert got is None or got[0] == "DURATION", (ref, got)


def test_codes_sizes_and_lone_lines_are_untagged():
    refs = REFS[::15]
    pairs = [
        ("Meet in room 21h after the lecture\nthen the library", ["21h"]),
        ("Got the new canon 5d", ["5d"]),
        ("prints look mad in 3D\nand the 4D cinema too", ["3D", "4D"]),
        ("Pattern: cast on, knit 4d\nrepeat", ["4d"]),
        ("1. e4 e5 2. Nf3 Nc6 3. Bb5 a6\nRuy Lopez as usual", ["e4", "Nf3", "Nc6", "Bb5"]),
        ("my seat is row 4d\nyours is 4e", ["4d"]),
        ("bus 2d to the harbour\nthen the 3d back", ["2d", "3d"]),
    ]
    check_untagged(pairs, refs)


def test_the_values_carry_their_rule_and_anchor():
    """The age says its rule; a day word in its comment says the anchor it took (the comment's day)."""
    from timeline_app.temporal import tag
    text = _thread("see you Saturday then!", "3d", 0)
    got = {t.expression: t for t in tag(text, date(2025, 6, 4))}
    assert got["3d"].rule == "tail_age" and got["3d"].explanation
    assert got["Saturday"].timex_value == "2025-06-07" and got["Saturday"].explanation
