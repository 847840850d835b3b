"""Receiving a citizen: save a visit as one line of the Sổ tiếp công dân, edit it, void it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain import identity
from desk_app.domain.enums import (
    Category,
    DocCondition,
    Gender,
    Handling,
    PriorDecisionLevel,
    ReceptionKind,
    ReceptionMode,
    ReceptionSessionStatus,
    RefusalReason,
    SignatureKind,
    SubjectField,
    VisitOrder,
    VisitStatus,
)
from desk_app.domain.legal_rules import refusal_ground
from desk_app.domain.permissions import Action
from desk_app.domain.presider_rules import presider_breaks
from desk_app.domain.text import nfc, nfc_opt, search_key, void_reason
from desk_app.domain.visit import (
    DocumentInput,
    VisitInput,
    check_visit,
    held_by_joining,
    implies,
    is_delegated,
    search_text,
    session_key,
    visit_order,
)
from desk_app.domain.visit_papers import PrintProblem, VisitPaper, print_problem
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.i18n import labels, vi, vi_schedule_admin
from desk_app.i18n.formatting import fmt_date
from desk_app.services import audit, counters
from desk_app.services.citizens.access import Access, is_confidential_visit, log_view
from desk_app.services.citizens.people import masked_person, person_input, store_person
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.permissions import require
from desk_app.services.visits import matters as visit_matters
from desk_app.services.visits import refusal as visit_refusal
from desk_app.services.visits.linking import (
    first_visits,
    held_session_values,
    live_sessions,
    reorder_cases,
)
from desk_app.storage.records import (
    CaseRecord,
    CitizenRecord,
    ReceivedItemRecord,
    ReceptionSessionRecord,
    StaffRecord,
    VisitPersonRecord,
    VisitRecord,
)


@dataclass(frozen=True, slots=True)
class SavedVisit:
    id: int
    book_year: int
    book_no: int
    case_id: int | None
    case_code: str | None
    visit_order: VisitOrder
    status: VisitStatus
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VisitDetail:
    id: int
    book_year: int
    book_no: int
    status: VisitStatus
    visit_order: VisitOrder
    case_code: str | None
    is_voided: bool
    void_reason: str | None
    data: VisitInput
    identity_hidden: bool = False
    """The people of a confidential visit this user may not see: every identity field is "[Bảo mật]" or empty."""


def _presider_warning(s: DbSession, rec: VisitRecord) -> list[str]:
    """A periodic visit whose presider breaks the rule in force on the visit's own date (DOMAIN §2.2)."""
    presider = s.get(StaffRecord, rec.presided_by_id) if rec.presided_by_id is not None else None
    broken = presider_breaks(ReceptionKind(rec.kind), rec.date, bool(presider and presider.is_head))
    if broken is None:
        return []
    name = presider.full_name if presider else vi_schedule_admin.NO_PRESIDER
    return [
        vi_schedule_admin.PRESIDER_NOT_HEAD.format(
            date=fmt_date(rec.date), name=name, basis=broken.short_basis
        )
    ]


def warnings_for(visit: VisitInput) -> list[str]:
    """Things the officer should look at that do not block saving (Vietnamese sentences)."""
    out: list[str] = []
    people = [visit.visitor, *visit.representatives]
    for person in people:
        if not person.id_number:
            continue
        for warning in identity.id_warnings(person.id_number, person.gender, person.birth_year):
            if warning.code == "gender_mismatch":
                out.append(vi.WARN_ID_GENDER.format(expected=labels.GENDER[Gender(warning.expected)]))
            else:
                out.append(vi.WARN_ID_BIRTH_YEAR.format(expected=warning.expected, typed=warning.typed))
    if visit.is_refusal and visit.refusal_reason is not None:
        ground = refusal_ground(visit.refusal_reason, visit.date)
        if ground.needs_written_notice:
            out.append(vi.WARN_NOTICE_DUE.format(days=f"{ground.notice_working_days:02d}"))
    return out


