"""In sổ (Sổ tiếp công dân, Sổ theo dõi đơn) for a date range, made off the GUI thread and printed by the PC's
mode or previewed; each register's Xuất Excel."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents import books
from desk_app.documents.registers import export_petition_ids, export_visit_ids
from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n import vi_transfer as vt
from desk_app.i18n import vi_ui
from desk_app.services.documents import KeptDocument
from desk_app.services.petitions.register import PetitionFilter
from desk_app.services.petitions.register import SortKey as PetitionSort
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterFilter
from desk_app.services.visits.register import SortKey as RegisterSort
from desk_app.ui.pages.register.import_dialog import ImportDialog, ProgressRelay, set_progress
from desk_app.ui.print_output import PdfOutput, job_for
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import DateField, NoticeLabel
from desk_app.ui.widgets.file_dialogs import Kind, save_file

log = logging.getLogger(__name__)
Book = Literal["visits", "petitions"]


class BookPrintDialog(QDialog):
    """Pick from–to (the current year by default); the book is made, kept with the documents, then printed (A4
    landscape, as the PDF) or previewed. `open_document` and `output`'s steps are replaceable (tests)."""

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        book: Book,
        parent: QWidget | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.tasks, self.book = services, tasks, book
        self.output = PdfOutput(self)
        self.open_document: Callable[[Path], bool] = self.print_document
        self._preview = False
        self.kept: KeptDocument | None = None
        self.relay = ProgressRelay(self)
        self.setObjectName("bookPrintDialog")
        self.setWindowTitle(vt.RANGE_TITLE_VISITS if book == "visits" else vt.RANGE_TITLE_PETITIONS)
        today = services.ctx.today()
        self.from_field = DateField()
        self.from_field.set_date(date_from or dt.date(today.year, 1, 1))
        self.to_field = DateField()
        self.to_field.set_date(date_to or today)
        self.progress = QProgressBar()
        self.progress.setObjectName("bookProgress")
        self.progress.hide()
        self.notice = NoticeLabel()
        self.notice.setObjectName("bookNotice")
        self.print_button = QPushButton(vpu.BOOK_PRINT)
        self.print_button.setObjectName("printBook")
        self.print_button.setDefault(True)
        self.preview_button = QPushButton(vpu.PREVIEW)
        self.preview_button.setObjectName("previewBook")
        self.preview_button.setToolTip(vpu.PREVIEW_BOOK_TIP)
        close = QPushButton(vt.RANGE_CANCEL)
        form = QFormLayout()
        form.addRow(vt.RANGE_FROM, self.from_field)
        form.addRow(vt.RANGE_TO, self.to_field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.setMinimumWidth(680)
        self.print_button.clicked.connect(self.print_book)
        self.preview_button.clicked.connect(self.preview_book)
        close.clicked.connect(self.reject)
        self.relay.progress.connect(self._on_progress)

    def _range(self) -> tuple[dt.date, dt.date] | None:
        try:
            start, end = self.from_field.date_value(), self.to_field.date_value()
        except ValueError:
            start = end = None
        if start is None or end is None or start > end:
            self.notice.show_text(vt.RANGE_BAD, "error")
            return None
        return start, end

    def print_document(self, path: Path) -> bool:
        """ "In": by the PC's mode (dialog, preview or default printer), A4, one copy, the PDF's orientation."""
        return self.output.print(job_for(path, self._what()))

    def _what(self) -> str:
        return vt.BOOK_DOC_TITLE_VISITS if self.book == "visits" else vt.BOOK_DOC_TITLE_PETITIONS

    def preview_book(self) -> None:
        self.print_book(preview=True)

    def print_book(self, *, preview: bool = False) -> None:
        chosen = self._range()
        if chosen is None:
            return
        start, end = chosen
        services, relay = self.services, self.relay
        keep = books.keep_visit_book if self.book == "visits" else books.keep_petition_book
        self._preview = preview
        self._set_busy(True)
        self.progress.show()
        set_progress(self.progress, 0, 1)
        self.notice.show_text(vt.BOOK_PREPARING, "info")
        self.tasks.op(lambda: keep(services, start, end, relay.report)).success(self._printed).failure(
            self._failed
        ).run()

    def _on_progress(self, done: int, total: int) -> None:
        set_progress(self.progress, done, total)
        self.notice.show_text(vt.BOOK_PROGRESS.format(done=done, total=total), "info")

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy)

    def _printed(self, result: tuple[KeptDocument, int]) -> None:
        kept, rows = result
        self.kept = kept
        self._set_busy(False)
        set_progress(self.progress, 1, 1)
        self.notice.show_text(vt.BOOK_DONE.format(rows=rows, path=kept.path), "ok")
        if self._preview:
            self._preview = False
            self.output.preview(job_for(kept.path, self._what()))
        elif not self.open_document(kept.path):
            self.notice.show_text(vi_ui.NOT_PRINTED.format(path=kept.path), "warn")

    def _failed(self, exc: Exception) -> None:
        log.error("printing the register failed", exc_info=exc)
        self._set_busy(False)
        self._preview = False
        self.progress.hide()
        self.notice.show_text(vt.BOOK_FAILED.format(detail=desk_error_text(exc)), "error")


