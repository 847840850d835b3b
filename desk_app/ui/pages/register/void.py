"""Hủy lượt tiếp: ask for the reason, refuse an empty one next to the field, then void through the service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_screens as vs
from desk_app.i18n.formatting import fmt_date
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterRow
from desk_app.ui.pages.settings.fields import ErrorLabel


class VoidVisitDialog(QDialog):
    """Accepted only after services.intake.void(...) succeeded."""

    def __init__(self, services: Services, row: RegisterRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._visit_id = row.id
        self.setWindowTitle(vs.VOID_TITLE)
        self.setMinimumWidth(560)
        date = fmt_date(row.date)
        intro = QLabel(
            vs.VOID_INTRO.format(book_no=row.book_no, year=row.book_year, date=date, who=row.name_address)
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("font-weight: bold;")
        note = QLabel(vs.VOID_NOTE)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        label = QLabel(vs.VOID_REASON)
        self.reason = QLineEdit()
        self.reason.setObjectName("voidReason")
        self.reason.setPlaceholderText(vs.VOID_REASON_PLACEHOLDER)
        self.reason.setMaxLength(500)
        label.setBuddy(self.reason)
        self.error = ErrorLabel()
        self.error.setObjectName("voidReasonError")
        self.reason.textChanged.connect(lambda _t: self.error.clear_error())
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(vs.VOID_CONFIRM, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("voidConfirm")
        cancel = buttons.addButton(vs.VOID_CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("voidCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, note, label, self.reason, self.error):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.error.show_error(i18n_errors.message("void_reason.required"))
            self.reason.setFocus()
            return
        try:
            self._services.intake.void(self._visit_id, reason)
        except ValidationError as exc:
            self.error.show_error(
                i18n_errors.message(exc.errors[0].key) if exc.errors else i18n_errors.message("required")
            )
            return
        except DeskError as exc:
            self.error.show_error(i18n_errors.message(str(getattr(exc, "key", ""))))
            return
        super().accept()
