"""Đổi mật khẩu: the signed-in user's own password (asked at once after an administrator reset it)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.errors import ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_sign_in as vsi
from desk_app.i18n import vi_ui
from desk_app.services.registry import Services
from desk_app.ui.account_fields import AccountFields, align_labels, password_edit, password_message
from desk_app.ui.pages.settings.fields import EnterMovesOn, ErrorLabel, with_error
from desk_app.ui.sign_in_parts import title_label
from desk_app.ui.widgets.errors import desk_error_text


class ChangePasswordDialog(QDialog):
    """`forced`: right after signing in with a password an administrator set; closing it means signing out."""

    def __init__(self, services: Services, *, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(vsi.CHANGE_TITLE)
        login = services.ctx.actor.login or ""
        prompt = QLabel(vsi.CHANGE_FORCED if forced else vsi.CHANGE_PROMPT.format(login=login))
        prompt.setWordWrap(True)
        self.current = password_edit("currentPassword")
        self.current_error = ErrorLabel()
        self.current_error.setObjectName("currentPasswordError")
        self.fields = AccountFields(with_login=False, with_name=False, password_label=vsi.LABEL_NEW_PASSWORD)
        self.fields.login.setText(login)  # a password like the login is refused as you type
        self.general_error = ErrorLabel()
        self.save_button = QPushButton(vsi.CHANGE_TITLE)
        self.save_button.setObjectName("changePasswordSave")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(vsi.BTN_SIGN_OUT if forced else vi_ui.BTN_CANCEL)
        self.cancel_button.setObjectName("changePasswordCancel")
        self.cancel_button.setAutoDefault(False)
        current_form = QFormLayout()
        current_form.addRow(f"{vsi.LABEL_CURRENT_PASSWORD} *", with_error(self.current, self.current_error))
        align_labels(current_form, self.fields.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(vsi.CHANGE_TITLE))
        layout.addWidget(prompt)
        layout.addLayout(current_form)
        layout.addWidget(self.fields)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        chain = [self.current, *self.fields.inputs(), self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._enter = EnterMovesOn(self)
        self._enter.watch(self.current, self.fields.password)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.current.textChanged.connect(lambda _t: self.current_error.clear_error())
        self.current.setFocus()

    def accept(self) -> None:
        self.save()

    def save(self) -> None:
        self.current_error.clear_error()
        self.general_error.clear_error()
        first = self.fields.validate()
        if not self.current.text():
            self.current_error.show_error(vsi.PASSWORD_REQUIRED)
            first = self.current
        if first is not None:
            first.setFocus()
            return
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            self.services.users.change_password(self.current.text(), self.fields.password.text())
        except ValidationError as exc:
            self._show(exc)
            return
        except (
            Exception
        ) as exc:  # a locked account or a closed database: said in Vietnamese, the dialog stays
            self.general_error.show_error(desk_error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()

    def _show(self, exc: ValidationError) -> None:
        for error in exc.errors:
            text = i18n_errors.message(error.key)
            if error.field == "old_password":
                self.current.clear()
                self.current_error.show_error(text if error.code != "wrong" else vsi.CURRENT_WRONG)
                self.current.setFocus()
            elif error.field == "new_password":
                known = i18n_errors.known(error.key)
                self.fields.errors["password"].show_error(known or password_message(error.code))
                self.fields.password.setFocus()
            else:
                self.general_error.show_error(text)
