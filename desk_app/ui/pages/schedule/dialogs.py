"""Dialogs of the Lịch tiếp page: a session (new or edited), a registrant, a reason, postponing and cancelling."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import ReceptionKind, ReceptionMode
from desk_app.errors import FieldError
from desk_app.i18n import labels, vi_working_calendar
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date
from desk_app.services.office.service import PlaceInfo, StaffInfo
from desk_app.services.registry import Services
from desk_app.services.schedule.types import (
    RegistrantInfo,
    RegistrantsToNotify,
    SessionEdit,
    SessionInfo,
)
from desk_app.ui.pages.schedule.day import time_text
from desk_app.ui.pages.schedule.forms import (
    FormDialog,
    TimeField,
    check,
    read_date,
    read_time,
    required_text,
)
from desk_app.ui.widgets.fields import DateField, EnumCombo, IdCombo, field_row


def when_text(session: SessionInfo) -> str:
    """ "thứ Năm 10/12/2026, 13:30–17:00"."""
    return f"{vi_working_calendar.WEEKDAYS[session.date.weekday()]} {fmt_date(session.date)}, {time_text(session)}"


def staff_items(staff: Sequence[StaffInfo]) -> list[tuple[int | None, str]]:
    """Leaders first (the head, then deputies), each as "name — position"."""
    ordered = sorted(staff, key=lambda s: (not s.is_head, not s.is_deputy_head, s.full_name))
    return [
        (
            s.id,
            vsched.LEADER_ITEM.format(name=s.full_name, position=s.position) if s.position else s.full_name,
        )
        for s in ordered
    ]


def place_items(places: Sequence[PlaceInfo]) -> list[tuple[int | None, str]]:
    return [(None, vsched.PICK_PLACE)] + [(p.id, p.name) for p in places if p.active]


class SessionDialog(FormDialog):
    """A new ad-hoc session (Đột xuất by default) or changes to a planned one; `saved(SessionInfo)`."""

    saved = Signal(object)

    def __init__(
        self,
        services: Services,
        session: SessionInfo | None,
        day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            vsched.SESSION_EDIT_TITLE.format(date=fmt_date(session.date))
            if session
            else vsched.SESSION_NEW_TITLE
        )
        super().__init__(title, vsched.SAVE, parent)
        self.services = services
        self.session = session
        self.date = DateField()
        self.presider = IdCombo()
        self.presider.set_items([(None, vsched.PICK_LEADER), *staff_items(services.office.list_staff())])
        self.kind = EnumCombo(labels.RECEPTION_KIND, exclude=(ReceptionKind.THUONG_XUYEN,))
        self.mode = EnumCombo(labels.RECEPTION_MODE)
        self.start = TimeField()
        self.end = TimeField()
        self.place = IdCombo()
        self.place.set_items(place_items(services.office.list_places()))
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(vsched.PARTICIPANTS_PLACEHOLDER)
        self.content = QLineEdit()
        self.content.setPlaceholderText(vsched.CONTENT_PLACEHOLDER)
        self.delegation = QLineEdit()
        self.body.addLayout(
            field_row(
                (self.field("date", vsched.F_DATE, self.date), 0),
                (self.field("start_time", vsched.F_START, self.start), 0),
                (self.field("end_time", vsched.F_END, self.end), 0),
                (self.field("kind", vsched.F_KIND, self.kind), 1),
                (self.field("mode", vsched.F_MODE, self.mode), 1),
            )
        )
        self.add("presided_by_id", vsched.F_PRESIDER, self.presider)
        self.add("place_id", vsched.F_PLACE, self.place)
        self.add("participants", vsched.F_PARTICIPANTS, self.participants)
        self.add("expected_content", vsched.F_CONTENT, self.content)
        self.add("delegation_doc", vsched.F_DELEGATION, self.delegation)
        self.aliases.update({"presided_by": "presided_by_id", "session.date": "date"})
        self.single_lines([self.date, self.start, self.end, self.participants, self.content])
        if session is None:
            self.date.set_date(day)
            self.kind.set_value(ReceptionKind.DOT_XUAT)
            head = services.office.head()
            self.presider.set_value(head.id if head else None)
        else:
            self._load(session)
        self.setMinimumWidth(680)
        self.date.setFocus()

    def _load(self, session: SessionInfo) -> None:
        self.date.set_date(session.date)
        self.presider.set_value(session.presided_by_id)
        self.kind.set_value(session.kind)
        self.mode.set_value(session.mode)
        self.start.set_time(session.start_time)
        self.end.set_time(session.end_time)
        self.place.set_value(session.place_id)
        self.participants.setText(session.participants)
        self.content.setText(session.expected_content)

    def edit(self) -> SessionEdit:
        problems: list[FieldError] = []
        date = read_date(self.date, "date", problems, required=True)
        start = read_time(self.start, "start_time", problems)
        end = read_time(self.end, "end_time", problems)
        check(problems)
        return SessionEdit(
            date=date,
            presided_by_id=self.presider.value(),
            kind=self.kind.value() or ReceptionKind.DOT_XUAT,
            mode=self.mode.value() or ReceptionMode.TRUC_TIEP,
            start_time=start,
            end_time=end,
            place_id=self.place.value(),
            participants=self.participants.text().strip(),
            expected_content=self.content.text().strip(),
            delegation_doc=self.delegation.text().strip() or None,
        )

    def submit(self) -> bool:
        edit = self.edit()
        schedule = self.services.schedule
        saved = (
            schedule.create_session(edit)
            if self.session is None
            else schedule.update_session(self.session.id, edit)
        )
        self.saved.emit(saved)
        return True


class RegistrantDialog(FormDialog):
    """A citizen who registers to be received at a session; `saved(RegistrantInfo)`."""

    saved = Signal(object)

    def __init__(self, services: Services, session: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(vsched.REGISTRANT_TITLE, vsched.SAVE, parent)
        self.services = services
        self.session = session
        self.intro(vsched.REGISTRANT_INTRO.format(when=when_text(session), name=session.presided_by_name))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.address = QLineEdit()
        self.matter = QLineEdit()
        self.add("full_name", vsched.F_FULL_NAME, self.full_name)
        self.body.addLayout(
            field_row(
                (self.field("phone", vsched.F_PHONE, self.phone), 1),
                (self.field("address", vsched.F_ADDRESS, self.address), 2),
            )
        )
        self.add("matter", vsched.F_MATTER, self.matter)
        self.single_lines([self.full_name, self.phone, self.address])
        self.full_name.setFocus()

    def submit(self) -> bool:
        info = RegistrantInfo(
            id=None,
            session_id=self.session.id,
            full_name=" ".join(self.full_name.text().split()),
            matter=self.matter.text().strip(),
            phone=self.phone.text().strip() or None,
            address=self.address.text().strip() or None,
        )
        self.saved.emit(self.services.schedule.add_registrant(info))
        return True


class ReasonDialog(FormDialog):
    """One reason line; `action(reason)` does the work (and may raise ValidationError on "reason")."""

    def __init__(
        self,
        title: str,
        prompt: str,
        ok_text: str,
        action: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, ok_text, parent)
        self._action = action
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.add("reason", prompt, self.reason)
        self.aliases.update({"void_reason": "reason"})
        self.reason.setFocus()

    def submit(self) -> bool:
        problems: list[FieldError] = []
        reason = required_text(self.reason, "reason", problems)
        check(problems)
        self._action(reason)
        return True


class NotifyDialog(QDialog):
    """Before postponing or cancelling a session with registrants: who to call, and a confirmation."""

    def __init__(
        self,
        text: str,
        confirm_text: str,
        registrants: Sequence[RegistrantInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vsched.NOTIFY_TITLE)
        self.setMinimumWidth(720)
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #7a4a00; font-weight: bold;")
        self.table = QTableWidget(len(registrants), len(vsched.NOTIFY_COLUMNS))
        self.table.setObjectName("calendarNotifyTable")
        self.table.setHorizontalHeaderLabels(list(vsched.NOTIFY_COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        for row, person in enumerate(registrants):
            cells = (person.full_name, person.phone or vsched.NO_PHONE, person.address or "", person.matter)
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(min(260, 40 + 30 * max(1, len(registrants))))
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(confirm_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("calendarNotifyConfirm")
        back = buttons.addButton(vsched.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        back.setDefault(True)  # a stray Enter must not move citizens' appointment
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def names(self) -> list[str]:
        return [self._cell(r, 0) for r in range(self.table.rowCount())]

    def phones(self) -> list[str]:
        return [self._cell(r, 1) for r in range(self.table.rowCount())]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


class PostponeDialog(FormDialog):
    """Hoãn (or, with `cancel=True`, Hủy) a session; with registrants, `notify_dialog` asks first; `applied(info)`."""

    applied = Signal(object)

    def __init__(
        self, services: Services, session: SessionInfo, *, cancel: bool = False, parent: QWidget | None = None
    ) -> None:
        title, ok_text = (
            (vsched.CANCEL_TITLE, vsched.CANCEL_RUN)
            if cancel
            else (vsched.POSTPONE_TITLE, vsched.POSTPONE_RUN)
        )
        super().__init__(title, ok_text, parent)
        self.services = services
        self.session = session
        self.cancelling = cancel
        self.notify_dialog: NotifyDialog | None = None
        template = vsched.CANCEL_INTRO if cancel else vsched.POSTPONE_INTRO
        self.intro(template.format(when=when_text(session), name=session.presided_by_name))
        self.new_date = DateField()
        if not cancel:
            self.add("new_date", vsched.F_NEW_DATE, self.new_date)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(vsched.POSTPONE_REASON_PLACEHOLDER)
        self.add("reason", vsched.F_REASON, self.reason)
        self.single_lines([self.new_date])
        (self.reason if cancel else self.new_date).setFocus()

    def _request(self) -> tuple[dt.date | None, str]:
        problems: list[FieldError] = []
        new_date = None if self.cancelling else read_date(self.new_date, "new_date", problems, required=True)
        reason = required_text(self.reason, "reason", problems)
        check(problems)
        return new_date, reason

    def _run(self, confirm: bool) -> SessionInfo:
        new_date, reason = self._request()
        schedule = self.services.schedule
        if self.cancelling:
            return schedule.cancel(self.session.id, reason, confirm_registrants=confirm)
        assert new_date is not None
        return schedule.postpone(self.session.id, new_date, reason, confirm_registrants=confirm)

    def submit(self) -> bool:
        try:
            info = self._run(False)
        except RegistrantsToNotify as exc:
            self._ask(exc.registrants)
            return False
        self.applied.emit(info)
        return True

    def _ask(self, registrants: Sequence[RegistrantInfo]) -> None:
        date = fmt_date(self.session.date)
        if self.cancelling:
            text = vsched.NOTIFY_CANCEL.format(date=date, count=len(registrants))
            confirm = vsched.NOTIFY_CONFIRM_CANCEL
        else:
            new_date = fmt_date(self.new_date.date_value())
            text = vsched.NOTIFY_POSTPONE.format(date=date, count=len(registrants), new_date=new_date)
            confirm = vsched.NOTIFY_CONFIRM_POSTPONE
        dialog = NotifyDialog(text, confirm, registrants, self)
        dialog.accepted.connect(self._confirmed)
        self.notify_dialog = dialog
        dialog.open()

    def _confirmed(self) -> None:
        def confirmed() -> bool:
            self.applied.emit(self._run(True))
            return True

        if self.run_action(confirmed):
            QDialog.accept(self)
