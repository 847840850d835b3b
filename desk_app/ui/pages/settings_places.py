"""The Nơi tiếp công dân tab: the reception places and a form to add or edit one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import vi
from desk_app.i18n import vi_screens as vs
from desk_app.services.office import PlaceInfo
from desk_app.services.registry import Services
from desk_app.ui.pages.settings_fields import HEADING_STYLE, LIST_STYLE, ErrorLabel, with_error

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def place_label(info: PlaceInfo) -> str:
    text = f"{info.name} — {info.address}" if info.address else info.name
    return f"{text} {vs.PLACE_DEFAULT_MARK}" if info.is_default else text


class PlacesTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._editing: PlaceInfo | None = None
        self._places: dict[int, PlaceInfo] = {}
        self.list = QListWidget()
        self.list.setObjectName("placeList")
        self.list.setStyleSheet(LIST_STYLE)
        self.heading = QLabel()
        self.heading.setObjectName("placeFormHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.new_button = QPushButton(vs.PLACE_NEW)
        self.new_button.setObjectName("placeNew")
        self.name = QLineEdit()
        self.name.setObjectName("placeName")
        self.address = QLineEdit()
        self.address.setObjectName("placeAddress")
        self.is_default = QCheckBox(vs.PLACE_DEFAULT)
        self.is_default.setObjectName("placeDefault")
        self.online = QCheckBox(vs.PLACE_ONLINE)
        self.online.setObjectName("placeOnline")
        self.name_error = ErrorLabel()
        self.name_error.setObjectName("placeNameError")
        self.status = QLabel()
        self.status.setObjectName("placeStatus")
        self.save_button = QPushButton(vs.SAVE)
        self.save_button.setObjectName("placeSave")
        self._build()
        self.list.currentItemChanged.connect(lambda item, _prev: self._load(item))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.name.textChanged.connect(lambda _t: self.name_error.clear_error())
        self.reload()
        self.start_new()

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(vs.PLACE_LIST))
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        form = QFormLayout()
        form.addRow(f"{vs.PLACE_NAME} *", with_error(self.name, self.name_error))
        form.addRow(vs.PLACE_ADDRESS, self.address)
        form.addRow("", self.is_default)
        form.addRow("", self.online)
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

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._places = {p.id: p for p in self._services.office.list_places() if p.id is not None}
        for info in self._places.values():
            item = QListWidgetItem(place_label(info))
            item.setData(_ID_ROLE, info.id)
            self.list.addItem(item)
            if info.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _load(self, item: QListWidgetItem | None) -> None:
        info = self._places.get(item.data(_ID_ROLE)) if item is not None else None
        if info is None:
            return
        self._editing = info
        self.name.setText(info.name)
        self.address.setText(info.address or "")
        self.is_default.setChecked(info.is_default)
        self.online.setChecked(info.supports_online)
        self.name_error.clear_error()
        self.status.clear()
        self.heading.setText(vs.PLACE_FORM_EDIT.format(name=info.name))

    def start_new(self) -> None:
        self._editing = None
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.name.clear()
        self.address.clear()
        self.is_default.setChecked(not self._places)
        self.online.setChecked(False)
        self.name_error.clear_error()
        self.status.clear()
        self.heading.setText(vs.PLACE_FORM_NEW)
        self.name.setFocus()

    def value(self) -> PlaceInfo:
        return PlaceInfo(
            id=self._editing.id if self._editing else None,
            name=self.name.text(),
            address=self.address.text().strip() or None,
            is_default=self.is_default.isChecked(),
            supports_online=self.online.isChecked(),
            active=self._editing.active if self._editing else True,
        )

    def save(self) -> PlaceInfo | None:
        try:
            saved = self._services.office.save_place(self.value())
        except ValidationError as exc:
            for error in exc.errors:
                self.name_error.show_error(vi.error_text(error.key))
            self.name.setFocus()
            return None
        except DeskError as exc:
            self.name_error.show_error(vi.error_text(str(getattr(exc, "key", ""))))
            return None
        self._editing = saved
        self.reload(select_id=saved.id)
        self.heading.setText(vs.PLACE_FORM_EDIT.format(name=saved.name))
        self.status.setText(vs.PLACE_SAVED.format(name=saved.name))
        return saved
