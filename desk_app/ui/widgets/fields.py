"""Form building blocks: error and notice labels, enum pickers, typed dates, Enter moves to the next field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Generic, Literal, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_ui
from desk_app.i18n.formatting import fmt_date, parse_date
from desk_app.ui.widgets.form_state import Callbacks

E = TypeVar("E", bound=StrEnum)
Tone = Literal["ok", "warn", "error", "info"]

ERROR_COLOR = "#b3261e"
QWIDGETSIZE_MAX = 16_777_215
_TONES: Mapping[Tone, tuple[str, str, str]] = {
    # background, text, border
    "ok": ("#e6f4ea", "#1e5631", "#8cc49a"),
    "warn": ("#fff4e0", "#7a4a00", "#f0c070"),
    "error": ("#fdecea", "#9b1c14", "#f1a39c"),
    "info": ("#e8f0fe", "#1a3f7a", "#a8c1ee"),
}


class ErrorLabel(QLabel):
    """The red sentence under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.hide()

    def set_messages(self, messages: Iterable[str]) -> None:
        text = "\n".join(dict.fromkeys(messages))  # the same message twice says nothing new
        self.setText(text)
        self.setVisible(bool(text))

    def clear_messages(self) -> None:
        self.set_messages(())


class NoticeLabel(QLabel):
    """A coloured line that says what just happened (saved, warnings, failures); hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tone: Tone | None = None
        self.hide()

    def show_text(self, text: str, tone: Tone) -> None:
        background, color, border = _TONES[tone]
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {color}; border: 1px solid {border};"
            " border-radius: 4px; padding: 5px 8px; }"
        )
        self.tone = tone
        self.setText(text)
        self.setVisible(bool(text))

    def clear_text(self) -> None:
        self.tone = None
        self.setText("")
        self.hide()


def hint_style(label: QLabel, tone: Tone | None) -> None:
    """Colour a small hint line: grey when neutral, otherwise the tone's text colour."""
    color = "#555555" if tone is None else _TONES[tone][1]
    label.setStyleSheet(f"color: {color};")


def section_header(text: str) -> QLabel:
    """The bold title of a column ("NGƯỜI ĐẾN")."""
    label = QLabel(text)
    label.setStyleSheet(
        "font-weight: bold; color: #1a3f7a; border-bottom: 2px solid #1a3f7a; padding-bottom: 2px;"
    )
    return label


class Field(QWidget):
    """A caption above its input and the red error line under it; hiding the Field hides all three."""

    def __init__(self, caption: str, widget: QWidget, *extras: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #333333; font-weight: bold;")
        self.caption.setBuddy(widget)
        layout.addWidget(self.caption)
        narrow = widget.maximumWidth() < QWIDGETSIZE_MAX  # a year or a date box keeps its size, left
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag(0))
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        for extra in extras:
            layout.addWidget(extra)


def field_row(*items: tuple[QWidget, int]) -> QHBoxLayout:
    """Fields side by side with these stretch factors, tops aligned."""
    row = QHBoxLayout()
    row.setSpacing(10)
    for widget, stretch in items:
        row.addWidget(widget, stretch, Qt.AlignmentFlag.AlignTop)
    return row


class _IgnoreWheelUnlessFocused:
    """Scrolling the form with the mouse wheel must not change a value the pointer passes over."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        assert isinstance(self, QWidget)
        if self.hasFocus():
            super().wheelEvent(event)  # type: ignore[misc]
        else:
            event.ignore()


class NoWheelComboBox(_IgnoreWheelUnlessFocused, QComboBox):
    """A combo box that takes the wheel only once focused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class NoWheelSpinBox(_IgnoreWheelUnlessFocused, QSpinBox):
    """A spin box that takes the wheel only once focused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class EnumCombo(NoWheelComboBox, Generic[E]):
    """A combo of enum members with their Vietnamese labels; an optional first item means "none"."""

    def __init__(
        self,
        labels: Mapping[E, str],
        *,
        empty: str | None = None,
        exclude: Iterable[E] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        skipped = set(exclude)
        self._values: list[E | None] = []
        if empty is not None:
            self.addItem(empty)
            self._values.append(None)
        for member, label in labels.items():
            if member not in skipped:
                self.addItem(label)
                self._values.append(member)

    def value(self) -> E | None:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: E | None) -> None:
        if value in self._values:
            self.setCurrentIndex(self._values.index(value))

    def state_value(self) -> object:
        member = self.value()
        return member.value if member is not None else None

    def set_state_value(self, raw: object) -> None:
        for index, member in enumerate(self._values):
            if (member.value if member is not None else None) == raw:
                self.setCurrentIndex(index)
                return


class IdCombo(NoWheelComboBox):
    """A combo of records by id (staff, places)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int | None] = []

    def set_items(self, items: Iterable[tuple[int | None, str]]) -> None:
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        self._ids = []
        for item_id, label in items:
            self.addItem(label)
            self._ids.append(item_id)
        self.blockSignals(False)
        self.set_value(keep)

    def value(self) -> int | None:
        index = self.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def set_value(self, value: int | None) -> None:
        if value in self._ids:
            self.setCurrentIndex(self._ids.index(value))

    def state_value(self) -> object:
        return self.value()

    def set_state_value(self, raw: object) -> None:
        if raw is None or isinstance(raw, int):
            self.set_value(raw)


class EnumRadios(QWidget, Generic[E]):
    """One radio button per enum member, in a row; exactly one is chosen."""

    def __init__(self, labels: Mapping[E, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = Callbacks()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self._group = QButtonGroup(self)
        self.buttons: dict[E, QRadioButton] = {}
        for member, label in labels.items():
            button = QRadioButton(label)
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[member] = button
        next(iter(self.buttons.values())).setChecked(True)
        self._group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> E:
        return next(member for member, button in self.buttons.items() if button.isChecked())

    def set_value(self, value: E) -> None:
        self.buttons[value].setChecked(True)

    def state_value(self) -> object:
        return self.value().value

    def set_state_value(self, raw: object) -> None:
        for member, button in self.buttons.items():
            if member.value == raw:
                button.setChecked(True)


class DateField(QLineEdit):
    """An optional date typed as dd/mm/yyyy (also ddmmyyyy); empty means no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(vi_ui.DATE_PLACEHOLDER)
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 16)

    def date_value(self) -> dt.date | None:
        """The date typed; raises ValueError when the text is not a real date."""
        return parse_date(self.text())

    def set_date(self, value: dt.date | None) -> None:
        self.setText(fmt_date(value))


class _EnterMovesOn(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            # A Tab press goes through the widget's own focus-chain logic (skips hidden fields).
            tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(watched, tab)
            return True
        return False


def enter_moves_on(owner: QObject, widgets: Iterable[QWidget]) -> None:
    """Enter in these single-line fields moves to the next field, as officers expect from paper-like forms."""
    event_filter = owner.findChild(_EnterMovesOn)
    if event_filter is None:
        event_filter = _EnterMovesOn(owner)
    for widget in widgets:
        widget.installEventFilter(event_filter)
