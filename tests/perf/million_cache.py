"""Built million-row databases kept between benchmark runs when DESK_APP_PERF_CACHE names a folder.

Seeding a million visits takes a minute and a half (and as long again encrypted); a kept copy is named by the
schema's head revision, so a new migration builds afresh. Without the variable every run builds its own.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from desk_app.storage.migrate import head_revision

ENV_CACHE = "DESK_APP_PERF_CACHE"


def kept(name: str) -> Path | None:
    """Where the database `name` is kept at the current schema, or None when no cache folder is set."""
    folder = os.environ.get(ENV_CACHE)
    if not folder:
        return None
    return Path(folder).expanduser() / f"{name}-{head_revision()}.sqlite3"


def restore_or_build(database: Path, name: str, build: Callable[[Path], None]) -> bool:
    """Copy the kept `name` to `database` if there is one; else build(database) and keep a copy.

    Returns True when the database came from the cache. `build` must leave the file closed (no -wal beside it).
    """
    copy = kept(name)
    if copy is not None and copy.is_file():
        database.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(copy, database)
        return True
    build(database)
    if copy is not None:
        copy.parent.mkdir(parents=True, exist_ok=True)
        partial = copy.with_name(copy.name + ".part")
        shutil.copyfile(database, partial)
        partial.replace(copy)
    return False
