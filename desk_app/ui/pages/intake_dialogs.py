"""Dialogs of the intake page: refusing a citizen (with the legal ground) and giving an appointment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import RefusalReason
from desk_app.domain.legal_rules import refusal_ground
from desk_app.i18n import vi, vi_ui
from desk_app.services.office import StaffInfo
from desk_app.services.registry import Services
from desk_app.ui.dialogs import localize_buttons
from desk_app.ui.widgets.fields import ErrorLabel, hint_style


def notice_reminder(reason: RefusalReason, on: dt.date) -> str:
    """The Mẫu 01/TCD reminder for grounds that need a written notice, else ""."""
    ground = refusal_ground(reason, on)
    if not ground.needs_written_notice:
        return ""
    return vi.WARN_NOTICE_DUE.format(days=f"{ground.notice_working_days:02d}")


class RefusalDialog(QDialog):
    """Choose the ground; the dialog shows its full wording, the legal basis and any notice that falls due."""

    def __init__(
        self, on: dt.date, current: RefusalReason | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vi_ui.REFUSAL_TITLE)
        self.setMinimumWidth(640)
        self._on = on
        self._reasons = list(vi.REFUSAL_REASON)
        self.reason_box = QComboBox()
        for index, reason in enumerate(self._reasons, start=1):
            self.reason_box.addItem(f"{index}. {vi.REFUSAL_REASON[reason]}")
        # The grounds are long sentences: the combo stays a sane width, the full text is shown wrapped below.
        self.reason_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason_box.setMinimumContentsLength(50)
        self.reason_box.view().setMinimumWidth(900)
        self.reason_text = QLabel()
        self.reason_text.setWordWrap(True)
        self.reason_text.setStyleSheet("font-weight: bold;")
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        hint_style(self.reminder, "warn")
        note = QLabel(vi_ui.REFUSAL_NOTE)
        note.setWordWrap(True)
        hint_style(note, None)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localize_buttons(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(vi_ui.REFUSAL_CONFIRM)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(vi_ui.REFUSAL_REASON_LABEL))
        layout.addWidget(self.reason_box)
        layout.addWidget(self.reason_text)
        layout.addWidget(self.basis)
        layout.addWidget(self.reminder)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.reason_box.currentIndexChanged.connect(self._describe)
        if current is not None:
            self.reason_box.setCurrentIndex(self._reasons.index(current))
        self._describe()

    def reason(self) -> RefusalReason:
        return self._reasons[self.reason_box.currentIndex()]

    def set_reason(self, reason: RefusalReason) -> None:
        self.reason_box.setCurrentIndex(self._reasons.index(reason))

    def _describe(self) -> None:
        reason = self.reason()
        self.reason_text.setText(vi.REFUSAL_REASON[reason])
        self.basis.setText(vi_ui.REFUSAL_BASIS.format(basis=refusal_ground(reason, self._on).legal_basis))
        text = notice_reminder(reason, self._on)
        self.reminder.setText(f"⚠ {text}" if text else "")
        self.reminder.setVisible(bool(text))


@dataclass(frozen=True, slots=True)
class AppointmentRequest:
    when: dt.datetime
    meet_whom: str
    place: str


def next_weekday(day: dt.date) -> dt.date:
    """The next Monday–Friday after `day` (holidays are the calendar's job, not this default's)."""
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:  # 5 = Saturday
        day += dt.timedelta(days=1)
    return day


class AppointmentDialog(QDialog):
    """When, whom to meet (the head by default) and where."""

    def __init__(
        self,
        today: dt.date,
        staff: list[StaffInfo],
        head: StaffInfo | None,
        place: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vi_ui.APPOINTMENT_TITLE)
        self.setMinimumWidth(480)
        day = next_weekday(today)
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.time = QTimeEdit(QTime(8, 0))
        self.time.setDisplayFormat("HH:mm")
        self.meet = QComboBox()
        self.meet.setEditable(True)
        for person in staff:
            self.meet.addItem(
                f"{person.full_name}, {person.position}" if person.position else person.full_name
            )
        if head is not None:
            self.meet.setCurrentIndex(staff.index(head) if head in staff else 0)
        self.place = QLineEdit(place)
        self.error = ErrorLabel()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localize_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(vi_ui.APPOINTMENT_PRINT)
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(vi_ui.APPOINTMENT_DATE, self.date)
        form.addRow(vi_ui.APPOINTMENT_TIME, self.time)
        form.addRow(vi_ui.APPOINTMENT_MEET, self.meet)
        form.addRow(vi_ui.APPOINTMENT_PLACE, self.place)
        form.addRow(self.error)
        form.addRow(buttons)

    def request(self) -> AppointmentRequest:
        d, t = self.date.date(), self.time.time()
        return AppointmentRequest(
            when=dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),  # noqa: DTZ001 - office wall clock
            meet_whom=self.meet.currentText().strip(),
            place=self.place.text().strip(),
        )

    def _accept_if_complete(self) -> None:
        if not self.meet.currentText().strip():
            self.error.set_messages([vi_ui.APPOINTMENT_MEET_REQUIRED])
            return
        self.accept()


def ask_refusal(parent: QWidget, on: dt.date, current: RefusalReason | None) -> RefusalReason | None:
    """The chosen ground, or None when the officer cancelled."""
    dialog = RefusalDialog(on, current, parent)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_appointment(parent: QWidget, services: Services) -> AppointmentRequest | None:
    """When and whom; the default place is the office's default reception place."""
    office = services.office
    places = office.list_places()
    info = office.get()
    place = places[0].name if places else (info.name if info else "")
    dialog = AppointmentDialog(services.ctx.today(), office.list_staff(), office.head(), place, parent)
    return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
