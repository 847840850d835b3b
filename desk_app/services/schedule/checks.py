"""Checks and loads shared by the reception-calendar service: required fields, live records, allowed states."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import ReceptionKind, ReceptionSessionStatus
from desk_app.domain.text import nfc, nfc_opt
from desk_app.domain.visit import is_delegated
from desk_app.errors import FieldError, NotFoundError, ValidationError
from desk_app.services.schedule import store
from desk_app.services.schedule.types import SessionEdit
from desk_app.storage.records import LeaderRuleRecord, ReceptionSessionRecord, RegistrantRecord, StaffRecord

EDIT_FIELDS = (
    "date", "presided_by_id", "kind", "mode", "start_time", "end_time", "place_id", "participants",
    "expected_content", "delegation_doc",
)  # fmt: skip
DONE = frozenset({ReceptionSessionStatus.DA_TIEP, ReceptionSessionStatus.KHONG_CO_CONG_DAN})


def reason(text: str | None, field: str) -> str:
    why = nfc(text or "")
    if not why:
        raise ValidationError([FieldError(field, "required")])
    return why


def live_staff(s: DbSession, staff_id: int) -> StaffRecord | None:
    rec = s.get(StaffRecord, staff_id)
    return rec if rec is not None and not rec.is_voided else None


def delegated(s: DbSession, presided_by_id: int | None) -> bool:
    """domain.visit.is_delegated for a session; an office with no head on record delegates nobody."""
    head = store.head(s)
    return is_delegated(None if presided_by_id is None or head is None else head.id == presided_by_id)


def load_rule(s: DbSession, rule_id: int) -> LeaderRuleRecord:
    rec = s.get(LeaderRuleRecord, rule_id)
    if rec is None or rec.is_voided:
        raise NotFoundError("rule.not_found")
    return rec


def load_registrant(s: DbSession, registrant_id: int) -> RegistrantRecord:
    rec = s.get(RegistrantRecord, registrant_id)
    if rec is None or rec.is_voided:
        raise NotFoundError("registrant.not_found")
    return rec


def refuse_cancelled(rec: ReceptionSessionRecord) -> None:
    if rec.is_voided:
        raise ValidationError([FieldError("session.status", "voided")])
    if rec.status == ReceptionSessionStatus.HUY.value:
        raise ValidationError([FieldError("session.status", "cancelled")])


def refuse_done(rec: ReceptionSessionRecord) -> None:
    if ReceptionSessionStatus(rec.status) in DONE:
        raise ValidationError([FieldError("session.status", "held")])


def clean_edit(s: DbSession, edit: SessionEdit) -> dict[str, Any]:
    errors: list[FieldError] = []
    if edit.date is None:
        errors.append(FieldError("date", "required"))
    if edit.presided_by_id is None:
        errors.append(FieldError("presided_by_id", "required"))
    elif live_staff(s, edit.presided_by_id) is None:
        errors.append(FieldError("presided_by_id", "not_found"))
    if edit.kind not in store.LEADER_KINDS:
        errors.append(FieldError("kind", "invalid"))
    if edit.start_time and edit.end_time and edit.end_time <= edit.start_time:
        errors.append(FieldError("end_time", "before_start"))
    if errors:
        raise ValidationError(errors)
    values: dict[str, Any] = {
        "date": edit.date,
        "presided_by_id": edit.presided_by_id,
        "kind": ReceptionKind(edit.kind).value,
        "mode": edit.mode.value,
        "start_time": edit.start_time,
        "end_time": edit.end_time,
        "place_id": edit.place_id,
        "participants": nfc_opt(edit.participants),
        "expected_content": nfc_opt(edit.expected_content),
        "delegation_doc": nfc_opt(edit.delegation_doc),
    }
    assert set(values) == set(EDIT_FIELDS)
    return values
