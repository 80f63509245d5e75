"""The lead's fifth class of the thirty-ninth session (docs/informal-time.md §183): "12:20", "12.45" with no am/pm may be
past midnight as "1:15" may: a message sent late in the evening ("[28/12/2023, 23:02] Sherry: train's in at 12:40, don't
wait up") speaks of 00:40 of the next day, as "home by 1:15" already was. The same hour after a morning's stamp stays
noon ("lunch at 12:30?"), and a clause that tells of the past keeps it noon ("chaplain visited at 12:30" in a handover
whose times go back).

The messages are this session's own; the days sent every second day of two years whose day of the month reads one way
(13 or more), the export a day later."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

# (a stamp whose day is 13 or more: "01/03/2024" reads both ways, and the tagger lets such a stamp date no message)
REFS = [d for d in (date(2024, 1, 1) + timedelta(days=k) for k in range(731)) if d.day > 12][::2]
LATE = ["train's in at 12:{m} don't wait up", "landing 12:{m} now, see you at home", "taxi coming at 12:{m} x",
        "we'll be out of the pub by 12:{m} promise"]
EARLY = ["lunch at 12:{m}?", "meet you at 12:{m} at the cafe"]
MINS = ["10", "20", "30", "40", "45", "15"]


def cases():
    out = []
    for k, sent in enumerate(REFS):
        ref = sent + timedelta(days=1)
        mm = MINS[k % len(MINS)]
        hh = 21 + k % 3
        late = LATE[k % len(LATE)].format(m=mm)
        text = f"[{sent:%d/%m/%Y}, {hh}:{k % 50 + 10:02d}] Sherry: {late}"
        out.append((text, ref, f"12:{mm}", ("TIME", f"{(sent + timedelta(days=1)).isoformat()}T00:{mm}")))
        early = EARLY[k % len(EARLY)].format(m=mm)
        text = f"[{sent:%d/%m/%Y}, 0{8 + k % 2}:{k % 50 + 10:02d}] Sherry: {early}"
        out.append((text, ref, f"12:{mm}", ("TIME", f"{sent.isoformat()}T12:{mm}")))
        past = f"[{sent:%d/%m/%Y}, {hh}:{k % 50 + 10:02d}] Nurse: settled after 21:20 dose. chaplain visited at 12:{mm}."
        out.append((past, ref, f"12:{mm}", ("TIME", f"{sent.isoformat()}T12:{mm}")))
    return out


def test_twelve_oclock_after_a_late_stamp_is_past_midnight():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 600
