"""An unhandled exception in the window (a slot, another thread): logged with its traceback, told in a Vietnamese
dialog whose "Sao chép chi tiết" copies the traceback, and the window keeps running."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desk_app import app as app_module
from desk_app import logging_setup
from desk_app.cli import main as cli
from desk_app.i18n import vi_unexpected as txt
from desk_app.ui.unexpected_error import ErrorReporter, UnexpectedErrorDialog

pytestmark = pytest.mark.qt_no_exception_capture  # the reporter under test is the one catching them

TYPED = ["Nguyễn Thị Hoa", "001234567890"]  # what a form held when it failed


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    logging_setup.begin()
    written = logging_setup.use_folder(tmp_path / "logs", create=True)
    assert written is not None
    yield written
    logging_setup.end()


@pytest.fixture
def reporter(qtbot: QtBot) -> Iterator[ErrorReporter]:
    errors = ErrorReporter()
    errors.install()
    yield errors
    errors.restore()


def _failing_slot() -> None:
    raise ValueError(" ".join(TYPED))


def _answer_the_dialog(qtbot: QtBot, seen: list[UnexpectedErrorDialog], shot: Path | None = None) -> None:
    """When the dialog is up: copy the details with a real click, keep a screenshot, close it."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnexpectedErrorDialog):
            QTimer.singleShot(20, step)
            return
        seen.append(dialog)
        qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        if shot is not None:
            dialog.grab().save(str(shot))
        close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Đóng")
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, step)


def test_an_error_in_a_slot_is_logged_shown_and_copied(
    qtbot: QtBot, reporter: ErrorReporter, log_file: Path, tmp_path: Path
) -> None:
    QApplication.clipboard().clear()
    seen: list[UnexpectedErrorDialog] = []
    shot = Path(os.environ.get("DESK_APP_SHOTS", tmp_path)) / "unexpected_error.png"
    _answer_the_dialog(qtbot, seen, shot)
    QTimer.singleShot(0, _failing_slot)  # Qt hands a slot's exception to sys.excepthook
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=5000)

    dialog = seen[0]
    assert dialog.windowTitle() == txt.TITLE
    assert txt.TEXT.format(kind="ValueError") in dialog.message.text()
    assert str(log_file) in dialog.message.text()
    copied = QApplication.clipboard().text()
    assert copied.startswith("Traceback (most recent call last):")
    assert "in _failing_slot" in copied and copied.endswith(
        "builtins.ValueError: (message withheld: 27 characters)\n"
    )
    assert dialog.copy.text() == txt.COPIED
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error in the window" in logged and copied in logged
    assert not any(word in logged + copied for word in TYPED)
    assert shot.stat().st_size > 0

    # The window goes on: the next error is told again.
    again: list[UnexpectedErrorDialog] = []
    _answer_the_dialog(qtbot, again)
    QTimer.singleShot(0, _failing_slot)
    qtbot.waitUntil(lambda: bool(again) and not again[0].isVisible(), timeout=5000)
    assert log_file.read_text(encoding="utf-8").count("unexpected error in the window") == 2


def test_an_error_in_another_thread_is_shown_on_the_window_thread(
    qtbot: QtBot, reporter: ErrorReporter, log_file: Path
) -> None:
    seen: list[UnexpectedErrorDialog] = []
    _answer_the_dialog(qtbot, seen)
    worker = threading.Thread(target=_failing_slot, name="importer")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=5000)
    assert seen[0].thread() is QApplication.instance().thread()  # type: ignore[union-attr]
    assert "unexpected error in thread importer" in log_file.read_text(encoding="utf-8")


def test_restore_puts_the_previous_hooks_back(qtbot: QtBot) -> None:
    before = (sys.excepthook, threading.excepthook)
    errors = ErrorReporter()
    errors.install()
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    errors.restore()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_window_logs_from_its_first_line(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "open_office", lambda *_args: None)  # the officer closes the sign-in
    hooks = (sys.excepthook, threading.excepthook)
    assert cli.main(["--data-dir", str(tmp_path / "data")]) == 0
    assert (sys.excepthook, threading.excepthook) == hooks
    logged = (tmp_path / "data" / "logs" / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in logged.splitlines() if "desk_app.cli.main" in line] == [
        "window: start",
        "window: exit 0",
    ]
    assert "closed before signing in" in logged


def test_an_error_before_the_main_window_is_told_and_ends_the_app(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise KeyError(TYPED[1])

    monkeypatch.setattr(app_module, "open_office", broken)
    seen: list[UnexpectedErrorDialog] = []
    _answer_the_dialog(qtbot, seen)
    assert cli.main(["--data-dir", str(tmp_path / "data")]) == app_module.EXIT_CANNOT_START
    assert seen and "KeyError" in seen[0].message.text()
    logged = (tmp_path / "data" / "logs" / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    assert "unexpected error in the start" in logged and "in broken" in logged
    assert "window: exit 2" in logged and TYPED[1] not in logged
