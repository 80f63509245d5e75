"""The lead's fifth class of the forty-second session (docs/informal-time.md §224): Facebook's stamp on a line of its own
right under the poster's name ("Ealish Quayle" / "July 1 at 8:12 PM" / the post) is one TIME of a day gone, as a stamp after
a dot is; a forwarded mail's header "Date: 7 August 2024 at 07:48" is one TIME. Kept: in running text a date and its clock
stay two ("The meeting is on July 9 at 8:12 PM.").

The sentences are this session's own; the days of writing every fourth day of three years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2023, 1, 3) + timedelta(days=4 * k) for k in range(274)]
NAMES = ["Ealish Quayle", "Shelley Te Whare (Admin)", "Mereana Tipoki", "Jo O'Neill", "Pelican Point Bar"]
POSTS = ["PSA for anyone heading into town, roadworks on the bypass.", "Kia ora whānau, the draw is up!",
         "Lost cat near the school, ginger, answers to Mo."]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref - timedelta(days=1 + (k * 7) % 50)
        h, mi = 1 + k % 12, (k * 13) % 60
        ap = "AM" if k % 2 else "PM"
        hour = h % 12 + (12 if ap == "PM" else 0)
        stamp = f"{day.strftime('%B')} {day.day} at {h}:{mi:02d} {ap}"
        text = f"Community noticeboard\n{NAMES[k % len(NAMES)]}\n{stamp}\n{POSTS[k % len(POSTS)]}\n"
        out.append((text, ref, stamp, ("TIME", f"{day.isoformat()}T{hour:02d}:{mi:02d}")))
        mail_day = ref - timedelta(days=k % 3)
        hh = (7 + k) % 24
        head = f"{mail_day.day} {mail_day.strftime('%B')} {mail_day.year} at {hh:02d}:{mi:02d}"
        out.append((f"From: Sarah Le Cocq\nSubject: Re: Booking\nDate: {head}\n\nMorning both,\nsee you soon\n", ref, head,
                    ("TIME", f"{mail_day.isoformat()}T{hh:02d}:{mi:02d}")))
        if k % 3 == 0:
            later = ref + timedelta(days=3 + k % 20)
            out.append((f"The meeting is on {later.strftime('%B')} {later.day} at 8:15 PM.", ref,
                        f"{later.strftime('%B')} {later.day} at 8:15 PM", None))
    return out


def test_a_stamp_line_under_a_name_and_a_mail_date_header():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 600
