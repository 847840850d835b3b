"""Malformed import files through `desk-app import` (issue 12): exit 2, Vietnamese lines only, nothing written.

A file that is not a register at all (wrong format for its extension, random bytes, empty, another encoding,
duplicated or missing headers, a header alone) is one line on stderr; a register with bad rows is the head line
and one line per bad row, each naming its row. Neither writes a single record.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desk_app.cli import main as cli
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.services.registry import open_services
from desk_app.storage.records import (
    CaseRecord,
    ChangeLogRecord,
    CitizenRecord,
    CounterRecord,
    PetitionRecord,
    VisitRecord,
)
from tests.helpers.cli_output import ENGLISH, one_error_line
from tests.integration.test_petition_import import HEADERS as PETITION_HEADERS
from tests.integration.test_petition_import import prow
from tests.integration.test_visit_import import GOOD, HEADERS, _office, row

MODELS = (VisitRecord, PetitionRecord, CitizenRecord, CaseRecord, CounterRecord, ChangeLogRecord)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One office for the module: a refused import writes nothing, so the cases cannot disturb each other."""
    data = tmp_path_factory.mktemp("malformed") / "data"
    _office(open_services(AppPaths(data))).close()
    return data


def counts(folder: Path) -> dict[str, int]:
    services = open_services(AppPaths(folder))
    try:
        with services.ctx.db.read() as s:
            found = {m.__name__: s.scalar(select(func.count()).select_from(m)) or 0 for m in MODELS}
            # every command run is logged ("command" entries, issue 11): that is not data written by the import
            found["ChangeLogRecord"] -= (
                s.scalar(select(func.count()).where(ChangeLogRecord.action == "command")) or 0
            )
            return found
    finally:
        services.close()


def csv_bytes(rows: list[list[str]], headers: list[str] | None = None, encoding: str = "utf-8") -> bytes:
    import csv

    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(headers or HEADERS)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


def xlsx_bytes(rows: list[list[object]], headers: list[str] | None = None) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(headers or HEADERS)
    for cells in rows:
        ws.append(cells)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("so.txt", "Ngày tiếp,Họ tên\n")
    return out.getvalue()


GOOD_XLSX = xlsx_bytes([list(r) for r in GOOD])
ROUGH = random.Random(12).randbytes(4096)
VIETNAMESE = csv_bytes(GOOD)

