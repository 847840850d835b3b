"""Plain data the reception-calendar services hand to the screens and the printers."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desk_app.domain.enums import ReceptionKind, ReceptionMode, ReceptionSessionStatus
from desk_app.domain.presider_rules import PresiderRule
from desk_app.domain.schedule import HolidayShift
from desk_app.errors import DeskError


class PeriodKind(StrEnum):
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    YEAR = "YEAR"


@dataclass(frozen=True, slots=True)
class Period:
    """A month (number 1–12), a quarter (1–4) or a year (number ignored)."""

    kind: PeriodKind
    year: int
    number: int = 1

    @property
    def first(self) -> dt.date:
        if self.kind is PeriodKind.MONTH:
            return dt.date(self.year, self.number, 1)
        if self.kind is PeriodKind.QUARTER:
            return dt.date(self.year, 3 * self.number - 2, 1)
        return dt.date(self.year, 1, 1)

    @property
    def last(self) -> dt.date:
        if self.kind is PeriodKind.MONTH:
            return dt.date(self.year, self.number, _cal.monthrange(self.year, self.number)[1])
        if self.kind is PeriodKind.QUARTER:
            month = 3 * self.number
            return dt.date(self.year, month, _cal.monthrange(self.year, month)[1])
        return dt.date(self.year, 12, 31)

    @property
    def key(self) -> int:
        """A stable integer for the period (e.g. 202612 for December 2026, 20264 for Q4), to find its notice."""
        if self.kind is PeriodKind.MONTH:
            return self.year * 100 + self.number
        if self.kind is PeriodKind.QUARTER:
            return self.year * 10 + self.number
        return self.year


@dataclass(frozen=True, slots=True)
class LeaderRuleInfo:
    """A leader's recurring rule as shown and edited; `pattern` is the phrase ("thứ Năm tuần 2 và 4, buổi chiều")."""

    id: int | None
    leader_id: int | None
    pattern: str
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place_id: int | None = None
    holiday_shift: HolidayShift = HolidayShift.NEXT_WORKING_DAY
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    participants: str = ""
    expected_content: str = ""
    leader_name: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class SessionEdit:
    """The editable fields of a session (a new ad-hoc one, or a change to a planned one)."""

    date: dt.date | None
    presided_by_id: int | None
    kind: ReceptionKind = ReceptionKind.DINH_KY
    mode: ReceptionMode = ReceptionMode.TRUC_TIEP
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place_id: int | None = None
    participants: str = ""
    expected_content: str = ""
    delegation_doc: str | None = None


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    kind: ReceptionKind
    mode: ReceptionMode
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    presided_by_id: int | None
    presided_by_name: str
    presided_by_position: str
    presider_is_head: bool
    place_id: int | None
    place_name: str
    participants: str
    expected_content: str
    status: ReceptionSessionStatus
    status_reason: str | None
    published_at: dt.date | None
    publish_by: dt.date | None
    """The last day to publish it: 5 working days before (TCD_PUBLISH_SCHEDULE); None for past ad-hoc ones."""
    postponed_from: dt.date | None
    nominal_date: dt.date | None
    shift_note: str | None
    rule_id: int | None
    registrant_count: int
    visit_count: int
    no_citizen_came: bool
    conclusion_number: str | None = None
    presider_breaks: PresiderRule | None = None
    """The rule in force on the session's date that its presider breaks (a periodic one not presided by the head
    when nobody may preside in his stead); None when the session keeps the rule of its own date."""


@dataclass(frozen=True, slots=True)
class RegistrantInfo:
    id: int | None
    session_id: int
    full_name: str
    matter: str = ""
    phone: str | None = None
    address: str | None = None
    citizen_id: int | None = None
    notified_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class MovedSession:
    session: SessionInfo
    reason: str
    """One Vietnamese line: "Ngày 02/09/2026 (Quốc khánh) không phải ngày làm việc: chuyển sang 03/09/2026"."""


@dataclass(frozen=True, slots=True)
class GenerationReport:
    created: tuple[SessionInfo, ...] = ()
    moved: tuple[MovedSession, ...] = ()
    needs_manual: tuple[str, ...] = ()
    """Lines for dates the MANUAL holiday policy left to the user."""
    missing: tuple[str, ...] = ()
    """Lines for days 29–31 that the month does not have."""
    already_planned: int = 0
    below_minimum: tuple[str, ...] = ()
    skipped_past: tuple[dt.date, ...] = ()
    """Days of the period before today on which a rule would have put a session: none is created there."""


class WarningKind(StrEnum):
    NOT_PUBLISHED = "NOT_PUBLISHED"
    BELOW_MINIMUM = "BELOW_MINIMUM"
    THIS_WEEK = "THIS_WEEK"
    PRESIDER_NOT_HEAD = "PRESIDER_NOT_HEAD"
    CALENDAR_UNCONFIRMED = "CALENDAR_UNCONFIRMED"


@dataclass(frozen=True, slots=True)
class ScheduleWarning:
    kind: WarningKind
    text: str
    session_id: int | None = None
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class NoticeRow:
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    presided_by: str
    place: str
    participants: str
    expected_content: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class NoticeSource:
    """Everything the Thông báo lịch tiếp công dân prints; `number_text` like "05/TB-UBND"."""

    period: Period
    period_label: str
    number_text: str
    issued_on: dt.date
    parent_name: str | None
    office_name: str
    place_name: str
    head_title: str
    head_name: str
    signer_authority: str
    rows: tuple[NoticeRow, ...] = field(default_factory=tuple)
    texts: Mapping[str, str] = field(default_factory=dict)
    """The office's own wording of the notice's parts (Mẫu văn bản), by part key; absent means the default."""


@dataclass(frozen=True, slots=True)
class DaySheetSource:
    session: SessionInfo
    parent_name: str | None
    office_name: str
    place_name: str
    registrants: tuple[RegistrantInfo, ...]
    officer_name: str | None


class RegistrantsToNotify(DeskError):
    """Postponing or cancelling a session that has registrants: the caller must show them and confirm."""

    def __init__(self, session_id: int, registrants: tuple[RegistrantInfo, ...]) -> None:
        super().__init__(f"schedule.registrants:{session_id}")
        self.session_id = session_id
        self.registrants = registrants
