"""A settings tab that lists records on the left and edits one in a form on the right."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_screens as vs
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.fields import HEADING_STYLE, LIST_STYLE, ErrorLabel, with_error

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class _Record(Protocol):
    @property
    def id(self) -> int | None: ...


T = TypeVar("T", bound=_Record)


class ListFormTab(QWidget, Generic[T]):
    """Staff and places share this: pick in the list or start new, edit, save, the list follows.

    Subclasses give the texts, the form's other fields, and how a record is listed, filled, read back
    and stored. The name field is the one required field; its errors show under it.
    """

    list_title: str
    form_new: str
    form_edit: str
    saved_text: str
    new_text: str
    name_label: str

    def __init__(
        self, services: Services, prefix: str, name_edit: QLineEdit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._editing: T | None = None
        self._records: dict[int, T] = {}
        self._name_edit = name_edit
        self.list = QListWidget()
        self.list.setObjectName(f"{prefix}List")
        self.list.setStyleSheet(LIST_STYLE)
        # A long name and position wraps instead of running past the list's right edge (125 % scaling).
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.heading = QLabel()
        self.heading.setObjectName(f"{prefix}FormHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.new_button = QPushButton(self.new_text)
        self.new_button.setObjectName(f"{prefix}New")
        self.name_error = ErrorLabel()
        self.name_error.setObjectName(f"{prefix}NameError")
        self.status = QLabel()
        self.status.setObjectName(f"{prefix}Status")
        self.save_button = QPushButton(vs.SAVE)
        self.save_button.setObjectName(f"{prefix}Save")

    def _finish_setup(self) -> None:
        """Lay out and wire; called by the subclass once its own fields exist."""
        left = QVBoxLayout()
        left.addWidget(QLabel(self.list_title))
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        form = QFormLayout()
        form.addRow(f"{self.name_label} *", with_error(self._name_edit, self.name_error))
        self._add_fields(form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form)
        right.addSpacing(8)
        right.addLayout(save_row)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addSpacing(16)
        layout.addLayout(right, 3)
        self.list.currentItemChanged.connect(lambda item, _prev: self._load(item))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self._name_edit.textChanged.connect(lambda _t: self.name_error.clear_error())
        self.reload()
        self.start_new()

    # What a subclass provides ----------------------------------------------------------------------------
    def _add_fields(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def _fetch(self) -> list[T]:
        raise NotImplementedError

    def _item(self, record: T) -> QListWidgetItem:
        raise NotImplementedError

    def _fill(self, record: T) -> None:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    def value(self) -> T:
        raise NotImplementedError

    def _store(self, record: T) -> T:
        raise NotImplementedError

    def _name_of(self, record: T) -> str:
        raise NotImplementedError

    # Shared behaviour ------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._records = {r.id: r for r in self._fetch() if r.id is not None}
        for record in self._records.values():
            item = self._item(record)
            item.setData(_ID_ROLE, record.id)
            self.list.addItem(item)
            if record.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _load(self, item: QListWidgetItem | None) -> None:
        record = self._records.get(item.data(_ID_ROLE)) if item is not None else None
        if record is None:
            return
        self._editing = record
        self._fill(record)
        self.name_error.clear_error()
        self.status.clear()
        self.heading.setText(self.form_edit.format(name=self._name_of(record)))

    def start_new(self) -> None:
        self._editing = None
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._name_edit.clear()
        self._clear()
        self.name_error.clear_error()
        self.status.clear()
        self.heading.setText(self.form_new)
        self._name_edit.setFocus()

    def save(self) -> T | None:
        try:
            saved = self._store(self.value())
        except ValidationError as exc:
            for error in exc.errors:
                self.name_error.show_error(i18n_errors.message(error.key))
            self._name_edit.setFocus()
            return None
        except DeskError as exc:
            self.name_error.show_error(i18n_errors.message(str(getattr(exc, "key", ""))))
            return None
        self._editing = saved
        self.reload(select_id=saved.id)
        name = self._name_of(saved)
        self.heading.setText(self.form_edit.format(name=name))
        self.status.setText(self.saved_text.format(name=name))
        return saved
