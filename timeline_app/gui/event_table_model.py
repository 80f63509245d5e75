"""The events table: a thin model over the events DataFrame that filters and sorts with numpy."""
from __future__ import annotations

import os
import time

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont

from timeline_app.core.events import row_scope, row_scopes
from timeline_app.core.filters import DistinctTexts, Haystacks, changed_rows, column_values, factorize
from timeline_app.gui.timeline_view import to_seconds

COL_WHEN = 0
COL_HEADLINE = 1
COL_EXPRESSION = 2
COL_TYPE = 3
COL_VALUE = 4
COL_GRANULARITY = 5
COL_TAGS = 6
COL_DOCUMENT = 7
COL_SENTENCE = 8
HEADERS = ["When", "Headline", "Expression", "Type", "Value", "Granularity", "Tags", "Document", "Sentence"]

SORT_ROLE = Qt.UserRole + 1      # the raw value to sort on (dates as numbers)
ROW_ROLE = Qt.UserRole + 2       # the row position in the frame


def when_column(df: pd.DataFrame) -> list[str]:
    """Each event's time as shown: a day, a time, or the first … last day of a longer interval; a
    span a date bounds with the words that bound it, as the timeline labels it ("since 2019 ·
    2019-01-01 … 2023-10-12": from 2019 to the time of writing, not a closed 2019-2023;
    ``core.events.row_scopes``)."""
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
    return [str(x) if b is None or x == "(undated)" else f"{b[0]} · {x}" for x, b in zip(out, row_scopes(df))]


_TIMED = frozenset({"hour", "minute", "second", "part-of-day"})
_DAY = pd.Timedelta(days=1)
_SECOND = pd.Timedelta(seconds=1)


def when_text(start, end, granularity, bound: str = "") -> str:
    """One event's ``when_column`` text (the table asks only for the rows it shows); ``bound``: the
    words that bound its span ("since 2019", ``core.events.row_scope``), "" for any other event."""
    if start is None or pd.isna(start):
        return "(undated)"
    if bound:
        return f"{bound} · {when_text(start, end, granularity)}"
    start = pd.Timestamp(start)
    timed = str(granularity) in _TIMED or start.hour != 0 or start.minute != 0
    f = "%Y-%m-%d %H:%M" if timed else "%Y-%m-%d"
    first = start.strftime(f)
    if end is None or pd.isna(end):
        return first
    end = pd.Timestamp(end)
    if end - start <= _DAY:
        return first
    return first + " … " + (end - _SECOND).strftime(f)


_DISPLAY, _TOOLTIP, _SORT, _ROW = int(Qt.DisplayRole), int(Qt.ToolTipRole), int(SORT_ROLE), int(ROW_ROLE)
_EDIT, _FONT, _FG = int(Qt.EditRole), int(Qt.FontRole), int(Qt.ForegroundRole)


def tags_text(tags) -> str:
    if isinstance(tags, str):
        return tags
    return ", ".join(str(t) for t in tags) if isinstance(tags, (list, tuple, set, frozenset)) else ""


def headline_text(headline, starred) -> str:
    star = isinstance(starred, (bool, np.bool_)) and bool(starred)
    return ("★ " if star else "") + (headline if isinstance(headline, str) else "")


def _sentence_text(value) -> str:
    return " ".join(str(value).split())


# The text each column sorts by, per distinct value: the shown text, case-folded (document names
# as they are, then the place in the document).
_KEY_TEXT = {COL_EXPRESSION: ("expression", lambda v: str(v).lower()),
             COL_TYPE: ("timex_type", lambda v: str(v).lower()),
             COL_VALUE: ("timex_value", lambda v: str(v).lower()),
             COL_GRANULARITY: ("granularity", lambda v: str(v).lower()),
             COL_TAGS: ("tags", lambda v: tags_text(v).lower()),
             COL_SENTENCE: ("sentence", lambda v: _sentence_text(v).lower()),
             COL_DOCUMENT: ("document", lambda v: os.path.basename(str(v)))}


