"""Tạo tài khoản quản trị: the office's first account; set-up (and an older office's conversion) runs off the GUI thread."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Role
from desk_app.i18n import vi_sign_in as vsi
from desk_app.i18n import vi_users
from desk_app.paths import AppPaths
from desk_app.services.context import local_now
from desk_app.services.registry import Services
from desk_app.ui.account_fields import AccountFields, grow_later
from desk_app.ui.pages.settings.fields import EnterMovesOn, ErrorLabel
from desk_app.ui.sign_in_parts import title_label
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text

SetUp = Callable[[str, str, str, tuple[Role, ...]], tuple[Services, str]]
"""(login, full name, password, extra roles) → (the signed-in services, the recovery key text)."""


def default_set_up(paths: AppPaths, clock: Callable[[], dt.datetime] = local_now) -> SetUp:
    def run(login: str, full_name: str, password: str, roles: tuple[Role, ...]) -> tuple[Services, str]:
        from desk_app.services.users.session import set_up_security

        return set_up_security(paths, login, full_name, password, clock(), roles=roles)

    return run


class FirstAdminDialog(QDialog):
    """Accepted once the office is secured: `services` (signed in as the new administrator) and `recovery_key`.

    `converting`: an office from before this version, whose data is backed up and encrypted now (it takes a while)."""

    def __init__(
        self,
        set_up: SetUp,
        tasks: TaskRunner,
        *,
        converting: bool,
        office_name: str = "",
        head_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._set_up = set_up
        self.tasks = tasks
        self.converting = converting
        self.services: Services | None = None
        self.recovery_key = ""
        self._busy = False
        self._head_name = head_name
        self.setWindowTitle(vsi.ADMIN_TITLE)
        intro = QLabel(vsi.ADMIN_INTRO_CONVERT if converting else vsi.ADMIN_INTRO_NEW)
        intro.setWordWrap(True)
        self.fields = AccountFields(words=lambda: tuple(w for w in (office_name,) if w))
        self.is_head = QCheckBox(vi_users.SET_UP_IS_HEAD)
        self.is_head.setObjectName("adminIsHead")
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("adminError")
        self.progress = QProgressBar()
        self.progress.setObjectName("adminProgress")
        self.progress.setRange(0, 0)  # how long an encryption takes is not known: a moving bar says it works
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("adminStatus")
        self.status.setWordWrap(True)
        self.create_button = QPushButton(vsi.BTN_CREATE_AND_CONVERT if converting else vsi.BTN_CREATE_ADMIN)
        self.create_button.setObjectName("adminCreate")
        self.create_button.setDefault(True)
        self.quit_button = QPushButton(vsi.BTN_QUIT)
        self.quit_button.setObjectName("adminQuit")
        self.quit_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(vsi.ADMIN_TITLE))
        if office_name:
            office = QLabel(office_name)
            office.setWordWrap(True)
            office.setStyleSheet("font-weight: bold; color: #1a3f7a;")
            layout.addWidget(office)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.is_head)
        layout.addWidget(self.general_error)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        chain = [*self.fields.inputs(), self.is_head, self.create_button, self.quit_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._enter = EnterMovesOn(self)
        self._enter.watch(*self.fields.inputs()[:-1])
        self.create_button.clicked.connect(self.set_up)
        self.quit_button.clicked.connect(self.reject)
        self.is_head.toggled.connect(self._head_toggled)
        self.fields.login.setFocus()

    def _head_toggled(self, checked: bool) -> None:
        if checked and self._head_name and not self.fields.full_name.text().strip():
            self.fields.full_name.setText(self._head_name)

    def accept(self) -> None:
        self.set_up()

    def reject(self) -> None:
        if not self._busy:  # the conversion must finish: stopping it halfway is never offered
            super().reject()

    def set_up(self) -> None:
        if self._busy:
            return
        self.general_error.clear_error()
        first = self.fields.validate()
        if first is not None:
            first.setFocus()
            return
        login = self.fields.login.text().strip()
        name = self.fields.full_name.text().strip()
        password = self.fields.password.text()
        roles = (Role.LANH_DAO,) if self.is_head.isChecked() else ()
        self._set_busy(True)
        set_up = self._set_up
        self.tasks.op(lambda: set_up(login, name, password, roles)).success(self._done).failure(
            self._failed
        ).run()

    def _done(self, result: tuple[Services, str]) -> None:
        self._set_busy(False)
        self.services, self.recovery_key = result
        self.fields.clear_passwords()
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not self.fields.show_service_error(exc):
            self.general_error.show_error(vsi.SECURE_FAILED.format(detail=desk_error_text(exc)))

    def _set_busy(self, busy: bool) -> None:
        if busy and not self._busy:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        elif not busy and self._busy:
            QGuiApplication.restoreOverrideCursor()
        self._busy = busy
        self.status.setText((vsi.CONVERTING if self.converting else vsi.SECURING) if busy else "")
        self.progress.setVisible(busy)
        grow_later(self)
        for widget in (self.fields, self.is_head, self.create_button, self.quit_button):
            widget.setEnabled(not busy)