class IntakeService:
    def __init__(self, ctx: ServiceContext, calendar: WorkingCalendarService | None = None) -> None:
        self._ctx = ctx
        self._calendar = calendar or WorkingCalendarService(ctx)

    # Saving --------------------------------------------------------------------------------------------
    def validate(self, visit: VisitInput) -> list[FieldError]:
        return check_visit(visit, self._ctx.today()) + visit_refusal.ground_problems(visit)

    def save(self, visit: VisitInput) -> SavedVisit:
        """Write a new line of the book; all or nothing."""
        require(self._ctx, Action.WRITE_CASES)
        self._raise_if_invalid(visit)
        calendar = self._working_calendar(visit.date)
        with self._ctx.db.write() as s, s.begin():
            year = visit.date.year
            rec = VisitRecord(
                book_year=year,
                book_no=counters.next_value(s, counters.VISIT_BOOK, year),
                created_by=self._ctx.actor.name,
                **self._apply(s, visit),
            )
            s.add(rec)
            s.flush()
            self._store_children(s, rec, visit)
            audit.record(s, self._ctx, "create", "visit", rec.id, audit.diff({}, _loggable(s, rec)))
            visit_refusal.sync_clock(s, self._ctx, calendar, rec)
            return self._saved(s, rec, visit)

    def update(self, visit_id: int, visit: VisitInput) -> SavedVisit:
        require(self._ctx, Action.WRITE_CASES)
        visit = self._keep_hidden_people(visit_id, visit)
        self._raise_if_invalid(visit)
        calendar = self._working_calendar(visit.date)
        with self._ctx.db.write() as s, s.begin():
            rec = self._load(s, visit_id)
            if rec.is_voided:
                raise ConflictError("visit.voided")
            before = _loggable(s, rec)
            for key, value in self._apply(s, visit).items():
                setattr(rec, key, value)
            rec.updated_at = dt.datetime.now(dt.UTC)
            rec.updated_by = self._ctx.actor.name
            s.execute(delete(VisitPersonRecord).where(VisitPersonRecord.visit_id == rec.id))
            s.execute(delete(ReceivedItemRecord).where(ReceivedItemRecord.visit_id == rec.id))
            self._store_children(s, rec, visit, before["case_id"])
            audit.record(s, self._ctx, "update", "visit", rec.id, audit.diff(before, _loggable(s, rec)))
            visit_refusal.sync_clock(s, self._ctx, calendar, rec)
            return self._saved(s, rec, visit)

    def void(self, visit_id: int, reason: str) -> None:
        """Cancel a wrong line of the book; it stays, marked, with the reason (no hard deletes)."""
        require(self._ctx, Action.WRITE_CASES)
        reason = void_reason(reason)
        calendar = self._working_calendar(self._ctx.today())
        with self._ctx.db.write() as s, s.begin():
            rec = self._load(s, visit_id)
            if rec.is_voided:
                raise ConflictError("visit.voided")
            rec.is_voided = True
            rec.void_reason = reason
            rec.updated_by = self._ctx.actor.name
            audit.record(s, self._ctx, "void", "visit", rec.id, {"is_voided": (False, True)}, reason)
            s.flush()
            # A voided visit no longer counts (domain.visit.visit_order), nor do its further matters (reports.facts).
            reorder_cases(s, [rec.case_id])
            visit_refusal.sync_clock(s, self._ctx, calendar, rec)

    def get(self, visit_id: int) -> VisitDetail:
        """One line of the book; the people of a confidential visit are masked unless this user may see them.

        A permitted user's view of a confidential visit is written to the audit log (DOMAIN §13.3).
        """
        require(self._ctx, Action.READ_CASES)
        with self._ctx.db.read() as s:
            rec = self._load(s, visit_id)
            shown = Access(self._ctx).visit_shown(s, rec)
            confidential = is_confidential_visit(rec)
            case = s.get(CaseRecord, rec.case_id) if rec.case_id else None
            data = _visit_input(s, rec)
            detail = VisitDetail(
                id=rec.id,
                book_year=rec.book_year,
                book_no=rec.book_no,
                status=VisitStatus(rec.status),
                visit_order=VisitOrder(rec.visit_order),
                case_code=case.code if case else None,
                is_voided=rec.is_voided,
                void_reason=rec.void_reason,
                data=data if shown else _masked(data),
                identity_hidden=not shown,
            )
        if shown and confidential:
            log_view(self._ctx, "visit", visit_id)
        return detail

    def history(self, visit_id: int) -> list[audit.ChangeEntry]:
        """The visit's change log; who the people were stays "[Bảo mật]" for a user who may not see them."""
        require(self._ctx, Action.READ_CASES)
        with self._ctx.db.read() as s:
            shown = Access(self._ctx).visit_shown(s, self._load(s, visit_id))
        entries = audit.history(self._ctx, "visit", visit_id)
        if shown:
            return entries
        return [replace(e, changes={k: _masked_change(k, v) for k, v in e.changes.items()}) for e in entries]

    def refusal_notice_state(self, visit_id: int) -> visit_refusal.NoticeState:
        """Whether the visit's Mẫu 01/TCD is due, issued (its number) or not needed."""
        with self._ctx.db.read() as s:
            return visit_refusal.notice_state(s, self._load(s, visit_id))

    def print_problem(self, visit_id: int, paper: VisitPaper) -> PrintProblem | None:
        """Why `paper` cannot be printed for the stored visit (domain.visit_papers), or None."""
        with self._ctx.db.read() as s:
            rec = self._load(s, visit_id)
            documents = s.scalar(
                select(func.count())
                .select_from(ReceivedItemRecord)
                .where(ReceivedItemRecord.visit_id == rec.id)
            )
            refusal = RefusalReason(rec.refusal_reason) if rec.refusal_reason else None
            return print_problem(paper, saved=True, refusal=refusal, documents=documents or 0, on=rec.date)

    def require_printable(self, visit_id: int, paper: VisitPaper) -> None:
        """Raise ConflictError (its key a PrintProblem) unless `paper` may be printed for the stored visit."""
        problem = self.print_problem(visit_id, paper)
        if problem is not None:
            raise ConflictError(problem.value)

    # Internals -----------------------------------------------------------------------------------------
    def _keep_hidden_people(self, visit_id: int, visit: VisitInput) -> VisitInput:
        """A user who may not see a visit's people cannot change them: what the form sent for them is ignored."""
        with self._ctx.db.read() as s:
            rec = self._load(s, visit_id)
            if Access(self._ctx).visit_shown(s, rec):
                return visit
            stored = _visit_input(s, rec)
        return replace(
            visit,
            visitor=stored.visitor,
            representatives=stored.representatives,
            authorised_person=stored.authorised_person,
        )

    def _raise_if_invalid(self, visit: VisitInput) -> None:
        errors = self.validate(visit)
        if errors:
            raise ValidationError(errors)

    def _working_calendar(self, on: dt.date) -> WorkingCalendar:
        """Read before the write transaction opens (the calendar has its own reading session)."""
        return self._calendar.load(range(on.year - 1, on.year + 2))

    @staticmethod
    def _load(s: DbSession, visit_id: int) -> VisitRecord:
        rec = s.get(VisitRecord, visit_id)
        if rec is None:
            raise NotFoundError("visit.not_found")
        return rec

    def _apply(self, s: DbSession, visit: VisitInput) -> dict[str, Any]:
        """Column values of a visit; stores the main citizen, finds or creates the case and session."""
        citizen = store_person(s, self._ctx, visit.visitor)
        facts = implies(visit.handling, visit.category, visit.group_size, visit.is_delegation)
        case_id = self._case_for(s, visit, citizen.id) if facts.has_case else None
        summary = nfc(visit.summary)
        head = s.get(StaffRecord, visit.presided_by_id) if visit.presided_by_id is not None else None
        delegated = is_delegated(head.is_head if head is not None else None, visit.delegated)
        reason = visit.refusal_reason if visit.is_refusal else None
        return {
            "date": visit.date,
            "time": visit.time,
            "kind": visit.kind.value,
            "mode": visit.mode.value,
            "session_id": self._session_for(s, visit, delegated),
            "presided_by_id": visit.presided_by_id,
            "delegated": delegated,
            "received_by_id": visit.received_by_id or self._ctx.actor.staff_id,
            "place_id": visit.place_id,
            "main_citizen_id": citizen.id,
            "group_size": visit.group_size,
            "is_delegation": facts.is_delegation,
            "authorised_person": nfc_opt(visit.authorised_person),
            "interpreter_name": nfc_opt(visit.interpreter_name),
            "summary": summary,
            "summary_key": search_key(summary),
            "requests": nfc_opt(visit.requests),
            "category": visit.category.value if visit.category else None,
            "field": visit.field.value if visit.field else None,
            "prior_handling": nfc_opt(visit.prior_handling),
            "prior_decision_level": visit.prior_decision_level.value if visit.prior_decision_level else None,
            "within_competence": visit.within_competence,
            "handling": visit.handling.value if visit.handling else None,
            "guidance_target": nfc_opt(visit.guidance_target),
            "guidance_doc_no": nfc_opt(visit.guidance_doc_no),
            "transfer_target": nfc_opt(visit.transfer_target),
            "transfer_doc_no": nfc_opt(visit.transfer_doc_no),
            "refusal_reason": reason.value if reason else None,
            "refusal_legal_basis": refusal_ground(reason, visit.date).legal_basis if reason else None,
            "follow_up": nfc_opt(visit.follow_up),
            "citizen_signed": visit.citizen_signed.value,
            "has_written_petition": visit.has_written_petition,
            "is_confidential": facts.is_confidential,
            "remarks": nfc_opt(visit.remarks),
            "status": facts.status.value,
            "case_id": case_id,
            "search_text": search_text(
                citizen.name_key, citizen.address_key, citizen.id_number, search_key(summary)
            ),
        }

    def _case_for(self, s: DbSession, visit: VisitInput, citizen_id: int) -> int:
        return visit_matters.case_for(
            s, self._ctx, visit.case_id, visit.date, visit.summary, visit.category, visit.field,
            visit.group_size, citizen_id,
        )  # fmt: skip

    def _session_for(self, s: DbSession, visit: VisitInput, delegated: bool) -> int | None:
        """The session a Định kỳ/Đột xuất visit joins (domain.visit.session_key), marked held; else a new held one."""
        key = session_key(visit.kind, visit.date, visit.presided_by_id)
        if key is None:
            return None
        found = live_sessions(s, [key]).get(key)
        if found is not None:
            session_id, status = found
            if held_by_joining(status):
                rec = s.get(ReceptionSessionRecord, session_id)
                assert rec is not None
                before = {"status": rec.status, "no_citizen_came": rec.no_citizen_came}
                rec.status, rec.no_citizen_came = ReceptionSessionStatus.DA_TIEP.value, False
                rec.updated_by = self._ctx.actor.name
                after = {"status": rec.status, "no_citizen_came": False}
                audit.record(
                    s, self._ctx, "held", "reception_session", rec.id, audit.diff(before, after),
                    vi_schedule_admin.LOG_HELD_BY_VISIT,
                )  # fmt: skip
            return session_id
        session = ReceptionSessionRecord(
            **held_session_values(key, visit.mode, delegated, visit.place_id), created_by=self._ctx.actor.name
        )
        s.add(session)
        s.flush()
        return session.id

    def _store_children(
        self, s: DbSession, rec: VisitRecord, visit: VisitInput, old_case_id: int | None = None
    ) -> None:
        for position, rep in enumerate(visit.representatives, start=1):
            citizen = store_person(s, self._ctx, rep)
            s.add(
                VisitPersonRecord(visit_id=rec.id, citizen_id=citizen.id, role="DAI_DIEN", position=position)
            )
        for position, doc in enumerate(visit.documents, start=1):
            s.add(
                ReceivedItemRecord(
                    visit_id=rec.id,
                    position=position,
                    title=nfc(doc.title),
                    pages=doc.pages,
                    condition=doc.condition.value,
                    quantity=doc.quantity,
                )
            )
        s.flush()
        matter_cases = visit_matters.store_matters(s, self._ctx, rec, visit)
        rec.visit_order = _order_of(s, rec).value
        s.flush()
        # A visit dated before its case's first one makes that one a repeat; a visit moved out of a case may leave
        # another one first.
        reorder_cases(s, [rec.case_id, old_case_id, *matter_cases])

    def _saved(self, s: DbSession, rec: VisitRecord, visit: VisitInput) -> SavedVisit:
        case = s.get(CaseRecord, rec.case_id) if rec.case_id else None
        return SavedVisit(
            id=rec.id,
            book_year=rec.book_year,
            book_no=rec.book_no,
            case_id=rec.case_id,
            case_code=case.code if case else None,
            visit_order=VisitOrder(rec.visit_order),
            status=VisitStatus(rec.status),
            warnings=(*warnings_for(visit), *_presider_warning(s, rec)),
        )


