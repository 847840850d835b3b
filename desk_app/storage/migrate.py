"""Bring the database to the current schema at start: back up first, refuse a newer database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from desk_app.errors import EnvironmentProblem
from desk_app.storage.backup_files import Reason, write_backup
from desk_app.storage.cipher import backup_encrypted


class SchemaState(StrEnum):
    EMPTY = "empty"
    CURRENT = "current"
    BEHIND = "behind"
    TOO_NEW = "too_new"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def schema_state(engine: Engine) -> SchemaState:
    script = ScriptDirectory.from_config(_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is None:
        return SchemaState.EMPTY
    if current == script.get_current_head():
        return SchemaState.CURRENT
    known = {rev.revision for rev in script.walk_revisions()}
    return SchemaState.BEHIND if current in known else SchemaState.TOO_NEW


def backup_copy(database: Path, target: Path, key: bytes | None = None) -> Path:
    """A consistent copy through SQLite's online backup API, checked with integrity_check.

    An encrypted database (`key` given) is copied through SQLCipher under the same key: the copy stays encrypted.
    """
    if key is not None:
        return backup_encrypted(database, key, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(database) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
        result = dest.execute("PRAGMA integrity_check").fetchone()
    if not result or result[0] != "ok":
        raise EnvironmentProblem(f"Bản sao lưu {target} không toàn vẹn.")
    return target


def migrate(engine: Engine, database: Path, backups: Path, key: bytes | None = None) -> SchemaState:
    """Upgrade to head; a database with data is copied to `backups` first (encrypted under `key` when it is
    an encrypted database). Returns the state found."""
    state = schema_state(engine)
    if state is SchemaState.TOO_NEW:
        raise EnvironmentProblem(
            "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng. "
            "Hãy cài phiên bản mới nhất; ứng dụng không mở để tránh làm hỏng dữ liệu."
        )
    if state is SchemaState.CURRENT:
        return state
    if state is SchemaState.BEHIND:
        # The office's local time, as every backup name: the officer reads it on the backup page.
        now = dt.datetime.now().replace(microsecond=0)  # noqa: DTZ005
        write_backup(database, backups, key, Reason.BEFORE_UPGRADE, now, backups.parent / "keyslots.json")
    cfg = _config()
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        raise EnvironmentProblem("Nâng cấp cơ sở dữ liệu để lại liên kết hỏng; hãy khôi phục bản sao lưu.")
    return state
