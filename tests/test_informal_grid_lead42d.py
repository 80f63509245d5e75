"""The lead's fourth class of the forty-first session (docs/informal-time.md §210): a reply's age on its header line
under a post whose words give its clock ("UPDATE 1:05 PM: puffins ARE back" ... "Kirsty @kirstyinhebs · 1h") counts
from the time the page is read, as a post's age does anywhere: a length of hours or
minutes (DURATION), not a time that many hours before the post's clock. Kept: "got here an hour ago" under a chat
message's stamp (a point before the moment of writing, TIME).

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from gridcheck import check

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
HANDLES = ["Kirsty 🌊 @kirstyinhebs", "Calum @calumbarra", "Morag NicNeil @morag_n", "Iain Mòr @iainmor_"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        h, mi = 9 + k % 10, (7 * k) % 60
        stamp = datetime(ref.year, ref.month, ref.day, h, mi)
        clock = f"{stamp:%I:%M %p}".lstrip("0") if k % 3 else f"{stamp:%H:%M}"
        head = [f"Barra Sea Trips @barraseatrips\nUPDATE {clock}: puffins ARE back on Mingulay 🐧\n"
                f"{stamp:%I:%M %p} · {stamp:%b} {ref.day}, {ref.year} · 5,880 Views\n\n",
                f"Castlebay noticeboard\nUpdate {clock}: the ferry is running, see you at the pier\n\n"][k % 2]
        n = 1 + k % 5
        unit = ["h", "m"][k % 2]
        age = f"{n}{unit}" if unit == "h" else f"{10 * n}m"
        text = head + f"{HANDLES[k % len(HANDLES)]} · {age}\nAmazing!! we're over for a week, can't wait"
        out.append((text, ref, age, ("DURATION", f"PT{n}H" if unit == "h" else f"PT{10 * n}M")))
        if k % 4 == 0:
            chat = f"[{ref:%d/%m/%Y}, {h:02d}:{mi:02d}:12] Jo: got here an hour ago, where are you"
            t = stamp - timedelta(hours=1)
            out.append((chat, ref, "an hour ago", ("TIME", f"{t:%Y-%m-%dT%H:%M}")))
    return out


def test_a_replys_age_is_a_length_under_a_stamped_head():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 280
