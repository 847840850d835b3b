"""Chart series of a report period beside the monthly one: by subject field, and petition deadlines met or missed."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import SubjectField
from desk_app.i18n import labels
from desk_app.i18n import vi_report_series as vseries
from desk_app.services.reports import facts as report_facts
from desk_app.services.reports.types import ReportPeriod
from desk_app.storage.records import PetitionRecord, VisitRecord
from desk_app.storage.records.deadline import DeadlineRecord

PETITION = "petition"


def field_series(s: DbSession, period: ReportPeriod) -> list[tuple[str, int, int]]:
    """(field label, visits counted by 01/TCD, petitions received) per subject field, in the law's order.

    Fields with neither are left out; records with no field come last as "Chưa xác định lĩnh vực".
    """
    first, last = period.first, period.last
    counted = {v.id for v in report_facts.counted_visits(s, last) if v.date >= first}
    fields = s.execute(
        select(VisitRecord.id, VisitRecord.field).where(VisitRecord.date >= first, VisitRecord.date <= last)
    ).all()
    visits = Counter(field for vid, field in fields if vid in counted)
    petitions = Counter(p.field for p in report_facts.petitions_until(s, last) if p.received >= first)
    keys: list[str | None] = [f.value for f in SubjectField]
    keys += sorted(k for k in {*visits, *petitions} if k is not None and k not in keys)
    keys.append(None)
    return [(_field_label(key), visits[key], petitions[key]) for key in keys if visits[key] or petitions[key]]


def _field_label(key: str | None) -> str:
    if key is None:
        return vseries.FIELD_UNKNOWN
    try:
        return labels.SUBJECT_FIELD[SubjectField(key)]
    except ValueError:
        return key


def timeliness_series(s: DbSession, period: ReportPeriod, today: dt.date) -> list[tuple[str, int]]:
    """The petition clocks whose due date (an extension's when given) falls in the period: done by it, done
    after it, and not done with the date passed as of `today`. Clocks still running inside their time are
    not counted; voided clocks and voided petitions are left out."""
    due = func.coalesce(DeadlineRecord.extended_to, DeadlineRecord.due_date)
    rows = s.execute(
        select(due, DeadlineRecord.completed_on)
        .join(PetitionRecord, PetitionRecord.id == DeadlineRecord.entity_id)
        .where(
            DeadlineRecord.entity_type == PETITION,
            DeadlineRecord.is_voided.is_(False),
            PetitionRecord.is_voided.is_(False),
            due >= period.first,
            due <= period.last,
        )
    ).all()
    on_time = late = overdue = 0
    for due_on, done_on in rows:
        if done_on is not None:
            if done_on <= due_on:
                on_time += 1
            else:
                late += 1
        elif due_on < today:
            overdue += 1
    return [(vseries.ON_TIME, on_time), (vseries.LATE, late), (vseries.OVERDUE, overdue)]
