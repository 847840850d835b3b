"""The Cán bộ tab: the staff list and a form to add or edit one person."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from desk_app.domain.enums import Role
from desk_app.i18n import labels
from desk_app.i18n import vi_screens as vs
from desk_app.services.office.service import StaffInfo
from desk_app.services.registry import Services
from desk_app.ui.pages.settings.list_tab import ListFormTab

_MUTED = QColor("#9e9e9e")


def staff_label(info: StaffInfo) -> str:
    marks = [vs.STAFF_HEAD_MARK if info.is_head else vs.STAFF_DEPUTY_MARK if info.is_deputy_head else ""]
    if not info.active:
        marks.append(vs.STAFF_INACTIVE_MARK)
    title = f" — {info.position}" if info.position else ""
    return " ".join(x for x in (f"{info.full_name}{title}", *marks) if x)


class StaffTab(ListFormTab[StaffInfo]):
    list_title = vs.STAFF_LIST
    form_new = vs.STAFF_FORM_NEW
    form_edit = vs.STAFF_FORM_EDIT
    saved_text = vs.STAFF_SAVED
    new_text = vs.STAFF_NEW
    name_label = vs.STAFF_FULL_NAME

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        full_name = QLineEdit()
        full_name.setObjectName("staffFullName")
        super().__init__(services, "staff", full_name, parent)
        self.full_name = full_name
        self.position = QLineEdit()
        self.position.setObjectName("staffPosition")
        self.unit = QLineEdit()
        self.unit.setObjectName("staffUnit")
        self.is_head = QCheckBox(vs.STAFF_IS_HEAD)
        self.is_head.setObjectName("staffIsHead")
        self.is_deputy = QCheckBox(vs.STAFF_IS_DEPUTY)
        self.is_deputy.setObjectName("staffIsDeputy")
        self.signature_title = QLineEdit()
        self.signature_title.setObjectName("staffSignatureTitle")
        self.signature_title.setPlaceholderText(vs.STAFF_SIGNATURE_PLACEHOLDER)
        self.roles: dict[Role, QCheckBox] = {}
        for role, label in labels.ROLE.items():
            box = QCheckBox(label)
            box.setObjectName(f"staffRole_{role.value}")
            self.roles[role] = box
        self.active = QCheckBox(vs.STAFF_ACTIVE)
        self.active.setObjectName("staffActive")
        self._finish_setup()

    def _add_fields(self, form: QFormLayout) -> None:
        form.addRow(vs.STAFF_POSITION, self.position)
        form.addRow(vs.STAFF_UNIT, self.unit)
        flags = QHBoxLayout()
        flags.addWidget(self.is_head)
        flags.addWidget(self.is_deputy)
        flags.addStretch(1)
        form.addRow("", flags)
        form.addRow(vs.STAFF_SIGNATURE_TITLE, self.signature_title)
        roles = QGroupBox(vs.STAFF_ROLES)
        grid = QGridLayout(roles)
        for i, box in enumerate(self.roles.values()):
            grid.addWidget(box, i // 2, i % 2)
        form.addRow(roles)
        form.addRow("", self.active)

    def _fetch(self) -> list[StaffInfo]:
        return self._services.office.list_staff(active_only=False)

    def _item(self, record: StaffInfo) -> QListWidgetItem:
        item = QListWidgetItem(staff_label(record))
        if not record.active:
            item.setForeground(_MUTED)
        return item

    def _fill(self, record: StaffInfo) -> None:
        self.full_name.setText(record.full_name)
        self.position.setText(record.position or "")
        self.unit.setText(record.unit or "")
        self.is_head.setChecked(record.is_head)
        self.is_deputy.setChecked(record.is_deputy_head)
        self.signature_title.setText(record.signature_title or "")
        for role, box in self.roles.items():
            box.setChecked(role in record.roles)
        self.active.setChecked(record.active)

    def _clear(self) -> None:
        for edit in (self.position, self.unit, self.signature_title):
            edit.clear()
        self.is_head.setChecked(False)
        self.is_deputy.setChecked(False)
        for role, box in self.roles.items():
            box.setChecked(role is Role.TIEP_CONG_DAN)
        self.active.setChecked(True)

    def value(self) -> StaffInfo:
        return StaffInfo(
            id=self._editing.id if self._editing else None,
            full_name=self.full_name.text(),
            position=self.position.text().strip() or None,
            unit=self.unit.text().strip() or None,
            is_head=self.is_head.isChecked(),
            is_deputy_head=self.is_deputy.isChecked(),
            signature_title=self.signature_title.text().strip() or None,
            roles=tuple(role for role, box in self.roles.items() if box.isChecked()),
            active=self.active.isChecked(),
        )

    def _store(self, record: StaffInfo) -> StaffInfo:
        return self._services.office.save_staff(record)

    def _name_of(self, record: StaffInfo) -> str:
        return record.full_name
