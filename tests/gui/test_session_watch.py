"""Windows' session lock and user switch lock the window at once; the message decoding is checked everywhere."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app.ui.session_watch import (
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_SESSION_LOCK,
    leaves_the_desk,
    stop_watching,
    watch_session,
)

WTS_SESSION_UNLOCK = 0x8
WTS_CONSOLE_CONNECT = 0x1
WM_ACTIVATEAPP = 0x001C


def test_locking_or_switching_the_windows_session_leaves_the_desk() -> None:
    assert leaves_the_desk(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert leaves_the_desk(WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT)
    assert not leaves_the_desk(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)
    assert not leaves_the_desk(WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT)
    assert not leaves_the_desk(WM_ACTIVATEAPP, WTS_SESSION_LOCK)


def test_the_watch_is_windows_only_and_harmless_elsewhere(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    watcher = watch_session(window, lambda: None)
    assert (watcher is None) == (sys.platform != "win32")
    stop_watching(watcher)
