"""Danh mục & cài đặt › Người dùng: the accounts (administrators only), their roles, passwords, and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Role
from desk_app.i18n import labels
from desk_app.i18n import vi_sign_in as vsi
from desk_app.services.registry import Services
from desk_app.services.users.service import UserInfo
from desk_app.ui import dialogs
from desk_app.ui.lock import MAX_MINUTES, MIN_MINUTES, idle_minutes, set_idle_minutes
from desk_app.ui.pages.settings.user_dialogs import AddUserDialog, ResetPasswordDialog, RolesDialog
from desk_app.ui.sign_in_parts import when_text
from desk_app.ui.widgets.errors import desk_error_text

COLUMNS = (vsi.COL_LOGIN, vsi.COL_NAME, vsi.COL_ROLES, vsi.COL_STATE, vsi.COL_LAST)


def roles_text(user: UserInfo) -> str:
    return ", ".join(labels.ROLE[r] for r in user.roles)


def state_text(user: UserInfo) -> str:
    if not user.active:
        return vsi.STATE_INACTIVE
    return vsi.STATE_MUST_CHANGE if user.must_change_password else vsi.STATE_ACTIVE


class UsersTab(QWidget):
    """`idleChanged(minutes)` after the administrator saved a new idle-lock time."""

    idleChanged = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.users: list[UserInfo] = []
        intro = QLabel(vsi.USERS_INTRO)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(vsi.BTN_ADD_USER)
        self.add_button.setObjectName("usersAdd")
        self.roles_button = QPushButton(vsi.BTN_ROLES)
        self.roles_button.setObjectName("usersRoles")
        self.reset_button = QPushButton(vsi.BTN_RESET_PASSWORD)
        self.reset_button.setObjectName("usersReset")
        self.deactivate_button = QPushButton(vsi.BTN_DEACTIVATE)
        self.deactivate_button.setObjectName("usersDeactivate")
        self.unlock_button = QPushButton(vsi.BTN_CLEAR_LOCKOUT)
        self.unlock_button.setObjectName("usersClearLockout")
        self.unlock_button.setToolTip(vsi.CLEAR_LOCKOUT_TIP)
        self.status = QLabel()
        self.status.setObjectName("usersStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.roles_button,
            self.reset_button,
            self.unlock_button,
            self.deactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(MIN_MINUTES, MAX_MINUTES)
        self.idle.setSuffix(vsi.IDLE_SUFFIX)
        self.idle.setValue(idle_minutes(services.ctx.data_dir))
        self.idle_save = QPushButton(vsi.BTN_SAVE_IDLE)
        self.idle_save.setObjectName("idleSave")
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(vsi.LABEL_IDLE))
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.idle_save)
        idle_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addLayout(idle_row)
        self.add_button.clicked.connect(self.add_user)
        self.roles_button.clicked.connect(self.change_roles)
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.unlock_button.clicked.connect(self.clear_lockout)
        self.idle_save.clicked.connect(self.save_idle)
        self.table.itemSelectionChanged.connect(self._enable)
        # Enter (or a double click) on a row opens its roles, as Enter opens a row elsewhere in the app.
        self.table.activated.connect(
            lambda _index: self.change_roles() if self.roles_button.isEnabled() else None
        )
        self.reload()

    # Listing ---------------------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.selected()
        try:
            self.users = self.services.users.list_users()
        except Exception as exc:  # not an administrator (the tab is then hidden) or the database
            self.users = []
            self.status.setText(desk_error_text(exc))
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            last = when_text(user.last_sign_in) if user.last_sign_in else vsi.NEVER
            for column, text in enumerate(
                (user.login, user.full_name, roles_text(user), state_text(user), last)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.select(chosen.login)
        self._enable()

    def selected(self) -> UserInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.users[min(rows)] if rows and min(rows) < len(self.users) else None

    def select(self, login: str) -> None:
        for row, user in enumerate(self.users):
            if user.login == login:
                self.table.selectRow(row)

    def leader_needed(self) -> bool:
        """Whether giving Lãnh đạo asks a leader's password: once any account (even a closed one) had it, except in
        a session opened with the recovery key (the same rule as services.users.rules.check_role_change)."""
        return not self.services.users.recovery and any(Role.LANH_DAO in u.roles for u in self.users)

    def _enable(self) -> None:
        user = self.selected()
        mine = user is not None and user.id == self.services.ctx.actor.user_id
        usable = user is not None and user.active
        self.roles_button.setEnabled(usable and not mine)  # nobody changes their own roles
        self.reset_button.setEnabled(usable)
        self.unlock_button.setEnabled(usable and not mine)
        self.deactivate_button.setEnabled(usable and not mine)

    # Acting ----------------------------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = AddUserDialog(self.services, leader_needed=self.leader_needed(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            self.reload()
            self.select(dialog.added.login)
            self.status.setText(vsi.USER_ADDED.format(login=dialog.added.login))
        dialog.deleteLater()

    def change_roles(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = RolesDialog(self.services, user, leader_needed=self.leader_needed(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.status.setText(vsi.ROLES_SAVED.format(login=user.login))
        dialog.deleteLater()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.services, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.status.setText(vsi.PASSWORD_RESET.format(login=user.login))
        dialog.deleteLater()

    def deactivate(self) -> None:
        user = self.selected()
        if user is None or not dialogs.confirm(
            self, vsi.DEACTIVATE_CONFIRM.format(name=user.full_name, login=user.login)
        ):
            return
        try:
            self.services.users.deactivate(user.id)
        except Exception as exc:  # the last administrator, oneself: said under the list
            self.status.setText(desk_error_text(exc))
            return
        self.reload()
        self.status.setText(vsi.DEACTIVATED.format(login=user.login))

    def clear_lockout(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.services.users.clear_lockout(user.login)
        except Exception as exc:
            self.status.setText(desk_error_text(exc))
            return
        self.status.setText(vsi.LOCKOUT_CLEARED.format(login=user.login))

    def save_idle(self) -> None:
        minutes = self.idle.value()
        set_idle_minutes(self.services.ctx.data_dir, minutes)
        self.status.setText(vsi.IDLE_SAVED.format(minutes=minutes))
        self.idleChanged.emit(minutes)
