"""Editing events in the real window (offscreen) on the bundled sample, driven as a user does:
keys, clicks, context menus, dialogs; and undo/redo through the window's Edit menu."""
import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu

from test_gui_window import _visible_event, load, sample, settings, window  # noqa: F401  (fixtures)
from timeline_app.cli import SAMPLE
from timeline_app.gui.date_dialog import DateDialog
from timeline_app.gui.event_editing import InlineEditor
from timeline_app.gui.event_table_model import COL_HEADLINE


def _snapshot(w):
    cols = ["event_id", "headline", "start", "end", "timex_value", "status", "tags", "note", "starred", "n_mentions"]
    return w.ws.events[cols].sort_values("event_id").reset_index(drop=True)


def _click(qtbot, w, rect):
    qtbot.mouseClick(w.timeline.viewport(), Qt.LeftButton, pos=rect.center().toPoint())


def _selected(w):
    return w.frame.iloc[w.selected_row()]


def _menu_trigger(qtbot, menu: QMenu, text: str):
    """Choose a menu entry as a user does: move onto it, press Enter."""
    assert menu.isVisible()
    act = next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))
    assert act.isEnabled(), text
    menu.setActiveAction(act)
    qtbot.keyClick(menu, Qt.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())


def _context_menu(qtbot, w, view, pos: QPoint) -> QMenu:
    """A right click: Qt sends the context-menu request; the window pops its menu up."""
    target = view.viewport()
    qtbot.mouseClick(target, Qt.RightButton, pos=pos)
    view.customContextMenuRequested.emit(pos)   # what the right click asks for (offscreen: no native event)
    qtbot.waitUntil(lambda: w.edit.menu is not None and w.edit.menu.isVisible())
    return w.edit.menu


def test_delete_with_the_key_then_undo_and_redo_with_the_keys(sample, qtbot):
    w = sample
    start = _snapshot(w)
    row, rect = _visible_event(w)
    _click(qtbot, w, rect)
    eid = _selected(w)["event_id"]
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key_Delete)
    assert w.ws.event(eid)["status"] == "deleted"
    # Gone from the timeline and the table (the default filter hides deleted events)...
    assert w.row_of_key(eid) >= 0 and not w.mask[w.row_of_key(eid)]
    assert eid not in [w.frame.iloc[r]["event_id"] for r in w.table_rows()]
    assert w.timeline.event_time(w.row_of_key(eid)) is None
    # ...and the next event is selected, so Delete can be pressed again.
    assert w.selected_row() >= 0 and _selected(w)["event_id"] != eid
    assert w.windowTitle().split(" — ")[0].endswith("*")
    qtbot.keyClick(w.timeline, Qt.Key_Z, Qt.ControlModifier)
    assert w.ws.event(eid)["status"] == "auto"
    assert _selected(w)["event_id"] == eid                      # what was undone is shown
    pd.testing.assert_frame_equal(_snapshot(w), start)
    qtbot.keyClick(w.timeline, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert w.ws.event(eid)["status"] == "deleted"
    # Backspace in the table deletes too.
    w.tabs.setCurrentIndex(0)
    w.table.setFocus()
    other = _selected(w)["event_id"]
    qtbot.keyClick(w.table, Qt.Key_Backspace)
    assert w.ws.event(other)["status"] == "deleted"
    assert w.edit.act_undo.text().replace("&", "").startswith("Undo Delete event")


def test_typing_backspace_in_the_filter_deletes_nothing(sample, qtbot):
    w = sample
    w.select_row(_visible_event(w)[0])
    w.filter_edit.setFocus()
    qtbot.keyClicks(w.filter_edit, "ab")
    qtbot.keyClick(w.filter_edit, Qt.Key_Backspace)
    assert w.filter_edit.text() == "a"
    assert (w.ws.events["status"] != "deleted").all()


def test_context_menu_delete_and_restore_from_the_deleted_filter(sample, qtbot):
    w = sample
    row, rect = _visible_event(w)
    eid = w.frame.iloc[row]["event_id"]
    menu = _context_menu(qtbot, w, w.timeline, rect.center().toPoint())
    assert _selected(w)["event_id"] == eid                      # the right click selected it
    _menu_trigger(qtbot, menu, "Delete event")
    assert w.ws.event(eid)["status"] == "deleted"
    # "Deleted" is a filter: it lists the deleted event, and its context menu restores it.
    w.filter_bar.status.setCurrentIndex(w.filter_bar.status.findData("deleted"))
    rows = w.table_rows()
    assert [w.frame.iloc[r]["event_id"] for r in rows] == [eid]
    w.tabs.setCurrentIndex(0)
    rect = w.table.visualRect(w.proxy.index(0, 1))
    menu = _context_menu(qtbot, w, w.table, rect.center())
    _menu_trigger(qtbot, menu, "Restore event")
    assert w.ws.event(eid)["status"] == "auto"
    assert w.proxy.rowCount() == 0


def test_f2_and_double_click_edit_the_headline_in_place(sample, qtbot):
    w = sample
    row, rect = _visible_event(w)
    _click(qtbot, w, rect)
    eid = _selected(w)["event_id"]
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key_F2)
    ed = w.edit.inline
    assert isinstance(ed, InlineEditor) and ed.isVisible() and ed.hasFocus()
    assert ed.text() == w.ws.event(eid)["headline"]
    ed.selectAll()
    qtbot.keyClicks(ed, "Ukraine retakes Izyum")
    qtbot.keyClick(ed, Qt.Key_Return)
    assert w.ws.event(eid)["headline"] == "Ukraine retakes Izyum"
    assert w.ws.event(eid)["status"] == "edited"
    assert "Ukraine retakes Izyum" in w.timeline.tooltip_for(("event", w.row_of_key(eid)))
    # Escape leaves it as it was.
    rect = w.timeline.event_rect(w.row_of_key(eid))
    qtbot.mouseDClick(w.timeline.viewport(), Qt.LeftButton, pos=rect.center().toPoint())
    ed = w.edit.inline
    assert ed is not None and ed.hasFocus()
    qtbot.keyClicks(ed, "something else")
    qtbot.keyClick(ed, Qt.Key_Escape)
    assert w.ws.event(eid)["headline"] == "Ukraine retakes Izyum"
    # F2 in the table edits the Headline cell.
    w.tabs.setCurrentIndex(0)
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and w.table.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "Russian forces leave Izyum")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.ws.event(eid)["headline"] == "Russian forces leave Izyum")
    cell = w.proxy.mapFromSource(w.model.index_of_frame_row(w.row_of_key(eid), COL_HEADLINE))
    assert cell.data() == "Russian forces leave Izyum"
    w.edit.act_undo.trigger()
    w.edit.act_undo.trigger()
    assert w.ws.event(eid)["headline"] != "Ukraine retakes Izyum" and w.ws.event(eid)["status"] == "auto"


