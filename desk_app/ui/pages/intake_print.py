"""Printing from the intake page: render in the task runner, keep the PDF with its visit, open it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desk_app.i18n import vi_ui
from desk_app.printing.page import PageSize
from desk_app.services.documents import KeptDocument
from desk_app.services.registry import Services
from desk_app.ui import print_jobs
from desk_app.ui.pages.intake_dialogs import AppointmentRequest
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import NoticeLabel

log = logging.getLogger(__name__)

RECEIPT_KIND = "bien_nhan_02tcd"
APPOINTMENT_KIND = "phieu_hen"


def open_with_system(path: Path) -> bool:
    """Open a kept PDF in the system viewer (the officer prints from there)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class VisitPrinter:
    """Reports progress and results on `notice`; `open_document` is replaceable (tests capture the path)."""

    def __init__(self, services: Services, tasks: TaskRunner, notice: NoticeLabel) -> None:
        self.services = services
        self.tasks = tasks
        self.notice = notice
        self.open_document: Callable[[Path], bool] = open_with_system
        self.page_size: PageSize = "A4"

    def set_page_size(self, size: str) -> None:
        """A4 by default; A5 saves paper at a busy desk (the form scales its margins and type)."""
        self.page_size = "A5" if size == "A5" else "A4"

    def receipt(self, visit_id: int) -> None:
        """Giấy biên nhận 02/TCD."""
        services = self.services

        def job() -> KeptDocument:
            return services.documents.keep(
                visit_id, RECEIPT_KIND, print_jobs.receipt_pdf(services, visit_id, self.page_size)
            )

        self._run(job, vi_ui.RECEIPT_NAME)

    def appointment(self, visit_id: int, request: AppointmentRequest) -> None:
        """Phiếu hẹn."""
        services = self.services

        def job() -> KeptDocument:
            pdf = print_jobs.appointment_pdf(
                services,
                visit_id,
                request.when,
                request.meet_whom,
                self.page_size,
                place=request.place or None,
            )
            return services.documents.keep(visit_id, APPOINTMENT_KIND, pdf)

        self._run(job, vi_ui.APPOINTMENT_NAME)

    def _run(self, job: Callable[[], KeptDocument], what: str) -> None:
        # Rendering and writing the file happen off the GUI thread; results come back to it.
        self.notice.show_text(vi_ui.PRINTING.format(what=what), "info")
        op = self.tasks.op(job)
        op.success(lambda kept: self._printed(kept, what)).failure(lambda exc: self._failed(exc, what)).run()

    def _printed(self, kept: KeptDocument, what: str) -> None:
        self.notice.show_text(vi_ui.PRINT_DONE.format(what=what, path=kept.path), "ok")
        if not self.open_document(kept.path):
            self.notice.show_text(vi_ui.OPEN_FILE_FAILED.format(path=kept.path), "warn")

    def _failed(self, exc: Exception, what: str) -> None:
        log.error("printing %s failed", what, exc_info=exc)
        self.notice.show_text(vi_ui.PRINT_FAILED.format(what=what, detail=desk_error_text(exc)), "error")
