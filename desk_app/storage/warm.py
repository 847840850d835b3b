"""Warm an SQLCipher engine's page cache in the background after sign-in, so first searches read decrypted pages.

SQLCipher decrypts and checks the HMAC of every page the first time a connection reads it; a plain file's pages
come from the OS cache for free. On a register of a million lines that made the first text search about twice as
slow as on the plain file (tests/perf/test_register_perf_encrypted.py). The warmer reads every table and index
b-tree once, registers first, through the pooled connection the searches will use:

- the pool hands out its connections last-in first-out, so the connection the warmer returns last is the one the
  next search gets. The warmer keeps to one connection ("pinned") and borrows it for one b-tree at a time; between
  b-trees it is back in the pool, so a search that starts meanwhile gets the warm connection, never waits;
- SQLite drops a connection's whole page cache when another connection has committed since its last read (WAL):
  warming pays off for the connection that does the office's work, which the LIFO pool keeps using;
- it runs in a daemon thread at low priority, never blocks sign-in, and stop() (Services.close) interrupts the
  statement under way and joins the thread before the engine is disposed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.pool import PoolProxiedConnection

from desk_app.storage.engine import KEYED_POOL_SIZE, is_keyed

PRIORITY_TABLES = (
    "visit",
    "visit_fts_data",
    "visit_fts_idx",
    "citizen",
    "petition",
    "petition_fts_data",
    "petition_fts_idx",
    "deadline",
    "case",
)
"""Read first: what the registers' lists and searches touch (with their indexes)."""
RETRY_S = 0.05
"""How long to wait when the pinned connection is serving a search."""
GIVE_UP_S = 30.0
"""A pinned connection not seen back in the pool for this long is gone (closed): stop."""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def warm_statements(con: Any, *, everything: bool) -> list[str]:
    """One statement per b-tree, registers first: each reads every page of one table or index.

    count(*) with NOT INDEXED walks the table's own b-tree (its overflow pages aside: a row that long is not what
    a search compares); count(first column) with INDEXED BY walks that index. With `everything` False only the
    priority tables and their indexes.
    """
    found = con.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index') AND rootpage > 0"
    ).fetchall()
    rank = {name: i for i, name in enumerate(PRIORITY_TABLES)}
    order = sorted(found, key=lambda r: (rank.get(r[2], len(rank)), r[2], r[0] != "table", r[1]))
    statements: list[str] = []
    for kind, name, table in order:
        if not everything and table not in rank:
            break
        if kind == "table":
            statements.append(f"SELECT count(*) FROM {_quote(name)} NOT INDEXED")
            continue
        partial = con.execute(
            "SELECT partial FROM pragma_index_list(?) WHERE name = ?", (table, name)
        ).fetchone()
        first = con.execute("SELECT name FROM pragma_index_info(?) WHERE seqno = 0", (name,)).fetchone()
        # INDEXED BY cannot name a partial index without its condition, and an index on an expression has no
        # column name: both are left cold (they are small, or rare).
        if first and first[0] and not (partial and partial[0]):
            statements.append(
                f"SELECT count({_quote(first[0])}) FROM {_quote(table)} INDEXED BY {_quote(name)}"
            )
    return statements


def _fits_in_cache(con: Any) -> bool:
    """Whether the whole file fits in the connection's page cache (else only the registers are read)."""
    page_count = int(con.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
    cache = int(con.execute("PRAGMA cache_size").fetchone()[0])
    cache_bytes = -cache * 1024 if cache < 0 else cache * page_size
    return page_count * page_size <= cache_bytes


def _lower_priority() -> None:
    """Best effort: the warmer's thread gives way to the window and the searches."""
    with contextlib.suppress(OSError, AttributeError):
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -1)  # THREAD_PRIORITY_BELOW_NORMAL
        elif sys.platform.startswith("linux"):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)  # this thread only (a Linux task)


