"""`desk-app backup`, `restore` and `check` (DOMAIN §16.4, §16.7), and every command on a damaged office.

One demo office (the run's demo year with the accounts `desk-app demo` makes: truong, tiepdan, xulydon, quantri,
baocao, password `demo`) is built once per run; each test works on its own copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app import logging_setup
from desk_app.cli import demo_users, signin
from desk_app.cli import main as cli
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths
from desk_app.services.registry import open_services
from desk_app.services.users.session import sign_in
from desk_app.storage import backup_files, health
from desk_app.storage.keyslots import KeySlots
from desk_app.storage.records.petition import PetitionRecord
from tests.helpers.cli_output import ENGLISH, one_error_line
from tests.helpers.templates import DemoTemplate, built_once, shared_root

PASSWORD = "demo"
AN_PHU = ["--office-name", "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "--office-kind", "UBND_XA"]


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory: pytest.TempPathFactory, demo_template: Callable[..., DemoTemplate]) -> Path:
    """The run's demo year (shared with other modules) secured with the demo accounts, as `desk-app demo` leaves it."""

    def build(folder: Path) -> None:
        shutil.copytree(demo_template(1).folder, folder, dirs_exist_ok=True)
        paths = AppPaths(folder)
        services = open_services(paths)
        try:
            plan = demo_users.plan(services)
        finally:
            services.close()
        demo_users.create(paths, plan)

    folder = shared_root(tmp_path_factory) / "template-cli-secured-demo-1" / "data"
    built_once(folder, build)
    return folder


