"""`Lượt` and `Kết quả` of an imported register (DOMAIN §16.3): one visit that raised several matters, and results.

Consecutive rows with the same non-empty `Lượt` key are one visit: the first row is the visit (its first matter),
each following row a further matter (visit_matter), with its own case. The visit-level columns must agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Category
from desk_app.i18n import vi_transfer as vt
from desk_app.services.transfer.bulk import bulk_insert, chunks
from desk_app.services.transfer.row_check import shown
from desk_app.services.transfer.table import BadRow
from desk_app.services.transfer.visit_import_rows import VisitLine
from desk_app.storage.records import CaseResultRecord, VisitMatterRecord, VisitRecord

_VISIT_COLUMNS: tuple[tuple[str, Any], ...] = (
    (vt.V_DATE, lambda x: x.date),
    (vt.V_KIND, lambda x: x.kind),
    (vt.V_PRESIDER, lambda x: x.presider.id if x.presider else None),
    (vt.V_DELEGATED, lambda x: x.delegated),
    (vt.V_NAME, lambda x: x.name),
    (vt.V_ID, lambda x: x.id_number),
    (vt.V_ADDRESS, lambda x: x.address),
    (vt.V_GROUP, lambda x: x.group_size),
)
"""The columns that describe the visit, not the matter: equal on every row of one `Lượt`."""


def turn_leads(lines: Sequence[VisitLine]) -> list[int | None]:
    """For each line, the index of the line that opens its visit when it is a further matter; None for a visit."""
    leads: list[int | None] = []
    for index, line in enumerate(lines):
        before = lines[index - 1] if index else None
        if line.turn and before is not None and before.turn == line.turn:
            previous = leads[index - 1]
            leads.append(index - 1 if previous is None else previous)
        else:
            leads.append(None)
    return leads


def turn_problems(lines: Sequence[VisitLine]) -> list[BadRow]:
    """A further matter whose visit-level columns differ from its visit's first row, or a turn with a refusal."""
    bad: list[BadRow] = []
    leads = turn_leads(lines)
    for line, lead_index in zip(lines, leads, strict=True):
        if lead_index is None:
            continue
        lead = lines[lead_index]
        reasons = [
            vt.R_TURN_DIFFERS.format(
                turn=vt.V_TURN, key=shown(line.turn or ""), first=lead.line, column=column
            )
            for column, value in _VISIT_COLUMNS
            if value(line) != value(lead)
        ]
        if line.refused or lead.refused:
            reasons.append(vt.R_TURN_REFUSED.format(turn=vt.V_TURN, key=shown(line.turn or "")))
        if reasons:
            bad.append(BadRow(line.line, tuple(reasons)))
    return bad


def write_matters_and_results(
    s: DbSession,
    lines: Sequence[VisitLine],
    case_ids: Sequence[int | None],
    visit_of_line: Sequence[int],
    now: dt.datetime,
    actor: str,
) -> tuple[int, int]:
    """After the visits are inserted: the further matters of each visit and every row's `Kết quả`, one case_result
    per row with a result, dated the visit's day. A visit with a further denunciation becomes confidential.
    Returns (matters, results) written."""
    leads = turn_leads(lines)
    matters: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    confidential: set[int] = set()
    position: dict[int, int] = {}
    for index, (line, case_id) in enumerate(zip(lines, case_ids, strict=True)):
        visit_id = visit_of_line[index]
        if leads[index] is not None and case_id is not None and line.category is not None:
            position[visit_id] = position.get(visit_id, 0) + 1
            matters.append(
                {
                    "visit_id": visit_id, "case_id": case_id, "position": position[visit_id],
                    "summary": line.summary, "category": line.category.value,
                    "field": line.field.value if line.field else None,
                }
            )  # fmt: skip
            if line.category is Category.TO_CAO:
                confidential.add(visit_id)
        if line.result is not None and case_id is not None:
            results.append(
                {
                    "case_id": case_id, "visit_id": visit_id, "result": line.result.value, "result_date": line.date,
                    "created_at": now, "created_by": actor, "is_voided": False,
                }
            )  # fmt: skip
    bulk_insert(s, VisitMatterRecord.__table__, matters)
    bulk_insert(s, CaseResultRecord.__table__, results)
    for part in chunks(sorted(confidential)):
        s.execute(update(VisitRecord).where(VisitRecord.id.in_(part)).values(is_confidential=True))
    return len(matters), len(results)
