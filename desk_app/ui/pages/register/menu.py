"""The Sổ tiếp công dân's right-click menu: open, history, void, and In thông báo 01/TCD on a refused row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from desk_app.i18n import vi_refusal as vref
from desk_app.i18n import vi_screens as vs
from desk_app.i18n.formatting import fmt_date
from desk_app.services.registry import Services
from desk_app.services.visits.refusal import NoticeState
from desk_app.services.visits.register import RegisterRow
from desk_app.ui.pages.intake.printing import VisitPrinter
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import Tone


class _Report:
    """The printer's notice line on the register: the page's own message line."""

    def __init__(self, show: Callable[[str, bool], None]) -> None:
        self._show = show

    def show_text(self, text: str, tone: Tone) -> None:
        self._show(text, tone == "error")


class RegisterMenu:
    """Right-click (or the Menu key / Shift+F10) on a row selects it and opens the menu; `menu` is the last one
    shown (tests pick its actions)."""

    def __init__(
        self,
        table: QTableView,
        services: Services,
        tasks: TaskRunner,
        selected_row: Callable[[], RegisterRow | None],
        actions: tuple[tuple[str, Callable[[], object]], ...],
        report: Callable[[str, bool], None],
    ) -> None:
        self._table = table
        self._services = services
        self._selected_row = selected_row
        self._actions = actions
        self.printer = VisitPrinter(services, tasks, _Report(report))
        self.menu: QMenu | None = None
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._open)

    def menu_for(self, row: RegisterRow, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent)
        for text, slot in self._actions:
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            if text == vs.VOID:
                action.setEnabled(not row.is_voided)
        state = self._services.intake.refusal_notice_state(row.id)
        if state.refused:
            menu.addSeparator()
            notice = menu.addAction(_notice_text(state))
            notice.setObjectName("printRefusalNotice")
            notice.setEnabled(state.needed or state.number_text is not None)
            if not notice.isEnabled():
                notice.setToolTip(vref.NOTICE_NOT_NEEDED)
                menu.setToolTipsVisible(True)
            notice.triggered.connect(
                lambda _checked=False, visit_id=row.id: self.printer.refusal_notice(visit_id)
            )
        return menu

    def _open(self, pos: QPoint) -> None:
        index = self._table.indexAt(pos)
        if index.isValid():
            self._table.selectRow(index.row())
        else:  # the Menu key: the menu of the selected row, under it
            rows = self._table.selectionModel().selectedRows()
            if not rows:
                return
            pos = self._table.visualRect(rows[0]).center()
        row = self._selected_row()
        if row is None:
            return
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.menu_for(row, self._table)
        self.menu.popup(self._table.viewport().mapToGlobal(pos))


def _notice_text(state: NoticeState) -> str:
    if state.number_text:
        return vref.MENU_REPRINT_NOTICE.format(number=state.number_text)
    if state.due is not None:
        return vref.MENU_NOTICE_DUE.format(due=fmt_date(state.due))
    return vref.MENU_PRINT_NOTICE
