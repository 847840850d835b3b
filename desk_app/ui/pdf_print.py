"""Print a kept PDF through the system's print dialog: the right paper, the copies preset, the layout exact.

The documents are made as PDFs (ReportLab) and kept; printing renders each page with PDFium (pypdfium2) at the
printer's resolution (at most 300 dpi) and paints it full-page, so what prints is exactly the PDF that was kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

log = logging.getLogger(__name__)

MAX_DPI = 300
Paper = Literal["A4", "A5"]


@dataclass(frozen=True, slots=True)
class PrintJob:
    path: Path
    title: str
    paper: Paper = "A4"
    copies: int = 1
    """Mẫu 02/TCD: the receipt is made in two copies, one for the citizen, one for the file."""


def configure(printer: QPrinter, job: PrintJob) -> None:
    size = QPageSize(QPageSize.PageSizeId.A5 if job.paper == "A5" else QPageSize.PageSizeId.A4)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)  # the PDF carries its own margins (NĐ 30/2020)
    printer.setCopyCount(max(1, job.copies))
    printer.setDocName(job.title)


def paint(printer: QPrinter, pdf_path: Path) -> int:
    """Render every page onto the printer, each copy in turn when the driver cannot make copies; pages painted."""
    document = pdfium.PdfDocument(str(pdf_path))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    dpi = min(MAX_DPI, max(72, printer.resolution()))
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
                target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
                target.moveTo(0, 0)
                painter.drawImage(target, image)
                painted += 1
                page.close()
            log.info("printed copy %d of %s", copy + 1, pdf_path.name)
    finally:
        painter.end()
        document.close()
    return painted


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


def print_job(job: PrintJob, ask: Ask = ask_in_dialog) -> bool:
    """Paper and copies preset, the officer asked (`ask`), then printed; False when the officer cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, job)
    if not ask(printer, job.title):
        return False
    paint(printer, job.path)
    return True


def preview(parent: QWidget | None, job: PrintJob) -> None:
    """ "Xem trước": the pages as they will print, with the dialog's own Print button."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure(printer, job)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(job.title)
    dialog.paintRequested.connect(lambda target: paint(target, job.path))
    dialog.exec()
    dialog.deleteLater()
