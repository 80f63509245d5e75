"""Search every article and jump to the sentence; news / narrative and removal per document.
The real window, offscreen, on real files."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from test_gui_window import load, sample, settings, window  # noqa: F401  (fixtures)
from timeline_app.cli import SAMPLE


def _with_sample(qtbot, w, path, text):
    """Open the sample and one more article written here."""
    path.write_text(text, encoding="utf-8")
    load(qtbot, w, [SAMPLE, str(path)])
    return path


def test_search_finds_a_word_in_every_article_and_jumps_to_its_sentence(window, qtbot, tmp_path):
    w = window
    other = _with_sample(qtbot, w, tmp_path / "bridge.txt",
                         "The engineers met on Monday. Izyum was not mentioned by anyone at the bridge.")
    w.timeline.setFocus()
    qtbot.keyClick(w.timeline, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert w.search.field.hasFocus()
    qtbot.keyClicks(w.search.field, "Izyum")
    qtbot.keyClick(w.search.field, Qt.Key_Return)
    hits = [w.search.results.item(i).data(Qt.UserRole) for i in range(w.search.results.count())]
    assert {h["document"] for h in hits} == {SAMPLE, str(other)}
    assert all("izyum" in h["snippet"].lower() for h in hits)
    # A sentence with an event selects that event...
    with_event = next(i for i, h in enumerate(hits) if h["document"] == SAMPLE and "Saturday" in h["snippet"])
    w.search.results.setCurrentRow(with_event)
    row = w.frame.iloc[w.selected_row()]
    assert row["document"] == SAMPLE and "Izyum" in row["sentence"]
    # ...one without shows the sentence in the source panel, the word marked.
    plain = next(i for i, h in enumerate(hits) if h["document"] == str(other))
    w.search.results.setCurrentRow(plain)
    assert w.source.document_path() == str(other)
    assert "Izyum was not mentioned" in w.source.highlighted_sentence()
    assert w.source.marked_expression() == "Izyum"
    assert w.search.run("zzzqqq no such") == 0 and w.search.summary.text() == "Not found"


def _choose(qtbot, w, pos, entry):
    """Right click on the Documents tab at ``pos``, move onto ``entry``, press Enter."""
    w.documents.customContextMenuRequested.emit(pos)
    menu = w.edit.menu
    qtbot.waitUntil(lambda: menu.isVisible())
    menu.setActiveAction(next(a for a in menu.actions() if a.text().startswith(entry)))
    qtbot.keyClick(menu, Qt.Key_Return)


def test_news_or_narrative_per_document_and_remove_one(window, qtbot, tmp_path):
    w = window
    story = _with_sample(qtbot, w, tmp_path / "story.txt",
                         "The battle began on 12 June 1815. Three days later the army retreated. On Friday, the king fled.")
    w.tabs.setCurrentWidget(w.documents)
    r = next(i for i in range(w.documents.rowCount()) if w.document_path_at(i) == str(story))
    pos = w.documents.visualItemRect(w.documents.item(r, 0)).center()
    _choose(qtbot, w, pos, "Narrative")
    assert next(st.mode for st in w.ws.document_states() if st.path == str(story)) == "narrative"
    friday = w.frame[(w.frame["document"] == str(story)) & (w.frame["expression"] == "Friday")]
    assert str(friday.iloc[0]["start"]).startswith("1815-06-16")     # the Friday of the story, not of today
    w.edit.act_undo.trigger()
    assert next(st.mode for st in w.ws.document_states() if st.path == str(story)) == "auto"
    # Remove: asked first, then the document and its events go.
    _choose(qtbot, w, pos, "Remove document")
    box = w._question
    assert box is not None and "story.txt" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.Yes), Qt.LeftButton)
    assert [d.path for d in w.docs] == [SAMPLE]
    assert (w.frame["document"] == SAMPLE).all()
    assert w.doc_filter.findData(str(story)) < 0


def test_documents_list_appends_new_documents_and_updates_only_changed_rows(qtbot):
    """A load refreshing part-way appends its new documents: the rows already shown keep their
    items; a row whose date or count changed is set again; a date restored in place is redone."""
    from datetime import date

    from timeline_app.core.document import Document
    from timeline_app.gui.documents_panel import DocumentsPanel

    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    docs = [Document(path=f"/news/{i:03d}.txt", text="x", reference_date=date(2022, 9, 10)) for i in range(300)]
    panel.set_documents(docs[:100], {"/news/000.txt": 3})
    first = [panel.item(r, 0) for r in range(100)]
    panel.set_documents(docs, {"/news/000.txt": 3, "/news/150.txt": 2})
    assert panel.rowCount() == 300
    assert all(panel.item(r, 0) is first[r] for r in range(100))          # kept, not rebuilt
    assert [panel.item(r, 0).text() for r in (0, 99, 100, 299)] == ["000.txt", "099.txt", "100.txt", "299.txt"]
    assert panel.item(150, 3).text() == "2" and panel.item(0, 3).text() == "3"
    docs[5].reference_date = date(2021, 1, 2)
    panel.set_documents(docs, {"/news/000.txt": 4})
    assert panel.date_text("/news/005.txt") == "2021-01-02" and panel.item(0, 3).text() == "4"
    assert panel.item(150, 3).text() == "0" and panel.item(7, 0) is first[7]
    panel.item(9, 1).setText("1999-01-01")          # typed, then the window could not apply it
    panel.restore_date("/news/009.txt", date(1998, 5, 6))
    panel.set_documents(docs, {"/news/000.txt": 4})
    assert panel.date_text("/news/009.txt") == "2022-09-10"   # the document's own date shown again
    panel.set_documents(docs[:50], {})
    assert panel.rowCount() == 50 and panel.row_of("/news/049.txt") == 49