@pytest.fixture
def office(
    demo_office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[AppPaths]:
    monkeypatch.delenv(signin.USER_ENV, raising=False)
    monkeypatch.delenv(signin.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(signin, "has_terminal", lambda: False)
    folder = tmp_path / "data"
    shutil.copytree(demo_office, folder)
    capsys.readouterr()
    yield AppPaths(folder)


def run_as(paths: AppPaths, login: str, *args: str, password: str = PASSWORD) -> int:
    os.environ[signin.PASSWORD_ENV] = password
    try:
        return cli.main(["--data-dir", str(paths.data), "--user", login, *args])
    finally:
        del os.environ[signin.PASSWORD_ENV]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_pages(database: Path) -> None:
    """Overwrite a few pages in the middle of the file, as a failing disk would."""
    size = database.stat().st_size
    with database.open("r+b") as fh:
        for offset in (size // 3, size // 2):
            fh.seek(offset - offset % 4096)
            fh.write(bytes(range(256)) * 32)


def damage(paths: AppPaths, how: str) -> None:
    if how == "pages":
        damage_pages(paths.database)
    else:
        paths.database.write_bytes(b"")


def log_text(paths: AppPaths) -> str:
    log = paths.logs / logging_setup.LOG_FILE
    return log.read_text(encoding="utf-8") if log.exists() else ""


def data_key(paths: AppPaths) -> bytes:
    return KeySlots.load(paths.data).unlock("truong", PASSWORD, dt.datetime.now())


# backup ---------------------------------------------------------------------------------------------------------
def test_backup_writes_a_verified_copy_and_prints_its_path(
    office: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_as(office, "baocao", "backup") == 2  # XEM_BAO_CAO runs report only (§16.6)
    assert "baocao" in one_error_line(capsys)
    assert run_as(office, "quantri", "backup") == 0
    out, err = capsys.readouterr()
    assert err == ""
    made = Path(out.strip())
    assert made.parent == office.backups and made.name.endswith("-thu-cong.sqlite3")
    assert backup_files.newest_verified(office.backups) is not None
    assert backup_files.newest_verified(office.backups).path == made  # type: ignore[union-attr]
    assert backup_files.verify(made, data_key(office)).visits > 0
    assert backup_files.keyslots_of(made) is not None  # the manifest keeps the slots that open it

    target = tmp_path / "usb" / "ban-sao.sqlite3"
    assert run_as(office, "tiepdan", "backup", "--out", str(target)) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert backup_files.verify(target, data_key(office)).petitions > 0

    before = digest(target)
    assert run_as(office, "tiepdan", "backup", "--out", str(target)) == 2  # never over an existing file
    assert str(target) in one_error_line(capsys)
    assert digest(target) == before

    assert run_as(office, "truong", "audit", "--json") == 0
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["login"] for e in entries if e["action"] == "backup"] == ["quantri", "tiepdan"]


def _next_second(backup: Path) -> None:
    made = backup_files.list_backups(backup.parent)[0].created
    while dt.datetime.now().replace(microsecond=0) <= made:
        time.sleep(0.05)


# restore --------------------------------------------------------------------------------------------------------
def test_restore_on_a_sound_office_needs_a_leader_or_administrator_and_says_what_to_enter_again(
    office: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_as(office, "quantri", "backup") == 0
    backup = Path(capsys.readouterr().out.strip())
    _next_second(
        backup
    )  # the journal and backups count in seconds: a change in the backup's second is not "after"
    assert run_as(office, "quantri", "staff", "add", "--name", "Nguyễn Văn Mới") == 0
    capsys.readouterr()

    assert run_as(office, "tiepdan", "restore", "--latest") == 2
    assert "không được phép" in one_error_line(capsys)
    assert run_as(office, "baocao", "restore", str(backup)) == 2
    assert "không được phép" in one_error_line(capsys)
    assert not (office.data / health.ASIDE).exists()
    assert backup_files.newest_verified(office.backups).path == backup  # type: ignore[union-attr]

    assert run_as(office, "truong", "restore", "--latest") == 0
    out, err = capsys.readouterr()
    assert err == ""
    made = backup_files.newest_verified(office.backups)
    assert made is not None and made.reason == "truoc-phuc-hoi"  # the replaced office was backed up first
    when = f"{dt.datetime.strptime(backup.name[8:23], '%Y%m%d-%H%M%S'):%d/%m/%Y %H:%M}"
    lines = out.splitlines()
    assert when in lines[0] and backup.name in lines[0] and "lượt tiếp" in lines[0] and "đơn" in lines[0]
    kept = [p for p in (office.data / health.ASIDE).iterdir() if p.suffix == ".sqlite3"]
    assert len(kept) == 1 and str(kept[0]) in lines[1]
    assert backup_files.verify(kept[0], data_key(office)).visits > 0  # the replaced office, whole
    assert str(made.path) in out
    lost = lines[lines.index(next(x for x in lines if x.startswith("Các thay đổi sau"))) + 1 :]
    assert lost[0] == "Cán bộ: 1 thay đổi", out
    assert "Tạo mới" in lost[1] and "quantri" in lost[1]

    assert run_as(office, "truong", "staff", "list") == 0
    assert "Nguyễn Văn Mới" not in capsys.readouterr().out
    assert run_as(office, "truong", "audit", "--json") == 0  # the first sign-in after it logs the restore
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(e["action"] == "restore" for e in entries)


def test_a_file_that_is_not_a_sound_backup_changes_nothing(
    office: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = backup_files.verify(office.database, data_key(office))
    foreign = tmp_path / "khac.sqlite3"
    foreign.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    plain = tmp_path / "khong-ma-hoa.sqlite3"
    assert cli.main(["--data-dir", str(tmp_path / "plain"), "init", *AN_PHU]) == 0  # fmt: skip
    shutil.copyfile(AppPaths(tmp_path / "plain").database, plain)
    capsys.readouterr()
    unsound = i18n_errors.message("backup.unsound")
    for path in (foreign, plain, tmp_path / "khong-co.sqlite3"):
        assert run_as(office, "truong", "restore", str(path)) == 2
        line = one_error_line(capsys)
        assert unsound in line or i18n_errors.message("backup.not_found") in line, line
    assert run_as(office, "truong", "restore", "--latest") == 2  # the demo has no verified backup yet
    assert i18n_errors.message("backup.none") in one_error_line(capsys)
    for args in ([], [str(foreign), "--latest"]):
        assert run_as(office, "truong", "restore", *args) == 2
        assert one_error_line(capsys) == txt.ERROR_PREFIX + txt.RESTORE_WHICH
    # the same office (only its audit log has grown: every command is in it, §16.6), nothing moved, nothing made
    after = backup_files.verify(office.database, data_key(office))
    assert (after.visits, after.petitions, after.citizens) == (
        before.visits,
        before.petitions,
        before.citizens,
    )
    assert not (office.data / health.ASIDE).exists()
    assert backup_files.newest_verified(office.backups) is None


@pytest.mark.parametrize("how", ["pages", "zero"])
def test_any_user_with_a_key_slot_restores_a_damaged_office(
    office: AppPaths, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    assert run_as(office, "truong", "backup") == 0
    capsys.readouterr()
    damage(office, how)
    damaged = digest(office.database)

    assert run_as(office, "baocao", "restore", "--latest", password="sai mat khau") == 2
    assert one_error_line(capsys) == txt.ERROR_PREFIX + txt.SIGN_IN_WRONG
    assert digest(office.database) == damaged

    assert run_as(office, "baocao", "restore", "--latest") == 0  # a report viewer: the only way out
    out = capsys.readouterr().out
    kept = next((office.data / health.ASIDE).glob("*-hong.sqlite3"))
    assert digest(kept) == damaged and str(kept) in out
    assert "Không có thay đổi nào" in out
    assert run_as(office, "tiepdan", "staff", "list") == 0
    capsys.readouterr()


def test_a_missing_keyslots_file_is_said_not_rewritten(
    office: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_as(office, "truong", "backup") == 0
    backup = Path(capsys.readouterr().out.strip())
    office.keyslots.unlink()
    office.database.write_bytes(b"")
    assert cli.main(["--data-dir", str(office.data), "restore", "--latest"]) == 2
    line = one_error_line(capsys)
    assert "keyslots.json" in line and backup.name in line
    assert not office.keyslots.exists() and office.database.stat().st_size == 0


# check ----------------------------------------------------------------------------------------------------------
def _attach_scans(paths: AppPaths, tmp_path: Path) -> list[Path]:
    services = sign_in(paths, "xulydon", PASSWORD, dt.datetime.now())
    try:
        with services.ctx.db.read() as s:
            petition = s.scalars(select(PetitionRecord.id).where(PetitionRecord.is_voided.is_(False))).first()
        assert petition is not None
        stored = []
        for n in (1, 2):
            scan = tmp_path / f"scan-{n}.pdf"
            scan.write_bytes(b"%PDF-1.4 scan " + bytes([n]) * 3000)
            stored.append(services.attachments.attach(petition, scan).path)
        return stored
    finally:
        services.close()


def test_check_reads_the_database_the_scans_and_the_audit_chain(
    office: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scans = _attach_scans(office, tmp_path)
    assert run_as(office, "tiepdan", "check") == 0
    out, err = capsys.readouterr()
    assert err == "" and len(out.splitlines()) == 1
    assert out.startswith("Dữ liệu nguyên vẹn") and "2 tệp đính kèm" in out
    assert run_as(office, "baocao", "check") == 2  # XEM_BAO_CAO runs report only (§16.6)
    assert "không được phép" in one_error_line(capsys)

    scans[0].unlink()
    raw = bytearray(scans[1].read_bytes())
    raw[-5] ^= 0xFF
    scans[1].write_bytes(bytes(raw))
    assert run_as(office, "quantri", "check") == 2
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert out == "" and lines[0].startswith(txt.ERROR_PREFIX) and "2 tệp" in lines[0], err
    relative = [str(p.relative_to(office.data)) for p in scans]
    assert relative[0] in lines[1] and txt.FILE_PROBLEMS["missing"] in lines[1]
    assert relative[1] in lines[2] and "không mở được" in lines[2]
    assert not (office.data / health.MARKER).exists()  # the database itself is sound


def test_check_finds_what_the_quick_check_misses_and_marks_the_database(
    office: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    with backup_files.open_database(office.database, data_key(office)) as con:
        con.execute("PRAGMA foreign_keys = OFF")
        row = con.execute("SELECT id FROM visit_person LIMIT 1").fetchone()
        con.execute("UPDATE visit_person SET citizen_id = 987654 WHERE id = ?", (row[0],))
        con.commit()
    before = digest(office.database)
    assert run_as(office, "truong", "check") == 2
    lines = capsys.readouterr().err.splitlines()
    assert txt.CHECK_PART_DATABASE in lines[0] and "visit_person" in lines[1], lines
    assert (office.data / health.MARKER).is_file()
    assert digest(office.database) == before
    assert run_as(office, "tiepdan", "staff", "list") == 2  # refused from now on, the window too
    assert i18n_errors.message("database.damaged.malformed") in one_error_line(capsys)


# every command on a damaged office --------------------------------------------------------------------------------
def _commands(tmp_path: Path) -> dict[str, list[str]]:
    (tmp_path / "in.csv").write_text("a,b\n", encoding="utf-8")
    return {
        "init": ["init", *AN_PHU],
        "demo": ["demo"],
        "deadline": ["deadline", "KN_RESOLVE_1", "2026-03-02"],
        "import": ["import", "visits", str(tmp_path / "in.csv")],
        "export": ["export", "visits", str(tmp_path / "v.csv")],
        "report": ["report", "01/TCD", "--period", "2026", "--format", "json"],
        "staff": ["staff", "list"],
        "user": ["user", "list"],
        "audit": ["audit"],
        "backup": ["backup"],
        "check": ["check"],
    }


@pytest.mark.parametrize("how", ["pages", "zero"])
def test_every_command_refuses_a_damaged_office_with_one_line_and_writes_nothing(
    office: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    commands = _commands(tmp_path)
    every = set(cli.build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    # self-test never reads the data folder; restore is the way out (tested above)
    assert every - {"self-test", "restore"} == set(commands)
    damage(office, how)
    damaged = digest(office.database)
    backups = sorted(p.name for p in office.backups.iterdir())
    for name, args in commands.items():
        assert run_as(office, "truong", *args) == 2, name
        if name == "check":  # the summary, then the findings
            out, err = capsys.readouterr()
            assert out == "" and err.startswith(txt.ERROR_PREFIX) and "Traceback" not in err, err
        else:
            line = one_error_line(capsys)
            assert "hỏng" in line or "rỗng" in line, (name, line)
            assert "desk-app restore" in line
        assert digest(office.database) == damaged, name
    assert sorted(p.name for p in office.backups.iterdir()) == backups
    assert not (tmp_path / "v.csv").exists()
    text = log_text(office)
    assert "Traceback" not in text and "unexpected error" not in text


# argument errors ------------------------------------------------------------------------------------------------
def test_a_bad_argument_is_one_line_and_no_error_in_the_log(
    office: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    before = log_text(office)
    for args in (
        ["restore", "--nope"],
        ["backup", "--out"],
        ["check", "extra"],
        ["restor"],
        ["report", "--period"],
        ["demo", "--seed", "ba"],
    ):
        assert cli.main(["--data-dir", str(office.data), *args]) == 2, args
        line = one_error_line(capsys)
        assert not ENGLISH.search(line), line
    after = log_text(office)[len(before) :]
    for level in ("ERROR", "CRITICAL", "WARNING"):
        assert f" {level} " not in after, after
    assert "Traceback" not in after
