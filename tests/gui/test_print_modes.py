""" "In" by the PC's print mode (ui.ini): the print dialog, the preview first, or straight to the default printer; and
"Xem trước" beside the receipt's "In". A PDF printer stands in for the office's printer; the PDF is always kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QProgressDialog,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.visit import DocumentInput, PersonInput, VisitInput
from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n import vi_ui
from desk_app.services.registry import Services
from desk_app.ui import preferences
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.pages.intake.printing import RECEIPT_COPIES
from desk_app.ui.preferences import PrintMode
from desk_app.ui.print_output import PROGRESS_FROM, PdfOutput, job_for
from desk_app.ui.tasks import ImmediateTaskRunner
from desk_app.ui.widgets.fields import NoticeLabel
from tests.conftest import FIXED_NOW
from tests.gui.accounts_kit import when_modal
from tests.helpers.qt_input import click, settle

A4_PORTRAIT = (595, 842)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(100)  # the test looks at pages and their shape, not the ink
    return printer


def pages(path: Path) -> list[tuple[int, int]]:
    """Each printed page's (width, height) in points."""
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pypdf.PdfReader(path).pages
    ]


@pytest.fixture
def set_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[PrintMode], None]:
    """The PC's print mode, written to a ui.ini of this test's own (as the preferences dialog writes it)."""
    monkeypatch.setattr(preferences, "_data_dir", [])
    preferences.use_folder(tmp_path)
    return preferences.set_print_mode


