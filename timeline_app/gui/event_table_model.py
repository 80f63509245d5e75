"""The events table: a thin model over the events DataFrame and a filtering, date-aware sort proxy."""
from __future__ import annotations

import os

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

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


def _when(start, end, granularity: str) -> str:
    """The event's time as shown: a day, a time, or the first … last day of a longer interval."""
    if pd.isna(start):
        return "(undated)"
    timed = granularity in ("hour", "minute", "second", "part-of-day") or bool(start.hour or start.minute)
    if pd.isna(end) or end - start <= pd.Timedelta(days=1):
        return f"{start:%Y-%m-%d %H:%M}" if timed else f"{start:%Y-%m-%d}"
    last = end - pd.Timedelta(seconds=1)
    fmt = "%Y-%m-%d %H:%M" if timed else "%Y-%m-%d"
    return f"{start:{fmt}} … {last:{fmt}}"


class EventTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._df = pd.DataFrame()
        self._col: dict[str, int] = {}
        self._start_key = np.empty(0)
        self._names = self.documents = self.types = self.haystacks = []

    def set_frame(self, df: pd.DataFrame) -> None:
        self.beginResetModel()
        self._df = df.reset_index(drop=True)
        self._col = {name: i for i, name in enumerate(self._df.columns)}
        if len(df):
            s = pd.to_datetime(self._df["start"])
            key = ((s - pd.Timestamp(0)) / pd.Timedelta(seconds=1)).to_numpy(dtype=float, na_value=np.inf)
            self._start_key = key
            self._names = [os.path.basename(p) for p in self._df["document"].tolist()]
            self.documents = self._df["document"].tolist()
            self.types = self._df["timex_type"].astype(str).tolist()
            self.haystacks = [f"{e}\n{v}\n{s}".lower() for e, v, s in
                              zip(self._df["expression"], self._df["timex_value"], self._df["sentence"])]
        else:
            self._start_key = np.empty(0)
            self._names = self.documents = self.types = self.haystacks = []
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._df

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._df)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role not in (Qt.DisplayRole, SORT_ROLE, ROW_ROLE, Qt.ToolTipRole) or not index.isValid():
            return None     # views ask for a dozen roles per cell: answer the rest without touching the frame
        r, c = index.row(), index.column()
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            if c == COL_WHEN:
                return float(self._start_key[r])     # seconds; undated (inf) sort last
            if c == COL_DOCUMENT:
                return f"{self._names[r]}\x00{int(self._df.iat[r, self._col['start_char']]):012d}"
            return self.data(index, Qt.DisplayRole)
        if role == Qt.ToolTipRole:
            return str(self._df.iat[r, self._col["sentence"]]) if c == COL_SENTENCE else None
        get = self._df.iat
        col = self._col
        if c == COL_WHEN:
            return _when(get[r, col["start"]], get[r, col["end"]], str(get[r, col["granularity"]]))
        if c == COL_EXPRESSION:
            return str(get[r, col["expression"]])
        if c == COL_TYPE:
            return self.types[r]
        if c == COL_VALUE:
            return str(get[r, col["timex_value"]])
        if c == COL_GRANULARITY:
            return str(get[r, col["granularity"]])
        if c == COL_DOCUMENT:
            return self._names[r]
        if c == COL_SENTENCE:
            return " ".join(str(get[r, col["sentence"]]).split())
        return None


class EventFilterProxy(QSortFilterProxyModel):
    """Filter by free text (expression, value, sentence), document path and TIMEX type."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._document = ""
        self._type = ""

    def _refilter(self, attr: str, value: str) -> None:
        if getattr(self, attr) == value:
            return
        if hasattr(self, "beginFilterChange"):          # Qt >= 6.10
            self.beginFilterChange()
            setattr(self, attr, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, attr, value)
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._refilter("_text", text.strip().lower())

    def set_document(self, path: str) -> None:
        self._refilter("_document", path or "")

    def set_type(self, timex_type: str) -> None:
        self._refilter("_type", timex_type or "")

    def filterAcceptsRow(self, source_row, source_parent):
        m = self.sourceModel()
        if self._document and m.documents[source_row] != self._document:
            return False
        if self._type and m.types[source_row] != self._type:
            return False
        return not self._text or self._text in m.haystacks[source_row]

