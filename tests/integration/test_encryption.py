"""Encryption at rest (reliability.md §2.10, §4.5): a demo office's database, its WAL, its backups, its scans and
kept documents reveal no citizen's name or ID number without the key; the same office kept plain does."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.domain.documents import DocumentKind
from desk_app.domain.text import nfc
from desk_app.errors import ConflictError
from desk_app.i18n import errors as i18n_errors
from desk_app.paths import AppPaths
from desk_app.services.demo.service import fill_demo
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.registry import Services, open_services
from desk_app.services.visits.register import RegisterFilter
from desk_app.storage import cipher
from desk_app.storage.engine import connect_keyed, make_engine
from desk_app.storage.migrate import backup_copy
from desk_app.storage.records import CitizenRecord, PetitionRecord
from tests.conftest import FIXED_NOW
from tests.helpers.templates import DemoTemplate, copy_data

KEY = hashlib.sha256(b"desk_app test key").digest()
OTHER_KEY = hashlib.sha256(b"someone else's key").digest()


def _needles(services: Services) -> set[bytes]:
    """Every citizen's full name (NFC, UTF-8) and ID number: what must not be readable without the key."""
    with services.ctx.db.read() as s:
        rows = s.execute(select(CitizenRecord.full_name, CitizenRecord.id_number)).all()
    names = {nfc(name).encode("utf-8") for name, _ in rows if len(name) >= 8}
    numbers = {number.encode("ascii") for _, number in rows if number and len(number) >= 9}
    assert len(names) >= 20 and len(numbers) >= 20
    return names | numbers


def _found(paths: Iterable[Path], needles: set[bytes]) -> dict[str, int]:
    """For each file that holds any needle, how many of them."""
    hits: dict[str, int] = {}
    for path in paths:
        data = path.read_bytes()
        count = sum(1 for n in needles if n in data)
        if count:
            hits[path.name] = count
    return hits


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _first_petition(services: Services) -> int:
    with services.ctx.db.read() as s:
        petition_id = s.scalar(select(PetitionRecord.id).order_by(PetitionRecord.id).limit(1))
    assert petition_id is not None
    return petition_id


@pytest.mark.parametrize("key", [KEY, None], ids=["encrypted", "plain"])
def test_an_office_reveals_no_name_without_the_key(tmp_path: Path, key: bytes | None) -> None:
    paths = AppPaths(tmp_path / "data")
    services = open_services(paths, key)
    try:
        services.ctx.clock = lambda: FIXED_NOW
        fill_demo(services, seed=3, months=2)
        needles = _needles(services)
        name, number = (
            sorted(n for n in needles if not n.isdigit())[0],
            sorted(n for n in needles if n.isdigit())[0],
        )
        # A scan and a printed paper carrying a citizen's name and ID number in the clear.
        scan = tmp_path / "don-to-cao.pdf"
        scan.write_bytes(b"%PDF-1.4 " + name + b" " + number + b" " * 3000)
        attached = services.attachments.attach(_first_petition(services), scan, "Đơn gốc")
        kept = services.documents.keep(None, DocumentKind.REPORT, b"%PDF-1.4 " + name + b" CCCD " + number)
        # The WAL while the database is open: the last pages written are there, not yet in the file.
        wal = paths.database.with_name(paths.database.name + "-wal")
        assert wal.is_file() and wal.stat().st_size > 0
        wal_hits = _found([wal], needles)
        backup_copy(paths.database, paths.backups / "thu-cong.sqlite3", key)
        # Search, FTS included, works the same way on either file.
        assert services.register.search_ids(RegisterFilter(text="nguyen"))
        # The viewer gets a readable file either way; an encrypted one is a temporary decrypted copy.
        opened = services.attachments.readable(attached.id)
        assert opened.read_bytes() == scan.read_bytes()
        assert kept.path.read_bytes().startswith(b"%PDF-1.4 " + name)
        assert services.attachments.verify(attached.id)
    finally:
        services.close()
    at_rest = {
        "database": _found([paths.database], needles),
        "wal": wal_hits,
        "backups": _found(_files(paths.backups), needles),
        "documents": _found(_files(paths.documents), needles),
        "attachments": _found(_files(paths.data / "attachments"), needles),
    }
    if key is None:  # the check can fail: kept plain, every place shows the citizens
        assert all(at_rest[k] for k in ("backups", "documents", "attachments")), at_rest
        assert at_rest["database"] or at_rest["wal"], at_rest
    else:
        assert at_rest == {k: {} for k in at_rest}
        assert cipher.is_encrypted(paths.database)
        assert all(cipher.is_encrypted(p) for p in _files(paths.backups))
        assert not opened.exists() and not kept.path.exists()  # the decrypted copies went with the session
        assert kept.stored_path.read_bytes()[:8] == b"DESKAES1"


