"""The process log: a rotating file in the data folder's logs/, faulthandler beside it; never a citizen's identity."""

from __future__ import annotations

import collections
import faulthandler
import logging
import os
import sqlite3
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

from desk_app import __version__
from desk_app.errors import ConflictError, NotFoundError, ValidationError
from desk_app.paths import platform_dirs

LOG_FILE = "desk_app.log"
FAULT_FILE = "faulthandler.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
EARLY_RECORDS = 1_000
FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"

# Messages of these kinds name types, attributes or SQLite's complaint, never a value that was typed.
_SAFE_MESSAGES = (sqlite3.Error, ValidationError, AttributeError, NameError, ImportError, NotImplementedError)


class _EarlyBuffer(logging.Handler):
    """Records from before the data folder is known (argument parsing), handed to the file once it is."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: collections.deque[logging.LogRecord] = collections.deque(maxlen=EARLY_RECORDS)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class _SharedFileHandler(RotatingFileHandler):
    """A rotating log that several processes may write (the window and a command): when the file cannot be
    renamed (Windows, while another process has it open) it keeps growing until the next try."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def _file_handler(folder: Path) -> logging.Handler:
    return _SharedFileHandler(
        folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )


class _State:
    """This process's handlers; main() may run more than once in one process (the tests do)."""

    def __init__(self) -> None:
        self.early: _EarlyBuffer | None = None
        self.handler: logging.Handler | None = None
        self.file: Path | None = None
        self.fault_file: IO[str] | None = None
        self.previous_level: int | None = None


_state = _State()


def begin() -> None:
    """The first line of main: keep records in memory until the data folder is known."""
    end()
    root = logging.getLogger()
    _state.previous_level = root.level
    root.setLevel(logging.INFO)
    _state.early = _EarlyBuffer()
    root.addHandler(_state.early)


def use_folder(logs: Path, *, create: bool) -> Path | None:
    """Write the log to logs/ (create: make the folder; else only when it exists); the file written, or None.

    A folder that cannot be written falls back to the system's user log folder, then to stderr: logging never
    stops the app."""
    if not create and not logs.is_dir():
        return None
    root = logging.getLogger()
    for folder in (logs, fallback_folder()):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = _file_handler(folder)
        except OSError:
            continue
        _attach(root, handler)
        _state.file = folder / LOG_FILE
        _enable_faulthandler(folder)
        if folder != logs:
            logging.getLogger(__name__).warning(
                "the data folder's logs/ cannot be written; logging here instead"
            )
        return folder / LOG_FILE
    # stderr is the command line's answer: only problems go there. A windowed build has no stderr at all.
    last: logging.Handler = logging.StreamHandler() if sys.stderr is not None else logging.NullHandler()
    last.setLevel(logging.WARNING)
    _attach(root, last)
    return None


def current_file() -> Path | None:
    """The log file being written, or None (memory, stderr)."""
    return _state.file


def fallback_folder() -> Path:
    """The system's user log folder (Windows %LOCALAPPDATA%\\DeskApp\\Logs): when the data folder's cannot be used."""
    return platform_dirs().user_log_path


def end() -> None:
    """Detach this process's handlers (the end of main); an early error that never reached a file goes to the
    fallback folder. faulthandler stays on: a crash while the interpreter shuts down is still written."""
    root = logging.getLogger()
    early, _state.early = _state.early, None
    if early is not None:
        root.removeHandler(early)
        if _state.handler is None and any(r.levelno >= logging.ERROR for r in early.records):
            _flush_to_fallback(early)
    handler, _state.handler, _state.file = _state.handler, None, None
    if handler is not None:
        root.removeHandler(handler)
        handler.close()
    if _state.previous_level is not None:
        root.setLevel(_state.previous_level)
        _state.previous_level = None


def _attach(root: logging.Logger, handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    if _state.handler is not None:
        root.removeHandler(_state.handler)
        _state.handler.close()
    _state.handler, _state.file = handler, None
    root.addHandler(handler)
    early, _state.early = _state.early, None
    if early is not None:
        root.removeHandler(early)
        for record in early.records:
            if record.levelno >= handler.level:
                handler.handle(record)
    logging.getLogger(__name__).info("desk_app %s, pid %d", __version__, os.getpid())


def _flush_to_fallback(early: _EarlyBuffer) -> None:
    try:
        folder = fallback_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handler = _file_handler(folder)
    except OSError:
        return
    handler.setFormatter(logging.Formatter(FORMAT))
    for record in early.records:
        handler.handle(record)
    handler.close()


def _enable_faulthandler(folder: Path) -> None:
    """A hard crash (in Qt, SQLCipher) leaves the Python stacks in logs/faulthandler.log. A target chosen before
    the app started (python -X faulthandler, pytest) is kept."""
    if faulthandler.is_enabled() and _state.fault_file is None:
        return
    try:
        # Open for the whole process: faulthandler writes to the file descriptor at the moment of the crash.
        target = open(folder / FAULT_FILE, "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return
    faulthandler.enable(target, all_threads=True)
    if _state.fault_file is not None:
        _state.fault_file.close()
    _state.fault_file = target


def redacted_traceback(exc: BaseException) -> str:
    """The traceback of exc and its causes with each exception's class but not its message, which may quote what
    was typed (a name, an ID number, SQL parameters): only messages known to hold none are kept."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    order = chain[::-1]  # the first cause first, as Python prints it
    parts: list[str] = []
    for i, inner in enumerate(order):
        if i:
            direct = inner.__cause__ is order[i - 1]
            parts.append("\nThe above exception was the direct cause of the following exception:\n\n" if direct
                         else "\nDuring handling of the above exception, another exception occurred:\n\n")  # fmt: skip
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(inner.__traceback__))
        parts.append(f"{type(inner).__module__}.{type(inner).__qualname__}: {safe_message(inner)}\n")
    return "".join(parts)


def safe_message(exc: BaseException) -> str:
    """What of an exception's message may be logged."""
    if isinstance(exc, OSError):
        return f"[Errno {exc.errno}] {exc.strerror}" if exc.errno is not None else "(message withheld)"
    if isinstance(exc, NotFoundError | ConflictError):
        return exc.key
    if isinstance(exc, _SAFE_MESSAGES):
        return _str(exc)
    return f"(message withheld: {len(_str(exc))} characters)"


def _str(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # a broken __str__ must not hide the error being reported
        return "(unprintable)"
