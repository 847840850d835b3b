"""What "In" does with a kept PDF on this PC: the print dialog, the preview first, or straight to the default printer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import pypdfium2 as pdfium
from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPen, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n import vi_ui
from desk_app.ui import pdf_print, preferences
from desk_app.ui.pdf_print import Paper, PrintJob
from desk_app.ui.preferences import PrintMode
from desk_app.ui.widgets.fields import Tone

log = logging.getLogger(__name__)
PROGRESS_FROM = 4
"""Pages from which a print shows its progress with "Hủy" (a receipt's two pages print before a bar would show)."""

__all__ = [
    "Notice",
    "Paper",
    "PdfOutput",
    "PrintJob",
    "default_printer",
    "open_with_system",
    "preview_button",
]


class Notice(Protocol):
    """Where a page reports: its notice line (a NoticeLabel) or any line that shows a toned text."""

    def show_text(self, text: str, tone: Tone) -> None: ...


def open_with_system(path: Path) -> bool:
    """Open a kept file in the system viewer (a kept document or an attachment, not for printing)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def default_printer() -> QPrinter | None:
    """The system's default printer, or None when the PC has none (then "In" asks with the dialog)."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


class PdfOutput:
    """Prints kept PDFs by the PC's print mode (ui.ini). Each step is replaceable, so that a test stands in for the
    officer (`ask`, `show_preview`) or the printer (`default_printer`): `mode`, `ask`, `show_preview`,
    `default_printer`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.mode: Callable[[], PrintMode] = preferences.print_mode
        self.ask: pdf_print.Ask = lambda printer, title: pdf_print.ask_in_dialog(printer, title, self.parent)
        self.show_preview: Callable[[PrintJob], bool] = lambda job: pdf_print.preview(
            self.parent, job, ask=self.ask, painter=self.paint
        )
        """The preview; its Print button asks with `ask` and prints with `paint`, as "In" does."""
        self.default_printer: Callable[[], QPrinter | None] = default_printer

    def print(self, job: PrintJob) -> bool:
        """True once printed; False when the officer cancelled or the printer failed (logged). The PDF stays kept."""
        try:
            mode = self.mode()
            if mode is PrintMode.PREVIEW:
                return self.show_preview(job)
            if mode is PrintMode.DEFAULT_PRINTER:
                printer = self.default_printer()
                if printer is not None:
                    pdf_print.configure(printer, job)
                    self.paint(printer, job.path)
                    return True
                log.info("no default printer: asking with the print dialog")
            return pdf_print.print_job(job, self.ask, self.paint)
        except (OSError, pdfium.PdfiumError) as exc:  # no printer, a driver that refused, an unreadable file
            log.warning("printing %s failed: %s", job.path.name, exc)
            return False

    def paint(self, printer: QPrinter, path: Path, *, max_dpi: int = pdf_print.MAX_DPI) -> int:
        """Paint on the GUI thread (where the printer lives); a long print (or preview, below MAX_DPI) shows its
        pages and may be stopped."""
        total = pdf_print.sheets(printer, path)
        if total < PROGRESS_FROM:
            return pdf_print.paint(printer, path, max_dpi=max_dpi)
        printing = max_dpi >= pdf_print.MAX_DPI
        label = vpu.PRINTING_PAGES if printing else vpu.PREPARING_PAGES
        bar = QProgressDialog(label.format(done=0, total=total), vpu.STOP, 0, total, self.parent)
        bar.setObjectName("printProgress")
        bar.setWindowTitle(vpu.PRINTING_TITLE if printing else vpu.PREPARING_TITLE)
        bar.setWindowModality(Qt.WindowModality.ApplicationModal)  # nothing else is clicked meanwhile
        bar.setMinimumDuration(0)
        bar.setAutoClose(False)
        bar.show()

        def on_page(done: int, all_pages: int) -> bool:
            bar.setValue(done)
            bar.setLabelText(label.format(done=done, total=all_pages))
            QApplication.processEvents()  # the window repaints and "Dừng in" can be pressed
            return not bar.wasCanceled()

        try:
            return pdf_print.paint(printer, path, on_page, max_dpi=max_dpi)
        finally:
            bar.close()
            bar.deleteLater()

    def preview(self, job: PrintJob) -> bool:
        """ "Xem trước" whatever the mode; True when the officer printed from it."""
        try:
            return self.show_preview(job)
        except (OSError, pdfium.PdfiumError) as exc:
            log.warning("previewing %s failed: %s", job.path.name, exc)
            return False

    def deliver(self, job: PrintJob, notice: Notice) -> bool:
        """Print and, when it did not print, say on `notice` where the kept PDF is."""
        printed = self.print(job)
        if not printed:
            notice.show_text(vi_ui.NOT_PRINTED.format(path=job.path), "warn")
        return printed

    def deliver_preview(self, job: PrintJob, what: str, notice: Notice) -> bool:
        """Preview and say on `notice` whether it was printed from there; the kept PDF's place either way."""
        printed = self.preview(job)
        template = vpu.PREVIEW_PRINTED if printed else vpu.PREVIEW_SHOWN
        notice.show_text(template.format(what=what, path=job.path), "ok" if printed else "info")
        return printed


def job_for(path: Path, what: str, paper: Paper = "A4", copies: int = 1) -> PrintJob:
    """A print job titled with the document's name (the print queue shows it)."""
    return PrintJob(path, what[:1].upper() + what[1:], paper, copies)


def preview_icon() -> QIcon:
    """A page under a magnifying glass, drawn here (no icon theme on Windows)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#4a4a4a"), 2))
    painter.setBrush(QColor("white"))
    painter.drawRect(QRectF(4, 2, 18, 24))
    for y in (8, 13, 18):
        painter.drawLine(QPointF(8, y), QPointF(18, y))
    painter.setPen(QPen(QColor("#1a3f7a"), 3))
    painter.setBrush(QColor(255, 255, 255, 200))
    painter.drawEllipse(QPointF(19, 18), 7, 7)
    painter.drawLine(QPointF(24, 23), QPointF(30, 29))
    painter.end()
    return QIcon(pixmap)


def preview_button(tip: str) -> QPushButton:
    """ "Xem trước" as a small icon button (the intake page's button row has no room for its words at 125 %); the
    words are its tooltip and its accessible name."""
    button = QPushButton()
    button.setIcon(preview_icon())
    button.setToolTip(tip)
    button.setAccessibleName(vpu.PREVIEW)
    return button
