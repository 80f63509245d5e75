"""(reviews46, forty-sixth session, docs/informal-time.md §272-§273) Review pages (Google, Tripadvisor, Airbnb,
Booking.com), booking e-mails (a tour operator's confirmation and its reply, a restaurant's, a community newsletter, a
hotel's) and e-mail threads (Gmail quote headers, Outlook's "From:/Sent:" block, a forwarded message) written for this
grid (tests/data/informal_grid_reviews46_texts.py), each rewritten for every day of reading of REFS (every weekday,
month ends, year ends, a leap day); every value computed there from the calendar."""
from __future__ import annotations

import importlib.util
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline_app.temporal import tag

_spec = importlib.util.spec_from_file_location("r46texts", Path(__file__).parent / "data" / "informal_grid_reviews46_texts.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
KINDS = _mod.KINDS

REFS = [date(2026, 11, 30) + timedelta(days=k) for k in range(7)] \
    + [date(2026, 12, 31), date(2027, 1, 1), date(2028, 2, 29), date(2026, 4, 30), date(2026, 3, 2), date(2025, 10, 31)]


def wrong(kind: str, ref: date) -> list[str]:
    text, want = KINDS[kind](ref)
    got = [(t.expression, (t.timex_type, t.timex_value)) for t in tag(text, ref)]
    i, bad = 0, []
    for expr, tv in want:
        if tv is None:
            if any(g[0] == expr or expr in g[0] for g in got):
                bad.append(f"{kind} {ref}: {expr!r} tagged: {[g for g in got if expr in g[0]]}")
            continue
        j = next((k for k in range(i, len(got)) if got[k][0] == expr), None)
        if isinstance(tv, tuple) and tv[0] == "IN":
            if j is not None:
                v = got[j][1][1]
                day = v[:10] if len(v) >= 10 and v[4] == "-" and v[5:7].isdigit() and v[7] == "-" else None
                if not (v.startswith("XXXX") or (v.startswith(tv[1]) and v[:1].isdigit() and (day or "") <= tv[2].isoformat())):
                    bad.append(f"{kind} {ref}: {expr!r} -> {got[j][1]} (want a day of {tv[1]} or none)")
                i = j + 1
            continue
        if j is None:
            bad.append(f"{kind} {ref}: {expr!r} not found (want {tv}; all: {got})")
            continue
        if got[j][1] != tv:
            bad.append(f"{kind} {ref}: {expr!r} -> {got[j][1]} (want {tv})")
        i = j + 1
    return bad


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_copy(kind):
    bad = [b for ref in REFS for b in wrong(kind, ref)]
    assert not bad, f"{len(bad)} wrong:\n" + "\n".join(bad[:30])


def count_cases() -> int:
    return sum(len(KINDS[k](r)[1]) for k in KINDS for r in REFS)


# Still wrong (kept so that a fix shows): "we can't do tomorrow but Monday first thing is fine" written on a Monday is next
# week's Monday (the weekday nearest the "tomorrow" named before it is read, the day of writing itself); "Could we move to
# the night after?" above the quoted booking counts from the day of writing
_STILL_WRONG = [("outlook_darwin", date(2026, 11, 30), "Monday first thing", ("TIME", "2026-12-07TMO")),
                ("tour_yukon", date(2026, 12, 1), "the night after", ("TIME", "2026-12-13TNI"))]


@pytest.mark.xfail(strict=False, reason="reviews46: readings not yet fixed")
@pytest.mark.parametrize("kind,ref,expr,want", _STILL_WRONG)
def test_still_wrong(kind, ref, expr, want):
    text, _ = KINDS[kind](ref)
    got = next(((t.timex_type, t.timex_value) for t in tag(text, ref) if t.expression == expr), None)
    assert got == want


def test_indefinite_weekday_of_a_stay():
    """(reviews46, §272, deciding public45's "still wrong" case with the read sets' gold: "a Tuesday" is dated there only
    where its sentence names the day, "the sixteenth, a Tuesday", "Emancipation Day (a Tuesday!)", else a SET of a habit)
    "We arrived on a Monday and left on Friday." under a stamp and a stay's month: "a Monday" is no one Monday the
    text tells, DATE XXXX-WXX-1; "Friday" stays the stay's."""
    for ref in REFS:
        stamp = ref - timedelta(days=9)
        y, m = divmod(stamp.year * 12 + stamp.month - 2, 12)
        text = (f"Sarah_M wrote a review {stamp:%b} {stamp.day}, {stamp.year}\nBristol, United Kingdom • 12 contributions\n"
                f"We arrived on a Monday and left on Friday. Lovely hosts.\nDate of stay: {_mod.MONTHS[m]} {y}\n")
        got = {t.expression: (t.timex_type, t.timex_value) for t in tag(text, ref)}
        assert got.get("Monday") == ("DATE", "XXXX-WXX-1"), (ref, got)
        assert got.get("Friday", ("DATE", f"{y}-{m + 1:02d}"))[1].startswith(f"{y}-{m + 1:02d}"), (ref, got)
