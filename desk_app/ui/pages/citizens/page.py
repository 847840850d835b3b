"""Công dân & vụ việc: type a name, an ID number, a phone or a case code; see the person's whole history below."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from desk_app.errors import NotFoundError
from desk_app.i18n import vi_citizens as vcit
from desk_app.i18n import vi_ui
from desk_app.i18n.formatting import fmt_date, fmt_int
from desk_app.services.citizens.overview import CitizenOverviewService
from desk_app.services.citizens.overview_types import Overview, PersonHit, SearchResult
from desk_app.services.registry import Services
from desk_app.ui.pages.citizens.detail import CitizenDetail
from desk_app.ui.pages.citizens.tables import Cell, EmptyOr, RecordTable
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.period_filter import DEBOUNCE_MS

log = logging.getLogger(__name__)


def hit_cells(h: PersonHit) -> list[Cell]:
    tip = vcit.CONFIDENTIAL_TIP if h.has_confidential else ""
    return [
        (h.name or "—", tip or h.name),
        (str(h.birth_year) if h.birth_year else "", ""),
        (h.id_document, ""),
        (h.phone, ""),
        (h.address, h.address),
        (h.case_code, ""),
        (fmt_int(h.visit_count), ""),
        (fmt_int(h.petition_count), ""),
        (fmt_date(h.last_date), ""),
    ]


class _SearchBox(QLineEdit):
    """Down (or Enter) goes on to the results, as in the intake's repeat-visitor panel."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class CitizensPage(QWidget):
    """`visitRequested(id)` / `petitionRequested(id)` ask the main window to open a record where it is edited."""

    visitRequested = Signal(int)
    petitionRequested = Signal(int)

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.service = CitizenOverviewService(services.ctx)
        self.hits: list[PersonHit] = []
        self._search_generation = 0
        self._detail_generation = 0
        self._focus_results = False
        self._searched_text: str | None = None
        self._shown_for: tuple[object, ...] | None = None

        self.search = _SearchBox()
        self.search.setObjectName("citizenSearch")
        self.search.setPlaceholderText(vcit.SEARCH_PLACEHOLDER)
        self.search.setToolTip(vcit.SEARCH_TOOLTIP)
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        bold = QFont(self.count_label.font())
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.results = RecordTable(vcit.RESULT_HEADERS, stretch=4)
        self.results.setObjectName("citizenResults")
        self.results_box = EmptyOr(self.results, vcit.HINT_START)
        self.results_box.setObjectName("citizenResultsBox")
        self.detail = CitizenDetail(services, tasks, self.service)
        self.detail.show_message("")
        self._debounce = QTimer(self)
        self._debounce.setObjectName("citizenSearchDebounce")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._build()
        self._connect()

    def _build(self) -> None:
        label = QLabel(vcit.SEARCH_LABEL)
        label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("citizenSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self.results_box)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_text)
        self.search.returnPressed.connect(self._go_to_results)
        self.search.down.connect(self._go_to_results)
        self._debounce.timeout.connect(self.run_search)
        self.results.currentCellChanged.connect(lambda row, *_a: self._load_detail(row))
        self.results.activated.connect(lambda _i: self.detail.focus_current())
        self.results.escaped.connect(self.focus_search)
        self.detail.escaped.connect(self.results.setFocus)
        self.detail.visitRequested.connect(self.visitRequested.emit)
        self.detail.petitionRequested.connect(self.petitionRequested.emit)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # At once, not on a timer: keys typed right after switching pages must not be selected and replaced.
        self.focus_search()
        if self._shown_for is not None and self._shown_for != self._actor():
            self.refresh()  # another officer signed in on another page: what is shown follows their rights

    def _actor(self) -> tuple[object, ...]:
        actor = self.services.ctx.actor
        return (actor.staff_id, actor.name, tuple(actor.roles))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # Searching -------------------------------------------------------------------------------------------
    def _on_text(self, _text: str) -> None:
        self._focus_results = False
        self._debounce.start()

    def _go_to_results(self) -> None:
        """Enter or Down: search now if typing has not paused yet, then move into the list."""
        if self._debounce.isActive() or self._searched_text != self.search.text():
            self._debounce.stop()
            self._focus_results = True
            self.run_search()
            return
        self._enter_results()

    def _enter_results(self) -> None:
        if self.results.rowCount():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentCell(0, 0)

    def run_search(self) -> None:
        text = self.search.text()
        self._shown_for = self._actor()
        self._search_generation += 1
        generation = self._search_generation
        self._searched_text = text
        if not text.strip():
            self._show_result(SearchResult((), truncated=False, searched=False), text, hint=vcit.HINT_START)
            return
        self.count_label.setText(vcit.HINT_SEARCHING)
        service = self.service

        def show(result: SearchResult) -> None:
            if generation == self._search_generation:
                self._show_result(result, text)

        def failed(exc: Exception) -> None:
            if generation == self._search_generation:
                log.warning("citizen search failed", exc_info=exc)
                self.count_label.setText("")
                self.results_box.show_rows(0, vcit.HINT_FAILED.format(detail=desk_error_text(exc)))

        self.tasks.op(lambda: service.search(text)).success(show).failure(failed).run()

    def _show_result(self, result: SearchResult, text: str, hint: str | None = None) -> None:
        self.hits = list(result.hits)
        self.results.blockSignals(True)
        self.results.fill([(i, hit_cells(h), h.has_confidential) for i, h in enumerate(self.hits)])
        self.results.blockSignals(False)
        if hint is None:
            hint = vcit.HINT_NONE.format(text=text.strip()) if result.searched else vcit.HINT_TOO_SHORT
        self.results_box.show_rows(len(self.hits), hint)
        count = fmt_int(len(self.hits))
        shown = vcit.COUNT_TRUNCATED if result.truncated else vcit.COUNT
        self.count_label.setText(shown.format(count=count) if result.searched else "")
        # Below an empty list the hint above says it all.
        self.detail.show_message(vcit.DETAIL_EMPTY if self.hits else "")
        if self.hits:
            self.results.blockSignals(True)
            self.results.setCurrentCell(0, 0)
            self.results.blockSignals(False)
            self._load_detail(0)
        if self._focus_results:
            self._focus_results = False
            self._enter_results()

    # The person shown --------------------------------------------------------------------------------------
    def _load_detail(self, row: int) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        if not 0 <= row < len(self.hits):
            return
        hit = self.hits[row]
        service = self.service

        def load() -> Overview:
            if hit.case_id is not None:
                return service.case(hit.case_id)
            assert hit.citizen_id is not None
            return service.person(hit.citizen_id)

        def show(ov: Overview) -> None:
            if generation == self._detail_generation:
                self.detail.show_overview(ov)

        def failed(exc: Exception) -> None:
            if generation != self._detail_generation:
                return
            if isinstance(exc, NotFoundError):
                self.detail.show_message(vcit.NOT_FOUND)
            else:
                log.warning("citizen overview failed", exc_info=exc)
                self.detail.show_message(vcit.DETAIL_FAILED.format(detail=desk_error_text(exc)))

        self.detail.show_message(vcit.DETAIL_LOADING)
        self.tasks.op(load).success(show).failure(failed).run()

    def refresh(self) -> None:
        """Another officer signed in, or records changed: search again with their rights."""
        self.run_search()

    def page_title(self) -> str:
        return vi_ui.NAV_CITIZENS
