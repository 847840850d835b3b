"""TONG-HOP (DOMAIN §16.4): the review's figures loaded from the database and its paragraphs, worded as offices write
them in their periodic and multi-year reviews (seed 003)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.matter_results import is_resolved, latest_results
from desk_app.domain.reports.review import DialogueFact, Review, review
from desk_app.i18n import vi_review as txt
from desk_app.i18n.formatting import fmt_date
from desk_app.i18n.vi_reports import num
from desk_app.services.reports import facts as report_facts
from desk_app.services.visits.case_results import result_facts
from desk_app.storage.records import DialogueRecord


@dataclass(frozen=True, slots=True)
class ReviewReport:
    """What `report TONG-HOP` prints: the figures and the paragraphs."""

    review: Review
    text: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "form": "TONG-HOP",
            "from": self.review.first.isoformat(),
            "to": self.review.last.isoformat(),
            "figures": self.review.figures.as_dict(),
            "text": "\n".join(self.text),
        }


def load(s: DbSession, first: dt.date, last: dt.date) -> ReviewReport:
    visits = report_facts.counted_visits(s, last)
    sessions = report_facts.sessions_in(s, first, last)
    dialogues = _dialogues(s, first, last)
    cases = {case for v in visits if first <= v.date for case in v.cases}
    result = review(visits, sessions, dialogues, resolved_cases(s, cases, last), first, last)
    return ReviewReport(result, tuple(paragraphs(result)))


def resolved_cases(s: DbSession, case_ids: set[int], last: dt.date) -> dict[int, bool]:
    """Each case's latest result known by `last` (a visit's `Kết quả`, a correction, a petition's result): True when
    it says resolved."""
    latest = latest_results(result_facts(s, case_ids, last), last)
    return {case_id: is_resolved(latest.get(case_id)) for case_id in case_ids}


def _dialogues(s: DbSession, first: dt.date, last: dt.date) -> list[DialogueFact]:
    rows = s.scalars(
        select(DialogueRecord).where(
            DialogueRecord.is_voided.is_(False), DialogueRecord.date >= first, DialogueRecord.date <= last
        )
    ).all()
    return [
        DialogueFact(r.date, r.kind, r.recommendations or 0, r.recommendations_in_competence or 0)
        for r in rows
    ]


def paragraphs(r: Review) -> list[str]:
    f = r.figures
    periodic = txt.PERIODIC.format(turns=num(f.periodic_turns), persons=num(f.periodic_persons))
    if r.not_held:
        items = "; ".join(
            txt.NOT_HELD_ITEM.format(date=fmt_date(day.date), reason=day.reason or txt.NOT_HELD_NO_REASON)
            for day in r.not_held
        )
        periodic += txt.NOT_HELD.format(count=num(len(r.not_held)), items=items)
    if f.sessions_no_citizen:
        periodic += txt.NO_CITIZEN.format(count=num(f.sessions_no_citizen))
    lines = [
        txt.OPENING.format(
            first=fmt_date(r.first), last=fmt_date(r.last),             dialogues=num(f.dialogues), sessions=num(f.sessions_held), turns=num(r.turns), persons=num(r.persons),
        ),
        periodic,
    ]  # fmt: skip
    if f.adhoc_turns:
        lines.append(txt.ADHOC.format(turns=num(f.adhoc_turns), persons=num(f.adhoc_persons)))
    lines.append(
        txt.REGULAR.format(
            turns=num(f.regular_turns), persons=num(f.regular_persons),
            cases=num(f.regular_cases_new + f.regular_cases_old), old=num(f.regular_cases_old),
            new=num(f.regular_cases_new),
        )
    )  # fmt: skip
    lines.append(
        txt.DELEGATIONS.format(count=num(f.delegations), persons=num(f.delegation_persons))
        if f.delegations
        else txt.NO_DELEGATION
    )
    lines.append(
        txt.RESULTS.format(
            cases=num(f.cases), old=num(f.cases_old), new=num(f.cases_new), resolved=num(f.resolved),
            unresolved=num(f.unresolved),
        )
    )  # fmt: skip
    lines.append(
        txt.DIALOGUES.format(
            count=num(f.dialogues), periodic=num(f.dialogues_periodic), adhoc=num(f.dialogues_adhoc),
            raised=num(f.dialogue_recommendations), inside=num(f.dialogue_recommendations_in_competence),
        )
        if f.dialogues
        else txt.NO_DIALOGUE
    )  # fmt: skip
    return lines
