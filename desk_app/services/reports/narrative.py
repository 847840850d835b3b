"""The written report's paragraphs with the period's figures filled in, and the monthly series for the charts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.domain.reports import periods as report_periods
from desk_app.domain.reports import xld as rules
from desk_app.domain.reports.columns import Window
from desk_app.domain.reports.count import Facts, count
from desk_app.domain.reports.forms import definition
from desk_app.domain.reports.tcd01 import HEAD_KINDS
from desk_app.i18n import vi_reports as vrep
from desk_app.i18n.formatting import fmt_date
from desk_app.services.reports import facts as report_facts
from desk_app.services.reports.types import ReportForm, ReportPeriod
from desk_app.storage.records import DialogueRecord, StaffRecord

NOT_HELD = frozenset({ReceptionSessionStatus.HOAN.value, ReceptionSessionStatus.HUY.value})


def _n(values: dict[int, int], *columns: int) -> str:
    return vrep.num(sum(values[c] for c in columns))


def _window(period: ReportPeriod) -> Window:
    return Window(period.first, period.last)


def _head_name(s: DbSession) -> str:
    head = s.scalars(
        select(StaffRecord).where(StaffRecord.is_head.is_(True), StaffRecord.is_voided.is_(False)).limit(1)
    ).first()
    return (head.position or "").strip() if head is not None and head.position else vrep.N_HEAD_DEFAULT


def tcd_lines(s: DbSession, period: ReportPeriod) -> list[str]:
    visits = report_facts.counted_visits(s, period.last)
    sessions = report_facts.sessions_in(s, period.first, period.last)
    v = count(definition(ReportForm.TCD_01), Facts(visits=visits, sessions=sessions), _window(period)).values
    lines = [
        vrep.N_TCD_TOTAL.format(
            turns=_n(v, 1), persons=_n(v, 2), cases=_n(v, 3), old=_n(v, 7, 16, 25), new=_n(v, 6, 15, 24),
            groups=_n(v, 8, 17, 26), group_persons=_n(v, 9, 18, 27),
        ),
        vrep.N_TCD_HEAD.format(
            head=_head_name(s), sessions=_n(v, 12), turns=_n(v, 13), persons=_n(v, 14), cases=_n(v, 15, 16),
            old=_n(v, 16), new=_n(v, 15),
        ),
    ]  # fmt: skip
    if v[21] or v[22]:
        lines.append(
            vrep.N_TCD_DELEGATED.format(
                sessions=_n(v, 21), turns=_n(v, 22), persons=_n(v, 23), cases=_n(v, 24, 25),
                old=_n(v, 25), new=_n(v, 24),
            )
        )  # fmt: skip
    lines.append(
        vrep.N_TCD_REGULAR.format(
            turns=_n(v, 4), persons=_n(v, 5), cases=_n(v, 6, 7), old=_n(v, 7), new=_n(v, 6)
        )
    )
    head_sessions = [x for x in sessions if x.kind in HEAD_KINDS]
    missed = [x for x in head_sessions if x.status in NOT_HELD]
    if missed:
        items = "; ".join(
            vrep.N_NOT_HELD_ITEM.format(date=fmt_date(x.date), reason=x.reason or vrep.N_NOT_HELD_NO_REASON)
            for x in missed
        )
        lines.append(vrep.N_NOT_HELD.format(count=vrep.num(len(missed)), items=items))
    empty = sum(1 for x in head_sessions if x.status == ReceptionSessionStatus.KHONG_CO_CONG_DAN.value)
    if empty:
        lines.append(vrep.N_NO_CITIZEN.format(count=vrep.num(empty)))
    lines.append(_dialogue_line(s, period))
    return lines


def _dialogue_line(s: DbSession, period: ReportPeriod) -> str:
    kinds = Counter(
        s.scalars(
            select(DialogueRecord.kind).where(
                DialogueRecord.is_voided.is_(False),
                DialogueRecord.date >= period.first,
                DialogueRecord.date <= period.last,
            )
        ).all()
    )
    if not kinds:
        return vrep.N_NO_DIALOGUE
    parts = ", ".join(
        f"{vrep.DIALOGUE_KIND.get(kind, kind)}: {vrep.num(count)}" for kind, count in sorted(kinds.items())
    )
    return vrep.N_DIALOGUES.format(count=vrep.num(sum(kinds.values())), kinds=parts)


def xld_lines(s: DbSession, period: ReportPeriod) -> list[str]:
    petitions = report_facts.petitions_until(s, period.last)
    replies = report_facts.replies_in(s, period.first, period.last)
    window = _window(period)
    v = count(definition(ReportForm.XLD_01), Facts(petitions=petitions, replies=replies), window).values
    ok = [p for p in petitions if rules.processable(p, window)]
    inside = [p for p in rules.representatives(ok) if rules.within_competence(p, window)]
    done = sum(1 for p in inside if p.resolved_on is not None)
    return [
        vrep.N_XLD.format(
            must=_n(v, 1), carried=_n(v, 2), received=_n(v, 3), done=_n(v, 4), left=_n(v, 5), ok=_n(v, 6),
            cases=_n(v, 7), kn=_n(v, 8), tc=_n(v, 9), pa=_n(v, 10),
        ),
        vrep.N_XLD_RESULT.format(
            inside=_n(v, 14), outside=_n(v, 18), guided=_n(v, 19), moved=_n(v, 20), urged=_n(v, 21),
            replies=_n(v, 22),
        ),
        vrep.N_RESOLVED.format(done=vrep.num(done), left=vrep.num(len(inside) - done)),
    ]  # fmt: skip


def narrative(s: DbSession, period: ReportPeriod) -> str:
    header = vrep.N_HEADER.format(
        label=period.label[:1].lower() + period.label[1:],
        first=fmt_date(period.first),
        last=fmt_date(period.last),
    )
    return "\n".join([header, *tcd_lines(s, period), *xld_lines(s, period)])


def monthly_series(
    s: DbSession, period: ReportPeriod, *, calendar_months: bool
) -> list[tuple[str, int, int]]:
    """(month label, visits counted by 01/TCD, petitions received) per report month of the period."""
    spans = report_periods.months_within(period.first, period.last, calendar_months=calendar_months)
    visits = [v.date for v in report_facts.counted_visits(s, period.last) if v.date >= period.first]
    received = [
        p.received for p in report_facts.petitions_until(s, period.last) if p.received >= period.first
    ]
    return [
        (
            vrep.month_short(span),
            _within(visits, span.first, span.last),
            _within(received, span.first, span.last),
        )
        for span in spans
    ]


def _within(days: Sequence[dt.date], first: dt.date, last: dt.date) -> int:
    return sum(1 for d in days if first <= d <= last)
