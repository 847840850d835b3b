"""Lock at once when Windows locks the session or switches user (reliability §4.4), not only after the idle minutes."""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication
from PySide6.QtWidgets import QWidget

WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2  # another user took the console (fast user switching)
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7  # Windows+L, or Windows' own screen lock
NOTIFY_FOR_THIS_SESSION = 0
_LEAVING = frozenset({WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK})


def leaves_the_desk(message: int, wparam: int) -> bool:
    """Whether a window message says the person left the Windows session (locked it or switched user)."""
    return message == WM_WTSSESSION_CHANGE and wparam in _LEAVING


class SessionWatcher(QAbstractNativeEventFilter):
    def __init__(self, on_leave: Callable[[], None]) -> None:
        super().__init__()
        self._on_leave = on_leave

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        if sys.platform == "win32" and bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if leaves_the_desk(int(msg.message), int(msg.wParam)):
                self._on_leave()
        return False, 0


def watch_session(window: QWidget, on_leave: Callable[[], None]) -> SessionWatcher | None:
    """On Windows, call `on_leave` when the session is locked or switched; elsewhere nothing (None)."""
    app = QCoreApplication.instance()
    if sys.platform != "win32" or app is None:
        return None
    watcher = SessionWatcher(on_leave)
    app.installNativeEventFilter(watcher)
    # An old or stripped Windows without the call: the idle minutes still lock the window.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), NOTIFY_FOR_THIS_SESSION)
    return watcher


def stop_watching(watcher: SessionWatcher | None) -> None:
    app = QCoreApplication.instance()
    if watcher is not None and app is not None:
        app.removeNativeEventFilter(watcher)
