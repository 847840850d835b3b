"""Dùng mã khôi phục: the key from the safe opens the office, then an administrator account gets a new password."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Role
from desk_app.i18n import vi_sign_in as vsi
from desk_app.paths import AppPaths
from desk_app.services.context import local_now
from desk_app.services.registry import Services
from desk_app.services.users.service import UserInfo
from desk_app.ui.account_fields import AccountFields, align_labels
from desk_app.ui.pages.settings.fields import EnterMovesOn, ErrorLabel, with_error
from desk_app.ui.sign_in_parts import sign_in_error_text, title_label
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.errors import desk_error_text


def _open_with_key(paths: AppPaths, key: str, now: dt.datetime) -> tuple[Services, list[UserInfo]]:
    from desk_app.services.users.session import recover

    services = recover(paths, key, now)
    try:
        admins = [u for u in services.users.list_users(active_only=True) if Role.QUAN_TRI in u.roles]
    except BaseException:
        services.close()
        raise
    return services, admins


def _new_password(paths: AppPaths, opened: Services, login: str, password: str, now: dt.datetime) -> Services:
    """Set the administrator's password from the recovery session (the person holding the key chooses it: it is
    not asked to be changed again), close that session, and sign in as that administrator."""
    from desk_app.services.users.session import sign_in

    try:
        opened.users.reset_password(login, password)
    finally:
        opened.close()
    return sign_in(paths, login, password, now)


class RecoveryDialog(QDialog):
    """Accepted with `services` signed in as the administrator whose password was just set."""

    def __init__(
        self,
        paths: AppPaths,
        tasks: TaskRunner,
        *,
        clock: Callable[[], dt.datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.tasks = tasks
        self.clock = clock
        self.services: Services | None = None
        self._opened: Services | None = None
        self._busy = False
        self.setWindowTitle(vsi.RECOVERY_TITLE)
        prompt = QLabel(vsi.RECOVERY_PROMPT)
        prompt.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setMaxLength(80)
        self.key.setPlaceholderText(vsi.RECOVERY_KEY_HINT)
        self.key.setToolTip(vsi.RECOVERY_KEY_HINT)
        self.key_error = ErrorLabel()
        self.key_error.setObjectName("recoveryKeyError")
        self.open_button = QPushButton(vsi.BTN_RECOVER)
        self.open_button.setObjectName("recoveryOpen")
        self.open_button.setDefault(True)
        self.admin = QComboBox()
        self.admin.setObjectName("recoveryAdmin")
        self.fields = AccountFields(with_login=False, with_name=False, password_label=vsi.LABEL_NEW_PASSWORD)
        self.error = ErrorLabel()
        self.error.setObjectName("recoveryError")
        self.status = QLabel()
        self.cancel_button = QPushButton(vsi.BTN_QUIT)
        self.cancel_button.setObjectName("recoveryCancel")
        self.cancel_button.setAutoDefault(False)
        key_form = QFormLayout()
        key_form.addRow(f"{vsi.LABEL_RECOVERY_KEY} *", with_error(self.key, self.key_error))
        self.second = QWidget()
        second = QFormLayout(self.second)
        second.setContentsMargins(0, 0, 0, 0)
        second.addRow(vsi.LABEL_ADMIN_LOGIN, self.admin)
        second.addRow(self.fields)
        align_labels(key_form, second, self.fields.form)
        self.second.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(vsi.RECOVERY_TITLE))
        layout.addWidget(prompt)
        layout.addLayout(key_form)
        layout.addWidget(self.second)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)
        # Enter in the key or the last field presses the default button; in the first password it moves on.
        self._enter = EnterMovesOn(self)
        self._enter.watch(self.fields.password)
        self.open_button.clicked.connect(self.go)
        self.cancel_button.clicked.connect(self.reject)
        self.key.textChanged.connect(lambda _t: self.key_error.clear_error())
        self.key.setFocus()

    def fields_login(self) -> str:
        return str(self.admin.currentData() or "")

    def accept(self) -> None:
        self.go()

    def reject(self) -> None:
        if self._busy:
            return
        if self._opened is not None:
            self._opened.close()
            self._opened = None
        super().reject()

    def go(self) -> None:
        if self._busy:
            return
        self.error.clear_error()
        if self._opened is None:
            self._open()
        else:
            self._set_password()

    # Step 1: the key ---------------------------------------------------------------------------------------
    def _open(self) -> None:
        key = self.key.text().strip()
        if not key:
            self.key_error.show_error(vsi.RECOVERY_KEY_REQUIRED)
            return
        self._set_busy(True, vsi.RECOVERING)
        paths, now = self.paths, self.clock()
        self.tasks.op(lambda: _open_with_key(paths, key, now)).success(self._opened_ok).failure(
            self._key_refused
        ).run()

    def _opened_ok(self, result: tuple[Services, list[UserInfo]]) -> None:
        self._set_busy(False)
        self._opened, admins = result
        self.admin.clear()
        for user in admins:
            self.admin.addItem(f"{user.login} — {user.full_name}", user.login)
        self.key.setEnabled(False)
        if not admins:
            self.error.show_error(vsi.NO_ADMIN)
        self.second.show()
        self.open_button.setText(vsi.BTN_SET_AND_SIGN_IN)
        self.fields.password.setFocus()
        self.adjustSize()

    def _key_refused(self, exc: Exception) -> None:
        self._set_busy(False)
        key = str(getattr(exc, "key", "") or "")
        self.key_error.show_error(vsi.RECOVERY_WRONG if key == "recovery.wrong" else desk_error_text(exc))
        self.key.selectAll()
        self.key.setFocus()

    # Step 2: the administrator's new password ------------------------------------------------------------
    def _set_password(self) -> None:
        opened = self._opened
        login = self.fields_login()
        if opened is None or not login:
            return
        self.fields.login.setText(login)
        first = self.fields.validate()
        if first is not None:
            first.setFocus()
            return
        password = self.fields.password.text()
        self._set_busy(True, vsi.SIGNING_IN)
        self._opened = None  # closed by the job, whatever happens
        paths, now = self.paths, self.clock()
        self.tasks.op(lambda: _new_password(paths, opened, login, password, now)).success(self._done).failure(
            self._failed
        ).run()

    def _done(self, services: Services) -> None:
        self._set_busy(False)
        self.services = services
        self.fields.clear_passwords()
        super().accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        # The recovery session is closed now: the key is asked again, which also proves it once more.
        self.second.hide()
        self.key.setEnabled(True)
        self.open_button.setText(vsi.BTN_RECOVER)
        self.error.show_error(sign_in_error_text(exc))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        if busy and not self._busy:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        elif not busy and self._busy:
            QGuiApplication.restoreOverrideCursor()
        self._busy = busy
        self.status.setText(text if busy else "")
        for widget in (self.open_button, self.cancel_button, self.second):
            widget.setEnabled(not busy)
