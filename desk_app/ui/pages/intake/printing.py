"""Printing from the intake page: render in the task runner, keep the PDF with its visit, print it by the PC's mode."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from desk_app.documents import petitions as petition_docs
from desk_app.documents import visits as visit_docs
from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import RefusalReason
from desk_app.domain.visit_papers import PrintProblem, VisitPaper, print_problem
from desk_app.errors import ConflictError
from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n import vi_refusal as vref
from desk_app.i18n import vi_ui
from desk_app.printing.page import PageSize
from desk_app.services.documents import KeptDocument
from desk_app.services.petitions.document_types import RefusalSource
from desk_app.services.registry import Services
from desk_app.ui.pages.intake.dialogs import AppointmentRequest
from desk_app.ui.print_output import Notice as Notice
from desk_app.ui.print_output import PdfOutput, job_for
from desk_app.ui.print_output import open_with_system as open_with_system
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text

log = logging.getLogger(__name__)
RECEIPT_COPIES = 2


class VisitPrinter:
    """Reports progress and results on `notice`. `open_document` (what "In" does with the kept PDF) and `output`'s
    steps are replaceable (tests capture the path, or stand in for the officer and the printer)."""

    def __init__(self, services: Services, tasks: TaskRunner, notice: Notice) -> None:
        self.services = services
        self.tasks = tasks
        self.notice = notice
        self.output = PdfOutput(notice if isinstance(notice, QWidget) else None)  # the preview's parent
        self.open_document: Callable[[Path], bool] = self.print_document
        """What "In" does with the kept PDF: print it by the PC's mode (tests capture the path instead)."""
        self.page_size: PageSize = "A4"
        self._copies = 1
        self._what = ""
        self._preview = False

    def set_page_size(self, size: str) -> None:
        """A4 by default; A5 saves paper at a busy desk (the form scales its margins and type)."""
        self.page_size = "A5" if size == "A5" else "A4"

    def print_document(self, path: Path) -> bool:
        """The print dialog, the preview or the default printer (the PC's mode), paper and copies preset; the PDF
        stays kept whatever happens."""
        return self.output.print(job_for(path, self._what, self.page_size, self._copies))

    def receipt(self, visit_id: int, *, preview: bool = False) -> None:
        """Giấy biên nhận 02/TCD, in two copies (one for the citizen, one kept with the file); `preview`: "Xem
        trước" first, whatever the PC's mode."""
        services = self.services
        self._copies = RECEIPT_COPIES
        self._preview = preview

        def job() -> KeptDocument:
            services.intake.require_printable(visit_id, VisitPaper.RECEIPT)
            return services.documents.keep(
                visit_id, DocumentKind.RECEIPT, visit_docs.receipt_pdf(services, visit_id, self.page_size)
            )

        self._run(job, vi_ui.RECEIPT_NAME)

    def appointment(self, visit_id: int, request: AppointmentRequest) -> None:
        """Phiếu hẹn."""
        services = self.services

        def job() -> KeptDocument:
            services.intake.require_printable(visit_id, VisitPaper.APPOINTMENT)
            pdf = visit_docs.appointment_pdf(
                services,
                visit_id,
                request.when,
                request.meet_whom,
                self.page_size,
                place=request.place or None,
            )
            return services.documents.keep(visit_id, DocumentKind.APPOINTMENT, pdf)

        self._run(job, vi_ui.APPOINTMENT_NAME)

    def refusal_notice(self, visit_id: int) -> None:
        """Thông báo từ chối tiếp công dân (Mẫu 01/TCD): numbered once, signed by the head, kept with the visit."""
        docs = self.services.petition_documents
        what = vref.NOTICE_NAME
        self._what = what

        def job() -> tuple[RefusalSource, KeptDocument]:
            src = docs.refusal_notice(visit_id)
            return src, petition_docs.refusal_pdf(docs, src)[1]

        def printed(result: tuple[RefusalSource, KeptDocument]) -> None:
            src, kept = result
            template = vref.NOTICE_REUSED if src.reused else vref.NOTICE_PRINTED
            self._open(kept, template.format(what=what, number=src.number_text))

        self.notice.show_text(vi_ui.PRINTING.format(what=what), "info")
        op = self.tasks.op(job)
        op.success(printed).failure(lambda exc: self._failed(exc, what, refusal_error_text(exc))).run()

    def _run(self, job: Callable[[], KeptDocument], what: str) -> None:
        # Rendering and writing the file happen off the GUI thread; results come back to it.
        self._what = what
        self.notice.show_text((vpu.PREVIEWING if self._preview else vi_ui.PRINTING).format(what=what), "info")
        op = self.tasks.op(job)
        op.success(lambda kept: self._printed(kept, what)).failure(lambda exc: self._failed(exc, what)).run()

    def _printed(self, kept: KeptDocument, what: str) -> None:
        self._open(kept, vi_ui.PRINT_DONE.format(what=what, path=kept.path))

    def _open(self, kept: KeptDocument, done_text: str) -> None:
        self.notice.show_text(done_text, "ok")
        preview, self._preview = self._preview, False
        try:
            if preview:
                job = job_for(kept.path, self._what, self.page_size, self._copies)
                self.output.deliver_preview(job, self._what, self.notice)
                return
            printed = self.open_document(kept.path)
        except OSError as exc:  # no printer, a driver that refused: the PDF is kept, the officer is told
            log.warning("printing failed: %s", exc)
            printed = False
        finally:
            self._copies = 1
        if not printed:
            self.notice.show_text(vi_ui.NOT_PRINTED.format(path=kept.path), "warn")

    def _failed(self, exc: Exception, what: str, detail: str | None = None) -> None:
        self._copies, self._preview = 1, False
        log.error("printing %s failed", what, exc_info=exc)
        if detail is None:
            refused = _REFUSED.get(exc.key) if isinstance(exc, ConflictError) else None
            detail = desk_error_text(exc) if refused is None else PRINT_PROBLEM_TEXT[refused]
        self.notice.show_text(vi_ui.PRINT_FAILED.format(what=what, detail=detail), "error")


