"""Typing into Qt widgets in tests: QTest.keyClicks aborts on non-ASCII, so Vietnamese goes as IME commits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


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
