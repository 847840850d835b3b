"""The small read-only tables of the Công dân & vụ việc page, each with a sentence in its place when it is empty."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain.enums import CaseStatus, Category, PetitionStatus, VisitStatus
from desk_app.i18n import labels, vi_results
from desk_app.i18n import vi_citizens as vcit
from desk_app.i18n.formatting import fmt_date
from desk_app.i18n.labels import PETITION_SOURCE, PETITION_STATUS
from desk_app.services.citizens.overview_types import CaseEntry, CaseLine, PetitionLine, VisitLine

Cell = tuple[str, str]
"""(text, tooltip): a cell whose text may be elided keeps the whole text in its tooltip."""

CONFIDENTIAL_COLOR = QColor("#8a1f11")


class RecordTable(QTableWidget):
    """Rows of text, one selected at a time; `stretch` takes the width left over, the other columns fit their text."""

    escaped = Signal()

    def __init__(self, headers: Sequence[str], stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.75))
        header = self.horizontalHeader()
        header.setMinimumHeight(int(header.fontMetrics().height() * 2.0))
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.ids: list[int] = []

    def fill(self, rows: Sequence[tuple[int, Sequence[Cell], bool]]) -> None:
        """(id, cells, confidential) per row; a confidential row is written in dark red."""
        self.setRowCount(0)
        self.ids = [row_id for row_id, _cells, _conf in rows]
        self.setRowCount(len(rows))
        for r, (_row_id, cells, confidential) in enumerate(rows):
            for c, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                if confidential:
                    item.setForeground(CONFIDENTIAL_COLOR)
                self.setItem(r, c, item)

    def current_id(self) -> int | None:
        row = self.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class EmptyOr(QStackedWidget):
    """A table, or in its place a sentence saying why there is nothing to show."""

    def __init__(self, table: QTableWidget, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("color: #555555; padding: 10px;")
        self.addWidget(self.empty)
        self.addWidget(table)

    def show_rows(self, count: int, empty_text: str | None = None) -> None:
        if empty_text is not None:
            self.empty.setText(empty_text)
        self.setCurrentWidget(self.table if count else self.empty)


# Cells ---------------------------------------------------------------------------------------------------
def _category(value: Category | None) -> str:
    return labels.CATEGORY[value] if value else ""


def _case_status(value: CaseStatus) -> str:
    return labels.CASE_STATUS[value]


def visit_cells(v: VisitLine) -> list[Cell]:
    summary = v.summary + (vcit.AS_REPRESENTATIVE if v.as_representative else "")
    return [
        (fmt_date(v.date), ""),
        (v.label, ""),
        (labels.RECEPTION_KIND[v.kind], ""),
        (_category(v.category), ""),
        (summary, summary),
        (labels.HANDLING[v.handling] if v.handling else "", ""),
        (_visit_status(v.status), ""),
        (v.case_code, ""),
    ]


def _visit_status(value: VisitStatus) -> str:
    return labels.VISIT_STATUS[value]


def petition_cells(p: PetitionLine) -> list[Cell]:
    summary = p.summary + (vcit.AS_COSIGNER if p.as_cosigner else "")
    return [
        (fmt_date(p.received_date), ""),
        (p.label, ""),
        (PETITION_SOURCE[p.source], ""),
        (_category(p.category), ""),
        (summary, summary),
        (_petition_status(p.status), ""),
        (p.case_code, ""),
    ]


def _petition_status(value: PetitionStatus) -> str:
    return PETITION_STATUS[value]


def case_cells(c: CaseLine) -> list[Cell]:
    return [
        (c.code, ""),
        (_category(c.category), ""),
        (labels.SUBJECT_FIELD[c.field] if c.field else "", ""),
        (c.title, c.title),
        (_case_status(c.status), ""),
        (vi_results.RESULT[c.result] if c.result else "", ""),
        (fmt_date(c.first_seen_date), ""),
        (str(c.visit_count), ""),
        (str(c.petition_count), ""),
    ]


def entry_cells(e: CaseEntry) -> list[Cell]:
    if e.visit is not None:
        v = e.visit
        return [
            (fmt_date(e.on), ""),
            (vcit.ENTRY_VISIT, ""),
            (v.label, ""),
            (_category(v.category), ""),
            (v.summary, v.summary),
            (_visit_status(v.status), ""),
        ]
    assert e.petition is not None
    p = e.petition
    return [
        (fmt_date(e.on), ""),
        (vcit.ENTRY_PETITION, ""),
        (p.label, ""),
        (_category(p.category), ""),
        (p.summary, p.summary),
        (_petition_status(p.status), ""),
    ]
