"""What every command shares: exit statuses, the one-line Vietnamese error, the data folder's lock."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from desk_app import os_failures
from desk_app.errors import ConflictError, DeskError, NotFoundError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXPECTED = (DeskError, OSError, SQLAlchemyError, sqlite3.Error)


class CliError(DeskError):
    """An expected problem already worded in Vietnamese for the command line."""


def fail(message: str) -> NoReturn:
    """Print the one-line error on stderr and leave with the usage status."""
    print(txt.ERROR_PREFIX + one_line(message), file=sys.stderr)
    raise SystemExit(EXIT_USAGE)


def one_line(text: str) -> str:
    return " ".join(text.split())


def _key_text(key: str) -> str:
    return i18n_errors.message(key, i18n_errors.Context.CLI)


def describe(exc: BaseException, folder: Path) -> str:
    """One Vietnamese sentence for an expected problem."""
    if isinstance(exc, ValidationError):
        return " ".join(dict.fromkeys(_key_text(e.key) for e in exc.errors)) or txt.UNKNOWN_ERROR
    if isinstance(exc, NotFoundError | ConflictError):
        return _key_text(exc.key)
    if isinstance(exc, DeskError):
        key = getattr(exc, "key", None)
        return i18n_errors.known(key if isinstance(key, str) else str(exc)) or str(exc)
    if isinstance(exc, OperationalError | sqlite3.OperationalError) and "locked" in str(exc).lower():
        return txt.DB_LOCKED.format(folder=folder)
    if isinstance(exc, DatabaseError | sqlite3.DatabaseError) and "not a database" in str(exc).lower():
        return txt.DB_UNREADABLE.format(folder=folder)
    if isinstance(exc, SQLAlchemyError | sqlite3.Error):
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return txt.DB_ERROR.format(folder=folder, detail=detail)
    if isinstance(exc, OSError):
        # by what failed (the data folder, the file named on the command line, the installed app), not by class
        return os_failures.describe(exc, folder)
    return str(exc)


@contextlib.contextmanager
def folder_lock(paths: AppPaths) -> Iterator[None]:
    """Hold the data folder's lock (the one the window holds for its session) while a command writes."""
    from PySide6.QtCore import QLockFile

    paths.data.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        if lock.error() is QLockFile.LockError.LockFailedError:
            raise CliError(txt.FOLDER_IN_USE.format(folder=paths.data))
        raise CliError(txt.FOLDER_UNWRITABLE.format(folder=paths.data, reason=txt.LOCK_NOT_WRITABLE))
    try:
        yield
    finally:
        lock.unlock()
