"""One person (or case) on the Công dân & vụ việc page: who, then their visits, petitions and cases in tabs."""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents import petitions as petition_docs
from desk_app.domain.documents import DocumentKind
from desk_app.domain.permissions import Action
from desk_app.i18n import vi_accessible, vi_results, vi_ui
from desk_app.i18n import vi_citizens as vcit
from desk_app.services.citizens.overview import CitizenOverviewService
from desk_app.services.citizens.overview_types import CaseEntry, CaseLine, Overview, PersonHit
from desk_app.services.documents import KeptDocument
from desk_app.services.permissions import may
from desk_app.services.registry import Services
from desk_app.ui.pages.citizens import result_void
from desk_app.ui.pages.citizens.result_dialog import CaseResultDialog
from desk_app.ui.pages.citizens.tables import (
    EmptyOr,
    RecordTable,
    case_cells,
    entry_cells,
    petition_cells,
    visit_cells,
)
from desk_app.ui.preferences import scaled_font
from desk_app.ui.print_output import PdfOutput, job_for
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import NoticeLabel

log = logging.getLogger(__name__)

VISITS_TAB, PETITIONS_TAB, CASES_TAB = range(3)


def card_html(person: PersonHit) -> str:
    """The person's line: name in bold, then what identifies them, already masked by the service."""
    if person.identity_hidden:
        return f"<b>{html.escape(person.name)}</b> — {html.escape(vcit.CARD_HIDDEN.format(code=person.case_code))}"
    parts = [f"<b>{html.escape(person.name or '—')}</b>"]
    if person.birth_year:
        parts.append(vcit.CARD_BORN.format(year=person.birth_year))
    if person.id_document:
        parts.append(vcit.CARD_ID.format(value=person.id_document))
    if person.phone:
        parts.append(vcit.CARD_PHONE.format(value=person.phone))
    if person.address:
        parts.append(html.escape(person.address))
    if person.case_id is not None:
        parts.append(vcit.CARD_CASE.format(code=person.case_code))
    return " · ".join(parts)


