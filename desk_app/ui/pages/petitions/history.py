"""A petition's proposals as lines, its change history in a dialog, and wrapped rows for its tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_screens as vs
from desk_app.services.audit import ChangeEntry
from desk_app.services.petitions.detail import DecisionInfo
from desk_app.ui.visit_history import local_time_text, time_column_width, value_text

_LABELS: dict[str, Any] = {
    "status": enum_labels.PETITION_STATUS,
    "category": enum_labels.CATEGORY,
    "handling": enum_labels.HANDLING,
    "proposal": enum_labels.HANDLING,
    "event": vpp.FOLLOW_UP_TYPES,
}


def _at(value: Any) -> str:
    return local_time_text(value) if value is not None else ""


def decision_lines(d: DecisionInfo) -> list[str]:
    target = vpp.DECISION_TARGET.format(body=d.target_body) if d.target_body else ""
    lines = [
        vpp.DECISION_LINE.format(
            at=_at(d.proposed_at), who=d.proposed_by, handling=enum_labels.HANDLING[d.handling], target=target
        )
    ]
    opinion = vpp.DECISION_OPINION.format(text=d.leader_opinion) if d.leader_opinion else ""
    if d.outcome is None:
        lines.append(vpp.DECISION_PENDING)
    else:
        lines.append(_outcome_line(d, opinion))
    return lines


def _outcome_line(d: DecisionInfo, opinion: str) -> str:
    """Who and when in brackets, leaving out what is not known (imported history has no approver)."""
    approved = d.outcome == "DUYET"
    at = _at(d.decided_at)
    if d.decided_by and at:
        template = vpp.DECISION_APPROVED if approved else vpp.DECISION_RETURNED
        return template.format(who=d.decided_by, at=at, opinion=opinion)
    if d.decided_by or at:
        template = vpp.DECISION_APPROVED_ONE if approved else vpp.DECISION_RETURNED_ONE
        return template.format(one=d.decided_by or at, opinion=opinion)
    template = vpp.DECISION_APPROVED_BARE if approved else vpp.DECISION_RETURNED_BARE
    return template.format(opinion=opinion)


def history_line(field: str, old: Any, new: Any, created: bool) -> str:
    label = vpp.HISTORY_FIELDS.get(field, vs.FIELD_LABELS.get(field, field))

    def text(value: Any) -> str:
        labels = _LABELS.get(field)
        if labels is not None and value in labels:
            return str(labels[value])
        return value_text(field, value)

    return f"{label}: {text(new)}" if created else f"{label}: {text(old)} → {text(new)}"


class PetitionHistoryDialog(QDialog):
    def __init__(self, entries: list[ChangeEntry], label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(vpp.HISTORY_TITLE.format(label=label))
        self.resize(820, 420)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels(list(vs.HISTORY_COLUMNS))
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((time_column_width(self.tree), 170, 140)):
            self.tree.setColumnWidth(column, width)
        for entry in entries:
            reason = vs.HISTORY_REASON.format(reason=entry.reason) if entry.reason else ""
            item = QTreeWidgetItem(
                [
                    local_time_text(entry.at),
                    entry.actor,
                    vpp.HISTORY_ACTIONS.get(entry.action, entry.action),
                    reason,
                ]
            )
            self.tree.addTopLevelItem(item)
            for field, (old, new) in entry.changes.items():
                child = QTreeWidgetItem([history_line(field, old, new, entry.action == "create")])
                item.addChild(child)
                child.setFirstColumnSpanned(True)
            item.setExpanded(True)
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(QLabel(vs.HISTORY_EMPTY))
        layout.addWidget(self.tree)
        close = QPushButton(vpp.CLOSE)
        close.clicked.connect(self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def action_texts(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width (a tree view elides it otherwise)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_a: tree.doItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        spanned = self._tree.isFirstColumnSpanned(index.row(), index.parent())
        # A spanned row (an empty list's sentence) wraps at the whole row's width, not its first column's.
        room = self._tree.viewport().width() if spanned else self._tree.header().sectionSize(index.column())
        width = max(20, room - 10)
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(  # type: ignore[attr-defined]
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(base.width(), max(base.height(), bounds.height() + 10))
