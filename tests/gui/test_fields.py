"""Form widgets: the mouse wheel changes a value only in the field the officer is in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from pytestqt.qtbot import QtBot

from desk_app.ui.widgets.fields import NoWheelComboBox, NoWheelSpinBox


def _wheel_up() -> QWheelEvent:
    return QWheelEvent(
        QPointF(5, 5),
        QPointF(5, 5),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def test_wheel_passes_over_unfocused_fields_and_changes_the_focused_one(qtbot: QtBot) -> None:
    spin = NoWheelSpinBox()
    spin.setRange(0, 10)
    spin.setValue(5)
    combo = NoWheelComboBox()
    combo.addItems(["Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh"])
    for widget in (spin, combo):
        qtbot.addWidget(widget)
        widget.show()

    spin.wheelEvent(_wheel_up())
    combo.wheelEvent(_wheel_up())
    assert (spin.value(), combo.currentIndex()) == (5, 0)

    spin.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.wheelEvent(_wheel_up())
    assert spin.value() == 6
