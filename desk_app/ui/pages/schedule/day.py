"""The side panel of the Lịch tiếp page: the selected day, its sessions in detail, and who registered."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.domain.identity import mask_phone
from desk_app.i18n import labels, vi_accessible, vi_working_calendar
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date, fmt_time
from desk_app.services.schedule.types import RegistrantInfo, SessionInfo
from desk_app.ui.pages.schedule.chips import CHIP_STYLES
from desk_app.ui.preferences import scaled_font
from desk_app.ui.widgets.fields import NoticeLabel, section_header


def weekday_title(day: dt.date) -> str:
    name = vi_working_calendar.WEEKDAYS[day.weekday()]
    return name[:1].upper() + name[1:]


def time_text(session: SessionInfo) -> str:
    if session.start_time is None:
        return vsched.ALL_DAY
    if session.end_time is None:
        return fmt_time(session.start_time)
    return vsched.TIME_RANGE.format(start=fmt_time(session.start_time), end=fmt_time(session.end_time))


def session_line(session: SessionInfo) -> str:
    return vsched.SESSION_LINE.format(
        time=time_text(session), name=session.presided_by_name, status=vsched.STATUS_SHORT[session.status]
    )


def presider_text(session: SessionInfo) -> str:
    if session.presided_by_position:
        return f"{session.presided_by_name} — {session.presided_by_position}"
    return session.presided_by_name


def publish_text(session: SessionInfo, today: dt.date) -> str:
    if session.published_at is not None:
        return fmt_date(session.published_at)
    if session.publish_by is None:
        return vsched.NONE
    late = session.publish_by < today and session.status in (
        ReceptionSessionStatus.DU_KIEN,
        ReceptionSessionStatus.HOAN,
    )
    return (
        vsched.PUBLISH_LATE.format(date=fmt_date(session.publish_by))
        if late
        else fmt_date(session.publish_by)
    )


def detail_rows(session: SessionInfo, today: dt.date) -> list[tuple[str, str]]:
    """The session's facts as (caption, value) lines, in the order the officer reads them."""
    rows = [
        (vsched.D_TIME, time_text(session)),
        (vsched.D_KIND, labels.RECEPTION_KIND[session.kind]),
        (vsched.D_PLACE, session.place_name or vsched.NONE),
        (vsched.D_PRESIDER, presider_text(session) or vsched.NONE),
        (vsched.D_PARTICIPANTS, session.participants or vsched.NONE),
        (vsched.D_CONTENT, session.expected_content or vsched.NONE),
        (vsched.D_STATUS, vsched.STATUS_SHORT[session.status]),
    ]
    if session.published_at is not None:
        rows.append((vsched.D_PUBLISHED, fmt_date(session.published_at)))
    else:
        rows.append((vsched.D_PUBLISH_BY, publish_text(session, today)))
    if session.shift_note:
        rows.append((vsched.D_SHIFT, session.shift_note))
    if session.postponed_from is not None:
        rows.append((vsched.D_POSTPONED, fmt_date(session.postponed_from)))
    if session.status_reason:
        rows.append((vsched.D_REASON, session.status_reason))
    if session.visit_count:
        rows.append((vsched.D_VISITS, str(session.visit_count)))
    if session.conclusion_number:
        rows.append((vsched.D_CONCLUSION, session.conclusion_number))
    return rows


def details_html(session: SessionInfo, today: dt.date) -> str:
    cells = "".join(
        f"<tr><td style='color:#555555; padding-right:8px; white-space:nowrap;'>{html.escape(caption)}</td>"
        f"<td>{html.escape(value)}</td></tr>"
        for caption, value in detail_rows(session, today)
    )
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"


