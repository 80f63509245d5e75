"""Comment sections (fifteenth session, forums2): the stamps a comment carries, as a GRID.

Comments under articles, videos, recipes, shop items and social posts carry a stamp the page
shows in its own layout: a blog's "Deb from Ohio says: / November 3, 2025 at 4:12 pm", "Rosemary T
on 15 September 2025 at 8:20 am", a footer "30 March 2025 at 21:14" under the comment, a social
app's "2d  3 likes  Reply", "Like · Reply · 3d", "5h ago · Reply", a Reddit header "u/tram_ghost
· 5 mo. ago", "edited 2 yr. ago" (docs/informal-time.md, the fifteenth session's comments section).

1. A stamp's date and clock time, however joined on the stamp's line (", ", " at ", " - "), are one
   TIME (as the forums set's "12 Sep 2025, 21:40" and informal3b's phpBB stamp; TIDES writes an
   absolute date and time as one expression). In running text "on Thursday 2 April at 2pm" stays a
   DATE and a TIME, as every informal set writes it.
2. A relative stamp counts back from the day the page is read at its own grain: "3d" the day,
   "2w" the ISO week, "5 mo. ago" the month, "2 yr. ago" / "3y" the year; an age in hours
   ("5h", "9 hr. ago") is its length (PT5H), as "Posted 2 hours ago" in the forums set.

Each value is computed HERE from the calendar (never from the tagger), on every day of a week and
at month and year ends.
"""
from __future__ import annotations

from datetime import date, timedelta

from test_informal_grid import EDGES, WEEK

from timeline_app.temporal import tag

REFS = WEEK + EDGES + [date(2024, 3, 1)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _tags(text: str, ref: date):
    return [(t.expression, t.timex_type, t.timex_value) for t in tag(text, ref)]


def _months_back(ref: date, n: int) -> str:
    y, m = divmod(ref.year * 12 + ref.month - 1 - n, 12)
    return f"{y:04d}-{m + 1:02d}"


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


# ---------------------------------------------------------------------------------------------
# 1. a stamp's date and clock time: one TIME

def _stamps(d: date) -> list[tuple[str, str, str, str]]:
    """(text before, stamp, text after, value) of a comment written on ``d`` in one layout each."""
    v = d.isoformat()
    return [
        ("Deb from Ohio says:\n", f"{MONTHS[d.month - 1]} {d.day}, {d.year} at 4:12 pm", "\nMaking this again, it was lovely.\n", f"{v}T16:12"),
        ("Rosemary T on ", f"{d.day} {MONTHS[d.month - 1]} {d.year} at 8:20 am", "\nPut two rows in after reading this.\n", f"{v}T08:20"),
        ("Saw two over the reservoir, earliest I've had them.\n", f"{d.day} {MONTHS[d.month - 1]} {d.year} at 21:14", "\n\nWendy P said...\n", f"{v}T21:14"),
        ("sam_r | Posted ", f"{d.day} {MON[d.month - 1]} {d.year}, 21:40", "\nSame again, no hot water.\n", f"{v}T21:40"),
        ("asked ", f"{MON[d.month - 1]} {d.day}, {d.year} at 14:03", "\nHow do I run a job on the last day of the month?\n", f"{v}T14:03"),
        ("Reply from Hardy_Perennial, ", f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} - 18:05", "\nThey look fine to me.\n", f"{v}T18:05"),
        ("Author on ", f"{d.day} {MONTHS[d.month - 1]} {d.year} at 6:05 pm", "\nRaised beds help.\n", f"{v}T18:05"),
    ]


def test_a_stamps_date_and_clock_are_one_time():
    wrong, n = [], 0
    for ref in REFS:
        for back in (0, 1, 2, 3):
            d = ref - timedelta(days=back)
            for before, stamp, after, want in _stamps(d):
                got = _tags(f"Comments\n\n{before}{stamp}{after}", ref)
                n += 1
                if (stamp, "TIME", want) not in got:
                    wrong.append((ref.isoformat(), stamp, want, [g for g in got if g[0] in stamp]))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:4]}"


def test_a_relative_stamp_with_its_clock_is_one_time():
    wrong, n = [], 0
    for ref in REFS:
        y = (ref - timedelta(days=1)).isoformat()
        for head, stamp, want in ((f"mod_kerry | Posted ", "yesterday at 10:12", f"{y}T10:12"),
                                  ("Posted ", "Yesterday, 18:55", f"{y}T18:55"),
                                  ("Posted by grimtusk » ", "Today, 12:30 pm", f"{ref.isoformat()}T12:30")):
            got = _tags(f"Boiler keeps dropping\n\n{head}{stamp}\nStill no hot water.\n", ref)
            n += 1
            if (stamp, "TIME", want) not in got:
                wrong.append((ref.isoformat(), stamp, want, got))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:4]}"


