"""The lead's fourth class of the thirty-eighth session (docs/informal-time.md §168): a Facebook page's post under its
header stamp, "Dunluce Scoops · July 2 at 7:48 PM", with indented comments under it, each over its own age ("Like ·
Reply · 6d"): the comment's age is the comment's, not the post's. The footer's region read back over the header, so
the header's clock took the comment's day and its date was dropped ("7:48 PM" of the 3rd, not "July 2 at 7:48 PM").

The names and words are this session's own; the days of writing every second day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 3) + timedelta(days=2 * k) for k in range(366)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PAGES = ["Harbour Scoops", "Kilrush Tidy Towns", "Ballina Pharmacy", "Mosgiel Pool"]
COMMENTS = [("Aine Burke: about time, fair play 👏", "Harbour Scoops: cheers Aine it's been a long winter"),
            ("Tom Rua: any word on parking?", "Kilrush Tidy Towns: the square's free all day Tom"),
            ("Maria Lenihan: open Sunday?", "Ballina Pharmacy: 10 till 1 Maria"),
            ("Gav N: lanes free after school?", "Mosgiel Pool: two lanes Gav")]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        posted = ref - timedelta(days=3 + k % 5)
        h24 = 9 + k % 12
        clock = f"{h24 % 12 or 12}:{(7 * k) % 60:02d} {'AM' if h24 < 12 else 'PM'}"
        value = f"{posted.isoformat()}T{h24:02d}:{(7 * k) % 60:02d}"
        if k % 3 == 2 and posted == ref - timedelta(days=1):
            day = "Yesterday"
        else:
            day = f"{MONTHS[posted.month - 1]} {posted.day}"
        c1, c2 = COMMENTS[k % len(COMMENTS)]
        age1, age2 = (ref - posted).days - 1, (ref - posted).days - 2
        text = (f"{PAGES[k % len(PAGES)]} · {day} at {clock}\nNew summer hours from next week, details below!\n"
                f"  {c1}\n  Like · Reply · {age1}d\n  {c2}\n  Like · Reply · {age2}d\n")
        out.append((text, ref, f"{day} at {clock}", ("TIME", value)))
    return out


def test_the_post_keeps_its_header_stamp_over_its_comments_ages():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 300
