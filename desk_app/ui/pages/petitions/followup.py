"""The "Theo dõi" of a petition: its follow-up events listed, and "Ghi nhận…" to record one (with an extension)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from desk_app.domain.enums import PetitionStatus, Role
from desk_app.domain.petition_flow import next_status
from desk_app.domain.petition_followups import (
    NEEDS_DOCUMENT,
    STATUS_ACTIONS,
    FollowUpType,
    offered_follow_ups,
)
from desk_app.errors import FieldError
from desk_app.i18n import labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n.formatting import fmt_date
from desk_app.services.petitions.detail import ClockView
from desk_app.services.petitions.followups import FollowUpInfo, FollowUpService
from desk_app.services.petitions.service import ClockInfo
from desk_app.ui.pages.petitions.actions import ActionDialog, plain_edit
from desk_app.ui.pages.petitions.form_parts import read_date
from desk_app.ui.pages.petitions.history import WrapDelegate
from desk_app.ui.widgets.errors import error_message
from desk_app.ui.widgets.fields import DateField, EnumCombo, Field, field_row


def doc_text(info: FollowUpInfo) -> str:
    if not info.doc_no:
        return ""
    if info.doc_date:
        return vpp.FOLLOW_UP_DOC_DATED.format(no=info.doc_no, date=fmt_date(info.doc_date))
    return vpp.FOLLOW_UP_DOC.format(no=info.doc_no)


class FollowUpList(QTreeWidget):
    """The petition's follow-ups, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitionFollowUps")
        self.items: list[FollowUpInfo] = []
        self.setHeaderLabels(list(vpp.FOLLOW_UP_COLUMNS))
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setItemDelegate(WrapDelegate(self))
        header = self.header()
        header.setStretchLastSection(True)
        for column, width in ((0, 100), (1, 230), (2, 220)):
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def show_items(self, items: Sequence[FollowUpInfo]) -> None:
        self.items = list(items)
        self.clear()
        for info in items:
            row = QTreeWidgetItem(
                [
                    fmt_date(info.event_date),
                    vpp.FOLLOW_UP_TYPES[info.event_type],
                    doc_text(info),
                    info.content,
                ]
            )
            for column in range(4):
                row.setToolTip(column, row.text(column))
            self.addTopLevelItem(row)
        if not items:
            row = QTreeWidgetItem([vpp.FOLLOW_UP_NONE])
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(row)
            row.setFirstColumnSpanned(True)

    def rows(self) -> list[list[str]]:
        """The follow-ups as text (tests and screen readers); none when the list is empty."""
        found = (self.topLevelItem(i) for i in range(len(self.items)))
        return [[item.text(c) for c in range(4)] for item in found if item is not None]


