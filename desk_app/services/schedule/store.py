"""Reading the reception calendar's records into the plain types the screens get, inside a caller's session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.deadlines import count_days
from desk_app.domain.enums import ReceptionKind, ReceptionMode, ReceptionSessionStatus
from desk_app.domain.presider_rules import presider_breaks
from desk_app.domain.schedule import HolidayShift, RecurrenceRule
from desk_app.domain.schedule_rules import parse_rule_text
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.errors import ConflictError, DeskError, NotFoundError
from desk_app.i18n import vi
from desk_app.i18n.vi_schedule import describe
from desk_app.services.deadlines import clock as deadline_clock
from desk_app.services.outgoing import as_issued
from desk_app.services.schedule.types import LeaderRuleInfo, RegistrantInfo, SessionInfo
from desk_app.storage.records import (
    LeaderRuleRecord,
    OfficeRecord,
    OutgoingDocumentRecord,
    PlaceRecord,
    ReceptionSessionRecord,
    RegistrantRecord,
    StaffRecord,
    VisitRecord,
)

PUBLISH_RULE = "TCD_PUBLISH_SCHEDULE"
ENTITY_SESSION = "reception_session"
ENTITY_RULE = "leader_schedule_rule"
ENTITY_REGISTRANT = "session_registrant"
NOTICE_RELATED = "schedule_notice"
LEADER_KINDS = (ReceptionKind.DINH_KY, ReceptionKind.DOT_XUAT)
OPEN_STATUSES = frozenset({ReceptionSessionStatus.DU_KIEN, ReceptionSessionStatus.HOAN})
"""Planned but not (re-)published: what a notice publishes and what the 5-working-day warning watches."""

_T = TypeVar("_T", StaffRecord, PlaceRecord, OutgoingDocumentRecord)
PublishBy = Callable[[ReceptionSessionRecord], dt.date | None]


def office(s: DbSession) -> OfficeRecord:
    rec = s.scalar(select(OfficeRecord).where(OfficeRecord.is_voided.is_(False)).order_by(OfficeRecord.id))
    if rec is None:
        raise ConflictError("office.not_set_up")
    return rec


def head(s: DbSession) -> StaffRecord | None:
    """The office head: the active, live staff member marked as head (one at a time, OfficeService keeps it so)."""
    return s.scalar(
        select(StaffRecord)
        .where(StaffRecord.is_head.is_(True), StaffRecord.active.is_(True), StaffRecord.is_voided.is_(False))
        .order_by(StaffRecord.id)
        .limit(1)
    )


def default_place(s: DbSession) -> PlaceRecord | None:
    return s.scalar(
        select(PlaceRecord)
        .where(PlaceRecord.is_voided.is_(False), PlaceRecord.active.is_(True))
        .order_by(PlaceRecord.is_default.desc(), PlaceRecord.id)
        .limit(1)
    )


def load_session(s: DbSession, session_id: int, *, voided_too: bool = False) -> ReceptionSessionRecord:
    """A session by id; a voided one only with `voided_too` (status changes refuse it with a field error)."""
    rec = s.get(ReceptionSessionRecord, session_id)
    if rec is None or (rec.is_voided and not voided_too):
        raise NotFoundError("session.not_found")
    return rec


def live_sessions(s: DbSession, first: dt.date, last: dt.date) -> list[ReceptionSessionRecord]:
    return list(
        s.scalars(
            select(ReceptionSessionRecord)
            .where(
                ReceptionSessionRecord.is_voided.is_(False),
                ReceptionSessionRecord.date >= first,
                ReceptionSessionRecord.date <= last,
            )
            .order_by(
                ReceptionSessionRecord.date, ReceptionSessionRecord.start_time, ReceptionSessionRecord.id
            )
        ).all()
    )


def recurrence(rec: LeaderRuleRecord) -> RecurrenceRule:
    """The rule's phrase read with the record's own times, policy and validity (only those it sets)."""
    options: dict[str, object] = {"holiday_shift": HolidayShift(rec.holiday_shift)}
    for name in ("start_time", "end_time", "valid_from", "valid_to"):
        value = getattr(rec, name)
        if value is not None:
            options[name] = value
    return parse_rule_text(rec.pattern, **options)  # type: ignore[arg-type]


def rule_info(rec: LeaderRuleRecord, leader: StaffRecord | None) -> LeaderRuleInfo:
    try:
        description = describe(recurrence(rec))
    except DeskError:
        description = ""
    return LeaderRuleInfo(
        id=rec.id,
        leader_id=rec.leader_id,
        pattern=rec.pattern,
        start_time=rec.start_time,
        end_time=rec.end_time,
        place_id=rec.place_id,
        holiday_shift=HolidayShift(rec.holiday_shift),
        valid_from=rec.valid_from,
        valid_to=rec.valid_to,
        participants=rec.participants or "",
        expected_content=rec.expected_content or "",
        leader_name=leader.full_name if leader else "",
        description=description,
    )


def publish_by_counter(s: DbSession, calendar: WorkingCalendar) -> PublishBy:
    """The last day to publish each session (TCD_PUBLISH_SCHEDULE, counted back from its date); None for ad-hoc."""
    cache: dict[dt.date, dt.date] = {}

    def publish_by(rec: ReceptionSessionRecord) -> dt.date | None:
        if rec.kind != ReceptionKind.DINH_KY.value:
            return None
        if rec.date not in cache:
            _, rule = deadline_clock.rule_in_force(s, PUBLISH_RULE, rec.date)
            cache[rec.date] = count_days(rule, rec.date, rule.length, calendar).due
        return cache[rec.date]

    return publish_by


def publish_length(s: DbSession, on: dt.date) -> int:
    return deadline_clock.rule_in_force(s, PUBLISH_RULE, on)[1].length


def session_infos(
    s: DbSession, recs: Sequence[ReceptionSessionRecord], publish_by: PublishBy
) -> list[SessionInfo]:
    """Many sessions at once: their people, places and counts in a handful of queries."""
    if not recs:
        return []
    ids = [r.id for r in recs]
    staff = _by_id(s, StaffRecord, {r.presided_by_id for r in recs})
    places = _by_id(s, PlaceRecord, {r.place_id for r in recs})
    docs = _by_id(s, OutgoingDocumentRecord, {r.conclusion_doc_id for r in recs})
    registrants = _counts(s, RegistrantRecord.session_id, RegistrantRecord.is_voided, ids)
    visits = _counts(s, VisitRecord.session_id, VisitRecord.is_voided, ids)
    out: list[SessionInfo] = []
    for rec in recs:
        person = staff.get(rec.presided_by_id) if rec.presided_by_id is not None else None
        place = places.get(rec.place_id) if rec.place_id is not None else None
        doc = docs.get(rec.conclusion_doc_id) if rec.conclusion_doc_id is not None else None
        is_head = bool(person and person.is_head)
        out.append(
            SessionInfo(
                id=rec.id,
                kind=ReceptionKind(rec.kind),
                mode=ReceptionMode(rec.mode),
                date=rec.date,
                start_time=rec.start_time,
                end_time=rec.end_time,
                presided_by_id=rec.presided_by_id,
                presided_by_name=person.full_name if person else "",
                presided_by_position=(person.position or "") if person else "",
                presider_is_head=is_head,
                place_id=rec.place_id,
                place_name=place.name if place else "",
                participants=rec.participants or "",
                expected_content=rec.expected_content or "",
                status=ReceptionSessionStatus(rec.status),
                status_reason=rec.status_reason,
                published_at=rec.published_at,
                publish_by=publish_by(rec),
                postponed_from=rec.postponed_from,
                nominal_date=rec.nominal_date,
                shift_note=rec.shift_note,
                rule_id=rec.rule_id,
                registrant_count=registrants.get(rec.id, 0),
                visit_count=visits.get(rec.id, 0),
                no_citizen_came=rec.no_citizen_came,
                conclusion_number=as_issued(doc).text if doc else None,
                presider_breaks=presider_breaks(ReceptionKind(rec.kind), rec.date, is_head),
            )
        )
    return out


def live_registrants(s: DbSession, session_id: int) -> list[RegistrantRecord]:
    return list(
        s.scalars(
            select(RegistrantRecord)
            .where(RegistrantRecord.session_id == session_id, RegistrantRecord.is_voided.is_(False))
            .order_by(RegistrantRecord.id)
        ).all()
    )


def registrant_info(rec: RegistrantRecord, shown: bool = True) -> RegistrantInfo:
    """A registered citizen; `shown=False` (a user who reads no case content, DOMAIN §13.3) keeps only that they are
    there and whether they were told, so the calendar's keeper knows how many to notify but not who."""
    if not shown:
        return RegistrantInfo(rec.id, rec.session_id, vi.MASKED, notified_at=rec.notified_at)
    return RegistrantInfo(
        id=rec.id,
        session_id=rec.session_id,
        full_name=rec.full_name,
        matter=rec.matter or "",
        phone=rec.phone,
        address=rec.address,
        citizen_id=rec.citizen_id,
        notified_at=rec.notified_at,
    )


def visit_count(s: DbSession, session_id: int) -> int:
    return _counts(s, VisitRecord.session_id, VisitRecord.is_voided, [session_id]).get(session_id, 0)


def years_around(dates: Iterable[dt.date]) -> range:
    """(At least one date.) The calendar years a count around these dates may touch (a backward count crosses into last year)."""
    years = {d.year for d in dates}
    return range(min(years) - 1, max(years) + 2)


# internals ----------------------------------------------------------------------------------------------------
def _by_id(s: DbSession, model: type[_T], ids: set[int | None]) -> dict[int, _T]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return {r.id: r for r in s.scalars(select(model).where(model.id.in_(wanted))).all()}


def _counts(s: DbSession, column: object, voided: object, ids: list[int]) -> dict[int, int]:
    rows = s.execute(
        select(column, func.count())  # type: ignore[call-overload]
        .where(column.in_(ids), voided.is_(False))  # type: ignore[attr-defined]
        .group_by(column)
    ).all()
    return {int(sid): int(n) for sid, n in rows}
