"""Explicit access grants (DOMAIN §13.3.2): a leader lets a named staff member see one confidential case or petition."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Role
from desk_app.domain.permissions import Action, allowed
from desk_app.domain.text import nfc
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.users.rules import has_users, roles_of
from desk_app.storage.records import AccessGrantRecord, CaseRecord, PetitionRecord, StaffRecord, UserRecord

ENTITY = "access_grant"
_Rows = Select[AccessGrantRecord, str, str, int, int]
"""A grant, its staff member's name, and its case code or petition number and year (None where not joined)."""
REASON_MAX = 500


@dataclass(frozen=True, slots=True)
class GrantInfo:
    """One grant, live or revoked; times are the office's wall-clock times."""

    id: int
    staff_id: int
    staff_name: str
    case_id: int | None
    case_code: str | None
    petition_id: int | None
    petition_label: str | None
    reason: str
    granted_by: str
    granted_at: dt.datetime
    revoked_at: dt.datetime | None
    revoked_by: str | None
    revoke_reason: str | None

    @property
    def live(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class Grantee:
    """A staff member a grant can go to: one who reads case content but does not already see every record."""

    staff_id: int
    staff_name: str
    login: str | None
    roles: tuple[Role, ...]


class AccessGrantService:
    """Grant, revoke and list; only who may GRANT_ACCESS (the leader). Each change is audited in its transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # Reading ---------------------------------------------------------------------------------------------
    def list_for(self, *, case_id: int | None = None, petition_id: int | None = None) -> list[GrantInfo]:
        """The grants of this case or petition (revoked ones too), newest first."""
        require(self._ctx, Action.GRANT_ACCESS)
        _check_one_target(case_id, petition_id)
        where = (
            AccessGrantRecord.case_id == case_id
            if case_id is not None
            else AccessGrantRecord.petition_id == petition_id
        )
        with self._ctx.db.read() as s:
            return _infos(s, _query().where(where))

    def list_all(self, *, live_only: bool = False) -> list[GrantInfo]:
        """Every grant of the office, newest first (only the live ones with `live_only`)."""
        require(self._ctx, Action.GRANT_ACCESS)
        query = _query()
        if live_only:
            query = query.where(AccessGrantRecord.revoked_at.is_(None))
        with self._ctx.db.read() as s:
            return _infos(s, query)

    def grantees(self) -> list[Grantee]:
        """Who may be given a grant: active staff who read cases, are no leader and are not the acting user; once
        the office has accounts, only staff with an active account (they sign in as that account)."""
        require(self._ctx, Action.GRANT_ACCESS)
        with self._ctx.db.read() as s:
            accounts = has_users(s)
            query = select(StaffRecord, UserRecord.login).where(
                StaffRecord.is_voided.is_(False), StaffRecord.active.is_(True)
            )
            if accounts:
                query = query.join(UserRecord, UserRecord.staff_id == StaffRecord.id).where(
                    UserRecord.active.is_(True)
                )
            else:
                query = query.outerjoin(UserRecord, UserRecord.staff_id == StaffRecord.id)
            found: dict[int, Grantee] = {}
            for staff, login in s.execute(query.order_by(StaffRecord.full_name, StaffRecord.id)):
                roles = roles_of(staff.roles)
                if staff.id == self._ctx.actor.staff_id or not _may_receive(roles):
                    continue
                found.setdefault(staff.id, Grantee(staff.id, staff.full_name, login, roles))
            return list(found.values())

    # Changing --------------------------------------------------------------------------------------------
    def grant(
        self, staff_id: int | None, *, case_id: int | None = None, petition_id: int | None = None, reason: str
    ) -> GrantInfo:
        """Let `staff_id` see this case (all its visits and petitions) or this petition (and its visit)."""
        require(self._ctx, Action.GRANT_ACCESS)
        _check_one_target(case_id, petition_id)
        text = nfc(reason or "").strip()
        problems: list[FieldError] = []
        if staff_id is None:
            problems.append(FieldError("grantee", "required"))
        elif staff_id == self._ctx.actor.staff_id:
            problems.append(FieldError("grantee", "self"))
        if not text:
            problems.append(FieldError("reason", "required"))
        elif len(text) > REASON_MAX:
            problems.append(FieldError("reason", "too_long"))
        if problems:
            raise ValidationError(problems)
        assert staff_id is not None
        with self._ctx.db.write() as s, s.begin():
            _check_grantee(s, staff_id)
            _check_target(s, case_id, petition_id)
            live = s.scalar(
                select(AccessGrantRecord.id).where(
                    AccessGrantRecord.staff_id == staff_id,
                    AccessGrantRecord.revoked_at.is_(None),
                    AccessGrantRecord.case_id == case_id
                    if case_id is not None
                    else AccessGrantRecord.petition_id == petition_id,
                )
            )
            if live is not None:
                raise ValidationError([FieldError("grantee", "already_granted")])
            rec = AccessGrantRecord(
                staff_id=staff_id,
                case_id=case_id,
                petition_id=petition_id,
                reason=text,
                granted_by=self._ctx.actor.name,
                granted_at=self._ctx.clock(),
            )
            s.add(rec)
            s.flush()
            audit.record(s, self._ctx, "grant", ENTITY, rec.id, _target(s, rec), text)
            return _infos(s, _query().where(AccessGrantRecord.id == rec.id))[0]

    def revoke(self, grant_id: int, reason: str) -> GrantInfo:
        """End a live grant: the rows it showed are hidden again from the next search; the grant itself stays."""
        require(self._ctx, Action.GRANT_ACCESS)
        text = nfc(reason or "").strip()
        if not text:
            raise ValidationError([FieldError("reason", "required")])
        if len(text) > REASON_MAX:
            raise ValidationError([FieldError("reason", "too_long")])
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(AccessGrantRecord, grant_id)
            if rec is None:
                raise NotFoundError("access_grant.not_found")
            if rec.revoked_at is not None:
                raise ConflictError("access_grant.revoked")
            now = self._ctx.clock()
            rec.revoked_at, rec.revoked_by, rec.revoke_reason = now, self._ctx.actor.name, text
            changes = {"revoked_at": (None, now.isoformat(sep=" ")), **_target(s, rec)}
            audit.record(s, self._ctx, "revoke", ENTITY, rec.id, changes, text)
            s.flush()
            return _infos(s, _query().where(AccessGrantRecord.id == rec.id))[0]


def _check_one_target(case_id: int | None, petition_id: int | None) -> None:
    if (case_id is None) == (petition_id is None):
        raise ValidationError([FieldError("grant_target", "one")])


def _may_receive(roles: tuple[Role, ...]) -> bool:
    return allowed(roles, Action.READ_CASES) and not allowed(roles, Action.SEE_ALL_CONFIDENTIAL)


def _check_grantee(s: DbSession, staff_id: int) -> None:
    staff = s.get(StaffRecord, staff_id)
    if staff is None or staff.is_voided or not staff.active:
        raise NotFoundError("staff.not_found")
    if has_users(s):
        account = s.scalar(
            select(UserRecord.id).where(UserRecord.staff_id == staff_id, UserRecord.active.is_(True))
        )
        if account is None:
            raise ValidationError([FieldError("grantee", "no_account")])
    if not allowed(roles_of(staff.roles), Action.READ_CASES):
        # An administrator or a reports-only user reads no case content: a grant would show them nothing.
        raise ValidationError([FieldError("grantee", "no_case_role")])


def _check_target(s: DbSession, case_id: int | None, petition_id: int | None) -> None:
    if case_id is not None:
        case = s.get(CaseRecord, case_id)
        if case is None or case.is_voided:
            raise NotFoundError("case.not_found")
    else:
        petition = s.get(PetitionRecord, petition_id)
        if petition is None or petition.is_voided:
            raise NotFoundError("petition.not_found")


def _target(s: DbSession, rec: AccessGrantRecord) -> dict[str, tuple[object, object]]:
    """What the audit entry names: the staff member and the case (by its code) or the petition (by its number);
    a revocation repeats them unchanged so that its entry reads whole on its own."""
    revoked = rec.revoked_at is not None
    staff = {"staff_id": (rec.staff_id if revoked else None, rec.staff_id)}
    if rec.case_id is not None:
        return {**staff, "case_id": (rec.case_id if revoked else None, rec.case_id)}
    petition = s.get(PetitionRecord, rec.petition_id)
    label = f"{petition.register_no}/{petition.book_year}" if petition else str(rec.petition_id)
    return {**staff, "petition": (label if revoked else None, label)}


def _query() -> _Rows:
    return (
        select(
            AccessGrantRecord,
            StaffRecord.full_name,
            CaseRecord.code,
            PetitionRecord.register_no,
            PetitionRecord.book_year,
        )
        .join(StaffRecord, StaffRecord.id == AccessGrantRecord.staff_id)
        .outerjoin(CaseRecord, CaseRecord.id == AccessGrantRecord.case_id)
        .outerjoin(PetitionRecord, PetitionRecord.id == AccessGrantRecord.petition_id)
        .order_by(AccessGrantRecord.revoked_at.is_not(None), AccessGrantRecord.id.desc())
    )


def _infos(s: DbSession, query: _Rows) -> list[GrantInfo]:
    return [
        GrantInfo(
            id=g.id,
            staff_id=g.staff_id,
            staff_name=name,
            case_id=g.case_id,
            case_code=code,
            petition_id=g.petition_id,
            petition_label=f"{no}/{year}" if g.petition_id is not None and no is not None else None,
            reason=g.reason,
            granted_by=g.granted_by,
            granted_at=g.granted_at,
            revoked_at=g.revoked_at,
            revoked_by=g.revoked_by,
            revoke_reason=g.revoke_reason,
        )
        for g, name, code, no, year in s.execute(query)
    ]
