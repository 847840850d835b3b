"""A form's widgets as a JSON-able dict of values (never display labels), for drafts and for telling what changed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


@runtime_checkable
class Stateful(Protocol):
    """A widget that knows its own JSON form (enum combos, radio rows, row lists)."""

    def state_value(self) -> object: ...

    def set_state_value(self, raw: object) -> None: ...


@runtime_checkable
class Notifying(Protocol):
    """A widget of our own that says when its value changed (radio rows, row lists)."""

    @property
    def changed(self) -> Callbacks: ...


def read_value(widget: QWidget) -> object:
    if isinstance(widget, Stateful):
        return widget.state_value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QTimeEdit):
        return widget.time().toString("HH:mm")
    if isinstance(widget, QComboBox):
        # A combo's value is its item data when it has some: labels change (translations, extra detail).
        data = widget.currentData()
        return data if isinstance(data, (str, int, float, bool)) else widget.currentText()
    raise TypeError(type(widget).__name__)


def write_value(widget: QWidget, raw: object) -> None:
    """Set a widget from its JSON form; values of the wrong type are ignored (an old or damaged draft)."""
    if isinstance(widget, Stateful):
        widget.set_state_value(raw)
    elif isinstance(widget, QLineEdit) and isinstance(raw, str):
        widget.setText(raw)
    elif isinstance(widget, QPlainTextEdit) and isinstance(raw, str):
        widget.setPlainText(raw)
    elif isinstance(widget, QAbstractButton) and isinstance(raw, bool):
        widget.setChecked(raw)
    elif isinstance(widget, QSpinBox) and isinstance(raw, int):
        widget.setValue(raw)
    elif isinstance(widget, QDateEdit) and isinstance(raw, str):
        date = QDate.fromString(raw, "yyyy-MM-dd")
        if date.isValid():
            widget.setDate(date)
    elif isinstance(widget, QTimeEdit) and isinstance(raw, str):
        time = QTime.fromString(raw, "HH:mm")
        if time.isValid():
            widget.setTime(time)
    elif isinstance(widget, QComboBox) and isinstance(raw, (str, int, float, bool)):
        index = widget.findData(raw)
        if index >= 0:
            widget.setCurrentIndex(index)
        elif isinstance(raw, str):
            widget.setCurrentText(raw)


def connect_changed(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` (without arguments) whenever the widget's value changes."""

    def call(*_args: object) -> None:
        slot()

    if isinstance(widget, Notifying):
        widget.changed.connect(call)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(call)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(call)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(call)
    elif isinstance(widget, (QDateEdit, QTimeEdit)):
        widget.dateTimeChanged.connect(call)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(call)
    else:
        # A form field that cannot say it changed would leave drafts and the dirty mark silently stale.
        raise TypeError(type(widget).__name__)


class Binder:
    """Named widgets of a form section; reads and writes them all at once."""

    def __init__(self) -> None:
        self.fields: dict[str, QWidget] = {}

    def add(self, name: str, widget: W) -> W:
        self.fields[name] = widget
        return widget

    def state(self) -> dict[str, Any]:
        return {name: read_value(widget) for name, widget in self.fields.items()}

    def restore(self, state: Mapping[str, object]) -> None:
        for name, widget in self.fields.items():
            if name in state:
                write_value(widget, state[name])

    def connect(self, slot: Callable[[], None]) -> None:
        for widget in self.fields.values():
            connect_changed(widget, slot)


class Callbacks:
    """A no-argument notification for every-keystroke paths, in plain Python rather than a Qt Signal.

    Cheaper than a queued Qt signal on every keystroke, and immune to PySide6 6.12.0's emit refcount leak
    (see pyproject.toml) should that release ever be installed.
    """

    def __init__(self) -> None:
        self._slots: list[Callable[[], object]] = []

    def connect(self, slot: Callable[[], object]) -> None:
        self._slots.append(slot)

    def emit(self) -> None:
        for slot in list(self._slots):
            slot()
