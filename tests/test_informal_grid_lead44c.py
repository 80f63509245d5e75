"""The lead's third class of the forty-third session (docs/informal-time.md §236-§237): a full date and its clock that
head a message with a colon after them ("Follow-up sent Wednesday, 29 October 2025 11:02:") are one TIME; and a
mail quoted under its header that writes its year ("On Thu, 13 Mar 2025 at 10:12, Ana wrote:") is read from its own
day however many months back it was sent (its "today", "tomorrow"), up to the rule line that ends it ("----"), after
which words with no stamp count from the day of writing again.

The sentences are this session's own; the days of writing every fourth day of three years; the quoted mails sent 3 to
10 months before."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import check

REFS = [date(2023, 1, 4) + timedelta(days=4 * k) for k in range(274)]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HEADS = ["Follow-up sent", "Reminder sent", "Posted"]


def cases():
    out = []
    for k, ref in enumerate(REFS):
        hh, mm = 7 + k % 14, (k * 7) % 60
        stamp = f"{FULL[ref.weekday()]}, {ref.day} {MONTHS[ref.month - 1]} {ref.year} {hh:02d}:{mm:02d}"
        out.append((f"Thanks again.\n\n{HEADS[k % len(HEADS)]} {stamp}:\n\nOne more thing, the ferry is full.", ref,
                    stamp, ("TIME", f"{ref.isoformat()}T{hh:02d}:{mm:02d}")))
        sent = ref - timedelta(days=90 + (k * 11) % 210)
        quote = f"On {DAYS[sent.weekday()]}, {sent.day} {MON[sent.month - 1]} {sent.year} at 10:12, Villa Mer wrote:"
        body = f"Dear Ana, thank you for booking with us. A deposit is taken today and the rest later."
        out.append((f"Hi, all fine, see you soon.\n\n----\n{quote}\n\n{body}\n", ref, "today", ("DATE", sent.isoformat())))
    return out


def _today_after_the_rule_line():
    out = []
    for k, ref in enumerate(REFS[::3]):
        sent = ref - timedelta(days=100 + k % 150)
        quote = f"On {DAYS[sent.weekday()]}, {sent.day} {MON[sent.month - 1]} {sent.year} at 10:12, Villa Mer wrote:"
        out.append((f"Hi, all fine.\n\n----\n{quote}\n\nDear Ana, booked.\n\n----\nP.S. the shop is shut tomorrow.\n",
                    ref, "tomorrow", ("DATE", (ref + timedelta(days=1)).isoformat())))
    return out


def test_a_stamp_with_a_colon_and_a_mail_quoted_months_back():
    check(cases() + _today_after_the_rule_line())


def test_the_grid_is_not_empty():
    assert len(cases()) > 500
