"""Backups on a full or read-only disk (issue 12): a clean refusal, no `.part` left, the database and the earlier
backups untouched; a second folder that fails is marked failing without failing the backup itself.

The disks are small tmpfs mounts; where mounting is not allowed the tests are skipped with the reason shown.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.domain.enums import Role
from desk_app.errors import ConflictError
from desk_app.services.backup import state
from desk_app.services.registry import Services
from desk_app.storage import backup_files
from tests.helpers.acting import acting_as


@contextlib.contextmanager
def tmpfs(folder: Path, options: str) -> Iterator[Path]:
    """A tmpfs mounted on `folder` (created if needed) for the block; skips the test when mounting is refused."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs ({options}) is not allowed here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def remount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True, capture_output=True)


def fingerprint(services: Services) -> dict[str, str]:
    """The database and its WAL, byte for byte."""
    database = services.ctx.data_dir / "desk.sqlite3"
    files = [database.with_name(database.name + s) for s in ("", "-wal")]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files if p.exists()}


def listed(folder: Path) -> dict[str, bool]:
    return {b.path.name: b.verified for b in backup_files.list_backups(folder)}


def parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.part"))


def test_a_backup_that_does_not_fit_is_refused_cleanly(office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    earlier = sv.backups.back_up()
    kept = tmp_path / "kept"
    kept.mkdir()
    for path in (earlier.path, backup_files.manifest_of(earlier.path)):
        shutil.copy2(path, kept / path.name)
    backups = sv.backups.paths.backups
    with tmpfs(backups, "size=3m"):
        for path in kept.iterdir():  # the earlier backup, on the small disk now
            shutil.copy2(path, backups / path.name)
        before, database = listed(backups), fingerprint(sv)
        assert before == {earlier.path.name: True}
        with pytest.raises(ConflictError) as refused:
            sv.backups.back_up()
        assert refused.value.key == "backup.no_space"
        assert parts(backups) == [] and listed(backups) == before
        assert [p.name for p in backups.iterdir() if not p.name.startswith(earlier.path.name)] == []
        assert fingerprint(sv) == database
        backup_files.verify(backups / earlier.path.name, None)
        assert sv.backups.status().last_verified == earlier.created


def test_a_read_only_backups_folder_is_refused_without_a_leftover(office_services: Services) -> None:
    sv = office_services
    backups = sv.backups.paths.backups
    with tmpfs(backups, "size=200m,ro"):  # room enough by the space check: the write itself fails
        database = fingerprint(sv)
        with pytest.raises((ConflictError, OSError)) as refused:
            sv.backups.back_up()
        print(f"read-only backups folder: {type(refused.value).__name__}: {refused.value}")
        assert parts(backups) == [] and listed(backups) == {}
        assert fingerprint(sv) == database


def test_a_full_second_folder_is_marked_failing_and_the_backup_made(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    second = tmp_path / "usb"
    with tmpfs(second, "size=1m"):
        with acting_as(sv, Role.QUAN_TRI):
            sv.backups.set_second_folder(str(second))
        first = sv.backups.back_up()  # fits once
        assert listed(second) == {first.path.name: True}
        assert state.load(sv.ctx.data_dir).second_failing_since is None
        filler = second / "filler.bin"
        free = shutil.disk_usage(second).free
        filler.write_bytes(b"\0" * max(0, free - first.size // 2))
        made = sv.backups.back_up()  # the copy to the stick runs out of room half way
        assert listed(sv.backups.paths.backups)[made.path.name] is True
        backup_files.verify(made.path, None)
        assert state.load(sv.ctx.data_dir).second_failing_since is not None
        assert parts(second) == []
        assert listed(second).get(first.path.name) is True  # the earlier copy on the stick is still whole
        assert listed(second).get(made.path.name) is not True
        backup_files.verify(second / first.path.name, None)


def test_a_read_only_second_folder_is_marked_failing_until_it_works_again(
    office_services: Services, tmp_path: Path
) -> None:
    sv = office_services
    second = tmp_path / "share"
    with tmpfs(second, "size=20m"):
        with acting_as(sv, Role.QUAN_TRI):
            sv.backups.set_second_folder(str(second))
        remount(second, "ro")
        made = sv.backups.back_up()
        assert listed(sv.backups.paths.backups) == {made.path.name: True}
        failing = state.load(sv.ctx.data_dir).second_failing_since
        assert failing is not None and listed(second) == {} and parts(second) == []
        sv.backups.back_up()  # still failing: the first failure's time is kept
        assert state.load(sv.ctx.data_dir).second_failing_since == failing
        remount(second, "rw")
        again = sv.backups.back_up()
        assert state.load(sv.ctx.data_dir).second_failing_since is None
        assert listed(second) == {again.path.name: True}
