"""Form helpers shared by the settings, first-run and register dialogs: red error lines, Enter moves on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c62828;"
LIST_STYLE = "QListWidget::item { padding: 4px 2px; }"
HEADING_STYLE = "font-weight: bold; color: #1a3f7a;"


class ErrorLabel(QLabel):
    """A red sentence under a field; hidden (and taking no room) while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        # No word wrap: a wrapping label makes the window's minimum height guess wrong and rows overlap.
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")

    def has_error(self) -> bool:
        return bool(self.text())


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """The field with its error line below it, as one widget for a form row."""
    # The error line may squeeze the form: never below the field's natural height (diacritics stay whole).
    field.setMinimumHeight(field.sizeHint().height())
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


class EnterMovesOn(QObject):
    """An event filter: Enter in a single-line field moves the focus to the next field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QWidget)
        ):
            window = watched.window()
            window.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)