def _date_dialog(qtbot, w) -> DateDialog:
    qtbot.keyClick(w.timeline, Qt.Key_D, Qt.ControlModifier)
    dlg = w.edit.dialog
    assert isinstance(dlg, DateDialog) and dlg.isVisible()
    return dlg


def test_the_date_editor_offers_the_other_readings_and_reads_typed_dates(sample, qtbot):
    w = sample
    rows = w.frame.index[w.frame["expression"] == "late Friday"]
    assert len(rows), "the sample's 'late Friday'"
    w.select_row(int(rows[0]))
    eid = _selected(w)["event_id"]
    w.timeline.setFocus()
    dlg = _date_dialog(qtbot, w)
    labels = [dlg.choices.item(i).text() for i in range(dlg.choices.count())]
    assert any(t.startswith("the Friday before: Fri 02 Sep 2022") for t in labels), labels
    assert any(t.startswith("the Friday after: Fri 16 Sep 2022") for t in labels), labels
    assert any("2022-W36" in t for t in labels), labels
    after = next(i for i, t in enumerate(labels) if t.startswith("the Friday after"))
    dlg.choices.setCurrentRow(after)
    qtbot.keyClick(dlg.choices, Qt.Key_Return)                  # Enter: OK
    assert not dlg.isVisible()
    ev = w.ws.event(eid)
    assert ev["timex_value"] == "2022-09-16" and ev["start"] == pd.Timestamp("2022-09-16")
    assert w.timeline.event_time(w.row_of_key(eid)) is not None
    # Free entry, read against the document's reference date (Saturday 2022-09-10).
    dlg = _date_dialog(qtbot, w)
    ok = dlg.buttons.button(QDialogButtonBox.Ok)
    qtbot.keyClicks(dlg.entry, "not a date at all")
    assert not ok.isEnabled() and dlg.preview.text()
    dlg.entry.clear()
    qtbot.keyClicks(dlg.entry, "Sept 3")
    assert ok.isEnabled() and "2022" in dlg.preview.text()
    qtbot.keyClick(dlg.entry, Qt.Key_Return)
    assert w.ws.event(eid)["start"] == pd.Timestamp("2022-09-03")
    dlg = _date_dialog(qtbot, w)
    qtbot.keyClicks(dlg.entry, "2022-W36")
    qtbot.keyClick(dlg.entry, Qt.Key_Return)
    ev = w.ws.event(eid)
    assert ev["granularity"] == "week" and ev["start"] == pd.Timestamp("2022-09-05")
    for _ in range(3):
        w.edit.act_undo.trigger()
    assert w.ws.event(eid)["timex_value"] == "2022-09-09"


