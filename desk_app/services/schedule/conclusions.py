"""Thông báo kết luận việc tiếp công dân (ND154 Điều 25.2, F12): a session's items, their number and their clocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Gender, OfficeKind, ReceptionKind, ReceptionSessionStatus
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, nfc_opt
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.i18n import vi_conclusions as vc
from desk_app.i18n.formatting import expanded_title, fmt_date
from desk_app.services import audit, outgoing
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines import clock as deadline_clock
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.documents import OfficeHeader
from desk_app.services.office import signers
from desk_app.services.permissions import require
from desk_app.services.schedule.conclusion_types import (
    ConclusionItem,
    ConclusionSession,
    ConclusionSource,
    IssuedConclusion,
    Signer,
)
from desk_app.storage.records import CitizenRecord, OfficeRecord, PlaceRecord, StaffRecord, VisitRecord
from desk_app.storage.records.deadline import DeadlineRecord, OutgoingDocumentRecord
from desk_app.storage.records.schedule import ConclusionItemRecord
from desk_app.storage.records.visit import ReceptionSessionRecord

ENTITY_ITEM = "session_conclusion_item"
ENTITY_SESSION = "reception_session"
RELATED_TYPE = "session_conclusion"
RULE_CODE = "TCD_CONCLUSION_TASK"
DOC_TYPE = "TB"
_NOT_HELD = frozenset({ReceptionSessionStatus.HUY.value, ReceptionSessionStatus.KHONG_CO_CONG_DAN.value})
_UBND = frozenset({OfficeKind.UBND_XA.value, OfficeKind.UBND_TINH.value})

__all__ = [
    "ConclusionItem",
    "ConclusionService",
    "ConclusionSession",
    "ConclusionSource",
    "IssuedConclusion",
    "Signer",
]


class ConclusionService:
    def __init__(self, ctx: ServiceContext, calendar: WorkingCalendarService) -> None:
        self._ctx = ctx
        self._calendar = calendar

    # Reading ---------------------------------------------------------------------------------------------
    def session(self, session_id: int) -> ConclusionSession:
        with self._ctx.db.read() as s:
            return self._session_info(s, _session(s, session_id))

    def items(self, session_id: int) -> list[ConclusionItem]:
        """The saved items, in order, with their clocks."""
        with self._ctx.db.read() as s:
            _session(s, session_id)
            return [self._item_info(s, r) for r in _item_records(s, session_id)]

    def items_from_visits(self, session_id: int) -> list[ConclusionItem]:
        """One starting item per visit of the session: its main citizen and the summary of what was said."""
        with self._ctx.db.read() as s:
            _session(s, session_id)
            rows = s.execute(
                select(VisitRecord, CitizenRecord)
                .join(CitizenRecord, CitizenRecord.id == VisitRecord.main_citizen_id)
                .where(VisitRecord.session_id == session_id, VisitRecord.is_voided.is_(False))
                .order_by(VisitRecord.time, VisitRecord.id)
            ).all()
            return [
                ConclusionItem(
                    citizen_name=citizen.full_name,
                    citizen_said=visit.summary,
                    visit_id=visit.id,
                    case_id=visit.case_id,
                    position=index,
                    citizen_gender=_gender(citizen.gender),
                )
                for index, (visit, citizen) in enumerate(rows, start=1)
            ]

    def working_items(self, session_id: int) -> list[ConclusionItem]:
        """The saved items, or the visits' starting items when nothing was saved yet."""
        return self.items(session_id) or self.items_from_visits(session_id)

    def default_signer(self) -> Signer:
        """An UBND: "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG" (DOMAIN §9 F12 [U]); elsewhere the head signs."""
        with self._ctx.db.read() as s:
            return default_signer_in(s)

    def default_recipients(
        self, items: Sequence[ConclusionItem], signer: Signer | None = None
    ) -> tuple[str, ...]:
        """Each unit (to act), the citizens, the head when the Văn phòng signs, the archive."""
        head_position = None
        if signer is not None and signer.authority.strip():
            with self._ctx.db.read() as s:
                head = _head(s)
                head_position = head.position if head is not None else None
        units = [i.responsible_unit for i in items if i.responsible_unit]
        return default_recipients_for_units(units, head_position=head_position)

    def source(self, session_id: int, signer: Signer | None = None) -> ConclusionSource:
        """The printed notice of an issued session; the signer given, else the one stored with the number."""
        with self._ctx.db.read() as s:
            session = _session(s, session_id)
            doc = _outgoing(s, session)
            if doc is None:
                raise ConflictError("session.not_issued")
            office = _office(s)
            if signer is None:
                name = ""
                if doc.signer_id is not None:
                    staff = s.get(StaffRecord, doc.signer_id)
                    name = staff.full_name if staff else ""
                signer = Signer(doc.authority_prefix, doc.signer_title or office.head_title.upper(), name)
            return ConclusionSource(
                office=_header(office),
                session=self._session_info(s, session),
                number_text=outgoing.as_issued(doc).text,
                issued_on=doc.issued_date,
                items=tuple(self._item_info(s, r) for r in _item_records(s, session_id)),
                signer=signer,
                recipients=tuple(line for line in (doc.recipients or "").splitlines() if line.strip()),
            )

    # Writing ---------------------------------------------------------------------------------------------
    def save_items(
        self, session_id: int, items: Sequence[ConclusionItem], participants: str | None = None
    ) -> list[ConclusionItem]:
        """Replace the session's list: ids update, new ones are added, the ones left out are voided."""
        require(self._ctx, Action.WRITE_CASES)
        with self._ctx.db.write() as s, s.begin():
            session = _session(s, session_id)
            self._store_items(s, session, items, participants)
        return self.items(session_id)

    def issue(
        self,
        session_id: int,
        issued_on: dt.date,
        *,
        items: Sequence[ConclusionItem] | None = None,
        participants: str | None = None,
        signer: Signer | None = None,
        recipients: Sequence[str] | None = None,
    ) -> IssuedConclusion:
        """Number the notice (a re-issue keeps its number) and start or update one clock per unit."""
        require(self._ctx, Action.WRITE_CASES)
        signer = signer or self.default_signer()
        with self._ctx.db.write() as s, s.begin():
            session = _session(s, session_id)
            if session.status in _NOT_HELD:
                raise ConflictError("session.not_held")
            if items is not None:
                self._store_items(s, session, items, participants)
            records = _item_records(s, session_id)
            errors = [
                FieldError(f"item{n}.conclusion", "required")
                for n, r in enumerate(records, 1)
                if not r.conclusion
            ]
            if not records:
                errors.append(FieldError("items", "empty"))
            if issued_on < session.date:
                errors.append(FieldError("issued_on", "before_session"))
            if errors:
                raise ValidationError(errors)
            infos = [self._item_info(s, r) for r in records]
            lines = tuple(recipients) if recipients is not None else self.default_recipients(infos, signer)
            signer_id = s.scalar(
                select(StaffRecord.id).where(StaffRecord.full_name == nfc(signer.name), StaffRecord.is_voided.is_(False))
            ) if signer.name.strip() else None  # fmt: skip
            existing = outgoing.for_entity(s, RELATED_TYPE, session_id)
            if existing:
                number, reused = existing[0], True
                doc = s.get(OutgoingDocumentRecord, number.id)
                assert doc is not None
                doc.authority_prefix, doc.signer_title = nfc(signer.authority), nfc(signer.title)
                doc.recipients, doc.signer_id = "\n".join(lines), signer_id
                doc.updated_by = self._ctx.actor.name
            else:
                reused = False
                number = outgoing.issue(
                    s, self._ctx, doc_type=DOC_TYPE, issued_date=issued_on,
                    summary_line=vc.DOC_TITLE_SESSION + " " + fmt_date(session.date),
                    related_type=RELATED_TYPE, related_id=session_id, signer_id=signer_id,
                    authority_prefix=nfc(signer.authority), signer_title=nfc(signer.title),
                    recipients="\n".join(lines),
                )  # fmt: skip
            if session.conclusion_doc_id != number.id:
                audit.record(s, self._ctx, "update", ENTITY_SESSION, session.id,
                             {"conclusion_doc_id": (session.conclusion_doc_id, number.id)})  # fmt: skip
                session.conclusion_doc_id = number.id
            for record in records:
                self._sync_clock(s, session, record, number.issued_date)
            s.flush()
            return IssuedConclusion(number, tuple(self._item_info(s, r) for r in records), reused)

    def mark_done(self, item_id: int, on: dt.date) -> ConclusionItem:
        """The unit reported the item done on `on`: its clock stops."""
        require(self._ctx, Action.WRITE_CASES)
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(ConclusionItemRecord, item_id)
            if rec is None or rec.is_voided:
                raise NotFoundError("item.not_found")
            audit.record(s, self._ctx, "update", ENTITY_ITEM, rec.id,
                         {"done_on": (rec.done_on.isoformat() if rec.done_on else None, on.isoformat())})  # fmt: skip
            rec.done_on = on
            rec.updated_by = self._ctx.actor.name
            clock = _clock(s, rec.id)
            if clock is not None and clock.completed_on is None:
                deadline_clock.complete(s, self._ctx, clock, on)
            s.flush()
            return self._item_info(s, rec)

    def attach_pdf(self, session_id: int, document_id: int) -> None:
        """Link the kept PDF to the notice's number."""
        require(self._ctx, Action.WRITE_CASES)
        with self._ctx.db.write() as s, s.begin():
            doc = _outgoing(s, _session(s, session_id))
            if doc is None:
                raise ConflictError("session.not_issued")
            outgoing.attach_pdf(s, doc.id, document_id)

    # Internals -------------------------------------------------------------------------------------------
    def _store_items(
        self,
        s: DbSession,
        session: ReceptionSessionRecord,
        items: Sequence[ConclusionItem],
        participants: str | None,
    ) -> None:
        errors: list[FieldError] = []
        for n, item in enumerate(items, start=1):
            if not item.citizen_name.strip():
                errors.append(FieldError(f"item{n}.citizen_name", "required"))
            if item.due_date is not None and item.due_date < session.date:
                errors.append(FieldError(f"item{n}.due_date", "before_session"))
        if errors:
            raise ValidationError(errors)
        if participants is not None and nfc_opt(participants) != session.participants:
            audit.record(s, self._ctx, "update", ENTITY_SESSION, session.id,
                         {"participants": (session.participants, nfc_opt(participants))})  # fmt: skip
            session.participants = nfc_opt(participants)
        current = {r.id: r for r in _item_records(s, session.id)}
        kept: set[int] = set()
        for position, item in enumerate(items, start=1):
            values = {
                "position": position,
                "citizen_name": nfc(item.citizen_name),
                "citizen_said": nfc(item.citizen_said),
                "conclusion": nfc(item.conclusion),
                "responsible_unit": nfc_opt(item.responsible_unit),
                "due_date": item.due_date,
                "visit_id": item.visit_id,
                "case_id": item.case_id,
            }
            rec = current.get(item.id) if item.id is not None else None
            if rec is None:
                rec = ConclusionItemRecord(session_id=session.id, created_by=self._ctx.actor.name, **values)
                s.add(rec)
                s.flush()
                audit.record(s, self._ctx, "create", ENTITY_ITEM, rec.id, audit.diff({}, values))
            else:
                before = {k: getattr(rec, k) for k in values}
                changes = audit.diff(before, values)
                if changes:
                    for key, value in values.items():
                        setattr(rec, key, value)
                    rec.updated_by = self._ctx.actor.name
                    audit.record(s, self._ctx, "update", ENTITY_ITEM, rec.id, changes)
            kept.add(rec.id)
        for rec in current.values():
            if rec.id not in kept:
                rec.is_voided, rec.void_reason = True, "removed"
                audit.record(s, self._ctx, "void", ENTITY_ITEM, rec.id, {}, "removed")
                clock = _clock(s, rec.id)
                if clock is not None:
                    clock.is_voided, clock.void_reason = True, "item removed"
        s.flush()

    def _sync_clock(
        self, s: DbSession, session: ReceptionSessionRecord, rec: ConclusionItemRecord, start: dt.date
    ) -> None:
        """A unit gets a clock; a re-issue moves its date or unit; an item without a unit has none."""
        clock = _clock(s, rec.id)
        unit = rec.responsible_unit
        if not unit:
            if clock is not None and clock.completed_on is None:
                clock.is_voided, clock.void_reason = True, "no unit"
            return
        label = vc.CLOCK_LABEL_ITEM.format(date=fmt_date(session.date), name=rec.citizen_name)
        if clock is None:
            clock = deadline_clock.start_clock(
                s, self._ctx, self._calendar.load(), entity_type=ENTITY_ITEM, entity_id=rec.id,
                rule_code=RULE_CODE, start=start, label=label, responsible=unit, due=rec.due_date,
            )  # fmt: skip
            if rec.due_date is None:
                rec.due_date = clock.due_date  # the printed date is the one that binds the unit
            return
        if clock.completed_on is not None:
            return
        if rec.due_date is None:
            rec.due_date = clock.due_date
        changes = audit.diff({"due_date": clock.due_date, "responsible": clock.responsible},
                             {"due_date": rec.due_date, "responsible": unit})  # fmt: skip
        if changes:
            clock.due_date, clock.responsible, clock.label = rec.due_date, unit, label
            clock.updated_by = self._ctx.actor.name
            audit.record(s, self._ctx, "update", deadline_clock.ENTITY_DEADLINE, clock.id, changes)

    def _item_info(self, s: DbSession, rec: ConclusionItemRecord) -> ConclusionItem:
        clock = _clock(s, rec.id)
        gender = None
        if rec.visit_id is not None:
            gender = _gender(s.scalar(
                select(CitizenRecord.gender).join(VisitRecord, VisitRecord.main_citizen_id == CitizenRecord.id)
                .where(VisitRecord.id == rec.visit_id)
            ))  # fmt: skip
        status = None
        if clock is not None:
            status = deadline_clock.status_on(clock, self._ctx.today(), self._calendar.load())
        return ConclusionItem(
            citizen_name=rec.citizen_name,
            citizen_said=rec.citizen_said,
            conclusion=rec.conclusion,
            responsible_unit=rec.responsible_unit,
            due_date=rec.due_date,
            visit_id=rec.visit_id,
            case_id=rec.case_id,
            id=rec.id,
            position=rec.position,
            citizen_gender=gender,
            done_on=rec.done_on,
            clock_due=deadline_clock.effective_due(clock) if clock else None,
            clock_status=status,
        )

    def _session_info(self, s: DbSession, session: ReceptionSessionRecord) -> ConclusionSession:
        presider = s.get(StaffRecord, session.presided_by_id) if session.presided_by_id else None
        place = s.get(PlaceRecord, session.place_id) if session.place_id else None
        if place is None:
            place = s.scalar(select(PlaceRecord).where(PlaceRecord.is_default.is_(True)).limit(1))
        visits = s.scalars(
            select(VisitRecord.id).where(
                VisitRecord.session_id == session.id, VisitRecord.is_voided.is_(False)
            )
        ).all()
        doc = _outgoing(s, session)
        return ConclusionSession(
            session_id=session.id,
            kind=ReceptionKind(session.kind),
            date=session.date,
            start_time=session.start_time,
            place=place.name if place else "",
            presided_by_name=presider.full_name if presider else "",
            presided_by_position=(presider.position or "") if presider else "",
            participants=session.participants or "",
            status=ReceptionSessionStatus(session.status),
            visit_count=len(visits),
            number_text=outgoing.as_issued(doc).text if doc else None,
            issued_on=doc.issued_date if doc else None,
            outgoing_id=doc.id if doc else None,
        )


