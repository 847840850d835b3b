"""The command line of DOMAIN §16.4: init, demo, self-test, report on a missing folder, one-line Vietnamese errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from desk_app.cli import main as cli
from desk_app.domain.enums import OfficeKind
from desk_app.i18n import errors as i18n_errors
from desk_app.paths import AppPaths
from desk_app.services.office.service import OfficeInfo
from desk_app.services.registry import open_services

AN_PHU = ["--office-name", "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "--office-kind", "UBND_XA"]
ENGLISH = re.compile(r"\b(usage|error|argument|required|invalid|choose|unrecognized|expected)\b", re.I)


def _office(folder: Path) -> OfficeInfo | None:
    sv = open_services(AppPaths(folder))
    try:
        return sv.office.get()
    finally:
        sv.close()


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert not ENGLISH.search(lines[0]), lines[0]
    return lines[0]


# init ---------------------------------------------------------------------------------------------------------
def test_init_creates_a_commune_office_with_derived_defaults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "office"
    assert cli.main(["--data-dir", str(folder), "init", *AN_PHU]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert len(out.splitlines()) == 1
    assert out.startswith("Đã tạo thông tin cơ quan ỦY BAN NHÂN DÂN XÃ AN PHÚ") and "An Phú" in out
    office = _office(folder)
    assert office == OfficeInfo(
        name="ỦY BAN NHÂN DÂN XÃ AN PHÚ",
        abbreviation="UBND",
        kind=OfficeKind.UBND_XA,
        place_name="An Phú",
        head_title="CHỦ TỊCH",
        collective_regime=True,
    )


def test_init_of_a_department_and_update_keeps_one_office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "so")
    args = [
        "init",
        "--office-name",
        "Sở Tư pháp",
        "--office-kind",
        "so",
        "--parent-name",
        "UBND TỈNH AN GIANG",
    ]
    assert cli.main(["--data-dir", folder, *args]) == 0
    office = _office(Path(folder))
    assert office is not None
    assert (office.kind, office.abbreviation, office.head_title, office.place_name) == (
        OfficeKind.SO,
        "STP",
        "GIÁM ĐỐC",
        "An Giang",
    )
    assert office.parent_name == "UBND TỈNH AN GIANG" and not office.collective_regime
    capsys.readouterr()
    update = [
        "init",
        "--office-name",
        "SỞ TƯ PHÁP",
        "--office-kind",
        "SO",
        "--head-title",
        "Phó Giám đốc phụ trách",
    ]
    assert cli.main(["--data-dir", folder, *update]) == 0
    assert capsys.readouterr().out.startswith("Đã cập nhật thông tin cơ quan SỞ TƯ PHÁP")
    office = _office(Path(folder))
    assert office is not None
    assert office.head_title == "PHÓ GIÁM ĐỐC PHỤ TRÁCH" and office.parent_name == "UBND TỈNH AN GIANG"


def test_bad_office_kind_exits_2_with_one_line_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "never"
    args = ["--data-dir", str(folder), "init", "--office-name", "X", "--office-kind", "HUYEN"]
    assert cli.main(args) == 2
    line = _one_error_line(capsys)
    assert "HUYEN" in line and "UBND_XA" in line and "--office-kind" in line
    assert not folder.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--office-name", "SỞ TƯ PHÁP", "--office-kind", "SO"], "--place-name"),
        (["--office-name", "   ", "--office-kind", "UBND_XA"], i18n_errors.MESSAGES["office.name.required"]),
    ],
)
def test_init_that_cannot_be_completed_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    folder = tmp_path / "never"
    assert cli.main(["init", *args, "--data-dir", str(folder)]) == 2
    assert expected in _one_error_line(capsys)
    assert not folder.exists()


# --data-dir ---------------------------------------------------------------------------------------------------
def test_data_dir_after_the_command_and_the_environment_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = Path(os.environ["DESK_APP_HOME"])
    after = tmp_path / "after"
    assert cli.main(["init", *AN_PHU, "--data-dir", str(after)]) == 0
    assert _office(after) is not None
    assert not AppPaths(home).database.exists()
    assert cli.main(["init", *AN_PHU]) == 0
    assert AppPaths(home).database.exists()
    assert str(after) in capsys.readouterr().out


def test_a_file_in_place_of_the_data_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert cli.main(["--data-dir", str(blocker / "data"), "init", *AN_PHU]) == 2
    assert "Không ghi được vào thư mục dữ liệu" in _one_error_line(capsys)


def test_a_folder_open_in_the_window_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtCore import QLockFile

    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    held = QLockFile(str(paths.lock_file))
    held.setStaleLockTime(0)
    assert held.tryLock(0)
    try:
        assert cli.main(["--data-dir", str(paths.data), "init", *AN_PHU]) == 2
        # The lock may be the window's or another command's: the message names both (issue 12).
        assert "đang được dùng (cửa sổ ứng dụng đang mở hoặc một lệnh khác đang chạy)" in _one_error_line(
            capsys
        )
        assert not paths.database.exists()
    finally:
        held.unlock()
    assert cli.main(["--data-dir", str(paths.data), "init", *AN_PHU]) == 0


def test_a_corrupt_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    paths.database.write_bytes(b"this is not sqlite" * 100)
    assert cli.main(["--data-dir", str(paths.data), "demo"]) == 2
    assert "Tệp cơ sở dữ liệu của cơ quan bị hỏng" in _one_error_line(capsys)


# demo ---------------------------------------------------------------------------------------------------------
def test_demo_is_deterministic_and_refuses_a_folder_with_visits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = []
    for name in ("a", "b"):
        assert cli.main(["--data-dir", str(tmp_path / name), "demo", "--seed", "3"]) == 0
        out, err = capsys.readouterr()
        # the summary, the demo accounts, and the recovery key (a new random one each time) under its heading
        assert err == "" and len(out.splitlines()) == 4
        lines.append(out.replace(str(tmp_path / name), "<dir>").splitlines()[:3])
    assert lines[0] == lines[1]
    assert re.search(r"Đã tạo dữ liệu mẫu trong <dir>: \d{3} lượt tiếp", lines[0][0])
    assert "truong" in lines[0][1] and "baocao" in lines[0][1] and "demo" in lines[0][1]
    monkeypatch.setenv("DESK_APP_USER", "truong")
    monkeypatch.setenv("DESK_APP_PASSWORD", "demo")
    assert cli.main(["demo", "--data-dir", str(tmp_path / "a")]) == 2
    assert "đã có lượt tiếp" in _one_error_line(capsys)


# errors of the parser -------------------------------------------------------------------------------------------
def test_unknown_command_is_one_vietnamese_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["frobnicate"]) == 2
    line = _one_error_line(capsys)
    assert line.startswith("Lỗi: Không có lệnh") and "frobnicate" in line and "init" in line


@pytest.mark.parametrize(
    "args",
    [
        ["init"],
        ["demo", "--seed", "ba"],
        ["demo", "--nope"],
        ["--data-dir"],
        ["init", *AN_PHU, "extra"],
        ["report", "01/TCD", "--period", "2026-Q1", "--fromat", "json"],
    ],
)
def test_parser_errors_are_one_vietnamese_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(args) == 2
    assert _one_error_line(capsys).startswith("Lỗi: ")


@pytest.mark.parametrize(
    "args",
    [
        ["report", "01/TCD", "--period", "2026-Q1", "--format", "json"],
    ],
)
def test_a_report_on_a_missing_folder_says_so_and_exits_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(tmp_path / "d"), *args]) == 2
    assert _one_error_line(capsys) == f"Lỗi: Thư mục {tmp_path / 'd'} chưa có dữ liệu của cơ quan."
    assert not (tmp_path / "d").exists()


def test_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: desk-app") and "Tùy chọn" in out and "Các lệnh" in out
    for command in ("init", "demo", "self-test", "deadline", "import", "export", "report"):
        assert command in out
    assert "usage:" not in out and "show this help" not in out


# the window and the entry points --------------------------------------------------------------------------------
def test_no_command_starts_the_window_with_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[AppPaths, list[str]]] = []

    def run_gui(paths: AppPaths, argv: list[str]) -> int:
        calls.append((paths, argv))
        return 7

    monkeypatch.setitem(sys.modules, "desk_app.app", types.SimpleNamespace(run_gui=run_gui))
    assert cli.main(["--data-dir", str(tmp_path / "w")]) == 7
    assert calls and calls[0][0] == AppPaths((tmp_path / "w").resolve()) and len(calls[0][1]) == 1


def test_python_m_and_the_console_script(tmp_path: Path) -> None:
    env = {**os.environ, "DESK_APP_HOME": str(tmp_path / "home")}
    script = Path(sys.executable).with_name("desk-app")
    for command in ([sys.executable, "-m", "desk_app"], [str(script)]):
        done = subprocess.run(
            [*command, "import", "visits", "x.csv"], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 2
        assert done.stderr.strip() == "Lỗi: Không tìm thấy tệp x.csv."


# self-test ------------------------------------------------------------------------------------------------------
def test_self_test_passes_every_check(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["self-test"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 7, out
    assert all(line.startswith("OK ") for line in lines), out
    assert any("Thông báo kết luận việc tiếp công dân" in line for line in lines), out
    assert any("Văn bản xử lý đơn" in line for line in lines), out
    assert code == 0
