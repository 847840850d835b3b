"""Results of cases (DOMAIN §16.3 `Kết quả`): each case's latest result for the reports, recorded, corrected, voided."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.matter_results import MatterResult, ResultFact, latest_results
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc_opt, void_reason
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.reports.facts import counted_visits
from desk_app.storage.records import CaseRecord, CaseResultRecord, FollowUpRecord, PetitionRecord, VisitRecord

ENTITY = "case"
PETITION_RESULT = "NHAN_KET_QUA"
NOTE_LIMIT = 500
CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters


@dataclass(frozen=True, slots=True)
class CaseResultInfo:
    """One recorded result of a case, live or voided (the history keeps both)."""

    id: int
    case_id: int
    visit_id: int | None
    result: MatterResult
    on: dt.date
    note: str | None
    voided: bool
    void_reason: str | None


@dataclass(frozen=True, slots=True)
class SpanCase:
    """A case of a visit in the span, with its latest result known by the span's last day (None: no result)."""

    case_id: int
    code: str
    result: MatterResult | None


def result_facts(s: DbSession, case_ids: set[int], last: dt.date) -> list[ResultFact]:
    """The live results of these cases up to `last`: those recorded for the case (a visit's `Kết quả`, a correction)
    and the results received on its live petitions (Đã giải quyết). On one day a result recorded for the case wins."""
    if not case_ids:
        return []
    facts: list[ResultFact] = []
    for start in range(0, len(case_ids), CHUNK):
        facts += _facts_of(s, sorted(case_ids)[start : start + CHUNK], last)
    return facts


def _facts_of(s: DbSession, ids: list[int], last: dt.date) -> list[ResultFact]:
    facts = [
        ResultFact(case_id, on, rid, MatterResult(result))
        for rid, case_id, on, result in s.execute(
            select(CaseResultRecord.id, CaseResultRecord.case_id, CaseResultRecord.result_date, CaseResultRecord.result)
            .outerjoin(VisitRecord, VisitRecord.id == CaseResultRecord.visit_id)
            .where(CaseResultRecord.is_voided.is_(False), CaseResultRecord.case_id.in_(ids))
            .where(CaseResultRecord.result_date <= last)
            # A result recorded at a visit goes with it when the visit is voided (a wrong line of the book).
            .where(CaseResultRecord.visit_id.is_(None) | VisitRecord.is_voided.is_(False))
        )
    ]  # fmt: skip
    for case_id, on in s.execute(
        select(PetitionRecord.case_id, FollowUpRecord.event_date)
        .join(PetitionRecord, PetitionRecord.id == FollowUpRecord.petition_id)
        .where(
            FollowUpRecord.is_voided.is_(False),
            PetitionRecord.is_voided.is_(False),
            FollowUpRecord.event_type == PETITION_RESULT,
            PetitionRecord.case_id.in_(ids),
            FollowUpRecord.event_date <= last,
        )
    ):
        if case_id is not None:
            facts.append(ResultFact(case_id, on, -1, MatterResult.DA_GIAI_QUYET))
    return facts


def span_cases(s: DbSession, first: dt.date, last: dt.date) -> list[SpanCase]:
    """The distinct cases of every counted visit in [first, last] (each matter of a visit), in order of first
    appearance, with each case's latest result known by `last`: TONG-HOP's `cases`, `resolved`, `unresolved`."""
    order: dict[int, None] = {}
    for v in counted_visits(s, last):
        if v.date >= first:
            order.update(dict.fromkeys(v.cases))
    latest = latest_results(result_facts(s, set(order), last), last)
    ids = list(order)
    codes: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        codes.update(
            (case_id, code)
            for case_id, code in s.execute(
                select(CaseRecord.id, CaseRecord.code).where(CaseRecord.id.in_(part))
            )
        )
    return [SpanCase(case_id, codes.get(case_id, ""), latest.get(case_id)) for case_id in order]


