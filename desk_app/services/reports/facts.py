"""Loading the facts a report counts from the database (voided records and refused visits left out)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Handling, VisitStatus
from desk_app.domain.reports.columns import ReportForm
from desk_app.domain.reports.count import Facts
from desk_app.domain.reports.facts import (
    PetitionFact,
    ReplyFact,
    SessionFact,
    VisitFact,
    earlier_contacts,
    matter_of,
)
from desk_app.storage.records import (
    DecisionRecord,
    FollowUpRecord,
    PetitionRecord,
    ReceptionSessionRecord,
    VisitMatterRecord,
    VisitRecord,
)

APPROVED = "DUYET"
REPLY = "NHAN_PHUC_DAP"
RESULT = "NHAN_KET_QUA"
WITHDRAWN = "RUT_DON"


def counted_visits(s: DbSession, last: dt.date) -> list[VisitFact]:
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
    more = _more_cases(s, last)
    return [
        VisitFact(r[0], r[1], r[2], bool(r[3]), r[4], r[5], more.get(r[0], ()))
        for r in rows
        if r[5] is not None
    ]


def _more_cases(s: DbSession, last: dt.date) -> dict[int, tuple[int, ...]]:
    """The further matters' cases of each live visit up to `last` (DOMAIN §16.3 `Lượt`), in the order raised."""
    found: dict[int, list[int]] = defaultdict(list)
    for visit_id, case_id in s.execute(
        select(VisitMatterRecord.visit_id, VisitMatterRecord.case_id)
        .join(VisitRecord, VisitRecord.id == VisitMatterRecord.visit_id)
        .where(VisitRecord.is_voided.is_(False), VisitRecord.date <= last)
        .order_by(VisitMatterRecord.visit_id, VisitMatterRecord.position, VisitMatterRecord.id)
    ):
        found[visit_id].append(case_id)
    return {visit_id: tuple(cases) for visit_id, cases in found.items()}


def sessions_in(s: DbSession, first: dt.date, last: dt.date) -> list[SessionFact]:
    rows = s.scalars(
        select(ReceptionSessionRecord)
        .where(
            ReceptionSessionRecord.is_voided.is_(False),
            ReceptionSessionRecord.date >= first,
            ReceptionSessionRecord.date <= last,
        )
        .order_by(ReceptionSessionRecord.date, ReceptionSessionRecord.id)
    ).all()
    return [SessionFact(r.id, r.date, r.kind, r.delegated, r.status, r.status_reason) for r in rows]


def petitions_until(s: DbSession, last: dt.date) -> list[PetitionFact]:
    """Every live petition received up to `last`, with what had happened to it by then and whether its matter
    had reached this office before."""
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
    links = {r.id: (r.case_id, r.duplicate_of_id) for r in recs}
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
                case_key=matter_of(r.id, links),
                prior_level=r.prior_decision_level,
                processable=r.processable,
                visit_id=r.visit_id,
                processed_on=min(firsts) if firsts else None,
                handling=Handling(made[-1][2]) if made else None,
                resolved_on=events.get((r.id, RESULT)),
            )
        )
    earlier = earlier_contacts(facts, _visits_by_case(s, last))
    return [replace(p, reached_before=True) if p.id in earlier else p for p in facts]


def replies_in(s: DbSession, first: dt.date, last: dt.date) -> list[ReplyFact]:
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


def _visits_by_case(s: DbSession, last: dt.date) -> dict[int, list[tuple[dt.date, int]]]:
    """(day, visit id) of every live visit up to `last` per case, refused ones included: they reached the office."""
    visits_by_case: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for vid, day, case_id in s.execute(
        select(VisitRecord.id, VisitRecord.date, VisitRecord.case_id).where(
            VisitRecord.is_voided.is_(False), VisitRecord.case_id.is_not(None), VisitRecord.date <= last
        )
    ):
        if case_id is not None:
            visits_by_case[case_id].append((day, vid))
    for vid, day, case_id in s.execute(
        select(VisitRecord.id, VisitRecord.date, VisitMatterRecord.case_id)
        .join(VisitRecord, VisitRecord.id == VisitMatterRecord.visit_id)
        .where(VisitRecord.is_voided.is_(False), VisitRecord.date <= last)
    ):
        visits_by_case[case_id].append((day, vid))
    return visits_by_case


def load(s: DbSession, form: ReportForm, first: dt.date, last: dt.date) -> Facts:
    """The facts `form` counts for the period [first, last]."""
    if form is ReportForm.TCD_01:
        return Facts(visits=counted_visits(s, last), sessions=sessions_in(s, first, last))
    return Facts(petitions=petitions_until(s, last), replies=replies_in(s, first, last))
