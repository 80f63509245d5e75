"""The result type of the tagger: one time expression, normalised and placed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(slots=True)
class Timex:
    start_char: int          # offsets into the text given to tag(); text[start_char:end_char] == expression
    end_char: int
    expression: str
    timex_type: str          # DATE | TIME | DURATION | SET
    timex_value: str         # TimeML TIMEX3 value, e.g. 2022-09-10, 2022-W36, P2W, XXXX-WXX-5
    start: datetime | None = None   # absolute half-open interval [start, end); None if it cannot be placed
    end: datetime | None = None
    granularity: str = ""    # century|decade|year|season|quarter|month|week|day|part-of-day|hour|minute|second|""
    explanation: str = ""    # which anchor and which rule gave the value
    rule: str = ""           # rule name (for debugging / tests)
    mod: str = ""            # TIMEX3 mod (START, END, MID, APPROX, ...)
