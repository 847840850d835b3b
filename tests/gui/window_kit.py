"""The main window at the office's 1366×768, for the GUI tests that drive it whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app.services.registry import Services
from desk_app.ui.main_window import MainWindow
from desk_app.ui.tasks import ImmediateTaskRunner, TaskRunner


def active_window(qtbot: QtBot, services: Services) -> MainWindow:
    """Built as the app builds it, work run at once, shown and made the active window (keys go to it)."""
    win = app_module.build_main_window(services, ImmediateTaskRunner())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@contextmanager
def threaded_window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    """Shown with real worker threads, as in the office; the work still running is waited for at the end."""
    tasks = TaskRunner()
    win = MainWindow(services, tasks)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    tasks.wait()
