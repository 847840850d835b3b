"""The SQLCipher cache warm-up after sign-in (storage.warm): what it reads, which connection it leaves warm, stopping.

Its speed is measured in tests/perf/test_register_perf_encrypted.py; here only its behaviour.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.services.users.session import set_up_security, sign_in
from desk_app.storage import warm
from desk_app.storage.engine import make_engine
from tests.conftest import FIXED_NOW

KEY = hashlib.sha256(b"desk_app warm test key").digest()


@pytest.fixture
def keyed(tmp_path: Path) -> Iterator[Services]:
    services = open_services(AppPaths(tmp_path / "data"), KEY)
    yield services
    services.close()


def _tables_and_indexes(services: Services) -> set[str]:
    with services.ctx.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND rootpage > 0"
            " AND (sql IS NULL OR sql NOT LIKE '% WHERE %')"  # partial indexes stay cold
        ).all()
    return {name for (name,) in rows}


def test_it_reads_every_table_and_index_the_registers_first(keyed: Services) -> None:
    warmer = warm.start_warming(keyed.ctx.db.engine)
    assert warmer is not None and warmer.wait(30)
    assert warmer.error is None
    read = " ".join(warmer.warmed)
    missing = {name for name in _tables_and_indexes(keyed) if f'"{name}"' not in read}
    assert not missing
    assert warmer.warmed[0] == 'SELECT count(*) FROM "visit" NOT INDEXED'
    assert any('INDEXED BY "ix_visit_voided_book"' in s for s in warmer.warmed[:12])


def test_the_next_search_gets_the_warmed_connection(keyed: Services) -> None:
    engine = keyed.ctx.db.engine
    warmer = warm.start_warming(engine)
    assert warmer is not None and warmer.wait(30)
    with engine.connect() as conn:
        assert conn.connection.driver_connection is warmer.pinned


def test_it_finds_its_connection_under_another_and_waits_while_it_is_in_use(keyed: Services) -> None:
    engine = keyed.ctx.db.engine
    first, second = engine.raw_connection(), engine.raw_connection()
    pinned = first.driver_connection
    first.close()
    second.close()  # the pool hands out `second` next (last in, first out)
    warmer = warm.CacheWarmer(engine)
    borrowed = warmer._borrow(pinned)
    assert borrowed is not None and borrowed.driver_connection is pinned
    borrowed.close()
    with engine.connect() as conn:
        assert conn.connection.driver_connection is pinned  # returned last: on top again
        # A search holds it now: the warmer borrows nothing (and opens no third connection).
        assert warmer._borrow(pinned) is None
        assert engine.pool.checkedout() == 1  # type: ignore[attr-defined]


def test_closing_the_office_stops_the_warmer(keyed: Services) -> None:
    engine = keyed.ctx.db.engine
    warmer = warm.start_warming(engine)
    assert warmer is not None
    keyed.close()
    assert warmer.done.is_set()
    assert warm.warmer_for(engine) is None
    assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]


def test_a_plain_office_is_not_warmed(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "plain.sqlite3")
    try:
        assert warm.start_warming(engine) is None
    finally:
        engine.dispose()


def test_signing_in_starts_the_warm_up(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    services, _recovery = set_up_security(paths, "quantri", "Lê Văn Quản", "Tiếp dân sáng thứ Năm", FIXED_NOW)
    try:
        assert warm.warmer_for(services.ctx.db.engine) is not None
    finally:
        services.close()
    services = sign_in(paths, "quantri", "Tiếp dân sáng thứ Năm", FIXED_NOW)
    try:
        warmer = warm.warmer_for(services.ctx.db.engine)
        assert warmer is not None and warmer.wait(30) and warmer.error is None
    finally:
        services.close()
