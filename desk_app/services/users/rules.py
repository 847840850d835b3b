"""Who may change whose roles (DOMAIN §13.3, §16.6): one check for the users tab, the command line and the staff list."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Role
from desk_app.domain.permissions import Action
from desk_app.errors import FieldError, ValidationError
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.storage.records import UserRecord

Confirm = Callable[[str], None]
"""Checks the acting leader's password; raises ValidationError leader_password.wrong when it does not open their slot."""


def roles_text(roles: Iterable[Role]) -> str:
    return ",".join(r.value for r in sorted(set(roles), key=list(Role).index))


def roles_of(text: str | None) -> tuple[Role, ...]:
    return tuple(Role(x) for x in (text or "").split(",") if x)


def has_users(s: DbSession) -> bool:
    """Whether the office has sign-in accounts: from then on roles are granted through them only."""
    return s.scalar(select(UserRecord.id).limit(1)) is not None


def had_leader_account(s: DbSession) -> bool:
    """Whether any account, even one deactivated since, was ever given LANH_DAO as far as the table shows.

    Until then anyone who manages users may name the first leader; afterwards only a leader with their password.
    Deactivating keeps the account's roles, so removing every leader does not reopen that door."""
    rows = s.scalars(select(UserRecord.roles).where(UserRecord.roles.contains(Role.LANH_DAO.value)))
    return any(Role.LANH_DAO in roles_of(r) for r in rows)


def check_role_change(
    s: DbSession,
    ctx: ServiceContext,
    *,
    before: Collection[Role],
    after: Collection[Role],
    user_id: int | None,
    staff_id: int | None,
    leader_password: str | None,
    confirm: Confirm | None,
    recovery: bool = False,
) -> None:
    """Refuse a role change the acting user may not make; nothing is written here.

    - only who may MANAGE_USERS changes roles (AccessDenied otherwise);
    - nobody changes their own roles;
    - giving or taking LANH_DAO needs the acting user to be a leader confirming with their own password (`confirm`),
      except while the office has never had a leader account, or in a session opened with the recovery key.
    """
    old, new = frozenset(before), frozenset(after)
    if old == new:
        return
    require(ctx, Action.MANAGE_USERS)
    actor = ctx.actor
    own = (user_id is not None and user_id == actor.user_id) or (
        staff_id is not None and staff_id == actor.staff_id
    )
    if own:
        raise ValidationError([FieldError("roles", "own")])
    if Role.LANH_DAO not in old ^ new or recovery or not had_leader_account(s):
        return
    if confirm is None:
        raise ValidationError([FieldError("roles", "leader_via_users")])
    if Role.LANH_DAO not in actor.roles:
        raise ValidationError([FieldError("roles", "leader_only")])
    if not leader_password:
        raise ValidationError([FieldError("leader_password", "required")])
    confirm(leader_password)
