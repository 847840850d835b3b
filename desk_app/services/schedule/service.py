"""The head's reception calendar: leaders' rules, planned sessions, their life (DOMAIN §2.2–2.3, §7.6), registrants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, nfc_opt
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.errors import DeskError, FieldError, ValidationError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.permissions import may, require
from desk_app.services.schedule import checks, store
from desk_app.services.schedule.generate import plan
from desk_app.services.schedule.notice_source import day_sheet, notice
from desk_app.services.schedule.types import (
    DaySheetSource,
    GenerationReport,
    LeaderRuleInfo,
    NoticeSource,
    Period,
    RegistrantInfo,
    RegistrantsToNotify,
    ScheduleWarning,
    SessionEdit,
    SessionInfo,
)
from desk_app.services.schedule.warnings import collect
from desk_app.storage.records import LeaderRuleRecord, ReceptionSessionRecord, RegistrantRecord, StaffRecord

_RULE_FIELDS = (
    "leader_id", "pattern", "start_time", "end_time", "place_id", "holiday_shift", "valid_from", "valid_to",
    "participants", "expected_content",
)  # fmt: skip


class ScheduleService:
    def __init__(self, ctx: ServiceContext, calendar: WorkingCalendarService) -> None:
        self._ctx = ctx
        self._calendar = calendar

    # Leaders' recurring rules ------------------------------------------------------------------------------
    def rules(self) -> list[LeaderRuleInfo]:
        with self._ctx.db.read() as s:
            recs = s.scalars(
                select(LeaderRuleRecord)
                .where(LeaderRuleRecord.is_voided.is_(False))
                .order_by(LeaderRuleRecord.valid_from, LeaderRuleRecord.id)
            ).all()
            return [store.rule_info(r, s.get(StaffRecord, r.leader_id)) for r in recs]

    def save_rule(self, info: LeaderRuleInfo) -> LeaderRuleInfo:
        """Create a rule (id None) or change one; the phrase must read as exactly one rule with hours."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        values = self._clean_rule(info)
        with self._ctx.db.write() as s, s.begin():
            if info.leader_id is None or checks.live_staff(s, info.leader_id) is None:
                code = "required" if info.leader_id is None else "not_found"
                raise ValidationError([FieldError("leader_id", code)])
            if info.id is None:
                rec = LeaderRuleRecord(**values, created_by=self._ctx.actor.name)
                s.add(rec)
                s.flush()
                audit.record(s, self._ctx, "create", store.ENTITY_RULE, rec.id, audit.diff({}, values))
            else:
                rec = checks.load_rule(s, info.id)
                before = {k: getattr(rec, k) for k in values}
                for key, value in values.items():
                    setattr(rec, key, value)
                rec.updated_at, rec.updated_by = dt.datetime.now(dt.UTC), self._ctx.actor.name
                audit.record(s, self._ctx, "update", store.ENTITY_RULE, rec.id, audit.diff(before, values))
            return store.rule_info(rec, s.get(StaffRecord, rec.leader_id))

    def void_rule(self, rule_id: int, reason: str) -> None:
        """Stop a rule; the sessions it already planned stay (cancel them one by one if needed)."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        why = checks.reason(reason, "void_reason")
        with self._ctx.db.write() as s, s.begin():
            rec = checks.load_rule(s, rule_id)
            rec.is_voided, rec.void_reason = True, why
            rec.updated_at, rec.updated_by = dt.datetime.now(dt.UTC), self._ctx.actor.name
            audit.record(s, self._ctx, "void", store.ENTITY_RULE, rec.id, {"is_voided": (False, True)}, why)

    # Generating and listing sessions -----------------------------------------------------------------------
    def generate(
        self, period: Period, rule_ids: Sequence[int] | None = None, *, include_past: bool = False
    ) -> GenerationReport:
        """Plan the rules' sessions of the period from today on; a rule's date already planned (even if moved since)
        is skipped, and so are days already past unless `include_past` (the demo writing history)."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        calendar = self._working([period.first, period.last])
        with self._ctx.db.write() as s, s.begin():
            return plan(s, self._ctx, calendar, period, rule_ids, include_past=include_past)

    def sessions(self, first: dt.date, last: dt.date) -> list[SessionInfo]:
        calendar = self._working([first, last])
        with self._ctx.db.read() as s:
            return store.session_infos(s, store.live_sessions(s, first, last), self._publish_by(s, calendar))

    def session(self, session_id: int) -> SessionInfo:
        with self._ctx.db.read() as s:
            rec = store.load_session(s, session_id)
            return self._info(s, rec)

    def create_session(self, edit: SessionEdit) -> SessionInfo:
        """An ad-hoc (Đột xuất) or extra session, planned (DU_KIEN), at the default place unless one is given."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        with self._ctx.db.write() as s, s.begin():
            values = checks.clean_edit(s, edit)
            if values["place_id"] is None:
                place = store.default_place(s)
                values["place_id"] = place.id if place else None
            values["delegated"] = checks.delegated(s, edit.presided_by_id)
            rec = ReceptionSessionRecord(
                **values, status=ReceptionSessionStatus.DU_KIEN.value, created_by=self._ctx.actor.name
            )
            s.add(rec)
            s.flush()
            audit.record(s, self._ctx, "create", store.ENTITY_SESSION, rec.id, audit.diff({}, values))
            return self._info(s, rec)

    def update_session(self, session_id: int, edit: SessionEdit) -> SessionInfo:
        """Correct a session's details; a published one changes day only through postpone (it must be re-told)."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        with self._ctx.db.write() as s, s.begin():
            rec = store.load_session(s, session_id, voided_too=True)
            checks.refuse_cancelled(rec)
            values = checks.clean_edit(s, edit)
            status = ReceptionSessionStatus(rec.status)
            if values["date"] != rec.date and status is not ReceptionSessionStatus.DU_KIEN:
                raise ValidationError([FieldError("session.date", "published")])
            values["delegated"] = checks.delegated(s, edit.presided_by_id)
            before = {k: getattr(rec, k) for k in values}
            for key, value in values.items():
                setattr(rec, key, value)
            self._touch(rec)
            audit.record(s, self._ctx, "update", store.ENTITY_SESSION, rec.id, audit.diff(before, values))
            return self._info(s, rec)

    # Status changes (DOMAIN §7.6) ----------------------------------------------------------------------------
    def publish(self, session_ids: Sequence[int], on: dt.date | None = None) -> list[SessionInfo]:
        """Posted at the reception place: DA_CONG_BO with the day; done sessions keep their status."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        day = on or self._ctx.today()
        with self._ctx.db.write() as s, s.begin():
            recs = [store.load_session(s, i, voided_too=True) for i in session_ids]
            for rec in recs:
                checks.refuse_cancelled(rec)
            for rec in recs:
                before = {"status": rec.status, "published_at": rec.published_at}
                if ReceptionSessionStatus(rec.status) not in checks.DONE:
                    rec.status = ReceptionSessionStatus.DA_CONG_BO.value
                rec.published_at = day
                self._touch(rec)
                self._log_status(s, rec, before, None, action="publish")
            return [self._info(s, rec) for rec in recs]

    def postpone(
        self, session_id: int, new_date: dt.date, reason: str, *, confirm_registrants: bool = False
    ) -> SessionInfo:
        """Move a session to another working day (LTCD Điều 24.4); its registrants move with it."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        why = nfc(reason or "")
        calendar = self._working([self._ctx.today(), new_date] if new_date else [self._ctx.today()])
        with self._ctx.db.write() as s, s.begin():
            rec = store.load_session(s, session_id, voided_too=True)
            checks.refuse_cancelled(rec)
            checks.refuse_done(rec)
            errors: list[FieldError] = []
            if new_date is None:
                errors.append(FieldError("new_date", "required"))
            elif new_date == rec.date:
                errors.append(FieldError("new_date", "same_day"))
            elif new_date < self._ctx.today():
                errors.append(FieldError("new_date", "past"))
            elif not calendar.is_working_day(new_date):
                errors.append(FieldError("new_date", "not_working_day"))
            if not why:
                errors.append(FieldError("reason", "required"))
            if errors:
                raise ValidationError(errors)
            self._confirm_registrants(s, rec, confirm_registrants)
            before = {"date": rec.date, "status": rec.status, "postponed_from": rec.postponed_from}
            rec.postponed_from, rec.date = rec.date, new_date
            rec.status, rec.status_reason = ReceptionSessionStatus.HOAN.value, why
            self._touch(rec)
            after = {"date": rec.date, "status": rec.status, "postponed_from": rec.postponed_from}
            self._log_status(s, rec, before, why, action="postpone", after=after)
            return self._info(s, rec)

    def cancel(self, session_id: int, reason: str, *, confirm_registrants: bool = False) -> SessionInfo:
        require(self._ctx, Action.MANAGE_SCHEDULE)
        why = checks.reason(reason, "reason")
        with self._ctx.db.write() as s, s.begin():
            rec = store.load_session(s, session_id, voided_too=True)
            checks.refuse_cancelled(rec)
            checks.refuse_done(rec)
            self._confirm_registrants(s, rec, confirm_registrants)
            before = {"status": rec.status}
            rec.status, rec.status_reason = ReceptionSessionStatus.HUY.value, why
            self._touch(rec)
            self._log_status(s, rec, before, why, action="cancel")
            return self._info(s, rec)

    def mark_held(self, session_id: int) -> SessionInfo:
        require(self._ctx, Action.MANAGE_SCHEDULE)
        with self._ctx.db.write() as s, s.begin():
            rec = self._done_check(s, session_id)
            before = {"status": rec.status, "no_citizen_came": rec.no_citizen_came}
            rec.status, rec.no_citizen_came = ReceptionSessionStatus.DA_TIEP.value, False
            self._touch(rec)
            self._log_status(s, rec, before, None, action="held")
            return self._info(s, rec)

    def mark_no_citizen(self, session_id: int, note: str | None = None) -> SessionInfo:
        require(self._ctx, Action.MANAGE_SCHEDULE)
        with self._ctx.db.write() as s, s.begin():
            rec = self._done_check(s, session_id)
            if store.visit_count(s, rec.id):
                raise ValidationError([FieldError("session.status", "has_visits")])
            before = {"status": rec.status, "no_citizen_came": rec.no_citizen_came}
            rec.status, rec.no_citizen_came = ReceptionSessionStatus.KHONG_CO_CONG_DAN.value, True
            rec.status_reason = nfc_opt(note)
            self._touch(rec)
            self._log_status(s, rec, before, rec.status_reason, action="no_citizen")
            return self._info(s, rec)

    # Registrants ------------------------------------------------------------------------------------------------
    def registrants(self, session_id: int) -> list[RegistrantInfo]:
        shown = may(self._ctx, Action.READ_CASES)
        with self._ctx.db.read() as s:
            store.load_session(s, session_id)
            return [store.registrant_info(r, shown) for r in store.live_registrants(s, session_id)]

    def add_registrant(self, info: RegistrantInfo) -> RegistrantInfo:
        require(self._ctx, Action.MANAGE_SCHEDULE)
        if info.id is not None:
            # Whoever was shown "[Bảo mật]" for the person must not write it back over who they are.
            require(self._ctx, Action.READ_CASES)
        name = nfc(info.full_name or "")
        if not name:
            raise ValidationError([FieldError("full_name", "required")])
        with self._ctx.db.write() as s, s.begin():
            rec = store.load_session(s, info.session_id)
            checks.refuse_cancelled(rec)
            values: dict[str, Any] = {
                "session_id": rec.id,
                "full_name": name,
                "matter": nfc(info.matter or ""),
                "phone": nfc_opt(info.phone),
                "address": nfc_opt(info.address),
                "citizen_id": info.citizen_id,
                "notified_at": info.notified_at,
            }
            if info.id is None:
                reg = RegistrantRecord(**values, created_by=self._ctx.actor.name)
                s.add(reg)
                s.flush()
                audit.record(s, self._ctx, "create", store.ENTITY_REGISTRANT, reg.id, audit.diff({}, values))
            else:
                reg = checks.load_registrant(s, info.id)
                before = {k: getattr(reg, k) for k in values}
                for key, value in values.items():
                    setattr(reg, key, value)
                reg.updated_at, reg.updated_by = dt.datetime.now(dt.UTC), self._ctx.actor.name
                audit.record(
                    s, self._ctx, "update", store.ENTITY_REGISTRANT, reg.id, audit.diff(before, values)
                )
            return store.registrant_info(reg)

    def void_registrant(self, registrant_id: int, reason: str) -> None:
        require(self._ctx, Action.MANAGE_SCHEDULE)
        why = checks.reason(reason, "void_reason")
        with self._ctx.db.write() as s, s.begin():
            reg = checks.load_registrant(s, registrant_id)
            reg.is_voided, reg.void_reason = True, why
            reg.updated_at, reg.updated_by = dt.datetime.now(dt.UTC), self._ctx.actor.name
            audit.record(
                s, self._ctx, "void", store.ENTITY_REGISTRANT, reg.id, {"is_voided": (False, True)}, why
            )

    # Dashboard and publishing -----------------------------------------------------------------------------
    def warnings(self, today: dt.date | None = None) -> list[ScheduleWarning]:
        day = today or self._ctx.today()
        calendar = self._working([day, day + dt.timedelta(days=62)])
        unconfirmed = self._calendar.needs_confirmation(day)
        with self._ctx.db.read() as s:
            try:
                store.office(s)
            except DeskError:
                return []
            return collect(s, calendar, day, unconfirmed)

    def notice_source(
        self,
        period: Period,
        *,
        publish: bool = True,
        issued_on: dt.date | None = None,
        take_number: bool = True,
    ) -> NoticeSource:
        """The period's Thông báo; `take_number=False` previews it without using a number when none is taken."""
        # A preview writes nothing; publishing and taking the notice's number are the calendar's work.
        if publish or take_number:
            require(self._ctx, Action.MANAGE_SCHEDULE)
        day = issued_on or self._ctx.today()
        calendar = self._working([period.first, period.last])
        with self._ctx.db.write() as s, s.begin():
            return notice(
                s, self._ctx, calendar, period, publish=publish, issued_on=day, take_number=take_number
            )

    def day_sheet_source(self, session_id: int) -> DaySheetSource:
        with self._ctx.db.read() as s:
            rec = store.load_session(s, session_id)
            return day_sheet(s, self._ctx, self._working([rec.date]), session_id)

    def history(self, session_id: int) -> list[audit.ChangeEntry]:
        """The session's change-log entries, oldest first."""
        return audit.history(self._ctx, store.ENTITY_SESSION, session_id)

    # internals ----------------------------------------------------------------------------------------------
    def _working(self, dates: Sequence[dt.date]) -> WorkingCalendar:
        return self._calendar.load(store.years_around([*dates, self._ctx.today()]))

    def _publish_by(self, s: DbSession, calendar: WorkingCalendar) -> store.PublishBy:
        return store.publish_by_counter(s, calendar)

    def _info(self, s: DbSession, rec: ReceptionSessionRecord) -> SessionInfo:
        s.flush()
        calendar = self._working([rec.date])
        return store.session_infos(s, [rec], store.publish_by_counter(s, calendar))[0]

    def _touch(self, rec: ReceptionSessionRecord) -> None:
        rec.updated_at, rec.updated_by = dt.datetime.now(dt.UTC), self._ctx.actor.name

    def _log_status(
        self,
        s: DbSession,
        rec: ReceptionSessionRecord,
        before: dict[str, Any],
        reason: str | None,
        *,
        action: str,
        after: dict[str, Any] | None = None,
    ) -> None:
        now = after if after is not None else {k: getattr(rec, k) for k in before}
        audit.record(s, self._ctx, action, store.ENTITY_SESSION, rec.id, audit.diff(before, now), reason)

    def _confirm_registrants(self, s: DbSession, rec: ReceptionSessionRecord, confirmed: bool) -> None:
        registrants = store.live_registrants(s, rec.id)
        if registrants and not confirmed:
            shown = may(self._ctx, Action.READ_CASES)
            raise RegistrantsToNotify(rec.id, tuple(store.registrant_info(r, shown) for r in registrants))

    def _done_check(self, s: DbSession, session_id: int) -> ReceptionSessionRecord:
        rec = store.load_session(s, session_id, voided_too=True)
        checks.refuse_cancelled(rec)
        if rec.date > self._ctx.today():
            raise ValidationError([FieldError("session.date", "future")])
        return rec

    def _clean_rule(self, info: LeaderRuleInfo) -> dict[str, Any]:
        pattern = nfc(info.pattern or "")
        values: dict[str, Any] = {
            "leader_id": info.leader_id,
            "pattern": pattern,
            "start_time": info.start_time,
            "end_time": info.end_time,
            "place_id": info.place_id,
            "holiday_shift": info.holiday_shift.value,
            "valid_from": info.valid_from,
            "valid_to": info.valid_to,
            "participants": nfc_opt(info.participants),
            "expected_content": nfc_opt(info.expected_content),
        }
        errors: list[FieldError] = []
        if info.leader_id is None:
            errors.append(FieldError("leader_id", "required"))
        probe = LeaderRuleRecord(**values)
        try:
            if store.recurrence(probe).hours is None:
                errors.append(FieldError("start_time", "required"))
        except ValidationError as exc:
            errors.extend(exc.errors)
        if errors:
            raise ValidationError(errors)
        assert set(values) == set(_RULE_FIELDS)
        return values
