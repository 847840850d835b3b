"""A refused visit's Mẫu 01/TCD clock (DOMAIN §3, §8 TCD_REFUSAL_NOTICE) and the fit of its ground to the matter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session as DbSession

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import Category, RefusalReason, VisitStatus
from desk_app.domain.legal_rules import ground_fits, refusal_ground
from desk_app.domain.visit import VisitInput
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.errors import FieldError
from desk_app.i18n import vi_petition_forms as vf
from desk_app.services import audit, outgoing
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines import clock as deadline_clock
from desk_app.services.petitions.document_types import related_type
from desk_app.storage.records import StaffRecord, VisitRecord
from desk_app.storage.records.deadline import DeadlineRecord

ENTITY = "visit"
"""deadline.entity_type of a visit's clocks."""
RULE = "TCD_REFUSAL_NOTICE"
NOTICE_KEY = related_type(DocumentKind.REFUSAL, ENTITY)
"""outgoing_document.related_type of a visit's Mẫu 01/TCD: its number is taken once and reused by every re-print."""


@dataclass(frozen=True, slots=True)
class NoticeState:
    """What a refused visit's Mẫu 01/TCD stands at; `needed` False for grounds explained orally (DOMAIN §3)."""

    visit_id: int
    refused: bool
    needed: bool
    number_text: str | None = None
    issued_on: dt.date | None = None
    due: dt.date | None = None


def ground_problems(visit: VisitInput) -> list[FieldError]:
    """A refusal ground that does not fit the matter (LTCD 9.3 only for complaints and denunciations …)."""
    reason = visit.refusal_reason
    if not visit.is_refusal or reason is None or ground_fits(reason, visit.category, visit.date):
        return []
    allowed = refusal_ground(reason, visit.date).categories or frozenset()
    code = "only_knpa" if allowed == {Category.KIEN_NGHI_PHAN_ANH} else "only_kn_tc"
    return [FieldError("refusal_reason", code)]


def needs_notice(rec: VisitRecord) -> bool:
    """A live refused visit whose ground requires the written notice."""
    if rec.is_voided or rec.status != VisitStatus.TU_CHOI.value or not rec.refusal_reason:
        return False
    return refusal_ground(RefusalReason(rec.refusal_reason), rec.date).needs_written_notice


def sync_clock(s: DbSession, ctx: ServiceContext, calendar: WorkingCalendar, rec: VisitRecord) -> None:
    """Make the visit's clock match the visit, inside the saving transaction.

    Starts on the refusal day (the day the grounds became sufficient, ND154 Điều 4.3); a notice already issued
    ends the matter (the clock stays done); un-refusing, a ground without a notice or voiding the visit voids a
    running clock; a changed date restarts it.
    """
    clocks = deadline_clock.clocks_of(s, ENTITY, rec.id, codes=(RULE,))
    running = [c for c in clocks if c.completed_on is None]
    if not needs_notice(rec):
        for clock in running:
            _void(s, ctx, clock, vf.REFUSAL_CLOCK_NOT_NEEDED)
        return
    if len(clocks) > len(running) or outgoing.for_entity(s, NOTICE_KEY, rec.id):
        return  # the notice was issued: nothing runs any more
    if running and running[0].start_date == rec.date:
        return
    for clock in running:
        _void(s, ctx, clock, vf.REFUSAL_CLOCK_RESTARTED)
    officer = s.get(StaffRecord, rec.received_by_id) if rec.received_by_id else None
    deadline_clock.start_clock(
        s, ctx, calendar, entity_type=ENTITY, entity_id=rec.id, rule_code=RULE, start=rec.date,
        label=vf.REFUSAL_CLOCK_LABEL.format(no=rec.book_no, year=rec.book_year),
        responsible=officer.full_name if officer else None,
    )  # fmt: skip


def close_clock(s: DbSession, ctx: ServiceContext, visit_id: int, on: dt.date) -> None:
    """The notice is issued: its clock is done on the issue day."""
    for clock in deadline_clock.clocks_of(s, ENTITY, visit_id, running_only=True, codes=(RULE,)):
        deadline_clock.complete(s, ctx, clock, on)


def notice_state(s: DbSession, rec: VisitRecord) -> NoticeState:
    refused = not rec.is_voided and rec.status == VisitStatus.TU_CHOI.value
    issued = outgoing.for_entity(s, NOTICE_KEY, rec.id)
    running = deadline_clock.clocks_of(s, ENTITY, rec.id, running_only=True, codes=(RULE,))
    return NoticeState(
        visit_id=rec.id,
        refused=refused,
        needed=needs_notice(rec),
        number_text=issued[-1].text if issued else None,
        issued_on=issued[-1].issued_date if issued else None,
        due=deadline_clock.effective_due(running[0]) if running else None,
    )


def _void(s: DbSession, ctx: ServiceContext, clock: DeadlineRecord, reason: str) -> None:
    clock.is_voided, clock.void_reason = True, reason
    clock.updated_by = ctx.actor.name
    audit.record(
        s, ctx, "void", deadline_clock.ENTITY_DEADLINE, clock.id, {"is_voided": (False, True)}, reason
    )
