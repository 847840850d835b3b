"""Engine and sessions for the office's SQLite file: WAL, synchronous=FULL, foreign keys, BEGIN IMMEDIATE for writes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

BUSY_TIMEOUT_MS = 10_000
_IMMEDIATE = "desk_begin_immediate"


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself, so writes can say IMMEDIATE.
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _begin(conn: Any) -> None:
    # Two writers that both start with a plain BEGIN deadlock on upgrade and fail at once with "database is
    # locked"; IMMEDIATE takes the write lock up front and waits for busy_timeout instead.
    if conn.get_execution_options().get(_IMMEDIATE):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(database: Path) -> Engine:
    """An engine on the file, every connection configured for durability."""
    engine = create_engine(f"sqlite:///{database}", future=True)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


@dataclass(frozen=True)
class Database:
    """Database-session (DbSession) factories: `write()` for one transaction that changes data, `read()` for queries."""

    engine: Engine
    _writer: sessionmaker[DbSession]
    _reader: sessionmaker[DbSession]

    @classmethod
    def for_engine(cls, engine: Engine) -> Database:
        writer_engine = engine.execution_options(**{_IMMEDIATE: True})
        return cls(
            engine,
            sessionmaker(writer_engine, expire_on_commit=False),
            sessionmaker(engine, expire_on_commit=False),
        )

    def write(self) -> DbSession:
        """Use as `with db.write() as s, s.begin():` — commits on success, rolls back on error."""
        return self._writer()

    def read(self) -> DbSession:
        return self._reader()
