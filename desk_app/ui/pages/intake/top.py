"""The intake page's top bar: CCCD scan, date and time, kind of reception, presiding person, mode."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from desk_app.domain.enums import ReceptionKind, ReceptionMode
from desk_app.domain.identity import QrIdentity, parse_cccd_qr
from desk_app.i18n import labels, vi_ui
from desk_app.services.office.service import StaffInfo
from desk_app.ui.widgets.fields import EnumRadios, ErrorLabel, IdCombo, hint_style
from desk_app.ui.widgets.flow import FlowLayout
from desk_app.ui.widgets.form_state import Binder


def _group(*parts: QWidget | tuple[QWidget, int]) -> QWidget:
    """Widgets kept on one line together; the flow wraps between groups, never inside one."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for part in parts:
        widget, stretch = part if isinstance(part, tuple) else (part, 0)
        row.addWidget(widget, stretch)
    return box


class TopBar(QWidget):
    """Emits `scanned` with the card's data; shows its own scan result next to the scan box."""

    scanned = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = Binder()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)

        self.scan = QLineEdit()
        self.scan.setObjectName("scanBox")
        self.scan.setPlaceholderText(vi_ui.SCAN_PLACEHOLDER)
        self.scan.setToolTip(vi_ui.SCAN_TOOLTIP)
        self.scan.setMinimumWidth(240)
        self.scan.setStyleSheet(
            "QLineEdit#scanBox { border: 2px solid #1a3f7a; border-radius: 3px; padding: 2px; }"
        )
        self.scan.returnPressed.connect(self._read_scan)
        scan_label = QLabel(f"<b>{vi_ui.SCAN_LABEL}</b> ▸")
        scan_label.setBuddy(self.scan)

        self.date = self.binder.add("date", QDateEdit())
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.time = self.binder.add("time", QTimeEdit())
        self.time.setDisplayFormat("HH:mm")
        self.kind: EnumRadios[ReceptionKind] = self.binder.add("kind", EnumRadios(labels.RECEPTION_KIND))
        self.presider = self.binder.add("presided_by", IdCombo())
        self.presider.setMinimumContentsLength(16)
        self.presider_label = QLabel(vi_ui.PRESIDER_LABEL)
        self.mode: EnumRadios[ReceptionMode] = self.binder.add("mode", EnumRadios(labels.RECEPTION_MODE))

        # Groups that wrap onto a second line when the window is narrow (1366×768 at 125 % scaling).
        line = QWidget()
        flow = FlowLayout(line, spacing=18)
        flow.addWidget(_group(scan_label, (self.scan, 3)))
        flow.addWidget(
            _group(QLabel(vi_ui.DATE_LABEL), (self.date, 0), QLabel(vi_ui.TIME_LABEL), (self.time, 0))
        )
        flow.addWidget(_group(QLabel(vi_ui.KIND_LABEL), (self.kind, 0)))
        grid.addWidget(line, 0, 0)

        self.scan_message = QLabel()
        self.scan_message.setWordWrap(True)
        second = QHBoxLayout()
        second.setSpacing(6)
        second.addWidget(self.scan_message, 3)
        second.addSpacing(12)
        second.addWidget(self.presider_label)
        second.addWidget(self.presider, 2)
        second.addSpacing(12)
        second.addWidget(QLabel(vi_ui.MODE_LABEL))
        second.addWidget(self.mode)
        grid.addLayout(second, 1, 0)

        self.error = ErrorLabel()
        grid.addWidget(self.error, 2, 0)
        self.kind.changed.connect(self._show_presider)
        self._show_presider()

    # Values ----------------------------------------------------------------------------------------------
    def set_staff(self, staff: list[StaffInfo]) -> None:
        """Presiding people: leaders first (the head is the default), then other staff."""
        ordered = sorted(staff, key=lambda s: (not s.is_head, not s.is_leader, s.full_name))
        self.presider.set_items(
            (s.id, f"{s.full_name} — {s.position}" if s.position else s.full_name) for s in ordered
        )

    def reset(self, now: dt.datetime, head_id: int | None) -> None:
        self.date.setMaximumDate(QDate(now.year, now.month, now.day))
        self.date.setDate(QDate(now.year, now.month, now.day))
        self.time.setTime(QTime(now.hour, now.minute))
        self.kind.set_value(ReceptionKind.THUONG_XUYEN)
        self.mode.set_value(ReceptionMode.TRUC_TIEP)
        self.presider.set_value(head_id)
        self.scan.clear()
        self.scan_message.clear()
        self.error.clear_messages()

    def fill(
        self,
        date: dt.date,
        time: dt.time | None,
        kind: ReceptionKind,
        mode: ReceptionMode,
        presider: int | None,
    ) -> None:
        self.date.setDate(QDate(date.year, date.month, date.day))
        if time is not None:
            self.time.setTime(QTime(time.hour, time.minute))
        self.kind.set_value(kind)
        self.mode.set_value(mode)
        if presider is not None:
            self.presider.set_value(presider)

    def visit_date(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def visit_time(self) -> dt.time:
        t = self.time.time()
        return dt.time(t.hour(), t.minute())

    def presided_by(self) -> int | None:
        return self.presider.value() if self.kind.value() is not ReceptionKind.THUONG_XUYEN else None

    # Behaviour -------------------------------------------------------------------------------------------
    def _show_presider(self) -> None:
        # Only sessions led by a leader (định kỳ, đột xuất) have a presiding person (DOMAIN §3).
        needed = self.kind.value() is not ReceptionKind.THUONG_XUYEN
        self.presider.setVisible(needed)
        self.presider_label.setVisible(needed)

    def _read_scan(self) -> None:
        qr = parse_cccd_qr(self.scan.text())
        if qr is None:
            self.show_scan_message(vi_ui.SCAN_FAILED, ok=False)
            self.scan.selectAll()  # the next scan replaces the bad one
            return
        self.scan.clear()
        self.show_scan_message(vi_ui.SCAN_OK.format(name=qr.full_name), ok=True)
        self.scanned.emit(qr)

    def show_scan_message(self, text: str, *, ok: bool) -> None:
        hint_style(self.scan_message, "ok" if ok else "error")
        self.scan_message.setText(("✓ " if ok else "✗ ") + text)


def qr_of(value: object) -> QrIdentity:
    """The payload of `scanned` (Signal(object) loses the type)."""
    assert isinstance(value, QrIdentity)
    return value
