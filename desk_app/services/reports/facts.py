"""The records a report counts, read once as plain facts (voided ones and refused visits left out)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.enums import Handling, VisitStatus
from desk_app.storage.records import (
    DecisionRecord,
    FollowUpRecord,
    PetitionRecord,
    SessionRecord,
    VisitRecord,
)

APPROVED = "DUYET"
REPLY = "NHAN_PHUC_DAP"
RESULT = "NHAN_KET_QUA"
WITHDRAWN = "RUT_DON"
CaseKey = tuple[str, int]
"""("c", case id) for a case of the register, ("p", petition id) for a petition with no case (its own matter)."""


@dataclass(frozen=True, slots=True)
class VisitFact:
    id: int
    date: dt.date
    kind: str
    delegated: bool
    group_size: int
    case_id: int


@dataclass(frozen=True, slots=True)
class SessionFact:
    id: int
    date: dt.date
    kind: str
    delegated: bool
    status: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class PetitionFact:
    """A petition as of the period's last day: its handling is the latest approved decision up to then."""

    id: int
    received: dt.date
    category: str
    field: str | None
    case_key: CaseKey
    prior_level: str | None
    processable: bool | None
    visit_id: int | None
    processed_on: dt.date | None
    """The first approved decision, or the withdrawal of a petition never decided; None while pending."""
    handling: Handling | None
    resolved_on: dt.date | None
    """The first result received (NHAN_KET_QUA)."""


@dataclass(frozen=True, slots=True)
class ReplyFact:
    id: int
    petition_id: int
    category: str
    date: dt.date


def counted_visits(s: Session, last: dt.date) -> list[VisitFact]:
    """Every visit up to `last` that a report counts: not voided, not refused, ordered as they were entered."""
    rows = s.execute(
        select(
            VisitRecord.id, VisitRecord.date, VisitRecord.kind, VisitRecord.delegated, VisitRecord.group_size,
            VisitRecord.case_id,
        )
        .where(
            VisitRecord.is_voided.is_(False),
            VisitRecord.date <= last,
            VisitRecord.status != VisitStatus.TU_CHOI.value,
            VisitRecord.case_id.is_not(None),
        )
        .where((VisitRecord.handling.is_(None)) | (VisitRecord.handling != Handling.TU_CHOI_TIEP.value))
        .order_by(VisitRecord.date, VisitRecord.id)
    ).all()  # fmt: skip
    return [VisitFact(r[0], r[1], r[2], bool(r[3]), r[4], r[5]) for r in rows if r[5] is not None]


def sessions_in(s: Session, first: dt.date, last: dt.date) -> list[SessionFact]:
    rows = s.scalars(
        select(SessionRecord)
        .where(SessionRecord.is_voided.is_(False), SessionRecord.date >= first, SessionRecord.date <= last)
        .order_by(SessionRecord.date, SessionRecord.id)
    ).all()
    return [SessionFact(r.id, r.date, r.kind, r.delegated, r.status, r.status_reason) for r in rows]


def petitions_until(s: Session, last: dt.date) -> list[PetitionFact]:
    """Every live petition received up to `last`, with what had happened to it by then."""
    recs = s.scalars(
        select(PetitionRecord)
        .where(PetitionRecord.is_voided.is_(False), PetitionRecord.received_date <= last)
        .order_by(PetitionRecord.received_date, PetitionRecord.id)
    ).all()
    decisions: dict[int, list[tuple[dt.date, int, str]]] = defaultdict(list)
    for pid, at, did, proposal in s.execute(
        select(
            DecisionRecord.petition_id, DecisionRecord.approved_at, DecisionRecord.id, DecisionRecord.proposal
        ).where(DecisionRecord.outcome == APPROVED, DecisionRecord.approved_at.is_not(None))
    ):
        if at is not None and at.date() <= last:
            decisions[pid].append((at.date(), did, proposal))
    events: dict[tuple[int, str], dt.date] = {}
    for pid, kind, on in s.execute(
        select(FollowUpRecord.petition_id, FollowUpRecord.event_type, FollowUpRecord.event_date)
        .where(
            FollowUpRecord.is_voided.is_(False),
            FollowUpRecord.event_type.in_((RESULT, WITHDRAWN)),
            FollowUpRecord.event_date <= last,
        )
        .order_by(FollowUpRecord.event_date)
    ):
        events.setdefault((pid, kind), on)
    by_id = {r.id: r for r in recs}
    facts = []
    for r in recs:
        made = sorted(decisions.get(r.id, []))
        firsts = [d for d in (made[0][0] if made else None, events.get((r.id, WITHDRAWN))) if d is not None]
        facts.append(
            PetitionFact(
                id=r.id,
                received=r.received_date,
                category=r.category,
                field=r.field,
                case_key=_case_key(r, by_id),
                prior_level=r.prior_decision_level,
                processable=r.processable,
                visit_id=r.visit_id,
                processed_on=min(firsts) if firsts else None,
                handling=Handling(made[-1][2]) if made else None,
                resolved_on=events.get((r.id, RESULT)),
            )
        )
    return facts


def _case_key(rec: PetitionRecord, by_id: dict[int, PetitionRecord]) -> CaseKey:
    """A duplicate belongs to the matter of the petition it repeats: it adds a petition, never a case."""
    seen: set[int] = set()
    current = rec
    while current.case_id is None and current.duplicate_of_id in by_id and current.id not in seen:
        seen.add(current.id)
        current = by_id[current.duplicate_of_id]
    if current.case_id is not None:
        return ("c", current.case_id)
    return ("p", current.id)


def replies_in(s: Session, first: dt.date, last: dt.date) -> list[ReplyFact]:
    """Replies received to transferred petitions (Số văn bản phúc đáp): NHAN_PHUC_DAP events in the period."""
    rows = s.execute(
        select(
            FollowUpRecord.id, FollowUpRecord.petition_id, PetitionRecord.category, FollowUpRecord.event_date
        )
        .join(PetitionRecord, PetitionRecord.id == FollowUpRecord.petition_id)
        .where(
            FollowUpRecord.is_voided.is_(False),
            PetitionRecord.is_voided.is_(False),
            FollowUpRecord.event_type == REPLY,
            FollowUpRecord.event_date >= first,
            FollowUpRecord.event_date <= last,
        )
        .order_by(FollowUpRecord.event_date, FollowUpRecord.id)
    ).all()
    return [ReplyFact(r[0], r[1], r[2], r[3]) for r in rows]


def earlier_contacts(s: Session, petitions: list[PetitionFact], last: dt.date) -> set[int]:
    """Petitions whose matter had reached this office before: an earlier petition or visit of the same case."""
    visits_by_case: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for vid, day, case_id in s.execute(
        select(VisitRecord.id, VisitRecord.date, VisitRecord.case_id).where(
            VisitRecord.is_voided.is_(False), VisitRecord.case_id.is_not(None), VisitRecord.date <= last
        )
    ):
        if case_id is not None:
            visits_by_case[case_id].append((day, vid))
    first_petition: dict[CaseKey, tuple[dt.date, int]] = {}
    for p in petitions:
        first_petition.setdefault(p.case_key, (p.received, p.id))
    found: set[int] = set()
    for p in petitions:
        if first_petition[p.case_key] < (p.received, p.id):
            found.add(p.id)
            continue
        if p.case_key[0] == "c" and any(
            day < p.received and vid != p.visit_id for day, vid in visits_by_case.get(p.case_key[1], ())
        ):
            found.add(p.id)
    return found
