"""The look of the Lịch tiếp month grid: status colours, day shading, session chips, month arithmetic."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QColor

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date, fmt_time
from desk_app.services.schedule.types import SessionInfo


@dataclass(frozen=True, slots=True)
class ChipStyle:
    background: str
    text: str
    border: str
    struck: bool = False


# Status colours the officer learns once: grey planned, blue published, green held, amber postponed,
# red struck cancelled, purple-grey when nobody came.
CHIP_STYLES: Mapping[ReceptionSessionStatus, ChipStyle] = {
    ReceptionSessionStatus.DU_KIEN: ChipStyle("#e4e4e4", "#333333", "#b5b5b5"),
    ReceptionSessionStatus.DA_CONG_BO: ChipStyle("#d4e3fb", "#123a75", "#6f9be0"),
    ReceptionSessionStatus.DA_TIEP: ChipStyle("#d7f0dc", "#1e5631", "#74b884"),
    ReceptionSessionStatus.HOAN: ChipStyle("#ffe8bf", "#7a4a00", "#e6a93a"),
    ReceptionSessionStatus.HUY: ChipStyle("#fbe0de", "#b3261e", "#e8928b", struck=True),
    ReceptionSessionStatus.KHONG_CO_CONG_DAN: ChipStyle("#e6e0ef", "#52456b", "#a898c2"),
}
DAY_OFF_BACKGROUND = QColor("#fbe6e4")
DAY_OFF_TEXT = QColor("#9b1c14")
WEEKEND_BACKGROUND = QColor("#f2f2f2")
WEEKEND_TEXT = QColor("#8a8a8a")
MAKE_UP_TEXT = QColor("#1e6b35")
OUTSIDE_BACKGROUND = QColor("#fafafa")
OUTSIDE_TEXT = QColor("#b0b0b0")
GRID_LINE = QColor("#d0d5dd")
SELECTED_BORDER = QColor("#1a3f7a")
SELECTED_BACKGROUND = QColor("#e7effc")
TODAY_COLOR = QColor("#d9480f")
HEADER_BACKGROUND = QColor("#1f3a5f")


@dataclass(frozen=True, slots=True)
class Chip:
    """One session as the grid shows it."""

    session_id: int
    text: str
    status: ReceptionSessionStatus
    moved: bool
    tooltip: str


def short_name(full_name: str) -> str:
    """The given name a Vietnamese office calls a leader by: "Trần Văn Bình" → "Bình"."""
    words = full_name.split()
    return words[-1] if words else ""


def chip_for(session: SessionInfo) -> Chip:
    moved = session.postponed_from is not None or bool(session.shift_note)
    start = fmt_time(session.start_time)
    text = f"{start} {short_name(session.presided_by_name)}".strip()
    if moved:
        text = f"{vsched.MOVED_MARK}{text}"
    tip_lines = [
        f"{fmt_time(session.start_time)}–{fmt_time(session.end_time)} · {session.presided_by_name}",
        vsched.STATUS_SHORT[session.status],
    ]
    if session.postponed_from is not None:
        tip_lines.append(f"{vsched.D_POSTPONED}: {fmt_date(session.postponed_from)}")
    if session.shift_note:
        tip_lines.append(session.shift_note)
    return Chip(session.id, text, session.status, moved, "\n".join(tip_lines))


def month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), clamped to the length of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
