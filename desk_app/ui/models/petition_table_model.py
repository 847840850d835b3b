"""The petition register as a table model: ids in memory, rows fetched in batches, rows coloured by due state."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desk_app.domain.enums import DeadlineStatus
from desk_app.i18n import labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n.formatting import fmt_date
from desk_app.services.petitions.register import PetitionRow, SortKey
from desk_app.ui.models.id_list_model import IdListModel, Index

FetchRows = Callable[[Sequence[int]], list[PetitionRow]]

OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_TEXT = QColor("#9b1c14")
SOON_BACKGROUND = QColor("#fff4e0")
SOON_TEXT = QColor("#7a4a00")
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _summary(row: PetitionRow) -> str:
    return f"{vpp.DUPLICATE_MARK} {row.summary}" if row.duplicate_of_id else row.summary


@dataclass(frozen=True, slots=True)
class PetitionColumn:
    header: tuple[str, str]
    text: Callable[[PetitionRow], str]
    width: int
    align: Qt.AlignmentFlag = _LEFT
    sort_key: SortKey | None = None


COLUMNS: tuple[PetitionColumn, ...] = (
    PetitionColumn(vpp.COL_NO, lambda r: r.label, 70, _CENTER, SortKey.BOOK),
    PetitionColumn(vpp.COL_RECEIVED, lambda r: fmt_date(r.received_date), 88, _CENTER, SortKey.RECEIVED),
    PetitionColumn(vpp.COL_SOURCE, lambda r: labels.PETITION_SOURCE[r.source], 120),
    PetitionColumn(vpp.COL_SENDER, lambda r: r.sender, 170, _LEFT, SortKey.SENDER),
    PetitionColumn(vpp.COL_SUMMARY, _summary, 200),
    PetitionColumn(vpp.COL_CATEGORY, lambda r: labels.CATEGORY[r.category], 100, _LEFT, SortKey.CATEGORY),
    PetitionColumn(vpp.COL_STATUS, lambda r: labels.PETITION_STATUS[r.status], 130, _LEFT, SortKey.STATUS),
    PetitionColumn(vpp.COL_HANDLING, lambda r: labels.HANDLING[r.handling] if r.handling else "", 120),
    PetitionColumn(vpp.COL_DUE, lambda r: fmt_date(r.next_due), 96, _CENTER, SortKey.DUE),
)
COLUMN_OF_SORT: dict[SortKey, int] = {c.sort_key: i for i, c in enumerate(COLUMNS) if c.sort_key is not None}

SUMMARY_COLUMN = 4
"""The column that takes the width left over."""

DUE_COLOURS: dict[DeadlineStatus, tuple[QColor, QColor]] = {
    DeadlineStatus.QUA_HAN: (OVERDUE_BACKGROUND, OVERDUE_TEXT),
    DeadlineStatus.SAP_HET_HAN: (SOON_BACKGROUND, SOON_TEXT),
}


class PetitionTableModel(IdListModel[PetitionRow]):
    """The ids of a search in their SQL order, rows fetched in batches (see IdListModel)."""

    columns = COLUMNS

    def petition_id(self, row: int) -> int | None:
        return self.id_at(row)

    # Qt interface --------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.petition_id(index.row())
        if role not in _ROLES:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        spec = COLUMNS[index.column()]
        colours = DUE_COLOURS.get(row.due_state)
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(spec.align)
        if role == Qt.ItemDataRole.BackgroundRole:
            return colours[0] if colours else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return colours[1] if colours else None
        return self._tooltip(row, spec)

    @staticmethod
    def _tooltip(row: PetitionRow, spec: PetitionColumn) -> str | None:
        due = fmt_date(row.next_due)
        state = (
            vpp.OVERDUE_TIP.format(date=due)
            if row.due_state is DeadlineStatus.QUA_HAN
            else vpp.SOON_TIP.format(date=due)
            if row.due_state is DeadlineStatus.SAP_HET_HAN
            else ""
        )
        text = spec.text(row)
        # Every cell says its whole text on hover: a narrow column may cut even a short one ("Qua tiếp công …").
        parts = [x for x in (state, text) if x]
        return "\n".join(parts) or None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
