"""Backup files of the office database (DOMAIN §16.7): written through the backup API, verified, fsynced, renamed.

Each backup `sao-luu-YYYYmmdd-HHMMSS-REASON.sqlite3` has a manifest beside it (`….sqlite3.json`) written only after the
copy passed `integrity_check`: its time, reason, size, the figures it holds, the audit chain's head (an anchor outside
the database) and a copy of keyslots.json, without which an encrypted backup opens for nobody.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from desk_app.errors import ConflictError
from desk_app.storage.engine import connect_keyed, key_pragma, sqlcipher

PREFIX = "sao-luu"
SUFFIX = ".sqlite3"
MANIFEST = ".json"
SIDE_FILES = ("-wal", "-shm", "-journal")
SPARE_BYTES = 50 * 1024 * 1024
_NAME = re.compile(rf"^{PREFIX}-(\d{{8}}-\d{{6}})(?:-\d+)?-([a-z-]+){re.escape(SUFFIX)}$")


class Reason(StrEnum):
    """Why a backup was made; the value is part of the file name (Vietnamese, without diacritics)."""

    MANUAL = "thu-cong"
    AUTOMATIC = "tu-dong"
    CLOSING = "dong-cua-so"
    BEFORE_IMPORT = "truoc-nhap"
    BEFORE_RESTORE = "truoc-phuc-hoi"
    BEFORE_UPGRADE = "truoc-nang-cap"


@dataclass(frozen=True, slots=True)
class Figures:
    """What a database holds, read from the copy itself: shown beside each backup and in a restore's preview."""

    visits: int
    petitions: int
    citizens: int
    last_change: str | None
    """The newest audit entry's time (UTC, ISO), or None."""
    audit_head: str | None


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    created: dt.datetime
    reason: str
    size: int
    verified: bool
    figures: Figures | None
    mark: int | None = None
    """The size of the changes journal when the copy was made: the journal grown past it means unsaved changes."""


@contextlib.contextmanager
def open_database(path: Path, key: bytes | None) -> Iterator[Any]:
    """A DB-API connection on `path` through the driver the office uses (SQLCipher with a key, else sqlite3)."""
    con = connect_keyed(path, key) if key is not None else sqlite3.connect(str(path))
    try:
        yield con
    finally:
        con.close()


def fsync_file(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    if (
        os.name == "posix"
    ):  # a rename reaches the disk with its folder; Windows has no directory handles for this
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def integrity_problems(con: Any, *, quick: bool = False) -> list[str]:
    """`integrity_check` (or `quick_check`) and, for the full check, `foreign_key_check`: [] when sound."""
    rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    problems = [str(r[0]) for r in rows if r and r[0] != "ok"]
    if not quick and not problems:
        problems += [
            f"foreign key: {r[0]} row {r[1]}" for r in con.execute("PRAGMA foreign_key_check").fetchall()
        ]
    return problems


def _count(con: Any, sql: str) -> int:
    try:
        return int(con.execute(sql).fetchone()[0])
    except (
        Exception
    ):  # a table or column a very old schema lacks (sqlite3 and SQLCipher raise their own types)
        return 0


def read_figures(con: Any) -> Figures:
    head = None
    last = None
    with contextlib.suppress(Exception):
        row = con.execute("SELECT at, hash FROM change_log ORDER BY id DESC LIMIT 1").fetchone()
        if row:
            last, head = str(row[0]), row[1]
    return Figures(
        visits=_count(con, "SELECT count(*) FROM visit WHERE is_voided = 0"),
        petitions=_count(con, "SELECT count(*) FROM petition WHERE is_voided = 0"),
        citizens=_count(con, "SELECT count(*) FROM citizen"),
        last_change=last,
        audit_head=head,
    )


def verify(path: Path, key: bytes | None) -> Figures:
    """Open the copy, check it fully, and read its figures; ConflictError "backup.unsound" when anything is off."""
    if not path.is_file() or path.stat().st_size == 0:  # SQLite would make a new, empty database of it
        raise ConflictError("backup.unsound", f"{path.name}: no file")
    try:
        with open_database(path, key) as con:
            problems = integrity_problems(con)
            if problems:
                raise ConflictError("backup.unsound", "; ".join(problems[:5]))
            return read_figures(con)
    except ConflictError as exc:
        if exc.key == "backup.unsound":
            raise
        raise ConflictError("backup.unsound", exc.key) from None  # another office's key, a plain file
    except Exception as exc:  # not a database, wrong key, truncated: all the same to whoever restores it
        raise ConflictError("backup.unsound", str(exc)) from None


def copy_database(database: Path, target: Path, key: bytes | None) -> None:
    """SQLite's online backup API: a consistent copy even while the window writes (never a file copy)."""
    for leftover in (target, *(target.with_name(target.name + s) for s in SIDE_FILES)):
        leftover.unlink(missing_ok=True)
    if key is not None:
        with (
            open_database(database, key) as source,
            contextlib.closing(sqlcipher().connect(str(target))) as dest,
        ):
            dest.execute(key_pragma(key))
            source.backup(dest)
    else:
        with (
            open_database(database, None) as source,
            contextlib.closing(sqlite3.connect(str(target))) as dest,
        ):
            source.backup(dest)


def _unique(folder: Path, now: dt.datetime, reason: str) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{PREFIX}-{stamp}-{reason}{SUFFIX}"
    n = 2
    while target.exists():
        target = folder / f"{PREFIX}-{stamp}-{n}-{reason}{SUFFIX}"
        n += 1
    return target


STALE_PART_SECONDS = 3600


def remove_stale_parts(folder: Path) -> list[Path]:
    """Half-written copies a killed process left (`….part`, with their -wal/-shm): each is a whole database's size.

    Only those older than an hour: a backup being written right now by another process is never touched."""
    removed = []
    limit = time.time() - STALE_PART_SECONDS
    for part in folder.glob(f"{PREFIX}-*.part*"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
                removed.append(part)
        except OSError:
            continue
    return removed


def check_space(database: Path, folder: Path) -> None:
    """Refuse before writing when the folder cannot hold one more copy with room to spare."""
    need = (database.stat().st_size if database.exists() else 0) + SPARE_BYTES
    if shutil.disk_usage(folder).free < need:
        raise ConflictError("backup.no_space", str(folder))


def write_atomic(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def _manifest_bytes(backup: BackupFile, keyslots: Path | None) -> bytes:
    slots = None
    if keyslots is not None and keyslots.is_file():
        slots = json.loads(keyslots.read_text(encoding="utf-8"))
    figures = backup.figures
    body = {
        "created": backup.created.isoformat(),
        "reason": backup.reason,
        "size": backup.size,
        "verified": backup.verified,
        "journal_mark": backup.mark,
        "figures": None if figures is None else {
            "visits": figures.visits, "petitions": figures.petitions, "citizens": figures.citizens,
            "last_change": figures.last_change, "audit_head": figures.audit_head,
        },
        "keyslots": slots,
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")


def write_backup(
    database: Path,
    folder: Path,
    key: bytes | None,
    reason: Reason | str,
    now: dt.datetime,
    keyslots: Path | None = None,
    mark: int | None = None,
) -> BackupFile:
    """Copy, verify, fsync and rename, then the manifest: a backup is listed only once it is whole and sound.

    `mark`: the changes journal's size, read before the copy (a change committed meanwhile is in the copy anyway)."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(folder)
    check_space(database, folder)
    target = _unique(folder, now, str(reason))
    partial = target.with_name(target.name + ".part")
    try:
        copy_database(database, partial, key)
        figures = verify(partial, key)
        fsync_file(partial)
        partial.replace(target)
    except BaseException:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in SIDE_FILES)):
            leftover.unlink(missing_ok=True)
        raise
    fsync_folder(folder)
    backup = BackupFile(target, now, str(reason), target.stat().st_size, True, figures, mark)
    write_atomic(manifest_of(target), _manifest_bytes(backup, keyslots))
    return backup


def manifest_of(path: Path) -> Path:
    return path.with_name(path.name + MANIFEST)


def describe(path: Path) -> BackupFile | None:
    """A backup file as its manifest (or, without one, its name) describes it; None when neither says anything."""
    return (
        _from_manifest(path) if manifest_of(path).is_file() or path.name.startswith(PREFIX) else _legacy(path)
    )


def _from_manifest(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    try:
        body = json.loads(manifest_of(path).read_text(encoding="utf-8"))
        figures = body.get("figures")
        return BackupFile(
            path,
            dt.datetime.fromisoformat(body["created"]),
            str(body["reason"]),
            path.stat().st_size,
            bool(body.get("verified")) and path.stat().st_size == int(body["size"]),
            Figures(**figures) if isinstance(figures, dict) else None,
            int(body["journal_mark"]) if body.get("journal_mark") is not None else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        if match is None:
            return None
        created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")  # noqa: DTZ007 (the office's local time, as written)
        return BackupFile(path, created, match.group(2), path.stat().st_size, False, None)


def _legacy(path: Path) -> BackupFile | None:
    """A copy made before manifests existed (truoc-nang-cap-…, truoc-ma-hoa-…): listed, never counted as verified."""
    found = re.search(r"(\d{8}-\d{6})", path.name)
    if not found:
        return None
    created = dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")  # noqa: DTZ007 (the office's local time, as written)
    reason = path.name.split("-2")[0]
    return BackupFile(path, created, reason, path.stat().st_size, False, None)


def list_backups(folder: Path) -> list[BackupFile]:
    """Every backup in the folder, newest first; a copy without a sound manifest is listed as not verified."""
    if not folder.is_dir():
        return []
    found: list[BackupFile] = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            item = _from_manifest(path) if path.name.startswith(PREFIX) else _legacy(path)
        except OSError:
            item = None  # vanished while listing (rotated by another process)
        if item is not None:
            found.append(item)
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def newest_verified(folder: Path) -> BackupFile | None:
    return next((b for b in list_backups(folder) if b.verified), None)


def keyslots_of(backup: Path) -> dict[str, Any] | None:
    """The keyslots.json saved with a backup (to open it when the data folder's own copy is lost)."""
    try:
        slots = json.loads(manifest_of(backup).read_text(encoding="utf-8")).get("keyslots")
    except (OSError, ValueError):
        return None
    return slots if isinstance(slots, dict) else None


def remove(backup: BackupFile) -> None:
    manifest_of(backup.path).unlink(
        missing_ok=True
    )  # first: a copy without manifest is never taken as verified
    backup.path.unlink(missing_ok=True)


def mirror(backup: BackupFile, folder: Path) -> Path:
    """Copy a finished backup (a closed file, so a file copy is safe) and its manifest to a second folder."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup.path.name
    partial = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(backup.path, partial)
        fsync_file(partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    write_atomic(manifest_of(target), manifest_of(backup.path).read_bytes())
    return target
