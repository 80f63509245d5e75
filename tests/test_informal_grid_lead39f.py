"""The lead's sixth class of the thirty-eighth session (docs/informal-time.md §170): a chat export's stamp with an ISO
date, as a phone set to Canadian English exports it, "[2023-12-27, 6:48:12 p.m.] Mom: ..." (iOS, a narrow no-break
space or a blank before "p.m."), "2023-12-27, 18:48 - Dave: ..." (Android): one TIME, the moment the message was sent,
and the message's words count from its day, as under the slash stamps (rule chat_stamp). Before, the date and the
clock were two and the clock took a day of its sentence.

The messages are this session's own; the days of writing every fourth day of two years, the stamps one to five days
before, the clocks through the day."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2024, 1, 2) + timedelta(days=4 * k) for k in range(183)]
MESSAGES = [("Mom", "we're heading up to the cabin tomorrow, leaving early"), ("Dave", "ok see you tomorrow then"),
            ("Kay", "roads are bad, tomorrow's better"), ("Sam", "landing tomorrow, can someone grab me")]


def _ampm(h: int) -> tuple[int, str]:
    return (h % 12 or 12), ("a.m." if h < 12 else "p.m.")


def cases():
    out = []
    for k, ref in enumerate(REFS):
        sent = ref - timedelta(days=1 + k % 5)
        h, mi, sec = (6 + 5 * k) % 24, (11 * k) % 60, (7 * k) % 60
        who, msg = MESSAGES[k % len(MESSAGES)]
        tomorrow = (sent + timedelta(days=1)).isoformat()
        if k % 2 == 0:
            h12, ap = _ampm(h)
            blank = ("\u202f", " ")[k % 4 == 0]
            stamp = f"{sent.isoformat()}, {h12}:{mi:02d}:{sec:02d}{blank}{ap}"
            text = f"[{stamp}] {who}: {msg}"
            value = f"{sent.isoformat()}T{h:02d}:{mi:02d}:{sec:02d}"
        else:
            stamp = f"{sent.isoformat()}, {h:02d}:{mi:02d}"
            text = f"{stamp} - {who}: {msg}"
            value = f"{sent.isoformat()}T{h:02d}:{mi:02d}"
        out.append((text, ref, stamp, ("TIME", value)))
        out.append((text, ref, "tomorrow", ("DATE", tomorrow)))
    return out


def test_an_iso_dated_chat_stamp_is_one_time_and_its_message_counts_from_it():
    check(cases())


def test_the_grid_is_not_empty():
    assert len(cases()) > 300
