"""The Sổ tiếp công dân as a table model: the ordered ids in memory, rows fetched in batches when painted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from desk_app.domain.enums import VisitStatus
from desk_app.i18n import labels
from desk_app.i18n import vi_screens as vs
from desk_app.i18n.formatting import fmt_date
from desk_app.services.visits.register import RegisterRow, SortKey
from desk_app.ui.models.id_list_model import IdListModel, Index

FetchRows = Callable[[Sequence[int]], list[RegisterRow]]

VOIDED_COLOR = QColor("#9e9e9e")
REFUSED_COLOR = QColor("#8d6e63")
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _date(row: RegisterRow) -> str:
    return fmt_date(row.date)


def _category(row: RegisterRow) -> str:
    return labels.CATEGORY[row.category] if row.category else ""


def _accepted(row: RegisterRow) -> str:
    return vs.CHECK_MARK if row.within_competence else ""


def _remarks(row: RegisterRow) -> str:
    if row.is_voided:
        return " ".join(x for x in (vs.VOIDED_MARK, row.remarks) if x)
    return row.remarks


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    header: tuple[str, str]
    text: Callable[[RegisterRow], str]
    width: int
    sort_key: SortKey | None = None
    align: Qt.AlignmentFlag = _LEFT
    strike_when_voided: bool = True


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(vs.COL_BOOK_NO, lambda r: str(r.book_no), 56, SortKey.BOOK, _CENTER),
    ColumnSpec(vs.COL_DATE, _date, 92, SortKey.DATE, _CENTER),
    ColumnSpec(vs.COL_NAME_ADDRESS, lambda r: r.name_address, 250, SortKey.NAME),
    ColumnSpec(vs.COL_ID_DOCUMENT, lambda r: r.id_document, 120),
    ColumnSpec(vs.COL_SUMMARY, lambda r: r.summary, 280),
    ColumnSpec(
        vs.COL_CATEGORY, lambda r: labels.CATEGORY[r.category] if r.category else "", 150, SortKey.CATEGORY
    ),
    ColumnSpec(vs.COL_GROUP_SIZE, lambda r: str(r.group_size), 72, SortKey.GROUP_SIZE, _CENTER),
    ColumnSpec(vs.COL_PRIOR, lambda r: r.prior_handling, 170),
    ColumnSpec(
        vs.COL_ACCEPTED, lambda r: vs.CHECK_MARK if r.within_competence else "", 60, SortKey.HANDLING, _CENTER
    ),
    ColumnSpec(vs.COL_GUIDANCE, lambda r: r.guidance, 190, SortKey.HANDLING),
    ColumnSpec(vs.COL_TRANSFER, lambda r: r.transfer, 170, SortKey.HANDLING),
    ColumnSpec(vs.COL_FOLLOW_UP, lambda r: r.follow_up, 170),
    ColumnSpec(vs.COL_REMARKS, _remarks, 170, None, _LEFT, False),
    ColumnSpec(vs.COL_KIND, lambda r: labels.RECEPTION_KIND[r.kind], 100),
    ColumnSpec(vs.COL_ORDER, lambda r: labels.VISIT_ORDER[r.visit_order], 90, None, _CENTER),
    ColumnSpec(vs.COL_CASE, lambda r: r.case_code, 110),
)
# The three "Hướng xử lý" columns all sort by the handling; the indicator goes on the first of them.
COLUMN_OF_SORT: dict[SortKey, int] = {}
for _i, _spec in enumerate(COLUMNS):
    if _spec.sort_key is not None:
        COLUMN_OF_SORT.setdefault(_spec.sort_key, _i)


class VisitTableModel(IdListModel[RegisterRow]):
    """The ids of a search in their SQL order, rows fetched in batches (see IdListModel)."""

    columns = COLUMNS

    def __init__(
        self,
        fetch: FetchRows,
        parent: QObject | None = None,
        *,
        batch_size: int = 200,
        cache_limit: int = 4000,
    ) -> None:
        super().__init__(fetch, parent, batch_size=batch_size, cache_limit=cache_limit)
        self._strike = QFont()
        self._strike.setStrikeOut(True)

    def visit_id(self, row: int) -> int | None:
        return self.id_at(row)

    # Qt interface --------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.visit_id(index.row())
        if role not in _ROLES:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        spec = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(spec.align)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_voided:
                return VOIDED_COLOR
            return REFUSED_COLOR if row.status is VisitStatus.TU_CHOI else None
        if role == Qt.ItemDataRole.FontRole:
            return self._strike if row.is_voided and spec.strike_when_voided else None
        return self._tooltip(row, spec)

    @staticmethod
    def _tooltip(row: RegisterRow, spec: ColumnSpec) -> str | None:
        text = spec.text(row)
        prefix = (
            vs.VOIDED_TOOLTIP
            if row.is_voided
            else vs.REFUSED_TOOLTIP
            if row.status is VisitStatus.TU_CHOI
            else ""
        )
        # Every cell says its whole text on hover: a narrow column may cut even a short one ("Qua tiếp công …").
        parts = [x for x in (prefix, text) if x]
        return "\n".join(parts) or None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
