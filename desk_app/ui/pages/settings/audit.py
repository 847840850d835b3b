"""Danh mục & cài đặt › Nhật ký hệ thống: the audit log for leaders and administrators, its filters, export and check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents.audit_log import action_text, cells, check_text, export_audit_log
from desk_app.i18n import vi_audit as va
from desk_app.services.audit.chain import AuditCheck
from desk_app.services.audit.viewer import AuditFilter, AuditLogService, AuditPage
from desk_app.services.registry import Services
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import DateField
from desk_app.ui.widgets.file_dialogs import Kind, save_file

PAGE = 200
_OK_STYLE = "QLabel { background: #e8f5e9; border: 1px solid #81c784; padding: 6px; }"
_BAD_STYLE = "QLabel { background: #fdecea; border: 1px solid #e57373; padding: 6px; color: #8b1a1a; }"
_ERROR_STYLE = "color: #b00020;"


class AuditTab(QWidget):
    def __init__(
        self, services: Services, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = AuditLogService(services.ctx)
        self.ctx = services.ctx
        self.tasks = tasks or TaskRunner(self)
        self.shown = 0
        intro = QLabel(va.INTRO)
        intro.setWordWrap(True)
        self.date_from = DateField()
        self.date_from.setObjectName("auditFrom")
        self.date_to = DateField()
        self.date_to.setObjectName("auditTo")
        self.who = QComboBox()
        self.who.setObjectName("auditWho")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        self.term = QLineEdit()
        self.term.setObjectName("auditTerm")
        self.term.setPlaceholderText(va.TERM_PLACEHOLDER)
        self.term.setToolTip(va.TERM_TIP)
        self.term.setMinimumWidth(260)
        self.filter_button = QPushButton(va.FILTER)
        self.filter_button.setObjectName("auditFilter")
        self.date_error = QLabel()
        self.date_error.setObjectName("auditDateError")
        self.date_error.setStyleSheet(_ERROR_STYLE)
        self.date_error.hide()
        filters = QHBoxLayout()
        for text, widget in ((va.FROM, self.date_from), (va.TO, self.date_to), (va.WHO, self.who),
                             (va.ACTION, self.action), (va.ENTITY, self.entity)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(10)
        filters.addStretch(1)
        second = QHBoxLayout()
        term_label = QLabel(va.TERM)
        term_label.setBuddy(self.term)
        term_label.setToolTip(va.TERM_TIP)
        second.addWidget(term_label)
        second.addWidget(self.term)
        second.addSpacing(10)
        second.addWidget(self.filter_button)
        second.addStretch(1)

        self.table = QTableWidget(0, len(va.COLUMNS))
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(list(va.COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 170, 170, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)

        self.count = QLabel()
        self.count.setObjectName("auditCount")
        self.more = QPushButton(va.MORE)
        self.more.setObjectName("auditMore")
        self.verify_button = QPushButton(va.VERIFY)
        self.verify_button.setObjectName("auditVerify")
        self.export_button = QPushButton(va.EXPORT)
        self.export_button.setObjectName("auditExport")
        self.result = QLabel()
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.more)
        bottom.addStretch(1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addLayout(second)
        layout.addWidget(self.date_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.result)

        self.filter_button.clicked.connect(self.apply)
        for field in (self.date_from, self.date_to, self.term):
            field.returnPressed.connect(self.apply)
        for combo in (self.who, self.action, self.entity):
            combo.activated.connect(self.apply)
        self.more.clicked.connect(self.load_more)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.ask_and_export)
        self.reload()

    # Filters ----------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fill the filter lists from the log and show its newest entries."""
        for combo, items in (
            (self.who, [(name, name) for name in self.service.actors()]),
            (self.action, sorted(((action_text(a), a) for a in self.service.actions()), key=lambda p: p[0])),
            (self.entity, [(label, label) for label in va.ENTITY_GROUPS]),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(va.ALL, None)
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
        self.apply()

    def current_filter(self) -> AuditFilter | None:
        """The filter as typed; None (and a message under the dates) when a date is not a real dd/mm/yyyy."""
        try:
            start, end = self.date_from.date_value(), self.date_to.date_value()
        except ValueError:
            self._date_problem(va.DATE_INVALID)
            return None
        if start and end and start > end:
            self._date_problem(va.RANGE_INVALID)
            return None
        self.date_error.hide()
        group = self.entity.currentData()
        return AuditFilter(
            date_from=start,
            date_to=end,
            actor=self.who.currentData(),
            action=self.action.currentData(),
            entities=tuple(va.ENTITY_GROUPS.get(group, ())) if group else (),
            term=self.term.text().strip() or None,
        )

    def _date_problem(self, text: str) -> None:
        self.date_error.setText(text)
        self.date_error.show()

    def apply(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        self.table.setRowCount(0)
        self.shown = 0
        self._show(self.service.page(flt, 0, PAGE), flt)

    def load_more(self) -> None:
        flt = self.current_filter()
        if flt is not None:
            self._show(self.service.page(flt, self.shown, PAGE), flt)

    def _show(self, page: AuditPage, flt: AuditFilter) -> None:
        del flt
        start = self.table.rowCount()
        self.table.setRowCount(start + len(page.entries))
        for offset, entry in enumerate(page.entries):
            for column, text in enumerate(cells(entry)):
                shown = text.replace("\n", "; ") if column == len(va.COLUMNS) - 1 else text
                item = QTableWidgetItem(shown)
                item.setToolTip(text)
                self.table.setItem(start + offset, column, item)
        self.shown = start + len(page.entries)
        if page.total == 0:
            self.count.setText(va.EMPTY)
        elif self.shown >= page.total:
            self.count.setText(va.SHOWN_ALL.format(total=page.total))
        else:
            self.count.setText(va.SHOWN.format(shown=self.shown, total=page.total))
        self.more.setVisible(self.shown < page.total)

    def row_texts(self, row: int) -> list[str]:
        """One row as shown (for tests and screen readers)."""
        items = (self.table.item(row, c) for c in range(self.table.columnCount()))
        return [item.text() if item is not None else "" for item in items]

    # Check and export -------------------------------------------------------------------------------------------
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._say(va.VERIFYING, None)
        self.tasks.op(self.service.verify).success(self._verified).failure(self._failed).run()

    def _verified(self, result: AuditCheck) -> None:
        self.verify_button.setEnabled(True)
        self._say(check_text(result), result.ok)
        self.apply()  # the check is itself an entry

    def ask_and_export(self) -> None:
        path = save_file(self, Kind.AUDIT, va.EXPORT_TITLE, va.EXPORT_NAME, va.EXPORT_FILTER)
        if path:
            self.export_to(path if path.suffix.lower() in (".xlsx", ".csv") else path.with_suffix(".xlsx"))

    def export_to(self, path: Path) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        ctx = self.ctx
        self.export_button.setEnabled(False)
        self._say(va.EXPORTING, None)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self._say(va.EXPORTED.format(count=count, name=path.name), True)
            self.apply()

        self.tasks.op(lambda: export_audit_log(ctx, path, flt)).success(done).failure(self._failed).run()

    def _failed(self, exc: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self._say(desk_error_text(exc), False)

    def _say(self, text: str, ok: bool | None) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("" if ok is None else _OK_STYLE if ok else _BAD_STYLE)
        self.result.show()