def _order_of(s: DbSession, rec: VisitRecord) -> VisitOrder:
    """Lần đầu / nhiều lần by domain.visit.visit_order, against the case's first other live visit."""
    if rec.case_id is None:
        return VisitOrder.LAN_DAU
    earliest = first_visits(s, [rec.case_id], besides=rec.id).get(rec.case_id)
    return visit_order((rec.date, rec.id), earliest)


_LOGGED = [
    "date",
    "time",
    "kind",
    "mode",
    "presided_by_id",
    "delegated",
    "main_citizen_id",
    "group_size",
    "is_delegation",
    "authorised_person",
    "interpreter_name",
    "summary",
    "requests",
    "category",
    "field",
    "prior_handling",
    "prior_decision_level",
    "within_competence",
    "handling",
    "guidance_target",
    "guidance_doc_no",
    "transfer_target",
    "transfer_doc_no",
    "refusal_reason",
    "follow_up",
    "citizen_signed",
    "remarks",
    "status",
    "case_id",
]


def _loggable(s: DbSession, rec: VisitRecord) -> dict[str, Any]:
    further = visit_matters.matters_logged(visit_matters.matters_of(s, rec.id))
    return {k: getattr(rec, k) for k in _LOGGED} | ({visit_matters.LOG_FIELD: further} if further else {})