def default_signer_in(s: DbSession) -> Signer:
    """The office's default signer of a conclusion notice (NĐ 30 box 7)."""
    office = _office(s)
    if office.kind in _UBND:
        return Signer(vc.SIGNER_BY_ORDER.format(head_title=office.head_title.upper()), vc.SIGNER_OFFICE_CHIEF)
    return signers.signer_for(office, _head(s))


def default_recipients_for_units(
    units: Sequence[str], *, head_position: str | None = None, citizens: str = vc.RECIPIENT_CITIZENS
) -> tuple[str, ...]:
    """Nơi nhận: each unit once (to act), the citizens, the head (for a notice signed by order), the archive."""
    lines = [vc.RECIPIENT_UNIT.format(unit=u) for u in dict.fromkeys(nfc(u) for u in units if u.strip())]
    lines.append(citizens)
    if head_position:
        lines.append(vc.RECIPIENT_HEAD.format(position=expanded_title(head_position)))
    lines.append(vc.RECIPIENT_ARCHIVE)
    return tuple(lines)


def office_header_in(s: DbSession) -> OfficeHeader:
    return _header(_office(s))


def _head(s: DbSession) -> StaffRecord | None:
    return s.scalar(
        select(StaffRecord).where(StaffRecord.is_head.is_(True), StaffRecord.is_voided.is_(False))
    )