class CacheWarmer:
    """Reads the database's b-trees once through one pooled connection, in a background thread."""

    def __init__(self, engine: Engine, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._engine = engine
        self._clock = clock
        self._stopping = threading.Event()
        self.done = threading.Event()
        """Set when the warmer has finished, given up or been stopped."""
        self.warmed: list[str] = []
        """The statements that ran to the end (a test and the benchmark look)."""
        self.error: BaseException | None = None
        """What stopped it early, if anything but stop(): the cache is only colder for it."""
        self._lock = threading.Lock()
        self._running: Any = None  # the pinned DB-API connection while the warmer holds it
        self._pinned: Any = None
        self._thread = threading.Thread(target=self._run, name="desk-cache-warmer", daemon=True)

    @property
    def pinned(self) -> Any:
        """The DB-API connection it warms (None before its first read)."""
        return self._pinned

    def start(self) -> CacheWarmer:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Interrupt the statement under way and wait for the thread; the connection goes back to the pool."""
        self._stopping.set()
        with self._lock:
            if self._running is not None:
                self._running.interrupt()  # sqlite3_interrupt: safe from another thread
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    def _run(self) -> None:
        try:
            _lower_priority()
            self._warm()
        except Exception as exc:  # interrupted by stop(), or the file went away: nothing is lost but speed
            if not self._stopping.is_set():
                self.error = exc
        finally:
            self.done.set()

    def _warm(self) -> None:
        pinned: Any = None
        statements: list[str] | None = None
        waiting_since: float | None = None
        while not self._stopping.is_set() and (statements is None or statements):
            proxy = self._borrow(pinned)
            if proxy is None:
                waiting_since = waiting_since or self._clock()
                if self._clock() - waiting_since > GIVE_UP_S:
                    return
                time.sleep(RETRY_S)
                continue
            waiting_since = None
            try:
                con: Any = proxy.driver_connection
                pinned = self._pinned = con
                if statements is None:
                    statements = warm_statements(con, everything=_fits_in_cache(con))
                    continue
                statement = statements[0]
                with self._lock:
                    self._running = con
                try:
                    con.execute(statement).fetchall()
                    self.warmed.append(statement)
                except Exception:
                    if self._stopping.is_set():
                        raise
                    # This b-tree cannot be read this way: it stays cold, the others are still worth reading.
                finally:
                    with self._lock:
                        self._running = None
                statements.pop(0)
            finally:
                proxy.close()  # back to the pool, on top: the next search gets this connection
            time.sleep(0)

    def _borrow(self, pinned: Any) -> PoolProxiedConnection | None:
        """The pinned connection from the pool (the first one handed out when none is pinned yet), or None when
        it is in use. Connections handed out before it go back at once, so it is returned last and stays on top."""
        if pinned is not None and _idle(self._engine) == 0:
            return None  # the pinned one is busy: do not make the pool open another connection
        others: list[PoolProxiedConnection] = []
        try:
            for _ in range(KEYED_POOL_SIZE):
                proxy = self._engine.raw_connection()
                if pinned is None or proxy.driver_connection is pinned:
                    return proxy
                others.append(proxy)
                if _idle(self._engine) == 0:
                    break  # the pinned one is busy: do not make the pool open another connection
            return None
        finally:
            for other in others:
                other.close()


def _idle(engine: Engine) -> int:
    checkedin = getattr(engine.pool, "checkedin", None)
    return int(checkedin()) if callable(checkedin) else 0


_warmers: weakref.WeakKeyDictionary[Engine, CacheWarmer] = weakref.WeakKeyDictionary()


def start_warming(engine: Engine) -> CacheWarmer | None:
    """Warm an SQLCipher engine's cache in the background (a plain file's pages are in the OS cache already);
    returns the warmer, or None for a plain engine. Stop it with stop_warming(engine) before disposing."""
    if not is_keyed(engine):
        return None
    stop_warming(engine)
    warmer = CacheWarmer(engine)
    _warmers[engine] = warmer
    return warmer.start()


def warmer_for(engine: Engine) -> CacheWarmer | None:
    """The engine's warmer, running or done, until stop_warming."""
    return _warmers.get(engine)


def stop_warming(engine: Engine, timeout: float = 10.0) -> None:
    """Stop the engine's warmer, if one runs, and wait for its thread (call before engine.dispose())."""
    warmer = _warmers.pop(engine, None)
    if warmer is not None:
        warmer.stop(timeout)
