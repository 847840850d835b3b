"""The journal of changes kept outside the database (`logs/changes.log`): what to re-enter after a restore.

One line per audit entry that changed something: local time, action, entity, record id, login. Never a value: names
and ID numbers stay in the (encrypted) database. After a restore the lines newer than the backup say what was lost.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy.orm import Session as DbSession

from desk_app.services.audit.chain import JOURNAL
from desk_app.services.context import ServiceContext

FILE: Final = "changes.log"
NOT_CHANGES: Final = frozenset({
    "view", "reveal", "search", "export", "print", "denied", "command", "sign_in", "sign_in_failed", "sign_out",
    "screen_lock", "screen_unlock", "recovery_sign_in", "backup", "restore", "check_run",
})  # fmt: skip
"""Audit actions that read or refuse: nothing to re-enter."""
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class JournalEntry:
    at: dt.datetime
    action: str
    entity: str
    entity_id: int
    login: str


def path_in(data: Path) -> Path:
    return data / "logs" / FILE


def size(data: Path) -> int:
    """The journal's length in bytes: it only grows, so a backup remembers it to know what came after."""
    try:
        return path_in(data).stat().st_size
    except OSError:
        return 0


def attach(ctx: ServiceContext, on_change: Callable[[dt.datetime], None] | None = None) -> None:
    """Append every committed change of this context's database to the journal, then tell `on_change`."""
    target = path_in(ctx.data_dir)

    def committed(session: DbSession) -> None:
        entries = [e for e in session.info.pop(JOURNAL, ()) if e[0] not in NOT_CHANGES]
        if not entries:
            return
        now = ctx.clock()
        lines = "".join(
            f"{now:%Y-%m-%d %H:%M:%S}\t{action}\t{entity}\t{entity_id}\t{login or ''}\n"
            for action, entity, entity_id, login in entries
        )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("a", encoding="utf-8") as fh:
                fh.write(lines)
        except (
            OSError
        ) as exc:  # the save itself is committed; a journal that cannot be written is only logged
            log.warning("changes journal not written: %s", exc.strerror or exc)
        if on_change is not None:
            on_change(now)

    ctx.db.after_write_commit(committed)


def entries_after(data: Path, since: dt.datetime, mark: int | None = None) -> list[JournalEntry]:
    """The journal's entries after a backup, oldest first; unreadable lines are skipped.

    With the backup's `mark` (the journal's size when it was made) the lines written after it, whatever their clock
    says; without one (an older backup), the lines stamped after `since`."""
    found: list[JournalEntry] = []
    try:
        raw = path_in(data).read_bytes()
    except OSError:
        return found
    by_offset = mark is not None and 0 <= mark <= len(raw)
    text = raw[mark:] if by_offset and mark is not None else raw
    for line in text.decode("utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) != 5:
            continue
        try:
            at = dt.datetime.strptime(parts[0], "%Y-%m-%d %H:%M:%S")  # noqa: DTZ007 (the office's local time, as written)
            entry = JournalEntry(at, parts[1], parts[2], int(parts[3]), parts[4])
        except ValueError:
            continue
        if by_offset or at > since:
            found.append(entry)
    return found


def last_change(data: Path) -> dt.datetime | None:
    """The time of the journal's newest line (read from the end: the file only grows)."""
    try:
        with path_in(data).open("rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 4096))
            tail = fh.read().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in reversed(tail):
        try:
            return dt.datetime.strptime(line.split("\t", 1)[0], "%Y-%m-%d %H:%M:%S")  # noqa: DTZ007 (the office's local time, as written)
        except ValueError:
            continue
    return None
