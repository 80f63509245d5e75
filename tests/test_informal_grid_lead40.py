"""The lead's first class of the thirty-ninth session (docs/informal-time.md §175): a comment's age on its own header
line, with the comment's words after it ("  niamh.surfs · 4d · Any spaces Monday at 2?"), under a post headed by its
date ("tonnta_surf_bundoran · October 27"), counts from the day the page was read, as every age the platform prints:
never from the post's date above it (4 days before the reference date, not 4 days before 27 October). The comment's
own words then count from the comment's day ("3d · Surfed this morning": the morning of three days ago).

The texts are this session's own; the days of writing every day of a year, the post's header 3 to 12 days back."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2025, 1, 1) + timedelta(days=k) for k in range(365)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
HANDLES = [("surf_hut_bundoran", "niamh.surfs"), ("Lerwick Community Noticeboard", "Gary Manson"),
           ("the_crab_shack", "dave_r"), ("Harbour Cafe", "Leanne Robertson")]
WORDS = ["Surfed this morning at half seven, had the place to myself", "Went down this morning, no queue at all",
         "this morning was mobbed, gave up", "Tried this morning but the car park was full"]


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _text(ref: date, k: int) -> tuple[str, int, str]:
    back = 3 + k % 10            # the post's day, 3 to 12 days before the page was read
    age = 1 + k % (back - 1)     # the comment's age, after the post
    page, who = HANDLES[k % len(HANDLES)]
    head = ref - timedelta(days=back)
    words = WORDS[k % len(WORDS)]
    text = (f"{page} · {MONTHS[head.month - 1]} {head.day}\nOpen all weekend, lessons 11 and 2.\n120 likes\n"
            f"  {who} · {age}d · {words}\n")
    return text, age, words


def cases():
    out = []
    for k, ref in enumerate(REFS):
        text, age, words = _text(ref, k)
        day = ref - timedelta(days=age)
        out.append((text, ref, f"{age}d", ("DATE", day.isoformat())))
        pod = "this morning"
        expr = "This morning" if words.startswith("This") else pod
        out.append((text, ref, expr, ("TIME", f"{day.isoformat()}TMO")))
        # a week's age under a post of more than a week before: the week seven days back
        back = 8 + k % 6
        head = ref - timedelta(days=back)
        wtext = (f"{HANDLES[k % 4][0]} · {MONTHS[head.month - 1]} {head.day}\nNew boards in!\n88 likes\n"
                 f"  {HANDLES[(k + 1) % 4][1]} · 1w · how much for the 7ft?\n")
        out.append((wtext, ref, "1w", ("DATE", _week(ref - timedelta(days=7)))))
    return out


def test_a_comments_age_counts_from_the_page_not_from_the_post_above():
    check(cases())


SUBS = ["r/malta", "r/perth", "r/halifax", "r/galway"]
WHO = [("u/sliema_expat_dan", "u/ghawdxija_proper"), ("u/kev_b", "u/roo_tides"), ("u/bluenose_jo", "u/dartmouth_dave"),
       ("u/salthill_swim", "u/claddagh_c")]
INDENT = ["  ", "    ", "      "]


def reddit_cases():
    """A Reddit thread: the post's age after "Posted by", each comment's author, its age between two middle dots and its
    words on the same line, nested replies indented deeper; the comment's "this morning" is of its own day."""
    out = []
    for k, ref in enumerate(REFS):
        post = 3 + k % 5
        age = 1 + k % (post - 1)
        op, who = WHO[k % len(WHO)]
        unit = "day" if age == 1 else "days"
        text = (f"{SUBS[k % len(SUBS)]} · Posted by {op} · {post} days ago\nQueue for the ferry tonight, how bad?\n\n"
                f"Friends want to go tonight.\n{INDENT[k % 3]}{who} · {age} {unit} ago · Went down this morning, no queue\n")
        day = ref - timedelta(days=age)
        out.append((text, ref, f"{age} {unit} ago", ("DATE", day.isoformat())))
        out.append((text, ref, "this morning", ("TIME", f"{day.isoformat()}TMO")))
        # Facebook's comment line: a capitalised name, the age and the words on one line
        fb = (f"Harbour Cafe · {post} days ago\nOpen all weekend!\n{INDENT[k % 2]}Gary Manson · {age}d · "
              f"we were in this morning, cracking\n")
        out.append((fb, ref, "this morning", ("TIME", f"{day.isoformat()}TMO")))
    return out


def test_a_comment_lines_age_between_two_marks_dates_its_words():
    check(reddit_cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1000 and len(reddit_cases()) > 1000
