"""What happens to a petition after the decision: replies, urgings, results, withdrawal, suspension, extension."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import PetitionStatus
from desk_app.domain.permissions import Action
from desk_app.domain.petition_flow import FINAL, PetitionAction, next_status
from desk_app.domain.petition_followups import (
    CLOSES,
    STATUS_ACTIONS,
    FollowUpType,
    check_follow_up,
)
from desk_app.domain.text import nfc, nfc_opt, void_reason
from desk_app.errors import FieldError, NotFoundError, ValidationError
from desk_app.i18n import vi_results
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines import clock as deadline_clock
from desk_app.services.permissions import require
from desk_app.storage.records.deadline import DeadlineRecord
from desk_app.storage.records.petition import FollowUpRecord, PetitionRecord

ENTITY = "petition"


_CLOSES_ALL: tuple[str, ...] = ("*",)
"""A petition that ends (resolved, withdrawn, terminated) stops every clock still running on it."""


@dataclass(frozen=True, slots=True)
class FollowUpInfo:
    id: int
    event_type: FollowUpType
    event_date: dt.date
    doc_no: str | None
    doc_date: dt.date | None
    content: str


class FollowUpService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def record(
        self,
        petition_id: int,
        event_type: FollowUpType,
        event_date: dt.date,
        *,
        doc_no: str | None = None,
        doc_date: dt.date | None = None,
        content: str = "",
        clock_id: int | None = None,
        extended_to: dt.date | None = None,
        reason: str | None = None,
    ) -> FollowUpInfo:
        """Record an event with its document; status events move the petition, an extension moves one clock.

        An extension keeps the clock's original due date and stores the new one beside it (DOMAIN §8). A result
        recorded on a petition already resolved (imported as resolved, or a result entered wrong) replaces the
        result it had: the earlier one is voided with `reason` and both stay in the history.
        """
        require(self._ctx, Action.WRITE_CASES)
        errors = check_follow_up(
            event_type,
            event_date,
            self._ctx.today(),
            doc_no=doc_no,
            clock_id=clock_id,
            extended_to=extended_to,
        )
        if errors:
            raise ValidationError(errors)
        with self._ctx.db.write() as s, s.begin():
            petition = s.get(PetitionRecord, petition_id)
            if petition is None or petition.is_voided:
                raise NotFoundError("petition.not_found")
            changes: dict[str, tuple[object, object]] = {"event": (None, event_type.value)}
            action = STATUS_ACTIONS.get(event_type)
            if action is not None:
                before = petition.status
                petition.status = next_status(PetitionStatus(before), action, self._ctx.actor.roles)
                changes["status"] = (before, petition.status)
            if event_type is FollowUpType.NHAN_KET_QUA:
                replaced = _void_results(
                    s, self._ctx.actor.name, petition_id, nfc(reason or "") or vi_results.REPLACED
                )
                if replaced:
                    changes["replaced_results"] = (replaced, None)
            closes = _CLOSES_ALL if PetitionStatus(petition.status) in FINAL else CLOSES.get(event_type, ())
            self._complete_clocks(s, petition_id, closes, event_date)
            if event_type is FollowUpType.GIA_HAN:
                assert clock_id is not None and extended_to is not None
                clock = s.get(DeadlineRecord, clock_id)
                if clock is None or clock.entity_type != ENTITY or clock.entity_id != petition_id:
                    raise NotFoundError("deadline.not_found")
                # A second extension must go beyond the first one, not only beyond the original date.
                if extended_to <= deadline_clock.effective_due(clock):
                    raise ValidationError([FieldError("extended_to", "not_later")])
                changes["extended_to"] = (clock.extended_to, extended_to)
                clock.extended_to = extended_to
                clock.extension_doc = nfc(doc_no or "")
            rec = FollowUpRecord(
                petition_id=petition_id,
                event_type=event_type.value,
                event_date=event_date,
                doc_no=nfc_opt(doc_no),
                doc_date=doc_date,
                content=nfc(content),
                created_by=self._ctx.actor.name,
            )
            s.add(rec)
            s.flush()
            audit.record(s, self._ctx, "follow_up", ENTITY, petition_id, changes, nfc_opt(reason))
            return _info(rec)

    def void_result(self, petition_id: int, reason: str) -> None:
        """Void the result recorded on a resolved petition (entered by mistake, or imported wrong): it is being resolved
        again, the voided result stays in the history with its reason, and reports stop counting it."""
        require(self._ctx, Action.WRITE_CASES)
        reason = void_reason(reason)
        with self._ctx.db.write() as s, s.begin():
            petition = s.get(PetitionRecord, petition_id)
            if petition is None or petition.is_voided:
                raise NotFoundError("petition.not_found")
            before = petition.status
            petition.status = next_status(
                PetitionStatus(before), PetitionAction.VOID_RESULT, self._ctx.actor.roles
            )
            voided = _void_results(s, self._ctx.actor.name, petition_id, reason)
            changes: dict[str, tuple[object, object]] = {"status": (before, petition.status)}
            changes["voided_results"] = (voided, None)
            audit.record(s, self._ctx, "void_result", ENTITY, petition_id, changes, reason)

    def _complete_clocks(self, s: DbSession, petition_id: int, codes: tuple[str, ...], on: dt.date) -> None:
        if not codes:
            return
        only = None if codes is _CLOSES_ALL else codes
        for clock in deadline_clock.clocks_of(s, ENTITY, petition_id, running_only=True, codes=only):
            deadline_clock.complete(s, self._ctx, clock, on)

    def list(self, petition_id: int) -> list[FollowUpInfo]:
        with self._ctx.db.read() as s:
            rows = s.scalars(
                select(FollowUpRecord)
                .where(FollowUpRecord.petition_id == petition_id, FollowUpRecord.is_voided.is_(False))
                .order_by(FollowUpRecord.event_date, FollowUpRecord.id)
            ).all()
            return [_info(r) for r in rows]

    def replies_received(self, date_from: dt.date, date_to: dt.date) -> int:
        """The XLD reports' "số văn bản phúc đáp nhận được do chuyển đơn" (DOMAIN §5.14)."""
        with self._ctx.db.read() as s:
            rows = s.scalars(
                select(FollowUpRecord.id).where(
                    FollowUpRecord.event_type == FollowUpType.NHAN_PHUC_DAP.value,
                    FollowUpRecord.event_date >= date_from,
                    FollowUpRecord.event_date <= date_to,
                    FollowUpRecord.is_voided.is_(False),
                )
            ).all()
            return len(rows)


def _void_results(s: DbSession, actor: str, petition_id: int, reason: str) -> list[int]:
    """Void the petition's live results; their ids, for the change log."""
    live = s.scalars(
        select(FollowUpRecord).where(
            FollowUpRecord.petition_id == petition_id,
            FollowUpRecord.event_type == FollowUpType.NHAN_KET_QUA.value,
            FollowUpRecord.is_voided.is_(False),
        )
    ).all()
    for rec in live:
        rec.is_voided = True
        rec.void_reason = reason[:500]
        rec.updated_at = dt.datetime.now(dt.UTC)
        rec.updated_by = actor
    s.flush()
    return [rec.id for rec in live]


def _info(rec: FollowUpRecord) -> FollowUpInfo:
    return FollowUpInfo(
        rec.id, FollowUpType(rec.event_type), rec.event_date, rec.doc_no, rec.doc_date, rec.content
    )
