"""changed_rows: the rows whose given columns differ between two frames (text made again only there)."""
import numpy as np
import pandas as pd

from timeline_app.core.filters import Haystacks, changed_rows, column_values


def _frame(heads, tags, counts):
    return pd.DataFrame({"headline": heads, "tags": tags, "n_sources": counts, "expression": ["x"] * len(heads),
                         "timex_value": ["2022"] * len(heads), "sentence": ["s"] * len(heads),
                         "note": [""] * len(heads)})


def test_changed_rows_finds_text_changes_only():
    a = _frame(["A", "B", None, "D"], [(), ("t",), (), ("u",)], [1, 1, 1, 1])
    b = _frame(["A", "b", None, "D"], [(), ("t",), ("new",), ("u",)], [2, 2, 2, 2])
    rows = np.array([0, 1, 2, 3])
    assert changed_rows(a, b, ("headline",), rows).tolist() == [1, 2]    # (missing stays 'changed': harmless)
    assert changed_rows(a, b, ("tags",), rows).tolist() == [2]
    assert changed_rows(a, b, ("headline", "tags"), np.array([3, 1])).tolist() == [1]
    assert changed_rows(None, b, ("headline",), rows).tolist() == rows.tolist()
    assert changed_rows(a.iloc[:2], b, ("headline",), rows).tolist() == rows.tolist()   # rows beyond: all
    assert column_values(b, "headline", np.array([1, 0])).tolist() == ["b", "A"]


def test_haystacks_updated_where_texts_changed_equal_made_whole():
    a = _frame(["Troops advance", "Bank raises rates", "Vote held"], [(), ("x",), ()], [1, 1, 1])
    h = Haystacks(a)
    b = pd.concat([_frame(["Troops advance", "Bank cuts rates", "Vote held"], [(), ("x",), ("poll",)], [3, 3, 3]),
                   _frame(["New row"], [()], [1])], ignore_index=True)
    assert h.update(b, np.array([0, 1, 2]), 3)
    h.advance(10)
    whole = Haystacks(b)
    for (codes, texts), (codes2, texts2) in zip(h.columns, whole.columns):
        assert [texts[i] for i in codes] == [texts2[i] for i in codes2]
    assert h.rows_with("cuts", np.arange(4)).tolist() == [1] and h.rows_with("raises", np.arange(4)).tolist() == []
    assert h.rows_with("poll", np.arange(4)).tolist() == [2]
