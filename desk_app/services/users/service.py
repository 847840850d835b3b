"""Sign-in accounts: add, roles, passwords, deactivation and signing in, each key-slot change under the office's key."""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Role
from desk_app.domain.passwords import login_problem, normalise_login, password_problem
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, search_key
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.users.rules import check_role_change, has_users, roles_of, roles_text
from desk_app.storage.keyslots import DEFAULT_KDF, KdfParams, KeySlots, WrongPassword
from desk_app.storage.records import StaffRecord, UserRecord


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    login: str
    full_name: str
    roles: tuple[Role, ...]
    staff_id: int | None
    active: bool
    must_change_password: bool
    last_sign_in: dt.datetime | None


def _info(rec: UserRecord) -> UserInfo:
    return UserInfo(
        id=rec.id,
        login=rec.login,
        full_name=rec.full_name,
        roles=roles_of(rec.roles),
        staff_id=rec.staff_id,
        active=rec.active,
        must_change_password=rec.must_change_password,
        last_sign_in=rec.last_sign_in,
    )


class NoOfficeKey(ConflictError):
    """A key-slot change without the office's data key: the services were opened on a database not yet secured."""

    def __init__(self) -> None:
        super().__init__("security.no_key")


class UserService:
    def __init__(self, ctx: ServiceContext, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        self._ctx = ctx
        self.kdf = kdf
        """Argon2id cost of the slots this service writes; tests pass a cheaper one explicitly."""
        self.recovery = False
        """Opened with the recovery key (session.recover): may name a leader without a leader's password."""

    # Reading ---------------------------------------------------------------------------------------
    def has_users(self) -> bool:
        with self._ctx.db.read() as s:
            return has_users(s)

    def list_users(self, *, active_only: bool = False) -> list[UserInfo]:
        require(self._ctx, Action.MANAGE_USERS)
        with self._ctx.db.read() as s:
            query = select(UserRecord)
            if active_only:
                query = query.where(UserRecord.active.is_(True))
            rows = s.scalars(query.order_by(UserRecord.active.desc(), UserRecord.login)).all()
            return [_info(r) for r in rows]

    def current(self) -> UserInfo | None:
        """The signed-in user (for "must change password" and the window's title), None before sign-in."""
        if self._ctx.actor.user_id is None:
            return None
        with self._ctx.db.read() as s:
            rec = s.get(UserRecord, self._ctx.actor.user_id)
            return _info(rec) if rec else None

    # Slots -----------------------------------------------------------------------------------------
    def _key(self) -> bytes:
        if self._ctx.key is None:
            raise NoOfficeKey()
        return self._ctx.key

    def _slots(self) -> KeySlots:
        return KeySlots.load(self._ctx.data_dir, kdf=self.kdf)

    def _unlock_own(self, password: str, field: str) -> None:
        """Open the signed-in user's own slot with `password`; a wrong one is that field's error (lockout counts)."""
        login = self._ctx.actor.login
        if login is None:
            raise ValidationError([FieldError(field, "wrong")])
        key = self._key()
        try:
            dek = self._slots().unlock(login, password, self._ctx.clock())
        except WrongPassword:
            raise ValidationError([FieldError(field, "wrong")]) from None
        if not hmac.compare_digest(dek, key):
            raise ValidationError([FieldError(field, "wrong")])

    def verify_password(self, password: str) -> None:
        """The idle lock's unlock: the signed-in user's password, or WrongPassword / AccountLocked (same lockout)."""
        login = self._ctx.actor.login
        key = self._key()
        if login is None:
            raise WrongPassword()
        dek = self._slots().unlock(login, password, self._ctx.clock())
        if not hmac.compare_digest(dek, key):
            raise WrongPassword()

    # Changing --------------------------------------------------------------------------------------
    def add_user(
        self,
        login: str,
        full_name: str,
        roles: Collection[Role],
        password: str,
        staff_id: int | None = None,
        leader_password: str | None = None,
    ) -> UserInfo:
        """A new account and its key slot; linked to `staff_id`, else to the one unlinked staff member of that name,
        else to a new staff record (the change log and the leader/handler rules read staff ids)."""
        require(self._ctx, Action.MANAGE_USERS)
        key = self._key()
        name = normalise_login(login)
        clean_name = nfc(full_name)
        wanted = tuple(Role(r) for r in roles)
        problems = credential_problems(name, password)
        if not clean_name:
            problems.append(FieldError("full_name", "required"))
        if not wanted:
            problems.append(FieldError("roles", "required"))
        if problems:
            raise ValidationError(problems)
        with self._ctx.db.write() as s, s.begin():
            if s.scalar(select(UserRecord.id).where(UserRecord.login == name)) is not None:
                raise ValidationError([FieldError("login", "taken")])
            staff = self._staff_for(s, staff_id, clean_name)
            check_role_change(
                s,
                self._ctx,
                before=(),
                after=wanted,
                user_id=None,
                staff_id=staff.id if staff else None,
                leader_password=leader_password,
                confirm=lambda p: self._unlock_own(p, "leader_password"),
                recovery=self.recovery,
            )
            rec = self._create(s, name, clean_name, wanted, staff)
            # Last, inside the transaction: a slot that cannot be written leaves no account behind.
            self._slots().add(name, password, key)
            return _info(rec)

    def set_up_first_user(
        self, login: str, full_name: str, roles: Collection[Role], staff_id: int | None = None
    ) -> UserInfo:
        """Set-up only (session.set_up_security, whose slot already exists): the office's first account."""
        self._key()
        name = normalise_login(login)
        with self._ctx.db.write() as s, s.begin():
            if has_users(s):
                raise ConflictError("security.already_set_up")
            try:
                staff = self._staff_for(s, staff_id, nfc(full_name))
            except (NotFoundError, ValidationError):
                # The database is already keyed: a stale staff choice must not leave an office nobody can open.
                staff = self._staff_for(s, None, nfc(full_name))
            return _info(self._create(s, name, nfc(full_name), tuple(roles), staff))

    def _create(
        self, s: DbSession, login: str, full_name: str, roles: tuple[Role, ...], staff: StaffRecord | None
    ) -> UserRecord:
        actor = self._ctx.actor.name
        if staff is None:
            staff = StaffRecord(
                full_name=full_name, name_key=search_key(full_name), roles="", active=True, created_by=actor
            )
            s.add(staff)
            s.flush()
            audit.record(s, self._ctx, "create", "staff", staff.id, {"full_name": (None, full_name)})
        self._mirror_to_staff(s, staff, roles)
        rec = UserRecord(
            login=login, full_name=full_name, staff_id=staff.id, roles=roles_text(roles), created_by=actor
        )
        s.add(rec)
        s.flush()
        changes = {"login": (None, login), "roles": (None, rec.roles), "staff_id": (None, staff.id)}
        audit.record(s, self._ctx, "create", "user", rec.id, changes)
        return rec

    def _staff_for(self, s: DbSession, staff_id: int | None, full_name: str) -> StaffRecord | None:
        linked = set(s.scalars(select(UserRecord.staff_id).where(UserRecord.active.is_(True))))
        if staff_id is not None:
            found = s.get(StaffRecord, staff_id)
            if found is None or found.is_voided:
                raise NotFoundError("staff.not_found")
            if found.id in linked:
                raise ValidationError([FieldError("staff_id", "taken")])
            return found
        same = s.scalars(
            select(StaffRecord).where(
                StaffRecord.name_key == search_key(full_name),
                StaffRecord.is_voided.is_(False),
                StaffRecord.active.is_(True),
            )
        ).all()
        free = [st for st in same if st.id not in linked]
        return free[0] if len(free) == 1 else None

    def _mirror_to_staff(self, s: DbSession, staff: StaffRecord, roles: Collection[Role]) -> None:
        text = roles_text(roles)
        if staff.roles != text:
            audit.record(s, self._ctx, "update", "staff", staff.id, {"roles": (staff.roles, text)})
            staff.roles = text
            staff.updated_by = self._ctx.actor.name

    def set_roles(
        self, user_id: int, roles: Collection[Role], leader_password: str | None = None
    ) -> UserInfo:
        require(self._ctx, Action.MANAGE_USERS)
        wanted = tuple(Role(r) for r in roles)
        if not wanted:
            raise ValidationError([FieldError("roles", "required")])
        with self._ctx.db.write() as s, s.begin():
            rec = self._user(s, user_id)
            check_role_change(
                s,
                self._ctx,
                before=roles_of(rec.roles),
                after=wanted,
                user_id=rec.id,
                staff_id=rec.staff_id,
                leader_password=leader_password,
                confirm=lambda p: self._unlock_own(p, "leader_password"),
                recovery=self.recovery,
            )
            if (
                Role.QUAN_TRI not in wanted
                and Role.QUAN_TRI in roles_of(rec.roles)
                and not self._other_admins(s, rec.id)
            ):
                raise ValidationError([FieldError("user", "last_admin")])
            before, rec.roles = rec.roles, roles_text(wanted)
            if before != rec.roles:
                rec.updated_by = self._ctx.actor.name
                audit.record(s, self._ctx, "update", "user", rec.id, {"roles": (before, rec.roles)})
                staff = s.get(StaffRecord, rec.staff_id) if rec.staff_id else None
                if staff is not None:
                    self._mirror_to_staff(s, staff, wanted)
            return _info(rec)

    def reset_password(self, login: str, new_password: str, leader_password: str | None = None) -> None:
        """An administrator sets a forgotten password; the user must choose their own at the next sign-in.

        Whoever knows a leader's password acts as that leader, so a leader's password is reset as LANH_DAO is given:
        by a leader who manages users, confirming with their own password, or in a recovery session."""
        require(self._ctx, Action.MANAGE_USERS)
        key = self._key()
        name = normalise_login(login)
        with self._ctx.db.write() as s, s.begin():
            rec = s.scalar(select(UserRecord).where(UserRecord.login == name, UserRecord.active.is_(True)))
            if rec is None:
                raise NotFoundError("user.not_found")
            problem = password_problem(new_password, login=name)
            if problem:
                raise ValidationError([FieldError("password", problem)])
            if (
                Role.LANH_DAO in roles_of(rec.roles)
                and rec.id != self._ctx.actor.user_id
                and not self.recovery
            ):
                if Role.LANH_DAO not in self._ctx.actor.roles:
                    raise ValidationError([FieldError("password", "leader_only")])
                if not leader_password:
                    raise ValidationError([FieldError("leader_password", "required")])
                self._unlock_own(leader_password, "leader_password")
            # In a recovery session the administrator sets their own new password: nothing to change again.
            rec.must_change_password = rec.id != self._ctx.actor.user_id and not self.recovery
            rec.updated_by = self._ctx.actor.name
            audit.record(s, self._ctx, "reset_password", "user", rec.id)
            self._slots().add(name, new_password, key)

    def clear_lockout(self, login: str) -> None:
        """An administrator lets a locked-out user try again at once (the password stays as it was)."""
        require(self._ctx, Action.MANAGE_USERS)
        self._key()
        self._slots().clear_lockout(login)
        with self._ctx.db.write() as s, s.begin():
            rec = s.scalar(select(UserRecord).where(UserRecord.login == normalise_login(login)))
            if rec is not None:
                audit.record(s, self._ctx, "clear_lockout", "user", rec.id)

    def change_password(self, old_password: str, new_password: str) -> None:
        """The signed-in user's own password; the old one must open their slot."""
        key = self._key()
        login = self._ctx.actor.login
        if login is None or self._ctx.actor.user_id is None:
            raise ConflictError("sign_in.required")
        problem = password_problem(new_password, login=login)
        if problem:
            raise ValidationError([FieldError("new_password", problem)])
        if hmac.compare_digest(new_password.encode(), old_password.encode()):
            raise ValidationError([FieldError("new_password", "same")])
        self._unlock_own(old_password, "old_password")
        with self._ctx.db.write() as s, s.begin():
            rec = self._user(s, self._ctx.actor.user_id)
            rec.must_change_password = False
            audit.record(s, self._ctx, "change_password", "user", rec.id)
            self._slots().add(login, new_password, key)

    def deactivate(self, user_id: int) -> UserInfo:
        """Close an account: its key slot is deleted, so its password opens nothing; the record stays for the log."""
        require(self._ctx, Action.MANAGE_USERS)
        self._key()
        with self._ctx.db.write() as s, s.begin():
            rec = self._user(s, user_id)
            if rec.id == self._ctx.actor.user_id:
                raise ValidationError([FieldError("user", "self")])
            if not rec.active:
                return _info(rec)
            if Role.QUAN_TRI in roles_of(rec.roles) and not self._other_admins(s, rec.id):
                raise ValidationError([FieldError("user", "last_admin")])
            rec.active = False
            rec.updated_by = self._ctx.actor.name
            audit.record(s, self._ctx, "deactivate", "user", rec.id, {"active": (True, False)})
            self._slots().remove(rec.login)
            return _info(rec)

    def _other_admins(self, s: DbSession, user_id: int) -> bool:
        rows = s.scalars(select(UserRecord).where(UserRecord.active.is_(True), UserRecord.id != user_id))
        return any(Role.QUAN_TRI in roles_of(r.roles) for r in rows)

    def _user(self, s: DbSession, user_id: int) -> UserRecord:
        rec = s.get(UserRecord, user_id)
        if rec is None:
            raise NotFoundError("user.not_found")
        return rec

    # Signing in ------------------------------------------------------------------------------------
    def sign_in(self, login: str, *, failed_attempts: int = 0) -> UserInfo:
        """Work as this active user from now on (after their slot opened: session.sign_in). Switching to another
        user is a new sign-in with new services, never a second call here."""
        self._key()
        if self._ctx.actor.login is not None:
            raise ConflictError("sign_in.already")
        name = normalise_login(login)
        with self._ctx.db.write() as s, s.begin():
            rec = s.scalar(select(UserRecord).where(UserRecord.login == name, UserRecord.active.is_(True)))
            if rec is None:
                raise WrongPassword()
            actor = self._ctx.actor
            actor.name, actor.staff_id, actor.roles = rec.full_name, rec.staff_id, roles_of(rec.roles)
            actor.login, actor.user_id = rec.login, rec.id
            rec.last_sign_in = self._ctx.clock()
            changes = {"failed_attempts": (None, failed_attempts)} if failed_attempts else None
            audit.record(s, self._ctx, "sign_in", "user", rec.id, changes)
            return _info(rec)


def credential_problems(login: str, password: str) -> list[FieldError]:
    problems = []
    login_code = login_problem(login)
    if login_code:
        problems.append(FieldError("login", login_code))
    password_code = password_problem(password, login=login)
    if password_code:
        problems.append(FieldError("password", password_code))
    return problems
