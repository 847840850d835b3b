"""Work that must finish before the app goes on runs off the GUI thread: the screen keeps painting, a bar shows."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from desk_app.i18n import vi_backup_status as vb
from desk_app.ui.busy import run_with_progress


def _bars() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_long_work_runs_in_a_worker_while_the_gui_ticks_and_shows_a_bar(qtbot: QtBot) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    seen: dict[str, object] = {}

    def work() -> str:
        seen["thread"] = threading.current_thread()
        time.sleep(0.8)
        seen["bars"] = [b.labelText() for b in _bars()]  # read from the worker: the GUI showed it meanwhile
        return "xong"

    assert run_with_progress(work, vb.BUSY_RESTORE, show_after_ms=100) == "xong"
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert len(ticks) >= 10  # the event loop ran during the work: nothing froze
    assert seen["bars"] == [vb.BUSY_RESTORE]
    qtbot.wait(50)
    assert _bars() == []


def test_quick_work_never_flashes_a_bar(qtbot: QtBot) -> None:
    assert run_with_progress(lambda: 7, vb.BUSY_BACKUP) == 7
    qtbot.wait(450)  # past the delay: the bar was called off, not merely late
    assert _bars() == []


def test_the_workers_error_is_raised_to_the_caller(qtbot: QtBot) -> None:
    def fail() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        run_with_progress(fail, vb.BUSY_BACKUP)
    assert _bars() == []
