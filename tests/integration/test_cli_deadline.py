"""`desk-app deadline RULE START [--complex] [--json]` (DOMAIN §16.4): due date, explanation, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pytest

from desk_app.cli import deadline as cli_deadline
from desk_app.cli import main as cli
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.paths import AppPaths
from desk_app.services.deadlines.service import RuleChange
from desk_app.services.deadlines.working_calendar import CalendarDayInfo, EntryKind
from desk_app.services.registry import open_services
from tests.helpers.acting import acting_as

ENGLISH = re.compile(r"\b(usage|error|argument|required|invalid|choose|unrecognized|expected)\b", re.I)
EXPLANATION = (
    "Hạn 16/09/2026 = 10 ngày làm việc kể từ 28/08/2026; không tính 29–30/08 (thứ Bảy, Chủ nhật), "
    "31/08 (nghỉ thay cho 22/08), 01–02/09 (Quốc khánh)"
)


def _error_line(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Lỗi: ") and not ENGLISH.search(lines[0]), lines[0]
    return lines[0]


def test_the_acceptance_example_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "never"
    assert cli.main(["--data-dir", str(folder), "deadline", "XLD_PROCESS", "2026-08-28", "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and len(out.splitlines()) == 1
    assert json.loads(out) == {
        "rule": "XLD_PROCESS",
        "start": "2026-08-28",
        "due": "2026-09-16",
        "day_type": "WORKING",
        "length": 10,
        "explanation": EXPLANATION,
    }
    assert "Quốc khánh" in out  # Vietnamese as it is, not \\u escapes
    assert not folder.exists()


def test_plain_output_is_the_date_the_explanation_and_the_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["deadline", "xld_process", "2026-08-28"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[:2] == ["16/09/2026", EXPLANATION]
    assert lines[2].startswith("Quy tắc XLD_PROCESS: Xử lý đơn") and "05/2021/TT-TTCP" in lines[2]
    assert len(lines) == 3


def test_complex_uses_the_complex_length(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["deadline", "KN_RESOLVE_1", "2026-03-02", "--complex", "--json"]) == 0
    complex_case = json.loads(capsys.readouterr().out)
    assert cli.main(["deadline", "KN_RESOLVE_1", "2026-03-02", "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert (plain["length"], plain["due"], plain["day_type"]) == (30, "2026-04-01", "CALENDAR")
    assert (complex_case["length"], complex_case["due"]) == (45, "2026-04-16")
    assert complex_case["explanation"] == "Hạn 16/04/2026 = 45 ngày kể từ 02/03/2026"


def test_a_calendar_day_rule_that_rolls_past_tet(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["deadline", "KN_RESOLVE_2", "2026-01-02", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["due"] == "2026-02-23"
    assert "16–20/02 (Tết Nguyên Đán)" in result["explanation"]


def test_the_rule_in_force_on_the_start_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["deadline", "KN_ACCEPT", "2026-06-30", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["length"] == 10
    assert cli.main(["deadline", "KN_ACCEPT", "2026-07-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["length"] == 7


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["deadline", "NOPE", "2026-08-28"], "Không có quy tắc thời hạn NOPE. Các mã: TCD_PUBLISH_SCHEDULE,"),
        (["deadline", "XLD_PROCESS", "2026-02-30"], "Ngày bắt đầu 2026-02-30 không hợp lệ"),
        (["deadline", "XLD_PROCESS", "28/08/2026"], "ghi theo dạng YYYY-MM-DD"),
        (["deadline", "XLD_PROCESS", "20260828"], "ghi theo dạng YYYY-MM-DD"),
        (["deadline", "XLD_PROCESS", "2026-W35-5"], "ghi theo dạng YYYY-MM-DD"),
        (["deadline", "XLD_PROCESS", "9999-12-30"], "nằm ngoài khoảng tính được"),
        (
            ["deadline", "XLD_PROCESS", "2026-08-28", "--complex"],
            "Quy tắc XLD_PROCESS không có thời hạn riêng",
        ),
        (["deadline"], "Thiếu mã quy tắc thời hạn"),
        (["deadline", "XLD_PROCESS"], "Thiếu ngày bắt đầu tính"),
        (["deadline", "XLD_PROCESS", "2026-08-28", "extra"], "Tham số không nhận ra: extra"),
        (["deadline", "XLD_PROCESS", "2026-08-28", "--nope"], "Tham số không nhận ra: --nope"),
    ],
)
def test_bad_input_is_one_vietnamese_line_and_exit_2(
    args: list[str], expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "never"
    assert cli.main(["--data-dir", str(folder), *args]) == 2
    assert expected in _error_line(capsys)
    assert not folder.exists()


def test_a_year_without_holiday_data_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli_deadline, "calendar_around", lambda day: WorkingCalendar(years=[day.year]))
    assert cli.main(["deadline", "TC_RESOLVE", "2026-12-20"]) == 2
    assert "Chưa có lịch nghỉ lễ, tết năm 2027" in _error_line(capsys)


def test_data_dir_is_accepted_after_the_command_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = Path(os.environ["DESK_APP_HOME"])
    before = sorted(home.iterdir()) if home.exists() else []
    folder = tmp_path / "after"
    assert cli.main(["deadline", "TC_TRANSFER", "2026-08-28", "--data-dir", str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2026-09-09"
    assert cli.main(["deadline", "TC_TRANSFER", "2026-08-28"]) == 0
    assert not folder.exists()
    assert (sorted(home.iterdir()) if home.exists() else []) == before
    assert not AppPaths(home).database.exists()


def test_help_of_the_command_is_vietnamese_and_no_longer_says_later(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["deadline", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: desk-app deadline") and "--complex" in out and "YYYY-MM-DD" in out
    assert "phiên bản sau" not in out and "show this help" not in out


def _office_folder(paths: AppPaths) -> None:
    """An office that shortened XLD_PROCESS to 7 working days and took 08/09/2026 off."""
    services = open_services(paths)
    try:
        with acting_as(services):
            services.deadlines.apply_change(
                RuleChange("XLD_PROCESS", dt.date(2026, 8, 1), "Quyết định số 15/QĐ-UBND của UBND xã", 7)
            )
            services.working_calendar.add_day(
                CalendarDayInfo(
                    dt.date(2026, 9, 8), EntryKind.NGHI_DIA_PHUONG, "Kỷ niệm ngày thành lập xã",
                    "Quyết định số 16/QĐ-UBND của UBND tỉnh",
                )
            )  # fmt: skip
    finally:
        services.close()


def test_a_folder_with_a_database_uses_the_offices_rules_and_calendar(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _office_folder(paths)
    assert cli.main(["--data-dir", str(paths.data), "deadline", "XLD_PROCESS", "2026-08-28", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    # 7 working days: 03, 04, 07, (08 is the commune's day off), 09, 10, 11, 14/09.
    assert (result["due"], result["length"], result["day_type"]) == ("2026-09-14", 7, "WORKING")
    assert "08/09 (Kỷ niệm ngày thành lập xã)" in result["explanation"]
    # Before the office's version took effect its seeded version counts, on the office's calendar too.
    assert cli.main(["deadline", "XLD_PROCESS", "2026-07-31", "--data-dir", str(paths.data)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "14/08/2026" and "05/2021/TT-TTCP" in lines[2]


def test_desk_app_home_with_a_database_counts_too_and_errors_stay_one_line(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _office_folder(paths)
    monkeypatch.setenv("DESK_APP_HOME", str(paths.data))
    assert cli.main(["deadline", "XLD_PROCESS", "2026-08-28"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "14/09/2026"
    assert cli.main(["deadline", "KN_RESOLVE_1", "2026-03-02", "--complex", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2026-04-16"
    assert cli.main(["deadline", "NOPE", "2026-08-28"]) == 2
    assert "Không có quy tắc thời hạn NOPE. Các mã: TCD_PUBLISH_SCHEDULE," in _error_line(capsys)