# name → (file name, bytes, a words the single line must contain)
WHOLE_FILE: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "xlsx_named_csv": ("so.csv", lambda: GOOD_XLSX, "có đuôi .csv"),
    "csv_named_xlsx": ("so.xlsx", lambda: VIETNAMESE, "không phải tệp Excel .xlsx"),
    "random_bytes_csv": ("so.csv", lambda: ROUGH, "UTF-8"),
    "random_bytes_xlsx": ("so.xlsx", lambda: ROUGH, "không phải tệp Excel .xlsx"),
    "zero_bytes_csv": ("so.csv", lambda: b"", "không có dòng tiêu đề"),
    "zero_bytes_xlsx": ("so.xlsx", lambda: b"", "không có dòng tiêu đề"),
    "blank_lines_csv": ("so.csv", lambda: b"\r\n \r\n\r\n", "không có dòng tiêu đề"),
    "utf16_csv": ("so.csv", lambda: csv_bytes(GOOD, encoding="utf-16"), "UTF-8"),
    "utf16_without_bom_csv": ("so.csv", lambda: csv_bytes(GOOD, encoding="utf-16-le"), "UTF-8"),
    "cp1258_csv": ("so.csv", lambda: csv_bytes(GOOD, encoding="cp1258"), "UTF-8"),
    "old_xls": ("so.xlsx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + ROUGH, "Excel cũ (.xls)"),
    "xls_named_csv": ("so.csv", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + ROUGH, "Excel cũ (.xls)"),
    "truncated_xlsx": ("so.xlsx", lambda: GOOD_XLSX[: len(GOOD_XLSX) // 2], "bị hỏng"),
    "zip_not_xlsx": ("so.xlsx", zip_bytes, "bị hỏng"),
    "duplicated_header": (
        "so.csv",
        lambda: csv_bytes(GOOD, headers=[*HEADERS[:-1], " họ  TÊN "]),
        "Cột «Họ tên» có 2 lần trong dòng tiêu đề (cột E, Q)",  # the 17th column: Kết quả replaced
    ),
    "header_only_csv": ("so.csv", lambda: csv_bytes([]), "chỉ có dòng tiêu đề"),
    "header_and_blank_rows_csv": ("so.csv", lambda: csv_bytes([[""] * 15, [" "]]), "chỉ có dòng tiêu đề"),
    "header_only_xlsx": ("so.xlsx", lambda: xlsx_bytes([]), "chỉ có dòng tiêu đề"),
    "missing_columns": ("so.csv", lambda: csv_bytes([["x"]], headers=["Ngày tiếp"]), "Thiếu cột bắt buộc"),
}


@pytest.mark.parametrize("case", list(WHOLE_FILE))
def test_a_file_that_is_not_a_register_is_one_vietnamese_line_exit_2_and_nothing_written(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    name, content, words = WHOLE_FILE[case]
    source = tmp_path / name
    source.write_bytes(content())
    before = counts(folder)
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 2
    line = one_error_line(capsys)
    assert "Không nhập gì từ" in line and words in line, line
    assert counts(folder) == before


def big(text: str) -> str:
    return text * (1_000_000 // len(text))


# name → (rows, {bad row: words its line must contain}); every other row is good
BAD_ROWS: dict[str, tuple[list[list[str]], dict[int, str]]] = {
    "a_million_character_field": (
        [GOOD[0], row("06/01/2024", "Lê Văn Cường", big("Khiếu nại "))],
        {3: "«Nội dung» dài quá 10.000 ký tự"},
    ),
    "nul_and_control_characters": (
        [
            row("06/01/2024", "Lê Văn\x00Cường", "Khiếu nại"),
            GOOD[0],
            row("07/01/2024", "Phạm Thị Dung", "Hỏi\x07 đất", address="Ấp\x1b 2"),
        ],
        {2: "«Họ tên» chứa ký tự điều khiển không in được (U+0000)", 4: "(U+0007)"},
    ),
    "dates_before_2000_or_after_today": (
        [
            row("01/01/0001", "Lê Văn Cường", "Khiếu nại"),
            row("1899-12-30", "Lê Văn Cường", "Khiếu nại"),
            row("31/12/1999", "Lê Văn Cường", "Khiếu nại"),
            row("01/01/2000", "Lê Văn Cường", "Khiếu nại"),
            row("01/01/2099", "Lê Văn Cường", "Khiếu nại"),
        ],
        {
            2: "01/01/0001 trước năm 2000",
            3: "30/12/1899 trước năm 2000",
            4: "trước năm 2000",
            6: "sau ngày hôm nay",
        },
    ),
    "people_out_of_range": (
        [
            row("06/01/2024", "Đoàn 1", "Khiếu nại", size="1000000000"),
            row("06/01/2024", "Đoàn 2", "Khiếu nại", size="10001"),
            row("06/01/2024", "Đoàn 3", "Khiếu nại", size="0"),
            row("06/01/2024", "Đoàn 4", "Khiếu nại", size="-3"),
            row("06/01/2024", "Đoàn 5", "Khiếu nại", size="9" * 5000),
            row("06/01/2024", "Đoàn 6", "Khiếu nại", size="2.5"),
            row("06/01/2024", "Đoàn 7", "Khiếu nại", size="10000"),
        ],
        dict.fromkeys(range(2, 8), "phải là số nguyên từ 1 đến 10.000"),
    ),
}


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_bad_rows_are_each_one_line_exit_2_and_nothing_written(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    rows, expected = BAD_ROWS[case]
    source = tmp_path / "so.csv"
    source.write_bytes(csv_bytes(rows))
    before = counts(folder)
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    # a file over 256 KiB also reports its progress ("Đang nhập: 10%") on stderr before the verdict
    head, *lines = [line for line in err.splitlines() if not line.startswith("Đang nhập:")]
    assert head == "Lỗi: " + vt.CLI_REFUSED.format(path=source, count=len(expected))
    assert [int(line.split(":")[0].removeprefix("Dòng ")) for line in lines] == sorted(expected)
    for line, number in zip(lines, sorted(expected), strict=True):
        assert expected[number] in line, line
        assert "\x00" not in line and "\x07" not in line and not ENGLISH.search(line), line
    assert len(err) < 4000  # a million-character cell is not echoed back
    assert counts(folder) == before


def test_bad_xlsx_cells_are_listed_by_row(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    rows: list[list[object]] = [list(r) for r in GOOD]
    rows[1][0] = dt.datetime(1999, 12, 31, 8, 0)
    rows[2][7] = 1e9
    rows[3][8] = big("Nội dung ")[:40_000]
    source = tmp_path / "so.xlsx"
    source.write_bytes(xlsx_bytes(rows))
    before = counts(folder)
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 2
    lines = capsys.readouterr().err.splitlines()[1:]
    assert [line.split(":")[0] for line in lines] == ["Dòng 3", "Dòng 4", "Dòng 5"]
    assert "trước năm 2000" in lines[0] and "1000000000" in lines[1] and "dài quá 10.000" in lines[2]
    assert counts(folder) == before


def test_petition_rows_out_of_range_are_refused(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        prow("05/01/2024", "Nguyễn Văn An", "Khiếu nại đất", signers="0"),
        prow("1899-12-31", "Nguyễn Văn An", "Khiếu nại đất"),
        prow("05/01/2024", "Nguyễn\x0bVăn An", "Khiếu nại đất", signers="20000"),
    ]
    source = tmp_path / "don.csv"
    source.write_bytes(csv_bytes(rows, headers=PETITION_HEADERS))
    before = counts(folder)
    assert cli.main(["--data-dir", str(folder), "import", "petitions", str(source)]) == 2
    lines = capsys.readouterr().err.splitlines()[1:]
    assert [line.split(":")[0] for line in lines] == ["Dòng 2", "Dòng 3", "Dòng 4"]
    assert "«Số người đứng tên» phải là số nguyên từ 1 đến 10.000 (gặp «0»)" in lines[0]
    assert "trước năm 2000" in lines[1]
    assert "(U+000B)" in lines[2] and "(gặp «20000»)" in lines[2]
    assert counts(folder) == before


def test_text_that_looks_like_a_formula_and_ten_thousand_people_are_imported_as_typed(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        row(
            "06/01/2024",
            "=1+1",
            "@SUM(A1) hỏi đất",
            size="10000",
            remarks="+84 90 123 4567\tghi chú\nhai dòng",
        ),
    ]
    source = tmp_path / "so.csv"
    source.write_bytes(csv_bytes(rows))
    before = counts(folder)
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 0
    assert capsys.readouterr().out.startswith("Đã nhập 1 lượt tiếp")
    assert counts(folder)["VisitRecord"] == before["VisitRecord"] + 1
    services = open_services(AppPaths(folder))
    try:
        with services.ctx.db.read() as s:
            visit = s.scalars(select(VisitRecord).order_by(VisitRecord.id.desc())).first()
            assert visit is not None
            assert (visit.summary, visit.group_size, visit.remarks) == (
                "@SUM(A1) hỏi đất",
                10000,
                "+84 90 123 4567\tghi chú\nhai dòng",
            )
    finally:
        services.close()


def test_a_workbook_claiming_a_cell_at_xfd1048576_is_read_without_exhausting_memory(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A few kilobytes that openpyxl would pad to 16,384 columns × 1,048,576 rows (the process was killed)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADERS)
    for cells in GOOD:
        ws.append(cells)
    ws.cell(row=1_048_576, column=16_384, value="x")
    source = tmp_path / "so.xlsx"
    wb.save(source)
    before = counts(folder)
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 0
    assert capsys.readouterr().out.startswith("Đã nhập 4 lượt tiếp")
    assert counts(folder)["VisitRecord"] == before["VisitRecord"] + 4


def test_a_workbook_that_unzips_to_more_than_a_register_can_be_is_refused_before_it_is_parsed(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zip bomb's shared strings would be held in memory whole; the limit (512 MB) is lowered to a real file."""
    from desk_app.services.transfer import table

    monkeypatch.setattr(table, "UNZIPPED_LIMIT", 4096)
    source = tmp_path / "so.xlsx"
    source.write_bytes(GOOD_XLSX)
    before = counts(folder)
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 2
    assert "quá lớn để là một sổ" in one_error_line(capsys)
    assert counts(folder) == before
