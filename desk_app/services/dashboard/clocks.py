"""The dashboard's deadline rows in words: which deadline, for which record, and who handles it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.deadline_rules import DEADLINE_RULES
from desk_app.i18n import vi_dashboard as vdb
from desk_app.i18n.formatting import fmt_date
from desk_app.services.deadlines.service import ClockGroups, ClockRow
from desk_app.storage.records import StaffRecord, VisitRecord
from desk_app.storage.records.deadline import DeadlineRecord, DeadlineRuleRecord
from desk_app.storage.records.dialogue import DialogueAnswerRecord, DialogueRecord
from desk_app.storage.records.petition import DecisionRecord, PetitionRecord
from desk_app.storage.records.schedule import ConclusionItemRecord
from desk_app.storage.records.visit import ReceptionSessionRecord


@dataclass(frozen=True, slots=True)
class DueClock:
    """A clock as the dashboard names it: `what` the deadline is (short) and `subject` the record it runs on."""

    row: ClockRow
    what: str
    what_full: str
    """The rule's own wording (rules data), shown in full in the tooltip."""
    subject: str
    handler: str | None

    @property
    def title(self) -> str:
        return vdb.CLOCK_TITLE.format(what=self.what, subject=self.subject) if self.subject else self.what


@dataclass(frozen=True, slots=True)
class DueGroups:
    due_soon: tuple[DueClock, ...]
    overdue: tuple[DueClock, ...]


@dataclass(frozen=True, slots=True)
class _Subject:
    text: str
    handler: str | None = None


_Resolver = Callable[[DbSession, Sequence[int]], dict[int, _Subject]]


def name_clocks(s: DbSession, groups: ClockGroups) -> DueGroups:
    """Word every row of `groups`, reading each kind of record once."""
    rows = [*groups.due_soon, *groups.overdue]
    rules = _rule_names(s, [r.deadline_id for r in rows])
    by_type: dict[str, list[int]] = {}
    for r in rows:
        by_type.setdefault(r.entity_type, []).append(r.entity_id)
    subjects: dict[tuple[str, int], _Subject] = {}
    for entity_type, ids in by_type.items():
        resolver = _RESOLVERS.get(entity_type)
        if resolver is not None:
            subjects.update({(entity_type, i): subject for i, subject in resolver(s, ids).items()})

    def named(r: ClockRow) -> DueClock:
        full = rules.get(r.deadline_id) or _seed_name(r.rule_code)
        what = vdb.DEADLINE_NAMES.get(r.rule_code) or full or vdb.UNNAMED.format(id=r.deadline_id)
        found = subjects.get((r.entity_type, r.entity_id))
        subject = found.text if found is not None else r.label
        handler = (found.handler if found is not None else None) or r.responsible
        return DueClock(r, what, full, subject, handler)

    return DueGroups(tuple(named(r) for r in groups.due_soon), tuple(named(r) for r in groups.overdue))


def _rule_names(s: DbSession, deadline_ids: Sequence[int]) -> dict[int, str]:
    if not deadline_ids:
        return {}
    rows = s.execute(
        select(DeadlineRecord.id, DeadlineRuleRecord.what_vi)
        .join(DeadlineRuleRecord, DeadlineRuleRecord.id == DeadlineRecord.rule_id)
        .where(DeadlineRecord.id.in_(deadline_ids))
    ).all()
    return {r[0]: r[1] for r in rows}


def _seed_name(code: str) -> str:
    return next((r.what_vi for r in DEADLINE_RULES if r.code == code), "")


def _staff_names(s: DbSession, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(StaffRecord.id, StaffRecord.full_name).where(StaffRecord.id.in_(wanted))).all()
    return {r[0]: r[1] for r in rows}


