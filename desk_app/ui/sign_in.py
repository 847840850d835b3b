"""Choose who works at this desk: their name goes into the change log and their roles into every permission check."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk_app.i18n import labels, vi_sign_in
from desk_app.services.office.service import StaffInfo
from desk_app.services.registry import Services
from desk_app.ui import dialogs

LAST_FILE = "last_sign_in.txt"
"""Beside the database: the staff id chosen last time at this desk, offered first next time."""


def roles_text(staff: StaffInfo) -> str:
    return ", ".join(labels.ROLE[r] for r in staff.roles) or vi_sign_in.NO_ROLES


def last_staff_id(data_dir: Path) -> int | None:
    try:
        return int((data_dir / LAST_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def remember(data_dir: Path, staff_id: int) -> None:
    # Only a convenience: if it cannot be written the next start simply preselects the first officer.
    with contextlib.suppress(OSError):
        (data_dir / LAST_FILE).write_text(str(staff_id), encoding="utf-8")


class SignInDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(vi_sign_in.TITLE)
        self.staff = [s for s in services.office.list_staff() if s.id is not None]
        self.combo = QComboBox()
        for member in self.staff:
            label = f"{member.full_name} — {member.position}" if member.position else member.full_name
            self.combo.addItem(label, member.id)
        self.roles = QLabel()
        self.roles.setWordWrap(True)
        preferred = last_staff_id(services.ctx.data_dir) or services.ctx.actor.staff_id
        index = self.combo.findData(preferred)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.currentIndexChanged.connect(self._show_roles)
        self._show_roles()

        form = QFormLayout()
        form.addRow(vi_sign_in.LABEL_STAFF, self.combo)
        form.addRow(vi_sign_in.LABEL_ROLES, self.roles)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        dialogs.localize_buttons(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(vi_sign_in.BTN_SIGN_IN)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        prompt = QLabel(vi_sign_in.PROMPT)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.combo.setFocus()

    def _show_roles(self) -> None:
        member = self._chosen()
        self.roles.setText(roles_text(member) if member else "")

    def _chosen(self) -> StaffInfo | None:
        staff_id = self.combo.currentData()
        return next((s for s in self.staff if s.id == staff_id), None)

    def accept(self) -> None:
        member = self._chosen()
        if member is None or member.id is None:
            return
        self.services.office.sign_in(member.id)
        remember(self.services.ctx.data_dir, member.id)
        super().accept()
