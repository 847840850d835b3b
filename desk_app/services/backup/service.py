"""Backups of the signed-in office (DOMAIN §16.7): make, list, rotate, mirror, the checks, what a restore would change."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from desk_app.domain.backup_rotation import to_keep
from desk_app.domain.permissions import Action
from desk_app.errors import FieldError, ValidationError
from desk_app.paths import AppPaths
from desk_app.services.audit import event
from desk_app.services.audit.events import BACKUP, CHECK_RUN, RESTORE, SETTINGS
from desk_app.services.backup import journal, state
from desk_app.services.backup.journal import JournalEntry
from desk_app.services.backup.recovery import AFTER_RESTORE_NOTE
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.storage import backup_files, health
from desk_app.storage.backup_files import BackupFile, Figures, Reason

__all__ = ["BackupService", "BackupStatus", "Reason", "RestorePreview", "make_backup"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """What the status bar and the backup page say at a glance."""

    last_verified: dt.datetime | None
    stale: bool
    """No verified backup, or the newest is older than a day: the status bar turns amber."""
    unsaved_changes: bool
    second_folder: str | None
    second_unreachable_since: dt.datetime | None
    """Set when the second folder has failed for a week or more."""
    full_check: dt.datetime | None


@dataclass(frozen=True, slots=True)
class RestorePreview:
    backup: BackupFile
    current: Figures
    lost: list[JournalEntry]
    """Changes made after the backup: they will have to be entered again."""


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.paths = AppPaths(ctx.data_dir)
        journal.attach(ctx)

    # Reading --------------------------------------------------------------------------------------------------
    def backups(self) -> list[BackupFile]:
        """Every backup in the data folder's backups/, newest first (counts only: no name or ID number inside)."""
        return backup_files.list_backups(self.paths.backups)

    def status(self) -> BackupStatus:
        now = self.ctx.clock()
        newest = backup_files.newest_verified(self.paths.backups)
        saved = state.load(self.ctx.data_dir)
        failing = saved.when(saved.second_failing_since)
        return BackupStatus(
            last_verified=newest.created if newest else None,
            stale=newest is None or now - newest.created > state.DAY,
            unsaved_changes=self._unsaved(newest),
            second_folder=saved.second_folder,
            second_unreachable_since=failing if failing and now - failing >= state.WEEK else None,
            full_check=saved.when(saved.full_check),
        )

    def _unsaved(self, newest: BackupFile | None) -> bool:
        """Whether the journal of changes grew since the newest backup was made (any process, any window)."""
        size = journal.size(self.ctx.data_dir)
        if newest is None or newest.mark is None:
            return size > 0
        return size != newest.mark

    def database_size(self) -> int:
        """The database file's size in bytes, its -wal included (what a backup will copy)."""
        total = 0
        for suffix in ("", "-wal"):
            part = self.paths.database.with_name(self.paths.database.name + suffix)
            total += part.stat().st_size if part.is_file() else 0
        return total

    def current_figures(self) -> Figures:
        with self.ctx.db.engine.connect() as conn:
            return backup_files.read_figures(conn.connection.dbapi_connection)

    def preview(self, backup: BackupFile) -> RestorePreview:
        """What putting `backup` in place would change; the backup is verified first (ConflictError otherwise)."""
        require(self.ctx, Action.MANAGE_BACKUPS)
        figures = backup_files.verify(backup.path, self.ctx.key)
        checked = BackupFile(
            backup.path, backup.created, backup.reason, backup.size, True, figures, backup.mark
        )
        lost = journal.entries_after(self.ctx.data_dir, backup.created, backup.mark)
        return RestorePreview(checked, self.current_figures(), lost)

    # Writing backups --------------------------------------------------------------------------------------------
    def back_up(self, reason: Reason = Reason.MANUAL, out: Path | None = None) -> BackupFile:
        """A verified backup now, mirrored to the second folder, then the old ones thinned out."""
        return make_backup(self.ctx, reason, out)

    def back_up_if_due(self) -> BackupFile | None:
        """The hourly backup: only when something changed since the newest backup and that one is an hour old."""
        newest = backup_files.newest_verified(self.paths.backups)
        if not self._unsaved(newest):
            return None
        if newest is not None and self.ctx.clock() - newest.created < state.HOUR:
            return None
        return self.back_up(Reason.AUTOMATIC)

    def on_close(self) -> BackupFile | None:
        """Closing the window: a backup when anything changed since the newest one."""
        if not self._unsaved(backup_files.newest_verified(self.paths.backups)):
            return None
        return self.back_up(Reason.CLOSING)

    def rotate(self) -> list[Path]:
        """Thin out verified backups (7 daily, 4 weekly, 12 monthly, the last two days); never the newest verified."""
        return rotate(self.paths.backups, self.ctx.clock())

    def set_second_folder(self, folder: str | None) -> None:
        """Choose (or clear) the second folder: a USB stick or a network share that must be writable now."""
        require(self.ctx, Action.MANAGE_BACKUPS)
        text = (folder or "").strip()
        if text:
            target = Path(text).expanduser()
            probe = target / ".desk-app-probe"
            try:
                target.mkdir(parents=True, exist_ok=True)
                probe.write_bytes(b"ok")
                probe.unlink()
            except OSError:
                raise ValidationError([FieldError("second_folder", "unwritable")]) from None
            if target.resolve() == self.paths.backups.resolve():
                raise ValidationError([FieldError("second_folder", "same_as_first")])
            text = str(target.resolve())
        state.update(self.ctx.data_dir, second_folder=text or None, second_failing_since=None)
        event(self.ctx, SETTINGS, "backup", 0, {"second_folder": text or None})

    def record_restore(self) -> None:
        """After a restore, the first sign-in writes its audit entry into the restored database (who, which backup)."""
        note_file = self.ctx.data_dir / AFTER_RESTORE_NOTE
        try:
            note = json.loads(note_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            note = {}
        event(self.ctx, RESTORE, "database", 0, {k: v for k, v in dict(note).items() if isinstance(k, str)})
        note_file.unlink(missing_ok=True)

    # Checks ---------------------------------------------------------------------------------------------------
    def full_check_due(self) -> bool:
        last = state.load(self.ctx.data_dir).when(state.load(self.ctx.data_dir).full_check)
        return last is None or self.ctx.clock() - last >= state.WEEK

    def full_check(self) -> list[str]:
        """integrity_check and foreign_key_check; damage is remembered (damaged.json) so no later start writes."""
        try:
            with self.ctx.db.engine.connect() as conn:
                problems = backup_files.integrity_problems(conn.connection.dbapi_connection)
        except Exception as exc:
            # SQLite stops the check itself on some damage ("database disk image is malformed"): that is a finding.
            error = getattr(exc, "orig", None) or exc
            if not health.is_driver_error(error) or health.is_busy(error):
                raise
            problems = [str(error).splitlines()[0] or type(error).__name__]
        now = self.ctx.clock()
        if problems:
            log.error("integrity check found damage: %s", "; ".join(problems[:5]))
            health.write_marker(self.ctx.data_dir, health.Damage.MALFORMED, "; ".join(problems[:20]), now)
            return problems
        state.update(self.ctx.data_dir, full_check=now.isoformat())
        event(self.ctx, CHECK_RUN, "database", 0, {"result": "ok"})
        return problems


def _rename(made: BackupFile, out: Path) -> BackupFile:
    made.path.replace(out)
    backup_files.manifest_of(made.path).replace(backup_files.manifest_of(out))
    return BackupFile(out, made.created, made.reason, made.size, made.verified, made.figures, made.mark)


def make_backup(ctx: ServiceContext, reason: Reason, out: Path | None = None) -> BackupFile:
    """A verified backup of the context's database (before an import, on closing, by hand…), mirrored and rotated.

    With `out`, the backup is written there instead (the command line's --out) and the folders are left alone.
    """
    paths = AppPaths(ctx.data_dir)
    now = ctx.clock()
    folder = out.parent if out is not None else paths.backups
    mark = journal.size(ctx.data_dir)
    made = backup_files.write_backup(paths.database, folder, ctx.key, reason, now, paths.keyslots, mark)
    if out is not None and made.path != out:
        made = _rename(made, out)
    log.info("backup written: %s (%s, %d bytes)", made.path.name, reason, made.size)
    if out is None:
        _mirror(ctx, made, now)
        rotate(paths.backups, now)
    if reason is Reason.MANUAL:
        event(ctx, BACKUP, "database", 0, {"file": made.path.name})
    return made


def rotate(folder: Path, now: dt.datetime) -> list[Path]:
    verified = [b for b in backup_files.list_backups(folder) if b.verified]
    keep = to_keep([b.created for b in verified], now)
    removed = []
    for backup in verified:
        if backup.created not in keep:
            backup_files.remove(backup)
            removed.append(backup.path)
    return removed


def _mirror(ctx: ServiceContext, made: BackupFile, now: dt.datetime) -> None:
    saved = state.load(ctx.data_dir)
    if not saved.second_folder:
        return
    folder = Path(saved.second_folder)
    try:
        backup_files.mirror(made, folder)
        rotate(folder, now)
    except OSError as exc:
        log.warning("second backup folder unreachable: %s", exc.strerror or type(exc).__name__)
        if not saved.second_failing_since:
            state.update(ctx.data_dir, second_failing_since=now.isoformat())
        return
    state.update(ctx.data_dir, second_ok=now.isoformat(), second_failing_since=None)
