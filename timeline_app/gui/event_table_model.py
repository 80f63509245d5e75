"""The events table: a thin model over the events DataFrame and a filtering, date-aware sort proxy."""
from __future__ import annotations

import os

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from timeline_app.gui.timeline_view import to_seconds

COL_WHEN = 0
COL_EXPRESSION = 1
COL_TYPE = 2
COL_VALUE = 3
COL_GRANULARITY = 4
COL_DOCUMENT = 5
COL_SENTENCE = 6
HEADERS = ["When", "Expression", "Type", "Value", "Granularity", "Document", "Sentence"]

SORT_ROLE = Qt.UserRole + 1      # the raw value to sort on (dates as numbers)
ROW_ROLE = Qt.UserRole + 2       # the row position in the frame


def when_column(df: pd.DataFrame) -> list[str]:
    """Each event's time as shown: a day, a time, or the first … last day of a longer interval."""
    if not len(df):
        return []
    start, end = pd.to_datetime(df["start"]), pd.to_datetime(df["end"])
    gran = df["granularity"].astype(str)
    timed = (gran.isin(["hour", "minute", "second", "part-of-day"]) | (start.dt.hour != 0)
             | (start.dt.minute != 0)).to_numpy()
    single = (end.isna() | (end - start <= pd.Timedelta(days=1))).to_numpy()
    last = end - pd.Timedelta(seconds=1)

    def fmt(series, f):   # NaT gives "" (not NaN), so the strings below always concatenate
        return series.dt.strftime(f).fillna("").astype(object).to_numpy(object)
    day_s, time_s = fmt(start, "%Y-%m-%d"), fmt(start, "%Y-%m-%d %H:%M")
    day_l, time_l = fmt(last, "%Y-%m-%d"), fmt(last, "%Y-%m-%d %H:%M")
    first = np.where(timed, time_s, day_s)
    out = np.where(single, first, first + " … " + np.where(timed, time_l, day_l).astype(object))
    out = np.where(start.isna().to_numpy(), "(undated)", out)
    return [str(x) for x in out]


_DISPLAY, _TOOLTIP, _SORT, _ROW = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(SORT_ROLE), int(ROW_ROLE)


