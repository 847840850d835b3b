""" "In" on a receipt: the print dialog comes preset with two copies (Mẫu 02/TCD) on the chosen paper, and what prints is
the kept PDF itself (a PDF printer stands in for the office's printer)."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.visit import DocumentInput, PersonInput, VisitInput
from desk_app.i18n import vi_ui
from desk_app.services.registry import Services
from desk_app.ui.pages.intake.printing import RECEIPT_COPIES, VisitPrinter
from desk_app.ui.tasks import ImmediateTaskRunner
from desk_app.ui.widgets.fields import NoticeLabel
from tests.conftest import FIXED_NOW


def _visit(services: Services) -> int:
    return services.intake.save(
        VisitInput(
            date=FIXED_NOW.date(),
            visitor=PersonInput(full_name="Đặng Thị Hoa"),
            summary="Khiếu nại quyết định thu hồi đất",
            category=Category.KHIEU_NAI,
            field=SubjectField.HC_DAT_DAI_NHA_CUA,
            documents=(DocumentInput("Đơn khiếu nại", 2),),
        )
    ).id


@pytest.mark.parametrize(("paper", "width_pt"), [("A4", 595), ("A5", 420)])
def test_the_receipt_prints_in_two_copies_on_its_paper(
    qtbot: QtBot, office_services: Services, tmp_path: Path, paper: str, width_pt: int
) -> None:
    notice = NoticeLabel()
    qtbot.addWidget(notice)
    printer_out = tmp_path / "may-in.pdf"
    asked: list[tuple[int, str]] = []

    def officer_presses_print(printer: QPrinter, title: str) -> bool:
        asked.append((printer.copyCount(), title))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" the officer picked
        printer.setOutputFileName(str(printer_out))
        return True

    printer = VisitPrinter(office_services, ImmediateTaskRunner(), notice)
    printer.output.ask = officer_presses_print
    printer.set_page_size(paper)
    printer.receipt(_visit(office_services))

    assert asked == [(RECEIPT_COPIES, "Giấy biên nhận")]  # the print queue shows the document by name
    printed = pypdf.PdfReader(str(printer_out))
    assert len(printed.pages) == RECEIPT_COPIES  # a one-page receipt, twice
    assert round(float(printed.pages[0].mediabox.width)) == width_pt
    assert notice.text().startswith(vi_ui.PRINT_DONE.split("{")[0])


def test_cancelling_the_print_dialog_keeps_the_pdf_and_says_so(
    qtbot: QtBot, office_services: Services
) -> None:
    notice = NoticeLabel()
    qtbot.addWidget(notice)
    printer = VisitPrinter(office_services, ImmediateTaskRunner(), notice)
    printer.output.ask = lambda _printer, _title: False
    printer.receipt(_visit(office_services))
    assert notice.text().startswith(vi_ui.NOT_PRINTED.split("{")[0])
