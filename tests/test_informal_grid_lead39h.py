"""The lead's eighth class of the thirty-eighth session (docs/informal-time.md §172): a notice's participle right after
its noun, before "for" and the time, "STAFF WANTED for July and August", "Volunteers needed for Saturday", "Marshals
required for August": a reduced passive, what is wanted is for a time to come (the month or day ahead), where the
tagger read "wanted"/"needed" as a finite past (the last August, the last Saturday). A past with its subject or its
auxiliary stays past: "we needed marshals for Saturday", "marshals were needed for Saturday".

The sentences are this session's own; the days of writing every third day of two years."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check, last_weekday, next_weekday

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
NOUNS = ["STAFF", "Volunteers", "Marshals", "Helpers", "Drivers", "Stewards"]
PARTS = ["WANTED", "needed", "required", "wanted", "NEEDED"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        noun, part = NOUNS[k % len(NOUNS)], PARTS[k % len(PARTS)]
        wd = (ref.weekday() + 2 + k % 4) % 7
        out.append((f"{noun} {part} for {WD[wd]}, must be 16+", ref, WD[wd], ("DATE", next_weekday(ref, wd + 1).isoformat())))
        m1 = (ref.month + k % 3) % 12 + 1          # a month after the month of writing
        m2 = m1 % 12 + 1
        y1 = ref.year if m1 > ref.month else ref.year + 1
        y2 = y1 if m2 > m1 else y1 + 1
        text = f"{noun} {part} for {MONTHS[m1 - 1]} and {MONTHS[m2 - 1]}, shifts are 4 hours"
        out.append((text, ref, MONTHS[m1 - 1], ("DATE", f"{y1}-{m1:02d}")))
        out.append((text, ref, MONTHS[m2 - 1], ("DATE", f"{y2}-{m2:02d}")))
        # a past with its subject or auxiliary stays past
        past = [f"we needed marshals for {WD[wd]} but nobody came", f"marshals were needed for {WD[wd]} and nobody came"][k % 2]
        out.append((past, ref, WD[wd], ("DATE", last_weekday(ref, wd + 1).isoformat())))
    return out


def test_a_notice_is_for_a_time_to_come():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 900
