"""Lịch sử thay đổi of a visit: who changed what and when, each field old → new, with the reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_screens as vs
from desk_app.i18n.formatting import fmt_date
from desk_app.services.audit import ChangeEntry
from desk_app.services.registry import Services

_ENUM_LABELS: Mapping[str, Mapping[Any, str]] = {
    "kind": enum_labels.RECEPTION_KIND,
    "mode": enum_labels.RECEPTION_MODE,
    "category": enum_labels.CATEGORY,
    "field": enum_labels.SUBJECT_FIELD,
    "prior_decision_level": enum_labels.PRIOR_DECISION_LEVEL,
    "handling": enum_labels.HANDLING,
    "refusal_reason": enum_labels.REFUSAL_REASON,
    "citizen_signed": enum_labels.SIGNATURE_KIND,
    "status": enum_labels.VISIT_STATUS,
}
_MAX_SHOWN = 120


def local_time_text(at: dt.datetime) -> str:
    """dd/mm/yyyy HH:mm in the computer's local time (the log stores UTC)."""
    local = at.astimezone() if at.tzinfo else at
    return vs.HISTORY_DATETIME.format(
        day=local.day, month=local.month, year=local.year, hour=local.hour, minute=local.minute
    )


def time_column_width(tree: QTreeWidget) -> int:
    """Room for "dd/mm/yyyy HH:mm" after the expand arrow, so the time is never cut to "05/12/2026 …"."""
    sample = vs.HISTORY_DATETIME.format(day=28, month=12, year=2026, hour=23, minute=59)
    return tree.fontMetrics().horizontalAdvance(sample) + tree.indentation() + 24


def value_text(field: str, value: Any) -> str:
    """A logged value as the officer reads it: labels for codes, dd/mm/yyyy dates, Có/Không."""
    if value is None or value == "":
        return vs.EMPTY_VALUE
    if isinstance(value, bool):
        return vs.YES if value else vs.NO
    labels = _ENUM_LABELS.get(field)
    if labels is not None:
        return labels.get(value, str(value))
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            day = None
        if day is not None:
            return fmt_date(day)
        if field == "time" and len(value) >= 5:
            return value[:5]
    return str(value)


def _short(text: str) -> str:
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def change_lines(entry: ChangeEntry) -> list[str]:
    """One line per changed field: "Nhãn: cũ → mới" (a creation lists only the values given)."""
    lines: list[str] = []
    for field, (old, new) in entry.changes.items():
        label = vs.FIELD_LABELS.get(field, field)
        if entry.action == "create":
            if new is None or new == "":
                continue
            lines.append(f"{label}: {_short(value_text(field, new))}")
        else:
            lines.append(f"{label}: {_short(value_text(field, old))} → {_short(value_text(field, new))}")
    return lines


class VisitHistoryDialog(QDialog):
    def __init__(self, services: Services, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        detail = services.intake.get(visit_id)
        self.setWindowTitle(vs.HISTORY_TITLE.format(book_no=detail.book_no, year=detail.book_year))
        self.resize(860, 460)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels(list(vs.HISTORY_COLUMNS))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((time_column_width(self.tree), 170, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(column, width)
        entries = services.intake.history(visit_id)
        for entry in entries:
            self._add(entry)
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(QLabel(vs.HISTORY_EMPTY))
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox()
        close = buttons.addButton(vs.CLOSE, QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("historyClose")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, entry: ChangeEntry) -> None:
        lines = change_lines(entry)
        summary = vs.HISTORY_REASON.format(reason=entry.reason) if entry.reason else ""
        if not summary and lines:
            summary = vs.HISTORY_FIELD_COUNT.format(count=len(lines))
        item = QTreeWidgetItem(
            [local_time_text(entry.at), entry.actor, vs.ACTIONS.get(entry.action, entry.action), summary]
        )
        item.setToolTip(3, summary)
        self.tree.addTopLevelItem(item)
        for line in lines:
            child = QTreeWidgetItem([line])
            child.setToolTip(0, line)
            item.addChild(child)
            child.setFirstColumnSpanned(True)
        item.setExpanded(entry.action != "create")

    def action_texts(self) -> list[str]:
        """The Thao tác column, top to bottom (for tests and screen readers)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]
