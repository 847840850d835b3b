"""File work that must finish before the app goes on (a backup as the window closes, a restore between sign-ins),
run off the GUI thread with a busy bar, so the screen never freezes over a large database."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QProgressDialog

from desk_app.i18n import vi_backup_status as vb

T = TypeVar("T")
SHOW_AFTER_MS = 400
"""Quick work (a small office) ends before the bar would flash up; only longer work shows it."""


def run_with_progress(fn: Callable[[], T], text: str, *, show_after_ms: int = SHOW_AFTER_MS) -> T:
    """`fn` in a worker thread while the GUI keeps painting; its result, or its exception raised here."""
    outcome: list[T] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def work() -> None:
        try:
            outcome.append(fn())
        except (
            BaseException
        ) as exc:  # handed to the GUI thread, which raises it where the caller can handle it
            failure.append(exc)
        finally:
            done.set()

    # Not modal on purpose: the caller's next dialog (a report, an error) is the modal one.
    bar = QProgressDialog(text, "", 0, 0)
    bar.setWindowTitle(vb.BUSY_TITLE)
    bar.setCancelButton(None)  # type: ignore[arg-type]  # half a restore is worse than waiting
    bar.setMinimumDuration(0)
    bar.setAutoClose(False)
    bar.setAutoReset(False)
    bar.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
    bar.hide()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(30)
    poll.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    shower = QTimer()
    shower.setSingleShot(True)
    shower.timeout.connect(lambda: None if done.is_set() else bar.show())
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    worker = threading.Thread(target=work, name="desk-app-busy", daemon=False)
    try:
        worker.start()
        poll.start()
        shower.start(show_after_ms)
        if not done.is_set():
            loop.exec()
        worker.join()
    finally:
        poll.stop()
        shower.stop()
        bar.hide()
        bar.deleteLater()
        QGuiApplication.restoreOverrideCursor()
    if failure:
        raise failure[0]
    return outcome[0]
