"""`desk-app import` and `desk-app export` (DOMAIN §16.4): files in and out, bad input refused with exit 2."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.cli import main as cli
from desk_app.i18n import vi_history_import as vh
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.registry import open_services
from desk_app.storage.records import PetitionRecord, VisitRecord
from tests.integration.test_petition_import import GOOD as PETITIONS
from tests.integration.test_petition_import import write_csv as petitions_csv
from tests.integration.test_visit_import import GOOD, _office, row, write_csv


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    services = _office(open_services(AppPaths(data)))
    services.close()
    return data


def count(folder: Path, model: type) -> int:
    services = open_services(AppPaths(folder))
    try:
        with services.ctx.db.read() as s:
            return s.scalar(select(func.count()).select_from(model)) or 0
    finally:
        services.close()


def test_import_then_export_visits(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "so.csv", GOOD)
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Đã nhập 4 lượt tiếp từ ") and "vụ việc mới" in out and err == ""
    assert count(folder, VisitRecord) == 4
    target = tmp_path / "ra.xlsx"
    args = [
        "export",
        "visits",
        str(target),
        "--from",
        "2024-01-01",
        "--to",
        "2024-12-31",
        "--data-dir",
        str(folder),
    ]
    assert cli.main(args) == 0
    assert capsys.readouterr().out.strip() == f"Đã xuất 3 lượt tiếp ra {target}."
    from openpyxl import load_workbook

    sheet = load_workbook(target).worksheets[0]
    assert [c.value for c in sheet[1]] == list(vt.VISIT_HEADERS)
    assert (
        sheet.max_row == 4 and sheet["F2"].value == "001099012345"
    )  # full ID: the command line is not masked


def test_import_and_export_petitions(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = petitions_csv(tmp_path / "don.csv", PETITIONS)
    assert cli.main(["--data-dir", str(folder), "import", "petitions", str(source)]) == 0
    assert capsys.readouterr().out.startswith("Đã nhập 4 đơn từ ")
    target = tmp_path / "don-ra.csv"
    assert cli.main(["--data-dir", str(folder), "export", "petitions", str(target)]) == 0
    lines = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0] == list(vt.PETITION_HEADERS) and lines[1] == PETITIONS[0] and len(lines) == 5
    assert count(folder, PetitionRecord) == 4


def test_a_bad_file_lists_every_bad_row_changes_nothing_and_exits_2(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [GOOD[0], row("32/01/2024", "A", "B"), GOOD[1], row("01/02/2024", "", "C", "Tranh chấp")]
    source = write_csv(tmp_path / "sai.csv", rows)
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 2
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert out == ""
    assert lines[0] == f"Lỗi: Không nhập gì: {source} có 2 dòng sai."
    assert lines[1].startswith("Dòng 3: «Ngày tiếp» «32/01/2024»")
    assert lines[2].startswith("Dòng 5: Thiếu «Họ tên».") and "«Phân loại» «Tranh chấp»" in lines[2]
    assert count(folder, VisitRecord) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import"], vh.CLI_WHAT_IMPORT),
        (["import", "cases", "a.csv"], "«cases» không hợp lệ: chỉ có visits, petitions, sessions hoặc dialogues."),
        (["export"], vt.CLI_WHAT),
        (["export", "sessions", "a.csv"], "«sessions» không hợp lệ: chỉ có visits hoặc petitions."),
        (["import", "visits"], vt.CLI_FILE),
        (["import", "visits", "khong-co.csv"], "Không tìm thấy tệp khong-co.csv."),
        (["export", "visits", "ra.pdf"], "Tệp xuất phải có đuôi .csv hoặc .xlsx (gặp «ra.pdf»)."),
        (["export", "visits", "ra.csv", "--from", "2026-13-01"], "Ngày «2026-13-01» không hợp lệ; ghi theo dạng YYYY-MM-DD."),
        (["export", "visits", "ra.csv", "--from", "2026-03-01", "--to", "2026-01-01"],
         "Ngày bắt đầu 2026-03-01 sau ngày kết thúc 2026-01-01."),
        (["import", "visits", "a.csv", "thừa"], "Tham số không nhận ra: thừa. Xem: desk-app --help."),
    ],
)  # fmt: skip
def test_bad_arguments_are_one_vietnamese_line(
    args: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--data-dir", str(tmp_path / "d"), *args]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.strip().splitlines() == [f"Lỗi: {message}"]
    assert not (tmp_path / "d").exists()


def test_export_from_an_empty_folder_says_there_is_no_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(tmp_path / "trong"), "export", "visits", str(tmp_path / "a.csv")]) == 2
    assert "chưa có dữ liệu để xuất" in capsys.readouterr().err
    assert not (tmp_path / "a.csv").exists()


def test_progress_goes_to_stderr_for_a_big_file(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        row(f"{1 + i % 28:02d}/0{1 + i % 9}/2023", f"Người {i}", f"Nội dung {i % 50}") for i in range(3000)
    ]
    source = write_csv(tmp_path / "lon.csv", rows)
    assert source.stat().st_size > 256 * 1024
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 0
    out, err = capsys.readouterr()
    assert "Đã nhập 3000 lượt tiếp" in out
    assert "Đang nhập: 100%" in err and "Đang nhập: 50%" in err
