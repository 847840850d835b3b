"""Print a kept PDF through a printer: the right paper and orientation, the copies preset, the layout exact.

The documents are made as PDFs (ReportLab) and kept; printing renders each page with PDFium (pypdfium2) at the
printer's resolution (at most 300 dpi) and paints it full-page, so what prints is exactly the PDF that was kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QTimer
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

log = logging.getLogger(__name__)

MAX_DPI = 300
PREVIEW_DPI = 150
"""On screen sharp enough and four times lighter than print: a long book's preview opens in a quarter of the time."""
Paper = Literal["A4", "A5"]


@dataclass(frozen=True, slots=True)
class PrintJob:
    path: Path
    title: str
    paper: Paper = "A4"
    copies: int = 1
    """Mẫu 02/TCD: the receipt is made in two copies, one for the citizen, one for the file."""


def orientation(pdf_path: Path) -> QPageLayout.Orientation:
    """Landscape when the PDF's first page is wider than tall (the books, 01/TCD), else portrait."""
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        width, height = document[0].get_size() if len(document) else (0.0, 0.0)
    finally:
        document.close()
    return QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait


def configure(printer: QPrinter, job: PrintJob) -> None:
    """Paper, orientation (the PDF's), copies and name preset; no margins: the PDF carries its own."""
    size = QPageSize(QPageSize.PageSizeId.A5 if job.paper == "A5" else QPageSize.PageSizeId.A4)
    printer.setPageLayout(QPageLayout(size, orientation(job.path), QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)  # the PDF carries its own margins (NĐ 30/2020)
    printer.setCopyCount(max(1, job.copies))
    printer.setDocName(job.title)


class PrintCancelled(OSError):
    """The officer stopped a long print midway (what was sent may already be printing); the PDF stays kept."""


OnPage = Callable[[int, int], bool]
"""Told (pages painted, pages in all) after each page; False stops the print (the job is aborted)."""


def sheets(printer: QPrinter, pdf_path: Path) -> int:
    """How many pages `paint` will send: the PDF's pages, times the copies when the driver cannot make them."""
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        return len(document) * _copies_painted(printer)
    finally:
        document.close()


def _copies_painted(printer: QPrinter) -> int:
    return 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())


class Painter(Protocol):
    """`paint`, or a painter that follows it (the window's shows a long print's progress)."""

    def __call__(self, printer: QPrinter, pdf_path: Path, /, *, max_dpi: int = ...) -> int: ...


def paint(printer: QPrinter, pdf_path: Path, on_page: OnPage | None = None, *, max_dpi: int = MAX_DPI) -> int:
    """Render every page onto the printer, each copy in turn when the driver cannot make copies; pages painted.
    `on_page` follows a long print and may stop it (PrintCancelled)."""
    document = pdfium.PdfDocument(str(pdf_path))
    copies = _copies_painted(printer)
    total = len(document) * copies
    dpi = min(max_dpi, max(72, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError(f"printer refused to start: {printer.printerName() or printer.outputFileName()}")
    painted = 0
    try:
        for copy in range(copies):
            for index in range(len(document)):
                if painted:
                    printer.newPage()
                page = document[index]
                bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)  # RGBX: Qt's own
                image = _qimage(bitmap)
                painter.drawImage(_fit(printer, image), image)
                painted += 1
                page.close()
                if on_page is not None and not on_page(painted, total):
                    printer.abort()
                    raise PrintCancelled(f"stopped after {painted} of {total} pages: {pdf_path.name}")
            log.info("printed copy %d of %s", copy + 1, pdf_path.name)
    finally:
        painter.end()
        document.close()
    return painted


def _fit(printer: QPrinter, image: QImage) -> QRectF:
    """The whole sheet for a page of the sheet's shape; a page of another shape scaled to fit, centred."""
    page = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
    page.moveTo(0, 0)
    if image.width() <= 0 or image.height() <= 0:
        return page
    scale = min(page.width() / image.width(), page.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF((page.width() - width) / 2, (page.height() - height) / 2, width, height)


def _qimage(bitmap: pdfium.PdfBitmap) -> QImage:
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    # Rendered as RGBX bytes, which Qt reads as Format_RGBX8888; copy() detaches the image from the buffer.
    data = bytes(bitmap.buffer)
    return QImage(data, width, height, stride, QImage.Format.Format_RGBX8888).copy()


def ask_in_dialog(printer: QPrinter, title: str, parent: QWidget | None = None) -> bool:
    """The system print dialog on a configured printer: the officer may change printer, paper or copies."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


Ask = Callable[[QPrinter, str], bool]


def print_job(
    job: PrintJob,
    ask: Ask = ask_in_dialog,
    painter: Painter = paint,
) -> bool:
    """Paper and copies preset, the officer asked (`ask`), then printed (`painter`); False when the officer cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, job)
    if not ask(printer, job.title):
        return False
    painter(printer, job.path)
    return True


def preview(
    parent: QWidget | None,
    job: PrintJob,
    printer: QPrinter | None = None,
    ask: Ask | None = None,
    painter: Painter = paint,
) -> bool:
    """ "Xem trước": the pages as they will print (at PREVIEW_DPI). Its Print button asks (`ask`, the print dialog by
    default) and prints the PDF again at full resolution (`painter`); True once printed from it."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, job)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(job.title)
    failures: list[Exception] = []

    def render(target: QPrinter) -> None:
        try:
            painter(target, job.path, max_dpi=PREVIEW_DPI)
        except (OSError, pdfium.PdfiumError) as exc:  # raised in a slot it would only be printed
            log.warning("preview of %s failed: %s", job.path.name, exc)
            failures.append(exc)
            QTimer.singleShot(0, dialog.reject)  # nothing (or half) to show: the page says the PDF is kept

    def print_from_preview() -> None:
        if not (ask or (lambda p, title: ask_in_dialog(p, title, dialog)))(printer, job.title):
            return
        try:
            painter(printer, job.path)
        except (OSError, pdfium.PdfiumError) as exc:
            log.warning("printing %s from the preview failed: %s", job.path.name, exc)
            failures.append(exc)
            dialog.reject()
            return
        dialog.accept()

    action = _print_action(dialog)
    if action is not None:  # Qt's own replays the preview's low-resolution pages: print from the PDF instead
        action.triggered.disconnect()
        action.triggered.connect(print_from_preview)
    dialog.paintRequested.connect(render)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if failures:
        raise OSError(f"could not render {job.path.name}: {failures[0]}")
    return accepted


def _print_action(dialog: QPrintPreviewDialog) -> QAction | None:
    text = QCoreApplication.translate("QPrintPreviewDialog", "Print")
    return next((a for a in dialog.findChildren(QAction) if a.text() == text), None)
