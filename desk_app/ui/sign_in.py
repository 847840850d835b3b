"""Đăng nhập: a login and a password open the office's data; nobody's name or role is listed before that."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_sign_in
from desk_app.paths import AppPaths
from desk_app.services.backup.model import DatabaseDamaged
from desk_app.services.context import local_now
from desk_app.services.registry import Services
from desk_app.ui import dialogs
from desk_app.ui.account_fields import grow_later
from desk_app.ui.pages.settings.fields import ErrorLabel, with_error
from desk_app.ui.recovery import RecoveryDialog
from desk_app.ui.sign_in_parts import sign_in_error_text, title_label
from desk_app.ui.tasks import TaskRunner

LAST_LOGIN_FILE = "last_login.txt"
"""Beside the database: the login typed last at this desk, offered again (a convenience, never a list of people)."""


def last_login(data_dir: Path) -> str:
    try:
        return (data_dir / LAST_LOGIN_FILE).read_text(encoding="utf-8").strip()[:60]
    except OSError:
        return ""


def remember_login(data_dir: Path, login: str) -> None:
    # Only a convenience: if it cannot be written the next start simply shows an empty login field.
    with contextlib.suppress(OSError):
        (data_dir / LAST_LOGIN_FILE).write_text(login.strip(), encoding="utf-8")


def _default_sign_in(paths: AppPaths, login: str, password: str, now: dt.datetime) -> Services:
    from desk_app.services.users.session import sign_in

    return sign_in(paths, login, password, now)


class SignInDialog(QDialog):
    """Accepted once the password opened the data: `services` is then the signed-in user's."""

    def __init__(
        self,
        paths: AppPaths,
        tasks: TaskRunner,
        *,
        clock: Callable[[], dt.datetime] = local_now,
        office_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.tasks = tasks
        self.clock = clock
        self.services: Services | None = None
        self.damaged: DatabaseDamaged | None = None
        """Set when the password was right but the database failed its check: the window offers a restore."""
        self._busy = False
        self.setWindowTitle(vi_sign_in.TITLE)
        self.login = QLineEdit(last_login(paths.data))
        self.login.setObjectName("signInLogin")
        self.login.setMaxLength(60)
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(128)
        self.login_error = ErrorLabel()
        self.login_error.setObjectName("signInLoginError")
        self.error = ErrorLabel()
        self.error.setObjectName("signInError")
        self.status = QLabel()
        self.status.setObjectName("signInStatus")
        self.sign_in_button = QPushButton(vi_sign_in.BTN_SIGN_IN)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton(vi_sign_in.BTN_QUIT)
        self.quit_button.setObjectName("signInQuit")
        self.quit_button.setAutoDefault(False)
        self.forgot_button = QPushButton(vi_sign_in.FORGOT)
        self.forgot_button.setObjectName("signInForgot")
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.recover_button = QPushButton(vi_sign_in.RECOVER)
        self.recover_button.setObjectName("signInRecover")
        self.recover_button.setFlat(True)
        self.recover_button.setAutoDefault(False)
        for link in (self.forgot_button, self.recover_button):
            link.setStyleSheet(
                "QPushButton { color: #1a4f9a; text-decoration: underline; border: none; padding: 2px 8px; }"
            )
            link.setCursor(Qt.CursorShape.PointingHandCursor)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(vi_sign_in.TITLE))
        if office_name:
            office = QLabel(office_name)
            office.setWordWrap(True)
            office.setStyleSheet("font-weight: bold; color: #1a3f7a;")
            layout.addWidget(office)
        prompt = QLabel(vi_sign_in.PROMPT)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        form = QFormLayout()
        form.addRow(vi_sign_in.LABEL_LOGIN, with_error(self.login, self.login_error))
        form.addRow(vi_sign_in.LABEL_PASSWORD, with_error(self.password, self.error))
        layout.addLayout(form)
        links = QHBoxLayout()
        links.addWidget(self.forgot_button)
        links.addStretch(1)
        links.addWidget(self.recover_button)
        layout.addLayout(links)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        hint = QLabel(vi_sign_in.SIGN_IN_HINT)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.setMinimumWidth(600)

        QWidget.setTabOrder(self.login, self.password)
        QWidget.setTabOrder(self.password, self.sign_in_button)
        QWidget.setTabOrder(self.sign_in_button, self.quit_button)
        QWidget.setTabOrder(self.quit_button, self.forgot_button)
        QWidget.setTabOrder(self.forgot_button, self.recover_button)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        self.quit_button.clicked.connect(self.reject)
        self.forgot_button.clicked.connect(self.explain_forgotten)
        self.recover_button.clicked.connect(self.recover)
        self.login.textChanged.connect(lambda _t: self._clear_errors())
        self.password.textChanged.connect(lambda _t: self.error.clear_error())
        (self.password if self.login.text() else self.login).setFocus()

    def _clear_errors(self) -> None:
        self.login_error.clear_error()
        self.error.clear_error()

    # Signing in ------------------------------------------------------------------------------------------
    def try_sign_in(self) -> None:
        if self._busy:
            return
        self._clear_errors()
        login = self.login.text().strip()
        password = self.password.text()
        if not login:
            self.login_error.show_error(vi_sign_in.LOGIN_REQUIRED)
            self.login.setFocus()
            return
        if not password and self.login.hasFocus():
            self.password.setFocus()  # Enter in the login field moves on while the password is still empty
            return
        if not password:
            self.error.show_error(vi_sign_in.PASSWORD_REQUIRED)
            self.password.setFocus()
            return
        self._set_busy(True)
        now = self.clock()
        paths = self.paths
        self.tasks.op(lambda: _default_sign_in(paths, login, password, now)).success(self._signed_in).failure(
            self._refused
        ).run()

    def _signed_in(self, services: Services) -> None:
        self._set_busy(False)
        self.services = services
        remember_login(self.paths.data, self.login.text())
        self.password.clear()
        super().accept()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, DatabaseDamaged):
            self.damaged = exc
            self.password.clear()
            super().reject()
            return
        self.password.clear()
        self.error.show_error(sign_in_error_text(exc))
        grow_later(self)  # a lockout's three lines: the window grows to show them
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        if busy and not self._busy:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        elif not busy and self._busy:
            QGuiApplication.restoreOverrideCursor()
        self._busy = busy
        self.status.setText(vi_sign_in.SIGNING_IN if busy else "")
        for widget in (
            self.login,
            self.password,
            self.sign_in_button,
            self.recover_button,
            self.forgot_button,
        ):
            widget.setEnabled(not busy)

    def accept(self) -> None:
        """Enter anywhere signs in; the dialog closes only once the password opened the data."""
        self.try_sign_in()

    def reject(self) -> None:
        if not self._busy:  # the data is being opened: Esc waits for it
            super().reject()

    # Help ------------------------------------------------------------------------------------------------
    def explain_forgotten(self) -> None:
        dialogs.info(self, vi_sign_in.FORGOT_TEXT, vi_sign_in.FORGOT_TITLE)

    def recover(self) -> None:
        """The recovery key opens the office and gives an administrator a new password."""
        dialog = RecoveryDialog(self.paths, self.tasks, clock=self.clock, parent=self)
        opened = dialog.exec() == QDialog.DialogCode.Accepted
        services = dialog.services
        login = dialog.fields_login()
        dialog.deleteLater()
        if opened and services is not None:
            self.services = services
            remember_login(self.paths.data, login)
            super().accept()