_IDENTITY_FIELDS = frozenset({"main_citizen_id", "authorised_person"})


def _masked_change(field: str, change: tuple[Any, Any]) -> tuple[Any, Any]:
    if field not in _IDENTITY_FIELDS:
        return change
    return tuple(vi.MASKED if value not in (None, "") else value for value in change)  # type: ignore[return-value]


def _masked(data: VisitInput) -> VisitInput:
    """The visit as a user who may not see its people gets it: who they are is gone, the rest stays."""
    return replace(
        data,
        visitor=masked_person(data.visitor),
        representatives=tuple(masked_person(r) for r in data.representatives),
        authorised_person=vi.MASKED if data.authorised_person else None,
    )


def _visit_input(s: DbSession, rec: VisitRecord) -> VisitInput:
    citizen = s.get(CitizenRecord, rec.main_citizen_id)
    assert citizen is not None
    reps = s.scalars(
        select(CitizenRecord)
        .join(VisitPersonRecord, VisitPersonRecord.citizen_id == CitizenRecord.id)
        .where(VisitPersonRecord.visit_id == rec.id)
        .order_by(VisitPersonRecord.position)
    ).all()
    items = s.scalars(
        select(ReceivedItemRecord)
        .where(ReceivedItemRecord.visit_id == rec.id)
        .order_by(ReceivedItemRecord.position)
    ).all()
    return VisitInput(
        date=rec.date,
        time=rec.time,
        visitor=person_input(citizen),
        kind=ReceptionKind(rec.kind),
        mode=ReceptionMode(rec.mode),
        presided_by_id=rec.presided_by_id,
        delegated=rec.delegated,
        received_by_id=rec.received_by_id,
        place_id=rec.place_id,
        representatives=tuple(person_input(r) for r in reps),
        group_size=rec.group_size,
        is_delegation=rec.is_delegation,
        authorised_person=rec.authorised_person,
        interpreter_name=rec.interpreter_name,
        summary=rec.summary,
        requests=rec.requests,
        category=Category(rec.category) if rec.category else None,
        field=SubjectField(rec.field) if rec.field else None,
        prior_handling=rec.prior_handling,
        prior_decision_level=PriorDecisionLevel(rec.prior_decision_level)
        if rec.prior_decision_level
        else None,
        within_competence=rec.within_competence,
        handling=Handling(rec.handling) if rec.handling else None,
        guidance_target=rec.guidance_target,
        guidance_doc_no=rec.guidance_doc_no,
        transfer_target=rec.transfer_target,
        transfer_doc_no=rec.transfer_doc_no,
        refusal_reason=RefusalReason(rec.refusal_reason) if rec.refusal_reason else None,
        documents=tuple(
            DocumentInput(
                title=i.title, pages=i.pages, condition=DocCondition(i.condition), quantity=i.quantity
            )
            for i in items
        ),
        citizen_signed=SignatureKind(rec.citizen_signed),
        has_written_petition=rec.has_written_petition,
        follow_up=rec.follow_up,
        remarks=rec.remarks,
        case_id=rec.case_id,
        further_matters=visit_matters.matters_of(s, rec.id),
    )
