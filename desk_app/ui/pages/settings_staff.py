"""The Cán bộ tab: the staff list and a form to add or edit one person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Role
from desk_app.errors import DeskError, ValidationError
from desk_app.i18n import vi
from desk_app.i18n import vi_screens as vs
from desk_app.services.office import StaffInfo
from desk_app.services.registry import Services
from desk_app.ui.pages.settings_fields import HEADING_STYLE, LIST_STYLE, ErrorLabel, with_error

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_MUTED = QColor("#9e9e9e")


def staff_label(info: StaffInfo) -> str:
    marks = [vs.STAFF_HEAD_MARK if info.is_head else vs.STAFF_DEPUTY_MARK if info.is_deputy_head else ""]
    if not info.active:
        marks.append(vs.STAFF_INACTIVE_MARK)
    title = f" — {info.position}" if info.position else ""
    return " ".join(x for x in (f"{info.full_name}{title}", *marks) if x)


class StaffTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._editing: int | None = None
        self._staff: dict[int, StaffInfo] = {}
        self.list = QListWidget()
        self.list.setObjectName("staffList")
        self.list.setStyleSheet(LIST_STYLE)
        self.heading = QLabel()
        self.heading.setObjectName("staffFormHeading")
        self.heading.setStyleSheet(HEADING_STYLE)
        self.new_button = QPushButton(vs.STAFF_NEW)
        self.new_button.setObjectName("staffNew")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("staffFullName")
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
        for role, label in vi.ROLE.items():
            box = QCheckBox(label)
            box.setObjectName(f"staffRole_{role.value}")
            self.roles[role] = box
        self.active = QCheckBox(vs.STAFF_ACTIVE)
        self.active.setObjectName("staffActive")
        self.name_error = ErrorLabel()
        self.name_error.setObjectName("staffNameError")
        self.status = QLabel()
        self.status.setObjectName("staffStatus")
        self.save_button = QPushButton(vs.SAVE)
        self.save_button.setObjectName("staffSave")
        self._build()
        self.list.currentItemChanged.connect(lambda item, _prev: self._load(item))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.full_name.textChanged.connect(lambda _t: self.name_error.clear_error())
        self.reload()
        self.start_new()

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(vs.STAFF_LIST))
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        form = QFormLayout()
        form.addRow(f"{vs.STAFF_FULL_NAME} *", with_error(self.full_name, self.name_error))
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

    # List ----------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._staff = {
            s.id: s for s in self._services.office.list_staff(active_only=False) if s.id is not None
        }
        for info in self._staff.values():
            item = QListWidgetItem(staff_label(info))
            item.setData(_ID_ROLE, info.id)
            if not info.active:
                item.setForeground(_MUTED)
            self.list.addItem(item)
            if info.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _load(self, item: QListWidgetItem | None) -> None:
        info = self._staff.get(item.data(_ID_ROLE)) if item is not None else None
        if info is None:
            return
        self._editing = info.id
        self.full_name.setText(info.full_name)
        self.position.setText(info.position or "")
        self.unit.setText(info.unit or "")
        self.is_head.setChecked(info.is_head)
        self.is_deputy.setChecked(info.is_deputy_head)
        self.signature_title.setText(info.signature_title or "")
        for role, box in self.roles.items():
            box.setChecked(role in info.roles)
        self.active.setChecked(info.active)
        self.name_error.clear_error()
        self.status.clear()
        self.heading.setText(vs.STAFF_FORM_EDIT.format(name=info.full_name))

    def start_new(self) -> None:
        self._editing = None
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        for edit in (self.full_name, self.position, self.unit, self.signature_title):
            edit.clear()
        self.is_head.setChecked(False)
        self.is_deputy.setChecked(False)
        for role, box in self.roles.items():
            box.setChecked(role is Role.TIEP_CONG_DAN)
        self.active.setChecked(True)
        self.name_error.clear_error()
        self.status.clear()
        self.heading.setText(vs.STAFF_FORM_NEW)
        self.full_name.setFocus()

    def value(self) -> StaffInfo:
        return StaffInfo(
            id=self._editing,
            full_name=self.full_name.text(),
            position=self.position.text().strip() or None,
            unit=self.unit.text().strip() or None,
            is_head=self.is_head.isChecked(),
            is_deputy_head=self.is_deputy.isChecked(),
            signature_title=self.signature_title.text().strip() or None,
            roles=tuple(role for role, box in self.roles.items() if box.isChecked()),
            active=self.active.isChecked(),
        )

    def save(self) -> StaffInfo | None:
        try:
            saved = self._services.office.save_staff(self.value())
        except ValidationError as exc:
            for error in exc.errors:
                self.name_error.show_error(vi.error_text(error.key))
            self.full_name.setFocus()
            return None
        except DeskError as exc:
            self.name_error.show_error(vi.error_text(str(getattr(exc, "key", ""))))
            return None
        self._editing = saved.id
        self.reload(select_id=saved.id)
        self.heading.setText(vs.STAFF_FORM_EDIT.format(name=saved.full_name))
        self.status.setText(vs.STAFF_SAVED.format(name=saved.full_name))
        return saved