class CitizenDetail(QWidget):
    """`visitRequested` / `petitionRequested` ask the window to open a record; `escaped` gives focus back."""

    visitRequested = Signal(int)
    petitionRequested = Signal(int)
    escaped = Signal()

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        service: CitizenOverviewService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.service = service
        self.overview: Overview | None = None
        self.entries: list[CaseEntry] = []
        self.output = PdfOutput(self)
        self.open_document: Callable[[Path], bool] = self.print_document
        """What 'In hồ sơ vụ việc' does with the kept PDF: print it by the PC's print mode (tests capture it)."""
        self.last_printed: KeptDocument | None = None
        self._generation = 0
        self.busy = False

        self.card = QLabel()
        self.card.setObjectName("citizenCard")
        self.card.setWordWrap(True)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setStyleSheet("padding: 2px 0;")
        self.card.setFont(scaled_font(self.card.font(), 1.05))  # follows Tùy chọn › Cỡ chữ
        self.revealed = QLabel(vcit.CARD_REVEALED)
        self.revealed.setObjectName("revealedNote")
        self.revealed.setWordWrap(True)
        self.revealed.setStyleSheet("color: #8a1f11;")
        self.notice = NoticeLabel()
        self.visits = RecordTable(vcit.VISIT_HEADERS, stretch=4)
        self.visits.setObjectName("visitsTable")
        self.petitions = RecordTable(vcit.PETITION_HEADERS, stretch=4)
        self.petitions.setObjectName("petitionsTable")
        self.cases = RecordTable(vcit.CASE_HEADERS, stretch=3)
        self.cases.setObjectName("casesTable")
        self.entries_table = RecordTable(vcit.ENTRY_HEADERS, stretch=4)
        self.entries_table.setObjectName("caseEntriesTable")
        self.entries_table.setAccessibleName(vi_accessible.CASE_ENTRIES)
        self.visits_box = EmptyOr(self.visits, vcit.EMPTY_VISITS)
        self.petitions_box = EmptyOr(self.petitions, vcit.EMPTY_PETITIONS)
        self.cases_box = EmptyOr(self.cases, vcit.EMPTY_CASES)
        self.entries_box = EmptyOr(self.entries_table, vcit.EMPTY_ENTRIES)
        self.entries_title = QLabel()
        self.entries_title.setStyleSheet("font-weight: bold; color: #1a3f7a;")
        self.print_button = QPushButton(vcit.PRINT_CASE)
        self.print_button.setObjectName("printCaseFile")
        self.print_button.setToolTip(vcit.PRINT_CASE_TIP)
        self.print_button.setEnabled(False)
        self.result_button = QPushButton(vcit.RESULT_BUTTON)
        self.result_button.setObjectName("recordCaseResult")
        self.result_button.setToolTip(vcit.RESULT_TIP)
        self.result_button.setEnabled(False)
        self.result_button.setVisible(may(services.ctx, Action.WRITE_CASES))
        self.void_result_button = QPushButton(vcit.RESULT_VOID_BUTTON)
        self.void_result_button.setObjectName("voidCaseResult")
        self.void_result_button.setToolTip(vcit.RESULT_VOID_TIP)
        self.void_result_button.setEnabled(False)
        self.void_result_button.setVisible(may(services.ctx, Action.WRITE_CASES))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("citizenTabs")
        self.tabs.addTab(self.visits_box, vcit.TAB_VISITS.format(count=0))
        self.tabs.addTab(self.petitions_box, vcit.TAB_PETITIONS.format(count=0))
        self.tabs.addTab(self._cases_page(), vcit.TAB_CASES.format(count=0))
        self.empty = QLabel(vcit.DETAIL_EMPTY)
        self.empty.setObjectName("detailEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("color: #555555; padding: 10px;")
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.card)
        column.addWidget(self.revealed)
        column.addWidget(self.notice)
        column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect()

    def _cases_page(self) -> QWidget:
        page = QWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.cases_box)
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.entries_title, 1)
        top.addWidget(self.result_button)
        top.addWidget(self.void_result_button)
        top.addWidget(self.print_button)
        below.addLayout(top)
        below.addWidget(self.entries_box, 1)
        split.addWidget(lower)
        split.setSizes([120, 220])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        return page

    def _connect(self) -> None:
        self.visits.activated.connect(lambda _i: self.open_visit(self.visits.current_id()))
        self.petitions.activated.connect(lambda _i: self.open_petition(self.petitions.current_id()))
        self.entries_table.activated.connect(lambda _i: self.open_entry())
        self.cases.currentCellChanged.connect(lambda *_a: self._load_entries())
        self.cases.activated.connect(lambda _i: self.entries_table.setFocus())
        self.print_button.clicked.connect(self.print_case_file)
        self.result_button.clicked.connect(lambda: self.record_result())
        self.void_result_button.clicked.connect(lambda: self.void_result())
        for table in (self.visits, self.petitions, self.cases, self.entries_table):
            table.escaped.connect(self.escaped.emit)

    # Showing ---------------------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self._generation += 1
        self.overview = None
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        # Nothing of the person shown before stays in the widgets: the next officer may not be allowed to see it.
        self.card.clear()
        self.entries = []
        for table in (self.visits, self.petitions, self.cases, self.entries_table):
            table.fill([])

    def show_overview(self, ov: Overview) -> None:
        self.overview = ov
        self.notice.clear_text()
        self.card.setText(card_html(ov.person))
        self.revealed.setVisible(ov.person.has_confidential)
        self.visits.fill([(v.visit_id, visit_cells(v), v.confidential) for v in ov.visits])
        self.petitions.fill([(p.petition_id, petition_cells(p), p.confidential) for p in ov.petitions])
        self.cases.fill([(c.case_id, case_cells(c), False) for c in ov.cases])
        self.visits_box.show_rows(len(ov.visits))
        self.petitions_box.show_rows(len(ov.petitions))
        self.cases_box.show_rows(len(ov.cases))
        self.tabs.setTabText(VISITS_TAB, vcit.TAB_VISITS.format(count=len(ov.visits)))
        self.tabs.setTabText(PETITIONS_TAB, vcit.TAB_PETITIONS.format(count=len(ov.petitions)))
        self.tabs.setTabText(CASES_TAB, vcit.TAB_CASES.format(count=len(ov.cases)))
        self.stack.setCurrentIndex(1)
        if ov.person.case_id is not None:
            self.tabs.setCurrentIndex(CASES_TAB)
        elif not ov.visits and ov.petitions:
            self.tabs.setCurrentIndex(PETITIONS_TAB)
        else:
            self.tabs.setCurrentIndex(VISITS_TAB)
        for table in (self.visits, self.petitions):
            if table.rowCount():
                table.setCurrentCell(0, 0)
        self.entries = []
        self.entries_table.fill([])
        self.entries_title.setText("")
        self.entries_box.show_rows(0)
        self.print_button.setEnabled(False)
        self.result_button.setEnabled(False)
        self.void_result_button.setEnabled(False)
        if ov.cases:
            self.cases.setCurrentCell(0, 0)

    def focus_current(self) -> None:
        """Enter on the results: into the table of the tab shown."""
        table = (self.visits, self.petitions, self.cases)[self.tabs.currentIndex()]
        table.setFocus()
        if table.rowCount() and table.currentRow() < 0:
            table.setCurrentCell(0, 0)

    # A case's history ------------------------------------------------------------------------------------
    def _load_entries(self) -> None:
        case_id = self.cases.current_id()
        self._generation += 1
        generation = self._generation
        if case_id is None or self.overview is None:
            return
        code = next((c.code for c in self.overview.cases if c.case_id == case_id), "")
        self.entries_title.setText(vcit.CASE_ENTRIES_TITLE.format(code=code))
        self.print_button.setEnabled(not self.busy)
        self.result_button.setEnabled(True)
        line = next((c for c in self.overview.cases if c.case_id == case_id), None)
        self.void_result_button.setEnabled(line is not None and line.result is not None)
        service = self.service

        def show(entries: tuple[CaseEntry, ...]) -> None:
            if generation != self._generation:
                return
            self.entries = list(entries)
            rows = [
                (e.visit.visit_id if e.visit else (e.petition.petition_id if e.petition else 0), entry_cells(e),
                 bool((e.visit and e.visit.confidential) or (e.petition and e.petition.confidential)))
                for e in entries
            ]  # fmt: skip
            self.entries_table.fill(rows)
            self.entries_box.show_rows(len(rows))

        self.tasks.op(lambda: service.case_entries(case_id)).success(show).failure(self._failed).run()

    def record_result(self) -> CaseResultDialog | None:
        """'Ghi kết quả…': a result of the selected case (not modal); the case's line shows it once saved."""
        case_id = self.cases.current_id()
        ov = self.overview
        line = next((c for c in ov.cases if c.case_id == case_id), None) if ov else None
        if line is None or ov is None:
            return None
        dialog = CaseResultDialog(
            self.services.case_results, line.case_id, line.code, self.services.ctx.today(), line.result, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            if dialog.saved is not None:
                self._result_changed(ov, line, vcit.RESULT_SAVED)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def void_result(self) -> QDialog | None:
        """'Hủy kết quả…': the selected case's last result is voided with a reason (a modal reason dialog)."""
        case_id = self.cases.current_id()
        ov = self.overview
        line = next((c for c in ov.cases if c.case_id == case_id), None) if ov else None
        if line is None or ov is None:
            return None
        dialog = result_void.void_dialog(self.services.case_results, line.case_id, line.code, self)
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._result_changed(ov, line, vcit.RESULT_VOIDED))
        dialog.open()
        return dialog

    def _result_changed(self, ov: Overview, line: CaseLine, text: str) -> None:
        """The case's line shows its result as it now is, and the notice tells it."""
        if self.overview is not ov:
            return
        latest = self.services.case_results.latest(line.case_id)
        cases = tuple(dataclasses.replace(c, result=latest) if c is line else c for c in ov.cases)
        row = self.cases.currentRow()
        self.overview = dataclasses.replace(ov, cases=cases)
        self.cases.fill([(c.case_id, case_cells(c), False) for c in cases])
        self.cases.setCurrentCell(row, 0)
        self.void_result_button.setEnabled(latest is not None)
        shown = vi_results.RESULT[latest] if latest else vcit.RESULT_NONE
        self.notice.show_text(text.format(result=shown, code=line.code), "ok")

    def _failed(self, exc: Exception) -> None:
        log.warning("citizen page: loading failed", exc_info=exc)
        self.notice.show_text(vcit.DETAIL_FAILED.format(detail=desk_error_text(exc)), "error")

    # Opening ---------------------------------------------------------------------------------------------
    def open_visit(self, visit_id: int | None) -> None:
        if visit_id is None or self.overview is None:
            return
        line = next((v for v in self.overview.visits if v.visit_id == visit_id), None)
        self._request_visit(visit_id, line is not None and line.identity_hidden)

    def _request_visit(self, visit_id: int, hidden: bool) -> None:
        if hidden:
            # The intake form shows the visitor in full: a masked visit is not opened there.
            self.notice.show_text(vcit.VISIT_HIDDEN, "warn")
            return
        self.visitRequested.emit(visit_id)

    def open_petition(self, petition_id: int | None) -> None:
        if petition_id is not None:
            self.petitionRequested.emit(petition_id)

    def open_entry(self) -> None:
        row = self.entries_table.currentRow()
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        hidden_case = self.overview is not None and self.overview.person.identity_hidden
        if entry.visit is not None:
            self._request_visit(entry.visit.visit_id, entry.visit.identity_hidden or hidden_case)
        elif entry.petition is not None:
            self.open_petition(entry.petition.petition_id)

    # Printing --------------------------------------------------------------------------------------------
    def print_document(self, path: Path) -> bool:
        return self.output.print(job_for(path, vcit.PRINT_CASE))

    def print_case_file(self) -> None:
        case_id = self.cases.current_id()
        if case_id is None or self.busy or self.overview is None:
            return
        code = next((c.code for c in self.overview.cases if c.case_id == case_id), "")
        services = self.services

        def job() -> KeptDocument:
            pdf = petition_docs.case_file_pdf(services.case_files.case_file_source(case_id))
            return services.documents.keep(None, DocumentKind.CASE_FILE, pdf)

        def done(kept: KeptDocument) -> None:
            self._set_busy(False)
            self.last_printed = kept
            self.notice.show_text(vcit.PRINTED.format(code=code), "ok")
            if not self.open_document(kept.path):
                self.notice.show_text(vi_ui.NOT_PRINTED.format(path=kept.path), "warn")

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            log.warning("case file %s could not be printed", code, exc_info=exc)
            self.notice.show_text(vcit.PRINT_FAILED.format(detail=desk_error_text(exc)), "error")

        self._set_busy(True)
        self.notice.show_text(vcit.PRINTING.format(code=code), "info")
        self.tasks.op(job).success(done).failure(failed).run()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.print_button.setEnabled(not busy and self.cases.current_id() is not None)