class RegisterExcelExport:
    """Xuất Excel of a register as filtered on screen, in the importable layout, masked by role; reported on `notice`."""

    def __init__(
        self, services: Services, tasks: TaskRunner, book: Book, notice: Callable[[str, bool], None]
    ) -> None:
        self.services, self.tasks, self.book, self.notice = services, tasks, book, notice

    def ask_and_export(self, parent: QWidget, current: RegisterFilter | PetitionFilter) -> None:
        visits = self.book == "visits"
        path = save_file(
            parent,
            Kind.REGISTER,
            vt.EXPORT_VISITS_TITLE if visits else vt.EXPORT_TITLE,
            vt.EXPORT_VISITS_DEFAULT_NAME if visits else vt.EXPORT_DEFAULT_NAME,
            vt.EXPORT_FILTER,
        )
        if path:
            self.export_to(path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx"), current)

    def export_to(self, path: Path, current: RegisterFilter | PetitionFilter) -> None:
        """The rows the filter finds, in book order (an import numbers them in file order), voided ones left out."""
        services = self.services
        done = vt.EXPORT_VISITS_DONE if isinstance(current, RegisterFilter) else vt.EXPORT_DONE

        def job() -> int:
            if isinstance(current, RegisterFilter):
                f = replace(current, include_voided=False)
                ids = services.register.search_ids(f, RegisterSort.BOOK, descending=False)
                return export_visit_ids(services.ctx, ids, path, date_from=f.date_from, date_to=f.date_to)
            p = replace(current, include_voided=False)
            ids = services.petition_register.search_ids(p, PetitionSort.BOOK, descending=False)
            return export_petition_ids(services.ctx, ids, path, date_from=p.date_from, date_to=p.date_to)

        self.notice(vt.EXPORTING, False)
        (
            self.tasks.op(job)
            .success(lambda count: self.notice(done.format(count=count, path=path), False))
            .failure(lambda exc: self.notice(vt.EXPORT_FAILED.format(detail=desk_error_text(exc)), True))
            .run()
        )


class TransferButtons(QObject):
    """The In sổ / Nhập từ Excel… (/ Xuất Excel) buttons a register page adds to its button row."""

    def __init__(
        self,
        page: QWidget,
        services: Services,
        tasks: TaskRunner,
        book: Book,
        row: QHBoxLayout,
        refresh: Callable[[], None],
        current: Callable[[], RegisterFilter | PetitionFilter],
        notice: Callable[[str, bool], None] | None = None,
    ) -> None:
        super().__init__(page)
        self.page, self.services, self.tasks, self.book = page, services, tasks, book
        self.refresh, self.current = refresh, current
        visits = book == "visits"
        self.print_button = QPushButton(vt.PRINT_BOOK if visits else vt.PRINT_PETITION_BOOK)
        self.print_button.setObjectName("printBookButton")
        self.print_button.setToolTip(vt.PRINT_BOOK_TIP if visits else vt.PRINT_PETITION_BOOK_TIP)
        self.import_button = QPushButton(vt.IMPORT_BUTTON)
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(vt.IMPORT_VISITS_TIP if visits else vt.IMPORT_PETITIONS_TIP)
        row.addWidget(self.print_button)
        row.addWidget(self.import_button)
        self.print_button.clicked.connect(self.open_print)
        self.import_button.clicked.connect(self.open_import)
        self.exporter = RegisterExcelExport(services, tasks, book, notice or (lambda _text, _error: None))
        self.export_button = QPushButton(vt.EXPORT_XLSX)
        self.export_button.setObjectName("exportExcelButton")
        self.export_button.setToolTip(vt.EXPORT_VISITS_TIP if visits else vt.EXPORT_XLSX_TIP)
        row.addWidget(self.export_button)
        self.export_button.clicked.connect(self.export_excel)

    def open_print(self) -> BookPrintDialog:
        f = self.current()
        dialog = BookPrintDialog(self.services, self.tasks, self.book, self.page, f.date_from, f.date_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.services, self.tasks, self.book, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self.refresh)
        dialog.open()
        return dialog

    def export_excel(self) -> None:
        self.exporter.ask_and_export(self.page, self.current())