class FollowUpDialog(ActionDialog):
    """Ghi nhận: type, date, the document's number and date, content; an extension picks a clock and its new date."""

    def __init__(
        self,
        follow_ups: FollowUpService,
        petition_id: int,
        label: str,
        status: PetitionStatus,
        roles: Collection[Role],
        clocks: Sequence[tuple[ClockInfo, ClockView]],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vpp.FOLLOW_UP_TITLE.format(label=label), vpp.OK, parent)
        self._follow_ups, self._id, self._status, self._roles = follow_ups, petition_id, status, roles
        self._clocks = [pair for pair in clocks if pair[0].completed_on is None]
        self.saved: FollowUpInfo | None = None
        types = offered_follow_ups(status, roles, bool(self._clocks))
        self.event_type: EnumCombo[FollowUpType] = EnumCombo(
            {t: vpp.FOLLOW_UP_TYPES[t] for t in types}, empty=vpp.CHOOSE
        )
        self.event_type.setObjectName("followUpType")
        self.event_date = DateField()
        self.event_date.setObjectName("followUpDate")
        self.event_date.set_date(today)
        self.doc_no = QLineEdit()
        self.doc_no.setObjectName("followUpDocNo")
        self.doc_date = DateField()
        self.doc_date.setObjectName("followUpDocDate")
        self.content = plain_edit(3)
        self.content.setObjectName("followUpContent")
        self.clock = QComboBox()
        self.clock.setObjectName("followUpClock")
        for info, view in self._clocks:
            due = info.extended_to or info.due_date
            self.clock.addItem(vpp.FOLLOW_UP_CLOCK_ITEM.format(what=view.what, due=fmt_date(due)), info.id)
        self.new_due = DateField()
        self.new_due.setObjectName("followUpNewDue")
        self.status_note = QLabel()
        self.status_note.setObjectName("followUpStatusNote")
        self.status_note.setStyleSheet("color: #7a4a00; font-weight: bold;")
        self.status_note.setWordWrap(True)
        self.add_field("event_type", vpp.FOLLOW_UP_TYPE, self.event_type)
        self.add_field("event_date", vpp.FOLLOW_UP_DATE, self.event_date)
        # Number and date side by side: they are read together as "Số … ngày …".
        self.doc_no_field = Field(vpp.FOLLOW_UP_DOC_NO, self.doc_no)
        doc_date_field = Field(vpp.FOLLOW_UP_DOC_DATE, self.doc_date)
        self.errors.update(doc_no=self.doc_no_field.error, doc_date=doc_date_field.error)
        self.body.addLayout(field_row((self.doc_no_field, 3), (doc_date_field, 2)))
        self.clock_field = self.add_field("clock", vpp.FOLLOW_UP_CLOCK, self.clock)
        self.new_due_field = self.add_field("extended_to", vpp.FOLLOW_UP_NEW_DUE, self.new_due)
        self.add_field("content", vpp.FOLLOW_UP_CONTENT, self.content)
        self.body.addWidget(self.status_note)
        self.event_type.currentIndexChanged.connect(lambda _i: self._show_parts())
        self._show_parts()

    def _show_parts(self) -> None:
        event = self.event_type.value()
        extension = event is FollowUpType.GIA_HAN
        self.clock_field.setVisible(extension)
        self.new_due_field.setVisible(extension)
        self.doc_no_field.caption.setText(
            vpp.FOLLOW_UP_DOC_NO_REQUIRED if event in NEEDS_DOCUMENT else vpp.FOLLOW_UP_DOC_NO
        )
        action = STATUS_ACTIONS.get(event) if event is not None else None
        if action is None:
            self.status_note.clear()
            self.status_note.hide()
            return
        after = next_status(self._status, action, self._roles)
        self.status_note.setText(vpp.FOLLOW_UP_STATUS_NOTE.format(status=labels.PETITION_STATUS[after]))
        self.status_note.show()

    def choose_clock(self, index: int) -> None:
        self.clock.setCurrentIndex(index)

    def extended_clock(self) -> tuple[ClockInfo, ClockView] | None:
        index = self.clock.currentIndex()
        return self._clocks[index] if 0 <= index < len(self._clocks) else None

    def _show_screen_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.clear_messages()
        for err in errors:
            text = vpp.DATE_INVALID if err.code == "invalid_date" else error_message(err)
            self.errors[err.field].set_messages([text])

    def submit(self) -> None:
        errors: list[FieldError] = []
        event = self.event_type.value()
        if event is None:
            errors.append(FieldError("event_type", "required"))
        when = read_date(self.event_date, "event_date", errors)
        if when is None and not any(e.field == "event_date" for e in errors):
            errors.append(FieldError("event_date", "required"))
        doc_date = read_date(self.doc_date, "doc_date", errors)
        extension = event is FollowUpType.GIA_HAN
        new_due = read_date(self.new_due, "extended_to", errors) if extension else None
        picked = self.extended_clock() if extension else None
        if errors:
            self._show_screen_errors(errors)
            return
        assert event is not None and when is not None

        def call() -> PetitionStatus | None:
            self.saved = self._follow_ups.record(
                self._id, event, when, doc_no=self.doc_no.text().strip() or None, doc_date=doc_date,
                content=self.content.toPlainText().strip(), clock_id=picked[0].id if picked else None,
                extended_to=new_due,
            )  # fmt: skip
            return None

        self.run(call)