def _counts(database: Path, key: bytes | None) -> dict[str, int]:
    if key is None:
        con = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    else:
        con = connect_keyed(database, key)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def _searches(services: Services) -> tuple[list[int], ...]:
    return (
        services.register.search_ids(RegisterFilter(text="nguyen")),
        services.register.search_ids(RegisterFilter(text="dat dai")),
        services.petition_register.search_ids(PetitionFilter(text="nguyen")),
    )


def test_a_plain_demo_office_is_converted_with_every_row(
    tmp_path: Path, demo_template: Callable[..., DemoTemplate]
) -> None:
    paths = copy_data(demo_template(1).folder, AppPaths(tmp_path / "data"))
    plain = open_services(paths)
    plain.ctx.clock = lambda: FIXED_NOW
    needles = _needles(plain)
    searched = _searches(plain)
    plain.close()
    before = _counts(paths.database, None)
    assert before["visit"] > 100 and before["citizen"] > 50
    shutil.copyfile(
        paths.database, paths.backups / "truoc-nang-cap-20260101-000000.sqlite3"
    )  # an older backup

    backup = cipher.encrypt_plain_database(paths.database, KEY, paths.backups)

    assert cipher.is_encrypted(paths.database) and cipher.is_encrypted(backup)
    assert _counts(paths.database, KEY) == before
    assert _counts(backup, KEY) == before
    assert [p.name for p in _files(paths.backups) if not cipher.is_encrypted(p)] == []
    assert not any(paths.database.with_name(paths.database.name + s).exists() for s in ("-wal", "-shm"))
    assert _found([paths.database, *_files(paths.backups)], needles) == {}
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.database).execute("SELECT count(*) FROM visit").fetchone()
    encrypted = open_services(paths, KEY)
    try:
        assert _searches(encrypted) == searched
    finally:
        encrypted.close()
    # Again: nothing to do, nothing lost.
    cipher.encrypt_plain_database(paths.database, KEY, paths.backups)
    assert _counts(paths.database, KEY) == before


def test_an_interrupted_conversion_keeps_the_plain_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "data")
    services = open_services(paths)
    services.ctx.clock = lambda: FIXED_NOW
    fill_demo(services, seed=2, months=1)
    services.close()
    before = _counts(paths.database, None)
    original = paths.database.read_bytes()

    def power_cut(*_args: object) -> Path:
        raise OSError("power cut")

    monkeypatch.setattr(cipher, "export_encrypted", power_cut)
    with pytest.raises(OSError, match="power cut"):
        cipher.encrypt_plain_database(paths.database, KEY, paths.backups)
    assert paths.database.read_bytes() == original and not cipher.is_encrypted(paths.database)
    monkeypatch.undo()
    cipher.encrypt_plain_database(paths.database, KEY, paths.backups)
    assert _counts(paths.database, KEY) == before
    assert not list(paths.data.glob("*.sealed*")) and not list(paths.backups.glob("*.part"))


def test_signing_in_to_a_database_left_plain_converts_it_first(tmp_path: Path) -> None:
    """The key slots were written, then the power went before the conversion: the next sign-in converts."""
    paths = AppPaths(tmp_path / "data")
    services = open_services(paths)
    services.ctx.clock = lambda: FIXED_NOW
    fill_demo(services, seed=2, months=1)
    services.close()
    before = _counts(paths.database, None)
    services = open_services(paths, KEY)
    services.close()
    assert cipher.is_encrypted(paths.database) and _counts(paths.database, KEY) == before
    assert [p for p in _files(paths.backups) if not cipher.is_encrypted(p)] == []


