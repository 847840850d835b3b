"""Backups through the services on a real data folder (DOMAIN §16.7): verified copies, when they are made, rotation,
the second folder, the journal of changes kept outside the database, and a restore that says what to re-enter."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk_app.domain.enums import Category, Gender, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.errors import ConflictError, ValidationError
from desk_app.paths import AppPaths
from desk_app.services.audit.events import RESTORE
from desk_app.services.backup import journal
from desk_app.services.backup.recovery import restore_office
from desk_app.services.registry import Services, open_services
from desk_app.storage import backup_files, health
from desk_app.storage.backup_files import Reason
from desk_app.storage.records import ChangeLogRecord
from tests.helpers.acting import acting_as

NOW = dt.datetime(2026, 11, 23, 8, 0)  # the Monday after the demo year (its last entries are of 20/11)


_CLOCK = [NOW]


@pytest.fixture
def office(open_demo: Callable[..., Services]) -> Iterator[Services]:
    sv = open_demo(7)
    _CLOCK[0] = NOW
    sv.ctx.clock = lambda: _CLOCK[0]
    yield sv
    sv.close()


def _advance(_sv: Services, **delta: float) -> None:
    _CLOCK[0] += dt.timedelta(**delta)


def _save_visit(sv: Services, name: str = "Trần Văn Bình") -> int:
    saved = sv.intake.save(
        VisitInput(
            date=sv.ctx.today(),
            visitor=PersonInput(full_name=name, id_number="001099012345", gender=Gender.NAM, birth_year=1980),
            summary="Kiến nghị sửa đường liên thôn",
            category=Category.KIEN_NGHI_PHAN_ANH,
            field=SubjectField.HC_KHAC,
        )
    )
    return saved.id


def test_a_backup_is_a_verified_copy_with_its_manifest(office: Services) -> None:
    made = office.backups.back_up()
    assert made.verified and made.path.parent == AppPaths(office.ctx.data_dir).backups
    assert made.path.name.startswith("sao-luu-20261123-080000-thu-cong")
    manifest = json.loads(backup_files.manifest_of(made.path).read_text(encoding="utf-8"))
    assert manifest["verified"] is True and manifest["size"] == made.path.stat().st_size
    with sqlite3.connect(made.path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        visits = con.execute("SELECT count(*) FROM visit WHERE is_voided = 0").fetchone()[0]
    assert made.figures is not None and made.figures.visits == visits > 100
    assert manifest["figures"]["audit_head"]  # the audit chain's head, anchored outside the database
    assert not list(made.path.parent.glob("*.part"))
    listed = office.backups.backups()[0]
    assert listed.path == made.path and listed.verified and listed.figures == made.figures


def test_a_copy_whose_manifest_does_not_match_is_not_verified(office: Services) -> None:
    made = office.backups.back_up()
    with made.path.open("ab") as fh:
        fh.write(b"\0" * 4096)  # grew after it was checked: not the file the manifest vouches for
    assert not office.backups.backups()[0].verified
    with pytest.raises(ConflictError) as refused:
        backup_files.verify(Path(office.ctx.data_dir) / "desk.sqlite3.nothing", None)
    assert refused.value.key == "backup.unsound"


def test_a_backup_is_made_an_hour_after_a_change_and_when_the_window_closes(office: Services) -> None:
    office.backups.back_up()
    assert office.backups.back_up_if_due() is None  # nothing changed
    assert office.backups.on_close() is None
    with acting_as(office):
        _save_visit(office)
    assert office.backups.status().unsaved_changes
    _advance(office, minutes=20)
    assert office.backups.back_up_if_due() is None  # the newest backup is not an hour old yet
    _advance(office, minutes=41)
    due = office.backups.back_up_if_due()
    assert due is not None and due.reason == Reason.AUTOMATIC
    assert not office.backups.status().unsaved_changes
    with acting_as(office):
        _save_visit(office, "Lê Thị Cúc")
    _advance(office, minutes=1)
    closing = office.backups.on_close()
    assert closing is not None and closing.reason == Reason.CLOSING


def test_the_status_turns_stale_after_a_day(office: Services) -> None:
    assert office.backups.status().last_verified is None and office.backups.status().stale
    office.backups.back_up()
    assert not office.backups.status().stale
    _advance(office, days=1, minutes=1)
    status = office.backups.status()
    assert status.stale and status.last_verified == NOW


def test_rotation_thins_old_backups_but_keeps_the_newest(office: Services) -> None:
    made = []
    for _ in range(12):
        made.append(office.backups.back_up(Reason.AUTOMATIC))
        _advance(office, days=3)
    names = {b.path.name for b in office.backups.backups()}
    assert made[-1].path.name in names
    assert len(names) < len(made)
    assert all(not (p.exists()) for p in (m.path for m in made) if p.name not in names)


def test_the_second_folder_gets_each_backup_and_a_week_unreachable_is_told(
    office: Services, tmp_path: Path
) -> None:
    second = tmp_path / "usb"
    with acting_as(office):
        office.backups.set_second_folder(str(second))
        made = office.backups.back_up()
    assert (second / made.path.name).is_file() and backup_files.list_backups(second)[0].verified
    second_file = tmp_path / "usb-gone"
    second_file.write_text("not a folder")  # the stick was pulled and a file took its name
    from desk_app.services.backup import state

    state.update(office.ctx.data_dir, second_folder=str(second_file / "sub"))
    office.backups.back_up()  # the main backup still works
    assert office.backups.status().second_unreachable_since is None  # not yet a week
    _advance(office, days=8)
    office.backups.back_up()
    assert office.backups.status().second_unreachable_since is not None


def test_choosing_a_second_folder_is_checked_and_needs_the_role(office: Services, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with acting_as(office), pytest.raises(ValidationError) as bad:
        office.backups.set_second_folder(str(blocked / "sub"))
    assert bad.value.errors[0].key == "second_folder.unwritable"
    from desk_app.domain.enums import Role
    from desk_app.services.permissions import AccessDenied

    with acting_as(office, Role.TIEP_CONG_DAN), pytest.raises(AccessDenied):
        office.backups.set_second_folder(str(tmp_path / "ok"))


def test_the_journal_outside_the_database_says_what_a_restore_loses(office: Services) -> None:
    backup = office.backups.back_up()
    _advance(office, minutes=5)
    with acting_as(office):
        first = _save_visit(office)
        _advance(office, minutes=3)
        second = _save_visit(office, "Phạm Văn Dũng")
    lost = journal.entries_after(office.ctx.data_dir, backup.created)
    created = [e.entity_id for e in lost if (e.entity, e.action) == ("visit", "create")]
    assert created == [first, second], lost
    assert all(e.at > backup.created for e in lost)
    text = journal.path_in(office.ctx.data_dir).read_text(encoding="utf-8")
    assert "Trần Văn Bình" not in text and "001099012345" not in text  # ids and times only, never a value
    with acting_as(office):
        preview = office.backups.preview(backup)
    assert preview.current.visits == preview.backup.figures.visits + 2  # type: ignore[union-attr]
    paths = AppPaths(office.ctx.data_dir)
    key, login = office.ctx.key, office.ctx.actor.login
    office.close()
    report = restore_office(paths, key, backup, NOW + dt.timedelta(hours=1), login, damaged=False)
    assert report.figures.visits == preview.backup.figures.visits  # type: ignore[union-attr]
    assert report.kept_aside is not None and report.kept_aside.parent == paths.data / "damaged"
    assert report.safety_backup is not None and report.safety_backup.is_file()
    assert {e.entity_id for e in report.lost if e.entity == "visit"} == {first, second}
    reopened = open_services(paths)
    try:
        reopened.backups.record_restore()
        with reopened.ctx.db.read() as s:
            last = s.query(ChangeLogRecord).order_by(ChangeLogRecord.id.desc()).first()
        assert last is not None and last.action == RESTORE and backup.path.name in last.changes
    finally:
        reopened.close()


def test_an_import_is_preceded_by_a_backup_and_a_refused_one_is_not(
    office_services: Services, tmp_path: Path
) -> None:
    from desk_app.services.transfer.table import ImportRefused
    from desk_app.services.transfer.visit_import import VisitImporter
    from tests.integration.test_visit_import import GOOD, write_csv

    importer = VisitImporter(office_services.ctx)
    with pytest.raises(ImportRefused):
        importer.import_file(write_csv(tmp_path / "bad.csv", [["x"]], headers=["Ngày tiếp", "Tên"]))
    assert office_services.backups.backups() == []
    importer.import_file(write_csv(tmp_path / "so.csv", GOOD))
    made = office_services.backups.backups()
    assert [b.reason for b in made] == [Reason.BEFORE_IMPORT]
    assert made[0].figures is not None and made[0].figures.visits == 0  # the state before the rows went in


def test_damage_found_by_the_full_check_is_remembered_for_the_next_start(office: Services) -> None:
    assert office.backups.full_check() == [] and not office.backups.full_check_due()
    paths = AppPaths(office.ctx.data_dir)
    health.write_marker(paths.data, health.Damage.MALFORMED, "row 12 missing from index", NOW)
    office.close()
    with pytest.raises(health.DatabaseDamaged) as refused:
        open_services(paths)
    assert refused.value.damage is health.Damage.MALFORMED


@pytest.mark.parametrize("how", ["zero", "missing"])
def test_an_empty_or_missing_database_where_an_office_was_is_damage(office: Services, how: str) -> None:
    office.backups.back_up()
    paths = AppPaths(office.ctx.data_dir)
    office.close()
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    if how == "zero":
        paths.database.write_bytes(b"")
    else:
        paths.database.unlink()
    with pytest.raises(health.DatabaseDamaged) as refused:
        open_services(paths)
    assert refused.value.damage in (health.Damage.EMPTY, health.Damage.MISSING)
    assert not paths.database.exists() or paths.database.stat().st_size == 0  # not made into a new office
    office_left = refused.value.office
    report = office_left.restore(office_left.newest(), NOW, None)
    assert report.figures.visits > 100
    open_services(paths).close()


def test_half_written_copies_a_killed_backup_left_are_cleared_after_an_hour(office: Services) -> None:
    import os
    import time

    folder = AppPaths(office.ctx.data_dir).backups
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "sao-luu-20261101-080000-tu-dong.sqlite3.part"
    fresh = folder / "sao-luu-20261123-075959-tu-dong.sqlite3.part"
    for part in (old, fresh):
        part.write_bytes(b"\0" * 4096)
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    office.backups.back_up()
    assert not old.exists()
    assert fresh.exists()  # perhaps another process's backup being written: never touched


def test_what_came_after_a_backup_is_read_from_its_journal_mark_not_the_clock(office: Services) -> None:
    backup = office.backups.back_up()
    _advance(office, hours=-3)  # the PC's clock was set back after the backup
    with acting_as(office):
        late = _save_visit(office, "Vũ Văn Tâm")
    with acting_as(office):
        preview = office.backups.preview(office.backups.backups()[0])
    assert backup.mark is not None and preview.backup.mark == backup.mark
    assert late in [e.entity_id for e in preview.lost if (e.entity, e.action) == ("visit", "create")]
