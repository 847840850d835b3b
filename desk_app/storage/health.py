"""Is the office database sound (DOMAIN §16.7): the check at every start, the full check, and keeping a damaged file aside.

A damaged database is never written: the check runs before migrations, sessions or anything else touch the file. A
zero-byte or missing database where an office existed (key slots or backups say so) is damage, not a new office.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from desk_app.errors import ConflictError, DeskError
from desk_app.storage import backup_files
from desk_app.storage.engine import key_pragma, sqlcipher

MARKER = "damaged.json"
"""Written when a check finds damage after the start (the weekly check): the next start refuses the file too."""
ASIDE = "damaged"


class Damage(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    NOT_A_DATABASE = "not_a_database"
    MALFORMED = "malformed"


class DatabaseDamaged(DeskError):
    """The office database cannot be trusted; nothing was written. `office` (set by the services) offers a restore."""

    def __init__(self, damage: Damage, detail: str = "") -> None:
        super().__init__(f"database.damaged.{damage}")
        self.key = f"database.damaged.{damage}"
        self.damage = damage
        self.detail = detail
        self.office: Any = None


@dataclass(frozen=True, slots=True)
class Finding:
    damage: Damage
    detail: str


def office_existed(data: Path, database: Path) -> bool:
    """Whether a database is expected in the folder: it has key slots, a backup, or a file kept aside before."""
    if (data / "keyslots.json").is_file():
        return True
    return any(b.verified for b in backup_files.list_backups(data / "backups"))


def file_finding(data: Path, database: Path) -> Finding | None:
    """What the file alone says, before any SQLite opens it (SQLite would make a new database of a zero-byte file)."""
    marker = read_marker(data)
    if marker is not None:
        return marker
    if not database.exists():
        return Finding(Damage.MISSING, str(database)) if office_existed(data, database) else None
    size = database.stat().st_size
    if size == 0:
        return Finding(Damage.EMPTY, str(database)) if office_existed(data, database) else None
    if size < 512:  # smaller than any page: a truncated or foreign file
        return Finding(Damage.NOT_A_DATABASE, f"{size} bytes")
    return None


def raise_for_file(data: Path, database: Path) -> None:
    finding = file_finding(data, database)
    if finding is not None:
        raise DatabaseDamaged(finding.damage, finding.detail)


def is_driver_error(exc: BaseException) -> bool:
    """An error raised by SQLite itself (Python's sqlite3 or SQLCipher's own module)."""
    return any(k.__module__.split(".")[0] in ("sqlite3", "sqlcipher3") for k in type(exc).__mro__)


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def quick_check_file(database: Path, key: bytes | None) -> None:
    """`PRAGMA quick_check` on a read-only connection of its own, before any engine opens the file.

    Read-only matters: the last read-write connection to close checkpoints the -wal into the database, so a check
    that fails on a foreign or damaged -wal would itself write it into the file it refuses.
    """
    uri = f"file:{quote(str(database.resolve()))}?mode=ro"
    try:
        if key is not None:
            con = sqlcipher().connect(uri, uri=True)
            try:
                con.execute(key_pragma(key))
                problems = backup_files.integrity_problems(con, quick=True)
            finally:
                con.close()
        else:
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as plain:
                problems = backup_files.integrity_problems(plain, quick=True)
    except Exception as exc:
        if is_driver_error(exc) and not is_busy(exc):
            raise DatabaseDamaged(Damage.NOT_A_DATABASE, str(exc).splitlines()[0]) from None
        raise
    if problems:
        raise DatabaseDamaged(Damage.MALFORMED, "; ".join(problems[:5]))


def full_check(database: Path, key: bytes | None) -> list[str]:
    """`integrity_check` and `foreign_key_check` on a connection of its own: [] when sound (slow: the weekly check)."""
    if not database.is_file() or database.stat().st_size == 0:
        return [Damage.EMPTY.value]
    try:
        with backup_files.open_database(database, key) as con:
            return backup_files.integrity_problems(con)
    except ConflictError as exc:
        return [exc.key]
    except Exception as exc:
        return [str(exc).splitlines()[0] or type(exc).__name__]


# The marker -------------------------------------------------------------------------------------------------------
def write_marker(data: Path, damage: Damage, detail: str, now: dt.datetime) -> None:
    body = {"damage": damage.value, "detail": detail[:2000], "found": now.isoformat()}
    backup_files.write_atomic(data / MARKER, json.dumps(body, ensure_ascii=False).encode("utf-8"))


def read_marker(data: Path) -> Finding | None:
    try:
        body = json.loads((data / MARKER).read_text(encoding="utf-8"))
        return Finding(Damage(body["damage"]), str(body.get("detail", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Finding(Damage.MALFORMED, MARKER)


def clear_marker(data: Path) -> None:
    (data / MARKER).unlink(missing_ok=True)


# Keeping a file aside -------------------------------------------------------------------------------------------
def keep_aside(
    database: Path, folder: Path, now: dt.datetime, why: str, *, leave_database: bool = False
) -> Path | None:
    """Move the database with its -wal and -shm into `folder` under the date (never deleted); None if nothing was there.

    The WAL moves with its database: left behind, SQLite would replay it into whatever file comes next. With
    `leave_database` the database file is linked (or copied) aside instead of moved, so that a restore cut short
    before its final rename still leaves a database in place.
    """
    parts = [database.with_name(database.name + s) for s in ("", *backup_files.SIDE_FILES)]
    if not any(p.exists() for p in parts):
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.stem}-{stamp}-{why}{database.suffix}"
    n = 2
    while any(target.with_name(target.name + s).exists() for s in ("", *backup_files.SIDE_FILES)):
        target = folder / f"{database.stem}-{stamp}-{n}-{why}{database.suffix}"
        n += 1
    for suffix, part in zip(("", *backup_files.SIDE_FILES), parts, strict=True):
        if not part.exists():
            continue
        kept = target.with_name(target.name + suffix)
        if suffix == "" and leave_database:
            try:
                os.link(part, kept)
            except OSError:  # a file system without hard links (FAT on a stick)
                shutil.copyfile(part, kept)
                backup_files.fsync_file(kept)
        else:
            part.replace(kept)
    backup_files.fsync_folder(folder)
    backup_files.fsync_folder(database.parent)
    return target