class CaseResultService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def span(self, first: dt.date, last: dt.date) -> list[SpanCase]:
        """span_cases for the reports (VIEW_REPORTS)."""
        require(self._ctx, Action.VIEW_REPORTS)
        with self._ctx.db.read() as s:
            return span_cases(s, first, last)

    def history(self, case_id: int) -> list[CaseResultInfo]:
        """Every result recorded for the case, voided ones included, oldest first."""
        require(self._ctx, Action.READ_CASES)
        with self._ctx.db.read() as s:
            rows = s.scalars(
                select(CaseResultRecord)
                .where(CaseResultRecord.case_id == case_id)
                .order_by(CaseResultRecord.result_date, CaseResultRecord.id)
            ).all()
            return [_info(r) for r in rows]

    def latest(self, case_id: int, last: dt.date | None = None) -> MatterResult | None:
        """The case's latest result known by `last` (default today); None when none was recorded."""
        require(self._ctx, Action.READ_CASES)
        day = last or self._ctx.today()
        with self._ctx.db.read() as s:
            return latest_results(result_facts(s, {case_id}, day), day).get(case_id)

    def record(
        self,
        case_id: int,
        result: MatterResult,
        on: dt.date,
        *,
        note: str | None = None,
        visit_id: int | None = None,
    ) -> CaseResultInfo:
        """A result of the case as of `on` (a later day's result supersedes it in the reports of later periods)."""
        require(self._ctx, Action.WRITE_CASES)
        if on > self._ctx.today():
            raise ValidationError([FieldError("result_date", "future")])
        with self._ctx.db.write() as s, s.begin():
            case = s.get(CaseRecord, case_id)
            if case is None or case.is_voided:
                raise NotFoundError("case.not_found")
            rec = self._add(s, case_id, result, on, note, visit_id)
            audit.record(
                s, self._ctx, "result", ENTITY, case_id, {"result": (None, result.value), "on": (None, on)}
            )
            return _info(rec)

    def correct(
        self, result_id: int, result: MatterResult, reason: str, on: dt.date | None = None
    ) -> CaseResultInfo:
        """Replace a recorded result (imported wrong, entered wrong): the old one is voided with `reason`, the new one
        keeps its visit and, unless `on` is given, its day."""
        require(self._ctx, Action.WRITE_CASES)
        reason = void_reason(reason)
        with self._ctx.db.write() as s, s.begin():
            old = self._live(s, result_id)
            day = on or old.result_date
            if day > self._ctx.today():
                raise ValidationError([FieldError("result_date", "future")])
            self._void(s, old, reason)
            rec = self._add(s, old.case_id, result, day, old.note, old.visit_id)
            audit.record(
                s, self._ctx, "correct_result", ENTITY, old.case_id,
                {"result": (old.result, result.value), "on": (old.result_date, day), "result_id": (old.id, rec.id)},
                reason,
            )  # fmt: skip
            return _info(rec)

    def void(self, result_id: int, reason: str) -> None:
        """Void a recorded result; the case's latest result is then the one before it (or none)."""
        require(self._ctx, Action.WRITE_CASES)
        reason = void_reason(reason)
        with self._ctx.db.write() as s, s.begin():
            old = self._live(s, result_id)
            self._void(s, old, reason)
            audit.record(
                s, self._ctx, "void_result", ENTITY, old.case_id,
                {"result": (old.result, None), "result_id": (old.id, None)}, reason,
            )  # fmt: skip

    def _live(self, s: DbSession, result_id: int) -> CaseResultRecord:
        rec = s.get(CaseResultRecord, result_id)
        if rec is None:
            raise NotFoundError("case_result.not_found")
        if rec.is_voided:
            raise ConflictError("case_result.voided")
        return rec

    def _add(
        self,
        s: DbSession,
        case_id: int,
        result: MatterResult,
        on: dt.date,
        note: str | None,
        visit_id: int | None,
    ) -> CaseResultRecord:
        rec = CaseResultRecord(
            case_id=case_id, visit_id=visit_id, result=result.value, result_date=on,
            note=(nfc_opt(note) or "")[:NOTE_LIMIT] or None, created_by=self._ctx.actor.name,
        )  # fmt: skip
        s.add(rec)
        s.flush()
        return rec

    def _void(self, s: DbSession, rec: CaseResultRecord, reason: str) -> None:
        rec.is_voided = True
        rec.void_reason = reason[:500]
        rec.updated_at = dt.datetime.now(dt.UTC)
        rec.updated_by = self._ctx.actor.name
        s.flush()


def _info(rec: CaseResultRecord) -> CaseResultInfo:
    return CaseResultInfo(
        rec.id,
        rec.case_id,
        rec.visit_id,
        MatterResult(rec.result),
        rec.result_date,
        rec.note,
        rec.is_voided,
        rec.void_reason,
    )
