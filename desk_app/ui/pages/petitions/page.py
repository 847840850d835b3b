"""The Đơn thư page: the petition register (filters, count, coloured rows) and the Vào sổ đơn form, in two tabs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n.formatting import fmt_int
from desk_app.services.petitions.register import PetitionRow, SortKey
from desk_app.services.registry import Services
from desk_app.ui.models.petition_table_model import (
    COLUMN_OF_SORT,
    COLUMNS,
    SUMMARY_COLUMN,
    PetitionTableModel,
)
from desk_app.ui.pages.petitions.filters import PetitionFilterBar
from desk_app.ui.pages.petitions.form import PetitionForm
from desk_app.ui.pages.petitions.view import PetitionView
from desk_app.ui.pages.register.book_print import TransferButtons
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import ERROR_COLOR

LIST_TAB, FORM_TAB = 0, 1
# A header click on a new column starts descending for the number and the received date (newest first);
# the due date starts with the nearest.
_DESCENDING_FIRST = frozenset({SortKey.BOOK, SortKey.RECEIVED})


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


def count_text(count: int) -> str:
    return f"{fmt_int(count)} {vpp.COUNT_SUFFIX}"


class PetitionsPage(QWidget):
    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._generation = 0
        self._sort = SortKey.BOOK
        self._descending = True
        register = services.petition_register
        self.model = PetitionTableModel(lambda ids: register.rows(ids), self)
        self.filters = PetitionFilterBar(services.ctx.today(), self)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        bold = QFont(self.count_label.font())
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.table = self._make_table()
        self.open_button = QPushButton(vpp.OPEN)
        self.open_button.setObjectName("openPetition")
        self.open_button.setToolTip(vpp.OPEN_TIP)
        self.new_button = QPushButton(vpp.NEW)
        self.new_button.setObjectName("newPetitionFromList")
        self.new_button.setToolTip(vpp.NEW_TIP)
        self.form = PetitionForm(services, tasks)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("petitionTabs")
        self.view: PetitionView | None = None
        self._build()
        self._connect()
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("petitionTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        # Fixed heights: the view never asks every row for its size; room for ẫ, ặ, ỗ.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(int(table.fontMetrics().height() * 1.75))
        header = table.horizontalHeader()
        header.setMinimumHeight(int(header.fontMetrics().height() * 2.0))
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMN_OF_SORT[self._sort], _order(self._descending))
        for column, spec in enumerate(COLUMNS):
            table.setColumnWidth(
                column, max(spec.width, header.fontMetrics().horizontalAdvance(spec.header[0]) + 28)
            )
        header.setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        # On a narrow window (125 % scaling) the content column keeps at least its title; the table scrolls.
        summary_title = COLUMNS[SUMMARY_COLUMN].header[0]
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(summary_title) + 28)
        return table

    def _build(self) -> None:
        listing = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        counts = QHBoxLayout()
        counts.addStretch(1)
        counts.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.transfer = TransferButtons(
            self, self.services, self.tasks, "petitions", buttons, self.refresh, self.filters.current,
            lambda text, error: self._set_count(text, error=error),
        )  # fmt: skip
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(listing)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(top)
        layout.addLayout(counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.tabs.addTab(listing, vpp.TAB_LIST)
        self.tabs.addTab(self.form, vpp.TAB_FORM)
        title = QLabel(vpp.TITLE)
        title.setObjectName("pageTitle")
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(title)
        root.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(self.new_petition)
        self.form.saved.connect(lambda _id: self.refresh())
        self.form.openRequested.connect(self.open_petition)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Find), self._find),
            (QKeySequence("Ctrl+N"), self.new_petition),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        # Petitions may have been made elsewhere (the intake's "Tạo đơn") and clocks move with the days.
        super().showEvent(event)
        self.refresh()

    # Searching -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        query = self.filters.current()
        sort, descending = self._sort, self._descending
        register = self.services.petition_register
        self._set_count(vpp.SEARCHING, error=False)
        (
            self.tasks.op(lambda: register.search_ids(query, sort, descending))
            .success(lambda ids: self._show(generation, ids))
            .failure(lambda exc: self._failed(generation, exc))
            .run()
        )

    def _show(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        keep = self.selected_id()
        self.model.set_ids(ids)
        self._set_count(count_text(len(ids)), error=False)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _on_sort(self, section: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[section].sort_key if 0 <= section < len(COLUMNS) else None
        if key is None:
            # Not sortable in SQL: the indicator goes back where the sort really is.
            self._set_indicator(self._sort, self._descending)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key is not self._sort:
            descending = key in _DESCENDING_FIRST
        self.sort_by(key, descending)

    def sort_by(self, key: SortKey, descending: bool) -> None:
        """Sort as a header click would."""
        self._sort, self._descending = key, descending
        self._set_indicator(key, descending)
        self.refresh()

    def _set_indicator(self, key: SortKey, descending: bool) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_OF_SORT[key], _order(descending))
        header.blockSignals(False)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._set_count(vpp.LOAD_FAILED.format(detail=desk_error_text(exc)), error=True)

    def _set_count(self, text: str, *, error: bool) -> None:
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    def _find(self) -> None:
        self.tabs.setCurrentIndex(LIST_TAB)
        self.filters.focus_search()

    # Selection and actions -------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.petition_id(rows[0].row()) if rows else None

    def selected_row(self) -> PetitionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

    def _on_activated(self, index: QModelIndex) -> None:
        petition_id = self.model.petition_id(index.row())
        if petition_id is not None:
            self.open_petition(petition_id)

    def open_selected(self) -> PetitionView | None:
        petition_id = self.selected_id()
        return self.open_petition(petition_id) if petition_id is not None else None

    def open_petition(self, petition_id: int) -> PetitionView:
        """The detail and handling of a petition, in its own window (not modal: the register stays usable)."""
        view = PetitionView(self.services, petition_id, self, tasks=self.tasks)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.changed.connect(self.refresh)
        view.open()
        self.view = view
        return view

    def new_petition(self) -> bool:
        """Ctrl+N: the registration form, empty."""
        self.tabs.setCurrentIndex(FORM_TAB)
        return self.form.new_form()

    def open_new_from_visit(self, visit_id: int) -> None:
        """ "Tạo đơn" from a visit: the form pre-filled with the visitor, content, category and case."""
        if self.form.is_dirty() and not self.form.ask_confirm(vpp.CONFIRM_DISCARD):
            return
        self.tabs.setCurrentIndex(FORM_TAB)
        self.form.fill_from_visit(visit_id)
