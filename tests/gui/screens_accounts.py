"""The screens tour's account screens: sign-in, the first administrator, the recovery key, the idle lock, the users tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from tests.gui.screens_kit import FIXED_TODAY, Tour, settle


def sign_in(tour: Tour) -> None:
    from desk_app.paths import AppPaths
    from desk_app.storage.keyslots import AccountLocked
    from desk_app.ui.sign_in import SignInDialog
    from desk_app.ui.tasks import ImmediateTaskRunner

    dialog = SignInDialog(AppPaths(tour.out / "sign_in"), ImmediateTaskRunner(), office_name="")

    def locked(found: QWidget) -> None:
        # The longest thing it says: a locked account and until when.
        dialog._refused(AccountLocked(dt.datetime(2026, 11, 20, 9, 45)))
        settle()
        tour.shoot(found, "sign_in_locked")

    tour.dialog("sign_in", dialog.open, locked)
    dialog.deleteLater()
    again = SignInDialog(AppPaths(tour.out / "sign_in"), ImmediateTaskRunner())
    again.show()
    tour.dialog("sign_in_forgot", again.forgot_button.click)
    tour.dialog("recovery", again.recover_button.click, _recovery_second_step(tour))
    again.close()
    again.deleteLater()


def _recovery_second_step(tour: Tour) -> Callable[[QWidget], None]:
    def inside(found: QWidget) -> None:
        from desk_app.ui.recovery import RecoveryDialog

        assert isinstance(found, RecoveryDialog)
        # What the dialog shows once the key opened the office: the administrator and a new password.
        found.key.setText("9GFHD-VSSHK-NJATS-WPA3M-DDG4F-X2F4D-H6H6Z-80VCY")
        found.key.setEnabled(False)
        found.admin.addItem("quantri — Lê Văn Quản", "quantri")
        found.second.show()
        found.adjustSize()
        settle()
        tour.shoot(found, "recovery_new_password")

    return inside


def first_admin(tour: Tour) -> None:
    from desk_app.domain.enums import Role
    from desk_app.services.registry import Services
    from desk_app.ui.first_admin import FirstAdminDialog
    from desk_app.ui.tasks import ImmediateTaskRunner

    def never(_login: str, _name: str, _password: str, _roles: tuple[Role, ...]) -> tuple[Services, str]:
        raise AssertionError("the tour sets nothing up")

    dialog = FirstAdminDialog(
        never,
        ImmediateTaskRunner(),
        converting=True,
        office_name="ỦY BAN NHÂN DÂN XÃ AN PHÚ",
        head_name="Trần Văn Bình",
    )

    def errors(found: QWidget) -> None:
        dialog.fields.validate()  # every field's message at once: the tallest it gets
        settle()
        tour.shoot(found, "first_admin_errors")
        dialog.fields.clear_errors()  # what it shows while it works: the fields were right
        dialog._set_busy(True)
        settle()
        tour.shoot(found, "first_admin_converting")
        dialog._set_busy(False)

    tour.dialog("first_admin", dialog.open, errors)
    dialog.deleteLater()


def recovery_key(tour: Tour) -> None:
    from desk_app.ui.recovery_key import RecoveryKeyDialog

    dialog = RecoveryKeyDialog(
        "9GFHD-VSSHK-NJATS-WPA3M-DDG4F-X2F4D-H6H6Z-80VCY", "ỦY BAN NHÂN DÂN XÃ AN PHÚ", FIXED_TODAY
    )

    def keep(found: QWidget) -> None:
        dialog.confirm.setChecked(True)
        dialog.accept()

    tour.dialog("recovery_key", dialog.open, keep)
    dialog.deleteLater()


def change_password(tour: Tour) -> None:
    from desk_app.ui.change_password import ChangePasswordDialog

    dialog = ChangePasswordDialog(tour.services, forced=True, parent=tour.window)
    tour.dialog("change_password", dialog.open)
    dialog.deleteLater()


def screen_lock(tour: Tour) -> None:
    window = tour.window
    window.screen_lock.lock()
    try:
        tour.shoot(window, "screen_lock")
    finally:
        window.screen_lock.unlock()
    settle()


def users(tour: Tour) -> None:
    """As an administrator sees it (the tour's officer has no such tab): the list and its dialogs."""
    from PySide6.QtWidgets import QVBoxLayout

    from desk_app.domain.enums import Role
    from desk_app.ui.pages.settings.users import UsersTab

    actor = tour.services.ctx.actor
    roles = actor.roles
    actor.roles = (Role.QUAN_TRI, Role.LANH_DAO)
    holder = QWidget()
    try:
        tab = UsersTab(tour.services)
        QVBoxLayout(holder).addWidget(tab)
        holder.resize(tour.window.stack.size())
        holder.show()
        settle()
        tour.shoot(holder, "users_tab")
        tour.dialog("users_add", tab.add_button.click, _leader_row(tour))
        if tab.users:
            tab.table.selectRow(0)
            tour.dialog("users_reset", tab.reset_button.click)
    finally:
        actor.roles = roles
        holder.close()
        holder.deleteLater()


def _leader_row(tour: Tour) -> Callable[[QWidget], None]:
    def inside(found: QWidget) -> None:
        from desk_app.domain.enums import Role
        from desk_app.ui.pages.settings.user_dialogs import AddUserDialog

        assert isinstance(found, AddUserDialog)
        found.roles.boxes[Role.LANH_DAO].setChecked(True)  # the leader's confirmation shows: the tallest form
        found.save()
        settle()
        tour.shoot(found, "users_add_leader")

    return inside
