"""The users tab's dialogs: a new account, its roles, a reset password; each service refusal under its field."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Role
from desk_app.errors import ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import labels, vi_ui
from desk_app.i18n import vi_sign_in as vsi
from desk_app.services.registry import Services
from desk_app.services.users.service import UserInfo
from desk_app.ui.account_fields import AccountFields, align_labels, password_edit
from desk_app.ui.pages.settings.fields import EnterMovesOn, ErrorLabel, with_error
from desk_app.ui.sign_in_parts import title_label
from desk_app.ui.widgets.errors import desk_error_text


class RoleBoxes(QWidget):
    """One check box per role, in Vietnamese; checking Lãnh đạo shows the acting leader's password field."""

    def __init__(self, chosen: tuple[Role, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[Role, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, role in enumerate(Role):
            box = QCheckBox(labels.ROLE[role])
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in chosen)
            self.boxes[role] = box
            grid.addWidget(box, index // 2, index % 2)
        self.error = ErrorLabel()
        self.error.setObjectName("rolesError")
        grid.addWidget(self.error, (len(self.boxes) + 1) // 2, 0, 1, 2)
        for box in self.boxes.values():
            box.toggled.connect(lambda _c: self.error.clear_error())

    def chosen(self) -> tuple[Role, ...]:
        return tuple(role for role, box in self.boxes.items() if box.isChecked())


class _RolesForm(QDialog):
    """What the add and roles dialogs share: the role boxes and the leader's confirmation."""

    def _role_part(self, chosen: tuple[Role, ...], leader_needed: bool) -> QWidget:
        self.roles = RoleBoxes(chosen)
        self._initial = chosen
        self._leader_needed = leader_needed
        self.leader_password = password_edit("leaderPassword")
        self.leader_error = ErrorLabel()
        self.leader_error.setObjectName("leaderPasswordError")
        self.leader_hint = QLabel(vsi.LEADER_CONFIRM_HINT)
        self.leader_hint.setWordWrap(True)
        self.leader_hint.setStyleSheet("color: #555;")
        self.leader_row = QWidget()
        row = QFormLayout(self.leader_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addRow(self.leader_hint)
        row.addRow(vsi.LABEL_LEADER_PASSWORD, with_error(self.leader_password, self.leader_error))
        self.roles.boxes[Role.LANH_DAO].toggled.connect(lambda _c: self._leader_part())
        self.leader_password.textChanged.connect(lambda _t: self.leader_error.clear_error())
        self._leader_part()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"{vsi.LABEL_ROLES} *"))
        layout.addWidget(self.roles)
        layout.addWidget(self.leader_row)
        return box

    def _leader_part(self) -> None:
        """The leader's password is asked only when Lãnh đạo is given or taken away, once the office has had a
        leader account (the first leader is named by the administrator alone)."""
        changed = (Role.LANH_DAO in self.roles.chosen()) != (Role.LANH_DAO in self._initial)
        self.leader_row.setVisible(changed and self._leader_needed)
        if not changed:
            self.leader_password.clear()
        self.adjustSize()

    def _leader_password(self) -> str | None:
        return (self.leader_password.text() or None) if self.leader_row.isVisible() else None

    def _show_role_errors(self, exc: ValidationError) -> list[str]:
        """Role and leader errors under their fields; the keys of the others."""
        rest = []
        for error in exc.errors:
            text = i18n_errors.message(error.key)
            if error.field == "roles":
                self.roles.error.show_error(text)
            elif error.field == "leader_password":
                self._leader_needed = True
                self.leader_row.show()
                self.leader_password.clear()
                self.leader_error.show_error(text)
                self.leader_password.setFocus()
            else:
                rest.append(error.key)
        return rest


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QHBoxLayout, QPushButton]:
    ok = QPushButton(ok_text)
    ok.setObjectName("userDialogOk")
    ok.setDefault(True)
    cancel = QPushButton(vi_ui.BTN_CANCEL)
    cancel.setObjectName("userDialogCancel")
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(ok)
    row.addWidget(cancel)
    return row, ok


class _Busy:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class AddUserDialog(_RolesForm):
    """Thêm người dùng: login, name, a first password typed twice, roles. Accepted once the service added it."""

    def __init__(
        self, services: Services, *, leader_needed: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.added: UserInfo | None = None
        self.setWindowTitle(vsi.ADD_TITLE)
        office = services.office.get()
        self.fields = AccountFields(words=lambda: (office.name,) if office else ())
        self.general_error = ErrorLabel()
        buttons, self.ok_button = _buttons(self, vsi.ADD_TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(vsi.ADD_TITLE))
        layout.addWidget(self.fields)
        layout.addWidget(self._role_part((), leader_needed))
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        chain = [*self.fields.inputs(), *self.roles.boxes.values(), self.leader_password, self.ok_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._enter = EnterMovesOn(self)
        self._enter.watch(*self.fields.inputs())
        self.ok_button.clicked.connect(self.save)
        self.fields.login.setFocus()

    def accept(self) -> None:
        self.save()

    def save(self) -> None:
        self.general_error.clear_error()
        first = self.fields.validate()
        if not self.roles.chosen():
            self.roles.error.show_error(vsi.ROLES_REQUIRED)
            first = first or self.roles.boxes[Role.TIEP_CONG_DAN]
        if first is not None:
            first.setFocus()
            return
        try:
            with _Busy():
                self.added = self.services.users.add_user(
                    self.fields.login.text(),
                    self.fields.full_name.text(),
                    self.roles.chosen(),
                    self.fields.password.text(),
                    leader_password=self._leader_password(),
                )
        except ValidationError as exc:
            rest = self._show_role_errors(exc)
            self.fields.show_service_error(ValidationError([e for e in exc.errors if e.key in rest]))
            return
        except Exception as exc:  # refused (not an administrator) or the database: said, the dialog stays
            self.general_error.show_error(desk_error_text(exc))
            return
        super().accept()


class RolesDialog(_RolesForm):
    def __init__(
        self, services: Services, user: UserInfo, *, leader_needed: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        title = vsi.ROLES_TITLE.format(name=user.full_name, login=user.login)
        self.setWindowTitle(vsi.BTN_ROLES.rstrip("…"))
        self.general_error = ErrorLabel()
        buttons, self.ok_button = _buttons(self, vi_ui.BTN_SAVE)
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self._role_part(user.roles, leader_needed))
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.ok_button.clicked.connect(self.save)

    def accept(self) -> None:
        self.save()

    def save(self) -> None:
        self.general_error.clear_error()
        if not self.roles.chosen():
            self.roles.error.show_error(vsi.ROLES_REQUIRED)
            return
        try:
            with _Busy():
                self.services.users.set_roles(self.user.id, self.roles.chosen(), self._leader_password())
        except ValidationError as exc:
            for key in self._show_role_errors(exc):
                self.general_error.show_error(i18n_errors.message(key))
            return
        except Exception as exc:
            self.general_error.show_error(desk_error_text(exc))
            return
        super().accept()


class ResetPasswordDialog(QDialog):
    """A leader's password is reset as Lãnh đạo is given: a leader who administers confirms with their own."""

    def __init__(self, services: Services, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        self.setWindowTitle(vsi.RESET_TITLE)
        prompt = QLabel(vsi.RESET_PROMPT.format(name=user.full_name, login=user.login))
        prompt.setWordWrap(True)
        self.fields = AccountFields(with_login=False, with_name=False, password_label=vsi.LABEL_NEW_PASSWORD)
        self.fields.login.setText(user.login)
        self.general_error = ErrorLabel()
        self.leader_password = password_edit("leaderPassword")
        self.leader_error = ErrorLabel()
        self.leader_error.setObjectName("leaderPasswordError")
        self.leader_row = QWidget()
        leader_form = QFormLayout(self.leader_row)
        leader_form.setContentsMargins(0, 0, 0, 0)
        leader_hint = QLabel(vsi.LEADER_RESET_HINT)
        leader_hint.setStyleSheet("color: #555;")
        leader_form.addRow(leader_hint)
        leader_form.addRow(vsi.LABEL_LEADER_PASSWORD, with_error(self.leader_password, self.leader_error))
        align_labels(self.fields.form, leader_form)
        mine = user.id == services.ctx.actor.user_id
        self.leader_row.setVisible(Role.LANH_DAO in user.roles and not mine and not services.users.recovery)
        self.leader_password.textChanged.connect(lambda _t: self.leader_error.clear_error())
        buttons, self.ok_button = _buttons(self, vsi.RESET_TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(vsi.RESET_TITLE))
        layout.addWidget(prompt)
        layout.addWidget(self.fields)
        layout.addWidget(self.leader_row)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self._enter = EnterMovesOn(self)
        self._enter.watch(self.fields.password)
        self.ok_button.clicked.connect(self.save)
        self.fields.password.setFocus()

    def accept(self) -> None:
        self.save()

    def save(self) -> None:
        self.general_error.clear_error()
        first = self.fields.validate()
        if first is not None:
            first.setFocus()
            return
        try:
            with _Busy():
                self.services.users.reset_password(
                    self.user.login,
                    self.fields.password.text(),
                    leader_password=(self.leader_password.text() or None)
                    if self.leader_row.isVisible()
                    else None,
                )
        except ValidationError as exc:
            leader = [e for e in exc.errors if e.field == "leader_password"]
            for error in leader:
                self.leader_row.show()
                self.leader_password.clear()
                self.leader_error.show_error(i18n_errors.message(error.key))
                self.leader_password.setFocus()
            rest = ValidationError([e for e in exc.errors if e.field != "leader_password"])
            if rest.errors and not self.fields.show_service_error(rest):
                self.general_error.show_error(desk_error_text(rest))
            return
        except Exception as exc:
            self.general_error.show_error(desk_error_text(exc))
            return
        self.fields.clear_passwords()
        super().accept()
