"""The lead's tenth class of the thirty-ninth session (docs/informal-time.md §188): a messaging app's divider of a day of
the last week alone on its line ("Thursday 8:02 PM", iMessage; "THU 8:02 AM", "THU AT 8:02 AM", Messenger) in a chat is
the last such weekday before the day of writing, one TIME, and the messages under it count from its day ("still on for
tonight?"). An event's heading of the same shape in a post with no chat line near ("Thursday 7:30 PM" / "Book club at
the library") stays the day to come.

The chats are this session's own; the days of writing every day of a year, the divider 2 to 6 days back."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2025, 1, 1) + timedelta(days=k) for k in range(365)]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHAPES = ["{W} {h}:{m:02d} {ap}", "{w} {h}:{m:02d} {ap}", "{W3} AT {h}:{m:02d} {ap}", "{w3} {h}:{m:02d} {ap}"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref - timedelta(days=2 + k % 5)
        name = WD[day.weekday()]
        h, mi, ap = 1 + k % 12, (11 * k + 1) % 60, ("AM", "PM")[k % 2]
        hh = h % 12 + (12 if ap == "PM" else 0)
        head = SHAPES[k % 4].format(W=name, w=name.lower() if k % 8 < 4 else name, W3=name[:3].upper(), w3=name[:3], h=h,
                                     m=mi, ap=ap)
        text = f"Dan: u coming round at the weekend?\nMe: maybe\n{head}\nDan: still on for tonight?\nMe: yes x\n"
        out.append((text, ref, head, ("TIME", f"{day.isoformat()}T{hh:02d}:{mi:02d}")))
        out.append((text, ref, "tonight", ("TIME", f"{day.isoformat()}TNI")))
        post = f"Riverside Book Club\n{name} 7:30 PM\nBook club at the library, bring snacks\n"
        ahead = ref + timedelta(days=(day.isoweekday() - ref.isoweekday()) % 7 or 7)
        out.append((post, ref, f"{name} 7:30 PM", ("TIME", f"{ahead.isoformat()}T19:30")))
    return out


def test_a_chats_weekday_divider_is_of_the_last_week():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 1000