@pytest.fixture
def page(qtbot: QtBot, office_services: Services) -> Iterator[IntakePage]:
    visit_id = office_services.intake.save(
        VisitInput(
            date=FIXED_NOW.date(),
            visitor=PersonInput(full_name="Đặng Thị Hoa"),
            summary="Khiếu nại quyết định thu hồi đất",
            category=Category.KHIEU_NAI,
            field=SubjectField.HC_DAT_DAI_NHA_CUA,
            documents=(DocumentInput("Đơn khiếu nại", 2),),
        )
    ).id
    widget = IntakePage(office_services, ImmediateTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.load_visit(visit_id)
    settle(qtbot, widget)
    assert widget.receipt_button.isEnabled() and widget.preview_button.isEnabled()
    yield widget


def never_asked(_printer: QPrinter, _title: str) -> bool:
    raise AssertionError("the print dialog was not expected")


def kept_receipt(page: IntakePage) -> Path:
    assert page._visit_id is not None
    kept = page.services.documents.kept_for_visit(page._visit_id)
    assert kept, "the receipt was not kept"
    return kept[-1].path


def test_in_asks_with_the_dialog_preset_with_two_copies(
    qtbot: QtBot, page: IntakePage, set_mode: Callable[[PrintMode], None], tmp_path: Path
) -> None:
    set_mode(PrintMode.DIALOG)
    out = tmp_path / "may-in.pdf"
    asked: list[tuple[int, QPageLayout.Orientation]] = []

    def officer_presses_print(printer: QPrinter, _title: str) -> bool:
        asked.append((printer.copyCount(), printer.pageLayout().orientation()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    page.printer.output.ask = officer_presses_print
    page.printer.output.default_printer = lambda: pytest.fail("the default printer was not expected")
    click(qtbot, page.receipt_button)
    settle(qtbot, page)
    assert asked == [(RECEIPT_COPIES, QPageLayout.Orientation.Portrait)]
    assert pages(out) == [A4_PORTRAIT] * RECEIPT_COPIES
    assert page.action.tone == "ok" and page.action.text().startswith("Đã tạo giấy biên nhận")


def test_default_printer_mode_prints_without_a_dialog(
    qtbot: QtBot, page: IntakePage, set_mode: Callable[[PrintMode], None], tmp_path: Path
) -> None:
    set_mode(PrintMode.DEFAULT_PRINTER)
    out = tmp_path / "mac-dinh.pdf"
    page.printer.output.ask = never_asked
    page.printer.output.default_printer = lambda: pdf_printer(out)
    page.paper.setCurrentIndex(page.paper.findData("A5"))
    click(qtbot, page.receipt_button)
    settle(qtbot, page)
    assert pages(out) == [(420, 595)] * RECEIPT_COPIES  # A5, two copies, no question asked
    assert page.action.tone == "ok"


def test_without_a_default_printer_the_dialog_asks(
    qtbot: QtBot, page: IntakePage, set_mode: Callable[[PrintMode], None]
) -> None:
    set_mode(PrintMode.DEFAULT_PRINTER)
    asked: list[str] = []
    page.printer.output.default_printer = lambda: None  # a PC with no printer set as default
    page.printer.output.ask = lambda _printer, title: asked.append(title) is None and False
    click(qtbot, page.receipt_button)
    settle(qtbot, page)
    assert asked == ["Giấy biên nhận"]
    path = kept_receipt(page)
    assert page.action.text() == vi_ui.NOT_PRINTED.format(path=path) and path.exists()


def _look_at_preview(seen: list[tuple[int, int, QPageLayout.Orientation]]) -> Callable[[QWidget], None]:
    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        widget = dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        printer = dialog.printer()
        seen.append((widget.pageCount(), printer.copyCount(), printer.pageLayout().orientation()))
        dialog.reject()  # closed without printing

    return look


def _copies_painted(copies: int) -> int:
    # The preview's printer makes copies itself when its driver can (a real printer), else each copy is a page.
    return 1 if QPrinter(QPrinter.PrinterMode.HighResolution).supportsMultipleCopies() else copies


def test_preview_mode_shows_the_pages_before_printing(
    qtbot: QtBot, page: IntakePage, set_mode: Callable[[PrintMode], None]
) -> None:
    set_mode(PrintMode.PREVIEW)
    page.printer.output.ask = never_asked
    seen: list[tuple[int, int, QPageLayout.Orientation]] = []
    when_modal(qtbot, QPrintPreviewDialog, _look_at_preview(seen))
    click(qtbot, page.receipt_button)
    settle(qtbot, page)
    assert seen == [(_copies_painted(RECEIPT_COPIES), RECEIPT_COPIES, QPageLayout.Orientation.Portrait)]
    path = kept_receipt(page)  # closed without printing: kept, and the page says so
    assert page.action.text() == vi_ui.NOT_PRINTED.format(path=path)
    assert QApplication.activeModalWidget() is None


def test_xem_truoc_beside_in_previews_whatever_the_mode(
    qtbot: QtBot, page: IntakePage, set_mode: Callable[[PrintMode], None]
) -> None:
    set_mode(PrintMode.DEFAULT_PRINTER)
    page.printer.output.ask = never_asked
    page.printer.output.default_printer = lambda: pytest.fail("previewing must not print")
    assert page.preview_button.accessibleName() == vpu.PREVIEW and page.preview_button.toolTip().startswith(
        vpu.PREVIEW
    )
    seen: list[tuple[int, int, QPageLayout.Orientation]] = []
    when_modal(qtbot, QPrintPreviewDialog, _look_at_preview(seen))
    click(qtbot, page.preview_button)
    settle(qtbot, page)
    assert seen == [(_copies_painted(RECEIPT_COPIES), RECEIPT_COPIES, QPageLayout.Orientation.Portrait)]
    path = kept_receipt(page)
    assert page.action.text() == vpu.PREVIEW_SHOWN.format(what=vi_ui.RECEIPT_NAME, path=path)


def press_print_in_preview(qtbot: QtBot) -> Callable[[QWidget], None]:
    """The officer looks at the preview, then presses its Print button (on its tool bar)."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        action = next(a for a in dialog.findChildren(QAction) if a.text() == "Print")
        bar = dialog.findChild(QToolBar)
        assert bar is not None
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        click(qtbot, button)

    return act


@pytest.mark.parametrize("mode", [PrintMode.PREVIEW, PrintMode.DIALOG])
def test_print_from_the_preview_asks_then_prints_the_pdf_itself(
    qtbot: QtBot,
    page: IntakePage,
    set_mode: Callable[[PrintMode], None],
    tmp_path: Path,
    mode: PrintMode,
) -> None:
    set_mode(mode)
    out = tmp_path / "tu-xem-truoc.pdf"
    asked: list[int] = []

    def officer_presses_print(printer: QPrinter, _title: str) -> bool:
        asked.append(printer.copyCount())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        return True

    page.printer.output.ask = officer_presses_print
    when_modal(qtbot, QPrintPreviewDialog, press_print_in_preview(qtbot))
    # PREVIEW: "In" shows the pages first; DIALOG: "Xem trước" does
    click(qtbot, page.receipt_button if mode is PrintMode.PREVIEW else page.preview_button)
    settle(qtbot, page)
    assert asked == [RECEIPT_COPIES]
    assert (
        pages(out) == [A4_PORTRAIT] * RECEIPT_COPIES
    )  # painted again from the PDF, not the preview's pictures
    path = kept_receipt(page)
    if mode is PrintMode.PREVIEW:
        assert page.action.tone == "ok" and page.action.text().startswith("Đã tạo giấy biên nhận")
    else:
        assert page.action.text() == vpu.PREVIEW_PRINTED.format(what=vi_ui.RECEIPT_NAME, path=path)
    assert QApplication.activeModalWidget() is None


def test_a_printer_that_refuses_leaves_the_pdf_kept_and_says_so(
    qtbot: QtBot, page: IntakePage, set_mode: Callable[[PrintMode], None], tmp_path: Path
) -> None:
    set_mode(PrintMode.DEFAULT_PRINTER)
    page.printer.output.default_printer = lambda: pdf_printer(tmp_path / "khong-co" / "thu-muc" / "x.pdf")
    click(qtbot, page.receipt_button)
    settle(qtbot, page)
    path = kept_receipt(page)
    assert page.action.tone == "warn" and page.action.text() == vi_ui.NOT_PRINTED.format(path=path)
    assert path.read_bytes().startswith(b"%PDF")


LONG = PROGRESS_FROM + 12
"""Pages enough that the progress is up well past when_modal's first look (50 ms), however fast the machine."""


def landscape_pdf(path: Path, count: int) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=landscape(A4))
    for number in range(count):
        sheet.drawString(72, 72, f"Trang {number + 1}")
        sheet.showPage()
    sheet.save()
    return path


def straight_to_pdf(path: Path) -> PdfOutput:
    output = PdfOutput()
    output.mode = lambda: PrintMode.DEFAULT_PRINTER
    output.default_printer = lambda: pdf_printer(path)
    return output


def test_a_landscape_pdf_prints_landscape_showing_its_progress(tmp_path: Path, qtbot: QtBot) -> None:
    source = landscape_pdf(tmp_path / "ngang.pdf", LONG)
    out = tmp_path / "in.pdf"
    seen: list[str] = []
    when_modal(qtbot, QProgressDialog, lambda bar: seen.append(bar.windowTitle()))
    assert straight_to_pdf(out).print(job_for(source, "sổ"))
    assert pages(out) == [(842, 595)] * LONG
    assert seen == [vpu.PRINTING_TITLE]


def test_stopping_a_long_print_keeps_the_pdf_and_says_so(tmp_path: Path, qtbot: QtBot) -> None:
    source = landscape_pdf(tmp_path / "so.pdf", LONG)
    notice = NoticeLabel()
    qtbot.addWidget(notice)

    def stop(bar: QWidget) -> None:
        assert isinstance(bar, QProgressDialog)
        button = bar.findChild(QPushButton)
        assert button is not None and button.text() == vpu.STOP
        click(qtbot, button)

    when_modal(qtbot, QProgressDialog, stop)
    assert not straight_to_pdf(tmp_path / "in.pdf").deliver(job_for(source, "sổ"), notice)
    assert notice.text() == vi_ui.NOT_PRINTED.format(path=source) and source.exists()
    assert QApplication.activeModalWidget() is None


def test_a_long_preview_shows_its_preparation_then_the_pages(tmp_path: Path, qtbot: QtBot) -> None:
    source = landscape_pdf(tmp_path / "so-dai.pdf", LONG)
    output = straight_to_pdf(tmp_path / "never.pdf")
    seen: list[str] = []

    def look(preview: QWidget) -> None:
        assert isinstance(preview, QPrintPreviewDialog)
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        seen.append(f"{widget.pageCount()} {preview.printer().pageLayout().orientation().name}")
        preview.reject()

    when_modal(qtbot, QProgressDialog, lambda bar: seen.append(bar.windowTitle()))
    when_modal(qtbot, QPrintPreviewDialog, look)
    assert not output.preview(job_for(source, "sổ"))  # looked at, closed, not printed
    assert seen == [vpu.PREPARING_TITLE, f"{LONG} Landscape"]
    assert not (tmp_path / "never.pdf").exists()
