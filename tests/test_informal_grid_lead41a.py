"""The lead's first class of the fortieth session (docs/informal-time.md §194): a morning's clock time with its half of
the day said ("7am", "06:45", "6.30am") and no day of its own, in a chat message stamped in the evening and told in no
past ("Taxi at 7am to Gatwick", "alarm's going off at 5.45am, night all", "gonna leave at 06:30"), is the next morning's:
the hour had gone by when it was written. Kept on the day of writing: a clause told in the past ("I was up at 6am",
"got there at 8am"), a message stamped before the evening, a day named ("at 7am today"), the afternoon's hours.

The sentences are this session's own; the days of writing every third day of two years, the stamps in two export
styles (Android "dd/mm/yyyy, HH:MM - Name:" and iOS "[dd/mm/yyyy, HH:MM:SS] Name:")."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 2) + timedelta(days=3 * k) for k in range(244)]
AHEAD = [("Taxi at {c} to Gatwick", "{c}"), ("alarm's going off at {c}, night all", "{c}"),
         ("gonna leave at {c} so I miss the traffic", "{c}"), ("I'll pick you up at {c} sharp", "{c}"),
         ("bus is at {c} from the square", "{c}"), ("Ferry leaves at {c}, don't be late", "{c}")]
GONE = [("I was up at {c} and I'm wrecked", "{c}"), ("got there at {c} and it was already packed", "{c}"),
        ("the parcel came at {c} while you were out", "{c}")]
CLOCKS = [("7am", 7, 0), ("6.30am", 6, 30), ("06:45", 6, 45), ("5am", 5, 0), ("8:15am", 8, 15), ("9am", 9, 0)]
EVENING = [(21, 16), (19, 40), (22, 5), (18, 30), (23, 12)]


def _stamp(ref: date, hh: int, mm: int, k: int) -> str:
    if k % 2:
        return f"[{ref:%d/%m/%Y}, {hh:02d}:{mm:02d}:{(7 * k) % 60:02d}] Alicia: "
    return f"{ref:%d/%m/%Y}, {hh:02d}:{mm:02d} - Alicia: "


def cases():
    out = []
    for k, ref in enumerate(REFS):
        clock, h, mi = CLOCKS[k % len(CLOCKS)]
        hh, mm = EVENING[k % len(EVENING)]
        head = f"{ref:%d/%m/%Y}, {hh - 1:02d}:{mm:02d} - Vern: All packed?\n"
        frame, expr = AHEAD[k % len(AHEAD)]
        nxt = ref + timedelta(days=1)
        out.append((head + _stamp(ref, hh, mm, k) + frame.format(c=clock), ref, expr.format(c=clock),
                    ("TIME", f"{nxt.isoformat()}T{h:02d}:{mi:02d}")))
        frame, expr = GONE[k % len(GONE)]
        out.append((head + _stamp(ref, hh, mm, k) + frame.format(c=clock), ref, expr.format(c=clock),
                    ("TIME", f"{ref.isoformat()}T{h:02d}:{mi:02d}")))
        # a message stamped in the morning or at midday: its own day, as before
        frame, expr = AHEAD[(k + 1) % len(AHEAD)]
        out.append((_stamp(ref, 4 if h > 5 else 3, mm, k) + frame.format(c=clock), ref, expr.format(c=clock),
                    ("TIME", f"{ref.isoformat()}T{h:02d}:{mi:02d}")))
        # a day named with it: that day
        out.append((head + _stamp(ref, hh, mm, k) + f"I'm up at {clock} tomorrow", ref, f"{clock} tomorrow",
                    ("TIME", f"{nxt.isoformat()}T{h:02d}:{mi:02d}")))
    return out


def test_a_mornings_clock_in_an_evenings_message_is_the_next_morning():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 900
