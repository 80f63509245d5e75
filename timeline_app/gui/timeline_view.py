"""The timeline: a custom-painted, viewport-culled view of the events on a zoomable time axis.

No QGraphicsItems: the events live in numpy arrays, each zoom level has one cached
``layout.Layout`` (lanes and clusters), and a paint draws only the items a binary search
finds in the visible time range and lanes.
"""
from __future__ import annotations

import hashlib
import time
from collections import OrderedDict

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, QLineF, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPalette, QPen, QPixmap,
                           QPolygonF)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

from timeline_app.core.colours import DOC_COLOURS  # noqa: F401  (re-exported)
from timeline_app.core.events import row_scopes
from timeline_app.gui import axis
from timeline_app.gui import layout as lay

MIN_SPAN = 1800.0                 # the closest zoom shows half an hour
MAX_SPAN = 10000 * axis.YEAR      # the widest, ten millennia (dates run from year 1 to 9999)
_SB_MAX = 1 << 30                 # scroll bars count in units that fit an int



def short_label(expression: str, sentence: str, words: int = 4, limit: int = 44) -> str:
    """The expression and a few words of its sentence."""
    rest = " ".join(sentence.split()[:words])
    text = f"{expression} · {rest}" if rest else expression
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_seconds(series: pd.Series) -> np.ndarray:
    """Datetimes (any resolution, NaT allowed) to float seconds since 1970; NaN when undated."""
    if len(series) == 0:
        return np.empty(0)
    # Microseconds, not pandas' default nanoseconds: those stop at 1677 and 2262, and articles
    # mention 1066 (pandas keeps such dates as datetime64[us] or coarser).
    us = pd.to_datetime(series).to_numpy().astype("datetime64[us]")
    out = us.astype(np.int64).astype(float) / 1e6
    out[np.isnat(us)] = np.nan
    return out


# One colour per tag when colouring by tag (tags in alphabetical order; untagged events grey).
TAG_COLOURS = ["#e6550d", "#31a354", "#756bb1", "#3182bd", "#c51b8a", "#8c6d31", "#fd8d3c", "#17becf",
               "#bcbd22", "#636363"]


def open_sides(frame: pd.DataFrame, exprs: list[str] | None = None, bounds: list | None = None) -> np.ndarray:
    """Per row: 1 when its event is a span open at its end ("since 2019"), -1 open at its start
    ("until March", "as of Friday"), else 0 (``core.events.row_scopes``: a date the user set is
    drawn whole). ``bounds``: a list of None per row, given the words that bound each span
    ("since 2019")."""
    scopes = row_scopes(frame)
    out = np.zeros(len(scopes), dtype=np.int8)
    for i, got in enumerate(scopes):
        if got is not None:
            out[i] = 1 if got[1] == "from" else -1
            if bounds is not None:
                bounds[i] = got[0]
    return out


#: Help › Reading the timeline: what each mark of the view means (what the painting code draws)
LEGEND = [
    ("A dot", "a day or less: “on Saturday”, “at 2.40am”"),
    ("A bar", "a longer time, from its start to its end: a week, a month, a year (“in March 2021”)"),
    ("A bar fading out, with a chevron",
     "a span open at that side: “since 2019” runs from 2019 to the time of writing, labelled "
     "“since 2019 · …”; “until 2031” runs up to 2031"),
    ("One third solid, the rest faint", "the start, middle or end of a time: “early 2019”, “mid-December”, "
                                        "“the end of the month”"),
    ("A dashed edge", "an approximate date: “about 2012”, or one counted back from a length "
                      "(“Keane resigned in 2021, three years after he joined the board”: about 2018)"),
    ("A box with a number", "events too close to draw apart at this zoom: click it to zoom in"),
    ("A grey band “6 months later”", "a long stretch without events, drawn short (View › Compress empty "
                                     "stretches); zoom into it to open it"),
    ("A dashed vertical line", "the day each article was written (its reference date), in its colour"),
    ("Colours", "one per article (View › Colour by tag: one per tag)"),
    ("Click, hover", "click an event to see its sentence with the time marked; hover to read how its date "
                     "was worked out. Undated times (“for three years”) are listed under Undated"),
]

#: a TIMEX3 mod as the part of its interval drawn solid: START / MID / END thirds; APPROX: about
MOD_PARTS = {"START": 1, "MID": 2, "END": 3, "APPROX": 4}


def mod_parts(frame: pd.DataFrame, opened: np.ndarray) -> np.ndarray:
    """Per row: 1, 2, 3 when its TIMEX3 mod names the start, middle or end of its interval ("early
    2019", "mid-December", "the end of the month": that third drawn solid, the rest faint), 4 when
    it is approximate ("about 2012-06", an event dated backwards: drawn with a dashed edge), else
    0. A span open at one side ("by the end of the month") is drawn open, not by its mod."""
    n = len(opened)
    if "mod" not in frame.columns or not n:
        return np.zeros(n, dtype=np.int8)
    part = np.fromiter((MOD_PARTS.get(m, 0) if isinstance(m, str) else 0 for m in frame["mod"].tolist()),
                       dtype=np.int8, count=n)
    part[(opened != 0) & (part != 4)] = 0
    if "status" in frame.columns:     # a date the user set is drawn as set
        part[~frame["status"].isin(("auto", "confirmed")).to_numpy()] = 0
    return part


def doc_colour(i: int, dark: bool = False) -> QColor:
    c = QColor(DOC_COLOURS[i % len(DOC_COLOURS)])
    return c.lighter(140) if dark else c


def doc_colours(n: int, dark: bool = False) -> list[QColor]:
    """The colours of ``n`` documents: the palette's few QColors, shared, not one made per document."""
    pal = [doc_colour(i, dark) for i in range(min(n, len(DOC_COLOURS)))]
    return [pal[i % len(pal)] for i in range(n)] if pal else []


def tag_colour(i: int, dark: bool = False) -> QColor:
    c = QColor(TAG_COLOURS[i % len(TAG_COLOURS)])
    return c.lighter(140) if dark else c


def tag_list(value) -> list[str]:
    """An event's tags as a list (the frame holds tuples; tolerate a comma-separated string)."""
    if isinstance(value, str):
        return [t.strip() for t in value.split(",") if t.strip()]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(t) for t in value]
    return []


def event_label(headline, expression: str, starred: bool) -> str:
    """What an event shows on the timeline: a star and its headline (its tags follow, each in its
    tag's colour)."""
    text = headline if isinstance(headline, str) and headline.strip() else expression
    return "★ " + text if starred else text


def tags_label(tags: list[str]) -> str:
    return "  " + " ".join("#" + t for t in tags) if tags else ""


