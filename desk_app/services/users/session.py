"""The entry points every front end uses: secure an office (first user + recovery key), sign in, open with recovery.

Signing in is unwrapping the user's key slot: the password releases the office's data key, which opens the database.
Call these with no Services open on the data folder (set-up may convert the database file in place).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from desk_app.domain.enums import Role
from desk_app.domain.passwords import normalise_login
from desk_app.domain.text import nfc
from desk_app.errors import ConflictError, FieldError, ValidationError
from desk_app.i18n import vi_users
from desk_app.paths import AppPaths
from desk_app.services import audit
from desk_app.services.registry import Services, open_services
from desk_app.services.users.service import credential_problems
from desk_app.storage import cipher
from desk_app.storage.health import DatabaseDamaged
from desk_app.storage.keyslots import DEFAULT_KDF, KdfParams, KeySlots, KeySlotsExist, WrongPassword
from desk_app.storage.warm import start_warming


def is_secured(paths: AppPaths) -> bool:
    """Whether the data folder has key slots: then the window asks for a sign-in, else for the first set-up."""
    return KeySlots.exists(paths.data)


def _secure_database(paths: AppPaths, key: bytes) -> None:
    """Encrypt an existing plain database under the new key, after a backup (itself encrypted), before it is opened."""
    if paths.database.exists() and not cipher.is_encrypted(paths.database):
        cipher.encrypt_plain_database(paths.database, key, paths.backups)


def _undo_set_up(paths: AppPaths, fresh: bool) -> None:
    """Forget a set-up that failed before any data was keyed: the slots, and a database it created itself."""
    if fresh:
        for suffix in ("", "-wal", "-shm", "-journal"):
            paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    if fresh or not cipher.is_encrypted(paths.database):
        paths.keyslots.unlink(missing_ok=True)


def set_up_security(
    paths: AppPaths,
    login: str,
    full_name: str,
    password: str,
    now: dt.datetime,
    *,
    staff_id: int | None = None,
    roles: Collection[Role] = (),
    kdf: KdfParams = DEFAULT_KDF,
) -> tuple[Services, str]:
    """Secure the office and sign its first user in: (services, recovery key text to print once).

    The first user administers (QUAN_TRI) plus `roles` (LANH_DAO when the person setting up is the head: while the
    office has no leader account, naming one needs no leader's password). They are linked to `staff_id`, else to the
    one staff member of that name, else to a new staff record. An existing plain database is converted first.
    """
    if KeySlots.exists(paths.data):
        raise KeySlotsExist()
    if paths.database.exists() and cipher.is_encrypted(paths.database):
        # Encrypted but its keyslots.json is gone: a new key would not open it, and must not be written beside it.
        raise ConflictError("security.slots_missing")
    problems = credential_problems(normalise_login(login), password)
    if not nfc(full_name):
        problems.append(FieldError("full_name", "required"))
    if problems:
        raise ValidationError(problems)
    paths.ensure()
    fresh = not paths.database.exists()
    _slots, dek, recovery_key = KeySlots.create(paths.data, login, password, now, kdf=kdf)
    try:
        _secure_database(paths, dek)
        services = open_services(paths, dek, new_office=fresh)
    except BaseException:
        _undo_set_up(paths, fresh)
        raise
    try:
        services.users.kdf = kdf
        services.ctx.actor.name = nfc(full_name)
        first = {Role.QUAN_TRI, *roles}
        services.users.set_up_first_user(login, full_name, tuple(r for r in Role if r in first), staff_id)
        services.users.sign_in(login)
    except BaseException:
        services.close()
        if fresh:
            _undo_set_up(paths, fresh)
        raise
    start_warming(services.ctx.db.engine)  # the first searches of a large register read decrypted pages
    return services, recovery_key


def sign_in(
    paths: AppPaths, login: str, password: str, now: dt.datetime, *, kdf: KdfParams = DEFAULT_KDF
) -> Services:
    """Open the office as this user: WrongPassword (unknown login, wrong password, closed account) or AccountLocked.

    `kdf` is the cost of slots written from now on (a slot below it is re-made at it); tests pass a cheaper one."""
    slots = KeySlots.load(paths.data, kdf=kdf)
    dek = slots.unlock(login, password, now)
    try:
        services = open_services(paths, dek)
    except DatabaseDamaged as damaged:
        if damaged.office is not None:
            damaged.office.login = normalise_login(login)
        raise
    services.users.kdf = kdf
    try:
        services.users.sign_in(login, failed_attempts=slots.failures_before_unlock)
    except WrongPassword:
        services.close()
        raise
    services.backups.record_restore()
    start_warming(services.ctx.db.engine)  # in the background: the window opens at once
    return services


def recover(
    paths: AppPaths, recovery_key: str, now: dt.datetime, *, kdf: KdfParams = DEFAULT_KDF
) -> Services:
    """Open the office with the recovery key from the safe when no administrator can sign in: an administrator's
    session (add users, reset passwords, name a leader) under the name "Mã khôi phục"; WrongRecoveryKey otherwise."""
    dek = KeySlots.load(paths.data, kdf=kdf).unlock_with_recovery(recovery_key)
    services = open_services(paths, dek)
    services.users.kdf = kdf
    actor = services.ctx.actor
    actor.name, actor.staff_id, actor.roles = vi_users.RECOVERY_ACTOR, None, (Role.QUAN_TRI,)
    actor.login = actor.user_id = None
    services.users.recovery = True
    with services.ctx.db.write() as s, s.begin():
        audit.record(s, services.ctx, "recovery_sign_in", "user", 0, {"at": (None, now.isoformat())})
    services.backups.record_restore()
    start_warming(services.ctx.db.engine)
    return services
