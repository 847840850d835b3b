"""The recovery key's printed sheet: one A4 page with the office, the date, the key in groups and how to keep it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desk_app.ui.recovery_key import key_groups, print_sheet
from tests.conftest import FIXED_NOW
from tests.helpers.pdf import pdf_flat_text, pdf_page_count, pdf_page_sizes

KEY = "9GFHDVSSHKNJATSWPA3MDDG4FX2F4DH6H6Z80VCY"


def test_the_key_is_shown_in_groups_of_five() -> None:
    assert key_groups(KEY) == "9GFHD-VSSHK-NJATS-WPA3M-DDG4F-X2F4D-H6H6Z-80VCY"
    assert key_groups("9gfhd-vsshk-njats-wpa3m-ddg4f-x2f4d-h6h6z-80vcy".upper(), per_line=4) == (
        "9GFHD-VSSHK-NJATS-WPA3M\nDDG4F-X2F4D-H6H6Z-80VCY"
    )


def test_the_printed_sheet_is_one_page_with_the_key_and_how_to_keep_it(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    print_sheet(printer, KEY, "ỦY BAN NHÂN DÂN XÃ AN PHÚ", FIXED_NOW.date())

    data = out.read_bytes()
    assert pdf_page_count(data) == 1
    width, height = pdf_page_sizes(data)[0]
    assert round(width / 72 * 25.4) == 210 and round(height / 72 * 25.4) == 297  # A4
    text = pdf_flat_text(data)
    for part in ("MÃ KHÔI PHỤC DỮ LIỆU", "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "20/11/2026", "9GFHD-VSSHK-NJATS-WPA3M",
                 "tủ hồ sơ mật", "Dùng mã khôi phục"):  # fmt: skip
        assert part in text, part
