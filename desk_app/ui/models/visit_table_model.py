"""The Sổ tiếp công dân as a table model: the ordered ids in memory, rows fetched in batches when painted."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desk_app.domain.enums import VisitStatus
from desk_app.i18n import vi
from desk_app.i18n import vi_screens as vs
from desk_app.services.register import RegisterRow, SortKey

Index = QModelIndex | QPersistentModelIndex
FetchRows = Callable[[Sequence[int]], list[RegisterRow]]

VOIDED_COLOR = QColor("#9e9e9e")
REFUSED_COLOR = QColor("#8d6e63")
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _date(row: RegisterRow) -> str:
    return vi.date_vn(row.date.day, row.date.month, row.date.year)


def _category(row: RegisterRow) -> str:
    return vi.CATEGORY[row.category] if row.category else ""


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
        vs.COL_CATEGORY, lambda r: vi.CATEGORY[r.category] if r.category else "", 150, SortKey.CATEGORY
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
    ColumnSpec(vs.COL_KIND, lambda r: vi.RECEPTION_KIND[r.kind], 100),
    ColumnSpec(vs.COL_ORDER, lambda r: vi.VISIT_ORDER[r.visit_order], 90, None, _CENTER),
    ColumnSpec(vs.COL_CASE, lambda r: r.case_code, 110),
)
# The three "Hướng xử lý" columns all sort by the handling; the indicator goes on the first of them.
COLUMN_OF_SORT: dict[SortKey, int] = {}
for _i, _spec in enumerate(COLUMNS):
    if _spec.sort_key is not None:
        COLUMN_OF_SORT.setdefault(_spec.sort_key, _i)


class VisitTableModel(QAbstractTableModel):
    """Holds the ids of a search in their SQL order; asks `fetch` for ~`batch_size` rows at a time."""

    def __init__(
        self,
        fetch: FetchRows,
        parent: QObject | None = None,
        *,
        batch_size: int = 200,
        cache_limit: int = 4000,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._batch = batch_size
        self._limit = max(cache_limit, batch_size)
        self._ids: list[int] = []
        self._cache: OrderedDict[int, RegisterRow] = OrderedDict()
        self._strike = QFont()
        self._strike.setStrikeOut(True)

    # Content -------------------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show a new result; cached rows are dropped (they may have changed since)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def visit_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, visit_id: int) -> int | None:
        try:
            return self._ids.index(visit_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> RegisterRow | None:
        """The register row at a position, fetching its batch if it is not cached yet."""
        if not 0 <= row < len(self._ids):
            return None
        visit_id = self._ids[row]
        found = self._cache.get(visit_id)
        if found is not None:
            self._cache.move_to_end(visit_id)
            return found
        start = row - row % self._batch
        missing = [i for i in self._ids[start : start + self._batch] if i not in self._cache]
        for fetched in self._fetch(missing):
            self._cache[fetched.id] = fetched
        while len(self._cache) > self._limit:
            self._cache.popitem(last=False)
        return self._cache.get(visit_id)

    def cached_count(self) -> int:
        return len(self._cache)

    # Qt interface --------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

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
        parts = [x for x in (prefix, text if len(text) > 20 else "") if x]
        return "\n".join(parts) or None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        spec = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.header[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.header[1] if spec.sort_key else f"{spec.header[1]}\n{vs.NOT_SORTABLE}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
