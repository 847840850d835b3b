"""Put a verified backup in place of the office database, keeping the replaced file (and its WAL) aside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desk_app.storage import backup_files, health
from desk_app.storage.backup_files import Figures


def restore_file(
    backup: Path, database: Path, key: bytes | None, aside: Path, now: dt.datetime, why: str
) -> tuple[Figures, Path | None]:
    """Verify the backup, copy it beside the database (backup API), then swap: (its figures, where the old file went).

    Every engine on `database` must be closed. Until the final rename the office file is untouched; after it, no
    stray -wal/-shm of the replaced file remains to be replayed into the restored one.
    """
    backup_files.verify(backup, key)
    partial = database.with_name(database.name + ".restore")
    try:
        backup_files.copy_database(backup, partial, key)
        figures = backup_files.verify(partial, key)
        backup_files.fsync_file(partial)
        kept = health.keep_aside(database, aside, now, why, leave_database=True)
        partial.replace(database)
    except BaseException:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in backup_files.SIDE_FILES)):
            leftover.unlink(missing_ok=True)
        raise
    for suffix in backup_files.SIDE_FILES:
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    backup_files.fsync_folder(database.parent)
    return figures, kept