def _with_rows(before: np.ndarray, n: int, rows: np.ndarray, values: np.ndarray) -> np.ndarray:
    """A new array of ``n`` values: ``before`` (the first rows) with ``values`` put at ``rows``."""
    out = np.empty(n, dtype=before.dtype)
    out[:len(before)] = before
    out[rows] = values
    return out


class EventTableModel(QAbstractTableModel):
    """Rows are the frame's rows that the mask lets through, in a sort order of their own
    (``sort_rows``): row ids given to and taken from the rest of the window are always frame
    positions (``ROW_ROLE``, ``frame_row``).

    Sorting and filtering are numpy work on whole columns (a stable argsort of per-column ranks;
    a boolean mask), never a Python call per row or per comparison: a few milliseconds at
    100,000 rows. What they need is made as rows arrive, a chunk per turn of the event loop
    (``_prepare``), not on the first click or keystroke: per text column each row's id among the
    column's distinct sort texts (``DistinctTexts``, ranked as they come), and the search text of
    the window's filter (``search_text``).

    The headline is editable in place (F2, double-click): the model does not change the frame, it
    emits ``headlineEdited(frame_row, text)`` and the window makes the edit in the Workspace."""

    headlineEdited = Signal(int, str)

    #: new rows arriving in more runs than this (a sorted table) are placed by one layout change
    MAX_INSERTS = 64

    #: rows read per slice of the idle preparation (a few milliseconds per column)
    CHUNK = 8192
    #: the most a turn of the event loop spends on it
    PREP_S = 0.008

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sort_state: tuple[int, Qt.SortOrder] | None = None
        self._mask: np.ndarray | None = None
        self._prep = QTimer(self)
        self._prep.setSingleShot(True)
        self._prep.setInterval(0)
        self._prep.timeout.connect(self._prepare)
        self._load(pd.DataFrame())

    def _load(self, df: pd.DataFrame) -> None:
        self._take_columns(df)
        n = self._n
        self._display: dict[int, list] = {}
        self._sort: dict[int, list] = {}
        self._keys: dict[int, DistinctTexts] = {c: DistinctTexts() for c in self._key_columns()}
        self._search = Haystacks(self._df, complete=False)
        self._source = df
        self._prep.start()
        self._order = np.arange(n, dtype=np.int64)   # frame rows in sort order (all of them)
        self._cells: dict[tuple[int, int], str] = {}   # display strings made for the rows shown
        self._names_list: list[str] | None = None
        self._apply()

    def _take_columns(self, df: pd.DataFrame, changed: np.ndarray | None = None) -> None:
        """The frame and its columns as arrays (views, no copy; the dates as seconds).
        ``changed``: the frame is the one before with only these rows set again and rows appended
        (``update_rows``): the dates' seconds and the deleted flags are made for those rows only."""
        n_old = self._n if changed is not None else 0
        self._df = df.reset_index(drop=True)
        self._col = {name: i for i, name in enumerate(self._df.columns)}
        self._n = n = len(self._df)
        if n:
            rows = None if not n_old else np.concatenate([changed, np.arange(n_old, n, dtype=np.int64)])
            part = self._df if rows is None else self._df.iloc[rows]
            key = to_seconds(part["start"])
            key[np.isnan(key)] = np.inf          # undated sort after every date
            deleted = ((part["status"] == "deleted").to_numpy(dtype=bool, na_value=False) if "status" in part.columns
                       else np.zeros(len(part), dtype=bool))
            if rows is not None:                 # (new arrays: those before may be held)
                key = _with_rows(self._start_key, n, rows, key)
                deleted = _with_rows(self._deleted, n, rows, deleted)
            self._start_key = key
            self._deleted = deleted
            self._values = {name: self._df[name].to_numpy() for name in
                            ("start", "end", "granularity", "document", "sentence", "expression",
                             "timex_type", "timex_value", "headline", "starred", "tags") if name in self._df.columns}
        else:
            self._start_key = np.empty(0)
            self._values = {}
            self._deleted = np.zeros(0, dtype=bool)

    def update_rows(self, df: pd.DataFrame, positions, first_new: int, mask=None) -> None:
        """``df`` is the frame before with rows ``positions`` changed in place and rows from
        ``first_new`` on new: the new rows are inserted (``beginInsertRows``: at the end when the
        table is not sorted, else where the sort puts them) and the changed ones redrawn
        (``dataChanged``); the model is not reset, so the selection, the current row and the
        scroll position stay. Per-row work only for those rows."""
        positions = np.asarray(positions, dtype=np.int64)
        n_old = self._n
        if first_new != n_old or len(df) < n_old:
            self.set_frame(df)
            if mask is not None:
                self.set_mask(mask)
            return
        mask = None if mask is None else np.asarray(mask, dtype=bool)
        old_mask = self._mask
        same_old_mask = (mask is None and old_mask is None) or (
            mask is not None and old_mask is not None and np.array_equal(mask[:n_old], old_mask))
        before = self._df
        self._take_columns(df, positions)
        self._source = df
        if not self._search.update(self._df, positions, first_new):
            self._search = Haystacks(self._df, complete=False)
        if set(self._keys) != set(self._key_columns()):
            self._keys = {c: DistinctTexts() for c in self._key_columns()}
        for c, keys in self._keys.items():       # rows changed in place that were read before
            old = positions[positions < len(keys)]
            if len(old):                         # ... and whose sort text may have changed
                old = changed_rows(before, self._df, ("headline", "starred") if c == COL_HEADLINE
                                   else (_KEY_TEXT[c][0],), old)
            if len(old):
                self._put_keys(c, old, old)
        self._prep.start()
        touched = np.concatenate([positions, np.arange(n_old, self._n, dtype=np.int64)])
        for r in positions.tolist():                # display strings made before for these rows
            for c in range(len(HEADERS)):
                self._cells.pop((c, r), None)
        if self._names_list is not None:
            self._names_list.extend(os.path.basename(p) for p in self._values["document"][n_old:].tolist())
        for c, col in list(self._display.items()):
            if c == COL_DOCUMENT:     # the names list itself (extended above; a row keeps its document)
                continue
            col.extend([""] * (self._n - n_old))
            for r in touched.tolist():
                col[r] = self._cell_text(c, r)
        for c, col in list(self._sort.items()):
            col.extend([None] * (self._n - n_old))
            for r in touched.tolist():
                col[r] = self._sort_key(c, r)
        self._order = np.concatenate([self._order, np.arange(n_old, self._n, dtype=np.int64)])
        if self._sort_state is not None:
            self._order = self._sorted(*self._sort_state)
        order = self._order if mask is None else self._order[mask[self._order]]
        is_new = order >= n_old
        old_rows = self._rows
        starts = np.flatnonzero(is_new & ~np.concatenate([[False], is_new[:-1]]))
        if same_old_mask and len(starts) <= self.MAX_INSERTS and np.array_equal(order[~is_new], old_rows):
            # The rows shown before keep their order: the new ones go in with beginInsertRows,
            # one run at a time in table order (each at its final place: those before it are in).
            self._mask = mask
            ends = np.flatnonzero(is_new & ~np.concatenate([is_new[1:], [False]])) + 1
            for a, b in zip(starts.tolist(), ends.tolist()):
                self.beginInsertRows(QModelIndex(), a, b - 1)
                self._rows = order[:b] if b == len(order) else np.concatenate([order[:b], self._rows[a:]])
                self.endInsertRows()
            self._apply()
        else:   # rows filtered in or out, moved by the sort, or new ones in many places: the rows
            # move in one layout change (no reset: persistent indexes, the selection, follow)
            self.layoutAboutToBeChanged.emit()
            self._mask = mask
            self._apply()
            frm = self.persistentIndexList()
            inv = self._inv
            self.changePersistentIndexList(
                frm, [self.index(int(inv[old_rows[i.row()]]), i.column()) if inv[old_rows[i.row()]] >= 0
                      else QModelIndex() for i in frm])
            self.layoutChanged.emit()
        shown = self._inv[positions] if len(positions) else positions
        shown = shown[shown >= 0]
        if len(shown):
            self.dataChanged.emit(self.index(int(shown.min()), 0), self.index(int(shown.max()), len(HEADERS) - 1))

    @property
    def _names(self) -> list[str]:
        """Each row's document file name, made when first needed (sorting by document)."""
        if self._names_list is None:
            base = {p: os.path.basename(p) for p in dict.fromkeys(self._df["document"].tolist())} if self._n else {}
            self._names_list = [base[p] for p in self._df["document"].tolist()] if self._n else []
        return self._names_list

    def _cell(self, c: int, r: int) -> str:
        """Column ``c``'s display string for frame row ``r``: from the whole column when it has been
        made (for sorting), else made for this row alone -- a refresh costs nothing per row the
        view does not show."""
        col = self._display.get(c)
        if col is not None:
            return col[r]
        key = (c, r)
        got = self._cells.get(key)
        if got is None:
            got = self._cell_text(c, r)
            if len(self._cells) > 100_000:
                self._cells.clear()
            self._cells[key] = got
        return got

    def _cell_text(self, c: int, r: int) -> str:
        v = self._values
        if c == COL_WHEN:
            return when_text(v["start"][r], v["end"][r], v["granularity"][r], self._bound(r))
        if c == COL_DOCUMENT:
            return os.path.basename(v["document"][r])
        if c == COL_SENTENCE:
            return " ".join(str(v["sentence"][r]).split())
        if c == COL_HEADLINE:
            return headline_text(v["headline"][r], v["starred"][r] if "starred" in v else False) \
                if "headline" in v else ""
        if c == COL_TAGS:
            return tags_text(v["tags"][r]) if "tags" in v else ""
        return str(v[{COL_EXPRESSION: "expression", COL_TYPE: "timex_type", COL_VALUE: "timex_value",
                      COL_GRANULARITY: "granularity"}[c]][r])

    _SCOPE_CELLS = ("sentence", "sentence_start", "start_char", "end_char", "expression", "status", "timex_type", "rule")

    def _bound(self, r: int) -> str:
        """The words that bound frame row ``r``'s span ("since 2019"), else "": ``row_scopes`` for
        one row, read when its When cell is made (once: the cell is kept until the row changes)."""
        col, df = self._col, self._df
        if any(c not in col for c in self._SCOPE_CELLS[:5]):
            return ""
        got = row_scope(*(df.iat[r, col[c]] for c in self._SCOPE_CELLS[:5]),
                        *(df.iat[r, col[c]] if c in col else d for c, d in zip(self._SCOPE_CELLS[5:], ("auto", "DATE", ""))))
        return got[0] if got else ""

    def _sort_key(self, c: int, r: int):
        """One row's ``_sort_column`` key."""
        if c == COL_WHEN:
            return float(self._start_key[r])
        if c == COL_DOCUMENT:
            return (self._names[r], int(self._df["start_char"].iat[r]))
        return self._column(c)[r].lower()

    def _apply(self) -> None:
        """The table rows from the sort order and the mask: ``_rows`` (table row -> frame row) and
        ``_inv`` (frame row -> table row, -1 when filtered out)."""
        order = self._order
        mask = self._mask
        if mask is not None and len(mask) == self._n:
            order = order[mask[order]]
        self._rows = order          # (an array: a list of 100,000 ints costs ~10 ms per sort)
        inv = np.full(self._n, -1, dtype=np.int64)
        inv[order] = np.arange(len(order))
        self._inv = inv

    def set_frame(self, df: pd.DataFrame) -> None:
        self.beginResetModel()
        if self._mask is not None and len(self._mask) != len(df):
            self._mask = None
        self._load(df)
        if self._sort_state is not None:
            self._order = self._sorted(*self._sort_state)
            self._apply()
        self.endResetModel()

    def set_mask(self, mask) -> None:
        """Show only the frame rows where ``mask`` (one boolean per frame row) is True; None: all."""
        self.beginResetModel()
        self._mask = None if mask is None else np.asarray(mask, dtype=bool)
        self._apply()
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._df

    def frame_row(self, table_row: int) -> int:
        return int(self._rows[table_row])

    def index_of_frame_row(self, frame_row: int, column: int = 0) -> QModelIndex:
        if not 0 <= frame_row < self._n or self._inv[frame_row] < 0:
            return QModelIndex()
        return self.index(int(self._inv[frame_row]), column)

    # ---- sorting: a stable numpy argsort of per-column ranks ----------------------------------
    def _key_columns(self) -> list[int]:
        cols = self._df.columns
        out = [c for c, (name, _) in _KEY_TEXT.items() if name in cols]
        if "headline" in cols:
            out.append(COL_HEADLINE)
        return out

    def _put_keys(self, c: int, where, rows: np.ndarray) -> None:
        """Column ``c``'s sort texts for frame rows ``rows`` (stored at ``where``: the same
        positions, or a slice appending them): one text per distinct value among them."""
        df = self._df
        if c == COL_HEADLINE:
            local, heads = factorize(column_values(df, "headline", rows))
            star = (column_values(df, "starred", rows) == True) if "starred" in df.columns \
                else np.zeros(len(rows), dtype=bool)  # noqa: E712  (True and np.True_ alike)
            pairs, local = np.unique(local.astype(np.int64) * 2 + star, return_inverse=True)
            texts = [headline_text(heads[p // 2], bool(p % 2)).lower() for p in pairs.tolist()]
        else:
            name, text = _KEY_TEXT[c]
            local, uniques = factorize(column_values(df, name, rows))
            texts = [text(u) for u in uniques]
        self._keys[c].put(where, local.reshape(-1), texts)

    def _prepare_piece(self, until: int | None = None, only: int | None = None) -> bool:
        """One piece of the preparation (a chunk of one column's sort texts, of the search text,
        or the ranking of the texts that came): False when everything is ready. ``only``: for that
        column only, every row at once (a sort asked for before the idle work got there)."""
        n = self._n
        for c, keys in self._keys.items():
            if (only is None or only == c) and len(keys) < n:
                a = len(keys)
                b = n if only is not None else min(n, a + self.CHUNK)
                self._put_keys(c, slice(a, b), np.arange(a, b))
                return True
        if only is None and not self._search.complete:
            self._search.advance(self.CHUNK)
            return True
        for c, keys in self._keys.items():
            if (only is None or only == c) and keys._ranked < len(keys.texts):
                keys.rank()
                return True
        return False

    def _prepare(self) -> None:
        """The idle preparation: pieces until ``PREP_S`` has passed, then again after the events
        waiting (a load, a paint, a keystroke) have been handled."""
        deadline = time.perf_counter() + self.PREP_S
        while self._prepare_piece():
            if time.perf_counter() >= deadline:
                self._prep.start()
                return

    def prepared(self) -> bool:
        """Whether every sort key and the search text are made for the rows there are."""
        return not self._pending()

    def _pending(self) -> bool:
        return (any(len(k) < self._n or k._ranked < len(k.texts) for k in self._keys.values())
                or not self._search.complete)

    def search_text(self, frame: pd.DataFrame) -> Haystacks | None:
        """The filter's search text of ``frame`` when it is the frame this model shows (made as its
        rows came; what is left is read now), else None."""
        return self._search if frame is self._source and self._search.n == len(frame) else None

    def _column_rank(self, c: int) -> np.ndarray:
        """Per frame row, the rank of column ``c``'s sort key (equal keys, equal ranks), from the
        ids of the column's distinct sort texts, made as rows arrived (what is left: now)."""
        if c not in self._keys:
            return np.zeros(self._n, dtype=np.int64)
        while self._prepare_piece(only=c):
            pass
        rank = self._keys[c].row_rank()
        if c == COL_DOCUMENT:    # by document name, then by place in it
            sc = self._df["start_char"].to_numpy(np.int64)
            rank = rank * (int(sc.max(initial=0)) + 1) + sc
        return rank

    def _sorted(self, column: int, order) -> np.ndarray:
        desc = order == Qt.DescendingOrder
        if column == COL_WHEN:
            # Dates as dates; undated rows stay last either way.
            key = -self._start_key if desc else self._start_key.copy()
            key[np.isinf(self._start_key)] = np.inf
            return np.argsort(key, kind="stable")
        rank = self._column_rank(column)
        return np.argsort(-rank if desc else rank, kind="stable")

    def sort_rows(self, column: int, order) -> None:
        if column >= 0 and self._sort_state == (column, order):
            return      # sorted so already (QTableView.sortByColumn asks twice; rows keep the order)
        self._sort_state = None if column < 0 else (column, order)
        if column < 0 or not self._n:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._order = self._sorted(column, order)
        self._apply()
        frm = self.persistentIndexList()
        inv = self._inv
        self.changePersistentIndexList(
            frm, [self.index(int(inv[old_rows[i.row()]]), i.column()) for i in frm])
        self.layoutChanged.emit()

    def sort(self, column, order=Qt.AscendingOrder):
        self.sort_rows(column, order)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=_DISPLAY):
        # the int role first: the headers ask for a dozen roles per section on every layout change
        if role != _DISPLAY:
            return None
        return HEADERS[section] if orientation == Qt.Horizontal else None

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
            elif c == COL_HEADLINE:
                heads = df["headline"].tolist() if "headline" in df.columns else [""] * self._n
                stars = df["starred"].tolist() if "starred" in df.columns else [False] * self._n
                got = [headline_text(h, st) for h, st in zip(heads, stars)]
            elif c == COL_TAGS:
                got = [tags_text(t) for t in df["tags"]] if "tags" in df.columns else [""] * self._n
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
            return self._cell(index.column(), int(self._rows[index.row()]))
        if role == _ROW:
            return int(self._rows[index.row()])
        if role == _SORT:
            key = self._sort_column(index.column())[self._rows[index.row()]]
            return key if not isinstance(key, tuple) else f"{key[0]}\x00{key[1]:012d}"
        if role == _TOOLTIP and index.column() in (COL_SENTENCE, COL_HEADLINE):
            r = int(self._rows[index.row()])
            tip = str(self._df.iat[r, self._col["sentence"]])
            if "note" in self._col and self._df.iat[r, self._col["note"]]:
                tip += "\n\nNote: " + str(self._df.iat[r, self._col["note"]])
            return tip
        if role == _EDIT and index.column() == COL_HEADLINE and "headline" in self._col:
            return str(self._df.iat[self._rows[index.row()], self._col["headline"]] or "")
        if role in (_FONT, _FG) and self._deleted[self._rows[index.row()]]:
            if role == _FONT:
                f = QFont()
                f.setStrikeOut(True)
                return f
            return QColor(128, 128, 128)
        return None

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and index.column() == COL_HEADLINE and "headline" in self._col:
            f |= Qt.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid() or index.column() != COL_HEADLINE:
            return False
        self.headlineEdited.emit(int(self._rows[index.row()]), str(value))
        return True


class EventFilterProxy(QIdentityProxyModel):
    """The table's view of the model: sorting and the mask (the window's ``EventFilter``, the same
    mask the timeline and the exports use) are done by the source model on whole columns; this
    proxy only passes them on (an identity mapping in C++, no Python call per row)."""

    def sort(self, column, order=Qt.AscendingOrder):
        self.sourceModel().sort_rows(column, order)

    def set_mask(self, mask) -> None:
        """One boolean per frame row (None: every row)."""
        self.sourceModel().set_mask(mask)