class EventTableModel(QAbstractTableModel):
    """Rows are the frame's rows in a sort order of their own (``sort_rows``): row ids given to and
    taken from the rest of the window are always frame positions (``ROW_ROLE``, ``frame_row``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sort_state: tuple[int, Qt.SortOrder] | None = None
        self._load(pd.DataFrame())

    def _load(self, df: pd.DataFrame) -> None:
        self._df = df.reset_index(drop=True)
        self._col = {name: i for i, name in enumerate(self._df.columns)}
        self._n = n = len(self._df)
        self._display: dict[int, list] = {}
        self._sort: dict[int, list] = {}
        self._perm = list(range(n))     # table row -> frame row
        self._inv = list(range(n))      # frame row -> table row
        if n:
            key = to_seconds(self._df["start"])
            key[np.isnan(key)] = np.inf          # undated sort after every date
            self._start_key = key
            self._names = [os.path.basename(p) for p in self._df["document"].tolist()]
        else:
            self._start_key = np.empty(0)
            self._names = []

    def set_frame(self, df: pd.DataFrame) -> None:
        self.beginResetModel()
        self._load(df)
        if self._sort_state is not None:
            self._perm = self._order(*self._sort_state)
            self._inv = _inverse(self._perm)
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._df

    def frame_row(self, table_row: int) -> int:
        return self._perm[table_row]

    def index_of_frame_row(self, frame_row: int, column: int = 0) -> QModelIndex:
        return self.index(self._inv[frame_row], column) if 0 <= frame_row < self._n else QModelIndex()

    # ---- sorting: on the raw keys of SORT_ROLE, in Python's C sort, not per comparison through Qt ----
    def _order(self, column: int, order) -> list[int]:
        keys = self._sort_column(column)
        desc = order == Qt.DescendingOrder
        if column == COL_WHEN:
            # Dates as dates; undated rows stay last either way.
            dated = [i for i in range(self._n) if keys[i] != np.inf]
            undated = [i for i in range(self._n) if keys[i] == np.inf]
            return sorted(dated, key=keys.__getitem__, reverse=desc) + undated
        return sorted(range(self._n), key=keys.__getitem__, reverse=desc)

    def sort_rows(self, column: int, order) -> None:
        self._sort_state = None if column < 0 else (column, order)
        if column < 0 or not self._n:
            return
        self.layoutAboutToBeChanged.emit()
        old_perm = self._perm
        self._perm = self._order(column, order)
        self._inv = _inverse(self._perm)
        frm = self.persistentIndexList()
        self.changePersistentIndexList(
            frm, [self.index(self._inv[old_perm[i.row()]], i.column()) for i in frm])
        self.layoutChanged.emit()

    def sort(self, column, order=Qt.AscendingOrder):
        self.sort_rows(column, order)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._n

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return HEADERS[section]
        return None

    def _column(self, c: int) -> list:
        """Column ``c``'s display strings by frame row, made once per frame."""
        got = self._display.get(c)
        if got is None:
            df = self._df
            if c == COL_WHEN:
                got = when_column(df)
            elif c == COL_DOCUMENT:
                got = self._names
            elif c == COL_SENTENCE:
                got = [" ".join(str(x).split()) for x in df["sentence"]]
            else:
                name = {COL_EXPRESSION: "expression", COL_TYPE: "timex_type", COL_VALUE: "timex_value",
                        COL_GRANULARITY: "granularity"}[c]
                got = [str(x) for x in df[name]]
            self._display[c] = got
        return got

    def _sort_column(self, c: int) -> list:
        """Column ``c``'s raw sort keys by frame row: seconds for dates (undated: inf)."""
        got = self._sort.get(c)
        if got is None:
            if c == COL_WHEN:
                got = self._start_key.tolist()
            elif c == COL_DOCUMENT:
                got = [(n, int(sc)) for n, sc in zip(self._names, self._df["start_char"])]
            else:
                got = [x.lower() for x in self._column(c)]
            self._sort[c] = got
        return got

    def data(self, index, role=_DISPLAY):
        # Roles as plain ints: views ask for a dozen roles per cell, answered without touching the frame.
        if role == _DISPLAY:
            return self._column(index.column())[self._perm[index.row()]]
        if role == _ROW:
            return self._perm[index.row()]
        if role == _SORT:
            key = self._sort_column(index.column())[self._perm[index.row()]]
            return key if not isinstance(key, tuple) else f"{key[0]}\x00{key[1]:012d}"
        if role == _TOOLTIP and index.column() == COL_SENTENCE:
            return str(self._df.iat[self._perm[index.row()], self._col["sentence"]])
        return None


def _inverse(perm: list[int]) -> list[int]:
    inv = [0] * len(perm)
    for i, p in enumerate(perm):
        inv[p] = i
    return inv


class EventFilterProxy(QSortFilterProxyModel):
    """Shows the rows a mask lets through (the window's ``EventFilter``, the same mask the timeline
    and the exports use).

    Sorting is handed to the source model, which orders rows on the raw values of ``SORT_ROLE``
    (dates as seconds, so they sort as dates) in one C-level sort; the proxy keeps that order.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._mask = None

    def sort(self, column, order=Qt.AscendingOrder):
        self.sourceModel().sort_rows(column, order)
        super().sort(-1, Qt.AscendingOrder)   # keep the source order as it is (-1 descending would reverse it)

    def set_mask(self, mask) -> None:
        """One boolean per frame row (None: every row)."""
        if hasattr(self, "beginFilterChange"):          # Qt >= 6.10
            self.beginFilterChange()
            self._mask = mask
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._mask = mask
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):
        mask = self._mask
        if mask is None:
            return True
        r = self.sourceModel().frame_row(source_row)
        return bool(mask[r]) if r < len(mask) else True