class DayPanel(QWidget):
    """Shows what the page hands it; `sessionSelected(id)` (-1 for none) when the officer picks a session."""

    sessionSelected = Signal(int)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarDayPanel")
        self.today = today
        self._sessions: list[SessionInfo] = []
        self._registrants: list[RegistrantInfo] = []
        self.title = QLabel()
        self.title.setObjectName("calendarDayTitle")
        self.title.setStyleSheet("font-weight: bold; color: #1a3f7a;")
        self.title.setFont(scaled_font(self.title.font(), 1.15))  # follows Tùy chọn › Cỡ chữ
        self.title.setWordWrap(True)  # a large font takes two lines rather than losing "(hôm nay)"
        self.note = QLabel()
        self.note.setObjectName("calendarDayNote")
        self.note.setWordWrap(True)
        self.sessions = QListWidget()
        self.sessions.setObjectName("calendarDaySessions")
        self.sessions.setAccessibleName(vi_accessible.DAY_SESSIONS)
        self.sessions.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        # One line per session, never a sideways scroll: a narrow panel (125 % scaling) ends it with "…", and
        # the item's tooltip says it whole.
        self.sessions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(vsched.NO_SESSION_DAY)
        self.empty.setStyleSheet("color: #555555;")
        self.details = QLabel()
        self.details.setObjectName("calendarDayDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warning = NoticeLabel()
        self.warning.setObjectName("calendarDayWarning")
        self.registrants_header = section_header(vsched.REGISTRANTS_TITLE.format(count=0))
        self.registrants = QTableWidget(0, len(vsched.REGISTRANT_COLUMNS))
        self.registrants.setObjectName("calendarRegistrants")
        self.registrants.setHorizontalHeaderLabels(list(vsched.REGISTRANT_COLUMNS))
        self.registrants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registrants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registrants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registrants.verticalHeader().setVisible(False)
        self.registrants.setWordWrap(False)
        self.registrants.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.registrants.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_registrant = QPushButton(vsched.ADD_REGISTRANT)
        self.add_registrant.setObjectName("calendarAddRegistrant")
        self.remove_registrant = QPushButton(vsched.REMOVE_REGISTRANT)
        self.remove_registrant.setObjectName("calendarRemoveRegistrant")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_registrant)
        buttons.addWidget(self.remove_registrant)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(section_header(vsched.SESSIONS_OF_DAY))
        layout.addWidget(self.empty)
        layout.addWidget(self.sessions)
        layout.addWidget(self.details)
        layout.addWidget(self.warning)
        layout.addWidget(self.registrants_header)
        layout.addWidget(self.registrants, 100)
        layout.addLayout(buttons)
        layout.addStretch(1)  # takes the room when a day has no session (nothing else stretches)
        self.sessions.currentRowChanged.connect(self._row_changed)
        self.show_day(today, "", False, [])

    # Showing ---------------------------------------------------------------------------------------------
    def show_day(
        self,
        day: dt.date,
        note: str,
        day_off: bool,
        sessions: Sequence[SessionInfo],
        select: int | None = None,
    ) -> None:
        """The day's heading and sessions; `select` keeps a session chosen (else the first one)."""
        title = vsched.DAY_TITLE.format(weekday=weekday_title(day), date=fmt_date(day))
        self.title.setText(title + (vsched.DAY_TODAY if day == self.today else ""))
        if note:
            text = vsched.DAY_OFF.format(name=note) if day_off else vsched.DAY_MAKE_UP.format(name=note)
            self.note.setText(text)
            self.note.setStyleSheet(f"color: {'#9b1c14' if day_off else '#1e6b35'}; font-weight: bold;")
        elif day.weekday() >= 5:
            self.note.setText(vsched.DAY_WEEKEND)
            self.note.setStyleSheet("color: #6a6a6a;")
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self._sessions = list(sessions)
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for session in self._sessions:
            item = QListWidgetItem(session_line(session))
            item.setToolTip(item.text())
            style = CHIP_STYLES[session.status]
            item.setForeground(QBrush(QColor(style.text)))
            item.setBackground(QBrush(QColor(style.background)))
            if style.struck:
                font = QFont(self.sessions.font())
                font.setStrikeOut(True)
                item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            self.sessions.addItem(item)
        self.sessions.blockSignals(False)
        self.empty.setVisible(not self._sessions)
        self.sessions.setVisible(bool(self._sessions))
        # as tall as its rows (up to four), so that the details below get the room
        row_height = max(self.sessions.sizeHintForRow(0), self.fontMetrics().height() + 8)
        self.sessions.setFixedHeight(row_height * min(4, max(1, len(self._sessions))) + 6)
        ids = [s.id for s in self._sessions]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        self.sessions.setCurrentRow(row)
        self._row_changed(row)

    def current_session(self) -> SessionInfo | None:
        row = self.sessions.currentRow()
        return self._sessions[row] if 0 <= row < len(self._sessions) else None

    def select_session(self, session_id: int) -> None:
        for row, session in enumerate(self._sessions):
            if session.id == session_id:
                self.sessions.setCurrentRow(row)
                return

    def _row_changed(self, row: int) -> None:
        session = self._sessions[row] if 0 <= row < len(self._sessions) else None
        if session is None:
            self.details.clear()
            self.details.hide()
            self.warning.clear_text()
        else:
            self.details.setText(details_html(session, self.today))
            self.details.show()
            if session.presider_breaks is not None:  # by the rule in force on the session's own date
                self.warning.show_text(
                    vsched.WARN_NOT_HEAD.format(basis=session.presider_breaks.short_basis), "warn"
                )
            else:
                self.warning.clear_text()
        for widget in (
            self.registrants_header,
            self.registrants,
            self.add_registrant,
            self.remove_registrant,
        ):
            widget.setVisible(session is not None)
        self.sessionSelected.emit(session.id if session is not None else -1)

    def show_registrants(self, registrants: Sequence[RegistrantInfo]) -> None:
        self._registrants = list(registrants)
        self.registrants_header.setText(vsched.REGISTRANTS_TITLE.format(count=len(self._registrants)))
        self.registrants.setRowCount(len(self._registrants))
        for row, person in enumerate(self._registrants):
            # the address goes in the tooltip: the panel is narrow and the matter matters more
            tip = "\n".join(part for part in (person.full_name, person.address, person.matter) if part)
            cells = (person.full_name, mask_phone(person.phone), person.matter)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.registrants.setItem(row, column, item)
        self.remove_registrant.setEnabled(bool(self._registrants))

    def registrant_names(self) -> list[str]:
        return [r.full_name for r in self._registrants]

    def current_registrant(self) -> RegistrantInfo | None:
        rows = self.registrants.selectionModel().selectedRows()
        if rows:
            return self._registrants[rows[0].row()]
        return None
