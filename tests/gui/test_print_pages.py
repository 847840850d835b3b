""" "In" beyond the intake page: the register book (A4 landscape, as its PDF) and a report print the kept PDF page for
page on the printer (a PDF printer stands in), and the book's "Xem trước" shows the same pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n import vi_ui
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm
from desk_app.ui.pages.register.book_print import BookPrintDialog
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.preferences import PrintMode
from desk_app.ui.print_output import PdfOutput
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.gui.accounts_kit import when_modal
from tests.gui.test_print_modes import pages, pdf_printer
from tests.gui.test_reports_page import Q3, _fill, _page, _show
from tests.helpers.qt_input import click, settle

A4_LANDSCAPE = (842, 595)


def straight_to(output: PdfOutput, path: Path) -> None:
    """This PC prints straight to its default printer, which writes `path`."""
    output.mode = lambda: PrintMode.DEFAULT_PRINTER
    output.default_printer = lambda: pdf_printer(path)
    output.ask = lambda _printer, _title: False


def _book_dialog(qtbot: QtBot, services: Services) -> tuple[RegisterPage, BookPrintDialog]:
    for day, name in ((dt.date(2026, 3, 2), "Nguyễn Văn An"), (dt.date(2026, 4, 9), "Trần Thị Bé")):
        services.intake.save(
            VisitInput(
                date=day,
                visitor=PersonInput(full_name=name),
                summary="Kiến nghị sửa đường liên ấp",
                category=Category.KIEN_NGHI_PHAN_ANH,
                field=SubjectField.HC_DAT_DAI_NHA_CUA,
            )
        )
    page = RegisterPage(services, ImmediateTaskRunner())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    click(qtbot, page.transfer.print_button)
    settle(qtbot, page)
    dialog = page.findChild(BookPrintDialog)
    assert isinstance(dialog, BookPrintDialog) and dialog.isVisible()
    assert dialog.print_button.text() == vpu.BOOK_PRINT and dialog.preview_button.text() == vpu.PREVIEW
    dialog.from_field.set_date(dt.date(2026, 1, 1))
    return page, dialog  # the page owns the dialog: keep it alive


def test_the_register_book_prints_landscape_page_for_page(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    _page_kept, dialog = _book_dialog(qtbot, office_services)
    out = tmp_path / "so.pdf"
    straight_to(dialog.output, out)
    click(qtbot, dialog.print_button)
    settle(qtbot, dialog)
    assert dialog.kept is not None
    kept_pages = len(pypdf.PdfReader(dialog.kept.path).pages)
    assert kept_pages >= 2  # the cover and the rows
    assert pages(out) == [A4_LANDSCAPE] * kept_pages
    assert "Đã in sổ (2 dòng)" in dialog.notice.text() and dialog.notice.tone == "ok"


def test_the_book_preview_shows_its_pages_landscape(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    _page_kept, dialog = _book_dialog(qtbot, office_services)
    straight_to(dialog.output, tmp_path / "never.pdf")
    seen: list[tuple[int, QPageLayout.Orientation]] = []

    def look(modal: QWidget) -> None:
        assert isinstance(modal, QPrintPreviewDialog)
        widget = modal.findChild(QPrintPreviewWidget)
        assert widget is not None
        seen.append((widget.pageCount(), modal.printer().pageLayout().orientation()))
        modal.reject()

    when_modal(qtbot, QPrintPreviewDialog, look)
    click(qtbot, dialog.preview_button)
    settle(qtbot, dialog)
    assert dialog.kept is not None
    kept_pages = len(pypdf.PdfReader(dialog.kept.path).pages)
    assert seen == [(kept_pages, QPageLayout.Orientation.Landscape)]
    assert not (tmp_path / "never.pdf").exists()  # previewing printed nothing
    assert dialog.print_button.isEnabled() and dialog.preview_button.isEnabled()


def test_in_on_a_report_prints_the_sheet_and_keeps_it(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    _fill(office_services)
    page = _page(qtbot, office_services)
    assert not page.printing.button.isEnabled()  # nothing to print before "Xem"
    _show(qtbot, page, ReportForm.TCD_01, Q3)
    out = tmp_path / "bieu.pdf"
    straight_to(page.printing.output, out)
    click(qtbot, page.printing.button)
    settle(qtbot, page)
    kept = page.printing.kept
    assert kept is not None
    sheet = pypdf.PdfReader(kept.path).pages
    shape = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in sheet]
    assert pages(out) == shape and shape[0][0] > shape[0][1]  # 01/TCD is a landscape sheet, printed so
    assert page.notice.tone == "ok"


def test_a_report_that_cannot_print_says_where_the_pdf_is(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    _fill(office_services)
    page = _page(qtbot, office_services)
    _show(qtbot, page, ReportForm.TCD_01, Q3)
    straight_to(page.printing.output, tmp_path / "khong-co" / "bieu.pdf")  # the printer refuses to start
    click(qtbot, page.printing.button)
    settle(qtbot, page)
    kept = page.printing.kept
    assert kept is not None and kept.path.exists()
    assert page.notice.tone == "warn" and page.notice.text() == vi_ui.NOT_PRINTED.format(path=kept.path)


def test_the_print_dialog_is_preset_landscape_for_a_landscape_book(
    qtbot: QtBot, office_services: Services, tmp_path: Path
) -> None:
    _page_kept, dialog = _book_dialog(qtbot, office_services)
    asked: list[tuple[QPageLayout.Orientation, int, str]] = []

    def officer_cancels(printer: QPrinter, title: str) -> bool:
        asked.append((printer.pageLayout().orientation(), printer.copyCount(), title))
        return False

    dialog.output.mode = lambda: PrintMode.DIALOG
    dialog.output.ask = officer_cancels
    click(qtbot, dialog.print_button)
    settle(qtbot, dialog)
    assert asked == [(QPageLayout.Orientation.Landscape, 1, "Sổ tiếp công dân")]
    assert dialog.kept is not None
    assert dialog.notice.text() == vi_ui.NOT_PRINTED.format(path=dialog.kept.path)