def refusal_error_text(exc: BaseException) -> str:
    """The notice's own refusals (not refused, no notice for this ground, head only) in Vietnamese, else the
    general wording."""
    return desk_error_text(exc)


# What the page says when domain.visit_papers refuses a paper; the refusal notice words its own.
PRINT_PROBLEM_TEXT: dict[PrintProblem, str] = {
    PrintProblem.NEED_SAVE: vi_ui.PRINT_NEED_SAVE,
    PrintProblem.NOT_FOR_REFUSAL: vi_ui.PRINT_NOT_FOR_REFUSAL,
    PrintProblem.NEED_DOCUMENTS: vi_ui.PRINT_NEED_DOCUMENTS,
    PrintProblem.NOT_REFUSED: vref.NOTICE_NOT_REFUSED,
    PrintProblem.NOTICE_NOT_NEEDED: vref.NOTICE_NOT_NEEDED,
}


_REFUSED = {problem.value: problem for problem in PrintProblem}  # the service's refusal, by its error key


def print_problem_text(problem: PrintProblem | None, paper: VisitPaper) -> str | None:
    """The sentence under a print button (or on the page's notice line) for the domain's reason, or None."""
    if problem is PrintProblem.NEED_SAVE and paper is VisitPaper.REFUSAL_NOTICE:
        return vref.NOTICE_NEED_SAVE
    return None if problem is None else PRINT_PROBLEM_TEXT[problem]


class RefusalNoticeButton(QPushButton):
    """ "In thông báo 01/TCD": shown for a refused visit, usable once it is saved and its ground needs the notice."""

    def __init__(self, printer: VisitPrinter) -> None:
        super().__init__(vref.PRINT_NOTICE)
        self.setObjectName("printRefusalNotice")
        self.printer = printer
        self._visit_id: int | None = None
        self.setVisible(False)
        self.clicked.connect(self.print_notice)

    def update_for(
        self, visit_id: int | None, dirty: bool, refusal: RefusalReason | None, on: dt.date
    ) -> None:
        paper = VisitPaper.REFUSAL_NOTICE
        # The documents do not matter for the notice.
        saved = visit_id is not None and not dirty
        problem = print_problem_text(
            print_problem(paper, saved=saved, refusal=refusal, documents=0, on=on), paper
        )
        self._visit_id = visit_id if problem is None else None
        self.setVisible(refusal is not None)
        self.setEnabled(problem is None)
        self.setToolTip(vref.PRINT_NOTICE_TIP if problem is None else f"{vref.PRINT_NOTICE_TIP}\n{problem}")

    def print_notice(self) -> None:
        if self._visit_id is not None:
            self.printer.refusal_notice(self._visit_id)
