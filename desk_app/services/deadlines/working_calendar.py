"""The working calendar as the office keeps it: the package's days with the office's own entries laid over them."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, nfc_opt
from desk_app.domain.working_calendar import WEEKEND, CalendarDay, DayKind, DaySource, WorkingCalendar
from desk_app.errors import FieldError, NotFoundError, ValidationError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines import holiday_source
from desk_app.services.permissions import require
from desk_app.storage.records.working_calendar import CalendarDayRecord, CalendarYearRecord

ENTITY_DAY = "calendar_day"
ENTITY_YEAR = "calendar_year"
CONFIRM_FROM = (10, 1)
"""From 01/10 the next year's calendar should be confirmed (the government announces it in the last quarter)."""
_NAME_MAX = 200
_REF_MAX = 500


class EntryKind(StrEnum):
    """The kinds an admin can enter: DayKind plus a local day off (counted like a holiday)."""

    NGHI_LE = "NGHI_LE"
    NGHI_BU = "NGHI_BU"
    NGHI_HOAN_DOI = "NGHI_HOAN_DOI"
    LAM_BU = "LAM_BU"
    NGHI_DIA_PHUONG = "NGHI_DIA_PHUONG"

    @property
    def day_kind(self) -> DayKind:
        return DayKind.NGHI_LE if self is EntryKind.NGHI_DIA_PHUONG else DayKind(self.value)


_WEEKDAY_ONLY = frozenset({EntryKind.NGHI_BU, EntryKind.NGHI_HOAN_DOI, EntryKind.NGHI_DIA_PHUONG})


@dataclass(frozen=True, slots=True)
class CalendarDayInfo:
    """One day of the year's list, or a new entry; `overridden` marks a package day an office entry replaces."""

    date: dt.date | None
    kind: EntryKind | None
    name_vi: str
    legal_ref: str | None = None
    replaces: dt.date | None = None
    source: DaySource = DaySource.MANUAL
    id: int | None = None
    estimated: bool = False
    overridden: bool = False

    @property
    def is_manual(self) -> bool:
        return self.source is DaySource.MANUAL


@dataclass(frozen=True, slots=True)
class YearConfirmation:
    year: int
    confirmed_at: dt.datetime
    confirmed_by: str
    note: str | None


class WorkingCalendarService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._calendar: WorkingCalendar | None = None
        self._lock = threading.Lock()

    # Reading ------------------------------------------------------------------------------------------------
    def load(self, years: Iterable[int] | None = None) -> WorkingCalendar:
        """The package's days with the office's live entries on top, for any year from 2000 on.

        One calendar per service, shared by every caller and thread: a year is computed the first time a count
        reaches it. `years` (by default last year to two years ahead) are loaded now, so listing `days` shows
        them. An office's new or voided entry starts a new calendar.
        """
        if years is None:
            this = self._ctx.today().year
            years = range(this - 1, this + 3)
        calendar = self._calendar
        if calendar is None:
            with self._lock:
                calendar = self._calendar
                if calendar is None:
                    overrides = [_as_calendar_day(r) for r in self._all_live()]
                    calendar = holiday_source.working_calendar((), overrides)
                    self._calendar = calendar
        calendar.load_years(years)
        return calendar

    def list_days(self, year: int) -> list[CalendarDayInfo]:
        """The year's days off and make-up days from both sources, the office's entry after the day it overrides."""
        manual = [_manual_info(r) for r in self._live(frozenset({year}))]
        taken = {m.date for m in manual}
        auto = [_auto_info(d, overridden=d.date in taken) for d in holiday_source.year_days(year)]
        return sorted([*auto, *manual], key=lambda i: (i.date or dt.date.min, i.is_manual))

    def confirmation(self, year: int) -> YearConfirmation | None:
        with self._ctx.db.read() as s:
            rec = s.get(CalendarYearRecord, year)
            if rec is None:
                return None
            at = rec.confirmed_at if rec.confirmed_at.tzinfo else rec.confirmed_at.replace(tzinfo=dt.UTC)
            return YearConfirmation(rec.year, at, rec.confirmed_by, rec.note)

    def needs_confirmation(self, today: dt.date | None = None) -> int | None:
        """The next year, when `today` is from 01/10 on and that year's calendar is not confirmed yet."""
        day = today or self._ctx.today()
        if (day.month, day.day) < CONFIRM_FROM:
            return None
        upcoming = day.year + 1
        return None if self.confirmation(upcoming) is not None else upcoming

    # Changing -----------------------------------------------------------------------------------------------
    def add_day(self, info: CalendarDayInfo) -> CalendarDayInfo:
        """Save an office entry after checking it; a live entry on the same date must be voided first."""
        require(self._ctx, Action.MANAGE_SETTINGS)
        clean = _clean(info)
        assert clean.date is not None and clean.kind is not None
        with self._ctx.db.write() as s, s.begin():
            taken = s.scalar(
                select(CalendarDayRecord.id).where(
                    CalendarDayRecord.date == clean.date, CalendarDayRecord.is_voided.is_(False)
                )
            )
            if taken is not None:
                raise ValidationError([FieldError("calendar_day.date", "duplicate")])
            values = {
                "date": clean.date,
                "kind": clean.kind.value,
                "name_vi": clean.name_vi,
                "legal_ref": clean.legal_ref,
                "replaces": clean.replaces,
                "source": DaySource.MANUAL.value,
            }
            rec = CalendarDayRecord(**values, created_by=self._ctx.actor.name)
            s.add(rec)
            s.flush()
            audit.record(s, self._ctx, "create", ENTITY_DAY, rec.id, audit.diff({}, values))
            saved = _manual_info(rec)
        self._calendar = None
        return saved

    def void_day(self, day_id: int, reason: str) -> None:
        """Void an office entry with a reason; the package's days are not the office's to void."""
        require(self._ctx, Action.MANAGE_SETTINGS)
        why = nfc(reason)
        if not why:
            raise ValidationError([FieldError("calendar_day.void_reason", "required")])
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(CalendarDayRecord, day_id)
            if rec is None or rec.is_voided:
                raise NotFoundError("calendar_day.not_found")
            rec.is_voided = True
            rec.void_reason = why
            rec.updated_at = dt.datetime.now(dt.UTC)
            rec.updated_by = self._ctx.actor.name
            audit.record(s, self._ctx, "void", ENTITY_DAY, rec.id, {"is_voided": (False, True)}, why)
        self._calendar = None

    def confirm_year(self, year: int, note: str | None = None) -> YearConfirmation:
        """Record that an admin checked `year`'s days off against the government's announcement."""
        require(self._ctx, Action.MANAGE_SETTINGS)
        now = dt.datetime.now(dt.UTC)
        who = self._ctx.actor.name
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(CalendarYearRecord, year)
            before = {} if rec is None else {"confirmed_by": rec.confirmed_by, "note": rec.note}
            if rec is None:
                rec = CalendarYearRecord(year=year, confirmed_at=now, confirmed_by=who, note=nfc_opt(note))
                s.add(rec)
            else:
                rec.confirmed_at, rec.confirmed_by, rec.note = now, who, nfc_opt(note)
            after = {"confirmed_by": who, "note": nfc_opt(note), "confirmed_at": now.isoformat()}
            audit.record(s, self._ctx, "confirm", ENTITY_YEAR, year, audit.diff(before, after))
        return YearConfirmation(year, now, who, nfc_opt(note))

    # internals ----------------------------------------------------------------------------------------------
    def _all_live(self) -> list[CalendarDayRecord]:
        with self._ctx.db.read() as s:
            return list(
                s.scalars(
                    select(CalendarDayRecord)
                    .where(CalendarDayRecord.is_voided.is_(False))
                    .order_by(CalendarDayRecord.date)
                ).all()
            )

    def _live(self, years: frozenset[int]) -> list[CalendarDayRecord]:
        if not years:
            return []
        first, last = dt.date(min(years), 1, 1), dt.date(max(years), 12, 31)
        with self._ctx.db.read() as s:
            rows = _live_between(s, first, last)
        return [r for r in rows if r.date.year in years]


def _live_between(s: DbSession, first: dt.date, last: dt.date) -> list[CalendarDayRecord]:
    query = (
        select(CalendarDayRecord)
        .where(
            CalendarDayRecord.is_voided.is_(False),
            CalendarDayRecord.date >= first,
            CalendarDayRecord.date <= last,
        )
        .order_by(CalendarDayRecord.date)
    )
    return list(s.scalars(query).all())


def _clean(info: CalendarDayInfo) -> CalendarDayInfo:
    """NFC the text and check the entry; every problem at once, each on its field."""
    name, ref = nfc(info.name_vi), nfc_opt(info.legal_ref)
    errors: list[FieldError] = []
    if info.date is None:
        errors.append(FieldError("calendar_day.date", "required"))
    if info.kind is None:
        errors.append(FieldError("calendar_day.kind", "required"))
    if not name:
        errors.append(FieldError("calendar_day.name_vi", "required"))
    elif len(name) > _NAME_MAX:
        errors.append(FieldError("calendar_day.name_vi", "too_long"))
    if ref is None:
        errors.append(FieldError("calendar_day.legal_ref", "required"))
    elif len(ref) > _REF_MAX:
        errors.append(FieldError("calendar_day.legal_ref", "too_long"))
    if info.date is not None and info.kind is not None:
        weekend = info.date.weekday() in WEEKEND
        if info.kind is EntryKind.LAM_BU and not weekend:
            errors.append(FieldError("calendar_day.date", "make_up_not_weekend"))
        if info.kind in _WEEKDAY_ONLY and weekend:
            errors.append(FieldError("calendar_day.date", "day_off_on_weekend"))
        if info.kind is EntryKind.LAM_BU and info.replaces is None:
            errors.append(FieldError("calendar_day.replaces", "required"))
        if info.replaces is not None and info.replaces == info.date:
            errors.append(FieldError("calendar_day.replaces", "same_day"))
    if errors:
        raise ValidationError(errors)
    return CalendarDayInfo(
        date=info.date, kind=info.kind, name_vi=name, legal_ref=ref, replaces=info.replaces
    )


def _as_calendar_day(rec: CalendarDayRecord) -> CalendarDay:
    kind = EntryKind(rec.kind)
    return CalendarDay(
        rec.date,
        kind.day_kind,
        rec.name_vi,
        rec.legal_ref,
        replaces=rec.replaces,
        source=DaySource.MANUAL,
    )


def _manual_info(rec: CalendarDayRecord) -> CalendarDayInfo:
    return CalendarDayInfo(
        date=rec.date,
        kind=EntryKind(rec.kind),
        name_vi=rec.name_vi,
        legal_ref=rec.legal_ref,
        replaces=rec.replaces,
        source=DaySource.MANUAL,
        id=rec.id,
    )


def _auto_info(day: CalendarDay, *, overridden: bool) -> CalendarDayInfo:
    return CalendarDayInfo(
        date=day.date,
        kind=EntryKind(day.kind.value),
        name_vi=day.name_vi,
        legal_ref=day.legal_ref,
        replaces=day.replaces,
        source=day.source,
        estimated=day.estimated,
        overridden=overridden,
    )
