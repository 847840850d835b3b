"""A register as a table model: the ordered ids of a search in memory, rows fetched in batches when painted."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk_app.i18n import vi_screens as vs

Index = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int: ...


class HeaderSpec(Protocol):
    """A column's (title, tooltip) and whether clicking it sorts."""

    @property
    def header(self) -> tuple[str, str]: ...

    @property
    def sort_key(self) -> object | None: ...


RowT = TypeVar("RowT", bound=HasId)


class IdListModel(QAbstractTableModel, Generic[RowT]):
    """Holds the ids of a search in their SQL order; asks `fetch` for ~`batch_size` rows at a time and keeps at
    most `cache_limit` of them, so a million-line register costs a list of ints, not a million rows.
    Subclasses set `columns` and answer `data`."""

    columns: ClassVar[Sequence[HeaderSpec]] = ()

    def __init__(
        self,
        fetch: Callable[[Sequence[int]], list[RowT]],
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
        self._cache: OrderedDict[int, RowT] = OrderedDict()

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show a new result; cached rows are dropped (they may have changed since)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> RowT | None:
        """The row at a position, fetching its batch if it is not cached yet."""
        if not 0 <= row < len(self._ids):
            return None
        record_id = self._ids[row]
        found = self._cache.get(record_id)
        if found is not None:
            self._cache.move_to_end(record_id)
            return found
        start = row - row % self._batch
        missing = [i for i in self._ids[start : start + self._batch] if i not in self._cache]
        for fetched in self._fetch(missing):
            self._cache[fetched.id] = fetched
        while len(self._cache) > self._limit:
            self._cache.popitem(last=False)
        return self._cache.get(record_id)

    def cached_count(self) -> int:
        return len(self._cache)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        spec = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.header[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.header[1] if spec.sort_key else f"{spec.header[1]}\n{vs.NOT_SORTABLE}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
