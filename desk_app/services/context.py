"""What every service needs: the database (DbSession factories), a clock, who is working, and the data folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.domain.enums import Role
from desk_app.storage.engine import Database


def local_now() -> dt.datetime:
    """The office's wall-clock time (naive, local): dates at the desk are local dates."""
    return dt.datetime.now().replace(microsecond=0)  # noqa: DTZ005


@dataclass
class Actor:
    """The person signed in at this desk; written into every change-log entry."""

    name: str = "Cán bộ tiếp công dân"
    staff_id: int | None = None
    roles: tuple[Role, ...] = (Role.TIEP_CONG_DAN,)
    login: str | None = None
    """The signed-in user's login; None before anyone signed in with a password (a plain, not-yet-secured office)."""
    user_id: int | None = None


@dataclass
class ServiceContext:
    db: Database
    data_dir: Path
    clock: Callable[[], dt.datetime] = local_now
    actor: Actor = field(default_factory=Actor)
    # The office's data key (DEK) released by a user's password or the recovery key; None only for a database not yet
    # set up with users (plain SQLite, the test templates). It keys SQLCipher, the scans and the audit chain.
    key: bytes | None = field(default=None, repr=False)

    def today(self) -> dt.date:
        return self.clock().date()
