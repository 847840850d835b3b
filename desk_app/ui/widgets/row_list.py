"""A growing list of small rows (representatives, documents handed over) with add/remove and per-row errors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desk_app.i18n import vi_ui
from desk_app.ui.widgets.fields import ErrorLabel
from desk_app.ui.widgets.form_state import Binder, Callbacks, connect_changed


class Row(QWidget):
    """One row: its named widgets side by side, a remove button, and an error line under them."""

    def __init__(
        self, fields: Mapping[str, QWidget], stretches: Mapping[str, int], lines: Sequence[Sequence[str]]
    ) -> None:
        super().__init__()
        self.binder = Binder()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.remove_button = QPushButton(vi_ui.REMOVE_ROW)
        self.remove_button.setToolTip(vi_ui.REMOVE_ROW_TIP)
        self.remove_button.setFixedWidth(self.remove_button.fontMetrics().horizontalAdvance("✕✕") + 14)
        for number, names in enumerate(lines):
            line = QHBoxLayout()
            line.setSpacing(4)
            for name in names:
                line.addWidget(self.binder.add(name, fields[name]), stretches.get(name, 0))
            if number == 0:
                line.addWidget(self.remove_button)
            elif not any(stretches.get(name) for name in names):
                line.addStretch(1)
            outer.addLayout(line)
        self.error = ErrorLabel()
        outer.addWidget(self.error)

    def widget(self, name: str) -> QWidget:
        return self.binder.fields[name]

    def is_blank(self) -> bool:
        """Nothing typed or counted: an accidental "+ Thêm" the officer need not clean up."""
        for widget in self.binder.fields.values():
            if isinstance(widget, QLineEdit) and widget.text().strip():
                return False
            if isinstance(widget, QSpinBox) and widget.value() != widget.minimum():
                return False
        return True


class RowList(QWidget):
    """Rows made by `make_fields`; subclasses say what a row holds."""

    def __init__(self, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = Callbacks()
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.add_button = QPushButton(add_text)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        layout.addLayout(line)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        layout.addLayout(self._rows_layout)
        self.rows: list[Row] = []
        self.add_button.clicked.connect(self._add_and_focus)

    # Subclass hooks -------------------------------------------------------------------------------------
    def make_fields(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def stretches(self) -> Mapping[str, int]:
        return {}

    def lines(self, names: Sequence[str]) -> Sequence[Sequence[str]]:
        """How a row's fields are arranged on screen lines; one line by default."""
        return [names]

    # Rows ------------------------------------------------------------------------------------------------
    def add_row(self, values: Mapping[str, object] | None = None) -> Row:
        fields = self.make_fields()
        row = Row(fields, self.stretches(), self.lines(list(fields)))
        if values:
            row.binder.restore(values)
        previous = self._last_focusable()
        self._rows_layout.addWidget(row)
        self.rows.append(row)
        # New rows would otherwise join the end of the window's Tab chain; keep reading order.
        for widget in [*row.binder.fields.values(), row.remove_button]:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        for widget in row.binder.fields.values():
            connect_changed(widget, self._changed)
        self._changed()
        return row

    def remove_row(self, row: Row) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
            self.add_button.setFocus()
            self._changed()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            row.hide()
            row.deleteLater()
        self._changed()

    def filled_rows(self) -> list[Row]:
        return [row for row in self.rows if not row.is_blank()]

    def clear_errors(self) -> None:
        for row in self.rows:
            row.error.clear_messages()

    def _changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def _add_and_focus(self) -> None:
        row = self.add_row()
        next(iter(row.binder.fields.values())).setFocus()

    def _last_focusable(self) -> QWidget:
        return self.rows[-1].remove_button if self.rows else self.add_button

    # Draft state -----------------------------------------------------------------------------------------
    def state_value(self) -> object:
        # Blank rows are not saved, so they are not content either: an idle "+ Thêm" leaves the form unchanged.
        return [row.binder.state() for row in self.filled_rows()]

    def set_state_value(self, raw: object) -> None:
        self._quiet = True
        self.clear_rows()
        for values in raw if isinstance(raw, list) else []:
            if isinstance(values, dict):
                self.add_row(values)
        self._quiet = False
        self.changed.emit()

    def set_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.set_state_value([dict(values) for values in rows])
