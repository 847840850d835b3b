"""Users and sign-in on the command line (DOMAIN §16.6): set-up with a first administrator, --user and the password,
wrong credentials refused with one line and nothing read or written, user add/list/password.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desk_app.cli import main as cli
from desk_app.cli import signin
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths
from desk_app.storage.cipher import is_encrypted
from desk_app.storage.keyslots import KeySlots
from tests.helpers.cli_output import one_error_line

AN_PHU = ["--office-name", "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "--office-kind", "UBND_XA"]
ADMIN_PASSWORD = "Sổ-tiếp-dân-2026"
NEW_PASSWORD = "Bàn tiếp dân số 1"


def run(folder: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(folder), *args])


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A password is never asked on the real terminal in a test; tests that want the prompt replace this."""
    monkeypatch.delenv(signin.USER_ENV, raising=False)
    monkeypatch.delenv(signin.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(signin, "has_terminal", lambda: False)


@pytest.fixture
def secured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(signin.PASSWORD_ENV, ADMIN_PASSWORD)
    assert run(folder, "init", *AN_PHU, "--admin", "quantri", "--admin-name", "Lê Văn Quản") == 0
    monkeypatch.delenv(signin.PASSWORD_ENV)
    capsys.readouterr()
    return folder


def _as(monkeypatch: pytest.MonkeyPatch, login: str, password: str) -> None:
    monkeypatch.setenv(signin.USER_ENV, login)
    monkeypatch.setenv(signin.PASSWORD_ENV, password)


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_init_with_an_admin_prints_the_recovery_key_once_and_secures_the_office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    monkeypatch.setenv(signin.PASSWORD_ENV, ADMIN_PASSWORD)
    assert run(folder, "init", *AN_PHU, "--admin", "QuanTri", "--admin-name", "Lê Văn Quản") == 0
    out, err = capsys.readouterr()
    assert err == "" and "quantri (Lê Văn Quản)" in out
    key_line = out.splitlines()[-1].strip()
    assert len(key_line.split("-")) == 8 and out.count(key_line) == 1
    slots = KeySlots.load(folder)
    assert slots.logins() == ["quantri"] and slots.unlock_with_recovery(key_line)
    assert ADMIN_PASSWORD not in (folder / "keyslots.json").read_text(encoding="utf-8")
    assert is_encrypted(AppPaths(folder).database)
    assert "AN PHÚ".encode() not in AppPaths(folder).database.read_bytes()
    # an update of the office is an administrator's command like any other: no second set-up, no recovery key
    assert run(folder, "init", *AN_PHU, "--admin", "khac", "--admin-name", "Người Khác") == 2
    assert "đã có tài khoản đăng nhập" in one_error_line(capsys)
    _as(monkeypatch, "quantri", ADMIN_PASSWORD)
    assert run(folder, "init", *AN_PHU, "--head-title", "CHỦ TỊCH UBND") == 0
    assert "Đã cập nhật" in capsys.readouterr().out


def test_a_weak_admin_password_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    monkeypatch.setenv(signin.PASSWORD_ENV, "123456")
    assert run(folder, "init", *AN_PHU, "--admin", "quantri", "--admin-name", "Lê Văn Quản") == 2
    one_error_line(capsys)
    assert not folder.exists()
    assert run(folder, "init", *AN_PHU, "--admin", "quantri") == 2
    assert "--admin-name" in one_error_line(capsys)


def test_every_command_needs_a_user_once_the_office_has_users(
    secured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["staff", "list"], ["report", "01/TCD", "--period", "2026", "--format", "json"],
                 ["export", "visits", "x.csv"], ["deadline", "KN_RESOLVE_1", "2026-03-02"], ["user", "list"]):  # fmt: skip
        assert run(secured, *args) == 2, args
        assert "--user" in one_error_line(capsys)
    assert cli.main(["--data-dir", str(secured), "staff", "--help"]) == 0  # help needs no one
    capsys.readouterr()


def test_the_user_goes_before_or_after_the_command_or_in_the_environment(
    secured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(signin.PASSWORD_ENV, ADMIN_PASSWORD)
    assert run(secured, "--user", "quantri", "staff", "list", "--json") == 0
    assert any(st["name"] == "Lê Văn Quản" for st in json.loads(capsys.readouterr().out))
    assert run(secured, "staff", "list", "--user", "quantri") == 0
    assert "Lê Văn Quản" in capsys.readouterr().out
    monkeypatch.setenv(signin.USER_ENV, "quantri")
    assert run(secured, "staff", "list") == 0
    assert "Lê Văn Quản" in capsys.readouterr().out


@pytest.mark.parametrize("login,password", [("quantri", "sai-mat-khau-roi"), ("khongco", ADMIN_PASSWORD)])
def test_a_wrong_login_or_password_is_one_line_and_nothing_is_read_or_written(
    secured: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    login: str,
    password: str,
) -> None:
    database = AppPaths(secured).database
    before = (database.read_bytes(), database.stat().st_mtime_ns)
    _as(monkeypatch, login, password)
    out_file = secured.parent / "ra.csv"
    assert run(secured, "staff", "add", "--name", "Nguyễn Văn Mới") == 2
    assert one_error_line(capsys) == "Lỗi: " + txt.SIGN_IN_WRONG
    assert run(secured, "export", "visits", str(out_file)) == 2
    assert one_error_line(capsys) == "Lỗi: " + txt.SIGN_IN_WRONG
    assert (database.read_bytes(), database.stat().st_mtime_ns) == before
    assert not out_file.exists()


def test_repeated_wrong_passwords_lock_the_account_with_its_time(
    secured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, "quantri", "sai-mat-khau-roi")
    for _ in range(5):
        assert run(secured, "staff", "list") == 2
        capsys.readouterr()
    _as(monkeypatch, "quantri", ADMIN_PASSWORD)
    assert run(secured, "staff", "list") == 2
    line = one_error_line(capsys)
    assert "tạm khóa" in line and "quantri" in line


def test_the_password_is_asked_without_echo_when_not_in_the_environment(
    secured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return ADMIN_PASSWORD

    monkeypatch.setattr(signin, "has_terminal", lambda: True)
    monkeypatch.setattr(signin.getpass, "getpass", fake_getpass)
    assert run(secured, "--user", "quantri", "staff", "list") == 0
    assert prompts == [txt.PASSWORD_PROMPT.format(login="quantri")]
    assert ADMIN_PASSWORD not in capsys.readouterr().out


def test_without_a_terminal_or_the_environment_the_password_cannot_be_asked(
    secured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(secured, "--user", "quantri", "staff", "list") == 2
    assert "DESK_APP_PASSWORD" in one_error_line(capsys)


def test_user_add_list_and_password(
    secured: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, "quantri", ADMIN_PASSWORD)
    _stdin(monkeypatch, NEW_PASSWORD + "\nthe rest is not read\n")
    assert run(secured, "user", "add", "tiepdan", "--name", "Lê Hoàng Phúc", "--roles", "tiep_cong_dan") == 0
    assert "tiepdan" in capsys.readouterr().out
    _stdin(monkeypatch, "Mật khẩu của thủ trưởng\n")
    assert run(secured, "user", "add", "truong", "--name", "Trần Văn Bình", "--roles", "LANH_DAO") == 0
    capsys.readouterr()
    assert run(secured, "user", "list", "--json") == 0
    users = {u["login"]: u for u in json.loads(capsys.readouterr().out)}
    assert users["tiepdan"] == {
        "login": "tiepdan",
        "name": "Lê Hoàng Phúc",
        "roles": ["TIEP_CONG_DAN"],
        "active": True,
    }
    assert users["truong"]["roles"] == ["LANH_DAO"] and users["quantri"]["roles"] == ["QUAN_TRI"]
    assert run(secured, "user", "list") == 0
    assert "tiepdan — Lê Hoàng Phúc — " in capsys.readouterr().out

    # once a leader account exists, only a leader names another leader
    _stdin(monkeypatch, "Mật khẩu của phó chủ tịch\n")
    assert run(secured, "user", "add", "pho", "--name", "Trần Thị Mỹ Linh", "--roles", "LANH_DAO") == 2
    one_error_line(capsys)
    for bad in (["--roles", "TRUONG_PHONG"], ["--roles", ","]):
        _stdin(monkeypatch, "Mật khẩu bất kỳ 2026\n")
        assert run(secured, "user", "add", "x.y", "--name", "X", *bad) == 2
        assert "vai trò" in one_error_line(capsys)
    _stdin(monkeypatch, "\n")
    assert run(secured, "user", "add", "x.y", "--name", "X", "--roles", "XU_LY_DON") == 2
    assert "stdin" in one_error_line(capsys)

    # the new user signs in with the password read from stdin; a reset replaces it
    _as(monkeypatch, "tiepdan", NEW_PASSWORD)
    assert run(secured, "staff", "list") == 0
    capsys.readouterr()
    assert run(secured, "user", "list") == 2  # not an administrator
    assert "không được phép" in one_error_line(capsys)
    _as(monkeypatch, "quantri", ADMIN_PASSWORD)
    _stdin(monkeypatch, "Mật khẩu đặt lại 2026\n")
    assert run(secured, "user", "password", "tiepdan") == 0
    capsys.readouterr()
    _as(monkeypatch, "tiepdan", NEW_PASSWORD)
    assert run(secured, "staff", "list") == 2
    assert one_error_line(capsys) == "Lỗi: " + txt.SIGN_IN_WRONG
    _as(monkeypatch, "tiepdan", "Mật khẩu đặt lại 2026")
    assert run(secured, "staff", "list") == 0


def test_user_commands_on_an_office_without_users_say_how_to_set_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    assert run(folder, "init", *AN_PHU) == 0
    capsys.readouterr()
    assert run(folder, "user", "list") == 2
    assert "--admin" in one_error_line(capsys)
    assert run(folder, "staff", "list") == 0  # a plain office works as before, without --user


def test_setting_up_an_office_that_has_records_encrypts_them_and_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    assert run(folder, "init", *AN_PHU) == 0
    assert run(folder, "staff", "add", "--name", "Trần Văn Bình", "--head") == 0
    paths = AppPaths(folder)
    assert "Trần Văn Bình".encode() in paths.database.read_bytes()
    monkeypatch.setenv(signin.PASSWORD_ENV, ADMIN_PASSWORD)
    assert run(folder, "init", *AN_PHU, "--admin", "quantri", "--admin-name", "Lê Văn Quản") == 0
    capsys.readouterr()
    assert is_encrypted(paths.database)
    for kept in [paths.database, *paths.backups.glob("*")]:
        if kept.is_file():
            assert "Trần Văn Bình".encode() not in kept.read_bytes(), kept
    monkeypatch.setenv(signin.USER_ENV, "quantri")
    assert run(folder, "staff", "list") == 0
    assert "Trần Văn Bình" in capsys.readouterr().out
    # the head's staff record becomes the leader's account
    _stdin(monkeypatch, "Mật khẩu của chủ tịch xã\n")
    assert run(folder, "user", "add", "binh", "--name", "Trần Văn Bình", "--roles", "LANH_DAO",
               "--staff", "trần văn bình") == 0  # fmt: skip
    capsys.readouterr()
    _stdin(monkeypatch, "Mật khẩu bất kỳ 2026\n")
    assert (
        run(folder, "user", "add", "x.y", "--name", "X", "--roles", "XU_LY_DON", "--staff", "Không Có") == 2
    )
    assert "Không Có" in one_error_line(capsys)
    assert run(folder, "staff", "list", "--json") == 0
    assert [st["name"] for st in json.loads(capsys.readouterr().out)].count("Trần Văn Bình") == 1


def test_a_typed_admin_password_is_asked_twice_and_must_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter([ADMIN_PASSWORD, ADMIN_PASSWORD + "x"])
    monkeypatch.setattr(signin, "has_terminal", lambda: True)
    monkeypatch.setattr(signin.getpass, "getpass", lambda prompt="": next(answers))
    folder = tmp_path / "data"
    assert run(folder, "init", *AN_PHU, "--admin", "quantri", "--admin-name", "Lê Văn Quản") == 2
    assert one_error_line(capsys) == "Lỗi: " + txt.PASSWORDS_DIFFER
    assert not folder.exists()
    answers = iter([ADMIN_PASSWORD, ADMIN_PASSWORD])
    assert run(folder, "init", *AN_PHU, "--admin", "quantri", "--admin-name", "Lê Văn Quản") == 0
    assert KeySlots.load(folder).logins() == ["quantri"]
