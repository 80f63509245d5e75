"""The lead's first class of the thirty-eighth session (docs/informal-time.md §165): X's (Twitter's) stamp on its
author's line over the post, "Orcadian Lens @orcadianlens · 9:12 AM · Dec 24, 2024": the clock and the date are one
TIME, as the stamp under a post already is (_x_stamp, thirty-third session) and as every blind annotator wrote it
(informal26-blind to informal32-blind). The post under it still takes that day.

The names and posts are this session's own; the days every third day of four years, the clocks every half of the day."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check
from timeline_app.temporal.tagger import tag

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
REFS = [date(2023, 1, 2) + timedelta(days=3 * k) for k in range(487)]
AUTHORS = ["Orkney Lens @orklens", "Ferry Watch NI @ferrywatch_ni", "@kayak_jen", "Dunedin Buses 🚌 @dnbuses",
           "Mo @mo_lagos", "Rovers FC Official @roversfc"]
POSTS = ["Roads closed from the Cross tomorrow, plan ahead.", "Thanks all who came out today 🙏",
         "Sailings back to normal from tomorrow", "Big crowd for it this morning"]


def _stamp(day: date, k: int) -> tuple[str, str, str]:
    h24 = (7 + 5 * k) % 24
    h12 = h24 % 12 or 12
    clock = f"{h12}:{(13 * k) % 60:02d} {'AM' if h24 < 12 else 'PM'}"
    return (f"{clock} · {MON[day.month - 1]} {day.day}, {day.year}",
            f"{day.isoformat()}T{h24:02d}:{(13 * k) % 60:02d}", clock)


def cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref - timedelta(days=k % 4)
        stamp, value, _ = _stamp(day, k)
        text = f"{AUTHORS[k % len(AUTHORS)]} · {stamp}\n{POSTS[k % len(POSTS)]}"
        out.append((text, ref, stamp, ("TIME", value)))
        if "tomorrow" in text:
            out.append((text, ref, "tomorrow", ("DATE", (day + timedelta(days=1)).isoformat())))
    return out


def test_the_stamp_on_the_authors_line_is_one_time_and_the_post_takes_its_day():
    check(cases())


def test_a_clock_and_a_date_in_running_text_stay_as_they_were():
    # no author's line before them: the join is the stamp's only ("at 9:12 AM · Dec 24, 2024" is not a post's line)
    for k, ref in enumerate(REFS[::7]):
        day = ref + timedelta(days=2)
        stamp, _, clock = _stamp(day, k)
        text = f"Doors open at {stamp} for members"
        assert stamp not in {t.expression for t in tag(text, ref)}, text


def test_the_grid_is_not_empty():
    assert len(cases()) > 500
