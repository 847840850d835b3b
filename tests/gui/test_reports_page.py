"""The Báo cáo page: choose 01/TCD and a quarter, see the numbers, drill into one, lock, export to Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.cli import main as cli
from desk_app.domain.enums import Category, PetitionSource, Role, SubjectField
from desk_app.domain.petition import PetitionInput
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.paths import AppPaths
from desk_app.printing.forms.report_xlsx import FIRST_HEADER_ROW
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm
from desk_app.ui.pages.reports.page import ReportsPage
from desk_app.ui.tasks import ImmediateTaskRunner

Q3 = "2026-Q3"  # 15/06/2026 – 14/09/2026


def _visit(name: str, day: dt.date, summary: str, size: int = 1) -> VisitInput:
    return VisitInput(
        date=day,
        visitor=PersonInput(full_name=name),
        summary=summary,
        category=Category.KHIEU_NAI,
        field=SubjectField.HC_DAT_DAI_NHA_CUA,
        group_size=size,
    )


def _fill(sv: Services) -> None:
    sv.intake.save(_visit("Nguyễn Văn An", dt.date(2026, 7, 2), "Khiếu nại việc thu hồi đất"))
    sv.intake.save(_visit("Trần Thị Bé", dt.date(2026, 8, 12), "Khiếu nại bồi thường khi làm đường"))
    sv.intake.save(_visit("Lê Văn Cư", dt.date(2026, 9, 10), "Kiến nghị cấp giấy chứng nhận", size=2))
    sv.intake.save(_visit("Hồ Văn Đức", dt.date(2026, 10, 1), "Ngoài kỳ: không được đếm"))
    for day, summary in (
        (dt.date(2026, 7, 20), "Khiếu nại thu hồi đất"),
        (dt.date(2026, 8, 3), "Tố cáo cán bộ"),
    ):
        sv.petitions.register(
            PetitionInput(
                received_date=day,
                source=PetitionSource.BUU_CHINH,
                summary=summary,
                category=Category.KHIEU_NAI,
                main=PersonInput("Phan Văn Em", address="thôn Bắc"),
            )
        )


def _page(qtbot: QtBot, sv: Services) -> ReportsPage:
    page = ReportsPage(sv, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1186, 700)
    page.show()
    return page


def _show(qtbot: QtBot, page: ReportsPage, form: ReportForm, code: str) -> None:
    page.controls.select(form, code)
    qtbot.mouseClick(page.controls.show_button, Qt.MouseButton.LeftButton)
    assert page.shown is not None, page.notice.text()


def test_the_numbers_show_and_each_opens_its_records(qtbot: QtBot, office_services: Services) -> None:
    sv = office_services
    _fill(sv)
    page = _page(qtbot, sv)
    assert not page.pdf_button.isEnabled()  # nothing to export before "Xem"
    _show(qtbot, page, ReportForm.TCD_01, Q3)
    table = page.table
    assert table.value_item(4).text() == "3"  # Tiếp thường xuyên – Số lượt tiếp
    assert table.value_item(5).text() == "4"  # persons: 1 + 1 + 2
    assert table.value_item(1).text() == "3"
    assert table.item(table.header_rows, table.column_of(29)).text() == "29"  # the MS row
    assert "15/06/2026" in page.title.text() and "14/09/2026" in page.title.text()
    assert page.narrative.toPlainText().strip()

    rect = table.visualItemRect(table.value_item(4))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.drill_dialog
    assert dialog is not None, page.notice.text()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    names = " ".join(dialog.table.item(r, 3).text() for r in range(3))
    assert "Nguyễn Văn An" in names and "Hồ Văn Đức" not in names
    assert "Số trên biểu: 3" in dialog.count_label.text()

    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == page.narrative.toPlainText()


def test_petitions_form_counts_the_letters(qtbot: QtBot, office_services: Services) -> None:
    sv = office_services
    _fill(sv)
    page = _page(qtbot, sv)
    _show(qtbot, page, ReportForm.XLD_01, Q3)
    assert page.table.value_item(3).text() == "2"  # Tiếp nhận trong kỳ
    rect = page.table.visualItemRect(page.table.value_item(3))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.drill_dialog is not None
    assert page.drill_dialog.table.rowCount() == 2


def test_lock_then_export_excel(qtbot: QtBot, office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    _fill(sv)
    page = _page(qtbot, sv)
    _show(qtbot, page, ReportForm.TCD_01, Q3)
    asked: list[str] = []
    page.ask_confirm = lambda text: asked.append(text) or False
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert asked and page.shown is not None and page.shown.result.locked_at is None  # answered "Không"
    page.ask_confirm = lambda text: True
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert page.shown.result.locked_at is not None
    assert "Đã khóa ngày 20/11/2026 bởi Phạm Thị Dung" in page.lock_label.text()
    assert not page.lock_button.isEnabled()
    assert not page.unlock_button.isEnabled()  # the officer is not a leader

    page.save_path = lambda caption, name, filt: tmp_path / name
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert page.last_saved is not None and page.last_saved.exists(), page.notice.text()
    assert page.last_saved.name == "Bieu-01-TCD-2026-Q3.xlsx"
    sheet = load_workbook(page.last_saved).active
    assert sheet is not None
    code_row = FIRST_HEADER_ROW + 4  # 01/TCD has four header rows
    codes = [sheet.cell(row=code_row, column=c).value for c in range(1, 31)]
    assert codes == ["MS", *range(1, 30)]
    assert sheet.cell(row=code_row + 1, column=5).value == 3  # column 4: three visits, as a number
    assert sheet.cell(row=code_row + 1, column=1).value == "UBND XÃ AN PHÚ"  # the "Đơn vị" is filled
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "ỦY BAN NHÂN DÂN" in texts and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "TM. ỦY BAN NHÂN DÂN" in texts and "Trần Văn Bình" in texts  # the head signs, as on the PDF
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1


def test_the_window_and_the_command_line_write_the_same_csv(
    qtbot: QtBot, office_services: Services, paths: AppPaths, tmp_path: Path
) -> None:
    sv = office_services
    _fill(sv)
    page = _page(qtbot, sv)
    _show(qtbot, page, ReportForm.TCD_01, Q3)
    page.save_path = lambda caption, name, filt: tmp_path / name
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert page.last_saved is not None and page.last_saved.exists(), page.notice.text()
    by_cli = tmp_path / "cli.csv"
    args = [
        "--data-dir",
        str(paths.data),
        "report",
        "01/TCD",
        "--period",
        Q3,
        "--format",
        "csv",
        "--out",
        str(by_cli),
    ]
    assert cli.main(args) == 0
    window = page.last_saved.read_bytes()
    assert window == by_cli.read_bytes()
    assert window.startswith("\ufeffCột,Tiêu đề,Số liệu\r\n".encode())
    assert "4,Tiếp thường xuyên – Số lượt tiếp,3\r\n".encode() in window


def test_a_leader_unlocks_with_a_reason(qtbot: QtBot, office_services: Services, tmp_path: Path) -> None:
    sv = office_services
    _fill(sv)
    page = _page(qtbot, sv)
    _show(qtbot, page, ReportForm.TCD_01, Q3)
    page.ask_confirm = lambda text: True
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    sv.ctx.actor.roles = (Role.LANH_DAO,)
    _show(qtbot, page, ReportForm.TCD_01, Q3)
    assert page.unlock_button.isEnabled()
    page.ask_reason = lambda prompt: "Bổ sung hồ sơ nhập muộn"
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.shown is not None and page.shown.result.locked_at is None, page.notice.text()
    assert "Mở khóa" not in page.lock_label.text() and page.lock_button.isEnabled()

    page.save_path = lambda caption, name, filt: tmp_path / name
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert page.last_saved is not None and page.last_saved.read_bytes().startswith(b"%PDF")
    kept = list((sv.ctx.data_dir / "documents").rglob("bao-cao-*.pdf"))
    assert len(kept) == 1
