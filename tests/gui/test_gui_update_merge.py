"""The timeline's drawing arrays after a load's update (``TimelineView._merged``): rows set again put
in at their places when their dates did not come or go, else merged and sorted again -- the same
arrays as the plain merge either way (hypothesis over the rows drawn, the rows set again in any
order, dates given or taken away, rows appended)."""
import numpy as np
from hypothesis import given, settings, strategies as st

from timeline_app.gui.timeline_view import TimelineView


def plain_merge(full: dict, fresh: dict, positions: np.ndarray) -> dict:
    """Every row drawn before but those set again, then the fresh ones, sorted by row."""
    keep = ~np.isin(full["rows"], positions)
    merged = {k: np.concatenate([full[k][keep], fresh[k]]) for k in full}
    order = np.argsort(merged["rows"], kind="stable")
    return {k: v[order] for k, v in merged.items()}


def arrays(rows: np.ndarray, seed: int) -> dict:
    values = np.random.default_rng(seed).random(len(rows))
    return {"rows": rows.astype(np.int64), "start": values,
            "labels": np.array([f"event {v:.6f}" for v in values], dtype=object)}


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_rows_set_again_in_place_give_the_plain_merge(data):
    n = data.draw(st.integers(0, 30), label="rows before")
    dated = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n), label="dated before"), dtype=bool)
    full = arrays(np.flatnonzero(dated), 1)
    positions = np.array(data.draw(st.lists(st.integers(0, max(n - 1, 0)), unique=True, max_size=n if n else 0),
                                   label="set again (any order)"), dtype=np.int64)
    now = dated.copy()
    flips = data.draw(st.lists(st.booleans(), min_size=len(positions), max_size=len(positions)), label="date came/went")
    now[positions[np.array(flips, dtype=bool)]] ^= True
    extra = data.draw(st.lists(st.booleans(), max_size=8), label="appended rows dated")
    rows = np.concatenate([positions, np.arange(n, n + len(extra))]).astype(np.int64)
    now_all = np.concatenate([now, np.array(extra, dtype=bool)])
    fresh = arrays(rows[now_all[rows]], 2)
    got = TimelineView._merged(full, fresh, positions, n)
    want = plain_merge(full, fresh, positions)
    assert got.keys() == want.keys()
    for k in want:
        assert got[k].tolist() == want[k].tolist(), k
        assert got[k] is not full[k]       # new arrays: the ones drawn before may be held elsewhere