def _petitions(s: DbSession, ids: Sequence[int]) -> dict[int, _Subject]:
    """A petition's handler: the one assigned, else the officer who last proposed its handling, else the one who
    entered it (until someone is assigned, the letter stays with whoever registered it)."""
    rows = s.execute(
        select(
            PetitionRecord.id, PetitionRecord.register_no, PetitionRecord.book_year, PetitionRecord.handler_id,
            PetitionRecord.created_by,
        ).where(PetitionRecord.id.in_(ids))
    ).all()  # fmt: skip
    latest = (
        select(DecisionRecord.petition_id, func.max(DecisionRecord.id).label("last"))
        .where(DecisionRecord.petition_id.in_(ids), DecisionRecord.is_voided.is_(False))
        .group_by(DecisionRecord.petition_id)
        .subquery()
    )
    proposers = {
        r[0]: r[1]
        for r in s.execute(
            select(DecisionRecord.petition_id, DecisionRecord.proposed_by_id).join(
                latest, latest.c.last == DecisionRecord.id
            )
        ).all()
    }
    staff = _staff_names(s, [*(r[3] for r in rows), *proposers.values()])
    out: dict[int, _Subject] = {}
    for pid, number, year, handler_id, created_by in rows:
        proposer = proposers.get(pid)
        handler = (
            (staff.get(handler_id) if handler_id else None)
            or (staff.get(proposer) if proposer else None)
            or created_by
            or None
        )
        out[pid] = _Subject(vdb.SUBJECT_PETITION.format(no=number, year=year), handler)
    return out


def _visits(s: DbSession, ids: Sequence[int]) -> dict[int, _Subject]:
    """A clock on a visit (e.g. the refusal notice) names the visit by its line in the register."""
    rows = s.execute(
        select(VisitRecord.id, VisitRecord.book_no, VisitRecord.book_year, VisitRecord.received_by_id)
        .where(VisitRecord.id.in_(ids))
    ).all()  # fmt: skip
    staff = _staff_names(s, (r[3] for r in rows))
    return {
        r[0]: _Subject(vdb.SUBJECT_VISIT.format(no=r[1], year=r[2]), staff.get(r[3]) if r[3] else None)
        for r in rows
    }


def _conclusion_items(s: DbSession, ids: Sequence[int]) -> dict[int, _Subject]:
    rows = s.execute(
        select(ConclusionItemRecord.id, ReceptionSessionRecord.date, ConclusionItemRecord.citizen_name)
        .join(ReceptionSessionRecord, ReceptionSessionRecord.id == ConclusionItemRecord.session_id)
        .where(ConclusionItemRecord.id.in_(ids))
    ).all()  # fmt: skip
    return {r[0]: _Subject(vdb.SUBJECT_SESSION_ITEM.format(date=fmt_date(r[1]), name=r[2])) for r in rows}


def _dialogues(s: DbSession, ids: Sequence[int]) -> dict[int, _Subject]:
    rows = s.execute(
        select(DialogueRecord.id, DialogueRecord.date, DialogueRecord.presided_by_id).where(
            DialogueRecord.id.in_(ids)
        )
    ).all()
    staff = _staff_names(s, (r[2] for r in rows))
    return {
        r[0]: _Subject(vdb.SUBJECT_DIALOGUE.format(date=fmt_date(r[1])), staff.get(r[2]) if r[2] else None)
        for r in rows
    }


def _dialogue_answers(s: DbSession, ids: Sequence[int]) -> dict[int, _Subject]:
    rows = s.execute(
        select(DialogueAnswerRecord.id, DialogueRecord.date, DialogueAnswerRecord.unit)
        .join(DialogueRecord, DialogueRecord.id == DialogueAnswerRecord.dialogue_id)
        .where(DialogueAnswerRecord.id.in_(ids))
    ).all()  # fmt: skip
    return {r[0]: _Subject(vdb.SUBJECT_DIALOGUE.format(date=fmt_date(r[1])), r[2]) for r in rows}


_RESOLVERS: dict[str, _Resolver] = {
    "petition": _petitions,
    "visit": _visits,
    "session_conclusion_item": _conclusion_items,
    "dialogue": _dialogues,
    "dialogue_answer": _dialogue_answers,
}
"""Entity types clocks run on; a clock on any other type keeps the label it was started with."""
