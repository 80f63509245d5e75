"""The source panel marks the right characters, also after characters outside the BMP."""
import pandas as pd
from PySide6.QtWidgets import QFormLayout

from timeline_app.core.document import Document
from timeline_app.gui.source_panel import SourcePanel, utf16_offset


def test_utf16_offsets():
    text = "a\U0001F600b on Saturday"
    assert utf16_offset(text, 0) == 0
    assert utf16_offset(text, 2) == 3          # the emoji takes two UTF-16 units
    assert utf16_offset(text, len(text)) == len(text) + 1


def test_marks_sentence_and_expression_after_an_emoji(qtbot):
    text = "Intro line.\nFans \U0001F389 cheered on Saturday in Kyiv. Next sentence."
    s0 = text.index("Fans")
    s1 = text.index(" Next")
    e0 = text.index("on Saturday")
    row = pd.Series({"sentence_start": s0, "sentence_end": s1, "start_char": e0, "end_char": e0 + 11,
                     "expression": "on Saturday", "timex_value": "2022-09-10", "mod": "",
                     "start": pd.Timestamp("2022-09-10"), "end": pd.Timestamp("2022-09-11"),
                     "granularity": "day", "timex_type": "DATE", "explanation": "the Saturday of the week"})
    panel = SourcePanel()
    qtbot.addWidget(panel)
    panel.show_event(Document(path="/x/a.txt", text=text, reference_date=pd.Timestamp("2022-09-10").date(),
                              reference_source="front matter"), row)
    assert panel.marked_expression() == "on Saturday"
    assert panel.highlighted_sentence() == text[s0:s1]
    assert panel.fields["interval"].text() == "[2022-09-10, 2022-09-11)"
    assert panel.fields["reference"].text().startswith("2022-09-10")


def test_the_how_field_says_where_the_reference_date_came_from(qtbot):
    text = "Published 1998-08-07\n\nToday the bank cut its rates."
    e0 = text.index("Today")
    row = pd.Series({"sentence_start": e0, "sentence_end": len(text), "start_char": e0, "end_char": e0 + 5,
                     "expression": "Today", "timex_value": "1998-08-07", "mod": "",
                     "start": pd.Timestamp("1998-08-07"), "end": pd.Timestamp("1998-08-08"), "granularity": "day",
                     "timex_type": "DATE", "explanation": "'today' = the reference date Fri 1998-08-07 (rule today)"})
    panel = SourcePanel()
    qtbot.addWidget(panel)
    doc = Document(path="/x/a.txt", text=text, reference_date=pd.Timestamp("1998-08-07").date(),
                   reference_source="'Published 1998-08-07' line")
    panel.show_event(doc, row)
    assert panel.fields["explanation"].text() == \
        "'today' = the reference date Fri 1998-08-07 (from the 'Published 1998-08-07' line) (rule today)"
    doc.reference_source = "file modification time (a guess)"
    panel.show_event(doc, row)
    assert "the reference date Fri 1998-08-07 (a guess: the file modification time)" in panel.fields["explanation"].text()


def test_the_details_say_which_documents_report_the_event_and_the_how_comes_early(qtbot):
    """(eleventh session) "According to which sources": an event two articles report lists both
    documents (its own first); one document names itself. The date, how it was worked out and the
    reference date come before the user's marks (seen without scrolling in a 900-pixel window)."""
    text = "Larkfield recalled 80,000 kettles on Tuesday."
    e0 = text.index("Tuesday")
    row = pd.Series({"sentence_start": 0, "sentence_end": len(text), "start_char": e0, "end_char": e0 + 7,
                     "expression": "Tuesday", "timex_value": "2025-08-12", "mod": "",
                     "start": pd.Timestamp("2025-08-12"), "end": pd.Timestamp("2025-08-13"), "granularity": "day",
                     "timex_type": "DATE", "explanation": "the Tuesday before the reference date",
                     "sources": ("/news/recall-first.txt", "/news/recall-second.txt"), "n_sources": 2})
    panel = SourcePanel()
    qtbot.addWidget(panel)
    doc = Document(path="/news/recall-second.txt", text=text, reference_date=pd.Timestamp("2025-08-13").date(),
                   reference_source="given")
    panel.show_event(doc, row)
    assert panel.fields["sources"].text() == "recall-second.txt, recall-first.txt (2 sources)"
    assert "2 sources" in panel.fields["status"].text()
    panel.show_event(doc, row.drop(["sources", "n_sources"]))
    assert panel.fields["sources"].text() == "recall-second.txt"
    form = panel.fields["headline"].parentWidget().layout()
    order = [form.itemAt(i, QFormLayout.FieldRole).widget() for i in range(form.rowCount())]
    f = panel.fields
    assert order.index(f["explanation"]) < order.index(f["status"]) < order.index(f["note"])
    assert order.index(f["interval"]) < order.index(f["explanation"]) < order.index(f["reference"]) < order.index(f["sources"])