def _running(d: date) -> list[tuple[str, str, str, str, str]]:
    """(text, day words, day value, clock words, clock value): a day and its clock time in a sentence."""
    v = d.isoformat()
    return [
        (f"Term ends on {DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} at 2pm and we're back after that.",
         f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}", v, "2pm", f"{v}T14:00"),
        (f"Your appointment with Dr Shah is on {DY[d.weekday()]} {d.day} {MON[d.month - 1]} at 10:40. Reply Y to confirm.",
         f"{DY[d.weekday()]} {d.day} {MON[d.month - 1]}", v, "10:40", f"{v}T10:40"),
        (f"see you on {d.day} {MONTHS[d.month - 1]} at 8:20\nok x", f"{d.day} {MONTHS[d.month - 1]}", v, "8:20", f"{v}T08:20"),
    ]


def test_a_day_and_its_clock_in_running_text_stay_two():
    wrong, n = [], 0
    for ref in REFS:
        for ahead in (2, 5):
            d = ref + timedelta(days=ahead)
            for text, dw, dv, cw, cv in _running(d):
                got = _tags(text, ref)
                n += 1
                if (dw, "DATE", dv) not in got or (cw, "TIME", cv) not in got:
                    wrong.append((ref.isoformat(), text, got))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:4]}"


# ---------------------------------------------------------------------------------------------
# 2. relative stamps in a comment's header or footer line

def _ages(ref: date, k: int) -> list[tuple[str, str, str, str]]:
    """(text, expression, type, value) of a comment with a relative stamp ``k`` units back."""
    day = (ref - timedelta(days=k)).isoformat()
    week = _iso_week(ref - timedelta(days=7 * k))
    month = _months_back(ref, k)
    year = f"{ref.year - k:04d}"
    body = "omg I need these in my life"
    return [
        (f"{body}\n{k}d 3 likes Reply\n", f"{k}d", "DATE", day),
        (f"{body}\n{k}d Reply\n", f"{k}d", "DATE", day),
        (f"{body}\n{k}h Reply\n", f"{k}h", "DURATION", f"PT{k}H"),
        (f"{body}\n{k}w 12 likes Reply\n", f"{k}w", "DATE", week),
        (f"{body}\nLike · Reply · {k}d\n", f"{k}d", "DATE", day),
        (f"{body}\nLike · Reply · {k}w\n", f"{k}w", "DATE", week),
        (f"{body}\nLike · Reply · {k}y\n", f"{k}y", "DATE", year),
        (f"{body}\n{k}d ago · Reply\n", f"{k}d ago", "DATE", day),
        (f"{body}\n{k}h ago Reply\n", f"{k}h ago", "DURATION", f"PT{k}H"),
        (f"u/tram_ghost · {k} mo. ago\n{body}\n", f"{k} mo. ago", "DATE", month),
        (f"u/tram_ghost · {k} mo ago\n{body}\n", f"{k} mo ago", "DATE", month),
        (f"u/tram_ghost · edited {k} mo. ago\n{body}\n", f"{k} mo. ago", "DATE", month),
        (f"u/old_salt · {k} yr. ago\n{body}\n", f"{k} yr. ago", "DATE", year),
        (f"u/old_salt · {k} yrs. ago\n{body}\n", f"{k} yrs. ago", "DATE", year),
        (f"u/old_salt · {k} wk. ago\n{body}\n", f"{k} wk. ago", "DATE", week),
        (f"u/old_salt · {k} hr. ago\n{body}\n", f"{k} hr. ago", "DURATION", f"PT{k}H"),
    ]


def test_a_comments_relative_stamp_counts_back_at_its_grain():
    wrong, n = [], 0
    for ref in REFS:
        for k in (1, 2, 3, 5):
            for text, words, typ, want in _ages(ref, k):
                got = _tags(text, ref)
                n += 1
                if (words, typ, want) not in got:
                    wrong.append((ref.isoformat(), text, (words, typ, want), got))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:4]}"


def test_numbers_with_letters_that_are_no_stamp_stay_untagged():
    """A "3d printer", a "2d sketch", "5 mo old" (an age with no "ago"), a "4h pencil": no stamp."""
    wrong = []
    for ref in REFS:
        for text, words in (("my 3d printer jammed again\nLike · Reply\n", "3d"),
                            ("did a 2d sketch first, then the model\n", "2d"),
                            ("the 4h pencil is too hard for shading\nReply\n", "4h"),
                            ("Reply to this if your 2d art got removed\n", "2d")):
            got = _tags(text, ref)
            if any(g[0].startswith(words) for g in got):
                wrong.append((ref.isoformat(), text, got))
    assert not wrong, f"{len(wrong)} wrong, e.g. {wrong[:4]}"


