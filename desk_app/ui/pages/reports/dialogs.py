"""Dialogs of the Báo cáo page: the records behind one number, and the reason for unlocking a report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_reports_page as vr
from desk_app.i18n.formatting import fmt_date
from desk_app.services.reports.types import ColumnSpec, DrillKind
from desk_app.ui.dialogs import localize_buttons


class DrillRowLike(Protocol):
    """ReportService.drill_rows gives these (services.reports.DrillRow)."""

    @property
    def kind(self) -> DrillKind: ...
    @property
    def id(self) -> int: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def label(self) -> str: ...
    @property
    def text(self) -> str: ...


class DrillDialog(QDialog):
    """The list of visits, petitions, cases or sessions behind one number, with the count to compare."""

    def __init__(
        self,
        column: ColumnSpec,
        value: int,
        kind: DrillKind,
        rows: Sequence[DrillRowLike],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(vr.DRILL_TITLE.format(number=column.number))
        self.resize(860, 480)
        heading = QLabel(
            vr.DRILL_HEADING.format(number=column.number, heading=vr.HEADING_JOIN.join(column.headings))
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        count_text = vr.DRILL_COUNT.format(value=value, count=len(rows))
        if column.headings and "người" in column.headings[-1].lower() and kind is DrillKind.VISIT:
            count_text += vr.DRILL_PERSONS
        self.count_label = QLabel(
            count_text + " " + vr.DRILL_KIND_LINE.format(kind=vr.DRILL_KIND[kind.value])
        )
        self.count_label.setWordWrap(True)
        self.table = QTableWidget(len(rows), len(vr.DRILL_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(vr.DRILL_COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for index, row in enumerate(rows):
            cells = (str(index + 1), fmt_date(row.date), row.label, row.text)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col < 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, col, item)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.empty = QLabel(vr.DRILL_EMPTY)
        self.empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localize_buttons(buttons)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)


class ReasonDialog(QDialog):
    """One line of reason (for unlocking); OK stays disabled while it is blank."""

    def __init__(self, prompt: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(vr.UNLOCK_TITLE)
        self.setMinimumWidth(480)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.edit = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localize_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.edit.text().strip()
