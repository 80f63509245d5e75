"""The events table model: display strings, sort keys and row mapping, with undated rows mixed in."""
import pandas as pd
from PySide6.QtCore import Qt

from gui_helpers import synthetic_frame
from timeline_app.gui.event_table_model import (COL_WHEN, ROW_ROLE, SORT_ROLE, EventFilterProxy, EventTableModel,
                                                when_column)


def test_when_column_days_times_intervals_and_undated():
    df = pd.DataFrame({
        "start": pd.to_datetime(pd.Series(["2022-09-10", "2022-09-05", None, "2022-09-10T14:00"]), format="ISO8601"),
        "end": pd.to_datetime(pd.Series(["2022-09-11", "2022-09-12", None, "2022-09-10T15:00"]), format="ISO8601"),
        "granularity": ["day", "week", "", "hour"],
    })
    assert when_column(df) == ["2022-09-10", "2022-09-05 … 2022-09-11", "(undated)", "2022-09-10 14:00"]


def test_sorting_keeps_row_ids_and_dates_sort_as_dates(qtbot):
    df = synthetic_frame(300, seed=11).sample(frac=1, random_state=3).reset_index(drop=True)
    df.loc[[5, 17], ["start", "end"]] = pd.NaT
    m = EventTableModel()
    m.set_frame(df)
    proxy = EventFilterProxy()
    proxy.setSourceModel(m)
    for order in (Qt.AscendingOrder, Qt.DescendingOrder):
        proxy.sort(COL_WHEN, order)
        rows = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
        assert sorted(rows) == list(range(len(df)))
        starts = [df["start"][r] for r in rows]
        assert all(pd.isna(s) for s in starts[-2:])            # undated last, either order
        dated = starts[:-2]
        assert dated == sorted(dated, reverse=order == Qt.DescendingOrder)
        # Display and sort key belong to the same frame row.
        for i in (0, 100, 297):
            ix = proxy.index(i, COL_WHEN)
            r = ix.data(ROW_ROLE)
            assert ix.data(SORT_ROLE) == (df["start"][r] - pd.Timestamp(0)).total_seconds()
            assert ix.data(Qt.DisplayRole).startswith(f"{df['start'][r]:%Y-%m-%d}")


def test_every_column_sorts_like_a_stable_sort_and_the_mask_keeps_that_order(qtbot):
    import numpy as np

    from timeline_app.gui.event_table_model import HEADERS

    df = synthetic_frame(400, seed=5, documents=7).sample(frac=1, random_state=1).reset_index(drop=True)
    df["expression"] = [f"Event {i % 13}" for i in range(len(df))]   # ties, and case to fold
    df.loc[[3, 30, 300], ["start", "end"]] = pd.NaT
    m = EventTableModel()
    m.set_frame(df)
    proxy = EventFilterProxy()
    proxy.setSourceModel(m)
    mask = np.random.default_rng(2).random(len(df)) < 0.4
    for col in range(len(HEADERS)):
        proxy.set_mask(None)
        keys = [proxy.index(i, col).data(SORT_ROLE) for i in range(proxy.rowCount())]
        by_row = {proxy.index(i, col).data(ROW_ROLE): k for i, k in enumerate(keys)}
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            proxy.set_mask(None)
            proxy.sort(col, order)
            rows = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
            desc = order == Qt.DescendingOrder
            if col == COL_WHEN:
                dated = [r for r in range(len(df)) if by_row[r] != float("inf")]
                expected = sorted(dated, key=by_row.get, reverse=desc) + [r for r in range(len(df)) if r not in dated]
            else:
                expected = sorted(range(len(df)), key=by_row.get, reverse=desc)
            assert rows == expected, (HEADERS[col], order)
            proxy.set_mask(mask)
            shown = [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]
            assert shown == [r for r in expected if mask[r]]
            hidden = int(np.flatnonzero(~mask)[0])
            assert not m.index_of_frame_row(hidden).isValid()
            assert proxy.mapFromSource(m.index_of_frame_row(shown[5])).row() == 5


def test_cells_made_row_by_row_equal_the_whole_columns(qtbot):
    from timeline_app.gui.event_table_model import HEADERS, when_text

    df = synthetic_frame(500, seed=9, documents=4)
    df.loc[[1, 2, 50], ["start", "end"]] = pd.NaT
    df.loc[[3], ["end"]] = pd.NaT
    assert [when_text(s, e, g) for s, e, g in zip(df["start"], df["end"], df["granularity"])] == when_column(df)
    m = EventTableModel()
    m.set_frame(df)
    lazy = [[m.index(r, c).data() for c in range(len(HEADERS))] for r in range(len(df))]
    whole = [[m._column(c)[r] for c in range(len(HEADERS))] for r in range(len(df))]
    assert lazy == whole
