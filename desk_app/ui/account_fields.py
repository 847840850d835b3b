"""The fields of an account: login, full name, a new password typed twice, each with its Vietnamese message below."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from desk_app.domain import passwords
from desk_app.errors import ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_sign_in as vsi
from desk_app.ui.pages.settings.fields import ErrorLabel, with_error


def password_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(passwords.MAX_LENGTH)
    return edit


def grow_later(window: QWidget) -> None:
    """Make room for error lines once they are laid out: a nested form's new minimum height reaches the window only
    after its layout ran, so the window grows on the next turn of the event loop (never shrinks)."""

    def grow() -> None:
        if shiboken6.isValid(window):
            hint = window.sizeHint()
            window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))

    QTimer.singleShot(0, grow)


def align_labels(*forms: QFormLayout) -> None:
    """Give forms stacked in one dialog one label column, so their fields start at the same place."""
    labels: list[QLabel] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                labels.append(label)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def password_message(code: str) -> str:
    return i18n_errors.message(f"password.{code}")


def login_message(code: str) -> str:
    return i18n_errors.message(f"login.{code}")


class AccountFields(QWidget):
    """`with_login`/`with_name` choose which rows show; `words` gives the office's own words a password may not be."""

    def __init__(
        self,
        *,
        with_login: bool = True,
        with_name: bool = True,
        password_label: str = vsi.LABEL_PASSWORD,
        words: Callable[[], tuple[str, ...]] = tuple,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._words = words
        self.login = QLineEdit()
        self.login.setObjectName("accountLogin")
        self.login.setMaxLength(passwords.LOGIN_MAX)
        self.login.setPlaceholderText(vsi.LOGIN_PLACEHOLDER)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("accountFullName")
        self.full_name.setMaxLength(200)
        self.full_name.setPlaceholderText(vsi.FULL_NAME_PLACEHOLDER)
        self.password = password_edit("accountPassword")
        self.repeat = password_edit("accountRepeat")
        self.show_password = QCheckBox(vsi.SHOW_PASSWORD)
        self.show_password.setObjectName("accountShowPassword")
        self.errors: dict[str, ErrorLabel] = {}
        for name in ("login", "full_name", "password", "repeat"):
            self.errors[name] = ErrorLabel()
            self.errors[name].setObjectName(f"accountError_{name}")
        hint = QLabel(vsi.PASSWORD_HINT)
        hint.setStyleSheet("color: #555;")
        self.hint = hint
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form
        if with_login:
            form.addRow(f"{vsi.LABEL_LOGIN} *", with_error(self.login, self.errors["login"]))
        else:
            self.login.hide()
        if with_name:
            form.addRow(f"{vsi.LABEL_FULL_NAME} *", with_error(self.full_name, self.errors["full_name"]))
        else:
            self.full_name.hide()
        password_row = QHBoxLayout()
        password_row.setContentsMargins(0, 0, 0, 0)
        password_row.addWidget(with_error(self.password, self.errors["password"]), 1)
        password_row.addWidget(self.show_password, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(f"{password_label} *", password_row)
        form.addRow(f"{vsi.LABEL_REPEAT_PASSWORD} *", with_error(self.repeat, self.errors["repeat"]))
        form.addRow("", hint)
        self._with_login = with_login
        self._with_name = with_name
        self.show_password.toggled.connect(self._reveal)
        for name, edit in self.edits().items():
            edit.textChanged.connect(lambda _t, n=name: self.errors[n].clear_error())
        # Said as soon as the officer leaves the field, not only at the end.
        self.password.editingFinished.connect(self._check_password)
        self.repeat.editingFinished.connect(self._check_repeat)

    def edits(self) -> dict[str, QLineEdit]:
        found = {"password": self.password, "repeat": self.repeat}
        if self._with_login:
            found["login"] = self.login
        if self._with_name:
            found["full_name"] = self.full_name
        return found

    def inputs(self) -> list[QWidget]:
        """In reading order, for the tab chain."""
        order: list[QWidget] = []
        if self._with_login:
            order.append(self.login)
        if self._with_name:
            order.append(self.full_name)
        return [*order, self.password, self.repeat]

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _password_problem(self) -> str | None:
        return passwords.password_problem(
            self.password.text(), login=self.login.text(), extra_words=self._words()
        )

    def _check_password(self) -> None:
        if self.password.text():
            code = self._password_problem()
            if code is not None:
                self.errors["password"].show_error(password_message(code))
                grow_later(self.window())

    def _check_repeat(self) -> None:
        if self.repeat.text() and self.repeat.text() != self.password.text():
            self.errors["repeat"].show_error(vsi.PASSWORDS_DIFFER)
            grow_later(self.window())

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def validate(self) -> QWidget | None:
        """Show every problem under its field; the first field with one, or None when all is well."""
        self.clear_errors()
        problems: list[tuple[str, str]] = []
        if self._with_login and (code := passwords.login_problem(self.login.text())) is not None:
            problems.append(("login", login_message(code)))
        if self._with_name and not self.full_name.text().strip():
            problems.append(("full_name", vsi.FULL_NAME_REQUIRED))
        if (code := self._password_problem()) is not None:
            problems.append(("password", password_message(code)))
        elif self.repeat.text() != self.password.text():
            problems.append(("repeat", vsi.PASSWORDS_DIFFER))
        for name, text in problems:
            self.errors[name].show_error(text)
        grow_later(self.window())
        return self.edits()[problems[0][0]] if problems else None

    def show_service_error(self, exc: Exception) -> bool:
        """Put a service's refusal under its field ("login.taken", "password.common"…); False if it has no field."""
        keys: list[str]
        if isinstance(exc, ValidationError):
            keys = [e.key for e in exc.errors]
        else:
            keys = [str(getattr(exc, "key", "") or "")]
        placed = False
        for key in keys:
            field = key.split(".", 1)[0]
            target = {
                "login": "login",
                "full_name": "full_name",
                "name": "full_name",
                "password": "password",
            }.get(field)
            if target is not None and target in self.edits():
                self.errors[target].show_error(i18n_errors.message(key))
                placed = True
        grow_later(self.window())
        return placed

    def clear_passwords(self) -> None:
        self.password.clear()
        self.repeat.clear()
