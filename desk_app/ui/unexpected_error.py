"""Unhandled exceptions in the window: logged with their traceback and told in Vietnamese; the window keeps running."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk_app import logging_setup
from desk_app.i18n import vi_ui
from desk_app.i18n import vi_unexpected as txt
from desk_app.ui.dialogs import fit_to_screen

log = logging.getLogger(__name__)


class UnexpectedErrorDialog(QDialog):
    """What happened in plain words, where the log is, and the traceback to copy for the technician."""

    def __init__(self, kind: str, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(txt.TITLE)
        self._details = details
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        where = txt.LOGGED.format(log=log_file) if log_file else txt.NOT_LOGGED
        self.message = QLabel(txt.TEXT.format(kind=kind) + "\n\n" + where)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy = QPushButton(txt.BTN_COPY)
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self._copy)
        close = QPushButton(vi_ui.BTN_CLOSE)
        close.setDefault(True)
        close.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 680, 440)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self._details)
        self.copy.setText(txt.COPIED)


class ErrorReporter(QObject):
    """Installed for the window's lifetime: sys.excepthook (Qt sends a slot's exception there) and
    threading.excepthook; a thread's error is shown on the window's thread."""

    _from_thread = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self._previous = (sys.excepthook, threading.excepthook)
        self._from_thread.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def restore(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def report(self, exc: BaseException, where: str = "the window") -> None:
        """Log exc with its traceback (never its message unless known safe) and tell the officer."""
        details = logging_setup.redacted_traceback(exc)
        log.error("unexpected error in %s\n%s", where, details)
        if threading.current_thread() is threading.main_thread():
            self._show(type(exc).__name__, details)
        else:
            self._from_thread.emit(type(exc).__name__, details)  # queued: widgets live on the window's thread

    @Slot(str, str)
    def _show(self, kind: str, details: str) -> None:
        # One dialog at a time: an error raised while it is open (or by it) is logged only.
        if self._showing or not isinstance(QApplication.instance(), QApplication):
            return
        self._showing = True
        try:
            dialog = UnexpectedErrorDialog(
                kind, details, logging_setup.current_file(), QApplication.activeWindow()
            )
            dialog.exec()
            dialog.deleteLater()
        finally:
            self._showing = False

    def _sys_hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, exc, tb)
            return
        self.report(exc if exc.__traceback__ is not None else exc.with_traceback(tb))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_value, f"thread {name}")
