"""In văn bản: the documents a petition's state and handling call for, numbered, rendered off the GUI thread, kept,
printed by the PC's mode."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desk_app.documents import petitions as petition_docs
from desk_app.domain.documents import DocumentKind
from desk_app.domain.petition_docs import petition_documents
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_print_ui as vpu
from desk_app.i18n import vi_ui
from desk_app.services.documents import KeptDocument
from desk_app.services.petitions.detail import PetitionDetail
from desk_app.services.petitions.document_types import PetitionDocumentSource
from desk_app.services.registry import Services
from desk_app.ui.print_output import PdfOutput, job_for
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import NoticeLabel

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Printed:
    kept: KeptDocument
    number: str
    """ "Số: 05/PC-UBND", "Số phiếu: 03/PĐX", or "" for the case file."""
    pdf: bytes


def documents_for(d: PetitionDetail) -> list[str]:
    """The documents that apply now (domain.petition_docs.petition_documents), as keys of PRINT_DOCS."""
    kinds = petition_documents(
        has_proposal=bool(d.decisions),
        handling=d.handling,
        category=d.category,
        is_anonymous=d.is_anonymous,
        in_case=d.case_id is not None,
    )
    return [kind.value for kind in kinds]


def number_text(src: PetitionDocumentSource) -> str:
    if src.number is not None:
        text = vpp.PRINT_NUMBER.format(number=src.number.text)
        return text + (vpp.PRINT_REUSED if src.reused else "")
    return vpp.PRINT_INTERNAL.format(number=src.internal_no) if src.internal_no else ""


def print_error_text(exc: BaseException) -> str:
    """The petition documents' own refusals ("chưa có quyết định …") first, then the desk's usual wording."""
    return desk_error_text(exc)


class PetitionPrinter(QObject):
    """Builds the "In văn bản" menu of one petition; `printed(key, Printed)` after each document is kept and printed.

    `open_document` and `output`'s steps are replaceable (tests capture the path or stand in for the printer).
    """

    printed = Signal(str, object)

    def __init__(
        self, services: Services, tasks: TaskRunner, notice: NoticeLabel, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.services, self.tasks, self.notice = services, tasks, notice
        self.output = PdfOutput(notice)
        self.open_document: Callable[[Path], bool] = self.print_document
        self._what = ""
        self.last: Printed | None = None
        self.busy = False
        self.button: QPushButton | None = None

    def print_document(self, path: Path) -> bool:
        """ "In": by the PC's mode, A4, one copy; the PDF stays kept."""
        return self.output.print(job_for(path, self._what))

    def make_button(self, parent: QWidget) -> QPushButton:
        button = QPushButton(vpp.PRINT_MENU, parent)
        button.setObjectName("petitionPrintMenu")
        button.setToolTip(vpp.PRINT_MENU_TIP)
        button.setMenu(QMenu(button))
        self.button = button
        return button

    def fill_menu(self, button: QPushButton, d: PetitionDetail) -> None:
        menu = button.menu()
        assert menu is not None
        menu.clear()
        docs = documents_for(d)
        for key in docs:
            action = menu.addAction(vpp.PRINT_DOCS[key])
            action.setObjectName(f"print_{key}")
            action.triggered.connect(
                lambda _c=False, k=key, pid=d.id, case=d.case_id: self.print(k, pid, case)
            )
        button.setEnabled(bool(docs))
        button.setToolTip(vpp.PRINT_MENU_TIP if docs else vpp.PRINT_NOTHING)

    def print(self, key: str, petition_id: int, case_id: int | None = None) -> None:
        """Number (in the saving transaction), render and keep in the task runner; open when back."""
        if self.busy:
            return  # one document at a time: a second click would take a second number
        what = vpp.PRINT_DOCS[key]
        services = self.services

        def job() -> Printed:
            if key == DocumentKind.CASE_FILE:
                assert case_id is not None
                pdf = petition_docs.case_file_pdf(services.case_files.case_file_source(case_id))
                return Printed(services.documents.keep(None, DocumentKind.CASE_FILE, pdf), "", pdf)
            src = _source(services, key, petition_id)
            pdf, kept = petition_docs.print_and_keep(services.petition_documents, src)
            return Printed(kept, number_text(src), pdf)

        self._set_busy(True)
        self.notice.show_text(vpp.PRINTING.format(what=what.lower()), "info")
        (
            self.tasks.op(job)
            .success(lambda done: self._printed(key, what, done))
            .failure(lambda exc: self._failed(what, exc))
            .run()
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if self.button is not None:
            self.button.setEnabled(not busy)

    def _printed(self, key: str, what: str, done: Printed) -> None:
        self._set_busy(False)
        self.last = done
        if done.number:
            self.notice.show_text(vpu.DOC_MADE.format(what=what, number=done.number), "ok")
        else:
            self.notice.show_text(vpu.DOC_MADE_NO_NUMBER.format(what=what), "ok")
        self._what = what
        if not self.open_document(done.kept.path):
            self.notice.show_text(vi_ui.NOT_PRINTED.format(path=done.kept.path), "warn")
        self.printed.emit(key, done)

    def _failed(self, what: str, exc: Exception) -> None:
        self._set_busy(False)
        log.warning("printing %s failed", what, exc_info=exc)
        self.notice.show_text(
            vpp.PRINT_FAILED.format(what=what.lower(), detail=print_error_text(exc)), "error"
        )


def _source(services: Services, key: str, petition_id: int) -> PetitionDocumentSource:
    docs = services.petition_documents
    if key == DocumentKind.PROPOSAL:
        return docs.proposal_slip(petition_id)
    if key == DocumentKind.GUIDANCE:
        return docs.guidance_letter(petition_id)
    if key == DocumentKind.TRANSFER:
        return docs.transfer_slip(petition_id)
    if key == DocumentKind.RESULT:
        return docs.result_notice(petition_id)
    return docs.complaint_acceptance(petition_id, accepted=key == DocumentKind.ACCEPTANCE)
