"""The window shows the event the sample's "a week after Shmygal's trip to Berlin" dates: on the
timeline at about 3 September 2022, in the table with its headline, its source sentence on click."""
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from timeline_app.cli import SAMPLE
from timeline_app.core.events import DERIVED_RULE
from timeline_app.gui.axis import from_datetime
from timeline_app.gui.main_window import MainWindow

TRIP = "Ukrainian Prime Minister Denys Shmygal’s trip to Berlin"


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.loadingFinished, timeout=60000):
        w.open_files([SAMPLE])
    return w


def test_the_derived_event_is_on_the_timeline_and_selectable(window):
    w = window
    rows = [i for i in range(len(w.frame)) if w.frame.iloc[i]["rule"] == DERIVED_RULE]
    assert len(rows) == 1
    row = rows[0]
    e = w.frame.iloc[row]
    assert e["headline"] == TRIP and e["start"] == datetime(2022, 9, 3)
    # drawn on the timeline at its day
    assert w.timeline.event_time(row) == from_datetime(datetime(2022, 9, 3))
    # selecting it shows its sentence with the event's phrase marked
    w.select_row(row)
    assert w.timeline.selected_row() == row
    assert w.source.marked_expression() == TRIP
