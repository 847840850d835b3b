"""The Thời hạn tab: the legal time limits as the office keeps them, and a dialog to add a new version of one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.deadline_rules import Direction
from desk_app.i18n import labels
from desk_app.i18n import vi_deadlines as vd
from desk_app.i18n.formatting import fmt_date
from desk_app.services.deadlines.service import RuleInfo
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.deadlines_edit import EditRuleDialog, SavedRule
from desk_app.ui.widgets.fields import NoticeLabel
from desk_app.ui.widgets.tables import fit_wrapped_rows

_ADMIN_BACKGROUND = QColor("#eef4ff")


def rule_cells(info: RuleInfo) -> tuple[str, ...]:
    """The table row of a rule: its latest version, named by its wording (the code is for programs only)."""
    rule = info.latest.rule
    start = (vd.BEFORE_MARK if rule.direction is Direction.BEFORE else "") + rule.start_event_vi
    complex_text = str(rule.complex_length) if rule.complex_length else vd.NO_VALUE
    return (
        rule.what_vi, start, str(rule.length), labels.DAY_TYPE[rule.day_type], complex_text,
        rule.legal_basis, fmt_date(rule.effective_from),
    )  # fmt: skip


class DeadlinesTab(QWidget):
    """The rules table with Sửa thời hạn… (Enter or double-click); office versions are tinted."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rules: list[RuleInfo] = []
        self.edit_dialog: EditRuleDialog | None = None
        intro = QLabel(vd.INTRO)
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555555;")
        self.table = QTableWidget(0, len(vd.COLUMNS))
        self.table.setObjectName("deadlineTable")
        self.table.setHorizontalHeaderLabels(list(vd.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Long legal wording wraps onto a second line rather than hiding behind "…".
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(vd.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 170), (5, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        # The rule's wording keeps a readable width on a narrow window; longer wording wraps (its tooltip has it all).
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(vd.COLUMNS[0]) + 24)
        fit_wrapped_rows(self.table, max_lines=4)
        self.table.setStyleSheet("QTableWidget::item { padding: 3px 4px; }")
        self.edit_button = QPushButton(vd.EDIT)
        self.edit_button.setObjectName("deadlineEdit")
        self.edit_button.setToolTip(vd.EDIT_TIP)
        self.status = NoticeLabel()
        self.status.setObjectName("deadlineStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.edit_button.clicked.connect(self.open_edit)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the table, Enter opens the edit dialog of the selected rule."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_edit()
            return True
        return super().eventFilter(watched, event)

    def reload(self, select_code: str | None = None) -> None:
        self._rules = self._services.deadlines.rules()
        self.table.setRowCount(len(self._rules))
        for row, info in enumerate(self._rules):
            tip = vd.VERSIONS_TIP.format(
                versions="; ".join(
                    vd.VERSION_ITEM.format(
                        date=fmt_date(v.rule.effective_from),
                        length=v.rule.length,
                        unit=labels.DAY_TYPE[v.rule.day_type],
                    )
                    for v in info.history
                )
            )
            admin = info.latest.source == "admin"
            for column, text in enumerate(rule_cells(info)):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column in (0, 1, 5) else tip)
                if admin:
                    item.setBackground(QBrush(_ADMIN_BACKGROUND))
                if column in (2, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            if info.code == select_code:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        if self.selected_rule() is None and self._rules:
            self.table.selectRow(0)
        self._selection_changed()

    def selected_rule(self) -> RuleInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rules[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected_rule() is not None)

    def open_edit(self) -> EditRuleDialog | None:
        """Open the new-version dialog of the selected rule (window-modal)."""
        info = self.selected_rule()
        if info is None:
            self.status.show_text(vd.PICK_RULE, "warn")
            return None
        self.status.clear_text()
        dialog = EditRuleDialog(self._services, info, self)
        dialog.saved.connect(self._saved)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, saved: object) -> None:
        if not isinstance(saved, SavedRule):
            return
        rule = saved.applied.version.rule
        self.reload(select_code=rule.code)
        date = fmt_date(rule.effective_from)
        if saved.applied.moved:
            text = vd.SAVED_MOVED.format(name=rule.what_vi, date=date, count=len(saved.applied.moved))
        elif saved.kept:
            text = vd.SAVED_KEPT.format(name=rule.what_vi, date=date, count=saved.kept)
        else:
            text = vd.SAVED.format(name=rule.what_vi, date=date)
        self.status.show_text(text, "ok")
        self.table.setFocus()
