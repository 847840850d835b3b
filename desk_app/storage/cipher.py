"""SQLCipher at rest: is a file encrypted, consistent encrypted backups, and converting a plain database in place."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desk_app.errors import EnvironmentProblem
from desk_app.storage.engine import claim, connect_keyed, has_plain_header, key_pragma, sqlcipher

SIDE_FILES = ("-wal", "-shm", "-journal")
PLAIN_BACKUP_PREFIX = "truoc-ma-hoa"


def is_encrypted(path: Path) -> bool:
    """An existing, non-empty file whose header is not "SQLite format 3\\0" (SQLCipher encrypts page 1 too)."""
    return path.is_file() and path.stat().st_size > 0 and not has_plain_header(path)


@contextlib.contextmanager
def _closing(con: Any) -> Iterator[Any]:
    try:
        yield con
    finally:
        con.close()


def _fsync(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())
    if os.name == "posix":  # the rename itself must reach the disk; Windows has no directory handles for this
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_side_files(database: Path) -> None:
    for suffix in SIDE_FILES:
        database.with_name(database.name + suffix).unlink(missing_ok=True)


def _check(con: Any, what: Path) -> None:
    result = con.execute("PRAGMA integrity_check").fetchone()
    if not result or result[0] != "ok":
        raise EnvironmentProblem(f"Bản sao {what} không toàn vẹn.")


def verify_encrypted(path: Path, key: bytes) -> int:
    """Open `path` with the key, run integrity_check, and return its number of tables; raises when anything is off."""
    if not is_encrypted(path):
        raise EnvironmentProblem(f"{path} không được mã hóa.")
    with _closing(connect_keyed(path, key)) as con:
        _check(con, path)
        return int(con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])


def backup_encrypted(database: Path, key: bytes, target: Path) -> Path:
    """A consistent copy of an encrypted database under the same key (online backup API), verified."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    with (
        _closing(connect_keyed(database, key)) as source,
        _closing(sqlcipher().connect(str(partial))) as dest,
    ):
        dest.execute(key_pragma(key))
        source.backup(dest)
    verify_encrypted(partial, key)
    _fsync(partial)
    partial.replace(target)
    return target


def export_encrypted(plain: Path, key: bytes, target: Path) -> Path:
    """Write an encrypted copy of the plain database `plain` (sqlcipher_export), verified, fsynced, at `target`.

    Uses SQLCipher's own library for the plain file too, so one process never holds one file through two SQLites.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in SIDE_FILES)):
        leftover.unlink(missing_ok=True)
    dbapi = sqlcipher()
    with _closing(dbapi.connect(str(plain), isolation_level=None)) as con:
        _check(con, plain)
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute(f"ATTACH DATABASE ? AS sealed KEY \"x'{_hex(key)}'\"", (str(partial),))
        con.execute("SELECT sqlcipher_export('sealed')")
        con.execute(f"PRAGMA sealed.user_version = {int(user_version)}")
        con.execute("DETACH DATABASE sealed")
    if verify_encrypted(partial, key) != tables:
        raise EnvironmentProblem(f"Bản mã hóa {target} thiếu bảng.")
    _fsync(partial)
    partial.replace(target)
    return target


def _hex(key: bytes) -> str:
    key_pragma(key)  # checks the length
    return key.hex()


def _snapshot_encrypted(database: Path, key: bytes, target: Path) -> None:
    """The consistent copy made before converting: the backup API into memory (no plain file is ever written),
    integrity_check there, then exported encrypted to `target`."""
    dbapi = sqlcipher()
    with _closing(dbapi.connect(str(database))) as source, _closing(dbapi.connect(":memory:")) as copy:
        source.backup(copy)
        _check(copy, database)
        tables = copy.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        user_version = copy.execute("PRAGMA user_version").fetchone()[0]
        partial = target.with_name(target.name + ".part")
        partial.unlink(missing_ok=True)
        copy.execute(f"ATTACH DATABASE ? AS sealed KEY \"x'{_hex(key)}'\"", (str(partial),))
        copy.execute("SELECT sqlcipher_export('sealed')")
        copy.execute(f"PRAGMA sealed.user_version = {int(user_version)}")
        copy.execute("DETACH DATABASE sealed")
    if verify_encrypted(partial, key) != tables:
        raise EnvironmentProblem(f"Bản sao lưu {target} thiếu bảng.")
    _fsync(partial)
    partial.replace(target)


def encrypt_plain_database(database: Path, key: bytes, backups_dir: Path) -> Path:
    """Convert the plain database to SQLCipher under `key`, in place; returns the safety copy made first.

    Steps, each safe to interrupt: a consistent backup (backup API, integrity_check) kept in `backups_dir` —
    encrypted under the same key too, since it holds the same personal data; an encrypted export beside the
    database, verified and fsynced; then an atomic rename over the original and removal of its -wal/-shm. The
    plain original stays until the encrypted copy is verified. Plain pre-upgrade backups in `backups_dir` are
    encrypted as well. On an already encrypted database it only checks the key and returns its newest backup.
    Every engine on the file must be disposed first (the plain one holds the file through another SQLite).
    """
    claim(database, "sqlcipher3")
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    backup = backups_dir / f"{PLAIN_BACKUP_PREFIX}-{stamp}.sqlite3"
    if is_encrypted(database):
        verify_encrypted(database, key)
        seal_plain_backups(backups_dir, key)
        done = sorted(backups_dir.glob(f"{PLAIN_BACKUP_PREFIX}-*.sqlite3"))
        return done[-1] if done else backup
    if not database.is_file():
        raise EnvironmentProblem(f"Không tìm thấy cơ sở dữ liệu {database}.")
    _snapshot_encrypted(database, key, backup)
    sealed = database.with_name(database.name + ".sealed")
    export_encrypted(database, key, sealed)
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Closing the export's connection checkpoints the WAL and removes it; one still there means another
        # connection has the file open, and its WAL must never be replayed onto the encrypted file.
        sealed.unlink()
        raise EnvironmentProblem(f"{database} đang được mở ở nơi khác; hãy đóng rồi thử lại.")
    sealed.replace(database)
    _fsync(database)
    _remove_side_files(database)
    seal_plain_backups(backups_dir, key)
    return backup


def seal_plain_backups(backups_dir: Path, key: bytes) -> list[Path]:
    """Encrypt, in place, every plain SQLite backup left in the folder (pre-upgrade copies of the plain database)."""
    sealed: list[Path] = []
    for path in sorted(backups_dir.glob("*.sqlite3")):
        if has_plain_header(path):
            export_encrypted(path, key, path)
            sealed.append(path)
    return sealed