# ---------------------------------------------------------------------------------------------
# 3. a comment under a stamp of weeks, months or years: its words count from the stamp at that grain

def _coarse(ref: date, k: int) -> list[tuple[str, list[tuple[str, str]]]]:
    """(header, [(words, value)]) of a comment whose stamp says ``k`` weeks, months or years back."""
    wk = ref - timedelta(days=7 * k)
    y = ref.year - k
    return [
        (f"@kaitlyn.r · {k} year{'s' * (k > 1)} ago", [("last year", f"{y - 1:04d}"), ("this year", f"{y:04d}"),
                                                        ("next year", f"{y + 1:04d}")]),
        (f"@dvdr_00 · {k} month{'s' * (k > 1)} ago", [("last month", _months_back(ref, k + 1)), ("this month", _months_back(ref, k)),
                                                       ("next month", _months_back(ref, k - 1))]),
        (f"u/tram_ghost · {k} mo. ago", [("last month", _months_back(ref, k + 1)), ("next month", _months_back(ref, k - 1))]),
        (f"@pastry_pat · {k} week{'s' * (k > 1)} ago", [("last week", _iso_week(wk - timedelta(days=7))), ("this week", _iso_week(wk)),
                                                        ("next week", _iso_week(wk + timedelta(days=7)))]),
    ]


def test_a_comments_words_count_from_a_stamp_of_weeks_months_or_years():
    wrong, n = [], 0
    for ref in REFS:
        for k in (1, 2, 3):
            for head, cases in _coarse(ref, k):
                for words, want in cases:
                    text = f"Paper Lanterns (Official Video)\n\n@harbourlight · 5 hours ago\nthank you all x\n\n{head}\nwe played this {words} at every gig\n"
                    got = [g for g in _tags(text, ref) if g[0] == words]
                    n += 1
                    if not got or got[-1][2] != want:
                        wrong.append((ref.isoformat(), head, words, want, got))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:4]}"


# ---------------------------------------------------------------------------------------------
# 4. a comment whose stamp stands under it (a social app's footer, a blog's stamp line): its words
#    count from that stamp, the comment being the lines from the blank line or the stamp before it

def _footer_cases(d: date) -> list[tuple[str, str, str]]:
    v = d.isoformat()
    return [("Was in yesterday hoping for the cinnamon knots, all gone", "yesterday", (d - timedelta(days=1)).isoformat()),
            ("doing the spider one tonight for the party", "tonight", f"{v}TNI"),
            ("Sand martins back at the quarry this morning too", "this morning", f"{v}TMO"),
            ("will come by tomorrow for a loaf", "tomorrow", (d + timedelta(days=1)).isoformat())]


def _footers(d: date, ref: date) -> list[str]:
    k = (ref - d).days
    out = [f"{{body}}\n{k}d 3 likes Reply\n", f"Janet Oldroyd\n{{body}}\nLike · Reply · {k}d\n",
           f"Anonymous said...\n{{body}}\n{d.day} {MONTHS[d.month - 1]} {d.year} at 08:02\n\n"]
    return out


def test_a_comments_words_count_from_the_stamp_under_it():
    wrong, n = [], 0
    for ref in REFS:
        for back in (1, 2, 3):
            d = ref - timedelta(days=back)
            first = "hannah.bakes.too YES finally, saving me a loaf?\n5h 3 likes Reply\n"
            for layout in _footers(d, ref):
                for body, words, want in _footer_cases(d):
                    text = f"Comments\n\n{first}\n{layout.format(body=body)}\n"
                    hits = [g for g in _tags(text, ref) if g[0] == words]
                    n += 1
                    if not hits or hits[-1][2] != want:
                        wrong.append((ref.isoformat(), layout, words, want, hits))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:4]}"


def test_a_comment_under_a_stamp_of_hours_or_with_none_is_the_pages():
    wrong, n = [], 0
    for ref in REFS:
        d = ref - timedelta(days=2)
        for body, words, _ in _footer_cases(ref):
            want = dict((w, v) for _, w, v in _footer_cases(ref))[words]
            for text in (f"Comments\n\nmeg.in.manc lovely\n2d Reply\n\nkerrieee_ {body}\n5h ago · Reply\n",
                         f"Comments\n\nmeg.in.manc lovely\nLike · Reply · 2d\n\nkerrieee_ {body}\n"):
                hits = [g for g in _tags(text, ref) if g[0] == words]
                n += 1
                if not hits or hits[-1][2] != want:
                    wrong.append((ref.isoformat(), text, words, want, hits))
    assert not wrong, f"{len(wrong)}/{n} wrong, e.g. {wrong[:4]}"
