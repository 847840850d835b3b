"""Dialogs of the intake page: refusing a citizen (with the legal ground) and giving an appointment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QRect, QSize, Qt, QTime
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Category, RefusalReason
from desk_app.domain.legal_rules import fitting_reasons, refusal_ground
from desk_app.i18n import labels, vi, vi_ui
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n import vi_refusal as vref
from desk_app.services.office.service import StaffInfo
from desk_app.services.registry import Services
from desk_app.ui.dialogs import localize_buttons
from desk_app.ui.widgets.fields import ErrorLabel, hint_style


def notice_reminder(reason: RefusalReason, on: dt.date) -> str:
    """The Mẫu 01/TCD reminder for grounds that need a written notice, else ""."""
    ground = refusal_ground(reason, on)
    if not ground.needs_written_notice:
        return ""
    return vi.WARN_NOTICE_DUE.format(days=f"{ground.notice_working_days:02d}")


_ITEM_PAD = 3
_WRAP_SLACK = 14
"""Pixels the text is wrapped narrower than the item: the style's focus margins and rounding."""


class RefusalDialog(QDialog):
    """Choose the ground among those that fit the matter; every ground is shown whole (they are long sentences),
    with the legal basis and any notice that falls due."""

    def __init__(
        self,
        on: dt.date,
        current: RefusalReason | None = None,
        parent: QWidget | None = None,
        *,
        category: Category | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vi_ui.REFUSAL_TITLE)
        self._on = on
        self._reasons = list(fitting_reasons(category, on))
        self.reason_list = QListWidget()
        self.reason_list.setObjectName("refusalReasons")
        self.reason_list.setWordWrap(True)
        self.reason_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.reason_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reason_list.setSpacing(1)
        # room between two wrapped grounds, so that one ends visibly before the next begins
        self.reason_list.setStyleSheet(f"QListWidget::item {{ padding: {_ITEM_PAD}px 0px; }}")
        for index, reason in enumerate(self._reasons, start=1):
            item = QListWidgetItem(vref.REASON_ITEM.format(index=index, text=labels.REFUSAL_REASON[reason]))
            item.setToolTip(labels.REFUSAL_REASON[reason])
            self.reason_list.addItem(item)
        self.hidden = QLabel(_hidden_text(category, len(self._reasons) < len(RefusalReason)))
        self.hidden.setWordWrap(True)
        self.hidden.setVisible(bool(self.hidden.text()))
        hint_style(self.hidden, None)
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("font-weight: bold;")
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        hint_style(self.reminder, "warn")
        # Room for the two-line notice reminder is kept from the start: a dialog that grew when a ground needing
        # the notice was chosen let a window manager squeeze the list over the lines below it.
        self.reminder.setMinimumHeight(self.reminder.fontMetrics().lineSpacing() * 2 + 4)
        note = QLabel(vref.NOTE)
        note.setWordWrap(True)
        hint_style(note, None)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localize_buttons(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(vi_ui.REFUSAL_CONFIRM)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        label = QLabel(vi_ui.REFUSAL_REASON_LABEL)
        label.setBuddy(self.reason_list)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason_list, 1)
        layout.addWidget(self.hidden)
        layout.addWidget(self.basis)
        layout.addWidget(self.reminder)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.reason_list.currentRowChanged.connect(lambda _row: self._describe())
        self.reason_list.itemDoubleClicked.connect(lambda _item: self.accept())
        if current in self._reasons:
            self.reason_list.setCurrentRow(self._reasons.index(current))
        elif self._reasons:
            self.reason_list.setCurrentRow(0)
        self._describe()
        self._fit(parent)
        self.reason_list.setFocus()

    def reason(self) -> RefusalReason:
        return self._reasons[max(0, self.reason_list.currentRow())]

    def reasons(self) -> tuple[RefusalReason, ...]:
        """The grounds offered, in the order shown."""
        return tuple(self._reasons)

    def set_reason(self, reason: RefusalReason) -> None:
        self.reason_list.setCurrentRow(self._reasons.index(reason))

    def _describe(self) -> None:
        reason = self.reason()
        self.basis.setText(vi_ui.REFUSAL_BASIS.format(basis=refusal_ground(reason, self._on).legal_basis))
        text = notice_reminder(reason, self._on)
        self.reminder.setText(f"⚠ {text}" if text else "")

    def _wrap_items(self, viewport_width: int) -> int:
        """Give every ground the height of its text wrapped a little narrower than the painted width, so that a
        line never ends in "…"; returns the list's whole height."""
        metrics = self.reason_list.fontMetrics()
        text_width = max(viewport_width - 2 * self.reason_list.spacing() - _WRAP_SLACK, 100)
        total = 0
        for i in range(self.reason_list.count()):
            item = self.reason_list.item(i)
            box = metrics.boundingRect(QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, item.text())
            height = box.height() + 2 * _ITEM_PAD + 2
            item.setSizeHint(QSize(text_width, height))
            total += height + 2 * self.reason_list.spacing()
        return total + 2 * self.reason_list.frameWidth() + 8

    def _fit(self, parent: QWidget | None) -> None:
        """A comfortable line wide and the whole list tall, within the screen (1366×768, 125 % scaling)."""
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)
        line = self.reason_list.fontMetrics()
        width = min(available.width() - 80, max(720, line.averageCharWidth() * 100))
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        rows = self._wrap_items(width - margins.left() - margins.right() - 2 * self.reason_list.frameWidth())
        self.reason_list.setFixedHeight(line.height())  # measure the rest of the dialog without the list
        room = available.height() - 60 - self.heightForWidth(width)
        self.reason_list.setMinimumHeight(0)
        self.reason_list.setMaximumHeight(16_777_215)
        self.reason_list.setMinimumHeight(max(min(rows, room), line.height() * 6))
        self.setMinimumWidth(min(width, line.averageCharWidth() * 70))
        self.resize(width, min(self.heightForWidth(width), available.height() - 40))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap_items(self.reason_list.viewport().width())


def _hidden_text(category: Category | None, filtered: bool) -> str:
    if not filtered:
        return ""
    if category is None:
        return vref.HIDDEN_UNCLASSIFIED
    return vref.HIDDEN_FOR_CATEGORY.format(category=vf.CATEGORY_NOUN[category])


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


def ask_refusal(
    parent: QWidget, on: dt.date, current: RefusalReason | None, category: Category | None = None
) -> RefusalReason | None:
    """The chosen ground among those fitting the matter's `category`, or None when the officer cancelled."""
    dialog = RefusalDialog(on, current, parent, category=category)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_appointment(parent: QWidget, services: Services) -> AppointmentRequest | None:
    """When and whom; the default place is the office's default reception place."""
    office = services.office
    places = office.list_places()
    info = office.get()
    place = places[0].name if places else (info.name if info else "")
    dialog = AppointmentDialog(services.ctx.today(), office.list_staff(), office.head(), place, parent)
    return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
