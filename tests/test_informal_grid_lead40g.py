"""The lead's eighth class of the thirty-ninth session (docs/informal-time.md §186): an Instagram page copied as text heads
each post with the page's handle and the post's day, no separator mark ("brisvegasrollerderby August 27"), and a later
post with its handle and "Yesterday" right under the last reply (no blank line between). A handle that opens other lines
of the page is a handle wherever it opens a line: the post's day dates the post's words ("this Saturday arvo" of that
week), and "Yesterday" on the handle's line counts from the day the page was read. A line "meeting August 27" with no
other line opened by "meeting" is no post's header.

The texts are this session's own; the days of writing every second day of two years, the post 2 to 5 days before."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 1) + timedelta(days=2 * k) for k in range(366)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PAGES = ["brisvegasrollerderby", "hobartbakehouse", "kapitisurfclub", "corkcitymarket"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        back = 2 + k % 4
        post = ref - timedelta(days=back)
        page = PAGES[k % len(PAGES)]
        sat = post + timedelta(days=(6 - post.isoweekday()) % 7)
        if sat == post:
            continue
        text = (f"{page} {MONTHS[post.month - 1]} {post.day}\nBeginner clinic this Saturday, $15 at the door.\n"
                f"  mel.b.jammer · 1d\n  I'll bring the sausage sizzle stuff\n"
                f"{page} Yesterday\nCLINIC WRAP 23 newbies!! thanks all\n")
        out.append((text, ref, "this Saturday", ("DATE", sat.isoformat())))
        out.append((text, ref, "Yesterday", ("DATE", (ref - timedelta(days=1)).isoformat())))
    return out


def test_a_pages_handle_and_day_head_its_post():
    check(cases())


def test_a_word_and_a_day_on_a_line_is_no_header_alone():
    from timeline_app.temporal import tag
    wrong = []
    for ref in REFS[:80]:
        text = f"meeting {MONTHS[ref.month - 1]} 27\nbring the minutes and this Saturday's rota\n"
        got = [t.timex_value for t in tag(text, ref) if t.expression == "this Saturday"]
        want = (ref + timedelta(days=(6 - ref.isoweekday()) % 7)).isoformat()
        if ref.isoweekday() != 6 and got and got[0] != want:
            wrong.append((ref, got))
    assert not wrong, wrong[:5]


def test_the_grid_is_not_empty():
    assert len(cases()) > 500
