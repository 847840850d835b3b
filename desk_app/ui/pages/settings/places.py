"""The Nơi tiếp công dân tab: the reception places and a form to add or edit one."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QListWidgetItem, QWidget

from desk_app.i18n import vi_screens as vs
from desk_app.services.office.service import PlaceInfo
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.list_tab import ListFormTab


def place_label(info: PlaceInfo) -> str:
    text = f"{info.name} — {info.address}" if info.address else info.name
    return f"{text} {vs.PLACE_DEFAULT_MARK}" if info.is_default else text


class PlacesTab(ListFormTab[PlaceInfo]):
    list_title = vs.PLACE_LIST
    form_new = vs.PLACE_FORM_NEW
    form_edit = vs.PLACE_FORM_EDIT
    saved_text = vs.PLACE_SAVED
    new_text = vs.PLACE_NEW
    name_label = vs.PLACE_NAME

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        name = QLineEdit()
        name.setObjectName("placeName")
        super().__init__(services, "place", name, parent)
        self.name = name
        self.address = QLineEdit()
        self.address.setObjectName("placeAddress")
        self.is_default = QCheckBox(vs.PLACE_DEFAULT)
        self.is_default.setObjectName("placeDefault")
        self.online = QCheckBox(vs.PLACE_ONLINE)
        self.online.setObjectName("placeOnline")
        self._finish_setup()

    def _add_fields(self, form: QFormLayout) -> None:
        form.addRow(vs.PLACE_ADDRESS, self.address)
        form.addRow("", self.is_default)
        form.addRow("", self.online)

    def _fetch(self) -> list[PlaceInfo]:
        return self._services.office.list_places()

    def _item(self, record: PlaceInfo) -> QListWidgetItem:
        return QListWidgetItem(place_label(record))

    def _fill(self, record: PlaceInfo) -> None:
        self.name.setText(record.name)
        self.address.setText(record.address or "")
        self.is_default.setChecked(record.is_default)
        self.online.setChecked(record.supports_online)

    def _clear(self) -> None:
        self.address.clear()
        self.is_default.setChecked(not self._records)  # the first place is the default one
        self.online.setChecked(False)

    def value(self) -> PlaceInfo:
        return PlaceInfo(
            id=self._editing.id if self._editing else None,
            name=self.name.text(),
            address=self.address.text().strip() or None,
            is_default=self.is_default.isChecked(),
            supports_online=self.online.isChecked(),
            active=self._editing.active if self._editing else True,
        )

    def _store(self, record: PlaceInfo) -> PlaceInfo:
        return self._services.office.save_place(record)

    def _name_of(self, record: PlaceInfo) -> str:
        return record.name
