"""The database file: pragmas, migrations from empty, backups before upgrades, a newer schema refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desk_app.errors import EnvironmentProblem
from desk_app.paths import AppPaths
from desk_app.services.registry import Services, open_services
from desk_app.storage.engine import Database, make_engine
from desk_app.storage.migrate import SchemaState, migrate, schema_state
from tests.helpers.acting import acting_as


def test_every_connection_is_durable(services: Services) -> None:
    with services.ctx.db.read() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_writes_begin_immediate(services: Services) -> None:
    from sqlalchemy import event

    seen: list[str] = []
    engine = services.ctx.db.engine

    def spy(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", spy)
    try:
        with services.ctx.db.write() as s, s.begin():
            s.execute(text("SELECT 1"))
        with services.ctx.db.read() as s:
            s.execute(text("SELECT 2"))
    finally:
        event.remove(engine, "before_cursor_execute", spy)
    assert seen[:2] == ["BEGIN IMMEDIATE", "SELECT 1"]
    assert "BEGIN" in seen[2:] and "BEGIN IMMEDIATE" not in seen[2:]


def test_empty_database_migrates_to_head_and_matches_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desk_app.storage import records  # noqa: F401
    from desk_app.storage.base import Base
    from desk_app.storage.fts import include_name

    engine = make_engine(tmp_path / "db.sqlite3")
    assert schema_state(engine) is SchemaState.EMPTY
    assert migrate(engine, tmp_path / "db.sqlite3", tmp_path / "backups") is SchemaState.EMPTY
    assert schema_state(engine) is SchemaState.CURRENT
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        drift = compare_metadata(context, Base.metadata)
    assert drift == []
    # Nothing to back up on a fresh install.
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_an_older_database_is_backed_up_before_upgrading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk_app.storage import migrate as migrate_module

    db = tmp_path / "db.sqlite3"
    engine = make_engine(db)
    migrate(engine, db, tmp_path / "backups")
    # As if the file came from the previous release: the upgrade path must copy it first.
    monkeypatch.setattr(migrate_module, "schema_state", lambda _engine: SchemaState.BEHIND)
    assert migrate(engine, db, tmp_path / "backups") is SchemaState.BEHIND
    copies = list((tmp_path / "backups").glob("sao-luu-*-truoc-nang-cap.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("SELECT count(*) FROM visit").fetchone()[0] == 0


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    services = open_services(paths)
    services.close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(EnvironmentProblem, match="phiên bản mới hơn"):
        open_services(paths)


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    from desk_app.domain.enums import OfficeKind
    from desk_app.services.office.service import OfficeInfo

    paths = AppPaths(tmp_path / "data")
    first = open_services(paths)
    with acting_as(first):
        first.office.save(
            OfficeInfo(
                name="SỞ TƯ PHÁP",
                abbreviation="STP",
                kind=OfficeKind.SO,
                place_name="Hà Nội",
                head_title="Giám đốc",
            )
        )
    first.close()
    second = open_services(paths)
    office = second.office.get()
    second.close()
    assert office is not None and office.name == "SỞ TƯ PHÁP" and office.head_title == "GIÁM ĐỐC"


def test_two_writers_wait_instead_of_failing(tmp_path: Path) -> None:
    """Two desks writing at the same moment: BEGIN IMMEDIATE + busy_timeout, no 'database is locked'."""
    import threading

    db = tmp_path / "db.sqlite3"
    engine = make_engine(db)
    migrate(engine, db, tmp_path / "b")
    db = Database.for_engine(engine)
    errors: list[BaseException] = []

    def bump(n: int) -> None:
        from desk_app.services import counters

        try:
            for _ in range(n):
                with db.write() as s, s.begin():
                    counters.next_value(s, "test", 2026)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=bump, args=(50,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.read() as s:
        assert s.execute(text("SELECT last_value FROM counter WHERE name='test'")).scalar() == 200
