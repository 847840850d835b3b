"""The damage matrix at the service level (issue 12, DOMAIN §16.7): a demo office with a verified backup, damaged
seven ways, plain and encrypted.

Each time open_services raises DatabaseDamaged (never another exception) and writes nothing into the file; the
refusal offers the backup, the restore works, the office then opens with the backup's figures, and the damaged file
sits in the data folder's damaged/ folder.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desk_app.domain.enums import OfficeKind
from desk_app.paths import AppPaths
from desk_app.services.office.service import OfficeInfo
from desk_app.services.registry import open_services
from desk_app.storage import backup_files, health
from desk_app.storage.backup_files import BackupFile
from desk_app.storage.health import DatabaseDamaged
from desk_app.storage.keyslots import KdfParams, KeySlots
from tests.conftest import FIXED_NOW
from tests.helpers.acting import acting_as
from tests.helpers.templates import DemoTemplate, copy_data

FAST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)
OTHER_KEY = hashlib.sha256(b"another office's key").digest()
PAGE = 4096


@dataclass(frozen=True)
class Office:
    """A closed demo office (plain or secured) with one verified backup; each case damages a copy of it."""

    data: Path
    key: bytes | None
    backup: BackupFile
    foreign_wal: bytes
    """The -wal of another office's database, caught while that office was open."""


def _foreign_wal(migrated: Path, folder: Path, key: bytes | None) -> bytes:
    paths = copy_data(migrated, AppPaths(folder))
    services = open_services(paths, key)
    try:
        with acting_as(services):
            services.office.save(
                OfficeInfo(name="ỦY BAN NHÂN DÂN XÃ BÌNH AN", abbreviation="UBND", kind=OfficeKind.UBND_XA,
                           place_name="Bình An", head_title="CHỦ TỊCH")
            )  # fmt: skip
        wal = paths.database.with_name(paths.database.name + "-wal").read_bytes()
    finally:
        services.close()
    assert len(wal) > 32 + PAGE, "the other office's WAL holds no frame"
    return wal


def _office(demo: DemoTemplate, migrated: Path, folder: Path, encrypted: bool) -> Office:
    paths = copy_data(demo.folder, AppPaths(folder / "data"))
    key = None
    if encrypted:
        _, key, _ = KeySlots.create(paths.data, "dung.pt", "Cây xoài trước nhà", FIXED_NOW, kdf=FAST_KDF)
    services = open_services(paths, key)
    try:
        services.ctx.clock = lambda: FIXED_NOW
        backup = services.backups.back_up()
    finally:
        services.close()
    assert backup.verified and backup.figures is not None and backup.figures.visits > 100
    wal = _foreign_wal(migrated, folder / "other", OTHER_KEY if encrypted else None)
    return Office(paths.data, key, backup, wal)


@pytest.fixture(scope="module")
def offices(
    demo_template: Callable[..., DemoTemplate],
    migrated_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Office]:
    demo = demo_template(1)
    return {
        name: _office(demo, migrated_template, tmp_path_factory.mktemp(name), name == "encrypted")
        for name in ("plain", "encrypted")
    }


# The damages: each changes the database of `paths` (a copy) ----------------------------------------------------
def not_a_database(paths: AppPaths, office: Office) -> None:
    paths.database.write_bytes(b"Bien ban hop ngay 20/11/2026, khong phai co so du lieu.\n" * 400)


def truncated(paths: AppPaths, office: Office) -> None:
    with paths.database.open("r+b") as fh:
        fh.truncate(paths.database.stat().st_size // 2)


def header_overwritten(paths: AppPaths, office: Office) -> None:
    with paths.database.open("r+b") as fh:
        fh.write(random.Random(1).randbytes(100))


def pages_overwritten(paths: AppPaths, office: Office) -> None:
    rnd = random.Random(12)
    pages = paths.database.stat().st_size // PAGE
    with paths.database.open("r+b") as fh:
        for page in sorted(rnd.sample(range(2, pages), 3)):
            fh.seek(page * PAGE + 512)
            fh.write(rnd.randbytes(1024))


def zero_bytes(paths: AppPaths, office: Office) -> None:
    paths.database.write_bytes(b"")


def missing(paths: AppPaths, office: Office) -> None:
    paths.database.unlink()


def wal_from_another_database(paths: AppPaths, office: Office) -> None:
    paths.database.with_name(paths.database.name + "-wal").write_bytes(office.foreign_wal)


DAMAGES: dict[str, Callable[[AppPaths, Office], None]] = {
    f.__name__: f
    for f in (
        not_a_database, truncated, header_overwritten, pages_overwritten, zero_bytes, missing,
        wal_from_another_database,
    )
}  # fmt: skip


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _cases() -> list[object]:
    cases: list[object] = []
    for kind in ("plain", "encrypted"):
        for name in DAMAGES:
            cases.append(pytest.param(kind, name, id=f"{kind}-{name}"))
    return cases


@pytest.mark.parametrize(("kind", "damage"), _cases())
def test_a_damaged_database_is_refused_kept_aside_and_restored(
    kind: str, damage: str, offices: dict[str, Office], tmp_path: Path
) -> None:
    office = offices[kind]
    paths = copy_data(office.data, AppPaths(tmp_path / "data"))
    DAMAGES[damage](paths, office)
    damaged_bytes = _digest(paths.database)
    with pytest.raises(DatabaseDamaged) as refused:
        open_services(paths, office.key).close()
    assert _digest(paths.database) == damaged_bytes, "the damaged file was written"
    offered = refused.value.office
    assert offered is not None
    newest = offered.newest()
    assert newest is not None and newest.path.name == office.backup.path.name
    report = offered.restore(newest, FIXED_NOW, None)
    assert report.figures == office.backup.figures
    aside = paths.data / health.ASIDE
    if damaged_bytes is None:
        assert report.kept_aside is None
    else:
        assert report.kept_aside is not None and report.kept_aside.parent == aside
        assert _digest(report.kept_aside) == damaged_bytes
    if damage == "wal_from_another_database":
        assert report.kept_aside is not None
        kept_wal = report.kept_aside.with_name(report.kept_aside.name + "-wal")
        assert kept_wal.read_bytes() == office.foreign_wal
    services = open_services(paths, office.key)
    try:
        assert services.backups.current_figures() == office.backup.figures
    finally:
        services.close()
    assert backup_files.verify(newest.path, office.key) == office.backup.figures