class TimelineView(QAbstractScrollArea):
    """Horizontal time axis with the events in lanes. Signals carry frame row positions."""

    eventClicked = Signal(int)       # row position in the frame given to set_events
    eventActivated = Signal(int)     # Enter
    eventDoubleClicked = Signal(int)  # double click on an event (the window edits its headline)
    rangeChanged = Signal(float, float)

    AXIS_H = 44
    DASHED_REFS = 300   # up to this many reference-date lines in view are dashed; more: a rug of marks
    REF_RUG = 8         # ... this tall, under the axis
    LANE_H = 24
    MARKER = 10.0
    BADGE = 44.0

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setAccessibleName("Timeline")
        self.setMinimumHeight(160)
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(7.0, self._font.pointSizeF() * 0.9))
        self._fm = QFontMetricsF(self._font)
        self._t0 = 0.0                 # the view's left edge, on the axis (``_breaks``: time with long empty
        self._scale = 1000 / (30 * axis.DAY)   # stretches shrunk); pixels per second of axis
        self._compress = True          # View › Compress empty stretches
        self._breaks = axis.Breaks()   # the breaks drawn: ``_base_breaks`` at the zoom level in view
        self._base_breaks = axis.Breaks()   # the breaks found (``axis.find_breaks``), at their own scale
        self._selected = -1
        self._press: QPointF | None = None
        self._press_t0 = 0.0
        self._press_v = 0
        self._dragged = False
        self._sb_unit = 1.0
        self._updating_bars = False
        self._cache: OrderedDict[int, lay.Layout] = OrderedDict()
        # Layouts being made (level -> a ``layout.layout_steps`` generator), advanced a few
        # milliseconds per turn of the event loop (``_refine``): the current level first, then the
        # levels wanted next (``_wanted``: the neighbours, queued when the user pauses).
        self._jobs: dict[int, object] = {}
        self._wanted: list[int] = []
        self._budget = self.lane_budget()
        self._auto_fit = True          # re-fit on resize until the user zooms or pans
        self._fitting = False
        self.tick_unit = ""
        self.set_events(None)
        # When the user pauses, lay out the neighbouring zoom levels so the next zoom step is a cache hit.
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(150)
        self._prefetch.timeout.connect(self._prefetch_levels)
        # After a zoom into a level not laid out yet, the frame is drawn with a coarser cached
        # layout and the exact one is made in slices between the frames (progressive refinement).
        self._refine = QTimer(self)
        self._refine.setSingleShot(True)
        self._refine.setInterval(0)
        self._refine.timeout.connect(self._work_on_layouts)
        self.horizontalScrollBar().valueChanged.connect(self._on_hbar)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)

    # ---- data -------------------------------------------------------------------------------
    def set_events(self, frame: pd.DataFrame | None, documents: list[tuple[str, str, object]] = (),
                   dark: bool | None = None, mask: np.ndarray | None = None, colour_by: str = "document") -> None:
        """Show the dated events of ``frame``. ``documents``: (path, name, reference date) in order.
        ``mask``: one boolean per frame row, the rows the filters let through (see ``set_mask``).

        Labels are the ``headline`` column where the frame has one (the expression goes to the
        tooltip; a star and the tags join it), else the expression and the first words of its
        sentence. ``colour_by``: "document" (one colour per document) or "tag" (per first tag)."""
        if dark is None:
            dark = self.palette().color(QPalette.Base).lightness() < 128
        self._dark = dark
        self._docs = list(documents)
        self._open_docs = len(self._docs)     # (set_open_documents: documents without a row count too)
        self._doc_index_map = None           # (made again by _doc_index)
        self._doc_colours = doc_colours(len(self._docs), dark)
        self._colour_by = colour_by
        self._tags: list[str] = []
        self._nrows = 0 if frame is None else len(frame)
        self._breaks = self._base_breaks = axis.Breaks()     # (rows are made on a plain axis, then mapped: _rebreak)
        self._full = self._row_arrays(frame, None)
        self._tags = sorted({t for tg in self._full["tags"].tolist() for t in tg}, key=str.lower)
        if colour_by == "tag":
            tix = {t: i for i, t in enumerate(self._tags)}
            self._full["ckey"] = np.array([tix[tg[0]] if tg else -1 for tg in self._full["tags"].tolist()],
                                          dtype=np.int32)
        self._set_palette(dark)
        self._set_reference_dates()
        self._rebreak(force=True, keep=self._keep_of(mask))
        self._selected = -1      # positions changed; the owner selects again (set_selected_row)
        self._sel_row = -1
        self._apply_mask(mask)

    #: the frame's columns a row's drawing is made of (``_row_arrays``)
    DRAWN_COLUMNS = ("start", "end", "expression", "tags", "headline", "starred", "sentence", "document", "status",
                     "mod")

    def _row_arrays(self, frame: pd.DataFrame | None, rows: np.ndarray | None) -> dict:
        """The drawing arrays (times, labels, document, colour key...) of the dated rows among
        ``rows`` of ``frame`` (None: all rows). Python work per row given, nothing per other row."""
        if frame is None or len(frame) == 0 or (rows is not None and len(rows) == 0):
            return {"rows": np.empty(0, dtype=np.int64), "start": np.empty(0), "end": np.empty(0),
                    "t_start": np.empty(0), "t_end": np.empty(0),
                    "is_point": np.empty(0, dtype=bool), "doc": np.empty(0, dtype=np.int32),
                    "ckey": np.empty(0, dtype=np.int32), "labels": np.empty(0, dtype=object),
                    "tags": np.empty(0, dtype=object), "expressions": np.empty(0, dtype=object),
                    "label_px": np.empty(0), "open": np.empty(0, dtype=np.int8), "part": np.empty(0, dtype=np.int8)}
        part = frame if rows is None else frame.iloc[rows]
        start_all, end_all = to_seconds(part["start"]), to_seconds(part["end"])
        dated = ~np.isnan(start_all)
        local = np.flatnonzero(dated)
        start = start_all[dated]
        end = np.where(np.isnan(end_all[dated]), start, end_all[dated])
        n = len(start)
        sub = part.iloc[local]
        exprs = sub["expression"].astype(str).tolist()
        tags = [tag_list(t) for t in sub["tags"].tolist()] if "tags" in sub.columns else [[]] * n
        if "headline" in sub.columns:
            stars = sub["starred"].tolist() if "starred" in sub.columns else [False] * n
            labels = [event_label(h, e, bool(st)) for h, e, st in zip(sub["headline"].tolist(), exprs, stars)]
        else:
            labels = [short_label(e, s) for e, s in zip(exprs, sub["sentence"].tolist())]
        bounds: list = [None] * n
        opened = open_sides(sub, exprs, bounds)
        for i in np.flatnonzero(opened).tolist():     # "since 2019 · Harbor Foods agreed to buy ..."
            labels[i] = f"{bounds[i]} · {labels[i]}"
        index = self._doc_index
        doc = np.array([index.get(p, 0) for p in sub["document"].tolist()], dtype=np.int32)
        if self._colour_by == "tag":
            tix = {t: i for i, t in enumerate(self._tags)}
            ckey = np.array([tix.get(tg[0], -1) if tg else -1 for tg in tags], dtype=np.int32)
        else:
            ckey = doc
        cw = self._fm.averageCharWidth()
        return {
            "rows": (local if rows is None else np.asarray(rows, dtype=np.int64)[local]).astype(np.int64),
            # on the axis (long empty stretches shrunk, ``axis.Breaks``) and in time (seconds)
            "start": self._breaks.to_u(start), "end": self._breaks.to_u(end), "t_start": start, "t_end": end,
            # True to the interval: a day or a time is a point; a week, month, year or any longer
            # interval (an anchored duration too) is a bar over [start, end).
            "is_point": end - start <= axis.DAY,
            "doc": doc, "ckey": ckey,
            "labels": np.array(labels, dtype=object),
            "tags": _object_array([tuple(tg) for tg in tags]),
            "expressions": np.array(exprs, dtype=object),
            "label_px": np.fromiter((len(t) + len(tags_label(tg)) for t, tg in zip(labels, tags)), dtype=float,
                                    count=n) * cw + 4,
            "open": opened,
            "part": mod_parts(sub, opened),
        }

    @property
    def _doc_index(self) -> dict:
        """A document's path -> its index, kept up to date as documents are appended."""
        got = self._doc_index_map
        if got is None:
            got = self._doc_index_map = {}
        for i in range(len(got), len(self._docs)):
            got[self._docs[i][0]] = i
        return got

    def _set_reference_dates(self, start: int = 0) -> None:
        """Reference dates as arrays (seconds, document index): painted per pixel and colour, not
        per document (10,000 documents share a few hundred dates and a dozen colours). ``start``:
        the documents before it are already in the arrays (a load appending documents)."""
        with_ref = [(i, ref) for i, (_, _, ref) in enumerate(self._docs[start:], start) if ref is not None]
        ref_doc = np.fromiter((i for i, _ in with_ref), dtype=np.int64, count=len(with_ref))
        ref_t = np.array([np.datetime64(ref, "s") for _, ref in with_ref], dtype="datetime64[s]") \
            .astype(np.int64).astype(float) if with_ref else np.empty(0)
        if start:
            ref_doc, ref_t = np.concatenate([self._ref_doc, ref_doc]), np.concatenate([self._ref_t, ref_t])
        self._ref_doc, self._ref_t = ref_doc, ref_t
        # In time order, so a paint finds the ones in view with two binary searches (on the axis).
        by_time = np.argsort(self._ref_t, kind="stable")
        self._ref_sorted_real, self._ref_sorted_doc = self._ref_t[by_time], self._ref_doc[by_time]
        self._ref_sorted_t = self._breaks.to_u(self._ref_sorted_real)

    def update_rows(self, frame: pd.DataFrame, positions, first_new: int,
                    documents: list[tuple[str, str, object]], mask: np.ndarray | None = None) -> bool:
        """``frame`` is the frame shown before with rows ``positions`` changed in place and rows
        from ``first_new`` on new (and ``documents`` the documents before, maybe with more at the
        end): only those rows are made again, the rest of the arrays is kept, the selection too.
        Returns False (and does nothing) when that cannot be done (colours by tag and a tag new
        or gone; documents not the ones before plus new ones): call ``set_events``. In two halves
        for a window's turns of its event loop: ``begin_update_rows`` then ``finish_update_rows``."""
        made = self.begin_update_rows(frame, positions, first_new, documents)
        return made is not None and self.finish_update_rows(made, mask)

    def begin_update_rows(self, frame: pd.DataFrame, positions, first_new: int,
                          documents: list[tuple[str, str, object]]) -> tuple | None:
        """The first half of ``update_rows``: the documents taken in and the drawing arrays of the
        rows given made (the work per row); the events drawn stay as they were until
        ``finish_update_rows(made, mask)``. None when it cannot be done (call ``set_events``)."""
        docs = list(documents)
        n_docs = len(self._docs)
        if len(docs) < n_docs or first_new != self._nrows:
            return None
        ref_changed = docs[:n_docs] != self._docs      # (tuples compared in C)
        if ref_changed and [d[0] for d in docs[:n_docs]] != [d[0] for d in self._docs]:
            return None
        positions = np.asarray(positions, dtype=np.int64)
        rows = np.concatenate([positions, np.arange(first_new, len(frame), dtype=np.int64)])
        tags = {t for tg in frame["tags"].iloc[rows].tolist() for t in tag_list(tg)} if "tags" in frame.columns \
            else set()
        new_tags = not tags <= set(self._tags)
        if self._colour_by == "tag" and (new_tags or len(positions)):
            return None     # a tag new or maybe gone: the colour keys of every row change
        self._docs = docs
        if new_tags:        # (one gone stays in the palette until the next set_events: harmless)
            self._tags = sorted(set(self._tags) | tags, key=str.lower)
        if new_tags or ref_changed:
            self._set_palette(self._dark)
        elif len(docs) != n_docs:
            self._set_palette(self._dark, appended_from=n_docs)
        if ref_changed:
            self._set_reference_dates()
            self._refs_seen = 0          # (every reference date is looked at again by _rebreak)
        elif len(docs) != n_docs:
            self._set_reference_dates(n_docs)
        return self._full, self._row_arrays(frame, rows), positions, first_new, len(frame)

    def finish_update_rows(self, made: tuple, mask: np.ndarray | None = None) -> bool:
        """The second half of ``update_rows``: the rows made put in, the filter's mask applied, the
        level in view laid out. False (nothing done) when the events were set anew in between."""
        full, fresh, positions, first_new, n = made
        if full is not self._full or first_new != self._nrows:
            return False
        moved = self._moved(full, fresh, positions, first_new)
        b = self._breaks        # (the axis may have changed level since the rows were made)
        fresh["start"], fresh["end"] = b.to_u(fresh["t_start"]), b.to_u(fresh["t_end"])
        self._full = self._merged(full, fresh, positions, first_new)
        self._nrows = n
        self._rebreak(force=moved, fresh=fresh, keep=self._keep_of(mask))
        row = self._sel_row
        self._apply_mask(mask)
        self._sel_row = row
        self._selected = -1 if row < 0 or (pos := self._pos(row)) is None else pos
        return True

    @staticmethod
    def _merged(full: dict, fresh: dict, positions: np.ndarray, first_new: int) -> dict:
        """The drawing arrays ``full`` with the rows ``fresh`` made for the frame rows ``positions``
        (set again) and from ``first_new`` on (new, after every row before): new arrays, in row
        order. When the rows set again that are dated are the very rows drawn before (a load: the
        counts of events other documents joined changed, not whether they have a date), they are
        put in at their places in one copy of each array; else (a date given or taken away)
        merged and sorted again."""
        if len(positions):
            n_fresh_old = int((fresh["rows"] < first_new).sum())   # (made in the order given: those first)
            rows = full["rows"]                                      # (ascending)
            at = np.searchsorted(rows, positions)
            found = at < len(rows)
            found[found] = rows[at[found]] == positions[found]
            at = at[found]                       # where the rows set again were drawn, in their order
            if len(at) == n_fresh_old and np.array_equal(rows[at], fresh["rows"][:n_fresh_old]):
                out = {}
                for k, v in full.items():
                    new = np.concatenate([v, fresh[k][n_fresh_old:]])
                    new[at] = fresh[k][:n_fresh_old]
                    out[k] = new
                return out
        keep = ~np.isin(full["rows"], positions) if len(positions) else np.ones(len(full["rows"]), dtype=bool)
        merged = {k: np.concatenate([full[k][keep], fresh[k]]) for k in full}
        if len(positions):       # rows set again may sit anywhere: back into row order
            order = np.argsort(merged["rows"], kind="stable")
            merged = {k: v[order] for k, v in merged.items()}
        return merged

    #: from this many events, a view on screen lays a new filter's events out between frames
    DEFER_MASK = 20_000

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Draw only the frame rows where ``mask`` is true (the window's filters). The selection is
        kept: a selected event filtered out is simply not drawn, and comes back selected.

        With many events on screen, a filter whose layout is not at hand is laid out between
        frames (``_work_on_layouts``) and takes effect once laid out, a few frames later: until
        then the view shows the events as before, whole, so a keystroke in the filter box never
        waits for a layout of 100,000 events. Asking the view about its events (``event_count``,
        ``layout_now``...) finishes it at once."""
        self._mask_job = None
        f = self._full
        if self.isVisible() and len(f["rows"]) >= self.DEFER_MASK:
            keep = self._keep_of(mask)
            key = self._mask_key_of(keep)
            if key == getattr(self, "_mask_key", None) and self._mask_for[0] is f["t_start"]:
                return                  # the events shown already (typed back before it took effect)
            level = lay.level_of(self._scale)
            # (the axis of the events it lets through: found between frames too, unless at hand)
            found = self._found_at_hand(key)
            breaks = None if found is None else found[0].at_level(level, self._shut_to(found[1]))
            if breaks is None or self._stashed(key, breaks) is None:
                self._mask_job = (mask, level, self._mask_steps(keep, key, level))
                self._refine.start()
                return
        self._set_mask_now(mask)

    def _mask_steps(self, keep: np.ndarray | None, key: bytes, level: int):
        """The layout of ``level`` of the events ``keep`` lets through, on their axis, as a
        generator (``set_mask``): the breaks found first (one sort), then the layout's steps."""
        f = self._full
        base, span = self._found(keep, key, *self._break_times(keep))
        breaks = base.at_level(level, self._shut_to(span))
        yield
        pick = (lambda a: a) if keep is None else (lambda a: a[keep])
        arrays = {k: pick(f[k]) for k in ("is_point", "label_px", "ckey")}
        arrays["start"], arrays["end"] = breaks.to_u(pick(f["t_start"])), breaks.to_u(pick(f["t_end"]))
        return (yield from self._layout_steps(level, arrays))

    def _set_mask_now(self, mask: np.ndarray | None, made: tuple[int, lay.Layout] | None = None) -> None:
        row = self._sel_row
        self._apply_mask(mask, made)
        self._selected = -1 if row < 0 or (pos := self._pos(row)) is None else pos
        self.viewport().update()

    def _settle(self) -> None:
        """Finish a filter being laid out between frames (see ``set_mask``), now."""
        job = self.__dict__.get("_mask_job")
        if job is not None:
            self._mask_job = None
            mask, level, steps = job
            self._set_mask_now(mask, (level, lay.run(steps)))

    def _apply_mask(self, mask: np.ndarray | None, made: tuple[int, lay.Layout] | None = None) -> None:
        """``made``: (level, its layout of the events the mask lets through), made beforehand.
        The axis's breaks are those of the events the mask lets through (``_rebreak``): a filter
        that leaves a long silence shrinks it, one that fills a silence opens it."""
        self._mask_job = None
        keep = self._keep_of(mask)  # (every row: None, the arrays themselves, never written to, not copies)
        self._rebreak(keep=keep)
        f = self._full
        pick = (lambda a: a) if keep is None else (lambda a: a[keep])
        self._rows, self._start, self._end = pick(f["rows"]), pick(f["start"]), pick(f["end"])
        self._tstart, self._tend = pick(f["t_start"]), pick(f["t_end"])
        self._is_point, self._doc, self._label_px = pick(f["is_point"]), pick(f["doc"]), pick(f["label_px"])
        self._ckey = pick(f["ckey"])
        self._open = pick(f["open"])
        self._part = pick(f["part"])
        # object arrays, read only for the items painted or hovered (no list of every row per keystroke)
        self._labels = pick(f["labels"])
        self._event_tags = pick(f["tags"])
        self._expressions = pick(f["expressions"])
        self._pos_of_row = None   # _rows is ascending: _pos looks rows up by binary search
        self._swap_layouts(keep)
        if made is not None:
            self._store(*made)
        self._update_bars()
        self.viewport().update()

    MASK_LAYOUTS = 3   # filters whose layout of the level in view is kept (back to one: no layout)

    def _swap_layouts(self, keep: np.ndarray | None) -> None:
        """Set the layout cache for the events ``keep`` lets through. The layout of the level in
        view under the last few filters is kept, so going back to one (a backspace, clearing the
        filter) draws at once instead of laying 100,000 events out again. An entry is used only
        for the very same events arrays (``_full``, colours) and lane budget it was made for."""
        stash = self.__dict__.setdefault("_mask_layouts", OrderedDict())
        f = self._full
        level = lay.level_of(self._scale)
        old = getattr(self, "_mask_key", None)
        made_for = getattr(self, "_mask_for", None)       # what the cached layouts were made for
        if old is not None and level in self._cache and made_for is not None:
            stash[old] = (*made_for, self._budget, level, self._cache[level])     # (made_for: times, colours, axis)
            stash.move_to_end(old)
            while len(stash) > self.MASK_LAYOUTS:
                stash.popitem(last=False)
        key = self._mask_key_of(keep)
        self._mask_key, self._mask_for = key, (f["t_start"], f["ckey"], self._breaks)
        for k in [k for k, v in stash.items() if v[0] is not f["t_start"]]:
            del stash[k]            # made for events shown before (and holding their arrays)
        self.clear_layout_cache()
        hit = self._stashed(key)
        if hit is not None:
            self._cache[hit[0]] = hit[1]

    @staticmethod
    def _mask_key_of(keep: np.ndarray | None) -> bytes:
        return b"all" if keep is None or keep.all() else hashlib.blake2b(
            np.packbits(keep).tobytes() + len(keep).to_bytes(8, "little"), digest_size=16).digest()

    def _stashed(self, key: bytes, breaks: axis.Breaks | None = None) -> tuple[int, lay.Layout] | None:
        """(level, layout) kept for the filter ``key`` of the events shown, with this lane budget,
        on the axis ``breaks`` (default: the one drawn now)."""
        f = self._full
        hit = self.__dict__.get("_mask_layouts", {}).get(key)
        if hit is not None and hit[0] is f["t_start"] and hit[1] is f["ckey"] \
                and hit[2].same(self._breaks if breaks is None else breaks) and hit[3] == self._budget:
            return hit[4], hit[5]
        return None

    def event_count(self) -> int:
        self._settle()
        return len(self._start)

    def event_times(self) -> np.ndarray:
        """Start times (seconds) of the dated events drawn, in frame order."""
        self._settle()
        return self._tstart.copy()

    def event_time(self, row: int) -> float | None:
        """Start time (seconds) of frame row ``row``, or None when it is undated."""
        self._settle()
        pos = self._pos(row)
        return None if pos is None else float(self._tstart[pos])

    def reference_lines(self) -> list[tuple[float, int]]:
        """(time in seconds, document index) of each reference-date line."""
        return list(zip(self._ref_t.tolist(), self._ref_doc.tolist()))

    def cached_levels(self) -> set[int]:
        """The zoom levels laid out so far (benchmarks)."""
        return set(self._cache)

    def clear_layout_cache(self) -> None:
        """Forget every layout, and the ones being made (they were for the events shown before)."""
        self._cache.clear()
        self._jobs.clear()
        self._wanted = []

    def dark(self) -> bool:
        return self._dark

    def doc_colours(self) -> list[QColor]:
        return list(self._doc_colours)

    def _set_palette(self, dark: bool, appended_from: int | None = None) -> None:
        """The item colours (by colour key; the last one, grey, is for key -1) and the legend.
        ``appended_from``: only documents from this index on are new (a load, colouring by
        document): their colours and legend entries are added to the lists (new lists: the old
        may be held), the rest kept -- not 10,000 colours and entries made again per update."""
        if appended_from is not None and self._colour_by != "tag" and self._dark == dark \
                and len(self._doc_colours) == appended_from <= len(self._docs):
            new = doc_colours(len(self._docs), dark)[appended_from:] if appended_from < len(DOC_COLOURS) \
                else [self._doc_colours[i % len(DOC_COLOURS)] for i in range(appended_from, len(self._docs))]
            if new:
                self.__dict__.pop("_badges", None)
                self._doc_colours = self._doc_colours + new
                self._colours = self._doc_colours + [QColor("#9a9a9a")]
                self._legend = self._legend + [(name, c) for (_, name, _), c in zip(self._docs[appended_from:], new)]
            return
        self.__dict__.pop("_badges", None)      # badge pixmaps are painted in these colours
        self._doc_colours = doc_colours(len(self._docs), dark)
        self._tag_colours = {t: tag_colour(i, dark) for i, t in enumerate(self._tags)}
        if self._colour_by == "tag":
            tags = [tag_colour(i, dark) for i in range(len(self._tags))]
            grey = QColor("#9a9a9a")
            self._colours = tags + [grey]
            self._legend = list(zip(self._tags, tags)) + [("no tag", grey)]
        else:
            self._colours = self._doc_colours + [QColor("#9a9a9a")]
            self._legend = [(name, c) for (_, name, _), c in zip(self._docs, self._doc_colours)]

    def legend(self) -> list[tuple[str, QColor]]:
        """(name, colour) per entry of the legend: documents, or tags when colouring by tag."""
        return list(self._legend)

    def colour_by(self) -> str:
        return self._colour_by

    def item_colour(self, row: int) -> QColor | None:
        """The colour event ``row`` is drawn in (None when it is not drawn)."""
        pos = self._pos(row)
        return None if pos is None else self._colours[self._ckey[pos]]

    def data_range(self) -> tuple[float, float]:
        """The span of all events and reference dates, in time (a month around today when empty)."""
        ts = self._ref_sorted_real      # (in time order: the first and last are the extremes)
        if len(self._tstart):
            lo, hi = float(self._tstart.min()), float(np.maximum(self._tend, self._tstart).max())
        elif len(ts):
            lo, hi = float(ts[0]), float(ts[-1])
        else:
            now = axis.from_datetime(pd.Timestamp.now().floor("D").to_pydatetime())
            lo, hi = now - 15 * axis.DAY, now + 15 * axis.DAY
        if len(ts):
            lo, hi = min(lo, float(ts[0])), max(hi, float(ts[-1]))
        return lo, hi

    def _data_range_u(self) -> tuple[float, float]:
        lo, hi = self.data_range()
        return self._breaks.to_u(lo), self._breaks.to_u(hi)

    # ---- the compressed axis ----------------------------------------------------------------
    def compressed(self) -> bool:
        """Whether long empty stretches are shrunk (View › Compress empty stretches)."""
        return self._compress

    def set_compressed(self, on: bool) -> None:
        """Shrink long empty stretches of the axis (``axis.find_breaks``: a break mark and their
        length in words stand for them) or draw time evenly. The view keeps showing what it showed."""
        on = bool(on)
        if on == self._compress:
            return
        self._compress = on
        self._rebreak_due()
        if self._auto_fit:
            self.fit_all()

    def breaks(self) -> axis.Breaks:
        """The stretches shrunk now, as drawn at this zoom (``axis.Breaks``; empty: time drawn evenly)."""
        return self._breaks

    def found_breaks(self) -> axis.Breaks:
        """The stretches to shrink of the events shown, as found (``axis.find_breaks``); zoomed
        in, each is drawn opened up (``breaks``, ``axis.Breaks.at_level``)."""
        return self._base_breaks

    def _mask_of_view(self) -> np.ndarray | None:
        """The mask of frame rows drawn now (None: every dated row)."""
        f = self._full
        if len(self._rows) == len(f["rows"]):
            return None
        mask = np.zeros(self._nrows, dtype=bool)
        mask[self._rows] = True
        return mask

    def _keep_of(self, mask: np.ndarray | None) -> np.ndarray | None:
        """Per drawn row (``_full``), whether ``mask`` (one boolean per frame row) lets it through;
        None when it lets every one through."""
        if mask is None:
            return None
        keep = np.asarray(mask, dtype=bool)[self._full["rows"]]
        return None if keep.all() else keep

    def _found_key(self, key: bytes) -> tuple:
        """What the breaks found of the filter ``key`` depend on (the events, the reference dates
        -- every one counts, its line is drawn whatever the filter -- and the setting)."""
        f = self._full
        return key, id(f["t_start"]), id(self._ref_t), len(f["t_start"]), len(self._ref_t), self._compress

    def _found_at_hand(self, key: bytes) -> tuple[axis.Breaks, float] | None:
        """``_found`` of the filter ``key`` when it is kept, else None (nothing found now)."""
        got = self.__dict__.get("_found_memo", {}).get(self._found_key(key))
        if got is None or got[0] is not self._full["t_start"] or got[1] is not self._ref_t:
            return None
        return got[2], got[3]

    def _found(self, keep, key: bytes, times_s: np.ndarray, times_e: np.ndarray) -> tuple[axis.Breaks, float]:
        """(``axis.find_breaks`` of these times, the axis length "fit all" shows of them), kept
        for the last few filters of these events (a filter laid out between frames asks when it
        starts and when it lands; going back to a filter asks again): O(n log n) when not kept."""
        got = self._found_at_hand(key)
        if got is not None:
            return got
        memo = self.__dict__.setdefault("_found_memo", OrderedDict())
        n = len(times_s) - len(self._ref_t)     # (``_break_times``: the reference dates come last; they
        # are points the axis shows, no events of the story: ``find_breaks`` counts its events apart)
        base = axis.find_breaks(times_s[:n], times_e[:n], points=times_s[n:]) if self._compress and len(times_s) \
            else axis.Breaks()
        span = self._fit_span(base, times_s[:n], times_e[:n], times_s[n:])
        memo[self._found_key(key)] = (self._full["t_start"], self._ref_t, base, span)
        while len(memo) > 4:
            memo.popitem(last=False)
        return base, span

    @staticmethod
    def _fit_span(base: axis.Breaks, times_s: np.ndarray, times_e: np.ndarray, refs: np.ndarray) -> float:
        """The length of axis (``base``'s) that "fit all" shows of these times and reference dates
        (0: no break)."""
        if not len(base):
            return 0.0
        ext = lay.fit_extent(base.to_u(times_s), base.to_u(times_e), base.to_u(refs),
                             breaks=list(zip(base.u0.tolist(), base.u1.tolist())))
        return 0.0 if ext is None else max(ext[1] - ext[0], axis.DAY)

    def _shut_to(self, fit_span: float | None = None) -> int:
        """The finest zoom level at which the breaks keep their length (``axis.Breaks.at_level``):
        one closer than the level "fit all" takes on a view this wide (default: for the breaks
        drawn, ``_fit_span_u``); zoomed in beyond, they open up."""
        span = self.__dict__.get("_fit_span_u", 0.0) if fit_span is None else fit_span
        return lay.level_of(self._width() / (span * 1.08)) + 1 if span > 0 else 1 << 20

    def _axis_at(self, level: int) -> axis.Breaks:
        """The breaks drawn at zoom ``level``."""
        return self._base_breaks.at_level(level, self._shut_to())

    def _break_times(self, keep: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """(starts, ends) of what the axis must show at its own pace: the events ``keep`` lets
        through and the reference dates."""
        f = self._full
        ts, te = (f["t_start"], f["t_end"]) if keep is None else (f["t_start"][keep], f["t_end"][keep])
        return np.concatenate([ts, self._ref_t]), np.concatenate([te, self._ref_t])

    def _rebreak(self, force: bool = False, fresh: dict | None = None, keep: np.ndarray | None = None) -> None:
        """Find the stretches to shrink anew and put every drawing array on the new axis, when the
        events may have changed them: always with ``force`` (a date moved or taken away) or when
        the filter (``keep``: per drawn row, whether it is shown; None: all) is not the one the
        breaks were found for (the breaks are the shown events', not the filtered out ones');
        after new rows (``fresh``) only when one reaches into a break or beyond the span (rows
        where nothing is shrunk only cover more of what is kept: the breaks stay the very same).
        The view keeps its left edge's time. O(n log n) when they are found anew (one sort), else
        the new rows'."""
        f = self._full
        old = self._breaks
        key = self._mask_key_of(keep)
        if key != getattr(self, "_break_key", None):
            force = True
        if not force:
            if not self._compress:
                return
            lo, hi = getattr(self, "_break_span", (np.inf, -np.inf))
            new_refs = self._ref_t[getattr(self, "_refs_seen", 0):]   # (documents added)
            s0 = np.concatenate([fresh["t_start"] if fresh is not None else np.empty(0), new_refs])
            s1 = np.concatenate([fresh["t_end"] if fresh is not None else np.empty(0), new_refs])
            s1 = np.maximum(s1, s0)
            if not len(s0):
                return
            if s0.min() >= lo and s1.max() <= hi:
                base = self._base_breaks
                if not len(base):
                    return
                # does any new item overlap a break [t0, t1)? (the break after its start, and the one before)
                i = np.searchsorted(base.t0, s1, side="left") - 1     # the last break starting before its end
                ok = i >= 0
                if not (base.t1[i[ok]] > s0[ok]).any():
                    return
            # A load's rows reach into a break or beyond the span: found again now, or, with many
            # events and when that was done less than REBREAK_S ago, once the rows of the next
            # REBREAK_S have come in (a load of 10,000 files does not sort all the events after
            # every batch); until then the rows in a break are drawn in it.
            if len(f["t_start"]) >= self.REBREAK_MANY \
                    and time.perf_counter() - self.__dict__.get("_rebreak_at", -np.inf) < self.REBREAK_S:
                self._rebreak_timer().start()
                return
        self._rebreak_at = time.perf_counter()
        times_s, times_e = self._break_times(keep)
        self._refs_seen = len(self._ref_t)
        self._break_key = key
        base, span = self._found(keep, key, times_s, times_e)
        self._break_span = (float(times_s.min()), float(np.maximum(times_e, times_s).max())) if len(times_s) \
            else (np.inf, -np.inf)
        if base.same(self._base_breaks):
            base = self._base_breaks        # (the same object: its levels are cached)
        self._base_breaks = base
        self._fit_span_u = span
        self._shut_seen = self._shut_to()
        new = self._axis_at(lay.level_of(self._scale))
        if new.same(old) and (len(new) or not force):
            return
        left = old.to_t(self._t0)
        self._set_axis(new)
        self._t0 = new.to_u(left)

    #: during a load of this many events or more (a sort of them costs ~5 ms and more), the breaks
    #: are found again at most once in REBREAK_S seconds (``_rebreak``)
    REBREAK_MANY = 20_000
    REBREAK_S = 0.5

    def _rebreak_timer(self) -> QTimer:
        got = self.__dict__.get("_rebreak_t")
        if got is None:
            got = self._rebreak_t = QTimer(self)
            got.setSingleShot(True)
            got.setInterval(int(self.REBREAK_S * 1000))
            got.timeout.connect(self._rebreak_due)
        return got

    def _rebreak_due(self) -> None:
        """The breaks found again after a load's rows that reached into them (``_rebreak``)."""
        self._settle()
        mask = self._mask_of_view()
        self._rebreak(force=True, keep=self._keep_of(mask))
        row = self._sel_row
        self._apply_mask(mask)
        self._sel_row = row
        self._selected = -1 if row < 0 or (pos := self._pos(row)) is None else pos

    def _set_axis(self, new: axis.Breaks) -> None:
        """Put the drawing arrays on the axis ``new`` (in place: ``_full`` stays the same dict);
        the caller places the view (``_t0``) on it. O(n): one binary search per event."""
        self._breaks = new
        f = self._full
        f["start"], f["end"] = new.to_u(f["t_start"]), new.to_u(f["t_end"])
        self._ref_sorted_t = new.to_u(self._ref_sorted_real)
        if hasattr(self, "_tstart"):        # (the events drawn: all of them, or a filter's)
            whole = len(self._tstart) == len(f["t_start"])
            self._start = f["start"] if whole else new.to_u(self._tstart)
            self._end = f["end"] if whole else new.to_u(self._tend)

    @staticmethod
    def _moved(full: dict, fresh: dict, positions: np.ndarray, first_new: int) -> bool:
        """Whether rows set again (``positions``) changed their times or whether they are dated
        (a date set or taken away), not only their labels or counts (a load)."""
        if not len(positions):
            return False
        was = np.isin(full["rows"], positions)
        now = fresh["rows"] < first_new
        if int(was.sum()) != int(now.sum()):
            return True
        a = np.argsort(full["rows"][was], kind="stable")
        b = np.argsort(fresh["rows"][now], kind="stable")
        return not (np.array_equal(full["rows"][was][a], fresh["rows"][now][b])
                    and np.array_equal(full["t_start"][was][a], fresh["t_start"][now][b])
                    and np.array_equal(full["t_end"][was][a], fresh["t_end"][now][b]))

    # ---- geometry ----------------------------------------------------------------------------
    def _width(self) -> float:
        return max(1, self.viewport().width())

    def visible_range(self) -> tuple[float, float]:
        """The times at the view's left and right edges."""
        u0, u1 = self._urange()
        return self._breaks.to_t(u0), self._breaks.to_t(u1)

    def _urange(self) -> tuple[float, float]:
        """The view's edges on the axis."""
        return self._t0, self._t0 + self._width() / self._scale

    def scale(self) -> float:
        """Pixels per second (of the axis: time itself, outside the breaks)."""
        return self._scale

    def x_of(self, t: float) -> float:
        """The x of time ``t`` in the viewport."""
        return (self._breaks.to_u(t) - self._t0) * self._scale

    def t_of(self, x: float) -> float:
        """The time at x in the viewport."""
        return self._breaks.to_t(self._t0 + x / self._scale)

    def _x(self, u: float) -> float:
        return (u - self._t0) * self._scale

    def _u_of(self, x: float) -> float:
        return self._t0 + x / self._scale

    def _set_view(self, t0: float, scale: float, anchor_x: float | None = None) -> None:
        """Show the axis from ``t0`` (on the axis drawn now) at ``scale``. When the scale is at
        another zoom level whose breaks are drawn otherwise (``axis.Breaks.at_level``: a break
        opens up as you zoom into it), the axis changes and the time at ``anchor_x`` (default:
        the centre) stays where it was asked to be."""
        w = self._width()
        scale = min(max(scale, w / MAX_SPAN), w / MIN_SPAN)
        new = self._axis_at(lay.level_of(scale))
        if new is not self._breaks:
            ax = w / 2 if anchor_x is None else anchor_x
            t = self._breaks.to_t(t0 + ax / scale)
            self._set_axis(new)
            t0 = new.to_u(t) - ax / scale
        t0 = min(max(t0, axis.T_MIN), self._breaks.to_u(axis.T_MAX) - w / scale)
        if (t0, scale) == (self._t0, self._scale):
            return
        rescaled = scale != self._scale
        self._t0, self._scale = t0, scale
        if not self._fitting:
            self._auto_fit = False
        if rescaled and len(self._start) > 20_000:
            self._prefetch.start()
        self._update_bars()
        self.viewport().update()
        self.rangeChanged.emit(*self.visible_range())

    def zoom_to(self, t0: float, t1: float, margin: float = 0.04) -> None:
        """Show the times [t0, t1] (and ``margin`` of their width on each side)."""
        self._zoom_to_u(self._breaks.to_u(t0), self._breaks.to_u(t1), margin)

    def _zoom_to_u(self, t0: float, t1: float, margin: float = 0.04) -> None:
        """Show [t0, t1] of the axis drawn now. Its times are what is shown: at the zoom level
        that takes, the breaks may be drawn otherwise (``_set_view``), so the span is measured
        again on that level's axis (a few rounds at most; when the levels disagree, the one
        that shows it all)."""
        ta, tb = self._breaks.to_t(t0), self._breaks.to_t(t1)
        for _ in range(4):
            b = self._breaks
            lo, hi = b.to_u(ta), b.to_u(tb)
            span = max(hi - lo, MIN_SPAN) * (1 + 2 * margin)
            self._set_view((lo + hi) / 2 - span / 2, self._width() / span)
            if self._breaks is b:
                break
        b = self._breaks
        lo, hi = b.to_u(ta), b.to_u(tb)
        span = max(hi - lo, MIN_SPAN) * (1 + 2 * margin)
        if span * self._scale > self._width() * 1.001:      # (the level it took opens a break: back out)
            self._set_view((lo + hi) / 2 - span / 2, self._width() / span)
            b = self._breaks
            lo, hi = b.to_u(ta), b.to_u(tb)
        self._set_view((lo + hi) / 2 - self._width() / self._scale / 2, self._scale)

    def fit_all(self) -> None:
        """Show every event, and the labels of the last ones too. The view then keeps fitting on
        resize until the user zooms or pans."""
        self._settle()
        self._fitting = True
        try:
            self._fit_all()
        finally:
            self._fitting = False
        self._auto_fit = True

    def auto_fit(self) -> bool:
        """Whether the view re-fits on resize (true until the user zooms or pans)."""
        return self._auto_fit

    def fit_range(self) -> tuple[float, float]:
        """What "fit all" shows, in time: where the events are (``layout.fit_extent``: a few far-off
        events or a century-long bar do not shrink the rest; the edges say what lies beyond)."""
        lo, hi = self._fit_range_u()
        return self._breaks.to_t(lo), self._breaks.to_t(hi)

    def _fit_range_u(self) -> tuple[float, float]:
        got = lay.fit_extent(self._start, self._end, self._ref_sorted_t, breaks=self._break_list())
        return got if got is not None else self._data_range_u()

    def _break_list(self) -> list[tuple[float, float]]:
        b = self._breaks
        return list(zip(b.u0.tolist(), b.u1.tolist()))

    def _fit_all(self) -> None:
        """The events' span and a small margin, nothing more: the labels of the last events turn
        to the left of them (``layout(flip_at=...)``) instead of the view stretching past the
        last event for their room (a sample ending on 10 September shown to January)."""
        lo, hi = self._fit_range_u()
        if hi - lo < axis.DAY:
            lo, hi = lo - 3 * axis.DAY, hi + 3 * axis.DAY
        self._zoom_to_u(lo, hi)
        self.verticalScrollBar().setValue(0)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the time under ``anchor_x`` (default: centre) in place."""
        if anchor_x is None:
            anchor_x = self._width() / 2
        t = self._u_of(anchor_x)
        w = self._width()
        scale = min(max(self._scale * factor, w / MAX_SPAN), w / MIN_SPAN)
        self._set_view(t - anchor_x / scale, scale, anchor_x)

    def pan_by(self, dx_px: float) -> None:
        """Move the view right by ``dx_px`` pixels (content moves left)."""
        self._set_view(self._t0 + dx_px / self._scale, self._scale)

    def center_on(self, t: float) -> None:
        """Put time ``t`` in the middle of the view."""
        self._center_on_u(self._breaks.to_u(t))

    def _center_on_u(self, t: float) -> None:
        self._set_view(t - self._width() / self._scale / 2, self._scale)

    # ---- scroll bars ------------------------------------------------------------------------
    def _update_bars(self) -> None:
        if self._updating_bars:
            return
        self._updating_bars = True
        try:
            lo, hi = self._data_range_u()
            v0, v1 = self._urange()
            pad = (v1 - v0) * 0.5
            lo, hi = min(lo - pad, v0), max(hi + pad, v1)
            total_px = (hi - lo) * self._scale
            self._sb_unit = max(1.0, total_px / _SB_MAX)
            self._sb_lo = lo
            hb = self.horizontalScrollBar()
            page = int(self._width() / self._sb_unit)
            hb.setRange(0, max(0, int((total_px - self._width()) / self._sb_unit)))
            hb.setPageStep(max(1, page))
            hb.setSingleStep(max(1, page // 10))
            hb.setValue(int((self._t0 - lo) * self._scale / self._sb_unit))
            vb = self.verticalScrollBar()
            lanes = self._drawn_layout().lanes
            content = self.AXIS_H + lanes * self.LANE_H + 8
            vb.setRange(0, max(0, content - self.viewport().height()))
            vb.setPageStep(max(1, self.viewport().height() - self.AXIS_H))
            vb.setSingleStep(self.LANE_H)
        finally:
            self._updating_bars = False

    def _on_hbar(self, value: int) -> None:
        if self._updating_bars:
            return
        self._set_view(self._sb_lo + value * self._sb_unit / self._scale, self._scale)

    def resizeEvent(self, e):
        super().resizeEvent(e)
        budget = self.lane_budget()
        shut = self._shut_to()
        if budget != self._budget or shut != self.__dict__.get("_shut_seen"):
            self._settle()
            # More or less room: the layouts use the lanes there are before gathering badges; and
            # the levels at which breaks open up are those of the width ("fit all" and closer).
            self._budget, self._shut_seen = budget, shut
            self.clear_layout_cache()
            auto, self._fitting = self._auto_fit, True       # (not a zoom of the user's)
            try:
                self._set_view(self._t0, self._scale)
            finally:
                self._fitting, self._auto_fit = False, auto
        if self._auto_fit:
            self.fit_all()      # until the user zooms or pans, the view keeps showing everything
        self._update_bars()

    def changeEvent(self, e):
        super().changeEvent(e)
        if e.type() == QEvent.PaletteChange:
            dark = self.palette().color(QPalette.Base).lightness() < 128
            if dark != getattr(self, "_dark", dark):
                self._dark = dark
                self._set_palette(dark)
            self.viewport().update()

    # ---- layout -----------------------------------------------------------------------------
    #: a bar wider than this (a typical view) is *long* at a level: it may take only the top third
    #: of the lanes, the rest stay for what is specific at that zoom (``layout.layout``)
    LONG_PX = 1200.0
    #: the most a turn of the event loop spends laying out a level in the background
    WORK_S = 0.008

    def _layout_steps(self, level: int, arrays: dict | None = None):
        """The layout of ``level`` as a generator, of the events drawn or of ``arrays`` (start,
        end, is_point, label_px, ckey: the events a filter being applied lets through)."""
        a = arrays or {"start": self._start, "end": self._end, "is_point": self._is_point,
                       "label_px": self._label_px, "ckey": self._ckey}
        flip = self._flip_at()
        b = self._axis_at(level)
        if arrays is None and b is not self._breaks:    # another level, its breaks drawn otherwise
            a = {**a, "start": b.to_u(self._tstart), "end": b.to_u(self._tend)}
            flip = None if flip is None else b.to_u(self._breaks.to_t(flip))
        # A badge whose events all come from one document (or tag) takes its colour.
        return lay.layout_steps(a["start"], a["end"], a["is_point"], a["label_px"], level,
                                marker_px=self.MARKER, badge_px=self.BADGE, max_lanes=self.lane_budget(),
                                band_px=2 * self.MARKER, key=a["ckey"], long_px=self.LONG_PX,
                                flip_at=flip)

    def _flip_at(self) -> float | None:
        """Where labels turn to the left of their events: the end of what "fit all" shows of all the
        events (``layout.fit_extent``), kept while the events arrays are the same: one sort per
        set of events, none per filter (a filter's layout turns labels at the same time)."""
        full = self._full
        got = self.__dict__.get("_flip_cache")
        if got is not None and got[0] is full["start"]:
            return got[1]
        ext = lay.fit_extent(full["start"], full["end"], self._ref_sorted_t, breaks=self._break_list()) \
            if len(full["start"]) else None
        value = None if ext is None else ext[1]
        self._flip_cache = (full["start"], value)
        return value

    def _store(self, level: int, got: lay.Layout) -> None:
        self._cache[level] = got
        while len(self._cache) > 12:
            self._cache.popitem(last=False)

    def layout_at(self, level: int) -> lay.Layout:
        """The layout of ``level``, made now if need be (finishing the one being made)."""
        got = self._cache.get(level)
        if got is None:
            got = lay.run(self._jobs.pop(level, None) or self._layout_steps(level))
            self._store(level, got)
        else:
            self._cache.move_to_end(level)
        return got

    def _prefetch_levels(self) -> None:
        """The user paused: lay out the neighbouring levels next (in the background, in slices)."""
        level = lay.level_of(self._scale)
        self._wanted = [other for other in (level + 1, level - 1) if other not in self._cache]
        if self._wanted:
            self._refine.start()

    def _next_level_to_lay_out(self) -> int | None:
        level = lay.level_of(self._scale)
        if level not in self._cache:
            return level
        self._wanted = [w for w in self._wanted if w not in self._cache]
        return self._wanted[0] if self._wanted else None

    def _work_on_layouts(self) -> None:
        """One slice of background layout work (at most ``WORK_S`` and one step of a generator,
        a few milliseconds): a frame is never held by a whole layout of 100,000 events."""
        deadline = time.perf_counter() + self.WORK_S
        job = self._mask_job
        if job is not None:              # a filter first: it changes what every level shows
            try:
                while time.perf_counter() < deadline:
                    next(job[2])
            except StopIteration as done:
                self._set_mask_now(job[0], (job[1], done.value))
            self._refine.start()
            return
        while True:
            level = self._next_level_to_lay_out()
            if level is None:
                return
            job = self._jobs.get(level)
            if job is None:
                job = self._jobs[level] = self._layout_steps(level)
            try:
                while time.perf_counter() < deadline:
                    next(job)
            except StopIteration as done:
                del self._jobs[level]
                self._store(level, done.value)
                if level == lay.level_of(self._scale):
                    self._cache.move_to_end(level)
                    self._update_bars()
                    self.viewport().update()
                if time.perf_counter() < deadline:
                    continue
            self._refine.start()        # more to do: after the events waiting (paints, input)
            return

    def layout_now(self) -> lay.Layout:
        """The layout drawn now: the current level's, or, until it is laid out, the nearest coarser
        level already in the cache (its gaps only widen when zoomed in, so nothing overlaps) while
        the exact one is made between frames. A view not on screen (an export) lays out at once.
        A filter being laid out between frames is finished first."""
        self._settle()
        return self._drawn_layout()

    def _drawn_layout(self) -> lay.Layout:
        level = lay.level_of(self._scale)
        if level not in self._cache and self.isVisible():
            coarser = [c for c in self._cache if c < level]
            if coarser:
                self._refine.start()
                c = max(coarser)
                got = self._cache[c]
                b = self._axis_at(c)
                if b is not self._breaks:   # drawn on that level's axis: moved onto this one (breaks only
                    key = (c, id(got), id(self._breaks))     # open as you zoom in: nothing comes to overlap)
                    hit = self.__dict__.get("_moved_layout")
                    if hit is None or hit[0] != key:
                        hit = self._moved_layout = (key, got.mapped(lambda x: self._breaks.to_u(b.to_t(x))))
                    got = hit[1]
                return got
        return self.layout_at(level)

    def exact_layout(self) -> lay.Layout:
        """The layout of the current level (made now if need be), whatever is drawn meanwhile."""
        self._settle()
        return self.layout_at(lay.level_of(self._scale))

    def lane_budget(self) -> int:
        """The lanes the viewport has room for: used before events gather into badges."""
        return max(2, (self.viewport().height() - self.AXIS_H - 8) // self.LANE_H)

    def _lane_y(self, lane: int) -> float:
        return self.AXIS_H + lane * self.LANE_H - self.verticalScrollBar().value()

    def _item_rect(self, L: lay.Layout, i: int) -> QRectF:
        """The painted box of layout item i (marker/bar/badge, without the label)."""
        y = self._lane_y(int(L.lane[i]))
        k = int(L.kind[i])
        if k < 0:
            x = self._x(L.x0[i])
            return QRectF(x, y + 3, self.BADGE - 4, self.LANE_H - 6)
        s = self._start[k]
        if L.point[k]:
            x = self._x(s)
            return QRectF(x - self.MARKER / 2, y + (self.LANE_H - self.MARKER) / 2, self.MARKER, self.MARKER)
        x0, x1 = self._x(s), self._x(max(self._end[k], s))
        return QRectF(x0, y + 4, max(3.0, x1 - x0), self.LANE_H - 8)

    def event_rect(self, row: int) -> QRectF | None:
        """Where event ``row`` (frame position) is drawn on its own now, or None (undated/clustered)."""
        pos = self._pos(row)
        if pos is None:
            return None
        L = self.exact_layout()      # (what zooming to an event out of its badge asks about)
        if L.cluster_of[pos] >= 0:
            return None
        i = np.flatnonzero(L.kind == pos)
        return self._item_rect(L, int(i[0])) if len(i) else None

    def _pos(self, row: int) -> int | None:
        if self._pos_of_row is not None:
            return self._pos_of_row.get(int(row))
        i = int(np.searchsorted(self._rows, row))
        return i if i < len(self._rows) and self._rows[i] == row else None

    def item_at(self, p: QPointF) -> tuple[str, int] | None:
        """("event", row) or ("cluster", id) under a viewport point."""
        if p.y() < self.AXIS_H:
            return None
        L = self._drawn_layout()
        t = self._u_of(p.x())
        slack = (self.BADGE + self.MARKER) / self._scale
        for i in L.visible(t - slack, t + slack):
            r = self._item_rect(L, int(i)).adjusted(-3, -3, 3, 3)
            if r.contains(p):
                k = int(L.kind[i])
                return ("cluster", -k - 1) if k < 0 else ("event", int(self._rows[k]))
        return None

    # ---- selection --------------------------------------------------------------------------
    def selected_row(self) -> int:
        return int(self._rows[self._selected]) if self._selected >= 0 else -1

    def set_selected_row(self, row: int, ensure_visible: bool = True) -> None:
        pos = self._pos(row) if row is not None and row >= 0 else None
        self._selected = -1 if pos is None else pos
        self._sel_row = row if row is not None and row >= 0 else -1
        if pos is not None and ensure_visible:
            self.ensure_visible(row)
        self.viewport().update()

    def ensure_visible(self, row: int) -> None:
        pos = self._pos(row)
        if pos is None:
            return
        t0, t1 = self._urange()
        s, e = self._start[pos], max(self._end[pos], self._start[pos])
        if s < t0 or s > t1:
            self._center_on_u(s if e - s > (t1 - t0) else (s + e) / 2)
        L = self._drawn_layout()
        if L.cluster_of[pos] < 0:
            i = np.flatnonzero(L.kind == pos)
            if len(i):
                lane = int(L.lane[i[0]])
                y = self.AXIS_H + lane * self.LANE_H
                vb = self.verticalScrollBar()
                h = self.viewport().height()
                if y - vb.value() < self.AXIS_H or y - vb.value() + self.LANE_H > h:
                    vb.setValue(max(0, y - self.AXIS_H - (h - self.AXIS_H) // 2))

    def neighbour_row(self, step: int) -> int:
        """The dated event before (step=-1) or after (+1) the selected one in time order."""
        self._settle()
        n = len(self._start)
        if n == 0:
            return -1
        order = self._time_order()
        if self._selected < 0:
            # Nothing selected: start from the view's centre.
            mid = sum(self._urange()) / 2
            k = int(np.searchsorted(self._start[order], mid))
            k = min(max(k if step > 0 else k - 1, 0), n - 1)
            return int(self._rows[order[k]])
        rank = self._rank[self._selected]
        k = min(max(rank + step, 0), n - 1)
        return int(self._rows[order[k]])

    def _time_order(self) -> np.ndarray:
        if getattr(self, "_order_for", None) is not self._start:
            self._order = np.lexsort((self._rows, self._start))
            self._rank = np.empty(len(self._order), dtype=np.int64)
            self._rank[self._order] = np.arange(len(self._order))
            self._order_for = self._start
        return self._order

    def cluster_span(self, cid: int) -> tuple[float, float]:
        """The times of the first and last event of badge ``cid``."""
        a, b = self._drawn_layout().cluster_span[cid]
        return float(self._breaks.to_t(float(a))), float(self._breaks.to_t(float(b)))

    # ---- input ------------------------------------------------------------------------------
    def wheelEvent(self, e):
        d = e.angleDelta()
        if e.modifiers() & Qt.ShiftModifier or abs(d.x()) > abs(d.y()):
            self.pan_by(-(d.x() or d.y()) / 120 * self._width() / 10)
        elif d.y():
            self.zoom_by(1.25 ** (d.y() / 120), e.position().x())
        e.accept()

    def mousePressEvent(self, e):
        if e.button() == Qt.LeftButton:
            self._press = e.position()
            self._press_t0 = self._t0
            self._press_v = self.verticalScrollBar().value()
            self._dragged = False
            self.viewport().setCursor(Qt.ClosedHandCursor)
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e):
        if self._press is not None and e.buttons() & Qt.LeftButton:
            d = e.position() - self._press
            if self._dragged or abs(d.x()) + abs(d.y()) > 4:
                self._dragged = True
                self._set_view(self._press_t0 - d.x() / self._scale, self._scale)
                self.verticalScrollBar().setValue(int(self._press_v - d.y()))
            return
        hit = self.item_at(e.position())
        if hit is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(e.globalPosition().toPoint(), self.tooltip_for(hit), self.viewport())

    def mouseReleaseEvent(self, e):
        self.viewport().unsetCursor()
        if e.button() == Qt.LeftButton and self._press is not None:
            if not self._dragged:
                self.click_at(e.position())
            self._press = None
        super().mouseReleaseEvent(e)

    def mouseDoubleClickEvent(self, e):
        hit = self.item_at(e.position())
        if hit and hit[0] == "event":
            self.eventDoubleClicked.emit(hit[1])

    def click_at(self, p: QPointF) -> None:
        left, right = self._beyond_rects(self._width())
        before, after = self.beyond()
        if (before and left.contains(p)) or (after and right.contains(p)):
            self.zoom_to(*self.data_range())      # every event, the far ones too
            return
        hit = self.item_at(p)
        if hit is None:
            return
        kind, ident = hit
        if kind == "cluster":
            a, b = self.cluster_span(ident)
            self.zoom_to(a, max(b, a + MIN_SPAN))
        else:
            self.set_selected_row(ident, ensure_visible=False)
            self.eventClicked.emit(ident)

    def keyPressEvent(self, e):
        if e.key() in (Qt.Key_Return, Qt.Key_Enter) and self._selected >= 0:
            self.eventActivated.emit(self.selected_row())
            return
        if e.key() == Qt.Key_Home:
            self.fit_all()
            return
        super().keyPressEvent(e)

    def tooltip_for(self, hit: tuple[str, int]) -> str:
        kind, ident = hit
        if kind == "cluster":
            L = self._drawn_layout()
            n = int(np.sum(L.cluster_of == ident))
            a, b = L.cluster_span[ident]
            a, b = self._breaks.to_t(float(a)), self._breaks.to_t(float(b))
            return f"{n} events, {axis.nice_range_label(a, b)} — click to zoom in"
        pos = self._pos(ident)
        s, e = self._tstart[pos], max(self._tend[pos], self._tstart[pos])
        a, b = axis.to_datetime(s), axis.to_datetime(e)
        timed = bool(a.hour or a.minute or b.hour or b.minute)
        fmt = "%Y-%m-%d %H:%M" if timed else "%Y-%m-%d"
        when = f"{a:{fmt}}" if e - s <= (0 if timed else axis.DAY) else f"[{a:{fmt}}, {b:{fmt}})"
        doc = self._docs[self._doc[pos]][1]
        expr = self._expressions[pos]
        said = f"“{expr}” · " if expr and expr not in self._labels[pos] else ""
        return (f"{self._labels[pos]}{tags_label(self._event_tags[pos])}\n{said}{when} — {doc}\n"
                "Click to select, double-click to edit the headline")

    # ---- painting ---------------------------------------------------------------------------
    def paintEvent(self, e):
        p = QPainter(self.viewport())
        try:
            self.paint(p, QRectF(self.viewport().rect()), e.rect())
        finally:
            p.end()

    def render_image(self, size: QSize | None = None) -> QImage:
        """The timeline as it is now, painted into an image (export, benchmarks)."""
        self._settle()
        size = size or self.viewport().size()
        img = QImage(size, QImage.Format_ARGB32_Premultiplied)
        img.fill(self.palette().color(QPalette.Base))
        p = QPainter(img)
        try:
            self.paint(p, QRectF(0, 0, size.width(), size.height()))
        finally:
            p.end()
        return img

    def paint(self, p: QPainter, area: QRectF, clip: QRect | None = None) -> None:
        pal = self.palette()
        base, text = pal.color(QPalette.Base), pal.color(QPalette.Text)
        # Grid colours are made opaque over the background (the lines are drawn on it before
        # anything else): full-height translucent lines cost ~4x as much to blend.
        grid = _over(base, text, 0.12)
        p.fillRect(area, base)
        p.setFont(self._font)
        w, h = area.width(), area.height()
        t0 = self._t0
        t1 = t0 + w / self._scale
        tk = self._ticks(t0, t1, w)
        self.tick_unit = tk.unit
        # Grid: faint (next finer unit, fading in), minor and major lines; crisp, one call per kind.
        p.setRenderHint(QPainter.Antialiasing, False)

        def vlines(times, y0):
            xs = ((np.asarray(times, dtype=float) - t0) * self._scale).round()
            return [QLineF(x + 0.5, y0, x + 0.5, h) for x in xs[(xs >= -1) & (xs <= w + 1)].tolist()]
        if tk.faint:
            p.setPen(QPen(_over(base, text, 0.10 * tk.faint_alpha), 1))
            p.drawLines(vlines(tk.faint, self.AXIS_H - 6))
        p.setPen(QPen(grid, 1))
        p.drawLines(vlines([tick.t for tick in tk.minor], self.AXIS_H - 10))
        major = _over(base, text, 0.35)
        p.setPen(QPen(major, 1))
        p.drawLines(vlines([tick.t for tick in tk.major], 0))
        # Reference dates: a vertical dashed line in each document's colour; documents on one pixel
        # in one colour share a line, and each colour's lines are one call (bounded by the width
        # times the palette, whatever the number of documents).
        self._paint_reference_lines(p, w, h, t0)
        breaks = self._breaks.in_view(t0, t1)
        if breaks:
            self._paint_breaks(p, breaks, h, base, text)
        p.setRenderHint(QPainter.Antialiasing, True)
        self._paint_items(p, w, h, t0, t1, text, base)
        # Axis band on top.
        band = pal.color(QPalette.Window)
        p.fillRect(QRectF(0, 0, w, self.AXIS_H - 2), band)
        p.setPen(QPen(pal.color(QPalette.WindowText), 1))
        fh = self._fm.height()
        for x, text_ in self._context_labels(tk, breaks, w):
            p.drawText(QPointF(x + 3, fh), text_)
        lab = QColor(pal.color(QPalette.WindowText))
        lab.setAlphaF(0.85 * tk.label_alpha)
        p.setPen(lab)
        for tick in tk.minor:
            x = self._x(tick.t)
            p.drawLine(QPointF(x, self.AXIS_H - 10), QPointF(x, self.AXIS_H - 2))
            if x + 3 >= 0:     # (a label cut by the left edge misleads: "1780s" shown as "80s")
                p.drawText(QPointF(x + 3, 2 * fh + 2), tick.label)
        p.setPen(QPen(major, 1))
        p.drawLine(QPointF(0, self.AXIS_H - 2), QPointF(w, self.AXIS_H - 2))
        if breaks:
            self._paint_break_labels(p, breaks, band, pal.color(QPalette.WindowText))
        self._paint_beyond(p, w, t0, t1)
        self._paint_legend(p, w, h)

    def _context_labels(self, tk: axis.Ticks, breaks: list[int], w: float) -> list[tuple[float, str]]:
        """(x, text) of each context (major) label drawn: the one at the left edge pinned there,
        unless the next would cover it; each stops short of the next label and of the next break
        (the calendar jumps there), in a shorter form where the whole one has not the room
        ("Mar 2022", "March", never "March …"), or not at all."""
        advance = self._fm.horizontalAdvance
        xs = [self._x(tick.t) for tick in tk.major]
        edges = [self._x(float(self._breaks.u0[i])) for i in breaks]
        out = []
        for j, (x, tick) in enumerate(zip(xs, tk.major)):
            nxt = xs[j + 1] if j + 1 < len(xs) else np.inf
            if x < 0:
                if nxt < 0:
                    continue
                x = -1.0        # the context of the left edge stays readable
            room = min([nxt - 6] + [e - 4 for e in edges if e > x]) - x - 3
            text_ = axis.fitting_label(tick, room, advance)
            if text_:
                out.append((x, text_))
        return out

    def _ticks(self, u0: float, u1: float, w: float) -> axis.Ticks:
        """The axis ticks of the view [u0, u1] (axis coordinates): the calendar ticks of each stretch
        between the breaks, on the axis; a stretch after a break opens with a context label of its
        own ("August 2022"), since the calendar jumps there. Without a break in view: ``axis.ticks``
        of the times, shifted."""
        b = self._breaks
        parts = b.stretches(u0, u1) if len(b) else [(u0, u1)]
        # a break opening up (zoomed in: ``axis.Breaks.at_level``) shows its time at its own pace
        parts = sorted(parts + [(max(u0, float(b.u0[i])), min(u1, float(b.u1[i]))) for i in self._open_breaks(u0, u1)])
        out: axis.Ticks | None = None
        for k, (ua, ub) in enumerate(parts):
            ta, tb = b.to_t(ua), b.to_t(ub)
            tk = axis.ticks(ta, tb, (ub - ua) * self._scale)
            if len(parts) > 1:
                def inside(t: float, ta: float = ta, tb: float = tb) -> bool:
                    return ta <= t <= tb
                tk.minor = [t for t in tk.minor if inside(t.t)]
                tk.major = [t for t in tk.major if inside(t.t)]
                tk.faint = [t for t in tk.faint if inside(t)]
            if len(parts) > 1 and not any(abs(t.t - ta) * self._scale < 2 for t in tk.major):
                # the calendar jumps at a break: each stretch opens with where it is ("August
                # 2022"; in years and longer units the year itself, "1539": a decade says too little)
                unit = axis._MAJOR_OF.get(tk.unit, ("year", 1))[0]
                years = tk.unit in ("year", "decade", "century")
                text_ = str(axis.to_datetime(ta).year) if years else axis.label(unit, ta, major=True)
                if not any(abs(t.t - ta) * self._scale < 2 and t.label == text_ for t in tk.minor):
                    # (not twice: "2019" over "2019")
                    tk.major.insert(0, axis.Tick(ta, text_, () if years else axis.short_labels(unit, ta)))
            for t in tk.minor + tk.major:      # (between breaks: shifted; in one: its pace)
                t.t = float(b.to_u(t.t))
            tk.faint = b.to_u(np.asarray(tk.faint, dtype=float)).tolist() if len(tk.faint) else []
            if out is None:
                out = tk
            else:
                out.minor += tk.minor
                out.major += tk.major
                out.faint += tk.faint
        if out is not None and len(parts) > 2:
            out.major.sort(key=lambda t: t.t)
        return out if out is not None else axis.Ticks("day", 1)

    #: a break whose band is this wide (pixels) is opening up: its time is drawn with ticks
    OPEN_TICKS_PX = 240.0

    def _open_breaks(self, u0: float, u1: float) -> list[int]:
        """The breaks in view wide enough on screen to show their time (zoomed into them)."""
        b = self._breaks
        return [i for i in b.in_view(u0, u1) if (b.u1[i] - b.u0[i]) * self._scale >= self.OPEN_TICKS_PX]

    def _break_rect(self, i: int, h: float) -> QRectF:
        b = self._breaks
        x0, x1 = self._x(float(b.u0[i])), self._x(float(b.u1[i]))
        return QRectF(x0, 0.0, max(1.0, x1 - x0), h)

    def _paint_breaks(self, p: QPainter, breaks: list[int], h: float, base: QColor, text: QColor) -> None:
        """Each stretch shrunk: a band a shade off the background between two wavy edges (an axis
        break), under the events (a bar that spans one runs through it)."""
        band = _over(base, text, 0.05)
        edge = self._zigzag_pixmap(self.AXIS_H - 2, h, _over(base, text, 0.35), p)
        wide = set(self._open_breaks(*self._urange()))
        for i in breaks:
            r = self._break_rect(i, h)
            if i not in wide:      # (one opening up shows its ticks and grid: its edges only)
                p.fillRect(QRectF(r.left(), self.AXIS_H - 2, r.width(), h - self.AXIS_H + 2), band)
            for x in (r.left(), r.right()):
                p.drawPixmap(QPointF(x - self.ZIGZAG_W / 2, self.AXIS_H - 2), edge)

    #: the width of a break's wavy edge (pixels)
    ZIGZAG_W = 8.0

    def _zigzag_pixmap(self, y0: float, y1: float, colour: QColor, p: QPainter) -> QPixmap:
        """A break's wavy edge from y0 to y1, antialiased once and then copied (stroking it costs
        ~0.3 ms a frame); keyed by its height, colour and the device's pixel ratio."""
        dev = p.device()
        dpr = dev.devicePixelRatioF() if dev is not None else 1.0
        key = (round(y1 - y0), colour.rgba(), dpr)
        cache = self.__dict__.setdefault("_zigzags", OrderedDict())
        got = cache.get(key)
        if got is None:
            w = self.ZIGZAG_W

            def draw(q: QPainter) -> None:
                q.setPen(QPen(colour, 1.2))
                q.drawPolyline(_zigzag(w / 2, 0.0, y1 - y0))
            got = cache[key] = self._pixmap(w, y1 - y0, dpr, draw)
            while len(cache) > 8:
                cache.popitem(last=False)
        return got

    def _paint_break_labels(self, p: QPainter, breaks: list[int], band: QColor, ink: QColor) -> None:
        """In the axis band over each break: its wavy edges and how long it stands for ("6 months"),
        when there is room."""
        b = self._breaks
        fm = self._fm
        wide = set(self._open_breaks(*self._urange()))
        for i in breaks:
            r = self._break_rect(i, self.AXIS_H - 2)
            edge = self._zigzag_pixmap(0.0, self.AXIS_H - 2, _over(band, ink, 0.45), p)
            for x in (r.left(), r.right()):
                p.drawPixmap(QPointF(x - self.ZIGZAG_W / 2, 0.0), edge)
            if i in wide:          # opening up: its ticks say where it is
                continue
            p.fillRect(r, _over(band, ink, 0.06))
            words = axis.gap_label(float(b.t1[i] - b.t0[i]))
            for text_ in (f"{words} later", words, axis.gap_label(float(b.t1[i] - b.t0[i]), short=True), "…"):
                if fm.horizontalAdvance(text_) + 8 <= r.width():
                    p.setPen(ink)
                    p.drawText(QRectF(r.left(), 0.0, r.width(), self.AXIS_H - 2), Qt.AlignCenter, text_)
                    break

    def _paint_reference_lines(self, p: QPainter, w: float, h: float, t0: float) -> None:
        if not len(self._ref_t) or not self._doc_colours:
            return
        ts = self._ref_sorted_t
        lo = int(np.searchsorted(ts, t0 - 2 / self._scale, side="left"))
        hi = int(np.searchsorted(ts, t0 + (w + 2) / self._scale, side="right"))
        if lo >= hi:
            return
        xs = np.round((ts[lo:hi] - t0) * self._scale).astype(np.int64)   # ascending
        k = min(len(self._doc_colours), len(DOC_COLOURS))   # doc_colours cycle through DOC_COLOURS
        colour = self._ref_sorted_doc[lo:hi] % k
        # (pixel, colour) pairs without a sort: xs is ascending, so the pairs of one pixel are
        # neighbours once ordered by colour within it (a stable sort of a small key range).
        key = xs * k + colour
        key = key[np.argsort(key, kind="stable")] if hi - lo > 1 else key
        key = key[np.r_[True, key[1:] != key[:-1]]]
        y0 = float(self.AXIS_H)
        if len(key) <= self.DASHED_REFS:
            px, col = key // k, key % k
            for c in np.unique(col).tolist():
                # 1 px: a 1.5 px dash goes through Qt's stroker, ~3.5x the cost of the 1 px path
                p.setPen(QPen(self._doc_colours[c], 1, Qt.DashLine))
                p.drawLines([QLineF(x, y0, x, h) for x in px[col == c].astype(float).tolist()])
            return
        # Dates spread over many pixels (thousands of documents): full-height dashes would cost
        # ~0.5 s a frame to stroke and cover the events; instead one short mark per pixel (in the
        # colour of the first document there, in time order) just under the axis: a rug that still
        # shows when the documents were written. Painted as one image row made with numpy, one call.
        first = np.r_[True, xs[1:] != xs[:-1]]
        px, col = xs[first], colour[first]
        inside = (px >= 0) & (px < int(w))
        row = np.zeros(max(1, int(w)), dtype=np.uint32)
        row[px[inside]] = self._rug_argb(k)[col[inside]]
        img = QImage(row.tobytes(), len(row), 1, 4 * len(row), QImage.Format_ARGB32)
        p.drawImage(QRectF(0, y0, len(row), min(h - y0, self.REF_RUG)), img)

    def set_open_documents(self, n: int) -> None:
        """How many documents the window has open, when that changed without new rows (an article
        without a date loaded): the empty view says so instead of asking for articles."""
        self._open_docs = n
        if not len(self._start):
            self.viewport().update()

    def empty_message(self) -> str:
        """What the view says when it draws no event: nothing open yet, open articles without a
        date, or filters that let no dated event through (each needs another step from the user)."""
        n = max(len(self._docs), getattr(self, "_open_docs", 0))
        if not n:
            return "No articles open. Open articles with File › Open or drop them here."
        if not len(self._full["rows"]):
            what = "the article" if n == 1 else f"the {n:,} articles"
            return (f"No dates found in {what} open: the times without a date are under Undated.\n"
                    "Open more articles with File › Open or drop them here.")
        return "No dated event matches the filters. Clear the filter box or pick “All” in the lists below."

    def _rug_argb(self, k: int) -> np.ndarray:
        got = getattr(self, "_rug_colours", None)
        if got is None or len(got) != k or getattr(self, "_rug_for", None) is not self._doc_colours:
            got = np.array([self._doc_colours[i].rgba() for i in range(k)], dtype=np.uint32)
            self._rug_colours, self._rug_for = got, self._doc_colours
        return got

    def _paint_items(self, p: QPainter, w: float, h: float, t0: float, t1: float, text: QColor,
                     base: QColor) -> None:
        if not len(self._start):
            p.setPen(text)
            p.drawText(QRectF(0, self.AXIS_H, w, h - self.AXIS_H), Qt.AlignCenter | Qt.TextWordWrap,
                       self.empty_message())
            return
        L = self._drawn_layout()
        margin = (self.BADGE + self.MARKER) / self._scale
        vis = L.visible(t0 - margin, t1 + margin)
        if not len(vis):
            return
        v = self.verticalScrollBar().value()
        lane_lo = max(0, (v) // self.LANE_H - 1)
        lane_hi = (v + int(h)) // self.LANE_H + 1
        lanes = L.lane[vis]
        vis = vis[(lanes >= lane_lo) & (lanes <= lane_hi)]
        sel = self._selected
        # The selection: a ring in the text colour (black on light, white on dark), never the
        # document's own hue, so it shows on any document colour.
        sel_pen = QPen(text, 2.5)
        cw = self._fm.averageCharWidth()
        scale = self._scale
        lane_h = self.LANE_H
        ascent = self._fm.ascent()
        p.setClipRect(QRectF(0, self.AXIS_H, w, h - self.AXIS_H))
        neutral = _over(base, text, 0.55)
        dev = p.device()
        dpr = dev.devicePixelRatioF() if dev is not None else 1.0
        for i in vis.tolist():
            k = int(L.kind[i])
            y = self.AXIS_H + int(L.lane[i]) * lane_h - v
            if k < 0:
                cid = -k - 1
                x = (L.x0[i] - t0) * scale
                r = QRectF(x, y + 3, self.BADGE - 4, lane_h - 6)
                d = int(L.cluster_doc[cid])
                p.drawPixmap(r.topLeft(), self._badge_pixmap(d if 0 <= d < len(self._colours) - 1 else -1,
                                                             _count_text(int(L.count[i])), neutral, base, dpr))
                if sel >= 0 and L.cluster_of[sel] == cid:
                    # A badge holding the selected event wears the selection ring.
                    p.setPen(sel_pen)
                    p.setBrush(Qt.NoBrush)
                    p.drawRoundedRect(r, 8, 8)
                continue
            colour = self._colours[self._ckey[k]]
            s = self._start[k]
            x = (s - t0) * scale
            op = int(self._open[k])
            if L.point[k]:
                r = QRectF(x - self.MARKER / 2, y + (lane_h - self.MARKER) / 2, self.MARKER, self.MARKER)
                if op:
                    self._paint_open_tail(p, colour, x, r.center().y(), op)
                if self._part[k] == 4:     # about that day: a ring, dashed, around a paler dot
                    pale = QColor(colour)
                    pale.setAlphaF(0.35)
                    p.setPen(QPen(colour, 1.5, Qt.DashLine))
                    p.setBrush(pale)
                else:
                    p.setPen(Qt.NoPen)
                    p.setBrush(colour)
                p.drawEllipse(r)
                if k == sel:
                    p.setPen(sel_pen)
                    p.setBrush(Qt.NoBrush)
                    p.drawEllipse(r.adjusted(-3, -3, 3, 3))
                lx = x + self.MARKER / 2 + (14 if op > 0 else 5)
            else:
                xe = (max(self._end[k], s) - t0) * scale
                r = QRectF(x, y + 4, max(3.0, xe - x), lane_h - 8)
                fill = QColor(colour)
                fill.setAlphaF(0.45)
                part = int(self._part[k])
                if op:
                    self._paint_open_bar(p, r, colour, fill, op, sel_pen if k == sel else None)
                elif 1 <= part <= 3:
                    self._paint_part_bar(p, r, colour, fill, part, sel_pen if k == sel else None)
                elif part == 4:
                    p.setPen(sel_pen if k == sel else QPen(colour, 1.2, Qt.DashLine))
                    p.setBrush(fill)
                    p.drawRect(r)
                else:
                    p.setPen(sel_pen if k == sel else QPen(colour, 1))
                    p.setBrush(fill)
                    p.drawRect(r)
                # A bar whose start is off to the left keeps its label in view at the left edge;
                # one too short for it has it after its end (``Layout.after``).
                lx = xe + lay.LABEL_PAD_PX if L.after is not None and L.after[k] else max(x, 0.0) + 4
            room = (L.x1[i] - t0) * scale - lx - 2
            flip = L.left is not None and L.left[k]
            if flip:      # the label on the left, ending at the dot or bar
                rx = x - (self.MARKER / 2 if L.point[k] else 0.0) - lay.LABEL_PAD_PX
                if op < 0:
                    rx -= 12 if L.point[k] else 0
                lx = (L.x0[i] - t0) * scale
                room = rx - lx
            if room > 3 * cw:
                label = self._labels[k]
                tags = self._event_tags[k]
                ty = y + (lane_h + ascent) / 2 - 2
                tw = self._fm.horizontalAdvance(tags_label(tags)) if tags else 0.0
                if tags and room - tw < 6 * cw:
                    tags, tw = (), 0.0         # no room for both: the headline first
                if (len(label) * cw > room - tw) or tags:
                    label = self._fm.elidedText(label, Qt.ElideRight, room - tw)
                if flip:
                    lx = rx - tw - self._fm.horizontalAdvance(label) - (self._fm.horizontalAdvance("  ") if tags else 0)
                p.setPen(text)
                p.drawText(QPointF(lx, ty), label)
                if tags:
                    # Each tag in its colour, after the headline.
                    tx = lx + self._fm.horizontalAdvance(label) + self._fm.horizontalAdvance("  ")
                    for t in tags:
                        p.setPen(self._tag_colours.get(t, text))
                        word = "#" + t
                        p.drawText(QPointF(tx, ty), word)
                        tx += self._fm.horizontalAdvance(word + " ")
        p.setClipping(False)

    #: how far an open end fades out (pixels, at most half the bar)
    FADE_PX = 60.0

    def _paint_open_bar(self, p: QPainter, r: QRectF, colour: QColor, fill: QColor, op: int,
                        sel_pen: QPen | None) -> None:
        """A span open at one end ("since 2019": op 1, open at its end; "until March": -1, at its
        start): filled solid at its bound, fading out towards the open end, with a firm edge at
        the bound and a chevron pointing out of the open end -- not a whole bar, which would say
        the event fills the interval and ends (or starts) there."""
        fade = min(self.FADE_PX, r.width() / 2) / max(r.width(), 1.0)
        clear = QColor(fill)
        clear.setAlphaF(0.0)
        g = QLinearGradient(r.left(), 0.0, r.right(), 0.0)
        if op > 0:
            g.setColorAt(0.0, fill)
            g.setColorAt(1.0 - fade, fill)
            g.setColorAt(1.0, clear)
        else:
            g.setColorAt(0.0, clear)
            g.setColorAt(fade, fill)
            g.setColorAt(1.0, fill)
        p.setPen(Qt.NoPen)
        p.setBrush(g)
        p.drawRect(r)
        p.setPen(QPen(colour, 2))
        xb = r.left() if op > 0 else r.right()
        p.drawLine(QPointF(xb, r.top()), QPointF(xb, r.bottom()))
        tip = r.right() if op > 0 else r.left()
        self._paint_chevron(p, colour, tip, r.center().y(), op)
        if sel_pen is not None:
            p.setPen(sel_pen)
            p.setBrush(Qt.NoBrush)
            p.drawRect(r)

    @staticmethod
    def _paint_part_bar(p: QPainter, r: QRectF, colour: QColor, fill: QColor, part: int,
                        sel_pen: QPen | None) -> None:
        """"early 2019", "mid-December", "the end of the month": the whole interval faint, the
        third the words name solid (TimeML's START / MID / END: the value stays the whole)."""
        faint = QColor(fill)
        faint.setAlphaF(0.12)
        p.setPen(Qt.NoPen)
        p.setBrush(faint)
        p.drawRect(r)
        w = r.width() / 3
        sub = QRectF(r.left() + (part - 1) * w, r.top(), max(2.0, w), r.height())
        p.setPen(QPen(colour, 1))
        p.setBrush(fill)
        p.drawRect(sub)
        if sel_pen is not None:
            p.setPen(sel_pen)
            p.setBrush(Qt.NoBrush)
            p.drawRect(r)

    def _paint_open_tail(self, p: QPainter, colour: QColor, x: float, cy: float, op: int) -> None:
        """A dot whose span is open on one side ("as of Friday"): a short line out of that side
        ending in a chevron."""
        tip = x + op * (self.MARKER / 2 + 9)
        p.setPen(QPen(colour, 1.5))
        p.drawLine(QPointF(x, cy), QPointF(tip, cy))
        self._paint_chevron(p, colour, tip, cy, op)

    @staticmethod
    def _paint_chevron(p: QPainter, colour: QColor, tip: float, cy: float, op: int) -> None:
        p.setPen(QPen(colour, 1.5))
        back = tip - op * 4.0
        p.drawLine(QPointF(back, cy - 4), QPointF(tip, cy))
        p.drawLine(QPointF(back, cy + 4), QPointF(tip, cy))

    def beyond(self) -> tuple[int, int]:
        """How many events drawn lie wholly before the view and wholly after it."""
        t0, t1 = self._urange()
        if getattr(self, "_edges_for", None) is not self._start:
            self._sorted_start = np.sort(self._start)
            self._sorted_end = np.sort(np.maximum(self._end, self._start))
            self._edges_for = self._start
        return (int(np.searchsorted(self._sorted_end, t0, side="left")),
                len(self._sorted_start) - int(np.searchsorted(self._sorted_start, t1, side="right")))

    def _beyond_rects(self, w: float) -> tuple[QRectF, QRectF]:
        h = self._fm.height() + 6
        y = self.AXIS_H + 4
        return QRectF(2, y, 80, h), QRectF(w - 82, y, 80, h)

    def _paint_beyond(self, p: QPainter, w: float, t0: float, t1: float) -> None:
        """"◀ 12" / "12 ▶" at the edges under the axis when events lie beyond them (a click shows
        them all)."""
        before, after = self.beyond()
        if not before and not after:
            return
        pal = self.palette()
        bg = QColor(pal.color(QPalette.Window))
        bg.setAlphaF(0.9)
        left, right = self._beyond_rects(w)
        for n, r, text_, align in ((before, left, f"◀ {_count_text(before)}", Qt.AlignLeft),
                                   (after, right, f"{_count_text(after)} ▶", Qt.AlignRight)):
            if not n:
                continue
            tw = self._fm.horizontalAdvance(text_) + 10
            box = QRectF(r.left() if align == Qt.AlignLeft else r.right() - tw, r.top(), tw, r.height())
            p.setPen(QPen(pal.color(QPalette.Mid), 1))
            p.setBrush(bg)
            p.drawRoundedRect(box, 4, 4)
            p.setPen(pal.color(QPalette.WindowText))
            p.drawText(box, Qt.AlignCenter, text_)

    def _badge_pixmap(self, d: int, text: str, neutral: QColor, base: QColor, dpr: float) -> QPixmap:
        """A badge (rounded box in colour ``d``, -1 neutral, with its count) painted once and then
        copied: stroking rounded corners with antialiasing costs ~0.3 ms a badge. The cache is
        keyed by what the badge shows and bounded (the colours times the counts in view)."""
        key = (d, text, neutral.rgba(), base.rgba(), dpr)
        cache = self.__dict__.setdefault("_badges", OrderedDict())
        got = cache.get(key)
        if got is not None:
            cache.move_to_end(key)
            return got
        w, h = self.BADGE - 4, self.LANE_H - 6

        def draw(q: QPainter) -> None:
            q.setPen(Qt.NoPen)
            q.setBrush(self._colours[d].darker(115) if d >= 0 else neutral)
            r = QRectF(0, 0, w, h)
            q.drawRoundedRect(r, 8, 8)
            q.setPen(base)
            q.drawText(r, Qt.AlignCenter, text)
        got = cache[key] = self._pixmap(w, h, dpr, draw)
        while len(cache) > 2000:
            cache.popitem(last=False)
        return got

    def _paint_legend(self, p: QPainter, w: float, h: float) -> None:
        entries = self._legend[:10]
        if not entries or (self._colour_by != "tag" and not self._docs):
            return
        pal = self.palette()
        names, width, height = self._legend_box(entries)
        x, y = w - width - 10, h - height - 10
        dev = p.device()
        if not isinstance(dev, (QImage, type(self.viewport()))):
            self._draw_legend(p, QRectF(x, y, width, height), entries, names, pal)   # (SVG, PDF: vectors)
            return
        # On screen, painted once into a pixmap and then copied: its translucent rounded box and a
        # dozen texts cost ~2 ms a frame (keyed by what it shows: a new document or palette redoes it).
        dpr = dev.devicePixelRatioF()
        key = (tuple((name, c.rgba()) for name, c in entries), tuple(names),
               tuple(pal.color(r).rgba() for r in (QPalette.Window, QPalette.Mid, QPalette.WindowText)), dpr)
        got = self.__dict__.get("_legend_pixmap")
        if got is None or got[0] != key:
            got = self._legend_pixmap = (key, self._pixmap(
                width + 2, height + 2, dpr, lambda q: self._draw_legend(q, QRectF(1, 1, width, height),
                                                                       entries, names, pal)))
        p.drawPixmap(QPointF(x - 1, y - 1), got[1])

    def _pixmap(self, w: float, h: float, dpr: float, draw) -> QPixmap:
        """A transparent pixmap of w x h (device-independent) pixels with ``draw(painter)`` on it,
        antialiased, in the timeline's font."""
        pix = QPixmap(QSize(int(np.ceil(w * dpr)), int(np.ceil(h * dpr))))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.transparent)
        q = QPainter(pix)
        try:
            q.setRenderHint(QPainter.Antialiasing, True)
            q.setFont(self._font)
            draw(q)
        finally:
            q.end()
        return pix

    def _legend_box(self, entries: list) -> tuple[list[str], float, float]:
        fm = self._fm
        names = [name for name, _ in entries]
        more = len(self._legend) - len(entries)
        if more > 0:
            names.append(f"+{more} more")
        width = max(fm.horizontalAdvance(n) for n in names) + 30
        height = len(names) * (fm.height() + 2) + 8
        return names, width, height

    def _draw_legend(self, p: QPainter, box: QRectF, entries: list, names: list[str], pal: QPalette) -> None:
        fm = self._fm
        bg = QColor(pal.color(QPalette.Window))
        bg.setAlphaF(0.9)
        p.setPen(QPen(pal.color(QPalette.Mid), 1))
        p.setBrush(bg)
        p.drawRoundedRect(box, 4, 4)
        y = box.top() + 4
        for i, n in enumerate(names):
            if i < len(entries):
                p.setPen(Qt.NoPen)
                p.setBrush(entries[i][1])
                p.drawRect(QRectF(box.left() + 8, y + fm.height() / 2 - 5, 10, 10))
            p.setPen(pal.color(QPalette.WindowText))
            p.drawText(QPointF(box.left() + 24, y + fm.ascent()), n)
            y += fm.height() + 2


def _zigzag(x: float, y0: float, y1: float, amp: float = 3.0, step: float = 6.0) -> QPolygonF:
    """A wavy vertical line at x from y0 to y1: the edge of an axis break."""
    pts, y, k = [], y0, 0
    while y < y1:
        pts.append(QPointF(x + (amp if k % 2 else -amp), y))
        y += step
        k += 1
    pts.append(QPointF(x, y1))
    return QPolygonF(pts)


def _over(base: QColor, colour: QColor, alpha: float) -> QColor:
    """``colour`` at opacity ``alpha`` over ``base``, as one opaque colour."""
    a = min(max(alpha, 0.0), 1.0)
    return QColor.fromRgbF(*(b + (c - b) * a for b, c in zip(base.getRgbF()[:3], colour.getRgbF()[:3])))


def _object_array(items: list) -> np.ndarray:
    """A 1-d object array of ``items`` (numpy would make tuples of equal length a 2-d array)."""
    out = np.empty(len(items), dtype=object)
    for i, x in enumerate(items):
        out[i] = x
    return out


def _count_text(n: int) -> str:
    return str(n) if n < 1000 else f"{n / 1000:.0f}k" if n < 100_000 else f"{n // 1000}k"
