"""Sổ tiếp công dân: filter bar, result count and the book as a table that stays instant at a million rows."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_screens as vs
from desk_app.i18n.formatting import fmt_int
from desk_app.services.registry import Services
from desk_app.services.visits.register import RegisterRow, SortKey
from desk_app.ui.models.visit_table_model import COLUMN_OF_SORT, COLUMNS, VisitTableModel
from desk_app.ui.pages.register.book_print import TransferButtons
from desk_app.ui.pages.register.filters import RegisterFilterBar
from desk_app.ui.pages.register.menu import RegisterMenu
from desk_app.ui.pages.register.void import VoidVisitDialog
from desk_app.ui.pages.settings.fields import ERROR_STYLE
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.visit_history import VisitHistoryDialog

# A header click on a new column starts descending for dates and numbers (newest, largest first).
_DESCENDING_FIRST = frozenset({SortKey.BOOK, SortKey.DATE, SortKey.GROUP_SIZE})


def count_text(count: int) -> str:
    """The result count with the Vietnamese thousands separator: "1.234 lượt tiếp"."""
    return f"{fmt_int(count)} {vs.COUNT_SUFFIX}"


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


class _RegisterHeader(QHeaderView):
    """Clickable, with a sort indicator; the page decides what a click means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setSortIndicatorShown(True)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)


class RegisterPage(QWidget):
    """The register; `visitRequested(id)` asks the main window to open a visit in the intake page."""

    visitRequested = Signal(int)

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._generation = 0
        self._sort = SortKey.BOOK
        self._descending = True
        register = services.register
        self.model = VisitTableModel(lambda ids: register.rows(ids), self)
        self.filters = RegisterFilterBar(services.ctx.today(), self)
        self.filters.setObjectName("registerFilters")
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        bold = QFont(self.count_label.font())
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.table = self._make_table()
        self.open_button = QPushButton(vs.OPEN_EDIT)
        self.open_button.setObjectName("openVisit")
        self.open_button.setToolTip(vs.OPEN_EDIT_TOOLTIP)
        self.history_button = QPushButton(vs.HISTORY)
        self.history_button.setObjectName("visitHistory")
        self.void_button = QPushButton(vs.VOID)
        self.void_button.setObjectName("voidVisit")
        self._build()
        self._connect()
        self.row_menu = RegisterMenu(
            self.table, services, tasks, self.selected_row,
            ((vs.OPEN_EDIT, self.open_selected), (vs.HISTORY, self.show_history), (vs.VOID, self.void_selected)),
            lambda text, error: self._set_count_message(text, error=error),
        )  # fmt: skip
        self._update_buttons()
        self.refresh()

    # Building ------------------------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("registerTable")
        table.setHorizontalHeader(_RegisterHeader(table))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        # Fixed heights: the view never asks a million rows for their size; room for ẫ, ặ, ỗ.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(int(table.fontMetrics().height() * 1.75))
        header = table.horizontalHeader()
        header.setMinimumHeight(int(header.fontMetrics().height() * 2.0))
        for column, spec in enumerate(COLUMNS):
            table.setColumnWidth(
                column, max(spec.width, header.fontMetrics().horizontalAdvance(spec.header[0]) + 28)
            )
        header.setSortIndicator(COLUMN_OF_SORT[self._sort], Qt.SortOrder.DescendingOrder)
        return table

    def _build(self) -> None:
        title = QLabel(vs.REGISTER_TITLE)
        title.setObjectName("pageTitle")
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        self.transfer = TransferButtons(
            self, self._services, self._tasks, "visits", buttons, self.refresh, self.filters.current,
            lambda text, error: self._set_count_message(text, error=error),
        )  # fmt: skip
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.filters.show_voided, self.table)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.open_button.clicked.connect(self.open_selected)
        self.history_button.clicked.connect(self.show_history)
        self.void_button.clicked.connect(self.void_selected)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.filters.focus_search)

    # Searching -----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the filter and sort again in the background; the selected visit stays selected."""
        self._generation += 1
        generation = self._generation
        query = self.filters.current()
        sort, descending = self._sort, self._descending
        register = self._services.register
        self._set_count_message(vs.SEARCHING, error=False)
        (
            self._tasks.op(lambda: register.search_ids(query, sort, descending))
            .success(lambda ids: self._show(generation, ids))
            .failure(lambda exc: self._failed(generation, exc))
            .run()
        )

    def _show(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        keep = self.selected_id()
        self.model.set_ids(ids)
        self._set_count_message(count_text(len(ids)), error=False)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        detail = i18n_errors.message(str(getattr(exc, "key", ""))) if isinstance(exc, DeskError) else str(exc)
        self._set_count_message(vs.UNEXPECTED_ERROR.format(detail=detail), error=True)

    def _set_count_message(self, text: str, *, error: bool) -> None:
        self.count_label.setText(text)
        self.count_label.setStyleSheet(ERROR_STYLE if error else "")

    def _on_sort(self, section: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[section].sort_key if 0 <= section < len(COLUMNS) else None
        header = self.table.horizontalHeader()
        if key is None:
            # Not sortable in SQL: put the indicator back where the sort really is.
            header.blockSignals(True)
            header.setSortIndicator(COLUMN_OF_SORT[self._sort], _order(self._descending))
            header.blockSignals(False)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key is not self._sort and key in _DESCENDING_FIRST:
            descending = True
        self._sort, self._descending = key, descending
        header.blockSignals(True)
        header.setSortIndicator(
            section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(False)
        self.refresh()

    def sort_by(self, key: SortKey, descending: bool) -> None:
        """Sort as a header click would (also used by the main window to restore a view)."""
        order = _order(descending)
        self._sort, self._descending = key, descending
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_OF_SORT[key], order)
        header.blockSignals(False)
        self.refresh()

    # Selection and actions -----------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.visit_id(rows[0].row()) if rows else None

    def selected_row(self) -> RegisterRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        self.void_button.setEnabled(row is not None and not row.is_voided)

    def _on_activated(self, index: QModelIndex) -> None:
        visit_id = self.model.visit_id(index.row())
        if visit_id is not None:
            self.visitRequested.emit(visit_id)

    def open_selected(self) -> None:
        visit_id = self.selected_id()
        if visit_id is not None:
            self.visitRequested.emit(visit_id)

    def show_history(self) -> VisitHistoryDialog | None:
        visit_id = self.selected_id()
        if visit_id is None:
            return None
        dialog = VisitHistoryDialog(self._services, visit_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def void_selected(self) -> VoidVisitDialog | None:
        row = self.selected_row()
        if row is None or row.is_voided:
            return None
        dialog = VoidVisitDialog(self._services, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog
