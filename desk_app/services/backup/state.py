"""What the backups remember outside the database (`backup.json`): the second folder, when it last worked, the checks."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Final

from desk_app.storage.backup_files import write_atomic

FILE: Final = "backup.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BackupState:
    second_folder: str | None = None
    second_ok: str | None = None
    """When a backup last reached the second folder (ISO, local)."""
    second_failing_since: str | None = None
    full_check: str | None = None
    """When the full integrity check last passed (ISO, local)."""

    @staticmethod
    def when(value: str | None) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(value) if value else None
        except ValueError:
            return None


def load(data: Path) -> BackupState:
    try:
        body: Any = json.loads((data / FILE).read_text(encoding="utf-8"))
        known = {
            k: (str(v) if v is not None else None) for k, v in body.items() if k in BackupState.__slots__
        }
        return BackupState(**known)
    except FileNotFoundError:
        return BackupState()
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        log.warning("backup.json unreadable, defaults used: %s", type(exc).__name__)
        return BackupState()


def update(data: Path, **changes: str | None) -> BackupState:
    state = replace(load(data), **changes)
    write_atomic(data / FILE, json.dumps(asdict(state), ensure_ascii=False, indent=1).encode("utf-8"))
    return state


WEEK: Final = dt.timedelta(days=7)
DAY: Final = dt.timedelta(days=1)
HOUR: Final = dt.timedelta(hours=1)