def test_a_wrong_key_is_refused_cleanly(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths(tmp_path / "data")
    open_services(paths, KEY).close()
    digest = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    with pytest.raises(ConflictError) as refused:
        open_services(paths, OTHER_KEY)
    assert refused.value.key == "database.wrong_key"
    assert "Khóa dữ liệu không đúng" in i18n_errors.message(refused.value.key)
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == digest
    assert "hmac" not in capfd.readouterr().err  # SQLCipher's own complaint is not printed
    reopened = open_services(paths, KEY)  # the refused attempt left nothing behind
    reopened.close()

    plain = AppPaths(tmp_path / "plain")
    open_services(plain).close()
    engine = make_engine(plain.database, KEY)
    with pytest.raises(ConflictError) as not_encrypted:
        engine.connect()
    assert not_encrypted.value.key == "database.not_encrypted"
    assert i18n_errors.known("database.not_encrypted")
    engine.dispose()
    with pytest.raises(ConflictError, match="wrong_key"):
        cipher.verify_encrypted(paths.database, OTHER_KEY)


def test_a_backup_before_an_upgrade_stays_encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk_app.storage import migrate as migrate_module

    paths = AppPaths(tmp_path / "data")
    services = open_services(paths, KEY)
    services.ctx.clock = lambda: FIXED_NOW
    fill_demo(services, seed=2, months=1)
    needles = _needles(services)
    services.close()
    monkeypatch.setattr(migrate_module, "schema_state", lambda _engine: migrate_module.SchemaState.BEHIND)
    open_services(paths, KEY).close()
    copies = list(paths.backups.glob("sao-luu-*-truoc-nang-cap.sqlite3"))
    assert len(copies) == 1 and cipher.is_encrypted(copies[0])
    assert _counts(copies[0], KEY)["visit"] == _counts(paths.database, KEY)["visit"] > 0
    assert _found(copies, needles) == {}


def test_the_office_is_opened_with_one_sqlite_library_at_a_time(tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite3"
    plain = make_engine(database)
    with plain.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    with pytest.raises(RuntimeError, match="dispose"):
        make_engine(database, KEY)
    with pytest.raises(RuntimeError, match="dispose"):
        cipher.encrypt_plain_database(database, KEY, tmp_path / "backups")
    plain.dispose()
    cipher.encrypt_plain_database(database, KEY, tmp_path / "backups")
    keyed = make_engine(database, KEY)
    with keyed.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    keyed.dispose()


def test_the_key_is_the_first_statement_of_every_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    from desk_app.storage import engine as engine_module

    real = engine_module.sqlcipher()
    statements: list[list[str]] = []

    class SpyCursor:
        def __init__(self, cursor: object, log: list[str]) -> None:
            object.__setattr__(self, "_cursor", cursor)
            object.__setattr__(self, "_log", log)

        def __getattr__(self, name: str) -> object:
            return getattr(self._cursor, name)

        def execute(self, sql: str, *args: object) -> object:
            self._log.append(sql)
            return self._cursor.execute(sql, *args)

    class SpyConnection:
        def __init__(self, con: object) -> None:
            object.__setattr__(self, "_con", con)
            object.__setattr__(self, "_log", [])
            statements.append(self._log)

        def __getattr__(self, name: str) -> object:
            return getattr(self._con, name)

        def __setattr__(self, name: str, value: object) -> None:
            setattr(self._con, name, value)

        def execute(self, sql: str, *args: object) -> object:
            self._log.append(sql)
            return self._con.execute(sql, *args)

        def cursor(self, *args: object) -> SpyCursor:
            return SpyCursor(self._con.cursor(*args), self._log)

    spy = types.ModuleType("spy_sqlcipher")
    spy.__dict__.update(real.__dict__)
    spy.connect = lambda *a, **kw: SpyConnection(real.connect(*a, **kw))  # type: ignore[attr-defined]
    monkeypatch.setattr(engine_module, "sqlcipher", lambda: spy)
    engine = engine_module.make_engine(tmp_path / "desk.sqlite3", KEY)
    with engine.connect() as a:
        a.exec_driver_sql("CREATE TABLE t (x)")
        a.commit()
        with engine.connect() as b:  # a second pooled connection, keyed on its own
            assert b.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    engine.dispose()
    assert len(statements) == 2
    for log in statements:
        assert log[0] == f"PRAGMA key = \"x'{KEY.hex()}'\"", log[:3]
        assert "PRAGMA synchronous=FULL" in log and "PRAGMA foreign_keys=ON" in log
        assert "PRAGMA journal_mode=WAL" in log


def test_an_encrypted_database_keeps_the_durability_settings(tmp_path: Path) -> None:
    services = open_services(AppPaths(tmp_path / "data"), KEY)
    try:
        with services.ctx.db.engine.connect() as conn:
            pragma = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in
                      ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "cipher_version")}  # fmt: skip
        assert pragma["journal_mode"] == "wal" and pragma["synchronous"] == 2 and pragma["foreign_keys"] == 1
        assert pragma["busy_timeout"] == 10_000 and str(pragma["cipher_version"]).startswith("4.")
        assert services.ctx.key == KEY
    finally:
        services.close()
