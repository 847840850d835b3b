"""Engine and sessions for the office's SQLite file: WAL, synchronous=FULL, foreign keys, BEGIN IMMEDIATE for writes.

With the office's data key the file is an SQLCipher 4 database (reliability.md §1.15, §2.10): the raw key is the first
statement on every connection, then the same PRAGMAs as a plain file.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from desk_app.errors import ConflictError

BUSY_TIMEOUT_MS = 10_000
KEYED_CACHE_KIB = 1024 * 1024
"""Upper bound of an SQLCipher connection's page cache (1 GiB)."""
KEYED_POOL_SIZE = 2
"""Idle SQLCipher connections kept (each holds its decrypted cache); more are opened on demand and closed after."""
KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
_IMMEDIATE = "desk_begin_immediate"


@functools.cache
def sqlcipher() -> ModuleType:
    """The SQLCipher DB-API module, imported only when a key is used: a plain run never loads a second SQLite."""
    import sqlcipher3.dbapi2 as dbapi

    # SQLCipher prints "hmac check failed" to stderr for a wrong key; the app words that error itself. The log
    # level is process-wide, so an in-memory connection sets it without touching any file.
    with contextlib.closing(dbapi.connect(":memory:")) as con:
        con.execute("PRAGMA cipher_log_level = NONE")
    return dbapi


def key_pragma(key: bytes) -> str:
    """The raw-key form (no PBKDF2: the key is already random), e.g. PRAGMA key = "x'00ff…'"."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"the data key must be {KEY_BYTES} bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def has_plain_header(path: Path) -> bool:
    """True when the file starts like an unencrypted SQLite database (an empty or missing file is neither)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def connect_keyed(database: Path, key: bytes, **kwargs: Any) -> Any:
    """An SQLCipher connection with the key as its very first statement, checked by a read of the schema.

    A wrong key (or a plain file opened with a key) raises ConflictError "database.wrong_key" /
    "database.not_encrypted" instead of SQLCipher's "file is not a database" at the first query.
    """
    dbapi = sqlcipher()
    con = dbapi.connect(str(database), **kwargs)
    try:
        con.execute(key_pragma(key))
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as exc:
        con.close()
        if "not a database" not in str(exc).lower():
            raise
        code = "database.not_encrypted" if has_plain_header(database) else "database.wrong_key"
        raise ConflictError(code) from None
    return con


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself, so writes can say IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _configure_keyed_connection(dbapi_connection: Any, record: Any) -> None:
    _configure_connection(dbapi_connection, record)
    cursor = dbapi_connection.cursor()
    # A plain file's pages come from the OS cache for free; SQLCipher decrypts and checks the HMAC of every page it
    # reads, so its own page cache stands in for the OS cache (pages are allocated only as read: a small office
    # uses a few MB; the 1,000,000-row register needs most of it to search as fast as the plain file, see
    # tests/perf). Locking page buffers in memory (memory security) costs time and buys little on a desk PC.
    cursor.execute(f"PRAGMA cache_size=-{KEYED_CACHE_KIB}")
    cursor.execute("PRAGMA cipher_memory_security=OFF")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _begin(conn: Any) -> None:
    # Two writers that both start with a plain BEGIN deadlock on upgrade and fail at once with "database is
    # locked"; IMMEDIATE takes the write lock up front and waits for busy_timeout instead.
    if conn.get_execution_options().get(_IMMEDIATE):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


# Two SQLite libraries (Python's sqlite3 and SQLCipher's) in one process on one file would each keep their own POSIX
# locks, and closing a file in one drops the locks of the other ("How To Corrupt", §2.2): one driver per path at once.
_open_engines: dict[str, tuple[str, weakref.ref[Engine]]] = {}
_guard = threading.Lock()
_keyed_engines: weakref.WeakSet[Engine] = weakref.WeakSet()


def is_keyed(engine: Engine) -> bool:
    """Whether make_engine opened this engine with a key (SQLCipher)."""
    return engine in _keyed_engines


def claim(database: Path, driver: str, engine: Engine | None = None) -> None:
    """Refuse to use `driver` on a file another driver's live engine holds connections to; remember `engine`."""
    name = str(database.resolve())
    with _guard:
        held = _open_engines.get(name)
        other = held[1]() if held and held[0] != driver else None
        if other is not None and _connections(other) > 0:
            raise RuntimeError(
                f"{database} is open with {held[0] if held else '?'}; dispose that engine first"
            )
        if engine is not None:
            _open_engines[name] = (driver, weakref.ref(engine))


def _connections(engine: Engine) -> int:
    pool: Any = engine.pool
    return sum(
        int(getattr(pool, n)()) for n in ("checkedin", "checkedout") if callable(getattr(pool, n, None))
    )


def make_engine(database: Path, key: bytes | None = None) -> Engine:
    """An engine on the file, every connection configured for durability; with `key`, an SQLCipher engine."""
    if key is None:
        engine = create_engine(f"sqlite:///{database}", future=True)
        event.listen(engine, "connect", _configure_connection)
        claim(database, "sqlite3", engine)
    else:
        key_pragma(key)  # a key of the wrong size fails here, not at the first connection
        engine = create_engine(
            f"sqlite:///{database}",
            future=True,
            module=sqlcipher(),
            creator=lambda: connect_keyed(database, key, check_same_thread=False),
            pool_size=KEYED_POOL_SIZE,
            pool_use_lifo=True,  # the connection used last has the warmest cache
        )
        event.listen(engine, "connect", _configure_keyed_connection)
        claim(database, "sqlcipher3", engine)
        _keyed_engines.add(engine)
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

    def after_write_commit(self, listener: Callable[[DbSession], None]) -> None:
        """Call `listener(session)` after every committed `write()` transaction of this database."""
        event.listen(self._writer, "after_commit", listener)