def _session(s: DbSession, session_id: int) -> ReceptionSessionRecord:
    rec = s.get(ReceptionSessionRecord, session_id)
    if rec is None or rec.is_voided:
        raise NotFoundError("session.not_found")
    return rec


def _office(s: DbSession) -> OfficeRecord:
    office = s.scalar(select(OfficeRecord).order_by(OfficeRecord.id).limit(1))
    if office is None:
        raise ConflictError("office.not_set_up")
    return office


def _header(office: OfficeRecord) -> OfficeHeader:
    return OfficeHeader(office.parent_name, office.name, office.place_name, office.abbreviation,
                        office.head_title, office.kind)  # fmt: skip


def _item_records(s: DbSession, session_id: int) -> list[ConclusionItemRecord]:
    return list(
        s.scalars(
            select(ConclusionItemRecord)
            .where(ConclusionItemRecord.session_id == session_id, ConclusionItemRecord.is_voided.is_(False))
            .order_by(ConclusionItemRecord.position, ConclusionItemRecord.id)
        ).all()
    )


def _clock(s: DbSession, item_id: int) -> DeadlineRecord | None:
    return s.scalar(
        select(DeadlineRecord)
        .where(
            DeadlineRecord.entity_type == ENTITY_ITEM,
            DeadlineRecord.entity_id == item_id,
            DeadlineRecord.is_voided.is_(False),
        )
        .order_by(DeadlineRecord.id.desc())
        .limit(1)
    )


def _outgoing(s: DbSession, session: ReceptionSessionRecord) -> OutgoingDocumentRecord | None:
    if session.conclusion_doc_id is not None:
        doc = s.get(OutgoingDocumentRecord, session.conclusion_doc_id)
        if doc is not None and not doc.is_voided:
            return doc
    return None


def _gender(raw: str | None) -> Gender | None:
    return Gender(raw) if raw is not None and raw in Gender.__members__ else None
