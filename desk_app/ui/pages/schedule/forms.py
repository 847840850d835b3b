"""Building blocks of the Lịch tiếp dialogs: a form dialog that shows service errors under its fields, time boxes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError, FieldError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_time
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import DateField, ErrorLabel, Field, enter_moves_on

_TIME = re.compile(r"([0-9]{1,2})\s*[:hH.]\s*([0-9]{2})?")


def parse_time(text: str) -> dt.time | None:
    """ "13:30", "13h30", "13h", "1330"; None when blank; ValueError for anything else."""
    value = text.strip()
    if not value:
        return None
    if value.isdigit() and len(value) in (3, 4):
        value = f"{value[:-2]}:{value[-2:]}"
    match = _TIME.fullmatch(value) or (
        re.fullmatch(r"([0-9]{1,2})", value) and _TIME.fullmatch(value + ":00")
    )
    if not match:
        raise ValueError(text)
    return dt.time(int(match.group(1)), int(match.group(2) or 0))


def field_error_text(err: FieldError) -> str:
    """The schedule's wording of a field error (a registrant's name, a session's date)."""
    return i18n_errors.message(err.key, i18n_errors.Context.SCHEDULE)


def problem_text(exc: BaseException) -> str:
    """A Vietnamese sentence for any error a schedule action raised."""
    if isinstance(exc, ValidationError):
        return " ".join(dict.fromkeys(field_error_text(e) for e in exc.errors))
    key = getattr(exc, "key", None)
    known = i18n_errors.known(key, i18n_errors.Context.SCHEDULE) if isinstance(key, str) else None
    if known:
        return known
    return desk_error_text(exc)


def width_strut(width: int) -> QWidget:
    """An invisible line that keeps a dialog at least this wide while its layout decides the height."""
    strut = QWidget()
    strut.setFixedSize(max(0, width - 24), 0)
    return strut


class TimeField(QLineEdit):
    """A time typed as hh:mm (also 13h30 or 1330); empty means no time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(vsched.TIME_PLACEHOLDER)
        self.setMaxLength(5)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:000") + 20)

    def time_value(self) -> dt.time | None:
        return parse_time(self.text())

    def set_time(self, value: dt.time | None) -> None:
        self.setText(fmt_time(value))


class FormDialog(QDialog):
    """Fields with red lines under them; `submit()` does the work and raises ValidationError to stay open."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._strut = width_strut(560)
        self.fields: dict[str, Field] = {}
        self.aliases: dict[str, str] = {}
        self.general = ErrorLabel()
        self.general.setObjectName("calendarFormError")
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            vsched.CANCEL, QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # the dialog grows when an error or a result line appears, instead of squeezing its text
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self._strut)
        layout.addLayout(self.body)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def setMinimumWidth(self, minw: int) -> None:
        # the layout sets the dialog's minimum size, so the width is held by the strut
        self._strut.setFixedWidth(max(0, minw - 24))

    def intro(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #333333;")
        self.body.addWidget(label)
        return label

    def field(self, key: str, caption: str, widget: QWidget, *extras: QWidget) -> Field:
        box = Field(caption, widget, *extras)
        self.fields[key] = box
        widget.setObjectName(f"calendarField_{key}")
        box.error.setObjectName(f"calendarError_{key}")
        return box

    def add(self, key: str, caption: str, widget: QWidget, *extras: QWidget) -> Field:
        box = self.field(key, caption, widget, *extras)
        self.body.addWidget(box)
        return box

    def single_lines(self, widgets: Iterable[QWidget]) -> None:
        enter_moves_on(self, widgets)

    def error_of(self, key: str) -> str:
        box = self.fields.get(key)
        return box.error.text() if box is not None and not box.error.isHidden() else ""

    def clear_errors(self) -> None:
        for box in self.fields.values():
            box.error.clear_messages()
        self.general.clear_messages()

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        per_field: dict[str, list[str]] = {}
        rest: list[str] = []
        for err in errors:
            name = err.field.rsplit(".", 1)[-1]
            key = self.aliases.get(err.field) or self.aliases.get(name) or name
            if key in self.fields:
                per_field.setdefault(key, []).append(field_error_text(err))
            else:
                rest.append(field_error_text(err))
        for key, messages in per_field.items():
            self.fields[key].error.set_messages(messages)
        self.general.set_messages(rest)
        first = next((k for k in self.fields if k in per_field), None)
        if first is not None:
            widget = self.fields[first].caption.buddy()
            if widget is not None:
                widget.setFocus()

    def show_problem(self, exc: Exception) -> None:
        self.general.set_messages([problem_text(exc)])

    def submit(self) -> bool:
        """Do the work; False keeps the dialog open (another dialog asks first)."""
        raise NotImplementedError

    def run_action(self, action: Callable[[], bool]) -> bool:
        """Run `action`, showing what went wrong under the fields; True when it went through."""
        self.clear_errors()
        try:
            return action()
        except ValidationError as exc:
            self.show_errors(exc.errors)
        except DeskError as exc:
            self.show_problem(exc)
        return False

    def accept(self) -> None:
        if self.run_action(self.submit):
            super().accept()


def check(problems: list[FieldError]) -> None:
    if problems:
        raise ValidationError(problems)


def read_date(
    widget: DateField, key: str, problems: list[FieldError], *, required: bool = False
) -> dt.date | None:
    """A DateField's date, noting an unreadable or missing one in `problems`."""
    try:
        value = widget.date_value()
    except ValueError:
        problems.append(FieldError(key, "invalid"))
        return None
    if value is None and required:
        problems.append(FieldError(key, "required"))
    return value


def read_time(widget: TimeField, key: str, problems: list[FieldError]) -> dt.time | None:
    try:
        return widget.time_value()
    except ValueError:
        problems.append(FieldError(key, "invalid"))
        return None


def required_text(widget: QLineEdit, key: str, problems: list[FieldError]) -> str:
    text = " ".join(widget.text().split())
    if not text:
        problems.append(FieldError(key, "required"))
    return text
