"""The head's dialogues with the people: the 10-working-day conclusion notice and the units' 30-day answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, extract, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import DeadlineStatus, DialogueKind
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, nfc_opt, void_reason
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.i18n import vi_conclusions as vc
from desk_app.i18n.formatting import fmt_date
from desk_app.services import audit, outgoing
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines import clock as deadline_clock
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.permissions import require
from desk_app.services.schedule.conclusion_types import Signer
from desk_app.services.schedule.conclusions import (
    default_recipients_for_units,
    default_signer_in,
    office_header_in,
)
from desk_app.services.schedule.dialogue_types import (
    DialogueAnswerInfo,
    DialogueEdit,
    DialogueInfo,
    DialogueNoticeSource,
    DialogueState,
    DialogueYear,
    UnitMatter,
)
from desk_app.storage.records import StaffRecord
from desk_app.storage.records.deadline import DeadlineRecord, OutgoingDocumentRecord
from desk_app.storage.records.dialogue import DialogueAnswerRecord, DialogueRecord

ENTITY = "dialogue"
ENTITY_ANSWER = "dialogue_answer"
RELATED_TYPE = "dialogue"
NOTICE_RULE = "DIALOGUE_CONCLUSION_NOTICE"
ANSWER_RULE = "DIALOGUE_UNIT_ANSWER"
DOC_TYPE = "TB"

__all__ = [
    "DialogueAnswerInfo",
    "DialogueEdit",
    "DialogueInfo",
    "DialogueService",
    "DialogueState",
    "DialogueYear",
    "UnitMatter",
]


class DialogueService:
    def __init__(self, ctx: ServiceContext, calendar: WorkingCalendarService) -> None:
        self._ctx = ctx
        self._calendar = calendar

    # Reading ---------------------------------------------------------------------------------------------
    def get(self, dialogue_id: int) -> DialogueInfo:
        with self._ctx.db.read() as s:
            return self._info(s, _dialogue(s, dialogue_id))

    def list(self, year: int) -> DialogueYear:
        """The year's live dialogues by date, with their clocks' states, and the count per kind."""
        with self._ctx.db.read() as s:
            rows = s.scalars(
                select(DialogueRecord)
                .where(extract("year", DialogueRecord.date) == year, DialogueRecord.is_voided.is_(False))
                .order_by(DialogueRecord.date, DialogueRecord.id)
            ).all()
            infos = tuple(self._info(s, r) for r in rows)
        counts = {kind: sum(1 for d in infos if d.kind is kind) for kind in DialogueKind}
        return DialogueYear(year, infos, counts)

    def default_signer(self) -> Signer:
        with self._ctx.db.read() as s:
            return default_signer_in(s)

    def notice_source(self, dialogue_id: int) -> DialogueNoticeSource:
        """What the dialogue's conclusion notice prints (it must have been issued)."""
        with self._ctx.db.read() as s:
            rec = _dialogue(s, dialogue_id)
            doc = s.get(OutgoingDocumentRecord, rec.notice_doc_id) if rec.notice_doc_id else None
            if doc is None:
                raise ConflictError("dialogue.not_issued")
            header = office_header_in(s)
            return DialogueNoticeSource(
                office=header,
                dialogue=self._info(s, rec),
                number_text=outgoing.as_issued(doc).text,
                issued_on=doc.issued_date,
                head_title=header.head_title,
            )

    def recipients(self, dialogue_id: int) -> tuple[str, ...]:
        info = self.get(dialogue_id)
        return default_recipients_for_units([a.unit for a in info.answers], citizens=vc.RECIPIENT_SPEAKERS)

    # Writing ---------------------------------------------------------------------------------------------
    def create(self, edit: DialogueEdit) -> DialogueInfo:
        """Record a dialogue and start its conclusion-notice clock (10 working days from the dialogue)."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        values = _validated(edit)
        with self._ctx.db.write() as s, s.begin():
            rec = DialogueRecord(created_by=self._ctx.actor.name, **values)
            s.add(rec)
            s.flush()
            audit.record(s, self._ctx, "create", ENTITY, rec.id, audit.diff({}, values))
            self._start_notice_clock(s, rec)
            s.flush()
            return self._info(s, rec)

    def update(self, dialogue_id: int, edit: DialogueEdit) -> DialogueInfo:
        """Change a dialogue; a new date restarts a notice clock that has not stopped."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        values = _validated(edit)
        with self._ctx.db.write() as s, s.begin():
            rec = _dialogue(s, dialogue_id)
            changes = audit.diff({k: getattr(rec, k) for k in values}, values)
            if not changes:
                return self._info(s, rec)
            old_date = rec.date
            for key, value in values.items():
                setattr(rec, key, value)
            rec.updated_by = self._ctx.actor.name
            audit.record(s, self._ctx, "update", ENTITY, rec.id, changes)
            clock = _clock(s, ENTITY, rec.id)
            if rec.date != old_date and clock is not None and clock.completed_on is None:
                clock.is_voided, clock.void_reason = True, "dialogue date changed"
                self._start_notice_clock(s, rec)
            s.flush()
            return self._info(s, rec)

    def void(self, dialogue_id: int, reason: str) -> None:
        require(self._ctx, Action.MANAGE_SCHEDULE)
        reason = void_reason(reason)
        with self._ctx.db.write() as s, s.begin():
            rec = _dialogue(s, dialogue_id)
            rec.is_voided, rec.void_reason = True, reason
            audit.record(s, self._ctx, "void", ENTITY, rec.id, {}, nfc(reason))
            for clock in s.scalars(select(DeadlineRecord).where(_clock_filter(ENTITY, rec.id))).all():
                clock.is_voided, clock.void_reason = True, "dialogue voided"

    def issue_notice(
        self,
        dialogue_id: int,
        on: dt.date,
        units: Sequence[UnitMatter | tuple[str, str]],
        *,
        signer: Signer | None = None,
    ) -> DialogueInfo:
        """Number the conclusion notice, stop its clock, and give each unit 30 working days to answer."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        matters = [u if isinstance(u, UnitMatter) else UnitMatter(u[0], u[1]) for u in units]
        errors = [
            FieldError(f"unit{n}.unit", "required") for n, u in enumerate(matters, 1) if not u.unit.strip()
        ]
        with self._ctx.db.write() as s, s.begin():
            rec = _dialogue(s, dialogue_id)
            if rec.notice_doc_id is not None:
                raise ConflictError("dialogue.notice_issued")
            if on < rec.date:
                errors.append(FieldError("issued_on", "before_dialogue"))
            if errors:
                raise ValidationError(errors)
            signer = signer or default_signer_in(s)
            signer_id = s.scalar(
                select(StaffRecord.id).where(StaffRecord.full_name == nfc(signer.name), StaffRecord.is_voided.is_(False))
            ) if signer.name.strip() else None  # fmt: skip
            number = outgoing.issue(
                s, self._ctx, doc_type=DOC_TYPE, issued_date=on,
                summary_line=vc.DOC_TITLE_DIALOGUE + " " + fmt_date(rec.date),
                related_type=RELATED_TYPE, related_id=rec.id, signer_id=signer_id,
                authority_prefix=nfc(signer.authority), signer_title=nfc(signer.title),
                recipients="\n".join(default_recipients_for_units([m.unit for m in matters], citizens=vc.RECIPIENT_SPEAKERS)),
            )  # fmt: skip
            audit.record(s, self._ctx, "update", ENTITY, rec.id,
                         {"notice_doc_id": (None, number.id), "notice_date": (None, on.isoformat())})  # fmt: skip
            rec.notice_doc_id, rec.notice_date = number.id, on
            rec.updated_by = self._ctx.actor.name
            clock = _clock(s, ENTITY, rec.id)
            if clock is not None and clock.completed_on is None:
                deadline_clock.complete(s, self._ctx, clock, on)
            calendar = self._calendar.load()
            for matter in matters:
                answer = DialogueAnswerRecord(
                    dialogue_id=rec.id, unit=nfc(matter.unit), matter=nfc(matter.matter),
                    created_by=self._ctx.actor.name,
                )  # fmt: skip
                s.add(answer)
                s.flush()
                audit.record(s, self._ctx, "create", ENTITY_ANSWER, answer.id,
                             {"unit": (None, answer.unit), "matter": (None, answer.matter)})  # fmt: skip
                deadline_clock.start_clock(
                    s, self._ctx, calendar, entity_type=ENTITY_ANSWER, entity_id=answer.id, rule_code=ANSWER_RULE,
                    start=on, responsible=answer.unit,
                    label=vc.CLOCK_LABEL_ANSWER.format(date=fmt_date(rec.date), unit=answer.unit),
                )  # fmt: skip
            s.flush()
            return self._info(s, rec)

    def record_answer(
        self, answer_id: int, answered_on: dt.date | None, doc_no: str | None
    ) -> DialogueAnswerInfo:
        """The unit answered in writing on `answered_on` (document number `doc_no`): its clock stops."""
        require(self._ctx, Action.MANAGE_SCHEDULE)
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(DialogueAnswerRecord, answer_id)
            if rec is None or rec.is_voided:
                raise NotFoundError("answer.not_found")
            dialogue = _dialogue(s, rec.dialogue_id)
            if answered_on is None:
                raise ValidationError([FieldError("answered_on", "required")])
            if dialogue.notice_date is not None and answered_on < dialogue.notice_date:
                raise ValidationError([FieldError("answered_on", "before_notice")])
            values = {"answered_on": answered_on, "answer_doc_no": nfc_opt(doc_no)}
            changes = audit.diff({k: getattr(rec, k) for k in values}, values)
            rec.answered_on, rec.answer_doc_no = answered_on, nfc_opt(doc_no)
            rec.updated_by = self._ctx.actor.name
            audit.record(s, self._ctx, "update", ENTITY_ANSWER, rec.id, changes)
            clock = _clock(s, ENTITY_ANSWER, rec.id)
            if clock is not None and clock.completed_on is None:
                deadline_clock.complete(s, self._ctx, clock, answered_on)
            s.flush()
            return self._answer_info(s, rec)

    # Internals -------------------------------------------------------------------------------------------
    def _start_notice_clock(self, s: DbSession, rec: DialogueRecord) -> None:
        deadline_clock.start_clock(
            s, self._ctx, self._calendar.load(), entity_type=ENTITY, entity_id=rec.id,
            rule_code=NOTICE_RULE, start=rec.date, label=vc.CLOCK_LABEL_NOTICE.format(date=fmt_date(rec.date)),
        )  # fmt: skip

    def _status(self, clock: DeadlineRecord | None) -> DeadlineStatus | None:
        if clock is None:
            return None
        return deadline_clock.status_on(clock, self._ctx.today(), self._calendar.load())

    def _answer_info(self, s: DbSession, rec: DialogueAnswerRecord) -> DialogueAnswerInfo:
        clock = _clock(s, ENTITY_ANSWER, rec.id)
        return DialogueAnswerInfo(
            id=rec.id,
            dialogue_id=rec.dialogue_id,
            unit=rec.unit,
            matter=rec.matter,
            due_date=deadline_clock.effective_due(clock) if clock else None,
            answered_on=rec.answered_on,
            answer_doc_no=rec.answer_doc_no,
            status=self._status(clock),
        )

    def _info(self, s: DbSession, rec: DialogueRecord) -> DialogueInfo:
        presider = s.get(StaffRecord, rec.presided_by_id) if rec.presided_by_id else None
        clock = _clock(s, ENTITY, rec.id)
        doc = s.get(OutgoingDocumentRecord, rec.notice_doc_id) if rec.notice_doc_id else None
        answers = s.scalars(
            select(DialogueAnswerRecord)
            .where(DialogueAnswerRecord.dialogue_id == rec.id, DialogueAnswerRecord.is_voided.is_(False))
            .order_by(DialogueAnswerRecord.id)
        ).all()
        return DialogueInfo(
            id=rec.id,
            kind=DialogueKind(rec.kind),
            date=rec.date,
            start_time=rec.start_time,
            place=rec.place,
            presided_by_id=rec.presided_by_id,
            presided_by_name=presider.full_name if presider else "",
            presided_by_position=(presider.position or "") if presider else "",
            topic=rec.topic,
            participants=rec.participants,
            issues_raised=rec.issues_raised,
            notice_due=deadline_clock.effective_due(clock) if clock else None,
            notice_status=self._status(clock),
            notice_number=outgoing.as_issued(doc).text if doc else None,
            notice_date=rec.notice_date,
            answers=tuple(self._answer_info(s, a) for a in answers),
        )


def _validated(edit: DialogueEdit) -> dict[str, object]:
    errors: list[FieldError] = []
    if edit.kind is None:
        errors.append(FieldError("kind", "required"))
    if edit.date is None:
        errors.append(FieldError("date", "required"))
    if not edit.topic.strip():
        errors.append(FieldError("topic", "required"))
    if errors:
        raise ValidationError(errors)
    assert edit.kind is not None
    return {
        "kind": edit.kind.value,
        "date": edit.date,
        "start_time": edit.start_time,
        "place": nfc(edit.place),
        "presided_by_id": edit.presided_by_id,
        "topic": nfc(edit.topic),
        "participants": nfc(edit.participants),
        "issues_raised": nfc(edit.issues_raised),
    }


def _dialogue(s: DbSession, dialogue_id: int) -> DialogueRecord:
    rec = s.get(DialogueRecord, dialogue_id)
    if rec is None or rec.is_voided:
        raise NotFoundError("dialogue.not_found")
    return rec


def _clock_filter(entity_type: str, entity_id: int) -> ColumnElement[bool]:
    return and_(
        DeadlineRecord.entity_type == entity_type,
        DeadlineRecord.entity_id == entity_id,
        DeadlineRecord.is_voided.is_(False),
    )


def _clock(s: DbSession, entity_type: str, entity_id: int) -> DeadlineRecord | None:
    return s.scalar(
        select(DeadlineRecord)
        .where(_clock_filter(entity_type, entity_id))
        .order_by(DeadlineRecord.id.desc())
        .limit(1)
    )
