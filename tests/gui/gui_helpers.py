"""Shared helpers for the GUI tests (not a test module)."""
from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from timeline_app.core.events import EVENT_COLUMNS


def synthetic_frame(n: int, seed: int = 0, years: float = 10.0, documents: int = 3,
                    first: datetime = datetime(2015, 1, 1)) -> pd.DataFrame:
    """An events frame with ``n`` dated events of mixed granularity over ``years`` years."""
    rng = np.random.default_rng(seed)
    base = np.datetime64(first, "s")
    secs = np.sort(rng.uniform(0, years * 365.25 * 86400, n)).astype(np.int64)
    kind = rng.choice(["day", "hour", "week", "month", "year"], n, p=[0.55, 0.1, 0.15, 0.12, 0.08])
    day = (secs // 86400) * 86400
    start_s = np.where(kind == "hour", (secs // 3600) * 3600, day)
    length = np.select([kind == "hour", kind == "day", kind == "week", kind == "month"],
                       [3600, 86400, 7 * 86400, 30 * 86400], 365 * 86400)
    start = base + start_s.astype("timedelta64[s]")
    end = start + length.astype("timedelta64[s]")
    docs = [f"/docs/article-{i}.txt" for i in range(documents)]
    sentence = "Officials said the offensive began then and continued for weeks."
    df = pd.DataFrame({
        "document": [docs[i % documents] for i in range(n)],
        "sentence_index": np.arange(n),
        "sentence": [sentence] * n,
        "expression": [f"event {i}" for i in range(n)],
        "start_char": np.zeros(n, dtype=np.int64),
        "end_char": np.full(n, 5, dtype=np.int64),
        "timex_type": np.where(kind == "hour", "TIME", "DATE"),
        "timex_value": ["X"] * n,
        "start": pd.to_datetime(start),
        "end": pd.to_datetime(end),
        "granularity": kind,
        "explanation": [""] * n,
        "rule": [""] * n,
        "mod": [""] * n,
        "sentence_start": np.zeros(n, dtype=np.int64),
        "sentence_end": np.full(n, len(sentence), dtype=np.int64),
        "reference_date": [""] * n,
    })
    return df[EVENT_COLUMNS]


def documents_of(df: pd.DataFrame):
    """(path, name, reference date) per document; the reference date is the first event's day."""
    ref = df["start"].min().to_pydatetime().date()
    return [(p, p.rsplit("/", 1)[-1], ref) for p in dict.fromkeys(df["document"])]


def ts(d: datetime) -> float:
    return (d - datetime(1970, 1, 1)) / timedelta(seconds=1)
