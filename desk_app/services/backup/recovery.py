"""Put a backup in place of the office database, damaged or not: the replaced file kept aside, what to re-enter told.

Called with no Services open on the folder (the window signs out first; a command holds the folder's lock).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.paths import AppPaths
from desk_app.services.backup import journal
from desk_app.services.backup.journal import JournalEntry
from desk_app.storage import backup_files, health
from desk_app.storage.backup_files import BackupFile, Figures, Reason
from desk_app.storage.health import Damage, DatabaseDamaged

log = logging.getLogger(__name__)

AFTER_RESTORE_NOTE = "after_restore.json"
"""Left by a restore for the next sign-in: the audit entry is written into the restored database then."""


@dataclass(frozen=True, slots=True)
class RestoreReport:
    backup: BackupFile
    figures: Figures
    kept_aside: Path | None
    safety_backup: Path | None
    """The backup of the replaced (sound) database made first; None when it was damaged."""
    lost: list[JournalEntry]


@dataclass
class DamagedOffice:
    """A data folder whose database failed its check, with the data key that opened it: what the window can offer."""

    paths: AppPaths
    damage: Damage
    detail: str
    key: bytes | None = field(default=None, repr=False)
    login: str | None = None
    """Who signed in and found the damage (written into the restored database's audit log)."""

    def backups(self) -> list[BackupFile]:
        return backup_files.list_backups(self.paths.backups)

    def newest(self) -> BackupFile | None:
        return backup_files.newest_verified(self.paths.backups)

    def restore(self, backup: BackupFile, now: dt.datetime, login: str | None) -> RestoreReport:
        return restore_office(self.paths, self.key, backup, now, login, damaged=True)


def offer(exc: DatabaseDamaged, paths: AppPaths, key: bytes | None) -> DatabaseDamaged:
    """Attach what is needed to restore (the folder and the key the password released) to the refusal."""
    exc.office = DamagedOffice(paths, exc.damage, exc.detail, key)
    log.error("database damaged (%s): %s", exc.damage, exc.detail[:300])
    return exc


def restore_office(
    paths: AppPaths,
    key: bytes | None,
    backup: BackupFile,
    now: dt.datetime,
    login: str | None,
    *,
    damaged: bool,
) -> RestoreReport:
    """Verify `backup`, back the current sound database up first, keep the replaced file aside, put the backup in.

    The backup is checked before anything moves; a backup that is not sound raises ConflictError "backup.unsound"
    and nothing changes.
    """
    from desk_app.storage.restore import restore_file

    backup_files.verify(backup.path, key)
    safety = None
    if not damaged and paths.database.is_file():
        safety = backup_files.write_backup(
            paths.database, paths.backups, key, Reason.BEFORE_RESTORE, now, paths.keyslots
        ).path
    why = "hong" if damaged else "thay-the"
    figures, kept = restore_file(backup.path, paths.database, key, paths.data / health.ASIDE, now, why)
    health.clear_marker(paths.data)
    lost = journal.entries_after(paths.data, backup.created, backup.mark)
    note = {
        "backup": backup.path.name,
        "created": backup.created.isoformat(),
        "at": now.isoformat(),
        "login": login,
        "damaged": damaged,
        "kept_aside": kept.name if kept else None,
    }
    import json

    backup_files.write_atomic(paths.data / AFTER_RESTORE_NOTE, json.dumps(note).encode("utf-8"))
    log.warning("restored %s (made %s); replaced file kept as %s", backup.path.name, backup.created, kept)
    return RestoreReport(backup, figures, kept, safety, lost)