def test_tags_star_note_and_colour_by_tag(sample, qtbot):
    w = sample
    rows = [int(r) for r in w.frame.index[w.frame["start"].notna()]]
    a, b = w.frame.iloc[rows[0]]["event_id"], w.frame.iloc[rows[1]]["event_id"]
    for eid, tags in ((a, "front line, kharkiv"), (b, "diplomacy")):
        w.select_key(eid)
        w.timeline.setFocus()
        qtbot.keyClick(w.timeline, Qt.Key_T, Qt.ControlModifier)
        dlg = w.edit.dialog
        assert dlg is not None and dlg.isVisible()
        dlg.setTextValue(tags)
        dlg.accept()
    assert w.ws.event(a)["tags"] == ("front line", "kharkiv") and w.ws.event(b)["tags"] == ("diplomacy",)
    assert "#diplomacy" in w.timeline.tooltip_for(("event", w.row_of_key(b)))
    qtbot.keyClick(w.timeline, Qt.Key_B, Qt.ControlModifier)          # star b (selected)
    assert w.ws.event(b)["starred"]
    qtbot.keyClick(w.timeline, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    w.edit.dialog.setTextValue("Check with the ministry's own statement.")
    w.edit.dialog.accept()
    assert w.ws.event(b)["note"] == "Check with the ministry's own statement."
    # Colour by tag: each tag its colour, the legend lists the tags.
    w.act_colour_tags.trigger()
    assert w.timeline.colour_by() == "tag"
    names = [n for n, _ in w.timeline.legend()]
    assert names[:3] == ["diplomacy", "front line", "no tag"] or names[:2] == ["diplomacy", "front line"]
    assert w.timeline.item_colour(w.row_of_key(a)) != w.timeline.item_colour(w.row_of_key(b))
    # The tag and starred filters act on the timeline and the table.
    w.filter_bar.tag.setCurrentIndex(w.filter_bar.tag.findData("kharkiv"))
    assert [w.frame.iloc[r]["event_id"] for r in w.table_rows()] == [a]
    assert w.timeline.event_count() == 1
    w.filter_bar.tag.setCurrentIndex(0)
    w.filter_bar.starred.setChecked(True)
    assert [w.frame.iloc[r]["event_id"] for r in w.table_rows()] == [b]


def test_merge_two_events_then_split_and_undo(sample, qtbot):
    w = sample
    w.tabs.setCurrentIndex(0)
    w.table.setFocus()
    first = w.proxy.index(0, 0)
    second = w.proxy.index(1, 0)
    ids = [w.frame.iloc[w.row_of_index(ix)]["event_id"] for ix in (first, second)]
    qtbot.mouseClick(w.table.viewport(), Qt.LeftButton, pos=w.table.visualRect(first).center())
    qtbot.mouseClick(w.table.viewport(), Qt.LeftButton, Qt.ControlModifier, w.table.visualRect(second).center())
    assert sorted(w.selected_keys()) == sorted(ids)
    n = len(w.ws.events)
    qtbot.keyClick(w.table, Qt.Key_M, Qt.ControlModifier)
    assert len(w.ws.events) == n - 1
    merged = _selected(w)
    assert merged["n_mentions"] == 2 and merged["event_id"] in ids
    qtbot.keyClick(w.table, Qt.Key_M, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(w.ws.events) == n
    w.edit.act_undo.trigger()
    assert len(w.ws.events) == n - 1
    w.edit.act_undo.trigger()
    assert len(w.ws.events) == n


def test_add_an_event_from_a_text_selection(sample, qtbot):
    w = sample
    w.select_row(_visible_event(w)[0])
    text = w.docs[0].text
    phrase = "the recapture of other occupied territory"
    i = text.index(phrase)
    src = w.source.text
    cur = src.textCursor()
    cur.setPosition(i)   # ASCII before this point: Qt and Python offsets agree
    cur.setPosition(i + len(phrase), cur.MoveMode.KeepAnchor)
    src.setTextCursor(cur)
    n = len(w.ws.events)
    src.setFocus()
    qtbot.keyClick(src, Qt.Key_A, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(w.ws.events) == n + 1
    added = _selected(w)
    assert added["status"] == "added" and added["expression"] == phrase
    assert added["document"] == SAMPLE
    # It has no date of its own: give it one.
    w.timeline.setFocus()
    dlg = _date_dialog(qtbot, w)
    qtbot.keyClicks(dlg.entry, "2022-09-08")
    qtbot.keyClick(dlg.entry, Qt.Key_Return)
    assert w.ws.event(added["event_id"])["start"] == pd.Timestamp("2022-09-08")
    assert w.timeline.event_time(w.row_of_key(added["event_id"])) is not None


def test_the_source_context_menu_offers_add_event(sample, qtbot):
    w = sample
    w.select_row(_visible_event(w)[0])
    src = w.source.text
    cur = src.textCursor()
    cur.setPosition(0)
    cur.setPosition(4, cur.MoveMode.KeepAnchor)
    src.setTextCursor(cur)
    src.customContextMenuRequested.emit(QPoint(10, 10))
    menu = w.edit.menu
    qtbot.waitUntil(lambda: menu.isVisible())
    n = len(w.ws.events)
    _menu_trigger(qtbot, menu, "Add event from the selected text")
    assert len(w.ws.events) == n + 1


def test_edits_undone_one_by_one_from_the_edit_menu_give_back_the_start(sample, qtbot):
    w = sample
    start = _snapshot(w)
    dated = [int(r) for r in w.frame.index[w.frame["start"].notna()]]
    ids = [w.frame.iloc[r]["event_id"] for r in dated[:3]]
    w.ws.delete(ids[0])                           # through the Workspace API: the same undo stack
    w.select_key(ids[1])
    w.edit.toggle_star()
    w.ws.set_tags(ids[2], ["checked"])
    w.ws.set_when(ids[1], "2022-09-01")
    assert w.wsm.undo_stack.count() == 4
    edit_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Edit")
    undo = next(a for a in edit_menu.actions() if a.text().replace("&", "").startswith("Undo"))
    while undo.isEnabled():
        undo.trigger()
    pd.testing.assert_frame_equal(_snapshot(w), start)
    assert w.wsm.undo_stack.isClean() and not w.wsm.has_work_to_lose()
    redo = next(a for a in edit_menu.actions() if a.text().replace("&", "").startswith("Redo"))
    while redo.isEnabled():
        redo.trigger()
    assert w.ws.event(ids[0])["status"] == "deleted" and w.ws.event(ids[2])["tags"] == ("checked",)
    assert w.ws.event(ids[1])["starred"] and w.ws.event(ids[1])["start"] == pd.Timestamp("2022-09-01")


@pytest.mark.parametrize("per_mention", [False, True])
def test_one_item_per_mention_view(sample, qtbot, per_mention):
    w = sample
    first, second = w.frame.iloc[0]["event_id"], w.frame.iloc[1]["event_id"]
    w.ws.merge([first, second])
    n_events = len(w.ws.events)
    if per_mention:
        w.act_per_mention.trigger()             # View › One item per mention
    assert w.per_mention == per_mention
    # (the sample's "now" is a mention of "its seventh month"'s event: one more mention than events there too)
    n_mentions = int(w.ws.events["n_mentions"].sum())
    assert n_mentions >= n_events + 1
    assert len(w.frame) == (n_mentions if per_mention else n_events)
    assert w.timeline.event_count() == int(w.frame["start"].notna().sum())


def test_merge_with_the_suggested_event_of_another_article(window, qtbot, tmp_path):
    w = window
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("On 5 September 2022, Ukrainian forces recaptured Balakliya.\n", encoding="utf-8")
    b.write_text("On 5 September 2022, Ukrainian troops recaptured the town of Balakliya after heavy fighting "
                 "in the east.\n", encoding="utf-8")
    load(qtbot, w, [str(a), str(b)])
    assert len(w.ws.suggestions()) == 1 and len(w.ws.events) == 2
    row = int(w.frame.index[w.frame["document"] == str(a)][0])
    w.select_row(row)
    assert "may agree" in w.source.fields["status"].text()
    rect = w.timeline.event_rect(row)
    menu = _context_menu(qtbot, w, w.timeline, rect.center().toPoint())
    _menu_trigger(qtbot, menu, "Merge with the suggested")
    ev = w.ws.events
    assert len(ev) == 1 and ev.iloc[0]["n_sources"] == 2
    w.edit.act_undo.trigger()
    assert len(w.ws.events) == 2


def test_delete_an_undated_event_from_the_undated_list(sample, qtbot):
    w = sample
    w.tabs.setCurrentIndex(1)
    w.undated.setFocus()
    w.undated.setCurrentRow(0)
    row = int(w.undated.currentItem().data(Qt.UserRole))
    eid = w.frame.iloc[row]["event_id"]
    assert w.selected_row() == row
    qtbot.keyClick(w.undated, Qt.Key_Delete)
    assert w.ws.event(eid)["status"] == "deleted"
    hidden = [w.undated.item(i).isHidden() for i in range(w.undated.count())
              if w.frame.iloc[int(w.undated.item(i).data(Qt.UserRole))]["event_id"] == eid]
    assert hidden == [True]
