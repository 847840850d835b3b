"""Typing into Qt widgets in tests (Vietnamese goes as IME commits: QTest.keyClicks aborts on non-ASCII) and settling."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QRadioButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk_app.ui.tasks import TaskRunner


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as a person would: ASCII as key clicks, anything else as an input-method commit (Unikey/Telex)."""
    widget.setFocus()
    chunk = ""
    for ch in text:
        if ch.isascii():
            if chunk:
                _commit(widget, chunk)
                chunk = ""
            QTest.keyClicks(widget, ch)
        else:
            chunk += ch
    if chunk:
        _commit(widget, chunk)
    QApplication.processEvents()


def _commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press(
    widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, key, modifier)


def press_on_row(table: QTableView, row: int, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Select a row of a list and press a key on it, as a person does (Enter opens it, Delete voids it)."""
    table.selectRow(row)
    table.setFocus()
    press(table, key)


# Human pace ------------------------------------------------------------------------------------------------
def _debounce_intervals() -> dict[str, int]:
    """Every debounce of the app, by where it lives; settle() waits for each pending one to fire anyway."""
    from desk_app.ui.pages.intake import drafts as intake_drafts
    from desk_app.ui.pages.intake import history as intake_history
    from desk_app.ui.pages.intake import page as intake
    from desk_app.ui.pages.petitions import duplicates as petition_duplicates
    from desk_app.ui.widgets import period_filter

    return {
        "intake draft": intake_drafts.DEBOUNCE_MS,
        "intake revalidation": intake.VALIDATE_MS,
        "repeat-visitor search": intake_history.SEARCH_DEBOUNCE_MS,
        "petition duplicates": petition_duplicates.DEBOUNCE_MS,
        "register search box": period_filter.DEBOUNCE_MS,
    }


def longest_debounce_ms() -> int:
    return max(_debounce_intervals().values())


def pending_timers(root: QObject | None = None) -> list[QTimer]:
    """Single-shot QTimers that are counting down, under `root` or under every top-level window."""
    roots: list[QObject] = [root] if root is not None else list(QApplication.topLevelWidgets())
    return [
        timer
        for r in roots
        for timer in r.findChildren(QTimer)
        if timer.isActive() and timer.isSingleShot() and shiboken_valid(timer)
    ]


def shiboken_valid(obj: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def settle(
    qtbot: QtBot,
    root: QObject | None = None,
    *,
    tasks: TaskRunner | None = None,
    pause_ms: int = 0,
    timeout: int = 10_000,
) -> None:
    """Let the event loop run as a person pausing between two steps would.

    Waits until no debounce or single-shot timer of the page (or of every window) is pending and the task runner
    has finished, then checks again once the results are in (a finished search may start another timer).
    `pause_ms` adds a fixed pause first (e.g. longest_debounce_ms() to sit as long as the slowest debounce).
    """
    if pause_ms:
        qtbot.wait(pause_ms)

    def idle() -> bool:
        QApplication.processEvents()
        return not pending_timers(root) and (tasks is None or tasks.wait(0))

    for _ in range(20):
        qtbot.waitUntil(idle, timeout=timeout)
        qtbot.wait(20)  # queued results of finished jobs arrive now
        if idle():
            return
    raise AssertionError(f"never idle: {[t.objectName() or t.interval() for t in pending_timers(root)]}")


def wait_idle(qtbot: QtBot, widget: QWidget, *, tasks: TaskRunner | None = None) -> None:
    """settle() for one page: its own timers only."""
    settle(qtbot, widget, tasks=tasks)


def choose(combo: QComboBox, text: str) -> None:
    """Pick an item of a combo box with the keyboard (Home, then Down until it shows `text`)."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button where a person would: a radio or check box on its circle/box (its wide row is not hit)."""
    pos = button.rect().center()
    if isinstance(button, (QRadioButton, QCheckBox)):
        pos = QPoint(8, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def retype(widget: QWidget, text: str) -> None:
    """Replace what a box holds, as a person does: Ctrl+A, then type."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)
